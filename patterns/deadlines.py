"""Vocabularies for the deadline extractor (`pipeline/deadlines.py`).

Everything here is data: the extractor only combines it.  A *deadline* is a
time expression that fixes when a task or target is due (`6月底前`, `5月中旬`,
`上半年`, `一季度`, `年内`, `3年内`, `到2025年`, `“十四五”末` ...).  See
shared/gold/GUIDELINES.md.

Input sentences are normalised: ASCII digits, no line breaks, but there may be
spaces inside expressions (`12 月底前`) and Chinese quotes (`“十五五”末`).
"""

# ---------------------------------------------------------------------------
# Building blocks for the time-expression regexes
# ---------------------------------------------------------------------------

# Optional leading 到 ("到2025年", "到“十五五”末", "到年底"); it belongs to the
# span when written.  Not the 到 of 达到 / 提高到 / 增加到 / 增长到 / 降低到 / 减少到 / 缩小到 / 扩大到.
_TO = r"(?P<to>(?<![达提高增降减升至加长低少小大])到\s*)?"

# A year number: "2021", or written digit by digit in Chinese numerals as the
# reports of the 1950s-1990s do ("一九八五", "二〇〇〇"); read by
# `pipeline.numbers.parse_chinese_year`.
_YNUM = (r"(?:(?<![\d.])(?:19|20)\d{2}"
         r"|(?<![〇零○一二三四五六七八九十])[一二][〇零○一二三四五六七八九]{3})")

# Optional explicit year prefix: "2021年", "2021 年 ", "一九八五年", "今年", "明年".
_YEAR = r"(?:(?P<year>" + _YNUM + r")\s*年\s*|(?P<rel>今|明|本)年\s*)?"

# A month number 1-12 that is not the tail of a longer number or decimal.
_MONTH = r"(?<![\d.])(?P<month>1[0-2]|0?[1-9])\s*月"

# "前" / "以前" / "之前" written after the expression (kept in the span).
_BEFORE = r"(?P<before>\s*(?:以|之)?前(?![后夕]))?"
# After a bare month or year, "前" may start another word ("2020年前三季度",
# "前列"): only take it when it is not followed by a numeral or such a word.
_BEFORE_GUARDED = r"(?P<before>\s*(?:以|之)?前(?![三两一二四五六七八九十\d]|列|期|置|沿|提|瞻|夕|后))?"

# Festivals a deadline is set by ("“七一”前", "国庆节前"): name -> (month, day) of
# the day before it, day None for a festival whose date moves (the deadline
# then has month precision and falls on the last day of that month; such
# deadlines are optional in the gold).  元旦前 is the last day of the plan year.
FESTIVALS = {
    "元旦": (12, 31),
    "劳动节": (4, 30), "五一劳动节": (4, 30),
    "国庆节": (9, 30), "国庆": (9, 30),
    "春节": (2, None), "清明节": (4, 3), "端午节": (6, None), "中秋节": (9, None),
    # seasons of the year a task is timed by: the flood season starts in May/June
    # (汛前 -> end of May), schools open in September
    "主汛期": (5, None), "汛期": (5, None), "入汛": (5, None), "汛": (5, None),
    "秋季开学": (8, None), "秋季学期开学": (8, None),
}
# Numbered festivals are written in quotes (“五一” but 五一广场): same meaning.
QUOTED_FESTIVALS = {"五一": (4, 30), "七一": (6, 30), "八一": (7, 31), "十一": (9, 30)}

# Seasons -> (month, day) of their last day; winter ends in the next year's February.
SEASON_END = {"春": (5, 31), "夏": (8, 31), "秋": (11, 30), "冬": (2, None)}

# ---------------------------------------------------------------------------
# Time-expression forms.
#
# Each form: name, requires (strings one of which a sentence must hold for the
# form to be tried -- a cheap filter, as most sentences hold no time phrase),
# regex, precision, resolver (a name the extractor maps to a
# function computing `due`), needs_verb (a bare form such as "8月" or
# "4月28日" only counts when a completion verb follows in its clause, or when
# it heads the clause: "8月，…").
# Candidates of all forms are collected and overlapping ones resolved
# leftmost-longest, so the order below only breaks exact ties.
# ---------------------------------------------------------------------------

# Verbs of a quantity moving to a level (`由…的31.5万人增加到一九八七年的55万人`): before 到/至 and a
# year they make the year the time the level is due (form `level_to_year`).
# (not 达: `达到一九六七年的指标` reaches a year's benchmark early, it is not due then)
LEVEL_TO_VERBS = ["增加", "提高", "增长", "扩大", "下降", "降低", "降", "提升", "减少", "上升", "缩小", "发展"]

