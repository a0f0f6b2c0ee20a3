"""Time phrases that are not what they first look like (#13): a number that ends in 十五 is no
five-year plan, a year before 基础上 is a base and no horizon, and a span that ended before the plan
year is past. Sentences are excerpts of `../shared/corpus`, each rule shown on two reports."""

from __future__ import annotations

import pytest
import regex

from patterns import periods as P
from pipeline import periods
from tests.test_stage_figures import PLAN, REVIEW, figures_of

OLD_PLAN = "二、今年的任务\n\n"  # a plan part of a report reviewing 1977 and planning 1978


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("农业主要作业机械化水平达到百分之八十五以上", id="gov1978-85-percent"),
        pytest.param("我们要团结百分之九十五以上的干部和群众", id="gov1975-95-percent"),
    ],
)
def test_a_number_ending_in_shiwu_is_no_five_year_plan(text):
    assert regex.search(P.FIVE_YEAR_PLAN, text) is None
    assert periods.horizon("到" + text) is None


@pytest.mark.parametrize(
    "text, n",
    [
        pytest.param("“十五”期间，全市生产总值年均增长12%", "十", id="corpus-shiwu-plan"),
        pytest.param("“九五”计划的主要目标", "九", id="corpus-jiuwu-plan"),
    ],
)
def test_five_year_plans_are_still_read(text, n):
    m = regex.search(P.FIVE_YEAR_PLAN, text)
    assert m is not None and m.group("n") == n


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("主要经济指标在2011年基础上翻一番，生产总值达到3000亿元以上", id="lanzhou2012-base"),
        pytest.param("城乡居民收入在“十一五”末基础上翻一番", id="hefei2011-base"),
    ],
)
def test_a_base_without_de_is_no_horizon(text):
    assert periods.horizon(text, 2012) is None


@pytest.mark.parametrize(
    "text, span, year",
    [
        pytest.param(
            OLD_PLAN + "从一九七四年到一九七六年，由于“四人帮”的干扰破坏，全国大约损失工业总产值一千亿元。",
            "一千亿元",
            1976,
            id="gov1978-past-span",
        ),
        pytest.param(
            OLD_PLAN + "从一九五〇年到一九七五年，农业总产值增长二倍，平均每年增长百分之四点三。",
            "百分之四点三",
            1975,
            id="plan1976-past-span",
        ),
    ],
)
def test_a_span_ended_before_the_plan_year_is_past(text, span, year):
    f = {f["text"]: f for f in figures_of(text, review=1977, plan=1978)}[span]
    assert (f["status"], f["year"]) == ("actual", year)


def test_a_year_before_the_plan_year_is_no_horizon_of_a_target():
    # `在2008年实际预算安排的基础上…压缩5%` (a report planning 2009): a base, the cut is the plan's
    text = "二、2009年工作安排\n\n在2008年实际预算安排的基础上，继续按5%的比例压缩公用经费。"
    f = {f["text"]: f for f in figures_of(text, review=2008, plan=2009)}["5%"]
    assert (f["status"], f["year"]) == ("target", 2009)


def _indicator(text: str, span: str, **meta) -> str | None:
    return {f["text"]: f for f in figures_of(text, **meta)}[span]["indicator"]


@pytest.mark.parametrize(
    "text, span, indicator",
    [
        # a year in Chinese numerals, or two compared, is the figure's time, not part of what is measured
        pytest.param(
            REVIEW + "一九八五年全国实际使用外资43亿美元，比上年增长59.3%。",
            "43亿美元",
            "实际使用外资",
            id="communique1985-chinese-year",
        ),
        pytest.param(
            REVIEW + "一九八二年生产电影故事片112部，比上年增加7部。",
            "112部",
            "生产电影故事片",
            id="communique1982-chinese-year",
        ),
        pytest.param(
            REVIEW + "工业总产值一九七七年比一九七六年增长百分之十四点三，一九七八年又比一九七七年增长百分之十三点五。",
            "百分之十四点三",
            "工业总产值",
            id="gov1979-years-compared",
        ),
        pytest.param(
            REVIEW + "工业总产值一九七七年比一九七六年增长百分之十四点三，一九七八年又比一九七七年增长百分之十三点五。",
            "百分之十三点五",
            "工业总产值",
            id="gov1979-years-compared-again",
        ),
        # a span of years (`在十七年间`, `五年间`) and an adverb (`都`) close no name
        pytest.param(
            REVIEW + "大庆原油产量在十七年间平均每年增长百分之二十八。",
            "百分之二十八",
            "大庆原油产量",
            id="gov1978-span",
        ),
        pytest.param(
            REVIEW + "邮政快件、特快传递、传真、国际港澳电话等业务的增长幅度都超过20％。",
            "20％",
            "业务的增长幅度",
            id="communique1990-dou",
        ),
        # the base of a change (`由目前的`, `从2002年的`) is no part of the name
        pytest.param(
            PLAN + "水域面积占国土面积比重由目前的6.95%提高到8.35%。",
            "6.95%",
            "水域面积占国土面积比重",
            id="meishan2014-mubian",
        ),
        pytest.param(
            PLAN + "使全省城镇化水平由目前的55.6%提高到60%左右。", "55.6%", "城镇化水平", id="heilongjiang2003-mubian"
        ),
        pytest.param(
            REVIEW + "运营线路总长从2002年的63公里增加到2007年的234公里。",
            "234公里",
            "运营线路总长",
            id="shanghai2008-from-year",
        ),
    ],
)
def test_time_words_are_no_part_of_the_indicator(text, span, indicator):
    assert _indicator(text, span) == indicator


