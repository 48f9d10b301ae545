"""Every regular expression the date tagger uses, compiled once at import.

Texts reaching the tagger are normalised: Simplified, half-width digits and ASCII punctuation
(``:`` ``(`` ``)`` ``,``), lines kept with ``\\n``. Patterns therefore only handle half-width forms,
except where real pages keep a full-width character after normalisation (``～``, ``—``).
"""

from __future__ import annotations

import re

# --- numbers that look like years --------------------------------------------------------------

# A plausible four-digit year (1950-2039); digits before or after mean it is part of a longer number.
_YEAR_DIGITS = r"(?:19[5-9]\d|20[0-3]\d)"
_YEAR = r"(?<!\d)" + _YEAR_DIGITS + r"(?!\d)"

# --- publication stamps ----------------------------------------------------------------------------

# ISO-like date with - / . separators, optionally followed by a clock time: 2017/11/20 15:21:00.
ISO_DATE = re.compile(
    r"(?P<y>" + _YEAR_DIGITS + r")(?<![\d.]\d{4})\s*[-/.]\s*(?P<m>\d{1,2})\s*[-/.]\s*(?P<d>\d{1,2})"
    r"(?P<time>\s*\d{1,2}:\d{2}(?::\d{2})?)?"
)

# Day.month.year stamp some CMS print: 18.11.2021  12:50.
DMY_DATE = re.compile(
    # (with slashes only when the day cannot be a month: 03/04/2025 may be written month first)
    r"(?<![\d./])(?=\d{1,2}\.|(?:1[3-9]|2\d|3[01])/)(?P<d>\d{1,2})(?P<sep>[./])(?P<m>\d{1,2})(?P=sep)"
    r"(?P<y>(?:19|20)\d\d)(?![\d./])"
)  # (26/09/2025 11:40 as Hong Kong sites stamp a page, 19.08.2024 as European ones)

# An English stamp label opening the text (date 2025-08-25, Published: 2024/3/1): scraped pages
# keep their feed's field name.
EN_STAMP_LABEL = re.compile(r"\s*(?i:date|published|pubdate|posted(?: on)?|release date)\s*:?\s*(?=\d{4})")

# Chinese full date: 2017年11月9日 / 2013年04月18日 (号 is spoken style for 日).
CN_FULL_DATE = re.compile(
    r"(?P<y>" + _YEAR_DIGITS + r")(?<!\d\d{4})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*[日号]"
)

# Two characters that make 时间/日期 a page stamp's label: 发布时间, 更新日期 …
STAMP_PREFIXES = frozenset({"发布", "发表", "更新", "发稿", "上传", "录入", "创建"})

# The colon after a stamp label (时间: / 来源: …).
STAMP_KEYWORD_AFTER = re.compile(r"\s*:\s*")

# Stamp-line words that make a full Chinese date a stamp rather than an event (来源, 发布时间 …).
STAMP_LINE = re.compile(r"来源\s*:|(?:发布|发表|更新)(?:时间|日期|于)|(?:时间|日期)\s*:")

# --- URL dates -------------------------------------------------------------------------------------

# A day given as a named parameter of a URL's query (?id=12394&time=2018-03-30, &date=20180330),
# one separator or none; a page's path date comes first (dates._published_from_url).
URL_QUERY_DATE = re.compile(
    r"(?:^|&)(?:time|date|pubdate|pub_date|publishdate|riqi)="
    r"(?P<y>(?:19|20)\d\d)(?P<sep>-?)(?P<m>\d\d)(?P=sep)(?P<d>\d\d)(?=&|$)",
    re.IGNORECASE,
)
# /2012-04/25/ (gov.cn style), /2022/10/8/ (Y/M/D folders), /2025-01-14/, /2021/08/30/.
URL_Y_M_D = re.compile(r"/(?P<y>(?:19|20)\d\d)[-/](?P<m>\d{1,2})[-/](?P<d>\d{1,2})(?=[/_.-])")
# /200908/14/ and /202409/02/ (year-month folder then day folder).
URL_YM_D = re.compile(r"/(?P<y>(?:19|20)\d\d)(?P<m>\d\d)/(?P<d>\d\d)/")
# /2020/0426/ and /2017/news_1117/ (year folder, then a folder ending in MMDD).
# (and /2021/FAOKPMFH_0813/, a provincial CMS's article folder of capitals ending in its MMDD)
URL_Y_MD = re.compile(r"/(?P<y>(?:19|20)\d\d)/(?:[a-z]+_|[A-Z]{4,12}_)?(?P<m>\d\d)(?P<d>\d\d)/")
# /20220324/, t20220324_, _20220324, -20220324 (eight digits framed by separators).
URL_YMD8 = re.compile(r"(?:/|(?<=[/_-])t|_|-)(?P<y>(?:19|20)\d\d)(?P<m>\d\d)(?P<d>\d\d)(?=[/_.\-]|$)")
# /show/20211209155754131.html: a page id opening with its timestamp (date, then a valid time of
# day: hours, minutes and seconds), the rest a counter.
URL_TIMESTAMP = re.compile(
    r"/(?P<y>20\d\d)(?P<m>\d\d)(?P<d>\d\d)(?:[01]\d|2[0-3])[0-5]\d[0-5]\d\d*(?=[/_.\-]|$)"
)
# /news/acn/202403040290.aspx, /n2024071354261.html, /news/20190918181462.html: a page file named
# by its date and a counter of four to seven digits (twelve to fifteen in all, a letter before them
# at most; read by most annotators of held-out pages as the page's date, 3 pages to 1).
URL_YMD_ID = re.compile(
    r"/[a-z]?(?P<y>20\d\d)(?P<m>0[1-9]|1[0-2])(?P<d>0[1-9]|[12]\d|3[01])\d{4,7}\.(?:s?html?|aspx?|php|jsp)$"
)
# /21/1126/10/GPNN2R58041599RS.html: two-digit year, month and day, hour folders above an article
# id of capitals and digits (a portal's own scheme).
URL_YY_MD_H = re.compile(
    r"/(?P<yy>[0-3]\d)/(?P<m>0[1-9]|1[0-2])(?P<d>[0-3]\d)/(?:[01]\d|2[0-3])/[0-9A-Z]{12,}\.html"
)
# /2011720/ (seven digits: year, one-digit month, two-digit day) — rare, only as a last resort.
URL_YMD7 = re.compile(r"/(?P<y>(?:19|20)\d\d)(?P<m>[1-9])(?P<d>[0-3]\d)/")
# /report/2303/3480-1.htm — a four-digit YYMM folder holding the page: year and month only, never
# a publication date (used as a hint for the event year when the page shows no stamp).
# /xfyw/2024/44365.shtml: a folder that is a year alone, the page (or more folders) after it.
URL_YEAR_FOLDER = re.compile(r"/(?P<y>(?:19|20)\d\d)/(?=[^/])(?!\d{1,2}/|\d{4}/|\d{1,2}[-_]\d{1,2}/)")
# (not a year folder whose page is named from that year on: /2011/201162716173316464.shtml)
URL_YYMM = re.compile(r"(?<!/(?:19|20)\d\d)/(?P<yy>[0-3]\d)(?P<m>0[1-9]|1[0-2])/(?!(?P=yy)(?P=m))[^/]+$")
# /a/201302/04134793.shtml, /news/2015/02/294641.html, /2015-11/6884.html: a year-month folder
# (no day after it: URL_YM_D and the others would have read one) — the month the page was filed
# in, a month-precision stamp.
URL_YEAR_MONTH = re.compile(
    r"/(?P<y>(?:19|20)\d\d)(?:[-/_]?)(?P<m>0[1-9]|1[0-2])/(?![0-3]?\d/)"
)
# /a/5b0e6926c8dcd003838ae076: a path segment that is a 24-hex-digit MongoDB ObjectId.
URL_OBJECT_ID = re.compile(r"/(?P<id>[0-9a-f]{24})(?=[/?#._]|$)")

