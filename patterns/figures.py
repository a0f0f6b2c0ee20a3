"""Words around a number that decide what kind of figure it is.

Why data: comparators, signs, measures, statuses and the words trimmed off an indicator are
vocabularies that grow with every new report; `pipeline/figures.py` only applies them. The meaning
of every field is `shared/gold/GUIDELINES.md`.
"""

# ---- comparator: qualifier written before or after the magnitude -------------------------------
# Checked on the few characters right before the number (longest first) …
COMPARATOR_BEFORE: list[tuple[str, str]] = [
    ("不低于", ">="), ("不少于", ">="), ("不小于", ">="), ("至少", ">="), ("超过", ">="), ("突破", ">="),
    ("超出", ">="), ("逾", ">="), ("超", ">="), ("达到以上", ">="),
    ("迈过", ">="), ("跨过", ">="), ("跨越", ">="),  # `地区生产总值迈过6万亿元、7万亿元两个台阶`: passed (CROSSING_WORDS)
    ("不超过", "<="), ("不高于", "<="), ("不多于", "<="), ("不到", "<="), ("不足", "<="),
    ("大约", "~"), ("约", "~"), ("近", "~"), ("接近", "~"), ("将近", "~"),
    ("约占", "~"), ("约为", "~"), ("约有", "~"),  # `约占80%`: the qualifier before the verb
]
# Words ending in a one-character qualifier that are no qualifier (`已签约12个`, `节约10%`, `赶超`).
NOT_QUALIFIER_ENDINGS = ("签约", "节约", "履约", "制约", "预约", "集约", "赶超", "附近", "最近", "就近")
# A qualifier before the first number of a list holds for every item (`分别突破4000亿元和200亿元`,
# `不低于60%、55%`): written before the items joined by 、/和/及.
LIST_QUALIFIER_BEFORE = r"(?P<q>不低于|不少于|至少|超过|突破|迈过|跨过|跨越|不超过|不高于)(?:分别)?(?:[\d.,]+[^\d，,。；;、和及：:]{0,5}(?:、|和|及|以及))+$"
# A bound written before the whole of which the figure is a part or multiple (`不低于当地最低生活保障标准的1.6倍`,
# `不低于项目总量的40%`).
BOUND_OF_WHOLE_BEFORE = r"(?P<q>不低于|不少于|不超过|不高于)[^，,。；;\d]{1,20}的$"
# `控制在A和B以内`: the frame holds for every item, the bound closing the last one (a bare
# `分别增长12%和10%以上` bounds only the last).
CONTROL_FRAME_BEFORE = r"控制在(?:[\d.,]+[^\d，,。；;、和及：:]{0,5}(?:、|和|及))*$"
CONTROL_FRAME_AFTER = r"^(?:(?:、|和|及)[\d.,]+[^\d，,。；;、和及：:]{0,5}?)+(?P<q>以内|以下)"
# … and right after it (`8%以上`, `5.5% 左右`).
COMPARATOR_AFTER: list[tuple[str, str]] = [
    ("以上", ">="), ("之上", ">="), ("或者更多", ">="), ("或更多", ">="),  # (`预定增长10%或者更多一些`)
    ("以内", "<="), ("以下", "<="), ("之内", "<="),
    ("左右", "~"), ("上下", "~"),
]
# Written inside the figure between number and unit (`5400余万元`, `1000多人`).
COMPARATOR_INSIDE: dict[str, str] = {"余": ">=", "多": ">=", "几": ">="}

# ---- sign: the quantity fell --------------------------------------------------------------------
FALL_WORDS = ("下降", "减少", "降低", "压缩", "缩减", "缩短", "回落", "缩小", "下滑", "减轻", "压减", "削减", "降幅", "减幅", "减产", "减收", "降", "节约", "节省", "负增长")
# A fall word followed by these states a level (`压减至76家`), not a change.
LEVEL_AFTER_FALL = ("至", "到", "为")

# ---- measure ------------------------------------------------------------------------------------
# Words between indicator and number that make a percentage a growth rate rather than a share.
GROWTH_WORDS = (
    "增长", "增速", "增幅", "增加", "提高", "提升", "上升", "上涨", "涨幅", "下降", "减少", "降低", "压缩",
    "缩减", "缩短", "回落", "下滑", "降幅", "减幅", "扩大", "缩小", "翻", "同比", "比上年", "递增", "拉动",
    "增产", "减产", "增收", "减收", "压缩", "节约", "节省",
    "改善",  # (`空气质量综合指数同比改善2%`)
)
# An indicator ending so names a rate of change (`居民消费价格涨幅3%`, `单位GDP能耗降幅3%`).
# What a rank right after a growth figure ranks (`一季度GDP增长6%、居全省第5位` -> 一季度GDP增速).
RATE_SUFFIX = "增速"
GROWTH_INDICATOR_TAILS = ("增速", "增幅", "增长", "增长率", "涨幅", "降幅", "减幅")
# Names of a ratio written with 倍 (`城乡居民收入倍差从2.07倍缩小至1.96倍`): a ratio, not a multiple.
RATIO_NAMES = ("倍差", "收入比", "之比")
# Names of a rate of growth: a level such a rate reaches is still growth (`增速由一季度的-5.6%回升到二季度的5.8%`).
RATE_OF_GROWTH_TAILS = ("增速", "增幅", "涨幅", "降幅")
# The words after a percentage that name the rate it is, not what it counts (`分别以年均36%和48%的速度增长`,
# `保持20%以上的增长速度`): a list item's indicator is not read from them.
RATE_NOUNS_AFTER = ("速度", "速率", "增长速度", "增速", "增幅", "幅度")
# A rate of a period, then a rise or fall to the rate of another (`…增速由一季度的-5.6%快速回升到二季度的5.8%`):
# the words are when, the quantity is the one named before (or the figure before's).
RATE_PERIOD_WORDS = ("季度", "半年", "谷底", "年初")  # (the quick test: no pattern below matches without one)
RATE_PERIOD_TAIL = r"由?(?:[一二三四]季度|第[一二三四]季度|[上下]半年|前三季度|谷底|年初)的?[-－−]?$"
RATE_LEVEL_ONLY = r"^(?:快速|逐步|持续|稳步|明显|进一步)?(?:回升|回落|提高|加快|放缓|下降|上升|收窄|扩大|缩小)(?:到|至)(?:[^，,；;]{0,6}的|全年)?(?:负增长)?[-－−]?$"
# A minus written before the number (`由一季度的-5.6%`): a fall, kept positive with sign −1.
MINUS_SIGNS = ("-", "－", "−")
NEGATIVE_BEFORE = r"(?:^|[的由至到为是达：:（(，,、])[-－−]$"
# Rates named with 增长 that are levels of the year, not growth of a quantity (`人口自然增长率6.32‰`,
# about 1,100 in the corpus): a share, as 出生率 and 死亡率 are.
LEVEL_RATE_NAMES = ("自然增长率",)
# Words that make a count or amount an absolute change (`优良天数增加25天`, `上升4个位次`).
CHANGE_WORDS = (
    "增加", "增长", "净增", "上升", "提高", "提升", "减少", "下降", "降低", "多出", "高于", "低于", "超出",
    "快于", "慢于", "前移", "后移", "缩小", "扩大", "增产", "减产", "增收", "减收", "压缩", "压减", "削减",
)
# A comparator ending the predicate is a bound, not a change (`总规模不低于1000亿元`).
BOUND_WORDS = ("不低于", "不高于", "不少于", "不多于", "不超过", "不小于")
# A percentage after these names the level reached, not the change (`覆盖率提高到41.6%`): a share.
LEVEL_REACHED = r"(?:提高|提升|上升|增加|增长|下降|降低|回落|扩大|缩小|改善|升|降)(?:到|至|为)(?:全国|全省|全市|全区)?$"  # (`比重将下降为48.2%`, 22 with 为; `扩大到全国50%以上的城市`)
# A verb right before the indicator that makes an amount a change (`减少贫困人口47528人`,
# `增产原煤3000万吨`, `压缩920亿元`); `新增` names an amount added, kept as amount.
# (`增加学位3240个` reads as an amount added, like 新增, so 增加 is not here.)
# 增加 before the indicator makes a change of a quantity measured in these unit families (`每年增加运力4000万吨`,
# `今年增加农业贷款172亿元`); a count after 增加 is what is added, an amount (`增加学位3240个`, like 新增).
INCREASE_VERBS_BEFORE = ("增加",)
INCREASE_CHANGE_FAMILIES = ("money", "mass", "energy", "power", "volume")
# Words that may stand between such a verb and the number (`每年增产原煤`, `今年要压缩`).
CHANGE_VERB_FILLERS = ("每年", "今年", "全年", "共", "累计", "要", "将", "可")
CHANGE_VERBS_BEFORE = ("减少", "增产", "减产", "压缩", "压减", "削减", "净增", "净减")
# … but capacity taken out of production, or a use cut (`压减生铁产能284万吨`, `削减煤炭消费80万吨`,
# `压减地下水超采量1914万立方米`; 142 in the corpus) is the amount removed, as 淘汰 is, not a fall of a stock.
CUT_AMOUNT_NAMES = ("产能", "生产能力", "超采量", "煤炭消费", "消费量")
# The increment of a quantity named before, bare (`生产总值增长6%，增量达到448.2亿元`, ~20 in the corpus), is a
# change (`社会融资规模增量` is a statistic's name, an amount).
BARE_INCREMENT = r"^[，,、]?(?:年均)?增量(?:达到|达|为|突破|超过|近|约)?$"
# A stock named right before what it gained (`金融机构贷款余额新增2000亿元`, `储蓄存款新增6300多亿元`): a change.
STOCK_NAMES = ("余额", "存款", "贷款", "储蓄存款")
INCREMENT_WORDS = ("新增", "增加", "比年初增加", "比上年末增加", "比年初新增")
# A price level written as a percentage is its rise (`居民消费价格指数控制在3.5%以内`, `物价涨幅`).
PRICE_INDICATOR_WORDS = ("消费价格", "物价", "价格总水平", "零售价格", "CPI")
# … unless written as the index level itself (上年=100: `居民消费价格总指数为102.3%`): a level, not a rise.
INDEX_LEVEL_MIN = 50
# The speed something grows at (`分别以年均36%和48%的速度增长`, `以20%以上的速度递增`; about 60 in the corpus) …
GROWTH_SPEED_AFTER = r"^(?:(?:、|和|及)[\d.]+%)*(?:以上|左右)?的(?:速度|速率)(?:持续|快速|迅猛|稳定|稳步)?(?:增长|递增|发展|上升)"
# … whose preposition is no part of what grows (`国内生产总值以年均11.2%的速度增长`).
GROWTH_SPEED_LEAD = r"以(?:年均|每年|平均每年|年平均|平均)?$"
GROWTH_SPEED_KEY = "以"  # (the quick test: no lead above without it)
# Words after a percentage that make it a growth rate (`保持20%以上增长`, `8%的增速`).
GROWTH_AFTER = (
    r"^(?:以上|左右|以内|以下)?(?:的)?(?:年均)?(?:增长|增速|增幅|递增)"
    # a rate something is raised by (`按照不低于5%和8%的比例分别提高城乡低保人均补助标准`, `以8%的幅度增长`)
    r"|^(?:(?:、|和|及)[\d.]+%)*(?:以上|左右)?的(?:比例|幅度)(?:分别)?(?:提高|增加|上调|增长|提升|下调|降低)"
    r"|" + GROWTH_SPEED_AFTER
)
# A count whose noun follows the unit (`提升4所公办幼儿园`, `提升53条沟域`): the verb before the number
# is the task done to what is counted, not a change of it: an amount.
TASK_VERBS_BEFORE_COUNT = ("提升", "提高", "扩大")
# `增加` alone before a count with its noun after the unit adds those things (`增加了34个开放口岸`, `增加5家村镇
# 银行`): they are what is counted, not the quantity named before (`…达到28家，增加22家` stays that one's change).
ADDED_COUNT_VERBS = ("增加", "增加了")
# … and an area after such a verb is where the task is done (`实施粮油作物单产提升70万亩`, `森林质量提升10万亩`,
# `改造提升4300亩`; all 83 such areas in the corpus), unless what is named is an area itself (`耕地面积提高2万亩`).
TASK_VERBS_BEFORE_AREA = ("提升", "提高")
AREA_NAMES = ("面积", "用地", "耕地", "林地", "草地", "湿地")
# A change verb before a list of counts holds for every item (`减少贫困人口47528人、贫困村107个`).
CHANGE_LIST_LEAD = r"(?P<v>减少|增产|减产|压缩|压减|削减|净增|净减)[^，,；;。\d]{1,12}?[\d.,]+[^\d、，,；;。和及]{0,4}(?:、|和|及)$"
# Indicator words that name a rate of change wherever they stand (`经济增长速度的调控目标`).
GROWTH_INDICATOR_WORDS = ("增长速度", "增速", "增幅", "涨幅", "经济增长", "增长率")
# The words between a number and the one before it in the same sentence that carry no reading of
# their own (`收入增长6%，力争6.5%`, `分别增长8.7%、9.8%`): the number is read like the one before.
SAME_READING_GAP = r"^[、，,；;和及与\s]*(?:以上|左右)?[、，,；;和及与\s]*(?:力争|确保|争取|努力)?(?:达到|实现)?$"
# … and counts of different units joined by 、 alone after a change verb share its change too
# (`事故起数、死亡人数同比减少265起、98人`; percentages excepted, they are rates).
CHANGE_LIST_JOIN_GAP = r"^(?:、|和|及|与)$"
# … except a level reached after a change (`粮食总产量增加109亿公斤，达到4024亿公斤`): an amount.
LEVEL_AFTER_CHANGE = r"达到?"
# A percentage stated as a level of something: the indicator names a rate or a share.
SHARE_INDICATOR_WORDS = ("率", "比重", "占比", "比例", "份额", "覆盖面", "程度", "指数", "贡献")
# Bare numbers (no unit) that are figures: a ratio named right before them (`城乡居民收入比1.50`).
RATIO_WORDS = ("收入比", "倍差", "比值", "之比", "系数", "比例为", "比为")
# Percentages written in words (`增长百分之六`, `百分之二十一点七`, `百分之八至九`), as the reports of
# the 1950s–1990s write them: value and range read from the numerals, unit `%`.
CN_NUMERAL = "[零〇一二三四五六七八九十百两]+(?:点[零〇一二三四五六七八九]+)?"
PERCENT_IN_WORDS = rf"百分之(?P<n>{CN_NUMERAL})(?:(?:至|到|—|-)(?:百分之)?(?P<n2>{CN_NUMERAL}))?"
# `翻一番` / `翻两番` / `翻番`: multiples written in words.
DOUBLING = r"翻(?P<n>[一两二三四])番|翻番"

