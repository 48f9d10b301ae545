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


def official_terms(people: list[tuple[str, str | None]]) -> list[tuple[str, int, int | None]]:
    """(name, start year, end year) of the knowledge base's posts that these people's titles name:
    (name, title) pairs (a bare name has no title). 国务院总理李强 is bound by his years as premier;
    a name without a title, or with another one, by none (王沪宁, in the file as 全国政协主席 since
    2023, was in the news for years before in posts the file does not hold)."""
    out: list[tuple[str, int, int | None]] = []
    seen: set[str] = set()
    for name, title in people:
        if name in seen:
            continue
        seen.add(name)
        # No title, no bound: the file holds some of a person's posts, not their whole career.
        rows = [row for row in kb.terms(name) if title and kb.title_fits(title, row[2])]
        for start, end, _post, _org in rows:
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
        terms=official_terms([(p.name, p.title) for p in people]),
        names=tuple(p.name for p in people),
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
