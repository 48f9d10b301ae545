"""What the flow's loading process spends: duplicate clustering and DuckDB writes, per copy.

    python benchmarks/loading.py [--corpus FILE] [--limit N] [--repeat K] [--batch-size B] [--json]

The corpus is prepared once (``prepare_batch`` in the flow's worker pool, as the flow does), then
its prepared batches are loaded ``--repeat`` times with fresh ids (the ids ``throughput.py`` gives
its copies) through ``warehouse.Loader`` into a fresh DuckDB file, in this one process. Reported
per copy and in all: CPU seconds of the process (DuckDB's own threads included), the part spent
clustering (``ClusterIndex.add_batch``), the candidate postings' size and DuckDB's memory; then
the closing of the connection (its last checkpoint), and the peak resident memory of the process
(which also holds the prepared batches).

``throughput.py`` measures the whole flow; this one isolates its loading process, where a cost that
grows with the warehouse (rather than with the batch) shows as a rising cost per copy.
"""

from __future__ import annotations

import json
import resource
import tempfile
import time
from pathlib import Path

import polars as pl

# the same corpus and the same reading as the throughput benchmark (its folder is on the path)
from throughput import benchmark_parser, parse_benchmark_args, raw_documents, read_corpus


def cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def prepare(docs: list[dict], batch_size: int) -> list:
    from policydata.batches import Batch, prepare_batch, worker_pool

    raws = raw_documents(docs)
    with worker_pool(2) as pool:
        futures = [pool.submit(prepare_batch, Batch(number=k, raws=raws[i : i + batch_size]), run_id="bench")
                   for k, i in enumerate(range(0, len(raws), batch_size))]
        return [f.result() for f in futures]


def as_copy(prepared, k: int) -> tuple[dict[str, pl.DataFrame], dict[str, bytes], dict[str, str | None]]:
    """The prepared batch as copy ``k`` (ids suffixed ``~rK`` past the first copy)."""
    if not k:
        return prepared.frames, prepared.fingerprints, prepared.event_dates
    suffix = f"~r{k}"
    frames = {name: f.with_columns(pl.col("doc_id") + suffix) if "doc_id" in f.columns else f
              for name, f in prepared.frames.items()}
    return (frames, {d + suffix: v for d, v in prepared.fingerprints.items()},
            {d + suffix: v for d, v in prepared.event_dates.items()})


def main(argv: list[str] | None = None) -> dict:
    parser = benchmark_parser(__doc__)
    parser.add_argument("--repeat", type=int, default=10, help="load the corpus K times with fresh ids")
    parser.add_argument("--batch-size", type=int, default=2000)
    args = parse_benchmark_args(parser, argv)

    from policydata import warehouse

    docs = read_corpus(args.corpus, args.limit)
    batches = prepare(docs, args.batch_size)
    copies = []
    with tempfile.TemporaryDirectory(prefix="policydata-loading-") as tmp:
        con = warehouse.connect(Path(tmp) / "w.duckdb")
        loader = warehouse.Loader(con)
        index = loader.index
        clustering = [0.0]
        add_batch = index.add_batch

        def timed_add_batch(new_docs):
            start = cpu_seconds()
            try:
                return add_batch(new_docs)
            finally:
                clustering[0] += cpu_seconds() - start

        index.add_batch = timed_add_batch  # this instance only
        for k in range(args.repeat):
            wall, cpu, clustered = time.perf_counter(), cpu_seconds(), clustering[0]
            loaded = sum(loader.load(*as_copy(p, k)) for p in batches)
            ((duckdb_bytes,),) = con.execute("select sum(memory_usage_bytes) from duckdb_memory()").fetchall()
            copies.append({
                "copy": k, "loaded": loaded, "seconds": round(time.perf_counter() - wall, 2),
                "cpu_seconds": round(cpu_seconds() - cpu, 2),
                "clustering_cpu_seconds": round(clustering[0] - clustered, 2),
                "postings_mb": round(sum(run.nbytes for run in index._postings.runs) / 2**20, 1),
                "duckdb_mb": round(duckdb_bytes / 2**20, 1),
            })
        counts = warehouse.table_counts(con)
        # closing checkpoints what the write-ahead log still holds (compressing it into the file):
        # part of the load's cost, paid at the end of every run
        wall, cpu = time.perf_counter(), cpu_seconds()
        con.close()
        closing = {"seconds": round(time.perf_counter() - wall, 2), "cpu_seconds": round(cpu_seconds() - cpu, 2)}
    out = {
        "corpus": str(args.corpus), "documents": len(docs), "repeat": args.repeat,
        "documents_loaded": sum(c["loaded"] for c in copies), "documents_in_warehouse": counts["documents"],
        "cpu_seconds": round(sum(c["cpu_seconds"] for c in copies), 2),
        "clustering_cpu_seconds": round(sum(c["clustering_cpu_seconds"] for c in copies), 2),
        "exact_copies_linked": index.exact_copies, "pairs_verified": index.comparisons,
        "closing": closing,
        "peak_rss_gib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 2**20, 3),
        "copies": copies,
    }
    out["writing_cpu_seconds"] = round(out["cpu_seconds"] - out["clustering_cpu_seconds"], 2)
    if args.json:
        print(json.dumps(out, ensure_ascii=False))
    else:
        print(f"{out['documents_loaded']} documents loaded ({args.repeat} copies of {len(docs)}): "
              f"{out['cpu_seconds']} s CPU, clustering {out['clustering_cpu_seconds']} s, "
              f"DuckDB and the rest {out['writing_cpu_seconds']} s; closing (last checkpoint) "
              f"{closing['cpu_seconds']} s CPU; peak RSS {out['peak_rss_gib']} GiB")
        for c in copies:
            print(f"  copy {c['copy']}: {c['cpu_seconds']:7.2f} s CPU, clustering {c['clustering_cpu_seconds']:6.2f} s, "
                  f"postings {c['postings_mb']} MB, DuckDB {c['duckdb_mb']} MB")
    return out


if __name__ == "__main__":
    main()