# ---- status -------------------------------------------------------------------------------------
# The sentence states an estimate for a finished period (`预计全年…`, `初步核算，…`); in a plan part,
# about the plan year (`预计今年…`), it is a target.
ESTIMATE_WORDS = ("预计", "初步核算", "初步测算", "初步统计", "初步匡算", "初步预计", "有望", "预测")
# An estimate word opening a clause of a sentence's first statement covers the statements after its `；`
# (`与做实2014年基础数据相比，预计完成地区生产总值780亿元，下降1%；固定资产投资500亿元，…`), as one
# opening the sentence does.
ESTIMATE_OPENING_CLAUSE = r"(?:^|[，,：:])(?:据|经)?(?:" + "|".join(ESTIMATE_WORDS) + r")"
# … but an expectation of earlier, right before its figure, is the goal then set (`比年初预计的2700亿元多出2100亿元`).
EXPECTED_EARLIER = r"(?:年初|原|原来|此前|年前|当初)(?:预计|预期|计划)的?$"
EXPECTED_EARLIER_KEYS = ("预", "计划")  # (the quick test)
# A goal set a year ago, restated in a review (`去年政府工作报告提出，物价涨幅要从14.8%降到10%左右`): the goal
# of the year reviewed, when a plan word follows.
PRIOR_PLAN = r"(?:去年|上年|年初)(?:的)?(?:政府工作报告|人代会|人大会议)?(?:提出|确定|要求)"
PRIOR_PLAN_KEYS = ("提出", "确定", "要求")  # (the quick test)
TARGET_WORDS = ("力争", "确保", "争取", "预期", "目标", "计划", "将", "要", "拟", "努力", "达到", "实现", "到")
# An estimate carried over (`全市地区生产总值增长5%左右（预计数，下同）`; ~80 reports, most of Hunan's cities):
# the statistics reported after it in the review of that year are estimated too — rates, growth, output,
# money aggregates (`农产品加工销售收入达3380亿元`) — but not the counts of things done (`新增上市企业87家`) or
# the funds handed out (`发放帮扶资金3.18亿元`). The word may stand before the note too: `预计（下同）全市地区生产
# 总值增长4.5%左右` (about 30 reports).
ESTIMATE_CARRIED = r"[（(][^（）()]{0,8}预计[^（）()]{0,8}下同[)）]|预计[（(]下同[)）]"
# Unit families of rates: a percentage or a per-mille figure is a rate, never a count or an amount.
RATE_FAMILIES = ("percent", "permille")
STATISTIC_FAMILIES = ("percent", "points", "permille", "mass", "energy", "power")
# A gloss closing a statistic's name (`出口额（海关口径）`, `实际利用外资（验资口径）`): read without it.
GLOSS_AT_END = r"[（(][^（）()]*[)）]$"
STATISTIC_MONEY_TAILS = (
    "产值", "收入", "投资", "规模", "增加值", "总额", "金额", "生产总值", "税收", "销售额", "营业额", "余额", "总量",
    "贷款", "存款", "签约", "零售额", "出口额", "进口额", "进出口额", "利用外资",
)
# … and the counts the statistics offices report, whatever their unit (`城镇新增就业3.5万人`, `生猪出栏225万头`,
# `接待游客突破1亿人次`), by the lexicon's codes: the annotators of ms2023 and ls2025 read them as estimated.
STATISTIC_CODES = ("urban_new_jobs", "tourist_arrivals", "hogs_slaughtered", "rural_labor_transfer", "grain_output")
# Words that mark a sentence in a plan part as an outcome already reached (`去年`, `已`).
PAST_WORDS = ("去年", "上年", "已经", "已", "过去", "以来", "累计完成")
# A change from last year's level to the plan's (`今年中央财政用于教育的投入，将由去年的1076亿元增加到1562亿元`): the
# value after 到 is the plan year's, though 去年 is written before it.
FROM_PAST_TO = r"[由从](?:去年|上年)(?:底|末)?的?[^，,；;。]*?(?:到|至)$"
# A span from one year to another (`从一九七四年到一九七六年`, `由2015年至2020年`): with an end before
# the plan year it is past, and the figures in it are of its end year.
PAST_SPAN = r"(?:从|由)(?:(?:19|20)\d{2}|[一二][九零〇○][一二三四五六七八九〇零○]{2})年(?:起)?(?:到|至)(?P<end>(?:19|20)\d{2}|[一二][九零〇○][一二三四五六七八九〇零○]{2})年"
# A sentence comparing two years (`1986年同1978年相比，国民生产总值由3480亿元增加到9380亿元，…增长102%`):
# its figures are outcomes, the value after 由/从 of the earlier year, the others of the later.
COMPARED_YEARS = r"^(?P<later>(?:19|20)\d{2}|[一二三四五六七八九〇零○]{4})年(?:同|与|和|比)(?P<base>(?:19|20)\d{2}|[一二三四五六七八九〇零○]{4})年(?:相比|比较)"
# Modal words that make a statement a plan (`要`, `将`): a date stated earlier in the sentence
# (`截至今年1月底，…；`) does not carry over them.
PLAN_MODAL_WORDS = ("要", "将", "拟", "必须", "应当", "今后")
# In a review, the plan year named (`今年`) and then a modal: a plan stated there (`今年中央财政预算用于支持这项改革
# 的资金将达305亿元`, `今年拟从去年超收收入中安排500亿元…`), a target of the plan year. (要 as a word: not 主要, 重要.)
MODAL_AFTER_NOW = r"(?<![主重需只概纲摘必首紧])要(?!求|点|素|害|闻|件)|将(?!近)|拟(?!定|建|上市)"
# A state reached by a date (`截至今年2月底，已撤并…公司17092个`): an outcome of that date, not a target.
AS_OF = r"(?:截至|截止到|截止|到目前为止|至今已|迄今)"
# A part of the plan year already over when a report is delivered in mid-year (the 1956 report given
# on 15 June: `本年1——5月份…计划完成102.6%`, `到5月份为止…完成年计划27%`, `第一季度已经开工的…`;
# 盐城 2012, 16 June: `预计上半年，全市地区生产总值同比增长13%`): outcomes of the plan year, not its
# targets. `m`: the last month named; `q`: a quarter; `half`: 上半年. The reading applies only where that
# period ends by the month of delivery (in a report given in January, `一季度` is still to come).
ELAPSED_PART = (
    r"(?:今年|本年)?(?:(?:1|一)\s*(?:[—–\-－~～至到]+)\s*(?P<m>\d{1,2}|[一二三四五六七八九十]{1,3})\s*月"
    r"|前(?P<m>\d{1,2}|[一二三四五六七八九十]{1,3})个?月"
    r"|(?:到|截至|截止到?)(?:今年|本年)?(?P<m>\d{1,2}|[一二三四五六七八九十]{1,3})月(?:份)?(?:底|末)?为止"
    r"|(?:今年|本年)(?P<m>\d{1,2}|[一二三四五六七八九十]{1,3})月份?的统计"
    r"|第?(?P<q>[一二])季度(?!末)"
    r"|(?P<half>上半年))"
)
ELAPSED_KEYS = ("月", "季度", "上半年")  # (the quick test)
# An annual comparison in a sentence of no known part (`全年国民生产总值达到13853亿元，比上年增长11.2%`):
# the outcome of the year under review.
ANNUAL_REVIEW_CUES = r"比上年|较上年|比去年|同比|全年"
# The same as a pattern on the words before a figure: a past time word that is not a comparison base
# (`比上年`, `较去年` compare; `去年全市…` reports).
PAST_IN_SENTENCE = r"(?<![比较同与于])(?:去年|上年(?!度)|过去一年|过去的一年|一年来|过去五年|五年来|这几年|近几年|近年来)(?!同期|末|底)"
# The share of a plan or budget fulfilled (`棉花产量达到3,036万担，完成年度计划的117%`, `工业收入收到…元，完成预算数的
# 110.51%`; ~80 in the corpus, most in reports up to the 1990s): an outcome of the quantity named before, not
# a plan's figure. So is the outcome as a multiple or share of the plan (`欧亚班列发运86列，是年度计划的2.1倍`,
# `为年度计划的115%`, `是省定目标的1.5倍`; ~40 more).
PLAN_FULFILLED = (
    r"(?:(?:超额)?完成(?:了)?|(?<=^|[，,])(?:是|为|相当于))(?:原定|全年|年度|年|国家|省定|省上下达)?(?:投资)?"
    r"(?:计划|预算数?|目标|任务|考核目标|指标)(?:数|任务|安排总额)?的"
)
# Words right before a figure in a review that make it the year's target (`控制在预期目标3%以内`).
TARGET_RIGHT_BEFORE = r"(?:预期目标|调控目标|目标|计划)(?:定为|确定为|为|是|的)?$"
# … but not a target compared with (`低于调控目标1.1个百分点`, `超出预定目标2.9个百分点`: the outcome's distance).
TARGET_COMPARED = r"(?:超出|超过|高于|低于|快于|慢于|比|较)(?:预定|预期|调控|年初)?(?:目标|计划)$|" + PLAN_FULFILLED + "$"
# Words before a figure outside any plan part that make it a target (`力争`, `今年…预期目标`).
TARGET_IN_SENTENCE = ("力争", "确保", "预期目标", "目标是", "目标为", "目标定为", "调控目标", "计划", "争取", "要求")
# In a plan part, a stock that exists already (`调整原有近800亿元农业贷款的结构`, `提升现有220个…园区`): an
# outcome of the year reviewed, not a target.
EXISTING_BEFORE = r"(?:原有|现有)(?:的)?(?:近|约|超过)?$"
# … and a state named in the figure's clause (`国家已经组织了57户企业集团试点`, `全国有24万多户国有小企业`):
# what is, unless a plan word follows it. (`还有` is left out: it also means "besides" in a plan.)
STANDING_IN_CLAUSE = r"已经|已有|(?<![而早])已(?=[\p{Han}]{0,8}(?:了|过))|尚有|仍有|^全[国市省]有(?![线效关])"
STANDING_KEYS = ("已", "有")  # (the quick test)
# In a plan part, a base the target starts from (`由2187亿元增加到2660亿元`: the first is what was).
# (`分别从每月554元、251元提高到…`: a rate per month or year, and a list of bases; `由人均290元`: per head;
# `从人均每年850元提高到1200元`: both.)
BASE_BEFORE = r"(?:由|从)(?:[^，。；到至]{0,12}?(?:的)|(?:人均|户均)?(?:每[人户生]?每?[月年天])?)?(?:[\d.,]+[^\d，。；到至、和]{0,4}(?:、|和))*$"
# … unless the base is a time inside the year (`增速由一季度的3.1%回升到全年的14.6%`): then it is that year's.
IN_YEAR_BASE = r"(?:由|从)(?:[一二三四]季度|第[一二三四]季度|[上下]半年|前三季度|年初|谷底|[1一]月)"
# A year followed by these is a starting point or a level compared with (`2020年以来`,
# `在1988年水平的基础上压缩20%`, `接近2019年水平`), not the figure's year.
NOT_FIGURE_YEAR_AFTER = r"(?:以来|前|底前|末前|(?:的)?基础上|同期|相比|(?:的)?水平)"
# A year right before these is a comparison base (`比2017年增长57%`), not the figure's year.
# (`分别恢复至2019年的148%和175%`: a level now as a share of a past year's)
COMPARISON_BEFORE_YEAR = ("比", "较", "与", "同", "是", "相当于", "于", "为", "恢复至", "恢复到")
# Plan horizon written as a span from the plan year: `3年内建成5家` → plan year + 2.
# So is a span of years the work takes (`用两年时间将筹资标准…提高到100元`, `力争用三年时间引进培养医学博士30名`).
WITHIN_YEARS = (
    r"(?P<n>\d{1,2}|[一二两三四五六七八九十]{1,3})年内"
    r"|用(?P<n>\d{1,2}|[一二两三四五六七八九十]{1,3})年(?:左右)?(?:的)?时间"
)
WITHIN_KEYS = ("年内", "时间")  # (the quick test)
# A figure right after a dated base (`比一九八〇年的7159亿元`, `由2017年的`, `比“十二五”末的`) is the
# base's own value: actual, in that year.
DATED_BASE_BEFORE = r"(?:比|较|由|从|是|为)?(?P<when>(?:(?:19|20)\d{2}|[一二][九零〇○][一二三四五六七八九〇零○]{2})年(?:底|末|度)?|第[一二三四五六七八九十]{1,3}个五年计划(?:期间|末)?|[“\"]?十?[一二三四五六七八九十]五[”\"]?(?:期间|末|时期))的$"
# A sentence speaking of the next five years (`今后五年，力争…年均增长7%`) sets its figures' year to
# the plan year + 4, wherever it stands.
NEXT_FIVE_YEARS = r"(?:今后|未来)(?:的)?(?:五|5)年"
# A sentence that opens on a year (`2010年，实现国民生产总值比2000年翻一番`) is about that year.
YEAR_TOPIC = r"^(?P<y>(?:19|20)\d{2}|[一二][九零〇○][一二三四五六七八九〇零○]{2})年(?:，|,|全[年市省区县]|我[国省市区县])"