TIME_FORMS = [
    # 到“十四五”末 / “十五五”末 / 十四五期末 / 到“十五”末期 / 第一个五年计划期末 -> last year of the N-th
    # five-year plan
    {
        "name": "fyp_end",
        "requires": ["末"],
        "regex": _TO + r"(?:(?P<q1>[“\"])?(?P<fyp>十[一二三四五六七八九]?|[一二三四五六七八九])五(?P<q2>[”\"])?"
                 r"|第(?P<fyp>十[一二三四五六七八九]?|[一二三四五六七八九])个五年计划)\s*(?:时期|期)?\s*末(?:期)?" + _BEFORE,
        "precision": "year",
        "resolver": "fyp_end",
        "needs_verb": False,
    },
    # 6月30日前 / 2021年6月30日 -> that day
    {
        "name": "day",
        "requires": ["日", "号"],
        "regex": _TO + _YEAR + _MONTH + r"\s*(?P<day>3[01]|[12]\d|0?[1-9])\s*[日号]" + _BEFORE,
        "precision": "day",
        "resolver": "day",
        "needs_verb": True,  # only when no 前 is written (checked in the extractor)
    },
    # 5月中旬 / 5月上旬前 -> 10th / 20th / last day
    {
        "name": "month_part",
        "requires": ["旬"],
        "regex": _TO + _YEAR + _MONTH + r"\s*(?P<part>上|中|下)旬" + _BEFORE,
        "precision": "month_part",
        "resolver": "month_part",
        "needs_verb": False,
    },
    # 6月底前 / 6月末 / 到6月底 -> last day of the month
    {
        "name": "month_end",
        "requires": ["底", "末"],
        "regex": _TO + _YEAR + _MONTH + r"(?:份)?\s*(?P<end>底|末)" + _BEFORE,
        "precision": "month",
        "resolver": "month_end",
        "needs_verb": False,
    },
    # 8月 / 9月份 / 8月前 -> last day of the month (bare month needs a verb)
    {
        "name": "month",
        "requires": ["月"],
        "regex": _TO + _YEAR + _MONTH + r"(?P<fen>份)?(?!\s*(?:\d|[上中下]旬|底|末|初))" + _BEFORE_GUARDED,
        "precision": "month",
        "resolver": "month_end",
        "needs_verb": True,
    },
    # 一季度 / 第三季度 / 2021年四季度末 -> last day of the quarter
    {
        "name": "quarter",
        "requires": ["季"],
        "regex": _TO + _YEAR + r"(?<!前|每)(?P<ord>第)?(?P<q>[一二三四1-4])\s*季度(?P<end>末|底)?" + _BEFORE,
        "precision": "quarter",
        "resolver": "quarter_end",
        "needs_verb": False,
    },
    # 上半年 / 下半年 -> 6-30 / 12-31
    {
        "name": "half",
        "requires": ["半年"],
        "regex": _TO + _YEAR + r"(?<!每)(?P<half>上|下)半年(?P<end>末|底)?" + _BEFORE,
        "precision": "half",
        "resolver": "half_end",
        "needs_verb": False,
    },
    # 今明两年, 今、明两年 -> Dec 31 of the next year (needs a verb: "今明两年是…的关键"). It always looks ahead,
    # so it is read in a review too (`大项目共107个，将于今、明两年陆续建成投产`, in 深圳2003's review): `ahead`.
    {
        "name": "this_and_next_year",
        "requires": ["两年"],
        "regex": r"今、?(?P<rel>明)两年(?:内|间|里)?",
        "precision": "years",
        "resolver": "year_end",
        "needs_verb": True,
        "ahead": True,
    },
    # 3年内 / 三年内 -> Dec 31 of plan_year + N - 1
    {
        "name": "years_within",
        "requires": ["内"],
        "regex": r"(?<![\d.第这那近前今后几干一二两三四五六七八九十])(?P<n>\d{1,2}|[一二两三四五六七八九十]{1,3})\s*年(?:之)?内",
        "precision": "years",
        "resolver": "years_within",
        # "五年内施工的大中型建设项目共八百九十个" is the plan's period, not a deadline
        "needs_verb": True,
    },
    # 年底前 / 年底 / 年末 / 2025年底前 / 到年底 / 今年底 / 明年年底 -> Dec 31
    {
        "name": "year_end",
        "requires": ["底", "末"],
        "regex": _TO + r"(?:(?P<year>" + _YNUM + r")\s*|(?P<rel>今|明|本)|(?<![去上前昨往当同历年\d一二两三四五六七八九十〇○]))年\s*(?:年\s*)?(?P<end>底|末)" + _BEFORE,
        "precision": "year",
        "resolver": "year_end",
        "needs_verb": False,
    },
    # 年内 / 今年内 -> Dec 31 of the plan year
    {
        "name": "year_within",
        "requires": ["内"],
        "regex": r"(?:(?P<rel>今|明|本)|(?<![\d.一二两三四五六七八九十去上前往当同历全每多几干半]))年(?:之)?内",
        "precision": "year",
        "resolver": "year_end",
        "needs_verb": False,
    },
    # 明年 with a task after it (`明年全面推开`, `力争明年竣工通车`; about 170 in the corpus) -> Dec 31 of
    # the year after the plan year; not the next year's work (`做好明年工作`, `为明年…打下基础`)
    {
        "name": "next_year",
        "requires": ["明年"],
        "regex": r"(?<![今、为好对])(?P<rel>明)年(?!起|以后|开始|初|底|末|年|内|春|夏|秋|冬|[一二三四五六七八九十\d]|[上下]半年|第|是|的|工作|政府|经济|发展|将是|[，,])",
        "precision": "year",
        "resolver": "year_end",
        "needs_verb": True,
    },
    # 到2025年 / 2030年前 -> Dec 31 of that year (a bare "2025年" is not a deadline)
    {
        "name": "year_by",
        "requires": ["到"],
        "regex": r"(?P<to>(?<![达提高增降减升至加长低少小大])到\s*)(?P<year>" + _YNUM + r")\s*年(?!\s*(?:\d|底|末|[上下]半年|[一二三四第]\S?季|内))" + _BEFORE,
        "precision": "year",
        "resolver": "year_end",
        "needs_verb": False,
    },
    {
        "name": "year_before",
        "requires": ["前"],
        "regex": r"(?P<year>" + _YNUM + r")\s*年\s*(?P<before>(?:以|之)?前)(?![三两一二四五六七八九十\d]|列|期|后|夕)",
        "precision": "year",
        "resolver": "year_end",
        "needs_verb": False,
    },
    # “七一”前 / 国庆节前 / 春节前 / 2017年“五一”前 / 汛前 -> the day before the festival
    # (FESTIVALS below); only with 前 (a festival alone is an event day, 春节前后/前夕 a time of year)
    {
        "name": "festival",
        "requires": ["前"],  # (汛前, 秋季开学前 too)
        "regex": _TO + _YEAR + r"(?:[“\"](?P<qfest>" + "|".join(QUOTED_FESTIVALS) + r")[”\"]|(?P<fest>"
                 + "|".join(sorted(FESTIVALS, key=len, reverse=True)) + r"))\s*(?P<before>(?:以|之)?前)(?![后夕期])",
        "precision": "day",  # "month" for a festival whose date moves (set by the resolver)
        "resolver": "festival",
        "needs_verb": False,
    },
    # 本世纪末 / 到本世纪末 / 下世纪中叶 / 21世纪中叶 -> the century's last year / its year 50
    {
        "name": "century",
        "requires": ["世纪"],
        "regex": _TO + r"(?P<cent>本|下|二十一|21)\s*世纪\s*(?P<cpart>末|中叶|中期)" + _BEFORE_GUARDED,
        "precision": "year",  # "years" for 中叶 (set by the resolver)
        "resolver": "century",
        "needs_verb": True,  # "展现了本世纪末、下世纪初…的美好前景" fixes nothing
    },
    # 从一九八三年到一九八七年的五年间 / 从一九八一年到本世纪末的二十年内 / 从2021年到2025年
    # -> the end of the period
    {
        "name": "from_to",
        "requires": ["从"],
        "regex": r"从\s*(?P<year0>" + _YNUM + r")\s*年\s*(?:起\s*)?(?:到|至)\s*(?:(?P<year>" + _YNUM
                 + r")\s*年\s*(?:底|末)?|(?P<cent>本)\s*世纪\s*(?P<cpart>末))"
                 + r"(?:\s*的?\s*(?:\d{1,2}|[一二两三四五六七八九十]{1,3})\s*年\s*(?:间|内|中|里)"
                 + r"|\s*的\s*[前后]\s*(?:\d{1,2}|[一二两三四五六七八九十]{1,3})\s*年)?",
        "precision": "years",
        "resolver": "from_to",
        "needs_verb": False,
    },
    # 用两年时间 / 力争用三年左右时间 / 再用5年时间 / 集中三年的时间 -> Dec 31 of plan_year + N - 1
    {
        "name": "years_time",
        "requires": ["时间"],
        "regex": r"(?:(?:再|利)?用|集中|花)\s*(?P<n>\d{1,2}|[一二两三四五六七八九十])\s*年\s*(?:左右)?\s*(?:的)?\s*时间",
        "precision": "years",
        "resolver": "years_within",
        "needs_verb": False,
    },
    # 一九八四年春季 / 今年冬天 / 明年冬季和后年春季 -> the last day of the season
    # (a bare season needs a verb: "2022年春季中国跨境电商交易会" is an event's name)
    {
        "name": "season",
        "requires": ["季", "天"],
        "regex": r"(?:(?P<year>" + _YNUM + r")\s*年\s*|(?P<rel>今|明|后)年\s*)(?P<season>[春夏秋冬])\s*[季天]"
                 + r"(?:\s*[和及至到]\s*(?:(?P<year>" + _YNUM + r")\s*年\s*|(?P<rel>明|后)年\s*)?(?P<season>[春夏秋冬])\s*[季天])?"
                 + r"(?!\s*(?:学期|招生|新学年))",
        "precision": "quarter",
        "resolver": "season",
        "needs_verb": True,
    },
    # 2000年 / 一九八五年 (bare) in a goal statement: "2010年，实现国民生产总值比2000年翻一番",
    # "一九八五年工农业总产值达到八千七百一十亿元" -> Dec 31; only a year after the plan
    # year (checked in the extractor), and only where a completion verb follows
    {
        "name": "year_bare",
        "requires": ["年"],
        "regex": r"(?<![到从自至—\-－~～])(?P<year>" + _YNUM + r")\s*年(?!\s*(?:\d|[〇零○一二三四五六七八九十]|底|末|[上下]半年|[一二三四第]\S?季|内|(?:以|之)?前|[春夏秋冬]|度|份|代|起|以来|以后|之后|后|的|是|为|[—\-－~～至到、和与及]))",
        "precision": "year",
        "resolver": "year_end",
        "needs_verb": "strict",
    },
    # 由2022年的X增加到2027年的Y / 从…提高至一九八七年的… -> Dec 31 of that year: the level a
    # quantity is to reach by a year after the plan year (a past year is a review's comparison and
    # is dropped by the extractor); the span is the year only, the verb before it is the action and
    # the quantity named before 由/从 the subject (see `pipeline.deadlines`, LEVEL_TO_*)
    {
        "name": "level_to_year",
        "requires": ["到", "至"],
        "regex": r"(?:" + "|".join(LEVEL_TO_VERBS) + r")(?:到|至)\s*(?P<span>(?P<year>" + _YNUM
                 + r")\s*年)(?=\s*(?:底|末)?\s*的)",
        "precision": "year",
        "resolver": "year_end",
        "needs_verb": False,
        "pairing": "level_to",
        "span_group": "span",  # the span is the year only: the verb and 到 are the action
    },
    # 今年 (bare) -> Dec 31 of the plan year, only with a completion verb: "12个待建安置小区今年全面开工"
    # (`今年，要确保…稳定在65%左右`: a topic heading the statement names the year it is about).
    # The subject stands before it: 今年 opening a clause (`…，今年要扩大到511户`, `今年要淘汰燃煤小锅炉5万台`,
    # `今年财政支出超过23万亿元`) names the year the statement is about, as the plan part's topic.
    {
        "name": "this_year",
        "requires": ["今年"],
        "regex": r"(?<=[\p{Han}”」）)])(?<![去明前我们])今年(?!\s*(?:底|末|内|以来|[上下]半年|[一二三四第]\S?季|\d|是|为|预计|的|[，,：:]))",
        "precision": "year",
        "resolver": "year_end",
        # the verb must stand in its own clause: `今年在已经为企业减负120亿元的基础上，再新增…`
        # opens a statement about the year, it fixes no date
        "needs_verb": "clause",
    },
]

