"""One output convention for every query command (`gwr tasks`, `diff`, `scorecard`, `panel`):
`--format table|csv|json|parquet|xlsx|dta` and `-o FILE|-`.

Why one module: an economist pipes one command into a script and opens another's file in a
spreadsheet or in Stata; all should behave alike. The rules, stated once:

- `-o FILE` picks the format from the file's suffix (`.csv`, `.json`, `.parquet`, `.xlsx`, `.dta`);
  a suffix it cannot write (`.pdf`, `.xls`, none at all) is a usage error (`OutputError`, exit 2 on
  the command line), and so is `--format` contradicting the suffix;
- `-o -` or no `-o` writes to standard output: a table when no format is given, else the format;
  the binary ones (parquet, xlsx, dta) only into a pipe or a file (`> x.parquet`,
  `| duckdb`), never onto a terminal, where they would be noise (`OutputError`);
- an existing FILE is replaced only when it is empty or a table gwr wrote with the same columns
  (`pipeline/outpath.py`), else `--force` is needed;
- JSON keeps lists as lists, numbers as numbers, missing values as `null` and dates as `YYYY-MM-DD`;
  CSV writes a list in one cell joined by `、` and dates as `YYYY-MM-DD`; Parquet keeps every type
  (nullable integers, `date32`, lists, categoricals);
- xlsx (openpyxl): one sheet with a frozen header row and filters; dates are date cells, whole
  numbers number cells, lists joined by `、`; text longer than a cell holds (32,767 characters) is
  cut with `…`, characters Excel cannot store (control characters) are dropped;
- dta (Stata 14+, format 118, Unicode): names made Stata-safe (ASCII letters, digits, `_`, at most
  32 characters; the original name is kept as the variable's label), lists joined by `、`, dates
  `%td`, categoricals as value labels, integer columns with a missing value as doubles (Stata's
  `.`), missing text as `""`, a column with text over 244 bytes as strL;
- xlsx and dta carry no time of writing, so the same rows give the same bytes;
- a query that matches nothing still writes its header (csv, xlsx), `[]` (json) or an empty table,
  and the caller says so on stderr (`nothing_matched`).
"""

from __future__ import annotations

import datetime as dt
import io
import json
import math
import re
import sys
import warnings
import zipfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any, BinaryIO

import pandas as pd

from pipeline.errors import OutputError

FORMATS = ("table", "csv", "json", "parquet", "xlsx", "dta")
FILE_FORMATS = {".csv": "csv", ".json": "json", ".parquet": "parquet", ".xlsx": "xlsx", ".dta": "dta"}
# Formats that are bytes, not text: written to standard output only when it is not a terminal.
BINARY = frozenset({"parquet", "xlsx", "dta"})
LIST_SEPARATOR = "、"  # how a list is written into one text cell (csv, xlsx, dta, the terminal)

# Limits of the formats (Excel's cell and sheet, Stata's names and str).
XLSX_MAX_CELL_CHARS = 32_767
XLSX_MAX_ROWS = 1_048_575  # plus the header row
STATA_MAX_NAME = 32
STATA_MAX_LABEL = 80
# Text columns with a value longer than this are written as strL (each distinct text once) rather
# than str (every row padded to the longest value, at most 2,045 bytes): sentences repeat across a
# panel's rows, so the national panel (3,066 rows) takes 1.5 MB instead of 4.7 MB.
STATA_STRL_FROM_BYTES = 244
STATA_VERSION = 118
# The time stamp written into xlsx and dta files instead of the time of writing (determinism).
FIXED_TIME = dt.datetime(2000, 1, 1)


def resolve_format(fmt: str | None, output: str | Path | None, stdout_is_terminal: bool = False) -> str:
    """The format to write: from `-o`'s suffix, else `--format`, else `table`. A binary format to
    standard output is refused when that is a terminal (`stdout_is_terminal`)."""
    if fmt is not None and fmt not in FORMATS:
        raise OutputError(f"unknown format {fmt!r} (use {', '.join(FORMATS)})")
    if output is None or str(output) == "-":
        kind = fmt or "table"
        if kind in BINARY and stdout_is_terminal:
            raise OutputError(
                f"--format {kind} writes binary data, not for a terminal: "
                f"give -o FILE.{kind}, or redirect standard output (> rows.{kind}) or pipe it"
            )
        return kind
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


