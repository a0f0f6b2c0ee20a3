"""Tests for pipeline.deadlines.find_deadlines (meaning: shared/gold/GUIDELINES.md)."""

import datetime as dt

import pytest

from pipeline.deadlines import find_deadlines, reading_scope, reference_years
from pipeline.document import Meta

D = dt.date

# (name, sentence, plan_year, text, due, precision) -- one case per form
FORMS = [
    ("month_end_before", "确保6月底前常住人口接种率达到40%以上", 2021, "6月底前", D(2021, 6, 30), "month"),
    ("month_end_spaced", "推动郑洛高速偃师段12 月底前建成通车", 2026, "12 月底前", D(2026, 12, 31), "month"),
    ("month_end_feb", "力争2月底前完成", 2024, "2月底前", D(2024, 2, 29), "month"),
    ("month_part_mid", "推进万达广场5月中旬完成主体项目封顶", 2021, "5月中旬", D(2021, 5, 20), "month_part"),
    ("month_part_early", "5月上旬完成招标", 2021, "5月上旬", D(2021, 5, 10), "month_part"),
    ("month_part_late", "9 月下旬完成布展", 2021, "9 月下旬", D(2021, 9, 30), "month_part"),
    ("month_bare", "推动南京钜钢数控制造产业园8月建成投产", 2021, "8月", D(2021, 8, 31), "month"),
    ("month_fen", "9月份锦台小学、金城寨街小学、宝龙小学实现招生", 2021, "9月份", D(2021, 9, 30), "month"),
    ("day_before", "5月20日前完成全部验收", 2021, "5月20日前", D(2021, 5, 20), "day"),
    ("year_end_before", "年底前完成6所寄宿制学校改造提升任务", 2021, "年底前", D(2021, 12, 31), "year"),
    ("year_end", "一石科技、清渠智能科技、远盾智能装备等项目年底竣工", 2026, "年底", D(2026, 12, 31), "year"),
    ("year_end_explicit", "2021年底前建成投用", 2021, "2021年底前", D(2021, 12, 31), "year"),
    ("year_end_next", "明年底前建成", 2021, "明年底前", D(2022, 12, 31), "year"),
    ("half_first", "推动中信环保装备厂房、标准化厂房一期上半年主体完工", 2021, "上半年", D(2021, 6, 30), "half"),
    ("half_second", "下半年中航光电二期、惠中生物二期等项目竣工", 2021, "下半年", D(2021, 12, 31), "half"),
    ("quarter_1", "一季度仟星工贸等3个项目启动建设", 2021, "一季度", D(2021, 3, 31), "quarter"),
    ("quarter_2", "二季度完成验收", 2021, "二季度", D(2021, 6, 30), "quarter"),
    ("quarter_3", "三季度，朝霞文化创新中心正式开工", 2021, "三季度", D(2021, 9, 30), "quarter"),
    ("quarter_4", "第四季度完成验收", 2021, "第四季度", D(2021, 12, 31), "quarter"),
    ("year_within", "确保区属平台公司年内完成融资30亿元以上", 2021, "年内", D(2021, 12, 31), "year"),
    ("years_within", "3年内营业收入达到100亿元", 2021, "3年内", D(2023, 12, 31), "years"),
    ("years_within_spaced", "3 年内营业收入达到 100 亿元", 2021, "3 年内", D(2023, 12, 31), "years"),
    ("years_within_cn", "三年内实现全覆盖", 2021, "三年内", D(2023, 12, 31), "years"),
    ("by_year", "到2025年，森林覆盖率达到25%", 2021, "到2025年", D(2025, 12, 31), "year"),
    ("year_before", "确保2030年前实现碳达峰", 2021, "2030年前", D(2030, 12, 31), "year"),
    ("fyp14_end", "到“十四五”末，地区生产总值突破700亿元", 2021, "到“十四五”末", D(2025, 12, 31), "year"),
    ("fyp15_end", "力争到“十五五”末达到 630 亿元左右", 2026, "到“十五五”末", D(2030, 12, 31), "year"),
    ("fyp14_end_no_to", "“十四五”末实现全覆盖", 2021, "“十四五”末", D(2025, 12, 31), "year"),
    ("this_year", "12个待建安置小区今年全面开工", 2021, "今年", D(2021, 12, 31), "year"),
]


@pytest.mark.parametrize("name,sentence,plan_year,text,due,precision", FORMS, ids=[c[0] for c in FORMS])
def test_forms(name, sentence, plan_year, text, due, precision):
    found = find_deadlines(sentence, plan_year)
    assert len(found) >= 1, found
    d = found[0]
    assert d["text"] == text
    assert sentence[d["start"] : d["end"]] == text
    assert d["due"] == due
    assert d["precision"] == precision


