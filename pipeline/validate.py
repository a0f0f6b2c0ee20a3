"""Stage 4: every record through its model; what fails goes to `rejects` with the reason.

Why nothing is dropped silently: a user diffing two years must be able to tell "the report has no
such target" from "we extracted something we could not trust".
"""

from __future__ import annotations

import json
from typing import Any

from pydantic import ValidationError

from pipeline.document import Document
from schemas.records import TABLES, Spanned


def _reject(doc: Document, stage: str, table: str, row: dict[str, Any], error: str) -> None:
    doc.reject(stage, table, json.dumps(row, ensure_ascii=False, default=str, sort_keys=True), error)


# Tables whose `text` is the mention itself (`raw[char_start:char_end] == text`); in others (tasks)
# `text` is a cleaned reading of the span.
MENTION_TABLES = frozenset({"figures", "deadlines"})


def _grounding_error(doc: Document, row: dict[str, Any], mention: bool) -> str | None:
    s, e = row.get("char_start"), row.get("char_end")
    if not isinstance(s, int) or not isinstance(e, int) or not (0 <= s < e <= len(doc.raw)):
        return f"span [{s}, {e}) outside the document (0..{len(doc.raw)})"
    if mention and doc.raw[s:e] != row.get("text"):
        return f"text {row['text']!r} is not raw[{s}:{e}] = {doc.raw[s:e]!r}"
    return None


def validate(doc: Document) -> Document:
    """Stage 4: keep rows that pass their model (as model-normalised dicts); reject the rest."""
    kept_figures: set[str] = set()
    for table in [t for t in TABLES if t in doc.records]:
        model, rows = TABLES[table], doc.records[table]
        kept = []
        for row in rows:
            if table == "targets" and row.get("figure_id") not in kept_figures:
                _reject(doc, "validate", table, row, "its figure was rejected")
                continue
            if issubclass(model, Spanned):
                err = _grounding_error(doc, row, table in MENTION_TABLES)
                if err:
                    _reject(doc, "ground", table, row, err)
                    continue
            try:
                kept.append(model.model_validate(row).model_dump())
            except ValidationError as exc:
                errors = "; ".join(f"{'.'.join(map(str, e['loc'])) or 'row'}: {e['msg']}" for e in exc.errors())
                _reject(doc, "validate", table, row, errors)
        doc.records[table] = kept
        if table == "figures":
            kept_figures = {r["figure_id"] for r in kept}
    # a target's deadline that failed validation is not linked to (no dangling deadline_id)
    if doc.records.get("targets"):
        kept_deadlines = {r["deadline_id"] for r in doc.records.get("deadlines", [])}
        doc.records["targets"] = [
            r if r["deadline_id"] in kept_deadlines or r["deadline_id"] is None else {**r, "deadline_id": None}
            for r in doc.records["targets"]
        ]
    return doc
