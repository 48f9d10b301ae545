"""Speaker tagging: who is reported as speaking, chairing or attending, with title and organisation.

One Aho–Corasick pass (leftmost-longest) finds every cue: posts (部长, 党组书记 …), knowledge-base
names, organisation names, reporting verbs (强调, 指出 …), 主持/出席 words, studied-guidance nouns
(重要讲话精神 …), colons, brackets and 他/她.  Person names are then read next to posts
(交通运输部部长李小鹏, 马军胜局长), from the knowledge base, from transcript turns (耿爽:…,
【高峰】…), press-conference headings and speech headings (在……上的讲话 + name).  Names alone never
make a person: a title, a knowledge-base entry or a transcript turn must anchor them.

Each mention is tied to the first cue after it when the gap between them is one clause (or a
locative clause and a comma, or a comma opening the next clause of the same subject): a reporting
verb makes a speaker (发言 only with what was said; nothing still to come: 将发表讲话), 主持 a
chair, 出席/参加 an attendee.  他/她 with a reporting verb continues the subject of the sentence
before it in the paragraph, unless an official named by title alone spoke in between.  A mention
is not a speaker when it is the object of a verb (向……汇报), inside someone else's reported
statement (会议指出,……), a habitual quotation (多次强调) or the author of guidance being
studied (学习……重要讲话精神).  Titles and organisations are read from the
designation before the name (cut or clause-spanning organisations rejected), else from the
knowledge base only for the document's year within the post's term, or when the text names the
post's organisation: a name in the knowledge base may be someone else's.
"""

from __future__ import annotations

import bisect
import datetime as _dt
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache

try:  # the Rust automaton is about 2.5x faster on Han text; pyahocorasick gives the same matches
    import ahocorasick_rs
except ImportError:  # pragma: no cover - depends on the environment
    ahocorasick_rs = None
import ahocorasick

from policydata.records import Speaker
from policydata.resources import country_names, place_names
from policydata.tag import divisions, kb, places
from policydata.tag import speaker_patterns as P
from policydata.tag.keywords import idf_of

__all__ = ["tag_speakers"]

_HAN_LO, _HAN_HI = "\u4e00", "\u9fff"
# Posts that outrank party posts when the knowledge base offers several for one person.
_MAIN_POSTS = ("部长", "局长", "主任", "新闻发言人", "副部长", "副局长", "副主任", "司长", "副司长")


# How far back (in characters) an evidence sentence's start is looked for at a time.
_SENTENCE_WINDOW = 200

# Heads of national bodies, named without a title in the news (李强表示, 王毅指出).
_HEAD_POSTS = frozenset({"总书记", "主席", "总理", "部长", "局长", "主任"})


def _is_han(ch: str) -> bool:
    return _HAN_LO <= ch <= _HAN_HI


_POST, _KB, _ORG, _MARK, _VERB, _CHAIR, _ATTEND, _STUDY = 1, 2, 4, 8, 16, 32, 64, 128
_KIND_BITS = {
    "post": _POST,
    "kb": _KB,
    "org": _ORG,
    "mark": _MARK,
    "verb": _VERB,
    "chair": _CHAIR,
    "attend": _ATTEND,
    "study": _STUDY,
}


@lru_cache(maxsize=1)
def _cue_table() -> dict[str, int]:
    """Every key the tagger looks for, with its kind bits: posts, knowledge-base names,
    organisation names, transcript marks, reporting verbs, chairing/attending words and
    studied-guidance nouns."""
    table: dict[str, set[str]] = {}
    for post in P.POSTS:
        table.setdefault(post, set()).add("post")
    for name in kb.names():
        table.setdefault(name, set()).add("kb")
    for form in (*kb.org_forms(), *P.LOCAL_BODIES_WITH_AND):
        table.setdefault(form, set()).add("org")
    # Single characters whose every occurrence is checked: colons and closing brackets end
    # transcript turns, 他/她 may continue the last named speaker.
    for mark in (":", "】", "]", "他", "她", "其"):
        table.setdefault(mark, set()).add("mark")
    for kind, words in (
        ("verb", P.REPORTING_VERBS),
        ("chair", P.CHAIR_WORDS),
        ("attend", P.ATTEND_WORDS),
        ("study", P.STUDIED_NOUNS),
    ):
        for word in words:
            table.setdefault(word, set()).add(kind)
    return {
        key: sum(bit for kind, bit in _KIND_BITS.items() if kind in kinds) for key, kinds in table.items()
    }


class _Matcher:
    """Leftmost-longest, non-overlapping matches of the cue table (so 局长 inside 国家邮政局局长 is
    read after the organisation, and 副局长 wins over 局长): (start, end, key, kind bits)."""

    def __init__(self, table: dict[str, int]) -> None:
        self.keys = list(table)
        self.flags = [table[k] for k in self.keys]
        if ahocorasick_rs is not None:
            # The default automaton: a DFA is twice as fast alone but, much larger, loses once
            # other stages of the chain have evicted it from the CPU caches (measured).
            self._rs = ahocorasick_rs.AhoCorasick(
                self.keys, matchkind=ahocorasick_rs.MatchKind.LeftmostLongest
            )
            self._py = None
        else:  # pragma: no cover - depends on the environment
            self._rs = None
            self._py = ahocorasick.Automaton()
            for i, key in enumerate(self.keys):
                self._py.add_word(key, i)
            self._py.make_automaton()

    def matches(self, text: str) -> list[tuple[int, int, str, int]]:
        keys, flags = self.keys, self.flags
        return [(s, e, keys[i], flags[i]) for i, s, e in self.raw(text)]

    def raw(self, text: str) -> list[tuple[int, int, int]]:
        """(key index, start, end) of every match: cheaper than ``matches`` when most matches
        are only filtered by their kind bits (``flags[key index]``)."""
        if self._rs is not None:
            return self._rs.find_matches_as_indexes(text)
        keys = self.keys
        return [(i, e + 1 - len(keys[i]), e + 1) for e, i in self._py.iter_long(text)]


@lru_cache(maxsize=1)
def _matcher() -> _Matcher:
    return _Matcher(_cue_table())


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
    heading: bool = False  # names the speaker of a speech text (……上的讲话 + name)
    embedded: bool = False  # inside someone else's reported statement (会议指出,……)
    asked: bool = False  # on a reporter's 问: line (cited by the question, not speaking at the event)
    evidence_at: int | None = None
    written: int | None = None  # characters of the name written at name_start, when not the whole name


@dataclass(slots=True)
class _Person:
    name: str
    title: str | None = None
    org: str | None = None
    mentions: list[_Mention] = field(default_factory=list)


def _published_date(published: str | None) -> _dt.date | None:
    try:
        return _dt.date.fromisoformat(published[:10]) if published else None
    except ValueError:
        return None


def _year(published: str | None, text: str) -> int | None:
    if published and published[:4].isdigit():
        return int(published[:4])
    for m in P.YEAR_IN_TEXT.finditer(text, 0, 600):
        if m.group(1)[:2] in ("19", "20") and (m.start() == 0 or not text[m.start() - 1].isdigit()):
            return int(m.group(1))
    return None


@lru_cache(maxsize=1)
def _name_initials() -> frozenset[str]:
    """Every character a name the tagger can read may start with: surnames (single and the first
    of compound ones) and the first characters of knowledge-base names."""
    return frozenset(P.SURNAMES) | {s[0] for s in P.COMPOUND_SURNAMES} | {n[0] for n in kb.names() if n}


@lru_cache(maxsize=1)
def _follow_words() -> dict[str, tuple[str, ...]]:
    """NAME_FOLLOW's words grouped by first character, in the order the regex tries them."""
    table: dict[str, list[str]] = {}
    for word in P.NAME_FOLLOW_WORDS:
        table.setdefault(word[0], []).append(word)
    return {k: tuple(v) for k, v in table.items()}


_FOLLOW_CHAR_CACHE: dict[str, bool] = {}


def _follow(text: str, pos: int) -> int:
    """Length of the NAME_FOLLOW match at ``pos`` (0 at the end of the text), -1 when none: the
    same answer as ``P.NAME_FOLLOW.match`` with a dict look-up instead of 200 alternatives."""
    if pos >= len(text):
        return 0
    c = text[pos]
    is_mark = _FOLLOW_CHAR_CACHE.get(c)
    if is_mark is None:
        is_mark = _FOLLOW_CHAR_CACHE[c] = P.NAME_FOLLOW_CHAR.match(c) is not None
    if is_mark:
        return 1
    for word in _follow_words().get(c, ()):
        if text.startswith(word, pos):
            return len(word)
    if c == "请" and P.ASKED_TO_PASS_ON.match(text, pos):
        return 1  # (鲁托请韩正转达…问候)
    if text[pos + 2 : pos + 3] == "地" and (adverb := P.ADVERB_DI.match(text, pos)):
        return len(adverb.group(0))  # (王伟严肃地指出)
    return -1


@lru_cache(maxsize=65536)
def _valid_name(cand: str) -> bool:
    if len(cand) < 2 or cand in P.NOT_NAMES or cand[:2] in P.VERB_SET or not P.HAN_RUN.fullmatch(cand):
        return False
    if cand[:2] in P.FUNCTION_BIGRAMS:
        return False
    if cand[:2] in P.COMPOUND_SURNAMES:
        rest = cand[2:]
    elif cand[0] in P.SURNAMES:
        rest = cand[1:]
    else:
        return False
    return bool(rest) and not any(c in P.NON_NAME_CHARS for c in rest)


#: Countries written with one character before a post of state (美国务卿, 俄外长, 日首相): only
#: those that stand for one country alone.
_COUNTRY_INITIALS = {"美": "美国", "英": "英国", "法": "法国", "德": "德国", "日": "日本", "俄": "俄罗斯",
                     "韩": "韩国", "朝": "朝鲜", "澳": "澳大利亚", "意": "意大利", "越": "越南", "菲": "菲律宾"}

#: Words a country written in one character may follow (与俄总统普京, 对美国务卿).
_BEFORE_INITIAL = frozenset("与和对向及跟称据")  # (not 同: 同日, 同意)

#: Last characters of an organisation whose head may be written short, the organisation's stem
#: and 长 (交通部长 for 交通部部长, 公安局长, 教育厅长).
_HEAD_SUFFIXES = "部局厅"

#: Surnames that are also prepositions, read as such before a name with 同志 (向李伟同志表示感谢).
_PREPOSITIONS_BEFORE_NAME = frozenset("向对为给同与和跟")

#: Characters that stop a name read (function words, post syllables) yet stand in the middle of
#: three-character names (张在峰, 周向东, 李为民, 李作成, 王长江, 胡和平, 李会良, 张又侠): read there only before a
#: reporting verb, a word that follows names, or a mark.
_NAME_MIDDLE_ONLY = frozenset("在向为作以长务和会又")

#: Words a middle-only character starts after a one-character given name (王会见, 李在会上).
_WORDS_OF_MIDDLE = frozenset({"会见", "会谈", "会同", "会议", "会上", "会商", "会签", "会后", "会前", "会晤", "会中",
                              "会诊", "会场", "在会"})

#: Characters that end an everyday word yet may end a given name (张盛和, 魏凤和, 刘伟强): a name
#: ending in one is read only before a reporting verb or a punctuation mark.
_RISKY_NAME_ENDS = "和强为"

#: A surname that is also an everyday word (高, 信, 常) starts a name before a reporting verb only
#: when its first two characters are no common word: their IDF in jieba's table (the keywords'
#: own) is at least this. Common words score below it (高兴 6.0, 常务 7.8, 时任 8.3, 伊始 9.1),
#: name-like pairs above it or not at all (高云 10.2, 信长 13.2).
_RARE_PAIR_IDF = 9.5
#: Those of them that are function words first (向, 于, 曾, 时 …: 总理曾明确表示, 总统向访宾表示):
#: never relaxed so.
_FUNCTION_SURNAMES = frozenset("向于时曾从都连全习")
#: What follows 曾, "once", in a phrase that is no name (曾多番, 曾三度, 曾著文, 曾致函, 曾明言, 曾撰文).
_ONCE_THEN = frozenset("一二两三四五六七八九十几数多屡度番著撰专致明公亲经在对向就于为与同")

#: Characters the first part of a dotted foreign name never holds: a function word before it
#: (习近平向劳拉·费尔南德斯) means the name starts later.
_NOT_IN_FIRST_PART = frozenset("向的和与对在是同及为")


def _holds_post(part: str) -> bool:
    """Whether a post (主席, 执行官 …) is written inside ``part``: then a dotted name's first part
    began too early (委员会主席穆萨·法基 read from 委员)."""
    posts = _post_set()
    return any(part[i:j] in posts for i in range(len(part)) for j in range(i + 2, len(part) + 1))


@lru_cache(maxsize=1)
def _post_set() -> frozenset[str]:
    return frozenset(P.POSTS) | {"执行官", "首席执行官"}


#: How far from the top a transcript is announced (…并答记者问。新闻发布会图文实录如下): a related
#: story's headline further down (外交部发言人答记者问) announces none.
_TRANSCRIPT_CUE_REACH = 600

#: Two-character surnames of either kind (欧阳, 林郑).
_TWO_SURNAMES = P.COMPOUND_SURNAMES | P.MARRIED_SURNAMES

#: The characters a day in Chinese numerals starts with (二十日, 三日).
_CN_DAY_FIRST = frozenset(day[0] for day in P._CHINESE_DAYS)


def _name_after(text: str, pos: int, known: set[str]) -> str | None:
    """The person name starting at ``pos`` (right after a title), or ``None``."""
    if "·" in text[pos : pos + 8]:
        dotted = P.DOTTED_NAME.match(text, pos)
        first = dotted.group(0).split("·", 1)[0] if dotted else ""
        if dotted and not _NOT_IN_FIRST_PART.intersection(first) and not _holds_post(first):
            # the last part ends where a boundary first follows (比沙尔·侯赛因表示: not 侯赛因表示)
            last = dotted.group(0).rindex("·") + 1
            for end in range(pos + last + 1, dotted.end() + 1):
                if _follow(text, end) >= 0:
                    if _holds_post(text[pos + last : end]):
                        # (部长通道看过来·司法部部长吴爱英: a headline's dot, then a designation)
                        return None
                    return text[pos:end]
    if text[pos : pos + 1] not in _name_initials():
        return None  # no name the tagger can read starts with this character
    if text[pos + 2 : pos + 3] == "地" and P.ADVERB_DI.match(text, pos):
        return None  # (总统沈痛地表示: a manner of speaking after the title)
    head = text[pos : pos + 2]
    lengths = (4, 3) if head in P.COMPOUND_SURNAMES else (4, 3, 2) if head in P.MARRIED_SURNAMES else (3, 2)
    kb_names = _kb_names()
    for k in (5, 4) if head not in P.COMPOUND_SURNAMES else ():
        # a longer name the knowledge base knows (吉林省委书记巴音朝鲁, 自治区主席布小林)
        if text[pos : pos + k] in kb_names:
            return text[pos : pos + k]
    for k in lengths:
        cand = text[pos : pos + k]
        is_known = len(cand) == k and (cand in known or cand in kb_names)
        if is_known and (k >= 3 or _follow(text, pos + k) >= 0):
            return cand
    found: list[tuple[str, int]] = []
    for k in lengths:
        cand = text[pos : pos + k]
        if len(cand) != k or k == 3 and P.ADVERB_DI.match(text, pos + 2):
            continue  # (王伟严肃地指出: 王伟)
        risky_end = cand[-1] in _RISKY_NAME_ENDS and (
            _valid_name(cand[:-1]) if k >= 3 else cand[-1] == "强" and cand[0] in P.SURNAMES  # 刘伟强; 王强
        )
        # 张在峰表示, 文在寅: 在 inside a three-character name, only right before a reporting verb,
        # a word that follows names (出席, 主持) or a mark (王毅在会上 is no name 王毅在)
        middle_zai = (k == 3 and cand[1] in _NAME_MIDDLE_ONLY and _valid_name(cand[0] + cand[2])
                      and cand[1:] not in _WORDS_OF_MIDDLE)  # (部长王会见代表团: 会见 is the act)
        if not risky_end and not middle_zai and not _valid_name(cand):
            continue
        if k == 3 and cand[-1] in _CN_DAY_FIRST and P.CHINESE_DAY.match(text, pos + 2) and _valid_name(cand[:2]):
            continue  # (副市长李明二十日表示: 二十日 is the day, not the name's)
        if k >= 3 and P.MOTION_AFTER_NAME.match(text, pos + k - 1) and _valid_name(cand[:-1]):
            continue  # (副市长季翔来到市邮政管理局: 来到 is the visit, not the name's 来)
        if k == 3 and cand[-1] in "镇乡县" and text.endswith("代表", 0, pos) and text.count(cand) >= 2:
            continue  # (由镇长叶小宁代表尚村镇与…签订: a town named again, no person after 代表)
        follow = _follow(text, pos + k)
        if follow < 0:
            # (市长廖国勋轻车简从,走进超市…。“…”廖国勋说: the name stands again where a name ends;
            # 区委书记杨建强检查…。杨建强要求: a 强 that starts no 强调 too)
            if k == 3 and not middle_zai and (not risky_end or cand[-1] == "强" and not _verb_at(text, pos + 2)) and (
                _named_again(text, cand, pos)
                # (副区长高继锋督导检查…。高继锋要求: a surname that is also a word, its name none of
                # whose pairs is a common word, standing again as a subject)
                or (cand[0] in P.AMBIGUOUS_SURNAMES and cand[0] not in _FUNCTION_SURNAMES
                    and _rare_pair(cand[:2]) and _rare_pair(cand[1:]) and _repeated_as_subject(text, cand, pos))
            ):
                found.append((cand, 1))
            continue
        strong = follow == 0 or not _is_han(text[pos + k])
        if middle_zai and not (strong or _verb_at(text, pos + k) or (
            follow >= 1 and (cand[1] not in "和会" or cand[2] not in "副常代总正")  # (局长王和副局长李明)
        )):
            continue
        # (刘伟强还对…, 省长黄强在南充调研: after a title, a name's 强 that starts no 强调 or 强化 is
        # the name's)
        if risky_end and not (
            strong or _verb_at(text, pos + k) or (cand[-1] == "强" and not _verb_at(text, pos + k - 1))
        ):
            continue
        if risky_end and cand[-1] == "为" and not strong and text.startswith("表示", pos + k):
            continue  # (副局长林善为指出; not 县长李伟为表示感谢…: 为 "in order to" before 表示)
        if cand[0] in P.AMBIGUOUS_SURNAMES and k == 2 and strong and not _rare_pair(cand) and cand not in kb_names:
            continue  # (教授成立…, 代表呼应。: a word, though a mark follows)
        if (
            cand[0] in P.AMBIGUOUS_SURNAMES
            and not strong
            and not _rare_name_before_verb(text, pos, k)
            # right after a post, before a word that follows names (省长楼阳生对…): a three-character
            # name none of whose pairs is a common word (not 主任高兴地…, 局长高风险…)
            and not (k >= 3 and cand[0] not in _FUNCTION_SURNAMES and _rare_pair(cand[:2]) and _rare_pair(cand[1:]))
            # (副省长于国安赴烟台……。于国安一行深入……; 市长安伟主持召开…。安伟指出: the text goes on
            # with it as a subject; two characters only when they make no common word)
            and not ((k >= 3 or _rare_pair(cand)) and _repeated_as_subject(text, cand, pos))
        ):
            continue
        found.append((cand, follow))
    if (
        found
        and len(found[0][0]) == 3
        and found[0][0][-1] in _VERB_AFTER_NAME
        and _occurrences(text, found[0][0]) == 1
        and _named_again(text, found[0][0][:2], pos)
    ):
        # 委员冯军用“微博”…。冯军表示: the text names him in two characters elsewhere, and the third
        # is a word after the name (用, 也, 就 …)
        return found[0][0][:2]
    if len(found) == 2 and found[0][1] == 1 and found[1][1] >= 2 and (
            not text.startswith(P.GENERAL_RANKS, pos + len(found[1][0]))
            or P.MILITARY_BEFORE.search(text, max(0, pos - 16), pos)):
        # 彭琳随同参加: the shorter name is followed by a whole word (随同), the longer by one
        # character that only happens to be a follower (同). (A general's rank only in the forces:
        # 司令员黄铭上将出席, but 商务部副部长王建中将介绍 is 王建中, who "will" present.)
        return found[1][0]
    return found[0][0] if found else None


def _repeated_as_subject(text: str, cand: str, pos: int) -> bool:
    """Whether ``cand`` stands again elsewhere in the text opening a sentence or clause as a
    subject: before 一行 or a reporting verb."""
    return any(i != pos for i in _subject_positions(text, cand))


@lru_cache(maxsize=256)
def _subject_positions(text: str, cand: str) -> tuple[int, ...]:
    """Where ``cand`` opens a sentence or clause before 一行 or a reporting verb (one scan per text
    and candidate: a text repeating one candidate thousands of times would scan it as often)."""
    out = []
    i = text.find(cand)
    while i != -1:
        if (i == 0 or text[i - 1] in "\n。,;!?") and (
            text.startswith("一行", i + len(cand)) or _verb_at(text, i + len(cand))
        ):
            out.append(i)
        i = text.find(cand, i + 1)
    return tuple(out)


#: Words of one character that stand after a name (冯军用微博, 李明也说) and rarely end one.
_VERB_AFTER_NAME = frozenset("用以将把被给让对从也还又都就即亦便")

#: Last characters of a body's name (司法院, 国务院, 外交部): no three-character name read again.
_BODY_LAST = frozenset("院部局厅委会司处办署府组队所")


def _named_again(text: str, cand: str, pos: int) -> bool:
    """Whether a name ``cand`` stands elsewhere in the text between a mark (or a
    closing quote) and a word that follows names (…”廖国勋说。, 随后,廖国勋来到…); never a body
    (司法院) or a post with its holder's surname (蔡总统)."""
    if cand[-1] in _BODY_LAST or cand[0] in P.AMBIGUOUS_SURNAMES or _holds_post(cand) or _holds_post(cand[1:]):
        return False
    return any(i != pos for i in _standing_as_name(text, cand))


@lru_cache(maxsize=1024)
def _standing_as_name(text: str, cand: str) -> tuple[int, ...]:
    """Where ``cand`` stands between a mark (or a closing quote) and a word that follows names
    (说, 表示, 来到: a word, not a mark — 万人行、健步走 names no one), once per text and candidate."""
    out = []
    i = text.find(cand)
    while i != -1:
        end = i + len(cand)
        if (
            (i == 0 or text[i - 1] in "\n。,;!?”:、 ")
            and end < len(text)
            and _follow(text, end) > 0
            and P.NAME_FOLLOW_CHAR.match(text[end]) is None
        ):
            out.append(i)
        i = text.find(cand, i + 1)
    return tuple(out)


@lru_cache(maxsize=1024)
def _occurrences(text: str, cand: str) -> int:
    return text.count(cand)


def _verb_at(text: str, pos: int) -> bool:
    """Whether a reporting verb of two or more characters (表示, 指出) starts at ``pos``."""
    return any(text.startswith(verb, pos) for verb in _verbs_by_initial().get(text[pos : pos + 1], ()))


@lru_cache(maxsize=1)
def _verbs_by_initial() -> dict[str, tuple[str, ...]]:
    table: dict[str, list[str]] = {}
    for verb in P.REPORTING_VERBS:
        if len(verb) >= 2:
            table.setdefault(verb[0], []).append(verb)
    return {k: tuple(v) for k, v in table.items()}


def _rare_name_before_verb(text: str, pos: int, k: int) -> bool:
    """Whether the ``k`` characters at ``pos``, starting with a surname that is also an everyday
    word, still read as a name: three characters, the surname no function word, no common word
    in them, and a reporting verb right after (全国工商联主席高云龙表示, not 主任高兴地表示)."""
    cand = text[pos : pos + k]
    if (cand[0] in _FUNCTION_SURNAMES and not (k == 3 and cand[0] == "曾" and cand[1] not in _ONCE_THEN)) or (
            not _verb_at(text, pos + k)):
        # (曾, "once", also opens a name whose pairs are no words: 全国政协委员曾毓群介绍, not 曾多次表示,
        # 曾三度表示, 曾著文指出, 曾致函表示)
        return False
    if k == 2:  # (副秘书长高杲表示: a pair no word holds, not 高度, 高层, 明确)
        return _rare_pair(cand)
    return k >= 3 and _rare_pair(cand[:2]) and _rare_pair(cand[1:])


@lru_cache(maxsize=4096)
def _rare_pair(pair: str) -> bool:
    """Whether two characters are no common word (see ``_RARE_PAIR_IDF``)."""
    from policydata.tag.keywords import idf_of

    value = idf_of(pair)
    return value is None or value >= _RARE_PAIR_IDF


#: Longest transliterated name read after a foreign post (米尔济约耶夫: six characters).
_TRANSLITERATED_MAX = 7


def _transliterated_after(text: str, pos: int) -> str | None:
    """A foreign name in transliteration starting at ``pos`` (right after 总统, 秘书长 …): the
    longest run of transliteration characters, two or more, that a name boundary follows."""
    end = pos
    limit = min(len(text), pos + _TRANSLITERATED_MAX)
    while end < limit and text[end] in P.TRANSLITERATION_CHARS:
        end += 1
    # a double-barrelled name (迪亚斯-卡内尔, 萨赫勒-沃克): the part after the hyphen too
    while end - pos >= 2 and text[end : end + 1] == "-" and text[end + 1 : end + 2] in P.TRANSLITERATION_CHARS:
        after = end + 1
        limit = min(len(text), after + _TRANSLITERATED_MAX)
        while after < limit and text[after] in P.TRANSLITERATION_CHARS:
            after += 1
        if after - end - 1 < 2 or _follow(text, after) < 0:
            break
        end = after
    regnal = _REGNAL.match(text, end) if end - pos >= 2 else None
    if regnal and _follow(text, regnal.end()) >= 0:
        return text[pos : regnal.end()]  # a monarch's number (国王费利佩六世, 查尔斯三世)
    for e in range(end, pos + 1, -1):
        if text[e - 1] != "-" and _follow(text, e) >= 0 and text[pos:e] not in P.NOT_NAMES:
            return text[pos:e]
    return None


#: A monarch's or pope's number after the name (六世, 十六世).
_REGNAL = re.compile(r"[一二三四五六七八九十]{1,3}世")


def _japanese_name_after(text: str, pos: int, known: set[str]) -> str | None:
    """A Japanese name starting at ``pos``: a name read before (稻田朋美参拜…, where no boundary
    follows), the surname alone when a boundary follows it (日本首相石破当天表示), or a surname of
    JAPANESE_SURNAMES and a given name of one or two characters, or three ending as such names do
    (岸田文雄, 石破茂, 鸠山由纪夫), that a name boundary follows."""
    for k in (3, 2):
        if text[pos : pos + k] not in P.JAPANESE_SURNAMES:
            continue
        for given in (3, 2, 1):
            if text[pos : pos + k + given] in known:
                return text[pos : pos + k + given]
        boundary = _follow(text, pos + k)
        if boundary >= 2 or boundary >= 0 and not _is_han(text[pos + k : pos + k + 1]):
            # (日本首相石破当天表示; not 植田和男 nor 志位和夫, whose given names start with a word that
            # may follow a name)
            return text[pos : pos + k]
        for given in (1, 2, 3):  # (岩屋毅说, 石破茂表示, 岸田文雄表示)
            end = pos + k + given
            if (end <= len(text) and _is_han_run(text, pos + k, end) and _follow(text, end) >= 0
                    and (given < 3 or text[end - 1] in _JAPANESE_LONG_GIVEN_ENDS)):
                return text[pos:end]
        return None
    return None


#: How Japanese given names of three characters end (由纪夫, 纯一郎, 真纪子, 那津男): others (岸田文雄演讲)
#: run into the words after the name.
_JAPANESE_LONG_GIVEN_ENDS = "夫郎子男"


def _is_han_run(text: str, start: int, end: int) -> bool:
    return all(_is_han(c) for c in text[start:end])


def _japanese(text: str, designation: tuple[int, str | None, str | None]) -> bool:
    """Whether a designation names Japan: its body (日本, 日本自民党) or its first word (日本前首相)."""
    dstart, _, org = designation
    return bool(org and org.startswith("日本")) or text.startswith("日本", dstart)


