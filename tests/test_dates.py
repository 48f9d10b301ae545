"""Publication date and event date: golden cases, one test per rule, and floors on real pages."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from policydata.records import EventDate
from policydata.tag.dates import calendar_rows, find_published, parse_date, resolve_event_date

ROOT = Path(__file__).resolve().parents[1]
GOLDEN = ROOT / "tests" / "golden" / "dates"
SHARED = ROOT.parent / "shared"


def _event(text: str, **kw) -> EventDate:
    return resolve_event_date(text, **kw)


# --------------------------------------------------------------------------------------------------
# golden cases: one JSON file per page shape (text, url, published = expected publication date,
# expected = event date); optional title, meta, given, terms.


def _golden_files() -> list[Path]:
    files = sorted(GOLDEN.glob("*.json"))
    assert files, "no golden date cases found"
    return files


@pytest.mark.parametrize("path", _golden_files(), ids=lambda p: p.stem)
def test_golden(path: Path) -> None:
    case = json.loads(path.read_text(encoding="utf-8"))
    pub = find_published(case["text"], url=case.get("url"), meta=case.get("meta"), given=case.get("given"))
    assert pub == case["published"]
    terms = [tuple(t) for t in case.get("terms") or []]
    ev = resolve_event_date(
        case["text"],
        url=case.get("url"),
        published=pub,
        title=case.get("title"),
        meta=case.get("meta"),
        terms=terms or None,
    )
    assert {"value": ev.value, "precision": ev.precision, "basis": ev.basis} == case["expected"]
    if ev.value is not None:
        assert ev.evidence  # every date says what it rests on


# --------------------------------------------------------------------------------------------------
# publication date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "标题\n发布时间:2023-1-18\n正文第一段,内容足够长,用来模拟正文的开头部分,这里有逗号和句号。",
            "2023-01-18",
        ),
        (
            "标题\n时间:2015-10-07 来源:中国交通新闻网 作者:记者\n本网讯 10月1日,国庆长假第一天,全国交通运输保障平稳有序,各地加强值守。",
            "2015-10-07",
        ),
        (
            "标题\n来源:中国邮政快递报 2025-11-27 09:14 手机阅读\n11月25日至26日,国家邮政局党组书记、局长赴安徽调研,听取工作汇报并讲话。",
            "2025-11-27",
        ),
        (
            "标题\n国家邮政局 2025年03月13日 08:52 北京\n3月12日,国家邮政局党组召开理论学习中心组学习会,传达学习全国两会精神。",
            "2025-03-13",
        ),
        (
            "标题\n18.11.2021  12:50\n11月17日,湖北省邮政管理局党组召开会议,传达学习党的十九届六中全会精神。",
            "2021-11-18",
        ),
        (
            "标题\n2025-08-281\n8月27日,生态环境部部长主持召开部务会议,传达学习国务院第九次全体会议精神。",
            "2025-08-28",
        ),
        (
            "标题\n4年前 (2019-11-25) 沙发\n11月18日至23日,国家邮政局党组成员、副局长赴广东、福建调研指导第二批主题教育。",
            "2019-11-25",
        ),
    ],
)
def test_published_from_stamps(text: str, expected: str) -> None:
    assert find_published(text) == expected


def test_published_ignores_event_dates_in_body() -> None:
    # Journal abstracts and press releases open with the event's full date: not a page stamp.
    assert find_published("摘要\n2021年12月23日,2022年全国交通运输工作会议以电视电话会议形式召开。") is None
    assert find_published("<正>2020年10月22日,交通运输部部长在国新办发布会上介绍情况。") is None


def test_published_ignores_dated_related_links_at_the_bottom() -> None:
    text = (
        "标题\n国家邮政局监测数据显示,11月1日至11日,全国邮政、快递企业共处理快件47.76亿件,同比增长超过两成。\n"
        "相关新闻\n-\n宁夏文旅市场人气旺\n[2025-10-05] -\n一对教师夫妻的山海之约\n[2025-09-17]"
    )
    assert find_published(text, url="https://example.net/content/20211112/2776.html") == "2021-11-12"


def test_published_label_on_a_long_line() -> None:
    text = "::: 首页 最新消息 车厢宁静宣导,共同维护乘车品质 发布日期:2023/3/25 下午 2:51 为维护车厢安宁,乘车时敬请将手机或电子用品转成静音模式,使用手机请轻声通话或至通道间接听,共同维护乘车品质。"
    assert find_published(text) == "2023-03-25"


def test_published_precedence_given_then_meta_then_text() -> None:
    text = "标题\n发布时间:2020-01-02\n正文第一段足够长,用来模拟正文的开头部分,这里有逗号,也有句号。"
    assert find_published(text, given="2019-05-06T10:00:00") == "2019-05-06"
    assert find_published(text, meta={"published_raw": "2017年11月17日 10:20"}) == "2017-11-17"
    assert (
        find_published(text, given="not a date", meta={"published_raw": "2017/11/20 15:21:00"})
        == "2017-11-20"
    )
    assert find_published(text) == "2020-01-02"


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("http://www.gov.cn/gzdt/2012-04/25/content_1.htm", "2012-04-25"),
        ("https://m.example.com/html/2017/news_1117/179014.html", "2017-11-17"),
        ("https://news.cn/politics/20220324/96b6cfb8/c.html", "2022-03-24"),
        ("http://example.com/sxyw/202411/t20241121_1095862.shtml", "2024-11-21"),
        ("http://www.example.cn/a/b_20220324.html", "2022-03-24"),
        ("http://example.com/jjck/2021/08/30/166840.html", "2021-08-30"),
        ("http://example.com/zixun/202409/02/637499.shtml", "2024-09-02"),
        ("http://example.com/n4/2025/0306/c306330-21555602.html", "2025-03-06"),
        ("http://example.com/art/2022/10/8/art_15690_10304845.html", "2022-10-08"),
        ("http://example.com/report/2303/3480-1.htm", None),  # YYMM folder: no day, no stamp
        ("https://p2.example.xyz/a/5b0e6926c8dcd003838ae076?lang=zh-hant", None),
        ("http://218.28.6.71:81/Qikan/Article/Detail?id=30909578", None),
        ("http://example.com/article/202108/14248.html", None),
    ],
)
def test_published_from_url(url: str, expected: str | None) -> None:
    assert find_published("正文。", url=url) == expected


def test_parse_date_forms() -> None:
    assert parse_date("2017/11/20 15:21:00") == "2017-11-20"
    assert parse_date("2017年11月17日") == "2017-11-17"
    assert parse_date("18.07.2014 22:50") == "2014-07-18"
    assert parse_date("2017-02-30") is None
    assert parse_date(None) is None


# --------------------------------------------------------------------------------------------------
# event date: written dates and the publication date


def test_full_date_is_explicit() -> None:
    ev = _event("2024年1月16日下午3时,国务院新闻办公室举行新闻发布会,介绍2024年春运形势。")
    assert (ev.value, ev.precision, ev.basis) == ("2024-01-16", "day", "explicit")


def test_title_date_wins_for_regular_press_conferences() -> None:
    ev = _event("耿爽:今天的发布会开始。", title="2020年4月29日外交部发言人耿爽主持例行记者会")
    assert (ev.value, ev.basis) == ("2020-04-29", "explicit")


def test_partial_date_takes_year_from_publication() -> None:
    ev = _event("3月7日上午,交通运输部部长参加代表团审议。", published="2013-03-08")
    assert (ev.value, ev.basis) == ("2013-03-07", "published")


def test_partial_date_late_in_year_before_january_stamp_is_last_year() -> None:
    ev = _event("12月28日,全国交通运输工作会议在京召开。", published="2022-01-05")
    assert ev.value == "2021-12-28"


def test_old_full_date_stands_when_it_is_the_only_day() -> None:
    # A repost two years later: the written full date is still the event.
    ev = _event("2012年9月17日下午,新任交通运输部部长到部机关各司局调研。", published="2014-10-08")
    assert (ev.value, ev.basis) == ("2012-09-17", "explicit")


def test_an_old_day_a_story_recalls_is_no_event() -> None:
    # told as past (时任), or written after the story's opening paragraph: recalled, not reposted
    recalled = "五一假期,古堰画乡吸引不少游人。2005年8月15日,时任浙江省委书记习近平在安吉余村考察。"
    ev = _event(recalled, published="2022-05-03")
    assert (ev.value, ev.basis) == ("2022-05", "published")
    feature = "十八洞村位于武陵山脉腹地。如今村里变了模样。\n2013年11月3日,习近平总书记走进十八洞村。"
    assert _event(feature, published="2022-06-14").value == "2022-06"


def test_same_month_day_written_in_full_elsewhere_is_explicit() -> None:
    text = "2月22日,商务部新闻发言人在例行新闻发布会上介绍情况。\n文字实录如下:\n商务部召开例行新闻发布会(2024年2月22日)\n何亚东:各位记者朋友,大家下午好。"
    ev = _event(text)
    assert (ev.value, ev.basis) == ("2024-02-22", "explicit")


def test_meeting_year_right_before_the_day() -> None:
    ev = _event("2017年全国邮政管理工作会议1月5日在北京召开。会议提出,继续深化改革。")
    assert (ev.value, ev.basis) == ("2017-01-05", "explicit")


def test_work_report_titled_with_its_year() -> None:
    # the text recalls the congress that elected this government a year before: the title says when
    text = "本届政府履行职责已经一年。十届全国人大一次会议以来,各级政府迎难而上。"
    ev = _event(text, title="2004年中华人民共和国国务院政府工作报告")
    assert (ev.value, ev.precision, ev.basis) == ("2004", "year", "explicit")
    assert _event(text, title="关于2019年工作报告的说明").value != "2019"


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("国务院新闻办公室今天上午举行新闻发布会,交通运输部部长介绍情况。", "2017-02-27", "2017-02-27"),
        (
            "央视网消息:在昨天(9日)下午召开的国务院联防联控机制新闻发布会上,有关负责人表示。",
            "2020-03-10",
            "2020-03-09",
        ),
        ("据报道,部长前天在座谈会上表示,要加快建设交通强国。", "2020-03-10", "2020-03-08"),
        ("今天(3月8日)上午,十四届全国人大二次会议举行部长通道采访活动。", "2024-03-08", "2024-03-08"),
        # Taiwan's official releases write the day of the month in parentheses after 今/昨/本
        ("蔡英文總統今(17)日下午前往澎湖視導,實地了解農改場育成作物新品種的成果。", "2019-06-17", "2019-06-17"),
        ("自今（3）日上午我國東部海域發生地震後,友邦政要陸續表達慰問。", "2024-04-03", "2024-04-03"),
        ("副總統昨(24)日出席頒獎典禮,期勉企業善盡社會責任。", "2017-08-25", "2017-08-24"),
        ("友邦於當地時間本(11)月11日順利完成國會大選,總統府表示祝賀。", "2020-11-12", "2020-11-11"),
        ("外交部上（10）月20日宣布,與友邦簽署合作協定。", "2020-11-02", "2020-10-20"),
    ],
)
def test_relative_dates(text: str, published: str, expected: str) -> None:
    ev = _event(text, published=published)
    assert (ev.value, ev.precision) == (expected, "day")


def test_a_parenthesised_day_tomorrow_is_no_event() -> None:
    """明(15)日 is a day to come: the stamp's year, not that day."""
    ev = _event("總統府舉辦攝影比賽,將於明(15)日起開放報名,歡迎各界踴躍參賽。", published="2018-12-14")
    assert ev.precision != "day"


def test_navigation_label_today_is_not_an_event() -> None:
    text = "今日  首页 - 往期报纸\n国家邮政局市场监管司副司长在日前召开的国务院联防联控机制新闻发布会上表示,快递业务已基本恢复。"
    ev = _event(text, published="2020-04-28")
    assert (ev.value, ev.precision) == ("2020-04", "month")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("4月19—20日,全国邮政管理工作座谈会在杭州召开。", "2016-04-19"),
        ("7月22日至24日,国家邮政局局长在内蒙古调研。", "2016-07-22"),
        ("11月18日~23日,调研组赴广东开展调研。", "2016-11-18"),
    ],
)
def test_ranges_give_their_first_day(text: str, expected: str) -> None:
    assert _event(text, published="2016-12-01").value == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a day of month before a part of the day, 应邀, 报道 or 发生
        ("栗战书27日应邀在泰国国会发表视频致辞。", "2022-06-27", "2022-06-27"),
        ("据伊朗媒体12日报道,伊朗陆军防空部队当天举行演习。", "2025-01-13", "2025-01-12"),
        ("台湾花莲县海域3日发生7.3级地震,造成人员伤亡。", "2024-04-04", "2024-04-03"),
        ("5日凌晨,应急管理部启动四级应急响应。", "2024-07-06", "2024-07-05"),
        # a clock time written straight after the day
        ("5月4日16时40分许,贵州省黔西市发生一起游船侧翻事故。", "2025-05-05", "2025-05-04"),
        ("3月2日9:30,交通运输部召开视频会议,部署安全生产工作。", "2023-03-03", "2023-03-02"),
        # a day of month right after a programme label's colon
        ("央视网消息(新闻联播):7日上午,国务院总理李强在北京会见来访的客人。", "2024-06-07", "2024-06-07"),
        # a range of days of the month: its first day
        ("中央农村工作会议17日至18日在北京召开。", "2024-12-19", "2024-12-17"),
        # 前往 is no "before": the visit on the 27th is the event
        ("习近平27日上午前往故宫博物院,参观展览。", "2025-10-27", "2025-10-27"),
        # 开始 before a meeting's discussion is no start date: the discussion on the 16th is the event
        ("党的二十大解放军和武警部队代表团16日下午开始分组讨论报告。", "2022-10-17", "2022-10-16"),
        ("代表团16日下午开始小组讨论报告。", "2022-10-17", "2022-10-16"),
        # a day of month before the verbs of diplomatic reports
        ("国家主席习近平17日就科威特埃米尔不幸逝世致唁电。", "2023-12-17", "2023-12-17"),
        ("伊朗总统17日与到访的巴基斯坦内政部长会谈。", "2026-05-18", "2026-05-17"),
        ("两国国防部8日发表联合声明。", "2024-06-09", "2024-06-08"),
    ],
)
def test_common_day_forms_of_news_ledes(text: str, published: str, expected: str) -> None:
    ev = _event(text, published=published)
    assert (ev.value, ev.precision) == (expected, "day")


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("各单位须于30日前报送材料。", "2024-06-09"),  # a deadline
        ("会议时间为8:30,地点另行通知。", "2024-06-09"),  # a clock time, no day
        ("本次活动为期10日,欢迎参加。", "2024-06-09"),  # a duration
    ],
)
def test_what_only_looks_like_a_day_gives_none(text: str, published: str) -> None:
    assert _event(text, published=published).precision != "day"


