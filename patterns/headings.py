"""Outline heading forms and the section kinds their wording signals.

Why data: numbering habits differ by government and era (`一、`, `（一）`, `1.`, `（1）`, bold
lead phrases); `pipeline/segment.py` tries these forms in order.
"""

from patterns.numerals import ORDINAL_CHARS as CN_DIGITS  # the characters of an ordinal

# (level, regex at the start of a normalised line). The ordinal is group "ord".
HEADING_FORMS: list[tuple[int, str]] = [
    (1, rf"^(?P<ord>[{CN_DIGITS}]{{1,3}})[、，,．.]\s*"),
    (1, r"^(?P<ord>第[一二三四五六七八九十]{1,3}(?:部分|章))\s*"),
    (2, rf"^(?P<ord>[（(][{CN_DIGITS}]{{1,3}}[)）])\s*"),
    (3, r"^(?P<ord>\d{1,2})(?:[、．]|\.(?!\d))\s*"),
    (4, r"^(?P<ord>[（(]\d{1,2}[)）])\s*"),
]

# Unnumbered lines that open a section of their own (whole line; `pipeline/segment.py` adds the
# line-length limit). Bold or plain title lines name a part by its role at their end:
# `“十二五”时期和2015年工作回顾`, `“十四五”主要目标及2021年工作安排`, `今后五年的目标任务`,
# `加强政府自身建设`; 1950s–1990s reports title their parts by topic: `关于外交工作`.
STANDALONE_HEADINGS: list[tuple[int, str]] = [
    (1, r"^(?:名词解释|部分名词解释|词语解释|部分词语解释|名词注释|附[:：]?\s*名词解释|注释|附件)\s*[:：]?$"),
    # (prose that happens to end so is not a title: `我们圆满完成了全年主要工作`)
    (1, r"^(?!.*(?:了|我们|我[省市区县州]))[^，。；：:！？!?,;]{0,30}(?:工作回顾|的回顾|主要成就|执行情况|目标任务|奋斗目标|主要目标|预期目标|主要任务|重点任务|基本任务|工作安排|重点工作|工作重点|工作任务|总体要求|自身建设|主要工作|工作部署|工作建议|的建议)$"),
    (1, r"^关于[^，。；：:！？!?,;“”\d]{2,18}(?:工作|问题|建设|改革|发展|计划|情况|政策|关系|任务|外交|统一)$"),
    # `2016——抢抓先机、扎实开局的一年`, `“十三五”——全面小康、决战决胜的五年`
    (1, r"^(?:[“\"]?十?[一二三四五六七八九十]五[”\"]?|(?:19|20)\d{2}年?)——[^。；！？]{2,30}$"),
]

# An unnumbered title line is never longer than this (a longer line is a paragraph).
STANDALONE_MAX_CHARS = 36

# A heading line ends at its first full stop; longer lines are paragraphs that open with a number.
HEADING_MAX_CHARS = 60

# Section kind from words in its heading, first match wins. A heading with none of them
# inherits its parent's kind (a `（三）` under a review part is review).
SECTION_KINDS: list[tuple[str, str]] = [
    ("glossary", r"名词解释|词语解释|名词注释|注释"),
    # self-building written as an outcome, its name first (`政府自身建设切实加强`, `（八）…，政府自身建设
    # 全面加强`, `自身建设取得新成效`) reviews the year; as a task (`切实加强政府自身建设`) it plans
    ("review", r"自身建设(?:不断|全面|切实|进一步|持续|扎实|明显|有效|深入)?(?:改进和)?(?:加强|推进|提升|改进|深化|呈现|取得)"),
    ("self_building", r"自身建设|政府建设|建设人民满意的|自身改革和建设"),
    ("problems", r"问题|不足|困难和挑战"),
    ("review", r"回顾|执行情况|主要成就|过去一年|过去五年|工作总结|完成情况|取得的成绩|主要工作"),
    ("targets", r"预期目标|主要目标|目标任务|总体要求|指导思想|发展目标|远景目标"),
    ("tasks", r"重点工作|主要任务|重点任务|工作安排|工作任务|着力抓好|重点抓好|计划|意见"),
    ("outlook", r"时期|规划|展望|远景"),
]

# Kinds a sub-heading may open inside a part of another kind.
NESTED_KINDS = frozenset({"problems", "glossary", "self_building"})

