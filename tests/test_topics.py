"""Topic tagging: golden cases, one test per context rule, evidence offsets, the topic table,
and the floors reached on the real dev pages."""

from __future__ import annotations

import json
import math
import tomllib
from pathlib import Path

import pytest
import zhconv_rs
from hypothesis import given, settings
from hypothesis import strategies as st

from policydata.resources import resource_path
from policydata.tag import topics
from policydata.tag.topics import TermMatcher, load_topics, tag_topics

GOLDEN = Path(__file__).parent / "golden" / "topics"
SHARED = Path(__file__).resolve().parents[2] / "shared"

CORE = [
    "green_packaging",
    "green_development",
    "safety_supervision",
    "peak_season",
    "party_building",
    "transport_power",
    "technology_innovation",
    "consumer_rights",
    "service_quality",
    "rural_delivery",
    "reform_regulation",
    "high_quality_development",
    "epidemic_response",
    "logistics_efficiency",
    "worker_rights",
    "international",
    "publicity",
    "business_statistics",
]
CAP_MAJOR = {
    1: "Macroeconomics",
    2: "Civil Rights",
    3: "Health",
    4: "Agriculture",
    5: "Labor",
    6: "Education",
    7: "Environment",
    8: "Energy",
    9: "Immigration",
    10: "Transportation",
    12: "Law and Crime",
    13: "Social Welfare",
    14: "Housing",
    15: "Domestic Commerce",
    16: "Defense",
    17: "Technology",
    18: "Foreign Trade",
    19: "International Affairs",
    20: "Government Operations",
    21: "Public Lands",
    23: "Culture",
}


def tagged(text: str) -> set[str]:
    return set(tag_topics(text)[1])


# --- golden cases ------------------------------------------------------------------------------

GOLDEN_FILES = sorted(GOLDEN.glob("*.json"))


def test_golden_cases_exist():
    assert len(GOLDEN_FILES) >= 20


@pytest.mark.parametrize("path", GOLDEN_FILES, ids=[p.stem for p in GOLDEN_FILES])
def test_golden(path: Path):
    case = json.loads(path.read_text(encoding="utf-8"))
    assert tagged(case["text"]) == set(case["expected"]), case["note"]


# --- context rules -----------------------------------------------------------------------------


def test_term_inside_organisation_name_is_no_evidence():
    assert tagged("交通运输部召开会议。") == set()
    assert "safety_supervision" not in tagged(
        "国家邮政局邮政业安全中心、应急管理部、安全生产委员会办公室派员出席。"
    )
    assert "reform_regulation" not in tagged("国家邮政局市场监管司负责人出席。")
    # the same words outside a name are evidence
    assert "safety_supervision" in tagged("要强化应急管理,抓好安全生产。")
    assert "reform_regulation" in tagged("要加强市场监管,规范市场秩序。")


def test_organisation_tail_does_not_swallow_ordinary_words():
    # 部署, 处置 start with a suffix character but are no names
    assert "safety_supervision" in tagged("会议对安全生产部署了重点工作,要求做好应急处置。")


def test_negation_takes_a_term_out():
    assert tagged("本次调整不涉及快递包装。") == set()
    assert tagged("这次停运与疫情防控无关。") == set()
    # an ordinary 未 does not negate the topic: reporting no accidents is reporting on safety
    assert "safety_supervision" in tagged("全年未发生重大安全事故,安全生产形势稳定。")


def test_generic_terms_alone_never_tag():
    many_weak = "安全、安全、安全,创新、创新,国际、国际、全球,物流、畅通,服务、服务。"
    assert tagged(many_weak) == set()
    # one strong term does
    assert tagged("推动科技创新。") == {"technology_innovation"}


def test_medium_terms_need_support():
    assert tagged("疫情。") == set()
    assert tagged("疫情形势严峻,做好消毒工作。") == {"epidemic_response"}


def test_repetition_adds_little():
    # one medium term repeated many times stays below the threshold
    assert "epidemic_response" not in tagged("疫情。疫情。疫情。疫情。疫情。疫情。")


def test_headline_lists_are_navigation():
    prose = "会议要求压实安全生产责任,深入开展隐患排查治理。\n"
    links = "上一篇:推动邮政快递业高质量发展再上新台阶\n下一篇:疫情防控工作取得积极成效各地持续推进\n"
    assert tagged(prose + links) == {"safety_supervision"}
    # a run of headline-like lines inside the body is a link list too
    run = "全国快递业务量保持较快增长各地持续推进\n疫情防控工作取得积极成效各地持续推进\n"
    assert tagged(prose + run + prose) == {"safety_supervision"}
    # a title at the top is not navigation
    assert "high_quality_development" in tagged("推动邮政快递业高质量发展\n会议指出,要抓好重点工作。")


def test_word_context_rule_from_the_topic_file():
    assert "safety_supervision" not in tagged("要守牢生态环境安全底线。")
    assert "safety_supervision" in tagged("要守牢安全底线。")
    assert "publicity" not in tagged("国务院新闻办公室举行新闻发布会,介绍有关情况。")


def test_sentence_context_rule_from_the_topic_file():
    assert "peak_season" not in tagged("国庆假期拉动消费,中秋长假餐饮火爆。")
    assert "peak_season" in tagged("国庆假期,各地做好运输服务保障,全力保障旅客出行安全。")
    assert "rural_delivery" not in tagged("全面推进乡村振兴,促进农民增收,改善农村人居环境。")
    assert "rural_delivery" in tagged("农村快递网点加快建设,乡镇快递服务网点实现全覆盖。")


def test_rules_of_topic_file_2026_11_29_4():
    # a harvest's or a migration's peak is no delivery peak season
    assert "peak_season" not in tagged("眼下正是秋粮收购高峰期,各地粮库加紧收购。")
    assert "peak_season" in tagged("快递业务进入高峰期,各企业加强运输保障,确保快件及时投递。")
    # an old craft is no legal system; a naval drill's emergency handling is no work safety
    assert "reform_regulation" not in tagged("当地传承古法制香技艺,带动村民增收。")
    assert "safety_supervision" not in tagged("舰艇编队开展综合执法演练,检验联合巡航、应急处置能力。")
    assert "safety_supervision" in tagged("各地加强应急处置,全力防范化解重大安全风险。")
    # net zero, and Taiwan's words for the digital transition and AI
    assert "green_development" in tagged("2050年净零转型是全世界的目标。")
    assert "technology_innovation" in tagged("政府将协助中小企业数位转型。")


