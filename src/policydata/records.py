"""The typed records that pass between pipeline stages — one place for all of them.

Data flows forward only:

    sources  → RawDocument      (bytes + where they came from + content hash)
    extract  → Extracted        (decoded text or HTML → title, published, outlet, body)
    normalise→ Normalised       (clean Simplified text + audit of every removal)
    tag      → Tags             (speakers, dates, topics, mentions, keywords — each with evidence)
    warehouse                   (DuckDB tables, loaded per batch through Arrow)

Every stage is a pure function over these records; nothing here imports Prefect.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any


@dataclass(slots=True)
class RawDocument:
    """One input document as read: immutable bytes plus fetch metadata.

    ``raw_id`` is the sha256 of ``data`` (content-addressed: the same bytes are stored once).
    ``doc_id`` is the id a JSON Lines record carries, or one derived from the path/hash.
    """

    doc_id: str
    raw_id: str
    source: str  # file path (or path#line for JSON Lines)
    kind: str  # "txt" | "html" | "jsonl"
    data: bytes
    read_at: str  # ISO timestamp (UTC)
    url: str | None = None
    title: str | None = None
    published: str | None = None  # given by the source record (JSON Lines), as written
    encoding: str | None = None  # for jsonl records: "utf-8"; else detected later


@dataclass(slots=True)
class Quarantined:
    """An input that could not be turned into a document, with the reason."""

    source: str
    reason: str
    raw_id: str | None = None
    detail: str | None = None


#: Quarantine reasons that an input's bytes alone decide: read again from the same place with the
#: same content, it would be quarantined again for the same reason, so a re-run skips it as it skips
#: a loaded document (``iter_batches``): a JSON Lines line that is no JSON object or has no text,
#: a page that cannot be decoded or has no main text. A ``processing_error`` (a defect) is tried
#: again every run.
SETTLED_REASONS = frozenset({"invalid_json", "no_text", "undecodable", "empty_body", "empty_after_normalise"})

#: ``file.jsonl#12``: the source of a JSON Lines line (``sources.files`` names them so).
_LINE_SOURCE = re.compile(r"(.+)#\d+")


def settled_key(source: str, raw_id: str) -> tuple[str, str]:
    """What identifies an input quarantined for its content: where it was read and its content
    hash, a JSON Lines line by its file alone (a line inserted above it moves it, and the same
    bad line must not be quarantined again under its new number)."""
    from policydata.sources.files import JSONL_SUFFIXES

    line = _LINE_SOURCE.fullmatch(source)
    if line and any(line.group(1).lower().endswith(suffix) for suffix in JSONL_SUFFIXES):
        return line.group(1), raw_id
    return source, raw_id


@dataclass(slots=True)
class Extracted:
    """Fields taken from one decoded page (HTML or text), before normalisation."""

    doc_id: str
    raw_id: str
    source: str
    url: str | None
    encoding: str
    title: str | None
    published: str | None  # ISO date or datetime when the page shows one
    outlet: str | None  # 来源 / source outlet
    author: str | None  # author or editor
    body: str  # main text, not yet normalised


@dataclass(slots=True)
class Removal:
    """One stretch removed (or rewritten) by a normalisation step.

    ``start``/``end`` are offsets into the text *as it was given to that step*; ``text`` is exactly
    ``step_input[start:end]``. ``kind`` names the step (pinyin, boilerplate, spam, editor, nav …),
    ``reason`` says why in words.
    """

    kind: str
    start: int
    end: int
    text: str
    reason: str
    step: str = ""


@dataclass(slots=True)
class Normalised:
    """Clean Simplified text with the record of what changed.

    ``original`` is the text given to the normaliser (possibly Traditional); ``text`` is clean
    Simplified text that taggers read; every offset a tagger records points into ``text``.
    ``meta`` holds values lifted out of removed lines (``published_raw``, ``source``, ``editor``,
    ``dateline``, ``author``), already in Simplified. ``flags`` lists problems found but not fixed
    (``garbled`` spans etc.) as small dicts.
    """

    text: str
    original: str
    script: str  # "simplified" | "traditional" | "mixed"
    removed: list[Removal] = field(default_factory=list)
    meta: dict[str, str] = field(default_factory=dict)
    flags: list[dict[str, Any]] = field(default_factory=list)


@dataclass(slots=True)
class Speaker:
    name: str
    title: str | None
    org: str | None
    role: str  # "speaker" | "chair" | "attendee"
    org_id: str | None = None  # canonical organisation id (resources/organisations)
    evidence: str | None = None  # the sentence that made the attribution
    start: int | None = None
    end: int | None = None
    method: str = ""  # "title_pattern", "reporting_verb", "pronoun", "qa_transcript", "kb" …


@dataclass(slots=True)
class EventDate:
    value: str | None  # YYYY-MM-DD, YYYY-MM, YYYY or None
    precision: str  # "day" | "month" | "year" | "none"
    basis: str  # "explicit" | "published" | "context" | "none"
    evidence: str | None = None  # the phrase, stamp or term of office used


@dataclass(slots=True)
class TopicHit:
    topic_id: str
    term: str
    start: int
    end: int
    sentence: str  # evidence sentence
    sentence_start: int


@dataclass(slots=True)
class Mention:
    kind: str  # "place" | "org" | "person"
    text: str
    start: int
    end: int
    canonical: str | None = None


@dataclass(slots=True)
class Tags:
    speakers: list[Speaker]
    event_date: EventDate
    published: str | None
    topics: list[str]  # topic ids the document addresses
    topic_hits: list[TopicHit]
    topic_confidence: dict[str, float]
    mentions: list[Mention]
    keywords: list[tuple[str, float]]
