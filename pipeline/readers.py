"""Text out of the formats reports are published in: saved web pages, Word files, PDFs.

Why a module of its own: each reader turns a file's bytes into the plain text of the report, and
from there on a Word file or a PDF is an ordinary document — the text a reader returns is what the
pipeline stores (`texts`) and what every offset indexes. A reader that cannot find a report's text
raises `ReaderError` with a short reason; `ingest` names the file.

Libraries: HTML with the standard library's `html.parser` (tolerant of the broken markup of
government sites, and no dependency); Word with python-docx (maintained, pure Python, reads the
body in order); PDF with pdfminer.six (maintained, pure Python, layout analysis that gives text
lines with their positions, which is what removing running headers and re-joining lines needs).
"""
from __future__ import annotations

import io
import re
import zipfile
from collections import Counter
from html.parser import HTMLParser
from typing import Callable


class ReaderError(ValueError):
    """A file whose report text cannot be read; the message is the reason, for a person."""


# ---------------------------------------------------------------------------
# What a file really is
# ---------------------------------------------------------------------------

# Leading bytes of kinds a report folder may hold by mistake (or by another name).
MAGIC = (
    (b"%PDF-", "pdf"),
    (b"PK\x03\x04", "zip"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "ole2"),  # .doc / .xls / .ppt before 2007
    (b"\x89PNG\r\n\x1a\n", "png"),
    (b"\xff\xd8\xff", "jpeg"),
    (b"GIF8", "gif"),
    (b"\x1f\x8b", "gzip"),
    (b"7z\xbc\xaf\x27\x1c", "7z"),
    (b"Rar!\x1a\x07", "rar"),
    (b"\x7fELF", "elf"),
)
# Members that tell an Office Open XML package's kind.
ZIP_MEMBERS = (("word/document.xml", "docx"), ("xl/workbook.xml", "xlsx"), ("ppt/presentation.xml", "pptx"))
_HTML_START = re.compile(rb"^(?:\xef\xbb\xbf)?\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>])", re.I | re.S)
_HTML_BODY = re.compile(rb"<body[\s>]", re.I)


def sniff(data: bytes) -> str | None:
    """The real kind of a file from its bytes, or None for plain text."""
    for magic, kind in MAGIC:
        if data.startswith(magic):
            return _zip_kind(data) if kind == "zip" else kind
    head = data[:2048]
    if _HTML_START.match(head) or _HTML_BODY.search(head):
        return "html"
    return None


def _zip_kind(data: bytes) -> str:
    try:
        names = set(zipfile.ZipFile(io.BytesIO(data)).namelist())
    except (zipfile.BadZipFile, ValueError, OSError):
        return "zip"
    return next((kind for member, kind in ZIP_MEMBERS if member in names), "zip")


# ---------------------------------------------------------------------------
# HTML
# ---------------------------------------------------------------------------

# Elements whose content is never report text.
SKIP_TAGS = frozenset({"script", "style", "noscript", "template", "svg", "head", "title", "nav", "header", "footer", "aside", "form", "iframe", "button", "select", "object"})
# Elements that start a new line.
BLOCK_TAGS = frozenset({
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "section",
    "article", "blockquote", "pre", "dd", "dt", "dl", "center", "hr", "main", "figure", "figcaption", "caption", "tbody", "thead",
})
CELL_TAGS = frozenset({"td", "th"})
# Void elements: no end tag, so they never hold content.
VOID_TAGS = frozenset({"br", "hr", "img", "meta", "link", "input", "area", "base", "col", "embed", "source", "track", "wbr"})
# id/class words of site chrome around the report (menus, share bars, footers).
CHROME_WORDS = ("nav", "menu", "footer", "header", "breadcrumb", "sidebar", "share", "copyright", "crumb", "topbar", "toolbar")
# id/class of the container government sites put the article in (gov.cn and provincial sites).
CONTAINER_HINTS = ("ucap-content", "trs_editor", "pages_content", "zoom", "article", "content", "main", "text")
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.I)
_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")
_CJK = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")


def _words_of(attrs: list[tuple[str, str | None]]) -> str:
    return " ".join(v or "" for k, v in attrs if k in ("id", "class")).lower()


