"""Does the compiled keywords step pay? The library over the same texts with the compiled counting
and ranking step (``policydata.tag._tfidf``) and with its pure-Python path, taking turns.

    python benchmarks/keywords_step.py [--corpus FILE] [--limit N] [--batch B] [--json]

Both run in this one process on the same batches of ``process_batch`` (whole normalise + tag, the
library phase of ``throughput.py``): each batch is processed once with each path, the one that
goes first alternating from batch to batch, so the machine's slow spells fall on both alike. A
warm-up batch loads every table first. Prints ms per document for each path and their ratio, and
checks that the two paths gave the same keywords for every document (a difference is an error).
"""

from __future__ import annotations

import json
import sys
import time

from throughput import benchmark_parser, parse_benchmark_args, raw_documents, read_corpus


def main(argv: list[str] | None = None) -> dict:
    parser = benchmark_parser(__doc__, limit=12000)
    parser.add_argument("--batch", type=int, default=1000, help="documents per turn (default 1000)")
    args = parse_benchmark_args(parser, argv)

    from policydata.process import process_batch
    from policydata.tag import keywords

    compiled = keywords._top_weighted
    if compiled is None:
        raise SystemExit("policydata.tag._tfidf is not built (no C compiler at install): nothing to compare")
    raws = raw_documents(read_corpus(args.corpus, args.limit))
    process_batch(raws[:50])  # load every table: start-up, not throughput
    seconds = {"compiled": 0.0, "python": 0.0}
    differing = 0
    try:
        for turn, at in enumerate(range(0, len(raws), args.batch)):
            batch = raws[at : at + args.batch]
            order = ("compiled", "python") if turn % 2 == 0 else ("python", "compiled")
            got: dict[str, list] = {}
            for path in order:
                keywords._top_weighted = compiled if path == "compiled" else None
                start = time.perf_counter()
                result = process_batch(batch)
                seconds[path] += time.perf_counter() - start
                got[path] = [d.tags.keywords for d in result.documents]
            differing += sum(a != b for a, b in zip(got["compiled"], got["python"], strict=True))
    finally:
        keywords._top_weighted = compiled
    if differing:
        raise SystemExit(f"the two paths gave different keywords for {differing} documents")
    n = len(raws)
    report = {
        "corpus": str(args.corpus),
        "documents": n,
        "batch": args.batch,
        "compiled_ms_per_doc": round(seconds["compiled"] / n * 1000, 4),
        "python_ms_per_doc": round(seconds["python"] / n * 1000, 4),
        "python_over_compiled": round(seconds["python"] / seconds["compiled"], 3),
        "same_keywords": True,
    }
    if args.json:
        print(json.dumps(report))
    else:
        print(f"{n} documents in turns of {args.batch}: library with the compiled keywords step "
              f"{report['compiled_ms_per_doc']} ms/doc, with the pure-Python one {report['python_ms_per_doc']} "
              f"ms/doc ({report['python_over_compiled']}x); the same keywords for every document")
    return report


if __name__ == "__main__":
    sys.exit(0 if main() else 1)
