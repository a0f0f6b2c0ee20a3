"""Read one report file into a `Document`: decode whatever encoding it came in, then normalise.

Why here: every later offset indexes the decoded raw text, so decoding is done once, strictly, and
the encoding used is recorded; a file that cannot be read as a report fails with `IngestError`
naming the file and the problem, and the run goes on with the other files.
"""
from __future__ import annotations

import codecs
import hashlib
from pathlib import Path

from pipeline.document import Document
from pipeline.normalize import fold_traditional, normalize, with_surface

# Files larger than this are refused rather than read whole into memory: no single report comes
# near it (the corpus's largest is under 1 MB), so such a file is a concatenation or not a report.
MAX_BYTES = 64 * 1024 * 1024
# Budgets of the readers (`pipeline/readers.py`), each checked before or while a file is inflated or
# parsed, never after, so a small file that expands enormously (a "zip bomb") costs nothing. Each
# refusal names its limit. A real report needs a small fraction of each: the corpus's largest report
# is ~330,000 characters; a Word report's document.xml is a few MB; a PDF report has ~20–100 pages.
# - the inflated size of any one member of a .docx archive (its declared size; Python's zipfile
#   never inflates past it) and of any one compressed stream inside a PDF;
MAX_MEMBER_BYTES = 64 * 1024 * 1024
# - the inflated size of all XML parts of a .docx together (python-docx parses every one);
MAX_XML_BYTES = 128 * 1024 * 1024
# - the inflated size of all members of a .docx together (images included: python-docx loads them);
MAX_ARCHIVE_BYTES = 256 * 1024 * 1024
# - the pages of a PDF (counted as they are read: the reader stops at the first page over);
MAX_PDF_PAGES = 2000
# - the characters of text a file gives (any format; counted as lines are produced).
MAX_TEXT_CHARS = 8 * 1024 * 1024
TEXT_SUFFIXES = (".txt", ".md", ".markdown", ".text")
# Other suffixes a folder is searched for. The name only decides what is looked at; the bytes decide
# how a file is read (an HTML page saved as .txt is read as HTML), and a mismatch fails clearly.
FORMAT_SUFFIXES = {".html": "html", ".htm": "html", ".docx": "docx", ".pdf": "pdf", ".doc": "ole2"}
READABLE_SUFFIXES = TEXT_SUFFIXES + tuple(FORMAT_SUFFIXES)
# Formats with a reader (`pipeline/readers.py`); `documents.encoding` records the format for them.
READ_FORMATS = ("html", "docx", "pdf")
# What a file really is when its bytes are none of the above, as the failure message says it.
FOREIGN_KINDS = {
    "xlsx": "an Excel workbook (.xlsx)",
    "pptx": "a PowerPoint file (.pptx)",
    "zip": "a ZIP archive",
    "ole2": "an old Office file (.doc/.xls/.ppt); save it as .docx",
    "png": "a PNG image",
    "jpeg": "a JPEG image",
    "gif": "a GIF image",
    "gzip": "a gzip archive",
    "7z": "a 7-Zip archive",
    "rar": "a RAR archive",
    "elf": "an executable",
    "rtf": "a Rich Text file (.rtf); save it as .docx",
}


class IngestError(Exception):
    """A file that cannot be turned into a document; the message names the file and the reason."""

    def __init__(self, path: str | Path, reason: str):
        super().__init__(f"{path}: {reason}")
        self.path = str(path)
        self.reason = reason


def doc_id_of(data: bytes) -> str:
    """Stable id from the raw bytes: the same file gives the same id on every machine."""
    return hashlib.sha256(data).hexdigest()[:16]


def decode(data: bytes) -> tuple[str, str]:
    """(text, encoding name). BOMs first, then strict UTF-8, then UTF-16 without BOM, then GB18030."""
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8) :].decode("utf-8"), "utf-8-sig"
    for bom, name in ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            return data[len(bom) :].decode(name), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if b"\x00" in data:
        # UTF-16 without BOM puts NULs in the high byte of ASCII characters; anything else with NULs is binary.
        for name in ("utf-16-le", "utf-16-be"):
            try:
                text = data.decode(name)
            except UnicodeDecodeError:
                continue
            if _plausible(text):
                return text, name
        raise ValueError("binary file (NUL bytes), not a text report")
    try:
        return data.decode("gb18030"), "gb18030"
    except UnicodeDecodeError as exc:
        raise ValueError(f"undecodable bytes: {_utf8_break(data)}; as GB18030 at byte {exc.start:,} (tried UTF-8, UTF-16, GB18030)") from None


