"""Deadline extraction: time expressions that fix when a task or target is due.

Pure functions over one normalised sentence; the vocabularies live in
`patterns/deadlines.py`.  Meaning: shared/gold/GUIDELINES.md ("Deadlines").
"""

from __future__ import annotations

import calendar
import datetime as _dt
from typing import Any

import regex

from patterns import deadlines as P
from patterns import figures as F
from patterns import units as U
from patterns.headings import PLAN_KINDS, REVIEW_KINDS
from pipeline.numbers import parse_chinese_year, parse_small_count
from pipeline.periods import plan_span
from pipeline.regexes import alternation

__all__ = ["find_deadlines", "names_part_period", "reading_scope", "reference_years"]

# ---------------------------------------------------------------------------
# Compiled vocabularies
# ---------------------------------------------------------------------------

_TIME_FORMS: list[dict[str, Any]] = P.TIME_FORMS  # type: ignore[assignment]  # rows of mixed value types
_FORMS = [dict(f, rx=regex.compile(f["regex"]), requires=frozenset(f["requires"])) for f in _TIME_FORMS]
_REQUIRED = sorted({r for f in _TIME_FORMS for r in f["requires"]})
_VERBS = sorted(set(P.ACTION_VERBS), key=len, reverse=True)
_ADVERBS = sorted(set(P.ACTION_ADVERBS), key=len, reverse=True)
_VERB_SET = frozenset(_VERBS)
_LEADS = sorted(set(P.SUBJECT_LEAD_WORDS), key=len, reverse=True)
_VERB_AND_FIGURE = regex.compile(P.VERB_AND_AMOUNT)
_COUNTED_AFTER_DE = regex.compile(P.COUNTED_AFTER_DE)
_TRAILS = sorted(set(P.SUBJECT_TRAILING_WORDS), key=len, reverse=True)
_OBJECT_QUALIFIERS = sorted(set(P.OBJECT_TRAILING_QUALIFIERS), key=len, reverse=True)
_SUBJECT_COMPARISON_TAIL = regex.compile(P.SUBJECT_COMPARISON_TAIL_REGEX)
_CLAUSE_SEPS = set(P.CLAUSE_SEPARATORS)
_SEGMENT_SEPS = set(P.SEGMENT_SEPARATORS)
_SENTENCE_END = set(P.SENTENCE_END)
_EVENT_AFTER = regex.compile(P.EVENT_AFTER_REGEX)
_EVENT_CLAUSE = regex.compile(P.EVENT_CLAUSE_REGEX)
_COMPARISON_BEFORE = regex.compile(P.COMPARISON_BEFORE_REGEX)
_RANGE_BEFORE = regex.compile(P.RANGE_BEFORE_REGEX)
_RANGE_AFTER = regex.compile(P.RANGE_AFTER_REGEX)
_TRAILING_FIGURE = regex.compile(P.TRAILING_FIGURE_REGEX)
_ACTION_STOP = regex.compile(P.ACTION_STOP_REGEX)
_PREV_SUBJECT_STOP = regex.compile(P.PREVIOUS_SUBJECT_STOP_REGEX)
_RATE_SUFFIX = regex.compile(P.RATE_SUFFIX_REGEX)
_NOT_VERB_FOLLOWERS = regex.compile(P.NOT_VERB_FOLLOWERS_REGEX)
_NUMBERING = regex.compile(P.SUBJECT_NUMBERING_REGEX)
_ADVERBIAL = regex.compile(P.ADVERBIAL_CLAUSE_REGEX)
_START_AFTER = regex.compile(P.START_AFTER_REGEX)
_START_BEFORE = regex.compile(P.START_BEFORE_REGEX)
_RELATIVE_OBJECT = regex.compile(P.RELATIVE_OBJECT_REGEX)
_YEAR_RANGE_BEFORE = regex.compile(P.YEAR_RANGE_BEFORE_REGEX)
_PLAN_MODALITY = regex.compile(P.PLAN_MODALITY_REGEX)
_PAST_YEAR_BEFORE = regex.compile(P.PAST_YEAR_BEFORE_REGEX)
_LEADING_FIGURE = regex.compile(P.LEADING_FIGURE_REGEX)
_OBJECT_STOP = regex.compile(P.OBJECT_STOP_REGEX)
_LEADING_COUNT = regex.compile(P.LEADING_COUNT_NUMBER + "(?:" + alternation(U.COUNT_UNITS) + ")")
_FIGURE_MODIFIER = regex.compile(P.FIGURE_MODIFIER_REGEX)
_LIGHT_VERBS = set(P.LIGHT_VERBS)
_GOAL_CLAUSE_START = regex.compile(P.GOAL_CLAUSE_START_REGEX)
_LEVEL_GOAL = regex.compile(P.LEVEL_GOAL_REGEX)
_PURPOSE_BEFORE = regex.compile(P.PURPOSE_BEFORE_REGEX)
_EXISTENTIAL_START = regex.compile(P.EXISTENTIAL_START_REGEX)
_QUANTITY_GOAL = regex.compile(P.QUANTITY_GOAL_REGEX)
_PURPOSE_CLOSE = regex.compile(P.PURPOSE_CLOSE_REGEX)
_FALLBACK_LEADS = sorted(set(P.FALLBACK_LEAD_WORDS), key=len, reverse=True)
_FALLBACK_NOT_ACTION = frozenset(P.FALLBACK_NOT_ACTION)
_LOCATION_OPENING = regex.compile(P.LOCATION_OPENING_REGEX)
_LEVEL_FROM = regex.compile(P.LEVEL_FROM_REGEX)
# Verbs jieba tags as nouns or does not know, as the figure tables list them (`谋划`, `新开工`).
# (and the verbs of reaching a level the tokenizer keeps whole: `压减到`, `控制在`)
_NAMED_VERBS = (
    frozenset(F.COUNT_VERBS)
    | frozenset(F.VERB_ONLY)
    | frozenset(F.COUNT_VERBS_UNTAGGED)
    | frozenset(w for w in F.TAIL_WORDS if len(w) > 2 and w.endswith(("到", "至", "为", "在")))
)
_NUMERAL_CHARS = frozenset("0123456789一二两三四五六七八九十百千万亿半几")
_LEVEL_TO_VERB = regex.compile(r"(?:" + "|".join(sorted(P.LEVEL_TO_VERBS, key=len, reverse=True)) + r")(?:到|至)\s*$")
_FINAL_VERBS = set(P.CLAUSE_FINAL_VERBS)

