"""Every regular expression and selector table used by :mod:`policydata.extract`, compiled once.

Kept apart from the code so the rules a reader (or a linguist) must review sit in one place.
"""

from __future__ import annotations

import re

# --- dates ----------------------------------------------------------------------------------------
# a calendar date with optional time: 2022-03-24, 2022/3/24 19:20, 2022年03月24日 19:20:03,
# 2022.01.20 16:31, 2020-02-29T18:34:31+08:00, 2007-08-20-23:59:59 (gov.cn gazette meta)
DATE_TIME = re.compile(
    r"(?<!\d)((?:19|20)\d\d)\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?!\d)\s*日?"
    r"(?:(?:\s*|T|-|日)(\d{1,2})\s*[:：时]\s*(\d{1,2})(?:\s*[:：分]\s*(\d{1,2}))?)?"
)
# dates embedded in article URLs: /2012-04/25/, /2024/0510/, /20220324/, t20220324_, doc-…2024-05-16
URL_DATE = re.compile(
    r"(?<!\d)((?:19|20)\d\d)[-/_]?(0[1-9]|1[0-2])[-/_]?(0[1-9]|[12]\d|3[01])(?!\d)"
    r"|(?<!\d)((?:19|20)\d\d)[-/](0[1-9]|1[0-2])/(0[1-9]|[12]\d|3[01])(?!\d)"
)
# a visible publication label followed (within a few characters) by the date it introduces
# (Simplified or Traditional: 发布时间 / 發布時間)
PUBLISHED_LABEL = re.compile(
    r"(?:[发發][布表稿文][时時][间間]|[发發][布表文]日期|更新[时時][间間]|[时時][间間]|日期|[发發]布)"
    r"\s*[:：]?\s*(?=\d{4})"
)
# 成文日期 in the 信息公开 table of a government document: the date the document itself carries
DOCUMENT_DATE_LABEL = re.compile(r"成文日期\s*[:：]?\s*(?=\d{4})")
# Traditional forms of the byline labels, folded so one table of label names serves both scripts
LABEL_T2S = str.maketrans("記責編輯發時間來", "记责编辑发时间来")

# Founder (方正) newspaper CMS: properties kept in a comment after the article,
# <!--enpproperty <date>2022-02-13 00:00:00:0</date><author>…</author>…-->
ENP_PROPERTY = re.compile(r"<!--\s*enpproperty\s(.*?)-->", re.DOTALL)
# one <name>value</name> field inside an enpproperty comment
ENP_FIELD = re.compile(r"<(date|author|title|nodename|subtitle)>([^<]*)</\1>")

# --- outlet / author ------------------------------------------------------------------------------
# 来源：人民日报 / 来源: 央视网 / 稿源：… — the outlet ends at whitespace, a bar or the next label
SOURCE_LINE = re.compile(
    r"(?:[来來]源|稿源|文章[来來]源|信息[来來]源|[资資]料[来來]源|出[处處])\s*[:：]\s*"
    r"([^\s|｜<>:：()（）【】\[\]]{2,30}?)"
    r"(?=\s|$|[|｜()（）【】\[\]]|\d{4}|(?:作者|[记記]者|[编編][辑輯]|[责責]任[编編][辑輯]|[时時][间間]|[发發]布|日期|"
    r"[浏瀏][览覽]|点[击擊]|點擊)[:：\s])"
)
# 作者：王乐文 / 记者 栗翘楚 / 责任编辑：刘光博 / 编辑：杨书杰 (one to four names, space separated)
AUTHOR_LINE = re.compile(
    r"(作者|[记記]者|[责責]任[编編][辑輯]|[编編][辑輯]|撰稿)[ \t]*[:：][ \t]*"
    r"((?:[\u4e00-\u9fff·]{2,5})(?:[ \t\u3000、,，]+(?![\u4e00-\u9fff]{2,6}[ \t]*[:：])[\u4e00-\u9fff·]{2,5}){0,3})"
    r"(?![\u4e00-\u9fff]*[ \t]*[:：])"
)
# "本报记者 王乐文 方 敏" bylines without a colon (names of 2–4 Han characters, spaces inside
# two-character names are layout padding)
REPORTER_BYLINE = re.compile(
    r"(?:本[报報]|本台|本[网網])?[记記]者\s+((?:[\u4e00-\u9fff](?:\s?[\u4e00-\u9fff]){1,3}\s*){1,4})$"
)
# "来源：" prefix inside a meta source value
SOURCE_PREFIX = re.compile(r"^\s*(?:[来來]源|稿源|信息[来來]源|文章[来來]源)\s*[:：]\s*")

