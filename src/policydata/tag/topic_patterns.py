"""Regular expressions of the topic, keyword and mention taggers — compiled once, here only.

Each pattern says what it matches and why; the taggers import them by name.
"""

from __future__ import annotations

import re

# End of an evidence sentence: full stop, question/exclamation marks (folded to ASCII by the
# normaliser) with the closing quotes after them, or a line break (titles and headings have no
# full stop; the sentence ends before it). Opening with the set of stop characters lets the
# regex engine skip ahead quickly; the caller ends the sentence at a line break's start.
SENTENCE_END = re.compile(r"[。!?\n][。!?]*[”’\"']*")

# An organisation-name tail right after a topic term: the term is part of a body's name
# (交通运输部, 安全生产委员会, 国家邮政局邮政业安全中心, 市场监管司), so it is not evidence.
# Multi-character suffixes may follow a short qualifier (安全生产监督管理局); single-character
# ones must follow at once and exclude the common words they start (部署, 局面, 司机, 处置 …).
# First characters of every suffix above: a hit with none of them in the next five characters
# cannot be inside a name, and the regex is not tried (most hits). A character-class search over
# those five characters is the cheapest test (no slice, no per-character objects).
ORG_TAIL_GATE = re.compile("[委办领研协学有股集管监总中联基部局厅司处署科]")
ORG_TAIL = re.compile(
    r"(?:[\u4e00-\u9fff]{0,4}?(?:委员会|办公室|领导小组|研究院|研究所|研究中心|协会|学会|有限公司|"
    r"股份公司|集团|管理局|监督局|总局|研究会|联合会|基金会))"
    r"|(?:中心(?!任务|工作|环节|城市|地位)|等?部门|部(?![署分位件队属期际])|局(?![面势限部所])|厅|"
    r"司(?![机法])|处(?![置理罚于在])|委(?![托屈])|署(?![名])|办(?![理法好事成实])|科(?![技学研普]))"
)

# A negation cue before the term in the same clause, at most 12 characters away: the term is
# mentioned as what is *not* addressed (不涉及快递包装, 并非安全事故). Ordinary 不/未 are not
# enough (未发生安全事故 still reports on safety), nor is 排除 (排除隐患 removes hazards).
# The cues themselves are found in the topic automaton's pass (topics.NEGATION_CUES).
NEGATION_BEFORE = re.compile(r"(?:不涉及|未涉及|不属于|并非|不包括|不包含|无关于)[^,,;;:。!?\n]{0,12}$")
# A negation cue after the term in the same clause (与疫情无关, 同包装问题没有关系).
NEGATION_AFTER = re.compile(r"[^,,;;:。!?\n]{0,8}?(?:无关|没有关系|没关系|不相关)")

# A line that opens a list of related links or other stories: everything after it up to the
# next prose line is navigation, not the document (相关新闻, 上一篇, 随便看看 …).
RELATED_MARKER = re.compile(
    r"^\s*[【\[]?\s*(?:相关(?:新闻|阅读|链接|文章|内容|热点|报道|推荐|专题|稿件)|延伸阅读|推荐阅读|热门(?:新闻|文章|推荐)|"
    r"热点(?:新闻|推荐)|随便看看|猜你喜欢|上一篇|下一篇|上一条|下一条|更多(?:新闻|阅读|精彩)|最新(?:新闻|文章)|"
    r"往期回顾|精彩图片|图片新闻|友情链接|免责声明|特别声明|版权声明)",
    re.MULTILINE,
)

# The last clause break in a short window before a hit (comma, semicolon, colon, stop, enumeration
# comma or line break): an upgrade cue must stand after it, in the hit's own clause. Anchored at
# the window's end through the negative lookahead, so search finds the last break.
CLAUSE_BREAK_BEFORE = re.compile(r"[,;:。!?、\n](?=[^,;:。!?、\n]*$)")
# The first clause break after a position (for an upgrade's cue after its term).
CLAUSE_BREAK_AFTER = re.compile(r"[,;:。!?、\n]")

# Prose punctuation: a line with none of these is a title, heading or link text, not a sentence.
PROSE_PUNCT = re.compile(r"[,,。;;!?:]")

# A reprint's note of the original headline ((原题为《…》), 原标题:…): content, not navigation.
ORIGINAL_TITLE = re.compile(r"\s*[(\[【]?\s*原(?:标)?题")