_STRIP = " \t\u3000"

Pair = tuple[str | None, str | None]  # (subject, action)
Kept = tuple[int, int, dict, _dt.date | None, int, int]  # (start, end, form, due, clause start, clause end)


# ---------------------------------------------------------------------------
# Resolving `due`
# ---------------------------------------------------------------------------


def _fyp_end_year(n: int) -> int:
    return plan_span(n)[1]


def _last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def _year_value(text: str | None) -> int | None:
    """'2021' -> 2021, '一九八五' -> 1985."""
    if not text:
        return None
    return int(text) if text.isdigit() else parse_chinese_year(text)


def _year_of(m, plan_year: int | None, now_year: int | None) -> int | None:
    """Explicit year of the match ('2021年', '一九八五年', '今年', '明年') else the plan year.
    Relative words count from the year the report is given in (`now_year`)."""
    if m.groupdict().get("year"):
        return _year_value(m.group("year"))
    rel = m.groupdict().get("rel")
    if rel:
        return None if now_year is None else now_year + P.RELATIVE_YEARS[rel]
    return plan_year


def _century(m, now_year: int | None) -> tuple[int, str] | None:
    """(year, precision) of 本世纪末 / 下世纪中叶 / 21世纪中叶."""
    c = m.group("cent")
    if c in ("21", "二十一"):
        n = 21
    elif now_year is None:
        return None
    else:
        n = (now_year - 1) // 100 + 1 + (1 if c == "下" else 0)
    if m.group("cpart") == "末":
        return n * 100, "year"
    return (n - 1) * 100 + 50, "years"


def _resolve(form: dict, m, plan_year: int | None, now_year: int | None) -> tuple[_dt.date | None, str]:
    """(due, precision) of a match."""
    r, precision = form["resolver"], form["precision"]
    if r == "fyp_end":
        n = parse_small_count(m.group("fyp"))
        return (None if n is None else _dt.date(_fyp_end_year(n), 12, 31)), precision
    if r == "years_within":
        n = parse_small_count(m.group("n"))
        if n is None or n < 1 or plan_year is None:
            return None, precision
        return _dt.date(plan_year + n - 1, 12, 31), precision
    if r == "century" or (r == "from_to" and m.group("cent")):
        c = _century(m, now_year if now_year is not None else plan_year)
        if c is None:
            return None, precision
        return _dt.date(c[0], 12, 31), (c[1] if r == "century" else precision)
    if r == "from_to":
        y0, y = _year_value(m.group("year0")), _year_value(m.group("year"))
        if y0 is None or y is None or y < y0:
            return None, precision
        return _dt.date(y, 12, 31), precision
    year = _year_of(m, plan_year, now_year)
    if year is None:
        return None, precision
    if r == "year_end":
        return _dt.date(year, 12, 31), precision
    if r == "festival":
        fday: int | None
        if m.group("qfest"):
            month, fday = P.QUOTED_FESTIVALS[m.group("qfest")]
        else:
            month, fday = P.FESTIVALS[m.group("fest")]
        if fday is None:
            return _dt.date(year, month, _last_day(year, month)), "month"
        return _dt.date(year, month, fday), precision
    if r == "season":
        month, sday = P.SEASON_END[m.group("season")]
        if sday is None:  # winter: February of the next year
            year += 1
            sday = _last_day(year, month)
        return _dt.date(year, month, sday), precision
    if r == "half_end":
        month, day = P.HALF_END[m.group("half")]
        return _dt.date(year, month, day), precision
    if r == "quarter_end":
        q = parse_small_count(m.group("q"))
        if q is None:
            return None, precision
        month = P.QUARTER_END_MONTH[q]
        return _dt.date(year, month, _last_day(year, month)), precision
    month = int(m.group("month"))
    if r == "month_end":
        return _dt.date(year, month, _last_day(year, month)), precision
    if r == "month_part":
        part_day = P.MONTH_PART_DAY[m.group("part")]
        return _dt.date(year, month, part_day or _last_day(year, month)), precision
    if r == "day":
        day = int(m.group("day"))
        if day > _last_day(year, month):
            return None, precision
        return _dt.date(year, month, day), precision
    raise ValueError(f"unknown resolver {r!r}")


# ---------------------------------------------------------------------------
# Finding time expressions
# ---------------------------------------------------------------------------


def _candidates(sentence: str) -> list[tuple[int, int, dict, object]]:
    """All matches of all forms, overlaps resolved leftmost-longest."""
    found = []
    present = {r for r in _REQUIRED if r in sentence}
    if not present:
        return []
    for order, form in enumerate(_FORMS):
        if present.isdisjoint(form["requires"]):
            continue
        for m in form["rx"].finditer(sentence):
            s, e = m.span(form.get("span_group") or 0)
            # trim spaces the optional groups may have left at the edges
            while s < e and sentence[s] in _STRIP:
                s += 1
            while e > s and sentence[e - 1] in _STRIP:
                e -= 1
            if e > s:
                found.append((s, e, order, form, m))
    found.sort(key=lambda t: (t[0], -(t[1] - t[0]), t[2]))
    chosen, last_end = [], -1
    for s, e, _order, form, m in found:
        if s >= last_end:
            chosen.append((s, e, form, m))
            last_end = e
    return chosen


def _clause_bounds(sentence: str, s: int, e: int) -> tuple[int, int]:
    a = s
    while a > 0 and sentence[a - 1] not in _CLAUSE_SEPS:
        a -= 1
    b = e
    while b < len(sentence) and sentence[b] not in _CLAUSE_SEPS:
        b += 1
    return a, b


_VERB_START = regex.compile(alternation(set(_VERBS)))


def _find_verb(text: str, start: int = 0) -> tuple[int, int] | None:
    """First completion verb in text[start:] (longest at the earliest position),
    extended leftwards over adverbs written right before it."""
    positions = sorted({m.start() for m in _VERB_START.finditer(text, start, overlapped=True)})
    for i in positions:  # only where some verb starts (the same result as trying every position)
        for v in _VERBS:
            if text.startswith(v, i):
                if _NOT_VERB_FOLLOWERS.match(text, i + len(v)):
                    continue
                if v in _FINAL_VERBS and text[i + len(v) :].strip(_STRIP):
                    continue
                if i > 0 and text[i - 1] in P.NOT_VERB_PRECEDERS.get(v, ""):
                    continue
                j = i
                moved = True
                while moved:
                    moved = False
                    for adv in _ADVERBS:
                        if j - len(adv) >= start and text[j - len(adv) : j] == adv:
                            j -= len(adv)
                            moved = True
                            break
                return j, i + len(v)
    return None


