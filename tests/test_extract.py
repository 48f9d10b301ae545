"""extract_html on hand-written pages modelled on gov/news CMS layouts (tests/fixtures/html).

Each case lists the fields expected and, in the style of trafilatura's evaluation set, sentences
the body must keep and furniture (navigation, share bars, related links, footers) it must drop.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from policydata.extract import clean_title, extract_html, parse_datetime

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "html"

NAV_AND_FOOTER = ["首页", "版权所有", "京ICP备", "网站标识码"]

CASES = {
    "govcn_ucap.html": {
        "url": None,
        "title": "国务院办公厅关于加快推进快递包装绿色转型的意见",
        "published": "2020-12-14T18:05",
        "outlet": "中国政府网",
        "author": None,
        "encoding": "utf-8",
        "must": ["快递业是服务民生的重要行业。", "电商快件不再二次包装比例达到85%。"],
        "must_not": [*NAV_AND_FOOTER, "分享到", "国家邮政局就快递包装答记者问", "字体"],
    },
    "ministry_trs.html": {
        "url": None,
        "title": "交通运输部召开11月例行新闻发布会",
        "published": "2023-11-23T16:30",
        "outlet": "交通运输部新闻办",
        "author": "李明",
        "encoding": "utf-8",
        "must": ["港口货物吞吐量完成约141亿吨。", "治本攻坚三年行动。"],
        "must_not": [*NAV_AND_FOOTER, "打印本页", "关闭窗口", "当前位置", "浏览次数"],
    },
    "govdoc_xxgk.html": {
        "url": None,
        "title": "某省人民政府关于做好冬春季安全生产工作的通知",
        "published": "2022-01-27",  # 成文日期 of the document, not the posting date
        "outlet": None,
        "author": None,
        "encoding": "utf-8",
        "must": ["现就有关事项通知如下。", "某政明电〔2022〕1号"],
        "must_not": NAV_AND_FOOTER,
    },
    "xinhuanet_detail.html": {
        "url": "http://www.news.cn/politics/2024-05/09/c_1130140000.htm",
        "title": "国务院常务会议部署推进物流降本增效",
        "published": "2024-05-09",  # only the URL carries it
        "outlet": "新华网",
        "author": "王頔",
        "encoding": "utf-8",
        "must": ["新华社北京5月9日电", "推动铁路、水运与公路运输有机衔接。"],
        "must_not": [*NAV_AND_FOOTER, "相关新闻", "物流业景气指数回升"],
    },
    "people_rm_txt.html": {
        "url": "http://finance.people.com.cn/n1/2024/0510/c1004-40232587.htm",
        "title": "在新时代中部地区崛起中争先出彩（推动高质量发展·权威发布）",
        "published": "2024-05-10T06:58",  # meta gives the day, the byline the time
        "outlet": "人民日报",
        "author": "王乐文 方 敏",
        "encoding": "utf-8",
        "must": ["河南经济总量连跨两个万亿级台阶。", "国务院新闻办举行"],
        "must_not": [*NAV_AND_FOOTER, "中部地区崛起座谈会召开", "本报记者"],
    },
    "cctv_content_area.html": {
        "url": None,
        "title": "【新春走基层】守护在“最北”铁路线上的00后们",
        "published": "2025-01-17T19:27",
        "outlet": "央视网",
        "author": "刘亮",
        "encoding": "utf-8",
        "must": ["央视网消息（新闻联播）：日前", "保障旅客平安出行。"],
        "must_not": [*NAV_AND_FOOTER, "[视频]", "更新时间"],
    },
    "gb18030_meta.html": {
        "url": None,
        "title": "省交通运输厅召开安全生产工作会议",
        "published": "2021-03-05",
        "outlet": "省交通运输厅办公室",
        "author": None,
        "encoding": "gb18030",
        "must": ["部署今年安全生产重点任务。", "镕铸平安交通。"],
        "must_not": [*NAV_AND_FOOTER, "发布日期"],
    },
    "big5_meta.html": {
        "url": None,
        "title": "交通部舉行記者會說明春節疏運計畫",
        "published": "2024-01-30",
        "outlet": None,
        "author": None,
        "encoding": "cp950",
        "must": ["高速公路將實施匝道儀控與優惠措施。", "共同維護行車安全。"],
        "must_not": ["首頁", "版權所有", "發布日期"],
    },
    "utf8_bom.html": {
        "url": None,
        "title": "“厕所革命”改善农牧区人居环境",
        "published": "2022-02-13",  # from the Founder CMS enpproperty comment
        "outlet": None,
        "author": None,
        "encoding": "utf-8-sig",
        "must": ["去年全区改造户用卫生厕所4.66万座。", "全面推进城乡厕所新建改建工作。"],
        "must_not": [*NAV_AND_FOOTER, "enpproperty"],
    },
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_fixture_page(name: str) -> None:
    case = CASES[name]
    result = extract_html((FIXTURES / name).read_bytes(), url=case["url"])
    assert set(result) == {"title", "published", "outlet", "author", "body", "encoding"}
    assert result["title"] == case["title"]
    assert result["published"] == case["published"]
    assert result["outlet"] == case["outlet"]
    if case["author"] is not None:
        assert result["author"] == case["author"]
    assert result["encoding"] == case["encoding"]
    body = result["body"]
    for sentence in case["must"]:
        assert sentence in body, f"{name}: body lost {sentence!r}"
    for junk in case["must_not"]:
        assert junk not in body, f"{name}: body kept {junk!r}"
    assert "\n\n" not in body and body == body.strip()


def test_body_paragraphs_are_lines() -> None:
    result = extract_html((FIXTURES / "govcn_ucap.html").read_bytes())
    lines = result["body"].split("\n")
    assert lines[0] == "各省、自治区、直辖市人民政府，国务院各部委、各直属机构："
    assert len(lines) == 4


def test_string_input_is_taken_as_decoded() -> None:
    html = (FIXTURES / "ministry_trs.html").read_text(encoding="utf-8")
    result = extract_html(html)
    assert result["encoding"] is None
    assert result["title"] == "交通运输部召开11月例行新闻发布会"


def test_page_without_cms_container_falls_back_to_generic_extraction() -> None:
    paragraphs = "".join(
        f"<p>第{i}段：国家邮政局今天发布数据，今年以来全国快递业务量持续增长，服务质量稳步提升，行业发展态势良好。</p>"
        for i in range(1, 6)
    )
    html = (
        "<html><head><title>快递业务量持续增长_某某新闻网</title></head><body>"
        "<ul><li><a href='/'>首页</a></li><li><a href='/n'>新闻</a></li></ul>"
        f"<h1>快递业务量持续增长</h1><div>发布时间：2025-08-17 10:00</div><div class='main'>{paragraphs}</div>"
        "<div>版权所有 某某新闻网</div></body></html>"
    )
    result = extract_html(html)
    assert result["title"] == "快递业务量持续增长"
    assert result["published"] == "2025-08-17T10:00"
    assert "第3段：国家邮政局今天发布数据" in result["body"]
    assert "版权所有" not in result["body"]


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("[视频]元旦假期铁路运输今天启动_CCTV节目官网-CCTV-1_央视网(cctv.com)", "元旦假期铁路运输今天启动"),
        (
            "[视频]【新思想引领新征程】科学防沙治沙 筑牢美丽中国绿色屏障",
            "【新思想引领新征程】科学防沙治沙 筑牢美丽中国绿色屏障",
        ),
        ("【组图】春运首日客流平稳", "春运首日客流平稳"),
        (
            "交通运输部：着力打造京津冀区域综合立体交通网络-股票频道-和讯网",
            "交通运输部：着力打造京津冀区域综合立体交通网络",
        ),
        ("山西品牌丝路行（南美站）正式启动 - 山西省人民政府门户网站", "山西品牌丝路行（南美站）正式启动"),
        ("国务院办公厅关于印发某方案的通知_国务院文件_中国政府网", "国务院办公厅关于印发某方案的通知"),
        ("女儿出嫁，郑板桥画了几笔兰花当嫁妆--文化--人民网", "女儿出嫁，郑板桥画了几笔兰花当嫁妆"),
        (
            "新年伊始，习近平的重要文章谈了啥？_中南海_澎湃新闻-The Paper",
            "新年伊始，习近平的重要文章谈了啥？",
        ),
        ("1-10月德清县固定资产投资结构趋稳趋优", "1-10月德清县固定资产投资结构趋稳趋优"),
        (
            "书记市长这一周 | 奋马扬鞭争春色，“虎”力全开向未来",
            "书记市长这一周 | 奋马扬鞭争春色，“虎”力全开向未来",
        ),
    ],
)
def test_clean_title(raw: str, clean: str) -> None:
    assert clean_title(raw) == clean


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2022-01-28 00:00:00", "2022-01-28"),
        ("2020-02-29T18:34:31+08:00", "2020-02-29T18:34:31"),
        ("2007-08-20-23:59:59", "2007-08-20T23:59:59"),
        ("来源：央视网 更新时间：2023年04月09日 19:17", "2023-04-09T19:17"),
        ("2005年3月11日12:12", "2005-03-11T12:12"),
        ("2022.01.20 16:31", "2022-01-20T16:31"),
        ("发布日期：2024/1/30", "2024-01-30"),
        ("第2022-13-45号", None),
        ("没有日期", None),
    ],
)
def test_parse_datetime(value: str, expected: str | None) -> None:
    assert parse_datetime(value) == expected


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("http://www.gov.cn/zhengce/content/2012-04/25/content_1234.htm", "2012-04-25"),
        ("https://news.youth.cn/gj/202405/t20240520_15263156.htm", "2024-05-20"),
        ("http://finance.people.com.cn/n1/2024/0510/c1004-40232587.htm", "2024-05-10"),
        ("https://tv.cctv.com/2022/03/24/VIDE7aUr1BY6WyueVfWSJHUi220324.shtml", "2022-03-24"),
    ],
)
def test_published_from_url_when_page_has_no_date(url: str, expected: str) -> None:
    html = (
        "<html><head><title>某新闻</title></head><body><div class='TRS_Editor'><p>"
        + "内容" * 40
        + "</p></div></body></html>"
    )
    assert extract_html(html, url=url)["published"] == expected


def test_empty_and_markupless_input() -> None:
    assert extract_html("")["body"] == ""
    result = extract_html("只有一句话，没有任何标签。")
    assert result["title"] is None


@settings(max_examples=60, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(list("<>/divp =\"'中文来源：2024-05-10年月日【】[视频]_-|")), max_size=200
    )
)
def test_extract_never_raises_on_junk_markup(html: str) -> None:
    result = extract_html(html)
    assert isinstance(result["body"], str)


ARTICLE = "<div class='TRS_Editor'><p>" + "市政府召开常务会议，研究部署安全生产工作。" * 4 + "</p></div>"


@pytest.mark.parametrize(
    ("head_title", "heading"),
    [
        ("某某市人民政府 - 市政府召开常务会议研究部署安全生产工作", "市政府召开常务会议研究部署安全生产工作"),
        ("某某市人民政府门户网站", "市政府召开常务会议研究部署安全生产工作"),
        ("市政府召开常务会议研究部署安全生产工作_某某市人民政府", "某某市人民政府"),
    ],
)
def test_title_from_heading_and_site_names(head_title: str, heading: str) -> None:
    html = f"<html><head><title>{head_title}</title></head><body><h1>{heading}</h1>{ARTICLE}</body></html>"
    assert extract_html(html)["title"] == "市政府召开常务会议研究部署安全生产工作"


def test_column_heading_is_not_taken_for_the_headline() -> None:
    html = (
        "<html><head><title>书记市长这一周 | 奋马扬鞭争春色，“虎”力全开向未来</title></head>"
        f"<body><h2>书记市长这一周</h2>{ARTICLE}</body></html>"
    )
    assert extract_html(html)["title"] == "书记市长这一周 | 奋马扬鞭争春色，“虎”力全开向未来"


def test_related_list_and_teasers_inside_the_container_are_dropped() -> None:
    html = (
        "<html><head><title>标题</title></head><body><div class='TRS_Editor'>"
        "<p>国家邮政局今天发布数据，今年以来全国快递业务量持续增长，服务质量稳步提升，行业发展态势良好。</p>"
        "<p>业内人士表示，快递业在畅通经济循环、服务民生方面发挥了重要作用。</p>"
        "<p>5月22日，农户在采摘蓝莓。自2005年发展蓝莓种植以来...【详细】</p>"
        "<h3>相关阅读</h3><ul><li><a href='/1'>快递进村工程稳步推进</a></li></ul>"
        "<p>免责声明：本网转载内容仅供参考。</p></div></body></html>"
    )
    body = extract_html(html)["body"]
    assert body.endswith("发挥了重要作用。")
    assert "【详细】" not in body and "快递进村" not in body and "免责声明" not in body


def test_link_only_lines_at_the_edges_of_the_container_are_dropped() -> None:
    html = (
        "<html><body><td id='fontzoom'><a href='/a'>理财：为什么有人富了而有人不行</a><br>"
        "<p>工商部门初步认定该广告属于虚假宣传，办案人员告诉记者，最终以处罚决定书为准。</p>"
        "<p>记者从有关方面了解到，<a href='/b'>宝洁公司</a>对这一认定表示惊讶。</p>"
        "<a href='/c'>更多财经新闻</a></td></body></html>"
    )
    body = extract_html(html)["body"]
    assert body.split("\n") == [
        "工商部门初步认定该广告属于虚假宣传，办案人员告诉记者，最终以处罚决定书为准。",
        "记者从有关方面了解到，宝洁公司对这一认定表示惊讶。",
    ]


def test_traditional_byline_labels() -> None:
    html = (
        "<html><head><title>行政院會通過交通安全條例修正草案 - 行政院全球資訊網</title></head><body>"
        "<div class='nav'><a href='/'>首頁</a></div><h1>行政院會通過交通安全條例修正草案</h1>"
        "<div class='info'>發布時間：2024-03-14 16:20 資料來源：行政院新聞傳播處 記者：陳怡君</div>"
        "<div class='TRS_Editor'><p>行政院會今日通過道路交通安全條例部分條文修正草案，將送請立法院審議。</p>"
        "<p>政院表示，修法重點在於強化行人優先與酒駕防制，盼降低交通事故死傷。</p>"
        "<h3>相關新聞</h3><p><a href='/1'>交通部說明行人安全政策</a></p></div>"
        "<div class='footer'>版權所有 行政院</div></body></html>"
    )
    result = extract_html(html)
    assert result["title"] == "行政院會通過交通安全條例修正草案"
    assert result["published"] == "2024-03-14T16:20"
    assert result["outlet"] == "行政院新聞傳播處"
    assert result["author"] == "陳怡君"
    assert result["body"].endswith("盼降低交通事故死傷。")


def test_a_day_cited_in_the_article_is_no_publication_date():
    from policydata.extract import extract_html

    html = ("<html><head><title>交通运输部召开会议</title></head><body><h1>交通运输部召开会议</h1>"
            "<div class=\"article\"><p>回顾2019年3月1日召开的全国交通运输工作会议,部长李小鹏强调要加快建设交通强国,"
            "各地要认真落实会议部署。</p><p>会议要求各地做好安全生产工作,确保人民群众生命财产安全。</p></div></body></html>")
    assert extract_html(html).get("published") is None
    # a stamp printed at the head of the article is the page's date
    for stamp, expected in (("2019-03-02 10:20 来源:交通运输部", "2019-03-02T10:20"),
                            ("发布时间:2019年3月2日", "2019-03-02"), ("【2019年3月2日】", "2019-03-02")):
        page = html.replace('<div class="article">', f'<div class="article"><p>{stamp}</p>')
        assert extract_html(page).get("published") == expected, stamp
    # a paragraph opening with the day it tells of is the story, not a stamp
    page = html.replace('<div class="article">', '<div class="article"><p>2022年2月4日,全球的目光聚焦北京。</p>')
    assert extract_html(page).get("published") is None
    # a stamp line with commas further on is still a stamp
    page = html.replace('<div class="article">', '<div class="article"><p>2019-03-02 10:20 来源:新华网,作者:张三</p>')
    assert extract_html(page).get("published") == "2019-03-02T10:20"


def test_deeply_nested_pages_keep_all_their_text():
    """Past 256 levels (unclosed <font> or <div> of old CMS output) libxml2's default limits
    silently drop the rest of the page."""
    from policydata.extract import extract_html

    deep = "<html><body>" + "<div>" * 300 + "<p>国家邮政局召开会议,研究部署安全生产工作。</p>" + "</div>" * 300 + "</body></html>"
    assert "国家邮政局召开会议" in extract_html(deep)["body"]
    unclosed = "<html><body>" + "".join(f"<font><p>第{i}段,国家邮政局召开会议,研究部署安全生产工作。" for i in range(300))
    body = extract_html(unclosed + "</body></html>")["body"]
    assert "第0段" in body and "第299段" in body


def test_a_sentence_opening_like_a_trailer_heading_keeps_the_rest_of_the_article():
    paragraphs = ["2024年6月7日,国务院总理李强主持召开国务院常务会议。",
                  "会议指出,要加快建设交通强国,推进交通运输高质量发展,保障物流畅通,为经济社会发展提供有力支撑。",
                  "相关报道指出,今年以来快递业务量持续增长,行业发展态势良好,各地邮政管理部门加强监管。",
                  "会议强调,要做好安全生产工作。", "相关新闻:", "国家邮政局发布数据"]
    html = ("<html><head><title>测试</title></head><body><div class='article'>"
            + "".join(f"<p>{p}</p>" for p in paragraphs) + "</div></body></html>")
    body = extract_html(html)["body"]
    # a dated first sentence is no byline; 相关报道指出,… is no heading; 相关新闻: is, and ends it
    assert body.split("\n") == paragraphs[:4]


def test_given_titles_lose_only_the_site_names_a_cms_appended():
    from policydata.process import clean_given_title

    assert clean_given_title("维护全人类共同利益需联手抵制保护主义\n_光明网") == "维护全人类共同利益需联手抵制保护主义"
    assert clean_given_title("17种产品入选国家绿色制造名单 - 要闻云南 - 云南日报网") == "17种产品入选国家绿色制造名单"
    assert clean_given_title("习近平主持召开座谈会-中国科普网") == "习近平主持召开座谈会"
    for kept in ("多地多措并举 织牢疫情防控网", "伊朗称击中美军F-35战机", "1-2月我国财政收入实现平稳开局"):
        assert clean_given_title(kept) == kept


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("李強在新疆調研時強調 促進長治久安-新華網", "李强在新疆调研时强调 促进长治久安"),
        ("李強在新疆調研時強調 提高開放水平_光明網", "李强在新疆调研时强调 提高开放水平"),
        ("國務院常務會議召開 - 中時新聞網", "国务院常务会议召开"),
        ("国务院常务会议召开－中国政府网", "国务院常务会议召开"),  # a full-width hyphen
        ("习近平主持召开座谈会|要闻|新华网", "习近平主持召开座谈会"),
        ("多地多措並舉 織牢疫情防控網", "多地多措并举 织牢疫情防控网"),
    ],
)
def test_a_given_title_in_traditional_loses_its_site_name_too(given, expected):
    from policydata.process import guess_title
    from policydata.records import Extracted

    extracted = Extracted("d", "r", "s", None, "utf-8", given, None, None, None, "正文。")
    assert guess_title(extracted, None) == expected


def test_reaction_buttons_follow_us_lines_and_keyword_trailers_are_furniture():
    paragraphs = ["国务院总理李强主持召开国务院常务会议,研究部署推动交通运输高质量发展的有关工作,强调要保障物流畅通。" * 2,
                  "会议指出,要加快建设交通强国,为经济社会发展提供有力支撑。"]
    furniture = ["- 好文 - 钦佩 - 喜欢 - 泪奔", "关注公众号:人民网财经", "关键词 >> 李强"]
    html = ("<html><head><title>测试</title></head><body><div class='article'>"
            + "".join(f"<p>{p}</p>" for p in paragraphs + furniture) + "</div></body></html>")
    assert extract_html(html)["body"].split("\n") == paragraphs


def test_keyword_section_headings_do_not_end_the_article():
    from policydata.extract import _clean_body

    body = ("今年政府工作报告提出了一系列新举措,以下几个关键词值得关注,它们勾勒出今年经济社会发展的路线图。\n"
            "关键词一:高质量发展\n报告强调,要坚定不移推动高质量发展。\n关键词二:扩大内需\n报告提出,要着力扩大国内需求。")
    assert _clean_body(body, None) == body
    assert _clean_body(body + "\n关键词 >> 政府工作报告", None) == body  # a tag line: that line only


def test_reaction_buttons_on_a_long_line_are_matched_in_linear_time():
    import time

    from policydata import extract_patterns as P

    line = " - ".join(["好文"] * 40) + " x"
    start = time.perf_counter()
    assert P.JUNK_LINE.search(line) is None
    assert time.perf_counter() - start < 0.5  # exponential backtracking took seconds at 24 items


def test_a_table_of_figures_keeps_each_row_on_its_line():
    from policydata.normalise import normalise_text

    lede = "国务院召开常务会议,研究部署推动交通运输高质量发展的有关工作,强调要保障物流畅通。" * 3
    rows = [["旅客发送量", "万人", "102584", "19.6%"], ["货运量", "万吨", "5000", "3.1%"]]
    table = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows)
    html = (f"<html><head><title>测试</title></head><body><div class='article'><p>{lede}</p>"
            f"<table>{table}</table></div></body></html>")
    text = normalise_text(extract_html(html)["body"]).text
    assert text.split("\n")[-2:] == ["旅客发送量 万人 102584 19.6%", "货运量 万吨 5000 3.1%"]


@pytest.mark.parametrize(
    ("first", "expected"),
    [
        ("光明日报 2012年10月16日 星期二", None),  # an e-paper's masthead: its issue's date, no headline
        ("2024-03-22 10:01", None),
        ("全国创先争优活动总结交流会议召开", "全国创先争优活动总结交流会议召开"),
    ],
)
def test_a_text_page_s_first_line_is_its_title_unless_it_is_a_stamp(first, expected):
    from policydata.normalise import normalise_text
    from policydata.process import guess_title
    from policydata.records import Extracted

    body = first + "\n本报北京10月15日电 全国创先争优活动总结交流会议15日召开。"
    extracted = Extracted("d", "r", "s", None, "utf-8", None, None, None, None, body)
    assert guess_title(extracted, normalise_text(body)) == expected
