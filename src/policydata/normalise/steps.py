"""The normaliser's steps: single-purpose functions ``step(text, ctx) -> text``, run in ``STEPS`` order.

Every step records what it removes as ``Removal`` objects whose offsets point into the text *that
step received* (``Removal.step`` names it; ``policydata.normalise.normalise_trace`` returns each
step's input so this can be checked). Pure 1:1 rewrites (width folding, T→S conversion) and
whitespace tidying are not recorded.

Each step has a cheap test so clean Simplified text passes through the expensive ones (pinyin,
T→S, garbled, line classification of the page's middle) fast. One regex scan per document collects
the special characters some test asks about (``Ctx.specials``) and the Traditional-only characters
(``Ctx.trad``): markup, invisible characters, emoji, garbled stretches and T→S conversion are
decided from these sets. Other tests are an ``in`` for a character the pattern cannot match
without, then a regex that opens with a literal or a character class (the engine jumps between
candidate positions instead of trying every offset). ``tests/test_normalise_gates.py`` checks that
no test hides work the slow path would do.
"""

from __future__ import annotations

import html
import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from policydata.normalise import patterns as P
from policydata.normalise import pinyin, script, spam
from policydata.records import Removal


@dataclass(slots=True)
class Ctx:
    """What the steps collect while the text flows through them."""

    removed: list[Removal] = field(default_factory=list)
    meta: dict[str, str] = field(default_factory=dict)
    flags: list[dict[str, Any]] = field(default_factory=list)
    script: str = "simplified"
    step: str = ""
    garbled: list[str] = field(default_factory=list)  # original text of each garbled stretch
    # special characters present (P.SPECIAL_CHAR), computed once; a superset for later steps,
    # which only remove characters or map them 1:1 (fold_width keeps it up to date)
    specials: frozenset[str] | None = None
    # Traditional-only characters present, and the variant characters the script step folds
    # (script.VARIANT_FOLDS), found by the same scan (a superset, like specials): empty means
    # there is nothing to convert
    trad: frozenset[str] = frozenset()
    # (text, answer) of the last PAREN_LATIN test: the pinyin and garbled steps ask about one text
    paren_latin: tuple[str, bool] | None = None
    # specials less the folded common marks no gate asks about: empty for most titles
    rare: frozenset[str] = frozenset()
    late_cut: bool = False  # a step after the first pinyin/punctuation pass removed something


@lru_cache(maxsize=1)
def _special_scan() -> tuple[re.Pattern, re.Pattern, re.Pattern, frozenset[str]]:
    """P.SPECIAL_RARE widened by every Traditional-only character and every variant the script
    step folds; the same without its astral ranges (for texts without astral characters); the
    first with P.SPECIAL_COMMON as well (for short texts, where one scan beats a scan plus eight
    ``in`` tests); and the set of those Traditional-only and variant characters.

    A character class costs the same per character however many characters it holds, so the one
    scan that feeds the gates also tells ``to_simplified`` whether there is anything to convert
    (instead of a GB2312 encode whose error handler runs in Python for every — or ·). The astral
    ranges are tested one by one after the class fails, for every character: most texts have no
    astral character and are scanned without them. Built on first use: the character table comes
    from the converter."""
    trad = script.traditional_chars() | frozenset(script.VARIANT_FOLDS)
    full = P.SPECIAL_RARE.pattern[:-1] + "".join(sorted(trad)) + "]"
    bmp = re.sub("[\U00010000-\U0010ffff]-[\U00010000-\U0010ffff]", "", full)
    short = full[:-1] + P.SPECIAL_COMMON + "]"
    return re.compile(full), re.compile(bmp), re.compile(short), trad


# the folded common marks (and the marks themselves): no step's gate asks about them ("?" it does)
_PLAIN_MARKS = frozenset(",:;()! " + P.SPECIAL_COMMON.replace("\uff1f", ""))


def _set_specials(ctx: Ctx, specials: frozenset[str]) -> None:
    ctx.specials = specials
    ctx.rare = specials - _PLAIN_MARKS if specials else specials


def _specials(text: str, ctx: Ctx) -> frozenset[str]:
    """The special characters of ``text`` that some step's gate asks about (P.SPECIAL_CHAR less
    P.SPECIAL_IGNORED): the rare ones by one regex, the common full-width marks by ``in``.
    The Traditional-only characters the same regex finds go to ``ctx.trad``."""
    if ctx.specials is None:
        full, bmp, short, trad = _special_scan()
        if len(text) <= 80:
            found = set(short.findall(text))
        else:
            # an astral character takes two UTF-16 code units
            scan = full if len(text.encode("utf-16-le", "surrogatepass")) > 2 * len(text) else bmp
            found = set(scan.findall(text))
            for c in P.SPECIAL_COMMON:
                if c in text:
                    found.add(c)
        ctx.trad = trad.intersection(found) if found else frozenset()
        _set_specials(ctx, frozenset(found.difference(ctx.trad) if ctx.trad else found))
    return ctx.specials


# steps after the first pinyin/punctuation pass whose removals can join pieces of text
_LATE_CUTTERS = frozenset(
    {"replace_garbled", "remove_spam", "remove_boilerplate", "recheck_pinyin", "recheck_garbled"}
)

# (start, end, kind, reason, replacement) — offsets into the step's input
Span = tuple[int, int, str, str, str]


def _splice(text: str, spans: list[Span], ctx: Ctx, record: bool = True) -> str:
    """Cut (or replace) non-overlapping spans, recording each as a Removal of ``ctx.step``."""
    if not spans:
        return text
    spans.sort(key=lambda s: (s[0], -s[1]))
    out: list[str] = []
    pos = 0
    for start, end, kind, reason, repl in spans:
        if start < pos or end <= start:
            continue  # overlaps a span already taken
        out.append(text[pos:start])
        out.append(repl)
        if record and kind:
            ctx.removed.append(Removal(kind, start, end, text[start:end], reason, ctx.step))
            if ctx.step in _LATE_CUTTERS:
                ctx.late_cut = True
        pos = end
    out.append(text[pos:])
    return "".join(out)


def _han_count(s: str) -> int:
    # what is left once the non-Han runs are cut: one string, not a list of one-character matches
    return len(P.NOT_HAN_RUN.sub("", s))


# ------------------------------------------------------------------------------------ steps


_MARKUP_CHARS = frozenset("<*[")


def strip_markup(text: str, ctx: Ctx) -> str:
    """HTML comments and tags, Markdown images and bold markers left in plain text."""
    # every markup hint holds < * or [, which are special characters
    if _specials(text, ctx).isdisjoint(_MARKUP_CHARS) or not P.MARKUP_HINT.search(text):
        return text
    spans: list[Span] = _html_comments(text)
    for rx, hint, reason in (
        (P.MD_IMAGE, "![", "Markdown image"),
        (P.HTML_TAG, P.TAG_HINT, "HTML tag"),
    ):
        if hint in text if isinstance(hint, str) else hint.search(text):
            spans += [(m.start(), m.end(), "markup", reason, "") for m in rx.finditer(text)]
    for m in P.MD_BOLD.finditer(text) if "**" in text else ():
        run = len(m.group(1))
        spans.append((m.start(), m.start() + run, "markup", "Markdown bold marker", ""))
        spans.append((m.end() - run, m.end(), "markup", "Markdown bold marker", ""))
    return _splice(text, spans, ctx)


def decode_entities(text: str, ctx: Ctx) -> str:
    """HTML character references left in plain text (**央视网消息(**&#x65B0;闻联播), &nbsp;): the
    character they stand for, folded as ``fold_width`` folds. Only a reference to a non-ASCII
    character is decoded, so what it gives can never form markup or a new reference, and a
    second pass finds nothing to do (the normaliser stays idempotent)."""
    if "&" not in _specials(text, ctx) or not P.CHAR_REFERENCE.search(text):
        return text
    out = P.CHAR_REFERENCE.sub(_char_reference, text)
    if out != text:
        ctx.specials = None  # the decoded characters may be ones later steps look for
    return out


