"""What a figure counts and how it is measured, read as reports write it (#13).

Each rule is shown on sentences of at least two different reports (the report is named in the id)."""

from __future__ import annotations

import pytest

from tests.test_stage_figures import PLAN, REVIEW, figures_of


def _by_text(text: str) -> dict[str, dict]:
    return {f["text"]: f for f in figures_of(text)}


@pytest.mark.parametrize(
    "text, span, indicator",
    [
        # a verb before the number: the noun after the measure word is what is counted
        pytest.param(
            PLAN + "抓好1000个省市重点项目、年度完成投资5000亿元以上。",
            "1000个",
            "省市重点项目",
            id="zhengzhou2023-zhuahao",
        ),
        pytest.param(
            PLAN + "强化城市管理，抓好130条市政道路、38条区管道路。", "130条", "市政道路", id="yanshi2020-zhuahao"
        ),
        pytest.param(
            PLAN + "重点培育10家工业互联网平台，支持中移物联网做大做强。",
            "10家",
            "工业互联网平台",
            id="chongqing2020-peiyu",
        ),
        pytest.param(PLAN + "积极发展80个特色优势产业重点县。", "80个", "特色优势产业重点县", id="yunnan2017-fazhan"),
        pytest.param(PLAN + "依法整治100处交通堵点。", "100处", "交通堵点", id="wuhan2017-adverb-verb"),
        pytest.param(REVIEW + "依法关停296家非法加油站点。", "296家", "非法加油站点", id="corpus-yifa-guanting"),
        # the round or batch a count belongs to is not what is counted
        pytest.param(
            PLAN + "落实新一轮31项对外开放措施，以负面清单管理为核心。", "31项", "对外开放措施", id="shanghai2015-round"
        ),
        pytest.param(
            REVIEW + "坚持领导包扶制度，启动新一轮30个整村推进扶贫开发项目。",
            "30个",
            "整村推进扶贫开发项目",
            id="corpus-round",
        ),
        # a short parenthesis stays in the indicator
        pytest.param(
            PLAN + "居民消费价格指数（CPI）涨幅控制在3%左右。",
            "3%",
            "居民消费价格指数（CPI）涨幅",
            id="leshan2023-parenthesis",
        ),
        pytest.param(
            REVIEW + "新建改扩建中小学校（幼儿园）1239所，新增学位21.6万个。",
            "1239所",
            "中小学校（幼儿园）",
            id="xinyang2023-parenthesis",
        ),
        # a noun before the number stays the indicator, even with a predicate between
        pytest.param(PLAN + "培育“三高”企业4000家以上。", "4000家", "“三高”企业", id="zhengzhou2023-noun-before"),
        pytest.param(
            REVIEW + "原油产量超过1060万吨、天然气产量超过5亿立方米。", "1060万吨", "原油产量", id="gansu2023-predicate"
        ),
        # a list item after the unit is the next item, not the object counted
        pytest.param(
            REVIEW + "国家高新技术企业达到1.5万家、科技型中小企业3.2万家。",
            "1.5万家",
            "国家高新技术企业",
            id="henan2026-next-item",
        ),
        pytest.param(
            REVIEW + "建成区面积突破1300平方公里、城镇化率达到79.1%。",
            "1300平方公里",
            "建成区面积",
            id="zhengzhou2023-next-item",
        ),
        # subject + 完成/实现 + flow: the subject's flow
        pytest.param(
            REVIEW + "举办多次重大项目集中开工活动，234个省列重大项目完成投资2648亿元。",
            "2648亿元",
            "省列重大项目投资",
            id="gansu2023-realization",
        ),
        pytest.param(
            REVIEW + "全社会固定资产投资增长22.1%，省市重点项目完成投资367.6亿元。",
            "367.6亿元",
            "省市重点项目投资",
            id="nanyang2014-realization",
        ),
        # examples before a quoted collective name; two counted nouns in a row
        pytest.param(
            REVIEW + "电动汽车、锂电池、光伏产品“新三样”出口增长近30%。",
            "30%",
            "“新三样”出口",
            id="gov2024-examples-before-name",
        ),
        pytest.param(PLAN + "认真办好11个领域59项民生实事。", "59项", "民生实事", id="yanshi2021-two-counts"),
        pytest.param(PLAN + "实施8个片区42个城市更新项目。", "42个", "城市更新项目", id="constructed-two-counts"),
        # a rank is of the subject before 居/排名, or of the clause before
        pytest.param(
            REVIEW + "市场主体超过180万户，居全国省会城市第8位。", "第8位", "市场主体", id="zhengzhou2023-rank"
        ),
        pytest.param(REVIEW + "一季度GDP增长6%、居全省第5位。", "第5位", "一季度GDP增速", id="xinyang2023-rank"),
        # how a figure was computed is not what it is of
        pytest.param(
            REVIEW + "国内财政收入达到2243.6亿元，平均每年增长12.9%。", "12.9%", "国内财政收入", id="gov1988-average"
        ),
        pytest.param(
            REVIEW + "国民收入达到11533亿元，按可比价格计算比上年增长11.4%。",
            "11.4%",
            "国民收入",
            id="gov1989-comparable",
        ),
        # a sentence whose first clause names the subject
        pytest.param(
            REVIEW + "地区生产总值增速保持在合理区间，全年增长6.3%、达到2.36万亿元。",
            "2.36万亿元",
            "地区生产总值",
            id="chongqing2020-subject",
        ),
        # a bare rate between times of the year, an increment, a rank of the total: of the quantity before
        pytest.param(
            REVIEW + "外贸进出口总额456.7亿美元，降幅由谷底的-14.2%收窄至-11.6%。",
            "11.6%",
            "外贸进出口总额",
            id="zhuhai2013-bare-rate",
        ),
        pytest.param(
            REVIEW + "全市生产总值增长6%，增量达到448.2亿元、占全省增量的24.1%。",
            "448.2亿元",
            "全市生产总值增量",
            id="shijiazhuang2026-increment",
        ),
        pytest.param(
            REVIEW + "地方一般公共预算收入完成300亿元，总量由全省第10位上升到第7位。",
            "第7位",
            "地方一般公共预算收入总量",
            id="yancheng2012-rank-of-total",
        ),
        # a comparison base is not the indicator
        pytest.param(
            REVIEW + "五年累计民生支出2222亿元，是上个五年的1.7倍。", "1.7倍", "民生支出", id="xinyang2023-multiple"
        ),
        # the share of a plan fulfilled is of the quantity named before, not of the plan
        pytest.param(
            REVIEW + "棉花产量达到3,036万担，完成年度计划的117%，比1954年增长43%。",
            "117%",
            "棉花产量",
            id="gov1956-plan-fulfilled",
        ),
        pytest.param(
            REVIEW + "竣工各类政策性住房5万套，完成年度计划的108.7%。",
            "108.7%",
            "竣工各类政策性住房",
            id="corpus-plan-fulfilled",
        ),
        # a conversion at the exchange rate is of the quantity before
        pytest.param(
            REVIEW + "人均生产总值达到19500元，按现行汇率计算达到2400美元，年均增长12%。",
            "2400美元",
            "人均生产总值",
            id="shandong2006-exchange-rate",
        ),
        pytest.param(
            REVIEW + "地区生产总值达到2000亿元，按当年汇率折算达到300亿美元。",
            "300亿美元",
            "地区生产总值",
            id="constructed-exchange-rate",
        ),
        # a scheme's coverage is owned by the scheme named before; 基本 stands inside its name
        pytest.param(
            REVIEW + "城镇职工基本养老保险制度不断完善，2007年参保人数突破2亿人，比2002年增加5400多万人。",
            "2亿人",
            "城镇职工基本养老保险参保人数",
            id="gov2008-scheme-owned",
        ),
        pytest.param(
            REVIEW + "“镇保”和“综保”不断推进，参保人数分别为138.6万人和333.6万人。",
            "138.6万人",
            "“镇保”参保人数",
            id="corpus-scheme-owned",
        ),
        # 人均 after an aggregate gives its per-head level
        pytest.param(
            PLAN + "全省生产总值年均增长10%左右，2010年达到29000亿元，人均达到3800美元左右。",
            "3800美元",
            "人均生产总值",
            id="shandong2006-per-head",
        ),
        pytest.param(
            PLAN + "全市地区生产总值达到4500亿元，年均增长13%，人均达到12700美元。",
            "12700美元",
            "人均地区生产总值",
            id="corpus-per-head",
        ),
        # 收到 joins what was received and its sum
        pytest.param(
            REVIEW + "其中工业收入收到5,072,990,000元，完成预算数的110.51%。",
            "5,072,990,000元",
            "工业收入",
            id="gov1956-received",
        ),
    ],
)
def test_indicator(text, span, indicator):
    figs = _by_text(text)
    assert span in figs, sorted(figs)
    assert figs[span]["indicator"] == indicator


@pytest.mark.parametrize(
    "text, expect",
    [
        pytest.param(
            REVIEW + "城乡居民人均可支配收入分别增长8.7%、9.8%。",
            {"8.7%": "城镇居民人均可支配收入", "9.8%": "农村居民人均可支配收入"},
            id="chongqing2020-chengxiang",
        ),
        pytest.param(
            REVIEW + "城镇和农村居民人均可支配收入分别增长6%和7.5%。",
            {"6%": "城镇居民人均可支配收入", "7.5%": "农村居民人均可支配收入"},
            id="gansu2023-chengzhen-he-nongcun",
        ),
        # a comparison right after a 分别 list compares each item in order
        pytest.param(
            REVIEW
            + "城镇居民人均可支配收入23936元，农民人均纯收入9542元，分别增长10.1%和13%，高于生产总值增速2.8个和5.7个百分点。",
            {"2.8个": "城镇居民人均可支配收入", "5.7个百分点": "农民人均纯收入"},
            id="handan2014-compared-each",
        ),
        pytest.param(
            REVIEW + "高技术制造业、装备制造业增加值分别增长11.1%和8%，高于规模以上工业6和2.9个百分点。",
            {"6": "高技术制造业增加值", "2.9个百分点": "装备制造业增加值"},
            id="jiangsu2019-compared-each",
        ),
        # populations listed share what the last says after its own population
        pytest.param(
            PLAN + "社会消费品零售总额增长10%，城镇居民和农民人均收入分别增长8%和6%。",
            {"8%": "城镇居民人均收入", "6%": "农民人均收入"},
            id="shenyang2002-populations",
        ),
        pytest.param(
            REVIEW + "城镇居民和农民人均住房面积分别达到8.7平方米和21.6平方米。",
            {"8.7平方米": "城镇居民人均住房面积", "21.6平方米": "农民人均住房面积"},
            id="shandong1996-populations",
        ),
        # so do levels: a count whose words are only a level takes the noun of the next count
        pytest.param(
            REVIEW + "新增2家国家级和9家省级农业产业化龙头企业，农副产品与食品加工业实现产值300亿元。",
            {"2家": "国家级农业产业化龙头企业", "9家": "省级农业产业化龙头企业"},
            id="xiamen2012-levels",
        ),
        pytest.param(
            REVIEW + "建成7个省级和50个市级农民文化乐园，安徽名人馆即将开馆。",
            {"7个": "省级农民文化乐园", "50个": "市级农民文化乐园"},
            id="hefei2015-levels",
        ),
        pytest.param(
            REVIEW + "分别新增国家级、自治区级农业产业化重点龙头企业3家、5家，规模以上农产品加工企业超120家。",
            {"3家": "国家级农业产业化重点龙头企业", "5家": "自治区级农业产业化重点龙头企业"},
            id="nanning2020-levels-listed",
        ),
        pytest.param(
            REVIEW + "金融机构人民币存贷款余额分别增长10.8%、10.6%。",
            {"10.8%": "金融机构人民币存款余额", "10.6%": "金融机构人民币贷款余额"},
            id="yunnan2017-cundaikuan",
        ),
        pytest.param(
            REVIEW + "煤炭、原油、天然气产量达到5875万吨、1090万吨、5.2亿立方米。",
            {"5875万吨": "煤炭产量", "1090万吨": "原油产量", "5.2亿立方米": "天然气产量"},
            id="gansu2023-shared-head",
        ),
        pytest.param(
            REVIEW + "对东盟、欧盟及“一带一路”沿线国家进出口分别增长43.2%、8.4%、32.1%。",
            {"43.2%": "东盟进出口", "8.4%": "欧盟进出口", "32.1%": "“一带一路”沿线国家进出口"},
            id="chongqing2020-preposition",
        ),
        # an attribute after 分别 is each item's
        pytest.param(
            PLAN + "今年力争交通、水利分别完成投资2500亿元、800亿元。",
            {"2500亿元": "交通投资", "800亿元": "水利投资"},
            id="shandong2025-respective-attribute",
        ),
        pytest.param(
            REVIEW + "电子、机械两大支柱产业分别实现产值1837亿元和1196亿元。",
            {"1837亿元": "电子产业产值", "1196亿元": "机械产业产值"},
            id="corpus-respective-attribute",
        ),
        # 内外资 names both items
        pytest.param(
            REVIEW + "实际引进内外资分别增长10.4%和12.9%。",
            {"10.4%": "实际引进内资", "12.9%": "实际引进外资"},
            id="shaanxi2020-domestic-foreign",
        ),
        pytest.param(
            PLAN + "全年利用内外资分别增长12%和15%以上。",
            {"12%": "利用内资", "15%": "利用外资"},
            id="corpus-domestic-foreign",
        ),
    ],
)
def test_listed_numbers_get_one_item_each(text, expect):
    figs = _by_text(text)
    for span, indicator in expect.items():
        assert figs[span]["indicator"] == indicator
        if span.endswith("%"):
            assert figs[span]["measure"] == "growth"


@pytest.mark.parametrize(
    "text, span, measure, sign",
    [
        pytest.param(REVIEW + "建成区绿化覆盖率提高到41.6%。", "41.6%", "share", 1, id="zhengzhou2023-level-reached"),
        pytest.param(PLAN + "常住人口城镇化率提高到66.2%。", "66.2%", "share", 1, id="gov2024-level-reached"),
        pytest.param(
            REVIEW + "减少贫困人口47528人、贫困村107个。", "47528人", "change", -1, id="wuhan2017-change-verb"
        ),
        pytest.param(PLAN + "争取每年增产原油300万吨。", "300万吨", "change", 1, id="gov1988-change-verb"),
        pytest.param(PLAN + "减少农村贫困人口109万人以上。", "109万人", "change", -1, id="sichuan2014-change-verb"),
        pytest.param(PLAN + "财政收入增长6%，力争6.5%。", "6.5%", "growth", 1, id="guilin2017-aspiration"),
        pytest.param(PLAN + "今年经济增长速度的调控目标定为8%。", "8%", "growth", 1, id="gov1996-growth-words"),
    ],
)
def test_measure_and_sign(text, span, measure, sign):
    figs = _by_text(text)
    assert (figs[span]["measure"], figs[span]["sign"]) == (measure, sign)


@pytest.mark.parametrize(
    "text, span, code",
    [
        pytest.param(
            PLAN + "经济增长4.5%—5%，城镇调查失业率5.5%左右。", "4.5%—5%", "gdp", id="gov2026-jingji-zengzhang"
        ),
        pytest.param(PLAN + "全省经济增长7%左右。", "7%", "gdp", id="henan2022-jingji-zengzhang"),
        pytest.param(REVIEW + "全年国民生产总值达到13853亿元。", "13853亿元", "gnp", id="gov1989-gnp"),
        # how targets were announced: who asks, when, and the announcing words around the name
        pytest.param(PLAN + "国家计划要求今年的国民生产总值增长百分之五。", "百分之五", "gnp", id="gov1990-announced"),
        pytest.param(PLAN + "今年经济增长速度的调控目标定为8%。", "8%", "gdp", id="gov1997-control-target"),
        pytest.param(PLAN + "中央提出今年经济增长预期目标为7%左右。", "7%", "gdp", id="gov2004-expected-target"),
        pytest.param(PLAN + "计划国内生产总值增长百分之九。", "百分之九", "gdp", id="gov1994-planned"),
    ],
)
def test_lexicon_spellings(text, span, code):
    figs = _by_text(text)
    assert figs[span]["indicator_code"] == code


@pytest.mark.parametrize(
    "text, span, value, value_max, code",
    [
        pytest.param(PLAN + "国民生产总值增长百分之六。", "百分之六", 6.0, None, "gnp", id="gov1991-percent-in-words"),
        pytest.param(
            PLAN + "全年国民生产总值比上年增长百分之八至九。",
            "百分之八至九",
            8.0,
            9.0,
            "gnp",
            id="gov1995-percent-range-in-words",
        ),
        pytest.param(
            PLAN + "工农业总产值平均每年增长百分之二十一点七。",
            "百分之二十一点七",
            21.7,
            None,
            None,
            id="gov1982-percent-decimal-in-words",
        ),
    ],
)
def test_percentages_in_words(text, span, value, value_max, code):
    figs = _by_text(text)
    f = figs[span]
    assert (f["value"], f["value_max"], f["unit"], f["measure"], f["indicator_code"]) == (
        value,
        value_max,
        "%",
        "growth",
        code,
    )


@pytest.mark.parametrize(
    "text, span, indicator",
    [
        pytest.param(
            REVIEW + "全年国内生产总值[2]676708亿元，比上年增长6.9%。",
            "676708亿元",
            "国内生产总值",
            id="communique2016-footnote",
        ),
        pytest.param(
            REVIEW + "1999年国内生产总值81911亿元，比上年增长7.1%。",
            "81911亿元",
            "国内生产总值",
            id="communique1999-leading-year",
        ),
        pytest.param(REVIEW + "预计地区生产总值增长7%左右。", "7%", "地区生产总值", id="province-leading-estimate"),
    ],
)
def test_leading_words_and_marks_are_not_the_indicator(text, span, indicator):
    assert _by_text(text)[span]["indicator"] == indicator


# ---- status and year from the sentence where the part does not decide (1980s topic-titled parts) ----

TOPIC = "一、一心一意进行治理整顿\n\n"


@pytest.mark.parametrize(
    "text, span, status, year",
    [
        # a state reached by a date is an outcome of that date, in any part
        pytest.param(
            PLAN + "截至今年2月底，全国已经停建缓建固定资产投资项目18000个。",
            "18000个",
            "actual",
            2021,
            id="gov1989-as-of",
        ),
        pytest.param(
            PLAN + "截至今年二月底统计，全省共确定停建、缓建的项目1417个。",
            "1417个",
            "actual",
            2021,
            id="province1989-as-of",
        ),
        # an outcome as a share or multiple of the plan (`为年度计划的110%`) is no target
        pytest.param(
            REVIEW + "307个市重点产业项目完成投资286亿元，为年度计划的110%。",
            "110%",
            "actual",
            2020,
            id="yiyang2025-share-of-plan",
        ),
        pytest.param(
            REVIEW + "GDP增长9.8%，增量达到305.5亿元，是省定目标的1.91倍。",
            "1.91倍",
            "actual",
            2020,
            id="shuozhou2022-multiple-of-target",
        ),
        # … and so does one opening a clause of its first statement
        pytest.param(
            REVIEW + "与做实2014年基础数据相比，预计完成地区生产总值780亿元，下降1%；固定资产投资500亿元，增长4.9%。",
            "500亿元",
            "estimated",
            2020,
            id="chaoyang2016-estimate-in-first-statement",
        ),
        pytest.param(
            REVIEW
            + "经济社会发展主要目标任务全面完成，预计地区生产总值增长7%，其中第一产业增加值增长7%；固定资产投资增长6%。",
            "6%",
            "estimated",
            2020,
            id="lanzhou2022-estimate-in-first-statement",
        ),
        pytest.param(
            REVIEW + "全年完成投资120亿元；预计全年财政收入50亿元；新增就业2万人。",
            "120亿元",
            "actual",
            2020,
            id="constructed-estimate-after-the-figure",
        ),
        # an estimate opening the sentence covers it past a semicolon
        pytest.param(
            REVIEW + "初步预计，全市实现生产总值790亿元，同比增长10%；全部财政收入103.5亿元、增长21.6%。",
            "103.5亿元",
            "estimated",
            2020,
            id="city-estimate-semicolon",
        ),
        pytest.param(
            REVIEW + "初步预计，地区生产总值完成2074亿元，增长7%;组织财政收入223.8亿元，增长7%。",
            "223.8亿元",
            "estimated",
            2020,
            id="guilin2017-estimate-semicolon",
        ),
        # in a part titled by topic, an annual comparison or no time word at all: the year reviewed
        pytest.param(
            TOPIC + "全年国民生产总值达到13853亿元，按可比价格计算比上年增长11.2%。",
            "11.2%",
            "actual",
            2020,
            id="gov1989-annual",
        ),
        pytest.param(
            TOPIC + "全国新增的主要生产能力有：发电装机容量999万千瓦，原煤开采3090万吨。",
            "999万千瓦",
            "actual",
            2020,
            id="gov1989-no-time-word",
        ),
    ],
)
def test_status_and_year_from_the_sentence(text, span, status, year):
    f = _by_text(text)[span]
    assert (f["status"], f["year"]) == (status, year)


@pytest.mark.parametrize(
    "text, span, code",
    [
        pytest.param(PLAN + "预期国内生产总值增长11%。", "11%", "gdp", id="harbin2001-expected"),
        pytest.param(PLAN + "——地区生产总值（GDP）增长6.5%左右；", "6.5%", "gdp", id="karamay2020-dash-abbreviation"),
        pytest.param(
            PLAN + "主要预期目标是：地区生产总值增速不低于5%；固定资产投资增长6%。",
            "5%",
            "gdp",
            id="guangzhou2024-not-below",
        ),
        pytest.param(PLAN + "市委市政府把全市生产总值增长目标确定为6.5%左右。", "6.5%", "gdp", id="qingdao2020-ba"),
        pytest.param(PLAN + "主要预期目标是：本地生产总值增长8—8.5%。", "8—8.5%", "gdp", id="shenzhen2016-local"),
        pytest.param(
            PLAN + "国内生产总值2008亿元，按可比价格增长9%。", "9%", "gdp", id="beijing1998-comparable-prices"
        ),
        pytest.param(PLAN + "今年市生产总值增长9%。", "9%", "gdp", id="shanghai2010-city-scope"),
        pytest.param(PLAN + "今年全区生产总值年均递增9%。", "9%", "gdp", id="neimenggu2001-dizeng"),
    ],
)
def test_gdp_growth_targets_as_cities_write_them(text, span, code):
    f = _by_text(text)[span]
    assert (f["indicator_code"], f["measure"], f["status"]) == (code, "growth", "target")


