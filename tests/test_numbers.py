"""Numbers as reports write them, and strings of numeral characters that are not numbers."""

from __future__ import annotations

import pytest

from pipeline.numbers import parse_chinese_int, parse_number


@pytest.mark.parametrize(
    "text, value",
    [
        pytest.param("十", 10, id="shi"),
        pytest.param("十二", 12, id="shi-er"),
        pytest.param("二十", 20, id="er-shi"),
        pytest.param("五十五", 55, id="wu-shi-wu"),
        pytest.param("两", 2, id="liang"),
        pytest.param("三", 3, id="single-digit"),
        pytest.param("两百", 200, id="liang-bai"),
        pytest.param("一百零五", 105, id="yi-bai-ling-wu"),
        pytest.param("一百一十", 110, id="yi-bai-yi-shi"),
        pytest.param("一千零五", 1005, id="yi-qian-ling-wu"),
        pytest.param("一千零五十", 1050, id="yi-qian-ling-wu-shi"),
        pytest.param("三千五百", 3500, id="san-qian-wu-bai"),
        pytest.param("两千零二十一", 2021, id="year-in-words"),
        pytest.param("九千九百九十九", 9999, id="largest"),
    ],
)
def test_chinese_numerals(text, value):
    assert parse_chinese_int(text) == value
    assert parse_number(text) == float(value)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("十四五", id="five-year-plan-name"),
        pytest.param("一二", id="list-of-digits"),
        pytest.param("一二三", id="ordinal-list"),
        pytest.param("十十", id="repeated-unit"),
        pytest.param("百", id="bare-bai"),
        pytest.param("一百二", id="colloquial-120"),
        pytest.param("一百零", id="trailing-zero"),
        pytest.param("一万", id="big-unit-not-supported"),
        pytest.param("", id="empty"),
        pytest.param("十四五规划", id="with-other-characters"),
        pytest.param("2", id="arabic-is-not-chinese"),
    ],
)
def test_not_chinese_numerals(text):
    assert parse_chinese_int(text) is None


@pytest.mark.parametrize(
    "text, value",
    [
        pytest.param("1,234.5", 1234.5, id="thousands-comma"),
        pytest.param("1,234", 1234.0, id="thousands-comma-int"),
        pytest.param("440.2", 440.2, id="decimal"),
        pytest.param("0.7", 0.7, id="below-one"),
        pytest.param(" 108 ", 108.0, id="padded"),
        pytest.param("十二", 12.0, id="chinese"),
        pytest.param("两", 2.0, id="liang"),
    ],
)
def test_parse_number(text, value):
    assert parse_number(text) == value


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("十四五", id="plan-name"),
        pytest.param("一二", id="digit-list"),
        pytest.param("1.2.3", id="two-points"),
        pytest.param("12%", id="with-unit"),
        pytest.param("", id="empty"),
        pytest.param("   ", id="blank"),
        pytest.param("亿元", id="no-digits"),
    ],
)
def test_parse_number_refuses(text):
    assert parse_number(text) is None


@pytest.mark.parametrize(
    "text, magnitude, value",
    [
        pytest.param("二亿三千", "万", 23000.0, id="gov1957-yi-wan"),
        pytest.param("一千三百六十九亿一千四百", "万", 13691400.0, id="gov1957-long"),
        pytest.param("四亿六千五百", "万", 46500.0, id="corpus-grain"),
        pytest.param("二十二万七千", None, 227000.0, id="corpus-wan"),
        pytest.param("二亿三千", None, 200003000.0, id="yi-without-magnitude"),
    ],
)
def test_parse_chinese_compound(text, magnitude, value):
    from pipeline.numbers import parse_chinese_compound

    assert parse_chinese_compound(text, magnitude) == value


@pytest.mark.parametrize(
    "text, magnitude",
    [
        pytest.param("三万二万", None, id="inner-too-big"),
        pytest.param("三亿五", "亿", id="magnitude-not-smaller"),
        pytest.param("三千", None, id="no-inner-magnitude"),
    ],
)
def test_parse_chinese_compound_refuses(text, magnitude):
    from pipeline.numbers import parse_chinese_compound

    assert parse_chinese_compound(text, magnitude) is None