# (name, sentence, plan_year, text, action, subject) -- real sentences from the seeds
SUBJECT_ACTION = [
    (
        "shoe_park",
        "推动鞋业产业园一期 10 月底前建成投用，全力推进新型包装材料产业园、智能家具产业园、电线电缆产业园等特色产业园区建设",
        2021,
        "10 月底前",
        "建成投用",
        "鞋业产业园一期",
    ),
    (
        "roads",
        "持续完善路网架构,力争华夏路东延、太学路东延3月底前建成通车,启动G208、S317、S314改扩建工程,推动郑洛高速偃师段12月底前建成通车",
        2026,
        "3月底前",
        "建成通车",
        "华夏路东延、太学路东延",
    ),
    (
        "properties",
        "着力补齐小区治理短板,推动278个小区10月底前实现物业全覆盖",
        2026,
        "10月底前",
        "实现物业全覆盖",
        "278个小区",
    ),
    (
        "verb_object",
        "推进公共服务进社区,年底前建成完整社区试点4个,提升改造邻里中心4个",
        2026,
        "年底前",
        "建成",
        "完整社区试点",
    ),
    (
        "housing",
        "全力化解问题楼盘,加快推进安置房建设,力争6月底前实现安置群众“户均一套房”",
        2026,
        "6月底前",
        "实现",
        "安置群众“户均一套房”",
    ),
    ("wanda", "万达广场 5 月中旬主体封顶", 2021, "5 月中旬", "主体封顶", "万达广场"),
    ("school", "推动首阳片区新寨学校5月底前开工建设、增加学位3240个", 2021, "5月底前", "开工建设", "首阳片区新寨学校"),
    (
        "gdp_prev_clause",
        "地区生产总值年均增速保持在 5.5% 左右，力争到“十五五”末达到 630 亿元左右",
        2026,
        "到“十五五”末",
        "达到",
        "地区生产总值",
    ),
    ("numbered_item", "46. 推动首阳片区新寨学校5月底前开工建设", 2021, "5月底前", "开工建设", "首阳片区新寨学校"),
    ("time_subject_verb", "年内风动工具厂、古城机械实现退城入园", 2021, "年内", "实现退城入园", "风动工具厂、古城机械"),
    # verbs found after time phrases whose action was not read, across the corpus: 动工, 获批, 解决
    (
        "nanchang2019_donggong",
        "争取长江委、省水利厅支持，力争沿江中北快速路年底前动工",
        2019,
        "年底前",
        "动工",
        "沿江中北快速路",
    ),
    ("dongguan2013_donggong", "推动华为终端总部项目年内动工", 2013, "年内", "动工", "华为终端总部项目"),
    ("dingxi2020_huopi", "确保定投集团企业债券一季度获批", 2020, "一季度", "获批", "定投集团企业债券"),
    # verbs no completion list names, read by word class: those our figure tables call verbs (`谋划`, `新开工`)
    (
        "jilin2016_mouhua",
        "年内谋划包装5000万元以上招商项目500项，新开工重点招商项目300项。",
        2016,
        "年内",
        "谋划包装",
        "招商项目",
    ),
    ("chaoyang2023_xinkaigong", "全年开复工项目1000个以上，一季度新开工项目123个。", 2023, "一季度", "新开工", "项目"),
    (
        "shanghai2010_datong",
        "用两年时间全部打通区与区之间的对接道路，进一步完善市域路网。",
        2010,
        "用两年时间",
        "全部打通",  # (the gold keeps 全部, 全面, 基本 in the action: 全部建成, 全面推开, 基本完成)
        "对接道路",
    ),
    # … and what is acted on before its verb, when nothing is named after it
    ("chaoyang2016_zhenghe", "继续实施矿山矿业综合整顿，年底前矿山整合到100处以内。", 2016, "年底前", "整合到", "矿山"),
    ("constructed_yajian", "年底前全市燃煤锅炉压减到50台以内。", 2021, "年底前", "压减到", "燃煤锅炉"),
    # how a batch is done belongs to the action (集中, 陆续), and 今、明两年 is 今明两年
    (
        "baotou2022_jizhong",
        "推动通威二期、美科二期等项目在上半年集中投产，加快建设从硅料到组件的全产业链。",
        2022,
        "上半年",
        "集中投产",
        "通威二期、美科二期等项目",
    ),
    ("hainan2010_luxu", "一批重点项目将在年内陆续建成投产。", 2010, "年内", "陆续建成投产", "重点项目"),
    (
        "shenzhen2003_jin_ming",
        "特别是一批重大项目将于今、明两年陆续建成投产，可新增工业产值3000亿元左右。",
        2003,
        "今、明两年",
        "陆续建成投产",
        "重大项目",
    ),
]


@pytest.mark.parametrize(
    "name,sentence,plan_year,text,action,subject", SUBJECT_ACTION, ids=[c[0] for c in SUBJECT_ACTION]
)
def test_subject_action(name, sentence, plan_year, text, action, subject):
    found = [d for d in find_deadlines(sentence, plan_year) if d["text"] == text]
    assert found, find_deadlines(sentence, plan_year)
    d = found[0]
    assert d["action"] == action
    assert subject in (d["subject"] or "")


def test_several_time_phrases_in_one_list():
    s = "推动综合物流产业园 6 月开工建设、中亿农产品批发市场 8 月开工建设、韵达洛阳产业园年底前开工建设"
    found = find_deadlines(s, 2021)
    assert [(d["text"], d["subject"], d["action"]) for d in found] == [
        ("6 月", "综合物流产业园", "开工建设"),
        ("8 月", "中亿农产品批发市场", "开工建设"),
        ("年底前", "韵达洛阳产业园", "开工建设"),
    ]
    assert [d["due"] for d in found] == [D(2021, 6, 30), D(2021, 8, 31), D(2021, 12, 31)]


@pytest.mark.parametrize(
    "sentence, plan_year, expect",
    [
        pytest.param(
            "确保凤合高速马坞至西寨段、申都至漳县连接线分别于第一季度、第二季度开工",
            2020,
            [("第一季度", "凤合高速马坞至西寨段", "开工"), ("第二季度", "申都至漳县连接线", "开工")],
            id="dingxi2020-respective",
        ),
        pytest.param(
            "争取岷县通用机场、临洮军民合用机场分别于第三季度、第四季度开工建设",
            2020,
            [("第三季度", "岷县通用机场", "开工建设"), ("第四季度", "临洮军民合用机场", "开工建设")],
            id="dingxi2020-respective-second",
        ),
        # (one time after 分别于 keeps its subject whole)
        pytest.param(
            "加大燃煤电厂超低排放和节能改造力度，东中部地区要分别于今明两年完成，西部地区于2020年完成",
            2017,
            [("今明两年", "东中部地区", "完成"), ("2020年", "西部地区", "完成")],
            id="gov2017-respective-one",
        ),
    ],
)
def test_times_listed_after_respectively(sentence, plan_year, expect):
    found = find_deadlines(sentence, plan_year)
    assert [(d["text"], d["subject"], d["action"]) for d in found] == expect