# --- dates in Chinese numerals (中新社圣彼得堡六月十日电, 二〇〇六年) ------------------------------------
# The anchors below read Arabic digits; these are rewritten to them first.
_CN_DAY = r"三十一?|[二]?十[一二三四五六七八九]?|[一二三四五六七八九]"
# (农历八月十五日 is a lunar day: left as written)
CN_NUMERAL_MONTH_DAY = re.compile(r"(?<!农历)(?P<m>十[一二]?|[一二三四五六七八九])月(?P<d>" + _CN_DAY + r")日")
# (only a year with its month and day: a year alone so written is mostly history or a target —
# Taiwan's releases, dated in Minguo years, write 一九八五年 and 一九九九年十二月 so)
CN_NUMERAL_YEAR = re.compile(
    r"(?P<y>(?:一九|二[〇○零0Ｏ])[〇○零0Ｏ一二三四五六七八九]{2})年"
    r"(?=\s*(?:(?:十[一二]?|[一二三四五六七八九])月(?:" + _CN_DAY + r")日|\d{1,2}\s*月\s*\d{1,2}\s*日))"
)
# --- Minguo years (Taiwan's calendar: year 1 is 1912) -----------------------------------------------
# The year named as such (中华民国109年7月16日, 民国38年), and a bare three-digit year before its
# month (115年2月26日; no text of the mainland writes a year so, and a count of years, 建党100年, takes
# no month after it); ROC_YEAR_GATE is the cheap test (a literal first character) that lets the
# second run only on the few texts that may hold one. (The month on the same line: 北京大学建校120年 ends
# a headline, 5月4日 opens the next line.)
ROC_YEAR_WRITTEN = re.compile(r"(?:中华)?民国\s*(\d{1,3})\s*年")
ROC_YEAR_GATE = re.compile(r"1[0-4]\d年")
ROC_YEAR_BEFORE_MONTH = re.compile(r"(?<![\d.])(1[0-4]\d)年(?=[ \t]*\d{1,2}[ \t]*月)")
# This year, last year or next year with its Minguo number, as the Presidential Office writes them
# (今(106)年, 去(105)年小年夜): the year of the release.
ROC_RELATIVE_YEAR = re.compile(r"([去今明])\((\d{2,3})\)年")

# A day alone in Chinese numerals (吴仪十日在此间出席), rewritten only in a text that writes its
# dateline so: elsewhere 三日游 and 一日三餐 are no days.
CN_NUMERAL_DAY = re.compile(r"(?<![\d月十二三])(?P<d>" + _CN_DAY + r")日(?=[在上下晚早,]|召开|举行|出席|主持|会见|表示|说)")
CN_NUMERAL_DAY_OF_EVENT = re.compile(
    r"(?<=[,。\s])(?P<d>二十[一二三四五六七八九]?|三十一?|十[一二三四五六七八九]?)日"
    r"(?=[上下]午|晚|早|在[^,。;!?\n]{1,14}?(?:举行|召开|开幕|闭幕|会见|会谈|出席|举办|主持))"
)
CN_NUMERAL_DATELINE = re.compile(r"(?:十[一二]?|[一二三四五六七八九])月(?:" + _CN_DAY + r")日[电讯]")

# --- event-date anchors in the body ---------------------------------------------------------------

