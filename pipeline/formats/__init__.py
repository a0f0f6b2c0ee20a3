"""The input formats: one table saying, for each kind of file, the names a folder is searched for,
the first bytes that give it away, and the reader that turns it into plain text (or why it is refused).

Why one table: the file's name only decides what is looked at; its bytes decide how it is read (an
HTML page saved as .txt is read as HTML), and a mismatch fails clearly. Every reader is a pure
function of the file's bytes (`text.py`, `html.py`, `docx.py`, `pdf.py`) and flattens its format
into the shape a .txt report has (one paragraph or heading a line), so nothing downstream needs to
know where a report came from. To add a format: write its reader module and add a row to FORMATS.
"""

from __future__ import annotations

import codecs
import io
import zipfile
from collections.abc import Callable
from dataclasses import dataclass

from pipeline.formats.common import ReaderError
from pipeline.formats.docx import docx_text
from pipeline.formats.html import html_text
from pipeline.formats.pdf import pdf_text
from pipeline.formats.text import decode

__all__ = ["FORMATS", "READABLE_SUFFIXES", "ReaderError", "read_text", "sniff"]


@dataclass(frozen=True)
class Format:
    kind: str  # what `sniff` calls it; `documents.encoding` records it for the formats with a reader
    suffixes: tuple[str, ...] = ()  # names a folder is searched for (the name only decides what is looked at)
    magic: tuple[bytes, ...] = ()  # leading bytes that give it away (PDF also after leading whitespace)
    reader: Callable[[bytes], str] | None = None  # bytes -> plain text; None: recognised and refused
    refusal: str = ""  # what the file really is, as the failure message says it (refused kinds)
    signed: bool = False  # its bytes always start with a signature: a file named like it that does not is refused


# Order matters where it is read: the magic numbers are tried in this order, and the plain-text
# suffixes come first among READABLE_SUFFIXES.
FORMATS: tuple[Format, ...] = (
    Format("text", suffixes=(".txt", ".md", ".markdown", ".text")),  # no signature: what is left is decoded as text
    Format("html", suffixes=(".html", ".htm"), reader=html_text),  # told by its first tags (see `sniff`)
    Format("docx", suffixes=(".docx",), reader=docx_text, signed=True),  # a ZIP holding word/document.xml
    Format("pdf", suffixes=(".pdf",), magic=(b"%PDF-",), reader=pdf_text, signed=True),
    # What a report folder is likely to hold by mistake.
    Format("xlsx", refusal="an Excel workbook (.xlsx)"),
    Format("pptx", refusal="a PowerPoint file (.pptx)"),
    Format(
        "zip", magic=(b"PK\x03\x04", b"PK\x05\x06"), refusal="a ZIP archive"
    ),  # also .docx/.xlsx/.pptx: see ZIP_KINDS; the second: an empty ZIP
    Format(
        "ole2",
        suffixes=(".doc",),
        magic=(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",),
        refusal="an old Office file (.doc/.xls/.ppt); save it as .docx",
        signed=True,
    ),
    Format("png", magic=(b"\x89PNG\r\n\x1a\n",), refusal="a PNG image"),
    Format("jpeg", magic=(b"\xff\xd8\xff",), refusal="a JPEG image"),
    Format("gif", magic=(b"GIF87a", b"GIF89a"), refusal="a GIF image"),
    Format("gzip", magic=(b"\x1f\x8b",), refusal="a gzip archive"),
    Format("7z", magic=(b"7z\xbc\xaf\x27\x1c",), refusal="a 7-Zip archive"),
    Format("rar", magic=(b"Rar!\x1a\x07",), refusal="a RAR archive"),
    Format("elf", magic=(b"\x7fELF",), refusal="an executable"),
    Format(
        "rtf", magic=(b"{\\rtf",), refusal="a Rich Text file (.rtf); save it as .docx"
    ),  # Word's "rich text": markup, not a report's text
)
BY_KIND: dict[str, Format] = {f.kind: f for f in FORMATS}

# Views of the table, for the code that needs one column of it.
TEXT_SUFFIXES: tuple[str, ...] = BY_KIND["text"].suffixes
READABLE_SUFFIXES: tuple[str, ...] = tuple(s for f in FORMATS for s in f.suffixes)
FORMAT_SUFFIXES: dict[str, str] = {s: f.kind for f in FORMATS if f.kind != "text" for s in f.suffixes}
READERS: dict[str, Callable[[bytes], str]] = {s: f.reader for f in FORMATS if f.reader is not None for s in f.suffixes}
MAGIC_NUMBERS: tuple[tuple[bytes, str], ...] = tuple((m, f.kind) for f in FORMATS for m in f.magic)


def read_text(data: bytes, suffix: str) -> tuple[str, str]:
    """(text, encoding or format) of a file's bytes: its real kind first, then its name."""
    kind = sniff(data)
    if kind is not None:
        fmt = BY_KIND.get(kind)
        if fmt is not None and fmt.reader is not None:
            return fmt.reader(data), kind
        raise ReaderError(f"{fmt.refusal if fmt is not None else kind}, not a report")
    named = FORMAT_SUFFIXES.get(suffix)
    if named is not None and BY_KIND[named].signed:
        raise ReaderError(f"not a {suffix} file (its bytes do not start like one)")
    return decode(data)


# (member of a ZIP, kind): Office Open XML files are ZIP archives told apart by their main part.
ZIP_KINDS: tuple[tuple[str, str], ...] = (
    ("word/document.xml", "docx"),
    ("xl/workbook.xml", "xlsx"),
    ("ppt/presentation.xml", "pptx"),
)
# How a web page starts (after a BOM and whitespace), lower-cased, and what its first
# HTML_SNIFF_BYTES contain when it starts otherwise (a comment, an XML prolog).
HTML_STARTS = (b"<!doctype html", b"<html")
HTML_MARKERS = (b"<body", b"<head")
HTML_SNIFF_BYTES = 2048


def _zip_kind(data: bytes) -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            names = set(zf.namelist())
    except Exception:  # a damaged archive: its local headers still name the members
        names = {name for name, _ in ZIP_KINDS if name.encode() in data}
    for name, kind in ZIP_KINDS:
        if name in names:
            return kind
    return "zip"


def _html_head(data: bytes) -> bytes:
    """The file's first bytes as lower-case ASCII-compatible bytes, a BOM and UTF-16 undone."""
    head = data[: HTML_SNIFF_BYTES * 2]
    for bom, codec in ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if head.startswith(bom):
            head = head[len(bom) :].decode(codec, "ignore").encode("utf-8", "ignore")
            break
    if head.startswith(codecs.BOM_UTF8):
        head = head[len(codecs.BOM_UTF8) :]
    return head[:HTML_SNIFF_BYTES].lower()


def sniff(data: bytes) -> str | None:
    """The real kind of a file from its first bytes; None for text (plain text has no signature)."""
    stripped = data[:64].lstrip()
    for magic, kind in MAGIC_NUMBERS:
        if data.startswith(magic) or (kind == "pdf" and stripped.startswith(magic)):
            return _zip_kind(data) if kind == "zip" else kind
    head = _html_head(data)
    if head.lstrip().startswith(HTML_STARTS) or any(marker in head for marker in HTML_MARKERS):
        return "html"
    return None
