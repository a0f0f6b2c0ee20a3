"""What `gwr panel` needs to pick one headline target and one outcome per region × indicator × year,
and to say why a year has no target.

Why data: which mention of a target is "the" target, which later statement is "the" outcome, and
which sentences mean "no target this year" are judgements a reader may want to see and change.
`pipeline/panel.py` only applies them. Checked against the national, provincial and city reports
in ../shared/corpus (sentences quoted below).
"""

import re

# ---------------------------------------------------------------- the headline target

# Section kinds (pipeline/segment.py) in the order their targets speak for the plan year: the
# report's targets part (`今年经济社会发展的主要预期目标是…`) first, then the tasks, then the outlook.
# A target in the review (a five-year plan's goal restated) comes last. Unknown kinds: OTHER_SECTION_RANK.
SECTION_RANK: dict[str, int] = {
    "targets": 0,
    "tasks": 1,
    "outlook": 2,
    "other": 3,
    "self_building": 3,
    "glossary": 4,
    "problems": 4,
    "review": 5,
}
OTHER_SECTION_RANK = 3

# Which document's target is the headline when several of the plan year set the indicator:
# the work report, then the plan report, then a breakdown notice.
DOC_TYPE_RANK: dict[str, int] = {"work_report": 0, "plan_report": 1, "task_breakdown": 2, "other": 3}

# Document types that state a region's targets for their plan year (a report of this type with
# the plan year exists => the year is not `report missing`).
PLAN_DOC_TYPES: tuple[str, ...] = ("work_report", "plan_report", "task_breakdown")

# Words that announce the year's targets before a figure in its sentence: `主要预期目标是：生产总值增长
# 10%` (甘肃省 1997 `主要奋斗目标是：`), `经济增长预期目标为5%左右` (国务院 2025), `今年计划国内生产总值
# 增长百分之九` (国务院 1994). Among the targets of one part of a report, a mention they introduce is
# the headline before one they do not (`全省国内生产总值…比上年增长10.95%，胜利实现了…战略目标`, 甘肃省
# 1997, read as a target where the review was not told apart). `全面实现年初确定的主要目标，…增长7.8%`
# (a review) does not match: the cue needs its copula or colon.
TARGET_CUE_RE = re.compile(
    r"(?:目标|指标)(?:是|为|定为|确定为|安排为|建议为|建议)?[：:]|(?:目标|指标)(?:是|为|定为|确定为|安排为|建议为)"
    r"|计划要求|今年计划|计划[^，。；]{0,6}增长|预期为|预期增长|调控目标"
)

# An aspiration after a floor: `地区生产总值增长7.5%以上、力争8%` (崇左市 2023), `增长6%以上、力争7%`
# (江门市 2023); `增长6.5%左右，在实际工作中争取更好结果` has no number and is not one. The cue sits between the
# floor and the aspiration's number, at most ASPIRATION_WINDOW characters after the floor.
ASPIRATION_CUES: tuple[str, ...] = ("力争", "争取", "努力实现", "努力达到", "力求", "冲刺")
ASPIRATION_WINDOW = 14
# Words that may stand between the cue and the number (`力争达到8%`); anything else (`力争年内引进97个`)
# means the number counts another thing.
ASPIRATION_LINKS: tuple[str, ...] = ("", "达到", "实现", "到", "增长", "超过", "突破", "在")
# How many target numbers after the floor are looked at (`480亿元，增长14.3%，力争达到500亿元`: the
# aspiration is the second; a number in another unit never is).
ASPIRATION_CANDIDATES = 3

# ---------------------------------------------------------------- the outcome

# Where the outcome for year Y is taken from, best first: the next year's report (plan year Y+1)
# reviews Y; a later report restates it; the statistical communiqué on Y (doc_type `communique`)
# is the official figure the reports quote.
OUTCOME_SOURCE_RANK: dict[str, int] = {"next report": 0, "later report": 1, "communique": 2}