# A date-like anchor, matched at candidate offsets dates.py finds with str.find; order matters:
# full date, month-day (also a range's first day), relative day, vague word, day of month.
ANCHOR = re.compile(
    # (a range of days after the year and month, 2005年6月6-7日: its first day, whose 日 the range's end carries)
    r"(?P<full>(?P<fy>" + _YEAR + r")\s*年\s*(?P<fm>\d{1,2})\s*月\s*(?P<fd>\d{1,2})\s*"
    r"(?:[日号]|(?=(?:[—–~～\-－]|至|到)\s*\d{1,2}\s*日(?![内后後前]))))"
    r"|(?P<md>(?<![\d年.])(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*(?:[日号](?!\d)|[日号](?=\d{1,2}\s*(?:时|点|:\s*\d))|(?=(?:[—–~～\-－]|至|到)\s*\d{1,2}\s*日(?![内后後前]))))"
    # 本(11)月11日, 上(10)月20日: the month in parentheses after 本/上 (Taiwan's official releases)
    r"|(?P<mdp>[本上]\s*[(（]\s*(?P<pm>\d{1,2})\s*[)）]\s*月\s*(?P<pd>\d{1,2})\s*[日号](?!\d))"
    # (今天的中国, 今日之世界: the present age, not a day)
    # (今天是5月12日: the month-day after it is the anchor)
    # (昨晚(6号): the evening before, only with its day written, 号 or 日: a bare 昨晚 is often a
    # reception the evening before the day reported)
    r"|(?P<rel>(?P<relword>今天|今日|昨天|昨日|前天|前日|(?:昨晚|今晚|昨夜)(?=\s*\(\s*(?:\d{1,2}\s*月\s*)?\d{1,2}\s*[日号]\s*\)))(?![的之](?:中国|世界|社会|时代|我们|人们|农村|城市|生活|青年))(?!是\s*\d{1,2}\s*月)(?:\s*\(\s*(?:(?P<relm>\d{1,2})\s*月\s*)?(?P<reld>\d{1,2})\s*[日号]\s*\))?"
    # 今(25)日, 昨(24)日, 本(8)日: today, yesterday, this day, with the day of the month in
    # parentheses (the form of Taiwan's official releases: 總統今（25）日上午…)
    # (今(24)日前往 is the event; only 今(24)日后 and a bare 前, "before the 24th", are not)
    r"|(?P<relch>[今昨本])\s*[(（]\s*(?P<relpd>\d{1,2})\s*[)）]\s*[日天](?![后後]|前(?![往来去进行])))"
    # (目前 of 项目前期 is no "now")
    r"|(?P<vague>近日|日前|近期|(?<!项)目前|前不久|这几天|近几天|连日来)"
    # A day of the month alone: 25日 before a clause (全国人大常委会25日启动…), not before a word that
    # 日 begins (日前 but not 日前往, 日内, 日元, 日本, 日报 …) nor as a range's end (8日—10日: its first day is the
    # anchor); 28号 only before an event word (广大兴28号渔船 and 4号斜井 are names).
    r"|(?P<dom>(?<![\d月.\-/年—–~～－])(?<![\d时点]:)(?P<dd>[1-3]?\d)\s*(?:"
    r"日(?=\s*(?:(?:至|到|—|–|~|～|－)\s*[1-3]?\d\s*日\s*)?\)?\s*[\u4e00-\u9fff,、])"
    # 23至24日在北京调研: a range of days whose first has no 日 of its own (not 3至5日内, a span)
    r"|(?=(?:至|到|—|–|~|～|－)\s*[1-3]?\d\s*日(?![内后後前])\s*[\u4e00-\u9fff,、])"
    r"(?![后後内间元期子常志本游籍益趋渐臻]|前(?![往来去进行])|报(?!道))"
    r"|号(?=\s*(?:(?:至|到|—|–|~|～|－)\s*[1-3]?\d\s*号\s*)?(?:[上下]午|晚|上|早|召开|举行|在|于|,|说|表示|称|发布|公布|举办|正式|开幕|闭幕|起|以来|出席|主持|会见|调研|考察|视察|到|赴|带队|率|当天|当日|接受|就|同|与|发表|宣布|签署|抵达|致电|致信|通电话|会谈|前往|凌晨|中午|夜间|深夜|傍晚|应邀|报道|发生))))"
)

# Three or four digits before 日 with no 月 (119日下午, 123-24日): a month-day whose 月 was lost.
# (not 120日内, a span, nor 365日, a count)
# (not 120日攻坚行动, a span; 110日夜值守, a number; only before what follows an event's day)
DROPPED_MONTH = re.compile(
    r"(?<![\d年月.\-/:：第])(?P<n>\d{3,4})(?=\s*(?:[—–~～\-－至到]\s*\d{1,2}\s*)?日\s*"
    r"(?:[上下]午|晚|早|凌晨|中午|,|,|、|召开|举行|举办|在|至|到|起|前往|赴|深入|带队|主持|出席|下发|印发|发布))"
)

# A weekday written as the event's (周五在海口召开的, 上周三下午, 星期二举行): not every week's (每周五,
# 每个周五), next week's (下周三), a span of them (周一至周五) nor a week's count (周年).
EVENT_WEEKDAY = re.compile(
    r"(?<![每逢下个至到、\-—~～])(?P<rel>上|本|这)?(?:周|星期)(?P<w>[一二三四五六日天])(?!\s*[至到、\-—~～])"
    r"(?=\s*(?:[上下]午|晚|早|在|于|召开|举行|举办|出席|主持|表示|说|发布|会见|考察|调研|,))"
)

# Next or last year named right before a calendar phrase (明年是“十二五”开局之年, 去年是…): not 说明年度.
YEAR_NAMED_BEFORE = re.compile(r"(?<![说表证])(?P<w>明年|去年)(?:是|为|即|就是|,)?[“\"]?$")
# What tells a full date as the day something was done (我县于2015年12月17日与…签订, 已于…): 于 right
# before it; and words that make it a plan or a deadline instead.
DONE_ON_BEFORE = re.compile(r"(?:已于|于|在)\s*$")
PLAN_WORDS = re.compile(r"将|计划|拟|预计|定于|起施行|起实施|起执行|前完成|之前|以前|截止|届时")
# Words before a day in its clause that make it a speech or a meeting relayed, not the officials' own
# act (会议传达学习了3月20日省长张某在…上的讲话精神).
RELAYED_BEFORE = re.compile(r"传达|学习|贯彻|按照|根据")

