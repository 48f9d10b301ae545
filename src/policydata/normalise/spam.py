"""Find strings injected into copied news pages by spam sites (gambling, lottery, adult SEO).

The catalogue (``resources/spam_terms.txt``) has strong terms, which never occur in genuine news
(四肖八码, 娱乐城, 国产精品 …), weak terms, ordinary words (澳门, 体育, 免费, 在线 …) that only
count next to a strong term, and ad terms (代开发票, 办理各类证件, 成人视频 …), which news uses too
(税务机关代开增值税发票) but an advert gives with a way to reach it: a QQ/WeChat number or a link
(``patterns.SPAM_CONTACT``, ``patterns.SPAM_LINK``). Matching is one Aho-Corasick pass
(pyahocorasick) and, when an ad or strong term was found, the two contact patterns.

* A *cluster* is a run of hits that touch each other, grown over adjacent Latin letters and digits
  (凯发k8娱乐客户端, 期期准免费2020) but not over digits that start a date or amount (3月8日,
  2024年) nor into a web address, and over inline widgets (【纠错】), which go later. Clusters a
  few separators apart (a space, - _ | · : ,) form one when together they hold a strong or ad
  term and a contact or link (澳门新葡京 www.xpj8866.com, 办理各类证件 代开增值税发票
  QQ:88886666). A cluster with a strong term, or with an ad term and a contact or link, is spam;
  others are left alone (a contact or link alone is no cluster at all).
* A whole line is spam when spam words cover at least half of its Han characters, no run of more
  than 8 Han characters is left uncovered (no real sentence), it has spam, and nothing left
  uncovered reads as the page's own text (a sentence ending in 。!?, 刘君出席。亚博体育官网入口,
  or a headline the spam follows after a dash, 国内联播快讯 -亚博体育官网入口: then only the spam
  goes); or when it starts and ends with catalogue hits and one of the two ends is spam (a stolen
  sentence wrapped in adverts: 欧亚国际公司开户…民族团结一家亲。欧亚国际网投).
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

import ahocorasick

from policydata.normalise import patterns as P
from policydata.normalise.patterns import literal_alternation

# digits that start a date, an amount or a count: never grown into a spam cluster
_NUMBER_UNIT = re.compile(
    r"\d+(?:\.\d+)?\s*(?:年|月|日|号|时|点|分|秒|个|件|万|亿|元|%|人|次|家|项|条|天|周|岁)"
)
_LATIN_DIGIT = re.compile(r"[A-Za-z0-9]+")
_SEPARATORS = " -_|·—/:,"


@lru_cache(maxsize=1)
def catalogue() -> dict[str, str]:
    """term (lower-case) → tier."""
    text = resources.files("policydata.resources").joinpath("spam_terms.txt").read_text("utf-8")
    terms: dict[str, str] = {}
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        term, _, tier = line.partition("\t")
        terms[term.strip().lower()] = tier.strip() or "strong"
    return terms


def _case_variants(term: str) -> set[str]:
    return {term, term.upper(), term.title(), term.capitalize()}


@lru_cache(maxsize=1)
def _automaton() -> ahocorasick.Automaton:
    auto = ahocorasick.Automaton()
    for term, tier in catalogue().items():
        for variant in _case_variants(term):
            auto.add_word(variant, (len(variant), tier))
    auto.make_automaton()
    return auto


def _tier_re(tier: str):
    terms = [v for t, tr in catalogue().items() if tr == tier for v in _case_variants(t)]
    return literal_alternation(terms)


@lru_cache(maxsize=1)
def _strong_re():
    return _tier_re("strong")


@lru_cache(maxsize=1)
def _ad_re():
    return _tier_re("ad")


def has_strong(text: str) -> bool:
    """Cheap test (one case-sensitive regex over the strong terms) before the full analysis
    (measured faster than a pyahocorasick pass stopped at the first hit)."""
    return _strong_re().search(text) is not None


def may_have_spam(text: str) -> bool:
    """Cheap test before the full analysis: a strong term, or what may be a contact or a link
    and an ad term (the hint first: ad terms open with common characters, 成 更 各 代 …)."""
    return has_strong(text) or (
        P.SPAM_CONTACT_HINT.search(text) is not None and _ad_re().search(text) is not None
    )


def hits(text: str) -> list[tuple[int, int, str]]:
    """(start, end, tier) of every catalogue term in ``text`` (overlapping hits included) and, when
    there is a strong or an ad term, of every contact or link (tier "contact")."""
    found = [(end + 1 - n, end + 1, tier) for end, (n, tier) in _automaton().iter(text)]
    if any(tier != "weak" for _, _, tier in found) and P.SPAM_CONTACT_HINT.search(text):
        found += [(m.start(), m.end(), "contact") for m in P.SPAM_CONTACT.finditer(text)]
        found += [(m.start(), m.end(), "contact") for m in P.SPAM_LINK.finditer(text)
                  if not P.GOV_HOST.search(m.group())]
    return found


def _grow(text: str, start: int, end: int) -> tuple[int, int]:
    """Extend a cluster over adjacent Latin letters/digits (not a number with a unit, nor a piece
    of a web address: a link goes whole, as a hit of its own, or not at all — a government
    site's www of www.gov.cn taken would leave .gov.cn behind)."""
    m = _LATIN_DIGIT.match(text, end)
    if m and not _NUMBER_UNIT.match(text, end) and text[m.end() : m.end() + 1] != ".":
        end = m.end()
    j = start
    while j > 0 and (text[j - 1].isascii() and text[j - 1].isalnum()):
        j -= 1
    if j < start and text[j - 1 : j] == ".":
        j = start
    return j, end


def _is_spam(tiers: set[str]) -> bool:
    return "strong" in tiers or ("ad" in tiers and "contact" in tiers)


def clusters(text: str) -> list[tuple[int, int, bool, int]]:
    """Merged runs of touching hits, and of hits a separator apart that make one advert together
    (a strong or ad term and a contact or link): (start, end, is_spam, n_han_covered). A contact
    or a link that joined no term is no cluster."""
    hs = sorted(hits(text))
    if not hs:
        return []
    merged: list[list] = []
    widgets = "【" in text or "[" in text or "{{" in text
    for s, e, tier in hs:
        if tier != "contact":
            s, e = _grow(text, s, e)
        if merged and (s <= merged[-1][1] or (widgets and _gap(text, merged[-1][1], s) == "")):
            last = merged[-1]
            last[1] = max(last[1], e)
            last[2].add(tier)
        else:
            merged.append([s, e, {tier}])
    if any("contact" in c[2] for c in merged):
        merged = _join_adverts(text, merged)
    return [
        (s, e, _is_spam(tiers), sum(1 for c in text[s:e] if "\u4e00" <= c <= "\u9fff"))
        for s, e, tiers in merged
        if tiers != {"contact"}
    ]


def _gap(text: str, start: int, end: int) -> str:
    """What stands between two hits once the boilerplate step has taken the inline widgets out
    (成人视频-【纠错】QQ:…): hits only widgets apart are one cluster, as they will touch then, and
    the spam found in the first run is all the second run finds."""
    gap = text[start:end]
    if "【" in gap or "[" in gap or "{{" in gap:
        gap = P.INLINE_WIDGET.sub("", gap)
    return gap


def _join_adverts(text: str, merged: list[list]) -> list[list]:
    """Join the runs of clusters a few separators apart (P.SPAM_GAP, widgets aside) that hold a
    strong or an ad term and a contact or link: the parts of one advert."""
    out: list[list] = []
    run: list[list] = []

    def flush() -> None:
        tiers = set().union(*(c[2] for c in run))
        if "contact" in tiers and ("strong" in tiers or "ad" in tiers):
            out.append([run[0][0], run[-1][1], tiers])
        else:
            out.extend(run)

    for c in merged:
        if run and P.SPAM_GAP.fullmatch(_gap(text, run[-1][1], c[0])):
            run.append(c)
            continue
        if run:
            flush()
        run = [c]
    flush()
    return out


def _longest_uncovered_han(line: str, cl) -> int:
    """Longest run of Han characters outside every cluster (a real sentence is longer than 8)."""
    best = run = 0
    k = 0
    for i, c in enumerate(line):
        while k < len(cl) and cl[k][1] <= i:
            k += 1
        inside = k < len(cl) and cl[k][0] <= i < cl[k][1]
        if not inside and "\u4e00" <= c <= "\u9fff":
            run += 1
            best = max(best, run)
        else:
            run = 0
    return best


#: Marks that quote or title a name: a catalogue term between a pair of them is named, not
#: advertised (打击“时时彩”违法犯罪, 《澳门赌场》).
_QUOTE_PAIRS = {"“": "”", "「": "」", "『": "』", "《": "》", '"': '"', "‘": "’"}


def _quoted(line: str, start: int, end: int) -> bool:
    opening = line[start - 1 : start]
    return opening in _QUOTE_PAIRS and line[end : end + 1] == _QUOTE_PAIRS[opening]


def _own_text_left(line: str, cl) -> bool:
    """Does a stretch outside every cluster read as the page's own text: a sentence of at least
    three Han characters closed by 。!? before the first cluster (刘君出席。亚博体育官网入口), or a
    headline of at least four that the spam follows (or precedes) across a dash, underscore or bar
    (国内联播快讯 -亚博体育官网入口)? Then the line is no spam line, only its spam goes."""
    bounds = [0, *(x for s, e, _, _ in cl for x in (s, e)), len(line)]
    pieces = [line[bounds[k] : bounds[k + 1]].strip(" ") for k in range(0, len(bounds), 2)]
    # A sentence only before the first cluster: one after an advert is its own slogan
    # (澳门新葡京娱乐场。欢迎您的光临!). A headline may stand on either side of a separator (a
    # title with spam put before it: 亚博体育官网入口 - 国内联播快讯).
    for k, piece in enumerate(pieces):
        n = sum(1 for c in piece if "\u4e00" <= c <= "\u9fff")
        if k == 0 and n >= 3 and piece.rstrip("”’\"'").endswith(("。", "!", "?")):
            return True
        if n >= 4 and (
            (k == 0 and piece[-1:] in _TITLE_SEPARATORS) or (k == len(pieces) - 1 and piece[:1] in _TITLE_SEPARATORS)
        ):
            return True
    return False


#: what stands between a headline and the name (or spam) a site appended to it
_TITLE_SEPARATORS = "-_|—"


def find_spam(line: str) -> tuple[bool, list[tuple[int, int]]]:
    """Decide for one line: (whole_line_is_spam, spans to cut inside it). A cluster standing
    alone in quotation marks or book-title marks names the thing (a crackdown on “时时彩”): it
    counts as no spam."""
    cl = [(s, e, spam and not _quoted(line, s, e), n) for s, e, spam, n in clusters(line)]
    if not cl or not any(c[2] for c in cl):
        return False, []
    n_han = sum(1 for c in line if "\u4e00" <= c <= "\u9fff")
    covered = sum(c[3] for c in cl)
    stripped = line.strip(_SEPARATORS)
    lead = len(line) - len(line.lstrip(_SEPARATORS))
    starts = cl[0][0] <= lead + 1
    ends = cl[-1][1] >= lead + len(stripped) - 1
    if (
        n_han
        and covered * 2 >= n_han
        and _longest_uncovered_han(line, cl) <= 8
        and not _own_text_left(line, cl)
    ):
        return True, []
    # opened and closed by spam, one of them strong (a weak word such as 联系 opening a news
    # paragraph that spam closes leaves the paragraph)
    if starts and ends and len(cl) >= 2 and (cl[0][2] or cl[-1][2]) and _longest_uncovered_han(line, cl) <= 8:
        return True, []
    spans = []
    for s, e, strong, _ in cl:
        if not strong:
            continue
        # take separators that would be left dangling at the line's edges
        if line[e:].strip(_SEPARATORS) == "":
            while s > 0 and line[s - 1] in _SEPARATORS:
                s -= 1
            e = len(line)
        if line[:s].strip(_SEPARATORS) == "":
            s = 0
            while e < len(line) and line[e] in _SEPARATORS:
                e += 1
        spans.append((s, e))
    return False, spans