def test_numbered_sectors_share_the_last_item():
    figs = _by_text(PLAN + "一、二、三产业增加值分别增长4.5%、12.5%和12%。")
    assert [figs[t]["indicator"] for t in ("4.5%", "12.5%", "12%")] == [
        "第一产业增加值",
        "第二产业增加值",
        "第三产业增加值",
    ]


def test_the_clause_before_names_the_subject():
    """gov1995: the subject stands in the clause before the number's, not in the sentence's first."""
    f = _by_text(PLAN + "综合分析各方面的条件，今年经济增长速度的宏观调控目标，定为百分之八至九。")["百分之八至九"]
    assert (f["indicator_code"], f["measure"], f["status"], f["value_max"]) == ("gdp", "growth", "target", 9.0)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            PLAN + "2011年，是“十二五”开局之年。过去一年，我们的各项工作取得了很大成绩。国内生产总值增长10.3%。",
            id="gov2011",
        ),
        pytest.param(
            PLAN + "今年是全面建成小康社会的关键一年。过去一年，全市经济运行稳中有进。地区生产总值增长10.3%。",
            id="constructed-city",
        ),
    ],
)
def test_a_sentence_turning_to_the_past_inside_a_plan_paragraph_reviews(text):
    f = _by_text(text)["10.3%"]
    assert (f["status"], f["year"]) == ("actual", 2020)


@pytest.mark.parametrize(
    "text, span, status, year",
    [
        pytest.param(
            PLAN + "1986年同1978年相比，国民生产总值由3480亿元增加到9380亿元，按可比价格计算增长102%。",
            "3480亿元",
            "actual",
            1978,
            id="gov1987-base",
        ),
        pytest.param(
            PLAN + "1986年同1978年相比，国民生产总值由3480亿元增加到9380亿元，按可比价格计算增长102%。",
            "9380亿元",
            "actual",
            1986,
            id="gov1987-later",
        ),
        pytest.param(
            PLAN + "一九五七年同一九五二年比较，工业总产值由270亿元增加到535亿元。",
            "535亿元",
            "actual",
            1957,
            id="gov1958-chinese-years",
        ),
    ],
)
def test_a_sentence_comparing_two_years(text, span, status, year):
    f = _by_text(text)[span]
    assert (f["status"], f["year"]) == (status, year)


@pytest.mark.parametrize(
    "text, span, measure, sign",
    [
        pytest.param(
            REVIEW + "在全国自然灾害频繁的情况下，粮食减产2.2%，棉花减产1.1%。",
            "2.2%",
            "growth",
            -1,
            id="gov1989-jianchan",
        ),
        pytest.param(
            PLAN + "今年全社会固定资产投资规模要比上年压缩920亿元，减少21%。",
            "920亿元",
            "change",
            -1,
            id="gov1989-yasuo",
        ),
        pytest.param(
            PLAN + "引导形成总规模不低于1000亿元的重点产业链基金集群。",
            "1000亿元",
            "amount",
            1,
            id="xian2023-bound-not-change",
        ),
    ],
)
def test_more_measures(text, span, measure, sign):
    f = _by_text(text)[span]
    assert (f["measure"], f["sign"]) == (measure, sign)


def test_growth_between_two_compared_years_spans_them():
    f = _by_text(PLAN + "1986年同1978年相比，国民生产总值由3480亿元增加到9380亿元，按可比价格计算增长102%。")["102%"]
    assert (f["year"], f["period_start"]) == (1986, 1979)


@pytest.mark.parametrize(
    "text, expect",
    [
        pytest.param(
            REVIEW + "学前教育三年毛入园率、九年义务教育巩固率、高中阶段教育毛入学率分别达85%、97.5%、91%。",
            {"85%": "学前教育三年毛入园率", "97.5%": "九年义务教育巩固率", "91%": "高中阶段教育毛入学率"},
            id="guilin2017-long-list",
        ),
        pytest.param(
            REVIEW + "规模以上工业增加值、固定资产投资、社会消费品零售总额分别增长8.2%、11.5%、10.1%。",
            {"8.2%": "规模以上工业增加值", "11.5%": "固定资产投资", "10.1%": "社会消费品零售总额"},
            id="constructed-long-list",
        ),
    ],
)
def test_a_long_list_is_read_from_its_clause_start(text, expect):
    figs = _by_text(text)
    assert {span: figs[span]["indicator"] for span in expect} == expect


@pytest.mark.parametrize(
    "text, span, indicator",
    [
        pytest.param(
            REVIEW + "县以上单位去年的集团消费比上年增长1.8%。", "1.8%", "县以上单位集团消费", id="gov1989-inner-year"
        ),
        pytest.param(
            REVIEW + "全市今年的城镇新增就业达到9万人。", "9万人", "城镇新增就业", id="constructed-inner-year"
        ),
    ],
)
def test_period_words_inside_a_phrase_are_dropped(text, span, indicator):
    assert _by_text(text)[span]["indicator"] == indicator


@pytest.mark.parametrize(
    "text, expect",
    [
        pytest.param(
            REVIEW + "接待游客5380万人次，旅游总消费达626亿元，分别增长20%、21%。",
            {"20%": "接待游客", "21%": "旅游总消费"},
            id="guilin2017-fenbie-back",
        ),
        pytest.param(
            REVIEW + "来华旅游入境总人数达到2690万人次，创汇18.4亿美元，分别为1982年的3.4倍和2.2倍。",
            {"3.4倍": "来华旅游入境总人数", "2.2倍": "创汇"},
            id="gov1988-fenbie-back",
        ),
    ],
)
def test_fenbie_after_figures_refers_back_to_them(text, expect):
    figs = _by_text(text)
    assert {span: figs[span]["indicator"] for span in expect} == expect


@pytest.mark.parametrize(
    "text, span, indicator, measure",
    [
        pytest.param(
            REVIEW + "粮食总产量达到4650亿公斤，增产将近200亿公斤。",
            "200亿公斤",
            "粮食总产量",
            "change",
            id="gov1996-qualified-change",
        ),
        pytest.param(
            REVIEW + "粮食总产量达到1.3万亿斤，增产接近100亿斤。",
            "100亿斤",
            "粮食总产量",
            "change",
            id="constructed-qualified-change",
        ),
        pytest.param(
            PLAN + "抓好1000个省市重点项目、年度完成投资5000亿元以上。",
            "5000亿元",
            "投资",
            "amount",
            id="zhengzhou2023-no-join-across-list",
        ),
    ],
)
def test_qualifiers_and_lists_in_the_predicate(text, span, indicator, measure):
    f = _by_text(text)[span]
    assert (f["indicator"], f["measure"]) == (indicator, measure)


@pytest.mark.parametrize(
    "text, span, indicator",
    [
        pytest.param(
            PLAN + "加快推进高端轴承产业园等161个、总投资1310亿元的重大项目。",
            "161个",
            "重大项目",
            id="yanshi2021-count-attribute",
        ),
        pytest.param(
            PLAN + "实施48个、总投资51.19亿元的“城市双修”项目建设。",
            "48个",
            "“城市双修”项目",
            id="corpus-count-attribute",
        ),
    ],
)
def test_a_count_whose_noun_follows_an_attribute(text, span, indicator):
    assert _by_text(text)[span]["indicator"] == indicator


@pytest.mark.parametrize(
    "text, span, indicator",
    [
        pytest.param(PLAN + "实现自助办理证照率达50%以上。", "50%", "自助办理证照率", id="yanshi2020-rate-keeps-verb"),
        pytest.param(
            PLAN + "全市农村生活污水集中处理治理率达到60%。",
            "60%",
            "农村生活污水集中处理治理率",
            id="constructed-rate-keeps-verb",
        ),
    ],
)
def test_a_rate_keeps_the_verbs_that_name_it(text, span, indicator):
    assert _by_text(text)[span]["indicator"] == indicator


@pytest.mark.parametrize(
    "text, span, indicator",
    [
        # an attribute of what the `的` introduces: the name, then the attribute
        pytest.param(
            REVIEW + "投资300亿元的万达文化旅游城开工建设。",
            "300亿元",
            "万达文化旅游城投资",
            id="guilin2017-named-attribute",
        ),
        pytest.param(
            REVIEW + "投资总额超100亿美元的湛江巴斯夫项目开工建设。",
            "100亿美元",
            "湛江巴斯夫项目投资总额",
            id="guangdong2020-named-attribute",
        ),
        pytest.param(
            REVIEW + "设立总规模1152亿元的云南浦发扶贫投资发展基金。",
            "1152亿元",
            "云南浦发扶贫投资发展基金总规模",
            id="yunnan2017-named-attribute",
        ),
        # … but a count after the `的` makes it the batch's attribute
        pytest.param(
            PLAN + "压茬推进总投资55.8亿元的42个政策性资金项目。",
            "42个",
            "政策性资金项目",
            id="yanshi2023-batch-attribute",
        ),
        # a threshold carried by the counted noun is part of it; the threshold figure is the noun's attribute
        pytest.param(
            REVIEW + "18个投资50亿元以上项目建成投产。", "18个", "投资50亿元以上项目", id="wuhan2017-count-threshold"
        ),
        pytest.param(
            REVIEW + "新增众迪锂电池、吉利汽车、西安隆基乐叶光伏3家产值过百亿元企业。",
            "3家",
            "产值过百亿元企业",
            id="xian2023-count-threshold",
        ),
        pytest.param(
            PLAN + "力争签约80个10亿元以上重大项目。", "80个", "10亿元以上重大项目", id="luoyang2021-count-threshold"
        ),
        pytest.param(
            REVIEW + "华星光电六代线等5个投资50亿元以上工业项目建成投产。",
            "50亿元",
            "工业项目投资",
            id="wuhan2017-threshold-figure",
        ),
        pytest.param(
            PLAN + "3年内建成5家接待规模600人以上的研学旅行营地。",
            "5家",
            "研学旅行营地",
            id="xinyang2023-threshold-clause",
        ),
        pytest.param(
            PLAN + "3年内建成5家接待规模600人以上的研学旅行营地。",
            "600人",
            "研学旅行营地接待规模",
            id="xinyang2023-threshold-clause-figure",
        ),
        # households then people are two counts, not a threshold
        pytest.param(
            REVIEW + "剩余未脱贫户19户57人顺利脱贫。", "19户", "剩余未脱贫户", id="yanshi2020-households-people"
        ),
    ],
)
def test_attributes_and_thresholds_around_a_name(text, span, indicator):
    assert _by_text(text)[span]["indicator"] == indicator


@pytest.mark.parametrize(
    "text, span, indicator",
    [
        # a short predicate closing the clause names which of the things are counted
        pytest.param(REVIEW + "29项科技成果荣获国家奖。", "29项", "荣获国家奖科技成果", id="gansu2023-predicate"),
        pytest.param(PLAN + "力争30个以上项目投产达产。", "30个", "投产达产项目", id="nanyang2014-predicate"),
        # … also when the next item of the list holds a number
        pytest.param(
            PLAN + "推动3900多个项目投产达效、新增产值5000亿元左右。",
            "3900多个",
            "投产达效项目",
            id="shandong2025-predicate-before-item",
        ),
        pytest.param(
            REVIEW + "打赢脱贫攻坚战，4个贫困县区全部摘帽、256个贫困村全部出列。",
            "4个",
            "摘帽贫困县区",
            id="corpus-predicate-before-item",
        ),
        # a verb made a noun by its suffix is an attribute, not a predicate
        pytest.param(
            REVIEW + "197件人大建议和408件政协提案办理率、满意率均达到100%。",
            "408件",
            "政协提案",
            id="corpus-noun-suffix",
        ),
        pytest.param(REVIEW + "5条内河如期通水。", "5条", "通水内河", id="nanyang2014-predicate-adverb"),
        pytest.param(
            REVIEW + "城口、巫溪、酉阳、彭水4个县能够摘帽。", "4个", "摘帽县", id="chongqing2020-predicate-listed-names"
        ),
        # a share reads in text order
        pytest.param(
            REVIEW + "90%以上的相对贫困村达到出列标准。",
            "90%",
            "相对贫困村达到出列标准",
            id="guangdong2020-share-predicate",
        ),
        pytest.param(
            REVIEW + "全区90%以上的村庄生活垃圾得到有效治理。",
            "90%",
            "村庄生活垃圾得到有效治理",
            id="yanshi2020-share-predicate",
        ),
        # a process word after the noun is the name's tail; a long predicate is not part of the name
        pytest.param(PLAN + "抓好23个项目建设。", "23个", "项目", id="nanyang2014-process-tail"),
        pytest.param(REVIEW + "90家县级医院达到三级综合医院水平。", "90家", "县级医院", id="henan2026-long-predicate"),
        # a verb inside a name that ends in a name head
        pytest.param(
            PLAN + "再实施1250个智能化改造项目。", "1250个", "智能化改造项目", id="chongqing2020-name-continues"
        ),
        pytest.param(
            PLAN + "加快实施14个特色街区改造提升工程。", "14个", "特色街区改造提升工程", id="guilin2017-name-continues"
        ),
        pytest.param(
            PLAN + "推进300个以上“三化”改造重点项目。", "300个", "“三化”改造重点项目", id="gansu2023-name-continues"
        ),
        pytest.param(REVIEW + "举行4次集中开工活动。", "4次", "集中开工活动", id="yanshi2020-name-continues"),
        pytest.param(
            REVIEW + "春宾电缆等3家企业获评省级智能车间、智能工厂。",
            "3家",
            "获评省级智能车间企业",
            id="yanshi2023-opener-not-name",
        ),
        # names listed before a count are examples of what it counts …
        pytest.param(
            PLAN + "支持沙湾区、金口河区和峨眉山市3个省级中药材产业重点县示范发展。",
            "3个",
            "省级中药材产业重点县示范发展",
            id="leshan2023-listed-names",
        ),
        pytest.param(
            PLAN + "进一步提升马蹄泉和长青谷2个洛阳市级沟域经济示范带。",
            "2个",
            "洛阳市级沟域经济示范带",
            id="yanshi2021-listed-names",
        ),
        # … unless the next item follows the unit
        pytest.param(
            PLAN + "创建省、洛阳市级示范合作社10家、示范家庭农场6家。",
            "10家",
            "省、洛阳市级示范合作社",
            id="yanshi2021-list-in-name",
        ),
        pytest.param(PLAN + "建设省级和美村5个、富美村10个。", "5个", "省级和美村", id="yanshi2023-he-in-name"),
    ],
)
def test_what_a_count_counts_after_the_unit(text, span, indicator):
    assert _by_text(text)[span]["indicator"] == indicator


@pytest.mark.parametrize(
    "text, span, indicator",
    [
        # a bare attribute takes the subject of the clause before it
        pytest.param(
            REVIEW + "建筑业快速发展，增加值增长14.6%。", "14.6%", "建筑业增加值", id="yunnan2017-owned-attribute"
        ),
        pytest.param(
            REVIEW + "金融业迅猛发展，增加值增长31.2%。", "31.2%", "金融业增加值", id="corpus-owned-attribute"
        ),
        pytest.param(
            REVIEW + "存储器项目开工建设，总投资240亿美元。",
            "240亿美元",
            "存储器项目总投资",
            id="wuhan2017-owned-attribute",
        ),
        # after a figure of the sentence it stays bare
        pytest.param(
            PLAN + "实施省、洛阳市重点项目22个、总投资150亿元。",
            "150亿元",
            "总投资",
            id="yanshi2021-attribute-after-count",
        ),
    ],
)
def test_a_bare_attribute_takes_its_owner(text, span, indicator):
    assert _by_text(text)[span]["indicator"] == indicator


@pytest.mark.parametrize(
    "text, span, indicator",
    [
        # an attribute listed after another keeps the owner of the first
        pytest.param(
            REVIEW + "省属企业实现营业总收入8950.5亿元、利润总额194.4亿元。",
            "194.4亿元",
            "省属企业利润总额",
            id="gansu2023-listed-owner",
        ),
        pytest.param(
            REVIEW + "规模以上工业企业实现主营业务收入4277亿元、利润608亿元。",
            "608亿元",
            "规模以上工业企业利润",
            id="corpus-listed-owner",
        ),
        # a named quantity opening the sentence, then what it did: the figures after are of it
        pytest.param(
            REVIEW + "全省地区生产总值连跨八千亿、九千亿和万亿台阶，年均增长5.5%。",
            "5.5%",
            "地区生产总值",
            id="gansu2023-named-subject",
        ),
        pytest.param(
            REVIEW + "地区生产总值跃上千亿元台阶，年均增长10.8%。", "10.8%", "地区生产总值", id="corpus-named-subject"
        ),
    ],
)
def test_owner_and_subject_across_a_list(text, span, indicator):
    assert _by_text(text)[span]["indicator"] == indicator


@pytest.mark.parametrize(
    "text, span, indicator",
    [
        # a clause with 的 before the count: the noun after the count is what is counted (with the
        # clause, for measures: see test_what_measures_are_for)
        pytest.param(
            REVIEW + "出台实施促进消费的29项措施。", "29项", "促进消费的措施", id="guangdong2020-relative-before-count"
        ),
        pytest.param(REVIEW + "改善洪梅等8个镇区的医疗设施。", "8个", "镇区", id="dongguan-de-after-count"),
        # … and so does one before the counted noun
        pytest.param(
            REVIEW + "其中市领导跟踪服务推进的重大项目58项。",
            "58项",
            "市领导跟踪服务推进的重大项目",
            id="guilin2017-relative-noun-before",
        ),
        # an amount keeps no such clause
        pytest.param(
            REVIEW + "部门、地方、企业拥有的预算外资金由347亿元增加到1670亿元。",
            "1670亿元",
            "预算外资金",
            id="gov1987-relative-amount",
        ),
    ],
)
def test_a_relative_clause_and_what_is_counted(text, span, indicator):
    assert _by_text(text)[span]["indicator"] == indicator


@pytest.mark.parametrize(
    "text, span, indicator",
    [
        # a conjunction after the counted noun joins a second noun
        pytest.param(PLAN + "引育800名领军和骨干人才。", "800名", "领军和骨干人才", id="xiamen-coordinated"),
        pytest.param(
            REVIEW + "获批建设10个国家和省重点实验室。", "10个", "国家和省重点实验室", id="corpus-coordinated"
        ),
        # a process word after the counted noun is the name's tail, never a predicate
        pytest.param(PLAN + "力争完成85个重点项目建设任务。", "85个", "重点项目", id="corpus-task-noun"),
        pytest.param(PLAN + "支持1700所以上中小学改造厕所。", "1700所", "中小学", id="guangdong2020-process-word"),
        pytest.param(REVIEW + "灌口、东孚、汀溪、新圩4个小城镇建设加快。", "4个", "小城镇", id="xiamen-process-word"),
        # an area reads in text order
        pytest.param(
            REVIEW + "6520亩土地纳入松山湖统筹。", "6520亩", "土地纳入松山湖统筹", id="dongguan-area-text-order"
        ),
        # a place the clause before mentions is no owner
        pytest.param(
            REVIEW + "华为终端总部项目：位于松山湖，总投资100亿元。", "100亿元", "总投资", id="dongguan-place-not-owner"
        ),
        # a count followed by an area is two figures of one item
        pytest.param(
            REVIEW + "取消经营性房地产历史遗留项目109个300万平方米。",
            "109个",
            "取消经营性房地产历史遗留项目",
            id="dongguan-count-then-area",
        ),
    ],
)
def test_what_follows_a_counted_noun(text, span, indicator):
    assert _by_text(text)[span]["indicator"] == indicator


@pytest.mark.parametrize(
    "text, span, indicator, code",
    [
        # a part of a year stays in the indicator: the figure is not the year's
        pytest.param(REVIEW + "一季度GDP增长6%、居全省第5位。", "6%", "一季度GDP", None, id="xinyang2023-quarter"),
        pytest.param(
            REVIEW + "今年一季度地区生产总值增长5.1%。", "5.1%", "一季度地区生产总值", None, id="corpus-quarter"
        ),
        pytest.param(REVIEW + "全年地区生产总值增长5.1%。", "5.1%", "地区生产总值", "gdp", id="corpus-whole-year"),
    ],
)
def test_a_part_of_the_year_stays_in_the_indicator(text, span, indicator, code):
    f = _by_text(text)[span]
    assert (f["indicator"], f["indicator_code"]) == (indicator, code)


@pytest.mark.parametrize(
    "text, span, indicator",
    [
        # subject + 完成 + flow, where the subject ends in a verbal noun (合作)
        pytest.param(
            REVIEW + "对外承包工程和劳务合作完成营业额近13亿美元。",
            "13亿美元",
            "对外承包工程和劳务合作营业额",
            id="gov1989-realization-vn",
        ),
        pytest.param(
            REVIEW + "全年对外承包工程和劳务合作完成营业额144亿美元。",
            "144亿美元",
            "对外承包工程和劳务合作营业额",
            id="corpus-realization-vn",
        ),
        # what the first listed item names before its 的 belongs to every item
        pytest.param(
            REVIEW + "每万元工业产值的能源和电力消耗分别比上年下降5.63%和5.75%。",
            "5.75%",
            "每万元工业产值的电力消耗",
            id="gov1989-list-owner",
        ),
        pytest.param(
            REVIEW + "每万元工业产值的能源和电力消耗分别比上年下降5.63%和5.75%。",
            "5.63%",
            "每万元工业产值的能源消耗",
            id="gov1989-list-owner-head",
        ),
        pytest.param(
            REVIEW + "以市政府名义制发的文件和会议分别下降18%和10%。",
            "10%",
            "以市政府名义制发的会议",
            id="corpus-list-owner",
        ),
        # the base a change is computed on names no indicator
        pytest.param(
            PLAN + "今年的全国社会集团购买力，要在1988年水平的基础上压缩20%。",
            "20%",
            "社会集团购买力",
            id="gov1989-on-the-basis",
        ),
        pytest.param(PLAN + "办结时限在去年的基础上再压缩50%。", "50%", "办结时限", id="corpus-on-the-basis"),
        # a product named by one character
        pytest.param(PLAN + "努力做到每年增产钢250万吨以上。", "250万吨", "钢", id="gov1988-one-char-product"),
        pytest.param(
            REVIEW + "原煤产量达到8亿吨，增产煤5000万吨。", "5000万吨", "煤", id="constructed-one-char-product"
        ),
    ],
)
def test_older_reports_forms(text, span, indicator):
    assert _by_text(text)[span]["indicator"] == indicator


