"""Speaker tagging: golden cases, the tricky rules one by one, properties, and floors on real pages."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from policydata.tag import kb
from policydata.tag.speakers import _foreign_body, tag_speakers

GOLDEN = Path(__file__).resolve().parent / "golden" / "speakers"
SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def _speakers(text: str, **kw) -> dict[str, tuple[str | None, str | None]]:
    return {s.name: (s.title, s.org) for s in tag_speakers(text, **kw) if s.role == "speaker"}


def _roles(text: str, **kw) -> dict[str, str]:
    return {s.name: s.role for s in tag_speakers(text, **kw)}


# --- golden cases -------------------------------------------------------------------------------


@pytest.mark.parametrize("path", sorted(GOLDEN.glob("*.json")), ids=lambda p: p.stem)
def test_golden(path: Path):
    case = json.loads(path.read_text(encoding="utf-8"))
    got = tag_speakers(case["text"], title=case["title"], published=case["published"])
    speakers = [{"name": s.name, "title": s.title, "org": s.org} for s in got if s.role == "speaker"]
    others = [{"name": s.name, "role": s.role} for s in got if s.role != "speaker"]
    assert speakers == case["speakers"]
    assert others == case["others"]
    for s in got:
        assert s.evidence, s
        if s.start is not None:  # offsets cover the name as written (马军 completed to 马军胜)
            assert s.name.startswith(case["text"][s.start : s.end])


def test_golden_set_is_not_trivial():
    assert len(list(GOLDEN.glob("*.json"))) >= 12


# --- rules ----------------------------------------------------------------------------------------


def test_title_split_into_post_and_org():
    got = _speakers("部党组成员、国家邮政局局长马军胜指出,要做好旺季服务保障。", published="2016-10-01")
    assert got == {"马军胜": ("局长", "国家邮政局")}
    got = _speakers("国家邮政局党组书记、局长赵冲久强调,要推动行业高质量发展。", published="2025-11-27")
    assert got == {"赵冲久": ("党组书记、局长", "国家邮政局")}


def test_standard_short_org_names_kept_informal_ones_written_in_full():
    # the commission's own standard name is 国家发展改革委 (the gold guide writes organisations in
    # full: 国家发改委 and 发展改革委 are contractions of it)
    got = tag_speakers("国家发改委副秘书长张世昕表示,物流保通保畅取得积极成效。")
    assert (got[0].org, got[0].org_id) == ("国家发展改革委", "ndrc")
    got = tag_speakers("发布会由发展改革委新闻发言人孟玮主持。孟玮表示,物价总体平稳。")
    assert (got[0].org, got[0].org_id) == ("国家发展改革委", "ndrc")
    got = tag_speakers("国家发展和改革委员会副主任连维良表示,春运准备工作已经就绪。")
    assert (got[0].org, got[0].org_id) == ("国家发展和改革委员会", "ndrc")
    got = tag_speakers("国新办新闻局副局长袭艳春表示,欢迎大家出席发布会。")
    assert (got[0].org, got[0].org_id) == ("国务院新闻办公室新闻局", "scio")
    # A local body is not the national one whose contraction it contains.
    got = tag_speakers("山东省发改委主任王某某表示,要加快项目建设。")
    assert got[0].org_id is None


def test_pronoun_continues_last_named_official():
    text = "国家邮政局副局长刘君带队检查寄递安全工作。\n检查期间,她强调,要严格落实实名收寄制度。"
    assert _speakers(text, published="2019-05-05") == {"刘君": ("副局长", "国家邮政局")}


def test_pronoun_without_named_official_gives_nobody():
    assert _speakers("他强调,要严格落实实名收寄制度。") == {}


def test_group_statements_do_not_make_the_chair_a_speaker():
    text = "交通运输部副部长戴东昌带队检查。检查组要求,各地要落实安全生产责任。会议强调,要抓好隐患排查。"
    roles = _roles(text, published="2016-03-01")
    assert roles.get("戴东昌") != "speaker"


def test_unnamed_spokesperson_is_not_listed():
    assert tag_speakers("外交部发言人表示,中方对此表示欢迎。") == []


def test_studied_author_is_not_a_speaker():
    text = "会议传达学习了习近平总书记重要讲话精神。会议指出,要以习近平新时代中国特色社会主义思想为指导。"
    assert _speakers(text) == {}


def test_instruction_given_after_attention_paid_is_a_statement():
    # 高度重视并作出重要指示指出: the instruction is reported, not only studied, even when the
    # report later acts "根据习近平重要指示"
    text = ("事故发生后,中共中央总书记习近平高度重视并作出重要指示指出,要全力救治受伤人员。"
            "习近平强调,要压实安全生产责任。根据习近平重要指示和李强要求,应急管理部派出工作组。")
    assert "习近平" in _speakers(text)


def test_answers_under_a_heading_are_the_spokesperson_s_not_their_subject_s():
    text = "问:美国前总统乔治·布什逝世,中方有何评论?\n答:我们对布什先生逝世表示哀悼。"
    got = _roles(text, title="外交部发言人陆慷就美国前总统乔治·布什逝世答记者问")
    assert got == {"陆慷": "speaker"}  # the matter of the answers (就…) was not there


def test_a_pronoun_on_a_question_line_makes_no_speaker():
    text = ("问:日前,美国国防部长马蒂斯访问日本时称,美方无需采取行动。但他也称,中国有关行为损害互信。中方有何评论?\n"
            "答:我们注意到有关报道。")
    assert "马蒂斯" not in _speakers(text, title="2017年2月6日外交部发言人陆慷主持例行记者会")


def test_someone_s_family_or_spokesperson_speaks_not_they():
    assert _speakers("我们向津巴布韦前总统穆加贝先生的家属表示诚挚慰问。") == {}
    assert "习近平" in _speakers("国家主席习近平的新年贺词指出,要做好工作。")


def test_officials_named_in_a_question_or_greeted_from_afar_did_not_attend():
    text = ("问:应国家主席习近平邀请,菲律宾总统杜特尔特将访华。中方有何期待?\n答:我们欢迎杜特尔特总统访华。")
    assert _roles(text, title="2016年10月11日外交部发言人陆慷主持例行记者会") == {"陆慷": "speaker"}
    roles = _roles("国务院副总理韩正在新加坡转达国家主席习近平的亲切问候。总理李显龙会见了韩正。")
    assert "习近平" not in roles
    # the one met, or given an award, was there
    assert _roles("国家主席习近平在人民大会堂会见联合国秘书长古特雷斯。").get("古特雷斯") == "attendee"
    assert _roles("总统今天出席研讨会,并颁奖给台北市政府捷运局局长常岐德。").get("常岐德") == "attendee"


def test_a_speech_then_what_was_done_next_is_no_statement():
    text = ("陈总统水扁先生今天前往嘉义市参加国际管乐节活动并应邀致词,随后在内政部前部长张博雅、"
            "嘉义市长陈丽贞等贵宾陪同下观赏表演。")
    roles = _roles(text)
    assert roles["张博雅"] == "attendee" and roles["陈丽贞"] == "attendee"


def test_habitual_quotation_is_not_a_report():
    text = "习近平总书记多次强调,人民至上、生命至上。"
    assert _speakers(text) == {}


def test_object_of_report_is_not_the_speaker():
    text = "浙江省邮政分公司负责人向交通运输部部长李小鹏汇报了邮政服务情况,介绍了无人机邮路。"
    assert "李小鹏" not in _speakers(text, published="2018-09-10")


def test_nominal_speech_is_not_a_statement():
    text = "发展研究中心学习马军胜同志在全国邮政管理工作会议上的讲话精神。"
    assert _speakers(text) == {}


def test_chair_and_attendee_roles():
    text = "8月31日,生态环境部部长黄润秋主持召开部务会议。生态环境部副部长于会文、郭芳出席会议。\n会议指出,要推进美丽中国建设。"
    assert _roles(text, published="2023-08-31") == {
        "黄润秋": "chair",
        "于会文": "attendee",
        "郭芳": "attendee",
    }


def test_chair_whose_words_are_quoted_is_a_speaker_once():
    text = "局党组书记、局长赵冲久主持会议并讲话。赵冲久强调,要坚决扛起安全生产政治责任。"
    got = tag_speakers(text, published="2024-06-01")
    assert [(s.name, s.role) for s in got] == [("赵冲久", "speaker")]
    assert got[0].org == "国家邮政局"  # from the knowledge base: 局 alone names no body


def test_surname_title_reference_resolves_to_document_person():
    text = "国家邮政局局长马军胜出席会议。马局长要求,各地要做好旺季服务保障工作。"
    assert _speakers(text, published="2016-11-01") == {"马军胜": ("局长", "国家邮政局")}


def test_surname_title_reference_completed_from_kb_only_when_unique():
    text = "国家邮政局召开会议。马局长要求,要做好旺季服务保障工作。"
    assert _speakers(text, published="2016-11-01") == {"马军胜": ("局长", "国家邮政局")}
    # The organisation is not named: 马局长 may head any 局.
    assert _speakers("马局长要求,要做好旺季服务保障工作。", published="2016-11-01") == {}
    # A county bureau's 刘局长 is not 国家邮政局's 刘君, even when 国家邮政局 is named elsewhere.
    text = "国家邮政局发布通知。县水利局的刘局长表示,要做好防汛准备。"
    assert "刘君" not in _speakers(text, published="2020-05-01")
    # Two ministers surnamed 李 in 2018 (李小鹏, 李干杰): nobody is guessed.
    assert _speakers("李部长要求,要做好安全生产工作。", published="2018-01-01") == {}


def test_kb_name_is_not_read_inside_a_longer_name():
    # 刘伟 is a transport minister in the knowledge base; 刘伟平 is someone else.
    text = "甘肃省委副书记、省长刘伟平主持会议。刘伟平代表省委省政府表示感谢。"
    got = _speakers(text, published="2016-05-01")
    assert set(got) == {"刘伟平"}


def test_qa_turns_need_two_turns_or_an_anchor():
    # A one-off "name: headline" line in a list of links is not a transcript.
    assert _speakers("相关新闻\n罗高亭:城市供水的守护者\n") == {}
    text = "何亚东:各位记者朋友,大家下午好。\n问:请介绍一下情况。\n何亚东:好的。"
    assert _speakers(text, published="2024-02-22") == {"何亚东": ("新闻发言人", "商务部")}


def test_press_conference_title_names_the_spokesperson():
    got = tag_speakers(
        "问:中方对此有何评论?\n答:中方的立场是明确的。", title="2020年4月29日外交部发言人耿爽主持例行记者会"
    )
    assert [(s.name, s.role, s.org, s.org_id) for s in got][:1] == [("耿爽", "speaker", "外交部", "mfa")]
    assert got[0].start is None  # found in the title, not in the text


def test_provincial_and_company_people_come_from_patterns():
    text = "副省长吕维峰表示,省政府将继续支持邮政行业发展。中国邮政集团公司副总经理温少祺强调,要确保安全。"
    got = _speakers(text)
    assert got["吕维峰"] == ("副省长", None)
    assert got["温少祺"] == ("副总经理", "中国邮政集团公司")


def test_bare_province_in_title_takes_the_province_named_before():
    text = "12月4日,甘肃省政府在兰州召开交通运输工作汇报会。省委副书记、省长刘伟平主持会议并讲话,他表示要加快建设。"
    got = tag_speakers(text)
    assert (got[0].name, got[0].org) == ("刘伟平", "甘肃省")
    text = "在山东调研期间,省交通运输厅党组书记、厅长孟庆斌介绍,全省高速公路通车里程持续增长。"
    assert _speakers(text) == {"孟庆斌": ("党组书记、厅长", "山东省交通运输厅")}


def test_date_and_weekday_words_are_not_names():
    assert _speakers("外交部发言人周六表示已提出严正交涉。") == {}
    assert _speakers("武汉市长也表示,当时信息披露不及时。") == {}


def test_year_from_published_selects_the_post():
    assert _speakers("黄润秋指出,要打好污染防治攻坚战。", published="2019-01-10") == {
        "黄润秋": ("副部长", "生态环境部")
    }
    assert _speakers("黄润秋指出,要打好污染防治攻坚战。", published="2021-01-10") == {
        "黄润秋": ("部长", "生态环境部")
    }


# --- properties -----------------------------------------------------------------------------------

_ALPHABET = st.sampled_from(
    list(
        "李小鹏马军胜部长局长国家邮政局交通运输部指出强调表示他说:,。、\n 问答主持出席会议习近平总书记重要讲话精神【】[]"
    )
)


@settings(max_examples=300, deadline=None)
@given(st.text(_ALPHABET, max_size=200), st.one_of(st.none(), st.text(_ALPHABET, max_size=30)))
def test_never_raises_and_offsets_point_at_names(text, title):
    got = tag_speakers(text, title=title, published="2018-01-01")
    names = [s.name for s in got]
    assert len(names) == len(set(names))
    for s in got:
        assert s.role in {"speaker", "chair", "attendee"}
        assert re.fullmatch(r"[\u4e00-\u9fff·]{2,6}", s.name)
        if s.start is not None:
            assert s.end is not None and s.name.startswith(text[s.start : s.end])


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=300))
def test_arbitrary_text_never_raises(text):
    for s in tag_speakers(text):
        assert s.name


# --- floors on real pages (skip without ../shared) ---------------------------------------------


def _normalise():
    try:
        from policydata.normalise import normalise_text
    except ImportError:  # the normaliser's stand-in, as documented for taggers
        import zhconv_rs

        width = str.maketrans(
            {"，": ",", "：": ":", "（": "(", "）": ")", "；": ";", "！": "!", "？": "?", "\u3000": " "}
        )
        pinyin = re.compile(r"(?<=[\u4e00-\u9fff])\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹ]+\)")

        def approx(t: str) -> str:
            t = zhconv_rs.zhconv(t, "zh-cn").translate(width)
            t = re.sub(r"[０-９Ａ-Ｚａ-ｚ]", lambda m: chr(ord(m.group()) - 0xFEE0), t)
            return pinyin.sub("", t)

        return approx
    return lambda t: normalise_text(t).text


def _org_ok(pred: str | None, gold: str | None) -> bool:
    """Gold may name the body or the body with a department; short and full names are the same body."""
    if gold is None:
        return True
    if pred is None:
        return False
    if pred == gold or gold.startswith(pred) or pred.startswith(gold):
        return True
    a, b = kb.canonical_org(pred), kb.canonical_org(gold)
    return a is not None and b is not None and a[0] == b[0]


def _jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def test_floor_on_pages_dev():
    corpus, gold_path = SHARED / "corpus" / "pages_dev.jsonl", SHARED / "gold" / "pages_dev.gold.jsonl"
    if not corpus.exists() or not gold_path.exists():
        pytest.skip("shared corpus not available")
    norm = _normalise()
    gold = {g["id"]: g for g in _jsonl(gold_path)}
    tp = fp = fn = org_ok = otp = ofp = ofn = 0
    for doc in _jsonl(corpus):
        g = gold[doc["id"]]
        got = tag_speakers(norm(doc["text"]))
        pred = {s.name: s for s in got if s.role == "speaker"}
        want = {s["name"]: s for s in g["speakers"]}
        tp += len(pred.keys() & want.keys())
        fp += len(pred.keys() - want.keys())
        fn += len(want.keys() - pred.keys())
        org_ok += sum(_org_ok(pred[n].org, want[n]["org"]) for n in pred.keys() & want.keys())
        pred_o = {s.name for s in got if s.role != "speaker"}
        want_o = {s["name"] for s in g.get("others") or []}
        otp += len(pred_o & want_o)
        ofp += len(pred_o - want_o)
        ofn += len(want_o - pred_o)
    precision, recall = tp / (tp + fp), tp / (tp + fn)
    f1 = 2 * precision * recall / (precision + recall)
    # Floors measured 2026-11-29 (P = R = 0.989, org 0.967, others P 0.983 R 0.725), rounded down.
    assert f1 >= 0.98, (precision, recall, f1)
    assert org_ok / tp >= 0.96, org_ok / tp
    # others: recall 0.725 -> 0.762 once names before 组织/传达/提交 were read (session 11)
    assert otp / (otp + ofp) >= 0.98 and otp / (otp + ofn) >= 0.77, (otp, ofp, ofn)  # 0.775


def _mfa_tagged(title: str, *, unless: str | None = None):
    """(title match, tagged people) for each MFA document whose title matches ``title`` (and
    does not hold ``unless``); skips when the shared corpus is absent."""
    corpus = SHARED / "corpus" / "mfa_remarks_2016_2020.jsonl"
    if not corpus.exists():
        pytest.skip("shared corpus not available")
    norm = _normalise()
    pattern = re.compile(title)
    for doc in _jsonl(corpus):
        m = pattern.search(doc["title"])
        if m and not (unless and unless in doc["title"]):
            yield m, tag_speakers(norm(doc["text"]), title=norm(doc["title"]))


def test_floor_on_mfa_press_conferences():
    n = ok = 0
    for m, got in _mfa_tagged(r"外交部发言人(.+?)主持例行记者会"):
        n += 1
        ok += any(s.name == m.group(1) and s.role == "speaker" and s.org == "外交部" for s in got)
    assert n >= 800
    assert ok / n >= 0.99, (ok, n)  # measured 814 / 814


def test_floor_on_mfa_press_conferences_no_speaker_from_questions_or_announcements():
    """The answers of a regular press conference are its host's: people a reporter's question
    cites, or whom the opening announcements name, are not speakers. Measured: the host alone
    in 603 of 814 (361 before questions and announcements were told apart); the rest mostly
    relay someone's earlier words inside an answer (王毅…表示), which this leaves as it is."""
    n = alone = 0
    for m, got in _mfa_tagged(r"外交部发言人(.+?)主持例行记者会"):
        n += 1
        alone += {s.name for s in got if s.role == "speaker"} == {m.group(1)}
    assert n >= 800
    # 600 since foreign names joined by · are read (session 11), 549 since names in transliteration
    # after a foreign post are (俄罗斯外长拉夫罗夫也表示…, session 12): the answers relay more
    # foreign officials' words, the class this test leaves alone; 603 before both. A reporter's
    # turn (法新社记者:…) is a question: the officials it cites are no speakers. 561 since a
    # pronoun on a question line (问:…马蒂斯…称…但他也称…) no longer makes the official it
    # continues a speaker, and the subject of 就…答记者问 no longer takes the answers (session 13).
    # 560 again since Japanese names and more foreign posts are read (安倍晋三, 博索纳罗 and 麦克马斯特
    # relayed in an answer; session 29; 564 before), 559 since foreign spokespeople and envoys are
    # (巴基斯坦常驻联合国代表洛迪表示…, relayed in an answer as well), 558 since 表示法方… reports
    # (法国总统马克龙访华期间表示法方愿积极参与…, relayed in an answer; session 30), 556 since words
    # of an occasion long past that an answer relays are their speaker's (习近平主席…时指出, session 31:
    # the annotators list them), 554 since a doctrine named after a leader no longer outweighs his
    # words an answer gives (习近平总书记在十九大报告中强调…) and 朴 is read as a surname (朴槿惠总统表示…,
    # relayed in an answer; session 33).
    assert alone >= 554, (alone, n)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("俄罗斯总统普京在记者会上说,俄方愿意合作。", [("普京", "总统", "俄罗斯")]),
        ("联合国秘书长古特雷斯表示,各方应保持克制。", [("古特雷斯", "秘书长", "联合国")]),
        ("乌兹别克斯坦总统米尔济约耶夫当天表示,愿同中方深化合作。", [("米尔济约耶夫", "总统", "乌兹别克斯坦")]),
        ("美国国务卿布林肯称,美方愿意保持沟通。", [("布林肯", "国务卿", "美国")]),
        ("国家主席习近平同美国总统拜登通电话。拜登表示,美方不寻求新冷战。", [("拜登", "总统", "美国")]),
        # a country whose name holds a word that otherwise ends a designation (及, 和, 日)
        ("阿尔及利亚总统特本表示,愿同中方合作。", [("特本", "总统", "阿尔及利亚")]),
        ("特立尼达和多巴哥总理罗利表示,愿同中方合作。", [("罗利", "总理", "特立尼达和多巴哥")]),
        ("日本外务大臣林芳正表示,日方愿意沟通。", [("林芳正", "外务大臣", "日本")]),
        ("埃及总统塞西表示,愿同中方合作。", [("塞西", "总统", "埃及")]),
        # qualifiers of the post are no part of the body; a double-barrelled name is read whole
        ("俄罗斯副外长韦尔希宁11日称,俄方愿意合作。", [("韦尔希宁", "副外长", "俄罗斯")]),
        ("美国前总统特朗普表示,将再次参选。", [("特朗普", "总统", "美国")]),
        ("伊朗第一副总统穆赫贝尔当天表示,愿意合作。", [("穆赫贝尔", "副总统", "伊朗")]),
        ("古巴国家主席迪亚斯-卡内尔表示,古方愿意合作。", [("迪亚斯-卡内尔", "主席", "古巴")]),
        ("习近平欢迎巴基斯坦总理夏巴兹表示,中方愿意合作。", [("夏巴兹", "总理", "巴基斯坦")]),
        # a reporting verb is no part of a name; an economy ministry is no 济部
        ("美国商务部部长罗斯称,中美距解决贸易问题还很远。", [("罗斯", "部长", "美国商务部")]),
        ("经济部部长李世光表示,将加强合作。", [("李世光", "部长", "经济部")]),
        ("他担任行政院长任内,也推动松绑金控。", []),
        # a name before 总统, as an answer or a Taiwan release writes it
        ("马克龙总统表示,法方愿意同中方合作。", [("马克龙", "总统", None)]),
        ("蔡英文总统今(7)日下午接见访问团一行,并表示欢迎访宾。", [("蔡英文", "总统", None)]),
        # everyday words after such a post are no names
        ("美国总统大选结果揭晓,总统府发言人表示欢迎。", []),
        ("在习近平主席英明和坚强领导下,中国经济社会发展取得巨大成就,他表示祝贺。", []),
    ],
)
def test_foreign_officials_named_in_transliteration(text: str, expected: list) -> None:
    got = [(s.name, s.title, s.org) for s in tag_speakers(text) if s.role == "speaker"]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what a visitor came for, closed by 的, is no part of the designation
        ("习近平会见来华出席中非合作论坛北京峰会的赞比亚总统希奇莱马。希奇莱马表示,赞方愿意合作。",
         [("希奇莱马", "总统", "赞比亚")]),
        ("习近平会见来华进行国事访问的加蓬总统邦戈。邦戈表示,加方高度重视对华关系。", [("邦戈", "总统", "加蓬")]),
        # …while 党的 inside an organisation's name stays
        ("中央党的建设工作领导小组组长蔡奇表示,要抓好落实。", [("蔡奇", "组长", "中央党的建设工作领导小组")]),
        ("缅甸代总统敏昂莱表示,缅方愿意合作。", [("敏昂莱", "代总统", "缅甸")]),
        # a head of department written short: the post is read, and the organisation is whole
        ("交通部长陈世凯表示,将加快建设。", [("陈世凯", "部长", "交通部")]),
        ("国防部长严德发强调,要加强战备。", [("严德发", "部长", "国防部")]),
        ("美国商务部长雷蒙多表示,美方愿意合作。", [("雷蒙多", "部长", "美国商务部")]),
        ("市委宣传部长王伟表示,要加强宣传。", [("王伟", "部长", "市委宣传部")]),
        ("交通运输部部长李小鹏表示,要加快建设。", [("李小鹏", "部长", "交通运输部")]),
        # a name ending in 和 or 强 before a reporting verb; 强调 is still a verb
        ("财政部长张盛和表示,将稳定财政。", [("张盛和", "部长", "财政部")]),
        ("部长王伟强调,要抓好落实。", [("王伟", "部长", None)]),
        # a surname that is an everyday word, when its characters make no common word
        ("全国工商联主席高云龙表示,要支持民营经济。", [("高云龙", "主席", "中华全国工商业联合会")]),
        ("主任高兴地表示,很满意。", []),
        ("总理曾明确表示,中方愿意合作。", []),
        ("总干事向中方表示感谢。", []),
        ("外交部发言人周日已表示,中方反对。", []),
        # 对外 inside a body's name is no preposition (but 对外交部 is 对 + 外交部)
        ("中共中央对外联络部部长刘建超表示,愿同各方加强交流。", [("刘建超", "部长", "中共中央对外联络部")]),
        # (the one thanked is no subject: the thanks are the premier's)
        ("国务院总理李强对外交部部长王毅表示感谢。", [("李强", "总理", "国务院")]),
        # 就, 关于 before a designation, a deputy secretary of state, a country in one character
        ("外交部发言人表示,就美国总统特朗普表示的内容,中方注意到。据报道,美国总统特朗普表示,将加征关税。",
         [("特朗普", "总统", "美国")]),
        ("据报道,美常务副国务卿布林肯表示,美方愿意沟通。", [("布林肯", "副国务卿", "美国")]),
        ("俄外长拉夫罗夫表示,俄方愿意合作。", [("拉夫罗夫", "外长", "俄罗斯")]),
        ("同济大学校长郑庆华表示,要加强合作。", [("郑庆华", "校长", "同济大学")]),
        # several designations, each with its own body: the first leads, unless it is a rank
        ("中共中央总书记、国家主席、中央军委主席习近平强调,要加强合作。", [("习近平", "总书记", "中共中央")]),
        ("中共中央政治局常委、国务院副总理韩正表示,要加强合作。", [("韩正", "副总理", "国务院")]),
        ("《求是》杂志发表中共中央总书记、国家主席习近平的文章。习近平强调,要加强合作。",
         [("习近平", "总书记", "中共中央")]),
        # 正在, 即将 end a name (汪洋, not 汪洋正)
        ("国务委员兼外长王毅即将访问欧洲。他表示,中方愿意合作。", [("王毅", "外长", "外交部")]),
        # Taiwan's old style: surname, post, given name, 先生; a speech given as 致词 (致辞)
        ("李总统登辉先生今天表示,要维护劳工的权益。", [("李登辉", "总统", None)]),
        ("连副总统战先生今天上午接见访问团。副总统致词内容为:欢迎各位。", [("连战", "副总统", None)]),
        # a country is no name written before a post
        ("马拉维总统莫鲁士表示感谢。", [("莫鲁士", "总统", "马拉维")]),
    ],
)
def test_designations_and_names_read_in_context(text: str, expected: list) -> None:
    got = [(s.name, s.title, s.org) for s in tag_speakers(text) if s.role == "speaker"]
    assert got == expected


def test_country_names_are_read_whole_and_are_no_names():
    from policydata.resources import country_names

    countries = country_names()
    assert {"阿尔及利亚", "特立尼达和多巴哥", "日本", "埃塞", "圣普"} <= countries
    assert "中国" not in countries and "中华人民共和国" not in countries


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a post alone, then a reporting verb: the official named with that post before
        ("交通运输部部长李小鹏出席会议。部长强调,要做好安全工作。", [("李小鹏", "speaker")]),
        ("蔡英文总统今(17)日上午接见访问团。总统致词时表示,台湾积极参与国际合作。", [("蔡英文", "speaker")]),
        # two officials hold the post: nobody can be told
        ("交通运输部部长李小鹏和商务部部长王文涛出席会议。部长强调,要做好安全工作。",
         [("李小鹏", "attendee"), ("王文涛", "attendee")]),
        # the post names the person after it, or is part of a noun
        ("交通运输部部长王刚出席会议。会上,部长李强表示,要做好安全工作。", [("李强", "speaker"), ("王刚", "attendee")]),
        ("全国人大常委会委员长赵乐际主持会议。委员长会议建议,审议有关草案。", [("赵乐际", "chair")]),
    ],
)
def test_a_post_alone_refers_back_to_its_holder(text: str, expected: list) -> None:
    assert [(s.name, s.role) for s in tag_speakers(text)] == expected


def test_a_statement_titled_with_its_spokesperson_is_theirs():
    title = "外交部发言人陆慷就中美建交40周年发表谈话"
    text = "2019年,中美将迎来建交40周年。40年来,中美关系历经风雨,砥砺前行。"
    assert [(s.name, s.role) for s in tag_speakers(text, title=title)] == [("陆慷", "speaker")]


def test_an_online_press_conference_names_its_host():
    title = "2020年2月21日外交部发言人耿爽主持网上例行记者会"
    text = "首先向大家通报一组数字。\n问:你能否介绍会议相关情况?\n答:会议十分成功,取得了积极成果。"
    assert [(s.name, s.role) for s in tag_speakers(text, title=title)] == [("耿爽", "speaker")]


def test_words_with_jiang_are_no_future_and_a_dated_chair_chairs():
    text = "赖清德总统主持将官晋任授阶典礼时表示,国军是国家安全的后盾。"
    assert [(s.name, s.role) for s in tag_speakers(text)] == [("赖清德", "speaker")]
    text = "交通运输部部长李小鹏2023年5月10日在北京主持召开部务会,研究部署安全生产工作。"
    assert [(s.name, s.role) for s in tag_speakers(text)] == [("李小鹏", "chair")]


def test_a_verb_before_a_designation_is_no_part_of_the_body():
    got = tag_speakers("会议请交通运输部部长李小鹏介绍情况,他表示要加快建设。")
    assert [(s.name, s.org) for s in got] == [("李小鹏", "交通运输部")]


def test_a_long_occasion_before_the_verb_keeps_the_speaker():
    text = ("蔡英文总统今(18)日上午出席“2021年全国工业总会创新创业嘉年华暨中小企业数位转型成果发表会开幕典礼”时表示,"
            "政府会持续支持产业发展。")
    assert [(s.name, s.role) for s in tag_speakers(text)] == [("蔡英文", "speaker")]
    # a long clause that sets no occasion is no subject's
    text = ("国家邮政局局长马军胜一行先后前往北京、天津、河北等地多家快递企业分拨中心和末端网点实地察看快件处理和末端投递"
            "以及安全生产等情况并表示满意。")
    assert [(s.name, s.role) for s in tag_speakers(text)] == [("马军胜", "attendee")]


def test_a_taiwan_style_day_between_name_and_verb():
    text = "总统府发言人张惇涵今(16)日表示,对于美方持续落实对台安全承诺,表达诚挚感谢。"
    assert [(s.name, s.title, s.org) for s in tag_speakers(text)] == [("张惇涵", "发言人", "总统府")]


def test_a_reporters_turn_is_a_question():
    text = ("外交部发言人赵立坚主持例行记者会\n法新社记者:美国总统特朗普称中方隐瞒疫情。中方对此有何评论?\n"
            "赵立坚:这完全是谎言。")
    names = [s.name for s in tag_speakers(text, title="外交部发言人赵立坚主持例行记者会") if s.role == "speaker"]
    assert names == ["赵立坚"]


def test_floor_on_mfa_statements_titled_with_their_spokesperson():
    """发言人X就…发表谈话 / 答记者问: X speaks in 146 of the 155 such statements (135 before
    发表谈话 counted as a report of what was said)."""
    n = found = 0
    for m, got in _mfa_tagged(r"发言人(.{2,3}?)(?:就|答记者问)", unless="主持"):
        n += 1
        found += m.group(1) in {s.name for s in got if s.role == "speaker"}
    assert n >= 150
    assert found >= 145, (found, n)


def test_a_reporters_question_cites_no_speaker():
    text = ("外交部发言人华春莹主持例行记者会\n问:据报道,国家发展改革委主任何立峰日前表示,将出台新的措施。你对此有何评论?\n"
            "答:我们注意到有关报道。中方的立场是一贯的。")
    names = [s.name for s in tag_speakers(text) if s.role == "speaker"]
    assert names == ["华春莹"]


def test_answers_of_a_hosted_press_conference_are_not_given_to_an_announced_visitor():
    text = ("外交部发言人耿爽主持例行记者会\n应埃及议会议长邀请,全国政协主席汪洋将于11月10日至16日对埃及进行正式友好访问。\n"
            "问:你对此有何评论?\n答:我看到了有关报道。")
    assert [s.name for s in tag_speakers(text) if s.role == "speaker"] == ["耿爽"]


def test_an_interviews_answers_still_go_to_the_official_it_introduces():
    text = "记者专访了国家邮政局局长马军胜。\n问:今年的重点工作是什么?\n答:我们将着力推进快递进村。"
    assert [s.name for s in tag_speakers(text) if s.role == "speaker"] == ["马军胜"]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        ("事故发生后,国家主席习近平作出重要指示,要求全力搜救失踪人员。", ["习近平"]),
        ("事故发生后,国务院总理李克强作出重要批示。批示指出,要全力救治伤员。", ["李克强"]),
        ("习近平近日对防汛救灾工作作出重要指示强调,要把保障人民群众生命财产安全放在第一位。", ["习近平"]),
        ("国务院总理李强作出批示:要全力做好搜救工作,科学施救。", ["李强"]),
        # studied or passed on, only mentioned, or in the past: no statement of the event
        ("会议传达学习了习近平总书记对安全生产工作作出的重要指示精神。会议强调,要压实责任。", []),
        ("去年,习近平总书记对农村公路建设作出了重要批示。交通部门坚决贯彻批示精神。", []),
        ("习近平总书记到民族地区考察时,常常到社区了解民族团结工作,并作出重要指示:社区是各族群众共同的家。", []),
    ],
)
def test_an_instruction_whose_content_is_reported_makes_its_author_a_speaker(text, speakers):
    assert [s.name for s in tag_speakers(text) if s.role == "speaker"] == speakers


def test_a_provincial_body_written_without_its_province_gets_the_one_the_page_names():
    text = "省交通运输厅党组书记、厅长孟庆斌强调,要抓好安全生产。"
    on_site = tag_speakers(text, url="http://jtt.shandong.gov.cn/art/2022/10/8/art_1.html")
    assert (on_site[0].name, on_site[0].org) == ("孟庆斌", "山东省交通运输厅")
    # a site's edition for the province or its capital, spelt in full
    for host in ("shandong.example.com", "jinan.example.com", "m.jinan.example.com"):
        assert tag_speakers(text, url=f"http://{host}/a.html")[0].org == "山东省交通运输厅", host
    # fuzhou is 福州's, except on a Jiangxi site (抚州)
    assert tag_speakers(text, url="http://fuzhou.example.com/a.html")[0].org == "福建省交通运输厅"
    assert tag_speakers(text, url="http://fuzhou.jxnews.com.cn/a.html")[0].org == "省交通运输厅"
    # no host, a short label that may be anything, a province's name in the path: nothing to go on
    assert tag_speakers(text)[0].org == "省交通运输厅"
    for url in ("http://sd.example.com/a.html", "http://www.example.com/shandong/a.html", "http://jinan.com/a"):
        assert tag_speakers(text, url=url)[0].org == "省交通运输厅", url


def test_a_provincial_post_without_its_province_takes_the_one_of_the_page_s_provincial_edition():
    text = "7月14日下午,省委常委、常务副省长高建民主持召开全省重点工程调度会。高建民指出,要加快建设。"
    assert _speakers(text, url="https://taiyuan.example.com/xinwen/1")["高建民"][1] == "山西省"
    assert _speakers(text)["高建民"][1] is None
    # the city the text names says it first
    assert _speakers("常务副省长高建民在太原主持会议。高建民指出,要加快建设。")["高建民"][1] == "山西省"


