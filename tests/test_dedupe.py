"""Tests for policydata.dedupe: syndicated copies group, template-alike reports of other events do not."""

from __future__ import annotations

import itertools
import json
import re
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from policydata import dedupe
from policydata.dedupe import (
    ClusterIndex,
    Fingerprint,
    assign_clusters,
    cluster_documents,
    fingerprint,
    fingerprint_bytes,
    fingerprint_from_bytes,
    score_clusters,
    similarity,
)

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "dedupe"
SHARED = Path(__file__).resolve().parents[2] / "shared"

_PINYIN = re.compile(r"(?<=[\u4e00-\u9fff])\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹ]+\)")
_WIDTH = {0x3000: 0x20, **{c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)}}


def normalise(text: str) -> str:
    """The project's normaliser when it imports; else the approximation the team agreed on."""
    try:
        from policydata.normalise import normalise_text
    except ImportError:
        import zhconv_rs

        return _PINYIN.sub("", zhconv_rs.zhconv(text, "zh-cn").translate(_WIDTH))
    return normalise_text(text).text


def fixture(name: str) -> str:
    return normalise((FIXTURES / f"{name}.txt").read_text(encoding="utf-8"))


def fp(name: str) -> Fingerprint:
    return fingerprint(fixture(name))


def groups(result: dict[str, tuple[str, str]]) -> set[frozenset[str]]:
    by_cluster: dict[str, set[str]] = {}
    for doc_id, (cluster_id, _) in result.items():
        by_cluster.setdefault(cluster_id, set()).add(doc_id)
    return {frozenset(members) for members in by_cluster.values()}


# --- same report, different chrome / script / length / order -------------------------------


@pytest.mark.parametrize("copy", ["report_repost", "report_traditional", "report_cut"])
def test_copies_of_one_report_link(copy: str) -> None:
    assert similarity(fp("report"), fp(copy)) is not None


def test_traditional_copy_reads_as_the_same_text_after_normalising() -> None:
    a, b = fp("report"), fp("report_traditional")
    containment, _ = dedupe._containment(a, b)
    assert containment > 0.9


def test_cut_copy_is_contained_though_jaccard_is_low() -> None:
    full, cut = fp("report"), fp("report_cut")
    containment, _ = dedupe._containment(full, cut)
    assert cut.n_shingles < full.n_shingles / 2  # the cut copy holds less than half the text ...
    assert containment > 0.9  # ... and almost all of it is in the full report


def test_reordered_paragraphs_cost_almost_nothing() -> None:
    containment, _ = dedupe._containment(fp("report"), fp("report_repost"))
    assert containment > 0.95


# --- template-alike reports of different events ----------------------------------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("study_2022", "study_2023"),  # two study sessions, other ordinal and date
        ("stats_2024_10", "stats_2024_11"),  # same wording, other figures
        ("report", "double11_2022"),  # the same meeting a year later, other figures
    ],
)
def test_template_alike_reports_do_not_link(a: str, b: str) -> None:
    containment, _ = dedupe._containment(fp(a), fp(b))
    assert containment > dedupe.MIN_CONTAINMENT  # they do look alike ...
    assert similarity(fp(a), fp(b)) is None  # ... and are kept apart by their figures and dates


def test_different_figures_veto_even_with_the_same_event_date() -> None:
    a, b = fp("stats_2024_10"), fp("stats_2024_11")
    assert similarity(a, b, "2024-11-15", "2024-11-15") is None


def test_known_different_event_dates_never_merge() -> None:
    a, b = fp("report"), fp("report_repost")
    assert similarity(a, b, "2021-11-12", "2021-11-12") is not None
    assert similarity(a, b, "2021-11-12", "2022-11-12") is None
    assert similarity(a, b, "2021-11", "2021-11-12") is not None  # coarser, compatible
    assert similarity(a, b, "2021", "2022") is None


def test_cluster_documents_groups_copies_and_keeps_events_apart() -> None:
    names = [p.stem for p in sorted(FIXTURES.glob("*.txt"))]
    result = cluster_documents([(n, fixture(n), None) for n in names])
    assert set(result) == set(names)
    copies = frozenset({"report", "report_repost", "report_traditional", "report_cut"})
    assert groups(result) == {copies} | {frozenset({n}) for n in names if n not in copies}
    # canonical = most complete copy; cluster id = smallest member id; singletons are their own
    assert {result[n] for n in copies} == {("report", "report_repost")}
    assert result["study_2022"] == ("study_2022", "study_2022")


