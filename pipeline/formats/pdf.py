"""PDFs with a text layer (.pdf): the text in reading order, running headers, footers and page
numbers removed, lines re-joined into paragraphs; every stream's inflated size bounded."""

from __future__ import annotations

import io
import re
import statistics
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from pipeline.formats import budgets
from pipeline.formats.common import WIDE, ZIP_CHUNK, ReaderError, glue, why

# pdfminer's layout analysis: characters closer than char_margin (× char width) make one line,
# lines closer than line_margin (× line height) one box, boxes_flow weighs vertical over
# horizontal position in reading order; all_texts also analyses text inside form XObjects. These
# are pdfminer's defaults (plus all_texts): on the seed PDFs (STSong-Light), char_margin 0.5–2.0,
# line_margin 0.3–0.5 and boxes_flow 0.5 or None give the same text, because a single-column page
# is re-read by baseline (`_rows`) and spaces are decided by `_line_text`, not by word_margin. The
# box order only counts on pages set in columns.
PDF_LAPARAMS: dict[str, Any] = dict(line_margin=0.5, char_margin=2.0, word_margin=0.1, boxes_flow=0.5, all_texts=True)

# The share of the page's height at the top and at the bottom where running headers, footers and
# page numbers sit (A4 margins are 7–10 % of the height; the band leaves room for the first line).
PDF_BAND = 0.12
# A line in a band is a running header/footer when its text (digits ignored) is on at least this
# share of the pages, and on at least two, at the same height within PDF_SAME_Y points.
PDF_RUNNING_SHARE = 0.5
PDF_SAME_Y = 6.0
# Two characters of a line are separate words when the gap between them exceeds the line's usual
# gap by this share of the font size.
PDF_WORD_GAP = 0.25
# Lines whose middles are within this share of a line's height lie on one baseline (one row).
PDF_SAME_ROW = 0.4
# A page is set in columns when at least PDF_COLUMN_MIN_ROWS baselines hold a line of at least
# PDF_COLUMN_MIN_CHARS characters on each side of the page's middle.
PDF_COLUMN_MIN_ROWS = 3
PDF_COLUMN_MIN_CHARS = 6

# Lines that are only a page number, as Chinese documents print them. Removed only as the
# outermost line of a page's top or bottom band (see `_furniture`), so a table cell or a stray
# line holding just "5" in the body stays.
PAGE_NUMBER_FORMS = (
    re.compile(r"\d{1,4}"),  # 5
    re.compile(r"[-－—–―~～]+\s*\d{1,4}\s*[-－—–―~～]+"),  # - 5 -   — 5 —   －5－
    re.compile(
        r"第\s*[\d一二三四五六七八九十百零〇]+\s*页(\s*[，,/／]?\s*共\s*[\d一二三四五六七八九十百零〇]+\s*页)?"
    ),  # 第5页 第5页/共20页
    re.compile(r"共\s*\d{1,4}\s*页\s*[，,/／]?\s*第\s*\d{1,4}\s*页"),  # 共20页 第5页
    re.compile(r"\d{1,4}\s*[/／]\s*\d{1,4}"),  # 5/20
    re.compile(r"(?i)(page|p\.)\s*\d{1,4}(\s*(of|/)\s*\d{1,4})?"),  # Page 5 of 20
)

