"""Per-document record cache, so a re-run re-extracts only new or changed reports.

Why a cache inside the output folder: the tables are a function of (file bytes, its `source` name,
the code that reads it). One entry per document, named by a hash of all three, lives in
`<out>/.cache/`; a run links the entries it reuses and writes the ones it makes into the new output
folder before the atomic swap, so the cache always describes exactly the tables beside it, and a run
killed half-way leaves the previous tables *and* their cache in place.

The code part is a fingerprint of every source file of `pipeline/`, `patterns/` and `schemas/`, the
tool and schema versions and the library versions whose behaviour or formats the entries depend on:
editing a pattern or a stage invalidates every entry.

Why data only: output folders are shared (shards are read together), so an entry is untrusted
input. It holds no code and nothing that can run any: a JSON header (the key it was written for,
the doc_id, the encoding, row counts) and the document's rows as Arrow IPC streams, one per
table, zstd-compressed (`<key>.arrow.zst`). On load the header's key must be the one asked for, the
doc_id the one of the file's bytes, and every table must have its table's schema and pass Arrow's
full validation; anything else is a bad entry, extracted again and counted (`Cache.bad`). Reading an
entry back still costs a small fraction of extracting the document.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import stat
import sys
from functools import lru_cache
from pathlib import Path
from typing import Any, TypedDict

import pyarrow as pa

CACHE_DIR = ".cache"
SUFFIX = ".arrow.zst"
# First bytes of an entry: the format and its version.
MAGIC = b"GWR-CACHE-1\n"
FORMAT = 1
# An entry larger than this once inflated is refused without inflating it (a document at the
# reader limits, MAX_TEXT_CHARS of text and its rows, needs a fraction of it).
MAX_ENTRY_BYTES = 256 * 2**20
# Its JSON header is small (a key, an id, counts and table names).
MAX_HEADER_BYTES = 64 * 1024
_CODEC = pa.Codec("zstd", compression_level=1)
_PACKAGES = ("pipeline", "patterns", "schemas")


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """Hash of everything an entry depends on besides the input: source of the stages and patterns,
    versions of the tool, the schema, Python, pyarrow and jieba."""
    return fingerprint_of(Path(__file__).resolve().parents[1])


def fingerprint_of(root: Path) -> str:
    import jieba

    from pipeline import __version__
    from schemas.records import SCHEMA_VERSION

    h = hashlib.sha256()
    for part in (
        "gwr",
        __version__,
        SCHEMA_VERSION,
        f"py{sys.version_info[0]}.{sys.version_info[1]}",
        pa.__version__,
        jieba.__version__,
    ):
        h.update(part.encode() + b"\0")
    for pkg in _PACKAGES:
        for f in sorted((root / pkg).rglob("*.py")):
            h.update(f.relative_to(root).as_posix().encode() + b"\0")
            h.update(f.read_bytes() + b"\0")
    return h.hexdigest()


def entry_key(content_sha256: str, source: str) -> str:
    """Cache key of one input: its bytes (by hash), its `source` (metadata reads the path), the code."""
    h = hashlib.sha256()
    for part in (code_fingerprint(), source, content_sha256):
        h.update(part.encode() + b"\0")
    return h.hexdigest()[:32]


class BadEntry(ValueError):
    """A cache entry that is not gwr's, not for this key, or damaged."""


class Payload(TypedDict):
    """One document's rows as they travel from a worker (`run.extract_blob`) or from the cache to
    the writer."""

    doc_id: str
    encoding: str | None
    document: dict[str, Any]  # the documents row
    summary: dict[str, Any]  # the documents row with counts (and, from a worker, warnings)
    batches: dict[str, Any]  # table -> Arrow IPC bytes (from a worker) or RecordBatch (from the cache)
    tasks: list[dict[str, Any]]  # rows the main process still links to their work report


def pack(payload: Payload, key: str | None = None) -> bytes:
    """The rows of one document (`extract_blob`'s payload) as bytes: a cache entry for `key`.

    `payload["batches"]` holds one Arrow IPC stream per table; the tasks (rows the main process
    still links) travel as one more stream; the document row and summary are rebuilt on load."""
    from pipeline.write import batch_to_bytes, to_batch

    streams = dict(payload["batches"])
    if payload.get("tasks"):
        streams["tasks"] = batch_to_bytes(to_batch("tasks", payload["tasks"]))
    header = {
        "format": FORMAT,
        "key": key,
        "doc_id": payload["doc_id"],
        "encoding": payload["encoding"],
        "counts": {k: payload["summary"][k] for k in ("sections", "figures", "targets", "rejects")},
        "tables": [[name, len(data)] for name, data in streams.items()],
    }
    head = json.dumps(header, ensure_ascii=True, sort_keys=True).encode("ascii")
    body = b"".join([len(head).to_bytes(4, "little"), head, *streams.values()])
    return MAGIC + len(body).to_bytes(8, "little") + _CODEC.compress(body, asbytes=True)


