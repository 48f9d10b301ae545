"""Topic tagging with evidence: which core topics a normalised document addresses, and why.

All topic terms (resources/topics.toml) sit in one Aho–Corasick automaton matched once over the
document, leftmost-longest, so a long term (交通强国建设纲要) is one piece of evidence, not two.
Each hit then passes context rules that a reader would apply:

* a term inside an organisation's name is no evidence (交通运输部, 国家邮政局邮政业安全中心);
* a term in a negated clause is no evidence (本次调整不涉及快递包装);
* a term in a related-links list or other trailing navigation is no evidence (the normaliser
  leaves some such lists; their headlines are other stories);
* topic rules from topics.toml: word contexts (生态环境安全底线 is ecological, not work safety),
  sentence contexts (a holiday is a peak period only in a sentence about keeping services
  going) and precedence (pollution by packaging is the packaging topic's evidence).

Evidence is weighed per topic (strong 1.0, medium 0.5, weak 0.25; a repeated term adds a quarter
of its weight per extra occurrence, two at most). A topic is tagged at 1.0 with at least one
medium or strong term, so generic words alone (安全, 创新, 国际) never tag a document.
"""

from __future__ import annotations

import bisect
import hashlib
import json
import os
import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import islice
from pathlib import Path

from policydata.records import TopicHit
from policydata.resources import resource_path
from policydata.tag.topic_patterns import (
    CLAUSE_BREAK_AFTER,
    CLAUSE_BREAK_BEFORE,
    HAN,
    NEGATION_AFTER,
    NEGATION_BEFORE,
    NONEMPTY_LINE,
    ORG_TAIL,
    ORG_TAIL_GATE,
    ORIGINAL_TITLE,
    PROSE_PUNCT,
    RELATED_MARKER,
    SENTENCE_END,
)

# Weights of the evidence classes in topics.toml.
WEIGHTS = {"strong": 1.0, "medium": 0.5, "weak": 0.25}
# Evidence a topic needs to be tagged.
THRESHOLD = 1.0
# Share of a term's weight that each extra occurrence adds, and how many extras count.
REPEAT_SHARE = 0.25
REPEAT_MAX = 2
# How far back (in characters) a sentence start is first looked for.
SENTENCE_WINDOW = 200
# Closing quotes after a full stop belong to the sentence they close.
CLOSING_QUOTES = "”’\"'"
# Characters no term may start with: a hit there could stand in the tail of the sentence before.
SENTENCE_OPENERS = frozenset("。!?\n" + CLOSING_QUOTES)
# Negation cues (see topic_patterns.NEGATION_BEFORE/AFTER for where they must stand). They sit in
# the topic automaton too, so the one pass also tells whether a document has any negation.
NEGATION_CUES = (
    "不涉及",
    "未涉及",
    "不属于",
    "并非",
    "不包括",
    "不包含",
    "无关",
    "没有关系",
    "没关系",
    "不相关",
)
# A topic's context terms (topics.toml `context`: the guiding thought, congresses and plenums
# named as dates) count together as one piece of evidence: the weight of the heaviest (at most
# CONTEXT_CAP) with the usual repeat share per further context mention, so context alone never
# makes a tag (0.5 + 2 × 0.125 < 1.0) while a page that keeps returning to a congress needs only a
# little support.
CONTEXT_CAP = 0.5
# How far (in characters) a book-title mark 《 may open before a hit for the hit to be inside the
# title (law and plan names are rarely longer).
TITLE_REACH = 40
# How far back (in characters, within the clause) an upgrade rule's cue may stand.
UPGRADE_REACH = 12
# Lines at the top that are the title block (title, subtitle, date line): never navigation.
TITLE_LINES = 3


# --- one-pass multi-term matching ------------------------------------------------------------


