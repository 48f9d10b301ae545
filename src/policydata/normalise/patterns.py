"""Every regular expression the normaliser uses, compiled once at import.

Patterns run on text that is already width-folded (，→, ：→: （）→() …) and, from the script step
on, Simplified. One comment per pattern says what it matches and why.
"""

from __future__ import annotations

import re

# ---------------------------------------------------------------- character classes (strings)

HAN = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
# vowels with tone marks and other letters that occur in Hanyu Pinyin
PINYIN_LETTERS = r"a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüêńňǹḿ"
TONE_MARKS = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"
# cp1252 glyphs that UTF-8 continuation bytes 0x80–0x9F turn into when mis-decoded
CP1252_HIGH = "\u20ac\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u017d\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u017e\u0178"

# one Han character (counting) / one digit
HAN_CHAR = re.compile("[\u4e00-\u9fff]")
NOT_HAN_RUN = re.compile("[^\u4e00-\u9fff]+")
DIGIT = re.compile(r"\d")

# ---------------------------------------------------------------- the special-character inventory

# the Traditional-only characters that GB2312 can encode (tests/test_normalise.py checks this
# against the converter's table): a text that encodes to GB2312 without any of them is Simplified
GB2312_TRADITIONAL = "乾夥後徵拚摺於矽菸醣醯麴麽"
# every character some step may need to act on, as a few contiguous ranges (a Python regex scans a
# handful of ranges fast; one findall per document replaces a dozen separate full-text scans):
# controls, Latin-1 (mojibake, NBSP, soft hyphen), general punctuation (zero-width, dashes,
# quotes, bidi), enclosed numerals, block elements, misc symbols/dingbats (emoji), CJK punctuation
# and U+3000, private use, compatibility ideographs, variation selectors, vertical and small colon
# forms (U+FE13, U+FE30, U+FE55), full/half-width forms,
# specials (U+FFFD), astral emoji and tag characters, ASCII ? [ ] ^ < *, and GB2312_TRADITIONAL
SPECIAL_CHAR = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\xff\u2000-\u206f\u2212\u2474-\u249b\u2580-\u259f\u2600-\u27bf"
    "\u2b00-\u2bff\u3000\u300c-\u300f\u301c-\u301f\u30fb\ue000-\ufaff\ufe00-\ufe0f\ufe13\ufe30\ufe41-\ufe44"
    "\ufe55\ufe58\ufe63\ufeff-\uff64\ufff9-\ufffd\U0001f000-\U0001faff\U000e0000-\U000e01ef?\\[\\]^<*&"
    f"{GB2312_TRADITIONAL}]"
)
# the same inventory without the characters news text is full of: the common full-width marks
# (SPECIAL_COMMON, found with ``in`` — a regex would stop at every one of them) and “”‘’—–…·,
# which no step's gate asks about
SPECIAL_RARE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\xb6\xb8-\xff\u2000-\u2012\u2015-\u2017\u201a-\u201b\u201e-\u2025"
    "\u2027-\u206f\u2212\u2474-\u249b\u2580-\u259f\u2600-\u27bf\u2b00-\u2bff\u300c-\u300f"
    "\u301c-\u301f\u30fb\ue000-\ufaff\ufe00-\ufe0f\ufe13\ufe30\ufe41-\ufe44\ufe55\ufe58\ufe63\ufeff-\uff00"
    "\uff02-\uff07\uff0a-\uff0b\uff0d-\uff19\uff1c-\uff1e\uff20-\uff64\ufff9-\ufffd"
    "\U0001f000-\U0001faff\U000e0000-\U000e01ef?\\[\\]^<*&"
    f"{GB2312_TRADITIONAL}]"
)
SPECIAL_COMMON = "\uff0c\uff1a\uff1b\uff08\uff09\uff01\uff1f\u3000"  # ，：；（）！？ and U+3000
# characters of SPECIAL_CHAR left out of both (no gate looks for them)
SPECIAL_IGNORED = "\u2013\u2014\u2018\u2019\u201c\u201d\u2026\u00b7"
# "?" that may stand for a lost character: before punctuation, a pinyin tail or another "?"
QUESTION_SEED = re.compile(rf"\?(?:[;。,、▍^?]|[{PINYIN_LETTERS}]+\))")

# ---------------------------------------------------------------- markup and invisible chars

# HTML comments such as <!--repaste.body.begin--> left in scraped text (CCTV transcripts)
HTML_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
# a well-formed tag of real HTML (<br>, </p>, <a href=…>) left in plain text; never spans lines.
# Only known element names: Taiwanese text writes book titles as <Playing The Enemy>.
HTML_TAG = re.compile(
    r"</?(?:a|abbr|b|big|blockquote|body|br|center|code|div|em|font|h[1-6]|head|hr|html|i|iframe|img|"
    r"input|label|li|link|meta|nobr|ol|p|pre|script|section|small|span|strong|style|sub|sup|table|"
    r"tbody|td|th|thead|title|tr|u|ul|article|figure|figcaption|video|source)"
    r"(?:\s[^<>\n]{0,300})?\s*/?>",
    re.IGNORECASE,
)
# Markdown image ![alt](src) — no text value
MD_IMAGE = re.compile(r"!\[[^\]\n]{0,200}\]\([^)\n]{0,500}\)")
# Markdown bold **…** (also ***…*** and nested ****…****, closed by the same run) — keep the
# words, drop the asterisks; one match takes the whole run, so normalising twice changes nothing
MD_BOLD = re.compile(r"(\*{2,4})([^*\n]{1,200}?)\1")
# cheap test for the markup step
MARKUP_HINT = re.compile(r"<[!/A-Za-z]|\*\*|!\[")
# an HTML character reference (&#x65B0;, &#26032;, &nbsp;) left in plain text
CHAR_REFERENCE = re.compile(r"&(?:#[0-9]{2,7}|#[xX][0-9A-Fa-f]{2,6}|nbsp);")
# cheap test for HTML_TAG (same case folding, so a superset of its matches)
TAG_HINT = re.compile(r"</?[a-z]", re.IGNORECASE)

