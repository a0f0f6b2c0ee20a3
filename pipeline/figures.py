"""Stage 3a: figures — numbers that quantify something, with unit, indicator and reading.

One regex, built from the unit tables, finds candidate numbers in the normalised text; each
candidate is then judged (is it a date, a name, a slogan?) and read (value, unit, comparator, sign,
measure, status, year, indicator) from the words around it, all of which live in `patterns/`.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import regex

from patterns import figures as W
from patterns import units as U
from patterns.headings import PLAN_KINDS, REVIEW_KINDS
from pipeline import periods
from pipeline.document import Document, Mention, Sentence
from pipeline.indicators import ALIASES, indicator_code, is_noun, tag_of, tokenize
from pipeline.numbers import (
    CHINESE_NUMERAL_CHARS,
    parse_chinese_compound,
    parse_chinese_decimal,
    parse_chinese_int,
    parse_number,
    parse_small_count,
)
from pipeline.regexes import alternation
from pipeline.segment import delivered_late

H_REVIEW = REVIEW_KINDS

_NUM = r"\d+(?:,\d{3})*(?:\.\d+)?"
_CNUM = rf"[{CHINESE_NUMERAL_CHARS}]+"


_FIGURE = regex.compile(
    rf"(?P<ord>第)?(?P<num>{_NUM}|{_CNUM}(?:[亿万]{_CNUM})?)"
    rf"(?:(?P<u1>%|‰)?(?P<sep>[-—–~至到])(?P<num2>{_NUM}|{_CNUM}))?"
    rf"(?P<in1>[余多几])?(?P<mag>{alternation(U.MAGNITUDES)})?(?P<in2>[余多])?"
    rf"(?P<unit>{alternation(U.BASE_UNITS)})?"
)
_DOUBLING = regex.compile(W.DOUBLING)
_PERCENT_IN_WORDS = regex.compile(W.PERCENT_IN_WORDS)
_FOOTNOTE = regex.compile(W.FOOTNOTE_MARK)
# A short parenthesis stays inside its clause (`居民消费价格指数（CPI）涨幅`, `中小学校（幼儿园）1239所`).
_CLAUSE_BREAK = regex.compile(r"[，,；;：:。！？!?]|[（(](?![^（）()]{1,10}[）)])|(?<![（(][^（）()]{1,10})[）)]")
_PART_BREAK = regex.compile(r"[；;]")
_QUALIFIER_AFTER = regex.compile("^(?:" + alternation(w for w, _ in W.COMPARATOR_AFTER) + ")")
_CHANGE_FILLER_END = regex.compile("(?:" + alternation(W.CHANGE_VERB_FILLERS) + ")$")
_CHANGE_FILLER_START = regex.compile("^(?:" + alternation(W.CHANGE_VERB_FILLERS) + ")+")
_COMPARISON_ONLY = regex.compile(W.COMPARISON_ONLY)
_CHANGE_ONLY = regex.compile(W.CHANGE_ONLY)
_COMPARISON_TAIL = regex.compile(W.COMPARISON_TAIL)
_ASCII_LETTER = regex.compile(r"[A-Za-z]")
_LEAD, _TAIL, _VERB = frozenset(W.LEAD_WORDS), frozenset(W.TAIL_WORDS), frozenset(W.VERB_ONLY)
_PROJECT_LIST_CLOSE = regex.compile(W.PROJECT_LIST_CLOSE)
_ITEM_END = regex.compile(W.CAPACITY_ITEM_END)
_PHASE = regex.compile(W.PROJECT_PHASE)
_PART_OF_WHOLE = regex.compile(W.PART_OF_WHOLE)
_PROGRAMME_EXTENDED = regex.compile(W.PROGRAMME_EXTENDED)
_GRANT_RECIPIENT = regex.compile(W.GRANT_RECIPIENT)
_GRANT_RECIPIENT_CUT = regex.compile(W.GRANT_RECIPIENT_CUT)
_GRANT_AFTER = regex.compile(W.GRANT_AFTER.replace("{grants}", "(?:" + alternation(W.GRANT_NOUNS) + ")"))
_GRANT_RECIPIENT_COUNT = regex.compile(W.GRANT_RECIPIENT_COUNT)
_LONGER_UNITS = {b: tuple(u for u in U.BASE_UNITS if u != b and u.startswith(b)) for b in U.BASE_UNITS}
_TIME_PHRASE = regex.compile(W.TIME_PHRASE)
_NAME_SUFFIX_PATTERNS = [regex.compile(p) for p in W.NAME_SUFFIX_PATTERNS]
_QUOTED = regex.compile(r"“[^”]{0,20}”|\"[^\"]{0,20}\"")
_GROWTH = tuple(W.GROWTH_WORDS)
_NAME_PREFIXES, _NAME_SUFFIXES = tuple(W.NAME_PREFIXES), tuple(W.NAME_SUFFIXES)
_QUALIFIERS_BEFORE = sorted((w for w, _ in W.COMPARATOR_BEFORE), key=len, reverse=True)
_QUALIFIERS_BEFORE_WORDS = tuple(_QUALIFIERS_BEFORE)
_CHANGE_ENDINGS = tuple(W.CHANGE_WORDS) + tuple(w + "了" for w in W.CHANGE_WORDS)
_INNER_DROP = frozenset(W.INNER_DROP_WORDS)
_CHANGE_VERBS = frozenset(W.CHANGE_VERBS_BEFORE)
_RANK_VERB = regex.compile(W.RANK_VERBS)
_PEER_GROUP = regex.compile(W.PEER_GROUP_BEFORE_RANK.replace("{rank_verbs}", W.RANK_VERBS))
_PAST_SPAN = regex.compile(W.PAST_SPAN)
_MILESTONE_AFTER = regex.compile(W.MILESTONE_AFTER)
_CLASS_LEVEL = regex.compile(W.CLASS_LEVEL)
_FOR_PEOPLE = regex.compile(W.FOR_PEOPLE_BEFORE)
_ENUMERATOR = regex.compile(W.LIST_ENUMERATOR)
_ANY_YEAR = regex.compile(W.YEAR)
_PER_HEAD_ONLY = regex.compile(W.PER_HEAD_ONLY)
_PER_CAPITA_SCOPE = regex.compile(W.PER_CAPITA_SCOPE)
_NOT_AN_OBJECT_AFTER = regex.compile(W.NOT_AN_OBJECT_AFTER)
_LEADING_NUMBER = regex.compile(W.LEADING_NUMBER)
_TRAILING_NUMBER = regex.compile(W.TRAILING_NUMBER)
_CLOSING_QUOTES = tuple(close for _, close in W.QUOTES)
_ATTRIBUTES_LONGEST_FIRST = sorted(W.NAMED_ATTRIBUTES, key=len, reverse=True)
_PARALLEL_COUNT = regex.compile(W.PARALLEL_COUNT)
_THRESHOLD_MARK_BEFORE = regex.compile(W.THRESHOLD_MARK_BEFORE)
_THRESHOLD_GAP = regex.compile(W.THRESHOLD_GAP)
_THRESHOLD_AMOUNT_START = regex.compile(W.THRESHOLD_AMOUNT_START)


def _marks_threshold(tokens: list[str], i: int) -> bool:
    """`超` in `总投资超亿美元项目`: the threshold inside a name, not a verb that opens it."""
    return (
        tokens[i] in W.THRESHOLD_MARK_WORDS
        and i + 1 < len(tokens)
        and bool(_THRESHOLD_AMOUNT_START.match(tokens[i + 1]))
    )


_CALCULATION_BASIS = regex.compile(W.CALCULATION_BASIS)
_LEVEL_REACHED = regex.compile(W.LEVEL_REACHED)
_EXAMPLES_BEFORE_NAME = regex.compile(W.EXAMPLES_BEFORE_NAME)
_COUNT_ATTRIBUTE_AFTER = regex.compile(W.COUNT_ATTRIBUTE_AFTER)
_NAMED_AFTER = regex.compile(W.NAMED_AFTER)
_BATCH_COUNT_AFTER_DE = regex.compile(W.BATCH_COUNT_AFTER_DE)
_COUNT_THRESHOLD_AFTER = regex.compile(W.COUNT_THRESHOLD_AFTER)
_NAMED_LIST_BEFORE = regex.compile(W.NAMED_LIST_BEFORE)
_SECOND_COUNT = regex.compile(W.SECOND_COUNT)
# the qualifier of the figure before, left at the start of this one's words (`350个以上、建成投产500个`)
_QUALIFIER_OPENING = regex.compile(W.QUALIFIER_OPENING)
_LEAD_PREFIX = regex.compile("^(?:" + alternation(W.ITEM_LEAD_WORDS) + ")+")
_TRAILING_ITEM_VERB = regex.compile(
    "(?:" + alternation(W.VERB_PREFIXES) + ")?(?:" + alternation(W.LIST_ITEM_VERBS) + ")$"
)  # (`…综合整治新开工`: an item verb, 新 kept)
_TRAILING_ITEM_VERBS = regex.compile(
    "(?:(?:"
    + alternation(W.VERB_PREFIXES)
    + ")?(?:"
    + alternation(set(W.LIST_ITEM_VERBS) - set(W.PREDICATE_NOT_ALONE))
    + "))*"
    + _TRAILING_ITEM_VERB.pattern
)  # (`…项目竣工投产`: the stages that close it, all of them; not the process before (`棚户区改造开工`))
_LEADING_VERBS = regex.compile(
    "^(?:" + alternation(set(W.VERB_ONLY) | set(W.LIST_ITEM_VERBS) | set(W.PROJECT_STAGES)) + ")+"
)
_OWNER_PREDICATE_TAIL = regex.compile(W.OWNER_PREDICATE_TAIL)
_TOPIC_TAIL = regex.compile(W.TOPIC_TAIL)
_FARED_TAIL = regex.compile(W.FARED_TAIL)
_TOPIC_FRAME = regex.compile(W.TOPIC_FRAME)
_STATE_PREDICATE = regex.compile(W.STATE_PREDICATE)
_SHARE_USED_FOR = regex.compile(W.SHARE_USED_FOR)
_PER_CAPITA_BEFORE = regex.compile(W.PER_CAPITA_BEFORE)
_PER_CAPITA_PREFIX = regex.compile(W.PER_CAPITA_PREFIX)
_DISTRIBUTIVE = regex.compile(W.DISTRIBUTIVE)
_REALIZATION_IN = regex.compile(alternation(W.REALIZATION_VERBS))
_SHARE_OF_WHOLE = regex.compile(W.SHARE_OF_WHOLE)
_COORDINATED_NOUN = regex.compile("(?:" + alternation((*W.CONJUNCTIONS, "、")) + r")[^等的，,、；;。\d]{1,10}")
_OBJECT_VERBS = frozenset(W.OBJECT_VERBS)
_PREDICATE_VERBS = (frozenset(W.AFTER_STOP) | frozenset(W.VERB_ONLY) | frozenset(W.PREDICATE_VERBS)) - frozenset(
    "的和及"
)
_NAME_CONTINUED = regex.compile(
    "(?!"
    + alternation(W.PREDICATE_OPENERS)
    + r")[^，,；;。、\d]{0,"
    + str(W.NAME_CONTINUED_MAX_CHARS)
    + "}?(?:"
    + alternation(W.NAME_HEADS)
    + r")(?=$|[、，,；;。])"
)
_COUNT_BEFORE_THRESHOLD = regex.compile(W.COUNT_BEFORE_THRESHOLD)
_THRESHOLD_TAIL = regex.compile(W.THRESHOLD_TAIL)
_NAMED_ATTRIBUTE = regex.compile(
    "(?:" + alternation(W.NAMED_ATTRIBUTES) + ")(?=(?:" + alternation(W.NAMED_ATTRIBUTE_QUALIFIERS) + ")?$)"
)
_SAME_READING_GAP = regex.compile(W.SAME_READING_GAP)
_CHANGE_LIST_JOIN_GAP = regex.compile(W.CHANGE_LIST_JOIN_GAP)
_PILOT_AFTER_PLACE = regex.compile(W.PILOT_AFTER_PLACE)
_PROCESS_RATE_GAP = regex.compile(
    W.PROCESS_RATE_GAP.replace("{rates}", "|".join(sorted(W.PROCESS_RATES, key=len, reverse=True)))
)
_GLOSS_AT_END = regex.compile(W.GLOSS_AT_END)
_YEAR_NUMBER = regex.compile(r"(?:19|20)\d{2}")
_LEVEL_AFTER_CHANGE = regex.compile(W.LEVEL_AFTER_CHANGE)


def _words(phrase: str) -> list[str]:
    """Jieba tokens, with a quoted name (`“三化改造”`) kept as one token."""
    return list(_cached_words(phrase))


@lru_cache(maxsize=1 << 16)
def _cached_words(phrase: str) -> tuple[str, ...]:
    out: list[str] = []
    last = 0
    for m in _QUOTED.finditer(phrase):
        out += tokenize(phrase[last : m.start()])
        out.append(m.group())
        last = m.end()
    out += tokenize(phrase[last:])
    return tuple(t for t in out if t.strip())


@dataclass
class Candidate:
    """A number found in the normalised text, before it is read into a figure."""

    start: int  # normalised span of the figure (number through unit)
    end: int
    num_start: int  # where the number itself starts (after 第)
    value: float
    value_max: float | None
    unit: str | None  # as written, spaces and 余/多 removed
    base: str | None  # the base unit's written form (key of BASE_UNITS), None for bare numbers
    multiplier: float
    inside: str | None  # 余/多 between number and unit
    rank: bool = False
    doubling: bool = False
    in_words: bool = False  # a percentage written in words (`百分之六`)
    num_end: int = -1  # end of the (first) number, for the checks on what follows it
    magnitude: str | None = None  # a bare number's 万 or 亿 (`66.5万、57万和44.09万人`): it may share a unit
    gloss: str = ""  # the unit's gloss, part of the unit as written (`15万台（套）`: UNIT_GLOSS)


def candidates(text: str, start: int, end: int) -> list[Candidate]:
    """Numbers with a unit (or a ratio, or an enumeration sharing a unit) in text[start:end]."""
    found: list[Candidate | None] = []
    for m in _FIGURE.finditer(text, start, end):
        found.append(_candidate(text, m))
    _share_enumerated_units(text, found)
    out = [c for c in found if c is not None and c.unit is not None or c is not None and c.base == "ratio"]
    for c in out:
        gloss = _UNIT_GLOSS.match(text[c.end : c.end + 3]) if text[c.end : c.end + 1] in ("（", "(") else None
        if gloss and c.unit:
            c.gloss = gloss.group()  # `280余万件（辆）`: the unit as written, its gloss inside
            c.unit, c.end = c.unit + c.gloss, c.end + len(c.gloss)
    # (the two forms in words are looked for only where their fixed characters are: most sentences have neither)
    for m in _PERCENT_IN_WORDS.finditer(text, start, end) if text.find("百分之", start, end) >= 0 else ():
        value = parse_chinese_decimal(m.group("n"))
        value_max = parse_chinese_decimal(m.group("n2")) if m.group("n2") else None
        if value is None or (value_max is not None and value_max <= value):
            continue
        out.append(Candidate(m.start(), m.end(), m.start(), value, value_max, "%", "%", 1.0, None, in_words=True))
    for m in _DOUBLING.finditer(text, start, end) if text.find("翻", start, end) >= 0 else ():
        n = m.group("n")
        times = {"一": 2, "两": 4, "二": 4, "三": 8, "四": 16}.get(n, 2) if n else 2
        out.append(
            Candidate(m.start(), m.end(), m.start(), float(times), None, None, "doubling", 1.0, None, doubling=True)
        )
    return sorted(out, key=lambda c: c.start)


def _candidate(text: str, m: regex.Match[str]) -> Candidate | None:
    c = _read_candidate(text, m)
    if c is not None:
        c.num_end = m.regs[2][1]  # (the end of `num`)
    return c


# The same numerals come back all through a report (`一`, `2`, `10`): each parsed once.
_number = lru_cache(maxsize=1 << 14)(parse_number)


def _read_candidate(text: str, m: regex.Match[str]) -> Candidate | None:
    # Why groups() and regs: a hot path (every number of every sentence); one call for all of
    # _FIGURE's groups, in their order, instead of one per group.
    ord_, num, u1, sep, num2, in1, mag, in2, unit = m.groups()
    regs = m.regs
    arabic = num[0].isdigit()
    # `二亿三千万亩`, `三万五千人`: an inner 亿 or 万 joins two groups of one number
    value = parse_chinese_compound(num, mag) if not arabic and ("亿" in num or "万" in num) else _number(num)
    if value is None:
        return None
    value_max = None
    if sep:
        value_max = _number(num2)
        if value_max is None or value_max <= value or (num2[0].isdigit() != arabic):
            return None
    if not arabic and value < W.MIN_CHINESE_VALUE:
        return None
    s, e = regs[0]
    ns, num_end = regs[2]
    base = unit
    if base and _unit_blocked(text, base, regs[9][1]):
        # `3方面`: the character after the unit makes a word; fall back to no unit.
        base = None
        e = regs[8][1] if in2 else regs[7][1] if mag else regs[6][1] if in1 else (regs[5][1] if sep else num_end)
    if u1 and base not in ("%", "‰"):
        return None
    if ord_:
        # `第8位`: a rank. Any other 第N is an ordinal (第三届, 第4次), never a figure.
        after = text[num_end : num_end + 1]
        if after in U.RANK_UNITS and not mag and not sep:
            return Candidate(s, num_end + 1, ns, value, None, after, after, 1.0, None, rank=True)
        return None
    if base in U.RANK_UNITS and text[ns - 1 : ns] == U.TOP_RANK_BEFORE and not mag and not sep and not (in1 or in2):
        # `进入全国重点城市前100名`: a place among the first N
        return Candidate(s, e, ns, value, None, base, base, 1.0, None, rank=True)
    if mag and base in U.NO_MAGNITUDE:
        return None
    if base is None:
        if mag:
            if in1 or in2 or sep:
                return None  # `50亿` with nothing after it: a magnitude without a unit is left out …
            # … unless a unit listed after it is its own (`_share_enumerated_units`)
            return Candidate(s, regs[7][1], ns, value, None, None, None, U.MAGNITUDES[mag], None, magnitude=mag)
        if in1 or in2:
            return None
        end_of_num = regs[5][1] if sep else num_end
        if _is_ratio(text, ns):
            return Candidate(ns, end_of_num, ns, value, value_max, None, "ratio", 1.0, None)
        return Candidate(ns, end_of_num, ns, value, value_max, None, None, 1.0, None)  # may share a unit
    multiplier = (U.MAGNITUDES[mag] if mag else 1.0) * (1e3 if base == "千元" else 1.0)
    unit_written = (mag or "") + base
    inside = in1 or in2
    return Candidate(s, e, ns, value, value_max, unit_written, base, multiplier, inside)


def _unit_blocked(text: str, unit: str, unit_end: int) -> bool:
    nxt = text[unit_end : unit_end + 1]
    return bool(nxt) and nxt in U.UNIT_BLOCKING_NEXT.get(unit, "")


_RATIO_VERB_END = regex.compile(r"(?:缩小|缩小到|缩小至|下降到|降至|为|达到|达|是|控制在|保持在)$")
_DIGIT = regex.compile(r"\d")


def _is_ratio(text: str, num_start: int) -> bool:
    before = text[max(0, num_start - 10) : num_start]
    before = _RATIO_VERB_END.sub("", before)
    return before.endswith(W.RATIO_WORDS)


def _share_enumerated_units(text: str, found: list[Candidate | None]) -> None:
    """`1.7、1.1、0.7个百分点`: bare numbers listed before a number with a unit take that unit."""
    for i in range(len(found) - 2, -1, -1):
        c, nxt = found[i], found[i + 1]
        if c is None or nxt is None or c.base == "ratio" or nxt.unit is None or nxt.rank:
            continue
        if c.unit is not None:
            # `2个、1.3个、6.1个百分点`: the measure word alone is the unit's first word
            if c.unit in W.SHARED_MEASURE_WORDS and nxt.unit != c.unit and nxt.unit.startswith(c.unit):
                if text[c.end : nxt.num_start] in W.ENUMERATED_UNIT_GAPS and not c.inside:
                    c.unit, c.base, c.multiplier = nxt.unit, nxt.base, nxt.multiplier
            continue
        gap = text[c.end : nxt.num_start]
        if c.magnitude and not (nxt.unit.startswith(c.magnitude) and gap in W.ENUMERATED_UNIT_GAPS):
            continue  # `66.5万、57万和44.09万人`: only the same magnitude's unit
        if gap in W.ENUMERATED_UNIT_GAPS:
            if gap in W.ENUMERATED_COMMA_GAPS and nxt.base not in W.COMMA_SHARED_BASES and not c.magnitude:
                continue
            c.unit, c.base, c.multiplier = nxt.unit, nxt.base, nxt.multiplier


# ---- exclusions -----------------------------------------------------------------------------------


def excluded(text: str, c: Candidate) -> str | None:
    """Why a candidate is not a figure (a name, a slogan, a meeting), or None if it is one."""
    before = text[max(0, c.start - 4) : c.start]
    if before and _ASCII_LETTER.match(before[-1]):
        return "name (after a Latin letter)"
    after = text[c.end : c.end + 1]
    if c.unit is None and after and (_ASCII_LETTER.match(after) or after.isdigit()):
        return "name (number joined to letters)"
    if before.endswith(_NAME_PREFIXES):
        return "name (road or code)"
    tail = text[c.num_end : c.end + 10] if c.num_end >= 0 else ""
    if tail.startswith(_NAME_SUFFIXES) or any(p.match(tail) for p in _NAME_SUFFIX_PATTERNS):
        return "name or meeting ordinal"
    if not text[c.num_start].isdigit() and not c.doubling and not c.in_words:
        if c.base in W.CHINESE_ORDINAL_UNITS:
            return "meeting ordinal in Chinese numerals"
        if c.base not in W.CHINESE_NUMERAL_UNITS and not c.rank:
            return "Chinese numeral before a word, not a count"
    if _in_short_quote(text, c.start):
        return "inside a quoted name or slogan"
    if c.unit and text[c.end : c.end + 1] in W.CLASS_AFTER_UNIT:
        return "size class (30万吨级航道)"
    if c.unit is None and _YEAR_NUMBER.fullmatch(text[c.num_start : c.end]) and text[c.end : c.end + 1] == "年":
        return "a year (收入比2010年翻一番)"
    written = text[c.num_start : c.end]
    if written in W.CHINESE_WORDS_NOT_COUNTS:
        return "a word, not a count (二次供水)"
    if written in W.CHINESE_WORDS_NOT_COUNTS_BEFORE and text.startswith(
        W.CHINESE_WORDS_NOT_COUNTS_BEFORE[written], c.end
    ):
        return "a word, not a count (三次产业)"
    if not text[c.num_start].isdigit() and text[c.end : c.end + 1] and text[c.end] in W.CHINESE_SET_PHRASE_UNITS:
        return "set phrase"
    return None


def _in_short_quote(text: str, pos: int) -> bool:
    lo = max(0, pos - W.QUOTED_MAX_CHARS)
    window = text[lo:pos]
    for open_q, close_q in W.QUOTES:
        i = window.rfind(open_q)
        if i < 0:
            continue
        if open_q == close_q:
            if window.count(open_q) % 2 == 0:
                continue
        elif close_q in window[i + 1 :]:
            continue
        j = text.find(close_q, pos, pos + W.QUOTED_MAX_CHARS)
        if j >= 0 and "\n" not in text[lo + i : j] and j - (lo + i) <= W.QUOTED_MAX_CHARS:
            return True
    return False


# ---- reading a figure -----------------------------------------------------------------------------


def _phrase_before(text: str, clause_start: int, num_start: int) -> str:
    lo = max(clause_start, num_start - W.INDICATOR_WINDOW)
    phrase = text[lo:num_start]
    if lo > clause_start:
        # the window cut the clause inside a word (`争` of 力争, `新技术` of 高新技术): the whole word is in
        at = max(clause_start, lo - 6)
        seg = text[at : lo + 8]
        words = _words(seg)
        if "".join(words) == seg:  # (offsets hold only when no character was dropped)
            for w in words:
                if at + len(w) > lo:
                    break
                at += len(w)
            phrase = text[at:num_start]
    return phrase


_AFTER_BREAK = regex.compile(r"[，,；;：:。！？!?]")
_UNIT_GLOSS = regex.compile(W.UNIT_GLOSS)
_RATE_PERIOD_TAIL = regex.compile(W.RATE_PERIOD_TAIL)
_RATE_LEVEL_ONLY = regex.compile(W.RATE_LEVEL_ONLY)
_NEGATIVE_BEFORE = regex.compile(W.NEGATIVE_BEFORE)
_FUND_AFTER = regex.compile(W.FUND_AFTER)
_PURPOSE_CUT = regex.compile(W.PURPOSE_CUT)
_PARENTHESIS = regex.compile(W.GLOSS_PARENTHESIS)
_GLOSS_MARK = "\x01"  # stands for a 、 inside parentheses while a phrase is read
_AFTER_STOP = regex.compile(alternation(W.AFTER_STOP))
_PURPOSE_AFTER = regex.compile(W.PURPOSE_AFTER)
_RUN_OF_YEARS = regex.compile(W.RUN_OF_YEARS)
_PURPOSE_COUNT = regex.compile(W.PURPOSE_COUNT)


def _phrase_after(text: str, end: int, limit: int) -> str:
    return _phrase_and_predicate_after(text, end, limit)[0].replace("\0", "")


def _counted_after_phrase(text: str, end: int, limit: int, order: str | None) -> str:
    """What is counted after a number, with a short predicate that closes the clause: `30个以上项目
    投产达产` counts 投产达产项目 (order "before", a count), `90%以上的村庄生活垃圾得到有效治理` is
    the share of 村庄生活垃圾得到有效治理 (`order` is the unit's family)."""
    head, said = _phrase_and_predicate_after(text, end, limit)
    head, _, name_tail = head.partition("\0")
    head = trim_indicator(head) + name_tail
    if not said or not head:
        return head
    # things counted take the predicate before them (`投产达产项目`); a length, area or amount reads
    # in text order (`150公里农村公路提档升级改造` -> 农村公路提档升级改造)
    if order in W.PREDICATE_FIRST_FAMILIES:
        # (an honour naming the counted things already: `5家企业入选国家工业母机链主企业` -> 入选…链主企业)
        return said if said.endswith(head) else said + head
    return head + said


def _phrase_and_predicate_after(text: str, end: int, limit: int) -> tuple[str, str | None]:
    return _read_after(text[end : min(limit, end + W.AFTER_WINDOW)], end + W.AFTER_WINDOW >= limit)


@lru_cache(maxsize=1 << 15)
def _read_after(seg: str, at_limit: bool) -> tuple[str, str | None]:
    """(noun phrase, closing predicate) of the words after a number (cached: they recur)."""
    cut = _AFTER_BREAK.search(seg)
    closed = cut is not None or at_limit
    if cut:
        seg = seg[: cut.start()]
    seg = _UNIT_GLOSS.sub("", seg, count=1)  # `7.85万套（户）棚户区改造`: the unit's gloss
    for q in ("以上", "左右", "以内", "以下", "的"):
        if seg.startswith(q):
            seg = seg[len(q) :]
    d = _DIGIT.search(seg)
    if d:
        seg = seg[: d.start()]
        # `10个在建智算中心项目总投资280.1亿元`: the attribute before the next number is that number's
        attribute = next((a for a in _ATTRIBUTES_LONGEST_FIRST if seg.endswith(a) and len(seg) > len(a) + 1), "")
        seg = seg[: len(seg) - len(attribute)]
        words = _words(seg)
        if words and words[-1] not in W.CONJUNCTIONS and (tag_of(words[-1]) or "") == "v":
            # `20个人口大县给予34辆…`, `968个项目已完工137个`: the verb governs the next number
            while len(words) > 1 and (
                ((tag_of(words[-1]) or "") == "v" and len(words[-1]) > 1)
                or words[-1] in _TAIL
                or words[-1] in W.PREDICATE_ADVERBS
            ):
                words.pop()
            seg = "".join(words)
    full = seg
    masked = _QUOTED.sub(lambda m: "＿" * len(m.group()), seg)  # never cut inside a quoted name
    stop_at = _AFTER_STOP.search(masked, 1)  # the first stop word after the first character
    stop = stop_at.start() if stop_at else len(seg)
    seg = seg[:stop]
    pause = seg.find("、")
    if pause >= 2 or (pause == 1 and seg[2:] and _opens_predicate(_words(seg[2:])[0])):
        seg = seg[:pause]  # (`省、市重点项目` is one name; `5.33个点、居全省第3位` ends at 、)
    head = _noun_phrase_head(seg.strip("、等的"))
    words = _words(head)
    cut = next((i for i, t in enumerate(words) if i >= 1 and t in _OBJECT_VERBS and is_noun(words[i - 1])), None)
    if cut is not None:
        head = "".join(words[:cut])  # `200万名老人提供居家养老服务`: the verb opens what is done for them
    said = None
    at = full.find(head) if head else -1
    if at >= 0:
        rest = full[at + len(head) :]
        conj = next((j for j in W.CONJUNCTIONS if rest.startswith(j)), "") if d is None else ""
        if conj:
            # `47项市级行政审批和公共服务事项网上办理`, `88.6%的国有及国有控股企业实现…`: one coordinated noun
            # phrase, then the predicate
            rem = rest[len(conj) :]
            stop = _AFTER_STOP.search(rem, 1)
            words = _words(_noun_phrase_head(rem[: stop.start()] if stop else rem))
            k = next((i for i, w in enumerate(words) if is_noun(w)), len(words))
            while k < len(words) and not (
                words[k] in _PREDICATE_VERBS
                or words[k] in W.COORDINATED_NOUN_STOPS
                or (tag_of(words[k]) or "").startswith((*W.AFTER_STOP_TAGS, "s"))  # (`网上` of `网上办理`)
            ):
                k += 1  # up to a predicate, preposition or adverb after its first noun (`科研院所与我市…`)
            # (a phrase running to the window's edge may end in half a word: `验收工|作`)
            words = words[:k] if closed or stop or k < len(words) else []
            while words and not is_noun(words[-1]):
                words.pop()  # (`公共服务事项网上办理`: the verb closing it)
            second = "".join(words)
            if len(second) >= 2 and words[-1] not in W.ATTRIBUTE_WORDS:
                return head + "\0" + conj + second, None
        if (
            closed
            and rest.startswith((*W.CONJUNCTIONS, "、"))
            and _COORDINATED_NOUN.fullmatch(rest)
            and is_noun(_words(rest)[-1])
            and (rest[0] != "、" or (d is None and not _opens_predicate(_words(rest[1:])[0])))
        ):
            # `800名领军和骨干人才`, `200个智能车间、智能工厂`: one coordinated noun phrase
            return head + "\0" + rest, None
        if rest.startswith("的") and _words(head)[:1] and _words(head)[0] in W.CLAUSE_OPENING_VERBS:
            # `50个具有金陵村韵的和美乡村`: a clause picks out what is counted, the noun after 的
            noun = _noun_phrase_head(rest[1:])
            if len(noun) >= 2:
                return head + "的" + noun, None
        if rest.startswith(("的",) + W.CONJUNCTIONS):
            return head, None  # `8个镇区的医疗设施`: what the counted things have is not a predicate
        name = _NAME_CONTINUED.match(rest)
        if name:
            return head + "\0" + name.group(), None  # `智能化改造项目`: the verb is inside the name
        words = _words(head)
        if (
            (closed and d is None or d is not None and "、" in rest)  # (`…项目投产达效、新增产值5000亿元`)
            and words
            and not (tag_of(words[-1]) or "").startswith(("v", "d", "ad", "t", "p", "c", "u"))
        ):
            said = _predicate_of(rest)
    return head, said


def _opens_predicate(word: str) -> bool:
    """`推进` in `新建200个智能车间、推进企业上云`: a verb after `、` opens the next clause, not a noun."""
    return word in _PREDICATE_VERBS or word in _LEAD or word in _VERB or bool(_RANK_VERB.fullmatch(word))


@lru_cache(maxsize=1 << 15)
def _predicate_of(rest: str) -> str | None:
    """The short verb phrase closing a clause after what is counted (`如期通水` -> 通水): adverbs
    opening it are dropped; None when `rest` is no such predicate."""
    pause = rest.find("、")
    if pause >= 0:
        rest = rest[:pause]
    tokens = _words(rest)
    passive = tokens[:1] == ["被"] and len(tokens) > 1 and tokens[1] in W.HONOUR_VERBS
    if passive:
        tokens.pop(0)  # `公办中学被评为省一级中学`: put back below
    while tokens and (tokens[0] in W.PREDICATE_ADVERBS or (tag_of(tokens[0]) or "").startswith(("d", "ad"))):
        tokens.pop(0)
    for i, t in enumerate(tokens):
        if t in W.AFTER_STOP_TOKENS and not (i == 0 and t in W.HONOUR_VERBS):
            tokens = tokens[:i]
            break
    while tokens and tokens[-1] in ("了", "的", "等"):
        tokens.pop()
    first = tokens[0] if tokens else ""
    if len(tokens) > 1 and tokens[1] in W.NOUN_SUFFIXES:
        return None  # `408件政协提案办理率、满意率均…`: a verb made a noun (办理率) is an attribute
    if first in W.PREDICATE_NOT_ALONE:
        return None  # `85个重点项目建设任务`, `4个小城镇建设加快`: a process noun, the name's tail
    if not first or not ((tag_of(first) or "").startswith("v") or first in _PREDICATE_VERBS):
        return None
    said = "".join(tokens)
    if said in W.PREDICATE_NOT_ALONE:
        return None
    said = "被" + said if passive else said
    longest = W.HONOUR_MAX_CHARS if first in W.HONOUR_VERBS else W.PREDICATE_MAX_CHARS
    return said if 2 <= len(said) <= longest else None


@lru_cache(maxsize=1 << 15)
def _noun_phrase_head(seg: str) -> str:
    """The noun phrase opening `seg`: cut at the first verb, adverb or time word after its first
    word (`待建安置小区今年全面开工` -> `待建安置小区`)."""
    tokens = _words(seg)
    for i, t in enumerate(tokens[1:], 1):
        if t in W.AFTER_STOP_TOKENS:
            return "".join(tokens[:i])
        tag = tag_of(t)
        if tag is not None and tag.startswith(W.AFTER_STOP_TAGS) and not is_noun(t):
            nxt = tokens[i + 1] if i + 1 < len(tokens) else None
            if tag.startswith("d") and nxt is not None and is_noun(nxt):
                continue  # `省定相对贫困村`: an adverb before a noun is part of the name
            return "".join(tokens[:i])
    return seg


def _family(c: Candidate) -> str | None:
    return U.BASE_UNITS.get(c.base or "", (None, None))[1]


def _noun_follows(text: str, end: int) -> bool:
    words = _words(text[end : end + 8])
    return bool(words) and not (tag_of(words[0]) or "").startswith(("d", "ad")) and words[0] not in _PREDICATE_VERBS


def _noun_ends(before: str) -> bool:
    tokens = _words(_TIME_PHRASE.sub("", before))
    while tokens and tokens[-1] in _TAIL:
        tokens.pop()
    return bool(tokens) and is_noun(tokens[-1])


def _object_follows(text: str, end: int) -> bool:
    """A noun phrase can start after the unit (past a qualifier): not punctuation, not the next item."""
    rest = _QUALIFIER_AFTER.sub("", text[end : end + 4])
    head = rest[:1]
    if rest.startswith(W.OBJECT_START_WORDS):
        return True
    return bool(head) and ("\u4e00" <= head <= "\u9fff" or head in '“"《') and head not in W.NOT_AN_OBJECT_START


def _counted_after(before: str, c: Candidate, text_after: str, wide_after: str = "") -> bool:
    """`抓好130条市政道路`: the word before the number is no noun, so the noun after the unit is
    what is counted (a verb or adverb opens the clause; the object follows its count)."""
    family = U.BASE_UNITS.get(c.base or "", (None, None))[1]
    if c.unit is None or c.rank or family in W.NOUN_AFTER_FAMILIES_EXCLUDED:
        return False
    if c.base in W.COUNT_ATTRIBUTE_UNITS and _QUALIFIER_AFTER.sub("", text_after)[:1] == "的":
        text_after = _QUALIFIER_AFTER.sub("", text_after)[1:]  # `25万家左右的“农家店”`: what the count counts
    elif family in W.SIZE_OF_NOUN_FAMILIES and _QUALIFIER_AFTER.sub("", text_after)[:1] == "的":
        # `设立首期1亿元的海洋科创基金`, `提供12亿元的融资支持`: after a verb, the money is the noun's
        verb = [_led_verb(w) for w in _words(_TIME_PHRASE.sub("", before))[-1:]]
        if not verb or not (verb[0] in _VERB or verb[0] in W.OBJECT_VERBS or (tag_of(verb[0]) or "").startswith("v")):
            return False
        text_after = _QUALIFIER_AFTER.sub("", text_after)[1:]
    if family in W.FUND_FAMILIES and _FUND_AFTER.match(wide_after or text_after):
        return True  # `中央财政新增47亿元专项补助资金`: the fund named after the sum is what it measures
    if not _object_follows(text_after, 0):
        return False  # punctuation, or `国家高新技术企业达到1.5万家、科技型中小企业…`: the next item
    if before.endswith("的") and c.base in W.COUNT_AFTER_CLAUSE_UNITS:
        return True  # `促进消费的29项措施`: what the clause modifies follows the count
    if before.endswith(W.EXISTENTIAL_BEFORE):
        first = _words(_QUALIFIER_AFTER.sub("", text_after))[:1]
        if first and is_noun(first[0]):
            return True  # `示范区已有7个项目开工建设`
    tokens = _words(_TIME_PHRASE.sub("", before))
    while tokens and tokens[-1] in _TAIL:
        tokens.pop()  # `原油产量超过1060万吨`: the predicate, not the subject, stands before the number
    if not tokens:
        return True
    if tokens[0] in W.FRAME_PREPOSITIONS and family in W.PREDICATE_FIRST_FAMILIES:
        # `向三州30万户农户发放…`: the place belongs to the preposition; the noun after the unit is counted
        first = _words(_QUALIFIER_AFTER.sub("", text_after))[:1]
        if first and is_noun(first[0]) or (first and first[0] in W.SINGLE_CHAR_NOUNS):
            return True
    if family in W.CAPACITY_AFTER_NAME_FAMILIES and _owner_after_verb(tokens):
        after = _QUALIFIER_AFTER.sub("", text_after)
        first = _words(after)[:1]
        if first and is_noun(first[0]) and first[0] not in ALIASES and not after.startswith(W.NOT_CAPACITY_AFTER):
            return True  # `启动康乃尔60万吨甲醇制烯烃项目`: the capacity of what follows
    return not is_noun(_led_verb(tokens[-1]))


def _named_capacity(text: str, before: str, c: Candidate, limit: int) -> str | None:
    """`加快兰州石化120万吨乙烯、金川集团28万吨硫酸镍等重点项目建设`: a capacity between its owner's short
    name and its product measures the owner's product (`兰州石化乙烯项目`); a list item that opens on the
    capacity (`、3000吨超级加氢反应器`) measures the product alone. None where the words before are no name."""
    family = _family(c)
    if c.rank or family not in W.CAPACITY_AFTER_NAME_FAMILIES or c.base in W.CAPACITY_AMBIGUOUS_UNITS:
        return None
    if family == "count" and (c.base not in W.CAPACITY_COUNT_UNITS or c.value * c.multiplier < W.CAPACITY_COUNT_MIN):
        return None
    if not _object_follows(text, c.end) or text.startswith(W.NOT_CAPACITY_AFTER, c.end) or _unit_goes_on(text, c):
        return None
    owner = _capacity_owner(before)
    if owner is None:
        return None
    end = _ITEM_END.search(text, c.end, limit)
    product = _counted_after_phrase(text, c.end, end.start() if end else limit, None)  # (`…碳酸锂等重大项目`)
    first = _words(product)[:1]
    if len(product) < 2 or product in W.MEASURE_NOUNS or product in W.PROJECT_WORDS or not first:
        return None
    if first[0] in _TAIL or first[0] in _VERB or (tag_of(first[0]) or "")[:1] in ("q", "v", "m"):
        return None  # `1.38亿吨持平`: a predicate, no product
    at = text.find(product, c.end, limit)
    if not product.endswith(W.PROJECT_WORDS) and at >= 0 and _PROJECT_LIST_CLOSE.match(text, at + len(product), limit):
        product += "项目"  # `…10万吨负极材料等重点项目建设`: each item a project
    return owner + product


def _capacity_owner(before: str) -> str | None:
    """The short name in the list item before a capacity, after its verbs (`加快推进|永祥`); "" where the
    item opens on the capacity (`、3000吨…`); None where the words are no name (a verb alone, a quantity,
    a threshold, examples)."""
    cut = max(before.rfind(sep) for sep in W.CAPACITY_ITEM_OPENERS)
    item = before[cut + 1 :]
    if not item:
        return "" if before.endswith("、") else None
    if item.endswith("等"):
        return None  # `花岗、上坊等8万套保障房`: the names are examples of what is counted
    for q in W.CAPACITY_QUALIFIERS:
        item = item.removesuffix(q)
    tokens = _words(item.lstrip("的"))
    opens = [
        i
        for i, t in enumerate(tokens)
        if t in W.CAPACITY_OWNER_LEADS or t in W.PROJECT_VERBS or (len(t) > 1 and tag_of(t) == "v")
    ]
    tokens = tokens[opens[-1] + 1 :] if opens else tokens  # (`能源建设方面重点实施|通渭40万千瓦风电场`)
    owner = "".join(tokens)
    if not owner:
        return "" if not item else None  # (`年产6万吨`: only the qualifier; `建设5万千瓦`: `_counted_after` reads it)
    if not 2 <= len(owner) <= W.NAMED_CAPACITY_OWNER_MAX_CHARS or _PHASE.fullmatch(owner) or _DIGIT.search(owner):
        return None
    if owner in ALIASES or owner.endswith(W.ATTRIBUTE_WORDS) or (tag_of(tokens[-1]) or "").startswith("v"):
        return None  # a quantity, or a threshold (`汽车保有量超200万辆城市`)
    for t in tokens:
        if t in ALIASES or t in _TAIL or t in _LEAD or t[-2:] in _VERB:
            return None
        if len(t) > 1 and (tag_of(t) or "")[:1] in W.NOT_IN_A_NAME_TAGS and not _PHASE.fullmatch(t):
            return None
    return owner


def _unit_goes_on(text: str, c: Candidate) -> bool:
    """`1600兆瓦时`, `亿吨公里`: the characters after the unit continue it into another unit."""
    base = c.base or ""
    return any(text.startswith(u[len(base) :], c.end) for u in _LONGER_UNITS.get(base, ())) or text.startswith(
        W.UNIT_CONTINUATIONS, c.end
    )


def _led_verb(word: str) -> str:
    """`努力实现` -> 实现: a lead word and a verb jieba keeps as one word (else the word itself)."""
    return word[-2:] if len(word) == 4 and word[:2] in _LEAD and word[-2:] in _VERB else word


def _owner_after_verb(tokens: list[str]) -> bool:
    """A verb, then a short name that is no quantity (`启动|康乃尔`, `巩固|建龙`)."""
    if len(tokens) < 2 or not (tag_of(tokens[0]) == "v" or tokens[0] in _VERB or tokens[0] in W.PROJECT_VERBS):
        return False
    name = "".join(tokens[1:])
    if _CLASS_LEVEL.search(name) or name.startswith("每") or not all(is_noun(t) for t in tokens[1:]):
        return False  # `原市级264项行政审批事项`: a level of what follows; `每个镇街至少1处…`: per what
    return len(name) <= W.CAPACITY_OWNER_MAX_CHARS and name not in ALIASES and not any(t in ALIASES for t in tokens[1:])


@lru_cache(maxsize=1 << 16)
def trim_indicator(phrase: str, keep_relative: bool = False) -> str:
    """The shortest phrase naming what is measured: predicate and lead verbs trimmed by token."""
    if _GLOSS_MARK in phrase:
        # `县（市、区）农村垃圾治理`: read without the gloss, which goes back after the word it glosses
        gloss = _PARENTHESIS.search(phrase)
        if gloss and _GLOSS_MARK in gloss.group():
            anchor = phrase[max(0, gloss.start() - 2) : gloss.start()]
            out = trim_indicator(phrase[: gloss.start()] + phrase[gloss.end() :], keep_relative)
            at = out.find(anchor) if anchor else -1
            return out[: at + len(anchor)] + gloss.group() + out[at + len(anchor) :] if at >= 0 else out
    per_head = _PER_CAPITA_PREFIX.match(phrase)
    if per_head and len(phrase) > per_head.end() + 1:
        # `每千人拥有卫生机构床位数`: the basis is part of the name of a rate per head
        rest = trim_indicator(phrase[per_head.end() :], keep_relative)
        return per_head.group() + rest if rest else rest
    phrase = _TIME_PHRASE.sub("", _COMPARISON_TAIL.sub("", _FOOTNOTE.sub("", phrase)))
    phrase = _ENUMERATOR.sub("", phrase)  # `（9）康复服务残疾人`: the list's number is no part of the name
    phrase = _LEADING_NUMBER.sub("", phrase)
    tokens = _words(phrase)
    while tokens and tokens[-1] in _TAIL:
        tokens.pop()
    if tokens and tokens[-1] in W.TOKENS_ENDING_IN_TAIL:
        tokens = tokens[:-1] + [t for t in (W.TOKENS_ENDING_IN_TAIL[tokens[-1]],) if t]  # `企业占比达` -> 企业占比
        while tokens and tokens[-1] in _TAIL:
            tokens.pop()
    kept = "".join(tokens)
    phrase = _COMPARISON_TAIL.sub("", kept.rstrip("、，,"))  # (`…高于全省两个百分点、达到`)
    phrase = _EXAMPLES_BEFORE_NAME.sub("", phrase)
    # `煤炭、煤电等重点行业X`: what precedes 等 are examples; X is what is measured.
    masked = _QUOTED.sub(lambda m: "＿" * len(m.group()), phrase) if "“" in phrase or '"' in phrase else phrase
    cut = masked.rfind("等")
    if 0 < cut < len(phrase) - 2 and "等" in _words(masked):  # (not the 等 of a word: `高等级公路`, `中等职业`)
        phrase = phrase[cut + 1 :]
    # (the words read before the predicate was cut serve again where nothing else was cut: a second
    # reading of the same characters is the costliest step of a run)
    tokens = _drop_inner(tokens if phrase == kept else _words(phrase))
    cop = max((i for i, t in enumerate(tokens) if t in W.COPULAS), default=-1)
    if 0 <= cop and len("".join(tokens[cop + 1 :])) >= 2:
        tokens = tokens[cop + 1 :]
    change = max((i for i, t in enumerate(tokens) if t in _CHANGE_VERBS), default=-1)
    if 0 < change < len(tokens) - 1:
        tokens = tokens[change:]  # `努力做到每年增产原煤` -> 增产原煤 (the verb is dropped as a lead word)
    phrase = "".join(tokens)
    # In a long phrase a verb opens what is counted (`省、市重点项目完成年度计划投资` -> `年度计划投资`),
    # except in a share, which names both sides (`民营经济对经济增长贡献率`).
    for i in range(1, len(tokens) - 1):
        if (
            tokens[i] in W.REALIZATION_VERBS
            and _names_a_domain(tokens[i - 1])
            and "".join(tokens[i + 1 :]) in W.OWNED_ATTRIBUTES
            and not any(t in W.LIST_SEPARATOR_CHARS for t in tokens[:i])
        ):
            tokens = tokens[:i] + tokens[i + 1 :]  # `规模工业实现产值` -> 规模工业产值, however short
            break
    lead = 0
    while lead < len(tokens) - 1 and (tokens[lead] in _LEAD or tokens[lead] in _VERB):
        lead += 1  # (the length that counts is the name's, lead verbs aside: `新增小巨人培育企业`)
    if len("".join(tokens[lead:])) > W.SPLIT_LONGER_THAN and not phrase.endswith(W.SHARE_HEADS):
        for i in range(len(tokens) - 2, -1, -1):
            if keep_relative and "的" in tokens[i + 1 :]:
                continue  # `市领导跟踪服务推进的重大项目58项`: the clause picks out which things are counted
            if (
                tokens[i] in _VERB
                and len("".join(tokens[i + 1 :])) >= 2
                and not _marks_threshold(tokens, i)
                and any(t not in _LEAD and t not in _VERB for t in tokens[i + 1 :])  # `…整治新开工`: no name after
                and "".join(tokens[i + 1 :]) not in W.TASK_NOUNS  # `城市出入口综合整治工作`: the task is the name
                and not (i > 0 and tokens[i - 1].endswith(_CLOSING_QUOTES))  # `“三化”改造重点项目`: one name
            ):
                if (
                    tokens[i] in W.REALIZATION_VERBS
                    and i > 0
                    and _names_a_domain(tokens[i - 1])
                    and not any(t in W.LIST_SEPARATOR_CHARS for t in tokens[:i])
                ):
                    tokens = tokens[:i] + tokens[i + 1 :]  # `省列重大项目完成投资` -> 省列重大项目投资
                else:
                    tokens = tokens[i + 1 :]
                break
    if len(tokens) > 2 and tokens[0] in W.PERIOD_NOUNS and tokens[1] in W.REALIZATION_VERBS:
        tokens = tokens[2:]  # `年度完成投资` -> 投资: when it was done, and the doing
    while tokens and _is_lead(tokens[0]) and not _marks_threshold(tokens, 0) and not _kept_lead_verb(tokens):
        tokens.pop(0)
    while tokens and tokens[-1] in _TAIL:
        tokens.pop()
    tokens = _named_tail(tokens)
    joined = "".join(tokens)
    out = _TIME_PHRASE.sub("", joined)
    if out != joined:  # `人工草场将由1980年的`: the year gone, the words that led to it go too
        tokens = _words(out)
        while tokens and tokens[-1] in _TAIL:
            tokens.pop()
        out = "".join(tokens)
    out = _TRAILING_NUMBER.sub("", out.strip("，,、：:；;的（(")).lstrip("—-－").removesuffix("第")
    out = _DISTRIBUTIVE.sub("", out) if len(out) > 4 else out
    # (`重点城市第10位`: 第 is the rank's)
    if out.endswith(("）", ")")) and "（" not in out and "(" not in out:
        out = out[:-1]  # `（其中1985年为16.8%）`: the close of a parenthesis the phrase does not open
    return out


def _is_lead(word: str) -> bool:
    """A lead word, or one jieba joins to the adverb before it (`全面完成`, `基本建成`: ADVERBS + a lead word)."""
    if word in _LEAD:
        return True
    return len(word) >= 4 and word[:2] in _ADVERBS and word[2:] in W.JOINED_LEAD_VERBS


def _names_a_domain(word: str) -> bool:
    """A word that can own what a realization verb after it yields (`省列重大项目完成投资`, `电力建设完成投资`),
    not a time (`年度完成投资`)."""
    return (
        is_noun(word) or (tag_of(word) or "").startswith("vn") or word in W.DOMAIN_VERB_NOUNS
    ) and word not in W.PERIOD_NOUNS


def _kept_lead_verb(tokens: list[str]) -> bool:
    """`新开工项目`, `续建亿元以上项目`: the stage of the projects counted is part of their name; and
    `带动就业`, `稳定就业`: what brought the jobs names them (readers keep the verb)."""
    if len(tokens) == 2 and tokens[1] == "就业":
        return tokens[0] in W.JOB_VERBS
    return tokens[0] in W.PROJECT_STAGES and len(tokens) > 1 and "".join(tokens[1:]).endswith("项目")


def _drop_inner(tokens: list[str]) -> list[str]:
    """Period words inside a phrase are the figure's year, not its name (`城镇年均新增就业`,
    `县以上单位去年的集团消费`): dropped, with a `的` that ties one to the name."""
    out: list[str] = []
    skip_de = False
    for t in tokens:
        if t in _INNER_DROP:
            skip_de = True
            continue
        if skip_de and t in W.PERIOD_WORD_ENDINGS:
            continue  # `从五年前的2万亿元`: the time point ends there, its 的 may follow
        if skip_de and t in ("的", "度"):
            skip_de = False
            continue  # `县以上单位去年的集团消费`, `上年度农村居民人均可支配收入`
        skip_de = False
        out.append(t)
    return out


def _named_tail(tokens: list[str]) -> list[str]:
    """`国家计划要求今年的国民生产总值` -> 国民生产总值: a phrase ending in a lexicon name after `的`
    or after words that are not nouns (a verb, a time word) names that quantity; what comes before is
    who asks for it or when."""
    if any(t in W.LIST_SEPARATOR_CHARS or _LIST_ITEM_SEPARATORS.fullmatch(t) for t in tokens):
        return tokens  # a list names several quantities (`学前教育普惠率、义务教育巩固率`)
    for i in range(1, len(tokens)):
        name = "".join(tokens[i:])
        if name in ALIASES:
            before = tokens[i - 1]
            if before == "的" or before in W.ANNOUNCE_WORDS or (tag_of(before) or "").startswith("t"):
                return tokens[i:]
            return tokens
    return tokens


def read_indicator(
    text: str, clause_start: int, c: Candidate, limit: int, previous: str | None, sent_start: int | None = None
) -> str | None:
    before = _phrase_before(text, clause_start, c.num_start).lstrip("，,、；;")
    before = _PER_CAPITA_BEFORE.sub("", _CALCULATION_BASIS.sub("", before))
    if W.GROWTH_SPEED_KEY in before[-6:] and _GROWTH_SPEED_AFTER.match(text[c.end : c.end + 24]):
        before = _GROWTH_SPEED_LEAD.sub("", before)  # `国内生产总值以年均11.2%的速度增长`
    if previous and _RATE_LEVEL_ONLY.match(before):
        return previous  # `快速回升到二季度的5.8%`: the rate named before, at another time
    if previous:
        place = _other_place(before, previous)
        if place:
            return place  # `城镇人均居住面积增加到8.7平方米，农村增加到22平方米`
        part = _PART_OF_WHOLE.match(before) if before.startswith("其中") else None
        if part:
            return part.group("scope") + previous  # `…收入增长12%，其中市本级增长10%` -> 市本级…收入
    if any(w in before for w in W.RATE_PERIOD_WORDS):
        before = _RATE_PERIOD_TAIL.sub("", before)  # `经济增速由一季度的-5.6%`
        if previous and before.lstrip("，,、") in W.RATE_OF_GROWTH_TAILS:
            return previous  # `外贸进出口总额456.7亿美元，降幅由谷底的-14.2%收窄至-11.6%`: its rate
    if (
        previous
        and before
        and (_COMPARISON_ONLY.match(before) or _CHANGE_ONLY.match(before))
        and not (
            before.endswith(W.ADDED_COUNT_VERBS)
            and _family(c) in W.PREDICATE_FIRST_FAMILIES
            and _object_follows(text, c.end)
        )
    ):
        return previous  # `，比上年增产1199万吨`: the clause only compares; `，增长6%、并列第一`: only changes
    if c.rank or c.base in ("个位次", "位次", "位"):
        # `居全国省会城市第8位`: what is ranked stands before the rank verb, else in the clause before.
        verb = list(_RANK_VERB.finditer(before))
        lo = None
        if sent_start is not None:
            lo = max((m.end() for m in _CLAUSE_BREAK.finditer(text, sent_start, c.num_start)), default=sent_start)
        if not verb and lo is not None and clause_start > lo:
            # `居全国32个重点城市第10位`: a count of the peers stands between the rank and its verb
            wide = text[lo : c.num_start].removesuffix("第")
            verb = list(_RANK_VERB.finditer(wide))
            before = wide if verb else before
        head = before[: verb[-1].start()] if verb else None
        peers = _PEER_GROUP.search(text, lo, c.num_start) if lo is not None else None
        before_peers = text[lo : peers.start()] if peers else ""
        if before_peers and (len(trim_indicator(before_peers)) >= 2 or before_peers.endswith(W.RATE_OF_GROWTH_TAILS)):
            head = before_peers  # `地表水环境质量在全国339个地市中列第16位`: the peers stand between
        elif peers and previous and _DIGIT.search(peers.group()):
            return previous  # `房价涨幅回落到2.2%，在全国35个大中城市中列第30位`
        if head is not None:
            ranked = trim_indicator(head)
            rate = next((t for t in W.RATE_OF_GROWTH_TAILS if head.endswith(t)), "")
            if rate and not ranked.endswith(rate):
                ranked += rate  # `税收增幅居全省第1位`: the rank of the rate, not of the quantity
            if ranked in W.ATTRIBUTE_WORDS and previous and not previous.endswith(ranked):
                return previous + ranked  # `公共财政预算收入达到269亿元，…总量由全省第10位上升到第7位`
            return ranked if len(ranked) >= 2 else previous
    extended = _programme_extended(text, before, c, limit)
    if extended:
        return extended
    if _MILESTONE_AFTER.match(text, c.end):
        # `地区生产总值迈上9000亿元台阶`: the level the subject before passes
        passed = trim_indicator(before) if before else ""
        return passed if len(passed) >= 2 and passed not in _VERB else previous
    around = _named_around(text, before, c, limit)
    if around:
        return around
    if before.endswith("的") and c.base in W.COUNT_AFTER_CLAUSE_UNITS and text.startswith(W.MEASURE_NOUNS, c.end):
        after = _counted_after_phrase(text, c.end, limit, _family(c))
        purpose = _purpose_of(before[:-1]) if after in W.MEASURE_NOUNS else None
        if purpose:
            return purpose + "的" + after  # `促进消费的29项措施` -> 促进消费的措施
    capacity = _named_capacity(text, before, c, limit)
    if capacity:
        return capacity
    if before.endswith("等") or before.endswith(W.ENUMERATION_TAIL):
        after = _counted_after_phrase(text, c.end, limit, _family(c))
        if after and after not in W.RATE_NOUNS_AFTER:
            return after
        item = _words(before.rstrip("".join(W.ENUMERATION_TAIL)))
        if previous and item and not is_noun(item[-1]):
            return previous  # `收入5万元以上全覆盖、10万元以上达到80%`: the predicate of the item before
    second = _SECOND_COUNT.match(text, c.end) if _family(c) in W.PREDICATE_FIRST_FAMILIES else None
    if second and _noun_follows(text, second.end()) and not _noun_ends(before):
        # `1697户6188名建档立卡贫困户`: households and people of the noun after both counts
        after = _counted_after_phrase(text, second.end(), limit, _family(c))
        if len(after) >= 2:
            return after
    if c.base in W.COUNT_ATTRIBUTE_UNITS and _NAMED_LIST_BEFORE.search(before) and _object_follows(text, c.end):
        # `城口、巫溪、酉阳、彭水4个县`: the names listed are examples of what the count counts
        after = _counted_after_phrase(text, c.end, limit, _family(c))
        if len(after) >= 2:
            return after
    for_people = _FOR_PEOPLE.search(before) if _family(c) in W.PREDICATE_FIRST_FAMILIES else None
    if for_people and _QUALIFIER_AFTER.sub("", text[c.end : c.end + 3])[:1] == "的":
        # `解决了253万人的饮水安全问题`: what was done for them
        done = _counted_after_phrase(text, c.end, limit, None)
        if len(done) >= 2:
            return for_people.group("verb") + done
    bare = _TIME_PHRASE.sub("", before) if before and c.unit else ""
    scope = _words(bare)[-1:] if bare.endswith(W.SCOPE_NOUNS) else []  # (a tokenizing only where it can be one)
    if scope and scope[0] in W.SCOPE_NOUNS and _object_follows(text, c.end):
        # `完成农村5.8万座户厕改造`: the place, then what is counted there
        after = _counted_after_phrase(text, c.end, limit, _family(c))
        if len(after) >= 2:
            return scope[0] + after
    purpose = _purpose_after(text, c, limit, before) if _family(c) in W.FUND_FAMILIES else None
    if purpose:
        return purpose
    grant = _grant(text, c, limit, sent_start) if _family(c) in W.FUND_FAMILIES and sent_start is not None else None
    if grant:
        return grant
    if _counted_after(before, c, text[c.end : c.end + 4], text[c.end : c.end + 16]):
        fund = _FUND_AFTER.match(text[c.end : min(limit, c.end + 16)]) if _family(c) in W.FUND_FAMILIES else None
        if fund and len(fund.group()) >= 2:
            return fund.group()  # `发行1400亿元长期建设国债`: the fund as written (建设 is inside its name)
        after = _counted_after_phrase(text, c.end, limit, _family(c))
        job = next((v for v in W.JOB_VERBS if before.endswith(v)), None) if after == "就业" else None
        if job:
            return job + after  # `稳定10万人就业` -> 稳定就业
        if len(after) >= 2 or after in W.SINGLE_CHAR_NOUNS:
            return after
    trimmed = trim_indicator(before, keep_relative=c.base in W.COUNT_ATTRIBUTE_UNITS) if before else ""
    share_of = _SHARE_OF_WHOLE.fullmatch(before) if previous and c.base == "%" else None
    if share_of and previous:
        # `文化服务中心11559个，占全省行政村的72%`: the share the figure before has of the whole
        whole = share_of.group("whole")
        total = next((t for t in W.TOTAL_ATTRIBUTES if previous.endswith(t) and len(previous) > len(t) + 1), "")
        previous = previous[: -len(total)] if total else previous  # `高标准农田…总面积…，占耕地比重…`: the fields'
        if share_of.group("head"):
            return previous + "占" + whole + share_of.group("head")  # `占国内生产总值的比重从0.64%…`: as written
        return previous + "占" + whole + ("" if whole.endswith(W.SHARE_HEADS) else "比重")
    if trimmed == "人均" and previous and previous.endswith(W.PER_CAPITA_AGGREGATES):
        return "人均" + _PER_CAPITA_SCOPE.sub("", previous)  # `生产总值…，人均达到20096元`
    if trimmed in W.ATTRIBUTE_WORDS and previous and not previous.endswith(trimmed):
        if trimmed in W.TOTAL_ATTRIBUTES:
            # `新增运营里程30公里，总里程达909公里` -> 运营总里程: the total of what was added
            owner = _NEW_BEFORE.sub("", previous)
            return owner.removesuffix(trimmed[1:]) + trimmed if len(owner) > len(trimmed) else previous + trimmed
        return previous + trimmed
    item_verb = _LEAD_PREFIX.sub("", _QUALIFIER_OPENING.sub("", before).strip("、，,和及与 "))
    item_verb = _LEVEL_REACH_TAIL.sub("", item_verb) if _CLASS_LEVEL.match(item_verb) else item_verb  # `省级突破50家`
    level = _CLASS_LEVEL.match(previous) if previous and _CLASS_LEVEL.fullmatch(item_verb) else None
    if level and len(previous) - level.end() >= 2:  # type: ignore[arg-type]
        return item_verb + previous[level.end() :]  # type: ignore[index]  # `…产业园10家、省级119家`
    stage = item_verb in W.PROJECT_STAGES and bool(previous) and previous.endswith("项目")  # type: ignore[union-attr]
    listed = item_verb in W.LIST_ITEM_VERBS or bool(_TRAILING_ITEM_VERB.fullmatch(item_verb))  # (`新开工`)
    if previous and (listed or stage) and not _object_follows(text, c.end):
        # `新增市场主体27.67万户、注销13.59万户`: the verb of this item, the noun of the one before
        noun = _LEADING_VERBS.sub("", previous)
        if len(noun) < 2 or noun in W.LIST_ITEM_VERBS:
            return item_verb  # `基本建成500万套，新开工700万套`: the item before named its verb alone too
        if _family(c) in W.PREDICATE_FIRST_FAMILIES and W.PLANNED_MARK not in item_verb:
            # `重大项目计划投资75亿元，其中新开工28项`: the projects are counted, not their investment
            attribute = next((a for a in _ATTRIBUTES_LONGEST_FIRST if noun.endswith(a)), "")
            if attribute:
                owner = noun[: -len(attribute)].removesuffix(W.PLANNED_MARK)
                return item_verb + owner if owner.endswith(W.PROJECT_WORDS) else item_verb
        closing = _TRAILING_ITEM_VERBS.search(noun)
        if closing and closing.group() in W.PREDICATE_NOT_ALONE and item_verb not in W.PREDICATE_NOT_ALONE:
            return item_verb  # `…实施旧住房综合改造13.9万套，基本建成11.3万套`: a process named, not a stage
        if closing and closing.start() >= 2:
            return noun[: closing.start()] + item_verb  # `…综合整治新开工300个、完工100个`: the verb closes it
        if len(noun) >= 2:
            return item_verb + noun
    if (
        trimmed
        and not _COMPARISON_ONLY.match(trimmed)
        and not _PER_HEAD_ONLY.fullmatch(trimmed)
        and trimmed not in _VERB
        and (len(trimmed) >= 2 or trimmed in W.SINGLE_CHAR_NOUNS)
    ):
        return trimmed
    comparison = bool(before) and bool(_COMPARISON_ONLY.match(trim_indicator(before) or before))
    if comparison:
        return previous
    if _QUALIFIER_AFTER.sub("", text[c.end : c.end + 4])[:1] in W.LIST_SEPARATOR_CHARS:
        # not across `、` to the next item (`年均增长8.3%、居全省第1位`), unless the next item is a count
        # in the same unit whose noun both count (`提升53条、新打造10条市级沟域生态经济示范带`)
        parallel = _PARALLEL_COUNT.match(text, c.end)
        if parallel and c.unit and text.startswith(c.unit, parallel.end()):
            after = _counted_after_phrase(text, parallel.end() + len(c.unit), limit, _family(c))
            if len(after) >= 2:
                return after
    elif not _NOT_AN_OBJECT_AFTER.match(text, c.end):
        after = _counted_after_phrase(text, c.end, limit, _family(c))
        if after and len(after) >= 1:
            return after
    return previous


def _purpose_after(text: str, c: Candidate, limit: int, before: str) -> str | None:
    """`中央财政安排51亿元，用于支持地方加强公共卫生服务` -> 公共卫生服务: what a granted sum is for."""
    qualifier = _QUALIFIER_AFTER.match(text[c.end : c.end + 4])
    found = _PURPOSE_AFTER.match(text, c.end + (qualifier.end() if qualifier else 0), limit)
    if not found:
        return None
    words = _words(_TIME_PHRASE.sub("", before))  # (after the cheap test: most sums name no purpose)
    if words and words[-1] not in W.FUNDING_VERBS and words[-1] not in W.PURPOSE_SUM_OPENERS:
        return None
    if any(_DIGIT.search(q.group()) for q in _QUOTED.finditer(found.group("purpose"))):
        return None  # `农村“5+3”工程建设`: a number inside a name
    purpose = _PURPOSE_COUNT.sub("", found.group("purpose"))  # `支持500余处文化遗产保护利用`
    if _DIGIT.search(purpose):
        return None
    name = trim_indicator(purpose)
    return name if len(name) >= 2 else None


def _programme_extended(text: str, before: str, c: Candidate, limit: int) -> str | None:
    """`城镇居民基本医疗保险试点要扩大到全国50%以上的城市` -> 城镇居民基本医疗保险试点城市: the places a
    programme is extended to, named with it."""
    family = _family(c)
    if family not in W.PROGRAMME_PLACE_FAMILIES + W.RATE_FAMILIES or not any(
        v in before for v in W.PROGRAMME_EXTENDED_KEYS
    ):
        return None
    found = _PROGRAMME_EXTENDED.fullmatch(before)
    if not found:
        return None
    end = c.end
    if family in W.RATE_FAMILIES:
        # `全国86%的县`: a share of the places, named after its 的 (but a range named is what the share is of:
        # `将免费孕前优生健康检查试点范围扩大到60%的县（市、区）` -> …试点范围, as gov2012's annotator reads it)
        share_of = _SHARE_OF_PLACES.match(text, c.end)
        if not share_of or any(w in before for w in W.RANGE_WORDS):
            return None
        end = share_of.end()
    places = _counted_after_phrase(text, end, limit, None)
    programme = trim_indicator(found.group("programme"))
    if len(programme) < 2 or not places or _DIGIT.search(places) or places in programme or programme in W.RANGE_WORDS:
        return None  # (`厦门港由8个港区扩大到12个港区`: the places grow, no programme named)
    return programme + places


def _grant(text: str, c: Candidate, limit: int, sent_start: int) -> str | None:
    """`对1320名残疾人专职委员给予每人每月1100元补贴` -> 残疾人专职委员补贴: a grant named after its sum, given
    to whom `对…` names before it."""
    named = _GRANT_AFTER.match(text, c.end, limit)
    if not named:
        return None
    recipient = _grant_recipient(text, sent_start, c.num_start)
    return recipient + named.group("grant") if recipient else None


def _grant_recipient(text: str, sent_start: int, upto: int) -> str | None:
    """Who a grant is given to, from `对…给予` before its sum: the head after a relative clause's 的, before
    how it is counted (`按每生每年`), after a count of them (`1320名`)."""
    found = _GRANT_RECIPIENT.search(text, max(sent_start, upto - W.GRANT_RECIPIENT_REACH), upto)
    if not found:
        return None
    who = found.group("who").rsplit("的", 1)[-1]
    who = _GRANT_RECIPIENT_CUT.split(who, 1)[0]
    who = trim_indicator(_GRANT_RECIPIENT_COUNT.split(who)[-1])
    return who if 2 <= len(who) <= W.GRANT_RECIPIENT_MAX_CHARS else None


def _purpose_of(clause: str) -> str | None:
    """What measures are for, from the clause before their 的: after its last break or 关于/对, without
    the verbs that introduce them (`出台实施促进消费` -> 促进消费)."""
    what = _PURPOSE_CUT.split(clause)[-1]
    words = _words(what)
    while words and (words[0] in W.PURPOSE_INTRO_VERBS or words[0] in _LEAD):
        words.pop(0)
    what = "".join(words)
    return what if 2 <= len(what) <= W.PURPOSE_MAX_CHARS else None


def _other_place(before: str, previous: str) -> str | None:
    """The quantity named before, for the other place of a pair, when the clause names only that place."""
    if not before.startswith(_PLACE_WORDS) or len(before) > W.PLACE_CLAUSE_MAX_CHARS:
        return None  # (most clauses: a quick test before reading words)
    words = _words(before)
    if not words or words[0] in _TAIL:
        return None
    place = words[0]
    if not all(w in _TAIL for w in words[1:]):
        return None
    for a, b in W.PLACE_PAIRS:
        for mine, other in ((a, b), (b, a)):
            if place == mine and previous.startswith(other) and len(previous) > len(other):
                return mine + previous[len(other) :]
    return None


def _named_around(text: str, before: str, c: Candidate, limit: int) -> str | None:
    """The indicator when a name stands around the number: an attribute of what follows (`投资300亿元的
    万达文化旅游城`), a share that goes to a use (`全部财力的79%用于改善民生`), a threshold carried by the
    counted noun (`18个投资50亿元以上项目`), an attribute of the whole batch (`161个、总投资…的重大项目`)."""
    named = _named_attribute(text, before, c, limit)
    if named:
        return named
    sized = _sized_thing(text, before, c, limit)
    if sized:
        return sized
    used = _SHARE_USED_FOR.match(text, c.end) if c.base == "%" and before.endswith("的") else None
    if used:
        whole = trim_indicator(before[:-1])
        if len(whole) >= 2:
            return whole + used.group("verb") + used.group("use")
    threshold = _COUNT_THRESHOLD_AFTER.match(text, c.end) if c.base in W.COUNT_THRESHOLD_UNITS else None
    if threshold:
        counted = trim_indicator(_phrase_after(text, threshold.end(), limit))
        if len(counted) >= 2:
            return counted if threshold.group("de") else threshold.group("threshold") + counted
    attribute = _COUNT_ATTRIBUTE_AFTER.match(text, c.end) if c.base in W.COUNT_ATTRIBUTE_UNITS else None
    if attribute:
        counted = trim_indicator(_phrase_after(text, attribute.end(), limit))
        if len(counted) >= 2:
            return counted
    return None


def _sized_thing(text: str, before: str, c: Candidate, limit: int) -> str | None:
    """`组建全省首家100亿元的浦银中建城市运营发展基金`: the sum is the size of the thing named after 的."""
    if _family(c) not in W.SIZED_THING_FAMILIES:
        return None
    de = _NAMED_AFTER.match(text, c.end)
    if de is None or _BATCH_COUNT_AFTER_DE.match(text, de.end()):
        return None
    if not before.endswith(W.SIZED_THING_OPENERS) and any(is_noun(w) or w in W.COPULAS for w in _words(before)):
        return None  # `总规模为830亿元的…基金`: the words before name what the sum is
    name = trim_indicator(_phrase_after(text, de.end(), limit))
    return name if len(name) >= 2 and name.endswith(W.NAME_HEADS) else None


def _named_attribute(text: str, before: str, c: Candidate, limit: int) -> str | None:
    """`投资300亿元的万达文化旅游城`: the number is an attribute of what the `的` introduces, so the
    indicator is that name with the attribute (`万达文化旅游城投资`). A count after the `的`
    (`总投资55.8亿元的42个项目`) leaves the attribute alone: it is the whole batch's."""
    attr = None
    for m in _NAMED_ATTRIBUTE.finditer(before):
        attr = m  # the last attribute that only qualifiers separate from the number
    if attr is None:
        return None
    counted = _COUNT_BEFORE_THRESHOLD.search(text, max(0, c.num_start - 40), c.num_start - (len(before) - attr.start()))
    # `18个投资50亿元以上项目`: after a count the threshold needs no `的`
    de = _NAMED_AFTER.match(text, c.end) or (_THRESHOLD_TAIL.match(text, c.end) if counted else None)
    if not de:
        return None
    if not counted and attr.start() > 0 and before[attr.start() - 1] not in W.NAMED_ATTRIBUTE_OPENERS:
        if not _is_boundary(before, attr.start()):
            return None
    if _BATCH_COUNT_AFTER_DE.match(text, de.end()):
        return None
    name = trim_indicator(_phrase_after(text, de.end(), limit))
    if len(name) < 2:
        return None
    return name + attr.group()


def _is_boundary(before: str, pos: int) -> bool:
    """True when a word ends at `pos` of `before` (the attribute is a word of its own, not the
    tail of a longer one: `总投资` in `计划总投资` is fine, `资` of `融资` is not)."""
    n = 0
    for t in _words(before):
        n += len(t)
        if n == pos:
            return True
        if n > pos:
            return False
    return False


_LIST_GAP = regex.compile(W.LIST_GAP)
_LIST_HEADS_LONGEST_FIRST = sorted(W.LIST_HEAD_NOUNS, key=len, reverse=True)
_INDUSTRY = W.SHARED_INDUSTRY_WORD
_PER_UNIT = regex.compile(W.LIST_SHARED_PER_UNIT)
_LIST_ITEM_SEPARATORS = regex.compile(W.LIST_ITEM_SEPARATORS)
_PAIRED = sorted(W.PAIRED_WORDS.items(), key=lambda kv: -len(kv[0]))
_LIST_CLASS_NAME = regex.compile(W.LIST_CLASS_NAME)


def list_items(phrase: str, n: int) -> list[str] | None:
    """The n items an indicator phrase names, in order, or None when it does not name n.

    `城乡居民人均可支配收入` (2) -> 城镇…, 农村…; `对东盟、欧盟及“一带一路”沿线国家进出口` (3) ->
    对东盟进出口, 对欧盟进出口, 对“一带一路”沿线国家进出口."""
    if W.LIST_CLASS_KEY in phrase:
        phrase = _LIST_CLASS_NAME.sub("", phrase)  # `…装备制造四大主导产业主营业务收入`
    if "产" in phrase:
        for run, sectors in _SECTOR_RUNS:
            found = run.search(phrase) if len(sectors) == n else None
            if found:
                return [phrase[: found.start()] + item + phrase[found.end() :] for item in sectors]
    if n == 2:
        for word, (a, b) in _PAIRED:
            if word in phrase and _LIST_ITEM_SEPARATORS.search(word):
                return [phrase.replace(word, a, 1), phrase.replace(word, b, 1)]
    run = next((r for r in W.CHARACTER_RUNS if len(r) == n and r in phrase), None)
    if run:
        return [phrase.replace(run, ch, 1) for ch in run]  # `牛羊猪饲养量` -> 牛饲养量, 羊…, 猪…
    masked = _QUOTED.sub(lambda m: "＿" * len(m.group()), phrase)
    cuts = [m.span() for m in _LIST_ITEM_SEPARATORS.finditer(masked)]
    if len(cuts) > n - 1 and sum(masked[a:b] == "、" for a, b in cuts) == n - 1:
        # `中央和省级环保督察反馈问题整改销号率、信访案件办结率`: 、 parts the items, 和 joins within one
        cuts = [(a, b) for a, b in cuts if masked[a:b] == "、"]
    if len(cuts) == n - 1 and n >= 2:
        bounds = [0] + [x for span in cuts for x in span] + [len(phrase)]
        items = [phrase[bounds[2 * k] : bounds[2 * k + 1]] for k in range(n)]
        if all(items):
            return _share_list_parts(items)
    if n == 2:
        for word, (a, b) in _PAIRED:
            if word in phrase:
                return [phrase.replace(word, a, 1), phrase.replace(word, b, 1)]
    if len(cuts) == n - 2 and n >= 3:
        # `地区生产总值、城乡居民人均可支配收入分别完成…、…、…`: one item names two (城镇…, 农村…)
        bounds = [0] + [x for span in cuts for x in span] + [len(phrase)]
        items = [phrase[bounds[2 * k] : bounds[2 * k + 1]] for k in range(n - 1)]
        for k, item in enumerate(items):
            pair = list_items(item, 2) if any(w in item for w, _ in _PAIRED) else None
            if pair:
                return items[:k] + pair + items[k + 1 :]
    return None


def _share_list_parts(items: list[str]) -> list[str]:
    """Give every item the preposition of the first and the head noun of the last."""
    verbal = _verb_list_items(items)
    if verbal:
        return verbal
    last = items[-1]
    ordinal = "第" if items[0].startswith("第") and len(items[0]) == 2 else ""
    numerals = [i.removeprefix(ordinal) for i in items]
    if numerals[-1][:1] in CHINESE_NUMERAL_CHARS and all(
        len(i) == 1 and i in CHINESE_NUMERAL_CHARS for i in numerals[:-1]
    ):
        # `一、二、三产业增加值`, `第一、二、三产业增加值占…比重`, `第一、第二和第三产业…`
        return [ordinal + i[:1] + numerals[-1][1:] for i in numerals]
    parallel = _population_or_level_items(items) or _parallel_items(items) or _shared_head_items(items)
    if parallel:
        return parallel
    owned = _share_owner(items)
    if owned:
        return owned
    head = (
        _shared_share_tail(last)
        or _after_quoted_name(items)
        or next((h for h in W.TREATMENT_HEADS if last.endswith(h) and items[0].endswith(W.TREATED_WASTES)), None)
        or next((h for h in _LIST_HEADS_LONGEST_FIRST if last.endswith(h) and len(last) > len(h)), None)
    )
    if head is None:
        tokens = _words(last)
        head = tokens[-1] if len(tokens) >= 2 and tokens[-1] not in "）)" else None  # (not `）` of `（不含农户）`)
    first_prep = next((p for p in W.LIST_SHARED_PREPOSITIONS if items[0].startswith(p)), "")
    per_unit = _PER_UNIT.match(items[0])
    # `每万元工业产值的能源和电力消耗`: what the first item names before its 的 belongs to every item
    owner = (
        items[0][: items[0].index("的") + 1] if "的" in items[0][1:-1] and not any("的" in i for i in items[1:]) else ""
    )
    out = []
    attribute = head[: head.find(W.SHARE_VERB)] if head and W.SHARE_VERB in head else ""
    for k, item in enumerate(items):
        if (
            k < len(items) - 1
            and head
            and attribute
            and (
                item.endswith(attribute)
                or attribute.startswith(_INDUSTRY)
                and item.endswith(attribute[len(_INDUSTRY) :])
            )
        ):
            # `战略性新兴产业增加值、数字经济核心产业增加值占GDP比重`: the item names its attribute, the
            # whole is shared (a known quantity too: a share of it is another)
            item = item + head[len(attribute) :]
        elif (
            k < len(items) - 1
            and head
            and not item.endswith(head)
            and not item.endswith(W.LIST_ITEM_WHOLE_ENDINGS)
            and not (
                head.startswith(_INDUSTRY) and item.endswith(W.LIST_HEAD_NOUNS)
            )  # (`新能源产业产值、…产业营业收入`)
            and len(item) - (len(owner) if item.startswith(owner) else 0) < len(last)
            and not indicator_code(item)
        ):
            # (`集成电路、生命健康产业规模`: 产业 is shared too, unless the item is an industry already)
            item = item + (
                head[len(_INDUSTRY) :] if head.startswith(_INDUSTRY) and item.endswith(_INDUSTRY[-1]) else head
            )
        if first_prep and not item.startswith(first_prep):
            item = first_prep + item
        if per_unit and not item.startswith(W.PER_UNIT_OPENINGS):
            item = per_unit.group() + item  # `单位生产总值能耗和二氧化碳排放` -> 单位生产总值二氧化碳排放
        if owner and not item.startswith(owner):
            item = owner + item
        out.append(item)
    return out


def _population_or_level_items(items: list[str]) -> list[str] | None:
    """`城镇居民和农民人均收入` -> 城镇居民人均收入, 农民人均收入: items naming populations (POPULATION_NOUNS)
    or levels (`国家级、省级企业技术中心`, LEVEL_ONLY) share what the last says after its own."""
    last = items[-1]
    level = _LEVEL_ONLY.match(last)
    if level and all(_LEVEL_ONLY.fullmatch(i) for i in items[:-1]):
        own: str | None = level.group()
    elif all(i in W.POPULATION_NOUNS for i in items[:-1]):
        own = next((p for p in _POPULATIONS if last.startswith(p)), None)
    else:
        return None
    if own is None or len(last) - len(own) < 2:
        return None
    return [i + last[len(own) :] for i in items[:-1]] + [last]


def _parallel_items(items: list[str]) -> list[str] | None:
    """`城镇、农村居民人均可支配收入` -> 城镇居民人均可支配收入, …: items of one word that parallel the
    first word of the last item (same length: 城镇/农村, 广播/电视, 存款/贷款) share all it says after it."""
    size = len(items[0])
    first, rest = items[-1][:size], items[-1][size:]
    if len(rest) < 2 or not all(len(i) == size for i in items[:-1]):
        return None
    opening = _words(items[-1])[0]
    if len(opening) != size and opening != items[-1] or rest[0] == items[0][-1]:
        return None  # `煤炭、天然气产量`: 天然 is no word of the last item; `国家级、自治区级…`
    words = (*items[:-1], first)
    if not all(_words(w) == [w] and w not in _VERB and w not in _LEAD for w in words) or _words(rest)[0] in _VERB:
        return None
    shared = _words(rest)[0]
    # (`新兴产业、高新技术产业产值…`: an item that already ends with the shared word takes it once)
    return [i + (rest[len(shared) :] if i.endswith(shared) else rest) for i in items[:-1]] + [items[-1]]


def _shared_head_items(items: list[str]) -> list[str] | None:
    """`发明专利申请量和授权量` -> 发明专利申请量, 发明专利授权量: items of one word that parallel the last
    word of the first item (same length and last character: 申请量/授权量) share all it says before it."""
    first = items[0]
    tail = _words(first)[-1]
    size = len(items[1])
    if len(tail) < 2 and size > len(tail) and first[-1] == items[1][-1] and tag_of(first[-size:-1]) == "v":
        tail = first[-size:]  # `专利申请|量和授权量`: the tail as long as the items after it (a verb's count)
    elif size == len(tail) + 1 and all(i.endswith(W.COUNT_NOUN_ENDINGS) for i in items[1:]):
        # `发明专利申请和授权量`: the measure word closes the list, each item takes it
        first, tail = first + items[1][-1], tail + items[1][-1]
    lead = first[: -len(tail)]
    if len(lead) < 2 or len(tail) < 2:
        return None
    if not all(len(i) == len(tail) and i[-1] == tail[-1] and _words(i) == [i] for i in items[1:]):
        return None
    return [first] + [lead + i for i in items[1:]]


def _share_owner(items: list[str]) -> list[str] | None:
    """`规模以上工业总产值、增加值分别…`, `…工业增加值和实现利税分别…`: attributes listed after the first
    item's share its owner (a verb before one is no part of it)."""
    owner = _owner_of(items[0]) if items[0].endswith(W.OWNED_ATTRIBUTES) else ""
    rest = [i if i in W.OWNED_ATTRIBUTES else _LEADING_VERBS.sub("", i) for i in items[1:]]  # (not 增加|值)
    if owner and all(i in W.OWNED_ATTRIBUTES for i in rest):
        return [items[0]] + [owner + i for i in rest]
    return None


def _after_quoted_name(items: list[str]) -> str | None:
    """`农村“五保”、城镇“三无”人员集中供养率`: items that end on a quoted name share what the last item says
    after its own (人员集中供养率), not only its last word."""
    last = items[-1]
    close = last.rfind("”")
    if close < 0 or close == len(last) - 1 or not all(i.endswith("”") for i in items[:-1]):
        return None
    return last[close + 1 :]


def _shared_share_tail(last: str) -> str | None:
    """`高新技术产业、装备制造业增加值占规上工业比重`: every item is a share of the same whole, so the
    items share the tail from the attribute before 占 (`增加值占规上工业比重`), not only `比重`."""
    at = last.find(W.SHARE_VERB, 1)
    if at < 0 or not last.endswith(W.SHARE_HEADS):
        return None
    attribute = next((h for h in _LIST_HEADS_LONGEST_FIRST if last.endswith(h, 0, at) and at > len(h)), "")
    return last[at - len(attribute) :]


def _verb_list_items(parts: list[str]) -> list[str] | None:
    """`新开工、竣工亿元以上产业项目分别突破360个和300个`: items that are only verbs share the noun of
    the last item, and each keeps its verb, which tells the figures apart."""
    verbs = [_ending_verb(p.strip()) for p in parts[:-1]]
    if not verbs or not all(verbs):
        return None
    last_verb = _leading_verb(parts[-1])
    if not last_verb:
        return None
    noun = trim_indicator(parts[-1][len(last_verb) :])
    if len(noun) < 2 or not parts[-1].startswith(last_verb + noun):
        return None
    return [v + noun for v in verbs] + [last_verb + noun]  # type: ignore[operator]


def _leading_verb(part: str) -> str | None:
    """The verb opening the last item (`竣工亿元以上产业项目` -> 竣工, `新投产亿元以上项目` -> 新投产)."""
    return next((part[:n] for n in range(min(4, len(part) - 2), 0, -1) if _is_item_verb(part[:n])), None)


def _ending_verb(part: str) -> str | None:
    """The verb a list item ends in (`每县新开工` -> 新开工, `新增开工` -> 开工), if it is only that."""
    return next((part[-n:] for n in range(min(4, len(part)), 0, -1) if _is_item_verb(part[-n:])), None)


def _is_item_verb(word: str) -> bool:
    """A verb a list item may be (`竣工`), with 新/再 before it (`新投产`); no separator."""
    bare = word[1:] if len(word) > 1 and word[0] in W.VERB_PREFIXES else word
    return (bare in _VERB or bare in _LEAD or bare in W.LIST_ITEM_VERBS) and word not in W.LIST_SEPARATOR_CHARS


def _ordinal_start(text: str, c: Candidate) -> int:
    """Where a listed number starts, its 第 included (`第4位和第6位`)."""
    return c.num_start - 1 if c.rank and text[c.num_start - 1 : c.num_start] == "第" else c.num_start


def _rate_of(indicator: str | None) -> str | None:
    """The name of an indicator's growth rate (`一季度GDP` -> 一季度GDP增速), for a rank of it."""
    if not indicator:
        return None
    return indicator if indicator.endswith(W.GROWTH_INDICATOR_TAILS) else indicator + W.RATE_SUFFIX


def split_lists(text: str, found: list[tuple[Candidate, dict[str, Any]]]) -> None:
    """Numbers listed after one indicator phrase each get their own item of it."""
    i = 0
    while i < len(found):
        j = i
        while (
            j + 1 < len(found)
            and found[j + 1][1]["indicator"] == found[i][1]["indicator"]
            and _LIST_GAP.fullmatch(text, found[j][0].end, _ordinal_start(text, found[j + 1][0]))
        ):
            j += 1
        phrase = found[i][1]["indicator"]
        items = None
        n = j - i + 1
        if found[i][0].rank and j > i and i >= n and all(found[i - n + k][1]["measure"] == "growth" for k in range(n)):
            # `分别增长4.8%和6.5%，分别居全省第4位和第6位`: rank k is of the growth rate k
            if "分别" in text[found[i - 1][0].end : found[i][0].num_start]:
                rates = [_rate_of(found[i - n + k][1]["indicator"]) for k in range(n)]
                items = [r for r in rates if r] if all(rates) else None
        if items is None and phrase and j > i:
            # a list may reach past the indicator window: read it from its clause's start
            c0 = found[i][0]
            lo = max(text.rfind("\n", 0, c0.num_start) + 1, c0.num_start - W.LIST_WINDOW)
            brk = max((m.end() for m in _CLAUSE_BREAK.finditer(text, lo, c0.num_start)), default=lo)
            whole = trim_indicator(text[brk : c0.num_start])
            items = list_items(whole if whole.endswith(phrase) else phrase, j - i + 1)
            n = j - i + 1
            respective = (
                _RESPECTIVE_ATTRIBUTE.search(text[brk : c0.num_start]) if "分别" in text[brk : c0.num_start] else None
            )
            if respective:
                # `交通、水利分别完成投资2500亿元、800亿元`: the attribute after 分别 is each item's
                named = list_items(trim_indicator(_ITEM_COUNTS.sub("", text[brk : brk + respective.start()])), n)
                attribute = respective.group("attribute")
                items = [x if x.endswith(attribute) else x + attribute for x in named] if named else items
            if items is None:
                # `完成工业增加值和实现利税分别增长…`: each item with its own verb, trimmed alone
                parts = _LIST_ITEM_SEPARATORS.split(_CALCULATION_BASIS.sub("", text[brk : c0.num_start]))
                # (a year is no number of the list: `1997年全省…和实现利税分别比1992年增长`)
                plain = len(parts) == n and not any(_DIGIT.search(_ANY_YEAR.sub("", p)) for p in parts)
                trimmed = [trim_indicator(p) for p in parts] if plain else []
                items = trimmed if trimmed and all(len(t) >= 2 for t in trimmed) and len(set(trimmed)) == n else None
                items = (_share_owner(items) or items) if items else None
                if items is None and len(parts) == n:
                    items = _verb_list_items(parts)
            gap = text[found[i - 1][0].end : c0.num_start] if i else ""
            if (
                items is None
                and i >= n
                and (
                    "分别" in gap
                    or _COMPARED_TO_EACH.match(gap)
                    and "分别" in text[max(0, found[i - n][0].start - W.RESPECTIVE_REACH) : found[i - n][0].start]
                )
            ):
                # `接待游客5380万人次，旅游总消费达626亿元，分别增长20%、21%`: one per figure before
                items = [found[i - n + k][1]["indicator"] for k in range(n)]
                items = items if all(items) and len(set(items)) == n else None
        for k, item in enumerate(items or []):
            row = found[i + k][1]
            row["indicator"], row["indicator_code"] = item, indicator_code(item)
            if (
                k
                and row["measure"] == "growth"
                and item.endswith(W.SHARE_HEADS)
                and not item.endswith(W.GROWTH_INDICATOR_TAILS)
            ):
                row["measure"] = "share"  # `CPI、城镇调查失业率分别控制在3.5%和5.5%以内`: a rate is a level
        i = j + 1


def share_level_nouns(text: str, found: list[tuple[Candidate, dict[str, Any]]]) -> None:
    """`2个国家级、6个自治区级新型城镇化示范县`: a count whose words are only a level takes the noun of the
    count listed after it, at its own level (LEVEL_ONLY; about 300 such lists in the corpus)."""
    for k in range(len(found) - 2, -1, -1):
        (c, row), (nxt, nrow) = found[k], found[k + 1]
        if c.base != nxt.base or c.base is None or _family(c) not in W.PREDICATE_FIRST_FAMILIES:
            continue
        gap = _LEVEL_LISTED.fullmatch(text, c.end, nxt.num_start)
        after = _LEVEL_ONLY.match(text, nxt.end) if gap else None
        name = nrow["indicator"] or ""
        if not after or after.group() not in name:
            continue
        item = name.replace(after.group(), gap.group("level"), 1)
        row["indicator"], row["indicator_code"] = item, indicator_code(item)


def _owned(attribute: str, previous: str | None, text: str, part_start: int, clause_start: int, upto: int) -> str:
    """A bare attribute (`增加值`, `总投资`, `收益`) is the attribute of what the sentence speaks of:
    the subject of the clause before (`建筑业快速发展，增加值增长14.6%` -> 建筑业增加值). After a figure
    of the sentence (`实施重点项目22个、总投资…`) it stays bare: reports and readers differ on whether
    the batch just counted owns it."""
    if previous:
        # `省属企业实现营业总收入8950.5亿元、利润总额194.4亿元`: the owner of the attribute listed before
        clause = _TIME_PHRASE.sub("", _QUALIFIER_OPENING.sub("", text[clause_start:upto]).lstrip("，,"))
        # `…累计完成固定资产投资3620亿元，2013年实现主营业务收入1897亿元`: a clause that opens on the
        # verb shares the subject of the one before
        # (`…产值达到1800亿元，增加值达到550亿元`: a clause of the attribute and its verb alone, too)
        listed = clause.startswith(("、",) + W.REALIZATION_VERBS) or (
            clause.startswith(attribute) and trim_indicator(clause) == attribute
        )
        prefix = _owner_of(previous) if listed and "占" not in previous else ""  # (a share owns nothing)
        if prefix and attribute.startswith(prefix[-2:]):
            prefix = prefix[:-2]  # `商品房交易面积…，交易额…` -> 商品房交易额
        return prefix + attribute if prefix else attribute
    if clause_start > part_start:
        owner: str | None = sentence_subject(text, part_start, upto) or _subject_before_number(text, part_start, upto)
        harvest = _OWNER_PREDICATE_TAIL.sub("", owner) if owner else owner  # (`粮食稳产丰收，产量…`: 粮食's)
        if attribute in W.LISTED_OWNER_ONLY and not (harvest and indicator_code(harvest + attribute)):
            return attribute  # (unless owner and attribute make a known quantity: `全国粮食…，产量达到…`)
        fared = _FARED_TAIL.search(owner) if owner else None
        fared = fared if fared and fared.start() >= 2 else None
        if fared:
            owner = owner[: fared.start()]  # type: ignore[index]  # `国有…企业经济效益大幅度提高，实现利润…`
        topic = bool(owner and (_TOPIC_TAIL.search(owner) or fared))  # `产业升级方面，…`: a topic is a name
        owner = _OWNER_PREDICATE_TAIL.sub("", _TOPIC_TAIL.sub("", owner)) if owner else owner
        at = text.find(owner, part_start, upto) if owner else -1
        scope = next((w for w in W.OWNER_SCOPE_WORDS if text.endswith(w, part_start, at)), "") if at > 0 else ""
        at -= len(scope)
        if at > part_start and text[at - 1] not in W.LIST_SEPARATOR_CHARS + "：:，,；;。\n":
            owner = None  # `位于松山湖，总投资…`: a place the clause mentions, not its subject
        last = _words(owner)[-1:] if owner else []
        if (
            owner
            and not topic
            and ((tag_of(last[0]) or "").startswith(("v", "a", "d")) or _STATE_PREDICATE.search(owner))
        ):
            owner = None  # `经济效益有所改善，…`: a clause about a state, not the owner's name
        owner = (_owner_of(owner) or owner) if owner else owner  # `粮食种植面积、单产…，总产超298万吨`: 粮食's
        if owner and len(owner) <= W.OWNER_MAX_CHARS and owner != attribute and not owner.endswith(attribute):
            return owner + attribute
    return attribute


def _listed_next(text: str, after: int, c: Candidate, indicator: str) -> bool:
    """The clause of the figure opens on its indicator right after the figure before (`…、支出2903亿元`)."""
    listed = _LISTED_NEXT.match(text, after, c.num_start)
    return bool(listed) and text.startswith(indicator, listed.end())


def _sibling_owned(attribute: str, previous: str) -> str:
    """`收入1126亿元、支出2903亿元`: the owner of the sibling listed before owns this one too."""
    for sibling in _SIBLINGS[attribute]:
        if previous.endswith(sibling) and len(previous) > len(sibling):
            return previous[: -len(sibling)] + attribute
    return attribute


def _batch_owned(text: str, last: tuple[Candidate, dict[str, Any]] | None, c: Candidate, attribute: str) -> str:
    """The attribute of the batch counted just before (`签约项目613个、金额484亿元`), else bare."""
    if last is None or _family(last[0]) != "count" or not last[1]["indicator"]:
        return attribute
    owner = _NEW_BEFORE.sub("", last[1]["indicator"])  # (`新增…入库项目1100个、总投资…`: the batch, not its news)
    owner = next((owner[: -len(w)] for w in W.COUNT_WORDS if owner.endswith(w) and len(owner) > len(w) + 1), owner)
    start = last[0].end
    gap = _BATCH_ATTRIBUTE_GAP.match(text, start, c.num_start)
    said = None if gap else _SAID_AFTER_COUNT.match(text, start, c.num_start)
    if said and all(w in owner for w in _words(said.group())):
        # `349个项目开工建设，总投资…`: the predicate already read into the batch's name
        gap = _BATCH_ATTRIBUTE_GAP.match(text, said.end(), c.num_start)
    if gap is None or len(owner) > W.BATCH_OWNER_MAX_CHARS or owner.endswith(attribute):
        return attribute
    rest = text[gap.end() : c.num_start]
    if not rest.startswith(attribute) or _DIGIT.search(rest):
        return attribute
    return owner + attribute


def _owner_of(indicator: str) -> str:
    """What an indicator names before the longest owned quantity it ends with (`省属企业营业总收入` ->
    省属企业, `产业集聚区固定资产投资` -> 产业集聚区); empty when it is only a quantity or names
    things, not a quantity of them (`省、洛阳市重点项目`)."""
    for k in range(0, len(indicator) - 1):
        tail = indicator[k:]
        if tail.endswith(W.OWNED_ATTRIBUTES) and (tail in ALIASES or tail in W.OWNED_ATTRIBUTES):
            if k == 0 or indicator[:k].endswith(W.SECTOR_SCOPE_ENDINGS):
                # `规模以上工业增加值…、利润…`, `乡及乡以上工业增加值和实现利税`: a named quantity of a
                # sector still has the sector (and its scope) as owner
                owned = max((a for a in W.OWNED_ATTRIBUTES if tail.endswith(a)), key=len)
                sector = indicator[: -len(owned)]
                return sector if sector.endswith(W.OWNER_SECTORS) else ""
            owner = indicator[:k]
            # (`保持粮食播种面积`, `稳定粮食播种面积`: a verb is no owner)
            return "" if not any(is_noun(w) for w in _words(owner)) else owner
    return ""


_BATCH_ATTRIBUTE_GAP = regex.compile(W.BATCH_ATTRIBUTE_GAP)
_LEVEL_REACH_TAIL = regex.compile(W.LEVEL_REACH_TAIL)
_SAID_AFTER_COUNT = regex.compile(W.SAID_AFTER_COUNT)
_SIBLINGS: dict[str, list[str]] = {}
for _pair in W.SIBLING_ATTRIBUTES:
    for _a in _pair:
        _SIBLINGS.setdefault(_a, []).extend(b for b in _pair if b != _a)
# The clause right after a figure, opened by a separator (and a qualifier of the figure before).
_LISTED_NEXT = regex.compile(W.LISTED_NEXT)


def _subject_before_number(text: str, sent_start: int, upto: int) -> str | None:
    """The subject of the clause before, read up to its verb when the clause holds a number
    (`中欧班列实现每周9列常态化运行，出口货值增长31.2%` -> 中欧班列)."""
    brk = _CLAUSE_BREAK.search(text, sent_start, upto)
    if brk is None:
        return None
    clause = text[sent_start : brk.start()]
    digit = regex.search(r"\d", clause)
    if digit is None:
        return None
    verb = _REALIZATION_IN.search(clause, 0, digit.start())
    return _clause_subject(clause[: verb.start()]) if verb else None


def _topic_before_base(text: str, part_start: int, clause_start: int, c: Candidate) -> str | None:
    """`全国研究与试验开发经费，从1997年的509亿元增加到…`: a clause that is only a base names nothing; the
    clause before it, a noun phrase with no number, is what changed (the subject a verb inside it
    would otherwise cut short)."""
    if not _BASE_BEFORE.match(text, clause_start, c.num_start):
        return None
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(text, part_start, clause_start - 1)]
    topic = text[breaks[-1] if breaks else part_start : clause_start - 1]
    if not topic or _DIGIT.search(topic) or len(topic) > W.SUBJECT_MAX_CHARS:
        return None
    name = trim_indicator(topic)
    return name if len(name) >= 2 else None


