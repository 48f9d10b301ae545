"""The pipeline flow: ingest → normalise → tag → load (→ settle clusters) → re-tag, over batches of documents.

Orchestration only: every task is a one-line call into the policydata library. Each batch (never
a single document) is prepared in a pool of plain worker processes — started once per run, so
that no worker needs a Prefect API of its own, and only once a batch holds documents to tag —
while loading happens in the flow's own process, which holds the one DuckDB connection. Runs
without a Prefect server (ephemeral mode).
"""

from __future__ import annotations

import concurrent.futures
import contextlib
import os
import uuid
from pathlib import Path

os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
# The temporary API server can take longer than Prefect's 20 s default to start on a busy 2-core box.
os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "180")
# The temporary API server records task runs from their state events. By default it writes each
# event in its own transaction (batch size 1): measured on this 2-core box, 240 task runs cost it
# about 16 s of CPU, taken from the workers, against about 4 s when it writes up to 100 events at
# once (flushed every 5 s and when the server stops: every task run is still recorded,
# tests/test_flow_e2e.py checks). Only the server this process starts reads it.
os.environ.setdefault("PREFECT_SERVER_SERVICES_TASK_RUN_RECORDER_BATCH_SIZE", "100")

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE
from prefect.utilities.annotations import quote

from policydata import warehouse
from policydata.batches import (
    DEFAULT_BATCH_SIZE,
    Batch,
    PreparedBatch,
    iter_batches,
    prepare_batch,
    worker_pool,
)
from policydata.retag import retag as retag_stale

DEFAULT_WORKERS = 2


@task(cache_policy=NO_CACHE, persist_result=False)
def open_run(warehouse_path: str,
             inputs: list[str]) -> tuple[str, dict[str, str], set[tuple[str, str]], dict[str, str]]:
    return warehouse.open_run(warehouse_path, inputs, run_id=uuid.uuid4().hex[:12])


@task(cache_policy=NO_CACHE, persist_result=False)
def prepare(pool: concurrent.futures.Executor | None, batch: Batch, run_id: str) -> PreparedBatch:
    if pool is None:  # quarantine rows only: nothing to tag, so no worker is needed
        return prepare_batch(batch, run_id=run_id)
    return pool.submit(prepare_batch, batch, run_id=run_id).result()


@task(cache_policy=NO_CACHE, persist_result=False)
def load(loader: warehouse.Loader, prepared: PreparedBatch) -> int:
    return loader.load(prepared.frames, prepared.fingerprints, prepared.event_dates)


@task(cache_policy=NO_CACHE, persist_result=False)
def settle_clusters(loader: warehouse.Loader, batch_size: int) -> int:
    return loader.settle_clusters(batch_size)


@task(cache_policy=NO_CACHE, persist_result=False)
def retag(con, batch_size: int, workers: int, totals: dict[str, int]) -> dict:
    # progress: each committed batch counts at once, so a re-tag that fails part-way is recorded
    # in ``runs`` with the documents it did re-tag (the next run goes on from there)
    return retag_stale(con, batch_size=batch_size, workers=workers, settle_clusters=False,
                       progress=lambda report: totals.update(n_retagged=report.n_retagged)).as_dict()


@task(cache_policy=NO_CACHE, persist_result=False)
def close_run(warehouse_path: str, run_id: str, totals: dict[str, int], status: str) -> dict[str, int]:
    return warehouse.close_run(warehouse_path, run_id, totals, status)


@flow(name="policydata-pipeline", log_prints=True)
def pipeline(paths: list[str] | tuple[str, ...] = ("samples",), warehouse_path: str = str(warehouse.DEFAULT_WAREHOUSE),
             batch_size: int = DEFAULT_BATCH_SIZE, workers: int = DEFAULT_WORKERS,
             retry_quarantined: bool = False) -> dict:
    """Ingest, normalise, tag and load every document under ``paths`` into the warehouse.

    ``retry_quarantined``: read again the inputs quarantined for their content by earlier runs
    (otherwise skipped as unchanged), e.g. after the decoder or the extractor improved."""
    logger = get_run_logger()
    inputs = [str(Path(p)) for p in paths]
    for missing in (p for p in inputs if not Path(p).exists()):
        # quarantined as `missing` like any unreadable input; said here too, as a scheduled run's
        # mistyped folder should not pass unnoticed
        logger.warning("input %s does not exist: nothing read from it", missing)
    run_id, known, settled, file_sources = open_run(warehouse_path, inputs)
    if retry_quarantined:
        settled = set()
    totals = {"n_read": 0, "n_loaded": 0, "n_skipped": 0, "n_quarantined": 0, "n_retagged": 0}
    status = "failed"
    con = warehouse.connect(warehouse_path)
    try:
        loader = warehouse.Loader(con)
        with contextlib.ExitStack() as stack:
            pool = None
            pending = []
            for batch in iter_batches(inputs, known=known, settled=settled, file_sources=file_sources,
                                      batch_size=batch_size):
                totals["n_read"] += batch.n_read
                totals["n_skipped"] += batch.n_skipped
                if not batch.raws and not batch.quarantined:
                    continue
                if pool is None and batch.raws:
                    # Started at the first batch with documents to tag: a re-run over unchanged
                    # input (every document skipped, only the unreadable records quarantined
                    # again) spawns no worker and loads no tagger's tables, which costs about
                    # 2 s and 4 s of CPU on this 2-core box.
                    pool = stack.enter_context(worker_pool(workers))
                # quote(): Prefect would otherwise walk every document of a batch (and every
                # fingerprint of a prepared one) at each call, looking for futures to resolve
                pending.append(prepare.submit(pool if batch.raws else None, quote(batch), run_id))
                if len(pending) > workers:  # bounded: memory follows the batch size, not the corpus
                    _load_next(loader, pending, totals)
            while pending:
                _load_next(loader, pending, totals)
        # documents loaded earlier under other tagging rules or another topic file (new ones were
        # just tagged under the current rules): re-tagged from what the warehouse stores
        report = retag(quote(con), batch_size, workers, quote(totals))
        if report["n_failed"]:
            logger.warning("%d documents could not be re-tagged and keep their old tags: %s",
                           report["n_failed"], report["failed"])
        # Documents an edited input replaced were loaded without clustering, and a re-tag may have
        # changed event dates: either leaves the clusters owed (recorded in the warehouse with
        # the change), and they are worked out again here, once for both. Nothing owed: one
        # small query. A run that fails before this leaves the debt to the next run.
        replaced = loader.n_replaced
        changed = settle_clusters(quote(loader), batch_size)
        if replaced or changed:
            logger.info("%d documents replaced by edited inputs; %d changed duplicate cluster", replaced, changed)
        status = "ok"
    finally:
        con.close()
        counts = close_run(warehouse_path, run_id, totals, status)
    logger.info("run %s: %s", run_id, totals)
    return {"run_id": run_id, **totals, "tables": counts}


def _load_next(loader: warehouse.Loader, pending: list, totals: dict[str, int]) -> None:
    prepared: PreparedBatch = pending.pop(0).result()
    totals["n_quarantined"] += prepared.frames["quarantine"].height
    totals["n_loaded"] += load(loader, quote(prepared))
    prepared.release()  # loaded: freed now, not when the collector reaches Prefect's future (batches.py)


if __name__ == "__main__":
    import sys

    print(pipeline(sys.argv[1:] or ["samples"]))
