"""The version of the tagging rules a document is tagged under (``documents.rules_version``).

Kept apart from ``tag.document`` so that asking for it loads the topic file only, not every
tagger's tables (a re-tag of the topics alone, or a run with nothing new, needs no more).
"""

from __future__ import annotations

from policydata.tag import topics

#: Version of the tagging rules in code (speakers, dates, places, keywords and the topics'
#: common rules): bump it when a change alters their output.
TAGS_VERSION = "tags-6"


def topics_prefix() -> str:
    """What every rules version under the current rules in code starts with."""
    return f"{TAGS_VERSION}+topics-"


def rules_version() -> str:
    """``TAGS_VERSION + "+topics-" + the topic file's version + "@" + its content digest``. A
    stored value that differs only after ``+topics-`` means only the topic file changed, and
    ``policydata.retag`` re-tags the topics alone from the stored text."""
    return f"{topics_prefix()}{topics.TOPICS_VERSION}@{topics.TOPICS_DIGEST}"
