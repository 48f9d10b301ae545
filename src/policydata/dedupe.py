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
  are order-free within five characters, so reordered paragraphs cost nothing.  The fingerprint
  also keeps the **figures** (numbers with a magnitude or unit: ``6.96亿``, ``13.5%``, ``109家``)
  and the **month-day dates** the text writes, as evidence against merging template-alike reports.
* Candidate pairs come from an inverted index over the sketch values (sketch values are the
  "bands": two documents sharing any are candidates).  A value held by more than ``MAX_POSTING``
  documents is boilerplate or formula, not evidence, and is skipped, so the work stays
  sub-quadratic; only fingerprints are held, never texts.
* Each candidate pair is verified: estimated containment over the shared part of the two
  sketches, then vetoes — different known event dates never merge; figures that disagree (the
  shorter copy's figures mostly absent from the longer one) never merge; month-day dates that do
  not meet veto a pair unless the texts are nearly identical.  A pair whose two known event dates
  name the same day needs less textual overlap (rewrites of one press event by different outlets
  share a quarter of their shingles), every other pair needs ``MIN_CONTAINMENT``.
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
``assign_clusters`` returns the new id for the existing members too.
"""

from __future__ import annotations

import re
import struct
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np

__all__ = [
    "Fingerprint",
    "fingerprint",
    "fingerprint_bytes",
    "fingerprint_from_bytes",
    "cluster_documents",
    "assign_clusters",
    "similarity",
    "key_text",
]

# --- parameters (documented figures; the dev evaluation in tests/test_dedupe.py holds them) ---
SHINGLE = 5  # characters per shingle (fixed: _shingle_hashes reads 4 + 1 characters); formula words share few
SKETCH_SIZE = 256  # bottom-k: at most 1 KiB of hashes per document
MAX_FIGURES = 48  # figures kept per document (the smallest context hashes: a consistent sample)
FIGURE_CONTEXT = 4  # Han characters before a figure that name what it measures
MAX_DATES = 16  # month-day dates kept per document
MIN_SHINGLES = 50  # fewer distinct shingles (≈ one 55-character sentence) is too little to call a copy
MAX_POSTING = 200  # a sketch value in more documents than this is boilerplate, not evidence
MIN_SHARED = 4  # sketch values two documents must share before containment is trusted
MIN_CONTAINMENT = 0.30  # containment for a pair without same-day event dates
SAME_DAY_CONTAINMENT = 0.18  # containment when both event dates are known and name the same day
NEAR_IDENTICAL = 0.80  # above this, differing month-day mentions are chrome, not a different event

# --- patterns, compiled once ---
# Everything that is not a Han character or an ASCII digit: chrome punctuation, Latin, spaces.
NON_KEY = re.compile(r"[^\u3400-\u4dbf\u4e00-\u9fff0-9]+")
# Everything but Han characters: what is left before a figure names the measure.
NON_HAN = re.compile(r"[^\u3400-\u4dbf\u4e00-\u9fff]+")
# A figure: a number with a magnitude (亿/万/%/‰) or a counting unit, or any decimal number.
# Bare integers are left out: they are times, page numbers and ordinals as often as figures.
FIGURE = re.compile(
    r"(\d+(?:\.\d+)?)\s*"
    r"(%|‰|[万亿]|(?:多|余)?(?:件|个|家|元|吨|人次|名|人|辆|公里|千米|米|架|艘|项|条|所|座|处|台|张|份|票|批|起|位|户|亩|倍|次))"
    r"|(\d+\.\d+)"
)
# A written month-day date (3月5日, 11月11日); the year is left to the event date the caller passes.
# Ranges are checked in code: a pattern that starts with a plain digit class scans fastest.
MONTH_DAY = re.compile(r"(\d{1,2})月(\d{1,2})[日号]")

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
    """What clustering needs of one document (≈ 1 KiB at most; no text).

    ``sketch`` is the sorted bottom-k sample of 32-bit shingle hashes, ``figures`` the sorted
    hashes of the figures the text reports, ``dates`` the sorted month*100+day values it writes —
    each as little-endian uint32 bytes, so a million fingerprints stay a million small objects.
    Store ``to_bytes()`` in a DuckDB BLOB column and read it back with ``from_bytes``.
    """

    n_shingles: int
    sketch: bytes
    figures: bytes
    dates: bytes

    def to_bytes(self) -> bytes:
        return (
            _HEADER.pack(
                _VERSION, self.n_shingles, len(self.sketch) // 4, len(self.figures) // 4, len(self.dates) // 4
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
        ends = (at + 4 * n_sketch, at + 4 * (n_sketch + n_figures), at + 4 * (n_sketch + n_figures + n_dates))
        if len(data) != ends[2]:
            raise ValueError("fingerprint bytes have the wrong length")
        return cls(n_shingles, bytes(data[at : ends[0]]), bytes(data[ends[0] : ends[1]]), bytes(data[ends[1] : ends[2]]))

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


def _shingle_hashes(key: str) -> np.ndarray:
    """Sorted distinct 32-bit hashes of every SHINGLE-character window of ``key``.

    Key characters are all in the Basic Multilingual Plane, so in UTF-16 four of them are one
    (unaligned) 64-bit word: a strided view reads every 4-character window without a Python loop,
    the fifth character is mixed in and the murmur3 finaliser spreads the bits.
    """
    n = len(key) - SHINGLE + 1
    if n <= 0:
        return np.empty(0, dtype=np.uint32)
    data = key.encode("utf-16-le")
    head = np.ndarray(shape=(n,), dtype="<u8", buffer=data, offset=0, strides=(2,))
    last = np.ndarray(shape=(n,), dtype="<u2", buffer=data, offset=8, strides=(2,))
    h = head * _PRIME
    h ^= last
    h ^= h >> _S33
    h *= _MIX1
    h ^= h >> _S33
    h *= _MIX2
    h ^= h >> _S33
    return np.unique((h >> _S32).astype(np.uint32))


def _figure_token(match: re.Match[str]) -> str:
    if match.group(3) is not None:
        return match.group(3)
    unit = match.group(2)
    # Keep the magnitude (亿, 万, %) but not the counted noun: 6.96亿件 and 6.96亿 are one figure.
    magnitude = unit if unit in ("%", "‰", "万", "亿") else ""
    return match.group(1) + magnitude


def _figures(text: str) -> list[int]:
    """Each figure as (hash of the Han words just before it) << 32 | (hash of its value).

    The words before a figure say what it measures (快递业务量完成 …, 同比增长 …): two texts that
    give one measure different values report different periods or events.
    """
    out = []
    for m in FIGURE.finditer(text):
        context = NON_HAN.sub("", text[max(0, m.start() - FIGURE_CONTEXT * 3) : m.start()])[-FIGURE_CONTEXT:]
        if len(context) < FIGURE_CONTEXT:
            continue
        out.append(zlib.crc32(context.encode()) << 32 | zlib.crc32(_figure_token(m).encode()))
    return out


def _sorted_array(values: Iterable[int], cap: int, dtype: str) -> bytes:
    return np.array(sorted(set(values))[:cap], dtype=dtype).tobytes()


def fingerprint(text: str) -> Fingerprint:
    """Fingerprint one normalised (Simplified) text. Never raises on any string."""
    hashes = _shingle_hashes(key_text(text))
    dates = (
        int(m.group(1)) * 100 + int(m.group(2))
        for m in MONTH_DAY.finditer(text)
        if 1 <= int(m.group(1)) <= 12 and 1 <= int(m.group(2)) <= 31
    )
    return Fingerprint(
        n_shingles=int(hashes.size),
        sketch=hashes[:SKETCH_SIZE].astype("<u4").tobytes(),
        figures=_sorted_array(_figures(text), MAX_FIGURES, "<u8"),
        dates=_sorted_array(dates, MAX_DATES, "<u4"),
    )


def fingerprint_bytes(fp: Fingerprint) -> bytes:
    """The BLOB to store (``documents.fingerprint``)."""
    return fp.to_bytes()


def fingerprint_from_bytes(data: bytes) -> Fingerprint:
    """Read a stored BLOB back; raises ValueError on bytes of another version or length."""
    return Fingerprint.from_bytes(data)


# ---------------------------------------------------------------------------------------------
# Pair verification


def _containment(a: Fingerprint, b: Fingerprint, stop: np.ndarray | None = None) -> tuple[float, int]:
    """(estimated containment of the smaller text in the larger, shared sketch values).

    ``stop`` holds sketch values too common in the collection to be evidence (site chrome such
    as 央视网消息 left in the text, formulae): they count neither as shared nor as text.
    """
    sa, sb = a.sketch_array(), b.sketch_array()
    t = min(a.threshold, b.threshold)
    sa = sa[: np.searchsorted(sa, t, side="right")]
    sb = sb[: np.searchsorted(sb, t, side="right")]
    if stop is not None and stop.size:
        sa = sa[~np.isin(sa, stop, assume_unique=True)]
        sb = sb[~np.isin(sb, stop, assume_unique=True)]
    if not sa.size or not sb.size:
        return 0.0, 0
    shared = int(np.intersect1d(sa, sb, assume_unique=True).size)
    return shared / min(sa.size, sb.size), shared


def _figure_table(f: Fingerprint, limit: int) -> dict[int, set[int]]:
    table: dict[int, set[int]] = {}
    for key in np.frombuffer(f.figures, "<u8").tolist():
        context = key >> 32
        if context <= limit:
            table.setdefault(context, set()).add(key & _FULL)
    return table


def _figure_limit(f: Fingerprint) -> int:
    """Largest context hash the (capped) figure list is complete up to."""
    if len(f.figures) // 8 < MAX_FIGURES:
        return _FULL
    return int.from_bytes(f.figures[-8:], "little") >> 32


def _figures_disagree(a: Fingerprint, b: Fingerprint) -> bool:
    """True when the two texts give one measure different values more often than the same."""
    if not a.figures or not b.figures:
        return False
    limit = min(_figure_limit(a), _figure_limit(b))
    ta, tb = _figure_table(a, limit), _figure_table(b, limit)
    agree = conflict = 0
    for context in ta.keys() & tb.keys():
        if ta[context] & tb[context]:
            agree += 1
        else:
            conflict += 1
    return conflict > 0 and conflict >= agree


def _dates_disagree(a: Fingerprint, b: Fingerprint) -> bool:
    if not a.dates or not b.dates:
        return False
    return not set(np.frombuffer(a.dates, "<u4").tolist()) & set(np.frombuffer(b.dates, "<u4").tolist())


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
    if a.n_shingles < MIN_SHINGLES or b.n_shingles < MIN_SHINGLES:
        return None
    if _event_dates_conflict(date_a, date_b):
        return None
    containment, shared = _containment(a, b, stop)
    needed = SAME_DAY_CONTAINMENT if _same_day(date_a, date_b) else MIN_CONTAINMENT
    if shared < MIN_SHARED or containment < needed:
        return None
    if _figures_disagree(a, b):
        return None
    # Written month-days speak only when the caller knows no event date (stamps left in the text
    # would otherwise split copies that the event dates already pair).
    if containment < NEAR_IDENTICAL and not (date_a or date_b) and _dates_disagree(a, b):
        return None
    return containment


# ---------------------------------------------------------------------------------------------
# Clustering


def _candidate_pairs(fps: Sequence[Fingerprint], is_new: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Pairs (i < j) sharing at least MIN_SHARED sketch values, at least one of them new; and the
    sorted sketch values held by more than MAX_POSTING documents (stop values)."""
    none = np.empty((0, 2), dtype=np.int64)
    sizes = np.fromiter((len(f.sketch) // 4 for f in fps), dtype=np.int64, count=len(fps))
    if sizes.sum() == 0:
        return none, np.empty(0, dtype=np.uint32)
    values = np.frombuffer(b"".join(f.sketch for f in fps), dtype="<u4").astype(np.int64)
    docs = np.repeat(np.arange(len(fps), dtype=np.int64), sizes)
    order = np.argsort((values << 32) | docs, kind="stable")
    values, docs = values[order], docs[order]
    starts = np.flatnonzero(np.r_[True, values[1:] != values[:-1]])
    lengths = np.diff(np.r_[starts, values.size])
    stop = values[starts[lengths > MAX_POSTING]].astype(np.uint32)
    chunks = []
    for length in np.unique(lengths[(lengths >= 2) & (lengths <= MAX_POSTING)]).tolist():
        run_starts = starts[lengths == length]
        left, right = np.triu_indices(length, k=1)
        a = docs[run_starts[:, None] + left].ravel()
        b = docs[run_starts[:, None] + right].ravel()
        keep = is_new[a] | is_new[b]
        chunks.append(a[keep] * len(fps) + b[keep])
    if not chunks:
        return none, stop
    keys, counts = np.unique(np.concatenate(chunks), return_counts=True)
    keys = keys[counts >= MIN_SHARED]
    return np.stack([keys // len(fps), keys % len(fps)], axis=1), stop


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
    for i, j in pairs.tolist():
        strength = similarity(fps[i], fps[j], dates[i], dates[j], stop)
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
