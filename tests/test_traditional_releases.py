"""Floors on Taiwan's presidential releases (Traditional script, ../shared/corpus): a corpus the
taggers were not tuned on, whose dates are written 今(25)日 and whose president is named once and
then called 总统. The figures were measured when the rules for these forms were added (session
12); a later change may raise them, never lower them silently."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
CORPUS = SHARED / "corpus" / "tw_president.jsonl"


def _releases() -> list[dict]:
    if not CORPUS.exists():
        pytest.skip(f"shared corpus not available: {CORPUS}")
    with CORPUS.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _tag(release: dict):
    from policydata.normalise import normalise_text
    from policydata.tag.document import tag_document

    norm = normalise_text(release["content"])
    return tag_document(norm, title=release.get("title"), url=release.get("url"), published=release["date"],
                        with_keywords=False)


def test_event_dates_of_releases_are_their_day():
    """1,500 releases drawn at random: the event is the release's own day in 1,320 (884 before
    今(25)日 and 本(11)月11日 were read); none is left without a date."""
    releases = random.Random(7).sample(_releases(), 1500)
    same_day = undated = 0
    for release in releases:
        event = _tag(release).event_date
        same_day += event.value == release["date"]
        undated += event.precision in (None, "none")
    assert same_day >= 1300, same_day
    assert undated == 0


def test_the_president_named_once_then_by_title_speaks():
    """400 releases since 2008: the (vice-)president is a speaker 319 times, an attendee or chair
    84 times (102 and 301 before 总统表示 was read as the president named earlier, session 12;
    311 and 92 before 致词, Taiwan's 致辞, was read as a speech, session 13)."""
    speaking, other = _presidents([r for r in _releases() if r["date"] >= "2008"], seed=3)
    assert speaking >= 315 and other <= 90, (speaking, other)


def test_the_president_named_in_the_old_style_speaks():
    """400 releases before 2008, which name the president 李总统登辉先生 (surname, post, given name,
    先生) and give a speech's text after 总统致词内容为: the (vice-)president is a speaker 269
    times, an attendee or chair 155 times (27 and 28 before these forms were read, session 13)."""
    speaking, other = _presidents([r for r in _releases() if r["date"] < "2008"], seed=5)
    assert speaking >= 260 and other <= 165, (speaking, other)


def _presidents(releases: list[dict], *, seed: int) -> tuple[int, int]:
    """Over 400 of ``releases`` drawn at random: how often a (vice-)president is tagged a
    speaker, and how often an attendee or chair."""
    speaking = other = 0
    for release in random.Random(seed).sample(releases, 400):
        for person in _tag(release).speakers:
            if person.title in ("总统", "副总统"):
                speaking += person.role == "speaker"
                other += person.role != "speaker"
    return speaking, other
