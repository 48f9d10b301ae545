"""The project tokenizer: own jieba instance with the user dictionary, and ``cut`` (rjieba)
proved identical to jieba on the shared corpora."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import time
from itertools import islice
from pathlib import Path

import jieba
import pytest
import zhconv_rs
from hypothesis import given, settings
from hypothesis import strategies as st

from policydata.tag import tokenizer
from policydata.tag.tokenizer import _ascii_jieba, _jieba_total, _recut, cut, get_tokenizer, user_words
from policydata.tag.topic_patterns import ASCII_JOINED

SHARED = Path(__file__).resolve().parents[2] / "shared"


def test_user_dictionary_rows():
    rows = user_words()
    words = [w for w, _f, _t in rows]
    assert len(rows) >= 100
    assert len(words) == len(set(words))
    for word, freq, tag in rows:
        assert len(word) >= 2 and freq > 0 and tag in {"nz", "nt"}
        assert zhconv_rs.zhconv(word, "zh-cn") == word


def test_own_instance_not_the_global_one():
    tk = get_tokenizer()
    assert isinstance(tk, jieba.Tokenizer)
    assert tk is not jieba.dt
    assert tk is get_tokenizer()
    assert Path(tk.tmp_dir) == tokenizer.cache_dir()
    # the user words are in the instance, not in jieba's global dictionary
    assert "快递进村" in tk.lcut("推进快递进村工程")


def test_cache_dir_follows_the_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("POLICYDATA_CACHE_DIR", str(tmp_path / "c"))
    assert tokenizer.cache_dir() == tmp_path / "c" and (tmp_path / "c").is_dir()
    monkeypatch.delenv("POLICYDATA_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "x"))
    assert tokenizer.cache_dir() == tmp_path / "x" / "policydata"


def test_domain_words_come_out_whole():
    tokens = cut("国家邮政局要求巩固快递进村成果,推动邮政快递业高质量发展,落实实名收寄制度。")
    for word in ("国家邮政局", "快递进村", "邮政快递业", "高质量发展", "实名收寄"):
        assert word in tokens


@pytest.mark.parametrize(
    "text",
    [
        "访问www.spb.gov.cn了解详情",
        "《规划(2021-2025年)》",
        "尿酸:6.0mg/dl",
        "快递业务量313.5亿件,同比增长51.7%",
        "a_b-c e-mail: a.b@c.com 2024.11.05 v1.2.3",
        "",
        "   \n\t",
    ],
)
def test_ascii_runs_match_jieba(text):
    assert cut(text) == get_tokenizer().lcut(text)


def test_fallback_without_rjieba(monkeypatch):
    monkeypatch.setattr(tokenizer, "_rjieba", None)
    monkeypatch.setattr(tokenizer, "_rjieba_loaded", True)
    assert tokenizer.backend() == "jieba"
    text = "推动邮政快递业高质量发展"
    assert cut(text) == get_tokenizer().lcut(text)


def _texts(path: Path, key: str, n_first: int, n_joined: int, scan: int) -> list[str]:
    """The first ``n_first`` texts of a corpus, plus up to ``n_joined`` of the next ``scan`` that
    hold ASCII runs joined by punctuation (the re-cut path of ``cut``, rare in running text)."""
    texts: list[str] = []
    joined: list[str] = []
    with path.open(encoding="utf-8") as fh:
        for i, line in enumerate(islice(fh, n_first + scan)):
            text = zhconv_rs.zhconv(json.loads(line)[key], "zh-cn")
            if i < n_first:
                texts.append(text)
            elif len(joined) < n_joined and ASCII_JOINED.search(text):
                joined.append(text)
    return texts + joined


def shared_texts() -> list[str]:
    """A sample of every shared corpus (Simplified; the Traditional ones converted), small enough
    for jieba itself to cut in a few seconds."""
    corpus = SHARED / "corpus"
    specs = [
        ("cctv_xwlb.jsonl", "text", 150, 30, 3000),
        ("pages_dev.jsonl", "text", 120, 0, 0),
        ("tw_president.jsonl", "content", 50, 15, 1000),
        ("mfa_remarks_2016_2020.jsonl", "text", 12, 8, 300),
        ("mixed_samples.jsonl", "text", 20, 8, 124),
    ]
    if not all((corpus / name).exists() for name, *_ in specs):
        pytest.skip("shared corpora not available")
    texts: list[str] = []
    for name, key, n_first, n_joined, scan in specs:
        texts += _texts(corpus / name, key, n_first, n_joined, scan)
    return texts


def test_cut_is_identical_to_jieba_on_the_shared_corpora(capsys):
    pytest.importorskip("rjieba")
    texts = shared_texts()
    tk = get_tokenizer()
    assert tokenizer.backend() == "rjieba"
    size = sum(len(t.encode("utf-8")) for t in texts)
    t0 = time.perf_counter()
    expected = [tk.lcut(t) for t in texts]
    t1 = time.perf_counter()
    got = [cut(t) for t in texts]
    t2 = time.perf_counter()
    mismatches = [i for i, (a, b) in enumerate(zip(expected, got)) if a != b]
    assert not mismatches, f"{len(mismatches)} of {len(texts)} documents differ, first #{mismatches[:1]}"
    with capsys.disabled():
        print(
            f"\n[tokenizer] {len(texts)} docs, {size / 1e6:.1f} MB: jieba.lcut "
            f"{size / (t1 - t0) / 1e6:.2f} MB/s, cut {size / (t2 - t1) / 1e6:.2f} MB/s"
        )


# The plain form of topic_patterns.ASCII_JOINED (which is written to start at the punctuation,
# for speed): both must find a match in the same strings.
PLAIN_ASCII_JOINED = re.compile(
    r"[A-Za-z0-9][_\-@+#&]+[A-Za-z0-9]|[A-Za-z]\.[A-Za-z0-9]|[0-9]\.[A-Za-z]|\d\.\d+[.A-Za-z]"
)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="aZ09_-@+#&.中 \n٣%", max_size=12))
def test_ascii_joined_matches_the_plain_form(text):
    assert (ASCII_JOINED.search(text) is None) == (PLAIN_ASCII_JOINED.search(text) is None)


@pytest.mark.parametrize(
    "token", ["www.gov.cn", "a_b", "2021-2025", "2024.11.05", "C++11", "v1.2.3", "3.5G", "a@b.cn"]
)
def test_ascii_joined_finds_the_joined_runs(token):
    assert ASCII_JOINED.search(token) and PLAIN_ASCII_JOINED.search(token)
    assert cut(f"访问{token}了解") == get_tokenizer().lcut(f"访问{token}了解")


@pytest.mark.parametrize("text", ["313.5", "51.7%", "5G", "-5", "a.", "。.", "快递.包装"])
def test_ascii_joined_leaves_plain_numbers_and_words(text):
    assert ASCII_JOINED.search(text) is None and PLAIN_ASCII_JOINED.search(text) is None


# --- The re-cut of ASCII-joined tokens without jieba's full dictionary ---------------------------


def test_ascii_dictionary_agrees_with_the_full_one():
    """Every key an ASCII run can look up has the same value in the small dictionary as in the
    full one, and the total (read by the route) is the full one's."""
    full, small = get_tokenizer(), _ascii_jieba()
    assert {k: v for k, v in small.FREQ.items() if k.isascii()} == {
        k: v for k, v in full.FREQ.items() if k.isascii()
    }
    assert _jieba_total() == full.total


