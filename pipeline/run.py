"""The whole path for many files: discover inputs, run the stages per document, write the tables.

Why a library function: the CLI, notebooks and the benchmark all call `run()`; the CLI only parses
arguments and prints what `run()` reports.
"""
from __future__ import annotations

import datetime as dt
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from pipeline import __version__
from pipeline.document import Document
from pipeline.extract import extract
from pipeline.ingest import READABLE_SUFFIXES, IngestError, ingest
from pipeline.segment import segment
from pipeline.validate import validate
from pipeline.write import concat, write_tables


@dataclass(frozen=True)
class Input:
    path: Path
    source: str  # as recorded in `documents.source`: relative to the folder given, or the path given


@dataclass
class Failure:
    path: str
    reason: str


@dataclass
class RunResult:
    documents: list[dict[str, Any]] = field(default_factory=list)  # one summary per document read
    failures: list[Failure] = field(default_factory=list)
    row_counts: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0


def discover(inputs: list[str | Path]) -> tuple[list[Input], list[Failure]]:
    """Files to read, in a fixed order; folders are searched recursively for report files."""
    found: list[Input] = []
    failures: list[Failure] = []
    for given in inputs:
        p = Path(given)
        if p.is_dir():
            files = sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in READABLE_SUFFIXES and not f.name.startswith("."))
            found += [Input(f, f.relative_to(p).as_posix()) for f in files]
        elif p.is_file():
            found.append(Input(p, p.as_posix()))
        else:
            failures.append(Failure(str(given), "no such file or folder"))
    return found, failures


def process(path: str | Path, source: str | None = None) -> Document:
    """One file through every stage: ingest -> segment -> extract -> validate."""
    return validate(extract(segment(ingest(path, source))))


def document_row(doc: Document) -> dict[str, Any]:
    m = doc.meta
    return {
        "doc_id": doc.doc_id,
        "source": doc.source,
        "title": m.get("title"),
        "doc_type": m.get("doc_type") or "other",
        "region": m.get("region"),
        "level": m.get("level") or "unknown",
        "delivered_on": m.get("delivered_on"),
        "speaker": m.get("speaker"),
        "speaker_title": m.get("speaker_title"),
        "review_year": m.get("review_year"),
        "plan_year": m.get("plan_year"),
        "n_chars": len(doc.raw),
        "encoding": doc.encoding,
    }


def run(
    inputs: list[str | Path],
    out: str | Path,
    on_progress: Callable[[Input, dict[str, Any] | None, Failure | None], None] | None = None,
) -> RunResult:
    """Extract every input and write the tables to `out` (replacing what was there, atomically)."""
    started = time.perf_counter()
    files, failures = discover(inputs)
    result = RunResult(failures=failures)
    per_doc: list[dict[str, list[dict[str, Any]]]] = []
    seen: dict[str, str] = {}
    manifest_inputs = []
    for item in files:
        summary, failure = None, None
        try:
            doc = process(item.path, item.source)
        except IngestError as exc:
            failure = Failure(str(item.path), exc.reason)
        except Exception as exc:  # a bug on one file must not lose the others
            failure = Failure(str(item.path), f"internal error: {type(exc).__name__}: {exc}")
        else:
            if doc.doc_id in seen:
                failure = Failure(str(item.path), f"same content as {seen[doc.doc_id]} (skipped)")
            else:
                seen[doc.doc_id] = item.source
                records = {"documents": [document_row(doc)], **doc.records, "rejects": doc.rejects, "texts": [{"doc_id": doc.doc_id, "text": doc.raw}]}
                records["documents"] = validate_document_row(doc, records["documents"])
                per_doc.append(records)
                summary = {
                    **records["documents"][0],
                    "sections": len(doc.records.get("sections", [])),
                    "figures": len(doc.records.get("figures", [])),
                    "targets": len(doc.records.get("targets", [])),
                    "rejects": len(doc.rejects),
                }
                result.documents.append(summary)
                manifest_inputs.append({"path": str(item.path), "source": item.source, "size": item.path.stat().st_size, "doc_id": doc.doc_id, "encoding": doc.encoding})
        if failure:
            result.failures.append(failure)
        if on_progress:
            on_progress(item, summary, failure)
    _link_breakdowns(per_doc, files)
    tables = concat(per_doc)
    result.row_counts = {name: len(rows) for name, rows in tables.items()}
    manifest = {
        "tool": "gwr",
        "version": __version__,
        "inputs": manifest_inputs,
        "failures": [{"path": f.path, "reason": f.reason} for f in result.failures],
        "run": {"finished_at": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"), "seconds": round(time.perf_counter() - started, 3)},
    }
    write_tables(Path(out), tables, manifest)
    result.seconds = time.perf_counter() - started
    return result


def _link_breakdowns(per_doc: list[dict[str, list[dict[str, Any]]]], files: list[Input]) -> None:
    """Second pass, only where needed: tasks of a breakdown -> passages of the work report of the
    same region and plan year read in this run (re-segmented, so no document is held in memory)."""
    from pipeline.ingest import ingest as read
    from pipeline.linking import link_tasks

    wanted = {}
    for records in per_doc:
        d = records["documents"][0]
        if records.get("tasks") and d["region"] and d["plan_year"]:
            wanted.setdefault((d["region"], d["plan_year"]), []).append(records["tasks"])
    if not wanted:
        return
    by_source = {i.source: i for i in files}
    for records in per_doc:
        d = records["documents"][0]
        key = (d["region"], d["plan_year"])
        if d["doc_type"] != "work_report" or key not in wanted:
            continue
        report = segment(read(by_source[d["source"]].path, d["source"]))
        for tasks in wanted[key]:
            link_tasks([t for t in tasks if t["source_doc_id"] is None], report)


def validate_document_row(doc: Document, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The documents row goes through its model too; a bad field is nulled and reported, the document kept."""
    from pydantic import ValidationError

    from schemas.records import DocumentRow

    row = dict(rows[0])
    while True:
        try:
            return [DocumentRow.model_validate(row).model_dump()]
        except ValidationError as exc:
            err = exc.errors()[0]
            name = err["loc"][0] if err["loc"] else None
            doc.rejects.append({"doc_id": doc.doc_id, "stage": "validate", "record_type": "documents", "payload": repr(row.get(name)), "error": f"{name}: {err['msg']} (set to null)"})
            if name is None or name in ("doc_id", "source", "n_chars", "encoding"):
                raise
            row[name] = None if name not in ("doc_type", "level") else ("other" if name == "doc_type" else "unknown")