def _char_reference(m: re.Match[str]) -> str:
    value = html.unescape(m.group())
    if len(value) != 1:
        return m.group()
    folded = _FOLD_CHARS.get(value, value)
    if value == "\xa0" or folded == " ":
        return " "  # a space forms no markup and no reference
    return m.group() if folded.isascii() else folded


def _html_comments(text: str) -> list[Span]:
    """The spans of P.HTML_COMMENT's matches (<!--…-->), found with str.find: once no ``-->``
    follows an opening, none of the later ones closes either (the regex would scan to the end
    of the text from each of them again: quadratic on unclosed comments)."""
    spans: list[Span] = []
    start = text.find("<!--")
    while start >= 0:
        close = text.find("-->", start + 4)
        if close < 0:
            break
        spans.append((start, close + 3, "markup", "HTML comment", ""))
        start = text.find("<!--", close + 3)
    return spans


_INVISIBLE_OR_BREAK = frozenset(
    [chr(c) for c in [*range(0x09), *range(0x0B, 0x20), *range(0x7F, 0xA0)]]
    + [
        "\u00ad",
        *map(chr, range(0x200B, 0x2010)),
        *map(chr, range(0x202A, 0x202F)),
        *map(chr, range(0x2060, 0x2065)),
    ]
    + [
        *map(chr, range(0x206A, 0x2070)),
        *map(chr, range(0xFE00, 0xFE10)),
        "\ufeff",
        "\ufff9",
        "\ufffa",
        "\ufffb",
    ]
    + ["\u2028", "\u2029"]
)


def strip_invisible(text: str, ctx: Ctx) -> str:
    """Zero-width, bidi and control characters; \\r and Unicode line separators become \\n."""
    sp = _specials(text, ctx)
    if not ctx.rare or (sp.isdisjoint(_INVISIBLE_OR_BREAK) and not any(c >= "\U000e0000" for c in sp)):
        return text
    spans: list[Span] = [
        (m.start(), m.end(), "invisible", "zero-width or control character", "")
        for m in P.INVISIBLE.finditer(text)
    ]
    spans += [(m.start(), m.end(), "", "", "\n") for m in P.LINE_BREAKS.finditer(text)]
    return _splice(text, spans, ctx)


def _fold_table() -> dict[int, str]:
    table: dict[int, str] = {cp: chr(cp - 0xFEE0) for cp in range(0xFF01, 0xFF5F)}  # ！…～ → !…~
    table.update(
        {
            ord(c): " "
            for c in "\u3000\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\t"
        }
    )
    table.update(
        {
            0xFF61: "。",
            0xFF64: "、",
            0xFF62: "“",
            0xFF63: "”",  # half-width CJK punctuation
            0x300C: "“",
            0x300D: "”",
            0x300E: "‘",
            0x300F: "’",  # 「」『』 → mainland quotes
            0x301D: "“",
            0x301E: "”",
            0x301F: "”",
            0xFE41: "“",
            0xFE42: "”",
            0xFE43: "‘",
            0xFE44: "’",
            0x2033: '"',
            0x2032: "'",
            0x2015: "—",
            0xFE58: "—",  # horizontal bar → em dash
            0x2010: "-",
            0x2011: "-",
            0x2012: "-",
            0x2212: "-",
            0xFE63: "-",  # hyphen/minus variants
            0x301C: "~",  # wave dash
            0xFE30: ":",
            0xFE13: ":",
            0xFE55: ":",  # colons of vertical and small forms (Macao's 發佈日期︰)
            0x30FB: "·",
            0x2027: "·",
            0x2022: "·",
            0x2219: "·",  # middle dots and bullets
        }
    )
    table.update(script.COMPAT_TABLE)  # compatibility ideographs → unified (same character)
    return table


_FOLD = _fold_table()


_FOLD_CHARS = {chr(k): v for k, v in _FOLD.items()}
_FOLD_KEYS = frozenset(_FOLD_CHARS)
_COMPAT_KEYS = frozenset(map(chr, script.COMPAT_TABLE))


def fold_width(text: str, ctx: Ctx) -> str:
    """Full-width ASCII → half-width, U+3000 → space, odd quotes/dashes unified (1:1, unrecorded).

    Equivalent to ``text.translate(table)``, but replaces only the few foldable characters the
    document has (``str.translate`` costs a dictionary lookup per character).
    """
    sp = _specials(text, ctx)
    folded = sp & _FOLD_KEYS
    if not folded:
        return text
    for ch in folded:
        text = text.replace(ch, _FOLD_CHARS[ch])
    _set_specials(ctx, frozenset(_FOLD_CHARS.get(c, c) for c in sp))
    if not folded.isdisjoint(_COMPAT_KEYS):
        # a compatibility ideograph can fold to a Traditional-only character (U+F9xx → 樂)
        trad = _special_scan()[3]
        new_trad = {_FOLD_CHARS[c] for c in folded if _FOLD_CHARS[c] in trad}
        if new_trad:
            ctx.trad = ctx.trad.union(new_trad)
    return text


def _strongest(run: str) -> str | None:
    """The one mark a run of punctuation collapses to, or None to leave the run alone."""
    if "," not in run and "、、" not in run:
        return None  # ?! or 。。。 are left alone
    return next((c for c in run if c in "。;:!?"), "、" if "、" in run else ",")


def _collapse_marks(m) -> str:
    return _strongest(m.group()) or m.group()


def tidy_punct(text: str, ctx: Ctx) -> str:
    """Doubled commas and enumeration commas from bad copies (,,  ,。  、、): a run of marks that
    holds a comma or 、、 becomes its strongest mark (。;:!? before 、 before ,)."""
    if "、、" not in text and ("," not in text or not P.PUNCT_DUP_HINT.search(text)):
        return text
    spans: list[Span] = []
    for m in P.PUNCT_RUN.finditer(text):
        keep = _strongest(m.group())
        if keep is not None:
            spans.append((m.start(), m.end(), "punct", "doubled punctuation", keep))
    return _splice(text, spans, ctx)


def tidy_whitespace(text: str, ctx: Ctx) -> str:
    """Strip lines, drop empty lines, collapse runs of spaces, drop spaces beside a Chinese clause
    mark (会议, 要求 → 会议,要求; P.SPACE_BY_CLAUSE_MARK) (unrecorded)."""
    # two regex passes instead of splitting into lines: same result as stripping every line of
    # spaces and dropping the empty ones (the text's own ends are stripped below)
    if " \n" in text:
        text = P.LINE_END_SPACES.sub("\n", text)
    if "\n\n" in text or "\n " in text:
        text = P.NEWLINE_RUN.sub("\n", text)
    if "  " in text:
        text = P.SPACE_RUN.sub(" ", text)
    if " " in text:
        # again while it takes something: a space taken before a mark can bring the mark next to
        # the character that makes it Chinese (要求 ; 大盘 → 要求; 大盘 → 要求;大盘)
        while (joined := P.SPACE_BY_CLAUSE_MARK.sub("", text)) != text:
            text = joined
    # the text's own ends before the spaced names: a first line " 习 近 平" is such a line too,
    # and a second run (which sees it stripped) must not join what the first left
    text = text.strip(" \n")
    head = text[: P.SPACED_NAME_ZONE]
    if " " in head and P.SPACED_NAME_LINE.search(head):
        text = P.SPACED_NAME_LINE.sub(lambda m: m.group(0).replace(" ", ""), head) + text[P.SPACED_NAME_ZONE :]
    return text


def _paren_latin(text: str, ctx: Ctx) -> bool:
    """Does "(" followed by a Latin letter occur? Asked by the pinyin and the garbled step, mostly
    about the same text object (to_simplified between them rarely changes it): searched once."""
    memo = ctx.paren_latin
    if memo is not None and memo[0] is text:
        return memo[1]
    found = "(" in text and P.PAREN_LATIN.search(text) is not None
    ctx.paren_latin = (text, found)
    return found