class TermMatcher:
    """Leftmost-longest, non-overlapping matching of many terms in one pass.

    Uses the Rust ``ahocorasick_rs`` automaton when it is installed (about ten times faster on
    Chinese text: pyahocorasick scans a node's children one by one, and the root of a Chinese
    term trie has hundreds) and ``pyahocorasick`` otherwise; both give the same matches.
    ``find`` returns ``(term_index, start, end)`` with character offsets.
    """

    __slots__ = ("_py", "_rs", "terms")

    def __init__(self, terms: list[str], *, backend: str | None = None) -> None:
        if not terms or any(not t for t in terms):
            raise ValueError("TermMatcher needs non-empty terms")
        self.terms = list(terms)
        self._rs = None
        self._py = None
        if backend in (None, "rs"):
            try:
                import ahocorasick_rs
            except ImportError:
                if backend == "rs":
                    raise
            else:
                self._rs = ahocorasick_rs.AhoCorasick(
                    self.terms, matchkind=ahocorasick_rs.MatchKind.LeftmostLongest
                )
                return
        import ahocorasick

        automaton = ahocorasick.Automaton(ahocorasick.STORE_INTS)
        for i, term in enumerate(self.terms):
            automaton.add_word(term, i)
        automaton.make_automaton()
        self._py = automaton

    @property
    def backend(self) -> str:
        return "rs" if self._rs is not None else "py"

    def find(self, text: str) -> list[tuple[int, int, int]]:
        if self._rs is not None:
            return self._rs.find_matches_as_indexes(text)
        terms = self.terms
        return [(i, last + 1 - len(terms[i]), last + 1) for last, i in self._py.iter_long(text)]


# --- the topic table -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TopicDef:
    """One topic as stored in the warehouse's ``topics`` table."""

    id: str
    name_zh: str
    cap_code: int
    cap_label: str
    terms: tuple[str, ...]
    version: str

    @property
    def topic_id(self) -> str:
        return self.id

    @property
    def n_terms(self) -> int:
        return len(self.terms)

    def as_row(self) -> dict[str, object]:
        """The row of the warehouse's ``topics`` table."""
        return {
            "topic_id": self.id,
            "name_zh": self.name_zh,
            "cap_code": self.cap_code,
            "cap_label": self.cap_label,
            "n_terms": self.n_terms,
            "version": self.version,
        }


@dataclass(frozen=True, slots=True)
class _Rule:
    """A word-context rule of one topic: the hit does not count in this context."""

    term: str | None
    preceded_by: tuple[str, ...]
    followed_by: tuple[str, ...]
    # the hit stands inside a 《…》 title (a law or plan cited by name)
    in_title: bool = False


def _inside_title(text: str, start: int, end: int) -> bool:
    """A 《 opens before the hit (within TITLE_REACH, on the same line) and its 》 closes after."""
    lo = max(0, start - TITLE_REACH)
    opening = text.rfind("《", lo, start)
    if opening < 0 or text.rfind("》", opening, start) >= 0 or text.rfind("\n", opening, start) >= 0:
        return False
    closing = text.find("》", end, end + TITLE_REACH)
    return closing >= 0 and text.find("\n", end, closing) < 0


@dataclass(frozen=True, slots=True)
class _Needs:
    """A sentence-context rule: these terms count only in a sentence that holds one of
    ``sentence_has`` (when given) and none of ``sentence_lacks``. Each word list is also one
    alternation: a single regex search over the sentence instead of a substring test per word."""

    terms: frozenset[str]
    sentence_has: tuple[str, ...]
    sentence_lacks: tuple[str, ...]
    has: re.Pattern[str] | None = field(init=False, repr=False, compare=False)
    lacks: re.Pattern[str] | None = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "has", _any_word(self.sentence_has))
        object.__setattr__(self, "lacks", _any_word(self.sentence_lacks))

    def allows(self, sentence: str) -> bool:
        if self.has is not None and self.has.search(sentence) is None:
            return False
        return self.lacks is None or self.lacks.search(sentence) is None


def _any_word(words: tuple[str, ...]) -> re.Pattern[str] | None:
    """A regex that finds any of ``words`` (``None`` for no words)."""
    return re.compile("|".join(map(re.escape, words))) if words else None


