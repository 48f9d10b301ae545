"""Regular expressions of the topic, keyword and mention taggers — compiled once, here only.

Each pattern says what it matches and why; the taggers import them by name.
"""

from __future__ import annotations

import re

# End of an evidence sentence: full stop, question/exclamation marks (folded to ASCII by the
# normaliser), or a line break (titles and headings have no full stop).
SENTENCE_END = re.compile(r"[。!?]+[”’\"']?|\n")

# An organisation-name tail right after a topic term: the term is part of a body's name
# (交通运输部, 安全生产委员会, 国家邮政局邮政业安全中心, 市场监管司), so it is not evidence.
# Multi-character suffixes may follow a short qualifier (安全生产监督管理局); single-character
# ones must follow at once and exclude the common words they start (部署, 局面, 司机, 处置 …).
ORG_TAIL = re.compile(
    r"(?:[\u4e00-\u9fff]{0,4}?(?:委员会|办公室|领导小组|研究院|研究所|研究中心|协会|学会|有限公司|"
    r"股份公司|集团|管理局|监督局|总局|研究会|联合会|基金会))"
    r"|(?:中心(?!任务|工作|环节|城市|地位)|等?部门|部(?![署分位件队属期际])|局(?![面势限部所])|厅|"
    r"司(?![机法])|处(?![置理罚于在])|委(?![托屈])|署(?![名])|办(?![理法好事成实])|科(?![技学研普]))"
)

# Clause boundaries used by the negation rule (a negation cue counts only in its own clause).
CLAUSE_END = re.compile(r"[,,;;:。!?\n]")

# Negation cues that take a topic out of a clause: the term is mentioned as what is *not*
# addressed (不涉及快递包装, 与疫情无关, 并非安全事故). Ordinary 不/未 are not enough: 未发生
# 安全事故 still reports on safety.
NEGATION_BEFORE = re.compile(r"(?:不涉及|未涉及|并不涉及|不属于|并非|不包括|不包含|无关于|排除了?)[^,,;;:。!?\n]{0,12}$")
# Negation cue after the term in the same clause (与疫情无关, 同包装问题没有关系).
NEGATION_AFTER = re.compile(r"^[^,,;;:。!?\n]{0,8}?(?:无关|没有关系|没关系|不相关)")

# A line that opens a list of related links or other stories: everything after it up to the
# next prose line is navigation, not the document (相关新闻, 上一篇, 随便看看 …).
RELATED_MARKER = re.compile(
    r"^\s*[【\[]?\s*(?:相关(?:新闻|阅读|链接|文章|内容|热点|报道|推荐|专题|稿件)|延伸阅读|推荐阅读|热门(?:新闻|文章|推荐)|"
    r"热点(?:新闻|推荐)|随便看看|猜你喜欢|上一篇|下一篇|上一条|下一条|更多(?:新闻|阅读|精彩)|最新(?:新闻|文章)|"
    r"往期回顾|精彩图片|图片新闻|友情链接)"
)

# Prose punctuation: a line with none of these is a title, heading or link text, not a sentence.
PROSE_PUNCT = re.compile(r"[,,。;;!?:]")

# Han characters (to tell link text from date/number lines).
HAN = re.compile(r"[\u4e00-\u9fff]")

# A non-empty line (to find the title block at the top of a document).
NONEMPTY_LINE = re.compile(r"[^\n]*\S[^\n]*")
