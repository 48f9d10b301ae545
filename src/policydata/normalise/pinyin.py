"""Recognise pinyin reading annotations such as 調(diào) and 長(zhǎng).

An annotation is removed only when its syllable is a reading of the character before it
(pypinyin, heteronyms included), so 微信(wechat), 省(市) and (京) are never touched. A syllable
matches in tone-mark form (diào), tone-number form (diao4, lv4 for lǜ) or without tone (diao).
Readings are looked up for the character and for its Simplified form, so the decision does not
change after T→S conversion (that keeps the normaliser idempotent).
"""

from __future__ import annotations

import os
import unicodedata
from functools import lru_cache

# Readings are asked for one character at a time, which pypinyin answers from its table of
# characters alone. Its phrase table, and the copies it makes of both tables, would cost about
# 44 MB in every process (each flow worker) for nothing: tests/test_normalise_pinyin_tables.py
# proves the readings of all 41,923 characters it knows the same without them. An explicit
# setting of either variable wins; where pypinyin was imported before this module, nothing changes.
os.environ.setdefault("PYPINYIN_NO_PHRASES", "1")
os.environ.setdefault("PYPINYIN_NO_DICT_COPY", "1")

from pypinyin import Style, pinyin  # after the settings above

_STYLES = (Style.TONE, Style.TONE3, Style.NORMAL)


def _plain(syllable: str) -> str:
    """Lower-case, v → ü, so tone-number spellings compare with pypinyin's output."""
    return syllable.lower().replace("v", "ü")


@lru_cache(maxsize=16384)
def readings(char: str) -> frozenset[str]:
    """All spellings (tone marks, tone numbers, toneless) of every reading of one character."""
    from policydata.normalise.script import to_simplified

    out: set[str] = set()
    for ch in {char, to_simplified(char)}:
        for style in _STYLES:
            for r in pinyin(ch, style=style, heteronym=True, errors="ignore", neutral_tone_with_five=True)[
                :1
            ]:
                out.update(_plain(x) for x in r)
            # neutral tone: pypinyin writes "de" (TONE) / "de5" (TONE3); accept "de0"-less forms too
    out.update({unicodedata.normalize("NFC", x) for x in out})
    return frozenset(out)


def is_reading(char: str, syllable: str) -> bool:
    """True when ``syllable`` (as written in the annotation) is a reading of ``char``."""
    s = unicodedata.normalize("NFC", _plain(syllable))
    return s in readings(char)


def has_tone_mark(syllable: str) -> bool:
    return any(c in "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ" for c in syllable)
