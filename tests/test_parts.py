"""Parts of a report and their roles in every era (issue 13, items 1, 2 and 6), on real excerpts.

Each rule is checked on sentences of at least two different reports (years, levels)."""

from __future__ import annotations

import itertools

import pytest
from conftest import REPORT_HEAD

from pipeline.document import Meta
from pipeline.headings import heading_match
from pipeline.segment import _Cues, heading_role

META_2021 = Meta(review_year=2020, plan_year=2021, doc_type="work_report")
META_2023 = Meta(review_year=2022, plan_year=2023, doc_type="work_report")
META_1996 = Meta(review_year=1995, plan_year=1996, doc_type="work_report")


# ---- a heading's year beats its wording ----------------------------------------------------------


@pytest.mark.parametrize(
    "heading, meta, kind",
    [
        pytest.param("2021年主要工作", META_2021, "tasks", id="plan-year-main-work"),  # 主要工作 alone reads as review
        pytest.param("2023年主要工作安排", META_2023, "tasks", id="plan-year-arrangements"),
        pytest.param("2020年主要工作", META_2021, "review", id="review-year-main-work"),
        pytest.param("2022年及本届政府工作回顾", META_2023, "review", id="review-year-and-term"),
        pytest.param("过去五年工作回顾和2021年主要工作", META_2021, "review", id="mixed-review-first"),
        pytest.param("“十二五”时期主要成就", Meta(review_year=2015, plan_year=2016), "review", id="past-plan"),
        pytest.param("“十四五”主要目标及2021年工作安排", META_2021, "targets", id="plan-targets"),
        pytest.param("今后十五年的奋斗目标和指导方针", META_1996, "outlook", id="fifteen-years"),
        pytest.param("全力以赴做好“十四五”开局工作", META_2021, "tasks", id="first-year-of-plan"),  # 温州 2021
        pytest.param(
            "奋力做好“十二五”开局工作", Meta(review_year=2010, plan_year=2011), "tasks", id="first-year-2011"
        ),  # 重庆 2011
        pytest.param("2017年工作重点", Meta(review_year=2016, plan_year=2017), "tasks", id="work-focus"),  # 张掖 2017
    ],
)
def test_heading_role_year_beats_wording(heading, meta, kind):
    assert heading_role(heading, meta)[0] == kind


# ---- unnumbered title lines ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "“十二五”时期和2015年工作回顾",  # bold title, Henan-style
        "“十四五”主要目标及2021年工作安排",
        "今后五年的目标任务",
        "六五计划前两年的执行情况",  # 1982 national report
        "关于外交工作",  # 1950s-1980s topic titles
        "2016——抢抓先机、扎实开局的一年",  # 常德 2016
        "“十三五”——全面小康、决战决胜的五年",
    ],
)
def test_unnumbered_part_titles(line):
    hm = heading_match(line)
    assert hm is not None and hm[0] == 1 and hm[1] == "" and hm[2] == line


@pytest.mark.parametrize(
    "line",
    [
        "今年经济社会发展的主要预期目标是：地区生产总值增长6%左右。",  # a sentence, not a title
        "我们圆满完成了全年主要工作",  # prose ending in a role word but longer than a title run
        "全市上下团结一心、攻坚克难，推动经济社会发展取得新的重大成就，胜利完成“十三五”规划主要目标任务",
    ],
)
def test_prose_is_not_a_title(line):
    hm = heading_match(line)
    assert hm is None or hm[1] != ""


# ---- content decides where the heading does not ------------------------------------------------


def test_content_role_of_a_review_without_role_words():
    # 1996 national report, part 一 body (a review of the 八五 period), and a 2017 city review.
    text = (
        "过去的一年，我国改革开放和经济、社会发展取得新的成就，完成了八届人大三次会议确定的任务。"
        "国内生产总值比上年增长10.2%，零售物价涨幅从21.7%回落到14.8%。"
        "去年全市生产总值完成2500亿元，同比增长8%，城乡居民收入稳步提高，民生保障明显改善。"
    )
    assert _Cues(META_1996).role(text) == "review"


