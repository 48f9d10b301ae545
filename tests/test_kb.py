"""The officials and organisations knowledge base: file shape and look-ups."""

from __future__ import annotations

import csv
import re

import pytest

from policydata.resources import resource_path
from policydata.tag import kb

OFFICIAL_COLUMNS = ["name", "post", "org", "start", "end", "aliases", "source"]
ORG_COLUMNS = [
    "org_id",
    "name",
    "short_names",
    "informal_names",
    "valid_from",
    "valid_to",
    "successor_id",
    "source",
]
DATE = re.compile(r"^(?:19|20)\d\d(?:-(?:0[1-9]|1[0-2]))?$")
HAN_NAME = re.compile(r"^[\u4e00-\u9fff·]{2,10}$")


def _rows(name: str) -> tuple[list[str], list[dict[str, str]]]:
    with resource_path(name).open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        return list(reader.fieldnames or []), list(reader)


def test_officials_file_shape():
    columns, rows = _rows("officials.csv")
    assert columns == OFFICIAL_COLUMNS
    assert len(rows) >= 100
    seen = set()
    for row in rows:
        assert HAN_NAME.match(row["name"]), row
        assert row["post"] and row["org"] and row["source"], row
        assert DATE.match(row["start"]), row
        assert row["end"] == "" or DATE.match(row["end"]), row
        if row["end"]:
            assert row["start"] <= row["end"], row
        key = (row["name"], row["post"], row["org"], row["start"])
        assert key not in seen, f"duplicate row {key}"
        seen.add(key)


def test_every_official_org_resolves():
    # a body the organisations file knows, or a province a provincial leader's post belongs to
    from policydata.tag.speaker_patterns import PROVINCE, PROVINCE_FULL

    provinces = {PROVINCE_FULL.get(p, p + "省") for p in PROVINCE.pattern.split("|")}
    _, rows = _rows("officials.csv")
    for row in rows:
        year = int(row["start"][:4])
        assert kb.canonical_org(row["org"], year) is not None or row["org"] in provinces, row["org"]


def test_organisations_file_shape():
    columns, rows = _rows("organisations.csv")
    assert columns == ORG_COLUMNS
    ids = [r["org_id"] for r in rows]
    assert len(ids) == len(set(ids))
    forms: dict[str, str] = {}
    for row in rows:
        assert row["name"] and row["source"], row
        assert row["valid_from"] == "" or DATE.match(row["valid_from"]), row
        assert row["valid_to"] == "" or DATE.match(row["valid_to"]), row
        if row["valid_from"] and row["valid_to"]:
            assert row["valid_from"] <= row["valid_to"], row
        if row["successor_id"]:
            assert row["successor_id"] in ids, row
            assert row["valid_to"], f"{row['org_id']} has a successor but no end"
        for form in [
            row["name"],
            *filter(None, (row["short_names"] + "|" + row["informal_names"]).split("|")),
        ]:
            assert forms.setdefault(form, row["org_id"]) == row["org_id"], f"{form} names two bodies"


def test_required_coverage():
    names = set(kb.names())
    for required in [
        "李盛霖",
        "杨传堂",
        "李小鹏",
        "刘伟",
        "马军胜",
        "赵冲久",
        "刘君",
        "周生贤",
        "陈吉宁",
        "李干杰",
        "黄润秋",
        "王玉普",
        "黄明",
        "王祥喜",
        "钟山",
        "王文涛",
        "苗圩",
        "肖亚庆",
        "金壮龙",
        "何立峰",
        "郑栅洁",
        "秦刚",
        "姜瑜",
        "马朝旭",
        "洪磊",
        "华春莹",
        "陆慷",
        "耿爽",
        "赵立坚",
        "汪文斌",
        "毛宁",
        "林剑",
        "郭嘉昆",
    ]:
        assert required in names, required
    for year in range(2008, 2027):
        assert any(
            p.post == "部长" for n in ("李盛霖", "杨传堂", "李小鹏", "刘伟") for p in kb.lookup(n, year)
        ), year


@pytest.mark.parametrize(
    ("written", "year", "expected"),
    [
        ("国家发改委", None, ("ndrc", "国家发展改革委")),
        ("发改委", 2020, ("ndrc", "国家发展改革委")),
        ("国家发展和改革委员会", 2020, ("ndrc", "国家发展改革委")),
        ("工信部", None, ("miit", "工业和信息化部")),
        ("国新办", None, ("scio", "国务院新闻办公室")),
        ("环境保护部", 2015, ("mep", "环境保护部")),
        ("环境保护部", 2019, ("mee", "生态环境部")),
        ("国家安全生产监督管理总局", 2019, ("mem", "应急管理部")),
        ("交通部", 2005, ("mocomm", "交通部")),
        ("交通部", 2015, ("mot", "交通运输部")),
        ("国家邮政局市场监管司", None, ("spb", "国家邮政局")),
        ("山东省交通运输厅", None, None),
        ("", None, None),
    ],
)
def test_canonical_org(written, year, expected):
    assert kb.canonical_org(written, year) == expected