def _written_body(text: str, dstart: int, post_end: int, title: str) -> str:
    """What a designation writes before its title, a ministry's head written short taking its 部
    (印尼基础设施与区域发展统筹部长: …统筹部; not 俄罗斯副外交部长, whose 外交部长 holds it)."""
    written = text[dstart : post_end - len(title)]
    return written + "部" if title in ("部长", "副部长") and not written.endswith("部") else written


def _country_at(text: str, i: int, end: int | None = None) -> int:
    """Length of the longest country name starting at ``i`` (and ending by ``end``), 0 if none."""
    end = len(text) if end is None else end
    countries = country_names()
    return next((k for k in range(min(_COUNTRY_MAX, end - i), 1, -1) if text[i : i + k] in countries), 0)


def _country_ending(text: str, end: int, start: int = 0) -> int:
    """Length of the longest country name ending at ``end`` (and starting at or after ``start``)."""
    countries = country_names()
    return next((k for k in range(min(_COUNTRY_MAX, end - start), 1, -1) if text[end - k : end] in countries), 0)


#: The longest country name read (特立尼达和多巴哥 has seven characters).
_COUNTRY_MAX = 8


def _countries_named(text: str, start: int, end: int) -> str | None:
    """The one foreign country named between ``start`` and ``end`` (China aside), or None when
    none or several are."""
    found = set()
    i = start
    while i < end:
        k = _country_at(text, i, end)
        if k:
            found.add(text[i : i + k])
            i += k
        else:
            i += 1
    found -= {"中国", "中华人民共和国"}
    return found.pop() if len(found) == 1 else None


def _country_state_ending(text: str, start: int, end: int) -> str:
    """The country, with 王国 or 共和国 after it, that ends at ``end`` (not before ``start``), or ''."""
    state = next((w for w in ("王国", "共和国") if text.endswith(w, start, end)), "")
    k = _country_ending(text, end - len(state), start)
    return text[end - len(state) - k : end] if k else ""


def _foreign_body(written: str, org: str | None) -> str | None:
    """The foreign body of a designation, or None: its organisation or, failing that, the
    designation as written, when either is a foreign country's name and a body after it (美国交通部,
    俄罗斯国家杜马, 乌克兰最高拉达), cut at the first country with a clean body after it when words of
    the sentence run into it (伊朗谴责美国 → 美国; 美国方面此前一天指责哥 is none), a union's or an
    international body's (联合国…, 世界自然基金会全球), or a foreign body the knowledge base does not
    hold (非洲开发银行)."""
    for cand in (org, written.strip("、 ")):
        if cand and (body := _clean_foreign(cand)):
            return body
    return None


def _clean_foreign(written: str) -> str | None:
    """One candidate of _foreign_body: the foreign body it names, or None."""
    if written in kb.org_forms():
        return None  # a Chinese body (内蒙古自治区人民政府 holds 蒙古)
    written = _POST_QUALIFIER_END.sub("", written)  # (俄罗斯副外交部长: 副 is the post's)
    i = 0
    while i < len(written) - 1:  # the first country named with a body after it (or none)
        k = _country_at(written, i)
        if k and (written[i : i + k] in ("中国", "中华人民共和国") or written.startswith("族", i + k)
                  or any(written[j : i + k] in _places() for j in range(max(0, i - 3), i))):
            k = 0  # (内蒙古自治区政府, 延边朝鲜族自治州: a Chinese place or people holds the name)
        if k and (
                i + k == len(written) or _FOREIGN_BODY_REST.fullmatch(written, i + k)
                or _STATE_MISSION_REST.match(written, i + k)):
            # (俄罗斯驻美国大使: Russia's mission there; 史瓦帝尼王国驻台: the state written out too)
            return written[i:]
        i += k or 1  # (赤道几内亚 holds 几内亚)
    if (body := _INTERNATIONAL_BODY.fullmatch(written)) is not None:
        return body.group(1)  # (世界自然基金会全球总干事斯海特)
    if (_is_foreign(written) and _FOREIGN_BODY_TEXT.fullmatch(written) and _FOREIGN_BODY_END.search(written)
            and not any(written[:k] in _places() for k in (2, 3, 4))):
        # (非洲开发银行行长塔赫, 欧盟委员会主席, 国际原子能机构总干事格罗西; not 延边朝鲜族自治州, a
        # Chinese place's)
        return written
    body = next((b for b in _UNIONS if written.startswith(b)), None)
    if body and _FOREIGN_BODY_TEXT.fullmatch(written) and not _country_ending(written, len(written)):
        # (联合国苏丹人道主义协调员迪恩, 欧盟外交与安全政策高级代表卡拉斯: the union's, for a country
        # or a field; not 非盟轮值主席科摩罗总统, a country's head)
        return body
    return None


#: A qualifier of the post written before it, no part of the body (副, 代理, 前).
_POST_QUALIFIER_END = re.compile(r"(?:代理|前)?副?$")

#: Unions of states whose officials a designation names with a country or a field after them.
_UNIONS = ("联合国", "欧盟", "非盟", "东盟", "北约", "阿盟", "欧佩克")


#: One character of a body's name: no digit or mark, and no function word or word of the sentence
#: that runs into a designation (美国方面此前一天指责哥, 斯塔默被英国, 以色列两位, 伊朗谴责美国国务院).
_BODY_CHAR = (r"(?:(?!的|了|在|对|向|称|说|是|被|将|此前|方面|一天|当天|今天|昨天|两位|两国|支持|要求|"
              + "|".join(P.CRITICISM_VERBS) + r")[^\W\d])")

#: A designation's words that may name a body or its scope (苏丹人道主义).
_FOREIGN_BODY_TEXT = re.compile(f"{_BODY_CHAR}{{2,16}}")

#: An international body as written before its head's post, with the scope of the post (全球).
_INTERNATIONAL_BODY = re.compile(
    f"((?:世界|国际|联合国){_BODY_CHAR}{{0,14}}?(?:组织|基金会|联盟|协会|理事会|委员会|银行|论坛|署|会))"
    r"(?:全球|总部)?"
)

#: How a foreign body's name ends (国家杜马, 最高拉达, 联邦议会, 国民议会, 总统府, 联储, 开发银行;
#: 马拉维共和国, 老挝人民革命党中央, 常驻联合国 for a state's mission there; the seats of presidents
#: that stand for their offices, 白宫发言人德赛).
_FOREIGN_BODY_SUFFIXES = ("杜马|拉达|议会|国会|议院|政府|委员会|党|部|院|府|联盟|阵线|运动|联储|央行|银行|法院|法庭|军|部队|"
                          "卫队|司令部|组织|机构|中心|基金会|协会|联合会|理事会|奥委会|足联|论坛|署|厅|局|司|处|办公室|大学|"
                          "公司|集团|共和国|王国|中央|联合国|代表团|使馆|州|省|市|联邦|大会|会议|董事会|白宫|克里姆林宫|爱丽舍宫")
_FOREIGN_BODY_END = re.compile(f"(?:{_FOREIGN_BODY_SUFFIXES})$")

#: What a foreign country's body is called after the country's name: Han characters that are no
#: function word, ending as a body does.
_FOREIGN_BODY_REST = re.compile(f"{_BODY_CHAR}{{0,14}}?(?:{_FOREIGN_BODY_SUFFIXES})")
#: After a country, its mission abroad, the state written out before it or not (驻美国, 王国驻台;
#: the state alone, 巴拉圭共和国, ends as a body does).
_STATE_MISSION_REST = re.compile(r"(?:王国|共和国)?驻")
#: The mission in what follows a word of tenure (驻台 of 驻台特命全权).
_MISSION = re.compile(r"驻[\u4e00-\u9fff]{1,6}?(?=特命全权|$)")


def _is_foreign(org: str | None) -> bool:
    """Whether a designation's organisation is a foreign state or body: named, and neither China,
    a Chinese place nor a body the knowledge base knows (all of them Chinese)."""
    if not org or org in ("中华人民共和国", "中国", "国家") or org in _kb_names():
        return False  # a known person's name is no organisation (习近平主席英明和坚强领导)
    return org not in kb.org_forms() and org not in _places() and org[:2] not in _places()


def _opens_name(text: str, s: int, org_ends: set[int]) -> bool:
    """Whether a name may start at ``s``: text start, a non-Han character, the end of an
    organisation name (国家邮政局马军胜) or a function word (的, 和, 据 …)."""
    return (
        s == 0
        or not _is_han(text[s - 1])
        or s in org_ends
        or text[s - 1] in _BODY_END_CHARS  # 市商务局宋金理副局长: a body the knowledge base does not know
        or text.endswith("政府", 0, s)  # (西昌市人民政府朱明副市长)
        or P.NAME_PRECEDE.search(text, max(0, s - 3), s) is not None
    )


#: How many objects in a row a subject's verb may reach past (对郭中发一行, 同…和…): a bound, so a
#: clause of hundreds of them costs linear time.
_OBJECTS_SKIPPED = 3

#: How the names of government bodies end (…局, …厅, …委): a name may start right after one (and
#: after …政府, not 总统府晋见).
_BODY_END_CHARS = frozenset("局厅委办院署司处")


def _name_before(text: str, pos: int, known: set[str], org_ends: set[int], *, known_only: bool = False) -> str | None:
    """The person name ending at ``pos`` (right before a title: 马军胜局长), or ``None``; with
    ``known_only``, only a name the page or the knowledge base already knows."""
    initials = _name_initials()
    if initials.isdisjoint(text[max(0, pos - 4) : pos - 1]):
        return None  # no readable name can start 2–4 characters back
    for k in (4, 3, 2):
        s = pos - k
        if s < 0:
            continue
        cand = text[s:pos]
        if k == 4 and cand[:2] not in P.COMPOUND_SURNAMES and cand[:2] not in P.MARRIED_SURNAMES:
            continue
        if (cand in known or cand in _kb_names()) and _opens_name(text, s, org_ends):
            return cand
    if known_only:
        # a three-character name no place shares, before a governor's post (吕祖善省长强调): a place
        # before 省长 is a province the gazetteer knows whole or in two characters (江苏省长, 黑龙江
        # 省长). Not before 市长 or 县长: the cities and counties of China and the world are too many
        # for a gazetteer (张家港市长, 温哥华市长, 尤其刘县长)
        s = pos - 3
        cand = text[s:pos] if s >= 0 else ""
        if (text.startswith("省长", pos) and len(cand) == 3 and _valid_name(cand)
                and cand[0] not in P.AMBIGUOUS_SURNAMES and cand[-1] not in "省市县区州盟旗"
                and not all(ch in P.TRANSLITERATION_CHARS for ch in cand)  # (莫斯科市长)
                and not any(part in _places() or part in country_names() for part in (cand, cand[:2], cand[1:]))
                and _opens_name(text, s, org_ends)):
            return cand
        return None
    for k in (3, 2):
        s = pos - k
        if s < 0:
            continue
        cand = text[s:pos]
        if (_valid_name(cand) and cand[0] not in P.AMBIGUOUS_SURNAMES and cand not in country_names()
                and cand not in _places() and _opens_name(text, s, org_ends)
                and cand + text[pos : pos + 1] not in kb.org_forms()):
            # (马拉维总统, 武汉市长: a country or a place, not a person named before the post; 司法部长:
            # a body written with its head's post, 司法部 + 长)
            return cand
    s = pos - 3
    if (s >= 0 and text[pos - 1] in "和强" and (s == 0 or text[s - 1] in "\n。!?;")
            and _valid_name(text[s : pos - 1]) and text[s] not in P.AMBIGUOUS_SURNAMES):
        # a name ending in 和 that opens its sentence (闫忠和副厅长要求): nothing before it it could join
        # (not 市长李明和副市长王强: there 和 joins two people)
        return text[s:pos]
    return None


def _designation(
    text: str,
    post_end: int,
    posts: dict[int, tuple[int, str]],
    org_spans: list[tuple[int, int]],
    floor: int = 0,
) -> tuple[int, str | None, str | None]:
    """(start, title, org as written) of the designation ending with the post that ends at
    ``post_end``.  The title is the chain of posts read back from there (党组书记、局长); the
    organisation is what precedes it back to a stop word; ``floor`` is the end of the previous
    person's name (省人大副主任刘海生、副省长吕维峰 must not share titles)."""
    t0 = posts[post_end][0]
    # (a head's post written with its body, 外交部长, takes no rank before it into its title:
    # 中共中央政治局委员、外交部长王毅 is 外交部's 部长)
    post = posts[post_end][1]
    body_post = len(post) >= 4 and post[-2] in _HEAD_SUFFIXES and post[-1] == "长"
    while True:
        k = t0 - 1 if t0 > 0 and text[t0 - 1] in "、 " else t0
        if k in posts and posts[k][0] >= floor and not (body_post and posts[k][1] in P.RANK_POSTS):
            t0 = posts[k][0]
        else:
            break
    title = text[t0:post_end]
    lo = max(0, t0 - 40, floor)
    # The run of Han characters, 、 and spaces ending at t0 (one regex on the reversed window
    # instead of a character loop).
    b = t0 - P.DESIGNATION_RUN.match(text[lo:t0][::-1]).end()
    if b - 3 > lo and text[b - 1].isdigit() and (term := P.TERM_NUMBER_END.search(text, max(lo, b - 5), b)) and (
            text[term.start() - 1] in "、 " and term.start() - 1 in posts):
        # 国务院副总理、第24届冬奥会工作领导小组组长: an item of the chain numbered by its term; the run
        # goes on over the number to the post before it (not to a name: 古特雷斯、第77届联合国大会主席)
        b = term.start() - P.DESIGNATION_RUN.match(text[lo : term.start()][::-1]).end()
    seg_start = b
    for m in P.DESIGNATION_STOP.finditer(text, b, t0):
        if not any(s <= m.start() < e for s, e in org_spans) and not _inside_country(text, m.start(), b, t0):
            seg_start = m.end()
    org = text[seg_start:t0].strip("、 ")
    if not org and seg_start - 2 > b and text[seg_start - 2 : seg_start] in _TENURE_WORDS:
        # 国务院港澳办新任主任王光亚: a known body right before the word of tenure is the post's
        before = text[b : seg_start - 2]
        org = next((before[k:] for k in range(len(before) - 1) if before[k:] in kb.org_forms()), "")
    if (seg_start - 2 > b and text[seg_start - 2 : seg_start] in _TENURE_WORDS and (not org or org[0] == "驻")
            and (state := _country_state_ending(text, b, seg_start - 2))):
        # 史瓦帝尼王国新任驻台特命全权大使蒙西比: the country before the word of tenure, and its mission
        mission = _MISSION.match(org)
        org = state + (mission.group(0) if mission else "")
    if seg_start - 1 > b and text[seg_start - 1] == "和" and org.endswith(_DEPARTMENT_ENDS) and "、" not in org:
        # 商务部市场运行和消费促进司副司长王斌, 国家发展改革委资源节约和环境保护司司长: a department whose
        # name holds 和, under a body written right before it
        joined = _department_with_and(text, b, seg_start - 1, org_spans)
        if joined is not None:
            seg_start = joined
            org = text[seg_start:t0].strip("、 ")
    # 省邮政管理局党组书记、局长与蚌埠市委书记黄晓武: a post before 与 or 和 is another person's, left
    # unnamed; the designation starts after the conjunction
    # (not where 和 opens a place, 和平区区长, 和田地委书记, nor after a seat that also names a body's
    # members, 人大代表与政协委员联络室主任)
    conj = max(text.rfind("与", seg_start, t0), text.rfind("和", seg_start, t0))
    if (conj > seg_start and text[seg_start:conj].endswith(_POST_ENDS) and t0 - conj > 2
            and not text[seg_start:conj].endswith(_MEMBERS_POSTS)
            and not any(_place_named(w := text[conj : conj + k]) or divisions.is_place(w) for k in range(2, 7))):
        seg_start = conj + 1
        org = text[seg_start:t0].strip("、 ")
    place_item = from_lead = False
    if "、" in org or " " in org:
        first = _leading_designation(text, seg_start, t0, posts)
        if first is not None:  # 中共中央总书记、国家主席、中央军委主席: the first post leads
            org, title = first
        else:
            chain = org.replace(" ", "、")
            org = last = chain.rsplit("、", 1)[1]
            if last == "书记处" and title == "第一书记" and (lead := _first_item_body(text, seg_start, t0, posts)):
                # 全国妇联党组书记、副主席、书记处第一书记宋秀岩: the secretariat is the first body's
                org = last = lead
            level = P.LEVEL_OF_CHAIN_HEAD.search(chain, len(chain) - len(last) - 6)
            if (level and level.end() == len(chain) - len(last) and not any(c in last for c in "省市县区州")
                    and last.endswith(("局", "委", "办")) and kb.canonical_org(last) is None):
                # 副市长、公安局局长张勇: a body written bare after a post of a city's government is
                # the city's (市公安局, then the city the page names)
                org = last = level.group(1) + last
            elif last in _COMMITTEE_DEPARTMENTS and (lead := _first_item_body(text, seg_start, t0, posts)) and (
                    P.PARTY_COMMITTEE_OF_PLACE.fullmatch(lead)):
                # 淮安区委常委、政法委书记崔步银, 市委常委、组织部部长: a department of the committee the
                # first item names (淮安区委政法委; its discipline commission is the place's: 淮安区纪委)
                org = last = (lead[:-1] + last) if last == "纪委" else (lead + last)
            elif last in _INNER_ORGANS and chain.split("、", 1)[0].endswith(_RANKS_ON_A_BODY) and (
                    lead := _first_item_body(text, seg_start, t0, posts)):
                # 中华全国供销合作总社党组成员、理事会副主任陈祖新: the council of the body the first item
                # names (中华全国供销合作总社理事会)
                org = last = lead + last
            elif "兼" in last and last.rsplit("兼", 1)[0] in _BODILESS_POSTS and title[0] in _HEAD_SUFFIXES and (
                    (body := last.rsplit("兼", 1)[1] + title[0]) in kb.org_forms()):
                # 中央军委委员、国务委员兼国防部长魏凤和: the head of the body written short after 兼
                org = last = body
            elif title[0] in _HEAD_SUFFIXES and (last + title[0]) in kb.org_forms():
                # 中央军委委员、国防部长魏凤和: the head of a known body, written short, last
                org = last = last + title[0]
            elif chain.split("、", 1)[0] == "国务委员" and kb.canonical_org(last) is None and last.endswith(
                    _STATE_COUNCIL_HEADQUARTERS):
                # 国务委员、国家防总总指挥王勇: a state councillor heading a headquarters speaks for
                # the State Council (国务委员 is a post of it alone)
                org = last = "国务院"
            if P.LOCAL_LEVEL_POST.match(title) and P.PLACE_NAME_BEFORE_LEVEL.fullmatch(last):
                place_item = True  # (宁波市委常委、慈溪市委书记林坚: the chain's last item names a place, 慈溪)
            elif not _clean_org(org, title):
                # 福建省市场监管局党组成员、食品安全总监张剑平: the last item names no body; the
                # body of the rank before it is the person's
                lead = _first_item_body(text, seg_start, t0, posts)
                level = P.LEVEL_BODY.fullmatch(lead) if lead else None
                if lead and title[0] in _HEAD_SUFFIXES and 2 <= len(last) <= 4 and _is_han(last[-1]) and (
                        level or last[0] in "省市县区州旗"):
                    # the head of a body written short after a seat (…长 takes its 局, 部, 厅 below):
                    # 市委常委、市委宣传部长 → 市委宣传部; 区委常委、统战部长 → 区委统战部 (a committee's
                    # department); 市委常委、公安局长 → 市公安局, 省政府党组成员、公安厅长 → 省公安厅
                    if last[0] in "省市县区州旗":
                        org = last
                    elif title[0] == "部" and level.group(2) == "委":
                        org = lead + last
                    else:
                        org = level.group(1) + last
                elif lead:
                    org = lead
                    from_lead = True
            cut = t0 - len(last) - 1
            if org.endswith(P.OCCASION_BODY_ENDS) and not (cut > seg_start and text[cut] in "、 "):
                # (the body read shorter than its item: 国务院副总理、第24届冬奥会工作领导小组组长)
                cut = max(text.rfind("、", seg_start, t0), text.rfind(" ", seg_start, t0))
            if org.endswith(P.OCCASION_BODY_ENDS) and cut > seg_start and text[cut] in "、 " and cut in posts:
                # …国务院副总理、中央代表团团长何立峰, 副市长、市第三次全国农业普查领导小组组长刘益丈,
                # 副省长、省防汛抗旱指挥部副指挥长: a delegation's, a leading group's or a headquarters'
                # post last, the post before it in a standing body says who they are (a delegation's
                # always; another's only after a post of its own, not a seat, 中共中央政治局常委、中央巡视
                # 工作领导小组组长, and when that post's body is read or is a place's government)
                _, first_title, first_org = _designation(text, cut, posts, org_spans, floor)
                if org.endswith("代表团"):
                    return seg_start, first_title, first_org
                if posts[cut][1] not in P.RANK_POSTS and (first_org or P.HEAD_OF_GOVERNMENT_IN.search(first_title)):
                    # (the title as written, the occasion's post with it: 副市长、市…领导小组组长)
                    return seg_start, first_title + text[cut:post_end], first_org
    if len(org) >= 3 and org.endswith("前") and not org.endswith(_TIME_BEFORE_ENDS):
        # 国家邮政局前局长马军胜, 玻利维亚前陆军司令: a former holder, 前 is the post's, not the body's
        org = org[:-1]
    # (国务委员兼国防部长: the body after a post that names none, _clean_org keeps it)
    body = org.rsplit("兼", 1)[1] if org and org.rsplit("兼", 1)[0] in _BODILESS_POSTS else org
    if (org and not from_lead and title[0] in _HEAD_SUFFIXES and not org.endswith(title[0]) and len(body) <= 6
            and "兼" not in body):
        org += title[0]  # 国防部长, 商务部长, 公安厅长: the head of 国防部, 商务部, 公安厅
    if org.startswith("前") and text[seg_start - 1 : seg_start] == "日" and org[1:] in kb.org_forms():
        org = org[1:]  # (日前海基会董事长吴丰山: 日前 is "recently"; 前国防部长 stays a former post)
        seg_start += 1
    if title == "大臣" and 3 <= len(org) <= 10 and (k := _country_at(org, 0, min(len(org) - 1, 6))):
        # 日本财务大臣铃木俊一, 英国商业和贸易大臣: the portfolio is the minister's title, the country his body
        title = org[k:] + title
        org = org[:k]
    if title in _SEAT_POSTS:
        # (欧洲议会议员迪吕波, 美国国会议员: the automaton reads 议会议员 whole, lest 会议 take its
        # characters; the assembly is the body, the seat the title)
        k = _SEAT_POSTS[title]
        org, title = org + title[:k], title[k:]
    start = seg_start if org else t0
    written = org
    org = org if place_item else _clean_org(org, title)
    if (len(written) == 1 and org and seg_start > 0 and _is_han(text[seg_start - 1])
            and text[seg_start - 1] not in _BEFORE_INITIAL):
        org = ""  # (秘鲁国会同意总统…: 意 ends 同意, no country's initial; 与美国务卿 is one)
    if org and written != org and text.endswith(org, seg_start, t0) and (
            written[: len(written) - len(org)] in P.ORG_LEAD_ADVERBS
            or P.BEFORE_COUNTRY.search(written, 0, len(written) - len(org)) and org in country_names()):
        # (对此陆委会副主委梁文杰表示: no one spoken to, 对此 is "to this"; 李强同德国总理朔尔茨: the
        # designation starts at the country, the one before 同 is a person of their own)
        start = t0 - len(org)
    if org and org.endswith(("省委", "党委", "省", "自治区")) and (lower := P.LOWER_SECRETARY_AFTER_RANK.fullmatch(title)):
        # 省委常委、市委书记周乃翔: a seat on the province's committee, the city's committee led: the
        # city's (the place is the page's, as for 市委书记 alone)
        org = lower.group(1) + "委"
    elif org in ("中共中央政治局", "中央政治局") and (lower := P.LOCAL_SECRETARY_AFTER_POLITBURO_SEAT.fullmatch(title)):
        org = lower.group(1)
    if org in ("驻村", "驻镇", "驻乡", "驻社区"):
        org = ""  # (驻村第一书记王五: a village served, no body named)
    if org in _TOWN_SELF:
        org = org[-1]  # (该镇党委副书记赵娜: the page's town, _page_town)
        if title.startswith("党委"):
            org += "党委"  # 镇党委书记曾平治: the town's committee
    if len(org) < 2 and not body_post:
        # 商务部副部长兼国际贸易谈判副代表钟山: a second post taken on 兼 by the holder of the one
        # before it, whose body is the person's (not for a post that names its body: 国务委员兼
        # 外交部长 is 外交部's)
        j = text.rfind("兼", max(lo, seg_start - 1), t0)
        if j > 0 and j in posts and posts[j][0] >= floor:
            start, first_title, first_org = _designation(text, j, posts, org_spans, floor)
            if first_org:
                return start, first_title + text[j:post_end], first_org
    return start, title, (org if len(org) >= 2 else None)


#: What comes before 发文 when a document is sent on, not posted (下发, 签发, 转发, 印发, 批发, 颁发, 收发).
_SENDS_ON = frozenset("下签转印批颁收分")

#: Time words ending in 前 that a designation's body may end with (…目前, 此前): not a former post.
_TIME_BEFORE_ENDS = ("目前", "日前", "此前", "之前", "以前", "当前", "年前", "提前")

#: A seat written with its assembly (议会议员): read whole, split into body and title (the
#: characters the body takes).
_SEAT_POSTS = {"议会议员": 2, "国会议员": 2}


#: How the name of a ministry's or a bureau's department ends (…司, …局, …处, …办公室).
_DEPARTMENT_ENDS = ("司", "局", "处", "室")


def _department_with_and(text: str, b: int, conj: int, org_spans: list[tuple[int, int]]) -> int | None:
    """Where a department's designation starts when the 和 at ``conj`` lies inside its name: the
    stretch before the 和 (back to the previous stop word) begins with a body the knowledge base
    knows (商务部 + 市场运行 + 和 + 消费促进司). None when it does not (张三和消费司…, 会见和…)."""
    start = b
    for m in P.DESIGNATION_STOP.finditer(text, b, conj):
        if not any(s <= m.start() < e for s, e in org_spans):
            start = m.end()
    while start < conj and text[start] in "、 ":
        start += 1
    before = text[start:conj]
    if len(before) < 3 or "、" in before or " " in before:
        return None
    forms = kb.org_forms()
    # not a whole body, a department or a post before the 和 (国务院新闻办公室和外交部新闻司,
    # 综合规划司和运输服务司, 商务部部长和外贸司司长): two of them, not one name
    if before in forms or before.endswith(_DEPARTMENT_ENDS + ("办公室", "领导", "部门")) or any(
        before.endswith(post) for post in _post_set() if len(post) >= 2
    ):
        return None
    # the body and at least one character of the department's own name before the 和
    return start if any(before[:k] in forms for k in range(len(before) - 1, 1, -1)) else None


#: The departments of a party committee a chain of posts writes bare after a rank on the committee
#: (市委常委、组织部部长, 区委常委、政法委书记, 县委常委、纪委书记).
_COMMITTEE_DEPARTMENTS = frozenset({"组织部", "宣传部", "统战部", "政法委", "社治委", "纪委", "政研室", "编办"})


#: A body's own councils and boards, written bare after a rank on the body (党组成员、理事会副主任).
_INNER_ORGANS = frozenset({"理事会", "常务理事会", "监事会", "董事会"})
#: The ranks on a body's party group or committee that such a council follows.
_RANKS_ON_A_BODY = ("党组成员", "党组书记", "党组副书记", "党委委员", "党委书记", "党委副书记")


def _first_item_body(text: str, seg_start: int, t0: int, posts: dict[int, tuple[int, str]]) -> str | None:
    """The body written before the post that ends the first item of a chain (福建省市场监管局 of
    福建省市场监管局党组成员、…), when it is a body."""
    first_end = text.find("、", seg_start, t0)
    held = posts.get(first_end) if first_end > 0 else None
    if held is None or held[0] <= seg_start:
        return None
    return _clean_org(text[seg_start : held[0]].strip(" "), held[1]) or None