@pytest.mark.parametrize(
    "sentence, plan_year, expect",
    [
        pytest.param(
            "大规模开展老旧小区改造，年内投资16亿元，启动203个老旧小区改造，惠及10万户居民",
            2020,
            ("年内", "老旧小区改造", "投资"),
            id="yantai2020-verb-and-amount",
        ),
        pytest.param(
            "七、启动市区内涝整治应急工程，年内投入1亿元，完成一期工程",
            2009,
            ("年内", "市区内涝整治应急工程", "投入"),
            id="dongguan2009-verb-and-amount",
        ),
        # a clause of only a verb and its amount is passed over for the one before, whose counted things are due
        pytest.param(
            "实施总投资5962亿元的重大项目902个，完成投资1300亿元，年底竣工200个以上",
            2022,
            ("年底", "重大项目", "竣工"),
            id="baotou2022-passed-over",
        ),
        pytest.param(
            "建设110千伏及以上输变电工程44项，总投资18亿元，力争年内投产25项",
            2007,
            ("年内", "110千伏及以上输变电工程", "投产"),
            id="dongguan2007-passed-over",
        ),
        # a modal opening a goal clause is neither subject nor action; 精准 is an adverb of its verb
        pytest.param(
            "因地制宜地实施社会保障兜底脱贫工程，年内确保1万人精准脱贫",
            2016,
            ("年内", "1万人", "精准脱贫"),
            id="liaoyang2016-modal-and-adverb",
        ),
        pytest.param(
            "要十分重视扫盲工作，争取到2000年基本扫除青壮年文盲",
            1991,
            ("到2000年", "青壮年文盲", "基本扫除"),
            id="plan1991-adverb-kept",
        ),
        # (a decimal count and a locative inside the noun phrase before the verb)
        pytest.param(
            "到2020年，确保现行标准下40.3万农村贫困人口全部脱贫",
            2016,
            ("到2020年", "现行标准下40.3万农村贫困人口", "全部脱贫"),
            id="nanning2016-decimal-locative",
        ),
    ],
)
def test_subject_and_action_of_the_first_deadline(sentence, plan_year, expect):
    """A verb and its amount are of the clause before; a goal clause is read by word class."""
    found = find_deadlines(sentence, plan_year)
    assert (found[0]["text"], found[0]["subject"], found[0]["action"]) == expect


def test_several_subjects_semicolon():
    s = "一季度，仟星工贸等3个项目启动建设；朗宸旅居车等5个项目建成投产"
    found = find_deadlines(s, 2021)
    assert len(found) == 2
    assert {(d["start"], d["end"]) for d in found} == {(0, 3)}
    assert [d["subject"] for d in found] == ["仟星工贸等3个项目", "朗宸旅居车等5个项目"]
    assert [d["action"] for d in found] == ["启动建设", "建成投产"]
    assert all(d["due"] == D(2021, 3, 31) and d["precision"] == "quarter" for d in found)


def test_several_subjects_heading_comma():
    s = "年底前，中部云谷二期建成投用，中移在线二期、中移 IDC 产业园启动建设；全年新引进大数据应用企业 30 家以上"
    found = find_deadlines(s, 2021)
    assert [(d["text"], d["subject"], d["action"]) for d in found] == [
        ("年底前", "中部云谷二期", "建成投用"),
        ("年底前", "中移在线二期、中移 IDC 产业园", "启动建设"),
    ]


def test_several_subjects_list_comma():
    s = "年底前一实小等6所义务教育学校完成改扩建、永泰街中学主体完工、开元中学等3所学校开工建设"
    found = find_deadlines(s, 2021)
    assert [d["subject"] for d in found] == ["一实小等6所义务教育学校", "永泰街中学", "开元中学等3所学校"]
    assert [d["action"] for d in found] == ["完成改扩建", "主体完工", "开工建设"]


def test_semicolon_does_not_extend_without_heading_comma():
    # a new statement after ； is not governed by an earlier time phrase
    s = "6月底前完成祥和巷周边老旧小区连片改造；实施20个老旧小区改造项目"
    found = find_deadlines(s, 2021)
    assert len(found) == 1
    assert found[0]["subject"] == "祥和巷周边老旧小区连片改造"


def test_new_statement_comma_not_governed():
    s = "加快城市有机更新步伐，6月底前完成祥和巷周边老旧小区连片改造，实施20个老旧小区改造项目"
    found = find_deadlines(s, 2021)
    assert len(found) == 1


NEGATIVE = [
    ("review_year", "2020年是极不平凡的一年", 2021),
    ("comparison_base", "较2020年增长10%", 2021),
    ("review_year_head", "2020年，全区完成地区生产总值440.2亿元", 2021),
    ("multiple_of_past_year", "是2020年的1.7倍", 2021),
    # a date followed by 在…上 / 召开 / 举办 is the date of an event, not a deadline
    ("event_date", "4月28日在偃师区第一届人民代表大会第一次会议上", 2021),
    ("event_date_full", "——2021年4月28日在偃师区第一届人民代表大会第一次会议上", 2021),
    ("event_held", "5月召开全区项目建设推进会", 2021),
    ("document_date", "2021年6月23日", 2021),
    ("past_month", "2025 年 4 月刘国中副总理莅偃调研夏粮生产", 2026),
    ("past_fyp_end", "较“十三五”末增长 20.2%", 2026),
    ("past_fyp_end_2", "森林覆盖率由“十二五”末的 12.56% 提高到 21.14%", 2021),
    ("first_three_quarters", "2020年前三季度全区生产总值增长", 2021),
    ("month_range", "1—5月规上工业增加值增长8%", 2021),
    ("recurring", "请于每月月底前反馈任务落实情况", 2021),
    ("last_year_end", "去年底全区已建成", 2021),
    ("period_not_deadline", "“十五五”期间累计新增城镇就业3万人", 2026),
    ("bare_year_target_name", "《纲要草案》提出了2035年远景目标", 2021),
    ("months_duration", "用3个月时间集中整治", 2021),
    ("impossible_date", "6月31日前完成", 2021),
    ("this_year_is", "今年是“十五五”开局之年", 2026),
    # 今年 opening a clause is the statement's topic, not a date a subject is due by
    ("this_year_topic_after_comma", "国家已经组织了57户企业集团试点，今年要扩大到120户", 1997),
    ("this_year_topic_opening", "今年要淘汰燃煤小锅炉5万台，推进燃煤电厂脱硫改造1500万千瓦", 2014),
    ("this_year_topic_city", "今年要全面完成生活垃圾压缩中转站的升级改造，实现“一镇一站”目标", 2012),
    ("this_year_we", "我们今年要建成长江四桥", 2008),
    ("plan_year_is", "2026 年是“十五五”开局之年", 2026),
]


