"""One pydantic model per table row (the contract of `shared/spec/DATASET.md`).

Why models: every record passes through its model before it is written, and the Parquet schema is
derived from the same models (`schemas/arrow.py`), so the contract is stated once.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

SCHEMA_VERSION = "2"

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
CorrectionStatus = Literal["applied", "figure not found", "invalid value"]

# What each code of a closed column means: shown by `gwr schema` and in the README. Keys are column
# names; a column whose values are listed here is stored as a Parquet dictionary (pandas: category).
# The fields that say how a figure was read (as opposed to where it stands): what a user may correct
# (`pipeline/corrections.py`), what the panel and the review page carry of each figure.
FIGURE_READING = (
    "indicator",
    "indicator_code",
    "value",
    "value_max",
    "unit",
    "unit_base",
    "value_base",
    "measure",
    "comparator",
    "sign",
    "status",
    "year",
    "period_start",
)

CODES: dict[str, dict[str, str]] = {
    "doc_type": {
        "work_report": "政府工作报告: the government's annual work report",
        "plan_report": "国民经济和社会发展计划执行情况与计划草案的报告: the plan report",
        "task_breakdown": "重点工作责任分解: who must deliver which task of the work report, by when",
        "communique": "国民经济和社会发展统计公报: the statistical communiqué of a year; its figures are that year's official outcomes",
        "other": "any other text (five-year plan, …); its figures are still read",
    },
    "level": {
        "national": "the State Council (region 全国)",
        "province": "a province, autonomous region or municipality (北京、上海、天津、重庆)",
        "city": "a prefecture-level city",
        "district": "a district (区) of a city",
        "county": "a county or county-level city",
        "unknown": "no region could be read",
    },
    "kind": {
        "review": "the review of the past year or period (回顾)",
        "problems": "problems and shortcomings (问题、不足)",
        "outlook": "the situation and general requirements for the coming year",
        "targets": "the main targets (主要预期目标)",
        "tasks": "the work of the coming year (重点工作、主要任务)",
        "self_building": "the government's own conduct (政府自身建设)",
        "glossary": "名词解释",
        "other": "any other heading",
    },
    "kind_source": {
        "heading": "the heading's words decided the kind",
        "content": "the section's content decided it (its time words, modality, the turn to the plan year)",
        "inherited": "taken from the enclosing part, or from the document when nothing decided it",
    },
    "measure": {
        "amount": "a level, quantity or count (480亿元, 12个)",
        "growth": "a percentage change, vs last year or vs a plan (增长6%)",
        "share": "a proportion or rate as a level (占比, 率, 覆盖率, 比重, 失业率)",
        "change": "an absolute change (净增46天, 提高2个百分点)",
        "rank": "a rank (第8位)",
        "multiple": "a multiple (1.6倍, 翻一番)",
        "ratio": "a bare ratio (城乡居民收入比 1.50)",
    },
    "comparator": {
        ">=": "at least: 以上/超过/突破/不低于/不少于/至少",
        "<=": "at most: 以内/以下/不超过/控制在…以内/不到",
        "~": "about: 左右/约/近/大约",
        "=": "exactly as written (no qualifier)",
    },
    "sign": {
        "1": "the quantity rose or is a level",
        "-1": "the text says it fell (下降/减少/降低/缩小…); the value itself stays positive",
    },
    "status": {
        "actual": "achieved, reported as done",
        "estimated": "预计: an estimate for a finished period",
        "target": "a plan, goal or commitment (预期目标, 力争, 确保, 到2025年…)",
    },
    "precision": {
        "day": "a day (5月20日前)",
        "month_part": "上旬/中旬/下旬 of a month",
        "month": "a month (6月底前)",
        "quarter": "a quarter (一季度)",
        "half": "a half year (上半年)",
        "year": "a year (年底前, 到2025年)",
        "years": "N years (3年内)",
    },
    "correction_status": {
        "applied": "the value in the figure (and target) rows was replaced",
        "figure not found": "no figure with this id in this run: the correction is kept in corrections.csv, not applied",
        "invalid value": "the new value does not pass the figure's model: not applied",
    },
}


def Year(description: str = "a year"):
    return Field(default=None, ge=1900, le=2100, description=description)


def D(description: str, default=..., **kw):
    """A field and its meaning (the one place columns are documented; `gwr schema` prints these)."""
    return Field(default, description=description, **kw)


class Record(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Spanned(Record):
    """A row that points into a document's raw text."""

    doc_id: str = D("the document: a hash of the file's bytes (documents.doc_id)")
    char_start: int = D("start of the mention in the document's raw text (texts.text), a Python str index", ge=0)
    char_end: int = D("end of the mention (exclusive): texts.text[char_start:char_end] is the mention", ge=0)

    @model_validator(mode="after")
    def _ordered(self):
        if self.char_end <= self.char_start:
            raise ValueError(f"empty or reversed span [{self.char_start}, {self.char_end})")
        return self


