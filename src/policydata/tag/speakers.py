"""Speaker tagging: who is reported as speaking, chairing or attending, with title and organisation.

Cheap anchors first: one Aho–Corasick pass finds posts (部长, 党组书记 …), knowledge-base names and
organisation names; person names are read next to posts (交通运输部部长李小鹏, 马军胜局长), from
the knowledge base, from Q&A transcript turns (耿爽:…) and press-conference headings.  Each mention
is then classified by compiled regexes anchored at its end (reporting verb, 主持, 出席 …); 他/她
with a reporting verb continues the last named official.  Names alone never make a person: a
title, a knowledge-base entry or a transcript turn must anchor them.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from functools import lru_cache

import ahocorasick

from policydata.records import Speaker
from policydata.tag import kb
from policydata.tag import speaker_patterns as P

__all__ = ["tag_speakers"]

_HAN_LO, _HAN_HI = "\u4e00", "\u9fff"
# Posts that outrank party posts when the knowledge base offers several for one person.
_MAIN_POSTS = ("部长", "局长", "主任", "新闻发言人", "副部长", "副局长", "副主任", "司长", "副司长")


def _is_han(ch: str) -> bool:
    return _HAN_LO <= ch <= _HAN_HI


@lru_cache(maxsize=1)
def _automaton() -> ahocorasick.Automaton:
    """One automaton over posts, knowledge-base names and organisation names."""
    table: dict[str, set[str]] = {}
    for post in P.POSTS:
        table.setdefault(post, set()).add("post")
    for name in kb.names():
        table.setdefault(name, set()).add("kb")
    for form in kb.org_forms():
        table.setdefault(form, set()).add("org")
    auto = ahocorasick.Automaton()
    for key, kinds in table.items():
        auto.add_word(key, (key, frozenset(kinds)))
    auto.make_automaton()
    return auto


@lru_cache(maxsize=1)
def _kb_names() -> frozenset[str]:
    return frozenset(kb.names())


@dataclass(slots=True)
class _Mention:
    name: str
    start: int  # start of the whole mention (designation included)
    name_start: int
    end: int  # end of the mention (name, or trailing title in 马军胜局长)
    method: str
    title: str | None = None
    org: str | None = None
    surname_post: str | None = None  # for 马局长-style references before resolution
    speech: bool = False
    chair: bool = False
    attend: bool = False
    studied: bool = False
    evidence_at: int | None = None


@dataclass(slots=True)
class _Person:
    name: str
    title: str | None = None
    org: str | None = None
    mentions: list[_Mention] = field(default_factory=list)


def _year(published: str | None, text: str) -> int | None:
    if published and published[:4].isdigit():
        return int(published[:4])
    m = P.YEAR_IN_TEXT.search(text, 0, 600)
    return int(m.group(1)) if m else None


def _valid_name(cand: str) -> bool:
    if len(cand) < 2 or not all(_is_han(c) for c in cand):
        return False
    if cand[:2] in P.COMPOUND_SURNAMES:
        rest = cand[2:]
    elif cand[0] in P.SURNAMES:
        rest = cand[1:]
    else:
        return False
    return bool(rest) and not any(c in P.NON_NAME_CHARS for c in rest)


def _name_after(text: str, pos: int, known: set[str]) -> str | None:
    """The person name starting at ``pos`` (right after a title), or ``None``."""
    lengths = (4, 3) if text[pos : pos + 2] in P.COMPOUND_SURNAMES else (3, 2)
    for k in lengths:
        cand = text[pos : pos + k]
        if len(cand) == k and (cand in known or cand in _kb_names()) and P.NAME_FOLLOW.match(text, pos + k):
            return cand
    for k in lengths:
        cand = text[pos : pos + k]
        if len(cand) != k or not _valid_name(cand):
            continue
        follow = P.NAME_FOLLOW.match(text, pos + k)
        if not follow:
            continue
        strong = follow.end() == pos + k or not _is_han(text[pos + k])
        if cand[0] in P.AMBIGUOUS_SURNAMES and not strong:
            continue
        return cand
    return None


def _name_before(text: str, pos: int, known: set[str], org_ends: set[int]) -> str | None:
    """The person name ending at ``pos`` (right before a title: 马军胜局长), or ``None``."""
    for k in (4, 3, 2):
        s = pos - k
        if s < 0:
            continue
        cand = text[s:pos]
        if k == 4 and cand[:2] not in P.COMPOUND_SURNAMES:
            continue
        if cand in known or cand in _kb_names():
            if s == 0 or not _is_han(text[s - 1]) or s in org_ends or P.NAME_PRECEDE.search(text, max(0, s - 3), s):
                return cand
    for k in (3, 2):
        s = pos - k
        if s < 0:
            continue
        cand = text[s:pos]
        if not _valid_name(cand) or cand[0] in P.AMBIGUOUS_SURNAMES:
            continue
        if s == 0 or not _is_han(text[s - 1]) or s in org_ends or P.NAME_PRECEDE.search(text, max(0, s - 3), s):
            return cand
    return None


def _designation(
    text: str, name_start: int, org_spans: list[tuple[int, int]], floor: int = 0
) -> tuple[int, str | None, str | None]:
    """(start, title, org as written) of the title written right before a name; ``floor`` is the
    end of the previous person's name (省人大副主任刘海生、副省长吕维峰 must not share titles)."""
    lo = max(0, name_start - 32, floor)
    b = name_start
    while b > lo and (_is_han(text[b - 1]) or text[b - 1] in "、 "):
        b -= 1
    while b < name_start and text[b] in "、 ":
        b += 1
    seg_start = b
    for m in P.DESIGNATION_STOP.finditer(text, b, name_start):
        inside_org = any(s <= m.start() < e for s, e in org_spans)
        if not inside_org:
            seg_start = m.end()
    seg = text[seg_start:name_start].rstrip()
    for j in range(len(seg)):
        if seg[j] in "、 ":
            continue
        if P.TITLE_CHAIN.fullmatch(seg, j):
            title = seg[j:].strip("、 ")
            org = seg[:j].rstrip("、 ")
            if "、" in org or " " in org:
                org = org.replace(" ", "、").rsplit("、", 1)[1]
            return seg_start, title, (org if len(org) >= 2 else None)
    return name_start, None, None


