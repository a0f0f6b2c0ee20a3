"""Stage 2: metadata, the outline of headings, sentences, and the period each sentence talks about.

Why the period lives here: whether `增长8%` is an outcome or a target, and for which year, depends
on where the sentence stands (the review of 2020, the 2021 plan, the five-year outlook) more than
on its own words; extraction reads it off the sentence instead of guessing again.
"""

from __future__ import annotations

import datetime as dt
import functools

import regex

from patterns import headings as H
from pipeline import periods
from pipeline.document import Document, Meta, Section, Sentence
from pipeline.headings import HEADING_END as _HEADING_END
from pipeline.headings import heading_match, section_kind
from pipeline.metadata import read_metadata
from pipeline.numbers import parse_chinese_int

_SENTENCE_END = regex.compile(r"[。！？!?]+[”’」』）)]*|\n")
_PART_FORM = regex.compile(r"^第[一二三四五六七八九十]{1,3}部分")
_PLAN_WORDS_IN_HEADING = regex.compile(r"今年|明年|本年度")
_REVIEW_WORDS_IN_HEADING = regex.compile(r"去年|过去一年|上年")
_FUTURE_WORDS_IN_HEADING = regex.compile(r"今后|未来|新一届|下一步|展望")
_STRONG_REVIEW = regex.compile(H.STRONG_REVIEW_WORDS)
_PLAN_YEAR_HEADING = regex.compile(H.PLAN_YEAR_HEADING)
_HORIZON = regex.compile(H.CONTENT_HORIZON)
_FIVE_YEARS_AHEAD = regex.compile(r"(?:今后|未来|新一届政府|本届政府)(?:的)?五年|新一届政府")
_MARKUP_TITLE = regex.compile(H.MARKUP_TITLE_RAW)
_DASH_TITLE = regex.compile(H.DASH_TITLE)
_NOT_A_TITLE = regex.compile(H.NOT_A_TITLE)
_FIVE_YEARS_FIRST = regex.compile(H.FIVE_YEARS_FIRST)


def _heading_years(heading: str, meta: Meta) -> list[int]:
    """The years a heading names, in digits or as 今年/去年 (the plan year, the year reviewed)."""
    years = periods.years(heading)
    if meta.plan_year is not None and _PLAN_WORDS_IN_HEADING.search(heading):
        years = years + [meta.plan_year]
    if meta.review_year is not None and _REVIEW_WORDS_IN_HEADING.search(heading):
        years = years + [meta.review_year]
    return years


def heading_role(heading: str, meta: Meta) -> tuple[str | None, bool]:
    """(kind, decided by a year) from a heading's words, where its year beats its wording:
    `二、2021年主要工作` in a report for 2021 plans; `2020年工作回顾` reviews."""
    own = section_kind(heading)
    if own in ("glossary", "self_building", "problems"):
        return own, False
    review, plan = meta.review_year, meta.plan_year
    if plan is not None and own not in H.REVIEW_KINDS and _PLAN_YEAR_HEADING.search(heading):
        firsts = [first for first, _ in periods.five_year_plans(heading)]
        if plan in firsts:
            return "tasks", True  # `全力以赴做好“十四五”开局工作` in the plan's first year
        if review is not None and review in firsts:
            return "review", True  # `“十一五”发展开局良好` in the year after: its first year, reviewed
    years = _heading_years(heading, meta)
    if years and plan is not None:
        last = max(years)
        if last >= plan:
            if own in H.REVIEW_KINDS and _STRONG_REVIEW.search(heading):
                return "review", True  # `过去五年回顾及2021年主要工作`: the turn inside splits it
            if own == "problems":
                return own, True
            if own in H.PLAN_KINDS:
                return own, True
            return ("tasks" if last == plan else "outlook"), True
        if review is not None and last <= review:
            return "review", True
    plans = periods.five_year_plans(heading)
    if plans and plan is not None and own not in H.REVIEW_KINDS:
        first, last = plans[-1]
        if last < plan:
            return "review", True  # `“十二五”时期主要成就`
        return (own if own in H.PLAN_KINDS else "outlook"), True
    if own is None and _FUTURE_WORDS_IN_HEADING.search(heading) and regex.search(r"五年|十年|目标|任务", heading):
        return "outlook", False
    return own, False


