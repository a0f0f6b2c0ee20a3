"""Vocabularies and regexes for the document metadata reader (``pipeline.metadata``).

Everything here is data: named, commented patterns compiled once at import.
The reader looks only at the head and the tail of a document (see the window
sizes below), after a light normalisation (full-width digits → ASCII, Chinese
numeral dates → Arabic, Markdown emphasis removed, spaces inside dates removed).
"""
import re

# ---------------------------------------------------------------------------
# Windows
# ---------------------------------------------------------------------------

HEAD_CHARS = 3000  # the title, byline, salutation and the opening of the review
TAIL_CHARS = 1500  # a notice's issue date (落款日期) sits at the very end

# Earliest and latest year accepted as a delivery / report year.
MIN_YEAR = 1949
MAX_YEAR = 2100

# ---------------------------------------------------------------------------
# Normalisation tables
# ---------------------------------------------------------------------------

# Full-width digits and the punctuation that occurs inside dates and numbers.
FULLWIDTH_TABLE = str.maketrans("０１２３４５６７８９．", "0123456789.")

# Characters removed outright (zero-width spaces, BOM, soft hyphen).
INVISIBLE_RE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")

# Any white space other than a line break (full-width, en/em, no-break spaces) → " ".
OTHER_SPACE_RE = re.compile(r"[^\S\n]")

# Markdown / HTML decoration removed before reading lines.  HTML comments are
# kept as text (their content often says who delivered the report and when:
# ``<!-- 1月18日上午，省长尹弘在河南省…作政府工作报告 -->``) — only the markers go.
MARKDOWN_EMPHASIS_RE = re.compile(r"\*{1,3}|_{2,}|`+")
MARKDOWN_LINE_PREFIX_RE = re.compile(r"(?m)^[ \t]*(?:#{1,6}[ \t]*|>[ \t]*)+")
HTML_COMMENT_MARK_RE = re.compile(r"<!--|-->")
HTML_TAG_RE = re.compile(r"</?[A-Za-z][^<>\n]{0,200}>")
FOOTNOTE_REF_RE = re.compile(r"\[\^[^\]\n]{1,10}\]:?")

# Spaces (ASCII, full-width, no-break) inside a date or a spaced-out year:
# ``2021 年 1 月 30 日`` → ``2021年1月30日``; ``2 0 2 0 年`` → ``2020年``.
DATE_INNER_SPACE_RE = re.compile(r"(?<=[0-9年月])[ \t\u3000\xa0]+(?=[0-9年月日])")

# Chinese numerals used in dates (``二〇一八年一月二十六日``); their values: `patterns/numerals.py`.
CN_YEAR_RE = re.compile(r"([〇○零Ｏ一二三四五六七八九]{4})(?=\s*年)")
CN_MONTH_DAY_RE = re.compile(r"(?<=[0-9年月、])([一二三四五六七八九十]{1,3})(?=\s*[月日])")

# ---------------------------------------------------------------------------
# Front matter (corpus files): ``---\nsource: …\ntitle: …\n---``
# ---------------------------------------------------------------------------

FRONT_MATTER_RE = re.compile(r"\A\s*---[ \t]*\n(?P<body>.*?)\n-{3,}[ \t]*(?:\n|\Z)", re.S)
FRONT_MATTER_TITLE_RE = re.compile(r"(?m)^title:[ \t]*(?P<title>.*?)[ \t]*$")

# ---------------------------------------------------------------------------
# Document type (read from the title zone: front-matter title + text before the
# salutation).  Whitespace is removed before matching.
# ---------------------------------------------------------------------------

# 重点工作责任分解 / 任务分工 — a notice distributing the report's tasks.
TASK_BREAKDOWN_RE = re.compile(
    r"(?:政府工作报告|重点工作|目标任务|重点任务).{0,40}?(?:责任分解|任务分解|分解|分工方案|任务分工|责任分工)"
    r"|(?:责任分解|任务分解|任务分工|责任分工).{0,20}?(?:政府工作报告|重点工作)"
)

# 国民经济和社会发展计划执行情况与…计划（草案）的报告 (also 规划执行情况…计划（草案）,
# 计划执行情况和…计划草案).
PLAN_REPORT_RE = re.compile(
    r"(?:计划|规划)执行情况.{0,80}?(?:计划|规划)(?:（草案）|\(草案\)|草案)"
)