# ---- indicator trimming -------------------------------------------------------------------------
# Jieba tokens dropped from the start of the phrase before a number (unless the whole phrase is
# in the lexicon: 新增 stays in 城镇新增就业).
LEAD_WORDS = (
    "全年", "今年", "当年", "去年", "上年", "年内", "其中", "同时", "而", "就", "累计", "共", "共计", "合计", "总共", "全区", "全市", "全县",
    "全省", "全国", "全镇", "完成", "实现", "实施", "新建", "建成", "新开工", "开工", "争取", "力争", "确保",
    "推动", "推进", "加快", "新", "再", "已", "已经", "达到", "达", "全面", "积极", "持续", "着力", "大力", "努力",
    "成功", "培育", "引进", "引导", "带动", "拉动", "开展", "举办", "组织", "改造", "提升", "新培育", "新认定", "新创建", "新建成", "新开通", "新引进", "新落地", "建设", "出台", "办成", "办好", "拆除", "培训", "落实", "及时", "支持",
    "完成了", "实现了", "新签", "引育", "拟", "安排", "拟安排", "以及", "和", "及", "与", "并", "使", "让", "将", "要", "确保全年", "力争全年", "我们",
    "以上", "左右", "以内", "以下",
    "我区", "我市", "我县", "我省", "本", "的", "是", "为", "在", "对", "把", "了", "有", "并且", "还", "也",
    "分别", "比", "较", "同比", "比上年", "比去年", "上", "等", "约", "近", "超", "逾", "突破", "超过",
    "减少", "增加", "增产", "减产", "压缩", "压减", "削减", "净增",
    "预计", "初步核算", "初步测算", "初步统计", "经初步核算", "据初步核算", "初步预计", "预期",
    # a standing count or share opening the clause (`全国已有50%的县（市、区）基本普及…`, 29 read as 已有)
    "已有", "已经有", "尚有", "仍有", "共有", "还有",
)
# A footnote marker inside a phrase (`国内生产总值[2]` in the statistical communiqués).
FOOTNOTE_MARK = r"\[\d{1,2}\]|［\d{1,2}］|〔\d{1,2}〕"
# A milestone after a level (`地区生产总值迈上9000亿元台阶`, `突破100亿元大关`, `迈过6万亿元、7万亿元两个
# 台阶`, `五年跨越8个百亿元台阶`; about 1,700 in the corpus) is what the level passes, not what is
# counted: the indicator is the subject before the verb of passing, which is a predicate word (TAIL_WORDS).
MILESTONE_AFTER = r"(?:以上|左右)?的?(?:[两二三四五六七八九十\d]+个)?(?:[\d.百千万亿]+(?:美元|元|吨|斤|人次|人)?)?(?:新的?|大)?(?:台阶|大关|关口|阶段)"
# Tokens dropped from the end of the phrase (the predicate joining indicator and number).
# Words jieba reads across the end of a name and a tail word, with what of them is the name's (`企业占比达40%`
# -> 企业 占 比达: 1,200 `占比达` in the corpus; `产业均达200亿元`, about 650 `均达`; `重大农业项目各22个`, 320 `各`).
# Not tail words themselves: as user words they would cut `占比重` and `各级` wrongly.
TOKENS_ENDING_IN_TAIL = {"比达": "比", "均达": "", "各": ""}
TAIL_WORDS = (
    "增长", "增速", "增幅", "增加", "提高", "提升", "上升", "上涨", "下降", "减少", "降低", "压缩", "缩减", "缩短",
    "回落", "缩小", "扩大", "达到", "达", "到", "完成", "实现", "突破", "超过", "超", "逾", "为", "是", "保持",
    "保持在", "稳定在", "控制在", "增至", "增加到", "提高到", "提升至", "提高至", "达到了", "降至", "下降到",
    "压减至", "缩小到", "缩小至", "扩围至", "拓展至", "年均", "年均增长", "同比", "同比增长", "同比下降", "比上年",
    "比上年增长", "较上年", "约", "近", "超出", "在", "有", "共", "累计", "总计", "合计", "净增", "新增", "分别",
    "分别为", "分别达到", "分别增长", "占", "了", "的", "以上", "左右", "在内", "连续", "居", "排", "排名", "排在",
    "位居", "名列", "跻身", "至", "到达", "跃居", "上涨了", "增长了", "下降了", "共计", "之", "收到",
    "实际", "基本", "仍", "再", "已", "已经", "可", "能", "将", "要", "力争", "确保", "争取", "预计", "初步", "由", "从", "却", "又", "首次",
    # how a target is announced (`经济增长速度的调控目标定为8%`, `经济增长预期目标为7%`, `原定`)
    "定为", "定在", "确定在", "调控目标", "预期目标", "目标", "预期", "计划", "原定", "预定", "调高", "调高到", "调整为", "要求", "初步考虑",
    "确定为", "确定", "不低于", "不少于", "不超过", "不高于", "递增", "年均递增", "平均递增", "每年递增",
    "将近", "接近", "大约", "不到", "不足", "至少", "都", "目前", "现在",
    "增产", "减产", "增收", "减收", "增加到", "提高到", "上升到", "扩大到", "负增长",
    # a level reached by a change (`由上年的25.5元降到24.6元`, `由55个减为41个`)
    "降到", "降为", "减为", "减至", "减到", "缩减到", "缩减为", "下降为", "上升为", "提高为", "增为", "改为", "转为",
    "已有", "尚有", "仍有",  # (`但年底在建的大中型项目仍有1187个`)
    # a standard adjusted to a level (`救助标准从600元上调至3000元`, `调整到`: ~130 in the corpus)
    "上调至", "上调到", "下调至", "下调到", "调至", "调到", "调整至", "调整到", "上调", "下调",
    # (`政府工作部门由35个精简到32个`, 73 read as 精简; merged or cut to a level)
    "精简为", "精简到", "精简至", "整合为", "合并为", "撤并为", "压减为", "压减到", "压减至", "削减为", "削减到",
    "削减至", "压缩为", "压缩到", "压缩至",
    # a level above or below another, alone or with another predicate (`经济增长连续四年达到或略高于10%`)
    "高于", "略高于", "或",
    # a level risen to (`…占GDP比重分别升至13%和9.5%`: 升至 670, 升到 565, 提升到 279 before a number)
    "升至", "升到", "提升到", "增加至", "跃升至", "跃升到", "攀升至",
    "下降至", "上升至", "回落至", "回落到", "降低至", "降低到", "增长至", "增长到", "扩大至", "减少至", "减少到",
    "发展到", "发展至", "扩展到", "扩展至", "拓展到", "拓展至", "延伸到", "延伸至", "改善", "改善到", "改善至",
    "全面完成", "基本完成", "全部完成", "顺利完成",  # (one word to jieba: `全面完成1.5万座小型水库除险加固`)
    # how the target is put (`地区生产总值按增长5%安排`, `可比增长10%`)
    "按", "可比",
    # an adverb left before a predicate that was dropped (`第三产业投资明显加快，同比增长48.9%`,
    # `积累率可能进一步降到30%`, `收入总共只增加了10.5元`)
    "明显", "大幅", "较快", "快速", "稳步", "进一步", "可能", "总共", "只", "均",
    # how a task is done (`高质量完成628个边境小康村建设任务`, `高标准建设`)
    "高质量", "高标准", "高水平", "高起点",
    # a level stressed (`1994年涨幅分别高达21.4%和22.6%`, `固定资产投资高达500亿元`)
    "高达", "分别高达", "竟达", "最高达",
    # a level expected (`全社会固定资产投资可达950亿元`, `高新技术企业有望突破2000家`: 23 of 300 sample reports)
    "可达", "有望", "可望", "有望达到", "有望突破",
    # passing a milestone (MILESTONE_AFTER)
    "迈上", "迈过", "跨上", "跨过", "跨越", "站上", "登上", "越过", "冲破", "连跨", "迈入", "跨入", "进入",
)
# A number opening a phrase, stuck to the name after it (`15.0黄红麻` in a flattened table): no part of it.
LEADING_NUMBER = r"^\d{1,2}年(?![\d底末度内])|^[两三四五六七八九十]年(?=累计|共|新增|投入|发放|清理|完成|实施|建成|新建|引进|签约|筹集|争取|成交|办结)|^(?:\d+[.．])?\d+(?=\p{Han})(?![岁年月日天周个位名人户家项次条座所])"
# (the first form is a span of years opening the phrase: `5年累计办结人大代表议案`, `3年投资10亿元`; the
# second the same in Chinese numerals, before a verb of doing: `三年共成交项目`, not `九年义务教育`)
# … and a bare number closing it (`税电指数108.41、高于全省5.33个点`: an index value without a unit).
TRAILING_NUMBER = r"(?<=\p{Han})[\d.．]+$"
# A year as reports write it, in digits or Chinese numerals (`1990年`, `一九七七年`).
_YEAR = r"(?:(?:19|20)\d{2}|[一二][九零〇○][一二三四五六七八九〇零○]{2})年"
YEAR = _YEAR
# A span of years (`1979到1983年`, `一九八一年至一九八五年`).
_YEAR_SPAN = r"(?:(?:19|20)\d{2}|[一二][九零〇○][一二三四五六七八九〇零○]{2})年?(?:到|至|—|－|-|～|~)" + _YEAR
# A phrase that is only a comparison (`较“十三五”末`, `分别高于全国、全省`) or a conversion (`约合1.5万美元`) names no indicator:
# the figure takes the indicator of the figure before it in the sentence.
COMPARISON_ONLY = r"^(?:(?:约合|折合|合计约|约折合|相当于)(?:人民币|美元)?|" + _YEAR + r"(?:又|再|还)?(?:比|较|同)[^，,；;]*|[，,、]?(?:分别)?(?:高于|低于|快于|慢于|超出|比|较|同比|比上年|比去年|较上年|环比)[^，,；;]*|(?:是|为|相当于)[^，,；;]{1,10}的|[较比].*[末前后年底]|(?:力争|确保|争取)?(?:到|至)?[“\"]?(?:(?:19|20)\d{2}年|十[一二三四五六七八九]五[”\"]?末)(?:前|底|末)?|" + PLAN_FULFILLED + r")$"
# Words that only say how a figure was computed (`按可比价格计算增长7.8%`, `扣除物价上涨因素`,
# `平均每年增长8.6%`, `在1988年水平的基础上压缩20%`, `剔除留抵退税因素后`; `在大幅减税降费的情况下`, `在大灾
# 之年`: the circumstances it was reached in): the figure is of the indicator named before them.
CALCULATION_BASIS = r"按(?:现行|当年|当期)?汇率(?:计算|折算)|在[^，,；;]{0,14}?(?:水平|基数)?的?基础上(?:再)?|按?可比价(?:格)?(?:计算)?|按可比口径(?:计算)?|(?:扣除|剔除)[^，,；;]{0,12}?(?:因素|影响)(?:影响)?(?:后)?|在[^，,；;。]{2,16}?(?:之年|的情况下|情况下|的背景下|背景下)|同口径|平均每年|(?<![\d〇零一二三四五六七八九全当每上])年平均|每年平均|分别|(?:从|由)?每(?:人|户)?每?(?:月|年)"
# A rank is of the subject before these words (`市场主体超过180万户，居全国省会城市第8位`): the
# words after them name the field ranked in, not what is ranked.
RANK_VERBS = r"(?:(?:上升|提升|跃升|前移|前进|升)(?:到|至)|位居|跃居|居于|居|排名|排在|排|位列|列|名列|保持|稳居|从|由|进入|跻身|迈入|挺进)"
# The peers a rank is among, between what is ranked and the rank (`地表水环境质量在全国339个地市中列第16位`,
# `生活垃圾分类工作在全国80个城市评估中排名第10位`; about 290 in the corpus): what stands before 在 is ranked,
# else the figure before (`房价涨幅回落到2.2%，在全国35个大中城市中列第30位`).
PEER_GROUP_BEFORE_RANK = r"在[^，,；;。在]{2,30}?中\s*{rank_verbs}\s*第?\s*$"
PEER_GROUP_MAX_CHARS = 30
# Tokens dropped from inside an indicator phrase: the period is a figure's year, not its name
# (`城镇年均新增就业9万人` -> 城镇新增就业).
INNER_DROP_WORDS = (
    "年均", "平均每年", "累计", "五年", "五年来", "五年累计", "五年间", "去年", "今年", "上年", "当年", "全年",
    "近五年", "近三年", "近两年", "近年来", "近年",
)
# A run of years before a figure (`经济增长连续四年达到或略高于10%`, `粮食…连续8年稳定在1300亿斤以上`: about 3,750
# in the corpus) says since when the level has held: period_start is the first year of the run.
RUN_OF_YEARS = r"连续(?P<n>\d{1,2}|[一二两三四五六七八九十]{1,3})年"
# … and the words that end such a period as a time point, dropped with it (`从五年前的2万亿元跃升到3万亿元`).
PERIOD_WORD_ENDINGS = ("前", "以前", "以来")
# How far back a list of indicators read item by item may reach (characters; the clause start bounds it).
LIST_WINDOW = 60
# A phrase naming a share, a rate or a contribution keeps both of its sides (`民营经济对经济增长贡献率`, `自助办理证照率`,
# `服务业增加值占地区生产总值比重`): a verb inside it does not start the indicator.
SHARE_HEADS = ("贡献率", "比重", "占比", "比例", "份额", "贡献", "率")
# Words that announce a quantity rather than name it (`国家计划要求今年的国民生产总值`, `中央提出今年经济增长`):
# before a lexicon name (or before `的`/a time word and the name) they are cut off.
ANNOUNCE_WORDS = ("要求", "提出", "计划", "预计", "安排", "建议", "确定", "规定", "今年", "明年", "全年", "当年", "本年", "去年", "期间", "时期", "以来", "期末")
# A copula inside the phrase: what follows it is what is measured (`主要预期目标是生产总值增长7%`).
COPULAS = ("是", "为", "即", "把")  # (`把全市生产总值增长目标确定为6.5%`: what 把 takes)
# Examples listed before a quoted collective name are not part of it
# (`电动汽车、锂电池、光伏产品“新三样”出口` -> `“新三样”出口`).
# (The name follows the last example directly; after 及/和 it is one more item: `东盟、欧盟及“一带一路”…`.)
EXAMPLES_BEFORE_NAME = r"^[^“”]*、[^“”]*[^“”、和及与](?=“[^”]{1,12}”)"
# A phrase that is only an attribute (`总数`, `占比`) is the attribute of the indicator before it:
# `市场主体…、总数超6万户` -> `市场主体总数`.
# Totals a share right after is not of (`总面积达到4612万亩，占耕地比重提高到64.8%` -> 高标准农田占耕地比重).
TOTAL_ATTRIBUTES = ("总面积", "总里程")
ATTRIBUTE_WORDS = (
    "总数", "总量", "总额", "总规模", "规模", "增速", "增幅", "占比", "比重", "数量", "总产值", "产值", "增量",
    "总面积", "总里程",  # (`新建高标准农田350万亩、总面积达到4612万亩`, `新建高速公路120公里，总里程达到5000公里`)
)
# Attributes that need an owner (`建筑业快速发展，增加值增长14.6%` -> 建筑业增加值, `存储器项目开工
# 建设，总投资240亿美元` -> 存储器项目总投资): read alone, the owner is what the sentence speaks of.
OWNED_ATTRIBUTES = (
    "增加值", "总投资", "投资", "收益", "利润总额", "利润", "营业收入", "营业总收入", "主营业务收入", "销售收入",
    "产值", "总产值", "税收", "出口货值", "营业额", "交易额", "成交额", "货值", "利税", "税金",
    "金额", "合同额", "签约额", "合同金额", "签约金额", "投资额", "投资总额",
    "年度投资", "当年投资",  # (`抓好18个产业基础设施配套项目，完成年度投资15.3亿元`: about 70 in the corpus)
    "实际到位", "实际金额",  # (`外商直接投资保持增长势头，实际到位400多亿美元`)
    "存款余额", "贷款余额",  # (`城乡居民储蓄大幅度增加，存款余额达到46280亿元`)
    "产量", "总产量", "面积", "播种面积", "种植面积", "饲养量",  # (`粮食播种面积…、产量稳定在145万吨以上`)
    "总面积",  # (`新建高标准农田350万亩、总面积达到4612万亩`)
    "播面",  # (`确保粮食播面850万亩、产量325万吨`: 播种面积 as Sichuan and Fujian reports shorten it)
    "总产",  # (`粮食播种面积稳定在…，总产达到550亿斤`: 总产量 shortened, about 90 in the corpus)
    # a scheme's coverage and funding (`城镇职工基本养老保险制度不断完善，2007年参保人数突破2亿人`)
    "参保人数", "参保率", "参合率", "筹资标准",
    # a firm's or a sector's accounts, and a source's generating capacity, listed after their owner
    # (`省管企业净资产增长8.9%、研发投入增长34.4%`, `市属国企资产总额、利润总额分别增长…`)
    "净资产", "净资产总额", "资产总额", "净利润", "研发投入", "研发经费投入", "装机", "装机容量", "装机占比",
    # accidents' count, deaths and losses (`安全生产事故起数、死亡人数和直接经济损失分别下降…`; ~425 lists)
    "起数", "发生起数", "宗数", "死亡人数", "伤亡人数", "受伤人数", "直接经济损失", "经济损失",
)
# An attribute written after 分别 (`交通、水利分别完成投资2500亿元、800亿元`, `机械装备、材料化工、食品饮料三大产业
# 分别实现营业收入…`; ~30 in the corpus) is each listed item's: 交通投资, 水利投资.
RESPECTIVE_ATTRIBUTE_BEFORE = r"分别(?:完成|实现|达到|达)?"
# … its items named without their counts (`1024个市重大重点、288个省大中型项目`: a number and one of
# units.COUNT_UNITS; `电子、机械两大支柱产业`: a class counted in words).
ITEM_COUNT_NUMBER = r"(?<![\d.])\d+(?:\.\d+)?\s*"
ITEM_CLASS_COUNT = r"[两二三四五六七八九十]+大(?:支柱|主导|优势|重点|特色)?(?=产业|行业|板块)"
# … of which these take an owner only from a figure listed before them, never from the sentence's
# subject (`国务院正式批准设立厦门自贸试验区，面积43.78平方公里`: 国务院 owns no area).
LISTED_OWNER_ONLY = ("产量", "总产量", "面积", "播种面积", "种植面积", "饲养量")
# Places that come in pairs: a clause naming only the second, after a figure of the first, is of the same
# quantity there (`城镇人均居住面积增加到8.7平方米，农村增加到22平方米` -> 农村人均居住面积).
# Populations a list's items name (`城镇居民和农民人均收入分别增长8%和6%`): what the last item says after its
# population is said of every item (城镇居民人均收入, 农民人均收入; about 30 such lists in the corpus).
POPULATION_NOUNS = (
    "城镇居民", "农村居民", "城市居民", "城乡居民", "农民", "农牧民", "牧民", "渔民", "职工", "在岗职工", "居民",
)
# A level of government or rank that alone says which of a kind is counted (`2个国家级、6个自治区级新型城镇化
# 示范县`, `新增2家省级和4家市级农业龙头企业`): listed before another count, it shares that count's noun.
LEVEL_ONLY = r"(?:国家|国际|世界|全国|中央|省部|省|自治区|市|州|盟|地|县|区|乡|镇|村|部|A|AA|AAA|AAAA|AAAAA|\d?A)级"
LEVEL_LIST_GAPS = ("、", "和", "及", "以及", "，")
PLACE_PAIRS = (("城镇", "农村"), ("城市", "农村"), ("城镇居民", "农村居民"), ("城区", "农村"))
PLACE_CLAUSE_MAX_CHARS = 10  # (the place and a verb: `农村增加到`)
# The part of a whole that one level of government holds, named alone after 其中 (`财政一般预算收入增长12%，其中
# 市本级增长10%`, `偿还政府债务30亿元，其中市本级10亿元`; about 50 in the corpus): the quantity before, there.
PART_OF_WHOLE = r"其中(?P<scope>市本级|省本级|县本级|区本级|州本级|本级|中心城区|主城区)(?:增长|下降|完成|实现|达到|达|为|占)?$"
# Quantities that come in pairs of one owner: listed after its sibling, a bare one is the same owner's
# (`地方财政一般预算收入1126亿元、支出2903亿元` -> 地方财政一般预算支出, `存款余额…、贷款余额…`).
SIBLING_ATTRIBUTES = (
    ("收入", "支出"),
    ("存款余额", "贷款余额"),
    ("存款", "贷款"),
    ("出口", "进口"),
    ("出口额", "进口额"),
    ("外资", "内资"),  # (`实际利用外资14.5亿美元、内资188亿元`)
    ("起数", "死亡人数", "受伤人数", "直接经济损失"),  # (`道路交通事故起数下降3.9%、死亡人数下降16.1%`)
    # a school's enrolment (`中等职业学校招生规模扩大到741万人，在校学生总数1809万人`)
    ("招生规模", "招生", "招生人数", "在校学生总数", "在校学生", "在校生", "毕业生"),
)
# The qualifier of the figure before, left at the start of the next one's words (`350个以上、建成投产500个`).
QUALIFIER_OPENING = r"^(?:以上|左右|以内|多)(?=[、，,])"
# The clause right after a figure, opened by a separator (and a qualifier of the figure before).
LISTED_NEXT = r"(?:以上|左右|多)?[、，,](?:其中)?"
# A predicate closing a batch's clause before the next (`349个项目开工建设，总投资…`).
SAID_AFTER_COUNT = r"(?:以上|左右)?[^\d，,、；;。]{1,8}(?=[，,])"
# The verb of reaching a level after a level item (`省级突破50家`): the item is the level.
LEVEL_REACH_TAIL = r"(?:突破|达到|达|超过|超|增加到|增至)$"
# Stages of projects that name which projects are counted (`力争新开工项目350个以上`, `新开工亿元以上项目193个`):
# kept before 项目 though they are verbs, as readers keep them to tell the stages apart.
PROJECT_STAGES = ("新开工", "续建", "竣工", "建成", "建成投产", "在建")
# Verbs kept before 就业 alone (`带动就业19.8万人`, `稳定10万人就业`): jobs brought, kept or found.
JOB_VERBS = ("带动", "稳定", "吸纳", "实现", "促进")
# A batch just counted owns the attribute its next clause opens on (`签约项目613个、金额484亿元` ->
# 项目金额, `实施重点项目850项以上，完成投资790亿元` -> 重点项目投资; about 2,100 in the corpus).
# Readers name the batch or leave the attribute bare; an owner this long would swamp a bare name.
BATCH_OWNER_MAX_CHARS = 8
# Words ending a sector or body that owns quantities (`规模以上工业增加值…、利润…` -> 规模以上工业利润), as
# against kinds of quantity (`固定资产投资`, whose 固定资产 owns nothing listed after it).
OWNER_SECTORS = ("工业", "企业", "产业", "服务业", "农业", "建筑业", "集聚区", "园区", "开发区", "公司", "行业", "粮食")
# The end of a sector's scope, which stays with the sector (`乡及乡以上工业`, `限额以上批发零售业`).
SECTOR_SCOPE_ENDINGS = ("以上",)
# What names the count, not the batch (`高新技术企业总数达到3300家，增加值…` -> 高新技术企业增加值).
COUNT_WORDS = ("总数", "数量", "个数", "家数", "户数")
# What may stand between the count and the attribute: a separator, then a verb of doing or a cue.
BATCH_ATTRIBUTE_GAP = r"(?:以上|左右)?[，,、](?:完成|实现|计划|累计|共|合计)?"
# A clause saying how something fared is no owner (`经济效益有所改善，…利税…`).
STATE_PREDICATE = r"(?:有所|明显|显著|进一步|不断|持续)\p{Han}{0,4}$|(?:改善|好转|提高|增强|稳定|加强|回升|下滑|放缓)$"
# Adverbs that stand inside a name when a noun follows (`城镇职工基本养老保险`, `基本公共服务`).
NAME_INNER_ADVERBS = ("基本",)
# An owner longer than this is a clause, not a name.
OWNER_MAX_CHARS = 12
# Scope words that may open the owner's clause before the owner (`全国粮食连续四年增产，2007年产量达到…`): the
# owner still opens its clause.
OWNER_SCOPE_WORDS = ("全国", "全省", "全市", "全区", "全县", "全州", "全年", "我国", "我省", "我市", "我区", "我县")
# How the owner's clause says it grew or started, cut off the owner (`金融业迅猛发展`).
OWNER_PREDICATE_TAIL = r"(?:快速|加速|迅猛|稳步|持续|平稳|较快|加快|健康|蓬勃|大幅度|大幅|明显)?(?:发展|增长|增加|壮大|回升|开工建设|建成投产|签约落户|落户|开工)$|保持\p{Han}{0,4}势头$|(?:制度|体系)?(?:不断|进一步|逐步|日益)?(?:完善|健全)$|(?:生产)?(?:再|喜|连|又|再次|连续)?(?:获|夺|获得)?(?:大)?(?:稳产)?(?:丰收|增产)$"
# (a harvest: `粮食喜获丰收，产量达到51.6亿斤`, `粮食稳产丰收，产量…`: about 30 such clauses in the corpus)
# How the owner fared, said before its attribute (`省属国有企业经营效益持续好转，实现利润…`): cut off, what
# precedes it owns the attribute.
FARED_TAIL = r"(?:经济|经营)?效益\p{Han}{0,6}(?:提高|改善|好转|提升|增长)$"
# The word that makes the owner's clause a topic (`产业升级方面，力争完成投资1200亿元` -> 产业升级投资).
TOPIC_TAIL = r"(?<=\p{Han}{2})方面$"
# An indicator phrase this long is cut after a verb inside it (`省、市重点项目完成年度计划投资`).
SPLIT_LONGER_THAN = 8
# A comparison closing the phrase (`是2020年的`, `较“十三五”`) is cut off before trimming.
COMPARISON_TAIL = r"(?:[，,]?(?:是|为|相当于|较|比(?![例重值率])|高于|低于|超过|超出)(?:[^，,；;]{0,6}?)(?:" + _YEAR + r"(?:末|底|度)?|[“\"]?十[一二三四五六七八九]五[”\"]?(?:末|时期|期间)?|上年|去年|全国|全省|全市|年初|现在|目前|省平|全省平均|全国平均|全市平均|平均水平|前)(?:的|同期|水平)?(?:[\d.一二两三四五六七八九十]+个?(?:百分点|倍))?)+$"
# A phrase that is only a verb (`改造`, `投产`) does not name what is counted: look after the unit.
VERB_ONLY = (
    "改造", "新建", "建成", "实施", "完成", "实现", "开工", "竣工", "投产", "培育", "引进", "新增", "建设", "打造",
    "创建", "举办", "开展", "组织", "提供", "发放", "认定", "获评", "入选", "签约", "落地", "招引", "储备", "谋划",
    "推进", "推动", "加快", "争取", "力争", "确保", "年产", "拥有", "有", "共", "累计", "达到", "达", "超", "突破",
    "增长", "增加", "提高", "下降", "减少", "吸纳", "带动", "安置", "整治", "治理", "修复", "续建",
    "改扩建", "提升改造", "提质", "规范", "建立", "设立", "建立起", "建起", "覆盖", "接待", "培训", "办理", "化解", "清理", "盘活", "收储", "发放", "保持", "引育",
)
# Words after the unit that end the noun phrase naming what is counted (`6个老旧小区完成改造`).
AFTER_STOP = (
    "完成", "实现", "建成", "开工", "竣工", "投产", "获评", "入选", "得到", "通过", "进入", "纳入", "达到", "顺利",
    "同步", "成功", "全部", "加快", "提质", "获得", "荣获", "跻身", "列入", "启动", "开展", "参与", "落地", "进行",
    "签约", "投用", "运营", "达效", "建设", "改造", "升级", "实施", "推进", "正式", "累计", "和", "及",
    "的", "挂牌", "评为", "达标", "通车", "广受", "受到", "纳入", "成为", "覆盖", "惠及",
    "列为", "认定为", "当选", "获批", "落户", "全面",
    # a grant shared out after what is counted (`300个…岗位每岗每年补助`)
    "每岗", "每户", "每人", "每套", "每个", "每所", "每家", "每村", "每校", "每生",
)
# A fund named right after a sum (`省财政投入2亿元前期工作经费`, `中央财政新增47亿元专项补助资金`, about 300 in
# the corpus after 投入/安排/新增…): the fund is what the sum measures, whoever pays it.
FUND_FAMILIES = ("money",)
FUND_AFTER = r"^(?!设立|建立|组建|用于|支持|发放|成立|撬动|带动)[^\d，,。；;、的“”]{0,12}?(?:资金|经费|基金|补助|补贴|贷款|债券|国债)(?=[，,。；;、用]|$)"
# A sum a funder grants, then what it is for (`中央财政安排51亿元，用于支持地方加强公共卫生服务`, `投资14亿元支持
# 500余处文化遗产保护利用`; about 220 after 安排/投入/筹资… in the corpus): the purpose names the money. Read
# only when the words before end in one of FUNDING_VERBS (a named fund before the sum keeps its name).
FUNDING_VERBS = ("安排", "投入", "筹资", "筹集", "投资", "拨付", "下达", "争取", "落实", "统筹", "整合", "拿出", "支出")
# A grant given to someone (`对1320名残疾人专职委员给予每人每月1100元补贴`, `对新认定的国家级高新技术企业给予
# 30万元奖励`; about 300 in the corpus): what it measures is the recipient's grant (残疾人专职委员补贴), as
# the annotators of 广东2016 wrote it. The grant nouns, the clause naming the recipient, and the words
# inside the recipient that are how the grant is counted, not who gets it.
GRANT_NOUNS = ("补助", "补贴", "奖励", "资助", "奖补", "津贴", "补偿", "奖金", "扶持资金")
# The grant named after its sum, past a qualifier and the verb (`1000万元予以一次性补助`, `100元的护理补贴`).
GRANT_AFTER = r"(?:以上|左右)?的?(?:给予|发放|予以)?(?P<grant>[^，,；;。、\d]{0,10}?{grants})(?=[，,；;。、]|$)"
GRANT_RECIPIENT = (
    r"对(?P<who>[^，,；;。对]{2,50}?)(?:(?:每[个人户家所座株生年月]+|一次性|分别|最高|不低于|均|人均)\s*)*"
    r"(?:(?:给予|发放|予以)[^，,；;。]{0,14})?$"
)
GRANT_RECIPIENT_CUT = r"按|每|就读|期间"
GRANT_RECIPIENT_REACH = 60  # characters before the sum where 对 may stand
GRANT_RECIPIENT_MAX_CHARS = 16
GRANT_RECIPIENT_COUNT = r"[\d.]+\s*(?:万|亿)?(?:名|个|家|户|所|座|人|项|年)?(?:左右|以上|多)?"
PURPOSE_AFTER = r"[，,]?(?:专项|主要|重点|全部|集中)?(?:用于|支持|帮助)(?P<purpose>[^，,；;。]{2,30})"
# … also a part of a sum named before (`安排108.9亿元，其中67亿元用于建设交通、生态等项目`) or a clause opening on it.
PURPOSE_SUM_OPENERS = ("其中",)
# A count inside the purpose is no part of its name (`支持500余处文化遗产保护利用`).
PURPOSE_COUNT = r"\d+(?:\.\d+)?(?:万|千|百)?(?:余|多)?(?:个|处|项|家|所|条|座|名|人|户|村)?"
# Measures and policies counted after a clause with 的 saying what they are for (`扶持中小企业发展的14条措施`,
# `增投资、稳工业、促消费、保民生的20条措施`): the clause is part of their name, cut after the verb that
# introduces them (出台, 制定, 提出…) and no longer than PURPOSE_MAX_CHARS.
MEASURE_NOUNS = ("措施", "政策", "政策措施", "意见", "举措")
PURPOSE_CUT = r"[，,；;：:的]|关于|(?<=\p{Han})对"
PURPOSE_INTRO_VERBS = (
    "出台", "实施", "制定", "提出", "提出了", "推出", "印发", "落实", "认真落实", "研究", "出台了", "制定了", "采取",
    "以", "了",
)
PURPOSE_MAX_CHARS = 18
# Families whose figure, after a verb and before 的, is the size of the noun after it (`设立首期1亿元的海洋科创
# 基金`, `划定1179平方公里的城市生态绿线控制范围`, `建设500千瓦的光伏电站`).
SIZE_OF_NOUN_FAMILIES = ("money", "area", "length", "mass", "volume", "power", "energy")
# An existential before a count (`示范区已有7个项目开工建设`, `全市有12家企业…`): what follows the unit is what
# is counted, the noun before is where (`国家重点实验室项目已有21个通过验收`, no noun after: the noun before).
EXISTENTIAL_BEFORE = ("已经有", "已有", "尚有", "仍有", "共有", "还有", "有")
# A capacity named between a verb with a short proper name and the product (`启动康乃尔60万吨甲醇制烯烃项目`,
# `巩固建龙300万吨钢铁生产能力`, `重点实施通渭40万千瓦风电场`): the name is the owner or the place, the noun
# after the unit what is measured. Families, and the longest such name.
CAPACITY_AFTER_NAME_FAMILIES = ("mass", "power", "energy", "volume", "count")
CAPACITY_OWNER_MAX_CHARS = 4
# A project listed by its owner's name, capacity and product (`加快兰州石化120万吨乙烯、金川集团28万吨硫酸镍等
# 重点项目建设`, `确保安钢120万吨冷轧薄板`, `万丰奥威50万套铝镁合金汽车结构件`): what is measured is the owner's
# product, named with the owner (`兰州石化乙烯项目`, as `../shared/gold` reads it). About 2,000 such capacities
# stand between a name and a product in the corpus; the annotators of eight reports of every level wrote them so.
# The longest owner name (`海马集团郑州基地`), the count units a product is counted in (a count needs 万 or more:
# `3个县` is no capacity), and the words between the name and the number that are no part of it (`年产`).
NAMED_CAPACITY_OWNER_MAX_CHARS = 8
CAPACITY_COUNT_UNITS = ("辆", "台", "套", "件", "条", "只", "头", "标准箱", "标箱", "片", "双", "艘")
CAPACITY_COUNT_MIN = 10000
# (`各`, first: `TCL和创维各300万台液晶电视`, each owner the same capacity)
CAPACITY_QUALIFIERS = ("各", "年产能", "年生产", "年加工", "年处理", "年吞吐", "年产", "设计产能", "规模", "首期", "总规模")
# The marks that open a list item before a capacity (the owner's name starts after the last of them).
CAPACITY_ITEM_OPENERS = "、，,；;：:"
# Words that open the list item before the owner and are no part of its name (besides verbs of two or more
# characters): place in the chain (`带动下游吉神…`), emphasis (`重点依托天合光能…`).
CAPACITY_OWNER_LEADS = ("上游", "下游", "中游", "重点", "全力", "加快", "积极", "以及", "及", "和", "与")
# The list closes on projects (`…、中科电气10万吨负极材料等重点项目建设`): each item is a project.
PROJECT_LIST_CLOSE = r"[^，,。；;：:]*?等(?:一批|\d+个)?(?:重点|重大|产业|工业|省级|市级)?(?:项目|工程)"
# Words after a unit that make it a compound unit the unit table does not list (`29059亿吨公里`, ton-kilometres).
UNIT_CONTINUATIONS = ("公里", "千米", "小时", "时")
# A programme extended to a number of places (`新型农村合作医疗试点范围扩大到1451个县（市、区）`, `城镇居民基本医疗
# 保险试点要扩大到全国50%以上的城市`; about 140 in the corpus): the figure counts the places the programme
# covers, named by both (新型农村合作医疗试点县（市、区）), as the annotators of gov2007 and gov2008 wrote it.
PROGRAMME_EXTENDED = (
    r"(?P<programme>[^，,；;。]{2,24}?)(?:范围|实施范围|覆盖面)?(?:要|将|已|已经|逐步|进一步|再)?"
    r"(?:扩大到|扩大至|扩展到|推广到|推开到)(?:全国|全省|全市|全区)?$"
)
# A comparison right after a 分别 list compares each item (`…分别增长10.1%和13%，高于生产总值增速2.8个和5.7个
# 百分点`): its numbers are the items' in order, as after a second 分别.
COMPARED_TO_EACH = r"^[，,、]?(?:均)?(?:高于|低于|快于|慢于|超过|超出)[^，,；;。]{0,16}$"
RESPECTIVE_REACH = 12  # (how far before the list's first number its 分别 is looked for: `分别增长`)
# A share of the places after it: its 的 and the places named (`扩大到全国86%的县`).
SHARE_OF_PLACES = r"(?:以上|左右)?的(?=\p{Han})"
RANGE_WORDS = ("范围", "实施范围", "覆盖面", "覆盖范围")  # (no programme alone: `覆盖面扩大到全省90%的乡镇`)
PROGRAMME_EXTENDED_KEYS = ("扩", "推")  # (the quick test before the regex: most clauses extend nothing)
PROGRAMME_PLACE_FAMILIES = ("count",)  # (a percentage of the places too, named after its 的: `全国86%的县`)
# Where a listed project's product ends (`…10万吨负极材料等…`, `…高纯晶硅、京运通…`).
CAPACITY_ITEM_END = r"[等、]"
# Units that name other things too (`东盟十国共15方成员`: parties, not cubic metres).
CAPACITY_AMBIGUOUS_UNITS = ("方",)
# A capacity's product that is no product (`金力2万吨项目`): what the capacity makes is not named.
PROJECT_WORDS = ("项目", "工程")
# The word that makes an investment a planned one (`重大项目计划投资75亿元，其中新开工28项`): not the owner's.
PLANNED_MARK = "计划"
# jieba's word classes that no owner's name holds as a word of two or more characters: adjectives,
# numerals, adverbs, prepositions, pronouns, times (`一批`, `有效`, `年内`).
NOT_IN_A_NAME_TAGS = ("a", "m", "d", "p", "r", "t")
# A project's phase, part of the owner's name (`双良一期10万吨单晶及切片`).
PROJECT_PHASE = r"[一二三四五六七八九十\d]期|首期|新一期"
# The verbs that open such a project besides those jieba tags `v` (it tags `启动` as a verbal noun).
PROJECT_VERBS = ("启动", "建设", "推进", "实施", "开工", "投产", "引进", "签约", "落地", "改造", "完成")
# … not when what follows is what the name's measures are (`优化营商环境26条措施`, `办理建筑许可压缩至5个环节`).
NOT_CAPACITY_AFTER = ("措施", "政策", "举措", "意见", "环节", "方面", "险种", "条例", "持平")
# A short parenthesis: a name's gloss (`县（市、区）`) whose 、 lists nothing.
GLOSS_PARENTHESIS = r"（[^（）]{0,12}）|\([^()]{0,12}\)"
# A unit glossed in parentheses (`7.85万套（户）棚户区改造`, `3000个（次）`): the gloss is the unit's, not
# part of what is counted (about 500 in the corpus).
UNIT_GLOSS = r"^[（(](?:户|套|次|间|个|人|家|处|座|所|台|辆)[）)]"
# Whole words after the unit that end the noun phrase (`331个亿元以上项目为依托`): a copula or the
# mark of a passive or disposal construction is never inside what is counted.
AFTER_STOP_TOKENS = ("为", "是", "被", "把", "将", "能够", "可以", "能", "可", "在", "有", "没有", "获")  # (获 as a word, not in 荣获)
# A short predicate closing the clause after what is counted is part of it (`30个以上项目投产达产` ->
# 投产达产项目, `6名科学家当选“两院”院士` -> 当选“两院”院士科学家): the count is of the things
# that did it. Longer than this it is a statement about them, not their name.
PREDICATE_MAX_CHARS = 8
# An honour or a listing the things counted received is such a predicate (`6个项目获国家科学技术奖` ->
# 获国家科学技术奖项目; about 2,900 such clauses after a count in the corpus), the passive 被 kept before it
# (`30%的公办中学被评为省一级中学`). `获` alone is a verb there (AFTER_STOP_TOKENS), not in 荣获. An honour may be
# longer than PREDICATE_MAX_CHARS (`3家企业获评国家级智能制造示范工厂`): the annotators of ../shared/gold/corpus
# (cd2014, gs2023, ny2014) and of eval/gold name it; only the seed 003 names the noun alone (`7个村入选省首批乡村
# 建设示范村` -> 村). Longer than HONOUR_MAX_CHARS it is a statement about them.
HONOUR_MAX_CHARS = 16
HONOUR_VERBS = ("获", "荣获", "获得", "获评", "入选", "入围", "跻身", "评为", "认定为", "命名为", "当选", "列入", "纳入")
# Suffixes that make the verb before them a noun (`办理率`, `办结率`): no predicate.
NOUN_SUFFIXES = ("率", "量", "数", "额", "面")
# A process word alone after the noun is the name's tail, not a predicate (`23个项目建设`).
PREDICATE_NOT_ALONE = ("建设", "改造", "提升", "升级", "实施", "推进", "创建", "运营", "开展", "治理", "整治", "建设工作")
# Nouns that end the name of a counted thing. When the words after the noun phrase end in one of
# them (`1250个智能化改造项目`, `110个数字化车间和智能工厂`, `14个特色街区改造提升工程`), a verb
# that seemed to end the phrase is inside the name, which runs on to that noun.
NAME_HEADS = (
    "项目", "工程", "工厂", "车间", "检测室", "实验室", "中心", "基地", "园区", "产业园", "平台", "企业", "公司", "学校",
    "医院", "活动", "行动", "示范区", "示范村", "示范点", "示范带", "集群", "基金", "站", "点位", "场所", "设施",
    "地区", "街区", "片区", "社区", "村庄", "小区", "景区", "市场", "载体", "园", "馆", "线路", "道路",
)
# Verbs that always open a predicate after a counted noun, never continue its name
# (`3家企业获评省级智能车间`, `相对贫困村达到出列标准`).
PREDICATE_OPENERS = (
    "达到", "入选", "通过", "进入", "纳入", "获得", "荣获", "成为", "列入", "被", "实现", "完成", "达标", "获评",
    "评为", "跻身", "得到", "获批", "当选", "认定为", "列为",
)
NAME_CONTINUED_MAX_CHARS = 8
# Unit families whose noun takes a closing predicate before it (`30个以上项目投产达产` -> 投产达产项目);
# other figures keep text order (`90%以上的相对贫困村达到出列标准`).
PREDICATE_FIRST_FAMILIES = ("count", "people")
# Prepositions opening a clause before a count (`为200万名老人提供…`, `对全省4.5万个村提供…`, `向三州30万户
# 农户发放…`): the words after them frame the count; what is counted follows the unit.
FRAME_PREPOSITIONS = ("为", "对", "向", "给", "帮助", "帮扶")
# One-character nouns that can be all that is counted (`4.5万个村`, `4个县`).
# (Products too, in older reports: `每年增产钢250万吨`, `生产煤6亿吨`.)
SINGLE_CHAR_NOUNS = (
    "村", "县", "镇", "乡", "市", "省", "区", "户", "校", "园", "站", "院", "厂", "店", "馆", "库", "井", "桥", "河", "湖",
    "钢", "铁", "煤", "油", "电", "粮", "棉", "糖", "肉", "蛋", "奶", "茶", "盐", "铝", "铜", "材",
)
# Verbs that take an object after the counted noun (`为200万名老人提供居家养老服务`, `向30万户农户发放
# 新型小粮仓`, `为1300家以上预防接种门诊配置智能医用冰箱`): the noun before them is what is counted.
OBJECT_VERBS = ("提供", "发放", "配置", "配备", "设立", "建立", "给予", "享受", "办理", "安装", "购买", "开展", "实施", "落实")
# Verbs jieba does not tag as verbs that open such a predicate (besides AFTER_STOP and VERB_ONLY).
PREDICATE_VERBS = ("通水", "通电", "通气", "荣获", "上市", "获批", "落户", "开业", "投运", "并网", "摘帽", "出列", "脱贫", "入驻", "当选", "入围", "获得")
# Nouns that make a process word before them a nominal (`重点项目建设任务`), not a predicate.
TASK_NOUNS = ("任务", "工作", "计划", "方案")
# Conjunctions after a counted noun join a second noun to it (`800名领军和骨干人才`).
CONJUNCTIONS = ("和", "及", "与", "以及", "或")
# … and what ends a second noun so joined, besides a predicate, a place word or a preposition (`鞋业产销对接会和塑编
# 大会等全国性展会`: the examples end at 等).
COORDINATED_NOUN_STOPS = ("等", "、")
# Adverbs opening such a predicate, dropped (`5条内河如期通水` -> 通水内河).
# Lead verbs jieba joins to an adverb before them (`全面完成第一批208项`, `基本完成建成区99.4公里…`, `深入开展32个…`):
# the joined word leads as the verb does. Not 建设: `基本建设` is a noun (capital construction).
JOINED_LEAD_VERBS = ("完成", "完成了", "建成", "实现", "落实", "落实了", "实施", "开展", "推进", "启动")
PREDICATE_ADVERBS = ("进行了", "进行", "了", "加快", "积极", "持续", "全力", "稳步", "有序", "踊跃", "能够", "能", "可", "成功", "如期", "顺利", "全部", "均", "已", "已经", "基本", "正式", "率先", "相继", "陆续", "先后", "全面", "首次", "同时", "分别", "累计", "共")
# Before-phrases ending in these list the previous item (`69处重点文物、1322处普通文物`):
# what the number counts is named after it.
ENUMERATION_TAIL = ("、", "和", "及", "以及", "与")
# ---- what is counted: before or after the number ----------------------------------------------
# Chinese counts put the noun after the measure word (`抓好130条市政道路`, `谋划实施189个乡村振兴项目`):
# when the word right before the number is not a noun and a noun phrase follows the unit, that
# phrase is what is counted. Word classes come from jieba's part-of-speech table; these tag
# prefixes make a word a noun (`n` nouns, `nz`/`nt`/`ns` names, `j` abbreviations, `eng` Latin).
NOUN_TAGS = ("n", "j", "eng", "l", "i")
# Tags that end a noun phrase read after the unit (`…项目今年全面开工`: an adverb, time word, pronoun
# or conjunction; not a verb, which often stands inside a name: `乡村振兴示范村`).
AFTER_STOP_TAGS = ("d", "ad", "t", "p", "u", "r", "c")
# Words jieba tags as something else that act as verbs before a count (`紧盯20家重点困难企业`)…
COUNT_VERBS: tuple[str, ...] = (
    "谋划", "谋划实施", "紧盯", "新建", "改扩建", "新打造", "引育", "落实", "首推", "争取到", "筹集到", "重点培育",
    "积极发展", "继续抓好", "重点支持", "新改建", "新改扩建", "续建", "新开工", "建好", "办好", "推出", "发布",
    "新开通", "新设", "新打造", "新招引", "新引进", "培育出", "打造出", "涌现出",
)
# … and two-character verbs jieba tags as nouns or does not know, found by listing the words that open a
# clause before a count and a noun across the corpus (`选派1090人次医务人员`, 86; `资助9.1万名困难人员`, 38;
# `创成6家省级示范…`, `做强4个省级以上…`, `布局10个…`, `再建10个…`). They join the tokenizer's dictionary,
# so that each stays one word (`创成`, not `创`+`成`).
COUNT_VERBS_UNTAGGED = (
    "选派", "资助", "创成", "做强", "做大", "建强", "布局", "共创", "再建", "新开", "助力", "动员", "命名", "用好",
    "重抓", "新创", "申报", "串联", "抓实", "投用", "新批", "精简", "绘制", "选树", "新上", "细化", "新晋", "施划",
    "培树", "获批",
)
COUNT_VERBS += COUNT_VERBS_UNTAGGED
# Adverbs jieba tags as nouns (`依法整治100处交通堵点`), and the batch or round a count belongs to (`落实新一轮31项对外开放措施`).
ADVERBS = ("依法", "依规", "全力", "切实", "扎实", "稳步", "有序", "深入", "重点", "优先", "集中", "分批", "首批", "新一轮", "新一批", "新", "第一批", "第二批", "第三批")
# … and words it tags as verbs that name what is counted (`城镇新增就业9万人`, `接待游客`).
# Nouns jieba splits into a time word and a noun (`未来` is tagged as time): one word each, so that
# `6个省级未来产业先行集聚区` counts the whole name.
COMPOUND_NOUNS = (
    "未来产业", "未来网络", "未来社区", "未来工厂", "未来乡村", "未来城市", "未来技术",
    # and nouns it splits so that a lead word (新, 中心) falls off: `10个新时代美丽城镇示范镇`
    "新时代", "中心城区", "主城区", "老城区", "新城区",
    # and a housing type whose first word is a lead word elsewhere (`290万平方米共有产权住房`)
    "共有产权",
    # and an energy term jieba cuts into 抽水 / 蓄 / 能 (`3个抽水蓄能项目`; about 860 in the corpus)
    "抽水蓄能",
    # and investment in construction, whose 建设 is no verb opening what is counted (`拟安排中央预算内经常性
    # 建设投资804亿元`; about 750 in the corpus), with the statistic that holds it (`基本建设投资`)
    "建设投资", "基本建设投资",
)
COUNT_NOUNS = ("就业", "新增就业", "投资", "收入", "贷款", "存款", "出口", "进口", "消费", "增长", "产出", "总投资")
# Units after which the counted noun may follow (counts, money, lengths, areas): never rates.
NOUN_AFTER_FAMILIES_EXCLUDED = ("percent", "permille", "points", "rank_change")