def _utf8_break(data: bytes) -> str:
    """Where UTF-8 breaks, as a person finds it: byte offset, line and column, and the bytes."""
    try:
        data.decode("utf-8")
        return "valid UTF-8"
    except UnicodeDecodeError as exc:
        at = exc.start
    line = data.count(b"\n", 0, at) + 1
    column = len(data[data.rfind(b"\n", 0, at) + 1 : at].decode("utf-8", "replace")) + 1
    return f"not UTF-8 from byte {at:,} (line {line}, column {column}: {data[at:at + 4].hex(' ')})"


def _plausible(text: str) -> bool:
    """Mostly Chinese, ASCII and their punctuation: what a report decodes to, and garbage does not."""
    sample = text[:2000]
    good = sum(1 for ch in sample if ch.isascii() and (ch.isprintable() or ch in "\n\r\t") or "\u4e00" <= ch <= "\u9fff" or "\u3000" <= ch <= "\u303f" or "\uff00" <= ch <= "\uffef" or ch in "“”‘’—…·")
    return good >= 0.9 * len(sample)


def read_text(data: bytes, suffix: str) -> tuple[str, str]:
    """(text, encoding or format) of a file's bytes: its real kind first, then its name."""
    from pipeline.readers import READERS, sniff

    kind = sniff(data)
    if kind in READ_FORMATS:
        return READERS["." + kind](data), kind
    if kind is not None:
        raise ValueError(f"{FOREIGN_KINDS.get(kind, kind)}, not a report")
    named = FORMAT_SUFFIXES.get(suffix)
    if named in ("docx", "pdf", "ole2"):
        raise ValueError(f"not a {suffix} file (its bytes do not start like one)")
    return decode(data)


def check_text(text: str) -> None:
    """Refuse what is plainly not a text report: no text, more than MAX_TEXT_CHARS, control
    characters in its first 4 KB, or a NUL byte anywhere (the same refusal wherever it sits: a NUL
    is never text, and a table cell holding one breaks the tools that read the output)."""
    if not text.strip():
        raise ValueError("empty file (no text)")
    if len(text) > MAX_TEXT_CHARS:
        raise ValueError(too_much_text(len(text)))
    sample = text[:4096]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\n\r\t\f")
    nul = text.find("\x00")
    if nul >= 0:
        raise ValueError(f"binary file (a NUL byte at character {nul:,}), not a text report")
    if controls > len(sample) // 100 + 2:
        raise ValueError("binary file (control bytes in the text), not a text report")


def too_much_text(n: int | None = None) -> str:
    got = f"{n:,} characters" if n is not None else "more characters"
    return f"too much text ({got}; the limit MAX_TEXT_CHARS is {MAX_TEXT_CHARS:,}, and no report comes near it)"


def ingest(path: str | Path, source: str | None = None) -> Document:
    """Stage 1: file -> Document with raw text, normalised text and the offset map."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise IngestError(path, "no such file") from None
    except OSError as exc:
        raise IngestError(path, f"cannot read: {exc.strerror or exc}") from None
    if size > MAX_BYTES:
        raise IngestError(path, f"file too large ({size / 2**20:.0f} MiB; the limit is {MAX_BYTES / 2**20:.0f} MiB, and no report comes near it)")
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
    except ValueError as exc:  # ReaderError is one
        raise IngestError(where, str(exc)) from None
    folded = fold_traditional(raw)
    norm = normalize(raw) if folded is None else with_surface(normalize(folded), raw, folded)
    location = Path(path).resolve().as_posix() if path is not None else None
    return Document(doc_id=doc_id_of(data), source=source, raw=raw, encoding=encoding, norm=norm, folded=folded, location=location)

