"""Reading numbers as reports write them: `440.2`, `1,234`, `两`, `十二`, `一百二十`, `三千五百`.

Why strict: a string of numeral characters is often not a number (`十四五`, `一二三产`); parsing
refuses anything that is not a well-formed numeral, and the extractor skips it.
"""

from __future__ import annotations

import math
from functools import lru_cache

from patterns.numerals import BIG_UNITS, CHINESE_NUMERAL_CHARS, DIGITS, SMALL_UNITS, YEAR_DIGITS

__all__ = ["BIG_UNITS", "CHINESE_NUMERAL_CHARS", "DIGITS", "SMALL_UNITS", "YEAR_DIGITS"]  # and the parsers below
# A number with more digits than this is not a figure (an id, a phone or account number, a run of
# digits in damaged text): reports write large amounts with 万/亿, so their digits stay few, and a
# float holds no more exactly. Refusing it keeps every value finite (100,000 digits would be inf).
MAX_FIGURE_DIGITS = 15


@lru_cache(maxsize=1 << 14)  # the same few numerals come back in every report
def parse_chinese_int(s: str) -> int | None:
    """A well-formed Chinese numeral below 10,000 (`十二`, `两百`, `一千零五`), else None."""
    if not s or any(ch not in DIGITS and ch not in SMALL_UNITS for ch in s):
        return None
    if all(ch in DIGITS for ch in s):
        return DIGITS[s] if len(s) == 1 else None  # `一二` is a list, not a number
    total, digit, last_unit = 0, None, 10_000
    for i, ch in enumerate(s):
        if ch in "零〇" and 0 < i < len(s) - 1:  # `一千零五`: a zero only holds a place
            continue
        if ch in DIGITS:
            if digit is not None:  # two digits in a row (`十四五`)
                return None
            digit = DIGITS[ch]
        else:
            unit = SMALL_UNITS[ch]
            if unit >= last_unit:
                return None
            if digit is None:
                if total or unit != 10:  # only 十 may stand alone at the start
                    return None
                digit = 1
            total += digit * unit
            digit, last_unit = None, unit
    if digit is not None:
        if digit == 0:
            return None
        if last_unit > 10 and total and s[-2] not in "零〇":  # `一百二` (=120) is colloquial: refuse
            return None
        total += digit
    return total


def parse_small_count(s: str) -> int | None:
    """A count written in digits or Chinese numerals: '3' -> 3, '三' -> 3, '十四' -> 14 (`连续8年`, `三年内`)."""
    s = s.strip()
    return int(s) if s.isdigit() else parse_chinese_int(s)


def parse_number(s: str) -> float | None:
    """Arabic (with thousands commas) or Chinese numeral -> float; None if it is not one."""
    s = s.strip()
    if not s:
        return None
    if s[0].isdigit():
        if len(s) > MAX_FIGURE_DIGITS and sum(ch.isdigit() for ch in s) > MAX_FIGURE_DIGITS:
            return None  # a digit string that long is an id or a code, never a quantity
        try:
            value = float(s.replace(",", ""))
        except ValueError:
            return None
        return value if math.isfinite(value) else None
    n = parse_chinese_int(s)
    return None if n is None else float(n)


def parse_chinese_compound(s: str, magnitude: str | None) -> float | None:
    """A Chinese numeral with an inner 亿 or 万, in units of the magnitude written after it:
    `二亿三千` before 万 -> 23000 (二亿三千万 = 23000万), `三万五千` -> 35000; else None."""
    sep = "亿" if "亿" in s else "万" if "万" in s else ""
    if not sep:
        return None
    hi, _, lo = s.partition(sep)
    a, b = parse_chinese_int(hi), parse_chinese_int(lo)
    scale = BIG_UNITS[sep] / BIG_UNITS.get(magnitude or "", 1)
    if a is None or b is None or scale <= 1 or b >= scale:
        return None
    return float(a * scale + b)


def parse_chinese_decimal(s: str) -> float | None:
    """`二十一点七` -> 21.7, `六` -> 6.0: a Chinese numeral with an optional 点 and decimal digits."""
    whole, _, frac = s.partition("点")
    n = parse_chinese_int(whole) if whole not in ("零", "〇") else 0
    if n is None:
        return None
    if not frac:
        return float(n)
    if any(ch not in DIGITS or ch == "两" for ch in frac):
        return None
    return float(f"{n}.{''.join(str(DIGITS[ch]) for ch in frac)}")


def parse_chinese_year(s: str) -> int | None:
    """A year written digit by digit in Chinese numerals (`一九八五` -> 1985), else None."""
    if len(s) != 4 or any(ch not in YEAR_DIGITS for ch in s):
        return None
    year = int("".join(str(YEAR_DIGITS[ch]) for ch in s))
    return year if 1000 <= year <= 2999 else None
