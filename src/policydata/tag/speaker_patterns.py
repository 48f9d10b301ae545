"""Every regular expression and word list the speaker tagger uses, compiled once at import.

Texts are normalised (Simplified, half-width ``,:;!?()``), so patterns only use those forms.
"""

from __future__ import annotations

import re

# Common single-character Chinese surnames: a person name must start with one (jieba-style false
# names such as 努力奋斗 or 幸福感 are rejected before anything else looks at them).
SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖萧田董袁潘于蒋蔡余杜叶程苏魏吕丁"
    "任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫严段雷侯龙史陶黎贺顾毛郝龚邵万钱覃"
    "信武戴孔汤庞樊兰殷施陶洪翟安颜倪严牛温芦季俞章鲁葛伍申尤毕聂柴焦向柳邢岳齐沿梅莫庄辛管祝左涂谷祁"
    "时舒耿牟卜詹关苗凌费纪靳盛童欧甄项曲成游阳裴席卫查屈鲍位覃霍翁隋植甘景薄单包司柏宁柯阮桂闵解强"
    "柴华车冉房边辜吉饶刁瞿戚丛佘连褚娄宗郎米鞠蓝荣晏常燕巩赖鄢楚慕商衣栾滕修宫麻仇尚乔代蔺宿郁阎"
    "虞党兰晋冷寇栗易胥桑伊迟习"
    # rarer ones that officials bear (怀进鹏, 谌贻琴, 楼继伟, 郜…; 蒿慧杰, 宦金元, 艾文礼; not 朋 of 朋友)
    "怀谌敖禹昝蒲邝邬逯訾钭冼巫宓麦荆郜郦楼骆窦符冀卓缪臧裘邰鄂廉储嵇阙扈佟寿支"
    # (苑举正, 粟战书, 励小捷, 绳兰柱 …: rarer ones that start few words)
    "苑粟钮仲励绳"
    "蒿宦邴隗郇綦艾鹿"
    # (岑浩辉, Macao's chief executive)
    "岑"
    # (邸建凯, 晁岱双, 芮杰, 阚珂: rarer ones of the hundred-family list that start no common word)
    "邸晁芮雍亓仝阚奚厉漆卞姬苟茹湛亢檀蒯郗郏郄璩佴"
    # (穆京祥, 咸辉, 尉超, 焉杰; 路甬祥, 应勇, 宇向东 start everyday words: AMBIGUOUS_SURNAMES)
    "穆咸尉焉路应宇"
    # (呼亚民, 崇泉, 危朝安: everyday-word surnames, AMBIGUOUS_SURNAMES)
    "呼崇危"
    # (雒树刚, 喻红秋: rarer ones that start few words; 康义, 阴和俊, 印宇鹰, 封殿辉, 束珏婷 start
    # everyday words: AMBIGUOUS_SURNAMES)
    "雒喻康阴印封束"
    # (訚柏, the central political-legal commission's secretary-general: it starts no word; 铁凝,
    # an NPC vice-chair, starts everyday words: AMBIGUOUS_SURNAMES)
    "訚铁"
    # (朴泰成, 朴振: Korea's commonest surname after 金 and 李; 朴素, 朴实 start everyday words:
    # AMBIGUOUS_SURNAMES)
    "朴"
)

# Two-character surnames (欧阳修, 司马光 …): with them a name may run to four characters.
COMPOUND_SURNAMES = frozenset(
    (
        "欧阳",
        "司马",
        "诸葛",
        "上官",
        "令狐",
        "皇甫",
        "尉迟",
        "公孙",
        "慕容",
        "长孙",
        "宇文",
        "司徒",
        "夏侯",
        "东方",
        "独孤",
        "南宫",
        "端木",
        "澹台",
        "呼延",
        "万俟",
    )
)
# A married woman's two surnames in Hong Kong (林郑月娥, 范徐丽泰, 陈方安生, 梁刘柔芬): the pair opens a
# four-character name; shorter names with the same start are the first surname's (陈方, 林郑强).
MARRIED_SURNAMES = frozenset(("林郑", "范徐", "陈方", "梁刘"))

# Characters that never end (or sit inside) a person name in these texts: function words, org
# suffixes and verb heads that a too-long name candidate would swallow (部长刘伟表 …).
NON_NAME_CHARS = frozenset(
    "的了和与在是为等及对就向表指强说要也还均都局部厅司处省市县区委会长员将又并盟务央作做案以界称前已"
)
# A manner of speaking written with 地 before the verb (总统沈痛地表示, 王伟严肃地指出; Taiwan writes
# 沈痛 for 沉痛): no name, nor the end of one.
ADVERB_DI = re.compile(
    r"(?:沈痛|沉痛|严肃|郑重|动情|深情|坦率|明确|高兴|欣慰|感慨|坚定|自豪|激动|诚恳|恳切|语重心长|意味深长|幽默|风趣|"
    r"形象|深有感触|满怀深情|笑着|感慨万千|坚定不移)地"
)

# Posts as written in Chinese official titles; the tagger matches them with one Aho–Corasick
# automaton together with knowledge-base names and organisation names.
POSTS = (
    # a delegation's or group's leader (世界银行代表团团长克瑞斯·本里特, 调研组组长 is below)
    "团长",
    "副团长",
    # a committee's chair as Taiwan writes it (陆委会主委王郁琦, 副主委邱垂正)
    "主委",
    "副主委",
    # heads of the administrations called 署 (海关总署署长, 国家国际发展合作署署长), the audit office,
    # banks, companies, museums, broadcasters and newspapers
    "署长",
    "副署长",
    "审计长",
    "副审计长",
    "行长",
    "副行长",
    # Taiwan's chief executive officer (执行长), not a bank's 行长
    "执行长",
    "副执行长",
    "经理",
    "副经理",
    "馆长",
    "副馆长",
    "台长",
    "副台长",
    "社长",
    "副社长",
    "总编辑",
    "副总编辑",
    "部长",
    "副部长",
    "部长助理",
    "局长",
    "副局长",
    "局长助理",
    "司长",
    "副司长",
    "厅长",
    "副厅长",
    "次长",  # 财政部次长阮清华: Taiwan's vice-minister (政务次长, 常务次长)
    "政务次长",
    "常务次长",
    "处长",
    "副处长",
    "科长",
    "主任",
    "副主任",
    "省长",
    "副省长",
    "市长",
    "副市长",
    "区长",
    "副区长",
    "县长",
    "副县长",
    "州长",
    "副州长",
    # procurators and judges (最高人民检察院检察长曹建明, 副院长、二级大法官陶凯元, 一级检察官魏雪, 庭长)
    "检察长",
    "副检察长",
    "检察官",
    "一级检察官",
    "二级检察官",
    "三级检察官",
    "四级检察官",
    "大法官",
    "首席大法官",
    "一级大法官",
    "二级大法官",
    "首席大检察官",
    "大检察官",
    "一级大检察官",
    "二级大检察官",
    "庭长",
    "副庭长",
    # a town's and a township's heads (地城镇镇长杨明才, 副乡长): their town is the page's (_page_town)
    "镇长",
    "副镇长",
    "乡长",
    "副乡长",
    # an acting head before the people's congress elects them (上海市委副书记、代市长龚正)
    "代省长",
    "代市长",
    "代县长",
    "代区长",
    "代州长",
    "主席",
    "副主席",
    "书记",
    "副书记",
    # a secretariat's first secretary (团中央书记处第一书记陆昊, 全国妇联书记处第一书记), a village's
    # resident first secretary (驻村第一书记)
    "第一书记",
    "党组书记",
    "党组副书记",
    "党委书记",
    "党委副书记",
    "党组成员",
    "党委委员",
    "党委常委",
    "省委书记",
    "省委副书记",
    "市委书记",
    "市委副书记",
    "常委",
    "秘书长",
    "副秘书长",
    "总经理",
    "副总经理",
    "董事长",
    "副董事长",
    "总裁",
    "副总裁",
    "院长",
    "副院长",
    "所长",
    "副所长",
    "校长",
    "副校长",
    "组长",
    "副组长",
    "新闻发言人",
    "发言人",
    "巡视员",
    "副巡视员",
    "一级巡视员",
    "二级巡视员",
    "总工程师",
    "副总工程师",
    # heads of stations (民航站站长, 收费站站长)
    "站长",
    "副站长",
    # a press conference's host, as transcripts label the turns (主持人 郭卫民:)
    "主持人",
    # inspectors and envoys of a ministry (食品生产安全监督管理司稽查专员, 商务部驻成都特派员) and a
    # force's political commissar (武警部队政委)
    "稽查专员",
    "督察专员",
    # 国家土地总督察 (held with 国土资源部部长), and the deputies
    "总督察",
    "副总督察",
    "特派员",
    "政委",
    "政治委员",
    # the heads of a fire-rescue or armed police corps and its detachments (消防总队总队长, 消防支队支队长)
    "总队长",
    "副总队长",
    "支队长",
    "副支队长",
    "大队长",
    "副大队长",
    # heads of standing headquarters (省防汛抗旱指挥部副指挥长, 防指副总指挥) and the chief of safety
    "指挥长",
    "副指挥长",
    "总指挥",
    "副总指挥",
    "安全总监",
    "总经济师",
    "总会计师",
    "总规划师",
    "总理",
    "副总理",
    "国务委员",
    # the DPRK's President of State Affairs (朝鲜劳动党总书记、国务委员长金正恩)
    "国务委员长",
    "总书记",
    "负责人",
    "会长",
    "副会长",
    "理事长",
    "副理事长",
    "大使",
    "参赞",
    # consuls (中国驻圣保罗总领馆副总领事孙仁安, 美国驻广州总领事)
    "总领事",
    "副总领事",
    "领事",
    "委员长",
    "副委员长",
    "总监",
    "首席专家",
    "研究员",
    "教授",
    "专家",
    "一级巡视员",
    "督察专员",
    "特派员",
    "政委",
    "司令员",
    # a commander and his deputy as foreign forces write them (伊朗伊斯兰革命卫队海军政治副司令阿克巴尔扎德)
    "司令",
    "副司令",
    "总司令",
    "代表",
    "副代表",  # 国际贸易谈判副代表: not 代表 with 副 left to its body
    "委员",
    "外长",
    "副外长",
    # Japan's foreign minister, as the news writes him (日本外相林芳正)
    "外相",
    "副外相",
    # chiefs of staff (伊朗武装部队总参谋长穆萨维) and the deputies of a secretary-general or a
    # secretary of state (联合国助理秘书长, 美国助理国务卿)
    "总参谋长",
    "副总参谋长",
    "参谋长",
    "副参谋长",
    "助理秘书长",
    "助理国务卿",
    # heads of state and government, ministers and heads of international bodies abroad
    "总统",
    "副总统",
    "首相",
    "副首相",
    "国务卿",
    "副国务卿",
    "总干事",
    "副总干事",
    # monarchs, speakers of parliaments and governors-general (西班牙国王费利佩六世, 塞内加尔国民议会
    # 议长迪奥普, 新西兰总督基罗)
    "国王",
    "女王",
    "王储",  # (沙特阿拉伯王储兼首相穆罕默德)
    # an adviser (伊朗最高领袖哈梅内伊的军事顾问哈塔米)
    "顾问",
    "军事顾问",
    "高级顾问",
    "第一副代表",
    "总检察长",
    "议员",
    "众议员",
    "参议员",
    # read whole, lest 会议 take their characters (欧洲议会议员): split again in _designation
    "议会议员",
    "国会议员",
    "议长",
    "副议长",
    "参议长",
    "众议长",
    "总督",
    # a head of state's adviser (美国总统国家安全事务助理沙利文), a supreme leader, a party's leader
    # as Japan's and Korea's are called (伊朗最高领袖哈梅内伊, 共同民主党党首李在明), the UN's
    # coordinators and a high representative (联合国苏丹人道主义协调员迪恩, 欧盟外交与安全政策高级代表卡拉斯)
    "国家安全事务助理",
    "最高领袖",
    "党首",
    "协调员",
    "高级代表",
    "新闻秘书",
    # a president acting (委内瑞拉代总统罗德里格斯)
    "代总统",
    "代理总统",
    # the heads of Hong Kong's and Macao's governments (香港特区行政长官林郑月娥; 香港特首曾荫权, as the
    # mainland's news writes it short: with its region, so that no 特首 is read out of 科威特首相)
    "行政长官",
    "香港特首",
    "澳门特首",
    "总局长",  # 万国邮政联盟总局长: the head of the Universal Postal Union's bureau
    # 食品安全总监, 药品安全总监 (and a firm's 技术总监): 张剑平总监, 张总监强调
    "总监",
    "副总监",
    "食品安全总监",
    "药品安全总监",
    "大臣",
    "外务大臣",
    "外交大臣",
    # Posts written over an organisation's name (外交部 + 长): the automaton reads the longest key.
    "外交部长",
    "部长级",
    "首席",
    "局长级",
)

# A post with the character before it that is no office (a school's 班主任, a class teacher).
NOT_POSTS = frozenset({"班主任", "内外相"})  # (国内外相关资源: no foreign minister)

# A chain of posts that can stand as a title by itself (党组书记、局长; 副部长、党组成员).
TITLE_CHAIN = re.compile(
    "(?:{p})(?:[、, ]?(?:{p}))*".format(p="|".join(sorted(set(POSTS), key=len, reverse=True)))
)

# Reporting verbs: what makes a named person a speaker (their own statement is reported).
_VERBS = (
    "强调指出",
    "强调",
    "指出",
    "表示",
    "要求",
    "说道",
    "说",
    "介绍",
    "称",
    "讲话",
    "答记者问",
    "认为",
    "提出",
    "希望",
    "透露",
    "宣布",
    "呼吁",
    "建议",
    "坦言",
    "提到",
    "谈到",
    "回答",
    "答问",
    "解答",  # (水利部部长陈雷解答,经初步预测…)
    "致辞",
    "致词",  # 致辞 as Taiwan writes it (致詞, converted)
    "发言",
    "总结",
    "寄语",
    "叮嘱",
    "勉励",
    "期勉",  # (Taiwan's word for exhorting: 总统…更期勉大家一定要坚持到最后一分钟)
    "鼓励",
    "嘱咐",
    "阐述",
    "解释",
    "通报",
    "告诉",
    "回应",
    "披露",
    "证实",  # (联邦调查局局长帕特尔12日证实,嫌疑人已被捕)
    # a post on social media (美国总统特朗普发文称; not 下发文件, 签发, 转发文章: speakers.py)
    "发文",
    "重申",
    "提醒",
    "称赞",
    "高度评价",  # (普京高度评价“一带一路”倡议…取得的积极进展)
    "肯定",
    "作报告",
    "作工作报告",
    "做报告",
    "作了重要讲话",
    "作重要讲话",
    "作了讲话",
    # the same written with 做 (出席会议并做了重要讲话: a speech made, not guidance studied)
    "做了重要讲话",
    "做重要讲话",
    "做了讲话",
    "发表了重要讲话",
    "发表讲话",
    "发表了讲话",
    "发表重要讲话",
    "致信",
    "答复",
    "介绍说",
    "分析",
    "直言",
    "表态",
    "明确",
    "作出部署",
    "发表谈话",
    "发表声明",
    "讲道",
)
VERB_ALT = "|".join(sorted(set(_VERBS), key=len, reverse=True))

# Adverbs that sit between a subject and its reporting verb (李小鹏还强调, 他进一步指出).
_ADVERBS = "还|也|同时|进一步|特别|最后|首先|再次|又|则|着重|明确|郑重|深刻|充分|高度|亲切|重点|随后|接着|专门|一再|多次|反复|曾|曾经"

# Reporting verbs, chairing/attending words and studied-guidance nouns are keys of the speaker
# automaton; a mention is tied to the first of them after it when the gap between the two passes
# the checks below (one clause, or a locative clause 在……会上, , or a comma opening the next clause
# of the same subject 戴应军听取了汇报,要求…).
REPORTING_VERBS = tuple(sorted(set(_VERBS), key=len, reverse=True))
VERB_SET = frozenset(_VERBS)
CHAIR_WORDS = ("主持", "组织召开")
ATTEND_WORDS = ("出席", "参加", "列席", "陪同", "参会", "到会", "会见", "座谈")
STUDIED_NOUNS = (
    "重要讲话",
    "重要指示",
    "讲话精神",
    "指示精神",
    "批示精神",
    "重要批示",
    "重要论述",
    "重要回信",
    "贺信",
    "同志为核心",
    "新时代中国特色社会主义思想",
    "生态文明思想",
    "外交思想",
    "经济思想",
    "法治思想",
    "文化思想",
    "强军思想",
    "重要文章",
)

