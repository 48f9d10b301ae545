"""A JSON Lines record whose text is a whole HTML page is extracted as one (process.extract_document)."""

from __future__ import annotations

from policydata.process import extract_document, process_raw
from policydata.records import RawDocument

STYLES = "\n".join(f".c{i} {{ width: {i}px; display: none; }}" for i in range(120))
PAGE = (
    "<head>\n<meta charset=\"utf-8\">\n<title>亚洲首艘圆筒型海上油气加工厂启运_南方网</title>\n"
    f"<style>\n{STYLES}\n</style>\n<script>var is_app = 1;</script>\n</head>\n<body>\n"
    "<div class=\"nav\"><a href=\"/\">南方网</a> &gt; <a href=\"/n\">新闻</a></div>\n"
    "<h1>亚洲首艘圆筒型海上油气加工厂启运</h1>\n<div class=\"info\">2024-05-12 17:19 来源:新华网</div>\n"
    "<div class=\"content\"><p>新华社深圳5月12日电 海葵一号12日从青岛离港启运,为深水油田二次开发项目年内投产奠定基础。</p>"
    "<p>中国海油深圳分公司深水工程建设中心总经理刘华祥介绍,海葵一号本身没有动力,需要装到半潜运输船上运输。</p></div>\n"
    "</body>"
)


def _raw(text: str) -> RawDocument:
    return RawDocument(doc_id="d1", raw_id="r1", source="test", kind="jsonl", data=text.encode("utf-8"),
                       read_at="2026-01-01T00:00:00+00:00")


def test_a_page_saved_from_its_head_is_extracted_as_html() -> None:
    # no doctype and no <html>, the <body> past the first 2,000 characters of styles
    assert PAGE.index("<body") > 2000
    extracted = extract_document(_raw(PAGE))
    assert extracted.published and extracted.published.startswith("2024-05-12")
    assert "display: none" not in extracted.body and "刘华祥" in extracted.body
    out = process_raw(_raw(PAGE))
    assert "width:" not in out.normalised.text


def test_plain_text_that_names_a_tag_stays_text() -> None:
    text = "网页的标题写在title元素里,例如 <b>加粗</b> 只是举例。交通运输部部长表示,要加快建设交通强国。"
    assert extract_document(_raw(text)).body == text


def test_a_text_naming_a_tag_inside_is_not_a_page() -> None:
    text = "网站适老化改造指南发布\n\n工信部负责人表示,网页应在<meta name=\"viewport\">中声明适配移动端。要加快改造。"
    assert extract_document(_raw(text)).body == text
