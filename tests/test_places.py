"""Places and organisations mentioned in a document."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from policydata.tag.places import find_mentions, load_gazetteer
from policydata.tag.topic_patterns import ORG_AFTER_PLACE, ORG_SUFFIX_CHARS, ORG_SUFFIX_REACH


def found(text: str) -> set[tuple[str, str, str | None]]:
    return {(m.kind, m.text, m.canonical) for m in find_mentions(text)}


def test_gazetteer_file():
    rows = load_gazetteer()
    names = [r[0] for r in rows]
    assert len(names) == len(set(names))
    assert all(len(n) >= 2 for n in names)
    provinces = {c for _n, c, level in rows if level == "province"}
    assert len(provinces) == 34
    assert {"广东省", "内蒙古自治区", "北京市", "香港特别行政区"} <= provinces


def test_provinces_full_and_short():
    assert ("place", "广东", "广东省") in found("他在广东调研。")
    assert ("place", "广西", "广西壮族自治区") in found("广西各地加快建设。")
    assert ("place", "黑龙江省", "黑龙江省") in found("黑龙江省召开会议。")


def test_cities():
    assert ("place", "太原", "太原市") in found("太原各快递网点。")
    assert ("place", "满洲里市", "满洲里市") in found("来到满洲里市邮政局。")


def test_ambiguous_short_names_need_the_full_form():
    assert found("欢迎各位来宾。") == set()
    assert found("祝大家幸福安康。") == set()
    assert ("place", "来宾市", "来宾市") in found("来宾市邮政管理局召开会议。")


def test_organisation_after_a_place():
    assert ("org", "黑龙江省邮政管理局", "黑龙江省邮政管理局") in found(
        "看望了黑龙江省邮政管理局全体工作人员。"
    )
    assert ("org", "四川省交通运输厅", "四川省交通运输厅") in found("四川省交通运输厅负责同志出席。")
    assert ("org", "广东省委", "广东省委") in found("广东省委书记主持会议。")


def test_ordinary_words_after_a_place_are_no_organisation():
    kinds = {k for k, _t, _c in found("在广东部署工作,广东布局新产业,上海举办展会,湖北省部分地区降雨。")}
    assert kinds == {"place"}


def test_known_bodies_and_departments():
    assert ("org", "国新办", "国务院新闻办公室") in found("国新办举行发布会。")
    assert ("org", "国家邮政局市场监管司", "国家邮政局市场监管司") in found(
        "国家邮政局市场监管司副司长表示。"
    )
    assert ("org", "交通运输部", "交通运输部") in found("交通运输部部长李小鹏指出。")
    assert ("org", "国家邮政局", "国家邮政局") in found("国家邮政局召开局长办公会。")


def test_mentions_are_ordered_and_point_at_their_text():
    text = "国家邮政局局长赴江苏、浙江调研,听取江苏省邮政管理局汇报。"
    mentions = find_mentions(text)
    assert [m.start for m in mentions] == sorted(m.start for m in mentions)
    for m in mentions:
        assert text[m.start : m.end] == m.text


PIECES = [
    "广东",
    "江苏省",
    "邮政管理局",
    "部署",
    "国新办",
    "国家邮政局",
    "市场监管司",
    "来宾",
    "。",
    ",",
    "\n",
    "省委",
    "太原",
]


@settings(max_examples=100, deadline=None)
@given(st.one_of(st.text(max_size=200), st.lists(st.sampled_from(PIECES), max_size=30).map("".join)))
def test_offsets_property(text):
    for m in find_mentions(text):
        assert text[m.start : m.end] == m.text
        assert m.kind in {"place", "org"} and m.canonical


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(PIECES + ["人民政府", "特别行政区", "自治区", "交通运输厅", "大部", "布局"]),
        max_size=30,
    ).map("".join)
)
def test_mentions_come_sorted_organisation_first(text):
    mentions = find_mentions(text)
    keys = [(m.start, m.kind != "org", -m.end) for m in mentions]
    assert keys == sorted(keys)


@settings(max_examples=300, deadline=None)
@given(
    st.text(
        alphabet="省市自治区特别行政县人民政府委员会办公室厅部局院司处中心公司集团研究所的和江苏交通运输",
        max_size=24,
    )
)
def test_suffix_reach_never_misses_a_body(text):
    # find_mentions tries ORG_AFTER_PLACE only when a suffix's first character is in reach
    m = ORG_AFTER_PLACE.match(text)
    if m is not None:
        assert not ORG_SUFFIX_CHARS.isdisjoint(text[:ORG_SUFFIX_REACH])


def test_city_mentions_are_cities_and_municipalities_in_order() -> None:
    from policydata.tag.places import city_mentions

    text = "上海市委书记和德州市市长在山东省会见了株洲客人。"
    assert [name for _start, name in city_mentions(text)] == ["上海市", "德州市", "株洲市"]


def test_every_city_has_its_province():
    from policydata.tag.places import _city_provinces, province_of

    cities = {canonical for _name, canonical, level in load_gazetteer() if level in ("city", "county_city")}
    provinces = {canonical for _name, canonical, level in load_gazetteer() if level == "province"}
    table = _city_provinces()
    assert set(table) == cities  # each city once, no city the gazetteer does not name
    assert set(table.values()) <= provinces
    assert province_of("孝感市") == "湖北省"
    assert province_of("呼和浩特市") == "内蒙古自治区"
    assert province_of("延吉市") == "吉林省"  # a county-level city
    assert province_of("吉林市") == "吉林省"
    assert province_of("上海市") is None  # a municipality is no province's city
    assert province_of("孝感") is None  # full names only
