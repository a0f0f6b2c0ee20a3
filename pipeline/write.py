"""Stage 5: Parquet tables and `manifest.json`, written to a temporary folder and moved into place.

Why the move: a run that crashes or is killed half-way must leave the previous tables intact and
readable, never a mix of old and new.

Why batches: a national corpus does not fit in memory as one list of rows. `TableWriter` keeps one
`ParquetWriter` per table open in the temporary folder and receives each document's rows as Arrow
record batches; it buffers them and writes a row group whenever a table's buffer passes
`ROW_GROUP_ROWS` rows or `ROW_GROUP_BYTES` bytes. The cut points depend only on the rows, in input
order, so two runs over the same inputs write byte-identical files whatever the number of workers.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import tempfile
from concurrent.futures import Future, ThreadPoolExecutor
from functools import cache
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.outpath import MANIFEST, TEMP_MARKER, USER_FILES, check_out_folder, gwr_manifest, is_gwr_output
from schemas.arrow import arrow_schema, encode_closed
from schemas.records import SCHEMA_VERSION, TABLES

_UMASK = os.umask(0)
os.umask(_UMASK)

ROW_GROUP_ROWS = 64 * 1024
ROW_GROUP_BYTES = 8 * 1024 * 1024
COMPRESSION = "zstd"
# Buffered pieces of one table merged into one when there are this many (documents with few rows).
COALESCE = 64


@cache
def table_schema(name: str) -> pa.Schema:
    return arrow_schema(TABLES[name])


@cache
def _plain_schema(name: str) -> pa.Schema:
    """The table's schema with its dictionary columns as plain strings: rows are read into it, then
    the closed columns are encoded once against their whole value set (`encode_closed`)."""
    schema = table_schema(name)
    return pa.schema(
        [f.with_type(pa.string()) if pa.types.is_dictionary(f.type) else f for f in schema], metadata=schema.metadata
    )


def to_batch(name: str, rows: list[dict[str, Any]]) -> pa.RecordBatch:
    """Rows of one table (model-normalised dicts) as an Arrow record batch of the table's schema."""
    schema = table_schema(name)
    return encode_closed(pa.RecordBatch.from_pylist(rows, schema=_plain_schema(name)), TABLES[name], schema)


def batch_to_bytes(batch: pa.RecordBatch) -> bytes:
    """One batch as an Arrow IPC stream: the form rows travel in between processes and in the cache.
    Each table's rows are a separate bytes object, so a buffered batch holds on to its own table only."""
    sink = pa.BufferOutputStream()
    with pa.ipc.new_stream(sink, batch.schema) as w:
        w.write_batch(batch)
    return sink.getvalue().to_pybytes()


def batch_from_bytes(data: bytes) -> pa.RecordBatch:
    return pa.ipc.open_stream(data).read_next_batch()


class TableWriter:
    """Streams every table into `<out>`'s temporary sibling folder; `finish()` swaps it into place.

    Use as a context manager: leaving the block by an exception removes the temporary folder and
    leaves `out` as it was."""

    def __init__(self, out: str | Path, row_group_rows: int = ROW_GROUP_ROWS, row_group_bytes: int = ROW_GROUP_BYTES):
        self.out = check_out_folder(out)  # absolute; refused unless missing, empty or gwr's own output
        parent = self.out.parent
        parent.mkdir(parents=True, exist_ok=True)
        remove_stale_temporaries(self.out)
        self.tmp = Path(tempfile.mkdtemp(prefix=f".{self.out.name}.tmp-{os.getpid()}-", dir=parent))
        (self.tmp / TEMP_MARKER).touch()  # what the stale-temporary cleanup looks for
        os.chmod(self.tmp, 0o777 & ~_UMASK)  # mkdtemp's 0700 would make the output private to this user
        self.row_group_rows = row_group_rows
        self.row_group_bytes = row_group_bytes
        self._writers: dict[str, pq.ParquetWriter] = {}
        self._buffers: dict[str, list[pa.Table]] = {name: [] for name in TABLES}
        self._buffered: dict[str, tuple[int, int]] = {name: (0, 0) for name in TABLES}
        self.counts: dict[str, int] = {name: 0 for name in TABLES}
        # Row groups are encoded and compressed by one background thread (Arrow releases the GIL) while
        # the caller prepares the next documents; one row group at a time, in the order flushed.
        self._thread = ThreadPoolExecutor(1, thread_name_prefix="gwr-write")
        self._pending: Future | None = None
        try:
            for name in TABLES:
                self._writers[name] = pq.ParquetWriter(
                    self.tmp / f"{name}.parquet", table_schema(name), compression=COMPRESSION
                )
        except BaseException:
            self.abort()
            raise

    def __enter__(self) -> TableWriter:
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is not None:
            self.abort()

    def add(self, name: str, batch: pa.RecordBatch | bytes | None) -> None:
        if batch is None:
            return
        rb: pa.RecordBatch = batch_from_bytes(batch) if isinstance(batch, bytes) else batch
        if rb.num_rows == 0:
            return
        buffer = self._buffers[name]
        buffer.append(pa.Table.from_batches([rb]))
        rows, size = self._buffered[name]
        rows, size = rows + rb.num_rows, size + rb.nbytes
        self._buffered[name] = (rows, size)
        if rows >= self.row_group_rows or size >= self.row_group_bytes:
            self._flush(name)
        elif len(buffer) >= COALESCE:
            # many small per-document pieces cost more than their rows: merge them (same values)
            self._buffers[name] = [pa.concat_tables(buffer).combine_chunks()]

    def add_rows(self, name: str, rows: list[dict[str, Any]]) -> None:
        if rows:
            self.add(name, to_batch(name, rows))

    def _flush(self, name: str) -> None:
        pieces = self._buffers[name]
        if not pieces:
            return
        self.counts[name] += self._buffered[name][0]
        self._buffers[name] = []
        self._buffered[name] = (0, 0)
        self._wait()
        self._pending = self._thread.submit(_write_row_group, self._writers[name], pieces)

    def _wait(self) -> None:
        if self._pending is not None:
            pending, self._pending = self._pending, None
            pending.result()

    def finish(self, manifest: dict[str, Any]) -> dict[str, int]:
        """Flush, close, write `manifest.json` and move the folder into place; returns the row counts."""
        try:
            for name in TABLES:
                self._flush(name)
            self._wait()
            self._thread.shutdown()
            for name in TABLES:
                self._writers.pop(name).close()
            manifest = {**manifest, "schema_version": SCHEMA_VERSION, "row_counts": dict(self.counts)}
            (self.tmp / MANIFEST).write_text(
                json.dumps(manifest, ensure_ascii=False, indent=2, default=str) + "\n", encoding="utf-8"
            )
            carry_user_files(self.out, self.tmp)
            check_out_folder(self.out)  # still empty, missing or gwr's own (nothing moved in meanwhile)
            (self.tmp / TEMP_MARKER).unlink()
            _swap_into_place(self.tmp, self.out)
        except BaseException:
            self.abort()
            raise
        return dict(self.counts)

    def abort(self) -> None:
        try:
            self._wait()
        except BaseException:
            pass
        self._thread.shutdown(wait=True, cancel_futures=True)
        for w in self._writers.values():
            try:
                w.close()
            except Exception:
                pass
        self._writers.clear()
        shutil.rmtree(self.tmp, ignore_errors=True)