# Characters a mention and its verb may not have between them (a new sentence or a turn); a
# quoted name inside the gap is fine (就台风“山竹”袭击答记者问).
GAP_STOP = re.compile(r"[。!?;\n:]")
# What opens the clause after a reporting verb's comma when no statement follows: the report
# goes on with the next thing done (应邀致词,随后…; 发表讲话,之后…).
NARRATIVE_GOES_ON = re.compile(r"\s*(?:随后|之后|此后|然后|接着|稍后|会后|其后)")
# Who may follow 的 between a person and a reporting verb and be the one speaking instead (穆加贝
# 先生的家属表示, 某某的发言人称); anything else after 的 is the person's own words (的讲话指出,
# 的贺词表示, 的答复称).
# A reporting word right after "X的…" is a noun (莫迪总理的积极表态, 梅女士的有关表态, X的讲话):
# the statement is named as a thing, not reported.
SPEECH_AS_NOUN = re.compile(r"表态|讲话|发言|言论|谈话|声明|致辞|致词|表示|回应|答复")
OTHER_SPEAKER_AFTER = re.compile(
    r"(?:家属|家人|亲属|夫人|妻子|丈夫|儿子|女儿|父亲|母亲|发言人|律师|秘书|助手|助理|代表|顾问|同事|学生)"
)

# A clause that ends in a locative or time word may be followed by a comma before the verb
# (在国务院新闻办公室举行的新闻发布会上, 介绍…).
LOCATIVE_END = re.compile(r"(?:上|时|中|期间|后|之际|前)$")

# The reporting verbs after which a name opening its sentence anchors itself (杨宇栋指出, / 李家祥说,).
OPENING_VERBS = frozenset(["指出", "强调", "表示", "说", "要求", "认为", "介绍"])
# Last characters of a three-character word that opens a sentence with 介绍/说 and is no name
# (项目组, 申诉中, 梁家河, 调研组).
NOT_NAME_ENDS = frozenset("组会部局处办委队所站馆院校厂场们河村镇乡庄屯")
# Activities a 中 after them makes a time (申诉中说, 会谈中表示): no name.
ACTIVITIES_BEFORE_ZHONG = frozenset(
    [
        "申诉", "会谈", "讲话", "访问", "调研", "发言", "采访", "交流", "座谈", "考察",
        "会见", "讨论", "通话", "致辞", "报告", "贺信", "回信", "演讲", "答问", "文章",
        "信件", "声明",
    ]
)
# Firms whose names open statements in express-delivery news (申通表示, 顺丰说).
FIRMS = frozenset(
    [
        "申通", "圆通", "中通", "韵达", "顺丰", "京东", "极兔", "百世", "德邦", "天天",
        "宅急送", "苏宁", "吉利", "华为", "腾讯", "阿里", "菜鸟",
    ]
)
# People quoted from history, not speaking at the event (毛泽东说, 邓小平指出 in a study text).
HISTORICAL_FIGURES = frozenset(
    [
        "毛泽东", "邓小平", "周恩来", "刘少奇", "朱德", "孙中山", "陈云", "任弼时", "焦裕禄", "雷锋",
        "鲁迅", "孔子", "孟子", "老子", "庄子", "孙子", "荀子", "韩非子", "诸葛亮", "司马迁",
        "王阳明", "马克思", "恩格斯", "列宁",
    ]
)
# Documents and messages that "say" things in a report and start with a surname's character.
DOCUMENT_NOUNS = frozenset(
    [
        "白皮书", "贺词", "贺信", "贺电", "公报", "决定", "声明", "社论", "评论", "文章",
        "方案", "规划", "纲要", "报告", "通知", "意见", "倡议书", "回信", "来信", "宣言",
        "章程", "条例", "办法", "贺卡", "简报", "快报", "通报", "答复", "批复", "批示",
        "解读", "年报", "月报", "周报", "调查", "研究", "分析", "党章", "宪法", "决议",
        "协议", "协定", "条约", "法律", "讲话", "报道", "消息", "信中", "电文", "致辞",
        "贺词中",
    ]
)
# A clause of the same subject's next step that ends right before the verb (,详细了解…情况后指出).
STEP_THEN = re.compile(rf"(?:{_ADVERBS}|并|详细|仔细|认真|深入)*(?:了解|听取|察看|查看|考察|视察|调研|检查|观看|参观)[^“”]*?(?:后|之后)(?:{_ADVERBS})*")
# A clause of the same subject setting out demands on a matter, before 要求 (…参加座谈,并就…人口普查
# 工作提出具体要求:…).
ON_MATTER_THEN = re.compile(rf"(?:{_ADVERBS}|并|同时)*(?:就|对)[^,。!?;\n“”]{{1,30}}?(?:提出|作出|做出)了?(?:具体|明确|几点|[一二三四五两]点)?")
# The second clause of such a matter, the work to be done, up to the demands (…讲话精神,全力做好…工作提出
# 要求:), not a new subject's (…作出批示,省防指随即…提出要求).
ON_MATTER_REST = re.compile(
    r"(?:全力|切实|扎实|认真|进一步|着力)?(?:做好|抓好|推进|推动|确保|加强|落实)[^,。!?;\n“”]{1,36}?"
    r"(?:提出|作出|做出)了?(?:具体|明确|几点|[一二三四五两]点)?"
)
# A clause of praise or thanks to those visited (对市局工作给予肯定, 对大家的辛勤付出表示感谢): the
# subject goes on after it.
APPRAISAL_CLAUSE = re.compile(
    r"(?:并|也|还)?对[^,。!?;\n]{1,36}?(?:给予了?(?:充分|高度)?(?:肯定|评价|赞扬)|表示(?:肯定|满意|感谢|祝贺|赞赏|慰问))"
)
# A guest's greeting or praise as a clause (热烈祝贺…开幕, 感谢中方…, 高度赞赏…, 转达…的问候): after a
# first clause that is one too, the guest goes on to his words (丁进勇热烈祝贺…开幕,祝贺中国人民…,表示…;
# 沙利文转达拜登总统对…的问候,感谢…会见,表示…).
GREETING_CLAUSE = re.compile(r"(?:并|也|还)?(?:热烈|衷心|高度)?(?:祝贺|感谢|欢迎|赞赏|转达)[^,。!?;\n]{1,36}")
# Those met or received (亲切会见受表彰代表), then greeted (向他们表示诚挚问候和热烈祝贺): the host's
# exhortation or hope after them is told (勉励他们…, 希望他们…).
MET_CLAUSE = re.compile(r"[^,。!?;\n]{0,24}?(?:会见|接见|看望|慰问)了?[^,。!?;\n]{1,40}")
WISHES_CLAUSE = re.compile(r"(?:并|也)?向[^,。!?;\n]{1,20}?表示[^,。!?;\n]{0,12}?(?:祝贺|问候|慰问|敬意)")
# A clause of what the same subject took in or checked (听取相关部门、镇街工作情况汇报, 详细询问企业节前安全
# 部署情况, 检查危房防护): the subject goes on after it (…主持召开会议,听取…汇报,强调要…).
STEP_CLAUSE = re.compile(
    rf"(?:{_ADVERBS}|并|详细|仔细|认真|深入|实地)*"
    # (…到思明区,检查危房防护和应急工作准备,强调: an inspection's step; not 督导组反馈了…, a group's)
    rf"(?:听取了?|了解了?|察看了?|查看了?|询问了?|(?:检查|督导|督查|巡查|调研|走访|考察)(?:了|(?![组团队]|报告|结果|意见|情况)))"
    rf"[^,。!?;“”\n]{{1,36}}"
    # (…,对全会精神作了全面宣讲和系统阐释,表示…: the subject's own presentation)
    r"|(?:对|就|从)[^,。!?;\n]{1,30}?(?:作了|进行了?)[^,。!?;\n]{0,12}?(?:宣讲|阐释|解读|讲解)"
)
# Only adverbs (or nothing) between a comma and the verb of the next clause (,并强调 / ,要求).
ADVERBS_ONLY = re.compile(rf"(?:{_ADVERBS}|并|同时)*")

# An honorific or group word right after a name (李小鹏同志, 赵冲久一行) before the verb.
# (教授, 院士 and 博士 too: 院长索端智教授提到…, the person speaking; a general's rank: 雷盛武少将要求)
# A general's rank right after a name (黄铭上将, 雷盛武少将): no 将 of the future. The two a name
# ending in 上 or 中 may run into before 将, "will" (刘国中将分别致辞), count only in the forces.
GENERAL_RANKS = ("上将", "中将")
RANK_AFTER_NAME = GENERAL_RANKS + ("少将", "大校")
# The forces named before a name (中部战区司令员, 国防部长, 武警…政委): a 上将 or 中将 after it is a rank.
MILITARY_BEFORE = re.compile(r"司令|政委|政治委员|战区|军|国防部|武警|部队|参谋")
HONORIFIC = re.compile("|".join(("同志", "先生", "女士", "一行", "教授", "院士", "博士") + RANK_AFTER_NAME))

# A colon right after a name or title opens the person's words (国家邮政局马军胜:加快…).
COLON_AFTER = re.compile(r"(?:同志|先生|女士)?\s*:(?!\s*$)")

# What follows a verb in a nominal or non-reporting use (讲话精神, 介绍的, 说明, 说服, 说法; demands
# named, 提出明确要求; not 表示法方…, 表示明年…, 宣布明天…, which report; 说明年度… is 说明; 荣誉称号,
# 称职 hold 称 as no verb).
VERB_NOT_REPORT = re.compile(r"精神|的|稿|要点|全文|(?<=说)[服法]|(?<=称)(?:号(?!召)|职(?![业工务能])|谓)|明(?![天日]|年(?!度))")
# Words that make the reporting verb after them a noun (给予专家组高度评价, 受到肯定; a document read
# out or sent on: 宣读了表彰通报, 印发…通报; someone's written or filmed address: 宣读…总统托卡耶夫的
# 书面致辞并致辞): nobody speaks.
VERB_AS_NOUN_BEFORE = re.compile(
    r"(?:(?:给予|予以|获得|得到|受到|赢得|广受)[^,。!?;\n]{0,8}|(?:宣读|印发|下发|转发)了?[^,。!?;\n并和及又后]{0,6}"
    r"|的(?:书面|视频))\Z"
)

# Past or habitual statements (多次强调, 曾指出): not a report of this event.
HABITUAL = re.compile(r"(?:多次|反复|一再|曾经|曾|早就|始终)\Z")

# A third-person pronoun that reports the last named official's statement (他强调, 她还表示).
PRONOUN_SPEECH = re.compile(rf"(?:[他她]|其(?:现场)?)(?:在[^。!?;\n,]{{0,20}}?(?:上|中|时),?)?(?:{_ADVERBS})*(?:{VERB_ALT})")

# A sentence whose subject is left out, the one before it going on (……给予肯定。表示将……, 每到一处,
# 都详细询问…。期间强调,…): its
# reporting verb right after a sentence end, an adverb or two between, then a comma, a colon or
# what is said (将, 要).
ZERO_SUBJECT_VERBS = frozenset(["表示", "指出", "强调", "要求"])
ZERO_SUBJECT_LEAD = re.compile(r"[\n。][ \u3000]*(?:同时|并|还|也|随后|此外|期间)?[ \u3000]*\Z")
# The characters that may stand right before such a verb (a cheap test before the pattern).
ZERO_SUBJECT_LEAD_LAST = frozenset("\n。 \u3000时并还也后外间")
# (要求 with those it asks named first: 。\n要求各中小学、幼儿园要认真做好…)
ZERO_SUBJECT_SPEECH = re.compile(
    r"(?:表示|指出|强调|要求)(?=[,:将要])"
    r"|要求(?=(?:各|全|广大|相关|有关|所属)[^,。;!?\n]{0,18}?(?<![主重需必只])要(?![求素点闻]))"
)

# What may stand between two subjects joined and the verb they share (…16日分别表示, 今天均表示).
JOINT_VERB_LEAD = re.compile(r"(?:\d{1,2}日|今天|昨天|当天|当日)?(?:分别|均|都|一致|同时|也)")

# Greetings asked to be passed on (鲁托请韩正转达…问候): the 请 that may follow a name (not 申请, 聘请,
# 报请 …, which hold it inside a word).
ASKED_TO_PASS_ON = re.compile(r"请[^,。!?;\n]{1,10}?转达")

# Q&A transcript turn: a line that opens with a name and a colon (耿爽:…, 主持人 胡凯红:);
# matched at the start of the line of each colon the automaton finds.
QA_LINE = re.compile(r"[ \t]*(?:[-–—·•][ \t]*)?(?:主持人[ \t]*)?(?P<name>[\u4e00-\u9fff·]{2,5})[ \t]*:[ \t]*(?=\S|\n)")

# A turn labelled with the speaker's designation, a space and the name (国务院新闻办新闻局 寿小丽:,
# · 交通运输部副部长 王志清:), the line holding nothing else.
DESIGNATED_TURN = re.compile(
    r"[ \t·•]*(?P<desig>[\u4e00-\u9fff、]{2,30}?)[ \t]+(?P<name>[\u4e00-\u9fff·]{2,4})[ \t]*:[ \t]*(?=\n|$)"
)

# A bracketed transcript turn ([铁道部副部长 王志国]…, 【高峰】…): the name closes the bracket.
BRACKET_TURN = re.compile(
    r"[ \t·•]*[【\[](?P<desig>[^】\]\n]{0,30}?)[ \t]*(?P<name>[\u4e00-\u9fff·]{2,4})[ \t]*[】\]][ \t]*:?(?=\S|\n)"
)
# What a bracketed label holds when it credits the page's staff (【责任编辑 王芳】, [摄影 李华]) or
# names a reporter asking (新华社记者 王小明:), not a speaker's post.
CREDIT_DESIGNATION = re.compile(r"记者|编辑|责编|摄影|摄像|校对|来源|通讯员|作者|审核|监制|制作|撰稿|翻译")

# A list of links to other stories (相关新闻, …的相关文章, 延伸阅读): its lines are headlines.
# (a heading of its own, on its line or closing a link, not a word of a sentence: 近日媒体相关报道引发关注)
RELATED_LINKS = re.compile(
    r"(?:^|(?<=[\n/|]))[ \t]*(?:相关新闻|相关文章|相关阅读|延伸阅读|相关链接|推荐阅读|相关报道|相关推荐|热点新闻|更多新闻|"
    r"往期回顾|热门文章|上一篇|下一篇)[ \t]*[:]?[ \t]*(?=\n|$)|的相关文章(?=[/\n]|$)",
    re.MULTILINE,
)
# A text announcing that a transcript follows.
# (or a group interview of a congress's news centre: 接受中外记者集体采访, 出席专题采访的嘉宾有)
TRANSCRIPT_CUE = re.compile(r"答记者问|图文实录|文字实录|实录如下|(?:集体|专题)采访|接受中外记者采访")

# The body that holds a press conference, named at the head of its sentence (国务院新闻办公室于2016年
# 7月28日…在国务院新闻办新闻发布厅举行发布会; 国新办就…举行发布会; 十二届全国人大一次会议新闻中心在梅地亚中心
# 举行记者会), or whose conference the host welcomes everyone to (欢迎大家出席国务院新闻办新闻发布会):
# a press office or a news centre, whose staff host its conferences.
CONFERENCE_HOST_BODY = re.compile(
    # (the body's name: Han characters with no 在 or 于 in them, so no 交通运输部20日在部新闻中心)
    r"(?:^|(?<=[\s,。:;!?]))(?P<body>[^\W\d_在于]{0,24}?(?:新闻办公室|新闻办|国新办|新闻中心))"
    r"[^。\n]{0,60}?举行[^。\n]{0,30}?(?:发布会|吹风会|记者会|记者招待会)"
    r"|欢迎(?:大家)?(?:出席|参加)(?P<welcome>[^\W\d_]{2,24}?(?:新闻办公室|新闻办|国新办|新闻中心))的?(?:新闻)?"
    r"(?:发布会|吹风会|记者会)",
    re.MULTILINE,
)