# Kinds whose figures report what happened; the rest plan what will.
REVIEW_KINDS = frozenset({"review", "problems"})
PLAN_KINDS = frozenset({"targets", "tasks", "outlook", "self_building"})

# ---- role from content ----------------------------------------------------------------------------
# When a part's heading has no role words (`三、促进国民经济持续、快速、健康发展`, `关于基本建设的规模`),
# the words of its text decide. Each is counted per part; `{review}`/`{plan}` stand for the report's
# years, written in Arabic or Chinese digits. Time words weigh most, modality less.
CONTENT_REVIEW_TIME = r"去年|上年度|过去一年|一年来|过去的一年|过去五年|五年来|本届政府|{review}年"
CONTENT_PLAN_TIME = r"今年|本年度|{plan}年|明年"
# A five-year plan's name counts as a horizon in its period (`“十四五”时期`, `“十四五”末`) and as a plan read
# for its aims, not where the plan year drafts, completes or takes the plan forward (`编制“十五五”规划`,
# `实现“十四五”规划目标任务的关键一年`, `“十三五”规划收官之年`): about 1,500 such mentions in the corpus,
# most inside the plan year's tasks, had turned a task part into an outlook (乐山2025).
CONTENT_OUTLOOK_TIME = (
    r"今后五年|未来五年|今后十五年|今后几年|本世纪末|五年计划(?:期间|内)|五年内|[“\"]?{next_plan}[”\"]?(?:时期|期间|末)"
    r"|(?<!(?:编制|编好|谋划|制定|启动|衔接|研究|实施|完成|实现|落实|推进)[“\"]?)[“\"]?{next_plan}[”\"]?(?:规划|计划)"
    r"(?!编制|的编制|衔接|前期|思路|研究|起草|收官|的收官|圆满收官|目标任务|顺利收官|开局|承上启下)"
)
# … and a horizon after the plan year (`到2025年`, `一九八五年底以前`), counted with it.
CONTENT_HORIZON = r"(?:到|至)(?P<y>(?:19|20)\d{2}|[一二][九零〇○][一二三四五六七八九〇零○]{2})年|(?P<y>(?:19|20)\d{2}|[一二][九零〇○][一二三四五六七八九〇零○]{2})年(?:前|末|底)"
# Modality: what will be done against what was done.
# (计划 closing a phrase names a programme, not an intention: `就业行动计划，`, `计划生育`; 拟 in
# 模拟/虚拟 is no modal; `确保了` reports what was ensured; `…工作切实加强。` reports an outcome)
CONTENT_PLAN_MODAL = (
    r"(?<![主重需纲首必只概])要(?![求素闻])|将(?![军来近])|力争|确保(?!了)|争取|必须|着力|抓紧|努力"
    r"|计划|(?<![模虚])拟|应当|切实(?!\p{Han}{2}[。；，,;])"
)
CONTENT_REVIEW_MODAL = (
    r"完成了|实现了|增长了|达到了|提高了|下降了|取得了|超额完成|比上年|同比|圆满完成|成效明显|显著提高|明显改善"
    r"|得到加强|不断|初步|确保了|切实加强[。；]"
)
# A part is a review when its review score is this many times its plan score (and the reverse).
CONTENT_MARGIN = 1.5
# Below this many cue words in all, the content does not decide.
CONTENT_MIN_CUES = 4