# zero-width, bidi, soft hyphen, BOM, variation selectors and C0/C1 controls (not \t \n)
INVISIBLE = re.compile(
    "[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064"
    "\u206a-\u206f\ufe00-\ufe0f\ufeff\ufff9-\ufffb\U000e0000-\U000e01ef]+"
)
# carriage returns and Unicode line/paragraph separators become plain newlines
LINE_BREAKS = re.compile("\r\n?|[\x0b\x0c\x85\u2028\u2029]")

# ---------------------------------------------------------------- punctuation and whitespace

# (patterns that scan whole texts open with a literal or a character class: the regex engine then
# jumps between candidate positions instead of trying a match at every offset)
# a run of spaces inside a line
SPACE_RUN = re.compile(r"  +")
# A name printed with its characters spaced out on a line of its own, as speech bylines are
# (习 近 平): looked for near the top only, where bylines stand.
SPACED_NAME_LINE = re.compile(r"(?m)^[\u4e00-\u9fff](?: [\u4e00-\u9fff]){1,3}$")
SPACED_NAME_ZONE = 600
# What stands just above a speech's byline: its subtitle (——在…上的讲话), its date in brackets, or
# the speaker's post (国务院总理): a short line after one of them is the speaker's name, not junk.
BYLINE_CONTEXT = re.compile(
    r"上的(?:讲话|报告|工作报告|致辞|发言|演讲|主旨演讲|总结讲话)|^——|^\(\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*\)$"
    r"|(?:总理|副总理|部长|副部长|局长|副局长|主席|副主席|书记|副书记|主任|副主任|委员长|省长|市长|国务委员)$"
)
BYLINE_NAME = re.compile(r"[\u4e00-\u9fff]{2,4}")
# Spaces beside a Chinese clause mark (folded ，；：, and 、 。) inside Chinese text: 主持召开会议, 要求…
# (a space typed after the full-width comma, or &nbsp;), 要求 ,稳住. Taggers' patterns read
# 会议,要求 as one clause and would not see through the space. The mark counts as Chinese when a
# Han character or a closing quote/bracket stands before it, and only spaces before a Han
# character or an opening quote/bracket are taken, so Latin text (Hello, world), numbers (1, 2)
# and a breadcrumb's " ? " stay. Opens with the literal space: the scan jumps between spaces.
SPACE_BY_CLAUSE_MARK = re.compile(
    " (?:(?<=[\u4e00-\u9fff”’》」』)】] ) *(?=[,;:、。])"
    "|(?<=[\u4e00-\u9fff”’》」』)】][,;:、。] ) *(?=[\u4e00-\u9fff“‘《「『(【]))"
)
# spaces closing a line (literal prefix: the scan jumps between spaces)
LINE_END_SPACES = re.compile(r"  *\n")
# a line break followed by empty lines and the next line's leading spaces
NEWLINE_RUN = re.compile(r"\n[ \n]+")
# a run of sentence punctuation; runs holding a comma or a doubled 、 are collapsed to one mark
PUNCT_RUN = re.compile(r"[,、。;:!?][,、。;:!?]+")
# a comma doubled or next to stronger punctuation (,X or X,), the cheap test for doubled marks
# (a doubled enumeration comma 、、 is tested with ``in``). It opens with the literal comma, so the
# regex engine jumps from comma to comma; X, is the comma looking back.
PUNCT_DUP_HINT = re.compile(r",(?:[,。、;:!?]|(?<=[。、;:!?],))")


def literal_alternation(terms) -> re.Pattern:
    """One regex matching any of ``terms`` (at the leftmost place one occurs, the longest there);
    used for catalogues loaded from data.

    Written as a trie, 本(?:网|站|公众号)…: at a candidate position the engine follows the one
    branch of the character there instead of trying every term in turn (and a greedy ``?`` on a
    term that continues keeps "longest first")."""
    trie: dict = {}
    for term in set(terms):
        node = trie
        for ch in term:
            node = node.setdefault(ch, {})
        node[""] = {}  # a term ends here

    def pattern(node: dict) -> str:
        alts = [re.escape(ch) + pattern(child) for ch, child in sorted(node.items()) if ch]
        if not alts:
            return ""
        if "" in node:
            return "(?:" + "|".join(alts) + ")?"
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    return re.compile(pattern(trie))


# ---------------------------------------------------------------- pinyin

# "(" directly followed by a Latin letter: the fast-path test for the pinyin step
PAREN_LATIN = re.compile(r"\([A-Za-z\u00c0-\u01dc]")
# one Han character followed by one or more parenthesised pinyin syllables: 調(diào), 長(zhǎng)
# (tone marks or a tone number 1–5; v stands for ü in tone-number spellings; some reposts keep a
# space before the closing parenthesis: 會(huì ))
PINYIN_AFTER_HAN = re.compile(rf"([{HAN}])((?:\([{PINYIN_LETTERS}v]{{1,7}}[1-5]? ?\))+)", re.IGNORECASE)
# one parenthesised group inside the PINYIN_AFTER_HAN run
PINYIN_GROUP = re.compile(rf"\(([{PINYIN_LETTERS}v]{{1,7}}[1-5]?) ?\)", re.IGNORECASE)
# a Han character at a position (the character after a reading's trailing space)
HAN_AT = re.compile(rf"[{HAN}]")
# the run of Han characters from a position
HAN_RUN_AT = re.compile(rf"[{HAN}]+")

# ---------------------------------------------------------------- spam (catalogue: resources/spam_terms.txt)