def sentence_subject(text: str, sent_start: int, upto: int) -> str | None:
    """The noun phrase opening the clause before the number's, or the sentence's first clause, when
    that clause holds no number (`地区生产总值增速保持在合理区间，全年增长6.3%` -> 地区生产总值增速;
    `今年经济增长速度的宏观调控目标，定为百分之八至九` -> 经济增长速度): the figures after it are of it."""
    breaks = [m for m in _CLAUSE_BREAK.finditer(text, sent_start, upto)]
    if not breaks:
        return None
    if len(breaks) >= 2:
        subject = _clause_subject(text[breaks[-2].end() : breaks[-1].start()])
        if subject:
            return subject
    return _clause_subject(text[sent_start : breaks[0].start()])


def _clause_subject(clause: str) -> str | None:
    clause = _ANY_YEAR.sub("", _ENUMERATOR.sub("", clause))  # (`基本建设1979年…`: the year is when, not a number of it)
    if _DIGIT.search(clause) or len(clause) > W.SUBJECT_MAX_CHARS:
        return None
    if clause.endswith(W.SHARE_HEADS) and W.SHARE_VERB in clause:
        share = trim_indicator(clause)  # `…固定资产占投资的比重，由上年的74.3%提高到83.7%`: both sides
        words = _words(share)
        while len(words) > 1 and (words[0] in _VERB or (tag_of(words[0]) or "") == "v"):
            words.pop(0)  # `一是提高财政收入占GDP的比重，由13%提高到13.8%`: the verb opening the clause
        share = "".join(words)
        if len(share) >= 4:
            return share
    topic = _TOPIC_FRAME.fullmatch(clause)
    if topic:
        clause = topic.group("topic")  # `以钢的产量来说`: what the frame names
    tokens = _words(clause)
    while tokens and (tokens[0] in _LEAD or tokens[0] in _VERB or (tag_of(tokens[0]) or "").startswith("v")):
        tokens.pop(0)  # `提高孤儿基本生活最低养育标准…`: the verb opening the clause
    for k in range(len(tokens), 0, -1):
        if k < len(tokens) and "".join(tokens[:k]) in ALIASES:
            return "".join(tokens[:k])  # `地区生产总值连跨八千亿…台阶`: a named quantity, then what it did
    head: list[str] = []
    for i, t in enumerate(tokens):
        tag = tag_of(t) or ""
        if t == "的" and head and i + 1 < len(tokens) and all(is_noun(x) for x in tokens[i + 1 :]):
            head.extend(tokens[i:])  # `高等学校的毕业生`: 的 joins two nouns of one name
            break
        if t in _TAIL or t in _VERB or (tag.startswith(W.AFTER_STOP_TAGS) and not is_noun(t)):
            nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
            if t in W.NAME_INNER_ADVERBS and head and nxt and is_noun(nxt) and nxt not in _TAIL and nxt not in _VERB:
                head.append(t)  # `城镇职工基本养老保险`: an adverb before a noun is part of the name
                continue
            break
        head.append(t)
    subject = "".join(head)
    return subject if len(subject) >= 2 else None