def _canonical(org: str | None, year: int | None) -> tuple[str | None, str | None]:
    """(org_id, org written in full) for an organisation as written, keeping a department suffix."""
    if not org:
        return None, None
    forms = kb.org_forms()
    # The longest known name inside what is written (中国国家邮政局, 国家发展改革委经贸司 …).
    for begin in range(0, len(org) - 1):
        for cut in range(len(org), begin + 1, -1):
            hit = forms.get(org[begin:cut])
            if hit is not None:
                found = kb.canonical_org(org[begin:cut], year) or hit
                return found[0], found[1] + org[cut:]
    return None, org


def _kb_post(name: str, title: str | None, year: int | None) -> kb.Post | None:
    posts = kb.lookup(name, year) if year is not None else kb.lookup(name)
    if not posts:
        return None
    if title:
        for p in posts:
            if p.post == title or title.endswith(p.post):
                return p
    for want in _MAIN_POSTS:
        for p in posts:
            if p.post == want:
                return p
    return posts[-1] if year is None else posts[0]


def _sentence(text: str, pos: int) -> tuple[int, str]:
    s = pos
    while s > 0 and text[s - 1] not in "。!?;\n":
        s -= 1
    m = P.SENTENCE_END.search(text, pos)
    e = m.end() if m else len(text)
    return s, text[s:e].strip()


