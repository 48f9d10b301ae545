"""The division table: real counties and cities, and the place a government site's host names."""

from __future__ import annotations

import pytest

from policydata.tag import divisions


def test_the_table_knows_counties_cities_and_districts_with_their_prefecture() -> None:
    (liulin,) = divisions.named("柳林县")
    assert (liulin.level, liulin.prefecture, liulin.province) == ("county", "吕梁市", "山西省")
    assert divisions.is_county_level("南宫市") and divisions.is_county_level("海盐县")
    assert divisions.named("承德市")[0].level == "prefecture"
    assert not divisions.is_county_level("承德市")  # a prefecture
    assert len(divisions.named("朝阳区")) >= 2  # a name several cities' districts share
    for word in ("围绕县", "代表团县", "全县", "我县", "柳林"):
        assert not divisions.is_place(word)


@pytest.mark.parametrize(
    ("url", "place"),
    [
        ("http://www.liulin.gov.cn/zfxxgk/t20250616_1958520.shtml", "柳林县"),
        ("https://www.sheqi.gov.cn/2025/05-30/1042352.html", "社旗县"),
        ("http://info.nangong.gov.cn/content/11076/22639.html", "南宫市"),
        ("https://jtj.changzhou.gov.cn/html/a.html", "常州市"),  # a city's bureau's site: the city
        ("https://chengde.gov.cn/art/2024/11/21/art_360_1032265.html", "承德市"),  # 承德市, not 承德县
        ("https://jtj.luan.gov.cn/zwzx/5405141.html", "六安市"),  # read as the name is (lu'an)
    ],
)
def test_a_government_site_names_its_own_place(url: str, place: str) -> None:
    division = divisions.host_division(url)
    assert division is not None and division.name == place


@pytest.mark.parametrize(
    "url",
    [
        None,
        "",
        "https://chengde.example.com/news/1.html",  # no government site: a portal's edition may report anywhere
        "http://www.jilin.gov.cn/zw/1.html",  # the province's site (吉林省), not 吉林市's
        "http://www.lianjiang.gov.cn/a.html",  # 连江县 and 廉江市 spell alike: no one place
        "http://www.gov.cn/gzdt/2008-11/27/content_1162092.htm",
        "http://sthjt.shandong.gov.cn/a.html",
    ],
)
def test_no_place_from_a_host_that_names_none_or_several(url: str | None) -> None:
    assert divisions.host_division(url) is None


@pytest.mark.parametrize(
    ("url", "place"),
    [
        ("https://gongan.jiangxi.gov.cn/a", None),  # a province's department's site
        ("http://weixin.example.gov.cn/a", None),  # an everyday word, no county's site
        ("http://pingquan.chengde.gov.cn/a", "平泉县"),  # the most specific label
    ],
)
def test_host_labels_of_provinces_words_and_nested_places(url: str, place: str | None) -> None:
    division = divisions.host_division(url)
    assert (division.name if division else None) == place
