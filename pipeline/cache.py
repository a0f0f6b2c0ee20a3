"""Per-document record cache, so a re-run re-extracts only new or changed reports.

Why a cache inside the output folder: the tables are a function of (file bytes, its `source` name,
the code that reads it). One entry per document, named by a hash of all three, lives in
`<out>/.cache/`; a run links the entries it reuses and writes the ones it makes into the new output
folder before the atomic swap, so the cache always describes exactly the tables beside it, and a run
killed half-way leaves the previous tables *and* their cache in place.

The code part is a fingerprint of every source file of `pipeline/`, `patterns/` and `schemas/`, the
tool and schema versions and the library versions whose behaviour or formats the entries depend on:
editing a pattern or a stage invalidates every entry.

An entry is the document's rows already converted to Arrow record batches (what the writer needs),
pickled and zstd-compressed: reading it back costs a small fraction of extracting the document.
"""
from __future__ import annotations

import hashlib
import os
import pickle
import shutil
import sys
from functools import lru_cache
from pathlib import Path
from typing import Any

import pyarrow as pa

CACHE_DIR = ".cache"
SUFFIX = ".pkl.zst"
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
    for part in ("gwr", __version__, SCHEMA_VERSION, f"py{sys.version_info[0]}.{sys.version_info[1]}", pa.__version__, jieba.__version__):
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


def pack(payload: dict[str, Any]) -> bytes:
    data = pickle.dumps(payload, protocol=5)
    return len(data).to_bytes(8, "little") + _CODEC.compress(data, asbytes=True)


def unpack(blob: bytes) -> dict[str, Any]:
    size = int.from_bytes(blob[:8], "little")
    return pickle.loads(_CODEC.decompress(blob[8:], decompressed_size=size, asbytes=True))


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
        try:
            return (self.old / (key + SUFFIX)).read_bytes()
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
