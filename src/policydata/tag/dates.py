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

import csv
import datetime as _dt
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

import ahocorasick

from policydata.records import EventDate
from policydata.resources import resource_path
from policydata.tag import date_patterns as P

__all__ = ["find_published", "resolve_event_date", "parse_date", "calendar_rows"]

# Quote marks inside phrases (“十四五”规划) are dropped before calendar look-ups.
_QUOTES = str.maketrans("", "", "“”\"'‘’「」『』《》")
_CN_NUM = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
_WEEKDAY = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}
_RELATIVE_DAYS = {"今天": 0, "今日": 0, "昨天": 1, "昨日": 1, "前天": 2, "前日": 2}
# How far after a dateline the reported day is looked for (新华社北京4月21日电 国家邮政局19号公布…).
_DATELINE_REACH = 160
# A dateline counts only near the top of the text (a later one belongs to a pasted story).
_DATELINE_ZONE = 400
_MIN_YEAR, _MAX_YEAR = 1990, 2035


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


def parse_date(value: str | None) -> str | None:
    """Any date form a page or record writes → 'YYYY-MM-DD' (None when there is none)."""
    if not value:
        return None
    value = str(value)
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
    pos = 0
    for line in text.split("\n"):
        s = line.strip()
        if len(s) >= 45 and ("," in s or "。" in s):
            return pos
        pos += len(line) + 1
    return len(text)


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


def _published_from_text(text: str) -> str | None:
    body_start = _first_body_line_start(text)
    pos = 0
    for line in text.split("\n"):
        end = pos + len(line)
        s = line.strip()
        if s:
            keyword = P.STAMP_LINE.search(s)
            # A stamp above the prose, or a keyword-led stamp anywhere (发布时间: …).
            if pos < body_start or (keyword and len(s) <= 80):
                found = _stamp_in_line(s)
                if found and (pos < body_start or keyword):
                    return found
        pos = end + 1
    # A line holding nothing but a date (and a clock time) at the very bottom.
    for line in text.rstrip().split("\n")[-2:]:
        s = line.strip()
        m = P.ISO_DATE.fullmatch(s) or P.DMY_DATE.fullmatch(s)
        if m:
            d = _valid(int(m["y"]), int(m["m"]), int(m["d"]))
            if d:
                return d.isoformat()
    return None


def _published_from_url(url: str | None) -> str | None:
    if not url:
        return None
    path = url.split("://", 1)[-1]
    path = path[path.find("/") :] if "/" in path else ""
    for rx in (P.URL_Y_M_D, P.URL_YM_D, P.URL_Y_MD, P.URL_YMD8, P.URL_YMD7):
        for m in rx.finditer(path):
            d = _valid(int(m["y"]), int(m["m"]), int(m["d"]))
            if d and _MIN_YEAR - 20 <= d.year <= _MAX_YEAR:
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
    kind: str  # period | annual | ordinal | anniversary | lunar_day
    phrases: tuple[str, ...]
    note: str


@lru_cache(maxsize=1)
def calendar_rows() -> tuple[CalendarRow, ...]:
    """Rows of resources/calendar.csv (read once)."""
    with resource_path("calendar.csv").open(encoding="utf-8", newline="") as fh:
        return tuple(
            CalendarRow(
                r["event"], r["start"], r["end"] or "", r["kind"],
                tuple(p for p in r["phrases"].split("|") if p), r.get("note") or "",
            )
            for r in csv.DictReader(fh)
        )


@lru_cache(maxsize=1)
def _period_automaton() -> ahocorasick.Automaton:
    """Aho–Corasick automaton over the trigger phrases of 'period' rows → row indices."""
    auto = ahocorasick.Automaton()
    by_phrase: dict[str, list[int]] = {}
    for i, row in enumerate(calendar_rows()):
        if row.kind == "period":
            for p in row.phrases:
                by_phrase.setdefault(p, []).append(i)
    for p, idx in by_phrase.items():
        auto.add_word(p, (p, tuple(idx)))
    auto.make_automaton()
    return auto


def _ym(s: str, end: bool = False) -> tuple[int, int]:
    y = int(s[:4])
    if len(s) >= 7:
        return y, int(s[5:7])
    return (y, 12) if end else (y, 1)


