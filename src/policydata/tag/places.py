"""Places and organisations a normalised document mentions.

Places come from resources/places.txt (provinces with their short forms, prefecture-level and
major county-level cities, a few regions; short city names that are ordinary words — 来宾,
安康, 开封, 日照 … — are listed only in full). One-character abbreviations (粤, 京) are left
out on purpose: they are too often other words.

Organisations come from the known central bodies in the same file (国新办 → 国务院新闻办公室)
and from one suffix pattern tried right after each place (黑龙江省邮政管理局, 四川省交通运输厅,
广东省委). A place inside an organisation's name is reported both as a place and, with the whole
name, as an organisation. Matching is one leftmost-longest Aho–Corasick pass plus one anchored
regex match per body found and per place with an organisation suffix's first character close
behind it.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from policydata.records import Mention
from policydata.resources import resource_path
from policydata.tag.topic_patterns import ORG_AFTER_PLACE, ORG_DEPARTMENT, ORG_SUFFIX_GATE, ORG_SUFFIX_REACH
from policydata.tag.topics import TermMatcher

GAZETTEER = "places.txt"
#: Each city of the gazetteer with its province: a text that names only its cities (孝感, 应城市)
#: still says which province its 省农业农村厅 is.
CITY_PROVINCES = "city_provinces.txt"


@dataclass(frozen=True, slots=True)
class _Entry:
    name: str
    canonical: str
    level: str  # province, city, county_city, new_area, region, country, org

    @property
    def kind(self) -> str:
        return "org" if self.level == "org" else "place"


@dataclass(frozen=True, slots=True)
class _Gazetteer:
    entries: tuple[_Entry, ...]
    matcher: TermMatcher


def load_gazetteer() -> list[tuple[str, str, str]]:
    """The gazetteer rows (name, canonical, level)."""
    rows: list[tuple[str, str, str]] = []
    with resource_path(GAZETTEER).open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            line = line.rstrip("\n")
            if not line.strip():
                continue
            parts = line.split("\t")
            if len(parts) != 3 or not all(parts):
                raise ValueError(f"{GAZETTEER}:{lineno}: expected 'name<TAB>canonical<TAB>level'")
            if len(parts[0]) < 2:
                raise ValueError(f"{GAZETTEER}:{lineno}: one-character names are too ambiguous")
            rows.append((parts[0], parts[1], parts[2]))
    return rows


@lru_cache(maxsize=1)
def _gazetteer() -> _Gazetteer:
    entries = tuple(_Entry(*row) for row in load_gazetteer())
    names = [e.name for e in entries]
    if len(set(names)) != len(names):
        raise ValueError(f"{GAZETTEER}: a name is listed twice")
    return _Gazetteer(entries=entries, matcher=TermMatcher(names))


def find_mentions(text: str) -> list[Mention]:
    """Places and organisations in ``text`` (offsets into ``text``), in order of position."""
    if not text:
        return []
    gaz = _gazetteer()
    entries = gaz.entries
    suffix_gate = ORG_SUFFIX_GATE.search
    after_place = ORG_AFTER_PLACE.match
    mentions: list[Mention] = []
    org_until = -1  # end of the last organisation found (no nested organisations)
    # Matches come in order of position and do not overlap, so the mentions are appended in
    # their final order: by start, an organisation before the place that opens its name.
    for idx, start, end in gaz.matcher.find(text):
        entry = entries[idx]
        if entry.level != "org":
            place = Mention("place", entry.name, start, end, entry.canonical)  # the name is what matched
            if start >= org_until and suffix_gate(text, end, end + ORG_SUFFIX_REACH) is not None:
                m = after_place(text, end)
                if m and m.end() - start >= 3:
                    name = text[start : m.end()]
                    mentions.append(Mention("org", name, start, m.end(), name))
                    org_until = m.end()
            mentions.append(place)
        else:
            if start < org_until:
                continue
            stop, canonical = end, entry.canonical
            m = ORG_DEPARTMENT.match(text, end)
            if m:
                stop, canonical = m.end(), entry.canonical + text[end : m.end()]
            mentions.append(Mention("org", text[start:stop], start, stop, canonical))
            org_until = stop
    return mentions


#: The four municipalities, cities at a province's level (北京市, 上海市 …).
MUNICIPALITIES = frozenset(["北京市", "天津市", "上海市", "重庆市"])


@lru_cache(maxsize=1)
def _city_provinces() -> dict[str, str]:
    """City (as places.txt names it in full) → the province-level division it lies in."""
    table: dict[str, str] = {}
    with resource_path(CITY_PROVINCES).open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.rstrip("\n").split("\t")
            if len(parts) != 2 or not all(parts):
                raise ValueError(f"{CITY_PROVINCES}:{lineno}: expected 'city<TAB>province'")
            table[parts[0]] = parts[1]
    return table


def province_of(city: str) -> str | None:
    """The province (自治区) of a city the gazetteer names in full (孝感市 → 湖北省), or None."""
    return _city_provinces().get(city)


def city_mentions(text: str) -> tuple[tuple[int, str], ...]:
    """(start, full name) of every city the gazetteer finds in ``text``, in order: prefecture- and
    county-level cities and the four municipalities (whose 市长 a text names as a city's)."""
    gaz = _gazetteer()
    return tuple(
        (start, gaz.entries[idx].canonical)
        for idx, start, _end in gaz.matcher.find(text)
        if gaz.entries[idx].level in ("city", "county_city") or gaz.entries[idx].canonical in MUNICIPALITIES
    )