def test_day_of_month_alone_is_nearest_on_or_before_publication() -> None:
    assert _event("国务院联防联控机制25日召开新闻发布会。", published="2020-04-26").value == "2020-04-25"
    # 28日 in a page of 3 May is the 28th of April.
    assert (
        _event("部长28日在接受记者专访时表示,交通运输是朝阳产业。", published="2012-05-03").value
        == "2012-04-28"
    )


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "新华社北京3月5日电 题:加快建设交通强国\n在5日举行的十四届全国人大三次会议部长通道上,部长表示。",
            "2025-03-06",
            "2025-03-05",
        ),
        (
            "中新社北京11月28日电 (记者)国家发改委副秘书长28日在国务院新闻办公室举行的发布会上说。",
            "2024-11-29",
            "2024-11-28",
        ),
        ("人民网北京5月31日电 (记者)国家邮政局发布了关于加强科技创新的意见。", "2025-05-31", "2025-05-31"),
        ("中国网新闻2月27日讯 国务院新闻办公室于27日举行新闻发布会。", "2017-02-27", "2017-02-27"),
    ],
)
def test_datelines(text: str, published: str, expected: str) -> None:
    assert _event(text, published=published).value == expected


def test_dateline_lifted_into_meta() -> None:
    ev = _event(
        "国家邮政局有关负责人表示,旺季寄递服务平稳有序。",
        published="2019-10-10",
        meta={"dateline": "新华社北京10月9日电"},
    )
    assert ev.value == "2019-10-09"
    # The story right after a lifted dateline still counts from it: 19号 is the 19th of April.
    ev = _event(
        "国家邮政局19号公布一季度邮政快递业运行情况。",
        published="2024-04-22",
        meta={"dateline": "新华社北京4月21日电"},
    )
    assert ev.value == "2024-04-19"
    ev = _event("民航局运输司司长8日说,春运客流创同期新高。", meta={"dateline": "中新社北京1月8日电"})
    assert ev.value is None  # month from the dateline, but no year: never a day-precision guess


def test_figures_report_dates_the_day_the_figures_describe() -> None:
    text = "中新社北京11月12日电 国家邮政局监测数据显示,11月1日至11日,全国共处理快件47.76亿件。其中,11月11日当天共处理快件6.96亿件。"
    assert _event(text, published="2021-11-12").value == "2021-11-11"


def test_plans_and_starts_are_not_the_event() -> None:
    text = "对不能确定安全性的物品坚决不予收寄;8月20日至9月5日期间,对进京邮件实行二次安检。自8月25日起实行100%过机安检。"
    ev = _event(text, published="2015-08-21")
    assert (ev.value, ev.precision) == ("2015-08", "month")


def test_vague_recent_event_month_or_year_from_stamp() -> None:
    text = "交通运输部近日召开部安委会专题会议,分析当前安全生产形势,部署危险货物运输安全专项整治工作,要求各地认真排查隐患。"
    assert _event(text, published="2015-08-15").value == "2015-08"
    # Early in the stamp's month 近日 may reach into the previous month: year only.
    ev = _event(
        "记者近日从国家邮政局获悉,上半年农村地区收投快件量持续增长,快递进村成效明显。", published="2024-09-02"
    )
    assert (ev.value, ev.precision) == ("2024", "year")


def test_no_written_day_with_stamp_gives_year() -> None:
    ev = _event(
        "快递包装如何瘦下去?国家邮政局相关负责人表示,今年4月正式启动过度包装专项治理。",
        published="2021-08-30",
    )
    assert (ev.value, ev.precision, ev.basis) == ("2021", "year", "published")


# --------------------------------------------------------------------------------------------------
# event date: the year from context when the page shows no stamp


def test_calendar_congress_study_period() -> None:
    ev = _event("12月26日,国家邮政局党组召开会议,继续原文学习党的二十大报告。")
    assert (ev.value, ev.basis) == ("2022-12-26", "context")
    assert "二十大" in ev.evidence


def test_calendar_covid_outbreak_phase() -> None:
    ev = _event("这是一次注定被铭记的春运。1月21日,交通运输部启动二级应急响应,打赢疫情防控阻击战。")
    assert ev.value == "2020-01-21"


def test_calendar_plan_drafting_launch() -> None:
    ev = _event("7月10日,全国邮政管理局长座谈会召开,要求全面启动行业“十三五”规划编制工作。")
    assert ev.value == "2014-07-10"


def test_calendar_without_a_written_day_gives_a_year() -> None:
    ev = _event(
        "国家邮政局召开电视电话会议,学习贯彻《交通强国建设纲要》,同时启动邮政业的“十四五”规划编制工作。"
    )
    assert (ev.value, ev.precision, ev.basis) == ("2019", "year", "context")


def test_year_mentions_latest_year_and_finished_years() -> None:
    assert _event("5月30日,商务部召开例行新闻发布会,介绍2024消费促进年有关活动。").value == "2024-05-30"
    assert (
        _event("12月16日,国家发展改革委召开新闻发布会。截至2021年11月底,中欧班列累计开行4.7万列。").value
        == "2021-12-16"
    )
    assert (
        _event(
            "中新社北京1月8日电 民航局运输司司长8日说,2024年,在全行业运输飞行总量较2019年增长12.3%的情况下,安全形势平稳。"
        ).value
        == "2025-01-08"
    )
    # Next year's work discussed late in the year: the year before it.
    text = "11月16日,交通运输部部长与部分代表座谈,围绕2018年交通运输重点难点工作听取意见建议。"
    assert _event(text).value == "2017-11-16"
    assert _event("3月16日,交通运输部召开会议,部署2018年交通运输重点工作。").value == "2018-03-16"
    # A target year (到2025年) does not date the text.
    assert _event("8月3日,国家邮政局召开会议,提出到2035年基本建成邮政强国。").value is None


def test_lunar_day_must_be_written_beside_the_date() -> None:
    assert _event("2月17日,农历正月初一,各地快递企业安排值守。").value == "2026-02-17"
    # 2月10日 was 正月初一 in both 2013 and 2024: not pinned.
    assert _event("2月10日,农历正月初一,各地快递企业安排值守。").value is None
    far = "2月10日,交通运输部召开会议。会议要求,各地做好服务保障," + "加强值守," * 6 + "确保春节后返程平稳。"
    assert _event(far).value is None


def test_anniversary_uses_the_nearest_named_occasion() -> None:
    text = "12月4日,部党组组织学习纪念中华人民共和国现行宪法公布施行40周年署名文章。"
    assert _event(text).value == "2022-12-04"


def test_yymm_url_folder_hints_the_year_without_a_stamp() -> None:
    text = "山东邮政自2月22日开始提前启动邮件二次安检,确保寄递渠道安全畅通。截至3月5日,已对43万多件邮件实行二次安检。"
    url = "http://m.example.cn/html1/report/2303/3480-1.htm"
    assert find_published(text, url=url) is None  # a year-month folder is not a publication date
    ev = _event(text, url=url)
    assert (ev.value, ev.basis) == ("2023-03-05", "context")
    # a year folder whose page is named from that year on is the year 2011, not March 2020
    url = "http://example.com/shtmlnewsfiles/ecomnews/703/2011/201162716173316464.shtml"
    assert _event("6月17日,省发改委召开意见征询会。", url=url).value == "2011-06-17"


def test_tenure_narrows_the_year() -> None:
    text = "9月21日,应急管理部副部长主持召开部务会议,研究中秋国庆假期安全防范工作。"
    assert _event(text).value is None  # 中秋国庆 merge in several years: not pinned alone
    ev = _event(text, terms=[("某某", 2018, 2020), ("某某", 2020, 2022)])
    assert (ev.value, ev.basis) == ("2020-09-21", "context")
    assert "某某" in ev.evidence


def test_weekday_pins_the_year_within_a_term() -> None:
    text = "国务院新闻办公室于1月31日(星期三)上午10时举行新闻发布会,交通运输部部长介绍春运工作安排。"
    assert _event(text).value is None
    ev = _event(text, terms=[("某某", 2016, 2022)])
    assert ev.value == "2018-01-31"  # the only Wednesday 31 January in 2016–2022
    assert "星期三" in ev.evidence


def test_never_day_precision_without_a_pinned_year() -> None:
    for text in (
        "12月1日,交通运输部部长为中央党校学员作报告,阐述三大战略对交通运输的新要求。",
        "6月10日,中共中央宣传部举行发布会,国家邮政局副局长答记者问。",
        "27日召开的国务院常务会议部署物流保通保畅工作。",
        "全国两会即将召开,近日,国家邮政局发出通知,自2月26日至会议闭幕之日实行二次安检。",
    ):
        ev = _event(text)
        assert ev.precision != "day", (text, ev)


@pytest.mark.parametrize(
    ("session", "year"),
    [
        ("十三届全国人大一次会议", "2018"),
        ("第十四届全国人民代表大会第二次会议", "2024"),
        ("十届全国人大三次会议", "2005"),
        ("全国政协十四届二次会议", "2024"),
        ("全国政协第十三届全国委员会第三次会议", "2020"),
        ("全国政协十四届常委会第五次会议", None),
        ("十四届全国人大常委会第五次会议", None),
        ("十三届全国人大常委会第二次会议", None),
        ("第十四届全国人民代表大会常务委员会第十次会议", None),
        ("十四届全国政协常委会第三次会议", None),
    ],
)
def test_only_annual_full_sessions_pin_a_year(session: str, year: str | None) -> None:
    ev = _event(f"{session}在北京举行,代表们审议了政府工作报告。")
    assert ev.value == year, (session, ev)


def test_standing_committee_term_bounds_named_years() -> None:
    # A year named inside the 14th standing committee's term (2023–2028) is taken; one before it is not.
    inside = _event("十四届全国人大常委会第十次会议审议了2024年中央决算报告。")
    assert inside.value == "2024", inside
    before = _event("十四届全国人大常委会第十次会议审议了2019年度中央决算报告。")
    assert before.value is None, before


def test_calendar_has_no_bare_phrases_that_recur() -> None:
    # 第二批主题教育 (2019 and 2023), G20峰会 (every year), 复工复产 / 抗疫 (any disruption) name no
    # single period; a period row needs the campaign's or event's own name.
    phrases = {p for r in calendar_rows() if r.kind == "period" for p in r.phrases}
    for bare in ("第一批主题教育", "第二批主题教育", "G20峰会安保", "G20峰会寄递", "杭州峰会", "复工复产", "抗疫", "疫情暴发"):
        assert bare not in phrases, bare


def test_calendar_file_is_well_formed() -> None:
    rows = calendar_rows()
    kinds = {"period", "annual", "ordinal", "ordinal_day", "ordinal_half", "anniversary", "lunar_day"}
    assert {r.kind for r in rows} <= kinds
    for r in rows:
        assert re.fullmatch(r"\d{4}(-\d\d){1,2}", r.start), r
        assert r.phrases, r
        if r.kind == "period":
            assert re.fullmatch(r"\d{4}(-\d\d){1,2}", r.end) and r.end >= r.start, r
    names = {r.event for r in rows}
    for needed in ("党的十九大", "党的二十大", "十四五规划", "新冠肺炎疫情", "世界邮政日", "双11"):
        assert needed in names


# --------------------------------------------------------------------------------------------------
# untrusted text


@settings(max_examples=200, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(
            list(
                "0123456789年月日号电讯至—~()星期一三今天昨前近期目十九大届全国人大次会议第周年华诞腊八, 。\n发布时间:-/."
            )
        ),
        max_size=200,
    ),
    st.one_of(st.none(), st.dates().map(lambda d: d.isoformat())),
)
def test_never_raises_and_values_are_well_formed(text: str, published: str | None) -> None:
    pub = find_published(text, url="http://x.cn/" + text[:20])
    assert pub is None or re.fullmatch(r"\d{4}-\d\d-\d\d", pub)
    ev = resolve_event_date(text, published=published, terms=[("某", 2010, None)])
    assert ev.precision in {"day", "month", "year", "none"}
    assert ev.basis in {"explicit", "published", "context", "none"}
    pattern = {"day": r"\d{4}-\d\d-\d\d", "month": r"\d{4}-\d\d", "year": r"\d{4}"}.get(ev.precision)
    assert (ev.value is None) if pattern is None else re.fullmatch(pattern, ev.value)


# --------------------------------------------------------------------------------------------------
# floors on real pages (they may only go up)

# 0.92: p144 (8月17日 + G20峰会寄递, gold 2016) lost its year when G20峰会 without 杭州 stopped
# meaning 2016 (G20 summits are yearly); generalising rules outweighs that one dev page.
EVENT_FLOOR = 0.92
PUBLISHED_FLOOR = 0.99
MAX_DAY_ON_NULL = 3