def _leading_designation(
    text: str, seg_start: int, t0: int, posts: dict[int, tuple[int, str]]
) -> tuple[str, str] | None:
    """(organisation, post) of the first of several designations of one person, each with its
    own body (中共中央总书记、国家主席、中央军委主席习近平 → 中共中央, 总书记; 省委书记、省人大常委会主任
    王晓晖 → 省委, 书记): the post a report names first is the one it leads with. None when the
    first item is no designation of its own, or only a rank (中共中央政治局常委、国务院副总理韩正: the
    post that follows leads)."""
    first_end = text.find("、", seg_start, t0)
    while first_end == seg_start:  # a 、 left at the start
        seg_start += 1
        first_end = text.find("、", seg_start, t0)
    held = posts.get(first_end)
    if first_end >= 0 and held is not None and held[0] <= seg_start:
        # a place's party committee, written by its level in the post, leads the posts after it
        # (省委书记、省人大常委会主任王蒙徽 → 省委; 市委书记、市防指指挥长董卫民 → 市委)
        committee = next((c for c in P.LEVEL_PARTY_COMMITTEES if held[1].startswith(c)), None)
        # (not a deputy secretary: 市委副书记、市政府市长张国清 heads the government)
        if committee and held[1] == committee + "书记" and text[first_end + 1 : t0].strip("、 "):
            return committee, held[1][len(committee):]
    if first_end < 0 or held is None or held[0] <= seg_start or held[1] in P.RANK_POSTS:
        return None
    org = text[seg_start : held[0]].strip(" ")
    if org not in kb.org_forms():
        # what the stop words left before a known body (《求是》杂志发表中共中央…: 中共中央)
        # (only after a word that ends what stands before a body: 北京冬奥组委规划建设部 holds no
        # 建设部, 老挝人民革命党中央 no 中央)
        org = next((org[i:] for i in range(1, len(org) - 1)
                    if org[i:] in kb.org_forms() and (not _is_han(org[i - 1]) or org[:i].endswith(_WORDS_BEFORE_A_BODY))),
                   org)
    if held[1] == "书记" and org in ("中共中央书记处", "中央书记处"):
        # 中共中央书记处书记、中央纪委副书记刘金国, …书记处书记、中央统战部部长尤权: a seat on the
        # secretariat, as a seat on the Politburo; the post after it leads
        return None
    last = text[first_end + 1 : t0].replace(" ", "、").rsplit("、", 1)[-1]
    if not _clean_org(org, held[1]) and last and _clean_org(last, ""):
        # 春运工作专班副组长、交通运输部副部长徐成光: a first post in no body of its own (a task
        # force's) does not lead over the post after it that has one
        return None
    if held[1] in _DEPUTY_OF_BODY and text.startswith(_HEAD_OF_BODY, t0) and last and (
        kb.canonical_org(last) is not None and not last.endswith(P.OCCASION_BODY_ENDS + P.TASK_FORCE_ENDS)
    ):
        # 中组部副部长、人力资源和社会保障部部长尹蔚民, 全国政协副主席、科技部部长万钢: a deputy's
        # post first, then the head of another known body: the body he heads (not 国务院副总理、国务院
        # 安委会主任: a task force's chair; not 外交部副部长、全国政协委员: a seat)
        return None
    if org.endswith(P.OCCASION_BODY_ENDS) and text[first_end + 1 : t0].strip("、 "):
        # 活动组委会主任、国家安监总局局长骆琳, 珠江防总总指挥、广西壮族自治区主席蓝天立: an
        # occasion's committee or a standing headquarters first, the post after it in a body of
        # government is the one that says who they are
        return None
    return org, held[1]


#: Words that end what stands before a body's name in a designation read too long (《求是》杂志发表
#: 中共中央…, 致电或致函中共中央…, 记者从交通运输部…).
_WORDS_BEFORE_A_BODY = ("发表", "刊发", "刊载", "转载", "报道", "获悉", "致电", "致函", "致信", "致贺", "祝贺",
                        "在", "由", "对", "与", "和", "及", "同", "向", "从")

#: A deputy's posts in a ministry or an administration, and the heads' posts that lead over them
#: when written after them (中组部副部长、人力资源和社会保障部部长).
_DEPUTY_OF_BODY = frozenset({"副部长", "副局长", "副署长", "副主任", "副主席", "副委员长", "副秘书长"})
_HEAD_OF_BODY = ("部长", "局长", "署长", "司长", "主任", "主席", "党委书记", "党组书记")

#: What a post or a rank ends with (委员, 常委, 成员, 部长 …).
_POST_ENDS = tuple(P.POSTS)


#: Posts that also name a body's members (人大代表, 政协委员): before 与 or 和 they may open a body's
#: name (人大代表与政协委员联络室), not another person's post.
_MEMBERS_POSTS = ("代表", "委员", "常委", "专家", "顾问")

#: Adverbs that may stand before 与 (将与, 还与, 曾与): words of the sentence, not a body's name.
_ADVERBS_BEFORE_WITH = "将并还也又曾已正均都就"

#: Posts that name no body of their own, before a second post taken on 兼 (国务委员兼公安部部长).
_BODILESS_POSTS = frozenset({"国务委员", "政务委员", "委员", "常委", "党组成员", "党委委员"})

#: Headquarters and leading groups a state councillor heads for the State Council (国家防总总指挥,
#: 全国打击侵权假冒工作领导小组组长); not a delegation or a commission of its own (中央代表团副团长).
_STATE_COUNCIL_HEADQUARTERS = ("防总", "指挥部", "领导小组")

#: The posts of the State Council itself (a country's 总理 is its premier).
_STATE_COUNCIL_POSTS = frozenset({"总理", "副总理", "国务委员"})


#: Words of a heading or a passing-on that run into the body of the designation after them.
_HEADING_LEAD_WORDS = ("传达", "讲话", "致辞", "致词", "访")


@lru_cache(maxsize=8192)  # a pure function of the knowledge base and the gazetteer: designations recur
def _clean_org(org: str, title: str) -> str:
    """The organisation of a designation, or "" when what was read is not a whole one: leading
    应/兼/经/由 and a trailing 兼 dropped; a name that starts mid-word (限公司) or does not end
    in an organisation's suffix (国务委员) is rejected, unless it is a place (上海市委书记) or the
    country of a head of state or government (越南总理)."""
    if org in ("中国", "我国") and title in _STATE_COUNCIL_POSTS:
        return "国务院"  # 中国总理李克强: the country's premier heads its State Council
    if org in kb.org_forms():
        return org  # the common case: a known organisation as written
    forms = kb.org_forms()
    for i in range(2, len(org) - 1):
        # 台湾邮政代表团中华邮政股份有限公司董事长: a delegation named before the known body
        if org[:i].endswith(("团", "代表团")) and org[i:] in forms:
            return org[i:]
    cut = P.ORG_CUT.match(org)
    if cut:
        org = org[cut.end() :]
        if cut.group().endswith("我") and org.startswith("国") and org[1:] in kb.org_forms():
            return org[1:]  # (我国中央统战部副部长: 我国 is "our country", no part of the body)
    lead = P.ORG_LEAD_NOISE.match(org)
    if lead and kb.canonical_org(org) is None:  # (应急管理部安全协调司: 应 is no lead word there)
        org = org[lead.end() :]
    # a verb the stop words let through before a known body (今日刊载商务部部长…: 商务部)
    verb = P.ORG_LEAD_VERB.match(org)
    if verb and org[verb.end() :] in kb.org_forms():
        return org[verb.end() :]
    if org.startswith("以") and not org.startswith("以色") and (
            len(org) >= 5 and P.ORG_END.search(org) or P.PROVINCE.fullmatch(org[1:].removesuffix("省"))
            or org[1:] in place_names()):
        org = org[1:]  # (以农业部农技中心主任邓光联为组长, 以广东省副省长雷于蓝为团长)
    if org.startswith("从") and len(org) >= 5 and org[1] not in "化江" and P.ORG_END.search(org):
        org = org[1:]  # (记者从中国环境监测总站站长李国刚处获悉; not 从化区, 从江县)
    if (lead := next((w for w in _HEADING_LEAD_WORDS if org.startswith(w)), None)) and not org.startswith(
            ("访问", "访谈")) and len(org) >= 5 and P.ORG_END.search(org):
        # (传达市卫生健康局党委书记…讲话, 访辽宁体育代表团副团长孙永言: the verb of a heading or a
        # passing-on, before the body; …视频会议上的讲话应急管理部副部长黄玉治: a speech heading's
        # last word run into its byline)
        org = org[len(lead) :]
    for k in (2, 1):
        if org[:k] in P.ORG_LEAD_ADVERBS and org[k:] in kb.org_forms():
            return org[k:]
    former = org.find("前")
    if former >= 2 and org[:former] in country_names() and len(org) > former + 2 and org[former + 1] not in "进锋卫沿海":
        org = org[:former] + org[former + 1 :]  # (以色列前国防部长甘茨: Israel's defence ministry, a former post)
    if term := P.TERM_OF_STANDING_BODY.match(org):
        org = org[term.end() :]  # (四届深圳市政协主席王顺生: the body, whatever its term)
    elif org.startswith("届") and len(org) >= 4:
        org = org[1:]  # (第77届联合国大会主席克勒希: the digits of the session left out of the run read)
    org = org.rstrip("兼")
    for post in ("主席", "总书记", "书记", "总统", "总理"):
        if org.endswith(post) and len(org) >= len(post) + 3 and not title.endswith(post):
            # (爱国阵线主席兼第一书记、总统姆南加古瓦: the body, 爱国阵线; 土库曼斯坦副总理兼外长: the
            # country, not 土库曼斯坦副)
            org = org[: -len(post)].rstrip("副")
            break
    joint = org.rfind("兼")
    if joint > 0 and org[:joint] in _BODILESS_POSTS:
        tail = org[joint + 1 :]
        if tail in kb.org_forms() or kb.canonical_org(tail) is not None or P.ORG_END.search(tail):
            # 国务委员兼公安部部长: the second post's body, the first post naming none (not 省委常委兼
            # 宣传部部长, whose level the first holds, nor 新加坡国家发展部长兼财政部…, whose country)
            org = tail
    elif joint > 0 and (tail := org[joint + 1 :]) and kb.canonical_org(tail) is not None:
        # 国家发展改革委副主任兼国家统计局局长 (or …党组成员、副主任兼…): a deputy's post, at a known body
        # or bare, then the head's post at another: the body he heads; a deputy at both
        # (应急管理部副部长兼水利部副部长): the first body
        first = org[:joint]
        post = next((p for p in _POST_ENDS if first.endswith(p)), None)
        body = first[: -len(post)] if post else ""
        if body.endswith("副") and (body == "副" or kb.canonical_org(body[:-1]) is not None):
            if not title.startswith("副"):
                org = tail
            elif body != "副":
                org = body[:-1]
    inner = P.ORG_INNER_VERB.search(org, 1)
    if inner:
        tail = org[inner.end() :]
        if any(tail[:k] in kb.org_forms() for k in range(2, len(tail) + 1)):
            org = tail  # (中国政府决定推荐国家邮政局普遍服务司: 国家邮政局普遍服务司)
    # 北京与国家铁路集团董事长, 韩俊与国家铁路集团董事长, 在首都哥本哈根与格陵兰岛自治政府总理: a place,
    # a body or a person the post's body meets (与 stays inside names such as 中国国际经济与贸易仲裁
    # 委员会, so it is no stop word)
    joined = max(org.rfind("与"), org.rfind("跟"))
    if joined == 0 and len(org) >= 3 and (
        org[1:] in country_names() or org[1:] in _places() or org[1:] in kb.org_forms() or P.ORG_END.search(org)
    ):
        org = org[1:]  # (普京19日与美国总统特朗普通电话: 美国; 与伊朗内政部长莫梅尼: 伊朗内政部)
    elif joined > 0:
        head, tail = org[:joined], org[joined + 1 :]
        if len(tail) >= 2 and (tail in kb.org_forms() or P.ORG_END.search(tail)) and (
            head in _places() or head in country_names() or head in kb.org_forms() or head.startswith("首都")
            or P.PROVINCE.fullmatch(head) or len(head) <= 3 and _valid_name(head)
            or not head.strip(_ADVERBS_BEFORE_WITH)  # (林奇将与美国司法部长…: 将 is the meeting's tense)
        ):
            org = tail
    qualifier = P.ORG_TRAILING_QUALIFIER.search(org)
    if qualifier and org not in kb.org_forms():
        org = org[: qualifier.start()]  # 美国前总统: the body is 美国
    if org == "国家":  # 国家主席, 国家副主席: the state
        return "中华人民共和国"
    if len(org) == 1 and P.STATE_POST.search(title):
        return _COUNTRY_INITIALS.get(org, "")  # 美常务副国务卿: 美 is the United States
    if not org or org in kb.org_forms():
        return org
    if org[0] in P.ORG_BAD_START and not org.startswith(("经济", "经贸", "经信")) and kb.canonical_org(org) is None:
        return ""  # (应急管理部安全协调司 starts with a known body)
    seat = org.find("委常委", 1)
    if 0 < seat < len(org) - 3 and org[seat + 3] != "会":
        # 宜昌市委常委宣传部部长: the committee's department (宜昌市委宣传部; not 宜昌市委常委会办公室)
        org = org[: seat + 1] + org[seat + 3 :]
    if org.endswith(("市委", "县委", "区委", "州委", "旗委")) and title.startswith("常委") and P.GOVERNMENT_HEAD.fullmatch(title[2:]):
        return _without_province(org[:-1])  # 兴山县委常委副县长张健 read as 兴山县委 + 常委副县长: the county's
    if org.endswith("委常委") and len(org) > 4 and P.GOVERNMENT_HEAD.fullmatch(title):
        # 兴山县委常委副县长: a seat on the party committee before a post in the government, the
        # place's (not the committee's)
        return _without_province(org[:-3])
    if P.STATE_POST.search(title) and org not in country_names():
        # (the shortest country after such a word: 习近平致电祝贺马拉维共和国 holds 祝贺马拉维共和国 too)
        for k in range(len(org) - 2, 1, -1):
            rest = org[k:]
            if (rest in country_names() or len(rest) >= 4 and rest.endswith(("共和国", "王国"))) and (
                    P.BEFORE_COUNTRY.search(org, 0, k)):
                return rest  # (回应美国总统拜登: the United States; 在人民大会堂与马拉维共和国总统)
    if P.ORG_END.search(org) or org in _places():
        return _without_province(org)
    if P.LOCAL_LEVEL_POST.match(title):
        # 台南市长, 前台中市长 (the former mayor of 台中): one of Taiwan's cities and counties
        place = org[1:] if len(org) == 3 and org[0] in "前原" else org
        if place in P.TAIWAN_JURISDICTIONS:
            return place
    if org.endswith("国家") and org[:-2] in country_names():
        return org[:-2]  # 古巴国家主席: the state is 古巴
    if org in country_names() or P.STATE_POST.search(title) and P.COUNTRY_LIKE.fullmatch(org):
        return org
    # 商务部国际贸易谈判副代表: a known body and a post's field that is no body of its own (not a
    # post or rank of its own after the body: 中共中央政治局委员、外交部长 is no 中共中央's)
    if org.endswith(_POST_ENDS) or "兼" in org:  # (…副部长兼…: _designation reads the chain)
        return ""
    forms = kb.org_forms()
    return next((org[:k] for k in range(len(org) - 1, 1, -1) if org[:k] in forms), "")


@lru_cache(maxsize=1)
def _stops_inside_countries() -> dict[str, tuple[tuple[str, int], ...]]:
    """For each first character of a designation stop word that some country's name holds
    (阿尔及利亚's 及, 特立尼达和多巴哥's 和, 日本's 日): the (country, offset of the stop word in
    it) pairs."""
    table: dict[str, list[tuple[str, int]]] = {}
    for name in country_names():
        for m in P.DESIGNATION_STOP.finditer(name):
            table.setdefault(name[m.start()], []).append((name, m.start()))
    return {k: tuple(v) for k, v in table.items()}


def _inside_country(text: str, pos: int, lo: int, hi: int) -> bool:
    """Whether the stop word at ``pos`` lies inside a country's name written within [lo, hi)."""
    for name, off in _stops_inside_countries().get(text[pos], ()):
        s = pos - off
        if s >= lo and s + len(name) <= hi and text.startswith(name, s):
            return True
    return False


@lru_cache(maxsize=1)
def _cities_in_full() -> dict[str, str]:
    """City names as the places gazetteer writes them short and in full (十堰 → 十堰市)."""
    return {name: canonical for name, canonical, level in places.load_gazetteer() if level in ("city", "county_city")}


def _city_in_full(name: str) -> str:
    """The full name of a city written short (十堰 → 十堰市), else ``name`` as it is."""
    return _cities_in_full().get(name, name)


def _places() -> frozenset[str]:
    """Domestic place names and their short forms (上海, 山东), from the places gazetteer."""
    return place_names()


# Words that may precede an organisation's name without being part of it (中国国家邮政局).
_ORG_NOISE = ("中国", "我国", "中华人民共和国", "台湾当局", "台当局", "民进党当局", "台湾地区", "台湾")


def _departments_word(text: str, end: int) -> bool:
    """Whether the body's name ending at ``end`` is only the start of 部门 (环保部门, 商务部门):
    departments of any level, no ministry."""
    return text[end - 1 : end] == "部" and text[end : end + 1] == "门"


@lru_cache(maxsize=8192)  # a pure function of the knowledge base: the same few orgs recur
def _canonical(org: str | None, year: int | None) -> tuple[str | None, str | None]:
    """(org_id, organisation) for an organisation as written.

    The written form is kept (standard short names such as 国家发展改革委 included, a department
    suffix kept); informal contractions (国新办) are written out in full; a leading 中国 is dropped.
    """
    if not org:
        return None, None
    forms = kb.org_forms()
    for noise in ("", *_ORG_NOISE):
        if noise and not org.startswith(noise):
            continue
        begin = len(noise)
        for cut in range(len(org), begin + 1, -1):
            form = org[begin:cut]
            hit = forms.get(form)
            if hit is None or _departments_word(org, cut):
                continue
            found = kb.canonical_org(form, year) or hit
            head = hit[1] if form in kb.informal_forms() else form
            return found[0], head + org[cut:]
    return None, org


@lru_cache(maxsize=8192)  # a pure function of the knowledge base and its arguments
def _kb_post(name: str, title: str | None, year: int | None, named: frozenset[str]) -> kb.Post | None:
    """The knowledge-base post of ``name`` for a document of ``year`` whose text names the
    organisations ``named`` (org_ids), or ``None`` when nothing pins one.

    A knowledge-base name is often someone else's (王刚, 高峰 are common names): a post is taken
    only in its term; out of term, when the text names its organisation and the written title
    fits it; with no year, when the text names its organisation or the written title fits it.  A two-character name in term without a written
    title also needs its organisation named."""
    rows = kb.lookup(name)
    if not rows:
        return None
    at_named = [p for p in rows if kb.org_ids(p.org) & named]
    if year is not None:
        posts = [p for p in rows if p.holds_in(year)]
        if posts and len(name) < 3 and not title:
            # A common two-character name alone: a deputy or spokesperson (王刚, 高峰) only with
            # the organisation named; the head of a national body (王毅, 李强) is named alone.
            posts = [p for p in posts if p in at_named or p.post in _HEAD_POSTS]
        if not posts and title:
            posts = [p for p in at_named if kb.title_fits(title, p.post)][::-1]
    else:
        # No year: only when the rows the text confirms, by their organisation or else by the
        # written post (国家主席习近平), are all at one organisation (交通部 and 交通运输部 are one
        # across its reform).
        fits = [p for p in rows if title and kb.title_fits(title, p.post)]
        posts = next(
            (
                group[::-1]
                for group in (at_named, fits)
                if len({kb.canonical_org(p.org, 9999) for p in group}) == 1
            ),
            [],
        )
    if not posts:
        return None
    if title:
        for p in posts:
            if kb.title_fits(title, p.post):
                return p
    for want in _MAIN_POSTS:
        for p in posts:
            if p.post == want:
                return p
    return posts[0]


def _sentence(text: str, pos: int) -> tuple[int, str]:
    """(start, text) of the sentence around ``pos``: the evidence recorded for an attribution."""
    # look back a bounded window first: a stop that never occurs would make each rfind scan the
    # whole text before ``pos``
    s = -1
    lo = pos
    while s < 0 and lo > 0:
        hi, lo = lo, max(0, lo - _SENTENCE_WINDOW)
        # the commonest stop first: the other stops matter only after it (shorter searches)
        s = text.rfind("。", lo, hi)
        after = s + 1 if s >= 0 else lo
        s = max(
            s,
            text.rfind("!", after, hi),
            text.rfind("?", after, hi),
            text.rfind(";", after, hi),
            text.rfind("\n", after, hi),
        )
    s += 1
    m = P.SENTENCE_END.search(text, pos)
    e = m.end() if m else len(text)
    return s, text[s:e].strip()


@dataclass(slots=True)
class _Scan:
    """What the one automaton pass found, besides mentions."""

    pronouns: list[int] = field(default_factory=list)
    qi: list[int] = field(default_factory=list)  # 其 as a subject going on, within its sentence
    answer_at: int | None = None
    questions: list[tuple[int, int]] = field(default_factory=list)  # (start, end) of 问: lines
    press_host: bool = False  # the heading names a press conference's host (the answers are theirs)
    cues: list[tuple[int, int, int]] = field(default_factory=list)  # (start, end, kind bits)
    org_spans: list[tuple[int, int]] = field(default_factory=list)  # knowledge-base organisations
    posts: dict[int, tuple[int, str]] = field(default_factory=dict)  # post end → (start, post)
    post_spans: list[tuple[int, int]] | None = None  # sorted (start, end) of posts, when needed
    objects: list[bool] = field(default_factory=list)  # per mention: the one met or spoken to
    cited: list[bool] = field(default_factory=list)  # per mention: in a clause of guidance studied or carried out
    mention_ends: frozenset[int] = frozenset()  # where mentions end (a trailing title's end: 李强总理)


def _names_opening_statements(text: str, cues: list[tuple[int, int, int]]) -> set[str]:
    """Names that open a paragraph or sentence with a reporting verb and its comma (杨宇栋指出,
    蔡奇强调,): a report gives a name so only to someone it introduced, often in a title or a
    caption the page lost (_opening_name says which count). Read from the automaton's verb cues
    that a comma or colon follows (a regex over the whole text cost 10 µs a story)."""
    out: set[str] = set()
    for cs, ce, _kinds in cues:  # (verb cues with a comma or colon after them, two characters in)
        if text[cs:ce] not in P.OPENING_VERBS:
            continue
        for k in (2, 3):
            s = cs - k
            b = s - 1
            while b >= 0 and text[b] in " \u3000":
                b -= 1
            if s >= 0 and (b < 0 or text[b] in "\n。") and all(_is_han(c) for c in text[s:cs]):
                cand = text[s:cs]
                if _opening_name(text, cand):
                    out.add(cand)
                break
    return out


def _opening_name(text: str, cand: str) -> bool:
    """Whether ``cand``, opening its statement, is a plain Chinese name: a surname that is no
    everyday word, no word of two characters (车主, 司机, 黄河: their IDF is low; 洪森, 蔡奇 are
    names), a given name of two that is no word; not a place, body, country, firm, document, side,
    figure of history, activity (申诉中说), or the last part of a foreign name written in full."""
    if (
        cand[0] in P.AMBIGUOUS_SURNAMES
        or not _valid_name(cand)
        or cand in P.HISTORICAL_FIGURES  # 毛泽东说, quoted from history
        or cand in P.DOCUMENT_NOUNS  # 白皮书指出, 贺词说
        or cand in P.FIRMS  # 申通表示
        or cand in country_names()
        or cand in _places()
        or cand in kb.org_forms()
        or text.find("·" + cand) != -1  # 马内莱 of 杰里迈亚·马内莱, named in full before
    ):
        return False
    if len(cand) == 2:
        return cand[1] != "方" and _rare_pair(cand)  # (韩方表示; 车主说, 黄河说)
    return (
        cand[-1] not in P.NOT_NAME_ENDS  # 项目组介绍, 梁家河介绍
        and not (cand[-1] == "中" and cand[:2] in P.ACTIVITIES_BEFORE_ZHONG)  # 申诉中说
        and _rare_pair(cand[1:])
    )


