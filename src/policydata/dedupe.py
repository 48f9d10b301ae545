"""Group syndicated near-duplicates: one report reposted on several sites.

Copies of one report differ in chrome (navigation, footers, spam inserts), in script (the caller
passes *normalised* Simplified text, so Traditional copies read the same), in length (sites cut the
text at different points) and sometimes in paragraph order.  Reports of *different* events often
share most of their wording (a monthly statistics release, a yearly 党组理论学习中心组 session, a
双11 report of another year) and must stay apart.

How it works
------------
* ``fingerprint(text)`` reduces a normalised text to its key characters (Han and digits only, so
  punctuation, spacing, Latin chrome and line breaks do not matter), hashes every 5-character
  shingle and keeps a **bottom-k sketch** (the ``SKETCH_SIZE`` smallest hashes).  A consistent
  sample like this estimates *containment* — how much of the shorter copy the longer one holds —
  which is what a copy cut short needs; a MinHash signature only estimates Jaccard similarity,
  which a 700-character cut of a 3,000-character story fails however faithful it is.  Shingles
  are order-free beyond five characters, so reordered paragraphs cost almost nothing.  The
  fingerprint also keeps the **figures** — every number (and 第三次-style ordinal) hashed with
  the four key characters before it, which say what it measures (快递包裹6.96亿, 同比增长9.8) —
  and the **days of the month** the text writes, as evidence against merging template-alike
  reports.  About 1 KiB at most; ``fingerprint_bytes`` gives the BLOB to store.
* Candidate pairs come from an inverted index over the smallest ``CANDIDATE_VALUES`` sketch
  values of each document (each value acts as an LSH band of one consistent sample), kept as a
  few sorted runs of ``value << 32 | position`` keys that each batch appends to (``_Postings``).
  On each value it holds, a document pairs with the ``WINDOW`` documents before it (in load
  order) that hold the value: every pair while a value has few holders, each copy's latest
  predecessors once a report is syndicated widely — so copies still pile up shared values and
  link, and the number of pairs stays linear in the values.  Values held by more than
  ``max(STOP_MIN_DOCS, STOP_SHARE × n)`` documents are boilerplate (site chrome, formulae) that
  neither pairs documents nor counts as shared text; the holder counts of values past
  ``STOP_MIN_DOCS`` are kept as the load goes.  Only fingerprints are held.
* Each candidate pair is verified on the full sketches: estimated containment below the lower of
  the two sketch thresholds, then vetoes — known event dates that differ never merge; a measure
  given different values (快递包裹 6.96亿 vs 5.52亿) vetoes unless at least three other measures
  agree (a copy may carry one typo or stamp; another period differs throughout); without event
  dates, texts that name days of the month but no common one (26日 vs 22日) do not merge unless
  nearly identical.  A pair whose event dates name the same day needs ``SAME_DAY_CONTAINMENT``
  (rewrites of one press event by different outlets share about a quarter of their shingles),
  every other pair needs ``MIN_CONTAINMENT``.
* Two different pages of one site (the same host, another path) link only when nearly identical
  (``NEAR_IDENTICAL``): an outlet does not carry a report twice, so their likeness is a template
  (two same-day 贺电, two 党组 study sessions of one broadcast), not a repost. Measured on 3,000
  CCTV stories, the 1,000 MFA documents and the mixed and dev samples: clusters of several
  members whose titles differ fell from 108 to 12.
* Accepted pairs are joined strongest first (single linkage), refusing any join that would put
  two different known event dates in one cluster, so a chain of template-alike reports cannot
  weld two events together through an undated middle member.

Canonical member and cluster id
-------------------------------
The canonical member of a cluster is its **most complete copy**: the one with the most distinct
key shingles (the longest clean text), ties to the smallest ``doc_id``.  Copies are cut at
different lengths, and taggers do best on the fullest text; publication dates are not reliably
known for reposts, so "earliest" is not used.  The ``cluster_id`` is the **smallest member
doc_id** — readable, a singleton's cluster id is its own id, and re-running on the same documents
gives the same ids.  When a later batch brings a member with a smaller id (or joins two clusters),
``assign_clusters`` / ``ClusterIndex.add_batch`` return the new id for the existing members too.

Incremental use
---------------
``ClusterIndex.from_existing(rows)`` holds the warehouse's fingerprints (bytes, not texts) and
``add_batch`` clusters each new batch against everything before it at a cost that follows the
batch, not the index: binary searches into the candidate runs, at most ``WINDOW`` candidates per
new value, verification of the candidates, union-find over positions.  A new copy needs one
accepted link into an earlier cluster: its candidates are verified best first and, once one
member of an earlier cluster is accepted (or ``CLUSTER_TRIES`` were refused), the cluster's
other members are skipped.  The
candidate rule depends on load order only, so batches of any size give what one batch gives;
what can differ is a value's stop status (judged with the counts when its batch comes) and, for
a copy linking into two earlier clusters with different event dates, which of them it joins.
"""

from __future__ import annotations

import itertools
import os
import re
import struct
import tempfile
import zlib
from array import array
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit

import numpy as np

__all__ = [
    "ClusterIndex",
    "Fingerprint",
    "assign_clusters",
    "cluster_documents",
    "fingerprint",
    "fingerprint_bytes",
    "fingerprint_from_bytes",
    "fingerprints",
    "key_text",
    "score_clusters",
    "similarity",
]

# --- parameters (documented figures; the dev evaluation in tests/test_dedupe.py holds them) ---
SHINGLE = 5  # characters per shingle (fixed: _shingle_sets reads a 4-character word + 1)
SKETCH_SIZE = 256  # bottom-k: at most 1 KiB of shingle hashes per document
MAX_FIGURES = 48  # figures kept per document (the smallest context hashes: a consistent sample)
FIGURE_CONTEXT = 4  # key characters before a figure that name what it measures
AGREEMENTS_PER_CONFLICT = 3  # a figure given differently is forgiven only if 3 others agree
MAX_DATES = 16  # days of the month kept per document
MIN_SHINGLES = 50  # fewer distinct shingles (≈ one 55-character sentence) is too little to call a copy
CANDIDATE_VALUES = 128  # smallest sketch values per document that go into the candidate index
WINDOW = 8  # on each shared value a document pairs with at most this many documents before it
CLUSTER_TRIES = 2  # members of one earlier cluster a new document is verified against at most
STOP_MIN_DOCS = 100  # a value held by more documents than this and than STOP_SHARE of the
STOP_SHARE = 0.01  # collection is boilerplate (site chrome, formulae), not evidence
MIN_SHARED_CANDIDATE = 3  # candidate-index values two documents must share to be verified
MIN_SHARED = 4  # sketch values two documents must share before containment is trusted
PREFILTER = 0.7  # candidates estimated below this share of the lowest threshold are not verified
MIN_CONTAINMENT = 0.30  # containment for a pair without same-day event dates
SAME_DAY_CONTAINMENT = 0.21  # when both event dates are known and name the same day
NEAR_IDENTICAL = 0.80  # above this, differing days of the month are chrome, not another event