# --- titles ---------------------------------------------------------------------------------------
# a leading media-kind tag that says what the page carries, not what the story is:
# [视频] 【图文】 (组图) [高清组图] 【直播】 — thematic column labels such as 【新春走基层】 stay
TITLE_MEDIA_PREFIX = re.compile(
    r"^\s*[\[【(（]\s*(?:视频|图文|组图|高清组图|图片|图|直播|音频|快讯|动画|微视频|短视频|独家|"
    r"video|photos?)\s*[\]】)）]\s*",
    re.IGNORECASE,
)
# separators between a headline and the site / channel names appended by the CMS
TITLE_SEPARATOR = re.compile(r"\s*(?:_{1,2}|\s[-–—|｜]{1,2}\s|-{1,2}|\|{1,2}|｜)\s*")
# a title segment that names a site or portal: …网 / …網 at the end, or a portal word anywhere
SITE_SEGMENT_STRONG = re.compile(
    r"[网網]$|网站|網站|频道|頻道|官网|官方网站|门户|門戶|客户端|新闻中心|公报|"
    r"(?:部|厅|局|委员会|办公厅|人民政府)$|"
    r"\.com|\.cn|\.net|\.org|[Cc][Cc][Tt][Vv]|The Paper|[Cc]hina"
)
# channel and column words; they name a section only in a short segment (国务院文件, 经济·科技)
SITE_SEGMENT_WEAK = re.compile(
    r"新闻|新聞|资讯|首页|首頁|在线|日报|晚报|时报|周刊|央视|要闻|国内|国际|财经|股票|政务|中南海|文化|科技|"
    r"经济|健康|生活|纪检|社会|时政|本地|专题|栏目|子站|文件|动态|解读|政策|信息公开|公开|"
    r"[部厅局委办署]$|委员会$|办公室$|办公厅$|中华人民共和国"
)
# a site name glued to the headline with a space only: "… 过廉洁之年 河南日报网"
TITLE_SPACE_SITE = re.compile(r"\s+(?!互联网|物联网|因特网|局域网)[\u4e00-\u9fff]{2,8}[网網]$")
# what may follow a headline inside <title>: nothing, or a separator and the site names
TITLE_TAIL = re.compile(r"^(?:$|\s*(?:_|-|\||｜|–|—|\s-\s))")

# --- body lines -----------------------------------------------------------------------------------
# a section heading after which only related links, comments or legal notices follow
TRAILER_HEADING = re.compile(
    r"^\s*[【\[]?\s*(?:相[关關](?:新[闻聞]|[阅閱][读讀]|[链鏈]接|[报報][道导導]|文章|稿件)|延伸[阅閱][读讀]|"
    r"推荐[阅閱][读讀]|推薦閱讀|[热熱][点點]推[荐薦]|[热熱][门門]推[荐薦]|猜你喜[欢歡]|"
    r"[网網]友[评評][论論]|最新[评評][论論]|最[热熱][评評][论論]|我要[评評][论論]|反侵[权權]公告|免[责責][声聲]明|"
    r"版[权權][声聲]明|上一篇|下一篇|你可能(?:[会會])?喜[欢歡]|[热熱][门門]文章|精彩推[荐薦]|相[关關]推[荐薦]|"
    r"更多精彩|[编編][辑輯]推[荐薦]|大家都在看|[为為]你推[荐薦])"
    r"\s*[】\]]?\s*[:：]?"
)
# boilerplate lines that can sit anywhere in a container: print/close/share widgets, teasers
JUNK_LINE = re.compile(
    r"^\s*(?:【?\s*(?:打印|列印|[关關]閉|关闭|打印本[页頁]|[关關][闭閉][窗视視]窗|[字]?[号號]|大|中|小|默[认認]|收藏|"
    r"[纠糾][错錯]|分享)\s*】?\s*){1,}$"
    r"|【详细】\s*$|\.\.\.\s*【详细】"
    r"|^\s*(?:分享到|[扫掃]一[扫掃]|字[体體]|字[号號]|[关關][闭閉]窗口|返回[顶頂]部|【打印】|\[打印\])"
    r"|^\s*(?:版[权權]所有|Copyright|©)"
    r"|^\s*(?:当前位置|现在位置|您的位置|你的位置|所在位置|您现在的位置)\s*[:：]"
    # reaction buttons (- 好文 - 钦佩 - 喜欢 - 泪奔), a follow-us line, a video player's caption
    r"|^\s*(?:[-·|]?\s*(?:好文|钦佩|喜欢|泪奔|可爱|思考|点赞|感动|愤怒|搞笑|难过)\s*){3,}$"
    r"|^\s*(?:关注公众号|扫码关注|长按识别二维码)|^\s*Play Video\s*$"
    # a tag line (关键词 >> 习近平): the line only; 关键词一:… may head a section
    r"|^\s*[关關][键鍵][词詞]\s*>>"
)
# runs of whitespace inside one line (incl. full-width spaces and nbsp) collapse to one space
INLINE_SPACE = re.compile(r"[ \t\u00a0\u3000\u2002\u2003\u200b\ufeff\r\f\v]+")
# class / id tokens of page furniture inside article containers (share bars, comments, ads)
JUNK_ATTR = re.compile(
    r"(?:^|[\s_-])(?:share|bdshare|sharebox|comment|comments|related|relate|recommend|tool|tools|"
    r"toolbar|print|advert|ads?|footer|nav|breadcrumb|crumb|pager|page-nav|pagination|qrcode|"
    r"ewm|weixin|wechat|hot|rank|sidebar|audio-player|video-player)(?:$|[\s_-])",
    re.IGNORECASE,
)
# Han characters: used to measure how much article text an element holds
HAN = re.compile(r"[\u3400-\u9fff]")
# an XML declaration with an encoding, which lxml refuses on already-decoded strings
XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)

