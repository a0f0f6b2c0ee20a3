"""How reports name the period a sentence talks about.

Why data: year cues (`2020年`, `今年`, `“十四五”期间`, `五年来`, `到2025年`) decide a figure's
status and year; `pipeline/periods.py` reads them from here.
"""

# Five-year plans: the N-th runs from 1966 + 5·(N−3) (the 3rd plan began in 1966 after the 1963–65
# adjustment years); the 1st and 2nd are listed explicitly.
FIVE_YEAR_PLAN_START = {1: 1953, 2: 1958}
FIVE_YEAR_PLAN_FIRST_REGULAR = (3, 1966)
# `“十四五”`, `十三五`, `“九五”` (group n: the plan's number in Chinese numerals)
# Old reports: `第六个五年计划`, `第七个五年计划期间`.
# A numeral before the name makes it a number (`百分之八十五以上`, `二十五的`), not a plan.
FIVE_YEAR_PLAN = r"(?<![零〇一二三四五六七八九十百千万之第])[“\"]?(?P<n>十[一二三四五六七八九]|[一二三四五六七八九十])五[”\"]?(?=时期|期间|末|规划|计划|以来|开局|收官|[”\"，。、；的和及与中初目以])|第(?P<n>十[一二三四五六七八九]|[一二三四五六七八九十])个五年(?:计划|规划)"
# Years written in Chinese digits (`一九八五年`), as old reports write them.
CHINESE_YEAR = r"(?<![一二三四五六七八九〇零○])(?P<y>[一二][九零〇○][一二三四五六七八九〇零○]{2})年"

# A paragraph about a multi-year span (the whole five-year plan) rather than one year.
MULTI_YEAR_CUES = r"五年来|过去五年|五年接续|五年奋斗|五年间|回首[“\"]?十|期间|时期(?!.{0,4}一年)|累计|年均|以来"
# A paragraph back on a single year.
SINGLE_YEAR_CUES = r"一年来|过去一年|(?<!\d)(?:19|20)\d{2}年(?:是|，|,|以来|全年)|今年|全年"

# Cues in a clause that make a figure cumulative over the period (`period_start` is set).
CUMULATIVE_CUES = r"累计|年均|期间|五年来|五年|较[“\"]?十[一二三四五六七八九]五[”\"]?末?|是[“\"]?十[一二三四五六七八九]五[”\"]?末?的|[比较](?:19|20)\d{2}年"
# In a sentence about a multi-year span (“十四五”时期 …), an amount after one of these words counts
# what was added over the span (`城镇新增就业603.7万人`, `新建改造高标准农田3167万亩`): a flow, so
# cumulative; an amount without one is a level at the span's end (`高新技术企业1.28万家`).
FLOW_CUES = r"新增|新建|新改建|改造|改建|新开工|新登记|新认定|新引进|引进|培育|转移|培训|减少|脱贫|造林|治理|整治|建成"

# An explicit horizon: `到2025年`, `2025年前`, `到“十四五”末`, `“十五五”末`.
# (`在1988年水平的基础上压缩20%`, `在2020年的基础上`: a base to start from, no horizon.)
HORIZON_YEAR = r"(?:到|至|在|于)(?P<y>(?:19|20)\d{2}|[一二][九零〇○][一二三四五六七八九〇零○]{2})年(?!(?:的)?水平|(?:的)?基础上|以来|同期)|(?P<y2>(?:19|20)\d{2}|[一二][九零〇○][一二三四五六七八九〇零○]{2})年(?:前|底前|末|底以前)"
HORIZON_PLAN_END = r"(?<![零〇一二三四五六七八九十百千万之第])(?:到|至)?[“\"]?(?P<n>十[一二三四五六七八九]|[一二三四五六七八九十])五[”\"]?末(?!(?:的)?基础上)|(?:到|至)第(?P<n>十[一二三四五六七八九]|[一二三四五六七八九十])个五年(?:计划|规划)末"
# `到本世纪末`, `本世纪末` in a report of the 20th century: the year 2000.
CENTURY_END = r"本世纪末"
# A horizon right after these is the base of a comparison (`较“十三五”末实现翻番`), not a horizon.
COMPARISON_BEFORE = ("较", "比", "是", "与", "同")

# A five-year plan named as the span a planned figure falls in (`“十四五”期间，全市将新建学校20所`,
# `以“十四五”谋划实施的总投资2432.7亿元的331个亿元以上项目为依托`): the plan's last year is the figure's
# year and, for a flow or a growth, its first the period's start -- for the plan under way or a later one.
# Not where the plan is named as its end (`“十四五”末`: a horizon already), its first year (`开局`), or a
# document (`“十四五”规划纲要`, `“十四五”规划》`); nor as a comparison base (COMPARISON_BEFORE).
PLAN_SPAN_NOT_AFTER = (
    r"[”\"]?(?:末|开局|起步|开好局|起好步|第一年|首年|的?开局之年|收官|以来|计划》"
    r"|[^，,；;。“”\"]{0,8}?(?:规划(?!期)|纲要|的基础上))"
)
# … nor where the sentence turns to the plan year or names a year after it (`按照“十二五”规划的要求，确定我市
# 今年的发展目标是`, `在确保完成“十五”计划的基础上，2007年国内生产总值…`, `…，全年固定资产投资增长13%`).
PLAN_SPAN_THEN_PLAN_YEAR = r"今年|本年度|明年|全年|(?<!\d)(?:19|20)\d{2}\s*年|[一二][九零〇○][一二三四五六七八九〇零○]{2}年"
# Flows over such a span besides FLOW_CUES: projects planned or carried out (`“十四五”谋划实施的…331个项目`).
PLAN_SPAN_FLOW_CUES = r"谋划|实施|安排|建设"

