"""Counts over the real pages of ../shared/corpus/pages_dev.jsonl (skipped when absent).

Printed with ``pytest -s``; every count must be 0:

* pinyin annotations left in the output (a parenthesised tone-marked syllable anywhere);
* real parentheticals (省(市), (含图片), (兰州) …) lost in the pinyin step;
* Traditional-only characters left (characters whose zh-cn conversion differs from themselves);
* lines with ICP / 公网安备 / 版权所有 / Copyright;
* strong spam strings of the catalogue;
* documents that change on a second run (idempotence).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from policydata.normalise import normalise_text, normalise_trace, script, spam

SHARED = Path(__file__).resolve().parents[2] / "shared"
PAGES = SHARED / "corpus" / "pages_dev.jsonl"

TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"
# a parenthesised syllable with a tone mark (an annotation), wherever it stands
ANNOTATION = re.compile(rf"\([a-zü{TONED}]*[{TONED}][a-zü{TONED}]*\)")
# a parenthetical with Han characters or digits inside: real content, never a reading
REAL_PAREN = re.compile(r"\([^()\n]*[\u4e00-\u9fff0-9][^()\n]*\)")
FOOTER = re.compile(r"ICP|公网安备|版权所有|copyright", re.IGNORECASE)


@pytest.fixture(scope="module")
def pages():
    if not PAGES.exists():
        pytest.skip("shared corpus not available (../shared/corpus/pages_dev.jsonl)")
    return [json.loads(line) for line in PAGES.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="module")
def results(pages):
    return [(p, *normalise_trace(p["text"])) for p in pages]


def test_counts_are_zero(results):
    trad = script.traditional_chars()
    strong = spam._strong_re()
    counts = dict.fromkeys(
        [
            "pinyin_left",
            "parentheticals_lost",
            "traditional_chars",
            "footer_lines",
            "spam_strings",
            "not_idempotent",
        ],
        0,
    )
    annotations_removed = 0
    examples: dict[str, list[str]] = {k: [] for k in counts}

    def note(key: str, pid: str, what: str) -> None:
        counts[key] += 1
        if len(examples[key]) < 5:
            examples[key].append(f"{pid}: {what}")

    for page, result, trace in results:
        pid = page["id"]
        steps = dict(trace)
        for m in ANNOTATION.finditer(result.text):
            note("pinyin_left", pid, m.group())
        before, after = steps["remove_pinyin"], steps["to_simplified"]
        for m in REAL_PAREN.finditer(before):
            if m.group() not in after:
                note("parentheticals_lost", pid, m.group())
        annotations_removed += sum(1 for r in result.removed if r.kind == "pinyin")
        for c in result.text:
            if c in trad:
                note("traditional_chars", pid, c)
        for line in result.text.split("\n"):
            if FOOTER.search(line):
                note("footer_lines", pid, line[:60])
        for m in strong.finditer(result.text):
            note("spam_strings", pid, m.group())
        if normalise_text(result.text).text != result.text:
            note("not_idempotent", pid, "")

    print(f"\npages={len(results)} annotations_removed={annotations_removed}")
    for key, n in counts.items():
        print(f"{key}={n} {examples[key]}")
    assert annotations_removed > 1000  # the dev pages hold over a thousand annotations
    assert all(n == 0 for n in counts.values()), counts


def test_no_page_loses_its_body(results):
    """Conservative removal: every page keeps at least 60% of its Han characters, except pages
    that are mostly junk by their gold notes (none in the dev set falls below 40%)."""
    worst = []
    for page, result, _ in results:
        n_in = len(re.findall(r"[\u4e00-\u9fff]", script.convert_always(page["text"])))
        n_out = len(re.findall(r"[\u4e00-\u9fff]", result.text))
        worst.append((n_out / max(n_in, 1), page["id"]))
    worst.sort()
    print("\nlowest kept share:", [(round(s, 2), i) for s, i in worst[:5]])
    assert worst[0][0] >= 0.4, worst[:5]


def test_simplified_pages_are_not_converted(results):
    """Converting a Simplified page must leave its characters alone."""
    for page, result, trace in results:
        if result.script == "simplified":
            steps = dict(trace)
            assert steps["to_simplified"] == steps["replace_garbled"], page["id"]
