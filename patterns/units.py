"""Units of measure and magnitude prefixes.

Why a table: reports write the same quantity as 亿元, 万元, 千元 or 元, and 名 for 人; the figure
extractor builds its unit regex from these tables (longest form first) and `unit_base`/`value_base`
come from them, so supporting a new unit is one line here. Family groups units that can be
compared after conversion (used by the cross-year tools).
"""

# Magnitude prefixes written between a number and its unit (`1.2万人`, `440.2亿元`).
# Taiwan's 兆 (×1e12) only counts before money/mass units; 兆瓦 is a unit of its own.
MAGNITUDES: dict[str, float] = {
    "万亿": 1e12,
    "千亿": 1e11,
    "百亿": 1e10,
    "亿": 1e8,
    "千万": 1e7,
    "百万": 1e6,
    "万": 1e4,
}
MAGNITUDE_ZHAO_BASES = ("元", "美元", "斤", "吨")

# Base units: written form -> (unit_base, family). unit_base is the form reports are compared in.
BASE_UNITS: dict[str, tuple[str, str]] = {
    # money
    "元": ("元", "money"),
    "千元": ("元", "money"),  # 千元 is a magnitude only before 元 (千瓦, 千米 are units)
    "美元": ("美元", "money"),
    "欧元": ("欧元", "money"),
    "港元": ("港元", "money"),
    "港币": ("港元", "money"),
    # people and households
    "人次": ("人次", "people"),
    "乘次": ("乘次", "people"),  # rides (`地铁日均客运量207万乘次`)
    "人": ("人", "people"),
    "名": ("人", "people"),
    "户": ("户", "count"),
    # counts (measure words)
    "个": ("个", "count"),
    "家": ("家", "count"),
    "项": ("项", "count"),
    "件": ("件", "count"),
    "套": ("套", "count"),
    "座": ("座", "count"),
    "所": ("所", "count"),
    "处": ("处", "count"),
    "条": ("条", "count"),
    "标准箱": ("标准箱", "count"),  # containers through a port (`集装箱吞吐量451万标箱`)
    "标箱": ("标箱", "count"),
    "批次": ("批次", "count"),
    "片": ("片", "count"),  # (`新建各类球场80片`)  # (`抽检3万批次`: before 批, which would leave 次 behind)
    "批": ("批", "count"),
    "种": ("种", "count"),
    "场次": ("场次", "count"),
    # times something was done to a number of units (`惠及市场主体超12万户次`, `取缔非法行医窝点1428间次`, `起降
    # 架次`): a unit of its own, as the annotators write it (about 170 in the corpus), not 户 and a stray 次
    "户次": ("户次", "count"),
    "家次": ("家次", "count"),
    "件次": ("件次", "count"),
    "架次": ("架次", "count"),
    "班次": ("班次", "count"),
    "辆次": ("辆次", "count"),
    "艘次": ("艘次", "count"),
    "间次": ("间次", "count"),
    "台次": ("台次", "count"),
    "场": ("场", "count"),
    "次": ("次", "count"),
    "届": ("届", "count"),
    "台": ("台", "count"),
    "辆": ("辆", "count"),
    "艘": ("艘", "count"),
    "架": ("架", "count"),
    "部": ("部", "count"),
    "支": ("支", "count"),
    "头": ("头", "count"),
    "只": ("只", "count"),
    "株": ("株", "count"),
    "棵": ("棵", "count"),
    "本": ("本", "count"),
    "册": ("册", "count"),
    "篇": ("篇", "count"),
    "份": ("份", "count"),
    "宗": ("宗", "count"),
    "起": ("起", "count"),
    "例": ("例", "count"),
    "张": ("张", "count"),
    "栋": ("栋", "count"),
    "间": ("间", "count"),
    "双": ("双", "count"),
    "眼": ("眼", "count"),
    "口": ("口", "count"),
    "盏": ("盏", "count"),
    "根": ("根", "count"),
    "册次": ("册次", "count"),
    "床": ("床", "count"),
    "张床": ("张床", "count"),
    "个位次": ("个位次", "rank_change"),
    "位次": ("位次", "rank_change"),
    # length, area, volume
    "平方公里": ("平方公里", "area"),
    "平方千米": ("平方千米", "area"),
    "平方米": ("平方米", "area"),
    "公顷": ("公顷", "area"),
    "亩": ("亩", "area"),
    "公里": ("公里", "length"),
    "千米": ("千米", "length"),
    "延米": ("延米", "length"),
    "毫米": ("毫米", "length"),
    "米": ("米", "length"),
    "立方米": ("立方米", "volume"),
    "方": ("方", "volume"),
    # mass
    "吨标准煤": ("吨标准煤", "energy"),
    "标准煤": ("标准煤", "energy"),
    "吨标煤": ("吨标煤", "energy"),  # the short form (`能耗单列3738万吨标煤`), kept as written
    "标煤": ("标煤", "energy"),
    "吨": ("吨", "mass"),
    "公斤": ("公斤", "mass"),
    "千克": ("千克", "mass"),
    "斤": ("斤", "mass"),
    "担": ("担", "mass"),  # 50 kg: cotton and tobacco (`棉花产量达到3,036万担`, `收购烟叶78.2万担`)
    # transport turnover: tonnes or passengers times kilometres (`铁路货运周转量…达到11620亿吨公里`; about 330
    # in the corpus, most in national reports and communiqués), a unit of its own, not 亿吨 before 公里
    "吨公里": ("吨公里", "turnover"),
    "人公里": ("人公里", "turnover"),
    # energy and power (千伏 is left out on purpose: `10千伏` names a voltage class)
    "千瓦时": ("千瓦时", "energy"),
    "千瓦小时": ("千瓦小时", "energy"),  # the 1980s–1990s spelling of 千瓦时
    "千瓦": ("千瓦", "power"),
    "兆瓦": ("兆瓦", "power"),
    "度": ("度", "energy"),
    # time spans
    "个工作日": ("个工作日", "time"),
    "工作日": ("工作日", "time"),
    "小时": ("小时", "time"),
    "分钟": ("分钟", "time"),
    "天": ("天", "time"),
    # rates
    "个百分点": ("个百分点", "points"),
    "百分点": ("个百分点", "points"),
    # a change of a per-mille rate (`出生率下降5个千分点`; 18 in the corpus)
    "个千分点": ("个千分点", "points"),
    "%": ("%", "percent"),
    "‰": ("‰", "permille"),
    "倍": ("倍", "multiple"),
}

