"""Forms of a responsibility breakdown (重点工作责任分解) notice, as data for `pipeline/tasks.py`.

Why data: every government lays its breakdown out a little differently (`牵头领导：` or `责任领导:`,
`1.` or `（1）`, units split on `、` or `，`); adding a form here is enough, the parser composes them.
All regexes are applied to one raw line at a time (no newline inside), Markdown markers included.
"""

# --- labels -------------------------------------------------------------------------------------

# Labels whose value is a list of leaders (people, or a collective such as `区政府各位领导`).
LEADER_LABELS: tuple[str, ...] = (
    "牵头领导",
    "责任领导",
    "分管领导",
    "联系领导",
    "包抓领导",
    "牵头区领导",
    "牵头市领导",
    "牵头县领导",
    "责任区领导",
    "责任市领导",
    "责任县领导",
)

# Labels whose value is a list of responsible units. A task's `units` are the values of all its
# unit labels in document order (usually just `责任单位`; `牵头单位` then `配合单位` elsewhere).
UNIT_LABELS: tuple[str, ...] = (
    "责任单位",
    "牵头责任单位",  # `（牵头责任单位：自治区交通运输厅）`
    "牵头单位",
    "主办单位",
    "配合单位",
    "协办单位",
    "参与单位",
    "责任部门",
    "牵头部门",
    "配合部门",
)

# Colon after a label: full-width `：` or half-width `:`; Markdown bold may wrap label and/or colon
# (`**牵头领导**：`, `**牵头领导：**`).
LABEL_COLON = r"[：:]"

# A line that starts with any short `word：` is a label of some kind (`抄送：`, `附件：`): it is never
# the continuation of a unit list broken across lines.
GENERIC_LABEL_LINE = r"^\s*(?:\*\*)?[^\s：:，,。、]{1,10}(?:\*\*)?\s*[：:]"

# --- numbering ----------------------------------------------------------------------------------

# How a task's number opens its paragraph (group "no"); tried in order. `1.2万人` is not a number
# opening a paragraph, hence `(?!\d)`. `\d` also matches full-width digits, which int() reads.
TASK_NUMBER_FORMS: tuple[str, ...] = (
    r"(?P<no>\d{1,3})\s*[.．](?!\d)",  # 1.  1．
    r"(?P<no>\d{1,3})\s*、",  # 1、
    r"[（(]\s*(?P<no>\d{1,3})\s*[）)]",  # （1） (1)
    r"(?P<no>\d{1,3})\s*[）)]",  # 1） 1)
)

# What may stand before the number at the start of the line: indentation and Markdown bold.
TASK_NUMBER_PREFIX = r"^[ \t\u3000]*(?:\*\*)?[ \t\u3000]*"

# Chapter headings a task stands under: `一、…`, `（一）…`, `第一部分…`, after `#`/`**` are removed.
CN_NUMERALS = "一二三四五六七八九十百零〇两"
CHAPTER_FORMS: tuple[str, ...] = (
    rf"^[{CN_NUMERALS}]{{1,3}}[、．.]",
    rf"^[（(][{CN_NUMERALS}]{{1,3}}[)）]",
    rf"^第[{CN_NUMERALS}]{{1,3}}(?:部分|章|节|篇)",
)
# A chapter heading is a short line; longer lines are paragraphs.
CHAPTER_MAX_CHARS = 80

# --- separators -----------------------------------------------------------------------------------

# Between units: `区发改委、教体局，各镇（街道）`. Never inside brackets (`各镇（街道、园区）` is one unit).
UNIT_SEPARATORS = "、，,；;"
# Between leaders: `苏敬彪、刘大亮`. Spaces also separate leaders, but only between two full names
# (see LEADER_NAME); a space inside a two-character name is padding (`朱 蕾` → `朱蕾`).
LEADER_SEPARATORS = "、，,；;/／"
# A personal name: 2–4 Chinese characters. Words that make a part an office, not a name.
LEADER_NAME = r"^[\u4e00-\u9fff]{2,4}$"
LEADER_NOT_NAME = r"领导|政府|局|委|办|部|中心|公司|书记|主任|区长|市长|县长|镇长|同志|成员"

# Brackets that protect their content from splitting.
OPEN_BRACKETS = "（(〔[【《"
CLOSE_BRACKETS = "）)〕]】》"

# Trailing punctuation removed from a label value (`责任单位：区发改委。`), and leading/trailing
# brackets of an inline label group (`（牵头领导：朱蕾；责任单位：区发改委）`).
VALUE_STRIP = " \t\u3000。．.；;，,、*"

# --- breaks ---------------------------------------------------------------------------------------

# A unit list broken by a line or page break continues on the next line when the line before ends
# with a separator, or the next line itself carries a separator (and no full stop), or the broken
# last unit lacks one of these endings and the next line is a short fragment that has one
# (`伊洛` + `街道`).
UNIT_ENDINGS: tuple[str, ...] = (
    "局", "委", "办", "厅", "部", "处", "科", "室", "站", "所", "院", "校", "队", "会", "社",
    "中心", "公司", "集团", "银行", "分局", "支队", "大队", "街道", "社区", "镇", "乡", "村",
    "区", "县", "市", "园", "政府", "办事处", "管委会", "领导", "）", ")", "等",
)
# A continuation fragment without a separator is at most this long.
FRAGMENT_MAX_CHARS = 12
# A continuation line is at most this long (unit lists are short; longer lines are prose).
CONTINUATION_MAX_CHARS = 200

# Lines skipped (neither text nor a stop) inside a task: page-number artefacts of a page break
# (`- 3 -`, `—12—`, `第 3 页`, a bare number) and form feeds.
PAGE_ARTEFACT_LINE = (
    r"^[ \t\u3000\f]*(?:[-—–－]\s*\d{1,3}\s*[-—–－]|第\s*\d{1,3}\s*页(?:\s*[，,/]?\s*共\s*\d{1,3}\s*页)?"
    r"|\d{1,3}\s*/\s*\d{1,3}|\d{1,3})?[ \t\u3000\f]*$"
)

# Lines that end a task block: Markdown headings and rules, a date line (`2021年6月23日`).
STOP_LINES: tuple[str, ...] = (
    r"^\s*#{1,6}\s",
    r"^\s*(?:-{3,}|\*{3,}|_{3,})\s*$",
    r"^\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*$",
    r"^\s*\|",  # a table row
)