# 元月 for January before a day (元月26日下午), not 元月份 alone nor a word it ends (纪元月).
FIRST_MONTH = re.compile(r"(?<![纪公])元月(?=\s*(?P<d>\d{1,2}|[一二三四五六七八九十廿卅]{1,3})\s*[日号])")

# A news dateline: 新华社北京3月5日电, 中新网7月21日电, 中国网新闻2月27日讯, 本网讯11月16日.
DATELINE = re.compile(
    r"(?P<agency>新华社|中新社|中新网|人民网|光明网|央视网|国际在线|中国网新闻|中国网|本报|本网|本刊|央广网|新京报|澎湃新闻|经济日报|[\u4e00-\u9fff]{2,4}(?:网|报|社))"
    # (the year may be written: 民航资源网2010年8月29日消息)
    r"[\u4e00-\u9fff]{0,6}?\s*(?:(?:19|20)\d{2}\s*年\s*)?(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日\s*(?:电|讯|消息)"
)

# A dateline with no day of its own right before a full date (本刊讯2012年2月24-25日, 本报讯 2019年…):
# the story opens with its event's day.
BARE_DATELINE_BEFORE = re.compile(r"(?:本刊讯|本报讯|本网讯|[\u4e00-\u9fff]{2,5}网讯)\s*(?:\([^()\n]{0,24}\)\s*)?\Z")

# A day announced ahead (…博览会将在天津举办, 定于…召开, 拟于): looked for in the day's clause and the
# one after it (2024年5月20日至22日,第十届博览会将在天津举办); or a day named for what it is
# (2024年7月1日是建党103周年纪念日, 2024年7月1日起施行).
ANNOUNCED_AFTER = re.compile(r"将于|将在|将要|拟于|拟在|定于|计划于|即将|预计于")
DAY_NAMED_AFTER = re.compile(r"\s*(?:起|前|是|为|以前|之前)")

# The end every dateline shares (…日电 / 日讯 / 日消息): a cheap literal-led test that lets most texts
# skip DATELINE, whose open agency alternative is tried at every offset of the head.
DATELINE_END = re.compile(r"日\s*(?:电|讯|消息)")

# What follows an anchor when it is only the start of a range (4月19—20日, 7月22日至24日, 11月1日~11日).
RANGE_AFTER = re.compile(r"\s*(?:至|到|—|–|-|~|～|－)\s*(?:\d{1,2}\s*月\s*)?\d{1,2}\s*[日号]")

# Words just before an anchor that make it something other than the reported event:
# a start (自 2月7日 起), a future plan (将于, 将于当地时间), a deadline (前), a cited earlier occasion
# (继2月3日发生脱轨事故后), or a length of time rather than a day (为期10日, 连续3日, 每5日, 第2日).
NOT_EVENT_BEFORE = re.compile(
    r"(?:(?<!截)自|从|将于|将在|计划于|计划在|预计|预计在|预计于|定于|拟于|拟在|力争|(?<!截)至|(?<![截止])到|直至|起至|于今年"
    r"|为期|历时|连续|持续|每|第|共计?|约|未来|最近|(?<![相后])继|需要?|一般|用时|耗时|花费?)\s*(?:当地时间|北京时间)?\s*$"
)

# The plan words of NOT_EVENT_BEFORE (a day announced ahead).
PLANNED_BEFORE = re.compile(r"(?:将于|将在|计划于|计划在|定于|拟于|拟在|预计于)\s*(?:当地时间|北京时间)?\s*$")

# A range's end written with its year (2022年1月1日至2025年12月31日): a period when it spans more than
# a month (a policy's validity), an event when it does not (2022年12月31日至2023年1月2日,…访问).
YEAR_RANGE_END = re.compile(
    r"\s*(?:至|到|—|–|~|～|－)\s*(?P<y>" + _YEAR + r")\s*年\s*(?P<m>\d{1,2})\s*月(?:\s*(?P<d>\d{1,2})\s*[日号])?"
)

# Words that tell an occasion as past from a later day: a far-earlier full date in their sentence
# is recalled, not the date of the story (时任浙江省委书记, 早在2005年, 当时, 回顾).
RETROSPECT = re.compile(r"时任|早在|当时|当年|回顾|回想|曾经|那时|彼时")

# Words just after an anchor that make it a deadline or a start rather than the event (前 as
# "before", not the 前 of 前往/前来: 27日上午前往故宫 is the event; 开始 not before a meeting's
# discussion: 代表团16日下午开始分组讨论报告 is the event).
NOT_EVENT_AFTER = re.compile(
    r"\s*(?:零时|零点|\d{1,2}时|[上下]午|晚上?)?\s*(?:前(?![往来去进行])|之前|以前|起|开始(?!分组|小组|分团|讨论|审议|审查)|以来|至今|期间|截止|—|将|正式开幕|到期)"
)