class _Text(HTMLParser):
    """Lines of visible text, each tagged with the innermost container hint it stands in."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, bool, int | None]] = []  # (tag, skipping, container id)
        self.lines: list[tuple[int | None, list[str]]] = [(None, [])]
        self.containers = 0
        self.parent: dict[int, int | None] = {}  # container -> the container it stands in

    @property
    def skipping(self) -> bool:
        return bool(self.stack) and self.stack[-1][1]

    @property
    def container(self) -> int | None:
        return self.stack[-1][2] if self.stack else None

    def _newline(self) -> None:
        if self.lines[-1][1] or self.lines[-1][0] != self.container:
            self.lines.append((self.container, []))

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in VOID_TAGS:
            if tag in ("br", "hr") and not self.skipping:
                self._newline()
            return
        words = _words_of(attrs)
        skip = self.skipping or tag in SKIP_TAGS or any(w in words for w in CHROME_WORDS)
        container = self.container
        if not skip and any(h in words for h in CONTAINER_HINTS):
            self.containers += 1
            self.parent[self.containers] = container
            container = self.containers
        self.stack.append((tag, skip, container))
        if not skip and tag in BLOCK_TAGS:
            self._newline()
        elif not skip and tag in CELL_TAGS and self.lines[-1][1]:
            self.lines[-1][1].append("\t")

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID_TAGS:
            return
        # close up to the matching open tag (browsers forgive unclosed <p>, <li>, <td>)
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag:
                skipped = self.stack[i][1]
                del self.stack[i:]
                if not skipped and tag in BLOCK_TAGS:
                    self._newline()
                return

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            if self.lines[-1][0] != self.container:
                self.lines.append((self.container, []))
            self.lines[-1][1].append(data)


def html_text(data: bytes) -> str:
    """The report in a saved web page: the article container when the page has one, else the page
    without its chrome; one line per block, text as a browser shows it."""
    text = _decode_html(data)
    parser = _Text()
    try:
        parser.feed(text)
        parser.close()
    except Exception as exc:  # html.parser is tolerant; anything else is not a page
        raise ReaderError(f"not a readable HTML page ({type(exc).__name__})") from None
    lines = [(c, _clean_line("".join(parts))) for c, parts in parser.lines]
    lines = [(c, s) for c, s in lines if s]
    # the container holding the most Chinese text is the article, when it holds most of the page's
    own = Counter()
    for c, s in lines:
        own[c] += len(_CJK.findall(s))
    weight = Counter()  # Chinese characters in a container, its inner containers included
    for c, n in own.items():
        while c is not None:
            weight[c] += n
            c = parser.parent.get(c)
    total = sum(own.values())
    # the innermost container that still holds most of the page's Chinese text
    best = max((c for c in weight if weight[c] >= 0.5 * total), key=lambda c: (_depth(parser, c), -c), default=None)
    if best is not None:
        lines = [(c, s) for c, s in lines if _inside(parser, c, best)]
    return "\n".join(s for _, s in lines)


def _depth(parser: _Text, c: int | None) -> int:
    depth = 0
    while c is not None:
        depth, c = depth + 1, parser.parent.get(c)
    return depth


def _inside(parser: _Text, c: int | None, best: int) -> bool:
    """A line of an inner container of the article still belongs to the article."""
    while c is not None:
        if c == best:
            return True
        c = parser.parent.get(c)
    return False


def _clean_line(s: str) -> str:
    s = _SPACES.sub(" ", s.replace("\n", " ")).strip(" ")
    # drop spaces a browser collapses between CJK characters but a line break left in the source
    s = re.sub(r"(?<=[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]) (?=[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef])", "", s)
    return s.strip("\t ")


def _decode_html(data: bytes) -> str:
    from pipeline.ingest import decode

    m = _CHARSET.search(data[:4096])
    if m:
        name = m.group(1).decode("ascii", "replace").lower()
        name = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030"}.get(name, name)
        try:
            return data.decode(name)
        except (LookupError, UnicodeDecodeError):
            pass
    try:
        return decode(data)[0]
    except ValueError as exc:
        raise ReaderError(str(exc)) from None


# ---------------------------------------------------------------------------
# Word
# ---------------------------------------------------------------------------

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def docx_text(data: bytes) -> str:
    """Paragraphs and tables in body order; a table row is one line of tab-separated cells."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise ReaderError(f"not a valid .docx ({type(exc).__name__})") from None
    lines: list[str] = []
    for child in document.element.body.iterchildren():
        if child.tag == _W + "p":
            lines.append(_paragraph(child))
        elif child.tag == _W + "tbl":
            for row in child.iter(_W + "tr"):
                cells: list[str] = []
                for cell in row.iterchildren(_W + "tc"):
                    text = " ".join(_paragraph(p) for p in cell.iter(_W + "p")).strip()
                    if not cells or text != cells[-1] or not text:  # a merged cell repeats its text
                        cells.append(text)
                lines.append("\t".join(cells))
    return "\n".join(lines)


def _paragraph(p) -> str:
    parts = []
    for node in p.iter():
        if node.tag == _W + "t" and node.text:
            parts.append(node.text)
        elif node.tag == _W + "tab":
            parts.append("\t")
        elif node.tag in (_W + "br", _W + "cr"):
            parts.append("\n")
    return "".join(parts)


# ---------------------------------------------------------------------------
# PDF
# ---------------------------------------------------------------------------