def _strings(obj):
    if isinstance(obj, str):
        yield obj
    elif isinstance(obj, dict):
        for value in obj.values():
            yield from _strings(value)
    elif isinstance(obj, list):
        for value in obj:
            yield from _strings(value)


def corpus_joined_tokens() -> set[str]:
    """Every ASCII-joined token rjieba gives on the shared corpora: all string fields of every
    record (texts, titles, URLs) and the HTML pages with their gold texts."""
    corpus = SHARED / "corpus"
    if not corpus.is_dir():
        pytest.skip("shared corpora not available")
    seg = tokenizer._rjieba_instance()
    tokens: set[str] = set()
    for path in sorted(corpus.glob("*.jsonl")):
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                if ASCII_JOINED.search(line):
                    for text in filter(ASCII_JOINED.search, _strings(json.loads(line))):
                        tokens.update(filter(ASCII_JOINED.search, seg.cut(text, True)))
    for path in sorted((corpus / "html").rglob("*")):
        if path.suffix in (".html", ".txt"):
            data = path.read_bytes()
            try:
                text = data.decode("utf-8")
            except UnicodeDecodeError:
                text = data.decode("gb18030", errors="replace")
            tokens.update(filter(ASCII_JOINED.search, seg.cut(text, True)))
    return tokens