# 政府工作报告 and its older / longer spellings.
WORK_REPORT_TITLE_RE = re.compile(
    r"政府工作报告|政府工作的报告|人民政府.{0,8}?工作报告|政府.{0,6}?工作报告"
)

# Titles of documents that are neither a work report nor a plan report.
OTHER_TITLE_RE = re.compile(r"统计公报|规划纲要|计划纲要|计划摘要|五年计划|五年规划|十年规划")

# A head of government's report *on* a plan outline (``关于浙江省第七个五年计划的报告``,
# ``关于…第十个五年计划纲要的报告``) is that year's work report, not the outline itself.
REPORT_ON_PLAN_RE = re.compile(r"关于[^\n]{0,40}?(?:纲要|计划|规划)[^\n]{0,6}?的报告")

# The opening sentence of a work report, used when there is no title at all.
WORK_REPORT_OPENING_RE = re.compile(
    r"我代表[^，。\n]{0,20}?(?:人民政府|国务院|政府)[，,]?\s*向[^，。\n]{0,20}?(?:报告|作)[^，。\n]{0,6}?工作"
    r"|向[^，。\n]{0,20}?大会(?:作|报告)[^，。\n]{0,4}?政府工作"
)

# Title block: lines before the byline that are not a header of the issuing body.
TITLE_SKIP_LINE_RE = re.compile(
    r"^(?:-{3,}|[^\n]{0,30}(?:文件|会议文件[（(][^）)]*[）)]|届人大|届人民代表大会)|[^\n]{0,10}〔\d{4}〕\d+号)$"
)
# A line that ends the title block: a date, the ——在…会议上 line, a bracketed date.
TITLE_END_LINE_RE = re.compile(r"^(?:——|──|—|[（(]?\d{4}年\d{1,2}月|在)")
TITLE_MAX_LINES = 4
TITLE_MAX_CHARS = 160
# A title read from the text must name a kind of document.
TITLE_WORD_RE = re.compile(r"报告|通知|纲要|公报|计划|规划|意见|决定")
# Front-matter titles too generic to prefer over the text's own title line.
GENERIC_TITLES = frozenset({"政府工作报告", "工作报告"})

# ---------------------------------------------------------------------------
# Salutation: the byline block ends where the speech begins.
# ---------------------------------------------------------------------------

SALUTATION_RE = re.compile(r"(?m)^[ \t\u3000]*+(?:各位代表|名位代表|代表们|同志们|各位委员)")
# The addressee line of a notice (``各镇人民政府，各街道办事处，区人民政府各部门…：``).
NOTICE_ADDRESSEE_RE = re.compile(r"(?m)^[ \t\u3000]*+各[^\n]{2,80}?(?:：|:)[ \t]*$")
# Without a salutation the byline block ends at the first numbered heading or the
# first long paragraph.
SPEECH_START_RE = re.compile(
    r"(?m)^[ \t\u3000]*+(?:[一二三四五六七八九十]{1,2}[、.]|[（(][一二三四五六七八九十]{1,2}[）)]|[^\n]{120})"
)
PREAMBLE_FALLBACK_CHARS = 800

# ---------------------------------------------------------------------------
# Dates
# ---------------------------------------------------------------------------

# A full date (after normalisation).
DATE_RE = re.compile(r"(?<!\d)(?P<y>\d{4})年(?P<m>\d{1,2})月(?P<d>\d{1,2})日")
# What follows a delivery date: ``——2021年4月28日在…会议上``, ``2016年1月12日⏎在成都市…``.
DELIVERY_CONTEXT_RE = re.compile(r"[^。\n]{0,3}(?:\n[ \t]*+)*+(?:在|[^。\n]{0,40}?(?:会议|人民代表大会|人大))")
# A news agency dateline (``新华社北京2008年3月19日电``): a publication date, used last.
DATELINE_RE = re.compile(r"(?:新华社|电讯|讯)[^\n。]{0,12}?$")
# A web page's time stamp after a date (``2022年02月22日 11:20 来源：乌兰察布日报``).
TIMESTAMP_AFTER_RE = re.compile(r"[ \t]*+\d{1,2}:\d{2}|[^。\n]{0,20}?来源")

