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
  values of each document (each value acts as an LSH band of one consistent sample).  Postings
  of up to ``SMALL_POSTING`` documents give all their pairs, longer postings only neighbours in
  document order, and values held by more than ``max(STOP_MIN_DOCS, STOP_SHARE × n)`` documents
  are boilerplate (site chrome, formulae) that neither pairs documents nor counts as shared text.
  So the number of pairs is linear in the number of values, and only fingerprints are held.
* Each candidate pair is verified on the full sketches: estimated containment below the lower of
  the two sketch thresholds, then vetoes — known event dates that differ never merge; a measure
  given different values (快递包裹 6.96亿 vs 5.52亿) vetoes unless at least three other measures
  agree (a copy may carry one typo or stamp; another period differs throughout); without event
  dates, texts that name days of the month but no common one (26日 vs 22日) do not merge unless
  nearly identical.  A pair whose event dates name the same day needs ``SAME_DAY_CONTAINMENT``
  (rewrites of one press event by different outlets share about a quarter of their shingles),
  every other pair needs ``MIN_CONTAINMENT``.
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
``ClusterIndex.from_existing(rows)`` holds the warehouse's fingerprints (not texts) and
``add_batch`` clusters each new batch against everything before it; given existing clusters made
by these rules, the outcome equals one clustering of all documents (tests hold this).
"""

from __future__ import annotations

import itertools
import re
import struct
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np

__all__ = [
    "ClusterIndex",
    "Fingerprint",
    "assign_clusters",
    "cluster_documents",
    "fingerprint",
    "fingerprint_bytes",
    "fingerprint_from_bytes",
    "key_text",
    "score_clusters",
    "similarity",
]

# --- parameters (documented figures; the dev evaluation in tests/test_dedupe.py holds them) ---
SHINGLE = 5  # characters per shingle (fixed: _analyse reads a 4-character word + 1)
SKETCH_SIZE = 256  # bottom-k: at most 1 KiB of shingle hashes per document
MAX_FIGURES = 48  # figures kept per document (the smallest context hashes: a consistent sample)
FIGURE_CONTEXT = 4  # key characters before a figure that name what it measures
AGREEMENTS_PER_CONFLICT = 3  # a figure given differently is forgiven only if 3 others agree
MAX_DATES = 16  # days of the month kept per document
MIN_SHINGLES = 50  # fewer distinct shingles (≈ one 55-character sentence) is too little to call a copy
CANDIDATE_VALUES = 128  # smallest sketch values per document that go into the candidate index
SMALL_POSTING = 8  # postings up to this many documents give all their pairs, longer ones a chain
STOP_MIN_DOCS = 100  # a value held by more documents than this and than STOP_SHARE of the
STOP_SHARE = 0.01  # collection is boilerplate (site chrome, formulae), not evidence
MIN_SHARED_CANDIDATE = 3  # candidate-index values two documents must share to be verified
MIN_SHARED = 4  # sketch values two documents must share before containment is trusted
VIEW_CACHE = 20_000  # unpacked fingerprints kept while verifying (bounds memory)
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
    keep = (codes >= 0x4E00) & (codes <= 0x9FFF)
    keep |= (codes >= 0x3400) & (codes <= 0x4DBF)
    keep |= (codes >= 0x30) & (codes <= 0x39)
    return codes[keep]


def _mix(h: np.ndarray) -> np.ndarray:
    """murmur3's 64-bit finaliser, in place; returns the high 32 bits."""
    h ^= h >> _S33
    h *= _MIX1
    h ^= h >> _S33
    h *= _MIX2
    h ^= h >> _S33
    return (h >> _S32).astype("<u4")


_crc32 = zlib.crc32  # a stable hash (Python's str hash is salted per process)


