"""Turn a processed batch into one polars frame per warehouse table (the load stage's input).

Schemas are explicit so that an empty batch, or a batch where a column happens to be all null,
still loads with the right types.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict
from datetime import UTC, date, datetime
from functools import lru_cache
from typing import TYPE_CHECKING

import polars as pl

from policydata.records import Quarantined

if TYPE_CHECKING:
    from policydata.process import ProcessedDocument

S = pl.Utf8
I = pl.Int32

SCHEMAS: dict[str, dict[str, pl.DataType]] = {
    "raw_documents": {"raw_id": S, "source": S, "kind": S, "url": S, "n_bytes": pl.Int64,
                      "read_at": pl.Datetime("us"), "data": pl.Binary},
    "documents": {
        "doc_id": S, "raw_id": S, "source": S, "url": S, "title": S, "published": pl.Date, "outlet": S,
        "author": S, "encoding": S, "script": S, "body": S, "text": S, "n_chars": I, "n_removed": I,
        "meta": S, "flags": S, "event_date": S, "event_day": pl.Date, "event_date_precision": S,
        "event_date_basis": S, "event_date_evidence": S, "cluster_id": S, "is_canonical": pl.Boolean,
        "fingerprint": pl.Binary, "rules_version": S, "run_id": S, "loaded_at": pl.Datetime("us"),
        "published_given": S,
    },
    "removals": {"doc_id": S, "n_order": I, "kind": S, "step": S, "reason": S, "start_offset": I,
                 "end_offset": I, "removed_text": S},
    "speakers": {"speaker_id": S, "name": S, "kb_title": S, "kb_org": S},
    "document_speakers": {"doc_id": S, "speaker_id": S, "name": S, "role": S, "title": S, "org": S,
                          "org_id": S, "method": S, "evidence": S, "start_offset": I, "end_offset": I},
    "document_topics": {"doc_id": S, "topic_id": S, "confidence": pl.Float64, "n_hits": I, "term": S,
                        "evidence": S, "evidence_start": I, "evidence_end": I},
    "topic_hits": {"doc_id": S, "topic_id": S, "term": S, "start_offset": I, "end_offset": I,
                   "sentence": S, "sentence_start": I},
    "mentions": {"doc_id": S, "kind": S, "mention_text": S, "canonical": S, "start_offset": I, "end_offset": I},
    "keywords": {"doc_id": S, "keyword": S, "weight": pl.Float64},
    "quarantine": {"quarantine_id": S, "source": S, "reason": S, "detail": S, "raw_id": S, "run_id": S,
                   "first_seen": pl.Datetime("us")},
}


def speaker_id(name: str) -> str:
    return hashlib.md5(name.encode("utf-8")).hexdigest()[:16]


# The JSON columns' encoder, made once: ``json.dumps(x, ensure_ascii=False)`` builds a new encoder
# at every call (any non-default option does), which cost as much as the encoding of a document's
# usually empty meta and flags. Same output.
_to_json = json.JSONEncoder(ensure_ascii=False).encode


# A batch's documents share few days (published, event): each is parsed once.
@lru_cache(maxsize=4096)
def parse_day(value: str | None) -> date | None:
    """First day of a YYYY, YYYY-MM or YYYY-MM-DD value (and of an ISO datetime)."""
    if not value:
        return None
    parts = value[:10].split("-")
    try:
        year = int(parts[0])
        month = int(parts[1]) if len(parts) > 1 else 1
        day = int(parts[2]) if len(parts) > 2 else 1
        return date(year, month, day)
    except (ValueError, IndexError):
        return None


def frame(table: str, rows: list[tuple] | list[dict]) -> pl.DataFrame:
    """One table's frame from row tuples in the order of ``SCHEMAS[table]`` (or from row dicts,
    missing keys null, for callers outside the hot path).

    Rows are tuples, not dicts, and are turned into columns with ``zip(*rows)`` (C level): polars
    builds a frame from column lists several times faster than it parses row dicts, and building
    a dict per row cost as much as the rest of this stage.
    """
    schema = SCHEMAS[table]
    if not rows:
        return pl.DataFrame(schema=schema)
    if isinstance(rows[0], dict):
        rows = [tuple(r.get(k) for k in schema) for r in rows]
    if len(rows[0]) != len(schema):
        raise ValueError(f"{table}: rows have {len(rows[0])} values, the schema {len(schema)} columns")
    return pl.DataFrame(dict(zip(schema, map(list, zip(*rows)), strict=True)), schema=schema)


def batch_frames(docs: list[ProcessedDocument], quarantined: list[Quarantined], *, run_id: str,
                 rules_version: str, clusters: dict[str, tuple[str, bool]],
                 fingerprints: dict[str, bytes], kb_lookup=None) -> dict[str, pl.DataFrame]:
    """Rows for every table from one processed batch (each row's values in its schema's order).

    ``clusters`` maps doc_id → (cluster_id, is_canonical); ``fingerprints`` doc_id → bytes;
    ``kb_lookup(name)`` may return (title, org) from the officials file for the speakers table.
    """
    now = datetime.now(UTC).replace(tzinfo=None)
    rows: dict[str, list[tuple]] = {t: [] for t in SCHEMAS}
    raw_rows, doc_rows, removal_rows = rows["raw_documents"], rows["documents"], rows["removals"]
    seen_speakers: set[str] = set()
    read_at: dict[str, datetime] = {}
    for d in docs:
        raw, ex, norm, tags = d.raw, d.extracted, d.normalised, d.tags
        doc_id = raw.doc_id
        if raw.read_at not in read_at:
            read_at[raw.read_at] = datetime.fromisoformat(raw.read_at).replace(tzinfo=None)
        raw_rows.append((raw.raw_id, raw.source, raw.kind, raw.url, len(raw.data), read_at[raw.read_at],
                         raw.data))
        cluster_id, is_canonical = clusters.get(doc_id, (doc_id, True))
        event = tags.event_date
        meta = norm.meta
        doc_rows.append((
            doc_id, raw.raw_id, raw.source, ex.url, ex.title, parse_day(tags.published),
            ex.outlet or meta.get("source"), ex.author or meta.get("author") or meta.get("editor"),
            ex.encoding, norm.script, ex.body, norm.text, len(norm.text), len(norm.removed),
            _to_json(meta), _to_json(norm.flags),
            event.value, parse_day(event.value), event.precision, event.basis, event.evidence,
            cluster_id, is_canonical, fingerprints.get(doc_id), rules_version, run_id, now,
            ex.published,
        ))
        removal_rows.extend((doc_id, i, r.kind, r.step, r.reason, r.start, r.end, r.text)
                            for i, r in enumerate(norm.removed))
        tag_rows(doc_id, tags, rows, seen_speakers, kb_lookup)
    from policydata.warehouse import quarantine_rows

    quarantine_schema = SCHEMAS["quarantine"]
    rows["quarantine"] = [tuple(r.get(k) for k in quarantine_schema) for r in quarantine_rows(quarantined, run_id)]
    return {t: frame(t, r) for t, r in rows.items()}


def tag_rows(doc_id: str, tags, rows: dict[str, list[tuple]], seen_speakers: set[str], kb_lookup=None) -> None:
    """Append one document's tag rows (speakers, topics, mentions, keywords) to ``rows``, table
    name → row tuples; ``seen_speakers`` holds the speaker ids already given a ``speakers`` row.
    Shared by the load (``batch_frames``) and the re-tag (``policydata.retag``), so that both
    write the same rows for the same tags."""
    doc_speaker_rows, speaker_rows = rows["document_speakers"], rows["speakers"]
    seen_roles: set[tuple[str, str]] = set()
    for s in tags.speakers:
        sid = speaker_id(s.name)
        if (sid, s.role) in seen_roles:
            continue
        seen_roles.add((sid, s.role))
        doc_speaker_rows.append((doc_id, sid, s.name, s.role, s.title, s.org, s.org_id, s.method,
                                 s.evidence, s.start, s.end))
        if sid not in seen_speakers:
            seen_speakers.add(sid)
            kb_title, kb_org = kb_lookup(s.name) if kb_lookup else (None, None)
            speaker_rows.append((sid, s.name, kb_title, kb_org))
    topic_rows(doc_id, tags.topic_hits, tags.topic_confidence, rows)
    rows["mentions"].extend((doc_id, m.kind, m.text, m.canonical, m.start, m.end) for m in tags.mentions)
    keyword_rows = rows["keywords"]
    seen_kw: set[str] = set()
    for word, weight in tags.keywords:
        if word not in seen_kw:
            seen_kw.add(word)
            keyword_rows.append((doc_id, word, float(weight)))


def topic_rows(doc_id: str, hits, confidence: dict[str, float], rows: dict[str, list[tuple]]) -> None:
    """Append one document's ``topic_hits`` rows and its ``document_topics`` rows (each tagged
    topic with its first hit as evidence) to ``rows``."""
    hit_rows, doc_topic_rows = rows["topic_hits"], rows["document_topics"]
    first_hit: dict[str, object] = {}
    n_hits: dict[str, int] = {}
    for h in hits:
        hit_rows.append((doc_id, h.topic_id, h.term, h.start, h.end, h.sentence, h.sentence_start))
        first_hit.setdefault(h.topic_id, h)
        n_hits[h.topic_id] = n_hits.get(h.topic_id, 0) + 1
    for topic_id, conf in confidence.items():
        best = first_hit.get(topic_id)
        if best is None:
            continue
        doc_topic_rows.append((doc_id, topic_id, conf, n_hits[topic_id], best.term, best.sentence,
                               best.start, best.end))


def gold_record(doc_id: str, tags) -> dict:
    """One document's tags in the gold format of gold/GUIDE.md, plus the extra fields we tag."""
    speakers = [s for s in tags.speakers if s.role == "speaker"]
    others = [s for s in tags.speakers if s.role != "speaker"]
    return {
        "id": doc_id,
        "speakers": [{"name": s.name, "title": s.title, "org": s.org} for s in speakers],
        "others": [{"name": s.name, "role": s.role, "title": s.title, "org": s.org} for s in others],
        "event_date": tags.event_date.value,
        "event_date_basis": tags.event_date.basis,
        "published": tags.published,
        "topics": list(tags.topics),
        "event_date_precision": tags.event_date.precision,
        "event_date_evidence": tags.event_date.evidence,
        "topic_evidence": [
            {"topic": h.topic_id, "term": h.term, "start": h.start, "end": h.end, "sentence": h.sentence}
            for h in _first_hit_per_topic(tags)
        ],
        "topic_confidence": tags.topic_confidence,
        "speaker_evidence": [asdict(s) for s in tags.speakers],
        "mentions": [{"kind": m.kind, "text": m.text, "canonical": m.canonical, "start": m.start, "end": m.end}
                     for m in tags.mentions],
        "keywords": [[w, round(float(x), 4)] for w, x in tags.keywords],
    }


def _first_hit_per_topic(tags) -> list:
    firsts: dict[str, object] = {}
    for h in tags.topic_hits:
        if h.topic_id in tags.topic_confidence:
            firsts.setdefault(h.topic_id, h)
    return list(firsts.values())