# --- article containers of Chinese government and news CMSs ---------------------------------------
# "#id" or ".class" markers, most trusted first: gov.cn and the 开普云 UCAP CMS (#UCAP-CONTENT,
# .pages_content), TRS WCM editors (provincial portals, ministries), #zoom of many government
# sites, 央视网 (#content_area, .cnt_bd), 人民网 (.rm_txt_con), 新华网 (#p-detail, #detail),
# 腾讯 (#Cnt-Main-Article-QQ), 新浪 (#artibody, #article), 网易 (#endText, .post_body),
# 光明网 (.u-mainText); generic names (article, detail, content) come last because page wrappers
# use them too.
CONTAINER_MARKERS: tuple[str, ...] = (
    "#UCAP-CONTENT",
    ".pages_content",
    ".TRS_Editor",
    ".TRS_UEDITOR",
    "#zoom",
    "#fontzoom",
    "#content_area",
    ".content_area",
    ".cnt_bd",
    ".rm_txt_con",
    "#p-detail",
    "#Cnt-Main-Article-QQ",
    "#artibody",
    "#article_content",
    ".article-content",
    ".article_content",
    "#endText",
    ".post_text",
    ".post_body",
    ".u-mainText",
    "#text_area",
    "#font_area",
    "#essay",
    "#ozoom",
    ".page_text",
    ".artDet",
    ".detail-content",
    ".detail_con",
    ".news_content",
    ".news-content",
    ".newsContent",
    "#articleContent",
    ".articleContent",
    ".text_con",
    ".con-text",
    ".content-content",
    ".xl-content",
    "#detail",
    "#article",
    ".article",
    ".detail",
    "#content",
    ".content",
    ".zw",
)
# a leftover </html> or </body> in the middle of a page (templates glued together): libxml2
# stops reading at the first one, so they are removed before parsing
STRAY_END_TAG = re.compile(r"</(?:html|body)\s*>", re.IGNORECASE)
# markup inside a meta value (<meta name="ArticleTitle" content="…<div>——副题</div>">)
TAG = re.compile(r"<[^<>]{0,200}>")
# sentinels that mark link text while an element is rendered (private-use, never in real text)
LINK_OPEN = "\ue000"
LINK_CLOSE = "\ue001"
# a stretch of link text between sentinels
LINK_SPAN = re.compile("\ue000[^\ue001]*\ue001")
# a line that is only table-cell bars as trafilatura renders layout tables ("| | |")
TABLE_BARS = re.compile(r"^[\s|]*$|^\|\s*|\s*\|$")
# an organisation rather than a person in an author field (网易, 新京报, 系统管理员, 中国科普网)
ORG_NAME = re.compile(
    r"[网網报報社台部局委会會厅廳院站刊]$|新[闻聞]|管理[员員]|[编編][辑輯]部|客[户戶]端|日[报報]|[经經]濟|经济|"
    r"网易|新浪|搜狐|腾讯|凤凰|澎湃|^[A-Za-z0-9_]+$"
)
# a byline line at the top of a body: a date and/or 来源 with little else
BYLINE_LINE = re.compile(
    r"^(?:.{0,20}(?:19|20)\d\d[-/.年]\d{1,2}[-/.月]\d{1,2}.{0,30}|.{0,10}[来來]源\s*[:：].{0,30})$"
)

# What may stand before the date of a stamp line at the head of an article: brackets, or a
# 时间/日期 label (2019-03-01 10:20 来源:…, 【2019年3月1日】, 发布时间:2019年3月2日).
STAMP_OPENING = re.compile(r"[\s\[【(（]*(?:(?:发布|发表|更新)?(?:时间|日期)\s*[:：]?\s*)?")
# A clause going on right after a date at a line's head (2022年2月4日,全球… / 2022年2月4日上午,…):
# the line tells of that day; it is no stamp.
CLAUSE_AFTER_DATE = re.compile(r"\s*(?:上午|下午|晚上?|凌晨|中午|早上|傍晚|夜间)?\s*[,，;；]")
