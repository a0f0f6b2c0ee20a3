"""Invariants of the indicator lexicon (patterns/indicators.py)."""

import re

import pytest

from patterns.indicators import INDICATORS

CODE_RE = re.compile(r"^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$")
FAMILIES = {"money", "count", "rate", "mass", "area", "ratio", "other"}
# Han characters plus the ASCII that normalised report text keeps inside indicator names (GDP, PM2.5, R&D, 5G).
TERM_RE = re.compile(r"^[\u4e00-\u9fffA-Za-z0-9.&]+$")
# Bare words that never identify one indicator on their own.
GENERIC = {
    "收入",
    "支出",
    "投资",
    "项目",
    "企业",
    "增加值",
    "产值",
    "总产值",
    "人口",
    "就业",
    "产量",
    "面积",
    "总量",
    "比重",
    "占比",
    "增速",
    "增幅",
    "余额",
    "利润",
    "税收",
    "进出口",
    "出口",
    "进口",
    "经济",
    "资金",
    "贷款",
    "存款",
    "利用外资",
    "覆盖率",
    "处理率",
    "优良率",
    "浓度",
    "里程",
    "基站",
    "企业数",
}


def _terms(entry):
    return [entry["name"], *entry["aliases"]]


def _alias_to_code():
    table = {}
    for entry in INDICATORS:
        for term in _terms(entry):
            table[term] = entry["code"]
    return table


ALIAS_TO_CODE = _alias_to_code()


def test_at_least_80_indicators():
    assert len(INDICATORS) >= 80


def test_entry_shape():
    for entry in INDICATORS:
        assert set(entry) <= {"code", "name", "aliases", "family"}, entry
        assert isinstance(entry["code"], str) and isinstance(entry["name"], str), entry
        assert isinstance(entry["aliases"], list), entry
        if "family" in entry:
            assert entry["family"] in FAMILIES, entry


def test_codes_unique_and_snake_case():
    codes = [entry["code"] for entry in INDICATORS]
    assert len(codes) == len(set(codes)), sorted(c for c in set(codes) if codes.count(c) > 1)
    for code in codes:
        assert code.isascii() and CODE_RE.match(code), code


def test_names_and_aliases_unique_across_table():
    seen = {}
    for entry in INDICATORS:
        for term in _terms(entry):
            assert term not in seen, f"{term!r} under both {seen[term]} and {entry['code']}"
            seen[term] = entry["code"]


def test_terms_are_clean():
    for entry in INDICATORS:
        for term in _terms(entry):
            assert term == term.strip() and TERM_RE.match(term), f"{entry['code']}: {term!r}"
            assert len(term) >= 2, f"{entry['code']}: {term!r}"
            assert term not in GENERIC, f"{entry['code']}: generic alias {term!r}"


@pytest.mark.parametrize(
    ("alias", "same_as"),
    [
        ("GDP", "地区生产总值"),
        ("生产总值", "地区生产总值"),
        ("国内生产总值", "地区生产总值"),
        ("全市生产总值", "地区生产总值"),
        ("规上工业增加值", "规模以上工业增加值"),
        ("城乡居民人均收入倍差", "城乡居民收入比"),
        ("城乡居民收入倍差", "城乡居民收入比"),
        ("全社会固定资产投资", "固定资产投资"),
        ("社会消费品零售额", "社会消费品零售总额"),
        ("全体居民人均可支配收入", "居民人均可支配收入"),
        ("农民人均纯收入", "农村居民人均可支配收入"),
        ("农民人均可支配收入", "农村居民人均可支配收入"),
        ("新增城镇就业", "城镇新增就业"),
        ("城镇化率", "常住人口城镇化率"),
        ("粮食总产", "粮食产量"),
        ("粮食种植面积", "粮食播种面积"),
        ("优良天数", "空气质量优良天数"),
        ("优良天数比例", "空气质量优良天数比例"),
        ("空气优良天数比例", "空气质量优良天数比例"),
        ("PM2.5", "PM2.5浓度"),
        ("细颗粒物浓度", "PM2.5浓度"),
        ("外贸进出口总额", "进出口总额"),
        ("进出口额", "进出口总额"),
        ("实际使用外资", "实际利用外资"),
        ("R&D经费", "研发经费投入"),
        ("研究与试验发展经费", "研发经费投入"),
        ("CPI", "居民消费价格"),
        ("居民消费价格涨幅", "居民消费价格"),
        ("单位GDP能耗", "单位生产总值能耗"),
        ("单位地区生产总值能耗", "单位生产总值能耗"),
        ("旅游收入", "旅游总收入"),
        ("游客接待量", "接待游客"),
        ("接待游客人数", "接待游客"),
        ("规上工业企业", "规模以上工业企业"),
        ("人工造林", "造林"),
        ("植树造林", "造林"),
        ("地方一般公共预算收入", "一般公共预算收入"),
        ("公共财政预算收入", "一般公共预算收入"),
        ("服务业增加值", "第三产业增加值"),
    ],
)
def test_alias_lookup(alias, same_as):
    assert ALIAS_TO_CODE[alias] == ALIAS_TO_CODE[same_as]