# ---- turning points inside a part ------------------------------------------------------------------
# A paragraph opening with one of these starts the plan year's part even without a heading
# (`今年政府工作的总体要求是…`, `2021年经济社会发展的主要预期目标是…`, `做好今年的工作，…`).
TURN_TO_PLAN = r"^[^。；\n]{0,40}?(?:今年|明年|{plan}年)[^。；\n]{0,14}?(?:总体要求|主要预期目标|预期目标|主要目标|奋斗目标|指导思想|主要任务|重点工作|工作任务|工作安排|工作部署|重点抓好|主要指标)|^(?:做好|搞好|完成)(?:今年|明年|{plan}年)[^。；\n]{0,10}?(?:工作|任务)|^(?:今年|{plan}年)是"
# Outside plan parts, the yearly targets' own names turn it too (`主要预期目标是：…`).
TURN_TO_PLAN_YEARLESS = r"^[^。；\n]{0,24}?(?:主要预期目标|预期目标|主要调控目标|调控目标|主要预期指标)(?:是|为|建议为|确定为|定为)"
# … one of these, the five-year goals.
TURN_TO_OUTLOOK = r"^[^。；\n]{0,8}?(?:今后五年|未来五年|今后十五年)[^。；\n]{0,16}?(?:目标|任务|要求|指导思想|总体|思路)"
# … one of these, a review (only where no part has been decided yet: the opening of a report).
TURN_TO_REVIEW = r"^(?:过去的?一年|一年来|去年|过去五年|五年来|{review}年(?:是|，|,|我)|本届政府)"
# A paragraph inside a plan part that opens on the past reviews it (`过去的一年，…`, `2020年，全市…`).
PARAGRAPH_REVIEW_OPENING = r"^(?:过去的?一年|一年来|去年(?:以来|，|,|是|我|全)|过去五年|五年来|本届政府以来|{review}年(?:，|,|是|全|我|以来))"
# Review words that keep a heading a review even when it also names the plan year
# (`过去五年工作回顾和2021年主要工作`: the turn inside splits it); `主要工作` alone does not.
STRONG_REVIEW_WORDS = r"回顾|执行情况|完成情况|主要成就|取得的成绩|过去|工作总结"

# A whole line in Markdown heading or bold markup (`## 六五计划前两年的执行情况`,
# `**“十二五”——创新创业、稳中求进的五年**`) or a year or plan named before a dash
# (`2016——抢抓先机、扎实开局的一年`) is a part title when its words or year give it a role.
MARKUP_TITLE_RAW = r"^[ \t]*(?:#{1,6}[ \t]*\S|\*\*[^*\n]+\*\*[ \t]*$)"
DASH_TITLE = r"^(?:[“\"]?十?[一二三四五六七八九十]五[”\"]?|(?:19|20)\d{2}年?)[—－-]{1,2}[^。；！？]{2,30}$"
# Lines that are never part titles: the title of the report, bylines, salutations, speakers.
NOT_A_TITLE = r"报告|代表|省长|市长|区长|县长|州长|旗长|主任|总理|会议|[。；：:！？!?，,]$"
# A heading about the first year of a five-year plan (`全力以赴做好“十四五”开局工作`,
# `推动“十四五”开好局`) is about the plan year, or about the year reviewed where that was the plan's first
# (`一、“十一五”发展开局良好` in 2007, `四届政府工作及“十四五”开局` in 2022).
PLAN_YEAR_HEADING = r"开局|开好局|起好步|起好头|开门红"

# A heading that names the five-year plan before the plan year (`“十三五”主要目标及2016年工作安排`,
# `二、“十三五”时期的发展战略和2016年的重点工作`): the five years' part until the turn to the plan year.
FIVE_YEARS_FIRST = r"^(?:[一二三四五六七八九十]{1,3}[、．.]\s*)?[^0-9今明本年]{0,6}?[“\"]?十?[一二三四五六七八九十]五[”\"]?"
# A review of the government's term (`本届政府工作回顾`, `过去五年工作回顾`): it covers the term's years,
# as many as its text counts (`四年来`, `过去四年`), five where it counts none.
TERM_REVIEW_HEADING = r"本届政府|过去[二三四五六两]年|[二三四五六两]年来|五年工作"  # (`过去四年的政府工作`: 烟台 2012)
TERM_YEARS_COUNTED = r"(?:过去|这)?(?P<n>[二三四五六两])年(?:来|间|里|中|翻)"
# … or, where the heading counts none (`本届政府`), as its figures span them (`地区生产总值从2007年1371亿元
# 增加到2011年2771亿元`: the term 2008–2011).
TERM_YEARS = 5  # (where nothing counts them)
TERM_TEXT_WINDOW = 1500  # characters of the part's opening where its years are counted
TERM_HEADING_COUNTS = r"(?P<n>[二三四五六两])年"  # (`过去五年工作回顾`: the heading counts them itself)
TERM_SPAN_YEARS = (2, 6)  # a term's span of figures: from the year before it to the year reviewed
# A review paragraph opening on the year since which it counts (`2008年以来的几年，是…`): its years.
PARAGRAPH_SINCE_YEAR = r"^(?P<y>(?:19|20)\d{2})年以来"
TERM_SPAN = r"[从由](?P<start>(?:19|20)\d{2})年[^，,；;。]{0,24}?到(?P<end>(?:19|20)\d{2})年"
