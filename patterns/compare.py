"""What `gwr diff` and `gwr scorecard` need to know to line figures up across documents.

Why data: whether a target was met depends on which way is better for the indicator and on how
loosely 左右 is meant; both are judgements a reader may want to see and change, so they live here,
each named and commented, and `pipeline/compare.py` only applies them.
"""

# The verdicts of `gwr scorecard` on a target, in the order they are counted and listed: judged
# against an outcome (met, missed), no later document reports one, or none that can be compared.
VERDICTS = ("met", "missed", "no outcome reported", "not comparable")

# Units that compare after conversion: unit_base -> (canonical unit, factor to it).
# `value_base` is already in unit_base (700亿元 -> 7e10 元); this goes one step further, across
# written units of one quantity (亿斤 vs 万吨). A unit_base not listed here compares only with itself.
CANONICAL_UNITS: dict[str, tuple[str, float]] = {
    # mass: 1 斤 = 0.5 kg (市斤), 1 吨 = 1000 kg
    "斤": ("公斤", 0.5),
    "公斤": ("公斤", 1.0),
    "千克": ("公斤", 1.0),
    "吨": ("公斤", 1000.0),
    # area: 1 亩 = 10000/15 m², 1 公顷 = 15 亩
    "平方米": ("平方米", 1.0),
    "亩": ("平方米", 10000 / 15),
    "公顷": ("平方米", 10000.0),
    "平方公里": ("平方米", 1e6),
    "平方千米": ("平方米", 1e6),
    # length
    "米": ("米", 1.0),
    "延米": ("米", 1.0),
    "公里": ("米", 1000.0),
    "千米": ("米", 1000.0),
    # volume: 方 is the spoken 立方米
    "立方米": ("立方米", 1.0),
    "方": ("立方米", 1.0),
    # energy and power: 度 = 千瓦时
    "度": ("千瓦时", 1.0),
    "千瓦时": ("千瓦时", 1.0),
    "千瓦": ("千瓦", 1.0),
    "兆瓦": ("千瓦", 1000.0),
    # people: 名 is already folded into 人 by patterns/units.py
    "人": ("人", 1.0),
    # time spans
    "分钟": ("分钟", 1.0),
    "小时": ("分钟", 60.0),
    "天": ("分钟", 1440.0),
    "个工作日": ("个工作日", 1.0),
    "工作日": ("个工作日", 1.0),
}

# Indicators where a lower value is the better outcome, whatever the target's wording: a target of
# `3%左右` for prices, `5.5%以内` for unemployment or `下降3%` for energy intensity is met by anything
# at or below it. Codes from patterns/indicators.py.
LOWER_IS_BETTER: frozenset[str] = frozenset({
    "cpi",
    "registered_unemployment_rate",
    "surveyed_unemployment_rate",
    "urban_rural_income_ratio",
    "poverty_incidence",
    "pm25_concentration",
    "pm10_concentration",
    "heavy_pollution_days",
    "energy_intensity",
    "industrial_energy_intensity",
    "carbon_intensity",
    "cod_emissions",
    "so2_emissions",
    "nox_emissions",
    "ammonia_nitrogen_emissions",
    "deficit_ratio",
    "fiscal_deficit",
})

# Words right before a target's number that make it a ceiling rather than a floor:
# `城乡居民收入比缩小至1.5`, `控制在3%`, `不超过`. Read in the few characters before the number.
AT_MOST_CUES: tuple[str, ...] = (
    "缩小至", "缩小到", "缩小为", "缩小在", "降至", "降到", "降低至", "降低到", "下降至", "下降到",
    "控制在", "控制到", "压减至", "压减到", "压缩至", "压缩到", "减少至", "减少到", "不超过", "不高于", "低于",
)
# How many characters before the number to search for an AT_MOST cue.
CUE_WINDOW = 6

# `左右` (comparator `~`) counts as met when the outcome falls short by no more than this share of
# the target (5.5%左右 is met by 5.3%, not by 5.2%). Exact or floor targets (`=`, `>=`) get none.
APPROX_TOLERANCE = 0.05

# A target is "harder" than another when its comparator binds more; `~` (左右) is the soft one.
HARDNESS: dict[str, int] = {">=": 2, "<=": 2, "=": 2, "~": 1}

# Which document's targets speak for a side of `gwr diff` when several set the same indicator:
# the work report first, then the plan report, then a breakdown.
DOC_TYPE_PRIORITY: dict[str, int] = {"work_report": 0, "plan_report": 1, "task_breakdown": 2, "other": 3, "communique": 4}

# Comparator symbols as shown to people.
COMPARATOR_SHOWN: dict[str, str] = {">=": "≥", "<=": "≤", "~": "≈", "=": "="}