# Offsets of relative year words from the year the report is given in (its
# delivery year: 明年 in a report delivered in December 1982 is 1983).
RELATIVE_YEARS = {"今": 0, "本": 0, "明": 1, "后": 2}

# 上旬 / 中旬 / 下旬 -> day of month (None = last day of the month).
MONTH_PART_DAY = {"上": 10, "中": 20, "下": None}

# Quarter -> its last month.
QUARTER_END_MONTH = {1: 3, 2: 6, 3: 9, 4: 12}

# Half year -> (month, day) of its last day.
HALF_END = {"上": (6, 30), "下": (12, 31)}

# ---------------------------------------------------------------------------
# Words around the time expression
# ---------------------------------------------------------------------------

# Clause separators: a subject/action never crosses these.
CLAUSE_SEPARATORS = "，,；;：:。！？!?"
# Separators that end a "segment" (a time phrase heading a clause governs the
# following comma clauses up to the end of its segment, and further
# ；-segments only when they read "subject + verb").
SEGMENT_SEPARATORS = "；;"
SENTENCE_END = "。！？!?"

# Completion verbs: cut the action (from here on) from the subject (before).
# Matched longest-first at each position.
# A doubling is the action when nothing else is (`地区生产总值…翻一番以上`); after a light verb
# the light verb stays the action (`力争实现我国工农业年总产值翻两番` -> 力争实现).
DOUBLING_VERBS = ["翻一番以上", "翻两番以上", "翻一番", "翻两番", "翻番"]

