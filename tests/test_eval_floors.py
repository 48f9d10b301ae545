"""Accuracy floors through the whole library path (normalise → tag), as `policydata eval` measures.

Floors are the figures reached when the targets were met, rounded down: a change may raise them,
never lower them silently. Both corpora live outside the repository and skip when absent.
"""

from __future__ import annotations

import json
import re

import pytest
from conftest import shared_file

from policydata.cli import tag_corpus
from policydata.evaluate import read_jsonl, score

FLOORS = {
    "speakers_f1": 0.99,  # 0.9946 (session 15: announced parts of press conferences report no words)
    "speaker_org_accuracy": 0.975,  # 0.9783: a 厅长 takes the one department the page names, its province from a city edition
    # lowered on purpose from 0.93: a bare `G20峰会` no longer pins 2016 (summits are yearly);
    # p144 had no other year evidence and is now null.
    "event_date_accuracy": 0.93,  # 0.9304 once an ObjectId in the URL gives the month a page was made
    "published_accuracy": 0.99,
    # lowered on purpose from 0.95: terms that over-fired on general news (新能源, 中全会, 宪法 …)
    # were weakened; dev F1 fell 0.9503 → 0.9471 while precision on unseen CCTV stories rose.
    # raised back to 0.949 with the topic file 2026.11.29-3 (0.9501: 通了邮 counts as 通邮), and to
    # 0.96 with 2026.11.30-3 (0.9607: two reviews of 359 CCTV and 92 blind-annotated pages)
    "topics_f1": 0.96,
}
PER_TOPIC_FLOOR = 0.85  # every core topic with at least 5 gold documents
MAX_DAY_WHERE_GOLD_NULL = 0


@pytest.fixture(scope="module")
def dev_result():
    corpus = shared_file("corpus", "pages_dev.jsonl")
    gold = shared_file("gold", "pages_dev.gold.jsonl")
    return score(tag_corpus(corpus), read_jsonl(gold))


def test_dev_figures_hold_their_floors(dev_result):
    r = dev_result
    figures = {"speakers_f1": r["speakers"]["f1"], "speaker_org_accuracy": r["speaker_org_accuracy"],
               "event_date_accuracy": r["event_date_accuracy"], "published_accuracy": r["published_accuracy"],
               "topics_f1": r["topics"]["f1"]}
    print("pages_dev figures:", json.dumps(figures))
    for key, floor in FLOORS.items():
        assert figures[key] >= floor, f"{key} fell to {figures[key]} (floor {floor})"
    assert r["day_predicted_where_gold_null"] <= MAX_DAY_WHERE_GOLD_NULL


def test_every_frequent_topic_holds_its_floor(dev_result):
    weak = {t: v["f1"] for t, v in dev_result["topics_per_topic"].items()
            if v["n_gold"] >= 5 and v["f1"] < PER_TOPIC_FLOOR}
    assert not weak


HOST = re.compile(r"^(\d{4})年(\d{1,2})月(\d{1,2})日外交部发言人(.+?)主持例行记者会")


def test_mfa_press_conference_hosts_and_dates(tmp_path):
    corpus = shared_file("corpus", "mfa_remarks_2016_2020.jsonl")
    rows = {r["id"]: r for r in read_jsonl(corpus)}
    tagged = {r["id"]: r for r in tag_corpus(corpus)}
    n = hosts = dates = 0
    for doc_id, row in rows.items():
        m = HOST.match(row.get("title") or "")
        if not m:
            continue
        n += 1
        y, mo, d, name = m.groups()
        rec = tagged.get(doc_id, {})
        hosts += any(s["name"] == name and s["org"] == "外交部" for s in rec.get("speakers", []))
        dates += rec.get("event_date") == f"{int(y):04d}-{int(mo):02d}-{int(d):02d}"
    print(f"MFA regular press conferences: {n}; host found {hosts}; date right {dates}")
    assert n == 814
    assert hosts / n >= 0.99
    assert dates == n


def test_dev_duplicate_groups_with_the_pipelines_own_dates():
    """Syndicated copies grouped from what the pipeline itself produced (no gold dates)."""
    from policydata.dedupe import cluster_documents, score_clusters
    from policydata.process import process_batch
    from policydata.sources.files import read_inputs

    corpus = shared_file("corpus", "pages_dev.jsonl")
    groups = json.loads(shared_file("gold", "pages_dev.duplicates.json").read_text(encoding="utf-8"))["groups"]
    result = process_batch(read_inputs([corpus]), with_keywords=False)
    clusters = cluster_documents([(d.raw.doc_id, d.normalised.text, d.tags.event_date.value)
                                  for d in result.documents])
    figures = score_clusters(clusters, [g["ids"] for g in groups])
    print("dev duplicate groups:", json.dumps(figures))
    assert figures["pair_precision"] == 1.0 and figures["pair_recall"] == 1.0
    assert figures["impure_clusters"] == 0