# ---- lists: one indicator phrase, several numbers ------------------------------------------------
# `金融机构人民币存贷款余额分别增长10.8%、10.6%`, `煤炭、原油、天然气产量达到5875万吨、1090万吨、…`:
# numbers joined only by these (and a qualifier) form one list, item k of the phrase naming number k.
LIST_GAP = r"(?:以上|左右|以内|以下)?\s*(?:[、，,]|和|及|与|以及)\s*(?:分别)?"
# Separators between the items of an indicator phrase (not the 及 of a level and those above it: `乡及乡以上工业`).
LIST_ITEM_SEPARATORS = r"、|以及|和|及(?!.以上)|与"
# Compound words that name two items at once, in the order reports list their values.
# (A key holding a separator is tried before the phrase is split on separators.)
PAIRED_WORDS: dict[str, tuple[str, str]] = {
    "城镇和农村": ("城镇", "农村"),
    "城乡低保": ("城市低保", "农村低保"),
    "城乡": ("城镇", "农村"),
    "存贷款": ("存款", "贷款"),
    "存、贷款": ("存款", "贷款"),  # (`金融机构本外币存、贷款余额分别达到…`, 87 in the corpus)
    "肉奶": ("肉", "奶"),
    "牛羊": ("牛", "羊"),
    "进出口": ("进口", "出口"),
    "内外资": ("内资", "外资"),  # (`实际利用内外资分别增长12%和10%`)
    "中外资": ("中资", "外资"),
    "上下半年": ("上半年", "下半年"),
    "客货吞吐量": ("旅客吞吐量", "货物吞吐量"),
    "客货": ("客", "货"),  # (`泉金航线客货运量分别增长38%和93%`, `空港客货吞吐量分别…`: about 11 in the corpus)
}
# The class a list's items are counted as, between the items and what is measured of them
# (`钢铁、新能源、光电信息、装备制造四大主导产业主营业务收入分别增长…`, `…五大保险参保人数分别…`): no part
# of any item's name.
LIST_CLASS_KEY = "大"  # (the quick test)
LIST_CLASS_NAME = (
    r"(?<=\p{Han})[两二三四五六七八九十]大(?:主导|支柱|新兴|特色|优势|传统|重点|战略性新兴|高新技术)?"
    r"(?:产业集群|产业|行业|板块|领域|集群|保险)"
)
# The marks between bare numbers listed before one that has a unit, which they share (`1.7、1.1、0.7个百分点`,
# `66.5万、57万、46.5万和44.09万人`, `分别达到23.5、35.8和40.5%`): a comma shares only a percentage's unit.
ENUMERATED_UNIT_GAPS = ("、", "，", ",", "和", "及")
ENUMERATED_COMMA_GAPS = ("，", ",")
COMMA_SHARED_BASES = ("%", "个百分点", "百分点")  # (a bare number of a magnitude shares its own unit even so)
# A number with only the measure word of the unit after it shares that unit too (`分别高于全国2个、1.3个、6.1个
# 百分点`, `高于生产总值增速2.8个和5.7个百分点`; about 140 in the corpus): 个 is the first word of 个百分点, not a count.
SHARED_MEASURE_WORDS = ("个",)
# Runs of one-character items written without separators (`肉蛋奶产量分别…`, `牛羊猪饲养量分别达到…`).
CHARACTER_RUNS = ("肉蛋奶", "牛羊猪", "猪牛羊", "猪牛羊禽", "牛羊猪禽", "粮棉油")
# Numbered sectors written as one run (`一二三产业分别增长4%、10%和9%`, `一、二、三产业增加值分别增长…`,
# `三次产业分别…`; ~125 in the corpus): each item is the sector named in full.
SECTOR_RUNS: dict[str, tuple[str, ...]] = {
    r"第?一、?二、?三产业?": ("第一产业", "第二产业", "第三产业"),  # (`第一、二、三产业增加值`, `一二三产`)
    r"三次产业": ("第一产业", "第二产业", "第三产业"),
    r"(?<!一、?)第?二、?三产业": ("第二产业", "第三产业"),  # (not the last two of three)
}
# The head noun the last item shares with the items before it (`煤炭、原油、天然气产量` -> 煤炭产量).
LIST_HEAD_NOUNS = (
    "增加值", "进出口", "出口", "进口", "产量", "总产量", "产能", "产值", "总产值", "营业收入", "收入", "余额", "投资",
    "总额", "销售额", "利润", "利润总额", "人数", "面积", "规模", "比重", "增速", "排放量", "排放总量", "消耗", "能耗",
    "用水量", "人次", "数量", "收益", "支出", "贷款", "存款", "覆盖率", "达标率", "普及率", "发生率", "死亡率",
    # the industry word shared as well (`确保集成电路、生命健康产业规模分别突破500亿元、1000亿元`; ~160 in the corpus)
    "产业规模", "产业产值", "产业增加值", "产业营业收入", "产业营收", "产业收入", "产业投资",
)
# The measure word that closes a list of counts and belongs to each (`发明专利申请和授权量`: 申请量, 授权量).
COUNT_NOUN_ENDINGS = ("量",)
# What treats sewage and garbage, shared by a list of what is treated (`城市污水和生活垃圾无害化处理率分别…`,
# `…日处理能力分别…`; ~170 lists; the last item's own qualifier, 无害化, stays its own), only where the first
# item names a waste (`城八区和郊区…处理率` lists places, read as before).
TREATMENT_HEADS = ("日处理能力", "处理能力", "处理率")
TREATED_WASTES = ("污水", "垃圾", "废水", "污泥", "废物", "固废", "粪便")
# … the industry word itself: an item that is an industry already (`装备制造业`, `高新技术产业`) takes the head
# without it.
SHARED_INDUSTRY_WORD = "产业"
# The verb of a share (`增加值占规上工业比重`): listed shares of one whole share the tail from the
# attribute before it (`高新技术产业、装备制造业增加值占规上工业比重` -> 高新技术产业增加值占规上工业比重).
SHARE_VERB = "占"
# A preposition opening the first item belongs to all of them (`对东盟、欧盟…进出口`).
LIST_SHARED_PREPOSITIONS = ("对", "向", "在")
# So does the output an intensity is per (`单位生产总值能耗和二氧化碳排放分别下降`, `万元GDP能耗、水耗分别…`:
# the carbon and the water are per unit of GDP too; about 70 such lists in the corpus). An item that names its
# own base (`单位工业增加值…`) keeps it.
LIST_SHARED_PER_UNIT = (
    r"(?:单位|万元|每万元)(?:国内|地区)?(?:生产总值|GDP)|(?:单位|万元|每万元)(?:规模以上)?工业增加值"
)
PER_UNIT_OPENINGS = ("单位", "万元", "每万元")
# An item that is a consumption already takes no head from the last item (`能耗、水耗和二氧化碳排放`: not 水耗排放).
LIST_ITEM_WHOLE_ENDINGS = ("耗",)

