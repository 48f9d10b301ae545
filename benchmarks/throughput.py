"""Throughput and memory of the pipeline against plain jieba segmentation, in one run.

    python benchmarks/throughput.py [--corpus FILE] [--limit N] [--repeat K] [--slices S] [--json]

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
in any real run. The two take turns over ``--slices`` slices of whole batches of 2,000 (at most
16; the first of each pair alternates), so that a slow spell of the machine slows both rather than
one; their times are summed over the slices. This evens out slow drift, not the machine's
second-to-second noise: run one after the other, four runs of the same code gave ratios of 2.55 to
3.59; taking turns over 8 slices, two runs gave 3.39 and 2.98, and the same slice's ratio moved
between runs by up to 1.0. Each slice's ratio is reported (``library_over_baseline_by_slice``;
different stories, so their spread mixes the texts' variation with the machine's).

The flow runs over all copies. Peak resident memory is sampled over the flow's whole process tree
(main process, workers and Prefect's temporary server), and so is the CPU time
of each process, reported by role (``flow.cpu_seconds``: the flow's own process, the workers,
Prefect's server) with the total per document — where the flow's time goes, measured in the same
run as its speed; the peak's split by role at the moment it was reached is
``flow.peak_rss_gib_by_role``.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Self

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


#: Documents per ``process_batch`` call in the library phase (the flow's default batch size).
LIBRARY_BATCH = 2000
#: How many slices baseline and library alternate over (``--slices``).
DEFAULT_SLICES = 16


def baseline_runner(docs: list[dict]) -> Callable[[int, int], tuple[float, int]]:
    """Seconds ``jieba.lcut`` takes over ``docs[start:end]``, and how many texts it cut; the
    dictionary is loaded first."""
    import jieba

    jieba.initialize()  # dictionary load is start-up, not throughput
    texts = [d["text"] for d in docs]

    def run(start: int, end: int) -> tuple[float, int]:
        done = 0
        begin = time.perf_counter()
        for text in texts[start:end]:
            jieba.lcut(text)
            done += 1
        return time.perf_counter() - begin, done

    return run


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


def library_runner(docs: list[dict]) -> Callable[[int, int], tuple[float, int]]:
    """Seconds ``process_batch`` takes over ``docs[start:end]``, in batches of ``LIBRARY_BATCH``,
    and how many documents it returned (tagged or quarantined); every table is loaded first."""
    from policydata.process import process_batch

    raws = raw_documents(docs)
    process_batch(raws[:50])  # load dictionaries and tables: start-up, not throughput

    def run(start: int, end: int) -> tuple[float, int]:
        done = 0
        begin = time.perf_counter()
        for i in range(start, end, LIBRARY_BATCH):
            result = process_batch(raws[i:min(i + LIBRARY_BATCH, end)])
            done += len(result.documents) + len(result.quarantined)
        return time.perf_counter() - begin, done

    return run


RUNNERS = {"baseline": baseline_runner, "library": library_runner}


def slice_bounds(n: int, slices: int, batch: int = LIBRARY_BATCH) -> list[tuple[int, int]]:
    """At most ``slices`` consecutive ``(start, end)`` ranges of whole batches that cover ``n``
    documents, as even as whole batches allow."""
    n_batches = max(1, -(-n // batch))
    k = max(1, min(slices, n_batches))
    cuts = [min(round(j * n_batches / k) * batch, n) for j in range(k + 1)]
    return list(itertools.pairwise(cuts))


class PhaseProcess:
    """One phase (``baseline`` or ``library``) in a fresh interpreter of its own, which loads the
    corpus and warms up, then times the slices it is sent, one at a time."""

    def __init__(self, phase: str, corpus: Path, limit: int | None) -> None:
        command = [sys.executable, str(Path(__file__).resolve()), "--phase", phase, "--serve",
                   "--corpus", str(corpus)]
        if limit:
            command += ["--limit", str(limit)]
        self.phase = phase
        self._stderr = tempfile.TemporaryFile(mode="w+")  # noqa: SIM115 — closed by close()
        self._proc = subprocess.Popen(command, cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                      stderr=self._stderr, text=True)
        self._expect("READY")

    def run(self, start: int, end: int) -> float:
        """Seconds the phase took over documents ``start`` to ``end``; an error unless it went
        through every one of them."""
        self._proc.stdin.write(f"{start} {end}\n")
        self._proc.stdin.flush()
        _, seconds, done = self._expect("SECONDS").split()
        if int(done) != end - start:
            raise RuntimeError(f"{self.phase} phase went through {done} of documents {start} to {end}")
        return float(seconds)

    def _expect(self, word: str) -> str:
        line = self._proc.stdout.readline()
        if not line.startswith(word):
            self._proc.kill()
            self._proc.wait()
            self._stderr.seek(0)
            raise RuntimeError(f"{self.phase} phase failed ({self._proc.returncode}):\n{self._stderr.read()[-3000:]}")
        return line

    def close(self) -> None:
        if self._proc.stdin and not self._proc.stdin.closed:
            self._proc.stdin.close()
        self._proc.wait()
        self._stderr.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def interleaved(corpus: Path, limit: int | None, n: int, slices: int) -> tuple[float, float, list[float]]:
    """Seconds of the baseline and of the library over all ``n`` documents, and the baseline/library
    ratio of each slice. Each phase runs in a fresh process of its own; the two take turns, slice
    by slice (the first of each pair alternates), so a slow spell of this shared machine slows
    both rather than one."""
    base_total = lib_total = 0.0
    ratios: list[float] = []
    with PhaseProcess("baseline", corpus, limit) as base, PhaseProcess("library", corpus, limit) as lib:
        for j, (start, end) in enumerate(slice_bounds(n, slices)):
            turns = (base, lib) if j % 2 == 0 else (lib, base)
            seconds = {p.phase: p.run(start, end) for p in turns}
            base_total += seconds["baseline"]
            lib_total += seconds["library"]
            ratios.append(round(seconds["baseline"] / max(seconds["library"], 1e-9), 2))
    return base_total, lib_total, ratios


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
    parser.add_argument("--slices", type=int, default=DEFAULT_SLICES,
                        help="baseline and library take turns over this many slices of whole batches "
                             "(1: each over the whole corpus, one after the other)")
    parser.add_argument("--phase", choices=("baseline", "library"), help=argparse.SUPPRESS)
    parser.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)
    args = parse_benchmark_args(parser, argv)
    if args.slices < 1:
        parser.error("--slices must be 1 or more")

    docs = read_corpus(args.corpus, args.limit)
    if args.phase:  # one phase, in the fresh process PhaseProcess started (or by hand: whole corpus)
        run = RUNNERS[args.phase](docs)
        if not args.serve:
            print(f"SECONDS {run(0, len(docs))[0]}")
            return {}
        print("READY", flush=True)
        for line in sys.stdin:
            start, end = map(int, line.split())
            print("SECONDS {} {}".format(*run(start, end)), flush=True)
        return {}
    mb = megabytes(docs)
    base_s, lib_s, slice_ratios = interleaved(args.corpus, args.limit, len(docs), args.slices)
    out: dict = {
        "machine": {"cpus": os.cpu_count(), "python": sys.version.split()[0], "platform": sys.platform},
        "corpus": str(args.corpus), "documents": len(docs), "megabytes": round(mb, 2),
        "baseline": {"seconds": round(base_s, 2), "mb_per_s": round(mb / base_s, 2),
                     "docs_per_s": round(len(docs) / base_s, 1)},
        "library": {"seconds": round(lib_s, 2), "mb_per_s": round(mb / lib_s, 2),
                    "docs_per_s": round(len(docs) / lib_s, 1)},
    }
    out["library_over_baseline"] = round(base_s / lib_s, 2)
    out["slices"] = len(slice_ratios)
    out["library_over_baseline_by_slice"] = slice_ratios
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
        print(f"library/baseline = {out['library_over_baseline']} (by slice, in turn: "
              f"{', '.join(map(str, out['library_over_baseline_by_slice']))})")
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