# How a spam advert says where to reach it: a QQ or WeChat number (代开发票QQ:2836459912, 联系QQ:…
# 微信同号; a QQ number stops before a year glued to it, QQ:28364599122021年) or a link
# (www.xpj8866.com, http://www.av99.xyz). Never spam alone — news gives 微信
# and web addresses too — but it makes an advert of an "ad" term beside it (spam.clusters).
SPAM_CONTACT = re.compile(
    r"(?:联系|加|咨询)?(?:(?:QQ|qq|Qq)(?:号|群)?\s*:?\s*(?:\d{5,11}?(?=(?:19|20)\d\d\s*年)|\d{5,11})"
    r"|(?:微信|VX|vx|Vx|V信|薇信)号?\s*:?\s*[A-Za-z0-9_-]{5,20})|微信同号"
)
# a link to a site (scheme optional); the match does not look at what follows it, so that a cut
# beside it cannot change it (glued text may follow: www.xpj8866.comQQ:…). A government site's
# (a .gov label) is never an advert's: spam.hits drops it.
SPAM_LINK = re.compile(
    # (a start that no host character precedes, possessive runs: linear on long runs of a.a.a.)
    r"(?<![A-Za-z0-9.-])(?:https?://)?(?:[A-Za-z0-9-]++\.)++"
    r"(?:com|cn|net|org|xyz|top|cc|vip|info|me|tv|co|app|site|club|win|bet|asia|hk|tw|io|la|ws)"
    r"(?::\d{2,5})?(?:/[A-Za-z0-9._~%/?#=&+-]*)?"
)
# a government site's host (a gov label: www.gov.cn, www.mot.gov.cn)
GOV_HOST = re.compile(r"(?<![A-Za-z0-9-])gov\.", re.IGNORECASE)
# cheap test before either: a text without one of these holds no contact or link (a link's dot
# is followed by letters: 6.96亿 is no hint)
SPAM_CONTACT_HINT = re.compile(r"QQ|qq|Qq|微信|VX|vx|Vx|V信|薇信|\.[a-z]{2}")
# what may stand between the parts of one advert (办理各类证件 代开增值税发票 QQ:88886666) once the
# inline widgets, which the boilerplate step takes out afterwards, are gone (spam.clusters): spaces
# and a few separators
SPAM_GAP = re.compile(r"\s*(?:[\-_|·—/:,]\s*){0,3}")

# ---------------------------------------------------------------- script

# 著 left by the converter that is the particle 着, i.e. not part of a zhù word (著名, 显著, 名著 …);
# "著有"/"所著" mean "has written"/"written by"
PARTICLE_ZHU = re.compile(
    r"(?<![显昭卓名原专译合编论巨遗新拙土所撰])(?<=[\u4e00-\u9fff])著(?![名作称述录者书有文译])"
)

# ---------------------------------------------------------------- garbled stretches

# seeds of a garbled stretch (mis-decoded GBK/Big5/UTF-8, lost characters):
#   replacement chars; private-use chars (Big5 user-defined glyphs); "?" standing for a lost char
#   before punctuation or a pinyin tail (各?。▍^(qū), 游錫?、); runs of ?; a tone-marked pinyin
#   group after a Latin letter or symbol (F(xiàn)); an enclosed numeral inside a clause (是?;贰⒚旱V);
#   a lone ] [ ^ between Han characters; UTF-8 read as Latin-1/cp1252 (å¼€)
# Particles that end a real question: question marks after them are punctuation (真的吗??,
# 为什么???), not the ? a failed decode leaves.
QUESTION_PARTICLES = "吗呢吧啊么嘛呀哪"
GARBLED_SEED = re.compile(
    "\ufffd+"
    "|[\ue000-\uf8ff]+"
    rf"|(?<=[{HAN}])\?(?=[;。,、▍^]|[{PINYIN_LETTERS}]+\))"
    rf"|(?<![{QUESTION_PARTICLES}?])\?{{3,}}"
    rf"|(?<=[{HAN}])(?<![{QUESTION_PARTICLES}])\?{{2,}}"
    rf"|[A-Za-z^▍\]]\([{PINYIN_LETTERS}]*[{TONE_MARKS}][{PINYIN_LETTERS}]*\)"
    rf"|(?<=[{HAN}、,])[\u2474-\u249b](?=[{HAN}])"
    rf"|(?<=[{HAN}])[\]\[^](?=[{HAN}])"
    rf"|(?:[\u00c0-\u00ef][\u00a0-\u00bf{CP1252_HIGH}]{{1,2}}){{2,}}"
)
# what a garbled stretch extends over on either side of its seed
GARBLED_EXTEND = re.compile(
    rf"(?:\(?[{PINYIN_LETTERS}]{{1,7}}\)|[?\ufffd\ue000-\uf8ff\u2474-\u249b\u2580-\u259f\]\[^;。A-Za-z\u00c0-\u00ff{CP1252_HIGH}])*"
)
# the placeholder a garbled stretch is replaced with (WHITE SQUARE, the printer's mark for an
# illegible character); every run of it in the final text is flagged
GARBLED_MARK = "\u25a1"
GARBLED_MARK_RUN = re.compile("\u25a1+")

# ---------------------------------------------------------------- emoji

# pictographs, dingbats and their modifiers; keeps ★☆ (U+2605/6), ✓✔ and ❶–➓ list numbers
EMOJI = re.compile(
    "(?:[\U0001f000-\U0001faff\u2600-\u2604\u2607-\u2712\u2715-\u2775\u2794-\u27bf\u2b00-\u2bff]"
    "[\U0001f3fb-\U0001f3ff]?)+"
)

# ---------------------------------------------------------------- dates and stamps

