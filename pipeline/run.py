"""The whole path for many files: discover inputs, run the stages per document, write the tables.

Why a library function: the CLI, notebooks and the benchmark all call `run()`; the CLI only parses
arguments and prints what `run()` reports.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

from patterns.headings import PLAN_KINDS
from pipeline import __version__
from pipeline.cache import BadEntry, Cache, Payload, entry_key, pack, unpack
from pipeline.corrections import Corrector, read_corrections
from pipeline.document import Document
from pipeline.extract import extract
from pipeline.formats import READABLE_SUFFIXES
from pipeline.formats.budgets import MAX_BYTES
from pipeline.ingest import IngestError, ingest
from pipeline.metadata import folder_hints
from pipeline.outpath import check_out_folder
from pipeline.parallel import Executor, effective_workers
from pipeline.segment import segment
from pipeline.validate import validate
from pipeline.write import TableWriter, batch_from_bytes, batch_to_bytes, to_batch


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
    extracted: int = 0  # documents run through the stages in this run
    reused: int = 0  # documents whose rows came from the cache of the previous output
    cache_bad: int = 0  # cache entries refused (not gwr's, for another file, damaged): extracted again
    skipped: list[Failure] = field(default_factory=list)  # files left out on purpose, with why (not failures)
    workers: int = 1  # processes that extracted (fewer than asked when there is little to do)
    written: bool = False  # False when no file could be read: the previous output was left as it was
    corrections: list[dict[str, Any]] = field(default_factory=list)  # rows of the `corrections` table


def discover(inputs: Sequence[str | Path], skipped: list[Failure] | None = None) -> tuple[list[Input], list[Failure]]:
    """Files to read, in a fixed order; folders are searched recursively for report files.

    A symbolic link inside a folder whose target lies outside that folder is skipped, and noted in
    `skipped` (a folder handed over must not pull in, say, a file from the user's home); a file
    named on the command line is read wherever it points."""
    found: list[Input] = []
    failures: list[Failure] = []
    for given in inputs:
        p = Path(given)
        if p.is_dir():
            root = p.resolve()
            files = sorted(
                f
                for f in p.rglob("*")
                if f.is_file() and f.suffix.lower() in READABLE_SUFFIXES and not f.name.startswith(".")
            )
            for f in files:
                if not _inside(f, root):
                    if skipped is not None:
                        skipped.append(Failure(str(f), "a symbolic link to a file outside the input folder (skipped)"))
                    continue
                found.append(Input(f, f.relative_to(p).as_posix()))
        elif p.is_file():
            found.append(Input(p, p.as_posix()))
        else:
            failures.append(Failure(str(given), "no such file or folder"))
    return found, failures


def _inside(f: Path, root: Path) -> bool:
    try:
        return f.resolve().is_relative_to(root)
    except (OSError, RuntimeError):  # a link loop
        return False


def process(path: str | Path, source: str | None = None) -> Document:
    """One file through every stage: ingest -> segment -> extract -> validate."""
    return validate(extract(segment(ingest(path, source))))


def document_row(doc: Document) -> dict[str, Any]:
    m = doc.meta
    return {
        "doc_id": doc.doc_id,
        "source": doc.source,
        "title": m.title,
        "doc_type": m.doc_type or "other",
        "region": m.region,
        "level": m.level or "unknown",
        "delivered_on": m.delivered_on,
        "speaker": m.speaker,
        "speaker_title": m.speaker_title,
        "review_year": m.review_year,
        "plan_year": m.plan_year,
        "n_chars": len(doc.raw),
        "encoding": doc.encoding,
        **understood(doc),
    }


def understood(doc: Document) -> dict[str, Any]:
    """The share of a document's figures whose part has a known role, and whose year is known."""
    figures = doc.records.get("figures") or []
    if not figures:
        return {"share_part_decided": None, "share_year_decided": None}
    kind: dict[Any, str] = {s.section_id: s.kind for s in doc.sections}
    part = sum(1 for f in figures if kind.get(f.get("section_id"), "other") != "other")
    year = sum(1 for f in figures if f.get("year") is not None)
    return {"share_part_decided": round(part / len(figures), 4), "share_year_decided": round(year / len(figures), 4)}


def warnings(doc: Document, row: dict[str, Any]) -> list[str]:
    """What a user should know was not understood in a work report (empty for other documents)."""
    if row.get("doc_type") != "work_report":
        return []
    out = []
    if not row.get("region"):
        out.append("no region")
    if not row.get("plan_year"):
        out.append("no plan year")
    if not any(s.kind in PLAN_KINDS for s in doc.sections):
        out.append("no plan part")
    if not doc.records.get("targets"):
        out.append("no targets")
    return out


def run(
    inputs: Sequence[str | Path],
    out: str | Path,
    on_progress: Callable[[Input, dict[str, Any] | None, Failure | None], None] | None = None,
    *,
    workers: int | None = 1,
    force: bool = False,
    cache: bool = True,
) -> RunResult:
    """Extract every input and write the tables to `out` (replacing what was there, atomically).

    `workers`: processes extracting documents (None: one per CPU); the tables do not depend on it.
    `cache`: reuse the rows of documents unchanged since the run that wrote `out` (same bytes, same
    source name, same code; see `pipeline/cache.py`) and keep a cache for the next run.
    `force`: extract every document again (the new cache is still written).
    `on_progress` is called once per file, in input order, in the calling process."""
    started = time.perf_counter()
    out = check_out_folder(out, inputs)  # OutPathError: never replace what gwr did not write
    skipped: list[Failure] = []
    files, failures = discover(inputs, skipped)
    result = RunResult(failures=failures, skipped=skipped)
    with TableWriter(out) as writer:
        store = Cache(out, writer.tmp if cache else None, enabled=cache and not force)
        collected = _Collected(
            writer, Corrector(read_corrections(out))
        )  # OUT/corrections.csv, applied after extraction
        jobs = [_plan(item, store) for item in files]
        n_todo = sum(1 for j in jobs if not j.hit)
        result.workers = effective_workers(workers, n_todo) if workers != 1 else 1
        with Executor(extract_blob, result.workers, warm=_warm, on_died=_worker_died) as ex:
            for job, res in ex.ordered((j, None if j.hit else (str(j.item.path), j.item.source, j.key)) for j in jobs):
                payload, failure = _resolve(job, res, store, result)
                summary = None
                if payload is not None:
                    summary, duplicate = collected.add(job, payload, result)
                    failure = duplicate or failure
                if failure:
                    result.failures.append(failure)
                if on_progress:
                    on_progress(job.item, summary, failure)
        _link_breakdowns(collected.breakdowns, result.documents, files)
        writer.add_rows("tasks", [t for _, tasks in collected.breakdowns for t in tasks])
        result.corrections = collected.corrector.rows()
        writer.add_rows("corrections", result.corrections)
        if result.documents or not result.failures:
            result.row_counts = writer.finish(_manifest(result, collected.inputs, started))
            result.written = True
        else:  # every input failed: empty tables must not replace what the last good run wrote
            writer.abort()
    result.seconds = time.perf_counter() - started
    return result


def _resolve(
    job: _Job, res: tuple[str, Any] | None, store: Cache, result: RunResult
) -> tuple[Payload | None, Failure | None]:
    """One file's rows, from the cache (`res` None) or from its extraction (`res`): (payload, None),
    or (None, why it failed). Counts reused, extracted and bad cache entries in `result`."""
    item = job.item
    failure: Failure | None = None
    payload: Payload | None = None
    if res is None:  # cached: a hit has a key and a hash
        assert job.key is not None
        blob = store.load(job.key)
        payload = _unpack(blob, job.key, job.sha256[:16] if job.sha256 else None)
        if payload is None:  # a bad entry (not gwr's, another file's, damaged): extract after all
            job.hit = False
            result.cache_bad += 1
            res = extract_blob(str(item.path), item.source, job.key)
        else:
            result.reused += 1
            store.carry(job.key)
    if res is not None:
        status, value = res
        if status == "failed":
            failure = Failure(str(item.path), value)
        else:
            blob, payload = value, _unpack(value, job.key)
            result.extracted += 1
            if payload is None:
                failure = Failure(str(item.path), "internal error: the extracted rows could not be read back")
            # store only what was read from the bytes hashed (the file did not change meanwhile)
            elif job.key and job.sha256 and payload["doc_id"] == job.sha256[:16]:
                store.store(job.key, blob)
    return payload, failure


@dataclass
class _Collected:
    """What the run keeps of the documents read, in input order: their rows (into the writer), the
    breakdowns' tasks still to link, the manifest's inputs, and the ids seen (a second file with
    the same content is skipped)."""

    writer: TableWriter
    corrector: Corrector
    seen: dict[str, str] = field(default_factory=dict)
    inputs: list[dict[str, Any]] = field(default_factory=list)
    breakdowns: list[tuple[dict[str, Any], list[dict[str, Any]]]] = field(default_factory=list)

    def add(self, job: _Job, payload: Payload, result: RunResult) -> tuple[dict[str, Any] | None, Failure | None]:
        """Write one document's rows: (its summary, None), or (None, the failure of a duplicate)."""
        item = job.item
        doc_id = payload["doc_id"]
        if doc_id in self.seen:
            return None, Failure(str(item.path), f"same content as {self.seen[doc_id]} (skipped)")
        self.seen[doc_id] = item.source
        batches = payload["batches"]
        if self.corrector.wants(doc_id):
            batches = _corrected(batches, payload["document"], self.corrector)
        for name, batch in batches.items():
            self.writer.add(name, batch)
        if payload["tasks"]:
            self.breakdowns.append((payload["document"], payload["tasks"]))
        summary = payload["summary"]
        result.documents.append(summary)
        self.inputs.append(
            {
                "path": str(item.path),
                "source": item.source,
                "size": job.size,
                "doc_id": doc_id,
                "encoding": payload["encoding"],
            }
        )
        return summary, None


def _manifest(result: RunResult, inputs: list[dict[str, Any]], started: float) -> dict[str, Any]:
    """manifest.json: what was read, what failed or was skipped, the corrections, and the run."""
    return {
        "tool": "gwr",
        "version": __version__,
        "inputs": inputs,
        "failures": [{"path": f.path, "reason": f.reason} for f in result.failures],
        "skipped": [{"path": f.path, "reason": f.reason} for f in result.skipped],
        "documents_without": {
            "region": sum(1 for d in result.documents if not d["region"]),
            "plan_year": sum(1 for d in result.documents if not d["plan_year"]),
        },
        "corrections": {
            "applied": sum(c["correction_status"] == "applied" for c in result.corrections),
            "not_applied": [
                {k: c[k] for k in ("figure_id", "field", "new_value", "correction_status", "note")}
                for c in result.corrections
                if c["correction_status"] != "applied"
            ],
        },
        "run": {
            "finished_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            "seconds": round(time.perf_counter() - started, 3),
            "workers": result.workers,
            "extracted": result.extracted,
            "reused": result.reused,
            "cache_bad": result.cache_bad,
        },
    }


def _corrected(batches: dict[str, Any], document: dict[str, Any], corrector: Corrector) -> dict[str, Any]:
    """One document's figures and targets with the hand corrections made (cached rows stay as extracted)."""

    def rows(name):
        if name not in batches:
            return []
        batch = batches[name]  # IPC bytes from a worker, or an Arrow table/batch from the cache
        return (batch if hasattr(batch, "to_pylist") else batch_from_bytes(batch)).to_pylist()

    figures, targets = corrector.apply(document, rows("figures"), rows("targets"))
    out = {k: v for k, v in batches.items() if k not in ("figures", "targets")}
    for name, table_rows in (("figures", figures), ("targets", targets)):
        if table_rows:
            out[name] = to_batch(name, table_rows)
    return out


@dataclass
class _Job:
    item: Input
    key: str | None  # cache key; None when the file could not be read here (the worker reports why)
    sha256: str | None
    size: int | None
    hit: bool


def _plan(item: Input, store: Cache) -> _Job:
    """Hash the bytes of one input and look its rows up in the cache."""
    try:
        if item.path.stat().st_size > MAX_BYTES:
            return _Job(item, None, None, None, False)
        data = item.path.read_bytes()
    except OSError:
        return _Job(item, None, None, None, False)
    sha = hashlib.sha256(data).hexdigest()
    # metadata falls back on the folders of the file's absolute path: those hints are part of the key
    hints = json.dumps(folder_hints(item.path.resolve().as_posix()), sort_keys=True, ensure_ascii=False)
    key = entry_key(sha, item.source + "\0" + hints)
    return _Job(item, key, sha, len(data), store.has(key))


def _unpack(blob: bytes | None, key: str | None, doc_id: str | None = None) -> Payload | None:
    if blob is None:
        return None
    try:
        return unpack(blob, key, doc_id)
    except BadEntry:
        return None


def _worker_died(path: str, source: str, key: str | None = None) -> tuple[str, Any]:
    """The result of a file whose worker process died on it (killed for its memory, a crash in a
    library): a failure of that file; it is not tried again in the main process."""
    return (
        "failed",
        "the worker process reading it died (out of memory, or a crash in a reader library); the file was not read",
    )


def _warm() -> None:
    """Load jieba's dictionary (its words' log probabilities, their part-of-speech tags) in a new
    worker before its first document, which would otherwise pay for it."""
    from pipeline.indicators import _log_probabilities, _tag_table, tokenizer

    _log_probabilities(tokenizer())
    _tag_table()


def extract_blob(path: str, source: str, key: str | None = None) -> tuple[str, Any]:
    """One file through every stage, in whichever process runs it: ("ok", packed rows) or ("failed", reason).

    The rows leave as Arrow record batches per table (what the writer and the cache need), except
    the tasks, which the main process still links to their work report (`_link_breakdowns`)."""
    try:
        doc = process(path, source)
        documents = validate_document_row(doc, [document_row(doc)])
    except IngestError as exc:
        return "failed", exc.reason
    except Exception as exc:  # a bug on one file must not lose the others
        return "failed", f"internal error: {type(exc).__name__}: {exc}"
    records = {
        "documents": documents,
        **doc.records,
        "rejects": doc.rejects,
        "texts": [{"doc_id": doc.doc_id, "text": doc.raw}],
    }
    summary = {
        **documents[0],
        "sections": len(doc.records.get("sections", [])),
        "figures": len(doc.records.get("figures", [])),
        "targets": len(doc.records.get("targets", [])),
        "rejects": len(doc.rejects),
        "warnings": warnings(doc, documents[0]),
    }
    payload: Payload = {
        "doc_id": doc.doc_id,
        "encoding": doc.encoding,
        "document": documents[0],
        "summary": summary,
        "batches": {
            name: batch_to_bytes(to_batch(name, rows)) for name, rows in records.items() if name != "tasks" and rows
        },
        "tasks": records.get("tasks") or [],
    }
    return "ok", pack(payload, key)


def _link_breakdowns(
    breakdowns: list[tuple[dict[str, Any], list[dict[str, Any]]]], documents: list[dict[str, Any]], files: list[Input]
) -> None:
    """Second pass, only where needed: tasks of a breakdown -> passages of the work report of the
    same region and plan year read in this run (re-segmented, so no document is held in memory)."""
    from pipeline.ingest import ingest as read
    from pipeline.linking import link_tasks

    wanted: dict[tuple[str, int], list[list[dict[str, Any]]]] = {}
    for d, tasks in breakdowns:
        if tasks and d["region"] and d["plan_year"]:
            wanted.setdefault((d["region"], d["plan_year"]), []).append(tasks)
    if not wanted:
        return
    by_source = {i.source: i for i in files}
    for d in documents:
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

    row: dict[Any, Any] = dict(rows[0])
    while True:
        try:
            return [DocumentRow.model_validate(row).model_dump()]
        except ValidationError as exc:
            err = exc.errors()[0]
            name = cast("str | None", err["loc"][0] if err["loc"] else None)  # a field's name
            doc.reject("validate", "documents", repr(row.get(name)), f"{name}: {err['msg']} (set to null)")
            if name is None or name in ("doc_id", "source", "n_chars", "encoding"):
                raise
            row[name] = None if name not in ("doc_type", "level") else ("other" if name == "doc_type" else "unknown")
