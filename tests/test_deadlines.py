"""Tests for pipeline.deadlines.find_deadlines (meaning: shared/gold/GUIDELINES.md)."""

import datetime as dt

import pytest

from pipeline.deadlines import find_deadlines

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
    assert sentence[d["start"]:d["end"]] == text
    assert d["due"] == due
    assert d["precision"] == precision


# (name, sentence, plan_year, text, action, subject) -- real sentences from the seeds
SUBJECT_ACTION = [
    ("shoe_park", "推动鞋业产业园一期 10 月底前建成投用，全力推进新型包装材料产业园、智能家具产业园、电线电缆产业园等特色产业园区建设",
     2021, "10 月底前", "建成投用", "鞋业产业园一期"),
    ("roads", "持续完善路网架构,力争华夏路东延、太学路东延3月底前建成通车,启动G208、S317、S314改扩建工程,推动郑洛高速偃师段12月底前建成通车",
     2026, "3月底前", "建成通车", "华夏路东延、太学路东延"),
    ("properties", "着力补齐小区治理短板,推动278个小区10月底前实现物业全覆盖", 2026, "10月底前", "实现物业全覆盖", "278个小区"),
    ("verb_object", "推进公共服务进社区,年底前建成完整社区试点4个,提升改造邻里中心4个", 2026, "年底前", "建成", "完整社区试点"),
    ("housing", "全力化解问题楼盘,加快推进安置房建设,力争6月底前实现安置群众“户均一套房”", 2026, "6月底前", "实现", "安置群众“户均一套房”"),
    ("wanda", "万达广场 5 月中旬主体封顶", 2021, "5 月中旬", "主体封顶", "万达广场"),
    ("school", "推动首阳片区新寨学校5月底前开工建设、增加学位3240个", 2021, "5月底前", "开工建设", "首阳片区新寨学校"),
    ("gdp_prev_clause", "地区生产总值年均增速保持在 5.5% 左右，力争到“十五五”末达到 630 亿元左右", 2026,
     "到“十五五”末", "达到", "地区生产总值"),
    ("numbered_item", "46. 推动首阳片区新寨学校5月底前开工建设", 2021, "5月底前", "开工建设", "首阳片区新寨学校"),
    ("time_subject_verb", "年内风动工具厂、古城机械实现退城入园", 2021, "年内", "实现退城入园", "风动工具厂、古城机械"),
]


@pytest.mark.parametrize("name,sentence,plan_year,text,action,subject", SUBJECT_ACTION,
                         ids=[c[0] for c in SUBJECT_ACTION])
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


SPAN_SENTENCES = [c[1] for c in FORMS] + [c[1] for c in SUBJECT_ACTION] + [
    "力争一季度，华为新基建中心等项目实现运营；上半年，建龙微纳技术创新中心开工建设，景安 2 号数据中心建成投用；"
    "三季度，朝霞文化创新中心正式开工；年底前，中部云谷二期建成投用，中移在线二期、中移 IDC 产业园启动建设",
    "5 月底前 5G 智慧环保大数据监管平台建成投用；上半年完成 457 辆国 III 及以下排放标准柴油货车淘汰任务",
    "玄奘故里二期布展 9 月底前完成，杜园整治提升项目 6 月底前完工，谋划实施张海书法艺术馆新馆",
]


@pytest.mark.parametrize("sentence", SPAN_SENTENCES)
def test_span_text_and_fields(sentence):
    found = find_deadlines(sentence, 2021)
    assert found
    last = -1
    for d in found:
        assert set(d) == {"start", "end", "text", "due", "precision", "action", "subject"}
        assert sentence[d["start"]:d["end"]] == d["text"]
        assert d["text"] == d["text"].strip()
        assert d["start"] >= last  # in order
        last = d["start"]
        assert d["precision"] in {"day", "month_part", "month", "quarter", "half", "year", "years"}
        assert d["due"] is None or isinstance(d["due"], dt.date)


def test_multi_form_sentence_order():
    s = ("力争一季度，华为新基建中心等项目实现运营；上半年，建龙微纳技术创新中心开工建设，景安 2 号数据中心建成投用；"
         "三季度，朝霞文化创新中心正式开工")
    found = find_deadlines(s, 2021)
    assert [(d["text"], d["subject"]) for d in found] == [
        ("一季度", "华为新基建中心等项目"),
        ("上半年", "建龙微纳技术创新中心"),
        ("上半年", "景安 2 号数据中心"),
        ("三季度", "朝霞文化创新中心"),
    ]


# --- property: never crashes, spans always consistent -------------------------
from hypothesis import given, settings, strategies as st  # noqa: E402

_ALPHABET = list("0123456789 年月日底前末内上中下旬半季度第一二三四五十到今明去较“”，,；;、。完成建设开工项目推动确保力争") + ["十四五", "十五五", "年底前", "月底前"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_ALPHABET), max_size=40).map("".join),
       st.one_of(st.none(), st.integers(min_value=1990, max_value=2040)))
def test_property_spans(sentence, plan_year):
    for d in find_deadlines(sentence, plan_year):
        assert sentence[d["start"]:d["end"]] == d["text"]
        assert 0 <= d["start"] < d["end"] <= len(sentence)
        assert d["due"] is None or isinstance(d["due"], dt.date)
