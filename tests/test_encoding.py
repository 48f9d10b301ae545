"""decode_bytes: BOMs, declared charsets, UTF-8, legacy Chinese encodings, and non-text."""

from __future__ import annotations

import codecs

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from policydata.sources.encoding import UndecodableError, decode_bytes, normalise_label

SIMPLIFIED = (
    "交通运输部召开新闻发布会，介绍今年前三季度交通运输经济运行情况。部长出席会议并讲话，强调安全生产。"
)
TRADITIONAL = (
    "交通運輸部召開新聞發布會，介紹今年前三季度交通運輸經濟運行情況。部長出席會議並講話，強調安全生產。"
)


@pytest.mark.parametrize(
    ("text", "codec", "expected"),
    [
        (SIMPLIFIED, "gbk", "gb18030"),
        (SIMPLIFIED, "gb2312", "gb18030"),
        (SIMPLIFIED + "𠀀镕", "gb18030", "gb18030"),
        (TRADITIONAL, "big5", "cp950"),
        (TRADITIONAL + "碁銹", "cp950", "cp950"),
        (SIMPLIFIED, "utf-8", "utf-8"),
        (SIMPLIFIED, "utf-16-le", "utf-16-le"),
        (SIMPLIFIED, "utf-16-be", "utf-16-be"),
        ("ASCII text 混合 mixed " + SIMPLIFIED, "utf-16-le", "utf-16-le"),
    ],
)
def test_undeclared_encodings_are_detected(text: str, codec: str, expected: str) -> None:
    decoded, name = decode_bytes(text.encode(codec))
    assert decoded == text
    assert name == expected


@pytest.mark.parametrize(
    ("bom", "codec", "name"),
    [
        (codecs.BOM_UTF8, "utf-8", "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16-be"),
    ],
)
def test_bom_wins_and_is_removed(bom: bytes, codec: str, name: str) -> None:
    data = bom + ('<meta charset="gbk">' + SIMPLIFIED).encode(codec)
    decoded, got = decode_bytes(data)
    assert got == name
    assert decoded == '<meta charset="gbk">' + SIMPLIFIED


def test_meta_charset_gb2312_page_decodes_as_gb18030() -> None:
    page = f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><body>{SIMPLIFIED}</body></html>'
    decoded, name = decode_bytes(page.encode("gb18030"))
    assert name == "gb18030"
    assert SIMPLIFIED in decoded


def test_xml_declaration_and_big5_label() -> None:
    page = f'<?xml version="1.0" encoding="big5"?><html><body>{TRADITIONAL}</body></html>'
    decoded, name = decode_bytes(page.encode("cp950"))
    assert name in ("cp950", "big5hkscs")
    assert TRADITIONAL in decoded


def test_stale_legacy_declaration_on_utf8_bytes_is_ignored() -> None:
    # pages re-saved as UTF-8 often keep <meta charset=gb2312>
    page = f'<meta charset="gb2312"><p>{SIMPLIFIED}</p>'
    decoded, name = decode_bytes(page.encode("utf-8"))
    assert name == "utf-8"
    assert SIMPLIFIED in decoded


def test_declared_argument_is_used_for_legacy_bytes() -> None:
    decoded, name = decode_bytes(SIMPLIFIED.encode("gbk"), declared="GBK")
    assert (decoded, name) == (SIMPLIFIED, "gb18030")


def test_a_few_corrupt_bytes_in_a_declared_page_are_replaced() -> None:
    body = (SIMPLIFIED * 20).encode("gb18030")
    data = b'<meta charset="gbk">' + body[:300] + b"\xff" + body[300:]
    decoded, name = decode_bytes(data)
    assert name == "gb18030"
    assert decoded.count("\ufffd") == 1


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b"   \n\t ", "empty"),
        (b"\x00" * 64, "empty"),
        (bytes(range(256)) * 8, "binary"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(200)) * 4, "binary"),
        (b"PK\x03\x04" + b"\x00\x01\x02\x03\x04\x05\x06" * 50, "binary"),
    ],
)
def test_non_text_raises_with_reason(data: bytes, reason: str) -> None:
    with pytest.raises(UndecodableError) as error:
        decode_bytes(data)
    assert error.value.reason == reason


def test_labels_map_to_browser_supersets() -> None:
    assert normalise_label("GB2312") == "gb18030"
    assert normalise_label("x-gbk") == "gb18030"
    assert normalise_label("Big5") == "big5"
    assert normalise_label("UTF8") == "utf-8"
    assert normalise_label("no-such-charset") is None


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=400))
def test_any_bytes_decode_or_raise_undecodable(data: bytes) -> None:
    try:
        text, name = decode_bytes(data)
    except UndecodableError as error:
        assert error.reason in {"empty", "binary", "undetectable"}
    else:
        assert isinstance(text, str)
        assert codecs.lookup(name.removesuffix("-sig"))


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet=st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5), min_size=1, max_size=80))
def test_utf8_han_text_round_trips(text: str) -> None:
    assert decode_bytes(text.encode("utf-8")) == (text, "utf-8")


def test_big5_bytes_under_a_stale_gb2312_label_are_read_as_big5() -> None:
    text = "交通運輸部部長李小鵬到國家郵政局調研,他強調,要做好快遞安全監管工作。"
    page = b'<html><head><meta charset="gb2312"></head><body><p>' + text.encode("big5") + b"</p></body></html>"
    decoded, codec = decode_bytes(page)
    assert codec in ("cp950", "big5hkscs") and text in decoded
    # real GBK under the same label keeps it (Traditional characters in GBK included)
    gbk = "交通运輸部部長調研,國家郵政局".encode("gbk")
    decoded, codec = decode_bytes(b'<meta charset="gb2312">' + gbk)
    assert codec == "gb18030" and decoded.endswith("交通运輸部部長調研,國家郵政局")


def test_a_short_big5_text_is_not_misread_as_gb18030() -> None:
    assert decode_bytes("部長講話".encode("big5")) == ("部長講話", "cp950")
    assert decode_bytes("部长讲话".encode("gbk")) == ("部长讲话", "gb18030")


@pytest.mark.parametrize("label", ["iso-8859-1", "windows-1252", "euc-kr", "koi8-r", "big5"])
def test_gbk_bytes_under_a_wrong_label_are_read_as_gbk(label: str) -> None:
    body = "国务院总理李强11月9日在北京主持召开国务院常务会议,研究部署安全生产工作。" * 2
    page = f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={label}"></head>' \
           f"<body><p>{body}</p></body></html>"
    text, codec = decode_bytes(page.encode("gbk"))
    assert codec == "gb18030" and body in text


def test_a_latin_page_keeps_its_latin_label() -> None:
    page = '<html><head><meta charset="iso-8859-1"></head><body><p>Le président a déclaré: été, à côté.</p></body></html>'
    assert decode_bytes(page.encode("cp1252")) == (page, "cp1252")


def test_a_japanese_page_keeps_its_japanese_label() -> None:
    page = '<html><head><meta charset="shift_jis"></head><body><p>東京都は今日、新しい交通政策を発表しました。</p></body></html>'
    assert decode_bytes(page.encode("shift_jis")) == (page, "shift_jis")