def _normaliser():
    try:
        from policydata.normalise import normalise_text

        def norm(text: str):
            n = normalise_text(text)
            return n.text, n.meta

        return norm
    except ImportError:  # the normaliser is not there yet: its documented approximation
        import zhconv_rs

        fold = {0x3000: " "} | {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)}
        pinyin = re.compile(r"(?<=[\u4e00-\u9fff])\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹ]+\)")

        def norm(text: str):
            return pinyin.sub("", zhconv_rs.zhconv(text, "zh-cn").translate(fold)), {}

        return norm


def _officials_terms():
    import csv

    from policydata.resources import resource_path

    rows = []
    with resource_path("officials.csv").open(encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            if r["start"]:
                rows.append((r["name"], int(r["start"][:4]), int(r["end"][:4]) if r["end"] else None))
    return rows


def test_floors_on_pages_dev() -> None:
    corpus = SHARED / "corpus" / "pages_dev.jsonl"
    gold_path = SHARED / "gold" / "pages_dev.gold.jsonl"
    if not corpus.exists() or not gold_path.exists():
        pytest.skip("shared corpus not available")
    gold = {g["id"]: g for g in map(json.loads, gold_path.open(encoding="utf-8"))}
    norm = _normaliser()
    officials = _officials_terms()
    ev_ok = ev_n = pub_ok = day_on_null = n = 0
    for doc in map(json.loads, corpus.open(encoding="utf-8")):
        g = gold[doc["id"]]
        text, meta = norm(doc["text"])
        terms = [t for t in officials if t[0] in text]
        pub = find_published(text, url=doc["url"], meta=meta)
        ev = resolve_event_date(text, url=doc["url"], published=pub, meta=meta, terms=terms)
        n += 1
        pub_ok += pub == g["published"]
        if g["event_date"] is None:
            day_on_null += ev.precision == "day"
        else:
            ev_n += 1
            ev_ok += ev.value == g["event_date"]
    assert ev_ok / ev_n >= EVENT_FLOOR, (ev_ok, ev_n)
    assert pub_ok / n >= PUBLISHED_FLOOR, (pub_ok, n)
    assert day_on_null <= MAX_DAY_ON_NULL


def test_mfa_regular_press_conference_dates_come_from_the_title() -> None:
    corpus = SHARED / "corpus" / "mfa_remarks_2016_2020.jsonl"
    if not corpus.exists():
        pytest.skip("shared corpus not available")
    title_rx = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日外交部发言人.{1,4}主持例行记者会")
    n = 0
    for rec in map(json.loads, corpus.open(encoding="utf-8")):
        m = title_rx.match(rec.get("title") or "")
        if not m:
            continue
        n += 1
        ev = resolve_event_date(rec["text"], title=rec["title"], url=rec.get("url"))
        assert ev.value == f"{int(m[1]):04d}-{int(m[2]):02d}-{int(m[3]):02d}", rec["title"]
    assert n > 100


# --------------------------------------------------------------------------------------------------
# fast paths: each must give exactly what the plain scan it replaces gives.

_DATEISH = st.lists(
    st.sampled_from(
        list("0123456789 年月日号天今昨前近期目不久—-~至到截止,。说在\n()（）本上")
        + ["2019年", "12月", "5日", "近期", "目前", "前不久", "今天", "日前", "截至", "截止到", "今(25)日", "本(11)月"]
    ),
    max_size=60,
).map("".join)


def _anchor_scan_reference(text: str, window: int) -> list[tuple[int, int, str]]:
    """The anchor scan without steps: all candidates of a window, then the next window."""
    from policydata.tag import date_patterns as P
    from policydata.tag.dates import _trigger_starts

    out, last_end, lo = [], 0, 0
    while lo < len(text):
        hi = min(len(text), lo + window)
        for s in _trigger_starts(text, lo, hi, hi):
            if s >= last_end and (m := P.ANCHOR.match(text, s)):
                last_end = m.end()
                out.append((m.start(), m.end(), m.group(0)))
        lo = hi
    return out


@settings(max_examples=100, deadline=None)
@given(_DATEISH, st.sampled_from([(7, 3), (10, 4), (13, 13), (9, 1)]))
def test_stepped_anchor_scan_equals_window_scan(text: str, sizes: tuple[int, int]) -> None:
    from policydata.tag import dates

    window, step = sizes
    saved = dates._ANCHOR_WINDOW, dates._ANCHOR_STEP
    dates._ANCHOR_WINDOW, dates._ANCHOR_STEP = window, step
    try:
        got = [(m.start(), m.end(), m.group(0)) for m in dates._anchor_matches(text)]
    finally:
        dates._ANCHOR_WINDOW, dates._ANCHOR_STEP = saved
    assert got == _anchor_scan_reference(text, window)


@settings(max_examples=300, deadline=None)
@given(_DATEISH)
def test_triggered_anchor_scan_equals_finditer(text: str) -> None:
    """The str.find triggers miss no place where an anchor starts: with one window as long as the
    text, the triggered scan finds what ANCHOR.finditer finds. One difference is meant: the 日前
    of 10日前 ("before the 10th") is no vague 日前 ("recently") to the triggers."""
    from policydata.tag import date_patterns as P
    from policydata.tag import dates

    assume(re.search(r"\d\s*日前", text) is None)

    saved = dates._ANCHOR_WINDOW, dates._ANCHOR_STEP
    dates._ANCHOR_WINDOW = dates._ANCHOR_STEP = len(text) + 1
    try:
        got = [m.span() for m in dates._anchor_matches(text)]
    finally:
        dates._ANCHOR_WINDOW, dates._ANCHOR_STEP = saved
    assert got == [m.span() for m in P.ANCHOR.finditer(text)]


@settings(max_examples=100, deadline=None)
@given(_DATEISH)
def test_matches_at_equals_finditer(text: str) -> None:
    from policydata.tag import date_patterns as P
    from policydata.tag.dates import _matches_at

    got = [m.span() for m in _matches_at(P.COMPLETED_THROUGH_MONTH, text, ("截", "到"))]
    assert got == [m.span() for m in P.COMPLETED_THROUGH_MONTH.finditer(text)]


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.sampled_from(["新华社", "本网", "北京", "3月5日", "日", "电", "讯", "消息", " ", "\n", "说"]),
        max_size=20,
    ).map("".join)
)
def test_every_dateline_has_the_cheap_dateline_end(text: str) -> None:
    from policydata.tag import date_patterns as P

    if P.DATELINE.search(text, 0, 400):
        assert P.DATELINE_END.search(text, 0, 400)


def test_parse_date_cache_keeps_non_string_values_working() -> None:
    import datetime

    assert parse_date(datetime.date(2021, 3, 4)) == "2021-03-04"
    assert parse_date("2021年3月4日") == parse_date("2021年3月4日") == "2021-03-04"


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.sampled_from(["\n", " ", "标题", "2023-01-18", "," * 3, "。", "长" * 44, "正文内容" * 12]),
        max_size=12,
    ).map("".join)
)
def test_first_body_line_start_equals_line_split(text: str) -> None:
    from policydata.tag.dates import _first_body_line_start

    pos, expected = 0, len(text)
    for line in text.split("\n"):
        s = line.strip()
        if len(s) >= 45 and ("," in s or "。" in s):
            expected = pos
            break
        pos += len(line) + 1
    assert _first_body_line_start(text) == expected


def test_an_objectid_in_the_url_gives_the_year_of_a_month_day() -> None:
    # 5b0e6926… was created on 2018-05-30: a 5月18日 meeting on that page is of 2018
    url = "https://p2.ttnews.xyz/a/5b0e6926c8dcd003838ae076?lang=zh-hant"
    ev = _event("5月18日下午,发展研究中心召开全体大会,传达学习会议精神。", url=url)
    assert (ev.value, ev.precision) == ("2018-05-18", "day")
    # a 24-digit hex segment whose time is out of range is no ObjectId: nothing is taken from it
    assert _event("5月18日下午,发展研究中心召开全体大会。", url="http://x.cn/a/ffffffff00000000aaaaaaaa").value is None


def test_floor_on_cctv_broadcasts() -> None:
    """3,000 CCTV stories drawn at random (a corpus the rules were not tuned on): the event is a
    day within two days before the broadcast in 2,004 (1,929 in session 10, 1,993 in session 11;
    the rest are month- or year-precise, none undated)."""
    import datetime as dt
    import random

    corpus = SHARED / "corpus" / "cctv_xwlb.jsonl"
    if not corpus.exists():
        pytest.skip(f"shared corpus not available: {corpus}")
    from policydata.normalise import normalise_text
    from policydata.tag.document import tag_document

    with corpus.open(encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh]
    rng = random.Random()
    rng.seed(7)
    near = undated = 0
    for r in rng.sample(rows, 3000):
        event = tag_document(normalise_text(r["text"]), title=r.get("title"), url=r.get("url"),
                             published=r["date"], with_keywords=False).event_date
        undated += event.precision in (None, "none")
        if event.precision == "day":
            near += 0 <= (dt.date.fromisoformat(r["date"]) - dt.date.fromisoformat(event.value)).days <= 2
    assert near >= 1990, near
    assert undated == 0


# --- session 14: rules found by reading dates at scale (CCTV, MFA, Taiwan releases) ------------


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a vague word first, the occasion's day written further on (a range: its first day)
        (("中共中央总书记、国家主席、中央军委主席习近平近日在青海考察时强调,要坚持以人民为中心的发展思想。\n"
         "6月18日至19日,习近平在青海省委书记陪同下考察。"), "2024-06-20", "2024-06-18"),
        # ... but not a day long before the stamp (background), which leaves the month
        ("近日,国家邮政局召开全国邮政管理工作电视电话会议。会议指出,3月5日以来,全国快递业务量持续增长,旺季服务平稳有序。",
         "2024-06-20", "2024-06"),
        # Taiwan's 今(24)日前往: 前往 is the event, not "before the 24th"
        ("蔡英文总统今(24)日前往云林县视察,并致词表示,感谢乡亲。", "2018-02-24", "2018-02-24"),
        # 项目前期 holds no 目前
        ("三澳核电项目前期工作全面完成。24日下午,国家能源局召开会议。", "2023-10-24", "2023-10-24"),
        # a day of the month before any clause, not only before a listed verb
        ("全国人大常委会25日启动海南自由贸易港法执法检查。", "2026-05-25", "2026-05-25"),
        ("联合国人权理事会第51届会议7日表决通过决议。", "2022-10-09", "2022-10-07"),
        # ... but not a ship's or a shaft's number, nor a word 日 begins
        ("广大兴28号渔船案纷争解决。总统今(1)日表示,感谢。", "2013-09-01", "2013-09-01"),
        # a full date in the title after the stamp is announced, not held
        ("全国人大常委会闭幕。", "2025-12-27", "2025-12"),
        # a day the text names as to come (将于当地时间28日)
        ("第33届夏季奥运会将于当地时间28日开幕。今天(8月26日),代表团出发。", "2024-08-26", "2024-08-26"),
        # 继…后: an earlier occasion recalled before the event
        ("继2月3日发生列车脱轨事故后,3月4日,美国又有一列火车脱轨。", "2023-03-05", "2023-03-04"),
        # a figures day after the stamp is a day to come
        ("总统今(25)日出席记者会。民众在4月4日当天都可以参观。", "2024-03-25", "2024-03-25"),
        # the end of an excluded range is not read as a day on its own
        ("比赛按计划于4月8日—10日举行。", "2023-04-08", "2023-04"),
        # a policy's validity period is no event
        ("自治区决定2022年1月1日至2025年12月31日延续执行该政策。", "2022-02-11", "2022-02"),
        # ... an event across the new year is
        ("2022年12月31日至2023年1月2日,应巴西政府邀请,特别代表出席就职仪式。", "2023-01-03", "2022-12-31"),
        # 明天(1月1日) in a page of 31 December is next year's day, to come: no event day
        ("明天(1月1日)出版的《人民日报》将发表社论。", "2024-12-31", "2024-12"),
    ],
)
def test_event_rules_read_at_scale(text: str, published: str, expected: str) -> None:
    title = "全国人大常委会决定十四届全国人大四次会议2026年3月5日在北京召开" if "闭幕" in text else None
    assert resolve_event_date(text, published=published, title=title).value == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the longer phrase ending at the number wins (香港回归祖国, not 祖国)
        ("庆祝香港回归祖国25周年大会7月1日举行,习近平发表讲话。", "2022-07-01"),
        # another country's national day or army is no anniversary of China's
        ("习近平致电祝贺埃及国庆70周年。7月23日,埃方举行庆典。", None),
        ("朝鲜人民军建军85周年。4月22日,朝中社发表评论。", None),
        # a phrase followed by other words is not the anniversary's subject
        ("新中国恢复联合国合法席位55周年。5月27日召开座谈会。", None),
        # an anniversary next year, or still to be met, says which year the text is in
        ("明年是中华人民共和国成立75周年。12月6日,会议召开。", "2023-12-06"),
        ("以优异成绩迎接建军100周年。9月11日,会议召开。", None),
        ("今年是东盟成立50周年。9月7日,双方举行会谈。", "2017-09-07"),
    ],
)
def test_anniversaries_pin_the_year(text: str, expected: str | None) -> None:
    assert resolve_event_date(text).value == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # targets and recalled years say nothing about when the text was written
        ("制定中国—东盟战略伙伴关系2030年愿景。中国商务部发言人8月3日已表态。", None),
        ("美方早在1979年就作出承诺。9月17日,美国务院发言人称。", None),
        ("2030年我国基本形成现代化体系。7月9日,会议召开。", None),
        # 即将过去的2022年 is the current year, not a finished one
        ("在即将过去的2022年,我们砥砺前行。12月28日,会议召开。", "2022-12-28"),
        # a vague word without a stamp: the day written further on still counts
        ("近日,国务院常务会议召开。2024年6月18日,习近平在青海考察。", "2024-06-18"),
    ],
)
def test_year_from_the_years_a_text_names(text: str, expected: str | None) -> None:
    assert resolve_event_date(text).value == expected