@pytest.mark.parametrize(
    ("text", "org"),
    [
        # the one department the page names, with its province when written
        ("3月31日上午,河北省交通运输厅召开安全生产工作会议。副厅长宋书强总结工作。宋书强强调,要抓好落实。", "河北省交通运输厅"),
        ("交通运输厅立即召开全省电视电话会议。厅党组书记、厅长彭琳在会上要求:要认真学习。", "省交通运输厅"),
        # none (候车厅, 办公厅 are no province's departments, nor a document number's issuer), or two
        ("他查看候车厅。副厅长宋书强强调,要抓好落实。", None),
        ("根据工信厅信管〔2020〕12号文件。副厅长宋书强强调,要抓好落实。", None),
        ("省交通运输厅、省公安厅召开会议。副厅长宋书强强调,要抓好落实。", None),
        ("河北省交通运输厅与山西省交通运输厅召开联席会议。副厅长宋书强强调,要抓好落实。", None),
        # written once with its province, once without: the province's
        ("河北省交通运输厅召开会议。省交通运输厅副厅长宋书强强调,要抓好落实。", "河北省交通运输厅"),
    ],
)
def test_a_department_head_written_without_the_department_takes_the_one_the_page_names(text, org):
    assert next(s.org for s in tag_speakers(text) if s.role == "speaker") == org


@pytest.mark.parametrize(
    ("text", "published", "speakers"),
    [
        # an occasion the page's own date is long past: still words the page reports (session 31; until
        # then read as cited, which the annotators do not follow)
        ("2020年7月,习近平总书记在吉林考察时强调,要把保障粮食安全放在突出位置。记者近日来到吉林。", "2022-05-01", ["习近平"]),
        ("2019年,交通运输部部长李小鹏在座谈会上指出,要加快建设交通强国。", "2021-03-01", ["李小鹏"]),
        # the page reports that occasion, or a span up to now
        ("2020年7月22日,习近平总书记在吉林考察时强调,要把保障粮食安全放在突出位置。", "2020-07-24", ["习近平"]),
        ("2023年12月28日,交通运输部部长李小鹏在全国交通运输工作会议上指出,要稳中求进。", "2024-01-02", ["李小鹏"]),
        ("2020年以来,交通运输部部长李小鹏在会上指出,要保障物流畅通。", "2022-05-01", ["李小鹏"]),
        # and with no publication date
        ("2020年7月,习近平总书记在吉林考察时强调,要把保障粮食安全放在突出位置。", None, ["习近平"]),
    ],
)
def test_a_statement_dated_long_before_the_page_is_still_reported(text, published, speakers):
    assert [s.name for s in tag_speakers(text, published=published) if s.role == "speaker"] == speakers


def test_a_speech_bylines_name_is_its_speaker():
    congress = ("——在中国共产党第十九次全国代表大会上的报告\n(2017年10月18日)\n习近平\n同志们:\n"
                "现在,我代表第十八届中央委员会向大会作报告。")
    assert [(s.name, s.role) for s in tag_speakers(congress)][:1] == [("习近平", "speaker")]
    report = ("政府工作报告\n——2023年3月5日在第十四届全国人民代表大会第一次会议上\n国务院总理\n李克强\n各位代表:\n"
              "本届政府任期即将结束。现在,我代表国务院,向大会报告工作。")
    got = tag_speakers(report)
    assert [(s.name, s.role, s.title, s.org) for s in got][:1] == [("李克强", "speaker", "总理", "国务院")]


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("湖北省邮政管理局党组书记、局长唐顺益组织召开党组理论学习中心组会议。", [("唐顺益", "chair")]),
        ("全国政协委员、国家邮政局普遍服务司司长马旭林传达全国两会精神。会议指出,要抓好落实。",
         [("马旭林", "attendee")]),
        ("局党组成员、副局长陈凯提交了书面交流材料。", [("陈凯", "attendee")]),
    ],
)
def test_names_before_organising_and_passing_on_words_are_read(text, people):
    assert [(s.name, s.role) for s in tag_speakers(text)] == people


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("万国邮联国际局总局长比沙尔·侯赛因表示,中国邮政发展成就显著。", [("比沙尔·侯赛因", "speaker")]),
        ("联合国秘书长安东尼奥·古特雷斯在会上说,要加强合作。", [("安东尼奥·古特雷斯", "speaker")]),
        ("中国交通部部长张春贤会见了以部长基莫·萨西为团长的芬兰代表团。张春贤表示,欢迎来访。",
         [("张春贤", "speaker"), ("基莫·萨西", "attendee")]),
        # a message's sender and recipient take no part in an event, and no name swallows the 向
        ("国家主席习近平向哥斯达黎加当选总统劳拉·费尔南德斯致贺电。", []),
    ],
)
def test_foreign_names_joined_by_a_dot_are_read_after_a_post(text, people):
    assert [(s.name, s.role) for s in tag_speakers(text)] == people


def test_the_sender_of_a_message_is_no_attendee():
    assert tag_speakers("同日,国家副主席韩正致电詹姆斯·万斯,祝贺他当选美国副总统。") == []
    assert tag_speakers("国家主席习近平17日就科威特埃米尔不幸逝世致唁电。") == []
    # 致辞 is a speech, no message: its giver is there (a speaker once anything of it is reported)
    assert [(s.name, s.role) for s in tag_speakers("交通运输部部长李小鹏出席开幕式并致辞。")] == [("李小鹏", "attendee")]
    assert [(s.name, s.role) for s in tag_speakers("交通运输部部长李小鹏出席开幕式并致辞,表示要加快建设交通强国。")] == [
        ("李小鹏", "speaker")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a speech named and nothing of it reported: the chair chairs, the guest attends (GUIDE)
        ("国家邮政局局长马军胜出席会议并讲话。会议指出,要做好安全工作。", [("马军胜", "attendee")]),
        ("中共中央总书记习近平主持会议并发表重要讲话。会议指出,坚持党的全面领导。", [("习近平", "chair")]),
        # what the speech said, reported in the next sentence
        ("国家邮政局局长马军胜出席会议并讲话。他强调,要做好安全工作。", [("马军胜", "speaker")]),
        ("国家邮政局局长马军胜出席会议并讲话。讲话指出,要做好安全工作。", [("马军胜", "speaker")]),
        ("国家邮政局局长马军胜出席会议并讲话,强调要做好安全工作。", [("马军胜", "speaker")]),
    ],
)
def test_a_speech_named_without_its_content_makes_no_speaker(text: str, expected: list) -> None:
    assert [(s.name, s.role) for s in tag_speakers(text)] == expected


def test_a_trip_still_to_come_makes_no_attendee():
    text = "应埃及议会议长阿里邀请,全国政协主席汪洋将于11月10日至16日对埃及进行正式友好访问。"
    assert tag_speakers(text) == []
    assert tag_speakers("国务委员王毅将赴纽约出席联合国大会。") == []
    # at the report's own event a part still to come is a part (golden future_speech_not_reported)
    assert [(s.name, s.role) for s in tag_speakers("本次论坛开幕式上,外交部部长王毅将发表讲话。")] == [("王毅", "attendee")]


def test_both_automata_give_the_same_cues(monkeypatch):
    from policydata.tag import speakers

    text = "国家邮政局党组书记、局长马军胜指出,要做好工作。他强调:“要抓好安全。”【高峰】各位记者朋友"
    fast = speakers._Matcher(speakers._cue_table()).matches(text)
    monkeypatch.setattr(speakers, "ahocorasick_rs", None)
    slow = speakers._Matcher(speakers._cue_table()).matches(text)
    assert fast == slow
    assert ("局长" in {k for _, _, k, _ in slow}) and ("国家邮政局" in {k for _, _, k, _ in slow})


# --- fast paths give the answers of the regexes they stand in for --------------------------------

_FAST_ALPHABET = "李小鹏马军胜局长部长有出席参加陪同向会见了对问请来取同志表示说强调指出在的和,。:\n 2a“”、"


@settings(max_examples=300, deadline=None)
@given(st.text(_FAST_ALPHABET, max_size=40), st.integers(0, 45))
def test_follow_table_equals_name_follow_regex(text, pos):
    from policydata.tag import speaker_patterns as P
    from policydata.tag import speakers

    m = P.NAME_FOLLOW.match(text, pos)
    assert speakers._follow(text, pos) == (m.end() - m.start() if m else -1)


@settings(max_examples=300, deadline=None)
@given(st.text(_FAST_ALPHABET, max_size=40))
def test_prechecks_never_hide_a_regex_match(text):
    from policydata.tag import speaker_patterns as P

    for end in range(len(text) + 1):
        if P.OBJECT_BEFORE.search(text, max(0, end - 4), end):
            last2 = (text[end - 1 : end], text[end - 2 : end - 1])
            assert any(c in P.OBJECT_BEFORE_LAST for c in last2)
        if P.ATTEND_BEFORE.search(text, max(0, end - 20), end):
            assert "有" in text[max(0, end - 3) : end]
        if P.SPEECH_HEADING.search(text, 0, min(len(text), 400)):
            assert "上的" in text[:400]


@settings(max_examples=200, deadline=None)
@given(st.text(_FAST_ALPHABET, max_size=60), st.integers(0, 60), st.integers(0, 60))
def test_designation_run_equals_character_walk(text, lo, t0):
    from policydata.tag import speaker_patterns as P

    lo, t0 = min(lo, t0, len(text)), min(max(lo, t0), len(text))
    b = t0
    while b > lo and ("\u4e00" <= text[b - 1] <= "\u9fff" or text[b - 1] in "、 "):
        b -= 1
    assert t0 - P.DESIGNATION_RUN.match(text[lo:t0][::-1]).end() == b


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 就业, 供应链 inside a body's name are no 就 or 应
        ("人力资源社会保障部就业促进司司长张莹表示,要稳定就业。", [("张莹", "司长", "人力资源和社会保障部就业促进司")]),
        ("北京市就业促进中心主任王刚表示,要做好服务。", [("王刚", "主任", "北京市就业促进中心")]),
        # a person's own words after 的: only someone else named there (家属, 发言人) speaks instead
        ("国家主席习近平的新年贺词指出,要做好工作。", [("习近平", "主席", "中华人民共和国")]),
        ("外交部发言人汪文斌的回应称,中方坚决反对。", [("汪文斌", "发言人", "外交部")]),
    ],
)
def test_words_inside_names_and_own_words_after_de(text: str, expected: list) -> None:
    got = [(s.name, s.title, s.org) for s in tag_speakers(text, published="2020-01-01") if s.role == "speaker"]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a dateline opening the sentence still lets 他 refer to the official it names
        ("新华社北京6月30日电 全国政协主席汪洋近日在青海调研。他强调,要深入领会新时代党的治藏方略。",
         [("汪洋", "主席", "全国政协", "speaker")]),
        ("新华社北京6月30日电全国政协主席汪洋在青海调研。他强调,要深入领会新时代党的治藏方略。",
         [("汪洋", "主席", "全国政协", "speaker")]),
        ("本报讯(记者 王小明)全国政协主席汪洋近日在青海调研。他强调,要深入领会新时代党的治藏方略。",
         [("汪洋", "主席", "全国政协", "speaker")]),
        # rarer surnames officials bear
        ("教育部部长怀进鹏说,今年将推出战略行动。", [("怀进鹏", "部长", "教育部", "speaker")]),
        ("财政部部长楼继伟指出,财政要稳健。", [("楼继伟", "部长", "财政部", "speaker")]),
        # ... and an everyday word after a title is still no name (总统揭示)
        ("总统揭示:「减轻人民负担」是执政团队的重点。", []),
        # posts of 署, banks and museums
        ("海关总署署长俞建华表示,要稳外贸。", [("俞建华", "署长", "海关总署", "speaker")]),
        ("中国人民银行行长潘功胜表示,要稳健。", [("潘功胜", "行长", "中国人民银行", "speaker")]),
        # a two-character name ending in 强 right after a title, before a reporting verb
        ("办公厅主任王强表示,要做好服务。", [("王强", "主任", "办公厅", "speaker")]),
        # a school's 班主任 is no office, 查验 no name
        ("截图发给班主任查验,学校要求每天打卡。", []),
        # a speech named, then another clause: nothing of it reported
        ("国务院副总理刘鹤在会上讲话,国务委员王勇出席会议。",
         [("刘鹤", "副总理", "国务院", "attendee"), ("王勇", "国务委员", "国务院", "attendee")]),
        ("国务院副总理刘鹤在会上讲话,强调要稳增长。", [("刘鹤", "副总理", "国务院", "speaker")]),
        # someone a statement answers (针对…的批评) was not at the event
        ("针对台北市长柯文哲接受专访批评,总统府发言人表示,不予回应。", []),
        # a ministry whose name holds 和 is read whole
        ("文化和旅游部部长孙业礼表示,要繁荣文化。", [("孙业礼", "部长", "文化和旅游部", "speaker")]),
    ],
)
def test_rules_from_the_blind_and_messy_page_reviews(text: str, expected: list) -> None:
    got = [(s.name, s.title, s.org, s.role) for s in tag_speakers(text)]
    assert got == expected


def test_an_instruction_given_then_carried_out_keeps_its_author():
    text = ("习近平高度重视并作出重要指示,要求迅速组织救援力量。\n"
            "中共中央政治局常委、国务院总理李强作出批示,要求全力组织抢险救援。\n"
            "根据习近平指示和李强要求,国务院副总理张国清已率工作组赶往现场指导搜救工作。")
    assert [s.name for s in tag_speakers(text) if s.role == "speaker"] == ["习近平", "李强"]
    # guidance studied before its author's words are quoted still makes no speaker of them
    studied = "会议传达学习了李强总理的重要讲话精神。李强强调,要稳增长。"
    assert [s.name for s in tag_speakers(studied) if s.role == "speaker"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("基金会执行长林美玲说,很感谢大家。", [("林美玲", "执行长", "基金会", "speaker")]),
        ("对于美国国务卿布林肯的言论,发言人表示反对。", []),
        ("部长温和表示,要稳健。", []),
        ("国务院副总理何立峰出席会议并讲话,代表国务院向大会表示祝贺。", [("何立峰", "副总理", "国务院", "speaker")]),
    ],
)
def test_rules_from_the_code_review(text: str, expected: list) -> None:
    assert [(s.name, s.title, s.org, s.role) for s in tag_speakers(text)] == expected


@pytest.mark.parametrize("dateline", ["", "新华社北京11月28日电 ", "本报讯(记者 王小明)", "【央视网讯】", "人民网北京11月28日电(记者 赵佳、孙海涛)"])
def test_a_speech_heading_after_a_dateline_names_its_speaker(dateline):
    text = (dateline + "在第十七届中国—东盟博览会开幕式上的致辞(2020年11月27日,北京)中华人民共和国主席 习近平"
            "尊敬的各国领导人,各位来宾:值此博览会开幕之际,我谨代表中国政府表示热烈的欢迎!")
    assert [(s.name, s.role) for s in tag_speakers(text)][:1] == [("习近平", "speaker")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # guidance quoted to frame a feature: its author's words, as the annotators list them
        ("央视网消息(新闻联播):习近平总书记指出,产业振兴是乡村振兴的重中之重。各地积极推进产业发展。",
         [("习近平", "speaker")]),
        # a statement with its occasion is reported
        ("习近平总书记在吉林考察时强调,要加强黑土地保护。", [("习近平", "speaker")]),
        ("5月20日,习近平总书记指出,要做好防汛工作。", [("习近平", "speaker")]),
    ],
)
def test_guidance_quoted_to_frame_a_report_is_its_authors(text, expected):
    assert [(s.name, s.role) for s in tag_speakers(text)] == expected


def test_guidance_quoted_after_a_dateline_is_its_authors():
    text = "新华社北京11月28日电 习近平总书记指出,产业振兴是乡村振兴的重中之重。各地积极推进产业发展。"
    assert [(s.name, s.role) for s in tag_speakers(text) if s.role == "speaker"] == [("习近平", "speaker")]


def test_heads_of_a_shu_and_a_bank_written_after_the_name():
    assert [(s.name, s.title, s.role) for s in tag_speakers("俞建华署长表示,要稳外贸。")] == [("俞建华", "署长", "speaker")]
    assert [(s.name, s.title, s.role) for s in tag_speakers("潘功胜行长表示,货币政策要稳健。")][:1] == [("潘功胜", "行长", "speaker")]


# --- session 15: pages of the kind analysts feed in (reposts of ministry and agency news) ----------


def test_a_source_line_opening_the_sentence_does_not_cut_the_pronoun_off() -> None:
    for lead in ("据新华社3月24日消息,", "据新华社消息,"):
        text = lead + "国务院副总理汪洋23至24日在北京市调研外贸工作。他强调,当前我国进出口下行压力很大。"
        assert _speakers(text) == {"汪洋": ("副总理", "国务院")}


def test_two_subjects_joined_share_the_verb_after_the_second() -> None:
    text = "商务部部长薄熙来和发改委副主任张国宝表示,两部委将会同有关部门抓紧出台政策。"
    assert set(_speakers(text)) == {"薄熙来", "张国宝"}
    assert set(_speakers("李小鹏与马军胜分别表示,要抓好安全。")) == {"李小鹏", "马军胜"}
    # a list of those present shares no one's words
    roles = _roles("出席会议的有交通运输部部长李小鹏和国家邮政局局长马军胜。马军胜表示,要抓好。")
    assert roles == {"马军胜": "speaker", "李小鹏": "attendee"}


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # 应 opens 应急管理部: no lead word to drop
        ("春节后是复工复产的高峰期。应急管理部安全协调司司长汪崇鲜在会上介绍,国务院安委会将开展检查。", "汪崇鲜",
         ("司长", "应急管理部安全协调司")),
        # a verb the stop words let through before a known body
        ("商务部官方网站今日刊载商务部部长薄熙来在开幕式上的致辞全文。薄熙来在致辞中表示,中国政府正在实施战略。", "薄熙来",
         ("部长", "商务部")),
        # an occasion's committee first: the known body's post after it says who they are
        ("2010年安全生产万里行活动组委会主任、国家安监总局局长骆琳出席。骆琳指出,要抓好安全。", "骆琳",
         ("局长", "国家安全生产监督管理总局")),
        # a place before a local body stays
        ("河北省交通运输厅厅长张某某表示,要抓好安全。", "张某某", ("厅长", "河北省交通运输厅")),
    ],
)
def test_organisation_read_before_the_post(text: str, name: str, expected: tuple) -> None:
    assert _speakers(text)[name] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("湖南省生态环境厅总工程师张在峰出席活动并致辞。活动现场播放了宣传片。张在峰表示,我省编制并实施规划。",
         {"张在峰": ("总工程师", "湖南省生态环境厅")}),
        ("副市长李志强还对全市邮政管理工作提出了三点希望:一是抓好各项管理制度的落实。", {"李志强": ("副市长", None)}),
        (("8月22日晚上,副省长、省防汛抗旱指挥部副指挥长曹广晶,在省防办对全省防汛工作进行视频调度。\n"
         "曹广晶强调,全省各级各类人员要进岗到位。"), {"曹广晶": ("副省长、省防汛抗旱指挥部副指挥长", None)}),
        # 强 that starts 强调 is the verb's; 在 that ends a name is a preposition
        ("局长王伟强调,要抓好。", {"王伟": ("局长", None)}),
        ("部长王毅在会上表示,要抓好。", {"王毅": ("部长", "外交部")}),
    ],
)
def test_names_with_in_and_strong_and_the_heads_of_headquarters(text: str, expected: dict) -> None:
    assert _speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected_roles"),
    [
        # what a press conference's guests are invited to do is announced, not reported
        (("国务院新闻办公室于2021年3月24日下午2时举行新闻发布会,请交通运输部副部长王志清、交通运输部总规划师汪洋"
         "介绍有关情况,并答记者问。"), {"王志清": "attendee", "汪洋": "attendee"}),
        (("3月14日,新闻中心举行记者会,邀请国家质检总局局长支树平、国家标准化管理委员会主任田世宏就“质量提升”的相关问题"
         "回答中外记者的提问。"), {"田世宏": "attendee"}),
        ("交通运输部副部长刘小明、国家铁路局总工程师严贺祥将出席发布会,介绍和解读白皮书有关情况并答记者问。",
         {"刘小明": "attendee", "严贺祥": "attendee"}),
        # the turns of a transcript's host
        ("· 主持人 郭卫民:\n女士们、先生们,大家下午好。", {"郭卫民": "speaker"}),
        ("国务院新闻办新闻局副局长、新闻发言人 寿小丽:\n女士们,先生们,大家下午好。", {"寿小丽": "speaker"}),
        # a subject spoken about, then the meeting's words
        ("应急管理部党组成员、总工程师王浩水通报了危险化学品安全综合治理工作进展情况。\n会议指出,近年来形势好转。",
         {"王浩水": "attendee"}),
        # …but what was introduced, told after it, is reported
        ("2020年10月22日,交通运输部部长李小鹏在新闻发布会上介绍了十三五交通运输发展情况。全国交通运输行业取得成就。",
         {"李小鹏": "speaker"}),
        # a stance with its demand, an occasion years back: words the report quotes are his (session 31:
        # the annotators list the author of guidance a report quotes, 14 times in 16); a proposal as a
        # point in time is none
        ("习近平总书记高度重视环境保护督察工作,要求将环境保护督察作为推进生态文明建设的重要抓手。", {"习近平": "speaker"}),
        ("三年前的11月9日,习近平总书记在人民大会堂向国家综合性消防救援队伍授旗并致训词,明确提出了“四句话方针”。",
         {"习近平": "speaker"}),
        ("王毅表示,习近平主席提出“一带一路”倡议三年多来,合作不断开花结果。", {"王毅": "speaker"}),
        # praise is a statement; praise received is not
        ("俄罗斯总统普京高度评价“一带一路”倡议提出十年来取得的积极进展。", {"普京": "speaker"}),
        ("民众给予专家组高度评价,哈萨克斯坦总理马明致信李克强总理表示感谢。", {"马明": "speaker"}),
    ],
)
def test_announced_parts_hosts_stances_and_praise(text: str, expected_roles: dict) -> None:
    roles = _roles(text)
    assert {n: r for n, r in roles.items() if n in expected_roles or r == "speaker"} == expected_roles


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an everyday-word surname right after a post: a three-character name none of whose pairs
        # is a common word (a two-character one, 方伟, is left unread: 局长方队, 代表宣读)
        ("省长楼阳生对做好清明节期间森林防火工作作出批示,指出清明节是易发多发森林火灾的时段。", {"楼阳生": ("省长", "山西省")}),
        ("国家质检总局局长支树平表示,质量总体水平在提升。", {"支树平": ("局长", "国家质量监督检验检疫总局")}),
        # 向 and 长 inside names
        ("重庆市邮政管理局党组书记、局长周向东指出,要依托邮政快递网络。",
         {"周向东": ("党组书记、局长", "重庆市邮政管理局")}),
        # a name right after a body the knowledge base does not know, its post after it: the body,
        # written with its level alone, is read bare
        ("市商务局宋金理副局长肯定了各协会的工作,希望下一步要发挥作用。", {"宋金理": ("副局长", "市商务局")}),
        # a turn labelled with a designation, a space and the name
        ("国务院新闻办新闻局 寿小丽:\n女士们、先生们,上午好。", {"寿小丽": (None, "国务院新闻办公室新闻局")}),
        # the one welcomed takes no verb from the subject before it
        # (郭中发指出, opening a sentence: his words too)
        ("县长李精虎参加会议。郭中发指出,要抓好。李精虎对郭中发一行到来表示欢迎,他指出,巨鹿将以此次督导为契机。",
         {"李精虎": ("县长", None), "郭中发": (None, None)}),
    ],
)
def test_names_after_posts_and_bodies_and_labelled_turns(text: str, expected: dict) -> None:
    assert _speakers(text) == expected


def test_common_words_are_no_names_after_posts() -> None:
    assert _speakers("主任高兴地表示,很好。") == {}
    assert _speakers("要大力支持企业发展,支部书记表示赞同。") == {}
    roles = _roles("部长李小鹏与国家邮政局局长马军胜交换意见。马军胜表示,很好。")
    assert roles == {"马军胜": "speaker", "李小鹏": "attendee"}
    assert _speakers("部长李小鹏与国家邮政局局长马军胜交换意见。马军胜表示,很好。")["马军胜"] == ("局长", "国家邮政局")


def test_inspectors_envoys_and_commissars_are_posts() -> None:
    text = "国家市场监督管理总局食品生产安全监管司稽查专员毕玉安在会上致辞中指出,乳制品质量安全是民生工程。"
    assert _speakers(text) == {"毕玉安": ("稽查专员", "国家市场监督管理总局食品生产安全监管司")}
    assert "付艳" in _speakers("10月18日,商务部驻成都特派员付艳一行莅临外贸集团调研。付艳表示,要稳定产业链。")


def test_presenters_listed_and_demands_named_report_no_words() -> None:
    text = ("国务院新闻办公室6日举行新闻发布会,交通运输部副部长徐成光,国铁集团客运部主任黄欣介绍全力做好春运服务保障"
            "有关情况,并答记者问。徐成光指出,今年春运从1月7日开始。")
    assert _roles(text) == {"徐成光": "speaker", "黄欣": "attendee"}
    text = "12月17日,国家安全生产监督管理总局局长李毅中在郑州对河南的安全生产工作提出要求。当日开始,督察组到河南。"
    assert _roles(text) == {"李毅中": "attendee"}
    # demands told, or told after them, are reported
    assert "李志强" in _speakers("副市长李志强还对全市邮政管理工作提出了三点希望:一是抓好。")
    assert "李毅中" in _speakers("局长李毅中对河南的安全生产工作提出要求。他强调,要抓好。")


def test_a_standing_headquarters_post_gives_way_to_the_government_post_after_it() -> None:
    text = "珠江防总总指挥、广西壮族自治区主席蓝天立出席会议并讲话。蓝天立指出,今年是关键之年。"
    assert _speakers(text) == {"蓝天立": ("主席", "广西壮族自治区")}
    # 碳中和 is no conjunction cutting the body's name
    text = "市碳达峰碳中和工作领导小组组长张晓强主持召开会议。张晓强指出,要推进。"
    assert _speakers(text) == {"张晓强": ("组长", "市碳达峰碳中和工作领导小组")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # she leads the study of another's speech: her own words later are hers
        ("会上,盐城民航站站长崔花带领大家全文学习了全国会议上李家祥局长的重要讲话。机场决定开展检查。崔花要求,安全检查绝不流于形式。",
         {"崔花": ("站长", "盐城民航站")}),
        ("副省长张务锋就切实抓好当前安全生产提出明确要求。\n张务锋指出,安全生产事关人民福祉。", {"张务锋": ("副省长", None)}),
        # the one met in a meeting (在同…会见时) takes no verb
        ("王毅国务委员兼外长在同非盟委员会主席法基通话时指出,中非传统友谊坚如磐石。", {"王毅": ("国务委员", "国务院")}),
    ],
)
def test_leaders_of_a_study_surnames_and_counterparts(text: str, expected: dict) -> None:
    assert _speakers(text) == expected


def test_everyday_words_stay_no_names() -> None:
    for text in ("要走好这段路上的每一步,路线要正确。", "应该说,我们的质量有很大的进步。", "主任高兴地表示,很好。", "局长方面表示,很好。"):
        assert _speakers(text) == {}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 市长 after a name the page named before (an unknown one before 市长 is a city: 邹城市长)
        ("上海市长韩正出席会议。韩正市长指出,明年的今天,进口博览会将在上海举办。", {"韩正": ("市长", "上海")}),
        ("质检总局局长李长江今日透露,中国政府最近采取了六大举措。", {"李长江": ("局长", "国家质量监督检验检疫总局")}),
        # a speech heading written with 致词
        ("马军胜局长在第二届“寻找最美快递员”揭晓发布会上的致词\n尊敬的各位领导,各位来宾。", {"马军胜": ("局长", "国家邮政局")}),
    ],
)
def test_heads_named_before_their_post_time_words_and_rarer_surnames(text: str, expected: dict) -> None:
    assert _speakers(text) == expected
    assert _speakers("要呼吁各方,宇宙很大。") == {}


@pytest.mark.parametrize(
    "text",
    [
        # places and units before a post are no people
        "邹城市长表示,要抓好安全。",
        "据林业站站长介绍,今年没有发生火灾。",
        "纪检组组长表示,要严肃纪律。",
        "莫斯科市长表示,很好。",
        # everyday words after a post are no names
        "习主席鲜明指出,要坚持合作。",
        "代表宣读《和平宣言》。",
        "总统官邸表示,很好。",
        "局长高风险岗位表示,很好。",
        # a reporter's labelled turn asks
        "新华社记者 王小明:\n请问今年春运有何新举措?",
    ],
)
def test_places_units_words_and_reporters_are_no_speakers(text: str) -> None:
    assert _speakers(text) == {}


def test_demands_followed_by_their_points_are_told_and_a_banquet_is_no_invitation() -> None:
    assert "李强" in _speakers("国务院总理李强提出三点要求。一是要加强领导,二是要压实责任。")
    assert "李四" in _speakers("在宴请外宾时,省长李四介绍了全省经济发展情况,他说,今年增长较快。")
    text = "国家主席习近平和美国总统拜登举行会晤。拜登表示,美方愿意合作。"
    assert _speakers(text)["拜登"] == ("总统", "美国")


def test_a_clause_of_many_objects_takes_linear_time() -> None:
    import time

    text = "习近平" + "向李强" * 2000 + "表示。"
    start = time.perf_counter()
    tag_speakers(text)
    assert time.perf_counter() - start < 5  # (cubic before: 36 s at 3,000 objects)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare name acting after its titled mention carries a later 他
        (("12月19日,交通运输部部长杨传堂在京会见了西藏自治区党委书记陈全国一行。杨传堂指出,西藏是重要的民族地区。"
         "陈全国衷心感谢交通运输部长期以来对西藏的大力支持。他表示,近年来西藏发展良好。"),
         {"杨传堂": "speaker", "陈全国": "speaker"}),
        # ... not a bare name opening a noun phrase (the host's 她), nor a former president the bare
        # post 总统 refers to (the host's own post; he is the guest received, read since 伉俪 ends a name)
        (("总统今日接见南非前总统戴克拉克伉俪访问团。总统认为,南非的路给了我们启发。"
         "戴克拉克前总统当年不畏艰难的道德勇气,尤其让人敬佩。她希望能借着这次机会多请益。"), {"戴克拉克": "attendee"}),
        # a clause of means before the subject (通过…,翁孟勇对…给予充分肯定。他指出)
        (("交通运输部副部长翁孟勇赴北疆调研。通过听取汇报、座谈并与一线职工沟通交流,翁孟勇对新疆工作给予充分肯定。"
         "他指出,新疆要实现长治久安。"), {"翁孟勇": "speaker"}),
        # the one met in 在与…会谈时 takes no verb from the subject before it
        ("浙江省省长李明在与交通运输部部长王刚会谈中表示,浙江是交通大省。", {"李明": "speaker", "王刚": "attendee"}),
    ],
)
def test_bare_names_clauses_of_means_and_meetings_with(text: str, expected: dict) -> None:
    assert _roles(text) == expected


def test_a_body_met_with_is_read_without_who_meets_it() -> None:
    text = "2月6日,省委副书记、省长韩俊在北京与国家铁路集团董事长刘振芳会谈。韩俊首先代表吉林省委省政府表示感谢。他说,吉林正在贯彻。"
    people = {s.name: (s.title, s.org) for s in tag_speakers(text)}
    # 与 cuts a place or a person met from the body; a 省长 is not of 北京, a municipality
    assert people["刘振芳"] == ("董事长", "国家铁路集团")
    assert people["韩俊"] == ("省委副书记、省长", "吉林省")
    # ... and stays inside a body's own name
    assert _speakers("中国国际经济与贸易仲裁委员会主任王五表示,好。") == {"王五": ("主任", "中国国际经济与贸易仲裁委员会")}


def test_a_quoted_sentence_before_an_official_is_theirs() -> None:
    text = ("因为一季度空气质量恶化,他们被请到这里接受约谈。\n“去年我到过商丘,当时扬尘问题就很突出,今年再查,情况没有改善。”"
            "环境保护部华北督查中心主任刘长根也是毫不留情。")
    assert _roles(text) == {"刘长根": "speaker"}
    assert _roles("“松花江牵动整个中国人的神经。”在吉林工作多年的国家环保总局副局长张力军这样说。") == {"张力军": "speaker"}
    # not a saying the official owns, nor a name in quotes, nor a quote inside another's words
    assert _roles("“绿水青山就是金山银山。”习近平总书记的这一论断深入人心。") == {}
    assert "扎西江措" not in _speakers("“川青藏公路60年”西藏自治区交通运输厅厅长扎西江措出席座谈会。")
    assert _roles("他说:“今年再查,情况没有改善。”环境保护部华北督查中心主任刘长根点头。") == {"刘长根": "attendee"}


def test_group_steps_deputies_by_post_and_rarer_surnames() -> None:
    # a party named as one group (一行) shares a verb after its next step (……情况后指出)
    text = ("云浮市委副书记、市长欧真志,副市长李尧坤率领云浮市分团参会。6月9日上午,欧真志、李尧坤一行察看了各方的展位,"
            "详细了解云浮市参展的情况后指出,要积极利用好经贸洽谈活动的平台。")
    assert set(_speakers(text)) == {"欧真志", "李尧坤"}
    # 金副会长 is the 副会长 named before; 接待 ends the body read before a post
    text = "厂商会接待吉林省贸促会副会长金燕光率领的代表团。金副会长表示,希望加强两地合作。"
    assert _speakers(text) == {"金燕光": ("副会长", "吉林省国际贸易促进委员会")}
    # 蔡副秘书长 is not the 总统 蔡英文 the text names
    text = "蔡英文总统会见巴拉圭总统当选人阿布铎。蔡副秘书长说,两国邦谊建立在民主价值之上。"
    assert "蔡英文" not in _speakers(text)
    # 呼 starts a name only where 呼吁 does not
    assert "呼亚民" in _speakers("市委常委、副市长呼亚民出席并讲话。呼亚民强调,汛期是关键期。")
    assert _speakers("市长呼吁,大家节约用水。") == {}


def test_a_name_opening_its_statement_anchors_itself() -> None:
    text = "我国铁路要实现全要素世界领先\n杨宇栋指出,新时代对铁路工作提出了新要求。\n杨宇栋强调,要建设交通强国。"
    assert _speakers(text) == {"杨宇栋": (None, None)}
    # documents, a country's side, places and everyday-word surnames are no such names
    for text in ("白皮书指出,中国坚持和平发展。", "韩方表示,愿加强合作。", "贺词说,新年快乐。", "高新区表示,将加快建设。",
                 "方面指出,要加强合作。"):
        assert _speakers(text) == {}, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a heading ending in 答问 before a labelled turn: the window's line break is no 问 before a name
        ("交通运输部新闻发言人就当前交通热点问题答问\n交通运输部新闻发言人何建中:女士们、先生们,大家上午好。", {"何建中": "speaker"}),
        # a bracketed label on a line of its own, and dashed turns
        ("【交通运输部新闻发言人 孙文剑】\n各位媒体朋友们,大家上午好!", {"孙文剑": "speaker"}),
        ("- 郭卫民:\n女士们、先生们,大家上午好。\n- 郭卫民:\n出席今天发布会的有。", {"郭卫民": "speaker"}),
        # words that may follow a name (专题, 应询, 认真) and a place opening the subject's sentence
        ("陕西省委常委、延安市委书记徐新荣专题听取了汇报。他表示,将一如既往地支持。", {"徐新荣": "speaker"}),
        ("发言人马晓光应询介绍说,春运总体顺利。", {"马晓光": "speaker"}),
        (("6月26日,市委副书记、市长朱开国调研项目建设情况。在“交邮快”智慧物流示范园区,朱开国认真听取汇报,详细了解项目建设情况。"
         "他强调,要加强对接联系。"), {"朱开国": "speaker"}),
    ],
)
def test_transcript_labels_follow_words_and_places_before_the_subject(text: str, expected: dict) -> None:
    assert _roles(text) == expected