def _is_horizon(form: dict, m) -> bool:
    """An absolute time written out (a year, a five-year plan, a century): it can be read
    outside the plan parts of a report."""
    gd = m.groupdict()
    return bool(gd.get("year") or gd.get("cent")) or form["resolver"] == "fyp_end" or bool(form.get("ahead"))


def _verb_follows(sentence: str, e: int, clause_end: int, strict: bool | str) -> bool:
    """A completion verb follows the time phrase in its clause, or (not for a strict form such as
    `今年`) the clause goes on as a goal (`五年内使…`, `把…`); or the phrase heads its clause ("8月，…") — for a strict form only when
    the next clause has the verb; or the rest of the clause is an adverbial ("在…情况下，") and
    the next clause has the verb (not for `strict="clause"`: the verb must be in its own clause)."""
    after = sentence[e:clause_end].strip(_STRIP)
    if after and (_find_verb(after) is not None or (not strict and _GOAL_CLAUSE_START.match(after))):
        return True
    if after and _LEVEL_GOAL.match(after):
        return True  # `一九八五年要降到千分之五左右`
    if strict == "clause":
        return False
    if clause_end >= len(sentence) or sentence[clause_end] not in "，,：:":
        return False
    if after and not _ADVERBIAL.fullmatch(after):
        return False
    if not after and not strict:
        return True
    nxt_end = clause_end + 1
    while nxt_end < len(sentence) and sentence[nxt_end] not in _CLAUSE_SEPS:
        nxt_end += 1
    return _find_verb(sentence[clause_end + 1 : nxt_end].strip(_STRIP)) is not None


def _is_skipped(
    sentence: str, s: int, e: int, form: dict, m, plan_year: int | None, due: _dt.date | None, clause_end: int
) -> bool:
    gd = m.groupdict()
    before_text = sentence[:s]
    after_text = sentence[e:clause_end]
    # a past year / period written out explicitly: comparison base or past event
    explicit_year = _is_horizon(form, m)
    if explicit_year and plan_year is not None and due is not None and due.year < plan_year:
        return True
    # a bare year is a deadline only for a year after the plan year ("2010年，实现…")
    if form["name"] == "year_bare" and (plan_year is None or due is None or due.year <= plan_year):
        return True
    # ("为本世纪末…奠定基础" is a goal: 为 there means "for")
    if (
        (explicit_year or gd.get("rel"))
        and not gd.get("to")
        and not gd.get("cent")
        and _COMPARISON_BEFORE.search(before_text)
        and not (_PURPOSE_BEFORE.search(before_text) and _PURPOSE_CLOSE.search(sentence, e))
    ):
        return True  # (but `为2020年基本建成…绘就发展蓝图`: a purpose, whose time is due)
    # 今年7月 in a report given in November before the plan year: past
    if (
        gd.get("rel")
        and plan_year is not None
        and due is not None
        and due.year < plan_year
        and due.month < P.LATE_REPORT_MONTH
        and form["precision"] in ("day", "month_part", "month")
    ):
        return True
    if gd.get("to") and _YEAR_RANGE_BEFORE.search(before_text):
        return True
    if not explicit_year and not gd.get("rel") and _PAST_YEAR_BEFORE.search(before_text):
        return True
    # ranges of months: statistics periods
    if form["resolver"] in ("month_end", "month_part", "day"):
        if _RANGE_BEFORE.search(before_text) or _RANGE_AFTER.search(sentence[e:]):
            return True
    bare = not gd.get("before") and not gd.get("end") and not gd.get("to")
    # the start of something ("今年起", "从今年秋季起"), not when it is due
    if (
        bare
        and (_START_AFTER.search(sentence[e:]) or _START_BEFORE.search(before_text))
        and form["resolver"] not in ("from_to", "years_within")
    ):
        return True
    # an event at a date ("4月28日在…会议上", "5月召开…")
    if form["resolver"] in ("day", "month_end") and bare:
        if _EVENT_AFTER.search(after_text) or _EVENT_CLAUSE.search(after_text):
            return True
    # bare forms ("8月", "4月28日", "今年") need a completion verb or to head a clause,
    # and are not the time of an event ("今年四月在雅加达举行的…会议")
    if form["needs_verb"] and bare:
        if _EVENT_CLAUSE.search(after_text):
            return True
        mode = form["needs_verb"]
        if not _verb_follows(sentence, e, clause_end, mode if mode in ("strict", "clause") else False):
            return True
    return False


# ---------------------------------------------------------------------------
# Subject and action
# ---------------------------------------------------------------------------


def _strip_words(text: str, leads=(), trails=()) -> str:
    text = _NUMBERING.sub("", text).strip(_STRIP)
    if text in leads or text in trails:
        return ""
    changed = True
    while changed and text:
        changed = False
        for w in leads:
            if text.startswith(w) and len(text) > len(w):
                text = text[len(w) :].lstrip(_STRIP)
                changed = True
                break
        for w in trails:
            if text.endswith(w) and len(text) > len(w):
                text = text[: -len(w)].rstrip(_STRIP)
                changed = True
                break
    # a subject made only of a lead word is no subject
    if text in leads or text in trails:
        return ""
    return text


def _cut_action(text: str) -> str:
    m = _ACTION_STOP.search(text)
    if m:
        text = text[: m.start()]
    return _before_closing_quote(text).strip(_STRIP)


def _before_closing_quote(text: str) -> str:
    """`“到2020年全面建成小康社会”的目标`: a goal quoted from a plan ends at the quote it stood in."""
    close = text.find("”")
    return text[:close] if close >= 0 and "“" not in text[:close] else text


def _clean_object(text: str) -> str:
    """Object after a verb: up to a list comma followed by another verb, minus a trailing figure."""
    text = _before_closing_quote(text)
    i = 0
    while True:
        k = text.find("、", i)
        if k < 0:
            break
        v = _find_verb(text, k + 1)
        if v is not None and v[0] == k + 1:
            text = text[:k]
            break
        i = k + 1
    text = _TRAILING_FIGURE.sub("", text).strip(_STRIP)
    text = _strip_words(text, (), _OBJECT_QUALIFIERS) or text
    items = []
    for item in text.split("、"):
        bare = (
            _LEADING_FIGURE.sub("", item, count=1)
            if _LEADING_FIGURE.match(item) and regex.match(r"\s*\d", item)
            else item
        )
        bare = _FIGURE_MODIFIER.sub("", bare, count=1) if bare is not item else bare
        items.append(bare.strip(_STRIP) or item)
    return "、".join(items)