def _collect(text: str, year: int | None) -> list[_Mention]:
    """Every anchored person mention in ``text``, sorted by position."""
    posts: dict[int, tuple[int, str]] = {}  # end → (start, post), the longest post ending there
    kb_hits: list[tuple[int, int, str]] = []
    org_spans: list[tuple[int, int]] = []
    for end1, (key, kinds) in _automaton().iter(text):
        end = end1 + 1
        start = end - len(key)
        if "post" in kinds and (end not in posts or posts[end][0] > start):
            posts[end] = (start, key)
        if "kb" in kinds:
            kb_hits.append((start, end, key))
        if "org" in kinds:
            org_spans.append((start, end))
    org_ends = {e for _, e in org_spans}
    known: set[str] = set()
    mentions: list[_Mention] = []
    taken: set[int] = set()  # name starts already read

    def add(name: str, start: int, name_start: int, end: int, method: str, title=None, org=None) -> None:
        if name_start in taken:
            return
        taken.add(name_start)
        known.add(name)
        mentions.append(_Mention(name, start, name_start, end, method, title, org))

    # A title followed by a name (交通运输部部长李小鹏), and 、-separated names sharing it.
    last_end = 0
    for end in sorted(posts):
        pstart, post = posts[end]
        ns = end
        while ns < len(text) and ns - end < 2 and text[ns] in " \t":
            ns += 1
        name = _name_after(text, ns, known)
        if name:
            dstart, title, org = _designation(text, end, org_spans, last_end)
            add(name, dstart, ns, ns + len(name), "title_pattern", title or post, org)
            pos = ns + len(name)
            last_end = pos
            while pos < len(text) and text[pos] == "、":
                nxt = _name_after(text, pos + 1, known)
                if not nxt:
                    break
                add(nxt, dstart, pos + 1, pos + 1 + len(nxt), "title_pattern", title or post, org)
                pos += 1 + len(nxt)
                last_end = pos
            continue
        name = _name_before(text, pstart, known, org_ends)
        if name:
            ns = pstart - len(name)
            dstart, _, org = _designation(text, ns, org_spans) if ns in org_ends else (ns, None, None)
            if org is None and ns in org_ends:
                org = next((text[s:e] for s, e in org_spans if e == ns), None)
                dstart = ns - len(org) if org else ns
            add(name, dstart, ns, end, "title_pattern", post, org)
            last_end = end
            continue
        # 马局长: a surname and a leading post, resolved against the document's people later.
        s = pstart - 1
        if post in P.LEADER_POSTS and s >= 0 and text[s] in P.SURNAMES and s not in taken:
            if s == 0 or not _is_han(text[s - 1]) or P.NAME_PRECEDE.search(text, max(0, s - 3), s):
                m = _Mention(text[s], s, s, end, "surname_title", post, None, surname_post=post)
                mentions.append(m)
                taken.add(s)

    # Knowledge-base names written without a title.
    for start, end, name in kb_hits:
        if start in taken:
            continue
        if start > 0 and _is_han(text[start - 1]) and not (
            start in org_ends or P.NAME_PRECEDE.search(text, max(0, start - 3), start) or (start - 1) in {
                e - 1 for e in posts
            }
        ):
            continue
        if not P.NAME_FOLLOW.match(text, end):
            continue
        add(name, start, start, end, "kb")

    # Q&A transcript turns (耿爽:…, 【高峰】…, [铁道部副部长 王志国]…).  A name that is neither
    # anchored elsewhere nor in the knowledge base needs two turns (a one-off "罗某:标题" line is a
    # headline of a list, not a transcript).
    turns: list[tuple[str, int, int, str | None]] = []
    for m in P.QA_LINE.finditer(text):
        turns.append((m.group("name"), m.start("name"), m.end("name"), None))
    for m in P.BRACKET_TURN.finditer(text):
        turns.append((m.group("name"), m.start("name"), m.end("name"), m.group("desig").strip() or None))
    counts: dict[str, int] = {}
    for name, *_ in turns:
        counts[name] = counts.get(name, 0) + 1
    for name, ns, ne, desig in turns:
        if name in P.QA_STOPWORDS:
            continue
        if not (name in known or name in _kb_names()):
            if not _valid_name(name) or len(name) > (4 if name[:2] in P.COMPOUND_SURNAMES else 3):
                continue
            if counts[name] < 2 and not desig:
                continue
        if ns in taken:
            for mm in mentions:
                if mm.name_start == ns:
                    mm.speech = True
                    mm.evidence_at = ns
            continue
        title = org = None
        if desig:
            chain = P.TITLE_CHAIN.search(desig)
            if chain:
                title, org = desig[chain.start():].strip(), desig[: chain.start()].strip() or None
        add(name, ns, ns, ne, "qa_transcript", title, org)
        mentions[-1].speech = True
        mentions[-1].evidence_at = ns

    # Later plain mentions of names already anchored once (李小鹏指出 after 部长李小鹏).
    for name in list(known):
        i = text.find(name)
        while i != -1:
            if i not in taken and (len(name) >= 3 or P.NAME_FOLLOW.match(text, i + len(name))):
                if i == 0 or not _is_han(text[i - 1]) or P.NAME_PRECEDE.search(text, max(0, i - 3), i) or (
                    i in org_ends or i in posts
                ):
                    add(name, i, i, i + len(name), "name")
            i = text.find(name, i + len(name))
    mentions.sort(key=lambda m: m.name_start)
    return mentions