def test_content_role_of_a_plan_without_role_words():
    # 1996 national report part 三 (九五 macro targets) reads as the five-year outlook.
    text = (
        "根据对各方面条件的综合分析，“九五”期间的宏观调控目标，年均经济增长速度为8%左右。"
        "到2000年，要实现人均国民生产总值比1980年翻两番，今后五年要努力控制物价上涨幅度。"
        "今后五年，必须坚持把农业放在经济工作的首位，确保粮食稳定增长。"
    )
    assert _Cues(META_1996).role(text) == "outlook"
    # 2023 provincial tasks without a year in the heading
    tasks = "今年要着力扩大有效需求，力争固定资产投资增长8%，确保粮食产量稳定在1200万吨以上。要加快推进重大项目建设，切实抓好招商引资。"
    assert _Cues(META_2023).role(tasks) in ("tasks", "targets")


@pytest.mark.parametrize(
    "meta, text",
    [
        pytest.param(
            Meta(review_year=2024, plan_year=2025, doc_type="work_report"),
            "内需是经济发展主引擎。我们将充分用好政策“工具箱”，全方位扩大内需。加力提振消费，力争网络零售额突破500亿元。"
            "抢抓国家战略腹地建设、“十五五”规划编制和增量政策机遇，确保重大项目库储备规模超2000亿元，"
            "确保300个省市重点项目完成投资800亿元以上，力争全年招商签约1300亿元以上。",
            id="leshan2025",
        ),
        pytest.param(
            Meta(review_year=2019, plan_year=2020, doc_type="work_report"),
            "我们将着力扩大有效投资。高质量编制“十四五”规划，谋划一批重大投资项目，确保完成固定资产投资计划。",
            id="city2020",
        ),
    ],
)
def test_drafting_the_next_plan_is_no_outlook(meta, text):
    # a task part that drafts the next five-year plan stays the plan year's
    assert _Cues(meta).role(text) == "tasks"


@pytest.mark.parametrize(
    "line, current, meta, role",
    [
        pytest.param(
            "今年经济社会发展的主要预期目标是：地区生产总值增长6%左右",
            "review",
            META_2021,
            "targets",
            id="expected-targets",
        ),
        pytest.param(
            "2023年政府工作的总体要求是：坚持稳中求进工作总基调",
            "review",
            META_2023,
            "targets",
            id="overall-requirements",
        ),
        pytest.param(
            "做好今年的工作，要坚持以习近平新时代中国特色社会主义思想为指导",
            None,
            META_2021,
            "tasks",
            id="doing-this-year",
        ),
        pytest.param(
            "今后五年政府工作的总体要求是：高举中国特色社会主义伟大旗帜",
            "review",
            META_2023,
            "outlook",
            id="next-five-years",
        ),
        pytest.param(
            "2021年是“十四五”开局之年。", "review", META_2021, "tasks", id="plan-year-is"
        ),  # 浙江 1999, 2021 reports
        pytest.param("2020年是极不平凡的一年。", "review", META_2021, None, id="review-year-no-turn"),
        pytest.param("全市生产总值增长6%，完成年度预期目标。", "review", META_2021, None, id="plain-sentence-no-turn"),
    ],
)
def test_turn_to_the_plan_year(line, current, meta, role):
    assert _Cues(meta).turn(line, current, opening=False) == role


# ---- whole reports through the pipeline --------------------------------------------------------


@pytest.fixture(scope="module")
def run_report(tmp_path_factory):
    from pipeline.run import process

    folder = tmp_path_factory.mktemp("parts")
    counter = itertools.count()

    def run(body: str):
        path = folder / f"report_{next(counter)}.txt"
        path.write_text(REPORT_HEAD + body, encoding="utf-8")
        return process(path, path.name)

    return run


