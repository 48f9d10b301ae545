"""Throughput and memory of the pipeline against plain jieba segmentation, in one run.

    python benchmarks/throughput.py [--corpus FILE] [--limit N] [--repeat K] [--json]

Measures, on the same texts and in the same run (these machines are shared and noisy, so only
ratios against a baseline measured alongside mean much):

- baseline: `jieba.lcut` over every text, one process;
- library:  normalise + tag through the library (`process_batch`), one process, no Prefect, no DB;
- flow:     the real Prefect flow into a fresh DuckDB file with 2 worker processes, over the corpus
            replicated `--repeat` times with fresh ids; then the same flow again over the same input
            (nothing new: it must load nothing), and once over an empty folder (the fixed start-up cost).

baseline and library run over the corpus once (the replicated copies are the same texts, so the
MB/s is the same), each in a fresh process of its own: jieba's global dictionary (millions of
Python objects) would otherwise stay behind and make the library's garbage collections slower than
in any real run. The flow runs over all copies. Peak resident memory is sampled over the flow's
whole process tree (main process, workers and Prefect's temporary server), and so is the CPU time
of each process, reported by role (``flow.cpu_seconds``: the flow's own process, the workers,
Prefect's server) with the total per document — where the flow's time goes, measured in the same
run as its speed; the peak's split by role at the moment it was reached is
``flow.peak_rss_gib_by_role``.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "cctv_xwlb.jsonl"


def read_corpus(path: Path, limit: int | None) -> list[dict]:
    docs = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if not line.strip():
                continue
            docs.append(json.loads(line))
            if limit and len(docs) >= limit:
                break
    return docs


def megabytes(docs: list[dict]) -> float:
    return sum(len(d["text"].encode("utf-8")) for d in docs) / 1e6


def bench_baseline(docs: list[dict]) -> float:
    import jieba

    jieba.initialize()  # dictionary load is start-up, not throughput
    start = time.perf_counter()
    for d in docs:
        jieba.lcut(d["text"])
    return time.perf_counter() - start


def raw_documents(docs: list[dict]) -> list:
    """The corpus rows as the library's raw documents (what the flow's reader would make)."""
    from policydata.records import RawDocument
    from policydata.sources.files import content_hash

    raws = []
    for d in docs:
        data = d["text"].encode("utf-8")
        raws.append(RawDocument(doc_id=d["id"], raw_id=content_hash(data), source="bench", kind="jsonl",
                                data=data, read_at="2026-01-01T00:00:00+00:00", url=d.get("url"),
                                title=d.get("title"), published=d.get("date") or d.get("published")))
    return raws


def bench_library(docs: list[dict]) -> float:
    from policydata.process import process_batch

    raws = raw_documents(docs)
    process_batch(raws[:50])  # load dictionaries and tables: start-up, not throughput
    start = time.perf_counter()
    for i in range(0, len(raws), 2000):
        result = process_batch(raws[i:i + 2000])
        assert len(result.documents) + len(result.quarantined) == len(raws[i:i + 2000])
    return time.perf_counter() - start


def in_fresh_process(phase: str, corpus: Path, limit: int | None) -> float:
    """Seconds one phase (``baseline`` or ``library``) takes, measured in a new interpreter."""
    command = [sys.executable, str(Path(__file__).resolve()), "--phase", phase, "--corpus", str(corpus)]
    if limit:
        command += ["--limit", str(limit)]
    done = subprocess.run(command, check=False, cwd=ROOT, capture_output=True, text=True)
    if done.returncode != 0:
        raise RuntimeError(f"{phase} phase failed ({done.returncode}):\n{done.stderr[-3000:]}")
    return float(next(x for x in done.stdout.splitlines() if x.startswith("SECONDS ")).split()[1])


def write_replicated(docs: list[dict], repeat: int, folder: Path) -> Path:
    path = folder / "corpus.jsonl"
    with path.open("w", encoding="utf-8") as handle:
        for k in range(repeat):
            for d in docs:
                row = dict(d)
                if k:
                    row["id"] = f"{d['id']}~r{k}"
                handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    return path


#: The roles of the flow's processes, as ``ProcessTree`` reports them.
ROLES = ("flow_process", "workers", "prefect_server", "other")


class ProcessTree:
    """Samples a process and all its descendants (Linux /proc) every ``every`` seconds: the peak of
    their summed resident memory (``peak``, and how it split by role at that moment: ``peak_by_role``),
    and the CPU time (user + system) of each process, grouped by its role in the flow (``cpu_by_role``):

    - ``flow_process``: the flow's own process (reads the input, loads DuckDB, runs Prefect's client);
    - ``workers``: the worker pool's processes (``prepare_batch``);
    - ``prefect_server``: Prefect's temporary API server;
    - ``other``: anything else (multiprocessing's resource tracker, …).

    A process's CPU time is its last sample, so up to ``every`` seconds of a process that ends
    between two samples are missed; the flow's own process is sampled until it exits.
    """

    def __init__(self, pid: int, every: float = 0.2):
        self.pid, self.every, self.peak = pid, every, 0
        self.peak_by_role: dict[str, int] = dict.fromkeys(ROLES, 0)
        self._cpu: dict[int, float] = {}
        self._role: dict[int, str] = {}
        self._tick = os.sysconf("SC_CLK_TCK")
        self._page = os.sysconf("SC_PAGE_SIZE")
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()

    def cpu_by_role(self) -> dict[str, float]:
        out = dict.fromkeys(ROLES, 0.0)
        for pid, seconds in self._cpu.items():
            out[self._role[pid]] += seconds
        out = {role: round(seconds, 2) for role, seconds in out.items()}
        out["total"] = round(sum(self._cpu.values()), 2)
        return out

    def _run(self):
        while not self._stop.is_set():
            self._sample()
            time.sleep(self.every)

    def _sample(self) -> None:
        parents: dict[int, int] = {}
        stats: dict[int, tuple[float, int]] = {}
        for entry in os.listdir("/proc"):
            if not entry.isdigit():
                continue
            try:
                with open(f"/proc/{entry}/stat", "rb") as handle:
                    # fields after the command name, which is in parentheses and may hold spaces
                    fields = handle.read().rsplit(b")", 1)[1].split()
            except (OSError, IndexError):
                continue
            pid = int(entry)
            parents[pid] = int(fields[1])
            # utime and stime (clock ticks), resident pages
            stats[pid] = ((int(fields[11]) + int(fields[12])) / self._tick, int(fields[21]) * self._page)
        tree, frontier = {self.pid}, [self.pid]
        while frontier:
            parent = frontier.pop()
            for pid, ppid in parents.items():
                if ppid == parent and pid not in tree:
                    tree.add(pid)
                    frontier.append(pid)
        rss = 0
        by_role = dict.fromkeys(ROLES, 0)
        for pid in tree:
            if pid not in stats:
                continue
            cpu, resident = stats[pid]
            rss += resident
            self._cpu[pid] = cpu
            self._classify(pid)
            by_role[self._role[pid]] += resident
        if rss > self.peak:
            self.peak, self.peak_by_role = rss, by_role

    def _classify(self, pid: int) -> None:
        """Settle a process's role at the first sample that shows it, reading the command line
        again while it says nothing more than ``other``: between fork and exec a child still
        shows its parent's command line, and an ending process (a zombie) shows none."""
        if self._role.get(pid, "other") == "other":
            self._role[pid] = self._role_of(pid)

    def _role_of(self, pid: int) -> str:
        if pid == self.pid:
            return "flow_process"
        try:
            with open(f"/proc/{pid}/cmdline", "rb") as handle:
                command = handle.read().replace(b"\0", b" ")
        except OSError:
            return "other"
        if b"prefect.server" in command:
            return "prefect_server"
        if b"multiprocessing.spawn" in command or b"multiprocessing.forkserver" in command:
            return "workers"
        return "other"


FLOW_SCRIPT = """
import json, sys, time
start = time.perf_counter()
from flows.pipeline import pipeline
result = pipeline(json.loads(sys.argv[1]), warehouse_path=sys.argv[2], batch_size=int(sys.argv[3]))
result["seconds_in_process"] = time.perf_counter() - start
print("RESULT " + json.dumps(result, default=str))
"""


def run_flow(paths: list[str], warehouse: Path, batch_size: int) -> dict:
    env = dict(os.environ, PREFECT_SERVER_ANALYTICS_ENABLED="false", PREFECT_LOGGING_LEVEL="WARNING")
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", FLOW_SCRIPT, json.dumps(paths), str(warehouse), str(batch_size)],
                            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    with ProcessTree(proc.pid) as tree:
        out, err = proc.communicate()
    seconds = time.perf_counter() - start
    if proc.returncode != 0:
        raise RuntimeError(f"flow failed ({proc.returncode}):\n{err[-3000:]}")
    line = next(x for x in out.splitlines() if x.startswith("RESULT "))
    result = json.loads(line[len("RESULT "):])
    return {"seconds": seconds, "peak_rss_bytes": tree.peak, "peak_rss_by_role": tree.peak_by_role,
            "cpu_seconds": tree.cpu_by_role(), **result}


def benchmark_parser(doc: str, *, limit: int | None = None) -> argparse.ArgumentParser:
    """The options the benchmarks here share: ``--corpus``, ``--limit`` and ``--json``."""
    parser = argparse.ArgumentParser(description=doc.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, default=limit, help="use only the first N documents")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    return parser


def parse_benchmark_args(parser: argparse.ArgumentParser, argv: list[str] | None) -> argparse.Namespace:
    args = parser.parse_args(argv)
    if not args.corpus.exists():
        parser.error(f"corpus not found: {args.corpus}")
    return args


def main(argv: list[str] | None = None) -> dict:
    parser = benchmark_parser(__doc__)
    parser.add_argument("--repeat", type=int, default=1, help="replicate the corpus K times for the flow")
    parser.add_argument("--batch-size", type=int, default=2000)
    parser.add_argument("--skip-flow", action="store_true", help="measure baseline and library only")
    parser.add_argument("--phase", choices=("baseline", "library"), help=argparse.SUPPRESS)
    args = parse_benchmark_args(parser, argv)

    docs = read_corpus(args.corpus, args.limit)
    if args.phase:  # one phase, in the fresh process in_fresh_process started
        print(f"SECONDS {(bench_baseline if args.phase == 'baseline' else bench_library)(docs)}")
        return {}
    mb = megabytes(docs)
    base_s = in_fresh_process("baseline", args.corpus, args.limit)
    lib_s = in_fresh_process("library", args.corpus, args.limit)
    out: dict = {
        "machine": {"cpus": os.cpu_count(), "python": sys.version.split()[0], "platform": sys.platform},
        "corpus": str(args.corpus), "documents": len(docs), "megabytes": round(mb, 2),
        "baseline": {"seconds": round(base_s, 2), "mb_per_s": round(mb / base_s, 2),
                     "docs_per_s": round(len(docs) / base_s, 1)},
        "library": {"seconds": round(lib_s, 2), "mb_per_s": round(mb / lib_s, 2),
                    "docs_per_s": round(len(docs) / lib_s, 1)},
    }
    out["library_over_baseline"] = round(base_s / lib_s, 2)
    if not args.skip_flow:
        with tempfile.TemporaryDirectory(prefix="policydata-bench-") as tmp:
            folder = Path(tmp)
            corpus = write_replicated(docs, args.repeat, folder)
            empty = folder / "empty"
            empty.mkdir()
            flow_mb, flow_docs = mb * args.repeat, len(docs) * args.repeat
            startup = run_flow([str(empty)], folder / "startup.duckdb", args.batch_size)
            first = run_flow([str(corpus)], folder / "flow.duckdb", args.batch_size)
            second = run_flow([str(corpus)], folder / "flow.duckdb", args.batch_size)
            work_s = max(first["seconds"] - startup["seconds"], 1e-9)
            out["flow"] = {
                "documents": flow_docs, "megabytes": round(flow_mb, 2), "repeat": args.repeat,
                "seconds": round(first["seconds"], 2), "mb_per_s": round(flow_mb / first["seconds"], 2),
                "docs_per_s": round(flow_docs / first["seconds"], 1),
                "loaded": first["n_loaded"], "quarantined": first["n_quarantined"],
                "documents_in_warehouse": first["tables"]["documents"],
                "peak_rss_bytes": first["peak_rss_bytes"],
                "peak_rss_gib": round(first["peak_rss_bytes"] / 2**30, 3),
                "peak_rss_gib_by_role": {role: round(b / 2**30, 3) for role, b in first["peak_rss_by_role"].items()},
                "cpu_seconds": first["cpu_seconds"],
                "cpu_ms_per_document": round(first["cpu_seconds"]["total"] / flow_docs * 1000, 3),
            }
            out["flow_startup_seconds"] = round(startup["seconds"], 2)
            out["flow_over_baseline"] = round((flow_mb / first["seconds"]) / (mb / base_s), 2)
            out["flow_over_baseline_excluding_startup"] = round((flow_mb / work_s) / (mb / base_s), 2)
            rerun_extra = max(second["seconds"] - startup["seconds"], 0.0)
            out["rerun"] = {"seconds": round(second["seconds"], 2), "loaded": second["n_loaded"],
                            "skipped": second["n_skipped"],
                            "share_of_first_beyond_startup": round(rerun_extra / work_s, 4)}
    if args.json:
        print(json.dumps(out, ensure_ascii=False))
    else:
        print(f"corpus {out['corpus']}: {out['documents']} documents, {out['megabytes']} MB")
        for key in ("baseline", "library"):
            v = out[key]
            print(f"{key:9s} {v['mb_per_s']:8.2f} MB/s {v['docs_per_s']:10.1f} docs/s ({v['seconds']} s)")
        print(f"library/baseline = {out['library_over_baseline']}")
        if "flow" in out:
            f = out["flow"]
            print(f"flow      {f['mb_per_s']:8.2f} MB/s {f['docs_per_s']:10.1f} docs/s ({f['seconds']} s, "
                  f"{f['documents']} documents, peak RSS {f['peak_rss_gib']} GiB)")
            m = f["peak_rss_gib_by_role"]
            print(f"flow peak RSS by process: flow process {m['flow_process']} GiB, workers {m['workers']} GiB, "
                  f"Prefect server {m['prefect_server']} GiB, other {m['other']} GiB")
            c = f["cpu_seconds"]
            print(f"flow CPU  {c['total']} s ({f['cpu_ms_per_document']} ms a document): flow process "
                  f"{c['flow_process']} s, workers {c['workers']} s, Prefect server {c['prefect_server']} s, "
                  f"other {c['other']} s")
            print(f"flow/baseline = {out['flow_over_baseline']} "
                  f"(excluding start-up {out['flow_over_baseline_excluding_startup']}); "
                  f"start-up {out['flow_startup_seconds']} s")
            r = out["rerun"]
            print(f"re-run: {r['seconds']} s, loaded {r['loaded']}, skipped {r['skipped']}, "
                  f"{r['share_of_first_beyond_startup']:.1%} of the first run beyond start-up")
    return out


if __name__ == "__main__":
    main()