def _classify(text: str, mentions: list[_Mention]) -> None:
    """Set speech / chair / attend / studied flags on every mention from the text around it."""
    starts = [m.name_start for m in mentions]
    for idx, m in enumerate(mentions):
        nxt = starts[idx + 1] if idx + 1 < len(starts) else len(text)
        if P.STUDIED_BEFORE.search(text, max(0, m.start - 14), m.start):
            m.studied = True
        before = text[max(0, m.start - 4) : m.start]
        if not m.speech and not P.OBJECT_BEFORE.search(before):
            for rx, method in ((P.SPEECH_AFTER, "reporting_verb"), (P.SPEECH_NEXT_CLAUSE, "reporting_verb")):
                sp = rx.match(text, m.end)
                if not sp or sp.start("verb") > nxt:
                    continue
                vs = sp.start("verb")
                if P.HABITUAL.search(text, max(0, vs - 3), vs):
                    m.studied = True
                    break
                m.speech = True
                m.evidence_at = m.name_start
                if m.method in ("name", "kb"):
                    m.method = method
                break
        if not m.speech:
            st = P.STUDIED_AFTER.match(text, m.end)
            if st and st.end() <= nxt + 1:
                m.studied = True
        ch = P.CHAIR_AFTER.match(text, m.end)
        if ch and ch.end() <= nxt + 2:
            m.chair = True
        elif text[max(0, m.start - 4) : m.start].endswith(("主持人", "主持人 ")):
            m.chair = True
        at = P.ATTEND_AFTER.match(text, m.end)
        if at:
            m.attend = True
        elif P.ATTEND_BEFORE.search(text, max(0, m.start - 20), m.start):
            m.attend = True
    # 他/她 + reporting verb continues the nearest named official before it.
    for pm in P.PRONOUN_SPEECH.finditer(text):
        i = bisect.bisect_right(starts, pm.start()) - 1
        while i >= 0 and mentions[i].studied:
            i -= 1
        if i >= 0 and pm.start() - mentions[i].name_start < 600:
            if not mentions[i].speech:
                mentions[i].speech = True
                mentions[i].evidence_at = pm.start()
                mentions[i].method = "pronoun"
    # 答: turns answer for the last named official introduced before the first of them.
    am = P.ANSWER_LINE.search(text)
    if am:
        i = bisect.bisect_right(starts, am.start()) - 1
        while i >= 0 and mentions[i].studied:
            i -= 1
        if i >= 0:
            mentions[i].speech = True
            if mentions[i].evidence_at is None:
                mentions[i].evidence_at = am.start()