# ---------------------------------------------------------------------------------------------
# Values
# ---------------------------------------------------------------------------------------------


def _missing(value: Any) -> bool:
    if value is None or value is pd.NA or value is pd.NaT:
        return True
    return isinstance(value, float) and math.isnan(value)


def _plain(value: Any) -> Any:
    """A JSON value: None for missing, ISO dates, lists kept, numpy scalars as Python ones."""
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


def _is_list(value: Any) -> bool:
    return isinstance(value, (list, tuple)) or (
        hasattr(value, "tolist") and getattr(value, "ndim", 0) == 1 and not isinstance(value, (str, bytes))
    )


def _joined(value: Any) -> Any:
    """A list as one text cell (`a、b`); anything else as it is."""
    if _is_list(value):
        return LIST_SEPARATOR.join("" if _missing(v) else str(_plain(v)) for v in list(value))
    return value


def _list_columns(frame: pd.DataFrame) -> list[str]:
    return [c for c in frame.columns if frame[c].dtype == object and frame[c].map(_is_list).any()]


def _date_columns(frame: pd.DataFrame) -> list[str]:
    """Columns of calendar dates: Arrow `date32`, or objects that are all `datetime.date` or missing."""
    out = []
    for c in frame.columns:
        dtype = frame[c].dtype
        if isinstance(dtype, pd.ArrowDtype) and str(dtype.pyarrow_dtype).startswith("date"):
            out.append(c)
        elif pd.api.types.is_object_dtype(dtype):
            values = [v for v in frame[c] if not _missing(v)]
            if values and all(isinstance(v, dt.date) and not isinstance(v, dt.datetime) for v in values):
                out.append(c)
    return out


def _as_dates(column: pd.Series) -> pd.Series:
    """A date column as objects: `datetime.date` or None."""
    return pd.Series(
        [
            None if _missing(v) else (v.date() if isinstance(v, (pd.Timestamp, dt.datetime)) else v)
            for v in column.astype(object)
        ],
        index=column.index,
        dtype=object,
    )


def _flat(frame: pd.DataFrame) -> pd.DataFrame:
    """The frame with every list joined into one text cell."""
    lists = _list_columns(frame)
    if not lists:
        return frame
    return frame.assign(**{c: frame[c].map(_joined) for c in lists})


# ---------------------------------------------------------------------------------------------
# The formats
# ---------------------------------------------------------------------------------------------


def to_json(frame: pd.DataFrame) -> str:
    records = [{k: _plain(v) for k, v in row.items()} for row in frame.astype(object).to_dict("records")]
    return json.dumps(records, ensure_ascii=False, indent=1) + "\n"


def to_csv(frame: pd.DataFrame) -> str:
    return _flat(frame).to_csv(index=False)


_XLSX_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def _xlsx_text(value: Any) -> Any:
    if not isinstance(value, str):
        return value
    value = _XLSX_ILLEGAL.sub("", value)
    return value if len(value) <= XLSX_MAX_CELL_CHARS else value[: XLSX_MAX_CELL_CHARS - 1] + "…"


def _for_excel(frame: pd.DataFrame) -> pd.DataFrame:
    """Plain Python cells openpyxl writes as they are: dates as dates, whole numbers as ints,
    missing values as empty cells, lists joined."""
    dates = set(_date_columns(frame))
    columns = {}
    for c in frame.columns:
        col = frame[c]
        if c in dates:
            columns[c] = _as_dates(col)
        else:
            columns[c] = pd.Series(
                [None if _missing(v) else _xlsx_text(_plain(_joined(v))) for v in col.astype(object)],
                index=col.index,
                dtype=object,
            )
    return pd.DataFrame(columns, index=frame.index, columns=list(frame.columns))