# --------------------------------------------------------------------------------------------------
# year inference


@dataclass(slots=True)
class _Constraint:
    years: frozenset[int]
    evidence: str
    strong: bool  # a single year pinned by an ordinal, an anniversary, a session number, a lunar day


def _period_constraints(plain: str, month: int | None) -> list[_Constraint]:
    rows = calendar_rows()
    seen: set[str] = set()
    out = []
    for _, (phrase, idx) in _period_automaton().iter(plain):
        if phrase in seen:
            continue
        seen.add(phrase)
        # Rows sharing a phrase are alternatives (the merged 中秋国庆 holiday of several years).
        years: set[int] = set()
        for i in idx:
            (y0, m0), (y1, m1) = _ym(rows[i].start), _ym(rows[i].end, end=True)
            years.update(
                y for y in range(y0, y1 + 1) if month is None or (y0, m0) <= (y, month) <= (y1, m1)
            )
        if years:
            names = ", ".join(f"{rows[i].event} {rows[i].start}–{rows[i].end}" for i in idx[:3])
            out.append(_Constraint(frozenset(years), f"{phrase} ({names})", False))
    return out


def _strong_constraints(text: str, plain: str, month: int | None, day: int | None) -> list[_Constraint]:
    out: list[_Constraint] = []
    # NPC / CPPCC session: the 10th NPC first met in 2003, each term lasts five years.
    for m in P.NPC_SESSION.finditer(plain):
        term, n = _cn_int(m["term"]), _cn_int(m["n"])
        if term and n and 1 <= n <= 5 and term >= 5:
            year = 2003 + 5 * (term - 10) + (n - 1)
            out.append(_Constraint(frozenset({year}), m.group(0), True))
    rows = calendar_rows()
    # 第53届世界邮政日: first edition year + N − 1.
    for m in P.ORDINAL_EVENT.finditer(plain):
        n = _cn_int(m["n"])
        if not n:
            continue
        for row in rows:
            if row.kind == "ordinal" and any(m["what"].startswith(p) for p in row.phrases):
                out.append(_Constraint(frozenset({int(row.start[:4]) + n - 1}), m.group(0), True))
    # 纪念五四运动100周年, 国庆70周年, 祖国67华诞: base year + N.
    for m in P.ANNIVERSARY.finditer(plain):
        n = _cn_int(m["n"])
        if not n or n > 150:
            continue
        before = plain[max(0, m.start() - 14) : m.start()]
        for row in rows:
            if row.kind == "anniversary" and any(p in before for p in row.phrases):
                out.append(_Constraint(frozenset({int(row.start[:4]) + n}), before[-8:] + m.group(0), True))
                break
    # 1月18日,农历腊月初八: a lunar day named next to a solar one pins the year (calendar table).
    if month and day and (month <= 3 or month == 12):
        years = {
            int(row.start[:4])
            for row in rows
            if row.kind == "lunar_day" and row.start[5:] == f"{month:02d}-{day:02d}"
            and any(p in plain for p in row.phrases)
        }
        if len(years) == 1:
            out.append(_Constraint(frozenset(years), f"lunar day {month}月{day}日 in {next(iter(years))}", True))
    return out


def _year_from_mentions(plain: str, month: int | None) -> tuple[int | None, str | None]:
    """The year the text is written in, from the years it names.

    The latest year named (targets such as 到2025年 left out) is the current year, or the one
    before it when the text writes it as finished (截至2024年底, 刚刚过去的2023年, 比2023年 …).
    """
    best: int | None = None
    completed = False
    through_month: int | None = None
    for m in P.YEAR_MENTION.finditer(plain):
        y = int(m["y"])
        before = plain[max(0, m.start() - 6) : m.start()]
        if P.TARGET_BEFORE.search(before) or P.TARGET_AFTER.match(plain, m.end()):
            continue
        if best is not None and y < best:
            continue
        fin = bool(P.COMPLETED_BEFORE.search(before) or P.COMPLETED_AFTER.match(plain, m.end()))
        if best is None or y > best:
            best, completed, through_month = y, fin, None
        else:
            completed = completed or fin
    if best is None:
        return None, None
    for m in P.COMPLETED_THROUGH_MONTH.finditer(plain):
        if int(m["y"]) == best:
            through_month = int(m["m"])
    if through_month is not None:
        if month is not None and month > through_month:
            return best, f"截至{best}年{through_month}月"
        return best + 1, f"截至{best}年{through_month}月"
    if completed:
        return best + 1, f"{best}年 written as finished"
    return best, f"{best}年"


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