# Every word of each table at once: one test tells whether the loop over the table can find any.
_COMPARATOR_AFTER_WORDS = tuple(w for w, _ in W.COMPARATOR_AFTER)
_COMPARATOR_BEFORE_WORDS = tuple(w for w, _ in W.COMPARATOR_BEFORE)


def comparator_of(text: str, c: Candidate, before: str) -> str:
    if c.rank and text[c.num_start - 1 : c.num_start] == U.TOP_RANK_BEFORE:
        return "<="  # `前100名`: within the first 100
    after = text[c.end : c.end + 4]
    if after.startswith(_COMPARATOR_AFTER_WORDS):
        for word, comp in W.COMPARATOR_AFTER:
            if after.startswith(word):
                return comp
    if c.inside:
        return W.COMPARATOR_INSIDE[c.inside]
    for word, comp in W.COMPARATOR_BEFORE if before.endswith(_COMPARATOR_BEFORE_WORDS) else ():
        if before.endswith(word):
            if len(word) == 1 and before.endswith(W.NOT_QUALIFIER_ENDINGS):
                continue  # `签约12个`: the character ends another word
            if word in W.CROSSING_WORDS and c.base in W.CROSSING_NOT_COUNTS:
                continue  # `跨越3个千亿台阶`: how many steps were crossed, counted exactly
            return comp
    return _list_comparator(text, c, before)