def test_rules_of_topic_file_2026_11_30_1():
    # disaster relief and typhoon precautions are emergency response
    assert "safety_supervision" in tagged("南方强降雨仍在持续,各地全力抢险救灾。")
    assert "safety_supervision" in tagged("台铁公司加强防台措施,并启动防台应急响应。")
    # an epidemic's risk areas, the service industry and residents' income are other things
    assert "safety_supervision" not in tagged("对中高风险地区人员加强管控,做好风险地区人员排查。")
    assert "service_quality" not in tagged("服务业增加值增长,服务贸易规模扩大,坚持为人民服务。")
    assert "worker_rights" not in tagged("城乡居民收入稳步增长,农民收入增速快于城镇居民收入,就业形势稳定。")
    assert "worker_rights" in tagged("保障快递员劳动报酬,提高一线快递员收入。")


def test_rules_of_topic_file_2026_11_30_18():
    # market order kept and credit rules are regulation; a safety check's enforcement is not
    assert "reform_regulation" in tagged("市场监管部门严格市场准入,维护市场流通秩序,打击制假售假行为。")
    assert "reform_regulation" in tagged("要求各地社会信用体系建设牵头部门完善失信惩戒机制。")
    assert "reform_regulation" in tagged("推进邮政政企分开,组建国家邮政局和中国邮政集团公司。")
    assert "reform_regulation" not in tagged("严厉打击烟花爆竹非法生产等违法行为,抓好重点领域专项整治,依法开展监督检查。")
    assert "reform_regulation" not in tagged("中央纪委国家监委对其严重违纪违法问题立案审查调查。")
    # green logistics; an industry made green needs support
    assert "green_development" in tagged("当前绿色物流发展滞后,要加快推广新能源配送车辆。")
    assert "green_development" not in tagged("推动制造业绿色化升级。")
    # transport or circulation costs cut
    assert "logistics_efficiency" in tagged("要降低企业运输成本,提高运输效率。")
    assert "logistics_efficiency" not in tagged("运输成本较高的地区,企业经营困难。")
    # cues inside other words (强降雨, 下降) cut no costs; counterfeiting, a trading order or a
    # retrofit named alone in other news say nothing of market order or green development
    for text in ("强降雨推高了蔬菜运输成本,菜价有所上涨。", "受油价下降影响运输成本有所回落。"):
        assert "logistics_efficiency" not in tagged(text), text
    assert "reform_regulation" not in tagged("公安机关破获一起制假售假案件,抓获犯罪嫌疑人12名。")
    assert "reform_regulation" not in tagged("学校加强校园周边经营秩序整治,保障师生安全。")
    assert "green_development" not in tagged("医院完成门诊大楼节能改造。")
    # output reported in figures
    assert "business_statistics" in tagged("今年我国粮食产量预计将首次突破1.4万亿斤。")


def test_title_rule_from_the_topic_file():
    # a term inside a 《…》 title is a name cited, not acted on; outside the title it counts
    assert "epidemic_response" not in tagged("会议审议《国家公共卫生应急体系建设规划》。")
    assert "epidemic_response" in tagged("会议强调要完善公共卫生应急体系。")
    # an unclosed or earlier-closed title mark does not swallow the hit
    assert "epidemic_response" in tagged("《规划》印发后,各地完善公共卫生应急体系。")
    assert "epidemic_response" in tagged("《各地完善公共卫生应急体系。\n第二行》")


def test_context_terms_count_as_one_piece_of_evidence():
    # two context terms are one medium piece of evidence with a repeat share, never a tag
    text = "以习近平新时代中国特色社会主义思想为指导,党的十八大以来,党的二十大提出,党的十九大指出。"
    score = tag_topics(text + "要加强党员教育。")[1]
    assert "party_building" not in tagged(text)
    # with real support (党员, medium) the pooled context (0.5 + 2 × 0.125) makes the tag
    assert "party_building" in score
    # one context mention with generic support stays below the threshold
    assert "party_building" not in tagged("党的十八大以来,要学习贯彻。")


def test_words_hidden_in_longer_words_are_no_evidence():
    # 复工 inside 修复工程 is no return to work (口罩 alone is only medium)
    assert "epidemic_response" not in tagged("推进湿地修复工程,口罩等物资储备充足。")
    assert "epidemic_response" in tagged("企业有序复工,口罩等物资储备充足。")
    # 新技术 inside 高新技术 names an industry class
    assert "technology_innovation" not in tagged("高新技术企业达到60家。")


def test_upgrade_rule_from_the_topic_file():
    assert "reform_regulation" in tagged("要深化国有企业改革。")
    # the cue must stand in the hit's own clause
    assert "reform_regulation" not in tagged("要深化合作,加快改革。")
    assert "reform_regulation" not in tagged("这次改革很成功。")


def test_table_rejects_unknown_rule_terms():
    data = tomllib.loads(resource_path("topics.toml").read_text(encoding="utf-8"))
    bad = json.loads(json.dumps(data))
    bad["topics"]["publicity"]["context"] = ["不存在的词"]
    with pytest.raises(ValueError, match="context"):
        topics._build_table(bad)
    bad = json.loads(json.dumps(data))
    bad["topics"]["publicity"]["upgrade"] = [
        {"term": "不存在的词", "weight": "strong", "clause_before": ["深化"]}
    ]
    with pytest.raises(ValueError, match="upgrades"):
        topics._build_table(bad)


def test_precedence_rule_from_the_topic_file():
    text = "快递过度包装带来的环境污染和生态问题不容忽视。"
    assert tagged(text) == {"green_packaging"}
    # the same green words in their own sentence still count for green development
    assert "green_development" in tagged(text + "要持续推进节能减排和生态保护。")


def test_confidence_grows_with_evidence():
    _, one = tag_topics("推动高质量发展。")
    _, three = tag_topics("推动高质量发展。坚持高质量发展。实现高质量发展。")
    assert 0.5 <= one["high_quality_development"] < three["high_quality_development"] < 1.0


# --- evidence offsets --------------------------------------------------------------------------


