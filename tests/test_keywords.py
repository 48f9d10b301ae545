"""Keywords: TF-IDF over the project tokenizer's tokens with jieba's IDF table."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import jieba
import pytest
from conftest import shared_file
from hypothesis import given, settings
from hypothesis import strategies as st

from policydata.tag.keywords import STOP_WORDS, extract_keywords

TEXT = (
    "国家邮政局召开会议,部署快递进村工作。会议强调,要巩固快递进村成果,完善农村寄递物流体系,"
    "推动邮政快递业高质量发展。快递进村工程覆盖全国大部分建制村,农村寄递服务能力明显提升。"
)


def test_domain_words_rank_high():
    words = [w for w, _ in extract_keywords(TEXT, k=5)]
    assert words[0] == "快递进村"
    # the user dictionary keeps the domain terms whole, so they can rank at all
    assert len(set(words) & {"农村寄递", "建制村", "寄递物流", "邮政快递业", "高质量发展", "国家邮政局"}) >= 3


def test_weights_sorted_and_k_respected():
    result = extract_keywords(TEXT, k=4)
    assert len(result) == 4
    weights = [w for _, w in result]
    assert weights == sorted(weights, reverse=True)
    assert all(w > 0 for w in weights)
    assert len(extract_keywords(TEXT, k=50)) <= 50


def test_stop_words_numbers_and_single_characters_are_dropped():
    text = "我们表示,要进一步加强工作。2024年快递业务量达1000亿件,同比增长20%。"
    words = {w for w, _ in extract_keywords(text, k=20)}
    assert not words & STOP_WORDS
    assert all(len(w) >= 2 and not w.isdigit() for w in words)


def test_latin_words_are_kept():
    words = {w for w, _ in extract_keywords("推进5G网络和APEC合作,5G应用加快落地。", k=10)}
    assert {"5G", "APEC"} <= words


def test_empty_inputs():
    assert extract_keywords("") == []
    assert extract_keywords(TEXT, k=0) == []
    assert extract_keywords("。,!  \n") == []


def test_deterministic():
    assert extract_keywords(TEXT) == extract_keywords(TEXT)


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=200))
def test_never_raises(text):
    for word, weight in extract_keywords(text, k=5):
        assert word in text and weight > 0


def _reference(text: str, k: int) -> list[tuple[str, float]]:
    """The plain statement of the ranking that extract_keywords computes at C level: count the
    tokens, keep those with a weight (an IDF; not stop words, numbers, punctuation, single
    characters), score count × IDF / weighed tokens, best first, ties in first-occurrence order."""
    import heapq
    from collections import Counter

    from policydata.tag.keywords import KEYWORD_TOKEN, _idf
    from policydata.tag.tokenizer import cut

    idf, median = _idf()
    counts = Counter(t for t in cut(text) if len(t) > 1)
    scored, total = [], 0
    for word, n in counts.items():
        key = word.lower() if word.isascii() else word
        if key in STOP_WORDS or KEYWORD_TOKEN.fullmatch(word) is None:
            continue
        scored.append((word, n * idf.get(word, median)))
        total += n
    best = heapq.nlargest(k, scored, key=lambda item: item[1])
    return [(word, round(weight / total, 6)) for word, weight in best]


# Ties: 物流园区/寄递网点/数字孪生 occur once each, the unknown 快递柜格口 and 驿站格口 get the
# median IDF — their order must be the order they first occur in.
TIES = "快递柜格口、驿站格口和物流园区、寄递网点、数字孪生。The APEC 5G,v1.2 a_b www.spb.gov.cn 2024-11-05"


def test_matches_the_plain_ranking():
    for text in (TEXT, TIES, TIES + TEXT + TIES):
        for k in (1, 3, 10, 100):
            assert extract_keywords(text, k) == _reference(text, k)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["快递", "进村", "快递进村", "格口", "驿站", "的", "5G", "2024", ",", "。", "a.b", "APEC", " "]
        ),
        max_size=40,
    )
)
def test_matches_the_plain_ranking_on_any_mix(parts):
    text = "".join(parts)
    assert extract_keywords(text, 7) == _reference(text, 7)


def test_idf_table_is_jiebas():
    """The IDF table and median are those jieba.analyse loads itself."""
    from jieba.analyse.tfidf import IDFLoader

    from policydata.tag.keywords import _idf

    idf, median = _idf()
    loader = IDFLoader(str(Path(jieba.__file__).parent / "analyse" / "idf.txt"))
    assert idf == loader.idf_freq and median == loader.median_idf


# --- the compiled ranking step (_tfidf.c) against the pure-Python one --------------------------

def _compiled():
    """The compiled module, or a skip with the reason (a failure under CI, where it must build)."""
    import os

    from policydata.tag import keywords

    if keywords._top_weighted is None:
        if os.environ.get("CI"):
            pytest.fail("policydata.tag._tfidf was not built: the install needs a C compiler")
        pytest.skip("policydata.tag._tfidf is not built (no C compiler at install): pure-Python path only")
    return keywords._top_weighted


def _ranked_by_c(tokens: list[str], weights: dict, k: int) -> list[tuple[str, float]]:
    top, total = _compiled()(tokens, weights, k)
    return [(word, round(score / total, 6)) for word, score in top]


def test_compiled_module_is_used_when_built():
    from policydata.tag import keywords

    _compiled()
    assert keywords.extract_keywords(TIES + TEXT, 5) == keywords._extract_python(
        keywords.cut(TIES + TEXT), 5)


def test_compiled_and_python_paths_agree_on_the_shared_corpora():
    import json

    from policydata.tag import keywords

    _compiled()
    texts = []
    for name, limit in (("cctv_xwlb.jsonl", 3000), ("pages_dev.jsonl", None)):
        with shared_file("corpus", name).open(encoding="utf-8") as fh:
            for n, line in enumerate(fh):
                if limit is not None and n >= limit:
                    break
                texts.append(json.loads(line)["text"])
    for text in texts:
        tokens = keywords.cut(text)
        for k in (10, 3):
            assert _ranked_by_c(tokens, keywords._WEIGHTS, k) == keywords._extract_python(tokens, k)


class _Memo(dict):
    """Weights like keywords._Weights: a token never seen is weighed by __missing__."""

    def __init__(self, table: dict[str, float]) -> None:
        super().__init__()
        self.table = table
        self.missed: list[str] = []

    def __missing__(self, word: str) -> float:
        self.missed.append(word)
        value = self[word] = self.table.get(word, 0.0)
        return value


WORDS = ["甲", "乙乙", "丙丙", "丁丁", "戊戊", "己", "庚庚庚", "5G", ",", "x"]


@settings(max_examples=200, deadline=None)
@given(
    tokens=st.lists(st.sampled_from(WORDS), max_size=60),
    # few distinct values, zeros among them: ties and dropped tokens are common
    values=st.lists(st.sampled_from([0.0, 0.0, 1.5, 2.25, 2.25, 7.0, -0.0]), min_size=len(WORDS),
                    max_size=len(WORDS)),
    k=st.integers(min_value=0, max_value=12),
    preload=st.booleans(),
    min_length=st.sampled_from([1, 2, 3]),
)
def test_compiled_ranking_is_the_stable_sort(tokens, values, k, preload, min_length):
    """top_weighted ranks as the Python path: count × weight, highest first, ties in order of
    first occurrence, zero weights dropped, missing tokens weighed through __missing__, tokens
    shorter than min_length dropped unread."""
    table = dict(zip(WORDS, values))
    memo = _Memo(table)
    if preload:
        memo.update(table)
    top, total = _compiled()(list(tokens), memo, k, min_length)
    tokens = [t for t in tokens if len(t) >= min_length]
    kept = [t for t in tokens if table[t]]
    assert total == len(kept)
    counts = Counter(kept)
    expected = sorted(((w, n * table[w]) for w, n in counts.items()), key=lambda p: p[1], reverse=True)
    assert top == expected[:max(k, 0)]
    assert sorted(set(memo.missed)) == ([] if preload else sorted(set(tokens)))


def test_compiled_ranking_rejects_wrong_types_and_passes_errors_on():
    top_weighted = _compiled()
    with pytest.raises(TypeError):
        top_weighted(("a",), {}, 3)  # a tuple, not a list
    with pytest.raises(TypeError):
        top_weighted(["a"], {"a": "x"}, 3)  # a weight that is no number

    class Broken(dict):
        def __missing__(self, word):
            raise KeyError(word)

    with pytest.raises(KeyError):
        top_weighted(["a"], Broken(), 3)
    assert top_weighted([], {}, 3) == ([], 0)