@dataclass(frozen=True, slots=True)
class _Upgrade:
    """A weight rule: the term counts with ``weight`` when one of ``clause_before`` stands
    before it in the same clause, at most UPGRADE_REACH characters back (深化铁路货运市场改革
    is a reform measure, where a bare 改革 is only support), or one of ``clause_after`` after it
    as near (改革开放不断深化)."""

    weight: float
    clause_before: tuple[str, ...]
    clause_after: tuple[str, ...] = ()

    def applies(self, text: str, start: int, end: int) -> bool:
        if self.clause_before:
            lo = max(0, start - UPGRADE_REACH)
            m = CLAUSE_BREAK_BEFORE.search(text, lo, start)
            clause = text[lo:start] if m is None else text[m.end() : start]
            if any(word in clause for word in self.clause_before):
                return True
        if self.clause_after:
            m = CLAUSE_BREAK_AFTER.search(text, end, end + UPGRADE_REACH)
            clause = text[end : m.start() if m else end + UPGRADE_REACH]
            return any(word in clause for word in self.clause_after)
        return False


@dataclass(frozen=True, slots=True)
class _Owner:
    """One topic a term is evidence for, with the weight and the rules that apply to it.

    The word-context rules for the term are merged: a hit does not count when the 8 characters
    before it end with one of ``preceded_by``, the text after it starts with one of
    ``followed_by``, or (``in_title``) it stands inside a 《…》 title."""

    topic_id: str
    weight: float
    preceded_by: tuple[str, ...]
    followed_by: tuple[str, ...]
    in_title: bool
    needs: tuple[_Needs, ...]
    upgrades: tuple[_Upgrade, ...] = ()


@dataclass(frozen=True, slots=True)
class _Table:
    version: str  # the file's own "version" (the topics table's column)
    digest: str  # of the file's parsed content: changes with any rule, not with a comment
    topics: tuple[TopicDef, ...]
    matcher: TermMatcher
    owners: tuple[tuple[_Owner, ...], ...]  # by term index; empty for negation cues
    cues: frozenset[int]  # term indices of the negation cues
    yields_to: dict[str, str]
    yield_targets: frozenset[str]  # the topics others yield to
    # by topic: its context terms, whose evidence together is capped at CONTEXT_CAP
    context: dict[str, frozenset[str]]
    # by term index: the (topic_id, weight) pairs when no owner of the term has a word or
    # sentence rule (most terms: their hits need no per-owner checks), else None
    plain: tuple[tuple[tuple[str, float], ...] | None, ...]


#: Environment variable naming a topic file to use instead of the bundled one.
TOPICS_ENV = "POLICYDATA_TOPICS"


def topics_file() -> Path:
    """The topic file in use: ``$POLICYDATA_TOPICS`` if set, else the bundled topics.toml."""
    env = os.environ.get(TOPICS_ENV)
    if env:
        path = Path(env)
        if not path.is_file():
            raise FileNotFoundError(f"{TOPICS_ENV}={env}: no such topic file")
        return path
    return resource_path("topics.toml")


def _read_toml() -> dict:
    path = topics_file()
    with path.open("rb") as fh:
        try:
            data = tomllib.load(fh)
        except tomllib.TOMLDecodeError as exc:
            raise ValueError(f"{path}: not a valid TOML topic file ({exc})") from exc
    validate_topic_file(data, path)
    return data


#: The keys a topic may have, and what each holds.
_TOPIC_KEYS = {
    "name_zh": str, "cap_code": int, "cap_label": str, "strong": list, "medium": list, "weak": list,
    "context": list, "exclude": tuple, "needs": tuple, "upgrade": tuple, "yields_to": str,
}  # list: of non-empty strings; tuple: of rule tables ([[topics.<id>.exclude]])
_KIND_NAMES = {str: "a string", int: "a whole number", bool: "true or false"}
#: The keys of each kind of rule, and what each holds (required keys first in the message).
_RULE_KEYS = {
    "exclude": ({"term": str, "preceded_by": list, "followed_by": list, "in_title": bool}, ()),
    "needs": ({"terms": list, "sentence_has": list, "sentence_lacks": list}, ("terms",)),
    "upgrade": ({"term": str, "weight": str, "clause_before": list, "clause_after": list}, ("term", "weight")),
}