_LIST_QUALIFIER = regex.compile(W.LIST_QUALIFIER_BEFORE)
_BOUND_OF_WHOLE = regex.compile(W.BOUND_OF_WHOLE_BEFORE)
_CONTROL_BEFORE = regex.compile(W.CONTROL_FRAME_BEFORE)
_CONTROL_AFTER = regex.compile(W.CONTROL_FRAME_AFTER)
_COMPARATORS = dict(W.COMPARATOR_BEFORE + W.COMPARATOR_AFTER)


def _list_comparator(text: str, c: Candidate, before: str) -> str:
    """A qualifier of a whole list (`分别突破A和B`, `控制在A和B以内`) on an item that has none of its own."""
    wide = text[max(0, c.num_start - 40) : c.num_start]  # the items before this one, past their numbers
    m = _LIST_QUALIFIER.search(wide) or _BOUND_OF_WHOLE.search(before)
    if m and not (m.group("q") in W.CROSSING_WORDS and c.base in W.CROSSING_NOT_COUNTS):
        return _COMPARATORS[m.group("q")]
    if _CONTROL_BEFORE.search(wide):
        m = _CONTROL_AFTER.match(text[c.end : c.end + 24])
        if m:
            return _COMPARATORS[m.group("q")]
    return "="


_GROWTH_AFTER = regex.compile(W.GROWTH_AFTER)
_GROWTH_SPEED_AFTER = regex.compile(W.GROWTH_SPEED_AFTER)
_GROWTH_SPEED_LEAD = regex.compile(W.GROWTH_SPEED_LEAD)
_INCREMENT_AFTER_STOCK = regex.compile(W.INCREMENT_AFTER_STOCK_GAP)
_INCREMENT_CLOSES = regex.compile(W.INCREMENT_CLOSES_AFTER)
_CHANGE_LIST_LEAD = regex.compile(W.CHANGE_LIST_LEAD)