@pytest.mark.parametrize(
    "text, span, unit_base, value_base",
    [
        # 批次 is one unit (`3万批次` is 30000, not 3万批 and a stray 次); 吨标煤 is 吨标准煤 written short
        pytest.param(REVIEW + "开展食品安全抽样检测3万批次。", "3万批次", "批次", 30000.0, id="wuhan2017-pici"),
        pytest.param(
            PLAN + "全省完成不少于57万批次食品抽检任务。", "57万批次", "批次", 570000.0, id="guangdong2020-pici"
        ),
        pytest.param(
            REVIEW + "10个重大项目获批能耗单列3738万吨标煤。",
            "3738万吨标煤",
            "吨标煤",
            37380000.0,
            id="zhejiang2023-biaomei",
        ),
        pytest.param(
            REVIEW + "争取新增重大项目能耗指标353万吨标煤。",
            "353万吨标煤",
            "吨标煤",
            3530000.0,
            id="jiaxing2024-biaomei",
        ),
        # a turnover's unit is tonnes (or passengers) times kilometres, not 亿吨 before a stray 公里
        pytest.param(
            REVIEW + "铁路货运周转量增长百分之二十三，达到11620亿吨公里；沿海港口货物吞吐量增长百分之五十九。",
            "11620亿吨公里",
            "吨公里",
            1.162e12,
            id="gov1993-ton-km",
        ),
        pytest.param(
            REVIEW + "全年完成旅客运输周转量12188亿人公里，比上年增长7.5%。",
            "12188亿人公里",
            "人公里",
            1.2188e12,
            id="communique2000-passenger-km",
        ),
        # (in Chinese numerals too, as the 1970s communiqués write it)
        pytest.param(
            REVIEW + "水运货物周转量三千七百七十九亿吨公里，比上年增长百分之三十六点八；",
            "三千七百七十九亿吨公里",
            "吨公里",
            3.779e11,
            id="communique1978-ton-km-in-words",
        ),
        # times done to a number of units are a unit of their own (户次, 家次, 间次)
        pytest.param(
            REVIEW + "新增减退税费14亿元，惠及市场主体超12万户次。", "12万户次", "户次", 120000.0, id="leshan2025-hu-ci"
        ),
        pytest.param(
            REVIEW + "市级政策性金融工具帮助2.3万家次企业解决融资1060亿元。",
            "2.3万家次",
            "家次",
            23000.0,
            id="foshan2024-jia-ci",
        ),
        # a unit's gloss is written inside it
        pytest.param(
            REVIEW + "更新设备约15万台（套），消费品以旧换新补贴280余万件（辆）。",
            "280余万件（辆）",
            "件（辆）",
            2800000.0,
            id="jiangxi2025-unit-gloss",
        ),
        pytest.param(
            REVIEW + "全年分配公租房3.23万套（户）、网申共有产权住房2.9万套。",
            "3.23万套（户）",
            "套（户）",
            32300.0,
            id="beijing2019-unit-gloss",
        ),
        # a change of a per-mille rate is in 个千分点
        pytest.param(
            REVIEW + "计划生育成绩明显，出生率下降5个千分点，相当于五年少生1500万人左右。",
            "5个千分点",
            "个千分点",
            5.0,
            id="gov1993-permille-points",
        ),
        pytest.param(
            REVIEW + "认真落实《广东省计划生育条例》，人口出生率下降了1.19个千分点，人口自然增长率降至9.92‰。",
            "1.19个千分点",
            "个千分点",
            1.19,
            id="guangdong2000-permille-points",
        ),
        # a number with only the unit's measure word shares the unit listed after it
        pytest.param(
            REVIEW + "一般公共预算收入增长12.5%，分别高于全国2个、1.3个、6.1个百分点，均为中部第1。",
            "1.3个",
            "个百分点",
            1.3,
            id="hubei2024-shared-points",
        ),
        pytest.param(
            REVIEW
            + "城镇居民人均可支配收入23936元，农民人均纯收入9542元，分别增长10.1%和13%，高于生产总值增速2.8个和5.7个百分点。",
            "2.8个",
            "个百分点",
            2.8,
            id="handan2014-shared-points",
        ),
        # a rank keeps the unit it is written with (`第12名` is no count of people)
        pytest.param(REVIEW + "先进制造业百强市位居全国第12名。", "第12名", "名", 12.0, id="xian2023-rank-ming"),
        pytest.param(REVIEW + "营商环境水平居全国296个城市第73位。", "第73位", "位", 73.0, id="jiayuguan2022-rank-wei"),
    ],
)
def test_units_as_written(text, span, unit_base, value_base):
    f = {f["text"]: f for f in figures_of(text)}[span]
    assert (f["unit_base"], f["value_base"]) == (unit_base, value_base)