# A date standing alone on its line, optionally in brackets: a notice's issue date
# (``2021年6月23日``) or a byline date (``（2008年2月24日）``).
DATE_LINE_RE = re.compile(
    r"(?m)^[ \t\u3000]*+[（(]?[ \t\u3000]*+(?P<y>\d{4})年(?P<m>\d{1,2})月(?P<d>\d{1,2})日[ \t\u3000]*+[）)]?[ \t\u3000]*+$"
)
# A month-day without year next to the meeting (``1月18日上午，省长尹弘在…人民代表大会``).
PARTIAL_DATE_MEETING_RE = re.compile(
    r"(?<![\d年])(?P<m>\d{1,2})月(?P<d>\d{1,2})日[^。\n]{0,40}?(?:人民代表大会|人大|作政府工作报告|作工作报告)"
)
# A date on a line saying the congress adopted the report (``2019年1月11日长沙市第十五届
# 人民代表大会第四次会议通过``): the adoption date, days after delivery — not used as
# delivered_on, only as evidence of the year.
ADOPTION_LINE_RE = re.compile(r"(?m)^[^\n]*\d{4}年\d{1,2}月\d{1,2}日[^\n]{0,60}?(?:审议)?通过[^\n]{0,4}$")

# ---------------------------------------------------------------------------
# Speaker
# ---------------------------------------------------------------------------

# Title words that end a speaker's title on the byline, longest first so that
# ``代区长`` wins over ``区长`` and ``常务副市长`` over ``副市长``.
SPEAKER_TITLE_WORDS = (
    # State Council
    "代总理", "副总理", "总理", "国务委员",
    # provinces, autonomous regions
    "代理省长", "代省长", "常务副省长", "副省长", "省长",
    "代理主席", "代主席", "副主席", "主席",
    # prefecture-level cities, autonomous prefectures (州), leagues (盟), 地区 (专员)
    "代理市长", "代市长", "常务副市长", "副市长", "市长",
    "代理州长", "代州长", "副州长", "州长",
    "代盟长", "盟长", "专员",
    # districts, counties, banners
    "代理区长", "代区长", "副区长", "区长",
    "代理县长", "代县长", "副县长", "县长",
    "代旗长", "旗长",
    # heads of departments presenting a plan or budget report
    "主任", "局长", "厅长", "部长",
)
_TITLE_ALT = "|".join(SPEAKER_TITLE_WORDS)

# A personal name: 2–4 Han characters (spaces allowed between them, ``朱 蕾``), or
# a transliterated minority name with a middle dot (``叶尔夏提·吐尔逊拜``).
NAME_PATTERN = (
    r"(?:[\u4e00-\u9fff]{1,8}[·•．.][\u4e00-\u9fff]{1,10}(?:[·•．.][\u4e00-\u9fff]{1,10})?"
    r"|[\u4e00-\u9fff](?:[ \u3000]{0,3}[\u4e00-\u9fff]){1,3})"
)
# Without white space after the title a name may run to 5 characters
# (``自治区主席乌云其木格``).
LONG_NAME_PATTERN = r"[\u4e00-\u9fff]{5}"

