"""The one object every stage reads and enriches: raw text, its normalised form, and the layers found on it.

Why one object: stages stay plain functions (`ingest -> segment -> extract -> validate`), each adding
a layer, and every span is kept in normalised coordinates until `ground()` turns it into raw offsets
in one place.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from pipeline.normalize import Mapped


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


@dataclass
class Sentence:
    start: int  # normalised offsets
    end: int
    section: Section | None
    period: tuple[int, int] | None  # (first year, last year) the sentence is about; None when unknown
    multi_year: bool = False  # the sentence speaks of a multi-year span (“十四五”期间, 五年来)


@dataclass
class Document:
    doc_id: str
    source: str
    raw: str
    encoding: str
    norm: Mapped
    meta: dict[str, Any] = field(default_factory=dict)
    sections: list[Section] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    records: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    rejects: list[dict[str, Any]] = field(default_factory=list)

    @property
    def text(self) -> str:
        return self.norm.text

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