# --- patterns, compiled once ---
# Everything that is not a Han character or an ASCII digit: chrome punctuation, Latin, spaces.
NON_KEY = re.compile(r"[^\u3400-\u4dbf\u4e00-\u9fff0-9]+")
# An ordinal written in Chinese numerals (第三次会议, 第二十届): template-alike reports of successive
# sessions differ only here. Starts with a literal, so the scan is fast.
ORDINAL = re.compile(r"第([一二三四五六七八九十百千零〇两]+)(?=[次届号期批轮场])")
# Characters after a digit run that belong to its value (亿 in 6.96亿件: 696亿 once key text).
MAGNITUDES = frozenset("亿万千百")
# Characters after a digit run that make it a day of the month (5日, 26日上午).
DAY_MARKS = frozenset("日号")

# Shingle-hash constants (64-bit, wrapping): an odd multiplier and the murmur3 finaliser.
_PRIME = np.uint64(0x100000001B3)
_MIX1 = np.uint64(0xFF51AFD7ED558CCD)
_MIX2 = np.uint64(0xC4CEB9FE1A85EC53)
_S33 = np.uint64(33)
_S32 = np.uint64(32)
_FULL = 0xFFFFFFFF  # sketch threshold of a document whose every shingle is kept

_HEADER = struct.Struct("<BIHHH")  # version, n_shingles, n_sketch, n_figures, n_dates
_VERSION = 1


@dataclass(frozen=True, slots=True)
class Fingerprint:
    """What clustering needs of one document (≤ 1.5 KiB, about 1 KiB on news; no text).

    ``sketch`` is the sorted bottom-k sample of 32-bit shingle hashes (uint32), ``figures`` the
    sorted ``context << 32 | value`` hashes of the numbers the text gives (uint64), ``dates`` the
    sorted ``month * 100 + day`` values it writes (uint32) — each as little-endian bytes, so a
    million fingerprints stay a million small objects.  ``to_bytes()`` (a 11-byte header:
    version, n_shingles, and the three counts; then the three arrays) goes into a DuckDB BLOB
    column and ``from_bytes`` reads it back.
    """

    n_shingles: int
    sketch: bytes
    figures: bytes
    dates: bytes

    def to_bytes(self) -> bytes:
        return (
            _HEADER.pack(
                _VERSION, self.n_shingles, len(self.sketch) // 4, len(self.figures) // 8, len(self.dates) // 4
            )
            + self.sketch
            + self.figures
            + self.dates
        )

    @classmethod
    def from_bytes(cls, data: bytes) -> Fingerprint:
        version, n_shingles, n_sketch, n_figures, n_dates = _HEADER.unpack_from(data)
        if version != _VERSION:
            raise ValueError(f"unknown fingerprint version {version}")
        at = _HEADER.size
        ends = (
            at + 4 * n_sketch,
            at + 4 * n_sketch + 8 * n_figures,
            at + 4 * n_sketch + 8 * n_figures + 4 * n_dates,
        )
        if len(data) != ends[2]:
            raise ValueError("fingerprint bytes have the wrong length")
        return cls(
            n_shingles,
            bytes(data[at : ends[0]]),
            bytes(data[ends[0] : ends[1]]),
            bytes(data[ends[1] : ends[2]]),
        )

    @property
    def threshold(self) -> int:
        """Largest hash value the sketch is complete up to (inclusive)."""
        if len(self.sketch) // 4 < SKETCH_SIZE:
            return _FULL
        return int.from_bytes(self.sketch[-4:], "little")

    def sketch_array(self) -> np.ndarray:
        return np.frombuffer(self.sketch, dtype="<u4")


def key_text(text: str) -> str:
    """The characters fingerprints are made of: Han and digits, in order, nothing else."""
    return NON_KEY.sub("", text)


def _key_codes(text: str) -> np.ndarray:
    """The key text as UTF-16 code units (uint16), found with array masks rather than a regex.

    Key characters are all in the Basic Multilingual Plane, so each is one code unit; surrogates
    (characters outside it, or lone ones in broken input) are simply not key characters.
    """
    codes = np.frombuffer(text.encode("utf-16-le", "surrogatepass"), dtype="<u2")
    return codes[_is_key(codes)]


def _is_key(codes: np.ndarray) -> np.ndarray:
    keep = (codes >= 0x4E00) & (codes <= 0x9FFF)
    keep |= (codes >= 0x3400) & (codes <= 0x4DBF)
    keep |= (codes >= 0x30) & (codes <= 0x39)
    return keep


def _mix(h: np.ndarray) -> np.ndarray:
    """murmur3's 64-bit finaliser, in place; returns the high 32 bits."""
    h ^= h >> _S33
    h *= _MIX1
    h ^= h >> _S33
    h *= _MIX2
    h ^= h >> _S33
    return (h >> _S32).astype("<u4")


_crc32 = zlib.crc32  # a stable hash (Python's str hash is salted per process)
_DIGIT_RUN = re.compile(r"[0-9]+")
_LOW32 = np.uint64(0xFFFFFFFF)