def test_a_city_s_post_takes_the_city_the_text_names_before_it() -> None:
    text = "德州新闻网讯 6月26日,市委副书记、市长朱开国调研项目建设情况。他强调,要加强对接联系。"
    assert _speakers(text) == {"朱开国": ("市委副书记、市长", "德州市")}
    text = "乌兰察布市副市长调研邮政快递行业\n近日,副市长袁晓东调研商贸流通领域。袁晓东指出,要降低物流成本。"
    assert _speakers(text)["袁晓东"] == ("副市长", "乌兰察布市")
    # a place the gazetteer does not know, written before the post, is the mayor's (not a city
    # named elsewhere)
    assert _speakers("台南市长黄伟哲表示,将加强合作。他在南平市考察。")["黄伟哲"][1] == "台南"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a rare surname that is also a word (危险, 危机): read after a post
        ("农业部副部长危朝安日前在合肥举行的座谈会上说,今年粮食生产保持良好势头。", {"危朝安": ("副部长", "农业部")}),
        ("危险品运输要加强管理,危机意识要增强。", {}),
        # Taiwan's vice-minister
        ("财政部次长阮清华回答“不会”。阮清华表示,这几年超征是指总预算的部分。", {"阮清华": ("次长", "财政部")}),
    ],
)
def test_rarer_surnames_and_posts(text: str, expected: dict) -> None:
    assert _speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a spokesperson's reading, then what they said: the name read before 解读 is theirs
        ("海关总署新闻发言人、统计分析司司长吕大良解读,上半年我国外贸取得新突破。“下半年我们有信心。”吕大良表示,压力较大。",
         {"吕大良": ("新闻发言人", "海关总署")}),
        # a reading named as a noun opens no statement, nor makes a speaker
        ("权威解读,财政部部长刘昆表示,要加大力度。", {"刘昆": ("部长", "财政部")}),
        ("政策解读:局长张明指出,要加快落实。", {"张明": ("局长", None)}),
        ("部长陆昊对党的二十大精神作了全面解读和系统阐释。", {}),
        ("外界将市长李明的讲话解读为政策转向。", {}),
        ("副主任孟玮解读了相关情况,并回答记者提问。", {}),
    ],
)
def test_a_reading_of_the_figures(text: str, expected: dict) -> None:
    assert _speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verb naming the speech, then the speaker's name and what they said
        ("现场我局局长孙振伟作重要讲话,孙振伟指出,要抓好农村公路建设。", {"孙振伟": "speaker"}),
        ("局长孙振伟讲话,孙振伟指出,要抓好农村公路建设。", {"孙振伟": "speaker"}),
        # a statement verb still opens the statement (会议指出,…), and a speech whose words follow
        # its comma or colon opens the speaker's (讲话,强调…; 讲话:…)
        ("会议指出,局长孙振伟表示要加快。", {}),
        ("市委书记张三作重要讲话,强调要认真落实省长李四在调研时的要求。", {"张三": "speaker"}),
        ("市委书记张三讲话:省长李四强调,要加快发展。", {"张三": "speaker"}),
        # Taiwan's 致词 as 致辞
        ("局长张三致词,副局长李四表示,要加快发展。", {"张三": "attendee", "李四": "speaker"}),
    ],
)
def test_a_speech_named_then_its_words(text: str, expected: dict) -> None:
    assert _roles(text) == expected


@pytest.mark.parametrize(
    ("text", "name", "org"),
    [
        # a conjunction opening the clause is no part of the body (当…时)
        ("5日,当广东省电力设计研究院院长罗必雄接受询问时说,很专业。", "罗必雄", "广东省电力设计研究院"),
        ("当阳市市长李明表示,要加快建设。", "李明", "当阳市"),
        ("当代中国研究所所长李明表示,要加快发展。", "李明", "当代中国研究所"),
        ("当当网董事长李国庆表示,要加快发展。", "李国庆", "当当网"),
        # a country's premier, vice-premier or state councillor: its State Council
        ("中国总理李克强表示,要稳增长。", "李克强", "国务院"),
        ("我国国务委员王勇表示,要合作。", "王勇", "国务院"),
        ("越南总理范明政表示,要合作。", "范明政", "越南"),
        # a former ministry, 中国 before it dropped as before any known body
        ("中国建设部部长汪光焘表示,要加快住房建设。", "汪光焘", "建设部"),
        # a seat on the party committee written before a post in the government, or a department
        ("兴山县委常委副县长、县食安委副主任张健带队检查。张健强调,要强化忧患意识。", "张健", "兴山县"),
        ("宜昌市委常委宣传部部长李明表示,要合作。", "李明", "宜昌市委宣传部"),
        ("宜昌市委常委会办公室主任李明表示,要合作。", "李明", "宜昌市委常委会办公室"),
        ("兴山县委常委副县长张健表示,要合作。", "张健", "兴山县"),
        # 及 between a person or a body and the body after it: the body after it
        ("交通运输部及国家邮政局局长马军胜表示,要加快发展。", "马军胜", "国家邮政局"),
        ("他携内人及外交部部长李明出席。李明表示,要加快发展。", "李明", "外交部"),
        ("张伟及省商务厅厅长李明陪同调研。李明表示,要加快发展。", "李明", "省商务厅"),
        # a seat on the committee, then its department's head written short (统战部长); not a
        # government bureau's head after it, nor a department written with its level again
        ("区委常委、统战部长李德森到区商务局调研。李德森要求,要加快发展。", "李德森", "区委统战部"),
        ("市委常委、市委宣传部长李明表示,要合作。", "李明", "市委宣传部"),
        ("市委常委、公安局长李明表示,要合作。", "李明", "市公安局"),
        ("省政府党组成员、公安厅长李明表示,要合作。", "李明", "省公安厅"),
        # a provincial centre takes the province the page names; a 省级 centre is no 省 body
        ("青海省邮政管理局召开会议。省邮政业安全监测中心主任马进军表示,要抓好安全。", "马进军", "青海省邮政业安全监测中心"),
        ("湖北省召开会议。省级农业科技示范中心主任李明表示,要抓好安全。", "李明", "省级农业科技示范中心"),
        # a verb of choosing someone before a known body (决定推荐…): the body is the known one
        ("中国政府决定推荐国家邮政局普遍服务司司长林洪亮先生在大会上竞选秘书长职务。林洪亮表示,很荣幸。", "林洪亮", "国家邮政局普遍服务司"),
        # an adverb before 与 (将与, 还与): the body met is the one after it
        ("访美期间,郭声琨国务委员将与美国司法部部长林奇、国土安全部部长约翰逊共同主持对话。林奇表示,很好。", "林奇", "美国司法部"),
    ],
)
def test_words_and_seats_around_a_body(text: str, name: str, org: str) -> None:
    assert _speakers(text)[name][1] == org


@pytest.mark.parametrize(
    ("text", "name", "org"),
    [
        ("宁波市委常委、慈溪市委书记林坚表示,要保障供应。", "林坚", "慈溪"),
        ("前台中市长胡志强表示,将加强合作。", "胡志强", "台中"),
        ("宁波市委常委、慈溪市长林坚表示,要保障供应。", "林坚", "慈溪"),
        # words of the sentence, not places: before a post outside a chain only Taiwan's
        # jurisdictions are read as places
        ("他曾任市长。市长李明表示,将加强合作。", "李明", None),
        ("新任市长李明表示,将加强合作。", "李明", None),
        ("最后市长李明作总结讲话,他强调,要加快发展。", "李明", None),
        ("随后市长李明表示,要加快发展。", "李明", None),
        ("调研中市委书记李明指出,要加快发展。", "李明", None),
        ("这位市长李明表示,要加快发展。", "李明", None),
        ("当地县长李明表示,要加快发展。", "李明", None),
        ("网红县长李明表示,要加快发展。", "李明", None),
    ],
)
def test_a_place_the_gazetteer_does_not_know_before_a_local_post(text: str, name: str, org: str | None) -> None:
    assert _speakers(text)[name][1] == org


def test_a_city_s_post_placed_by_its_full_mention_or_by_the_one_city_the_page_names() -> None:
    # 蔡市长 in the headline before the city; 市长蔡丽新 after it
    text = "你的快递,蔡市长很关心!淮安物流发展\n8月14日下午,市长蔡丽新率队来到淮安邮政公司调研。蔡丽新强调,要加快发展。"
    assert _speakers(text)["蔡丽新"] == ("市长", "淮安市")
    # a word of the sentence before the post (以副市长…为团长), not an unknown place's end
    text = "云浮市委副书记、市长欧真志表示,要办好展会。成立了以副市长李尧坤为团长的分团。李尧坤表示,要抓好落实。"
    assert _speakers(text)["李尧坤"] == ("副市长", "云浮市")
    # the one city the page names, after the person, more than once
    text = "副市长胡仲明出席会议。胡仲明指出,要做好粮食工作。全年衢州粮食批发市场交易量增长,衢州经验值得推广。"
    assert _speakers(text)["胡仲明"] == ("副市长", "衢州市")
    # not two cities, nor the one city the page names as a place gone to or learned from, nor one
    # named once (a partner, a model, a firm's seat)
    for tail in ("全年衢州、金华粮食市场交易量增长。", "他随后赴杭州市考察学习。", "他随后前往杭州市调研。",
                 "要学习借鉴深圳经验。", "会上与苏州市签订了战略合作协议。", "顺丰速运(深圳)有限公司参会。"):
        assert _speakers("副市长胡仲明出席会议。胡仲明指出,要做好粮食工作。" + tail)["胡仲明"][1] is None, tail


@pytest.mark.parametrize(
    "text, name, org",
    [
        ("商务部市场运行和消费促进司副司长王斌说,前三季度增长。", "王斌", "商务部市场运行和消费促进司"),
        ("国家发展改革委资源节约和环境保护司司长刘德春表示,要加快构建体系。", "刘德春", "国家发展改革委资源节约和环境保护司"),
        # 和 between people, or between two bodies, joins no name
        ("张三和消费司司长王五表示,要加快。", "王五", "消费司"),
        ("交通运输部和国家邮政局局长王五表示,要加快。", "王五", "国家邮政局"),
    ],
)
def test_a_department_whose_name_holds_he(text: str, name: str, org: str) -> None:
    assert _speakers(text)[name][1] == org


def test_a_name_before_no_follower_read_where_it_stands_again_and_rarer_surnames() -> None:
    # 廖国勋轻车简从: no word that follows names after the post's name; the name stands again
    # between a closing quote and 说
    text = "正月初一下午,市委副书记、市长廖国勋轻车简从,走进超市。“特别要加强冷链监管。”廖国勋说。"
    assert _speakers(text) == {"廖国勋": ("市委副书记、市长", "天津市")}  # (the knowledge base's city)
    # never a body or a post with its holder's surname read again
    assert _speakers("监察院院长司法院院长出席。司法院表示,很好。") == {}
    assert _speakers("商务部商贸服务司司长邸建凯指出,要开展试点。") == {"邸建凯": ("司长", "商务部商贸服务司")}
    assert _speakers("全国政协委员穆京祥表示,要加快发展。") == {"穆京祥": ("全国政协委员", None)}
    # surnames that start everyday words only with a mark or a reporting verb after the name
    assert _speakers("部长应勇表示,要依法办事。") == {"应勇": ("部长", None)}
    assert _speakers("局长应当表示,很好。") == {}
    # a third character that is a word after the name, where the text names the person in two
    # characters elsewhere (冯军用“微博”…。冯军表示)
    assert _speakers("委员冯军用“微博”实时传递信息。冯军表示,很好。") == {"冯军": ("委员", None)}
    assert _speakers("局长李明也表示,很好。李明表示,要加快。") == {"李明": ("局长", None)}


def test_a_company_s_post_without_its_name_takes_the_one_company_the_page_names() -> None:
    text = "中国邮政集团有限公司召开会议。集团公司党组书记、董事长刘爱力表示,要深化合作。"
    assert _speakers(text)["刘爱力"] == ("党组书记、董事长", "中国邮政集团有限公司")
    # no company named: no organisation rather than a bare word
    assert _speakers("集团董事长王建沂出席会议并在会上发言。王建沂指出,要转型升级。")["王建沂"] == ("董事长", None)
    assert _speakers("该公司董事长吴政学表示,将扩大投资。")["吴政学"] == ("董事长", None)
    # Taiwan's postal operator, as written
    text = "国家邮政局副局长赵晓光会见了中华邮政董事长翁文祺。翁文祺表示,愿加强合作。"
    assert _speakers(text)["翁文祺"] == ("董事长", "中华邮政")


@pytest.mark.parametrize(
    "text, org",
    [
        # a county or a county-level city the gazetteer does not list, named after its province
        ("河南太康县委书记王国玺表示,要加快发展。", "太康县委"),
        ("江苏省泰兴市邮政局局长何健忠表示,要加快发展。", "泰兴市邮政局"),
        # a province's own body, and a society named after a city's legacy, stay whole
        ("山东省邮政管理局局长李明表示,要加快发展。", "山东省邮政管理局"),
        ("陕西省延安精神研究会会长李明表示,要加快发展。", "陕西省延安精神研究会"),
    ],
)
def test_a_local_body_named_after_its_province_is_written_without_it(text: str, org: str) -> None:
    assert next(iter(_speakers(text).values()))[1] == org


def test_a_county_s_post_placed_by_the_one_county_the_page_names() -> None:
    # the gazetteer lists no counties: the page's own, named again, places its posts; the head of
    # its government is the county's (as a mayor is the city's)
    text = "周宁县领导开展春节前安全生产检查\n1月16日,周宁县委书记袁华军,县委副书记、县长陈文卿深入周宁汽车站检查。陈文卿强调,要压实责任。"
    assert _speakers(text)["陈文卿"] == ("副书记、县长", "周宁县")
    text = "会议由县委常委、常务副县长刘焕华主持,隆回县长钟义凡出席并讲话。钟义凡指出,要抓好安全生产。隆回县将全力推进。"
    assert _speakers(text)["钟义凡"] == ("县长", "隆回县")
    assert _roles(text) == {"钟义凡": "speaker", "刘焕华": "chair"}
    # the county written after other characters (当前巨鹿县), a party committee's and a government's post
    text = "县长李精虎表示,当前巨鹿县大气污染防治形势严峻。县委书记王明指出,巨鹿将全力配合。县政府副县长付玉林强调,要抓好落实。"
    assert _speakers(text) == {"李精虎": ("县长", "巨鹿县"), "王明": ("书记", "巨鹿县委"), "付玉林": ("副县长", "巨鹿县")}


@pytest.mark.parametrize(
    "tail",
    [
        "巨鹿县将全力配合。",  # named once
        "巨鹿县、平乡县将全力配合。平乡、巨鹿",  # two counties
        "全县、我县将全力配合。各县、该县",  # no county's name
        "贫困县将全力配合。贫困人口减少",  # a kind of county
        "促进县域经济发展。促进消费",  # the county's area, not a county
        "会议召开县政府常务会议。召开会议",  # an everyday word before a county's body
        "他列席县委常委会。列席会议",  # a verb before a county's body
    ],
)
def test_no_county_for_a_county_s_post_when_the_page_names_none_or_several(tail: str) -> None:
    assert _speakers("县长李精虎表示,要抓好落实。" + tail)["李精虎"] == ("县长", None)


def test_a_sentence_without_its_subject_and_a_surname_that_is_a_word_repeated_as_subject() -> None:
    text = "近日,驻马店市副市长杜中强听取了工作汇报,对各项工作给予肯定。\n表示将深入快递企业开展调研。"
    assert _roles(text) == {"杜中强": "speaker"}
    # not after a meeting's words: the subject left out is the meeting's
    assert _roles("会议由副市长张三主持。会议指出,要加强管理。\n强调,要抓好落实。") == {"张三": "chair"}
    # 于国安 after a post, where 国安 is a word: the text goes on with him as a subject
    text = "副省长于国安赴烟台市督导。于国安一行深入现场,详细了解进展。他强调,要抓好整改。"
    assert _speakers(text) == {"于国安": ("副省长", "山东省")}  # the province 烟台 lies in
    assert _speakers("局长于是表示,很好。") == {}


def test_a_two_character_name_with_an_everyday_word_surname_before_a_reporting_verb() -> None:
    assert _speakers("国家发展改革委副秘书长高杲表示,近期会提出政策措施。") == {"高杲": ("副秘书长", "国家发展改革委")}
    for text in ("局长高度表示,很好。", "部长明确表示,很好。", "主任高兴表示,很好。"):
        assert _speakers(text) == {}, text


def test_an_occasion_years_before_the_text_s_own_year_without_a_stamp() -> None:
    text = ("2022年全国快递业务量突破1000亿件。2013年11月25日,习近平总书记在山东省临沂市考察时指出,物流业一头连着生产、一头连着消费。"
            "12月1日,国家邮政局政策法规司副司长刘莹表示,2022年快递业务量稳步增长。")
    assert set(_speakers(text)) == {"刘莹", "习近平"}  # (his words quoted: session 31)
    # a target year (到2035年) changes nothing either
    text = "2024年3月5日,国务院总理李强指出,到2035年基本实现现代化。"
    assert set(_speakers(text)) == {"李强"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a report or summary made, nothing of it told
        ("副县长熊应武就我县物流园区建设相关情况作了通报。", {"熊应武": "attendee"}),
        ("副局长王志清出席会议并作大会总结、部署2018年民航春运工作。", {"王志清": "attendee"}),
        ("副县长熊应武就物流园区建设情况作了通报,他指出,要加快建设。", {"熊应武": "speaker"}),
        # an opening declared
        ("全国政协副主席罗富和宣布第二届中国湿地文化节开幕。", {"罗富和": "attendee"}),
        # matters reported, then the meeting's work
        ("温州市交通运输局局长项伟胜主持召开例会,通报1-8月安全生产工作情况,研究部署相关工作。", {"项伟胜": "chair"}),
        # presenters listed as attending and answering
        ("应急管理部安全生产执法局局长杨智慧出席发布会,并回答记者提问。", {"杨智慧": "attendee"}),
        # a minister's demands named as a meeting's, carried out
        ("会议认真贯彻落实李国英部长在水利部工作会议上的部署要求,总结工作。", {}),
    ],
)
def test_reports_made_openings_declared_and_demands_named_tell_no_words(text: str, expected: dict) -> None:
    assert _roles(text) == expected


def test_delegation_leaders_and_a_declaration_quoted() -> None:
    assert _speakers("世界银行代表团团长克瑞斯·本里特先生代表世行表示祝贺。他高度评价说:很好。") == {
        "克瑞斯·本里特": ("团长", "世界银行代表团")}
    # a delegation is an occasion's body: the government post after it says who they are
    assert _speakers("中国代表团团长、外交部副部长王超表示,中方愿意合作。") == {"王超": ("副部长", "外交部")}
    # a declaration quoted after a colon is words reported
    assert _roles("交通部部长张春贤宣布:孝襄高速公路全线通车!") == {"张春贤": "speaker"}


# --- the session-16 review's findings --------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # names opening a statement: not bodies, firms, countries, figures of history, two characters
        "项目组介绍,今年将完工。", "申诉中说,情况属实。", "车主说,很方便。", "梁家河介绍,变化很大。", "申通表示,将加大投入。",
        "马里表示,支持中方。", "黎巴嫩表示,欢迎。", "孔子说,学而时习之。", "鲁迅说,希望是本无所谓有的。", "毛泽东说,为人民服务。",
        # a word starting with the surname 呼
        "这一建议得到了全国人大代表呼应。",
    ],
)
def test_review_no_person_opens_these(text: str) -> None:
    assert _speakers(text) == {}, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a quotation before an official whose act follows is someone else's words
        ("开头。\n“每天要处理十万件快件,高峰时还要翻倍。”国家邮政局局长马军胜在分拣中心听取了企业负责人的汇报。",
         {"马军胜": "attendee"}),
        # a bare name's 他 only in the very next sentence, after an act of its own
        ("江苏省邮政管理局局长王建国到南京调研。\n王建国对快递员张明的工作给予肯定。张明在发言中介绍了经验。他说,很好。",
         {"王建国": "attendee"}),
        ("江苏省邮政管理局局长王建国到南京调研。\n王建国还看望了快递员李师傅一家。他说,很好。", {"王建国": "attendee"}),
        # the ones met, listed, and the step after them: no one's for sure
        ("江苏省省长李明会见了国家邮政局局长王建国和副局长李卫东一行,详细了解了全省邮政业发展情况后表示,要加强合作。",
         {"李明": "attendee", "王建国": "attendee", "李卫东": "attendee"}),
        ("局长王建国陪同国家邮政局副局长李卫东一行察看了分拣中心,详细了解企业运营情况后指出,要保障安全。",
         {"王建国": "attendee", "李卫东": "attendee"}),
        # ... but a greeting passed on to someone, then 表示, is the subject's
        ("越南总理范明政会见中方代表。范明政请李强转达对习近平总书记的诚挚问候,表示越方愿意加强合作。",
         {"范明政": "speaker"}),
        # the one called (与…通电话时表示) takes no verb
        ("伊朗总统佩泽希齐扬1月31日与埃及总统塞西通电话时表示,任何侵犯都将遭到回应。",
         {"佩泽希齐扬": "speaker", "塞西": "attendee"}),
        # 王副市长 is not the 市长 王建国
        ("市长王建国主持会议。王副市长要求,要抓好落实。", {"王建国": "chair"}),
    ],
)
def test_review_attribution(text: str, expected: dict) -> None:
    assert _roles(text) == expected


def test_review_organisations() -> None:
    people = {s.name: s.org for s in tag_speakers("上海市委书记李强和市长龚正陪同考察。在苏州,龚正表示,要加强合作。")}
    assert people["龚正"] == "上海市"  # a municipality, named in the sentence, not 苏州 after
    people = {s.name: s.org for s in tag_speakers("深圳市委书记王伟中会见东莞市市长吕成蹊。副市长李卫东参加会见并表示,很好。")}
    assert people["李卫东"] is None  # two cities named in an earlier sentence: either may be his
    people = {s.name: s.org for s in tag_speakers("副市长李明在和平区邮政管理局局长王建国陪同下调研。王建国表示,很好。")}
    assert people["王建国"] == "和平区邮政管理局"
    people = {s.name: s.org for s in tag_speakers("俄罗斯总统普京19日与美国总统特朗普通电话。特朗普表示,很好。")}
    assert people["特朗普"] == "美国"
    # a name that opened its statement takes the post written right before it elsewhere
    assert _speakers("习近平同越南总理范明政共同出席开幕式。\n范明政表示,越方愿意合作。") == {"范明政": ("总理", "越南")}


def test_review_city_lookup_is_one_scan_per_text() -> None:
    import time

    text = "。".join(f"副市长王{chr(0x4E00 + i % 200)}明表示,要抓好落实" for i in range(1600)) + "。德州市。"
    start = time.perf_counter()
    tag_speakers(text)
    assert time.perf_counter() - start < 5  # (quadratic before: each person scanned the text again)


def test_a_head_s_post_with_its_body_and_a_delegation_s_post_last() -> None:
    assert _speakers("会晤结束后,中共中央政治局委员、外交部长王毅应询向媒体介绍了会晤情况。") == {"王毅": ("外交部长", "外交部")}
    people = {s.name: (s.title, s.org) for s in tag_speakers("中共中央政治局委员、国务院副总理、中央代表团团长何立峰出席大会并讲话。")}
    assert people["何立峰"] == ("副总理", "国务院")


# --- the second review's findings ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two-character names and given names ending in 中, 海, 山 open their statements too
        ("近日,全省邮政快递业安全生产工作会议召开。\n李文海指出,要压实安全生产责任。", {"李文海": "speaker"}),
        ("近日,会议召开。\n刘振中指出,要压实责任。", {"刘振中": "speaker"}),
        ("近日,会议召开。\n蔡奇强调,要做好工作。", {"蔡奇": "speaker"}),
        ("各地积极落实。\n司机说,很好。", {}),
        # a sentence without its subject after a meeting's words is the meeting's
        ("局长王建国主持召开会议,会议听取了各区汇报。此外强调,要抓好落实。", {"王建国": "chair"}),
        # ... and not the one thanked
        ("会上,王建国感谢快递协会会长李卫东带领企业积极参与。并指出,要继续推进快递进村。", {"李卫东": "attendee"}),
        # the same sentence, after a comma
        ("尼日利亚总统提努布出席。提努布感谢中方所作贡献,他表示,愿意加强合作。", {"提努布": "speaker"}),
        # a year after the occasion may be a target: no occasion cited
        ("2023年3月15日,省邮政管理局局长王建国在全省快递工作会议上强调,要确保2024年全省快递业务量突破100亿件。",
         {"王建国": "speaker"}),
        # both sides of a joint statement speak
        ("9日,叙利亚总统巴沙尔·阿萨德与伊朗总统易卜拉欣·莱希通电话一致强调,将继续保持两国的协调和沟通。",
         {"巴沙尔·阿萨德": "speaker", "易卜拉欣·莱希": "speaker"}),
        # a word after a post with an everyday-word surname, a mark after it
        ("会上感谢了教授成立。", {}),
    ],
)
def test_second_review_attribution(text: str, expected: dict) -> None:
    assert _roles(text) == expected


def test_second_review_occasion_years_back_without_a_subject() -> None:
    # (cited, no statement, until session 31: the words the page quotes are his)
    text = "2019年7月,习近平总书记来到赤峰市马鞍山林场考察调研。强调要深入推进生态文明建设。"
    assert set(_speakers(text, published="2022-05-27")) == {"习近平"}


def test_second_review_organisations() -> None:
    def orgs(text):
        return {s.name: s.org for s in tag_speakers(text)}

    assert orgs("《高端访谈》播出匈牙利总理欧尔班独家专访\n今晚播出对匈牙利总理欧尔班的独家专访。欧尔班表示,匈方愿意合作。")["欧尔班"] == "匈牙利"
    assert orgs("北京日报记者采访北京市副市长王卫东\n王卫东表示,将加快建设。")["王卫东"] == "北京市"
    assert orgs("习近平应约与美国总统拜登通电话。拜登表示,美方愿意合作。")["拜登"] == "美国"
    # a city the sentence names after the person is a destination, not theirs
    assert orgs("5月10日,宁波市召开快递进村推进会。\n会上,副市长王卫东介绍了赴杭州市考察学习的体会。他表示,要加快推进。")["王卫东"] == "宁波市"


def test_second_review_a_repeated_candidate_is_scanned_once() -> None:
    import time

    start = time.perf_counter()
    tag_speakers("主任高兴地表示,要加强安全生产工作。" * 8000)
    assert time.perf_counter() - start < 5  # (7.5 s before: one scan of the text per candidate)


# --- session 17: organisations completed and chains read -----------------------------------------


def test_a_province_named_only_by_its_cities():
    # the source line that named 湖北 went with the boilerplate: 孝感市 says which province
    text = "近日,省农业农村厅副厅长杨遥带队,赴孝感调研,孝感市副市长石必成陪同。杨遥强调,要做好工作。"
    assert _speakers(text)["杨遥"] == ("副厅长", "湖北省农业农村厅")
    # not a city's name standing for a lesson, nor a city visited to learn from
    assert _speakers("副省长张明强调,要弘扬遵义会议精神。") == {"张明": ("副省长", None)}
    assert _speakers("省委书记李明强调,要大力弘扬大庆精神。") == {"李明": ("省委书记", None)}
    assert _speakers("副省长张明率队赴深圳市考察学习,张明表示要学习经验。") == {"张明": ("副省长", None)}
    text = "2月1日,副省长郑艺到辽阳市、鞍山市督导检查安全生产工作。郑艺强调,要压实责任。"
    assert _speakers(text) == {"郑艺": ("副省长", "辽宁省")}
    # cities of two provinces, or of none: nothing to complete with
    text = "近日,省农业农村厅副厅长杨遥带队,赴孝感市、深圳市调研。杨遥强调,要做好工作。"
    assert _speakers(text) == {"杨遥": ("副厅长", "省农业农村厅")}
    text = "副省长郑艺到上海市督导检查。郑艺强调,要压实责任。"
    assert _speakers(text) == {"郑艺": ("副省长", None)}


def test_an_autonomous_region_completed():
    text = "8月17日,宁夏回族自治区党委常委、自治区副主席李锐带领督查组赴银川,他强调要严防事故。"
    assert _speakers(text) == {"李锐": ("副主席", "宁夏回族自治区")}
    text = "9月18日,会议在呼和浩特市举行。自治区副主席黄志强主持会议并讲话,他强调要抓好整改。"
    assert _speakers(text)["黄志强"] == ("副主席", "内蒙古自治区")
    # a city of a 省 completes no 自治区, and a 自治区 without its name is no body
    text = "会议在南京市举行。自治区副主席黄志强强调,要抓好整改。"
    assert _speakers(text)["黄志强"] == ("副主席", None)


def test_a_city_body_without_the_province_written_before_it():
    assert _speakers("近日,陕西铜川市副市长李志强表示将大力支持。") == {"李志强": ("副市长", "铜川市")}
    assert _speakers("山东泰安市政协副主席白玉翠指出,要做好工作。") == {"白玉翠": ("副主席", "泰安市政协")}
    assert _speakers("福建省福州市副市长兰文强调要做好工作。") == {"兰文": ("副市长", "福州市")}
    # 吉林市 is a city of its own name; a province's body keeps its province; a city of another
    # province, or a city's name not written as a city's (延安精神), is no city of the body
    assert _speakers("吉林市交通局局长王强强调要做好工作。") == {"王强": ("局长", "吉林市交通局")}
    assert _speakers("四川省南京市商会会长王强强调要做好工作。") == {"王强": ("会长", "四川省南京市商会")}
    assert _speakers("陕西省延安精神研究会会长王强表示要弘扬精神。") == {"王强": ("会长", "陕西省延安精神研究会")}
    assert _speakers("四川省交通运输厅厅长王强强调要做好工作。") == {"王强": ("厅长", "四川省交通运输厅")}


def test_chains_of_posts_led_by_the_one_with_a_body():
    text = "1月6日,春运工作专班副组长、交通运输部副部长徐成光透露,春运期间客流总量较大。"
    assert _speakers(text) == {"徐成光": ("副部长", "交通运输部")}
    text = "4月12日,商务部副部长兼国际贸易谈判副代表钟山召开专题会议,要求各地做好工作。"
    assert _speakers(text) == {"钟山": ("副部长兼国际贸易谈判副代表", "商务部")}
    text = "国家邮政局局长马军胜会见万国邮政联盟总局长比沙尔·侯赛因。比沙尔·侯赛因表示,感谢中方支持。"
    assert _speakers(text)["比沙尔·侯赛因"] == ("总局长", "万国邮政联盟")


def test_contractions_written_out_as_the_guide_asks() -> None:
    # 环保部, 住建部, 人社部, 国家卫健委, 质检总局, 工商总局: mainland media contractions, written out in full
    # (the guide: 国务院新闻办公室, not 国新办); a standard short name stays as written
    cases = {
        "环保部部长周生贤指出,要打好攻坚战。": ("部长", "环境保护部"),
        "住建部部长姜伟新表示,要稳定房价。": ("部长", "住房和城乡建设部"),
        "人社部副部长李忠表示,要稳就业。": ("副部长", "人力资源和社会保障部"),
        "国家卫健委新闻发言人米锋表示,要加强防控。": ("新闻发言人", "国家卫生健康委员会"),
        "工商总局副局长刘俊臣表示,要保护消费者。": ("副局长", "国家工商行政管理总局"),
        "国家卫计委主任李斌表示,要深化医改。": ("主任", "国家卫生和计划生育委员会"),
        "国家卫生健康委主任马晓伟表示,要深化医改。": ("主任", "国家卫生健康委"),
        "民航局局长冯正霖表示,要保安全。": ("局长", "中国民用航空局"),
        "中国民航局局长冯正霖表示,要保安全。": ("局长", "中国民航局"),
        "科技部部长王志刚表示,要加强基础研究。": ("部长", "科学技术部"),
        "文旅部部长胡和平表示,要推动融合。": ("部长", "文化和旅游部"),
        "体育总局局长高志丹表示,要办好赛事。": ("局长", "国家体育总局"),
        "中组部部长李源潮指出,要加强队伍建设。": ("部长", "中共中央组织部"),
        "中宣部部长刘云山指出,要加强宣传。": ("部长", "中共中央宣传部"),
        # (中央宣传部 is kept as written, as the annotators keep it)
        "中央宣传部部长刘云山指出,要加强宣传。": ("部长", "中央宣传部"),
        # a local body's contraction too
        "甘肃省科技厅厅长李文卿表示,要加强创新。": ("厅长", "甘肃省科学技术厅"),
        "福建省文旅厅厅长王金福表示,要推动融合。": ("厅长", "福建省文化和旅游厅"),
        "湖南省工信厅厅长雷绍业表示,要稳增长。": ("厅长", "湖南省工业和信息化厅"),
        "广东省发改委主任葛长伟表示,要扩投资。": ("主任", "广东省发展和改革委员会"),
        "广交会新闻发言人刘建军表示,本届广交会成交稳定。": ("新闻发言人", "中国进出口商品交易会"),
        "香港贸发局总裁林天福表示,要加强合作。": ("总裁", "香港贸易发展局"),
        "国家邮政总局局长赵民表示,要加强监管。": ("局长", "国家邮政局"),
    }
    for text, expected in cases.items():
        assert list(_speakers(text).values()) == [expected], text
    # …not on a page of Taiwan's, whose own authority is called 民航局 too
    text = "马英九总统今日上午视察桃园国际机场。包括总统府副秘书长熊光华、民航局局长林志明等陪同。林志明表示,将提升服务。"
    assert _speakers(text)["林志明"] == ("局长", "民航局")
    # a contraction read whole, not as a shorter one with a character left over (最高法院 is no 最高法 + 院)
    assert _speakers("最高法院院长周强表示,要公正司法。")["周强"] == ("院长", "最高人民法院")


def test_no_city_read_into_the_market_regulator():
    text = "活动在徐州举行。市场监管总局质量发展局二级巡视员李常青在讲话中指出,要抓好质量。"
    assert _speakers(text) == {"李常青": ("二级巡视员", "国家市场监督管理总局质量发展局")}
    assert _speakers("中国大陆海关总署署长俞建华表示,外贸稳中向好。") == {"俞建华": ("署长", "海关总署")}


def test_heads_of_hong_kong_and_macao():
    assert _speakers("香港特区行政长官林郑月娥表示,特区政府会全力支持。") == {"林郑月娥": ("行政长官", "香港特别行政区")}
    assert _speakers("行政长官李家超表示,香港会做好工作。") == {"李家超": ("行政长官", "香港特别行政区")}
    assert _speakers("澳门特区行政长官岑浩辉强调,要加强合作。") == {"岑浩辉": ("行政长官", "澳门特别行政区")}


