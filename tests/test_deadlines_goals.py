"""Deadlines of goal statements (#13): levels due by a year, 使/把 goals, purpose phrases, lists of
times sharing a subject, and actions read by word class where no completion verb is written.
Sentences from reports of several levels and eras (meaning: shared/gold/GUIDELINES.md)."""

import datetime as dt

import pytest

from pipeline.deadlines import find_deadlines

D = dt.date

# (name, sentence, plan_year, text, due, action, subject) -- subject: a substring of the one found
CASES = [
    # a level due by a year after the plan year (国务院 1983; 浙江 2026, 贵州 2026)
    (
        "level_to_1983",
        "今后五年，计划将普通高等学校招生人数由一九八二年的三十一万五千人，增加到一九八七年的五十五万人，增长百分之七十五。",
        1983,
        "一九八七年",
        D(1987, 12, 31),
        "增加到",
        "普通高等学校招生人数",
    ),
    (
        "level_to_2026",
        "一产增加值突破3000亿元，农产品加工转化率从2020年的51%提升到2025年的70%。",
        2021,
        "2025年",
        D(2025, 12, 31),
        "提升到",
        "农产品加工转化率",
    ),
    (
        "level_to_causative",
        "使这方面的招生人数由一九八二年的二十九万人增加到一九八七年的一百一十万人，即增长二点八倍。",
        1983,
        "一九八七年",
        D(1987, 12, 31),
        "增加到",
        "这方面的招生人数",
    ),
    # 使/把 after N年内: a goal whose verb is none of the completion verbs (国务院 1983, 1988; 山东 1996)
    (
        "causative_share",
        "五年内使职业高中在校学生数占到整个高中学生总数的百分之四十以上。",
        1983,
        "五年内",
        D(1987, 12, 31),
        "占到",
        "职业高中在校学生数",
    ),
    (
        "causative_state",
        "并相应进行输电、变电的配套建设，在五年内使电力供应紧张状况得到明显缓和。",
        1988,
        "五年内",
        D(1992, 12, 31),
        "得到明显缓和",
        "电力供应紧张状况",
    ),
    (
        "disposal_1982",
        "必须继续认真抓好，争取在三年内把我国人口自然增长率降到百分之一以下。",
        1982,
        "三年内",
        D(1984, 12, 31),
        "降到",
        "我国人口自然增长率",
    ),
    (
        "disposal_verb_run",
        "整顿企业是提高经济效益的基础工作，继续抓紧进行，确保一九八五年前把现有企业认真整顿一遍。",
        1983,
        "一九八五年前",
        D(1985, 12, 31),
        "认真整顿一遍",
        "现有企业",
    ),
    # a period heading its clause, the goal in the next (国务院 1983)
    (
        "period_heads_goal",
        "从一九八一年到一九九〇年的前十年，主要是打好基础；从一九九一年到二〇〇〇年的后十年，争取进入一个新的经济振兴时期。",
        1983,
        "从一九九一年到二〇〇〇年的后十年",
        D(2000, 12, 31),
        "争取进入",
        "新的经济振兴时期",
    ),
    (
        "period_heads_resultative",
        "从一九八一年到一九九〇年的前十年，主要是打好基础；从一九九一年到二〇〇〇年的后十年，争取进入一个新的经济振兴时期。",
        1983,
        "从一九八一年到一九九〇年的前十年",
        D(1990, 12, 31),
        "打好",
        "基础",
    ),
    # an adjective before a noun belongs to the object (浙江 1982)
    (
        "adjective_of_object",
        "今年下半年，要结合重大节日以及党和国家的重大政治活动，组织几次较大规模的群众性活动。",
        1982,
        "今年下半年",
        D(1982, 12, 31),
        "结合",
        "重大节日",
    ),
    # a time inside a purpose phrase (国务院 1988; 忻州 2022)
    (
        "purpose_1988",
        "这样就可以为在本世纪末实现国民生产总值翻两番、人民生活达到小康水平打下牢固的基础。",
        1988,
        "本世纪末",
        D(2000, 12, 31),
        "实现",
        "国民生产总值翻两番、人民生活达到小康水平",
    ),
    # times of a list sharing one subject (浙江 2023; 安康 2023)
    (
        "list_third_item",
        "有效解决重大项目建设难题，省重大项目中的新建项目开工率一季度达到30%、二季度达到60%、三季度达到85%以上。",
        2023,
        "三季度",
        D(2023, 9, 30),
        "达到",
        "新建项目开工率",
    ),
    # a year reached by a verb of change after 要/将 (国务院 1979; 一五计划 1953)
    (
        "year_goal_change_1979",
        "今后要继续努力使它逐年下降，一九八五年要降到千分之五左右。",
        1979,
        "一九八五年",
        D(1985, 12, 31),
        "降到",
        "",
    ),
    (
        "year_goal_change_1953",
        "上述各部门的工人技术学校，一九五二年为二二所，一九五七年将发展到一四〇所。",
        1953,
        "一九五七年",
        D(1957, 12, 31),
        "发展到",  # (no verb of the action tables: read by word class, a verb of reaching a level)
        "",
    ),
    # a year in a purpose phrase (为…绘就/奠定…) is due (上海 2015, 2011)
    (
        "purpose_year_shanghai2015",
        "高质量编制“十三五”规划，为2020年基本建成“四个中心”和社会主义现代化国际大都市绘就发展蓝图。",
        2015,
        "2020年",
        D(2020, 12, 31),
        "基本建成",
        "四个中心",
    ),
    (
        "purpose_year_shanghai2011",
        "全面提升经济中心城市的国际地位，为2020年基本建成“四个中心”奠定坚实基础。",
        2011,
        "2020年",
        D(2020, 12, 31),
        "基本建成",
        "四个中心",
    ),
    # 解决好 is what is due (国务院 2019)
    (
        "settle_well_2019",
        "加快实施农村饮水安全巩固提升工程，今明两年要解决好饮水困难人口的饮水安全问题，提高6000万农村人口供水保障水平。",
        2019,
        "今明两年",
        D(2020, 12, 31),
        "要解决好",
        "饮水安全问题",
    ),
    # ending or removing is what is due (国务院 2004; 佛山 2011)
    (
        "abolish_2004",
        "从今年起，逐步降低农业税税率，平均每年降低1个百分点以上，五年内取消农业税。",
        2004,
        "五年内",
        D(2008, 12, 31),
        "取消",
        "农业税",
    ),
    (
        "phase_out_foshan2011",
        "重点整治小锅炉、挥发性有机污染物和机动车尾气排放，五年内全部淘汰黄标车和小锅炉。",
        2011,
        "五年内",
        D(2015, 12, 31),
        "全部淘汰",
        "黄标车",
    ),
    (
        "settle_2004",
        "国务院决定，用三年时间基本解决建设领域拖欠工程款和农民工工资问题。",
        2004,
        "用三年时间",
        D(2006, 12, 31),
        "基本解决",
        "拖欠工程款",
    ),
    # the end of a five-year plan named by its ordinal (国务院 1954; 1986 style)
    (
        "fyp_ordinal_1954",
        "我们希望，在第一个五年计划期末，全国可以有半数以上的农户和土地加入农业生产合作社。",
        1954,
        "第一个五年计划期末",
        D(1957, 12, 31),
        None,
        "",
    ),
    (
        "fyp_ordinal_constructed",
        "到第七个五年计划末期，要建成一批骨干企业。",
        1986,
        "到第七个五年计划末期",
        D(1990, 12, 31),
        "要建成",
        "骨干企业",
    ),
    # a span of years to concentrate on (国务院 1979; 浙江 1979)
    (
        "years_concentrated_gov1979",
        "从今年起集中三年的时间，认真搞好国民经济的调整、改革、整顿、提高，把它逐步纳入持续、按比例、高速度发展的轨道。",
        1979,
        "集中三年的时间",
        D(1981, 12, 31),
        "认真搞好",
        "国民经济",
    ),
    (
        "years_concentrated_zj1979",
        "党中央和国务院决定，从今年起，集中三年的时间，认真搞好国民经济的调整、改革、整顿、提高。",
        1979,
        "集中三年的时间",
        D(1981, 12, 31),
        "认真搞好",
        "国民经济",
    ),
    (
        "list_second_item",
        "扎实抓好407个市级重点项目，新上项目开工率一季度达到80%、二季度达到100%，确保重点项目年度投资756亿元。",
        2023,
        "二季度",
        D(2023, 6, 30),
        "达到",
        "新上项目开工率",
    ),
]