def _infer_year(
    text: str,
    month: int | None,
    day: int | None,
    weekday: int | None,
    terms,
    url_hint: tuple[int, int] | None,
) -> tuple[int | None, str | None]:
    plain = text.translate(_QUOTES)
    strong = _strong_constraints(text, plain, month, day)
    if strong:
        year, _ = Counter(next(iter(c.years)) for c in strong).most_common(1)[0]
        ev = next(c.evidence for c in strong if year in c.years)
        return year, ev
    window: set[int] | None = None
    evidence: list[str] = []
    weak = _period_constraints(plain, month) + _terms_constraint(terms, month)
    if weekday is not None and month and day:
        years = frozenset(y for y in range(2000, _MAX_YEAR + 1) if (d := _valid(y, month, day)) and d.weekday() == weekday)
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
    mention, why = _year_from_mentions(plain, month)
    if mention is not None and (window is None or mention in window):
        return mention, why
    if window is not None and len(window) == 1:
        return next(iter(window)), "; ".join(evidence)
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
    figures: bool = False
    excluded: bool = False


def _anchors(text: str) -> list[_Anchor]:
    out = []
    for m in P.ANCHOR.finditer(text):
        s, e = m.start(), m.end()
        if m["full"]:
            if P.STAMP_TAIL.match(text, e) and _line_is_stamp(text, s):
                continue
            a = _Anchor("full", s, e, m.group(0), int(m["fy"]), int(m["fm"]), int(m["fd"]))
        elif m["md"]:
            a = _Anchor("md", s, e, m.group(0), None, int(m["m"]), int(m["d"]))
        elif m["rel"]:
            if not m["reld"] and (e >= len(text) or text[e].isspace()):
                continue  # 今日  首页 — a navigation label, not a sentence
            a = _Anchor("rel", s, e, m.group(0), None, int(m["relm"]) if m["relm"] else None,
                        int(m["reld"]) if m["reld"] else None, _RELATIVE_DAYS[m["relword"]])
        elif m["vague"]:
            # 目前/近日 in a headline or a navigation line says nothing about the reported event.
            if _line_length(text, s) < 45:
                continue
            a = _Anchor("vague", s, e, m.group(0))
        else:
            a = _Anchor("dom", s, e, m.group(0), None, None, int(m["dd"]))
        if a.kind in ("full", "md", "dom"):
            if a.month is not None and not 1 <= a.month <= 12 or a.day is not None and not 1 <= a.day <= 31:
                continue
            rng = P.RANGE_AFTER.match(text, e)
            tail_at = rng.end() if rng else e
            before = text[max(0, s - 6) : s]
            if P.NOT_EVENT_BEFORE.search(before) or P.NOT_EVENT_AFTER.match(text, tail_at):
                a.excluded = True
            if P.FIGURES_DAY_AFTER.match(text, e):
                a.figures = True
        out.append(a)
    return out


def _line_length(text: str, pos: int) -> int:
    ls = text.rfind("\n", 0, pos) + 1
    le = text.find("\n", pos)
    return len(text[ls : le if le >= 0 else len(text)].strip())


def _line_is_stamp(text: str, pos: int) -> bool:
    return _line_length(text, pos) <= 80


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
    """Month-day in the year of ``ref``, or the year before when it would fall after ``ref``."""
    d = _valid(ref.year, month, day)
    if d and d > ref + _dt.timedelta(days=1):
        d = _valid(ref.year - 1, month, day)
    return d