def remove_pinyin(text: str, ctx: Ctx) -> str:
    """Reading annotations 調(diào): removed only when the syllable is a reading of the character."""
    if not _paren_latin(text, ctx):
        return text
    spans: list[Span] = []
    spaced: list[int] = []  # the spans followed by a space and a Han character
    for m in P.PINYIN_AFTER_HAN.finditer(text):
        ch = m.group(1)
        base = m.start(2)
        for g in P.PINYIN_GROUP.finditer(m.group(2)):
            syllable = g.group(1)
            if not syllable.islower() or not pinyin.is_reading(ch, syllable):
                # 微信(wechat): not a reading; 锂(Li), 我爱(AI): a symbol or an abbreviation
                # (readings are written in lower case), and nothing after it is removed either
                break
            spans.append((base + g.start(), base + g.end(), "pinyin", f"reading of {ch}", ""))
        else:
            end = m.end()
            if text.startswith(" ", end) and P.HAN_AT.match(text, end + 1):
                spaced.append((len(spans) - 1, ch, P.HAN_RUN_AT.match(text, end + 1).group()[:3]))
    if len(spaced) >= 2:
        # Some sites write a space after every reading (農(nong) 村工作, 舉(ju) 行): on such a page
        # the space inside a word belongs to the annotation, and left behind it splits the word
        # (农 村) for the segmenter and for every name and body read across it. A space between
        # two words stays (李喆(zhé) 王堃: two names), and so does the one space of a page that
        # has only one (a headline's separator).
        for i, ch, after in spaced:
            if _joins_word(ch, after):
                start, end, kind, reason, repl = spans[i]
                spans[i] = (start, end + 1, kind, reason, repl)
    return _splice(text, spans, ctx)


def _joins_word(char: str, after: str) -> bool:
    """Whether ``char`` and the Han characters ``after`` it start with one word (農 + 村工 → 农村):
    asked of the project's segmenter, whose dictionary is the only word list the project has, on
    the Simplified form (readings are removed before the script is converted)."""
    from policydata.tag.tokenizer import dictionary_words

    tokens = dictionary_words(script.to_simplified(char + after))
    return bool(tokens) and len(tokens[0]) >= 2


def to_simplified(text: str, ctx: Ctx) -> str:
    """Detect the script; convert Traditional (or mixed) text to mainland Simplified; fold the
    variant characters the converter keeps (峯 → 峰, script.VARIANT_FOLDS) in any script."""
    _specials(text, ctx)
    if not ctx.trad:
        # fast path: the special-character scan found no Traditional-only or variant character
        ctx.script = "simplified"
        return text
    ctx.script, n_trad = script.detect(text)
    if n_trad == 0:
        return script.fold_variants(text)
    if ctx.script == "simplified":
        # a few stray Traditional-only characters in a Simplified text: only their phrases are
        # converted, so the text's own Simplified words are not rewritten (王丙乾 stays)
        return script.fold_variants(script.convert_stretches(text))
    return script.fold_variants(script.convert(text))


# characters that are garbled by themselves or can seed a garbled stretch
_GARBLED_CHARS = frozenset(
    ["\ufffd", "^", "[", "]", *map(chr, range(0x2474, 0x249C)), *map(chr, range(0x2580, 0x25A0))]
)


def replace_garbled(text: str, ctx: Ctx) -> str:
    """Mis-decoded stretches (各?。▍^(qū), F(xiàn), å¼€, �, private-use glyphs) → □.

    Taggers must not read these: every □ run in the final text is listed in ``flags``.
    """
    sp = _specials(text, ctx)
    if (
        (
            not ctx.rare
            or (
                sp.isdisjoint(_GARBLED_CHARS)
                and not any("\ue000" <= c < "\uf900" or "\u00c0" <= c <= "\u00ef" for c in sp)
                and ("?" not in sp or not P.QUESTION_SEED.search(text))
            )
        )
        and not _paren_latin(text, ctx)
    ):
        return text
    spans: list[Span] = []
    last_end = 0
    for m in P.GARBLED_SEED.finditer(text):
        if m.start() < last_end:
            continue  # inside the stretch already found: extending it again would be quadratic
        if m.group() == "]" and "[" in text[max(0, m.start() - 60) : m.start()]:
            continue  # [铁道部副部长 王志国] — a balanced bracket
        if m.group() == "[" and "]" in text[m.end() : m.end() + 60]:
            continue
        start, end = m.start(), P.GARBLED_EXTEND.match(text, m.end()).end()
        # back no further than the last stretch's end (they are merged below)
        while start > last_end and text[start - 1] not in ";。" and P.GARBLED_EXTEND.match(text[start - 1]).end():
            start -= 1
        while end > m.end() and text[end - 1] == "。":
            end -= 1  # a sentence end after the stretch is real punctuation
        if spans and start <= spans[-1][1]:
            start = spans[-1][0]
            spans.pop()
        spans.append((start, end, "garbled", "mis-decoded or lost characters", P.GARBLED_MARK))
        last_end = end
    for s in spans:
        ctx.garbled.append(text[s[0] : s[1]])
    return _splice(text, spans, ctx)


def strip_emoji(text: str, ctx: Ctx) -> str:
    """Emoji and pictograph runs (🕧❥😷 injected between paragraphs, 🚚📦 after sentences)."""
    sp = _specials(text, ctx)
    if not ctx.rare or not any(
        c >= "\U0001f000" or "\u2600" <= c <= "\u27bf" or "\u2b00" <= c <= "\u2bff" for c in sp
    ):
        return text
    return _splice(text, [(m.start(), m.end(), "emoji", "emoji", "") for m in P.EMOJI.finditer(text)], ctx)


def remove_spam(text: str, ctx: Ctx) -> str:
    """Gambling/lottery/adult strings and adverts from the catalogue (see ``spam``)."""
    spans: list[Span] = []
    if spam.may_have_spam(text):
        pos = 0
        for line in text.split("\n"):
            whole, cuts = spam.find_spam(line)
            if whole:
                spans.append((pos, pos + len(line) + 1, "spam", "injected spam line", ""))
            spans += [(pos + s, pos + e, "spam", "injected spam string", "") for s, e in cuts]
            pos += len(line) + 1
    return _splice(text, spans, ctx)


# ------------------------------------------------------------------------ boilerplate lines


def _has_sentence_punct(line: str) -> bool:
    return "," in line or "。" in line or ";" in line or "!" in line or "?" in line


def _is_byline(lines: list[str], i: int) -> bool:
    """Is ``lines[i]`` a speech's byline: a name alone on its line right under the speech's
    subtitle, date or the speaker's post (——在…上的报告 / (2017年10月18日) / 国务院总理, then 李克强)?"""
    if not P.BYLINE_NAME.fullmatch(lines[i]):
        return False
    above = [x for x in lines[max(0, i - 4) : i] if x][-2:]
    return any(P.BYLINE_CONTEXT.search(x) for x in above)


def _is_body(line: str) -> bool:
    """A line of running text: medium length with sentence punctuation, or very long (titles are not)."""
    n = len(line)
    return n >= 80 or (n >= 20 and _has_sentence_punct(line))


def _as_left(line: str, widgets: bool) -> tuple[str, Any]:
    """The stripped line without inline widgets and without the staff and photo credits closing
    it (and those credits, ``_closing``, if there are any)."""
    cut = False
    if widgets:
        line, k = P.INLINE_WIDGET.subn("", line)
        cut = k > 0
    line = line.strip()
    closing = _closing(line)
    if closing:
        line, cut = line[: closing[0][1]].strip(), True
    if cut:  # the late punctuation pass will tidy what the cut leaves (,【纠错】, → ,)
        line = P.PUNCT_RUN.sub(_collapse_marks, line).strip()
    return line, closing or None


