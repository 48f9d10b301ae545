"""Turn a processed batch into one polars frame per warehouse table (the load stage's input).

Schemas are explicit so that an empty batch, or a batch where a column happens to be all null,
still loads with the right types.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict
from datetime import UTC, date, datetime
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


def frame(table: str, rows: list[dict]) -> pl.DataFrame:
    schema = SCHEMAS[table]
    return pl.DataFrame([{k: r.get(k) for k in schema} for r in rows], schema=schema, orient="row") \
        if rows else pl.DataFrame(schema=schema)


def batch_frames(docs: list[ProcessedDocument], quarantined: list[Quarantined], *, run_id: str,
                 rules_version: str, clusters: dict[str, tuple[str, bool]],
                 fingerprints: dict[str, bytes], kb_lookup=None) -> dict[str, pl.DataFrame]:
    """Rows for every table from one processed batch.

    ``clusters`` maps doc_id → (cluster_id, is_canonical); ``fingerprints`` doc_id → bytes;
    ``kb_lookup(name)`` may return (title, org) from the officials file for the speakers table.
    """
    now = datetime.now(UTC).replace(tzinfo=None)
    rows: dict[str, list[dict]] = {t: [] for t in SCHEMAS}
    seen_speakers: set[str] = set()
    for d in docs:
        raw, ex, norm, tags = d.raw, d.extracted, d.normalised, d.tags
        doc_id = raw.doc_id
        rows["raw_documents"].append({"raw_id": raw.raw_id, "source": raw.source, "kind": raw.kind,
                                      "url": raw.url, "n_bytes": len(raw.data),
                                      "read_at": datetime.fromisoformat(raw.read_at).replace(tzinfo=None),
                                      "data": raw.data})
        cluster_id, is_canonical = clusters.get(doc_id, (doc_id, True))
        event = tags.event_date
        rows["documents"].append({
            "doc_id": doc_id, "raw_id": raw.raw_id, "source": raw.source, "url": ex.url, "title": ex.title,
            "published": parse_day(tags.published), "outlet": ex.outlet or norm.meta.get("source"),
            "author": ex.author or norm.meta.get("author") or norm.meta.get("editor"),
            "encoding": ex.encoding, "script": norm.script, "body": ex.body, "text": norm.text,
            "n_chars": len(norm.text), "n_removed": len(norm.removed),
            "meta": json.dumps(norm.meta, ensure_ascii=False),
            "flags": json.dumps(norm.flags, ensure_ascii=False),
            "event_date": event.value, "event_day": parse_day(event.value),
            "event_date_precision": event.precision, "event_date_basis": event.basis,
            "event_date_evidence": event.evidence, "cluster_id": cluster_id, "is_canonical": is_canonical,
            "fingerprint": fingerprints.get(doc_id), "rules_version": rules_version, "run_id": run_id,
            "loaded_at": now,
        })
        for i, r in enumerate(norm.removed):
            rows["removals"].append({"doc_id": doc_id, "n_order": i, "kind": r.kind, "step": r.step,
                                     "reason": r.reason, "start_offset": r.start, "end_offset": r.end,
                                     "removed_text": r.text})
        seen_roles: set[tuple[str, str]] = set()
        for s in tags.speakers:
            sid = speaker_id(s.name)
            if (sid, s.role) in seen_roles:
                continue
            seen_roles.add((sid, s.role))
            rows["document_speakers"].append({"doc_id": doc_id, "speaker_id": sid, "name": s.name,
                                              "role": s.role, "title": s.title, "org": s.org,
                                              "org_id": s.org_id, "method": s.method, "evidence": s.evidence,
                                              "start_offset": s.start, "end_offset": s.end})
            if sid not in seen_speakers:
                seen_speakers.add(sid)
                kb_title, kb_org = kb_lookup(s.name) if kb_lookup else (None, None)
                rows["speakers"].append({"speaker_id": sid, "name": s.name, "kb_title": kb_title,
                                         "kb_org": kb_org})
        by_topic: dict[str, list] = {}
        for h in tags.topic_hits:
            rows["topic_hits"].append({"doc_id": doc_id, "topic_id": h.topic_id, "term": h.term,
                                       "start_offset": h.start, "end_offset": h.end, "sentence": h.sentence,
                                       "sentence_start": h.sentence_start})
            by_topic.setdefault(h.topic_id, []).append(h)
        for topic_id, conf in tags.topic_confidence.items():
            hits = by_topic.get(topic_id, [])
            if not hits:
                continue
            best = hits[0]
            rows["document_topics"].append({"doc_id": doc_id, "topic_id": topic_id, "confidence": conf,
                                            "n_hits": len(hits), "term": best.term, "evidence": best.sentence,
                                            "evidence_start": best.start, "evidence_end": best.end})
        for m in tags.mentions:
            rows["mentions"].append({"doc_id": doc_id, "kind": m.kind, "mention_text": m.text,
                                     "canonical": m.canonical, "start_offset": m.start, "end_offset": m.end})
        seen_kw: set[str] = set()
        for word, weight in tags.keywords:
            if word not in seen_kw:
                seen_kw.add(word)
                rows["keywords"].append({"doc_id": doc_id, "keyword": word, "weight": float(weight)})
    from policydata.warehouse import quarantine_rows

    rows["quarantine"] = quarantine_rows(quarantined, run_id)
    return {t: frame(t, r) for t, r in rows.items()}


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