_Y = r"(?:19|20)\d{2}"
_M = r"(?:0?[1-9]|1[0-2])"
_D = r"(?:0?[1-9]|[12]\d|3[01])"
_TIME = r"(?:[01]?\d|2[0-3])[:时][0-5]\d分?(?::[0-5]\d)?"
# a publication stamp: numeric date (2017-11-17, 2017/11/20 15:21:00, 16.11.2015 19:10) or a
# Chinese date with a clock time (2013年04月18日 09时01分); a Chinese date alone is NOT a stamp
# (the "(2024年1月23日)" under a speech title is the event date, which stays in the body)
STAMP = re.compile(
    rf"(?<!\d)(?:{_Y}[-/.]{_M}[-/.]{_D}(?!\d)(?:\s*{_TIME})?"
    rf"|{_D}\.{_M}\.{_Y}(?!\d)(?:\s+{_TIME})?"
    rf"|{_Y}年{_M}月{_D}日\s*{_TIME})"
)
# any date, Chinese dates included — only used inside labelled fields and stamp lines
ANY_DATE = re.compile(
    rf"(?<!\d)(?:{_Y}[-/.]{_M}[-/.]{_D}(?!\d)(?:\s*{_TIME})?"
    rf"|{_D}\.{_M}\.{_Y}(?!\d)(?:\s+{_TIME})?"
    rf"|{_Y}\s*年\s*{_M}\s*月\s*{_D}\s*日(?:\s*{_TIME})?)"
)

# ---------------------------------------------------------------- labelled metadata fields