# A byline segment ``<title> <name>``: ``国务院总理　李强``, ``偃师区人民政府代区长 于晓峰``,
# ``省人民政府省长王学军``, ``国务院副总理兼国家计划委员会主任　姚依林``.
# Tried first: title and name separated by white space; the name may then be a
# long transliterated name without a dot (``雪克来提扎克尔``).
_BYLINE_TITLE = r"(?P<title>[\u4e00-\u9fff、（）() ]{0,40}?(?:" + _TITLE_ALT + r"))"
BYLINE_SPACED_RE = re.compile(
    r"^" + _BYLINE_TITLE + r"(?:[ \t\u3000]++|[ \t\u3000]*+[:：][ \t\u3000]*+)"
    r"(?P<name>" + NAME_PATTERN + r"|[\u4e00-\u9fff]{5,8})$"
)
# Then: no separator (``代市长徐芝文``, ``自治区主席乌云其木格``) or spaces inside the
# name (``省长 刘 奇``).
BYLINE_RE = re.compile(
    r"^" + _BYLINE_TITLE + r"[ \t\u3000]*+(?P<name>" + NAME_PATTERN + r"|" + LONG_NAME_PATTERN + r")$"
)
# Words after the name on a byline: ``代市长郑松岩讲话``.
BYLINE_TRAILER_RE = re.compile(r"(?:的)?(?:讲话|发言|作报告|报告)$")
# A title that is not a title (the line is a heading or a meeting line).
NOT_A_TITLE_RE = re.compile(r"报告|会议|代表大会|人大|届|决议|通知|工作")
# A line holding nothing but a name (``韩立华``, ``**唐良智**``), accepted only on the
# byline block between the title / date and the salutation.
NAME_ONLY_RE = re.compile(r"^(?P<name>" + NAME_PATTERN + r")$")
# Same with the name first (``龚正市长在上海市…``, ``李强总理``).
BYLINE_NAME_FIRST_RE = re.compile(
    r"(?:^|[^\u4e00-\u9fff])(?P<name>[\u4e00-\u9fff]{2,3})(?P<title>" + _TITLE_ALT + r")(?:在|作|向)"
)
# Running text (photo captions in comments, front-matter titles):
# ``省长尹弘在河南省第十三届…``, ``市长魏国强作政府工作报告``, ``广东省省长黄华华 在…``.
SPEAKER_IN_TEXT_RE = re.compile(
    r"(?P<title>(?:[\u4e00-\u9fff]{0,12}?(?:人民政府|政府))?(?:" + _TITLE_ALT + r"))"
    r"(?P<name>[\u4e00-\u9fff]{2,3}?)[ \t\u3000]*+(?:在|作|向大会|代表)"
)
# A caption naming only the person: ``<!-- 吴贤德作政府工作报告。 -->``.
NAME_BEFORE_REPORT_RE = re.compile(
    r"(?:^|[\s，。、：:])(?P<name>[\u4e00-\u9fff]{2,4}?)(?:同志)?作[^\n，。]{0,12}?报告"
)
# A date followed by a name (front-matter titles and some bylines):
# ``（2023年2月3日 郑海涛）``, ``（2021年1月19日徐芝文）``.
DATE_NAME_RE = re.compile(
    r"\d{4}年\d{1,2}月\d{1,2}日[ \t\u3000]*+(?P<name>" + NAME_PATTERN + r")[ \t\u3000]*+[）)]"
)
# ``这是周恩来在第三届全国人民代表大会第一次会议上作的报告``.
THIS_IS_SPEAKER_RE = re.compile(r"这是(?P<name>[\u4e00-\u9fff]{2,4}?)在[^。\n]{0,40}?会议上作的")

# Spaces inside a title word on a byline (``市  长  买买提明·卡德``).
TITLE_INNER_SPACE_RE = re.compile(r"(?<=[代副市省区县州盟旗总主])[ \t\u3000]++(?=[长理席任])")

# Byline lines are split on these before matching BYLINE_RE, so that
# ``政府工作报告（2022年1月24日在吉林省…会议上 省长 韩俊）`` yields ``省长 韩俊``.
BYLINE_SPLIT_RE = re.compile(r"[（）()]|会议上|——|──|—")

# Words that are never (part of) a personal name on a byline.
NOT_A_NAME_RE = re.compile(
    r"报告|政府|人民|代表|会议|工作|文件|通知|委员|各位|大会|草案|计划|规划|届|书面|摘要|目录"
    r"|全文|附件|说明|审议|发展|经济|社会|国务院|全国|任务|收支|^第|次$|^[一二三四五六七八九十〇零○]+$"
)

# ---------------------------------------------------------------------------
# Region
# ---------------------------------------------------------------------------

