"""Re-tag: bring a warehouse's tags up to the tagging rules in use, from what it stores.

Every document stores the rules it was tagged under (``documents.rules_version``, see
``policydata.tag.versions.rules_version``): the version of the rules in code, then the topic
file's version and a digest of its content. A document tagged under other rules is *stale*:

* **only the topic file changed** (the stored value starts with the current ``topics_prefix``): the
  topics are tagged again from the stored normalised text, which is all ``tag_topics`` reads, and
  the document's ``document_topics`` and ``topic_hits`` rows are replaced. This is the case the
  topic file exists for: a researcher edits it and re-tags the archive at the cost of the topic
  tagger alone, without segmenting, normalising or reading the inputs again.
* **the rules in code changed** (another ``TAGS_VERSION`` or another digest of the taggers' code
  and tables, ``versions.code_digest``): every tagger runs again over the stored
  input of ``tag_document`` (normalised text, lifted meta, title, URL, and the publication date as
  the source gave it, ``published_given``) and all the document's tag rows and date columns are
  replaced; the speakers' stored posts are refreshed and speakers no document names are dropped.
  Where an event date changed, the duplicate clusters are then worked out again
  (``warehouse.recluster``): they never join documents whose event dates conflict. The debt is
  recorded with the changed dates (``pending_work``), so a re-tag interrupted before it reclusters
  leaves it to the next call or run. The normalisation and the removals stay as they are: the
  normaliser's output is not a tag.

Both paths give the rows a fresh load under the same rules would (tests/test_retag.py compares
them with such a load; for the clusters, a load in the order the rows were inserted). Each batch is
replaced in one transaction, so an interrupted re-tag leaves every document wholly old or wholly
new and the next call goes on from there; a call with nothing stale reads only the
``rules_version`` column. A document whose tagger fails keeps its old tags and stale version, and
is reported (``RetagReport.failed``) and tried again next time.
"""

from __future__ import annotations

import concurrent.futures
import contextlib
import json
import multiprocessing
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
    n_cluster_changes: int = 0  # documents whose duplicate cluster changed (dates, replaced copies)
    seconds: float = 0.0

    @property
    def n_retagged(self) -> int:
        return self.n_topics + self.n_full

    def as_dict(self) -> dict:
        return {"rules_version": self.rules_version, "n_retagged": self.n_retagged,
                "n_topics": self.n_topics, "n_full": self.n_full, "n_failed": len(self.failed),
                "n_cluster_changes": self.n_cluster_changes,
                "failed": self.failed[:20], "seconds": round(self.seconds, 3)}


@dataclass(slots=True)
class RetaggedBatch:
    """What ``retag_rows`` made of one batch: the new rows, the ``documents`` columns to set, the
    documents whose tagger failed, and the rules the batch was tagged under."""

    frames: dict[str, pl.DataFrame]
    updates: pl.DataFrame
    failed: list[dict[str, str]]
    rules_version: str


def retag(con: duckdb.DuckDBPyConnection, *, batch_size: int = DEFAULT_BATCH_SIZE, workers: int = 0,
          progress: Callable[[RetagReport], None] | None = None, settle_clusters: bool = True) -> RetagReport:
    """Re-tag every stale document of the warehouse behind ``con`` (see the module docstring),
    ``batch_size`` rows of ``documents`` at a time; ``progress`` is called after each batch.
    Then, with ``settle_clusters``, the duplicate clusters are worked out again if they are owed
    (``warehouse.owed_work``), whether this re-tag or an earlier change left them owed; the flow
    passes False and settles them itself once, after its loads and this re-tag.

    With ``workers`` ≥ 1 and more than one batch to do, the tagging runs in that many worker
    processes (started for the re-tag, with the environment of this one, so the same topic file)
    while this process reads and writes the warehouse; at most ``workers + 1`` batches wait."""
    from policydata.tag import topics
    from policydata.tag.versions import rules_version, topics_prefix

    if batch_size < 1:
        raise ValueError(f"batch_size must be 1 or more, got {batch_size}")
    if workers < 0:
        raise ValueError(f"workers must be 0 or more, got {workers}")
    began = time.perf_counter()
    current, prefix = rules_version(), topics_prefix()
    report = RetagReport(rules_version=current)
    # the topics table follows the topic file (a run's open_run does the same)
    wh.load_topics(con, [t.as_row() for t in topics.load_topics()])
    n_topics, n_full = wh.count_stale(con, current, prefix)
    if not n_topics and not n_full:
        if settle_clusters and wh.owed_work(con, wh.RECLUSTER) is not None:
            report.n_cluster_changes = wh.recluster(con, batch_size=batch_size)
        report.seconds = time.perf_counter() - began
        return report
    # a topic the file no longer defines leaves every document, even one whose tagger fails below
    wh.drop_undefined_topic_rows(con)
    failed: dict[str, dict[str, str]] = {}  # doc_id → error, tried once per call

    def write(full: bool, done: RetaggedBatch) -> None:
        if done.rules_version != current:
            raise RuntimeError(f"a worker tagged under {done.rules_version}, not {current}: the topic "
                               "file or the rules changed during the re-tag; run it again")
        for item in done.failed:
            failed[item["doc_id"]] = item
        if done.updates.height:
            wh.replace_tags(con, done.frames, done.updates, refresh_speakers=full)
        if full:
            report.n_full += done.updates.height
        else:
            report.n_topics += done.updates.height
        report.failed = list(failed.values())
        report.seconds = time.perf_counter() - began
        if progress is not None:
            progress(report)

    def batches(n_full: int, n_topics: int):
        n_rows = wh.document_rows(con)
        for full, stale in ((True, n_full), (False, n_topics)):
            if not stale:
                continue
            for start in range(0, n_rows, batch_size):
                rows = wh.stale_rows(con, current, prefix, full=full, start=start, stop=start + batch_size)
                rows = [r for r in rows if r[0] not in failed]
                if rows:
                    yield full, rows

    use_pool = workers > 0 and n_topics + n_full > batch_size
    with _pool(workers) if use_pool else contextlib.nullcontext() as pool:
        # Rows are read by rowid range, and a checkpoint during the re-tag may compact the table
        # and move rows into a range already read (after deletes): such rows are left for another
        # pass, which runs while stale documents remain besides those that failed.
        while n_topics + n_full > len(failed):
            done_before = report.n_retagged
            if pool is None:
                for full, rows in batches(n_full, n_topics):
                    write(full, retag_rows(rows, full=full))
            else:
                pending: list[tuple[bool, concurrent.futures.Future]] = []
                for full, rows in batches(n_full, n_topics):
                    pending.append((full, pool.submit(retag_rows, rows, full=full)))
                    if len(pending) > workers:
                        full_done, future = pending.pop(0)
                        write(full_done, future.result())
                for full_done, future in pending:
                    write(full_done, future.result())
            if report.n_retagged == done_before:
                break
            n_topics, n_full = wh.count_stale(con, current, prefix)
    if report.n_full:
        wh.prune_speakers(con)
    # where event dates changed (replace_tags recorded it), the duplicate clusters, which never
    # join conflicting dates, are worked out again as a load in rowid order would; a re-tag that
    # changed none leaves them as they are (about 15 s saved at 240,000 documents)
    if settle_clusters and wh.owed_work(con, wh.RECLUSTER) is not None:
        report.n_cluster_changes = wh.recluster(con, batch_size=batch_size)
    report.seconds = time.perf_counter() - began
    return report