@pytest.mark.parametrize(
    "text, span, indicator",
    [
        # money in Chinese numerals is a figure too, so the growth after it is of the same quantity
        pytest.param(
            REVIEW + "据海关统计，全年进出口货物总额达一千一百五十四亿美元，比上年增长3.3%。",
            "3.3%",
            "进出口货物总额",
            id="gov1991-chinese-dollars",
        ),
        pytest.param(
            REVIEW + "以各种形式实际使用的国外资金达二十六亿六千万美元，比上年增长35.7%。",
            "35.7%",
            "以各种形式实际使用的国外资金",
            id="gov1985-chinese-dollars",
        ),
        # a share named in the clause before keeps both its sides, whatever year stands inside it
        pytest.param(
            REVIEW + "基本建设1979年交付使用的固定资产占投资的比重，由上年的74.3%提高到83.7%。",
            "83.7%",
            "基本建设交付使用的固定资产占投资的比重",
            id="gov1980-share-subject",
        ),
        pytest.param(
            REVIEW + "其中“三资”企业直接出口占外贸出口总额的比重，由1990年的5.6%提高到15%。",
            "15%",
            "“三资”企业直接出口占外贸出口总额的比重",
            id="zhejiang1991-share-subject",
        ),
        # a basis per head alone names nothing: the subject before is what is measured
        pytest.param(
            REVIEW + "农民的纯收入，全国平均每人达到三百五十五元，比上年增长14.7%。",
            "14.7%",
            "农民的纯收入",
            id="gov1985-per-head-only",
        ),
        # adverbs before a dropped verb (可能进一步, 总共只) close no name
        pytest.param(REVIEW + "根据计划，积累率可能进一步降到30%左右。", "30%", "积累率", id="gov1980-keneng"),
        pytest.param(
            REVIEW + "农民每人平均从集体分得的收入总共只增加了10.5元。",
            "10.5元",
            "农民每人平均从集体分得的收入",
            id="gov1980-zonggong",
        ),
        # a span of years is when, and `的基础上`/`的速度` after a rate are no object of it
        pytest.param(
            REVIEW + "工农业总产值突破一万亿元，在1979到1983年平均每年递增7.9%的基础上，比上年增长14.2%。",
            "7.9%",
            "工农业总产值",
            id="gov1985-year-span",
        ),
        pytest.param(
            REVIEW + "从1979年至1983年，轻工业总产值平均每年增长11.2%。",
            "11.2%",
            "轻工业总产值",
            id="gov1985-year-span-2",
        ),
    ],
)
def test_old_reports(text, span, indicator):
    assert _indicator(text, span) == indicator