# The same turn run on after the sentence before it on one line (…并答记者问。 [国家外汇管理局副局长
# 王小奕]女士们、先生们): the bracket holds a designation and a name, and speech follows.
INLINE_BRACKET_TURN = re.compile(
    r"(?<=[。!?])[ \t]*[【\[](?P<desig>[^】\]\n]{2,30}?)[ \t]+(?P<name>[\u4e00-\u9fff·]{2,4})[ \t]*[】\]][ \t]*:?(?=\S)"
)

# What may stand between a post alone and its reporting verb when the post refers back to its
# holder (总统表示, 部长还强调, 总统致词时表示, 总统在谈话中指出): adverbs and the occasion of the words, nothing that
# makes the post part of a noun (委员长会议建议, 代表们认为).
TITLE_REFERENCE_GAP = re.compile(rf"(?:{_ADVERBS}|并|同时|在?(?:致词|致辞|讲话|演说|演讲|谈话)中?时?)*")

# A reporter's turn at a press conference (法新社记者:…, 中央广播电视总台国广记者:…, 记者:…): a
# question, whose cited statements are no speaker's turn.
REPORTER_LINE = re.compile(r"[ \t]*[【\[]?[^\n:。!?\]】]{0,20}?记者[ \t]*(?:问|提问)?[ \t]*[】\]]?[ \t]*:")
# …but not one telling the reporter, whose words the colon opens (县委书记白学贵告诉记者:“…”, 告诉总台记者:).
TELLS_REPORTER = re.compile(r"(?:告诉|对|向)[^:\n]{0,6}记者")

# Answer turn of an interview whose answerer was introduced earlier (答:…).
ANSWER_LINE = re.compile(r"[ \t]*答[ \t]*:")
# A reporter's question turn (问:…): whoever it quotes is not a speaker of the event.
QUESTION_LINE = re.compile(r"[ \t]*问[ \t]*:")

# Words that open a colon line but are not people (记者:, 来源:, 编辑:, 主持人:).
QA_STOPWORDS = frozenset(
    [
        "记者",
        "编辑",
        "作者",
        "来源",
        "责编",
        "摄影",
        "主持",
        "主持人",
        "问",
        "答",
        "提问",
        "回答",
        "时间",
        "地点",
        "出处",
        "摘要",
        "关键词",
        "网友",
        "原标题",
        "链接",
        "附件",
        "注",
        "备注",
        "导语",
        "文字",
        "图片",
        "视频",
        "本报讯",
        "电",
        "日期",
        "发布",
        "标题",
        "关键字",
        "关键词",
        "标签",
        "责任编辑",
        "相关",
        "热点",
    ]
)

# A regular press conference announced with its host (外交部发言人耿爽主持例行记者会).
PRESS_CONFERENCE = re.compile(
    r"(?P<org>[\u4e00-\u9fff]{2,12}?)(?:新闻)?发言人(?P<name>[\u4e00-\u9fff·]{2,4}?)主持(?:召开)?(?:网上)?(?:例行|定期)?(?:记者会|新闻发布会|发布会)"
)

# An attendee list opener (出席会议的有…, 参加会议的还有…): names after it are attendees.
ATTEND_BEFORE = re.compile(r"(?:出席|参加|列席|陪同)[^。!?;\n]{0,12}?(?:的有|的还有|有)[::]?$")

# Studying verbs before a mention (学习……, 传达……, 贯彻……) mark the same kind of mention.
# An instruction the report gives the content of, right after the person who gave it (习近平作出重要
# 指示强调…, 李克强作出重要批示。批示指出…, 李强作出批示:…, 费高云就…工作作出重要批示:“…”, 习近平立即作出
# 重要指示,要不惜代价…): their own statement, unlike an
# instruction a meeting studies (传达学习…作出的重要指示精神) or one only mentioned (作出了重要批示。).
INSTRUCTION_MADE_RE = (
    # (the leader's title may follow the name: 习近平总书记立即作出重要指示,要求…)
    r"(?:总书记|总理|主席|委员长)?"
    r"(?:近日|日前|今天|今日|昨天|昨日|\d{1,2}日)?(?:也|还)?(?:立即|随即|迅速|第一时间)?(?:[对就在][^。!?;\n]{1,40}?)?"
    # (Taiwan's word for a ruling given: 总统也做出四点裁示如后:)
    r"(?:高度重视并|高度重视,)?(?:作出|做出|作了|做了)了?(?:重要|[一二三四五六七八九十\d]{1,2}点)?(?:指示|批示|裁示)"
)
INSTRUCTION_GIVEN = re.compile(
    # (陈敏尔书记批示:“成绩可喜…”: the instruction quoted right after its writer; 王少雄对《…报告》
    # 批示:调研组织得好: on a document, its words after the colon)
    r"(?:批示|指示)(?:\s*[::]\s*[“\"]|(?:指出|强调)(?!的))|"
    r"对《[^》\n]{1,40}》(?:作出|做出)?(?:批示|指示)\s*[::]|"
    + INSTRUCTION_MADE_RE
    + r"(?:\s*[,:]?\s*(?:指出|强调|要求|表示)|(?:如下|如后)?\s*:|\s*。\s*(?:指示|批示)中?(?:指出|强调|要求)"
    # (its words right after the comma: 作出重要指示,要不惜代价搜救…; 作出批示,国家防总和有关地方要…;
    # 作出批示,此次事故失联人员多,要全力搜救…: the modal 要 soon after, not 主要/重要/需要, nor past
    # someone else's reporting verb (…引起强烈反响,各地干部群众表示,要…), nor another body's demands:
    # 作出批示,省防指随即…作出部署并提出要求)
    r"|\s*,(?=(?:(?!表示|指出|强调|认为|说)[^。!?;\n]){0,24}?(?<![主重需只必纪])要(?!求)))"
)
# Right after a name, an instruction of theirs made (李克强对…会议作出重要批示, a page's heading):
# theirs, not one they study, though nothing of it may be told there.
INSTRUCTION_MADE = re.compile(INSTRUCTION_MADE_RE)
# Right after a name, a letter of theirs sent (习近平发来贺信, 致贺信, 给…回信): like an instruction
# made, its words given further on are theirs though a meeting reads the letter out.
LETTER_SENT = re.compile(
    r"(?:总书记|主席)?(?:近日|日前|今天|\d{1,2}日)?(?:(?:发来|致)(?:贺信|贺电|信)|给[^,。!?;\n]{1,30}?回信)"
)
# Words earlier in the sentence that put an instruction in the past (去年,习近平…作出重要批示).
INSTRUCTION_PAST = re.compile(r"去年|前年|曾|此前|以前|当年|时,")
# A doctrine named after a leader, right after the name (习近平新时代中国特色社会主义思想, 习近平生态文明思想).
DOCTRINE_AFTER = re.compile(r"(?:新时代中国特色社会主义|生态文明|外交|经济|法治|文化|强军)?思想")
# Right before 重要论述, the act of making the remarks (作出一系列重要论述): the one named before
# them made them, nobody studies them there. (An instruction made, 作出重要批示, has rules of its
# own: INSTRUCTION_MADE.)
REMARKS_MADE_BEFORE = re.compile(r"(?:作出|做出|发表)了?(?:一系列|系列)?\Z")

STUDIED_BEFORE = re.compile(r"(?:学习|传达|贯彻|落实|领会|遵循|按照|根据|依据)[^。!?;\n,]{0,12}\Z")
# Of those, the ones that carry out an order (根据习近平指示和李强要求): an instruction the report
# itself gave is being followed, not guidance studied.
FOLLOWING_ORDERS_BEFORE = re.compile(r"(?:按照|根据|依据)[^。!?;\n,]{0,12}\Z")
# Before a name and its 要求, words of carrying orders out, further back in the clause (贯彻落实
# 习近平总书记重要指示批示精神和李强总理要求,坚持…; 传达…和李强总理批示要求,研究部署…): 要求 is
# the demands carried out, a noun, and nobody's statement opens after it.
ORDERS_CARRIED_OUT_BEFORE = re.compile(r"(?:按照|根据|依据|遵照|贯彻|落实|传达)[^。!?;:\n,]{0,32}\Z")

# Words right before a mention that make the following verb someone else's (向李小鹏汇报, 听取…).
# Verbs of criticism: the one they name is spoken of, absent, and where a designation starts
# (国际社会批评日本首相…, 伊朗谴责美国总统特朗普的言论, 驳斥美国总统拜登…的言论).
CRITICISM_VERBS = ("批评", "谴责", "驳斥", "抨击", "指责")

OBJECT_BEFORE_WORDS = (
    "向",
    # 在同湖北省委书记应勇会见时表示: the one met (not 与, which joins two subjects)
    "在同",
    "在与",  # 副市长张成林在与訾小春进行会谈时,详细介绍了…: the frame of a meeting, as 在同
    "在和",
    "听取",
    "请",
    "邀请",
    "陪同",
    "会见",
    "会见了",
    "对",
    "给",
    "为",
    "祝贺",
    "看望",
    "慰问",
    "感谢",
    # (表彰…副部长郑德美对国家的贡献,并期勉…; 肯定新任院长廖俊智的学者风范: the one praised)
    "表彰",
    "肯定",
    # (国际社会批评日本首相高市早苗发表的错误言论: the one criticised, whose words are the matter)
    *CRITICISM_VERBS,
    "请来了",
    "(?<![顾学访疑])问",  # 问 of 顾问, 学问, 访问, 疑问 is no question put to someone
    "就",  # 就美国前总统布什逝世答记者问: what the answer is about
    # 李强…回答了施瓦布的提问,强调…: the one whose question is answered
    "回答了",
    "回答",
    # 在会上传达了习近平重要指示并讲话: whose instruction is passed on (the one passing it on
    # keeps the verbs after it)
    "传达",
    "传达了",
)
# A name inside the matter an answer is about, however far after 就 (外交部发言人陆慷就联合国大会核准
# 智利前总统巴切莱特为下任人权高专答记者问): the matter, not the one answering. Read before the name
# (就 and the matter's words up to it, in one clause; not the 就 of 就业 or 成就, nor across a headline's
# dash: 十年成就举世瞩目——国家统计局局长康义答记者问) and after it (the rest of the matter, then 答记者问).
ANSWER_MATTER_BEFORE = re.compile(r"(?<![成造早也])就(?![业是要])[^,。;:!?\n“”\"—]{0,40}\Z")
ANSWER_MATTER_AFTER = re.compile(r"[^,。;:!?\n]{0,40}?(?:答记者问|答问|回答记者提问)")
# (\Z, not $: a window ending in a line break, 答问\n before a turn, must not match)
OBJECT_BEFORE = re.compile("(?:" + "|".join(OBJECT_BEFORE_WORDS) + r")\Z")
# Words right before a titled official named without an act of theirs that say they were not at
# the event: greetings passed on from them, the matter of a question, an invitation of theirs
# (转达…的问候, 就…答记者问, 针对…的批评, 据…的消息, 应…邀请, 批评…的言论). Someone met, visited or given an award (会见, 看望,
# 颁奖给) was there.
NOT_PRESENT_BEFORE = re.compile(r"(?:转达|应|就|针对|对于|关于|据|(?<![顾学访疑])问|" + "|".join(CRITICISM_VERBS) + r")\Z")
# Last characters of those words: the regex runs only when one ends the window (a cheap test).
OBJECT_BEFORE_LAST = frozenset(w[-1] for w in OBJECT_BEFORE_WORDS)

# A run of Han characters (a name candidate must be one).
HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")

# Clause and sentence ends, for evidence sentences.
SENTENCE_END = re.compile(r"[。!?;\n]")

# A dated year in the opening of a text (2017年11月, 2017-11-17), for knowledge-base look-ups
# without ``published``; a bare year (到2025年) is often a target, not a date.
# (A leading [12] keeps the scan fast; the caller checks 19xx/20xx and the digit before.)
YEAR_IN_TEXT = re.compile(r"([12]\d{3})(?:年\d{1,2}月|[-/.]\d{1,2}[-/.]\d{1,2})")

# A transliterated foreign name, its parts joined by · (基莫·萨西, 比沙尔·侯赛因): after a post it is
# a person's name whatever its first character, which no Chinese-surname rule would take.
DOTTED_NAME = re.compile(r"[\u4e00-\u9fff]{1,6}(?:·[\u4e00-\u9fff]{1,8}){1,3}")

