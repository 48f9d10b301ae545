"""HTML page → title, publication date, outlet, author and main text.

Chinese government and news sites are built on a handful of CMSs (TRS WCM, 开普云 UCAP, the
people.com.cn / xinhuanet / cctv templates …) that mark the article with stable ids and classes.
When such a container is present we read the text from it ourselves (fast, and it keeps what those
CMSs put there: 信息公开 tables, bylines, 责任编辑 lines); otherwise trafilatura finds the main text.
Metadata comes from the page's own ``<meta>`` tags first (except that the 成文日期 of a government
document beats the posting date), then from the visible byline (发布时间 / 来源 / 作者) under the
headline, then from the URL; htmldate is the last resort for the date.

Everything here is a pure function of the bytes (or string) and the URL.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import lxml.etree
import lxml.html

from policydata import extract_patterns as P
from policydata.sources.encoding import decode_bytes

__all__ = ["clean_title", "extract_html", "parse_datetime"]

# elements whose text is never article text
# (form and button are not here: malformed pages nest whole articles inside them)
_SKIP_TAGS = frozenset(
    {
        "script",
        "style",
        "noscript",
        "iframe",
        "select",
        "option",
        "textarea",
        "input",
        "object",
        "embed",
        "svg",
        "canvas",
        "head",
        "template",
        "nav",
        "footer",
        "audio",
        "video",
    }
)
# elements that start a new line in the rendered page
_BLOCK_TAGS = frozenset(
    {
        "p",
        "div",
        "br",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "li",
        "ul",
        "ol",
        "tr",
        "table",
        "tbody",
        "section",
        "article",
        "blockquote",
        "pre",
        "center",
        "dd",
        "dt",
        "dl",
        "figure",
        "figcaption",
        "header",
        "hr",
        "td",
        "th",
        "caption",
        "address",
        "main",
    }
)
# meta names (lower case) that carry the publication time, most trusted first
_META_PUBLISHED = (
    "article:published_time",
    "og:article:published_time",
    "publishdate",
    "pubdate",
    "publishtime",
    "firstpublishedtime",
    "datepublished",
    "og:release_date",
    "ptime",
    "dc.date.issued",
    "dc.date",
    "dcterms.created",
    "bytedance:published_time",
    "weibo:article:create_at",
    "created",
)
_META_TITLE = ("articletitle", "og:title", "twitter:title", "title")
_META_SOURCE = ("contentsource", "source", "og:site_name_source", "article:source")
_META_AUTHOR = ("author", "article:author", "dc.creator")
# a container must hold at least this many Han characters to be trusted as the article
_MIN_CONTAINER_HAN = 40


def extract_html(data: bytes | str, *, url: str | None = None) -> dict[str, Any]:
    """Extract ``title, published, outlet, author, body, encoding`` from one HTML page.

    ``data`` as bytes is decoded with :func:`policydata.sources.encoding.decode_bytes` (which
    raises ``UndecodableError`` for non-text); a ``str`` is taken as already decoded (``encoding``
    is then ``None``: the caller knows how it decoded it). ``published`` is ``YYYY-MM-DD`` or
    ``YYYY-MM-DDTHH:MM[:SS]`` when the page gives a time; missing fields are ``None``.
    """
    if isinstance(data, bytes):
        text, encoding = decode_bytes(data)
    else:
        text, encoding = data, None
    result: dict[str, Any] = {
        "title": None,
        "published": None,
        "outlet": None,
        "author": None,
        "body": "",
        "encoding": encoding,
    }
    text = P.XML_DECLARATION.sub("", text, count=1)
    if not text.strip():
        return result
    text = P.STRAY_END_TAG.sub("", text)
    try:
        doc = lxml.html.document_fromstring(text, parser=_parser())
    except (lxml.etree.ParserError, ValueError):
        return result

    # script/style text is never page text; removing it once lets the container search use
    # lxml's C-level text_content() instead of rendering every candidate
    lxml.etree.strip_elements(doc, "script", "style", "noscript", "template", with_tail=False)
    metas = _meta_values(doc)
    _add_enp_properties(text, metas)
    container = _find_container(doc)
    if container is not None:
        body = _element_text(container)
    else:
        body = _trafilatura_body(doc if _deeper_than(doc, _PARSER_DEPTH) else text, url)
    title = _title(doc, metas)
    raw_top = body[:1000]
    body = _clean_body(body, title)

    header_text, trailer_text = _around_text(doc, container, raw_top, title)
    result["title"] = title
    result["body"] = body
    result["published"] = _published(metas, header_text, trailer_text[:3000], url, raw_top, doc, title)
    result["outlet"] = _outlet(metas, header_text)
    result["author"] = _author(metas, header_text, body, trailer_text[:500])
    return result


# --- metadata ---------------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _parser() -> lxml.html.HTMLParser:
    """libxml2's HTML parser without its safety limits (``huge_tree``): past 256 levels of
    nesting (unclosed <font> or <div> in old CMS output) it would silently drop the rest of the
    page's text."""
    return lxml.html.HTMLParser(huge_tree=True)