def test_the_body_holding_the_occasion_lends_its_name():
    text = "5月30日,水利部召开水旱灾害防御工作准备情况新闻通气会,副部长陈敏介绍有关情况。陈敏指出,要做好准备。"
    assert _speakers(text) == {"陈敏": ("副部长", "水利部")}
    text = "国务院台办在新闻发布厅举行例行新闻发布会。发言人陈斌华就热点问题回答了记者提问。陈斌华表示,这是错误的。"
    assert _speakers(text) == {"陈斌华": ("发言人", "国务院台湾事务办公室")}
    # a post the body has not: no body lent
    assert _speakers("水利部召开会议,副省长王强表示要做好工作。") == {"王强": ("副省长", None)}


def test_a_post_after_a_known_body_and_its_field():
    text = "国土资源部部长、国家土地总督察徐绍史20日表示,我国矿产资源需求将持续增长。"
    assert _speakers(text) == {"徐绍史": ("部长", "国土资源部")}
    text = "请商务部国际贸易谈判副代表崇泉介绍白皮书有关情况。崇泉表示,我们开放型经济快速发展。"
    assert _speakers(text) == {"崇泉": ("副代表", "商务部")}
    # a rank after the body is no field of it (中共中央政治局委员、外交部长)
    text = "会晤结束后,中共中央政治局委员、外交部长王毅应询向媒体介绍了会晤情况。"
    assert _speakers(text) == {"王毅": ("外交部长", "外交部")}


def test_single_turns_in_a_transcript():
    # a transcript announced: the host who opens it once and a guest who answers once both speak
    text = ("国务院新闻办公室举行新闻发布会,并答记者问。新闻发布会图文实录如下。\n"
            "寿小丽:女士们、先生们,大家上午好!欢迎出席国务院新闻办新闻发布会。\n"
            "金壮龙:谢谢主持人。我们将推进新型工业化。")
    assert set(_roles(text)) == {"寿小丽", "金壮龙"}
    # single turns of several names with nothing else are a list of headlines
    text = "会议强调要加强管理。\n相关新闻\n李家超:香港特区政府冀优化政策\n王小明:工作取得进展"
    assert "李家超" not in _roles(text) and "王小明" not in _roles(text)
    # a bracketed heading (【二十大代表风采】) is no turn that makes a transcript
    text = "【二十大代表风采】柯晓宾:毫厘之间 守护高铁安全 王海旭:铸剑香江的忠诚卫士\n柯晓宾正在示范。"
    assert _roles(text) == {}


def test_a_bracketed_turn_after_the_sentence_before_it():
    text = ("国务院新闻办公室举行新闻发布会,请国家外汇管理局副局长王小奕介绍有关情况,并答记者问。 "
            "[国家外汇管理局副局长 王小奕]女士们、先生们,大家早上好!")
    assert _speakers(text) == {"王小奕": ("副局长", "国家外汇管理局")}


def test_a_level_of_government_without_its_place_is_no_body():
    assert _speakers("11月24日,政府县长侯东林一行深入大西湾乡调研。侯东林强调,要巩固成果。") == {"侯东林": ("县长", None)}
    assert _speakers("县委书记叶伯军主持会议并讲话。叶伯军强调,要抓好落实。")["叶伯军"][1] is None


def test_a_day_in_chinese_numerals_after_the_name():
    assert _speakers("行政长官何厚铧二十八日表示,中央对澳门的工作比较满意。") == {"何厚铧": ("行政长官", "澳门特别行政区")}
    assert _speakers("外交部长王毅三日表示,中方欢迎。") == {"王毅": ("外交部长", "外交部")}


def test_a_rank_in_a_body_then_a_post_of_no_body():
    text = ("1月11日,福建省市场监管局党组成员、食品安全总监张剑平带领一行来漳州市开展检查。\n"
            "张剑平总监一行来到监管仓。张总监强调超市是重点场所,要落实主体责任。")
    assert _speakers(text) == {"张剑平": ("党组成员、食品安全总监", "福建省市场监督管理局")}
    # the body read before the rank is cleaned as any (福建省福州市… → the city's)
    text = "福建省福州市市场监管局党组成员、食品安全总监张剑平强调要做好工作。"
    assert _speakers(text) == {"张剑平": ("党组成员、食品安全总监", "福州市市场监督管理局")}


def test_a_bare_name_going_out_on_a_visit_carries_the_pronoun_after_it():
    text = ("2月7日,浙江省农业厅厅长林健东又穿梭在宁波市的姚北大地上。他先后走访了余姚市的研究所。\n"
            "12月20日至21日,林健东深入浙中腹地义乌、磐安等地,调研乡村振兴工作。他再次强调,要发挥现代农业多样功能。")
    assert _speakers(text) == {"林健东": ("厅长", "浙江省农业厅")}


def test_review_three_host_bodies_credits_days_and_married_surnames():
    # a central body's short name inside a local body's or a word is no host
    text = "湖北省发改委召开新闻发布会,副主任张明介绍有关情况。张明表示,要做好工作。"
    assert _speakers(text) == {"张明": ("副主任", None)}
    assert _speakers("市公安部门举行新闻发布会。发言人王强表示,要做好工作。") == {"王强": ("发言人", None)}
    # a page's credits in brackets are no turn
    assert _roles("会议要求确保安全生产。【责任编辑 王芳】本文来源:新华网") == {}
    assert _roles("确保安全。【新华社 王芳】") == {}
    # 解答问题 announces no transcript
    text = "工作人员现场解答问题。\n相关新闻\n李家超:香港特区政府冀优化政策\n王小明:工作取得进展"
    assert _roles(text) == {}
    # a Chinese-numeral day after a two-character name is not read into it
    assert _speakers("副市长李明二十日表示,要做好工作。") == {"李明": ("副市长", None)}
    assert _speakers("市长张三日前表示,要做好工作。") == {"张三": ("市长", None)}
    # 陈方 and 林郑 open four-character names only
    assert _speakers("局长陈方表示,要做好工作。") == {"陈方": ("局长", None)}
    assert _speakers("局长林郑强表示,要做好工作。") == {"林郑强": ("局长", None)}
    assert _speakers("立法会主席范徐丽泰表示,会做好工作。") == {"范徐丽泰": ("主席", "立法会")}
    # a chief executive's region is an organisation the knowledge base knows
    assert [s.org_id for s in tag_speakers("行政长官李家超表示,香港会做好工作。")] == ["hksar"]


def test_a_speech_under_its_title_and_its_speaker_s_byline():
    text = ("推进义务教育均衡发展\n河南省人民政府副省长 徐济超\n10月15日,全省推进会议在郑州召开。\n"
            "同志们:\n近年来,我们召开全省大会,并出台了一系列文件。")
    assert _roles(text) == {"徐济超": "speaker"}
    # several such lines are a list of those present, and a byline with no speech after it is none
    text = "出席会议的有:\n市文旅局党组成员、副局长 杨光\n市市场监管局副局长 范耀辉\n同志们好。"
    assert "speaker" not in _roles(text).values()
    assert _roles("推进义务教育均衡发展\n河南省人民政府副省长 徐济超\n10月15日,全省推进会议在郑州召开。") != {"徐济超": "speaker"}


def test_a_new_minister_a_visit_and_praise_between_two_steps():
    # 新任 before the post: the sentence still opens with its subject, and 他 goes on with it
    text = "新任商务部部长钟山3日下午列席全国政协会议开幕会。他在人民大会堂接受记者采访时表示,下一步是推动商务事业新发展。"
    assert _speakers(text) == {"钟山": ("部长", "商务部")}
    # 来到 after a two-character name is the visit, not the name's third character
    assert _speakers("日前,马鞍山市副市长季翔来到市邮政管理局调研。季翔表示,要做好工作。") == {"季翔": ("副市长", "马鞍山市")}
    assert _speakers("副市长王来春表示,要做好工作。") == {"王来春": ("副市长", None)}
    # praise of those visited between taking their report and the demands: one subject throughout
    text = "近日,大连市副市长郭云峰带队检查。郭云峰听取了大连局工作汇报,对市局工作给予肯定,要求科学研判旺季形势。"
    assert _roles(text) == {"郭云峰": "speaker"}
    # two steps of any kind between are too far
    assert _roles("近日,大连市副市长郭云峰带队检查。郭云峰听取了汇报,参观了展板,要求科学研判。") == {"郭云峰": "attendee"}


def test_an_interview_verb_before_the_body():
    assert _speakers("本报记者访交通运输部部长杨传堂。杨传堂表示,要加快建设。") == {"杨传堂": ("部长", "交通运输部")}


@pytest.mark.parametrize(
    "text, name, org",
    [
        # a post, a whole department or a whole body before 和 joins no department's name
        ("商务部部长和外贸司司长李兴乾出席并表示,很好。", "李兴乾", "外贸司"),
        ("交通运输部综合规划司和运输服务司司长蔡团结表示,很好。", "蔡团结", "运输服务司"),
        ("国务院新闻办公室和外交部新闻司司长王五表示,很好。", "王五", "外交部新闻司"),
        # a county's name read from a word of office, a visit, or too short a reading: none
        ("据通报,时任县委书记张某某被问责。县长王建国表示,要整改。时任领导", "王建国", None),
        ("市长李明赶赴县医院看望。县长王建国表示,要救治。李明赶赴现场。", "王建国", None),
        ("尼勒克县召开会议。县长王明表示,要加快。尼勒克县发展。", "王明", None),
        ("长阳土家族自治县召开会议。县长王明表示,要加快。长阳发展。", "王明", None),
        ("县长王明率队赴安吉县考察学习。王明表示,安吉县的经验值得学习。安吉模式。", "王明", None),
        # a province's market office keeps its province (市场 is no city)
        ("浙江省农贸市场管理办公室主任张三表示,要加快。", "张三", "浙江省农贸市场管理办公室"),
        # a group's branch is no group: no organisation
        ("中国邮政集团有限公司召开会议。分公司总经理张三表示,很好。", "张三", None),
        # one company under two of its names
        ("中国邮政集团公司(现中国邮政集团有限公司)召开会议。集团董事长刘爱力表示,很好。", "刘爱力", "中国邮政集团有限公司"),
    ],
)
def test_review_findings_on_counties_departments_and_companies(text: str, name: str, org: str | None) -> None:
    assert _speakers(text)[name][1] == org


def test_words_standing_again_after_marks_are_no_names() -> None:
    assert _speakers("市长万人行活动启动。万人行、健步走。") == {}
    assert _speakers("董事长金融街控股出席。金融街,是一条街。") == {}


def test_a_county_named_once_with_its_own_body_or_document_and_its_government_s_head() -> None:
    text = "县委常委、常务副县长刘文龙,副县长尹小龙出席会议。会议学习了《洞口县农村交通安全专项行动方案》。尹小龙强调,要抓落实。"
    assert _speakers(text)["尹小龙"] == ("副县长", "洞口县")
    # the head of a county's government under its party committee's seat is the county's
    assert _speakers("石棉县委副书记、县长张瑜锋表示,要加快。") == {"张瑜锋": ("副书记、县长", "石棉县")}
    # a county named once as a model is no county of the page's
    assert _speakers("县长李四指出,要落实。学习借鉴安吉县经验。")["李四"] == ("县长", None)


@pytest.mark.parametrize(
    "text, name, post, org",
    [
        # an acting head's post (代省长, 代市长)
        ("山西省委副书记、代省长李小鹏表示,要加快。", "李小鹏", "省委副书记、代省长", "山西"),
        # a preposition before a body (以省…为组长), a reporter's quoting, a delegation before its body
        ("成立以省煤炭工业管理局局长王权为组长的工作组。王权表示,要加快。", "王权", "局长", "省煤炭工业管理局"),
        ("报导引述山西省阳泉市安全生产委员会办公室主任刘宪云表示,要加快。", "刘宪云", "主任", "阳泉市安全生产委员会办公室"),
        ("台湾邮政代表团中华邮政股份有限公司董事长陈宪着表示,要加快。", "陈宪着", "董事长", "中华邮政股份有限公司"),
        # 以色列 is a country, not a preposition
        ("以色列总理内塔尼亚胡表示,要加快。", "内塔尼亚胡", "总理", "以色列"),
    ],
)
def test_acting_heads_and_words_before_a_body(text: str, name: str, post: str, org: str) -> None:
    assert _speakers(text)[name] == (post, org)


@pytest.mark.parametrize(
    "text, name, post, org",
    [
        # a State Councillor's body is the State Council; a second post after 兼 names its own body
        ("国务委员王勇31日在河北调研安全生产时强调,要深刻吸取教训。", "王勇", "国务委员", "国务院"),
        ("国务委员兼公安部部长王小洪强调,要严格执法。", "王小洪", "部长", "公安部"),
        ("国务委员兼国务院秘书长吴政隆表示,要抓落实。", "吴政隆", "秘书长", "国务院"),
        ("商务部副部长兼国际贸易谈判副代表钟山表示,要稳外贸。", "钟山", "副部长兼国际贸易谈判副代表", "商务部"),
    ],
)
def test_state_councillors_and_second_posts(text: str, name: str, post: str, org: str) -> None:
    assert _speakers(text)[name] == (post, org)


def test_a_transcript_host_is_on_the_staff_of_the_office_that_holds_the_conference() -> None:
    intro = ("国务院新闻办公室于2011年1月18日上午10时在国务院新闻办新闻发布厅举行新闻发布会,"
             "请交通运输部副部长翁孟勇介绍有关情况,并答记者问。\n")
    turns = ("华清:\n女士们、先生们,上午好。欢迎大家出席国务院新闻办新闻发布会。\n"
             "翁孟勇:\n谢谢主持人。“十一五”时期交通运输发展很快。\n"
             "华清:\n下面请大家提问。\n")
    got = _speakers(intro + turns)
    assert got["华清"] == (None, "国务院新闻办公室")
    assert got["翁孟勇"] == ("副部长", "交通运输部")
    # the welcome alone names the office; a labelled host of a congress's news centre
    assert _speakers(turns)["华清"] == (None, "国务院新闻办公室")
    text = ("3月15日下午,十二届全国人大一次会议新闻中心在梅地亚中心举行记者会。环境保护部副部长吴晓青回答记者提问。\n"
            "主持人王效云:\n各位记者朋友,下午好!\n吴晓青:\n谢谢主持人。\n")
    assert _speakers(text)["王效云"] == (None, "十二届全国人大一次会议新闻中心")
    # a transcript held by no press office: the host's body is not guessed
    text = "交通运输部举行新闻发布会。\n李华:\n大家好。\n吴春耕:\n谢谢。\n李华:\n请提问。\n"
    assert _speakers(text)["李华"] == (None, None)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a two-character name ending in 强 before a word that is no 强调 or 强化
        ("6月1日至2日,省委副书记、省长黄强在南充市、广安市调研,强调要深入学习。", {"黄强": "speaker"}),
        ("市长李强调研时表示,要加快发展。", {"李强": "speaker"}),
        # an everyday surname's two characters that make no word, standing again as a subject
        ("2月29日,市委副书记、市长安伟主持召开推进会,强调要统一思想。安伟指出,近年来发展很快。", {"安伟": "speaker"}),
        ("局长高兴地表示,好。", {}),
        # the chair goes on after a clause of what they took in (听取…汇报, 询问…)
        ("12月14日,市委书记刘文强主持召开领导小组会议,听取相关部门、镇街工作情况汇报,强调要创新机制。", {"刘文强": "speaker"}),
        ("检查中,副市长杨新坚认真了解受检单位安全生产工作落实情况,详细询问企业节前安全部署情况,要求企业要高度重视。",
         {"杨新坚": "speaker"}),
        # …but not when the meeting speaks
        ("市委书记刘文强主持召开领导小组会议,听取了汇报,会议强调要创新机制。", {"刘文强": "chair"}),
        # a three-character name before a head of government's post; places before it are no names
        ("会议由金德水副省长主持。其次,吕祖善省长强调,要看到不足。", {"金德水": "chair", "吕祖善": "speaker"}),
        ("黑龙江省长表示,要加快。石家庄市长表示,好。张家口市长指出,好。", {}),
    ],
)
def test_names_before_verbs_chairs_going_on_and_names_before_local_posts(text: str, expected: dict) -> None:
    assert _roles(text) == expected


def test_a_signed_speech_greeting_its_guests_is_its_byline_s_even_with_a_speech_quoted_inside() -> None:
    text = ("生态环境部部长 李干杰\n(2019年11月16日)\n各位来宾,女士们、先生们:\n非常高兴来到美丽的十堰。"
            "本届年会以“生态文明和谐共生——打好污染防治攻坚战”为主题。习近平总书记在全会上的重要讲话,意义重大。")
    assert _speakers(text)["李干杰"] == ("部长", "生态环境部")


def test_a_county_of_one_character_is_read_before_its_own_body() -> None:
    text = "12月25日,曹县县委书记赵福龙实地调研疫情防控工作。县委副书记、代县长孟令选参加活动。孟令选强调,要抓落实。"
    assert _speakers(text)["孟令选"] == ("副书记、代县长", "曹县")
    text = "山东省萧县县长王五强调,要抓落实。县委书记李四说,好。"
    assert _speakers(text)["李四"] == ("书记", "萧县县委")
    # a word before 县县 is no county (全县, 各县)
    assert _speakers("各县县长参加会议。县长王五强调,要抓落实。")["王五"] == ("县长", None)


def test_counties_written_with_their_bodies_after_a_word_or_in_full() -> None:
    # a word before a one-character county (新任曹县县委书记) is no part of its name
    text = "新任曹县县委书记赵福龙表示,好。县长王五强调,要抓落实。"
    assert _speakers(text)["王五"] == ("县长", "曹县")
    # 来凤县, 从江县: a county whose first character may stand before places keeps it
    assert _speakers("来凤县县长王五强调,要抓落实。县委书记李四说,好。")["李四"] == ("书记", "来凤县委")
    assert _speakers("从江县县长王五强调,要抓落实。")["王五"] == ("县长", "从江县")


def test_a_province_read_inside_a_place_s_name_gives_way_to_the_one_its_cities_lie_in() -> None:
    text = "副省长王五在成达万高铁营山西站项目现场调研,在南充市、广安市调研。王五强调,要抓落实。"
    assert _speakers(text)["王五"] == ("副省长", "四川省")
    # a province named after a word, and no city: still the province
    assert _speakers("推动山西发展。副省长王五强调,要抓落实。")["王五"] == ("副省长", "山西省")
    assert _speakers("副省长王五在山西调研,在南充市召开座谈会。王五强调,要抓落实。")["王五"] == ("副省长", "山西省")


def test_the_last_part_of_a_foreign_name_written_in_full_before_is_the_same_person() -> None:
    text = ("12月22日下午,国家邮政局马军胜局长应约同万国邮联国际局总局长比沙尔·侯赛因通电话。马军胜指出,合作良好。"
            "侯赛因表示,万国邮联与中国合作良好。")
    assert _roles(text) == {"马军胜": "speaker", "比沙尔·侯赛因": "speaker"}
    # not the last part inside another name, nor one that opens no statement
    text = "埃及前总理伊萨姆·沙拉夫出席会议。沙拉夫大街上人来人往。"
    assert _roles(text) == {"伊萨姆·沙拉夫": "attendee"}


@pytest.mark.parametrize(
    "text, name, org",
    [
        # a country or a level of government before the first post keeps its body (no Chinese
        # ministry for a foreign minister's second post; no bare department for a province's)
        ("新加坡国家发展部长兼财政部第二部长黄循财表示,好。", "黄循财", None),
        ("泰国副总理兼外交部部长敦·巴穆威奈表示,好。", "敦·巴穆威奈", "泰国副总理兼外交部"),
        ("省委常委兼宣传部部长张三表示,好。", "张三", "省委兼宣传部"),
    ],
)
def test_a_second_post_after_a_first_that_names_a_body_or_country(text: str, name: str, org: str | None) -> None:
    assert _speakers(text)[name][1] == org


def test_no_name_is_read_before_a_mayor_s_post_from_a_city_the_gazetteer_does_not_hold() -> None:
    assert _roles("张家港市长表示,好。温哥华市长表示,好。石河子市长指出,好。尤其刘县长强调,好。") == {}


@pytest.mark.parametrize(
    "text, expected",
    [
        # a congress's spokesperson speaks for the session the page names
        ("3月4日上午,十二届全国人大二次会议新闻发布会在人民大会堂举行,大会新闻发言人傅莹介绍,大会将于13日闭幕。",
         {"傅莹": ("新闻发言人", "十二届全国人大二次会议")}),
        ("大会新闻发言人傅莹介绍,大会将于13日闭幕。", {"傅莹": ("新闻发言人", None)}),
        # the deputy head of a city's or a province's government under its party committee's seat
        ("三明市委常委、常务副市长黄建波表示,要抓落实。", {"黄建波": ("三明市",)}),
        ("山西省委常委、副省长付建华强调,要抓落实。", {"付建华": ("山西省",)}),
        ("中共山西省委常委、副省长付建华强调,要抓落实。", {"付建华": ("山西省",)}),
        # 随着 is no part of a body; 解答 reports an answer
        ("随着自然资源部部长王广华宣布,活动正式开始。", {"王广华": ("部长", "自然资源部")}),
        ("今年会不会有水患?水利部部长陈雷解答,经初步预测,今年可能会呈现南涝北旱的趋势。", {"陈雷": ("部长", "水利部")}),
        # questions answered with nothing of the answers reported
        ("3月12日中午,随着自然资源部部长王广华回答完记者提问,部长通道集体采访活动正式收官。", {}),
        # (the knowledge base knows whose minister he is)
        ("部长王广华回答了记者提问。他说,要加快。", {"王广华": ("部长", "自然资源部")}),
    ],
)
def test_congress_spokespeople_place_heads_and_answers(text: str, expected: dict) -> None:
    got = _speakers(text)
    # (a one-item value checks the organisation alone)
    assert {n: (v[1],) if len(expected.get(n, ())) == 1 else v for n, v in got.items()} == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a session named in full, a party congress named nearer than a session of the NPC
        ("第十四届全国人民代表大会第二次会议新闻发布会举行,大会新闻发言人娄勤俭介绍,大会将开幕。",
         {"娄勤俭": "第十四届全国人民代表大会第二次会议"}),
        ("十三届全国人大五次会议闭幕后,党的二十大新闻中心举行记者招待会,大会新闻发言人孙业礼介绍,好。",
         {"孙业礼": "党的二十大"}),
        # 解答 with nothing of the answer; a briefing whose content follows its comma
        ("副部长张三出席发布会并解答记者提问。", {}),
        ("副市长李四解答了记者提问。", {}),
        ("局长张三通报了有关情况,今年以来全市共发生事故12起。", {"张三": None}),
        # 率 before a number after a compound surname's name
        ("副秘书长欧阳峰率8个司局负责人参加。欧阳峰强调,好。", {"欧阳峰": None}),
    ],
)
def test_review_of_the_late_rules(text: str, expected: dict) -> None:
    assert {n: v[1] for n, v in _speakers(text).items()} == expected


def test_a_matter_briefed_with_nothing_of_it_reported_and_a_name_before_its_lead() -> None:
    assert _roles("内蒙古自治区副主席白清元通报内蒙古产业转移发展合作对接情况。") == {"白清元": "attendee"}
    assert _roles("副局长张三通报,今年以来事故下降。") == {"张三": "speaker"}
    # 率 before a number leads a group; it ends no name
    text = "国家发改委副秘书长高杲率8个司局的负责人参加。高杲总结说,要加快。"
    assert _speakers(text) == {"高杲": ("副秘书长", "国家发展改革委")}


def test_session_21_names_turns_and_given_names() -> None:
    # a surname that is also a word (高), its name's pairs no common words, standing again as subject
    text = "3月27日,区委常委、副区长高继锋督导检查安全生产大排查大整治全覆盖落实情况。高继锋要求,要认清严峻形势。"
    assert _roles(text) == {"高继锋": "speaker"}
    assert _roles("主任高兴地检查工作。高兴地说,很好。") == {}
    # a given name with 同志 refers back to the leader named in full
    text = ("1月22日下午,县委常委、组织部部长邓小兰在县行政中心召开调度会,县政府副县长刘衍志主持会议。\n"
            "小兰同志强调,大家要紧绷安全生产“责任弦”。")
    assert _roles(text) == {"邓小兰": "speaker", "刘衍志": "chair"}
    # …not someone else's name ending the same way (a full name with 同志 is its own person, session
    # 30), nor a given name two people share
    assert _roles("县长王小兰主持会议。李小兰同志强调,要抓好。") == {"王小兰": "chair", "李小兰": "speaker"}
    assert "王小兰" not in _speakers("县长王小兰、副县长张小兰出席会议。小兰同志强调,要抓好。")
    # a live transcript's bracketed label whose designation runs on into the name
    text = ("中国政府网\n· [国土资源部办公厅副主任夏俊] 感谢几位记者的提问,今天的新闻发布会到此结束,谢谢大家!\n"
            "· [国土资源部耕地保护司副司长刘明松] 划定的目的在于保护,永久基本农田必须永久的保护。")
    assert _speakers(text) == {"夏俊": ("副主任", "国土资源部办公厅"), "刘明松": ("副司长", "国土资源部耕地保护司")}
    # …not a bracketed caption with nothing after it on its line; a label closed by a colon is a turn
    assert _roles("新闻联播\n【交通运输部部长李小鹏】\n全国交通运输工作会议在京召开。") == {"李小鹏": "attendee"}
    assert _roles("【交通运输部部长李小鹏】:\n今年要抓好安全生产。") == {"李小鹏": "speaker"}


def test_a_minister_named_without_a_body_takes_the_ministry_opening_his_sentence() -> None:
    text = "住房和城乡建设部高度重视,倪虹部长迅即作出指示,要求派出工作组赶赴现场。张小宏副部长作出部署,要求各地压实责任。"
    assert _speakers(text) == {"倪虹": ("部长", "住房和城乡建设部"), "张小宏": ("副部长", "住房和城乡建设部")}
    # …none where a party's or a company's department stands between, or a ministry is only named in
    # passing (环保部门, 根据教育部要求, 按照交通运输部部署), a foreign minister, or Taiwan's pages
    for text in ("各地环保部门要加强监管。县委宣传部召开会议,王大海部长指出,要做好宣传。",
                 "根据教育部要求,县委组织部召开会议。王大海部长强调,要抓好。",
                 "教育部部署工作,县委组织部随即召开会议,王大海部长强调,要抓好。",
                 "按照交通运输部部署,公司召开安全生产会议。王大海部长表示,要抓好。",
                 "外交部网站消息,应国务委员邀请,巴拉圭外交部长于1日起访华。双方举行会谈。王大海部长表示,感谢。",
                 "外交部表示将协助。王大海部长表示,感谢行政院支持。"):
        assert _speakers(text)["王大海"] == ("部长", None), text
    # (words holding 部 between are no department: 部分, 部署, 干部)
    text = "应急管理部高度重视,针对部分地区灾情迅速部署,王大海部长表示,要全力救灾。"
    assert _speakers(text)["王大海"] == ("部长", "应急管理部")


def test_bodies_written_out_in_full() -> None:
    from policydata.tag.speakers import _local_body_in_full

    # central bodies of before their reforms, and the trade council, written out
    assert _speakers("国家安监总局局长李毅中表示,要抓好安全。")["李毅中"][1] == "国家安全生产监督管理总局"
    assert _speakers("国家安全监管总局副局长孙华山指出,要抓好。")["孙华山"][1] == "国家安全生产监督管理总局"
    assert _speakers("国家环保总局局长周生贤强调,要治污。")["周生贤"][1] == "国家环境保护总局"
    assert _speakers("中国贸促会会长姜增伟表示,欢迎。")["姜增伟"][1] == "中国国际贸易促进委员会"
    # local bodies' contracted names
    cases = {
        "江苏省市场监管局局长孙沪兵表示,要抓好。": "江苏省市场监督管理局",
        "福建省应急厅厅长伍斌表示,要抓好。": "福建省应急管理厅",
        "吉林省贸促会会长金燕光表示,欢迎。": "吉林省国际贸易促进委员会",
        "新疆维吾尔自治区政府副主席刘苏社表示,要发展。": "新疆维吾尔自治区人民政府",
    }
    for text, org in cases.items():
        assert next(iter(_speakers(text).values()))[1] == org, text
    # …not a foreign place's government, a special region's, nor a city of Taiwan's
    assert _local_body_in_full("首尔市政府") == "首尔市政府"
    assert _local_body_in_full("日本大阪市政府") == "日本大阪市政府"
    assert _local_body_in_full("加州政府") == "加州政府"
    # a bare 贸促会 after a province's is none of the national council
    assert _speakers("吉林省贸促会举办活动。贸促会会长王大海表示,欢迎。")["王大海"][1] != "中国国际贸易促进委员会"
    assert _speakers("香港特区政府发言人李明表示,欢迎。")["李明"][1] == "香港特别行政区政府"
    assert _speakers("基隆市政府都发处处长徐燕兴表示,将加快。")["徐燕兴"][1] == "基隆市政府都发处"


def test_local_bodies_in_full_leave_full_names_alone() -> None:
    from policydata.tag.speakers import _local_body_in_full

    for org in ("重庆市人民政府", "国家市场监督管理总局", "江苏省应急管理厅", "县委办公室"):
        assert _local_body_in_full(org) == org
    assert _local_body_in_full("焦作市政府办公室") == "焦作市人民政府办公室"
    assert _local_body_in_full("临汾市农委信息中心") == "临汾市农业委员会信息中心"
    assert _local_body_in_full("上海市妇联") == "上海市妇女联合会"
    # (a bare 市政府 names no place the rule can tell China's from another's)
    assert _local_body_in_full("市政府办公室") == "市政府办公室"


def test_a_county_named_once_with_its_own_meeting() -> None:
    text = "7月19日上午,桃源县抗旱工作调度会召开。县委书记黄伟雄出席会议并讲话,他强调,要做好抗旱。"
    assert _speakers(text)["黄伟雄"] == ("书记", "桃源县委")


def test_a_district_s_post_placed_by_the_one_district_the_page_names() -> None:
    text = ("8月10日,区委书记熊安台,区委副书记、区长印宇鹰深入到鹤城区芦坪乡察看旱情。村民身处偏远山区,"
            "用水困难。鹤城区抗旱工作组正在送水。熊安台指出,要优先保障饮水。印宇鹰表示,要抓好落实。")
    assert _speakers(text) == {"熊安台": ("书记", "鹤城区委"), "印宇鹰": ("副书记、区长", "鹤城区")}
    text = "6月25日,中站区召开防汛工作会议。区委副书记、区长赵红兵出席会议并讲话。赵红兵强调,要压实责任。"
    assert _speakers(text)["赵红兵"] == ("副书记、区长", "中站区")


@pytest.mark.parametrize(
    "tail",
    [
        "全区上下要全力配合。",  # no district's name
        "凤鸣区将全力配合。",  # named once, with nothing of its own, and no district the table lists
        "鹤城区、中站区将全力配合。鹤城、中站",  # two districts
        "开发区、示范区、景区和社区将全力配合。开发区、示范区",  # areas of some kind
    ],
)
def test_no_district_for_a_district_s_post_when_the_page_names_none_or_several(tail: str) -> None:
    assert _speakers("区长李精虎表示,要抓好落实。" + tail)["李精虎"] == ("区长", None)


def test_a_town_s_post_placed_by_the_one_town_the_page_names() -> None:
    # named after its county, read whole (城头山镇, not 头山镇)
    text = "4月22日,澧县城头山镇召开乡村振兴推进会。镇党委书记张鼎要求,各村要责任上肩。"
    assert _speakers(text)["张鼎"] == ("党委书记", "城头山镇党委")
    # a meeting of its own; a head's post is its government's; 该镇 is the page's town
    text = ("7月27日,地城镇召开周一例会。随后,该镇党委副书记赵娜传达了会议精神。镇长杨明才要求,"
            "要严格遵守纪律。赵娜指出,要做好防汛。")
    assert _speakers(text) == {"杨明才": ("镇长", "地城镇人民政府"), "赵娜": ("党委副书记", "地城镇党委")}
    # a township, its name standing again on its own; a congress's chair is its congress's
    text = "1月18日,田头乡召开森林防火工作会。乡党委书记程宝生指出,要压实责任。乡人大主席王敬波表示,田头全力配合。"
    assert _speakers(text) == {"程宝生": ("党委书记", "田头乡党委"), "王敬波": ("主席", "田头乡人大")}


def test_a_town_named_after_its_city_is_read_without_the_city_s_mark() -> None:
    text = "4月22日,宜兴市丁蜀镇召开乡村振兴推进会。镇党委书记张鼎要求,各村要责任上肩。"
    assert _speakers(text)["张鼎"] == ("党委书记", "丁蜀镇党委")


@pytest.mark.parametrize(
    "text",
    [
        # pieces of everyday words (全国城镇, 分娩镇痛, 任命孙镇平, 打造镇、村)
        "全国城镇新增就业436万人,全国城市调查失业率为5.2%。镇长李精虎表示,要抓好落实。",
        "在分娩镇痛方面,镇长李精虎表示,要抓好落实。",
        "会议任命孙镇平为副主任。镇长李精虎表示,要抓好落实。",
        "要聚力打造镇、村特色产业。镇长李精虎表示,要抓好落实。",
        # two towns, the host's not the one with a body of its own
        "李庄镇党委书记张三一行到龙泉镇考察交流。镇长李精虎陪同并表示,要抓好落实。",
        # a city, not a town
        "江西萍乡召开会议。镇长李精虎表示,要抓好落实。",
    ],
)
def test_no_town_from_words_or_from_several_towns(text: str) -> None:
    assert _speakers(text)["李精虎"] == ("镇长", None)


@pytest.mark.parametrize(
    "text",
    [
        "县委巡察组对龙泉镇党委开展巡察。镇长李精虎表示,要抓好落实。",
        "县委书记为龙泉镇党委授牌。镇长李精虎表示,要抓好落实。",
    ],
)
def test_a_town_named_after_a_word_of_the_sentence(text: str) -> None:
    assert _speakers(text)["李精虎"] == ("镇长", "龙泉镇人民政府")


@pytest.mark.parametrize(
    "tail",
    [
        "全镇上下要推进城镇化和城乡融合。",  # no town's name, only words ending in 镇 and 乡
        "龙泉镇、漕运镇将全力配合。龙泉、漕运",  # two towns
        "干部们赴龙泉镇考察学习。龙泉",  # a town gone to
        "要打造镇域经济样板。",  # 镇域, a word
    ],
)
def test_no_town_for_a_town_s_post_when_the_page_names_none_or_several(tail: str) -> None:
    assert _speakers("镇长李精虎表示,要抓好落实。" + tail)["李精虎"] == ("镇长", None)


def test_an_organisation_read_after_words_of_time_and_reference() -> None:
    text = "日前海基会董事长吴丰山呼吁恢复协商。对此陆委会副主委梁文杰16日在记者会上表示,两会应当恢复协商。"
    assert _speakers(text) == {"吴丰山": ("董事长", "海峡交流基金会"), "梁文杰": ("副主委", "行政院大陆委员会")}
    # (对此 before 外交部, not 此外 before 交部)
    assert _speakers("对此外交部发言人汪文斌表示,要加强。") == {"汪文斌": ("发言人", "外交部")}
    # 前 after a country is a former post's, no word of time: Israel's ministry, not China's
    assert _speakers("以色列前国防部长甘茨表示,要加强。")["甘茨"] == ("部长", "以色列国防部")