def _counted_object(indicator: str | None, before: str, after: str, predicate: str) -> bool:
    """The indicator is the noun after the unit and the verb before the number is a task done to it
    (`提升4所公办幼儿园`), not a change of a subject before the number (`净增800家…企业` stays a change)."""
    return (
        indicator is not None
        and indicator != ""
        and predicate.endswith(W.TASK_VERBS_BEFORE_COUNT)
        and indicator not in before
        and indicator in after[: len(indicator) + W.PARALLEL_COUNT_REACH]  # (past `、新打造10条`)
    )


def _list_change_verb(wide: str, indicator: str | None) -> str | None:
    """`减少贫困人口47528人、贫困村107个`: the change verb before a list of counts whose item this is
    (`wide`: the sentence up to the number)."""
    if not indicator or not wide.endswith(indicator) or indicator.endswith(W.CUT_AMOUNT_NAMES):
        return None
    m = _CHANGE_LIST_LEAD.search(wide[: -len(indicator)])
    return m.group("v") if m else None


def measure_of(c: Candidate, before: str, indicator: str | None, after: str = "", wide: str = "") -> str:
    if c.rank:
        return "rank"
    if c.base == "ratio" or (c.base == "倍" and (indicator or "").endswith(W.RATIO_NAMES)):
        return "ratio"
    if c.doubling or c.base == "倍":
        return "multiple"
    family = U.BASE_UNITS.get(c.base or "", (None, None))[1]
    predicate = _predicate(before, indicator)
    if family in ("points", "rank_change"):
        return "change"
    if family in W.RATE_FAMILIES:
        ind = indicator or ""
        if ind.endswith(W.LEVEL_RATE_NAMES) and not any(w in predicate for w in _GROWTH):
            return "share"  # `人口自然增长率控制在9.8‰以内`: a rate of the year, a level
        if ind.endswith(W.RATE_OF_GROWTH_TAILS):
            return "growth"  # `增速回升到5.8%`: the level of a rate of growth
        if _LEVEL_REACHED.search(predicate):
            return "share"
        if ind.endswith(W.GROWTH_INDICATOR_TAILS + W.FALL_WORDS) or any(w in predicate for w in _GROWTH):
            return "growth"
        if _GROWTH_AFTER.match(after):
            return "growth"
        if any(w in ind for w in W.PRICE_INDICATOR_WORDS) and c.value < W.INDEX_LEVEL_MIN:
            return "growth"
        if any(w in ind for w in W.GROWTH_INDICATOR_WORDS) and not ind.endswith(W.SHARE_INDICATOR_WORDS):
            return "growth"
        return "share"
    if (
        family == "area"
        and predicate.endswith(W.TASK_VERBS_BEFORE_AREA)
        and not (indicator or "").endswith(W.AREA_NAMES)
    ):
        return "amount"  # `森林质量提升10万亩`: the area the task covers
    if (
        predicate.endswith(_CHANGE_ENDINGS)
        and not predicate.endswith(W.BOUND_WORDS)
        and not _counted_object(indicator, before, after, predicate)
        and not (
            predicate.endswith(W.ADDED_COUNT_VERBS)
            and family in W.PREDICATE_FIRST_FAMILIES
            and _object_follows(after, 0)  # (`增加了34个开放口岸`: the noun counted follows the unit)
        )
    ):
        return "change"
    if _changed_by_verb(before, indicator) or _list_change_verb(wide, indicator):
        return "change"
    if family not in W.RATE_FAMILIES and "增量" in before and _BARE_INCREMENT.match(before):
        return "change"  # `增量达到448.2亿元`
    if indicator and indicator.endswith(W.STOCK_NAMES) and before.endswith(W.INCREMENT_WORDS):
        return "change"  # `金融机构贷款余额新增2000亿元`: a stock named, then what it gained
    if (
        family in W.INCREASE_CHANGE_FAMILIES
        and indicator
        and not indicator.startswith(W.INCREASE_VERBS_BEFORE)  # `增加值` is value added, no verb
        and _changed_by_verb(before, indicator, W.INCREASE_VERBS_BEFORE)
    ):
        return "change"  # `每年增加运力4000万吨`, `增加农业贷款172亿元` (but `增加学位3240个`: places added)
    return "amount"