def _collect(text: str, scan: _Scan) -> list[_Mention]:
    """Every anchored person mention in ``text``, sorted by position."""
    posts: dict[int, tuple[int, str]] = {}  # end → (start, post), the longest post ending there
    kb_hits: list[tuple[int, int, str]] = []
    org_spans: list[tuple[int, int]] = []
    turn_lines: list[int] = []
    verbs_comma: list[tuple[int, int, int]] = []  # verb cues with a comma or colon right after
    verbs_led: list[tuple[int, int]] = []  # verb cues right after a sentence end or a linking word
    n = len(text)
    matcher = _matcher()
    keys, flags = matcher.keys, matcher.flags
    for i, start, end in matcher.raw(text):
        kinds = flags[i]
        if kinds & _MARK:
            key = keys[i]
            if key in "他她":
                if start == 0 or text[start - 1] != "其":
                    scan.pronouns.append(start)
            elif key == "其":
                # (…署长倪岳峰在“部长通道”接受媒体采访,其现场介绍了…: 其 after a comma as the
                # subject going on, which PRONOUN_SPEECH reads only right before a reporting verb; not
                # 尤其, 及其, 与其; nor a document's or a body's 其: 印发了《方案》,其要求…, 发布声明,其表示…)
                if start > 0 and text[start - 1] == "," and not P.THING_BEFORE_QI.search(
                        text, max(0, start - 16), start):
                    scan.qi.append(start)
            else:
                ls = text.rfind("\n", 0, start) + 1
                if not turn_lines or turn_lines[-1] != ls:
                    turn_lines.append(ls)
            continue
        if kinds & (_VERB | _CHAIR | _ATTEND | _STUDY):
            scan.cues.append((start, end, kinds))
            if kinds & _VERB and start:
                # (candidates for a name opening its statement, and for a sentence without its subject)
                if end < n and text[end] in ",:" and start >= 3:
                    verbs_comma.append((start, end, kinds))
                if text[start - 1] in P.ZERO_SUBJECT_LEAD_LAST:
                    verbs_led.append((start, end))
        if kinds & _POST and text[max(0, start - 1) : end] not in P.NOT_POSTS and not (
                # (武警总队长期坚持: 长期; not 局长期间, 局长期望…)
                text.startswith("期", end) and text[end + 1 : end + 2] not in "间望待盼许"):
            posts[end] = (start, keys[i])
        if kinds & _KB:
            kb_hits.append((start, end, keys[i]))
        if kinds & _ORG and not _departments_word(text, end):
            org_spans.append((start, end))
            if text[end - 1] in _HEAD_SUFFIXES and text[end : end + 1] == "长":
                # 交通部长, 公安局长: the head of the organisation just named, written short. The
                # automaton took 部 into 交通部, so the post 部长 is read from here.
                posts[end + 1] = (end - 1, text[end - 1 : end + 1])
    opening = _names_opening_statements(text, verbs_comma) if verbs_comma else set()
    # A sentence that opens with its reporting verb (……给予肯定。\n表示将深入快递企业开展调研) goes
    # on with the subject before it: resolved as 他/她 are, below.
    zero = [cs for cs, ce in verbs_led
            if text[cs:ce] in P.ZERO_SUBJECT_VERBS and P.ZERO_SUBJECT_LEAD.search(text, max(0, cs - 6), cs)]
    if zero:
        scan.pronouns = sorted(scan.pronouns + zero)
    if (not posts and not kb_hits and not turn_lines and not opening and text.find("上的", 0, 400) == -1
            and text.find("同志") == -1):
        # nothing anchors a person (no title, known name, transcript turn, speech heading or a name
        # with 同志: 许其亮同志说)
        return []
    org_ends = {e for _, e in org_spans}
    scan.org_spans = org_spans
    scan.posts = posts
    known: set[str] = set()
    mentions: list[_Mention] = []
    taken: set[int] = set()  # name starts already read

    def add(name: str, start: int, name_start: int, end: int, method: str, title=None, org=None) -> None:
        if name_start in taken:
            return
        if org and org not in kb.org_forms():
            # 集团公司 after 中国邮政集团公司 earlier in the text: the full name it abbreviates.
            org = next((text[s:e] for s, e in org_spans if e - s > len(org) and text[s:e].endswith(org)), org)
        taken.add(name_start)
        known.add(name)
        mentions.append(_Mention(name, start, name_start, end, method, title, org))

    # A title followed by a name (交通运输部部长李小鹏), and 、-separated names sharing it.
    last_end = 0
    # the names read in transliteration with a foreign body, and where the last of them ends
    foreign_names: set[str] = set()
    foreign_end: int | None = None
    for end in sorted(posts):
        pstart, post = posts[end]
        if post == "主委" and pstart and text[pstart - 1] in _OWNER_WORDS_BEFORE:
            continue  # (业主委屈地说: an owner, no committee's chair)
        ns = end
        while ns < len(text) and ns - end < 2 and text[ns] in " \t":
            ns += 1
        if ns == end and end < 400 and P.BYLINE_AFTER_POST.match(text, ns):
            ns += 1  # a byline: the post on its line, the name alone on the next (国务院总理 / 李克强)
        name = None
        if post in P.FOREIGN_NAME_POSTS and (text[ns : ns + 2] in P.JAPANESE_SURNAMES
                                             or text[ns : ns + 3] in P.JAPANESE_SURNAMES):
            name = _japanese_name_after(text, ns, known)
            if name and not _japanese(text, _designation(text, end, posts, org_spans, last_end)):
                name = None
        name = name or _name_after(text, ns, known)
        foreign, foreign_body = False, None  # a name read in transliteration, and its foreign body
        if not name and (post in P.FOREIGN_NAME_POSTS or post.endswith("部长")) and (
                text[ns : ns + 1] in P.TRANSLITERATION_CHARS):
            name = _transliterated_after(text, ns)
            if name:
                dstart, title, org = _designation(text, end, posts, org_spans, last_end)
                foreign_body = _foreign_body(_written_body(text, dstart, end, title or post), org)
                # a foreign body, a post no Chinese body has (会见总统萨勒), the same person again
                # (与国家杜马主席沃洛金) or the next in a list (…沃洛金、联邦委员会主席马特维延科, 会见总统
                # 班达里、总理德乌帕); not 秘书长李明 (read above) nor 总干事兼… (no name)
                foreign = (foreign_body is not None or post in P.POSTS_ABROAD
                           or name in foreign_names
                           or foreign_end is not None and text[foreign_end : foreign_end + 1] == "、"
                           and dstart - foreign_end in (0, 1))
                if not foreign and not (org and org not in kb.org_forms()
                                        and any(org[:k] in _places() for k in (2, 3, 4))):
                    # (a name of a minority's official under a Chinese place's body, 内蒙古自治区政府副主席
                    # 乌兰, is read too, as no foreign one)
                    name = None
        if name:
            dstart, title, org = _designation(text, end, posts, org_spans, last_end)
            if foreign:
                # the designation's foreign body, cut clean (伊朗谴责美国总统特朗普: 美国, where the
                # designation starts); never a Chinese body the knowledge base holds (巴西…司法部长莱万多夫斯基)
                # nor words that are none (…特别代表、副首相谢索帕拉)
                org = foreign_body
                if org and (at := text.find(org, dstart, end)) > dstart:
                    dstart = at
            elif not org and "·" in name:
                # (委内瑞拉代总统德尔西·罗德里格斯: a dotted name read above, its country the body)
                org = _foreign_body(_written_body(text, dstart, end, title or post), None)
            if not org and foreign:
                t0 = end - len(title or post)
                initial, before = text[t0 - 1 : t0], text[t0 - 2 : t0 - 1]
                if initial in _COUNTRY_INITIALS and t0 >= 1 and (
                        before in _BEFORE_INITIAL or not (before.isdigit() or _is_han(before))):
                    # (与俄总统普京, ,美总统特朗普; not 18日总统, 当日总统, 穆罕默德代表国王: the end of a word)
                    foreign_body = _COUNTRY_INITIALS[initial]
                else:
                    # (非盟轮值主席科摩罗总统阿扎利: the country that ends the designation; …对塞内加尔
                    # 进行正式友好访问,在达喀尔会见总统萨勒: the one the sentence names)
                    k = _country_ending(text, t0, dstart)
                    foreign_body = text[t0 - k : t0] if k else _countries_named(
                        text, max(text.rfind(c, 0, dstart) for c in "。!?;\n") + 1, dstart)
                org = foreign_body
            if foreign or name in foreign_names:
                foreign_end = ns + len(name)
                foreign_names.add(name)
            add(name, dstart, ns, ns + len(name), "title_pattern", title or post, org)
            pos = ns + len(name)
            last_end = pos
            while pos < len(text) and text[pos] == "、":
                nxt = _name_after(text, pos + 1, known)
                if not nxt or (name in foreign_names or org in country_names()) and _country_at(text, pos + 1):
                    # (巴哈马总督史密斯、安提瓜和巴布达总督威廉斯: the next designation's country; not
                    # 县委常委李明、韩国华、张伟, names of a Chinese list)
                    break
                add(nxt, dstart, pos + 1, pos + 1 + len(nxt), "title_pattern", title or post, org)
                pos += 1 + len(nxt)
                last_end = pos
            continue
        if post in P.NAME_POST_POSTS:
            name = _name_before(text, pstart, known, org_ends)
        elif post in P.NAME_POST_POSTS_KNOWN:
            name = _name_before(text, pstart, known, org_ends, known_only=True)
            if not name and P.GOVERNMENT_HEAD.fullmatch(post):
                # 区政府王江涛副区长: a government written before the name vouches for it
                cand = _name_before(text, pstart, known, org_ends)
                name = cand if cand and text.endswith(_GOVERNMENTS, 0, pstart - len(cand)) else None
        else:
            name = None
        if not name and post in _HEAD_POST_BODY_ENDS:
            # 福州市档案馆刘若清副馆长: a name right after a place's body that the post heads
            # (not a word or a place before the post: 荣誉馆长, 代理局长, 宁波馆长)
            name = next((cand for k in (3, 2) if len(cand := text[pstart - k : pstart]) == k and pstart >= k
                         and _valid_name(cand) and cand[0] not in P.AMBIGUOUS_SURNAMES
                         and _rare_pair(cand[:2]) and cand not in _places() and cand[:2] not in _places()
                         and _place_body_before_name(text, pstart - k, post)), None)
        if name:
            ns = pstart - len(name)
            org = next((text[s:e] for s, e in org_spans if e == ns), None) if ns in org_ends else None
            org = org or _body_before_name(text, ns, org_spans)
            placed = _place_body_before_name(text, ns, post)
            if placed and (not org or len(placed) > len(org) and placed.endswith(org)):
                org = placed  # (淮南市文化和旅游局程昊局长: the place before a body read from 和 on)
            dstart = ns - len(org) if org else ns
            add(name, dstart, ns, end, "title_pattern", post, org)
            last_end = end
            continue
        s = pstart - 1
        if post in P.STYLED_NAME_POSTS and s >= 0 and text[s] in P.SURNAMES and s not in taken:
            # 李总统登辉先生: the surname before the post, the given name after it
            styled = P.STYLED_NAME_TAIL.match(text, end)
            given = styled.group(1) if styled else ""
            if given and (len(given) == 2 or given not in P.SURNAMES) and _valid_name(text[s] + given):
                add(text[s] + given, s, s, styled.end(), "title_pattern", post, None)
                mentions[-1].written = 1
                last_end = styled.end()
                continue
        # 马局长: a surname and a leading post, resolved against the document's people later.
        ref = post in P.LEADER_POSTS and s >= 0 and text[s] in P.SURNAMES and s not in taken
        if ref and _opens_name(text, s, set()):
            # An organisation written before it that the knowledge base does not know (县水利局的
            # 刘局长) rules out completing the name from the knowledge base: org "" marks it.
            b = s - 1 if text[s - 1 : s] == "的" else s
            lead = None if b in org_ends or b == 0 or not _is_han(text[b - 1]) else ""
            if lead == "" and not P.ORG_END.search(text[max(0, b - 2) : b]):
                lead = None
            mentions.append(_Mention(text[s], s, s, end, "surname_title", post, lead, surname_post=post))
            taken.add(s)

    # Knowledge-base names written without a title.
    for start, end, name in kb_hits:
        if start in taken:
            continue
        if not (_opens_name(text, start, org_ends) or start in posts):
            continue
        if len(name) < 3 and (_follow(text, end) < 0 or (
            _provincial_only(name) and not any(m.name == name for m in mentions)
            and not any(post.org[:2] in text for post in kb.lookup(name))
        )):
            # (a two-character name of a province's leader alone — 张工介绍, 王宁说 — only on a page
            # that gives it a post or names the province: a worker or a resident may bear it)
            continue
        org_before = (
            next((text[s:e] for s, e in org_spans if e == start), None) if start in org_ends else None
        )
        add(name, start - len(org_before or ""), start, end, "kb", None, org_before)

    # Q&A transcript turns (耿爽:…, 【高峰】…, [铁道部副部长 王志国]…).  A name that is neither
    # anchored elsewhere nor in the knowledge base needs two turns (a one-off "罗某:标题" line is a
    # headline of a list, not a transcript).
    turns: list[tuple[str, int, int, str | None]] = []
    for ls in turn_lines:
        if (rl := P.REPORTER_LINE.match(text, ls)) and not P.TELLS_REPORTER.search(text, ls, rl.end()):
            le = text.find("\n", ls)
            scan.questions.append((ls, le if le >= 0 else len(text)))
            continue
        m = P.QA_LINE.match(text, ls)
        if m:
            turns.append((m.group("name"), m.start("name"), m.end("name"), None))
            continue
        m = P.BRACKET_TURN.match(text, ls) or P.DESIGNATED_TURN.match(text, ls)
        if m is None:
            le = text.find("\n", ls)
            le = le if le >= 0 else len(text)
            if text.find("[", ls, le) >= 0 or text.find("【", ls, le) >= 0:
                m = P.INLINE_BRACKET_TURN.search(text, ls, le)
                if m and not m.group("desig").strip().endswith(_POST_ENDS):
                    m = None  # (…安全生产。【新华社 王芳】: a credit, not a turn; a turn names a post)
        if m and P.CREDIT_DESIGNATION.search(m.group("desig")):
            continue  # (新华社记者 王小明: a question; 【责任编辑 王芳】: the page's credits)
        if m:
            turns.append((m.group("name"), m.start("name"), m.end("name"), m.group("desig").strip() or None))
            continue
        if scan.answer_at is None and P.ANSWER_LINE.match(text, ls):
            scan.answer_at = ls
        elif P.QUESTION_LINE.match(text, ls):
            le = text.find("\n", ls)
            scan.questions.append((ls, le if le >= 0 else len(text)))
    counts: dict[str, int] = {}
    for name, *_ in turns:
        counts[name] = counts.get(name, 0) + 1
    # Turns by two people or more, one of them taking several or labelled with a post, make a
    # transcript: there a name may take a single turn (the host who opens, 寿小丽:女士们、先生们…).
    # Single turns of several names alone are a list of headlines (李家超:香港特区政府冀…).
    # (or a text announcing its transcript: 新闻发布会图文实录如下, …并答记者问)
    people = [n for n in counts if n not in P.QA_STOPWORDS and _valid_name(n) and not _place_named(n)]
    transcript = len(people) >= 2 and (
        max(counts[n] for n in people) >= 2
        or any(desig for name, *_, desig in turns if name in people)
        or P.TRANSCRIPT_CUE.search(text, 0, _TRANSCRIPT_CUE_REACH) is not None
    )
    for name, ns, ne, desig in turns:
        if name in P.QA_STOPWORDS or _place_named(name):
            continue  # (【江苏】沈毅…陪同…调研: a section's place, not a speaker's turn)
        closing = next((mm for mm in mentions if mm.end == ne and mm.name_start >= ns - 30), None)
        line_end = text.find("\n", ne)
        said = text[ne : line_end if line_end >= 0 else len(text)].strip(" \t】]::")  # noqa: B005 - a set of marks
        labelled = said or text[ne : ne + 3].lstrip(" \t】]").startswith(":") or transcript
        if closing is not None and ns not in taken and labelled:
            # [国土资源部耕地保护司副司长刘明松] 划定的目的…: the designation runs on into the name, which
            # the title before it already read; the turn is that person's
            closing.speech = True
            closing.evidence_at = closing.name_start
            continue
        if not (name in known or name in _kb_names()):
            if not _valid_name(name) or len(name) > (4 if name[:2] in _TWO_SURNAMES else 3):
                continue
            if counts[name] < 2 and not desig and not transcript:
                continue
        elif not transcript and not desig and P.RELATED_LINKS.search(text, max(0, ns - 80), ns):
            continue  # (相关新闻\n李家超:香港特区政府冀优化政策: a known name in a list of links, no turn)
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
                title, org = desig[chain.start() :].strip(), desig[: chain.start()].strip() or None
            elif desig[-1] in _BODY_END_CHARS or desig in kb.org_forms():
                org = desig  # 国务院新闻办新闻局 寿小丽: the body alone
        add(name, ns, ns, ne, "qa_transcript", title, org)
        mentions[-1].speech = True
        mentions[-1].evidence_at = ns

    # Names that open a statement of their own (杨宇栋指出,……) anchor themselves, as a title would.
    known.update(opening)
    # Later plain mentions of names already anchored once (李小鹏指出 after 部长李小鹏).
    for name in sorted(known, key=lambda n: (-len(n), n)):  # longer names first: 刘伟平 before 刘伟
        i = text.find(name)
        while i != -1:
            if (
                i not in taken  # most later occurrences were read already: test that first
                and text[i - 1 : i] != "·"  # (德尔西·罗德里格斯: another's last part, not 罗德里格斯)
                and (len(name) >= 3 or _follow(text, i + len(name)) >= 0)
                and (_opens_name(text, i, org_ends) or i in posts)
            ):
                if i in posts and name in opening:
                    # a name that opened its statement, written here right after its post (越南总理
                    # 范明政…。范明政表示,): the post and body are read from here
                    floor = max((mm.end for mm in mentions if mm.end <= i), default=0)
                    dstart, title, org = _designation(text, i, posts, org_spans, floor)
                    add(name, dstart, i, i + len(name), "title_pattern", title, org)
                else:
                    add(name, i, i, i + len(name), "name")
            i = text.find(name, i + len(name))
    # The last part of a foreign name written in full before (比沙尔·侯赛因 … 侯赛因表示): the same
    # person, where it opens a statement of its own or stands before 一行 (not read as a name of its
    # own: _opening_name passes over it)
    for name in [n for n in known if "·" in n]:
        last = name.rsplit("·", 1)[1]
        if len(last) < 2:
            continue
        for i in _subject_positions(text, last):
            if i not in taken and text[i - 1 : i] != "·":
                add(name, i, i, i + len(last), "name")
                mentions[-1].written = len(last)
    # A given name with 同志, as local reports refer back to a leader named in full before
    # (县委常委、组织部部长邓小兰…。小兰同志强调,…): the same person, where it opens a clause and
    # no other person of the text has that given name.
    if "同志" in text:
        given_of = {}
        for name in known:
            if len(name) == 3 and "·" not in name and name[0] in P.SURNAMES:
                given_of.setdefault(name[1:], []).append(name)
        for given, names in given_of.items():
            if len(names) != 1:
                continue
            i = text.find(given + "同志")
            while i != -1:
                if i not in taken and (i == 0 or text[i - 1] in "\n。,;!?”:、 "):
                    add(names[0], i, i, i + len(given), "name")
                    mentions[-1].written = len(given)
                i = text.find(given + "同志", i + 1)
        # A full name with 同志 opening a clause and its statement (许其亮同志说, 张又侠同志说): how
        # party and army reports name a member without a post; 同志 makes it a person (与会同志,
        # 全体同志 are no names: _valid_name refuses them)
        i = text.find("同志")
        while i != -1:
            if any(text.startswith(v, i + 2) for v in P.OPENING_VERBS):
                for k in (3, 2):
                    s = i - k
                    if s < 0:
                        continue
                    cand = text[s:i]
                    if k == 3 and cand[0] in _PREPOSITIONS_BEFORE_NAME and (
                            _valid_name(cand[1:]) or cand[1:] in ("全体", "各位", "广大", "有关", "相关")):
                        continue  # (向李伟同志表示感谢, 向全体同志: a preposition; 向德平同志说 is a name)
                    if s not in taken and (s == 0 or text[s - 1] in "\n。,;!?”: ") and (
                        _valid_name(cand) or k == 3 and cand[1] in _NAME_MIDDLE_ONLY and _valid_name(cand[::2])
                    ):
                        add(cand, s, s, i, "name")
                        break
            i = text.find("同志", i + 2)
    # A speech text's heading names its speaker (在……上的讲话(2020年9月8日)习近平 …).
    # (SPEECH_HEADING needs 上的 inside the window: a str.find spares the regex on most texts.)
    head = None
    if text.find("上的", 0, 400) != -1 or text.find("——", 0, 400) != -1:
        head = P.SPEECH_HEADING.search(text, 0, min(len(text), 400))
    headed = False
    if head:
        before = next((m for m in mentions if m.end == head.start()), None)
        if before is None and text.endswith("同志", 0, head.start()):
            # 康义同志在…会议上的讲话: a heading that names its speaker with 同志, known from the
            # byline under it (国家统计局党组书记、局长 康义)
            ls = text.rfind("\n", 0, head.start()) + 1
            cand = text[ls : head.start() - 2].strip()
            if cand in known and text.startswith(cand, ls):
                add(cand, ls, ls, ls + len(cand), "speech_heading")
                before = mentions[-1]
                before.end = head.start()  # (the designation read runs to the heading, 同志 with it)
        if before is not None and P.HEADING_START.search(text, max(0, before.start - _HEADING_REACH), before.start):
            before.speech, before.heading, before.evidence_at = True, True, before.name_start
            headed = True
        elif P.HEADING_START.search(text, max(0, head.start() - _HEADING_REACH), head.start()):
            pos = P.AFTER_HEADING.match(text, head.end()).end()
            after = next(
                (
                    m
                    for m in mentions
                    # the gap up to the designation (a byline's post may end its own line)
                    if pos <= m.name_start <= pos + 20 and pos <= m.start
                    and not P.GAP_STOP.search(text, pos, m.start)
                ),
                None,
            )
            if after is None:
                name = _name_after(text, pos, known)
                if name:
                    add(name, pos, pos, pos + len(name), "speech_heading")
                    after = mentions[-1]
            if after is not None:
                after.speech, after.heading, after.evidence_at = True, True, after.name_start
                headed = True
    # (a 上的讲话 that heads nothing, 习近平总书记在全会上的重要讲话 inside the speech, leaves its byline)
    if not headed and P.SPEECH_SALUTATION.search(text, 0, _SIGNED_REACH + 400) is not None:
        _signed_speech(text, mentions, known, add)
    mentions.sort(key=lambda m: m.name_start)
    return mentions


#: How far from the top a speech's byline stands (its headline, and a page's junk above it).
_SIGNED_REACH = 600


def _signed_speech(text: str, mentions: list[_Mention], known: set[str], add) -> None:
    """A speech printed under its title with its speaker's byline and no 在……上的讲话 heading
    (推进义务教育均衡发展…\n河南省人民政府副省长 徐济超\n…同志们:): the one line of a designation and a
    name alone near the top, the speech's salutation (同志们, 各位来宾, 女士们、先生们) following it. Several such lines are
    a list of those present, no byline."""
    lines = [m for m in P.BYLINE_LINE.finditer(text, 0, _SIGNED_REACH)
             if m.group("desig").endswith(_POST_ENDS) and _valid_name(m.group("name"))]
    if len(lines) != 1 or P.SPEECH_SALUTATION.search(text, lines[0].end(), lines[0].end() + 400) is None:
        return
    line = lines[0]
    ns = line.start("name")
    byline = next((m for m in mentions if m.name_start == ns), None)
    if byline is None:
        n = len(mentions)
        add(line.group("name"), line.start("desig"), ns, line.end("name"), "speech_heading")
        if len(mentions) == n:
            return
        byline = mentions[-1]
    byline.speech, byline.heading, byline.evidence_at = True, True, ns


#: What one's hopes for a matter are called when someone relays them (对…的殷切期盼和嘱托): no
#: clause of the one named doing something.
_HOPES = ("期盼", "嘱托", "期望")


def _gap_ok(text: str, a: int, b: int) -> bool:
    """Whether a mention ending at ``a`` can be the subject of a verb starting at ``b``."""
    gap = text[a:b]
    if P.GAP_STOP.search(gap):
        return False
    m = P.HONORIFIC.match(gap)
    if m:
        gap = gap[m.end() :]
    if gap.startswith("的") and (P.OTHER_SPEAKER_AFTER.match(gap, 1) or P.SPEECH_AS_NOUN.match(text, b)):
        # 穆加贝先生的家属表示: the family speaks; 莫迪总理的积极表态: a statement named, not reported
        # (习近平的新年贺词指出: his words)
        return False
    head, comma, tail = gap.partition(",")
    if not comma:
        # a longer clause only when it sets the occasion (出席“……”典礼时表示, 在……会上指出)
        return len(gap) <= 40 or (len(gap) <= 70 and P.LOCATIVE_END.search(gap) is not None)
    if "," in tail:
        # 听取了汇报,对市局工作给予肯定,要求…: a clause of praise between two steps of one subject;
        # 主持召开会议,听取…汇报,强调…: a clause of what the subject took in
        mid, _, tail = tail.partition(",")
        return (
            "," not in tail and len(head) <= 60
            and (P.APPRAISAL_CLAUSE.fullmatch(mid) is not None or P.STEP_CLAUSE.fullmatch(mid) is not None
                 or P.GREETING_CLAUSE.fullmatch(mid) is not None and P.GREETING_CLAUSE.fullmatch(head) is not None
                 # (亲切会见受表彰代表,向他们表示热烈祝贺,勉励他们…: those met, greeted, then exhorted)
                 or P.WISHES_CLAUSE.fullmatch(mid) is not None and P.MET_CLAUSE.fullmatch(head) is not None)
            and P.ADVERBS_ONLY.fullmatch(tail) is not None
        )
    # 在……会上, 强调  |  听取了汇报, 要求 (the comma opens the next clause of the same subject)
    return (
        # 全国人大代表陈军,在回答有关问题时表示; 主持会议,在讲话中强调: the occasion of the verb
        # after the comma, in place of an adverb
        len(head) <= 60 and tail.lstrip().startswith("在") and len(tail) <= 40
        and P.LOCATIVE_END.search(tail) is not None and not P.PASSIVE_MARK.search(head)
    ) or (
        len(head) <= 40 and bool(P.LOCATIVE_END.search(head)) and P.ADVERBS_ONLY.fullmatch(tail) is not None
    ) or (len(head) <= 60 and P.ADVERBS_ONLY.fullmatch(tail) is not None) or (
        # ……一行察看了展位,详细了解参展的情况后指出: the subject's next step, then the verb
        len(head) <= 60 and len(tail) <= 30 and P.STEP_THEN.fullmatch(tail) is not None
    ) or (
        # ……参加座谈,并就……工作提出具体要求: (a step of the subject's own before the comma, not the
        # one met right before it: 约谈了副市长李四,并就整改提出要求 are the team's demands; nor one
        # whose hopes are relayed: 转述了马军胜局长对…的期盼,并就…提出建议)
        2 <= len(head) <= 60 and not head.endswith(_HOPES) and P.ON_MATTER_THEN.fullmatch(tail) is not None
    ) or (
        # ……就贯彻落实……讲话精神,全力做好……工作提出要求: the matter in two clauses
        head.startswith("就") and len(head) <= 40 and not any(v in head for v in ("提出", "作出", "做出"))
        and P.ON_MATTER_REST.fullmatch(tail) is not None
    )


