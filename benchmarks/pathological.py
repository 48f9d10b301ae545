"""Untrusted input that once made the normaliser or the extractor quadratic: what it costs now,
per kilobyte, against real pages of the same length measured in the same run.

    python benchmarks/pathological.py [--corpus FILE] [--kilobytes N] [--json]

Each case is built to about N KB (default 24) of text: long runs of garbled marks, of staff
credits closing a paragraph, of unclosed HTML comments, of pinyin-like annotations, and pages
nested deeper than libxml2's default limit. The baseline is the normaliser on real CCTV stories
joined to the same length. A ratio near 1 means the case costs what ordinary text costs; the
quadratic ones took seconds to minutes at this size before session 12 (13 s for 12 KB of
``???a``, 51 s for 5,000 credits). Timing is best of three; the machine is shared and noisy, so
only the ratios mean much.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

DEFAULT_CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "cctv_xwlb.jsonl"


def _cases(n_bytes: int) -> dict[str, str]:
    def fill(unit: str, head: str = "国家邮政局召开会议,研究部署安全生产工作。") -> str:
        return head + unit * max(1, (n_bytes - len(head.encode())) // len(unit.encode()))

    return {
        "garbled marks (???a)": fill("???a"),
        "pinyin-like annotations (F(xiàn))": fill("F(xiàn)"),
        "staff credits closing a paragraph": fill("(记者 张三)"),
        "unclosed HTML comments": fill("<!--中文"),
        "character references": fill("&#x65B0;"),
        "host labels after an advert (a.a.a.)": fill("a.", head="代开发票QQ:12345 "),
        "names before a photo credit": fill("张三、", head="图为") + "赵六 摄",
    }


def _html_cases(n_bytes: int) -> dict[str, str]:
    paragraph = "<font><p>国家邮政局召开会议,研究部署安全生产工作。"
    n = max(1, n_bytes // len(paragraph.encode()))
    return {"HTML nested past 256 levels": "<html><body>" + paragraph * n + "</body></html>"}


def _best(fn, text: str, repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        fn(text)
        best = min(best, time.perf_counter() - start)
    return best


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--kilobytes", type=int, default=24)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    if not args.corpus.exists():
        sys.exit(f"no corpus at {args.corpus}: give --corpus (a JSON Lines file with a text field)")

    from policydata.extract import extract_html
    from policydata.normalise import normalise_text

    n_bytes = args.kilobytes * 1024
    texts: list[str] = []
    size = 0
    with args.corpus.open(encoding="utf-8") as fh:
        for line in fh:
            text = json.loads(line)["text"]
            texts.append(text)
            size += len(text.encode())
            if size >= n_bytes:
                break
    real = "\n".join(texts)
    normalise_text(real[:2000])  # load the tables: start-up is not throughput
    extract_html("<html><body><p>国家邮政局召开会议。</p></body></html>")
    baseline = _best(normalise_text, real)
    html_real = "<html><body>" + "".join(f"<p>{t}</p>" for t in texts) + "</body></html>"
    html_baseline = _best(extract_html, html_real)
    out = {"kilobytes": round(len(real.encode()) / 1024, 1),
           "baseline_normalise_ms": round(1000 * baseline, 2),
           "baseline_extract_ms": round(1000 * html_baseline, 2), "cases": []}
    for name, text in _cases(n_bytes).items():
        seconds = _best(normalise_text, text)
        out["cases"].append({"case": name, "step": "normalise", "kilobytes": round(len(text.encode()) / 1024, 1),
                             "ms": round(1000 * seconds, 2),
                             "per_kb_over_real_pages": round((seconds / len(text.encode())) / (baseline / len(real.encode())), 2)})
    for name, html in _html_cases(n_bytes).items():
        seconds = _best(extract_html, html)
        out["cases"].append({"case": name, "step": "extract", "kilobytes": round(len(html.encode()) / 1024, 1),
                             "ms": round(1000 * seconds, 2),
                             "per_kb_over_real_pages": round((seconds / len(html.encode())) / (html_baseline / len(html_real.encode())), 2)})
    if args.json:
        print(json.dumps(out, ensure_ascii=False))
    else:
        print(f"real pages: {out['kilobytes']} KB normalised in {out['baseline_normalise_ms']} ms, "
              f"extracted in {out['baseline_extract_ms']} ms")
        for case in out["cases"]:
            print(f"  {case['case']:38s} {case['step']:9s} {case['kilobytes']:6.1f} KB {case['ms']:9.2f} ms"
                  f"  {case['per_kb_over_real_pages']:6.2f}x real pages per KB")
    return out


if __name__ == "__main__":
    main()