def validate_topic_file(data: dict, path: Path | str = "topics.toml") -> None:
    """Refuse a topic file whose shape is wrong, naming the place: a missing or misspelt key, a
    word list written as a string (``strong = "安全生产"`` would match each character), a weight
    that is no weight. Raises ValueError; the tagger never runs on half a file."""

    def fail(where: str, what: str) -> None:
        raise ValueError(f"{path}: {where}: {what}")

    def check(where: str, table: object, keys: dict[str, type], required: tuple[str, ...], what: str) -> None:
        """A table of ``keys`` (each holding its type; a list holds non-empty strings)."""
        if not isinstance(table, dict):
            fail(where, "must be a table")
        unknown = sorted(set(table) - set(keys))
        if unknown:
            fail(where, f"unknown key {unknown[0]!r} ({what} has {', '.join(keys)})")
        for key in required:
            if key not in table:
                fail(where, f"no {key}")
        for key, value in table.items():
            kind = keys[key]
            if kind is tuple:
                if not isinstance(value, list) or not all(isinstance(rule, dict) for rule in value):
                    fail(f"{where}, {key}", f"must be a list of tables ([[topics.<id>.{key}]])")
            elif kind is list:
                if not isinstance(value, list) or not all(isinstance(w, str) and w for w in value):
                    fail(f"{where}, {key}", "must be a list of non-empty strings, such as [\"安全生产\", \"安全监管\"]")
            elif not isinstance(value, kind) or isinstance(value, bool) and kind is not bool:
                fail(f"{where}, {key}", f"must be {_KIND_NAMES[kind]}")

    if "version" not in data:
        fail("top level", "no version")
    topics = data.get("topics")
    if not isinstance(topics, dict) or not topics:
        fail("top level", "no [topics.<id>] tables")
    for topic_id, spec in topics.items():
        where = f"topic {topic_id}"
        check(where, spec, _TOPIC_KEYS, ("name_zh", "cap_code", "cap_label"), "a topic")
        if not any(spec.get(k) for k in WEIGHTS):
            fail(where, "no terms (strong, medium or weak)")
        for kind, (keys, required) in _RULE_KEYS.items():
            for n, rule in enumerate(spec.get(kind, ()), 1):
                at = f"{where}, {kind} rule {n}"
                check(at, rule, keys, required, f"a {kind} rule")
                if kind == "upgrade" and rule["weight"] not in WEIGHTS:
                    fail(f"{at}, weight", f"must be one of {', '.join(WEIGHTS)}")
                if kind == "upgrade" and not (rule.get("clause_before") or rule.get("clause_after")):
                    fail(at, "needs clause_before or clause_after (a cue that can raise the weight)")


def content_digest(data: dict) -> str:
    """Twelve hex digits of a SHA-256 over the topic file's parsed content (keys sorted): any
    change to a term, weight or rule changes it, an edited comment or layout does not."""
    canonical = json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:12]


