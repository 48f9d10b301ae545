"""Golden-file and unit tests for policydata.normalise.

Golden cases live in tests/golden/normalise/: NAME.in.txt is the input, NAME.out.txt the expected
``Normalised.text`` (a trailing newline in the file is ignored); a case without .out must come back
unchanged. Every case is also checked for idempotence.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from policydata.normalise import normalise_text, normalise_trace, pinyin, script, spam, steps
from policydata.normalise.steps import Ctx
from policydata.records import Normalised

GOLDEN = Path(__file__).resolve().parent / "golden" / "normalise"
SAMPLE = Path(__file__).resolve().parents[1] / "samples" / "000_eb16c50bc39dc6b8.txt"
CASES = sorted(p.name[: -len(".in.txt")] for p in GOLDEN.glob("*.in.txt"))
# a pinyin annotation after a Han character, as counted in the corpus test
ANNOTATION = re.compile(r"[\u4e00-\u9fff]\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+[1-5]?\)")


def _read(p: Path) -> str:
    return p.read_text(encoding="utf-8")


def test_enough_golden_cases():
    assert len(CASES) >= 20


@pytest.mark.parametrize("name", CASES)
def test_golden(name):
    given = _read(GOLDEN / f"{name}.in.txt")
    out = GOLDEN / f"{name}.out.txt"
    expected = _read(out).rstrip("\n") if out.exists() else given
    result = normalise_text(given)
    assert result.text == expected
    assert result.original == given
    assert normalise_text(result.text).text == result.text  # idempotent


@pytest.mark.parametrize("name", CASES)
def test_golden_spans_point_at_their_text(name):
    result, trace = normalise_trace(_read(GOLDEN / f"{name}.in.txt"))
    inputs = dict(trace)
    for r in result.removed:
        assert inputs[r.step][r.start : r.end] == r.text, r


# ----------------------------------------------------------------------------- the seed page


def test_seed_sample_is_the_shipped_copy():
    assert _read(SAMPLE) == _read(GOLDEN / "seed_page.in.txt")


def test_seed_page_pins():
    r = normalise_text(_read(SAMPLE))
    assert isinstance(r, Normalised)
    assert "习近平" in r.text and "省(市)" in r.text
    assert "发挥着" in r.text and "发挥著" not in r.text
    assert not ANNOTATION.search(r.text)
    for junk in ("版权所有", "ICP", "公网安备", "责编", "声明", "Copyright", "电话", "许可证"):
        assert junk not in r.text, junk
    assert "(全网不瘫痪、重要节点不爆仓和保畅通、保安全、保平稳)" in r.text
    assert r.script == "traditional"
    assert r.meta["editor"] == "news1166"
    kinds = {x.kind for x in r.removed}
    assert {"pinyin", "editor", "disclaimer", "footer"} <= kinds


# ----------------------------------------------------------------------------- meta lifting


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("nav_header", {"published_raw": "2023-1-18 09:30", "source": "省交通运输厅办公室"}),
        (
            "stamp_lines",
            {
                "published_raw": "2017-11-17",
                "source": "中国交通新闻网",
                "author": "卢锐",
                "dateline": "本网讯",
            },
        ),
        ("editor_lines", {"editor": "王五", "author": "张三、李四"}),
        ("editor_next_label", {"editor": "王晓东"}),
        ("dateline_xinhua", {"dateline": "新华社北京3月5日电(记者叶昊鸣)"}),
        ("markup", {"dateline": "央视网消息"}),
        ("share_widgets", {"dateline": "3月18日消息"}),
        ("emoji_tail", {"dateline": "本报北京8月13日电 (记者韩鑫)"}),
    ],
)
def test_meta(name, expected):
    r = normalise_text(_read(GOLDEN / f"{name}.in.txt"))
    for key, value in expected.items():
        assert r.meta.get(key) == value, (key, r.meta)


def test_dateline_stays_in_body():
    r = normalise_text(_read(GOLDEN / "dateline_xinhua.in.txt"))
    assert r.text.startswith("新华社北京3月5日电")


def test_bare_date_after_body_is_not_published():
    text = "国家邮政局召开会议,部署寄递渠道安全工作,要求严格落实三项制度。\n韩国预计8月下旬迎新冠高峰\n2026/01/24某某某"
    r = normalise_text(text)
    assert "published_raw" not in r.meta


def test_speech_date_and_salutation_kept():
    text = _read(GOLDEN / "speech_date.in.txt")
    assert normalise_text(text).text == text


# ----------------------------------------------------------------------------- garbled flags


def test_garbled_flags_point_into_final_text():
    r = normalise_text(_read(GOLDEN / "garbled.in.txt"))
    assert len(r.flags) == 5
    for f in r.flags:
        assert f["kind"] == "garbled"
        assert r.text[f["start"] : f["end"]] == f["text"] == "□"
    assert r.flags[0]["original"] == "?。▍^(qū)"
    assert r.flags[1]["original"] == "F(xiàn)"


def test_balanced_brackets_are_not_garbled():
    text = "[铁道部副部长 王志国]各位记者朋友,首先感谢新闻界的朋友们长期以来对铁路工作的大力支持。"
    assert normalise_text(text).text == text


def test_question_mark_in_real_question_is_kept():
    text = "记者问:今年春运客流有何特点?铁路部门如何应对?"
    assert normalise_text(text).text == text


# ----------------------------------------------------------------------------- single steps


def _step(fn, text):
    ctx = Ctx()
    ctx.step = fn.__name__
    return fn(text, ctx), ctx


def test_fold_width():
    out, _ = _step(steps.fold_width, "２０２４年（第１场）：会议；通知！问题？\u3000ＡＢＣ，「引号」")
    assert out == "2024年(第1场):会议;通知!问题? ABC,“引号”"


def test_fold_keeps_chinese_marks():
    text = "他说:“好。”《意见》、……——"
    assert _step(steps.fold_width, text)[0] == text


def test_strip_invisible_records_removals():
    out, ctx = _step(steps.strip_invisible, "国家\u200b邮政局\ufeff\r\n会议")
    assert out == "国家邮政局\n会议"
    assert [r.text for r in ctx.removed] == ["\u200b", "\ufeff"]


def test_tidy_whitespace():
    out, _ = _step(steps.tidy_whitespace, "  第一段  \n\n\n 第二段   有空格 \n")
    assert out == "第一段\n第二段 有空格"


def test_tidy_punct():
    out, ctx = _step(steps.tidy_punct, "3月10日,,国新办举行发布会,。副部长,、党组成员")
    assert out == "3月10日,国新办举行发布会。副部长、党组成员"
    assert all(r.kind == "punct" for r in ctx.removed)


def test_pinyin_only_readings():
    out, ctx = _step(steps.remove_pinyin, "調(diào)研 微信(wechat) 省(市) 協調(diao4) 綠(lv4) 第(a)项")
    assert out == "調研 微信(wechat) 省(市) 協調 綠 第(a)项"
    assert [r.text for r in ctx.removed] == ["(diào)", "(diao4)", "(lv4)"]


def test_pinyin_nested_in_parenthetical():
    out, _ = _step(steps.remove_pinyin, "目標(biāo)(全網(wǎng)不癱瘓、保平穩(wěn))。")
    assert out == "目標(全網不癱瘓、保平穩)。"


def test_pinyin_repeated_annotation_removed_at_once():
    out, _ = _step(steps.remove_pinyin, "調(diào)(diào)研")
    assert out == "調研"


def test_pinyin_reading_with_a_space_before_its_closing_parenthesis():
    # some reposts write 會(huì ): the reading goes all the same (left behind it would cut
    # 国务院安全生产委员会 before 主任 and every name and body read across it); a word that is no
    # reading keeps its parentheses, spaced or not
    out, ctx = _step(steps.remove_pinyin, "安全生產委員會(huì )主任 社會(huì )影響 微信(wechat )號")
    assert out == "安全生產委員會主任 社會影響 微信(wechat )號"
    assert [r.text for r in ctx.removed] == ["(huì )", "(huì )"]


def test_pinyin_reading_takes_its_trailing_space_between_han_characters():
    # 中央農(nong) 村工作領導小組: on a page that writes a space after its readings, that space
    # would split 农村 (and the body's name read across it); a space before anything but a Han
    # character stays, and so does the one space of a page that has only one
    out, ctx = _step(steps.remove_pinyin, "中央農(nong) 村工作 舉(ju) 行 2007 調(diào) 2008 長(zhǎng)  江")
    assert out == "中央農村工作 舉行 2007 調 2008 長  江"
    assert [r.text for r in ctx.removed] == ["(nong) ", "(ju) ", "(diào)", "(zhǎng)"]
    out, _ = _step(steps.remove_pinyin, "省長(zhǎng) 考察 調(diào)研")
    assert out == "省長 考察 調研"
    # a space between two words stays, on such a page too (two names; 協調 and 綠 are no word)
    out, _ = _step(steps.remove_pinyin, "出席会议的有:李喆(zhé) 王堃(kūn) 赵四等。舉(ju) 行")
    assert out == "出席会议的有:李喆 王堃 赵四等。舉行"


def test_pinyin_readings_module():
    assert pinyin.is_reading("調", "diào") and pinyin.is_reading("調", "tiao2")
    assert not pinyin.is_reading("信", "wechat")
    assert pinyin.has_tone_mark("diào") and not pinyin.has_tone_mark("diao4")


def test_gb2312_traditional_list_matches_the_converter():
    from policydata.normalise import patterns

    assert set(patterns.GB2312_TRADITIONAL) == set(script._gb_trad_chars())


def test_script_detection():
    assert script.detect_script("国家邮政局召开会议") == "simplified"
    assert script.detect_script("國家郵政局召開會議,強調要做好寄遞安全工作") == "traditional"
    assert script.detect_script("国家邮政局召开会议強調要做好寄遞安全工作,确保畅通") == "mixed"


def test_simplified_text_is_never_converted():
    text = "我们观看了这部影片,数位专家参加。著名学者的著作成效显著。"
    assert script.to_simplified(text) == text
    assert normalise_text(text).text == text


def test_compat_ideographs_are_unified():
    assert normalise_text("屬\uf967良等級").text == "属不良等级"


def test_spam_catalogue_and_clusters():
    assert spam.catalogue()["四肖八码"] == "strong" and spam.catalogue()["澳门"] == "weak"
    whole, cuts = spam.find_spam("原创 中国民航局:密澳门四肖八码期期准免费2020切关注事故调查")
    line = "原创 中国民航局:密澳门四肖八码期期准免费2020切关注事故调查"
    assert not whole and [line[s:e] for s, e in cuts] == ["澳门四肖八码期期准免费2020"]


@pytest.mark.parametrize(
    "text",
    [
        "澳门特别行政区政府体育局发布消息,市民可在线观看免费直播。",
        "中国体育彩票助力公益事业,餐饮娱乐场所要落实消防安全责任。",
        "国产大飞机C919完成首次商业飞行,亚洲和欧美多家航空公司观摩。",
        "严厉打击跨境赌博和电信网络诈骗等违法犯罪活动。",
        # ad words without a contact or link, contacts and links without an ad word
        "税务机关代开增值税发票,增值税发票改革稳步推进。",
        "严厉打击虚开、代开发票等违法行为,为群众办理各类证件提供便利。",
        "用户可添加客服微信:abc12345咨询,或登录 www.chinatax.gov.cn 查询。",
        "代开增值税发票可登录 www.chinatax.gov.cn 办理。",  # a government site is no advert's link
        "打击非法体育投注网站和在线棋牌平台,KTV等娱乐场所暂停开放,冰上娱乐场地免费。",
        "真人秀节目受到欢迎,更多精彩内容请关注央视新闻客户端。",
    ],
)
def test_real_news_words_are_not_spam(text):
    assert normalise_text(text).text == text


def test_emoji_removed_but_list_marks_kept():
    r = normalise_text("会议要求😷:★加强防控,❶严格落实三项制度🚚📦。")
    assert r.text == "会议要求:★加强防控,❶严格落实三项制度。"
    assert {x.kind for x in r.removed} == {"emoji"}


def test_angle_bracket_titles_are_not_html():
    text = "他写了一本书＜Playing The Enemy＞(化敌为友),已卖出12国的版权。＜ｂｒ＞"
    r = normalise_text(text)
    assert r.text == "他写了一本书<Playing The Enemy>(化敌为友),已卖出12国的版权。"
    assert normalise_text(r.text).text == r.text


def test_inline_widgets_removed():
    text = "国家邮政局召开会议部署旺季服务保障工作【字体:大 中 小】【打印本页】,要求确保寄递渠道安全畅通。【纠错】"
    r = normalise_text(text)
    assert r.text == "国家邮政局召开会议部署旺季服务保障工作,要求确保寄递渠道安全畅通。"
    assert {x.kind for x in r.removed} == {"widget"}


def test_content_is_not_removed_as_footer():
    text = (
        "会议强调,要依法保护著作权人的版权,严厉打击未经授权的盗版行为。\n"
        "市民可拨打12345热线电话反映问题,有关部门将及时处理。"
    )
    assert normalise_text(text).text == text


def test_a_report_run_onto_one_line_with_a_copyright_mark_is_no_footer():
    # ©原创 is a widget's label on a page whose headline, stamp and report stand on one line
    line = ("快递春节停运? 国家邮政局:假消息 ©原创 2022-01-11 16:14 0 近日,“春节期间快递停运”的消息又在网络上传播开来。"
            "经国家邮政局核实,该传言为假消息,主要寄递企业均表示“春节不打烊”。")
    assert "国家邮政局核实" in normalise_text(line).text
    # a footer's own sentences stay footer (版权, 转载, 主办, 地址 …)
    lead = "国家邮政局局长马军胜强调,要做好旺季服务保障工作,确保寄递渠道安全畅通,让人民群众满意。\n"
    for footer in ("版权所有©2020 国家邮政局 京ICP备12345678号。未经授权禁止转载本网站内容,违者必究。",
                   "版权所有©中国邮政集团有限公司。为了给您提供更好的服务体验,建议您使用谷歌或者火狐浏览器访问本网站。",
                   "©2024 交通运输部 版权所有。本页面所有文章仅代表作者本人观点,不代表本网立场,欢迎广大网民批评指正。",
                   "Copyright © 2010-2024 中国交通新闻网 All Rights Reserved 主办单位:中国交通报社 地址:北京市东城区"):
        assert normalise_text(lead + footer).text == lead.strip()


def test_never_raises_on_odd_input():
    for text in (
        "",
        "\n\n\n",
        " ",
        "\x00",
        "(",
        "(a)",
        "□",
        "?;",
        "\ufffd" * 5,
        "声明:",
        "|||",
        "首页 >",
        "。" * 50,
    ):
        r = normalise_text(text)
        assert normalise_text(r.text).text == r.text


def test_bytes_are_rejected_with_a_clear_error():
    with pytest.raises(TypeError):
        normalise_text(b"abc")  # type: ignore[arg-type]


def test_steps_order_is_visible_in_one_tuple():
    names = [s.__name__ for s in steps.STEPS]
    assert names.index("fold_width") < names.index("remove_pinyin") < names.index("to_simplified")
    assert names.index("to_simplified") < names.index("remove_spam") < names.index("remove_boilerplate")
    assert names[-1] == "flag_garbled"


def test_a_speech_byline_is_kept_and_a_spaced_out_name_joined():
    text = ("决胜全面建成小康社会\n——在中国共产党第十九次全国代表大会上的报告\n(2017年10月18日)\n习\u3000近\u3000平\n"
            "同志们:\n现在,我代表第十八届中央委员会向大会作报告。中国共产党第十九次全国代表大会,是在全面建成小康社会"
            "决胜阶段召开的一次十分重要的大会。")
    out = normalise_text(text).text
    assert "(2017年10月18日)\n习近平\n同志们:" in out
    report = ("政府工作报告\n——2023年3月5日在第十四届全国人民代表大会第一次会议上\n国务院总理\n李克强\n各位代表:\n"
              "本届政府任期即将结束。现在,我代表国务院,向大会报告工作,请予审议,并请全国政协委员提出意见。")
    assert "国务院总理\n李克强\n各位代表:" in normalise_text(report).text
    # a short line before the body with no speech heading above it is still navigation
    nav = "首页\n新闻中心\n交通运输部召开会议,部署安全生产工作,要求各地压实责任,确保安全形势稳定。"
    assert normalise_text(nav).text.startswith("交通运输部召开会议")


def test_a_simplified_text_with_a_stray_traditional_phrase_keeps_its_own_words():
    """Only the phrase holding the Traditional characters is converted: the Simplified text's
    own words stay, even those zh-cn would rewrite (王丙乾, not 王丙干)."""
    text = ("出席会议的还有王丙乾、邹家华、彭珮云、周光召等同志。会议指出,要扎实推进各项工作,切实做好安全生产。"
            "考古人员在墓中发现刻有“會稽郡壁”字样的砖块,为研究当时的历史提供了实物资料。") * 2
    out = normalise_text(text).text
    assert "王丙乾" in out and "王丙干" not in out
    assert "会稽郡壁" in out and "會" not in out
    # a Traditional text is converted whole, as before
    assert normalise_text("國務院總理主持召開會議,研究部署經濟工作。").text == "国务院总理主持召开会议,研究部署经济工作。"


def test_a_line_of_names_is_no_menu():
    text = "中共中央政治局常委\n习近平 李强 赵乐际 王沪宁 蔡奇 丁薛祥 李希\n会议指出,要加强党的建设。"
    assert "习近平 李强 赵乐际" in normalise_text(text).text
    menu = "首页 新闻 政务 服务 互动 专题\n国家邮政局召开会议,研究部署安全生产工作。"
    assert normalise_text(menu).text == "国家邮政局召开会议,研究部署安全生产工作。"


def test_html_character_references_left_in_text_are_decoded():
    text = "**央视网消息(**&#x65B0;闻联播):今天,国家邮政局召开会议,研究部署&#23433;全生产&nbsp;工作。"
    out = normalise_text(text).text
    assert out == "央视网消息(新闻联播):今天,国家邮政局召开会议,研究部署安全生产 工作。"
    # a reference to an ASCII character is left: decoding it could form markup or a new reference
    kept = "A&#38;#x41;B公司&#60;b&#62;"
    assert normalise_text(kept).text == kept
    for sample in (text, kept, "&#x570B;務院召開會議&#8203;好"):
        once = normalise_text(sample).text
        assert normalise_text(once).text == once


def test_capitalised_latin_in_parentheses_is_no_reading():
    # chemical symbols and abbreviations that happen to spell a reading of the character
    for text in ("锂(Li)电池产业加快发展。", "我爱(AI)中国,人工智能发展迅速。", "钠(Na)离子电池"):
        assert normalise_text(text).text == text
    assert normalise_text("開展調(diào)研").text == "开展调研"


def test_a_pictures_credit_is_no_source_of_the_article():
    text = "2023年城市轨道交通发展迅速。\n图片来源:天水有轨电车\n全国城轨交通运营线路里程持续增长。\n来源:交通运输部"
    result = normalise_text(text)
    assert result.meta.get("source") == "交通运输部"
    assert "图片来源:天水有轨电车" in result.text


def test_a_print_edition_stamp_glued_to_the_last_paragraph_goes_to_meta():
    text = ("国家主席习近平在座谈会上发表重要讲话,强调要坚持以人民为中心的发展思想,推动高质量发展。"
            "(新华社北京9月22日电)《 人民日报 》( 2020年09月23日 02 版)")
    result = normalise_text(text)
    assert result.text.endswith("(新华社北京9月22日电)") and "人民日报" not in result.text
    assert result.meta["source"] == "人民日报"
    assert any(r.reason == "print edition stamp at paragraph end" for r in result.removed)


def test_a_document_number_line_is_no_font_size_widget():
    from policydata.normalise import normalise_text

    norm = normalise_text("发文字号:国办发〔2024〕10号\n国务院办公厅关于加快建设交通强国的意见。经国务院同意,现就有关事项通知如下。")
    assert all("widget" not in r.reason for r in norm.removed)
    assert normalise_text("字号:大 中 小\n国务院办公厅关于加快建设交通强国的意见。经国务院同意,现就有关事项通知如下。"
                          ).text.startswith("国务院办公厅")


def test_a_gambling_game_named_in_quotation_marks_is_news_not_spam():
    from policydata.normalise import normalise_text

    text = "公安机关严厉打击“时时彩”“六合彩”等网络赌博违法犯罪活动,依法查处一批案件。"
    assert normalise_text(text).text == text
    assert normalise_text("凯发k8娱乐官网注册送彩金 国务院召开常务会议,研究部署工作。").text == "国务院召开常务会议,研究部署工作。"


def test_question_marks_after_a_question_particle_are_punctuation_not_garbling():
    from policydata.normalise import normalise_text

    for text in ("这是真的吗??”大家都很惊讶,纷纷议论。", "为什么???他问道。"):
        assert normalise_text(text).text == text
    assert "□" in normalise_text("各地区发展??工作取得成效。").text  # after any other character: garbled


def test_a_reporter_s_gesture_on_its_own_line_is_no_byline():
    from policydata.normalise import normalise_text

    norm = normalise_text("答:你需要我再重复一遍吗?\n(记者点头)\n那好,我可以再重复一遍。")
    assert "(记者点头)" in norm.text and "author" not in norm.meta
    assert normalise_text("(记者 王默)\n国务院召开常务会议,研究部署工作。").meta.get("author") == "王默"


def test_a_licence_notice_closing_the_text_is_removed_whole():
    from policydata.normalise import normalise_text

    body = "奋斗才能赢得未来。让我们更加紧密地团结在党中央周围,凝心聚力,奋发进取,努力完成今年经济社会发展目标任务。" * 6
    notice = ("本作品是中华人民共和国的\n法律\n、\n法规\n,国家机关的决议、决定、命令和其他具有立法、行政、司法性质的文件。"
              "根据《\n中华人民共和国著作权法\n》第五条第一项,属于\n公有领域\n。\nPublic domain\nfalse")
    assert normalise_text(body + "\n" + notice).text == body
    # a story that mentions a work is no notice
    story = body + "\n本作品由当地群众集体创作,获得了一等奖。"
    assert normalise_text(story).text == story


def test_a_line_listing_bodies_or_cities_is_content_not_a_menu():
    from policydata.normalise import normalise_text

    body = "国务院召开常务会议,研究部署推动交通运输高质量发展的有关工作,强调要保障物流畅通,各部门要加强协同配合。"
    for listed in ("交通运输部 国家铁路局 中国民航局 国家邮政局 国铁集团", "北京 天津 上海 重庆 广州 深圳"):
        assert listed in normalise_text(f"{body}\n{listed}\n{body}").text
    for menu in ("首页 新闻 政务 服务 互动", "人民网 新华网 央视网 光明网"):
        assert menu not in normalise_text(f"{body}\n{menu}\n{body}").text


def test_four_question_marks_after_a_particle_are_still_punctuation():
    from policydata.normalise import normalise_text

    text = "记者问:这个政策真的有效吗????发言人表示,会有效。"
    assert normalise_text(text).text == text


def test_the_script_is_judged_again_after_spam_took_text_away():
    from policydata.normalise import normalise_text

    # 後 alone in a Simplified text with spam stays (a GB2312 character); once the spam is gone
    # the text reads mixed and is converted whole: the first pass must give what a second gives
    first = normalise_text("後习近平习近平习近平国产精品国产精品凯发").text
    assert first == normalise_text(first).text == "后习近平习近平习近平"


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("國務院副總理何立峯強調,要穩住經濟大盤。", "国务院副总理何立峰强调,要稳住经济大盘。"),
        ("推進碳達峯碳中和,加強職業敎育。", "推进碳达峰碳中和,加强职业教育。"),
        ("何立峯出席会议。", "何立峰出席会议。"),  # a Simplified page with the variant
        ("商務部新聞發言人束玨婷12日說。", "商务部新闻发言人束珏婷12日说。"),
        ("商务部副部长姜増伟表示,経済発展。", "商务部副部长姜增伟表示,经济发展。"),  # Japanese forms
        ("全省晩稻品质提升。", "全省晚稻品质提升。"),
        ("出臺如此眾多的重大舉措需要反覆醖釀。", "出台如此众多的重大举措需要反复酝酿。"),  # OpenCC s2hk's 醖
    ],
)
def test_variant_characters_are_folded_in_any_script(given, expected):
    r = normalise_text(given)
    assert r.text == expected
    assert normalise_text(r.text).text == r.text


def test_variant_folds_are_final_and_leave_distinct_characters_alone():
    folds = script.VARIANT_FOLDS
    assert not set(folds.values()) & set(folds)  # one fold is final
    assert not set(folds.values()) & script.traditional_chars()
    # characters that differ in meaning from their look-alike, or that names use on purpose
    for kept in "著祗甦堃喆迺蔴":
        assert kept not in folds
    assert normalise_text("复甦").text == "复甦" and normalise_text("祗园").text == "祗园"


@pytest.mark.parametrize(
    "credit",
    ["责任编辑:王晓东 校对:李娜", "校对:李娜 责任编辑:王晓东", "责任编辑:王晓东  审核:张三  终审:赵六",
     "责任编辑 王晓东 校对:李娜", "(责任编辑:王晓东 主编:李娜)"],
)
def test_an_editor_s_name_ends_where_the_next_staff_label_opens(credit):
    r = normalise_text("国家邮政局召开会议,部署寄递渠道安全工作,要求严格落实三项制度。\n" + credit)
    assert r.text == "国家邮政局召开会议,部署寄递渠道安全工作,要求严格落实三项制度。"
    assert r.meta["editor"] == "王晓东"


@pytest.mark.parametrize(
    ("line", "is_caption"),
    [
        ("图为会议现场。新华社记者 李学仁 摄", True),
        ("图为会议现场。(新华社记者 李学仁 摄)", True),
        ("上图:马军胜在会上讲话。本报记者 刘萌 摄", True),
        ("新华社记者李学仁摄", True),
        ("▲资料图片(新华社记者 王鹏 摄)", True),  # a bracketed credit may follow any character
        ("(图)马军胜在会上讲话 新华社记者 王鹏 摄", True),
        ("他说(记者王五拍摄)", False),
        ("他从事新闻摄影工作三十年,拍摄了大量照片。", False),
        ("他让记者王五拍摄", False),
        ("会议强调,要严禁偷拍偷摄", False),
    ],
)
def test_a_photo_caption_goes_with_its_credit_a_sentence_about_photography_stays(line, is_caption):
    text = "国家邮政局局长马军胜强调,要做好旺季服务保障工作。\n" + line + "\n马军胜指出,要加强安全监管。"
    r = normalise_text(text)
    assert (line not in r.text) == is_caption
    assert "要做好旺季服务保障工作" in r.text and "要加强安全监管" in r.text
    assert normalise_text(r.text).text == r.text


@pytest.mark.parametrize(
    ("line", "left"),
    [
        # what the picture shows may be what the article reports: only the credit goes
        ("交通运输部部长李小鹏介绍交通运输推进供给侧结构性改革的有关情况。中国网记者 宗超 摄",
         "交通运输部部长李小鹏介绍交通运输推进供给侧结构性改革的有关情况。"),
        ("他指出,要加强监管。会议要求各地做好保障,确保平稳。新华社记者 李学仁 摄",
         "他指出,要加强监管。会议要求各地做好保障,确保平稳。"),
    ],
)
def test_a_photo_credit_closing_another_line_goes_alone(line, left):
    r = normalise_text("国家邮政局局长马军胜强调,要做好旺季服务保障工作。\n" + line)
    assert r.text == "国家邮政局局长马军胜强调,要做好旺季服务保障工作。\n" + left
    assert [x.reason for x in r.removed] == ["photo credit"]


BODY = "国家邮政局局长马军胜强调,要做好旺季服务保障工作,确保寄递渠道安全畅通。"


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        # dated items, and the page's own stamp after the list: lifted, not taken with the list
        ("相关新闻\n- 李强主持召开国务院常务会议\n[2025-10-05]\n- 王沪宁会见乌兹别克斯坦客人\n"
         "2013年04月18日 09时01分\n" + BODY, BODY),
        ("猜你喜欢\n1. 李强主持召开国务院常务会议\n2. 王沪宁会见乌兹别克斯坦客人\n" + BODY, BODY),
        # unmarked short lines under the heading may be the article's own title: they stay
        ("推荐阅读\n国家邮政局召开旺季服务保障工作会议\n" + BODY, "国家邮政局召开旺季服务保障工作会议\n" + BODY),
        # a bulleted line of the article after its first paragraph is the article's
        (BODY + "\n热点推荐\n· 李强主持召开国务院常务会议", BODY),
    ],
)
def test_a_list_of_headlines_under_a_recommendation_heading_above_the_article_goes(given, expected):
    r = normalise_text(given)
    assert r.text == expected
    assert normalise_text(r.text).text == r.text


def test_the_page_s_stamp_after_a_list_on_top_is_still_lifted():
    r = normalise_text("相关新闻\n· 李强主持召开国务院常务会议\n2013年04月18日 09时01分\n" + BODY)
    assert r.meta["published_raw"] == "2013年04月18日 09时01分"


@pytest.mark.parametrize(
    ("line", "cut"),
    [
        ("代开发票QQ:2836459912", "代开发票QQ:2836459912"),  # an ad word with a contact
        ("澳门新葡京www.xpj8866.com", "澳门新葡京www.xpj8866.com"),  # the link goes with the cluster
        ("澳门新葡京 www.xpj8866.com", "澳门新葡京 www.xpj8866.com"),  # also a space apart
        ("新葡京娱乐场", "新葡京娱乐场"),  # no 场 left behind
        ("更多精彩请访问 http://www.bet365-cn.com", "更多精彩请访问 http://www.bet365-cn.com"),
    ],
)
def test_an_advert_goes_whole_inside_a_sentence(line, cut):
    whole, cuts = spam.find_spam("马军胜指出,要加强安全监管。" + line + "要确保寄递渠道畅通。")
    text = "马军胜指出,要加强安全监管。" + line + "要确保寄递渠道畅通。"
    assert not whole and [text[s:e] for s, e in cuts] == [cut]


@pytest.mark.parametrize(
    "line",
    ["办理各类证件 代开增值税发票 QQ:88886666", "成人视频 免费在线观看 http://www.av99.xyz",
     "真人百家乐 在线棋牌 体育投注 首存送100%", "代开发票 联系QQ:2836459912 微信同号"],
)
def test_advert_lines_are_spam_lines(line):
    assert spam.find_spam(line) == (True, [])


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("刘君出席。亚博体育官网入口", "刘君出席。"),
        ("马军胜主持会议。凯发k8娱乐客户端", "马军胜主持会议。"),
        ("国内联播快讯 -亚博体育官网入口", "国内联播快讯"),
        ("亚博体育官网入口 - 国内联播快讯", "国内联播快讯"),
    ],
)
def test_a_short_real_line_keeps_its_text_when_spam_is_appended(line, kept):
    assert normalise_text("国家邮政局局长马军胜强调,要做好旺季服务保障工作。\n" + line).text.split("\n")[1] == kept
    assert normalise_text(line).text == kept  # a title alone


def test_a_given_title_with_spam_appended_keeps_its_headline():
    from policydata.process import guess_title
    from policydata.records import Extracted

    extracted = Extracted("d", "r", "s", None, "utf-8", "国内联播快讯 -亚博体育官网入口", None, None, None, "正文。")
    assert guess_title(extracted, None) == "国内联播快讯"


LEAD = "国家邮政局局长马军胜强调,要做好旺季服务保障工作。\n"


@pytest.mark.parametrize(
    ("line", "left", "meta"),
    [
        # a widget or a staff credit after the photo credit hides no caption from the first run
        ("图为会议现场。【纠错】新华社记者 李学仁 摄", None, {}),
        ("图为会议现场。新华社记者 李学仁 摄【纠错】", None, {}),
        ("马军胜指出,要加强安全监管,确保寄递渠道畅通。新华社记者 李学仁 摄(责任编辑:王五)",
         "马军胜指出,要加强安全监管,确保寄递渠道畅通。", {"editor": "王五"}),
        ("马军胜指出,要加强安全监管,确保寄递渠道畅通。(责任编辑:王五)新华社记者 李学仁 摄",
         "马军胜指出,要加强安全监管,确保寄递渠道畅通。", {"editor": "王五"}),
        # credits one after another go together
        ("马军胜指出,要加强安全监管。新华社记者 李学仁 摄(新华社记者 王鹏 摄)", "马军胜指出,要加强安全监管。", {}),
        # a staff credit followed by a widget (the second run used to find the credit)
        ("马军胜指出,要加强安全监管,确保寄递渠道畅通。(责任编辑:王五)【纠错】",
         "马军胜指出,要加强安全监管,确保寄递渠道畅通。", {"editor": "王五"}),
    ],
)
def test_credits_closing_a_line_are_found_as_the_line_will_be_left(line, left, meta):
    r = normalise_text(LEAD + line)
    assert r.text == LEAD + left if left else r.text == LEAD.strip()
    assert normalise_text(r.text).text == r.text
    for key, value in meta.items():
        assert r.meta[key] == value
    one = normalise_text(line)  # the same line alone (a title's path)
    assert normalise_text(one.text).text == one.text


@pytest.mark.parametrize(
    "text",
    [
        "马军胜指出,要加强安全监管。成人视频-【纠错】QQ:88886666要确保寄递渠道畅通。",  # a widget apart
        "马军胜指出,要加强安全监管。凯发【纠错】k8娱乐客户端要确保寄递渠道畅通。",
        "马军胜指出,要加强安全监管。代开发票http://www.av99.xyz-新葡京要确保寄递渠道畅通。",
        "马军胜指出,要加强安全监管。代开发票www.xpj8866.comQQ:88886666办理各类证件百家乐要确保寄递渠道畅通。",
    ],
)
def test_an_advert_is_cut_whole_in_the_first_run(text):
    r = normalise_text(text)
    assert r.text == "马军胜指出,要加强安全监管。要确保寄递渠道畅通。"


def test_spam_beside_a_government_site_leaves_its_address_whole():
    r = normalise_text("马军胜指出,要加强安全监管。详见www.gov.cn百家乐,要确保寄递渠道畅通。")
    assert r.text == "马军胜指出,要加强安全监管。详见www.gov.cn,要确保寄递渠道畅通。"
    assert normalise_text(r.text).text == r.text


def test_a_line_opening_with_a_web_address_is_no_address_alone():
    text = "国家邮政局局长马军胜强调,要做好旺季服务保障工作。\nhttp://www.spb.gov.cn国家邮政局召开会议研究部署旺季服务保障工作"
    assert normalise_text(text).text == text
    assert normalise_text("国家邮政局局长马军胜强调,要做好旺季服务保障工作。\nhttp://www.spb.gov.cn/xxgk/").text == (
        "国家邮政局局长马军胜强调,要做好旺季服务保障工作。"
    )


def test_a_qq_number_stops_before_a_year_glued_to_it():
    r = normalise_text("马军胜指出,要加强安全监管。代开发票QQ:28364599122021年,西藏开展3次村庄清洁专项行动。")
    assert r.text == "马军胜指出,要加强安全监管。2021年,西藏开展3次村庄清洁专项行动。"


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        # a news paragraph a weak word opens and spam closes keeps its text
        ("联系群众是我们党的最大政治优势,推动各项惠民政策落地见效。澳门新葡京娱乐场",
         "联系群众是我们党的最大政治优势,推动各项惠民政策落地见效。"),
        # an advert's own slogan after it goes with it
        ("澳门新葡京娱乐场。欢迎您的光临!", None),
        ("四肖八码期期准。稳赚不赔!", None),
    ],
)
def test_spam_rules_of_the_review(line, kept):
    out = normalise_text("国家邮政局召开会议,研究部署安全生产工作。\n" + line).text.split("\n")
    assert out[1:] == ([kept] if kept else [])


def test_a_stamp_right_under_the_headline_is_the_page_s_but_a_closing_update_line_is_not():
    head = "工信部:要用心用情当好制造业企业的“娘家人”,健全常态化沟通交流机制\n\n锤子财富2023-07-06 22:39:281\n"
    r = normalise_text(head + BODY)
    assert r.meta["published_raw"].startswith("2023-07-06")
    r = normalise_text("**央视网消息**(新闻联播):神州大地,春意浓浓,花木繁盛,美景如画。\n\n---\n\n更新时间:2023-09-04T14:24:38.375Z")
    assert "published_raw" not in r.meta


def test_review_an_event_s_time_and_place_line_under_the_headline_is_no_stamp():
    head = "国家邮政局召开会议,部署安全生产工作,全力保障寄递渠道安全畅通。\n时间:2019年5月9日 地点:北京\n"
    assert "published_raw" not in normalise_text(head + BODY).meta
    # a bare 时间: beside the page's click count is its stamp
    head = "河北省副省长肯定省邮政管理工作,强调多方面保障行业发展\n\n时间:2024-03-22 点击:15次\n"
    assert normalise_text(head + BODY).meta["published_raw"] == "2024-03-22"


def test_a_stamp_under_the_headline_the_site_s_name_and_its_section_is_the_page_s():
    head = ("修订沿海港口布局规划,规范港口收费……2018全国交通运输工作会议聚焦-物流信息网\n \n物流信息网\n \n行业动态\n \n"
            "修订沿海港口布局规划,规范港口收费……2018全国交通运输工作会议聚焦\n \n2017-12-26 ·\n\n")
    assert normalise_text(head + BODY).meta["published_raw"] == "2017-12-26"
    # not under a paragraph of the article (a sentence closed by 。 came first)
    head = BODY + "\n \n相关链接\n \n行业动态\n \n2017-12-26 ·\n\n"
    assert "published_raw" not in normalise_text(head + BODY + "\n" + BODY).meta


def test_an_adult_keyword_header_line_is_spam():
    line = ("午夜国产小视频在线观看黄_日韩中文字幕2020_欧美亚洲日韩中文在线_首之国产AV医生和护士小芳_婷婷精品大全在线观看_"
            "午夜老司机三级黄的片爽出水了_可播放的男男videos_亚洲毛片在线免费观看视频_日韩人妻白浆_凹凸国产熟女精品视频")
    assert spam.find_spam(line)[0]
    text = normalise_text(line + "\n\n李小鹏:今年取消省界收费站\n\n更新时间:2019-03-05 14:04:16点击次数:1237次\n\n" + BODY)
    assert "午夜" not in text.text and text.meta["published_raw"] == "2019-03-05 14:04:16"
    # the words news uses (中日韩, 老司机, 午夜) are no spam alone
    for line in ("中日韩三国领导人会议在东京举行。", "老司机们说,春运期间道路安全最重要。", "午夜时分,抢险队员仍在一线。",
                 "三江平原白浆土面积达500万亩。"):
        assert spam.find_spam(line) == (False, []), line


def test_a_publication_label_alone_on_its_line_dates_the_page_by_the_next_line():
    # Macao's government pages: the label, a vertical-form colon, the date on the next line
    r = normalise_text(BODY + "\n发布日期︰\n2026-01-02\n消息来源︰\n澳门交通事务局")
    assert r.meta["published_raw"] == "2026-01-02"
    assert "︰" not in r.text
    # a table's cell bar right after the label's colon, after the body
    r = normalise_text(BODY + "\n发布时间: | 2022-05-11 21:51 |")
    assert r.meta["published_raw"] == "2022-05-11 21:51"
    # an event's time under the publication label is no publication date
    assert "published_raw" not in normalise_text(BODY + "\n发布时间:\n会议时间:2026-01-02\n").meta


@pytest.mark.parametrize(
    "first, title",
    [
        ("新任曹县县委书记 第二天去了哪里", "新任曹县县委书记 第二天去了哪里"),
        # an e-paper's or a page's stamp on the first line is no headline (nor an event's date)
        ("2021年12月29日", None),
        ("2024-03-22 10:01:13", None),
        ("2021年12月29日 星期三", None),
    ],
)
def test_a_text_page_s_first_line_is_its_title_unless_only_a_date(first, title):
    from policydata.normalise import normalise_text as norm
    from policydata.process import guess_title
    from policydata.records import Extracted

    body = first + "\n本报讯 12月25日,曹县县委书记赵福龙实地调研疫情防控工作。"
    extracted = Extracted("d", "r", "s", None, "utf-8", None, None, None, None, body)
    assert guess_title(extracted, norm(body)) == title


def test_an_e_paper_s_date_line_dates_the_page_not_its_event():
    from policydata.process import process_raw
    from policydata.records import RawDocument

    body = ("2021年12月29日\n第A4版:新闻\n新任曹县县委书记 第二天去了哪里\n"
            "本报讯 12月25日,曹县县委书记赵福龙实地调研疫情防控工作。赵福龙强调,要严格落实疫情防控工作要求。")
    raw = RawDocument(doc_id="d", raw_id="r", source="s", kind="text", data=body.encode("utf-8"),
                      read_at="2026-01-01T00:00:00+00:00")
    tags = process_raw(raw).tags
    assert (tags.event_date.value, tags.published) == ("2021-12-25", "2021-12-29")


def test_a_reprint_credit_at_the_foot_gives_its_issue_s_date() -> None:
    text = ("住房城乡建设部召开会议。\n12月16日下午,部城市建设司紧急召开北方采暖地区城镇供热设施安全稳定运行保障工作视频会议,"
            "要求各地深刻认识当前阶段城镇供热工作的特殊重要性。\n摘自《中国建设报》2023.12.18程建")
    n = normalise_text(text)
    assert "摘自" not in n.text
    assert n.meta["published_raw"] == "2023.12.18"


def test_a_portal_s_clock_gives_way_to_the_story_s_labelled_stamp():
    text = ("2024-11-23 12:59:52\n首页 国际 港澳台 华人 中国 社会 领导 地方 人物 城市 财经\n当前位置:首页 > 领导\n"
            "文章来源:环球聚焦传媒网    作者:    发布时间:2017-03-07 21:56    点击量:440\n" + BODY)
    assert normalise_text(text).meta["published_raw"].startswith("2017-03-07")