_YEARS_AHEAD = regex.compile(r"(?:今后|未来)(?:五|十五|几)年")


def _spans_years(sec: Section, meta: Meta) -> bool:
    """The part's heading speaks of several years ahead (`今后五年…`, `“十五五”时期…`) and not of the plan year."""
    if sec.kind == "outlook":
        return True
    heading = sec.heading
    # `今后五年及明年目标任务`: five years and the plan year in one part; the plan year's own
    # paragraph still turns it
    return bool(periods.five_year_plans(heading) or _YEARS_AHEAD.search(heading))


_GLUED = regex.compile(r"(?<=[。！？])(?P<ord>[一二三四五六七八九十]{1,3})、")


def _glued_headings(doc: Document, pos: int, line: str, last: int) -> list[tuple[int, str, str]]:
    """Part headings the source ran onto the end of a paragraph (`…协同善治。三、2017年重点工作`,
    then a line break in the raw text): (position, ordinal, heading) of each that numbers the next part."""
    out = []
    for m in _GLUED.finditer(line):
        if parse_chinese_int(m.group("ord")) != last + 1:
            continue
        raw = doc.raw
        r = doc.norm.offsets[pos + m.end()]
        nl = raw.find("\n", r)
        heading = raw[r : nl if nl >= 0 else len(raw)].strip().strip("*# ")
        if 2 <= len(heading) <= H.STANDALONE_MAX_CHARS and not _HEADING_END.search(heading):
            out.append((pos + m.start(), m.group("ord"), heading))
            last += 1
    return out


def _title_line(doc: Document, pos: int, line: str) -> str | None:
    """An unnumbered line the writer set apart as a title (Markdown heading or bold markup around
    the whole line, or `2016——…` form), or None."""
    bare = line.strip()
    if not 2 <= len(bare) <= H.STANDALONE_MAX_CHARS or _NOT_A_TITLE.search(bare):
        return None
    if _DASH_TITLE.match(bare):
        return bare
    raw = doc.raw
    at = doc.norm.offsets[pos] if pos < len(doc.norm.offsets) else len(raw)
    start = raw.rfind("\n", 0, at) + 1
    end = raw.find("\n", at)
    raw_line = raw[start : end if end >= 0 else len(raw)]
    return bare if _MARKUP_TITLE.match(raw_line) else None


def _lines(text: str):
    pos = 0
    for line in text.split("\n"):
        yield pos, line
        pos += len(line) + 1