def test_local_bodies_whose_names_hold_he() -> None:
    text = "山东省工业和信息化厅党组书记、厅长张海波参加座谈。张海波指出,山东是工业经济大省。"
    assert _speakers(text)["张海波"] == ("党组书记、厅长", "山东省工业和信息化厅")
    assert _speakers("浙江省经济和信息化厅厅长徐旭表示,要加强。")["徐旭"] == ("厅长", "浙江省经济和信息化厅")
    # (a page turned into Taiwan's wording: 资讯 for 信息)
    assert _speakers("工业和资讯化部部长苗圩表示,要推进智能制造。")["苗圩"] == ("部长", "工业和信息化部")


def test_a_city_s_committee_led_by_a_member_of_the_province_s() -> None:
    text = "苏州市召开会议。省委常委、市委书记周乃翔表示,苏州将全力配合。"
    assert _speakers(text)["周乃翔"] == ("常委、市委书记", "苏州市委")
    text = "南宁市召开会议。广西壮族自治区党委常委、市委书记王小东表示,要加强。"
    assert _speakers(text)["王小东"][1] == "南宁市委"


def test_a_bare_body_after_a_post_of_a_city_s_government_is_the_city_s() -> None:
    # (the city named once, by its own outlet)
    text = "临汾新闻网讯 1月14日,我市召开会议。副市长、公安局局长张勇出席会议并讲话。张勇指出,要深化治理。"
    assert _speakers(text)["张勇"] == ("局长", "临汾市公安局")
    text = "县委常委、副县长、公安局局长王建国表示,要加强管理。"
    assert _speakers(text)["王建国"] == ("局长", "县公安局")
    # (a province's department keeps what is written: 公安厅 names its level already; so do bodies
    # that name their level inside: 民盟市委, 团县委)
    assert _speakers("副省长、公安厅厅长王建国表示,要加强管理。")["王建国"] == ("厅长", "公安厅")
    assert _speakers("副市长、民盟市委主委李红表示,要加强。")["李红"] == ("主委", "民盟市委")
    assert _speakers("副县长、团县委书记王芳表示,要加强。")["王芳"] == ("书记", "团县委")
    # (another city's paper cited in a sentence is no outlet of the page's own)
    text = "副市长王五表示,我市将借鉴经验。据杭州日报报道,该市已建成数字平台。"
    assert _speakers(text)["王五"] == ("副市长", None)


def test_a_city_s_body_placed_by_its_full_name_elsewhere_on_the_page() -> None:
    text = ("各位媒体朋友,大家好!我是市医疗保障局副局长管怀林。管怀林表示,要严厉打击欺诈骗保。"
            "欢迎大家出席由南通市医疗保障局举办的新闻发布会。")
    assert _speakers(text)["管怀林"] == ("副局长", "南通市医疗保障局")
    # (a visiting party's body is not the host's; a body welcomed to is)
    text = "市商务局局长王五会见了来访的苏州市商务局代表团。王五表示,要加强合作。"
    assert _speakers(text)["王五"] == ("局长", "市商务局")
    text = "市医疗保障局副局长管怀林表示,要加强监管。欢迎大家来到南通市医疗保障局。"
    assert _speakers(text)["管怀林"] == ("副局长", "南通市医疗保障局")


def test_procurators_and_judges() -> None:
    assert _speakers("最高人民检察院检察长曹建明表示,检察机关要加强监督。")["曹建明"] == ("检察长", "最高人民检察院")
    # the name before the post: the knowledge base's procurator-general in his term
    text = "2015年7月,座谈会在京召开。认真听取大家的发言后,曹建明检察长说,各位代表高度重视检察工作。"
    assert _speakers(text)["曹建明"] == ("检察长", "最高人民检察院")
    assert _speakers("最高人民法院副院长、二级大法官陶凯元:\n记者朋友们,大家好!")["陶凯元"] == (
        "副院长、二级大法官", "最高人民法院")
    text = "北京市西城区人民检察院一级检察官魏雪介绍,要加强办案。"
    assert _speakers(text)["魏雪"] == ("一级检察官", "北京市西城区人民检察院")
    # a judge's grade before the court's post is no post of its own (not the country's)
    text = "中华人民共和国首席大法官、最高人民法院院长周强会见代表团团长。周强表示,要加强司法合作。"
    assert _speakers(text)["周强"] == ("院长", "最高人民法院")
    text = "中央政法委书记孟建柱指出,要深化司法体制改革。"
    assert _speakers(text)["孟建柱"] == ("书记", "中央政法委")  # (as written: the annotators keep it)


def test_a_group_led_is_no_part_of_the_name() -> None:
    assert set(_roles("湛江市退役军人事务局副局长张琦率慰问团到我市慰问。")) == {"张琦"}


def test_a_headline_s_dot_before_a_designation_is_no_dotted_name() -> None:
    text = "部长通道看过来·司法部部长吴爱英:做好法律援助工作\n13日上午,司法部部长吴爱英介绍,要扩大法律援助。"
    assert _speakers(text) == {"吴爱英": ("部长", "司法部")}


def test_a_head_s_post_leads_a_deputy_s_written_before_it() -> None:
    text = "中组部副部长、人力资源和社会保障部部长尹蔚民出席会议。尹蔚民指出,要学习好两会精神。"
    assert _speakers(text)["尹蔚民"] == ("部长", "人力资源和社会保障部")
    text = "国家发展改革委副主任、国家能源局局长张国宝表示,要加强能源建设。"
    assert _speakers(text)["张国宝"] == ("局长", "国家能源局")
    assert _speakers("全国政协副主席、科技部部长万钢表示,要加强。")["万钢"] == ("部长", "科学技术部")
    # (not a task force's chair after a vice-premier's post, nor a seat after a deputy minister's)
    assert _speakers("国务院副总理、国务院安委会主任刘鹤表示,要加强。")["刘鹤"] == ("副总理", "国务院")
    assert _speakers("外交部副部长、全国政协委员王超表示,要加强。")["王超"] == ("副部长", "外交部")
    # (a head's posts in several bodies: the first leads)
    text = "中共中央总书记、国家主席习近平指出,要加强建设。"
    assert _speakers(text)["习近平"] == ("总书记", "中共中央")


def test_a_state_councillor_heading_a_headquarters_speaks_for_the_state_council() -> None:
    text = "会议7月2日在京举行,国务委员、国家防总总指挥王勇出席并讲话。王勇指出,要全力保障安全。"
    assert _speakers(text)["王勇"] == ("总指挥", "国务院")
    # (a delegation of its own keeps the state councillor's post)
    assert _roles("国务委员、中央代表团副团长谌贻琴出席庆祝大会。") == {"谌贻琴": "attendee"}
    assert [(s.title, s.org) for s in tag_speakers("国务委员、中央代表团副团长谌贻琴出席庆祝大会。")] == [
        ("国务委员", "国务院")]
    # (a ministry he heads is his body)
    assert _speakers("国务委员、公安部部长赵克志指出,要加强建设。")["赵克志"] == ("部长", "公安部")


def test_bodies_written_with_a_word_of_the_sentence_or_their_level_twice() -> None:
    text = "记者从中国环境监测总站站长李国刚处获悉,要加强监测。李国刚表示,要加强监测。"
    assert _speakers(text)["李国刚"] == ("站长", "中国环境监测总站")
    assert _speakers("从化区委书记王建国表示,要加强管理。")["王建国"] == ("书记", "从化区委")
    text = "该区区委书记董红倜表示,要加强。中站区召开会议。中站区"
    assert _speakers(text)["董红倜"] == ("书记", "中站区委")
    assert _speakers("清丰县县委书记冯向军表示,要加强管理。")["冯向军"] == ("书记", "清丰县委")
    # (a county of one character keeps its bodies' 县, a 新区 its 区)
    assert _speakers("萧县县委书记王建国表示,要加强管理。")["王建国"] == ("书记", "萧县县委")
    assert _speakers("浦东新区区委书记王五表示,要加强。")["王五"] == ("书记", "浦东新区区委")


def test_qi_as_the_subject_going_on() -> None:
    text = "3月5日,海关总署署长倪岳峰在“部长通道”接受媒体采访,其现场介绍了2018年中国对外贸易的四个特点。"
    assert _roles(text) == {"倪岳峰": "speaker"}
    # (其中, 尤其 are no subject)
    assert _roles("部长王建国出席会议。其中指出,要加强。") == {"王建国": "attendee"}
    assert _roles("部长王建国出席会议。会议尤其强调,要加强。") == {"王建国": "attendee"}
    # (a document's or a body's 其, or one past the sentence's end, is no person's)
    assert _roles("市长王建国出席会议,会议印发了《实施方案》,其要求各地加快推进项目建设。") == {"王建国": "attendee"}
    assert _roles("市长王建国出席会议。会议指出,其要求各地加快推进项目建设。") == {"王建国": "attendee"}


def test_a_subject_going_on_through_an_inspection_s_step() -> None:
    text = "24日下午,省委常委、市委书记胡昌升到思明区厦禾路156号,检查危房防护和应急工作准备,强调:“要把人的安全放在第一位!”"
    assert _roles(text) == {"胡昌升": "speaker"}
    # (not a group's report: 督导组, 考察组 are someone else)
    text = "省委常委、副省长王五出席反馈会,督导组反馈了督导意见,指出要狠抓整改落实。"
    assert _roles(text) == {"王五": "attendee"}


def test_heads_of_the_weather_earthquake_and_fire_services() -> None:
    text = "2024年2月18日,国家消防救援局召开会议。国家消防救援局局长琼色强调,要做好消防安全工作。"
    assert _speakers(text)["琼色"] == ("局长", "国家消防救援局")
    text = "2012年3月,中国气象局召开会议。郑国光局长指出,要做好气象服务。"
    assert _speakers(text)["郑国光"] == ("局长", "中国气象局")


def test_an_instruction_written_on_a_document() -> None:
    text = "近日,省委常委、省人大常委会副主任王少雄对《关于组织我省全国人大代表开展专题调研的情况报告》批示:调研组织得好。"
    assert _roles(text) == {"王少雄": "speaker"}


def test_a_standing_body_s_term_is_no_part_of_its_name() -> None:
    text = "四届深圳市政协主席王顺生在工作报告中说,过去5年深圳政协认真履职。"
    assert _speakers(text)["王顺生"] == ("主席", "深圳市政协")


def test_mass_organisations_and_their_secretariats() -> None:
    text = "全国妇联党组书记、副主席、书记处第一书记宋秀岩列席讨论并讲话。宋秀岩表示,要加强。"
    assert _speakers(text)["宋秀岩"][1] == "中华全国妇女联合会"
    # (the party's secretariat keeps its name after a rank in the politburo)
    assert _speakers("中共中央政治局委员、书记处书记石泰峰表示,要加强。")["石泰峰"][1] != "中共中央政治局"
    # (a body of another name keeps it: 农委会)
    assert _speakers("民进党当局农委会主委陈吉仲表示,要加强。")["陈吉仲"][1].endswith("农委会")
    assert _speakers("团中央书记处第一书记陆昊表示,要加强。")["陆昊"][1].startswith("共青团中央")
    assert _speakers("上海召开会议。上海市妇联主席徐枫表示,要加强。")["徐枫"] == ("主席", "上海市妇女联合会")
    text = "全国人大常委会副委员长、全国总工会主席王东明表示,要加强。"
    assert _speakers(text)["王东明"] == ("主席", "中华全国总工会")
    # (a village's resident first secretary names no body)
    assert _speakers("驻村第一书记王五表示,要加强。")["王五"] == ("第一书记", None)


def test_bodies_read_past_words_of_the_sentence() -> None:
    # 原 of 草原 is no "former"; 国 of 我国 no part of the body; 以 of 以…为组长 no part either
    assert _speakers("国家林草局草原管理司司长李拥军表示,要加强草原保护。")["李拥军"] == ("司长", "国家林草局草原管理司")
    assert _speakers("我国中央统战部副部长徐乐江表示,要加强。")["徐乐江"] == ("副部长", "中央统战部")
    text = "7月7日,以农业部农技中心副主任邓光联为组长的调研组来到彭山。邓光联指出,要加强。"
    assert _speakers(text)["邓光联"] == ("副主任", "农业部农技中心")
    # (原 as "former" still stops: 原来宾市 is 来宾市's; 共和国 is no 和 between two bodies; a country's
    # 国防部 is not China's)
    assert _speakers("原来宾市市长王五表示,要加强。")["王五"] == ("市长", "来宾市")
    assert _speakers("南非共和国国防部长穆帝塞表示,要加强。")["穆帝塞"][1] != "国防部"
    assert _speakers("以色列外交部长王五表示,要加强。")["王五"][1] == "以色列"


def test_a_known_body_inside_another_s_name_or_after_a_verb_phrase() -> None:
    # (a department whose name ends in a known body's is not that body; a verb phrase before one is no part)
    text = "北京冬奥组委规划建设部副部长、全国政协委员沈瑾表示,要加强。"
    assert _speakers(text)["沈瑾"][1] != "建设部"
    text = "国际组织负责人纷纷致电或致函中共中央总书记、国家主席习近平,祝贺大会召开。"
    assert [(s.name, s.org) for s in tag_speakers(text)] == [("习近平", "中共中央")]
    # (a party named 前进 keeps its name; a foreign party's central committee is its own)
    assert _speakers("塞尔维亚前进党主席武契奇表示,要加强。")["武契奇"][1] == "塞尔维亚前进党"
    assert _speakers("老挝人民革命党中央总书记、国家主席通伦表示,要加强合作。")["通伦"][1] == "老挝人民革命党中央"
    assert _speakers("越南共产党中央总书记、国家主席苏林表示,要加强。")["苏林"][1] == "越南共产党中央"
    # (a post left at the end of a body read before 兼 is no part of it)
    text = "津巴布韦非洲民族联盟-爱国阵线主席兼第一书记、总统姆南加古瓦表示,要加强。"
    assert _speakers(text)["姆南加古瓦"][1] == "爱国阵线"
    assert _speakers("土库曼斯坦副总理兼外长梅列多夫表示,要加强。")["梅列多夫"] == ("外长", "土库曼斯坦")


def test_a_speech_made_with_zuo_is_no_guidance_studied() -> None:
    # 做了重要讲话 is a speech made (not 重要讲话 studied, which would drop the official)
    assert _roles("副县长王晓春出席会议并做了重要讲话。") == {"王晓春": "attendee"}
    text = "副县长王晓春出席会议并做了重要讲话。最后,副县长王晓春强调,要认清形势。"
    assert _roles(text) == {"王晓春": "speaker"}


def test_a_name_before_its_post_after_a_government_s_name() -> None:
    text = "会上,西昌市人民政府朱明副市长做了重要讲话:“这块牌子来之不易,要维护好。”"
    assert _roles(text) == {"朱明": "speaker"}
    # (a palace is no body: 在总统府晋见总统 names no one 晋见)
    assert "晋见" not in _roles("外宾今天在总统府晋见总统,总统表示,欢迎来访。")


def test_the_day_of_everyday_work_is_no_date() -> None:
    # 日 of 日常 stops no designation (a date's 日 does: 10日省长…)
    text = "中国科协党组书记、分管日常工作副主席、书记处第一书记张玉卓致闭幕辞。张玉卓表示,要加强。"
    assert _speakers(text)["张玉卓"][1] == "中国科学技术协会"


def test_places_are_no_speakers() -> None:
    # a section's place in brackets is no transcript turn; a town named again after 代表 is no name
    text = ("【江苏】沈毅一级巡视员陪同农业农村部种业管理司杨海生副司长调研\n【江苏乡村讯】1月31日,杨海生副司长"
            "一行来我省调研种业振兴。杨海生指出,要加强种业。")
    assert "江苏" not in _roles(text)
    text = "1月15日,尚村镇召开专题会。会议第三项,由镇长叶小宁代表尚村镇与全镇19个村签订责任书。叶小宁强调,要加强。"
    assert _roles(text) == {"叶小宁": "speaker"}
    # (a person's name ending in 镇 or 乡, named again, is still a name)
    assert _roles("副县长李振镇表示,要加强。李振镇强调,要落实。") == {"李振镇": "speaker"}


def test_rarer_surnames_officials_bear() -> None:
    assert _roles("文化和旅游部部长雒树刚表示,要推动文旅融合。") == {"雒树刚": "speaker"}
    assert _roles("科技部部长阴和俊指出,要加强基础研究。") == {"阴和俊": "speaker"}
    # (everyday words they start stay words: 康复, 印发, 封闭)
    assert _roles("康复中心表示,要加强服务。") == {}
    assert _roles("印发通知指出,要加强管理。") == {}


def test_a_name_with_he_in_its_middle() -> None:
    assert _speakers("文化和旅游部部长胡和平指出,要推动文旅融合。")["胡和平"][0] == "部长"
    # …not two people joined by 和
    assert _roles("局长王和副局长李明出席。李明表示,要加强。") == {"李明": "speaker"}


def test_a_party_secretary_s_committee_leads_the_posts_after_it() -> None:
    text = "湖北省委宣讲报告会举行。省委书记、省人大常委会主任王蒙徽主持报告会并讲话。王蒙徽指出,要统一思想。"
    assert _speakers(text) == {"王蒙徽": ("书记", "湖北省委")}
    text = "4月27日,黄石市召开防汛会议,市委书记、市防指指挥长董卫民出席会议并讲话。董卫民强调,要抓好。"
    assert _speakers(text) == {"董卫民": ("书记", "黄石市委")}
    # …not a deputy secretary heading the government
    text = "重庆自贸试验区挂牌。市委副书记、市政府市长张国清在致辞中表示,要扩大开放。"
    assert _speakers(text)["张国清"][1] == "重庆市人民政府"


def test_a_bare_name_that_acts_then_he_speaks() -> None:
    text = "市委常委、组织部长刘远参加会议。刘远介绍了开展情况,他强调,下一阶段要开好通报会。"
    assert _roles(text) == {"刘远": "speaker"}
    # …not one who reports to a leader who heard him: the 他 after it is the leader's more often
    text = "市委书记张某到县里调研,县长李某陪同。张某听取了工作汇报。李某汇报了全县脱贫情况。他强调,要抓好落实。"
    assert _roles(text).get("李某") != "speaker"


def test_names_with_a_character_that_mostly_ends_or_starts_words() -> None:
    # 会 inside a name (李会良), not the act after a one-character given name (王会见)
    text = "县长李会良、县委副书记王卫锋出席会议。李会良讲话,王卫锋主持会议。李会良指出,防汛工作事关重大。"
    assert _roles(text) == {"李会良": "speaker", "王卫锋": "chair"}
    assert _roles("部长王会见代表团时表示,要加强合作。") == {}
    # a name ending in 强 before a word that is no 强调, standing again as a name
    text = "1月12日,区委书记杨建强检查全区安全生产工作。杨建强一行先后到加油站检查。杨建强要求,要紧绷这根弦。"
    assert _roles(text) == {"杨建强": "speaker"}


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("运输及物流局局长林世雄今日在湛江进行考察。林世雄表示,要加强合作。", "香港特别行政区政府运输及物流局"),
        ("财政司司长陈茂波在财政预算案中表示,要发挥优势。", "香港特别行政区政府"),
        ("(澳门电台消息) 行政法务司司长张永春表示,要减少道路重复开挖。", "澳门特别行政区政府"),
        # a mainland ministry's department is its own
        ("财政部预算司司长王克冰表示,要加强预算管理。", "财政部预算司"),
        # a county of one character heads its government: the county's, with its 县 once
        ("3月19日,荣县县委副书记、县长郑小清到长山镇督导时强调,要抓好落实。", "荣县"),
    ],
)
def test_special_regions_bureaus_and_a_one_character_county_s_head(text: str, org: str) -> None:
    assert next(iter(_speakers(text).values()))[1] == org


@pytest.mark.parametrize(
    ("text", "org"),
    [
        # a province's body under its short name: the province in full
        ("黑龙江邮政管理局局长訾小春表示,要加快发展。", "黑龙江省邮政管理局"),
        ("新疆邮政管理局局长邓淼表示,要加快发展。", "新疆维吾尔自治区邮政管理局"),
        ("四川交通运输厅厅长张某表示,要加快发展。", "四川省交通运输厅"),
        # …not a national body's branch named after it, nor a company
        ("江苏海事局局长张某表示,要加快发展。", "江苏海事局"),
        ("广东电网公司总经理张某表示,要加快发展。", "广东电网公司"),
        # a bare 省 body placed by the city whose own outlet reports (德州新闻网讯), not by a city
        # inside a person's name (刘长春)
        ("德州新闻网讯 5月20日,齐河邮政发展中心揭牌,省邮政管理局副局长刘长春出席。刘长春指出,要加快发展。",
         "山东省邮政管理局"),
    ],
)
def test_a_province_written_in_full_before_its_body(text: str, org: str) -> None:
    assert next(iter(_speakers(text).values()))[1] == org


def test_an_instruction_quoted_after_its_writer_and_more_follow_words() -> None:
    text = "陈敏尔书记批示:“成绩可喜,工作可嘉”;孙志刚省长批示:“全省干部职工辛勤工作。”"
    assert _roles(text) == {"陈敏尔": "speaker", "孙志刚": "speaker"}
    # …not one only mentioned
    assert _roles("局长张某作出重要批示。会议传达了批示精神。") == {}
    # a surname and 署长 referring back, an adverb between a name and its verb
    text = "海关总署署长盛光祖、政治部主任鲁培军在上海海关召开座谈会。盛署长指出,要深入学习。"
    assert _roles(text)["盛光祖"] == "speaker"
    assert _roles("应急管理部部长黄明再次强调,要压实责任。") == {"黄明": "speaker"}
    # (a habit, 多次强调, is no report of this event)
    assert _roles("局长孟军多次强调:党员领导干部要做表率。") == {}


def test_a_post_read_as_the_body_and_china_before_a_province() -> None:
    # 国务委员兼外长: the state councillor's post is no body; the minister's is his
    assert _speakers("国务委员兼外长王毅主持会议。王毅表示,要加强合作。") == {"王毅": ("外长", "外交部")}
    assert _speakers("中国海南省省长沈晓明在论坛上表示,要加强合作。") == {"沈晓明": ("省长", "海南省")}


def test_an_official_who_sent_another_in_his_place_is_not_present() -> None:
    text = "受集团公司党组书记、董事长刘爱力委托,集团公司副总经理温少祺出席会议并进行工作部署。温少祺强调,要确保安全。"
    assert _roles(text) == {"温少祺": "speaker"}


def test_a_bare_provincial_post_placed_by_the_province_whose_leaders_the_page_names() -> None:
    text = "会议传达了省委书记刘家义、省委副书记、省长龚正关于整改工作的重要批示,副省长于国安出席会议并讲话。于国安强调,要全面贯彻。"
    assert _speakers(text, published="2018-06-01")["于国安"] == ("副省长", "山东省")


def test_a_bare_provincial_leaders_post_placed_by_the_knowledge_base_only_where_the_page_names_none() -> None:
    text = "省长楼阳生对做好清明节期间森林防火工作作出批示,指出清明节是易发多发森林火灾的时段。"
    assert _speakers(text, published="2019-04-01") == {"楼阳生": ("省长", "山西省")}
    # the province the page names wins (a namesake governed elsewhere)
    text = "河北省安全生产工作会议在石家庄召开。副省长王凯出席会议并讲话。王凯强调,要压实责任。"
    assert _speakers(text, published="2023-05-01")["王凯"][1].startswith("河北")
    # a deputy's post is no leader's, a city's mayor no municipality's
    assert _speakers("县长王国生在会上表示,要扩大开放。", published="2018-09-11") == {"王国生": ("县长", None)}
    text = "宁波市召开会议。副市长杨雄出席会议并讲话。杨雄强调,要压实责任。"
    assert _speakers(text, published="2014-05-01")["杨雄"][1] == "宁波市"


@pytest.mark.parametrize(
    ("text", "published", "name", "expected"),
    [
        # a deputy's post fits no leader's post of the knowledge base; a bare 书记, 党委书记 or 主席 no
        # post that names its level
        ("本报讯 昨日,区市场监管局召开会议。副局长王军出席会议并讲话。王军强调,要压实责任。", "2015-05-09",
         "王军", ("副局长", None)),
        ("县总工会召开会议。主席陈武出席会议并讲话。陈武强调,要维护职工权益。", "2015-05-09", "陈武", ("主席", None)),
        # a bare name is a province's leader of the knowledge base only where the page names the province
        ("记者来到阳光小区。李建华表示,物业服务明显改善。", "2015-05-09", "李建华", (None, None)),
        # a company named after 中国 and a province keeps its name
        ("中国河南国际合作集团有限公司董事长张明远表示,要开拓市场。", "2015-05-09", "张明远",
         ("董事长", "中国河南国际合作集团有限公司")),
    ],
)
def test_the_knowledge_base_s_posts_are_no_namesake_s(text, published, name, expected) -> None:
    assert _speakers(text, published=published)[name] == expected


def test_a_governor_is_no_leader_of_his_own_province_for_others_nor_one_who_sent_others() -> None:
    text = "当天,副省长李明远到超市调研,市长王凯陪同。李明远强调,要保供稳价。"
    assert _speakers(text, published="2022-05-01")["李明远"] == ("副省长", None)
    text = "受省委书记刘家义、省长龚正委托,副省长于国安出席会议。于国安强调,要全面贯彻。"
    assert _roles(text, published="2018-06-01") == {"于国安": "speaker"}
    # an instruction's words qualifying a noun are no statement
    assert _roles("陈敏尔书记指示强调的三项任务已全部完成。", published="2016-05-01").get("陈敏尔") != "speaker"


def test_a_deputy_governor_under_the_provincial_party_committee_s_seat_is_the_government_s() -> None:
    text = "福建省召开会议。省委常委、常务副省长郭宁宁出席大会并致辞。郭宁宁表示,要扩大开放。"
    assert _speakers(text)["郭宁宁"][1] == "福建省"


def test_a_longer_name_the_knowledge_base_knows_after_a_post() -> None:
    text = "吉林省委书记巴音朝鲁在开幕式上表示,吉林省需要继续加强务实合作。"
    assert _speakers(text) == {"巴音朝鲁": ("省委书记", "吉林省委")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("陆委会主委王郁琦表示,两岸应加强沟通。", ("主委", "行政院大陆委员会")),
        ("台湾当局陆委会副主委邱垂正称,要加强交流。", ("副主委", "行政院大陆委员会")),
        ("国务院港澳办主任王光亚表示,要支持特区政府。", ("主任", "国务院港澳事务办公室")),
        ("海基会前副董事长高孔廉表示,要加强交流。", ("副董事长", "海峡交流基金会")),
        ("海协会会长张志军表示,要加强交流。", ("会长", "海峡两岸关系协会")),
        ("保安局局长李少光表示,要维护治安。", ("局长", "香港特别行政区政府保安局")),
        # a deputy at one body who heads another: the body he heads; a deputy at both: the first
        ("国家发展改革委副主任兼国家统计局局长宁吉喆表示,经济运行平稳。", ("局长", "国家统计局")),
    ],
)
def test_cross_strait_and_hong_kong_bodies_and_a_head_taken_on_jian(text: str, expected) -> None:
    assert next(iter(_speakers(text).values())) == expected


def test_a_government_transcript_introduced_with_the_official_s_name() -> None:
    text = ("保安局局长在北京会见传媒发言全文\n以下是保安局局长李少光今日(八月十九日)在北京访问期间会见传媒的发言全文:\n"
            "保安局局长:我们今日与公安部会面。\n记者:有什么成果?")
    assert _roles(text) == {"李少光": "speaker"}


def test_a_known_body_before_a_word_of_tenure_and_a_region_s_secretary_named_in_a_headline() -> None:
    text = "国务院港澳办新任主任王光亚今日在北京会见访京团。王光亚表示,要支持特区政府。"
    assert _speakers(text)["王光亚"] == ("主任", "国务院港澳事务办公室")
    text = "欧阳瑜:要加强合作\n社会文化司司长欧阳瑜接受传媒访问\n社会文化司司长欧阳瑜今日表示,要加强合作。"
    assert _speakers(text)["欧阳瑜"] == ("司长", "澳门特别行政区政府")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("国家发展改革委党组成员、副主任兼国家统计局局长宁吉喆表示,经济运行平稳。", {"宁吉喆": ("局长", "国家统计局")}),
        ("应急管理部副部长兼水利部副部长叶建春表示,要做好防汛。", {"叶建春": ("副部长", "应急管理部")}),
        ("国家统计局时任局长张三说,经济运行平稳。", {"张三": ("局长", "国家统计局")}),
        ("业主委屈地说,电梯坏了。", {}),
        ("台当局陆委会主委王某称,两岸应加强沟通。", {"王某": ("主委", "行政院大陆委员会")}),
        # a mainland official written out keeps his body, whatever Hong Kong bureau stands by a bare mention
        ("公安部刑事侦查局局长刘忠义说,将加强合作。当天,香港保安局和刘忠义签署了合作备忘录。",
         {"刘忠义": ("局长", "公安部刑事侦查局")}),
    ],
)
def test_what_the_third_review_found(text: str, expected) -> None:
    assert _speakers(text) == expected


def test_a_transcript_introduction_makes_only_its_first_official_the_speaker() -> None:
    text = "以下是省委书记张三在原副省长李四同志追悼会上的讲话全文:同志们,今天我们沉痛悼念。"
    assert _roles(text)["李四"] != "speaker"
    text = "以下为商务部部长王某在论坛上的演讲全文:女士们、先生们,大家好。"
    assert _roles(text) == {"王某": "speaker"}


def test_a_provincial_leader_s_two_character_name_alone_needs_a_post_or_the_province() -> None:
    assert _roles("王宁说,要加快发展。") == {}
    assert _roles("云南召开会议。王宁说,要加快发展。") == {"王宁": "speaker"}
    assert _speakers("云南省委书记王宁主持会议。王宁指出,要加快发展。")["王宁"][0] == "省委书记"


def test_a_provincial_leader_places_others_only_in_the_months_of_his_term() -> None:
    # 刘家义 became Shandong's secretary in April 2017: on a page of February he was no one's
    # provincial leader yet; in June he was
    text = "会议传达了省委书记刘家义的重要批示,副省长于国安出席会议并讲话。于国安强调,要全面贯彻。"
    assert _speakers(text, published="2017-02-10")["于国安"] == ("副省长", None)
    assert _speakers(text, published="2017-06-10")["于国安"] == ("副省长", "山东省")


# --- places from the division table and the page's own site (session 24) ---------------------------


def test_a_county_post_takes_the_county_whose_own_site_the_page_is() -> None:
    text = "6月12日,县委书记杨月祥主持召开推进会。杨月祥强调,要扛牢整改责任。"
    assert _speakers(text, url="http://www.liulin.gov.cn/zfxxgk/t1.shtml") == {"杨月祥": ("书记", "柳林县委")}
    assert _speakers(text, url="https://news.example.com/a.html") == {"杨月祥": ("书记", None)}


def test_a_city_post_takes_the_city_whose_own_site_the_page_is() -> None:
    text = "11月20日,全市大气污染防治专题调度会议召开。市长王亚军主持会议并讲话。王亚军指出,要统筹推进。"
    assert _speakers(text, url="https://chengde.gov.cn/art/2024/11/21/a.html") == {"王亚军": ("市长", "承德市")}


def test_a_place_the_text_names_outweighs_the_site() -> None:
    text = "德州新闻网讯 6月26日,市委副书记、市长朱开国调研。朱开国强调,要抓好落实。"
    assert _speakers(text, url="https://chengde.gov.cn/a.html")["朱开国"][1] == "德州市"


def test_a_county_level_city_the_gazetteer_lacks_is_read_before_its_post() -> None:
    text = "1月17日南宫市委书记刘金宇在南宫湖开展巡河调研工作,刘金宇要求各级河长切实履行职责。"
    assert _speakers(text) == {"刘金宇": ("市委书记", "南宫市委")}


def test_a_listed_county_outweighs_words_that_only_look_like_one() -> None:
    text = (
        "共青团海盐县十七届二次全委会议召开。会上,县委常委黄江莺作重要讲话。黄江莺指出,各级团组织要紧紧围绕县委"
        "中心工作。共青团海盐县十七届委员会委员参加会议。"
    )
    assert _speakers(text)["黄江莺"] == ("常委", "海盐县委")


def test_a_government_before_the_post_of_its_head() -> None:
    text = "会上,政府副县长王建福通报了整改情况。王建福要求,各乡镇要抓好落实。"
    assert _speakers(text, url="http://www.liulin.gov.cn/a.shtml") == {"王建福": ("副县长", "柳林县")}


@pytest.mark.parametrize(
    ("text", "name", "org"),
    [
        ("会上,西昌市人民政府朱明副市长做了重要讲话:要维护好这块牌子。", "朱明", "西昌市人民政府"),
        ("1月31日,农业农村部种业管理司杨海生副司长一行来我省调研。杨海生指出,要加快种业振兴。", "杨海生",
         "农业农村部种业管理司"),
    ],
)
def test_a_body_written_before_a_name_whose_post_follows(text: str, name: str, org: str) -> None:
    assert _speakers(text)[name][1] == org


@pytest.mark.parametrize(
    ("text", "name", "org"),
    [
        ("中共中央政治局委员、上海市委书记俞正声在座谈会上讲话。俞正声指出,要认真学习。", "俞正声", "上海市委"),
        ("8月5日,山东省委书记、省人大常委会主任姜异康率团考察。姜异康在讲话中说,要加大支持。", "姜异康", "山东省委"),
        ("内蒙古自治区党委书记孙绍骋在发布时指出,内蒙古并不边远。", "孙绍骋", "内蒙古自治区党委"),
        # a chain that heads the place's government is the government's
        ("四川省委副书记、四川省人民政府省长尹力出席并演讲。尹力介绍,四川人口众多。", "尹力", "四川"),
        ("西藏自治区党委副书记、自治区主席齐扎拉出席座谈会。齐扎拉表示欢迎。", "齐扎拉", "西藏自治区"),
    ],
)
def test_a_place_before_its_party_committees_post_is_the_committee(text: str, name: str, org: str) -> None:
    assert _speakers(text)[name][1] == org


def test_a_delegation_led_by_a_vice_governor_with_yi() -> None:
    text = "广东省援疆干部和以广东省副省长雷于蓝为团长的送行团抵疆。雷于蓝表示,广东将全力支持。"
    assert _speakers(text)["雷于蓝"] == ("副省长", "广东省")


def test_a_name_ending_in_he_that_opens_its_sentence_before_a_post() -> None:
    assert _speakers("会议通报了情况。\n\n闫忠和副厅长要求,要坚决落实重要指示。") == {"闫忠和": ("副厅长", None)}
    # 和 joining two people is no name's end
    assert set(_roles("市长李明和副市长王强出席会议。王强要求,要抓好落实。")) == {"李明", "王强"}