@pytest.mark.parametrize(
    "text, span, indicator, value_base",
    [
        # a Chinese numeral with an inner 亿 or 万 is one figure
        pytest.param(
            REVIEW + "被灾田地约二亿三千万亩，受灾人口约七千万人。",
            "二亿三千万亩",
            "被灾田地",
            2.3e8,
            id="gov1957-compound",
        ),
        pytest.param(
            REVIEW + "一九九五年，粮食产量达到四亿六千五百万吨。",
            "四亿六千五百万吨",
            "粮食产量",
            4.65e8,
            id="corpus-compound",
        ),
        pytest.param(
            REVIEW + "去年全省待业人员就业二十二万七千人。",
            "二十二万七千人",
            "待业人员就业",
            227000.0,
            id="corpus-compound-wan",
        ),
        # 而…就 and a span of years before the number are no part of the indicator
        pytest.param(
            REVIEW + "钢产量前三年共增加了一百五十万吨，而1956年就增加了一百六十一万吨。",
            "一百六十一万吨",
            "钢产量",
            1.61e6,
            id="gov1957-er-jiu",
        ),
        # a topic frame names the subject; 的 may join two nouns of it
        pytest.param(
            REVIEW + "以钢的产量来说，第一个五年合计将达到一千六百三十万吨。",
            "一千六百三十万吨",
            "钢的产量",
            1.63e7,
            id="gov1957-topic-frame",
        ),
        pytest.param(
            REVIEW + "高等学校的毕业生，第一个五年合计为二十八万人。",
            "二十八万人",
            "高等学校的毕业生",
            2.8e5,
            id="gov1957-de-subject",
        ),
    ],
)
def test_older_numerals_and_subjects(text, span, indicator, value_base):
    f = _by_text(text)[span]
    assert (f["indicator"], f["value_base"]) == (indicator, value_base)


@pytest.mark.parametrize(
    "text, span, indicator",
    [
        # a clause opening on 实现/完成 shares the subject of the clause before
        pytest.param(
            REVIEW + "产业集聚区累计完成固定资产投资3620亿元，2013年实现主营业务收入1897亿元。",
            "1897亿元",
            "产业集聚区主营业务收入",
            id="nanyang2014-shared-subject",
        ),
        pytest.param(
            REVIEW + "全市工业园区完成工业总产值552亿元，实现利税73亿元。",
            "73亿元",
            "工业园区利税",
            id="corpus-shared-subject",
        ),
        # … unless the clause before names only a quantity
        pytest.param(
            REVIEW + "全市完成固定资产投资500亿元，实现税收80亿元。", "80亿元", "税收", id="constructed-no-owner"
        ),
    ],
)
def test_a_clause_opening_on_the_verb_shares_the_subject(text, span, indicator):
    assert _by_text(text)[span]["indicator"] == indicator


@pytest.mark.parametrize(
    "text, span, indicator",
    [
        # households then people: one count of the same thing
        pytest.param(
            REVIEW + "剩余未脱贫户19户57人顺利脱贫。", "57人", "剩余未脱贫户", id="yanshi2020-adjacent-counts"
        ),
        pytest.param(
            REVIEW + "全区7个省定贫困村和1697户6188名建档立卡贫困户如期脱贫退出。",
            "1697户",
            "脱贫退出建档立卡贫困户",
            id="yanshi2020-second-count",
        ),
        pytest.param(
            REVIEW + "帮助2.3万户8.1万名群众住上新房。", "2.3万户", "群众住上新房", id="constructed-second-count"
        ),
        # 有 ends the counted noun; the length that decides a split leaves lead verbs aside
        pytest.param(
            PLAN + "制造业产业应用研究院等40个重点招商引资项目有实质性突破。",
            "40个",
            "重点招商引资项目",
            id="yanshi2020-you",
        ),
        pytest.param(
            REVIEW + "新增小巨人培育企业5家，位居全市第一。",
            "5家",
            "新增小巨人培育企业",
            id="yanshi2020-lead-verb-length",
        ),
    ],
)
def test_counts_side_by_side(text, span, indicator):
    assert _by_text(text)[span]["indicator"] == indicator


@pytest.mark.parametrize(
    "text, span, indicator",
    [
        # a list item that is only a verb counts the noun of the item before
        pytest.param(
            REVIEW + "新增市场主体27.67万户、注销13.59万户。", "13.59万户", "注销市场主体", id="gansu2023-item-verb"
        ),
        pytest.param(REVIEW + "实施项目1011个、竣工1008个。", "1008个", "竣工项目", id="corpus-item-verb"),
        pytest.param(
            REVIEW + "新增各类保障房1.26万套、竣工8000套。", "8000套", "竣工各类保障房", id="corpus-item-verb-lead"
        ),
        # a predicate verb is no such item
        pytest.param(
            REVIEW + "地区生产总值增速保持在合理区间，全年增长6.3%、达到2.36万亿元。",
            "2.36万亿元",
            "地区生产总值",
            id="chongqing2020-predicate-not-item",
        ),
    ],
)
def test_a_list_item_that_is_only_a_verb(text, span, indicator):
    assert _by_text(text)[span]["indicator"] == indicator


@pytest.mark.parametrize(
    "text, span, indicator",
    [
        # a rank right after a growth figure ranks the growth rate; listed ranks follow listed rates
        pytest.param(
            REVIEW + "城乡居民人均可支配收入分别增长4.8%和6.5%，分别居全省第4位和第6位。",
            "第6位",
            "农村居民人均可支配收入增速",
            id="leshan2023-listed-ranks",
        ),
        pytest.param(
            REVIEW + "城乡居民人均可支配收入分别增长4.8%和6.5%，分别居全省第4位和第6位。",
            "第4位",
            "城镇居民人均可支配收入增速",
            id="leshan2023-listed-ranks-first",
        ),
        pytest.param(
            REVIEW + "全市生产总值增长8.1%，居全省第2位。", "第2位", "全市生产总值增速", id="corpus-rank-after-growth"
        ),
        # a rank after a level ranks the level
        pytest.param(
            REVIEW + "地区生产总值达到5000亿元，居全省第3位。",
            "第3位",
            "地区生产总值",
            id="constructed-rank-after-level",
        ),
    ],
)
def test_a_rank_after_a_growth_figure(text, span, indicator):
    assert _by_text(text)[span]["indicator"] == indicator


@pytest.mark.parametrize(
    "text, span, indicator",
    [
        # the share of a whole that goes to a use
        pytest.param(
            REVIEW + "财政支出的73.8%用于民生保障。", "73.8%", "财政支出用于民生保障", id="yunnan2017-share-used-for"
        ),
        pytest.param(
            REVIEW + "将全部财力的79%用于改善民生。", "79%", "全部财力用于改善民生", id="corpus-share-used-for"
        ),
        # a per-head basis: dropped right before the number, kept opening the name
        pytest.param(REVIEW + "食品检验量达到每千人5批次。", "5批次", "食品检验量", id="guangdong2020-per-head-basis"),
        pytest.param(
            REVIEW + "每千人拥有卫生机构床位数增加到8.61张。",
            "8.61张",
            "每千人拥有卫生机构床位数",
            id="zhengzhou2023-per-head-name",
        ),
        pytest.param(
            REVIEW + "每万人口发明专利拥有量达到12件。",
            "12件",
            "每万人口发明专利拥有量",
            id="constructed-per-head-name",
        ),
        # 拆除/培训 lead a phrase as verbs; a stock after 累计在册 counts the noun before
        pytest.param(
            PLAN + "力争拆除存量违法建筑200万平方米。", "200万平方米", "存量违法建筑", id="guilin2017-lead-verb"
        ),
        pytest.param(PLAN + "培训“粤菜师傅”1万人次以上。", "1万人次", "“粤菜师傅”", id="guangdong2020-lead-verb"),
        pytest.param(
            REVIEW + "新登记市场主体43.8万户，累计在册289.7万户。",
            "289.7万户",
            "在册市场主体",
            id="xian2023-stock-verb",
        ),
        # an adverb opening the phrase is no part of it
        pytest.param(
            REVIEW + "第一时间启动应急响应，及时转移安置群众37.8万人。", "37.8万人", "转移安置群众", id="corpus-jishi-1"
        ),
        pytest.param(
            REVIEW + "精准施策，及时转移受灾群众172万人次。", "172万人次", "转移受灾群众", id="corpus-jishi-2"
        ),
    ],
)
def test_shares_bases_and_lead_verbs(text, span, indicator):
    assert _by_text(text)[span]["indicator"] == indicator


@pytest.mark.parametrize(
    "text, span, indicator",
    [
        # the owner read up to the verb of a clause that holds a number
        pytest.param(
            REVIEW + "中欧班列实现每周9列常态化运行，出口货值增长31.2%。",
            "31.2%",
            "中欧班列出口货值",
            id="guangdong2020-owner-before-verb",
        ),
        pytest.param(
            REVIEW + "全市规模工业实现产值3250亿元，利润55亿元。", "55亿元", "规模工业利润", id="corpus-owner-listed"
        ),
    ],
)
def test_the_owner_of_a_clause_with_a_number(text, span, indicator):
    assert _by_text(text)[span]["indicator"] == indicator


@pytest.mark.parametrize(
    "text, span, indicator, measure, value_base",
    [
        # a full-width comma between digit groups is a thousands separator
        pytest.param(
            REVIEW + "粮食产量33，212万吨，比上年增加2，738万吨。",
            "33，212万吨",
            "粮食产量",
            "amount",
            3.3212e8,
            id="gov1980-thousands",
        ),
        pytest.param(
            REVIEW + "国内生产总值达到16，770亿元，比上年增长7%。",
            "16，770亿元",
            "国内生产总值",
            "amount",
            1.677e12,
            id="corpus-thousands",
        ),
        # a share of a whole after a figure: that figure's share
        pytest.param(
            REVIEW + "文化服务中心11559个，占全省行政村的72%。",
            "72%",
            "文化服务中心占全省行政村比重",
            "share",
            72.0,
            id="gansu2016-share-of-whole",
        ),
        pytest.param(
            REVIEW
            + "产业集聚区累计完成固定资产投资3620亿元，2013年实现主营业务收入1897亿元，占全市规模以上工业的59%。",
            "59%",
            "产业集聚区主营业务收入占全市规模以上工业比重",
            "share",
            59.0,
            id="nanyang2014-share-of-whole",
        ),
        # a rate listed after a price is a level
        pytest.param(
            PLAN + "CPI、城镇调查失业率分别控制在3.5%和5.5%以内。",
            "5.5%",
            "城镇调查失业率",
            "share",
            5.5,
            id="bazhong2022-rate-after-price",
        ),
        pytest.param(
            PLAN + "居民消费价格涨幅、城镇登记失业率分别控制在3%和4%以内。",
            "4%",
            "城镇登记失业率",
            "share",
            4.0,
            id="constructed-rate-after-price",
        ),
    ],
)
def test_separators_shares_and_rates(text, span, indicator, measure, value_base):
    f = _by_text(text)[span]
    assert (f["indicator"], f["measure"], f["value_base"]) == (indicator, measure, value_base)


@pytest.mark.parametrize(
    "text, span, indicator",
    [
        # 上年度 and 首次 are no part of the indicator
        pytest.param(
            PLAN + "不低于当地上年度农村居民人均可支配收入的60%。",
            "60%",
            "不低于当地农村居民人均可支配收入",
            id="guangdong2017-shang-niandu",
        ),
        pytest.param(
            REVIEW + "增加值占地区生产总值比重首次超过50%。", "50%", "增加值占地区生产总值比重", id="harbin2009-shouci"
        ),
        # a count, its qualifier and 的: the noun after is what it counts
        pytest.param(PLAN + "在试点区域内培育出25万家左右的“农家店”。", "25万家", "“农家店”", id="tibet2007-count-de"),
        pytest.param(REVIEW + "建成5个左右的乡镇综合文化站。", "5个", "乡镇综合文化站", id="constructed-count-de"),
        # 支持 leads; 落户 closes the counted noun
        pytest.param(REVIEW + "支持既有住宅加装电梯192部。", "192部", "既有住宅加装电梯", id="xianning2025-zhichi"),
        pytest.param(PLAN + "新增100家电商企业落户。", "100家", "落户电商企业", id="yongzhou2016-luohu"),
    ],
)
def test_last_sample_forms(text, span, indicator):
    assert _by_text(text)[span]["indicator"] == indicator


@pytest.mark.parametrize(
    "text, span, indicator",
    [
        # a level that passes a milestone (台阶, 大关) is of the subject before the verb of passing
        pytest.param(
            PLAN + "预计全年地区生产总值迈上9000亿元台阶，增长10%以上。",
            "9000亿元",
            "地区生产总值",
            id="chengdu2014-taijie",
        ),
        pytest.param(
            PLAN + "预计全年地区生产总值迈上9000亿元台阶，增长10%以上。",
            "10%",
            "地区生产总值",
            id="chengdu2014-after-taijie",
        ),
        pytest.param(
            REVIEW + "农林牧渔业总产值跨上300亿元台阶，年均增长4%。",
            "300亿元",
            "农林牧渔业总产值",
            id="nanchang2016-taijie",
        ),
        pytest.param(
            REVIEW + "粮食产量迈上1.4万亿斤大台阶，社会治理效能增强。", "1.4万亿斤", "粮食产量", id="plan15-da-taijie"
        ),
        # a rank reached by a rise (升至, 上升到, 提升到) is of what stands before the rise
        pytest.param(
            REVIEW + "一般公共预算收入从6598亿元提高到8039亿元，上升到全国第3位。",
            "第3位",
            "一般公共预算收入",
            id="zhejiang2023-shangshengdao",
        ),
        pytest.param(
            REVIEW + "厦漳港口实现一体化，集装箱吞吐量升至全球第19位。",
            "第19位",
            "集装箱吞吐量",
            id="xiamen2012-shengzhi",
        ),
        # a total right after what was added is the total of it; a share after it is of the thing
        pytest.param(
            PLAN + "新建高标准农田350万亩、总面积达到4612万亩，占耕地比重提高到64.8%。",
            "4612万亩",
            "高标准农田总面积",
            id="hubei2024-total-area",
        ),
        pytest.param(
            PLAN + "新建高标准农田350万亩、总面积达到4612万亩，占耕地比重提高到64.8%。",
            "64.8%",
            "高标准农田占耕地比重",
            id="hubei2024-share-of-total",
        ),
        pytest.param(
            REVIEW + "轨道交通新增运营里程66.6公里，总里程达到142公里，网络化运营格局初步形成。",
            "142公里",
            "运营总里程",
            id="beijing2008-total-length",
        ),
        # a harvest said of the owner leaves it the owner of its output
        pytest.param(REVIEW + "粮食稳产丰收，产量达到555.4亿斤。", "555.4亿斤", "粮食产量", id="hubei2024-harvest"),
        pytest.param(REVIEW + "粮食连获丰收，产量达125.9万吨。", "125.9万吨", "粮食产量", id="meishan2021-harvest"),
        # a count added, its noun after it, is of that noun, not of the things counted before
        pytest.param(
            REVIEW + "新开放了5个沿江城市、18个省会城市、13个沿边城市，增加了34个开放口岸，形成了全方位开放的新格局。",
            "34个",
            "开放口岸",
            id="gov1993-added-counted-after",
        ),
        pytest.param(
            REVIEW + "全市新型农村金融机构达到12家，增加5家村镇银行。",
            "5家",
            "村镇银行",
            id="constructed-added-counted-after",
        ),
        # a money threshold before a name stays in what the figure after the name measures
        pytest.param(
            PLAN + "储备省重点项目300个，超10亿元项目占比50%以上。",
            "50%",
            "超10亿元项目占比",
            id="zhengzhou2023-threshold",
        ),
        pytest.param(
            REVIEW + "新增主营收入超10亿元企业17家，总数达243家。",
            "17家",
            "主营收入超10亿元企业",
            id="dongguan2017-threshold",
        ),
        pytest.param(
            PLAN + "年营收3亿元以上工业企业研发机构覆盖率达80%。",
            "80%",
            "年营收3亿元以上工业企业研发机构覆盖率",
            id="nanchang2023-threshold-yishang",
        ),
        pytest.param(
            REVIEW + "新签约5000万元及以上项目356个，其中制造业项目占比62%。",
            "356个",
            "5000万元及以上项目",
            id="nanning2026-threshold-jiyishang",
        ),
        # (a name may open with an adjective or 重点, which jieba tags a verb)
        pytest.param(
            REVIEW + "全年实施5000万元以上重大工程项目1114个，完成投资1703亿元。",
            "1114个",
            "5000万元以上重大工程项目",
            id="zunyi2022-threshold-adjective",
        ),
        pytest.param(
            REVIEW + "开工建设10亿元以上重大产业项目26个。",
            "26个",
            "10亿元以上重大产业项目",
            id="shanghai2025-threshold-adjective",
        ),
        pytest.param(
            PLAN + "全年实施投资1000万元以上重点工业项目110个，总投资260亿元。",
            "110个",
            "投资1000万元以上重点工业项目",
            id="guilin2019-threshold-zhongdian",
        ),
        # … but a verb after the amount opens a clause of its own: no name carries the threshold
        pytest.param(PLAN + "投资超10亿元建设20个项目。", "20个", "项目", id="constructed-threshold-verb"),
    ],
)
def test_milestones_rises_and_thresholds_in_names(text, span, indicator):
    assert _by_text(text)[span]["indicator"] == indicator


@pytest.mark.parametrize(
    "text, span, indicator",
    [
        # a tail word jieba reads into the word before it is no part of the name (`占比达` -> 占 比达)
        pytest.param(
            REVIEW + "新增学前教育学位1.7万个，普惠性幼儿园占比达76%。",
            "76%",
            "普惠性幼儿园占比",
            id="foshan2019-zhanbida",
        ),
        pytest.param(
            REVIEW + "集体经济强村占比达70%、提高10个百分点。", "70%", "集体经济强村占比", id="hefei2024-zhanbida"
        ),
        pytest.param(
            REVIEW + "土壤环境质量总体稳定，受污染耕地、污染地块安全利用率均达90%以上。",
            "90%",
            "受污染耕地、污染地块安全利用率",
            id="nanchang2023-junda",
        ),
        pytest.param(
            PLAN + "城乡居民基本养老、基本医疗保险参保率均达98%以上。",
            "98%",
            "城乡居民基本养老、基本医疗保险参保率",
            id="nanning2021-junda",
        ),
        pytest.param(REVIEW + "新增省、市级农业龙头企业各2家。", "2家", "省、市级农业龙头企业", id="dongguan2010-ge"),
        pytest.param(
            PLAN + "新建基层慢病筛防中心和精神科门诊各12家。",
            "12家",
            "基层慢病筛防中心和精神科门诊",
            id="nanjing2026-ge",
        ),
        # a lead verb jieba joins to the adverb before it leads all the same (`全面完成`, `全面落实了`)
        pytest.param(
            REVIEW + "加快城乡水利防灾减灾工程建设，全面完成第一批208项，基本完成第二批158项。",
            "158项",
            "第二批",
            id="dongguan2008-joined-lead",
        ),
        pytest.param(
            REVIEW + "投入财政资金237亿元，全面落实了58件重要实事。", "58件", "重要实事", id="beijing2011-joined-lead"
        ),
        # (but 基本建设 is a noun)
        pytest.param(
            REVIEW + "在全民所有制单位固定资产投资中，基本建设投资555亿元，比上年增加112亿元。",
            "555亿元",
            "基本建设投资",
            id="communique-capital-construction",
        ),
        # (建设投资 is investment in construction: its 建设 opens nothing)
        pytest.param(
            PLAN + "拟安排中央预算内经常性建设投资804亿元，比去年预算增加250亿元。",
            "804亿元",
            "中央预算内经常性建设投资",
            id="gov2007-construction-investment",
        ),
        pytest.param(
            REVIEW + "平陆运河（南宁段）建设投资完成90%。",
            "90%",
            "平陆运河（南宁段）建设投资",
            id="nanning2026-canal-investment",
        ),
        # (抽水蓄能 is one word, not 抽水 / 蓄 / 能)
        pytest.param(
            REVIEW + "开工8个抽水蓄能项目，数量和规模均居全国第一。",
            "8个",
            "抽水蓄能项目",
            id="gansu2024-pumped-storage",
        ),
        pytest.param(
            PLAN + "加快推进涉县连泉、西达和磁县红铜沟3个抽水蓄能项目前期工作，力争尽早核准开工建设。",
            "3个",
            "抽水蓄能项目前期工作",
            id="handan2023-pumped-storage",
        ),
        # listed shares of one whole share the tail from the attribute before 占
        pytest.param(
            REVIEW + "高新技术产业、装备制造业、战略性新兴产业增加值占规上工业比重分别达到52.4%、29.7%和39.7%。",
            "29.7%",
            "装备制造业增加值占规上工业比重",
            id="jiaxing2019-share-tail",
        ),
        pytest.param(
            REVIEW + "高新技术产业、六大高成长性制造业增加值占规上工业比重分别达到43.9%和33.8%。",
            "43.9%",
            "高新技术产业增加值占规上工业比重",
            id="luoyang2022-share-tail",
        ),
        # items that are only verbs share the noun of the last item, each keeping its verb
        pytest.param(
            PLAN + "新开工、竣工亿元以上产业项目分别突破360个和300个。",
            "360个",
            "新开工亿元以上产业项目",
            id="jiaxing2020-verb-items",
        ),
        pytest.param(
            REVIEW + "全市新增开工、竣工、投产项目分别为162个、155个、180个。",
            "155个",
            "竣工项目",
            id="zhaoqing2023-verb-items",
        ),
        # one-word items parallel to the first word of the last item share what follows it
        pytest.param(
            PLAN + "城镇、农村居民人均可支配收入分别增长6.5%、8%。",
            "6.5%",
            "城镇居民人均可支配收入",
            id="guilin2020-parallel",
        ),
        pytest.param(
            REVIEW + "广播、电视人口覆盖率分别达到93％和94％。", "93％", "广播人口覆盖率", id="shaanxi2006-parallel"
        ),
        # … but not when the last item's first word is longer (天然气) or the items share a suffix (级)
        pytest.param(
            REVIEW + "煤炭、原油、天然气产量达到5875万吨、1090万吨、5.2亿立方米。",
            "5875万吨",
            "煤炭产量",
            id="gansu2023-not-parallel",
        ),
        pytest.param(
            REVIEW + "分别新增国家级、自治区级农业产业化重点龙头企业3家、5家。",
            "5家",
            "自治区级农业产业化重点龙头企业",
            id="nanning2020-not-parallel",
        ),
        # ordinal numerals, with or without 第 on every item
        pytest.param(
            REVIEW + "第一、第二和第三产业增加值占国内生产总值的比重分别为11.8%、48.7%和39.5%。",
            "39.5%",
            "第三产业增加值占国内生产总值的比重",
            id="communique2006-ordinals",
        ),
        pytest.param(
            REVIEW + "第一、第二和第三产业增加值占国内生产总值的比重分别为12.4%、47.3%和40.3%。",
            "12.4%",
            "第一产业增加值占国内生产总值的比重",
            id="communique2005-ordinals",
        ),
    ],
)
def test_items_of_lists(text, span, indicator):
    assert _by_text(text)[span]["indicator"] == indicator