class DocumentRow(Record):
    """One input file."""

    doc_id: str = D("stable id: the first 16 hex digits of the SHA-256 of the file's bytes")
    source: str = D("the file's path as given, relative to the folder given")
    title: str | None = D("title as written", None)
    doc_type: DocType = D("kind of report (codes below)")
    region: str | None = D(
        "region as named in the report (洛阳市偃师区; 全国 for the State Council); the folder only as a fallback", None
    )
    level: Level = D("administrative level of the region (codes below)")
    delivered_on: dt.date | None = D("date the report was delivered or issued", None)
    speaker: str | None = D("who delivered it", None)
    speaker_title: str | None = D("the speaker's title (省长, 市长, …)", None)
    review_year: int | None = Year("the year the report looks back on")
    plan_year: int | None = Year("the year the report plans for")
    n_chars: int = D("length of the raw text in characters", ge=0)
    encoding: str = D("how the bytes were decoded (utf-8, gb18030, utf-16, docx, pdf, html, …)")
    share_part_decided: float | None = D(
        "how well the report was read: the share of its figures standing in a part of known role (null without figures)",
        None,
        ge=0,
        le=1,
    )
    share_year_decided: float | None = D(
        "how well the report was read: the share of its figures with a year (null without figures)", None, ge=0, le=1
    )


class SectionRow(Spanned):
    """One heading of a document's outline, with the span of its whole section."""

    section_id: str = D("id: doc_id:s<n>")
    parent_id: str | None = D("the enclosing section", None)
    level: int = D("depth in the outline, 1 = top (一、), 2 = （一）, …", ge=1, le=9)
    ordinal: str = D("the number as written (一, （三）, 3)")
    heading: str = D("the heading's words")
    kind: SectionKind = D("what the section is about (codes below)")
    kind_source: KindSource = D(
        "how the kind was decided: from the heading's words, from the content, or inherited from the enclosing part",
        "heading",
    )
    period_first: int | None = Year("first year the section talks about")
    period_last: int | None = Year("last year the section talks about")


class FigureRow(Spanned):
    """One number that quantifies something (meanings: shared/gold/GUIDELINES.md)."""

    figure_id: str = D("id: doc_id:f<n>; the key of `gwr correct` and corrections.csv")
    section_id: str | None = D("the innermost section it stands in", None)
    text: str = D("the mention as written: raw[char_start:char_end]", min_length=1)
    sentence: str = D("the sentence it stands in, as written")
    indicator: str | None = D("the shortest phrase naming what is measured, as written", None)
    indicator_code: str | None = D(
        "canonical id from the indicator lexicon (patterns/indicators.py); null when unknown", None
    )
    value: float = D("the number as written, as a float; for a range its low end", ge=0)
    value_max: float | None = D("high end of a range, else null", None)
    unit: str | None = D("unit as written (亿元, %, 个百分点)", None)
    unit_base: str | None = D("unit without its magnitude prefix (亿元 → 元)", None)
    value_base: float = D("value × the prefix's multiplier (440.2亿元 → 44020000000.0)", ge=0)
    measure: Measure = D("what kind of quantity (codes below)")
    comparator: Comparator = D("the qualifier on the number (codes below)")
    sign: Literal[1, -1] = D("-1 when the text says the quantity fell, else 1")
    status: Status = D("achieved, estimated or planned (codes below)")
    year: int | None = Year("the year the figure is about (for a multi-year total: the period's last year)")
    period_start: int | None = Year("first year of a multi-year period (十三五期间 → 2016), else null")

    @model_validator(mode="after")
    def _consistent(self):
        if self.value_max is not None and self.value_max <= self.value:
            raise ValueError(f"range upper end {self.value_max} is not above its lower end {self.value}")
        if self.period_start is not None and self.year is not None and self.period_start > self.year:
            raise ValueError(f"period_start {self.period_start} after year {self.year}")
        return self