def _meta_values(doc: lxml.html.HtmlElement) -> dict[str, str]:
    """``<meta name|property|itemprop=… content=…>`` as a dict with lower-case keys (first wins)."""
    values: dict[str, str] = {}
    for meta in doc.iter("meta"):
        key = meta.get("name") or meta.get("property") or meta.get("itemprop") or meta.get("http-equiv")
        content = meta.get("content")
        if key and content and content.strip():
            content = _norm_space(P.TAG.sub("", content))
            if content:
                values.setdefault(key.strip().lower(), content)
    return values


def _add_enp_properties(html: str, metas: dict[str, str]) -> None:
    """Founder newspaper pages keep date and author in an ``enpproperty`` comment: read it as meta."""
    match = P.ENP_PROPERTY.search(html)
    if match is None:
        return
    for name, value in P.ENP_FIELD.findall(match.group(1)):
        if value.strip():
            metas.setdefault({"date": "publishdate"}.get(name, name), value.strip())


def _norm_space(text: str) -> str:
    return P.INLINE_SPACE.sub(" ", text).strip()


def clean_title(title: str) -> str:
    """Drop media-kind prefixes ([视频], 【组图】) and the site/channel names a CMS appends.

    ``<title>`` is split at the separators CMSs use (``_``, `` - ``, ``--``, ``|``); segments are
    dropped from the end while they look like site or channel names (…网, 频道, 门户网站, a short
    column name such as 国务院文件), are very short, or carry no Han character. The first
    segment always stays, and a long segment is never taken for a column name, so a headline
    with an inner bar or hyphen survives.
    """
    title = _norm_space(title)
    title = P.TITLE_MEDIA_PREFIX.sub("", title)
    parts = P.TITLE_SEPARATOR.split(title)
    if len(parts) > 1:
        kept = list(parts)
        while len(kept) > 1 and _is_site_segment(kept[-1]):
            kept.pop()
        if len(kept) < len(parts):
            # cut the string after the last kept segment, keeping its original separators
            end = 0
            for segment in kept:
                end = title.index(segment, end) + len(segment)
            title = title[:end]
    title = P.TITLE_SPACE_SITE.sub("", title)
    return title.strip(" _-|｜–—")


def _is_site_segment(segment: str) -> bool:
    segment = segment.strip()
    if len(segment) <= 4 or not P.HAN.search(segment):
        return True
    if len(segment) <= 25 and P.SITE_SEGMENT_STRONG.search(segment):
        return True
    return len(segment) <= 8 and P.SITE_SEGMENT_WEAK.search(segment) is not None


def _title(doc: lxml.html.HtmlElement, metas: dict[str, str]) -> str | None:
    """The headline, in this order of evidence:

    1. an ``<h1>``/``<h2>`` found inside ``<title>`` with only separators and site names around it
       (the CMS wrote the headline twice; the heading has no suffix to strip);
    2. a headline meta (ArticleTitle, og:title …), cleaned; extended by ``<title>`` when the meta
       was cut short;
    3. ``<title>`` cleaned, unless what is left is itself a site name;
    4. the first substantial heading.
    """
    page_title = _norm_space(doc.findtext(".//title") or "")
    bare_page_title = P.TITLE_MEDIA_PREFIX.sub("", page_title)
    candidates = [metas[k] for k in _META_TITLE if k in metas]
    headings = [_norm_space(h.text_content()) for h in doc.iter("h1", "h2")]
    for heading in headings:
        bare = P.TITLE_MEDIA_PREFIX.sub("", heading)
        if len(bare) < 4:
            continue
        pos = bare_page_title.find(bare)
        if pos >= 0:
            before, after = bare_page_title[:pos], bare_page_title[pos + len(bare) :]
            tail_ok = not after.strip() or (P.TITLE_TAIL.match(after) and _only_site_segments(after))
            head_ok = not before.strip() or _only_site_segments(before)
            if tail_ok and head_ok:
                return bare
        if bare in candidates and len(bare) >= 0.6 * len(clean_title(page_title)):
            return bare
    cleaned_page_title = clean_title(page_title) if page_title else ""
    for candidate in candidates:
        cleaned = clean_title(candidate)
        if len(cleaned) >= 4 and P.HAN.search(cleaned) and not _is_site_segment(cleaned):
            # og:title is sometimes cut short; prefer the page title when it extends it
            if cleaned_page_title.startswith(cleaned) and len(cleaned_page_title) > len(cleaned):
                return cleaned_page_title
            return cleaned
    if cleaned_page_title and not _is_site_segment(cleaned_page_title):
        return cleaned_page_title
    for heading in headings:
        cleaned = clean_title(heading)
        if _han_count(cleaned) >= 6:
            return cleaned
    return cleaned_page_title or None