def _resolve_people(mentions: list[_Mention], year: int | None) -> dict[str, _Person]:
    people: dict[str, _Person] = {}
    for m in mentions:
        if m.surname_post is not None:
            continue
        person = people.setdefault(m.name, _Person(m.name))
        person.mentions.append(m)
        if m.org and not person.org:
            person.org, person.title = m.org, m.title
        elif m.title and not person.title:
            person.title = m.title
    # Damaged names (局长马军 for 马军胜): complete through the knowledge base when one fits.
    for name in list(people):
        if name in _kb_names():
            continue
        p = people[name]
        full = kb.complete_name(name, org=p.org, title=p.title, year=year)
        if full and full != name and full.startswith(name):
            people.pop(name)
            p.name = full
            if full in people:
                people[full].mentions.extend(p.mentions)
            else:
                people[full] = p
    # 马局长: the one person of the document with that surname (and post), else the knowledge base.
    for m in mentions:
        if m.surname_post is None:
            continue
        cands = [p for p in people.values() if p.name.startswith(m.name)]
        if len(cands) > 1:
            cands = [p for p in cands if p.title and p.title.endswith(m.surname_post)]
        if len(cands) == 1:
            cands[0].mentions.append(m)
            continue
        if not cands:
            full = kb.complete_name(m.name, title=m.surname_post, year=year)
            if full:
                m.method = "kb"
                people.setdefault(full, _Person(full, title=m.surname_post)).mentions.append(m)
    return people


def _finish(p: _Person, year: int | None) -> tuple[str | None, str | None, str | None]:
    """(title, org, org_id) for a person: as written, else from the knowledge base."""
    title, org = p.title, p.org
    org_id = None
    if org:
        org_id, org = _canonical(org, year)
    if not org:
        post = _kb_post(p.name, title, year)
        if post is not None:
            org_id, org = _canonical(post.org, year)
            title = title or post.post
    return title, org, org_id


def tag_speakers(text: str, *, title: str | None = None, published: str | None = None) -> list[Speaker]:
    """People reported as speaking (role ``speaker``), chairing (``chair``) or attending
    (``attendee``) in a normalised text; ``title`` is the page title when known separately."""
    if not text and not title:
        return []
    offset = 0
    if title and not text.lstrip().startswith(title.strip()):
        full = title + "\n" + text
        offset = len(title) + 1
    else:
        full = text
    year = _year(published, full)
    mentions = _collect(full, year)
    # A regular press conference names its host in the heading (外交部发言人耿爽主持例行记者会).
    head_end = min(len(full), offset + 400)
    pc = None
    if "发言人" in full[:head_end] and "主持" in full[:head_end]:
        pc = P.PRESS_CONFERENCE.search(full, 0, head_end)
    host: tuple[str, str | None] | None = None
    if pc:
        org_raw = pc.group("org")
        forms = kb.org_forms()
        org = next((org_raw[i:] for i in range(len(org_raw)) if org_raw[i:] in forms), None)
        host = (pc.group("name"), org)
    _classify(full, mentions)
    people = _resolve_people(mentions, year)
    if host and host[0] not in people:
        p = _Person(host[0], title="新闻发言人", org=host[1])
        m = _Mention(host[0], pc.start(), pc.start("name"), pc.end("name"), "press_conference", speech=True)
        m.evidence_at = pc.start("name")
        p.mentions.append(m)
        people[host[0]] = p
    elif host:
        hp = people[host[0]]
        hp.mentions[0].speech = True
        if not hp.org:
            hp.org, hp.title = host[1], hp.title or "新闻发言人"

    speakers: list[Speaker] = []
    others: list[Speaker] = []
    ordered = sorted(people.values(), key=lambda p: min(m.name_start for m in p.mentions))
    for p in ordered:
        studied = sum(m.studied for m in p.mentions)
        speech = [m for m in p.mentions if m.speech and not m.studied]
        if studied and studied >= len(speech):
            continue
        t, org, org_id = _finish(p, year)
        if speech:
            m = speech[0]
            role, method = "speaker", m.method
            at = m.evidence_at if m.evidence_at is not None else m.name_start
        else:
            chair = next((m for m in p.mentions if m.chair), None)
            attend = next((m for m in p.mentions if m.attend), None)
            if chair is None and attend is None:
                continue
            m = chair or attend
            role, method, at = ("chair" if chair else "attendee"), m.method, m.name_start
        _, evidence = _sentence(full, at)
        start = m.name_start - offset if m.name_start >= offset else None
        end = start + len(p.name) if start is not None and m.surname_post is None else None
        rec = Speaker(p.name, t, org, role, org_id, evidence, start, end, method)
        (speakers if role == "speaker" else others).append(rec)
    return speakers + others