def _url_yymm(url: str | None) -> tuple[int, int] | None:
    if not url:
        return None
    path = url.split("://", 1)[-1]
    path = path[path.find("/") :] if "/" in path else ""
    m = P.URL_YYMM.search(path)
    if not m:
        return None
    return 2000 + int(m["yy"]), int(m["m"])


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
) -> EventDate:
    """When the reported event took place, with the basis for the year and the evidence used.

    ``terms`` lists (name, start_year, end_year) for officials the document names; their terms
    of office narrow the candidate years when the page shows no publication date.
    """
    text = text or ""
    meta = meta or {}
    pub = _date_of(published)

    # 1. A full date in the title (2020年4月29日外交部发言人耿爽主持例行记者会).
    if title:
        m = P.CN_FULL_DATE.search(title)
        if m and (d := _valid(int(m["y"]), int(m["m"]), int(m["d"]))):
            return _day(d, "explicit", m.group(0))

    anchors = _anchors(text)
    usable = [a for a in anchors if not a.excluded]
    full_dates = {(a.month, a.day): a for a in anchors if a.kind == "full"}

    # 2. A speech header naming its meeting's year (在2006年部扶贫领导小组会上的讲话).
    sm = P.SPEECH_YEAR.search(title or "") or P.SPEECH_YEAR.search(text)
    if sm:
        y = int(sm["y"])
        for a in usable:
            if a.kind == "full" and a.year == y:
                return _day(_dt.date(a.year, a.month, a.day), "explicit", a.text)
        return EventDate(str(y), "year", "explicit", sm.group(0))

    # 3. Which written day is the event: a figures day, then the dateline's story, then the first.
    chosen: _Anchor | None = next((a for a in usable if a.figures and a.kind in ("md", "full")), None)
    ref_day: _dt.date | None = None
    dateline = P.DATELINE.search(text, 0, _DATELINE_ZONE) or (
        P.DATELINE.search(meta["dateline"]) if meta.get("dateline") else None
    )
    if chosen is None and dateline and dateline.string is text:
        after = [a for a in usable if dateline.end() <= a.start <= dateline.end() + _DATELINE_REACH]
        pick = next((a for a in after if a.kind in ("rel", "dom", "md", "full") and (a.day or a.back)), None)
        chosen = pick
        dl_month, dl_day = int(dateline["m"]), int(dateline["d"])
        if chosen is not None and chosen.month is None and chosen.day and chosen.day <= dl_day and pub is None:
            # 中新社北京1月8日电 … 徐青8日说: the dateline's month, the year still to be found.
            chosen = _Anchor("md", chosen.start, chosen.end, dateline.group(0) + "…" + chosen.text, None, dl_month, chosen.day)
        elif chosen is not None and chosen.kind == "rel" and chosen.day is None and pub is None:
            back_day = _valid(2001, dl_month, dl_day)  # a non-leap year only to count days back
            if back_day:
                back_day -= _dt.timedelta(days=chosen.back)
                chosen = _Anchor("md", chosen.start, chosen.end, dateline.group(0) + "…" + chosen.text, None, back_day.month, back_day.day)
        ref_day = _dateline_date(dl_month, dl_day, pub)
        if chosen is None:
            chosen = _Anchor("md", dateline.start(), dateline.end(), dateline.group(0), None, dl_month, dl_day)
    elif chosen is None and dateline is not None:  # dateline lifted into meta by the normaliser
        chosen = _Anchor("md", 0, 0, dateline.group(0), None, int(dateline["m"]), int(dateline["d"]))
    if chosen is None:
        # The first written day, or a vague word (近日, 目前) when it comes first.
        chosen = usable[0] if usable else None

    if chosen is not None:
        result = _resolve_anchor(chosen, text, anchors, full_dates, pub, ref_day, terms, url)
        if result is not None:
            return result
        if chosen.kind in ("md", "dom", "full") or (chosen.kind == "rel" and chosen.day):
            # A written day whose year nothing pins: say nothing rather than guess.
            return _year_only_fallback(text, pub, terms, url, allow_published=False) or EventDate(None, "none", "none", None)

    return _year_only_fallback(text, pub, terms, url, allow_published=True, anchors=anchors) or EventDate(
        None, "none", "none", None
    )


def _dateline_date(month: int, day: int, pub: _dt.date | None) -> _dt.date | None:
    if pub is None:
        return None
    return _md_before(pub, month, day)