ACTION_VERBS = [
    # building / opening
    "建成投用", "建成投产", "建成通车", "建成运营", "建成运行", "建成使用", "建成开放", "建成交付",
    "建成", "开工建设", "启动建设", "新开工", "开工", "动工", "复工", "竣工验收", "竣工", "完工", "主体完工",
    "主体封顶", "封顶", "投产达效", "投产", "投用", "投入使用", "投入运营", "交付使用",
    "交付", "通车", "通航", "通水", "通气", "并网", "运营", "运行", "开业", "开园", "开馆",
    "开放", "上线", "挂牌", "入驻", "搬迁", "招生", "布展",
    # supplying (`年底实现供水`)
    "供水", "供热", "供气", "供电",
    # finishing / reaching
    "完成", "实现", "达到", "达", "突破", "超过", "提高到", "提高至", "提升到", "提升至",
    "增加到", "增长到", "降低到", "降低至", "降至", "下降到", "下降至", "缩小到", "缩小至",
    "控制在", "稳定在", "保持在",
    # doubling goals (`到2018年，地区生产总值…比2010年翻一番以上`, `到本世纪末工农业年总产值翻两番`)
    *DOUBLING_VERBS,
    "取得实质性突破", "有实质性突破", "取得突破", "达标", "清零", "全覆盖", "覆盖",
    # ending or removing (`五年内取消农业税`, `用三年时间基本解决…拖欠…问题`, `年底前全部关停`)
    "取消", "基本消除", "消除", "淘汰", "关停", "拆除", "撤销", "基本解决", "解决好", "解决",
    # approved, won, made universal (`一季度获批`, `年内创成国家卫生城市`, `到2000年普及九年义务教育`; found
    # by listing the words after the time phrases whose action was not read, across the corpus)
    "获批", "创成", "普及",
    # extended to all or put in force (`明年全面推开`, `明年将在全国全部免征农业税`, `到2007年在全国农村普遍实行`)
    "全面推开", "推开", "全面铺开", "铺开", "普遍实行", "全面实行", "实行", "全面推行", "推行", "免征",
    # starting / signing
    "启动", "签约落地", "签约", "落地", "落户", "开展",
    # creating
    "新建", "新增", "新引进", "引进", "建立", "出台", "制定", "印发", "形成",
    "改造", "改扩建", "提升改造", "打造", "培育", "创建",
    # getting a thing in place ("省级下放权限全部承接到位"), listing ("REITs项目成功上市"),
    # doing a task by a date ("要求在明年冬季和后年春季做好")
    "承接到位", "落实到位", "整改到位", "解决到位", "清偿到位", "发放到位", "拨付到位",
    "兑现到位", "配备到位", "安置到位", "组建到位", "到位", "挂牌上市", "上市", "做好",
    # running a named event by a date (`5月中旬举办招商大会`), opening a line (`三季度投产运营`)
    "投产运营", "建成开通", "开通运营", "开通", "举办", "召开", "举行", "通过验收", "验收",
]