def _only_site_segments(text: str) -> bool:
    """True when ``text`` (around a headline in <title>) is only site names and separators."""
    segments = [seg for seg in P.TITLE_SEPARATOR.split(text) if seg.strip()]
    return bool(segments) and all(_is_site_segment(seg) for seg in segments)


def parse_datetime(value: str) -> str | None:
    """First date in ``value`` as ``YYYY-MM-DD`` or ``YYYY-MM-DDTHH:MM[:SS]`` (00:00:00 dropped)."""
    match = P.DATE_TIME.search(value)
    if match is None:
        return None
    return _format_match(match)


def _format_match(match: Any) -> str | None:
    year, month, day, hour, minute, second = match.groups()
    y, m, d = int(year), int(month), int(day)
    if not (1990 <= y <= 2100 and 1 <= m <= 12 and 1 <= d <= 31):
        return None
    out = f"{y:04d}-{m:02d}-{d:02d}"
    if hour is not None and minute is not None:
        h, mi = int(hour), int(minute)
        s = int(second) if second is not None else None
        if h < 24 and mi < 60 and (s is None or s < 60) and (h, mi, s or 0) != (0, 0, 0):
            out += f"T{h:02d}:{mi:02d}" + (f":{s:02d}" if s is not None else "")
    return out


def _url_date(url: str | None) -> str | None:
    if not url:
        return None
    for match in P.URL_DATE.finditer(url):
        groups = [g for g in match.groups() if g is not None]
        y, m, d = (int(g) for g in groups)
        if 1990 <= y <= 2100:
            return f"{y:04d}-{m:02d}-{d:02d}"
    return None


def _published(
    metas: dict[str, str],
    header: str,
    trailer: str,
    url: str | None,
    body: str,
    doc: lxml.html.HtmlElement,
    title: str | None,
) -> str | None:
    """The page's own publication date; ``body`` is the top of the extracted text, before the
    byline lines are cleaned away.

    Order: 成文日期 of a government document, date metas, a labelled date (发布时间 …) in the
    byline under the headline, then anywhere above the article, an unlabelled byline date, the
    URL, a date under the article, and htmldate's heuristics last.
    """
    byline = _after_headline(header, title)
    # 成文日期 is the date a government document carries; the web posting date comes after it
    for region in (header, body[:1000], trailer):
        match = P.DOCUMENT_DATE_LABEL.search(region)
        if match is not None:
            found = parse_datetime(region[match.end() : match.end() + 30])
            if found:
                return found
    for key in _META_PUBLISHED:
        if key in metas:
            found = parse_datetime(metas[key])
            if found:
                return _with_shown_time(found, byline or header[-1500:])
    for region in (byline, header):
        for match in P.PUBLISHED_LABEL.finditer(region):
            found = parse_datetime(region[match.end() : match.end() + 30])
            if found:
                return found
    # the byline date: the first date under the headline, else the last one above the article
    found = parse_datetime(byline)
    if found:
        return found
    dates = [d for d in (_format_match(m) for m in P.DATE_TIME.finditer(header[-1500:])) if d]
    if dates:
        return dates[-1]
    found = _url_date(url)
    if found:
        return found
    # some templates print the date under the article
    for match in P.PUBLISHED_LABEL.finditer(trailer[:1000]):
        found = parse_datetime(trailer[match.end() : match.end() + 30])
        if found:
            return found
    found = parse_datetime(trailer[:300]) or _stamp_line_date(body[:300])
    if found:
        return found
    return _htmldate(doc)


#: A date stamp printed at the head of an article opens its line (P.STAMP_OPENING), or stands on
#: a line this short (【2019年3月1日】); a sentence citing a day (回顾2019年3月1日召开的…) does neither.
STAMP_LINE_MAX = 24