def test_a_congress_news_centres_group_interview_is_a_transcript() -> None:
    text = (
        "住房和城乡建设部有关负责人在大会新闻中心接受中外记者采访。出席专题采访的嘉宾有:齐骥,住房和城乡建设部副部长。\n"
        "[钟雪泉]:今天的采访活动大约一个小时,下面开始提问。\n"
        "[中央人民广播电台记者]:我想请问齐部长,温家宝总理在《政府工作报告》中强调,要加快保障性住房的建设,请问有哪些措施?\n"
        "[齐骥]:各级政府和各部门都在积极贯彻24号文件。\n"
    )
    got = _speakers(text)
    assert "齐骥" in got and "钟雪泉" in got
    assert "温家宝" not in got  # cited inside a reporter's question


@pytest.mark.parametrize(
    "text",
    [
        "县委书记张三主持召开会议。张三要求,县纪委监委要会同县委组织部抓好整改落实。",  # 会同: "together with"
        "县委书记张三主持会议。张三要求,比如县委、县政府部署的任务要按期完成。",  # 比如: "for example"
    ],
)
def test_a_listed_county_that_is_an_everyday_word_places_no_one(text: str) -> None:
    assert _speakers(text)["张三"][1] is None


def test_the_site_does_not_place_a_post_when_the_text_names_another_county() -> None:
    text = "市委书记孙大军深入中阳县、交口县调研。中阳县委书记张三,县长李四陪同。李四表示,要抓好落实。"
    assert _speakers(text, url="http://www.liulin.gov.cn/zwyw/t1.shtml")["李四"][1] != "柳林县"


@pytest.mark.parametrize(
    "text",
    [
        "座谈会上,公安部和市公安局张三副局长分别发言。张三表示,要加强协作。",
        "教育部联合省教育厅各处张三处长开展调研。张三指出,要抓好落实。",
    ],
)
def test_no_department_read_across_a_conjunction_or_into_another_body(text: str) -> None:
    org = _speakers(text)["张三"][1]
    assert org is None or ("和" not in org and "联合" not in org)


def test_a_delegation_led_by_a_vice_mayor_with_yi() -> None:
    text = "以广州市副市长张三为团长的代表团抵达。张三表示,将深化合作。"
    assert _speakers(text)["张三"] == ("副市长", "广州市")


@pytest.mark.parametrize(
    ("text", "name", "org"),
    [
        # 和田, a place, is no 和 between two bodies
        ("新疆纱纤亿股份和田经纶服饰有限公司负责人黄浩铭介绍,项目建成后可提供3000多个就业岗位。", "黄浩铭",
         "新疆纱纤亿股份和田经纶服饰有限公司"),
        # a city written short before its committee's post
        ("十堰市委书记胡亚波表示,要全力做好事故处置。", "胡亚波", "十堰市委"),
    ],
)
def test_organisations_read_whole(text: str, name: str, org: str) -> None:
    assert _speakers(text)[name][1] == org


def test_ying_of_yingji_is_no_lead_word() -> None:
    # (应急治理部, a spun 应急管理部: not 急治理部 with 应 read as "at the invitation of")
    got = _speakers("6月13日,应急治理部副部长宋元明率工作组赶赴现场。宋元明指出,要全力救治伤员。")
    assert got["宋元明"][1] != "急治理部"


def test_a_speech_whose_demands_are_told_one_by_one_right_after_it() -> None:
    text = "住建部城建司司长胡子健做重要讲话。一要加大执法检查力度,全面整顿燃气市场秩序;二要落实企业主体责任。"
    assert _roles(text) == {"胡子健": "speaker"}
    # a speech named and closed, nothing of it told: no speaker
    assert _roles("住建部城建司司长胡子健出席会议并讲话。会议要求,各地要全面整顿燃气市场秩序。") == {"胡子健": "attendee"}


def test_an_academics_honorific_after_the_name() -> None:
    assert _speakers("青海省社会科学院院长王端智教授提到,青海是多民族聚居的省份。") == {"王端智": ("院长", "青海省社会科学院")}


def test_the_presenters_of_a_press_conference_listed_with_their_matter() -> None:
    text = ("国务院新闻办公室于2022年2月24日举行新闻发布会,住房和城乡建设部部长王蒙徽、办公厅主任李晓龙介绍推动住房和城乡"
            "建设高质量发展,并答记者问。\n王蒙徽在发布会上介绍,住建部扎实推进保障性住房建设。")
    assert set(_speakers(text)) == {"王蒙徽"}


@pytest.mark.parametrize(
    ("text", "name", "org"),
    [
        ("循序渐进 持续发展-访辽宁体育代表团副团长孙永言\n孙永言介绍:辽宁代表团共由1048人组成。", "孙永言", "辽宁体育代表团"),
        ("会议传达市卫生健康局党委书记、局长刘勇专题会议讲话。刘勇强调,要抓好落实。", "刘勇", None),
        ("会议传达国家卫生健康委主任马晓伟讲话。马晓伟强调,要抓好落实。", "马晓伟", "国家卫生健康委员会"),
        # 和 before 田径 joins two bodies; 访谈 is no visit
        ("省体育局和田径协会负责人李明表示,要加强训练。", "李明", "田径协会"),
    ],
)
def test_a_headings_or_a_passing_ons_verb_is_no_part_of_the_body(text: str, name: str, org: str | None) -> None:
    # (a city's bureau with no city named on the page is left without one: no 传达市卫生健康局)
    assert _speakers(text)[name][1] == org


@pytest.mark.parametrize(
    ("text", "name", "org"),
    [
        ("3月27日下午,淮安区委常委、政法委书记崔步银调研老旧小区整治工作。崔步银强调,要抓好落实。", "崔步银", "淮安区委政法委"),
        ("永城市委常委、纪委书记卞文灿出席会议。卞文灿要求,要抓好巡察。", "卞文灿", "永城市纪委"),
        ("新津区委常委、组织部部长、社治委主任黄刚作了点评,希望全区要坚定推进。", "黄刚", "新津区委社治委"),
    ],
)
def test_a_committees_department_after_a_rank_on_it(text: str, name: str, org: str) -> None:
    assert _speakers(text)[name][1] == org


def test_a_sub_districts_post_takes_the_one_sub_district_the_page_names() -> None:
    text = ("城厢街道召开全科网格化工作分析会。12日上午,城厢街道组织街道各部门负责人召开城厢街道辖区基层社会治理工作研讨会。\n"
            "会上,街道党工委书记张晓军要求参会人员就网格建设进行阐述。")
    assert _speakers(text)["张晓军"][1] == "城厢街道党工委"
    # streets, not a sub-district: no place
    text = "街道党工委书记张晓军要求,要把城市街道和主要街道打扫干净。"
    assert _speakers(text)["张晓军"][1] == "街道党工委"


def test_a_sub_district_gone_to_is_not_the_pages_own() -> None:
    text = "副区长杨珩一行到张家村街道召开专题研究会。街办主任杨赞毅汇报了进展。杨赞毅表示,将抓紧整改。"
    assert _speakers(text)["杨赞毅"][1] == "街办"


@pytest.mark.parametrize(
    ("text", "org"),
    [
        # the district before it, and a word of time, are no part of the name
        ("本报讯 鼓楼区华大街道召开会议。会上,街道党工委书记张晓军指出,要抓好落实。", "华大街道党工委"),
        ("近日城厢街道召开会议。会上,街道党工委书记张晓军指出,要抓好落实。", "城厢街道党工委"),
        # named first thing in the text
        ("城厢街道深入推进网格化治理。街道党工委书记张晓军表示,城厢街道将继续加强网格建设。", "城厢街道党工委"),
        # 乡镇街道: the towns and sub-districts of an area, none of them
        ("会议要求,各乡镇街道要压实责任,全区各乡镇街道要加强排查。会上,街道党工委书记张晓军表示,将抓紧整改。", "街道党工委"),
    ],
)
def test_the_name_of_the_pages_sub_district(text: str, org: str) -> None:
    assert _speakers(text)["张晓军"][1] == org


def test_a_sub_district_written_before_its_post() -> None:
    assert _speakers("骊山街道副书记王梅红强调,党建引领网格化治理是一项长期工作。")["王梅红"] == ("副书记", "骊山街道")


@pytest.mark.parametrize(
    ("text", "name", "org"),
    [
        # an official short form is kept as written, as the guide's own annotators keep 国家发展改革委
        ("国家民委主任巴特尔表示,要铸牢中华民族共同体意识。", "巴特尔", "国家民委"),
        ("国家卫生计生委主任李斌介绍,医改取得进展。", "李斌", "国家卫生计生委"),
        # the full names of bodies added this round
        ("国家疾病预防控制局局长王贺胜9日在北京表示,大流行是可以防范的。", "王贺胜", "国家疾病预防控制局"),
        ("国家宗教事务局局长王作安指出,要依法管理宗教事务。", "王作安", "国家宗教事务局"),
        ("中国国家疾病预防控制局局长王贺胜表示,大流行是可以防范的。", "王贺胜", "国家疾病预防控制局"),
    ],
)
def test_official_short_forms_kept_and_new_bodies(text: str, name: str, org: str) -> None:
    assert _speakers(text)[name][1] == org


@pytest.mark.parametrize(
    "text",
    [
        "省卫生计生委党组书记、主任王忠通报了全省工作进展情况。此次会议的主要任务是贯彻落实省委部署。",
        "会上,院长杨优帅传达国家和省卫生计生委视频会议要求,党总支书记孙化中作动员讲话。",
    ],
)
def test_a_matter_briefed_or_a_meetings_demands_passed_on_make_no_speaker(text: str) -> None:
    assert not {"王忠", "杨优帅"} & set(_speakers(text))


def test_a_known_name_with_its_post_of_head_after_it() -> None:
    text = "党委书记钟胜,党委副书记、院长刘建参加会议。\n刘建院长指出医疗质量是医院生存和发展的基础。"
    assert _roles(text)["刘建"] == "speaker"


def test_a_sentence_opening_with_demands_goes_on_with_the_subject_before() -> None:
    text = ("开学期间,县教育局党组书记、局长张德武到学校检查开学工作,详细了解了学校的开学情况。\n"
            "要求各中小学、幼儿园要认真做好食品卫生工作。")
    assert _roles(text) == {"张德武": "speaker"}


def test_tongan_is_a_district_not_with() -> None:
    text = "9月10日下午,同安区庆祝教师节表彰大会举行。同安区区委书记黄燕添出席。黄燕添指出,要尊师重教。"
    assert _speakers(text)["黄燕添"][1] == "同安区委"


def test_hong_kongs_chief_executive_written_short() -> None:
    assert _speakers("中新网香港六月十一日电 香港特首曾荫权今天宣布,全港小学停课十四天。") == {
        "曾荫权": ("香港特首", "香港特别行政区")
    }
    # no 特首 inside 科威特首相
    assert _speakers("科威特首相艾哈迈德表示,愿同中方加强合作。")["艾哈迈德"][0] == "首相"


def test_a_known_name_heading_a_link_in_a_list_of_other_stories() -> None:
    text = "确保安全。\n相关文章\n李家超:香港特区政府冀进一步优化内地居民来港旅游签注\n李强会见俄罗斯总理"
    assert "李家超" not in _speakers(text)
    # a story's own word 相关报道 is no list of links
    assert "王毅" in _speakers("近日媒体相关报道引发关注。王毅:中方坚决反对任何形式的霸凌。")
    assert "李家超" in _speakers("记者:您如何看待相关报道?\n李家超:这些说法毫无根据,特区政府会依法处理。")


@pytest.mark.parametrize(
    "text",
    [
        "副市长王小明出席开幕式并致辞。要求的各项准备工作主要由市体育局负责。",
        "市教育局局长张德武到学校检查开学工作。要求高、任务重是今年工作的主要特点。",
    ],
)
def test_yaoqiu_as_a_noun_opening_a_sentence_continues_no_one(text: str) -> None:
    assert all(role != "speaker" for role in _roles(text).values())


def test_a_county_level_citys_government_written_in_full() -> None:
    assert _speakers("兴城市政府副市长刘星强调,要做好伏季休渔工作。")["刘星"][1] == "兴城市人民政府"


def test_rizhao_is_a_city_not_a_day() -> None:
    text = "8月19日,日照市工商联召开见面会。日照市政协副主席、市工商联主席陈丰等参加会议。陈丰指出,要做好工作。"
    assert _speakers(text)["陈丰"][1] == "日照市政协"
    assert _speakers("日土县县长王强表示,要做好工作。")["王强"][1] == "日土县"


def test_a_listed_district_named_once_places_a_district_post() -> None:
    assert _speakers("区长李精虎表示,要抓好落实。鹤城区将全力配合。")["李精虎"] == ("区长", "鹤城区")
    text = ("5月16日,区委副书记叶林霞到宜秀区四家小额贷款公司调研,区政府和区金融办负责同志陪同。"
            "叶林霞强调,要守法合规。")
    assert _speakers(text)["叶林霞"][1] == "宜秀区委"


def test_a_document_read_out_is_no_statement() -> None:
    assert _roles("县委统战部副部长韩大力宣读了表彰通报,城郊作代表发言。") == {"韩大力": "attendee"}
    assert _roles("县委统战部副部长韩大力宣读了表彰决定,并强调,要做好工作。") == {"韩大力": "speaker"}


def test_a_chair_named_after_you_goes_on_as_he() -> None:
    assert _roles("会议由县委统战部常务副部长林扬主持,他表示台胞台属是重要力量。") == {"林扬": "speaker"}


def test_those_whose_reports_were_heard_do_not_take_the_hearers_words() -> None:
    text = ("10月14日,广东省侨办副主任林琳到江门调研。林琳一行在听取了台山市人大常委关泽锋等人的工作汇报后,"
            "充分肯定了江门市侨务工作的成绩。他认为,江门侨力资源丰富。")
    assert _roles(text) == {"林琳": "speaker", "关泽锋": "attendee"}


def test_a_rarer_surname() -> None:
    text = "4月22日,文化部副部长、国家文物局局长励小捷在陕西调研文物工作。励小捷指出,文物工作面临机遇。"
    assert _speakers(text)["励小捷"] == ("局长", "国家文物局")


def test_a_places_body_before_a_name_whose_head_post_follows() -> None:
    text = "广东省文化厅方健宏厅长、广东省文物局苏桂芬局长等领导出席了会议。苏桂芬局长指出,要做好工作。"
    assert _speakers(text)["苏桂芬"] == ("局长", "广东省文物局")
    # from the last place named before it, with a place written right before that one
    assert _speakers("会议在广州召开广东省文物局苏桂芬局长指出,要做好工作。")["苏桂芬"][1] == "广东省文物局"
    assert _speakers("深圳市南山区教育局李四局长指出,要做好工作。")["李四"][1] == "深圳市南山区教育局"
    assert _speakers("淮南市文化和旅游局程昊局长指出,要做好工作。")["程昊"][1] == "淮南市文化和旅游局"
    # a body written with its level alone is read bare (its place is the page's), not across a
    # party committee; a body the post does not head, none
    assert _speakers("市教育局张三局长指出,要做好工作。")["张三"][1] == "市教育局"
    assert _speakers("近日,市城市管理委孙新军主任参加直播访谈节目。孙新军表示,要加强垃圾分类。")["孙新军"][1] == "市城市管理委"
    assert _speakers("近日,市直机关工委张三主任指出,要做好工作。")["张三"][1] is None
    assert _speakers("广东省文物局苏桂芬处长指出,要做好工作。").get("苏桂芬", (None, None))[1] != "广东省文物局"


def test_a_provincial_body_placed_by_the_province_of_the_pages_one_city() -> None:
    text = ("本报讯 昨日,我市召开第七次归侨侨眷代表大会。省侨联党组副书记、副主席程学源到会祝贺并讲话。"
            "程学源表示,希望梅州各级侨联发挥侨力资源优势。梅州市委书记黄强出席。")
    assert _speakers(text)["程学源"][1] == "广东省侨联"
    # the page's address still comes first
    assert _speakers(text, url="http://www.hunan.gov.cn/x/1.html")["程学源"][1] == "湖南省侨联"


def test_grain_and_reserves_bodies_hold_he() -> None:
    assert _speakers("河南省粮食和物资储备局局长张宇松指出,要做好工作。")["张宇松"][1] == "河南省粮食和物资储备局"


def test_a_name_ending_in_wei_before_a_reporting_verb() -> None:
    assert "林善为" in _speakers("广东省粮食和物资储备局党组成员、副局长林善为指出,要做好工作。")
    # 为 as "for" or "as": no part of the name
    assert "林善" in _speakers("副局长林善为大家作了辅导。林善指出,要学懂弄通。")
    assert "王刚" in _speakers("以市长王刚为组长的领导小组成立。王刚指出,要抓好落实。")
    assert _speakers("会议决定。李明为副局长,负责分管工作。") == {}


@pytest.mark.parametrize(
    "text",
    [
        "深圳市召开会议市教育局张三局长指出,要做好工作。",  # a sentence between the place and the body
        "省长到梅州市调研省文物局张三局长指出,要做好工作。",
        "凤县县委张三主任指出,要做好工作。",  # a party committee is no 主任's body
    ],
)
def test_no_place_body_across_an_act_or_for_a_committees_office(text: str) -> None:
    assert _speakers(text)["张三"][1] is None


@pytest.mark.parametrize(
    "text",
    [
        "在听取了汇报以后市委书记张三在会上发言指出,要做好工作。",
        "会议在听取各部门汇报后由市长张三作总结发言。他强调,要做好工作。",
    ],
)
def test_a_report_heard_before_someones_own_words_leaves_them_a_speaker(text: str) -> None:
    assert _roles(text)["张三"] == "speaker"


def test_a_report_heard_about_a_matter_is_the_reporters() -> None:
    text = ("在座谈会上,部长万钢听取了副省长徐济超关于我省科技创新体系建设情况介绍后,给予了充分肯定。"
            "他说,河南坚持把科技创新放在首要位置。")
    assert _roles(text) == {"万钢": "speaker", "徐济超": "attendee"}


def test_a_statement_after_a_document_read_out_still_counts() -> None:
    assert _roles("县委组织部部长韩大力宣读了任职通知并强调,要做好工作。") == {"韩大力": "speaker"}


@pytest.mark.parametrize("text", ["区长张三表示,将与鼓楼区深化合作。", "区委书记张三表示,要积极对接高新区和鼓楼区。"])
def test_a_partner_district_named_once_is_not_the_pages_own(text: str) -> None:
    assert _speakers(text)["张三"][1] is None


def test_a_mandate_or_an_evening_opens_a_subjects_sentence() -> None:
    assert _roles("受市委书记付朝阳的委托,市长戴龙成代表莆田市委、市政府致辞。他说莆田历来是热土。") == {
        "戴龙成": "speaker"
    }
    assert _roles("1月4日晚,县委副书记、代县长郑超主持召开项目集中办公会。强调要深入学习贯彻全会精神。") == {
        "郑超": "speaker"
    }


def test_a_deputy_secretary_general_then_the_head_of_a_known_body() -> None:
    assert _speakers("国务院副秘书长、国家信访局局长舒晓琴指出,要做好工作。")["舒晓琴"] == ("局长", "国家信访局")
    # a task force's chair does not lead
    assert _speakers("国务院副秘书长、国务院安委会主任张三指出,要做好工作。")["张三"][1] == "国务院"


def test_a_bare_subject_goes_on_after_an_adverb_opening_the_next_sentence() -> None:
    text = ("11月17日,市人大常委会副主任张香娥调研了我市防空防震工作。调研组听取了工作汇报。\n"
            "张香娥对我市防空防震工作取得的成效予以充分肯定。同时指出,要居安思危。")
    assert _roles(text) == {"张香娥": "speaker"}


def test_a_pronoun_goes_on_past_a_sentence_the_same_pronoun_opens() -> None:
    text = ("12月22日,签约仪式在县会议中心举行。县委书记石进,县人大常委会主任雷敏出席签约仪式。县委副书记李健主持仪式。\n"
            "石进在仪式上作了致辞。他代表县四家班子向各位来宾表示热烈的欢迎!他表示,今年以来,全县招商成效明显。")
    assert _roles(text) == {"石进": "speaker", "雷敏": "attendee", "李健": "chair"}
    # someone the tagger does not read as a person, met by the subject, may be the 他 between
    for text in ("县委书记石进出席。\n石进会见了快递员张明。他向县委书记赠送了锦旗。他表示,将继续努力。",
                 "县委书记石进出席。\n石进会见了台商林先生一行。他们参观了工业园区。他表示,将加大在县投资。"):
        assert _roles(text)["石进"] != "speaker"
    # after a report made, a demand goes on with the leader, and no pronoun after it with the reporter
    text = ("省调研组组长王五一行来我市调研。副市长刘文杰陪同调研。\n座谈中,刘文杰汇报了我市秋粮收购情况。"
            "他强调,要抓好落实。他表示,调研组将把情况带回去。")
    assert _roles(text)["刘文杰"] != "speaker"


def test_a_bureaus_own_party_group_takes_the_one_known_bureau_the_page_names() -> None:
    text = "2008年3月25日,国家粮食局在北京召开座谈会。会议由局党组书记、局长张三主持。张三指出,要做好收购。"
    assert _speakers(text)["张三"] == ("党组书记、局长", "国家粮食局")
    text = "3月25日,交通运输部召开会议。部党组成员、副部长张三指出,要做好工作。"
    assert _speakers(text)["张三"][1] == "交通运输部"
    # two bureaus named: none chosen
    text = "3月25日,国家邮政局与国家铁路局召开会议。局党组成员、副局长张三指出,要做好工作。"
    assert _speakers(text)["张三"][1] is None


def test_a_bodys_council_after_a_rank_on_the_body() -> None:
    text = "中华全国供销合作总社党组成员、理事会副主任陈祖新指出,要做好工作。"
    assert _speakers(text)["陈祖新"] == ("副主任", "中华全国供销合作总社理事会")


def test_a_bare_subject_who_reported_goes_on_as_he() -> None:
    text = "调研组来我市调研。副市长刘文杰陪同调研。\n座谈中,刘文杰汇报了我市秋粮收购情况。他说,今年我市坚决贯彻政策。"
    assert _roles(text) == {"刘文杰": "speaker"}


def test_a_local_bureaus_party_group_is_not_the_ministrys_it_cites() -> None:
    for text in ("市统计局召开全局干部大会,传达学习国家统计局统计工作会议精神。局党组书记、局长张三主持会议。张三指出,要做好统计工作。",
                 "县税务局召开会议,传达国家税务总局工作会议精神。局党组书记、局长张三指出,要做好征管工作。"):
        assert _speakers(text)["张三"][1] is None


def test_a_council_follows_only_a_rank_on_the_bodys_own_party_group() -> None:
    assert _speakers("市委常委、理事会理事长张三指出,要做好工作。")["张三"][1] != "市委理事会"


@pytest.mark.parametrize(
    "text",
    [
        "中国烟草总公司总经理张建民与区党委副书记、自治区常务副主席王立伟出席座谈会并讲话。王立伟指出,要做好工作。",
        "总经理张建民与镇党委书记王立伟出席会议。王立伟指出,要做好工作。",
    ],
)
def test_yu_before_a_places_committee_joins_two_people(text: str) -> None:
    # no place is named for the committee: no body is read, and no 与 is taken into one
    assert _speakers(text)["王立伟"][1] is None


def test_a_bodys_place_written_in_a_later_mention_of_the_same_post() -> None:
    text = ("省地志办主任熊晖到陇县调研\n11月21日,陕西省地方志办公室党组书记、主任熊晖一行到陇县调研。"
            "熊晖指出,要做好工作。")
    assert _speakers(text)["熊晖"][1] == "陕西省地方志办公室"
    # 市场监管总局 is no bare city's body
    text = ("图为市场监管总局食品生产安全监督管理司稽查专员毕玉安。国家市场监督管理总局食品生产安全监管司稽查专员"
            "毕玉安在会上致辞中指出,乳制品质量安全是民生工程。")
    assert _speakers(text)["毕玉安"][1].endswith("食品生产安全监督管理司")
    # a later body cut short (浩特市) does not replace one the page completes, nor 市政府 stay bare
    text = "市城管局局长王立伟调研\n11月21日,呼和浩特市城管局局长王立伟出席会议。王立伟指出,要做好工作。"
    assert _speakers(text)["王立伟"][1] == "呼和浩特市城管局"
    text = "区发改委主任张三调研\n新疆维吾尔自治区发展改革委主任张三出席会议。张三指出,要做好工作。"
    assert _speakers(text)["张三"][1] == "新疆维吾尔自治区发展改革委"


def test_a_museums_or_an_archives_head_after_the_body() -> None:
    text = "9月29日,福州市档案馆刘若清副馆长带领有关处室人员开展检查。刘若清副馆长要求,各处室要强化安全意识。"
    assert _speakers(text)["刘若清"] == ("副馆长", "福州市档案馆")
    # no word or place before the post is a name (荣誉馆长, 宁波馆长)
    assert _speakers("南京市博物馆荣誉馆长讲话指出,要做好工作。") == {}
    assert _speakers("南京市科技馆宁波馆长指出,要做好工作。") == {}


def test_sheng_is_a_rare_surname_that_starts_words() -> None:
    text = "蠡县人大常委会主任、县地方志指导委员会主任绳兰柱主持会议。绳兰柱在总结讲话中指出,要做好工作。"
    assert "绳兰柱" in _speakers(text)
    assert _speakers("要用绳子捆好。局长绳子指出。") == {}


def test_a_seat_in_a_headline_gives_way_to_the_post_the_story_names() -> None:
    text = ("政协委员邓云锋 城管将成市容环境守护神\n青岛市城管执法局局长邓云锋接受采访。"
            "在市政协会议上,邓云锋表示,要做好城市管理工作。")
    assert _speakers(text)["邓云锋"] == ("局长", "青岛市城管执法局")


def test_secrecy_and_chronicles_bodies_hold_he() -> None:
    assert _speakers("中共惠州市委机要和保密局局长苏琪指出,要做好保密工作。")["苏琪"][1] == "中共惠州市委机要和保密局"
    text = "中共内蒙古自治区委员会党史和地方志研究室主任杜轶鑫指出,要做好工作。"
    assert _speakers(text)["杜轶鑫"][1] == "中共内蒙古自治区委员会党史和地方志研究室"


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("市民致电区城管局张三局长反映问题。", "区城管局"),
        ("据了解,市长邀请市商务局张三局长介绍情况。", "市商务局"),
        ("区领导带领区教育局张三局长指出,要做好工作。", "区教育局"),
        ("近日,市教育局和区教育局张三局长指出,要做好工作。", "区教育局"),
    ],
)
def test_a_bare_body_is_read_from_the_last_level_that_opens_no_word(text: str, org: str) -> None:
    assert {s.name: s.org for s in tag_speakers(text)}["张三"] == org


def test_a_seat_in_an_assembly_read_from_a_headline_is_its_title() -> None:
    text = "全国人大代表张三 关注教育\n本报记者专访了全国人大代表张三。市民致电区城管局张三局长反映问题。"
    assert {s.name: (s.title, s.org) for s in tag_speakers(text)}["张三"] == ("全国人大代表", None)


def test_a_step_then_the_verb_and_thanks_then_his_words_make_a_speaker() -> None:
    # 进行了再部署,并强调: the subject's step, then the verb
    text = "会议结束后,医保局局长蔺永强进行了再部署,并强调:一是要保持打击欺诈骗保高压态势不放松。"
    assert _speakers(text)["蔺永强"] == ("局长", "医保局")
    # a guest's thanks, then 他表示: his own words
    text = ("省委书记信长星与国家医疗保障局局长章轲举行工作会谈。信长星说,人民健康是重要标志。"
            "章轲感谢省委、省政府对国家医保局工作的大力支持。他表示,江苏医疗保障工作走在全国前列。")
    assert set(_speakers(text)) == {"信长星", "章轲"}


def test_a_visit_to_the_page_s_province_by_its_short_name_places_its_bare_bodies() -> None:
    text = ("山西省人大常委会副主任吴俊清一行来湘调研座谈会在长沙召开。省人大常委会副主任周农出席并讲话。"
            "山西省人大常委会副主任吴俊清出席座谈会。周农指出,要认真组织法律援助法的学习宣传。")
    assert _speakers(text)["周农"][1] == "湖南省人大常委会"
    # (no visit's verb after it: 来吉 of 带来吉祥 names no province)
    text = "山西省人大常委会副主任吴俊清带来吉祥祝福。省人大常委会副主任周农指出,要做好工作。"
    assert _speakers(text)["周农"][1] == "山西省人大常委会"


def test_yu_yi_after_a_name_is_the_verb_not_the_name_s_last_character() -> None:
    text = "在3日举行的部长通道上,司法部部长张军予以回应。他说,我们做到了。张军说,要实现治本安全。"
    assert set(_speakers(text)) == {"张军"}


def test_a_speech_heading_s_last_word_is_no_part_of_the_byline_s_body() -> None:
    text = ("————在全国煤矿瓦斯防治工作视频会议上的讲话应急管理部副部长黄玉治(2019年8月28日)"
            "同志们:这次会议的主要任务是:深入贯彻落实安全生产重要指示精神。黄玉治指出,要防范瓦斯事故。")
    assert _speakers(text)["黄玉治"] == ("副部长", "应急管理部")


def test_a_politburo_seat_then_a_bare_local_secretary_post_is_the_place_s() -> None:
    text = "昨天,中共中央政治局委员、市委书记俞正声来到上海市电力公司。俞正声说,确保世博园区正常运营。"
    assert _speakers(text)["俞正声"][1] == "上海市"
    text = "中共中央政治局委员、省委书记张三在武汉调研。张三说,要做好工作。湖北省委召开会议。"
    assert _speakers(text)["张三"][1] == "湖北省委"


def test_a_pronoun_goes_on_with_a_subject_after_two_leading_clauses() -> None:
    text = ("并与江苏省委常委、常务副省长李云峰举行会谈。\n8月18日,在会谈中,李云峰代表江苏省委、省政府感谢"
            "国家电网公司的支持。他表示,将配合各项工作。")
    assert _speakers(text)["李云峰"] == ("副省长", "江苏省")


def test_a_district_s_bureau_written_bare_is_the_page_s_district_s() -> None:
    text = ("近日,淄川区司法局召开村(居)法律顾问工作推进会。区司法局党组书记、局长陈涛出席。"
            "陈涛强调,要充分发挥团队化优势。")
    assert _speakers(text)["陈涛"][1] == "淄川区司法局"


def test_review_findings_session_26_speakers() -> None:
    # 来秦 and 来吉 are also 秦皇岛's and 吉安's: no province read from them
    text = "客商代表团来秦考察。秦皇岛市委书记张三会见客商。副省长李四指出,要做好工作。河北省召开会议。"
    assert _speakers(text)["李四"][1] == "河北省"
    # a visit's host does not beat a province written after the visit in its sentence
    text = "外地客商来晋考察,福建省副省长赵六会见。省工信厅厅长钱八陪同。钱八指出,要做好工作。"
    assert _speakers(text)["钱八"][1].startswith("福建省")
    # someone a case is opened against takes no part in the event
    assert _roles("省纪委监委对副市长李四进行立案审查调查。") == {}
    assert _roles("检察机关依法对原副局长王五进行起诉。") == {}
    # a Politburo seat with a bare city post on a page naming no city keeps the seat's body
    assert _speakers("中共中央政治局委员、市委书记张三调研。张三指出,要做好工作。")["张三"][1] == "中共中央政治局"


def test_an_opening_declared_before_a_comma_is_no_statement() -> None:
    text = "市委常委、市委政法委书记谭海华出席并宣布活动启动,市人大常委会副主任边现龙出席。"
    assert _roles(text)["谭海华"] == "attendee"
    assert _roles("国务委员谌贻琴宣布大赛开幕,并参加了开幕式相关活动。")["谌贻琴"] == "attendee"
    # (words declared after a colon are reported)
    assert _roles("市委书记张三宣布:大会开幕!")["张三"] == "speaker"


def test_review_findings_session_26_speakers_second_round() -> None:
    # a province's seat before a city's secretary post is no Politburo seat
    assert _speakers("省委常委、市委书记张三调研。张三指出,要做好工作。")["张三"][1] is None
    # an official checking or researching is no case opened against him
    assert _roles("8月5日,市长张三进行审查验收,副市长李四陪同。") == {"张三": "attendee", "李四": "attendee"}
    # the visitor's province read from its cities, or written in a sentence before the visit, gives way
    text = "太原市委书记张三率太原市党政代表团来湘考察。省委书记李四会见代表团。李四指出,要加强合作。"
    assert _speakers(text)["李四"][1] == "湖南省"
    text = "山西省人大常委会调研组抵达长沙。6日,调研组一行来湘调研。省人大常委会副主任王五陪同。王五指出,要做好。"
    assert _speakers(text)["王五"][1] == "湖南省人大常委会"


def test_a_post_before_he_or_yu_is_another_person_s_left_unnamed() -> None:
    text = ("近日,实验室揭牌仪式举行。省邮政管理局党组书记、局长与蚌埠市委书记黄晓武共同为实验室揭牌。"
            "黄晓武表示,将继续协作。")
    assert _speakers(text)["黄晓武"] == ("市委书记", "蚌埠市委")


def test_a_city_s_body_written_bare_on_a_page_of_one_county_is_the_county_s_city() -> None:
    text = "近日,利辛县召开春运工作会议。市交通运输局局长孙善豹出席会议。孙善豹强调,要确保春运安全。"
    assert _speakers(text)["孙善豹"][1] == "亳州市交通运输局"


def test_review_findings_session_26_third_round() -> None:
    # 和 opening a place is no conjunction (和平区, 和田地委), nor 与 after a members' seat
    assert _speakers("天津市委常委和平区委书记王强指出,要做好工作。")["王强"][1] != "平区委"
    assert _speakers("新疆维吾尔自治区党委常委和田地委书记王强指出,要做好工作。")["王强"][1] != "田地委"
    assert _speakers("人大代表与政协委员联络室主任王强指出,要做好工作。")["王强"][1] == "人大代表与政协委员联络室"
    # a county's delegation visiting, or a county helped, is no county of the page's city
    text = "利辛县党政代表团来我市考察交流。利辛县委书记张三出席。市委书记王强指出,要加强合作。"
    assert _speakers(text)["王强"][1] is None
    assert _speakers("市商务局赴对口帮扶的利辛县调研。市商务局局长王强指出,要做好。")["王强"][1] == "市商务局"


def test_a_country_run_into_by_the_words_before_it_is_the_body() -> None:
    # 回应, 致信, 与 … before a head of state's country: the body is the country
    text = "伊朗外交部发言人卡纳尼17日在回应美国总统拜登访问中东期间的有关言论时说,美国企图制造紧张。"
    assert _speakers(text)["拜登"][1] == "美国"
    text = "美国国会近20名民主党人致信美国国务卿布林肯,要求作出解释。布林肯表示,将作出回应。"
    assert _speakers(text)["布林肯"][1] == "美国"
    text = "国务院总理李强在首尔与韩国总统尹锡悦、日本首相岸田文雄共同出席会议。李强表示,要加强合作。"
    assert {s.name: s.org for s in tag_speakers(text)}["尹锡悦"] == "韩国"
    # (a country's name is never cut: 赤道几内亚 stays whole)
    assert _speakers("赤道几内亚总统奥比昂表示,愿加强合作。")["奥比昂"] == ("总统", "赤道几内亚")