# An attribute of something named after the number (`投资300亿元的万达文化旅游城`, `总规模1152亿元的…基金`,
# `销售收入超10亿元的农业龙头企业`, `接待规模600人以上的研学旅行营地`): the figure is that thing's
# attribute, so the indicator is the name followed by the attribute (`万达文化旅游城投资`).
NAMED_AFTER = r"(?:以上|左右|以下|以内)?的"
# A sum of money written before 的 and a named thing, with no attribute word (`组建全省首家100亿元的浦银中建
# 城市运营发展基金`, `3.18亿元的水利基础设施项目`): the figure is that thing's size, the name its indicator,
# when the words before the number name nothing themselves (a verb, a first-of-its-kind word, a list mark).
SIZED_THING_FAMILIES = ("money",)
SIZED_THING_OPENERS = ("首家", "首个", "首支", "一家", "一个", "一支", "、")
# A count after the 的 (`总投资55.8亿元的42个项目`, `总投资500亿元的十个…项目`): the attribute is the whole
# batch's and stays bare.
BATCH_COUNT_AFTER_DE = r"(?:\d+|[一二两三四五六七八九十百千]+)多?(?:个|项|家|条|座|所|批|处)"
NAMED_ATTRIBUTES = (
    "总投资", "计划总投资", "投资", "投资总额", "总规模", "规模", "接待规模", "占地", "建设规模", "销售收入", "营业收入",
    "主营业务收入", "经济总量", "产值", "年产值", "总产值", "总面积", "占地面积", "建筑面积", "面积", "总里程",
    "里程", "总库容", "库容", "装机容量", "总装机", "产能", "年产能", "年产", "税收", "年税收",
)
# Qualifiers that may stand between such an attribute and its number (`投资总额超100亿美元`).
# Characters after which such an attribute starts (else it must be a word of its own).
NAMED_ATTRIBUTE_OPENERS = "，,、；;：:（(“"
NAMED_ATTRIBUTE_QUALIFIERS = ("超过", "超", "过", "约", "达到", "达", "近", "逾", "不低于", "不少于", "达到了")