def _classify(text: str, mentions: list[_Mention], scan: _Scan) -> None:
    """Set speech / chair / attend / studied flags on every mention from the cues after it."""
    if not mentions:
        return
    starts = [m.name_start for m in mentions]
    cues = scan.cues
    cue_starts = [c[0] for c in cues]
    # Reporting verbs followed by a comma or colon (会议指出,……), not after 据: whatever follows
    # them in the sentence is someone's statement.  Matches do not overlap, so their ends are
    # sorted like their starts and the first one in a sentence has the smallest end.
    n = len(text)
    mention_ends = frozenset(mm.end for mm in mentions)
    scan.mention_ends = mention_ends
    opened = [
        (cs, ce)
        for cs, ce, kinds in cues
        if kinds & _VERB and ce < n and text[ce] in ",:" and (cs == 0 or text[cs - 1] != "据")
        and not P.VERB_AS_NOUN_BEFORE.search(text, max(0, cs - 12), cs)  # 给予专家组高度评价,: a noun
        and P.NARRATIVE_GOES_ON.match(text, ce + 1) is None  # 并致词,随后……: the story goes on
        # (作重要讲话,孙振伟指出…: a verb that only names the speech, closed by its comma, opens no
        # statement for the names after it; 讲话,强调… and 讲话:… still open the speaker's words)
        and not (text[ce] == "," and text.endswith(_SPEECH_ACT_ENDS, cs, ce) and P.SPEECH_ACT_CLOSED.match(text, ce))
        and not _demands_carried_out(text, cs, mention_ends)
        # (伊朗总统府…发表声明称,伊朗总统佩泽希齐扬当天…表示: a body's release or a report relays
        # what its officials said, each with a verb of their own)
        and not (text.startswith("称", cs) and text.endswith(_RELEASES, max(0, cs - 3), cs))
    ]
    opened_starts = [cs for cs, _ in opened]
    # The ones met or spoken to (对, 向, 会见, 陪同 …: OBJECT_BEFORE), and those listed with them
    # (会见了局长王建国和副局长李卫东一行)
    objects = [False] * len(mentions)
    for k, mm in enumerate(mentions):
        objects[k] = _object_of_preposition(text, mm) or (
            k > 0 and objects[k - 1] and text[mentions[k - 1].end : mm.start].strip() in P.LIST_JOINERS
        ) or (
            # …1月31日与埃及总统塞西通电话时表示: the one called (与 or 分别与 opens the designation read)
            k > 0 and _called_with(text, mm.start) and (called := P.CALLED_AFTER.match(text, mm.end)) is not None
            and P.JOINT_AFTER.match(text, called.end()) is None  # (…通电话一致强调, 会谈后共同表示: both speak)
        ) or _report_heard_from(text, mm)
    scan.objects = objects
    # Mentions right after a studying verb (学习领会习近平…, 贯彻…): guidance, no subject of a verb
    cited = [P.STUDIED_BEFORE.search(text, max(0, mm.start - 14), mm.start) is not None for mm in mentions]
    # … and those further on in a clause of orders carried out, whose demands follow them
    # (传达…精神和李强总理批示要求; the cheap test first)
    scan.cited = [c or (text.startswith(_ORDERS_AFTER, mm.end)
                        and P.ORDERS_CARRIED_OUT_BEFORE.search(text, max(0, mm.start - 40), mm.start) is not None)
                  for c, mm in zip(cited, mentions)]
    for idx, m in enumerate(mentions):
        # the next mention that may be a subject: 李精虎对郭中发一行到来表示欢迎 — the one met or
        # spoken to (对, 向, 在同…时 …: OBJECT_BEFORE) takes no verb from the subject before it
        # (not 同 alone, which also joins two subjects: 习近平同意大利总统马塔雷拉分别向…致贺信)
        # (nor does one whose guidance the subject studies: 刘国中围绕深入学习领会习近平总书记…的重要
        # 讲话…进行系统阐释,强调…)
        j = idx + 1
        met_between = False  # (objects passed over on the way to the next subject)
        while (j < len(mentions) and j - idx <= _OBJECTS_SKIPPED
               and (objects[j] or scan.cited[j])
               and not P.GAP_STOP.search(text, mentions[j - 1].end if j > idx + 1 else m.end, mentions[j].start)):
            met_between = met_between or objects[j]
            j += 1
        nxt = starts[j] if j < len(starts) else len(text)
        study_limit = starts[idx + 1] if idx + 1 < len(starts) else len(text)
        studied_before = cited[idx]
        if studied_before:
            m.studied = True
        # Inside someone else's statement: a reporting verb then a comma earlier in the sentence
        # (会议指出,……) — read from the verb cues, not by scanning the sentence again.
        lo = max(0, m.start - 120)
        # the commonest stop first: the other stops matter only after it (shorter searches)
        stop = text.rfind("。", lo, m.start)
        after = stop + 1 if stop >= 0 else lo
        sent = max(stop, text.rfind("\n", after, m.start), text.rfind("?", after, m.start), lo - 1) + 1
        j = bisect.bisect_left(opened_starts, sent)
        m.embedded = j < len(opened) and opened[j][1] < m.start or _relayed_by_speaker(text, mentions, idx, opened_starts)
        if scan.questions and _in_question(scan.questions, m.name_start):
            # 问:据报道,某某表示…: a statement the reporter's question cites, not one of the event
            m.asked = True
        blocked = (
            m.speech
            or m.embedded
            or m.asked
            or objects[idx]
        )
        if not blocked and P.COLON_AFTER.match(text, m.end) and not (
                m.method == "kb" and P.RELATED_LINKS.search(text, max(0, m.start - 80), m.start)):
            # (not a known name heading a link in a list of other stories: 相关新闻\n李家超:香港…)
            m.speech, m.evidence_at = True, m.name_start
            blocked = True
        limit = min(nxt, m.end + 70)
        seen_chair = seen_attend = seen_study = False
        for ci in range(bisect.bisect_left(cue_starts, m.end), len(cues)):
            cs, ce, kinds = cues[ci]
            if cs >= limit:
                break
            if not _gap_ok(text, m.end, cs):
                if P.GAP_STOP.search(text, m.end, cs):
                    break
                continue
            if met_between and "," in text[m.end : cs] and not P.ADVERBS_ONLY.fullmatch(text[m.end : cs].rpartition(",")[2]) and not (
                    # (马克龙请韩正转达对习近平主席的良好祝愿,表示: the one asked to pass greetings on
                    # is met inside the guest's own clause)
                    P.ASKED_TO_PASS_ON.match(text, m.end) and "," not in text[m.end : cs].rpartition(",")[0]):
                # past the ones met and on into another step (会见了…王建国和…李卫东一行,详细了解了
                # …后表示): whose step it is the report does not say (范明政转达…对习近平…的问候,表示
                # is still his)
                break
            # (inside someone's statement no act is the named one's: 韩正表示,…习近平主席同…会谈)
            if kinds & _CHAIR and not seen_chair and not m.embedded and (cs - m.end <= 10 or cs - m.end <= 22 and "," not in text[m.end : cs]):
                m.chair = seen_chair = True
            if kinds & _ATTEND and not seen_attend and not m.embedded and cs - m.end <= 22 and "," not in text[m.end : cs]:
                m.attend = seen_attend = True
            if (
                kinds & _STUDY
                and not P.LEADS_STUDY.match(text, m.end)  # 站长崔花带领大家学习了…的重要讲话: she leads it
                # (传达习近平重要指示并讲话,表示…; 向基层干部群众传达…精神。他表示: the one passing an
                # instruction on studies nothing, and may speak in turn; so does one who reads a
                # letter out, 在会上宣读习近平的贺信并代表党中央致词。他表示)
                and "传达" not in text[m.end : cs]
                and "宣读" not in text[m.end : cs]
                # (国家主席习近平向…论坛致贺信: the sender of a message, no student of it; nor is
                # its writer where the report gives its words, 习近平在贺信中强调)
                and not text.endswith(_SENDS, m.end, cs)
                # (习近平总书记围绕…作出一系列重要论述。他指出: the remarks made are theirs, no
                # guidance studied)
                # (not inside a meeting's statement that passes them on: 会议指出,…习近平总书记就…作出
                # 一系列重要论述)
                and not (text.startswith("重要论述", cs) and not m.embedded
                         and P.REMARKS_MADE_BEFORE.search(text, max(m.end, cs - 8), cs))
                and not (P.LETTER_WORDS_BEFORE.fullmatch(text, m.end, cs)
                         and text.startswith(("贺信中", "贺电中", "回信中", "信中"), cs))
                and not seen_study
                and not m.speech
                and cs - m.end <= 32
                and cs < study_limit  # (not the study cue of a studied mention passed over)
                and "," not in text[m.end : cs]
            ):
                m.studied = seen_study = True
            if kinds & _VERB and not blocked:
                # (a document's title: 全会《建议》,结合…)
                # (…李建国被证实收受他人财物: a passive verb says nothing of theirs; 下发文件, 签发, 转发
                # 文章: a document sent on, no post of theirs)
                if (text[cs - 1] in "的被" or text.startswith("》", ce)
                        or text.startswith("发文", cs) and (text[cs - 1] in _SENDS_ON or text.startswith("件", ce))
                        or P.VERB_NOT_REPORT.match(text, ce) or P.VERB_AS_NOUN_BEFORE.search(text, max(0, cs - 12), cs)):
                    continue
                # 习近平主席提出“一带一路”倡议三年多来: a proposal recalled as a point in time
                if text.startswith("提出", cs) and P.SINCE_AFTER.match(text, ce):
                    continue
                # 习近平总书记在…座谈会上发表重要讲话以来: a speech recalled as a point in time
                if text.startswith(("发表", "讲话", "致辞", "演讲"), cs) and P.SPEECH_SINCE_AFTER.match(text, ce):
                    continue
                # 贯彻落实…和李强总理要求,坚持…: the demands carried out, no statement of his
                if _demands_carried_out(text, cs, scan.mention_ends):
                    continue
                # 介绍了…工作情况。, 通报了…进展情况: what was spoken about, nothing of it reported
                if text.startswith(("介绍", "通报", "解读"), cs) and P.TOPIC_ONLY_AFTER.match(text, ce):
                    continue
                # …就这个问题进行讲解,提出工作建议。: a lecture given, nothing of it told
                if P.LECTURE_ONLY_AFTER.match(text, m.end):
                    continue
                # 介绍了…相关情况。 and the next presenter's 介绍: the presenters listed in turn (not
                # when the aspects spoken of are told, 从坚持…、依规治党等方面,介绍了…有关情况)
                if text.startswith("介绍", cs) and not P.ASPECTS_TOLD.search(text, m.end, cs) and (
                    _next_presenter(text, ce, scan.mention_ends)
                    or _previous_presenter(text, m.start, ce, scan.mention_ends)
                ):
                    continue
                # …主任黄欣介绍全力做好春运服务保障有关情况,并答记者问: a press conference's
                # presenters listed, what they presented not told
                if text.startswith(P.PRESENTING_VERBS, cs) and P.PRESENTERS_LISTED_AFTER.match(text, ce):
                    continue
                if text.startswith(("答记者问", "回答"), cs) and P.PRESENTED_BEFORE.search(text, max(0, cs - 70), cs):
                    continue  # (…介绍…有关情况,并答记者问: the same list's questions)
                # 对河南的安全生产工作提出要求。: demands named, none of them told
                if (
                    (text.startswith("提出", cs) and P.DEMANDS_ONLY_AFTER.match(text, ce))
                    or (text.startswith(("要求", "希望", "意见"), cs) and text[ce : ce + 1] == "。")
                ) and P.NEXT_OCCASION.match(text, text.find("。", ce) + 1):
                    continue
                # 就…情况作了通报。, 作大会总结、部署…: a report or summary made, nothing of it told
                if (
                    text[cs:ce] in P.MADE_VERBS
                    and P.MADE_BEFORE.search(text, max(0, cs - 8), cs)
                    and text[ce : ce + 1] in "。;、"
                ):
                    continue
                # 宣布……开幕。: an opening declared, no statement
                if text.startswith("宣布", cs) and P.OPENING_DECLARED.match(text, ce):
                    continue
                # 贯彻落实……部长在……会议上的部署要求: the demands of a meeting, named
                # (…提出具体要求:一是要…: the demands set out after a colon are reported)
                if text.startswith("要求", cs) and text[cs - 2 : cs] in P.DEMANDS_AS_NOUN_BEFORE and not (
                        text.startswith(":", cs + 2) and text[cs - 4 : cs - 2] in ("提出", "作出", "做出")):
                    continue
                # 出席发布会,并回答记者提问: the presenters listed; their answers, if any, follow
                if text.startswith(("回答", "答记者问"), cs) and P.ATTENDED_THEN_ANSWERS.search(
                    text, max(0, cs - 24), cs
                ):
                    continue
                # 回答完记者提问,…活动收官: questions answered, nothing of the answers reported
                if text.startswith("回答", cs) and (q := P.QUESTIONS_ANSWERED.match(text, ce)) and (
                    P.SPEECH_ACT_CLOSED.match(text, q.end())
                ):
                    continue
                # 进行了现场解答, 解答记者提问: 解答 reports an answer only where the answer follows it
                # (陈雷解答,经初步预测…)
                if text.startswith("解答", cs) and text[ce : ce + 1] not in (",", ":"):
                    continue
                # 通报内蒙古产业转移对接情况。: a matter briefed, nothing of the briefing reported. (Not
                # 介绍…情况: the guide's annotators take what follows as the introduction's content,
                # 介绍了"十三五"交通运输发展情况。全国交通运输行业…)
                if text.startswith("通报", cs) and (b := P.MATTER_BRIEFED.match(text, ce)) and (
                    P.SENTENCE_CLOSED.match(text, b.end()) or P.DEMANDS_NAMED_NEXT.match(text, b.end())
                ):
                    continue
                # 先后发言, 作了发言: a list of who spoke, unless what was said follows.
                if text.startswith("发言", ce - 2) and not P.SPEECH_CONTENT_AFTER.match(text, ce):
                    continue
                # 出席会议并讲话。会议指出…: a speech named, nothing of it reported (so is 作总结讲话。,
                # whose 总结 only names the speech)
                act_end = ce + 2 if text.startswith(_SPEECH_ACT_ENDS, ce) else ce
                if (
                    text.startswith(_SPEECH_ACT_ENDS, act_end - 2)
                    and (P.SPEECH_ACT_CLOSED.match(text, act_end)
                         # (李强作总结讲话,对…做好明年经济工作提出要求。\n会议指出: demands named, and
                         # the meeting's own words next)
                         or (d := P.SPEECH_DEMANDS_NAMED.match(text, act_end)) is not None
                         and P.NEXT_OCCASION.match(text, d.end()))
                    and not P.SPEECH_CONTENT_NEXT.match(text, act_end)
                ):
                    continue
                # 将发表讲话: a statement still to come (…严贺祥和新闻发言人将出席发布会,介绍…).
                past_rank = m.end + 2 if text.startswith(P.RANK_AFTER_NAME, m.end) else m.end  # (黄铭上将出席)
                if P.FUTURE_BEFORE.search(text, past_rank, cs) or P.FUTURE_CLAUSE.search(text, past_rank, cs):
                    continue
                # 举行新闻发布会,请交通运输部副部长王志清、…汪洋介绍…情况,并答记者问: what those
                # invited are to do, announced; their words are reported (or not) further on.
                if text.startswith(P.PRESENTING_VERBS, cs) and P.INVITED_BEFORE.search(text, sent, m.start):
                    continue
                if P.HABITUAL.search(text, max(0, cs - 3), cs):
                    m.studied = True
                    blocked = True
                    continue
                m.speech, m.evidence_at, blocked = True, m.name_start, True
                if m.method in ("name", "kb"):
                    m.method = "reporting_verb"
        if (
            (m.speech or not blocked)
            and not studied_before
            and text.find("示", m.end, m.end + 60) != -1
            and P.INSTRUCTION_GIVEN.match(text, m.end)
            and not P.INSTRUCTION_PAST.search(text, sent, m.start)
        ):
            # 习近平作出重要指示强调…: the instruction is the event and its content is reported, so
            # its author speaks (the 重要指示 after the name is no guidance being studied)
            m.studied = False
            if not m.speech:
                m.speech, m.evidence_at = True, m.name_start
                if m.method in ("name", "kb"):
                    m.method = "reporting_verb"
        host_from = max(0, m.start - 4)
        # (a str.find in the window first: 主持人 is rarely there)
        if (
            not m.chair
            and text.find("主持人", host_from, m.start) != -1
            and text[host_from : m.start].rstrip().endswith("主持人")
        ):
            m.chair = True
        # ATTEND_BEFORE ends in 有 (then maybe a colon and a final newline): test for it first.
        if (
            not m.attend
            and "有" in text[max(0, m.start - 3) : m.start]
            and P.ATTEND_BEFORE.search(text, max(0, m.start - 20), m.start)
        ):
            m.attend = True
    # 戴应军、刘君参加学习: names joined into a list share the verb after the last of them.
    for idx in range(len(mentions) - 2, -1, -1):
        m, nx = mentions[idx], mentions[idx + 1]
        if (
            nx.attend
            and not m.attend
            and (
                text[m.end : nx.name_start] in ("、", "和", "及", "与", ",")
                or text[m.end : nx.start] in ("、", "和", "及", ",")
            )
        ):
            m.attend = True
    # 与宜兰县县长吕国华、县议会议长张建荣共同主持: names joined into a list chair together
    for idx in range(len(mentions) - 2, -1, -1):
        m, nx = mentions[idx], mentions[idx + 1]
        if (nx.chair and not (m.chair or m.speech) and text.startswith("共同", nx.end)
                and (text[m.end : nx.start] or text[m.end : m.end + 1]) in ("、", "和", "及")):
            m.chair = True
    # 王毅同巴基斯坦外长库雷希共同主持…, 李强同德国总理朔尔茨共同出席…: the two do together what
    # the second is read to do (both chair, both attend)
    for idx in range(len(mentions) - 2, -1, -1):
        m, nx = mentions[idx], mentions[idx + 1]
        if ((nx.chair or nx.attend) and not nx.speech
                and not (m.speech or m.chair or m.attend or m.embedded or m.asked or m.studied)
                and text.startswith("共同", nx.end)
                and (w := P.JOINT_WITH.match(text, m.end)) is not None and w.end() <= nx.name_start):
            m.chair, m.attend = nx.chair, nx.attend
    # 商务部部长薄熙来和发改委副主任张国宝表示: two subjects joined share the reporting verb
    # right after the second (分别表示 too).
    for idx in range(len(mentions) - 2, -1, -1):
        m, nx = mentions[idx], mentions[idx + 1]
        if not nx.speech or m.speech or m.embedded or m.asked or m.studied or m.attend or scan.objects[idx]:
            continue
        # (a designation read from the 、 on: 意大利外长塔亚尼、西班牙国防大臣罗夫莱斯16日均表示)
        between = text[m.end : nx.start] or text[m.end : m.end + 1]
        # (阿萨德与伊朗总统莱希通电话一致强调: the second's designation opens with 与)
        with_joint = (w := P.JOINT_WITH.match(text, m.end)) is not None and w.end() <= nx.name_start and (
            (called := P.CALLED_AFTER.match(text, nx.end)) is not None and P.JOINT_AFTER.match(text, called.end())
            # (弗雷泽里克森在首都哥本哈根与格陵兰岛自治政府总理尼尔森共同会见记者时说: both speak)
            or text.startswith("共同", nx.end)
        )
        if between not in ("和", "与", "及", "、", "以及") and not with_joint:
            continue
        k = bisect.bisect_left(cue_starts, nx.end)
        # (欧真志、李尧坤一行察看了……后指出: a party named as one group shares the verb further on;
        # 波兰总统杜达和北约秘书长斯托尔滕贝格16日分别表示: a day and 分别 before the verb)
        reach = 70 if text.startswith("一行", nx.end) else 16 if with_joint else 4
        if (joint := P.JOINT_VERB_LEAD.match(text, nx.end)) is not None:
            reach = max(reach, joint.end() - nx.end)
        while with_joint and k < len(cues) and not cues[k][2] & _VERB and cues[k][0] - nx.end <= reach:
            k += 1  # (…共同会见记者时说: the meeting's word before the verb)
        if k < len(cues) and cues[k][2] & _VERB and cues[k][0] - nx.end <= reach and _gap_ok(text, nx.end, cues[k][0]):
            m.speech, m.evidence_at = True, m.name_start
            if m.method in ("name", "kb"):
                m.method = "reporting_verb"
    # 他/她 + reporting verb continues the subject of the sentences before it in the paragraph:
    # the nearest mention, when it opens its sentence (a titled official or a speaker already)
    # and no unnamed official (总统致词表示, 他……) is named between them.
    # A name written bare after the report has given it with its post is as good a subject as the
    # titled mention when it acts right away (陈全国衷心感谢……。他表示), not when it only opens a
    # noun phrase (戴克拉克前总统当年的道德勇气……。她希望: the host's words).
    titled = {m.name for m in mentions if m.title}
    for at in sorted(scan.pronouns + scan.qi) if scan.qi else scan.pronouns:
        pm = (P.PRONOUN_SPEECH if text[at] in "他她其" else P.ZERO_SUBJECT_SPEECH).match(text, at)
        if pm is None or P.FUTURE_WORD.search(text, at, pm.end()):
            continue
        i = bisect.bisect_right(starts, at) - 1
        while i >= 0 and (scan.objects[i] or scan.cited[i] or text.endswith(("宣读", "宣读了"), 0, mentions[i].start)):
            # (王建国感谢快递协会会长李卫东……。并指出: not the one thanked; 张国清主持召开会议,传达
            # …和李强总理批示要求,…。他指出: not the one whose demands are passed on; 张又侠在会上
            # 宣读了习近平的贺信。他指出: not the one whose letter is read out)
            i -= 1
        if i < 0:
            continue
        m = mentions[i]
        if text[at] == "其" and text.find("。", m.end, at) >= 0:
            continue  # (其 goes on with a subject of its own sentence only)
        zero = text[at] not in "他她其"
        if zero and (
            # the subject left out goes on with the sentence just before, not with a meeting's
            text.count("。", m.end, at) + text.count("!", m.end, at) > 1
            or P.MEETING_SPEAKS.search(text, m.end, at)
        ):
            continue
        if (
            m.speech
            or m.studied
            or m.embedded
            or m.asked  # 问:…马蒂斯访问日本时称…但他也称…: the question's words, not the event's
            or at - m.name_start >= 600
            or not _same_topic(text, m.end, at)
            or not (m.title or m.method in ("qa_transcript", "kb") or m.name in titled and _bare_subject(text, m, at))
        ):
            continue
        sent = max(text.rfind(c, 0, m.start) for c in "。!?;:\n") + 1
        clause = max(sent, text.rfind(",", 0, m.start) + 1)
        if not (P.SUBJECT_LEAD.fullmatch(text, sent, m.start)
                # (the pronoun in the same sentence, the mention opening its clause: …颇受社会关注,
                # 全国政协委员李有毅分享了…观察,她认为; 来自制造业一线的全国人大代表单增海…,他说)
                # (not after another voice earlier in the sentence, 村民老赵很感慨,县委书记刘强…,他说;
                # nor a name owning a noun, 习近平的讲话让人振奋,他表示)
                or text.find("。", m.end, at) < 0 and text.count(",", m.end, at) <= 2
                and not text.startswith("的", m.end)
                and P.CLAUSE_SUBJECT_LEAD.fullmatch(text, clause, m.start)
                and not P.OTHER_VOICE.search(text, sent, clause)
                or m.chair and P.CHAIR_LEAD.fullmatch(text, sent, m.start)
                or P.MEETING_CONVENED_LEAD.fullmatch(text, sent, m.start)
                and not any(sent <= o.name_start < m.start for o in mentions)):
            continue
        if _unnamed_speaker(text, scan, cue_starts, m.end, at) or P.UNNAMED_SPEAKER.search(text, m.end, at):
            continue
        m.speech = True
        m.evidence_at = pm.start()
        m.method = "pronoun"
    _group_pronoun_speech(text, mentions, scan)
    _title_references(text, mentions, scan, cue_starts)
    # 答: turns answer for the last named official introduced before the first of them, unless
    # the heading names a press conference's host (外交部发言人耿爽主持例行记者会): the answers are
    # the host's, not those of someone the announcements before them name.
    if scan.answer_at is not None and not scan.press_host and not any(m.speech for m in mentions):
        i = bisect.bisect_right(starts, scan.answer_at) - 1
        while i >= 0 and (mentions[i].studied or mentions[i].asked or _object_of_preposition(text, mentions[i])):
            i -= 1  # (…就美国前总统布什逝世答记者问: the answers are not about their subject's)
        if i >= 0:
            mentions[i].speech = True
            if mentions[i].evidence_at is None:
                mentions[i].evidence_at = scan.answer_at
    # A report a congress heard or an article a journal published, whose content the report then
    # gives (会议听取了…彭清华作的…报告。报告提出,…; 《求是》杂志发表习近平的重要文章《…》。文章强调,…):
    # its maker's words. (Nothing of it told, 会议听取了…的报告。会议听取了…, is no statement.)
    # So is a speech whose text the report announces and gives (…发表重要谈话,内容如下:), and an address
    # whose words it tells (…致贺词。贺词指出).
    if "报告" in text or "文章" in text or "辞" in text or "词" in text or _text_announced(text):
        for m in mentions:
            if m.speech or m.embedded or m.asked:
                continue
            told = (P.REPORT_TOLD_AFTER.match(text, m.end) or P.ARTICLE_TOLD_AFTER.match(text, m.end)
                    or P.SPEECH_TEXT_FOLLOWS.match(text, m.end) or P.ADDRESS_TOLD_AFTER.match(text, m.end))
            if told:
                m.speech, m.studied = True, False
                m.evidence_at = told.end() - 2


def _instruction_reported(text: str, mentions: list[_Mention], speech: list[_Mention]) -> bool:
    """Whether the report tells of an instruction someone made (…习近平作出重要指示。习近平指出…) and
    then gives its words: a meeting that passes it on or studies it (会上传达了习近平重要指示) studies
    what the report has given, which leaves them its speaker. Not an instruction of the past
    (去年,习近平…作出重要批示). (A heading may give the words first: 习近平对社会工作作出重要指示强调
    …\n…习近平近日对社会工作作出重要指示指出,…) So does a letter sent whose words are given
    (习近平发来贺信。习近平在贺信中指出…。…宣读了习近平的贺信)."""
    last_speech = max((sp.name_start for sp in speech), default=-1)
    for m in mentions:
        if m.name_start <= last_speech and (
                P.INSTRUCTION_MADE.match(text, m.end)
                # (not the one a letter is sent to: 金正恩已经向习近平主席致贺电)
                or P.LETTER_SENT.match(text, m.end) and text[m.start - 1 : m.start] not in ("向", "给", "对")):
            sent = max(text.rfind(c, 0, m.start) for c in "。!?;\n") + 1
            if not P.INSTRUCTION_PAST.search(text, sent, m.start):
                return True
    return False


def _next_presenter(text: str, ce: int, mention_ends: frozenset[int]) -> bool:
    """Whether the 介绍 ending at ``ce`` takes only a matter whose sentence closes, and the next
    sentence's subject, a mention, introduces in turn (贺荣介绍了…新思路。童建明介绍了…情况。)."""
    closed = P.MATTER_CLOSED.match(text, ce)
    if closed is None:
        return False
    start = closed.end()
    stop = P.SENTENCE_END.search(text, start, start + 60)
    end = stop.start() if stop else min(len(text), start + 60)
    return any(e in mention_ends and text.startswith("介绍", e) for e in range(start, end))


def _previous_presenter(text: str, start: int, ce: int, mention_ends: frozenset[int]) -> bool:
    """Whether the 介绍 ending at ``ce`` takes only a matter whose sentence closes, as the one of
    the mention before (starting at ``start``) did: the last presenter of a list in turn."""
    if P.MATTER_CLOSED.match(text, ce) is None:
        return False
    before = P.MATTER_CLOSED_BEFORE.search(text, max(0, start - 80), start)
    return before is not None and before.start() in mention_ends


def _demands_carried_out(text: str, cs: int, mention_ends: frozenset[int]) -> bool:
    """Whether the verb cue at ``cs`` is 要求 as a noun, the demands someone carries out: right
    after the name (or its 批示, 指示) in a clause of orders followed (根据习近平重要指示和李强要求,
    贯彻落实…和李强总理要求,坚持…; not 传达…精神并要求, 听取落实情况汇报后要求: their own)."""
    return (
        text.startswith("要求", cs)
        and (cs in mention_ends or text.endswith(("批示", "指示"), 0, cs))
        and P.ORDERS_CARRIED_OUT_BEFORE.search(text, max(0, cs - 40), cs) is not None
    )


def _relayed_by_speaker(text: str, mentions: list[_Mention], idx: int, opened_starts: list[int]) -> bool:
    """韩正表示,在海南建设自由贸易港…。习近平主席指出,…: a leader named with his title after the
    name (主席, 总书记, 总理), or after China's 国家主席 or 总书记 (国家主席习近平强调), further on
    in a paragraph that another official's statement opens (or one that 他/她 opens: …。他指出,…。
    李强总理对…提出明确要求) is cited in that statement: its words are the speaker's, the leader
    neither speaks nor attends."""
    m = mentions[idx]
    if not (text.startswith(_CITED_LEADER_TITLES, m.name_start + len(m.name))
            or text.endswith(_CITED_LEADER_TITLES_BEFORE, 0, m.name_start) and not _is_foreign(m.org)):
        return False  # (习近平主席强调; 国家主席习近平强调, not a foreign 总理 named in a round of views)
    para = text.rfind("\n", 0, m.name_start) + 1
    k = idx - 1  # (back over the paragraph's earlier mentions only)
    while k >= 0 and mentions[k].name_start >= para:
        if mentions[k].speech and mentions[k].name != m.name:
            return True
        k -= 1
    k = bisect.bisect_left(opened_starts, para)
    return k < len(opened_starts) and opened_starts[k] < m.name_start and text[opened_starts[k] - 1] in "他她"


def _called_with(text: str, start: int) -> bool:
    """Whether the designation starting at ``start`` is of the one called or met: it opens with
    与 (与埃及总统塞西通电话, 分别与…, 在首都…与…), or stands right after it (与美国总统, read from 美国)."""
    return P.CALL_WITH.match(text, start) is not None or P.CALL_WITH_BEFORE.search(text, max(0, start - 3), start) is not None


def _object_of_preposition(text: str, m: _Mention) -> bool:
    """Whether a word right before the mention makes it the object of someone else's act or the
    matter spoken about (向李小鹏汇报, 听取…, 就…答记者问); also right before its post, when the
    designation read took words before it (总统表彰副部长郑德美…)."""
    if _object_word_before(text, m.start):
        return True
    if text.endswith("听取了", 0, m.start) and (m.org or not m.title):
        # (会议听取了…秘书长刘奇作的…汇报: the one heard; not where the designation read took words
        # that name no body, 在听取了汇报以后市委书记张三…发言)
        return True
    if _in_answer_matter(text, m):
        return True
    post_at = m.name_start - len(m.title) if m.title else m.start
    return post_at > m.start and text.endswith(m.title, 0, m.name_start) and _object_word_before(text, post_at)


def _in_answer_matter(text: str, m: _Mention) -> bool:
    """Whether the mention stands inside the matter of an answer (…就…智利前总统巴切莱特为下任人权高专
    答记者问), the one answering named before 就."""
    lo = max(0, m.start - 41)
    return ("就" in text[lo : m.start]  # (the cheap test first)
            and P.ANSWER_MATTER_BEFORE.search(text, lo, m.start) is not None
            and P.ANSWER_MATTER_AFTER.match(text, m.end) is not None)


def _object_word_before(text: str, s: int) -> bool:
    """Whether OBJECT_BEFORE ends at ``s``: the last two characters are tested before it runs."""
    return (
        text[s - 1 : s] in P.OBJECT_BEFORE_LAST or text[s - 2 : s - 1] in P.OBJECT_BEFORE_LAST
    ) and P.OBJECT_BEFORE.search(text, max(0, s - 4), s) is not None


#: What ends an everyday word of 主 (业主, 店主, 车主 …) that 主委 would otherwise be read from.
_OWNER_WORDS_BEFORE = frozenset("业店车房户货雇东地船")

#: What follows a name whose demands or instructions are carried out (李强总理要求, 李强批示要求).
_ORDERS_AFTER = ("要求", "批示", "指示", "重要")

#: A body's release or a news report, before the 称 that opens what it says (声明称, 报道称).
_RELEASES = ("声明", "报道", "消息", "公报", "新闻稿")

#: What comes right before a message its sender sends (致贺信, 发来贺电, 致以…).
_SENDS = ("致", "发来", "发出", "致以")