@pytest.mark.parametrize(
    "text, span, indicator",
    [
        # a verb closing the first item closes the next one too (`…新开工300个、完工100个`)
        pytest.param(
            PLAN + "老旧小区综合整治新开工300个、完工100个。",
            "100个",
            "老旧小区综合整治完工",
            id="beijing2023-item-verb",
        ),
        pytest.param(
            REVIEW + "亿元以上产业项目新开工230个、竣工175个。",
            "175个",
            "亿元以上产业项目竣工",
            id="yancheng2020-item-verb",
        ),
        # 未来产业 is one noun, not a time word and a noun
        pytest.param(
            PLAN + "加快未来网络、虚拟现实等6个省级未来产业先行集聚区建设。",
            "6个",
            "省级未来产业先行集聚区",
            id="nanjing2025-weilai",
        ),
        pytest.param(PLAN + "推动15个省级未来产业集群加快壮大。", "15个", "省级未来产业集群", id="shandong2024-weilai"),
        # money after a verb and before 的 is the amount of the noun after 的
        pytest.param(
            REVIEW + "放大融资担保平台的效应，共为288家企业提供11.15亿元的融资支持。",
            "11.15亿元",
            "融资支持",
            id="haikou2010-money-de",
        ),
        pytest.param(PLAN + "设立1亿元的海洋科创基金。", "1亿元", "海洋科创基金", id="qingdao2026-money-de"),
        # 引育 leads
        pytest.param(PLAN + "引育行业领军企业5家以上。", "5家", "行业领军企业", id="hefei2026-yinyu"),
        pytest.param(
            PLAN + "引育河洛青年创新创业人才50名。",
            "50名",
            "河洛青年创新创业人才",
            id="luoyang2023-yinyu",
        ),
    ],
)
def test_item_verbs_compounds_and_money_objects(text, span, indicator):
    assert _by_text(text)[span]["indicator"] == indicator


@pytest.mark.parametrize(
    "text, span, indicator",
    [
        # a rank after a count of the peers is of what stands before the rank verb
        pytest.param(
            REVIEW + "网上政务服务能力居全国32个重点城市第10位。",
            "第10位",
            "网上政务服务能力",
            id="harbin2020-rank-peers",
        ),
        pytest.param(REVIEW + "营商环境水平居全国296个城市第73位。", "第73位", "营商环境水平", id="corpus-rank-peers"),
        # a percentage does not read its noun across `、` (`年均增长8.3%、居全省第1位`)
        pytest.param(
            REVIEW + "经济总量五年跨越8个百亿元台阶，年均增长8.3%、居全省第1位。",
            "8.3%",
            "经济总量",
            id="bozhou2021-no-noun-across",
        ),
        pytest.param(
            REVIEW + "国家高新技术企业从171家增加到298家、居全省第3。",
            "298家",
            "国家高新技术企业",
            id="deyang2022-no-noun-across",
        ),
        # … but two counts in one unit share the noun after the second (`新建74座、改扩建49座旅游厕所`)
        pytest.param(
            PLAN + "做好四篇文章，提升53条、新打造10条市级沟域生态经济示范带。",
            "53条",
            "市级沟域生态经济示范带",
            id="luoyang2021-parallel-counts",
        ),
        pytest.param(REVIEW + "新建74座、改扩建49座旅游厕所。", "74座", "旅游厕所", id="meizhou2016-parallel-counts"),
        # a level reached by a change (降到, 减为) is of the subject before the change
        pytest.param(REVIEW + "市政府工作部门由55个减为41个。", "41个", "市政府工作部门", id="guangzhou2002-jianwei"),
        pytest.param(REVIEW + "市级行政机构由56个减为46个。", "46个", "市级行政机构", id="wuhan2012-jianwei"),
        # a parenthesis the phrase does not open closes no name
        pytest.param(
            REVIEW + "占财政总支出的15.9%（其中1985年为16.8%），比五五计划时期的11%提高了4.9%。",
            "16.8%",
            "占财政总支出",
            id="plan1981-parenthesis",
        ),
    ],
)
def test_ranks_levels_and_parentheses(text, span, indicator):
    assert _by_text(text)[span]["indicator"] == indicator


@pytest.mark.parametrize(
    "text, span, indicator",
    [
        # nouns joined by 、 after a count, with no number after them, are all counted
        pytest.param(
            PLAN + "新建200个智能车间、智能工厂，数字经济规模增长10%。",
            "200个",
            "智能车间、智能工厂",
            id="henan2026-coordinated",
        ),
        pytest.param(
            REVIEW + "新改扩建73所公办中小学、幼儿园，新增学位5万个。",
            "73所",
            "公办中小学、幼儿园",
            id="dongguan2022-coordinated",
        ),
        # … not a verb after 、 (the next clause), nor a noun with its own count
        pytest.param(
            PLAN + "新建200个智能车间、推进企业上云。", "200个", "智能车间", id="constructed-coordinated-verb"
        ),
        pytest.param(PLAN + "培育10家龙头企业、专精特新企业20家。", "20家", "专精特新企业", id="constructed-own-count"),
    ],
)
def test_coordinated_counted_nouns(text, span, indicator):
    assert _by_text(text)[span]["indicator"] == indicator


@pytest.mark.parametrize(
    "text, span, indicator",
    [
        # an item that is only a level of government counts the noun of the item before at its level
        pytest.param(
            REVIEW + "国家级农业产业化龙头企业增至4家、省级88家。",
            "88家",
            "省级农业产业化龙头企业",
            id="huanggang2022-level-item",
        ),
        pytest.param(
            REVIEW + "创建国家级现代农业产业园1个、省级3个。", "3个", "省级现代农业产业园", id="taian2020-level-item"
        ),
        # 占比 after a growth rate is that quantity's share, not a share of a whole named 比…
        pytest.param(
            REVIEW + "民间投资增长13.5%、占比提高到62.1%。", "62.1%", "民间投资占比", id="guangdong2017-zhanbi"
        ),
        pytest.param(
            REVIEW + "六大重点产业产值年均增长13.2%、占比提高到70%。",
            "70%",
            "六大重点产业产值占比",
            id="guiyang2026-zhanbi",
        ),
        # 按可比价 only says how the growth was computed
        pytest.param(
            REVIEW + "预计全省生产总值3500亿元，按可比价比上年增长13.2%。",
            "13.2%",
            "全省生产总值",
            id="jiangxi2005-kebijia",
        ),
        pytest.param(
            REVIEW + "国内生产总值（现价）360亿元，按可比价增长7.5%。",
            "7.5%",
            "国内生产总值（现价）",
            id="taiyuan2000-kebijia",
        ),
        # a list's number opening the phrase is no part of the name
        pytest.param(
            REVIEW + "（9）康复服务残疾人1.9万人，托养服务2300人。", "1.9万人", "康复服务残疾人", id="heze2024-enum"
        ),
        pytest.param(PLAN + "（10）新增城镇就业15500人。", "15500人", "新增城镇就业", id="ziyang2021-enum"),
        # one item of a list that names two (城乡) gives two of its figures
        pytest.param(
            REVIEW + "地区生产总值、城乡居民人均可支配收入分别完成215.4亿元、38100元、15874元。",
            "15874元",
            "农村居民人均可支配收入",
            id="shannan2021-paired-item",
        ),
        pytest.param(
            REVIEW
            + "固定资产投资、社会消费品零售总额、公共财政预算收入、城乡居民人均可支配收入分别达2154.7亿元、"
            + "1020.6亿元、302.8亿元、25202元和 12091元，年均分别增长27.7%、14.4%、16.7%、10.8%和13.9%。",
            "10.8%",
            "城镇居民人均可支配收入",
            id="yueyang2016-paired-item",
        ),
    ],
)
def test_levels_shares_and_list_numbers(text, span, indicator):
    assert _by_text(text)[span]["indicator"] == indicator


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(PLAN + "打造中心城区15分钟文化惠民服务圈。", id="hulunbuir2022-circle"),
        pytest.param(PLAN + "打造“15分钟医保便民服务圈”。", id="hulunbuir2023-circle"),
    ],
)
def test_a_service_circle_is_no_figure(text):
    assert not [f for f in figures_of(text) if f["text"].startswith("15")]


@pytest.mark.parametrize(
    "text, span, indicator",
    [
        # a place before a count whose noun follows opens what is counted there
        pytest.param(REVIEW + "完成农村5.8万座户厕改造。", "5.8万座", "农村户厕", id="wuhan2017-scope"),
        pytest.param(
            PLAN + "完成中心城区110公里燃气老旧管网改造。", "110公里", "中心城区燃气老旧管网", id="ganzhou2022-scope"
        ),
        pytest.param(REVIEW + "城区33条水体消除黑臭。", "33条", "城区水体消除黑臭", id="maanshan2020-scope"),
        # a level reached (下降至) closes no name
        pytest.param(
            REVIEW + "规上工业资产负债率下降至53.4%。", "53.4%", "规上工业资产负债率", id="wuxi2017-xiajiangzhi"
        ),
        pytest.param(
            REVIEW + "非法集资案件“双下降”，商业性银行不良贷款率下降至1.9%。",
            "1.9%",
            "商业性银行不良贷款率",
            id="jingmen2020-xiajiangzhi",
        ),
        # 新时代 is one word: the lead word 新 does not fall off it
        pytest.param(
            PLAN + "努力打造10个新时代美丽城镇示范镇。", "10个", "新时代美丽城镇示范镇", id="hangzhou2019-xinshidai"
        ),
        pytest.param(
            PLAN + "实施190个新时代美丽乡村建设项目。", "190个", "新时代美丽乡村建设项目", id="jiaxing2021-xinshidai"
        ),
    ],
)
def test_places_levels_reached_and_compounds(text, span, indicator):
    assert _by_text(text)[span]["indicator"] == indicator


@pytest.mark.parametrize(
    "text, span, indicator",
    [
        # how a growth target is put (按…安排, 可比, 高于全省…、达到) is no part of what grows
        pytest.param(
            PLAN + "今年经济社会发展主要预期目标是：地区生产总值按增长5%安排，在实际工作中努力争取更好结果。",
            "5%",
            "地区生产总值",
            id="jiangsu2026-an-anpai",
        ),
        pytest.param(
            PLAN + "经济社会发展的主要预期目标是：地区生产总值增速高于全省1个百分点，按增长7%以上安排。",
            "7%",
            "地区生产总值",
            id="aba2023-an-anpai",
        ),
        pytest.param(
            PLAN + "主要预期目标是：生产总值增速高于全省两个百分点、达到13%左右，全社会固定资产投资增长26%。",
            "13%",
            "生产总值",
            id="baoji2014-above-province",
        ),
        pytest.param(
            PLAN + "全市经济社会发展主要预期目标是:地区生产总值增速高于省平1个百分点、增长6.5%以上。",
            "6.5%",
            "地区生产总值",
            id="deyang2025-above-average",
        ),
        pytest.param(
            PLAN + "主要预期目标：地区生产总值可比增长10%，规模工业增加值增长12%。",
            "10%",
            "地区生产总值",
            id="jilin2014-kebi",
        ),
        pytest.param(
            PLAN + "主要预期目标是，地区生产总值可比增长9%，地方级财政收入力争与经济增长同步。",
            "9%",
            "地区生产总值",
            id="liaoyuan2014-kebi",
        ),
    ],
)
def test_how_growth_targets_are_put(text, span, indicator):
    f = _by_text(text)[span]
    assert f["indicator"] == indicator and f["indicator_code"] == "gdp"


@pytest.mark.parametrize(
    "text, span, indicator",
    [
        # a clause with 的 before a count of households or people picks out what it counts
        pytest.param(
            REVIEW + "“十三五”易地扶贫搬迁的10749户建档立卡户全部搬迁入住。",
            "10749户",
            "搬迁入住建档立卡户",
            id="tianshui2020-de-hu",
        ),
        pytest.param(
            REVIEW + "发挥好聘请的121名院士专家和柳林能源专家的作用。",
            "121名",
            "院士专家和柳林能源专家",  # (the count covers the coordinated noun phrase)
            id="lvliang2020-de-ming",
        ),
        # 进行了 is a dummy verb: what is done follows it, and the counted noun stays whole
        pytest.param(
            REVIEW + "对全省1043个农村合作基金会进行了全面清理整顿。",
            "1043个",
            "农村合作基金会",
            id="zhejiang2000-jinxingle",
        ),
        pytest.param(
            REVIEW + "对25所农村义务教育薄弱学校进行了改造。",
            "25所",
            "农村义务教育薄弱学校",
            id="liaoyang2016-jinxingle",
        ),
        # an adverb left before a dropped predicate closes no name
        pytest.param(
            REVIEW + "投资结构得到改善，第三产业投资明显加快，同比增长48.9%。",
            "48.9%",
            "第三产业投资",
            id="hubei2010-mingxian",
        ),
        pytest.param(REVIEW + "工业投资大幅增长，同比增长20%。", "20%", "工业投资", id="constructed-dafu"),
    ],
)
def test_clauses_dummy_verbs_and_adverbs(text, span, indicator):
    assert _by_text(text)[span]["indicator"] == indicator


@pytest.mark.parametrize(
    "text, span, indicator",
    [
        # 连跨 passes milestones like 迈上; a new stage (新阶段) is a milestone too
        pytest.param(REVIEW + "生产总值连跨三个千亿台阶，年均增长10.1%。", "10.1%", "生产总值", id="hefei2016-liankua"),
        pytest.param(
            REVIEW + "全市地区生产总值连跨3个千亿元台阶，全国排名前移8个位次。",
            "3个",
            "地区生产总值",
            id="changzhou2022-liankua",
        ),
        pytest.param(
            REVIEW + "全市生产总值增长5%，城市经济规模进入了5万亿元以上的新阶段。",
            "5万亿元",
            "城市经济规模",
            id="shanghai2025-new-stage",
        ),
        # a number stuck before a name in a flattened table row is no part of the name; 5G stays
        pytest.param(REVIEW + "15.0黄红麻108.9万吨。", "108.9万吨", "黄红麻", id="constructed-table-row"),
        pytest.param(PLAN + "新建5G基站1000个。", "1000个", "5G基站", id="luoyang-5g"),
    ],
)
def test_milestone_verbs_and_stuck_numbers(text, span, indicator):
    assert _by_text(text)[span]["indicator"] == indicator


@pytest.mark.parametrize(
    "text, span, indicator",
    [
        # each verb of a list keeps 新 (新签约、新开工、新投产…)
        pytest.param(
            PLAN + "新签约、新开工、新投产亿元以上项目分别超50个、40个、30个。",
            "50个",
            "新签约亿元以上项目",
            id="chuzhou2020-new-verbs",
        ),
        pytest.param(
            PLAN + "新签约、新开工、新投产亿元以上项目分别超50个、40个、30个。",
            "30个",
            "新投产亿元以上项目",
            id="chuzhou2020-new-verbs-last",
        ),
        # 发展到 reaches a level; 比…前 compares
        pytest.param(
            REVIEW + "全市肉牛、肉羊、白鹅养殖量分别发展到150万头、600万只、450万只。",
            "450万只",
            "白鹅养殖量",
            id="baicheng2025-fazhandao",
        ),
        pytest.param(
            REVIEW + "农民专业合作社、家庭农场分别发展到7566个、4902个。",
            "4902个",
            "家庭农场",
            id="siping2022-fazhandao",
        ),
        pytest.param(
            REVIEW + "预计全市地区生产总值增长5%，比四年前增长19.1%。",
            "19.1%",
            "地区生产总值",
            id="chaoyang2022-bi-qian",
        ),
        # 片 is a unit: the figure before 、 does not run into the next item
        pytest.param(PLAN + "新建各类球场80片、健身路径170套。", "170套", "健身路径", id="lianyungang2021-pian"),
    ],
)
def test_verbs_levels_and_units_in_lists(text, span, indicator):
    assert _by_text(text)[span]["indicator"] == indicator


@pytest.mark.parametrize(
    "text, span, indicator",
    [
        # how a task is done (高质量, 高标准) leads the verb, not what is counted
        pytest.param(PLAN + "高质量完成628个边境小康村建设任务。", "628个", "边境小康村", id="tibet2018-gaozhiliang"),
        pytest.param(
            PLAN + "高标准建设4个国家外贸转型升级基地。", "4个", "国家外贸转型升级基地", id="luoyang2022-gaobiaozhun"
        ),
    ],
)
def test_manner_before_the_verb(text, span, indicator):
    assert _by_text(text)[span]["indicator"] == indicator


@pytest.mark.parametrize(
    "text, span, indicator",
    [
        # a verb right after a quoted name is part of the name (`“三化”改造重点项目`)
        pytest.param(
            REVIEW + "培育链主企业101家，实施“三化”改造重点项目719个。",
            "719个",
            "“三化”改造重点项目",
            id="gansu2023-quoted-verb",
        ),
        pytest.param(REVIEW + "完成“五化”提升村庄1555个。", "1555个", "“五化”提升村庄", id="hengshui2024-quoted-verb"),
    ],
)
def test_a_verb_after_a_quoted_name(text, span, indicator):
    assert _by_text(text)[span]["indicator"] == indicator


@pytest.mark.parametrize(
    "text, span, indicator",
    [
        # 均 before the predicate says the figure holds for each, it is no part of the name
        pytest.param(
            REVIEW + "社会消费品零售总额增长7.8%，城乡常住居民人均可支配收入均增长7.6%。",
            "7.6%",
            "城乡常住居民人均可支配收入",
            id="hohhot2016-jun",
        ),
        pytest.param(
            PLAN + "地方财政收入增长9%；万元地区生产总值能耗、水耗均下降4%。",
            "4%",
            "万元地区生产总值能耗、水耗",
            id="beijing2010-jun",
        ),
    ],
)
def test_jun_closes_no_name(text, span, indicator):
    assert _by_text(text)[span]["indicator"] == indicator


@pytest.mark.parametrize(
    "text, span, indicator",
    [
        # a clause opened by 具有/符合… and closed by 的 picks out the counted noun after it
        pytest.param(
            PLAN + "整村建设50个具有金陵村韵的和美乡村。", "50个", "具有金陵村韵的和美乡村", id="nanjing2025-clause-de"
        ),
        pytest.param(
            PLAN + "建设4个具有较高知名度的产业小镇。", "4个", "具有较高知名度的产业小镇", id="bozhou2022-clause-de"
        ),
        # the attribute before the next number is that number's (`…项目总投资280.1亿元`)
        pytest.param(
            REVIEW + "10个在建智算中心项目总投资280.1亿元。", "10个", "在建智算中心项目", id="qingyang2025-attr-next"
        ),
        pytest.param(
            PLAN + "今年150个重点项目总投资4523.5亿元，年度投资689亿元。",
            "150个",
            "重点项目",
            id="xianyang2014-attr-next",
        ),
        # 新创建 leads; 近五年 is when
        pytest.param(REVIEW + "新创建70个中国传统村落。", "70个", "中国传统村落", id="jiangxi2024-xinchuangjian"),
        pytest.param(
            REVIEW + "新创建10个市级现代农业产业园。", "10个", "市级现代农业产业园", id="zhumadian2021-xinchuangjian"
        ),
        pytest.param(
            REVIEW + "连续部署推进“十大重点民生实事”，近五年累计投入资金2562亿元。",
            "2562亿元",
            "投入资金",
            id="hunan2026-jinwunian",
        ),
    ],
)
def test_clauses_attributes_and_leads(text, span, indicator):
    assert _by_text(text)[span]["indicator"] == indicator


