"""One output convention for every query command: `--format table|csv|json|parquet`, `-o FILE|-`.

Why one module: an economist pipes one command into a script and opens another's file in a
spreadsheet; both should behave alike. The rules, stated once:

- `-o FILE` picks the format from the file's suffix (`.csv`, `.json`, `.parquet`); a suffix it cannot
  write (`.pdf`, `.xlsx` before it is supported, none at all) is a usage error (`OutputError`,
  exit 2 on the command line), and so is `--format` contradicting the suffix;
- `-o -` or no `-o` writes to standard output: a table when no format is given, else csv/json/parquet
  (parquet as bytes, for `| duckdb`/`pd.read_parquet(sys.stdin.buffer)`);
- JSON keeps lists as lists, numbers as numbers, missing values as `null` and dates as `YYYY-MM-DD`;
- a query that matches nothing still writes its header (csv) or `[]` (json), and the caller says so
  on stderr (`nothing_matched`).
"""
from __future__ import annotations

import datetime as dt
import io
import json
import math
import sys
from pathlib import Path
from typing import Any, BinaryIO, Sequence

import pandas as pd

FORMATS = ("table", "csv", "json", "parquet")
FILE_FORMATS = {".csv": "csv", ".json": "json", ".parquet": "parquet"}


class OutputError(ValueError):
    """A request for output that cannot be honoured as asked (a usage error: exit 2)."""


def resolve_format(fmt: str | None, output: str | Path | None) -> str:
    """The format to write: from `-o`'s suffix, else `--format`, else `table`."""
    if fmt is not None and fmt not in FORMATS:
        raise OutputError(f"unknown format {fmt!r} (use {', '.join(FORMATS)})")
    if output is None or str(output) == "-":
        return fmt or "table"
    suffix = Path(output).suffix.lower()
    by_suffix = FILE_FORMATS.get(suffix)
    if by_suffix is None:
        raise OutputError(
            f"{output}: cannot write {suffix or 'a file without a suffix'} "
            f"(use {', '.join(FILE_FORMATS)}, or --format with -o -)"
        )
    if fmt not in (None, by_suffix):
        raise OutputError(f"{output}: --format {fmt} contradicts the file's suffix {suffix}")
    return by_suffix


def _plain(value: Any) -> Any:
    """A JSON value: None for missing, int for whole numbers stored as float, ISO dates, lists kept."""
    if value is None:
        return None
    if isinstance(value, float):
        return None if math.isnan(value) else value
    if hasattr(value, "item") and not isinstance(value, (str, bytes)) and getattr(value, "ndim", 0) == 0:
        return _plain(value.item())  # numpy scalars
    if isinstance(value, (list, tuple)) or (hasattr(value, "tolist") and getattr(value, "ndim", 0) == 1):
        return [_plain(v) for v in list(value)]
    if isinstance(value, pd.Timestamp):
        return value.date().isoformat() if value == value.normalize() else value.isoformat()
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if value is pd.NA or value is pd.NaT:
        return None
    return value


def to_json(frame: pd.DataFrame) -> str:
    records = [{k: _plain(v) for k, v in row.items()} for row in frame.astype(object).to_dict("records")]
    return json.dumps(records, ensure_ascii=False, indent=1) + "\n"


def to_bytes(frame: pd.DataFrame, fmt: str) -> bytes:
    """The frame as csv, json or parquet bytes."""
    if fmt == "csv":
        return frame.to_csv(index=False).encode("utf-8")
    if fmt == "json":
        return to_json(frame).encode("utf-8")
    if fmt == "parquet":
        buf = io.BytesIO()
        frame.to_parquet(buf, index=False)
        return buf.getvalue()
    raise OutputError(f"cannot write {fmt} as bytes")


def write(frame: pd.DataFrame, fmt: str, output: str | Path | None, stdout: BinaryIO | None = None) -> Path | None:
    """Write csv/json/parquet to `output` (a path, `-` or None for stdout). Returns the path written."""
    data = to_bytes(frame, fmt)
    if output is None or str(output) == "-":
        stream = stdout or sys.stdout.buffer
        stream.write(data)
        stream.flush()
        return None
    path = Path(output)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".part")
    tmp.write_bytes(data)
    tmp.replace(path)
    return path


def nothing_matched(filters: dict[str, Any]) -> str:
    """The message for an empty result, naming the filters that were given."""
    given = " ".join(f"--{k.replace('_', '-')} {v}" for k, v in filters.items() if v not in (None, False, ""))
    return f"no rows match {given}".rstrip() + " (check the spelling, or widen the years)"


def cell(value: Any) -> str:
    """A value as a terminal table shows it: `—` for missing, `2020` not `2020.0`."""
    value = _plain(value)
    if value is None:
        return "—"
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, list):
        return "、".join(map(str, value))
    return str(value)


def rows_for_table(frame: pd.DataFrame, columns: Sequence[str]) -> list[list[str]]:
    return [[cell(v) for v in row] for row in frame[list(columns)].astype(object).itertuples(index=False, name=None)]
