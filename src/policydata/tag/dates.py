"""Publication date and event date of a normalised document.

Two questions, kept apart on purpose: *when was this page published* (``find_published``) and
*when did the reported speech, meeting or press conference take place* (``resolve_event_date``).

The event date is read from the text: a written full date is ``explicit``; a month-day or a
day-of-month takes its year (and month) from the publication date (``published``); when the page
shows no publication date the year is inferred from the political calendar, anniversaries, terms
of office, a weekday and the years the text itself names (``context``). A year nothing pins down
gives no date at all — never a day-precision guess.
"""

from __future__ import annotations

import bisect
import csv
import datetime as _dt
import operator
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

import ahocorasick

from policydata.records import EventDate
from policydata.resources import country_names, resource_path
from policydata.tag import date_patterns as P

__all__ = ["calendar_rows", "find_published", "parse_date", "resolve_event_date"]

_CN_NUM = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
_WEEKDAY = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}
_RELATIVE_DAYS = {"今天": 0, "今日": 0, "昨天": 1, "昨日": 1, "前天": 2, "前日": 2, "昨晚": 1, "今晚": 0, "昨夜": 1,
                  # the one-character forms before a parenthesised day: 今(25)日, 昨(24)日, 本(8)日
                  "今": 0, "昨": 1, "本": 0}
# How far after a dateline the reported day is looked for (新华社北京4月21日电 国家邮政局19号公布…).
_DATELINE_REACH = 160
# A dateline counts only near the top of the text (a later one belongs to a pasted story).
_DATELINE_ZONE = 400
# How far before an anchor NOT_EVENT_BEFORE looks (将于当地时间 is six characters, spaces may come between).
_NOT_EVENT_REACH = 10
_MIN_YEAR, _MAX_YEAR = 1990, 2035
# A month-day without a year is read at most this many days ahead of the page's date (a coming
# day), else in the year before.
_AHEAD_DAYS = 62
# ... and across the new year only this many days ahead (明天(1月1日) in a page of 31 December).
_NEW_YEAR_AHEAD_DAYS = 10
# A day written after a vague word (近日) names its occasion when it is at most this many days
# before the publication date.
_RECENT_DAYS = 10
# Without a publication date, a day counts for a vague word before it only this close after it.
_VAGUE_REACH = 120
# At most this many characters between an anniversary's phrase and its number (新中国成立70周年,
# 建党的100周年).
_ANNIVERSARY_GAP = 2
# A dateline's story happened at most this many days before the dateline.
_DATELINE_BACK_DAYS = 60
# Anchors are looked for in windows of this many characters (the event is usually named early);
# a word trigger (近期, 目前, 前不久) counts only when it lies wholly inside one window.
_ANCHOR_WINDOW = 1200
# Candidates are gathered in steps of this many characters inside a window, so that a caller
# stopping at the first anchor pays for the start of the text only (same anchors, same order).
_ANCHOR_STEP = 240


# --------------------------------------------------------------------------------------------------
# small date helpers


def _valid(y: int, m: int, d: int) -> _dt.date | None:
    try:
        return _dt.date(y, m, d)
    except ValueError:
        return None


def _cn_int(s: str) -> int | None:
    """Arabic or simple Chinese numeral (一 … 九十九, 一百) to int."""
    if s.isdigit():
        return int(s)
    if s == "百" or s == "一百":
        return 100
    total, cur = 0, 0
    for ch in s:
        if ch == "十":
            total += (cur or 1) * 10
            cur = 0
        elif ch in _CN_NUM:
            cur = _CN_NUM[ch]
        else:
            return None
    return total + cur


_CN_DIGITS = str.maketrans("〇○零0Ｏ一二三四五六七八九", "00000123456789")


def _arabic_dates(text: str) -> str:
    """Dates written in Chinese numerals (六月十日, 二〇〇六年) rewritten in Arabic digits, which
    the anchors read. Only the event-date tagger reads the result (offsets into it are its own)."""
    # (substring tests first, and the character before each 月: a regex scan of every text would
    # cost 2% of the whole library, and few texts write dates so; a year so written holds 一九 or
    # a zero: 一九九八年, 二〇〇六年, 二00六年)
    if "一九" in text or "〇" in text or "○" in text or "零" in text or "Ｏ" in text or "二0" in text:
        text = P.CN_NUMERAL_YEAR.sub(lambda m: m["y"].translate(_CN_DIGITS) + "年", text)
    if "民国" in text:
        # 中华民国109年7月16日: Taiwan's calendar, year 1 being 1912
        text = P.ROC_YEAR_WRITTEN.sub(_gregorian_of_roc, text)
    if P.ROC_YEAR_GATE.search(text):
        text = P.ROC_YEAR_BEFORE_MONTH.sub(_gregorian_of_roc, text)  # (115年2月26日)
    if "元月" in text:
        # 元月26日, 元月二十六日: January, as older and local copy writes it (in the day's numerals)
        text = P.FIRST_MONTH.sub(lambda m: "1月" if m["d"][0].isdigit() else "一月", text)
    if _after_numeral(text, "月", _CN_MONTH_NUMERALS):
        dateline = P.CN_NUMERAL_DATELINE.search(text, 0, 200)
        text = P.CN_NUMERAL_MONTH_DAY.sub(lambda m: f"{_cn_int(m['m'])}月{_cn_int(m['d'])}日", text)
        if dateline:
            text = P.CN_NUMERAL_DAY.sub(lambda m: f"{_cn_int(m['d'])}日", text)
            return text
    if "十" in text and _after_numeral(text, "日", _CN_MONTH_NUMERALS):
        # a day of two numerals with no month, opening a clause of an occasion held (…集中采访活动,
        # 十一日在人民大会堂举行, as Hong Kong's and Macao's papers write it); not a span (公示期为十五日,
        # 公布后十五日在网上确认) nor a holiday (国庆十一日在家休息)
        text = P.CN_NUMERAL_DAY_OF_EVENT.sub(lambda m: f"{_cn_int(m['d'])}日", text)
    return text


_CN_MONTH_NUMERALS = frozenset("一二三四五六七八九十")


def _gregorian_of_roc(m: re.Match) -> str:
    """A Minguo year (its number in group 1) as the Gregorian one, 年 kept."""
    n = int(m[1])
    return f"{n + 1911}年" if 1 <= n <= 150 else m.group(0)


def _may_have_dropped_month(text: str) -> bool:
    """Whether three or more digits stand right before some 日 (or before a range ending in one):
    found with str.find, as a regex scan of every text would cost more than the rest of the step."""
    i = text.find("日")
    while i != -1:
        k = _back_over_digits(text, i)
        if _skip_spaces_back(text, i) - k >= 3:
            return True
        mark = _skip_spaces_back(text, k)
        if k < i and mark > 0 and text[mark - 1] in _RANGE_MARKS:
            end = _skip_spaces_back(text, mark - 1)
            if end - _back_over_digits(text, end) >= 3:
                return True
        i = text.find("日", i + 1)
    return False