def _changed_by_verb(before: str, indicator: str | None, verbs: tuple[str, ...] = W.CHANGE_VERBS_BEFORE) -> bool:
    """`减少贫困人口47528人`: a change verb stands right before the indicator."""
    if not indicator or not any(v in before for v in verbs):
        return False
    if indicator.endswith(W.CUT_AMOUNT_NAMES) and verbs is W.CHANGE_VERBS_BEFORE:
        return False  # `压减生铁产能284万吨`: the capacity removed
    if indicator not in before:
        # words dropped inside the indicator (`保证每年增加运力` -> 保证增加运力): its words after the verb
        k = max((indicator.rfind(v) + len(v) for v in verbs if v in indicator), default=-1)
        tail = indicator[k:] if k > 0 else ""
        if len(tail) < 2 or tail.startswith("值") or not before.endswith(tail):
            return False  # (`增加值` holds no verb)
        return _CHANGE_FILLER_END.sub("", before[: -len(tail)]).endswith(verbs)
    if _CHANGE_FILLER_START.sub("", indicator).startswith(verbs):
        return True  # a lexicon name holding the verb (`减少贫困人口`), or the verb read into it (`可压缩…投资`)
    lead = before[: before.rfind(indicator)]
    lead = _CHANGE_FILLER_END.sub("", lead)
    return lead.endswith(verbs)