def test_a_dateline_story_is_not_after_the_dateline_nor_long_before_it() -> None:
    e = resolve_event_date("新华社北京12月2日电 2023年12月4日是第十个国家宪法日。习近平总书记强调,要…",
                           published="2023-12-02")
    assert e.value == "2023-12-02"
    e = resolve_event_date("新华社北京2月4日电 北京冬奥会开幕一周年。\n2022年2月4日,全球的目光聚焦北京。",
                           published="2023-02-04")
    assert e.value == "2023-02-04"


def test_terms_bind_only_the_posts_a_title_names() -> None:
    from policydata.tag.document import official_terms

    # written as vice-premier: bound by those years, not by his years at the NDRC
    assert official_terms([("何立峰", "国务院副总理")]) == [("何立峰", 2023, None)]
    # a bare name binds nothing: the file holds some of a person's posts, not a whole career
    assert official_terms([("王沪宁", None), ("李克强", None)]) == []
    text = "李克强、栗战书、汪洋、王沪宁、赵乐际、韩正出席会议。4月26日,会议强调,要稳增长。"
    assert resolve_event_date(text, terms=official_terms([("王沪宁", None)])).value is None


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # 前往 after a day of the month is the event; only a bare 前 is "before"
        ("习近平27日前往北京展览馆参观。", "2022-09-27", "2022-09-27"),
        ("各方12日均表示支持这一倡议。", "2023-05-14", "2023-05-12"),
        # a dateline early in January and the last day of the year before
        ("新华社北京1月2日电 2023年12月31日,习近平发表二〇二四年新年贺词。", None, "2023-12-31"),
        # Taiwan's 黄埔建军 (1924) is no anniversary of the People's Liberation Army
        ("庆祝黄埔建军91周年,6月16日举行典礼。", None, None),
        # a foreign country congratulating China keeps China's anniversary
        ("俄罗斯热烈祝贺新中国成立75周年。10月1日,举行庆典。", None, "2024-10-01"),
        # a month-day months back in a December page stays in its year
        ("3月5日,十四届全国人大二次会议开幕。会议听取了政府工作报告。", "2024-12-20", "2024-03-05"),
        # without a stamp a vague word lets only a day written right after it date the story (a
        # day far on is another occasion; the year the text names is all that is left)
        ("近日,国务院常务会议召开。" + "会议听取了有关工作汇报,研究部署下一步工作。" * 8
         + "2011年3月11日,日本东北发生强震。", None, "2011"),
    ],
)
def test_rules_from_the_code_review(text: str, published: str | None, expected: str | None) -> None:
    assert resolve_event_date(text, published=published).value == expected


def test_now_is_the_month_of_the_page_however_early_in_it() -> None:
    text = ("央视网消息:当前,高效统筹疫情防控和经济社会发展,怎样做到全国物流保通保畅?\n"
            "徐成光表示,目前仍保持高位运行,稳中向好的态势没有改变,交通运输经济总体平稳。")
    assert resolve_event_date(text, published="2022-05-05").value == "2022-05"
    # 近日 early in the month may reach back into the month before
    text = text.replace("目前", "近日")
    assert resolve_event_date(text, published="2022-05-05").value == "2022"


def test_a_five_year_plans_first_and_last_years_and_the_present_age() -> None:
    assert resolve_event_date("今年是“十四五”规划收官之年。3月5日,会议召开。").value == "2025-03-05"
    assert resolve_event_date("十三五收官之年,11月9日,国家邮政局召开会议。").value == "2020-11-09"
    # 今天的中国 is the present age, not the day of the page
    assert resolve_event_date("今天的中国,正在走向世界舞台的中央。会议强调,要扩大开放。", published="2024-09-19").value == "2024-09"


@pytest.mark.parametrize(
    ("text", "url", "expected"),
    [
        # a day of the month, filed in /201302/: that month's day
        ("国务院总理温家宝4日到商务部调研并向商务干部职工致以新春的祝福。", "http://f.example.com/a/201302/04134793.shtml",
         ("2013-02-04", "published")),
        # a month-day before the folder's month
        ("7月28日,交通部在北京召开座谈会。", "http://www.example.com/application/200708/01005.htm",
         ("2007-07-28", "published")),
        # a dateline, /YYYY/MM/ folders
        ("中新网11月17日电 商务部今日召开例行新闻发布会。", "http://m.example.com/tech/2015/11/6884.html",
         ("2015-11-17", "published")),
        # "today" with only the folder's month: the month, not its last day
        ("商务部今天召开例行新闻发布会,新闻发言人表示。", "http://m.example.com/tech/201511/6884.html",
         ("2015-11", "published")),
        # no day written: the folder's month
        ("莆田市市场监管局开展两节食品安全检查。", "https://example.com/news/2015/02/294641.html", ("2015-02", "published")),
    ],
)
def test_a_year_month_url_folder_stands_in_for_a_stamp(text: str, url: str, expected: tuple) -> None:
    assert find_published(text, url=url) is None  # not a publication date
    ev = _event(text, url=url)
    assert (ev.value, ev.basis) == expected
    if "日电" not in text:  # (a dateline's day is its own evidence)
        assert "URL folder" in ev.evidence


def test_a_day_folder_after_the_month_is_a_full_date_not_a_month_stamp() -> None:
    text = "3月8日,外交部部长王毅回答中外记者提问。"
    url = "http://example.net/politics/2017lh/2017-03/08/c_1120588867.htm"
    ev = _event(text, url=url, published=find_published(text, url=url))
    assert (ev.value, ev.evidence) == ("2017-03-08", "3月8日 + 2017-03-08")


@pytest.mark.parametrize(
    ("text", "url", "expected"),
    [
        ("中新社圣彼得堡六月十日电 (记者 田冰)中国国务院副总理吴仪十日在此间出席上海合作组织实业家委员会理事会会议。",
         "http://example.com/cj/news/2007/06-11/954714.shtml", "2007-06-10"),
        ("中新社邹县九月三十日电 全国国有重点煤矿安全基础管理工作座谈会在此间召开。",
         "http://m.example.cn/other/news/2006/10-01/798965.shtml", "2006-09-30"),
        ("二〇一七年十二月三十一日,国家邮政局召开会议。", None, "2017-12-31"),
        ("一九九八年三月五日,九届全国人大一次会议开幕。", None, "1998-03-05"),
    ],
)
def test_dates_in_chinese_numerals(text: str, url: str | None, expected: str) -> None:
    assert _event(text, url=url, published=find_published(text, url=url)).value == expected


def test_a_chinese_numeral_day_alone_needs_a_dateline_so_written() -> None:
    # 三日游 and 一日三餐 are no days; nor is 十日 without such a dateline
    assert _event("他说三日游很好,一日三餐都在景区解决。", published="2020-05-20").value == "2020-05"
    # a year alone in Chinese numerals names no year of the text (Taiwan writes history so)
    assert _event("一九八五年,他曾来此参访,如今已成观光胜地。").value is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the Canton Fair sits twice a year since spring 1957: the 108th was in autumn 2010
        ("10月26日消息,商务部部长陈德铭26日视察第108届广交会时表示,复苏的过程是缓慢的。", "2010-10-26"),
        ("4月15日,第133届广交会在广州开幕,商务部副部长出席并致辞。", "2023-04-15"),
        ("6月1日,第22个全国安全生产月启动,应急管理部部长表示,要压实责任。", "2023-06-01"),
        ("12月2日是第12个全国交通安全日,公安部交管局局长表示。", "2023-12-02"),
        # the run-up to a party congress
        ("4月12日,商务部副部长钟山召开专题会议。今年是党的十八大召开之年,是本届政府任期的最后一年。", "2012-04-12"),
    ],
)
def test_calendar_ordinals_and_run_ups(text: str, expected: str) -> None:
    assert _event(text).value == expected


def test_new_year_words_move_no_year() -> None:
    # (新的一年 follows a year planned as often as a year finished: 部署2018年工作。新的一年…)
    text = "1月9日,会议总结2017年工作,部署2018年工作。新的一年,要扎实工作。"
    assert _event(text).value == "2018-01-09"


def test_an_english_stamp_label_opening_the_text() -> None:
    text = " date 2025-08-25 【on.cc东网专讯】国务院新闻办公室周一(25日)举行新闻发布会。"
    assert find_published(text) == "2025-08-25"
    assert _event(text, published="2025-08-25").value == "2025-08-25"


def test_a_day_announced_ahead_is_the_event_once_the_stamp_has_reached_it() -> None:
    text = "国务院新闻办定于2012年1月8日(星期日)下午3时举行发布会。主持人:今天是星期天,欢迎出席。"
    ev = _event(text, published="2012-01-09")
    assert (ev.value, ev.basis) == ("2012-01-08", "explicit")
    # announced for a day still to come: not the event
    assert _event("全国人大常委会定于2026年3月5日召开会议。", published="2026-02-20").value == "2026-02"


def test_a_recurring_days_ordinal_dates_a_stamped_page() -> None:
    text = "在举国欢庆中华人民共和国61华诞的日子里,我们迎来了第四十一届世界邮政日。"
    assert _event(text, published="2010-10-09").value == "2010-10-09"
    assert _event(text, published="2010-12-30").value == "2010-12"  # the stamp too far after it


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("据新华社3月24日消息,国务院副总理汪洋23至24日在北京市调研外贸工作。", "2016-03-24", "2016-03-24"[:8] + "23"),
        ("4月19至20日,会议在京召开。", "2016-04-21", "2016-04-19"),
        # a figures day before 当天 with a comma between
        ("新华社北京11月18日电 国家邮政局18日发布监测数据。快递业务量峰值出现在11月11日,当天各企业共处理2.51亿件。",
         "2016-11-18", "2016-11-11"),
        # 3至5日内 is a span, not days
        ("要求在3至5日内完成整改。", "2016-11-18", "2016-11"),
    ],
)
def test_ranges_written_with_zhi_and_figures_days(text: str, published: str, expected: str) -> None:
    assert _event(text, published=published).value == expected


def test_this_months_day_slash_stamps_and_years_reached() -> None:
    # (本月19日 is read no more than before: in news it is mostly an earlier step of today's story)
    text = "神舟十七号船箭组合体已于本月19日转运至发射区。今天(10月22日),发射场区组织全系统合练。"
    assert _event(text, published="2023-10-22").value == "2023-10-22"
    assert find_published("26/09/2025 11:40\n《中国要闻》人社部:试点扩至17省\n正文。") == "2025-09-26"
    # a year whose figure was reached is over
    text = "第十届东北亚博览会于9月1日上午开幕。区域内贸易额2014年达到了8600亿美元。"
    assert _event(text).value == "2015-09-01"


def test_a_figures_range_in_the_lead_and_today_is_a_written_day() -> None:
    text = "国家邮政局最新统计数据显示,今年11月11日至16日“双11”期间,全国快递业务总量为3.46亿件。快件单日最高业务量出现在11月13日。"
    assert _event(text, published="2013-11-18").value == "2013-11-11"
    assert _event("今天是5月12日,是我国第11个全国防灾减灾日。", published="2019-05-13").value == "2019-05-12"
    # a range further down a story dated by its own today is not its event
    text = ("国家邮政局今天(12月5日)发布数据,截至12月4日,我国今年快递业务量突破1200亿件,创历史新高,快递业的高速发展正成为"
            "中国经济活力的新动能。今年以来,我国经济稳步恢复,生产消费需求逐步释放,前10个月我国实物商品网上零售额高达103010亿元。"
            "数据显示,从今年3月起,我国单月快递量超百亿件。11月1日—16日全国快递业务量达77.67亿件,同比增长25.7%。")
    assert _event(text, published="2023-12-05").value == "2023-12-05"


@pytest.mark.parametrize(
    ("text", "kw", "expected"),
    [
        # a running total since new year is no figures range; today's figures come first
        ("国家邮政局数据显示,今年1月1日—3月8日,我国快递业务量已达到200.9亿件。", {"published": "2023-03-09"}, "2023-03-08"),
        ("今天(10月5日),预计全社会跨区域人员流动量超2.99亿人次。从9月29日到10月4日,铁路累计发送旅客超过1亿人次。",
         {"published": "2025-10-05"}, "2025-10-05"),
        # a lunar day is no Gregorian one
        ("今年农历八月十五日,各地举办中秋晚会。", {"published": "2024-09-20"}, "2024-09"),
        # spans of days needed
        ("一般需要3至5日办结。", {"published": "2023-06-20"}, "2023-06"),
        # a deadline announced is never held
        ("各地计划于2024年3月1日前完成排查整治。", {"published": "2024-03-05"}, "2024-03"),
        # a day announced ahead under a URL folder's month is not held
        ("国务院新闻办公室定于2013年2月25日举行新闻发布会。", {"url": "http://example.cn/a/201302/1234.htm"}, "2013-02"),
    ],
)
def test_review_findings_on_dates(text: str, kw: dict, expected: str) -> None:
    assert _event(text, **kw).value == expected


def test_slash_dates_are_read_day_first_only_when_unambiguous() -> None:
    assert find_published("发布时间:26/09/2025") == "2025-09-26"
    assert find_published("发布时间:03/04/2025") is None