def _pool(workers: int) -> concurrent.futures.ProcessPoolExecutor:
    # 'spawn', as the flow's pool: this process holds a DuckDB connection; and like the flow's
    # workers these end when the process that started them is killed
    from policydata.batches import exit_with_parent

    return concurrent.futures.ProcessPoolExecutor(max_workers=workers,
                                                  mp_context=multiprocessing.get_context("spawn"),
                                                  initializer=exit_with_parent)


def retag_rows(rows: list[tuple], *, full: bool) -> RetaggedBatch:
    """Tag one batch of ``stale_rows`` again (pure: safe in a worker process)."""
    from policydata.tag import kb
    from policydata.tag.versions import rules_version

    current = rules_version()
    if full:
        frames, updates, failed = _full_batch(rows, current, kb.latest_post)
    else:
        frames, updates, failed = _topic_batch(rows, current)
    return RetaggedBatch(frames, updates, failed, current)


def _topic_batch(rows: list[tuple], current: str) -> tuple[dict[str, pl.DataFrame], pl.DataFrame, list]:
    from policydata.tag.topics import tag_topics

    out: dict[str, list[tuple]] = {t: [] for t in TOPIC_TABLES}
    done: list[str] = []
    failed: list[dict[str, str]] = []
    for doc_id, text in rows:
        try:
            hits, confidence = tag_topics(text or "")
        except Exception as exc:  # noqa: BLE001 - one bad document must not stop the re-tag; it is reported
            failed.append({"doc_id": doc_id, "error": f"{type(exc).__name__}: {exc}"[:300]})
            continue
        topic_rows(doc_id, hits, confidence, out)
        done.append(doc_id)
    updates = pl.DataFrame({"doc_id": done, "rules_version": [current] * len(done)},
                           schema={"doc_id": pl.Utf8, "rules_version": pl.Utf8})
    return {t: frame(t, r) for t, r in out.items()}, updates, failed


def _full_batch(rows: list[tuple], current: str, kb_lookup) -> tuple[dict[str, pl.DataFrame], pl.DataFrame, list]:
    from policydata.records import Normalised
    from policydata.tag.document import tag_document

    out: dict[str, list[tuple]] = {t: [] for t in (*TAG_TABLES, "speakers")}
    failed: list[dict[str, str]] = []
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
            failed.append({"doc_id": doc_id, "error": f"{type(exc).__name__}: {exc}"[:300]})
            continue
        tag_rows(doc_id, tags, out, seen_speakers, kb_lookup)
        event = tags.event_date
        for column, value in zip(("doc_id", *columns, "rules_version"), (
                doc_id, parse_day(tags.published), event.value, parse_day(event.value), event.precision,
                event.basis, event.evidence, current), strict=True):
            updated[column].append(value)
    schema = {"doc_id": pl.Utf8, **{c: docs[c] for c in columns}, "rules_version": pl.Utf8}
    return {t: frame(t, r) for t, r in out.items()}, pl.DataFrame(updated, schema=schema), failed
