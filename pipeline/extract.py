"""Stage 3: every extractor over one document, and the single step that grounds spans in raw text.

Why grounding here: extractors work on the normalised text; this is the only place that turns
their spans into `char_start`/`char_end` of the raw text and cuts `text` from the raw, so
`raw[char_start:char_end] == text` holds by construction.
"""

from __future__ import annotations

import datetime as _dt
import json
from typing import Any

import regex

from pipeline.deadlines import find_deadlines, names_part_period, reading_scope, reference_years
from pipeline.document import Document, Mention
from pipeline.figures import extract_figures
from pipeline.glossary import parse_glossary
from pipeline.tasks import parse_tasks

_CLAUSE_END = regex.compile(r"[；;]")
# Free-text fields read off the normalised text, shown in the characters of the source (繁體 kept).
WRITTEN_FIELDS = ("action", "subject")


def section_rows(doc: Document) -> list[dict[str, Any]]:
    rows = []
    for sec in doc.sections:
        s, e, _ = doc.ground(sec.start, sec.end)
        rows.append(
            {
                "doc_id": doc.doc_id,
                "section_id": sec.section_id,
                "parent_id": sec.parent_id,
                "level": sec.level,
                "ordinal": sec.ordinal,
                "heading": doc.as_written(sec.heading),
                "kind": sec.kind,
                "kind_source": sec.how,
                "period_first": sec.period[0] if sec.period else None,
                "period_last": sec.period[1] if sec.period else None,
                "char_start": s,
                "char_end": e,
            }
        )
    return rows


def extract_deadlines(doc: Document) -> list[Mention]:
    """Deadline records in normalised coordinates; where and against which years they are read:
    `pipeline.deadlines.reading_scope` and `reference_years`."""
    plan_year, now_year = reference_years(doc)
    delivered = doc.meta.delivered_on if isinstance(doc.meta.delivered_on, _dt.date) else None
    rows = []
    for sent in doc.sentences:
        scope = reading_scope(doc, sent)
        if scope is None:
            continue
        for d in find_deadlines(
            doc.text[sent.start : sent.end],
            plan_year,
            now_year,
            horizon_only=scope == "horizon",
            delivered=delivered,
            spoken=doc.meta.doc_type != "task_breakdown",
        ):
            if names_part_period(d["text"], getattr(sent, "period", None), plan_year):
                continue  # `五年内` of a five-year plan already under way: its span, not a deadline
            if d.get("due") is None:  # a relative form (`6月底前`) in a document with no plan year
                payload = json.dumps({k: v for k, v in d.items() if k != "due"}, ensure_ascii=False, default=str)
                doc.reject("extract", "deadlines", payload, "no plan year to resolve the date against")
                continue
            rows.append(
                Mention(
                    sent.start + d["start"],
                    sent.start + d["end"],
                    (sent.start, sent.end),
                    {
                        "section_id": sent.section.section_id if sent.section else None,
                        "due": d["due"],
                        "precision": d["precision"],
                        "action": d.get("action"),
                        "subject": d.get("subject"),
                    },
                )
            )
    for i, row in enumerate(rows):
        row.fields["deadline_id"] = f"{doc.doc_id}:d{i:05d}"
    return rows


def link_deadlines(doc: Document, figures: list[Mention], deadlines: list[Mention]) -> None:
    """A target takes the deadline that stands in its clause (same sentence, no `；` between)."""
    by_sentence: dict[tuple[int, int], list[Mention]] = {}
    for d in deadlines:
        by_sentence.setdefault(d.sentence, []).append(d)
    for f in figures:
        if f.fields["status"] != "target" or f.sentence not in by_sentence:
            continue
        best = None
        for d in by_sentence[f.sentence]:
            lo, hi = sorted((d.start, f.start))
            if _CLAUSE_END.search(doc.text, lo, hi):
                continue
            dist = abs(d.start - f.start)
            if best is None or dist < best[0]:
                best = (dist, d.fields["deadline_id"])
        if best:
            f.fields["deadline_id"] = best[1]


def grounded(doc: Document, mentions: list[Mention]) -> list[dict[str, Any]]:
    """Normalised spans -> raw `char_start`/`char_end`/`text`, and the sentence it stands in."""
    out = []
    for m in mentions:
        row = dict(m.fields)
        s, e, text = doc.ground(m.start, m.end)
        ss, se = m.sentence
        for key in WRITTEN_FIELDS:
            if key in row:
                row[key] = doc.as_written(row[key])
        out.append(
            {"doc_id": doc.doc_id, "char_start": s, "char_end": e, "text": text, "sentence": doc.surface[ss:se], **row}
        )
    return out