def test_a_year_named_right_after_the_day_and_a_byline_above_it() -> None:
    # the clause goes on to name the occasion's year, whatever period the text recalls later
    ev = _event("3月9日上午,2026年全国两会第二场“部长通道”开启。\n部长表示,“十四五”期间,主骨架建成率突破90%。")
    assert (ev.value, ev.basis) == ("2026-03-09", "explicit")
    # a story's byline date right above its first day dates it, not a repost's later stamp
    text = "2023-03-09\n杨传堂在交通运输部干部大会上强调:打好主动仗\n中国交通报 记者 孙英利 2014年05月09日\n5月8日,交通运输部召开干部大会。"
    assert _event(text, published="2023-03-09").value == "2014-05-08"
    # ... only a date a few days after the day
    text = "中国交通报 2014年08月09日\n5月8日,交通运输部召开干部大会。"
    assert _event(text, published="2014-08-09").value == "2014-05-08"
    assert _event("记者 2014年05月09日\n5月8日,交通运输部召开干部大会。", published="2014-05-09").basis == "published"


def test_without_a_stamp_a_full_date_years_before_the_latest_one_is_an_occasion_cited() -> None:
    text = ("2013年11月25日,习近平总书记在山东省临沂市考察时指出,物流业一头连着生产、一头连着消费。"
            "2019年2月1日,习近平总书记在北京看望慰问快递小哥。\n2022年12月1日上午8点刚过,今年第1000亿件快件产生。")
    assert _event(text).value == "2022-12-01"
    # only the day of the old occasion written: it stands
    assert _event("2013年11月25日,习近平总书记在山东省临沂市考察时指出,物流业很重要。").value == "2013-11-25"


def test_review_findings_on_bylines_and_meeting_years() -> None:
    # a full date the sentence recalls is no byline
    assert _event("在2008年5月12日汶川特大地震16周年之际,5月10日,应急管理部召开会议。", published="2024-05-11").value == "2024-05-10"
    assert _event("条例于2013年3月1日起施行,2月27日,国务院召开新闻发布会。", published="2013-02-28").value == "2013-02-27"
    # a byline with its clock time on the line above the day
    assert _event("记者 2014年05月09日 10:30\n5月8日,交通运输部召开干部大会。", published="2023-03-09").value == "2014-05-08"
    # 年度 names the year looked back on; a preparatory meeting is held the year before
    assert _event("1月5日,2023年度全省快递企业表彰大会在南京召开。", published="2024-01-06").value == "2024-01-05"
    assert _event("12月10日,2026年全国两会新闻中心筹备工作会议召开。", published="2025-12-11").value == "2025-12-10"


def test_an_outlet_s_dateline_with_its_year_dates_the_page_and_opens_the_story() -> None:
    text = "民航资源网2010年8月29日消息:2010年8月28日上午,江苏盐城南洋机场召开全体员工大会。"
    assert find_published(text) == "2010-08-29"
    assert _event(text, published="2010-08-29").value == "2010-08-28"
    assert find_published("人民网北京2023年1月5日电 国务院新闻办举行发布会。") == "2023-01-05"
    assert find_published("他在2010年8月29日说,很好。") is None


def test_second_review_later_planned_days_are_no_reference() -> None:
    assert _event("2023年5月10日,部署开展为期一年多的专项整治行动(2023年5月15日—2024年6月30日)。").value == "2023-05-10"
    assert _event("2023年5月10日,项目开工。该项目总工期两年,2024年9月20日竣工验收。").value == "2023-05-10"


# --- session 17 ---------------------------------------------------------------------------------


def test_the_occasion_named_after_a_day_and_a_plan_s_span():
    # 在2023年全国两会…: the occasion's year; 2021-2035年 is a plan's span, no year of writing
    text = "中新网3月12日电 3月12日,在2023年全国两会第三场“部长通道”上,部长王广华作答。《全国国土空间规划纲要(2021-2035年)》明确目标任务。"
    assert _event(text).value == "2023-03-12"
    assert _event("3月12日,部长王广华作答。《全国国土空间规划纲要(2021-2035年)》明确目标任务。").value is None
    # a season's span ends in the year of writing
    assert _event("3月3日上午,总统接见上个球季(2018-2019球季)的冠军。").value == "2019-03-03"


def test_a_notice_signed_with_its_date():
    text = "部在前期征集的基础上形成典型案例。\n希望有关交通运输部门再接再厉。\n交通运输部办公厅\n2021年3月1日"
    ed = _event(text, published="2021-03-03")
    assert (ed.value, ed.basis) == ("2021-03-01", "explicit")
    # a closing date under anything else is the page's stamp
    ed = _event(text.replace("交通运输部办公厅", "责任编辑:张三"), published="2021-03-03")
    assert ed.value == "2021-03"


def test_publication_dates_in_a_page_id_and_a_portal_s_folders():
    assert find_published("正文", url="https://cncx.gov.cn/news/show/20211209155754131.html") == "2021-12-09"
    assert find_published("正文", url="https://hebei.news.163.com/21/1126/10/GPNN2R58041599RS.html") == "2021-11-26"
    # no valid date: a plain counter
    assert find_published("正文", url="http://x.cn/a/20219999123456.html") is None
    # a valid date then a counter of up to seven digits names the page's day (/news/20190918181462.html)
    assert find_published("正文", url="http://x.cn/a/20211209996754.html") == "2021-12-09"
    assert find_published("正文", url="http://msn.sh.cn/news/20190918181462.html") == "2019-09-18"
    # …not a longer run of digits
    assert find_published("正文", url="http://x.cn/a/2021120999675412.html") is None


def test_a_month_day_takes_its_year_from_the_same_day_in_english():
    text = ("中國兩會2025:外長王毅在記者會上說了什麼\n"
            "China's Foreign Minister Wang Yi speaks at a press conference in Beijing on March 7, 2025\n"
            "中国外长王毅周五(3月7日)在记者会上回答中外记者提问。")
    ed = _event(text)
    assert (ed.value, ed.basis) == ("2025-03-07", "explicit")
    # another day in English gives nothing
    assert _event("王毅周五(3月7日)在记者会上回答提问。Photo taken on Sept. 7, 2021.").value is None


def test_review_occasions_recalled_plans_and_impossible_days():
    # an occasion named after the day but years before the stamp is recalled, not the day's year
    ed = _event("4月20日,在2021年召开的全省工作会议上确定的目标已全部完成。", published="2024-04-22")
    assert ed.value == "2024-04-20"
    # a long-range plan's span names no year of writing; a five-year plan's may (reviewed in its
    # last year: 2006-2010年, held-out page b11a-08)
    assert _event("3月12日,国务院印发《规划纲要(2021-2035年)》。").value is None
    assert _event("3月12日,他说,2006-2010年减少二氧化硫排放的目标已经实现。").value == "2010-03-12"
    # an impossible day written in full is no year's (and no crash)
    assert _event("2月29日,会议召开。Photo taken on Feb 29, 2023.").value is None
    assert _event("2月30日,会议召开。2021年2月30日").value == "2021"  # the year written, the day impossible


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # the day a reporter learned the news on gives way to the day the news names in the same sentence
        ("记者16日从国家邮政局获悉:2月11日(除夕)至2月15日(正月初四),全国邮政快递业运行总体平稳有序。", "2021-02-17",
         "2021-02-11"),
        ("中国证券网讯 6月29日从工业和信息化部获悉,6月28日,工业和信息化部组织召开座谈会。", "2018-06-30", "2018-06-28"),
        # … not to a day announced ahead, nor to a state of things, nor past the sentence's end
        ("记者今天(11月1日)从进博会新闻发布会上了解到,本届进博会将于11月5日至10日在上海举办,目前筹备工作已就绪。",
         "2022-11-01", "2022-11-01"),
        ("记者今天(11月19日)从国铁集团获悉,10月份全国铁路发送旅客3.36亿人次。10月11日全国铁路调图后,增开列车449列。",
         "2023-11-19", "2023-11-19"),
        # … nor to a day after the one learned on, nor to one recalled
        ("记者2020年3月16日从国家邮政局获悉,3月20日全国快递网点将全面复工。", None, "2020-03-16"),
        ("记者16日从国家邮政局获悉,2008年5月12日汶川地震中受损的邮政网点已全部恢复重建。", "2010-03-17", "2010-03-16"),
        # (a day figures stand at is the event of a figures report: GUIDE)
        ("记者16日从国家邮政局获悉,截至3月15日,全国快递网点复工率达95%。", "2020-03-17", "2020-03-15"),
        # a day the news names with no reporter's day before it is the event as before
        ("6月28日,工业和信息化部组织召开座谈会。6月29日从会上获悉,要加快推进。", "2018-06-30", "2018-06-28"),
        # learned 自 a body, as 从 one; the day a paper reported it (据…日报9月22日报道,21日晚…)
        ("记者30日自中国应急管理部获悉,9月28日,应急管理部召开视频会。", "2019-09-30", "2019-09-28"),
        ("据黑龙江日报9月22日报道,21日晚,常务副省长杜家毫主持召开省政府会议。", "2008-09-22", "2008-09-21"),
        ("新华社9月22日报道,国务院近日召开会议。", "2008-09-22", "2008-09"),
    ],
)
def test_the_day_a_reporter_learned_the_news_on_gives_way_to_the_news_own_day(text, published, expected):
    assert _event(text, published=published).value == expected


def test_a_full_date_opening_a_range_of_days():
    ev = _event("2005年6月6-7日,谢开华厅长率办公室负责同志深入中基公司调研。", published="2005-06-10")
    assert (ev.value, ev.basis) == ("2005-06-06", "explicit")
    assert _event("2024年3月6日至8日,部长在广东调研。", published="2024-03-10").value == "2024-03-06"
    # a span of days to do something in is no day
    assert _event("要在2024年3月1-5日内完成整改。", published="2024-03-10").precision != "day"


def test_postal_anniversaries_give_the_year():
    ev = _event("10月9日,在我们庆祝万国邮联(UPU)成立150周年之际,我们认识到万国邮联的重要性。")
    assert (ev.value, ev.basis) == ("2024-10-09", "context")
    assert _event("3月20日,中国邮政开办120周年纪念活动在北京举行。").value == "2016-03-20"


def test_a_recurring_day_named_as_the_text_s_occasion_gives_the_day_of_the_year_context_pins():
    text = "万国邮联国际局总局长世界邮政日致辞\n在我们庆祝万国邮联(UPU)成立150周年之际,我们充分认识到万国邮联的重要性。"
    assert _event(text).value == "2024-10-09"
    # named far into the text, it is no occasion of the text: the year alone
    text = "在我们庆祝万国邮联(UPU)成立150周年之际,我们充分认识到万国邮联的重要性。" + "邮政服务覆盖全球。" * 20 + "世界邮政日"
    assert _event(text).value == "2024"
    # a day before it is no occasion of its own (前夕, 迎接…)
    assert _event("世界邮政日前夕,各地邮政部门开展系列宣传活动\n在万国邮联成立150周年之际,各地举办活动。").value == "2024"


@pytest.mark.parametrize(
    "text, published, expected",
    [
        # a lunar day named at the head as the event's day, the stamp's year (the calendar table)
        ("正月初一下午,市委副书记、市长廖国勋走进超市调研。近期要保障供应。", "2021-02-13", "2021-02-12"),
        ("除夕当天,局长王明看望一线快递员。", "2024-02-12", "2024-02-09"),
        ("大年初一,交通运输部部长李小鹏检查春运工作。3月1日将召开会议。", "2020-01-26", "2020-01-25"),
        # a season, not a day; a lunar day months before the stamp
        ("春节期间,快递业务量增长。", "2024-02-20", "2024-02"),
        ("正月初一下午,市长走进超市。", "2021-06-13", "2021"),
        # a day written before it still comes first
        ("2月10日,即正月初一下午,市长走进超市。", "2024-02-12", "2024-02-10"),
    ],
)
def test_a_lunar_day_named_at_the_head(text: str, published: str, expected: str) -> None:
    assert resolve_event_date(text, published=published).value == expected


def test_a_dateline_s_lead_meeting_dated_further_on() -> None:
    lead = "中评社北京9月5日电\n国务院副总理张德江在全国煤矿瓦斯防治工作会议上强调,要深入贯彻落实科学发展观。\n"
    # (beyond the reach in which a day after the dateline is its story's)
    lead += "他指出,要坚持安全发展,继续深入开展安全生产年活动,强化瓦斯治理和利用,严防重特大事故发生。" * 3 + "\n"
    text = lead + "新华社报道,9月3日至4日,全国煤矿瓦斯防治工作会议在江西南昌召开。"
    assert resolve_event_date(text, published="2009-09-05").value == "2009-09-03"
    # another meeting dated further on, or a day after the dateline: the dateline's day
    text = lead + "新华社报道,9月3日至4日,全国安全生产工作会议在江西南昌召开。"
    assert resolve_event_date(text, published="2009-09-05").value == "2009-09-05"
    text = lead + "新华社报道,9月8日,全国煤矿瓦斯防治工作会议将在江西南昌召开。"
    assert resolve_event_date(text, published="2009-09-05").value == "2009-09-05"


@pytest.mark.parametrize(
    "url, expected",
    [
        # a provincial CMS's folder of capitals ending in MMDD under a year folder
        ("https://www.wj.gov.cn/html/czwj/2021/FAOKPMFH_0813/383635.html", "2021-08-13"),
        # a page file named by its date and a counter of four or five digits
        ("https://cna.com.tw/news/acn/202403040290.aspx", "2024-03-04"),
        ("https://www.zixunnews.com/a/2024/07/n2024071354261.html", "2024-07-13"),
        ("http://chinarta.com/html/2012-10/2012101291912.htm", "2012-10-12"),
        # a millisecond timestamp, an invalid month, a short counter: no date
        ("http://x.com/a/1538227156868.html", None),
        ("http://x.com/p/2023130112345.html", None),
        ("http://x.com/show/2019041812.html", None),
    ],
)
def test_publication_dates_in_more_url_schemes(url: str, expected: str | None) -> None:
    assert find_published("正文", url=url) == expected


