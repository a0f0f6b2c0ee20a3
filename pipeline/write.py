"""Stage 5: Parquet tables and `manifest.json`, written to a temporary folder and moved into place.

Why the move: a run that crashes or is killed half-way must leave the previous tables intact and
readable, never a mix of old and new.
"""
from __future__ import annotations

import json
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any, Iterable

import pyarrow as pa
import pyarrow.parquet as pq

from schemas.arrow import arrow_schema
from schemas.records import SCHEMA_VERSION, TABLES


def write_tables(out: Path, tables: dict[str, list[dict[str, Any]]], manifest: dict[str, Any]) -> None:
    out = Path(out)
    parent = out.resolve().parent
    parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.tmp-", dir=parent))
    try:
        counts = {}
        for name, model in TABLES.items():
            rows = tables.get(name, [])
            table = pa.Table.from_pylist(rows, schema=arrow_schema(model))
            pq.write_table(table, tmp / f"{name}.parquet", compression="zstd")
            counts[name] = table.num_rows
        manifest = {**manifest, "schema_version": SCHEMA_VERSION, "row_counts": counts}
        (tmp / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=2, default=str) + "\n", encoding="utf-8")
        _swap_into_place(tmp, out)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise


def _swap_into_place(tmp: Path, out: Path) -> None:
    """Replace `out` by `tmp` with two renames; only the instant between them lacks a table folder."""
    old = None
    if out.exists():
        old = out.with_name(f".{out.name}.old-{os.getpid()}")
        os.replace(out, old)
    os.replace(tmp, out)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def concat(rows_per_doc: Iterable[dict[str, list[dict[str, Any]]]]) -> dict[str, list[dict[str, Any]]]:
    tables: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLES}
    for records in rows_per_doc:
        for name, rows in records.items():
            tables[name].extend(rows)
    return tables