class _Cues:
    """The content and turning-point patterns of one report, its years filled in."""

    def __init__(self, meta: Meta):
        review, plan = meta.review_year, meta.plan_year
        if plan is None and review is not None:
            plan = review + 1
        if review is None and plan is not None:
            review = plan - 1
        self.review, self.plan = review, plan
        fill = {
            "review": _year_alt([review]),
            "plan": _year_alt([plan]),
            "next_plan": _plan_alt(plan),
        }
        self.late = delivered_late(meta)

        def c(pattern: str) -> regex.Pattern[str]:
            if self.late:  # delivered in November or December: 今年 is the year under review
                pattern = pattern.replace("今年|", "").replace("|今年", "")
            for key, alt in fill.items():
                pattern = pattern.replace("{" + key + "}", alt)
            return regex.compile(pattern)

        self.review_time = c(("今年|" if self.late else "") + H.CONTENT_REVIEW_TIME)
        self.plan_time = c(H.CONTENT_PLAN_TIME)
        self.outlook_time = c(H.CONTENT_OUTLOOK_TIME)
        self.plan_modal, self.review_modal = regex.compile(H.CONTENT_PLAN_MODAL), regex.compile(H.CONTENT_REVIEW_MODAL)
        self.to_plan, self.to_outlook, self.to_review = c(H.TURN_TO_PLAN), c(H.TURN_TO_OUTLOOK), c(H.TURN_TO_REVIEW)
        self.to_plan_yearless = c(H.TURN_TO_PLAN_YEARLESS)

    def role(self, text: str) -> str | None:
        """review / targets / tasks / outlook from what a text's words dominate, or None."""
        n = lambda rx: len(rx.findall(text))  # noqa: E731
        rt, pt, ot = n(self.review_time), n(self.plan_time), n(self.outlook_time) + self.horizons(text)
        rm, pm = n(self.review_modal), n(self.plan_modal)
        review_score, plan_score, outlook_score = 3 * rt + rm, 3 * pt + pm, 3 * ot
        if rt + pt + ot + rm + pm < H.CONTENT_MIN_CUES:
            return None
        if review_score >= H.CONTENT_MARGIN * max(plan_score, 1) and rt + rm >= pt + ot:
            return "review"
        if plan_score >= H.CONTENT_MARGIN * max(
            review_score, 1
        ) or plan_score + outlook_score >= 2 * H.CONTENT_MARGIN * max(review_score, 1):
            if ot > pt:
                return "outlook"
            return "targets" if regex.search(r"预期目标|主要目标|奋斗目标|主要指标", text[:400]) else "tasks"
        return None

    def horizons(self, text: str) -> int:
        """Horizons after the plan year the text names (`到2025年`)."""
        if self.plan is None:
            return 0
        return sum(1 for m in _HORIZON.finditer(text) if periods.year_value(m.group("y")) > self.plan)

    def lean(self, text: str) -> int:
        """+1 when a text's words lean to a review, -1 to a plan, 0 when they do not lean."""
        n = lambda rx: len(rx.findall(text))  # noqa: E731
        review = 3 * n(self.review_time) + n(self.review_modal)
        plan = 3 * n(self.plan_time) + n(self.plan_modal) + 3 * (n(self.outlook_time) + self.horizons(text))
        return (review > plan) - (plan > review)

    def turn(self, line: str, current: str | None, opening: bool, span: bool = False) -> str | None:
        """The role a paragraph opening with `line` turns the report to, if it does (`span`: the
        current part is about several years, so the plan year's targets still turn it)."""
        head = line[:60]
        if (current not in H.PLAN_KINDS or span) and self.plan is not None and self.to_plan.search(head):
            return "targets" if regex.search(r"目标|要求|指导思想|指标", head) else "tasks"
        if current not in H.PLAN_KINDS and self.plan is not None and self.to_plan_yearless.search(head):
            return "targets"
        if current not in H.PLAN_KINDS and self.to_outlook.search(head):
            return "outlook"
        if opening and self.review is not None and self.to_review.search(head):
            return "review"
        return None


@functools.lru_cache(maxsize=256)
def _cues_cached(review: int | None, plan: int | None, late: bool) -> _Cues:
    # late: a delivery date in the year reviewed stands for the report's (only its year is read)
    delivered = dt.date(review, 12, 31) if late and review else None
    return _Cues(Meta(review_year=review, plan_year=plan, delivered_on=delivered))


def cues_for(meta: Meta) -> _Cues:
    """The cue patterns of a report's years, compiled once per (review, plan, late) and reused."""
    return _cues_cached(meta.review_year, meta.plan_year, delivered_late(meta))


def delivered_late(meta: Meta) -> bool:
    """The report was delivered late in the year it reviews (the 1981 report, 30 November 1981):
    its `今年` is the year under review and `明年` the plan year."""
    delivered, review = meta.delivered_on, meta.review_year
    return bool(delivered and review and getattr(delivered, "year", None) == review)


def _year_alt(years) -> str:
    """An alternation of years written in Arabic or Chinese digits (never matching when empty)."""
    out = []
    for y in years:
        if y is None:
            continue
        out.append(str(y))
        out.append("".join("〇一二三四五六七八九"[int(d)] for d in str(y)))
        out.append("".join("零一二三四五六七八九"[int(d)] for d in str(y)))
    return "(?:" + "|".join(dict.fromkeys(out)) + ")" if out else "(?!)"


def _plan_alt(plan: int | None) -> str:
    """The current and next five-year plans' names (`十四五`, `第十四个五年`)."""
    if plan is None:
        return "(?!)"
    names = []
    for n in range(1, 21):
        first, last = periods.plan_span(n)
        if last >= plan and first <= plan + 5:
            cn = _cn(n)
            names += [cn + "五", f"第{cn}个五年"]
    return "(?:" + "|".join(names) + ")" if names else "(?!)"