# Boundary after a name: punctuation, space, the end of the text, or the start of a word that
# follows names.  Kept as parts so the tagger can test it with one dict look-up per position
# (first alternative that matches wins, exactly as in the regex).
NAME_FOLLOW_CHARS = r"[\s\d,.。、;:!?“”\"()《》【】\[\]\-—…·]"
# Words that may follow a name, in the order the regex tries them.
_CN_DIGITS = "一二三四五六七八九"
#: 一日 … 三十一日
_CHINESE_DAYS = tuple(
    (("" if n < 10 else ("十" if n < 20 else _CN_DIGITS[n // 10 - 1] + "十")) + ("" if n % 10 == 0 else _CN_DIGITS[n % 10 - 1]) + "日")
    for n in range(1, 32)
)
CHINESE_DAY = re.compile("|".join(sorted(_CHINESE_DAYS, key=len, reverse=True)))
NAME_FOLLOW_WORDS = (
    ("随同", "随后", "随即")
    # adverbs between a name and its verb (局长王某再次强调:; not 多次/一再, a habit: HABITUAL)
    + ("再次", "专门", "着重", "郑重")
    # by video (乌兹别克斯坦总统米尔济约耶夫视频祝贺协定签署, …视频致辞)
    + ("视频祝贺", "视频致辞", "视频讲话", "视频连线")
    # a report made on a body's behalf (财政部部长刘昆受国务院委托作的…报告)
    + ("受国务院委托", "受委员长会议委托", "受中共中央委托", "受党中央委托")
    + REPORTING_VERBS
    + (
        "同志",
        "先生",
        "女士",
        "阁下",
        # (院长王端智教授指出: an academic's honorific after the name)
        "教授",
        "院士",
        # a military rank after the name (广东省消防总队总队长雷盛武少将要求, 司令员黄铭上将出席; a name
        # ending in 上 or 中 before 将, "will", is read whole outside the forces: 刘国中将分别致辞)
        *RANK_AFTER_NAME,
        "正在",
        "即将",
        "逝世",
        "去世",
        "访华",
        "访问",
        "出访",
        "抵达",
        "结束",
        "邀请",
        # greetings passed on (拉夫罗夫转达普京总统…的问候; 请 only before 转达, see ASKED_TO_PASS_ON), a
        # fact confirmed (…代表托马斯-格林菲尔德证实), a post taken up (佩通坦·钦那瓦出任总理), a speech
        # (日本首相岸田文雄演讲时表示)
        "转达",
        "证实",
        "出任",
        "演讲",
        # a day written in Chinese numerals, as Hong Kong, Taiwan and older wire copy do
        # (行政长官何厚铧二十八日表示), the longer forms first
        *sorted(_CHINESE_DAYS, key=len, reverse=True),
        "今日",  # (李长江今日透露)
        "昨日",
        "今天",
        "昨天",
        "前天",
        "任期",
        "任内",
        "一行",
        "等",
        "在",
        "与",
        "和",
        "及",
        "对",
        "就",
        "向",
        "率",
        "到",
        "赴",
        "来",
        "前往",
        "深入",
        "会见",
        "接受",
        "回答",
        "答",
        "作",
        "做",
        "出席",
        "参加",
        "主持",
        "陪同",
        "列席",
        "的",
        "还",
        "也",
        "分别",
        "首先",
        "随后",
        "同时",
        "一起",
        "代表",
        "指出",
        "强调",
        "表示",
        "带队",
        "调研",
        "考察",
        "视察",
        "看望",
        "慰问",
        "听取",
        "汇报",
        "主持",
        "宣读",
        "致",
        "署名",
        "讲",
        "说",
        "认为",
        "希望",
        "要求",
        "介绍",
        "称",
        "透露",
        "坦言",
        "回应",
        "解读",  # (司长吕大良解读,上半年…: the name ends there; what makes a speaker is said later)
        "作为",
        "从",
        "于",
        "以",
        "被",
        "曾",
        "已",
        "将",
        "为",
        "是",
        "则",
        "又",
        "并",
        "到",
        "会同",
        "通报",
        "特别",
        "专程",
        "日前",
        "近日",
        "近期",  # (世卫组织总干事高级顾问布鲁斯·艾尔沃德近期表示)
        "今天",
        "昨天",
        "当天",
        "上午",
        "下午",
        "晚上",
        "关于",
        "率",
        "带领",
        "听",
        "连",
        "点头",
        "一边",
        "详细",
        "仔细",
        "先后",
        "走进",
        "来到",
        "现场",
        "亲自",
        "多次",
        "专门",
        "主动",
        "当即",
        "充分",
        "高度",
        "明确",
        "重点",
        "着重",
        "接着",
        "最后",
        "针对",
        "专题",  # (徐新荣专题听取)
        "应询",  # (发言人马晓光应询介绍说)
        "认真",
        "实地",
        "这样",  # (张力军这样说)
        "这么",
        "如是",
        "围绕",
        "结合",
        "通过",
        "根据",
        "按照",
        "上任",
        "任",
        # (副市长李四共同出席: not 李四共; 副部长游钧谈及…时表示: not 游钧谈)
        "共同",
        "谈及",
        "谈到",
        "同",
        "向",
        "召开",
        "通话",
        "通电话",
        "会谈",
        "会晤",
        "举行",
        # (司法部部长张军予以回应: not 张军予)
        "予以",
        # (医保局局长蔺永强进行了再部署,并强调: the subject's step, then the verb)
        "进行",
        # (章轲感谢江苏省委、省政府的支持。他表示: a host's or guest's thanks open the turn)
        "感谢",
        "组织",
        "传达",
        "提交",
        "提出",
        "签署",
        "发表",
        "作出",
        "做出",
        "尊敬",
        "同志们",
        "各位",
        "女士们",
        "朋友们",
        "大家",
        # 今(16)日, 昨(15)日: Taiwan's releases write the day of the month in parentheses
        "今(",
        "昨(",
        # and their own words for steps of a visit (大使蒙西比呈递到任国书, 副秘书长蔡明彦转述会谈内容,
        # 总统阿布铎视导空军基地, 副总理倪乐索尼伉俪乙行, 偕同夫人)
        "呈递",
        "转述",
        # what a deputy brings to the press (代表通道: 委员李有毅分享了…观察,她认为; 代表张克勤讲述了…;
        # 代表单增海给大家带来了一个好消息; 委员舒勇长期从事…工作,他认为)
        "分享",
        "讲述",
        "带来",
        "给大家",
        "长期",
        "视导",
        "伉俪",
        "偕同",
    )
)
NAME_FOLLOW = re.compile(NAME_FOLLOW_CHARS + "|$|" + "|".join(map(re.escape, NAME_FOLLOW_WORDS)))
# One character of the punctuation/space/digit alternative of NAME_FOLLOW.
NAME_FOLLOW_CHAR = re.compile(NAME_FOLLOW_CHARS)

# Boundary before a name (start of text, punctuation, space, or a function word that ends a
# phrase): used when a name is found before its title (马军胜局长).
NAME_PRECEDE = re.compile(
    r"(?:^|[\s,.。、;:!?“”\"()《》\-—…·]|的|和|与|及|同|由|请|向|对|在|了|是|据|为|有|经)$"
)

# Characters a designation is written with (Han, 、 and spaces), matched on the reversed stretch
# before a title to find where the designation starts.
DESIGNATION_RUN = re.compile(r"[\u4e00-\u9fff、 ]*")

# Words inside the stretch before a title that end a designation (……座谈会上, 与, 会见了 …):
# the designation starts after the last of them.
DESIGNATION_STOP = re.compile(
    r"在与|在|以(?=[省市县区州]|国家|中国)|引述|(?<![中共党])(?:(?<!央)|(?!和国家))和(?![平谐硕]|田(?!径)|林格尔)|同(?!济|安[区县])|由|是|为|及|向|对于|对(?!外(?!交))|会见了?|听取|邀请|请来了|陪同|日\s*电|(?<=[0-9一二三四五六七八九十廿卅])日|(?<![日常])日(?![常报照喀土])|以及|其中|了|等|据|新任|现任|时任|前任|原任|时|上午|下午|称|到|赴|"
    r"出席|参加|主持|今天|昨天|近日|日前|当天|还有|有(?!限)|给|讯|报道|获悉|消息|本网|记者|提问|问|(?<![草平高中太还复])原(?![子料因则油创生始有])|受"
    r"|包括|欢迎|接见|接待|感谢|拜访|采访|专访|播出|应约|援引|会晤|看望|会同|请|(?<!党)的|刚才|刚刚|就(?![业职任读])|关于|有关|转达|应(?![急用链])"
    r"|随着|走访(?![团组])|来到|前往"
    # one appointed, and a time word opening the clause (伊朗最高领袖任命伊朗陆军总司令穆萨维; 目前玻利维亚
    # 前陆军司令苏尼加被捕)
    r"|任命|目前|当前"
    # 与 before a place's committee or government (张建民与区党委副书记…): two people, not a body's 与
    # (the window may end at the level, before its post: 与镇|党委书记)
    r"|与(?=(?:自治)?区(?:党)?委|[省市县州旗盟乡镇](?:党)?委|自治区|[省市县区州旗盟乡镇](?:人民)?政府|[省市县区州旗盟乡镇]\Z)"
)

# Surnames that are also everyday words (向大家, 于是, 高度, 常态): a name starting with one needs
# a knowledge-base entry or a punctuation boundary after it.
AMBIGUOUS_SURNAMES = frozenset("向于时成高万方安常单明甘解强连都习从全文曾伊关信楼卓符廉储麦冀支呼崇危路应宇康阴印封束绳铁朴")

# Everyday words that look like a surname and a given name after a title (发言人周六表示).
NOT_NAMES = frozenset(
    {
        # what a party's members do and hold (向共和党议员施压, 地方议员席位)
        "施压",
        "席位",
        "席次",
        # Taiwan's word for calling on a superior (理事长黄文尧上午在晋见总统时表示)
        "晋见",
        "周一",
        "周二",
        "周三",
        "周四",
        "周五",
        "周六",
        "周日",
        "周末",
        "周年",
        # the 两会 corridor a delegate or minister talks in (代表通道, 部长通道), read after 代表
        "通道",
        "任内",
        "时隔",
        "周边",
        "周内",
        "高度",
        "高层",
        "方面",
        "安全",
        "时间",
        "常态",
        "明确",
        "连续",
        "党中央",
        "党和",
        "全体",
        "关于",
        "关心",
        "关切",
        "关注",
        "关键",
        "连线",
        "商业",
        "商务",
        "植物",
        "郑重",
        "顾问",
        "贺信",
        "贺电",
        "江村",
        "马耳他",
        "欧佩克",
        "欧盟",
        "欧洲",
        "韩国",
        "伊朗",
        "伊拉克",
        "宗教界",
        "文化",
        "文明",
        "时代",
        "成果",
        "成员",
        "方案",
        "方式",
        "安排",
        "常委",
        "林业",
        "牛奶",
        "金融",
        "金额",
        "钱款",
        "黄金",
        "白色",
        "温度",
        "温暖",
    }
)

# Posts that a name may precede (马军胜局长, 汪洋副总理).  Posts beginning with a place suffix
# (市长, 省长) are left out: 武汉市长 is a city's mayor, not a man called 武汉.
# A department of a known body between it and a name whose post follows (农业农村部种业管理司杨海生
# 副司长: 种业管理司): a few characters ending as a department does.
# (Not across a conjunction or into another body: 公安部和市公安局, 教育部联合省教育厅各处.)
DEPARTMENT_BEFORE_NAME = re.compile(r"(?![省市县区州各])(?:(?![和与及同联、])[\u4e00-\u9fff]){1,7}?(?:司|局|处|办公室|中心)")
NAME_POST_POSTS = frozenset(
    [
        "部长",
        "副部长",
        "局长",
        "副局长",
        "司长",
        "副司长",
        "主任",
        "副主任",
        "副省长",
        "副市长",
        "厅长",
        "副厅长",
        "书记",
        "副书记",
        "董事长",
        "总经理",
        "副总经理",
        "会长",
        "处长",
        "副处长",  # (市局特设处曹必刚副处长主持)
        "秘书长",
        "副秘书长",
        "总理",
        "副总理",
        "总统",
        "副总统",
        "国务委员",
        "主席",
        "副主席",
        "委员长",
        "同志",
        # the heads of a 署 and of a bank written after the name (俞建华署长, 潘功胜行长); not 外长
        # (王毅外长将会见…: in the foreign ministry's briefings it mostly announces or relays)
        "署长",
        "行长",
        # a procurator-general written after the name (曹建明检察长说)
        "检察长",
        "副检察长",
        # ranks below the ministries' heads (黄勇巡视员充分肯定了…)
        "巡视员",
        "副巡视员",
        "一级巡视员",
        "二级巡视员",
        "调研员",
        "总工程师",
        "总经济师",
        "特派员",
        "政委",
        # a museum's, an archive's or a library's head (福州市档案馆刘若清副馆长)
        "馆长",
        "副馆长",
        # a fire-rescue corps' or detachment's head (冷俐总队长强调, 周文斌支队长)
        "总队长",
        "副总队长",
        "支队长",
        "副支队长",
    ]
)

# Posts written after a name only when the name is already known (the page named the person
# before, or the knowledge base knows them): 应勇市长指出 after 市长应勇…. Before these posts an
# unknown name is mostly a place or a unit (邹城市长, 林业站站长, 纪检组组长, 金融所所长).
NAME_POST_POSTS_KNOWN = frozenset({"市长", "省长", "县长", "区长", "副县长", "副区长", "所长", "站长", "组长",
                                   # (刘建院长指出: a hospital's or an academy's head the page has named)
                                   "院长", "副院长"})

# Posts that make a surname-and-title reference (马局长, 李部长) worth resolving.
# The given name and 先生/女士 after a surname and a post, as Taiwan's releases name their leaders
# (李总统登辉先生, 连副总统战先生, 吕副总统秀莲女士).
STYLED_NAME_TAIL = re.compile(r"([\u4e00-\u9fff]{1,2}?)(?:先生|女士)")
STYLED_NAME_POSTS = frozenset({"总统", "副总统", "院长", "副院长", "主席", "副主席", "部长", "秘书长"})

LEADER_POSTS = frozenset(
    [
        "总监",  # (张总监强调: 食品安全总监张剑平)
        "署长",  # (盛署长指出: 海关总署署长盛光祖)
        "副署长",
        "部长",
        "副部长",
        "局长",
        "副局长",
        "司长",
        "副司长",
        "主任",
        "副主任",
        "省长",
        "副省长",
        "市长",
        "副市长",
        "厅长",
        "副厅长",
        "书记",
        "副书记",
        "董事长",
        "总经理",
        "会长",
        "处长",
        "秘书长",
        # (金副会长表示, 沈县长要求, 李院长介绍)
        "副会长",
        "县长",
        "副县长",
        "区长",
        "副区长",
        "院长",
        "副院长",
        "副处长",
        "副秘书长",
        "副董事长",
        "副总经理",
        # Taiwan's vice-ministers and heads of its councils and agencies (外交部次长刘德立…刘次长表示)
        "次长",
        "执行长",
        "主委",
    ]
)

# Provincial-level divisions, for titles that say only 省 (副省长吕维峰, 省交通运输厅厅长): the
# province is the one the text names nearest before the person.
PROVINCE = re.compile(
    r"北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|"
    r"四川|贵州|云南|陕西|甘肃|青海|内蒙古|广西|西藏|宁夏|新疆"
)

# Full names of the provincial-level divisions that are not plain 省.
PROVINCE_FULL = {
    "北京": "北京市",
    "天津": "天津市",
    "上海": "上海市",
    "重庆": "重庆市",
    "内蒙古": "内蒙古自治区",
    "广西": "广西壮族自治区",
    "西藏": "西藏自治区",
    "宁夏": "宁夏回族自治区",
    "新疆": "新疆维吾尔自治区",
}

# A visit to the page's own province, written with the province's one-character name (山西省人大
#常委会副主任吴俊清一行来湘调研: the page is Hunan's, and its bare 省… bodies are Hunan's). Only the
# plain provinces' names, and only before a visit's verb (not 来青, Qingdao's or Qinghai's, nor
# 来秦 and 来吉, which 秦皇岛 and 吉安 write too).
HOST_PROVINCE_ABBREVIATIONS = {
    "冀": "河北省", "晋": "山西省", "辽": "辽宁省", "黑": "黑龙江省", "苏": "江苏省",
    "浙": "浙江省", "皖": "安徽省", "闽": "福建省", "赣": "江西省", "鲁": "山东省", "豫": "河南省",
    "鄂": "湖北省", "湘": "湖南省", "粤": "广东省", "琼": "海南省", "川": "四川省", "蜀": "四川省",
    "黔": "贵州省", "滇": "云南省", "陕": "陕西省", "甘": "甘肃省", "陇": "甘肃省",
}
VISIT_TO_HOST_PROVINCE = re.compile(
    r"来(?P<abbr>[" + "".join(HOST_PROVINCE_ABBREVIATIONS) + r"])"
    r"(?=调研|考察|视察|访问|指导|检查|督查|督导|交流|出席|参加|列席|开展|学习|座谈|慰问|投资|兴业)"
)

# A title or organisation that names a province only by 省 (省长, 副省长, 省委书记, 省交通运输厅).
# ... and those of a city (副市长, 市委, 市交通运输局).
# (not 市场监管总局…: the market, no city)
MUNICIPAL = re.compile(r"^(?:副?市长|代市长|市委|市人大|市政协|市政府|市(?!场)[\u4e00-\u9fff]{1,8}(?:局|委|办))")
PROVINCIAL = re.compile(r"^(?:(?:常务)?副?省长|省委|省人大|省政协|省政府|省(?![级部市])[\u4e00-\u9fff]{1,10}(?:厅|局|委|中心|院))")

# The heading of a speech text (在……会议上的讲话, ——在……上的致辞): the person named right
# after it (中华人民共和国主席 习近平, 生态环境部部长 黄润秋) or right before it is the speaker.
SPEECH_HEADING = re.compile(
    r"在[^。!?;\n]{2,60}?上的(?:重要)?(?:讲话|发言|致辞|致词|工作报告|报告|主旨演讲|演讲|总结讲话)(?!精神|要点)"
    # a report's subtitle line under its title (政府工作报告 / ——2023年3月5日在…会议上)
    r"|(?<=——)[^。!?;\n]{0,16}?在[^。!?;\n]{2,60}?(?:会议|大会|会)上(?=\n)"
)
# A name alone on the line under a post line (国务院总理 / 李克强): a speech's byline.
BYLINE_AFTER_POST = re.compile(r"\n(?=[\u4e00-\u9fff·]{2,5}\n)")

# A heading line opens the text or a line, possibly after a subtitle dash (——在……上的讲话) or a
# news dateline (新华社北京11月28日电 在……上的致辞, 本报讯(记者 王小明)在……, 【央视网讯】在……).
HEADING_START = re.compile(
    r"(?:^|\n|——|—|-|】|(?:日电|讯)[ \t]*(?:\((?:记者|通讯员)[^()\n]{0,24}\))?)[ \t]*$"
)

# What may sit between a speech heading and the speaker's designation: a date in brackets,
# a subtitle dash, line breaks.
AFTER_HEADING = re.compile(r"[\s—-]*(?:\([^()\n]{0,20}\))?[\s—-]*")

# Function-word bigrams that follow title words in running text (代表包括:, 连续第三年, 同时表示):
# a candidate name that is, or starts with, one of them is not a name.
_FUNCTION_BIGRAM_RUN = (
    "包括连续连同以及还有还是还将还要也是也将就是都是都要全部全国全力分别共同"
    "同时同样随后随即近日近期今天今年日前对此对于此外先后首先其中其他其余等人"
    "一行应当应该通过经过根据按照为了成为能够计划将要即将尚未于是曾经任何许多"
    # words that open with the surname 呼 (全国人大代表呼应, 呼声)
    "呼应呼声呼唤呼喊呼叫呼救呼号呼吸呼啸"
)
FUNCTION_BIGRAMS = frozenset(_FUNCTION_BIGRAM_RUN[i : i + 2] for i in range(0, len(_FUNCTION_BIGRAM_RUN), 2))

# 发言 reported with what was said (发言时指出, 发言中强调, 发言说, 发言: …): without it a
# 发言 only lists who spoke (先后发言, 作了发言, 交流发言), which does not make a speaker.
SPEECH_CONTENT_AFTER = re.compile(r"(?:时|中|表示|指出|强调|说|称)|\s*[:“]")

# A speech named and closed at once (出席会议并讲话。, 主持会议并致辞。): nothing of what was said is
# reported there, so the verb alone makes no speaker (GUIDE: "said to have spoken without anything
# of what they said being reported") — unless the next sentence reports the speech's content
# (讲话指出…, 他在讲话中强调…).
# A comma closes it too when no statement follows in the next clause (刘鹤在会上讲话,国务委员王勇、
# 赵克志出席会议), unlike 讲话,强调… or 讲话,并就…提出要求.
SPEECH_ACT_CLOSED = re.compile(
    r"[ \t]*(?:[。;!\n]|$|,(?![ \t]*(?:(?:并|还|他|她|随后|同时|进一步|再次)[ \t]*)?"
    r"(?:指出|强调|表示|要求|提出|说|称|希望|认为|介绍|要|就|对|号召|勉励|寄语|鼓励|呼吁|宣布|回顾|总结|阐述|分析|代表|向)))"
)
# After a speech named, a clause naming the demands it made and the sentence closed (讲话,对贯彻落实…
# 做好明年经济工作提出要求。): nothing of them told.
SPEECH_DEMANDS_NAMED = re.compile(
    r"[ \t]*,[ \t]*(?:并)?(?:对|就)[^。!?;:\n]{1,80}?提出[^,。!?;:\n]{0,8}?(?:要求|希望|意见)[ \t]*。"
)
# A session of the National People's Congress or of the CPPCC National Committee, named in full.
_TERM = r"第?(?:十[一二三四五六七八九]?|[一二三四五六七八九])届"
_SITTING = r"第?[一二三四五六七八九]次会议"
CONGRESS_SESSION = re.compile(
    rf"{_TERM}全国人(?:民代表)?大(?:会)?{_SITTING}"
    rf"|全国政协{_TERM}[一二三四五六七八九]次会议|{_TERM}全国政协{_SITTING}"
    rf"|(?:中国人民政治协商会议)?{_TERM}全国委员会{_SITTING}"
    # a province's or a city's own (省十四届人大二次会议), and a party congress (党的二十大), so that a
    # spokesperson takes the one named nearest, not a national session named earlier
    rf"|[省市州]{_TERM}人大{_SITTING}|[省市州]政协{_TERM}[一二三四五六七八九]次会议"
    r"|党的[一二]?十[一二三四五六七八九]?大|中国共产党第[一二]?十[一二三四五六七八九]?次全国代表大会"
)
# A sentence's end, and nothing after it in the clause (通报…情况。).
SENTENCE_CLOSED = re.compile(r"[ \t]*(?:[。;!\n]|$)")
# What 通报 takes when it reports nothing of the briefing (通报了2007年全省安全生产情况, 通报考核结果).
# (the matter runs to the end word the sentence closes after: 通报了全省工作进展情况。, not …进展; or a
# step of arranging after it, 通报了…检查情况并对…进行了安排部署)
# Demands named after a comma and the sentence closed, none of them told (…安排,提出工作要求。; …安排、
# 提出工作要求。).
_DEMANDS_NAMED = r"[ \t]*[,、][ \t]*提出[^,。;!?\n]{0,8}?(?:要求|希望|意见)[ \t]*(?:[。;!\n]|$)"
MATTER_BRIEFED = re.compile(
    r"了?[^,。;!?“”\n]{1,40}?(?:情况|结果|进展|精神|名单|事项|形势|问题|措施|安排)"
    r"(?=[ \t]*(?:[。;!\n]|$)|并(?:对|就)[^,。;!?\n]{1,40}?(?:进行了|作了|做了)?(?:安排部署|部署|安排)[ \t]*[。;!\n]"
    # (or demands named after it: 通报调查安排,提出工作要求。)
    r"|" + _DEMANDS_NAMED + ")"
)
# A lecture to a study session and suggestions named, nothing of either told (…李燕同志就这个问题进行
# 讲解,提出工作建议。中央政治局的同志认真听取讲解).
LECTURE_ONLY_AFTER = re.compile(
    r"(?:同志|教授|研究员|院士)?就[^,。;!?\n]{1,12}?进行了?讲解[ \t]*,[ \t]*提出[^,。;!?\n]{0,6}?建议[ \t]*[。;!\n]"
)
# After a matter briefed, demands named and the sentence closed (…安排,提出工作要求。).
DEMANDS_NAMED_NEXT = re.compile(_DEMANDS_NAMED)
# What 回答 takes when it reports no answer (回答完记者提问, 回答了中外记者的提问, 回答现场问题).
QUESTIONS_ANSWERED = re.compile(r"[了完]?(?:中外|现场)?(?:记者|媒体|网友)?的?(?:提问|问题|关切)")
# (or the speech's demands, told one by one right after it: 做重要讲话。一要加大执法检查力度…)
SPEECH_CONTENT_NEXT = re.compile(
    r"[。;!\s]*(?:[他她][ \t]*)?(?:在[ \t]*)?(?:讲话|致辞|报告)(?:中|时)?[ \t]*,?[ \t]*(?:指出|强调|表示|要求|提出|说)"
    r"|[。;!]\s*(?:一要|一是要)"
)

# A statement still to be made (将发表讲话, 拟致辞, 计划发言): no speech is reported yet.
FUTURE_BEFORE = re.compile(r"(?:将要|即将|将(?![军官领士帅])|拟|计划|准备|预计)[^,。!?;\n]{0,16}\Z")
# After a presenting verb, the matter and then the questions taken: a list of presenters.
PRESENTERS_LISTED_AFTER = re.compile(
    r"[^。!?;:\n]{0,50}?(?:情况|成就|举措|进展|工作|发展|建设)\s*,?\s*并(?:答记者问|回答(?:中外)?记者(?:的)?提问)"
)
# Before 答记者问, the presenters' matter (介绍…有关情况,并): the same list.
PRESENTED_BEFORE = re.compile(r"(?:介绍|解读)[^。!?;:\n]{0,50}?(?:情况|成就|举措|进展|工作|发展|建设)\s*,?\s*并$")
# After 提出, demands or hopes named and the sentence closed (提出了三点要求。): none told, when the
# report goes straight on to another occasion (…提出要求。当日开始,督察组…).
DEMANDS_ONLY_AFTER = re.compile(r"了?[^,。!?;:\n]{0,8}?(?:要求|希望|意见)。")
# (or to others at the same meeting, to before it or to the meeting's own words: …提出要求。\n会上,
# 12个单位…作了交流发言; …提出工作要求。\n会议开始前,与会同志全体肃立; …提出具体要求。\n会议强调)
NEXT_OCCASION = re.compile(
    r"\s*(?:当日|当天|同日|随后|此后|会后|之后|会上|会议开始前|会前|会议(?:强调|指出|要求|认为)"
    r"|\d{1,2}\s*月\s*\d{1,2}\s*日|\d{1,2}\s*日)"
)
# Right after a mention, the one who leads a study of someone's speech (带领大家学习…), or who
# speaks on carrying it out (副局长顾锋就贯彻落实裴军副厅长讲话精神…提出要求) or on studying it
# (刘国中围绕深入学习领会习近平总书记…的重要讲话…进行系统阐释,强调…).
LEADS_STUDY = re.compile(r"\s*(?:带领|组织|主持|领学|率领|就(?=贯彻|落实|学习)|围绕(?=(?:深入)?(?:学习|贯彻|落实)))")
# After 提出 and its object, a span of time from it (…倡议三年多来, …以来): a point of reference.
SINCE_AFTER = re.compile(r"[^,。!?;:\n]{0,24}?(?:以来|年来|多来)")
# After a speech named, the time since it (发表重要讲话以来, 重要讲话发表以来).
SPEECH_SINCE_AFTER = re.compile(r"(?:重要)?(?:讲话|致辞|演讲)?(?:发表)?(?:以来|后不久)")
# After 介绍/通报, only the matter spoken of, and then the report goes on to something else: the
# meeting's words, or what came next (通报了…进展情况。\n会议指出; 介绍了…经验,有关专家给予了点评;
# 介绍调研成果,并就…提出意见建议).
# (介绍了…发展情况。 followed by what was introduced, unattributed, still reports it.)
TOPIC_ONLY_AFTER = re.compile(
    r"了?[^,。!?;:\n“]{0,40}?(?:情况|经验|做法|进展|成果)"
    r"(?:[。;]\s*|,)(?:会议|会上|与会|随后|会后|之后|接着|此后|有关|并|研究|部署|审议)"
)
# After 介绍, only the matter, and the sentence closed (介绍了…方面的相关情况。): the introduction's
# content when the report goes on unattributed, none when another presenter follows
# (…贺荣介绍了…新举措、新思路。\n\n…副检察长童建明介绍了…情况。: a press conference's presenters in turn).
_MATTER_CLOSED = r"[^,。!?;:\n“]{0,50}?(?:情况|经验|做法|进展|成果|举措|思路)[。;]\s*"
MATTER_CLOSED = re.compile(r"了?" + _MATTER_CLOSED)
# The aspects a presenter spoke from, told before the verb (从坚持制度治党、依规治党等方面,介绍了…).
ASPECTS_TOLD = re.compile(r"从[^。!?;\n]{2,60}?方面")
# The same right before a mention: the one before it presented a matter only (…左力 is the last of them).
MATTER_CLOSED_BEFORE = re.compile(r"介绍了?" + _MATTER_CLOSED + r"\Z")
# What follows a bare name that acts as its sentence's subject: a manner, an object marker or a
# verb of an official's visit or meeting (陈全国衷心感谢, 韩俊首先代表, 翁孟勇对……给予充分肯定).
BARE_SUBJECT_ACTS = re.compile(
    r"(?:同志)?(?:对|向|在|首先|衷心|代表|详细|认真|仔细|实地|专题|充分|高度|感谢|肯定|听取|察看|考察|视察|一行|"
    r"调研|了解|询问|会见|会谈|主持|介绍|汇报|传达|检查|督导|督查|带队|带领|率领|"
    # greetings asked for or passed on (普京请栗战书转达…祝福。他说; 拉夫罗夫转达…问候。表示)
    r"请|转达|"
    # going out to the places of the visit (林健东深入浙中腹地…调研…。他再次强调)
    r"深入|先后|来到|前往|赴)"
)
# What opens the designation of the one called or met (与埃及总统塞西通电话, 分别与伊朗总统…通话, 在首都
# 哥本哈根与…总理尼尔森共同会见记者).
CALL_WITH = re.compile(r"(?:在[^,。!?;\n与同跟]{1,12})?(?:分别)?[与跟]")
# (or right before it, when the designation was read from the country on: 与美国总统特朗普)
CALL_WITH_BEFORE = re.compile(r"(?:分别)?[与跟]\Z")
# The same after a first subject, 同 too, for a statement both make (阿萨德与伊朗总统莱希通电话一致强调,
# 弗雷泽里克森在首都哥本哈根与…总理尼尔森共同会见记者时说).
JOINT_WITH = re.compile(r"(?:在[^,。!?;\n与同跟]{1,12})?(?:分别)?[与同跟]")
# What follows the one called or met in 与…通电话/会谈 (right after the name; another one called may
# be listed first: 分别与伊朗总统佩泽希齐扬、卡塔尔埃米尔塔米姆通话).
CALLED_AFTER = re.compile(r"(?:先生|女士|一行)?(?:[、和及][^,。!?;:\n与]{1,20}?)?(?:通电话|通话|通了电话|会谈|会见|会晤|举行会谈|举行会晤|视频通话|视频会晤)")
# A meeting's own words between a person and a sentence without its subject (会议认为,…。同时要求):
# the subject left out is the meeting's.
MEETING_SPEAKS = re.compile(r"(?:会议|会上|大会|全会|常委会|座谈会)(?:还|也|一致)?(?:认为|指出|强调|要求|听取|研究|审议|通报|传达|部署|提出|决定|号召|明确)")
# After 与…通电话/会谈: a statement of both sides (一致强调, 后共同表示).
JOINT_AFTER = re.compile(r"(?:后|时|中)?\s*,?\s*(?:双方)?(?:一致|共同|均)")
# What joins two names in one list (王建国和李卫东, 王建国、李卫东).
LIST_JOINERS = frozenset(["和", "、", "及", "与", "以及"])
# A report or summary made (作了通报, 作大会总结, 进行了说明): the verbs, and what comes before them.
MADE_VERBS = frozenset(["通报", "总结", "说明", "介绍", "汇报"])
MADE_BEFORE = re.compile(r"(?:作|做|进行)了?[\u4e00-\u9fff]{0,4}\Z")
# What an opening declared goes on to (宣布……开幕。, 宣布活动启动,市人大常委会副主任…出席).
# (宣布:…全线通车! quotes the declaration itself: those are words reported)
# (or a decision on posts or honours read out, the clause closing on it: 宣布…巡视组长授权任职和任务
# 分工决定,; not 宣布中方决定,向受灾国家提供…, whose content follows; a cabinet's list announced may come
# with words)
OPENING_DECLARED = re.compile(
    r"[^。,;:!?\n]{0,30}?(?:开幕|闭幕|开始|启动|开通|成立|揭牌|开工|投产|通车|启用)(?:仪式)?[。!,;]"
    r"|[^。,;:!?\n“]{0,40}?(?:任职|任免|分工|表彰|命名|授予|奖励)[^。,;:!?\n“]{0,10}?决定[。!,;]"
)
# Words before 要求 that make it a noun (部署要求, 工作要求, 相关要求).
DEMANDS_AS_NOUN_BEFORE = frozenset(["部署", "工作", "相关", "有关", "总体", "具体", "基本", "各项", "文件", "上级",
                                    # (传达…视频会议要求: a meeting's demands passed on)
                                    "会议"])
# A presenter listed as attending, then answering (出席发布会,并回答记者提问).
ATTENDED_THEN_ANSWERS = re.compile(r"出席[^。;!?\n]{0,16}?[,,]?\s*并\s*\Z")
# After an official named right after a quotation: how the words were said (也是毫不留情, 一点没客气,
# 这样说, 语重心长), or to whom (对…一点没客气, 对记者说) — not an act of theirs (听取了汇报, 陪同).
QUOTE_OWNER_AFTER = re.compile(
    r"(?:同志|先生|女士)?(?:也|还|则|更|又)?(?:是)?\s*(?:对[^,。!?;\n“”]{0,24}?)?"
    r"(?:毫不|一点|丝毫|直言|坦言|感慨|感叹|动情|激动|笑着|严肃|语气|语重心长|深有感触|这样|如是|这么|"
    r"一针见血|开门见山|斩钉截铁|坦率|直截了当|反复|再三|多次)"
)

# A part still to come in a clause before the verb's (将出席发布会,介绍…).
FUTURE_CLAUSE = re.compile(r"(?:将于|将在|将出席|将就|将围绕|拟于|即将出席)")
# What a press conference's guests are invited to do (请…介绍…情况, 邀请…就…回答中外记者的提问).
PRESENTING_VERBS = ("介绍", "作介绍", "回答", "答记者问", "解读")
INVITED_BEFORE = re.compile(r"(?:邀请|(?<![申提报宴])请)")

# What keeps a titled official named in passing from being taken as an attendee: a trip of theirs
# still to come, announced with its date or destination (汪洋将于11月10日至16日…访问, 将赴) — not
# the report's own event, where 将发表讲话 at the forum reported is still a part in it.
NOT_ATTENDING_AFTER = re.compile(r"[^,。!?;\n]{0,6}?(?:将于|拟于|将赴|拟赴|将对[^,。!?;\n]{1,12}进行)")
# A message sent (习近平向…致贺电, 致唁电, 致信): its sender is at no event the report covers.
MESSAGE_SENT_AFTER = re.compile(r"[^,。!?;\n]{0,30}?致(?:贺电|贺信|唁电|慰问电|电|信|函)")
# A case opened against someone, or a sanction given, after 对 (对副市长李四进行立案审查调查, 对原副局长
# 王五予以开除党籍处分, 依法对…进行起诉, 对…苟仲文严重违纪违法问题进行了立案审查调查): the one investigated takes no part in an event (not 市长张三
# 进行审查验收).
# The same right after a name, whatever comes before it (…《关于魏凤和问题审查结果和处理意见的报告》,
# 原副局长王五涉嫌严重违纪违法,目前正接受…审查调查, 魏凤和严重违反政治纪律).
UNDER_INVESTIGATION_AFTER = re.compile(r"(?:同志)?(?:问题审查|问题的审查|涉嫌(?:严重)?违纪违法|严重违纪违法|严重违反)")
# (对 may open a list of the one's posts: 对十四届全国政协原常委、民族和宗教委员会原副主任苟仲文)
CASE_AGAINST_BEFORE = re.compile(r"对[^,。!?;\n]{0,40}\Z")
CASE_AGAINST_AFTER = re.compile(
    r"(?:(?:涉嫌)?(?:严重)?违纪违法(?:犯罪)?问题)?(?:进行|予以|给予)了?(?:立案审查|立案调查|纪律审查|审查调查|监察调查|起诉|公诉|处分|开除|撤职|免职|问责|诫勉"
    r"|党纪|政务处分|双开)"
)

# The same words anywhere in a pronoun's clause (他将发表讲话).
FUTURE_WORD = re.compile(r"将要|即将|将(?![军官领士帅])|拟|计划|准备|预计")

# A province's departments (…厅), as a page names the one whose 厅长 speaks (省交通运输厅召开…,
# 厅党组书记、厅长彭琳; not 候车厅, 大厅, 办公厅): written out because a 厅 is a department only
# after one of these fields.
PROVINCIAL_DEPARTMENT = re.compile(
    r"(?:(?P<province>" + PROVINCE.pattern + r")(?:省|市|自治区|壮族自治区|回族自治区|维吾尔自治区)?|省)?"
    r"(?P<dept>(?:交通运输|交通|公安|教育|财政|商务|水利|民政|司法|自然资源|国土资源|生态环境|环境保护|环保|"
    r"住房和城乡建设|住房城乡建设|住建|建设|农业农村|农业|林业|文化和旅游|文化|旅游|卫生健康|卫生|应急管理|"
    r"人力资源和社会保障|人力资源社会保障|人社|劳动和社会保障|科学技术|科技|工业和信息化|工信|经济和信息化|经信|"
    r"审计|粮食|信息产业|人事|监察|安全生产监督管理)厅)"
    # (not the issuer of a document number: 工信厅信管〔2020〕12号, 人社厅发〔2019〕3号)
    r"(?![\u4e00-\u9fff]{0,3}[〔\[［(（]\s*\d{4})"
)

# A level's party committee or government (市委, 县政府, 宁波市委): the place, and which.
LEVEL_BODY = re.compile(r"([\u4e00-\u9fff]{0,6}?[省市县区州旗])(委|政府)")

# A head or deputy head of a local government (副县长, 常务副市长, 省长).
GOVERNMENT_HEAD = re.compile(r"(?:常务)?[副代]?[省市县区州旗]长")
# …of a province's (not a city's mayor under the provincial committee's seat: 省委常委、市长)
# The head (or a deputy head) of a place's government anywhere in a chain of posts (…、省长, …、自治区主席).
HEAD_OF_GOVERNMENT_IN = re.compile(r"(?:常务)?[副代]?[省市县区州旗]长|自治区(?:常务)?副?主席")
GOVERNOR_POST = re.compile(r"(?:常务)?[副代]?省长")

# A local post that holds its level (市委书记, 市长, 县委副书记, 区长): what stands right before it
# is the place when it is one of Taiwan's cities and counties (台南市长黄伟哲: no mainland gazetteer
# lists them), or, as the last item of a chain of posts, a place the gazetteer does not know
# (宁波市委常委、慈溪市委书记林坚) …
LOCAL_LEVEL_POST = re.compile(r"^[市县区州旗](?:委|长|人大|政协|政府)")
# … with a place name's shape: two or three characters with no word of the sentence at its end
# (not 曾任市长, 担任县长, 的区长). Before a post anywhere else a word of the sentence is as likely
# (最后市长, 这位市长, 当地县长, 网红县长), so only the chain's bounded last item is read so.
PLACE_NAME_BEFORE_LEVEL = re.compile(r"[\u4e00-\u9fff]{1,2}(?![任的是为在和与及由对向把被将到赴同])[\u4e00-\u9fff]")
# A ministry opening a sentence as its subject (住房和城乡建设部高度重视, 住房城乡建设部认真学习…).
MINISTRY_OPENING = re.compile(r"\s*(?P<org>[\u4e00-\u9fff]{2,12}?部)(?![门长署分委])")
# Another body ending in 部 (县委组织部, 宣传部, a company's 安全部) between the ministry and the
# minister; not a word holding 部 (部分, 部署, 干部, 全部, 内部, 东部 …).
OTHER_DEPARTMENT = re.compile(r"(?<=[\u4e00-\u9fff])(?<![干全内局东西南北中外底头细])部(?![门长分署队位])")

# A local body's contracted name and its full form (市政府 → 市人民政府, 市场监管局 → 市场监督管理局).
LOCAL_BODY_FULL = (
    ("政府", "人民政府"),
    ("市场监管局", "市场监督管理局"),
    ("应急厅", "应急管理厅"),
    ("应急局", "应急管理局"),
    ("贸促会", "国际贸易促进委员会"),
    ("科技厅", "科学技术厅"),
    ("科技局", "科学技术局"),
    ("文旅厅", "文化和旅游厅"),
    ("文旅局", "文化和旅游局"),
    ("发改委", "发展和改革委员会"),
    ("住建厅", "住房和城乡建设厅"),
    ("住建局", "住房和城乡建设局"),
    ("人社厅", "人力资源和社会保障厅"),
    ("人社局", "人力资源和社会保障局"),
    ("卫健委", "卫生健康委员会"),
    ("环保厅", "环境保护厅"),
    ("环保局", "环境保护局"),
    ("工信厅", "工业和信息化厅"),
    ("工信局", "工业和信息化局"),
    ("农委", "农业委员会"),
    # a place's mass organisations (上海市妇联, 平度市残联, 山东省科协, 省工商联)
    ("妇联", "妇女联合会"),
    ("残联", "残疾人联合会"),
    ("科协", "科学技术协会"),
    ("工商联", "工商业联合会"),
)
# A foreign place's government is no people's government (首尔市政府, 日本大阪市政府): 政府 is written out
# only after a place the gazetteer knows, a province's or region's name, or a county's, district's or
# banner's level.
# The last characters of a place's name at a level of government (…省, …市, …县, …区, …州, …盟, …旗).
LEVEL_CHARS = frozenset("省市县区州盟旗")

# Taiwan's own branches of government and its state's name, as its releases write them.
TAIWAN_BODIES = re.compile(r"行政院|立法院|监察院|考试院|总统府|中华民国")
# Contractions of mainland bodies that Taiwan's own bodies are called by too (交通部民用航空局, 最高法院).
TAIWAN_SHARED_FORMS = ("民航局", "最高法院")

# Taiwan's special municipalities, provincial cities and counties, written out (the 22 of them)
# because the places gazetteer is the mainland's.
TAIWAN_JURISDICTIONS = frozenset(
    ("台北", "新北", "桃园", "台中", "台南", "高雄", "基隆", "新竹", "嘉义", "苗栗", "彰化", "南投", "云林", "屏东",
     "宜兰", "花莲", "台东", "澎湖", "金门", "连江")
)

# Characters that end an organisation's name (部, 局, 委员会, 公司, 省 …): an organisation read
# from a designation must end in one, else the designation was cut inside a title (国务委员兼).
# (a city's sub-district and a community too: 骊山街道副书记, 红霞路社区主任)
ORG_END = re.compile(
    r"(?:[部局委办厅院会司处室署行社所站馆台报网队组府党团军国省市县区州盟镇乡村旗校学厂场园]"
    r"|中心|街道|社区|公司|集团|组织|联盟|协会|大学|政府|机关|机构|总局|总署|中央|人大|政协|[一二三四五六七八九十]+大)$"
)

# Characters an organisation's name does not start with: a designation cut inside a word
# (限公司 of 有限公司) or a preposition/conjunction left in front (应国务院, 兼外交部, 经批准).
ORG_BAD_START = frozenset("限司局部委厅院会处室长员的之兼应经由")

# Leading words that open a designation without belonging to the organisation (应国务院邀请,
# 兼外交部长, 经国务院批准, 由交通运输部, 当广东省电力设计研究院院长…时; not 当阳市, 当涂县, 当雄县,
# 当代中国研究所, 当当网).
ORG_LEAD_NOISE = re.compile(r"^(?:应(?!急)|兼|经(?![济贸信])|由|当(?![阳涂雄地代当今年]))+")
# Verbs that may stand right before a designation with nothing to stop the organisation read
# there (商务部官方网站今日刊载商务部部长薄熙来的致辞): dropped when a known body follows.
# (and the 中国大陆 of Taiwan's and Hong Kong's papers before a mainland body: 中国大陆海关总署署长)
ORG_LEAD_VERB = re.compile(r"^(?:中国大陆|大陆|专访|采访|访|与|和|同|及|向|对|给|跟|从|刊载|刊发|转载|发表|报道|获悉|会见|会晤|看望|听取|邀请|陪同|宴请|接见|约见|致电|致信|慰问)")
# Words of time and reference that may stand right before a designation (对此陆委会副主委, 对此外交部
# 发言人, 此前交通运输部…): the body starts after them when a known one follows. (日前海基会董事长 is
# read in _designation, where the 日 before 前 shows; 前 alone is a former post's: 前国防部长.)
ORG_LEAD_ADVERBS = frozenset({"对此", "为此", "因此", "此前", "此外", "目前", "当前", "此"})
# Verbs of choosing someone for a post inside what was read as the body (中国政府决定推荐国家邮政局
# 普遍服务司司长林洪亮): the body starts after them when a known one follows.
ORG_INNER_VERB = re.compile(r"推荐|提名|任命|选派|委派|派出|决定由|同意由")

# Bodies of one occasion (an event's organising committee, a campaign's leading group): a post
# in one named first gives way to the post in a known body after it (…活动组委会主任、国家安监总局局长),
# and one named last to the post in a standing body before it (副市长、市…领导小组组长).
# Standing task forces a deputy head's post may be in (国务院安委会, 国家减灾委): no body of their own.
TASK_FORCE_ENDS = ("安委会", "减灾委", "防火委", "防总", "防指")
OCCASION_BODY_ENDS = ("组委会", "筹委会", "组织委员会", "执委会", "领导小组", "指挥部", "工作组", "防总", "防指", "代表团",
                      # (…普查领导小组办公室主任、省统计局副局长柳民; 事故调查组组长、国家安全监管总局局长杨栋梁)
                      "领导小组办公室", "指挥部办公室", "调查组")

# Words between an organisation and its post that qualify the post, not the body (美国前总统,
# 巴西当选总统, 伊朗第一副总统, 时任…): dropped from the end of the organisation read.
ORG_TRAILING_QUALIFIER = re.compile(r"(?:前任|前|时任|现任|新任|当选|候任|第一|常务|代理|代)$")

# A sentence's subject position: nothing, or a short time/place phrase closed by a comma
# (今天上午, 在……会上,) before the mention.
# A news dateline opening a sentence (新华社北京6月30日电, 本报讯(记者 王小明), 【央视网讯】).
_NEWS_DATELINE = (
    # (据新华社3月24日消息, 据新华社消息: the report's source, as a dateline opens it)
    r"(?:(?:[\u4e00-\u9fff]{2,12}?\d{1,2}\s*月\s*\d{1,2}\s*日\s*[电讯]|本报讯|本网讯|[\u4e00-\u9fff]{2,5}网讯"
    r"|据[\u4e00-\u9fff]{2,8}?(?:\d{1,2}\s*月\s*\d{1,2}\s*日\s*)?(?:消息|报道)\s*,)"
    r"(?:\s*\((?:记者|通讯员|实习生)[^()\n]{0,24}\))?\s*|【[^】\n]{1,12}】\s*)"
)
NEWS_DATELINE = re.compile(r"\s*" + _NEWS_DATELINE)

# Before a mention that opens its clause: nothing, or an attribute of the person ending in 的
# (来自制造业一线的, 首先走上“委员通道”的).
# A passive in a clause (被立案审查, 受到处分): what follows is said of the person, not by them.
PASSIVE_MARK = re.compile(r"被|受到|遭")
CLAUSE_SUBJECT_LEAD = re.compile(r"\s*(?:[^,。!?;:\n]{2,24}的)?")
# Words of another voice, or of the people who have one, earlier in the sentence (村民老赵很感慨,
# 网友纷纷留言, 记者了解到): the pronoun may be theirs.
OTHER_VOICE = re.compile(r"说|讲|感慨|感叹|留言|表示|告诉|介绍|认为|称|村民|网友|群众|记者|市民|居民|老乡|游客|工人")
SUBJECT_LEAD = re.compile(
    # a news dateline may open the sentence
    r"\s*" + _NEWS_DATELINE + "?"
    r"(?:[^。!?;\n,]{0,30}(?:上|时|中|期间|后|之际|前|日|月|年|上午|下午|晚上|晚|早|晨|今天|昨天|近日|日前|当天|"
    r"此前|随后|同时|会上|会议),"
    # or a mandate it acts on (受市委书记付朝阳的委托,市长戴龙成…致辞。他说)
    r"|受[^。!?;\n,]{2,30}委托,"
    # or a clause of means or of what they took in (通过现场查看、听取汇报、座谈并与……沟通交流,)
    r"|(?:通过|经过|在听取|听取|结合|看到|针对)[^。!?;\n]{1,44},"
    # or the place it happens (在“交邮快”智慧物流示范园区,朱开国……)
    r"|在[^。!?;\n,]{2,30},"
    # or the first of two designations, and the start of the second one (全国政协党组成员、副主席,
    # 中央改革办分管日常工作的副主任穆虹…作了介绍。他说)
    r"|[^。!?;\n,]{2,30}(?:主席|主任|部长|书记|委员|成员|局长|省长|市长|秘书长|院长|行长|署长),"
    r"(?:[^。!?;\n,]{1,16}?的)?){0,2}\s*"
    # (two of them: 8月18日,在会谈中,李云峰代表…感谢…。他表示)
    # and a word on the post itself (新任商务部部长钟山…。他表示)
    r"(?:新任|新上任的|新当选的|现任)?$"
)

# The report heard, right after the names of those who made it and theirs (听取了…关泽锋等人的工作汇报后,
# 听取了县长李明的汇报, 听取了副省长徐济超关于…情况介绍后; not 听取了汇报以后市委书记张三在会上发言:
# his own words).
HEARD_REPORT = re.compile(r"(?:等人?|同志)?(?:的[^,。;!?\n]{0,10}?|关于[^,。;!?\n]{0,30}?)(?:汇报|介绍|发言)")
# A term's number that opens an item of a designation chain (…、第24届冬奥会…): 第 and its digits.
TERM_NUMBER_END = re.compile(r"第\d{1,3}\Z")
# Acts between a place and a body's end: a sentence, not a body's name (深圳市召开会议市教育局).
ACT_IN_BODY = re.compile(r"召开|会议|调研|考察|视察|检查|督导|走访|慰问|看望|出席|参加|主持|陪同|听取|会见|举行|开展|在|到|赴|向|与|同|及|、")
# Party committees, whose head is no 主任 (县委张三主任: the committee's office, not the committee).
PARTY_COMMITTEE_ENDS = ("党委", "县委", "市委", "省委", "区委", "州委", "工委")
# Words before a place that make it a partner, not the page's own (与鼓楼区, 对接鼓楼区).
PARTNER_BEFORE = re.compile(r"(?:与|和|同|及|、|对接|联合|携手)\Z")

# After a presenter, the report made and its content told right after (…彭清华作的常委会执法检查组关于
# 检查…情况的报告。报告提出,…; 何立峰受国务院委托作的关于…的报告。报告提出要…).
REPORT_TOLD_AFTER = re.compile(
    r"(?:受[^,。;!?\n]{1,12}?委托)?所?作的[^。!?;\n]{0,120}?报告。\s*报告(?:提出|介绍|指出|认为|建议|强调|显示|要求|表示)"
)
# After a speaker, a congratulatory address they delivered and its words told (出席开幕会,并代表中共
# 中央、国务院致贺词。贺词指出…).
ADDRESS_TOLD_AFTER = re.compile(
    r"[^。!?;\n]{0,60}?致(?:贺词|辞|词|祝辞|欢迎辞)。\s*(?:贺词|致辞|祝辞|欢迎辞)(?:指出|强调|表示|说|提出)"
)
# After an author, the article a journal published and its words told (发表…习近平的重要文章《…》。
# 文章强调).
ARTICLE_TOLD_AFTER = re.compile(
    r"(?:总书记|同志)?的?(?:重要|署名)?文章《[^》\n]{1,60}》[。\s]*(?:[^。\n]{0,80}?。\s*)?文章(?:强调|指出|提出|表示)"
)
# Between a letter's writer and the letter, where the report gives its words (习近平在贺信中指出,
# 习近平在致大会的贺信中指出).
LETTER_WORDS_BEFORE = re.compile(r"在(?:(?:致|给)[^,。!?;\n]{1,40}?的)?")
# After a speaker (or the post that refers back to one), a speech named in the same clause and
# its text announced (总统驱车前往二号棚厂发表重要谈话,内容如下:; 总统致辞全文如下): the text that follows
# is theirs. (No comma or 的 before the speech: 宣读了习近平主席的书面致辞,致辞全文如下 is another's.)
SPEECH_TEXT_FOLLOWS = re.compile(
    r"[^,。!?;\n的]{0,40}?(?:谈话|讲话|致词|致辞|贺词|演说|演讲)[^。!?;\n]{0,8}?(?:全文|内容)(?:如下|如后|摘要如下|为\s*:)"
)
# What a pronoun says after a report made, that is still the reporter's (他说, 她介绍, 他表示).
REPORTER_GOES_ON = re.compile(r"[他她](?:还|也|并)?(?:说(?![明服])|表示|介绍)")
# A speech a bare subject made in its own sentence (作了致辞, 讲话, 发言): the sentences its pronoun
# opens after it go on with its words.
SPEECH_MADE = re.compile(r"致辞|致词|讲话|发言")
# 他们 opening a sentence with a reporting verb (他们高度评价…, 他们一致表示, 他们纷纷表示): the words of
# the group the sentence before names.
# People met or visited and left unnamed, after a group's names (会见了参加会议的各国代表, 慰问了一线环卫
# 工人; not 感谢…拨冗会见。, a meeting with no object).
UNNAMED_MET = re.compile(r"(?:会见|接见|看望|慰问|走访|采访|会晤)了?(?=[^,。!?;\n])")
GROUP_PRONOUN_SPEECH = re.compile(
    rf"他们(?:均|都|也|还|一致|纷纷|普遍|共同)*(?:{VERB_ALT})(?!的)"
)
# A sentence opened by the same pronoun, one person (他, not 他们), after white space.
SAME_PRONOUN_OPENS = {p: re.compile(rf"\s*{p}(?!们)") for p in ("他", "她")}
# A local body of a kind (市统计局, 县税务局, 县粮食和物资储备局): a bureau's own party group on the page
# is more likely its own than a ministry's it cites.
LOCAL_BODY_OF_KIND = {k: re.compile(rf"[省市县区州盟旗][\u4e00-\u9fff]{{1,10}}?{k}(?!长)") for k in ("局", "部", "署")}

# The meeting a subject chairs or speaks at, convened in the clause before it (…双周协商座谈会9日在京
# 召开,全国政协主席汪洋主持会议。他强调; 全国政协17日在京召开“…”专题协商会,…汪洋出席并讲话。他强调):
# the subject goes on, when no one else is named in that clause (省委书记王刚…召开座谈会,副省长李明
# 参加。他指出: not 李明's, who only attends what 王刚 convened).
MEETING_CONVENED_LEAD = re.compile(r"\s*[^。!?;\n,]{2,40}?(?:召开|举行|开幕)[^。!?;\n,]{0,40},\s*")

# A meeting's chair named after 由 (会议由县委统战部常务副部长林扬主持,他表示): the chair is the
# sentence's subject all the same.
CHAIR_LEAD = re.compile(r"\s*[^。!?;\n,]{0,20}由")

# An official named by title alone who speaks (总统致词表示, 部长指出): a later 他/她 is theirs.
UNNAMED_SPEAKER = re.compile(
    r"(?:总统|总理|首相|主席|国王|部长|局长|市长|省长|书记|大使|负责人|代表|发言人)(?:[^,。!?;\n]{0,4}?)"
    r"(?:表示|指出|强调|说|称|认为)"
)

# Posts that are a rank or a membership rather than the head of a body: listed first in a chain
# of designations (中共中央政治局常委、国务院副总理), they do not lead it.
RANK_POSTS = frozenset({
    "常委", "委员", "党组成员", "党委委员", "党委常委", "代表", "国务委员",
    # judges' and procurators' grades (中华人民共和国首席大法官、最高人民法院院长周强: the court's)
    "首席大法官", "大法官", "一级大法官", "二级大法官", "检察官", "一级检察官", "二级检察官", "三级检察官",
    "四级检察官", "首席大检察官", "大检察官", "一级大检察官", "二级大检察官",
})

# Posts of heads of state or government and their ministers of foreign affairs: the words before
# them name a country (越南总理, 匈牙利总理), which has no organisation suffix.
STATE_POST = re.compile(r"(?:总统|总理|首相|外长|外相|国务卿|副国务卿|国王|女王|王储|议长|总督|元首|主席)$")

# Posts after which a foreign body's official may be named in transliteration (俄罗斯总统普京,
# 联合国秘书长古特雷斯): a name no Chinese-surname rule reads.
FOREIGN_NAME_POSTS = frozenset(
    ["总统", "副总统", "总理", "副总理", "首相", "副首相", "外长", "副外长", "国务卿", "副国务卿", "秘书长", "副秘书长", "总干事",
     "副总干事", "国王", "女王", "议长", "副议长", "参议长", "众议长", "代总统", "代理总统", "总督", "元首", "主席",
     "副主席", "大使", "大臣", "外务大臣", "外交大臣",
     "外相", "副外相", "总参谋长", "副总参谋长", "参谋长", "助理秘书长", "助理国务卿",
     # a foreign ministry's head (美国交通部长达菲表示: the body foreign, see _is_foreign)
     "部长", "副部长", "国家安全事务助理",
     # a foreign ministry's or government's spokesperson, a state's envoy (俄罗斯外交部发言人扎哈罗娃,
     # 叙利亚常驻联合国代表萨巴格), and the posts above
     "发言人", "代表", "最高领袖", "党首", "协调员", "高级代表", "新闻秘书", "总裁", "行长",
     # a crown prince and a force's commanders (沙特王储穆罕默德, 伊朗…海军政治副司令阿克巴尔扎德)
     "王储", "司令", "副司令", "总司令",
     # a state's first deputy envoy, its attorney-general, a member of a parliament (俄罗斯常驻联合国第一副
     # 代表波利扬斯基, 俄勒冈州总检察长雷菲尔德, 欧洲议会议员迪吕波)
     "第一副代表", "总检察长", "议员", "众议员", "参议员", "议会议员", "国会议员", "总领事", "副总领事", "领事",
     # a state's governor, a federal bureau's director (美国犹他州州长考克斯, 联邦调查局局长帕特尔)
     "州长", "副州长", "局长", "副局长", "顾问", "军事顾问", "高级顾问"]
)

# Japanese surnames of two characters or more as Chinese writes them (岸田文雄, 高市早苗, 鸠山由纪夫):
# after a Japanese designation (日本首相, 日本自民党总裁) the name is surname and given name, which no
# Chinese-surname rule reads. The common surnames of Japan and those of its post-war leaders and
# ministers; one-character ones (林, 菅, 森) read as Chinese names already.
JAPANESE_SURNAMES = frozenset(
    [
        "岸田", "安倍", "高市", "野田", "上川", "茂木", "岩屋", "鸠山", "福田", "麻生", "小泉", "二阶", "石破", "河野", "加藤", "松野",
        "滨田", "木原", "中谷", "山口", "佐藤", "铃木", "田中", "渡边", "伊藤", "中村", "小林", "山本", "吉田", "山田", "松本", "井上",
        "木村", "斋藤", "齐藤", "清水", "山崎", "池田", "桥本", "阿部", "石川", "前田", "藤田", "小川", "冈田", "后藤", "长谷川", "村上",
        "近藤", "石井", "坂本", "远藤", "青木", "藤井", "西村", "太田", "三浦", "藤原", "冈本", "松田", "中川", "中野", "原田", "小野",
        "竹内", "金子", "和田", "中山", "石田", "上田", "森田", "小岛", "柴田", "宫崎", "酒井", "工藤", "横山", "宫本", "内田", "高木",
        "安藤", "岛田", "谷口", "大野", "高田", "丸山", "今井", "藤本", "村田", "武田", "上野", "杉山", "增田", "小山", "大冢", "平野",
        "菅原", "久保", "松井", "千叶", "岩崎", "樱井", "木下", "野口", "松尾", "菊地", "野村", "新井", "玉城", "金杉", "森山", "细田",
        "海部", "村山", "竹下", "宫泽", "中曾根", "大平", "三木", "田村", "羽田", "细川", "玄叶", "枝野", "前原", "冈村", "志位", "额贺",
        "甘利", "西田", "梶山", "萩生田", "赤羽", "小渊", "北岛", "秋叶", "吉川", "大岛", "小池", "松原", "市川", "古川", "长岛", "玉木",
        "小野寺", "稻田", "岩田", "植田", "黑田", "白川", "谷内", "北村", "秋山", "吉村", "坂井", "城内", "牧岛", "中西", "御手洗", "福井",
        "丹羽", "相马",
    ]
)

# Those of them no Chinese body has: after them a name in transliteration needs no country
# written before the post (在达喀尔会见总统萨勒, 会见国王费利佩六世).
POSTS_ABROAD = frozenset(["总统", "副总统", "代总统", "代理总统", "首相", "副首相", "国王", "女王", "总督", "外相",
                          "副外相", "国务卿", "副国务卿", "大臣", "外务大臣", "外交大臣", "议长", "副议长", "参议长",
                          "众议长"])

# The characters of the standard transliteration of foreign names into Chinese (the Xinhua
# tables' syllables: 普京, 泽连斯基, 马克龙, 古特雷斯, 米尔济约耶夫 …). A run of them after such a
# post, ended by a word that follows names, is read as a name; everyday words after a post
# (总统府, 大使馆, 总统大选, 秘书长表示) hold characters outside the set.
TRANSLITERATION_CHARS = frozenset(
    "阿埃艾爱安昂奥巴拜班邦保鲍贝本比彼毕宾波伯勃博布查达戴丹道德登迪蒂丁东杜敦多厄恩尔法凡菲费芬丰冯佛夫"
    "弗福盖甘冈戈格根贡古圭哈海汉豪赫亨洪呼胡华霍基吉济加贾杰金京卡凯坎康考柯科克肯库夸奎昆拉莱赖兰朗劳"
    "勒雷蕾里利莉丽连列林琳留隆卢鲁伦罗洛马玛迈麦曼芒毛梅门蒙米密敏明缪莫默姆穆纳娜奈南内尼宁纽努诺欧帕"
    "派潘庞佩彭皮珀普齐奇恰乔切钦琼丘萨塞赛桑瑟森沙莎尚绍舍申什施舒朔斯松苏索塔泰坦汤唐陶特滕提廷通图"
    "托瓦万旺威韦维温翁沃乌伍武西希锡夏谢辛欣休雅亚扬耶伊因英尤约扎泽詹哲兹佐契茨日逊翰拿姆延文娃廉汀卜祖"
    "铎"  # (Taiwan's spelling: 巴拉圭共和国总统阿布铎)
    "罕"  # (沙特阿拉伯王储兼首相穆罕默德)
    "吕"  # (比利时前首相迪吕波)
)

# A country's name as read before such a post: 2–6 Han characters with no function word
# (访的匈牙利, 法国工业与能源 are cut designations, not countries).
# Words of the sentence that run into a country's name before a head of state's post when no stop
# word cut them off (回应美国总统拜登, 致信美国国务卿布林肯, 在首尔与韩国总统尹锡悦): the country is the body.
BEFORE_COUNTRY = re.compile(r"(?:致信|致电|致函|祝贺|致贺|" + "|".join(CRITICISM_VERBS) + r"|回应|敦促|呼吁|会见|会晤|同|与|和|跟|对|向|称)$")

COUNTRY_LIKE = re.compile(r"(?:(?![的访与和及在对向为是])[\u4e00-\u9fff]){2,6}")

# Words of the sentence around a designation that end up in front of it when no stop word cut
# the run (你能否介绍中国驻英国大使): the organisation starts after the last of them.
ORG_CUT = re.compile(r".*(?:你|我|他|她|能否|介绍|表示|请问|询问|透露|指出)")

# A level of government with no place to it (县委书记叶伯军 on a county's own site, 政府县长): no
# body a reader could tell, so no organisation is given.
BARE_LEVEL_BODIES = frozenset(
    f"{level}{body}"
    for level in ("", "省", "市", "县", "区", "州", "镇", "乡", "自治区", "自治州", "旗")
    for body in ("委", "政府", "人民政府", "党委", "人大", "人大常委会", "政协", "")
) - {""}

# A county's bureau written after the county's name (信丰县公安局交通管理大队): the page's own county
# where the name opens a sentence.
COUNTY_BUREAU_AFTER = re.compile(r"[\u4e00-\u9fff]{1,8}?局")

# A county a page names (巨鹿县, 当前巨鹿县, 浙江省平阳县): the two characters before 县, not before
# 县域, 县级, 县城 … (促进县域经济, 全县县直单位).
COUNTY_NAMED = re.compile(r"([\u4e00-\u9fff]{2})县(?![域级城乡直属内外情区际])")
# What follows a place gone to (到苏州考察, 赴深圳参加, 到北京出席): the visit, not a site's name.
VISIT_AFTER_PLACE = re.compile(
    r"考察|调研|参观|学习|参加|出席|开展|检查|督导|督查|慰问|访问|看望|走访|视察|指导|洽谈|招商|对接|交流|开会|"
    r"召开|举行|主持|办理|工作|进行|专题|实地|等地|和|与|及|、"
)
# A site named after its city (扬州第四水厂, 盐城吾悦广场, 南京南站): the name, up to its kind of place.
SITE_AFTER_PLACE = re.compile(
    r"[\u4e00-\u9fff\d]{0,10}?(?:水厂|电厂|工厂|厂|南站|北站|东站|西站|火车站|客运站|车站|站|港|码头|机场|广场|"
    r"中心|公司|集团|园区|产业园|工业园|园|馆|医院|学院|大学|学校|中学|小学|基地|工地|市场|超市|商场|小区|大桥|"
    r"隧道|酒店|宾馆|大厦|车间|仓库|分拨中心|营业部|网点)(?![\u4e00-\u9fff]{0,2}(?:考察|调研|学习|参加|出席))"
)
# A county of one character (曹县, 滑县, 沛县) is read only before its own body written with 县 again
# (曹县县委书记, 萧县县长, 沛县县人民政府), opening a clause, after its province or city, or after a
# word that stands before places and posts (新任曹县县委书记, 在萧县县委).
COUNTY_ONE_BEFORE = "省市州任在到赴的与及往是为由"  # (not 和, 从, 来: 和静县, 从江县, 来凤县)
# What a one-character county's name is not: a word before 县 (对口县, 市辖县, 市属县, 该县, 各县 …)
COUNTY_ONE_STOPS = frozenset("口辖属全我本该各此每两邻外副代务县省市区的了在到为与及对向从给把被由其个是级等贫穷困")
COUNTY_NAMED_ONE = re.compile(
    rf"(?:^|(?<=[^\u4e00-\u9fff])|(?<=[{COUNTY_ONE_BEFORE}]))([\u4e00-\u9fff])县"
    r"(?=县(?:委|政府|人民政府|人大|政协|长|纪委))",
    re.MULTILINE,
)
# What stands right before 县 in a word that names no county (全县, 我县, 该县, 常务副县长, 到县, 每县…),
# and what a county's name does not start with (一是在县, 为县): a character of a word before it.
# County names hold many common characters (平乡县, 镇原县, 和静县, 于都县, 全椒县): only these.
COUNTY_STEM_LAST_STOPS = frozenset("全我本该各此每两邻外副代务县省市区的了在到为与及对向从去给把被由其个是级等求着位们动作织领撤")
COUNTY_STEM_FIRST_STOPS = frozenset("的了在到为与及对向去给把被由是等县省市区")
# Verbs before a county's body (主持召开县政府…会议, 列席县委常委会) that are no everyday word by jieba's
# IDF (COUNTY_COMMON_IDF): a county's name is never one of them.
COUNTY_VERBS = frozenset({
    "出席", "前往", "慰问", "走访", "调研", "督导", "视察", "考察", "列席", "听取", "带领", "率领", "陪同",
    "召集", "印发", "下发", "聚焦", "覆盖", "涵盖", "接入", "送往", "贯通", "会同", "依托", "举办", "当选",
    "担任", "出任", "调任", "挂职", "任命", "督查", "巡查", "指导", "约谈", "通报", "表彰", "授予",
    # (时任县委书记, 赶赴县医院, 省直管县)
    "时任", "曾任", "历任", "现任", "兼任", "原任", "前任", "继任", "分管", "主管", "协管", "抵达", "赶赴",
    "直管", "联系", "蹲点",
})
# Below this IDF in jieba's table a two-character word is an everyday word (召开 5.6, 推进 5.7,
# 实现 4.7, 所有 4.8, 全国 4.8), never a county's name (the commonest, 平原县, 6.1… but 平原 is an
# everyday word too, so it is lost; 石门 8.0, 长沙 7.3, 公安 8.3 stay).
COUNTY_COMMON_IDF = 6.5
# Words before 县 that name a kind of county, not one (贫困县, 示范县, 试点县, 产粮大县).
COUNTY_KIND_WORDS = frozenset({
    "贫困", "示范", "试点", "重点", "先进", "百强", "强县", "大县", "周边", "沿线", "山区", "边境", "经济",
    "农业", "工业", "旅游", "生态", "文明", "卫生", "园林", "模范", "革命", "民族", "邻近", "附近", "所属",
    "所辖", "辖内", "相关", "有关", "其他", "部分", "多个", "个别", "粮食", "产粮", "畜牧", "牧区", "半农",
    "帮扶", "脱贫", "摘帽", "粮大", "种大", "业大", "业强", "当好",
    # an autonomous county's own name is longer (长阳土家族自治县): not read
    "自治",
})
# A place's own meeting right after its name (桃源县抗旱工作调度会召开, 奉化区安全生产工作会议).
# (not one the county only attends: 桃源县负责同志在分会场参加会议)
OWN_MEETING = re.compile(
    r"(?:(?!在|参加|出席|列席|分会场)[\u4e00-\u9fff“”]){2,10}?(?:会议|调度会|推进会|座谈会|动员会|部署会|工作会|大会)"
)
# A city's or a county's government post opening a chain (副市长、公安局局长): the level it names.
# A place's party committee, named or by its level alone (淮安区委, 市委, 中共永城市委, 省委).
PARTY_COMMITTEE_OF_PLACE = re.compile(r"(?:中共)?[\u4e00-\u9fff]{0,10}?[省市县区州]委")
# A sub-district named (城厢街道, 张家村街道, 广东路街道): up to four characters before 街道, back to
# a word that stands before a place (到, 在 …); not 全街道, 各街道 (STREET_STEM_LAST_STOPS).
STREET_STEM_FIRST_STOPS = frozenset("到赴往在于的和与及了是对为从向由各全该本、,。:;")
# What ends a larger place, or a word of time, inside the characters before 街道: the sub-district's
# name begins after it (鼓楼区华大街道, 近日城厢街道).
STREET_STEM_CUT = re.compile(r".*(?:[省市县区州镇乡]|近日|日前|今天|今日|昨天|近期|日)")
STREET_STEM_LAST_STOPS = frozenset("全各该本我的和与及在到了是个等对为街条")
# Everyday words before 街道 that name no sub-district (城市街道, 主要街道, 背街小巷…).
STREET_WORDS = frozenset({"城市", "主要", "城区", "县城", "市区", "农村", "乡村", "社区", "辖区", "镇村", "周边", "乡镇",
                          "附近", "所在", "部分", "各个", "相关", "有关", "沿线", "两侧", "道路", "背街"})
# A sub-district's own body or meeting right after its name (城厢街道党工委, 城厢街道召开…).
STREET_OWN_BODY = re.compile(r"党工委|办事处|工委|办|召开|辖区|举行|组织")
LEVEL_OF_CHAIN_HEAD = re.compile(r"(?:常务)?副?([市县区])长、")
# A rank on a province's committee, then the secretary's post of a lower level's (省委常委、市委书记):
# the lower level's committee is the person's.
LOWER_SECRETARY_AFTER_RANK = re.compile(r"(?:党委)?(?:常委|委员)、([市县区州盟旗])委副?书记")
# A seat on the Politburo, then a province's or a city's secretary's post written bare (中共中央政治局
# 委员、市委书记俞正声): the committee led is the person's (the place is the page's).
LOCAL_SECRETARY_AFTER_POLITBURO_SEAT = re.compile(r"(?:常委|委员)、((?:省|市)委|自治区党委)副?书记")
# A standing body's term written before it (四届深圳市政协, 十三届省人大常委会): not its name. (A
# session's name keeps it: 十四届全国人大二次会议.)
TERM_OF_STANDING_BODY = re.compile(r"第?[一二三四五六七八九十]{1,3}届(?=[\u4e00-\u9fff]{2,}(?:政协|人大常委会)$)")
# A document, a statement or a body just named before 其 (印发了《实施方案》,其要求; 发布声明,其表示):
# 其 is theirs, no person's.
THING_BEFORE_QI = re.compile(r"》|声明|报告|公告|通知|意见|方案|文件|公司|集团|政府|部门|机构|委员会|网站|平台|数据")
# A visiting party after a body's name (苏州市商务局代表团, …一行, …考察团).
VISITING_PARTY_AFTER = re.compile(r"代表团|考察团|调研组|一行|客人")
# Local bodies whose names hold 和 (山东省工业和信息化厅, 县住房和城乡建设局, 市发展和改革委员会): read as
# organisations, so that the 和 inside them stops no designation (not 信息化厅 alone).
LOCAL_BODIES_WITH_AND = frozenset(
    f"{field}{end}"
    for field in (
        "工业和信息化", "经济和信息化", "住房和城乡建设", "人力资源和社会保障", "文化和旅游", "文化广电和旅游",
        "文化广电体育和旅游", "文化体育和旅游", "发展和改革", "卫生和计划生育", "教育和体育", "自然资源和规划",
        "规划和自然资源", "民族和宗教事务", "科技和工业信息化", "商务和投资促进", "粮食和物资储备",
        "粮食和储备", "农业和农村", "交通和运输", "住房和城市建设", "水务和湖泊", "机要和保密",
    )
    for end in ("厅", "局", "委", "委员会")
) | {"党史和地方志研究室", "党史和地方志办公室", "机要和保密办公室"}
# A county or a district of two characters or more whose body repeats its level (清丰县县委; not
# 浦东新区区委, whose 区 is its own name's, nor 各区县委, two levels).
LEVEL_WRITTEN_TWICE = re.compile(r"((?:(?!新区)[\u4e00-\u9fff]){2,}?(?<!新)([县区]))(?=\2(?:委|人民政府|政府|人大|政协))")
# A town (镇) or township (乡) named by the two characters before it (地城镇, 田头乡; 城头山镇 is read
# whole by _page_town), not a word that starts with 镇 or 乡 (镇村, 城镇化, 镇痛, 乡村, 乡亲), nor
# one that ends in them (乡镇, 集镇, 小镇, 城乡, 下乡, 返乡: TOWN_STEM_LAST_STOPS; 全国城镇 is left to
# _page_town).
TOWN_NAMED = re.compile(
    r"([\u4e00-\u9fff]{2})(镇(?![村域街级区直化居职燃污老就建基供排住规体痛压定静守市]|人(?!大|民政府))"
    r"|乡(?![村镇土亲愁贤情风音直级干]))"
)
TOWN_STEM_LAST_STOPS = {
    "镇": frozenset("乡集小重名古村市强心范业星境制镇"),
    "乡": frozenset("城下家故老返回同异他水梦仙乡"),
}
# A town's own bodies (城头山镇党委, 田头乡人民政府).
TOWN_OWN_BODY = re.compile(r"党委|党政|人民政府|政府|人大|纪委")
# A town's post or body with no town to it (镇党委, 镇长, 副乡长, 镇党委副书记、镇长).
TOWN_POST = re.compile(r"^(?:[镇乡](?:党委|委|人大|政府|人民政府|纪委)|(?:常务)?副?[镇乡]长)|、(?:常务)?副?[镇乡]长$")
# A district of a city named by two characters (鹤城区, 中站区), not an area of some kind.
DISTRICT_NAMED = re.compile(r"([\u4e00-\u9fff]{2})区(?![域级内外间别块位分划])")
# Words that say a county named on a page may belong to another city than the page's (see
# speakers._county_of_another_city).
ANOTHER_CITY_WORDS = ("来我市", "帮扶", "对口", "结对")
VISITING_GROUP_AFTER = re.compile(r"(?:党政)?(?:代表团|考察团|考察组|调研组|一行)")
DISTRICT_KIND_WORDS = frozenset({
    "开发", "示范", "试验", "保护", "风景", "旅游", "经济", "工业", "产业", "物流", "商务", "高新", "新城", "城市",
    "核心", "功能", "服务", "生活", "居住", "住宅", "安置", "棚户", "老旧", "主城", "中心", "城乡", "农村",
    "经开", "综保", "集聚", "禁渔", "无人", "老城", "口岸", "自治", "行政", "民族",
    "重点", "试点", "先行", "自贸", "综合", "保税", "合作", "贫困", "受灾", "洪区", "蓄滞", "泄洪", "行洪",
    "危险", "风险", "隐患", "禁火", "防火", "管控", "封控", "封闭", "缓冲", "作业", "施工", "生产", "办公",
    "营业", "候车", "候机", "停车", "等候", "观众", "教学", "宿舍", "商业", "创新", "科技", "湿地", "水源",
})
# Areas whose first character may end a word before them (一处景区, 各个社区): not read as districts.
DISTRICT_AREA_WORDS = frozenset({"社区", "景区", "园区", "小区", "片区", "辖区", "灾区", "库区", "牧区", "湾区"})
# A place's party committee written by its level alone (省委书记, 县委副书记).
LEVEL_PARTY_COMMITTEES = frozenset({"省委", "市委", "县委", "区委", "州委", "旗委", "盟委"})
# A district's post or body with no district to it (区长, 副区长, 区委, 区政府, 区委副书记、区长).
# (a district's bureau too, as a county's: 区司法局党组书记、局长陈涛 … 淄川区司法局召开…)
DISTRICT_POST = re.compile(
    r"^(?:(?:常务)?副?区长|代区长|区委|区人大|区政协|区政府|区人民政府|区[\u4e00-\u9fff]{1,8}(?:局|委|办))"
    r"|、(?:常务)?副?区长$"
)
# A county's post or body with no county to it (县长, 副县长, 副书记、县长, 县委, 县政府, 县政协).
COUNTY_POST = re.compile(
    r"^(?:(?:常务)?副?县长|代县长|县委|县人大|县政协|县政府|县人民政府|县[\u4e00-\u9fff]{1,8}(?:局|委|办))|、(?:常务)?副?县长$"
)

# A county's or a county-level city's body after its province (河南太康县委, 江苏省泰兴市邮政局).
LOCAL_BODY_AFTER_PROVINCE = re.compile(
    r"(?P<stem>[\u4e00-\u9fff]{2})(?:县|市(?!场))(?:委|人民政府|政府|人大|政协|[\u4e00-\u9fff]{0,8}(?:局|委|办|所|站|院|中心|公司))"
)

# A company with no name to it (集团公司党组书记、董事长刘爱力 in the group's own paper, 集团董事长):
# the page's one company the knowledge base knows, else none.
BARE_COMPANY = frozenset({
    "集团", "集团公司", "集团有限公司", "公司", "总公司", "有限公司", "股份公司", "股份有限公司", "本公司",
    "该公司", "我公司", "本集团", "该集团", "我集团", "分公司", "子公司",
})

# What follows a city a delegation went to learn from (赴深圳市考察学习, 到杭州市参观学习): the city
# says nothing of where the delegation comes from.
LEARNED_FROM = re.compile(r"[^,。;!?\n]{0,8}?(?:考察学习|学习考察|参观学习|学习取经|学习借鉴)")

# A province's short name opening a body's name (黑龙江邮政管理局), to be written in full.
# (a province's own department, 厅, or its postal administration; not a national body's branch named
# after it: 江苏海事局, 上海海关, 江苏银保监局)
PROVINCE_BODY_SHORT = re.compile(r"(?:" + PROVINCE.pattern + r")(?=[\u4e00-\u9fff]{1,12}厅$|邮政管理局$)")
# 中国 before a province written with its level, the province's own government (中国海南省): not a
# company named so (中国河南国际合作集团有限公司).
CHINA_PROVINCE = re.compile(r"中国(?:" + PROVINCE.pattern + r")(?:省|自治区|壮族自治区|回族自治区|维吾尔自治区|市)?$")
# A government transcript's introduction naming whose words follow (以下是保安局局长李少光今日(八月十九日)
# 在北京访问期间会见传媒的发言全文:, 以下是行政长官…答问全文).
FULL_TEXT_INTRO = re.compile(
    r"以下[是为][^。\n]{2,60}?(?:发言|谈话|讲话|致辞|致词|答问|开场发言|演讲|答记者问)(?:内容)?全文"
)
# After the official an introduction names first: one who only accompanies or chairs, or is mourned.
NOT_THE_SPEAKER_AFTER = re.compile(r"(?:同志)?(?:陪同|主持|追悼|逝世|遗体)")
# A city's own outlet after its name (德州新闻网讯, 徐州日报讯): the page reports on that city.
CITY_OUTLET = re.compile(r"(?:新闻网|日报|晚报|广播电视台|电视台|融媒体中心|新闻)")
# The secretariats and policy bureaus of Hong Kong's and Macao's governments (names no mainland body
# bears: 及 joins no mainland bureau's name), longest first.
SAR_BODIES = dict(sorted({
    "政务司": "香港", "财政司": "香港", "律政司": "香港", "运输及物流局": "香港", "运输及房屋局": "香港",
    "商务及经济发展局": "香港", "食物及卫生局": "香港", "劳工及福利局": "香港", "民政及青年事务局": "香港",
    "创新科技及工业局": "香港", "创新及科技局": "香港", "环境及生态局": "香港", "文化体育及旅游局": "香港",
    "财经事务及库务局": "香港", "政制及内地事务局": "香港", "公务员事务局": "香港", "医务卫生局": "香港",
    "保安局": "香港",
    "行政法务司": "澳门", "经济财政司": "澳门", "保安司": "澳门", "社会文化司": "澳门", "运输工务司": "澳门",
}.items(), key=lambda kv: -len(kv[0])))
# Hong Kong and Macao as a text names them (their chief executives' regions).
SAR = re.compile("香港|澳门")

# A line holding only a designation and a name, a space between (河南省人民政府副省长 徐济超): a
# speech's byline under its title.
# How a speech greets its audience (同志们:, 各位来宾,女士们、先生们:), after a signed speech's byline.
SPEECH_SALUTATION = re.compile(r"同志们|女士们|先生们|各位来宾|各位嘉宾|各位代表")
BYLINE_LINE = re.compile(
    r"^[ \t]*(?P<desig>[\u4e00-\u9fff、]{2,30}?)[ \t]+(?P<name>[\u4e00-\u9fff·]{2,4})[ \t]*$", re.MULTILINE
)

# A verb of going that may follow a two-character name, its first character no name's last
# (季翔来到…, 王强前往…, 李明率队…, 高杲率8个司局…).
MOTION_AFTER_NAME = re.compile(
    # (张琦率慰问团到我市: a group led, 率 no character of the name)
    "来到|前往|来访|到达|赶赴|赶到|率队|率团|率领|率(?=[\\d一二三四五六七八九十两多数]|[\u4e00-\u9fff]{1,5}[团组队])|一行"
)
