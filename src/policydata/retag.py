"""Re-tag: bring a warehouse's tags up to the tagging rules in use, from what it stores.

Every document stores the rules it was tagged under (``documents.rules_version``, see
``policydata.tag.document.rules_version``): the version of the rules in code, then the topic
file's version and a digest of its content. A document tagged under other rules is *stale*:

* **only the topic file changed** (the stored value starts with the current ``TAGS_VERSION``): the
  topics are tagged again from the stored normalised text, which is all ``tag_topics`` reads, and
  the document's ``document_topics`` and ``topic_hits`` rows are replaced. This is the case the
  topic file exists for: a researcher edits it and re-tags the archive at the cost of the topic
  tagger alone, without segmenting, normalising or reading the inputs again.
* **the rules in code changed** (another ``TAGS_VERSION``): every tagger runs again over the stored
  input of ``tag_document`` (normalised text, lifted meta, title, URL, publication date) and all
  the document's tag rows and date columns are replaced. The normalisation, the removals and the
  duplicate clusters stay as they are: the normaliser's output is not a tag.

Both paths give the rows a fresh run under the same rules would load (tests/test_retag.py
compares them with such a run). Each batch is replaced in one transaction, so an interrupted
re-tag leaves every document wholly old or wholly new and the next call goes on from there; a call
with nothing stale reads only the ``rules_version`` column. A document whose tagger fails keeps its
old tags and stale version, and is reported (``RetagReport.failed``) and tried again next time.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field

import duckdb
import polars as pl

from policydata import warehouse as wh
from policydata.frames import SCHEMAS, frame, parse_day, tag_rows, topic_rows

DEFAULT_BATCH_SIZE = 2000

#: Child tables each path rewrites.
TOPIC_TABLES = ("document_topics", "topic_hits")
TAG_TABLES = ("document_speakers", "document_topics", "topic_hits", "mentions", "keywords")


@dataclass(slots=True)
class RetagReport:
    rules_version: str
    n_topics: int = 0  # documents whose topics were re-tagged (the topic file changed)
    n_full: int = 0  # documents re-tagged by every tagger (the rules in code changed)
    failed: list[dict[str, str]] = field(default_factory=list)  # doc_id, error
    seconds: float = 0.0

    @property
    def n_retagged(self) -> int:
        return self.n_topics + self.n_full

    def as_dict(self) -> dict:
        return {"rules_version": self.rules_version, "n_retagged": self.n_retagged,
                "n_topics": self.n_topics, "n_full": self.n_full, "n_failed": len(self.failed),
                "failed": self.failed[:20], "seconds": round(self.seconds, 3)}


def retag(con: duckdb.DuckDBPyConnection, *, batch_size: int = DEFAULT_BATCH_SIZE,
          progress: Callable[[RetagReport], None] | None = None) -> RetagReport:
    """Re-tag every stale document of the warehouse behind ``con`` (see the module docstring);
    ``progress`` is called after each batch."""
    from policydata.tag import kb, topics
    from policydata.tag.document import TAGS_VERSION, rules_version

    if batch_size < 1:
        raise ValueError(f"batch_size must be 1 or more, got {batch_size}")
    began = time.perf_counter()
    current = rules_version()
    prefix = f"{TAGS_VERSION}+topics-"
    report = RetagReport(rules_version=current)
    # the topics table follows the topic file (a run's open_run does the same)
    wh.load_topics(con, [t.as_row() for t in topics.load_topics()])
    for full in (True, False):
        after = None
        while True:
            rows = wh.stale_batch(con, current, prefix, full=full, after=after, limit=batch_size)
            if not rows:
                break
            after = rows[-1][0]
            if full:
                frames, updates = _full_batch(rows, current, report, kb.latest_post)
                report.n_full += updates.height
            else:
                frames, updates = _topic_batch(rows, current, report)
                report.n_topics += updates.height
            if updates.height:
                wh.replace_tags(con, frames, updates)
            report.seconds = time.perf_counter() - began
            if progress is not None:
                progress(report)
    report.seconds = time.perf_counter() - began
    return report


def _topic_batch(rows: list[tuple], current: str,
                 report: RetagReport) -> tuple[dict[str, pl.DataFrame], pl.DataFrame]:
    from policydata.tag.topics import tag_topics

    out: dict[str, list[tuple]] = {t: [] for t in TOPIC_TABLES}
    done: list[str] = []
    for doc_id, text in rows:
        try:
            hits, confidence = tag_topics(text or "")
        except Exception as exc:  # noqa: BLE001 - one bad document must not stop the re-tag; it is reported
            report.failed.append({"doc_id": doc_id, "error": f"{type(exc).__name__}: {exc}"[:300]})
            continue
        topic_rows(doc_id, hits, confidence, out)
        done.append(doc_id)
    updates = pl.DataFrame({"doc_id": done, "rules_version": [current] * len(done)},
                           schema={"doc_id": pl.Utf8, "rules_version": pl.Utf8})
    return {t: frame(t, r) for t, r in out.items()}, updates


def _full_batch(rows: list[tuple], current: str, report: RetagReport,
                kb_lookup) -> tuple[dict[str, pl.DataFrame], pl.DataFrame]:
    from policydata.records import Normalised
    from policydata.tag.document import tag_document

    out: dict[str, list[tuple]] = {t: [] for t in (*TAG_TABLES, "speakers")}
    seen_speakers: set[str] = set()
    docs = SCHEMAS["documents"]
    columns = ("published", "event_date", "event_day", "event_date_precision", "event_date_basis",
               "event_date_evidence")
    updated: dict[str, list] = {"doc_id": [], **{c: [] for c in columns}, "rules_version": []}
    for doc_id, text, meta, title, url, published in rows:
        try:
            norm = Normalised(text=text or "", original=text or "", script="simplified",
                              meta=json.loads(meta) if meta else {})
            tags = tag_document(norm, title=title, url=url, published=published)
        except Exception as exc:  # noqa: BLE001 - as in _topic_batch
            report.failed.append({"doc_id": doc_id, "error": f"{type(exc).__name__}: {exc}"[:300]})
            continue
        tag_rows(doc_id, tags, out, seen_speakers, kb_lookup)
        event = tags.event_date
        for column, value in zip(("doc_id", *columns, "rules_version"), (
                doc_id, parse_day(tags.published), event.value, parse_day(event.value), event.precision,
                event.basis, event.evidence, current), strict=True):
            updated[column].append(value)
    schema = {"doc_id": pl.Utf8, **{c: docs[c] for c in columns}, "rules_version": pl.Utf8}
    return {t: frame(t, r) for t, r in out.items()}, pl.DataFrame(updated, schema=schema)