class TargetRow(Record):
    """A figure with status `target`, with what a cross-year comparison needs (no joins)."""

    figure_id: str = D("the figure (figures.figure_id)")
    doc_id: str = D("the document that sets the target")
    region: str | None = D("the document's region", None)
    plan_year: int | None = Year("the document's plan year")
    indicator: str | None = D("what is measured, as written", None)
    indicator_code: str | None = D("canonical indicator id; null when unknown", None)
    measure: Measure = D("what kind of quantity (codes below)")
    value: float = D("the number as written; for a range its low end")
    value_max: float | None = D("high end of a range, else null", None)
    unit: str | None = D("unit as written", None)
    unit_base: str | None = D("unit without its magnitude prefix", None)
    value_base: float = D("value × the prefix's multiplier")
    comparator: Comparator = D("the qualifier on the number (codes below)")
    sign: Literal[1, -1] = D("-1 for a fall (下降3%), else 1")
    year: int | None = Year("the year the target is for")
    period_start: int | None = Year("first year of a multi-year period, else null")
    deadline_id: str | None = D("the deadline written in the same clause (deadlines.deadline_id), else null", None)
    sentence: str = D("the sentence the target stands in, as written")


class DeadlineRow(Spanned):
    """A time expression that fixes a due date."""

    deadline_id: str = D("id: doc_id:d<n>")
    section_id: str | None = D("the innermost section it stands in", None)
    text: str = D("the time expression as written (6月底前)", min_length=1)
    due: dt.date = D("last day of the period, resolved against the plan year (6月底前 in 2021 → 2021-06-30)")
    precision: Precision = D("how precise the due date is (codes below)")
    action: str | None = D("the verb phrase due then (建成, 开工建设), as written", None)
    subject: str | None = D("the project or task, as written", None)
    sentence: str = D("the sentence it stands in, as written")


class TaskRow(Spanned):
    """A numbered task of a responsibility breakdown (重点工作责任分解)."""

    task_no: int = D("the task's number", ge=1, le=32767)
    chapter: str | None = D("the chapter heading it stands under", None)
    text: str = D("the task's words")
    lead_leaders: list[str] = D("the leaders who lead it (牵头领导), in order")
    units: list[str] = D("the responsible units (责任单位), in order")
    figure_ids: list[str] = D("figures inside the task", [])
    deadline_ids: list[str] = D("deadlines inside the task", [])
    source_doc_id: str | None = D("the same year's work report the task was taken from, null when none was read", None)
    source_char_start: int | None = D("start of that passage in the work report", None)
    source_char_end: int | None = D("end of that passage in the work report", None)


class GlossaryRow(Spanned):
    """A 名词解释 entry."""

    term: str = D("the term", min_length=1)
    definition: str = D("its explanation")


class TextRow(Record):
    """The raw text every offset indexes, as decoded (or as extracted from .docx/.pdf/.html), stored
    so that `raw[char_start:char_end]` can be checked and shown without the input files."""

    doc_id: str = D("the document")
    text: str = D("the raw text: text[char_start:char_end] is every mention of the document")


class RejectRow(Record):
    """A record that failed validation: nothing is dropped silently."""

    doc_id: str = D("the document")
    stage: str = D("where it failed: extract, ground or validate")
    record_type: str = D("the table it was meant for")
    payload: str = D("the record, as JSON")
    error: str = D("why it was rejected")


class CorrectionRow(Record):
    """A correction made by hand (`gwr correct`, kept in OUT/corrections.csv) and what it did in this run."""

    figure_id: str = D("the corrected figure")
    doc_id: str | None = D("its document, null when the figure no longer exists", None)
    field: str = D("the corrected column of figures (and targets)")
    old_value: str | None = D("the extracted value it replaced, as text; null when the figure was not found", None)
    new_value: str = D("the value given by hand, as text")
    correction_status: CorrectionStatus = D("what happened to it in this run (codes below)")
    note: str | None = D("why it was not applied", None)


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
    "corrections": CorrectionRow,
}