# Names listed right before a count (`城口、巫溪、酉阳、彭水4个县`, `马蹄泉和长青谷2个…示范带`):
# they are examples; the noun after the measure word is what is counted.
NAMED_LIST_BEFORE = r"[^，,；;、和及与“”]{1,12}(?:、|和|及|与)[^，,；;、和及与“”]{1,12}(?<!的)$"
# A second count right after a count (`1697户6188名建档立卡贫困户`, `19户57人`): both count what follows it.
SECOND_COUNT = r"(?:余|多)?\d+(?:\.\d+)?(?:万)?(?:余|多)?(?:人次|户|人|名|个|家|公里|千米)"
# Verbs that alone open a list item after a counted noun (`新增市场主体27.67万户、注销13.59万户`, `实施项目
# 1011个、竣工1008个`): the item counts the noun before with this verb (besides VERB_ONLY).
LIST_ITEM_VERBS = (
    "基本建成",  # (`新开工保障性安居工程666万套，基本建成544万套`)
    "动工", "开建", "开工建设",
    "注销", "竣工", "完工", "投用", "退出", "关闭", "开工", "签约", "落地", "投产", "开业", "启用", "新建", "改造", "建成",
    "新增", "改扩建", "整治", "治理", "培育", "引进", "认定", "拆除", "搬迁", "销号", "化解", "盘活", "在册",
    "新登记", "登记", "新注册", "注册",
    "转化", "挖掘", "办结", "受理", "验收", "申报", "处置", "出让", "回收",  # (`挖掘科技成果200项、转化30项`)
)
# Rates of how the things just counted were handled (`征收养老保险费23.8亿元，收缴率达到92%`, `化解信访案件447件，
# 化解率…`, `政协委员提案244件，满意率…`; about 530 in the corpus): the rate is of what was counted.
PROCESS_RATES = (
    "收缴率", "成功率", "调解率", "调处成功率", "办结率", "按期办结率", "按时办结率", "结案率", "满意率", "完成率",
    "化解率", "回复率", "受理率", "处置率", "整改率", "兑现率", "破案率", "履约率", "办复率", "见面率",
)
# … when the rate's clause follows the count's (a separator, a short qualifier, then the rate and its verb).
PROCESS_RATE_GAP = r"[，,、](?:其中)?[^，,；;。\d]{0,3}?(?P<rate>{rates})(?:达到|达|为|超过|保持在|提高到|均达|均为)?"
# Places counted where a pilot runs are its pilot places (`2343个县（市、区）开展新型农村社会养老保险试点` ->
# 新型农村社会养老保险试点县（市、区）, `129个乡镇开展生活垃圾分类试点`; about 110 in the corpus).
PILOT_PLACES = ("县（市、区）", "县（市）", "县（区）", "县（市、区、旗）", "省（区、市）", "县", "市", "区", "乡镇", "镇", "村", "社区", "城市")
PILOT_AFTER_PLACE = r"[^，,；;。\d]{0,4}?(?:开展了?|实施了?|启动了?|进行了?)(?P<pilot>[^，,；;。\d]{2,24}?试点)(?:工作)?(?=[，,；;。]|$)"
# A list item that is only a level of government (`国家级现代农业产业园10家、省级119家`): it counts
# the noun of the item before at its own level.
CLASS_LEVEL = r"(?:国家|中央|省部|省|自治区|市|州|县|区|乡镇|乡|镇|村)级(?:以上)?"
# Characters that make a verb of a new thing (`新投产`, `再培育`): an item's verb keeps them.
VERB_PREFIXES = ("新", "再")
# Words before a list item's verb that do not change it (`累计在册289.7万户`).
ITEM_LEAD_WORDS = ("累计", "共", "共计", "全年", "其中", "已")
# A share of a whole that goes to a use (`全部财力的79%用于改善民生`, `新增财力的80%以上用于民生事业`).
SHARE_USED_FOR = r"(?:以上|左右)?(?P<verb>用于|投向|投入|来自|集中在|分布在)(?P<use>[^，,；;。、\d]{2,10})"
# A per-head basis right before the number (`食品检验量达到每千人5批次`): the rate's unit, not its name.
# (And `人均` between the start of a change and its value: `补助标准由人均380元提高到425元`, 36 in the corpus.)
PER_CAPITA_BEFORE = r"(?:每[十百千万]?人(?:拥有|平均)?|(?<=[由从])人均)$"
# … and opening the indicator (`每千人拥有卫生机构床位数`, `每万人口发明专利拥有量`): kept, it says per what.
# (With the population it counts in: `城镇居民每百户拥有家用汽车21.5辆`, 13 in the corpus.)
PER_CAPITA_PREFIX = r"(?:(?:城镇|农村|城市|城乡)居民(?:家庭)?|农民|城镇|农村)?每[十百千万]?(?:人|人口|户)(?:拥有|平均)?"
# How a grant is shared out, inside a name (`专科特设岗位每岗每年补助`, `每套（户）补助`, `每个一次性奖补`): the
# rate is the figure's, the name is of the grant (`县级公立医院专科特设岗位补助`).
DISTRIBUTIVE = (
    r"(?:每[人户岗套个生家所村校](?:[（(][户间][）)])?(?:每[年月天])?)?一次性(?=补助|补贴|奖补|奖励|资助|津贴)"
    r"|每[人户岗套个生家所村校](?:[（(][户间][）)])?(?:每[年月天])?(?=补助|补贴|奖补|奖励|资助|津贴)"
)
# … but alone it names nothing (`农民的纯收入，全国平均每人达到三百五十五元`): the subject before is named.
PER_HEAD_ONLY = r"(?:全国|全省|全市|全区|全县)?(?:平均)?每(?:人|户)(?:平均)?|人均"
# … except after an aggregate, whose per-head level it gives (`全省生产总值达到18468亿元，人均达到20096元`,
# `2010年达到29000亿元，人均达到3800美元左右`; ~60 in the corpus): 人均 and the aggregate, without its scope.
PER_CAPITA_AGGREGATES = ("生产总值", "国民收入", "GDP")
PER_CAPITA_SCOPE = r"^(?:全国|全省|全市|全区|全县|全州|全盟|我国|我省|我市|我区|我县)"
# A clause that only says what share of a whole the figure before is (`，占全省行政村的72%`, `占全市规模
# 以上工业的59%`): the indicator is that figure's, 占 the whole, 比重. The share's name may be written, with
# the base it rose from (`全国研究与试验开发经费，从…增加到…，占国内生产总值的比重从0.64%提高到1.1%`).
SHARE_OF_WHOLE = (
    r"(?:分别|约|均)?占(?!比)(?P<whole>[^，,；;。的]{2,14}?)(?P<head>的?(?:比重|比例))?的?"
    r"(?:由|从|达到|达|为|是|提高到|提高至|上升到|上升至|升至|提升到|提升至)?"
)
# A count whose noun carries a threshold (`18个投资50亿元以上项目`, `3家产值过百亿元企业`,
# `80个10亿元以上重大项目`): the threshold is part of what is counted. With a `的` the threshold is
# an attribute clause (`5家接待规模600人以上的研学旅行营地`): the noun after it is what is counted.
_THRESHOLD_NUMBER = (
    r"(?:超过|超|过|达到|达|在)?(?:\d+(?:\.\d+)?(?:[—\-－~～至到]\d+(?:\.\d+)?)?|[一二两三四五六七八九十百千]*[百千万亿])"
)
_THRESHOLD_UNIT = r"(?>千万元|亿美元|万美元|亿元|万元|千万|元|亿|万)"  # money: a threshold even without an attribute
_ATTRIBUTE_UNIT = r"(?>万千瓦|万平方米|人次|万人|万吨|平方米|万亩|公里|千瓦|兆瓦|人|吨|亩)"  # only after an attribute word
COUNT_THRESHOLD_AFTER = (
    r"(?:以上|左右)?(?P<threshold>(?:(?:" + "|".join(NAMED_ATTRIBUTES) + r")" + _THRESHOLD_NUMBER
    + r"(?:" + _THRESHOLD_UNIT + "|" + _ATTRIBUTE_UNIT + r")|" + _THRESHOLD_NUMBER + _THRESHOLD_UNIT
    + r")(?![平方公千兆米吨亩元人名户个家项次所座条处套辆])(?:及以上|以上|以下|左右)?)(?P<de>的)?(?=[\p{Han}“])(?![和及与或、等])"
)
# A money threshold right before a name (`超10亿元项目占比50%以上`, `实际到资超1亿美元项目数量增长19.4%`,
# `销售收入超10亿元的农业龙头企业达25户以上`, `10亿元以上项目达到50个`): the figure after the name is
# of the things above the threshold, so the threshold stays in its indicator. The threshold is
# marked before the amount (THRESHOLD_MARK_BEFORE) or after it (`以上`), and a noun follows it.
THRESHOLD_MARK_BEFORE = r"(?:超过|超|过|逾|突破)$"
# … and inside a name these words mark its threshold, not a verb opening it (`总投资超亿美元项目`):
# before an amount they neither start nor lead the indicator.
THRESHOLD_MARK_WORDS = ("超过", "超", "过", "逾", "突破")
THRESHOLD_AMOUNT_START = r"[\d百千万亿]"
THRESHOLD_GAP = r"(?P<mark>及以上|以上)?的?(?=[\p{Han}“])[^，,；;。：:\d]{2,16}$"
THRESHOLD_FAMILIES = ("money",)
# Words that open such a name though jieba tags them verbs (`5000万元以上重点项目187个`; an adjective or a
# distinguishing word opens one too: `5000万元以上重大工程项目1114个`, about 80 such in the corpus).
NAME_MODIFIERS = ("重点",)
# Verbs opening a clause with 的 after a count (`50个具有金陵村韵的和美乡村`, `3个符合条件的县`): the
# clause picks out what is counted, which is the noun after 的.
CLAUSE_OPENING_VERBS = (
    "具有", "具备", "拥有", "符合", "达到", "位于", "承担", "涉及", "列入", "纳入", "获得", "带动", "居", "位居", "进入",
    "存在",  # (`238个存在问题的项目`)
)
# Verbs done for the people counted, whose object follows the count with 的 (`解决253万人的饮水安全问题`):
# the indicator is the verb and that object.
FOR_PEOPLE_VERBS = ("解决", "改善", "保障", "满足")
# … with what may stand between the verb and the count (`解决了近70万人的饮水问题`).
FOR_PEOPLE_BEFORE = r"(?P<verb>" + "|".join(FOR_PEOPLE_VERBS) + r")了?(?:近|约|超过)?$"
# What follows a figure but is no object of it (`递增7.9%的基础上`, `增长3.2%的速度`): the figure's
# indicator is not read there.
NOT_AN_OBJECT_AFTER = r"(?:以上|左右)?的?(?:基础上|水平上?|速度|幅度)"
# The next item of a list, a count in the same unit (`提升53条、新打造10条…示范带`): both count its noun.
PARALLEL_COUNT = r"(?:以上|左右)?[、和及](?:力争|确保|计划|争取)?[^\d，,。；;、]{0,4}?\d+(?:\.\d+)?"
# How far past the unit such a shared noun may start (a parallel item: separator, verb, number, unit).
PARALLEL_COUNT_REACH = 12
# Where the counted things are, right before a count whose noun follows (`完成农村5.8万座户厕改造`,
# `城区33条水体消除黑臭`, `推进市区10个棚改项目征迁`): the place opens the name of what is counted.
SCOPE_NOUNS = ("市区", "城区", "郊区", "农村", "城镇", "中心城区", "主城区", "县城", "库区", "城乡", "老城区", "新城区")
# Units of a count whose noun may carry a threshold.
COUNT_THRESHOLD_UNITS = ("个", "项", "家", "批", "所", "座", "条", "处", "户")
# A count right before an attribute word (`18个投资…`): the threshold after it needs no `的`.
COUNT_BEFORE_THRESHOLD = r"\d(?:" + "|".join(COUNT_THRESHOLD_UNITS) + r")(?:以上)?\Z"