@pytest.mark.parametrize("name,sentence,plan_year,text,due,action,subject", CASES, ids=[c[0] for c in CASES])
def test_goal_deadlines(name, sentence, plan_year, text, due, action, subject):
    found = [d for d in find_deadlines(sentence, plan_year) if d["text"] == text]
    assert found, find_deadlines(sentence, plan_year)
    assert found[0]["due"] == due
    assert found[0]["action"] == action, found
    assert subject in (found[0]["subject"] or ""), found


NEGATIVE = [
    # a past level in a review (嘉兴 2020 style): the comparison of a period already over
    ("level_past", "全市常住人口城镇化率由2015年的56.3%提高到2020年的61.6%", 2021),
    # 今年 opening a statement, its verb in the next clause (嘉兴 2020)
    (
        "this_year_adverbial",
        "继续谋划推出一批专项扶持措施，今年在已经为企业减负120亿元的基础上，再新增减负200亿元以上。",
        2020,
    ),
    # 使 inside a clause without a time phrase of its own sets nothing
    ("causative_no_time", "使农民树立长期经营发展的观念", 1988),
    # reaching a year's benchmark early is not a time due (国务院 1958)
    (
        "benchmark_year",
        "有多少个县在今年、明年和以后的年度内，达到全国农业发展纲要修正草案所提出的一九六七年的指标",
        1958,
    ),
]


@pytest.mark.parametrize("name,sentence,plan_year", NEGATIVE, ids=[c[0] for c in NEGATIVE])
def test_goal_negative(name, sentence, plan_year):
    assert find_deadlines(sentence, plan_year) == []