def test_chain_through_an_undated_copy_cannot_join_two_dated_events() -> None:
    text = fixture("report")
    docs = [("a", text, "2021-11-12"), ("b", text, None), ("c", text, "2022-11-12")]
    result = cluster_documents(docs)
    assert result["a"][0] != result["c"][0]


def test_two_pages_of_one_site_link_only_when_nearly_identical() -> None:
    report = fixture("report")
    # half the report and other news after it: linked as a rewrite (containment about 0.6)
    rewrite = report[: len(report) // 2] + (
        "另据了解,今年以来,各地邮政管理部门持续加强行业安全监管,督促企业落实安全生产主体责任,全面开展隐患排查治理,"
        "推动行业安全形势总体平稳。与此同时,各地持续推进快递进村工程,农村寄递物流体系不断完善。")
    site = "https://www.news.example.cn/2021/11/{}.html"

    def linked(url_a: str, url_b: str, b_text: str) -> bool:
        result = ClusterIndex().add_batch([("a", fingerprint(report), None, len(report), url_a),
                                           ("b", fingerprint(b_text), None, len(b_text), url_b)])
        return result["a"][0] == result["b"][0]

    assert linked(site.format("a"), "https://other.example.org/b.html", rewrite)  # a repost elsewhere
    assert not linked(site.format("a"), site.format("b"), rewrite)  # one site's two stories
    assert linked(site.format("a"), "http://news.example.cn/2021/11/b.html", report + "责任编辑:张三")
    assert linked(site.format("a"), site.format("a"), rewrite)  # the same page read twice
    assert linked(site.format("a"), None, rewrite)  # a page whose address is not known
    assert dedupe.site_of("https://www.Example.cn/a/b/?x=1") == ("example.cn", "/a/b?x=1")
    assert dedupe.site_of("http://[broken/page") is None  # a bad address never fails a load


# --- stability, storage, incremental ---------------------------------------------------------


def test_cluster_ids_are_stable_across_runs_and_input_order() -> None:
    names = [p.stem for p in sorted(FIXTURES.glob("*.txt"))]
    docs = [(n, fixture(n), None) for n in names]
    first = cluster_documents(docs)
    assert cluster_documents(list(reversed(docs))) == first
    assert cluster_documents(docs) == first


def test_fingerprint_round_trips_through_bytes_and_is_small() -> None:
    f = fp("report_repost")
    blob = fingerprint_bytes(f)
    assert isinstance(blob, bytes) and len(blob) <= 4 * dedupe.SKETCH_SIZE + 8 * dedupe.MAX_FIGURES + 100
    assert fingerprint_from_bytes(blob) == f
    with pytest.raises(ValueError):
        fingerprint_from_bytes(blob[:-1])


def test_fingerprint_is_deterministic() -> None:
    # Hashes must not depend on the process (Python's str hash is salted): fixed known value.
    f = fingerprint("国家邮政局召开会议")
    assert f.n_shingles == 5
    assert f.sketch.hex() == "71e8df6626eab4a450910eb506764ec4edef7acd"
    # Punctuation, spacing and Latin chrome are not part of the key text.
    assert fingerprint("国家邮政局 召开，会议 (CCTV)").sketch == f.sketch


@pytest.mark.parametrize("split", [1, 3, 6])
def test_incremental_assignment_equals_batch_clustering(split: int) -> None:
    names = [p.stem for p in sorted(FIXTURES.glob("*.txt"))]
    dates = {"study_2022": "2022-06-28", "study_2023": "2023-07-26"}
    docs = [(n, fixture(n), dates.get(n)) for n in names]
    batch = cluster_documents(docs)
    first = cluster_documents(docs[:split])
    existing = [(d[0], fingerprint_bytes(fingerprint(d[1])), first[d[0]][0], d[2]) for d in docs[:split]]
    update = assign_clusters([(d[0], fingerprint(d[1]), d[2], len(d[1])) for d in docs[split:]], existing)
    combined = {**first, **update}
    assert combined == batch
    assert {d[0] for d in docs[split:]} <= set(update)