# A level to be reached, opening the words after a year (`一九八五年要降到千分之五左右`, `一九五七年将发展到
# 一四〇所`): a goal, though no completion verb is written; the action is then read by word class.
LEVEL_GOAL_REGEX = r"^(?:要|将|可|可以|应|争取|力争)?(?:降到|降低到|减少到|减到|上升到|压缩到|扩大到|发展到|增加到|提高到)"

# Verbs that are the action only when they end the clause ("要求在明年冬季和后年春季做好"),
# not when an object follows ("今年要重点做好以下工作" sets no deadline).
CLAUSE_FINAL_VERBS = ["做好"]

# Light verbs whose object ends in the real action: "9月份实现A、B招生" -> action 招生,
# subject "A、B" (but "实现碳达峰目标" keeps 实现).
LIGHT_VERBS = ["实现", "确保", "推动", "推进", "促进"]

# A verb word directly followed by one of these is part of a name or noun
# ("作业帮运营中心", "森林覆盖率", "老旧小区改造项目", "营业收入", "碳达峰",
# "金业路改造提升等工程"), not the action.
NOT_VERB_FOLLOWERS_REGEX = (
    r"(?:中心|项目|工程|平台|基地|园|区(?!域)|厂|公司|企业|大厦|广场|设施|能力|水平|服务|"
    r"率|收入|任务|资金|成本|情况|标准|体系|机制|模式|指标|规模|面积|峰|(?:提升)?等)"
)

# Characters before a one-character verb that make it part of a word:
# "次发达村", "到达", "雅加达" are not 达 (reach).
NOT_VERB_PRECEDERS = {"达": "发到通加传送表下抵直转", "动工": "启推带劳电风机自手联调驱流变运活发行主被拉撬"}  # (`风动工具`, `启动工作`)

# Verbs that open a new task statement ("实施20个老旧小区改造项目", "谋划…"):
# a clause starting with one is not governed by the time phrase of an earlier clause.
TASK_VERB_STARTS = [
    "实施", "谋划", "做好", "抓好", "开展", "启动", "加强", "提升", "完善", "深化",
    "建设", "打造", "强化", "支持", "引导", "鼓励", "培育", "落实", "坚持", "聚焦",
    "围绕", "持续", "巩固", "扩大", "优化", "发展", "组织", "新建", "改造", "提高",
]

# Adverbs written between the time expression / subject and the verb; they
# stay out of the subject and start the action ("正式开工", "全面开工").
ACTION_ADVERBS = [
    "全面", "正式", "基本", "如期", "顺利", "率先", "全部", "提前", "尽快", "按期",
    "确保", "力争", "争取", "要", "将", "能", "可", "均", "全", "都", "再",
    "成功", "就", "初步", "试",
    "全线",  # `宝鸡——成都线原计划在1957年底全线通车`: how far it is done, not what is done
    "高水平",  # `到2020年，高水平全面建成小康社会`: how it is done, part of the action
    # how a batch is done (`通威二期、美科二期等项目在上半年集中投产`, `今、明两年陆续建成投产`)
    "集中", "陆续", "相继", "按时",
]

