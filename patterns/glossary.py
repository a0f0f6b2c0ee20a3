"""Forms of a glossary (名词解释) section, as data for `pipeline/glossary.py`.

Why data: reports title and lay out their glossaries in many ways (`名词解释`, `部分词语解释`,
`《政府工作报告》有关内容名词注释`; `1. 术语。即…`, `**术语**：…`, `【术语】即…`, `[1]术语：…`);
adding a form here is enough. Every form below was seen in the seeds or in `shared/corpus/`.
All regexes apply to one raw line (no newline inside), Markdown markers included.
"""

# --- section title ----------------------------------------------------------------------------------

# Words that make a short line a glossary title: 名词解释, 词语解释, 名词注释, 名词注解, 词语注释,
# 名词术语解释, 名词解读 (with prefixes such as 部分/有关/主要/相关/附：/《政府工作报告》).
TITLE_WORDS = r"(?:名词|词语|术语)(?:术语)?(?:解释|注释|注解|解读)"
# Every match of TITLE_WORDS holds one of these characters (its last word does): a line with
# neither is no title, and is not read further (most lines; a test holds this to TITLE_WORDS).
TITLE_NEEDS = ("解", "注")
# Markup stripped from a candidate title line before it is judged: heading hashes, bold stars,
# list dashes, square/lenticular brackets and HTML comment marks (`<!-- 名词解释 -->`, `【名词解释】`).
TITLE_MARKUP = r"^[\s#*\-]+|[\s*]+$|<!--|-->|[\[\]【】]"
# A title is a short line…
TITLE_MAX_CHARS = 45
# …that is not a sentence, a file link (`- 2025年政府工作报告名词解释.pdf`) or a bracketed remark.
TITLE_NOT = r"。$|\.(?:docx?|pdf|wps|xlsx?)\b|^[（(].*[)）]$"

# --- entries ------------------------------------------------------------------------------------------

# Before an entry's number or term: indentation and Markdown bold (`**1．“退二进三”：**…`).
ENTRY_PREFIX = r"^[ \t\u3000]*(?:\*\*[ \t\u3000]*)?"

# Numbering of entries: (family, regex matched after ENTRY_PREFIX, number in group "no").
# Entries of one glossary share a family; a line numbered in another family (`（1）` inside a
# `1.` list) belongs to the entry above.
NUMBER_FORMS: tuple[tuple[str, str], ...] = (
    ("arabic", r"(?P<no>\d{1,3})[ \t\u3000]*(?:[.．](?!\d)|、)"),  # 1.  1．  1、
    ("paren", r"[（(][ \t\u3000]*(?P<no>\d{1,3})[ \t\u3000]*[）)]"),  # （1）
    ("bracket", r"[\[［](?P<no>\d{1,3})[\]］]"),  # [1]  ［1］
    ("half_paren", r"(?P<no>\d{1,3})[）)]"),  # 1）
    ("circled", r"(?P<no>[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳])"),  # ①
)
# `3.5个千亿级工业产业集群：` is entry 3 when 3 is the number expected next (a digit follows the
# dot), and `1.5.0产业新空间：` is entry 1 when it opens the glossary.
ARABIC_BEFORE_DIGIT = r"(?P<no>\d{1,3})[ \t\u3000]*[.．](?=\d)"
CIRCLED_DIGITS = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
# The next entry's number may skip a few (a numbering slip) but never go back.
MAX_NUMBER_STEP = 3

# Where a term ends: the first full stop or colon after the number (`1. 术语。即…`, `术语：…`,
# `术语:…`), or the closing `**` of a bold term, or `】` of a lenticular one.
TERM_END = "。：:"
# Markup and separators removed from the start of a definition (`**。即…`, `】即…`, `：**…`).
DEFINITION_LEAD_STRIP = " \t\u3000*。：:】"
# Markup skipped before a term: spaces, Markdown bold, an opening `【` (`【**“一核三带”格局**】…`).
TERM_LEAD = r"^(?:[ \t\u3000]|\*\*|【)*"
# In a numbered entry a term also ends at a space outside quotation marks with a Chinese character
# on at least one side (`1．六稳 稳就业…`, `4. 三旧 城市旧厂区…`, `PM2.5 是指…`, Kunming style);
# inside quotes the space belongs to the term (`“ODR 企业”`), and so does one between two Latin
# letters or digits (`“8185”+ X现代产业体系`).
CJK = r"\u4e00-\u9fff“”‘’《》（）"
TERM_END_SPACE = rf"(?<=[{CJK}])[ \t\u3000]+(?=\S)|(?<=\S)[ \t\u3000]+(?=[{CJK}])"
# A numbered term longer than this (no separator close to the number: `环保“七优先”一是…`) ends
# after its first closing quotation mark, when that stands within the limit.
MAX_TERM_CHARS = 40
# A numbered term whose only separator is a full stop, and in which a closing quotation mark is
# followed by one of these words, ends after that quotation mark (`“三最三严”即最严厉的…。`).
DEFINITION_CUES: tuple[str, ...] = ("是指", "即", "指", "是", "为")
# An unnumbered entry needs its separator (`：`, `:`, `】`, closing `**`) within this many characters.
MAX_UNNUMBERED_TERM_CHARS = 40
# Characters a term never contains when it stands without a number (a sentence, not a term).
UNNUMBERED_TERM_NOT = "。；！？"

# Quotation marks removed when they wrap the whole term (`“三稳”` → `三稳`; `“1+X”产业布局` keeps them).
TERM_QUOTES = (("“", "”"), ('"', '"'), ("「", "」"), ("【", "】"))

# Lines that look like `word：…` but are notes after a glossary, never entries; they end it.
NOT_TERMS: tuple[str, ...] = (
    "注", "备注", "说明", "来源", "资料来源", "信息来源", "文章来源", "数据来源", "附", "附件",
    "附表", "附录", "责任编辑", "编辑", "链接", "原文链接", "发布时间", "发布日期", "报告原文",
    "解释", "抄送", "印发",
)

# Lines before the first entry that are skipped: a bracketed remark (`（以文中出现先后为序）`).
SKIPPABLE_BEFORE_FIRST = r"^[（(][^）)]*[）)][：:]?$"

# Lines that end a glossary: a Markdown heading, a rule, a table row, a top-level heading
# (`一、`, `第一部分`), `（本文有删减）`-style remarks.
STOP_LINES: tuple[str, ...] = (
    r"^[ \t\u3000]*#{1,6}\s",
    r"^[ \t\u3000]*(?:-{3,}|\*{3,}|_{3,})[ \t\u3000]*$",
    r"^[ \t\u3000]*\|",
    r"^[ \t\u3000]*(?:\*\*)?[一二三四五六七八九十]{1,3}、",
    r"^[ \t\u3000]*(?:\*\*)?第[一二三四五六七八九十]{1,3}(?:部分|章)",
    r"^[ \t\u3000]*[（(][^）)]{0,20}[）)][ \t\u3000]*$",
)

# A line ending in one of these closes its sentence; a following unnumbered line that is not an
# entry is then the end of the glossary. After anything else it is the rest of a definition broken
# by a line or page break (`科技型\n\n中小企业…`).
SENTENCE_CLOSERS = "。！？!?；;…）)】"
# How far (in non-blank lines) to look for the next numbered entry past a paragraph of a definition.
LOOKAHEAD_LINES = 12