def _closing(line: str) -> list[tuple[str, int, int, Any]]:
    """The credits closing a line, in text order, as (kind, start, end, staff credit match):
    staff credits (``_credits``) and photo credits (P.PHOTO_CREDIT: 新华社记者 李学仁 摄), in any
    order and number (…摄(责任编辑:王五), …(记者 张三)新华社记者 李学仁 摄(新华社记者 王鹏 摄))."""
    if not (line.endswith(_CLOSERS) or _photo_end(line)) and not line[-1:].isspace():
        return []  # the usual line: no bracket or 摄 closes it
    found: list[tuple[str, int, int, Any]] = []
    end = len(line.rstrip())
    while end > 0:
        core = line[:end]
        staff = _credits(core) if core.endswith(_CLOSERS) else []
        if staff:
            found[:0] = [("staff", m.start(), m.end(), m) for m in staff]
            end = len(core[: staff[0].start()].rstrip())
            continue
        # (a credit closes the line: only its last characters are searched, so a long line of
        # names before 摄 costs no more than a short one)
        photo = P.PHOTO_CREDIT.search(core, max(0, len(core) - _PHOTO_CREDIT_REACH)) if _photo_end(core) else None
        if photo is None:
            break
        found.insert(0, ("photo", photo.start(), end, None))
        end = len(core[: photo.start()].rstrip())
    return found


def _is_caption(left: str, closing) -> bool:
    """Is a line a photo's caption: closed by a photo credit, and with nothing left but a caption
    that opens as one (图为会议现场。…, 上图:…, ▲资料图片)? From any other line only the credit
    goes: the sentence before it may be what the article reports (交通运输部部长李小鹏介绍…有关
    情况。中国网记者 宗超 摄 — the gold's topics read it). A sentence about photography
    (从事摄影工作, 在现场拍摄) has no credit."""
    return bool(closing) and any(c[0] == "photo" for c in closing) and (
        not left or P.PHOTO_CAPTION_HEAD.match(left) is not None
    )


# what a paragraph-closing staff credit ends with
_CLOSERS = (")", ")", "】")


#: How far back from a line's end a photo credit is looked for (新华社记者 李学仁、王鹏 摄).
_PHOTO_CREDIT_REACH = 80


def _photo_end(line: str) -> bool:
    """May a photo credit close the line (…李学仁 摄, 刘萌/摄影, (新华社记者 王鹏 摄))? The cheap
    test before P.PHOTO_CREDIT, whose search tries every position of the line."""
    return line.rstrip(" )").endswith(("摄", "摄影"))


def _credits(line: str) -> list:
    """The staff credits closing a paragraph of at least 10 Han characters (not stage notes), in
    text order; several can follow each other: …。(记者 张三)(责任编辑:王五)."""
    found: list = []
    end = len(line)
    han = None  # Han characters before ``end``, counted once and then kept up to date
    while True:
        last = end
        while last > 0 and line[last - 1].isspace():
            last -= 1
        if last == 0 or line[last - 1] not in ")）】":
            break
        # a credit holds no bracket inside: it can only open at the last opening bracket (one
        # match there, not a search from the line's start for each credit: that was quadratic)
        opening = max(line.rfind("(", 0, end), line.rfind("（", 0, end), line.rfind("【", 0, end))
        m = P.INLINE_CREDIT.match(line, opening, end) if opening >= 0 else None
        if m is None and opening > 0 and (book := line.rfind("《", 0, opening)) >= 0:
            m = P.EDITION_STAMP_TAIL.fullmatch(line, book, last)  # 《 人民日报 》( 2020年09月05日 02 版)
        if m is None or P.STAGE_NOTE.search(m.group()):
            break
        if han is None:
            han = _han_count(line[:end])
        han -= _han_count(line[m.start() : end])
        if han < 10:
            break
        found.append(m)
        end = m.start()
    return found[::-1]


def _needs_classify(line: str, gate: bool = True) -> bool:
    """Lines without sentence punctuation (titles, menus, stamps) always go through ``_classify``;
    sentences only when they hold a boilerplate word (``P.BOILERPLATE_GATE``) or look like a keyword list.
    ``gate=False``: the caller knows the line holds no boilerplate word."""
    if not line:
        return False
    if not _has_sentence_punct(line):
        return True
    if line.count(",") >= 2 and "。" not in line:
        return True
    return gate and P.BOILERPLATE_GATE.search(line) is not None


def _short(line: str, limit: int) -> bool:
    """A line with at most ``limit`` letters/Han characters (digits-only lines count as short)."""
    return sum(1 for c in line if c.isalpha()) <= limit


def _meta_fields(line: str) -> list[tuple[str, str]] | None:
    """The (label, value) fields of a page-header/footer stamp line, or None if it is not one."""
    if len(line) > 160 or P.REPORTER_LABEL.match(line):
        return None
    # the scans below only run where they can match: a field needs a colon, a date or stamp a digit,
    # a URL or e-mail address http, www. or @
    fields = (
        [(m.group("label"), m.group("value").strip()) for m in P.META_FIELD.finditer(line)] if ":" in line else []
    )
    if any(len(v) > 40 or P.VALUE_SENTENCE.search(v) or ("?" in v and _han_count(v) >= 2) for _, v in fields):
        return None  # (撰稿:某)感到罪恶深重!… — a headline, not a field value
    digits = P.DIGIT.search(line) is not None
    has_stamp = digits and P.STAMP.search(line) is not None
    if not fields and not has_stamp:
        return None
    rest = P.META_FIELD.sub(" ", line) if fields else line
    if fields and ":" in rest:
        rest = P.OTHER_CREDIT_FIELD.sub(" ", rest)  # 责任编辑:王晓东 校对:李娜
    if digits:
        rest = P.ANY_DATE.sub(" ", rest)
    if "@" in rest or "http" in rest or "www." in rest:
        rest = P.URL.sub(" ", rest)
    if ":" in rest and P.OTHER_LABEL.search(rest):
        return None  # 地点:北京 — an agenda, not a stamp
    rest = P.STAMP_FILLER.sub("", rest)
    if _han_count(rest) > 10 or P.SENTENCE_PUNCT.search(rest):
        return None
    return fields


def _is_listing_stamp(line: str) -> bool:
    """A short 'date + outlet/name' line of a list of other articles (澎湃新闻 2024-11-08)."""
    if len(line) > 30 or not P.DIGIT.search(line) or not P.ANY_DATE.search(line):
        return False
    rest = P.STAMP_FILLER.sub("", P.ANY_DATE.sub("", line))
    return _han_count(rest) <= 8 and not P.SENTENCE_PUNCT.search(rest)


def _zone_candidate(line: str) -> bool:
    """May a short line near the top/bottom go? Not dates, labels (同志们:), list heads or clauses."""
    return not (
        P.DIGIT.search(line)
        or line.endswith((":", ","))
        or P.NUMBERED_ITEM.match(line)
        or line.startswith(("(", "(一", "("))
        or P.SENTENCE_PUNCT.search(line)
    )


def _is_keyword_stuffing(line: str) -> bool:
    """邮政快递单号查询,中国邮政快递查询,… — ≥4 short items sharing a two-character word."""
    if "。" in line or len(line) > 200:
        return False
    items = [x.strip() for x in P.KEYWORD_SEP.split(line) if x.strip()]
    if len(items) < 3 or any(len(x) > 14 for x in items):
        return False
    df: dict[str, int] = {}
    for it in items:
        for bg in {it[i : i + 2] for i in range(len(it) - 1)}:
            df[bg] = df.get(bg, 0) + 1
    best = max(df.values(), default=0)
    return best == len(items) if len(items) == 3 else best >= max(3, 0.6 * len(items))