def test_recut_is_jieba_on_every_joined_token_of_the_shared_corpora(capsys):
    pytest.importorskip("rjieba")
    tokens = corpus_joined_tokens()
    assert len(tokens) > 10_000
    # none mixes in a Han character: the small dictionary serves them all
    assert not [t for t in tokens if tokenizer._JIEBA_HAN.search(t)]
    tk = get_tokenizer()
    mismatches = sorted(t for t in tokens if list(_recut(t)) != tk.lcut(t))
    assert not mismatches, f"{len(mismatches)} of {len(tokens)} tokens differ, first {mismatches[:3]}"
    with capsys.disabled():
        print(f"\n[tokenizer] {len(tokens)} distinct ASCII-joined tokens re-cut as jieba does")


@pytest.mark.parametrize(
    "text",
    [
        # numbers, percentages, versions, dates, ranges
        "3.5", "3.5G", "3.5.6", "51.7%", "3.5%-4.5%", "1.5%.2", "0.5%%", "2024.11.05", "2021-2025",
        "v1.2.3", "1.2.3a", "a1.2b", "9.x", "x.9", "-5", "5-", "a--b", "a..b", "a.%b", "%a.b%",
        # emails, URLs, identifiers, symbols jieba keeps in its blocks
        "a.b@c.com", "e-mail", "www.spb.gov.cn", "http://www.gov.cn/a_b-c.html?x=1&y=2",
        "a_b_c", "__init__", "a#b", "a&b", "a+b", "a+-b", "x.y z.w", "a.b\tc.d\r\ne-f",
        # the ASCII words of jieba's dictionary, in and next to joined runs
        "AT&T", "AT&T.com", "AT&TX", "xAT&T", "AT&", "C++", "C++11", "c++.x", "C#", "c#-x",
        "C#.NET", "C++/C#", "ATT&T",
        # words that start with ASCII and go on in Han (their ASCII prefixes are in the dictionary)
        "T恤", "B超", "AA制", "B超-T恤", "x.B超", "AA.AA制", "IP.IP地址", "CALL.CALL机", "QQ.QQ号",
    ],
)
def test_edge_cases_match_jieba(text):
    tk = get_tokenizer()
    assert cut(text) == tk.lcut(text)
    assert cut(f"访问{text}了解") == tk.lcut(f"访问{text}了解")
    if tokenizer._JIEBA_HAN.search(text) is None:
        assert _ascii_jieba().lcut(text) == tk.lcut(text)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="aAT&Cc+#._%-@3 5xX\n", max_size=16))
def test_the_small_dictionary_cuts_any_text_without_han_as_jieba(text):
    assert _ascii_jieba().lcut(text) == get_tokenizer().lcut(text)


def test_cut_never_loads_the_full_dictionary():
    """In a fresh process, cutting text with joined ASCII runs leaves jieba's dictionary unbuilt."""
    code = (
        "from policydata.tag import tokenizer as t;"
        "t.cut('访问www.spb.gov.cn、AT&T.com和C++11,2024.11.05,a_b@c.cn');"
        "print(t._tokenizer is None, t._ascii_jieba().total < 10**6)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["True", "True"]


@pytest.mark.parametrize("text", ["农村工作", "调绿第", "义新农村", "喆王堃", "举行会议", "国家邮政局局长马军胜", "快递进村"])
def test_dictionary_words_are_jieba_s_without_new_words(text):
    # the normaliser asks whether two characters start one dictionary word: no HMM guesses
    assert tokenizer.dictionary_words(text) == get_tokenizer().lcut(text, HMM=False)