def _cn(n: int) -> str:
    digits = "零一二三四五六七八九"
    if n < 10:
        return digits[n]
    return "十" + (digits[n - 10] if n > 10 else "")


_ORDINAL_WORDS = regex.compile(r"^第|部分$|章$")


def _ordinal_value(ordinal: str) -> int | None:
    core = _ORDINAL_WORDS.sub("", ordinal)
    if core.isdigit():
        return int(core)
    return parse_chinese_int(core) if core else None


def outline(doc: Document) -> list[Section]:
    """Headings as a tree (parent_id), each spanning up to the next heading of its level or above,
    each with its role (`kind`) and how that was decided (`how`).

    The role comes from the heading's words and years; a sub-heading without its own takes its
    part's; a part whose heading says nothing is judged by its text (`_Cues.role`). Top-level
    numbering must run in sequence (`一、…六、` then `二、` is a list inside part 六, not a part),
    and a paragraph that turns the report to the plan year (`今年政府工作的总体要求是…`) opens a part
    of its own even without a heading."""
    text = doc.text
    meta = doc.meta
    state = _Outline(doc)
    for pos, line in _lines(text):
        hm = heading_match(line)
        if hm:
            state.heading(pos, *hm)
        elif state.reads_turns and line.strip():
            state.paragraph(pos, line)
    sections = state.sections
    _judge_undecided(sections, state.undecided, state.cues, text)
    by_id = {s.section_id: s for s in sections}
    for sec in sections:
        parent = by_id.get(sec.parent_id) if sec.parent_id else None
        sec.period = _section_period(sec, parent, meta, text)
    _five_years_before_turn(sections, meta)
    return sections


def _five_years_before_turn(sections: list[Section], meta: Meta) -> None:
    """`二、“十三五”时期的发展战略和2016年的重点工作`, then a paragraph that turns to the plan year
    (`2016年是“十三五”的开局之年，做好今年的工作…`): the heading names both, and the turn opens the plan
    year's own part, so what stands before the turn is the five years' (东莞2016, 乌鲁木齐2016, 辽阳2016)."""
    plan = meta.plan_year
    if plan is None:
        return
    tops = [s for s in sections if s.level == 1]
    for sec, nxt in zip(tops, tops[1:]):
        if sec.kind not in ("targets", "tasks") or sec.period != (plan, plan):
            continue
        if nxt.how != "content" or nxt.ordinal or nxt.kind not in ("targets", "tasks") or nxt.period != (plan, plan):
            continue
        ahead = [p for p in periods.five_year_plans(sec.heading) if p[0] <= plan <= p[1]]
        if not ahead or plan not in _heading_years(sec.heading, meta):
            continue
        if _PLAN_YEAR_HEADING.search(sec.heading) or not _FIVE_YEARS_FIRST.match(sec.heading):
            continue  # `2011年的重点工作2011年是实施“十二五”规划的开局之年`: the plan year's part, its plan named after
        for inner in sections:
            if inner is sec or (
                inner.start >= sec.start
                and inner.end <= sec.end
                and inner.period == (plan, plan)
                and inner.how == "inherited"
            ):
                inner.period = ahead[-1]


def _document_kind(meta: Meta) -> str | None:
    """The role of a part whose heading says nothing, where the kind of document decides it: a task
    breakdown lists tasks, a statistical communiqué reviews, a five-year plan looks ahead."""
    if meta.doc_type == "task_breakdown":
        return "tasks"
    if meta.genre == "statistics":
        return "review"
    if meta.genre == "five_year_plan":
        return "outlook"
    return None


