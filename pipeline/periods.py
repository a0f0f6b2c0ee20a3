"""Years and spans that text names: five-year plans, horizons, cumulative cues.

Why separate: segmentation (which period a sentence is about) and extraction (a figure's year and
period_start) must read the same cues the same way.
"""

from __future__ import annotations

import regex

from patterns import periods as P
from pipeline.numbers import YEAR_DIGITS, parse_chinese_int

_PLAN = regex.compile(P.FIVE_YEAR_PLAN)
_MULTI = regex.compile(P.MULTI_YEAR_CUES)
_SINGLE = regex.compile(P.SINGLE_YEAR_CUES)
_CUMULATIVE = regex.compile(P.CUMULATIVE_CUES)
_HORIZON_YEAR = regex.compile(P.HORIZON_YEAR)
_HORIZON_PLAN = regex.compile(P.HORIZON_PLAN_END)
_YEAR = regex.compile(r"(?<!\d)((?:19|20)\d{2})\s*年|" + P.CHINESE_YEAR)


def plan_span(n: int) -> tuple[int, int]:
    """(first, last) year of the n-th five-year plan."""
    start = P.FIVE_YEAR_PLAN_START.get(n)
    if start is None:
        first_n, first_year = P.FIVE_YEAR_PLAN_FIRST_REGULAR
        start = first_year + 5 * (n - first_n)
    return start, start + 4


def five_year_plans(text: str) -> list[tuple[int, int]]:
    spans = []
    for m in _PLAN.finditer(text):
        n = parse_chinese_int(m.group("n"))
        if n and 1 <= n <= 20:
            spans.append(plan_span(n))
    return spans


_PLAN_SPAN_NOT_AFTER = regex.compile(P.PLAN_SPAN_NOT_AFTER)
_PLAN_SPAN_THEN_PLAN_YEAR = regex.compile(P.PLAN_SPAN_THEN_PLAN_YEAR)
_PLAN_SPAN_FLOW = regex.compile(P.PLAN_SPAN_FLOW_CUES)


def is_span_flow(text: str) -> bool:
    """A flow over a five-year span named before it (FLOW_CUES and PLAN_SPAN_FLOW_CUES)."""
    return bool(_FLOW.search(text) or _PLAN_SPAN_FLOW.search(text))


def plan_span_named(text: str, plan_year: int | None) -> tuple[int, int, int] | None:
    """(first, last, where the name ends) of the five-year plan under way (or a later one) that text
    names as the period of what it plans (`“十四五”期间`, `“十四五”谋划实施的`); None for an end, a
    start, a document or a comparison base."""
    if plan_year is None or "五" not in text:
        return None
    for m in _PLAN.finditer(text):
        if _compared(text, m.start()) or _PLAN_SPAN_NOT_AFTER.match(text, m.end()):
            continue
        if _PLAN_SPAN_THEN_PLAN_YEAR.search(text, m.end()):
            return None
        n = parse_chinese_int(m.group("n"))
        if n and 1 <= n <= 20:
            first, last = plan_span(n)
            if last >= plan_year:
                return first, last, m.end()
    return None


def year_value(written: str) -> int:
    """`2021` or `一九八五` as a number."""
    if written[0].isdigit():
        return int(written)
    return int("".join(str(YEAR_DIGITS[c]) for c in written))


def years(text: str) -> list[int]:
    """Years named in text (`2021年`, `一九八五年`), in order."""
    return [year_value(m.group(1) or m.group("y")) for m in _YEAR.finditer(text)]


def year_mentions(text: str):
    """(start, end, year) of every year named in text."""
    for m in _YEAR.finditer(text):
        yield m.start(), m.end(), year_value(m.group(1) or m.group("y"))


def is_multi_year(text: str) -> bool:
    return bool(_MULTI.search(text))


def is_single_year(text: str) -> bool:
    return bool(_SINGLE.search(text))


_FLOW = regex.compile(P.FLOW_CUES)


def is_flow(text: str) -> bool:
    return bool(_FLOW.search(text))


def is_cumulative(text: str) -> bool:
    return bool(_CUMULATIVE.search(text))


def horizon(text: str, plan_year: int | None = None) -> int | None:
    """The year a target is set for, when the clause says so (`到2025年`, `“十五五”末`,
    `到本世纪末`); a comparison base (`较“十三五”末`, `比2020年末`) is not one."""
    if "年" not in text and "末" not in text:
        return None
    for m in _HORIZON_PLAN.finditer(text):
        if _compared(text, m.start()):
            continue
        n = parse_chinese_int(m.group("n"))
        if n:
            return plan_span(n)[1]
    for m in _HORIZON_YEAR.finditer(text):
        if _compared(text, m.start()):
            continue
        return year_value(m.group("y") or m.group("y2"))
    if _CENTURY_END.search(text) and (plan_year is None or plan_year <= 2000):
        return 2000
    return None


_CENTURY_END = regex.compile(P.CENTURY_END)


def _compared(text: str, at: int) -> bool:
    return text[max(0, at - 3) : at].endswith(P.COMPARISON_BEFORE)
