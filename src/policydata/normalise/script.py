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

A few variant characters the ruleset leaves alone are folded to the form mainland text writes
(``VARIANT_FOLDS``, applied after conversion and to Simplified text as well): 峯 (OpenCC's
s2t/s2hk write it for 峰, so 何立峯 and 碳達峯 reach us from HK/TW pages) and the like.
"""

from __future__ import annotations

import codecs
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


#: Single characters that are only another way of writing one mainland character, which the zh-cn
#: ruleset keeps (it treats them as Simplified): an official's name or a slogan written with one
#: would not match the same words written the mainland way (何立峯 ≠ 何立峰, 碳达峯). Only true
#: variants belong here, never characters whose meaning differs from their look-alike (著/着,
#: 祗/只), nor ones the 2013 通用规范汉字表 took back for names (甦, 堃, 喆, 迺), nor place names
#: written so on purpose (蔴园): each is either listed as a variant of the target in the 第一批异体字
#: 整理表 (峯, 敎), is the Hong Kong standard form that OpenCC's s2hk writes (醖 for 酝/醞: a page
#: converted to HK script and back keeps it, as it keeps 峯), or is the old-glyph code point of the
#: same character (靑 淸 晩 値 緖 呑 兪, from Big5/Japanese/Korean sources; 全省晩稻 occurs in a
#: CCTV transcript). Every target is mainland Simplified and no key of the table, so folding once
#: is final.
VARIANT_FOLDS: dict[str, str] = {
    "峯": "峰",
    "敎": "教",
    "醖": "酝",
    "靑": "青",
    "淸": "清",
    "晩": "晚",
    "値": "值",
    "緖": "绪",
    "呑": "吞",
    "兪": "俞",
    "玨": "珏",  # (束珏婷: the converter keeps the Traditional form)
    # Japanese forms (shinjitai) the converter keeps, met in names and garbled reposts (姜増伟):
    # none of them is written in Chinese text, so each folds to its one Chinese form
    "増": "增", "経": "经", "労": "劳", "総": "总", "発": "发", "広": "广", "図": "图", "団": "团",
    "対": "对", "伝": "传", "転": "转", "気": "气", "歳": "岁", "戦": "战", "圧": "压", "駅": "驿",
    "沢": "泽", "実": "实", "関": "关", "済": "济", "権": "权", "険": "险", "検": "检", "拡": "扩",
    "営": "营", "読": "读", "売": "卖", "変": "变", "続": "续", "辺": "边", "県": "县", "価": "价",
    "様": "样", "楽": "乐", "薬": "药", "処": "处",
}
_VARIANT_TABLE = str.maketrans(VARIANT_FOLDS)
# (one character-class search: as fast as the eleven substring tests it replaced, at 48 characters)
_VARIANT_CHAR = re.compile("[" + "".join(VARIANT_FOLDS) + "]")


def has_variants(text: str) -> bool:
    """Does the text hold a character of ``VARIANT_FOLDS``?"""
    return _VARIANT_CHAR.search(text) is not None


def fold_variants(text: str) -> str:
    """Each character of ``VARIANT_FOLDS`` written as mainland text writes it (1:1)."""
    return text.translate(_VARIANT_TABLE) if has_variants(text) else text


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
    # marker converters: every Traditional-only (Simplified-only) character becomes \x00 (\x01);
    # counting markers in the output is one Rust pass instead of a Python loop or a slow regex
    # over a 2,600-character class. \x00/\x01 never survive strip_invisible, so they cannot
    # already be in the text when the normaliser asks.
    mark_trad = make_converter(None, [(c, "\x00") for c in sorted(trad)])
    mark_simp = make_converter(None, [(c, "\x01") for c in sorted(simp)])
    return trad, simp, mark_trad, mark_simp


def traditional_chars() -> frozenset[str]:
    """Characters whose zh-cn conversion (alone) differs from themselves."""
    return _tables()[0]


def count_traditional(text: str) -> int:
    """Number of Traditional-only characters in ``text``."""
    return _tables()[2](text).count("\x00") - text.count("\x00")


class _FoundTraditional(Exception):
    """Raised by the GB2312 error handler at the first Traditional-only character."""


def _abort_on_traditional(exc: UnicodeEncodeError) -> tuple[str, int]:
    # called by the C codec only for the (few, in Simplified text) characters GB2312 lacks
    if not traditional_chars().isdisjoint(exc.object[exc.start : exc.end]):
        raise _FoundTraditional
    return "", exc.end


codecs.register_error("policydata-abort-on-traditional", _abort_on_traditional)


def has_traditional_outside_gb2312(text: str) -> bool:
    """True when a character GB2312 cannot encode is Traditional-only (one C encode pass; the error
    handler only sees the few characters GB2312 lacks and stops at the first Traditional one)."""
    try:
        text.encode("gb2312", "policydata-abort-on-traditional")
    except _FoundTraditional:
        return True
    return False


def has_traditional(text: str) -> bool:
    """True when the text holds at least one Traditional-only character (fast path check).

    Every Traditional-only character is either one of the few GB2312 holds (``_gb_trad_chars``) or
    outside GB2312: same answer as ``count_traditional(text) > 0``, without the marker pass.
    """
    return _gb_trad(text) or has_traditional_outside_gb2312(text)


def detect_script(text: str) -> str:
    """ "simplified", "traditional" or "mixed" (see ``detect``)."""
    return detect(text)[0]


def encodes_gb2312(text: str) -> bool:
    try:
        text.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


@lru_cache(maxsize=1)
def _gb_trad_chars() -> frozenset[str]:
    out = set()
    for c in traditional_chars():
        try:
            c.encode("gb2312")
        except UnicodeEncodeError:
            continue
        out.add(c)
    return frozenset(out)


def has_gb2312_traditional(text: str) -> bool:
    """Does the text hold one of the few Traditional-only characters GB2312 can encode (於, 後 …)?"""
    return _gb_trad(text)


def _gb_trad(text: str) -> bool:
    return any(c in text for c in _gb_trad_chars())


def detect(text: str) -> tuple[str, int]:
    """(script, number of Traditional-only characters); the script from counts of script-specific
    characters.

    A text is mixed when the minority script has more than 10% of the script-specific characters
    (a Simplified headline over a Traditional body, a Simplified page quoting a Traditional one).
    """
    if not has_traditional(text):
        return "simplified", 0
    n_trad = count_traditional(text)
    if n_trad == 0:
        return "simplified", 0
    n_simp = _tables()[3](text).count("\x01") - text.count("\x01")
    share = n_trad / (n_trad + n_simp)
    if share >= 0.9:
        return "traditional", n_trad
    if share <= 0.1:
        return "simplified", n_trad
    return "mixed", n_trad


def _fix_zhe(converted: str) -> str:
    # the 著 rule (see module docstring)
    if "著" not in converted:
        return converted
    return P.PARTICLE_ZHU.sub("着", converted)


def to_simplified(text: str) -> str:
    """Convert to mainland Simplified; text without Traditional-only characters is returned as is
    (but for the variant characters of ``VARIANT_FOLDS``)."""
    if not has_traditional(text):
        return fold_variants(text)
    return fold_variants(convert(text))


def convert(text: str) -> str:
    """zh-cn conversion with the phrase fixes and the 著 rule (no fast-path check).

    Some variants convert in a chain (戱 → 戯 → 戏), so a result that still holds Traditional-only
    characters is converted again (at most twice more) — this keeps the normaliser idempotent.
    """
    out = _fix_zhe(_converter()(text))
    for _ in range(2):
        if not has_traditional(out):
            break
        again = _fix_zhe(_converter()(out))
        if again == out:
            break
        out = again
    return out


def convert_stretches(text: str) -> str:
    """Convert only the runs of Han characters that hold a Traditional-only character outside
    GB2312: for a Simplified text with a few stray ones (a quoted inscription), which zh-cn
    conversion of the whole text would rewrite elsewhere. A character GB2312 holds is a
    Simplified character too (乾 of 王丙乾, 於 the surname): in Simplified text it stays."""
    parts: list[str] = []
    last = 0
    for m in P.HAN_RUN_WITH_COMPAT.finditer(text):
        run = m.group()
        if has_traditional_outside_gb2312(run):
            parts.append(text[last : m.start()])
            parts.append(convert(run))
            last = m.end()
    if not parts:
        return text
    parts.append(text[last:])
    return "".join(parts)


def convert_always(text: str) -> str:
    """The converter applied unconditionally (no fast path) — the reference for property tests."""
    return fold_variants(convert(text.translate(COMPAT_TABLE)))


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