@lru_cache(maxsize=8192)
def _classify(line: str) -> tuple[str, str] | None:
    """Boilerplate kind and reason for one stripped line, judged on the line alone.

    A pure function of the line, cached: sites repeat their menus, stamps and footers on every page
    (and the CCTV transcripts open with the same 央视网消息(新闻联播): line)."""
    if "。" not in line and P.NAV_ONLY.match(line):
        return "nav", "navigation or widget words only"
    if line[0] not in P.LINE_CUE_FIRST and not P.LINE_CUE.search(line):
        # no rule can apply but the menu of short items (most titles and headings)
        if " " in line and not _has_sentence_punct(line) and _is_short_items_menu(line):
            return "nav", "menu of short items"
        return None
    return _line_rules(line)


def _is_short_items_menu(line: str) -> bool:
    """领导活动 人事任免 网上直播 …; not letter-spaced words (中 华 民 国 总 统) — a signature —
    not a list of people's names (习近平 李强 赵乐际 王沪宁 …: a leadership or a delegation), and
    not a row of a table of figures (旅客发送量 万人 102584 19.6%)."""
    toks = line.split(" ")
    if not (len(toks) >= 4 and all(1 <= len(t) <= 6 for t in toks) and sum(len(t) >= 2 for t in toks) * 2 >= len(toks)):
        return False
    return not _names_list(toks) and not _bodies_or_places_list(toks) and not any(map(P.FIGURE_ITEM.search, toks))


def _names_list(toks: list[str]) -> bool:
    """Whether at least three in four items read as Chinese personal names: two to four Han
    characters opening with a common surname (the speaker tagger's list)."""
    from policydata.tag.speaker_patterns import COMPOUND_SURNAMES, SURNAMES

    names = sum(
        2 <= len(t) <= 4 and P.HAN_CHAR.fullmatch(t[0]) is not None
        and (t[0] in SURNAMES or t[:2] in COMPOUND_SURNAMES)
        for t in toks
    )
    return names * 4 >= len(toks) * 3


def _bodies_or_places_list(toks: list[str]) -> bool:
    """Whether at least three in four items are organisations (交通运输部 国家铁路局 国家邮政局:
    ending as a body's name does, the speaker tagger's rule) or places of the gazetteer (北京 天津
    上海): the bodies or cities an article lists, not a site's menu (新闻 政务 服务 互动) nor its
    links to outlets (人民网 新华网: those endings are left out)."""
    from policydata.resources import place_names

    places = place_names()
    found = sum(len(t) >= 2 and (t in places or P.BODY_NAME_END.search(t) is not None) for t in toks)
    return found * 4 >= len(toks) * 3


def _line_rules(line: str) -> tuple[str, str] | None:
    """``_classify`` after the navigation-words test: every rule here but the menu of short items
    needs one of ``P.LINE_CUE`` in the line or opens with one of ``P.LINE_CUE_FIRST``
    (tests/test_normalise_gates.py checks this over the corpus lines)."""
    n = len(line)
    punct = _has_sentence_punct(line)
    if P.URL_GATE.search(line) and P.URL_LINE.match(line):
        return "nav", "URL or file name alone"
    if n <= 40 and P.WIDGET_PHRASE.search(line):
        return "widget", "share/print/font-size/QR widget"
    if n <= 120:
        if ("位置" in line or line[0] in ">首主") and (
            P.BREADCRUMB_HEAD.match(line) or P.HOME_CRUMB.match(line)
        ):
            return "nav", "breadcrumb"
        if P.CRUMB_GATE.search(line) and len(P.BREADCRUMB_SEP.findall(line)) >= 2:
            items = [x for x in P.BREADCRUMB_SEP.split(line) if x.strip()]
            if items and max(len(x) for x in items[:-1] or [""]) <= 16 and "。" not in line:
                return "nav", "breadcrumb"
    if n <= 80 and "欢迎" in line and P.WELCOME.match(line):
        return "nav", "welcome banner"
    if line.count("|") >= 2:
        items = [x.strip() for x in line.split("|") if x.strip()]
        if len(items) >= 3 and max(len(x) for x in items) <= 40 and "。" not in line:
            return "nav", "menu of items separated by |"
    if " " in line and not punct and _is_short_items_menu(line):
        return "nav", "menu of short items"
    if n <= 250 and P.FOOTER_GATE.search(line) and P.FOOTER_STRONG.search(line) and not _holds_report(line):
        return "footer", "copyright or site registration line"
    if n <= 250 and ("许可证" in line or "资格证书" in line):
        m = P.FOOTER_LICENCE.search(line)
        if m and any(c.isdigit() for c in m.group()):
            return "footer", "licence number line"
    if line[0].isascii() and line[0].isalpha() and P.ENGLISH_NOTICE.match(line):
        return "disclaimer", "platform notice"
    if "声明" in line and P.DISCLAIMER_HEAD.match(line):
        if n <= 10:
            return "disclaimer_head", "disclaimer heading"
        if P.SELF_REFERENCE.search(line) or P.NO_REPRINT.search(line) or P.DISCLAIMER_CUES.search(line):
            return "disclaimer", "disclaimer"
    if (
        n <= 300
        and P.SELF_GATE.search(line)
        and P.SELF_REFERENCE.search(line)
        and P.DISCLAIMER_WORDS.search(line)
    ):
        return "disclaimer", "disclaimer (site talking about reprints/copyright)"
    if n <= 150 and ("转载" in line or "未经" in line) and P.NO_REPRINT.search(line):
        return "disclaimer", "reprint notice"
    if n <= 60 and P.SITE_PROMO.search(line):
        return "promo", "site asking readers to follow it"
    if n <= 160 and ":" in line and P.CONTACT_GATE.search(line) and P.CONTACT_FIELD.search(line):
        rest = P.STAMP_FILLER.sub("", P.URL.sub("", P.PHONE.sub("", P.CONTACT_FIELD.sub("", line))))
        if _han_count(rest) <= 10:
            return "footer", "contact details"
    if n <= 60 and not punct and P.FOOTER_WEAK.search(line):
        return "footer", "footer link"
    if n <= 80 and ("搜" in line or "检索" in line) and P.SEARCH_LABEL.match(line):
        return "nav", "search box"
    if line[0] in "上下前后" and P.PREV_NEXT.match(line):
        return "nav", "previous/next article link"
    if n <= 200 and line[0] in "关标Tt" and P.KEYWORD_LINE.match(line):
        return "nav", "keyword/tag list"
    if line[0] == "《" and P.EDITION_STAMP.match(line):
        return "meta", "print edition stamp"
    if n <= 160 and P.META_GATE.search(line):  # _meta_fields takes no longer line
        fields = _meta_fields(line)
        if fields is not None:
            if (
                fields
                and all(P.EDITOR_LABEL.match(k) or P.AUTHOR_LABEL.match(k) for k, _ in fields)
                and not P.STAMP.search(line)
            ):
                if any(P.NOT_A_NAME.search(v) for _, v in fields):
                    return None  # (记者:我只是问一下) — a transcript remark
                return "editor", "staff credit line"
            return "meta", "publication stamp / source / author line"
    if n <= 70 and not punct:
        m = P.EDITOR_LINE.match(line)
        if m and not P.NOT_A_NAME.search(m.group("value")) and not _stage_note(m):
            return "editor", "staff credit line"
    return None


#: How long a licence notice closing a text may be (Wikisource's is about 250 characters).
_LICENCE_MAX = 800


def _licence_notice(lines: list[str], verdict: list) -> None:
    """A licence notice closing the text (本作品是中华人民共和国的法律…属于公有领域, a Creative
    Commons line, "Public domain"), often cut into fragments by the links it held: from the line
    that opens it to the end, when licence words follow within it and real text comes before."""
    total = sum(map(len, lines))
    tail = 0
    opening = None  # the earliest line within reach of the end that opens a notice
    for i in range(len(lines) - 1, 0, -1):
        tail += len(lines[i])
        if tail > _LICENCE_MAX or total - tail < 2 * tail:
            break
        if P.LICENCE_HEAD.match(lines[i]):
            opening = i
    if opening is not None and P.LICENCE_WORDS.search("".join(lines[opening:])):
        for j in range(opening, len(lines)):
            verdict[j] = ("footer", "licence notice")