@pytest.mark.parametrize(
    "text, span, indicator",
    [
        # an attribute of the whole batch without 、 (`5个年度计划总投资18亿元的文旅产业项目`)
        pytest.param(
            PLAN + "澳龙文旅总部基地、新疆玉文化公园等5个年度计划总投资18亿元的文旅产业项目建设。",
            "5个",
            "文旅产业项目",
            id="urumqi2024-attr-batch",
        ),
        pytest.param(PLAN + "实施55个总投资14.6亿元的海绵项目。", "55个", "海绵项目", id="sanming2025-attr-batch"),
        # a number before an age or a period is part of the name (`50岁以下的教师`)
        pytest.param(REVIEW + "50岁以下的教师近80%。", "80%", "50岁以下的教师", id="dongguan2003-age-kept"),
    ],
)
def test_batch_attributes_and_ages(text, span, indicator):
    assert _by_text(text)[span]["indicator"] == indicator


@pytest.mark.parametrize(
    "text, span, indicator",
    [
        # what was done for the people counted follows them with 的 (`解决253万人的饮水安全问题`)
        pytest.param(
            REVIEW + "新建户用沼气池3万个，解决了22.5万人的饮水安全问题。",
            "22.5万人",
            "解决饮水安全问题",
            id="ningxia2007-jiejue",
        ),
        pytest.param(REVIEW + "解决40万人的温饱问题。", "40万人", "解决温饱问题", id="shaanxi2006-jiejue"),
    ],
)
def test_done_for_the_people_counted(text, span, indicator):
    assert _by_text(text)[span]["indicator"] == indicator


@pytest.mark.parametrize(
    "text, span, indicator",
    [
        # a rank or an entry (居, 进入) can open the clause that picks out what is counted
        pytest.param(
            PLAN + "培植100种居全国前三位的重点优势产品。",
            "100种",
            "居全国前三位的重点优势产品",
            id="shandong2006-ju-clause",
        ),
        pytest.param(
            PLAN + "培育20家位居行业前列的龙头企业。", "20家", "位居行业前列的龙头企业", id="constructed-weiju-clause"
        ),
    ],
)
def test_rank_and_entry_clauses(text, span, indicator):
    assert _by_text(text)[span]["indicator"] == indicator


@pytest.mark.parametrize(
    "text, span, indicator",
    [
        # the attribute the clause after a batch's count opens on is the batch's (`…项目240个、金额…`)
        pytest.param(
            REVIEW + "在全国率先举办公益文化项目招商，三年共成交项目240个、金额1.77亿元。",
            "1.77亿元",
            "成交项目金额",
            id="dongguan2007-batch-amount",
        ),
        pytest.param(
            REVIEW + "新片区新设企业4025家，签约重点项目168个、总投资821.9亿元。",
            "821.9亿元",
            "签约重点项目总投资",
            id="shanghai2020-batch-total",
        ),
        pytest.param(
            REVIEW + "积极推进科技成果转化，输出技术合同229项，交易额2.5亿元。",
            "2.5亿元",
            "输出技术合同交易额",
            id="urumqi2021-batch-comma",
        ),
        pytest.param(
            REVIEW + "城建项目477项，完成投资220.9亿元，增长16.44%。",
            "220.9亿元",
            "城建项目投资",
            id="nanning2014-batch-done",
        ),
        # a batch named at length leaves the attribute bare
        pytest.param(
            REVIEW + "文创产业园新引进企业648家，完成投资65亿元。", "65亿元", "投资", id="corpus-batch-long-owner"
        ),
        # a span of years in Chinese numerals opens the phrase as when, not as what (`三年共成交`)
        pytest.param(
            REVIEW + "在全国率先举办公益文化项目招商，三年共成交项目240个、金额1.77亿元。",
            "240个",
            "成交项目",
            id="dongguan2007-years-span",
        ),
        pytest.param(
            REVIEW + "持续推进国家级创业型城市建设，六年新增城镇就业14.4万人。",
            "14.4万人",
            "新增城镇就业",
            id="shuozhou2016-years-span",
        ),
    ],
)
def test_a_batch_owns_the_attribute_after_its_count(text, span, indicator):
    assert _by_text(text)[span]["indicator"] == indicator


@pytest.mark.parametrize(
    "text, span, indicator",
    [
        # a field of work named by a verb owns what the realization verb after it yields (`…建设完成投资`)
        pytest.param(
            REVIEW + "海绵城市建设完成投资18.6亿元。", "18.6亿元", "海绵城市建设投资", id="maanshan2023-domain"
        ),
        pytest.param(REVIEW + "农村电网改造完成投资3.5亿元。", "3.5亿元", "农村电网改造投资", id="bozhou2016-domain"),
        pytest.param(REVIEW + "全省公路建设完成投资291亿元。", "291亿元", "公路建设投资", id="yunnan2009-domain"),
        # a topic opened by 方面 owns the attribute of the clause after it
        pytest.param(REVIEW + "大交通方面，完成投资70亿元。", "70亿元", "大交通投资", id="sanmenxia2014-topic"),
        pytest.param(
            PLAN + "产业升级方面，力争完成投资1200亿元以上，进一步提升产业竞争力。",
            "1200亿元",
            "产业升级投资",
            id="henan2010-topic",
        ),
        # a bare sibling listed after its pair shares the owner (`收入…、支出…`, `存款余额…、贷款余额…`)
        pytest.param(
            REVIEW + "公共财政预算收入92.2亿元、支出216.8亿元。",
            "216.8亿元",
            "公共财政预算支出",
            id="anyang2014-sibling",
        ),
        pytest.param(
            REVIEW + "金融机构存款余额3995亿元、贷款余额2168亿元。",
            "2168亿元",
            "金融机构贷款余额",
            id="huanggang2021-sibling",
        ),
        # 全面 before the predicate ends what is counted
        pytest.param(REVIEW + "22项为民办实事项目全面完成。", "22项", "为民办实事项目", id="sanming2016-quanmian"),
        pytest.param(
            REVIEW + "丽江、香格里拉等6个机场改扩建工程全面推进。", "6个", "机场改扩建工程", id="yunnan2009-quanmian"
        ),
    ],
)
def test_domains_topics_siblings_and_quanmian(text, span, indicator):
    assert _by_text(text)[span]["indicator"] == indicator


@pytest.mark.parametrize(
    "text, span, indicator",
    [
        # a level widened `由A扩展到B`: both ends are the quantity named before 由
        pytest.param(
            REVIEW + "建成区面积由2007年的150平方公里扩展到230平方公里。",
            "230平方公里",
            "建成区面积",
            id="hohhot2013-kuozhan",
        ),
        pytest.param(
            REVIEW + "城市建成区面积由619平方公里拓展到773平方公里，城镇化率达到82.3%。",
            "773平方公里",
            "城市建成区面积",
            id="nanjing2018-tuozhan",
        ),
        # `存、贷款余额分别…`: one character each, the pair named in full per item
        pytest.param(
            REVIEW + "全市金融机构本外币存、贷款余额分别为6381亿元和5844亿元。",
            "6381亿元",
            "金融机构本外币存款余额",
            id="xiamen2014-cun-dai",
        ),
        pytest.param(
            REVIEW + "2011年末，金融机构本外币存、贷款余额分别达到4468亿元和3071亿元。",
            "3071亿元",
            "金融机构本外币贷款余额",
            id="yantai2012-cun-dai",
        ),
        # a count in Chinese numerals after 的 leaves the batch's attribute bare, as one in digits does
        pytest.param(
            PLAN + "大力推进总投资500亿元的十个工业重点技术改造项目。", "500亿元", "总投资", id="yantai2012-batch-cn"
        ),
        pytest.param(PLAN + "实施总投资80亿元的两个产业项目。", "80亿元", "总投资", id="constructed-batch-cn"),
        # a sum before 的 and a named thing, nothing named before it: the thing's size
        pytest.param(
            REVIEW + "创新城镇化建设投融资机制，组建全省首家100亿元的浦银中建城市运营发展基金。",
            "100亿元",
            "浦银中建城市运营发展基金",
            id="anyang2016-sized",
        ),
        pytest.param(
            REVIEW + "实施了总投资44.58亿元的交通基础设施项目、3.18亿元的水利基础设施项目。",
            "3.18亿元",
            "水利基础设施项目",
            id="guiyang2012-sized",
        ),
        # … but an attribute named before (`总规模为`) keeps it
        pytest.param(
            REVIEW + "推动总规模为830亿元的南宁城市发展基金落地。", "830亿元", "总规模", id="nanning-sized-attribute"
        ),
    ],
)
def test_levels_widened_pairs_batches_and_sizes(text, span, indicator):
    assert _by_text(text)[span]["indicator"] == indicator


@pytest.mark.parametrize(
    "text, span, indicator",
    [
        # a list inside short parentheses glosses one name (`县（市、区）`), it lists no items
        pytest.param(
            REVIEW + "2489个县（市、区）实施了新型农村合作医疗。", "2489个", "县（市、区）", id="stats2013-gloss"
        ),
        pytest.param(
            REVIEW + "全市12个县（市、区）土地承包（延包）合同签订率达90%以上。",
            "90%",
            "县（市、区）土地承包（延包）合同签订率",
            id="nanning2025-gloss",
        ),
        # a unit glossed in parentheses (`万套（户）`, `万套（间）`): the gloss is the unit's, written inside it
        pytest.param(
            PLAN + "新开工7.85万套（户）棚户区改造。", "7.85万套（户）", "棚户区", id="guangdong2016-unit-gloss"
        ),
        pytest.param(
            REVIEW + "建设筹措保障性租赁住房7.4万套（间）、累计达到61万套（间）。",
            "61万套（间）",
            "筹措保障性租赁住房",
            id="shanghai2026-unit-gloss",
        ),
        # a verb between what is counted and the next number governs that number (`…村建造100个…`)
        pytest.param(
            REVIEW + "市区县为204个集体经济薄弱村建造100个标准厂房。", "204个", "集体经济薄弱村", id="nanjing2013-verb"
        ),
        pytest.param(REVIEW + "7所市级职业学校增设19个专业。", "7所", "市级职业学校", id="nanchang2020-verb"),
        pytest.param(REVIEW + "968个项目已完工137个。", "968个", "项目", id="foshan2018-verb-adverb"),
    ],
)
def test_glosses_and_verbs_before_the_next_number(text, span, indicator):
    assert _by_text(text)[span]["indicator"] == indicator


@pytest.mark.parametrize(
    "text, span, indicator",
    [
        # a conversion (`约合`, `折合`) is the same quantity, as is the growth after it
        pytest.param(
            REVIEW + "人均生产总值9.5万元，约合1.5万美元，增长6.1%。",
            "1.5万美元",
            "人均生产总值",
            id="zhuhai2013-yuehe",
        ),
        pytest.param(
            REVIEW + "按常住人口计算，人均生产总值50207元（折合6276美元），增长18.2%。",
            "18.2%",
            "人均生产总值",
            id="foshan2007-zhehe",
        ),
        # 外资/内资 are siblings: the one listed second shares the owner of the first
        pytest.param(
            REVIEW + "全市实际吸收外资26亿美元、内资122亿元，分别增长6%和42.4%。",
            "122亿元",
            "实际吸收内资",
            id="dongguan2010-sibling",
        ),
        pytest.param(
            REVIEW + "实际利用内资3387亿元、外资45亿美元。", "45亿美元", "实际利用外资", id="nanjing2021-sibling"
        ),
        # a clause of an owned attribute and its verb alone, after a figure of the same owner
        pytest.param(
            REVIEW + "高新技术企业和创新型企业发展到710家，产值达到1800亿元，增加值达到550亿元，增长30%以上。",
            "550亿元",
            "高新技术企业和创新型企业增加值",
            id="hefei2010-listed-verb",
        ),
        pytest.param(
            REVIEW + "高新技术企业总数达到3300家，增加值突破5000亿元。",
            "5000亿元",
            "高新技术企业增加值",
            id="hubei2016-batch-count-word",
        ),
        # 自然增长率 is a level of the year (a share), not growth
        pytest.param(
            PLAN + "户籍人口自然增长率控制在9.8‰以内。", "9.8‰", "户籍人口自然增长率", id="zhuhai2013-natural-rate"
        ),
        # one word paralleling the first item's last word shares what that item says before it
        pytest.param(
            REVIEW + "发明专利申请量和授权量增长59%和70%。", "70%", "发明专利授权量", id="zhuhai2013-shared-head"
        ),
        pytest.param(
            REVIEW + "发明专利申请量、授权量分别增长61.6%和72.1%。",
            "72.1%",
            "发明专利授权量",
            id="dongguan2016-shared-head",
        ),
        # how a grant is shared out is not part of its name
        pytest.param(
            PLAN + "对300个县级公立医院专科特设岗位每岗每年补助不低于10万元。",
            "10万元",
            "县级公立医院专科特设岗位补助",
            id="guangdong2016-distributive",
        ),
        pytest.param(
            PLAN + "对300个县级公立医院专科特设岗位每岗每年补助不低于10万元。",
            "300个",
            "县级公立医院专科特设岗位",
            id="guangdong2016-distributive-count",
        ),
        pytest.param(
            PLAN + "其中国有工矿棚户区改造每套（户）补助2万元。",
            "2万元",
            "国有工矿棚户区改造补助",
            id="guangdong2016-distributive-gloss",
        ),
        pytest.param(
            REVIEW + "向15万企业退休职工兑现计划生育一次性奖励金5.28亿元。",
            "5.28亿元",
            "向15万企业退休职工兑现计划生育奖励金",
            id="corpus-one-off",
        ),
    ],
)
def test_conversions_siblings_heads_and_grants(text, span, indicator):
    assert _by_text(text)[span]["indicator"] == indicator


@pytest.mark.parametrize(
    "text, span",
    [
        pytest.param(PLAN + "户籍人口自然增长率控制在9.8‰以内。", "9.8‰", id="zhuhai2013"),
        pytest.param(PLAN + "人口自然增长率控制在7‰以内。", "7‰", id="fujian2007"),
        pytest.param(REVIEW + "人口自然增长率为9.2‰。", "9.2‰", id="zhuhai2013-review"),
    ],
)
def test_natural_growth_rate_is_a_level(text, span):
    assert _by_text(text)[span]["measure"] == "share"


@pytest.mark.parametrize(
    "text, span, indicator",
    [
        # the stage of the projects counted is part of their name (`新开工项目`), and a stage alone
        # after them counts the same projects at that stage (`…、建成投产500个以上`)
        pytest.param(
            PLAN + "力争新开工项目350个以上、建成投产500个以上。", "350个", "新开工项目", id="henan2010-stage"
        ),
        pytest.param(
            PLAN + "力争新开工项目350个以上、建成投产500个以上。", "500个", "建成投产项目", id="henan2010-stage-item"
        ),
        pytest.param(
            REVIEW + "全年新开工项目3532个，同比增加1390个，其中新开工亿元以上项目193个。",
            "193个",
            "新开工亿元以上项目",
            id="hefei2010-stage",
        ),
        pytest.param(
            REVIEW + "引进产业项目318个，建成投产49个。", "49个", "建成投产产业项目", id="lanzhou2017-stage-item"
        ),
        # a stage before other things than projects is a lead verb (`新开工棚改安置房`), and a stage
        # after a capacity is no list item of projects
        pytest.param(PLAN + "新开工棚改安置房15万套左右。", "15万套", "棚改安置房", id="henan2019-stage-not-project"),
        pytest.param(
            REVIEW + "五年内，标准磷矿石的建设规模为833万吨，建成投产243万吨。",
            "243万吨",
            "建成投产",
            id="plan1981-stage-capacity",
        ),
    ],
)
def test_project_stages(text, span, indicator):
    assert _by_text(text)[span]["indicator"] == indicator


@pytest.mark.parametrize(
    "text, span, indicator",
    [
        # a fund named right after a sum is what the sum measures, whoever pays it
        pytest.param(
            REVIEW + "中央财政新增47亿元专项补助资金，用于支持就业再就业。",
            "47亿元",
            "专项补助资金",
            id="gov2004-fund",
        ),
        pytest.param(
            PLAN + "省财政投入2亿元前期工作经费，继续推进滇中调水。", "2亿元", "前期工作经费", id="yunnan2009-fund"
        ),
        pytest.param(
            REVIEW + "市财政投入10亿元设立产业投资基金，撬动社会资本。",
            "10亿元",
            "市财政投入",
            id="corpus-fund-after-verb",
        ),
        # how the owner fared, said before the attribute, is cut off the owner
        pytest.param(
            REVIEW + "国有及国有控股工业企业经济效益大幅度提高，实现利润3784亿元，比上年增长45.2%。",
            "3784亿元",
            "国有及国有控股工业企业利润",
            id="gov2004-fared",
        ),
        pytest.param(
            REVIEW + "省属国有企业经营效益持续好转，实现利润35.25亿元。",
            "35.25亿元",
            "省属国有企业利润",
            id="gansu2017-fared",
        ),
        pytest.param(REVIEW + "经济效益有所改善，实现利税50亿元。", "50亿元", "利税", id="corpus-fared-no-owner"),
    ],
)
def test_funds_and_owners_that_fared(text, span, indicator):
    assert _by_text(text)[span]["indicator"] == indicator


@pytest.mark.parametrize(
    "text, span, indicator",
    [
        # measures counted after a clause with 的 saying what they are for keep that clause
        pytest.param(
            REVIEW + "我们提出了增投资、稳工业、促消费、保民生的20条措施，省财政新增10亿元投资用于基础设施。",
            "20条",
            "增投资、稳工业、促消费、保民生的措施",
            id="yunnan2009-purpose-list",
        ),
        pytest.param(
            REVIEW + "出台实施促进消费的29项措施，社会消费品零售总额4.27万亿元。",
            "29项",
            "促进消费的措施",
            id="guangdong2020-purpose",
        ),
        pytest.param(
            REVIEW + "出台促进高校毕业生就业的15条政策，实施大学生村官计划。",
            "15条",
            "促进高校毕业生就业的政策",
            id="beijing2010-purpose",
        ),
    ],
)
def test_what_measures_are_for(text, span, indicator):
    assert _by_text(text)[span]["indicator"] == indicator


@pytest.mark.parametrize(
    "text, span, field, expected",
    [
        # a ratio named 倍差 is a ratio, though written with 倍
        pytest.param(
            REVIEW + "城乡居民收入倍差从2.07倍缩小至1.96倍。", "1.96倍", "measure", "ratio", id="zhejiang2021-ratio"
        ),
        # owned attributes of the batch or quantity listed before (投资额, 投资总额, 产量)
        pytest.param(
            REVIEW + "签约亿元以上项目2055个，投资额达1.69万亿元。",
            "1.69万亿元",
            "indicator",
            "签约亿元以上项目投资额",
            id="nanjing2020-batch-amount",
        ),
        pytest.param(
            REVIEW + "成功举办物流洽谈会，签约项目98项，投资总额263亿元。",
            "263亿元",
            "indicator",
            "签约项目投资总额",
            id="foshan2009-batch-total",
        ),
        pytest.param(
            PLAN + "确保粮食播种面积稳定在315万亩以上、产量稳定在145万吨以上。",
            "145万吨",
            "indicator",
            "粮食产量",
            id="zhangye2022-listed-output",
        ),
        pytest.param(
            REVIEW + "完成粮食播种面积640.95万亩、产量213.61万吨。",
            "213.61万吨",
            "indicator",
            "粮食产量",
            id="nanning2026-listed-output",
        ),
        pytest.param(
            REVIEW + "规模以上工业增加值增长26%，销售收入增长28%，利税增长12%。",
            "12%",
            "indicator",
            "规模以上工业利税",
            id="nanchang2006-sector-owner",
        ),
        # a run of one-character items (`牛羊猪`, `肉蛋奶`) lists them
        pytest.param(
            REVIEW + "牛羊猪饲养量分别达到101万头、612万只和123万头。",
            "612万只",
            "indicator",
            "羊饲养量",
            id="zhangye2022-run",
        ),
        pytest.param(
            REVIEW + "肉蛋奶产量分别增长3.6%、1.5%、0.1%。", "0.1%", "indicator", "奶产量", id="zhumadian2014-run"
        ),
        # what held its momentum owns the attribute after it (外商直接投资 …势头，实际到位/实际金额)
        pytest.param(
            REVIEW + "外商直接投资保持增长势头，实际到位400多亿美元。",
            "400多亿美元",
            "indicator",
            "外商直接投资实际到位",
            id="gov1997-momentum",
        ),
        pytest.param(
            REVIEW + "外商直接投资保持良好势头，实际金额达到330多亿美元。",
            "330多亿美元",
            "indicator",
            "外商直接投资实际金额",
            id="gov1995-momentum",
        ),
        # a rate of growth from one time of the year to another: growth, the minus a fall
        pytest.param(
            REVIEW + "经济增速由一季度的-5.6%快速回升到二季度的5.8%，上半年增长0.5%。",
            "5.6%",
            "sign",
            -1,
            id="zhejiang2021-negative",
        ),
        pytest.param(
            REVIEW + "经济增速由一季度的-5.6%快速回升到二季度的5.8%，上半年增长0.5%。",
            "5.8%",
            "indicator",
            "经济增速",
            id="zhejiang2021-rate-later",
        ),
        pytest.param(
            REVIEW + "使全省规模以上工业增加值增速由一季度的3.1%回升到全年的14.6%。",
            "14.6%",
            "measure",
            "growth",
            id="henan2010-rate-level",
        ),
        pytest.param(
            REVIEW + "使全省规模以上工业增加值增速由一季度的3.1%回升到全年的14.6%。",
            "3.1%",
            "year",
            2020,
            id="henan2010-base-in-year",
        ),
        # the stock after an increment is of the things, not of the new ones
        pytest.param(
            REVIEW + "新增市场主体22.2万户，累计140万户。", "140万户", "indicator", "市场主体", id="nanjing2020-stock"
        ),
        pytest.param(
            REVIEW + "推动金融科技产业融合发展，新增上市企业12家，累计54家。",
            "54家",
            "indicator",
            "上市企业",
            id="foshan2018-stock",
        ),
    ],
)
def test_ratios_owners_runs_rates_and_stocks(text, span, field, expected):
    assert _by_text(text)[span][field] == expected


