"""The independent text test of eval/corpus_stats.py: does a report set a GDP growth target for its plan year?"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def cs():
    spec = importlib.util.spec_from_file_location("corpus_stats", ROOT / "eval" / "corpus_stats.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.mark.parametrize(
    "text, plan, found",
    [
        (
            "今年经济社会发展的主要预期目标是：国内生产总值增长8%左右；城镇新增就业900万人以上。",
            2010,
            True,
        ),  # 国务院 2010
        ("今年经济增长速度的调控目标定为8%，物价上涨幅度控制在10%左右。", 1996, True),  # 国务院 1996
        ("今年国民生产总值计划增长百分之八，是留有余地的。", 1993, True),  # 国务院 1993
        ("全年完成地区生产总值5003.2亿元，增长9%左右。", 2018, False),  # 南昌 2018: the year reviewed
        ("“九五”期间的宏观调控目标，年均经济增长速度为8%左右。", 1996, False),  # a five-year goal
        ("初步核算，全年国内生产总值增长5.2%。", 2024, False),  # an estimate
    ],
)
def test_sets_gdp_target(cs, text, plan, found):
    assert (cs.sets_gdp_target(text, plan) is not None) == found


def test_gdp_indicator_names(cs):
    import regex

    rx = regex.compile(cs.GDP_INDICATOR)
    assert all(
        rx.search(n)
        for n in ("地区生产总值", "全市生产总值", "哈尔滨市生产总值", "国内生产总值", "经济增长速度", "GDP")
    )
    assert not any(rx.search(n) for n in ("人均地区生产总值", "第三产业增加值", "万元生产总值能耗"))