def test_a_publication_label_s_date_in_a_removed_table_row_after_the_body() -> None:
    from policydata.normalise import normalise_text

    text = ("交通运输部安全总监李国平11日介绍,全国公路网车流量稳步回升。(新华社)\n| 浏览次数: | 3323 |\n"
            "有效期至: | 长期有效 | 发布时间: | 2022-05-11 21:51 |\n您还没有登录,请登录后查看详情")
    norm = normalise_text(text)
    assert find_published(norm.text, meta=norm.meta) == "2022-05-11"


def test_a_header_stamp_of_a_date_and_names() -> None:
    body = "近日,浙江省邮政管理局主要负责人带队到丽水,调研行业重点工作,详细了解行业重点工作情况并看望慰问干部职工。"
    assert find_published("浙江局赴丽水调研行业重点工作\n2025年08月13日 浙江省邮政管理局\n" + body) == "2025-08-13"
    assert find_published("热门:\n2022年7月11日 时事脉搏 中国财经 两岸\n" + body) == "2022-07-11"
    # a sentence opening with a date is no stamp
    text = "2019年3月5日,李克强在十三届全国人大二次会议上作政府工作报告,报告指出今年发展主要预期目标是国内生产总值增长6%-6.5%。"
    assert find_published(text) is None


@pytest.mark.parametrize(
    "text, published, expected",
    [
        # not opening its line or sentence (a headline's, last year's), a season, a text's end
        ("表彰除夕当天坚守岗位的快递员\n2月20日,市邮政管理局召开表彰会。", "2024-02-21", "2024-02-20"),
        ("去年除夕当天,全国快递业务量增长。", "2024-02-12", "2024-02"),
        ("春节夜景灯光璀璨。", "2024-02-12", "2024-02"),
        ("网点坚持营业到除夕", "2024-02-12", "2024-02"),
        # the earliest mention counts, whichever row the table lists first; more times of the day
        ("除夕当天,市委书记王明来到车站,看望春节当天仍坚守岗位的职工。", "2024-02-12", "2024-02-09"),
        ("除夕当晚,局长看望快递员。", "2024-02-12", "2024-02-09"),
        ("大年初一早晨,局长看望快递员。", "2024-02-12", "2024-02-10"),
        ("除夕前夕,局长看望快递员。除夕当天,局长王明看望。", "2024-02-12", "2024-02-09"),
    ],
)
def test_review_findings_on_lunar_days(text: str, published: str, expected: str) -> None:
    assert resolve_event_date(text, published=published).value == expected


def test_a_recurring_meeting_s_earlier_session_is_not_the_lead_s() -> None:
    filler = "他指出,要坚持安全发展,继续深入开展安全生产年活动,强化瓦斯治理和利用,严防重特大事故发生。" * 4
    text = "新华社北京9月5日电\n李克强在国务院常务会议上强调,要加快。\n" + filler + "\n8月30日,国务院常务会议审议通过方案。"
    assert resolve_event_date(text, published="2009-09-05").value == "2009-09-05"
    text = ("新华社南宁9月5日电\n副总理在第六届中国—东盟博览会上强调,要加快。\n" + filler
            + "\n9月3日,第六届中国—东盟博览会在南宁开幕。")
    assert resolve_event_date(text, published="2009-09-05").value == "2009-09-03"


def test_a_rule_in_force_from_a_day_dates_its_announcement_before_it():
    # a rule applies after it is announced: the day written without its year falls in the year before
    text = ("11月10日,国家发改委价格司发布通知,自2024年1月1日起实施。2024~2025年多数地方为30%左右。"
            "2026年起,将各地通过容量电价回收。")
    assert _event(text).value == "2023-11-10"
    assert _event("3月5日,国务院公布条例,自2021年5月1日起施行。").value == "2021-03-05"
    # …or reported a few weeks after it came into force
    text = "央广网北京2月13日消息 中央军委主席习近平日前签署命令,发布《规定》,自2022年2月10日起施行。"
    assert _event(text).value == "2022-02-13"


def test_a_year_folder_of_the_address_dates_a_day_nothing_else_does():
    text = "6月19日,应急管理部党委书记、部长王祥喜主持召开部党委会,研究部署防汛抗旱救灾工作。"
    ev = _event(text, url="http://m.example.cn/qmxfxw/xfyw/2024/44365.shtml")
    assert (ev.value, ev.basis) == ("2024-06-19", "context")
    assert _event(text, url="http://m.example.cn/qmxfxw/xfyw/44365.shtml").value is None
    # the text's own year comes first
    ev = _event("6月19日,部党委会召开。会议总结了2021年上半年工作。", url="http://x.example.cn/a/2024/1.html")
    assert ev.value == "2021-06-19"


def test_today_inside_someone_s_words_is_not_the_report_s_day():
    text = "“今天的对接是一个逗号”\n国家发改委与人大代表“云对话”\n3月10日晚近9点,京西宾馆,人大湖南代表团驻地会议室。"
    assert _event(text, published="2021-03-12").value == "2021-03-10"
    assert _event("今天上午,国务院召开常务会议。", published="2021-03-12").value == "2021-03-12"
    # …but alone it is the day they spoke
    assert _event("他说:“今天,我们在这里隆重集会。”", published="2021-07-01").value == "2021-07-01"


def test_a_year_folder_with_a_month_or_a_day_after_it_is_no_year_folder():
    # (/2023/01/02/ dates the page, which find_published reads; /2021/0302/ is no 2003-02 folder)
    assert _event("12月31日,国务院常务会议召开。", url="http://x.example.cn/2023/01/02/a.html").value is None
    assert _event("2月1日,国务院常务会议召开。", url="http://x.example.cn/news/2021/0302/5804.html").value is None
    # a past rule's year (自2023年起,要求…) still dates the text
    assert _event("12月1日,会议召开。自2023年起,要求各地加快。").value == "2023-12-01"


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # nothing in the text dates its occasion: the stamp's month, as the annotators date such a
        # report (a briefing, an interview, a teleconference reported without its day)
        ("汪文斌表示,美方一再滥用出口管制。", "2023-01-13", "2023-01"),
        ("记者从全国物流降成本工作电视电话会议上获悉:2013年以来,社会物流总费用比率连续下降。", "2018-07-25", "2018-07"),
        # ... unless the text reports a span of the stamp's year reaching back before its month
        ("今年以来,全省快递业务量增长两成。", "2014-08-13", "2014"),
        ("2014年以来,总理多次考察。", "2014-08-13", "2014"),
        ("1—2月,全国网上零售额增长。", "2026-03-20", "2026"),
        ("前三个月,口岸进出口增长。", "2025-04-10", "2025"),
        ("今年3月,有关部门部署专项行动。", "2021-08-30", "2021"),
        ("今年年初以来,全省快递业务量增长。", "2024-05-10", "2024"),
        ("年初以来,全省快递业务量增长。", "2024-05-10", "2024"),
        ("前两个月,口岸进出口增长。", "2024-05-10", "2024"),
        ("1至7月,全国快递业务量增长。", "2024-08-10", "2024"),
        # (a span of another year, a later month of this one, a plan's months, a time ahead or
        # before something, or the year's start in January, do not)
        ("今年9月,将举办博览会。", "2021-08-30", "2021-08"),
        # (a half or a quarter of the year reported with figures is left to the stamp: annotators
        # date a July meeting reporting 今年上半年 figures by its month)
        ("会议获悉,今年上半年社会物流总费用比率进一步下降。", "2018-07-25", "2018-07"),
        ("该项目提前三个月完工。", "2024-10-10", "2024-10"),
        ("春运前一个月,铁路部门开始售票。", "2024-12-10", "2024-12"),
        ("预计将于2025年1-2月完成招标。", "2024-10-10", "2024-10"),
        ("2023年前三个月,口岸进出口增长。", "2024-05-10", "2024-05"),
        ("预计将于1-2月完成招标。", "2024-10-10", "2024-10"),
        ("会议通报了2019年1-2月情况。", "2024-03-10", "2024-03"),
        ("今年以来,全省快递业务量增长。", "2024-01-10", "2024-01"),
    ],
)
def test_a_report_dated_by_its_stamp_alone(text: str, published: str, expected: str) -> None:
    ev = _event(text, published=published)
    assert (ev.value, ev.basis) == (expected, "published")


def test_the_year_of_an_occasion_a_body_convenes_after_the_day() -> None:
    # an occasion that looks back on the year it names, or a year since which, is of no year of the day
    text = "1月18日上午,国务院新闻办公室举行2023年国民经济运行情况新闻发布会。"
    assert _event(text, published="2024-01-18").value == "2024-01-18"
    assert _event("1月8日,市局召开2023年工作总结会议,部署2024年工作。").value == "2024-01-08"
    assert _event("5月18日,我市举办2019年以来规模最大的人才招聘大会。").value == "2020-05-18"
    # (an occasion on a part of the year it names is held within it)
    assert _event("10月18日,国新办举行2023年前三季度国民经济运行情况新闻发布会。").value == "2023-10-18"
    text = "6月13日上午,市场监管总局召开2025年二季度例行新闻发布会。到2027年,要基本建成。"
    assert _event(text).value == "2025-06-13"
    # with a stamp, the occasion's year must still lie within the year before it
    assert _event("3月5日,省政府召开2024年全省安全生产工作会议。", published="2024-03-06").value == "2024-03-05"
    # a year's work meeting held late in the year before takes no year from its name
    assert _event("12月28日,省邮政管理局召开2025年全省邮政管理工作会议。", published="2024-12-29").value == "2024-12-28"


def test_stamps_a_source_s_address_a_reprint_credit_and_a_live_entry() -> None:
    # a stamp line holding its source's address is still a stamp, not the event
    text = ("质检总局召开新闻发布会通报2011年产品质量基本状况等情况\n2012年03月05日 08:11□信息来源:"
            "http://zlgls.aqsiq.gov.cn/zltjfx/201202/t20120229_209919.htm\n2月28日下午,国家质检总局召开新闻发布会。")
    assert find_published(text) == "2012-03-05"
    assert _event(text, published="2012-03-05").value == "2012-02-28"
    # a live report's entry stamp
    text = "中国政府网\n· [主持人] 今天的新闻发布会到此结束,谢谢大家!(2017-09-20 11:13)\n· [司长] 划定的目的在于保护。"
    assert find_published(text) == "2017-09-20"
    assert _event(text, published="2017-09-20").value == "2017-09-20"
    # …not a comment's stamp closing one line of a story, nor a time in a sentence's parenthesis
    comment = ("各地积极落实各项政策措施,让群众得到实惠,企业得到发展,社会得到进步,各级部门要继续努力!(2019-12-31 20:00)\n"
               "正文继续。")
    assert find_published(comment, url="http://x.cn/xinwen/2020-04/05/c_1.htm") == "2020-04-05"
    body = "国务院新闻办公室举行新闻发布会,介绍永久基本农田划定工作有关情况,并答记者问。" * 2
    assert find_published(body + "\n会议(2017-09-20 11:13)在京召开,各地代表出席会议并围绕耕地保护交流了经验做法。\n" + body) is None


def test_a_dateline_of_a_story_pasted_below_another() -> None:
    text = ("30日,交通运输部举行2020年4月份例行新闻发布会。交通运输部新闻发言人吴春耕在发布会上表示,预计全国营业性客运量将明显增长。\n"
            "人民网北京4月4日电(王紫)3日,交通运输部官方微博发布消息。")
    assert _event(text, published="2020-04-30").value == "2020-04-30"
    # …nor after an editor's note or a summary
    text = "内容提要:今天,国务院新闻办公室举行发布会,介绍情况。\n新华社北京4月4日电 国务院新闻办公室4日举行发布会。"
    assert _event(text, published="2020-04-06").value == "2020-04-04"
    text = "编者按:4月3日是第二个全民国家安全教育日。本报推出系列报道。\n新华社北京4月5日电 今天,各地举办活动。"
    assert _event(text, published="2020-04-06").value == "2020-04-05"
    # a dateline under a headline still leads its story
    text = "交通运输部举行发布会\n人民网北京4月4日电(王紫)3日,交通运输部官方微博发布消息。"
    assert _event(text, published="2020-04-05").value == "2020-04-03"


def test_a_year_s_work_reported_on_is_finished() -> None:
    text = "3月15日,我市举行“3·15”活动。市市场监督管理局负责人通报了2018年全市消费维权工作。"
    assert _event(text).value == "2019-03-15"
    text = "3月15日,我市举行“3·15”活动。活动对2018年度“十佳消费维权服务站”进行了表彰。"
    assert _event(text).value == "2019-03-15"
    # a late part of it (12月, 下半年) is gone by too
    assert _event("3月15日,市局通报了2018年12月全市投诉情况。").value == "2019-03-15"
    # …not an early part of the year (上半年, 一季度), nor an award still to be given
    assert _event("7月15日,省应急厅通报了2019年上半年全省安全生产形势。").value == "2019-07-15"
    assert _event("4月10日,市局通报了2019年一季度快递服务质量情况。").value == "2019-04-10"
    assert _event("6月5日,我市启动2024年度“十佳快递员”评选活动。").value == "2024-06-05"
    # a year's budget or plan is no year gone by
    assert _event("3月15日,市政府审议2018年度财政预算。").value == "2018-03-15"