@pytest.mark.parametrize(
    ("narrow", "broad"),
    [
        ("城镇居民人均可支配收入", "居民人均可支配收入"),
        ("农村居民人均可支配收入", "居民人均可支配收入"),
        ("城乡居民人均可支配收入", "居民人均可支配收入"),
        ("财政总收入", "一般公共预算收入"),
        ("空气质量优良天数比例", "空气质量优良天数"),
        ("研发投入强度", "研发经费投入"),
        ("城镇调查失业率", "城镇登记失业率"),
        ("出口总额", "进出口总额"),
        ("新增市场主体", "市场主体"),
        ("人均地区生产总值", "地区生产总值"),
        ("高新技术产业增加值占规上工业增加值比重", "高新技术产业增加值"),
        ("高新技术产业增加值占GDP比重", "地区生产总值"),
        ("PM10浓度", "PM2.5浓度"),
    ],
)
def test_distinct_indicators_stay_distinct(narrow, broad):
    assert ALIAS_TO_CODE[narrow] != ALIAS_TO_CODE[broad]


@pytest.mark.parametrize(
    "term",
    [
        "地区生产总值",
        "一般公共预算收入",
        "一般公共预算支出",
        "规模以上工业增加值",
        "固定资产投资",
        "社会消费品零售总额",
        "居民人均可支配收入",
        "城镇居民人均可支配收入",
        "农村居民人均可支配收入",
        "城镇新增就业",
        "城镇登记失业率",
        "城镇调查失业率",
        "常住人口城镇化率",
        "粮食产量",
        "粮食种植面积",
        "森林覆盖率",
        "空气质量优良天数",
        "空气质量优良天数比例",
        "PM2.5浓度",
        "PM10",
        "进出口总额",
        "出口总额",
        "实际利用外资",
        "实际到位省外资金",
        "高新技术企业",
        "科技型中小企业",
        "专精特新企业",
        "研发经费投入",
        "研发投入强度",
        "技术合同成交额",
        "高新技术产业增加值占规上工业增加值比重",
        "居民消费价格",
        "单位生产总值能耗",
        "单位生产总值二氧化碳排放",
        "城乡居民收入比",
        "金融机构存款余额",
        "金融机构贷款余额",
        "税收收入",
        "旅游收入",
        "接待游客",
        "重点项目",
        "亿元以上项目",
        "市场主体",
        "新增市场主体",
        "规上工业企业",
        "常住人口",
        "户籍人口",
        "人均地区生产总值",
        "第三产业增加值",
        "服务业增加值",
        "农业增加值",
        "民生支出占比",
        "高标准农田",
        "造林",
        "保障性住房",
        "棚户区改造",
        "老旧小区改造",
        "农村公路",
        "高速公路通车里程",
        "5G基站",
        "城镇居民人均消费支出",
        "基本养老保险参保率",
        "基本医疗保险参保率",
        "义务教育巩固率",
        "学前教育毛入园率",
        "农村自来水普及率",
        "污水处理率",
        "生活垃圾无害化处理率",
        "地表水达标率",
        "耕地保有量",
        "节能减排",
        "每万人发明专利拥有量",
        "脱贫人口",
        "贫困发生率",
        "外贸依存度",
    ],
)
def test_required_coverage(term):
    assert term in ALIAS_TO_CODE