def _holds_report(line: str) -> bool:
    """Whether a line with a copyright mark also holds a sentence of the report, long and free of
    footer words (快递春节停运? 国家邮政局:假消息 ©原创 2022-01-11 16:14 近日,“春节期间快递停运”的消息又在
    网络上传播开来。…: a page run onto one line, its ©原创 a widget's label), so is no footer."""
    if P.FOOTER_OWNED.search(line):
        return False  # (版权所有…。为了给您提供更好的服务体验,建议您使用…: a footer's own sentences)
    return any(
        len(P.HAN_CHAR.findall(part)) >= 25 and not P.FOOTER_STRONG.search(part) and not P.FOOTER_WORDS.search(part)
        for part in line.split("。")
    )


def _stage_note(m: re.Match) -> bool:
    """A transcript's note of what a reporter did, on a line of its own ((记者点头), (记者笑)):
    two to four characters naming a gesture, not a reporter's name (which opens with a surname:
    (记者 王默) is a credit)."""
    from policydata.tag.speaker_patterns import SURNAMES  # as _names_list: the one surname table

    value = m.group("value").strip(" ))】]")  # noqa: B005 - a set of closing marks
    return (m.group("label") == "记者" and len(value) <= 4 and value[:1] not in SURNAMES
            and P.STAGE_NOTE.search(value) is not None)


# meta's mark, while a page is read, that its published_raw is an unlabelled clock line (removed
# before the meta is returned)
CLOCK_KEY = "_published_is_clock"

# separators and brackets trimmed from both ends of a lifted value (a set of characters)
_VALUE_EDGE = " -—_|·:,()()【】[]"


def _lift_fields(fields: list[tuple[str, str]], meta: dict[str, str], allow_date: bool) -> None:
    for label, value in fields:
        value = value.strip(_VALUE_EDGE)
        if not P.DATE_LABEL.match(label):
            value = P.META_VALUE_TAIL.sub("", P.ANY_DATE.split(value, 1)[0]).strip(_VALUE_EDGE)
        if not value:
            continue
        if P.DATE_LABEL.match(label):
            d = P.ANY_DATE.search(value)
            # 发布时间/发布日期 count anywhere; a bare 时间/日期/更新时间 only in the page header
            if d and "published_raw" not in meta and (allow_date or P.PUBLISH_LABEL.match(label)):
                meta["published_raw"] = d.group().strip()
            elif d and P.PUBLISH_LABEL.match(label) and meta.get(CLOCK_KEY):
                # (a portal's clock above its menu, 2024-11-23 12:59:52, then the story's 发布时间:
                # 2017-03-07 21:56: the label says which is the story's)
                meta["published_raw"] = d.group().strip()
                del meta[CLOCK_KEY]
        elif P.SOURCE_LABEL.match(label):
            meta.setdefault("source", value)
        elif P.EDITOR_LABEL.match(label):
            meta.setdefault("editor", value)
        elif P.AUTHOR_LABEL.match(label):
            value = value.removeprefix("本报记者").removeprefix("记者").strip()
            if value:
                meta.setdefault("author", value)


def _lift_line(kind: str, line: str, meta: dict[str, str], leading: bool) -> None:
    """Put what a removed line says into ``meta`` (first value of each key wins)."""
    if kind in ("meta", "widget", "nav"):
        m = P.EDITION_STAMP.match(line)
        if m:
            meta.setdefault("source", m.group(1).strip())
            return
        fields = _meta_fields(line)
        if fields is None and ":" in line:
            # a publication label's date in a removed line that is no stamp line as a whole (有效期至:
            # | 长期有效 | 发布时间: | 2022-05-11 21:51 |, a table's cells): 发布时间 counts anywhere
            fields = [(m.group("label"), m.group("value")) for m in P.META_FIELD.finditer(line)
                      if P.PUBLISH_LABEL.match(m.group("label"))]
        _lift_fields(fields or [], meta, leading)
        if not leading and "published_raw" not in meta and (credit := P.REPRINT_CREDIT.match(line)):
            # the paper a page reprints, with its issue's date, at the foot (摘自《中国建设报》2023.12.18)
            d = P.ANY_DATE.search(line, credit.end())
            if d:
                meta["published_raw"] = d.group().strip()
        if leading and "published_raw" not in meta:
            # any date of a removed header stamp (中央政府门户网站 www.gov.cn 2013年03月08日 来源:…)
            d = P.ANY_DATE.search(line)
            if d:
                meta["published_raw"] = d.group().strip()
                if P.PAGE_CLOCK.fullmatch(d.group().strip()):
                    meta[CLOCK_KEY] = "1"  # an unlabelled clock: a 发布时间 label may yet replace it
    elif kind == "editor":
        fields = _meta_fields(line)
        if fields:
            _lift_fields(fields, meta, leading)
            return
        m = P.EDITOR_LINE.match(line)
        if m:
            label = m.group("label")
            key = (
                "editor"
                if label in ("责任编辑", "责编", "编辑")
                else "author"
                if label in ("记者", "作者", "撰稿", "通讯员")
                else ""
            )
            value = P.NEXT_CREDIT_LABEL.split(m.group("value"), 1)[0].strip(_VALUE_EDGE)
            if key and value:
                meta.setdefault(key, value)
    elif kind == "footer":
        for m in P.META_FIELD.finditer(line):
            if P.SOURCE_LABEL.match(m.group("label")) and m.group("value").strip():
                meta.setdefault("source", m.group("value").strip())


