"""The one object every stage reads and enriches: raw text, its normalised form, and the layers found on it.

Why one object: stages stay plain functions (`ingest -> segment -> extract -> validate`), each adding
a layer, and every span is kept in normalised coordinates until `ground()` turns it into raw offsets
in one place.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from pipeline.mapped import Mapped


@dataclass
class Meta:
    """What a document is, read from its head and tail (and its folders where the text is silent):
    `pipeline/metadata.py` fills it, the documents table and the stages after segmentation read it."""

    title: str | None = None
    doc_type: str = "other"  # work_report, plan_report, task_breakdown, communique, other
    region: str | None = None
    level: str = "unknown"  # national, province, city, district, county, unknown
    delivered_on: dt.date | None = None
    speaker: str | None = None
    speaker_title: str | None = None
    review_year: int | None = None  # the year the document reports on
    plan_year: int | None = None  # the year it plans for
    # how segmentation reads the whole text when it has no parts: "statistics" (it reviews its
    # year) or "five_year_plan" (it plans five years); None for the rest
    genre: str | None = None


@dataclass
class Section:
    section_id: str
    parent_id: str | None
    level: int
    ordinal: str
    heading: str
    kind: str
    start: int  # normalised offsets of the whole section (heading to the next heading of same/higher level)
    end: int
    period: tuple[int, int] | None = None  # years the section talks about (review year, plan year, five-year span)
    how: str = (
        "heading"  # how `kind` was decided: heading (its words or year), content (its text), inherited (its part's)
    )


@dataclass
class Sentence:
    start: int  # normalised offsets
    end: int
    section: Section | None
    period: tuple[int, int] | None  # (first year, last year) the sentence is about; None when unknown
    multi_year: bool = False  # the sentence speaks of a multi-year span (“十四五”期间, 五年来)
    role: str | None = (
        None  # its paragraph's own role where it differs from its section's (`过去的一年，…` in a plan part: review)
    )


@dataclass
class Mention:
    """One thing an extractor found, before grounding: its span and the span of its sentence in
    normalised offsets, and the row's other fields. `pipeline/extract.py` turns it into a table row
    (`char_start`/`char_end`/`text`/`sentence` cut from the raw text) in one place."""

    start: int
    end: int
    sentence: tuple[int, int]
    fields: dict[str, Any]


@dataclass
class Document:
    doc_id: str
    source: str
    raw: str
    encoding: str
    norm: Mapped
    meta: Meta = field(default_factory=Meta)
    sections: list[Section] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    records: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    rejects: list[dict[str, Any]] = field(default_factory=list)
    folded: str | None = None  # raw with traditional characters folded (same length); None if not traditional
    # the file's absolute path: metadata falls back on its folders (…/政府工作报告-省自治区/河南省/2022.md)
    # whatever folder was named on the command line, so the same file gives the same rows
    location: str | None = None
    _unfold: dict[int, str] | None = field(default=None, repr=False)

    def reject(self, stage: str, record_type: str, payload: str, error: str) -> None:
        """Keep a record that could not be kept in its table, and why: a row of `rejects` (nothing is
        dropped silently). `stage`: extract, ground or validate; `payload`: the record as text."""
        self.rejects.append(
            {"doc_id": self.doc_id, "stage": stage, "record_type": record_type, "payload": payload, "error": error}
        )

    @property
    def text(self) -> str:
        """What the rules read: normalised, and simplified when the report is traditional."""
        return self.norm.text

    @property
    def plain_raw(self) -> str:
        """The raw text for rules that read it directly (metadata, tasks, glossary): folded when
        traditional, and offset for offset the same as `raw`."""
        return self.folded if self.folded is not None else self.raw

    @property
    def surface(self) -> str:
        """`text` written as the source writes it (traditional characters kept); same offsets."""
        return self.norm.surface if self.norm.surface is not None else self.norm.text

    def as_written(self, value: str | None) -> str | None:
        """A string read off `text` (an indicator, a heading), in the characters of the source.

        Why per document: a simplified character stands for the traditional one this report uses
        for it. Where the report writes it two ways (制 and 製 both fold to 制) the character is
        left simplified; `written_in` restores such strings exactly where their position is known."""
        if value is None or self.norm.surface is None:
            return value
        if self._unfold is None:
            seen: dict[str, set[str]] = {}
            for simple, written in zip(self.norm.text, self.norm.surface):
                if simple != written or simple in seen:
                    seen.setdefault(simple, set()).add(written)
            self._unfold = {ord(k): next(iter(v)) for k, v in seen.items() if len(v) == 1}
        return value.translate(self._unfold)

    def written_in(self, value: str | None, start: int, end: int, near: int) -> str | None:
        """`value` as the source writes it, read at its occurrence in text[start:end] nearest to
        `near` (where an extractor took it from); `as_written` when it is not found there."""
        if value is None or self.norm.surface is None:
            return value
        best, at = None, self.norm.text.find(value, start, end)
        while at >= 0:
            if best is None or abs(at - near) < abs(best - near):
                best = at
            at = self.norm.text.find(value, at + 1, end)
        return self.norm.surface[best : best + len(value)] if best is not None else self.as_written(value)

    def ground(self, start: int, end: int) -> tuple[int, int, str]:
        """Raw (char_start, char_end, text) of a normalised span: the single grounding step."""
        s, e = self.norm.raw_span(start, end)
        return s, e, self.raw[s:e]

    def section_at(self, pos: int) -> Section | None:
        """Innermost section containing normalised position `pos`."""
        best = None
        for sec in self.sections:
            if sec.start <= pos < sec.end and (best is None or sec.level >= best.level):
                best = sec
        return best