@pytest.mark.parametrize(
    "text, span, indicator",
    [
        # a span of years with 内 opening the phrase is when (`五年内…`)
        pytest.param(
            REVIEW + "五年内城镇居民人均住房使用面积由13.6平方米提高到15.5平方米。",
            "15.5平方米",
            "城镇居民人均住房使用面积",
            id="liaoning2003-years-within",
        ),
        pytest.param(PLAN + "五年内新增气流纺42万头。", "42万头", "新增气流纺", id="plan1986-years-within"),
        # an area or length after a verb and before 的 is the size of the noun after it
        pytest.param(
            PLAN + "划定1179平方公里的城市生态绿线控制范围。",
            "1179平方公里",
            "城市生态绿线控制范围",
            id="dongguan2007-size-of",
        ),
        pytest.param(
            PLAN + "分步开发17.6平方公里的同沙生态公园。", "17.6平方公里", "同沙生态公园", id="dongguan2002-size-of"
        ),
        # 已 before the verb is no part of the name
        pytest.param(
            REVIEW + "阜新采煤沉陷区治理任务已完成70%。", "70%", "阜新采煤沉陷区治理任务", id="liaoning2004-yi"
        ),
        pytest.param(REVIEW + "全国跨省公路客运线已达2500多条。", "2500多条", "跨省公路客运线", id="stats1988-yi"),
        # 为民 opens a noun phrase after a count (`12项为民办实事事项`)
        pytest.param(
            REVIEW + "省委、省政府确定的12项为民办实事事项全部完成。",
            "12项",
            "为民办实事事项",
            id="hainan2004-weimin",
        ),
        pytest.param(PLAN + "认真抓好48个为民办实事项目。", "48个", "为民办实事项目", id="xiamen2021-weimin"),
    ],
)
def test_spans_sizes_yi_and_weimin(text, span, indicator):
    assert _by_text(text)[span]["indicator"] == indicator


@pytest.mark.parametrize(
    "text, span, field, expected",
    [
        # the counts of one kind of accident are siblings: the one listed second shares the owner
        pytest.param(
            REVIEW + "道路交通事故起数下降3.9%、死亡人数下降16.1%，火灾起数下降23.6%。",
            "16.1%",
            "indicator",
            "道路交通事故死亡人数",
            id="zhejiang2021-accident-siblings",
        ),
        pytest.param(
            REVIEW + "生产安全事故起数下降33%、死亡人数下降28%。",
            "28%",
            "indicator",
            "生产安全事故死亡人数",
            id="zhejiang2019-accident-siblings",
        ),
        # so are a school's intake, students and graduates
        pytest.param(
            REVIEW + "中等职业学校招生规模扩大到741万人，在校学生总数1809万人。",
            "1809万人",
            "indicator",
            "中等职业学校在校学生总数",
            id="gov2007-school-siblings",
        ),
        pytest.param(
            REVIEW + "普通高中招生1036.2万人，在校生2375.4万人，毕业生779.2万人。",
            "779.2万人",
            "indicator",
            "普通高中毕业生",
            id="communique2024-school-siblings",
        ),
        # an expectation of earlier is the goal then set; what was done beyond it is a change of the same
        pytest.param(
            REVIEW + "全年为企业减负4800亿元，比年初预计的2700亿元多出2100亿元。",
            "2700亿元",
            "status",
            "target",
            id="zhejiang2021-expected-earlier",
        ),
        pytest.param(
            REVIEW + "全年为企业减负4800亿元，比年初预计的2700亿元多出2100亿元。",
            "2100亿元",
            "status",
            "actual",
            id="zhejiang2021-beyond-expected",
        ),
        pytest.param(
            REVIEW + "全年为企业减负4800亿元，比年初预计的2700亿元多出2100亿元。",
            "2100亿元",
            "indicator",
            "企业减负",
            id="zhejiang2021-beyond-indicator",
        ),
        pytest.param(
            REVIEW + "预计全年地区生产总值增长6%。", "6%", "status", "estimated", id="constructed-estimate-still"
        ),
    ],
)
def test_accident_siblings_and_earlier_expectations(text, span, field, expected):
    assert _by_text(text)[span][field] == expected


@pytest.mark.parametrize(
    "text, span, indicator",
    [
        # 等 inside a word (`高等级`, `中等`) lists no examples
        pytest.param(
            REVIEW + "张扁高速、张肃一级等7条341公里高等级公路建成通车。",
            "7条",
            "建成通车高等级公路",
            id="zhangye2022-gaodengji",
        ),
        pytest.param(REVIEW + "实施高等级公路改造120公里。", "120公里", "高等级公路改造", id="corpus-gaodengji"),
        pytest.param(REVIEW + "中等职业学校招生12万人。", "12万人", "中等职业学校招生", id="guangyuan2023-zhongdeng"),
        # a length after a count counts the same thing (`7条1455公里公路`)
        pytest.param(
            REVIEW + "张阿公路、祁连山腹地公路等7条1455公里公路纳入省网规划。",
            "7条",
            "纳入省网规划公路",
            id="zhangye2022-count-length",
        ),
        # 可比价 without 按 is how the growth was computed
        pytest.param(
            REVIEW + "预计全年完成地区生产总值14050亿元、可比价增长8%。", "8%", "地区生产总值", id="nanjing2020-kebijia"
        ),
        # 存在 opens a clause with 的 that picks out what is counted
        pytest.param(REVIEW + "纠正处理了238个存在问题的项目。", "238个", "存在问题的项目", id="yunnan2005-cunzai"),
        pytest.param(PLAN + "整改12个存在隐患的企业。", "12个", "存在隐患的企业", id="constructed-cunzai"),
    ],
)
def test_words_with_deng_lengths_after_counts_and_clauses(text, span, indicator):
    assert _by_text(text)[span]["indicator"] == indicator


@pytest.mark.parametrize(
    "text, span, indicator",
    [
        # a clause naming only the other place of a pair is of the same quantity there
        pytest.param(
            REVIEW + "城镇人均居住面积增加到8.7平方米，农村增加到22平方米。",
            "22平方米",
            "农村人均居住面积",
            id="gov1998-place-pair",
        ),
        pytest.param(
            REVIEW + "农村居民家庭食品消费支出占消费总支出的比重为41.1%，城镇为35.7%。",
            "35.7%",
            "城镇居民家庭食品消费支出占消费总支出的比重",
            id="stats2010-place-pair",
        ),
        # what grew a lot owns the attribute after it (`城乡居民储蓄大幅度增加，存款余额…`)
        pytest.param(
            REVIEW + "城乡居民储蓄大幅度增加，存款余额达到46280亿元。",
            "46280亿元",
            "城乡居民储蓄存款余额",
            id="gov1998-grew-owner",
        ),
        # a batch counted with its predicate still owns the attribute of the next clause
        pytest.param(
            REVIEW + "云霄抽水蓄能等349个项目开工建设，总投资2401.5亿元。",
            "2401.5亿元",
            "开工建设项目总投资",
            id="zhangzhou2023-batch-predicate",
        ),
        pytest.param(
            REVIEW + "规划建设环巢湖生态示范区，首批113个项目开工建设，总投资超过500亿元。",
            "500亿元",
            "开工建设项目总投资",
            id="hefei2013-batch-predicate",
        ),
        # a level item with its verb (`省级突破50家`, `市级达到109个`) takes the noun of the item before
        pytest.param(
            PLAN + "力争全市国家级绿色制造单位突破20家、省级突破50家。",
            "50家",
            "省级绿色制造单位",
            id="zhangzhou2023-level-verb",
        ),
        pytest.param(
            REVIEW + "省级农业示范园达到26个，市级达到109个。", "109个", "市级农业示范园", id="nanchang2020-level-verb"
        ),
        # a sibling that is also owned keeps its sibling's owner (`存款余额…、贷款余额…`)
        pytest.param(
            REVIEW + "全市金融机构存款余额超过2000亿元、贷款余额超过1800亿元。",
            "1800亿元",
            "金融机构贷款余额",
            id="corpus-sibling-owned",
        ),
    ],
)
def test_places_growers_batches_levels(text, span, indicator):
    assert _by_text(text)[span]["indicator"] == indicator


@pytest.mark.parametrize(
    "text, span, indicator",
    [
        # jobs brought, kept or found keep their verb (`带动就业`, `稳定就业`)
        pytest.param(
            REVIEW + "培育自主创业3.9万人，带动就业19.8万人。", "19.8万人", "带动就业", id="nanjing2020-jobs-brought"
        ),
        pytest.param(
            REVIEW + "返乡下乡创业新增23万人、带动就业223万人。", "223万人", "带动就业", id="henan2019-jobs-brought"
        ),
        pytest.param(
            REVIEW + "对困难企业给予岗位补贴，稳定10万人就业。", "10万人", "稳定就业", id="yunnan2009-jobs-kept"
        ),
    ],
)
def test_jobs_keep_their_verb(text, span, indicator):
    assert _by_text(text)[span]["indicator"] == indicator


@pytest.mark.parametrize(
    "text, span, indicator",
    [
        # a task noun after a process is no name of its own: the process names the task
        pytest.param(
            PLAN + "完成172个老旧小区综合整治任务。", "172个", "老旧小区综合整治任务", id="hefei2018-task-noun"
        ),
        pytest.param(
            PLAN + "创新实行岛长制，开展48个河心岛生态修复工作。",
            "48个",
            "河心岛生态修复工作",
            id="foshan2019-task-noun",
        ),
    ],
)
def test_a_task_noun_keeps_its_process(text, span, indicator):
    assert _by_text(text)[span]["indicator"] == indicator


@pytest.mark.parametrize(
    "text, span, indicator",
    [
        # parallel counts share the noun after the last, across a modal word (`续建9条、力争开工建设2条地铁线路`)
        pytest.param(PLAN + "续建9条、力争开工建设2条地铁线路。", "9条", "地铁线路", id="nanjing2020-parallel-modal"),
        pytest.param(PLAN + "新建74座、改扩建49座旅游厕所。", "74座", "旅游厕所", id="corpus-parallel"),
    ],
)
def test_parallel_counts_across_a_modal(text, span, indicator):
    assert _by_text(text)[span]["indicator"] == indicator


@pytest.mark.parametrize(
    "text, span, indicator",
    [
        # `全面完成` (one word to jieba) is a predicate: the noun after the count is what is counted
        pytest.param(
            REVIEW + "全面完成1.5万座小型水库除险加固。", "1.5万座", "小型水库除险加固", id="gov2014-quanmian-wancheng"
        ),
        pytest.param(
            REVIEW + "全面完成365宗城乡水利防灾减灾工程。",
            "365宗",
            "城乡水利防灾减灾工程",
            id="dongguan2009-quanmian-wancheng",
        ),
        # 基本建成 after a stage's count counts the same things at that stage
        pytest.param(
            REVIEW + "新开工保障性安居工程666万套，基本建成544万套。",
            "544万套",
            "基本建成保障性安居工程",
            id="gov2014-basically-built",
        ),
        pytest.param(
            REVIEW + "新开工各类保障性住房16460套，基本建成18980套。",
            "18980套",
            "基本建成各类保障性住房",
            id="nanning2014-basically-built",
        ),
        # … but after a process (改造) it names no noun of its own
        pytest.param(
            REVIEW + "筹措各类保障性住房和实施旧住房综合改造13.9万套，基本建成11.3万套。",
            "11.3万套",
            "基本建成",
            id="shanghai2015-after-process",
        ),
        # a bare owned attribute listed after an owner's quantity shares the owner
        pytest.param(
            REVIEW + "规模以上工业总产值、增加值分别增长15%和11%。",
            "11%",
            "规模以上工业增加值",
            id="tonghua2014-listed-owner",
        ),
        pytest.param(REVIEW + "工业产值、税收分别增长43%和40%。", "40%", "工业税收", id="dongguan2010-listed-owner"),
    ],
)
def test_completion_words_stages_and_listed_owners(text, span, indicator):
    assert _by_text(text)[span]["indicator"] == indicator


@pytest.mark.parametrize(
    "text, span, indicator",
    [
        # the rank of a rate of growth names the rate (`税收增幅居全省第1位`)
        pytest.param(
            REVIEW + "扣除增值税留抵退税因素，税收增幅居全省第1位。", "第1位", "税收增幅", id="leshan2023-rate-rank"
        ),
        pytest.param(REVIEW + "实际利用外资增幅居全省第3位。", "第3位", "实际利用外资增幅", id="kaifeng2021-rate-rank"),
        pytest.param(REVIEW + "经济总量居全省第3位。", "第3位", "经济总量", id="constructed-quantity-rank"),
    ],
)
def test_the_rank_of_a_rate(text, span, indicator):
    assert _by_text(text)[span]["indicator"] == indicator


@pytest.mark.parametrize(
    "text, span, value_base",
    [
        pytest.param(REVIEW + "棉花产量达到3,036万担，比1954年增长43%。", "3,036万担", 30360000.0, id="gov1956-dan"),
        pytest.param(PLAN + "收购烟叶78.2万担。", "78.2万担", 782000.0, id="yongzhou2025-dan"),
    ],
)
def test_dan_is_a_mass_unit(text, span, value_base):
    figs = _by_text(text)
    assert figs[span]["unit_base"] == "担" and figs[span]["value_base"] == value_base


def test_dan_starting_a_word_is_no_unit():
    assert "5000万担" not in _by_text(PLAN + "设立5000万担保基金，为中小企业担保。")


# ---- verbs jieba tags as nouns before a count: the noun after the count is what is counted ----
@pytest.mark.parametrize(
    "text, span, indicator",
    [
        pytest.param(
            REVIEW + "选派1090人次医务人员驰援吉林、上海、呼和浩特等地。", "1090人次", "医务人员", id="hlbe2023-xuanpai"
        ),
        pytest.param(
            REVIEW + "全市厅级以上领导包抓12个县区，选派3656名驻村干部入户帮扶。",
            "3656名",
            "驻村干部",
            id="nn2020-xuanpai",
        ),
        pytest.param(
            REVIEW + "新增8家国家试点企业，创成6家省级示范智能车间。",
            "6家",
            "省级示范智能车间",
            id="zj2019-chuangcheng",
        ),
        pytest.param(
            REVIEW + "强化优质医疗服务供给，创成8个省级区域医疗中心。",
            "8个",
            "省级区域医疗中心",
            id="nj2025-chuangcheng",
        ),
        pytest.param(
            REVIEW + "资助6.1万名农村未升学初高中毕业生，为30万名贫困学生免费提供营养餐。",
            "6.1万名",
            "农村未升学初高中毕业生",
            id="constructed-zizhu",
        ),
    ],
)
def test_verbs_tagged_as_nouns_before_a_count(text, span, indicator):
    # (a short predicate closing the clause may follow the noun: `驻村干部入户帮扶`)
    assert _by_text(text)[span]["indicator"].startswith(indicator)


@pytest.mark.parametrize(
    "text, span, indicator",
    [
        pytest.param(
            PLAN + "新农合筹资标准由人均290元提高到340元。", "290元", "新农合筹资标准", id="baiyin2014-per-head-base"
        ),
        pytest.param(
            REVIEW + "城乡居民医保财政补助标准由人均380元提高到425元。",
            "380元",
            "城乡居民医保财政补助标准",
            id="yancheng2016-per-head-base",
        ),
    ],
)
def test_per_head_before_the_base_of_a_change_is_not_the_name(text, span, indicator):
    assert _by_text(text)[span]["indicator"] == indicator


# ---- numbered sectors written as one run give one indicator each (SECTOR_RUNS) ----
@pytest.mark.parametrize(
    "text, expect",
    [
        pytest.param(
            PLAN + "地区生产总值增长5%左右，其中一、二、三产增加值分别增长4.5%、6.7%、4.4%。",
            {"4.5%": "第一产业增加值", "6.7%": "第二产业增加值", "4.4%": "第三产业增加值"},
            id="nanning2025-sector-run",
        ),
        pytest.param(
            REVIEW + "一、二、三产业比重分别为1.3%、28.7%和70%。",
            {"1.3%": "第一产业比重", "28.7%": "第二产业比重", "70%": "第三产业比重"},
            id="beijing2007-sector-run",
        ),
        pytest.param(
            PLAN + "一二三产业分别增长4％、10％和9％。",
            {"4％": "第一产业", "10％": "第二产业", "9％": "第三产业"},
            id="shandong2002-sector-run",
        ),
        pytest.param(
            REVIEW + "第一、二、三产业增加值占国内生产总值的比重分别为13%、51%和36%。",
            {"13%": "第一产业增加值占国内生产总值的比重", "36%": "第三产业增加值占国内生产总值的比重"},
            id="corpus-sector-run-ordinal",
        ),
    ],
)
def test_numbered_sectors_in_one_run(text, expect):
    got = _by_text(text)
    assert {k: got[k]["indicator"] for k in expect} == expect


def test_three_sectors_is_no_count():
    """`三次产业` (1,148 in the corpus) names the three sectors, not three times."""
    texts = [f["text"] for f in figures_of(REVIEW + "三次产业增加值分别增长4.5%、8.2%和9.1%，三次产业结构进一步优化。")]
    assert "三次" not in texts and "4.5%" in texts


@pytest.mark.parametrize(
    "text, span, indicator",
    [
        pytest.param(
            REVIEW + "城镇居民每百户拥有家用汽车21.5辆，比2007年增加15.5辆。",
            "21.5辆",
            "城镇居民每百户拥有家用汽车",
            id="gov2013-per-hundred-households",
        ),
        pytest.param(
            REVIEW + "城市居民每百户家庭拥有家用汽车42辆，五年增加32辆。",
            "42辆",
            "城市居民每百户家庭拥有家用汽车",
            id="corpus-per-hundred-households",
        ),
    ],
)
def test_the_population_a_rate_per_household_counts_in_is_kept(text, span, indicator):
    assert _by_text(text)[span]["indicator"] == indicator


# ---- a verb and a short name before a capacity: the noun after the unit is what is measured, the name
# its owner (see test_a_capacity_between_an_owner_and_its_product_measures_the_owners_product) ----
@pytest.mark.parametrize(
    "text, span, indicator",
    [
        pytest.param(
            PLAN + "启动康乃尔60万吨甲醇制烯烃项目，弥补乙烯缺口。",
            "60万吨",
            "康乃尔甲醇制烯烃项目",
            id="jilin2016-capacity",
        ),
        pytest.param(
            REVIEW + "着力抓好重大项目的实施，推进江铃股份30万辆整车、南昌航空工业城建设。",
            "30万辆",
            "江铃股份整车",
            id="nanchang2011-capacity",
        ),
        pytest.param(
            REVIEW + "广告牌匾规范设置等专项工作，完成核心区615条街巷环境整治任务。",
            "615条",
            "街巷环境整治任务",
            id="beijing2018-place-then-count",
        ),
        # … not when what follows is what the name's measures are, nor a count per place
        pytest.param(
            REVIEW + "“先照后证”等商事制度改革落地见效，优化营商环境26条措施启动实施。",
            "26条",
            "优化营商环境",
            id="beijing2018-measures-of-a-purpose",
        ),
    ],
)
def test_a_capacity_after_a_verb_and_a_name_measures_what_follows(text, span, indicator):
    assert _by_text(text)[span]["indicator"] == indicator


# ---- an existential or a merge before a count (共有, 已有, 精简为) is no part of what is counted ----
@pytest.mark.parametrize(
    "text, span, indicator",
    [
        pytest.param(
            REVIEW + "2015年全市共有上市公司43家、股权投资基金120家。", "43家", "上市公司", id="foshan2016-gongyou"
        ),
        pytest.param(
            REVIEW + "全国共有公共图书馆3248个，文化馆3286个。", "3248个", "公共图书馆", id="communique2024-gongyou"
        ),
        pytest.param(
            REVIEW + "到去年底，全国已有50%的县（市、区）基本普及九年义务教育。",
            "50%",
            "县（市、区）",
            id="gov1997-yiyou-share",
        ),
        pytest.param(REVIEW + "示范区已有7个项目开工建设。", "7个", "开工建设项目", id="hefei2006-yiyou-count"),
        pytest.param(REVIEW + "南宁教育园区已有13所学校投入使用。", "13所", "学校", id="nanning2024-yiyou-count"),
        pytest.param(
            REVIEW + "基本完成政府机构改革，市政府工作部门由46个精简为41个。",
            "41个",
            "市政府工作部门",
            id="xiamen2003-merged-to",
        ),
        pytest.param(
            REVIEW + "改革审批制度，市级行政审批事项从1174项精简到559项。",
            "559项",
            "市级行政审批事项",
            id="dongguan2006-cut-to",
        ),
        pytest.param(
            PLAN + "着力推进已供地290万平方米共有产权住房建设。",
            "290万平方米",
            "共有产权住房",
            id="beijing2018-shared-ownership",
        ),
    ],
)
def test_existentials_and_merges_before_a_count(text, span, indicator):
    assert _by_text(text)[span]["indicator"].startswith(indicator)


# ---- one noun phrase coordinated by 和/及 after a count, then its predicate ----
@pytest.mark.parametrize(
    "text, span, indicator",
    [
        pytest.param(
            REVIEW + "新增47项市级行政审批和公共服务事项网上全程办理。",
            "47项",
            "市级行政审批和公共服务事项",
            id="wuhan2017-coordinated",
        ),
        pytest.param(
            REVIEW + "全省88.6％的国有及国有控股企业实现了投资主体多元化，中小企业改制面达95％。",
            "88.6％",
            "国有及国有控股企业",
            id="shandong2002-coordinated-share",
        ),
        pytest.param(
            REVIEW + "八大开放平台建设取得重大进展，与180多个国家和地区实现经贸合作。",
            "180多个",
            "国家和地区",
            id="hefei2018-coordinated",
        ),
        pytest.param(
            REVIEW + "完成226万平方米危险房屋和严重损坏房屋处置。",
            "226万平方米",
            "危险房屋和严重损坏房屋",
            id="shanghai2016-coordinated",
        ),
    ],
)
def test_a_noun_phrase_coordinated_after_a_count(text, span, indicator):
    assert _by_text(text)[span]["indicator"] == indicator