def _verb_at_end(text: str) -> str | None:
    """The completion verb `text` ends with, if any."""
    for v in _VERBS:
        if text.endswith(v) and len(text) >= len(v):
            return v
    return None


def _none_if_empty(s: str | None) -> str | None:
    s = (s or "").strip(_STRIP)
    return s or None


def _subject_action_from_post(post: str) -> tuple[str | None, str | None, bool]:
    """post = text after the time phrase (or a whole governed clause).
    Returns (subject, action, verb_first)."""
    post = post.strip(_STRIP)
    v = _find_verb(post)
    if v is None:
        return None, None, False
    vs, ve = v
    where = _LOCATION_OPENING.match(post, 0, vs) and not _LEVEL_FROM.search(post, 0, vs)
    head = "" if where else _strip_words(post[:vs], _LEADS, _TRAILS)
    if head:
        # "time + subject + verb ...": action = verb phrase up to a figure
        return head, _cut_action(post[vs:]), False
    # "time + verb + object"
    obj = post[ve:]
    if post[vs:ve].strip(_STRIP).endswith(tuple(_LIGHT_VERBS)):
        # "实现A、B招生": the object ends in the real action
        obj_c = obj.strip(_STRIP)
        last = _verb_at_end(obj_c)
        if last and len(obj_c) > len(last) and last not in P.DOUBLING_VERBS:
            # take in verbs and adverbs written before it ("竣工通车", "全部建成")
            # (one more verb at most: "拓宽改造竣工通车" -> 竣工通车)
            cut, verbs = len(obj_c) - len(last), 1
            while cut > 0:
                more = _verb_at_end(obj_c[:cut]) if verbs < 2 else None
                if more:
                    verbs += 1
                else:
                    more = next((a for a in _ADVERBS if obj_c[:cut].endswith(a)), None)
                if not more or cut - len(more) <= 0:
                    break
                cut -= len(more)
            return _none_if_empty(_clean_object(obj_c[:cut])), obj_c[cut:], True
    obj_c = obj.strip(_STRIP)
    if obj_c and obj_c in _VERB_SET:
        # `力争2027年底前通车运营`, `年底实现供水`: a verb after the verb is part of the action; what is due
        # is named before (the caller looks in the clause before)
        return None, post[vs:ve].strip(_STRIP) + obj_c, True
    return _none_if_empty(_clean_object(obj)), post[vs:ve].strip(_STRIP), True


def _previous_clause_subject(sentence: str, clause_start: int, time_starts: dict | None = None) -> str | None:
    """Leading noun phrase of the clause before `clause_start` (same segment); a clause
    that starts with a time phrase is passed over ("A，今年冬天就要开始进行，争取明年上半年
    完成" -> A)."""
    if clause_start == 0 or sentence[clause_start - 1] not in "，,":
        return None
    b = clause_start - 1
    a = b
    while a > 0 and sentence[a - 1] not in _CLAUSE_SEPS:
        a -= 1
    lead = a
    while lead < b and sentence[lead] in _STRIP:
        lead += 1
    time_starts = time_starts or {}
    if lead in time_starts:
        rest = sentence[time_starts[lead] : b].strip(_STRIP)
        if not rest or _starts_with_any(rest, _ADVERBS) or _starts_with_any(rest, _LEADS):
            return _previous_clause_subject(sentence, a, time_starts)
        a = time_starts[lead]  # "五年内施工的大中型建设项目": the words after the time phrase
    if _VERB_AND_FIGURE.fullmatch(sentence[a:b].strip(_STRIP)) and a > 0:
        # `…的重大项目902个，完成投资1300亿元，年底竣工200个以上`: a verb and its amount name nothing; the
        # clause before does
        return _previous_clause_subject(sentence, a, time_starts)
    prev = _LEADING_COUNT.sub("", _strip_words(sentence[a:b], _LEADS, ()))
    counted = _COUNTED_AFTER_DE.search(prev)
    if counted:
        return counted.group("noun")  # `实施总投资5962亿元的重大项目902个`: what the clause counts
    verb = next((v for v in P.TASK_VERB_STARTS if prev.startswith(v)), None)
    if verb:
        # `建设110千伏及以上输变电工程49项，力争年内投产23项`: what the clause before builds, without its count
        obj = _LEADING_COUNT.sub("", _strip_words(prev[len(verb) :], P.OBJECT_LEAD_JOINERS, ()))  # (`新建或扩建7项…`)
        obj = _TRAILING_FIGURE.sub("", obj).strip(_STRIP)
        if len(obj) >= 2 and _find_verb(obj) is None:
            return obj
    m = _PREV_SUBJECT_STOP.search(prev)
    if m:
        prev = prev[: m.start()]
    prev = _RATE_SUFFIX.sub("", prev.strip(_STRIP)).strip(_STRIP)
    return prev or None


