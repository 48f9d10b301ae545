"""Compose the taggers for one normalised document.

``tag_document`` composes the single-purpose taggers in the order their inputs need:
publication date first (the event-date resolver and the knowledge base need a year), then
speakers (their terms of office narrow an event year), then the event date, topics, mentions
and keywords. Each tagger is a pure function over the normalised Simplified text.
"""

from __future__ import annotations

from policydata.records import Normalised, Tags
from policydata.tag import dates, kb, keywords, places, speakers, topics
from policydata.tag.versions import TAGS_VERSION, rules_version

# RULES_VERSION is read through __getattr__ below (it follows the topic file in use), so it is
# not listed: ``from … import *`` would take the value once, at import.
__all__ = ["TAGS_VERSION", "official_terms", "rules_version", "tag_document"]


def __getattr__(name: str) -> str:
    # RULES_VERSION follows the topic file in use (POLICYDATA_TOPICS), read when first asked for
    if name == "RULES_VERSION":
        return rules_version()
    raise AttributeError(name)


def official_terms(names: list[str]) -> list[tuple[str, int, int | None]]:
    """(name, start year, end year) of every post the knowledge base holds for these names."""
    out: list[tuple[str, int, int | None]] = []
    for name in dict.fromkeys(names):
        for start, end, _post, _org in kb.terms(name):
            out.append((name, start, end))
    return out


def tag_document(
    norm: Normalised,
    *,
    title: str | None = None,
    url: str | None = None,
    published: str | None = None,
    with_keywords: bool = True,
) -> Tags:
    """Tag one normalised document. ``published`` is a date the source itself gave, if any."""
    text = norm.text
    published_date = dates.find_published(text, url=url, meta=norm.meta, given=published)
    people = speakers.tag_speakers(text, title=title, published=published_date, url=url)
    event = dates.resolve_event_date(
        text,
        url=url,
        published=published_date,
        title=title,
        meta=norm.meta,
        terms=official_terms([p.name for p in people]),
    )
    hits, confidence = topics.tag_topics(text)
    return Tags(
        speakers=people,
        event_date=event,
        published=published_date,
        topics=sorted(confidence),
        topic_hits=hits,
        topic_confidence=confidence,
        mentions=places.find_mentions(text),
        keywords=keywords.extract_keywords(text) if with_keywords else [],
    )