# A day the reporter learned the news on (记者16日从国家邮政局获悉:, 6月29日从工信部获悉, 记者今日获知): the
# day of the report, not of the event it tells when the news names its own day in the same
# sentence, within REPORTED_REACH characters (2月11日(除夕)至…, 本月2至3日, 日前).
# (记者30日自应急管理部获悉; 据黑龙江日报9月22日报道,21日晚…: the day a paper reported it)
# A source's own day (商务部网站9月25日消息,9月24日,…) is one too: the news names its day after it.
REPORTED_AFTER = re.compile(
    r"\s*(?:[上下]午|晚间?)?\s*(?:[从自][^,。;:!?\n]{1,24}?)?(?:获悉|获知|了解到|得知)|报道[,:]|\s*(?:消息|讯)\s*[,,:]"
    # (红网津市站3月11日讯(通讯员 王雷)3月9日下午: a byline in brackets, then the day of the event)
    r"|\s*(?:消息|讯)\s*[((][^()()\n]{1,24}[))]\s*(?=[,,:]|(?:\d{4}年)?\d{1,2}月\d{1,2}日|\d{1,2}日)"
)
REPORTED_REACH = 120
# What follows a recurring day named as a text's occasion: its message or its event.
# The meeting a dateline's lead names as where its person spoke (张德江在全国煤矿瓦斯防治工作会议上强调).
LEAD_MEETING = re.compile(
    r"在(?P<name>[\u4e00-\u9fff“”\d—-]{2,30}?(?:工作会议|会议|大会|论坛|座谈会|研讨会|调度会|发布会|推进会|现场会|年会|峰会|博览会))上"
)
# Meetings held again and again under one name (国务院常务会议, 电视电话会议): a later day written
# before one of them may be an earlier session's.
RECURRING_MEETING = re.compile(r"常务会议|视频会议|电视电话会议|例行|全体会议|办公会议|党组会议|部务会|局务会|^(?:会议|大会|座谈会|发布会)$")

# A lunar day named as the day of the event at a text's head (正月初一下午, 除夕当天, 大年初一,…):
# a time of that day, or a comma after a day's own name (not 春节, a season as often: 春节期间).
LUNAR_DAY_AFTER = re.compile(
    r"\s*(?:上午|下午|中午|晚上|晚间|当晚|之夜|夜里|傍晚|早上|早晨|清晨|一早|一大早|凌晨|当天|当日|这天|这一天)"
)
# (春节 and 元宵节 name seasons as often as days: only with 当天, 当日, 这天)
LUNAR_FESTIVAL_DAY_AFTER = re.compile(r"\s*(?:当天|当日|这天|这一天)")
LUNAR_DAY_NAMES = frozenset({"正月初一", "大年初一", "除夕", "大年三十", "正月十五", "腊月初八"})
OCCASION_AFTER = re.compile(r"\s*(?:致辞|致词|贺词|献辞|寄语|讲话|演讲|文告|声明|之际|当天|当日|主题活动|纪念活动|庆祝活动|纪念大会|宣传活动)")

# A figures report names the day the figures describe (11月11日当天共处理快件…): the month-day
# (or full date) ending right before 当天/当日, looked for backwards from that word.
FIGURES_DAY_BEFORE = re.compile(
    r"(?:(?P<y>" + _YEAR + r")\s*年\s*|(?<![\d年]))(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*[日号]\s*,?\s*$"
)

# A figures report over a range of days (11月11日至16日“双11”期间,全国快递业务总量为3.46亿件): the
# figures describe the range, whose first day is the event.
FIGURES_RANGE = re.compile(
    r"(?<!\d)(?<!\d年)(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日\s*(?:至|到|—|–|-|－|~|～)\s*(?:(?P<em>\d{1,2})\s*月\s*)?(?P<ed>\d{1,2})\s*日"
    r"[^。;\n]{0,30}?(?:业务总量|业务量|处理量|共处理|共揽收|揽收|共收寄|收寄|投递|派送|销售额|交易额|成交额|客流|发送旅客)"
)

# A written day or today before a figures range: the story's own day comes first.
DAY_BEFORE_RANGE = re.compile(r"\d\s*[日号]|今天|今日|昨天|昨日")

# Weekday written next to a date: (星期三) / 周三.
WEEKDAY = re.compile(r"\s*\(?\s*(?:星期|礼拜|周)(?P<w>[一二三四五六日天])\s*\)?")

# A stamp-like full date: followed by a clock time, 来源, or the end of its line — not an event.
# (and an outlet, a publisher or a section after a space: 2013年7月25日 经济参考报, 2025年08月13日
# 浙江省邮政管理局, 2022年7月11日 时事脉搏 中国财经 两岸 — names only, to the line's end)
STAMP_TAIL = re.compile(
    # (not a clock the sentence goes on after: 2013年5月22日15时30分,旅游局局长…接受专访)
    r"[ \t]*(?:\d{1,2}\s*[:时](?!\s*\d{1,2}\s*分?\s*(?:\d{1,2}\s*秒?)?\s*,\s*(?!来源|浏览|作者|编辑|字号|点击|阅读|发布|责任)[\u4e00-\u9fff])"
    r"|来源|\||$)|[ \t\u3000]+[\u4e00-\u9fff·]{2,12}(?:[ \t\u3000]+[\u4e00-\u9fff·]{2,12}){0,3}[ \t]*$",
    re.MULTILINE,
)
# A year and month a headline reports on (2018年7月份…, 2024年3月全国快递…), no day after it, nor
# a span (2018年7月至9月) or a plan's month (2018年7月起).
HEADLINE_MONTH = re.compile(
    r"(?<!\d)(?P<y>(?:19|20)\d\d)\s*年\s*(?P<m>\d{1,2})\s*月(?!份?\s*(?:\d|[至到—–~-]|起|底|末|以来|前))"
)

# A live report's entry stamp closing its line: (2017-09-20 11:13), [ 2016-03-10 09:09 ].
LIVE_ENTRY_STAMP = re.compile(
    r"(?:(\()|\[[ \t]*)(?P<y>(?:19|20)\d\d)-(?P<m>\d{1,2})-(?P<d>\d{1,2})\s+\d{1,2}:\d{2}(?::\d{2})?"
    r"(?(1)\)|[ \t]*\])[ \t]*(?:\n|$)"
)

