"""The project's own jieba-compatible segmenter.

``get_tokenizer()`` is a private ``jieba.Tokenizer`` (never the global ``jieba.dt``, whose settings
leak between callers) with the project's user dictionary (resources/userdict.txt: domain terms
and organisation names, one ``word freq tag`` per line, frequencies explicit so every loader
builds the same dictionary) and its prefix-dictionary cache in the project's cache folder.

``cut(text)`` gives exactly ``get_tokenizer().lcut(text)`` (precise mode, HMM on) but runs on
rjieba (jieba-rs), about 20–40 times faster, loaded with the same user words; the identity is
proved on the shared corpora by tests/test_tokenizer.py. Without rjieba it falls back to jieba.

The one place the two differ: jieba-rs keeps an ASCII run joined by . _ - @ whole (www.gov.cn,
a_b, 2024.11.05) where jieba splits it at the punctuation. Such a token is re-cut by jieba's own
code (``jieba.Tokenizer``: block regexes, DAG, route, finalseg) run on a dictionary holding only
the entries an ASCII run can reach — the words that start with an ASCII character (AT&T, C++,
B超 … about 70) — so ``cut`` never builds jieba's 350,000-word prefix dictionary (1–2 s and
≈150 MB per process); ``get_tokenizer()`` stays the reference the tests compare against.

Cache folder: ``$POLICYDATA_CACHE_DIR`` if set, else ``$XDG_CACHE_HOME/policydata`` (default
``~/.cache/policydata``) — outside the repository, so nothing to ignore in git.
"""

from __future__ import annotations

import io
import os
import re
import threading
from functools import lru_cache
from pathlib import Path

import jieba

from policydata.resources import resource_path
from policydata.tag.topic_patterns import ASCII_JOINED

USERDICT = "userdict.txt"
# Name of jieba's prefix-dictionary cache inside the cache folder.
CACHE_FILE = "jieba.policydata.cache"

_lock = threading.Lock()
_tokenizer: jieba.Tokenizer | None = None
_rjieba = None
_rjieba_loaded = False


def cache_dir() -> Path:
    """The folder for the project's caches (created on first use)."""
    base = os.environ.get("POLICYDATA_CACHE_DIR")
    if base:
        path = Path(base)
    else:
        xdg = os.environ.get("XDG_CACHE_HOME")
        path = (Path(xdg) if xdg else Path.home() / ".cache") / "policydata"
    path.mkdir(parents=True, exist_ok=True)
    return path


def user_words() -> list[tuple[str, int, str | None]]:
    """The user dictionary as (word, frequency, tag) rows."""
    rows: list[tuple[str, int, str | None]] = []
    with resource_path(USERDICT).open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            parts = line.split()
            if not parts:
                continue
            if len(parts) < 2 or not parts[1].isdigit():
                raise ValueError(f"{USERDICT}:{lineno}: expected 'word freq [tag]', got {line!r}")
            rows.append((parts[0], int(parts[1]), parts[2] if len(parts) > 2 else None))
    return rows


def get_tokenizer() -> jieba.Tokenizer:
    """The project's jieba tokenizer (built once per process)."""
    global _tokenizer
    if _tokenizer is None:
        with _lock:
            if _tokenizer is None:
                tk = jieba.Tokenizer()
                tk.tmp_dir = str(cache_dir())
                tk.cache_file = CACHE_FILE
                tk.initialize()
                for word, freq, tag in user_words():
                    tk.add_word(word, freq, tag)
                _tokenizer = tk
    return _tokenizer


def _rjieba_instance():
    """An rjieba segmenter with the same user words, or None when rjieba is missing."""
    global _rjieba, _rjieba_loaded
    if not _rjieba_loaded:
        with _lock:
            if not _rjieba_loaded:
                try:
                    import rjieba
                except ImportError:
                    _rjieba = None
                else:
                    seg = rjieba.Jieba()
                    for word, freq, tag in user_words():
                        seg.add_word(word, freq, tag)
                    _rjieba = seg
                _rjieba_loaded = True
    return _rjieba