class _Outline:
    """One pass of `outline` over a report's lines: the sections opened so far, those still open
    (`stack`, innermost last), the top-level numbering seen (`counters`), and the sections whose
    role their text decides once the pass is over (`undecided`)."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.text = doc.text
        self.meta = doc.meta
        self.doc_kind = _document_kind(doc.meta)
        self.reads_turns = doc.meta.doc_type in ("work_report", "plan_report")
        self.cues = cues_for(doc.meta)
        self.has_parts = bool(regex.search(r"(?m)^第[一二三四五六七八九十]{1,3}部分", self.text))
        self.numbered_parts = self.has_parts or bool(regex.search(r"(?m)^[一二三四五六七八九十]{1,3}、", self.text))
        self.sections: list[Section] = []
        self.stack: list[Section] = []
        self.counters: dict[str, int] = {}
        self.undecided: list[Section] = []

    def open_section(self, pos: int, level: int, ordinal: str, heading: str, kind: str | None, how: str) -> Section:
        """A section from `pos` to the end of the text, closing the open ones of its level or deeper."""
        stack = self.stack
        while stack and stack[-1].level >= level:
            stack.pop().end = pos
        parent = stack[-1] if stack else None
        sec = Section(
            section_id=f"{self.doc.doc_id}:s{len(self.sections):04d}",
            parent_id=parent.section_id if parent else None,
            level=level,
            ordinal=ordinal,
            heading=heading,
            kind=kind or "other",
            start=pos,
            end=len(self.text),
            how=how,
        )
        self.sections.append(sec)
        stack.append(sec)
        return sec

    def in_sequence(self, level: int, ordinal: str) -> bool:
        """Whether a top-level number (`第二部分`, `二、`) continues the numbering seen so far (and
        record it); `二、大中型基本建设项目…` after `六、` is a list item inside a part, not a part."""
        counters = self.counters
        form = "part" if _PART_FORM.match(ordinal) else ("cn1" if level == 1 and ordinal else None)
        if form:
            value = _ordinal_value(ordinal)
            last = counters.get(form, 0)
            if value is not None and not (
                last < value <= last + 2 or (value == 1 and form == "cn1" and counters.get("part_seen"))
            ):
                return False
            counters[form] = value or last
            if form == "part":
                counters["part_seen"] = 1
                counters["cn1"] = 0
            elif counters.get("part_seen"):
                counters["part_seen"] = 2
        return True

    def heading(self, pos: int, level: int, ordinal: str, heading: str) -> None:
        """A heading line opens a section: its role from its own words and years, else its part's,
        else the document's, else undecided (its text decides later)."""
        if not self.in_sequence(level, ordinal):
            return
        if self.has_parts and not _PART_FORM.match(ordinal) and ordinal:
            level += 1  # `一、` under `第一部分`
        parent = None
        for s in reversed(self.stack):
            if s.level < level:
                parent = s
                break
        own, by_year = heading_role(heading, self.meta)
        if parent is None or parent.kind == "other" and parent in self.undecided:
            doc_kind = self.doc_kind
            kind, how = (own, "heading") if own else (doc_kind, "inherited") if doc_kind else (None, "content")
        elif (
            (own in H.NESTED_KINDS and not (own == "self_building" and parent.kind in H.REVIEW_KINDS))
            or (by_year and own)
            or parent.kind == "other"
        ):
            kind, how = (own, "heading") if own else (parent.kind, "inherited")
        else:
            kind, how = parent.kind, "inherited"
        sec = self.open_section(pos, level, ordinal, heading, kind, how)
        if kind is None:
            self.undecided.append(sec)

    def paragraph(self, pos: int, line: str) -> None:
        """A line of text that is not a heading may still open a part: headings glued into one line,
        a title line, or a turn of the report to the plan year or the outlook."""
        if self.glued(pos, line) or self.title(pos, line):
            return
        self.turn(pos, line)

    def glued(self, pos: int, line: str) -> bool:
        """Parts whose headings were glued into one line of text open where each heading starts."""
        glued = _glued_headings(self.doc, pos, line, self.counters.get("cn1", 0)) if not self.has_parts else []
        for at, ordinal, heading in glued:
            self.counters["cn1"] = self.counters.get("cn1", 0) + 1
            own, _ = heading_role(heading, self.meta)
            sec = self.open_section(at, 1, ordinal, heading, own, "heading" if own else "content")
            if own is None:
                self.undecided.append(sec)
        return bool(glued)

    def title(self, pos: int, line: str) -> bool:
        """A title line (`_title_line`) opens a part when its words name a role, or, in a report
        without numbered parts, one whose text decides the role."""
        title = _title_line(self.doc, pos, line)
        if not title:
            return False
        own, _ = heading_role(title, self.meta)
        if own:
            self.open_section(pos, 1, "", title, own, "heading")
            return True
        if not self.numbered_parts:
            # a report without numbered parts titles them in bold (`**岳阳阔步迈上现代化建设新征程**`):
            # its text decides the role
            self.undecided.append(self.open_section(pos, 1, "", title, None, "content"))
            return True
        return False

    def turn(self, pos: int, line: str) -> None:
        """A paragraph that turns the report (`今年政府工作的总体要求是…`) opens a part of its own."""
        stack = self.stack
        top = stack[0] if stack else None
        current = None if top is None else (None if top in self.undecided else top.kind)
        role = self.cues.turn(
            line.strip(), current, opening=top is None, span=top is not None and _spans_years(top, self.meta)
        )
        if role:
            cut = _HEADING_END.search(line)
            head = line.strip()[: min(cut.start() if cut else 24, 24)]
            self.open_section(pos, 1, "", head, role, "content")