def to_xlsx(frame: pd.DataFrame, sheet: str = "rows") -> bytes:
    if len(frame) > XLSX_MAX_ROWS:
        raise OutputError(
            f"{len(frame):,} rows do not fit in one Excel sheet ({XLSX_MAX_ROWS:,}): use .parquet, .csv or .dta, or narrow the query"
        )
    buf = io.BytesIO()
    with pd.ExcelWriter(buf, engine="openpyxl", date_format="YYYY-MM-DD") as writer:
        _for_excel(frame).to_excel(writer, index=False, sheet_name=sheet[:31] or "rows")
        book = writer.book
        book.properties.creator = "gwr"
        book.properties.created = book.properties.modified = FIXED_TIME
        ws = writer.sheets[sheet[:31] or "rows"]
        ws.freeze_panes = "A2"
        if len(frame.columns):
            ws.auto_filter.ref = ws.dimensions
    return _fixed_zip(buf.getvalue())


_CORE_TIME = re.compile(rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:\2>)")


def _fixed_zip(data: bytes) -> bytes:
    """The same archive with every member's time, and the document's own times, fixed: the same
    rows give the same bytes."""
    stamp = FIXED_TIME.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                body = _CORE_TIME.sub(lambda m: m.group(1) + stamp + m.group(3), body)
            fixed = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = info.external_attr
            dst.writestr(fixed, body)
    return out.getvalue()


def stata_names(columns: Sequence[Any]) -> list[str]:
    """Stata-safe variable names: ASCII letters, digits and `_`, not starting with a digit, at
    most 32 characters, unique (a clash gets `_2`, `_3` …)."""
    out: list[str] = []
    for c in columns:
        name = re.sub(r"[^A-Za-z0-9_]", "_", str(c)) or "_"
        if name[0].isdigit():
            name = "_" + name
        name = name[:STATA_MAX_NAME]
        base, n = name, 2
        while name in out:
            tail = f"_{n}"
            name = base[: STATA_MAX_NAME - len(tail)] + tail
            n += 1
        out.append(name)
    return out


def _for_stata(frame: pd.DataFrame) -> tuple[pd.DataFrame, dict[str, str], list[str], dict[str, str]]:
    """(frame Stata can hold, date conversions, strL columns, variable labels)."""
    names = stata_names(frame.columns)
    dates = set(_date_columns(frame))
    columns: dict[str, pd.Series] = {}
    convert_dates: dict[str, str] = {}
    strl: list[str] = []
    for original, name in zip(frame.columns, names):
        col = frame[original]
        dtype = col.dtype
        if original in dates:
            columns[name] = pd.to_datetime(_as_dates(col), errors="coerce").astype("datetime64[s]")
            convert_dates[name] = "td"
        elif pd.api.types.is_bool_dtype(dtype):
            columns[name] = col.astype("float64" if col.isna().any() else "int8")
        elif isinstance(dtype, pd.CategoricalDtype) and len(col) and len(dtype.categories):
            # value labels (pandas cannot label an empty column: that one is written as text)
            columns[name] = col.cat.rename_categories([str(v) for v in dtype.categories])
        elif pd.api.types.is_integer_dtype(dtype):
            # Nullable integers: numpy integers when nothing is missing, else doubles (Stata's `.`).
            columns[name] = (
                col.astype("float64") if col.isna().any() else col.astype(str(dtype).lower().replace("[pyarrow]", ""))
            )
        elif pd.api.types.is_float_dtype(dtype):
            columns[name] = col.astype("float64")
        else:
            values = [_plain(_joined(v)) for v in col.astype(object)]
            if any(not _missing(v) and not isinstance(v, str) for v in values) and all(
                _missing(v) or isinstance(v, (int, float)) for v in values
            ):
                columns[name] = pd.Series(
                    [None if _missing(v) else float(v) for v in values], index=col.index, dtype="float64"
                )
                continue
            text = pd.Series(["" if _missing(v) else str(v) for v in values], index=col.index, dtype=object)
            if max((len(s.encode("utf-8")) for s in text), default=0) > STATA_STRL_FROM_BYTES:
                strl.append(name)
            columns[name] = text
    out = pd.DataFrame(columns, index=frame.index, columns=names).reset_index(drop=True)
    labels = {name: str(original)[:STATA_MAX_LABEL] for original, name in zip(frame.columns, names)}
    return out, convert_dates, strl, labels


def to_dta(frame: pd.DataFrame) -> bytes:
    data, convert_dates, strl, labels = _for_stata(frame)
    buf = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # pandas' notes on renamed names and converted types: done on purpose above
        data.to_stata(
            buf,
            write_index=False,
            version=STATA_VERSION,
            convert_dates=convert_dates or None,
            convert_strl=strl or None,
            variable_labels=labels,
            time_stamp=FIXED_TIME,
            data_label="gwr",
        )
    return buf.getvalue()


