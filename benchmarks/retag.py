"""What a re-tag of a whole warehouse costs after the topic file (or the rules in code) changed.

    python benchmarks/retag.py [--corpus FILE] [--limit N] [--repeat K] [--full] [--json]

The corpus is prepared once (``prepare_batch`` in the flow's worker pool) and loaded ``--repeat``
times with fresh ids into a fresh DuckDB file, as ``loading.py`` does. Then the topic file is
edited (the bundled one with another ``version``: every document's topics are stale) and
``policydata retag --json`` runs in a process of its own, as a user would run it; with ``--full``
the warehouse is then marked as tagged under older rules in code and the command runs again,
re-tagging with every tagger. Each run's wall time and CPU time are those of that process and its
worker processes, start-up included; its peak resident memory is that of the whole process tree
(sampled), with the command's own process's exact peak beside it.

The baseline is ``jieba.lcut`` over the same texts in a fresh process (``throughput.py``'s
baseline phase), timed before and after the re-tags; their mean, times ``--repeat``, is set
against each re-tag: ``topics_over_baseline`` is how many times faster than plain segmentation
the topic re-tag went through the warehouse.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from loading import as_copy, prepare
from throughput import ROOT, PhaseProcess, ProcessTree, benchmark_parser, parse_benchmark_args, read_corpus

# The command as its console script runs it, reporting at exit its own peak resident memory: VmHWM
# belongs to the program the process runs (getrusage's maximum would also count the benchmark's
# memory, which the process had between fork and exec).
RETAG_SCRIPT = """
import atexit, sys
def peak():
    with open("/proc/self/status") as status:
        kb = next(line.split()[1] for line in status if line.startswith("VmHWM:"))
    sys.stderr.write(f"PEAK_RSS_KB {kb}\\n")
atexit.register(peak)
from policydata.cli import main
sys.argv[0] = "policydata"
main()
"""


def run_retag(warehouse: Path, env: dict[str, str]) -> dict:
    """``policydata retag --json`` in a process of its own: its report, wall and CPU seconds and
    peak RSS."""
    began = time.perf_counter()
    with tempfile.TemporaryFile(mode="w+") as out, tempfile.TemporaryFile(mode="w+") as err:
        proc = subprocess.Popen([sys.executable, "-c", RETAG_SCRIPT, "retag", "--warehouse", str(warehouse),
                                 "--json"], cwd=ROOT, env=env, stdout=out, stderr=err, text=True)
        with ProcessTree(proc.pid) as tree:  # the command's process and its workers
            _, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
        seconds = time.perf_counter() - began
        out.seek(0)
        err.seek(0)
        errors = err.read()
        if proc.returncode != 0:
            raise RuntimeError(f"policydata retag failed ({proc.returncode}):\n{errors[-3000:]}")
        report = json.loads(out.read().strip().splitlines()[-1])
    peak_kb = int(next(line.split()[1] for line in errors.splitlines() if line.startswith("PEAK_RSS_KB")))
    # the tree's peak is sampled (every 0.2 s); the command's own process reports its exact peak
    return {"seconds": round(seconds, 2), "cpu_seconds": round(usage.ru_utime + usage.ru_stime, 2),
            "peak_rss_gib": round(max(tree.peak, peak_kb * 1024) / 2**30, 3),
            "peak_rss_gib_command_process": round(peak_kb / 2**20, 3),
            "peak_rss_gib_by_role": {"command_process": round(tree.peak_by_role["flow_process"] / 2**30, 3),
                                     "workers": round(tree.peak_by_role["workers"] / 2**30, 3)},
            "report": report}


def edited_topic_file(folder: Path) -> Path:
    """The bundled topic file under another version: every stored document's topics are stale."""
    from policydata.tag.topics import topics_file

    text = topics_file().read_text(encoding="utf-8")
    edited = text.replace('\nversion = "', '\nversion = "benchmark-', 1)
    if edited == text:
        raise RuntimeError("the topic file has no version line to edit")
    path = folder / "topics.toml"
    path.write_text(edited, encoding="utf-8")
    return path


def main(argv: list[str] | None = None) -> dict:
    parser = benchmark_parser(__doc__)
    parser.add_argument("--repeat", type=int, default=1, help="load the corpus K times with fresh ids")
    parser.add_argument("--full", action="store_true", help="also re-tag with every tagger")
    args = parse_benchmark_args(parser, argv)

    from policydata import warehouse

    docs = read_corpus(args.corpus, args.limit)
    n = len(docs)
    megabytes = sum(len(d["text"].encode("utf-8")) for d in docs) / 1e6 * args.repeat
    batches = prepare(docs, 2000)
    with tempfile.TemporaryDirectory(prefix="policydata-retag-") as tmp:
        path = Path(tmp) / "w.duckdb"
        con = warehouse.connect(path)
        loader = warehouse.Loader(con)
        loaded = sum(loader.load(*as_copy(p, k)) for k in range(args.repeat) for p in batches)
        con.close()
        del batches, loader
        env = {**os.environ, "POLICYDATA_TOPICS": str(edited_topic_file(Path(tmp)))}

        with PhaseProcess("baseline", args.corpus, args.limit) as base:
            before = base.run(0, n)
            runs = {"topics": run_retag(path, env)}
            if args.full:
                con = warehouse.connect(path)
                # as if tagged under older rules in code: every tagger must run again
                con.execute("update documents set rules_version = 'tags-0' || rules_version[strpos(rules_version, '+'):]")
                con.close()
                runs["full"] = run_retag(path, env)
            after = base.run(0, n)
    baseline = (before + after) / 2 * args.repeat
    out = {
        "corpus": str(args.corpus), "documents": n, "repeat": args.repeat, "documents_loaded": loaded,
        "megabytes": round(megabytes, 2),
        "baseline": {"seconds": round(baseline, 2), "seconds_before": round(before * args.repeat, 2),
                     "seconds_after": round(after * args.repeat, 2),
                     "docs_per_s": round(loaded / baseline, 1)},
    }
    for name, run in runs.items():
        if run["report"]["n_retagged"] != loaded:
            raise RuntimeError(f"{name} re-tag went through {run['report']['n_retagged']} of {loaded} documents")
        run["docs_per_s"] = round(loaded / run["seconds"], 1)
        run["mb_per_s"] = round(megabytes / run["seconds"], 2)
        out[f"retag_{name}"] = run
        out[f"{name}_over_baseline"] = round(baseline / run["seconds"], 2)
    if args.json:
        print(json.dumps(out, ensure_ascii=False))
    else:
        print(f"{loaded} documents ({args.repeat} copies of {n}, {out['megabytes']} MB); "
              f"jieba.lcut over them: {out['baseline']['seconds']} s")
        for name in runs:
            run = out[f"retag_{name}"]
            print(f"  retag ({name}): {run['seconds']} s ({run['cpu_seconds']} s CPU, peak {run['peak_rss_gib']} GiB), "
                  f"{run['docs_per_s']} docs/s: {out[f'{name}_over_baseline']}x the baseline")
    return out


if __name__ == "__main__":
    main()