def test_lookup_by_year():
    assert {p.post for p in kb.lookup("杨传堂", 2014)} >= {"部长", "党组书记"}
    assert [p.post for p in kb.lookup("杨传堂", 2018)] == ["党组书记"]
    assert kb.lookup("李小鹏", 2010) == []
    assert kb.lookup("无此人") == []


def test_complete_name_only_when_unique():
    assert kb.complete_name("马军", org="国家邮政局", title="局长", year=2015) == "马军胜"
    assert kb.complete_name("马", title="局长", org="国家邮政局", year=2015) == "马军胜"
    # One minister surnamed 李 in 2015 (李立国, 民政部); 李 + 部长 in 2018 fits both 李小鹏 and 李干杰.
    assert kb.complete_name("李", title="部长", year=2015) == "李立国"
    assert kb.complete_name("李", title="部长", year=2018) is None
    assert kb.complete_name("李", title="部长", org="交通运输部", year=2018) == "李小鹏"
    # Without a year, 王 + 部长 fits 王玉普, 王文涛, 王毅 …
    assert kb.complete_name("王", title="部长") is None
    assert kb.complete_name("") is None


def test_terms_and_latest_post():
    assert (2016, 2020, "新闻发言人", "外交部") in kb.terms("耿爽")
    assert kb.terms("无此人") == []
    assert kb.latest_post("李小鹏") == ("部长", "交通运输部")
    assert kb.latest_post("马军胜") == ("局长", "国家邮政局")
    assert kb.latest_post("无此人") == (None, None)


def test_complete_name_restricted_to_named_organisations():
    # 刘 + 副局长 in 2020: 刘君 at 国家邮政局, only when the text names that organisation.
    assert kb.complete_name("刘", title="副局长", year=2020, named_orgs=frozenset({"spb"})) == "刘君"
    assert kb.complete_name("刘", title="副局长", year=2020, named_orgs=frozenset({"mwr"})) is None
    assert kb.complete_name("刘", title="副局长", year=2020, named_orgs=frozenset()) is None


def test_org_ids_cover_successors():
    assert kb.org_ids("交通部") == frozenset({"mocomm", "mot"})
    assert kb.org_ids("国家邮政局市场监管司") == frozenset({"spb"})
    assert kb.org_ids("县水利局") == frozenset()


def test_unsourced_terms_stay_open():
    # Rows whose term the source does not give keep only the year seen in post: no invented end
    # year for the dates tagger to narrow on.
    for post in kb.officials():
        if "term not sourced" in post.source:
            assert post.end is None, post
            assert len(post.start) == 4, post


def test_contractions_of_regulators_and_the_secretariat_are_written_out() -> None:
    # the guide writes organisations in full: 证监会, 人民银行, 国资委, 金融监管总局 and 中央书记处 are
    # contractions (全国政协 and 全国人大常委会 stay as written: the names in use)
    from policydata.tag.speakers import tag_speakers

    def org(text: str) -> str | None:
        return tag_speakers(text)[0].org

    assert org("证监会主席易会满表示,要稳定市场。") == "中国证券监督管理委员会"
    assert org("人民银行行长潘功胜表示,要保持流动性合理充裕。") == "中国人民银行"
    assert org("国务院国资委主任张玉卓表示,要做强国有企业。") == "国务院国有资产监督管理委员会"
    assert org("中共中央政治局常委、中央书记处书记蔡奇出席会议并讲话。蔡奇强调,要做好工作。") == "中共中央书记处"
    # the centre's departments as the report writes them (the annotators keep 中央统战部, 中央组织部 …)
    assert org("中共中央政治局委员、中央统战部部长石泰峰出席会议并讲话。石泰峰强调,要做好工作。") == "中央统战部"
    assert org("中央组织部部长李干杰表示,要做好工作。") == "中央组织部"
    assert org("中组部部长李干杰表示,要做好工作。") == "中共中央组织部"
    assert org("共青团中央书记处第一书记贺军科表示,要做好工作。") == "共青团中央"
    assert org("全国政协主席王沪宁表示,要做好工作。") == "全国政协"
