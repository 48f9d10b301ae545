"""Where the library's time goes: the cost of each per-document stage, on the same texts as a
plain ``jieba.lcut`` baseline measured in the same run.

    python benchmarks/stages.py [--corpus FILE] [--limit N] [--json]

Runs the stages of ``policydata.process.process_raw`` / ``policydata.tag.document.tag_document``
one by one on each document, timing each with ``time.perf_counter``, after a warm-up that loads
every table (start-up is not throughput). Prints milliseconds per document, the share of the
total and each stage's cost as a fraction of the baseline's — these machines are shared and
noisy, so only shares and ratios measured together mean much. Also timed: the segmentation inside
the keywords stage on its own (the floor any jieba-identical keywords stage pays), and the budget
per document that library/baseline >= 8 leaves. The throughput figures the issue asks for come
from ``benchmarks/throughput.py``; this script says which stage to work on.
"""

from __future__ import annotations

import json
import sys
import time
from collections import defaultdict

# the same corpus and the same reading as the throughput benchmark
from throughput import benchmark_parser, parse_benchmark_args, raw_documents, read_corpus


def main(argv: list[str] | None = None) -> dict:
    args = parse_benchmark_args(benchmark_parser(__doc__, limit=3000), argv)

    import jieba

    from policydata.dedupe import fingerprints
    from policydata.normalise import normalise_text
    from policydata.process import extract_document, guess_title, process_batch
    from policydata.tag import dates, keywords, places, speakers, tokenizer, topics
    from policydata.tag.document import official_terms

    raws = raw_documents(read_corpus(args.corpus, args.limit))
    megabytes = sum(len(r.data) for r in raws) / 1e6

    jieba.initialize()
    start = time.perf_counter()
    for r in raws:
        jieba.lcut(r.data.decode("utf-8"))
    baseline = time.perf_counter() - start

    process_batch(raws[:50])  # load every table: start-up, not throughput
    clock = time.perf_counter
    cost: dict[str, float] = defaultdict(float)
    texts: list[str] = []
    for raw in raws:
        t0 = clock()
        extracted = extract_document(raw)
        t1 = clock()
        norm = normalise_text(extracted.body)
        t2 = clock()
        cost["extract"] += t1 - t0
        cost["normalise"] += t2 - t1
        if not norm.text.strip():
            continue
        extracted.title = guess_title(extracted, norm)
        t3 = clock()
        text = norm.text
        published = dates.find_published(text, url=extracted.url, meta=norm.meta, given=extracted.published)
        t4 = clock()
        people = speakers.tag_speakers(text, title=extracted.title, published=published)
        t5 = clock()
        dates.resolve_event_date(text, url=extracted.url, published=published, title=extracted.title,
                                 meta=norm.meta, terms=official_terms([(p.name, p.title) for p in people]))
        t6 = clock()
        topics.tag_topics(text)
        t7 = clock()
        places.find_mentions(text)
        t8 = clock()
        t9 = t8  # keywords: a second pass over each batch, below, as process_batch takes them
        texts.append(text)
        for name, seconds in (("title", t3 - t2), ("published date", t4 - t3), ("speakers", t5 - t4),
                              ("event date", t6 - t5), ("topics", t7 - t6), ("places", t8 - t7),
                              ("keywords (segmentation + TF-IDF)", t9 - t8)):
            cost[name] += seconds
    # Keywords as process_batch takes them: a second pass over each batch of 2,000 documents.
    start = clock()
    for i in range(0, len(texts), 2000):
        for text in texts[i:i + 2000]:
            keywords.extract_keywords(text)
    cost["keywords (segmentation + TF-IDF)"] = clock() - start
    # The flow fingerprints a whole batch at once (2,000 texts), as prepare_batch does.
    start = clock()
    for i in range(0, len(texts), 2000):
        fingerprints(texts[i:i + 2000])
    cost["fingerprint (flow only)"] = clock() - start
    # The compiled part of the keywords stage on its own: jieba-identical segmentation (rjieba),
    # which keywords cannot do without. Part of the keywords figure, so not added to the library's.
    start = clock()
    for text in texts:
        tokenizer.cut(text)
    cost["segmentation alone (part of keywords)"] = clock() - start
    n = len(raws)
    # the fingerprint is the flow's, and segmentation is counted within keywords
    outside_library = {"fingerprint (flow only)", "segmentation alone (part of keywords)"}
    library = sum(v for k, v in cost.items() if k not in outside_library)
    out = {
        "corpus": str(args.corpus), "documents": n, "megabytes": round(megabytes, 2),
        "baseline_ms_per_doc": round(1000 * baseline / n, 4),
        "library_ms_per_doc": round(1000 * library / n, 4),
        "library_over_baseline": round(baseline / library, 2),
        # what the whole library may spend per document for library/baseline >= 8
        "budget_for_8x_ms_per_doc": round(1000 * baseline / n / 8, 4),
        "stages": [
            {"stage": k, "ms_per_doc": round(1000 * v / n, 4), "share_of_library": round(v / library, 4),
             "share_of_baseline": round(v / baseline, 4)}
            for k, v in sorted(cost.items(), key=lambda kv: -kv[1])
        ],
    }
    if args.json:
        print(json.dumps(out, ensure_ascii=False))
    else:
        print(f"{n} documents, {megabytes:.2f} MB; jieba.lcut {out['baseline_ms_per_doc']} ms/doc, "
              f"library {out['library_ms_per_doc']} ms/doc (library/baseline {out['library_over_baseline']}; "
              f"8x would allow {out['budget_for_8x_ms_per_doc']} ms/doc)")
        for s in out["stages"]:
            print(f"  {s['stage']:34s} {s['ms_per_doc']:8.4f} ms/doc  {s['share_of_library']:6.1%} of library")
    return out


if __name__ == "__main__":
    sys.exit(0 if main() else 1)