# A count whose noun comes after an attribute of the whole (`161个、总投资1310亿元的重大项目`):
# the noun after the `的` is what is counted.
COUNT_ATTRIBUTE_AFTER = r"(?:[、，,]|(?=年度|计划|总投资))(?:年度)?(?:总投资|计划总投资|投资|总规模|总面积|总里程)[^，。；、]{1,16}?的"
COUNT_ATTRIBUTE_UNITS = ("个", "项", "家", "批", "所", "座", "条", "处")
# Units of a count after a clause with 的 that picks out what it counts (`具备条件的660户企业`).
COUNT_AFTER_CLAUSE_UNITS = (*COUNT_ATTRIBUTE_UNITS, "户", "名", "套", "台", "辆", "件", "种", "只", "艘", "部")
# A number followed by one of these starts the next item of a list, not a noun it counts.
LIST_SEPARATOR_CHARS = "、，,；;。"
# … and so does a word that cannot open a noun phrase (`1.5万家、…`, `50亿元的…`, `3个和…`).
NOT_AN_OBJECT_START = "、，,；;。的等和及与或并而是为在到至比较"
# … except in words that open a noun phrase with one of them (`12项为民办实事事项`; `抓好2665公里在建高速公路建设`:
# 在建, 在产… about 170 after a count in the corpus; not 在校: `83所在校学生…的学校`).
OBJECT_START_WORDS = ("为民", "在建", "在产", "在册", "在岗", "在库", "在园", "在职")
# What may close such a threshold before the noun it qualifies (`50亿元以上工业项目`): a noun follows.
THRESHOLD_TAIL = r"(?:及以上|以上|以下|左右)?(?=[\p{Han}“])(?![" + NOT_AN_OBJECT_START + "])"
# In a long phrase `subject + verb + flow` (`省列重大项目完成投资`, `省属企业实现营业总收入`), these
# verbs only say the flow was achieved: the indicator is the subject's flow, the verb dropped.
# Time nouns before a realization verb are when, not whose (`年度完成投资` -> 投资, not 年度投资).
PERIOD_NOUNS = ("年度", "全年", "当年", "季度", "月度", "年内")
REALIZATION_VERBS = ("完成", "实现", "完成了", "实现了")
# Verbs that name a field of work when they end its name (`公路建设完成投资291亿元` -> 公路建设投资,
# `棚户区改造完成投资`): about 150 in the corpus before `完成投资` alone.
DOMAIN_VERB_NOUNS = ("建设", "改造", "开发", "治理", "整治", "更新", "保护", "修复")

