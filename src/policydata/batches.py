"""Batches: the unit of work that flows, the CLI and benchmarks hand to the stages.

``iter_batches`` streams inputs and drops, before any work, documents the warehouse already holds
with the same content, so a re-run over unchanged input only reads and hashes. ``prepare_batch``
runs every per-document stage over a batch and returns one frame per table (plus fingerprints for
the duplicate clustering, which needs the warehouse and so runs in the loading process).
"""

from __future__ import annotations

import concurrent.futures
import gc
import multiprocessing
import os
import threading
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

import polars as pl

from policydata.records import SETTLED_REASONS, Quarantined, RawDocument, settled_key
from policydata.sources.files import read_inputs

DEFAULT_BATCH_SIZE = 2000


@dataclass(slots=True)
class Batch:
    number: int
    raws: list[RawDocument] = field(default_factory=list)
    quarantined: list[Quarantined] = field(default_factory=list)
    n_read: int = 0
    n_skipped: int = 0


def iter_batches(paths: Iterable[str | os.PathLike[str]], *, known: dict[str, str] | None = None,
                 settled: set[tuple[str, str]] | None = None, file_sources: dict[str, str] | None = None,
                 batch_size: int = DEFAULT_BATCH_SIZE) -> Iterator[Batch]:
    """Group inputs into batches of at most ``batch_size`` new documents.

    ``known`` maps doc_id → raw_id of what is already loaded, and ``settled`` holds the
    ``records.settled_key`` of inputs already quarantined for their content (a JSON Lines line by
    its file and content, wherever it moved in the file; ``records.SETTLED_REASONS``): both
    are counted as skipped. The same content from another place is read afresh, so that its own
    quarantine row records where it was. A doc_id seen twice in one run with different content is
    quarantined (``duplicate_id``) rather than letting the later copy silently replace the earlier
    one. So is a text or HTML page whose id (its name, ``file_sources``) a document read from
    another file already holds, with other content: only an edit of the same file replaces a
    page (two folders given in turn, each with a report.txt, are two reports, not one corrected).
    """
    known = known or {}
    settled = settled or set()
    file_sources = file_sources or {}
    seen: dict[str, str] = {}
    batch = Batch(number=0)
    for item in read_inputs(paths):
        if isinstance(item, Quarantined):
            if item.raw_id:  # an input that was read (a bad JSON line, a file of another type)
                batch.n_read += 1
            if item.reason in SETTLED_REASONS and item.raw_id and settled_key(item.source, item.raw_id) in settled:
                batch.n_skipped += 1  # the same bad line as last time: skipped, as a settled document is
            else:
                batch.quarantined.append(item)
            continue
        batch.n_read += 1
        previous = seen.get(item.doc_id)
        if previous is not None:
            if previous != item.raw_id:
                batch.quarantined.append(Quarantined(
                    source=item.source, reason="duplicate_id", raw_id=item.raw_id,
                    detail=f"doc_id {item.doc_id} already read in this run with other content"))
            else:
                batch.n_skipped += 1
            continue
        seen[item.doc_id] = item.raw_id
        stored = known.get(item.doc_id)
        if stored == item.raw_id or settled_key(item.source, item.raw_id) in settled:
            batch.n_skipped += 1
            continue
        held_by = file_sources.get(item.doc_id) if stored is not None and item.kind != "jsonl" else None
        if held_by is not None and not _same_file(held_by, item.source):
            batch.quarantined.append(Quarantined(
                source=item.source, reason="duplicate_id", raw_id=item.raw_id,
                detail=f"doc_id {item.doc_id} is held by the page read from {held_by}; give the folder "
                       "holding both, so each is named by its path inside it"))
            continue
        batch.raws.append(item)
        if len(batch.raws) >= batch_size:
            yield batch
            batch = Batch(number=batch.number + 1)
    if batch.raws or batch.quarantined or batch.n_read or batch.number == 0:
        yield batch


def _same_file(a: str, b: str) -> bool:
    """Whether two sources name one file (a source stored by an older version may be relative)."""
    return a == b or os.path.abspath(a) == os.path.abspath(b)


@dataclass(slots=True)
class PreparedBatch:
    number: int
    frames: dict[str, pl.DataFrame]
    fingerprints: dict[str, bytes]
    event_dates: dict[str, str | None]
    n_read: int
    n_skipped: int

    def release(self) -> None:
        """Drop the batch's frames, fingerprints and event dates once they are loaded.

        In the flow a prepared batch is a Prefect task's result, and Prefect's future, its state
        and the state's result record refer to one another: the batch lives on in that cycle until
        the collector's next full collection. Measured over the 241,020-document benchmark, five
        or more loaded batches (about 100 MB of frames, and the buffers behind them) waited there
        at a time, so the loading process swung between 0.55 and 1.05 GiB; emptied here, its
        contents are freed at once, whatever still refers to the batch."""
        self.frames.clear()
        self.fingerprints.clear()
        self.event_dates.clear()