def unpack(blob: bytes, key: str | None = None, doc_id: str | None = None) -> Payload:
    """The payload of an entry; `BadEntry` unless it is a well-formed entry written for `key`
    (when given) holding the document `doc_id` (when given)."""
    from pipeline.write import table_schema
    from schemas.records import TABLES

    if not blob.startswith(MAGIC):
        raise BadEntry("not a gwr cache entry")
    size = int.from_bytes(blob[len(MAGIC) : len(MAGIC) + 8], "little")
    if size > MAX_ENTRY_BYTES:
        raise BadEntry(f"entry would inflate to {size:,} bytes (limit {MAX_ENTRY_BYTES:,})")
    try:
        # into an Arrow buffer: the tables below are zero-copy slices of it
        body = _CODEC.decompress(memoryview(blob)[len(MAGIC) + 8 :], decompressed_size=size)
    except Exception as exc:
        raise BadEntry(f"damaged ({type(exc).__name__})") from None
    if body.size != size or size < 4:
        raise BadEntry("damaged header")
    n = int.from_bytes(body.slice(0, 4).to_pybytes(), "little")
    if n > MAX_HEADER_BYTES or 4 + n > size:
        raise BadEntry("damaged header")
    try:
        header = json.loads(body.slice(4, n).to_pybytes().decode("ascii"))
    except ValueError:
        raise BadEntry("damaged header") from None
    if not isinstance(header, dict) or header.get("format") != FORMAT:
        raise BadEntry("unknown entry format")
    if key is not None and header.get("key") != key:
        raise BadEntry("written for another file (its key differs)")
    if doc_id is not None and header.get("doc_id") != doc_id:
        raise BadEntry("holds another document")
    tables, counts = header.get("tables"), header.get("counts")
    if not isinstance(tables, list) or not isinstance(counts, dict) or not isinstance(header.get("doc_id"), str):
        raise BadEntry("damaged header")
    batches: dict[str, pa.RecordBatch] = {}
    pos = 4 + n
    try:
        for name, length in tables:
            if (
                name not in TABLES
                or name in batches
                or not isinstance(length, int)
                or length < 0
                or pos + length > size
            ):
                raise BadEntry("damaged table list")
            reader = pa.ipc.open_stream(body.slice(pos, length))
            batch = reader.read_next_batch()
            if not batch.schema.equals(table_schema(name)):
                raise BadEntry(f"{name}: not the table's schema")
            batch.validate(full=True)
            batches[name] = batch
            pos += length
    except BadEntry:
        raise
    except Exception as exc:  # Arrow's errors for damaged streams
        raise BadEntry(f"damaged table ({type(exc).__name__})") from None
    if pos != size or "documents" not in batches or batches["documents"].num_rows != 1:
        raise BadEntry("damaged entry")
    document = batches["documents"].to_pylist()[0]
    if document.get("doc_id") != header["doc_id"]:
        raise BadEntry("holds another document")
    if not all(isinstance(counts.get(k), int) for k in ("sections", "figures", "targets", "rejects")):
        raise BadEntry("damaged header")
    tasks = batches.pop("tasks").to_pylist() if "tasks" in batches else []
    return {
        "doc_id": header["doc_id"],
        "encoding": header.get("encoding"),
        "document": document,
        "summary": {**document, **{k: counts[k] for k in ("sections", "figures", "targets", "rejects")}},
        "batches": batches,
        "tasks": tasks,
    }


class Cache:
    """Entries of the previous output (`old`, read-only) and of the one being written (`new`)."""

    def __init__(self, out: Path, tmp: Path | None, enabled: bool = True):
        self.old = Path(out) / CACHE_DIR
        self.new = Path(tmp) / CACHE_DIR if tmp is not None else None
        self.enabled = enabled
        if self.new is not None:
            self.new.mkdir(parents=True, exist_ok=True)

    def has(self, key: str | None) -> bool:
        return self.enabled and key is not None and (self.old / (key + SUFFIX)).is_file()

    def load(self, key: str) -> bytes | None:
        """The entry's bytes; None when it cannot be read, is not a plain file, or is too large
        to be one (a shared output folder is untrusted)."""
        try:
            fd = os.open(self.old / (key + SUFFIX), os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
        except OSError:
            return None
        try:
            with os.fdopen(fd, "rb") as f:
                st = os.fstat(f.fileno())
                if not stat.S_ISREG(st.st_mode) or st.st_size > MAX_ENTRY_BYTES:
                    return None
                return f.read()
        except OSError:
            return None

    def carry(self, key: str) -> None:
        """Keep a reused entry in the new output folder (a hard link: the old folder stays intact)."""
        if self.new is None:
            return
        src, dst = self.old / (key + SUFFIX), self.new / (key + SUFFIX)
        if dst.exists():
            return
        try:
            os.link(src, dst)
        except OSError:
            shutil.copyfile(src, dst)

    def store(self, key: str, blob: bytes) -> None:
        if self.new is None:
            return
        dst = self.new / (key + SUFFIX)
        if not dst.exists():
            dst.write_bytes(blob)
