"""evaluate_html: the scoring itself, and floors on the shared HTML pages (they may only go up)."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pytest

from policydata.evaluate_html import bigram_f1, evaluate_html, format_report, scoring_chars

SHARED_INDEX = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "html" / "index.tsv"
FIXTURES = Path(__file__).resolve().parent / "fixtures" / "html"

# measured with `policydata eval-html --index ../shared/corpus/html/index.tsv` (rounded down)
FLOOR_BODY_F1 = 0.99
FLOOR_TITLE = 1.00
FLOOR_PUBLISHED = 1.00


def test_scoring_ignores_punctuation_and_space() -> None:
    assert scoring_chars("央视网消息（新闻联播）：\n**今天**") == "央视网消息新闻联播今天"
    assert bigram_f1("今天，晴。", "今天 晴") == 1.0


def test_bigram_f1_is_multiset_f1() -> None:
    assert bigram_f1("", "") == 1.0
    assert bigram_f1("甲乙", "") == 0.0
    assert bigram_f1("甲乙丙", "丁戊己") == 0.0
    # extracted 甲乙 乙丙 丙丁 vs gold 甲乙 乙丙: P = 2/3, R = 1
    assert bigram_f1("甲乙丙丁", "甲乙丙") == pytest.approx(0.8)
    # repeated bigrams count as often as they occur
    assert bigram_f1("甲乙甲乙", "甲乙") == pytest.approx(2 * (1 / 3) * 1 / (1 / 3 + 1))


def _write_index(tmp_path: Path) -> Path:
    shutil.copy(FIXTURES / "govcn_ucap.html", tmp_path / "a.html")
    shutil.copy(FIXTURES / "ministry_trs.html", tmp_path / "b.html")
    shutil.copy(FIXTURES / "xinhuanet_detail.html", tmp_path / "c.html")
    (tmp_path / "gold").mkdir()
    (tmp_path / "gold" / "a.txt").write_text(
        "<!--repaste.body.begin-->\n各省、自治区、直辖市人民政府，国务院各部委、各直属机构：\n"
        "快递业是服务民生的重要行业。为加快推进快递包装绿色转型，经国务院同意，现提出以下意见。\n"
        "一、到2022年，快递包装领域法律法规体系进一步健全，电商快件不再二次包装比例达到85%。\n"
        "二、各地区、各部门要加强组织领导，强化协同配合，确保各项任务落到实处。\n<!--repaste.body.end-->\n",
        encoding="utf-8",
    )
    rows = [
        {
            "file": "a.html",
            "url": "",
            "expected_title": "国务院办公厅关于加快推进快递包装绿色转型的意见",
            "expected_published": "2020-12-14 18:05",
            "gold_text_file": "gold/a.txt",
        },
        {
            "file": "b.html",
            "url": "",
            "expected_title": "错误的标题",
            "expected_published": "2023-11-24",
            "gold_text_file": "",
        },
        {"file": "c.html", "url": "", "expected_title": "", "expected_published": "", "gold_text_file": ""},
    ]
    index = tmp_path / "index.tsv"
    with index.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]), delimiter="\t")
        writer.writeheader()
        writer.writerows(rows)
    return index


def test_evaluate_on_a_small_index(tmp_path: Path) -> None:
    result = evaluate_html(_write_index(tmp_path))
    assert result["n_pages"] == 2  # the row without any gold is not scored
    assert (result["n_body"], result["n_title"], result["n_published"]) == (1, 2, 2)
    assert result["body_f1"] == 1.0
    assert result["title_accuracy"] == 0.5
    assert result["published_accuracy"] == 0.5
    by_file = {page["file"]: page for page in result["pages"]}
    assert by_file["b.html"]["title_ok"] is False
    assert by_file["b.html"]["body_f1"] is None
    assert [page["file"] for page in result["worst"]] == ["a.html"]
    report = format_report(result)
    assert "title misses" in report and "b.html" in report


def test_custom_extractor_is_used(tmp_path: Path) -> None:
    result = evaluate_html(_write_index(tmp_path), extractor=lambda data, url: {"title": "", "body": ""})
    assert result["body_f1"] == 0.0
    assert result["title_accuracy"] == 0.0


def test_floors_on_shared_pages() -> None:
    if not SHARED_INDEX.exists():
        pytest.skip(f"shared HTML corpus not available: {SHARED_INDEX} is missing")
    result = evaluate_html(SHARED_INDEX)
    assert result["n_body"] >= 50 and result["n_title"] >= 30 and result["n_published"] >= 40
    assert result["body_f1"] >= FLOOR_BODY_F1, format_report(result)
    assert result["title_accuracy"] >= FLOOR_TITLE, format_report(result)
    assert result["published_accuracy"] >= FLOOR_PUBLISHED, format_report(result)
