"""Stage 3: every extractor over one document, and the single step that grounds spans in raw text.

Why grounding here: extractors work on the normalised text; this is the only place that turns
their spans into `char_start`/`char_end` of the raw text and cuts `text` from the raw, so
`raw[char_start:char_end] == text` holds by construction.
"""
from __future__ import annotations

from typing import Any

from pipeline.document import Document
from pipeline.figures import extract_figures


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
                "heading": sec.heading,
                "kind": sec.kind,
                "period_first": sec.period[0] if sec.period else None,
                "period_last": sec.period[1] if sec.period else None,
                "char_start": s,
                "char_end": e,
            }
        )
    return rows


def figure_rows(doc: Document) -> list[dict[str, Any]]:
    rows = []
    for i, fig in enumerate(extract_figures(doc)):
        s, e, text = doc.ground(fig.pop("_start"), fig.pop("_end"))
        ss, se = fig.pop("_sentence")
        rows.append(
            {
                "figure_id": f"{doc.doc_id}:f{i:05d}",
                "doc_id": doc.doc_id,
                "char_start": s,
                "char_end": e,
                "text": text,
                "sentence": doc.text[ss:se],
                **fig,
            }
        )
    return rows


TARGET_COLUMNS = (
    "figure_id", "doc_id", "indicator", "indicator_code", "measure", "value", "value_max", "unit_base",
    "value_base", "comparator", "sign", "year", "period_start",
)


def target_rows(doc: Document, figures: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Targets are figures with status `target`, reduced to what a cross-year comparison needs."""
    region = doc.meta.get("region")
    return [
        {**{k: f[k] for k in TARGET_COLUMNS}, "region": region, "deadline_id": f.get("deadline_id")}
        for f in figures
        if f["status"] == "target"
    ]


def extract(doc: Document) -> Document:
    """Stage 3: fill `doc.records` table by table."""
    doc.records["sections"] = section_rows(doc)
    figures = figure_rows(doc)
    doc.records["figures"] = figures
    doc.records["targets"] = target_rows(doc, figures)
    return doc
