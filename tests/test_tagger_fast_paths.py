"""The fast paths of the topic, speaker and place taggers give the answers of the plain
definitions they stand in for: evidence sentences read from bounded look-backs and from the
hit before, character-class gates, and the table checks those paths rely on."""

from __future__ import annotations

import json
import re
import tomllib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from policydata.resources import resource_path
from policydata.tag import speakers, topics
from policydata.tag.topic_patterns import ORG_SUFFIX_CHARS, ORG_SUFFIX_GATE, ORG_TAIL_GATE
from policydata.tag.topics import load_topics, tag_topics

TERMS = sorted({t for d in load_topics() for t in d.terms})
PIECES = TERMS[::7] + list("。!?\n,;“”’\"' ") + ["。”", "!’", "很" * 120, "相关新闻\n"]


def _topic_sentence(text: str, pos: int) -> tuple[int, int]:
    """A hit's sentence by its definition: after the last 。!? or line break before ``pos``
    (closing quotes there belong to the sentence before), through the next stop and the stops
    and closing quotes after it, or up to the next line break."""
    start = max(text.rfind(c, 0, pos) for c in "。!?\n") + 1
    while start < pos and text[start] in "”’\"'":
        start += 1
    m = re.compile(r"[。!?\n][。!?]*[”’\"']*").search(text, pos)
    end = len(text) if m is None else (m.start() if text[m.start()] == "\n" else m.end())
    return start, end


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40).map("".join))
def test_topic_evidence_sentences_follow_the_definition(text):
    hits, _ = tag_topics(text)
    for hit in hits:
        start, end = _topic_sentence(text, hit.start)
        raw = text[start:end]
        stripped = raw.lstrip()
        assert hit.sentence == stripped.rstrip("\n")
        assert hit.sentence_start == start + len(raw) - len(stripped)


def test_table_rejects_terms_opening_with_a_stop_or_closing_quote():
    data = tomllib.loads(resource_path("topics.toml").read_text(encoding="utf-8"))
    for bad_term in ("。安全", "”安全"):
        bad = json.loads(json.dumps(data))
        bad["topics"]["publicity"]["weak"] = [*bad["topics"]["publicity"].get("weak", []), bad_term]
        with pytest.raises(ValueError, match="stop or closing quote"):
            topics._build_table(bad)


def test_hits_on_prose_lines_count_beside_link_lists():
    # a link list in the body is navigation (a prose line needs no layout); the prose after it
    # is the story
    text = (
        "国家邮政局召开会议。\n相关新闻\n推动快递包装绿色转型的若干措施出台\n邮政业安全生产工作会议召开\n"
        "会议要求,推动快递包装绿色转型,抓好安全生产工作,推进快递包装减量。"
    )
    hits, confidence = tag_topics(text)
    prose_start = text.index("会议要求")
    assert hits and all(h.start >= prose_start for h in hits)
    assert "green_packaging" in confidence


def _speaker_sentence(text: str, pos: int) -> tuple[int, str]:
    s = max(text.rfind(c, 0, pos) for c in "。!?;\n") + 1
    m = re.compile(r"[。!?;\n]").search(text, pos)
    return s, text[s : m.end() if m else len(text)].strip()


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.sampled_from(["。", "!", "?", ";", "\n", "很" * 90, "他说", "会议"]), max_size=12).map(
        "".join
    ),
    st.integers(min_value=0, max_value=2000),
)
def test_speaker_evidence_sentence_follows_the_definition(text, pos):
    pos = min(pos, len(text))
    assert speakers._sentence(text, pos) == _speaker_sentence(text, pos)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="人委办监管总研协学有股集公中厅部局院司处科署领联基省市的和a1 ", max_size=20))
def test_character_class_gates_match_their_sets(text):
    assert (ORG_SUFFIX_GATE.search(text) is not None) == (not ORG_SUFFIX_CHARS.isdisjoint(text))
    assert (ORG_TAIL_GATE.search(text) is not None) == (
        not frozenset("委办领研协学有股集管监总中联基部局厅司处署科").isdisjoint(text)
    )