def _judge_undecided(sections: list[Section], undecided: list[Section], cues: _Cues, text: str) -> None:
    """The text a section's own heading left open is judged by its content (`_Cues.role`), unless its
    parent has a role; a section that inherited from an undecided parent takes the parent's verdict."""
    for sec in sections:
        if sec in undecided:
            parent = next((p for p in sections if p.section_id == sec.parent_id), None)
            if parent is not None and parent.kind != "other":
                sec.kind, sec.how = parent.kind, "inherited"
                continue
            body = text[sec.start : sec.end]
            role = cues.role(body)
            if role is None:
                role = _continued_role(sec, sections, cues.lean(body))
            sec.kind = role or "other"
        elif sec.how == "inherited" and sec.parent_id:
            parent = next((p for p in sections if p.section_id == sec.parent_id), None)
            if parent is not None and parent in undecided:
                sec.kind = parent.kind


def _continued_role(sec: Section, sections: list[Section], lean: int) -> str | None:
    """When the text is not decisive: a report runs review -> plan, so a part whose words (`lean`) do
    not contradict it continues the part before it (`how` becomes inherited); a first part that
    leans to a review is one."""
    before = [
        p
        for p in sections
        if p.level == sec.level
        and p.start < sec.start
        and p.kind != "other"
        and p.kind not in ("glossary", "self_building")
    ]
    prev = before[-1] if before else None
    if prev is not None and (prev.kind in H.REVIEW_KINDS and lean >= 0 or prev.kind in H.PLAN_KINDS and lean <= 0):
        sec.how = "inherited"
        return "review" if prev.kind in H.REVIEW_KINDS else prev.kind
    if prev is None and lean > 0:
        return "review"
    return None


_TERM_REVIEW = regex.compile(H.TERM_REVIEW_HEADING)
_SINCE_YEAR = regex.compile(H.PARAGRAPH_SINCE_YEAR)
_YEARS_COUNTED = regex.compile(H.TERM_YEARS_COUNTED)
_TERM_SPAN = regex.compile(H.TERM_SPAN)
_HEADING_COUNTS = regex.compile(H.TERM_HEADING_COUNTS)


