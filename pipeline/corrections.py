"""Corrections made by hand, kept beside the output and applied on every run.

Why a file beside the tables: a user who fixes a wrong indicator or year must not lose it on the
next `gwr extract`. `gwr correct FIGURE_ID FIELD VALUE` writes one line to `OUT/corrections.csv`
(keyed by figure_id and field: a second correction of the same field replaces the first); every
run into OUT applies the file after extraction (so cached rows stay as extracted), and writes the
`corrections` table: what was changed, the extracted value and the new one. A correction whose
figure is not in the run is kept in the file and reported (run summary, manifest, table), never
dropped: the figure may come back when its report is extracted again.

figure_ids are stable across runs as long as the report's bytes and the code reading it do not
change (`doc_id` is a hash of the bytes; `f<n>` numbers the figures in text order).
"""

from __future__ import annotations

import csv
import io
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from pipeline.errors import CorrectionError
from schemas.records import FIGURE_READING, FigureRow

CORRECTIONS_FILE = "corrections.csv"
COLUMNS = ("figure_id", "field", "value")
# Fields of a figure a user may correct (ids, offsets and the text itself are fixed by the source).
EDITABLE = FIGURE_READING
NULL_WORDS = ("", "null")


def corrections_path(out: str | Path) -> Path:
    return Path(out) / CORRECTIONS_FILE


def parse_value(name: str, text: str) -> Any:
    """The typed value of `text` for figure field `name` (`null` or an empty string: no value)."""
    if name not in EDITABLE:
        raise CorrectionError(f"{name!r} cannot be corrected; fields that can: {', '.join(EDITABLE)}")
    if text.strip().lower() in NULL_WORDS:
        return None
    annotation = str(FigureRow.model_fields[name].annotation)
    try:
        if name in ("year", "period_start", "sign"):
            return int(text)
        if "float" in annotation:
            return float(text)
    except ValueError:
        raise CorrectionError(f"{name} must be a number, not {text!r}") from None
    return text


def check(figure: dict[str, Any], name: str, value: Any) -> dict[str, Any]:
    """The figure row with the correction made, through its model; CorrectionError if it fails."""
    try:
        return FigureRow.model_validate({**figure, name: value}).model_dump()
    except ValidationError as exc:
        raise CorrectionError(
            "; ".join(f"{'.'.join(map(str, e['loc'])) or 'row'}: {e['msg']}" for e in exc.errors())
        ) from None


def read_corrections(out: str | Path) -> list[dict[str, str]]:
    """The corrections kept for an output folder, in file order, one per (figure_id, field)."""
    path = corrections_path(out)
    if not path.is_file():
        return []
    kept: dict[tuple[str, str], dict[str, str]] = {}
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            fid, name = (row.get("figure_id") or "").strip(), (row.get("field") or "").strip()
            if fid and name:
                kept.pop((fid, name), None)
                kept[(fid, name)] = {"figure_id": fid, "field": name, "value": row.get("value") or ""}
    return list(kept.values())


def save_correction(out: str | Path, figure_id: str, name: str, value: str | None) -> Path:
    """Add (or replace, or with value None remove) the correction of one field; written atomically."""
    rows = [r for r in read_corrections(out) if (r["figure_id"], r["field"]) != (figure_id, name)]
    if value is not None:
        rows.append({"figure_id": figure_id, "field": name, "value": value})
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    path = corrections_path(out)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".corrections-", suffix=".csv", dir=path.parent)
    with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
        fh.write(buf.getvalue())
    os.chmod(tmp, 0o644)
    os.replace(tmp, path)
    return path


def _text(value: Any) -> str | None:
    return None if value is None else str(value)


@dataclass
class Corrector:
    """Applies the corrections of one output folder to each document's rows as they are written."""

    corrections: list[dict[str, str]]
    results: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.by_doc: dict[str, list[dict[str, str]]] = {}
        for c in self.corrections:
            self.by_doc.setdefault(c["figure_id"].split(":")[0], []).append(c)

    def wants(self, doc_id: str) -> bool:
        return doc_id in self.by_doc

    def apply(
        self, document: dict[str, Any], figures: list[dict[str, Any]], targets: list[dict[str, Any]]
    ) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        """(figures, targets) of one document with its corrections made; a figure corrected into or
        out of status `target` gains or loses its targets row."""
        from pipeline.extract import target_row

        index = {f["figure_id"]: i for i, f in enumerate(figures)}
        figures = list(figures)
        touched: set[str] = set()
        for c in self.by_doc.get(document["doc_id"], []):
            key = (c["figure_id"], c["field"])
            result = {
                "figure_id": c["figure_id"],
                "doc_id": document["doc_id"],
                "field": c["field"],
                "new_value": c["value"],
                "old_value": None,
                "note": None,
            }
            i = index.get(c["figure_id"])
            if i is None:
                self.results[key] = {
                    **result,
                    "doc_id": None,
                    "correction_status": "figure not found",
                    "note": "no figure with this id in the document (its report was extracted differently)",
                }
                continue
            result["old_value"] = _text(figures[i].get(c["field"])) if c["field"] in figures[i] else None
            try:
                figures[i] = check(figures[i], c["field"], parse_value(c["field"], c["value"]))
            except CorrectionError as exc:
                self.results[key] = {**result, "correction_status": "invalid value", "note": str(exc)}
                continue
            touched.add(c["figure_id"])
            self.results[key] = {**result, "correction_status": "applied"}
        if not touched:
            return figures, targets
        existing = {t["figure_id"]: t for t in targets}
        new_targets = []
        for f in figures:
            if f["status"] != "target":
                continue
            old = existing.get(f["figure_id"])
            if old is not None and f["figure_id"] not in touched:
                new_targets.append(old)
            else:
                new_targets.append(
                    target_row(
                        f, document.get("region"), document.get("plan_year"), old["deadline_id"] if old else None
                    )
                )
        return figures, new_targets

    def rows(self) -> list[dict[str, Any]]:
        """The `corrections` table: one row per correction in the file, in file order."""
        out = []
        for c in self.corrections:
            key = (c["figure_id"], c["field"])
            out.append(
                self.results.get(key)
                or {
                    "figure_id": c["figure_id"],
                    "doc_id": None,
                    "field": c["field"],
                    "old_value": None,
                    "new_value": c["value"],
                    "correction_status": "figure not found",
                    "note": "no document of this run has this figure",
                }
            )
        return out