def test_out_of_sequence_ordinals_are_list_items(run_report):
    # 1982 national report: a numbered list `二、…三、…` inside part 六 is not a part of its own.
    doc = run_report(
        "一、2020年工作回顾\n\n去年全区生产总值增长5%。\n\n"
        "二、2021年重点工作\n\n今年要抓好以下工作。\n\n"
        "三、加强政府自身建设\n\n一、大中型基本建设项目，一律由国家计委审批\n\n二、所有建设项目必须严格按照基本建设程序办事\n\n"
    )
    tops = [(s.ordinal, s.kind) for s in doc.sections if s.level == 1]
    assert tops == [("一", "review"), ("二", "tasks"), ("三", "self_building")]


def test_turn_inside_a_review_opens_the_plan_part(run_report):
    doc = run_report(
        "一、过去五年工作回顾\n\n五年来，全市生产总值年均增长7.1%。\n\n"
        "今年经济社会发展的主要预期目标是：地区生产总值增长6%左右，城镇新增就业1.2万人。\n\n"
    )
    roles = {f["text"]: (f["status"], f["year"]) for f in doc.records["figures"]}
    assert roles["6%"] == ("target", 2021)
    assert roles["1.2万人"] == ("target", 2021)
    assert roles["7.1%"] == ("actual", 2020)
    turned = [s for s in doc.sections if s.how == "content"]
    assert turned and turned[0].kind == "targets"
    rows = doc.records["sections"]
    assert {r["kind_source"] for r in rows} <= {"heading", "content", "inherited"}


def test_sentence_cues_beat_the_part(run_report):
    doc = run_report(
        "一、2020年工作回顾\n\n初步核算，全区生产总值增长3.5%。居民消费价格涨幅控制在预期目标3%以内。\n\n"
        "二、2021年重点工作\n\n过去的一年，全区新增市场主体5000户。\n\n"
        "预计今年一般公共预算支出规模28.5亿元。3年内建成研学旅行营地5家。\n\n"
    )
    got = {f["text"]: (f["status"], f["year"]) for f in doc.records["figures"]}
    assert got["3.5%"] == ("estimated", 2020)  # 初步核算 (郑州 2023)
    assert got["3%"] == ("target", 2020)  # the review year's target (甘肃 2023)
    assert got["5000户"] == ("actual", 2020)  # a past paragraph inside the plan (国务院 1996)
    assert got["28.5亿元"] == ("target", 2021)  # 预计今年 in the plan (国务院 2024)
    assert got["5家"] == ("target", 2023)  # 3年内 (信阳 2023)


def test_year_named_in_the_clause(run_report):
    doc = run_report(
        "一、2020年工作回顾\n\n人口自然增长率由2016年的14.39‰下降到10.55‰。高新技术企业达到1683家，是2016年的2.7倍。\n\n"
        "二、2021年重点工作\n\n到2025年，常住人口城镇化率达到60%。\n\n"
    )
    got = {f["text"]: (f["status"], f["year"]) for f in doc.records["figures"]}
    assert got["14.39‰"] == ("actual", 2016)  # 由 YEAR 的 X: the start of the change (国务院 1996)
    assert got["10.55‰"] == ("actual", 2020)
    assert got["1683家"] == ("actual", 2020)  # 是2016年的: a comparison base, not the year (甘肃 2023)
    assert got["60%"] == ("target", 2025)


def test_documents_say_how_much_was_understood(run_report):
    from pipeline.run import document_row, warnings

    doc = run_report("一、2020年工作回顾\n\n去年全区生产总值增长5%，城镇新增就业3000人。\n\n")
    row = document_row(doc)
    assert row["share_part_decided"] == 1.0 and row["share_year_decided"] == 1.0
    assert "no plan part" in warnings(doc, row) and "no targets" in warnings(doc, row)
    ok = run_report(
        "一、2020年工作回顾\n\n去年全区生产总值增长5%。\n\n二、2021年重点工作\n\n今年全区生产总值增长6%左右。\n\n"
    )
    assert warnings(ok, document_row(ok)) == []