def to_bytes(frame: pd.DataFrame, fmt: str, sheet: str = "rows") -> bytes:
    """The frame as csv, json, parquet, xlsx or dta bytes."""
    if fmt == "csv":
        return to_csv(frame).encode("utf-8")
    if fmt == "json":
        return to_json(frame).encode("utf-8")
    if fmt == "parquet":
        buf = io.BytesIO()
        frame.to_parquet(buf, index=False)
        return buf.getvalue()
    if fmt == "xlsx":
        return to_xlsx(frame, sheet)
    if fmt == "dta":
        return to_dta(frame)
    raise OutputError(f"cannot write {fmt} as bytes")


# ---------------------------------------------------------------------------------------------
# Writing
# ---------------------------------------------------------------------------------------------


def write(
    frame: pd.DataFrame,
    fmt: str,
    output: str | Path | None,
    stdout: BinaryIO | None = None,
    force: bool = False,
    sheet: str = "rows",
) -> Path | None:
    """Write the frame as `fmt` to `output` (a path, `-` or None for stdout). An existing file is
    replaced only if it is empty or gwr wrote it with the same columns, or with `force`
    (`OutPathError` otherwise). Returns the path written (None for stdout)."""
    from pipeline.outpath import check_out_file, write_file

    data = to_bytes(frame, fmt, sheet)
    if output is None or str(output) == "-":
        stream = stdout or sys.stdout.buffer
        stream.write(data)
        stream.flush()
        return None
    columns = [str(c) for c in frame.columns]
    path = check_out_file(output, force, lambda p: same_table(p, fmt, columns))
    return write_file(path, lambda tmp: tmp.write_bytes(data))


def write_table(frame: pd.DataFrame, output: str | Path, force: bool = False) -> Path:
    """`frame` to the file `output`, in the format its suffix names (`OutputError` for another)."""
    written = write(frame, resolve_format(None, output), output, force=force)
    assert written is not None  # a file was named, so a file was written
    return written


# An existing output file larger than this is not inspected (so not recognised as gwr's: --force).
MAX_RECOGNISED_BYTES = 256 * 2**20


def same_table(path: Path, fmt: str, columns: list[str]) -> bool:
    """Whether `path` is a table gwr wrote with these columns: its header (csv, xlsx), its records'
    keys (json), its schema's names (parquet), its variables' labels (dta)."""
    import csv

    if path.stat().st_size > MAX_RECOGNISED_BYTES:
        return False
    if fmt == "csv":
        with open(path, encoding="utf-8", newline="") as f:
            head = f.read(64 * 1024)
        return next(csv.reader(io.StringIO(head)), None) == columns
    if fmt == "json":
        rows = json.loads(path.read_text(encoding="utf-8"))
        return isinstance(rows, list) and all(isinstance(r, dict) and list(r) == columns for r in rows)
    if fmt == "parquet":
        import pyarrow.parquet as pq

        return pq.read_schema(path).names == columns
    if fmt == "xlsx":
        from openpyxl import load_workbook

        book = load_workbook(path, read_only=True)
        try:
            first = next(book.worksheets[0].iter_rows(max_row=1, values_only=True), ())
        finally:
            book.close()
        return [str(v) for v in first if v is not None] == columns
    if fmt == "dta":
        with pd.read_stata(path, iterator=True) as reader:
            return list(reader.variable_labels().values()) == [c[:STATA_MAX_LABEL] for c in columns]
    return False


def nothing_matched(filters: dict[str, Any]) -> str:
    """The message for an empty result, naming the filters that were given."""
    given = " ".join(f"--{k.replace('_', '-')} {v}" for k, v in filters.items() if v not in (None, False, ""))
    return f"no rows match {given}".rstrip() + " (check the spelling, or widen the filters)"


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
        return LIST_SEPARATOR.join(map(str, value))
    return str(value)


def rows_for_table(frame: pd.DataFrame, columns: Sequence[str]) -> list[list[str]]:
    return [[cell(v) for v in row] for row in frame[list(columns)].astype(object).itertuples(index=False, name=None)]