def backend() -> str:
    """Which engine ``cut`` uses: ``"rjieba"`` or ``"jieba"``."""
    return "rjieba" if _rjieba_instance() is not None else "jieba"


def cut(text: str) -> list[str]:
    """Tokens of ``text``, identical to ``get_tokenizer().lcut(text)``."""
    seg = _rjieba_instance()
    if seg is None:
        return get_tokenizer().lcut(text)
    tokens = seg.cut(text, True)
    if ASCII_JOINED.search(text) is None:
        return tokens
    # The regex runs once per distinct token (C-level filter), and the token list is rebuilt
    # only when one of them needs re-cutting.
    joined = set(filter(ASCII_JOINED.search, set(tokens)))
    if not joined:
        return tokens
    out: list[str] = []
    for token in tokens:
        if token in joined:
            out.extend(_recut(token))
        else:
            out.append(token)
    return out


def dictionary_words(text: str) -> list[str]:
    """Tokens of a short Han ``text`` from the dictionary alone (jieba's ``lcut(text, HMM=False)``):
    no new words guessed from character pairs (调绿, 义新), so a token of two characters or more
    is a word the dictionary lists."""
    seg = _rjieba_instance()
    if seg is None:
        return get_tokenizer().lcut(text, HMM=False)
    return seg.cut(text, False)


# The Han characters of jieba's block regex (re_han_default): only a run holding one of them can
# reach dictionary words that start with a Han character.
_JIEBA_HAN = re.compile("[\u4e00-\u9fd5]")


@lru_cache(maxsize=4096)
def _recut(token: str) -> tuple[str, ...]:
    """jieba's own tokens for one ASCII-joined token (the same URLs and dates recur). jieba needs
    no context for them: the token is a run jieba-rs cut out on its own (tests prove it)."""
    if _JIEBA_HAN.search(token) is None:
        return tuple(_ascii_jieba().lcut(token))
    # No rjieba token mixes a Han character with an ASCII join under the shipped dictionaries
    # (tests check the corpora); a user word such as "COVID-19疫苗" would, and is cut here.
    return tuple(get_tokenizer().lcut(token))


@lru_cache(maxsize=1)
def _ascii_jieba() -> jieba.Tokenizer:
    """A ``jieba.Tokenizer`` that cuts text without Han characters exactly as ``get_tokenizer()``.

    jieba splits such text into blocks of [a-zA-Z0-9+#&._%-] and other characters; in a block it
    looks up only substrings of the block (DAG walk, route, the ``FREQ.get(buf)`` test before the
    HMM), all ASCII, and an ASCII key of the prefix dictionary is a prefix of a word that starts
    with an ASCII character. So the dictionary lines and user words that start with one give the
    same ``FREQ`` value for every key such text can look up. The route also reads the dictionary
    total, but compares paths only where two words start at the same place, one a prefix of the
    other; only then is the full total (summed over the 350,000 lines) needed.
    """
    tk = jieba.Tokenizer()
    with tk.get_dict_file() as fh:
        lines = [line for line in fh if line[0] < 0x80]
    tk.FREQ, tk.total = tk.gen_pfdict(io.BytesIO(b"".join(lines)))
    tk.initialized = True  # the dictionary is set: never load the default one
    for word, freq, tag in user_words():
        if word[0].isascii():
            tk.add_word(word, freq, tag)
    words = [word for word, freq in tk.FREQ.items() if freq and word.isascii()]
    if any(a != b and b.startswith(a) for a in words for b in words):
        tk.total = _jieba_total()
    return tk


def _jieba_total() -> int:
    """``get_tokenizer().total``: jieba's dictionary frequencies plus the user words' ones."""
    total = sum(freq for _word, freq, _tag in user_words())
    with jieba.Tokenizer().get_dict_file() as fh:
        for line in fh:
            total += int(line.split()[1])
    return total
