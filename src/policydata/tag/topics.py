"""Topic tagging with evidence: which core topics a normalised document addresses, and why.

All topic terms (resources/topics.toml) sit in one Aho–Corasick automaton matched once over the
document, leftmost-longest, so a long term (交通强国建设纲要) is one piece of evidence, not two.
Each hit then passes context rules that a reader would apply:

* a term inside an organisation's name is no evidence (交通运输部, 国家邮政局邮政业安全中心);
* a term in a negated clause is no evidence (本次调整不涉及快递包装);
* a term in a related-links list or other trailing navigation is no evidence (the normaliser
  leaves some such lists; their headlines are other stories);
* topic-specific rules from topics.toml (生态环境安全底线 is ecological, not work safety).

Evidence is weighed per topic (strong 1.0, medium 0.5, weak 0.25; a repeated term adds a quarter
of its weight per extra occurrence, two at most) and a topic is tagged at 1.0, so a generic word
alone (安全, 创新, 农村) never tags a document.
"""

from __future__ import annotations

import bisect
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice

import ahocorasick

from policydata.records import TopicHit
from policydata.resources import resource_path
from policydata.tag.topic_patterns import (
    HAN,
    NEGATION_AFTER,
    NEGATION_BEFORE,
    NONEMPTY_LINE,
    ORG_TAIL,
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
# Lines at the top that are the title block (title, subtitle, date line): never navigation.
TITLE_LINES = 3


@dataclass(frozen=True, slots=True)
class TopicDef:
    """One topic as stored in the warehouse's ``topics`` table."""

    id: str
    name_zh: str
    cap_code: int
    cap_label: str
    terms: tuple[str, ...]
    version: str


@dataclass(frozen=True, slots=True)
class _Rule:
    """A topic-specific context rule: the hit does not count in this context."""

    term: str | None
    preceded_by: tuple[str, ...]
    followed_by: tuple[str, ...]

    def blocks(self, text: str, term: str, start: int, end: int) -> bool:
        if self.term is not None and self.term != term:
            return False
        if self.preceded_by:
            before = text[max(0, start - 8) : start]
            if before.endswith(self.preceded_by):
                return True
        return bool(self.followed_by) and text.startswith(self.followed_by, end)


@dataclass(frozen=True, slots=True)
class _Needs:
    """A sentence-level rule: these terms count only in a sentence that holds one of
    ``sentence_has`` (when given) and none of ``sentence_lacks``."""

    terms: frozenset[str]
    sentence_has: tuple[str, ...]
    sentence_lacks: tuple[str, ...]

    def allows(self, sentence: str) -> bool:
        if self.sentence_has and not any(word in sentence for word in self.sentence_has):
            return False
        return not any(word in sentence for word in self.sentence_lacks)


@dataclass(frozen=True, slots=True)
class _Table:
    version: str
    topics: tuple[TopicDef, ...]
    automaton: ahocorasick.Automaton
    rules: dict[str, tuple[_Rule, ...]]
    needs: dict[str, tuple[_Needs, ...]]
    yields_to: dict[str, str]


def _read_toml() -> dict:
    with resource_path("topics.toml").open("rb") as fh:
        return tomllib.load(fh)


@lru_cache(maxsize=1)
def _table() -> _Table:
    data = _read_toml()
    version = str(data["version"])
    automaton = ahocorasick.Automaton()
    entries: dict[str, list[tuple[str, float]]] = {}
    topics: list[TopicDef] = []
    rules: dict[str, tuple[_Rule, ...]] = {}
    needs: dict[str, tuple[_Needs, ...]] = {}
    yields_to: dict[str, str] = {}
    for topic_id, spec in data["topics"].items():
        terms: list[str] = []
        for cls, weight in WEIGHTS.items():
            for term in spec.get(cls, []):
                if term in terms:
                    raise ValueError(f"topics.toml: {topic_id} lists {term!r} twice")
                terms.append(term)
                entries.setdefault(term, []).append((topic_id, weight))
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
        rules[topic_id] = tuple(
            _Rule(
                term=r.get("term"),
                preceded_by=tuple(r.get("preceded_by", ())),
                followed_by=tuple(r.get("followed_by", ())),
            )
            for r in spec.get("exclude", ())
        )
        topic_needs = tuple(
            _Needs(
                terms=frozenset(r["terms"]),
                sentence_has=tuple(r.get("sentence_has", ())),
                sentence_lacks=tuple(r.get("sentence_lacks", ())),
            )
            for r in spec.get("needs", ())
        )
        if topic_needs:
            needs[topic_id] = topic_needs
        if "yields_to" in spec:
            yields_to[topic_id] = spec["yields_to"]
    for topic_id, other in yields_to.items():
        if other not in data["topics"]:
            raise ValueError(f"topics.toml: {topic_id} yields to unknown topic {other!r}")
    for term, owners in entries.items():
        automaton.add_word(term, (term, tuple(owners)))
    automaton.make_automaton()
    return _Table(
        version=version,
        topics=tuple(topics),
        automaton=automaton,
        rules=rules,
        needs=needs,
        yields_to=yields_to,
    )


def load_topics() -> list[TopicDef]:
    """The topic definitions (for the warehouse's ``topics`` table)."""
    return list(_table().topics)


def __getattr__(name: str) -> str:
    # TOPICS_VERSION is read lazily so importing the module does not parse the TOML file.
    if name == "TOPICS_VERSION":
        return _table().version
    raise AttributeError(name)


# --- document layout: where navigation starts -------------------------------------------------


def _is_prose(line: str) -> bool:
    """A sentence line (as opposed to a title, heading or link text)."""
    if "。" in line or "!" in line or "?" in line:
        return True
    return len(line) >= 50 and len(PROSE_PUNCT.findall(line)) >= 2


def _is_link_text(line: str) -> bool:
    """A headline-like line: no prose punctuation, several Han characters."""
    return not _is_prose(line) and len(HAN.findall(line)) >= 8


class _Layout:
    """Line facts computed on demand (only documents with hits pay for them)."""

    __slots__ = ("text", "body_start", "nav_start", "markers")

    def __init__(self, text: str) -> None:
        self.text = text
        # the title block: the first TITLE_LINES non-empty lines are never navigation
        self.body_start = 0
        for m in islice(NONEMPTY_LINE.finditer(text), TITLE_LINES):
            self.body_start = m.end()
        self.nav_start = self._trailing_nav_start()
        self.markers = [m.start() for m in RELATED_MARKER.finditer(text)]

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
            start = line_start
            end = line_start
            if end == 0:
                break
        return max(start, self.body_start)

    def _line(self, pos: int) -> tuple[int, int]:
        text = self.text
        start = text.rfind("\n", 0, pos) + 1
        end = text.find("\n", pos)
        return start, (len(text) if end < 0 else end)

    def _neighbour_is_link(self, line_start: int, line_end: int) -> bool:
        text = self.text
        # previous non-empty line
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

    def is_navigation(self, pos: int) -> bool:
        if pos < self.body_start:
            return False
        if pos >= self.nav_start:
            return True
        line_start, line_end = self._line(pos)
        line = self.text[line_start:line_end]
        if _is_prose(line):
            return False
        # after a related-links marker and before any prose line
        i = bisect.bisect_right(self.markers, pos) - 1
        if i >= 0:
            between = self.text[self.markers[i] : line_start]
            if not any(_is_prose(ln) for ln in between.split("\n")[1:]):
                return True
        # a run of two or more headline-like lines in the body is a link list
        return _is_link_text(line) and self._neighbour_is_link(line_start, line_end)


def _negated(text: str, start: int, end: int) -> bool:
    if NEGATION_BEFORE.search(text[max(0, start - 24) : start]):
        return True
    return NEGATION_AFTER.match(text, end, min(len(text), end + 16)) is not None


def tag_topics(text: str) -> tuple[list[TopicHit], dict[str, float]]:
    """Topic evidence and confidences for one normalised document.

    Returns the hits of the tagged topics (offsets into ``text``; each with its sentence) and a
    dict topic id → confidence in [0.5, 1) for the topics the document addresses.
    """
    if not text:
        return [], {}
    table = _table()
    raw = list(table.automaton.iter_long(text))
    if not raw:
        return [], {}
    layout: _Layout | None = None
    rules = table.rules
    # accepted evidence: (topic_id, term, start, weight)
    found: list[tuple[str, str, int, float]] = []
    for last, (term, owners) in raw:
        end = last + 1
        start = end - len(term)
        if ORG_TAIL.match(text, end):
            continue
        if _negated(text, start, end):
            continue
        if layout is None:
            layout = _Layout(text)
        if layout.is_navigation(start):
            continue
        for topic_id, weight in owners:
            if any(rule.blocks(text, term, start, end) for rule in rules[topic_id]):
                continue
            found.append((topic_id, term, start, weight))
    if not found:
        return [], {}
    sentences = _Sentences(text)
    if table.needs or table.yields_to:
        found = _sentence_rules(table, text, sentences, found)
    counts: dict[str, dict[str, tuple[float, list[int]]]] = {}
    for topic_id, term, start, weight in found:
        per_term = counts.setdefault(topic_id, {})
        slot = per_term.get(term)
        if slot is None:
            per_term[term] = (weight, [start])
        else:
            slot[1].append(start)
    confidence: dict[str, float] = {}
    for topic_id, per_term in counts.items():
        score = 0.0
        best = 0.0
        for weight, starts in per_term.values():
            score += weight * (1.0 + REPEAT_SHARE * min(len(starts) - 1, REPEAT_MAX))
            best = max(best, weight)
        # generic words alone never make a topic, however many of them there are
        if score >= THRESHOLD and best >= WEIGHTS["medium"]:
            confidence[topic_id] = round(1.0 - 0.5**score, 3)
    if not confidence:
        return [], {}
    hits: list[TopicHit] = []
    for topic_id in confidence:
        for term, (_weight, starts) in counts[topic_id].items():
            for start in starts:
                hits.append(_hit(text, sentences, topic_id, term, start))
    hits.sort(key=lambda h: (h.start, h.topic_id))
    return hits, confidence


class _Sentences:
    """Sentence spans of a text, found once (one regex pass) and looked up by bisection."""

    __slots__ = ("starts", "size")

    def __init__(self, text: str) -> None:
        self.starts = [0] + [m.end() for m in SENTENCE_END.finditer(text)]
        self.size = len(text)

    def index(self, pos: int) -> int:
        return bisect.bisect_right(self.starts, pos) - 1

    def span(self, i: int) -> tuple[int, int]:
        end = self.starts[i + 1] if i + 1 < len(self.starts) else self.size
        return self.starts[i], end


def _sentence_rules(
    table: _Table, text: str, sentences: _Sentences, found: list[tuple[str, str, int, float]]
) -> list[tuple[str, str, int, float]]:
    """Apply the rules that look at a hit's whole sentence (``needs`` and ``yields_to``)."""
    kept: list[tuple[str, str, int, float]] = []
    for item in found:
        topic_id, term, start, _weight = item
        rule_list = table.needs.get(topic_id, ())
        ok = True
        for rule in rule_list:
            if term in rule.terms:
                s, e = sentences.span(sentences.index(start))
                if not rule.allows(text[s:e]):
                    ok = False
                    break
        if ok:
            kept.append(item)
    if not table.yields_to:
        return kept
    sentence_topics: dict[int, set[str]] = {}
    for topic_id, _term, start, _weight in kept:
        sentence_topics.setdefault(sentences.index(start), set()).add(topic_id)
    strong = WEIGHTS["strong"]
    return [
        (topic_id, term, start, weight)
        for topic_id, term, start, weight in kept
        if weight >= strong
        or topic_id not in table.yields_to
        or table.yields_to[topic_id] not in sentence_topics[sentences.index(start)]
    ]


def _hit(text: str, sentences: _Sentences, topic_id: str, term: str, start: int) -> TopicHit:
    s, e = sentences.span(sentences.index(start))
    sentence = text[s:e]
    stripped = sentence.lstrip()
    s += len(sentence) - len(stripped)
    sentence = stripped.rstrip("\n")
    return TopicHit(
        topic_id=topic_id,
        term=term,
        start=start,
        end=start + len(term),
        sentence=sentence,
        sentence_start=s,
    )