def test_cluster_index_batches_equal_one_clustering() -> None:
    names = [p.stem for p in sorted(FIXTURES.glob("*.txt"))]
    docs = [(n, fixture(n), None) for n in names]
    batch = cluster_documents(docs)
    index = ClusterIndex.from_existing([])
    state: dict[str, tuple[str, str]] = {}
    for k in range(0, len(docs), 3):
        state.update(index.add_batch([(d[0], fingerprint(d[1]), d[2], len(d[1])) for d in docs[k : k + 3]]))
    assert state == batch
    # An index rebuilt from stored rows continues where the first left off.
    stored = [(d[0], fingerprint_bytes(fingerprint(d[1])), state[d[0]][0], d[2]) for d in docs[:-1]]
    again = ClusterIndex.from_existing(stored)
    assert len(again) == len(docs) - 1
    last = docs[-1]
    assert again.add_batch([(last[0], last[1], last[2])])[last[0]] == batch[last[0]]
    with pytest.raises(ValueError):
        again.add_batch([(last[0], last[1], last[2])])


def test_incremental_reports_relabelled_existing_members() -> None:
    text = fixture("report")
    existing = [("m2", fingerprint(text), "m2", None)]
    update = assign_clusters([("m1", fixture("report_cut"), None)], existing)
    assert update == {"m1": ("m1", "m2"), "m2": ("m1", "m2")}


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=300))
def test_fingerprint_never_raises_on_any_text(text: str) -> None:
    f = fingerprint(text)
    assert f.n_shingles >= len(f.sketch) // 4
    assert fingerprint_from_bytes(fingerprint_bytes(f)) == f
    # The array path that fingerprints read is the documented key text.
    assert dedupe._key_codes(text).tobytes().decode("utf-16-le") == dedupe.key_text(text)


@settings(max_examples=40, deadline=None)
@given(
    st.lists(
        st.sampled_from("国家邮政局召开会议快递业务量完成亿件同比增长第三次月日1234567890,。 "), max_size=400
    )
)
def test_fingerprint_bytes_round_trip_on_news_like_text(chars: list[str]) -> None:
    f = fingerprint("".join(chars))
    assert fingerprint_from_bytes(fingerprint_bytes(f)) == f
    assert similarity(f, f) in (None, 1.0)  # a text is a full copy of itself (or too short to judge)


# --- the shared dev pages --------------------------------------------------------------------


def _gold_pairs(groups_: list[list[str]]) -> set[tuple[str, str]]:
    return {p for g in groups_ for p in itertools.combinations(sorted(g), 2)}


def test_dev_pages_every_duplicate_group_found_without_false_merges() -> None:
    corpus = SHARED / "corpus" / "pages_dev.jsonl"
    dup_gold = SHARED / "gold" / "pages_dev.duplicates.json"
    gold = SHARED / "gold" / "pages_dev.gold.jsonl"
    if not (corpus.exists() and dup_gold.exists() and gold.exists()):
        pytest.skip("shared dev pages (../shared) not present")
    pages = [json.loads(line) for line in corpus.read_text(encoding="utf-8").splitlines() if line.strip()]
    event_dates = {
        r["id"]: r.get("event_date")
        for r in (json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines() if line.strip())
    }
    truth = json.loads(dup_gold.read_text(encoding="utf-8"))
    expected = _gold_pairs([g["ids"] for g in truth["groups"]])
    texts = {p["id"]: normalise(p["text"]) for p in pages}
    result = cluster_documents([(i, t, event_dates.get(i)) for i, t in texts.items()])
    found = _gold_pairs([sorted(g) for g in groups(result)])
    assert found - expected == set(), "false merges"
    assert expected - found == set(), "missed duplicates"
    for pair in truth.get("not_duplicates", []):
        assert len({result[i][0] for i in pair["ids"]}) == len(pair["ids"])
    score = score_clusters(result, [g["ids"] for g in truth["groups"]])
    assert score["pair_precision"] == 1.0 and score["pair_recall"] == 1.0
    assert score["gold_groups_exact"] == score["gold_groups"] == score["predicted_clusters"]
    # Without event dates the text alone must still never merge different events.
    undated = cluster_documents([(i, t, None) for i, t in texts.items()])
    assert score_clusters(undated, [g["ids"] for g in truth["groups"]])["pair_precision"] == 1.0