def _build_table(data: dict) -> _Table:
    version = str(data["version"])
    entries: dict[str, list[_Owner]] = {}
    topics: list[TopicDef] = []
    yields_to: dict[str, str] = {}
    context: dict[str, frozenset[str]] = {}
    for topic_id, spec in data["topics"].items():
        rules = tuple(
            _Rule(
                term=r.get("term"),
                preceded_by=tuple(r.get("preceded_by", ())),
                followed_by=tuple(r.get("followed_by", ())),
                in_title=bool(r.get("in_title", False)),
            )
            for r in spec.get("exclude", ())
        )
        needs = tuple(
            _Needs(
                terms=frozenset(r["terms"]),
                sentence_has=tuple(r.get("sentence_has", ())),
                sentence_lacks=tuple(r.get("sentence_lacks", ())),
            )
            for r in spec.get("needs", ())
        )
        upgrades = tuple(
            (r["term"], _Upgrade(weight=WEIGHTS[r["weight"]], clause_before=tuple(r.get("clause_before", ())),
                                 clause_after=tuple(r.get("clause_after", ()))))
            for r in spec.get("upgrade", ())
        )
        terms: list[str] = []
        for cls, weight in WEIGHTS.items():
            for term in spec.get(cls, []):
                if term in terms:
                    raise ValueError(f"topics.toml: {topic_id} lists {term!r} twice")
                if term[0] in SENTENCE_OPENERS:
                    # tag_topics reads a hit's sentence from the hit before it
                    raise ValueError(
                        f"topics.toml: {topic_id}'s term {term!r} starts with a stop or closing quote"
                    )
                terms.append(term)
                own_rules = [r for r in rules if r.term in (None, term)]
                entries.setdefault(term, []).append(
                    _Owner(
                        topic_id=topic_id,
                        weight=weight,
                        preceded_by=tuple(w for r in own_rules for w in r.preceded_by),
                        followed_by=tuple(w for r in own_rules for w in r.followed_by),
                        in_title=any(r.in_title for r in own_rules),
                        needs=tuple(n for n in needs if term in n.terms),
                        upgrades=tuple(u for t, u in upgrades if t == term),
                    )
                )
        if spec.get("context"):
            unknown = set(spec["context"]) - set(terms)
            if unknown:
                raise ValueError(f"topics.toml: {topic_id} has unknown context terms {sorted(unknown)}")
            context[topic_id] = frozenset(spec["context"])
        for term, _u in upgrades:
            if term not in terms:
                raise ValueError(f"topics.toml: {topic_id} upgrades unknown term {term!r}")
        for rule in rules:
            if rule.term is not None and rule.term not in terms:
                raise ValueError(f"topics.toml: {topic_id} has a rule for unknown term {rule.term!r}")
        topics.append(
            TopicDef(
                id=topic_id,
                name_zh=spec["name_zh"],
                cap_code=int(spec["cap_code"]),
                cap_label=spec["cap_label"],
                terms=tuple(terms),
                version=version,
            )
        )
        if "yields_to" in spec:
            if spec["yields_to"] not in data["topics"]:
                raise ValueError(f"topics.toml: {topic_id} yields to unknown topic {spec['yields_to']!r}")
            yields_to[topic_id] = spec["yields_to"]
    for cue in NEGATION_CUES:
        if cue in entries:
            raise ValueError(f"topics.toml: the negation cue {cue!r} is listed as a term")
        entries[cue] = []
    term_list = list(entries)
    return _Table(
        version=version,
        digest=content_digest(data),
        topics=tuple(topics),
        matcher=TermMatcher(term_list),
        owners=tuple(tuple(entries[t]) for t in term_list),
        cues=frozenset(term_list.index(c) for c in NEGATION_CUES),
        yields_to=yields_to,
        yield_targets=frozenset(yields_to.values()),
        context=context,
        plain=tuple(
            None
            if any(o.preceded_by or o.followed_by or o.in_title or o.needs or o.upgrades for o in entries[t])
            else tuple((o.topic_id, o.weight) for o in entries[t])
            for t in term_list
        ),
    )


@lru_cache(maxsize=1)
def _table() -> _Table:
    return _build_table(_read_toml())


def load_topics() -> list[TopicDef]:
    """The topic definitions (for the warehouse's ``topics`` table)."""
    return list(_table().topics)


def __getattr__(name: str) -> str:
    # TOPICS_VERSION and TOPICS_DIGEST are read lazily so importing the module does not parse
    # the TOML file.
    if name == "TOPICS_VERSION":
        return _table().version
    if name == "TOPICS_DIGEST":
        return _table().digest
    raise AttributeError(name)


# --- document layout: where navigation is ----------------------------------------------------


def _is_prose(line: str) -> bool:
    """A sentence line (as opposed to a title, heading or link text); a reprint's note of the
    original title (原标题:…) is content too."""
    if "。" in line or "!" in line or "?" in line or ORIGINAL_TITLE.match(line):
        return True
    return len(line) >= 50 and len(PROSE_PUNCT.findall(line)) >= 2


def _is_link_text(line: str) -> bool:
    """A headline-like line: no prose punctuation, several Han characters."""
    return not _is_prose(line) and len(HAN.findall(line)) >= 8