# Lines that open a new paragraph whatever the previous line ends with: the numbered headings of
# Chinese official documents (第一章, 一、, （一）, 1. / 1、, （1）, ①) and the "——" of a subtitle.
PDF_HEADING = re.compile(
    r"\s*(第[一二三四五六七八九十百零〇\d]+[章节条部分篇编]"
    r"|[一二三四五六七八九十百]+、"
    r"|[（(][一二三四五六七八九十百]+[）)]"
    r"|\d{1,3}[.．、](?!\d)"
    r"|[（(]\d{1,3}[）)]"
    r"|[①-⑳⑴-⒇]"
    r"|——)"
)
# A line ending in one of these ends its paragraph …
PDF_FINAL_PUNCT = "。！？；：!?;:…"
# … and so does one ending in a closing quote or bracket right after one of them (。” ！）).
PDF_CLOSERS = "”’」』）)】》"
# A line ending further than this many character widths before the body's right edge is a
# paragraph's last line; a line indented more than this after the left edge is a first line.
PDF_SHORT_LINE_CHARS = 2.5
PDF_INDENT_CHARS = 1.0
# The document indents its paragraphs when at least this share of its lines are indented first lines.
PDF_INDENTED_SHARE = 0.1
# Text that pdfminer gives for glyphs whose font has no Unicode mapping.
_PDF_CID = re.compile(r"\(cid:\d+\)")
# A PDF whose trailer names an encryption dictionary.
_PDF_ENCRYPTED = re.compile(rb"/Encrypt\s*\d+\s+\d+\s+R|/Encrypt\s*<<")
# Share of a PDF's characters that may be unmapped glyphs before the text layer counts as unusable.
PDF_MAX_CID_SHARE = 0.3
_SPACE_BETWEEN_WIDE = re.compile(f"(?<={WIDE.pattern})[ \u00a0]+(?={WIDE.pattern})")


@dataclass
class _PdfLine:
    text: str
    page: int
    x0: float
    x1: float
    y0: float
    y1: float
    band: str | None  # "top", "bottom" or None (body)

    @property
    def y(self) -> float:
        return (self.y0 + self.y1) / 2


def _pdf_pages(data: bytes) -> Iterator[list[_PdfLine]]:
    """Each page's lines, counted as they come: the reader stops at the first page past
    MAX_PDF_PAGES and as soon as the text passes MAX_TEXT_CHARS."""
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LAParams

    _bound_pdf_streams()
    chars = 0
    for number, page in enumerate(extract_pages(io.BytesIO(data), laparams=LAParams(**PDF_LAPARAMS))):
        if number >= budgets.MAX_PDF_PAGES:
            raise ReaderError(
                f"more than {budgets.MAX_PDF_PAGES:,} pages: over the limit MAX_PDF_PAGES; no report comes near it"
            )
        lines = _page_lines(page, number)
        chars += sum(len(line.text) + 1 for line in lines)
        if chars > budgets.MAX_TEXT_CHARS:
            raise ReaderError(budgets.too_much_text())
        yield lines


class _BoundedZlib:
    """pdfminer's `zlib`, with every stream's inflated size bounded by MAX_MEMBER_BYTES: a PDF's
    content, object and image streams are zlib data, and one small stream can inflate to gigabytes.
    Installed in place of `pdfminer.pdftypes.zlib` (pdfminer has no limit of its own)."""

    error = __import__("zlib").error

    def __init__(self) -> None:
        import zlib

        self._zlib, self.limit = zlib, budgets.MAX_MEMBER_BYTES

    def _over(self) -> ReaderError:
        return ReaderError(
            f"a stream in the PDF inflates past the limit MAX_MEMBER_BYTES ({self.limit / 2**20:.0f} MiB); not read (a zip bomb?)"
        )

    def decompress(self, data: bytes, *args) -> bytes:
        """zlib.decompress, inflating ZIP_CHUNK at a time and stopping past the limit."""
        d = self._zlib.decompressobj(*args[:1])
        parts, total, rest = [], 0, data
        while True:
            chunk = d.decompress(rest, ZIP_CHUNK)
            total += len(chunk)
            if total > self.limit:
                raise self._over()
            parts.append(chunk)
            rest = d.unconsumed_tail
            if d.eof or (not rest and not chunk):
                break
        if not d.eof:
            # what zlib.decompress does with a truncated or damaged stream
            raise self._zlib.error("Error -5 while decompressing data: incomplete or truncated stream")
        return b"".join(parts)

    def decompressobj(self, *args, **kwargs):
        return _BoundedDecompressor(self._zlib.decompressobj(*args, **kwargs), self)

    def __getattr__(self, name: str):
        return getattr(self._zlib, name)