# The bodies whose name gives the region: the congress the report is delivered to,
# the government that issues a notice, the government a speaker represents.
NUMERAL = r"[0-9一二三四五六七八九十百]"
# A region phrase starts at a boundary: line start, white space or punctuation, a
# date (``2004年1月13日沈阳市第十三届…``, ``2009年东莞市政府工作报告``), or a verb that
# introduces the body (``在``, ``代表``).  This keeps ``较好地完成了市十三届人大…`` out.
_REGION_START = (
    r"(?:^|(?<=[\s，,。：:、（(—─\-–“”\[【])|(?<=\d日)|(?<=\d年)|(?<=在)|(?<=代表)|(?<=关于))"
)
REGION_ANCHOR_RES = (
    # ——2021年4月28日在洛阳市偃师区第二届人民代表大会第六次会议上
    re.compile(r"(?m)" + _REGION_START + r"(?P<r>[\u4e00-\u9fff]{1,24}?)(?:第" + NUMERAL + r"{1,3}届|" + NUMERAL + r"{1,3}届)"
               r"(?:人民代表大会|人大)"),
    # 洛阳市偃师区人民政府文件 / 洛阳市偃师区人民政府 关于印发… / 偃师区人民政府代区长
    re.compile(r"(?m)" + _REGION_START + r"(?P<r>[\u4e00-\u9fff]{2,24}?)人民政府"),
    # 偃师区发展和改革委员会主任
    re.compile(r"(?m)" + _REGION_START + r"(?P<r>[\u4e00-\u9fff]{2,24}?)(?:发展和改革委员会|发展改革委员会|发展改革委|发改委|计划委员会)"),
    # 汕尾市政府工作报告 / 2023年佛山市政府工作报告 / 马鞍山政府工作报告
    re.compile(r"(?m)" + _REGION_START + r"(?P<r>[\u4e00-\u9fff]{2,24}?)(?:\d{4}年)?政府工作报告"),
)

# Prefixes stripped from an anchored region phrase before parsing it (``在偃师区`` →
# ``偃师区``).  Single characters that begin place names (向阳区, 于洪区) are not listed.
REGION_LEADING_JUNK_RE = re.compile(
    r"^(?:.*?(?:\d{4}年|在|关于|代表|印发|中共|中国共产党))+"
)

# Suffixes of administrative units, longest first.
COUNTY_SUFFIXES = ("自治县", "自治旗", "林区", "特区", "新区", "区", "县", "旗", "市")
PREFECTURE_LEVEL_SUFFIXES = ("自治州", "地区", "盟", "州", "市")

# A county-level name: 1–8 Han characters plus a county-level suffix.
COUNTY_NAME_RE = re.compile(
    r"^[\u4e00-\u9fff]{1,8}?(?:" + "|".join(COUNTY_SUFFIXES) + r")$"
)

# Region words that name no place (``在区十五届人大``, ``自治区第十届``).
GENERIC_REGION_WORDS = frozenset({
    "区", "市", "县", "省", "州", "旗", "盟", "自治区", "自治州", "自治县", "地区", "本市",
    "全区", "全市", "全县", "全省", "我区", "我市", "我县", "我省", "各级", "各", "本届",
    "新区", "城区", "市区", "辖区", "街道", "乡镇", "镇", "乡",
})

# National documents.
NATIONAL_MARKERS_RE = re.compile(
    r"全国人民代表大会|国务院总理|国务院代总理|国务院副总理|国家统计局"
    r"|中华人民共和国(?:\d{4}年)?国民经济"
)
NATIONAL_REGION = "全国"

# ---------------------------------------------------------------------------
# Years reported on / planned for
# ---------------------------------------------------------------------------