# A clause that only frames a topic (`以钢的产量来说`, `就粮食而言`): the topic is the subject.
TOPIC_FRAME = r"(?:以|就|拿|从)(?P<topic>[^，,；;]{2,12}?)(?:来说|而言|来看|为例)"
# A sentence's opening clause longer than this is no subject phrase (`地区生产总值增速保持在合理区间`).
SUBJECT_MAX_CHARS = 30

# How far back from a number the indicator phrase may reach (characters).
INDICATOR_WINDOW = 24
AFTER_WINDOW = 16

# ---- not figures --------------------------------------------------------------------------------
# A number right after these is part of a name (`省道237`, `G208`, `国道207`, `第四污水处理厂`).
NAME_PREFIXES = ("省道", "国道", "县道", "乡道", "地铁", "轨道交通", "编号", "代码", "号线", "电话", "热线", "邮编")
# After `第N`: an ordinal (第三届, 第4次会议), except rank units (`第8位`).
ORDINAL_PREFIX = "第"
# A number right before these names a meeting, a session or a period, not a count.
NAME_SUFFIXES = (
    "届人大", "届人民代表大会", "届政协", "届全会", "届中央", "届委员会", "届全国", "届党代会", "届市委", "届区委",
    "届县委", "届省委", "届一次", "届二次", "届三次", "届四次", "届五次", "届六次", "届七次", "届八次", "届九次",
    "中全会", "次会议", "次全体会议", "次全会", "次党代会", "号文", "号令", "届历次",
    "个方面", "项规定", "条规定", "项基本原则", "个一百年", "个自信", "个意识", "个维护", "个确立",
)
# The same, as patterns: `15分钟急救圈`, `1小时经济圈` name a service radius, not a time.
NAME_SUFFIX_PATTERNS = (r"(?:分钟|小时)[^，。；、]{0,8}圈",)
# Chinese numerals count only with these units; with others they start names (`三支渠`, `五大片区`).
CHINESE_NUMERAL_UNITS = (
    "个", "家", "项", "次", "批", "所", "座", "条", "名", "人", "人次", "户", "套", "件", "场", "处", "种", "台", "辆", "倍", "天",
    "元", "亩", "吨",
    # the measures of old national reports (`一千一百五十四亿美元`, `六千一百八十亿千瓦小时`, `一万二千公里`)
    "美元", "千瓦", "千瓦小时", "度", "公里", "平方米", "立方米", "斤", "公斤",
    "吨公里", "人公里",  # (`水运货物周转量三千七百七十九亿吨公里`)
)
# A time phrase at either end of an indicator phrase is a deadline, not part of the indicator.
# (A part of a year opening the phrase stays: `一季度GDP`, `上半年出口` are not the year's figures.)
TIME_PHRASE = r"^(?:(?:到|在|于|从)?(?:" + _YEAR_SPAN + r"|第[一二三四五六七八九十]{1,3}个五年(?:计划)?(?:期间|合计|内)?|" + _YEAR + r"(?:全年|末|底)?|\d{1,2}月(?:底|份|末|中旬|上旬|下旬)?|年底|年内|年末|今年|明年|全年|(?:这)?[一二三四五六七八九十两\d]{1,3}年(?:内|间|里|中)|连续[一二三四五六七八九十两\d]{1,3}年|(?:力争|争取)?用[一二三四五六七八九十两\d]{1,3}年(?:左右)?(?:的)?时间)前?)+|(?:(?:到|在|于)?(?:\d{1,2}月(?:底|份|末|中旬|上旬|下旬)?|年底|年内|年末|上半年|下半年|[一二三四]季度|(?:前|近)[一二三四五两\d]年|" + _YEAR + r"|(?:这)?[一二三四五六七八九十两\d]{1,3}年(?:间|里|中)|连续[一二三四五六七八九十两\d]{1,3}年)前?)+$"
# Chinese-numeral counts of these units are ordinals of meetings (`二十届`, `十一届`), never counts.
CHINESE_ORDINAL_UNITS = ("届",)
# Numbers inside a quoted stretch this short are slogans or names (`“9+2”`, `“1+X”`, `“12366”`, `“十四五”`).
QUOTED_MAX_CHARS = 16
QUOTES = (("“", "”"), ("\"", "\""), ("「", "」"), ("《", "》"), ("『", "』"))
# A number and unit followed by these name a size class (`30万吨级航道`, `25兆瓦级风电主轴`), not a figure
# (GUIDELINES: `10千伏` as a voltage class).
CLASS_AFTER_UNIT = ("级",)
# Chinese-numeral spans that are words (`二次供水`, `二次创业`: "secondary"; a count of times is 两次).
CHINESE_WORDS_NOT_COUNTS = ("二次",)
# … and before these words (`三次产业结构`, 1,148 in the corpus: the three sectors, not three times).
CHINESE_WORDS_NOT_COUNTS_BEFORE: dict[str, tuple[str, ...]] = {"三次": ("产业",)}
# Chinese numerals of these values read as words (`一个`, `一批`), not as counts.
MIN_CHINESE_VALUE = 2
# A Chinese-numeral figure followed by these is a set phrase (`三大攻坚战`, `两个健康`).
CHINESE_SET_PHRASE_UNITS = ("大", "化", "是", "要", "有", "不", "中", "线", "新", "最", "比", "看", "保", "稳", "为")
# A list item's number before an indicator name is no part of it: `（1）生产总值增长10%左右` (贵州省
# 2005, 2008), `1）生产总值`, `①地区生产总值`, `一是提高农村“五保户”供养标准，…` (also before the
# clause that names what the figures after it are of: 安徽 2007's inline `（2）提高…标准，从…提高到…`).
LIST_ENUMERATOR = r"^(?:[（(]?[0-9０-９]{1,2}[)）]|[0-9０-９]{1,2}[、.．]|[①-⑳]|[（(][一二三四五六七八九十]{1,2}[)）]|[一二三四五六七八九十]{1,2}是(?=[\u4e00-\u9fff]))"
# Regions whose name before an indicator is no scope of the report's own (`香港地区生产总值` is Hong
# Kong's GDP): a region's own name is read as a scope word (`西藏生产总值`, `北京市生产总值`).
FOREIGN_SCOPE_REGIONS = ("香港", "澳门", "台湾", "香港特别行政区", "澳门特别行政区", "台湾省")
# A clause that only says how much something changed (`，增长6%、在前十经济大省中并列第一` 四川省 2024,
# `、增长3.3%、排全省第2` 江门市 2023): the figure is of the thing named before it in the sentence,
# never of the words after it (a rank, a comparison).
CHANGE_ONLY = r"^(?:按)?(?:同比|比上年|比去年|较上年|按可比价(?:格)?计算)?(?:增长|增速为|增速|下降|减少|增加|提高|回落|多出|超出|多增|少增)(?:了|为|达到|达)?$"


# ---- an increment before its stock -------------------------------------------------------------
# `新增市场主体22.2万户，累计140万户`, `新增上市公司7家，总数达117家`: the new ones, then the stock they
# joined, which is of the things, not of the new ones (readers differ on whether the first is an amount or
# a change; the shared gold has no case, and our first annotators wrote amount: it stays an amount).
NEW_WORDS = ("新增", "净增")
NEW_BEFORE = r"^(?:全年|当年|今年|去年)?(?:新增|净增)"
STOCK_AFTER = r"(?:以上|多|余)?[，,、](?:累计|总数|总量|总计|共计)(?:达到|达|为|超过)?[\d.]"

# ---- measure of an increment after a stock (#13, fields) -----------------------------------------
# A count right after a count of the same unit, joined only by 新增/净增 (`入围世界500强企业9家、新增1家`,
# `规模以上工业企业达到1134家，新增252家`): the second is how much the stock grew, a change.
INCREMENT_AFTER_STOCK_GAP = r"^\s*(?:以上|左右)?\s*[、，,]\s*(?:其中)?(?:新增|净增)$"
# … when nothing is named after the increment (`新增63家州级以上龙头企业` counts other things: an amount).
INCREMENT_CLOSES_AFTER = r"\s*(?:以上|左右)?\s*(?:[、，,；;。）)]|$)"

# ---- comparator of a threshold crossed (#13, fields) ----------------------------------------------
# Qualifiers of a level passed (`迈过6万亿元、7万亿元两个台阶`, `跨过7000亿元`): `>=` on an amount, but not on a
# count of the steps crossed (`跨越3个千亿台阶`: exactly three). (`迈上…台阶` takes `=`.)
CROSSING_WORDS = ("迈过", "跨过", "跨越")
CROSSING_NOT_COUNTS = ("个",)
