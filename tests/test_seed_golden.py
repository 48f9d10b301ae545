"""The seed page, end to end through the library: the project's first golden case."""

from __future__ import annotations

import json
import re

from conftest import ROOT, SEED

from policydata.frames import gold_record
from policydata.process import ProcessedDocument, process_raw
from policydata.sources.files import read_inputs

EXPECTED = json.loads((ROOT / "tests/golden/seed/expected.json").read_text(encoding="utf-8"))
PINYIN = re.compile(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)")


def processed() -> ProcessedDocument:
    (raw,) = read_inputs([SEED])
    doc = process_raw(raw)
    assert isinstance(doc, ProcessedDocument), doc
    return doc


def test_seed_tags_match_the_golden_record():
    doc = processed()
    record = gold_record(doc.raw.doc_id, doc.tags)
    assert record["id"] == EXPECTED["id"]
    assert record["speakers"] == EXPECTED["speakers"]
    assert record["others"] == EXPECTED["others"]
    assert (record["event_date"], record["event_date_basis"]) == (EXPECTED["event_date"], EXPECTED["event_date_basis"])
    assert set(EXPECTED["topics_include"]) <= set(record["topics"])


def test_seed_text_is_clean_simplified_and_complete():
    text = processed().normalised.text
    for needle in EXPECTED["text_contains"]:
        assert needle in text
    for needle in EXPECTED["text_excludes"]:
        assert needle not in text
    assert not PINYIN.search(text)


def test_every_topic_keeps_its_evidence_sentence_and_offsets():
    doc = processed()
    text = doc.normalised.text
    for hit in doc.tags.topic_hits:
        assert text[hit.start:hit.end] == hit.term
        assert text[hit.sentence_start:hit.sentence_start + len(hit.sentence)] == hit.sentence
        assert hit.term in hit.sentence