#: Titles written after a leader's name when a statement cites him (习近平主席指出, 习近平总书记强调,
#: 李强总理对…提出明确要求).
_CITED_LEADER_TITLES = ("主席", "总书记", "总理")
#: … and before it, when it is China's head of state or party (国家主席习近平强调).
_CITED_LEADER_TITLES_BEFORE = ("国家主席", "总书记")

#: Words of tenure a designation's stop words include (新任主任, 现任局长): a known body before them
#: is still the post's.
_TENURE_WORDS = frozenset({"新任", "现任", "时任", "前任", "原任"})

#: How far into a page a transcript's introduction (以下是…的发言全文) is looked for.
_FULL_TEXT_INTRO_REACH = 400


def _report_heard_from(text: str, m: _Mention) -> bool:
    """Whether the mention is one of those whose reports the subject heard, named inside the
    听取 clause (林琳一行在听取了张国富等各级外侨局局长及台山市人大常委关泽锋等人的工作汇报后,…。他认为:
    林琳's words, not 关泽锋's)."""
    k = text.find("听取", max(0, m.start - _HEARD_REACH), m.start)
    if k < 0:
        return False  # (the common case, settled by one search)
    lo = max(text.rfind(c, max(0, m.start - _HEARD_REACH), m.start) for c in ",,。;:!?\n") + 1
    k = text.find("听取", max(lo, k), m.start)
    if k < 0:
        return False
    hi = min((i for c in ",,。;:!?\n" if (i := text.find(c, m.end, m.end + _HEARD_REACH)) >= 0), default=m.end)
    return P.HEARD_REPORT.match(text, m.end, hi) is not None


#: How far around a mention the 听取…汇报 clause holding it is looked for.
_HEARD_REACH = 60


def _delegated(text: str, m: _Mention) -> bool:
    """Whether the mention is one of those 受…委托 names (受省委书记刘家义、省长龚正委托,副省长…):
    委托 closes the clause after it, and 受 opens it."""
    k = text.find("委托", m.end, m.end + _DELEGATION_REACH)
    if k < 0 or any(c in text[m.end : k] for c in ",,。;:!?\n"):
        return False
    lo = max(text.rfind(c, 0, m.start) for c in ",,。;:!?\n") + 1
    return "受" in text[lo : m.start + 1]


#: How far after a name its delegation's 委托 may close the clause (the names listed after it).
_DELEGATION_REACH = 40


def _investigated(text: str, m: _Mention) -> bool:
    """Whether a mention names one a case is opened against (对副市长李四进行立案审查调查, 关于魏凤和问题
    审查结果, 王五涉嫌严重违纪违法): no part in any event the report covers."""
    return bool(
        P.CASE_AGAINST_AFTER.match(text, m.end) and P.CASE_AGAINST_BEFORE.search(text, max(0, m.start - 41), m.start)
        or P.UNDER_INVESTIGATION_AFTER.match(text, m.end)
    )


def _not_present(text: str, m: _Mention) -> bool:
    """Whether the words around a titled mention say the official was not at the event
    (``P.NOT_PRESENT_BEFORE``: 转达…的问候, 应…邀请, 就…答记者问; a case opened against them). A mention further down a list
    (…郭为藩夫妇、中华奥会主席张丰绪) is not tested: its designation was read from the list's start."""
    if _delegated(text, m):
        return True  # (受集团公司党组书记、董事长刘爱力委托: he sent another)
    if _investigated(text, m):
        return True
    if _in_answer_matter(text, m):
        return True  # (就…智利前总统巴切莱特为下任人权高专答记者问: the matter)
    if text.find("、", m.start, m.name_start) >= 0:
        return False
    return P.NOT_PRESENT_BEFORE.search(text, max(0, m.start - 4), m.start) is not None


def _group_pronoun_speech(text: str, mentions: list[_Mention], scan: _Scan) -> None:
    """他们 + a reporting verb opening a sentence (他们高度评价…, 他们一致表示) gives the words of the
    people the sentence before names as its subjects (萨苏、盖莱…等非方领导人出席会议并致辞。; 黄循财、
    加法罗娃等先后致辞,韩国总理金民锡视频致辞。): two or more, none of them the object of a verb (习近平
    会见A和B。他们表示 is no group of subjects, nor are hosts who met people unnamed, 慰问了一线环卫工人), the
    first opening the sentence."""
    if "他们" not in text:
        return
    for pm in P.GROUP_PRONOUN_SPEECH.finditer(text):
        sent = max(text.rfind(c, 0, pm.start()) for c in "。!?;\n") + 1
        if text[sent:pm.start()].strip():
            continue  # (他们 inside a sentence, not opening it)
        prev_end = sent - 1
        prev = max(text.rfind(c, 0, prev_end) for c in "。!?;\n") + 1
        group = [(i, m) for i, m in enumerate(mentions) if prev <= m.start and m.end <= prev_end]
        lead = text[prev : group[0][1].start].strip() if group else ""
        if len({m.name for _, m in group}) < 2 or not (
                P.SUBJECT_LEAD.fullmatch(text, prev, group[0][1].start) or lead in country_names()):
            continue  # (刚果(布)总统萨苏、…: a country the designation's brackets cut off leads)
        if any(scan.objects[i] or m.studied or m.embedded or m.asked or scan.cited[i] for i, m in group):
            continue
        if P.UNNAMED_MET.search(text, group[-1][1].end, prev_end):
            continue  # (…慰问了一线环卫工人。他们纷纷表示: the words of those visited)
        for _, m in group:
            if not m.speech:
                m.speech, m.evidence_at, m.method = True, pm.start(), "pronoun"


def _text_announced(text: str) -> bool:
    """Whether the text may announce a text that follows (如下, 如后, 内容为)."""
    return "如下" in text or "如后" in text or "内容为" in text


def _title_references(text: str, mentions: list[_Mention], scan: _Scan, cue_starts: list[int]) -> None:
    """A post alone opening a clause, then a reporting verb (总统表示, 部长强调, 副总统致词时指出),
    refers back to the official the text named earlier with that post (蔡英文总统…, 交通运输部部长
    李小鹏…): that official speaks. Only when one person holds the post in the text before it, and
    not on a reporter's question line."""
    for e, (s, post) in scan.posts.items():
        if len(post) < 2:
            continue
        # the verb within a few characters (总统致词表示: 致词 is itself a verb), a speech whose
        # text follows (总统驱车前往二号棚厂发表重要谈话,内容如下:; 总统谈话内容为:) or an instruction
        # whose words do (总统也做出四点裁示如后:)
        k = bisect.bisect_left(cue_starts, e)
        text_follows = _text_announced(text) and (P.SPEECH_TEXT_FOLLOWS.match(text, e) is not None
                                                  or P.INSTRUCTION_GIVEN.match(text, e) is not None)
        if not text_follows and (k == len(cue_starts) or cue_starts[k] - e > 4 or not scan.cues[k][2] & _VERB):
            continue
        if not text_follows and not P.TITLE_REFERENCE_GAP.fullmatch(text, e, cue_starts[k]):
            continue
        if _in_question(scan.questions, s):
            continue
        if any(e <= m.name_start <= e + 2 for m in mentions):
            continue  # 会上,部长李强表示: the post names the person after it
        sent = max(text.rfind(c, 0, s) for c in "。!?;:\n") + 1
        if not (P.SUBJECT_LEAD.fullmatch(text, sent, s) or P.MEETING_CONVENED_LEAD.fullmatch(text, sent, s)):
            continue  # a designation (美国总统表示) or a post inside a longer phrase
        # (not a former holder: 总统今日接见南非前总统戴克拉克伉俪访问团。总统认为 is the host)
        holders = [m for m in mentions if m.end <= s and m.title and m.title.endswith(post)
                   and text.find("前" + post, m.start, m.name_start) < 0]
        if not holders or len({m.name for m in holders}) != 1:
            continue
        m = holders[-1]
        if m.studied or m.embedded or m.asked or s - m.end >= 1500:
            continue
        if not m.speech:
            m.speech = True
            m.evidence_at = s
            m.method = "title_reference"


def _named_in_passing(text: str, m: _Mention) -> bool:
    """Whether a titled mention that does nothing in the report is only named in passing, for a
    trip of theirs still to come (汪洋将于11月10日至16日…访问)."""
    return P.NOT_ATTENDING_AFTER.match(text, m.end) is not None


def _in_question(questions: list[tuple[int, int]], pos: int) -> bool:
    """Whether ``pos`` lies on a reporter's 问: line (``questions``: sorted (start, end) spans)."""
    i = bisect.bisect_right(questions, (pos, 1 << 62)) - 1
    return i >= 0 and questions[i][0] <= pos < questions[i][1]


def _unnamed_speaker(text: str, scan: _Scan, cue_starts: list[int], a: int, b: int) -> bool:
    """Whether an official named by title only speaks between ``a`` and ``b`` (总统致词表示):
    a post followed within a few characters by a reporting verb, and not the title after a name
    (…传达…和李强总理批示要求,…。他指出: the demands of one named), nor 代表 as the named one's
    next step (…宣读习近平的贺信并代表党中央致词。他表示: on behalf of, no deputy)."""
    if scan.post_spans is None:
        scan.post_spans = sorted((s, e) for e, (s, _) in scan.posts.items())
    spans = scan.post_spans
    j = bisect.bisect_left(spans, (a, 0))
    while j < len(spans) and spans[j][0] < b:
        pe = spans[j][1]
        k = bisect.bisect_left(cue_starts, pe)
        if (k < len(cue_starts) and cue_starts[k] - pe <= 4 and scan.cues[k][2] & _VERB and pe not in scan.mention_ends
                and not (text.startswith("代表", spans[j][0]) and text[spans[j][0] - 1 : spans[j][0]] == "并")):
            return True
        j += 1
    return False


def _quoted_before(text: str, m: _Mention) -> bool:
    """Whether a quotation that opens its sentence ends right before the mention, and what follows
    the mention says how it was said (QUOTE_OWNER_AFTER): the words are the official's though no
    reporting verb follows (“……情况没有改善。”华北督查中心主任刘长根也是毫不留情).
    Only a quoted sentence counts, not a name in quotes (“川青藏公路60年”融合报道), nor one the
    official is the owner of (“……。”习近平总书记的这一论断)."""
    if m.start < 14 or text[m.start - 1] != "”" or P.QUOTE_OWNER_AFTER.match(text, m.end) is None:
        return False  # (…”局长马军胜在分拣中心听取了汇报: someone else's words, about him)
    op = text.rfind("“", max(0, m.start - 400), m.start - 1)
    if op < 0:
        return False
    inner = text[op + 1 : m.start - 1]
    if len(inner) < 12 or "”" in inner or not any(c in inner for c in "。,!?"):
        return False
    lead = text[:op].rstrip(" \u3000")
    return not lead or lead[-1] in "\n。!?"


#: The ends of sentences a bare subject's pronoun may reach past.
_FULL_STOPS = re.compile(r"[。!]")


def _bare_subject(text: str, m: _Mention, at: int) -> bool:
    """Whether a name written bare (its post given earlier) is the subject a 他 at ``at`` goes on
    with: it acts right away (陈全国衷心感谢…, 翁孟勇对…给予肯定), and the pronoun opens the very
    next sentence (…。他表示) — a sentence between may have brought in someone the tagger does not
    read as a person (快递员张明…。他说)."""
    act = P.BARE_SUBJECT_ACTS.match(text, m.end)
    if act is None:
        return False
    if act.group().endswith("汇报") and not P.REPORTER_GOES_ON.match(text, at):
        # (刘文杰汇报了我市秋粮收购情况。他说: the reporter's words; …李某汇报了全县脱贫情况。他强调,
        # 要抓好落实: a demand, the leader's who heard him more often)
        return False
    # sentence ends between (a ? is often a garbled character); after a speech the bare subject
    # made, a sentence the same pronoun opens breaks nothing (石进在仪式上作了致辞。他代表…表示热烈的
    # 欢迎!他表示; not 石进会见了快递员张明。他向…赠送了锦旗。他表示: 张明's)
    ends = [e.start() for e in _FULL_STOPS.finditer(text, m.end, at)]
    breaks = len(ends) - 1 if ends else 0
    if breaks and P.SPEECH_MADE.search(text, m.end, ends[0]):
        pronoun = text[at : at + 1]
        breaks = sum(not P.SAME_PRONOUN_OPENS[pronoun].match(text, i + 1) for i in ends[:-1]) if (
            pronoun in P.SAME_PRONOUN_OPENS) else breaks
    # (张香娥对…予以充分肯定。同时指出: a subject left out after an adverb opening the sentence)
    opens = text[at - 1 : at] in ("。", "!", "\n", " ") or (
        text[at - 1 : at] in P.ZERO_SUBJECT_LEAD_LAST and P.ZERO_SUBJECT_LEAD.search(text, max(0, at - 6), at) is not None)
    # (提努布感谢中方所作贡献,他表示: the same sentence, after a comma)
    return (bool(ends) and not breaks and opens) or (not ends and text[at - 1 : at] == ",")


def _same_topic(text: str, a: int, b: int) -> bool:
    """Whether a pronoun at ``b`` may refer back to a mention ending at ``a``: same paragraph,
    or the pronoun opens the first sentence of the next one (……刘君带队检查。\n检查期间,她强调)."""
    nl = text.find("\n", a, b)
    if nl == -1:
        return True
    return text.find("\n", nl + 1, b) == -1 and not any(text.find(c, nl, b) != -1 for c in "。!?;")


#: The levels a body may be written with bare, its place left to the page (省…, 市…, 县…, 区…).
_BARE_LEVELS = "省市县区"
#: Words that begin with one of those levels' characters (市场监管总局 is no city's body).
_NOT_BARE = ("市场", "区域", "县域", "省级", "市级", "县级", "区级")


def _bare_body(org: str) -> bool:
    """Whether ``org`` is a body written with its level alone (省地志办, 市政府; not 市场监管总局)."""
    return not org.startswith(_NOT_BARE) and not (org.startswith("市政") and not org.startswith(("市政府", "市政协")))


def _placed_at_level(org: str, level: str) -> bool:
    """Whether ``org`` opens with a place of that level the gazetteers know (陕西省…, 新疆维吾尔自治区…;
    not 浩特市城管局, a name cut short)."""
    at = org.find(level)
    if at < 1:
        return False
    place = org[: at + 1]
    return divisions.is_place(place) or place in place_names() or place[:-1] in place_names()


def _resolve_people(mentions: list[_Mention], year: int | None, named: frozenset[str]) -> dict[str, _Person]:
    people: dict[str, _Person] = {}
    for m in mentions:
        if m.surname_post is not None:
            continue
        person = people.setdefault(m.name, _Person(m.name))
        person.mentions.append(m)
        if m.org and not person.org:
            person.org, person.title = m.org, m.title
        elif (m.org and m.title and person.title in P.RANK_POSTS and m.title.rsplit("、", 1)[-1] not in P.RANK_POSTS
              and (kb.canonical_org(m.org) is not None or any(_placed_at_level(m.org, lv) for lv in _BARE_LEVELS))):
            # (a headline's 政协委员邓云锋, then 青岛市城管执法局局长邓云锋: a seat first, the post that
            # says who they are later)
            person.org, person.title = m.org, m.title
        elif (m.org and person.org[0] in _BARE_LEVELS and _bare_body(person.org)
              and m.org[0] not in _BARE_LEVELS and _placed_at_level(m.org, person.org[0]) and m.title and person.title
              and m.title.rsplit("、", 1)[-1] == person.title.rsplit("、", 1)[-1]):
            # (a headline's 省地志办主任熊晖, then 陕西省地方志办公室党组书记、主任熊晖: the same post,
            # its body written with its place)
            person.org, person.title = m.org, m.title
        elif m.title and not person.title:
            person.title = m.title
    # Damaged names (局长马军 for 马军胜): complete through the knowledge base when one fits.
    for name in list(people):
        if name in _kb_names():
            continue
        p = people[name]
        full = kb.complete_name(
            name, org=p.org, title=p.title, year=year, named_orgs=None if p.org else named
        )
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
        if len(cands) == 1 and _post_fits(cands[0].title, m.surname_post):
            cands[0].mentions.append(m)
            continue
        if len(cands) == 1:
            cands = []  # 蔡副秘书长 is not the 总统 蔡英文 the text names: another 蔡
        if not cands and m.org is None:
            # Only among the organisations the text names (县水利局的刘局长 is no 国家邮政局 局长).
            full = kb.complete_name(m.name, title=m.surname_post, year=year, named_orgs=named)
            if full:
                m.method = "kb"
                people.setdefault(full, _Person(full, title=m.surname_post)).mentions.append(m)
    return people


def _city_before(text: str, pos: int) -> str | None:
    """Full name of the city the text names last before ``pos`` in the same sentence (德州新闻网讯…
    6月26日,市委副书记、市长朱开国 → 德州市), from the places gazetteer: prefecture- and
    county-level cities and the four municipalities (上海市委书记李强和市长龚正 → 上海市); else the
    one city named earlier in the paragraph, or in the headline (the first line). Of two cities
    named in an earlier sentence either may be the person's (深圳市委书记…会见…东莞市市长…。副市长…)."""
    sent = max(text.rfind(c, 0, pos) for c in "。!?\n") + 1
    para = text.rfind("\n", 0, pos) + 1
    head_end = text.find("\n")
    last = None
    paragraph: set[str] = set()
    headline: set[str] = set()
    for start, canonical in _city_mentions(text):
        if start >= pos:
            break
        if start >= sent:
            last = canonical
        if start >= para:
            paragraph.add(canonical)
        elif start < head_end:
            headline.add(canonical)
    if last is not None:
        return last
    # (not a city the sentence names after the person: 副市长王卫东介绍了赴杭州市考察学习的体会)
    for named in (paragraph, headline):  # (乌兰察布市副市长调研邮政快递行业\n近日,副市长袁晓东…)
        if len(named) == 1:
            return next(iter(named))
    return None


#: What may stand right before a post the text writes without its place (以副市长李尧坤为团长, 我是市医疗保障局副局长…,
#: 由副市长…主持): a word of the sentence, not the end of a place the gazetteer does not know
#: (台南市长黄伟哲).
_BEFORE_POST = "的和与及以由向对请被让将同为经邀是"


def _unread_place(text: str, m: _Mention) -> bool:
    """Whether a place the gazetteer does not know may stand before the post of ``m``: a Han
    character right before it that is no word of the sentence (台南市长黄伟哲), or more before the
    name than the post."""
    if not m.title:
        return False
    prefix = text[m.start : m.name_start].strip()
    if prefix[:1] in _BEFORE_POST:  # (以副市长李尧坤为团长 read from 以)
        return len(prefix.lstrip(_BEFORE_POST)) > len(m.title)
    if m.start > 0 and _is_han(text[m.start - 1]) and text[m.start - 1] not in _BEFORE_POST:
        return True
    return not m.org and len(prefix) > len(m.title)


def _page_city(text: str) -> str | None:
    """The one city a page names anywhere, for a city's post that no sentence, paragraph or
    headline before the person places (副市长胡仲明…; …衢州粮食批发市场…, 衢州经验… later): None when
    the page names several, names its one city only once, or as a place gone to (赴杭州市) or
    learned from."""
    found = set()
    times = 0
    outlet = False
    for start, city in _city_mentions(text):
        before = text[start - 2 : start]
        if (before.endswith(("赴", "到", "去", "往")) or before == "前往") and not _place_inside(text, start, city):
            return None
        if P.LEARNED_FROM.match(text, start + 1):
            return None
        found.add(city)
        times += 1
        outlet = outlet or (
            P.CITY_OUTLET.match(text, start + len(city) - (not text.startswith(city, start))) is not None
            and _byline_at(text, start)
        )
        if len(found) > 1:
            return None
    # (named once it may be a partner, a model or a firm's seat: 与苏州市签订协议, 学习借鉴深圳经验,
    # 顺丰速运(深圳)有限公司; the page's own city comes back, or its own outlet opens a line: 临汾新闻网讯)
    return found.pop() if found and (times >= 2 or outlet) else None


#: How long a line naming an outlet may be and still be a dateline or a byline (临汾新闻网讯(记者
#: 范韶华), 文旅太原新闻矩阵), not a sentence that cites another city's paper.
_BYLINE_REACH = 30


def _byline_at(text: str, pos: int) -> bool:
    """Whether ``pos`` opens a line, or lies in a short line with no sentence in it (a dateline or a
    byline, not 据杭州日报报道,该市…)."""
    ls = text.rfind("\n", 0, pos) + 1
    if ls == pos:
        return True
    le = text.find("\n", pos)
    line = text[ls : le if le >= 0 else len(text)]
    return len(line) <= _BYLINE_REACH and "。" not in line and "," not in line


def _other_division_named(text: str, pattern: re.Pattern[str], level: str, own: str) -> bool:
    """Whether the text names a listed county (or district) other than ``own``, the page's site's:
    then a post without its place may be that one's (市委书记…深入中阳县调研。县长李四… on
    www.liulin.gov.cn is no 柳林县's)."""
    return any(
        (name := m.group(1) + level) != own and divisions.is_county_level(name) for m in pattern.finditer(text)
    )


#: A government written right before a name that its post follows (西昌市人民政府朱明副市长).
_GOVERNMENTS = ("人民政府", "政府")


def _body_before_name(text: str, ns: int, org_spans: list[tuple[int, int]]) -> str | None:
    """The body written right before a name whose post follows it, when no known organisation ends
    there: a division's government (西昌市人民政府朱明副市长: the division table knows 西昌市), or a
    department of a known body (农业农村部种业管理司杨海生副司长: 农业农村部, then 种业管理司)."""
    for gov in _GOVERNMENTS:
        if text.endswith(gov, 0, ns):
            at = ns - len(gov)
            for k in (5, 4, 3):  # (a division's full name of three to five characters: 西昌市)
                place = text[at - k : at]
                if len(place) == k and (divisions.is_place(place) or place in place_names()):
                    return place + gov
            return None
    for s, e in org_spans:
        if e < ns <= e + 8 and P.DEPARTMENT_BEFORE_NAME.fullmatch(text, e, ns):
            return text[s:ns]
    return None


#: A head's post after a name, and how the body they head ends (广东省文物局苏桂芬局长: 局).
_HEAD_POST_BODY_ENDS = {"局长": ("局",), "副局长": ("局",), "厅长": ("厅",), "副厅长": ("厅",),
                        "馆长": ("馆",), "副馆长": ("馆",),
                        "主任": ("办", "委", "委员会"), "副主任": ("办", "委", "委员会")}


def _place_body_before_name(text: str, ns: int, post: str) -> str | None:
    """A place's body written right before a name whose post as its head follows (广东省文物局
    苏桂芬局长, 淮南市文化和旅游局程昊局长): the run of Han characters before the name, from the
    last place named in it (with the places written right before that one: 深圳市南山区教育局),
    when it ends as the post's body does."""
    ends = _HEAD_POST_BODY_ENDS.get(post)
    if not ends or not text.endswith(ends, 0, ns):
        return None
    lo = ns
    while lo > 0 and ns - lo < _PLACE_BODY_REACH and _is_han(text[lo - 1]):
        lo -= 1
    run = text[lo:ns]
    places: dict[int, int] = {}  # end → start of a place named in the run
    for i in range(len(run) - 3):
        for k in (6, 5, 4, 3, 2):
            name = run[i : i + k]
            if len(name) == k and i + k <= len(run) - 2 and name[-1] in "省市县区州盟旗" and (
                divisions.is_place(name) or name in place_names()
            ):
                places.setdefault(i + k, i)
                break
    if not places:
        # a body written with its level alone (近日,市城市管理委孙新军主任; 市民致电区城管局张三局长):
        # from the last level that opens no word (not 城市, 社区), its place the page's as for any
        # bare body
        at = next((j for j in range(len(run) - 4, -1, -1)
                   if run[j] in _BARE_LEVELS and run[max(0, j - 1) : j + 1] not in _LEVEL_WORDS
                   and (j > 0 or lo == 0 or not _is_han(text[lo - 1]))), None)
        body = run[at:] if at is not None else ""
        if body and _bare_body(body) and not P.ACT_IN_BODY.search(body, 1) and not body.endswith(P.PARTY_COMMITTEE_ENDS):
            return body
        return None
    start = max(places.values())
    while start in places:  # (深圳市南山区: a place written right before the last one)
        start = places[start]
    body = run[start:]
    if len(body) < 4 or P.ACT_IN_BODY.search(run, max(places)) or body.endswith(P.PARTY_COMMITTEE_ENDS):
        return None  # (深圳市召开会议市教育局: a sentence, not a body; 县委张三主任: a committee's office)
    return body


#: How far before a name a place's body is read back.
_PLACE_BODY_REACH = 14

#: Words a level's character ends, which open no body (城市管理委: no 市管理委).
_LEVEL_WORDS = frozenset({"城市", "都市", "超市", "夜市", "城区", "社区", "山区", "市区", "地区", "景区", "园区", "辖区",
                          "街区", "省市", "县市", "郊区", "林区", "矿区", "牧区", "湾区", "片区", "县区"})


def _division_written_before(text: str, mentions: list[_Mention]) -> str | None:
    """The county, county-level city or district the text writes right before a person's local
    post or body, which the places gazetteer (prefectures, larger cities) does not list: 南宫市委书记
    → 南宫市, 海盐县委常委 → 海盐县. The division table says which names are real; None when none
    is written so, or two different ones."""
    found: set[str] = set()
    for m in mentions:
        if not m.title:
            continue
        # where the post or its body begins: the mention's start, or inside what it read before the
        # post (日南宫市委书记: read from 南, the post 市委书记)
        at = m.start
        post = m.name_start - len(m.title)
        if m.start < post and text.startswith(m.title, post):
            at = post
        if at < 2 or text[at] not in "市县区":
            continue
        level = text[at]
        for k in (4, 3, 2):  # (a stem of two to four characters, the longest: 南宫, 尼勒克, 鄂托克前)
            name = text[at - k : at] + level
            if len(name) == k + 1 and divisions.is_place(name):
                found.add(name)
                break
    return found.pop() if len(found) == 1 else None


def _city_of_body_in_full(text: str, body: str) -> str | None:
    """The one city whose ``body`` (医疗保障局 of 市医疗保障局) the page writes in full, when that is
    no visiting party's (来访的苏州市商务局代表团) and no other city's body is written so."""
    found = set()
    for _, city in _city_mentions(text):
        full = city + body
        i = text.find(full)
        if i < 0:
            continue
        if P.VISITING_PARTY_AFTER.match(text, i + len(full)) or text.endswith(("来访的", "赴", "前往"), 0, i):
            return None
        found.add(city)
    return found.pop() if len(found) == 1 else None


def _place_inside(text: str, start: int, city: str) -> bool:
    """Whether the city written at ``start`` only begins the name of a site inside it (到扬州第四
    水厂, 来到盐城吾悦广场): a site of the page's own city visited, not the city gone to (赴杭州市,
    到苏州考察, 赴杭州推介招商项目, 到深圳,)."""
    i = start + len(city)
    if text.startswith(city[:-1], start) and not text.startswith(city, start):
        i = start + len(city) - 1  # the city written without 市 (扬州 for 扬州市)
    nxt = text[i : i + 1]
    return (bool(nxt) and _is_han(nxt) and nxt not in "市县区" and not P.VISIT_AFTER_PLACE.match(text, i)
            and P.SITE_AFTER_PLACE.match(text, i) is not None)


#: A year after every reform the knowledge base records.
_LATEST_YEAR = 9999


def _page_company(text: str, bare: str) -> str | None:
    """The one group company of the knowledge base a page names, for a post of a group written
    without its name (集团公司董事长…, 集团董事长…), else None (a bare 公司 or 分公司 is left
    without one: the page's one known company may be a partner's)."""
    ends = ("集团", "集团公司", "集团有限公司")
    found = {form for form in kb.org_forms() if len(form) > len(bare) and form.endswith(ends) and form in text}
    # one company, however many of its names the page writes (中国邮政集团公司(现中国邮政集团有限公司))
    # (a year past every reform: a former name and its successor's are one company; no clock read,
    # so a re-run gives the same answer)
    ids = {(kb.canonical_org(form, _LATEST_YEAR) or (form,))[0] for form in found}
    if len(ids) != 1:
        return None
    # (中国邮政集团有限公司 holds 中国邮政集团: the longest of forms inside one another)
    return max(found, key=len)