def check_hits(text: str) -> None:
    hits, confidence = tag_topics(text)
    for hit in hits:
        assert text[hit.start : hit.end] == hit.term
        assert text[hit.sentence_start : hit.sentence_start + len(hit.sentence)] == hit.sentence
        assert hit.sentence_start <= hit.start and hit.end <= hit.sentence_start + len(hit.sentence)
        assert hit.term in hit.sentence
        assert hit.topic_id in confidence
    for value in confidence.values():
        assert 0.5 <= value < 1.0
    assert {h.topic_id for h in hits} == set(confidence)


def test_hits_point_at_their_terms():
    text = "“推动高质量发展。”\n会议强调,要抓好安全生产!坚持疫情防控?推进快递进村;深化改革。"
    check_hits(text)
    hits, _ = tag_topics(text)
    assert {h.term for h in hits} >= {"高质量发展", "安全生产", "疫情防控", "快递进村", "深化改革"}
    hqd = next(h for h in hits if h.term == "高质量发展")
    assert hqd.sentence == "“推动高质量发展。”"


def test_long_sentence_evidence():
    # the sentence start lies further back than the first look-back window
    text = "前文。会议" + "很" * 400 + "推动高质量发展。后文"
    check_hits(text)
    hits, _ = tag_topics(text)
    assert hits[0].sentence_start == 3 and hits[0].sentence.endswith("高质量发展。")


ALL_TERMS = sorted({t for d in load_topics() for t in d.terms})
PIECES = ALL_TERMS + list("。,!?;:\n 部局中心办") + ["相关新闻\n", "不涉及", "无关", "委员会", "生态环境"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40).map("".join))
def test_offsets_property(text):
    check_hits(text)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=300))
def test_never_raises_on_any_text(text):
    check_hits(text)


def test_empty_and_plain_text():
    assert tag_topics("") == ([], {})
    assert tag_topics("今天天气很好。") == ([], {})


# --- matcher -----------------------------------------------------------------------------------


def test_matcher_backends_agree():
    pytest.importorskip("ahocorasick_rs")
    terms = ["交通", "交通强国", "强国建设", "安全", "安全生产", "生产", "国家邮政局"]
    rs, py = TermMatcher(terms, backend="rs"), TermMatcher(terms, backend="py")
    assert rs.backend == "rs" and py.backend == "py"
    texts = ["加快交通强国建设,抓好安全生产", "国家邮政局", "交通安全生产交通强国建设", ""]
    texts += ["".join(p) for p in zip(PIECES[::3], PIECES[1::3], PIECES[2::3])]
    for text in texts:
        assert [tuple(m) for m in rs.find(text)] == [tuple(m) for m in py.find(text)]
    assert [tuple(m) for m in py.find("加快交通强国建设")] == [(1, 2, 6)]


def test_matcher_rejects_empty_terms():
    with pytest.raises(ValueError):
        TermMatcher(["安全", ""])


# --- the topic table ---------------------------------------------------------------------------


def test_topic_table():
    defs = load_topics()
    ids = [d.id for d in defs]
    assert set(CORE) <= set(ids)
    assert len(ids) == len(set(ids))
    for d in defs:
        assert d.version == topics.TOPICS_VERSION
        assert d.terms and d.n_terms == len(d.terms)
        assert CAP_MAJOR[d.cap_code] == d.cap_label
        assert d.as_row() == {
            "topic_id": d.id,
            "name_zh": d.name_zh,
            "cap_code": d.cap_code,
            "cap_label": d.cap_label,
            "n_terms": d.n_terms,
            "version": d.version,
        }


def test_topic_file_is_simplified_and_consistent():
    data = tomllib.loads(resource_path("topics.toml").read_text(encoding="utf-8"))
    assert data["version"]
    for topic_id, spec in data["topics"].items():
        words = spec.get("strong", []) + spec.get("medium", []) + spec.get("weak", [])
        for rule in spec.get("exclude", []) + spec.get("needs", []):
            words += rule.get("preceded_by", []) + rule.get("followed_by", [])
            words += rule.get("terms", []) + rule.get("sentence_has", []) + rule.get("sentence_lacks", [])
        for word in words:
            assert zhconv_rs.zhconv(word, "zh-cn") == word, (topic_id, word)
        for rule in spec.get("needs", []):
            assert set(rule["terms"]) <= set(words), topic_id
        for rule in spec.get("upgrade", []):
            assert rule["weight"] in topics.WEIGHTS, topic_id
            words += rule.get("clause_before", []) + rule.get("clause_after", [])
        for word in words:
            assert zhconv_rs.zhconv(word, "zh-cn") == word, (topic_id, word)
        assert set(spec.get("context", [])) <= set(spec.get("medium", []) + spec.get("weak", [])), topic_id


def test_topics_version_is_exposed():
    assert isinstance(topics.TOPICS_VERSION, str) and topics.TOPICS_VERSION
    with pytest.raises(AttributeError):
        topics.NO_SUCH_NAME  # noqa: B018


# --- floors on the real dev pages --------------------------------------------------------------

# F1 reached on pages_dev (micro over (document, topic) pairs of the 18 core ids, and per topic
# with at least 5 gold documents), rounded down — micro to 0.01 below, topics to the 0.05 grid,
# so that a one-page change in the normaliser does not trip them. Raise on purpose, never lower.
# Reached at the time of writing: micro 0.947 (P 0.970, R 0.925); reform_regulation 0.945 since
# 2026.11.29-2 (宪法 weakened, 市场改革 dropped, as the reviewer of unseen news asked); micro 0.950
# (R 0.931) and rural_delivery 1.0 since 2026.11.29-3 (通了邮, the spoken form of 通邮).
MICRO_F1_FLOOR = 0.94
TOPIC_F1_FLOORS = {
    "green_packaging": 0.95,
    "green_development": 0.90,
    "safety_supervision": 0.95,
    "peak_season": 0.90,
    "party_building": 0.90,
    "transport_power": 0.95,
    "technology_innovation": 0.90,
    "service_quality": 0.90,
    "rural_delivery": 1.0,
    "reform_regulation": 0.90,
    "high_quality_development": 0.95,
    "epidemic_response": 0.95,
    "logistics_efficiency": 0.90,
    "worker_rights": 0.85,
    "international": 0.90,
    "publicity": 0.90,
    "business_statistics": 0.90,
}