@pytest.mark.parametrize("name,sentence,plan_year", NEGATIVE, ids=[c[0] for c in NEGATIVE])
def test_negative(name, sentence, plan_year):
    assert find_deadlines(sentence, plan_year) == []


def test_no_plan_year():
    found = find_deadlines("6月底前完成", None)
    assert found[0]["due"] is None and found[0]["precision"] == "month"
    found = find_deadlines("到2025年，森林覆盖率达到25%", None)
    assert found[0]["due"] == D(2025, 12, 31)


SPAN_SENTENCES = (
    [c[1] for c in FORMS]
    + [c[1] for c in SUBJECT_ACTION]
    + [
        "力争一季度，华为新基建中心等项目实现运营；上半年，建龙微纳技术创新中心开工建设，景安 2 号数据中心建成投用；"
        "三季度，朝霞文化创新中心正式开工；年底前，中部云谷二期建成投用，中移在线二期、中移 IDC 产业园启动建设",
        "5 月底前 5G 智慧环保大数据监管平台建成投用；上半年完成 457 辆国 III 及以下排放标准柴油货车淘汰任务",
        "玄奘故里二期布展 9 月底前完成，杜园整治提升项目 6 月底前完工，谋划实施张海书法艺术馆新馆",
    ]
)


@pytest.mark.parametrize("sentence", SPAN_SENTENCES)
def test_span_text_and_fields(sentence):
    found = find_deadlines(sentence, 2021)
    assert found
    last = -1
    for d in found:
        assert set(d) == {"start", "end", "text", "due", "precision", "action", "subject"}
        assert sentence[d["start"] : d["end"]] == d["text"]
        assert d["text"] == d["text"].strip()
        assert d["start"] >= last  # in order
        last = d["start"]
        assert d["precision"] in {"day", "month_part", "month", "quarter", "half", "year", "years"}
        assert d["due"] is None or isinstance(d["due"], dt.date)


def test_multi_form_sentence_order():
    s = (
        "力争一季度，华为新基建中心等项目实现运营；上半年，建龙微纳技术创新中心开工建设，景安 2 号数据中心建成投用；"
        "三季度，朝霞文化创新中心正式开工"
    )
    found = find_deadlines(s, 2021)
    assert [(d["text"], d["subject"]) for d in found] == [
        ("一季度", "华为新基建中心等项目"),
        ("上半年", "建龙微纳技术创新中心"),
        ("上半年", "景安 2 号数据中心"),
        ("三季度", "朝霞文化创新中心"),
    ]


# --- property: never crashes, spans always consistent -------------------------
from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_ALPHABET = list(
    "0123456789 年月日底前末内上中下旬半季度第一二三四五十到今明去较“”，,；;、。完成建设开工项目推动确保力争从至用春冬九八〇的间"
) + [
    "十四五",
    "十五五",
    "年底前",
    "月底前",
    "国庆节",
    "“七一”",
    "春节",
    "本世纪末",
    "下世纪中叶",
    "时间",
    "一九八五",
    "后年",
    "在情况下",
]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(_ALPHABET), max_size=40).map("".join),
    st.one_of(st.none(), st.integers(min_value=1990, max_value=2040)),
)
def test_property_spans(sentence, plan_year):
    for d in find_deadlines(sentence, plan_year):
        assert sentence[d["start"] : d["end"]] == d["text"]
        assert 0 <= d["start"] < d["end"] <= len(sentence)
        assert d["due"] is None or isinstance(d["due"], dt.date)


