"""Turn the bytes of a page or text file into ``str``, or say why they are not text.

Order of evidence, strongest first:

1. a byte-order mark (UTF-8, UTF-16/32 LE/BE) — it cannot be there by accident;
2. a charset the caller was given (HTTP header) or the document declares (``<meta charset>``,
   ``http-equiv`` Content-Type, ``<?xml encoding?>``), with legacy labels widened to the superset
   browsers actually use (gb2312/gbk → gb18030, big5 → cp950 or big5hkscs);
3. strict UTF-8 — random legacy bytes almost never validate as UTF-8;
4. BOM-less UTF-16, recognised by NULs sitting on every other byte;
5. charset-normalizer restricted to the encodings Chinese pages use (gb18030, big5, utf-16), kept
   only when the result is mostly Han text.

Bytes that are empty, NUL-heavy or control-character soup raise :class:`UndecodableError` whose
``reason`` the ingest stage records when it quarantines the input.

The regexes live here rather than in ``extract_patterns`` because ``sources`` must not import a
later stage (``extract``); they are few and run on the first few KB only.
"""

from __future__ import annotations

import codecs
import re

__all__ = ["UndecodableError", "decode_bytes", "normalise_label"]

# --- patterns (compiled once) -------------------------------------------------------------------
# <meta charset="gbk">, and the http-equiv form content="text/html; charset=gb2312" (ASCII view)
META_CHARSET = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]{2,40})""", re.IGNORECASE
)
# <?xml version="1.0" encoding="GB2312"?> at the very top of XHTML / XML feeds
XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]{0,100}?encoding\s*=\s*["']([A-Za-z0-9_.:\-]{2,40})["']""")
# C0 control characters other than tab, newline, carriage return, form feed (binary tell-tales)
CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
# Han ideographs (basic block, extension A, compatibility) — what a Chinese decode must yield
HAN_CHARS = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
# the Private Use Area: what bytes of another encoding often become when read as GB18030
PRIVATE_USE = re.compile(r"[\ue000-\uf8ff]")
# characters that are neither ASCII nor Han nor CJK punctuation/full-width forms: mojibake signs
FOREIGN_CHARS = re.compile(
    r"[^\x00-\x7f\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef\u2010-\u2027\u00b7]"
)

# how many leading bytes to scan for a declaration (browsers use 1024; CMS pages put long
# comments and scripts before <meta>, so look further)
_SNIFF_BYTES = 8192
# a decode with more U+FFFD than this share of characters is not the right encoding
_MAX_REPLACEMENT_SHARE = 0.002
# a text in which more than this share of characters are C0 controls is binary
_MAX_CONTROL_SHARE = 0.01

# every byte value except the C0 controls that never occur in text (keeps \t \n \f \r, ESC for
# ISO-2022); deleting these from a sample leaves only the binary tell-tale bytes
_NON_CONTROL_BYTES = bytes(b for b in range(256) if b >= 0x20 or b in (0x09, 0x0A, 0x0C, 0x0D, 0x1B))