# A live report's turn: a line opening with a bracketed speaker (· [国土资源部办公厅副主任夏俊] …).
LIVE_ENTRY_LINE = re.compile(r"[ \t·•]*[\[【]")

# A web address written in a line of text.
URL_IN_LINE = re.compile(r"https?://[!-~]+")

# The issuer's line above a document's closing date (交通运输部办公厅\n2021年3月1日): its signature.
ISSUER_LINE = re.compile(
    r"[\u4e00-\u9fff()()]{2,30}(?:部|厅|局|委|委员会|办公室|政府|中心|院|署|会|司|公司|领导小组|指挥部)"
)

# Quote marks and book-title marks, dropped before calendar look-ups (“十四五”规划 → 十四五规划);
# removed with str.replace, which is several times faster than a regex substitution here.
QUOTE_CHARS = "“”\"'‘’「」『』《》"

# --- year evidence without a written year ---------------------------------------------------------

# A year as the text writes it: 2024年, 2024消费促进年, 《2024中国…公报》 (``bare``: no 年, a name
# straight after it; not 2000多, 2016万), and
# a cited document's number (皖文物督〔2022〕65号: a document of that year; a year named, as any other).
YEAR_MENTION = re.compile(
    r"(?P<y>"
    + _YEAR_DIGITS
    + r")(?<!\d\d{4})(?!\d)(?:\s*年(?!代)|(?P<bare>)(?=[\u4e00-\u9fff])(?![多万亿余个件元人名家项公吨次辆台条处座位所户千百米平只头张份])"
    r"|(?<=〔\d{4})(?=〕\s*\d{1,4}\s*号))"
)

# A target year (到2025年, 2035年远景, 2025年前) says nothing about when the text was written.
TARGET_BEFORE = re.compile(r"(?:(?<![截止])到|(?<!截)至|力争|争取|预计|计划|目标|远景|展望|直至|到了)\s*$")
# Nor a year the work will be done in (全部工作将于2012年完成, 将于2026年底交付, 将在2024年上半年发射); a
# day planned still is (将于2015年12月17日签订, later in the year of writing).
PLANNED_YEAR_BEFORE = re.compile(r"(?:将于|拟于|将在)\s*$")
PLANNED_YEAR_AFTER = re.compile(r"\s*年(?!\s*\d{1,2}\s*月)")
# The first year of a span written before its last (2021-2035年): see dates._PLAN_TERM_YEARS for
# the spans whose last year names no year of writing.
SPAN_START_BEFORE = re.compile(r"(\d{4})\s*年?\s*[-–—~～－]\s*$")
# A plan's span written in brackets after its name (《…第八个五年规划(2021—2025年)》): the plan
# issued or explained, its last year a target, no year of writing (a span reviewed, 2006-2010年,
# is written without the plan's name before it).
# A plan reviewed: its span closed and then the review (…计划(2021-2023年)》实施情况总结会), or a
# review word before it in the sentence (总结…计划(2021-2023年)).
PLAN_REVIEWED_AFTER = re.compile(r"\s*[)）]\s*》?\s*(?:的)?(?:实施情况|执行情况|落实情况|工作)?\s*(?:总结|评估|收官|验收|回顾|考核)")
PLAN_REVIEWED = re.compile(r"总结|评估|收官|回顾|验收")
PLAN_SPAN_BEFORE = re.compile(r"(?:规划|纲要|计划|方案)\s*[(（]\s*\d{4}\s*年?\s*[-–—~～－]\s*$")
TARGET_AFTER = re.compile(
    r"\s*(?:年)?\s*(?:前|底前|年底前|远景|愿景|的目标"
    r"|,?\s*(?:我国|全国|我们)?\s*(?:将|要|基本实现|基本形成|基本建成|全面建成))"
)
# A day that qualifies a thing in an attributive clause (20日签署的行政令, 3月28日发生的强震).
ATTRIBUTIVE_DAY_AFTER = re.compile(r"\s*(?:[上下]午|晚上?|晚间|凌晨|深夜)?[\u4e00-\u9fff]{1,6}?的")
# The day a rule comes into force (自2024年1月1日起实施, 于2021年3月1日起施行).
IN_FORCE_FROM = re.compile(r"(?P<y>\d{4})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日\s*起\s*(?:正式)?(?:施行|实施|执行|生效)")
# A year recalled (早在1979年, 1953年创办): long past when the text was written.
RECALLED_BEFORE = re.compile(r"(?:早在|始于|早于|创办于|创建于|始建于|建于|成立于)\s*$")
# (1978年他曾到过南宁: a year someone recalls having done something in)
RECALLED_AFTER = re.compile(r"\s*年?\s*(?:创办|创建|始建|建成通车|建交|出生|诞生|就已|[\u4e00-\u9fff]{0,3}曾(?:经)?(?:到|来|去|在|任|参加|访问))")

# A year written as finished: 截至2024年底, 刚刚过去的2023年, 比2023年, 2024年全年, 2019年同期.
COMPLETED_BEFORE = re.compile(r"(?:截至|截止|截止到|到|比|较|与|刚刚过去的|(?<!即将)过去的|回顾|总结|相比)\s*$")
# A year's work reported on (通报了2018年全市消费维权工作): gone by, unless a part of it is meant
# (通报了2019年上半年全省安全生产形势, 2019年一季度, 2019年1-6月).
REPORTED_BEFORE = re.compile(r"通报了\s*$")
# A year's work honoured (会议表彰了2021年度药品…工作先进集体: the awards of a year gone by; not
# 表彰了2014全国打假先进集体, a campaign's name that may be the year's own).
HONOURED_BEFORE = re.compile(r"表彰了?\s*$")
YEAR_OF_WORK_AFTER = re.compile(r"年?度")
# A year's whole span written as months (2023年1-12月, 1—12月): no part of it.
WHOLE_YEAR_MONTHS = re.compile(r"\s*年?\s*1\s*[—–~至-]\s*12\s*月")
# A year since which something went on (2023年以来), with no record claimed for it.
SINCE_YEAR_AFTER = re.compile(r"\s*年?\s*以来")
YEAR_PART_AFTER = re.compile(
    # (not a late part, 下半年, 四季度, 12月: reported on after the year)
    r"\s*年?\s*(?:上半年|前三季度|前?[一二三]季度|第[一二三]季度|\d{1,2}\s*[—–~至-]\s*\d{1,2}\s*月|(?:[1-9]|10)\s*月)")