def _dropped_months(text: str, pub: _dt.date) -> str:
    """Days whose 月 a page lost (119日下午, 314日, 123-24日) written out again, when they read as a
    day of the stamp's month or of the two months before it, on or before the stamp, one way only
    or one way in the stamp's own month (123日 of a January stamp is 1月23日, not 12月3日)."""
    if not _may_have_dropped_month(text):
        return text

    # the stamp's month and the two before it, each as (year, month)
    months = [((pub.year * 12 + pub.month - 1 - k) // 12, (pub.year * 12 + pub.month - 1 - k) % 12 + 1)
              for k in range(3)]

    def month_day(m) -> str:
        digits = m["n"]
        fits = []
        for cut in (1, 2):
            month, day = int(digits[:cut]), int(digits[cut:])
            if len(digits) - cut not in (1, 2):
                continue
            for k, (year, mo) in enumerate(months):
                if mo == month and _valid(year, month, day) is not None:
                    fits.append((k, month, day))
        fits.sort()
        # one reading only, or one in the stamp's own month (a day still to come there is read so
        # too, and left to the anchors to pass over: 125日…将在石家庄召开 is no 12月5日)
        if len(fits) == 1 or (fits and fits[0][0] == 0 and fits[1][0] > 0):
            return f"{fits[0][1]}月{fits[0][2]}"
        return digits

    return P.DROPPED_MONTH.sub(month_day, text)



def _after_numeral(text: str, word: str, numerals: frozenset[str]) -> bool:
    """Whether ``word`` follows one of ``numerals`` somewhere in the text."""
    p = text.find(word, 1)
    while p > 0:
        if text[p - 1] in numerals:
            return True
        p = text.find(word, p + 1)
    return False


def parse_date(value: str | None) -> str | None:
    """Any date form a page or record writes → 'YYYY-MM-DD' (None when there is none)."""
    if not value:
        return None
    return _parse_date_str(str(value))


@lru_cache(maxsize=4096)
def _parse_date_str(value: str) -> str | None:
    compact = value.strip()
    if len(compact) == 8 and compact.isdigit():  # 20191111, as feeds and URLs write a day
        d = _valid(int(compact[:4]), int(compact[4:6]), int(compact[6:]))
        return d.isoformat() if d and 1950 <= d.year <= 2039 else None
    for rx in (P.ISO_DATE, P.CN_FULL_DATE, P.DMY_DATE):
        m = rx.search(value)
        if m:
            d = _valid(int(m["y"]), int(m["m"]), int(m["d"]))
            if d:
                return d.isoformat()
    return None


def _date_of(iso: str | None) -> _dt.date | None:
    if not iso:
        return None
    try:
        return _dt.date.fromisoformat(iso[:10])
    except ValueError:
        return None


# --------------------------------------------------------------------------------------------------
# publication date


def _first_body_line_start(text: str) -> int:
    """Offset where running prose starts: stamps printed above it belong to the page header."""
    # Line by line with str.find: the first prose line is usually near the top, so the rest of
    # the text is never split.
    pos, n = 0, len(text)
    while True:
        end = text.find("\n", pos)
        line_end = end if end >= 0 else n
        if line_end - pos >= 45:
            s = text[pos:line_end].strip()
            if len(s) >= 45 and ("," in s or "。" in s):
                return pos
        if end < 0:
            return n
        pos = end + 1


def _stamp_in_line(line: str) -> str | None:
    for m in P.ISO_DATE.finditer(line):
        d = _valid(int(m["y"]), int(m["m"]), int(m["d"]))
        if d:
            return d.isoformat()
    for m in P.CN_FULL_DATE.finditer(line):
        if P.STAMP_TAIL.match(line, m.end()) or P.STAMP_LINE.search(line):
            d = _valid(int(m["y"]), int(m["m"]), int(m["d"]))
            if d:
                return d.isoformat()
    m = P.DMY_DATE.search(line)
    if m:
        d = _valid(int(m["y"]), int(m["m"]), int(m["d"]))
        if d:
            return d.isoformat()
    return None


def _line_at(text: str, pos: int) -> tuple[int, str]:
    ls = text.rfind("\n", 0, pos) + 1
    le = text.find("\n", pos)
    return ls, text[ls : le if le >= 0 else len(text)]


def _stamp_keyword_positions(text: str, limit: int) -> list[tuple[int, int | None]]:
    """Stamp keywords before ``limit`` — 发布时间/日期 …, a line-initial 时间: or 日期:, 来源:, TIME —
    as (offset, offset of the value after a 时间/日期 label's colon or None). Found with str.find:
    a regex alternation here costs ten times more per page."""
    out: list[tuple[int, int | None]] = []
    for word in ("时间", "日期", "来源", "TIME"):
        p = text.find(word, 0, limit)
        while p >= 0:
            after = P.STAMP_KEYWORD_AFTER.match(text, p + len(word))
            value_at = None
            if word in ("来源", "TIME"):
                ok = after is not None if word == "来源" else True
            else:
                labelled = text[max(0, p - 2) : p] in P.STAMP_PREFIXES
                ok = labelled or (after is not None and (p == 0 or text[p - 1] in " \t\n|"))
                if ok and after is not None:
                    value_at = after.end()
            if ok:
                out.append((p, value_at))
            p = text.find(word, p + 1, limit)
    out.sort()
    return out


def _published_from_text(text: str) -> str | None:
    if (
        (label := P.EN_STAMP_LABEL.match(text))
        and (m := P.ISO_DATE.match(text, label.end()))
        and (d := _valid(int(m["y"]), int(m["m"]), int(m["d"])))
    ):
        return d.isoformat()
    body_start = _first_body_line_start(text)
    # Any date line above the prose is the page header's stamp (title, outlet, date, author).
    header_stamp: tuple[int, str] | None = None
    pos = 0
    for line in text[:body_start].split("\n"):
        found = _stamp_in_line(line.strip()) if line.strip() else None
        if found:
            header_stamp = (pos, found)
            break
        pos += len(line) + 1
    # A keyword-led stamp (发布时间: …, 来源:… 2023-01-18) anywhere, if it comes first.
    limit = header_stamp[0] if header_stamp else len(text)
    for pos, value_at in _stamp_keyword_positions(text, limit):
        if value_at is not None:
            # 发布日期:2025/8/19 下午 3:48 — the date right after the label, however long the line.
            m = P.ISO_DATE.match(text, value_at) or P.CN_FULL_DATE.match(text, value_at)
            if m and (d := _valid(int(m["y"]), int(m["m"]), int(m["d"]))):
                return d.isoformat()
        _, line = _line_at(text, pos)
        line = line.strip()
        if len(line) <= 80:
            found = _stamp_in_line(line)
            if found:
                return found
    if header_stamp:
        return header_stamp[1]
    # An outlet's dateline with the full date (民航资源网2010年8月29日消息:) opening a line of the
    # header or the body.
    m = P.OUTLET_DATELINE.search(text, 0, body_start + _OUTLET_DATELINE_REACH)
    if m and (d := _valid(int(m["y"]), int(m["m"]), int(m["d"]))):
        return d.isoformat()
    # A live report's entry closed by its clock stamp (…谢谢大家!(2017-09-20 11:13)): the first
    # entry's day — where the line is a bracketed speaker's turn, or one of several stamped entries
    # (not a comment's or a quoted post's stamp closing one line of a story).
    m = P.LIVE_ENTRY_STAMP.search(text)
    if m and (d := _valid(int(m["y"]), int(m["m"]), int(m["d"]))) and (
        P.LIVE_ENTRY_LINE.match(text, text.rfind("\n", 0, m.start()) + 1)
        or P.LIVE_ENTRY_STAMP.search(text, m.end()) is not None
    ):
        return d.isoformat()
    # A line holding nothing but a date (and a clock time) at the very bottom.
    for line in text.rstrip().rsplit("\n", 2)[-2:]:
        s = line.strip()
        m = P.ISO_DATE.fullmatch(s) or P.DMY_DATE.fullmatch(s)
        if m:
            d = _valid(int(m["y"]), int(m["m"]), int(m["d"]))
            if d:
                return d.isoformat()
    return None


#: How far into the body an outlet's dated dateline may stand.
_OUTLET_DATELINE_REACH = 60


def _published_from_url(url: str | None) -> str | None:
    if not url:
        return None
    path = url.split("://", 1)[-1]
    path = path[path.find("/") :] if "/" in path else ""
    path, _, query = path.split("#", 1)[0].partition("?")
    for rx in (P.URL_Y_M_D, P.URL_YM_D, P.URL_Y_MD, P.URL_YMD8, P.URL_TIMESTAMP, P.URL_YMD_ID, P.URL_YMD7):
        for m in rx.finditer(path):
            d = _valid(int(m["y"]), int(m["m"]), int(m["d"]))
            if d and _MIN_YEAR - 20 <= d.year <= _MAX_YEAR:
                return d.isoformat()
    m = P.URL_YY_MD_H.search(path)
    if m and (d := _valid(2000 + int(m["yy"]), int(m["m"]), int(m["d"]))) and d.year <= _MAX_YEAR:
        return d.isoformat()
    # (a.aspx?id=12394&t=7&time=2018-03-30: the issue's day as a named parameter of the query, on a
    # page whose path has none; not a search page's filter)
    m = P.URL_QUERY_DATE.search(query) if query and "search" not in path.lower() else None
    if m and (d := _valid(int(m["y"]), int(m["m"]), int(m["d"]))) and _MIN_YEAR - 20 <= d.year <= _MAX_YEAR:
        return d.isoformat()
    return None


def find_published(
    text: str,
    *,
    url: str | None = None,
    meta: dict | None = None,
    given: str | None = None,
) -> str | None:
    """The page's own publication date as 'YYYY-MM-DD', or None when the page shows none.

    Order: the value given by the source record or HTML extractor; the stamp line the normaliser
    lifted out (``meta['published_raw']``); a stamp in the text (发布时间:…, 来源:… 2023-01-18, a
    bare date line in the header or at the very bottom); the URL (/2012-04/25/, /20220324/ …).
    Dates of events in the body are never used.
    """
    for value in (given, (meta or {}).get("published_raw")):
        found = parse_date(value)
        if found:
            return found
    return _published_from_text(text or "") or _published_from_url(url)


# --------------------------------------------------------------------------------------------------
# the political calendar


@dataclass(frozen=True, slots=True)
class CalendarRow:
    event: str
    start: str
    end: str
    kind: str  # period | annual | ordinal | ordinal_day | ordinal_half | anniversary | lunar_day
    phrases: tuple[str, ...]
    note: str


@lru_cache(maxsize=1)
def calendar_rows() -> tuple[CalendarRow, ...]:
    """Rows of resources/calendar.csv (read once)."""
    with resource_path("calendar.csv").open(encoding="utf-8", newline="") as fh:
        return tuple(
            CalendarRow(
                r["event"],
                r["start"],
                r["end"] or "",
                r["kind"],
                tuple(p for p in r["phrases"].split("|") if p),
                r.get("note") or "",
            )
            for r in csv.DictReader(fh)
        )


@lru_cache(maxsize=1)
def _period_automaton() -> ahocorasick.Automaton:
    """Aho–Corasick automaton over the trigger phrases of 'period' rows and of 'annual' rows
    (双11 exists from 2009 on: an open-ended period) → row indices."""
    auto = ahocorasick.Automaton()
    by_phrase: dict[str, list[int]] = {}
    for i, row in enumerate(calendar_rows()):
        if row.kind in ("period", "annual"):
            for p in row.phrases:
                by_phrase.setdefault(p, []).append(i)
    for p, idx in by_phrase.items():
        auto.add_word(p, (p, tuple(idx)))
    auto.make_automaton()
    return auto


@lru_cache(maxsize=1)
def _lunar_rows() -> dict[tuple[int, int], list[CalendarRow]]:
    """Lunar-calendar rows (腊八, 除夕, 春节, 元宵 of each year) keyed by solar (month, day)."""
    out: dict[tuple[int, int], list[CalendarRow]] = {}
    for row in calendar_rows():
        if row.kind == "lunar_day":
            out.setdefault((int(row.start[5:7]), int(row.start[8:10])), []).append(row)
    return out


def _ym(s: str, end: bool = False) -> tuple[int, int]:
    y = int(s[:4])
    if len(s) >= 7:
        return y, int(s[5:7])
    return (y, 12) if end else (y, 1)


# --------------------------------------------------------------------------------------------------
# year inference


@dataclass(frozen=True, slots=True)
class _Constraint:  # frozen: calendar constraints are cached and shared between texts
    years: frozenset[int]
    evidence: str
    strong: bool  # a single year pinned by an ordinal, an anniversary, a session number, a lunar day


@lru_cache(maxsize=1)
def _rows_of_kind() -> dict[str, list[CalendarRow]]:
    out: dict[str, list[CalendarRow]] = {}
    for row in calendar_rows():
        out.setdefault(row.kind, []).append(row)
    return out


@lru_cache(maxsize=2)
def _ordinal_prefixes(*kinds: str) -> tuple[str, ...]:
    """Every phrase of the calendar rows of these kinds: one C-level startswith rules out the
    many 第N次/第N个 that name no recurring day, before the row-by-row look-up."""
    rows = _rows_of_kind()
    return tuple(p for kind in kinds for row in rows.get(kind, ()) for p in row.phrases)


class _Context:
    """Year evidence of one text, gathered once and shared by every anchor that needs it."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._plain: str | None = None
        self._periods: list[tuple[str, tuple[int, ...]]] | None = None
        self._strong: list[_Constraint] | None = None
        self._weak: list[_Constraint] | None = None
        self._mentions: _Mentions | None = None
        self._full: list[tuple[int, int, int, str]] | None = None
        self.period_cache: dict[int | None, list[_Constraint]] = {}
        #: the last day of the month a URL folder files the page in (/201302/), standing in for a
        #: publication date the page does not show: a day is read as on or before it, but "today"
        #: gives only its month
        self.month_stamp: _dt.date | None = None

    @property
    def plain(self) -> str:
        """The text without quote marks, so “十四五”规划 matches 十四五规划."""
        if self._plain is None:
            plain = self.text
            for q in P.QUOTE_CHARS:
                if q in plain:
                    plain = plain.replace(q, "")
            self._plain = plain
        return self._plain

    def periods(self) -> list[tuple[str, tuple[int, ...]]]:
        if self._periods is None:
            # Distinct (phrase, rows) values in order of first occurrence, deduplicated in C.
            self._periods = list(dict.fromkeys(map(_second, _period_automaton().iter(self.plain))))
            plain = self.plain
            if "明年" in plain or "去年" in plain:
                # 明年是“十二五”开局之年: the phrase's year is the one after the text's (去年, before it)
                shifted = []
                for end, (phrase, idx) in _period_automaton().iter(plain):
                    m = P.YEAR_NAMED_BEFORE.search(plain, max(0, end - len(phrase) - 7), end - len(phrase) + 1)
                    if m:
                        shifted.append((phrase, idx, -1 if m["w"] == "明年" else 1))
                if shifted:
                    keep = [pi for pi in self._periods if not any(pi[0] == p for p, _, _ in shifted)]
                    self._periods = keep + list(dict.fromkeys(shifted))
        return self._periods

    def full_dates(self) -> list[tuple[int, int, int, str]]:
        """Every written full date (year, month, day, as written), read once per text: in Chinese,
        and in English as a bilingual page or a photo's caption writes it (March 7, 2025)."""
        if self._full is None:
            self._full = (
                [
                    (int(f["y"]), int(f["m"]), int(f["d"]), f.group(0))
                    for f in P.CN_FULL_DATE.finditer(self.text)
                ]
                if "年" in self.text
                else []
            )
            if "20" in self.text or "19" in self.text:
                self._full += [
                    (int(f["y"]), P.ENGLISH_MONTHS[f["mon"].lower()[:3]], int(f["d"]), f.group(0))
                    for f in P.ENGLISH_FULL_DATE.finditer(self.text)
                ]
        return self._full

    def strong(self) -> list[_Constraint]:
        """Single years pinned by a session number, a plan launch, an ordinal or an anniversary."""
        if self._strong is None:
            self._strong = _static_strong_constraints(self.plain)
        return self._strong

    def weak(self) -> list[_Constraint]:
        """Spans of years from the text alone: a standing-committee term."""
        if self._weak is None:
            self._weak = _static_weak_constraints(self.plain) if "届全国" in self.plain else []
        return self._weak

    def mentions(self) -> _Mentions:
        if self._mentions is None:
            self._mentions = _scan_year_mentions(self.plain)
        return self._mentions


_second = operator.itemgetter(1)


def _period_constraints(ctx: _Context, month: int | None) -> list[_Constraint]:
    # Several anchors of one text may ask for the same month: built once per (text, month).
    cached = ctx.period_cache.get(month)
    if cached is None:
        cached = ctx.period_cache[month] = _build_period_constraints(ctx, month)
    return cached


def _build_period_constraints(ctx: _Context, month: int | None) -> list[_Constraint]:
    return [c for period in ctx.periods() if (c := _phrase_constraint(*period[:2], month, *period[2:])) is not None]


@lru_cache(maxsize=8192)
def _phrase_constraint(phrase: str, idx: tuple[int, ...], month: int | None, shift: int = 0) -> _Constraint | None:
    """The years a calendar phrase allows for an event in ``month`` (None: any month); ``shift``
    years added when the text names the phrase's year as the next (-1) or the last (+1). It
    depends on the calendar only, so it is built once per process, not once per text."""
    if shift:
        base = _phrase_constraint(phrase, idx, None)
        if base is None:
            return None
        word = "明年" if shift < 0 else "去年"
        return _Constraint(frozenset(y + shift for y in base.years), f"{word} {base.evidence}", base.strong)
    rows = calendar_rows()
    # Rows sharing a phrase are alternatives (the merged 中秋国庆 holiday of several years).
    years: set[int] = set()
    for i in idx:
        end = rows[i].end or f"{_MAX_YEAR}-12"
        (y0, m0), (y1, m1) = _ym(rows[i].start), _ym(end, end=True)
        if rows[i].kind == "annual":
            m0, m1 = 1, 12  # a yearly occasion bounds the years, not the month
        years.update(y for y in range(y0, y1 + 1) if month is None or (y0, m0) <= (y, month) <= (y1, m1))
    if not years:
        return None
    names = ", ".join(f"{rows[i].event} {rows[i].start}–{rows[i].end}" for i in idx[:3])
    return _Constraint(frozenset(years), f"{phrase} ({names})", False)


def _near_word(rx, text: str, word: str, before: int, after: int) -> list:
    """Matches of ``rx`` in small windows around each occurrence of ``word`` (found by
    str.find): far cheaper than letting a pattern without a literal prefix scan the whole text."""
    out = []
    p = text.find(word)
    end = -1
    while p >= 0:
        m = rx.search(text, max(0, p - before, end), p + len(word) + after)
        if m:
            out.append(m)
            end = m.end()
        p = text.find(word, p + len(word))
    return out


def _npc_term_start(term: int) -> int:
    """First year of an NPC / CPPCC term: the 10th first met in 2003, each term lasts five years."""
    return 2003 + 5 * (term - 10)


def _static_weak_constraints(plain: str) -> list[_Constraint]:
    """Spans of years that follow from the text alone (not from the calendar table)."""
    out: list[_Constraint] = []
    # 十四届全国人大常委会第五次会议: a standing committee sits from the March its term starts until
    # the March five years on; its session number is not a year.
    for m in _near_word(P.NPC_STANDING_SESSION, plain, "届全国", before=4, after=30):
        term = _cn_int(m["term"])
        if term and term >= 5:
            y0 = _npc_term_start(term)
            out.append(_Constraint(frozenset(range(y0, y0 + 6)), m.group(0), False))
    return out


#: The dashes a name joining two may be written with, read as the calendar's em dash.
_DASHES = str.maketrans({"-": "—", "－": "—", "–": "—"})


def _static_strong_constraints(plain: str) -> list[_Constraint]:
    out: list[_Constraint] = []
    # Annual full NPC / CPPCC session: the N-th session of a term meets in its (N−1)-th year.
    sessions = _near_word(P.NPC_SESSION, plain, "届全国", before=4, after=22)
    if "全国政协" in plain:
        sessions += _near_word(P.CPPCC_SESSION, plain, "全国政协", before=0, after=20)
    for m in sessions:
        term, n = _cn_int(m["term"]), _cn_int(m["n"])
        if term and n and 1 <= n <= 5 and term >= 5:
            year = _npc_term_start(term) + (n - 1)
            out.append(_Constraint(frozenset({year}), m.group(0), True))
    # 启动“十四五”规划编制: from the 3rd plan (1966) on, the N-th plan starts in 1966 + 5(N−3);
    # its drafting is launched two years before it starts.
    for m in P.PLAN_DRAFT_LAUNCH.finditer(plain) if "编制" in plain else ():
        n = _cn_int(m["n"])
        if n and n >= 4:
            out.append(_Constraint(frozenset({1966 + 5 * (n - 3) - 2}), m.group(0), True))
    kinds = _rows_of_kind()
    # 第53届世界邮政日: first edition year + N − 1; 第108届广交会, held twice a year (spring and
    # autumn) since its first: first year + (N − 1) // 2.
    prefixes = _ordinal_prefixes("ordinal", "ordinal_day", "ordinal_half")
    for m in P.ORDINAL_EVENT.finditer(plain) if "第" in plain else ():
        what = m["what"].translate(_DASHES)  # (中国－东盟博览会, 中国–东盟: the calendar's 中国—东盟)
        if not what.startswith(prefixes):
            continue
        for row in (*kinds.get("ordinal", ()), *kinds.get("ordinal_day", ()), *kinds.get("ordinal_half", ())):
            if what.startswith(row.phrases) and (n := _cn_int(m["n"])):
                per_year = 2 if row.kind == "ordinal_half" else 1
                year = int(row.start[:4]) + (n - 1) // per_year
                out.append(_Constraint(frozenset({year}), m.group(0), True))
    # 纪念五四运动100周年, 国庆70周年, 祖国67华诞: base year + N.
    anniversaries = [
        *_near_word(P.ANNIVERSARY, plain, "周年", 6, 2),
        *_near_word(P.ANNIVERSARY, plain, "华诞", 7, 2),
    ]
    for m in anniversaries:
        n = _cn_int(m["n"])
        if not n or n > 150:
            continue
        before = plain[max(0, m.start() - 14) : m.start()]
        # The thing whose anniversary it is: the phrase nearest the number (宪法公布施行40周年,
        # not the 中华人民共和国 in front of it), the longer of two ending there (香港回归祖国25周年,
        # not 祖国), and right before it (新中国恢复联合国合法席位55周年 is no anniversary of 新中国).
        best_row, best_end = None, (-1, -1)
        for row in kinds.get("anniversary", ()):
            for p in row.phrases:
                at = before.rfind(p)
                if at >= 0 and (at + len(p), len(p)) > best_end:
                    best_row, best_end = row, (at + len(p), len(p))
        if best_row is None or len(before) - best_end[0] > _ANNIVERSARY_GAP:
            continue
        if _foreign_before(before, best_end[0] - best_end[1]):
            continue  # 埃及国庆70周年: another country's national day
        if "迎接" in before:
            continue  # 以优异成绩迎接建军100周年: an anniversary still to come
        year = int(best_row.start[:4]) + n
        # 明年是中华人民共和国成立75周年: the anniversary falls in the year after the text's.
        shift = -1 if "明年" in before else 1 if "去年" in before else 0
        said = before[best_end[0] - best_end[1] :] + m.group(0)
        out.append(_Constraint(frozenset({year + shift}), ("明年是" if shift < 0 else "去年是" if shift else "") + said, True))
    return out


#: Anniversary phrases that name any country's occasion, not only China's.
_SHARED_OCCASIONS = ("国庆", "独立", "建国")


def _foreign_before(before: str, at: int) -> bool:
    """Whether a foreign country's name ends right where an anniversary's phrase starts, and the
    phrase is one every country has (国庆: 埃及国庆70周年); 俄罗斯热烈祝贺新中国成立75周年 stays China's."""
    phrase = before[at:]
    if not phrase.startswith(_SHARED_OCCASIONS):
        return False
    head = before[:at]
    return any(head.endswith(name) for name in country_names() if len(name) >= 2)


def _strong_constraints(
    ctx: _Context, month: int | None, day: int | None, near: str = ""
) -> list[_Constraint]:
    out = list(ctx.strong())
    # 1月18日,农历腊月初八: a lunar day named right next to a solar one pins the year (calendar table).
    if month and day and near and (month <= 3 or month == 12):
        years = {
            int(row.start[:4])
            for row in _lunar_rows().get((month, day), ())
            if any(p in near for p in row.phrases)
        }
        if len(years) == 1:
            out.append(
                _Constraint(frozenset(years), f"lunar day {month}月{day}日 in {next(iter(years))}", True)
            )
    return out


@dataclass(slots=True)
class _Mentions:
    latest: int | None = None  # the latest year named (targets and recalled years left out)
    completed: bool = False  # written as finished: 截至2024年底, 刚刚过去的2023年 …
    through_month: int | None = None  # 截至2021年11月底 → 11
    planned_only: bool = False  # named only as work to come: 围绕2018年重点工作, 部署2018年工作
    reviewed: bool = False  # opening a review of the year gone by: 2019年,…。一年来,全市共破获…
    honoured: bool = False  # its work's awards handed out: 会议表彰了2021年度…先进集体


#: The longest span of years whose last year a text may be written in: a five-year plan's
#: (2006-2010年 reviewed in 2010) and a season's (2018-2019); a longer one is a long-range plan's
#: horizon (《全国国土空间规划纲要(2021-2035年)》), no year of writing.
_PLAN_TERM_YEARS = 4


#: How far after the publication date a full date opening the story after a bare dateline may lie
#: (a content farm's date a month or two early) and still be the event's.
_DATELINE_OVER_PUBLISHED_DAYS = 92

#: The first month in which a year's own work is honoured at its year-end meetings.
_YEAR_END_AWARDS_MONTH = 11

#: The months of a year in which a review of the year gone by is held (work meetings of January
#: to March).
_REVIEW_MONTHS = 3

#: How far after a year opening a sentence (2019年,…) its review may go on to 一年来.
_REVIEW_REACH = 400


def _opens_review(plain: str, start: int, end: int) -> bool:
    """Whether the year written at ``start``..``end`` opens a clause that tells what was done in it
    (…指出,2019年,市领导小组坚持…。一年来,全市共破获…): written 2019年, right after a clause's start,
    no plan in its sentence (2020年,全市要坚决打好…), and 一年来 (not 十一年来) within reach."""
    if not plain.startswith("年,", end - 1) or (start > 0 and plain[start - 1] not in "。\n,:;"):
        return False
    stop = plain.find("。", end)
    if P.PLAN_IN_CLAUSE.search(plain, end, stop if stop >= 0 else len(plain)):
        return False
    i = plain.find("一年来", end, end + _REVIEW_REACH)
    return i >= 0 and plain[i - 1] not in "十0123456789"


def _scan_year_mentions(plain: str) -> _Mentions:
    out = _Mentions()
    # on the lines under the story's last sentence, a year written straight before a name (篤行致遠
    # 2024中國煙草行業發展觀察: a site's promotion or a link's headline) is no year of the story; a
    # year with 年 or a document's number there still is (苏政办发〔2014〕35号)
    last = max(plain.rfind("。"), plain.rfind("!"), plain.rfind("?"))
    tail = plain.find("\n", last) if last >= 0 else -1
    tail = tail if tail >= 0 else len(plain)
    for m in P.YEAR_MENTION.finditer(plain):
        if m.start() >= tail and m["bare"] is not None:
            continue
        y = int(m["y"])
        if out.latest is not None and (y < out.latest or (y == out.latest and out.completed)):
            continue  # cannot change the outcome: skip the context checks
        before = plain[max(0, m.start() - 6) : m.start()]
        if P.TARGET_BEFORE.search(before) or P.TARGET_AFTER.match(plain, m.end()):
            continue
        if P.PLANNED_YEAR_BEFORE.search(before) and P.PLANNED_YEAR_AFTER.match(plain, m.end("y")):
            continue
        span = P.SPAN_START_BEFORE.search(before)
        if span and (y - int(span[1]) > _PLAN_TERM_YEARS or (
                # a plan issued, explained or carried out, not reviewed (…规划(2021—2025年)》新闻发布会,
                # 落实…三年行动计划(2018-2020年)》以来; not 三年行动计划(2021-2023年)》实施情况总结会, nor
                # 总结…计划(2021-2023年))
                P.PLAN_SPAN_BEFORE.search(plain, max(0, m.start() - 16), m.start())
                and not P.PLAN_REVIEWED_AFTER.match(plain, m.end())
                and not P.PLAN_REVIEWED.search(plain, _sentence_span(plain, m.start())[0], m.start()))):
            continue
        if P.RECALLED_BEFORE.search(before) or P.RECALLED_AFTER.match(plain, m.end()):
            continue
        done = P.COMPLETED_BEFORE.search(before)
        if done and done.group().strip() in ("总结", "回顾") and P.YEAR_PART_AFTER.match(plain, m.end()) and (
                not P.WHOLE_YEAR_MONTHS.match(plain, m.end())):
            done = None  # (全面总结2023年上半年…工作, in July: a part of the year, still going on)
        fin = bool(done or P.COMPLETED_AFTER.match(plain, m.end())
                   or (P.REPORTED_BEFORE.search(before) and not P.YEAR_PART_AFTER.match(plain, m.end()))
                   or (P.AWARD_YEAR_AFTER.match(plain, m.end()) and _honoured_in_clause(plain, m.end())))
        plan = bool(P.PLAN_BEFORE.search(before) or P.PLAN_AFTER.match(plain, m.end()))
        # (2023年以来,全市…持续向好: reviewed early in the next year as often as said within the year)
        review = _opens_review(plain, m.start(), m.end()) or (
            not fin and P.SINCE_YEAR_AFTER.match(plain, m.end()) is not None)
        honoured = P.HONOURED_BEFORE.search(before) is not None and P.YEAR_OF_WORK_AFTER.match(plain, m.end()) is not None
        if out.latest is None or y > out.latest:
            out.latest, out.completed, out.planned_only, out.reviewed, out.honoured = y, fin, plan, review, honoured
        else:
            out.completed = out.completed or fin
            out.planned_only = out.planned_only and plan
            out.reviewed = out.reviewed or review
            out.honoured = out.honoured or honoured
    if out.latest is not None and ("截" in plain or "到" in plain):
        for m in _matches_at(P.COMPLETED_THROUGH_MONTH, plain, ("截", "到")):
            if int(m["y"]) == out.latest:
                out.through_month = int(m["m"])
    return out


def _honoured_in_clause(text: str, pos: int) -> bool:
    """Whether the sentence going on from ``pos`` hands an award out (…进行了表彰), not one to come."""
    end = text.find("。", pos)
    clause = text[pos : end if end >= 0 else len(text)]
    return P.HONOURED.search(clause) is not None and "评选" not in clause and "启动" not in clause


def _matches_at(rx, text: str, first_chars: tuple[str, ...]):
    """What ``rx.finditer(text)`` yields, for a pattern whose every match starts with one of
    ``first_chars``: tried only where str.find puts those characters (a charset-led scan of the
    whole text costs several times more)."""
    starts: list[int] = []
    for ch in first_chars:
        p = text.find(ch)
        while p >= 0:
            starts.append(p)
            p = text.find(ch, p + 1)
    starts.sort()
    last_end = 0
    for s in starts:
        if s < last_end:
            continue
        m = rx.match(text, s)
        if m:
            last_end = max(m.end(), s + 1)
            yield m


def _year_from_mentions(ctx: _Context, month: int | None) -> tuple[int | None, str | None]:
    """The year the text is written in, from the years it names.

    The latest year named (targets such as 到2025年 left out) is the current year; the one after
    it when the text writes it as finished (截至2024年底, 刚刚过去的2023年, 比2023年 …); the one
    before it when it is named only as next year's work (围绕2018年重点工作) in an event of the
    last quarter (work plans for a year are drawn up in the autumn and winter before it).
    """
    m = ctx.mentions()
    best = m.latest
    if best is None:
        return None, None
    if m.through_month is not None:
        if month is not None and month > m.through_month:
            return best, f"截至{best}年{m.through_month}月"
        return best + 1, f"截至{best}年{m.through_month}月"
    if m.completed:
        return best + 1, f"{best}年 written as finished"
    if m.honoured and (month is None or month < _YEAR_END_AWARDS_MONTH):
        # (3月30日…会议表彰了2021年度…先进集体: the awards of a year gone by; at a year-end meeting,
        # 12月28日, of the year ending)
        return best + 1, f"{best}年 honoured after it ended"
    if m.reviewed and month is not None and month <= _REVIEW_MONTHS:
        # (1月14日…张勇指出,2019年,…。一年来,全市共破获…: the year gone by, reviewed at the start
        # of the next; a review in December is of its own year)
        return best + 1, f"{best}年 reviewed early in the next year"
    if m.planned_only and month is not None and month >= 10:
        return best - 1, f"{best}年 named as next year's work"
    return best, f"{best}年"


def _done_later_in_year(ctx: _Context, year: int, month: int, day: int) -> str | None:
    """A full date of ``year`` later in the calendar than ``month``/``day`` that the text tells as
    done (于2015年12月17日…签订), not planned (将于, 计划, 起施行, 前完成): the words, or None."""
    for fy, fm, fd, ftext in ctx.full_dates():
        if fy != year or (fm, fd) <= (month, day):
            continue
        at = ctx.text.find(ftext)
        if at < 0:
            continue
        before = ctx.text[max(0, at - 6) : at]
        after = ctx.text[at + len(ftext) : at + len(ftext) + 12]
        if P.DONE_ON_BEFORE.search(before) and not P.PLAN_WORDS.search(before + after):
            return ftext
    return None


def _terms_constraint(terms, month: int | None) -> list[_Constraint]:
    # One person may hold several posts in turn: their years in office are the union of terms.
    by_name: dict[str, set[int]] = {}
    spans: dict[str, list[str]] = {}
    for name, start, end in terms or ():
        if not start:
            continue
        by_name.setdefault(name, set()).update(range(int(start), int(end or _MAX_YEAR) + 1))
        spans.setdefault(name, []).append(f"{start}–{end or ''}")
    return [
        _Constraint(frozenset(years), f"{name} in office {', '.join(spans[name])}", False)
        for name, years in by_name.items()
    ]


#: How long after a rule came into force a report of it may still be dated (央广网2月13日消息 …
#: 自2022年2月10日起施行).
_IN_FORCE_REPORTED_DAYS = 60


def _in_force_constraint(ctx: _Context, month: int | None, day: int | None) -> list[_Constraint]:
    """The years a day may fall in when the text names the day a rule comes into force (11月10日
    …发布通知,自2024年1月1日起实施): up to a year before it — a rule is announced before it
    applies — or a few weeks after (a report of it)."""
    if not (month and day) or "起" not in ctx.text:
        return []
    out = []
    for m in P.IN_FORCE_FROM.finditer(ctx.text):
        start = _valid(int(m["y"]), int(m["m"]), int(m["d"]))
        if start is None:
            continue
        years = frozenset(
            y for y in (start.year - 1, start.year)
            if (d := _valid(y, month, day)) is not None and -_IN_FORCE_REPORTED_DAYS <= (start - d).days <= 366
        )
        if years:
            out.append(_Constraint(years, f"in force from {start.isoformat()}", False))
    return out


def _infer_year(
    ctx: _Context,
    month: int | None,
    day: int | None,
    weekday: int | None,
    terms,
    url_hint: tuple[int, int] | None,
    near: str = "",
    url_year: int | None = None,
) -> tuple[int | None, str | None]:
    strong = _strong_constraints(ctx, month, day, near)
    if strong:
        year, _ = Counter(next(iter(c.years)) for c in strong).most_common(1)[0]
        ev = next(c.evidence for c in strong if year in c.years)
        return year, ev
    window: set[int] | None = None
    evidence: list[str] = []
    weak = (_period_constraints(ctx, month) + ctx.weak() + _terms_constraint(terms, month)
            + _in_force_constraint(ctx, month, day))
    if weekday is not None and month and day:
        years = frozenset(
            y for y in range(2000, _MAX_YEAR + 1) if (d := _valid(y, month, day)) and d.weekday() == weekday
        )
        weak.append(_Constraint(years, f"星期{'一二三四五六日'[weekday]}", False))
    for c in sorted(weak, key=lambda c: len(c.years)):
        narrowed = c.years if window is None else window & c.years
        if narrowed:
            window = set(narrowed)
            evidence.append(c.evidence)
    if url_hint and (window is None or url_hint[0] in window):
        uy, um = url_hint
        if month is None or month <= um:
            return uy, f"URL folder {uy}-{um:02d}"
    mention, why = _year_from_mentions(ctx, month)
    # 1月12日,县委书记…指出,我县于2015年12月17日与阿里巴巴签订…: the day told as done came before
    # the event, so the event falls in the year after it
    if (mention is not None and month and day and (later := _done_later_in_year(ctx, mention, month, day))
            and (window is None or mention + 1 in window)):
        return mention + 1, f"{later} done before {month}月{day}日"
    if mention is not None and (window is None or mention in window):
        return mention, why
    if window is not None and len(window) == 1:
        return next(iter(window)), "; ".join(evidence)
    # last, a year folder of the page's address (/xfyw/2024/44365.shtml): the year it was filed in,
    # when nothing in the text says otherwise
    if url_year is not None and (window is None or url_year in window):
        return url_year, f"URL folder {url_year}"
    return None, None


# --------------------------------------------------------------------------------------------------
# event anchors


@dataclass(slots=True)
class _Anchor:
    kind: str  # full | md | rel | vague | dom
    start: int
    end: int
    text: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    back: int = 0  # days before the reference (昨天 = 1)
    excluded: bool = False
    planned: bool = False  # excluded as announced ahead (定于2012年1月8日…举行)
    reported: bool = False  # the day a reporter learned the news on (记者16日从…获悉)
    quoted: bool = False  # 今天 inside someone's quoted words (“今天的对接是一个逗号”)


def _back_over_digits(text: str, i: int) -> int:
    """Start of the digits that end just before ``i``, white space between them and ``i`` allowed
    (as ANCHOR's ``\\s*`` allows it, line breaks too); ``i`` when there are none."""
    j = i
    while j > 0 and text[j - 1].isspace() and i - j < 4:
        j -= 1
    k = j
    while k > 0 and text[k - 1].isdigit() and j - k < 4:
        k -= 1
    return k if k < j else i


_RANGE_MARKS = frozenset("—–~～-－至到")


def _skip_spaces_back(text: str, i: int) -> int:
    while i > 0 and text[i - 1].isspace():
        i -= 1
    return i


_CLOSE_PARENS = frozenset(")）")


def _paren_word_start(text: str, close: int, words: str) -> int | None:
    """Where the one-character word before ``(digits)`` starts, the ``)`` being at ``close``
    (今(25)日, 本(11)月), when that word is one of ``words``; else None."""
    j = _back_over_digits(text, close)
    if j == close or j < 2 or text[j - 1] not in "(（":
        return None
    k = _skip_spaces_back(text, j - 1)
    return k - 1 if k > 0 and text[k - 1] in words else None


def _trigger_starts(text: str, lo: int, hi: int, word_end: int) -> list[int]:
    """Candidate start offsets of date anchors whose last character lies in [lo, hi) (a word
    trigger: whose first character does, and which ends by ``word_end``), found with str.find
    (C speed) instead of trying the full anchor pattern at every offset of the text."""
    starts: list[int] = []
    for ch in "日号":
        p = text.find(ch, lo, hi)
        while p >= 0:
            prev = text[p - 1] if p else ""
            if prev and prev in "今昨前近":
                starts.append(p - 1)
            elif prev in _CLOSE_PARENS:
                # 今(25)日: the word before a parenthesised day of the month
                q = _paren_word_start(text, p - 1, "今昨本")
                if q is not None:
                    starts.append(q)
            elif prev.isdigit() or prev.isspace():
                d0 = _back_over_digits(text, p)
                cands = [d0]
                k = _skip_spaces_back(text, d0)
                if k > 1 and text[k - 1] in _RANGE_MARKS and text[k - 2].isdigit():
                    # 4月19—20日: the anchor starts at the range's first day.
                    d0 = _back_over_digits(text, k - 1)
                    cands.insert(0, d0)
                    k = _skip_spaces_back(text, d0)
                if k > 1 and text[k - 1] == "月" and text[k - 2] in _CLOSE_PARENS:
                    # 本(11)月11日: the word before a parenthesised month
                    q = _paren_word_start(text, k - 2, "本上")
                    if q is not None:
                        cands.insert(0, q)
                elif k > 0 and text[k - 1] == "月":
                    m0 = _back_over_digits(text, k - 1)
                    cands.insert(0, m0)
                    k = _skip_spaces_back(text, m0)
                    if k > 0 and text[k - 1] == "年":
                        cands.insert(0, _back_over_digits(text, k - 1))
                starts.extend(cands)
                p = text.find(ch, p + 1, hi)
                continue  # the 日前 of 10日前 is "before the 10th", never a vague 日前
            if ch == "日" and text.startswith("前", p + 1):
                starts.append(p)
            p = text.find(ch, p + 1, hi)
    for word, off in (("天", 1), ("晚", 1), ("夜", 1), ("近期", 0), ("目前", 0), ("前不久", 0), ("这几天", 0), ("近几天", 0), ("连日来", 0)):
        end = hi if off else min(hi + len(word) - 1, word_end)
        p = text.find(word, lo, end)
        while p >= 0:
            if off == 0 or (p and text[p - 1] in "今昨前"):
                starts.append(p - off)
            elif p and text[p - 1] in _CLOSE_PARENS and (q := _paren_word_start(text, p - 1, "今昨本")) is not None:
                starts.append(q)  # 今(8)天
            p = text.find(word, p + 1, end)
    starts.sort()
    return starts


def _anchor_matches(text: str):
    """ANCHOR matches in text order, looked for window by window (most callers stop early)."""
    last_end = 0
    lo = 0
    n = len(text)
    while lo < n:
        # Steps never cross a window's end, so word triggers are cut exactly where windows cut them;
        # a candidate found in a later step never starts before one of an earlier step (the
        # characters from its start to its trigger are digits, spaces, 年, 月 and range marks).
        window_end = min(n, (lo // _ANCHOR_WINDOW + 1) * _ANCHOR_WINDOW)
        hi = min(window_end, lo + _ANCHOR_STEP)
        for s in _trigger_starts(text, lo, hi, window_end):
            if s < last_end:
                continue
            m = P.ANCHOR.match(text, s)
            if m:
                last_end = m.end()
                yield m
        lo = hi


class _Anchors:
    """The text's anchors, read lazily in text order: most documents need only the first few."""

    def __init__(self, text: str) -> None:
        self._gen = _iter_anchors(text)
        self._seen: list[_Anchor] = []
        self._done = False

    def __iter__(self):
        i = 0
        while True:
            if i < len(self._seen):
                yield self._seen[i]
                i += 1
                continue
            if self._done:
                return
            a = next(self._gen, None)
            if a is None:
                self._done = True
                return
            self._seen.append(a)

    def all(self) -> list[_Anchor]:
        for _ in self:
            pass
        return self._seen


#: How far back an open quotation mark is looked for.
_QUOTE_REACH = 120


def _in_quotation(text: str, pos: int) -> bool:
    """Whether ``pos`` lies inside “…” opened on its line within ``_QUOTE_REACH`` characters."""
    lo = max(0, pos - _QUOTE_REACH, text.rfind("\n", 0, pos) + 1)
    opened = text.rfind("“", lo, pos)
    return opened != -1 and text.find("”", opened, pos) == -1


#: What a house number follows (建国门内大街11号, 西长安街2号, 南大街甲11号) and what follows it.
_STREETS = frozenset("路街道巷弄甲乙丙")
_AFTER_HOUSE_NUMBER = frozenset(",,、。 \n院楼")


def _iter_anchors(text: str):
    for m in _anchor_matches(text):
        s, e = m.start(), m.end()
        if m["full"]:
            if P.STAMP_TAIL.match(text, e) and _line_is_stamp(text, s) and not _signed(text, s, e):
                continue
            a = _Anchor("full", s, e, m.group(0), int(m["fy"]), int(m["fm"]), int(m["fd"]))
        elif m["md"]:
            a = _Anchor("md", s, e, m.group(0), None, int(m["m"]), int(m["d"]))
        elif m["mdp"]:
            a = _Anchor("md", s, e, m.group(0), None, int(m["pm"]), int(m["pd"]))
        elif m["relch"]:
            a = _Anchor("rel", s, e, m.group(0), None, None, int(m["relpd"]), _RELATIVE_DAYS[m["relch"]])
            if not 1 <= a.day <= 31:
                continue
        elif m["rel"]:
            if not m["reld"] and (e >= len(text) or text[e].isspace()
                                  or text[e] == "是" and (e + 1 == len(text) or text[e + 1] in " \n\t::")):
                continue  # 今日  首页, · 今天是 — a navigation label or a calendar widget, not a sentence
            a = _Anchor(
                "rel",
                s,
                e,
                m.group(0),
                None,
                int(m["relm"]) if m["relm"] else None,
                int(m["reld"]) if m["reld"] else None,
                _RELATIVE_DAYS[m["relword"]],
            )
            a.quoted = not m["reld"] and _in_quotation(text, s)
        elif m["vague"]:
            # 目前/近日 in a headline or a navigation line says nothing about the reported event (a
            # short line that is no sentence: 全国人大常委会近日启动执法检查。 is one).
            if _line_length(text, s) < 45 and not _line_is_sentence(text, s):
                continue
            a = _Anchor("vague", s, e, m.group(0))
        else:
            if (text[e - 1] == "号" and s and (text[s - 1] in _STREETS or text.endswith(("胡同", "大院"), 0, s))
                    and (e == len(text) or text[e] in _AFTER_HOUSE_NUMBER)):
                continue  # 北京建国门内大街11号,交通运输部: a house number (not 城关街道11号召开…)
            a = _Anchor("dom", s, e, m.group(0), None, None, int(m["dd"]))
        if a.kind in ("full", "md", "dom"):
            if a.month is not None and not 1 <= a.month <= 12 or a.day is not None and not 1 <= a.day <= 31:
                continue
            rng = P.RANGE_AFTER.match(text, e)
            tail_at = rng.end() if rng else e
            before = text[max(0, s - _NOT_EVENT_REACH) : s]
            if P.NOT_EVENT_BEFORE.search(before) or P.NOT_EVENT_AFTER.match(text, tail_at):
                a.excluded = True
                # (计划于2024年3月1日前完成: a deadline, never held)
                a.planned = (a.kind == "full" and P.PLANNED_BEFORE.search(before) is not None
                             and not P.NOT_EVENT_AFTER.match(text, tail_at))
            elif a.kind == "full" and rng is None and (end := P.YEAR_RANGE_END.match(text, e)):
                start, last = _valid(a.year, a.month, a.day), _valid(int(end["y"]), int(end["m"]), int(end["d"] or 1))
                a.excluded = start is None or last is None or (last - start).days > 31
        if a.kind in ("full", "md", "dom", "rel") and P.REPORTED_AFTER.match(text, e):
            a.reported = True
        yield a


#: How long before the day a reporter learned the news on its own day may be (a week's figures,
#: a meeting of the week before): further back it is an occasion recalled.
_NEWS_BACK_DAYS = 31

#: The vague words that stand for a day just past (日前 deployed, 近日 issued), not a state of things.
_RECENT_WORDS = frozenset({"日前", "近日", "前不久"})


def _news_day(
    anchors: _Anchors, reported: _Anchor, ctx: _Context, pub: _dt.date | None, ref_day: _dt.date | None, terms,
    url: str | None,
) -> EventDate | None:
    """The day the news names for itself after the day a reporter learned it on (记者16日从国家邮政局
    获悉:2月11日(除夕)至2月15日…; 6月29日从工信部获悉,6月28日,工信部召开…; 日前): the first one
    in the same sentence that is no day announced ahead, none after the day learned on or the
    publication date, and none recalled (a full date told as past, or more than a month before)."""
    stop = reported.end + P.REPORTED_REACH
    told = _resolve_anchor(reported, ctx, pub, ref_day, terms, url)
    told_day = _dt.date.fromisoformat(told.value) if told is not None and told.precision == "day" else None
    latest = min(d for d in (told_day, pub) if d is not None) if told_day or pub else None
    for b in anchors:
        if b.start < reported.end or b.excluded:
            continue
        if b.start > stop or "。" in ctx.text[reported.end : b.start]:
            return None
        if b.kind == "vague" and b.text not in _RECENT_WORDS:
            continue  # (目前各项筹备工作已就绪: a state of things, no day of the news)
        if b.kind == "full" and _told_in_retrospect(ctx.text, b):
            continue  # (2008年5月12日汶川地震中受损的网点…: an occasion recalled)
        if P.ATTRIBUTIVE_DAY_AFTER.match(ctx.text, b.end):
            continue  # (…23日报道,特朗普20日签署的行政令…: a day that qualifies a thing, not the news)
        result = _resolve_anchor(b, ctx, pub, ref_day, terms, url)
        if result is None:
            continue
        if result.precision == "day" and latest is not None:
            day = _dt.date.fromisoformat(result.value)
            # not after the day it was learned on (3月20日全国快递网点将全面复工), nor long before it
            if day > latest or (latest - day).days > _NEWS_BACK_DAYS:
                continue
        return result
    return None


def _ordinal_day(ctx: _Context) -> tuple[_dt.date, str] | None:
    """The day a recurring day's ordinal pins (第47届世界邮政日 → 2016-10-09), with its words."""
    plain = ctx.plain
    if "第" not in plain:
        return None
    prefixes = _ordinal_prefixes("ordinal_day")
    for m in P.ORDINAL_EVENT.finditer(plain):
        if not m["what"].startswith(prefixes):
            continue
        n = _cn_int(m["n"])
        for row in _rows_of_kind().get("ordinal_day", ()):
            if n and m["what"].startswith(row.phrases):
                d = _valid(int(row.start[:4]) + n - 1, int(row.start[5:7]), int(row.start[8:10]))
                if d:
                    return d, m.group(0)
    return None


#: How far into a text a recurring day named as its occasion is looked for (a headline, a lead).
_OCCASION_REACH = 120


def _occasion_day(ctx: _Context, year: int) -> tuple[_dt.date, str] | None:
    """A recurring day a text names at its head as its occasion, its message or event following
    (万国邮联国际局总局长世界邮政日致辞, 在世界环境日之际), on ``year``: the day it was given."""
    head = ctx.plain[:_OCCASION_REACH]
    for row in _rows_of_kind().get("ordinal_day", ()):
        for phrase in row.phrases:
            at = head.find(phrase)
            # the day's own message or event (世界邮政日致辞, 之际), not one before it (前夕, 迎接…)
            if at < 0 or not P.OCCASION_AFTER.match(head, at + len(phrase)):
                continue
            if (d := _valid(year, int(row.start[5:7]), int(row.start[8:10]))):
                return d, f"{phrase} + {year}"
    return None


#: How many days after a lunar day its report may be published and still name it as its day.
_LUNAR_REPORT_DAYS = 20


@lru_cache(maxsize=1)
def _lunar_rows_by_day() -> tuple[list[_dt.date], list[CalendarRow]]:
    """The lunar-day rows of the calendar table in order of their solar dates (for a bisection)."""
    dated = sorted(
        ((d, row) for row in _rows_of_kind().get("lunar_day", ()) if (d := _date_of(row.start)) is not None),
        key=lambda pair: pair[0],
    )
    return [d for d, _ in dated], [row for _, row in dated]


def _lunar_head_day(text: str, pub: _dt.date | None, *, since: int = 0,
                    until: int = _LUNAR_REPORT_DAYS) -> tuple[int, EventDate] | None:
    """(position, event date) of a lunar day a text names at its head as the day of its event
    (正月初一下午,市长…走进超市; 除夕当天,…; 大年初一,…): opening a line or a sentence within
    ``_OCCASION_REACH`` characters, the one of that name on or up to ``_LUNAR_REPORT_DAYS`` before
    the publication date (the calendar table's solar dates); the earliest such mention counts.
    (``since``/``until``: the window of days before the publication date looked at.)"""
    if pub is None:
        return None
    days, rows = _lunar_rows_by_day()
    # (most pages are published nowhere near a lunar day: no row to look at)
    lo = bisect.bisect_left(days, _days_before(pub, until))
    hi = bisect.bisect_right(days, _days_before(pub, since))
    if lo == hi:
        return None
    head = text[:_OCCASION_REACH]
    best: tuple[int, EventDate] | None = None
    for day, row in zip(days[lo:hi], rows[lo:hi], strict=True):
        for phrase in row.phrases:
            at = head.find(phrase)
            while at >= 0 and (best is None or at < best[0]):
                end = at + len(phrase)
                opens = at == 0 or text[at - 1] in "\n。,;!?"
                if phrase in P.LUNAR_DAY_NAMES:
                    said = P.LUNAR_DAY_AFTER.match(text, end) or (end < len(text) and text[end] in ",,")
                else:
                    said = P.LUNAR_FESTIVAL_DAY_AFTER.match(text, end)
                if opens and said:
                    best = (at, _day(day, "published", f"{phrase} + stamp {pub.isoformat()}"))
                    break
                at = head.find(phrase, at + 1)
    return best


def _days_before(day: _dt.date, n: int) -> _dt.date:
    """``day`` less ``n`` days, the calendar's first day at the earliest (a stamp of year 2 less a
    year would leave it)."""
    return day - _dt.timedelta(days=n) if (day - _dt.date.min).days >= n else _dt.date.min


def _held_as_planned(a: _Anchor, pub: _dt.date | None) -> bool:
    """A full date announced ahead (国务院新闻办公室定于2012年1月8日…举行发布会) that the page's
    stamp has reached, a few days after it: the transcript that follows is of that day."""
    if not a.planned or pub is None:
        return False
    d = _valid(a.year, a.month, a.day)
    return d is not None and 0 <= (pub - d).days <= _PLANNED_HELD_DAYS


#: How long after an announced day a page's stamp may come for the day to be the one it reports.
_PLANNED_HELD_DAYS = 7


def _line_length(text: str, pos: int) -> int:
    ls = text.rfind("\n", 0, pos) + 1
    le = text.find("\n", pos)
    return len(text[ls : le if le >= 0 else len(text)].strip())


def _line_is_sentence(text: str, pos: int) -> bool:
    le = text.find("\n", pos)
    return text[pos : le if le >= 0 else len(text)].rstrip().endswith(("。", "!", "?"))


def _line_is_stamp(text: str, pos: int) -> bool:
    if _line_length(text, pos) <= 80:
        return True
    # a source's address on the stamp's line does not make it a sentence (2012年03月05日 08:11
    # 信息来源:http://zlgls.aqsiq.gov.cn/zltjfx/201202/t20120229_209919.htm)
    ls = text.rfind("\n", 0, pos) + 1
    le = text.find("\n", pos)
    line = text[ls : le if le >= 0 else len(text)]
    return "://" in line and len(P.URL_IN_LINE.sub("", line).strip()) <= 80


def _signed(text: str, start: int, end: int) -> bool:
    """Whether the full date at ``start``–``end`` closes the text under its issuer's name (…\n交通运输部
    办公厅\n2021年3月1日): a notice's own date, the day it was issued, not a page's stamp."""
    if text[end:].strip() or text.rfind("\n", 0, start) < 0 or text[text.rfind("\n", 0, start) + 1 : start].strip():
        return False
    line_end = text.rfind("\n", 0, start)
    issuer = text[text.rfind("\n", 0, line_end) + 1 : line_end].strip()
    return P.ISSUER_LINE.fullmatch(issuer) is not None


def _weekday_after(text: str, end: int) -> int | None:
    m = P.WEEKDAY.match(text, end)
    return _WEEKDAY[m["w"]] if m else None


def _nearest_day_on_or_before(ref: _dt.date, day: int) -> _dt.date | None:
    y, m = ref.year, ref.month
    for _ in range(3):
        d = _valid(y, m, day)
        if d and d <= ref:
            return d
        m -= 1
        if m == 0:
            y, m = y - 1, 12
    return None


def _md_before(ref: _dt.date, month: int, day: int) -> _dt.date | None:
    """The month-day nearest ``ref`` as a page dated ``ref`` means it: in ``ref``'s year; in the year
    before when that falls more than two months after ``ref`` (12月28日 in a page of 5 January);
    in the year after when that is only days ahead (明天(1月1日) in a page of 31 December). A day
    ahead of ``ref`` is a day to come, which callers take for a plan rather than the event."""
    d = _valid(ref.year, month, day)
    if d is None:  # 2月29日 outside a leap year
        return None
    if (d - ref).days > _AHEAD_DAYS:
        return _valid(ref.year - 1, month, day)
    if (n := _valid(ref.year + 1, month, day)) and (n - ref).days <= _NEW_YEAR_AHEAD_DAYS:
        return n
    return d


def _url_path(url: str) -> str:
    """The path of a URL, from its first slash after the host, without the query."""
    path = url.split("://", 1)[-1].split("?", 1)[0]
    return path[path.find("/") :] if "/" in path else ""


@lru_cache(maxsize=1024)
def _url_month_stamp(url: str | None) -> _dt.date | None:
    """The last day of the month a year-month folder of the URL files the page in (/201302/,
    /2015/02/, /2015-11/), or None."""
    if not url:
        return None
    path = _url_path(url)
    m = P.URL_YEAR_MONTH.search(path)
    if not m or not _MIN_YEAR - 20 <= int(m["y"]) <= _MAX_YEAR:
        return None
    y, mo = int(m["y"]), int(m["m"])
    return _dt.date(y + mo // 12, mo % 12 + 1, 1) - _dt.timedelta(days=1)


@lru_cache(maxsize=1024)
def _url_yymm(url: str | None) -> tuple[int, int] | None:
    if not url:
        return None
    path = _url_path(url)
    m = P.URL_YYMM.search(path)
    if m:
        return 2000 + int(m["yy"]), int(m["m"])
    # /a/5b0e6926c8dcd003838ae076: a MongoDB ObjectId, whose first four bytes are the second
    # the record was created (news apps and their mirrors name articles so): a month, not a stamp
    m = P.URL_OBJECT_ID.search(path)
    if m:
        created = _dt.datetime.fromtimestamp(int(m["id"][:8], 16), _dt.UTC)
        if _OBJECT_ID_YEARS[0] <= created.year <= _OBJECT_ID_YEARS[1]:
            return created.year, created.month
    return None


def _url_year(url: str | None) -> int | None:
    """The year of a folder of the page's address that holds nothing else (/xfyw/2024/44365.shtml,
    /zhengxie/2025/312626.html), with more of the path after it."""
    if not url:
        return None
    m = P.URL_YEAR_FOLDER.search(_url_path(url))
    return int(m["y"]) if m and _MIN_YEAR <= int(m["y"]) <= _MAX_YEAR else None


#: Years an ObjectId in a URL may give (ObjectIds appeared in 2009); others are no ObjectId.
_OBJECT_ID_YEARS = (2009, _MAX_YEAR)


# --------------------------------------------------------------------------------------------------
# event date


def _day(value: _dt.date, basis: str, evidence: str) -> EventDate:
    return EventDate(value.isoformat(), "day", basis, evidence)


def resolve_event_date(
    text: str,
    *,
    url: str | None = None,
    published: str | None = None,
    title: str | None = None,
    meta: dict | None = None,
    terms: list[tuple[str, int, int | None]] | None = None,
    names: tuple[str, ...] = (),
) -> EventDate:
    """When the reported event took place, with the basis for the year and the evidence used.

    ``terms`` lists (name, start_year, end_year) for officials the document names; their terms
    of office narrow the candidate years when the page shows no publication date.
    """
    text = _arabic_dates(text or "")
    meta = meta or {}
    pub = _date_of(published)
    month_stamp = _url_month_stamp(url) if pub is None else None
    pub = pub or month_stamp
    if pub is not None and pub is not month_stamp:
        text = _dropped_months(text, pub)

    # 1. A full date in the title (2020年4月29日外交部发言人耿爽主持例行记者会).
    # Not a day after the publication date: an announced one (决定…2026年3月5日在北京召开).
    if title:
        m = P.CN_FULL_DATE.search(title)
        if m and (d := _valid(int(m["y"]), int(m["m"]), int(m["d"]))) and (pub is None or d <= pub):
            return _day(d, "explicit", m.group(0))

    anchors = _Anchors(text)
    ctx = _Context(text)
    ctx.month_stamp = month_stamp

    # 2. A speech header naming its meeting's year (在2006年部扶贫领导小组会上的讲话).
    sm = (P.SPEECH_YEAR.search(title or "") or P.REPORT_YEAR_TITLE.search(title or "")
          or (P.SPEECH_YEAR.search(text) if "上的" in text else None))
    if sm:
        y = int(sm["y"])
        for a in anchors:
            if a.kind == "full" and a.year == y and not a.excluded:
                return _day(_dt.date(a.year, a.month, a.day), "explicit", a.text)
        return EventDate(f"{y:04d}", "year", "explicit", sm.group(0))

    # 3. Which written day is the event: a figures day, then the dateline's story, then the first.
    chosen = _figures_day(text, pub)
    if (chosen is not None and chosen.kind == "full" and pub is not None
            and (fd := _valid(chosen.year, chosen.month, chosen.day)) is not None
            and (pub - fd).days > _INCIDENT_BACKGROUND_DAYS and _incident_then_recent(text, chosen)):
        chosen = None  # (an incident's toll months back, then 目前,…审议通过了…调查评估报告: the report)
    ref_day: _dt.date | None = None
    # Every dateline ends in 日电/日讯/日消息: without one in the zone DATELINE cannot match.
    dateline = (
        P.DATELINE.search(text, 0, _DATELINE_ZONE) if P.DATELINE_END.search(text, 0, _DATELINE_ZONE) else None
    )
    if dateline is not None and _pasted_dateline(text, dateline.start(), anchors):
        dateline = None
    if dateline is None and meta.get("dateline"):
        dateline = P.DATELINE.search(meta["dateline"])
    if chosen is None and dateline:
        # The dateline's story starts right after it (or at the top when the normaliser lifted it).
        dl_end = dateline.end() if dateline.string is text else 0
        dl_month, dl_day = int(dateline["m"]), int(dateline["d"])
        for a in anchors:
            if a.start > dl_end + _DATELINE_REACH:
                break
            if (
                a.start >= dl_end
                and not a.excluded
                and a.kind in ("rel", "dom", "md", "full")
                and (a.day or a.back)
                and _fits_dateline(a, dl_month, dl_day, pub)
            ):
                chosen = a
                break
        if (
            chosen is not None
            and chosen.month is None
            and chosen.day
            and chosen.day <= dl_day
            and pub is None
        ):
            # 中新社北京1月8日电 … 徐青8日说: the dateline's month, the year still to be found.
            chosen = _Anchor(
                "md",
                chosen.start,
                chosen.end,
                dateline.group(0) + "…" + chosen.text,
                None,
                dl_month,
                chosen.day,
            )
        elif chosen is not None and chosen.kind == "rel" and chosen.day is None and pub is None:
            back_day = _valid(2001, dl_month, dl_day)  # a non-leap year only to count days back
            if back_day:
                back_day -= _dt.timedelta(days=chosen.back)
                chosen = _Anchor(
                    "md",
                    chosen.start,
                    chosen.end,
                    dateline.group(0) + "…" + chosen.text,
                    None,
                    back_day.month,
                    back_day.day,
                )
        ref_day = _dateline_date(dl_month, dl_day, pub)
        if chosen is None:
            # 中评社北京9月5日电 张德江在全国煤矿瓦斯防治工作会议上强调…。新华社报道,9月3日至4日,
            # 全国煤矿瓦斯防治工作会议在南昌召开: the meeting the lead names, dated further on
            chosen = _lead_meeting_day(text, anchors, dl_end, dl_month, dl_day, pub)
        if chosen is None:
            chosen = _Anchor(
                "md", dateline.start(), dateline.end(), dateline.group(0), None, dl_month, dl_day
            )
    if chosen is not None:
        result = _resolve_anchor(chosen, ctx, pub, ref_day, terms, url)
        if result is not None:
            return result
        return _year_only_fallback(ctx, pub, terms, url, allow_published=False) or EventDate(
            None, "none", "none", None
        )

    # The first written day, or a vague word (近日, 目前) when it comes first. With a publication
    # date, a day after it (a plan: 2月5日将进行…) or a full date years before it (a cited earlier
    # occasion: 2019年5月20日,总书记来到这里) is passed over for the next one.
    cited: EventDate | None = None  # a far-earlier full date, kept in case nothing else is found
    vague_end: int | None = None  # where a vague word ended, when no publication date dates it
    # Without a publication date, the latest full date the text writes stands in for it in telling
    # an occasion cited years before (2013年11月25日,习近平…指出 … 2022年12月1日上午8点…)
    latest_full = None
    if pub is None:
        # (not the end of a range nor a day still to come: 专项整治行动(2023年5月15日—2024年6月30日),
        # 2024年9月20日竣工验收 — only a gap of two years tells an occasion cited)
        fulls = [d for a in anchors if a.kind == "full" and not a.excluded and not _ends_range(text, a.start)
                 and (d := _valid(a.year, a.month, a.day))]
        latest_full = max(fulls) if len(fulls) >= 2 else None
    # 正月初一下午,市长…: a lunar day named at the head is the day, before any day written after it
    lunar = _lunar_head_day(text, pub) if pub is not month_stamp else None
    # 今天 in someone's quoted words is theirs, not the report's, where the text writes another day
    # (“今天的对接是一个逗号”…3月10日晚…); alone, it is the day they spoke (他说:“今天,我们在这里隆重集会”)
    for a in anchors:
        if lunar is not None and lunar[0] < a.start:
            return lunar[1]
        # (asked only of a quoted one: the anchors are read lazily, most texts need the first few)
        if a.quoted and any(not b.quoted and not b.excluded and b.kind != "vague" for b in anchors):
            continue
        if a.excluded and not (pub is not month_stamp and _held_as_planned(a, pub)):
            continue
        if vague_end is not None and (
            a.start - vague_end > _VAGUE_REACH or (a.kind == "full" and _told_in_retrospect(text, a))
        ):
            break  # too far from the vague word, or an occasion recalled (2011年3月11日日本东北发生强震)
        if a.reported and (news := _news_day(anchors, a, ctx, pub, ref_day, terms, url)) is not None:
            return news
        result = _resolve_anchor(a, ctx, pub, ref_day, terms, url)
        if (
            result is not None and latest_full is not None and a.kind == "full" and result.precision == "day"
            and (latest_full - _dt.date.fromisoformat(result.value)).days > _CITED_GAP_DAYS
        ):
            cited = cited or result
            continue
        if result is not None and pub is not None and result.precision == "day":
            when = _dt.date.fromisoformat(result.value)
            if when > pub and not (
                    # (本刊讯2012年2月24-25日 on a page whose URL says January: the story's own day,
                    # written in full where it opens, over a content farm's date; not a day announced,
                    # 本报讯 2024年5月20日至22日,…博览会将在天津举办, nor one further off)
                    a.kind == "full" and (when - pub).days <= _DATELINE_OVER_PUBLISHED_DAYS
                    and P.BARE_DATELINE_BEFORE.search(text, max(0, a.start - 40), a.start)
                    and not P.ANNOUNCED_AFTER.search(text, a.end, _clause_end(text, _clause_end(text, a.end) + 1))
                    and not P.DAY_NAMED_AFTER.match(text, a.end)):
                continue
            if a.kind == "full" and (pub - when).days > _INCIDENT_BACKGROUND_DAYS and _incident_then_recent(text, a):
                continue  # (2023年4月18日…发生重大火灾事故…。日前,国务院常务会议审议通过了…调查报告: the approval)
            if a.kind == "full" and (pub - when).days > 366:
                if cited is None and not _told_in_retrospect(text, a) and "\n" not in text[: a.start].lstrip():
                    cited = result  # (a repost's event opens it: an old day further on is recalled)
                continue
        if result is not None and a.kind == "vague" and pub is not None:
            # 习近平近日在青海考察…6月18日至19日,习近平在…: the day written further on names it.
            return _recent_day_after(anchors, a, ctx, pub, ref_day, terms, url) or result
        if result is not None:
            if names and result.precision == "day":
                return _speakers_day(anchors, a, result, ctx, pub, ref_day, terms, url, names) or result
            return result
        if a.kind == "vague" and a.text != "目前":
            # 近日 with no publication date: a day written right after it may still say when
            vague_end = a.end
            continue
        if a.kind in ("md", "dom", "full") or (a.kind == "rel" and a.day):
            # A written day whose year nothing pins: say nothing rather than guess.
            return _year_only_fallback(ctx, pub, terms, url, allow_published=False) or EventDate(
                None, "none", "none", None
            )
        break

    if lunar is not None:
        return lunar[1]
    if cited is not None:  # the only written day is an old full date opening it: a repost of an old story
        return cited
    return _year_only_fallback(ctx, pub, terms, url, allow_published=True, anchors=anchors) or EventDate(
        None, "none", "none", None
    )


#: How long before the publication date an incident's full date must be for a recent act told
#: right after it (日前, 近日) to be the news instead (an investigation's report approved months
#: after the fire).
_INCIDENT_BACKGROUND_DAYS = 60


def _incident_then_recent(text: str, a: _Anchor) -> bool:
    """Whether the full date ``a`` stands in a sentence telling an incident and the next sentence opens
    with 日前/近日/目前/近期: the incident is background, the recent act the news (2023年4月18日
    12时50分,北京长峰医院发生重大火灾事故…。日前,国务院常务会议审议通过了…调查报告)."""
    _lo, hi = _sentence_span(text, a.start)
    if P.INCIDENT.search(text, a.end, hi) is None:
        return False
    return P.RECENT_OPENS.match(text, hi) is not None


_SENTENCE_ENDS = "。！？!?\n"
#: How far apart (days) the first day written and the named official's own day may be.
_SPEAKER_DAY_GAP = 31


def _clause_end(text: str, pos: int) -> int:
    """Where the clause going on at ``pos`` ends (the next comma or sentence end). (A day that opens a
    sentence is a clause of its own, 2024年5月20日至22日,…: its verb is in the clause after it.)"""
    ends = [e for c in ",;" + "".join(_SENTENCE_ENDS) if (e := text.find(c, pos)) != -1]
    return min(ends) if ends else len(text)


def _sentence_span(text: str, pos: int) -> tuple[int, int]:
    lo = max(text.rfind(c, 0, pos) for c in _SENTENCE_ENDS) + 1
    ends = [e for c in _SENTENCE_ENDS if (e := text.find(c, pos)) != -1]
    return lo, min(ends) if ends else len(text)


def _speakers_day(
    anchors: _Anchors, first: _Anchor, result: EventDate, ctx: _Context, pub: _dt.date | None,
    ref_day: _dt.date | None, terms, url: str | None, names: tuple[str, ...],
) -> EventDate | None:
    """The day of the sentence where the officials the page reports first appear, when the first
    day written dates something else: a photo caption (3月18日,湖北宜昌车滚船…), an inspection
    team's visit (2月15日至19日,考核组…。2月19日,自治区党委书记李建华…), an unnamed official's
    remark. The reported event is the officials' own (GUIDE: the speech, meeting or inspection)."""
    text = ctx.text
    lo, hi = _sentence_span(text, first.start)
    if any(n in text[lo:hi] for n in names):
        return None
    hits = [p for n in names if (p := text.find(n, hi)) != -1]
    if not hits:
        return None
    named = min(hits)
    s0, _ = _sentence_span(text, named)
    when = _dt.date.fromisoformat(result.value)
    # (the day written before the name, as a report dates its official's act; one in their
    # words after it is what they told: 张世昕介绍,27日,《方案》已公开发布; 苗圩说,截至5月18日)
    for b in anchors:
        if b.start >= named:
            break
        if b.start < s0 or b.excluded or b.quoted or b.kind in ("vague",) or not (b.day or b.back):
            continue
        clause = max(text.rfind(c, s0, b.start) for c in ",,;:") + 1
        if P.RELAYED_BEFORE.search(text, max(s0, clause), b.start):
            return None  # (会议传达学习了3月20日省长张某…的讲话精神: a speech recalled, relayed)
        return _officials_day(b, ctx, when, pub, ref_day, terms, url)
    # Nothing in the name's sentence: after an incident's day a paragraph before it, the day that
    # opens a sentence of a meeting convened in the name's paragraph (11月21日,…发生一起火灾事故。
    # \n11月23日下午,…调查组在安阳召开第一次全体会议。调查组组长宋元明对…提出具体要求)
    para = text.rfind("\n", 0, named) + 1
    if para < hi or not P.INCIDENT.search(text, lo, hi):
        return None
    for b in anchors:
        if b.start >= s0:
            break
        if b.start < para or b.excluded or b.quoted or b.kind == "vague" or not b.day:
            continue
        b_lo, b_hi = _sentence_span(text, b.start)
        if text[b_lo : b.start].strip() or not P.CONVENED_AFTER_INCIDENT.search(text, b.end, b_hi):
            continue
        return _officials_day(b, ctx, when, pub, ref_day, terms, url)
    return None


def _officials_day(
    b: _Anchor, ctx: _Context, when: _dt.date, pub: _dt.date | None, ref_day: _dt.date | None, terms,
    url: str | None,
) -> EventDate | None:
    """The day ``b`` gives as the officials' own, or ``None`` when it is no full day, falls after
    the publication date, or lies too far from the first day written (``when``)."""
    other = _resolve_anchor(b, ctx, pub, ref_day, terms, url)
    if other is None or other.precision != "day":
        return None
    d = _dt.date.fromisoformat(other.value)
    if (pub is not None and d > pub) or abs((d - when).days) > _SPEAKER_DAY_GAP:
        return None
    return other


def _recent_day_after(
    anchors: _Anchors, vague: _Anchor, ctx: _Context, pub: _dt.date, ref_day: _dt.date | None, terms, url: str | None
) -> EventDate | None:
    """The first day written after a vague word (近日, 目前) that falls in the ten days up to the
    publication date: the occasion the vague word stands for, now with its day."""
    for b in anchors:
        if b.start <= vague.start or b.excluded or b.kind == "vague":
            continue
        result = _resolve_anchor(b, ctx, pub, ref_day, terms, url)
        if result is not None and result.precision == "day" and (
            0 <= (pub - _dt.date.fromisoformat(result.value)).days <= _RECENT_DAYS
        ):
            return result
    return None


def _told_in_retrospect(text: str, a: _Anchor) -> bool:
    """Whether the sentence of a far-earlier full date tells it as past (2005年8月15日,时任浙江省委
    书记习近平…; 早在2013年…): an occasion the story recalls, not the date of a reposted story."""
    start = max(text.rfind(c, 0, a.start) for c in "。!?\n") + 1
    ends = [i for i in (text.find(c, a.end) for c in "。!?\n") if i >= 0]
    return P.RETROSPECT.search(text, start, min(ends) if ends else len(text)) is not None


def _figures_day(text: str, pub: _dt.date | None = None) -> _Anchor | None:
    """11月11日当天共处理快件…: the first month-day written right before 当天/当日, unless it falls
    after the publication date (4月4日当天都可以…: a day to come)."""
    best: _Anchor | None = None
    for word in ("当天", "当日"):
        p = text.find(word)
        while p >= 0 and (best is None or p < best.start):
            m = P.FIGURES_DAY_BEFORE.search(text, max(0, p - 16), p)
            if m and not P.NOT_EVENT_BEFORE.search(text, max(0, m.start() - _NOT_EVENT_REACH), m.start()):
                y = int(m["y"]) if m["y"] else None
                best = _Anchor(
                    "full" if y else "md", m.start(), p, m.group(0).strip(), y, int(m["m"]), int(m["d"])
                )
                break
            p = text.find(word, p + 1)
    if (
        best is None
        and _has_range_mark(text[:_FIGURES_RANGE_ZONE])  # (a cheap test before the pattern)
        and (r := P.FIGURES_RANGE.search(text, 0, _FIGURES_RANGE_ZONE))
        and _figures_range_leads(text, r)
    ):
        # (a figures report over a few days, told first in its opening: the range's first day)
        best = _Anchor("md", r.start(), r.end(), r.group(0)[: r.group(0).find("日") + 1], None, int(r["m"]), int(r["d"]))
    if best is None or not (1 <= (best.month or 0) <= 12 and 1 <= (best.day or 0) <= 31):
        return None
    if pub is not None:
        when = _valid(best.year, best.month, best.day) if best.year else _md_before(pub, best.month, best.day)
        if when is None or when > pub:
            return None
    return best


#: How far into a text a figures range is looked for (its lead, where such reports give it), and
#: how many days it may span (双11's week, a holiday; not 1月1日—3月8日, a running total).
_FIGURES_RANGE_ZONE = 150
_FIGURES_RANGE_DAYS = 10


def _has_range_mark(lead: str) -> bool:
    return "至" in lead or "到" in lead or "—" in lead or "-" in lead or "－" in lead or "–" in lead or "~" in lead or "～" in lead


def _figures_range_leads(text: str, r) -> bool:
    """Whether the figures range ``r`` spans a few days and is the first day the text writes
    (a dateline aside): 今天(10月5日)…从9月29日到10月4日… is a story of today."""
    start = _valid(2001, int(r["m"]), int(r["d"]))
    end = _valid(2001, int(r["em"] or r["m"]), int(r["ed"]))
    if start is None or end is None or not 0 < (end - start).days <= _FIGURES_RANGE_DAYS:
        return False
    lead_from = 0
    dl = P.DATELINE.search(text, 0, r.start()) if P.DATELINE_END.search(text, 0, r.start()) else None
    if dl is not None:
        lead_from = dl.end()
    return P.DAY_BEFORE_RANGE.search(text, lead_from, r.start()) is None


#: How far after a day the meeting it dates may be named (9月3日至4日,全国…会议在南昌召开).
_MEETING_AFTER_DAY = 16
#: How many days before its dateline a lead's meeting may have begun (a week's conference).
_MEETING_BEFORE_DATELINE = 7


def _days_before_dateline(a: _Anchor, dl_month: int, dl_day: int) -> int:
    """Days from the anchor's month-day to the dateline's (across a new year when the anchor's
    month is later: 12月30日 before a dateline of 1月2日)."""
    first = _valid(2001, a.month, a.day) if a.month and a.day else None
    dl = _valid(2001, dl_month, dl_day)
    if first is None or dl is None:
        return -1
    if first > dl:
        first = first.replace(year=2000)
    return (dl - first).days


def _lead_meeting_day(
    text: str, anchors: _Anchors, lead_from: int, dl_month: int, dl_day: int, pub: _dt.date | None
) -> _Anchor | None:
    """The day written further on right before the meeting that a dateline's lead names as where
    its person spoke (…在全国煤矿瓦斯防治工作会议上强调 … 9月3日至4日,全国煤矿瓦斯防治工作会议…),
    when it fits the dateline (on or shortly before it)."""
    lead_end = text.find("。", lead_from)
    lead_end = len(text) if lead_end < 0 else lead_end
    m = P.LEAD_MEETING.search(text, lead_from, lead_end)
    if m is None:
        return None
    name = m["name"].replace("“", "").replace("”", "")
    name = name[name.find("在") + 1 :] if "在" in name else name
    if len(name) < 6 or P.RECURRING_MEETING.search(name):
        return None
    for a in anchors:
        if a.start <= lead_end or a.excluded or a.kind not in ("md", "dom", "full") or not a.day:
            continue
        after = text[a.end : a.end + _MEETING_AFTER_DAY + len(name)].replace("“", "").replace("”", "")
        if (
            name in after
            and after.find(name) <= _MEETING_AFTER_DAY
            and _fits_dateline(a, dl_month, dl_day, pub)
            and (a.month is None or 0 <= _days_before_dateline(a, dl_month, dl_day) <= _MEETING_BEFORE_DATELINE)
        ):
            return a
    return None


def _pasted_dateline(text: str, start: int, anchors: _Anchors) -> bool:
    """Whether a dateline opening a later line follows a story that began with a day of its own
    (30日,交通运输部举行…发布会。…\n人民网北京4月4日电(王紫)3日,…): another story pasted below it."""
    ls = text.rfind("\n", 0, start)
    if ls < 0 or text[ls + 1 : start].strip():
        return False
    for a in anchors:
        if a.start >= ls:
            return False
        # (the first story's own written day opening its lead, 30日,交通运输部举行…: not a headline's,
        # nor one inside an editor's note or summary, 编者按:4月3日是…)
        line_start = text.rfind("\n", 0, a.start) + 1
        if (not a.excluded and a.kind in ("md", "dom", "rel") and not text[line_start : a.start].strip()
                and _line_is_sentence(text, line_start)):
            return True
    return False


def _fits_dateline(a: _Anchor, dl_month: int, dl_day: int, pub: _dt.date | None) -> bool:
    """Whether a written day can be the story of a dateline of ``dl_month``/``dl_day``: not after
    it (新华社北京12月2日电 12月4日是国家宪法日: a day to come) nor far before it (一年前的今天…
    2022年2月4日: an occasion recalled)."""
    if a.month is None:
        return True  # 28日, 今天: read on or before the dateline's day
    if pub is not None:
        refs = [_dateline_date(dl_month, dl_day, pub)]
    elif a.year:  # the dateline in the written day's year or the next (1月2日电 … 2023年12月31日)
        refs = [_valid(a.year, dl_month, dl_day), _valid(a.year + 1, dl_month, dl_day)]
    else:  # no year anywhere: compare within one year
        return (a.month, a.day) <= (dl_month, dl_day) or a.month - dl_month > 6
    for ref in refs:
        if ref is None:
            continue
        when = _valid(a.year, a.month, a.day) if a.year else _md_before(ref, a.month, a.day)
        if when is not None and 0 <= (ref - when).days <= _DATELINE_BACK_DAYS:
            return True
    return False


def _dateline_date(month: int, day: int, pub: _dt.date | None) -> _dt.date | None:
    if pub is None:
        return None
    return _md_before(pub, month, day)


def _resolve_anchor(
    a: _Anchor,
    ctx: _Context,
    pub: _dt.date | None,
    ref_day: _dt.date | None,
    terms,
    url: str | None,
) -> EventDate | None:
    text = ctx.text
    ref = ref_day or pub
    ref_text = _ref_text(ctx, ref)
    if a.kind == "full":
        d = _valid(a.year, a.month, a.day)
        return _day(d, "explicit", a.text) if d else None
    if a.kind == "vague":
        if pub is not None:
            # 近日 early in the stamp's month, or beside an earlier month of the year the text names
            # (今年3月), may reach back into a month before: year only. A month still to come (今年8月
            # 至9月, a plan) does not.
            # (目前, now, is the time of the page itself, however early in its month)
            if (pub.day <= 7 and a.text != "目前") or any(
                int(m["m"]) < pub.month for m in P.THIS_YEAR_MONTH.finditer(text)
            ):
                return EventDate(f"{pub.year:04d}", "year", "published", f"{a.text} + {_ref_text(ctx, pub)}")
            return EventDate(pub.isoformat()[:7], "month", "published", f"{a.text} + {_ref_text(ctx, pub)}")
        return None
    if a.kind == "rel" and a.day is None:
        # 今天/昨天 without a written day: counted back from the reference day.
        if ref is not None and ref is ctx.month_stamp:
            return EventDate(ref.isoformat()[:7], "month", "published", f"{a.text} + {ref_text}")
        if ref is not None:
            return _day(ref - _dt.timedelta(days=a.back), "published", f"{a.text} + {ref_text}")
        return None
    if a.kind == "md" or (a.kind == "rel" and a.month):
        month, day = a.month, a.day
        # The same month-day written in full elsewhere gives the year (发布会(2024年2月22日)).
        if ref is None:
            for fy, fm, fd, ftext in ctx.full_dates():
                if fm == month and fd == day and (d := _valid(fy, month, day)):
                    return _day(d, "explicit", ftext)
        mm = _meeting_year(text, a.start)
        if mm is None and (mm := _meeting_year_after(text, a.end, month)) is not None and ref is not None:
            # (4月20日,在2021年召开的全省工作会议上确定的目标… in a page of 2024: an occasion
            # recalled, not the day's year)
            d = _valid(mm[0], month, day)
            if d is None or not 0 <= (ref - d).days <= 366:
                mm = None
        if mm is not None and (d := _valid(mm[0], month, day)) and (ref is None or d <= ref):
            return _day(d, "explicit", mm[1] + a.text)
        # a story's own byline date right above its first day (中国交通报 记者 孙英利 2014年05月09日\n
        # 5月8日,…) dates it, whatever stamp a later repost put on the page
        byline = _byline_date_before(text, a.start)
        if byline is not None and (d := _valid(byline[0].year, month, day)) and 0 <= (byline[0] - d).days <= 7:
            return _day(d, "published", f"{a.text} + {byline[1]}")
        if ref is not None and (d := _md_before(ref, month, day)):
            return _day(d, "published", f"{a.text} + {ref_text}")
        near = text[max(0, a.start - 12) : a.end + 16]  # where a lunar day is written beside it
        year, why = _infer_year(ctx, month, day, _weekday_after(text, a.end), terms, _url_yymm(url), near,
                                _url_year(url))
        if year is not None and (d := _valid(year, month, day)):
            return _day(d, "context", f"{a.text} + {why}")
        return None
    # a day of month alone (28日, 今天(8日)): the nearest such day on or before the reference.
    if ref is not None and a.day:
        d = _nearest_day_on_or_before(ref, a.day)
        if d:
            return _day(d, "published", f"{a.text} + {ref_text}")
    # 薄熙来5日在出席十届全国人大三次会议…时: the annual session its sentence names meets in March
    # of a year its number gives
    if ref is None and a.kind == "dom" and a.day and a.day <= _SESSION_LAST_DAY and (s := _session_near(text, a.end)):
        return _day(_dt.date(s[0], 3, a.day), "context", f"{a.text} + {s[1]}")
    return None


#: The last day of March an annual NPC or CPPCC session has met on (the sessions open on the 3rd
#: or the 5th and last under a fortnight).
_SESSION_LAST_DAY = 20


def _session_near(text: str, pos: int) -> tuple[int, str] | None:
    """(year, words) of the annual full NPC or CPPCC session a day right before ``pos`` was spent
    at (5日在出席十届全国人大三次会议…时, 11日在十四届全国人大二次会议…上): from the 9th congress
    (1998) on, whose sessions meet in early March — not the 13th's third, put off to May 2020."""
    window = text[pos : pos + _SESSION_REACH]
    if "在" not in window:
        return None
    for m in (*P.NPC_SESSION.finditer(window), *P.CPPCC_SESSION.finditer(window)):
        term, n = _cn_int(m["term"]), _cn_int(m["n"])
        if term and n and 1 <= n <= 5 and term >= 9 and (term, n) != (13, 3) and "在" in window[: m.start()]:
            return _npc_term_start(term) + (n - 1), m.group(0)
    return None


#: How far after a day the session it was spent at may be named (5日在出席十届全国人大三次会议).
_SESSION_REACH = 24


def _ref_text(ctx: _Context, ref: _dt.date | None) -> str:
    """How an evidence string names the reference day: the date, or the URL folder's month."""
    if ref is None:
        return ""
    if ref is ctx.month_stamp:
        return f"URL folder {ref.isoformat()[:7]}"
    return ref.isoformat()


def _meeting_year(text: str, pos: int) -> tuple[int, str] | None:
    """2017年全国邮政管理工作会议1月5日在北京召开: the meeting's own year right before the day."""
    window = text[max(0, pos - 30) : pos]
    if "年" not in window:  # MEETING_YEAR needs one
        return None
    best = None
    for m in P.MEETING_YEAR.finditer(window):
        if len(window) - m.end() <= 3:
            best = (int(m["y"]), m.group(0))
    return best


#: Without a publication date, how much earlier than the latest full date a full date must be to
#: be an occasion the text cites.
_CITED_GAP_DAYS = 730


def _ends_range(text: str, pos: int) -> bool:
    """Whether the date at ``pos`` closes a range (…—2024年6月30日, 至2024年…)."""
    b = pos - 1
    while b >= 0 and text[b] in " \t":
        b -= 1
    return b >= 0 and text[b] in "—–-~～－至到"


def _byline_date_before(text: str, pos: int) -> tuple[_dt.date, str] | None:
    """A full date closing the few characters before ``pos`` with no sentence end after it: the
    byline or stamp a story's first day follows."""
    window = text[max(0, pos - _BYLINE_REACH) : pos]
    if not any(c.isdigit() for c in window[-_BYLINE_REACH:]):
        return None
    last = None
    for m in P.BYLINE_DATE.finditer(window):
        last = m
    # the date ends its line: only a clock time or spaces after it (not 在2008年5月12日汶川特大地震16周年
    # 之际,5月10日…, nor 于2013年3月1日起施行,2月27日…)
    if last is None or P.BYLINE_TAIL.fullmatch(window, last.end()) is None:
        return None
    d = _valid(int(last["y"]), int(last["m"]), int(last["d"]))
    return (d, last.group(0)) if d else None


#: How far before a day its byline date may stand.
_BYLINE_REACH = 40


def _meeting_year_after(text: str, end: int, month: int) -> tuple[int, str] | None:
    """3月9日上午,2026年全国两会……: the year of the occasion that the day's clause goes on to name."""
    if "年" not in text[end : end + 30]:  # MEETING_YEAR_AFTER needs one
        return None
    m = P.MEETING_YEAR_AFTER.match(text, end)
    if m is None:
        return None
    if month >= 11 and ("工作" in m.group(0) or "部署" in m.group(0)):
        return None  # (12月28日,召开2025年全省邮政管理工作会议: a year's work meeting, held the year before)
    if P.YEAR_REVIEWED.search(m.group(0)) and not P.YEAR_PART_AFTER.match(text, m.end("y")):
        # (1月18日,国新办举行2023年国民经济运行情况新闻发布会: held the year after; not 2023年前三季度
        # 国民经济运行情况, held within it)
        return None
    clause_end = min((i for i in (text.find(c, m.end()) for c in ",。;") if i >= 0), default=len(text))
    if "筹备" in text[m.start() : clause_end]:  # (2026年全国两会…筹备工作会议: held the year before)
        return None
    return int(m["y"]), text[m.start("y") : m.end()] + " "


def _reaches_back(text: str, pub: _dt.date) -> bool:
    """Whether the text speaks of a span of the stamp's year before the stamp's month (今年以来,
    1—2月, 今年3月 in a page of May), or opens on a lunar day months before it (正月初一下午,… in
    a page of June)."""
    # (in January nothing of the year lies before the stamp's month: 今年以来 is this month)
    return (pub.month > 1 and any(
                (m["y"] or m["ys"]) is None or int(m["y"] or m["ys"]) == pub.year for m in P.YEAR_SPAN.finditer(text))
            or any(int(m["m"]) < pub.month for m in P.THIS_YEAR_MONTH.finditer(text))
            or _lunar_head_day(text, pub, since=_LUNAR_REPORT_DAYS + 1, until=366) is not None)


#: How far into its first line a headline's month is looked for.
_HEADLINE_REACH = 40


#: How far into the text a weekday naming the event is looked for.
_WEEKDAY_REACH = 240


def _weekday_day(text: str, pub: _dt.date) -> tuple[_dt.date, str] | None:
    """The day a weekday written as the event's (周五在海口召开的, 上周三下午) names: the latest such
    day on or before the stamp, or in the week before the stamp's for 上周."""
    m = P.EVENT_WEEKDAY.search(text, 0, _WEEKDAY_REACH)
    if m is None:
        return None
    wd = _WEEKDAY[m["w"]]
    if m["rel"] == "上":
        monday = pub - _dt.timedelta(days=pub.weekday())
        return monday - _dt.timedelta(days=7 - wd), m.group(0)
    back = (pub.weekday() - wd) % 7
    if m["rel"] in ("本", "这") and back > pub.weekday():
        return None  # (本周五 after a Wednesday's stamp: a day still to come)
    return pub - _dt.timedelta(days=back), m.group(0)


def _year_only_fallback(
    ctx: _Context,
    pub: _dt.date | None,
    terms,
    url: str | None,
    *,
    allow_published: bool,
    anchors: _Anchors | None = None,
) -> EventDate | None:
    """No usable written day: month or year from the stamp, else the year from context."""
    # A headline or a lead naming the month it reports on (2018年7月份各铁路局集团公司主要领导添乘
    # 机车时要求…; 国家邮政局消息,2014年10月,…共受理消费者申诉62889件): that month, when the stamp
    # (if any) is not before it.
    first_line = ctx.text.find("\n")
    # (the line up to a little past the reach: room for the pattern's look-ahead, no scan of a long body)
    head_end = min(first_line if first_line >= 0 else len(ctx.text), _HEADLINE_REACH + 20)
    m = P.HEADLINE_MONTH.search(ctx.text, 0, head_end)
    if (m and m.start() < _HEADLINE_REACH and 1 <= int(m["m"]) <= 12
            and (pub is None or (int(m["y"]), int(m["m"])) <= (pub.year, pub.month))):
        return EventDate(f"{int(m['y']):04d}-{int(m['m']):02d}", "month", "explicit", m.group(0))
    # 第四十一届世界邮政日 in a page of 2010-10-09: that day, when the stamp is at or after it
    if allow_published and pub is not None and (day := _ordinal_day(ctx)) is not None and 0 <= (pub - day[0]).days <= 31:
        return _day(day[0], "context", day[1])
    # 国家旅游局局长李金早周五在海口召开的…会议上表示 under a stamp of Sunday 31 January: that Friday
    if allow_published and pub is not None and pub is not ctx.month_stamp and (day := _weekday_day(ctx.text, pub)):
        return _day(day[0], "published", f"{day[1]} + {pub.isoformat()}")
    if allow_published and pub is not None:
        # Dates the text excluded (plans, deadlines) in the stamp's month support that month; a
        # URL folder's month is all it tells, so it is given as such.
        if pub is ctx.month_stamp or (anchors and any(a.excluded and a.month == pub.month for a in anchors)):
            return EventDate(pub.isoformat()[:7], "month", "published", f"stamp {_ref_text(ctx, pub)}")
        if not _reaches_back(ctx.text, pub):
            return EventDate(pub.isoformat()[:7], "month", "published", f"stamp {_ref_text(ctx, pub)}")
        return EventDate(f"{pub.year:04d}", "year", "published", f"stamp {_ref_text(ctx, pub)}")
    if pub is not None:
        return None
    # A text about a recurring day (第47届世界邮政日) is dated by that day of the pinned year.
    if (day := _ordinal_day(ctx)) is not None:
        return _day(day[0], "context", day[1])
    # 今(106)年, 去(105)年: the release's own year in Taiwan's calendar (a page with no stamp)
    # (from 38, 1949: the calendar of Taiwan's government since; 今(20)年 is no such year)
    if (rel := P.ROC_RELATIVE_YEAR.search(ctx.text)) is not None and 38 <= int(rel[2]) <= 150:
        year = int(rel[2]) + 1911 + {"去": 1, "今": 0, "明": -1}[rel[1]]
        return EventDate(f"{year:04d}", "year", "context", rel.group(0))
    year, why = _infer_year(ctx, None, None, None, terms, _url_yymm(url))
    if year is not None:
        if (day := _occasion_day(ctx, year)) is not None:  # (世界邮政日致辞 … 成立150周年: 2024-10-09)
            return _day(day[0], "context", f"{day[1]} ({why})")
        return EventDate(f"{year:04d}", "year", "context", why)
    return None