def remove_boilerplate(text: str, ctx: Ctx) -> str:
    """Navigation, stamps, staff credits, photo captions and credits, footers, disclaimers,
    related-article lists.

    Lines are judged alone first (``_classify``); then by position: lines before the first body
    line (the leading zone) or after the last one (the trailing zone) are also removed when they
    are very short or menus. Values of removed stamp/credit lines are lifted into ``meta``; a bare
    date counts as ``published_raw`` only before the body. A dateline (新华社北京3月5日电) stays in
    the body and is copied to ``meta['dateline']``.
    """
    if "\n" not in text:
        return _boilerplate_one_line(text, ctx)  # a plain one-line text comes out the same there
    lines = text.split("\n")
    widgets = "【" in text or "[" in text or "{{" in text
    # where boilerplate words are: one scan of the whole text instead of one per line
    words = [] if widgets else [m.start() for m in P.BOILERPLATE_GATE.finditer(text)]
    if not widgets and _photo_end(text):
        words.append(len(text) - 1)  # a photo credit closing the last line (P.BOILERPLATE_GATE: 摄\n)
    if not widgets and not words and _plain_lines(lines):
        _find_dateline(lines, len(lines), ctx)
        return text
    starts = []
    pos = 0
    for line in lines:
        starts.append(pos)
        pos += len(line) + 1
    n = len(lines)
    # lines where a boilerplate word may be (None: every line; no word spans a line break)
    gate_lines = None if widgets else {bisect_right(starts, w) - 1 for w in words}
    # judge every line as it will be left: without inline widgets and the staff and photo credits
    # closing it (so that the second run sees the same lines and makes the same decisions)
    if gate_lines is None:
        left = [_as_left(x, True) for x in lines]
    else:  # _as_left without widgets only changes a line that ends with a bracket or a photo credit
        left = [(x.strip(), None) for x in lines]
        for i, (s, _) in enumerate(left):
            if s.endswith(_CLOSERS) or _photo_end(s):
                left[i] = _as_left(s, False)
                gate_lines.add(i)  # what is left is not a piece of the line: test it
    stripped = [x for x, _ in left]
    # a photo's caption goes whole (its credit was found on the line as left: one a widget or a
    # staff credit hid is found in the first run)
    verdict: list[tuple[str, str] | None] = [
        ("caption", "photo caption with its credit") if closing and _is_caption(x, closing)
        else _classify(x) if _needs_classify(x, gate_lines is None or i in gate_lines) else None
        for i, (x, closing) in enumerate(left)
    ]

    # a disclaimer heading alone (声明:) takes the numbered items after it
    for i in range(n) if any(v is not None and v[0] == "disclaimer_head" for v in verdict) else ():
        if verdict[i] and verdict[i][0] == "disclaimer_head":
            j = i + 1
            while j < n and (
                (verdict[j] and verdict[j][0] in ("footer", "disclaimer"))
                or (
                    NUMBERED(stripped[j])
                    and (
                        P.SELF_REFERENCE.search(stripped[j])
                        or P.DISCLAIMER_WORDS.search(stripped[j])
                        or P.NO_REPRINT.search(stripped[j])
                    )
                )
            ):
                if verdict[j] is None:
                    verdict[j] = ("disclaimer", "disclaimer item")
                j += 1
            verdict[i] = ("disclaimer", "disclaimer heading") if j > i + 1 else None

    _licence_notice(stripped, verdict)
    _headline_list_on_top(stripped, verdict)

    body = [
        i
        for i, x in enumerate(stripped)
        if verdict[i] is None
        and (len(x) >= 80 or (len(x) >= 20 and _has_sentence_punct(x)))  # _is_body, inlined
        and not (x.count(",") >= 2 and _is_keyword_stuffing(x))
    ]
    first_body, last_body = (body[0], body[-1]) if body else (n, -1)

    # a related-articles heading after the body cuts everything below it (above the body it takes
    # only the headlines listed under it: _headline_list_on_top)
    if body:
        for i in range(first_body + 1, n):
            if (verdict[i] is None or verdict[i][0] == "nav") and P.RELATED_HEAD.match(stripped[i]):
                for j in range(i, n):
                    verdict[j] = ("related", "list of other articles")
                last_body = min(last_body, i - 1)
                break

    zone_lines = (*range(min(first_body, n)), *range(max(last_body + 1, 0), n)) if body else ()
    for i in zone_lines:
        line = stripped[i]
        if verdict[i] is not None or not line or first_body <= i <= last_body:
            continue

        short_ok = _zone_candidate(line)
        if i < first_body:
            if short_ok and _short(line, 4) and not _is_byline(stripped, i):
                verdict[i] = ("nav", "very short line before the body")
            elif line.count("|") >= 1 and len(line) <= 80 and not P.SENTENCE_PUNCT.search(line):
                verdict[i] = ("nav", "menu before the body")
        elif i > last_body:
            if short_ok and _short(line, 5) and not P.HAN_CHAR.search(line):
                verdict[i] = ("nav", "very short line without Chinese after the body")
            elif (len(line) <= 60 and not _has_sentence_punct(line) and P.FOOTER_WEAK.search(line)) or (
                line.count("|") >= 1 and len(line) <= 80
            ):
                verdict[i] = ("footer", "footer after the body")
            elif _is_keyword_stuffing(line):
                verdict[i] = ("seo", "keyword-stuffing list")

    # a list of other articles without a heading: headline / 'outlet date' pairs at the end
    idx = [i for i in range(n) if stripped[i] and (verdict[i] is None or verdict[i][0] != "related")]
    p = len(idx) - 1
    cut = None
    if (
        p >= 1
        and not _is_listing_stamp(stripped[idx[p]])
        and _is_listing_stamp(stripped[idx[p - 1]])
        and len(stripped[idx[p]]) <= 60
    ):
        cut = p
        p -= 1
    pairs = 0
    while (
        p >= 1
        and _is_listing_stamp(stripped[idx[p]])
        and len(stripped[idx[p - 1]]) <= 60
        and not _is_listing_stamp(stripped[idx[p - 1]])
    ):
        pairs += 1
        cut = p - 1
        p -= 2
    if pairs >= 2 and cut is not None and idx[cut] > first_body - 1:
        for j in idx[cut:]:
            verdict[j] = ("related", "list of other articles (headline + date)")

    # lift values of removed lines into meta, in document order
    for i in range(n):
        v = verdict[i]
        if v is not None:
            # (a stamp line right under the headline, 工信部:…\n锤子财富2023-07-06 22:39:28, is the
            # page's own, though the headline already opened the body)
            leading = i < first_body or (
                v[0] == "meta" and (i <= first_body + 2 or _headlines_only(stripped, verdict, first_body, i))
                and any(verdict[j] is None and len(stripped[j]) > 30 for j in range(i + 1, min(n, i + 9)))
                # (not a line of the event's own time and place: 时间:2019年5月9日 地点:北京)
                and (P.EVENT_TIME_LINE.search(stripped[i]) is None or P.PAGE_STAMP_FIELD.search(stripped[i]))
            ) or _under_publish_label(stripped, i)
            _lift_line(v[0], stripped[i], ctx.meta, leading=leading)

    spans: list[Span] = []
    for i in range(n):
        v = verdict[i]
        if v is None:
            continue
        end = starts[i] + len(lines[i]) + 1
        spans.append((starts[i], min(end, len(text)), v[0], v[1], ""))

    # inside kept lines: widgets, trailing staff credits; the dateline goes to meta
    for i in range(n):
        if verdict[i] is not None or not lines[i].strip():
            continue
        spans.extend(_inline_spans(lines[i], starts[i], ctx, widgets))
    _find_dateline([lines[i] if verdict[i] is None else "" for i in range(n)], first_body + 2, ctx)
    return _splice(text, spans, ctx)



def _under_publish_label(lines: list[str], i: int) -> bool:
    """Whether line ``i`` comes right under a publication label standing alone on its line (发布日期:
    then 2026-01-02 on the next, as Macao's government pages print it)."""
    if not P.ANY_DATE.match(lines[i]) or P.EVENT_TIME_LINE.search(lines[i]):
        return False  # (the line under it must be the date itself, no event's 会议时间:…)
    j = i - 1
    while j >= 0 and not lines[j]:
        j -= 1
    return j >= 0 and P.PUBLISH_LABEL_LINE.match(lines[j]) is not None


def _headlines_only(lines: list[str], verdict: list, lo: int, hi: int) -> bool:
    """Whether the kept lines in [lo, hi) are all headline-like (no full stop, at most 80
    characters): a stamp under them (a page's title, then its site's name and section, then
    ``2017-12-26 ·``) still heads the article."""
    return all(verdict[j] is not None or (len(lines[j]) <= 80 and "。" not in lines[j]) for j in range(lo, hi))


def _is_headline_item(line: str) -> bool:
    """A line of a list of other articles: opens with a bullet or a number, short, no sentence."""
    return len(line) <= 60 and P.LIST_BULLET.match(line) is not None and "。" not in line


def _headline_list_on_top(lines: list[str], verdict: list) -> None:
    """A related-articles heading above the article (热点推荐, 相关新闻, 猜你喜欢 … — the one
    P.RELATED_HEAD that ends the article when it follows it) with a list of other articles'
    headlines under it (· 李强主持召开国务院常务会议): the heading and its items are no part of the
    article, and the taggers would read the headlines as its news. Only bulleted or numbered
    items count (an unmarked short line under the list may be the article's own title), with
    the dates between them; the list ends at its last item, so a stamp line after it stays the
    page's. Nothing is looked at once the article's first paragraph has come."""
    n = len(lines)
    i = 0
    while i < n:
        line, v = lines[i], verdict[i]
        if line and v is None and _is_body(line) and not _is_headline_item(line):
            return  # the article has begun
        if line and (v is None or v[0] == "nav") and P.RELATED_HEAD.match(line):
            last = None
            j = i + 1
            while j < n and (not lines[j] or _is_headline_item(lines[j]) or _is_listing_stamp(lines[j])):
                if lines[j] and _is_headline_item(lines[j]):
                    last = j
                j += 1
            if last is not None:
                for k in range(i, last + 1):
                    if lines[k]:
                        verdict[k] = ("related", "list of other articles above the article")
                i = last
        i += 1