def _predicate(before: str, indicator: str | None) -> str:
    """The words between the indicator and the number (`年均增速保持在`), `增加值` taken out."""
    if indicator and indicator in before:
        pred = before[before.rfind(indicator) + len(indicator) :]
    else:
        pred = before[-8:]
    pred = pred.replace("增加值", "") if "增加值" in pred else pred
    # `增产将近200亿公斤`: the qualifier is not the predicate
    for word in _QUALIFIERS_BEFORE if pred.endswith(_QUALIFIERS_BEFORE_WORDS) else ():
        if pred.endswith(word) and not pred.endswith(W.BOUND_WORDS):
            return pred[: -len(word)]
    return pred


def sign_of(measure: str, before: str, indicator: str | None = None, wide: str = "") -> int:
    if measure not in ("growth", "change"):
        return 1
    if before.endswith(W.MINUS_SIGNS) and _NEGATIVE_BEFORE.search(before):
        return -1  # `由一季度的-5.6%`
    if _changed_by_verb(before, indicator):
        ind = indicator or ""
        lead = before[: before.rfind(ind)] if ind in before else before
        lead += _CHANGE_FILLER_START.sub("", ind)[:2]
        return -1 if any(w in lead[-6:] for w in W.FALL_WORDS) else 1
    listed = _list_change_verb(wide, indicator)
    if listed:
        return -1 if listed.startswith(W.FALL_WORDS) else 1
    predicate = before[-6:]
    for w in W.FALL_WORDS:
        i = predicate.rfind(w)
        if i >= 0 and not predicate[i + len(w) :].startswith(W.LEVEL_AFTER_FALL):
            return -1
    return 1


_PAST = regex.compile(W.PAST_IN_SENTENCE)
_AS_OF = regex.compile(W.AS_OF)
_EXISTING = regex.compile(W.EXISTING_BEFORE)
_STANDING = regex.compile(W.STANDING_IN_CLAUSE)
_EXPECTED_EARLIER = regex.compile(W.EXPECTED_EARLIER)
_PLACE_WORDS = tuple({w for pair in W.PLACE_PAIRS for w in pair})
_PRIOR_PLAN = regex.compile(W.PRIOR_PLAN)
_EXPECTED_EARLIER_ANY = regex.compile(W.EXPECTED_EARLIER.removesuffix("的?$"))
_PLANS = regex.compile("|".join(map(regex.escape, W.TARGET_IN_SENTENCE + W.PLAN_MODAL_WORDS)))
_COMPARED_YEARS = regex.compile(W.COMPARED_YEARS)
_ANNUAL = regex.compile(W.ANNUAL_REVIEW_CUES)
_TARGET_RIGHT_BEFORE = regex.compile(W.TARGET_RIGHT_BEFORE)
_TARGET_COMPARED = regex.compile(W.TARGET_COMPARED)
_BASE_BEFORE = regex.compile(W.BASE_BEFORE)
_IN_YEAR_BASE = regex.compile(W.IN_YEAR_BASE)
_NEW_BEFORE = regex.compile(W.NEW_BEFORE)
_STOCK_AFTER = regex.compile(W.STOCK_AFTER)
_WITHIN = regex.compile(W.WITHIN_YEARS)
_CLAUSE = regex.compile(r"[，,；;：:]")
_PLAN_NOW = regex.compile(r"今年|本年度|全年目标|年度目标")
_POPULATIONS = sorted(W.POPULATION_NOUNS, key=len, reverse=True)
_LEVEL_ONLY = regex.compile(W.LEVEL_ONLY)
_COMPARED_TO_EACH = regex.compile(W.COMPARED_TO_EACH)
_SHARE_OF_PLACES = regex.compile(W.SHARE_OF_PLACES)
_ADVERBS = frozenset(W.ADVERBS) | frozenset(W.PREDICATE_ADVERBS)
_LEVEL_LISTED = regex.compile(r"(?P<level>" + W.LEVEL_ONLY + r")(?:" + "|".join(W.LEVEL_LIST_GAPS) + ")")
_MODAL_AFTER_NOW = regex.compile(W.MODAL_AFTER_NOW)
_LATE_NOW = regex.compile(r"今年")
_NEXT_FIVE = regex.compile(W.NEXT_FIVE_YEARS)
_ESTIMATE = regex.compile("|".join(map(regex.escape, W.ESTIMATE_WORDS)))
_ESTIMATE_OPENING_CLAUSE = regex.compile(W.ESTIMATE_OPENING_CLAUSE)
_SECTOR_RUNS = [(regex.compile(r), items) for r, items in W.SECTOR_RUNS.items()]
_BARE_INCREMENT = regex.compile(W.BARE_INCREMENT)
_LATE_NEXT = regex.compile(r"明年")
_DATED_BASE = regex.compile(W.DATED_BASE_BEFORE)
_YEAR_TOPIC = regex.compile(W.YEAR_TOPIC)


def _names_plan_year(upto: str, plan: int) -> bool:
    """The sentence names the plan year (`今年`, `2003年必须起好步`) as its own, not as a base."""
    if _PLAN_NOW.search(upto):
        return True
    return any(
        y == plan and not upto[max(0, s - 3) : s].endswith(W.COMPARISON_BEFORE_YEAR)
        for s, _, y in periods.year_mentions(upto)
    )


def _dated_base(clause: str) -> int | None:
    """The year of a dated base right before the figure (`比一九八〇年的`), else None."""
    m = _DATED_BASE.search(clause)
    if not m:
        return None
    when = m.group("when")
    ys = periods.years(when)
    if ys:
        return ys[0]
    plans = periods.five_year_plans(when)
    return plans[0][1] if plans else None


_NOT_THE_YEAR_AFTER = regex.compile(W.NOT_FIGURE_YEAR_AFTER)
_TO = regex.compile(r"[到至]")


def _clause_year(clause: str) -> tuple[int | None, str]:
    """The year the clause before a figure names for it (`2022年全市生产总值`, `由1990年的`), and how:
    "base" after 由/从 (the start of a change), "plain" otherwise; a comparison base (`比2017年`) is
    not the figure's year."""
    best, how = None, ""
    for s, e, y in periods.year_mentions(clause):
        before = clause[max(0, s - 3) : s]
        if before.endswith(W.COMPARISON_BEFORE_YEAR):
            continue
        after = clause[e:]
        if _NOT_THE_YEAR_AFTER.match(after):
            continue
        if before.endswith(("由", "从")):
            best, how = (y, "base") if not _TO.search(after) else (None, "")
            continue
        best, how = y, "plain"
    return best, how


@dataclass
class _TimeWords:
    """What the sentence up to a figure says about time: read once, used by each part's reading."""

    upto: str
    clause: str
    since_semicolon: str
    kind: str | None
    period_end: int | None
    horizon: int | None
    year_named: int | None
    how: str
    review: int | None
    plan: int | None
    delivered_month: int | None  # the month of delivery, when the report is given in its plan year


def _statement_start(upto: str) -> int:
    """Where the statement a figure is in starts, in the sentence up to it: after its last `；`."""
    return max(upto.rfind("；"), upto.rfind(";")) + 1


def _cues(doc: Document, sent: Sentence, upto: str) -> _TimeWords:
    meta = doc.meta
    review, plan = meta.review_year, meta.plan_year
    if delivered_late(meta):
        upto = _LATE_NOW.sub("上年", upto)  # 今年 of a report delivered in December is the year reviewed
        upto = _LATE_NEXT.sub("今年", upto)
    kind = sent.role or (sent.section.kind if sent.section else None)
    cut = (
        max(upto.rfind("，"), upto.rfind(","), upto.rfind("；"), upto.rfind(";"), upto.rfind("："), upto.rfind(":")) + 1
    )
    clause = upto[cut:]
    horizon = periods.horizon(upto, plan)
    within = _WITHIN.search(upto) if any(k in upto for k in W.WITHIN_KEYS) else None
    if within and _PLAN_NOW.search(upto, within.end()):
        within = None  # `用5年时间新建…229所；今年新建…29所`: this year's share of the span
    if horizon is None and plan and "年" in upto and _NEXT_FIVE.search(upto):
        horizon = plan + 4
    if horizon is None and plan and kind not in H_REVIEW:
        # (within its own statement: `…实现“十一五”目标；全社会固定资产投资增长16%` plans one year)
        span = periods.plan_span_named(upto[_statement_start(upto) :], plan)
        if span:
            horizon = span[1]  # `“十四五”期间，全市将新建学校20所`
    if horizon is None and within and plan and kind not in H_REVIEW and kind != "outlook":
        n = parse_small_count(within.group("n"))
        if n and 1 < n <= 10:
            horizon = plan + n - 1
    year_named, how = _clause_year(clause) if "年" in clause else (None, "")
    if year_named is None:
        topic = _YEAR_TOPIC.match(upto)
        if topic:
            year_named, how = periods.year_value(topic.group("y")), "plain"
    if horizon is not None and plan and horizon < plan:
        # a year before the plan year is no horizon; `从一九七四年到一九七六年，…损失…` (a report
        # planning 1978) names a past span, whose end is the figure's year
        span = _PAST_SPAN.search(upto)
        if year_named is None and span and periods.year_value(span.group("end")) == horizon:
            year_named, how = horizon, "plain"
        horizon = None
    return _TimeWords(
        upto,
        clause,
        upto[_statement_start(upto) :],
        kind,
        sent.period[1] if sent.period else None,
        horizon,
        year_named,
        how,
        review,
        plan,
        _delivered_month(meta.delivered_on, plan),
    )


def _delivered_month(delivered: Any, plan: int | None) -> int | None:
    """The month a report is given in, when that is in its plan year (a report given in December
    before it has none: its parts of the year are all to come)."""
    return delivered.month if plan and getattr(delivered, "year", None) == plan else None


_ELAPSED = regex.compile(W.ELAPSED_PART)
_ESTIMATE_CARRIED = regex.compile(W.ESTIMATE_CARRIED)
_FROM_PAST_TO = regex.compile(W.FROM_PAST_TO)
_ITEM_COUNTS = regex.compile(W.ITEM_COUNT_NUMBER + "(?:" + alternation(U.COUNT_UNITS) + ")|" + W.ITEM_CLASS_COUNT)
_RESPECTIVE_ATTRIBUTE = regex.compile(
    W.RESPECTIVE_ATTRIBUTE_BEFORE + "(?P<attribute>" + alternation(W.OWNED_ATTRIBUTES) + ")$"
)


def _elapsed_part(q: _TimeWords) -> bool:
    """The statement is about a part of the plan year over by the report's delivery (`本年1——5月份`
    in a report given in June), so its figures are outcomes of the plan year."""
    stmt = q.since_semicolon
    if not q.delivered_month or not any(k in stmt for k in W.ELAPSED_KEYS):
        return False
    m = _ELAPSED.search(stmt)
    if not m:
        return False
    if m.group("half"):
        end = 6  # (上半年 ends in June)
    elif m.group("q"):
        end = 3 * (parse_chinese_int(m.group("q")) or 4)  # (a quarter ends in its third month)
    else:
        month = m.group("m")
        end = int(month) if month.isdigit() else (parse_chinese_int(month) or 13)
    # over before the month of delivery; in that month only as an estimate (`预计上半年…` on 16 June; a
    # report given on 5 March plans its first quarter, `一季度实现开门红`)
    return end < q.delivered_month or (end == q.delivered_month and bool(_ESTIMATE.search(stmt)))


def status_and_year(doc: Document, sent: Sentence, upto: str, ratio_like: bool = False) -> tuple[str, int | None]:
    """Status and year of a figure: from its sentence first, its part second.

    `upto` is the sentence up to the figure. The sentence's own words decide where they speak:
    an estimate (`预计`, `初步核算`), a past time word (`去年`, `过去五年`) in a plan part, a target word
    right before the figure in a review (`预期目标3%`), a horizon (`到2025年`, `3年内`), a year named
    in its clause (`2022年全市…`, `由1990年的…`). Otherwise the part's role and period decide.
    `ratio_like`: the figure is a multiple or percentage (`是2017年的2.7倍`), never a dated base's value."""
    q = _cues(doc, sent, upto)
    said = _said_in_sentence(q, ratio_like)
    if said is not None:
        return said
    if q.kind in PLAN_KINDS:
        return _in_plan_part(q, sent)
    if q.kind in REVIEW_KINDS:
        return _in_review_part(q, sent)
    return _in_no_part(q, doc.meta.doc_type)


def _said_in_sentence(q: _TimeWords, ratio_like: bool) -> tuple[str, int | None] | None:
    """A dated base, compared years, `截至…` or an estimate word: decided whatever the part."""
    upto, clause, review, plan, year_named, horizon = q.upto, q.clause, q.review, q.plan, q.year_named, q.horizon
    base_year = None if ratio_like or not clause.endswith("的") else _dated_base(clause)
    if base_year is not None and review is not None and base_year <= review:
        return "actual", base_year  # `比一九八〇年的7159亿元`: the base's own value
    compared = _COMPARED_YEARS.match(upto.lstrip())
    if compared:
        later, base = periods.year_value(compared.group("later")), periods.year_value(compared.group("base"))
        if later and base:
            return "actual", (base if clause.endswith(("由", "从")) else later)
    as_of = _AS_OF.search(q.since_semicolon)
    if as_of and not horizon:
        return "actual", year_named or (plan if "今年" in q.since_semicolon[as_of.end() :] else review)
    as_of = _AS_OF.search(upto)
    if as_of and not horizon and not _PLANS.search(q.since_semicolon):
        # `截至今年1月底，已撤并…；在…的24187个公司中`: the date holds past the `；` unless a plan follows
        return "actual", year_named or (plan if "今年" in upto[as_of.end() :] else review)
    if _elapsed_part(q):
        return ("estimated" if _ESTIMATE.search(q.since_semicolon) else "actual"), plan
    if any(k in clause for k in W.EXPECTED_EARLIER_KEYS) and _EXPECTED_EARLIER.search(clause):
        return "target", year_named or review  # `比年初预计的2700亿元多出…`: what was expected, the year's goal
    prior = _PRIOR_PLAN.search(upto) if any(k in upto for k in W.PRIOR_PLAN_KEYS) else None
    if prior and _PLANS.search(clause) and not _BASE_BEFORE.search(clause):
        return "target", year_named or review  # `去年政府工作报告提出，物价涨幅要…降到10%左右`
    said = q.since_semicolon
    if any(k in said for k in W.EXPECTED_EARLIER_KEYS):
        said = _EXPECTED_EARLIER_ANY.sub("", said)  # (`年初预计` estimates nothing now)
    if _ESTIMATE.search(said) or _ESTIMATE.match(upto.lstrip("据经")) or _estimate_opens_first_statement(upto):
        if q.kind in PLAN_KINDS and (_PLAN_NOW.search(upto) or horizon and plan and horizon >= plan):
            return "target", horizon or plan
        if (
            q.kind in REVIEW_KINDS
            or q.kind is None
            or q.kind == "other"
            or _PAST.search(upto)
            or (year_named and review and year_named <= review)
        ):
            return "estimated", year_named or q.period_end or review
    return None