@pytest.mark.parametrize(
    "text, span, unit_base, indicator",
    [
        # containers through a port and rainfall have units of their own
        pytest.param(
            REVIEW + "太仓港完成集装箱吞吐量451万标箱，增长10.5%。",
            "451万标箱",
            "标箱",
            "太仓港集装箱吞吐量",
            id="suzhou2018-biaoxiang",
        ),
        pytest.param(
            REVIEW + "港口集装箱吞吐量11179万标准箱，增长21.5%。",
            "11179万标准箱",
            "标准箱",
            "港口集装箱吞吐量",
            id="communique2007-biaozhunxiang",
        ),
        pytest.param(
            REVIEW + "全年平均降水量608毫米，增加1.9%。", "608毫米", "毫米", "平均降水量", id="communique2007-haomi"
        ),
    ],
)
def test_units_of_ports_and_rain(text, span, unit_base, indicator):
    f = {f["text"]: f for f in figures_of(text)}[span]
    assert (f["unit_base"], f["indicator"]) == (unit_base, indicator)


@pytest.mark.parametrize(
    "text, span, indicator",
    [
        # rides (乘次) are a unit; an index value without a unit closes no name, and 、 before a rank ends it
        pytest.param(
            REVIEW + "地铁日均客运量207万乘次，增长25.8%。", "25.8%", "地铁日均客运量", id="wuhan2017-chengci"
        ),
        pytest.param(
            REVIEW + "地铁运营能力不断提升，日均客流量达55万乘次。", "55万乘次", "日均客流量", id="kunming2019-chengci"
        ),
        pytest.param(
            REVIEW + "税电指数108.41、高于全省5.33个点、居全省第3位。", "第3位", "税电指数", id="leshan2023-index-value"
        ),
        # one character and 、 can open a name (`省、市重点项目`)
        pytest.param(
            REVIEW + "实施重点项目108个，其中15个省、市重点项目完成年度计划投资的120%。",
            "15个",
            "省、市重点项目",
            id="seed003-sheng-shi",
        ),
    ],
)
def test_rides_index_values_and_short_items(text, span, indicator):
    assert _indicator(text, span) == indicator


@pytest.mark.parametrize(
    "text, span",
    [
        # a five-year plan named in one statement is no span of the next statement's targets
        pytest.param(
            "二、2010年工作安排\n\n经济社会发展的主要预期目标是：生产总值增长9%左右；单位生产总值能耗下降、二氧化硫和"
            "化学需氧量排放总量减排实现“十一五”目标；全社会固定资产投资增长16%左右；居民消费价格涨幅控制在3%左右。",
            "3%",
            id="guangdong2010-own-statement",
        ),
        pytest.param(
            "二、2010年工作安排\n\n确保完成“十一五”规划目标；城镇居民人均可支配收入增长9%。",
            "9%",
            id="constructed-own-statement",
        ),
    ],
)
def test_a_plan_named_in_another_statement_spans_nothing(text, span):
    f = {f["text"]: f for f in figures_of(text, review=2009, plan=2010)}[span]
    assert (f["status"], f["year"], f["period_start"]) == ("target", 2010, None)


@pytest.mark.parametrize(
    "text, span, indicator",
    [
        # a span of years opening the phrase is when (`5年累计办结…`, `3年投资…`); an age stays in the name
        # (the sum granted is named by its purpose)
        pytest.param(REVIEW + "5年累计办结人大代表议案32件。", "32件", "办结人大代表议案", id="hefei2006-five-years"),
        pytest.param(
            PLAN + "3年投资10亿元，支持理工学院改造升级。", "10亿元", "理工学院改造升级", id="dongguan2002-three-years"
        ),
        pytest.param(
            REVIEW + "15-64岁人口比重为67.7%，65岁以上老年人口比重为6.9%。",
            "6.9%",
            "65岁以上老年人口比重",
            id="communique1999-age",
        ),
    ],
)
def test_spans_of_years_and_ages(text, span, indicator):
    assert _indicator(text, span) == indicator


@pytest.mark.parametrize(
    "text, span, period_start",
    [
        pytest.param(REVIEW + "外贸进出口总额连续两年超过4万亿元。", "4万亿元", 2019, id="shanghai2023"),
        pytest.param(
            REVIEW + "克服极端灾害天气影响，粮食总产量1344亿斤，连续8年稳定在1300亿斤以上。",
            "1300亿斤",
            2013,
            id="henan2025",
        ),
        # (a plan's run of years runs ahead, and a per-year sum is each year's)
        pytest.param(
            PLAN + "从今年起，连续三年市、区财政每年共拿出10亿元，进行土地储备。", "10亿元", None, id="plan-guard"
        ),
    ],
)
def test_a_run_of_years_starts_the_period(text, span, period_start):
    assert {f["text"]: f for f in figures_of(text)}[span]["period_start"] == period_start