def test_part_heading_run_onto_a_paragraph(run_report):
    # 鄂州 2017 (`…实现城市协同善治。三、2017年重点工作`), 上海 2004 (the first part glued to the opening).
    doc = run_report(
        "现在，我代表区人民政府向大会报告工作，请予审议。一、2020年工作回顾\n\n去年全区生产总值增长5%。"
        "城乡面貌明显改善。二、2021年重点工作\n\n今年全区生产总值增长6%左右。\n\n"
    )
    tops = [(s.ordinal, s.heading, s.kind) for s in doc.sections if s.level == 1]
    assert tops == [("一", "2020年工作回顾", "review"), ("二", "2021年重点工作", "tasks")]
    got = {f["text"]: (f["status"], f["year"]) for f in doc.records["figures"]}
    assert got["5%"] == ("actual", 2020) and got["6%"] == ("target", 2021)


def test_bold_titles_of_a_report_without_numbered_parts(run_report):
    # 岳阳 2022: parts titled only in bold, without role words; their text decides.
    doc = run_report(
        "**全面建成小康社会**\n\n过去五年，全市生产总值年均增长7.2%，完成了“十三五”规划主要目标。去年城镇新增就业5.1万人。\n\n"
        "**只争朝夕抢抓开局**\n\n今年要着力稳增长，力争全市生产总值增长6.5%左右，确保城镇新增就业5万人以上。\n\n"
    )
    tops = [(s.heading, s.kind, s.how) for s in doc.sections if s.level == 1]
    assert tops == [("全面建成小康社会", "review", "content"), ("只争朝夕抢抓开局", "targets", "content")] or [
        t[:2] for t in tops
    ] == [("全面建成小康社会", "review"), ("只争朝夕抢抓开局", "tasks")]
    got = {f["text"]: (f["status"], f["year"]) for f in doc.records["figures"]}
    assert got["5.1万人"] == ("actual", 2020) and got["6.5%"] == ("target", 2021)


def test_report_delivered_late_in_the_year_it_reviews(tmp_path):
    # 1981 and 1982 national reports (30 November): 今年 is the year reviewed, 明年 the plan year.
    from pipeline.run import process

    raw = (
        "政府工作报告\n\n——1981年11月30日在第五届全国人民代表大会第四次会议上\n\n各位代表：\n\n"
        "一、当前的经济形势\n\n今年农业总产值比去年增长4%，粮食产量达到3.25亿吨，完成了全年计划。\n\n"
        "二、明年的主要任务\n\n明年要力争工农业总产值增长4%，粮食产量达到3.3亿吨。\n\n"
    )
    path = tmp_path / "late.txt"
    path.write_text(raw, encoding="utf-8")
    doc = process(path, path.name)
    assert (doc.meta.review_year, doc.meta.plan_year) == (1981, 1982)
    assert [s.kind for s in doc.sections if s.level == 1] == ["review", "tasks"]
    got = {(f["text"], f["char_start"] < raw.find("二、")): (f["status"], f["year"]) for f in doc.records["figures"]}
    assert got[("3.25亿吨", True)] == ("actual", 1981)
    assert got[("3.3亿吨", False)] == ("target", 1982)


def test_plan_year_paragraph_turns_a_five_year_part(run_report):
    # 固原 2022 (`今后五年及明年目标任务` … `2022年是新一届政府履职赶考的开局之年`), 淮北 2016.
    doc = run_report(
        "一、2020年工作回顾\n\n去年全区生产总值增长5%。\n\n"
        "二、今后五年及2021年目标任务\n\n今后五年，力争全区生产总值年均增长7%。\n\n"
        "2021年是“十四五”开局之年。地区生产总值增长6%左右。\n\n"
    )
    got = {f["text"]: (f["status"], f["year"]) for f in doc.records["figures"]}
    assert got["7%"] == ("target", 2025)
    assert got["6%"] == ("target", 2021)


# ---- outcome headings and outcome wording (issue 13, fields) ---------------------------------------