def _credit_spans(line: str, offset: int, ctx: Ctx) -> list[Span]:
    """Staff and photo credits closing a paragraph (来源/责任编辑/记者 …, 新华社记者 李学仁 摄):
    lift each staff credit into meta, return the spans."""
    spans: list[Span] = []
    for kind, start, end, m in _closing(line):
        if kind == "photo":
            spans.append((offset + start, offset + end, "caption", "photo credit", ""))
            continue
        if m.re is P.EDITION_STAMP_TAIL:
            ctx.meta.setdefault("source", m.group(1).strip())
            spans.append((offset + m.start(), offset + m.end(), "meta", "print edition stamp at paragraph end", ""))
            continue
        label = m.group("label") or m.group("slabel")
        value = (m.group("value") or m.group("svalue")).strip()
        key = "source" if "来源" in label else "editor" if label in ("责任编辑", "责编", "编辑") else "author"
        ctx.meta.setdefault(key, value.removeprefix("记者").strip())
        spans.append((offset + m.start(), offset + m.end(), "editor", "staff credit at paragraph end", ""))
    return spans


def _without_widgets(line: str) -> tuple[str, list[int]]:
    """The line without its inline widgets, and the index in ``line`` of each character kept."""
    keep: list[int] = []
    last = 0
    for m in P.INLINE_WIDGET.finditer(line):
        keep.extend(range(last, m.start()))
        last = m.end()
    keep.extend(range(last, len(line)))
    return "".join(line[k] for k in keep), keep


def _inline_spans(line: str, offset: int, ctx: Ctx, widgets: bool) -> list[Span]:
    """What goes from inside a kept line: its inline widgets, then the credits closing the line as
    left without them (``_credit_spans``, as ``_as_left`` judged it), found without the widgets
    and mapped back, so that a widget after a credit (…(责任编辑:王五)【纠错】) hides nothing the
    second run would find."""
    spans: list[Span] = []
    keep = None
    if widgets:
        for m in P.INLINE_WIDGET.finditer(line):
            spans.append((offset + m.start(), offset + m.end(), "widget", "inline widget", ""))
        if spans:
            line, keep = _without_widgets(line)
    tail = line.rstrip()
    if not (tail.endswith(_CLOSERS) or _photo_end(tail)):
        return spans  # no credit can close the paragraph
    for start, end, kind, reason, repl in _credit_spans(tail, 0, ctx):
        if keep is not None:
            start, end = keep[start], keep[end - 1] + 1
        spans.append((offset + start, offset + end, kind, reason, repl))
    return spans


def _boilerplate_one_line(text: str, ctx: Ctx) -> str:
    """``remove_boilerplate`` for a text of one line (a title), without the per-line lists: with one
    line there are no zones, no numbered disclaimer items and no list of other articles."""
    widgets = "【" in text or "[" in text or "{{" in text
    stripped = line = text.strip()
    credit = line.endswith(_CLOSERS) or _photo_end(line)
    if widgets or credit:
        line, closing = _as_left(text, widgets)
        if _is_caption(line, closing):
            return _splice(text, [(0, len(text), "caption", "photo caption with its credit", "")], ctx)
    verdict = _classify(line) if _needs_classify(line) else None
    if verdict is not None and verdict[0] == "disclaimer_head":
        verdict = None  # a heading with no items after it
    if verdict is not None:
        _lift_line(verdict[0], line, ctx.meta, leading=True)  # a removed line is not the body
        return _splice(text, [(0, len(text), verdict[0], verdict[1], "")], ctx)
    if not stripped:
        return text
    if not (widgets or credit):  # the usual title: nothing to cut
        _dateline_to_meta(stripped, ctx)
        return text
    spans = _inline_spans(text, 0, ctx, widgets)
    _dateline_to_meta(stripped, ctx)
    return _splice(text, spans, ctx)


def _find_dateline(lines: list[str], upto: int, ctx: Ctx) -> None:
    """Copy the report's dateline (新华社北京3月5日电 …) from one of the first kept lines to meta."""
    for line in lines[:upto]:
        line = line.strip()
        if line and _dateline_to_meta(line, ctx):
            return


def _dateline_to_meta(line: str, ctx: Ctx) -> bool:
    """Copy the dateline opening a stripped line to meta; was there one?"""
    # every dateline ends in 电, 讯 or 消息: without one DATELINE cannot match
    if "电" in line or "讯" in line or "消息" in line:
        d = P.DATELINE.match(line)
        if d:
            ctx.meta.setdefault("dateline", d.group().strip())
            return True
    return False


def _plain_lines(lines: list[str]) -> bool:
    """Fast path, once the text holds no widget and no boilerplate word: every line is a sentence
    with no trailing credit."""
    for line in lines:
        if not _has_sentence_punct(line) or line.rstrip().endswith((")", ")", "】")):
            return False
        if "。" not in line and line.count(",") >= 2:
            return False
    return True


def NUMBERED(line: str) -> bool:
    return P.NUMBERED_ITEM.match(line) is not None


def flag_garbled(text: str, ctx: Ctx) -> str:
    """List every □ run of the final text in ``flags`` (offsets into ``Normalised.text``)."""
    if P.GARBLED_MARK not in text:
        return text
    runs = list(P.GARBLED_MARK_RUN.finditer(text))
    # originals pair with runs only when they match one to one (a □ already in the input, or a
    # stretch found late, breaks the pairing)
    originals = iter(ctx.garbled if len(ctx.garbled) == len(runs) else [])
    for m in runs:
        flag: dict[str, Any] = {"kind": "garbled", "start": m.start(), "end": m.end(), "text": m.group()}
        orig = next(originals, None)
        if orig is not None:
            flag["original"] = orig
        ctx.flags.append(flag)
    return text


def _cut_late(ctx: Ctx) -> bool:
    """Did a step after the first punctuation/pinyin pass remove anything?"""
    return ctx.late_cut


def recheck_pinyin(text: str, ctx: Ctx) -> str:
    """Annotations that removals after the pinyin step brought next to their character again."""
    return remove_pinyin(text, ctx) if _cut_late(ctx) else text


def recheck_garbled(text: str, ctx: Ctx) -> str:
    """Garbled seeds that a late removal completed (å¼€ + removed spam + å¼€ → å¼€å¼€)."""
    if not ctx.late_cut:
        return text
    before = len(ctx.removed)
    out = replace_garbled(text, ctx)
    if len(ctx.removed) != before:
        ctx.garbled.clear()  # □ runs no longer in step order: flags go without "original"
    return out


def recheck_script(text: str, ctx: Ctx) -> str:
    """The script judged again once late removals took their text away: spam or boilerplate can
    tip a text with one Traditional character from "simplified" (only stretches holding
    characters outside GB2312 converted: 後 kept) to "mixed" (converted whole), and a second
    pass must find nothing left to do."""
    if not (_cut_late(ctx) and ctx.trad):
        return text
    judged = ctx.script
    out = to_simplified(text, ctx)
    if out == text:
        ctx.script = judged  # nothing left to convert: the page's script is as first judged
    return out


def recheck_punct(text: str, ctx: Ctx) -> str:
    """Doubled commas left where a removal joined two pieces (要加强,【纠错】,监管)."""
    return tidy_punct(text, ctx) if _cut_late(ctx) else text


Step = Callable[[str, Ctx], str]

# the order, in one line: width → markup → invisible → emoji → punctuation → whitespace → pinyin
# → T→S → garbled → spam → boilerplate → pinyin/script/punctuation/garbled again → whitespace → flags
# (width folding comes first so that ＜ｐ＞ or ＊＊ are judged as markup in the first run, not the second)
STEPS: tuple[Step, ...] = (fold_width, strip_markup, decode_entities, strip_invisible, strip_emoji, tidy_punct, tidy_whitespace, remove_pinyin, to_simplified, replace_garbled, remove_spam, remove_boilerplate, recheck_pinyin, recheck_script, recheck_punct, recheck_garbled, tidy_whitespace, flag_garbled)  # fmt: skip