# Han characters (to tell link text from date/number lines).
HAN = re.compile(r"[\u4e00-\u9fff]")

# A non-empty line (to find the title block at the top of a document).
NONEMPTY_LINE = re.compile(r"[^\n]*\S[^\n]*")

# ASCII letters or digits joined by punctuation that jieba-rs keeps in one token and jieba splits
# (www.spb.gov.cn, a_b, 2021-2025, 2024.11.05); plain decimals (313.5, 51.7%) are one token in both.
# Written to start at the joining punctuation, with the character(s) before it checked by
# lookbehind: a pattern that opens with a small character set lets the regex engine skip the
# Han text quickly (six times faster on a whole document than opening with [A-Za-z0-9]). Same
# texts match as the plain form
# [A-Za-z0-9][_\-@+#&]+[A-Za-z0-9] | [A-Za-z]\.[A-Za-z0-9] | [0-9]\.[A-Za-z] | \d\.\d+[.A-Za-z].
ASCII_JOINED = re.compile(
    r"[_\-@+#&.](?:(?<=[A-Za-z0-9][_\-@+#&])[_\-@+#&]*[A-Za-z0-9]|(?<=[A-Za-z]\.)[A-Za-z0-9]"
    r"|(?<=[0-9]\.)[A-Za-z]|(?<=\d\.)\d+[.A-Za-z])"
)

# The rest of a body's name after a place (黑龙江省邮政管理局, 四川省交通运输厅, 广东省委,
# 太原市人民政府): an optional level, a short name and an organisation suffix. The short name holds
# no function word or reporting verb (a name has no 的, 和, 等, 会见 …: 北京会见美国前财政部 is no
# body), and single-character suffixes exclude the words they end or start (部署, 大部, 布局, 局地,
# 地处, 出院, 举办 …).
ORG_AFTER_PLACE = re.compile(
    r"(?:省|市|自治区|特别行政区|地区|县|区)?"
    r"(?:(?!会见|会谈|举行|召开|出席|成立|表示|指出|强调|考察|调研|发布|[的和与及等在同是为对将已])[\u4e00-\u9fff]){0,8}?"
    r"(?:人民政府|人大常委会|委员会|办公室|办公厅|监督管理局|管理局|总局|研究院|研究所|研究中心|协会|学会|"
    r"有限责任公司|股份有限公司|有限公司|集团|公司|中心(?!任务|工作|城市|地位)|"
    r"(?<![餐大客门展])厅|(?<![全内东西南北中外干局一大上下底头腹背面])部(?![署分门位件队属期际])|"
    r"(?<![布格结大当开变全饭骗赌])局(?![面势限部所地])|委(?![托屈])|"
    r"(?<![举创开主承申督兴合包买代操])办(?![理法好事成实赛])|"
    r"(?<![庭书寺出入住])院(?![士长子落])|(?<![公上官])司(?![机法])|"
    r"(?<![到各相好难益住出一四地身])处(?![置理罚于在]))"
)

# First characters of ORG_AFTER_PLACE's suffixes, and how far after the place a suffix can start
# (a level of up to five characters, then up to eight of name): a place with none of these
# characters in that reach heads no body, and the regex is not tried (most places).
ORG_SUFFIX_CHARS = frozenset("人委办监管总研协学有股集公中厅部局院司处")
ORG_SUFFIX_REACH = 5 + 8 + 1
# The same test as one character-class search over the reach (no slice, no per-character objects).
ORG_SUFFIX_GATE = re.compile("[" + "".join(sorted(ORG_SUFFIX_CHARS)) + "]")

# A department after a known body (国家邮政局市场监管司, 交通运输部政策研究室).
ORG_DEPARTMENT = re.compile(r"[\u4e00-\u9fff]{2,6}?(?:司(?![机法])|办公室|研究室|研究中心|研究院)")

# A token worth weighing as a keyword: two or more Han characters, or a word with a Latin letter
# (5G, APEC); numbers, punctuation and single characters are not keywords.
KEYWORD_TOKEN = re.compile(r"[\u4e00-\u9fff]{2,}|(?=[A-Za-z0-9]*[A-Za-z])[A-Za-z0-9]{2,}")
