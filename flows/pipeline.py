"""The pipeline flow: ingest → normalise → tag → load, over batches of documents.

Orchestration only: every task is a one-line call into the policydata library. Batches (never
single documents) go to a pool of worker processes; loading happens in the flow's own process,
which holds the one DuckDB connection. Runs without a Prefect server (ephemeral mode).
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Sequence
from pathlib import Path

os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
# The temporary API server can take longer than Prefect's 20 s default to start on a busy 2-core box.
os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "180")

from prefect import flow, get_run_logger, task  # noqa: E402
from prefect.cache_policies import NO_CACHE  # noqa: E402
from prefect.task_runners import ProcessPoolTaskRunner  # noqa: E402

from policydata import warehouse  # noqa: E402
from policydata.batches import DEFAULT_BATCH_SIZE, Batch, PreparedBatch, iter_batches, prepare_batch  # noqa: E402

DEFAULT_WORKERS = 2


@task(cache_policy=NO_CACHE, persist_result=False)
def open_run(warehouse_path: str, inputs: list[str]) -> tuple[str, dict[str, str]]:
    from policydata.tag.document import RULES_VERSION
    from policydata.tag.topics import load_topics

    run_id = uuid.uuid4().hex[:12]
    con = warehouse.connect(warehouse_path)
    try:
        warehouse.load_topics(con, [t.as_row() for t in load_topics()])
        warehouse.start_run(con, run_id, inputs, RULES_VERSION)
        return run_id, warehouse.known_documents(con)
    finally:
        con.close()


@task(cache_policy=NO_CACHE, persist_result=False)
def prepare(batch: Batch, run_id: str) -> PreparedBatch:
    return prepare_batch(batch, run_id=run_id)


@task(cache_policy=NO_CACHE, persist_result=False)
def load(loader: warehouse.Loader, prepared: PreparedBatch) -> int:
    return loader.load(prepared.frames, prepared.fingerprints, prepared.event_dates)


@task(cache_policy=NO_CACHE, persist_result=False)
def close_run(warehouse_path: str, run_id: str, totals: dict[str, int], status: str) -> dict[str, int]:
    con = warehouse.connect(warehouse_path)
    try:
        warehouse.finish_run(con, run_id, status=status, **totals)
        return warehouse.table_counts(con)
    finally:
        con.close()


@flow(name="policydata-pipeline", task_runner=ProcessPoolTaskRunner(max_workers=DEFAULT_WORKERS),
      log_prints=True)
def pipeline(paths: Sequence[str] = ("samples",), warehouse_path: str = str(warehouse.DEFAULT_WAREHOUSE),
             batch_size: int = DEFAULT_BATCH_SIZE, in_flight: int = DEFAULT_WORKERS + 1) -> dict:
    """Ingest, normalise, tag and load every document under ``paths`` into the warehouse."""
    logger = get_run_logger()
    inputs = [str(Path(p)) for p in paths]
    run_id, known = open_run(warehouse_path, inputs)
    totals = {"n_read": 0, "n_loaded": 0, "n_skipped": 0, "n_quarantined": 0}
    status = "failed"
    con = warehouse.connect(warehouse_path)
    try:
        loader = warehouse.Loader(con)
        pending = []
        for batch in iter_batches(inputs, known=known, batch_size=batch_size):
            totals["n_read"] += batch.n_read
            totals["n_skipped"] += batch.n_skipped
            pending.append(prepare.submit(batch, run_id))
            if len(pending) >= in_flight:  # bounded: memory follows the batch size, not the corpus
                totals["n_loaded"] += _load_next(loader, pending, totals)
        while pending:
            totals["n_loaded"] += _load_next(loader, pending, totals)
        status = "ok"
    finally:
        con.close()
        counts = close_run(warehouse_path, run_id, totals, status)
    logger.info("run %s: %s", run_id, totals)
    return {"run_id": run_id, **totals, "tables": counts}


def _load_next(loader: warehouse.Loader, pending: list, totals: dict[str, int]) -> int:
    prepared: PreparedBatch = pending.pop(0).result()
    totals["n_quarantined"] += prepared.frames["quarantine"].height
    return load(loader, prepared)


if __name__ == "__main__":
    import sys

    print(pipeline(sys.argv[1:] or ["samples"]))