def _analyse(key: np.ndarray) -> tuple[np.ndarray, list[int], list[int]]:
    """(sorted distinct shingle hashes, figures, days of the month) of a key text.

    ``words[i]`` reads key characters i..i+3 as one unaligned 64-bit word (a strided view, no
    copy), so every 5-character shingle hash is whole-array arithmetic.

    A figure is ``hash(the FIGURE_CONTEXT characters before it) << 32 | hash(its value)``: the
    words before a number say what it measures, so two texts that give one measure different
    values report different periods or events.  Values are digit runs (with a following
    亿/万/千/百) and Chinese-numeral ordinals (第三次).  Decimal points and per-cent
    signs are not key characters (6.96亿 reads 696亿, 9.8% reads 98): every copy loses them
    alike.  A day is ``month * 100 + day`` (month 0 when not written).
    """
    m = int(key.size)
    buf = np.concatenate([key, np.zeros(8, dtype="<u2")]).tobytes()
    padded = np.frombuffer(buf, dtype="<u2")
    words = np.ndarray(shape=(m + 1,), dtype="<u8", buffer=buf, offset=0, strides=(2,))
    n = m - SHINGLE + 1
    if n > 0:
        h = words[:n] * _PRIME
        h ^= padded[4 : 4 + n]
        hashes = _mix(h)
        hashes.sort()  # sort + mask: several times faster than np.unique on arrays this small
        keep = np.ones(hashes.size, dtype=bool)
        np.not_equal(hashes[1:], hashes[:-1], out=keep[1:])
        hashes = hashes[keep]
    else:
        hashes = np.empty(0, dtype="<u4")

    # Numbers are few (dozens per 5 KB): past finding the digit runs with array masks, a plain
    # loop over them costs less than the numpy calls a vectorised version needs.
    digit = np.zeros(m + 2, dtype=bool)
    digit[1 : m + 1] = (key >= 0x30) & (key <= 0x39)
    starts = np.flatnonzero(digit[1:] & ~digit[:-1]).tolist()
    ends = np.flatnonzero(digit[:-1] & ~digit[1:]).tolist()
    text = buf[: 2 * m].decode("utf-16-le")
    figures: list[int] = []
    days: list[int] = []
    previous_end, previous_run = -2, ""
    for start, end in zip(starts, ends):
        run, mark = text[start:end], text[end : end + 1]
        if mark in DAY_MARKS and end - start <= 2 and 1 <= int(run) <= 31:
            month = 0
            if previous_end == start - 1 and text[start - 1] == "月" and len(previous_run) <= 2:
                month = int(previous_run) if int(previous_run) <= 12 else 0
            days.append(month * 100 + int(run))
        if start >= FIGURE_CONTEXT:
            value = run + mark if mark in MAGNITUDES else run
            figures.append(
                _crc32(text[start - FIGURE_CONTEXT : start].encode()) << 32 | _crc32(value.encode())
            )
        previous_end, previous_run = end, run
    if "第" in text:
        for ordinal in ORDINAL.finditer(text):
            start, end = ordinal.span(1)
            value = _crc32(ordinal.group(1).encode())
            if start >= FIGURE_CONTEXT:
                figures.append(_crc32(text[start - FIGURE_CONTEXT : start].encode()) << 32 | value)
            # What an ordinal counts is also written after it (第三次会议, 第七次会议): the words
            # before differ between 主席团举行第三次会议 and 主席团常务主席第二次会议.
            following = text[end : end + FIGURE_CONTEXT - 1]
            if len(following) == FIGURE_CONTEXT - 1:
                figures.append(_crc32(("→" + following).encode()) << 32 | value)
    return hashes, figures, days


def _sorted_array(values: Iterable[int], cap: int, dtype: str) -> bytes:
    return np.array(sorted(set(values))[:cap], dtype=dtype).tobytes()


