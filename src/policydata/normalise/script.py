"""Traditional → Simplified conversion and script detection.

The converter is zhconv-rs with its ``zh-cn`` ruleset (measured in PERF_NOTES: 383 MB/s, 86/87 hard
phrases right; OpenCC ``t2s`` leaves 著 in 发挥著), extended by two reviewed fixes:

* ``PHRASE_FIXES`` — a small table of phrases the ruleset gets wrong (鍾錶 → 锺表, 餅乾 → 饼乾 …);
* the 著 rule — zhconv keeps 著 whenever it does not know the verb before it (陳列著, 見證著,
  鼓舞著 … stay 著). A 著 left after conversion is the aspect particle 着 unless it belongs to a
  word where 著 is read zhù (著名, 著作, 显著, 名著, 土著 …), listed in ``patterns.ZHU_WORD_*``.

Only text that contains at least one Traditional-only character is converted (``has_traditional``):
Simplified text is returned unchanged, so mainland vocabulary is never rewritten by the ``zh-cn``
regional rules (e.g. 影片, 数位).

CJK compatibility ideographs (U+F900–FAFF, common in Big5-era Taiwanese text: 不 written as
U+F967) are mapped to their unified form by ``COMPAT_TABLE``; ``fold_width`` in steps applies it.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from zhconv_rs import make_converter

from policydata.normalise import patterns as P

# Reviewed pairs (Traditional → mainland Simplified) where the zh-cn ruleset is wrong.
PHRASE_FIXES: tuple[tuple[str, str], ...] = (
    ("鍾", "钟"),  # mainland writes 钟 for the surname too (钟南山); zh-cn gives 锺
    ("鍾錶", "钟表"),
    ("鍾離", "钟离"),
    ("鍾馗", "钟馗"),
    ("餅乾", "饼干"),
    ("執著", "执着"),  # 现代汉语词典: 执着 is the standard form
    ("彰顯著", "彰显着"),  # 显著 would otherwise keep 著
    ("覆議", "复议"),  # Taiwan usage of 覆议 = mainland 复议 (行政复议)
    ("覆核", "复核"),
    ("迴圈", "循环"),
    ("乾乾淨淨", "干干净净"),
)


@lru_cache(maxsize=1)
def _converter():
    return make_converter("zh-cn", list(PHRASE_FIXES))


def _build_tables() -> tuple[frozenset[str], frozenset[str]]:
    """Traditional-only and Simplified-only characters, by converting every BMP Han char alone."""
    chars = [chr(c) for r in ((0x3400, 0x4DBF), (0x4E00, 0x9FFF)) for c in range(r[0], r[1] + 1)]
    joined = "\n".join(chars)
    to_s = _converter()(joined).split("\n")
    from zhconv_rs import zhconv

    to_t = zhconv(joined, "zh-tw", False).split("\n")
    trad = frozenset(c for c, s in zip(chars, to_s, strict=True) if s != c)
    simp = frozenset(c for c, t in zip(chars, to_t, strict=True) if t != c and c not in trad)
    return trad, simp


@lru_cache(maxsize=1)
def _tables():
    trad, simp = _build_tables()
    # one character class each: a C-level scan answers "is there any Traditional char?"
    trad_re = re.compile("[" + "".join(sorted(trad)) + "]")
    simp_re = re.compile("[" + "".join(sorted(simp)) + "]")
    return trad, simp, trad_re, simp_re


def traditional_chars() -> frozenset[str]:
    """Characters whose zh-cn conversion (alone) differs from themselves."""
    return _tables()[0]


def has_traditional(text: str) -> bool:
    """True when the text holds at least one Traditional-only character (fast path check)."""
    return _tables()[2].search(text) is not None


def detect_script(text: str) -> str:
    """"simplified", "traditional" or "mixed", from counts of script-specific characters.

    A text is mixed when the minority script has at least 10% of the script-specific characters
    (a Simplified headline over a Traditional body, a Simplified page quoting a Traditional one).
    """
    _, _, trad_re, simp_re = _tables()
    if trad_re.search(text) is None:
        return "simplified"
    n_trad = len(trad_re.findall(text))
    n_simp = len(simp_re.findall(text))
    share = n_trad / (n_trad + n_simp)
    if share >= 0.9:
        return "traditional"
    if share <= 0.1:
        return "simplified"
    return "mixed"


def _fix_zhe(converted: str) -> str:
    # the 著 rule (see module docstring)
    if "著" not in converted:
        return converted
    return P.PARTICLE_ZHU.sub("着", converted)


def to_simplified(text: str) -> str:
    """Convert to mainland Simplified; text without Traditional-only characters is returned as is."""
    if not has_traditional(text):
        return text
    return _fix_zhe(_converter()(text))


def convert_always(text: str) -> str:
    """The converter applied unconditionally (no fast path) — the reference for property tests."""
    return _fix_zhe(_converter()(text.translate(COMPAT_TABLE)))


def _compat_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for cp in range(0xF900, 0xFB00):
        ch = chr(cp)
        nfc = unicodedata.normalize("NFC", ch)
        if nfc != ch and len(nfc) == 1:
            table[cp] = nfc
    return table


# CJK compatibility ideograph → unified ideograph (canonical equivalents; same character)
COMPAT_TABLE: dict[int, str] = _compat_table()
