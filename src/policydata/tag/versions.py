"""The version of the tagging rules a document is tagged under (``documents.rules_version``).

Kept apart from ``tag.document`` so that asking for it loads the topic file only, not every
tagger's tables (a re-tag of the topics alone, or a run with nothing new, needs no more).

The rules in code are named by ``TAGS_VERSION`` and a digest of what the taggers are made of:
their code (``tag/*.py``, the compiled keywords step's C source, the record types and the loader
of the tables), the tables they read (``resources/``, the topic file aside: it has its own digest)
and the versions of the libraries whose output they pass on (the segmenter and its dictionary, the
automaton). A change to any of them re-tags the documents tagged before it, whether or not anyone
remembered to raise ``TAGS_VERSION`` (ten rounds of changes to the speaker and date rules once went
out under one number, leaving warehouses loaded earlier with the old tags). The files are read as
bytes with their line endings made one: the digest is the same on every machine and Python version
for the same checkout (a syntax tree would drop comments, but its dump differs between Python
versions). An edited comment therefore re-tags too: a cost, never a wrong tag.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from importlib import metadata
from pathlib import Path

from policydata.tag import topics

#: The generation of the tagging rules in code (speakers, dates, places, keywords and the topics'
#: common rules). The digest below follows every edit on its own; raise this to mark a new
#: generation by hand (or to re-tag when only something the digest cannot see changed).
TAGS_VERSION = "tags-7"

_PACKAGE = Path(__file__).resolve().parents[1]
#: The tables the taggers read (the topic file has its own version and digest; the spam list is
#: the normaliser's, whose output a re-tag keeps).
_TABLES = ("officials.csv", "organisations.csv", "places.txt", "divisions.tsv", "city_provinces.txt", "countries.txt",
           "calendar.csv", "userdict.txt")
#: The libraries whose output the taggers pass on (tokens, matches).
_LIBRARIES = ("jieba", "rjieba", "ahocorasick-rs", "pyahocorasick")


@lru_cache(maxsize=1)
def code_digest() -> str:
    """A digest of the taggers' code, tables and libraries (12 hex digits): computed once per
    process, when a rules version is first asked for."""
    return digest_of(_PACKAGE)


def digest_of(package: Path) -> str:
    """The digest of the taggers in the ``policydata`` package folder ``package``."""
    h = hashlib.sha256()
    files = sorted((package / "tag").glob("*.py")) + [package / "tag" / "_tfidf.c"]
    files += [package / "records.py", package / "resources" / "__init__.py"]
    files += [package / "resources" / name for name in _TABLES]
    for path in files:
        h.update(path.relative_to(package).as_posix().encode() + b"\0")
        if not path.exists():  # (an install that ships the compiled step without its source)
            h.update(b"absent\0")
            continue
        h.update(path.read_bytes().replace(b"\r\n", b"\n") + b"\0")
    for name in _LIBRARIES:
        try:
            h.update(f"{name}=={metadata.version(name)}\0".encode())
        except metadata.PackageNotFoundError:
            h.update(f"{name} absent\0".encode())
    return h.hexdigest()[:12]


def topics_prefix() -> str:
    """What every rules version under the current rules in code starts with."""
    return f"{TAGS_VERSION}.{code_digest()}+topics-"


def rules_version() -> str:
    """``TAGS_VERSION + "." + code digest + "+topics-" + the topic file's version + "@" + its
    content digest``. A stored value that differs only after ``+topics-`` means only the topic file
    changed, and ``policydata.retag`` re-tags the topics alone from the stored text."""
    return f"{topics_prefix()}{topics.TOPICS_VERSION}@{topics.TOPICS_DIGEST}"