# --- forms as written in reports of other eras and levels (issue 13) ---------
# (name, sentence, plan_year, now_year, text, due, precision) -- each form on sentences of two reports
ERA_FORMS = [
    # festivals: 洛阳 2021, 西安 / 石家庄 (“五一”前 … 国庆前)
    (
        "festival_71",
        "牡丹文化节前地铁1号线正式运营；“七一”前唐寺门立交等项目竣工通车；国庆节前金业路改造提升等工程完工",
        2021,
        None,
        "“七一”前",
        D(2021, 6, 30),
        "day",
    ),
    (
        "festival_national_day",
        "“七一”前唐寺门立交等项目竣工通车；国庆节前金业路改造提升等工程完工",
        2021,
        None,
        "国庆节前",
        D(2021, 9, 30),
        "day",
    ),
    ("festival_51", "“五一”前完成南宫改造，国庆前完成五一广场改造", 2016, None, "“五一”前", D(2016, 4, 30), "day"),
    (
        "festival_guoqing",
        "力争西二绕城高速上半年部分路段通车、国庆前全线贯通",
        2013,
        None,
        "国庆前",
        D(2013, 9, 30),
        "day",
    ),
    ("festival_year", "确保2017年“五一”前竣工", 2016, None, "2017年“五一”前", D(2017, 4, 30), "day"),
    ("festival_moving", "援建梅州的“广州小镇”春节前交付入住", 2021, None, "春节前", D(2021, 2, 28), "month"),
    (
        "flood_season",
        "确保汛前完成地质灾害隐患排查和应急处置，国庆前完成1333户住房恢复重建",
        2014,
        None,
        "汛前",
        D(2014, 5, 31),
        "month",
    ),
    ("flood_season_this_year", "确保今年汛期前全部建成运行", 2024, None, "今年汛期前", D(2024, 5, 31), "month"),
    ("school_opening", "确保80个受损学校秋季开学前全部投入使用", 2014, None, "秋季开学前", D(2014, 8, 31), "month"),
    # 本世纪末 / 下世纪中叶: 国务院 1996, 甘肃 1998, 深圳 2018
    (
        "century_end",
        "也为本世纪末初步建立社会主义市场经济体制奠定了基础",
        1996,
        None,
        "本世纪末",
        D(2000, 12, 31),
        "year",
    ),
    ("century_end_to", "落实政策措施，到本世纪末基本实现小康", 1998, None, "到本世纪末", D(2000, 12, 31), "year"),
    ("century_mid", "为下世纪中叶基本实现现代化，奠定坚实的基础", 1996, None, "下世纪中叶", D(2050, 12, 31), "years"),
    (
        "century_mid_21",
        "到本世纪中叶，建成代表社会主义现代化强国的国家经济特区",
        2018,
        None,
        "到本世纪中叶",
        D(2050, 12, 31),
        "years",
    ),
    # years in Chinese numerals: 国务院 1982, 1955
    ("cn_year_end", "计划在一九八五年底以前全部建成的四百个", 1983, 1982, "一九八五年底以前", D(1985, 12, 31), "year"),
    (
        "cn_year_by",
        "到一九八五年，全国粮食产量计划达到三亿六千万吨",
        1983,
        1982,
        "到一九八五年",
        D(1985, 12, 31),
        "year",
    ),
    (
        "cn_year_by_1957",
        "到一九五七年，铁路货物周转量将达到一千二百一十亿吨公里",
        1955,
        None,
        "到一九五七年",
        D(1957, 12, 31),
        "year",
    ),
    (
        "cn_year_bare",
        "第六个五年计划规定，一九八五年工农业总产值达到八千七百一十亿元",
        1983,
        1982,
        "一九八五年",
        D(1985, 12, 31),
        "year",
    ),
    # bare future year heading a goal: 国务院 1996, 佛山 2011
    (
        "bare_year_goal",
        "2010年，实现国民生产总值比2000年翻一番，使人民的小康生活更加宽裕",
        1996,
        None,
        "2010年",
        D(2010, 12, 31),
        "year",
    ),
    (
        "bare_year_adverbial",
        "2000年在人口将比1980年增长3亿左右的情况下，实现人均国民生产总值比1980年翻两番",
        1996,
        None,
        "2000年",
        D(2000, 12, 31),
        "year",
    ),
    (
        "bare_year_verb",
        "力争2015年工业总产值达到3万亿元，成为全省最大的制造业城市",
        2011,
        None,
        "2015年",
        D(2015, 12, 31),
        "year",
    ),
    # from … to … periods: 国务院 1982, 1978
    (
        "from_to_cn",
        "要求从一九八三年到一九八七年的五年间争取实现国家财政经济状况的根本好转",
        1983,
        1982,
        "从一九八三年到一九八七年的五年间",
        D(1987, 12, 31),
        "years",
    ),
    (
        "from_to_century",
        "从一九八一年到本世纪末的二十年内力争实现我国工农业年总产值翻两番",
        1983,
        1982,
        "从一九八一年到本世纪末的二十年内",
        D(2000, 12, 31),
        "years",
    ),
    # 用N年时间: 北京 2010, 甘肃 1998
    (
        "years_time",
        "力争再用两年时间，全面完成三区三片棚户区改造和中心城区危旧房屋保护性修缮任务",
        2010,
        None,
        "再用两年时间",
        D(2011, 12, 31),
        "years",
    ),
    (
        "years_time_about",
        "用三年左右时间使大多数国有大中型骨干企业建立现代企业制度",
        1998,
        None,
        "用三年左右时间",
        D(2000, 12, 31),
        "years",
    ),
    # seasons, and 明年 counted from the delivery year (国务院 1982, delivered in November)
    (
        "season_cn_year",
        "全国政府机构的改革在一九八四年春季就能完成",
        1983,
        1982,
        "一九八四年春季",
        D(1984, 5, 31),
        "quarter",
    ),
    (
        "season_pair",
        "县和基层政权两级的机构改革，要求在明年冬季和后年春季做好",
        1983,
        1982,
        "明年冬季和后年春季",
        D(1984, 5, 31),
        "quarter",
    ),
    (
        "season_this_year",
        "加快高校新区建设，确保今年秋季8所高校基本建成",
        2008,
        None,
        "今年秋季",
        D(2008, 11, 30),
        "quarter",
    ),
    (
        "next_year_late_delivery",
        "各省、市、自治区和地市两级的政府机构改革，今年冬天就要开始进行，争取明年上半年完成",
        1983,
        1982,
        "明年上半年",
        D(1983, 6, 30),
        "half",
    ),
    ("next_year_usual_delivery", "明年上半年完成", 2021, None, "明年上半年", D(2022, 6, 30), "half"),
    # 今明两年; a year written twice (今年年底, 2010年年底前)
    (
        "this_and_next_year",
        "今明两年基本建成覆盖全市的高速宽带主干网和接入网",
        2009,
        None,
        "今明两年",
        D(2010, 12, 31),
        "years",
    ),
    ("this_and_next_year_2", "今明两年力争完成250亿元电网建设投资", 2012, None, "今明两年", D(2013, 12, 31), "years"),
    ("year_twice", "计划于2010年年底前建成并交付使用", 2009, None, "2010年年底前", D(2010, 12, 31), "year"),
    (
        "twelve_years",
        "全国农业发展纲要要求：从一九五六年开始，在十二年内，粮食每亩平均年产量分别达到四百斤",
        1956,
        None,
        "十二年内",
        D(1967, 12, 31),
        "years",
    ),
    (
        "fyp_end_period",
        "到“十五”末期，要使我们的城市有一个焕然一新的布局结构",
        2001,
        None,
        "到“十五”末期",
        D(2005, 12, 31),
        "year",
    ),
    (
        "this_year_twice",
        "力争今年年底前有20%的预算内国有大中型企业改组为股份",
        1997,
        None,
        "今年年底前",
        D(1997, 12, 31),
        "year",
    ),
]