class _BoundedDecompressor:
    def __init__(self, inner, owner: _BoundedZlib) -> None:
        self.inner, self.owner, self.total = inner, owner, 0

    def decompress(self, data: bytes, max_length: int = 0) -> bytes:
        room = self.owner.limit + 1 - self.total
        out = self.inner.decompress(data, min(max_length, room) if max_length else room)
        self.total += len(out)
        if self.total > self.owner.limit:
            raise self.owner._over()
        return out

    def __getattr__(self, name: str):
        return getattr(self.inner, name)


def _bound_pdf_streams() -> None:
    import pdfminer.pdftypes as pdftypes

    if not isinstance(pdftypes.zlib, _BoundedZlib):
        pdftypes.zlib = _BoundedZlib()  # type: ignore[assignment]  # a stand-in with the same interface


def _layout_lines(container) -> Iterator:
    """pdfminer's text lines in its reading order, also those inside form XObjects (LTFigure),
    which some PDF writers wrap whole pages in."""
    from pdfminer.layout import LTFigure, LTTextBox, LTTextLine

    for item in container:
        if isinstance(item, LTTextLine):
            yield item
        elif isinstance(item, (LTTextBox, LTFigure)):
            yield from _layout_lines(item)


def _page_lines(page, number: int) -> list[_PdfLine]:
    top, bottom = page.y1, page.y0
    band = PDF_BAND * (top - bottom)
    lines = []
    for line in _layout_lines(page):
        text = _SPACE_BETWEEN_WIDE.sub("", _line_text(line)).strip()
        if text:
            y = (line.y0 + line.y1) / 2
            where = "top" if y >= top - band else "bottom" if y <= bottom + band else None
            lines.append(_PdfLine(text, number, line.x0, line.x1, line.y0, line.y1, where))
    return lines if _columns(lines, (page.x0 + page.x1) / 2) else _rows(lines)


def _line_text(line) -> str:
    """A line's characters, with a space only where the PDF has one or where the gap between two
    characters is clearly wider than the line's usual one.

    pdfminer puts a space wherever a gap exceeds a fixed share of a character (word_margin); in a
    justified Chinese line every character is spaced out, and "6.7%" would come out "6 . 7 %"."""
    from pdfminer.layout import LTChar

    chars = [item for item in line if isinstance(item, LTChar)]
    glyphs = [c for c in chars if not c.get_text().isspace()]
    if not glyphs:
        return line.get_text()
    usual = statistics.median([b.x0 - a.x1 for a, b in zip(glyphs, glyphs[1:])] or [0.0])
    out: list[str] = []
    prev = None
    for c in chars:
        text = c.get_text()
        if text.isspace():
            out.append(" ")
            continue
        if prev is not None and c.x0 - prev.x1 > usual + PDF_WORD_GAP * c.size:
            out.append(" ")
        out.append(text)
        prev = c
    return re.sub(" +", " ", "".join(out))


def _same_row(a: _PdfLine, b: _PdfLine) -> bool:
    return abs(a.y - b.y) <= PDF_SAME_ROW * min(a.y1 - a.y0, b.y1 - b.y0)


def _rows(lines: list[_PdfLine]) -> list[_PdfLine]:
    """A single-column page read top to bottom, lines sharing a baseline (table cells, a name set
    apart from its title) joined by a tab.

    pdfminer's own box order misplaces short lines: a paragraph's one-character last line ("。")
    under an indented first line is a box of its own, and can be read before its paragraph."""
    rows: list[list[_PdfLine]] = []
    for line in sorted(lines, key=lambda line: -line.y):
        if rows and _same_row(rows[-1][0], line):
            rows[-1].append(line)
        else:
            rows.append([line])
    return [_merge(sorted(row, key=lambda line: line.x0)) for row in rows]


def _merge(row: list[_PdfLine]) -> _PdfLine:
    if len(row) == 1:
        return row[0]
    first = row[0]
    return _PdfLine(
        "\t".join(line.text for line in row),
        first.page,
        first.x0,
        max(line.x1 for line in row),
        min(line.y0 for line in row),
        max(line.y1 for line in row),
        first.band,
    )


