"""Time phrases that are not what they first look like (#13): a number that ends in 十五 is no
five-year plan, a year before 基础上 is a base and no horizon, and a span that ended before the plan
year is past. Sentences are excerpts of `../shared/corpus`, each rule shown on two reports."""

from __future__ import annotations

import pytest
import regex

from patterns import periods as P
from pipeline import periods
from tests.test_stage_figures import figures_of

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