@pytest.mark.parametrize(
    "name,sentence,plan_year,now_year,text,due,precision", ERA_FORMS, ids=[c[0] for c in ERA_FORMS]
)
def test_era_forms(name, sentence, plan_year, now_year, text, due, precision):
    found = [d for d in find_deadlines(sentence, plan_year, now_year) if d["text"] == text]
    assert found, find_deadlines(sentence, plan_year, now_year)
    assert found[0]["due"] == due
    assert found[0]["precision"] == precision


# (name, sentence, plan_year, now_year, text, action, subject)
ERA_SUBJECT_ACTION = [
    (
        "festival_subject",
        "“七一”前唐寺门立交等项目竣工通车；国庆节前金业路改造提升等工程完工",
        2021,
        None,
        "国庆节前",
        "完工",
        "金业路改造提升等工程",
    ),
    (
        "in_place",
        "做好省级权限承接，3月底前省级下放权限全部承接到位",
        2021,
        None,
        "3月底前",
        "全部承接到位",
        "省级下放权限",
    ),
    ("in_place_2", "确保6月底前所有问题整改到位", 2023, None, "6月底前", "整改到位", "所有问题"),
    ("listing", "高新产业园区REITs项目6月底前成功上市", 2023, None, "6月底前", "成功上市", "高新产业园区REITs项目"),
    ("verb_before_time", "大力发展循环经济，如期实现2030年前碳达峰目标", 2026, None, "2030年前", "实现", "碳达峰目标"),
    ("verb_before_time_2", "有利于有序实现2030年前碳达峰目标", 2022, None, "2030年前", "实现", "碳达峰目标"),
    (
        "light_verb",
        "9月份实现信高教育集团北湖校区、司马光教育集团紫光湖校区初中部和幼儿园招生",
        2023,
        None,
        "9月份",
        "招生",
        "信高教育集团北湖校区、司马光教育集团紫光湖校区初中部和幼儿园",
    ),
    ("light_verb_2", "年底前实现昌东大道拓宽改造竣工通车", 2016, None, "年底前", "竣工通车", "昌东大道拓宽改造"),
    (
        "topic_clause",
        "各省、市、自治区和地市两级的政府机构改革，今年冬天就要开始进行，争取明年上半年完成",
        1983,
        1982,
        "明年上半年",
        "完成",
        "各省、市、自治区和地市两级的政府机构改革",
    ),
    (
        "relative_count",
        "五年内施工的大中型建设项目，计划在一九八五年底以前全部建成的四百个",
        1983,
        1982,
        "一九八五年底以前",
        "全部建成",
        "大中型建设项目",
    ),
    (
        "century_goal",
        "也为本世纪末初步建立社会主义市场经济体制奠定了基础",
        1996,
        None,
        "本世纪末",
        "初步建立",
        "社会主义市场经济体制",
    ),
    ("goal_object", "2010年，实现国民生产总值比2000年翻一番", 1996, None, "2010年", "实现", "国民生产总值"),
    # 试通车: 试 is no subject (南昌 2017); 发达 is no 达 (东莞 2017)
    ("trial_run", "力争地铁1号线北段年底试通车，5、6号线具备开工条件", 2017, None, "年底", "试通车", "地铁1号线北段"),
    ("developed", "力争年内70%的次发达村经营性纯收入达到300万元", 2017, None, "年内", "达到", "次发达村经营性纯收入"),
    # a preposition before a goal's year is no subject (南宁 2023, 某市 2021)
    (
        "around_goal",
        "紧紧围绕2025年基本建成西部陆海新通道总体目标",
        2023,
        None,
        "2025年",
        "基本建成",
        "西部陆海新通道总体目标",
    ),
    (
        "outlook_goal",
        "展望二〇三五年，我市将与全国全省同步基本实现社会主义现代化",
        2021,
        None,
        "二〇三五年",
        "基本实现社会主义现代化",
        "我市",
    ),
    (
        "leading_figures",
        "3年内建成5家接待规模600人以上的研学旅行营地、100家以上研学旅行基地",
        2023,
        None,
        "3年内",
        "建成",
        "研学旅行营地、研学旅行基地",
    ),
]


@pytest.mark.parametrize(
    "name,sentence,plan_year,now_year,text,action,subject", ERA_SUBJECT_ACTION, ids=[c[0] for c in ERA_SUBJECT_ACTION]
)
def test_era_subject_action(name, sentence, plan_year, now_year, text, action, subject):
    found = [d for d in find_deadlines(sentence, plan_year, now_year) if d["text"] == text]
    assert found, find_deadlines(sentence, plan_year, now_year)
    assert any(d["action"] == action and subject in (d["subject"] or "") for d in found), found


