"""Chinese numeral characters: the one table every reader of a Chinese number uses.

Why data of its own: numbers (`两`, `十二`, `三千五百`), years written digit by digit
(`二〇二一`), dates (`一月二十六日`), heading ordinals (`十二、`) and five-year plans (`十四五`) all
read the same characters; `pipeline/numbers.py` parses them, and the patterns build their
character classes from here.
"""

DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
SMALL_UNITS = {"十": 10, "百": 100, "千": 1000}
BIG_UNITS = {"万": 10_000, "亿": 100_000_000}
CHINESE_NUMERAL_CHARS = "".join(DIGITS) + "".join(SMALL_UNITS)
# Digits of a year written digit by digit (`一九八五`, `二〇二一`, `二○○○`): no 两, and the circles
# and letter O that stand for 〇 in typed text.
YEAR_DIGITS = {**{k: v for k, v in DIGITS.items() if k != "两"}, "○": 0, "Ｏ": 0}
# The characters of a heading's ordinal (`一、`, `十二、`, `（两）`): digits, 十 and 百.
ORDINAL_CHARS = "".join(DIGITS) + "十百"
