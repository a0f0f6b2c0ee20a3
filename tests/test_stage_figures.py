"""Figures as GUIDELINES.md defines them: named cases from real report wording."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.document import Document, Meta
from pipeline.extract import extract
from pipeline.ingest import doc_id_of
from pipeline.normalize import normalize
from pipeline.segment import outline, sentences


def figures_of(
    text: str, doc_type: str = "work_report", review: int = 2020, plan: int = 2021, delivered: date | None = None
) -> list[dict]:
    """Run segment+extract on a snippet with fixed metadata (no title block needed)."""
    doc = Document(
        doc_id=doc_id_of(text.encode()), source="snippet.txt", raw=text, encoding="utf-8", norm=normalize(text)
    )
    doc.meta = Meta(doc_type=doc_type, review_year=review, plan_year=plan, region="测试区", delivered_on=delivered)
    doc.sections = outline(doc)
    doc.sentences = sentences(doc)
    return extract(doc).records["figures"]


REVIEW = "一、2020年工作回顾\n\n"
PLAN = "二、2021年重点工作\n\n"


@pytest.mark.parametrize(
    "text, span, expect",
    [
        pytest.param(
            REVIEW + "全年完成地区生产总值440.2亿元。",
            "440.2亿元",
            dict(
                value=440.2,
                unit="亿元",
                unit_base="元",
                value_base=4.402e10,
                indicator_code="gdp",
                status="actual",
                year=2020,
                measure="amount",
            ),
            id="money-magnitude",
        ),
        pytest.param(
            PLAN + "地区生产总值增长8%以上。",
            "8%",
            dict(comparator=">=", measure="growth", status="target", year=2021),
            id="at-least",
        ),
        pytest.param(
            PLAN + "地区生产总值增长 5.5% 左右。", "5.5%", dict(comparator="~", measure="growth"), id="about-with-space"
        ),
        pytest.param(
            PLAN + "年内新引进金融机构 1—2 家。", "1—2 家", dict(value=1.0, value_max=2.0, unit="家"), id="range"
        ),
        pytest.param(
            REVIEW + "谋划实施总投资5400余万元的50个项目。",
            "5400余万元",
            dict(value=5400.0, unit="万元", value_base=5.4e7, comparator=">="),
            id="yu-inside",
        ),
        pytest.param(REVIEW + "全年增长１２．５％。", "１２．５％", dict(value=12.5, unit="%"), id="full-width"),
        pytest.param(REVIEW + "在全省县域经济评价中排名第8位。", "第8位", dict(measure="rank", value=8.0), id="rank"),
        pytest.param(
            REVIEW + "城乡居民收入比1.50，居全省前列。", "1.50", dict(measure="ratio", unit=None), id="bare-ratio"
        ),
        pytest.param(
            REVIEW + "新型农业经营主体数量翻一番。", "翻一番", dict(measure="multiple", value=2.0), id="doubling"
        ),
        pytest.param(REVIEW + "优良天数增加 25 天。", "25 天", dict(measure="change", unit_base="天"), id="change"),
        pytest.param(REVIEW + "PM_{2.5}下降 18.6%。", "18.6%", dict(sign=-1, measure="growth"), id="fall-sign"),
        pytest.param(
            REVIEW + "常住人口城镇化率达 67.6%。",
            "67.6%",
            dict(measure="share", indicator="常住人口城镇化率", indicator_code="urbanization_rate"),
            id="share",
        ),
        pytest.param(
            REVIEW + "新增城镇就业1.2万人。",
            "1.2万人",
            dict(value_base=12000.0, unit_base="人", indicator_code="urban_new_jobs"),
            id="lexicon-keeps-leading-verb",
        ),
        pytest.param(REVIEW + "新增就业岗位十二个。", "十二个", dict(value=12.0), id="chinese-numeral"),
        pytest.param(REVIEW + "审批时长缩短50%以上。", "50%", dict(sign=-1, comparator=">="), id="shortened"),
        pytest.param(REVIEW + "培训600名。", "600名", dict(unit_base="人"), id="ming-is-ren"),
    ],
)
def test_figure_cases(text, span, expect):
    figs = {f["text"]: f for f in figures_of(text)}
    assert span in figs, sorted(figs)
    for key, value in expect.items():
        assert figs[span][key] == value, (key, figs[span][key])


def test_enumerated_numbers_share_the_unit_and_indicator():
    figs = figures_of(REVIEW + "全年地区生产总值增长6.7%，分别高于全国、全省、全市1.7、1.1、0.7个百分点。")
    by_text = {f["text"]: f for f in figs}
    assert {"1.7", "1.1", "0.7个百分点"} <= set(by_text)
    for t in ("1.7", "1.1", "0.7个百分点"):
        assert by_text[t]["unit"] == "个百分点" and by_text[t]["measure"] == "change"
        assert by_text[t]["indicator"] == "地区生产总值"


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("2020年是极不平凡的一年。", id="year"),
        pytest.param("——2021年4月28日在偃师区第一届人民代表大会第一次会议上", id="date-and-meeting"),
        pytest.param("项目6月底前建成投用。", id="deadline"),
        pytest.param("全面推进“9+2”工作布局，构建“1+X”产业布局。", id="quoted-slogans"),
        pytest.param("建成5G基站。", id="5G"),
        pytest.param("完成省道237、G208改造。", id="road-names"),
        pytest.param("实施10千伏线路改造。", id="voltage-class"),
        pytest.param("加快建设第四污水处理厂。", id="ordinal-name"),
        pytest.param("举办第三届文化节。", id="ordinal"),
        pytest.param("偃政〔2021〕3号", id="document-number"),
        pytest.param("深入贯彻党的二十大和二十届四中全会精神。", id="party-congress"),
        pytest.param("1. 牢固树立“一盘棋”思想。", id="list-number"),
        pytest.param("打造城区15分钟急救圈。", id="service-radius"),
    ],
)
def test_not_figures(text):
    assert figures_of(text) == []


def test_broken_line_inside_a_figure_sentence_is_joined_and_grounded():
    text = REVIEW + "规上工业增加值增长13.8%，固定资\n\n产投资增长 5.2%，一般公共预算收入增长 3.5%。"
    figs = {f["text"]: f for f in figures_of(text)}
    assert figs["5.2%"]["indicator"] == "固定资产投资"
    for f in figs.values():
        assert text[f["char_start"] : f["char_end"]] == f["text"]


def test_five_year_outlook_targets_take_the_plan_end_year():
    text = "二、“十五五”时期主要目标\n\n地区生产总值年均增速保持在 5.5% 左右，力争到“十五五”末达到 630 亿元左右。"
    figs = {f["text"]: f for f in figures_of(text, plan=2026, review=2025)}
    assert figs["5.5%"]["year"] == 2030 and figs["5.5%"]["period_start"] == 2026
    assert figs["630 亿元"]["year"] == 2030 and figs["630 亿元"]["indicator"] == "地区生产总值"
    assert figs["630 亿元"]["status"] == "target"


FIVE_YEAR_REVIEW = "一、“十四五”时期和2025年工作回顾\n\n"


@pytest.mark.parametrize(
    "sentence, span, period_start",
    [
        # 累计 covers the list joined by 、 after it
        pytest.param("累计接待游客2780万人次、旅游收入80.8亿元。", "80.8亿元", 2021, id="cumulative-list"),
        # a flow over the span (新增, 新建…) is what was added in five years
        pytest.param(
            "五年来，城镇新增就业603.7万人，新增农村劳动力转移就业246.2万人。", "603.7万人", 2021, id="flow-new-jobs"
        ),
        pytest.param("五年来，新建改造高标准农田3167万亩。", "3167万亩", 2021, id="flow-built"),
        # a level at the span's end is not cumulative
        pytest.param("五年来，国家高新技术企业达到1.28万家。", "1.28万家", None, id="stock"),
        pytest.param("五年来，常住人口城镇化率达到60%。", "60%", None, id="rate"),
    ],
)
def test_five_year_review_flows_are_cumulative(sentence, span, period_start):
    figs = {f["text"]: f for f in figures_of(FIVE_YEAR_REVIEW + sentence, plan=2026, review=2025)}
    assert figs[span]["period_start"] == period_start
    assert figs[span]["year"] == 2025


@pytest.mark.parametrize(
    "phrase, code",
    [
        ("粮食产量首次跃上", "grain_output"),
        ("城镇调查失业率平均", "surveyed_unemployment_rate"),
        ("单位国内生产总值能耗降幅", "energy_intensity"),
        ("居民消费价格涨幅", "cpi"),
        ("地区生产总值占比", None),  # another quantity: a share, not GDP
        ("新能源汽车年产量", None),
    ],
)
def test_indicator_code_survives_qualifier_tails_only(phrase, code):
    from pipeline.indicators import indicator_code

    assert indicator_code(phrase) == code


def test_price_rise_is_a_growth_rate():
    figs = {f["text"]: f for f in figures_of(PLAN + "居民消费价格涨幅3%左右。")}
    assert figs["3%"]["measure"] == "growth" and figs["3%"]["indicator_code"] == "cpi"


@pytest.mark.parametrize(
    "text, span",
    [
        # 四川省 2024: the words after the growth rank it, they do not name it
        pytest.param(
            REVIEW + "全省地区生产总值突破6万亿元，增长6%、在前十经济大省中并列第一；", "6%", id="sichuan-rank-after"
        ),
        # 江门市 2023
        pytest.param(
            REVIEW + "实现地区生产总值3773.41亿元，增长3.3%、排全省第2，为建市以来最低。",
            "3.3%",
            id="jiangmen-rank-after",
        ),
        # 保定市 2022
        pytest.param(REVIEW + "2021年，全市生产总值完成3725亿元，增长7.2%、全省第一；", "7.2%", id="baoding-first"),
    ],
)
def test_growth_clause_is_of_the_level_before(text, span):
    """`X亿元，增长Y%、排全省第2`: a clause that only says how much something grew is of the thing
    named before it (patterns/figures.py CHANGE_ONLY), not of the rank words after it."""
    row = next(f for f in figures_of(text) if f["text"] == span)
    assert (row["indicator_code"], row["measure"]) == ("gdp", "growth")


@pytest.mark.parametrize(
    "text, span",
    [
        pytest.param(
            PLAN + "主要预期目标是：（1）生产总值增长10%左右。", "10%", id="guizhou-2005-enumerated"
        ),  # 贵州省 2005
        pytest.param(
            PLAN + "主要预期目标是：（1）生产总值增长10%；（2）全社会固定资产投资增长16%。",
            "16%",
            id="guizhou-2008-second-item",
        ),
        pytest.param(PLAN + "主要预期目标是：西藏生产总值增长12%以上；", "12%", id="tibet-own-name"),  # 西藏自治区 2005
        pytest.param(
            REVIEW + "北京市生产总值完成3611.9亿元，比上年增长10.5%。", "10.5%", id="beijing-own-name"
        ),  # 北京市 2004
    ],
)
def test_indicator_code_behind_list_number_or_region_name(text, span):
    """A list item's number (`（1）`) or the region's own name (`西藏`, `北京市`) before a lexicon name
    does not hide its code (patterns/figures.py LIST_ENUMERATOR, pipeline/indicators.py)."""
    row = next(f for f in figures_of(text) if f["text"] == span)
    assert row["indicator_code"] in ("gdp", "fixed_asset_investment")
    assert row["indicator_code"] == ("fixed_asset_investment" if "投资" in row["indicator"] else "gdp")


def test_foreign_region_name_keeps_no_code():
    from pipeline.indicators import indicator_code

    assert indicator_code("香港地区生产总值") is None  # Hong Kong's GDP is not the report's own
    assert indicator_code("西藏生产总值") == "gdp"