def test_dev_pages_in_batches_of_any_size_equal_one_clustering() -> None:
    corpus = SHARED / "corpus" / "pages_dev.jsonl"
    gold = SHARED / "gold" / "pages_dev.gold.jsonl"
    if not (corpus.exists() and gold.exists()):
        pytest.skip("shared dev pages (../shared) not present")
    pages = [json.loads(line) for line in corpus.read_text(encoding="utf-8").splitlines() if line.strip()]
    event_dates = {
        r["id"]: r.get("event_date")
        for r in (json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines() if line.strip())
    }
    docs = [
        (p["id"], fingerprint_bytes(fingerprint(normalise(p["text"]))), event_dates.get(p["id"]))
        for p in pages
    ]
    one = ClusterIndex().add_batch(docs)
    for size in (1, 7, 40):
        index, state = ClusterIndex(), {}
        for k in range(0, len(docs), size):
            state.update(index.add_batch(docs[k : k + size]))
        assert state == one
    # Restarting from stored rows (as the warehouse does) half-way gives the same.
    half = len(docs) // 2
    index = ClusterIndex.from_existing([(d[0], d[1], one[d[0]][0], d[2]) for d in docs[:half]])
    again = {d[0]: one[d[0]] for d in docs[:half]}
    again.update(index.add_batch(docs[half:]))
    assert {k: v[0] for k, v in again.items()} == {k: v[0] for k, v in one.items()}


def test_score_clusters_counts_pairs_and_groups() -> None:
    result = {"a": ("a", "a"), "b": ("a", "a"), "c": ("a", "a"), "d": ("d", "d"), "e": ("e", "e")}
    score = score_clusters(result, [["a", "b"], ["d", "e"]])
    assert score["predicted_pairs"] == 3 and score["gold_pairs"] == 2
    assert score["pair_precision"] == pytest.approx(1 / 3) and score["pair_recall"] == 0.5
    assert score["gold_groups_exact"] == 0 and score["impure_clusters"] == 1


# --- scale: the index grows incrementally, a batch costs its own size --------------------------