def _section_period(sec: Section, parent: Section | None, meta: Meta, text: str) -> tuple[int, int] | None:
    review, plan = meta.review_year, meta.plan_year
    plans = periods.five_year_plans(sec.heading)
    years = periods.years(sec.heading)
    if sec.how == "content" and not sec.ordinal and sec.kind in ("tasks", "targets") and plan:
        return (plan, plan)  # a turn to the plan year (`今年是实施“十二五”规划承上启下的重要一年`)
    if sec.kind in H.PLAN_KINDS and plan and not years and _FIVE_YEARS_AHEAD.search(sec.heading):
        return (plan, plan + 4)  # `今后五年政府工作的总体要求和奋斗目标`
    if sec.kind in H.PLAN_KINDS and plan and plan in years and sec.kind != "outlook":
        return (plan, plan)  # `努力做好1996年的工作，为“九五”创造一个良好开端`
    if sec.kind == "tasks" and plan and _PLAN_YEAR_HEADING.search(sec.heading) and any(p[0] == plan for p in plans):
        return (plan, plan)
    if sec.kind in H.PLAN_KINDS and plans:
        return plans[-1]
    if sec.kind in H.PLAN_KINDS and plan and not years and _FIVE_YEARS_AHEAD.search(sec.heading):
        return (plan, plan + 4)  # `今后五年政府工作的总体要求和奋斗目标`
    if sec.kind == "outlook" and sec.how == "content" and plan:
        # the five-year plan or the horizon its text names most
        body = text[sec.start : min(sec.end, sec.start + 4000)]
        ahead = [p for p in periods.five_year_plans(body) if p[1] >= plan]
        if ahead:
            return max(set(ahead), key=ahead.count)
        later = [y for y in periods.years(body) if plan < y <= plan + 30]
        if later:
            return (plan, max(set(later), key=later.count))
        return (plan, plan + 4)
    if years:
        if sec.kind in H.REVIEW_KINDS and review and review in years:
            return (review, review)
        if sec.kind in H.PLAN_KINDS and plan and plan in years:
            return (plan, plan)
        return (years[0], years[0])
    if parent is not None and parent.period is not None and (parent.kind == sec.kind or sec.how == "inherited"):
        return parent.period
    if sec.kind in H.REVIEW_KINDS and review and _TERM_REVIEW.search(sec.heading):
        # `本届政府工作回顾`, `过去五年工作回顾`: the term's years, as many as its text counts (`四年来`)
        window = (sec.start, min(sec.end, sec.start + H.TERM_TEXT_WINDOW))
        in_heading = _HEADING_COUNTS.search(sec.heading)
        span = None if in_heading else _TERM_SPAN.search(text, *window)
        lo, hi = H.TERM_SPAN_YEARS
        if span and int(span.group("end")) == review and lo <= review - int(span.group("start")) <= hi:
            return (int(span.group("start")) + 1, review)
        counted = in_heading or _YEARS_COUNTED.search(text, *window)
        n = (parse_chinese_int(counted.group("n")) if counted else None) or H.TERM_YEARS
        return (review - n + 1, review)
    if sec.kind in H.REVIEW_KINDS and review:
        return (review, review)
    if sec.kind == "outlook" and plan:
        return (plan, plan + 4)
    if sec.kind in H.PLAN_KINDS and plan:
        return (plan, plan)
    return None


def sentences(doc: Document) -> list[Sentence]:
    """Sentences (split on 。！？ and paragraph breaks), each with its section and period.

    Inside a review, a paragraph about the whole five-year plan (`五年来`, `“十四五”期间`) switches
    the running period to that plan until a paragraph speaks of one year again. Inside a plan part,
    a paragraph that opens on the past (`过去的一年，…`, `2020年，…`) is a review of its own.
    """
    text = doc.text
    out: list[Sentence] = []
    sec_iter = iter(doc.sections)
    next_sec = next(sec_iter, None)
    current: Section | None = None
    stack: list[Section] = []
    multi: tuple[int, int] | None = None
    role: str | None = None
    start = 0
    para_start = 0
    review_open = _review_opening(doc.meta)
    cues = cues_for(doc.meta)
    reads_plans = doc.meta.doc_type in ("work_report", "plan_report") and doc.meta.plan_year is not None
    for m in _SENTENCE_END.finditer(text + "\n"):
        end = m.end() if m.group() != "\n" else m.start()
        while next_sec is not None and next_sec.start <= start:
            while stack and stack[-1].end <= next_sec.start:
                stack.pop()
            stack.append(next_sec)
            multi = None
            next_sec = next(sec_iter, None)
        while stack and stack[-1].end <= start:
            stack.pop()
        current = stack[-1] if stack else None
        if start == para_start:
            role = None
            if current is not None and current.kind in H.PLAN_KINDS and review_open is not None:
                head = text[start : start + 16]
                if review_open.match(head):
                    role = "review"
                    review = doc.meta.review_year
                    five = regex.match(r"(?:过去五年|五年来|本届政府)", head)
                    multi = (review - 4, review) if five and review else None
            if role is None and current is not None and current.kind in H.REVIEW_KINDS and reads_plans:
                role = _plan_paragraph(text, start, cues)
                if role:
                    plan = doc.meta.plan_year
                    multi = (plan, plan + 4) if role == "outlook" and plan else None
            if role is None:
                multi = _paragraph_period(text, start, current, doc.meta, multi)
            elif role != "review":
                plan = doc.meta.plan_year
                if multi is None and plan:
                    multi = None
        elif role is None and current is not None and current.kind in H.PLAN_KINDS and review_open is not None:
            # a sentence inside a plan paragraph that turns to the past (`2011年，是…开局之年。过去一年，…。
            # 国内生产总值增长10.3%…`): it and the rest of its paragraph review
            if review_open.match(text[start : start + 16].lstrip()):
                role = "review"
        seg = text[start:end]
        if seg.strip():
            s, e = _trim(text, start, end)
            if role == "review":
                review = doc.meta.review_year
                period = multi or ((review, review) if review else None)
            elif role is not None:
                plan = doc.meta.plan_year
                period = multi or ((plan, plan) if plan else None)
            else:
                period = multi or (current.period if current else None)
            out.append(Sentence(s, e, current, period, multi_year=bool(period and period[0] != period[1]), role=role))
        start = m.end()
        if m.group() == "\n":
            para_start = start
    return out