ERA_NEGATIVE = [
    # a plan-year heading with no completion verb after it (重庆 2020, 上海 2019)
    ("this_year_heading", "今年，重点抓好十个方面的工作", 2020),
    ("this_year_tasks", "今年要重点做好以下工作", 2019),
    # a century named without anything due (国务院 1996)
    ("century_no_action", "这个奋斗目标，展现了本世纪末、下世纪初我国现代化建设的美好前景", 1996),
    # a year after 到 that ends a range or follows 增加到 (国务院 1958, 1982)
    ("year_range_name", "向大会作关于一九五六年到一九六七年全国农业发展纲要的执行情况的报告", 1958),
    # festivals without 前, or around them
    ("festival_event", "春节前后，我国南方一些地区遭遇历史罕见的低温雨雪冰冻灾害", 2008),
    ("festival_eve", "2020年春节前夕，新冠肺炎疫情突如其来", 2021),
    # an event's name with a season (福州 2023), a start (从今年春季起)
    ("flood_preliminary", "做好防汛前期工作", 2021),
    ("season_event", "继续办好2023年春季中国跨境电商交易会", 2023),
    ("season_start", "从今年春季起免除城市义务教育学杂费", 2006),
    # a bare year that is the plan year or past
    ("bare_plan_year", "2021年全市生产总值达到500亿元", 2021),
    ("bare_past_year", "1999年要使市区空气质量有所改善", 2000),
    ("last_year_twice", "去年年底已建成", 2021),
    ("around_year", "2025年前后建成", 2021),
    ("this_and_next_year_no_verb", "让市民生活得更有尊严是今明两年的攻坚任务", 2012),
    # a relative date before the time of a report given in November (国务院 1981), or after 截至 (1989)
    # N年内 as the plan's period (国务院 1982), or after 这/今后 (1982, 1988)
    ("years_within_period", "五年内施工的大中型建设项目共八百九十个，比第五个五年计划期间少得多", 1983),
    ("years_within_this", "这五年内，除了国家每年增加对这些地区的财政补贴以外", 1983),
    # 今年 with an event, a plan-year statement, an estimate (国务院 1965, 1999)
    ("this_year_event", "我国积极参加了今年四月在雅加达举行的第二次亚非会议的筹备工作", 1965),
    ("this_year_is_key", "今年是实现这个目标的关键一年", 1999),
    ("this_year_estimate", "今年预计增加到六百四十万吨", 1965),
    # N年内 after 几/若干 (国务院 1965, 1984), months of a cumulative range (1956)
    ("some_years", "在今后若干年内，一方面对现行的全日制学校制度继续进行改革", 1965),
    ("few_years", "特别是在近几年内，要做到少投入，多产出", 1984),
    ("month_range_dashes", "本年1——5月份各工业部工业生产总值计划完成102.6%", 1956),
    # a past year before a phrase of its own (国务院 2003)
    ("last_year_half", "原定去年下半年增加机关事业单位职工工资及离退休人员离退休费", 2003),
    ("last_year_quarter", "上年四季度完成", 2021),
    ("past_month_late_report", "今年7月，国务院召开了全国工业交通工作会议", 1982),
    ("as_of_this_year", "截至今年2月底，全国已经停建缓建固定资产投资项目18000多个", 1989),
]


@pytest.mark.parametrize("name,sentence,plan_year", ERA_NEGATIVE, ids=[c[0] for c in ERA_NEGATIVE])
def test_era_negative(name, sentence, plan_year):
    now_year = plan_year - 1 if name == "past_month_late_report" else None
    assert find_deadlines(sentence, plan_year, now_year) == []


def test_horizon_only_reads_absolute_future_times():
    # outside plan parts only written-out times after the plan year count (国务院 1996 review, 1982 part on topics)
    s = "也为本世纪末初步建立社会主义市场经济体制奠定了基础"
    assert [d["text"] for d in find_deadlines(s, 1996, horizon_only=True)] == ["本世纪末"]
    s = "计划在一九八五年底前建成投产八千万吨，年底前完成"
    assert [d["text"] for d in find_deadlines(s, 1983, 1982, horizon_only=True)] == ["一九八五年底前"]
    assert find_deadlines("6月底前完成全部验收", 2021, horizon_only=True) == []
    assert find_deadlines("到2021年，森林覆盖率达到25%", 2021, horizon_only=True) == []
    # … and 今明两年, which always looks ahead (深圳 2003 and 山西 2009, in their reviews)
    s = "正在做前期工作的重大项目共107个，将于今、明两年陆续建成投产，可新增工业产值3000亿元左右"
    found = find_deadlines(s, 2003, horizon_only=True)
    assert [(d["text"], d["due"], d["action"]) for d in found] == [("今、明两年", D(2004, 12, 31), "陆续建成投产")]
    s = "今明两年，全省解决25万户城市低收入家庭的住房困难问题"
    assert [(d["text"], d["due"]) for d in find_deadlines(s, 2009, horizon_only=True)] == [
        ("今明两年", D(2010, 12, 31))
    ]


class _Sec:
    def __init__(self, kind):
        self.kind = kind


class _Sent:
    def __init__(self, kind):
        self.section = None if kind is None else _Sec(kind)
        self.start = self.end = 0


class _Doc:
    def __init__(self, **meta):
        self.meta = Meta(**meta)
        self.text = ""


def test_reading_scope():
    doc = _Doc(doc_type="work_report", plan_year=2021)
    assert reading_scope(doc, _Sent("tasks")) == "all"
    assert reading_scope(doc, _Sent("targets")) == "all"
    assert reading_scope(doc, _Sent("review")) == "horizon"
    assert reading_scope(doc, _Sent("other")) == "horizon"
    assert reading_scope(doc, _Sent(None)) == "horizon"
    assert reading_scope(doc, _Sent("glossary")) is None
    assert reading_scope(_Doc(doc_type="work_report", plan_year=None), _Sent("review")) is None
    assert reading_scope(_Doc(doc_type="task_breakdown", plan_year=None), _Sent(None)) == "all"