def prepare_batch(batch: Batch, *, run_id: str) -> PreparedBatch:
    """Decode, extract, normalise, tag and fingerprint one batch; pure, safe in a worker process."""
    with collector_paused():
        # the call returns before the collector resumes: of the batch's objects only the
        # prepared frames are still alive then
        return _prepare_batch(batch, run_id=run_id)


@contextmanager
def collector_paused() -> Iterator[None]:
    """No cyclic garbage collection while one batch is prepared.

    Preparing a batch allocates millions of short-lived objects (tokens, matches, tag records,
    row tuples) that reference counting frees and that form no cycles worth collecting, yet they
    trigger the collector: measured on 12,000 CCTV stories in a warm worker, 843 young, 76 middle
    and 6 full collections took 1.63 s of 18.5 s (8.8%), most of it after ``process_batch``
    (whose own thresholds are raised), while the fingerprints and frames were built. Paused, the
    batch's garbage is freed when ``_prepare_batch`` returns, before the collector resumes, so
    it never scans it; what a batch does leave in cycles waits for the next collection, which
    runs as usual between batches. Memory stays bounded by the batch."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _prepare_batch(batch: Batch, *, run_id: str) -> PreparedBatch:
    from policydata.frames import batch_frames

    if not batch.raws:
        # Quarantine rows only (inputs unreadable as read): the flow prepares these in its own
        # process, so neither taggers nor fingerprints are imported, and no rules are applied.
        frames = batch_frames([], batch.quarantined, run_id=run_id, rules_version="", clusters={},
                              fingerprints={})
        return PreparedBatch(batch.number, frames, {}, {}, batch.n_read, batch.n_skipped)

    from policydata.dedupe import fingerprint_bytes, fingerprints
    from policydata.process import process_batch
    from policydata.tag import kb
    from policydata.tag.document import RULES_VERSION

    result = process_batch(batch.raws)
    texts = [d.normalised.text for d in result.documents]
    prints = {d.raw.doc_id: fingerprint_bytes(fp) for d, fp in zip(result.documents, fingerprints(texts), strict=True)}
    frames = batch_frames(result.documents, batch.quarantined + result.quarantined, run_id=run_id,
                          rules_version=RULES_VERSION, clusters={}, fingerprints=prints,
                          kb_lookup=kb.latest_post)
    events = {d.raw.doc_id: d.tags.event_date.value for d in result.documents}
    return PreparedBatch(batch.number, frames, prints, events, batch.n_read, batch.n_skipped)


def _warm_up() -> None:
    """Load every tagger's tables once per worker process, before the first batch arrives; and
    end the worker when the process that started it is gone."""
    from policydata.process import process_batch
    from policydata.records import RawDocument

    exit_with_parent()

    text = "11月9日,交通运输部部长李小鹏到国家邮政局调研。他强调,要做好安全监管工作。"
    process_batch([RawDocument(doc_id="warm-up", raw_id="warm-up", source="warm-up", kind="jsonl",
                               data=text.encode("utf-8"), read_at="2000-01-01T00:00:00+00:00")])
    # The tables just loaded live as long as the worker: moved out of the collector's generations,
    # they are never rescanned by the collections the batches' short-lived objects trigger.
    gc.collect()
    gc.freeze()


#: Seconds between a worker's checks that the process that started it is alive.
PARENT_CHECK_SECONDS = 1.0


def exit_with_parent() -> None:
    """A worker whose parent was killed (SIGKILL, the out-of-memory killer) would otherwise
    live on, reparented, holding its tables' memory: a daemon thread ends it within
    ``PARENT_CHECK_SECONDS`` of its parent's end (a parent that exits normally shuts the pool
    down itself)."""
    parent = os.getppid()

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(PARENT_CHECK_SECONDS)
        os._exit(1)

    threading.Thread(target=watch, name="policydata-parent-watch", daemon=True).start()


def worker_pool(workers: int) -> concurrent.futures.ProcessPoolExecutor:
    """A pool of plain worker processes for ``prepare_batch``.

    Workers are started with 'spawn' (a fresh interpreter: forking a process that runs an event
    loop and a database connection is unsafe) and warm their tables up on start.
    """
    return concurrent.futures.ProcessPoolExecutor(
        max_workers=workers, mp_context=multiprocessing.get_context("spawn"), initializer=_warm_up)