def fingerprint(text: str) -> Fingerprint:
    """Fingerprint one normalised (Simplified) text. Never raises on any string."""
    hashes, figures, days = _analyse(_key_codes(text))
    return Fingerprint(
        n_shingles=int(hashes.size),
        sketch=hashes[:SKETCH_SIZE].tobytes(),
        figures=_sorted_array(figures, MAX_FIGURES, "<u8"),
        dates=_sorted_array(days, MAX_DATES, "<u4"),
    )


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

    The sketch is a zero-copy view unless stop values had to be removed; figures and days are
    unpacked only for the few pairs whose containment passes.
    """

    __slots__ = ("_days", "_figures", "fp", "sketch", "threshold")

    def __init__(self, fp: Fingerprint, stop: np.ndarray | None = None) -> None:
        sketch = fp.sketch_array()
        if stop is not None and stop.size and sketch.size:
            at = np.searchsorted(stop, sketch)
            at[at == stop.size] = 0
            common = stop[at] == sketch
            if common.any():
                sketch = sketch[~common]
        self.fp = fp
        self.sketch = sketch
        self.threshold = fp.threshold
        self._figures: tuple[dict[int, set[int]], int] | None = None
        self._days: set[int] | None = None

    @property
    def figures(self) -> tuple[dict[int, set[int]], int]:
        """(context hash → value hashes, the context hash the capped list is complete up to)."""
        if self._figures is None:
            table: dict[int, set[int]] = {}
            raw = self.fp.figures
            for key in np.frombuffer(raw, "<u8").tolist():
                table.setdefault(key >> 32, set()).add(key & _FULL)
            # The list keeps the smallest context hashes: complete up to its last context.
            limit = _FULL if len(raw) // 8 < MAX_FIGURES else int.from_bytes(raw[-8:], "little") >> 32
            self._figures = (table, limit)
        return self._figures

    @property
    def days(self) -> set[int]:
        if self._days is None:
            self._days = {v % 100 for v in np.frombuffer(self.fp.dates, "<u4").tolist()}
        return self._days


def _view(f: Fingerprint, stop: np.ndarray | None = None) -> _View:
    return _View(f, stop)


def _view_containment(a: _View, b: _View) -> tuple[float, int]:
    limit = min(a.threshold, b.threshold)
    sa = a.sketch[: np.searchsorted(a.sketch, limit, side="right")]
    sb = b.sketch[: np.searchsorted(b.sketch, limit, side="right")]
    if not sa.size or not sb.size:
        return 0.0, 0
    shared = int(np.intersect1d(sa, sb, assume_unique=True).size)
    return shared / min(sa.size, sb.size), shared


def _containment(a: Fingerprint, b: Fingerprint, stop: np.ndarray | None = None) -> tuple[float, int]:
    """(estimated containment of the smaller text in the larger, shared sketch values).

    Both sketches are compared below the lower of their thresholds, where each holds every
    shingle hash of its text.  ``stop`` (sorted) holds sketch values too common in the collection
    to be evidence (site chrome such as 央视网消息 left in the text, formulae): they count neither
    as shared nor as text.
    """
    return _view_containment(_view(a, stop), _view(b, stop))


def _view_figures_disagree(a: _View, b: _View) -> bool:
    if not a.fp.figures or not b.fp.figures:
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


def _figures_disagree(a: Fingerprint, b: Fingerprint) -> bool:
    """True when the two texts give one measure different values, unless many other measures
    agree (a copy may carry one typo or a different stamp; another period differs throughout)."""
    return _view_figures_disagree(_view(a), _view(b))


def _dates_disagree(a: Fingerprint, b: Fingerprint) -> bool:
    """Both texts name days of the month and no day is common to them (26日 vs 22日)."""
    va, vb = _view(a), _view(b)
    return bool(va.days and vb.days and not va.days & vb.days)


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
    if a.fp.n_shingles < MIN_SHINGLES or b.fp.n_shingles < MIN_SHINGLES:
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


def _candidate_pairs(fps: Sequence[Fingerprint], is_new: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Pairs (i < j), at least one of them new, worth verifying; and the stop values.

    Only the ``CANDIDATE_VALUES`` smallest values of each sketch are indexed (a consistent
    sample, so a copy's values below the other's cut-off are the same values), which bounds the
    index at 8 bytes × CANDIDATE_VALUES per document.  A posting (documents holding one value) of
    up to ``SMALL_POSTING`` documents yields all its pairs; a longer one yields only neighbours in
    document order — the same neighbours in every posting they share, so copies of a widely
    syndicated report still pile up shared values and link in a chain — which keeps the number
    of pairs linear in the number of values.  Values held by more than ``_stop_limit(n)``
    documents are boilerplate (stop values): they make no pairs and do not count as evidence.
    Every step is a whole-array operation; pairs whose estimated containment (shared values
    over the smaller sample, scaled to the common threshold) is well below the lowest threshold
    are dropped before any per-pair work.
    """
    none = np.empty((0, 2), dtype=np.int64)
    n = len(fps)
    sizes = np.fromiter((min(len(f.sketch) // 4, CANDIDATE_VALUES) for f in fps), dtype=np.int64, count=n)
    if sizes.sum() == 0:
        return none, np.empty(0, dtype=np.uint32)
    sample = np.frombuffer(b"".join([f.sketch[: 4 * CANDIDATE_VALUES] for f in fps]), dtype="<u4")
    # Each sample's limit: its last value when full, else the whole hash range.
    full = sizes == CANDIDATE_VALUES
    limits = np.full(n, float(_FULL))
    limits[full] = sample[(np.cumsum(sizes) - 1)[full]]
    keys = sample.astype(np.int64) << 32
    del sample
    keys |= np.repeat(np.arange(n, dtype=np.int64), sizes)
    keys.sort()
    values = (keys >> 32).astype(np.uint32)
    docs = (keys & 0xFFFFFFFF).astype(np.int64 if n > 2**31 - 1 else np.int32)
    del keys
    starts = np.flatnonzero(np.r_[True, values[1:] != values[:-1]])
    lengths = np.diff(np.r_[starts, values.size])
    common = lengths > _stop_limit(n)
    stop = values[starts[common]]
    clean_sizes = np.bincount(docs[~np.repeat(common, lengths)], minlength=n).astype(np.float64)
    # Pair keys i * n + j (i < j), made group by group and kept only when one side is new, so
    # the peak holds one array of pair keys and no pair lists.
    chunks = []
    for length in np.unique(lengths[(lengths >= 2) & (lengths <= SMALL_POSTING)]).tolist():
        run_starts = starts[lengths == length]
        left, right = np.triu_indices(length, k=1)
        chunks.append(
            _pair_keys(
                docs[run_starts[:, None] + left].ravel(), docs[run_starts[:, None] + right].ravel(), n, is_new
            )
        )
    # Neighbours within a long posting: consecutive entries of the same run.
    chained = np.repeat((lengths > SMALL_POSTING) & ~common, lengths)
    del starts, lengths, common
    neighbour = chained[:-1] & (values[:-1] == values[1:])
    del chained, values
    chunks.append(_pair_keys(docs[:-1][neighbour], docs[1:][neighbour], n, is_new))
    del neighbour, docs
    pair_keys = np.concatenate(chunks)
    del chunks
    if not pair_keys.size:
        return none, stop
    pair_keys.sort()
    first = np.flatnonzero(np.r_[True, pair_keys[1:] != pair_keys[:-1]])
    shared = np.diff(np.r_[first, pair_keys.size])
    keep = shared >= MIN_SHARED_CANDIDATE
    pair_keys, shared = pair_keys[first[keep]], shared[keep]
    a, b = pair_keys // n, pair_keys % n
    ta, tb = limits[a], limits[b]
    # A sample is uniform below its limit: its share below the other's limit scales linearly.
    smaller = np.minimum(clean_sizes[a] * np.minimum(1.0, tb / ta), clean_sizes[b] * np.minimum(1.0, ta / tb))
    estimate = shared / np.maximum(smaller, 1.0)
    keep = estimate >= PREFILTER * SAME_DAY_CONTAINMENT
    return np.stack([a[keep], b[keep]], axis=1), stop  # stop values come out sorted


def _pair_keys(a: np.ndarray, b: np.ndarray, n: int, is_new: np.ndarray) -> np.ndarray:
    keep = is_new[a] | is_new[b]
    return a[keep].astype(np.int64) * n + b[keep]


def _stop_limit(n: int) -> int:
    """Documents a sketch value may be held by before it counts as boilerplate."""
    return max(STOP_MIN_DOCS, int(STOP_SHARE * n))


class _Components:
    """Union-find whose components remember their known event dates."""

    def __init__(self, n: int, dates: Sequence[str | None]) -> None:
        self.parent = list(range(n))
        self.dates: list[set[str]] = [{d} if d else set() for d in dates]

    def find(self, i: int) -> int:
        root = i
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[i] != root:
            self.parent[i], i = root, self.parent[i]
        return root

    def union(self, i: int, j: int) -> bool:
        ri, rj = self.find(i), self.find(j)
        if ri == rj:
            return True
        if any(_event_dates_conflict(x, y) for x in self.dates[ri] for y in self.dates[rj]):
            return False
        self.parent[rj] = ri
        self.dates[ri] |= self.dates[rj]
        self.dates[rj] = set()
        return True


def _cluster(
    ids: Sequence[str],
    fps: Sequence[Fingerprint],
    dates: Sequence[str | None],
    n_new: int,
    existing_clusters: Sequence[str | None],
) -> dict[str, tuple[str, str]]:
    """Cluster ``n_new`` new documents (first) against the rest (already clustered)."""
    n = len(ids)
    is_new = np.zeros(n, dtype=bool)
    is_new[:n_new] = True
    comps = _Components(n, dates)
    old_groups: dict[str, list[int]] = {}
    for i in range(n_new, n):
        old_groups.setdefault(existing_clusters[i] or ids[i], []).append(i)
    before: dict[int, tuple[str, str]] = {}  # each existing document's assignment before the batch
    for label, group in old_groups.items():
        assignment = (label, ids[_canonical(group, fps, ids)])
        for i in group:
            before[i] = assignment
            # Existing clusters start joined, as they were when formed.
            comps.parent[i] = group[0]
        comps.dates[group[0]] = {d for i in group if (d := dates[i])}
        for i in group[1:]:
            comps.dates[i] = set()
    edges = []
    pairs, stop = _candidate_pairs(fps, is_new)
    views: dict[int, _View] = {}
    for i, j in pairs.tolist():
        if _event_dates_conflict(dates[i], dates[j]):
            continue
        if len(views) > VIEW_CACHE:  # pairs come sorted by i: old views are rarely needed again
            views.clear()
        vi = views.get(i) or views.setdefault(i, _view(fps[i], stop))
        vj = views.get(j) or views.setdefault(j, _view(fps[j], stop))
        strength = _judge(vi, vj, dates[i], dates[j])
        if strength is not None:
            edges.append((-strength, min(ids[i], ids[j]), max(ids[i], ids[j]), i, j))
    edges.sort()
    for _, _, _, i, j in edges:
        comps.union(i, j)
    members: dict[int, list[int]] = {}
    for i in range(n):
        members.setdefault(comps.find(i), []).append(i)
    result: dict[str, tuple[str, str]] = {}
    for group in members.values():
        if not any(is_new[i] for i in group):
            continue
        assignment = (min(ids[i] for i in group), ids[_canonical(group, fps, ids)])
        for i in group:
            if is_new[i] or before.get(i) != assignment:
                result[ids[i]] = assignment
    return result


def _canonical(group: Iterable[int], fps: Sequence[Fingerprint], ids: Sequence[str]) -> int:
    """The most complete member: most distinct key shingles, then the smallest id."""
    return min(group, key=lambda i: (-fps[i].n_shingles, ids[i]))


def cluster_documents(docs: Sequence[tuple[str, str, str | None]]) -> dict[str, tuple[str, str]]:
    """Map every ``doc_id`` to ``(cluster_id, canonical_doc_id)``.

    ``docs`` holds ``(doc_id, normalised_text, event_date_or_None)``; event dates are
    ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``.  Singletons are their own cluster and canonical.
    """
    ids = [d[0] for d in docs]
    if len(set(ids)) != len(ids):
        raise ValueError("doc ids must be unique")
    fps = [fingerprint(d[1]) for d in docs]
    return _cluster(ids, fps, [d[2] for d in docs], len(ids), [None] * len(ids))


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
    everything at once gives.
    """
    ids = [d[0] for d in new_docs]
    fps = [d[1] if isinstance(d[1], Fingerprint) else fingerprint(d[1]) for d in new_docs]
    dates: list[str | None] = [d[2] for d in new_docs]
    labels: list[str | None] = [None] * len(ids)
    for doc_id, fp, cluster_id, event_date in existing:
        ids.append(doc_id)
        fps.append(fp if isinstance(fp, Fingerprint) else Fingerprint.from_bytes(fp))
        dates.append(event_date)
        labels.append(cluster_id)
    if len(set(ids)) != len(ids):
        raise ValueError("doc ids must be unique across new and existing documents")
    return _cluster(ids, fps, dates, len(new_docs), labels)


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


class ClusterIndex:
    """Fingerprints and cluster assignments of everything loaded so far; grows with every batch.

    Holds fingerprints only (about 1 KiB per document), never texts.  ``add_batch`` clusters a
    batch against all of it (see ``assign_clusters``) and records the outcome, so successive
    batches give what one clustering of everything gives.
    """

    def __init__(self) -> None:
        self._position: dict[str, int] = {}
        self._ids: list[str] = []
        self._fingerprints: list[Fingerprint] = []
        self._clusters: list[str] = []
        self._dates: list[str | None] = []

    @classmethod
    def from_existing(
        cls, rows: Iterable[tuple[str, Fingerprint | bytes, str | None, str | None]]
    ) -> ClusterIndex:
        """Rows ``(doc_id, fingerprint_or_its_bytes, cluster_id, event_date)`` as stored."""
        index = cls()
        for doc_id, fp, cluster_id, event_date in rows:
            index._append(doc_id, fp, cluster_id or doc_id, event_date)
        return index

    def __len__(self) -> int:
        return len(self._ids)

    def _append(self, doc_id: str, fp: Fingerprint | bytes, cluster_id: str, event_date: str | None) -> None:
        if doc_id in self._position:
            raise ValueError(f"document {doc_id!r} is already in the index")
        self._position[doc_id] = len(self._ids)
        self._ids.append(doc_id)
        self._fingerprints.append(fp if isinstance(fp, Fingerprint) else Fingerprint.from_bytes(fp))
        self._clusters.append(cluster_id)
        self._dates.append(event_date)

    def add_batch(self, new_docs: Sequence[tuple]) -> dict[str, tuple[str, str]]:
        """Cluster ``(doc_id, fingerprint_or_text, event_date[, n_chars])`` items against the index.

        Returns ``doc_id → (cluster_id, canonical_doc_id)`` for every new document plus every
        indexed document whose assignment changed (its cluster id when a member with a smaller id
        joined or two clusters were bridged; the canonical member when a fuller copy arrived).
        """
        fps = [d[1] if isinstance(d[1], Fingerprint) else fingerprint(d[1]) for d in new_docs]
        docs = [(d[0], f, d[2]) for d, f in zip(new_docs, fps, strict=True)]
        existing = zip(self._ids, self._fingerprints, self._clusters, self._dates, strict=True)
        result = assign_clusters(docs, existing)
        for doc_id, fp, event_date in docs:
            self._append(doc_id, fp, result[doc_id][0], event_date)
        for doc_id, (cluster_id, _) in result.items():
            self._clusters[self._position[doc_id]] = cluster_id
        return result