@pytest.mark.parametrize(
    "text,kind,scope",
    [
        # a sentence that plans, in a part titled by topic (国务院 1981, 1988)
        ("企业的整顿工作要点面结合，有步骤地进行，准备在两三年内，分批完成。", "other", "all"),
        ("其余部委的内部调整和人员精简，要求在半年内完成。", None, "all"),
        # the same words in a review part, or a sentence that only reports
        ("其余部委的内部调整和人员精简，要求在半年内完成。", "review", "horizon"),
        ("五年内新增发电装机容量一千九百五十万千瓦。", "other", "horizon"),
        ("这是主要的和重要的。", "other", "horizon"),
    ],
)
def test_reading_scope_by_content(text, kind, scope):
    doc = _Doc(doc_type="work_report", plan_year=1988)
    doc.text = text
    sent = _Sent(kind)
    sent.start, sent.end = 0, len(text)
    assert reading_scope(doc, sent) == scope


def test_reference_years():
    assert reference_years(_Doc(plan_year=1983, delivered_on=D(1982, 11, 30))) == (1983, 1982)
    assert reference_years(_Doc(plan_year=2021, delivered_on=D(2021, 2, 7))) == (2021, 2021)
    assert reference_years(_Doc(plan_year=2021, delivered_on=None)) == (2021, 2021)
    assert reference_years(_Doc(plan_year=None, delivered_on=None)) == (None, None)


def test_every_form_match_holds_a_string_the_form_requires():
    # the cheap filter (`requires`) must never hide a match of the form's regex
    import regex

    from patterns.deadlines import TIME_FORMS

    sentences = (
        [c[1] for c in FORMS]
        + [c[1] for c in ERA_FORMS]
        + [c[1] for c in SUBJECT_ACTION]
        + [c[1] for c in ERA_SUBJECT_ACTION]
        + [c[1] for c in NEGATIVE]
        + [c[1] for c in ERA_NEGATIVE]
    )
    tried = 0
    for form in TIME_FORMS:
        rx = regex.compile(form["regex"])
        for s in sentences:
            for m in rx.finditer(s):
                if m.group().strip():
                    tried += 1
                    assert any(r in m.group() for r in form["requires"]), (form["name"], m.group())
    assert tried > 50


@pytest.mark.parametrize(
    "text,year",
    [
        ("一九八五", 1985),
        ("二〇〇〇", 2000),
        ("二○三五", 2035),
        ("一九五七", 1957),
        ("一九八", None),
        ("十九八五", None),
        ("两〇二一", None),
    ],
)
def test_parse_chinese_year(text, year):
    from pipeline.numbers import parse_chinese_year

    assert parse_chinese_year(text) == year


@pytest.mark.parametrize(
    "text,scope",
    [
        # a plan part's paragraph that turned to the past (国务院 1982: `今年以来，…`) plans again where it says so
        ("各省、市、自治区和地市两级的政府机构改革，今年冬天就要开始进行，争取明年上半年完成。", "all"),
        ("县和基层政权两级的机构改革，要求在明年冬季和后年春季做好。", "all"),
        # … but what it reports stays a review
        ("今年以来，国务院的机构改革已经基本完成。", "horizon"),
    ],
)
def test_a_review_paragraph_inside_a_plan_part_plans_again(text, scope):
    doc = _Doc(doc_type="work_report", plan_year=1983)
    doc.text = text
    sent = _Sent("tasks")
    sent.role, sent.end = "review", len(text)
    assert reading_scope(doc, sent) == scope


@pytest.mark.parametrize(
    "sentence, plan_year, text, subject",
    [
        (
            "在全国农村全面推行新型农村合作医疗制度，用两年时间将筹资标准由每人每年50元提高到100元。",
            2008,
            "用两年时间",
            "筹资标准",
        ),
        (
            "五年内，造林2,770万公顷，力争到1990年全国森林覆盖率由1985年的12%提高到14%。",
            1986,
            "到1990年",
            "全国森林覆盖率",
        ),
    ],
    ids=["gov2008-per-head-and-year", "qiwu-plan1986-dated-base"],
)
def test_the_level_a_subject_starts_from_is_no_part_of_it(sentence, plan_year, text, subject):
    # `…由每人每年50元提高到100元`: what is raised, without the level it starts from
    found = [d for d in find_deadlines(sentence, plan_year) if d["text"] == text]
    assert [d["subject"] for d in found] == [subject]


@pytest.mark.parametrize(
    "sentence, plan_year, due, action, subject",
    [
        # 明年 with a task after it is due at the end of the year after the plan year
        (
            "（4）推进新型农村合作医疗制度，将试点范围扩大到80%的县（市、区），明年全面推开。",
            2007,
            dt.date(2008, 12, 31),
            "全面推开",
            None,
        ),
        ("抓紧筹建国科大厦门微电子工程学院，确保明年正式招生。", 2017, dt.date(2018, 12, 31), "正式招生", None),
        # … and a place after the time phrase says where: what is due is the verb's object
        ("明年将在全国全部免征农业税。", 2005, dt.date(2006, 12, 31), "全部免征", "农业税"),
        ("坚持科技强警，年内在全市建成1700个视频监控点。", 2006, dt.date(2006, 12, 31), "建成", "视频监控点"),
    ],
    ids=["anhui2007-next-year", "xiamen2017-next-year", "gov2005-where", "dongguan2006-where"],
)
def test_next_year_and_a_place_after_the_time(sentence, plan_year, due, action, subject):
    found = find_deadlines(sentence, plan_year)
    assert len(found) == 1
    d = found[0]
    assert (d["due"], d["action"]) == (due, action)
    if subject:
        assert d["subject"] == subject


@pytest.mark.parametrize(
    "sentence",
    [
        "做好明年工作意义重大。",
        "并为明年创建国家环境保护模范城市打下基础。",
        "明年，我们将坚持把好事办好、实事办实，办成10件为民实事。",
    ],
    ids=["work-of-next-year", "groundwork", "next-year-opening-a-late-report"],
)
def test_next_year_without_a_task_is_no_deadline(sentence):
    assert not [d for d in find_deadlines(sentence, 2010) if d["text"] == "明年"]