def _plan_paragraph(text: str, start: int, cues: _Cues) -> str | None:
    """A paragraph inside a review that plans instead (`…政府机构改革，今年冬天就要开始进行，争取明年上半年
    完成`): it names the plan year or a future and no past time, and its words are a plan's."""
    end = text.find("\n", start)
    para = text[start : end if end >= 0 else len(text)]
    if cues.review_time.search(para) or not (
        cues.plan_time.search(para) or cues.outlook_time.search(para) or cues.horizons(para)
    ):
        return None
    if cues.review_modal.search(para):
        return None
    role = cues.role(para)
    return role if role in H.PLAN_KINDS else None


def _review_opening(meta: Meta) -> regex.Pattern[str] | None:
    return _review_opening_cached(meta.review_year, delivered_late(meta))


@functools.lru_cache(maxsize=256)
def _review_opening_cached(review: int | None, late: bool) -> regex.Pattern[str] | None:
    if review is None:
        return None
    pattern = H.PARAGRAPH_REVIEW_OPENING.replace("{review}", _year_alt([review]))
    if late:
        pattern = pattern.replace("^(?:", "^(?:今年(?:以来|，|,|是|我|全)|", 1)
    return regex.compile(pattern)


def _paragraph_period(text: str, start: int, sec: Section | None, meta: Meta, running):
    """At a paragraph start inside a review: switch to or from the five-year span."""
    if sec is None or sec.kind not in H.REVIEW_KINDS:
        return None
    end = text.find("\n", start)
    para = text[start : end if end >= 0 else len(text)][:200]
    head = para[:60]
    review = meta.review_year or (sec.period[1] if sec.period else None)
    if periods.is_single_year(head) and not periods.is_multi_year(head[:12]):
        return None
    if periods.is_multi_year(head) or periods.five_year_plans(head):
        if review and regex.search(r"五年来|过去五年|本届政府|五年间", head[:30]):
            return (review - 4, review)
        since = _SINCE_YEAR.match(head)
        if since and review and 0 < review - int(since.group("y")) <= H.TERM_SPAN_YEARS[1]:
            return (int(since.group("y")), review)  # `2008年以来的几年，…` opening a review of the term
        plans = [p for p in periods.five_year_plans(para) if review is None or p[0] <= review <= p[1]]
        if plans:
            return (plans[0][0], min(plans[0][1], review)) if review else plans[0]
        if review and regex.search(r"五年", head):
            return (review - 4, review)
    return running


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def segment(doc: Document) -> Document:
    """Stage 2: fill `meta`, `sections` and `sentences`."""
    doc.meta = read_metadata(doc.plain_raw, doc.location or doc.source)
    meta = doc.meta
    meta.title, meta.speaker, meta.speaker_title = (
        doc.as_written(meta.title),
        doc.as_written(meta.speaker),
        doc.as_written(meta.speaker_title),
    )
    doc.sections = outline(doc)
    doc.sentences = sentences(doc)
    return doc