# List numbering trimmed from the start of a subject ("46. 推动…", "（三）").
SUBJECT_NUMBERING_REGEX = r"^\s*(?:\d{1,3}\s*[.．、]|[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}、)\s*"

# Lead words trimmed from the start of a subject (repeatedly).
SUBJECT_LEAD_WORDS = [
    "加快推进", "全力推进", "全力推动", "大力推进", "积极推进", "持续推进", "扎实推进",
    "确保", "力争", "推动", "推进", "加快", "全力", "实现", "争取", "努力", "着力",
    "大力", "积极", "持续", "督促", "促进", "保障", "保证", "计划", "预计", "抓紧",
    "从今年起", "从明年起", "今年起", "明年起", "从现在起",
    "紧紧围绕", "围绕", "按照", "对照", "展望",
    "同时", "并且", "并", "要求", "要", "将", "还", "在", "于", "如期", "也", "为",
    "有望", "可望",  # `主体工程今年4月有望开工`: an expectation, neither subject nor action
    "大规模开展", "深入开展", "全面开展", "开展", "大规模", "全面实施", "实施",  # (`大规模开展老旧小区改造，年内投资16亿元`)
]

# A place opening the words after the time phrase (`明年将在全国全部免征农业税`, `到2007年在全国农村普遍实行这一
# 政策`) says where, not what: what is due is the verb's object.
LOCATION_OPENING_REGEX = r"^(?:将|要|还将|将要|还要|力争|争取|确保)?在(?!建|线|岗|校|册|职|内)"
# … unless a level is raised from there (`在全国高新区排名从51位提升到35位`: the ranking is what is due).
LEVEL_FROM_REGEX = r"[从由]\S{0,8}?\d"
# Words trimmed from the end of a subject (repeatedly).
# A comparison base closing a subject (`地区生产总值和城乡居民收入比2010年` before 翻一番) is not part of it;
# standing alone between subject and verb it does not replace the subject (`国内生产总值到2008年比2000年翻一番`).
# … nor is the level it starts from (`用两年时间将筹资标准由每人每年50元提高到100元`: 筹资标准).
SUBJECT_COMPARISON_TAIL_REGEX = (
    r"(?:比|较|同)(?:(?:19|20)\d{2}|[一二][九零〇○][一二三四五六七八九〇零○]{2})\s*年(?:末|底)?$|(?:比|较)[“\"]?十[一二三四五六七八九]五[”\"]?末?$"
    r"|(?<=\p{Han})(?:由|从)(?:[^，,；;。]{0,12}?的)?(?:人均|户均)?(?:每[人户]?每?[月年天])?[\d.]+[^\d，,；;。]{0,6}$"
)
# Qualifiers left at the end of an object once its figure is cut (`新开工变电站不少于40座` -> 变电站).
OBJECT_TRAILING_QUALIFIERS = ["不少于", "不低于", "不超过", "超过", "达到", "达"]

SUBJECT_TRAILING_WORDS = [
    "原计划", "原定",  # `宝鸡——成都线原计划在1957年底全线通车`
    "确保", "力争", "争取", "计划", "预计", "将", "要", "在", "于", "均", "全部", "都", "可望", "有望", "可",
    "分别",  # `这些工程将分别在一九五七年以前陆续完成`
]

# A clause starting with one of these begins a new statement: a time phrase
# heading an earlier clause does not govern it.
CLAUSE_STOP_WORDS = [
    "全年", "今年", "明年", "每年", "每月", "每季", "同时", "此外", "另外", "其中",
    "今后", "长期", "常态",
]

# Wording of an event (meeting, ceremony) at a date: such a date without 前/底
# is an event date, not a deadline ("4月28日在…会议上").
EVENT_AFTER_REGEX = r"^\s*(?:在[^，,；;。]{0,40}上|召开|举办|举行|开幕|闭幕|出席|莅|调研|视察|考察|印发|发布|审议)"
EVENT_CLAUSE_REGEX = r"召开|举办|举行|会议上|大会上|开幕|闭幕"

# A word right before an explicit past year/period marks a comparison base,
# not a deadline ("较“十三五”末", "比2020年底").
COMPARISON_BEFORE_REGEX = r"(?:较|比|同比|相比|相较|与|和|由|从|截至|截止|自|是|为)\s*$"

# A year right before "到YEAR" makes the two a period's name or range
# ("关于一九五六年到一九六七年全国农业发展纲要"), not a deadline; "从…到…" is read by the
# from_to form.
YEAR_RANGE_BEFORE_REGEX = r"(?:(?:19|20)\d{2}|[一二][〇零○一二三四五六七八九]{3})\s*年\s*$"

# Range markers: "1—5月", "6月至8月" are periods (statistics), not deadlines.
RANGE_BEFORE_REGEX = r"\d\s*(?:月\s*)?(?:[-—–~～]+|至|到)\s*$"
RANGE_AFTER_REGEX = r"^\s*[-—–~～至]\s*\d"