def _columns(lines: list[_PdfLine], middle: float) -> bool:
    """Whether the page is set in columns: several baselines hold a line of text wholly left of the
    page's middle and another wholly right of it. Such pages keep pdfminer's reading order."""
    left = [line for line in lines if line.x1 < middle and len(line.text) >= PDF_COLUMN_MIN_CHARS]
    right = [line for line in lines if line.x0 > middle and len(line.text) >= PDF_COLUMN_MIN_CHARS]
    pairs = sum(any(_same_row(a, b) for b in right) for a in left)
    return pairs >= PDF_COLUMN_MIN_ROWS


def _has_chars(page_lines: list[list[_PdfLine]]) -> bool:
    return any(line.text.strip() for lines in page_lines for line in lines)


def _running_key(line: _PdfLine) -> tuple[str, str]:
    return line.band or "", re.sub(r"\d+", "#", re.sub(r"\s+", "", line.text))


def _running_lines(pages: list[list[_PdfLine]]) -> set[tuple[str, str]]:
    """Texts (digits ignored) of the lines that repeat in a band at one height on most pages."""
    if len(pages) < 2:
        return set()
    seen: dict[tuple[str, str], dict[int, float]] = {}
    for lines in pages:
        for line in lines:
            if line.band:
                seen.setdefault(_running_key(line), {}).setdefault(line.page, line.y)
    need = max(2, PDF_RUNNING_SHARE * len(pages))
    running = set()
    for key, ys in seen.items():
        if len(ys) >= need:
            mid = statistics.median(ys.values())
            if sum(abs(y - mid) <= PDF_SAME_Y for y in ys.values()) >= need:
                running.add(key)
    return running


def _is_page_number(text: str) -> bool:
    text = text.strip()
    return any(form.fullmatch(text) for form in PAGE_NUMBER_FORMS)


def _furniture(lines: list[_PdfLine], running: set[tuple[str, str]]) -> list[_PdfLine]:
    """One page's running headers/footers and its page number(s).

    Walking in from each edge of the page: running lines are furniture, and so is the first line
    that is only a page number, after which the walk stops. The bands also hold the body's first
    and last lines (a body margin is about as deep as the band), so a body line that is only a
    number ("15" closing a page of a table) survives: the real page number lies outside it."""
    found: list[_PdfLine] = []
    for band, outward in (("top", True), ("bottom", False)):
        for line in sorted(lines, key=lambda line: line.y, reverse=outward):
            if line.band != band:
                break
            if _is_page_number(line.text):
                found.append(line)
                break
            if _running_key(line) not in running:
                break
            found.append(line)
    return found


def _body_lines(pages: list[list[_PdfLine]]) -> list[_PdfLine]:
    """All pages' lines in order, without running headers/footers and page numbers."""
    running = _running_lines(pages)
    kept: list[_PdfLine] = []
    for lines in pages:
        furniture = {id(line) for line in _furniture(lines, running)}
        kept.extend(line for line in lines if id(line) not in furniture)
    return kept


@dataclass
class _Geometry:
    left: float  # the body's left edge
    right: float  # the body's right edge
    char: float  # a character's size
    indents: bool  # whether paragraphs open with an indented first line

    def short(self, line: _PdfLine) -> bool:
        return line.x1 < self.right - PDF_SHORT_LINE_CHARS * self.char

    def indented(self, line: _PdfLine) -> bool:
        return line.x0 > self.left + PDF_INDENT_CHARS * self.char


