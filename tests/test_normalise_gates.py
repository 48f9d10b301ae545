"""The normaliser's cheap gates and rewritten patterns answer exactly as what they stand in for.

Speed-ups in ``policydata.normalise`` skip work when a gate says it cannot matter; each gate must
never say "nothing here" when the slow path would have found something:

* ``P.LINE_CUE`` / ``P.LINE_CUE_FIRST`` in front of the line classifier's rules (checked on every
  line of the shared corpus pages and on typical boilerplate lines);
* ``literal_alternation`` (a trie) finds what a plain longest-first alternation finds;
* ``PUNCT_DUP_HINT`` (with ``、、`` tested apart) and ``WIDGET_PHRASE``, rewritten to open with a
  literal, match what their plain forms match;
* ``tidy_whitespace`` is idempotent (its second run is skipped on unchanged text);
* the special-character scan finds a Traditional-only character exactly when the text has one.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

import pytest

from policydata.normalise import normalise_trace, script, steps
from policydata.normalise import patterns as P

SHARED = Path(__file__).resolve().parents[2] / "shared" / "corpus"

# lines each rule of the classifier is there for: the gate must let every one of them through
BOILERPLATE_LINES = [
    "责任编辑:王五",
    "(责编:卫嘉、白宇)",
    "编辑/田野",
    "本报记者 刘萌",
    "上一篇:国务院常务会议",
    "下一条",
    "关键词:经济 改革",
    "Tags: economy",
    "《 人民日报 》( 2024年09月02日 08 版)",
    "首页 > 新闻 > 国内",
    "当前位置:首页>>政务公开",
    "人民网>>时政>>滚动新闻",
    "京ICP备12345678号",
    "Copyright © 2024 新华网 All Rights Reserved",
    "增值电信业务经营许可证:京B2-20201704",
    "声明:",
    "免责声明:本文仅供参考,不代表本站观点。",
    "未经授权禁止转载",
    "欢迎访问安全生产资讯网!",
    "领导活动 人事任免 网上直播 政策解读",
    "首页 | 新闻 | 图片 | 视频",
    "分享到:微信 微博",
    "扫一扫在手机打开当前页",
    "【字体:大 中 小】",
    "Ctrl+D 收藏本页",
    "APP下载",
    "http://www.gov.cn/xinwen/2024-01/01/content_1.htm",
    "1764206252148012.png",
    "电话:010-67683008 传真:010-67683009",
    "地址:北京市东城区 邮编:100010",
    "联系我们 网站地图 隐私政策",
    "快捷搜索: 汽车 科技",
    "发布时间:2024-01-23 09:12 来源:国务院办公厅",
    "2013年04月18日 09时01分",
    "来源:央视网 编辑:王欣童",
    "请关注本站最新动态",
    "Notice: this page is archived",
    "2024-01-23 09:12",
    "浏览次数:1024",
    "值班手机:17801261553",
]


def _corpus_lines() -> list[str]:
    lines: set[str] = set()
    for name in ("pages_dev.jsonl", "mixed_samples.jsonl"):
        path = SHARED / name
        if not path.exists():
            continue
        for row in path.read_text(encoding="utf-8").splitlines():
            if not row.strip():
                continue
            doc = json.loads(row)
            text = doc.get("text") or doc.get("content") or doc.get("html") or doc.get("body") or ""
            # the lines as the boilerplate step sees them (folded, Simplified)
            step_input = dict(normalise_trace(text)[1])["remove_boilerplate"]
            lines.update(x.strip() for x in step_input.split("\n"))
    return sorted(x for x in lines if x)


def test_line_cue_gate_never_hides_a_rule():
    lines = _corpus_lines() + BOILERPLATE_LINES
    missed = [
        x
        for x in lines
        if x[0] not in P.LINE_CUE_FIRST
        and not P.LINE_CUE.search(x)
        and steps._line_rules(x) is not None
        and steps._line_rules(x) != ("nav", "menu of short items")  # the one rule without a cue
    ]
    assert missed == []
    # the typical boilerplate lines are all caught by some rule
    assert all(steps._classify.__wrapped__(x) is not None for x in BOILERPLATE_LINES)


def _naive_alternation(terms) -> re.Pattern:
    return re.compile("|".join(re.escape(t) for t in sorted(set(terms), key=len, reverse=True)))


@pytest.mark.parametrize(
    "terms",
    [
        ["本网", "本站", "本", "本公众号", "ab", "abc", "a", "x|y", " ? ", "上一", "下一"],
        ["四肖八码", "一肖一码", "一码一肖", "k8娱乐", "K8娱乐", "娱乐城", "娱乐"],
    ],
)
def test_literal_alternation_matches_like_a_plain_alternation(terms):
    rng = random.Random(7)
    alphabet = "".join(sorted(set("".join(terms)))) + "中 "
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14))) for _ in range(5000)]
    trie, naive = P.literal_alternation(terms), _naive_alternation(terms)
    for t in texts:
        assert [m.span() for m in trie.finditer(t)] == [m.span() for m in naive.finditer(t)], t


def test_rewritten_patterns_match_their_plain_forms():
    rng = random.Random(11)
    dup = re.compile(r",[,。、;:!?]|[。、;:!?],|、、")
    for _ in range(20000):
        t = "".join(rng.choice(",、。;:!?a") for _ in range(rng.randint(0, 6)))
        assert ("、、" in t or bool(P.PUNCT_DUP_HINT.search(t))) == bool(dup.search(t)), t
    widget = re.compile(
        r"分享到|扫一扫|二维码|打印本页|关闭窗口|手机阅读|手机看新闻|点击进入直播|APP下载|返回顶部|正在加载|"
        r"设为书签|Ctrl\s*\+\s*D|设为首页|加入收藏|字[号体]\s*[::]|[大中小]号\s+[大中小]号|\[\s*大\s*\]|"
        r"点击(?:右上角|查看|关注)|长按(?:识别|二维码)",
        re.IGNORECASE,
    )
    samples = ["app下载", "ApP下载", "ctrl + d", "CTRL+D", "中号 大号", "小号大号", "[ 大 ]", "字体:", "点击查看"]
    samples += ["".join(rng.choice("aApPcCtTrRlLdD+ 下载大中小号[]") for _ in range(8)) for _ in range(20000)]
    for t in samples:
        a, b = widget.search(t), P.WIDGET_PHRASE.search(t)
        assert (a and a.span()) == (b and b.span()), t


# white space alone, and white space beside Chinese clause marks (removed only between Han text)
@pytest.mark.parametrize(("seed", "alphabet"), [(3, " \n a\u3000"), (5, "  中国,;:、。?a1”“)(")])
def test_tidy_whitespace_is_idempotent(seed, alphabet):
    rng = random.Random(seed)
    for _ in range(50000):
        t = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        once = steps.tidy_whitespace(t, steps.Ctx())
        assert steps.tidy_whitespace(once, steps.Ctx()) == once, repr(t)


@pytest.mark.parametrize("text", [" 国 中 ", " 习 近 平\n讲话", "\n 习 近 平 \n讲话"])
def test_a_spaced_name_on_a_first_line_with_a_leading_space_is_joined_at_once(text):
    once = steps.tidy_whitespace(text, steps.Ctx())
    assert " " not in once.split("\n")[0]
    assert steps.tidy_whitespace(once, steps.Ctx()) == once


@pytest.mark.parametrize(
    "text",
    ["", "中华人民共和国", "於是", "後来", "國家發展", "\uf967是", "说\uf9a8了", "樂", "\U0001f600 台灣", "乾隆", "干杯",
     "何立峯", "全省晩稻"],
)
def test_special_scan_finds_traditional_exactly(text):
    # ctx.trad also holds the variant characters the script step folds (峯 → 峰)
    ctx = steps.Ctx()
    steps._specials(text, ctx)
    assert bool(ctx.trad) == (script.has_traditional(text) or script.has_variants(text))
    # after width folding (compatibility ideographs → unified) the set still covers the text
    folded = steps.fold_width(text, ctx)
    assert (script.has_traditional(folded) or script.has_variants(folded)) <= bool(ctx.trad)


@pytest.mark.parametrize(
    "text",
    ["国务院常务会议", "《求是》杂志发表重要讲话:以史为鉴、开创未来 埋头苦干", "问:你好!答(笑)", "a，b：c；（d）！e　f", ""],
)
def test_special_only_steps_are_no_ops_without_rare_characters(text):
    # normalise._run does not call these steps when ctx.rare and ctx.trad are empty
    from policydata.normalise import _SPECIAL_ONLY

    ctx = steps.Ctx()
    folded = steps.fold_width(text, ctx)
    if ctx.rare or ctx.trad:
        pytest.skip("the text has rare special characters")
    for step in _SPECIAL_ONLY:
        assert step(folded, ctx) is folded
    assert ctx.removed == [] and ctx.script == "simplified" and not ctx.late_cut