def _synthetic_index(n_docs: int, copies: int, seed: int) -> tuple[ClusterIndex, list[np.ndarray]]:
    """An index of ``n_docs`` stored synthetic fingerprints: stories of ``copies`` copies each,
    every copy the whole story or one cut to 60 % or 80 % of it."""
    rng = np.random.default_rng(seed)
    stories, rows = [], []
    for s in range(n_docs // copies):
        text = rng.integers(0, 2**32, size=1500, dtype=np.uint32)
        stories.append(text)
        variants = [fingerprint_bytes(_synthetic_fp(text, share)) for share in (1.0, 0.8, 0.6)]
        for c in range(copies):
            rows.append((f"s{s:06d}-{c:02d}", variants[c % 3], f"s{s:06d}-00", None))
    return ClusterIndex.from_existing(rows), stories


def _synthetic_fp(text: np.ndarray, share: float = 1.0) -> Fingerprint:
    """The fingerprint of a copy holding the first ``share`` of a story's (shuffled) shingles."""
    shingles = np.sort(text[: int(text.size * share)])
    shingles = shingles[np.r_[True, shingles[1:] != shingles[:-1]]]  # distinct, as hashes of a text are
    return Fingerprint(int(shingles.size), shingles[: dedupe.SKETCH_SIZE].astype("<u4").tobytes(), b"", b"")


def test_add_batch_cost_does_not_grow_with_the_index() -> None:
    costs = []
    for n_docs in (10_000, 50_000):
        index, stories = _synthetic_index(n_docs, copies=10, seed=7)
        batch = [(f"z-new-{k:04d}", _synthetic_fp(stories[k], 0.7), None, 0) for k in range(200)]
        before = (index.comparisons, index.postings_read)
        result = index.add_batch(batch)
        # every new copy joins its story's cluster (id of the story's first copy)
        assert all(result[f"z-new-{k:04d}"][0] == f"s{k:06d}-00" for k in range(200))
        costs.append((index.comparisons - before[0], index.postings_read - before[1]))
    (small_cmp, small_read), (large_cmp, large_read) = costs
    assert 0 < small_cmp and 0 < small_read
    # The same batch against an index five times larger reads and verifies about as much.
    assert large_cmp <= 1.1 * small_cmp
    assert large_read <= 1.1 * small_read


def test_widely_syndicated_report_merges_fully_in_any_batching() -> None:
    rng = np.random.default_rng(3)
    text = rng.integers(0, 2**32, size=2000, dtype=np.uint32)
    others = [rng.integers(0, 2**32, size=1500, dtype=np.uint32) for _ in range(30)]
    docs = [(f"c{k:03d}", _synthetic_fp(text, rng.uniform(0.5, 1.0)), None) for k in range(40)]
    docs += [(f"o{k:03d}", _synthetic_fp(t, rng.uniform(0.5, 1.0)), None) for k, t in enumerate(others)]
    order = rng.permutation(len(docs)).tolist()
    docs = [docs[i] for i in order]
    one = ClusterIndex().add_batch(docs)
    assert {one[f"c{k:03d}"] for k in range(40)} == {("c000", one["c000"][1])}
    assert all(one[f"o{k:03d}"][0] == f"o{k:03d}" for k in range(30))
    for size in (1, 7, 25):
        index, state = ClusterIndex(), {}
        for k in range(0, len(docs), size):
            state.update(index.add_batch(docs[k : k + size]))
        assert state == one


def test_exact_copies_link_without_a_search_and_are_indexed_once() -> None:
    rng = np.random.default_rng(11)
    text = rng.integers(0, 2**32, size=2000, dtype=np.uint32)
    story = fingerprint_bytes(_synthetic_fp(text))
    copies = [(f"c{k:03d}", story, "2024-11-09") for k in range(30)]  # far more than WINDOW
    index, state = ClusterIndex(), {}
    for k in range(0, len(copies), 7):
        state.update(index.add_batch(copies[k : k + 7]))
    assert set(state.values()) == {("c000", "c000")}
    assert index.exact_copies == 29 and index.comparisons == 0
    # one document's candidate values, however many copies: a report re-posted whole does not
    # fill the index (nor crowd other documents out of a value's window)
    assert sum(run.size for run in index._postings.runs) == dedupe.CANDIDATE_VALUES
    # a cut copy arriving after them is verified against the first copy and joins
    assert index.add_batch([("d000", _synthetic_fp(text, 0.7), "2024-11-09")])["d000"][0] == "c000"
    # the same text under an event date that names another day is another event
    assert index.add_batch([("e000", story, "2024-11-10")])["e000"] == ("e000", "e000")
    # an index rebuilt from the stored rows treats the copies the same way
    stored = [(d, story, state[d][0], "2024-11-09") for d, _, _ in copies]
    again = ClusterIndex.from_existing(stored)
    assert sum(run.size for run in again._postings.runs) == dedupe.CANDIDATE_VALUES
    assert again.add_batch([("c999", story, "2024-11-09")]) == {"c999": ("c000", "c000")}


def test_a_short_exact_copy_links_to_nothing() -> None:
    text = np.arange(1, dedupe.MIN_SHINGLES, dtype=np.uint32) * 7919
    short = fingerprint_bytes(_synthetic_fp(text))
    result = ClusterIndex().add_batch([("a", short, None), ("b", short, None)])
    assert result == {"a": ("a", "a"), "b": ("b", "b")}  # too little text to call a copy, as before


def test_a_bad_fingerprint_leaves_the_index_unchanged() -> None:
    index = ClusterIndex.from_existing([("a", fp("report"), "a", None)])
    good = fingerprint_bytes(fp("report_cut"))
    with pytest.raises(ValueError):
        index.add_batch([("b", good, None), ("c", good[:-1], None)])
    assert len(index) == 1
    assert index.add_batch([("b", good, None)]) == {"b": ("a", "a")}  # "a" stays as it was


# --- batch fingerprints -------------------------------------------------------------------------

_FP_ALPHABET = st.sampled_from(list("快递包裹第三次会议月日号亿万年国家邮政局0123456789 ,.。a\n") + ["\ud800", "😀"])


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(alphabet=_FP_ALPHABET, max_size=80), max_size=8))
def test_batch_fingerprints_equal_one_by_one(texts):
    # A batch shares its array work: no shingle, figure or day may leak from one text into the next.
    assert [f.to_bytes() for f in dedupe.fingerprints(texts)] == [
        dedupe.fingerprints([t])[0].to_bytes() for t in texts
    ]


def test_fingerprint_bytes_are_stable():
    # Stored fingerprints must keep meaning the same: these digests were taken before the batch
    # implementation replaced the one-text-at-a-time one, and must never change silently.
    import hashlib

    seed = (Path(__file__).resolve().parents[1] / "samples" / "000_eb16c50bc39dc6b8.txt").read_text(encoding="utf-8")
    texts = [seed, "2023年11月9日上午,国家邮政局召开第三次会议,快递业务量完成6.96亿件,同比增长9.8%。"]
    digests = [hashlib.sha256(f.to_bytes()).hexdigest() for f in dedupe.fingerprints(texts)]
    assert digests == [
        "6c268a14fa6abd7f3662074e7e1e46a317b4d754fbbd05f18d4a69da0d57257d",
        "da8d7f976adc914344a51f1e7cb837fa4800a3ccba793d5c7bcde7ddb8820334",
    ]