def test_posts_of_foreign_ministers_chiefs_of_staff_and_assistants() -> None:
    assert _speakers("李强会见访华的日本外相林芳正。林芳正表示,愿加强沟通。")["林芳正"] == ("外相", "日本")
    assert _speakers("伊朗武装部队总参谋长穆萨维当天表示,将果断回应。")["穆萨维"] == ("总参谋长", "伊朗武装部队")
    text = "联合国助理秘书长米洛斯拉夫·延恰说,局势令人担忧。"
    assert _speakers(text)["米洛斯拉夫·延恰"] == ("助理秘书长", "联合国")
    # (外相 inside a word is no post)
    assert _roles("要坚持内外相结合,市长张三指出,要做好工作。") == {"张三": "speaker"}


def test_the_one_a_case_is_opened_against_after_a_list_of_posts() -> None:
    text = ("中央纪委国家监委对十四届全国政协原常委、民族和宗教委员会原副主任苟仲文严重违纪违法问题进行了立案审查调查。"
            "经查,苟仲文丧失理想信念。")
    assert _roles(text) == {}
    text = "中央纪委国家监委对原中国铁路总公司党组书记、总经理盛光祖严重违纪违法问题进行了立案审查调查。"
    assert _roles(text) == {}
    # (an official who speaks after a case is reported still speaks)
    text = "省纪委对原副局长李四严重违纪违法问题进行立案审查调查。省纪委书记王五指出,要严肃查处。"
    assert _roles(text) == {"王五": "speaker"}


def test_the_ones_called_in_turn_take_no_statement() -> None:
    text = ("同一天,巴基斯坦总理夏巴兹·谢里夫分别与伊朗总统佩泽希齐扬、卡塔尔埃米尔塔米姆通话,"
            "呼吁维护地区和平。")
    assert _roles(text) == {"夏巴兹·谢里夫": "speaker", "佩泽希齐扬": "attendee"}


def test_a_name_before_gongtong_and_a_statement_made_together() -> None:
    # 共同 follows a name (not 李四共)
    assert _roles("市长张三与副市长李四共同出席会议。张三表示,要加强合作。") == {"张三": "speaker", "李四": "attendee"}
    # two who meet the press together both speak; the capital before 与 is no part of the body
    text = "27日,丹麦首相弗雷泽里克森在首都哥本哈根与格陵兰岛自治政府总理尼尔森共同会见记者时说,要保持团结。"
    assert _speakers(text) == {"弗雷泽里克森": ("首相", "丹麦"), "尼尔森": ("总理", "格陵兰岛自治政府")}


def test_a_post_in_an_occasion_s_body_gives_way_to_a_standing_post_before_or_after_it() -> None:
    # last: the standing post before it says whose official it is (the title stays as written)
    text = ("1月1日,娄底市第三次全国农业普查入户登记工作全面启动,副市长、市第三次全国农业普查领导小组组长刘益丈"
            "赶赴一线。娄底市委召开会议。刘益丈指出,要做好工作。")
    assert _speakers(text)["刘益丈"] == ("副市长、市第三次全国农业普查领导小组组长", "娄底市")
    text = "保山市公交车首发。市委常委、副市长、改革领导小组组长王力指出,要做好。"
    assert _speakers(text)["王力"][1] == "保山市"
    # first: an inquiry's or a leading group's office gives way to the post after it
    text = "事故调查组全体会议在青岛召开。调查组组长、国家安全监管总局局长杨栋梁指出,这次事故损失惨重。"
    assert _speakers(text)["杨栋梁"][1] == "国家安全生产监督管理总局"
    text = "甘肃省第三次全国农业普查领导小组办公室主任、省统计局副局长柳民出席会议。柳民指出,要做好普查。"
    assert _speakers(text)["柳民"][1] == "甘肃省统计局"
    # (a seat before the occasion's post does not say whose official: the group stays)
    text = "中共中央政治局常委、中央巡视工作领导小组组长李希出席会议并讲话。李希强调,要深化政治巡视。"
    assert _speakers(text)["李希"][1] == "中央巡视工作领导小组"


def test_ranks_and_rarer_surnames_and_fire_rescue_posts() -> None:
    # a general's rank after the name is no future tense (少将要求 is no 将要求)
    text = "会上,广东省消防总队总队长雷盛武少将要求,亚运会开幕前,要开展排查。"
    assert _speakers(text) == {"雷盛武": ("总队长", "广东省消防总队")}
    text = "冷俐总队长出席会议并作重要讲话,会议由崔春起副总队长主持。冷俐总队长强调:一是要认清形势。"
    assert _roles(text) == {"冷俐": "speaker", "崔春起": "chair"}
    text = "7月22日下午,市委书记蒿慧杰带领相关部门负责同志督导检查企业。蒿慧杰强调:一是思想须臾不可放松。"
    assert _speakers(text)["蒿慧杰"][0] == "市委书记"
    assert _roles("局长宦金元主持召开座谈会,介绍全市统计工作。他指出,要做好统计。") == {"宦金元": "speaker"}


def test_demands_set_out_after_a_colon_and_a_government_before_a_name() -> None:
    # 提出具体要求: with the demands after a colon reports them, after a clause of his own too
    text = "市统计局局长庄小涛参加座谈,并就常州市第七次全国人口普查工作提出具体要求:一是要统一思想、坚定信心。"
    assert _roles(text) == {"庄小涛": "speaker"}
    # a government written before a name vouches for it before a mayor's post (王副区长 then refers to him)
    text = "8月9日上午,区政府王江涛副区长主持召开迎检工作会。王副区长在会上强调:一要高度重视迎检。"
    assert _roles(text) == {"王江涛": "speaker"}


def test_a_speech_heading_naming_its_speaker_with_tongzhi() -> None:
    text = ("康义同志在国务院第四次全国农业普查领导小组办公室第一次全体会议上的讲话\n"
            "(2025年7月31日)\n国家统计局党组书记、局长 康义\n"
            "今天,我们召开全体会议,主要任务是统一思想共识。刘国中副总理指出,一要深刻认识农业普查的重要意义。")
    assert _speakers(text) == {"康义": ("党组书记、局长", "国家统计局")}


def test_an_instruction_on_a_matter_quoted_after_its_writer() -> None:
    text = "12月10日,市委书记费高云就做好当前我市安全生产工作作出重要批示:“冬季是事故高发季节,一定要高度重视。”"
    assert _speakers(text) == {"费高云": ("市委书记", None)}
    # (one only mentioned is no statement)
    assert _roles("市委书记张三就安全生产工作作出重要批示。") == {}


def test_cctv_audit_session_27_second_round() -> None:
    # a session's number read away leaves no 届 in the body
    text = "国务院总理李克强3日在京会见第77届联合国大会主席克勒希。克勒希表示,愿加强合作。"
    assert _speakers(text)["克勒希"] == ("主席", "联合国大会")
    # the DPRK's President of State Affairs
    text = "普京与到访的朝鲜劳动党总书记、国务委员长金正恩举行会谈。金正恩表示,愿加强合作。"
    assert _speakers(text)["金正恩"][1] == "朝鲜劳动党"
    # a body written with its head's post is no name before the post (司法部长 is no 司法 + 部长)
    # (司令 is a post since session 33: the base's commander is read, and only as one who came)
    roles = _roles("巴西利亚空军基地司令米格尔、司法部长莱万多夫斯基等到机场迎接。")
    assert "司法" not in roles and "speaker" not in roles.values()
    # one under investigation named right before it is at no event
    text = ("中共中央政治局会议审议并通过中央军委《关于魏凤和问题审查结果和处理意见的报告》,决定给予魏凤和开除党籍处分。"
            "经查,原国防部长魏凤和严重违反政治纪律。")
    assert _roles(text) == {}
    assert _roles("原副局长王五涉嫌严重违纪违法,目前正接受审查调查。") == {}


def test_review_findings_session_27() -> None:
    # two who chair or attend together (共同) both do; the one before 同 stays a person of their own
    text = "外交部长王毅在北京同巴基斯坦外长库雷希共同主持首次中巴外长战略对话。"
    assert _roles(text) == {"王毅": "chair", "库雷希": "chair"}
    assert _roles("李强同德国总理朔尔茨共同出席中德经济顾问委员会座谈会。") == {"李强": "attendee", "朔尔茨": "attendee"}
    text = "国家主席习近平在人民大会堂与马拉维共和国总统穆塔里卡共同签署联合声明。"
    assert {s.name: s.org for s in tag_speakers(text)}["穆塔里卡"] == "马拉维共和国"
    # a name ending in 中 or 上 before 将 ("will") keeps it, and the future stays the future
    assert _roles("市委书记刘建中将奖牌颁发给获奖代表。") == {"刘建中": "attendee"}
    assert _roles("商务部副部长王建中将介绍有关情况。") == {"王建中": "attendee"}
    # the one met, right before the demands, does not make them
    assert _roles("省政府督查组约谈了副市长李四,并就整改落实提出明确要求。") == {"李四": "attendee"}
    # 外相 inside 国内外相关, 队长 inside 长期, 朋 of 朋友 are no post and no name
    assert _roles("未来政府也会整合国内外相关资源。") == {}
    assert _roles("武警总队长期坚持开展军民共建活动。") == {}
    assert _roles("以称将依自身需要在黎南部长期驻留。") == {}


def test_a_county_named_once_as_its_bureau_s_seat_opening_the_story() -> None:
    text = ("6月17日上午,信丰县公安局交通管理大队召开动员部署会。县公安局党委副书记、副局长、交管大队长刘萍"
            "进行了动员讲话,他要求全体民警务必抓好大检查。")
    assert _speakers(text)["刘萍"][1] == "信丰县公安局"


def test_one_who_speaks_on_carrying_out_a_speech_is_no_student_of_it() -> None:
    text = ("会后,市公安局召开续会,副局长顾锋就贯彻落实裴军副厅长讲话精神,全力做好秋季开学交通安全管理工作"
            "提出要求:一是主动作为。")
    assert _roles(text) == {"顾锋": "speaker"}
    # (the one whose hopes are relayed does not make the demands after them)
    text = "他转述了国家局马军胜局长对协议落实情况的殷切期盼和嘱托,并就争取专项资金提出建议。"
    assert "马军胜" not in _speakers(text)
    # 谈及 follows a name
    assert _speakers("人社部副部长游钧谈及农民工工资相关问题时表示,拖欠势头得到了有效遏制。")["游钧"][0] == "副部长"


def test_review_findings_session_27_second_round() -> None:
    # a general's rank after the name, in the forces; 将 "will" after a name elsewhere
    assert _roles("中部战区司令员黄铭上将出席开幕式。") == {"黄铭": "attendee"}
    # (a theatre command written out, as the guide asks: session 30)
    assert _speakers("南部战区司令员吴亚男中将表示,要提高备战打仗能力。") == {"吴亚男": ("司令员", "中国人民解放军南部战区")}
    assert _roles("届时,省委书记巴音朝鲁、省长刘国中将分别致辞。") == {"巴音朝鲁": "attendee", "刘国中": "attendee"}
    # 艾 is a surname (艾文礼)
    assert _speakers("河北省副省长艾文礼表示,要做好防汛工作。")["艾文礼"][0] == "副省长"
    # a post before 期望, 期待 is a post (not 长期)
    assert _roles("会上,李四局长期望全体干部职工再接再厉。他强调,要抓好安全生产。") == {"李四": "speaker"}
    # the sender of greetings makes the demands after them
    text = "市委书记张三向全市广大干部职工致以节日的问候,并就做好节日期间安全生产工作提出要求。"
    assert _roles(text) == {"张三": "speaker"}
    # a new subject's demands after one's own act are not one's
    assert _roles("省长张三就做好防汛工作作出批示,省防指随即对全省防汛工作作出部署并提出要求。") != {"张三": "speaker"}
    # 祝贺 before a country is no part of the body
    assert {s.name: s.org for s in tag_speakers("习近平致电祝贺马拉维共和国总统穆塔里卡。")}.get("穆塔里卡") == "马拉维共和国"


def test_a_deputy_division_head_after_a_name_and_a_sentence_opening_with_meanwhile() -> None:
    text = "会议由市局特设处曹必刚副处长主持。曹必刚副处长充分肯定了成效。他指出,要做好工作。"
    assert _speakers(text) == {"曹必刚": ("副处长", None)}
    # 期间强调 goes on with the subject of the sentence before it
    text = "郑瑛局长每到一处,都详细询问电梯安全运行情况。期间强调,一是要做好电梯安全经常管理。"
    assert _roles(text) == {"郑瑛": "speaker"}


def test_a_leader_cited_inside_another_official_s_statement() -> None:
    # 习近平主席 further on in a paragraph another official's statement opens: cited by them
    text = ("中共中央政治局常委、国务院副总理丁薛祥出席并致辞。\n丁薛祥表示,中国高度重视中欧班列发展。"
            "习近平主席强调,推动中欧班列朝着更高质量方向发展。")
    assert _roles(text) == {"丁薛祥": "speaker"}
    # nor did he attend what the statement recalls (…同总统先生举行了会见)
    text = "国务院副总理丁薛祥会见蒙古国总统呼日勒苏赫。\n丁薛祥表示,习近平主席今天上午同总统先生举行了会见。"
    assert "习近平" not in _roles(text)
    # a paragraph he opens himself still has him speaking
    assert _roles("普京表示,俄方愿深化合作。\n习近平主席强调,要坚持多边主义。")["习近平"] == "speaker"
    # 国家主席 written before the name, and a foreign head of state's own turn in a round of views
    text = "丁薛祥出席开幕式。\n丁薛祥表示,中国高度重视中欧班列发展。国家主席习近平强调,要推动中欧班列高质量发展。"
    assert _roles(text) == {"丁薛祥": "speaker"}
    text = "墨西哥外长表示,将继续合作。此外,古巴国家主席迪亚斯-卡内尔当天表示,古巴不接受任何人发号施令。"
    assert _roles(text).get("迪亚斯-卡内尔") == "speaker"


def test_one_who_passes_an_instruction_on_and_then_speaks() -> None:
    text = ("自贸试验区建设十周年座谈会9月26日在京召开。中共中央政治局委员、国务院副总理何立峰在会上传达习近平"
            "重要指示并讲话,表示要认真学习、深刻领会习近平总书记重要指示精神。")
    assert _roles(text)["何立峰"] == "speaker"
    text = "国务委员谌贻琴在会上传达了习近平重要指示并讲话。她表示,要认真落实重要指示。"
    assert _roles(text) == {"谌贻琴": "speaker"}
    # passing it on alone is no speech
    assert _roles("国务委员谌贻琴在会上传达了习近平重要指示。会议指出,要认真落实。").get("谌贻琴") != "speaker"


def test_a_heading_naming_an_instruction_whose_content_the_report_gives() -> None:
    text = ("李克强对2022年全国医改工作电视电话会议作出重要批示\n2022年全国医改工作电视电话会议7月14日在京召开。"
            "中共中央政治局常委、国务院总理李克强作出重要批示。批示指出:医药卫生体制改革是涉及千家万户的大事。")
    assert _roles(text) == {"李克强": "speaker"}
    # an instruction only named is still no statement
    assert "李克强" not in _roles("李克强对全国医改工作电视电话会议作出重要批示\n会议7月14日在京召开。")


def test_an_address_read_out_and_results_presented() -> None:
    text = "哈萨克斯坦第一副总理斯克利亚尔在开幕式上宣读哈萨克斯坦总统托卡耶夫的书面致辞并致辞。\n开幕式后,双方举行会见。"
    assert _roles(text).get("斯克利亚尔") != "speaker"
    text = ("民盟中央主席丁仲礼、无党派人士代表郭雷在座谈会上介绍调研成果,并就加快建设全国统一的能源市场"
            "提出意见建议。")
    assert "speaker" not in _roles(text).values()


def test_demands_carried_out_and_a_premier_cited_in_a_statement() -> None:
    # 根据…和李强总理要求 / 贯彻落实…和李强总理要求,坚持…: the demands carried out (a noun)
    text = ("根据习近平总书记重要指示和李强总理要求,中共中央政治局委员、国务院副总理张国清率有关部门负责同志"
            "赶赴现场指导救援工作。\n张国清主持召开会议,传达习近平总书记重要指示精神和李强总理批示要求,研究部署"
            "下一步工作。他指出,习近平总书记十分关心人员搜救情况。李强总理对救援处置工作提出明确要求。"
            "要坚决贯彻落实习近平总书记重要指示精神和李强总理要求,坚持人民至上、生命至上。")
    assert _roles(text) == {"张国清": "speaker"}


def test_a_guest_s_greetings_before_his_words_and_a_second_designation() -> None:
    text = ("王沪宁28日在京会见由越南共产党中央政治局委员、河内市委书记丁进勇率领的代表团。\n丁进勇热烈祝贺杭州"
            "亚运会成功隆重开幕,祝贺中国人民将迎来中华人民共和国成立74周年,表示愿同中方落实好重要共识。")
    assert _roles(text)["丁进勇"] == "speaker"
    # 他说 goes on with a subject introduced by two designations
    text = ("全国政协党组成员、副主席,中央改革办分管日常工作的副主任穆虹重点就进一步全面深化改革的总目标作了"
            "介绍。他说,总目标一脉相承。")
    assert _roles(text) == {"穆虹": "speaker"}


def test_one_who_speaks_on_studying_a_speech_and_a_document_s_title() -> None:
    text = ("中央宣讲团成员、中共中央政治局委员、国务院副总理刘国中29日在农业农村部作宣讲报告。刘国中围绕深入学习"
            "领会习近平总书记在党的二十届三中全会上的重要讲话和《决定》精神进行系统阐释和深入解读,强调要抓好改革任务的落实。")
    assert _roles(text) == {"刘国中": "speaker"}
    # 《建议》 names a document: no verb
    text = ("11月4日,中央宣讲团成员、辽宁省委书记许昆林在沈阳作宣讲报告。许昆林围绕学习领会习近平总书记重要讲话和"
            "全会《建议》,结合辽宁实际对四中全会精神作了系统宣讲和深入阐释。")
    assert "speaker" not in _roles(text).values()


def test_an_instruction_whose_words_follow_its_comma_and_a_stance_then_a_pronoun() -> None:
    text = ("事故发生后,中共中央总书记、国家主席、中央军委主席习近平立即作出重要指示,要不惜代价搜救被困人员,"
            "全力救治受伤人员。")
    assert _roles(text) == {"习近平": "speaker"}
    text = "中共中央政治局常委、国务院总理李强作出批示,国家防总和有关地方要认真贯彻落实总书记重要指示精神。"
    assert _roles(text) == {"李强": "speaker"}
    # his stance, then 他指出: the words a feature quotes are his (session 31)
    text = "习近平总书记高度重视旅游工作。他指出,文化产业和旅游产业密不可分。"
    assert _roles(text) == {"习近平": "speaker"}
    # an inspection's words still are his
    text = "习近平总书记来到全国重点文物保护单位伏羲庙,他指出,要将这份宝贵文化遗产保护传承好。"
    assert _roles(text) == {"习近平": "speaker"}


def test_the_sender_of_a_congratulatory_letter_whose_words_are_reported() -> None:
    text = ("习近平向中欧班列国际合作论坛致贺信\n9月15日,国家主席习近平向中欧班列国际合作论坛致贺信。\n"
            "习近平指出,中欧班列开行以来,保持安全稳定畅通运行。")
    assert _roles(text) == {"习近平": "speaker"}
    # a letter sent, nothing of it told: no role
    assert "习近平" not in _roles("9月15日,国家主席习近平向中欧班列国际合作论坛致贺信。论坛在西安开幕。")
    # Taiwan's 期勉 exhorts
    assert _roles("总统府秘书长陈菊期勉大家坚守岗位。")["陈菊"] == "speaker"


def test_an_adverb_s_di_ends_no_name() -> None:
    # (Taiwan writes 沈痛 for 沉痛; 沈 is also a surname)
    assert _roles("马英九总统沈痛地表示,这次的气爆事件造成重大的人员伤亡。") == {"马英九": "speaker"}


def test_review_findings_session_28() -> None:
    # an instruction's comma: the modal 要 soon after, not 主要, nor someone else's words
    assert "李强" not in _roles("李强作出重要指示,国务院主要负责同志赶赴现场。")
    text = "习近平作出重要指示,在全国引起强烈反响,各地干部群众表示,要把重要指示精神落到实处。"
    assert "习近平" not in _roles(text)
    text = "国务院总理李克强作出批示,此次事故失联人员多,要全力搜救被埋人员。"
    assert _roles(text) == {"李克强": "speaker"}
    # 要求 is one's own demand after one's own step (not the demands carried out of someone named)
    assert _roles("县委书记张三传达省委全会精神并要求,全县上下要抓好落实。") == {"张三": "speaker"}
    assert _roles("国务院总理李强在听取落实情况汇报后要求,要抓紧推进。") == {"李强": "speaker"}
    # a greeting as the middle clause only after a greeting
    text = "黎怀忠转交了越共中央总书记苏林致习近平总书记的复谢函并转达口信,感谢习近平总书记拨冗会见,表示越方愿同中方携手并进。"
    assert _roles(text).get("苏林") != "speaker"
    # 地 after an adverb, not in a name; the one praised is no subject
    assert _speakers("局长王伟严肃地指出,要整改。") == {"王伟": ("局长", None)}
    assert _roles("市长张天地表示,要抓好落实。") == {"张天地": "speaker"}
    text = "总统今日主持典礼,除授勋表彰副部长郑德美对国家的付出和贡献,并期勉新任副部长张冠群发挥专长。"
    assert _roles(text).get("郑德美") != "speaker"


def test_a_foreign_minister_and_a_head_of_state_by_video() -> None:
    assert _speakers("美国交通部长达菲表示,如果停摆持续,交通部将削减运输量。") == {"达菲": ("部长", "美国交通部")}
    text = "乌兹别克斯坦总统米尔济约耶夫视频祝贺协定签署。\n米尔济约耶夫表示,签字仪式具有历史意义。"
    assert _roles(text) == {"米尔济约耶夫": "speaker"}
    # a Chinese minister is read as before
    assert _speakers("交通运输部部长李小鹏表示,要做好春运工作。") == {"李小鹏": ("部长", "交通运输部")}


# --- foreign officials: Japanese names, bodies as written, posts held only abroad (session 29) ---


def test_japanese_names_after_a_japanese_designation() -> None:
    text = "习近平会见日本首相岸田文雄。习近平指出,中日关系重要。岸田文雄表示,日方愿同中方合作。"
    assert _speakers(text)["岸田文雄"] == ("首相", "日本")
    assert _speakers("日本前首相鸠山由纪夫表示,佩洛西此举拙劣。")["鸠山由纪夫"] == ("首相", "日本")
    assert _speakers("日本首相石破茂表示,日中两国负有责任。")["石破茂"] == ("首相", "日本")
    assert _speakers("日本自民党总裁、首相岸田文雄表示,谨致祝贺。")["岸田文雄"] == ("总裁、首相", "日本自民党")
    # a name read before, where no boundary follows it: the one 对 names is spoken of, not speaking
    text = "问:日本防卫大臣稻田朋美29日参拜了靖国神社。\n答:中方对日本防卫大臣稻田朋美参拜靖国神社表示坚决反对。"
    assert "稻田朋美" not in _speakers(text)
    # not after a designation that is not Japan's: 田中 is no surname there, nor 中村 a name's start
    assert _speakers("县长田中华表示,要抓好春耕。") == {"田中华": ("县长", None)}


def test_a_foreign_ministers_portfolio_is_his_title_and_the_country_his_body() -> None:
    assert _speakers("日本财务大臣铃木俊一今天在参议院说,将采取适当措施。")["铃木俊一"] == ("财务大臣", "日本")
    assert _speakers("英国财政大臣里夫斯表示,英方支持自由贸易。")["里夫斯"] == ("财政大臣", "英国")
    assert _speakers("日本外务大臣上川阳子表示,愿加强沟通。")["上川阳子"] == ("外务大臣", "日本")


def test_the_one_criticised_is_spoken_of() -> None:
    text = "国际社会批评日本首相高市早苗发表的错误言论,称其严重违背国际法。"
    assert "高市早苗" not in _roles(text)
    text = "伊朗外交部发言人卡纳尼在驳斥美国总统拜登的有关言论时说,美国企图制造紧张。"
    assert "拜登" not in _roles(text)


def test_a_foreign_body_written_after_its_country_and_posts_held_only_abroad() -> None:
    text = "应俄罗斯国家杜马主席沃洛金邀请,栗战书访问俄罗斯。沃洛金说,两国立法机构合作应提质升级。"
    assert _speakers(text)["沃洛金"] == ("主席", "俄罗斯国家杜马")
    assert _speakers("乌克兰最高拉达主席斯特凡丘克今天在社交媒体发文称,外长已递交辞呈。")["斯特凡丘克"] == ("主席", "乌克兰最高拉达")
    # no country before a post no Chinese body has
    assert _speakers("赵乐际在达喀尔会见总统萨勒。萨勒说,塞中是好朋友。")["萨勒"] == ("总统", None)
    # the next in a list, and the same person again with a body of no country
    text = ("栗战书在加德满都会见总统班达里、总理德乌帕。德乌帕说,愿加强同中方往来。"
            "应俄罗斯国家杜马主席沃洛金邀请,栗战书访问。在莫斯科与国家杜马主席沃洛金、联邦委员会主席马特维延科分别举行会谈。"
            "马特维延科表示,俄中关系深入发展。")
    got = _speakers(text)
    assert got["德乌帕"] == ("总理", None) and got["马特维延科"] == ("主席", "联邦委员会")
    # words of the sentence run into the country are no body
    assert _foreign_body("美国方面此前一天指责哥", None) is None
    assert _foreign_body("塞内加尔国民议会", None) == "塞内加尔国民议会"
    # an international body, the scope of its head's post left out
    text = "韩正在北京会见世界自然基金会全球总干事斯海特。斯海特表示,愿加强合作。"
    assert _speakers(text)["斯海特"] == ("总干事", "世界自然基金会")


def test_a_foreign_official_with_no_body_written_takes_the_country_named() -> None:
    # the sentence's one foreign country (a visit to it)
    text = ("应塞内加尔国民议会议长迪奥普邀请,中国全国人大常委会委员长赵乐际14日至16日对塞内加尔进行正式友好访问,"
            "在达喀尔会见总统萨勒。萨勒说,塞中是好朋友。")
    assert _speakers(text)["萨勒"] == ("总统", "塞内加尔")
    # the country written in one character, or ending the designation
    text = "乌克兰外交部长库列巴18日表示,泽连斯基准备与俄总统普京举行会谈。普京表示,同意会谈。"
    assert _speakers(text)["普京"] == ("总统", "俄罗斯")
    text = "由南非总统拉马福萨、非盟轮值主席科摩罗总统阿扎利等组成的代表团访问乌克兰。阿扎利表示,愿推动和平。"
    assert _speakers(text)["阿扎利"] == ("总统", "科摩罗")
    # (two countries named: none is taken)
    text = "日本首相与韩国总统在首尔会谈后,总统萨勒表示,愿加强合作。"
    assert _speakers(text) == {"萨勒": ("总统", None)}
    # a foreign ministry's head written short with a long portfolio
    text = "丁薛祥会见印尼基础设施与区域发展统筹部长阿古斯。阿古斯表示,印尼愿深化合作。"
    assert _speakers(text)["阿古斯"] == ("部长", "印尼基础设施与区域发展统筹部")
    assert _speakers("丁薛祥会见伊朗外交部长阿拉格齐。阿拉格齐表示,伊中友谊牢固。")["阿拉格齐"] == ("外交部长", "伊朗")
    # (a Chinese name after 秘书长 is read as one, its body the designation's)
    assert _speakers("协会秘书长罗兰表示,要做好服务。") == {"罗兰": ("秘书长", "协会")}


def test_monarchs_speakers_of_parliaments_acting_presidents_and_advisers() -> None:
    text = "习近平会见来华进行国事访问的西班牙国王费利佩六世。费利佩六世表示,很高兴访华。"
    assert _speakers(text)["费利佩六世"] == ("国王", "西班牙")
    assert _speakers("韩正会见意大利参议长拉鲁萨。拉鲁萨表示,意中友好。")["拉鲁萨"] == ("参议长", "意大利")
    assert _speakers("伊朗伊斯兰议会副议长尼克扎德表示,伊朗不会让步。")["尼克扎德"] == ("副议长", "伊朗伊斯兰议会")
    assert _speakers("委内瑞拉代总统罗德里格斯8日表示,委方不会屈服。")["罗德里格斯"] == ("代总统", "委内瑞拉")
    text = ("习近平会见美国总统国家安全事务助理沙利文。习近平指出,各国需要团结协作。"
            "沙利文转达拜登总统对习近平主席的问候,感谢习近平主席拨冗会见,表示双方认真落实共识。")
    assert "沙利文" in _speakers(text)


def test_greetings_asked_for_or_passed_on_lead_to_the_guests_words() -> None:
    text = ("会见鲁托时,韩正转达习近平主席对鲁托总统的问候。韩正表示,中肯关系好。"
            "鲁托请韩正转达对习近平主席的亲切问候和良好祝愿,表示肯方坚持一个中国原则。")
    assert set(_speakers(text)) == {"韩正", "鲁托"}
    text = "栗战书会见总统普京。栗战书说,中俄关系好。普京请栗战书转达对习近平主席的美好祝福。他说,俄中关系具有特殊性。"
    assert set(_speakers(text)) == {"栗战书", "普京"}
    text = "习近平会见俄罗斯外长拉夫罗夫。拉夫罗夫转达普京总统对习近平主席的亲切问候和良好祝愿。表示,俄方深感钦佩。"
    assert set(_speakers(text)) == {"拉夫罗夫"}


def test_two_designated_names_in_a_list_share_the_verb_and_a_last_part_is_no_other_person() -> None:
    text = "意大利外长塔亚尼、西班牙国防大臣罗夫莱斯16日均表示,不考虑参与霍尔木兹海峡的行动。"
    assert set(_speakers(text)) == {"塔亚尼", "罗夫莱斯"}
    text = "委内瑞拉代总统德尔西·罗德里格斯11日表示,委内瑞拉正处于关键阶段。\n古巴外交部长罗德里格斯11日要求美国停止干涉。"
    got = _speakers(text)
    assert got["德尔西·罗德里格斯"] == ("代总统", "委内瑞拉") and got["罗德里格斯"] == ("外交部长", "古巴")


def test_a_pronoun_goes_on_with_the_official_at_a_meeting_convened_in_the_same_sentence() -> None:
    text = "十三届全国政协第六十八次双周协商座谈会9日在京召开,全国政协主席汪洋主持会议。他强调,要深化科技评价改革。"
    assert "汪洋" in _speakers(text)
    text = "全国政协17日在京召开“推动数字经济持续健康发展”专题协商会,中共中央政治局常委、全国政协主席汪洋出席并讲话。他强调,要做强数字经济。"
    assert "汪洋" in _speakers(text)
    # (not past a sentence of someone else's in between)
    text = "座谈会9日在京召开,全国政协主席汪洋主持会议。科技部部长王志刚作了发言。他强调,要深化改革。"
    assert "汪洋" not in _speakers(text)


def test_an_instruction_the_report_tells_of_and_gives_is_its_authors_words_though_a_meeting_studies_it() -> None:
    text = ("中央农村工作会议在京召开 习近平对做好“三农”工作作出重要指示\n中央农村工作会议29日至30日在北京召开。"
            "中共中央总书记、国家主席、中央军委主席习近平对做好“三农”工作作出重要指示。习近平指出,做好“三农”工作至关重要。"
            "习近平强调,各级党委和政府要坚持把解决好“三农”问题作为重中之重。"
            "会议传达学习了习近平重要指示。会议指出,习近平总书记的重要指示高屋建瓴。")
    assert "习近平" in _speakers(text)
    text = ("习近平在中华全国供销合作总社成立70周年之际作出重要指示强调 当好桥梁纽带\n在中华全国供销合作总社成立70周年之际,"
            "中共中央总书记、国家主席、中央军委主席习近平作出重要指示。习近平指出,70年来,供销合作社发挥了积极作用。"
            "纪念会28日在京召开。会上传达了习近平重要指示。")
    assert "习近平" in _speakers(text)
    # (an instruction of the past, which a meeting studies: its words are the guidance's)
    text = ("去年,中共中央总书记、国家主席、中央军委主席习近平对供销合作社工作作出重要指示。"
            "座谈会28日召开。会议传达学习了习近平重要指示。会议认为,习近平重要指示精神深刻。")
    assert "习近平" not in _speakers(text)


def test_foreign_spokespeople_envoys_and_unions_officials() -> None:
    assert _speakers("俄罗斯外交部发言人扎哈罗娃29日表示,西方炒作无人机事件。")["扎哈罗娃"] == ("发言人", "俄罗斯外交部")
    text = "叙利亚常驻联合国代表萨巴格7日在回答记者提问时表示,制裁导致救灾更加困难。"
    assert _speakers(text)["萨巴格"] == ("代表", "叙利亚常驻联合国")
    assert _speakers("联合国苏丹人道主义协调员迪恩当天表示,冲突导致医院关闭。")["迪恩"] == ("协调员", "联合国")
    assert _speakers("欧盟外交与安全政策高级代表卡拉斯今天说,外长们将举行会议。")["卡拉斯"] == ("高级代表", "欧盟")
    assert _speakers("英国央行行长贝利28日表示,居民收入将面临压力。")["贝利"] == ("行长", "英国央行")
    # a state in free association with New Zealand, with which China has relations
    text = "今晚将播出对库克群岛总理布朗的独家专访。布朗表示,此次中国之行成果丰富。"
    assert _speakers(text) == {"布朗": ("总理", "库克群岛")}
    assert "哈梅内伊" in _speakers("伊朗最高领袖哈梅内伊20日表示,伊朗将作出回应。")
    # (a delegates' corridor is no name after 代表; a name's second part after a hyphen is read)
    assert _roles("全国两会代表通道再次开启。九位全国人大代表接受了记者的集体采访。") == {}
    text = "美国常驻联合国代表托马斯-格林菲尔德证实美国向乌克兰提供情报,并称美国将继续提供。"
    assert "托马斯-格林菲尔德" in _speakers(text)