def _resolve_anchor(
    a: _Anchor,
    text: str,
    anchors: list[_Anchor],
    full_dates: dict,
    pub: _dt.date | None,
    ref_day: _dt.date | None,
    terms,
    url: str | None,
) -> EventDate | None:
    ref = ref_day or pub
    if a.kind == "full":
        d = _valid(a.year, a.month, a.day)
        return _day(d, "explicit", a.text) if d else None
    if a.kind == "vague":
        if pub is not None:
            # 近日 early in the stamp's month may reach back into the month before: year only.
            if pub.day <= 7 or any(int(m["m"]) != pub.month for m in P.THIS_YEAR_MONTH.finditer(text)):
                return EventDate(str(pub.year), "year", "published", f"{a.text} + stamp {pub.isoformat()}")
            return EventDate(pub.isoformat()[:7], "month", "published", f"{a.text} + stamp {pub.isoformat()}")
        return None
    if a.kind == "rel" and a.day is None:
        # 今天/昨天 without a written day: counted back from the reference day.
        if ref is not None:
            return _day(ref - _dt.timedelta(days=a.back), "published", f"{a.text} + {ref.isoformat()}")
        return None
    if a.kind == "md" or (a.kind == "rel" and a.month):
        month, day = a.month, a.day
        # The same month-day written in full elsewhere gives the year (发布会(2024年2月22日)).
        if (month, day) in full_dates:
            f = full_dates[(month, day)]
            return _day(_dt.date(f.year, month, day), "explicit", f.text)
        mm = _meeting_year(text, a.start)
        if mm is not None and (d := _valid(mm[0], month, day)):
            return _day(d, "explicit", mm[1] + a.text)
        if ref is not None and (d := _md_before(ref, month, day)):
            return _day(d, "published", f"{a.text} + {ref.isoformat()}")
        year, why = _infer_year(text, month, day, _weekday_after(text, a.end), terms, _url_yymm(url))
        if year is not None and (d := _valid(year, month, day)):
            return _day(d, "context", f"{a.text} + {why}")
        return None
    # a day of month alone (28日, 今天(8日)): the nearest such day on or before the reference.
    if ref is not None and a.day:
        d = _nearest_day_on_or_before(ref, a.day)
        if d:
            return _day(d, "published", f"{a.text} + {ref.isoformat()}")
    return None


def _meeting_year(text: str, pos: int) -> tuple[int, str] | None:
    """2017年全国邮政管理工作会议1月5日在北京召开: the meeting's own year right before the day."""
    window = text[max(0, pos - 30) : pos]
    best = None
    for m in P.MEETING_YEAR.finditer(window):
        if len(window) - m.end() <= 3:
            best = (int(m["y"]), m.group(0))
    return best


def _year_only_fallback(
    text: str,
    pub: _dt.date | None,
    terms,
    url: str | None,
    *,
    allow_published: bool,
    anchors: list[_Anchor] | None = None,
) -> EventDate | None:
    """No usable written day: month or year from the stamp, else the year from context."""
    if allow_published and pub is not None:
        # Dates the text excluded (plans, deadlines) in the stamp's month support that month.
        if anchors and any(a.excluded and a.month == pub.month for a in anchors):
            return EventDate(pub.isoformat()[:7], "month", "published", f"stamp {pub.isoformat()}")
        return EventDate(str(pub.year), "year", "published", f"stamp {pub.isoformat()}")
    if pub is not None:
        return None
    # A text about a recurring day (第47届世界邮政日) is dated by that day of the pinned year.
    plain = text.translate(_QUOTES)
    for m in P.ORDINAL_EVENT.finditer(plain):
        n = _cn_int(m["n"])
        for row in calendar_rows():
            if n and row.kind == "ordinal" and len(row.start) == 10 and any(m["what"].startswith(p) for p in row.phrases):
                d = _valid(int(row.start[:4]) + n - 1, int(row.start[5:7]), int(row.start[8:10]))
                if d:
                    return _day(d, "context", m.group(0))
    year, why = _infer_year(text, None, None, None, terms, _url_yymm(url))
    if year is not None:
        return EventDate(str(year), "year", "context", why)
    return None
