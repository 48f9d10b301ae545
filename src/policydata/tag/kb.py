"""Officials and organisations knowledge base: loaders and look-ups over the reviewed CSV files.

``resources/officials.csv`` holds one row per post held (name, post, org, start, end …) and
``resources/organisations.csv`` one row per body with its short names and validity period across
institutional reforms (环境保护部 → 生态环境部 in 2018 …).  Both are read once, lazily.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache

from policydata.resources import resource_path


@dataclass(frozen=True, slots=True)
class Organisation:
    org_id: str
    name: str
    short_names: tuple[str, ...]  # standard short forms, kept as written (国家发展改革委, 工信部)
    informal_names: tuple[str, ...]  # contractions written out in full (国新办 → 国务院新闻办公室)
    valid_from: str | None
    valid_to: str | None
    successor_id: str | None
    source: str


@dataclass(frozen=True, slots=True)
class Post:
    name: str
    post: str
    org: str
    start: str
    end: str | None
    aliases: tuple[str, ...]
    source: str

    @property
    def start_year(self) -> int:
        return int(self.start[:4])

    @property
    def end_year(self) -> int | None:
        return int(self.end[:4]) if self.end else None

    def holds_in(self, year: int) -> bool:
        """True when the post was held at some time during ``year``."""
        end = self.end_year
        return self.start_year <= year and (end is None or year <= end)


def _split(value: str | None) -> tuple[str, ...]:
    return tuple(v.strip() for v in (value or "").split("|") if v.strip())


@lru_cache(maxsize=1)
def organisations() -> tuple[Organisation, ...]:
    """All organisation rows, in file order."""
    with resource_path("organisations.csv").open(encoding="utf-8", newline="") as fh:
        return tuple(
            Organisation(
                org_id=row["org_id"].strip(),
                name=row["name"].strip(),
                short_names=_split(row.get("short_names")),
                informal_names=_split(row.get("informal_names")),
                valid_from=(row.get("valid_from") or "").strip() or None,
                valid_to=(row.get("valid_to") or "").strip() or None,
                successor_id=(row.get("successor_id") or "").strip() or None,
                source=(row.get("source") or "").strip(),
            )
            for row in csv.DictReader(fh)
        )


@lru_cache(maxsize=1)
def _org_tables() -> tuple[dict[str, Organisation], dict[str, Organisation]]:
    """(org_id → row, written form → row); full names win over short names on a clash."""
    by_id = {o.org_id: o for o in organisations()}
    by_form: dict[str, Organisation] = {}
    for o in organisations():
        for form in (*o.short_names, *o.informal_names):
            by_form.setdefault(form, o)
    for o in organisations():
        by_form[o.name] = o
    return by_id, by_form


@lru_cache(maxsize=1)
def org_forms() -> dict[str, tuple[str, str]]:
    """Every written form (full or short name) → (org_id, full name), for building matchers.

    The dict is shared: callers must not modify it."""
    return {form: (o.org_id, o.name) for form, o in _org_tables()[1].items()}


@lru_cache(maxsize=1)
def informal_forms() -> frozenset[str]:
    """Contractions that output writes out in full (国新办 → 国务院新闻办公室)."""
    return frozenset(f for o in organisations() for f in o.informal_names)


def _follow_successors(org: Organisation, year: int) -> Organisation:
    by_id = _org_tables()[0]
    seen = set()
    # A former name used after its body was reorganised (交通部 in 2015) means the successor.
    while org.valid_to and int(org.valid_to[:4]) < year and org.successor_id and org.org_id not in seen:
        seen.add(org.org_id)
        nxt = by_id.get(org.successor_id)
        if nxt is None:
            break
        org = nxt
    return org


def canonical_org(name: str, year: int | None = None) -> tuple[str, str] | None:
    """(org_id, full name) for an organisation as written, or ``None`` when unknown.

    A department suffix is allowed (国家邮政局市场监管司 → 国家邮政局): the longest known
    prefix is used.  With ``year``, a former name used after its reform maps to its successor.
    """
    if not name:
        return None
    forms = _org_tables()[1]
    org = forms.get(name)
    if org is None:
        for cut in range(len(name) - 1, 1, -1):
            org = forms.get(name[:cut])
            if org is not None and name[cut] == "门" and name[cut - 1] == "部":
                org = None  # (文化部门, 科技部门: departments of some kind, not 文化部)
                break
            if org is not None:
                break
    if org is None:
        return None
    if year is not None:
        org = _follow_successors(org, year)
    return org.org_id, org.name


@lru_cache(maxsize=1)
def officials() -> tuple[Post, ...]:
    """All posts in the officials file, in file order."""
    with resource_path("officials.csv").open(encoding="utf-8", newline="") as fh:
        return tuple(
            Post(
                name=row["name"].strip(),
                post=row["post"].strip(),
                org=row["org"].strip(),
                start=row["start"].strip(),
                end=(row.get("end") or "").strip() or None,
                aliases=_split(row.get("aliases")),
                source=(row.get("source") or "").strip(),
            )
            for row in csv.DictReader(fh)
        )


@lru_cache(maxsize=1)
def _by_name() -> dict[str, tuple[Post, ...]]:
    table: dict[str, list[Post]] = {}
    for p in officials():
        for form in (p.name, *p.aliases):
            table.setdefault(form, []).append(p)
    return {k: tuple(v) for k, v in table.items()}


@lru_cache(maxsize=1)
def _by_initial() -> dict[str, tuple[Post, ...]]:
    """Posts grouped by the first character of the name (the surname), for completions."""
    table: dict[str, list[Post]] = {}
    for p in officials():
        table.setdefault(p.name[0], []).append(p)
    return {k: tuple(v) for k, v in table.items()}


def names() -> tuple[str, ...]:
    """Every name and alias in the officials file."""
    return tuple(_by_name())


def lookup(name: str, year: int | None = None) -> list[Post]:
    """Posts held by ``name`` (or an alias), restricted to ``year`` when given."""
    posts = _by_name().get(name, ())
    if year is None:
        return list(posts)
    return [p for p in posts if p.holds_in(year)]


def _org_matches(post_org: str, org: str, year: int | None) -> bool:
    if post_org == org or post_org.startswith(org) or org.startswith(post_org):
        return True
    a, b = canonical_org(post_org), canonical_org(org, year)
    if a is None or b is None:
        return False
    return a[0] == b[0] or canonical_org(post_org, year) == b


def org_by_id(org_id: str) -> Organisation | None:
    """The organisation row of ``org_id``."""
    return _org_tables()[0].get(org_id)


@lru_cache(maxsize=1024)
def org_ids(org: str) -> frozenset[str]:
    """The org_id of an organisation as written and of its successors (交通部 → {mocomm, mot}):
    the ids under which a mention of it in a text confirms a post at that organisation."""
    found = canonical_org(org)
    if found is None:
        return frozenset()
    ids = {found[0]}
    later = canonical_org(org, 9999)
    if later is not None:
        ids.add(later[0])
    return frozenset(ids)


@lru_cache(maxsize=8192)  # scans every post with the surname: cache, the same names recur
def complete_name(
    partial: str,
    *,
    org: str | None = None,
    title: str | None = None,
    year: int | None = None,
    named_orgs: frozenset[str] | None = None,
) -> str | None:
    """The one official whose name starts with ``partial`` (a surname, or a damaged name such as
    马军 for 马军胜) and fits ``org``, ``title`` and ``year``; ``None`` unless exactly one fits.

    ``named_orgs`` (org_ids the text names) restricts the candidates to posts at one of those
    organisations: a surname and a post (刘局长) says nothing of which 局 it is."""
    if not partial:
        return None
    found: set[str] = set()
    for p in _by_initial().get(partial[0], ()):
        if not p.name.startswith(partial) or p.name == partial and len(partial) < 2:
            continue
        if year is not None and not p.holds_in(year):
            continue
        if named_orgs is not None and not (org_ids(p.org) & named_orgs):
            continue
        if title is not None and not (p.post == title or p.post.endswith(title) or title.endswith(p.post)):
            continue
        if org is not None and not _org_matches(p.org, org, year):
            continue
        found.add(p.name)
    return found.pop() if len(found) == 1 else None


#: Posts written short for a ministry's head (外长 is the foreign minister, 防长 the defence one).
_SHORT_POSTS = {"外长": "部长", "副外长": "副部长", "防长": "部长"}


#: Posts whose level is part of them (省委书记, 自治区主席): a title written without it (书记, 主席,
#: 党委书记) could be any body's and does not fit.
_LEVEL_POSTS = frozenset({"省委书记", "自治区党委书记", "市委书记", "自治区主席", "省长", "市长"})


def title_fits(title: str, post: str) -> bool:
    """Whether one post of a written title chain (党组书记、局长; 副部长、党组成员; 外长) is the
    knowledge base's ``post``: the same, a longer form of it (外交部长 for 部长, but no deputy's:
    副局长 is no 局长), or a shorter one (书记 for 党组书记; not for a post that names its level,
    省委书记, which a bare 书记 of any body would otherwise fit)."""
    for part in title.replace("、", " ").replace(",", " ").split():
        part = _SHORT_POSTS.get(part, part)
        if part == post:
            return True
        if part.endswith(post) and "副" not in part[: len(part) - len(post)]:
            return True
        if post.endswith(part) and post not in _LEVEL_POSTS:
            return True
    return False


def terms(name: str) -> list[tuple[int, int | None, str, str]]:
    """(start_year, end_year, post, org) for every post ``name`` held — used to narrow event years."""
    return [(p.start_year, p.end_year, p.post, p.org) for p in lookup(name)]


def latest_post(name: str) -> tuple[str | None, str | None]:
    """(post, org) of the most recent post ``name`` held in the officials file, else (None, None).

    Most recent = latest end (still held counts as latest), then a main post (部长, 局长 …) over a
    party post held as long, then the latest start: 马军胜 gives (局长, 国家邮政局), not 党组书记."""
    posts = lookup(name)
    if not posts:
        return None, None
    party = ("党组", "党委")
    best = max(posts, key=lambda p: (p.end or "9999", not p.post.startswith(party), p.start))
    return best.post, best.org