_BOMS: tuple[tuple[bytes, str], ...] = (
    # UTF-32 first: its LE mark starts with the UTF-16 LE mark
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# legacy labels → the superset codec browsers decode them with (WHATWG encoding standard)
_LABEL_MAP = {
    "gb2312": "gb18030",
    "gb_2312": "gb18030",
    "gb_2312-80": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "cp936": "gb18030",
    "euc-cn": "gb18030",
    "hz-gb-2312": "gb18030",
    "gb18030": "gb18030",
    "big5": "big5",
    "big5-hkscs": "big5",
    "big5hkscs": "big5",
    "x-x-big5": "big5",
    "cp950": "big5",
    "utf8": "utf-8",
    "utf-8": "utf-8",
    "unicode": "utf-16",
    "utf-16": "utf-16",
    "utf-16le": "utf-16-le",
    "utf-16be": "utf-16-be",
    "iso-8859-1": "cp1252",
    "latin1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
}
# cp950 (Microsoft Big5 with the ETEN extensions and €) covers most Taiwanese pages; big5hkscs
# adds Hong Kong characters. Try both strictly before accepting a lossy decode.
_BIG5_CANDIDATES = ("cp950", "big5hkscs")
_DETECT_CANDIDATES = ["gb18030", "big5", "utf_16"]


class UndecodableError(ValueError):
    """The bytes are not text in any encoding we accept; ``reason`` is a short machine label."""

    def __init__(self, reason: str, detail: str | None = None) -> None:
        super().__init__(reason if detail is None else f"{reason}: {detail}")
        self.reason = reason
        self.detail = detail


def normalise_label(label: str) -> str | None:
    """Map a declared charset label to the codec we decode it with, or None if unknown."""
    key = label.strip().strip("\"'").lower()
    key = key.replace("_", "-") if key not in _LABEL_MAP else key
    if key in _LABEL_MAP:
        return _LABEL_MAP[key]
    try:
        return codecs.lookup(key).name
    except LookupError:
        return None


def _declared_in_document(data: bytes) -> str | None:
    head = data[:_SNIFF_BYTES]
    match = XML_ENCODING.search(head) or META_CHARSET.search(head)
    if match is None:
        return None
    return match.group(1).decode("ascii", "ignore")


def _is_textlike(text: str) -> bool:
    if not text.strip():
        return False
    controls = len(CONTROL_CHARS.findall(text))
    return controls <= _MAX_CONTROL_SHARE * len(text)


def _try(data: bytes, codec: str, *, lossy: bool) -> str | None:
    """Decode strictly; with ``lossy`` accept a decode whose U+FFFD share is tiny."""
    try:
        return data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        if not lossy:
            return None
    text = data.decode(codec, errors="replace")
    bad = text.count("\ufffd") - data.count(b"\xef\xbf\xbd")
    return text if bad <= max(2, _MAX_REPLACEMENT_SHARE * len(text)) else None


def _decode_as(data: bytes, codec: str) -> tuple[str, str] | None:
    """Decode with a declared codec family, trying supersets strictly before a lossy decode."""
    if codec == "big5":
        for name in _BIG5_CANDIDATES:
            text = _try(data, name, lossy=False)
            if text is not None:
                return text, name
        text = _try(data, "cp950", lossy=True)
        return (text, "cp950") if text is not None else None
    if codec == "utf-16":
        guessed = _utf16_without_bom(data)
        return guessed
    text = _try(data, codec, lossy=True)
    return (text, codec) if text is not None else None


def _utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    """UTF-16 without a BOM: ASCII and most CJK put NULs or small bytes at one parity."""
    if len(data) < 4 or len(data) % 2:
        return None
    even_nul = data[0::2].count(0)
    odd_nul = data[1::2].count(0)
    half = len(data) // 2
    if odd_nul > 0.3 * half and even_nul < 0.05 * half:
        order = ("utf-16-le",)
    elif even_nul > 0.3 * half and odd_nul < 0.05 * half:
        order = ("utf-16-be",)
    else:
        order = ("utf-16-le", "utf-16-be")
    for codec in order:
        text = _try(data, codec, lossy=False)
        if text is not None and _is_textlike(text) and _mostly_cjk_or_ascii(text):
            return text, codec
    return None


def _mostly_cjk_or_ascii(text: str) -> bool:
    """Sanity check for a guessed decode: few characters outside ASCII, Han and CJK punctuation."""
    sample = text[:20000]
    han = len(HAN_CHARS.findall(sample))
    foreign = len(FOREIGN_CHARS.findall(sample))
    non_ascii = sum(1 for ch in sample if ord(ch) > 0x7F) if han < 20 else han + foreign
    if non_ascii == 0:
        return True
    return han >= 0.5 * non_ascii and foreign <= 0.1 * max(non_ascii, 1)


def _check_text(text: str, codec: str) -> tuple[str, str]:
    if not _is_textlike(text):
        raise UndecodableError("binary", f"control characters after decoding as {codec}")
    return text, codec


def decode_bytes(data: bytes, *, declared: str | None = None) -> tuple[str, str]:
    """Decode ``data``; return ``(text, codec_name)`` or raise :class:`UndecodableError`.

    ``declared`` is a charset given from outside the bytes (an HTTP header); a BOM still wins
    over it, and it wins over a declaration inside the document.
    """
    if not data:
        raise UndecodableError("empty")
    for bom, codec in _BOMS:
        if data.startswith(bom):
            text = data[len(bom) :].decode(codec.removesuffix("-sig"), errors="replace")
            if not text.strip(" \t\r\n\x00"):
                raise UndecodableError("empty", f"only a {codec} byte-order mark")
            return _check_text(text, codec)
    if not data.strip(b" \t\r\n\x00"):
        raise UndecodableError("empty", "only whitespace or NUL bytes")

    labels = [
        codec
        for label in (declared, _declared_in_document(data))
        if label
        for codec in (normalise_label(label),)
        if codec
    ]
    nul_share = data.count(0) / len(data)
    if nul_share <= 0.1:
        sample = data[:65536]
        control_share = len(sample.translate(None, _NON_CONTROL_BYTES)) / len(sample)
        if control_share > _MAX_CONTROL_SHARE:
            # UTF-16 Han text has control-range bytes (，is FF 0C, 。is 30 02) but no NULs
            guessed = _utf16_without_bom(data)
            if guessed is not None:
                return guessed
            raise UndecodableError("binary", f"{control_share:.0%} control bytes")
    else:
        guessed = _utf16_without_bom(data)
        if guessed is not None:
            return guessed
        raise UndecodableError("binary", f"{nul_share:.0%} NUL bytes")

    # Valid UTF-8 with non-ASCII bytes is UTF-8 whatever the page declares: legacy text almost
    # never validates, while re-saved pages often keep a stale ``charset=gb2312``.
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        codec = "utf-8" if not data.isascii() or not labels else labels[0]
        return _check_text(text, codec if codec not in ("utf-16", "utf-16-le", "utf-16-be") else "utf-8")

    for codec in labels:
        decoded = _decode_as(data, codec)
        if decoded is not None and _is_textlike(decoded[0]):
            if decoded[1] == "gb18030" and _gb2312_share(decoded[0]) < _GB2312_SHARE:
                # GB18030 reads almost any byte pairs without error: Big5 bytes under a stale
                # gb2312/gbk label come out as rare characters, which Big5 reads as text
                big5 = _big5_text(data)
                if big5 is not None:
                    return big5
            if codec == "big5":
                # …and the reverse: GBK bytes under a big5 label read as rare Traditional
                # characters, while GB18030 reads them as GB2312 text (measured: GBK news text
                # 0.997 or more inside GB2312 read so, Big5 text 0.49 or less)
                gb = _gb_text(data)
                if gb is not None:
                    return gb
            if codec not in _CHINESE_CODECS and not _mostly_cjk_or_ascii(decoded[0]):
                # a Latin, Cyrillic or Korean label on a page that reads as none of them
                # (¹úÎñÔº for 国务院): the label is wrong when the bytes read as Chinese
                guessed = _detect(data)
                if guessed is not None:
                    return guessed
            return decoded

    guessed = _detect(data)
    if guessed is not None:
        return guessed
    # a UTF-8 page with a few corrupted bytes is still a UTF-8 page
    text = _try(data, "utf-8", lossy=True)
    if text is not None and _is_textlike(text):
        return text, "utf-8"
    raise UndecodableError("undetectable", "no candidate encoding gives Chinese or ASCII text")


def _gb2312_share(text: str) -> float:
    """Share of Han characters inside GB2312: near 1 for real GB text, low for Big5 misread as GBK
    (private-use characters, which such a misreading also yields, count as outside)."""
    sample = text[:20000]
    han = "".join(HAN_CHARS.findall(sample))
    private = len(PRIVATE_USE.findall(sample))
    if not han and not private:
        return 1.0
    return len(han.encode("gb2312", errors="ignore")) / (2 * (len(han) + private))


#: Share of a GB18030 decode's Han characters inside GB2312 below which the bytes may be Big5.
_GB2312_SHARE = 0.97


#: Codecs a declared label is trusted with, whatever the decode reads as: the Chinese ones (the
#: checks above only choose between GB and Big5), Unicode, and the Japanese ones (a real Japanese
#: page holds kana, which the check for Chinese text would count against it).
_CHINESE_CODECS = frozenset({"gb18030", "big5", "utf-8", "utf-16", "utf-16-le", "utf-16-be",
                             "shift_jis", "cp932", "euc_jp", "iso2022_jp"})


def _gb_text(data: bytes) -> tuple[str, str] | None:
    """A strict GB18030 decode of at least 20 Han characters nearly all inside GB2312, or None."""
    text = _try(data, "gb18030", lossy=False)
    if text is None or not _is_textlike(text) or len(HAN_CHARS.findall(text[:20000])) < 20:
        return None
    return (text, "gb18030") if _gb2312_share(text) >= _GB2312_SHARE else None


def _big5_text(data: bytes) -> tuple[str, str] | None:
    """A strict Big5 decode that reads as Han text, or None."""
    for codec in _BIG5_CANDIDATES:
        text = _try(data, codec, lossy=False)
        if text is not None and _is_textlike(text) and _mostly_cjk_or_ascii(text):
            return text, codec
    return None


def _detect(data: bytes) -> tuple[str, str] | None:
    """Guess among UTF-16 (no BOM), GB18030 and Big5; keep a decode only if it reads as Han text."""
    if len(data) % 2 == 0:
        guessed = _utf16_without_bom(data)
        if guessed is not None:
            return guessed
    # GB18030 accepts almost any lead/trail pair, Big5 (cp950) is stricter; Big5 bytes read as
    # GB18030 land outside GB2312 (trail bytes 0x40-0x7E), so a low GB2312 share means Big5.
    gb = _try(data, "gb18030", lossy=False)
    if gb is not None and _is_textlike(gb) and _gb2312_share(gb) >= _GB2312_SHARE:
        return gb, "gb18030"
    big5 = _big5_text(data)
    if big5 is not None:
        return big5
    if gb is not None and _is_textlike(gb) and _mostly_cjk_or_ascii(gb):
        return gb, "gb18030"
    from charset_normalizer import from_bytes  # imported lazily: only damaged legacy bytes need it

    best = from_bytes(data[:65536], cp_isolation=_DETECT_CANDIDATES).best()
    if best is not None:
        family = normalise_label(best.encoding) or best.encoding
        if family.startswith("utf-16") or family == "utf_16":
            family = "utf-16"
        decoded = _decode_as(data, family)
        if decoded is not None and _is_textlike(decoded[0]) and _mostly_cjk_or_ascii(decoded[0]):
            return decoded
    for codec in ("gb18030", "cp950"):
        text = _try(data, codec, lossy=True)
        if text is not None and _is_textlike(text) and _mostly_cjk_or_ascii(text):
            return text, codec
    return None
