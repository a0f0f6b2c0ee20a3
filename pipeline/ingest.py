"""Read one report file into a `Document`: decode whatever encoding it came in, then normalise.

Why here: every later offset indexes the decoded raw text, so decoding is done once, strictly, and
the encoding used is recorded; a file that cannot be read as a report fails with `IngestError`
naming the file and the problem, and the run goes on with the other files.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from pipeline.document import Document
from pipeline.errors import IngestError, InputRefused
from pipeline.formats import ReaderError, budgets, read_text
from pipeline.normalize import fold_traditional, normalize, with_surface


def doc_id_of(data: bytes) -> str:
    """Stable id from the raw bytes: the same file gives the same id on every machine."""
    return hashlib.sha256(data).hexdigest()[:16]


# Control characters other than \t \n \f \r (0x09, 0x0A, 0x0C, 0x0D).
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")


def check_text(text: str) -> None:
    """Refuse what is plainly not a text report: no text, more than MAX_TEXT_CHARS, control
    characters in its first 4 KB, or a NUL byte anywhere (the same refusal wherever it sits: a NUL
    is never text, and a table cell holding one breaks the tools that read the output)."""
    if not text.strip():
        raise ReaderError("empty file (no text)")
    if len(text) > budgets.MAX_TEXT_CHARS:
        raise ReaderError(budgets.too_much_text(len(text)))
    sample = text[:4096]
    controls = len(_CONTROL_CHARS.findall(sample))
    nul = text.find("\x00")
    if nul >= 0:
        raise ReaderError(f"binary file (a NUL byte at character {nul:,}), not a text report")
    if controls > len(sample) // 100 + 2:
        raise ReaderError("binary file (control bytes in the text), not a text report")


def ingest(path: str | Path, source: str | None = None) -> Document:
    """Stage 1: file -> Document with raw text, normalised text and the offset map."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise IngestError(path, "no such file") from None
    except OSError as exc:
        raise IngestError(path, f"cannot read: {exc.strerror or exc}") from None
    if size > budgets.MAX_BYTES:
        raise IngestError(
            path,
            f"file too large ({size / 2**20:.0f} MiB; the limit is {budgets.MAX_BYTES / 2**20:.0f} MiB, and no report comes near it)",
        )
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise IngestError(path, f"cannot read: {exc.strerror or exc}") from None
    return document_from_bytes(data, source or path.name, path)


def document_from_bytes(data: bytes, source: str, path: str | Path | None = None) -> Document:
    where = path if path is not None else source
    if not data:
        raise IngestError(where, "empty file (0 bytes)")
    try:
        raw, encoding = read_text(data, Path(source).suffix.lower())
        check_text(raw)
    except (InputRefused, UnicodeDecodeError) as exc:  # a refusal, or bytes after a BOM that do not follow it;
        raise IngestError(where, str(exc)) from None  # anything else is a bug, reported as one by the run
    folded = fold_traditional(raw)
    norm = normalize(raw) if folded is None else with_surface(normalize(folded), raw, folded)
    location = Path(path).resolve().as_posix() if path is not None else None
    return Document(
        doc_id=doc_id_of(data), source=source, raw=raw, encoding=encoding, norm=norm, folded=folded, location=location
    )
