"""Score HTML extraction (``policydata eval-html``) against the gold of an ``index.tsv``.

The index is a tab-separated file with at least the columns ``file``, ``url``,
``expected_title``, ``expected_published`` and ``gold_text_file`` (paths relative to the index).

Measures
--------
* **body F1** — character-bigram F1. Each text is reduced to the sequence of its characters that
  are neither whitespace, nor Unicode punctuation (categories ``P*``), nor separators/controls
  (``Z*``, ``C*``); HTML comments in the gold file (``<!--repaste.body.begin-->`` markers) are
  removed first. The bigrams of that sequence are compared as multisets:
  ``P = |common| / |extracted|``, ``R = |common| / |gold|``, ``F1 = 2PR / (P + R)``; two empty texts
  score 1. Reported as the mean over pages that have a gold text file.
* **title accuracy** — exact match (after trimming surrounding whitespace) against
  ``expected_title``, over rows where it is non-empty.
* **published accuracy** — the day (``YYYY-MM-DD``, first date found in the value) of the
  extracted ``published`` equals the day of ``expected_published``, over rows where it is
  non-empty.
"""

from __future__ import annotations

import csv
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from policydata.extract import extract_html
from policydata.sources.encoding import decode_bytes

__all__ = ["bigram_f1", "evaluate_html", "format_report", "scoring_chars", "trafilatura_extractor"]

# HTML comments left in gold files by the tools that produced them
GOLD_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
# a calendar day written Y-M-D with -, /, . or 年月日 separators (single-digit month/day allowed)
DAY = re.compile(r"((?:19|20)\d\d)\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})")

_DROP_CATEGORIES = ("P", "Z", "C")

Extractor = Callable[[bytes, str | None], dict[str, Any]]


def scoring_chars(text: str) -> str:
    """The characters that count for body F1: no whitespace, punctuation, separators, controls."""
    return "".join(
        ch for ch in text if not ch.isspace() and unicodedata.category(ch)[0] not in _DROP_CATEGORIES
    )


def bigram_f1(extracted: str, gold: str) -> float:
    """Multiset F1 of character bigrams over :func:`scoring_chars` (see module docstring)."""
    a = scoring_chars(extracted)
    b = scoring_chars(gold)
    grams_a = Counter(a[i : i + 2] for i in range(len(a) - 1))
    grams_b = Counter(b[i : i + 2] for i in range(len(b) - 1))
    if not grams_a and not grams_b:
        return 1.0
    if not grams_a or not grams_b:
        return 0.0
    common = sum((grams_a & grams_b).values())
    if common == 0:
        return 0.0
    precision = common / sum(grams_a.values())
    recall = common / sum(grams_b.values())
    return 2 * precision * recall / (precision + recall)


def _day(value: str | None) -> str | None:
    if not value:
        return None
    match = DAY.search(value)
    if match is None:
        return None
    year, month, day = match.groups()
    return f"{year}-{int(month):02d}-{int(day):02d}"


def _default_extractor(data: bytes, url: str | None) -> dict[str, Any]:
    return extract_html(data, url=url)


def trafilatura_extractor(data: bytes, url: str | None) -> dict[str, Any]:
    """The baseline: trafilatura alone (default settings, its own metadata), on the same decode."""
    import trafilatura  # imported lazily: only the comparison needs it here

    text, _ = decode_bytes(data)
    document = trafilatura.bare_extraction(text, url=url, with_metadata=True)
    if document is None:
        return {"title": None, "published": None, "body": ""}
    fields = document.as_dict() if hasattr(document, "as_dict") else dict(document)
    return {"title": fields.get("title"), "published": fields.get("date"), "body": fields.get("text") or ""}


def evaluate_html(index_path: Path, *, extractor: Extractor | None = None) -> dict[str, Any]:
    """Extract every page of the index that has some gold and score it (see module docstring).

    ``extractor(data, url) -> dict`` defaults to :func:`policydata.extract.extract_html`; pass
    another to compare (e.g. trafilatura alone).
    """
    index_path = Path(index_path)
    extract = extractor or _default_extractor
    base = index_path.parent
    pages: list[dict[str, Any]] = []
    with index_path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    for row in rows:
        gold_file = (row.get("gold_text_file") or "").strip()
        expected_title = (row.get("expected_title") or "").strip()
        expected_published = (row.get("expected_published") or "").strip()
        if not (gold_file or expected_title or expected_published):
            continue
        data = (base / row["file"]).read_bytes()
        url = (row.get("url") or "").strip() or None
        result = extract(data, url)
        title = (result.get("title") or "").strip()
        published = result.get("published")
        page: dict[str, Any] = {
            "file": row["file"],
            "body_f1": None,
            "title_ok": None,
            "published_ok": None,
            "title": title,
            "expected_title": expected_title or None,
            "published": published,
            "expected_published": expected_published or None,
        }
        if gold_file:
            gold = GOLD_COMMENT.sub("", (base / gold_file).read_text(encoding="utf-8", errors="replace"))
            page["body_f1"] = round(bigram_f1(result.get("body") or "", gold), 4)
        if expected_title:
            page["title_ok"] = title == expected_title
        if expected_published:
            page["published_ok"] = _day(published) == _day(expected_published)
        pages.append(page)

    bodies = [p["body_f1"] for p in pages if p["body_f1"] is not None]
    titles = [p["title_ok"] for p in pages if p["title_ok"] is not None]
    dates = [p["published_ok"] for p in pages if p["published_ok"] is not None]
    worst = sorted((p for p in pages if p["body_f1"] is not None), key=lambda p: p["body_f1"])[:5]
    return {
        "n_pages": len(pages),
        "body_f1": round(sum(bodies) / len(bodies), 4) if bodies else None,
        "title_accuracy": round(sum(titles) / len(titles), 4) if titles else None,
        "published_accuracy": round(sum(dates) / len(dates), 4) if dates else None,
        "n_body": len(bodies),
        "n_title": len(titles),
        "n_published": len(dates),
        "pages": pages,
        "worst": worst,
    }


def _fmt(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def format_report(result: dict[str, Any]) -> str:
    """A short terminal report: the three measures, then the failures worth looking at."""
    lines = [
        f"pages scored        {result['n_pages']}",
        f"body F1 (bigrams)   {_fmt(result['body_f1'])}   over {result['n_body']} pages",
        f"title exact match   {_fmt(result['title_accuracy'])}   over {result['n_title']} pages",
        f"published (day)     {_fmt(result['published_accuracy'])}   over {result['n_published']} pages",
        "",
        "worst bodies:",
    ]
    for page in result["worst"]:
        lines.append(f"  {page['body_f1']:.3f}  {page['file']}")
    title_misses = [p for p in result["pages"] if p["title_ok"] is False]
    if title_misses:
        lines.append("title misses:")
        for page in title_misses:
            lines.append(f"  {page['file']}: {page['title']!r} ≠ {page['expected_title']!r}")
    date_misses = [p for p in result["pages"] if p["published_ok"] is False]
    if date_misses:
        lines.append("published misses:")
        for page in date_misses:
            lines.append(f"  {page['file']}: {page['published']!r} ≠ {page['expected_published']!r}")
    return "\n".join(lines)


if __name__ == "__main__":  # pragma: no cover - a developer convenience; the CLI is `eval-html`
    # python -m policydata.evaluate_html INDEX [--baseline]   (--baseline: trafilatura alone too)
    index = Path(sys.argv[1])
    print(format_report(evaluate_html(index)))
    if "--baseline" in sys.argv[2:]:
        print("\n--- trafilatura alone ---")
        print(format_report(evaluate_html(index, extractor=trafilatura_extractor)))