# Plan report title: 关于偃师市2020年国民经济…计划执行情况与偃师区2021年…计划（草案）的报告
PLAN_TITLE_YEARS_RE = re.compile(
    r"(?P<review>\d{4})年(?:(?!\d{4}年)[^\n]){0,40}?(?:计划|规划)执行情况(?:(?!\d{4}年)[^\n]){0,30}?(?P<plan>\d{4})年"
)
# Breakdown / notice title: 政府工作报告2021年重点工作责任分解
BREAKDOWN_YEAR_RES = (
    re.compile(r"(?P<plan>\d{4})年[^\n]{0,12}?(?:政府工作报告|重点工作|目标任务)"),
    re.compile(r"(?:政府工作报告|重点工作)[^\n]{0,12}?(?P<plan>\d{4})年"),
)
# Review heading of a work report: 一、2020年工作回顾 / 2019年工作回顾 / 一、一九八九年的回顾 /
# 过去五年及2017年工作回顾 / 一、1987年工作的基本估计.  The heading is a line of its
# own, or is followed by white space (a heading run into its paragraph); the year
# taken is the last one before the heading word.
REVIEW_HEADING_RE = re.compile(
    r"(?m)^[ \t\u3000]*+(?:[一二三四五六七八九十]{1,2}[、.]|[（(][一二三四五六七八九十]{1,2}[)）])?[ \t\u3000]*+"
    r"[^\n。，,；;]{0,20}?(?P<y>\d{4})年(?:(?!\d{4}年)[^\n。，,；;]){0,20}?"
    r"(?:回顾|总结|基本估计|基本情况|执行情况)[^\n。，,；;]{0,8}?(?:$|[ \t\u3000])"
)
# The first sentence of the review: 刚刚过去的2006年 / 过去的2020年
REVIEW_PHRASE_RE = re.compile(r"(?:刚刚过去的|过去的|回顾)(?P<y>\d{4})年")
# Title year: 2018年杭州市政府工作报告 / 重庆市人民政府工作报告（2020年）
TITLE_YEAR_RE = re.compile(r"(?<!\d)(?P<y>\d{4})(?!\d)")
# Statistical communiqué: 关于1990年国民经济和社会发展的统计公报 / 中华人民共和国2020年…统计公报
STATISTICS_TITLE_RE = re.compile(r"统计公报|计划执行结果的公报")
STATISTICS_YEAR_RE = re.compile(
    r"(?P<y>\d{4})年(?:国民经济和社会发展|度)?(?:的)?统计公报"
    r"|关于(?P<y2>\d{4})年国民经济(?:和社会发展)?计划执行结果的公报"
)
# A statistical communiqué (统计公报; before 1984 `国家统计局关于1978年国民经济计划执行结果的公报`) is a
# document type of its own, `communique`: it reports one year (its review year), plans nothing, and
# its figures are that year's official outcomes (`gwr panel` reads them as such).
COMMUNIQUE_DOC_TYPE = "communique"
# Five-year plans: 第十四个五年规划 / “九五”计划 → the plan's first year (`pipeline/periods.plan_span`).
FIVE_YEAR_PLAN_RE = re.compile(
    r"第?(?P<n1>十[一二三四五六]?|[一二三四五六七八九])(?:个)?五年(?:规划|计划)"
    r"|“?(?P<n2>十[一二三四五六]?|[一二三四五六七八九])五”?(?:规划|计划)"
)

# A report delivered in November or December plans for the following year.
LATE_DELIVERY_MONTH = 11

# ---------------------------------------------------------------------------
# Corpus paths
# ---------------------------------------------------------------------------

# 政府工作报告-<kind>/[<region>/]<year>.md, 五年规划/<year>-…, 国家统计局年度统计/<year>.md
CORPUS_WORK_REPORT_DIR_RE = re.compile(r"^政府工作报告-(?P<kind>.+)$")
CORPUS_NATIONAL_KINDS = ("国务院",)
CORPUS_FIVE_YEAR_PLAN_DIR = "五年规划"
CORPUS_STATISTICS_DIR = "国家统计局年度统计"
PATH_YEAR_RE = re.compile(r"^(?P<y>\d{4})(?!\d)")

# ---- last resorts, after the folders, when neither the text's byline nor the folders say it ----
# The government speaking of itself without its name (我代表省人民政府, 我代表市人民政府): the
# region is then the province (or city) the text names most often.
SELF_GOVERNMENT_RE = re.compile(r"我代表(?P<body>省|自治区|市)人民政府")
# Province-level names never taken as the speaker's own region by mention count (mentioned by
# neighbours as partners: 闽台, 粤港澳).
NOT_SPEAKER_PROVINCES = ("台湾省", "香港特别行政区", "澳门特别行政区")
# The address a saved page came from (front matter `source:`), and the date in it:
# /2021/01-25/, /202101/t20210125_, 2021-01-25. Publication follows delivery within days.
FRONT_MATTER_SOURCE_RE = re.compile(r"(?m)^source:[ \t]*(?P<url>\S+)")
URL_DATE_RE = re.compile(r"(?<!\d)(?P<y>(?:19|20)\d{2})[-/_]?(?P<m>0[1-9]|1[0-2])[-/_]?(?P<d>0[1-9]|[12]\d|3[01])(?!\d)")
