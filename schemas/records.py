"""One pydantic model per table row (the contract of `shared/spec/DATASET.md`).

Why models: every record passes through its model before it is written, and the Parquet schema is
derived from the same models (`schemas/arrow.py`), so the contract is stated once.
"""
from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

SCHEMA_VERSION = "1"

DocType = Literal["work_report", "plan_report", "task_breakdown", "communique", "other"]
Level = Literal["national", "province", "city", "district", "county", "unknown"]
SectionKind = Literal["review", "problems", "outlook", "targets", "tasks", "self_building", "glossary", "other"]
Measure = Literal["amount", "growth", "share", "change", "rank", "multiple", "ratio"]
Comparator = Literal[">=", "<=", "~", "="]
Status = Literal["actual", "estimated", "target"]
# How a section's kind was decided: its heading's words or year, its text, or its part's (or the
# document's) kind.
KindSource = Literal["heading", "content", "inherited"]
Precision = Literal["day", "month_part", "month", "quarter", "half", "year", "years"]

Year = Field(default=None, ge=1900, le=2100)


class Record(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Spanned(Record):
    """A row that points into a document's raw text."""

    doc_id: str
    char_start: int = Field(ge=0)
    char_end: int = Field(ge=0)

    @model_validator(mode="after")
    def _ordered(self):
        if self.char_end <= self.char_start:
            raise ValueError(f"empty or reversed span [{self.char_start}, {self.char_end})")
        return self


class DocumentRow(Record):
    doc_id: str
    source: str
    title: str | None = None
    doc_type: DocType
    region: str | None = None
    level: Level
    delivered_on: dt.date | None = None
    speaker: str | None = None
    speaker_title: str | None = None
    review_year: int | None = Year
    plan_year: int | None = Year
    n_chars: int = Field(ge=0)
    encoding: str
    # How well the report was read (issue 13, item 6): the share of its figures standing in a part of
    # known role, and the share with a year. Null when it has no figures.
    share_part_decided: float | None = Field(default=None, ge=0, le=1)
    share_year_decided: float | None = Field(default=None, ge=0, le=1)


class SectionRow(Spanned):
    section_id: str
    parent_id: str | None = None
    level: int = Field(ge=1, le=9)
    ordinal: str
    heading: str
    kind: SectionKind
    kind_source: KindSource = "heading"
    period_first: int | None = Year
    period_last: int | None = Year


class FigureRow(Spanned):
    figure_id: str
    section_id: str | None = None
    text: str = Field(min_length=1)
    sentence: str
    indicator: str | None = None
    indicator_code: str | None = None
    value: float = Field(ge=0)
    value_max: float | None = None
    unit: str | None = None
    unit_base: str | None = None
    value_base: float = Field(ge=0)
    measure: Measure
    comparator: Comparator
    sign: Literal[1, -1]
    status: Status
    year: int | None = Year
    period_start: int | None = Year

    @model_validator(mode="after")
    def _consistent(self):
        if self.value_max is not None and self.value_max <= self.value:
            raise ValueError(f"range upper end {self.value_max} is not above its lower end {self.value}")
        if self.period_start is not None and self.year is not None and self.period_start > self.year:
            raise ValueError(f"period_start {self.period_start} after year {self.year}")
        return self


class TargetRow(Record):
    figure_id: str
    doc_id: str
    region: str | None = None
    indicator: str | None = None
    indicator_code: str | None = None
    measure: Measure
    value: float
    value_max: float | None = None
    unit_base: str | None = None
    value_base: float
    comparator: Comparator
    sign: Literal[1, -1]
    year: int | None = Year
    period_start: int | None = Year
    deadline_id: str | None = None


class DeadlineRow(Spanned):
    deadline_id: str
    section_id: str | None = None
    text: str = Field(min_length=1)
    due: dt.date
    precision: Precision
    action: str | None = None
    subject: str | None = None
    sentence: str


class TaskRow(Spanned):
    task_no: int = Field(ge=1)
    chapter: str | None = None
    text: str
    lead_leaders: list[str]
    units: list[str]
    figure_ids: list[str] = []
    deadline_ids: list[str] = []
    source_doc_id: str | None = None
    source_char_start: int | None = None
    source_char_end: int | None = None


class GlossaryRow(Spanned):
    term: str = Field(min_length=1)
    definition: str


class TextRow(Record):
    """The raw text every offset indexes, as decoded (or as extracted from .docx/.pdf/.html), stored
    so that `raw[char_start:char_end]` can be checked and shown without the input files."""

    doc_id: str
    text: str


class RejectRow(Record):
    doc_id: str
    stage: str
    record_type: str
    payload: str
    error: str


# table name -> row model, in the order tables are written and listed.
TABLES: dict[str, type[Record]] = {
    "documents": DocumentRow,
    "sections": SectionRow,
    "figures": FigureRow,
    "targets": TargetRow,
    "deadlines": DeadlineRow,
    "tasks": TaskRow,
    "glossary": GlossaryRow,
    "rejects": RejectRow,
    "texts": TextRow,
}