# a time of this year after the report's date, in a review part (嘉兴 2020, delivered in April; 亳州 2014, in January)
AFTER_DELIVERY = [
    (
        "review_expectation",
        "累计建成“五废共治”项目34个，今年6月底有望成为全省首个垃圾“零填埋”、总量“零增长”地市。",
        2020,
        dt.date(2020, 4, 28),
        "今年6月底",
        "成为",
    ),
    (
        "review_project",
        "一批重大项目加快实施，利辛板集电厂主体工程今年4月有望开工。",
        2014,
        dt.date(2014, 1, 22),
        "今年4月",
        "开工",
    ),
    # this year's end named so (今年内, 本年内), in a report given mid-year (国务院 1954, September)
    (
        "review_this_year_end_1954",
        "工程艰险、意义重大的康藏公路将在今年内全线初步通车。",
        1954,
        dt.date(1954, 9, 23),
        "今年内",
        "全线初步通车",
    ),
    (
        "review_this_year_end_yancheng2012",
        "连接大丰港和通榆河的四级航道可望今年底通航。",
        2012,
        dt.date(2012, 6, 16),
        "今年底",
        "通航",
    ),
    (
        "review_this_year_end_1954_existential",
        "一九五四年新建、改建和续建的重大工业建设项目共有三百个，预计在本年内可以有五十一个重大项目完成建设。",
        1954,
        dt.date(1954, 9, 23),
        "本年内",
        "完成建设",
    ),
]


@pytest.mark.parametrize(
    "name,sentence,plan_year,delivered,text,action", AFTER_DELIVERY, ids=[c[0] for c in AFTER_DELIVERY]
)
def test_after_delivery_in_review(name, sentence, plan_year, delivered, text, action):
    found = find_deadlines(sentence, plan_year, horizon_only=True, delivered=delivered)
    assert [(d["text"], d["action"]) for d in found] == [(text, action)]
    # without the report's date, a review part reads only times after the plan year
    assert find_deadlines(sentence, plan_year, horizon_only=True) == []


def test_after_delivery_in_review_reads_its_own_clause():
    # 北海 2021 (delivered in February): the item after 、 goes on about the project before it, and the
    # clauses after the time phrase report what was done (no deadline of theirs)
    s = (
        "多渠道投入28亿元改造提升6家公立医院，市第二人民医院整体搬迁一期工程基本完成、将于今年5月正式运营，"
        "市妇幼保健院异地搬迁项目、市人民医院异地扩建项目二期工程主体完工。"
    )
    found = find_deadlines(s, 2021, horizon_only=True, delivered=dt.date(2021, 2, 3))
    assert [(d["text"], d["action"], d["subject"]) for d in found] == [
        ("今年5月", "正式运营", "市第二人民医院整体搬迁一期工程")
    ]
    # 黑龙江 2010 (delivered in January): existential 有 opens the subject
    s = "全省有14个县（市、区）被列为新农保首批试点单位，今年春节前就会有30.45万名60周岁以上的农村老人领取新农保基础养老金。"
    found = find_deadlines(s, 2010, horizon_only=True, delivered=dt.date(2010, 1, 25))
    assert [(d["text"], d["action"], d["subject"]) for d in found] == [
        ("今年春节前", "领取", "30.45万名60周岁以上的农村老人")
    ]


def test_past_month_of_this_year_in_review():
    # 今年1月 before a report given in April is past (嘉兴 2020)
    s = "今年1月底前完成全市企业复工复产排查。"
    assert find_deadlines(s, 2020, horizon_only=True, delivered=dt.date(2020, 4, 28)) == []


def test_settle_well_is_due_shenzhen2008():
    found = find_deadlines("高度关注中小学生健康成长，全面落实素质教育，年内妥善解决好学生在校午餐午休问题。", 2008)
    assert [(d["text"], d["due"]) for d in found] == [("年内", D(2008, 12, 31))]


@pytest.mark.parametrize(
    "sentence, plan_year, delivered",
    [
        # the 1956 report, given on 15 June
        ("在基本建设方面，到5月份为止，全国基本建设投资总额完成年计划27%。", 1956, dt.date(1956, 6, 15)),
        ("据中央八个工业部的统计，第一季度已经开工的建筑安装工程件数比去年同期增长62%。", 1956, dt.date(1956, 6, 15)),
        # 东莞 2020, given on 11 June: the notes on policies issued that spring
        ("稳外贸20条：指4月27日出台的《东莞市关于促进外贸稳定发展的实施意见》。", 2020, dt.date(2020, 6, 11)),
    ],
)
def test_part_of_year_over_by_delivery_is_no_deadline(sentence, plan_year, delivered):
    assert find_deadlines(sentence, plan_year, delivered=delivered) == []


def test_part_of_year_still_to_come_stays_a_deadline():
    found = find_deadlines("确保一季度实现开门红，6月底前建成投用。", 2021, delivered=dt.date(2021, 1, 20))
    assert [d["text"] for d in found] == ["一季度", "6月底前"]