def _stamp_line_date(head: str) -> str | None:
    """The date of the first stamp-like line at the head of the article, or None: a date inside
    a sentence of the article is the event's or a cited day's, not the page's publication."""
    for line in head.splitlines():
        line = line.strip()
        match = P.DATE_TIME.search(line)
        if match is None:
            continue
        # A stamp line (2023-01-18 10:00 来源:新华网,作者:张三), not a paragraph telling of that day:
        # a clause right after the date (2022年2月4日,全球的目光…) or a sentence's end closing it.
        opening = P.STAMP_OPENING.fullmatch(line, 0, match.start())
        told = P.CLAUSE_AFTER_DATE.match(line, match.end()) is not None or line.endswith(("。", "!", "?", "！", "？"))
        if (len(line) <= STAMP_LINE_MAX or opening) and not told:
            found = _format_match(match)
            if found:
                return found
    return None


def _with_shown_time(day: str, region: str) -> str:
    """A date-only value gets the time the page shows for that same day, if it shows one."""
    if "T" in day:
        return day
    for match in P.DATE_TIME.finditer(region):
        shown = _format_match(match)
        if shown and shown.startswith(day) and "T" in shown:
            return shown
    return day


def _after_headline(header: str, title: str | None) -> str:
    """The text right under the headline in the page header (where CMSs print the byline)."""
    if not title:
        return ""
    position = header.rfind(title[:20])
    if position < 0:
        return ""
    start = position + min(len(title), 20)
    return header[start : start + 400]


def _htmldate(doc: lxml.html.HtmlElement) -> str | None:
    """Last resort: htmldate's markup heuristics (slow, so only when nothing simpler worked)."""
    from htmldate import find_date  # imported lazily: rarely needed

    try:
        found = find_date(doc, extensive_search=False, original_date=True)
    except (ValueError, TypeError):
        return None
    return found or None


def _outlet(metas: dict[str, str], header: str) -> str | None:
    for key in _META_SOURCE:
        value = metas.get(key)
        if value:
            value = P.SOURCE_PREFIX.sub("", value).strip()
            if value and P.HAN.search(value) and len(value) <= 30:
                return value
    match = P.SOURCE_LINE.search(header)
    if match is not None:
        return match.group(1)
    return None


def _author(metas: dict[str, str], header: str, body: str, trailer: str) -> str | None:
    """作者 / 记者 over a bare reporter byline over meta author over 责任编辑 / 编辑."""
    found: dict[str, str] = {}
    for text in (header, body[-400:], trailer):
        for match in P.AUTHOR_LINE.finditer(text):
            name = _norm_space(match.group(2))
            if not P.ORG_NAME.search(name):
                found.setdefault(match.group(1).translate(P.LABEL_T2S), name)
    for label in ("作者", "记者", "撰稿"):
        if label in found:
            return found[label]
    for line in header.splitlines()[-8:]:
        byline = P.REPORTER_BYLINE.search(line.strip())
        if byline is not None:
            return _norm_space(byline.group(1))
    for key in _META_AUTHOR:
        value = metas.get(key, "")
        if P.HAN.search(value) and len(value) <= 12 and not P.ORG_NAME.search(value):
            return value
    for label in ("责任编辑", "编辑"):
        if label in found and not P.ORG_NAME.search(found[label]):
            return found[label]
    return None


# --- body -------------------------------------------------------------------------------------------


def _han_count(text: str) -> int:
    return len(P.HAN.findall(text))


_MARKER_RANK = {marker: rank for rank, marker in enumerate(P.CONTAINER_MARKERS)}


def _marker_rank(element: lxml.html.HtmlElement) -> int | None:
    rank = None
    element_id = element.get("id")
    if element_id:
        rank = _MARKER_RANK.get("#" + element_id)
    classes = element.get("class")
    if classes:
        for token in classes.split():
            r = _MARKER_RANK.get("." + token)
            if r is not None and (rank is None or r < rank):
                rank = r
    return rank