def carry_user_files(out: Path, tmp: Path) -> None:
    for name in USER_FILES:
        src, dst = out / name, tmp / name
        if src.is_file() and not dst.exists():
            shutil.copy2(src, dst)


def _write_row_group(writer: pq.ParquetWriter, pieces: list[pa.Table]) -> None:
    table = pa.concat_tables(pieces).combine_chunks()
    writer.write_table(table, row_group_size=table.num_rows)
    del table, pieces
    release_memory()


def _malloc_trim():
    try:
        import ctypes

        return ctypes.CDLL("libc.so.6").malloc_trim
    except (OSError, AttributeError):  # not glibc
        return None


_TRIM = _malloc_trim() if os.name == "posix" else None


def release_memory() -> None:
    """Give freed memory back to the system after a row group is written: the allocators (Arrow's
    pool, glibc's heap) otherwise keep the high-water mark of every buffer for the whole run."""
    pa.default_memory_pool().release_unused()
    if _TRIM is not None:
        _TRIM(0)


def _swap_into_place(tmp: Path, out: Path) -> None:
    """Replace `out` by `tmp` with two renames; only the instant between them lacks a table folder.
    `out` is missing, empty or a gwr output (checked by the caller); the name it is moved aside to
    is a free one, so nothing else is ever renamed or removed."""
    old = None
    if out.exists():
        old = _free_name(out.with_name(f".{out.name}.old-{os.getpid()}"))
        os.replace(out, old)
    os.replace(tmp, out)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def _free_name(path: Path) -> Path:
    n = 0
    candidate = path
    while candidate.exists() or candidate.is_symlink():
        n += 1
        candidate = path.with_name(f"{path.name}-{n}")
    return candidate


def remove_stale_temporaries(out: Path) -> None:
    """Folders left beside `out` by a run that was killed (`.<out>.tmp-<pid>-…`, `.<out>.old-<pid>`),
    removed when their process is gone; an `.old-` folder with no `out` beside it is put back.

    Only gwr's own are touched: a temporary folder carries `TEMP_MARKER` (or, once finished, a gwr
    manifest); a moved-aside output is a gwr output or empty. Anything else of that name is left."""
    parent = out.parent
    pattern = re.compile(rf"^\.{re.escape(out.name)}\.(tmp|old)-(\d+)(?:-.*)?$")
    try:
        entries = list(parent.iterdir())
    except OSError:
        return
    for p in sorted(entries):
        m = pattern.match(p.name)
        if not m or p.is_symlink() or not p.is_dir() or _alive(int(m.group(2))):
            continue
        try:
            if m.group(1) == "tmp":
                ours = (p / TEMP_MARKER).is_file() or gwr_manifest(p) is not None
            else:
                ours = is_gwr_output(p) or not any(p.iterdir())
        except OSError:
            continue
        if not ours:
            continue
        if m.group(1) == "old" and not out.exists() and not out.is_symlink():
            os.replace(p, out)  # killed between the two renames: the previous tables come back
        else:
            shutil.rmtree(p, ignore_errors=True)


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