# A figure at the end of an object: "完整社区试点4个" -> "完整社区试点".
TRAILING_FIGURE_REGEX = r"\s*(?<![A-Za-z\d.])\d[\d.,]*(?:\s*[-—–~～]\s*\d[\d.,]*)?\s*[^\d\s、，,；;“”\"]{0,4}$"
# A count opening the clause before a time phrase (`实施20个老旧小区改造项目，年底前全部完工`): not part of the
# subject it names (the number before one of units.COUNT_UNITS).
LEADING_COUNT_NUMBER = r"^\s*\d+(?:\.\d+)?\s*"
# Words joining a second verb to the one opening that clause (`新建或扩建7项…工程`, `新建扩建16所中学`).
OBJECT_LEAD_JOINERS = ["或", "和", "及", "、", "扩建", "改建", "续建", "改扩建"]
# Quotation marks opening a goal quoted from a plan (`“十四五”发展目标——“到2025年，…`).
OPENING_QUOTES = ("“", "‘", "「", "『")
# Where an object read after its verb stops: a separator (not a figure: `建设50个城市阅读点`).
OBJECT_STOP_REGEX = r"[，,；;：:。！？!?（(]"
# Where an action phrase stops: a figure (number), a list comma, a separator.
ACTION_STOP_REGEX = r"(?<![A-Za-z])\d|[、，,；;：:。！？!?（(]"

# Fallback subject from the previous clause when the time clause is only
# "time + verb + figure" ("地区生产总值年均增速保持在5.5%左右，力争到“十五五”末达到630亿元左右"):
# the leading noun phrase of the previous clause, cut at one of these words ...
PREVIOUS_SUBJECT_STOP_REGEX = r"保持|稳定在|控制在|高于|低于|达到|达|提高|增长|突破|超过|(?<![A-Za-z])\d"
# ... minus a rate suffix (the figure after the time phrase is a level).
RATE_SUFFIX_REGEX = r"(?:年均|平均)?(?:增速|增幅|增长率|增长速度)$"

# The rest of a time phrase's clause that is only an adverbial ("2000年在人口将比
# 1980年增长3亿左右的情况下，实现…"): the phrase governs the next clause.
ADVERBIAL_CLAUSE_REGEX = r"在[^，,；;。]{1,40}(?:情况|条件|前提|基础)[下上]"

# A bare time phrase that starts something is not a deadline: "今年起", "从今年秋季起",
# "2021年以来", "自2022年开始".
START_AFTER_REGEX = r"^\s*(?:起|开始|以来)"
START_BEFORE_REGEX = r"(?:从|自)\s*$"

# An object that is only a relative clause's count ("计划在…全部建成的四百个"): the
# subject is named in the clause before.
RELATIVE_OBJECT_REGEX = r"^的"

# A figure leading an item of an object list, and a modifier holding a figure up
# to its 的: "5家接待规模600人以上的研学旅行营地、100家以上研学旅行基地" ->
# "研学旅行营地、研学旅行基地".
LEADING_FIGURE_REGEX = r"^\s*\d[\d.,]*\s*(?:[万亿千百]?[^\d\s、，,的“”\"]{1})?\s*(?:以上|左右|余|多)?\s*"
FIGURE_MODIFIER_REGEX = r"^[^、]*?\d[^、]*的"

# Section kinds whose text sets no deadline even where it names future years: a
# glossary explains terms ("“1351”计划：是指争取到“十二五”末，…").
NO_DEADLINE_KINDS = frozenset({"glossary"})

# Words of planning (modality) in a sentence: in a part whose role is not known
# (old reports titled by topic, "关于基本建设的规模…"), a sentence with one of
# them plans, and every form is read in it ("准备在两三年内，分批完成"); without
# them only absolute future times are ("到一九八五年"). 主要/重要/需要/纲要/
# 摘要 are not 要.
PLAN_MODALITY_REGEX = (
    r"(?<![主重需纲摘提简紧首概必只])要(?![素点闻])|力争|争取|确保|务必|必须|准备|预定|拟|力求"
)
# (not 计划 or 预计: "1—5月份…计划完成102.6%", "今年预计将达…" report on the year)

# Precisions of a part of the year (`6月底前`, `5月中旬`, `一季度`, `上半年`): written without a year, one that
# ended before the report was given (a report of June: `到5月份为止`, `第一季度`) was reported on, not set.
PART_OF_YEAR_PRECISIONS = frozenset({"day", "month_part", "month", "quarter", "half"})

# A relative month or day of this year (今年7月) in a report given late in the
# year before the plan year (November, December: see metadata) is past by then.
LATE_REPORT_MONTH = 11

# A past year written right before a time phrase that has no year of its own:
# "原定去年下半年…", "上年四季度" are past.
PAST_YEAR_BEFORE_REGEX = r"(?:去|上|前|昨)\s*年\s*(?:的\s*)?$"

# `五年内` / `在五年内`: a span counted in years (see `pipeline.deadlines.names_part_period`).
WITHIN_N_YEARS = r"在?(?P<n>\d{1,2}|[一二两三四五六七八九十]{1,3})\s*年(?:之)?内"


# ---------------------------------------------------------------------------
# Goal statements whose verb is not a completion verb (issue #13)
# ---------------------------------------------------------------------------