#: A county's own bodies, after its name (洞口县委, 洞口县人民政府).
# a county's own bodies, and its own outlet (来源:潼关县融媒体中心: every county has had one since
# 2018, and a page it publishes is the county's)
_COUNTY_OWN = ("委", "人民政府", "政府", "人大", "政协", "融媒体中心")


def _county_bureau_opens(text: str, county: str) -> bool:
    """Whether the county, named once, opens a sentence or a clause as the seat of one of its
    bureaus (6月17日上午,信丰县公安局交通管理大队组织…): the page's own county."""
    i = text.find(county)
    return (i == 0 or text[i - 1] in "。\n,:") and P.COUNTY_BUREAU_AFTER.match(text, i + len(county)) is not None


@lru_cache(maxsize=4)
def _page_county(text: str) -> str | None:
    """The one county a page names, for a county's post that names none (周宁县委书记袁华军,县委副书记、
    县长陈文卿…; 隆回县长钟义凡…县委常委…), read from the text itself: the two characters
    before 县 (当前巨鹿县; not a word such as 全县, 我县, 贫困县), whose name must come back on the
    page (周宁汽车站) or stand once with a body or a document of its own (洞口县委, 《洞口县…》).
    None when the page names none, several, a county gone to or learned from, or a longer name
    read short (尼勒克县).

    Written by hand: no library here knows China's 1,300 counties, and the gazetteer lists only
    prefectures and the larger county-level cities."""
    found: set[str] = set()
    guessed: set[str] = set()  # stems read by their look alone (no division table lists them)
    for m in P.COUNTY_NAMED.finditer(text):
        stem = m.group(1)
        if stem[0] in P.COUNTY_ONE_BEFORE and text.startswith("县", m.end()):
            continue  # (新任曹县县委书记: 任 stands before the county 曹县, read below)
        known = divisions.is_county_level(stem + "县")
        if _county_stem(stem):
            # a place gone to or learned from is no county of the page's own (赴安吉县考察学习)
            before = text[max(0, m.start() - 2) : m.start()]
            if before.endswith(("赴", "往")) or P.LEARNED_FROM.match(text, m.end()):
                return None
            (found if known else guessed).add(stem)
    # A county the table lists outweighs words that only look like one (海盐县 against 围绕县委 and
    # 代表团县委); the table is of its build's year (about 2016), so a county named otherwise is
    # still read by its look. (Listed counties that are words, 会同县 比如县 资源县, pass the word
    # filter above first.)
    found = found or guessed
    if len(found) > 1:
        return None
    if "县县" in text:
        for m in P.COUNTY_NAMED_ONE.finditer(text):
            stem = m.group(1)
            if stem not in P.COUNTY_ONE_STOPS:
                found.add(stem)  # (曹县县委书记: a county's body after the county's name)
                if len(found) > 1:
                    return None
    if not found:
        return None
    stem = found.pop()
    if len(stem) == 1:
        return stem + "县"  # (read only before its own body: 曹县县委)
    n = text.count(stem)
    # named twice, or once with a body or a document of its own (洞口县委, 《洞口县…方案》)
    if n < 2 and not ("《" + stem + "县" in text or any(stem + "县" + body in text for body in _COUNTY_OWN)
                      or text.find(stem + "县县") != -1  # (来凤县县长: its own head, written with 县 again)
                      or P.OWN_MEETING.match(text, text.find(stem + "县") + 3)  # (桃源县抗旱工作调度会召开)
                      or _county_bureau_opens(text, stem + "县")):
        return None
    # a longer name read short (尼勒克县 as 勒克县, 江苏沛县 as 苏沛县): the same character before the
    # two every time they are written
    i = text.find(stem)
    first_before = text[i - 1] if i > 0 else ""
    if _is_han(first_before) and text.count(first_before + stem) == n and (
        not divisions.is_county_level(stem + "县") or divisions.is_county_level(first_before + stem + "县")
    ):
        return None  # (but 共青团海盐县 is 海盐县's: the table lists it, and no 团海盐县)
    return stem + "县"


#: What stands before a place's name without being part of it (怀化市鹤城区, 在鹤城区, 到中站区).
_BEFORE_PLACE = frozenset("市省州在到于赴")


def _county_of_another_city(text: str, county: str) -> bool:
    """Whether the page's one county may belong to another city than the page's: a county's
    delegation or group visiting (利辛县党政代表团来我市考察), or a county helped (对口帮扶的利辛县).
    (我市 alone says nothing: a city's own page names its counties so.)"""
    return any(w in text for w in P.ANOTHER_CITY_WORDS) or P.VISITING_GROUP_AFTER.match(
        text, text.find(county) + len(county)) is not None


@lru_cache(maxsize=4)
def _page_district(text: str) -> str | None:
    """The one district of a city a page names, for a district's post that names none (区委书记
    熊安台,区委副书记、区长印宇鹰…鹤城区芦坪乡): two characters before 区 that are no everyday
    word nor a kind of area (开发区, 示范区, 经开区, 景区, 社区), named twice, or once with a body or
    a meeting of its own (中站区委, 奉化区安全生产工作会议). None when the page names none or
    several. Written by hand for the reason _page_county is."""
    found: Counter[str] = Counter()
    for m in P.DISTRICT_NAMED.finditer(text):
        stem = m.group(1)
        if stem in P.DISTRICT_KIND_WORDS or stem[1] + "区" in P.DISTRICT_AREA_WORDS or not _county_stem(stem):
            continue  # (一处景区: 景区, an area, not a district 处景区)
        if stem[1] in "和与及" and not divisions.is_county_level(stem + "区"):
            continue  # (区政府和区金融办: 和 joins two bodies, no district 府和区)
        before = text[max(0, m.start() - 2) : m.start()]
        if before.endswith(("赴", "往")) or P.LEARNED_FROM.match(text, m.end()):
            return None
        found[stem] += 1
    if len(found) > 1:
        # (鹤城区 twice, 偏远山区 once: the district is the one named again)
        found = Counter({stem: n for stem, n in found.items() if n > 1})
    if len(found) != 1:
        return None
    stem = next(iter(found))
    at = text.find(stem + "区")
    # a district the division table lists may be named once (区委副书记叶林霞到宜秀区…调研), not as a
    # partner (将与鼓楼区深化合作, 对接高新区和鼓楼区)
    listed_once = divisions.is_county_level(stem + "区") and not (
        P.PARTNER_BEFORE.search(text, max(0, at - 3), at) or text.startswith(("和", "、", "与"), at + 3))
    if text.count(stem) < 2 and not (any(stem + "区" + body in text for body in _COUNTY_OWN)
                                     or P.OWN_MEETING.match(text, at + 3) or listed_once):
        return None
    i = text.find(stem)
    first_before = text[i - 1] if i > 0 else ""
    if (_is_han(first_before) and first_before not in _BEFORE_PLACE
            and text.count(first_before + stem) == text.count(stem)):
        return None  # a longer name read short
    return stem + "区"


#: A sub-district's bodies written without its name, and what follows its name in full.
_STREET_BODIES = {"街道": "", "街道党工委": "党工委", "街道办事处": "办事处", "街道办": "办事处", "街办": "办事处",
                  "街道工委": "党工委"}


@lru_cache(maxsize=4)
def _page_street(text: str) -> str | None:
    """The one sub-district (街道) a page names, for a post of its bodies written without its name
    (街道党工委书记, 街办主任): a name of two to four characters before 街道 that is no everyday
    word (城市街道, 主要街道: streets), named twice or with a body of its own (城厢街道党工委); None
    when the page names none or several. Written by hand for the reason _page_county is."""
    found: Counter[str] = Counter()
    owned: set[str] = set()
    at = text.find("街道")
    while at >= 0:
        end = at + 2
        # back over at most four Han characters, not past a word that stands before a place
        # (到张家村街道, 在城厢街道) nor a mark
        i = at
        while i > at - 4 and i > 0 and _is_han(text[i - 1]) and text[i - 1] not in P.STREET_STEM_FIRST_STOPS:
            i -= 1
        stem = text[i:at]
        if "街道" in stem:
            stem = stem[stem.rfind("街道") + 2 :]  # (城厢街道组织街道各部门: no 街道组织)
        if cut := P.STREET_STEM_CUT.match(stem[:-1]):
            stem = stem[cut.end() :]  # (鼓楼区华大街道, 近日城厢街道: 华大, 城厢)
        at = text.find("街道", end)
        if len(stem) < 2 or stem[-1] in P.STREET_STEM_LAST_STOPS or stem in P.STREET_WORDS:
            continue
        if i > 0 and text[i - 1] in "到赴往":
            continue  # (到张家村街道召开研究会: a sub-district gone to, not the page's own)
        found[stem] += 1
        if P.STREET_OWN_BODY.match(text, end):
            owned.add(stem)
    # a longer run that ends with a name read elsewhere is that name with a word before it
    # (召开城厢街道辖区…: 城厢)
    for stem in sorted(found, key=len, reverse=True):
        short = next((s for s in found if s != stem and len(s) < len(stem) and stem.endswith(s)), None)
        if short:
            found[short] += found.pop(stem)
            if stem in owned:
                owned.add(short)
    stems = [stem for stem, n in found.items() if n >= 2 or stem in owned]
    return stems[0] + "街道" if len(stems) == 1 else None


#: A town's or a township's posts written without its name (镇党委书记, 该镇党委副书记, 我乡乡长).
_TOWN_SELF = frozenset({"镇", "乡", "该镇", "我镇", "本镇", "该乡", "我乡", "本乡"})


@lru_cache(maxsize=4)
def _page_town(text: str) -> str | None:
    """The one town (镇) or township (乡) a page names, for a town's post that names none (镇党委书记
    张鼎 … 澧县城头山镇; 地城镇召开…,镇长杨明才): two characters before 镇 or 乡 that may name a place
    (_county_stem, and no word such as 城乡 or 集镇), standing with a body or a meeting of its own
    (田头乡召开…会, 河头镇党委) or after its county (澧县城头山镇). A longer name read short is read
    whole (城头山镇: the same character before the two every time). None when the page names none,
    several (a town merely named counts, unless its name is an everyday word, 太平镇; a piece of
    other words does not: 全国城镇, 任命孙镇平, 打造镇、村),
    a city (萍乡, 景德镇), or one gone to or learned from. Written by hand for the reason
    _page_county is: no gazetteer here knows China's 40,000 towns."""
    cities = {c[:-1] for _, c in _city_mentions(text)}
    found: dict[str, bool] = {}
    for m in P.TOWN_NAMED.finditer(text):
        stem, kind = m.groups()
        if stem[1] in P.TOWN_STEM_LAST_STOPS[kind] or not _county_stem(stem):
            continue
        if text[max(0, m.start() - 2) : m.start()].endswith(("赴", "往")) or P.LEARNED_FROM.match(text, m.end()):
            return None
        name = stem + kind
        starts = list(_find_all(text, name))
        before = {text[i - 1] if i > 0 else "" for i in starts}
        if len(before) == 1 and _is_han(lead := before.pop()) and lead not in _TOWN_NAME_BOUNDARY:
            name, starts = lead + name, [i - 1 for i in starts]  # (澧县城头山镇: 城头山镇, not 头山镇)
        if name in found or name in cities:
            continue
        own = any(
            P.TOWN_OWN_BODY.match(text, i + len(name)) or P.OWN_MEETING.match(text, i + len(name))
            or text.startswith(("召开", "组织召开", "举行"), i + len(name))
            for i in starts
        )
        after_county = any(i > 0 and text[i - 1] in "县区市旗" for i in starts)
        if not (own or after_county) and _pieces_of_words(text, starts[0], name):
            continue  # (全国城镇新增就业, 任命孙镇平: no town)
        found[name] = own or after_county
    if len(found) != 1:
        return None
    name, fits = found.popitem()
    return name if fits else None


#: What stands right before a town's name without being part of it (宜兴市丁蜀镇, 在田头乡).
_TOWN_NAME_BOUNDARY = frozenset("市县区旗乡镇省州在到于赴和与及的对为向从来是由把被给将让同")

#: An IDF below which a pair of characters is an everyday word (全国 4.7, 城镇 6.9, 任命 6.8).
_EVERYDAY_PAIR_IDF = 9.0


def _pieces_of_words(text: str, at: int, name: str) -> bool:
    """Whether the town ``name`` written at ``at`` is only pieces of everyday words: its first
    character ends one with the character before it (全国城镇: 全国), its last two make one (…城镇,
    …乡镇), or its two-character stem is one (打造镇)."""
    pairs = (text[at - 1 : at + 1] if at > 0 else "", name[-2:])
    stem = name[:-1] if len(name) == 3 else ""  # (打造镇、村: 打造 is a word, no town's name)
    return any((idf := idf_of(pair)) is not None and idf < _EVERYDAY_PAIR_IDF
               for pair in (*pairs, stem) if len(pair) == 2)


def _find_all(text: str, part: str) -> Iterator[int]:
    """Where ``part`` starts in ``text``, each time, in order."""
    i = text.find(part)
    while i != -1:
        yield i
        i = text.find(part, i + 1)


@lru_cache(maxsize=4)
def _city_mentions(text: str) -> tuple[tuple[int, str], ...]:
    """places.city_mentions, once per text however many people ask (a text naming 800 mayors took
    0.34 s when each scanned it)."""
    return places.city_mentions(text)


def _post_fits(title: str | None, post: str) -> bool:
    """Whether a 马局长-style post may name someone the text gave ``title``: the same post, or the
    head's post for a deputy (李局长 for 副局长李卫东: a deputy is often called so), or no title to
    compare. Not the other way (王副市长 is not the 市长 王建国)."""
    return not title or title.endswith(post)


def _nearest_named(found: Iterable[tuple[int, str]], pos: int) -> str | None:
    """Of the (position, name) pairs ``found`` in text order, the name nearest before ``pos``,
    else the first after it: where a post without its place takes the place from."""
    last = None
    for start, name in found:
        if start >= pos and last is not None:
            break
        last = name
        if start >= pos:
            break
    return last


def _province_before(text: str, pos: int, *, clear_only: bool = False) -> str | None:
    """Full name of the province the text names nearest before ``pos`` (else first after it).
    Only a 省 counts: the bodies it completes are written 省… (省长, 省交通运输厅), which a
    municipality or an autonomous region has not (省长韩俊在北京与……会谈: not 北京). With
    ``clear_only``, only a name that is clearly the province's: written with 省, or after a mark or
    a word that stands before places (在山西, 、山西), not inside another name (营山西站: 营山's
    west station)."""
    last = _nearest_named(
        (
            (m.start(), m.group()) for m in P.PROVINCE.finditer(text)
            if m.group() not in P.PROVINCE_FULL and (not clear_only or _province_clear(text, m.start(), m.end()))
        ),
        pos,
    )
    return None if last is None else P.PROVINCE_FULL.get(last, last + "省")


def _host_province(text: str, found_province: str | None) -> str | None:
    """The page's own province when it reports a visit to it by its one-character name (…一行来湘调研:
    湖南省), where the province otherwise found for a bare 省 is none or the visitor's: read from
    the visitor's cities or first written before the visit. None when the page names no such visit,
    visits to two, or first writes the province found after the visit."""
    visits = list(P.VISIT_TO_HOST_PROVINCE.finditer(text))
    hosts = {P.HOST_PROVINCE_ABBREVIATIONS[m.group("abbr")] for m in visits}
    if len(hosts) != 1:
        return None
    host = hosts.pop()
    if found_province is None:
        return host
    # (外地客商来晋考察,福建省副省长…: a province first written after the visit is no visitor's)
    first = text.find(found_province.removesuffix("省"))
    return None if first > visits[0].start() else host


def _without_province(org: str) -> str:
    """A city's body without the province written before the city (陕西铜川市 → 铜川市, 山东泰安市政协
    → 泰安市政协, 福建省福州市 → 福州市): the city names it, as the city's own pages do. Only when the
    city lies in that province (吉林市交通局 is no 吉林 province's)."""
    m = P.PROVINCE.match(org)
    if m is None:
        return org
    province = P.PROVINCE_FULL.get(m.group(), m.group() + "省")
    rest = org[m.end() :]
    for written in (province[len(m.group()) :], "省"):
        if written and rest.startswith(written):
            rest = rest[len(written) :]
            break
    cities = places.city_mentions(rest) if len(rest) >= 2 else ()
    # (the city written in full, 市 and all: 陕西省延安精神研究会 and 浙江省金华火腿协会 stay whole)
    if cities and cities[0][0] == 0 and rest.startswith(cities[0][1]) and places.province_of(cities[0][1]) == province:
        return rest
    # a county or a county-level city the gazetteer does not list, with a body of its own
    # (河南太康县委 → 太康县委, 江苏省泰兴市邮政局 → 泰兴市邮政局)
    m = P.LOCAL_BODY_AFTER_PROVINCE.match(rest)
    if m and _county_stem(m["stem"]):
        return rest
    return org


def _county_stem(stem: str) -> bool:
    """Whether two characters before 县 (or 市) may name a county: no word of the sentence
    (全县, 我县, 召开县…), no kind of county (贫困县) and no everyday word by jieba's IDF."""
    return (
        stem[1] not in P.COUNTY_STEM_LAST_STOPS
        and stem[0] not in P.COUNTY_STEM_FIRST_STOPS
        and stem not in P.COUNTY_KIND_WORDS
        and stem not in P.COUNTY_VERBS
        and (idf_of(stem) or 99.0) >= P.COUNTY_COMMON_IDF
    )


#: What stands right before a place gone to or met in (赴孝感, 在南京, 到大连).
_PLACE_PREPOSITIONS = frozenset("在赴到抵至来")

#: The autonomous regions by the short names PROVINCE finds (内蒙古 → 内蒙古自治区).
_REGIONS = {short: full for short, full in P.PROVINCE_FULL.items() if full.endswith("自治区")}


def _region_before(text: str, pos: int) -> str | None:
    """Full name of the autonomous region the text names nearest before ``pos`` (else first after
    it), for the bodies written 自治区… (自治区副主席, 自治区党委)."""
    last = _nearest_named(((m.start(), m.group()) for m in P.PROVINCE.finditer(text) if m.group() in _REGIONS), pos)
    return _REGIONS[last] if last is not None else None


#: Words that stand before a place's name (在山西, 赴河南, 中国山西).
_BEFORE_PLACE = frozenset("在赴到来与和同及的对向从至往是为由全国驻原率带访")


def _province_clear(text: str, start: int, end: int) -> bool:
    """Whether the province written at ``start``..``end`` is clearly one: with 省 after it, or
    with no Han character before it but a word that stands before places."""
    return (
        text.startswith("省", end) or start == 0 or not _is_han(text[start - 1]) or text[start - 1] in _BEFORE_PLACE
    )


def _province_of_cities(text: str, level: str) -> str | None:
    """The one province (or autonomous region, as ``level`` asks: "省" or "自治区") that every city
    the text names lies in, for a text that names no province itself (省农业农村厅副厅长…赴孝感调研
    → 湖北省); None when they lie in several or when it names none. The four municipalities are
    no province's cities."""
    provinces = {
        places.province_of(city)
        for start, city in _city_mentions(text)
        # a city written in full (孝感市) or as a place gone to or met in (赴孝感调研, 在南京召开),
        # not a name that stands for a lesson (大庆精神, 遵义会议精神), nor a city visited to learn
        # from (赴深圳市考察学习)
        if city not in places.MUNICIPALITIES
        and (text.startswith(city, start) or text[start - 1 : start] in _PLACE_PREPOSITIONS
             # (德州新闻网讯: the city's own outlet reports on it)
             or P.CITY_OUTLET.match(text, start + len(city) - (not text.startswith(city, start))))
        and not P.LEARNED_FROM.match(text, start + (len(city) if text.startswith(city, start) else len(city) - 1))
    }
    provinces.discard(None)
    if len(provinces) != 1:
        return None
    province = provinces.pop()
    return province if province.endswith(level) else None


#: Hong Kong and Macao, by the names a text calls them.
_SARS = {"香港": "香港特别行政区", "澳门": "澳门特别行政区"}


def _sar_body_before(text: str, m: _Mention) -> str | None:
    """The special region's government (and bureau) whose secretariat or bureau is written right
    before a mention's post (运输及物流局局长林世雄 → 香港特别行政区政府运输及物流局; 运输工务司司长
    → 澳门特别行政区政府)."""
    window = text[max(0, m.start - 4) : m.name_start]
    for body, region in P.SAR_BODIES.items():
        if body in window:
            return _SARS[region] + "政府" + (body if body.endswith("局") else "")
    return None


def _sar_named(text: str, pos: int) -> str | None:
    """The special administrative region a chief executive heads: the one the text names nearest
    before ``pos``, else first after it."""
    last = _nearest_named(((m.start(), m.group()) for m in P.SAR.finditer(text)), pos)
    return _SARS[last] if last is not None else None


@lru_cache(maxsize=1)
def _host_pattern() -> re.Pattern[str]:
    """A known body holding the occasion: 水利部召开…新闻通气会, 国务院台办在新闻发布厅举行…."""
    forms = sorted(kb.org_forms(), key=len, reverse=True)
    # the body opens its clause, after a date, a dateline or a byline's bracket (not 湖北省发改委,
    # 省国资委, 当地教育部门: a local body or a word that holds a central body's short name)
    return re.compile(
        r"(?:^|(?<=[,。;!?\n\s:日时)】》电讯]))(" + "|".join(map(re.escape, forms)) + r")(?!门)[^,。;!?\n]{0,16}?(?:召开|举行|举办|主办)"
    )


#: The posts a host body lends its name to, by the last character the body's name ends with
#: (副部长陈敏 at 水利部's briefing; 发言人 at any body's).
_HOST_POSTS = {"部": ("部长", "司长"), "局": ("局长", "司长"), "署": ("署长", "司长"), "委": ("主任", "司长"),
               "室": ("主任", "局长"), "会": ("主任", "会长")}


def _host_body(text: str, pos: int, title: str) -> str | None:
    """The known body that holds the occasion where an official with a post but no body speaks
    (水利部召开…新闻通气会,副部长陈敏介绍…; 国务院台办…举行例行新闻发布会。发言人陈斌华…): named in the
    person's sentence before them, or for a spokesperson in the sentence before that. Only a post
    such a body has (a 部's 副部长, any body's 发言人)."""
    sent = max(text.rfind(c, 0, pos) for c in "。!?\n") + 1
    spokesperson = title.endswith("发言人")
    lo = max(text.rfind(c, 0, sent - 1) for c in "。!?\n") + 1 if spokesperson and sent > 0 else sent
    found = None
    for m in _host_pattern().finditer(text, lo, pos):
        found = m.group(1)
    if found is None:
        return None
    if spokesperson or title.endswith(_HOST_POSTS.get(found[-1], ())):
        return found
    return None


@lru_cache(maxsize=8)
def _known_body_of_page(text: str, named: frozenset[str], kind: str) -> str | None:
    """The one body of the knowledge base ending in ``kind`` (局, 部, 署) that the page names, as it
    first writes it; None when it names none or several (a successor's name counts as its
    predecessor's: 交通部 and 交通运输部 are one), or also names a local body of that kind, whose
    own party group it more likely is (市统计局…传达学习国家统计局…会议精神。局党组书记、局长…).
    Worked out once per page and kind."""
    if P.LOCAL_BODY_OF_KIND[kind].search(text):
        return None
    found: dict[frozenset[str], tuple[int, str]] = {}
    for oid in named:
        org = kb.org_by_id(oid)
        if org is None:
            continue
        for form in (org.name, *org.short_names):
            if form.endswith(kind) and (at := text.find(form)) >= 0:
                key = kb.org_ids(form) or frozenset({oid})
                if key not in found or at < found[key][0]:
                    found[key] = (at, form)
    keys = list(found)
    if not all(a <= b or b <= a for a in keys for b in keys):
        return None
    return min(found.values())[1] if found else None


def _department_of_page(text: str) -> str | None:
    """The one provincial department (…厅) a page names, for a 厅长 or 副厅长 it names without one
    (省交通运输厅召开…会议。…副厅长宋书强总结…): written as the page first writes it in full
    (河北省交通运输厅), else 省…; None when the page names none or several."""
    found: dict[str, str] = {}  # department → as the page first writes it with its province
    provinces: set[str] = set()
    for m in P.PROVINCIAL_DEPARTMENT.finditer(text):
        dept = m.group("dept")
        if m.group("province"):
            provinces.add(m.group("province"))
            found.setdefault(dept, m.group())
        else:
            found.setdefault(dept, "省" + dept)
        # (河北省交通运输厅与山西省交通运输厅召开联席会议: two provinces' departments)
        if len(found) > 1 or len(provinces) > 1:
            return None
    dept = next(iter(found.values()), None)
    if dept is not None and dept[0] == "省" and provinces:
        # (河北省交通运输厅召开会议。省交通运输厅副厅长…: the province it was written with once)
        province = provinces.pop()
        dept = P.PROVINCE_FULL.get(province, province + "省") + dept[1:]
    return dept


def _province_of_leaders(people: list[_Person], year: int | None, day: _dt.date | None = None) -> dict[str, str]:
    """name → province, for the page's people whose written title is a province's party
    secretary's or governor's post that the knowledge base has them holding in ``year`` — in the
    stamp's month, when the page has a stamp and the file the months (省委书记刘家义, 省长龚正 →
    山东省)."""
    return {
        p.name: post.org
        for p in people
        if p.title
        for post in kb.lookup(p.name, year)
        if post.post in _PROVINCIAL_LEADER_POSTS and kb.title_fits(p.title, post.post)
        and (day is None or _held_in_month(post, day))
    }


def _held_in_month(post: kb.Post, day: _dt.date) -> bool:
    """Whether ``post`` was held in ``day``'s month (a term given by its year alone counts for the
    whole year)."""
    month = f"{day.year:04d}-{day.month:02d}"
    start = post.start if len(post.start) >= 7 else post.start[:4] + "-01"
    end = (post.end if len(post.end) >= 7 else post.end[:4] + "-12") if post.end else None
    return start[:7] <= month and (end is None or month <= end[:7])


#: The knowledge base's posts of a province's leaders (their org is the province).
_PROVINCIAL_LEADER_POSTS = frozenset({"省委书记", "省长", "自治区党委书记", "自治区主席"})


@lru_cache(maxsize=4096)
def _provincial_only(name: str) -> bool:
    """Whether every post of ``name`` in the officials' file is a province's (its org a place)."""
    posts = kb.lookup(name)
    return bool(posts) and all(kb.canonical_org(post.org) is None for post in posts)


def _kb_leader_place(name: str, title: str, year: int | None) -> str | None:
    """The province whose leader ``name`` was in ``year`` in a post the written title names (the
    one province of all his such posts when the year is unknown)."""
    places = {post.org for post in kb.lookup(name, year)
              if post.post in _PROVINCIAL_LEADER_POSTS and kb.title_fits(title, post.post)}
    return places.pop() if len(places) == 1 else None


def _held_post(title: str) -> str:
    """The post a title chain ends with, passing over an occasion body's post written after it
    (常委、副市长、改革领导小组组长 → 副市长): the one that says whose government or committee it is."""
    items = title.split("、")
    while len(items) > 1 and any(end in items[-1] for end in P.OCCASION_BODY_ENDS):
        items.pop()
    return items[-1]