def _split_clauses(sentence: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """Clauses of sentence[start:end] as (start, end, separator before it)."""
    out, a, sep = [], start, sentence[start - 1] if start > 0 else ""
    for i in range(start, end):
        if sentence[i] in _CLAUSE_SEPS:
            out.append((a, i, sep))
            sep, a = sentence[i], i + 1
    out.append((a, end, sep))
    return out


def _starts_with_any(text: str, words) -> bool:
    return any(text.startswith(w) for w in words)


def _governed(
    sentence: str, from_pos: int, next_time_start: int, headed: bool, time_starts: dict | None = None
) -> list[Pair]:
    """Further (subject, action) pairs governed by a time phrase standing at the
    start of its clause: the following clauses of its segment that read
    'subject + verb' (or any verb clause when the phrase heads the clause with
    a comma), and, for a heading phrase, further ；-segments reading
    'subject + verb'.  Stops at the next time expression, at the end of the
    sentence, at a clause without a verb, or at a clause starting a new
    statement (全年…, 同时…)."""
    pairs: list[Pair] = []
    limit = next_time_start
    for k, ch in enumerate(sentence[from_pos:limit]):
        if ch in _SENTENCE_END:
            limit = from_pos + k
            break
    for a, b, sep in _split_clauses(sentence, from_pos, limit):
        text = sentence[a:b].strip(_STRIP)
        if not text:
            break
        if _starts_with_any(text, P.CLAUSE_STOP_WORDS):
            break
        lead = a
        while lead < b and sentence[lead] in _STRIP:
            lead += 1
        if time_starts and lead in time_starts:
            break  # a clause with a time phrase of its own (even one not read here)
        crossed_segment = sep in _SEGMENT_SEPS
        if crossed_segment and not headed:
            break
        cond = _ADVERBIAL.search(text)
        if cond and cond.end() == len(text) and not _strip_words(text[: cond.start()], _LEADS, ()):
            continue  # `到1992年，力争在…的基础上，使国民生产总值达到…`: a condition, the goal follows
        starts_with_lead = _starts_with_any(text, _LEADS)
        subject, action, verb_first = _subject_action_from_post(text)
        if action is None:
            break
        if (crossed_segment or not headed) and (
            verb_first or starts_with_lead or _starts_with_any(text, P.TASK_VERB_STARTS)
        ):
            break
        pairs.append((subject, action))
    return pairs


def _list_chain(post_rest: str) -> list[Pair]:
    """'A完成改扩建、B主体完工、C开工建设': further 'subject + verb' items after
    a list comma, for one time phrase."""
    pairs: list[Pair] = []
    for item in post_rest.split("、"):
        item = item.strip(_STRIP)
        if not item:
            break
        subject, action, verb_first = _subject_action_from_post(item)
        if action is None or verb_first or _starts_with_any(item, _LEADS) or _starts_with_any(item, P.TASK_VERB_STARTS):
            break
        pairs.append((subject, action))
    return pairs


# ---------------------------------------------------------------------------
# Public API
# ---------------------------------------------------------------------------


def find_deadlines(
    sentence: str,
    plan_year: int | None,
    now_year: int | None = None,
    horizon_only: bool = False,
    delivered: _dt.date | None = None,
    spoken: bool = True,
) -> list[dict]:
    """Deadlines in one normalised sentence.

    sentence: ASCII digits, no line breaks (spaces and “” may remain).
    plan_year: plan year of the section (unmarked forms such as `6月底前` resolve
    against it); when None, relative forms get due=None.
    now_year: the year the report is given in (`今年`, `明年`, `本世纪` count from it);
    defaults to plan_year.
    horizon_only: read only absolute times after the plan year (`到2025年`,
    `一九八五年底以前`, `“十四五”末`, `本世纪末`) -- for parts that do not plan
    (see `reading_scope`) -- and, when `delivered` (the report's date) is known, times of this
    year named with 今年 that fall after it (`今年6月底有望成为…` in a review given in April).
    spoken: the document is a report given on `delivered` (not a notice issued then, whose listed
    tasks keep dates already past: `5月中旬` in a breakdown issued in June), so a part of the year
    over by then is reported on, not due.

    Returns one dict per (time expression, subject) pair, in order of the text:
    {"start", "end", "text", "due", "precision", "action", "subject"}; start/end
    cover the time expression only and text == sentence[start:end].
    """
    if now_year is None:
        now_year = plan_year
    cands = _candidates(sentence)
    kept = _kept_times(sentence, cands, plan_year, now_year, horizon_only, delivered, spoken)
    time_starts = {c[0]: c[1] for c in cands}
    results: list[dict] = []
    for idx, (s, e, form, due, clause_start, clause_end) in enumerate(kept):
        next_start = kept[idx + 1][0] if idx + 1 < len(kept) else len(sentence)
        prev_end = kept[idx - 1][1] if idx > 0 else -1
        if form.get("pairing") == "level_to":
            pairs = [_level_to_pair(sentence, s, clause_start)]
        else:
            pairs = _time_pairs(sentence, s, e, clause_start, clause_end, prev_end, next_start, time_starts)
            if horizon_only and form.get("after_delivery"):
                pairs = pairs[:1]  # in a review the clauses after it report what was done
        if (
            idx > 0
            and kept[idx - 1][4] == clause_start
            and results
            and _list_item_without_subject(sentence, prev_end, s, e, min(clause_end, next_start))
        ):
            # `开工率一季度达到30%、二季度达到60%`: an item of only a verb and a figure keeps the subject before
            pairs = [(results[-1]["subject"], a) for _subj, a in pairs]
        for subject, action in pairs:
            results.append(
                {
                    "start": s,
                    "end": e,
                    "text": sentence[s:e],
                    "due": due,
                    "precision": form["precision"],
                    "action": _none_if_empty(action),
                    "subject": _none_if_empty(_SUBJECT_COMPARISON_TAIL.sub("", subject or "").strip(_STRIP) or subject),
                }
            )
    _distribute_respective(sentence, results)
    return results


def _distribute_respective(sentence: str, results: list[dict]) -> None:
    """`A、B分别于第一季度、第二季度开工`: the times listed after 分别于 share the verb after the last, and
    the subjects listed before are theirs in order (RESPECTIVE_TIMES_BEFORE)."""
    i = 0
    while i < len(results):
        r = results[i]
        if not sentence.endswith(P.RESPECTIVE_TIMES_BEFORE, 0, r["start"]):
            i += 1
            continue
        j = i
        while j + 1 < len(results) and sentence[results[j]["end"] : results[j + 1]["start"]] in P.RESPECTIVE_TIME_GAPS:
            j += 1
        run = results[i : j + 1]
        action = run[-1]["action"]
        subjects = (run[-1]["subject"] or "").split("、")
        for k, item in enumerate(run):
            item["action"] = item["action"] or action
            if len(subjects) == len(run) and all(subjects):
                item["subject"] = subjects[k]
        i = j + 1


def _kept_times(
    sentence: str,
    cands: list[tuple[int, int, dict, regex.Match[str]]],
    plan_year: int | None,
    now_year: int | None,
    horizon_only: bool,
    delivered: _dt.date | None = None,
    spoken: bool = True,
) -> list[Kept]:
    """The time expressions of a sentence that are deadlines, each with its due date and clause."""
    kept: list[Kept] = []
    for s, e, form, m in cands:
        due, precision = _resolve(form, m, plan_year, now_year)
        if due is None and (plan_year is not None or form["resolver"] in ("fyp_end",) or m.groupdict().get("year")):
            # impossible date (6月31日) or unparsable numeral
            continue
        if horizon_only and not (
            (_is_horizon(form, m) and due is not None and plan_year is not None and due.year > plan_year)
            or _after_delivery(form, m, due, delivered)
        ):
            continue
        if spoken and _over_by_delivery(form, m, due, delivered):
            continue
        clause_start, clause_end = _clause_bounds(sentence, s, e)
        if _is_skipped(sentence, s, e, form, m, plan_year, due, clause_end):
            continue
        late = horizon_only and not (_is_horizon(form, m) and due is not None and plan_year and due.year > plan_year)
        kept.append((s, e, dict(form, precision=precision, after_delivery=late), due, clause_start, clause_end))
    return kept


def _over_by_delivery(form: dict, m, due: _dt.date | None, delivered: _dt.date | None) -> bool:
    """A part of this year written without a year (`到5月份为止`, `第一季度已经开工的`) that was over when
    the report was given (the 1956 report, 15 June): a period reported on, not a date due."""
    if due is None or delivered is None or due >= delivered or form["precision"] not in P.PART_OF_YEAR_PRECISIONS:
        return False
    return not _is_horizon(form, m) and m.groupdict().get("rel") in (None, "今", "本")


def _list_item_without_subject(sentence: str, prev_end: int, s: int, e: int, end: int) -> bool:
    """`…一季度达到30%、二季度达到60%`: the time phrase opens a list item (right after `、`) whose
    own words are a verb and a figure only."""
    if not sentence[prev_end:s].strip(_STRIP).endswith("、"):
        return False
    k = sentence.find("、", e, end)
    item = sentence[e : k if k >= 0 else end].strip(_STRIP)
    v = _find_verb(item)
    if v is None or v[0] != 0:
        return False
    rest = item[v[1] :].strip(_STRIP)
    return not rest or bool(_TRAILING_FIGURE.fullmatch(rest))


def _level_to_pair(sentence: str, s: int, clause_start: int) -> Pair:
    """(subject, action) of `X由…的A增加到YEAR年的B`: the verb before the year, and the quantity
    named before 由/从 (in the same ；-segment), else the words before the verb in its clause."""
    m = _LEVEL_TO_VERB.search(sentence, 0, s)
    action = m.group(0).strip(_STRIP) if m else None
    vstart = m.start() if m else s
    seg_start = max(sentence.rfind(c, 0, vstart) for c in P.SEGMENT_SEPARATORS + P.SENTENCE_END) + 1
    k = max(sentence.rfind("由", seg_start, vstart), sentence.rfind("从", seg_start, vstart))
    if k < 0:
        return _none_if_empty(_strip_words(sentence[clause_start:vstart], _LEADS, _TRAILS)), action
    a = k
    while a > seg_start and sentence[a - 1] not in _CLAUSE_SEPS:
        a -= 1
    subject = _strip_words(sentence[a:k], _LEADS, _TRAILS)
    if not subject and a > seg_start and sentence[a - 1] in "，,":
        # `第三产业在国民生产总值中的比重，由现在的四分之一左右提高到2000年的…`
        b = a - 1
        while b > seg_start and sentence[b - 1] not in _CLAUSE_SEPS:
            b -= 1
        subject = _strip_words(sentence[b : a - 1], _LEADS, _TRAILS)
    causative = _GOAL_CLAUSE_START.match(subject)
    return _none_if_empty(subject[causative.end() :] if causative else subject), action


def _tagged_action(text: str) -> Pair:
    """(subject, action) of a goal clause whose verb is none of ACTION_VERBS, by word class:
    `使化肥生产能力增加标准肥…` -> (化肥生产能力, 增加); `把现有企业认真整顿一遍` -> (现有企业,
    认真整顿一遍); `主要是打好基础` -> (基础, 打好). The action is a run of verbs, adjectives and
    adverbs holding a verb (adjectives and numeral words only where they close the clause: `得到明显缓和`,
    `一遍`), not one modifying a noun with 的; with 使/把 the
    subject is what they govern, else the object after the action (which must open the clause)."""
    from pipeline.indicators import _tag_table, tokenize  # jieba's tables, loaded only when needed

    tags = _tag_table()
    text = text.strip(_STRIP)
    causative = _GOAL_CLAUSE_START.match(text) or _EXISTENTIAL_START.match(text)
    if causative:
        text = text[causative.end() :]
    else:
        text = _strip_words(text, _FALLBACK_LEADS, ())
    words = tokenize(text)

    def tag(i: int) -> str:
        w = words[i]
        if w in _FALLBACK_NOT_ACTION:
            return ""
        if w in P.FALLBACK_ADVERBS:
            return "d"  # (`精准脱贫`: an adverb jieba leaves untagged)
        t = "v" if w in _NAMED_VERBS else tags.get(w) or "n"  # (`谋划`, `新开工`: verbs our tables name)
        if t.startswith("m"):
            # a numeral word closing the clause (`一遍`); one without numerals is jieba's mis-tag (`整顿`)
            if not (set(w) & _NUMERAL_CHARS) and not (i > 0 and set(words[i - 1]) & _NUMERAL_CHARS):
                return "v"
            return "m" if i == len(words) - 1 else ""
        if t.startswith(("d", "ad")):
            return "d"  # adverbs, adjectives used as adverbs (`认真`)
        return t[:1] if t.startswith(("v", "a")) else ""

    i = 0
    while causative and i < len(words) and tag(i) not in ("v", "d"):
        i += 1
    subject_first = False
    if not causative and i < len(words) and tag(i) not in ("v", "d"):
        # `矿山整合到100处以内`, `9家钢铁企业、3家焦化企业成功创A`: what is acted on, then the verb
        k = next((k for k in range(len(words)) if tag(k) in ("v", "d")), len(words))
        if 0 < k < len(words) and len("".join(words[:k])) <= P.SUBJECT_FIRST_MAX_CHARS and _is_subject(words[:k]):
            i, subject_first = k, True
    if i == len(words) or tag(i) not in ("v", "d"):
        return None, None
    j = i
    while j < len(words) and tag(j):
        resultative = j > i and len(words[j - 1]) == 1 and tag(j - 1) == "v"  # `打好`, `搞好`
        if tag(j) == "a" and not resultative and not all(tag(k) for k in range(j, len(words))):
            break  # an adjective before a noun (`结合重大节日`) is the object's; closing the clause, the action's
        j += 1
    if j < len(words) and words[j] in ("的", "之"):
        return None, None  # a verb modifying a noun (`投资的重点是…`, `在册的…家庭`) is no action
    run = words[i:j]
    if not any(tag(k) == "v" for k in range(i, j)) or len("".join(run)) < 2 or (causative and i == 0):
        return None, None
    head, action, rest = "".join(words[:i]), "".join(run), "".join(words[j:])
    # (the object may open on its count: `年内建设50个城市阅读点` -> 城市阅读点)
    # (before the verb, what is acted on only when no noun follows it: `国家确定40项重要科技成果` names the
    # results, not the state)
    if subject_first and any(len(w) > 1 and not w.isdigit() and _is_subject([w]) for w in words[j:]):
        subject_first = False
    subject = (
        head.strip(_STRIP)
        if causative or subject_first
        else _clean_object(_OBJECT_STOP.split(rest, 1)[0].strip(_STRIP)).lstrip("的、")
    )
    return _none_if_empty(subject), _none_if_empty(action)


def _is_subject(words: list[str]) -> bool:
    """Words that can stand before the verb as what it acts on: nouns, counts and list marks, ending in a
    noun (`9家钢铁企业、3家焦化企业`), no preposition or verb among them."""
    from pipeline.indicators import is_noun, tag_of

    return (
        bool(words)
        and is_noun(words[-1])
        and all(
            is_noun(w)
            or w in "、和及."  # (`40.3万农村贫困人口`: a decimal's point is a word of its own)
            or w.isdigit()
            or w in P.SUBJECT_COUNT_WORDS
            or w in F.OWNER_SCOPE_WORDS
            or (k > 0 and tag_of(w) == "f")  # (`现行标准下…`: a locative inside the phrase, not opening it)
            for k, w in enumerate(words)
        )
    )


def _after_delivery(form: dict, m, due: _dt.date | None, delivered: _dt.date | None) -> bool:
    """A month or day of this year named with 今年 (`今年6月底`) that falls after the report's date, or
    this year's end named so (`康藏公路将在今年内全线初步通车`, `预计在本年内…完成建设`): still to come
    when the report speaks, wherever it stands."""
    if due is None or delivered is None or m.groupdict().get("rel") not in ("今", "本"):
        return False
    if form["name"] in ("year_within", "year_end"):
        return due > delivered  # (`四级航道可望今年底通航`)
    return m.groupdict().get("rel") == "今" and form["precision"] in ("day", "month_part", "month") and due > delivered


def _subject_before(sentence: str, s: int, clause_start: int, prev_end: int) -> str:
    """The words before a time phrase in its clause that may name its subject (raw, untrimmed)."""
    pre_start = clause_start
    if prev_end > clause_start:
        # another time phrase earlier in this clause ("A 6月开工建设、B 8月开工建设"):
        # start after the list comma that ends its item
        k = sentence.rfind("、", prev_end, s)
        pre_start = k + 1 if k >= 0 else s
    else:
        # "…开工建设、B 8月…": drop a previous item ending in a verb
        k = sentence.rfind("、", pre_start, s)
        if k >= 0:
            left = sentence[pre_start:k].rstrip(_STRIP)
            if any(left.endswith(v) for v in _VERBS):
                if not _strip_words(sentence[k + 1 : s], _LEADS, _TRAILS):
                    # `X一期工程基本完成、将于今年5月正式运营`: the item after 、 goes on about X
                    verb = _verb_at_end(left) or ""
                    subject = _strip_words(left[: len(left) - len(verb)], (), _ADVERBS)
                    if subject:
                        return subject
                pre_start = k + 1
    pre = sentence[pre_start:s].strip(_STRIP)
    # a time phrase opening a quotation (`…发展目标——“到2025年，…实现新突破`) opens the goal it quotes
    return "" if pre.endswith(P.OPENING_QUOTES) else pre


def _time_pairs(
    sentence: str,
    s: int,
    e: int,
    clause_start: int,
    clause_end: int,
    prev_end: int,
    next_start: int,
    time_starts: dict[int, int],
) -> list[Pair]:
    """(subject, action) pairs one time phrase governs: in its clause, then in the clauses it heads."""
    raw_pre = _subject_before(sentence, s, clause_start, prev_end)
    pre = _strip_words(raw_pre, _LEADS, _TRAILS)

    # --- what follows in the clause (up to the next time phrase) ---
    post = sentence[e : min(clause_end, next_start)]
    purpose = _PURPOSE_BEFORE.search(raw_pre)
    if purpose:
        # `为在本世纪末实现…打下牢固的基础`: the goal runs from the time phrase to 打下/奠定
        pre = ""
        close = _PURPOSE_CLOSE.search(post, 1)
        if close:
            post = post[: close.start()]
    post_stripped = post.strip(_STRIP)
    if _ADVERBIAL.fullmatch(post_stripped):
        # "2000年在…的情况下，实现…": the phrase governs the next clause
        post_stripped = ""

    pre_verb = None if purpose else _verb_at_end(raw_pre)
    pairs = _clause_pairs(sentence, clause_start, pre, pre_verb, post, post_stripped, time_starts)
    if purpose:
        return _with_fallback(sentence, pairs, pre, post_stripped, clause_end, next_start)

    # a time phrase at the start of its clause governs following clauses
    if not pre and not pre_verb and clause_end < len(sentence) and clause_end <= next_start:
        headed = not post_stripped and sentence[clause_end] in "，,：:"
        governed = (
            _governed(sentence, clause_end + 1, next_start, headed, time_starts)
            if sentence[clause_end] in "，,：:；;"
            else []
        )
        if headed:
            pairs = [p for p in pairs if p != (None, None)] + governed
            if not pairs:
                pairs = [(None, None)]
        elif pairs and pairs[0][1] is not None and sentence[clause_end] in "，,":
            pairs.extend(governed)
    return _with_fallback(sentence, pairs, pre, post_stripped, clause_end, next_start, clause_start, time_starts)


def _with_fallback(
    sentence: str,
    pairs: list[Pair],
    pre: str,
    post_stripped: str,
    clause_end: int,
    next_start: int,
    clause_start: int | None = None,
    time_starts: dict[int, int] | None = None,
) -> list[Pair]:
    if pairs and all(a is None for _, a in pairs):
        pairs = _fallback_pairs(sentence, pairs, pre, post_stripped, clause_end, next_start)
        if (
            clause_start is not None
            and len(pairs) == 1
            and pairs[0][0] is None
            and pairs[0][1] is not None
            and not pre
            and _VERB_AND_FIGURE.fullmatch(post_stripped)
        ):
            # `大规模开展老旧小区改造，年内投资16亿元`: a verb and its amount, of what the clause before names
            subject = _previous_clause_subject(sentence, clause_start, time_starts)
            if subject and len(subject) >= 2 and not any(ch.isdigit() for ch in subject):
                pairs = [(subject, pairs[0][1])]
    return pairs


def _fallback_pairs(
    sentence: str, pairs: list[Pair], pre: str, post_stripped: str, clause_end: int, next_start: int
) -> list[Pair]:
    """Where no completion verb gave an action: read it by word class from the rest of the clause,
    or from the next clause when the time phrase heads its own (`从…的前十年，主要是打好基础`)."""
    text = post_stripped
    if not text and not pre and clause_end < min(next_start, len(sentence)) and sentence[clause_end] in "，,：:":
        b = clause_end + 1
        while b < len(sentence) and sentence[b] not in _CLAUSE_SEPS:
            b += 1
        if b <= next_start:
            text = sentence[clause_end + 1 : b]
    if not text:
        return pairs
    goal = _QUANTITY_GOAL.match(text.strip(_STRIP))
    subject, action = (
        (_none_if_empty(_strip_words(goal.group("subject"), _LEADS, _TRAILS)), goal.group("action"))
        if goal
        else _tagged_action(text)
    )
    if action is None:
        return pairs
    if pre and not _GOAL_CLAUSE_START.match(text):
        subject = pre
    return [(subject, action)]


def _clause_pairs(
    sentence: str,
    clause_start: int,
    pre: str,
    pre_verb: str | None,
    post: str,
    post_stripped: str,
    time_starts: dict[int, int],
) -> list[Pair]:
    """(subject, action) pairs of a time phrase inside its own clause."""
    pairs: list[Pair] = []
    if pre_verb and post_stripped and _find_verb(post_stripped) is None:
        # "如期实现2030年前碳达峰目标": the time phrase stands inside the verb's object
        pairs.append((_none_if_empty(_clean_object(_cut_action(post_stripped))), pre_verb))
    elif pre:
        action = None
        v = _find_verb(post_stripped)
        if v is not None:
            # the subject stands before the time; the action runs from the verb
            vs = v[0]
            action = _cut_action(post_stripped[vs:]) or None
            between = _strip_words(post_stripped[:vs], _LEADS, _TRAILS)
            if (
                len(between) > 1
                and not _TRAILING_FIGURE.fullmatch(between)
                and _SUBJECT_COMPARISON_TAIL.sub("", between)
            ):
                # "X 年底前 Y 项目开工": Y is the closer subject
                pre = between
        pairs.append((pre, action))
    elif post_stripped:
        subject, action, verb_first = _subject_action_from_post(post_stripped)
        if verb_first and (subject is None or _RELATIVE_OBJECT.match(subject)):
            # "…建成投用" / "全部建成的四百个": the subject is named in the clause before
            subject = _previous_clause_subject(sentence, clause_start, time_starts)
        pairs.append((subject, action))
        if action is not None and not verb_first:
            # "A完成改扩建、B主体完工、C开工建设": list commas after the first verb
            v = _find_verb(post)
            k = post.find("、", v[1]) if v else -1
            if k >= 0:
                pairs.extend(_list_chain(post[k + 1 :]))
    else:
        pairs.append((None, None))
    return pairs


# ---------------------------------------------------------------------------
# Where deadlines are read, and against which years (the one place that decides it)
# ---------------------------------------------------------------------------


def reading_scope(doc, sent) -> str | None:
    """How deadlines are read in one sentence of a document:
    "all"     -- every form: plan parts (section kind in PLAN_KINDS), all of a task breakdown, and
                 sentences that plan (PLAN_MODALITY_REGEX: 要, 力争, 计划 …) in parts of no
                 known role (old reports titled by topic);
    "horizon" -- only absolute times after the plan year written out (`到2025年`,
                 `一九八五年底以前`, `“十四五”末`, `本世纪末`): review parts (goal statements
                 inside a review) and the other sentences of parts of no known role;
    None      -- nothing: a glossary (NO_DEADLINE_KINDS), or no plan year to tell the
                 future from the past.
    """
    if doc.meta.doc_type == "task_breakdown":
        return "all"
    # the paragraph's own role where it differs from its section's (a plan paragraph inside a review)
    kind = getattr(sent, "role", None) or (sent.section.kind if sent.section is not None else None)
    if kind in P.NO_DEADLINE_KINDS:
        return None
    if kind in PLAN_KINDS:
        return "all"
    if not doc.meta.plan_year:
        return None
    # (a paragraph of a plan part that turned to the past plans again where it says so: `…，争取明年上半年完成`)
    in_plan_part = sent.section is not None and sent.section.kind in PLAN_KINDS
    if (kind not in REVIEW_KINDS or in_plan_part) and _PLAN_MODALITY.search(doc.text[sent.start : sent.end]):
        return "all"
    return "horizon"


_WITHIN_N = regex.compile(P.WITHIN_N_YEARS)


def names_part_period(text: str, period: tuple[int, int] | None, plan_year: int | None) -> bool:
    """`五年内新建…矿井二十八个` in a part presenting a five-year plan begun before the plan year
    (1981–1985 in a report planning 1983): the plan's own span, not a time due from now
    (in a plan starting with the plan year, `五年内` counts from it and is a deadline)."""
    m = _WITHIN_N.fullmatch(text.strip(_STRIP))
    if m is None or period is None or plan_year is None:
        return False
    n = parse_small_count(m.group("n"))
    first, last = period
    return n == last - first + 1 and first < plan_year


def reference_years(doc) -> tuple[int | None, int | None]:
    """(plan_year, now_year) of a document: unmarked forms (`6月底前`) resolve against the
    plan year, relative words (`今年`, `明年`) against the year the report was given in --
    the year before the plan year for a report delivered in November or December."""
    plan_year = doc.meta.plan_year
    now_year = plan_year
    delivered = doc.meta.delivered_on
    if plan_year is not None and delivered is not None and getattr(delivered, "year", None) == plan_year - 1:
        now_year = plan_year - 1
    return plan_year, now_year
