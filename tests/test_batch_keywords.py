"""process_batch takes keywords in a second pass over the batch: the results must be those of
tagging each document on its own (process_raw / tag_document), quarantine order included."""

from __future__ import annotations

import pytest

from policydata.process import process_batch, process_raw
from policydata.records import Quarantined, RawDocument
from policydata.tag import keywords

TEXTS = [
    "国家邮政局召开会议，部署快递进村工作，推动农村寄递物流体系建设，快递进村覆盖率持续提升。",
    "国务院常务会议研究部署高质量发展举措，强调稳定就业，支持中小企业发展，稳定就业是头等大事。",
    "",
    "生态环境部发布空气质量报告，京津冀地区空气质量明显改善，细颗粒物浓度下降。",
]


def _raw(i: int, text: str) -> RawDocument:
    return RawDocument(doc_id=f"d{i}", raw_id=f"r{i}", source="test", kind="jsonl", data=text.encode("utf-8"),
                       read_at="2026-01-01T00:00:00+00:00", url=None, title=None, published="2024-05-01")


def _raws() -> list[RawDocument | Quarantined]:
    given = Quarantined(source="test", reason="undecodable", raw_id="q0", detail="given")
    return [given, *(_raw(i, t) for i, t in enumerate(TEXTS))]


def test_batch_keywords_match_per_document_tagging():
    result = process_batch(_raws())
    alone = [process_raw(r) for r in _raws()[1:]]
    assert [d.tags for d in result.documents] == [d.tags for d in alone if not isinstance(d, Quarantined)]
    assert all(d.tags.keywords for d in result.documents)
    assert [q.raw_id for q in result.quarantined] == ["q0", "r2"]


def test_batch_without_keywords_or_tags():
    assert all(d.tags.keywords == [] for d in process_batch(_raws(), with_keywords=False).documents)
    assert all(d.tags is None for d in process_batch(_raws(), tag=False).documents)


def test_keyword_failure_quarantines_that_document_in_place(monkeypatch: pytest.MonkeyPatch):
    real = keywords.extract_keywords

    def failing(text: str, k: int = 10):
        if "国务院" in text:
            raise RuntimeError("boom")
        return real(text, k)

    monkeypatch.setattr(keywords, "extract_keywords", failing)
    result = process_batch(_raws())
    assert [d.raw.raw_id for d in result.documents] == ["r0", "r3"]
    assert [q.raw_id for q in result.quarantined] == ["q0", "r1", "r2"]
    assert result.quarantined[1].reason == "processing_error"
    assert result.quarantined[1].detail == "RuntimeError: boom"