@pytest.mark.parametrize(
    "text, span, indicator",
    [
        pytest.param(
            REVIEW + "贫困精神病人免费用药救助标准从600元上调至3000元。",
            "3000元",
            "贫困精神病人免费用药救助标准",
            id="yangzhou2016-raised-to",
        ),
        pytest.param(
            REVIEW + "逐步扩大住房保障范围，将保障性住房申请家庭人均月收入标准调整至3345元以下。",
            "3345元",
            "保障性住房申请家庭人均月收入标准",
            id="urumqi2020-adjusted-to",
        ),
        pytest.param(
            REVIEW + "义务教育学校课间时长调整到15分钟，更好促进学生健康成长。",
            "15分钟",
            "义务教育学校课间时长",
            id="beijing2025-adjusted-to",
        ),
    ],
)
def test_a_standard_adjusted_to_a_level_keeps_its_name(text, span, indicator):
    assert _by_text(text)[span]["indicator"] == indicator


@pytest.mark.parametrize(
    "text, span, indicator",
    [
        pytest.param(
            REVIEW + "全年14个科研成果获省科学技术奖。", "14个", "获省科学技术奖科研成果", id="siping2016-won"
        ),
        pytest.param(
            REVIEW + "新材料领域关键核心技术取得突破，6个项目获国家科学技术奖，全社会研发投入增长10%。",
            "6个",
            "获国家科学技术奖项目",
            id="dalian2025-won",
        ),
        pytest.param(
            REVIEW + "46%的行政村被评为文明村，54.6%的农户被评为文明户；",
            "54.6%",
            "农户被评为文明户",
            id="guangzhou1996-passive",
        ),
        pytest.param(
            REVIEW + "全市30%的公办中学被评为省一级中学，13.5%的小学被评为省一级小学。",
            "30%",
            "公办中学被评为省一级中学",
            id="shenzhen2003-passive",
        ),
        # an honour longer than a short predicate is still the name (the dev gold and ../shared/gold/corpus
        # name it: dl2024, hen2019, hd2023), …
        pytest.param(
            REVIEW + "大机车等3家企业获评国家级智能制造示范工厂。",
            "3家",
            "获评国家级智能制造示范工厂企业",
            id="dalian2024-long-honour",
        ),
        pytest.param(
            REVIEW + "8部作品入选“五个一工程”奖。",
            "8部",
            "入选“五个一工程”奖作品",
            id="shandong2025-long-honour",
        ),
        # … and one that ends with the noun counted is not given it twice
        pytest.param(
            REVIEW + "通威太阳能、千禾味业等7户企业入选全省“贡嘎培优”企业。",
            "7户",
            "入选全省“贡嘎培优”企业",
            id="meishan2023-honour-names-noun",
        ),
        pytest.param(
            REVIEW + "虹润高科等15家企业入选“新物种”企业。",
            "15家",
            "入选“新物种”企业",
            id="ezhou2022-honour-names-noun",
        ),
        # (荣获 stays one word: 获 ends a noun only as a word of its own)
        pytest.param(
            REVIEW + "其中高层次人才6500多人，1人荣获“齐鲁大工匠”称号。",
            "1人",
            "荣获“齐鲁大工匠”称号",
            id="yantai2020-guard",
        ),
    ],
)
def test_an_honour_after_a_count_names_what_received_it(text, span, indicator):
    assert _by_text(text)[span]["indicator"] == indicator


@pytest.mark.parametrize(
    "text, span, indicator",
    [
        pytest.param(
            REVIEW + "中央和省环保督察反馈问题整改销号率、信访案件办结率分别达到97.2%、99.9%。",
            "97.2%",
            "中央和省环保督察反馈问题整改销号率",
            id="tonghua2023-first",
        ),
        pytest.param(
            REVIEW + "中央和省环保督察反馈问题整改销号率、信访案件办结率分别达到97.2%、99.9%。",
            "99.9%",
            "信访案件办结率",
            id="tonghua2023-second",
        ),
        pytest.param(
            REVIEW + "软件和信息技术服务业营业收入、电信业务总量分别增长75.2%、34.5%。",
            "75.2%",
            "软件和信息技术服务业营业收入",
            id="guangxi2022-first",
        ),
        pytest.param(
            REVIEW + "软件和信息技术服务业营业收入、电信业务总量分别增长75.2%、34.5%。",
            "34.5%",
            "电信业务总量",
            id="guangxi2022-second",
        ),
    ],
)
def test_a_list_parted_by_commas_keeps_and_inside_an_item(text, span, indicator):
    assert _by_text(text)[span]["indicator"] == indicator


@pytest.mark.parametrize(
    "text, span, indicator",
    [
        pytest.param(
            REVIEW + "一批项目开工建设，战略性新兴产业增加值、数字经济核心产业增加值占GDP比重分别升至13%和9.5%。",
            "13%",
            "战略性新兴产业增加值占GDP比重",
            id="dalian2024-risen-to",
        ),
        pytest.param(
            PLAN + "到2025年，服务业增加值、战略新兴产业增加值占GDP比重分别达到50%和10%以上。",
            "50%",
            "服务业增加值占GDP比重",
            id="tongchuan2021",
        ),
        pytest.param(
            PLAN + "制造业增加值、民营经济增加值占GDP比重分别提升10个、5个百分点。",
            "10个",
            "制造业增加值占GDP比重",
            id="huainan2022",
        ),
    ],
)
def test_items_naming_their_attribute_share_the_whole(text, span, indicator):
    assert _by_text(text)[span]["indicator"] == indicator


@pytest.mark.parametrize(
    "text, span, indicator",
    [
        pytest.param(
            REVIEW + "全市生产总值年均增长7.1%，从五年前的2万亿元跃升到3万亿元，迈上新台阶。",
            "2万亿元",
            "全市生产总值",
            id="shanghai2018-base",
        ),
        pytest.param(
            REVIEW + "全市生产总值年均增长7.1%，从五年前的2万亿元跃升到3万亿元，迈上新台阶。",
            "3万亿元",
            "全市生产总值",
            id="shanghai2018-level",
        ),
        pytest.param(
            REVIEW + "初中毕业生升入高中段教育的比例已从五年前的52.6%上升到75%，我省高考录取率提高。",
            "52.6%",
            "初中毕业生升入高中段教育的比例",
            id="zhejiang2001-base",
        ),
        # (a parenthesis closing the last item is no head the others share)
        pytest.param(
            REVIEW
            + "全年生态保护和环境治理业、公共设施管理业、农业固定资产投资（不含农户）分别比上年增长23.9%、21.8%和16.4%。",
            "21.8%",
            "公共设施管理业",
            id="statistics-parenthesis",
        ),
    ],
)
def test_a_time_point_before_a_base_is_no_part_of_the_name(text, span, indicator):
    assert _by_text(text)[span]["indicator"] == indicator


@pytest.mark.parametrize(
    "text, span, indicator",
    [
        pytest.param(
            REVIEW + "房地产业上缴地方税收74.7亿元，占地方税收比重达到36.6%。",
            "36.6%",
            "房地产业上缴地方税收占地方税收比重",
            id="shenyang2009-reached",
        ),
        pytest.param(
            REVIEW + "税收收入43.7亿元，占地方公共财政预算收入的比重达到81%、居全省第1位。",
            "81%",
            "税收收入占地方公共财政预算收入的比重",
            id="luohe2014-written",
        ),
        pytest.param(
            REVIEW
            + "全国研究与试验开发经费，从1997年的509亿元增加到2002年的1161亿元，占国内生产总值的比重从0.64%提高到1.1%。",
            "0.64%",
            "研究与试验开发经费占国内生产总值的比重",
            id="gov2003-from",
        ),
        # a clause that is only a base: the noun phrase before it is what changed
        pytest.param(
            REVIEW + "全国研究与试验开发经费，从1997年的509亿元增加到2002年的1161亿元。",
            "509亿元",
            "研究与试验开发经费",
            id="gov2003-topic",
        ),
        pytest.param(
            REVIEW + "每万元国民收入消耗的能源，由1985年的12.9吨标准煤降低到11.9吨。",
            "11.9吨",
            "每万元国民收入消耗的能源",
            id="plan1986-guard",
        ),
    ],
)
def test_the_share_a_figure_before_has_of_a_whole(text, span, indicator):
    assert _by_text(text)[span]["indicator"] == indicator


@pytest.mark.parametrize(
    "text, span, indicator",
    [
        pytest.param(REVIEW + "全国粮食连续四年增产，2007年产量达到50150万吨。", "50150万吨", "粮食产量", id="gov2008"),
        pytest.param(
            PLAN + "粮食，按五年两丰两欠一平考虑，年均产量达到4.47亿吨。", "4.47亿吨", "粮食产量", id="plan1991"
        ),
        pytest.param(
            PLAN + "持续整治撂荒地，确保粮食播面850万亩、产量325万吨。", "325万吨", "粮食产量", id="dazhou2023-listed"
        ),
        pytest.param(
            PLAN + "确保粮食播面297.5万亩、产量127.5万吨以上。", "127.5万吨", "粮食产量", id="meishan2023-listed"
        ),
        # (an owner that is no quantity's: the area stays bare)
        pytest.param(
            REVIEW + "国务院正式批准设立厦门自贸试验区，面积43.78平方公里。", "43.78平方公里", "面积", id="xiamen-guard"
        ),
    ],
)
def test_an_output_takes_its_owner_listed_before_or_when_they_make_a_known_quantity(text, span, indicator):
    assert _by_text(text)[span]["indicator"] == indicator


@pytest.mark.parametrize(
    "text, span, indicator",
    [
        pytest.param(
            REVIEW + "市财政安排1.18亿元用于全市低温洪涝灾害救灾复产。",
            "1.18亿元",
            "低温洪涝灾害救灾复产",
            id="dongguan2009",
        ),
        pytest.param(
            REVIEW + "投资14亿元支持500余处文化遗产保护利用。",
            "14亿元",
            "文化遗产保护利用",
            id="shaanxi2020-count-inside",
        ),
        pytest.param(
            REVIEW + "中央财政安排51亿元，用于支持地方加强公共卫生服务。",
            "51亿元",
            "地方加强公共卫生服务",
            id="gov2007-comma",
        ),
        # (a fund named before the sum keeps its name)
        pytest.param(
            REVIEW + "中央财政新增47亿元专项补助资金，用于农村公路建设。", "47亿元", "专项补助资金", id="fund-guard"
        ),
    ],
)
def test_a_granted_sum_is_named_by_its_purpose(text, span, indicator):
    assert _by_text(text)[span]["indicator"] == indicator


@pytest.mark.parametrize(
    "text, span, indicator",
    [
        # `连续N年` is when (its span of years), not part of the name
        pytest.param(REVIEW + "外贸进出口总额连续两年超过4万亿元。", "4万亿元", "外贸进出口总额", id="shanghai2023"),
        pytest.param(
            REVIEW + "42个国省考断面水质优良比例连续5年保持100%，江豚逐浪成为常态。",
            "100%",
            "国省考断面水质优良比例",
            id="nanjing2024",
        ),
        pytest.param(
            REVIEW + "克服极端灾害天气影响，粮食总产量1344亿斤，连续8年稳定在1300亿斤以上。",
            "1300亿斤",
            "粮食总产量",
            id="henan2025-clause-of-its-own",
        ),
        # a level above another, and two predicates joined by 或
        pytest.param(
            REVIEW + "生活垃圾无害化处理率达到99.8%以上，污水处理率高于95%。", "95%", "污水处理率", id="beijing2016"
        ),
        pytest.param(
            REVIEW + "经济增长连续四年达到或略高于10%，没有出现明显通货膨胀。", "10%", "经济增长", id="gov2007"
        ),
        pytest.param(
            PLAN + "到本世纪末，第三产业占国内生产总值的比重接近或达到60%。",
            "60%",
            "第三产业占国内生产总值的比重",
            id="constructed-near-or-reached",
        ),
    ],
)
def test_a_run_of_years_and_joined_predicates_are_no_part_of_the_name(text, span, indicator):
    assert _by_text(text)[span]["indicator"] == indicator


@pytest.mark.parametrize(
    "text, span, indicator",
    [
        # 产业 shared by the items of a list
        pytest.param(
            PLAN + "确保集成电路、生命健康产业规模分别突破500亿元、1000亿元。",
            "500亿元",
            "集成电路产业规模",
            id="nanjing2020",
        ),
        pytest.param(
            PLAN + "推动石油化工、有色冶金产业规模分别突破1000亿元和600亿元。",
            "1000亿元",
            "石油化工产业规模",
            id="lanzhou2025",
        ),
        pytest.param(
            REVIEW + "新能源产业产值、文旅创意产业营业收入分别增长32.5%和20%。",
            "32.5%",
            "新能源产业产值",
            id="named-guard",
        ),
        # a fund named after the sum, as written
        pytest.param(
            PLAN + "综合考虑各方面因素，今年拟发行1400亿元长期建设国债。",
            "1400亿元",
            "长期建设国债",
            id="gov2003-bonds",
        ),
        # 在建 opens what is counted after the unit
        pytest.param(
            PLAN + "完善高速公路网络，抓好2665公里在建高速公路建设。", "2665公里", "在建高速公路", id="henan2010"
        ),
        # a lead word and a verb in one word before a sum of something
        pytest.param(
            PLAN + "今年，全力抓好654个重点项目，努力实现840亿元以上的投资规模。",
            "840亿元",
            "投资规模",
            id="xining2013",
        ),
        pytest.param(
            PLAN + "全面开工建设二环路改造工程，年内努力实现60公里主线通车。", "60公里", "主线通车", id="hohhot2014"
        ),
    ],
)
def test_shared_industry_words_funds_and_objects_after_the_unit(text, span, indicator):
    assert _by_text(text)[span]["indicator"] == indicator


@pytest.mark.parametrize(
    "text, span, indicator",
    [
        pytest.param(
            REVIEW + "地方一般公共预算收入剔除留抵退税因素后增长2.3%。",
            "2.3%",
            "地方一般公共预算收入",
            id="foshan2023-basis",
        ),
        pytest.param(
            REVIEW + "社会消费品零售总额956亿元，扣除物价因素影响实际增长19.7%。",
            "19.7%",
            "社会消费品零售总额",
            id="price-basis",
        ),
        pytest.param(
            REVIEW + "一般公共预算收入在大幅减税降费的情况下增长0.8%。",
            "0.8%",
            "一般公共预算收入",
            id="qingdao2020-circumstance",
        ),
        pytest.param(REVIEW + "粮食产量在大灾之年达到25亿斤。", "25亿斤", "粮食产量", id="hegang2014-circumstance"),
    ],
)
def test_the_circumstances_and_basis_of_a_figure_are_no_part_of_its_name(text, span, indicator):
    assert _by_text(text)[span]["indicator"] == indicator


@pytest.mark.parametrize(
    "text, span, indicator",
    [
        pytest.param(PLAN + "确保环境空气质量进入全国重点城市前100名。", "100名", "环境空气质量", id="meishan2023"),
        pytest.param(
            PLAN + "经济规模争取进入全国前十名，力争成为广东最具活力的城市。", "十名", "经济规模", id="foshan2012"
        ),
    ],
)
def test_a_place_among_the_first_n_is_a_rank_of_what_entered(text, span, indicator):
    f = _by_text(text)[span]
    assert (f["indicator"], f["measure"], f["comparator"]) == (indicator, "rank", "<=")


@pytest.mark.parametrize(
    "text, span, indicator",
    [
        pytest.param(
            REVIEW + "专业化整合顺利推进，省管企业净资产增长8.9%、研发投入增长34.4%。",
            "34.4%",
            "省管企业研发投入",
            id="henan2025",
        ),
        pytest.param(
            REVIEW + "市属国企资产总额、利润总额分别增长13.2%和13.1%。",
            "13.1%",
            "市属国企利润总额",
            id="xiamen2019-listed",
        ),
        pytest.param(
            PLAN + "力争国企资产总额增长12%、营业收入增长18%、利润总额增长10%。",
            "18%",
            "国企营业收入",
            id="foshan2023-carried",
        ),
    ],
)
def test_a_firms_accounts_listed_after_their_owner_keep_it(text, span, indicator):
    assert _by_text(text)[span]["indicator"] == indicator


@pytest.mark.parametrize(
    "text, span, indicator",
    [
        pytest.param(
            PLAN + "打造科技创新策源地，力争挖掘科技成果200项、转化30项。", "30项", "转化科技成果", id="dalian2024"
        ),
        pytest.param(REVIEW + "受理投诉举报147件、办结133件。", "133件", "办结投诉举报", id="bozhou2016"),
    ],
)
def test_a_list_item_of_only_a_verb_counts_the_noun_before(text, span, indicator):
    assert _by_text(text)[span]["indicator"] == indicator


@pytest.mark.parametrize(
    "text, span, indicator",
    [
        pytest.param(
            PLAN + "加快兰州石化120万吨乙烯、金川集团28万吨硫酸镍、海亮集团15万吨高性能铜箔波、嘉峪关文丰600万吨"
            "氧化铝、中科电气10万吨负极材料等重点项目建设。",
            "15万吨",
            "海亮集团高性能铜箔波项目",
            id="gansu2023-list-of-projects",
        ),
        pytest.param(
            PLAN
            + "推进德方纳米11万吨新型磷酸盐系正极材料、德枋亿纬11万吨磷酸铁锂、云南梓靖5万吨高端锂电铜箔等项目建设。",
            "5万吨",
            "云南梓靖高端锂电铜箔项目",
            id="qujing2022",
        ),
        pytest.param(
            PLAN + "交通建设方面重点抓好渭武高速，能源建设方面重点实施通渭40万千瓦风电场，陇西和临洮生物质发电项目。",
            "40万千瓦",
            "通渭风电场",
            id="dingxi2020-after-the-last-verb",
        ),
        pytest.param(
            REVIEW + "江铃30万辆整车、南昌航空工业城等项目稳步推进；双汇肉制品加工等项目顺利竣工。",
            "30万辆",
            "江铃整车项目",
            id="nanchang2012-count-of-products",
        ),
        pytest.param(
            PLAN + "延伸化工产业链，带动下游吉神30万吨环氧丙烷、聚源40万吨聚醚项目产能释放。",
            "30万吨",
            "吉神环氧丙烷",
            id="jilin2016-no-project-list",
        ),
        pytest.param(
            REVIEW + "首艘国产航母、3000吨超级加氢反应器等一批大国重器下线。",
            "3000吨",
            "超级加氢反应器",
            id="dalian2022-item-opens-on-the-capacity",
        ),
    ],
)
def test_a_capacity_between_an_owner_and_its_product_measures_the_owners_product(text, span, indicator):
    assert _by_text(text)[span]["indicator"] == indicator


@pytest.mark.parametrize(
    "text, span, indicator",
    [
        pytest.param(
            REVIEW + "全年完成货物周转量57152亿吨公里，比上年增长13.1%。",
            "57152亿吨公里",
            "货物周转量",
            id="communique2003-ton-kilometres",
        ),
        pytest.param(
            REVIEW + "建成保障房557万平方米，花岗、岱山、丁家庄、上坊等8万套保障房基本具备交付条件。",
            "8万套",
            "保障房基本具备交付条件",
            id="nanjing2014-names-are-examples",
        ),
        pytest.param(
            REVIEW + "新增就业10万人，建成5万千瓦光伏电站。",
            "5万千瓦",
            "光伏电站",
            id="a-verb-before-the-capacity",
        ),
    ],
)
def test_a_capacity_not_between_an_owner_and_its_product(text, span, indicator):
    assert _by_text(text)[span]["indicator"] == indicator


@pytest.mark.parametrize(
    "text, span, indicator",
    [
        pytest.param(
            REVIEW + "生态环境持续向好，地表水环境质量在全国339个地市中列第16位。",
            "第16位",
            "地表水环境质量",
            id="quzhou2023-before-the-peers",
        ),
        pytest.param(
            REVIEW + "2006年房价涨幅回落到2.2%，在全国35个大中城市中列第30位。",
            "第30位",
            "房价涨幅",
            id="ningbo2007-a-count-of-the-peers",
        ),
        pytest.param(
            REVIEW + "人民币存贷款余额增长11.7%，增速在西部12个省会（首府）城市、直辖市中排第1位。",
            "第1位",
            "人民币存贷款余额增速",
            id="nanning2020-the-rate",
        ),
        # … an evaluation with nothing before it names what is ranked (as the seeds read it)
        pytest.param(
            REVIEW + "推进涉企检查“备案制”改革，在全省首次综合营商环境评价中排名第5位。",
            "第5位",
            "首次综合营商环境评价中",
            id="seed003-an-evaluation",
        ),
    ],
)
def test_a_rank_among_peers_ranks_what_stands_before_them(text, span, indicator):
    assert _by_text(text)[span]["indicator"] == indicator