def _find_container(doc: lxml.html.HtmlElement) -> lxml.html.HtmlElement | None:
    """The CMS article container: the most trusted marker that holds enough Han text.

    Within the winning marker, nested matches (a ``.content`` inside a ``.content``) resolve to
    the innermost one that still holds most of the text, so page-wide wrappers lose; a marked
    element whose text is mostly links (navigation, related lists) is passed over.
    """
    candidates: list[tuple[int, int, int, lxml.html.HtmlElement]] = []
    for element in doc.iter("div", "td", "article", "section", "span"):
        rank = _marker_rank(element)
        if rank is None:
            continue
        han = _han_count(element.text_content())
        if han >= _MIN_CONTAINER_HAN:
            depth = sum(1 for _ in element.iterancestors())
            candidates.append((rank, han, depth, element))
    if not candidates:
        return None
    # a specific marker around a short teaser must not beat the real article elsewhere on the
    # page: drop a candidate when a candidate outside it holds five times its text (a wrapper
    # around it does not count, or short articles inside text-heavy pages would lose)
    trusted = [
        c
        for c in candidates
        if _link_share(c[3]) <= 0.5
        and not any(d[1] >= 5 * c[1] and not _is_inside(c[3], d[3]) for d in candidates)
    ]
    if not trusted:
        return None
    best_rank = min(c[0] for c in trusted)
    same = [c for c in trusted if c[0] == best_rank]
    top = max(c[1] for c in same)
    rank, han, depth, best = max((c for c in same if c[1] >= 0.7 * top), key=lambda c: c[2])
    # another marked element inside the winner that holds nearly all its text is a tighter
    # boundary (新浪 #article inside #article_content, a TRS editor inside a layout cell)
    # (compared on rendered text, which leaves out comment boxes and share bars)
    inside = [c for c in trusted if c[2] > depth and _is_inside(c[3], best)]
    if inside:
        rendered = _han_count(_element_text(best))
        inner = [c for c in inside if _han_count(_element_text(c[3])) >= 0.9 * rendered]
        if inner:
            best = max(inner, key=lambda c: c[2])[3]
    return best


def _is_inside(element: lxml.html.HtmlElement, ancestor: lxml.html.HtmlElement) -> bool:
    return any(parent is ancestor for parent in element.iterancestors())


def _link_share(element: lxml.html.HtmlElement) -> float:
    total = _han_count(element.text_content())
    if not total:
        return 1.0
    linked = sum(_han_count(a.text_content()) for a in element.iter("a"))
    return linked / total


def _element_text(element: lxml.html.HtmlElement) -> str:
    """Rendered text of an element: block elements break lines, furniture is skipped.

    Lines made only of link text (related-story lists, "点击进入…" banners) are dropped at the
    start and end of the element; inside the article they are kept.
    """
    pieces: list[str] = []
    _walk(element, pieces)
    lines = [line for line in (_norm_space(x) for x in "".join(pieces).split("\n")) if line]
    while lines and _is_link_line(lines[0]):
        lines.pop(0)
    while lines and _is_link_line(lines[-1]):
        lines.pop()
    text = "\n".join(lines)
    return text.replace(P.LINK_OPEN, "").replace(P.LINK_CLOSE, "")


def _is_link_line(line: str) -> bool:
    if P.LINK_OPEN not in line:
        return False
    rest = P.LINK_SPAN.sub("", line)
    return not P.HAN.search(rest) and not any(ch.isalnum() for ch in rest)


def _walk(element: lxml.html.HtmlElement, pieces: list[str]) -> None:
    tag = element.tag if isinstance(element.tag, str) else ""
    if tag in _SKIP_TAGS or not tag:
        if element.tail:
            pieces.append(element.tail)
        return
    attrs = f"{element.get('class') or ''} {element.get('id') or ''}"
    style = (element.get("style") or "").replace(" ", "").lower()
    skip = (attrs.strip() and P.JUNK_ATTR.search(attrs)) or "display:none" in style
    cell = tag in ("td", "th")  # a table's cells stay on their row's line (旅客发送量 万人 102584 19.6%)
    block = tag in _BLOCK_TAGS and not cell
    if not skip:
        if block:
            pieces.append("\n")
        elif cell:
            pieces.append("\t")
        if tag == "a":
            pieces.append(P.LINK_OPEN)
        if element.text:
            pieces.append(element.text)
        for child in element:
            _walk(child, pieces)
        if tag == "a":
            pieces.append(P.LINK_CLOSE)
        if block:
            pieces.append("\n")
    if element.tail:
        pieces.append(element.tail)