def test_a_headline_naming_the_month_it_reports_on() -> None:
    text = "2018年7月份各铁路局集团公司主要领导添乘机车时要求 打好两大攻坚战\n自7月1日起,全路进入暑运时间。"
    ev = _event(text, published="2018-09-17")
    assert (ev.value, ev.basis) == ("2018-07", "explicit")
    # …not a span or a plan's month, nor a month after the stamp
    assert _event("2018年7月至9月开展专项整治\n有关部门部署工作。", published="2018-09-17").value == "2018-09"
    assert _event("2018年7月份起施行新规\n有关部门部署工作。", published="2018-09-17").value == "2018-09"
    assert _event("2018年7月份至9月份开展整治\n有关部门部署工作。", published="2018-09-17").value == "2018-09"
    # a lead's figures month in a text of one line
    text = "国家邮政局消息,2014年10月,国家邮政局和各省邮政管理局共受理消费者申诉62889件。"
    assert _event(text, published="2014-11-20").value == "2014-10"
    assert _event("2018年12月召开大会\n有关部门部署工作。", published="2018-09-17").value == "2018-09"


def test_a_stamp_at_the_calendar_s_start_raises_nothing() -> None:
    # (found by the property test: a lunar day looked for a year before a stamp of year 2)
    for published in ("0002-01-01", "0001-01-05"):
        assert _event("正月初一下午,市长走进超市。", published=published).value is not None


def test_the_day_of_the_officials_own_act() -> None:
    # the first day written dates a photo caption or an inspection team's stay; the officials the
    # page reports first appear in a sentence of their own day
    text = ("3月18日,宜昌港车滚船进出三峡穿梭不停。\n据悉,国务院日前印发规划。"
            "3月26日,国家发展改革委副主任张某主持召开会议,部署规划实施工作。")
    assert resolve_event_date(text, published="2009-03-30", names=("张某",)).value == "2009-03-26"
    text = ("2月15日至19日,国务院安全生产考核组对我区安全生产工作进行考核。"
            "2月19日,自治区党委书记李某会见考核组一行。李某表示,将认真整改。")
    assert resolve_event_date(text, published="2017-02-20", names=("李某",)).value == "2017-02-19"
    # …but the first day stays when the officials are named in its sentence, or before the later day,
    assert resolve_event_date(
        "3月1日,部长李某主持召开部务会。会议强调安全。3月2日,李某到港口调研。",
        published="2020-03-05", names=("李某",),
    ).value == "2020-03-01"
    assert resolve_event_date(
        "3月1日,交通运输部召开部务会。部长李某强调安全。3月2日,李某到港口调研。",
        published="2020-03-05", names=("李某",),
    ).value == "2020-03-01"
    # …and a day in the official's own words is what they told, not when
    text = "国新办11月28日举行吹风会。据副秘书长张某介绍,27日,《行动方案》已公开发布。"
    assert resolve_event_date(text, published="2024-11-28", names=("张某",)).value == "2024-11-28"
    text = "5月20日,国新办举行发布会。部长苗某说,截至5月18日,企业开工率达到99.1%。"
    assert resolve_event_date(text, published="2020-05-21", names=("苗某",)).value == "2020-05-20"
    # …nor a day more than a month away from the first
    text = "1月5日,市里召开会议。\n3月26日,市长张某到企业调研。"
    assert resolve_event_date(text, published="2009-03-30", names=("张某",)).value == "2009-01-05"


def test_days_that_are_no_event_days() -> None:
    # a house number
    text = "11月,北京建国门内大街11号,交通运输部。\n部长李某如约接受采访。"
    assert _event(text, published="2010-12-07").value != "2010-11-11"
    # a source's own day, the news naming its day right after it
    text = "【华联社讯】商务部网站9月25日消息,9月24日,商务部部长钟某与来访的美国商务部长举行会谈。"
    assert _event(text, published="2017-09-25").value == "2017-09-24"
    # a calendar widget's 今天是 on a line of its own
    text = "· 欢迎来到自由贸易试验区!\n· 今天是\n自贸试验区揭牌\n8月30日,自贸试验区揭牌仪式在济南举行。"
    assert _event(text, published="2019-09-04").value == "2019-08-30"
    assert _event("今天是\n国庆节。", published="2019-10-01").value != "2019-10-01"


def test_a_year_s_results_told_make_it_gone_by() -> None:
    text = ("国务院1月9日召开全国安全生产电视电话会议。批示指出:2018年,各地区、各有关部门认真贯彻党中央"
            "决策部署,在落实安全生产责任制等方面取得积极成效。")
    assert _event(text).value == "2019-01-09"
    # …not results still to be won
    text = "1月9日,市里召开安全生产会议。会议要求,2019年,各地区要狠抓落实,力争取得新成效。"
    assert _event(text).value == "2019-01-09"
    # a calendar widget's 今天是: with nothing after it on its line
    text = "今天是:\n您是第 13506171 位访客\n1月25日,市长张某到企业调研。"
    assert _event(text, published="2017-01-26").value == "2017-01-25"


def test_a_day_whose_month_the_page_lost() -> None:
    # 119日下午 under a stamp of 19 January: 1月19日 (11月9日 is months away)
    text = "节前督查\n119日下午,市港务局局长孙某带队到调度指挥中心开展安全督查。"
    assert _event(text, published="2023-01-19").value == "2023-01-19"
    # a range's first day, read in the stamp's own month (1月23日, not 12月3日)
    text = "2015年全省邮政管理工作会议召开\n123-24日,全省邮政管理工作会议在石家庄召开。"
    assert _event(text, published="2015-01-27").value == "2015-01-23"
    # …never a span or a count of days, nor a day with no stamp to read it by
    assert _event("市里开展120日内整改行动。", published="2023-01-25").value != "2023-01-20"
    assert _event("119日下午,市长孙某带队督查。").value is None


def test_a_calendar_phrase_named_as_next_or_last_year_s() -> None:
    text = "中央创先争优活动领导小组12月24日召开会议。李源潮指出,明年是“十二五”开局之年,要深入开展活动。"
    assert _event(text).value == "2010-12-24"


def test_a_weekday_written_as_the_event_s() -> None:
    text = "国家旅游局局长李金早周五在海口召开的2016年全国旅游工作会议上表示,要推进厕所革命。"
    ev = _event(text, published="2016-01-31")  # a Sunday
    assert (ev.value, ev.basis) == ("2016-01-29", "published")
    assert _event("市长张某上周三下午主持召开会议,部署防汛工作。", published="2020-07-10").value == "2020-07-01"
    # …not every week's, nor a day still to come this week
    assert _event("市里每周五召开调度会,部署防汛工作。", published="2020-07-10").value == "2020-07"
    assert _event("市长张某本周五在市里主持召开会议。", published="2020-07-08").value == "2020-07"


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a speech recalled inside the sentence is not the officials' own day
        ("3月26日,全市安全生产工作会议召开。会议传达学习了3月20日省长张某在全省安全生产会议上的讲话精神。",
         "2020-03-27", "2020-03-26"),
        # day counts and phone numbers are no days whose month was lost
        ("市里启动120日攻坚行动,市长张某表示要抓好落实。", "2023-02-15", "2023-02"),
        ("公安机关坚持110日夜值守,确保平安。", "2023-01-25", "2023-01"),
        ("市消防支队119日常演练有序开展。", "2023-02-25", "2023-02"),
        # the stamp's month first; a range written with spaces; a day late in the month before
        ("115日下午,市长张某带队督查。", "2023-03-31", "2023-01-15"),
        # next week's day, a span's end, every week's
        ("市长张某下周三在市里主持召开会议。", "2020-07-10", "2020-07"),
        ("政务服务大厅办理时间为周一至周五,上午9时开门。", "2020-07-08", "2020-07"),
        ("市里每个周五召开调度会,部署防汛工作。", "2020-07-10", "2020-07"),
        # a house number, and a subdistrict's meeting on the 11th
        ("东四十条胡同11号,交通运输部。部长接受采访。", "2010-12-07", "2010-12"),
        ("城关街道11号召开防汛工作会议,部署防汛工作。", "2020-07-15", "2020-07-11"),
    ],
)
def test_what_the_reviewed_rules_leave_alone(text: str, published: str, expected: str) -> None:
    assert _event(text, published=published).value == expected


def test_a_range_written_with_spaces_may_have_lost_its_month() -> None:
    from policydata.tag.dates import _may_have_dropped_month

    assert _may_have_dropped_month("123 - 24日,全省会议召开。")
    assert not _may_have_dropped_month("12 - 24日,全省会议召开。")


def test_goals_for_a_year_are_no_results_and_a_shift_needs_its_own_words() -> None:
    text = "1月9日,市里召开安全生产会议。会议指出,2019年,各地区各部门应当狠抓落实,取得新成效。"
    assert _event(text).value == "2019-01-09"
    text = "1月9日,市里召开会议。2018年,各地区推动落实责任制,安全生产取得积极成效。"
    assert _event(text).value == "2019-01-09"
    # 今年 is explicit; 说明年度 holds no 明年
    text = "市政府1月20日召开会议。会议指出,全市经济好于去年。今年是“十二五”开局之年,要开好局。"
    assert _event(text).value == "2011-01-20"
    text = "市政府3月20日召开会议。会议说明年度目标,“十二五”开局之年要开好局。"
    assert _event(text).value == "2011-03-20"


def test_an_expo_s_ordinal_with_a_dash_a_year_recalled_and_yuan_yue() -> None:
    text = "9月20日下午,东盟各国政要出席第九届中国-东盟博览会并巡视展馆。通邢告诉石生龙,1978年他曾到过南宁。"
    assert _event(text).value == "2012-09-20"
    text = "元月26日下午,我市组织收看全国春运电视电话会。副市长杨晋安指出:春运无小事。"
    assert _event(text, published="2010-01-27").value == "2010-01-26"


def test_a_day_alone_at_an_annual_congress_session_is_in_march() -> None:
    text = "这是商务部长薄熙来5日在出席十届全国人大三次会议辽宁代表团第一次全体会议时透露的。"
    assert _event(text).value == "2005-03-05"
    # …not a day later than a session lasts
    assert _event("俞建华25日在十四届全国人大二次会议上表示,外贸开局良好。").value == "2024"


@pytest.mark.parametrize("dash", ["-", "－", "–", "—"])
def test_an_expo_s_ordinal_with_any_dash(dash: str) -> None:
    assert _event(f"9月20日下午,东盟各国政要出席第九届中国{dash}东盟博览会并巡视展馆。").value == "2012-09-20"


def test_yuan_yue_with_a_day_in_chinese_numerals() -> None:
    assert _event("元月二十六日下午,我市组织收看全国春运电视电话会。", published="2010-01-27").value == "2010-01-26"


def test_a_day_told_as_done_later_in_the_year_puts_the_event_in_the_next() -> None:
    text = ("1月12日,县委书记袁文林到野租乡慰问贫困群众。袁文林指出,"
            "我县于2015年12月17日与阿里巴巴集团签订了农村电子商务发展战略合作协议。")
    assert _event(text).value == "2016-01-12"
    # …not a day planned
    text = "1月12日,县委书记袁文林到野租乡慰问贫困群众。袁文林指出,我县将于2015年12月17日与阿里巴巴集团签订协议。"
    assert _event(text).value == "2015-01-12"


def test_a_day_at_an_annual_session_only_from_1998_and_spent_there() -> None:
    assert _event("万里6日在六届全国人大一次会议上发言。").value != "1983-03-06"
    text = "李克强17日主持召开国务院常务会议,讨论将提请十三届全国人大三次会议审议的报告。"
    assert _event(text).value != "2020-03-17"


def test_a_dateline_with_a_bracketed_byline_then_the_event_s_day() -> None:
    text = "红网津市站3月11日讯(通讯员 王雷)3月9日下午,津市市委书记王学武一行走访重点企业。"
    assert _event(text, published="2015-03-11").value == "2015-03-09"
    text = "红网3月11日讯(记者 王雷)2015年3月9日下午,市委书记王学武一行走访企业。"
    assert _event(text, published="2015-03-11").value == "2015-03-09"


def test_a_year_reviewed_early_in_the_next() -> None:
    text = "1月14日下午,我市召开电视电话会议。张勇指出,2019年,市领导小组坚持打击治理。一年来,全市共破获案件12944起。"
    assert _event(text).value == "2020-01-14"
    # (a review in December is of its own year; a year of plans is no review; 十一年来 is no 一年来)
    assert _event(text.replace("1月14日", "12月14日")).value == "2019-12-14"
    text = "1月10日,全市工作会议召开。会议指出,2020年,全市要坚决打好三大攻坚战。会议回顾了一年来的工作。"
    assert _event(text).value == "2020-01-10"
    text = "1月14日下午,我市召开会议。张勇指出,2019年,市领导小组坚持打击治理。十一年来,全市共破获案件。"
    assert _event(text).value == "2019-01-14"
    # (the 要 of 主要 is no plan)
    text = "1月14日下午,我市召开会议。张勇指出,2019年,全市主要经济指标稳中有进。一年来,全市共破获案件。"
    assert _event(text).value == "2020-01-14"


def test_an_evening_before_with_its_day_written() -> None:
    text = "央视网1月7日消息,环保部昨晚(6号)就大气污染防治工作举行媒体座谈会,环保部部长陈吉宁在会上介绍,要加强治理。"
    assert _event(text, published="2017-02-16").value == "2017-01-06"
    # (a bare 昨晚 is often a reception the evening before the day reported: no anchor of its own)
    text = "本报广州10月15日电 广交会今天上午开幕。副省长刘永富出席了昨晚举行的开幕招待会,并于今天上午参观了展位。"
    assert _event(text, published="2008-10-16").value == "2008-10-15"