@pytest.mark.parametrize(
    "text, span, indicator",
    [
        # the output an intensity is per belongs to every item (`单位…生产总值`, `万元GDP`)
        pytest.param(
            REVIEW + "单位国内生产总值能源消耗和二氧化碳排放分别降低13.5%、18%，主要污染物排放总量持续减少。",
            "18%",
            "单位国内生产总值二氧化碳排放",
            id="plan2021-per-unit",
        ),
        pytest.param(
            PLAN + "二是万元GDP能耗、水耗分别下降2.75%和4%，主要是基于深圳当前万元GDP能耗已经处于较低水平。",
            "4%",
            "万元GDP水耗",
            id="shenzhen2008-per-unit",
        ),
        pytest.param(
            REVIEW + "万元地区生产总值能耗、水耗和二氧化碳排放分别下降3%、4%和5%。",
            "4%",
            "万元地区生产总值水耗",
            id="consumption-takes-no-head",
        ),
        # items ending on a quoted name share what the last says after its own
        pytest.param(
            REVIEW
            + "等级公路通村率和通村公路硬化率分别达到90.2%和80.8%，“千镇连锁超市”、“万村放心店”覆盖面分别达到92.3%和96.3%。",
            "92.3%",
            "“千镇连锁超市”覆盖面",
            id="zhejiang2007-quoted",
        ),
        pytest.param(
            REVIEW + "低保标准逐步提高，农村“五保”、城镇“三无”人员集中供养率分别达到94.6%和98.3%。",
            "94.6%",
            "农村“五保”人员集中供养率",
            id="ningbo2007-quoted",
        ),
        # an accident's count, deaths and losses share the accidents named first
        pytest.param(
            REVIEW + "深入开展安全生产专项整治三年行动，生产安全事故起数和死亡人数分别下降30.7%、23.4%。",
            "23.4%",
            "生产安全事故死亡人数",
            id="nanjing2022-accidents",
        ),
        pytest.param(
            REVIEW + "安全生产事故起数、死亡人数和直接经济损失分别比2002年下降25.7%、4.5%和39.1%。",
            "39.1%",
            "安全生产事故直接经济损失",
            id="ningbo2007-accidents",
        ),
        pytest.param(
            REVIEW + "开展消防安全专项整治，全市火灾事故宗数、死亡人数分别下降22.7%和75.6%。",
            "75.6%",
            "火灾事故死亡人数",
            id="dongguan2009-accidents-zongshu",
        ),
    ],
)
def test_a_list_shares_what_its_items_leave_unsaid(text, span, indicator):
    assert _by_text(text)[span]["indicator"] == indicator


@pytest.mark.parametrize(
    "text, span, indicator",
    [
        pytest.param(
            REVIEW + "1997年全省乡及乡以上工业增加值和实现利税分别比1992年增长1.9倍和1.7倍。",
            "1.7倍",
            "乡及乡以上工业利税",
            id="hebei1998-years-and-a-scope",
        ),
        pytest.param(
            REVIEW + "全市乡及乡以上独立核算工业企业完成工业增加值和实现利税分别比上年增长18.54%和50.35%。",
            "50.35%",
            "乡及乡以上独立核算工业企业利税",
            id="guangzhou1994",
        ),
    ],
)
def test_an_attribute_listed_with_its_verb_shares_the_owner_of_the_first(text, span, indicator):
    assert _by_text(text)[span]["indicator"] == indicator


@pytest.mark.parametrize(
    "text, span, indicator",
    [
        pytest.param(
            PLAN + "对省财政转移支付地区乡镇（街道）1320名残疾人专职委员给予每人每月1100元补贴。",
            "1100元",
            "残疾人专职委员补贴",
            id="guangdong2016-count-of-recipients",
        ),
        pytest.param(
            PLAN + "对纳入计划的生态发展地区污水处理厂按日处理能力每万吨1000万元予以一次性补助。",
            "1000万元",
            "生态发展地区污水处理厂一次性补助",
            id="guangdong2016-verb-after-the-sum",
        ),
        pytest.param(
            REVIEW + "对8家市属公立医院给予2.05亿元补助，减轻医院负担。",
            "2.05亿元",
            "市属公立医院补助",
            id="dongguan2017",
        ),
        pytest.param(
            REVIEW + "对困难残疾人发放每人每月300元生活补贴。", "300元", "困难残疾人生活补贴", id="xiamen2013"
        ),
    ],
)
def test_a_grant_names_its_recipient(text, span, indicator):
    assert _by_text(text)[span]["indicator"] == indicator


@pytest.mark.parametrize(
    "text, span, indicator",
    [
        pytest.param(
            REVIEW + "新兴产业、高新技术产业产值分别占规上工业产值比重45%、48%。",
            "45%",
            "新兴产业产值占规上工业产值比重",
            id="yangzhou2016",
        ),
        pytest.param(
            REVIEW + "机电产品和高新技术产品进口增长也明显加快，分别增长32.6%和39.7%。",
            "32.6%",
            "机电产品进口",
            id="communique2000",
        ),
    ],
)
def test_a_parallel_item_ending_with_the_shared_word_takes_it_once(text, span, indicator):
    assert _by_text(text)[span]["indicator"] == indicator


@pytest.mark.parametrize(
    "text, span, indicator",
    [
        pytest.param(
            PLAN + "地区生产总值增长12%，财政一般预算收入增长12%，其中市本级增长10%。",
            "10%",
            "市本级财政一般预算收入",
            id="ningbo2007",
        ),
        pytest.param(
            REVIEW + "全市兑现各类人才奖励补助资金1.3亿元，其中市本级6823.6万元。",
            "6823.6万元",
            "市本级兑现各类人才奖励补助资金",
            id="taian2020",
        ),
        # … not when a thing counted follows the level (`其中市级重点项目80个`)
        pytest.param(PLAN + "完成投资800亿元，其中市级重点项目80个。", "80个", "市级重点项目", id="a-thing-counted"),
    ],
)
def test_the_part_a_level_of_government_holds_is_of_the_quantity_before(text, span, indicator):
    assert _by_text(text)[span]["indicator"] == indicator


@pytest.mark.parametrize(
    "text, span, indicator",
    [
        pytest.param(
            REVIEW + "新型农村合作医疗试点范围扩大到1451个县（市、区），占全国总数的50.7%。",
            "1451个",
            "新型农村合作医疗试点县（市、区）",
            id="gov2007",
        ),
        pytest.param(
            REVIEW + "初步建立公立医院医疗服务评价体系，社区卫生服务综合改革扩大到184个街镇。",
            "184个",
            "社区卫生服务综合改革街镇",
            id="shanghai2017",
        ),
        # (a share of the places too, named after its 的)
        pytest.param(
            PLAN + "城镇居民基本医疗保险试点要扩大到全国50%以上的城市。",
            "50%",
            "城镇居民基本医疗保险试点城市",
            id="gov2008-share",
        ),
        # (a range named is what the share is of, as gov2012's annotator reads it)
        pytest.param(
            PLAN + "将免费孕前优生健康检查试点范围扩大到60%的县（市、区）。",
            "60%",
            "免费孕前优生健康检查试点范围",
            id="gov2012-share-of-range",
        ),
        pytest.param(
            PLAN + "将新农保试点范围扩大到40%以上的县。", "40%", "新农保试点范围", id="heilongjiang2011-share-of-range"
        ),
        # … not where the places grow and no programme is named
        pytest.param(
            REVIEW + "全面完成港口整合，厦门港由8个港区扩大到12个港区。", "12个", "港区", id="xiamen2011-ports"
        ),
    ],
)
def test_the_places_a_programme_is_extended_to_are_named_with_it(text, span, indicator):
    assert _by_text(text)[span]["indicator"] == indicator


@pytest.mark.parametrize(
    "text, span, indicator",
    [
        pytest.param(
            REVIEW + "加强环保基础设施建设，城市污水和生活垃圾日处理能力分别增加55万吨和5000吨。",
            "55万吨",
            "城市污水日处理能力",
            id="zhejiang2007",
        ),
        pytest.param(
            REVIEW + "城市污水和生活垃圾无害化处理率分别达80%、95%，农村卫生厕所普及率53.5%。",
            "80%",
            "城市污水处理率",
            id="liangshan2021",
        ),
        # … not where the list names places
        pytest.param(
            REVIEW + "城八区和郊区生活垃圾无害化处理率分别达到95.2%和46.6%。",
            "95.2%",
            "城八区生活垃圾无害化处理率",
            id="beijing2006-places",
        ),
    ],
)
def test_a_list_of_wastes_shares_what_treats_them(text, span, indicator):
    assert _by_text(text)[span]["indicator"] == indicator


@pytest.mark.parametrize(
    "text, span, indicator",
    [
        pytest.param(
            REVIEW + "加大知识产权保护力度，发明专利申请和授权量分别增长23%和28.3%。",
            "28.3%",
            "发明专利授权量",
            id="zhejiang2007-closing-measure-word",
        ),
        pytest.param(
            REVIEW + "研发投入占比达到2.8%以上，专利申请量和授权量比上年分别增长7.7%和39%。",
            "39%",
            "专利授权量",
            id="shanghai2011-patents",
        ),
        pytest.param(
            REVIEW + "12345市民服务热线诉求解决率、满意率分别达96.7%和97%。",
            "97%",
            "市民服务热线诉求满意率",
            id="beijing2025-hotline",
        ),
        # … not where the first item's tail is no verb's count (`医师数和床位数`)
        pytest.param(
            REVIEW + "每千人口拥有执业（助理）医师数和床位数分别达3.5名、7.6张。",
            "7.6张",
            "床位数",
            id="nanning2021-doctors-and-beds",
        ),
    ],
)
def test_counts_of_verbs_share_what_the_first_names_before_its_verb(text, span, indicator):
    assert _by_text(text)[span]["indicator"] == indicator


@pytest.mark.parametrize(
    "text, span, indicator",
    [
        pytest.param(
            REVIEW + "五年来，国内生产总值以年均11.2%的速度增长，2002年达1168.66亿元。",
            "11.2%",
            "国内生产总值",
            id="foshan2003-speed",
        ),
        pytest.param(
            REVIEW + "预计五年间全省生产总值以年均12%的速度持续增长。", "12%", "全省生产总值", id="qinghai2006-speed"
        ),
        pytest.param(
            REVIEW + "移动电话和互联网用户分别以年均36%和48%的速度增长。", "48%", "互联网用户", id="shandong2006-list"
        ),
    ],
)
def test_the_speed_something_grows_at_is_its_growth(text, span, indicator):
    # `以年均N%的速度增长`: the percentage is a growth rate of what stands before 以, not a share of 速度
    figs = _by_text(text)
    assert (figs[span]["indicator"], figs[span]["measure"]) == (indicator, "growth")


@pytest.mark.parametrize(
    "text, span",
    [
        pytest.param(
            REVIEW + "集中开展安全生产五项攻坚行动，事故起数、死亡人数同比减少265起、98人，分别下降26.1%、14.4%。",
            "98人",
            id="shaanxi2020-accidents",
        ),
        pytest.param(
            REVIEW + "九项帮扶工程精准到位，全市低收入家庭同比减少249户、639人。", "639人", id="panjin2020-households"
        ),
    ],
)
def test_counts_of_other_units_joined_after_a_change_verb_are_changes(text, span):
    figs = _by_text(text)
    assert (figs[span]["measure"], figs[span]["sign"]) == ("change", -1)


@pytest.mark.parametrize(
    "text, span, indicator",
    [
        # an item of its own verb after one that named its verb alone
        pytest.param(
            PLAN + "继续推进保障性安居工程建设，在确保质量的前提下，基本建成500万套，新开工700万套以上。",
            "700万套",
            "新开工",
            id="gov2012-bare-verbs",
        ),
        # … a verb with its prefix and object (`新开工建设`) is an item verb too
        pytest.param(
            REVIEW + "全年城镇保障性住房基本建成432万套，新开工建设1043万套。",
            "1043万套",
            "城镇保障性住房新开工建设",
            id="gov2012-review",
        ),
        pytest.param(
            REVIEW + "积极改善群众住房条件，保障性住房竣工10.7万套、新开工10.1万套。",
            "10.1万套",
            "保障性住房新开工",
            id="beijing2015-prefixed",
        ),
        # … the stages that close the item before are all replaced (`竣工投产`), not the process (`改造`)
        pytest.param(
            REVIEW + "亿元以上重点工业项目竣工投产121个、开工建设114个。",
            "114个",
            "亿元以上重点工业项目开工建设",
            id="nanchang2021-chain",
        ),
        pytest.param(
            REVIEW + "29个渡改桥项目开工建设26个、竣工5个。", "5个", "渡改桥项目竣工", id="nanchang2010-chain"
        ),
        # … and a count after an investment counts the projects, not the investment
        pytest.param(
            PLAN + "重大产业项目计划投资213亿元，其中新开工71项、续建109项、竣工32项。",
            "109项",
            "续建重大产业项目",
            id="nanning2019-projects",
        ),
        pytest.param(
            REVIEW + "世行贷款31个子项目累计完成投资9.6亿元，竣工21项。", "21项", "竣工子项目", id="longnan2014-loans"
        ),
    ],
)
def test_a_list_item_of_its_own_verb(text, span, indicator):
    assert _by_text(text)[span]["indicator"] == indicator


@pytest.mark.parametrize(
    "text, expect",
    [
        # bare numbers of the same magnitude listed before the one with the unit take it
        pytest.param(
            REVIEW + "积极创建公交都市，地铁、快速公交日均客运量分别达26.6万、13.5万人次。",
            {"26.6万": ("万人次", 266000.0), "13.5万人次": ("万人次", 135000.0)},
            id="nanning2018-magnitude",
        ),
        pytest.param(
            REVIEW + "养老、医疗、失业、工伤和生育保险人数分别增至66.5万、57万、46.5万、49.8万和44.09万人。",
            {"66.5万": ("万人", 665000.0), "49.8万": ("万人", 498000.0)},
            id="quanzhou2009-magnitude",
        ),
        # … and a bare number joined by 和 to the last
        pytest.param(
            REVIEW + "在园幼儿公办率和普惠率分别达45.5%和78%，提高17和18.9个百分点。",
            {"17": ("个百分点", 17.0)},
            id="hefei2020-points",
        ),
        pytest.param(
            REVIEW + "城镇居民人均居住面积和农村人均生活用房面积分别比2000年增加3.8和4.6平方米。",
            {"3.8": ("平方米", 3.8)},
            id="hefei2006-area-and",
        ),
    ],
)
def test_bare_numbers_listed_before_a_unit_share_it(text, expect):
    figs = _by_text(text)
    assert {span: (figs[span]["unit"], figs[span]["value_base"]) for span in expect} == expect


def test_a_magnitude_alone_is_no_figure():
    assert "50亿" not in _by_text(REVIEW + "全市常住人口达到50亿，增长8%。")


@pytest.mark.parametrize(
    "text, span, indicator",
    [
        # `客货` lists passengers and freight (`客货运量`, `客货吞吐量`)
        pytest.param(REVIEW + "泉金航线客货运量分别增长38%和93%。", "93%", "泉金航线货运量", id="quanzhou2009-freight"),
        pytest.param(
            PLAN + "国际（地区）航线达98条，力争客货吞吐量分别突破4800万人次、62万吨。",
            "62万吨",
            "货物吞吐量",
            id="chengdu2017-throughput",
        ),
        # the class the items are counted as (`四大主导产业`) is no part of an item's name
        pytest.param(
            REVIEW + "钢铁、新能源、光电信息、装备制造四大主导产业主营业务收入分别增长15.3%、30.4%、80.2%、19.6%。",
            "19.6%",
            "装备制造主营业务收入",
            id="xinyu2018-class",
        ),
        pytest.param(
            REVIEW + "新能源新材料、汽车智能装备、电子信息三大新兴产业产值分别增长33.5%、31.7%、21.7%。",
            "21.7%",
            "电子信息产值",
            id="jingmen2025-class",
        ),
        # a year's investment is owned by the batch of projects just counted
        pytest.param(
            PLAN + "全年计划实施167个在建重点项目，实现年度投资300亿元以上。",
            "300亿元",
            "在建重点项目年度投资",
            id="quanzhou2009-yearly-investment",
        ),
        pytest.param(
            REVIEW + "实施100个市级重点项目，完成年度投资230亿元。",
            "230亿元",
            "市级重点项目年度投资",
            id="ankang2014-yearly",
        ),
    ],
)
def test_listed_items_and_batches_named_as_reports_write_them(text, span, indicator):
    assert _by_text(text)[span]["indicator"] == indicator


@pytest.mark.parametrize(
    "text, expect",
    [
        # an item's number (`（2）`, `一是`) opening the clause that names what the figures after it are of
        pytest.param(
            PLAN + "（1）建立农村居民最低生活保障制度，人均补助260元，以后逐步扩面提标。"
            "（2）提高农村“五保户”供养标准，从人均每年850元提高到1200元。",
            {"850元": ("农村“五保户”供养标准", "actual", 2020), "1200元": ("农村“五保户”供养标准", "target", 2021)},
            id="anhui2007-inline-number",
        ),
        pytest.param(
            PLAN + "一是提高百岁老人津贴标准，每人每月从200元提高至400元。",
            {"400元": ("百岁老人津贴标准", "target", 2021)},
            id="jieyang2014-yishi",
        ),
        # … and a share named after the verb that opens its clause
        pytest.param(
            PLAN + "主要目标：一是提高财政收入占GDP的比重，由13%提高到13.8%。",
            {"13%": ("财政收入占GDP的比重", "actual", 2020), "13.8%": ("财政收入占GDP的比重", "target", 2021)},
            id="jiangxi2011-share",
        ),
        # the base a standard is raised from, per head and per year (`由人均每年693元提高到785元`)
        pytest.param(
            PLAN + "农村低保最低限定标准由人均每年693元提高到785元。",
            {"693元": ("农村低保最低限定标准", "actual", 2020)},
            id="shaanxi2009-base-per-head-and-year",
        ),
    ],
)
def test_the_clause_naming_what_is_raised(text, expect):
    figs = _by_text(text)
    assert {span: (figs[span]["indicator"], figs[span]["status"], figs[span]["year"]) for span in expect} == expect


@pytest.mark.parametrize(
    "text, span, measure",
    [
        pytest.param(
            PLAN + "实施粮油作物单产提升70万亩，全过程挖掘单产潜力。", "70万亩", "amount", id="hohhot2025-yield"
        ),
        pytest.param(
            REVIEW + "完成森林质量精准提升4万亩，建成绿美广东示范点5个。", "4万亩", "amount", id="dongguan2024-forest"
        ),
        # … but an area named is changed by the verb
        pytest.param(REVIEW + "全市耕地面积提高2万亩。", "2万亩", "change", id="constructed-area-named"),
    ],
)
def test_an_area_after_a_verb_of_improving_is_where_the_task_is_done(text, span, measure):
    assert _by_text(text)[span]["measure"] == measure


@pytest.mark.parametrize(
    "text, span, indicator",
    [
        pytest.param(
            REVIEW + "全社会固定资产投资可达950亿元，是3.19倍。", "950亿元", "全社会固定资产投资", id="lanzhou2012"
        ),
        pytest.param(
            PLAN + "科技型中小企业突破4000家，高新技术企业有望突破2000家。", "2000家", "高新技术企业", id="nanchang2026"
        ),
    ],
)
def test_a_level_expected_is_no_part_of_the_name(text, span, indicator):
    assert _by_text(text)[span]["indicator"] == indicator


@pytest.mark.parametrize(
    "text, span, indicator",
    [
        pytest.param(
            REVIEW + "征收养老保险费23.8亿元，收缴率达到92%。",
            "92%",
            "征收养老保险费收缴率",
            id="shenyang2002-collection",
        ),
        pytest.param(
            REVIEW + "全市共调处民间纠纷1.4万件，成功率达95%；劳动争议案件3.4万件，调解率达92%。",
            "92%",
            "劳动争议案件调解率",
            id="dongguan2008-mediation",
        ),
        pytest.param(
            REVIEW + "受理市长专线14565件、市长信箱1707件，办结率100%。",
            "100%",
            "市长信箱办结率",
            id="urumqi2016-mayor-mailbox",
        ),
    ],
)
def test_a_rate_of_handling_is_of_what_was_just_counted(text, span, indicator):
    assert _by_text(text)[span]["indicator"] == indicator


@pytest.mark.parametrize(
    "text, span, indicator",
    [
        # `总产` (总产量 shortened) is owned by what the figure before measured
        pytest.param(REVIEW + "全年粮食播种面积8.1万亩，总产3万吨。", "3万吨", "粮食总产", id="dongguan2005"),
        pytest.param(
            REVIEW + "持续推进高标准农田建设，粮食种植面积达214万亩、总产超20亿斤。",
            "20亿斤",
            "粮食总产",
            id="nanjing2026",
        ),
        # … and a subject that is itself a quantity owns by its owner (`粮食种植面积、单产…` -> 粮食)
        pytest.param(REVIEW + "粮食种植面积、单产实现“双增”，总产超298万吨。", "298万吨", "粮食总产", id="hefei2024"),
    ],
)
def test_an_attribute_is_owned_by_the_owner_of_the_quantity_before(text, span, indicator):
    assert _by_text(text)[span]["indicator"] == indicator


@pytest.mark.parametrize(
    "text, span, indicator, measure",
    [
        pytest.param(
            REVIEW + "前几年，全省社会商品零售物价和居民消费价格指数曾一度在高位运行，1994年涨幅分别高达21.4%和22.6%。",
            "21.4%",
            "涨幅",
            "growth",
            id="hebei1998-rates",
        ),
        pytest.param(
            REVIEW + "电子信息产品工业企业发展到3300多家，电脑零部件配套率高达95%以上。",
            "95%",
            "电脑零部件配套率",
            "share",
            id="dongguan2004-rate",
        ),
        pytest.param(
            REVIEW + "地铁3号线开通运营，线网单日客运量最高达116.57万人次。",
            "116.57万人次",
            "线网单日客运量",
            "amount",
            id="nanning2020-peak",
        ),
    ],
)
def test_a_level_stressed_is_no_part_of_the_name(text, span, indicator, measure):
    figs = _by_text(text)
    assert (figs[span]["indicator"], figs[span]["measure"]) == (indicator, measure)


@pytest.mark.parametrize(
    "text, span, indicator",
    [
        pytest.param(
            REVIEW + "2343个县（市、区）开展新型农村社会养老保险试点，3.58亿人参保。",
            "2343个",
            "新型农村社会养老保险试点县（市、区）",
            id="gov2012-pilot-counties",
        ),
        pytest.param(
            REVIEW + "在108个村开展自然村落综合整治试点。",
            "108个",
            "自然村落综合整治试点村",
            id="shanghai2009-pilot-villages",
        ),
        # … not where no pilot is named
        pytest.param(REVIEW + "确定10个县开展试点。", "10个", "县", id="constructed-no-pilot-named"),
    ],
)
def test_places_counted_where_a_pilot_runs_are_its_pilot_places(text, span, indicator):
    assert _by_text(text)[span]["indicator"] == indicator