def test_review_of_the_foreign_officials_rules() -> None:
    # 请 follows a name only where greetings are asked to be passed on, not inside 申请, 宴请 …
    assert "李明申" not in _roles("县长李明申请资金,强调要抓好春耕。")
    assert "王林宴" not in _roles("市长王林宴请外宾,表示欢迎。")
    # a Japanese surname alone before a word of two characters; a given name that starts with 和
    assert _speakers("日本首相石破当天表示,日方愿意合作。") == {"石破": ("首相", "日本")}
    assert "植田和男" in _speakers("日本央行行长植田和男今天在记者会上称,日本将维持宽松的金融环境。")
    assert _speakers("日本首相岸田文雄演讲时表示,日方愿意合作。") == {"岸田文雄": ("首相", "日本")}
    assert "岩屋毅" in _speakers("日本外相岩屋毅说,日方愿意对话。")
    # a country's initial only after a boundary (not 当日, nor the end of 穆罕默德)
    assert _speakers("当日总统萨勒表示,塞中是好朋友。") == {"萨勒": ("总统", None)}
    assert _speakers("同日总统萨勒表示,塞中是好朋友。") == {"萨勒": ("总统", None)}
    # no country inside a Chinese place's or people's name; a Chinese list goes on past 韩国华
    assert _speakers("内蒙古自治区政府副主席乌兰表示,要做好工作。")["乌兰"][1] != "蒙古自治区政府"
    assert set(_roles("县委常委李明、韩国华、张伟参加调研。")) == {"李明", "韩国华", "张伟"}
    # a body cut at the country the criticism names
    assert tag_speakers("美国国务院发言人米勒表示,美方关切。")[0].org == "美国国务院"
    # the one condemned is spoken of, where the designation starts at the country
    assert "特朗普" not in _roles("伊朗谴责美国总统特朗普的言论,称其违反国际法。")
    # 副 is the post's, not the body's
    assert _speakers("俄罗斯副外交部长里亚布科夫表示,俄方愿意对话。")["里亚布科夫"][1] == "俄罗斯"
    # a list stops where the next designation's country starts
    text = "巴哈马总督史密斯、安提瓜和巴布达总督威廉斯出席。威廉斯表示,愿加强合作。"
    assert _speakers(text)["威廉斯"] == ("总督", "安提瓜和巴布达") and "安提瓜" not in _roles(text)
    # a pronoun after a meeting convened by someone else named in that clause is not the attendee's
    text = "省委书记王刚22日在省委召开座谈会,副省长李明参加。他指出,要做好工作。"
    assert _roles(text) == {"王刚": "attendee", "李明": "attendee"}
    # a post alone after a meeting convened speaks for the one who holds it
    text = "交通运输部部长李小鹏出席会议。全国交通运输工作会议28日在京召开,部长强调,要加快建设交通强国。"
    assert _roles(text)["李小鹏"] == "speaker"
    # names joined into a list chair together
    assert _roles("总统今天与宜兰县县长吕国华、县议会议长张建荣共同主持开工典礼。") == {"吕国华": "chair", "张建荣": "chair"}
    # two subjects with a day and 分别 before their verb
    text = "波兰总统杜达和北约秘书长斯托尔滕贝格16日分别表示,没有证据表明爆炸是蓄意攻击。"
    assert set(_speakers(text)) == {"杜达", "斯托尔滕贝格"}
    # a foreign minister's ministry is never the Chinese one of that name
    text = "巴西总统府首席部长科斯塔、司法部长莱万多夫斯基出席。莱万多夫斯基表示,愿加强合作。"
    got = {s.name: (s.org, s.org_id) for s in tag_speakers(text)}
    assert got["莱万多夫斯基"] == ("巴西", None)


def test_party_and_army_reports_and_letters() -> None:
    # a full name with 同志 opening its statement, no post given (and 又 inside a name there)
    text = "代表团16日下午分组讨论报告。\n许其亮同志说,报告庄严宣示使命任务。\n张又侠同志说,报告立起行动纲领。"
    assert set(_speakers(text)) == {"许其亮", "张又侠"}
    # 与会同志, 全体同志 are no names
    assert _roles("与会同志表示,要认真学习。向全体同志表示感谢。") == {}
    # 又 inside a name before a reporting verb; not a name of its own in 李强又到
    assert "张又侠" in _speakers("中共中央政治局委员、中央军委副主席张又侠指出,要加强练兵备战。")
    # rarer surnames: 訚 (starts no word); 铁 (starts everyday words, read for a known official)
    assert "訚柏" in _speakers("中央政法委副秘书长訚柏介绍,法治国家建设深入推进。")
    assert "铁凝" in _speakers("全国人大常委会副委员长铁凝在参加湖北代表团审议时说,报告深刻体现时代价值。")
    assert "铁路" not in _roles("局长王明表示,铁路部门要做好春运。")
    # the writer of a letter whose words the report gives speaks, though a meeting reads it out;
    # the reader who then speaks on behalf of the centre speaks too (代表 is no deputy there)
    text = ("少先队第九次全国代表大会27日开幕。中共中央总书记习近平发来贺信。\n习近平在贺信中强调,少年儿童是未来生力军。\n"
            "中共中央政治局委员、中央组织部部长石泰峰在会上宣读习近平的贺信并代表党中央致词。他表示,要深入学习贯彻。")
    assert set(_speakers(text)) == {"习近平", "石泰峰"}
    # demands named and the report going on to others at the meeting: no statement
    text = ("会议传达学习了重要指示。中央军委副主席张又侠围绕确保改革务求实效提出要求。\n"
            "会上,12个单位作了交流发言。")
    assert _roles(text) == {"张又侠": "attendee"}


def test_defence_ministers_and_transliterations() -> None:
    # the head of a body written short after 兼, or last in a chain, heads that body
    for text in ("中央军委委员、国务委员兼国防部长魏凤和表示,要加强合作。", "国务委员兼国防部长魏凤和表示,要加强合作。",
                 "中央军委委员、国务委员、国防部长魏凤和表示,要加强合作。"):
        assert _speakers(text) == {"魏凤和": ("部长", "国防部")}
    # the central military commission and the theatre commands written out
    assert _speakers("中央军委副主席何卫东指出,要加强练兵。")["何卫东"] == ("副主席", "中央军事委员会")
    assert _speakers("东部战区新闻发言人施毅表示,演习检验了联合作战能力。")["施毅"][1] == "中国人民解放军东部战区"
    # transliterated names with 汀, 祖, 卜
    assert _speakers("美国国防部长奥斯汀表示,要加强合作。") == {"奥斯汀": ("部长", "美国国防部")}
    assert "阿祖莱" in _speakers("联合国教科文组织总干事阿祖莱表示,要加强合作。")
    assert "阿卜杜拉希扬" in _speakers("伊朗外长阿卜杜拉希扬表示,愿意合作。")


def test_presenters_in_turn() -> None:
    # presenters listed in turn, each introducing only a matter, are no speakers
    text = ("最高人民法院副院长贺荣介绍了下一步我国在践行司法公正方面的新举措、新思路。\n\n"
            "最高人民检察院副检察长童建明介绍了检察机关在推进全面依法治国方面的相关情况。\n\n"
            "司法部副部长左力介绍了我国在推进全面依法治国中的相关情况。\n\n记者招待会还就知识产权司法保护等问题回答了提问。")
    assert not _speakers(text)
    assert set(_roles(text)) == {"贺荣", "童建明", "左力"}
    # one presenter whose matter the report goes on to tell is a speaker
    text = "交通运输部部长李小鹏介绍交通运输推进供给侧结构性改革的有关情况。全国交通运输行业加快发展。"
    assert "李小鹏" in _speakers(text)
    # the aspects told make it a statement, even in a list in turn
    text = ("中央组织部副部长徐启方从坚持党的全面领导、依规治党等方面,介绍了贯彻落实组织路线的有关情况。\n"
            "中央政策研究室副主任田培炎介绍,党的十八大以来取得重大理论成果。")
    assert set(_speakers(text)) == {"徐启方", "田培炎"}


def test_reports_heard_articles_and_greetings_asked_for() -> None:
    # a report a congress heard whose content the report gives: its presenter speaks (also one
    # who makes it on the State Council's behalf); nothing of it told, no statement
    text = ("会议听取了全国人大常委会副委员长彭清华作的常委会执法检查组关于检查企业国有资产法实施情况的报告。"
            "报告提出,建立健全国有企业和国有资本监管体制。\n"
            "会议听取了财政部部长刘昆受国务院委托作的关于2021年度国有资产管理情况的综合报告。报告提出要持续深化国资国企改革。")
    assert set(_speakers(text)) == {"彭清华", "刘昆"}
    text = ("会议听取了全国人大宪法和法律委员会副主任委员徐辉作的关于无障碍环境建设法草案审议结果的报告。\n"
            "会议听取了全国人大常委会副秘书长杨振武作的关于代表议案审议结果的报告。")
    assert not _speakers(text)
    # an article a journal published, whose words the report gives
    text = ("5月1日出版的第9期《求是》杂志发表中共中央总书记、国家主席、中央军委主席习近平的重要文章《加快建设科技强国》。\n"
            "文章强调,科技事业在党和人民事业中始终具有十分重要的战略地位。")
    assert "习近平" in _speakers(text)
    # a speech recalled as a point in time
    text = "习近平总书记在推进南水北调后续工程高质量发展座谈会上发表重要讲话以来,有关方面认真贯彻落实。"
    assert not _speakers(text)
    # the guest who asks for greetings to be passed on speaks after the one asked; 表示法方…,
    # 表示明年… report (说法, 说明 and 提出明确要求 do not)
    text = "韩正同法国总统马克龙举行会见。\n马克龙请韩正转达对习近平主席的良好祝愿,表示法方视中国为长期可信赖的合作伙伴。"
    assert _roles(text)["马克龙"] == "speaker" and _roles(text).get("习近平") != "speaker"
    assert "王明" in _speakers("局长王明表示明年将继续推进改革。")
    assert "王明" not in _speakers("局长王明说明了情况。")
    # the one whose letter is read out is passed over by the reader's pronoun
    text = ("纪念大会1日在长沙举行。中共中央政治局委员、中央军委副主席张又侠在会上宣读了习近平的贺信。"
            "他指出,要认真学习贯彻习主席重要指示精神。")
    assert _speakers(text) == {"张又侠": ("副主席", "中央军事委员会")}


def test_secretariat_seats_and_numbered_leading_groups() -> None:
    # a seat on the secretariat, like one on the Politburo: the post after it leads
    text = "中共中央书记处书记、中央统战部部长尤权出席会议并讲话。尤权指出,要做好工作。"
    assert _speakers(text) == {"尤权": ("部长", "中央统战部")}
    text = "中共中央书记处书记、中央纪委副书记刘金国在参加宁夏代表团审议时说,完全赞成政府工作报告。"
    assert _speakers(text) == {"刘金国": ("副书记", "中央纪委")}
    # …alone, it is the post
    text = "中共中央政治局常委、中央书记处书记蔡奇出席会议并讲话。蔡奇强调,要做好工作。"
    assert _speakers(text) == {"蔡奇": ("书记", "中共中央书记处")}
    # a leading group numbered by its term, after a post of a standing body: that body's
    text = "中共中央政治局常委、国务院副总理、第24届冬奥会工作领导小组组长韩正主持会议。韩正强调,要做好工作。"
    assert _speakers(text)["韩正"][1] == "国务院"
    # (a term's number after a name starts a designation of its own)
    text = "联合国秘书长古特雷斯、第77届联合国大会主席克勒希表示,江泽民主席是多边合作的倡导者。"
    assert _speakers(text)["克勒希"] == ("主席", "联合国大会")


def test_speeches_named_lectures_and_instructions_in_reports() -> None:
    # a concluding speech named, nothing of it told
    text = "国务委员谌贻琴主持会议并作总结讲话。\n\n文化和旅游部、外交部负责同志作交流发言。"
    assert _roles(text) == {"谌贻琴": "chair"}
    # a lecture to a study session and suggestions named
    text = ("西南政法大学副校长、教授李燕同志就这个问题进行讲解,提出工作建议。中央政治局的同志认真听取讲解,"
            "并进行了讨论。")
    assert "李燕" not in _speakers(text)
    # a matter briefed and demands named, then the meeting's own doings or words
    text = ("国务院事故调查组组长、应急管理部部长张成中主持会议,通报调查安排,提出工作要求。\n\n"
            "会议开始前,与会同志全体肃立默哀。")
    assert "张成中" not in _speakers(text)
    text = "调查组组长、应急管理部副部长宋元明对调查工作提出具体要求。\n\n会议强调,事故调查工作要依法依规。"
    assert "宋元明" not in _speakers(text)
    # an instruction made with the leader's title after the name, and its words
    text = "事故发生后,党中央、国务院高度重视。习近平总书记立即作出重要指示,要求全力救治受伤人员。"
    assert "习近平" in _speakers(text)
    # an instruction a heading gives first and the report tells again, then passed on at a meeting
    text = ("习近平对社会工作作出重要指示强调 推动新时代社会工作高质量发展\n"
            "中共中央总书记、国家主席、中央军委主席习近平近日对社会工作作出重要指示指出,社会工作是党和国家工作的"
            "重要组成部分。\n习近平强调,做好社会工作是全党共同责任。\n中央社会工作会议5日在京召开。会上传达了习近平"
            "重要指示。蔡奇出席会议并讲话。\n蔡奇在讲话中指出,习近平总书记重要指示高屋建瓴。习近平总书记关于社会工作的"
            "重要论述,是习近平新时代中国特色社会主义思想的重要组成部分。")
    assert "习近平" in _speakers(text)
    # a speech whose text the report announces and gives, by the post that refers back
    text = ("蔡英文总统今(29)日上午前往视导花莲佳山基地,并发表重要谈话。\n\n随后,总统驱车前往二号棚厂发表重要谈话,"
            "内容如下:\n\n今天,是我第一次以总统的身份来到这里。")
    assert "蔡英文" in _speakers(text)


def test_review_findings_session_30() -> None:
    # a preposition before a name with 同志 is no surname
    assert _roles("县长王明主持会议。会议决定,向李伟同志表示衷心感谢。") == {"王明": "chair"}
    assert _roles("会上,向全体同志表示感谢。") == {}
    # a name with 同志 is read though nothing else in the text anchors a person
    assert _speakers("解放军和武警部队16日下午分组讨论报告。许其亮同志说,报告庄严宣示使命任务。") == {"许其亮": (None, None)}
    # only the Chinese party's secretariat is a seat the next post leads over
    assert _speakers("越共中央书记处书记、中央办公厅主任黎怀忠表示,越方愿加强合作。")["黎怀忠"][1] == "越共中央书记处"
    assert tag_speakers("共青团中央书记处书记、全国少工委常务副主任王艺作工作报告。王艺表示,要做好工作。")[0].org == "共青团中央"
    # a letter's words given after the letter named in full; the letter read out keeps them its writer's
    text = "大会开幕。中共中央总书记习近平发来贺信。\n习近平在致大会的贺信中指出,互联网是人类的共同家园。"
    assert "习近平" in _speakers(text)
    text = ("大会开幕。中共中央总书记习近平发来贺信。\n习近平在贺信中指出,互联网是共同家园。\n"
            "中共中央政治局委员、中宣部部长黄坤明宣读了习近平的贺信并致辞。")
    assert _roles(text) == {"习近平": "speaker", "黄坤明": "attendee"}
    # (not the one a letter is sent to, 金正恩已经向习近平主席致贺电: pinned by the MFA floor above,
    # which fell to 557 when the recipient kept the words a spokesman relays)
    # 历来 after a name is no part of it
    assert "普京历" not in _roles("俄罗斯总统普京历来表示,俄中关系处于历史最好水平。")
    # 说明 names the matter (明 reports only after 表示, 指出, 强调)
    assert _roles("财政厅厅长王明说明年度预算调整情况。") == {"王明": "attendee"}


def test_second_review_findings_session_30() -> None:
    # the speech whose text follows is the one named in the clause, not another's read out
    text = "开幕式上,国务院副总理丁薛祥宣读了习近平主席的书面致辞,致辞全文如下:女士们,先生们。"
    assert "丁薛祥" not in _speakers(text)
    text = "县长王明主持会议,县委书记李华发表讲话,内容如下:同志们。"
    assert _roles(text) == {"王明": "chair", "李华": "speaker"}
    # 明天, 明年 after a verb report; 说明年度 is 说明
    assert "郑栅洁" in _speakers("国家发展改革委主任郑栅洁宣布明天起调整油价。")
    assert "汪文斌" in _speakers("外交部发言人汪文斌说明年是中俄建交75周年。")
    # a surname 向 before a given name with 同志 is a name
    assert "向德平" in _speakers("县长王明主持会议。向德平同志说,要抓好落实。")


def test_taiwan_releases_words_and_foreign_guests_session_31() -> None:
    # a new envoy of a state Taiwan spells its own way, read by name and post afterwards
    text = ("蔡英文总统今(13)日上午接受史瓦帝尼王国新任驻台特命全权大使蒙西比呈递到任国书。\n\n"
            "随后,蒙西比大使致词时表示,今日他非常荣幸向总统呈递到任国书。")
    assert _speakers(text) == {"蒙西比": ("大使", "史瓦帝尼王国驻台")}
    # a country before the word of tenure (not the tenure word as the body)
    assert _speakers("史瓦帝尼新任大使蒙西比表示,两国关系密切。") == {"蒙西比": ("大使", "史瓦帝尼")}
    # a foreign president in Taiwan's spelling, then the name with the post
    text = "蔡英文总统今(17)日上午偕同巴拉圭共和国总统阿布铎视导空军基地。\n\n阿布铎总统致词时表示,他很荣幸来到这里。"
    assert _speakers(text)["阿布铎"] == ("总统", "巴拉圭共和国")
    # the relayer of talks, and then by surname and post
    text = "会后,国家安全会议副秘书长蔡明彦转述相关会谈内容。\n\n蔡副秘书长表示,双方讨论了区域安全。"
    assert "蔡明彦" in _speakers(text)
    # a ruling given in points, by the post that refers back
    text = ("蔡英文总统在下午两点召开国安高层会议。\n\n会后,总统也做出四点裁示如后:\n\n"
            "第一、请国安会持续密切关注情势的最新发展。")
    assert _roles(text) == {"蔡英文": "speaker"}
    # (a ruling merely named, with nothing of it given, is none)
    assert _roles("蔡英文总统在下午两点召开国安高层会议。会后,总统做出裁示。") == {"蔡英文": "attendee"}


def test_a_group_named_then_they_said_session_31() -> None:
    # the leaders a sentence names as its subjects, then 他们 with a reporting verb
    text = ("会议在北京举行。\n刚果(布)总统萨苏、吉布提总统盖莱、莫桑比克总统纽西等非方领导人出席会议并致辞。"
            "他们高度评价中方提出的全球安全倡议。")
    assert set(_speakers(text)) == {"萨苏", "盖莱", "纽西"}
    text = "论坛开幕。新加坡总理黄循财、斯里兰卡议长维克拉马拉特纳等先后致辞,韩国总理金民锡视频致辞。他们表示,中国的发展为亚洲带来了机遇。"
    assert set(_speakers(text)) == {"黄循财", "维克拉马拉特纳", "金民锡"}
    # not those met by one host (他们 may be anyone there), nor a single person
    text = "国家主席习近平在人民大会堂会见越南总理范明政和老挝总理宋赛。他们表示,愿同中方加强合作。"
    assert not any(role == "speaker" for role in _roles(text).values())
    assert _roles("县长王明出席会议。他们表示,要抓好落实。") == {"王明": "attendee"}


def test_a_concluding_speech_whose_demands_are_only_named_session_31() -> None:
    text = ("中央经济工作会议在北京举行。习近平出席会议并发表重要讲话。中共中央政治局常委李强、赵乐际出席会议。\n"
            "李强作总结讲话,对贯彻落实习近平总书记重要讲话精神、做好明年经济工作提出要求。\n会议指出,今年是很不平凡的一年。")
    assert "李强" not in _speakers(text)
    # (the demands told after the colon are his words)
    text = "县委书记李华作总结讲话,对做好下一步工作提出要求:一要压实责任,二要狠抓落实。"
    assert "李华" in _speakers(text)


def test_a_question_answered_and_a_call_on_the_president_session_31() -> None:
    # the one whose question is answered does not speak the answerer's words
    text = "世界经济论坛主席施瓦布主持。致辞后,李强就人工智能全球治理等问题回答了施瓦布的提问,强调要坚持以人为本。"
    assert _roles(text) == {"施瓦布": "chair", "李强": "speaker"}
    # 晋见 (Taiwan's call on a superior) is no name before the post
    text = "总统接见保龄球代表队。\n率领我国参赛的保龄球协会理事长黄文尧上午在晋见总统时表示,我国表现优异。"
    assert "晋见" not in _roles(text)


def test_deputies_at_the_press_passage_session_31() -> None:
    # 曾 opens a name whose pairs are no words (not 曾多次, "more than once")
    assert _speakers("全国政协委员曾毓群介绍,我国新能源产业坚持自主创新。") == {"曾毓群": ("全国政协委员", None)}
    assert _speakers("全国政协委员曾多次表示,要坚持创新。") == {}
    # a deputy opening a clause, then 他/她 in the same sentence
    text = "当下,教育“双减”颇受社会关注,全国政协委员李有毅分享了来自教育一线的观察,她认为,“双减”的实施就是推动教育回归。"
    assert "李有毅" in _speakers(text)
    text = "首先走上“委员通道”的全国政协委员周建平,带来了不少好消息,他说,今年五月,我国将进入空间站建造阶段。"
    assert "周建平" in _speakers(text)
    # (so does a feature's: 党的十八大以来,习近平总书记三次到广东考察,他指出)
    text = "梅州曾是中央苏区。党的十八大以来,习近平总书记三次到广东考察,他指出,城乡区域发展不平衡是最大短板。"
    assert "习近平" in _speakers(text)
    # the name set off by a comma, then the occasion of the verb
    text = "长期从事电池研究的全国人大代表陈军,在回答有关新能源电池研发的问题时表示,未来两年要突破固态电池研发。"
    assert _speakers(text) == {"陈军": ("全国人大代表", None)}
    assert "王明" in _speakers("县长王明主持会议,在讲话中强调,要抓好落实。")


def test_a_decision_read_out_is_no_statement_session_31() -> None:
    text = "会议传达学习了重要讲话精神。石泰峰宣布二十届中央第七轮巡视组长授权任职和任务分工决定,刘金国主持会议。"
    assert "石泰峰" not in _speakers(text)
    # (a decision whose content follows is told)
    assert "华春莹" in _speakers("外交部发言人华春莹宣布中方决定对美国有关人员实施制裁。")


def test_a_seat_in_an_assembly_is_the_title_with_no_body_session_31() -> None:
    # as the gold writes deputies and members (唐冠军, 全国人大代表, no organisation)
    assert _speakers("全国人大代表陈军表示,要突破固态电池。") == {"陈军": ("全国人大代表", None)}
    assert _speakers("全国政协委员李有毅表示,双减要落实。") == {"李有毅": ("全国政协委员", None)}
    assert _speakers("党的十九大代表王淑芳表示,要做好快递服务。") == {"王淑芳": ("党的十九大代表", None)}
    # (a post in the assembly's standing body keeps its body)
    assert _speakers("全国人大常委会委员王明表示,要落实。") == {"王明": ("委员", "全国人大常委会")}
    assert _speakers("全国政协常委王明表示,要落实。") == {"王明": ("常委", "全国政协")}
    # 党和国家…, 中央和国家…: one body, not two joined
    text = "党和国家功勋荣誉表彰工作委员会主任蔡奇宣读决定。蔡奇强调,要做好工作。"
    assert _speakers(text) == {"蔡奇": ("主任", "党和国家功勋荣誉表彰工作委员会")}
    text = "中央和国家机关工委书记蔡奇出席并讲话。蔡奇强调,要做好工作。"
    assert _speakers(text) == {"蔡奇": ("书记", "中央和国家机关工作委员会")}


def test_an_honorary_title_holds_no_verb_session_31() -> None:
    # 荣誉称号: 称 there is no "said"
    text = "中央军委副主席许其亮宣读习近平签署的中央军委授予“八一勋章”和荣誉称号的命令,中央军委副主席张又侠主持仪式。"
    assert _roles(text) == {"许其亮": "attendee", "张又侠": "chair"}
    assert "华春莹" in _speakers("外交部发言人华春莹称,中方坚决反对。")


def test_those_met_greeted_then_exhorted_session_31() -> None:
    text = ("表彰大会30日上午在京举行。中共中央总书记、国家主席、中央军委主席习近平亲切会见受表彰代表,"
            "向他们表示诚挚问候和热烈祝贺,勉励他们牢记使命责任、勇于担当作为。")
    assert _roles(text) == {"习近平": "speaker"}
    # (greeted only: no words of his)
    assert _roles("国家主席习近平亲切会见受表彰代表,向他们表示热烈祝贺。") == {"习近平": "attendee"}


def test_demands_named_after_a_list_mark_session_31() -> None:
    text = "国务院调查组组长、应急管理部副部长宋元明通报调查安排、提出工作要求。\n会议强调,要彻查事故原因。"
    assert _roles(text) == {"宋元明": "attendee"}


def test_review_findings_session_31() -> None:
    # another voice earlier in the sentence, or a name owning a noun, keeps the pronoun off the mention
    assert _roles("说起这些变化,村民老赵很感慨,县委书记刘强带领大家修了路,他说现在日子越过越好。") == {"刘强": "attendee"}
    assert "speaker" not in _roles("网友纷纷留言,国家主席习近平的讲话让人振奋,他表示深受鼓舞。").values()
    # hosts who met or visited people left unnamed do not take their words
    assert _roles("省长张三、副省长李四慰问了一线环卫工人。他们纷纷表示,一定坚守岗位。") == {"张三": "attendee", "李四": "attendee"}
    text = "美中关系全国委员会董事会主席格林伯格、美中贸易全国委员会会长艾伦等美方代表在发言中感谢习近平主席拨冗会见。他们表示,中国经济增长非凡。"
    assert {"格林伯格", "艾伦"} <= set(_speakers(text))
    # a decision whose content follows the comma is told; only one on posts or honours is read out
    assert "李强" in _speakers("国务院总理李强宣布中方决定,向受灾国家提供紧急人道主义援助。")
    # 称职业, 称职工: 称 reports
    assert "怀进鹏" in _speakers("教育部部长怀进鹏称职业教育大有可为。")
    # 曾 before a count or a word of writing is "once"
    assert _speakers("美方发言人曾三度表示,要加强合作。") == {}
    assert _speakers("中心主任曾著文指出,要加强合作。") == {}
    # a passive clause before the occasion: said of the person, not by them
    assert "李明" not in _speakers("副省长李明被立案审查,在通报中指出其严重违纪。")
    # the seat first in a chain is written so too
    assert _speakers("全国人大代表、省委书记张三表示,要落实。") == {"张三": ("全国人大代表、省委书记", None)}


def test_an_address_whose_words_are_told_session_31() -> None:
    text = ("全国工商联第十三次全国代表大会在北京开幕。中共中央政治局常委李强出席开幕会,并代表中共中央、国务院致贺词。\n"
            "贺词指出,党的十八大以来,民营经济发展壮大。")
    assert "李强" in _speakers(text)
    # (an address named, nothing of it told)
    assert _roles("县长王明出席并致辞。会议指出,要抓好落实。") == {"王明": "attendee"}


def test_the_matter_of_an_answer_is_no_speaker_session_33() -> None:
    # a name inside 就…答记者问, however far after 就, is what the answer is about
    text = ("外交部发言人陆慷就联合国大会核准智利前总统巴切莱特为下任人权高专答记者问\n"
            "问:中方有何评论?\n答:中方欢迎联合国大会核准巴切莱特女士担任人权高专,对巴切莱特女士表示祝贺。")
    assert _speakers(text) == {"陆慷": ("发言人", "外交部")}


def test_foreign_posts_and_names_session_33() -> None:
    # commanders, a crown prince, an attorney-general, a first deputy envoy, members of parliaments
    assert _speakers("伊朗伊斯兰革命卫队海军副司令阿克巴尔扎德表示,伊朗并不寻求战争。") == {
        "阿克巴尔扎德": ("副司令", "伊朗伊斯兰革命卫队海军")}
    assert _speakers("沙特阿拉伯王储穆罕默德表示,沙特尊重伊朗主权。") == {"穆罕默德": ("王储", "沙特阿拉伯")}
    assert _speakers("俄勒冈州总检察长雷菲尔德表示,关税政策是非法的。") == {"雷菲尔德": ("总检察长", "俄勒冈州")}
    assert _speakers("俄罗斯常驻联合国第一副代表波利扬斯基表示,俄方才会重返协议。") == {
        "波利扬斯基": ("第一副代表", "俄罗斯常驻联合国")}
    # 议会议员 is read whole (会议 would take its characters), then split into body and seat
    assert _speakers("欧洲议会议员迪吕波表示,美国的做法对欧洲构成挑战。") == {"迪吕波": ("议员", "欧洲议会")}
    assert _speakers("美国国会议员格林表示,关税伤害家庭。") == {"格林": ("议员", "美国国会")}
    # the White House speaks through its spokespeople
    assert _speakers("白宫发言人莱维特表示,美国政府将应对贸易赤字。") == {"莱维特": ("发言人", "白宫")}
    # 朴, Korea's surname, once named with the post
    text = "李强同朝鲜内阁总理朴泰成举行会谈。\n李强表示,中方愿加强合作。\n朴泰成表示,朝方愿落实好共识。"
    assert "朴泰成" in _speakers(text)
    assert _speakers("她的生活很朴素表示满意。") == {}


def test_a_body_s_release_relays_its_officials_words_session_33() -> None:
    text = "伊朗总统府27日发表声明称,伊朗总统佩泽希齐扬当天与沙特王储通话时表示,美国的威胁只会导致动荡。"
    assert "佩泽希齐扬" in _speakers(text)
    # (a meeting's statement still holds what it cites)
    assert _roles("会议指出,李强总理强调要抓好落实。").get("李强") != "speaker"


def test_taiwan_s_surname_and_post_references_session_33() -> None:
    text = "记者会由外交部次长刘德立说明出访行程。\n刘次长表示,本次出访主轴为同庆之旅。"
    assert _speakers(text) == {"刘德立": ("次长", "外交部")}


def test_remarks_made_and_a_doctrine_do_not_make_a_leader_studied_session_33() -> None:
    # 作出一系列重要论述: remarks he made, no guidance of his studied that would outweigh his words
    text = ("城乡融合发展是中国式现代化的必然要求。习近平总书记指出,要构建新型城乡关系。\n"
            "党的十八大以来,习近平总书记围绕推动城乡融合发展作出一系列重要论述。")
    assert "习近平" in _speakers(text)
    # a doctrine named after him does not outweigh the words the report gives
    text = ("【在习近平新时代中国特色社会主义思想指引下】坚持绿色发展\n生态文明建设是根本大计。"
            "习近平总书记强调,良好生态环境是最普惠的民生福祉。\n在习近平生态文明思想指引下,我国生态文明建设持续推进。")
    assert "习近平" in _speakers(text)
    # guidance studied still is (学习…重要讲话精神)
    assert "习近平" not in _speakers("会议传达学习了习近平总书记重要讲话精神。会议强调,要抓好落实。")


def test_told_the_reporter_consuls_and_a_speech_s_words_session_33() -> None:
    # 告诉记者: opens the official's words, no reporter's turn
    text = "固原市委副书记、西吉县委书记白学贵告诉记者:“西吉县已形成了四级良繁体系。”"
    assert _speakers(text) == {"白学贵": ("书记", "西吉县委")}
    # (a reporter's turn still is one: the spokesperson answers)
    assert _speakers("新华社记者:中方如何评价?\n耿爽:我们欢迎。\n问:还有吗?\n耿爽:没有。") == {"耿爽": (None, None)}
    # consuls
    assert _speakers("中国驻圣保罗总领馆副总领事孙仁安在致辞中说,圣保罗是巴西最大的经济中心。") == {
        "孙仁安": ("副总领事", "中国驻圣保罗总领馆")}
    # the post alone, then the words of the speech named before (总统在谈话中指出)
    text = "李总统登辉先生今天向侨胞发表除夕谈话。\n总统在谈话中指出,过年是团聚的日子。"
    assert _speakers(text) == {"李登辉": ("总统", None)}


def test_governors_bureau_chiefs_advisers_and_leaders_abroad_session_33() -> None:
    text = "美国犹他州州长考克斯和联邦调查局局长帕特尔12日证实,嫌疑人已被捕。考克斯还说,政治暴力犯罪正在蔓延。"
    assert _speakers(text) == {"考克斯": ("州长", "美国犹他州"), "帕特尔": ("局长", "联邦调查局")}
    # a post on social media (not a document sent on: 下发文件, review finding)
    assert "迪亚斯-卡内尔" in _speakers("古巴国家主席迪亚斯-卡内尔3日在社交媒体发文,批评美国延长封锁。")
    assert _roles("市应急管理局局长王建军下发文件,部署防汛工作。") == {"王建军": "attendee"}
    assert _roles("市长张三签发文件,部署防汛工作。").get("张三") != "speaker"
    assert _speakers("伊朗总统顾问哈塔米表示,伊朗不会谈判。") == {"哈塔米": ("总统顾问", "伊朗")}
    # 近期 ends a dotted name
    assert "布鲁斯·艾尔沃德" in _speakers("世卫组织总干事高级顾问布鲁斯·艾尔沃德近期表示,疫情仍在蔓延。")
    # (a body's document issued is no one's statement; a fact confirmed by an inquiry neither)
    assert _speakers("国务院办公厅发文,要求各地做好安全生产。") == {}
    assert _speakers("经调查证实,嫌疑人已被捕。") == {}


def test_the_one_whose_report_a_meeting_heard_session_33() -> None:
    # 会议听取了…作的汇报, nothing of it told: heard, no speaker
    text = "会议听取了大会副秘书长、全国人大常委会秘书长刘奇作的大会秘书处关于政府工作报告审议和修改情况的汇报,审议了决议草案。"
    assert "刘奇" not in _speakers(text)
    # (its content told is still theirs)
    assert "李小鹏" in _speakers("会议听取了交通运输部部长李小鹏作的工作报告。报告指出,要加快建设交通强国。")


def test_review_findings_session_33() -> None:
    # 下发文件 and 被证实 report nothing of theirs
    assert _roles("市应急管理局局长王建军下发文件,部署防汛工作。") == {"王建军": "attendee"}
    assert "李建国" not in _speakers("经查,原副县长李建国被证实收受他人财物,已被移送检察机关。")
    # the 就 of 成就 or 就业, and a headline's dash, open no matter of an answer
    text = "十年成就举世瞩目——国家统计局局长康义答记者问\n问:经济形势如何?\n答:经济运行总体平稳。"
    assert _speakers(text) == {"康义": ("局长", "国家统计局")}
    # remarks a meeting's statement passes on stay studied
    text = ("省安委会召开全体会议。会议指出,党的十八大以来,习近平总书记就安全生产作出一系列重要论述,深刻回答了一系列"
            "重大问题。习近平总书记强调,人民至上、生命至上。会议要求,各地要认真贯彻落实。")
    assert "习近平" not in _speakers(text)
    # 领袖 is no post (a party named 领袖党 is a party; 人民领袖 an honorific)
    assert "党主席" not in _roles("瓦努阿图领袖党主席、政府总理纳帕特表示,愿同中方合作。")
    # what a party's members do or hold is no name
    assert _roles("民主党方面指责特朗普向共和党议员施压,阻挠国会通过边境安全法案。") == {}
    assert _roles("英国举行地方选举,涉及英格兰地区约5000个地方议员席位。") == {}
    # a former holder's 前 and a clause's time word are no part of the body; nor is one who appoints
    assert _speakers("国家邮政局前局长马军胜表示,要做好工作。") == {"马军胜": ("局长", "国家邮政局")}
    assert _roles("目前玻利维亚前陆军司令苏尼加被捕,他表示不服。") == {"苏尼加": "attendee"}
    assert _speakers("伊朗最高领袖任命伊朗陆军总司令穆萨维为总参谋长。穆萨维表示,愿意效力。")["穆萨维"][1] == "伊朗陆军"
    # a reporter told through their outlet
    assert "白学贵" in _speakers("县委书记白学贵告诉总台记者:“今年我们新建了三座水库。”")