# An award of a year handed out (对2018年度“十佳…”进行了表彰): the year is gone by; one to be
# chosen (启动2024年度“十佳快递员”评选) is not.
AWARD_YEAR_AFTER = re.compile(r"\s*年?度[^,。;\n]{0,16}?(?:十佳|先进|优秀)")
HONOURED = re.compile(r"表彰|授予|颁发|颁奖|授牌")
COMPLETED_AFTER = re.compile(
    # (2018年,各地区…认真贯彻…取得积极成效: a year's results told; not 要/力争…取得新成效, a goal;
    # 2019年以来规模最大的: a record since the year, so a later one; not 2018年以来,…取得显著成效,
    # said within 2018 as often as after it)
    r"\s*年?\s*,(?:(?!要|将|力争|确保|努力|争取|必须|继续|应当|应该|希望|奋力|力求)[^。;\n]){0,80}?"
    r"(?:取得了|取得(?:积极|明显|显著|重大|长足|良好|较好|突出)的?(?:成效|成绩|成果|进展))"
    r"|\s*年?\s*(?:[^,。;\n]{0,10}?(?:达到了|实现了|完成了|突破了)|底|末|年底|年末|全年|全国[\u4e00-\u9fff]{0,8}(?:公报|状况)|[\u4e00-\u9fff]{0,10}(?:公报|状况|统计公报)|同期|以来(?=[^,。;\n]{0,12}?(?:最|首次|新高|新低))|相比|,在|,全国|,我国|我国)"
)
# Words of a plan in a sentence opened by a year (2020年,全市要坚决打好…): the year is to come, not
# done (not the 要 of 主要, 重要).
PLAN_IN_CLAUSE = re.compile(r"(?<![主重需必摘紧只纲提])要(?![素点闻])|力争|确保|努力|争取|必须|计划|预计")
# A year named as work to come: 围绕2018年重点难点工作, 部署2018年工作, 2018年工作要点.
PLAN_BEFORE = re.compile(r"(?:做好|部署|谋划|围绕|安排|筹备|研究)\s*$")
PLAN_AFTER = re.compile(
    r"\s*[\u4e00-\u9fff]{0,8}?(?:重点难点工作|重点工作|工作要点|工作安排|工作计划|工作思路|目标任务)"
)
# 截至2021年11月底: a year written as finished up to a given month.
COMPLETED_THROUGH_MONTH = re.compile(
    r"(?:截至|截止|截止到|到)\s*(?P<y>" + _YEAR + r")\s*年\s*(?P<m>\d{1,2})\s*月(?:底|末|份)?"
)

# The year named inside a meeting's name, as speech headers print it: 在2006年部扶贫领导小组会上的讲话.
SPEECH_YEAR = re.compile(
    r"在(?P<y>" + _YEAR + r")\s*年[\u4e00-\u9fff“”、]{2,30}?(?:会议|大会|会)上的(?:讲话|报告|工作报告|致辞)"
)

# A work report titled with its year (2004年国务院政府工作报告): delivered in that year, whatever
# earlier congresses and anniversaries its text recalls.
REPORT_YEAR_TITLE = re.compile(r"^\s*(?P<y>" + _YEAR + r")\s*年[\u4e00-\u9fff]{0,20}?工作报告\s*$")

# An outlet's dateline written with the full date (民航资源网2010年8月29日消息:, 人民网2023年1月5日电):
# the page's own date. The outlet ends in a word outlets' names end in.
OUTLET_DATELINE = re.compile(
    r"(?:^|(?<=[\n。]))[^\n。,]{0,16}?(?:网|社|报|台|新闻|客户端|在线)[\u4e00-\u9fff]{0,4}?\s*(?:[(（][^)）\n]{0,12}[)）])?\s*"
    r"(?P<y>" + _YEAR_DIGITS + r")\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日\s*(?:消息|讯|电)"
)

# A meeting named after its own year: 2025年行业安全生产暨保通保畅工作会, 2017年全国邮政管理工作会议.
MEETING_YEAR = re.compile(
    r"(?P<y>" + _YEAR + r")\s*年[\u4e00-\u9fff“”、]{2,24}?(?:工作会议|工作会|会议|大会|座谈会)"
)

# A full date as a byline or stamp writes it (2014年05月09日, 2014-05-09 10:30, 2014/5/9).
BYLINE_DATE = re.compile(
    r"(?P<y>" + _YEAR + r")\s*[年/.-]\s*(?P<m>\d{1,2})\s*[月/.-]\s*(?P<d>\d{1,2})(?!\d)"
)

# What may follow a byline's date on its line: a clock time, spaces, then the line break.
BYLINE_TAIL = re.compile(r"日?\s*(?:\d{1,2}[:时]\d{2}(?:[:分]\d{2})?秒?)?[ \t\u3000]*\n\s*")

