"""The project tokenizer: own jieba instance with the user dictionary, and ``cut`` (rjieba)
proved identical to jieba on the shared corpora."""

from __future__ import annotations

import json
import time
from itertools import islice
from pathlib import Path

import jieba
import pytest
import zhconv_rs

from policydata.tag import tokenizer
from policydata.tag.tokenizer import cut, get_tokenizer, user_words

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


def shared_texts() -> list[str]:
    corpus = SHARED / "corpus"
    files = [corpus / "cctv_xwlb.jsonl", corpus / "pages_dev.jsonl", corpus / "tw_president.jsonl"]
    if not all(f.exists() for f in files):
        pytest.skip("shared corpora not available")
    texts: list[str] = []
    with files[0].open(encoding="utf-8") as fh:
        texts += [json.loads(line)["text"] for line in islice(fh, 2000)]
    with files[1].open(encoding="utf-8") as fh:
        texts += [json.loads(line)["text"] for line in fh]
    with files[2].open(encoding="utf-8") as fh:
        texts += [zhconv_rs.zhconv(json.loads(line)["content"], "zh-cn") for line in islice(fh, 200)]
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