def _geometry(lines: list[_PdfLine]) -> _Geometry | None:
    """The body's edges and character size, from the lines themselves: most lines of a report are
    full, so the edges are low/high quantiles of where lines start and end. The document indents
    its paragraphs when enough lines start one to four characters in."""
    if len(lines) < 3:
        return None
    xs0 = sorted(line.x0 for line in lines)
    xs1 = sorted(line.x1 for line in lines)
    char = statistics.median(line.y1 - line.y0 for line in lines)
    left, right = xs0[len(xs0) // 10], xs1[len(xs1) * 9 // 10]
    first_lines = sum(PDF_INDENT_CHARS * char < line.x0 - left <= 4 * char for line in lines)
    indents = first_lines >= max(3, PDF_INDENTED_SHARE * len(lines))
    return _Geometry(left, right, char, indents)


def _ends_paragraph(text: str) -> bool:
    text = text.rstrip()
    if not text:
        return True
    if text[-1] in PDF_FINAL_PUNCT:
        return True
    return text[-1] in PDF_CLOSERS and len(text) > 1 and text[-2] in PDF_FINAL_PUNCT


def _continues(prev: _PdfLine, line: _PdfLine, geo: _Geometry | None) -> bool:
    """Whether `line` is the wrapped rest of `prev`'s paragraph.

    Without layout, by text alone: `prev` does not end a sentence and `line` is no heading. With
    it, also: `prev` runs to the right edge (a paragraph's last line stops short) and `line` is not
    indented (a first line is), so a heading without final punctuation does not swallow the
    paragraph under it. In a document that indents its paragraphs, the indent is the surer sign,
    and a full line ending in 。 followed by an unindented line is one paragraph wrapped exactly
    at a sentence's end. Table rows (cells on one baseline, tab-joined) are never continued."""
    if PDF_HEADING.match(line.text) or "\t" in prev.text or "\t" in line.text:
        return False
    if geo is None:
        return not _ends_paragraph(prev.text)
    if geo.short(prev) or geo.indented(line):
        return False
    return geo.indents or not _ends_paragraph(prev.text)


def _paragraphs(lines: list[_PdfLine]) -> list[str]:
    geo = _geometry(lines)
    paragraphs: list[str] = []
    prev: _PdfLine | None = None
    for line in lines:
        if prev is not None and paragraphs and _continues(prev, line, geo):
            paragraphs[-1] = glue(paragraphs[-1], line.text)
        else:
            paragraphs.append(line.text)
        prev = line
    return paragraphs


def _pdf_error(exc: Exception) -> ReaderError:
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
    from pdfminer.pdfparser import PDFSyntaxError

    if isinstance(exc, PDFPasswordIncorrect):
        return ReaderError("encrypted PDF: it needs a password to open")
    if isinstance(exc, PDFEncryptionError):
        return ReaderError(f"encrypted PDF with an unsupported encryption ({why(exc)})")
    if isinstance(exc, PDFSyntaxError):
        return ReaderError(f"not a readable PDF: damaged or truncated ({why(exc)})")
    return ReaderError(f"not a readable PDF ({why(exc)})")


def pdf_text(data: bytes) -> str:
    """Text of a PDF's text layer in reading order, running headers, footers and page numbers
    removed, lines re-joined into the paragraphs the PDF's line wrapping broke."""
    if b"%PDF-" not in data[:1024]:
        raise ReaderError("not a PDF (no %PDF- header)")
    try:
        pages = list(_pdf_pages(data))
    except ReaderError:
        raise
    except Exception as exc:  # pdfminer raises a dozen kinds for damaged files
        raise _pdf_error(exc) from None
    if not pages:
        raise ReaderError("not a readable PDF (no pages)")
    if not _has_chars(pages):
        raise ReaderError("no text layer (a scanned PDF?): OCR it first")
    text = "\n".join(_paragraphs(_body_lines(pages)))
    glyphs = sum(len(m) for m in _PDF_CID.findall(text))
    if glyphs > PDF_MAX_CID_SHARE * len(text):
        if _PDF_ENCRYPTED.search(data):
            # Opened without a password (only an owner password restricts copying or printing), but
            # the encryption also covers what maps the fonts' glyphs to characters, which the PDF
            # reader cannot undo: OCR is not what such a file needs.
            raise ReaderError(
                "encrypted PDF: it opens without a password, but an owner password restricts it and its text "
                "cannot be decoded (glyph ids only); save an unprotected copy (e.g. qpdf --decrypt in.pdf out.pdf) and read that"
            )
        raise ReaderError("the PDF's fonts have no Unicode mapping (text comes out as glyph ids): OCR it first")
    if not text.strip():
        raise ReaderError("no report text in the PDF (only page headers and numbers)")
    return text