# A clause opening with causative 使 or disposal 把 after a time phrase states a goal
# (`五年内使化肥生产能力增加标准肥1500万吨`, `两年内把水产品的加工比重…提高到50%以上`,
# `确保一九八五年前把现有企业认真整顿一遍`): the time phrase is a deadline even where the
# verb is not one of ACTION_VERBS; the subject is what 使/把 governs, the action its verb.
GOAL_CLAUSE_START_REGEX = r"^\s*(?:使|把)(?!得)"

# Existential 有 opening what is due (`今年春节前就会有30.45万名…农村老人领取新农保基础养老金`): like 使, the
# words after it up to the verb are the subject.
EXISTENTIAL_START_REGEX = r"^\s*(?:就|将|会|还|也|可以|能够|可)*有(?![望效序力关的些所])"

# A quantity set to change by the time (`本年内铁路货物周转量将比上年增长10%`, `年内，服务业增加值占生产总值的
# 比重提高1.4个百分点`, `到2020年，民营企业贷款增加2000亿元`, `到2016年，全市人均地区生产总值接近东部沿海
# 省份平均水平`): a target whose verb is a change, not a completion; the quantity is the subject, the change
# verb the action. (增加 before 值, 增长 before 率/点/极 belong to a noun: `服务业增加值`.)
QUANTITY_GOAL_REGEX = (
    r"^(?P<subject>[^，,；;。：:、（(]{2,40}?)(?:将|要|可|会|能|可望|有望)?"
    r"(?:比上年|比去年|较上年|较去年|同比|年均|平均)?"
    r"(?P<action>增长|增加(?!值)|提高|下降|降低|减少|上升|扩大|接近)(?![率点极幅速值])"
)

# Words opening a clause that are neither subject nor action (`从…的前十年，主要是打好基础`).
FALLBACK_LEAD_WORDS = ["主要是", "主要", "就是", "是", "要", "将", "都", "也", "还", "并", "有望", "确保"]
# (not 力争, 争取: the gold keeps them in old reports' goals, `争取进入一个新的经济振兴时期`, `力争实现`)
# Adverbs jieba's dictionary leaves untagged, read as adverbs in a goal clause (`年内确保1万人精准脱贫` -> 1万人 /
# 精准脱贫).
FALLBACK_ADVERBS = ("精准", "稳定", "全部", "全面", "基本")

# Where no completion verb is written (old reports' goals: `打好基础`, `争取进入…时期`,
# `得到明显缓和`), the action is read by word class (jieba's own dictionary tags): a run of verbs,
# adjectives and adverbs of two or more characters in all, that holds a verb;
# a run that holds a verb; these words never belong to it (particles, conjunctions, prepositions:
# `为群众办成十件实事`, `比成果`, `对…管理不严`; and a cut-off `为止`).
# A goal clause that names what is acted on before its verb (`年底前矿山整合到100处以内`, `年内9家钢铁企业、3家
# 焦化企业成功创A`): the noun phrase, counts and list marks included, no longer than this, is the subject.
SUBJECT_FIRST_MAX_CHARS = 20
SUBJECT_COUNT_WORDS = ("个", "家", "户", "所", "座", "条", "项", "处", "名", "万", "亿")
FALLBACK_NOT_ACTION = [
    "的", "之", "地", "得", "和", "与", "及", "等", "为", "对", "比", "在", "向", "从", "把", "将", "使",
    "以", "按", "于", "给", "被", "让", "为止",
]

# A time phrase inside a purpose phrase (`为在本世纪末实现国民生产总值翻两番…打下牢固的基础`,
# `为2035年基本实现…奠定基础`): the words before it are not its subject; the goal runs from
# the time phrase to the verb closing the purpose phrase.
PURPOSE_BEFORE_REGEX = r"为\s*(?:在|到)?\s*$"
PURPOSE_CLOSE_REGEX = r"(?:打下|奠定|创造|做好准备|提供|绘就|描绘|夯实)"

# Times listed after 分别于 (`凤合高速马坞至西寨段、申都至漳县连接线分别于第一季度、第二季度开工`): they share the verb
# after the last, and the subjects listed before 分别 are theirs in order.
RESPECTIVE_TIMES_BEFORE = ("分别于", "分别在", "分别到")
RESPECTIVE_TIME_GAPS = ("、", "和", "及", "，")

# A clause after the time phrase of only a verb and an amount (`年内投资16亿元`, `年内投入1亿元`): what is due is
# named in the clause before (`大规模开展老旧小区改造，年内投资16亿元`).
VERB_AND_AMOUNT = r"\p{Han}{1,4}[\d.]+\p{Han}{0,2}(?:以上|左右)?"
# … passed over for the clause before it, whose things counted after its 的 are what is due (`实施总投资5962亿元的
# 重大项目902个，完成投资1300亿元，年底竣工200个以上` -> 重大项目).
COUNTED_AFTER_DE = r"的(?P<noun>\p{Han}{2,12}?)[\d.]+(?:个|项|家|所|座|处|条|批)(?:以上|左右)?$"
