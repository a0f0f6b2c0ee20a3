"""Outline heading forms and the section kinds their wording signals.

Why data: numbering habits differ by government and era (`一、`, `（一）`, `1.`, `（1）`, bold
lead phrases); `pipeline/segment.py` tries these forms in order.
"""

CN_DIGITS = "一二三四五六七八九十百零〇两"

# (level, regex at the start of a normalised line). The ordinal is group "ord".
HEADING_FORMS: list[tuple[int, str]] = [
    (1, rf"^(?P<ord>[{CN_DIGITS}]{{1,3}})[、，,．.]\s*"),
    (1, r"^(?P<ord>第[一二三四五六七八九十]{1,3}(?:部分|章))\s*"),
    (2, rf"^(?P<ord>[（(][{CN_DIGITS}]{{1,3}}[)）])\s*"),
    (3, r"^(?P<ord>\d{1,2})(?:[、．]|\.(?!\d))\s*"),
    (4, r"^(?P<ord>[（(]\d{1,2}[)）])\s*"),
]

# Unnumbered lines that open a section of their own.
STANDALONE_HEADINGS: list[tuple[int, str]] = [
    (1, r"^(?:名词解释|部分名词解释|词语解释|部分词语解释|名词注释|附[:：]?\s*名词解释|注释|附件)\s*[:：]?$"),
]

# A heading line ends at its first full stop; longer lines are paragraphs that open with a number.
HEADING_MAX_CHARS = 60

# Section kind from words in its heading, first match wins. A heading with none of them
# inherits its parent's kind (a `（三）` under a review part is review).
SECTION_KINDS: list[tuple[str, str]] = [
    ("glossary", r"名词解释|词语解释|名词注释|注释"),
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