def f1(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def test_pages_dev_floors():
    pages = SHARED / "corpus" / "pages_dev.jsonl"
    gold_file = SHARED / "gold" / "pages_dev.gold.jsonl"
    if not pages.exists() or not gold_file.exists():
        pytest.skip("shared corpus not available")
    normalise = pytest.importorskip("policydata.normalise").normalise_text
    gold = {}
    for line in gold_file.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        gold[record["id"]] = set(record["topics"]) & set(CORE)
    counts = {t: [0, 0, 0] for t in CORE}
    for line in pages.read_text(encoding="utf-8").splitlines():
        page = json.loads(line)
        predicted = tagged(normalise(page["text"]).text) & set(CORE)
        expected = gold[page["id"]]
        for t in predicted & expected:
            counts[t][0] += 1
        for t in predicted - expected:
            counts[t][1] += 1
        for t in expected - predicted:
            counts[t][2] += 1
    micro = f1(*(sum(c[i] for c in counts.values()) for i in range(3)))
    assert micro >= MICRO_F1_FLOOR
    for topic_id, floor in TOPIC_F1_FLOORS.items():
        tp, _fp, fn = counts[topic_id]
        assert tp + fn >= 5, topic_id
        assert f1(*counts[topic_id]) >= floor - 1e-9, (topic_id, counts[topic_id])
    assert not math.isnan(micro)


@pytest.mark.parametrize(
    "text",
    [
        "前三季度中国进出口总额2.84万亿美元,增长6.2%。",
        "2018年中国新设外资企业超过6万家,实际使用外资1350亿美元,增长3%。",
        "今年前九个月,中朝贸易额小幅增长3.7%,中方对朝出口增长21%。",
    ],
)
def test_trade_figures_are_business_statistics(text: str) -> None:
    assert "business_statistics" in tagged(text)


def test_an_amount_alone_is_no_statistics() -> None:
    # (亿美元 alone is an amount given, pledged or spent, not an operating figure)
    assert "business_statistics" not in tagged("我国于第一时间派遣救援队,并捐赠1亿美元用于灾后重建。")


def test_opening_up_named_as_such_is_international() -> None:
    assert "international" in tagged("要坚持对内服务高质量发展、对外服务高水平开放。")
    assert "international" in tagged("全面提升开放型经济发展水平。")
    assert "international" not in tagged("会议审议了对外贸易法修订草案。")


def test_safety_figures_outlets_and_advertising_are_not_read_as_topics() -> None:
    assert "business_statistics" not in tagged("全国生产安全事故起数、死亡人数同比分别下降8.7%、7%。")
    assert "reform_regulation" not in tagged("2008-09-24 来源:法制日报")
    assert "publicity" not in tagged("要关注促销宣传的真实性问题。")
    assert "epidemic_response" not in tagged("推动企业节后快速复工复产。")
    # a trade total is both figures and foreign trade
    got = tagged("1—7月,全国实际使用外资金额7983.3亿元人民币,同比增长17.3%。")
    assert {"business_statistics", "international"} <= got


def test_illegal_making_and_pollutant_concentrations() -> None:
    assert "reform_regulation" not in tagged("严厉打击非法制贩烟花爆竹违法犯罪活动。")
    assert "business_statistics" not in tagged("全国地级以上城市的PM2.5平均浓度同比下降9.3%。")


def test_disasters_prevented_and_fought_are_safety_but_an_epidemic_s_response_is_not() -> None:
    assert "safety_supervision" in tagged("国家森林防火指挥部发出紧急通知,要求各地切实做好森林防火工作。")
    assert "safety_supervision" in tagged("铁道部全力抗击雨雪冰冻灾害,保障电煤运输。")
    assert "safety_supervision" not in tagged("1月21日,交通运输部启动Ⅱ级应急响应,配合卫生健康部门开展疫情联防联控工作。")
    assert "safety_supervision" not in tagged("一行考察了老风口防风雪抢险基地。")


def test_the_era_s_formula_needs_support_unless_its_clause_deepens_it() -> None:
    assert "reform_regulation" not in tagged("这是时代的要求,事关改革开放和现代化建设全局。")
    assert "reform_regulation" in tagged("第四是改革开放不断深化。")
    assert "reform_regulation" in tagged("要全面深化改革开放,推动高质量发展。")


def test_county_networks_passenger_cargo_post_and_international_business() -> None:
    assert "rural_delivery" in tagged("建设县域快递物流共配中心,推进客货邮融合发展。")
    assert "rural_delivery" in tagged("推动农产品上行、工业品下行。")
    assert "international" in tagged("要深化国际业务发展,畅通外贸经济渠道。")


def test_review_findings_on_topics() -> None:
    assert "safety_supervision" not in tagged("商务部数据显示,北方受低温雨雪冰冻影响,蔬菜价格有所上涨。")
    assert "safety_supervision" not in tagged("中央财政已安排农业生产防灾救灾资金11.46亿元。")
    for text in ("改革开放取得的伟大成就举世瞩目。", "他是改革开放政策的推进者。", "扩大改革开放成果宣传。"):
        assert "reform_regulation" not in tagged(text), text
    # an upgrade that applies at a later occurrence of the term counts
    assert "reform_regulation" in tagged("我们要高举改革开放旗帜,推进改革开放取得新成效。")
    assert "rural_delivery" not in tagged("县域物流配送中心降低了城区商超的配送成本。")
    assert "international" not in tagged("提升我国量子科技的国际竞争力,加快建设世界科技强国。")


def test_second_review_work_against_disasters_and_county_networks() -> None:
    assert "safety_supervision" in tagged("国家邮政局部署防范应对雨雪冰冻天气工作,要求确保寄递渠道畅通。")
    assert "safety_supervision" in tagged("部署抗洪救灾期间邮政快递服务保障工作。")
    assert "rural_delivery" in tagged("乡镇快递网点覆盖率达到98%。")
    assert "rural_delivery" in tagged("加快推进县域物流体系建设。")


def test_relations_with_other_states_are_international():
    # a foreign ministry's briefing on relations and cooperation with other states
    text = "毛宁:坦桑尼亚是东部非洲重要国家。中坦传统友好。近年来,两国政治互信不断深化,务实合作成果丰硕。"
    assert "international" in tagged(text)
    assert "international" in tagged("国务院总理李强15日在京会见来华进行国事访问的厄立特里亚总统伊萨亚斯。")
    # a state visit or the world's states named once are not enough alone
    assert "international" not in tagged("省长会见了来访的客人,双方就交通建设交换了意见。")
    assert "international" not in tagged("他表示,要以人类命运共同体理念为指引,做好本职工作。")


def test_public_finance_and_foreign_exchange_in_figures_are_business_statistics():
    text = "2011年全国公共财政预算收入10.37万亿元,其中,中央本级收入5.13万亿元,地方财政收入首次超过中央财政收入。"
    assert "business_statistics" in tagged(text)
    text = "2015年前三季度,银行累计结汇8.26万亿元人民币,售汇10.15万亿元人民币,结售汇逆差1.88万亿元人民币。"
    assert "business_statistics" in tagged(text)
    # one amount named alone is no report of figures
    assert "business_statistics" not in tagged("项目计划总投资1.2万亿元。")


def test_review_cooperation_at_home_and_amounts_alone():
    # a province's or a firm's cooperation is no foreign relation
    assert "international" not in tagged("省交通运输厅与国家开发银行签署协议,双方将深化务实合作。")
    assert "international" not in tagged("粤港澳三地务实合作不断深化。")
    # two amounts of money are one piece of evidence
    assert "business_statistics" not in tagged("该项目计划投资1.5万亿元,建成后年产值可达100亿美元。")


def test_accidents_counted_and_rescues_after_them_but_not_war_s_blasts() -> None:
    assert "safety_supervision" in tagged("春运以来,全国未发生重特大交通事故,道路交通事故起数下降32.4%。")
    text = "小区发生爆炸,造成人员伤亡。工作组赴现场指导救援处置,要求科学安全救援,防止发生次生事故。"
    assert "safety_supervision" in tagged(text)
    # a rescue with no accident or disaster in its sentence, war's blasts and tolls
    assert "safety_supervision" not in tagged("副总统出席鲸豚救援野放行动,感谢救援团队的付出。")
    text = "导弹在城市上空爆炸,掉落的碎片导致人员伤亡。袭击造成多人伤亡,爆炸声不断。"
    assert "safety_supervision" not in tagged(text)
    assert "safety_supervision" not in tagged("数据呈爆炸式增长,信息爆炸时代到来。")


def test_ports_trade_consumption_and_buildings_made_green_but_not_a_green_lane() -> None:
    for text in ("努力打造世界一流的智慧港口、绿色港口。", "要引导绿色消费,推广绿色低碳产品。",
                 "2025年我国新培育绿色工厂2038家。", "大力发展绿色建筑和绿色建材。"):
        assert "green_development" in tagged(text), text
    assert "green_development" not in tagged("开辟绿色通道,保障防疫物资运输。")


def test_prices_and_sales_reported_as_figures_but_not_a_rule_s_threshold() -> None:
    assert "business_statistics" in tagged("11月中旬,生猪价格环比下跌5.1%,24种产品价格上涨。")
    assert "business_statistics" in tagged("双11当天,全网交易额突破1800亿元,快递业务量再创新高。")
    text = "对月销售额不超过3万元的小规模纳税人免征增值税,预计减负180亿元。"
    assert "business_statistics" not in tagged(text)


def test_review_findings_on_session_19_terms() -> None:
    # drones and firefighting 作战 in a rescue are no war
    assert "safety_supervision" in tagged("矿山发生透水事故,出动无人机全力救援被困矿工。")
    assert "safety_supervision" in tagged("居民楼发生火灾,消防员展开灭火作战,全力救援被困群众。")
    # a tax threshold written with its figure; a ranking is a figure reported
    text = "对月销售额10万元以下(含本数)的增值税小规模纳税人,免征增值税。预计全年减税1000亿元。"
    assert "business_statistics" not in tagged(text)
    # a green lane, an empowerment's effect, a lawsuit are no green or safety evidence
    assert "green_development" not in tagged("开辟绿色运输通道,保障防疫物资运输。")
    assert "green_development" not in tagged("数字赋能效应持续释放。")
    assert "safety_supervision" not in tagged("发生一起交通事故责任纠纷案件,法院依法判决。")


def test_rules_of_topic_file_2026_11_30_20():
    # the days before a holiday, checked or guarded for it, are its peak period's guarantee
    assert "peak_season" in tagged("市委副书记、副市长分别带领有关部门负责人,开展节前安全生产检查。")
    assert "peak_season" in tagged("会议部署春节前后安全生产工作,要求各地加强值班值守。")
    # …nor inside another word, as an eve, or as a deadline
    assert "peak_season" not in tagged("推动监管环节前置,加强安全检查。")
    assert "peak_season" not in tagged("春耕季节前,各地加强农资供应检查。")
    assert "peak_season" not in tagged("中秋节前夕,市领导慰问困难群众,检查安全工作。")
    assert "peak_season" not in tagged("项目赶在春节前完成首次安全检查。")
    # …not where they only date something
    assert "peak_season" not in tagged("大桥将在今年春节前后合龙,为贵州再添一条交通大动脉。")
    assert "peak_season" not in tagged("2023年春节前夕,总书记同集气区连线时强调,能源安全关系全局。")


def test_rules_of_topic_file_2026_11_30_21():
    # the living environment cleaned up, carbon cut and green spread, dust and water saving
    assert "green_development" in tagged("付中权指出,要把农村人居环境整治作为当前工作的重点来抓。")
    assert "green_development" in tagged("部长提出,坚持降碳、减污、扩绿、增长协同推进。")
    assert "green_development" in tagged("要求加强施工扬尘管控,确保生态安全。")
    assert "green_development" in tagged("提升沿海港口大宗货物绿色集疏运比例。")
    # …not a road's verge tidied, nor cyberspace or a market cleaned up
    assert "green_development" not in tagged("要深化农村公路管理养护体制改革,加强农村公路路域环境整治。")
    assert "green_development" not in tagged("“清朗·2022年春节网络环境整治”专项行动启动。")
    assert "green_development" not in tagged("开展市场环境整治,规范经营秩序。")
    assert "green_development" not in tagged("开展校园周边环境整治和道路交通环境整治。")
    assert "green_development" not in tagged("推进旅游市场秩序和环境整治。")


def test_a_reform_gone_by_and_the_branches_of_government_are_no_reform_work() -> None:
    from policydata.tag.topics import tag_topics

    for text in ("马军胜强调,邮政体制改革以来,快递业发展迅猛,态势良好。",
                 "他要求制定在民航体制改革后的新形势下全面加强安全工作的思路。",
                 "夏宝龙与澳门特区行政、立法、司法机构主要负责人合影。"):
        assert "reform_regulation" not in tag_topics(text)[1], text
    assert "reform_regulation" in tag_topics("会议要求深化邮政体制改革,完善监管。")[1]


def test_opinion_climate_outreach_and_technical_renewal() -> None:
    from policydata.tag.topics import tag_topics

    assert "publicity" in tag_topics("要搞好舆论导向,营造良好的舆论氛围,增强全社会安全意识。")[1]
    assert "publicity" in tag_topics("要注重对外宣传,讲好中国故事,有效扩大影响。")[1]
    text = "要依靠科技进步,开展安全生产技术攻关,加快信息化建设,提高自主创新能力。"
    assert "technology_innovation" in tag_topics(text)[1]


def test_what_the_third_review_found_in_topics() -> None:
    from policydata.tag.topics import tag_topics

    assert "reform_regulation" in tag_topics("加强知识产权立法、司法保护,完善法律体系。")[1]
    assert "reform_regulation" not in tag_topics("邮政体制改革后邮政业务快速增长。")[1]
    assert "technology_innovation" not in tag_topics("随着科技进步和生活水平提高,网购越来越普遍。")[1]
    assert "publicity" not in tag_topics("面对复杂的国际舆论环境,两国贸易额持续增长。")[1]


def test_rules_of_topic_file_2026_11_30_23() -> None:
    # the river and forest chief systems, environmental inspections, pollution tackled
    assert "green_development" in tagged("至此,广东省、市、县、镇四级均实行双总河长制,全省设立河长逾3.3万名。")
    assert "green_development" in tagged("县长主持召开中央和省环保督察反馈问题整改调度会。")
    assert "green_development" in tagged("未来治理污染应该既打攻坚战,又打持久战。")
    # (air quality alone is support, not a tag)
    assert "green_development" not in tagged("春节假期期间全国空气质量总体良好。")
    # a congress's inspection of a law is a law's review; a safety check's is not
    assert "reform_regulation" in tagged("省人大常委会执法检查组到我市就《食品安全法》贯彻实施情况进行执法检查。")
    assert "reform_regulation" not in tagged("市应急管理局开展安全生产执法检查,排查隐患。")
    # animal diseases are a farm's, not the epidemic's
    assert "epidemic_response" not in tagged("会议总结了上半年动物防疫工作情况,对下半年工作进行部署。")
    assert "epidemic_response" not in tagged("要严格落实非洲猪瘟疫情防控措施,加强排查。")
    # (supplies moved and pigs kept in supply during an epidemic: the epidemic's)
    assert "epidemic_response" in tagged("各地全力调动物资,统筹做好疫情防控工作。")
    assert "epidemic_response" in tagged("要统筹做好疫情防控和生猪稳产保供工作。")
    assert "epidemic_response" in tagged("要统筹做好疫情防控和经济社会发展工作。")


def test_rules_of_topic_file_2026_11_30_24() -> None:
    # buyers of financial products as consumers
    assert "consumer_rights" in tagged("要切实保护金融消费者合法权益,畅通投诉渠道。")
    assert "consumer_rights" in tagged("证监局将持续维护投资者合法权益。")
    # illegal fundraising curbed is market order, with support
    assert "reform_regulation" in tagged("要依法打击非法集资,维护金融秩序。")
    assert "reform_regulation" not in tagged("老年人要提高警惕,谨防非法集资。")
    # a museum opened to visitors is no opening-up; opening-up still is
    assert "international" not in tagged("文化和旅游部司长高正谈到促进博物馆恢复工作和有序对外开放。")
    assert "international" in tagged("要坚定不移扩大对外开放,推进高水平开放。")


def test_review_findings_on_topic_file_2026_11_30_24() -> None:
    # foreign investors' rights are no consumer's
    assert "consumer_rights" not in tagged("外商投资法规定,国家依法保护外国投资者合法权益,推动形成全面开放新格局。")
    # opening-up beside visitors or relics in its sentence is still opening-up
    assert "international" in tagged("要推进高水平对外开放,持续优化入境政策,为外国游客来华提供便利。")
    assert "international" in tagged("坚持扩大对外开放,推动文物交流合作。")


def test_topic_file_2026_11_30_25_power_peaks_food_and_drug_safety_capacity_cuts() -> None:
    # the summer's peak of power use, guaranteed, is a peak period
    assert "peak_season" in tagged("要全力做好迎峰度夏电力保供工作,确保电网安全稳定运行。")
    # food safety supervised, with a second piece of evidence, is safety supervision
    assert "safety_supervision" in tagged("要开展食品安全专项整治行动。")
    # named once among livelihood matters, it is not
    assert "safety_supervision" not in tagged("三位负责人就城市更新、就业、食品安全等热点问题回答了记者提问。")
    # capacity cuts are the supply-side reform's task
    assert "reform_regulation" in tagged("要坚定不移推进煤炭行业化解过剩产能工作。")


def test_review_findings_session_26_topics() -> None:
    # a drug's safety before a strong term is read whole (no medium term takes its place)
    for text in ("要压实药品安全责任。", "要强化药品安全监管。", "坚决守住药品安全底线。"):
        assert "safety_supervision" in tagged(text), text
    # food and drug safety in a list of livelihood matters is no supervision
    assert "safety_supervision" not in tagged("代表们围绕教育、医疗、食品安全、药品安全、养老等民生问题建言献策。")
    # a power peak explaining figures, or naming a contest, is no peak period guaranteed
    assert "peak_season" not in tagged("受迎峰度夏影响,7月份工业增加值同比下降。")
    assert "peak_season" not in tagged("国网公司迎峰度夏演讲比赛在京举行。")
    assert "peak_season" in tagged("统筹安排今年迎峰度夏各项工作。")


def test_review_findings_session_26_topics_second_round() -> None:
    # a power peak explaining figures is no peak period guaranteed
    assert "peak_season" not in tagged("受迎峰度夏影响,7月份全社会用电量同比增长8.5%。")


def test_a_season_s_supply_is_no_peak_period_but_a_holiday_s_is() -> None:
    from policydata.tag.topics import tag_topics

    assert "peak_season" not in tag_topics("确保春耕旺季农资供应不脱销、不断档、不误农时。")[1]
    assert "peak_season" not in tag_topics("进入用水高峰期,城区自来水供应压力加大。")[1]
    assert "peak_season" in tag_topics("要做好双节期间安全生产工作,确保不发生重大事故。")[1]
    assert "peak_season" in tag_topics("为应对节日期间市场需求增加,各地加大猪肉储备投放,保障市场供应。")[1]
    # power and gas through their peaks are guaranteed, as through 迎峰度夏
    assert "peak_season" in tag_topics("国家电网全力做好用电高峰期电力供应,守住民生用电底线。")[1]


def test_a_record_set_is_no_innovation_and_green_transformation_is_green() -> None:
    from policydata.tag.topics import tag_topics

    assert "technology_innovation" not in tag_topics("企业加大研发投入,研发人员增加,研发费用增长,今年以来产量屡创新高。")[1]
    assert "technology_innovation" in tag_topics("要加强科技创新,推动产业升级。")[1]
    assert "technology_innovation" in tag_topics("推动科技创新,打造创新高地。")[1]  # (an innovation hub)
    assert "green_development" in tag_topics("要加快推动制造业数字化、绿色化转型。")[1]


def test_supply_chains_kept_flowing_world_trade_and_green_industry() -> None:
    # supply chains kept flowing are logistics; stable or secure chains alone are not
    assert "logistics_efficiency" in tag_topics("维护全球产业链供应链稳定畅通,促进经济全球化。")[1]
    assert "logistics_efficiency" not in tag_topics("提升产业链供应链韧性和安全水平。")[1]
    # the world's trading system and disputes over tariffs
    text = "美方对多国输美产品加征关税,严重违反世贸组织规则。贸易战、关税战没有赢家。"
    assert "international" in tag_topics(text)[1]
    # industry developed green, and green industries as a field of cooperation
    assert "green_development" in tag_topics("推动产业高端化、智能化、绿色化发展。")[1]
    assert "green_development" in tag_topics("在人工智能、绿色产业、银发经济等新兴领域打造更多合作成果。")[1]
    assert "green_development" not in tag_topics("推动产业高端化、智能化、绿色化。")[1]
    assert "green_development" not in tag_topics("推动运输装备绿色化升级和行业高质量发展。")[1]


def test_foreign_affairs_are_international_and_groupings_only_background() -> None:
    text = "以色列和黎巴嫩称达成停火协议。以总理内塔尼亚胡称,停火期限取决于黎真主党。"
    assert "international" in tag_topics(text)[1]
    assert "international" in tag_topics("北约秘书长表示,北约将加强东翼部署。")[1]
    # (not a place's north and "about", punishment at home, 国外长期, 暂停火车)
    assert "international" not in tag_topics("今年湖北约有40万名高校毕业生。")[1]
    assert "international" not in tag_topics("对非法捕捞行为依法予以制裁,出口企业要守法经营。")[1]
    assert "international" not in tag_topics("在国外长期工作的人员回国后,外资企业欢迎。")[1]
    assert "international" not in tag_topics("暂停火车站进出,海外人员须登记。")[1]
    # (关税 inside 相关税收 is no tariff)
    assert "international" not in tag_topics("相关税收优惠政策累计减免税金约135亿元。")[1]
    # groupings of states named as the venue of a speech a meeting studies are background only
    text = ("生态环境部党组召开会议,传达学习习近平总书记在亚太经合组织第三十一次领导人非正式会议、"
            "二十国集团领导人第十九次峰会上的重要讲话。")
    assert "international" not in tag_topics(text)[1]


def test_a_congress_or_plenum_carried_out_is_party_work_and_a_reform_pushed_is_reform() -> None:
    # a congress's spirit studied or carried out; the formula alone is no longer only support
    assert "party_building" in tag_topics("会议深入学习贯彻党的二十大精神,部署今冬明春保暖保供工作。")[1]
    # a plenum's deployment told or carried out, not a plenum named as a date
    text = "党的二十届三中全会对深化金融体制改革作出全面部署。金融监管总局将抓好落实。"
    assert "party_building" in tag_topics(text)[1]
    assert "party_building" in tag_topics("中共二十届四中全会擘画了未来五年发展蓝图。")[1]
    assert "party_building" not in tag_topics("三中全会以来,农村面貌发生巨大变化。")[1]
    # a plenum's decision on one matter carried out is that matter's work
    text = "认真贯彻落实中共二十大和二十届三中全会关于完善残疾人社会保障制度的部署。"
    assert "party_building" not in tag_topics(text)[1]
    # a reform pushed forward is reform work, as 深化…改革 is; 改革 alone is support
    assert "reform_regulation" in tag_topics("扎实稳妥推进农村改革,不断拓宽农民增收致富渠道。")[1]
    assert "reform_regulation" in tag_topics("澳门特区政府推动公共行政改革。")[1]
    assert "reform_regulation" not in tag_topics("改革发展取得新成效。")[1]


def test_exchanges_abroad_stories_told_well_green_farming_and_research_tackled() -> None:
    # exchanges with other countries, peacekeeping, foreign-related law, international science
    assert "international" in tag_topics("开展对外友好交流,增进各国人民相互了解。")[1]
    assert "international" in tag_topics("中国维和部队圆满完成维和任务。")[1]
    assert "international" in tag_topics("统筹推进国内法治和涉外法治。")[1]
    assert "international" in tag_topics("扩大高水平国际科技合作。")[1]
    # (思维和 holds 维和: no peacekeeping)
    assert "international" not in tag_topics("转变思维和方法,做好本地工作。")[1]
    # a story told well is publicity; a story alone is not
    assert "publicity" in tag_topics("要讲好中华民族共同体故事。")[1]
    assert "publicity" not in tag_topics("他讲述了自己的创业故事。")[1]
    assert "publicity" in tag_topics("积极宣传阐释习近平经济思想。")[1]
    # green farming, water ecology
    assert "green_development" in tag_topics("发展绿色农业、生态循环农业。")[1]
    assert "green_development" in tag_topics("改善汉江中下游水生态环境。")[1]
    # research tackled
    assert "technology_innovation" in tag_topics("推进原创性引领性海洋科技攻关。")[1]


def test_cooperation_across_borders_in_a_field_is_international() -> None:
    assert "international" in tag_topics("加强国际能源合作,保障能源安全。")[1]
    assert "international" in tag_topics("深化双边经贸投资合作。")[1]
    # cooperation at home is not (合作 alone is only support)
    assert "international" not in tag_topics("加强部门合作,形成工作合力。")[1]


def test_review_findings_session_30_topics() -> None:
    # reform of the world's institutions and the formula 改革发展稳定 are no reform measure
    assert "reform_regulation" not in tag_topics("推动全球治理体系改革和建设。")[1]
    assert "reform_regulation" not in tag_topics("推动改革发展稳定各项工作。")[1]
    assert "reform_regulation" not in tag_topics("推进世贸组织改革。")[1]
    # the CPPCC's friendship sector is no exchange abroad
    assert "international" not in tag_topics("穆虹在参加对外友好界委员小组讨论时说,完全赞成政府工作报告。")[1]
    # a plenum's own decision carried out is party work; its decision on one matter is not
    assert "party_building" in tag_topics("深入学习贯彻党的二十届三中全会关于进一步全面深化改革、推进中国式现代化的决定。")[1]
    assert "party_building" not in tag_topics("贯彻落实中共二十届四中全会关于加快农业农村现代化的决策部署。")[1]


def test_second_review_findings_session_30_topics() -> None:
    # a plenum's decision on one matter is that matter's; its own decision is party work
    assert "party_building" not in tag_topics("党的二十届三中全会关于金融体制改革的部署,要抓好落实。")[1]
    assert "party_building" in tag_topics("深入学习贯彻党的二十届三中全会关于进一步全面深化改革、推进中国式现代化的决定。")[1]
    # 国际 inside a firm's name is no cooperation abroad
    assert "international" not in tag_topics("北京市与中国国际航空公司签署战略合作协议。")[1]
    assert "international" in tag_topics("加强国际能源合作。")[1]
    # a domestic governance reform stays reform
    assert "reform_regulation" in tag_topics("推进生态环境治理体系改革。")[1]


def test_terms_added_session_31() -> None:
    # a disaster's aftermath rebuilt, a typhoon's damage inspected and drought fought
    assert "safety_supervision" in tag_topics("总统前往旗山镇,了解当地灾后重建情况。")[1]
    assert "safety_supervision" in tag_topics("关心梅姬台风灾情,总统前往高雄视察。")[1]
    assert "safety_supervision" in tag_topics("了解各地灾损情况,部署抗旱工作。")[1]
    # (a crop's trait, and a farmer's losses compensated, are none)
    assert "safety_supervision" not in tag_topics("一批节水抗旱的小麦新品种加快选育,努力减轻农民因灾损失。")[1]
    # the chain and the high ground of innovation
    assert "technology_innovation" in tag_topics("要加强创新链产业链协同。")[1]
    assert "technology_innovation" in tag_topics("努力建设新时代创新高地。")[1]
    # policy spread by advisers, the mainstream of opinion online
    assert "publicity" in tag_topics("多做宣传政策、解疑释惑、化解矛盾的工作。")[1]
    assert "publicity" in tag_topics("网络空间主流思想舆论巩固壮大。")[1]
    # investment drawn in and a voice in the world
    assert "international" in tag_topics("积极招引外资龙头企业和关键企业。")[1]
    assert "international" in tag_topics("网络空间国际话语权和影响力明显增强。")[1]
    # (firms listed by ownership are not)
    assert "international" not in tag_topics("建立与民营企业、外资企业的常态化沟通交流机制。")[1]


def test_terms_added_session_31_second_round() -> None:
    # the party's history studied; a village branch's secretary is a post
    assert "party_building" in tag_topics("未来将从三方面引导青少年学习党史。")[1]
    assert "party_building" not in tag_topics("全国人大代表汪玉成是一名村党支部书记。")[1]
    # the legislature's inspection of a law's enforcement is no safety inspection
    assert "safety_supervision" not in tag_topics("全国人大常委会启动科学技术普及法执法检查。")[1]
    assert "safety_supervision" not in tag_topics("全国人大常委会执法检查组在湖北检查长江保护法实施情况。")[1]
    # aid teams abroad, cultural exchange abroad, a community of mankind to be built
    assert "international" in tag_topics("习近平会见中国援外医疗队派遣60周年纪念暨表彰大会代表。")[1]
    assert "international" in tag_topics("他长期从事对外文化交流工作。")[1]
    assert "international" in tag_topics("坚定不移维护人类和平正义事业,推动构建人类命运共同体。")[1]


def test_review_findings_session_31_topics() -> None:
    # help sent to another place at home is no aid abroad
    assert "international" not in tag_topics("医院抽调20名医护人员支援外地抗疫。")[1]
    assert "international" not in tag_topics("省里组织力量增援外省开展救援。")[1]
    # 研究发展 in a meeting is 研究 + 发展, no research and development
    assert "technology_innovation" not in tag_topics("县委常委会研究发展壮大村级集体经济工作。")[1]


def test_terms_added_session_33() -> None:
    # a long weekend's travel guaranteed, as Taiwan's pages write it; a long weekend's outings are not
    assert "peak_season" in tag_topics("台铁公司因应连假期间返乡需求增加,为加强服务旅客,于连假期间全线再加开列车。")[1]
    assert "peak_season" not in tag_topics("连假期间民众出游踊跃,消费热络。")[1]
    # Taiwan's word for publicity work
    assert "publicity" in tag_topics("消防局加强宣导,提醒民众注意用火安全。")[1]
    # a religion governed strictly is no governance of the party
    assert "party_building" not in tag_topics("要深入推进全面从严治教,依法治理宗教事务。")[1]
    assert "party_building" in tag_topics("要深入推进全面从严治党,加强党的建设。")[1]