def test_a_day_given_as_a_named_parameter_of_the_url_s_query() -> None:
    assert find_published("", url="http://wxrb.luaninfo.com/p/a.aspx?id=12394&t=7&time=2018-03-30") == "2018-03-30"
    assert find_published("", url="http://example.com/a.aspx?date=20180330") == "2018-03-30"
    # (an id that looks like a day is no date parameter; the path's day comes first; a search's
    # filter is no page's day; separators are one or none)
    assert find_published("", url="http://example.com/a.aspx?id=20180330") is None
    assert find_published("", url="http://example.com/news/2021/08/30/a.html?date=20240101") == "2021-08-30"
    assert find_published("", url="https://example.com/search?q=a&date=20200101") is None
    assert find_published("", url="http://example.com/a.aspx?time=2018-0330") is None


def test_a_year_since_which_work_went_on_is_no_finished_year() -> None:
    # (2018年以来 in a meeting of 2018 reviewing its first half: the meeting's own year)
    text = "本报讯 7月30日,2018年粤桂扶贫协作工作推进会在天等县召开。\n2018年以来,粤桂扶贫协作工作取得显著成效。"
    assert _event(text).value == "2018-07-30"


def test_a_full_date_with_its_clock_time_opening_a_sentence_is_the_event() -> None:
    text = "2013年5月22日15时30分,旅游局局长邵琪伟接受中国政府网专访,与网民在线交流。"
    assert _event(text).value == "2013-05-22"


def test_a_review_of_the_first_half_year_is_held_within_it() -> None:
    text = ("市文化市场和旅游安全生产专项领导小组全体会议暨2023年上半年形势分析会议召开\n为全面总结2023年上半年全市文化旅游行业"
            "安全生产工作开展情况,7月26日上午,市文化市场和旅游安全生产专项领导小组召开全体会议。")
    assert _event(text).value == "2023-07-26"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a year since which things went on, in the first months: reviewed in the next year
        ("2月20日,全市安全生产工作会议召开。会议指出,2023年以来,全市安全生产形势持续稳定向好。", "2024-02-20"),
        # a whole year's months summed up is no part of a year
        ("1月10日,市统计局召开专题会议,总结2023年1-12月全市经济运行情况。", "2024-01-10"),
        # a stamp with its clock and a comma, then its source: still a stamp
        ("2024年05月20日 09:30,来源:市政府办公室\n5月18日,市长张三主持召开会议。", "2024-05-18"),
    ],
)
def test_years_since_whole_years_and_stamps(text: str, expected: str) -> None:
    assert _event(text).value == expected


def test_a_day_in_two_chinese_numerals_with_no_month() -> None:
    text = "第三场“部长通道”集中采访活动,十一日在人民大会堂举行。国家体育总局局长高志丹表示,力争突破。"
    assert _event(text, published="2025-03-12").value == "2025-03-11"
    # a lone 一日 is no day of the month (这一日), nor a span of days or a holiday
    assert _event("这一日在北京召开会议,会期十天。", published="2025-03-12").value == "2025-03"
    for text in ("近日,区住建局发布公告,公示期为十五日,公示期满无异议的予以确认。", "受理后三十日在网站公示。",
                 "今年国庆十一日在家休息的市民较多。"):
        assert _event(text, published="2024-05-25").value == "2024-05", text


def test_a_live_transcripts_bracketed_turn_stamps() -> None:
    text = ("欢迎收看2016全国两会特别访谈,今天请到的嘉宾是故宫博物院院长单霁翔。[ 2016-03-10 09:09 ]\n[单霁翔]\n"
            "主持人好,网友朋友大家好。[ 2016-03-10 09:10 ]\n[主持人]\n您带来的提案是什么内容?")
    assert find_published(text) == "2016-03-10"
    assert _event(text, published=find_published(text)).value == "2016-03-10"


def test_a_cited_documents_number_names_its_year() -> None:
    text = ("9月16日,市文化和旅游局局长程昊对重点文物建筑消防安全工作进行督导检查。按照《关于开展文物建筑消防安全"
            "检查的通知》(皖文物督〔2022〕65号)要求,各地要压实责任。")
    assert _event(text).value == "2022-09-16"
    # a number with no 号 after it is no document's
    assert _event("9月16日,局长程昊检查了消防安全工作,共查出隐患〔2022〕处。").value != "2022-09-16"


def test_a_live_stamps_brackets_must_pair() -> None:
    body = "各地积极落实各项政策措施,让群众得到实惠,企业得到发展。" * 3
    assert find_published(body + "\n评论一条[2016-03-15 10:00)\n评论二(2016-03-16 11:00]\n") is None


def test_a_year_in_a_sites_promotion_under_the_story_is_no_year_of_it() -> None:
    text = ("5月29日,国家烟草专卖局、公安部联合召开2014年全国卷烟打假工作电视电话会议。施超强调,要巩固联合打击机制。\n"
            "笃行致远 2024中国烟草行业发展观察")
    assert _event(text).value == "2014-05-29"
    # a year the tail writes with 年 still counts (a byline's date, a closing line), so does a
    # document's number, and a last sentence ended otherwise or not at all is no tail
    assert _event("5月29日,省局召开会议。施超强调,要巩固机制。\n2016年5月30日").value == "2016-05-29"
    assert _event("5月29日,省政府办公厅印发通知,要求各地认真贯彻落实。\n省政府办公厅\n苏政办发〔2014〕35号").value == "2014-05-29"
    assert _event("5月29日,省局召开会议。施超强调,要巩固联合打击机制!会议表彰了2014全国打假先进集体").value == "2014-05-29"


def test_a_full_date_opening_the_story_after_a_bare_dateline_beats_an_earlier_url_date() -> None:
    text = "尹力在广东省调研\n本刊讯2012年2月24-25日,国家食品药品监督管理局局长尹力一行到广东省调研。"
    assert _event(text, published="2012-01-26").value == "2012-02-24"
    # (an announced day further on stays out: 定于…召开)
    text = "尹力在广东省调研\n本刊讯 近日,尹力强调,会议定于2012年2月24日召开。"
    assert _event(text, published="2012-01-26").value != "2012-02-24"


def test_a_plan_s_span_in_brackets_after_its_name_gives_no_year_of_writing() -> None:
    text = ("10月15日,省司法厅召开《关于开展法治宣传教育的第八个五年规划(2021—2025年)》新闻发布会。"
            "省司法厅厅长介绍了规划情况。")
    assert _event(text).value != "2025-10-15"
    # (a span reviewed, without a plan's name before it, still names its last year)
    text = "12月15日,市司法局召开会议,总结2006-2010年普法工作。局长指出,要做好工作。"
    assert _event(text).value == "2010-12-15"


def test_a_year_whose_work_a_meeting_honours_is_gone_by() -> None:
    text = ("3月30日,我市召开全市药品监管工作电视电话会。会议总结去年工作,部署今年工作。"
            "会议表彰了2021年度药品、医疗器械、化妆品和药物滥用安全性监测与风险处置工作先进集体。")
    assert _event(text).value == "2022-03-30"


def test_review_findings_session_26_dates() -> None:
    # a day announced after a bare dateline stays out
    assert _event("本报讯 2024年5月20日至22日,第十届博览会将在天津举办。", published="2024-04-01").value == "2024-04"
    assert _event("本报讯 2024年7月1日是建党103周年纪念日。", published="2024-04-01").value == "2024-04"
    # a plan's span reviewed at its end still names the year
    text = "12月20日,市发展改革委召开《优化营商环境三年行动计划(2021-2023年)》实施情况总结会。"
    assert _event(text).value == "2023-12-20"
    # a plan carried out since it was issued names no year of writing by its last year
    text = "新华社北京12月5日电 自《推进运输结构调整三年行动计划(2018-2020年)》实施以来,铁路货运量明显增长。2019年1至9月,铁路货运量完成25亿吨。"
    assert _event(text).value == "2019-12-05"
    # awards of a year handed out at its end are of that year
    text = "12月28日,市安委会召开年终总结大会。会议表彰了2021年度安全生产工作先进集体。"
    assert _event(text).value == "2021-12-28"


def test_review_findings_session_26_dates_second_round() -> None:
    # a plan or a future word elsewhere in the sentence announces nothing about the day
    text = "本刊讯 2012年2月24日,省政府召开全省重点项目推进会,部署2012年重点项目建设计划。"
    assert _event(text, published="2012-01-15").value == "2012-02-24"
    # a plan carried out, whose tasks are to be completed, is not reviewed
    text = ("新华社北京12月5日电 各地加快落实《推进运输结构调整三年行动计划(2018-2020年)》,确保按期完成各项任务。"
            "2019年1至9月,货运量增长。")
    assert _event(text).value == "2019-12-05"
    # awards of a year handed out in May are of the year gone by
    assert _event("5月20日,市总工会召开大会。会议表彰了2021年度先进集体。").value == "2022-05-20"


def test_a_year_work_will_be_finished_in_is_no_year_of_writing() -> None:
    text = ("洛阳网11月1日讯 今日,全市普查工作人员登门入户,正式开始入户登记工作。"
            "市长郭洪昌说,全部工作将于2012年完成。")
    assert _event(text).value != "2012-11-01"
    # (a year named otherwise still dates the day)
    assert _event("11月1日,2010年全市入户登记工作正式开始。市长郭洪昌强调,要做好工作。").value == "2010-11-01"


def test_a_year_end_or_a_half_year_planned_is_no_year_of_writing() -> None:
    # (a year-end still to come, read as a year gone by, would move the day a year on)
    assert _event("今天(5月16日),邮轮开始试航,按计划将于2026年底完成交付。").value != "2027-05-16"
    assert _event("今天(9月29日),国家航天局发布消息。我国还将在2024年上半年发射鹊桥二号卫星。").value != "2024-09-29"


def test_an_incident_then_a_meeting_convened_on_it_names_the_officials() -> None:
    text = ("11月21日16时许,河南省安阳市一厂房发生一起特别重大火灾事故,造成38人死亡。国务院决定成立调查组。\n"
            "11月23日下午,国务院事故调查组在安阳召开第一次全体会议。调查组组长、应急管理部副部长宋某对调查工作"
            "提出具体要求。")
    assert resolve_event_date(text, published="2022-11-23", names=("宋某",)).value == "2022-11-23"
    # not a day in the paragraph of a first day that dates no incident (6月1日…启动…。据了解,5月13日…)
    text = "6月1日,交通运输部全面启动安全生产月活动。\n5月13日,交通运输部召开专题会议。李某部长要求,各单位高度重视。"
    assert resolve_event_date(text, published="2009-06-02", names=("李某",)).value == "2009-06-01"
    # the day of the name's own sentence first (not the paragraph's first: 11月22日 a State Council meeting)
    text = ("11月21日16时许,某厂房发生一起火灾事故。\n11月22日,国务院召开常务会议,决定成立调查组。11月23日下午,"
            "调查组组长宋某在安阳主持召开第一次全体会议并提出要求。")
    assert resolve_event_date(text, published="2022-11-24", names=("宋某",)).value == "2022-11-23"


def test_an_investigation_reported_months_after_its_incident_is_the_news() -> None:
    # the incident's full date opens the report, then the recent approval of its investigation
    text = ("央视网消息(新闻联播):2023年4月18日12时50分,北京市丰台区北京长峰医院发生重大火灾事故,造成29人死亡、"
            "42人受伤,直接经济损失3831.82万元。日前,国务院常务会议审议通过了重大火灾事故调查报告。\n"
            "事故发生后,党中央、国务院高度重视。")
    assert resolve_event_date(text, published="2023-10-25").value == "2023-10"
    text = ("央视网消息(新闻联播):2024年7月19日20时49分许,陕西省商洛市一高速公路桥梁因山洪暴发发生垮塌,造成25辆车辆"
            "坠河,62人死亡失踪。目前,灾害调查评估工作已经结束,调查评估组全体会议审议通过了调查评估报告。")
    assert resolve_event_date(text, published="2025-03-27").value == "2025-03"
    # an incident a few days back with the rescue still going on is the news itself
    text = "央视网消息(新闻联播):2023年10月20日12时50分,某医院发生火灾事故,造成29人死亡。目前,善后工作正在进行。"
    assert resolve_event_date(text, published="2023-10-22").value == "2023-10-20"


def test_minguo_years_session_33() -> None:
    # Taiwan's calendar (year 1 is 1912): named as such, or a three-digit year before its month
    assert resolve_event_date("总统于中华民国106年3月19日上午接见得奖人,表示感谢。").value == "2017-03-19"
    assert resolve_event_date("交通部长115年2月26日视察台铁,表示将加开列车。").value == "2026-02-26"
    # this year or last year with its Minguo number: the release's own year, on a page with no stamp
    text = "蔡英文总统今(19)日上午接见凤凰奖楷模得奖人。她忆起去(105)年小年夜,台南发生震灾。"
    got = resolve_event_date(text)
    assert (got.value, got.basis) == ("2017", "context")
    assert resolve_event_date("总统今(8)日表示,今(108)年经济成长稳定。").value == "2019"
    # a count of years takes no month: no Minguo year (建党100年)
    assert resolve_event_date("庆祝建党100年,活动隆重举行。").value is None
    # a stamp still wins over the Minguo context
    assert resolve_event_date(text, published="2017-03-19").value == "2017-03-19"


def test_minguo_review_findings_session_33() -> None:
    # a count of years ending a headline, the month opening the next line: no Minguo year
    text = "北京大学建校120年\n5月4日,北京大学举行建校120周年纪念大会。"
    assert resolve_event_date(text, published="2018-05-05").value == "2018-05-04"
    # a Minguo number before 1949 (38) is no year of Taiwan's releases
    assert resolve_event_date("今(20)年是脱贫攻坚收官之年。").value is None