# ... or named right after the day, opening the clause (3月9日上午,2026年全国两会第二场“部长通道”开启).
MEETING_YEAR_AFTER = re.compile(
    # (年度 names the year a meeting looks back on: 1月5日,2023年度全省快递企业表彰大会 is of 2024)
    # (and after 在: 3月12日,在2023年全国两会第三场“部长通道”上)
    # (and after the body that holds it: 6月13日上午,市场监管总局召开2025年二季度例行新闻发布会)
    r"(?:上午|下午|晚上|晚间|早上|晚)?\s*[,,]?\s*(?:[\u4e00-\u9fff]{2,16}?(?:召开|举行|举办)了?)?在?"
    r"(?P<y>" + _YEAR + r")\s*年(?!度|以来|全年)"
    r"[\u4e00-\u9fff“”、]{0,24}?(?:两会|工作会议|工作会|会议|大会|座谈会|论坛|博览会|峰会|年会|发布会)"
)
# An occasion that looks back on the year it names (2023年国民经济运行情况新闻发布会, 2023年工作总结
# 会议): held after that year, so the year is none of the day's.
YEAR_REVIEWED = re.compile(r"运行情况|总结|回顾|盘点|全年|年报|统计公报")

# Annual full session of a National People's Congress / CPPCC: 十四届全国人大二次会议,
# 第十四届全国人民代表大会第二次会议. Standing-committee sessions (常委会第五次会议) are excluded:
# they meet about every two months, so their number says nothing of the year.
NPC_SESSION = re.compile(
    r"第?(?P<term>十[一二三四五六]?|[一二三四五六七八九])届全国(?:人大|人民代表大会|政协|政治协商会议)"
    r"第?(?P<n>[一二三四五六])次(?:全体)?会议"
)
# The same annual session in CPPCC word order: 全国政协十四届二次会议, 全国政协第十三届全国委员会第三次会议
# (全国政协十四届常委会第五次会议, a standing-committee session, does not match).
CPPCC_SESSION = re.compile(
    r"全国政协第?(?P<term>十[一二三四五六]?|[一二三四五六七八九])届(?:全国委员会)?"
    r"第?(?P<n>[一二三四五六])次(?:全体)?会议"
)
# A standing-committee session of one NPC / CPPCC term (十四届全国人大常委会第五次会议): only the
# term's span of years follows from it.
NPC_STANDING_SESSION = re.compile(
    r"第?(?P<term>十[一二三四五六]?|[一二三四五六七八九])届全国(?:人大|人民代表大会|政协|政治协商会议)"
    r"常(?:务)?委(?:员)?会第?[一二三四五六七八九十]{1,3}次(?:全体)?会议"
)

# Launch of drafting the next five-year plan (启动行业“十三五”规划编制工作): done two years before it starts.
PLAN_DRAFT_LAUNCH = re.compile(
    r"启动[\u4e00-\u9fff]{0,6}?(?P<n>十[一二三四五六七])五[\u4e00-\u9fff]{0,4}?规划(?:的)?编制"
)

# Ordinal of a recurring day: 第53届世界邮政日 (the phrase after 第N届 is looked up in the calendar).
ORDINAL_EVENT = re.compile(
    # (a name joining two with a dash: 第九届中国—东盟博览会, 中国-东盟博览会)
    r"第\s*(?P<n>\d{1,3}|[一二三四五六七八九十]{1,3})\s*(?:届|个|次)\s*(?P<what>[\u4e00-\u9fff“”—–\-－]{2,12})"
)

# An anniversary: 纪念五四运动100周年, 国庆70周年, 67华诞 (the phrase before it is looked up).
ANNIVERSARY = re.compile(r"(?P<n>\d{1,3}|[一二三四五六七八九十百]{1,4})\s*(?:周年|华诞|年华诞)")

# 今年4月: a month of the current year named without a day (a feature spanning several months).
# A span of the year up to now (今年以来, 年初, 1—2月, 前三个月): what such a page reports reaches
# back before the month it was stamped in.
YEAR_SPAN = re.compile(
    r"(?:(?:今年|本年|(?<!\d)(?P<y>\d{4})\s*年)(?:年?初|以来|伊始)"
    r"|(?<![今本\d])年初以来"
    # (1—2月, 1至7月: not a plan's months, 将于1-2月完成)
    r"|(?:(?<![于在\d])(?P<ys>\d{4})\s*年\s*|(?<=今年)|(?<![于在\d年]))"
    r"[1一]\s*[—–~至-]\s*(?:\d{1,2}|[二三四五六七八九十]{1,2})\s*月"
    # (前三个月 opening its clause or after 今年: not 提前三个月, 春运前一个月, 2023年前三个月)
    r"|(?:^|(?<=[,。;\n])|(?<=今年))前(?:\d{1,2}|[一二两三四五六七八九十]{1,2})个?月)")
THIS_YEAR_MONTH = re.compile(r"今年\s*(?P<m>\d{1,2})\s*月(?!\s*\d{1,2}\s*[日号])")

# A full date in English (March 7, 2025; Mar. 7, 2025), as a bilingual page or a photo's caption
# writes it: only to give a month-day written in Chinese its year.
ENGLISH_MONTHS = {m: i for i, m in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1)}
ENGLISH_FULL_DATE = re.compile(
    r"\b(?P<mon>(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?))\.?\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?,\s*"
    r"(?P<y>(?:19|20)\d\d)\b"
)

# A sentence that opens with a recent, undated act, at its stop (。日前,国务院常务会议审议通过了…).
RECENT_OPENS = re.compile(r"[。!?;\n]\s*(?:日前|近日|目前|近期)")
# What a sentence tells when its day is an incident's, not an official's act (11月21日16时许,…厂房
# 发生一起特别重大火灾事故; 7月6日,…水库发生溃坝).
INCIDENT = re.compile(r"溃坝|坍塌|倒塌|垮塌|爆炸|火灾|地震|事故|灾害|险情")
# A meeting convened or held in a sentence opening with its day, in the paragraph that names the
# officials after an incident's (11月23日下午,…调查组在安阳召开第一次全体会议): its day is theirs.
CONVENED_AFTER_INCIDENT = re.compile(r"召开|举行|主持")