class _Layout:
    """Line facts of one document, computed once and only for documents with hits."""

    __slots__ = ("_lines", "_markers", "body_start", "nav_start", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        # the title block (up to TITLE_LINES non-empty lines before the first sentence) is
        # never navigation, however headline-like it looks
        self.body_start = 0
        for m in islice(NONEMPTY_LINE.finditer(text), TITLE_LINES):
            if _is_prose(m.group()):
                break
            self.body_start = m.end()
        self.nav_start = self._trailing_nav_start()
        self._markers: list[int] | None = None
        self._lines: dict[int, bool] = {}

    @property
    def markers(self) -> list[int]:
        """Starts of the lines that open a related-links list (found on first need)."""
        if self._markers is None:
            self._markers = [m.start() for m in RELATED_MARKER.finditer(self.text)]
        return self._markers

    def _trailing_nav_start(self) -> int:
        """Start of the non-prose lines that end the document (link lists, footers)."""
        text = self.text
        end = len(text)
        start = end
        while end > self.body_start:
            line_start = text.rfind("\n", 0, end - 1) + 1
            line = text[line_start:end]
            if line.strip() and _is_prose(line):
                break
            start = end = line_start
            if end == 0:
                break
        return max(start, self.body_start)

    def _neighbour_is_link(self, line_start: int, line_end: int) -> bool:
        text = self.text
        end = line_start - 1
        while end > 0:
            s = text.rfind("\n", 0, end) + 1
            prev = text[s:end]
            if prev.strip():
                if s >= self.body_start and _is_link_text(prev):
                    return True
                break
            end = s - 1
        start = line_end + 1
        while start < len(text):
            e = text.find("\n", start)
            e = len(text) if e < 0 else e
            nxt = text[start:e]
            if nxt.strip():
                return _is_link_text(nxt)
            start = e + 1
        return False

    def _after_marker(self, line_start: int) -> bool:
        """The line follows a related-links marker with no prose line in between."""
        i = bisect.bisect_right(self.markers, line_start) - 1
        if i < 0:
            return False
        between = self.text[self.markers[i] : line_start].split("\n")[1:]
        return not any(_is_prose(ln) for ln in between)

    def is_navigation(self, pos: int) -> bool:
        if pos < self.body_start:
            return False
        if pos >= self.nav_start:
            return True
        text = self.text
        line_start = text.rfind("\n", 0, pos) + 1
        known = self._lines.get(line_start)
        if known is not None:
            return known
        line_end = text.find("\n", pos)
        line_end = len(text) if line_end < 0 else line_end
        line = text[line_start:line_end]
        verdict = not _is_prose(line) and (
            self._after_marker(line_start)
            # a run of two or more headline-like lines in the body is a link list
            or (_is_link_text(line) and self._neighbour_is_link(line_start, line_end))
        )
        self._lines[line_start] = verdict
        return verdict


def _negated(text: str, start: int, end: int, cues: list[int]) -> bool:
    """A negation cue stands in the term's clause (only checked when a cue is near)."""
    if not any(start - 24 <= c <= end + 16 for c in cues):
        return False
    if NEGATION_BEFORE.search(text, max(0, start - 24), start):
        return True
    return NEGATION_AFTER.match(text, end, min(len(text), end + 16)) is not None


class _Sentences:
    """Sentence spans looked up around a position with C-level string searches (no pass over
    the whole text; a document's hits touch only a few sentences)."""

    __slots__ = ("_by_pos", "_cache", "_marks", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        # ! and ? (folded to ASCII) are rare in news text: looked for only when present
        self._marks = "!" in text or "?" in text
        self._cache: dict[int, tuple[int, int]] = {}
        # the same hit is looked up again for each topic it counts for and for precedence
        self._by_pos: dict[int, tuple[int, int]] = {}

    def span(self, pos: int) -> tuple[int, int]:
        """(start, end) of the sentence around ``pos``: after the previous 。!? or line break,
        through the next one (a closing quote after the stop stays with its sentence)."""
        known = self._by_pos.get(pos)
        if known is not None:
            return known
        text = self.text
        rfind = text.rfind
        # look back a bounded window first: a stop that never occurs would make each rfind scan
        # the whole text before the hit
        lo = max(0, pos - SENTENCE_WINDOW)
        # the commonest stop first: the other stops matter only after it (shorter searches)
        start = rfind("。", lo, pos)
        after = start + 1 if start >= 0 else lo
        if self._marks:
            start = max(start, rfind("!", after, pos), rfind("?", after, pos), rfind("\n", after, pos))
        else:
            start = max(start, rfind("\n", after, pos))
        if start < 0 and lo > 0:
            start = max(rfind("。", 0, lo), rfind("!", 0, lo), rfind("?", 0, lo), rfind("\n", 0, lo))
        start += 1
        while start < pos and text[start] in CLOSING_QUOTES:
            start += 1
        span = self._cache.get(start)
        if span is None:
            m = SENTENCE_END.search(text, pos)
            if m is None:
                end = len(text)
            else:
                end = m.start() if text[m.start()] == "\n" else m.end()
            span = (start, end)
            self._cache[start] = span
        self._by_pos[pos] = span
        return span


# --- tagging ---------------------------------------------------------------------------------


def tag_topics(text: str) -> tuple[list[TopicHit], dict[str, float]]:
    """Topic evidence and confidences for one normalised document.

    Returns the hits of the tagged topics (offsets into ``text``, each with its sentence) and a
    dict topic id → confidence in [0.5, 1) for the topics the document addresses.
    """
    if not text:
        return [], {}
    table = _table()
    matches = table.matcher.find(text)
    if not matches:
        return [], {}
    owners_of = table.owners
    plain_of = table.plain
    terms = table.matcher.terms
    cue_ids = table.cues
    cues = [start for idx, start, _end in matches if idx in cue_ids]
    tail_gate = ORG_TAIL_GATE.search
    org_tail = ORG_TAIL.match
    # Navigation is a property of a whole line (the title block and the trailing navigation
    # begin and end at line breaks), so it is decided once per line with a surviving hit. A
    # prose line is never navigation: the trailing navigation stops at the last prose line and
    # a link list holds no prose. Only a hit on another line needs the layout (title block,
    # trailing navigation, link lists), worked out then.
    layout: _Layout | None = None
    line_end = -1  # end of the line the last navigation verdict is for
    on_navigation = False
    sentences: _Sentences | None = None
    # accepted evidence: (topic_id, term, start, weight)
    found: list[tuple[str, str, int, float]] = []
    for idx, start, end in matches:
        owners = owners_of[idx]
        if not owners:
            continue  # a negation cue
        if tail_gate(text, end, end + 5) is not None and org_tail(text, end) is not None:
            continue  # part of an organisation's name
        if cues and _negated(text, start, end, cues):
            continue
        if start >= line_end:
            line_end = text.find("\n", start)
            if line_end < 0:
                line_end = len(text)
            if _is_prose(text[text.rfind("\n", 0, start) + 1 : line_end]):
                on_navigation = False
            else:
                if layout is None:
                    layout = _Layout(text)
                on_navigation = layout.is_navigation(start)
        if on_navigation:
            continue
        term = terms[idx]
        plain = plain_of[idx]
        if plain is not None:
            for topic_id, weight in plain:
                found.append((topic_id, term, start, weight))
            continue
        for owner in owners:
            if owner.preceded_by and text.endswith(owner.preceded_by, max(0, start - 8), start):
                continue
            if owner.followed_by and text.startswith(owner.followed_by, end):
                continue
            if owner.in_title and _inside_title(text, start, end):
                continue
            if owner.needs:
                if sentences is None:
                    sentences = _Sentences(text)
                s, e = sentences.span(start)
                sentence = text[s:e]
                allowed = True
                for need in owner.needs:
                    if not need.allows(sentence):
                        allowed = False
                        break
                if not allowed:
                    continue
            weight = owner.weight
            for upgrade in owner.upgrades:
                if upgrade.weight > weight and upgrade.applies(text, start, start + len(term)):
                    weight = upgrade.weight
            found.append((owner.topic_id, term, start, weight))
    if not found:
        return [], {}
    counts = _count(found)
    if table.yields_to and not table.yield_targets.isdisjoint(counts):
        if sentences is None:
            sentences = _Sentences(text)
        kept = _apply_yields(table.yields_to, sentences, found)
        if len(kept) < len(found):
            found = kept
            counts = _count(found)
    confidence: dict[str, float] = {}
    medium = WEIGHTS["medium"]
    context_of = table.context
    for topic_id, per_term in counts.items():
        score = 0.0
        best = 0.0
        context_terms = context_of.get(topic_id)
        context_weight = 0.0
        context_mentions = 0
        for term, (weight, n) in per_term.items():
            # a context term upgraded past the cap by its clause (a plenum's deployment carried
            # out: 贯彻落实党的二十届三中全会精神) is evidence in its own right
            if context_terms is not None and term in context_terms and weight <= CONTEXT_CAP:
                context_weight = max(context_weight, weight)
                context_mentions += n
            else:
                score += weight * (1.0 + REPEAT_SHARE * min(n - 1, REPEAT_MAX))
            best = max(best, weight)
        if context_mentions:
            score += min(context_weight, CONTEXT_CAP) * (
                1.0 + REPEAT_SHARE * min(context_mentions - 1, REPEAT_MAX)
            )
        # generic words alone never make a topic, however many of them there are
        if score >= THRESHOLD and best >= medium:
            confidence[topic_id] = min(round(1.0 - 0.5**score, 3), 0.999)
    if not confidence:
        return [], {}
    if sentences is None:
        sentences = _Sentences(text)
    span = sentences.span
    # The evidence of the tagged topics in order of position (within a position, by topic id).
    # Hits come in order, so a hit before the end of the last hit's sentence is in that sentence
    # (no term starts with a stop or a closing quote: _build_table checks), and each sentence is
    # looked up and stripped once.
    hits: list[TopicHit] = []
    sentence_end = -1
    sentence = ""
    sentence_start = 0
    for start, topic_id, term in sorted(
        (start, topic_id, term) for topic_id, term, start, _w in found if topic_id in confidence
    ):
        if start >= sentence_end:
            s, sentence_end = span(start)
            raw = text[s:sentence_end]
            stripped = raw.lstrip()
            sentence = stripped.rstrip("\n")
            sentence_start = s + len(raw) - len(stripped)
        hits.append(TopicHit(topic_id, term, start, start + len(term), sentence, sentence_start))
    return hits, confidence


def _count(found: list[tuple[str, str, int, float]]) -> dict[str, dict[str, list]]:
    """By topic (in order of first evidence), by term: [its highest weight over its occurrences
    (an upgrade may apply to a later one only), occurrences]."""
    counts: dict[str, dict[str, list]] = {}
    for topic_id, term, _start, weight in found:
        per_term = counts.get(topic_id)
        if per_term is None:
            counts[topic_id] = {term: [weight, 1]}
            continue
        slot = per_term.get(term)
        if slot is None:
            per_term[term] = [weight, 1]
        else:
            slot[1] += 1
            slot[0] = max(slot[0], weight)
    return counts


def _apply_yields(
    yields_to: dict[str, str], sentences: _Sentences, found: list[tuple[str, str, int, float]]
) -> list[tuple[str, str, int, float]]:
    """Drop medium and weak evidence of a topic in sentences that hold evidence of the topic
    it yields to (pollution by packaging is the packaging topic's matter)."""
    targets = set(yields_to.values())
    sentence_topics: set[tuple[int, str]] = {
        (sentences.span(start)[0], topic_id) for topic_id, _t, start, _w in found if topic_id in targets
    }
    if not sentence_topics:
        return found
    strong = WEIGHTS["strong"]
    return [
        item
        for item in found
        if item[3] >= strong
        or item[0] not in yields_to
        or (sentences.span(item[2])[0], yields_to[item[0]]) not in sentence_topics
    ]