# When a year's outcome of an indicator is stated nowhere, the outcome of a stand-in measuring nearly
# the same is taken, and `note` says so: the State Council's growth targets were of GNP until 1993
# (`今年国民生产总值计划增长百分之八`, 国务院 1993) and the next report and the communiqué state that
# year's growth as GDP only (`国内生产总值…比上年增长百分之十三点四`, 国务院 1994); the other way round,
# a GDP row of 1990 (its target a GNP one, TARGET_STAND_INS) takes the GNP growth the next report states.
OUTCOME_STAND_INS: dict[str, str] = {"gnp": "gdp", "gdp": "gnp"}
NOTE_STAND_IN = "outcome stated as {code}"
# The same for targets: a year whose reports set no target of the indicator but one of its stand-in
# takes that one, so GDP growth reads as one series from 1990 (`国民生产总值增长百分之六`, 国务院 1992)
# to 2026; `note` says so and `indicator` keeps the words as written.
TARGET_STAND_INS: dict[str, str] = {"gdp": "gnp"}
NOTE_TARGET_STAND_IN = "target stated as {code}"

# A figure preceded by one of these words (within SUB_YEAR_WINDOW characters) is for part of the
# year, never the year's outcome: `分季度看，一季度国内生产总值同比增长5.3%` (统计公报 2024),
# `上半年地区生产总值增长…`, `1—11月`.
SUB_YEAR_CUES: tuple[str, ...] = ("季度", "上半年", "下半年", "前三季", "月份", "1-", "1—", "1~", "个月")
SUB_YEAR_WINDOW = 14

# A figure over several years is never a year's target or outcome, even when its period was not
# read (`period_start` empty): `国内生产总值年均增长9%以上，其中今年…` (甘肃省 1998),
# `全市生产总值年均增长12.6%` (上海市 2008, on 2003-2007), `比2002年增长65.5%` (国务院 2008, on 2003-2007).
# Read in the MULTI_YEAR_WINDOW characters before the number; a base year (`比2011年`) counts only
# when it is not the year before the figure's year.
MULTI_YEAR_CUES: tuple[str, ...] = ("年均", "平均每年", "每年平均", "年平均", "两年平均", "三年平均", "五年", "累计")
BASE_YEAR_RE = re.compile(r"比(?P<y>(?:19|20)\d\d)年")
MULTI_YEAR_WINDOW = 16

# ---------------------------------------------------------------- years without a target

# A report that says it sets no target for an indicator: `我们没有提出全年经济增速具体目标` (国务院
# 2020), `今年不提出经济增长的具体目标`, `不再设定GDP增长目标`. Read per sentence; the sentence must
# also name the indicator (TOPIC_WORDS, else the lexicon's names and aliases).
NO_TARGET_RE = re.compile(
    r"(?:没有|不再|不|未|暂不)(?:提出|设定|设置|设|制定|确定|规定)[^。；;！]{0,16}?(?:具体|量化|预期|增长|增速)?[^。；;！]{0,6}?目标"
    r"|(?:淡化|取消)[^。；;！]{0,10}?(?:增速|增长)目标"
)

# A relative target, stated against a higher level or another indicator instead of as a number:
# `地区生产总值增长高于全国平均水平` (provinces), `增速高于全省1个百分点`, `居民收入增长和经济增长同步`.
RELATIVE_TARGET_RE = re.compile(
    r"(?:高于|快于|好于|略高于|超过|不低于|高出)(?:全国|全省|全市|全区|全州|国家|省|市)(?:平均)?"
    r"|与经济增长(?:基本)?同步|和经济增长(?:基本)?同步"
)
# How many characters after the indicator's name a relative cue may sit.
RELATIVE_WINDOW = 24

# Words that name an indicator in such sentences, beyond its lexicon name and aliases
# (patterns/indicators.py): a growth target is often said of 经济 or 经济增速, not of GDP.
TOPIC_WORDS: dict[str, tuple[str, ...]] = {
    "gdp": ("经济增速", "经济增长", "增长速度", "经济发展速度", "GDP", "生产总值"),
    "gnp": ("国民生产总值", "经济增速", "经济增长", "增长速度"),
}

# Why a panel row has no target, in the `note` column.
NOTE_NO_TARGET = "no target set"  # the report says it sets none (NO_TARGET_RE)
NOTE_RELATIVE = "relative target"  # set against a higher level (RELATIVE_TARGET_RE)
NOTE_MISSING = "report missing"  # no document of the region has this plan year
NOTE_NOT_FOUND = "no target found"  # the report is there, and no target of the indicator was read