@pytest.mark.parametrize(
    "heading, kind",
    [
        pytest.param("政府自身建设切实加强", "review", id="outcome-chengdu-2014"),  # 成都 2014
        pytest.param("政府自身建设不断加强", "review", id="outcome-rizhao-2014"),  # 日照 2014
        pytest.param("坚持依法行政，政府自身建设进一步加强", "review", id="outcome-after-lead"),
        pytest.param("以提高执行力为抓手，政府自身建设呈现新气象", "review", id="outcome-new-look"),
        pytest.param("切实加强政府自身建设", "self_building", id="task-verb-first"),
        pytest.param("全面提升政府自身建设水平", "self_building", id="task-level"),
    ],
)
def test_self_building_heading_as_outcome_reviews(heading, kind):
    assert heading_role(heading, META_2023)[0] == kind


def test_outcome_wording_is_not_plan_modality():
    # 成都 2014's review (`确保了…`, `…工作切实加强。`, `虚拟社会管理`), 绵阳 2016 and a 2020 prefecture
    # review (襄阳): reported outcomes, not intentions
    review = (
        "强化矛盾纠纷排查化解，确保了《财富》全球论坛等大型活动圆满顺利。地方志、参事、档案等工作切实加强。"
        "加强特殊人群和虚拟社会管理，治安案件万人发案数下降8.2%。"
        "外事、台侨、口岸、海关、检验检疫等工作切实加强。"
        "全天候封闭式管理所有社区（村组），严防死守入襄离襄通道，确保了社区干净、社会面干净。"
    )
    cues = _Cues(META_2023)
    assert cues.plan_modal.findall(review) == []
    assert len(cues.review_modal.findall(review)) >= 3
    # the same words as intentions still plan (`确保受灾群众安全温暖过冬`, `切实加强“三公”经费管理`)
    plan = "确保受灾群众安全温暖过冬。切实加强“三公”经费管理，拟新建学校10所。"
    assert len(cues.plan_modal.findall(plan)) == 3


@pytest.mark.parametrize(
    "heading, body, period",
    [
        # a review of the term covers as many years as its text counts, five where it counts none
        # (张掖 2022 `过去五年工作回顾`; 盐城 2012 `本届政府工作回顾`, whose text counts 四年)
        ("一、过去五年工作回顾", "五年来，我们紧紧围绕发展大局，地区生产总值年均增长6.5%。", (2016, 2020)),
        ("一、本届政府工作回顾", "四年来，全市地区生产总值年均增长13.2%，实现四年翻一番。", (2017, 2020)),
        ("一、2020年工作回顾", "过去一年，地区生产总值增长3%。", (2020, 2020)),
        # … or, where its heading counts none, as its figures span (盐城 2012: `从2007年…增加到2011年…`: 2008–2011)
        ("一、本届政府工作回顾", "全市地区生产总值从2016年1371亿元增加到2020年2771亿元。", (2017, 2020)),
        ("一、过去五年工作回顾", "城镇居民人均可支配收入由2017年13857元增加到2020年22851元。", (2016, 2020)),
        # a heading that counts other than five years (烟台 2012 `过去四年的政府工作`; `一、四年来的主要工作`)
        ("一、过去四年的政府工作", "我们积极应对金融危机冲击，完成了各项任务，实现了经济平稳较快增长。", (2017, 2020)),
        ("一、四年来的主要工作", "全市经济社会发展取得显著成就，人民生活明显改善。", (2017, 2020)),
    ],
)
def test_a_review_of_the_term_covers_its_years(tmp_path, heading, body, period):
    from pipeline.run import process

    path = tmp_path / "term.txt"
    path.write_text(
        f"{REPORT_HEAD}{heading}\n\n{body}\n\n二、2021年重点工作\n\n今年要办好十件实事。\n", encoding="utf-8"
    )
    doc = process(path, path.name)
    review = next(s for s in doc.sections if s.kind == "review")
    assert review.period == period