# Units written after 第N (rank): `排名第8位`, `居全省第2名`.
RANK_UNITS: tuple[str, ...] = ("位", "名")
# … and after 前N: a place among the first N (`进入全国重点城市前100名`, `前10位`), a rank `<=` N.
TOP_RANK_BEFORE = "前"

# Units that never take a magnitude prefix (`万%` is not a thing).
NO_MAGNITUDE: frozenset[str] = frozenset({"%", "‰", "个百分点", "百分点", "个千分点", "倍", "个位次", "位次", "千元"})

# A unit that is also the first character of a following word reads as that word, not a unit:
# `3 度过`… keeps the number from taking 度 when the next character makes a common word.
UNIT_BLOCKING_NEXT: dict[str, str] = {
    "度": "过假",
    "方": "面案式向法便针",
    "口": "岸径号",
    "部": "门署分",
    "起": "来步",
    "只": "要有是能",
    "本": "地级土市区县届",
    "头": "部",
    "次": "要",
    "间": "接",
    "名": "单称",
    "支": "持出付撑",
    "担": "任保当负心纲子",  # (`担任`, `担保`, `担当`, `担负`)
    "张": "家",
    "条": "件例",
    "处": "理置",
}

# The measure words of counted things (`个`, `项`, `家`…), read off BASE_UNITS: where a pattern elsewhere
# needs "a count" (`1024个市重大重点`, `实施20个老旧小区改造项目`), it takes them from here.
COUNT_UNITS = tuple(u for u, (_base, family) in BASE_UNITS.items() if family == "count")