def _shingle_sets(key: np.ndarray, key_lengths: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The sorted distinct 5-character shingle hashes of several key texts laid end to end.

    Returns (hashes, counts): ``hashes`` (uint32) holds text 0's sorted distinct hashes, then
    text 1's, …; ``counts[i]`` how many are text i's.  ``words[i]`` reads key characters
    i..i+3 as one unaligned 64-bit word (a strided view, no copy), so every shingle hash of the
    whole batch is one run of array arithmetic; shingles that would cross from one text into the
    next are dropped, and one sort of ``text << 32 | hash`` orders every text's hashes at once —
    the per-text numpy calls this replaces cost more than the arithmetic itself.
    """
    n_texts = key_lengths.size
    m = int(key.size)
    n = m - SHINGLE + 1
    if n <= 0:
        return np.empty(0, dtype="<u4"), np.zeros(n_texts, dtype=np.int64)
    buf = np.concatenate([key, np.zeros(8, dtype="<u2")]).tobytes()
    padded = np.frombuffer(buf, dtype="<u2")
    words = np.ndarray(shape=(m + 1,), dtype="<u8", buffer=buf, offset=0, strides=(2,))
    owner = np.repeat(np.arange(n_texts, dtype=np.uint64), key_lengths)[:n]
    ends = np.cumsum(key_lengths)
    whole = np.arange(n) + SHINGLE <= ends[owner.astype(np.int64)]  # the shingle lies in one text
    h = words[:n][whole] * _PRIME
    h ^= padded[4 : 4 + n][whole]
    keyed = (owner[whole] << _S32) | _mix(h).astype(np.uint64)
    keyed.sort()  # sort + mask: several times faster than np.unique
    distinct = np.ones(keyed.size, dtype=bool)
    np.not_equal(keyed[1:], keyed[:-1], out=distinct[1:])
    keyed = keyed[distinct]
    counts = np.bincount((keyed >> _S32).astype(np.int64), minlength=n_texts)
    return (keyed & _LOW32).astype("<u4"), counts


def _numbers(key: str) -> tuple[list[int], list[int]]:
    """(figures, days of the month) of one key text.

    A figure is ``hash(the FIGURE_CONTEXT characters before it) << 32 | hash(its value)``: the
    words before a number say what it measures, so two texts that give one measure different
    values report different periods or events.  Values are digit runs (with a following
    亿/万/千/百) and Chinese-numeral ordinals (第三次).  Decimal points and per-cent
    signs are not key characters (6.96亿 reads 696亿, 9.8% reads 98): every copy loses them
    alike.  A day is ``month * 100 + day`` (month 0 when not written).  Numbers are few (dozens
    per 5 KB), so a loop over the regex's digit runs is the cheap way.
    """
    figures: list[int] = []
    days: list[int] = []
    previous_end, previous_run = -2, ""
    for found in _DIGIT_RUN.finditer(key):
        start, end = found.span()
        run, mark = found.group(), key[end : end + 1]
        if mark in DAY_MARKS and end - start <= 2 and 1 <= int(run) <= 31:
            month = 0
            if previous_end == start - 1 and key[start - 1] == "月" and len(previous_run) <= 2:
                month = int(previous_run) if int(previous_run) <= 12 else 0
            days.append(month * 100 + int(run))
        if start >= FIGURE_CONTEXT:
            value = run + mark if mark in MAGNITUDES else run
            figures.append(_crc32(key[start - FIGURE_CONTEXT : start].encode()) << 32 | _crc32(value.encode()))
        previous_end, previous_run = end, run
    if "第" in key:
        for ordinal in ORDINAL.finditer(key):
            start, end = ordinal.span(1)
            value = _crc32(ordinal.group(1).encode())
            if start >= FIGURE_CONTEXT:
                figures.append(_crc32(key[start - FIGURE_CONTEXT : start].encode()) << 32 | value)
            # What an ordinal counts is also written after it (第三次会议, 第七次会议): the words
            # before differ between 主席团举行第三次会议 and 主席团常务主席第二次会议.
            following = key[end : end + FIGURE_CONTEXT - 1]
            if len(following) == FIGURE_CONTEXT - 1:
                figures.append(_crc32(("→" + following).encode()) << 32 | value)
    return figures, days


def _smallest(values: list[int], cap: int, code: str) -> bytes:
    """The ``cap`` smallest distinct values, sorted, as little-endian bytes."""
    kept = sorted(set(values))[:cap]
    return struct.pack(f"<{len(kept)}{code}", *kept)


def fingerprints(texts: Sequence[str]) -> list[Fingerprint]:
    """Fingerprint a batch of normalised (Simplified) texts: the array work is done once for the
    whole batch.  Never raises on any strings; ``fingerprints([t])[0] == fingerprint(t)``."""
    if not texts:
        return []
    encoded = [t.encode("utf-16-le", "surrogatepass") for t in texts]
    codes = np.frombuffer(b"".join(encoded), dtype="<u2")
    keep = _is_key(codes)
    bounds = np.zeros(len(texts) + 1, dtype=np.int64)
    np.cumsum(np.fromiter((len(e) // 2 for e in encoded), dtype=np.int64, count=len(texts)), out=bounds[1:])
    kept_before = np.zeros(codes.size + 1, dtype=np.int64)
    np.cumsum(keep, out=kept_before[1:])
    key_bounds = kept_before[bounds]
    key = codes[keep]
    hashes, counts = _shingle_sets(key, np.diff(key_bounds))
    hash_starts = (np.cumsum(counts) - counts).tolist()
    key_text = key.tobytes().decode("utf-16-le")  # key characters are never surrogates
    out = []
    for i, (lo, hi) in enumerate(zip(key_bounds[:-1].tolist(), key_bounds[1:].tolist())):
        figures, days = _numbers(key_text[lo:hi])
        count, at = int(counts[i]), hash_starts[i]
        out.append(Fingerprint(
            n_shingles=count,
            sketch=hashes[at : at + min(count, SKETCH_SIZE)].tobytes(),
            figures=_smallest(figures, MAX_FIGURES, "Q"),
            dates=_smallest(days, MAX_DATES, "I"),
        ))
    return out


def fingerprint(text: str) -> Fingerprint:
    """Fingerprint one normalised (Simplified) text. Never raises on any string."""
    return fingerprints([text])[0]


def fingerprint_bytes(fp: Fingerprint) -> bytes:
    """The BLOB to store (``documents.fingerprint``)."""
    return fp.to_bytes()


def fingerprint_from_bytes(data: bytes) -> Fingerprint:
    """Read a stored BLOB back; raises ValueError on bytes of another version or length."""
    return Fingerprint.from_bytes(data)


# ---------------------------------------------------------------------------------------------
# Pair verification


class _View:
    """A fingerprint unpacked for comparisons, built once per document while clustering.

    ``sketch`` holds the sketch values less the stop values (a slice of an array shared by the
    batch's views, see ``ClusterIndex._views``); figures and days are unpacked from the stored
    bytes only for the few pairs whose containment passes.
    """

    __slots__ = ("_days", "_figures", "dates", "figures_raw", "n_shingles", "sketch", "threshold")

    def __init__(self, n_shingles: int, sketch: np.ndarray, threshold: int, figures: bytes, dates: bytes) -> None:
        self.n_shingles = n_shingles
        self.sketch = sketch
        self.threshold = threshold
        self.figures_raw = figures
        self.dates = dates
        self._figures: tuple[dict[int, set[int]], int] | None = None
        self._days: set[int] | None = None

    @property
    def figures(self) -> tuple[dict[int, set[int]], int]:
        """(context hash → value hashes, the context hash the capped list is complete up to)."""
        if self._figures is None:
            table: dict[int, set[int]] = {}
            raw = self.figures_raw
            for key in np.frombuffer(raw, "<u8").tolist():
                table.setdefault(key >> 32, set()).add(key & _FULL)
            # The list keeps the smallest context hashes: complete up to its last context.
            limit = _FULL if len(raw) // 8 < MAX_FIGURES else int.from_bytes(raw[-8:], "little") >> 32
            self._figures = (table, limit)
        return self._figures

    @property
    def days(self) -> set[int]:
        if self._days is None:
            self._days = {v % 100 for v in np.frombuffer(self.dates, "<u4").tolist()}
        return self._days


_TABLE_MIN = 4096  # values at or past which _in_stop filters through a table first


def _in_stop(values: np.ndarray, stop: np.ndarray | None) -> np.ndarray:
    """Mask of the ``values`` (uint32) that are among the sorted ``stop`` values.

    A batch asks this of a million values against a few hundred stop values: a 64 Ki-entry
    table of the stop values' high 16 bits rules almost all of them out with one gather, and only
    the few it cannot are binary-searched.
    """
    held = np.zeros(values.size, dtype=bool)
    if stop is None or not stop.size or not values.size:
        return held
    at = np.arange(values.size)
    if values.size >= _TABLE_MIN:
        table = np.zeros(1 << 16, dtype=bool)
        table[stop >> 16] = True
        at = np.flatnonzero(table[values >> 16])
    candidates = values[at]
    found = stop.searchsorted(candidates)
    found[found == stop.size] = 0
    held[at] = stop[found] == candidates
    return held


def _without_stop(values: np.ndarray, stop: np.ndarray | None) -> np.ndarray:
    """Mask of the ``values`` that are not stop values."""
    return ~_in_stop(values, stop)


def _view(f: Fingerprint, stop: np.ndarray | None = None) -> _View:
    sketch = f.sketch_array()
    keep = _without_stop(sketch, stop)
    return _View(f.n_shingles, sketch if keep.all() else sketch[keep], f.threshold, f.figures, f.dates)


def _view_containment(a: _View, b: _View) -> tuple[float, int]:
    # ndarray methods rather than np.* functions: this runs once per verified pair, where the
    # dispatch of the module-level wrappers costs as much as the work.
    limit = min(a.threshold, b.threshold)
    sa = a.sketch[: a.sketch.searchsorted(limit, side="right")]
    sb = b.sketch[: b.sketch.searchsorted(limit, side="right")]
    if not sa.size or not sb.size:
        return 0.0, 0
    small, large = (sa, sb) if sa.size <= sb.size else (sb, sa)
    at = large.searchsorted(small)
    at[at == large.size] = 0
    # Sketches hold distinct sorted values: the matches are the shared values.
    shared = int((large[at] == small).sum())
    return shared / small.size, shared


def _containment(a: Fingerprint, b: Fingerprint, stop: np.ndarray | None = None) -> tuple[float, int]:
    """(estimated containment of the smaller text in the larger, shared sketch values).

    Both sketches are compared below the lower of their thresholds, where each holds every
    shingle hash of its text.  ``stop`` (sorted) holds sketch values too common in the collection
    to be evidence (site chrome such as 央视网消息 left in the text, formulae): they count neither
    as shared nor as text.
    """
    return _view_containment(_view(a, stop), _view(b, stop))


def _view_figures_disagree(a: _View, b: _View) -> bool:
    if not a.figures_raw or not b.figures_raw:
        return False
    (fa, limit_a), (fb, limit_b) = a.figures, b.figures
    limit = min(limit_a, limit_b)
    agree = conflict = 0
    for context in fa.keys() & fb.keys():
        if context > limit:
            continue
        if fa[context] & fb[context]:
            agree += 1
        else:
            conflict += 1
    return conflict > 0 and agree < AGREEMENTS_PER_CONFLICT * conflict


def site_of(url: str | None) -> tuple[str, str] | None:
    """(host without www., path and query) of a page's URL, or None when it has none (or one
    that does not parse)."""
    if not url:
        return None
    try:
        parts = urlsplit(url.strip())
        host = (parts.hostname or "").removeprefix("www.")
    except ValueError:  # an address no URL parser reads (http://[x/…): as if there were none
        return None
    return (host, parts.path.rstrip("/") + ("?" + parts.query if parts.query else "")) if host else None


def _event_dates_conflict(x: str | None, y: str | None) -> bool:
    """Two event dates (YYYY, YYYY-MM or YYYY-MM-DD) that cannot name the same day."""
    if not x or not y:
        return False
    n = min(len(x), len(y))
    return x[:n] != y[:n]


def _same_day(x: str | None, y: str | None) -> bool:
    return bool(x and y and len(x) >= 10 and x[:10] == y[:10])


def similarity(
    a: Fingerprint,
    b: Fingerprint,
    date_a: str | None = None,
    date_b: str | None = None,
    stop: np.ndarray | None = None,
) -> float | None:
    """The link strength (estimated containment) if ``a`` and ``b`` are copies of one report, else None."""
    return _judge(_view(a, stop), _view(b, stop), date_a, date_b)


def _judge(a: _View, b: _View, date_a: str | None, date_b: str | None) -> float | None:
    if a.n_shingles < MIN_SHINGLES or b.n_shingles < MIN_SHINGLES:
        return None
    if _event_dates_conflict(date_a, date_b):
        return None
    containment, shared = _view_containment(a, b)
    needed = SAME_DAY_CONTAINMENT if _same_day(date_a, date_b) else MIN_CONTAINMENT
    if shared < MIN_SHARED or containment < needed:
        return None
    if _view_figures_disagree(a, b):
        return None
    # Written days of the month speak only when the caller knows no event date (stamps left in
    # the text would otherwise split copies that the event dates already pair).
    if containment < NEAR_IDENTICAL and not (date_a or date_b) and a.days and b.days and not a.days & b.days:
        return None
    return containment


# ---------------------------------------------------------------------------------------------
# Clustering


def _stop_limit(n: int) -> int:
    """Documents a sketch value may be held by before it counts as boilerplate."""
    return max(STOP_MIN_DOCS, int(STOP_SHARE * n))


def _stop_values(common: dict[int, int], n: int) -> np.ndarray:
    """The stop values (sorted) among ``common`` (value → holders) in a collection of ``n``."""
    limit = _stop_limit(n)
    return np.array(sorted(v for v, c in common.items() if c > limit), dtype=np.uint32)


_KEY_CHUNK = 16_384  # documents whose posting keys are made at once
_LOW = np.uint64(0xFFFFFFFF)  # low half of a posting key: the document's position
_S32_64 = np.uint64(32)


class _Postings:
    """The candidate index: ``value << 32 | position`` keys (uint64) in a few sorted runs.

    Each batch appends one sorted run; the newest runs are merged while a run is at least half
    the size of the one before it (as a log-structured merge tree does), so there are O(log n)
    runs, every key is copied O(log n) times over the whole load, and runs stay in position
    order (every position in an older run is smaller than every position in a newer one).  A
    lookup is a binary search per run, so a batch costs its own size times log n, not the index
    size.  8 bytes per indexed value: about 1 KiB per document.
    """

    __slots__ = ("runs",)

    def __init__(self) -> None:
        self.runs: list[np.ndarray] = []

    def add(self, keys: np.ndarray) -> None:
        if not keys.size:
            return
        self.runs.append(keys)
        while len(self.runs) > 1 and 2 * self.runs[-1].size >= self.runs[-2].size:
            newer = self.runs.pop()
            merged = np.concatenate([self.runs.pop(), newer])
            merged.sort(kind="stable")  # two sorted runs: timsort merges them in one pass
            self.runs.append(merged)

    def lookup(self, values: np.ndarray, window: int) -> tuple[np.ndarray, np.ndarray]:
        """(how many documents hold each of the sorted ``values``, the keys of the last
        ``window`` holders of each) — enough to find any document's predecessors.

        Newer runs hold later positions, so runs are read newest first and each takes only what
        the newer ones left of a value's ``window``."""
        counts = np.zeros(values.size, dtype=np.int64)
        wanted = np.full(values.size, window, dtype=np.int64)
        tails = []
        low = values.astype(np.uint64) << _S32_64
        high = low | _LOW
        for run in reversed(self.runs):
            left = run.searchsorted(low, side="left")
            right = run.searchsorted(high, side="right")
            held = right - left
            counts += held
            take = np.minimum(held, wanted)
            wanted -= take
            total = int(take.sum())
            if total:
                ends = np.cumsum(take)
                index = np.repeat(right - ends, take) + np.arange(total)
                tails.append(run[index])
        return counts, (np.concatenate(tails) if tails else np.empty(0, dtype=np.uint64))


class _Sketches:
    """The sketches of a batch's paired documents in one flat array, for whole-batch work.

    One concatenation and one stop-value search serve the candidate estimates and the views of
    every pair the batch verifies: a batch of news verifies about one pair per new document,
    where a few numpy calls per document would cost more than the comparisons themselves.
    """

    __slots__ = ("blobs", "flat", "heads", "owner", "positions", "rank", "sizes", "starts", "stop")

    def __init__(self, store: _BlobStore, positions: list[int], stop: np.ndarray) -> None:
        size = _HEADER.size
        self.blobs = {at: store[at] for at in positions}  # each read once
        self.positions = positions
        self.heads = [_HEADER.unpack_from(self.blobs[at]) for at in positions]
        self.sizes = np.fromiter((h[2] for h in self.heads), dtype=np.int64, count=len(positions))
        self.flat = np.frombuffer(
            b"".join([self.blobs[at][size : size + 4 * h[2]] for at, h in zip(positions, self.heads)]),
            dtype="<u4",
        )
        ends = np.cumsum(self.sizes)
        self.starts = ends - self.sizes
        self.owner = np.repeat(np.arange(len(positions)), self.sizes)
        self.rank = np.arange(self.flat.size) - self.starts[self.owner]  # index within its sketch
        self.stop = _in_stop(self.flat, stop)

    def views(self, pairs: list[tuple[int, int]]) -> dict[int, _View]:
        """A view of every document in ``pairs`` (sketch without stop values, as ``_view``)."""
        wanted = {at for pair in pairs for at in pair}
        kept_ends = np.cumsum(np.bincount(self.owner[~self.stop], minlength=len(self.positions))).tolist()
        kept = self.flat[~self.stop]
        last = np.where(self.sizes == SKETCH_SIZE, self.flat[np.maximum(self.starts + self.sizes - 1, 0)], _FULL)
        thresholds = last.tolist()
        size, blobs = _HEADER.size, self.blobs
        views = {}
        for k, at in enumerate(self.positions):
            if at not in wanted:
                continue
            _, n_shingles, ns, nf, nd = self.heads[k]
            blob = blobs[at]
            figures_at = size + 4 * ns
            views[at] = _View(
                n_shingles,
                kept[(kept_ends[k - 1] if k else 0) : kept_ends[k]],
                thresholds[k],
                blob[figures_at : figures_at + 8 * nf],
                blob[figures_at + 8 * nf : figures_at + 8 * nf + 4 * nd],
            )
        return views


class _BlobStore:
    """Each indexed document's fingerprint bytes, in an anonymous temporary file.

    A batch reads only the fingerprints of its candidates (a few thousand), so the rest need not
    be resident: at 240,000 documents they are about 290 MB that would otherwise sit in the
    loading process beside DuckDB. Reads and writes are positioned (``os.pread``/``os.pwrite``),
    so the operating system's file cache — not the process — holds what is read often. The file
    is deleted when the index is (or when the process ends).
    """

    def __init__(self) -> None:
        # lives as long as the index: closed (and deleted) when the index is collected
        self._file = tempfile.TemporaryFile(prefix="policydata-fingerprints-")  # noqa: SIM115
        self._fd = self._file.fileno()
        self._offsets = array("q", [0])

    def __len__(self) -> int:
        return len(self._offsets) - 1

    def append(self, blob: bytes) -> None:
        end = self._offsets[-1]
        if os.pwrite(self._fd, blob, end) != len(blob):
            raise OSError("short write to the fingerprint store")
        self._offsets.append(end + len(blob))

    def __getitem__(self, at: int) -> bytes:
        start = self._offsets[at]
        return os.pread(self._fd, self._offsets[at + 1] - start, start)

    def truncate(self, n: int) -> None:
        """Forget every blob from position ``n`` on (their bytes are overwritten later)."""
        del self._offsets[n + 1 :]


class ClusterIndex:
    """Fingerprints and cluster assignments of everything loaded so far; grows with every batch.

    Holds only compact data: each document's stored fingerprint bytes (about 1 KiB, in a
    temporary file: ``_BlobStore``), its event date, a union-find parent, and — unless it is an
    exact copy of an earlier document (the same bytes and event date), which links to that one
    directly — its ``CANDIDATE_VALUES`` smallest sketch values in the candidate index
    (``_Postings``, 8 bytes each).  ``add_batch`` costs in proportion to the
    batch — a binary search per new value, at most ``WINDOW`` candidates per new value, the
    verification of the candidates that share enough values — not to the index.

    Candidates: every document pairs, on each candidate value it holds, with the ``WINDOW``
    documents before it (in load order) that hold the same value.  Up to ``WINDOW`` holders
    that is every pair; past it a widely syndicated report still links each copy to its
    ``WINDOW`` predecessors, which keeps the pairs linear in the values.  The rule depends on
    load order only, so loading in batches of any size gives the pairs one batch gives.  Values
    held by more than ``_stop_limit(n)`` documents are boilerplate (stop values): they make no
    pairs and count neither as shared text nor as text; the counts of values past
    ``STOP_MIN_DOCS`` holders are kept as the load goes, so the cut-off is never recomputed.
    """

    def __init__(self) -> None:
        self._position: dict[str, int] = {}
        self._ids: list[str] = []
        self._blobs = _BlobStore()  # fingerprint_bytes of each document
        self._dates: list[str | None] = []
        # each document's site and page (``site_of``) as two numbers, so that 240,000 addresses
        # cost 3.7 MB: the host's number (-1: no address) and the page's hash
        self._hosts: dict[str, int] = {}
        self._site_host = array("l")
        self._site_page = array("q")
        self._n_shingles = array("l")
        self._parent = array("l")
        self._postings = _Postings()
        self._common: dict[int, int] = {}  # value → holders, for values held by > STOP_MIN_DOCS
        # Per cluster root, only for clusters of more than one document (a singleton's are its own):
        self._members: dict[int, list[int]] = {}
        self._label: dict[int, str] = {}  # the cluster id reported so far
        self._min_id: dict[int, str] = {}  # the smallest member id (the cluster id after a change)
        self._canon: dict[int, int] = {}
        self._cdates: dict[int, set[str]] = {}
        # hash((fingerprint bytes, event date)) → the first document holding them: a later exact
        # copy joins that document's cluster without a candidate search (``add_batch``).
        self._first_copy: dict[int, int] = {}
        self.comparisons = 0  # candidate pairs verified so far (an operation count for tests)
        self.exact_copies = 0  # documents joined to an earlier exact copy without a search
        self.postings_read = 0  # candidate-index entries read so far

    @classmethod
    def from_existing(
        cls, rows: Iterable[tuple[str, Fingerprint | bytes, str | None, str | None]]
    ) -> ClusterIndex:
        """Rows ``(doc_id, fingerprint_or_its_bytes, cluster_id, event_date[, url])`` as stored."""
        index = cls()
        groups: dict[str, list[int]] = {}
        posted: list[int] = []
        for doc_id, fp, cluster_id, event_date, *url in rows:
            at, first = index._append(doc_id, fp, event_date, url[0] if url else None)
            groups.setdefault(cluster_id or doc_id, []).append(at)
            if first < 0:
                posted.append(at)
        if posted:
            keys = index._sample_keys(posted)
            keys.sort()
            index._add_postings(keys)
        for label, group in groups.items():
            if len(group) > 1 or index._ids[group[0]] != label:
                index._join_stored(label, group)
        return index

    def __len__(self) -> int:
        return len(self._ids)

    # --- storage ---

    def _append(self, doc_id: str, fp: Fingerprint | bytes | str, event_date: str | None,
                url: str | None = None) -> tuple[int, int]:
        """Store one document; returns its position and that of the first earlier document with
        the same fingerprint bytes and event date (an exact copy), or -1."""
        if doc_id in self._position:
            raise ValueError(f"document {doc_id!r} is already in the index")
        if isinstance(fp, str):
            fp = fingerprint(fp)
        blob = fp.to_bytes() if isinstance(fp, Fingerprint) else bytes(fp)
        version, n_shingles, n_sketch, n_figures, n_dates = _HEADER.unpack_from(blob)
        if version != _VERSION or len(blob) != _HEADER.size + 4 * n_sketch + 8 * n_figures + 4 * n_dates:
            raise ValueError(f"fingerprint bytes of {doc_id!r} have another version or length")
        at = len(self._ids)
        self._position[doc_id] = at
        self._ids.append(doc_id)
        self._blobs.append(blob)
        first = self._first_copy.setdefault(hash((blob, event_date)), at)
        if first != at and (self._dates[first] != event_date or self._blobs[first] != blob):
            first = at  # a hash collision, not a copy: this document takes the normal path
        self._dates.append(event_date)
        site = site_of(url)
        self._site_host.append(-1 if site is None else self._hosts.setdefault(site[0], len(self._hosts)))
        self._site_page.append(0 if site is None else hash(site[1]))
        self._n_shingles.append(n_shingles)
        self._parent.append(at)
        return at, (first if first != at else -1)

    def _other_page_of_one_site(self, i: int, j: int) -> bool:
        """Whether documents ``i`` and ``j`` are different pages of one site: one outlet does not
        carry a report twice, so their likeness is a template, not a repost."""
        host = self._site_host[i]
        return host >= 0 and host == self._site_host[j] and self._site_page[i] != self._site_page[j]

    def _truncate(self, n: int) -> None:
        for doc_id in self._ids[n:]:
            del self._position[doc_id]
        self._first_copy = {k: at for k, at in self._first_copy.items() if at < n}
        for column in (self._ids, self._dates, self._site_host, self._site_page, self._n_shingles, self._parent):
            del column[n:]
        self._blobs.truncate(n)

    def _sample_keys(self, positions: Sequence[int]) -> np.ndarray:
        """Posting keys (unsorted) of the documents at ``positions``, filled chunk by chunk so the
        peak holds the result and one chunk (a whole warehouse is millions of keys).

        A document's candidate sample is its ``CANDIDATE_VALUES`` smallest sketch values: the
        first ones of the stored sketch, cut from each blob and joined into one buffer."""
        store, size = self._blobs, _HEADER.size
        sizes = np.fromiter(
            (min(_HEADER.unpack_from(store[at])[2], CANDIDATE_VALUES) for at in positions),
            dtype=np.int64,
            count=len(positions),
        )
        keys = np.empty(int(sizes.sum()), dtype=np.uint64)
        filled = 0
        for start in range(0, len(positions), _KEY_CHUNK):
            chunk = positions[start : start + _KEY_CHUNK]
            counts = sizes[start : start + len(chunk)].tolist()
            joined = b"".join([store[at][size : size + 4 * c] for at, c in zip(chunk, counts)])
            part = np.frombuffer(joined, dtype="<u4").astype(np.uint64)
            part <<= _S32_64
            part |= np.repeat(np.asarray(chunk, dtype=np.uint64), sizes[start : start + len(chunk)])
            keys[filled : filled + part.size] = part
            filled += part.size
        return keys

    def _add_postings(self, keys: np.ndarray, common: dict[int, int] | None = None) -> None:
        """Add sorted keys; ``common`` holds the new counts of values past ``STOP_MIN_DOCS``
        holders (computed here when the index was empty before)."""
        if common is None:
            values = (keys >> _S32_64).astype(np.uint32)
            starts = np.flatnonzero(np.r_[True, values[1:] != values[:-1]]) if values.size else values
            counts = np.diff(np.r_[starts, values.size])
            many = counts > STOP_MIN_DOCS
            common = dict(zip(values[starts[many]].tolist(), counts[many].tolist()))
        self._postings.add(keys)
        self._common = common

    # --- clusters ---

    def _find(self, i: int) -> int:
        parent = self._parent
        root = i
        while parent[root] != root:
            root = parent[root]
        while parent[i] != root:
            parent[i], i = root, parent[i]
        return root

    def _component(self, root: int) -> tuple[list[int], set[str]]:
        members = self._members.get(root)
        if members is not None:
            return members, self._cdates[root]
        date = self._dates[root]
        return [root], ({date} if date else set())

    def _better(self, i: int, j: int) -> int:
        """The more complete of two documents: more distinct key shingles, then the smaller id."""
        key_i = (-self._n_shingles[i], self._ids[i])
        key_j = (-self._n_shingles[j], self._ids[j])
        return i if key_i <= key_j else j

    def _merge(self, ri: int, rj: int) -> int:
        """Join two roots (the smaller component under the larger); returns the new root."""
        members_i, dates_i = self._component(ri)
        members_j, dates_j = self._component(rj)
        if len(members_i) < len(members_j):
            ri, rj, members_i, members_j, dates_i, dates_j = rj, ri, members_j, members_i, dates_j, dates_i
        canon = self._better(self._canon.get(ri, ri), self._canon.get(rj, rj))
        self._parent[rj] = ri
        members_i.extend(members_j)  # the stored list, or a fresh one for a singleton
        self._members[ri] = members_i
        dates_i |= dates_j  # the stored set, or a fresh one for a singleton
        self._cdates[ri] = dates_i
        self._canon[ri] = canon
        self._min_id[ri] = min(self._min_id.get(ri, self._ids[ri]), self._min_id.get(rj, self._ids[rj]))
        for table in (self._members, self._label, self._canon, self._cdates, self._min_id):
            table.pop(rj, None)
        return ri

    def _join_stored(self, label: str, group: list[int]) -> None:
        """Existing clusters start joined, as they were when formed, under their stored label."""
        root = group[0]
        for i in group[1:]:
            root = self._merge(self._find(root), self._find(i))
        root = self._find(root)
        if root not in self._members:  # a singleton stored under another document's id
            self._members[root] = [root]
            self._cdates[root] = {self._dates[root]} if self._dates[root] else set()
            self._canon[root] = root
        self._label[root] = label

    def _union(self, i: int, j: int, before: dict[int, tuple[str, str, list[int], int]]) -> None:
        ri, rj = self._find(i), self._find(j)
        if ri == rj:
            return
        _, dates_i = self._component(ri)
        _, dates_j = self._component(rj)
        if any(_event_dates_conflict(x, y) for x in dates_i for y in dates_j):
            return
        for root in (ri, rj):
            if root not in before:
                members = self._component(root)[0]  # lists only grow: a length marks the old members
                before[root] = (*self._assignment(root), members, len(members))
        self._merge(ri, rj)

    def _assignment(self, root: int) -> tuple[str, str]:
        return self._label.get(root, self._ids[root]), self._ids[self._canon.get(root, root)]

    # --- batches ---

    def add_batch(self, new_docs: Sequence[tuple]) -> dict[str, tuple[str, str]]:
        """Cluster ``(doc_id, fingerprint_or_text, event_date[, n_chars[, url]])`` items against the index.

        Returns ``doc_id → (cluster_id, canonical_doc_id)`` for every new document plus every
        indexed document whose assignment changed (its cluster id when a member with a smaller id
        joined or two clusters were bridged; the canonical member when a fuller copy arrived).
        ``n_chars`` is accepted and not needed: the fingerprint's count of distinct shingles is
        the length measure that picks the canonical member.
        """
        ids = [d[0] for d in new_docs]
        if len(set(ids)) != len(ids) or any(i in self._position for i in ids):
            raise ValueError("doc ids must be unique across new and existing documents")
        n_old = len(self._ids)
        copy_of: dict[int, int] = {}  # new position → the first earlier exact copy
        try:
            for d in new_docs:
                at, first = self._append(d[0], d[1], d[2], d[4] if len(d) > 4 else None)
                if first >= 0:
                    copy_of[at] = first
        except Exception:
            self._truncate(n_old)  # a bad fingerprint leaves the index as it was
            raise
        n = len(self._ids)
        keys = self._sample_keys([at for at in range(n_old, n) if at not in copy_of])
        keys.sort()
        pairs, common, sketches, copies = self._candidates(keys, n_old, n, copy_of)
        self._add_postings(keys, common)
        views = sketches.views(pairs) if sketches else {}
        blobs, n_shingles = (sketches.blobs if sketches else {}), self._n_shingles
        # An exact copy (the same fingerprint bytes and event date) of an earlier document links to
        # it without a candidate search, and is not posted in the candidate index: every document
        # judges it as it judges the earlier copy, which stands for both. So a report re-posted
        # many times costs one entry per value, and its copies do not crowd other documents out
        # of a value's WINDOW; the holder counts that find stop values count distinct texts.
        edges = [(-1.0, *sorted((self._ids[i], self._ids[j])), i, j) for j, i in copies]
        self.exact_copies += len(copies)
        dates = self._dates
        tries: dict[tuple[int, int], int] = {}  # (new document, earlier cluster root) → verifications
        for i, j in pairs:
            if _event_dates_conflict(dates[i], dates[j]):
                continue
            # A new copy needs one accepted link into an earlier cluster, not one per member:
            # candidates come best first (most shared values); once one member is accepted, or
            # CLUSTER_TRIES were refused, the rest of that cluster is skipped.
            root = self._find(i) if i < n_old else -1
            if root >= 0:
                tried = tries.get((j, root), 0)
                if tried >= CLUSTER_TRIES:
                    continue
                tries[j, root] = tried + 1
            self.comparisons += 1
            if blobs[i] == blobs[j]:  # both read once by _Sketches
                # An exact copy: what _judge finds without its work — containment 1 (the same
                # sketch below the same threshold), every figure and day agreeing, dates checked.
                ok = n_shingles[i] >= MIN_SHINGLES and views[i].sketch.size >= MIN_SHARED
                strength = 1.0 if ok else None
            else:
                strength = _judge(views[i], views[j], dates[i], dates[j])
                if strength is not None and strength < NEAR_IDENTICAL and self._other_page_of_one_site(i, j):
                    strength = None  # two pages of one site: two stories, unless nearly identical
            if strength is not None:
                a, b = sorted((self._ids[i], self._ids[j]))
                edges.append((-strength, a, b, i, j))
                if root >= 0:
                    tries[j, root] = CLUSTER_TRIES
        edges.sort()
        before: dict[int, tuple[str, str, list[int], int]] = {}
        for _, _, _, i, j in edges:
            self._union(i, j, before)
        return self._report(range(n_old, n), before)

    def _report(
        self, new: Iterable[int], before: dict[int, tuple[str, str, list[int], int]]
    ) -> dict[str, tuple[str, str]]:
        result: dict[str, tuple[str, str]] = {}
        settled: dict[int, tuple[str, str]] = {}

        def settle(root: int) -> tuple[str, str]:
            if root not in settled:
                if root in self._min_id:
                    self._label[root] = self._min_id[root]
                settled[root] = self._assignment(root)
            return settled[root]

        for i in new:
            result[self._ids[i]] = settle(self._find(i))
        for old_root, (label, canon, members, n_members) in before.items():
            now = settle(self._find(old_root))
            if now != (label, canon):
                for i in members[:n_members]:
                    result.setdefault(self._ids[i], now)
        return result

    def _candidates(
        self, keys: np.ndarray, n_old: int, n: int, copy_of: dict[int, int] | None = None
    ) -> tuple[list[tuple[int, int]], dict[int, int], _Sketches | None, list[tuple[int, int]]]:
        """Pairs (earlier, new) worth verifying, the counts of common values once the batch's
        sorted ``keys`` are in, the paired documents' sketches (stop values marked), and the
        (new, earlier) exact copies of ``copy_of`` that link without a search: those whose
        earlier copy would pass as one (``MIN_SHINGLES``, ``MIN_SHARED`` values not stop values)."""
        empty: list[tuple[int, int]] = []
        if not keys.size:
            stop = _stop_values(self._common, n)
            return empty, self._common, None, self._linked_copies(copy_of, stop)
        values = (keys >> _S32_64).astype(np.uint32)
        starts = np.flatnonzero(np.r_[True, values[1:] != values[:-1]])
        unique = values[starts]
        old_counts, tails = self._postings.lookup(unique, WINDOW)
        self.postings_read += int(tails.size)
        batch_counts = np.diff(np.r_[starts, values.size])
        counts = old_counts + batch_counts
        # Stop values after this batch: those counted before, and this batch's common ones.
        common = dict(self._common)
        for value, count in zip(
            unique[counts > STOP_MIN_DOCS].tolist(), counts[counts > STOP_MIN_DOCS].tolist()
        ):
            common[value] = count
        stop = _stop_values(common, n)
        copies = self._linked_copies(copy_of, stop)
        merged = np.concatenate([tails, keys])
        merged.sort()
        m_values = merged >> _S32_64
        m_docs = (merged & _LOW).astype(np.int64)
        usable = m_docs >= n_old
        usable &= _without_stop(m_values.astype(np.uint32), stop)
        chunks = []
        new_at = np.flatnonzero(usable)
        for offset in range(1, WINDOW + 1):
            new_at = new_at[new_at >= offset]
            same = m_values[new_at - offset] == m_values[new_at]
            new_at = new_at[same]
            if not new_at.size:
                break
            chunks.append(m_docs[new_at - offset] * n + m_docs[new_at])
        if not chunks:
            return empty, common, None, copies
        pair_keys = np.concatenate(chunks)
        pair_keys.sort()
        first = np.flatnonzero(np.r_[True, pair_keys[1:] != pair_keys[:-1]])
        shared = np.diff(np.r_[first, pair_keys.size])
        keep = shared >= MIN_SHARED_CANDIDATE
        pair_keys, shared = pair_keys[first[keep]], shared[keep]
        if not pair_keys.size:
            return empty, common, None, copies
        a, b = pair_keys // n, pair_keys % n
        involved = np.unique(np.concatenate([a, b]))
        sketches = _Sketches(self._blobs, involved.tolist(), stop)
        # The candidate sample is the first CANDIDATE_VALUES values of the sketch.
        sample_sizes = np.minimum(sketches.sizes, CANDIDATE_VALUES)
        in_sample = sketches.rank < CANDIDATE_VALUES
        # Each sample's limit: its last value when full, else the whole hash range.
        limits = np.where(
            sample_sizes == CANDIDATE_VALUES, sketches.flat[sketches.starts + sample_sizes - 1], _FULL
        ).astype(np.float64)
        sizes = sample_sizes.astype(np.float64)
        sizes -= np.bincount(sketches.owner[in_sample & sketches.stop], minlength=involved.size)
        ia, ib = involved.searchsorted(a), involved.searchsorted(b)
        ta, tb = limits[ia], limits[ib]
        # A sample is uniform below its limit: its share below the other's limit scales linearly.
        smaller = np.minimum(sizes[ia] * np.minimum(1.0, tb / ta), sizes[ib] * np.minimum(1.0, ta / tb))
        estimate = shared / np.maximum(smaller, 1.0)
        keep = estimate >= PREFILTER * SAME_DAY_CONTAINMENT
        # Only pairs whose event dates name the same day may pass at the lower threshold.
        # Each involved document's event day (a code, -1 when not known to the day).
        days: dict[str, int] = {}
        dates = self._dates
        day = np.array(
            [days.setdefault(d[:10], len(days)) if d and len(d) >= 10 else -1 for d in map(dates.__getitem__, involved.tolist())],
            dtype=np.int64,
        )
        same_day = (day[ia] == day[ib]) & (day[ia] >= 0)
        needed = np.where(same_day, SAME_DAY_CONTAINMENT, MIN_CONTAINMENT)
        keep &= estimate >= PREFILTER * needed
        order = np.lexsort((-shared[keep], b[keep]))  # each new document's best candidates first
        return list(zip(a[keep][order].tolist(), b[keep][order].tolist())), common, sketches, copies

    def _linked_copies(self, copy_of: dict[int, int] | None, stop: np.ndarray) -> list[tuple[int, int]]:
        return [(j, i) for j, i in (copy_of or {}).items() if self._passes_as_copy(i, stop)]

    def _passes_as_copy(self, at: int, stop: np.ndarray) -> bool:
        """Whether an exact copy of the document at ``at`` would be accepted as one (as
        ``add_batch`` accepts a verified pair of equal fingerprints)."""
        if self._n_shingles[at] < MIN_SHINGLES:
            return False
        blob = self._blobs[at]
        n_sketch = _HEADER.unpack_from(blob)[2]
        if n_sketch - stop.size >= MIN_SHARED:  # enough values whatever the stop values are
            return True
        sketch = np.frombuffer(blob, dtype="<u4", count=n_sketch, offset=_HEADER.size)
        return int((~_in_stop(sketch, stop)).sum()) >= MIN_SHARED


def cluster_documents(docs: Sequence[tuple[str, str, str | None]]) -> dict[str, tuple[str, str]]:
    """Map every ``doc_id`` to ``(cluster_id, canonical_doc_id)``.

    ``docs`` holds ``(doc_id, normalised_text, event_date_or_None)``; event dates are
    ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``.  Singletons are their own cluster and canonical.
    """
    ids = [d[0] for d in docs]
    if len(set(ids)) != len(ids):
        raise ValueError("doc ids must be unique")
    return ClusterIndex().add_batch([(d[0], fingerprint(d[1]), d[2]) for d in docs])


def assign_clusters(
    new_docs: Sequence[tuple],
    existing: Iterable[tuple[str, Fingerprint | bytes, str | None, str | None]],
) -> dict[str, tuple[str, str]]:
    """Cluster a batch against documents already clustered (e.g. held in the warehouse).

    ``new_docs`` holds ``(doc_id, fingerprint_or_normalised_text, event_date[, n_chars])``
    (``n_chars`` is accepted and not needed: the fingerprint carries the length measure that
    picks the canonical member, so stored rows need no extra column).  ``existing`` holds
    ``(doc_id, fingerprint_or_its_bytes, cluster_id, event_date)``.

    Returns ``doc_id → (cluster_id, canonical_doc_id)`` for every new document, **plus** every
    existing document whose assignment the batch changed (a new member with a smaller id, a longer
    copy that becomes canonical, or two clusters joined by a new copy) — update those rows.
    Given existing clusters formed by these rules, applying the result gives what clustering
    everything at once gives.  For many batches keep one ``ClusterIndex`` instead.
    """
    return ClusterIndex.from_existing(existing).add_batch(new_docs)


def score_clusters(
    result: dict[str, tuple[str, str]], gold_groups: Iterable[Iterable[str]]
) -> dict[str, float | int]:
    """Score a clustering against gold duplicate groups (for ``policydata eval``).

    Pairwise: every two documents of one predicted cluster make a predicted pair, every two of
    one gold group a gold pair (only documents present in ``result`` count).  Cluster level: how
    many gold groups came out exactly, and how many predicted clusters (size > 1) mix documents
    of different gold groups or add documents no gold group names.
    """
    predicted: dict[str, set[str]] = {}
    for doc_id, (cluster_id, _) in result.items():
        predicted.setdefault(cluster_id, set()).add(doc_id)
    gold = [set(g) & result.keys() for g in gold_groups]
    gold = [g for g in gold if len(g) > 1]
    gold_pairs = {p for g in gold for p in itertools.combinations(sorted(g), 2)}
    pred_pairs = {p for g in predicted.values() for p in itertools.combinations(sorted(g), 2)}
    found = len(gold_pairs & pred_pairs)
    gold_sets = {frozenset(g) for g in gold}
    multi = [frozenset(g) for g in predicted.values() if len(g) > 1]
    return {
        "pair_precision": found / len(pred_pairs) if pred_pairs else 1.0,
        "pair_recall": found / len(gold_pairs) if gold_pairs else 1.0,
        "gold_pairs": len(gold_pairs),
        "predicted_pairs": len(pred_pairs),
        "gold_groups": len(gold_sets),
        "gold_groups_exact": sum(1 for g in multi if g in gold_sets),
        "predicted_clusters": len(multi),
        "impure_clusters": sum(1 for g in multi if not any(g <= s for s in gold_sets)),
    }