def _finish(
    p: _Person, year: int | None, text: str, named: frozenset[str], leaders: dict[str, str] | None = None,
    url: str | None = None,
) -> tuple[str | None, str | None, str | None]:
    """(title, org, org_id) for a person: as written, else from the knowledge base; a bare 省
    (副省长, 省交通运输厅) takes the province the text names nearest before the person; a bare
    市, 县 or 区 the city, county or district the text names, else the one whose own site the page
    is on (``url``)."""
    title, org = p.title, p.org
    # a transcript's host: labelled so (主持人 郭卫民:), or met first at a turn of their own
    opening = min(p.mentions, key=lambda m: m.name_start)
    first = opening.name_start  # where the person is first named: places are looked for from there
    hosting = title == "主持人" or opening.method == "qa_transcript"
    if title == "主持人":  # a part in the event, not a post: the knowledge base may know one
        title = None
    org_id = None
    if org in _BODILESS_POSTS:
        org = None  # (国务委员兼外长王毅: a post read as the body of the one taken on 兼)
    elif org and title and title.startswith(("省委", "市委", "党委")) and (
            P.PROVINCE.fullmatch(org) or org in P.PROVINCE_FULL.values() or org in place_names()) and any(
            (at := text.find(org + title, m.start, m.name_start)) >= 0
            and not P.HEAD_OF_GOVERNMENT_IN.search(text, at, m.name_start) for m in p.mentions):
        # 广东省委书记李希, 上海市委书记俞正声 read as the place and the post 省委书记: the place's
        # party committee (written so: 广东省委); not when a later post of the chain heads the
        # place's government (四川省委副书记、四川省人民政府省长尹力: 四川省's)
        full = P.PROVINCE_FULL.get(org, org + "省" if P.PROVINCE.fullmatch(org) else _city_in_full(org))
        if title[0] == "党" and full.endswith("自治区"):
            org = full + "党委"
        elif title[0] in "省市" and full.endswith(title[0]):
            org = full + "委"
    elif org in ("政府", "人民政府") and title and title[-2:] in ("县长", "市长", "区长"):
        org = title[-2] + "人民政府"  # (政府副县长王建福: the county's government, placed below)
    elif org and org[0] in "该本我" and org[1:2] in ("区", "县", "市"):
        # 该区区委书记董红倜: the page's own district, county or city (placed below as a bare one)
        org = org[1:]
        if len(org) >= 3 and org[0] == org[1]:
            org = org[1:]
    if org and (same := P.LEVEL_WRITTEN_TWICE.match(org)):
        org = same.group(1) + org[same.end(1) + 1 :]  # 清丰县县委 → 清丰县委 (not 萧县县委: 萧县's 县委)
    elif org and org.startswith("中国") and P.CHINA_PROVINCE.match(org):
        org = org[2:]  # (中国海南省省长沈晓明, as an international forum's page writes it)
    if not org and title and title.endswith("厅长"):
        org = _department_of_page(text)  # (…厅党组书记、厅长彭琳, 陈岳峰副厅长…)
    elif not org and title and title.startswith("党组") and title.endswith(("局长", "部长", "署长")):
        # 国家粮食局…召开…。会议由局党组书记、局长聂振邦主持: the one known bureau (ministry,
        # administration) the page names
        org = _known_body_of_page(text, named, title[-2])
    local = org if org and org.startswith(("省", "自治区")) else (title if not org and title else None)
    if local and P.PROVINCIAL.match(local):
        # a province clearly named, else the one its cities lie in, else one named inside a word
        # (…营山西站…南充市、广安市: 四川省, not 山西)
        province = _province_before(text, first, clear_only=True)
        province = province or _province_of_cities(text, "省") or _province_before(text, first)
        # (the province a visitor came to, over the visitor's own: 山西省…一行来湘调研)
        province = _host_province(text, province) or province
        if not province and title and (place := _kb_leader_place(p.name, title, year)):
            province = place  # (省长楼阳生, on a page naming no province: the one he governed then)
        others_provinces = {org for name, org in (leaders or {}).items() if name != p.name}
        if not province and len(others_provinces) == 1 and (only := next(iter(others_provinces))).endswith("省"):
            province = only  # (…省委书记刘家义、省长龚正的批示,副省长于国安…: another's province)
        if province:
            org = province + org[1:] if org else province
        if org and org.endswith("省委") and title and P.GOVERNOR_POST.fullmatch(_held_post(title)):
            org = org[:-1]  # (省委常委、常务副省长郭宁宁 on a page of 福建: the province's government)
    elif local and local.startswith("自治区"):
        # 自治区副主席黄志强 (…在呼和浩特市举行): the autonomous region the text names, else the
        # one its cities lie in
        region = _region_before(text, first)
        region = region or _province_of_cities(text, "自治区")
        if region:
            org = region + org[3:] if org else region
    else:
        # the same for a city's posts and bodies (副市长, 市委): the city the text names nearest
        # before the person (德州新闻网讯…市委副书记、市长朱开国 → 德州市)
        local = org if org and org.startswith("市") else (title if not org and title else None)
        # (not after a place the gazetteer does not know: 台南市长黄伟哲)
        unread_place = any(_unread_place(text, m) for m in p.mentions)
        # (南宫市委书记刘金宇: a county-level city the gazetteer does not list, read as a division)
        written = _division_written_before(text, p.mentions) if unread_place else None
        host = divisions.host_division(url)
        if local and P.MUNICIPAL.match(local) and written and written.endswith("市"):
            if org:
                org = written + org[1:]
            else:  # (南宫市委书记: the city's party committee; 南宫市副市长: the city)
                org = written + "委" if title and title.startswith("市委") else written
        elif local and P.MUNICIPAL.match(local) and not unread_place:
            # before the first mention, else before the first that gives the post in full (蔡市长 in
            # the headline, …淮安… after it, 市长蔡丽新 in the text), else the one city the page names
            firsts = sorted(p.mentions, key=lambda m: m.name_start)
            city = _city_before(text, firsts[0].name_start)
            for m in firsts[1:]:
                if city or m.title is None or m.surname_post:
                    break
                city = _city_before(text, m.name_start)
            city = city or _page_city(text)
            if not city and org and len(org) > 2:
                # (市医疗保障局副局长管怀林 … 由南通市医疗保障局举办: the body written in full
                # elsewhere on the page, with its city)
                city = _city_of_body_in_full(text, org[1:])
            if (not city and host and host.level in ("prefecture", "county_city") and host.name.endswith("市")
                    and all(named == host.name for _, named in _city_mentions(text))):
                city = host.name  # (市长王亚军… on chengde.gov.cn: 承德市; not when the text names another city)
            if not city and (page_county := _page_county(text)) and len(
                    cities := {d.prefecture for d in divisions.named(page_county) if d.prefecture.endswith("市")}
            ) == 1 and not _county_of_another_city(text, page_county):
                city = cities.pop()  # (市交通运输局局长孙善豹 on a page of 利辛县 alone: 亳州市, the county's city)
            if city:
                org = city + org[1:] if org else city
        if org and org.endswith(("县委", "区委", "市委", "州委", "省委")) and len(org) > 2 and title and (
            P.GOVERNMENT_HEAD.fullmatch(_held_post(title))
        ):
            # 石棉县委副书记、县长张瑜锋, 三明市委常委、常务副市长黄建波, 山西省委常委、副省长付建华: the
            # head (or a deputy head) of the place's government, the place's (中共山西省委: 山西省)
            org = org[2:-1] if org.startswith("中共") else org[:-1]
            if len(org) == 3 and org[1] == org[2]:
                org = org[:2]  # (荣县县委副书记、县长郑小清: 荣县, a county of one character)
        local = org if org and org.startswith("县") else (title if not org and title else None)
        county = None
        if local and P.COUNTY_POST.search(local):
            if written and written[-1] == "县":
                county = written  # (written before the post: 永仁县委书记, 尼勒克县县长)
            else:
                county = _page_county(text)
                if (not county and not unread_place and host and host.level == "county" and host.name.endswith("县")
                        and not _other_division_named(text, P.COUNTY_NAMED, "县", host.name)):
                    county = host.name  # (县委书记杨月祥 on www.liulin.gov.cn: 柳林县; not when the text names another)
        # (隆回县长钟义凡: the place before the post is the page's county; before another it is not)
        if county and (not unread_place or county == written or any(
            text.endswith(county[:2], 0, m.start) or text.startswith(county[:2], m.start) for m in p.mentions
        )):
            # a county's post or body (县长, 县委, 县政协): the one county the page names; the head of
            # its government (县委副书记、县长, 县委常委、常务副县长) the county's, as a city's mayor is the city's
            if not org or title and P.GOVERNMENT_HEAD.search(_held_post(title)):
                org = county
            else:
                # (a county of one character keeps its bodies' 县: 萧县县委, 曹县县人民政府)
                org = county + ("人民政府" if org in ("县政府", "县人民政府") else org[1:] if len(county) > 2 else org)
        local = org if org and org.startswith("区") else (title if not org and title else None)
        district = None
        if local and P.DISTRICT_POST.search(local):
            if written and written[-1] == "区":
                district = written
            else:
                district = _page_district(text)
                if (not district and not unread_place and host and host.level == "district"
                        and not _other_division_named(text, P.DISTRICT_NAMED, "区", host.name)):
                    district = host.name
        if district and (not unread_place or district == written):
            # the same for a district's (区委书记熊安台,区委副书记、区长印宇鹰…鹤城区芦坪乡)
            if not org or title and P.GOVERNMENT_HEAD.search(_held_post(title)):
                org = district
            else:
                org = district + ("人民政府" if org in ("区政府", "区人民政府") else org[1:])
        local = org if org and org.startswith(("镇", "乡")) else (title if not org and title else None)
        town = _page_town(text) if local and P.TOWN_POST.search(local) else None
        if town and not unread_place and (local[0] == town[-1] or "、" in local and local.endswith(town[-1] + "长")):
            # the same for a town's or a township's (镇党委书记张鼎 … 澧县城头山镇: 城头山镇党委; 镇长: the
            # town's government, as the guide's annotators write it)
            body = org or local
            if "长" in _held_post(title) or "政府" in body[:4]:
                org = town + "人民政府"
            else:
                org = town + next((b for b in ("党委", "人大", "纪委") if b in body[:4]), "党委")
    if org in _STREET_BODIES and (street := _page_street(text)):
        # (街道党工委书记张晓军 … 城厢街道辖区…研讨会: the page's one sub-district, 城厢街道党工委)
        org = street + _STREET_BODIES[org]
    if title and title.endswith(("行政长官", "特首")) and (not org or _canonical(org, year)[1] not in _SARS.values()):
        # (香港特区行政长官 read whole; …议员与特区行政长官林郑月娥: the region the text names)
        org = _sar_named(text, first)
    if org == "大会":
        # 大会新闻发言人傅莹: the session of the congress the page names nearest before the person
        # (十二届全国人大二次会议, 全国政协十三届二次会议), else none
        org = _nearest_named(((m.start(), m.group()) for m in P.CONGRESS_SESSION.finditer(text)), first)
    if title and title.endswith(("司长", "局长")) and (
        sar_body := next((b for m in p.mentions if m.title and (b := _sar_body_before(text, m))), None)
    ):
        # 运输及物流局局长林世雄, 财政司司长陈茂波, 运输工务司司长罗立文: a bureau or secretariat of a
        # special region's government, which the guide's annotators name (read whole: 及 is no stop)
        return title, sar_body, None
    if org in P.BARE_LEVEL_BODIES:
        org = None
    elif org in P.BARE_COMPANY:
        org = _page_company(text, org) if "集团" in org else None
    if org:
        if org.startswith(P.TAIWAN_SHARED_FORMS) and _taiwan_page(text):
            # (民航局局长林志明 on a page of Taiwan's: its own authority, written so, not the mainland's)
            org_id = None
        else:
            org_id, org = _canonical(org, year)
            if org_id is None and org and not _taiwan_page(text):
                org = _local_body_in_full(org)
    if not org and title:
        host = _host_body(text, first, title)
        if host:
            org_id, org = _canonical(host, year)
    if not org:
        post = _kb_post(p.name, title, year, named)
        # A title written in the text that the knowledge base does not know for this name (陈吉宁
        # as 市长) means another post: the knowledge base's organisation would be wrong.
        if post is not None and title and not kb.title_fits(title, post.post):
            post = None
        if post is not None and not title and kb.canonical_org(post.org) is None and post.org[:2] not in text:
            # (a name written bare — 李建华表示 — is a province's leader of the knowledge base only
            # on a page that names the province: a resident may share the name)
            post = None
        if post is not None:
            org_id, org = _canonical(post.org, year)
            title = title or post.post
    if not org and title and _held_post(title) in _MINISTER_POSTS and not _taiwan_page(text):
        # (住房和城乡建设部高度重视,倪虹部长迅即作出指示: the ministry opening the minister's sentence;
        # not on Taiwan's pages, whose ministries share names)
        org_id, org = _ministry_opening(text, first, year)
    if not org and title and _held_post(title) == "国务委员":
        org_id, org = _canonical("国务院", year)  # 国务委员王勇: a post of the State Council alone
    if not org and not title and hosting:
        # a transcript's host with no post (华清:女士们、先生们…欢迎大家出席国务院新闻办新闻发布会;
        # 主持人王效云:): on the staff of the press office or news centre that holds the conference
        body = _conference_host_body(text)
        if body:
            org_id, org = _canonical(body, year)
    if not org and title and P.LOCAL_SECRETARY_AFTER_POLITBURO_SEAT.fullmatch(title) and any(
            "政治局" in text[m.start : m.name_start] for m in p.mentions):
        # (中共中央政治局委员、市委书记张三 on a page naming no city: the seat's body, as written; not
        # 省委常委、市委书记, a province's seat)
        org_id, org = _canonical("中共中央政治局", year)
    seat_post = title.split("、", 1)[0] if title else None  # (全国人大代表、省委书记: the chain's first)
    if org and seat_post in _SEAT_OF_BODY and (
            org.endswith(_SEAT_OF_BODY[seat_post]) or org in _SEAT_BODY_NAMES[seat_post]
            or seat_post == "代表" and _PARTY_CONGRESS_END.search(org)):
        # 全国人大代表, 全国政协委员: a seat in the assembly, no post in a body (the gold writes the
        # seat as the title and no organisation: 唐冠军, 全国人大代表)
        # (陶瓷手艺人全国人大代表: the seat from 全国 or 党的 on, when written)
        seat = org[max(org.rfind("全国"), org.rfind("党的"), 0):]
        title, org, org_id = seat + title, None, None
    return title, org, org_id


#: A party congress a delegate sits in (党的十九大代表, 二十大代表).
_PARTY_CONGRESS_END = re.compile(r"(?:党的)?[一二]?十[一二三四五六七八九]?大$")
#: Seats of an assembly whose holder is no official of a body: the post and how the body ends.
_SEAT_OF_BODY = {"代表": "人大", "委员": "政协"}
#: … and the assemblies written out (全国人民代表大会代表 is rare; 全国政协 is as read).
_SEAT_BODY_NAMES = {"代表": frozenset({"全国人民代表大会"}),
                    "委员": frozenset({"中国人民政治协商会议全国委员会"})}


@lru_cache(maxsize=4)
def _taiwan_page(text: str) -> bool:
    """Whether the text reports from Taiwan, naming the island's own branches of government (行政院,
    立法院, 总统府): there some of the mainland's contractions (民航局) name bodies of its own. (A
    mainland page on cross-strait affairs names them too: only those shared forms are held back.)"""
    return P.TAIWAN_BODIES.search(text) is not None


def _level_follows(org: str, end: int) -> bool:
    """Whether the province's short name at the head of ``org`` is followed by its level (省, 市,
    自治区, 壮族自治区 …), so that it needs no writing out."""
    return org.startswith(("省", "市", "自治区", "壮族", "回族", "维吾尔"), end)


def _local_body_in_full(org: str) -> str:
    """A local body's contracted name written out in full, as the guide asks (重庆市政府 →
    重庆市人民政府, 江苏省市场监管局 → 江苏省市场监督管理局, 福建省应急厅 → 福建省应急管理厅,
    吉林省贸促会 → 吉林省国际贸易促进委员会); a special region's 特区政府, a foreign place's and
    Taiwan's cities' governments (on a page that names no branch of Taiwan's government) have no 人民."""
    if org[:2] in P.TAIWAN_JURISDICTIONS or org.startswith(("台湾", "臺灣")):
        return org  # (基隆市政府都发处: a city of Taiwan's, named on a page that names no branch of its government)
    if (m := P.PROVINCE_BODY_SHORT.match(org)) and not _level_follows(org, m.end()):
        # 黑龙江邮政管理局, 新疆邮政管理局: a province's body under its short name, the province in full
        org = P.PROVINCE_FULL.get(m.group(), m.group() + "省") + org[m.end() :]
    for short, full in P.LOCAL_BODY_FULL:
        i = org.find(short)
        if i <= 0 or org.startswith(("会", "员会"), i + len(short)):
            continue  # (农委会, 妇联会: a body of another name)
        if short == "政府" and (org[i - 1] not in P.LEVEL_CHARS or org[:i].endswith(("特区", "行政区"))
                               or not _chinese_place(org[:i])):
            continue  # (人民政府 itself; 香港特区政府; 首尔市政府)
        org = org[:i] + full + org[i + len(short) :]
    return org


def _place_named(name: str) -> bool:
    """Whether ``name`` is a place's (a province, a city the gazetteer knows, a country)."""
    return name in _places() or name in country_names() or P.PROVINCE.fullmatch(name) is not None


def _chinese_place(place: str) -> bool:
    """Whether a place written before its 政府 is China's: a county, district or banner (…县, …区,
    …旗), a place the gazetteer knows, or one under a province or region it opens with; not one
    under a foreign country's name (日本大阪市)."""
    if any(place.startswith(c) for c in country_names() if c not in ("中国", "中华人民共和国")):
        return False
    return (place[-1] in "县区旗盟" or place in _places() or place[:-1] in _places()
            or place[:2] in P.PROVINCE_FULL or place[:3] in P.PROVINCE_FULL
            or divisions.is_place(place))  # (兴城市政府: a county-level city the table lists)


#: A ministry's own posts (a party's 组织部长 or 宣传部长 is no minister).
_MINISTER_POSTS = frozenset({"部长", "副部长", "部长助理"})


def _ministry_opening(text: str, first: int, year: int | None) -> tuple[str | None, str | None]:
    """(org_id, name) of the ministry that opens the sentence a minister written without a body is
    first named in (住房和城乡建设部高度重视,倪虹部长迅即作出指示…), or the sentence before, when he
    opens his own (…。张小宏副部长作出部署); (None, None) otherwise — and when another body ending in
    部 stands between (教育部部署工作,县委组织部随即召开会议,李明部长…: a party's department)."""
    start = _sentence_start(text, first)
    m = P.MINISTRY_OPENING.match(text, start)
    if m is None and start == first and start > 0:
        m = P.MINISTRY_OPENING.match(text, _sentence_start(text, start - 1))
    if m is None or kb.canonical_org(m.group("org")) is None:
        return None, None
    if P.OTHER_DEPARTMENT.search(text, m.end(), first):
        return None, None
    found = _canonical(m.group("org"), year)
    row = kb.org_by_id(found[0]) if found[0] else None
    if row is None or not row.name.endswith("部"):
        return None, None
    return found


def _sentence_start(text: str, pos: int) -> int:
    """Where the sentence holding ``pos`` begins (after 。!?; or a line break)."""
    return max(text.rfind(c, 0, pos) for c in "。!?;\n") + 1


def _conference_host_body(text: str) -> str | None:
    """The press office or news centre that holds the page's press conference (国务院新闻办公室…举行
    新闻发布会, 欢迎大家出席国务院新闻办新闻发布会), when one does."""
    m = P.CONFERENCE_HOST_BODY.search(text)
    return m and (m.group("body") or m.group("welcome"))


#: How the verbs that only name a speech end (讲话, 作重要讲话, 致辞, 作报告).
_SPEECH_ACT_ENDS = ("讲话", "致辞", "致词", "报告")
#: How far before a speech heading HEADING_START looks (a dateline's reporter in brackets).
_HEADING_REACH = 36


def tag_speakers(text: str, *, title: str | None = None, published: str | None = None,
                 url: str | None = None) -> list[Speaker]:
    """People reported as speaking (role ``speaker``), chairing (``chair``) or attending
    (``attendee``) in a normalised text; ``title`` is the page title when known separately, and
    ``url`` the page's address (it names the province of a provincial body's own site)."""
    if not text and not title:
        return []
    offset = 0
    if title and not text.lstrip().startswith(title.strip()):
        full = title + "\n" + text
        offset = len(title) + 1
    else:
        full = text
    scan = _Scan()
    mentions = _collect(full, scan)
    # A regular press conference names its host in the heading (外交部发言人耿爽主持例行记者会).
    head_end = min(len(full), offset + 400)
    pc = None
    if full.find("发言人", 0, head_end) != -1 and full.find("主持", 0, head_end) != -1:
        pc = P.PRESS_CONFERENCE.search(full, 0, head_end)
    if not mentions and pc is None:
        return []
    year = _year(published, full)
    host: tuple[str, str | None] | None = None
    if pc:
        org_raw = pc.group("org")
        forms = kb.org_forms()
        org = next((org_raw[i:] for i in range(len(org_raw)) if org_raw[i:] in forms), None)
        host = (pc.group("name"), org)
    scan.press_host = pc is not None
    _classify(full, mentions, scan)
    for m in mentions:
        if (m.title or m.method == "kb") and not (m.speech or m.embedded or m.asked or m.studied) and _quoted_before(full, m):
            m.speech, m.evidence_at, m.method = True, m.name_start, "quote"
    if "全文" in full:
        # 以下是保安局局长李少光今日…会见传媒的发言全文: a government's transcript of the official's
        # own words, its turns labelled by his post
        for intro in P.FULL_TEXT_INTRO.finditer(full, 0, _FULL_TEXT_INTRO_REACH):
            inside = [m for m in mentions if intro.start() <= m.start and m.end <= intro.end() and m.title]
            first = min(inside, key=lambda m: m.start, default=None)
            if first is not None and not first.speech and not P.NOT_THE_SPEAKER_AFTER.match(full, first.end):
                first.speech, first.evidence_at = True, first.name_start
    named = frozenset().union(*(kb.org_ids(full[s:e]) for s, e in scan.org_spans))
    people = _resolve_people(mentions, year, named)
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
    leaders = _province_of_leaders(ordered, year, _published_date(published))
    # In a speech text the heading's speaker is the one speaking; what others said is quoted by them.
    speech_text = any(m.heading for m in mentions)
    for p in ordered:
        speech = [m for m in p.mentions if m.speech and not m.studied]
        if speech_text and not any(m.heading for m in p.mentions):
            speech = [m for m in speech if m.method == "qa_transcript"]
            if not speech:
                continue
        # Their guidance studied makes their words the guidance's (学习…重要讲话精神…X强调), but not
        # an instruction of theirs the report has just given being carried out (李强作出批示,要求…
        # then 根据习近平指示和李强要求,…).
        first_speech = speech[0].name_start if speech else len(full) + 1
        # Nor does an instruction of theirs that a heading names (李克强对…会议作出重要批示) when the
        # report gives its content (…李克强作出重要批示。批示指出:…).
        # Nor does a doctrine named after them (在习近平新时代中国特色社会主义思想指引下, 习近平生态文明
        # 思想) outweigh words of theirs the report gives (习近平总书记强调,…): a body of thought, no
        # statement of theirs studied at the event — unless someone's statement passes them on
        # (代表们表示,…习近平总书记在报告中指出…): then the doctrine is studied there too.
        passed_on_nowhere = not any(x.embedded for x in p.mentions)
        studied = sum(
            m.studied and not (m.name_start > first_speech and P.FOLLOWING_ORDERS_BEFORE.search(full, max(0, m.start - 14), m.start))
            and not (speech and P.INSTRUCTION_MADE.match(full, m.end))
            and not (speech and passed_on_nowhere and P.DOCTRINE_AFTER.match(full, m.end))
            for m in p.mentions
        )
        if studied and studied >= len(speech) and not _instruction_reported(full, p.mentions, speech):
            continue
        t, org, org_id = _finish(p, year, full, named, leaders, url)
        if speech:
            m = speech[0]
            role, method = "speaker", m.method
            at = m.evidence_at if m.evidence_at is not None else m.name_start
        else:
            chair = next((m for m in p.mentions if m.chair), None)
            attend = next((m for m in p.mentions if m.attend and not _named_in_passing(full, m)), None)
            if chair is None and attend is None and not speech_text and not any(
                    _investigated(full, o) for o in p.mentions):
                # A titled official named in the report, neither speaking, nor cited as an authority,
                # nor inside someone's statement or a reporter's question, nor the one whose greetings
                # are passed on (转达…的问候) or who invites (应…邀请), took part in the event (the
                # one met, 会见…, did).
                attend = next(
                    (
                        m
                        for m in p.mentions
                        if m.method == "title_pattern" and m.title and not (m.studied or m.embedded or m.asked)
                        and not _named_in_passing(full, m) and not _not_present(full, m)
                        and P.MESSAGE_SENT_AFTER.match(full, m.end) is None
                    ),
                    None,
                )
            if chair is None and attend is None:
                continue
            m = chair or attend
            role, method, at = ("chair" if chair else "attendee"), m.method, m.name_start
        _, evidence = _sentence(full, at)
        start = m.name_start - offset if m.name_start >= offset else None
        # Offsets cover the name as written (马军 for a completed 马军胜, 马 in 马局长).
        end = start + (m.written or len(m.name)) if start is not None else None
        if org and org[0] == "省" and len(org) >= 2:
            org = (_province_of_page(url) or _province_of_page_city(full)) + org
        elif not org and t and P.PROVINCIAL.match(t) and (province := _province_of_page(url)):
            # 省委常委、常务副省长高建民 on a provincial site or edition (taiyuan.….com): its province
            org = P.PROVINCE_FULL.get(province, province + "省")
        rec = Speaker(p.name, t, org, role, org_id, evidence, start, end, method)
        (speakers if role == "speaker" else others).append(rec)
    return speakers + others


# The provinces (those whose bodies are called 省…) by the label their government sites use in
# their host names (jtt.shandong.gov.cn, www.fujian.gov.cn). Written here because no library
# maps these labels; 陕西 and 山西 are shaanxi and shanxi, as the sites spell them.
_PROVINCE_HOSTS = {
    "hebei": "河北", "shanxi": "山西", "liaoning": "辽宁", "jilin": "吉林", "hlj": "黑龙江",
    "heilongjiang": "黑龙江", "jiangsu": "江苏", "zhejiang": "浙江", "anhui": "安徽", "fujian": "福建",
    "jiangxi": "江西", "shandong": "山东", "henan": "河南", "hubei": "湖北", "hunan": "湖南",
    "guangdong": "广东", "gd": "广东", "hainan": "海南", "sichuan": "四川", "sc": "四川",
    "guizhou": "贵州", "yn": "云南", "yunnan": "云南", "shaanxi": "陕西", "gansu": "甘肃",
    "qinghai": "青海",
}
# The provinces by their capitals as host labels spell them (shijiazhuang.….com: 河北): a page
# of a capital's edition or government reports its province's departments. fuzhou is also 抚州's
# spelling, in Jiangxi: on a Jiangxi site (fuzhou.jxnews.com.cn) it says nothing.
_CAPITAL_HOSTS = {
    "shijiazhuang": "河北", "taiyuan": "山西", "shenyang": "辽宁", "changchun": "吉林", "haerbin": "黑龙江",
    "harbin": "黑龙江", "nanjing": "江苏", "hangzhou": "浙江", "hefei": "安徽", "fuzhou": "福建",
    "nanchang": "江西", "jinan": "山东", "zhengzhou": "河南", "wuhan": "湖北", "changsha": "湖南",
    "guangzhou": "广东", "haikou": "海南", "chengdu": "四川", "guiyang": "贵州", "kunming": "云南",
    "xian": "陕西", "lanzhou": "甘肃", "xining": "青海",
}


@lru_cache(maxsize=4)
def _province_of_page_city(text: str) -> str:
    """The province of the one city the page names (省侨联副主席程学源 … 希望梅州各级侨联: 广东), for
    a body still written as 省… that the page's address does not place; "" when it names none, or
    one of an autonomous region or a municipality."""
    city = _page_city(text)
    province = places.province_of(city) if city else None
    return province[:-1] if province and province.endswith("省") else ""


def _province_of_page(url: str | None) -> str:
    """The province of a body still written as 省… (省交通运输厅, 省委) once the text was read
    (``_finish`` takes a province the text names): the one the page's own government host names
    (jtt.shandong.gov.cn), else the one a site's provincial edition names (fuzhou.….com), else ""."""
    if url:
        host = url.split("//", 1)[-1].split("/", 1)[0].lower()
        labels = host.split(".")
        if host.endswith(".gov.cn"):
            for label in labels:
                if label in _PROVINCE_HOSTS:
                    return _PROVINCE_HOSTS[label]
        # any site's edition for a province or its capital, spelt in full (shandong.….com,
        # shijiazhuang.….com, jt.zhengzhou.gov.cn; not sc. or gd., which may be anything there)
        for label in labels[:-2]:
            if label in _CAPITAL_HOSTS and not (label == "fuzhou" and ("jx" in host or "jiangxi" in host)):
                return _CAPITAL_HOSTS[label]
            if len(label) > 3 and label in _PROVINCE_HOSTS:
                return _PROVINCE_HOSTS[label]
    return ""