def test_a_review_paragraph_opening_on_the_year_since_counts_from_it(tmp_path):
    """盐城 2012 (reviews 2011): `2008年以来的几年，…圆满完成“十一五”规划，顺利实施“十二五”规划` opens the
    term's review; the plan begun in the year reviewed does not shrink its paragraphs to that year."""
    from pipeline.run import process

    path = tmp_path / "since.txt"
    head = "政府工作报告\n\n——2012年6月16日在盐城市第七届人民代表大会第一次会议上\n\n各位代表：\n\n"
    body = (
        "2008年以来的几年，是我市经济社会发展最好最快的时期之一。我们圆满完成“十一五”规划，顺利实施“十二五”规划。\n\n"
        "——综合实力跃上新的台阶。人均地区生产总值从2388美元增加到5920美元，增长1.5倍。"
    )
    path.write_text(
        f"{head}一、本届政府工作回顾\n\n{body}\n\n二、2012年重点工作\n\n今年要办好十件实事。\n", encoding="utf-8"
    )
    doc = process(path, path.name)
    sent = next(s for s in doc.sentences if "人均地区生产总值" in doc.text[s.start : s.end])
    assert sent.period == (2008, 2011)


@pytest.mark.parametrize(
    "heading, meta",
    [
        pytest.param("“十一五”发展开局良好", Meta(review_year=2006, plan_year=2007), id="anhui2007"),
        pytest.param("四届政府工作及“十四五”开局", Meta(review_year=2021, plan_year=2022), id="dingxi2022"),
    ],
)
def test_the_first_year_of_a_plan_named_the_year_after_is_reviewed(heading, meta):
    assert heading_role(heading, meta) == ("review", True)


@pytest.mark.parametrize(
    "heading, turn",
    [
        # 辽阳 2016 and 东莞 2016: the five-year goals, then the plan year's own part opened by a turn
        pytest.param(
            "二、“十三五”时期的发展战略和2016年的重点工作",
            "2016年是“十三五”的开局之年，做好今年的工作，意义重大。",
            id="liaoyang2016",
        ),
        pytest.param("**“十三五”主要目标及2016年工作安排**", "2016年是实施“十三五”规划的第一年。", id="dongguan2016"),
    ],
)
def test_a_part_naming_five_years_and_the_plan_year_is_the_five_years_before_its_turn(tmp_path, heading, turn):
    from pipeline.run import process

    path = tmp_path / "report_2016.txt"
    path.write_text(
        "政府工作报告\n\n——2016年1月12日在辽阳市第十六届人民代表大会第五次会议上\n\n各位代表：\n\n"
        "一、2015年工作回顾\n\n去年全市生产总值增长6%。\n\n"
        f"{heading}\n\n全市经济社会发展的主要目标是：常住人口城镇化率达到66%，森林覆盖率达到39.6%。\n\n"
        f"{turn}\n\n今年全市地区生产总值增长7%左右。\n\n",
        encoding="utf-8",
    )
    doc = process(path, path.name)
    got = {f["text"]: (f["status"], f["year"]) for f in doc.records["figures"]}
    assert got["66%"] == ("target", 2020)
    assert got["7%"] == ("target", 2016)


def test_the_plan_years_part_naming_its_five_year_plan_after_is_the_plan_year():
    # 海南 2011: `**三、2011年的重点工作** 2011年是实施“十二五”规划的开局之年…`: the year comes first, the
    # plan is named as the year's place in it; the GDP target is of 2011, not of 2015
    from tests.conftest import SHARED

    path = SHARED / "corpus" / "政府工作报告-省自治区" / "海南省" / "2011.md"
    if not path.is_file():
        pytest.skip(f"corpus not present ({path})")
    from pipeline.run import process

    doc = process(path, "海南省/2011.md")
    turn = doc.raw.find("2011年是实施“十二五”规划的开局之年")
    assert turn > 0
    got = {
        (f["status"], f["year"])
        for f in doc.records["figures"]
        if f["text"] == "13%" and f["indicator_code"] == "gdp" and f["char_start"] > turn
    }
    assert ("target", 2011) in got