def figure_rows(doc: Document, figures: list[Mention]) -> list[dict[str, Any]]:
    rows = []
    for i, m in enumerate(figures):
        fig = dict(m.fields)
        s, e, text = doc.ground(m.start, m.end)
        ss, se = m.sentence
        fig.pop("deadline_id", None)
        fig["indicator"] = doc.written_in(fig["indicator"], ss, se, m.start)
        rows.append(
            {
                "figure_id": f"{doc.doc_id}:f{i:05d}",
                "doc_id": doc.doc_id,
                "char_start": s,
                "char_end": e,
                "text": text,
                "sentence": doc.surface[ss:se],
                **fig,
            }
        )
    return rows


TARGET_COLUMNS = (
    "figure_id",
    "doc_id",
    "indicator",
    "indicator_code",
    "measure",
    "value",
    "value_max",
    "unit",
    "unit_base",
    "value_base",
    "comparator",
    "sign",
    "year",
    "period_start",
    "sentence",
)


def target_row(
    figure: dict[str, Any], region: str | None, plan_year: int | None, deadline_id: str | None = None
) -> dict[str, Any]:
    """The targets row of a figure row with status `target` (also used when a correction makes one)."""
    return {
        **{k: figure.get(k) for k in TARGET_COLUMNS},
        "region": region,
        "plan_year": plan_year,
        "deadline_id": deadline_id,
    }


def target_rows(
    doc: Document, figures: list[dict[str, Any]], deadline_of: dict[str, str] | None = None
) -> list[dict[str, Any]]:
    """Targets are figures with status `target`, with what a cross-year comparison needs (no joins):
    the document's region and plan year, the sentence, and the deadline of the same clause."""
    region, plan_year = doc.meta.region, doc.meta.plan_year
    deadline_of = deadline_of or {}
    return [
        target_row(f, region, plan_year, deadline_of.get(f["figure_id"])) for f in figures if f["status"] == "target"
    ]


def task_rows(doc: Document, figures: list[dict[str, Any]], deadlines: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Tasks of a responsibility breakdown, each carrying the figures and deadlines inside its span."""
    if doc.meta.doc_type != "task_breakdown":
        return []
    rows = []
    for t in parse_tasks(doc.plain_raw):
        s, e = t["char_start"], t["char_end"]
        t = {
            **t,
            "text": doc.as_written(t["text"]),
            "chapter": doc.as_written(t["chapter"]),
            "lead_leaders": [doc.as_written(x) for x in t["lead_leaders"]],
            "units": [doc.as_written(x) for x in t["units"]],
        }
        rows.append(
            {
                "doc_id": doc.doc_id,
                **{k: t[k] for k in ("task_no", "chapter", "text", "lead_leaders", "units", "char_start", "char_end")},
                "figure_ids": [f["figure_id"] for f in figures if s <= f["char_start"] < e],
                "deadline_ids": [d["deadline_id"] for d in deadlines if s <= d["char_start"] < e],
                "source_doc_id": None,
                "source_char_start": None,
                "source_char_end": None,
            }
        )
    return rows


def glossary_rows(doc: Document) -> list[dict[str, Any]]:
    return [
        {"doc_id": doc.doc_id, **g, "term": doc.as_written(g["term"]), "definition": doc.as_written(g["definition"])}
        for g in parse_glossary(doc.plain_raw)
    ]


def extract(doc: Document) -> Document:
    """Stage 3: fill `doc.records` table by table."""
    doc.records["sections"] = section_rows(doc)
    found = extract_figures(doc)
    deadlines = extract_deadlines(doc)
    link_deadlines(doc, found, deadlines)
    figures = figure_rows(doc, found)
    # figure_rows drops the link (figures have no such column): keep it for the targets by figure_id
    deadline_of = {
        row["figure_id"]: f.fields["deadline_id"] for row, f in zip(figures, found) if f.fields.get("deadline_id")
    }
    doc.records["figures"] = figures
    doc.records["targets"] = target_rows(doc, figures, deadline_of)
    doc.records["deadlines"] = grounded(doc, deadlines)
    doc.records["tasks"] = task_rows(doc, figures, doc.records["deadlines"])
    doc.records["glossary"] = glossary_rows(doc)
    return doc