def _around_text(
    doc: lxml.html.HtmlElement, container: lxml.html.HtmlElement | None, body_top: str, title: str | None
) -> tuple[str, str]:
    """Visible text before the article and after it (``header``, ``trailer``).

    Bylines (发布时间, 来源, 作者) sit just above the article text in most CMSs; some put the
    date, or the 信息公开 table of a government document, below it. With a container the split
    is at the container; without one (generic extraction) it is where the first extracted
    sentence (not the headline, which comes before the byline) appears in the page text.
    """
    body = doc.find("body")
    if body is None:
        return "", ""
    pieces: list[str] = []
    split_at = [-1]

    def walk(element: lxml.html.HtmlElement) -> None:
        tag = element.tag if isinstance(element.tag, str) else ""
        if container is not None and element is container:
            split_at[0] = len(pieces)
        elif tag and tag not in _SKIP_TAGS:
            block = tag in _BLOCK_TAGS
            if block:
                pieces.append("\n")
            if element.text:
                pieces.append(element.text)
            for child in element:
                walk(child)
            if block:
                pieces.append("\n")
        if element.tail:
            pieces.append(element.tail)

    walk(body)
    if container is not None:
        cut = split_at[0] if split_at[0] >= 0 else len(pieces)
        return _lines("".join(pieces[:cut])), _lines("".join(pieces[cut:]))
    full = _lines("".join(pieces))
    first_line = next(
        (line for line in body_top.split("\n") if _han_count(line) >= 8 and (not title or title not in line)),
        "",
    )
    position = full.find(first_line[:20]) if first_line else -1
    if position < 0:
        return full[:3000], ""
    return full[:position], full[position:][len(body_top) :]


def _lines(text: str) -> str:
    lines = (_norm_space(line) for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


#: How deep libxml2's parser nests elements with its default limits: trafilatura parses a string
#: so, and would lose the text below (unclosed <font> or <div> in old CMS output).
_PARSER_DEPTH = 250


def _deeper_than(doc: lxml.html.HtmlElement, limit: int) -> bool:
    depth = 0
    for event, _element in lxml.etree.iterwalk(doc, events=("start", "end")):
        depth += 1 if event == "start" else -1
        if depth > limit:
            return True
    return False


def _trafilatura_body(html: str | lxml.html.HtmlElement, url: str | None) -> str:
    """trafilatura's main text of a page given as its HTML, or as the tree parsed here without
    depth limits (a copy: trafilatura cleans the tree it is given)."""
    import copy

    import trafilatura  # imported lazily: only pages without a known CMS container need it

    first, retry = (html, html) if isinstance(html, str) else (copy.deepcopy(html), copy.deepcopy(html))

    # layout tables come out as "| a | b |" rows: try without tables first, with them if that
    # leaves almost nothing (government pages that set the article in a table)
    # fast=True skips trafilatura's readability/justext second opinions: same text on these
    # pages at half the time
    text = trafilatura.extract(first, url=url, include_comments=False, include_tables=False, fast=True)
    if text is None or _han_count(text) < 100:
        text = trafilatura.extract(retry, url=url, include_comments=False, include_tables=True, fast=True)
    return (text or "").replace("\\|", "|")


#: A line ending so is a sentence of the article, never a byline (2024年6月7日,国务院…会议。).
_SENTENCE_END = ("。", "!", "?", "！", "？")


def _is_trailer_heading(line: str) -> bool:
    """A related-links / comments / legal heading (相关新闻:, 【延伸阅读】, 【免责声明】本文…,
    上一篇:标题), not a sentence that opens with the same words (相关报道指出,…; 上一篇文章中提到,…)."""
    m = P.TRAILER_HEADING.match(line)
    if m is None:
        return False
    rest = line[m.end():].strip()
    return not rest or m.group(0).rstrip()[-1:] in ":：】]" or (
        len(rest) <= 40 and not any(mark in rest for mark in ",，。;；!！?？"))


def _clean_body(body: str, title: str | None) -> str:
    """Drop widget lines, a repeated headline or byline on top, and everything after a
    related-links / comments / legal heading."""
    kept: list[str] = []
    han_seen = 0
    for line in body.split("\n"):
        line = _norm_space(P.TABLE_BARS.sub("", line)) if "|" in line else _norm_space(line)
        if not line:
            continue
        if han_seen >= 50 and _is_trailer_heading(line):
            break
        if P.JUNK_LINE.search(line):
            continue
        if han_seen == 0 and (
            (title and line == title)
            or (P.BYLINE_LINE.match(line) and not line.endswith(_SENTENCE_END))
            or (len(line) < 25 and not P.HAN.search(line))
        ):
            continue
        kept.append(line)
        han_seen += _han_count(line)
    while kept and len(kept[-1]) < 25 and not P.HAN.search(kept[-1]):
        kept.pop()
    return "\n".join(kept)