def _estimate_opens_first_statement(upto: str) -> bool:
    """Whether an estimate word opens a clause of the sentence's first statement, and the figure stands
    in a later one (the first statement's own figures are read by `since_semicolon`)."""
    cut = _PART_BREAK.search(upto)
    return cut is not None and bool(_ESTIMATE_OPENING_CLAUSE.search(upto, 0, cut.start()))


def _in_plan_part(q: _TimeWords, sent: Sentence) -> tuple[str, int | None]:
    upto, clause, review, plan, year_named, horizon, kind = (
        q.upto,
        q.clause,
        q.review,
        q.plan,
        q.year_named,
        q.horizon,
        q.kind,
    )
    if kind == "outlook" or kind == "targets" or kind == "tasks" or kind == "self_building":
        if q.how == "base" or (_BASE_BEFORE.search(clause) and year_named is None):
            start = year_named or (
                sent.period[0] - 1 if sent.period and kind == "outlook" and sent.period[0] < (plan or 0) + 1 else review
            )
            return "actual", start
        past = _PAST.search(upto)
        if past and not _PLAN_NOW.search(upto[past.end() :]) and not _FROM_PAST_TO.search(clause):
            return "actual", review
        if _EXISTING.search(clause):
            return "actual", review
        standing = _STANDING.search(clause) if any(k in clause for k in W.STANDING_KEYS) else None
        if standing and not _PLANS.search(clause[standing.end() :]):
            return "actual", review  # `国家已经组织了57户企业集团试点`, `全国有24万多户国有小企业`: what is
        if year_named and review and year_named <= review and q.how == "plain" and not horizon:
            return "actual", year_named
    if horizon is None and plan and sent.period and sent.period[0] != sent.period[1] and _names_plan_year(upto, plan):
        return "target", plan  # `今年…主要预期目标是` inside a five-year part
    return "target", horizon or (
        year_named if year_named and plan and year_named >= plan else None
    ) or q.period_end or plan


def _in_review_part(q: _TimeWords, sent: Sentence) -> tuple[str, int | None]:
    upto, clause, review, plan, year_named, horizon = q.upto, q.clause, q.review, q.plan, q.year_named, q.horizon
    if q.how == "base" and year_named:
        return "actual", year_named
    if _BASE_BEFORE.search(clause) and year_named is None and review:
        if _IN_YEAR_BASE.search(clause):
            return "actual", review  # `增速由一季度的3.1%回升到…`: a base inside the year reviewed
        # `由163亿元增加到338.57亿元`: the start of the period reviewed
        if sent.period and sent.period[0] != sent.period[1]:
            return "actual", sent.period[0] - 1
        return "actual", review - 1
    if _TARGET_RIGHT_BEFORE.search(clause) and not _TARGET_COMPARED.search(clause):
        return "target", year_named or q.period_end or review
    now = _PLAN_NOW.search(upto) if plan else None
    if now and (
        any(w in upto[now.start() :] for w in W.TARGET_IN_SENTENCE + ("预期", "预计增长"))
        or _MODAL_AFTER_NOW.search(upto, now.end())
    ):
        return "target", plan  # `今年全省地区生产总值预期增长12%` at the end of a review; `今年…将达305亿元`
    if horizon and plan and horizon >= plan and regex.search(r"到|至|力争|确保|争取", upto):
        return "target", horizon
    return "actual", year_named or q.period_end or review


def _in_no_part(q: _TimeWords, doc_type: str | None) -> tuple[str, int | None]:
    """Outside any decided part: the sentence alone."""
    upto, review, plan, year_named, horizon = q.upto, q.review, q.plan, q.year_named, q.horizon
    if horizon and horizon >= (plan or horizon):
        return "target", horizon
    if any(w in upto for w in W.TARGET_IN_SENTENCE) or _PLAN_NOW.search(upto):
        return "target", horizon or (year_named if year_named and plan and year_named >= plan else None) or plan
    if year_named:
        return ("target" if plan and year_named >= plan else "actual"), year_named
    if _ANNUAL.search(upto) and review:
        return "actual", review
    if _PAST.search(upto):
        return "actual", review
    # an outcome with no time word in a part of no known role: a report's outcomes are of the year it
    # reviews unless it says otherwise (the 1980s reports review the past year under topic titles)
    return "actual", q.period_end or (review if doc_type in ("work_report", "plan_report") else None)


def extract_figures(doc: Document) -> list[Mention]:
    """Figure records (normalised spans; `ground()` in the caller makes raw offsets)."""
    text = _mask_glosses(doc.text)
    rows: list[Mention] = []
    carried = _ESTIMATE_CARRIED.search(text) if "下同" in text else None
    for sent in doc.sentences:
        found: list[tuple[Candidate, dict[str, Any]]] = []
        part_start = sent.start
        clause_floor = sent.start
        previous: str | None = None
        previous_cumulative_end: int | None = None
        last_clause_start = sent.start
        for c in candidates(text, sent.start, sent.end):
            if excluded(text, c):
                continue
            brk = max((m.end() for m in _CLAUSE_BREAK.finditer(text, clause_floor, c.start)), default=clause_floor)
            clause_start = max(brk, clause_floor)
            before_full = text[sent.start : c.num_start]
            before = text[clause_start : c.num_start]
            if c.rank:
                before = before[:-1] if before.endswith("第") else before
            part = max((m.end() for m in _PART_BREAK.finditer(text, part_start, c.start)), default=part_start)
            if part != part_start:
                part_start, previous = part, None  # `；` opens a new statement with its own subject
            named_from = _threshold_name_start(text, found, c, last_clause_start)
            indicator = _indicator_of(text, sent, c, found, previous, part_start, named_from or clause_start)
            measure, sign = _measure_and_sign(text, c, before, before_full, indicator, found)
            ratio_like = c.doubling or c.base in ("倍", "%", "‰", "个百分点", "百分点")
            status, year = status_and_year(doc, sent, before_full, ratio_like)
            # `累计接待游客2780万人次、旅游收入80.8亿元`: the cue covers a list joined by 、 after it.
            cumulative = periods.is_cumulative(text[clause_start : c.end]) or (
                previous_cumulative_end is not None and not _CLAUSE_BREAK.search(text, previous_cumulative_end, c.start)
            )
            previous_cumulative_end = c.end if cumulative else None
            period_start = _period_start(text, sent, c, clause_start, cumulative, measure, year, doc)
            rows.append(
                Mention(
                    c.start,
                    c.end,
                    (sent.start, sent.end),
                    {
                        "section_id": sent.section.section_id if sent.section else None,
                        "indicator": _unmask(indicator) or None,
                        "indicator_code": indicator_code(_unmask(indicator)) if indicator else None,
                        "value": c.value,
                        "value_max": c.value_max,
                        "unit": c.unit,
                        "unit_base": c.unit
                        if c.rank
                        else (U.BASE_UNITS[c.base][0] + c.gloss if c.base in U.BASE_UNITS else None),
                        "value_base": c.value * c.multiplier,
                        "measure": measure,
                        "comparator": comparator_of(text, c, before),
                        "sign": sign,
                        "status": status,
                        "year": year,
                        "period_start": period_start,
                    },
                )
            )
            found.append((c, rows[-1].fields))
            previous = indicator or previous
            clause_floor = c.end
            last_clause_start = clause_start
        split_lists(text, found)
        share_level_nouns(text, found)
        if carried and sent.end > carried.start() and not (sent.period and sent.period[0] != sent.period[1]):
            # (in the review of one year: a five-year review's rates are not the year's estimates)
            # (the note's own sentence too: `实现地区生产总值3830亿元，同比增长8%左右（预计，下同）`)
            _carry_estimate(found, doc.meta.review_year, sent.role or (sent.section.kind if sent.section else None))
    return rows


def _carry_estimate(found: list[tuple[Candidate, dict[str, Any]]], review: int | None, kind: str | None) -> None:
    """After `（预计数，下同）`, the statistics of the year reviewed are estimated (see ESTIMATE_CARRIED)."""
    if kind not in REVIEW_KINDS or review is None:
        return
    for c, f in found:
        if f["status"] != "actual" or f["year"] != review or f["period_start"] is not None or c.rank:
            continue
        family = _family(c)
        indicator = _GLOSS_AT_END.sub("", f["indicator"] or "")  # `出口额（海关口径）`
        if (
            f["measure"] == "growth"
            or family in W.STATISTIC_FAMILIES
            or (family == "money" and indicator.endswith(W.STATISTIC_MONEY_TAILS))
            or indicator_code(indicator) in W.STATISTIC_CODES
        ):
            f["status"] = "estimated"


def _mask_glosses(text: str) -> str:
    """`45个县（市、区）农村垃圾治理`: a 、 inside short parentheses lists a name's gloss, not the items
    of a list; it is read as another mark (same length, so offsets hold) and given back in the names."""
    if "（" not in text and "(" not in text:
        return text
    return _PARENTHESIS.sub(lambda m: m.group().replace("、", _GLOSS_MARK), text)


def _unmask(indicator: str | None) -> str | None:
    return indicator.replace(_GLOSS_MARK, "、") if indicator and _GLOSS_MARK in indicator else indicator


def _is_modifier(word: str) -> bool:
    """An adjective or a distinguishing word (`重大`, `大型`): it opens a name, never a clause."""
    return (tag_of(word) or "").startswith(("a", "b"))


def _threshold_name_start(
    text: str, found: list[tuple[Candidate, dict[str, Any]]], c: Candidate, last_clause_start: int
) -> int | None:
    """`超10亿元项目占比50%以上`: where the name of what this figure measures starts when the figure
    before is a threshold inside that name (the start of that figure's clause), else None."""
    if not found:
        return None
    last = found[-1][0]
    if _family(last) not in W.THRESHOLD_FAMILIES:
        return None
    gap = _THRESHOLD_GAP.match(text, last.end, c.num_start)
    if not gap or gap.end() != c.num_start:
        return None
    if not gap.group("mark") and not _THRESHOLD_MARK_BEFORE.search(text, last_clause_start, last.num_start):
        return None
    first = _words(text[gap.end("mark") if gap.group("mark") else last.end : c.num_start].lstrip("的"))[:1]
    if not first or not (
        is_noun(first[0]) or first[0].startswith("“") or first[0] in W.NAME_MODIFIERS or _is_modifier(first[0])
    ):
        return None  # `投资超10亿元建设20个项目`: a verb follows the amount, not a name
    return last_clause_start


def _indicator_of(
    text: str,
    sent: Sentence,
    c: Candidate,
    found: list[tuple[Candidate, dict[str, Any]]],
    previous: str | None,
    part_start: int,
    clause_start: int,
) -> str | None:
    """What the figure measures, from the figures before it in the sentence and its own words."""
    indicator = None
    last = found[-1] if found else None
    if last and last[1]["indicator"] and text[last[0].end : c.num_start] == last[1]["indicator"]:
        # `11个领域59项民生实事`: the words before this number are what the one before counts
        indicator = trim_indicator(_phrase_after(text, c.end, sent.end)) or None
    elif (
        last
        and last[1]["indicator"]
        and last[0].end == c.num_start
        and _family(last[0]) in W.PREDICATE_FIRST_FAMILIES
        and _family(c) in W.PREDICATE_FIRST_FAMILIES
    ):
        indicator = last[1]["indicator"]  # `未脱贫户19户57人`: households, then their people
    peers = (
        _PEER_GROUP.search(text, max(sent.start, last[0].start - W.PEER_GROUP_MAX_CHARS), c.num_start)
        if c.rank and last
        else None
    )
    if peers and last and peers.start() < last[0].start:
        # `房价涨幅回落到2.2%，在全国35个大中城市中列第30位`: the count before counts the peers, not what is ranked
        previous = found[-2][1]["indicator"] if len(found) >= 2 else None
    if indicator is None:
        if last and last[1]["indicator"] and clause_start == last[0].end:
            counted = text[last[0].end : c.num_start]
            if counted.startswith(last[1]["indicator"]) and counted[len(last[1]["indicator"]) :][:1] in "、和及":
                # `培育10家龙头企业、专精特新企业20家`: the noun before `、` is the count before's
                clause_start += len(last[1]["indicator"]) + 1
        indicator = read_indicator(text, clause_start, c, sent.end, previous, sent.start)
    if indicator is None and previous is None and clause_start > part_start:
        indicator = sentence_subject(text, part_start, c.num_start) or _topic_before_base(
            text, part_start, clause_start, c
        )
    elif indicator in _SIBLINGS and last and last[1]["indicator"] and _listed_next(text, last[0].end, c, indicator):
        indicator = _sibling_owned(indicator, last[1]["indicator"])
    elif indicator in W.OWNED_ATTRIBUTES:
        owned = _owned(indicator, previous, text, part_start, clause_start, c.num_start)
        indicator = _batch_owned(text, last, c, indicator) if owned == indicator else owned
    if (
        indicator
        and _unmask(indicator) in W.PILOT_PLACES
        and _family(c) == "count"
        and text.startswith(indicator, c.end)
    ):
        pilot = _PILOT_AFTER_PLACE.match(text, c.end + len(indicator), sent.end)
        if pilot:
            indicator = pilot.group("pilot") + indicator  # `2343个县（市、区）开展…试点` -> …试点县（市、区）
    if indicator in W.PROCESS_RATES and last and last[1]["indicator"] and _family(last[0]) != _family(c):
        gap = _PROCESS_RATE_GAP.fullmatch(text, last[0].end, c.num_start)
        if gap and gap.group("rate") == indicator:
            indicator = last[1]["indicator"] + indicator  # `征收养老保险费23.8亿元，收缴率达到92%`
    if last and indicator and indicator.startswith(W.NEW_WORDS) and _STOCK_AFTER.match(text, last[0].end):
        indicator = _NEW_BEFORE.sub("", indicator)  # `新增市场主体22.2万户，累计140万户`: the stock
    if c.rank and last and indicator and indicator == last[1]["indicator"] and last[1]["measure"] == "growth":
        indicator = _rate_of(indicator)  # `增长6%、居全省第5位`: the rank of the growth rate
    return indicator


def _measure_and_sign(
    text: str,
    c: Candidate,
    before: str,
    before_full: str,
    indicator: str | None,
    found: list[tuple[Candidate, dict[str, Any]]],
) -> tuple[str, int]:
    after = text[c.end : c.end + W.AFTER_WINDOW + W.PARALLEL_COUNT_REACH]
    measure = measure_of(c, before, indicator, after, before_full)
    sign = sign_of(measure, before, indicator, before_full)
    if found:
        prev_c, prev_row = found[-1]
        gap = text[prev_c.end : c.num_start]
        if (
            prev_c.base == c.base
            and _SAME_READING_GAP.match(gap)
            and not (prev_row["measure"] == "change" and _LEVEL_AFTER_CHANGE.search(gap))
        ):
            measure, sign = prev_row["measure"], prev_row["sign"]  # `分别增长8.7%、9.8%`, `增长6%，力争6.5%`
        elif (
            prev_row["measure"] == "change"
            and measure == "amount"
            and _CHANGE_LIST_JOIN_GAP.match(gap)
            and _family(prev_c) not in W.RATE_FAMILIES
            and _family(c) not in W.RATE_FAMILIES
        ):
            measure, sign = "change", prev_row["sign"]  # `同比减少265起、98人`
        elif prev_c.base == c.base and prev_row["measure"] == "growth" and _RATE_LEVEL_ONLY.match(gap):
            measure = "growth"  # `增速由一季度的3.1%回升到全年的14.6%`: the rate at another time
            sign = -1 if _NEGATIVE_BEFORE.search(gap) or gap.endswith(W.FALL_WORDS) else 1  # (`收窄到全年负增长`)
        elif (
            prev_c.unit == c.unit
            and measure == "amount"
            and _INCREMENT_AFTER_STOCK.match(gap)
            and _INCREMENT_CLOSES.match(text, c.end)
        ):
            measure, sign = "change", 1  # `入围世界500强企业9家、新增1家`: the stock, then how much it grew
    return measure, sign


def _period_start(
    text: str,
    sent: Sentence,
    c: Candidate,
    clause_start: int,
    cumulative: bool,
    measure: str,
    year: int | None,
    doc: Document | None = None,
) -> int | None:
    """First year of the span a total or a growth covers, else None."""
    period_start = None
    kind = sent.role or (sent.section.kind if sent.section else None)
    if doc is not None and year is not None and kind not in H_REVIEW and measure in ("growth", "change", "amount"):
        prefix = text[sent.start : c.num_start]
        stmt = sent.start + _statement_start(prefix)  # the figure's own statement
        span = periods.plan_span_named(text[stmt : c.num_start], doc.meta.plan_year)
        if (
            span
            and span[1] == year
            and (measure != "amount" or cumulative or periods.is_span_flow(text[stmt + span[2] : c.num_start]))
        ):
            return span[0]  # `“十四五”期间…新建学校20所`: added over the plan's five years
    if sent.multi_year and measure == "amount" and periods.is_flow(text[clause_start : c.num_start]):
        cumulative = True  # what was added over the span, not a level at its end
    if sent.period and sent.multi_year and cumulative:
        period_start = sent.period[0]
    elif cumulative:
        plans = periods.five_year_plans(text[clause_start : c.end])
        if plans and year and plans[0][1] < year:
            period_start = plans[0][1] + 1
    if measure in ("growth", "multiple") and year is not None:
        compared = _COMPARED_YEARS.match(text[sent.start : sent.start + 24])
        if compared and year == periods.year_value(compared.group("later")):
            period_start = periods.year_value(compared.group("base")) + 1  # growth over the span compared
    if period_start is None and year is not None and not c.rank and kind not in PLAN_KINDS:
        # (in a plan, `连续三年每年安排2亿元` runs ahead; a rank is this year's)
        run = _RUN_OF_YEARS.search(text, clause_start, c.num_start)
        run = None if run and "每年" in text[run.end() : c.num_start] else run
        n = parse_small_count(run.group("n")) if run else None
        if n and n >= 2:
            period_start = year - n + 1  # `连续8年稳定在1300亿斤以上`: held since the run's first year
    if period_start is not None and year is not None and period_start > year:
        period_start = None  # a horizon before the section's span (`到2005年` in a 十一五 outlook)
    return period_start