# A line that is only a page number: `5`, `- 5 -`, `— 5 —`, `第5页`, `第 5 页 共 20 页`, `5/20`.
PAGE_NUMBER_LINE = re.compile(r"^[-—–－\s]*(?:第\s*)?\d{1,4}\s*(?:页)?(?:\s*[/／]\s*\d{1,4}|\s*共\s*\d{1,4}\s*页)?[-—–－\s]*$")
# Lines at the top and at the bottom of a page where running headers and footers stand.
EDGE_LINES = 2
# A line repeated in a band on at least this share of the pages (and on 3 pages at least) is a
# running header or footer.
REPEATED_SHARE = 0.5
# Characters that end a paragraph's last line; a line ending in anything else continues.
PARAGRAPH_END = "。！？；：!?;:…”’）)】》"
# A line that opens a heading or list item never continues the line before it.
HEADING_START = re.compile(r"^\s*(?:[一二三四五六七八九十百]+、|[（(][一二三四五六七八九十\d]+[）)]|\d{1,3}[.．、]|第[一二三四五六七八九十百\d]+[章节部分条]|[—–-]{1,2}|[•●◆■□])")
# Lines shorter than this share of the page's usual line width end their paragraph (a short last line).
SHORT_LINE = 0.8


def pdf_text(data: bytes) -> str:
    """Text in reading order with running headers, footers and page numbers removed and lines that
    the page width broke joined again."""
    pages = _pdf_lines(data)
    if not any(lines for lines, _ in pages):
        raise ReaderError("no text layer (a scanned PDF?): run OCR on it first")
    pages = _drop_running_lines(pages)
    return _join_lines([ln for lines, _ in pages for ln in lines])


def _pdf_lines(data: bytes) -> list[tuple[list[tuple[str, float, float, float]], float]]:
    """Per page: its text lines as (text, top share, x0, width) and the page height."""
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LAParams, LTTextContainer, LTTextLine
    from pdfminer.pdfparser import PDFSyntaxError

    try:
        from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
        locked: tuple[type[BaseException], ...] = (PDFEncryptionError, PDFPasswordIncorrect)
    except ImportError:  # older pdfminer.six
        locked = ()
    params = LAParams(line_margin=0.5, char_margin=2.0, boxes_flow=0.5)
    pages = []
    try:
        for page in extract_pages(io.BytesIO(data), laparams=params):
            height = page.height or 1.0
            lines = []
            for box in page:
                if not isinstance(box, LTTextContainer):
                    continue
                for line in box:
                    if isinstance(line, LTTextLine):
                        text = line.get_text().strip()
                        if text:
                            lines.append((text, 1 - line.y1 / height, line.x0, line.width))
            # one column, top to bottom: the order a report is read in (pdfminer's own box order
            # can put a running header after the body)
            lines.sort(key=lambda ln: (round(ln[1], 3), ln[2]))
            pages.append((lines, height))
    except locked:
        raise ReaderError("encrypted PDF: remove the password first") from None
    except (PDFSyntaxError, ValueError, KeyError, TypeError, AssertionError) as exc:
        raise ReaderError(f"not a readable PDF ({type(exc).__name__})") from None
    except Exception as exc:  # pdfminer raises many private types on broken files
        if "crypt" in type(exc).__name__.lower() or "password" in str(exc).lower():
            raise ReaderError("encrypted PDF: remove the password first") from None
        raise ReaderError(f"not a readable PDF ({type(exc).__name__}: {exc})") from None
    return pages


def _drop_running_lines(pages):
    """Remove page numbers and running headers/footers: among the first and last EDGE_LINES lines of
    each page, those shaped like a page number and those repeated (digits aside) on most pages."""
    def edges(lines):
        n = len(lines)
        return [(i, "head" if i < EDGE_LINES else "foot") for i in range(n) if i < EDGE_LINES or i >= n - EDGE_LINES]

    seen = Counter()
    for lines, _ in pages:
        seen.update({(where, _digits_out(lines[i][0])) for i, where in edges(lines)})
    need = max(3, REPEATED_SHARE * len(pages))
    out = []
    for lines, height in pages:
        drop = {
            i for i, where in edges(lines)
            if PAGE_NUMBER_LINE.match(lines[i][0]) or seen[(where, _digits_out(lines[i][0]))] >= need
        }
        out.append(([ln for i, ln in enumerate(lines) if i not in drop], height))
    return out


def _digits_out(text: str) -> str:
    return re.sub(r"\d+", "#", text)


def _join_lines(lines: list[tuple[str, float, float, float]]) -> str:
    """Re-join a paragraph the page width broke: a full-width line that does not end a sentence
    runs on into the next line unless that line opens a heading."""
    if not lines:
        return ""
    widths = sorted(w for _, _, _, w in lines)
    usual = widths[int(0.9 * (len(widths) - 1))]  # a full line: the width most long lines reach
    out: list[str] = []
    for i, (text, _, _, width) in enumerate(lines):
        out.append(text)
        if i + 1 == len(lines):
            break
        nxt = lines[i + 1][0]
        runs_on = (
            text[-1] not in PARAGRAPH_END
            and width >= SHORT_LINE * usual
            and not HEADING_START.match(nxt)
        )
        out.append("" if runs_on else "\n")
    return "".join(out)


READERS: dict[str, Callable[[bytes], str]] = {
    ".html": html_text,
    ".htm": html_text,
    ".docx": docx_text,
    ".pdf": pdf_text,
}
