"""China's prefecture- and county-level divisions (resources/divisions.tsv): which names are real
counties, county-level cities and districts, and which one a government site's host name spells.

The speaker tagger places a local post written without its place (县委书记吴亚峰, 市长王亚军) in
the page's own county or city. The text usually names it; when it does not, a county's or a
city's own site still does in its host (www.liulin.gov.cn, chengde.gov.cn), as its readers and the
guide's annotators know. The table is built by ``scripts/build_divisions.py`` from the official
division codes; this module only reads it.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from policydata.resources import resource_path

TABLE = "divisions.tsv"
LEVELS = frozenset({"prefecture", "county", "county_city", "district"})


@dataclass(frozen=True, slots=True)
class Division:
    name: str  # 柳林县, 南宫市, 承德市
    level: str  # prefecture, county, county_city, district
    prefecture: str  # the prefecture-level division it lies in ("" when directly under its province)
    province: str


@dataclass(frozen=True, slots=True)
class _Table:
    by_name: dict[str, tuple[Division, ...]]
    by_label: dict[str, tuple[Division, ...]]


@lru_cache(maxsize=1)
def _table() -> _Table:
    by_name: dict[str, list[Division]] = {}
    by_label: dict[str, list[Division]] = {}
    with resource_path(TABLE).open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if line.startswith("#") or not line.strip():
                continue
            parts = line.rstrip("\n").split("\t")
            if len(parts) != 5 or not parts[0] or parts[1] not in LEVELS:
                raise ValueError(f"{TABLE}:{lineno}: expected 'name<TAB>level<TAB>prefecture<TAB>province<TAB>labels'")
            division = Division(parts[0], parts[1], parts[2], parts[3])
            by_name.setdefault(division.name, []).append(division)
            for label in filter(None, parts[4].split(",")):
                by_label.setdefault(label, []).append(division)
    return _Table(
        by_name={k: tuple(v) for k, v in by_name.items()},
        by_label={k: tuple(v) for k, v in by_label.items()},
    )


def named(name: str) -> tuple[Division, ...]:
    """The divisions called ``name`` (several districts share a name: 朝阳区, 鼓楼区)."""
    return _table().by_name.get(name, ())


def is_county_level(name: str) -> bool:
    """Whether ``name`` is the full name of a county, a county-level city or a district."""
    return any(d.level != "prefecture" for d in named(name))


def is_place(name: str) -> bool:
    """Whether ``name`` is the full name of a prefecture- or county-level division."""
    return bool(named(name))


#: The provinces' labels (jilin.gov.cn is 吉林省's, not 吉林市's; hainan.gov.cn 海南省's, not 海南区's):
#: a host holding one is a province's site or one of its departments'.
_PROVINCE_LABELS = frozenset({
    "hebei", "shanxi", "liaoning", "jilin", "heilongjiang", "jiangsu", "zhejiang", "anhui", "fujian", "jiangxi",
    "shandong", "henan", "hubei", "hunan", "guangdong", "hainan", "sichuan", "guizhou", "yunnan", "shaanxi",
    "gansu", "qinghai", "beijing", "tianjin", "shanghai", "chongqing", "xinjiang", "xizang", "ningxia", "guangxi",
    "neimenggu",
})
#: Host labels that name no place: the words of a site's parts, and everyday words that happen to
#: spell a county (公安县, 威信县, 资源县).
_NOT_A_PLACE_LABEL = frozenset({"www", "m", "wap", "big5", "english", "en", "news", "gongan", "weixin", "ziyuan", "xian"})


def host_division(url: str | None) -> Division | None:
    """The division whose own government site ``url`` is on (www.liulin.gov.cn → 柳林县,
    jtj.changzhou.gov.cn → 常州市), else None: only ``.gov.cn`` hosts (a news portal's
    ``chengde.`` edition may report any place), and only a label that names one division — or one
    prefecture among counties spelt alike (chengde: 承德市, not 承德县, whose site spells its 县)."""
    if not url:
        return None
    host = url.split("//", 1)[-1].split("/", 1)[0].split(":", 1)[0].lower()
    if not host.endswith(".gov.cn"):
        return None
    by_label = _table().by_label
    labels = host.split(".")[:-2]
    if not _PROVINCE_LABELS.isdisjoint(labels):
        return None  # a province's site or one of its departments' (gongan.jiangxi.gov.cn)
    for label in labels:  # the most specific first (pingquan.chengde.gov.cn: 平泉, not 承德)
        if label in _NOT_A_PLACE_LABEL:
            continue
        found = by_label.get(label)
        if not found:
            continue
        if len(found) == 1:
            return found[0]
        prefectures = [d for d in found if d.level == "prefecture"]
        return prefectures[0] if len(prefectures) == 1 else None
    return None
