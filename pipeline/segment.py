"""Stage 2: metadata, the outline of headings, sentences, and the period each sentence talks about.

Why the period lives here: whether `增长8%` is an outcome or a target, and for which year, depends
on where the sentence stands (the review of 2020, the 2021 plan, the five-year outlook) more than
on its own words; extraction reads it off the sentence instead of guessing again.
"""
from __future__ import annotations

import regex

from patterns import headings as H
from pipeline import periods
from pipeline.document import Document, Section, Sentence
from pipeline.metadata import read_metadata

_HEADINGS = [(level, regex.compile(p)) for level, p in H.HEADING_FORMS]
_STANDALONE = [(level, regex.compile(p)) for level, p in H.STANDALONE_HEADINGS]
_KINDS = [(kind, regex.compile(p)) for kind, p in H.SECTION_KINDS]
_HEADING_END = regex.compile(r"[。！？!?；;]")
_SENTENCE_END = regex.compile(r"[。！？!?]+[”’」』）)]*|\n")


def heading_match(line: str) -> tuple[int, str, str] | None:
    """(level, ordinal, heading text) when a normalised line opens with a heading form."""
    for level, pattern in _STANDALONE:
        if pattern.match(line):
            return level, "", line.strip()
    for level, pattern in _HEADINGS:
        m = pattern.match(line)
        if m:
            rest = line[m.end() :]
            cut = _HEADING_END.search(rest)
            heading = rest[: cut.start()] if cut else rest
            if not heading.strip() or len(heading) > H.HEADING_MAX_CHARS:
                return None
            return level, m.group("ord"), heading.strip()
    return None


def section_kind(heading: str) -> str | None:
    for kind, pattern in _KINDS:
        if pattern.search(heading):
            return kind
    return None


def _lines(text: str):
    pos = 0
    for line in text.split("\n"):
        yield pos, line
        pos += len(line) + 1


def outline(doc: Document) -> list[Section]:
    """Headings as a tree (parent_id), each spanning up to the next heading of its level or above."""
    text = doc.text
    default_kind = "tasks" if doc.meta.get("doc_type") == "task_breakdown" else "other"
    sections: list[Section] = []
    stack: list[Section] = []
    for pos, line in _lines(text):
        hm = heading_match(line)
        if not hm:
            continue
        level, ordinal, heading = hm
        while stack and stack[-1].level >= level:
            stack.pop().end = pos
        parent = stack[-1] if stack else None
        kind = _kind(section_kind(heading), parent, default_kind)
        sec = Section(
            section_id=f"{doc.doc_id}:s{len(sections):04d}",
            parent_id=parent.section_id if parent else None,
            level=level,
            ordinal=ordinal,
            heading=heading,
            kind=kind,
            start=pos,
            end=len(text),
        )
        sec.period = _section_period(sec, parent, doc.meta)
        sections.append(sec)
        stack.append(sec)
    return sections


def _kind(own: str | None, parent: Section | None, default: str) -> str:
    """A sub-heading keeps its part's kind (`（五）…重点任务取得实效` under a review is review),
    unless it opens a part of its own kind that can nest (problems, glossary)."""
    if parent is None:
        return own or default
    if own in H.NESTED_KINDS or parent.kind == "other":
        return own or parent.kind
    return parent.kind


def _section_period(sec: Section, parent: Section | None, meta: dict) -> tuple[int, int] | None:
    review, plan = meta.get("review_year"), meta.get("plan_year")
    plans = periods.five_year_plans(sec.heading)
    years = periods.years(sec.heading)
    if sec.kind in H.PLAN_KINDS and plans:
        return plans[-1]
    if years:
        return (years[0], years[0])
    if parent is not None and parent.period is not None:
        return parent.period
    if sec.kind in H.REVIEW_KINDS and review:
        return (review, review)
    if sec.kind in H.PLAN_KINDS and plan:
        return (plan, plan)
    return None


def sentences(doc: Document) -> list[Sentence]:
    """Sentences (split on 。！？ and paragraph breaks), each with its section and period.

    Inside a review, a paragraph about the whole five-year plan (`五年来`, `“十四五”期间`) switches
    the running period to that plan until a paragraph speaks of one year again.
    """
    text = doc.text
    out: list[Sentence] = []
    sec_iter = iter(doc.sections)
    next_sec = next(sec_iter, None)
    current: Section | None = None
    stack: list[Section] = []
    multi: tuple[int, int] | None = None
    start = 0
    para_start = 0
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
            multi = _paragraph_period(text, start, current, doc.meta, multi)
        seg = text[start:end]
        if seg.strip():
            s, e = _trim(text, start, end)
            period = multi or (current.period if current else None)
            out.append(Sentence(s, e, current, period, multi_year=bool(period and period[0] != period[1])))
        start = m.end()
        if m.group() == "\n":
            para_start = start
    return out


def _paragraph_period(text: str, start: int, sec: Section | None, meta: dict, running):
    """At a paragraph start inside a review: switch to or from the five-year span."""
    if sec is None or sec.kind not in H.REVIEW_KINDS:
        return None
    end = text.find("\n", start)
    para = text[start : end if end >= 0 else len(text)][:200]
    head = para[:60]
    review = meta.get("review_year") or (sec.period[1] if sec.period else None)
    if periods.is_single_year(head) and not periods.is_multi_year(head[:12]):
        return None
    if periods.is_multi_year(head) or periods.five_year_plans(head):
        plans = [p for p in periods.five_year_plans(para) if review is None or p[0] <= review <= p[1]]
        if plans:
            return plans[0]
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
    for key in ("title", "speaker", "speaker_title"):
        doc.meta[key] = doc.as_written(doc.meta.get(key))
    doc.sections = outline(doc)
    doc.sentences = sentences(doc)
    return doc