_DATE_LABELS = "发布时间|发布日期|发表时间|发稿时间|更新时间|日期|时间"
# a picture's or a figure's credit (图片来源:…) is no source of the article
_SOURCE_LABELS = "新闻来源|信息来源|文章来源|稿件来源|本文来源|本文源自|(?<!图片)(?<!照片)(?<!视频)(?<!数据)(?<!图)来源|稿源|出处"
_EDITOR_LABELS = "责任编辑|责编|编辑"
_AUTHOR_LABELS = "作者|记者|撰稿|通讯员|投稿人"
_COUNTER_LABELS = "浏览次数|浏览量|浏览|点击数|点击量|点击|阅读量|阅读数|访问量|关注度|字号|字体"
META_LABELS = f"{_DATE_LABELS}|{_SOURCE_LABELS}|{_EDITOR_LABELS}|{_AUTHOR_LABELS}|{_COUNTER_LABELS}"
# labels of the other staff a credit line names (校对:李娜, 审核:…): nothing is lifted from them,
# but a field's value ends where one opens (责任编辑:王晓东 校对:李娜 → 王晓东)
_OTHER_CREDIT_LABELS = "审核|审读|审校|校对|终审|复审|初审|二审|一审|监制|编审|编导|主编|美编|策划|摄影|摄像|统筹|制图|设计"
# one "label: value" field of a page header or footer; the value runs to the next label (of a
# field or of other staff), a double space, a | separator or the end (来源:央视网编辑:王欣童 →
# 央视网 | 王欣童); a table's | right after the colon opens the value's cell (发布时间: | 2022-05-11 |)
META_FIELD = re.compile(
    rf"(?P<label>{META_LABELS})\s*[::]\s*(?:\|\s*)?(?P<value>.*?)"
    rf"(?=\s*(?:{META_LABELS}|{_OTHER_CREDIT_LABELS})\s*[::]|\s{{2,}}|\s*\||$)"
)
# one "label: name" of other staff on a stamp or credit line (校对:李娜): no other label of the
# line, so the line still reads as a stamp
OTHER_CREDIT_FIELD = re.compile(rf"(?:{_OTHER_CREDIT_LABELS})\s*[::]\s*[^\s::|,。;]{{0,20}}")
# classify a field label
DATE_LABEL = re.compile(rf"^(?:{_DATE_LABELS})$")
# labels that name the publication date wherever they stand
PUBLISH_LABEL = re.compile(r"^(?:发布时间|发布日期|发表时间|发稿时间)$")
# such a label alone on its line, its value on the next
PUBLISH_LABEL_LINE = re.compile(r"^(?:发布时间|发布日期|发表时间|发稿时间)\s*:?\s*$")
SOURCE_LABEL = re.compile(rf"^(?:{_SOURCE_LABELS})$")
EDITOR_LABEL = re.compile(rf"^(?:{_EDITOR_LABELS})$")
AUTHOR_LABEL = re.compile(rf"^(?:{_AUTHOR_LABELS})$")
# a "label:" of some other kind (地点:, 主题:) — a line with one is content, not a page header
OTHER_LABEL = re.compile(r"(?:^|[\s,])([\u4e00-\u9fff]{2,4})[::]")
# small words that sit on stamp lines next to dates and sources (手机阅读, 0次浏览, 沙发 …)
STAMP_FILLER = re.compile(
    r"手机阅读|手机看新闻|手机版|分享到?|打印|收藏|投稿|原创稿?|举报|\d*次?浏览|\d+年前|沙发|"
    r"[((]\s*[))]|[·•|/\-—_\[\]()()【】《》::,]"
)
# widget words trailing a source value: 来源:邮政局网站 手机看新闻
META_VALUE_TAIL = re.compile(r"(?:\s+|^)(?:手机阅读|手机看新闻|手机版|原创稿?|分享到?|打印|收藏|举报)\s*$")
# a line of an event's own particulars (时间:… 地点:…, 会议时间:…): no publication stamp
EVENT_TIME_LINE = re.compile(r"(?:^|[\s,])(?:会议|活动)?(?:时间|日期|地点|主题)\s*[::]")
# …unless the line also counts the page's readers or names its source (时间:2024-03-22 点击:15次): a
# page's stamp line, whatever its date is labelled
PAGE_STAMP_FIELD = re.compile(r"(?:点击|浏览|阅读|访问)(?:量|数|次数)?\s*[::]|来源\s*[::]|作者\s*[::]|编辑\s*[::]|字号")
# punctuation that shows a field value is really a sentence
VALUE_SENTENCE = re.compile(r"[。;!]|(?:[,?].*[\u4e00-\u9fff]{4})")
# bare URL, www host or e-mail address
URL = re.compile(r"(?:https?://|www\.)[^\s\u4e00-\u9fff]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# a print-edition stamp: 《 人民日报 》( 2024年09月02日 08 版)
EDITION_STAMP = re.compile(
    r"^《\s*([^》]{2,12}?)\s*》\s*[((]\s*" + _Y + r"年\d{1,2}月\d{1,2}日\s*\d{0,3}\s*版\s*[))]$"
)
# the same stamp glued to the end of the last paragraph (…新征程。《 人民日报 》( 2020年09月05日 02 版))
EDITION_STAMP_TAIL = re.compile(
    r"《\s*([^》]{2,12}?)\s*》\s*[((]\s*" + _Y + r"年\d{1,2}月\d{1,2}日\s*\d{0,3}\s*版\s*[))]"
)

# ---------------------------------------------------------------- editor and byline lines

_CREDIT = (
    r"责任编辑|责编|编辑|审核|审读|审校|校对|终审|复审|初审|二审|一审|监制|编审|编导|主编|美编|"
    r"策划|撰稿|摄影|摄像|记者|作者|通讯员|统筹|制图|设计"
)
# a line that only credits staff: (新媒体责编:news1166), 编辑/田野, 本报记者 刘萌,
# 新华社记者叶昊鸣、邹多为; the value holds no sentence punctuation
# A reprint's credit of the paper it comes from (摘自《中国建设报》2023.12.18, 原载《人民日报》…).
REPRINT_CREDIT = re.compile(r"\s*[((]?\s*(?:摘自|转自|选自|转载自|原载|刊于)\s*《[^》\n]{1,30}》")

EDITOR_LINE = re.compile(
    rf"^[((【\[]?\s*(?:新媒体|网络|本文|值班|本报|本网|本刊|新华社|中新社|人民网|新华网|央视|总台)?"
    rf"(?P<label>{_CREDIT})\s*(?:[::/|\-—]\s*|\s+|(?=[\u4e00-\u9fffA-Za-z]))"
    r"(?P<value>[^,。;!?\n]{1,60}?)\s*[))】\]]?$"
)
# the next staff label inside a credit line's value (责任编辑 王晓东 校对:李娜): the value ends there
NEXT_CREDIT_LABEL = re.compile(rf"\s+(?:{_CREDIT})\s*(?:[::/|]|\s)")
# a staff credit in brackets at the end of a paragraph: …给消费者让利。(记者董瑞丰、王希),
# (责编:卫嘉、白宇), (文章来源:证券时报网); the value must look like names or an outlet, so
# transcript notes such as (记者笑) or (记者:没有,刚刚看到的新闻。) stay
_NAME = r"[\u4e00-\u9fff·]{2,4}"
INLINE_CREDIT = re.compile(
    r"[((【]\s*(?P<pre>[^()()【】\n,。]{0,8}?)"
    r"(?:(?P<label>责任编辑|责编|编辑|记者|撰稿|通讯员|作者)\s*(?:[::]\s*|\s+)?"
    rf"(?P<value>{_NAME}(?:\s*[、,\s]\s*{_NAME})*|[A-Za-z0-9_]{{2,20}})"
    r"|(?P<slabel>文章来源|稿件来源|本文来源|来源)\s*[::]\s*(?P<svalue>[^()()【】\n,。;!?]{2,30}))"
    r"\s*[))】]\s*$"
)
# A photo's credit closing a line: (新华社记者 李学仁 摄), 中国网记者 宗超 摄, 中国网 张若梦 摄,
# 刘萌/摄影. A reporter's credit names the outlet's reporter; any other needs a space or a slash
# before 摄, so that a sentence ending in a verb (现场拍摄, 记者王五拍摄) is no credit.
_NAMES = rf"{_NAME}(?:\s*[、,]\s*{_NAME})*"
_PHOTO_OUTLET = r"[\u4e00-\u9fff]{1,8}?(?:社|网|报|台|刊)"
_PHOTO_CREDIT = (
    rf"(?:(?:{_PHOTO_OUTLET}|本报|本网|本刊)?记者\s*{_NAMES}\s*/?\s*"
    rf"|(?:{_PHOTO_OUTLET}\s+)?{_NAMES}(?:\s+|\s*/\s*))(?<![拍航跟偷])摄影?"
)
# (it opens where no Han character stands before it, so no name is read from the middle of a
# sentence; in brackets it may follow any character: ▲资料图片(新华社记者 王鹏 摄))
PHOTO_CREDIT = re.compile(
    rf"(?:[((]\s*{_PHOTO_CREDIT}\s*[))]|(?<![\u4e00-\u9fff·]){_PHOTO_CREDIT})\s*$"
)
# how a photo's caption opens: 图为会议现场, 上图:…, (图), ▲资料图片
PHOTO_CAPTION_HEAD = re.compile(r"^[((▲△]?\s*(?:图为|图片为|图中|资料图|[上下左右题]图|图\s*[::)]|图片\s*[::])")
# a figure in a table's row: a number of three digits or more, a decimal or a percentage
FIGURE_ITEM = re.compile(r"\d{3}|\d\.\d|\d%")

# how the name of a government body, a company or a university ends (not an outlet's: 网, 台, 报)
BODY_NAME_END = re.compile(r"(?:[部局委办厅院署司]|中心|集团|公司|大学|政府|协会)$")

# the opening of a licence notice that closes a text, and what such a notice says
LICENCE_HEAD = re.compile(r"本作品(?:是|在|依|属|采用|以|根据|由)|本页面|本文(?:采用|以|依据)|Public domain|This work", re.IGNORECASE)
LICENCE_WORDS = re.compile(r"公有领域|著作权法|版权法|知识共享|许可协议|授权条款|Creative Commons|Public domain|CC[- ]BY",
                           re.IGNORECASE)
# what reporters do in a transcript, (记者点头) (记者大笑) — a stage note, not a byline
STAGE_NOTE = re.compile(r"[笑默摇头反应鼓掌举手示意追问插话沉]")
# words that show a credit "value" is a remark, not a name: (记者:我只是问一下)
NOT_A_NAME = re.compile(r"[我你您他她它们问说讲是了吗呢吧啊没不这那]")
# small widgets inside a line: 【纠错】, 【字体:大 中 小】, [打印], {{view}} template holes
INLINE_WIDGET = re.compile(
    r"【\s*(?:纠错|打印|打印本页|关闭|关闭窗口|收藏|分享|推荐|字[号体][^】\n]{0,20})\s*】"
    r"|\[\s*(?:纠错|打印|关闭)\s*\]|\{\{[^{}\n]{0,40}\}\}"
)

# ---------------------------------------------------------------- footers and disclaimers

# markers that only occur in site footers (registration numbers, copyright notices)
FOOTER_STRONG = re.compile(
    r"ICP\s*[备证]|公网安备|网安备\s*\d|copyright|©|\(c\)\s*(?:19|20)\d\d|all\s+rights\s+reserved|"
    r"版权所有|百度统计|cnzz|站长统计",
    re.IGNORECASE,
)
# words of a footer's sentences (未经授权禁止转载, 本网站所刊载信息, 联系电话): no report's sentence
FOOTER_WORDS = re.compile(
    r"转载|授权|复制|镜像|刊载|本网|本站|网站|本页|页面|联系|电话|地址|邮编|主办|承办|维护|技术支持|浏览器|分辨率|"
    r"观点|网民|建议您|服务体验|意见和建议"
)
# what a site's own footer says of itself (版权所有, ICP备, 公网安备, All Rights Reserved): with it the
# line is a footer, whatever sentences it holds
FOOTER_OWNED = re.compile(r"版权所有|ICP\s*[备证]|网安备|all\s+rights\s+reserved|copyright", re.IGNORECASE)
# licence names that are footer-only when a licence number follows (京B2-20201704, (京)字第16597号)
FOOTER_LICENCE = re.compile(
    r"(?:增值电信业务经营许可证|广播电视节目制作经营许可证|信息网络传播视听节目许可证|"
    r"互联网新闻信息服务许可证|网络文化经营许可证|出版物经营许可证|互联网药品信息服务资格证书)"
    r"[号编码]*\s*[::]?\s*(?:[((]?[\u4e00-\u9fff]{0,2}[))]?\s*)?(?:[A-Z]\d-)?[\d\-]*(?:字第\d+号)?"
)
# weaker footer words: only on short lines or in the trailing zone
FOOTER_WEAK = re.compile(
    r"法律顾问|联系我们|关于我们|网站地图|隐私政策|网站声明|违法和不良信息举报|举报电话|举报邮箱|"
    r"主办单位|承办单位|主管单位|技术支持|网站标识码|建议使用|分辨率|浏览器"
)
# a contact field: 电话:010-67683008, 值班手机:17801261553, 地址:北京市…, 邮箱:a@b.cn
CONTACT_FIELD = re.compile(
    r"(?:\d{1,2}小时)?(?:值班|客服|联系|举报|投诉|咨询|服务|新闻|商务|广告)?"
    r"(?:电话|手机|传真|热线|合作|邮箱|电子邮箱|邮件|e-?mail|邮编|地址|QQ|微信号?)\s*[::]\s*"
    r"[^\s,。;]{1,60}",
    re.IGNORECASE,
)
# a phone number (landline with area code, mobile, 400/800 service numbers)
PHONE = re.compile(r"(?<!\d)(?:0\d{2,3}-?\d{7,8}(?:转\d{1,5})?|1[3-9]\d{9}|[48]00-?\d{3}-?\d{4})(?!\d)")
# the head of a disclaimer: 声明:, 免责声明, 【独家稿件及免责声明】, 特别声明:
DISCLAIMER_HEAD = re.compile(
    r"^[【\[]?[^【】\[\],。]{0,6}?(?:免责|特别|版权|郑重|重要|广告)?声明\s*(?:[::】\]]|$)"
)
# words that make a line opening with a 声明 heading a disclaimer
DISCLAIMER_CUES = re.compile(r"本声明|仅供参考|不承担|不代表|免责|转载|授权|版权")
# a site talking about itself …
SELF_REFERENCE = re.compile(
    r"本网|本站|本平台|本刊|本报|本文|本公众号|本号|原作者|作者所有|本网站|本客户端|本app", re.IGNORECASE
)
# … in disclaimer words
DISCLAIMER_WORDS = re.compile(r"转载|授权|版权|侵权|真实性|仅供参考|存储服务|不代表|免责|摘编")
# copy-protection notices that need no self-reference (未经授权的盗版 is news, not a notice)
NO_REPRINT = re.compile(
    r"(?:严禁|禁止|不得|谢绝|请勿)(?:转载|复制|摘编|镜像)|未经[^,。]{0,12}(?:许可|授权)[^。]{0,20}(?:转载|复制|摘编|使用|链接)"
)
# English platform notices
ENGLISH_NOTICE = re.compile(r"^(?:notice|disclaimer|statement|copyright notice)\s*:", re.IGNORECASE)
# a site asking readers to follow it: 更加详细情况,请关注本站最新动态。
SITE_PROMO = re.compile(r"(?:本站|本网|本号|本公众号)[^。]{0,10}(?:最新动态|关注|订阅|收藏)|请关注本站")
# a transcript label for the reporters' questions — content, not a byline
REPORTER_LABEL = re.compile(r"^(?:记者|主持人|问|答)\s*[::]$")
# a numbered item line (1、… 2. …) — continues a disclaimer block
NUMBERED_ITEM = re.compile(r"^\s*(?:\d{1,2}|[一二三四五六七八九十])\s*[、.)]")

# ---------------------------------------------------------------- navigation and widgets

# navigation and widget words, longest first (the atomic group below takes the first that fits)
_NAV_WORDS = (
    r"正在加载数据\.*|English|THE END|查看全部留言|点击进入直播|APP下载|Baidu|app下载|客户端下载|密\s*码|手机看新闻|手机端浏览|举报专区|关于我们|"
    "关闭窗口|加入收藏|图片图表|大家在看|媒体合作|广告服务|往期报纸|快捷搜索|手机阅读|打印本页|找回密码|收藏本站|文章搜索|新闻检索|最新评论|服务项目|栏目推荐|正在更新|没有记录|"
    "热门新闻|热门评论|相关推荐|社区登录|立即注册|站内搜索|精彩图片|编辑推荐|网友收藏|网站地图|网站首页|联系我们|设为书签|设为首页|返回顶部|返回首页|长者模式|map|上一页|"
    "下一页|主题色|二维码|关怀版|分享到|客户端|手机版|扫一扫|无障碍|日夜间|用户名|移动版|随系统|EN|下载|中号|举报|今日|关闭|分享|大号|字体|字号|密码|小号|帮助|广告|"
    "打印|扫码|投稿|推荐|搜索|收藏|更多|检索|注册|浅色|深色|登录|简体|繁体|繁體|纠错|设置|评论|超大|退出|首页|默认"
)
# a line made only of navigation / widget words and separators; atomic group + possessive loop,
# so a long run of words (客户端下载客户端下载…X) fails in linear time instead of backtracking
NAV_ONLY = re.compile(rf"^(?:(?>{_NAV_WORDS})|[\s|/·•>»›\-_:,\[\]【】()]|\d+次)++$")
# a search box or quick-search label: 快捷搜索: 汽车 科技
SEARCH_LABEL = re.compile(r"^(?:快捷|热门|站内|全站)?(?:搜索|检索|热搜)\s*[::]")
# widget phrases that make a short line a widget line (APP and Ctrl+D in any case; spelled out
# rather than re.IGNORECASE, and every alternative opens with a literal, so the scan jumps to the
# phrases' first characters)
WIDGET_PHRASE = re.compile(
    r"分享到|扫一扫|二维码|打印本页|关闭窗口|手机阅读|手机看新闻|点击进入直播|A[Pp][Pp]下载|a[Pp][Pp]下载|返回顶部|正在加载|"
    r"设为书签|C[Tt][Rr][Ll]\s*\+\s*[Dd]|c[Tt][Rr][Ll]\s*\+\s*[Dd]|设为首页|加入收藏|(?<!文)字[号体]\s*[::]|"
    r"大号\s+[大中小]号|中号\s+[大中小]号|小号\s+[大中小]号|\[\s*大\s*\]|"
    r"点击(?:右上角|查看|关注)|长按(?:识别|二维码)"
)
# breadcrumbs: 当前位置: 首页>>…, 首页 -- >> 新闻频道, 人民网>>时政>>滚动新闻, >新闻资讯>图片新闻
BREADCRUMB_HEAD = re.compile(r"^(?:您|你)?(?:当前|现在|所在|目前)?(?:的)?(?:所在)?位置\s*[::]?|^>")
BREADCRUMB_SEP = re.compile(r"\s*(?:-+\s*)?(?:>{1,2}|»|›|→|\s\?\s)\s*")
HOME_CRUMB = re.compile(r"^(?:网站首页|首页|主页|首頁)\s*(?:-+\s*)?(?:>{1,2}|»|›|→|\?)")
# a greeting to visitors: 您好,欢迎访问…官方网站!, 欢迎访问安全生产资讯网!
WELCOME = re.compile(r"^(?:您好|你好)?[,!]?\s*欢迎(?:您)?(?:访问|来到|光临|进入|登录|浏览)")
# the heading of a trailing list of other articles (the list is cut from here to the end)
RELATED_HEAD = re.compile(
    r"^[【\[]?\s*(?:相关(?:新闻|链接|链结|阅读|文章|内容|推荐|报道|热点|专题|稿件|资讯)|"
    r"推荐(?:阅读|内容|文章|新闻)|延伸阅读|热门(?:推荐|文章|新闻|阅读)|猜你喜欢|大家(?:都)?在看|随便看看|"
    r"往期回顾|更多(?:新闻|精彩|阅读|报道)|今日推荐|每日\s*推荐|精彩推荐|热点推荐|图片推荐|网友评论|"
    r"点击关键字阅读相关文章|读特热榜|24小时排行)\s*[】\]]?\s*[::]?$"
)
# the bullet or number a line of a list of links opens with (· 李强主持召开…, - 2024-11-22外交部:…, 1. …)
LIST_BULLET = re.compile(r"^(?:[·•●○■▪◆◇►▶\-*>»]|\d{1,2}\s*[.、)](?!\d))")
# previous / next article links
PREV_NEXT = re.compile(r"^(?:上一篇|下一篇|上一条|下一条|上篇|下篇|前一篇|后一篇)\s*[::]?")
# keyword / tag lines
KEYWORD_LINE = re.compile(r"^(?:关键词|关键字|标签|tags?)\s*[::]", re.IGNORECASE)
# a URL, file name or template path alone on a line (1764206252148012.png, ../../tpl.html)
URL_LINE = re.compile(
    r"^(?:[\u4e00-\u9fff]{0,6}[::]\s*)?(?:(?:https?://|www\.)[^\s\u4e00-\u9fff]+"
    r"|[\w./-]+\.(?:png|jpe?g|gif|webp|html?|shtml|php|aspx?|jsp)|(?:\.\./)+\S+|!?\[\]\(\))$",
    re.IGNORECASE,
)
# separators of keyword-stuffing lists (not 、, which real enumerations use)
KEYWORD_SEP = re.compile(r"[,|_]")

# words that can make a line WITH sentence punctuation boilerplate (disclaimers, contacts,
# promos, stamps with counters); a sentence without any of them skips the line classifier
BOILERPLATE_GATE = literal_alternation(
    [
        "|",
        ">",
        "本网",
        "本站",
        "本平台",
        "本刊",
        "本报",
        "本文",
        "本号",
        "本公众号",
        "本客户端",
        "本app",
        "原作者",
        "声明",
        "版权",
        "转载",
        "授权",
        "分享",
        "扫一扫",
        "二维码",
        "欢迎",
        "关注本",
        "浏览",
        "上一",
        "下一",
        "电话",
        "传真",
        "邮箱",
        "地址:",
        "©",
        "ICP",
        "opyright",
        "OPYRIGHT",
        "书签",
        "收藏",
        "订阅",
        "未经",
        "仅供参考",
        "许可证",
        "搜索",
        "来源",
        "时间:",
        "日期:",
        "作者",
        "编辑",
        "责编",
        "投稿",
        "点击",
        "Notice",
        "NOTICE",
        "Disclaimer",
        "notice",
        "安备",
        "eserved",
        "法律顾问",
        "联系我们",
        "热线",
        "邮编",
        "欢迎",
        "首页",
        " ? ",
        # a photo credit closing a line (the text's last line is tested apart)
        "摄\n",
        "摄)",
        "摄影\n",
        "摄影)",
        "摄 )",
        "摄影 )",
    ]
)

# cheap gates in front of the line classifier's regexes (one search instead of a Python loop)
FOOTER_GATE = re.compile(r"ICP|安备|opyright|OPYRIGHT|©|\([cC]\)|eserved|ESERVED|版权所有|统计|cnzz")
CONTACT_GATE = re.compile(r"电话|手机|传真|热线|合作|邮箱|邮件|mail|MAIL|Mail|邮编|地址|QQ|微信")
SELF_GATE = re.compile(r"本|作者|APP|app")
CRUMB_GATE = re.compile(r">|»|›|→| \? ")
URL_GATE = re.compile(r"http|www|\.|\[")
META_GATE = re.compile(r"[:\-/.年]")
# every rule of the line classifier (after the navigation-words test) but the menu of short items
# needs one of these in the line, or a line opening with one of LINE_CUE_FIRST: a line with neither
# is judged at once. Keep in step with steps._line_rules. Every alternative opens with a literal,
# so the scan jumps between the cues' first characters.
_LINE_CUES = (
    r"http|www|\.|\[",  # URL or file name
    WIDGET_PHRASE.pattern,
    r"位置|>|»|›|→| \? ",  # breadcrumbs
    r"欢迎|\|",  # welcome banner; menus of items separated by |
    FOOTER_GATE.pattern,
    r"许可证|资格证书|声明|本|作者|APP|app|转载|未经",  # licences, disclaimers, promos
    CONTACT_GATE.pattern,  # contact details
    META_LABELS,  # a stamp line holds a labelled field …
    r"19|20",  # … or a dated stamp (every STAMP holds a year 19xx/20xx)
    FOOTER_WEAK.pattern,
    r"搜|检索",  # search box
    _CREDIT,  # staff credit lines
)
LINE_CUE = re.compile("|".join(_LINE_CUES))
# first characters of lines the classifier looks at (breadcrumbs, previous/next links, keyword lines,
# print edition stamps; English notices open with an ASCII letter)
LINE_CUE_FIRST = frozenset(">首主上下前后关标《" + "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")

# ---------------------------------------------------------------- body lines and datelines

# sentence punctuation: a line with it (and enough length) is body text
SENTENCE_PUNCT = re.compile(r"[,。;!?]")
# the dateline that opens a news report: 新华社北京3月5日电, 中新网7月21日电, 本网讯,
# 人民网北京5月31日电 (记者乔雪峰), 3月18日消息, 央视网消息, IT之家 8 月 4 日消息
DATELINE = re.compile(
    r"^(?:(?:(?P<outlet>新华社|中新社|中新网|人民网|新华网|央视网|央视新闻|中国网|光明网|央广网|国际在线|"
    r"中国日报网|中国新闻网|经济日报|人民日报|光明日报|本报|本网|本刊|[A-Za-z0-9\u4e00-\u9fff]{2,8}?"
    r"(?:网|社|报|台|电视台|日报|晚报|新闻|之家|客户端|快讯))\s*(?:[\u4e00-\u9fff]{2,5})?\s*"
    r"(?:\d{1,2}\s*月\s*\d{1,2}\s*日)?\s*(?:电|讯|消息))"
    r"|\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:电|讯|消息)"
    r"|[\u4e00-\u9fff]{2,4}讯(?=\s|\d))"
    r"(?:\s*[((](?:记者|通讯员)[^()()]{0,30}[))])?"
)

# A run of Han characters (compatibility ideographs included): the context a stray
# Traditional-only character of a Simplified text is converted in (script.convert_stretches).
HAN_RUN_WITH_COMPAT = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")

# A date and a time to the second alone: a portal's clock (2024-11-23 12:59:52), not a story's stamp.
PAGE_CLOCK = re.compile(r"\d{4}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}:\d{2}")
