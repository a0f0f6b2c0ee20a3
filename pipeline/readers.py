"""Plain text out of the formats reports are published in: web pages, Word files and PDFs.

Why a module of its own: every later stage indexes one plain text, so each format is flattened
here, once, into the same shape a .txt report has (one paragraph or heading a line, no blank lines)
and nothing downstream needs to know where a report came from. The readers are pure functions of
the file's bytes; a file that cannot be read fails with `ReaderError`, whose reason `ingest` shows
next to the file name. `sniff` tells a file's real kind from its first bytes, so a file named
.docx that is really a PDF, or a spreadsheet saved as a report, is refused with a clear reason.
"""
from __future__ import annotations

import codecs
import io
import re
import statistics
import zipfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser


class ReaderError(ValueError):
    """A file whose format is right by name but whose content cannot be read as a report."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


# ---------------------------------------------------------------------------------------------
# Characters shared by all readers
# ---------------------------------------------------------------------------------------------

# Characters that sit side by side without a space in Chinese text: Han ideographs, CJK and
# full-width punctuation, and the quotes, dashes and dots Chinese text uses in their Western code
# points. A line break or wrap between two of these must vanish instead of becoming a space.
_WIDE = re.compile(
    "[\u2e80-\u2fdf\u3000-\u303f\u3040-\u30ff\u3100-\u312f\u31c0-\u31ef\u3200-\u33ff"
    "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef“”‘’—…·•]"
)
_HAN = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def _wide(ch: str) -> bool:
    return bool(ch) and _WIDE.match(ch) is not None


def _cjk_count(text: str) -> int:
    return len(_HAN.findall(text))


# A table row is layout, not data, when it has a single non-empty cell or a cell of at least this
# many lines: its cells' lines are then the page's own paragraphs (a report set inside a one-cell
# frame, an old site laid out in table cells), not values to put side by side.
LAYOUT_CELL_LINES = 3


def _row_lines(cells: list[list[str]]) -> list[str]:
    """A table row as text: one line of tab-separated cells (a cell's own lines joined by a space),
    or, for a layout row, its cells' lines one after another."""
    filled = [cell for cell in cells if cell]
    if len(filled) == 1 or any(len(cell) >= LAYOUT_CELL_LINES for cell in cells):
        return [line for cell in filled for line in cell]
    texts = [" ".join(line.replace("\t", " ") for line in cell) for cell in cells]
    while texts and not texts[-1]:
        texts.pop()
    return ["\t".join(texts)] if texts else []


def _glue(left: str, right: str) -> str:
    """Join two pieces of one paragraph as a typesetter would have: a space only between Latin words.

    Digits meet digits without a space because a wrap inside a number ("1" / "26个") is far more
    common in a Chinese report than two numbers side by side across a line end."""
    if not left or not right:
        return left + right
    a, b = left[-1], right[0]
    space = (a.isascii() and (a.isalpha() or a in ",;:!?")) and b.isascii() and b.isalnum()
    space = space or (a.isascii() and a.isdigit() and b.isascii() and b.isalpha())
    return left + (" " if space else "") + right


# ---------------------------------------------------------------------------------------------
# HTML
# ---------------------------------------------------------------------------------------------

# Elements whose content is never report text: code, styling, embedded objects, the <head>, and
# the page chrome HTML5 names by tag. <title> goes with the <head>: it repeats the report title
# with the site name appended ("…政府工作报告_XX市人民政府门户网站"), and the title a reader needs
# is the page's <h1> (see `_with_page_heading`).
HTML_DROP_TAGS = frozenset(
    {
        "script", "style", "noscript", "template", "svg", "math", "head", "title",
        "nav", "header", "footer", "aside", "form", "iframe", "object", "embed",
        "canvas", "video", "audio", "select", "button", "textarea", "map",
    }
)

# An element whose id or class contains one of these words (case-insensitive) is navigation or
# page chrome on Chinese government sites and CMS templates: menus, the "当前位置" breadcrumb, the
# 分享到 bar, the 版权所有 footer. It is dropped unless it holds the article container.
HTML_CHROME_WORDS = ("nav", "menu", "footer", "header", "breadcrumb", "sidebar", "share", "copyright")

# id/class words (case-insensitive) of the element holding an article's body. gov.cn and the TRS
# and UCAP content systems most local governments use write the report into
# <div id="UCAP-CONTENT" class="pages_content">, <div class="TRS_Editor">, <div id="zoom">, …
HTML_CONTAINER_HINTS = (
    "ucap-content",
    "pages_content",
    "trs_editor",
    "trs_ueditor",
    "custom_unionstyle",
    "zoom",
    "article",
    "content",
    "main",
    "detail",
)
# Tags that are article containers by themselves.
HTML_CONTAINER_TAGS = frozenset({"article", "main"})
# A hinted element is taken as the report only when it holds at least this share of the page's
# Chinese characters (chrome excluded): a "content" box in a sidebar is not the article.
HTML_CONTAINER_MIN_SHARE = 0.5

# Elements that start and end a line. Anything else (span, a, font, strong, unknown tags) is inline.
HTML_BLOCK_TAGS = frozenset(
    {
        "address", "article", "blockquote", "body", "caption", "center", "dd", "details", "dialog",
        "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5",
        "h6", "hgroup", "hr", "html", "legend", "li", "main", "menu", "ol", "p", "pre", "section",
        "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
    }
)
HTML_HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
# Elements that never have content or an end tag.
HTML_VOID_TAGS = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"}
)
# An open <p> is closed by the start of any of these, as browsers do.
_P_CLOSERS = HTML_BLOCK_TAGS - {"body", "html", "td", "th", "tr", "tbody", "thead", "tfoot", "caption", "li", "dd", "dt"}
# Tags an implied end tag does not look past (the HTML "scope" boundaries, in short).
_SCOPE_TAGS = frozenset({"html", "body", "table", "td", "th", "caption", "template", "object"})
# Open element -> tags whose start implies its end, and the ancestors that stop the search.
_IMPLIED_END = {
    "li": ({"li"}, {"ul", "ol", "menu", "dir"}),
    "dt": ({"dt", "dd"}, {"dl"}),
    "dd": ({"dt", "dd"}, {"dl"}),
    "td": ({"td", "th"}, {"tr", "table"}),
    "th": ({"td", "th"}, {"tr", "table"}),
    "tr": ({"tr", "tbody", "thead", "tfoot"}, {"table"}),  # an open cell goes with its row
}
# Browsers stop nesting near this depth; capping it keeps the recursive walks within Python's stack.
HTML_MAX_DEPTH = 256
# Only this much of the file is searched for a <meta> charset, as browsers do (the spec says 1024).
HTML_META_SCAN_BYTES = 4096

# Charsets a page declares -> the codec that reads such pages correctly. GB2312 and GBK pages use
# characters outside their declared set, and GB18030 is a superset of both; Latin-1 declarations
# mean windows-1252 in every browser.
HTML_CHARSET_ALIASES = {
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "gb_2312-80": "gb18030",
    "cp936": "gb18030",
    "iso-8859-1": "cp1252",
    "latin1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
}
# Declared charsets that are ignored: a UTF-16 page cannot declare itself in ASCII bytes (browsers
# read such a declaration as UTF-8), and a single-byte Western charset declared on a page with
# non-ASCII bytes is, for a Chinese report, a server default that is wrong.
_HTML_IGNORED_CHARSETS = frozenset({"utf-16", "utf-16le", "utf-16be", "cp1252"})

_META_CHARSET = re.compile(
    rb"""<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9._:\-]+)""", re.IGNORECASE
)
# Whitespace that collapses (with &nbsp;, which a browser keeps but a text has no use for, and the
# Unicode line separators, which would otherwise split a line for `str.splitlines`).
_HTML_SPACE = re.compile(r"[ \t\n\r\f\xa0\u2028\u2029]+")
# Control characters (C0 and C1) browsers do not show.
_HTML_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")


@dataclass(eq=False)
class _Node:
    tag: str
    attrs: dict[str, str] = field(default_factory=dict)
    children: list[_Node | str] = field(default_factory=list)
    parent: _Node | None = None
    # filled by `_measure`
    cjk: int = 0
    holds_container: bool = False

    def hinted(self) -> bool:
        """An article container by tag, id or class, and not itself chrome."""
        if _is_chrome(self):
            return False
        if self.tag in HTML_CONTAINER_TAGS:
            return True
        return any(h in _id_class(self) for h in HTML_CONTAINER_HINTS)


def _id_class(node: _Node) -> str:
    return (node.attrs.get("id", "") + " " + node.attrs.get("class", "")).lower()


def _is_chrome(node: _Node) -> bool:
    if node.tag in ("html", "body", "main", "article"):
        return False
    return any(w in _id_class(node) for w in HTML_CHROME_WORDS)


def _is_hidden(node: _Node) -> bool:
    style = node.attrs.get("style", "").replace(" ", "").lower()
    return "hidden" in node.attrs or "display:none" in style or "visibility:hidden" in style


class _TreeBuilder(HTMLParser):
    """A forgiving DOM: enough of the browser's tree-building rules for unclosed <p>, <li>, <td>."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = _Node("#root")
        self.stack = [self.root]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._implied_ends(tag)
        node = _Node(tag, {k: (v or "") for k, v in attrs}, parent=self.stack[-1])
        self.stack[-1].children.append(node)
        if tag not in HTML_VOID_TAGS and len(self.stack) < HTML_MAX_DEPTH:
            self.stack.append(node)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in HTML_VOID_TAGS and self.stack[-1].tag == tag:
            self.stack.pop()

    def handle_endtag(self, tag: str) -> None:
        if tag == "br":  # </br> is a line break in every browser
            self.handle_starttag("br", [])
            return
        for i in range(len(self.stack) - 1, 0, -1):
            if self.stack[i].tag == tag:
                del self.stack[i:]
                return
            if self.stack[i].tag in _SCOPE_TAGS and tag not in _SCOPE_TAGS:
                return

    def handle_data(self, data: str) -> None:
        self.stack[-1].children.append(data)

    def _implied_ends(self, tag: str) -> None:
        if tag in _P_CLOSERS:
            self._close("p", _SCOPE_TAGS)
        for open_tag, (starters, stops) in _IMPLIED_END.items():
            if tag in starters:
                self._close(open_tag, stops)

    def _close(self, tag: str, stops: Iterable[str]) -> None:
        for i in range(len(self.stack) - 1, 0, -1):
            if self.stack[i].tag == tag:
                del self.stack[i:]
                return
            if self.stack[i].tag in stops:
                return


def _parse_html(text: str) -> _Node:
    builder = _TreeBuilder()
    try:
        builder.feed(text)
        builder.close()
    except Exception as exc:  # html.parser has had assertion bugs on odd markup; report, never crash
        raise ReaderError(f"unparseable HTML ({type(exc).__name__}: {exc})") from None
    return builder.root


def _dropped(node: _Node) -> bool:
    if node.tag == "header" and _inside_article(node):
        return False  # HTML5: an <article>'s <header> holds its title, not the site's banner
    if node.tag in HTML_DROP_TAGS or _is_hidden(node):
        return True
    return _is_chrome(node) and not node.holds_container


def _inside_article(node: _Node) -> bool:
    parent = node.parent
    while parent is not None:
        if parent.tag in HTML_CONTAINER_TAGS:
            return True
        parent = parent.parent
    return False


def _measure(node: _Node) -> None:
    """Chinese characters each element shows, and whether it holds an article container."""
    node.holds_container = node.hinted()
    node.cjk = 0
    for child in node.children:
        if isinstance(child, str):
            node.cjk += _cjk_count(child)
            continue
        _measure(child)
        node.holds_container = node.holds_container or child.holds_container
        if not _dropped(child):
            node.cjk += child.cjk


def _elements(node: _Node) -> Iterator[_Node]:
    """Every element not inside a dropped one, in document order."""
    for child in node.children:
        if isinstance(child, _Node) and not _dropped(child):
            yield child
            yield from _elements(child)


def _article(root: _Node) -> _Node | None:
    """The hinted element holding most of the page's Chinese text, if one is plainly the article."""
    best = max((n for n in _elements(root) if n.hinted()), key=lambda n: n.cjk, default=None)
    if best is None or best.cjk == 0 or best.cjk < HTML_CONTAINER_MIN_SHARE * root.cjk:
        return None
    return best


class _Lines:
    """Text collected into lines; whitespace collapsed inside a line the way a browser shows it."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.buf: list[str] = []

    def text(self, s: str) -> None:
        self.buf.append(s)

    def brk(self) -> None:
        if self.buf:
            line = _collapse("".join(self.buf))
            self.buf = []
            if line:
                self.lines.append(line)

    def done(self) -> list[str]:
        self.brk()
        return self.lines


def _collapse(text: str) -> str:
    """One space per whitespace run; none where a source line break falls between Chinese characters.

    This is CSS's segment-break rule: a newline in the markup between two wide characters is
    removed, not shown as a space, so a report hard-wrapped in its HTML source reads as written."""

    def repl(m: re.Match) -> str:
        run = m.group()
        if "\n" in run or "\r" in run:
            before = text[m.start() - 1] if m.start() else ""
            after = text[m.end()] if m.end() < len(text) else ""
            if _wide(before) and _wide(after):
                return ""
        return " "

    text = _HTML_CONTROLS.sub("", text)
    return _HTML_SPACE.sub(repl, text).strip()


def _render(node: _Node, out: _Lines, pre: bool = False) -> None:
    """Lines of an element's text: blocks, <br> and table rows break lines, and so do the line
    breaks inside <pre>; everything else flows into the current line."""
    pre = pre or node.tag == "pre"
    for child in node.children:
        if isinstance(child, str):
            for i, piece in enumerate(child.split("\n") if pre else [child]):
                if i:
                    out.brk()
                out.text(piece)
        elif _dropped(child):
            continue
        elif child.tag == "br":
            out.brk()
        elif child.tag == "tr":
            out.brk()
            _render_row(child, out)
        elif child.tag in HTML_BLOCK_TAGS:
            out.brk()
            _render(child, out, pre)
            out.brk()
        else:
            _render(child, out, pre)


def _render_row(row: _Node, out: _Lines) -> None:
    """A row's cells (see `_row_lines`). Anything in the row outside a cell is shown before the
    table by browsers ("foster parenting"); it goes before the row here."""
    cells: list[list[str]] = []
    stray = _Lines()
    for child in row.children:
        if isinstance(child, _Node) and child.tag in ("td", "th"):
            if not _dropped(child):
                sub = _Lines()
                _render(child, sub)
                cells.append(sub.done())
        else:
            _render(_Node("#stray", children=[child]), stray)
    out.lines.extend(stray.done())
    out.lines.extend(_row_lines(cells))


def _has_heading(node: _Node) -> bool:
    return any(n.tag in HTML_HEADING_TAGS for n in _elements(node))


def _with_page_heading(root: _Node, article: _Node, lines: list[str]) -> list[str]:
    """Put the page's <h1> above an article container that has no heading of its own.

    Government pages often set the title in an <h1> beside, not inside, the body's container; the
    title carries the report's year and kind, which metadata needs. <title> is never used: it
    repeats the <h1> with the site name appended."""
    if _has_heading(article):
        return lines
    h1 = next((n for n in _elements(root) if n.tag == "h1"), None)
    if h1 is None or _contains(h1, article) or _contains(article, h1):
        return lines
    sub = _Lines()
    _render(h1, sub)
    head = " ".join(sub.done())
    if not head or (lines and _squash(lines[0]).startswith(_squash(head))):
        return lines
    return [head, *lines]


def _contains(outer: _Node, inner: _Node) -> bool:
    node: _Node | None = inner
    while node is not None:
        if node is outer:
            return True
        node = node.parent
    return False


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _html_charset(data: bytes) -> str | None:
    """The codec a page's <meta> declares, if Python has it and it is not one to ignore."""
    m = _META_CHARSET.search(data[:HTML_META_SCAN_BYTES])
    if not m:
        return None
    name = m.group(1).decode("ascii", "replace").lower()
    name = HTML_CHARSET_ALIASES.get(name, name)
    try:
        codec = codecs.lookup(name).name
    except LookupError:
        return None
    if codec.replace("_", "-") in _HTML_IGNORED_CHARSETS or codec in _HTML_IGNORED_CHARSETS:
        return None
    return codec


def _decode_html(data: bytes) -> str:
    """A BOM wins, then valid UTF-8, then the page's own <meta> declaration, then the plain-text
    detection.

    UTF-8 before the declaration because sites moved to UTF-8 and kept their templates' "gb2312"
    <meta>; Chinese text in GBK practically never happens to be valid UTF-8, while GB18030 decodes
    UTF-8 bytes without error, into nonsense."""
    from pipeline.ingest import decode  # imported here: ingest imports this module lazily too

    if not data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            pass
        charset = _html_charset(data)
        if charset is not None:
            try:
                return data.decode(charset)
            except UnicodeDecodeError:
                pass  # a wrong declaration; the detection below still reads the page
    try:
        return decode(data)[0]
    except ValueError as exc:
        raise ReaderError(f"not a readable web page ({exc})") from None


def html_text(data: bytes) -> str:
    """Text of a web page's report: the article container's if there plainly is one, else the
    page's, always without scripts, styles and navigation chrome."""
    root = _parse_html(_decode_html(data))
    _measure(root)
    article = _article(root)
    out = _Lines()
    _render(article or root, out)
    lines = out.done()
    if article is not None:
        lines = _with_page_heading(root, article, lines)
    if not lines:
        raise ReaderError("no visible text in the web page")
    return "\n".join(lines)


# ---------------------------------------------------------------------------------------------
# DOCX
# ---------------------------------------------------------------------------------------------

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
# Elements inside a paragraph whose runs are shown text: links, accepted tracked insertions, smart
# tags, content controls, simple fields. Runs inside w:del / w:moveFrom are deleted text.
_DOCX_RUN_CONTAINERS = frozenset(
    _W + t for t in ("hyperlink", "ins", "moveTo", "smartTag", "sdt", "sdtContent", "fldSimple", "customXml", "dir", "bdo")
)
# Body-level wrappers (content controls, custom XML) whose paragraphs and tables are the document's.
_DOCX_BLOCK_CONTAINERS = frozenset(_W + t for t in ("sdt", "sdtContent", "customXml", "ins", "moveTo"))


def _docx_runs(el) -> Iterator[str]:
    for child in el:
        if child.tag == _W + "r":
            yield child.text  # python-docx's CT_R.text: w:t, w:tab, w:br, w:cr, …
        elif child.tag in _DOCX_RUN_CONTAINERS:
            yield from _docx_runs(child)


def _docx_paragraph(p) -> list[str]:
    """A paragraph's lines: one, unless it holds manual line breaks (Shift+Enter)."""
    text = "".join(_docx_runs(p))
    return [line.strip() for line in text.split("\n") if line.strip()]


def _docx_table(tbl) -> list[str]:
    """One line per row, cells joined by a tab (see `_row_lines`). Each w:tc is read once: a
    horizontally merged cell is one element, and the continuation cells of a vertical merge are
    empty, so nothing repeats (python-docx's `row.cells` repeats a merged cell in every column)."""
    lines = []
    for tr in tbl.iter(_W + "tr"):
        if _nearest(tr, _W + "tbl") is tbl:  # a nested table's rows are read with their cell
            cells = [list(_docx_blocks(tc)) for tc in tr.iter(_W + "tc") if _nearest(tc, _W + "tr") is tr]
            lines.extend(_row_lines(cells))
    return lines


def _nearest(el, tag: str):
    parent = el.getparent()
    while parent is not None and parent.tag != tag:
        parent = parent.getparent()
    return parent


def _docx_blocks(container) -> Iterator[str]:
    """Lines of paragraphs and tables in body order."""
    for child in container:
        if child.tag == _W + "p":
            yield from _docx_paragraph(child)
        elif child.tag == _W + "tbl":
            yield from _docx_table(child)
        elif child.tag in _DOCX_BLOCK_CONTAINERS:
            yield from _docx_blocks(child)


def _check_archive(data: bytes) -> None:
    """Refuse a .docx whose parts would inflate past the budgets (`pipeline/ingest.py`): first by
    the sizes its archive declares, before anything is inflated; then by inflating each part in
    chunks of ZIP_CHUNK, which stops where a part's data runs past its declared size (a lying
    archive fails its CRC check there). python-docx, which loads every part whole, then never
    inflates more than the declared sizes (zipfile's `read()` asks zlib for up to 2 GB at once, so
    without this a part declared small could still inflate to gigabytes)."""
    from pipeline.ingest import MAX_ARCHIVE_BYTES, MAX_MEMBER_BYTES, MAX_XML_BYTES

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            infos = zf.infolist()
            _check_sizes(infos, MAX_MEMBER_BYTES, MAX_XML_BYTES, MAX_ARCHIVE_BYTES)
            for info in infos:
                with zf.open(info) as member:
                    while member.read(ZIP_CHUNK):
                        pass
    except ReaderError:
        raise
    except Exception as exc:
        raise ReaderError(f"not a valid .docx ({_why(exc)})") from None


# Bytes inflated at a time when a .docx's parts are checked.
ZIP_CHUNK = 1 << 20


def _check_sizes(infos: list[zipfile.ZipInfo], MAX_MEMBER_BYTES: int, MAX_XML_BYTES: int, MAX_ARCHIVE_BYTES: int) -> None:
    xml = total = 0
    for info in infos:
        if info.file_size > MAX_MEMBER_BYTES:
            raise ReaderError(
                f"a part of the Word file ({info.filename[:80]!r}) inflates to {info.file_size / 2**20:,.0f} MiB: "
                f"over the limit MAX_MEMBER_BYTES ({MAX_MEMBER_BYTES / 2**20:.0f} MiB); not read (a zip bomb?)"
            )
        total += info.file_size
        if info.filename.lower().endswith((".xml", ".rels")):
            xml += info.file_size
    if xml > MAX_XML_BYTES:
        raise ReaderError(f"the Word file's XML inflates to {xml / 2**20:,.0f} MiB: over the limit MAX_XML_BYTES ({MAX_XML_BYTES / 2**20:.0f} MiB); not read (a zip bomb?)")
    if total > MAX_ARCHIVE_BYTES:
        raise ReaderError(f"the Word file inflates to {total / 2**20:,.0f} MiB: over the limit MAX_ARCHIVE_BYTES ({MAX_ARCHIVE_BYTES / 2**20:.0f} MiB); not read (a zip bomb?)")


def _within_text_budget(lines: Iterable[str]) -> list[str]:
    """The lines, counted as they come: past MAX_TEXT_CHARS the reader stops and refuses."""
    from pipeline.ingest import MAX_TEXT_CHARS, too_much_text

    out, n = [], 0
    for line in lines:
        n += len(line) + 1
        if n > MAX_TEXT_CHARS:
            raise ReaderError(too_much_text())
        out.append(line)
    return out


def docx_text(data: bytes) -> str:
    """Text of a Word document's body: paragraphs and tables in order. Headers, footers, footnotes,
    comments and text boxes are left out: they are page furniture, not the report."""
    _check_archive(data)
    try:
        import docx

        document = docx.Document(io.BytesIO(data))
        lines = _within_text_budget(_docx_blocks(document.element.body))
    except ReaderError:
        raise
    except Exception as exc:  # zipfile, lxml and python-docx each raise their own kinds
        raise ReaderError(f"not a valid .docx ({_why(exc)})") from None
    if not lines:
        raise ReaderError("no text in the Word document")
    return "\n".join(lines)


def _why(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    return f"{type(exc).__name__}: {text}"[:200] if text else type(exc).__name__


# ---------------------------------------------------------------------------------------------
# PDF
# ---------------------------------------------------------------------------------------------

# pdfminer's layout analysis: characters closer than char_margin (× char width) make one line,
# lines closer than line_margin (× line height) one box, boxes_flow weighs vertical over
# horizontal position in reading order; all_texts also analyses text inside form XObjects. These
# are pdfminer's defaults (plus all_texts): on the seed PDFs (STSong-Light), char_margin 0.5–2.0,
# line_margin 0.3–0.5 and boxes_flow 0.5 or None give the same text, because a single-column page
# is re-read by baseline (`_rows`) and spaces are decided by `_line_text`, not by word_margin. The
# box order only counts on pages set in columns.
PDF_LAPARAMS = dict(line_margin=0.5, char_margin=2.0, word_margin=0.1, boxes_flow=0.5, all_texts=True)

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
    re.compile(r"第\s*[\d一二三四五六七八九十百零〇]+\s*页(\s*[，,/／]?\s*共\s*[\d一二三四五六七八九十百零〇]+\s*页)?"),  # 第5页 第5页/共20页
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
_SPACE_BETWEEN_WIDE = re.compile(f"(?<={_WIDE.pattern})[ \u00a0]+(?={_WIDE.pattern})")


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

    from pipeline.ingest import MAX_PDF_PAGES, MAX_TEXT_CHARS, too_much_text

    _bound_pdf_streams()
    chars = 0
    for number, page in enumerate(extract_pages(io.BytesIO(data), laparams=LAParams(**PDF_LAPARAMS))):
        if number >= MAX_PDF_PAGES:
            raise ReaderError(f"more than {MAX_PDF_PAGES:,} pages: over the limit MAX_PDF_PAGES; no report comes near it")
        lines = _page_lines(page, number)
        chars += sum(len(line.text) + 1 for line in lines)
        if chars > MAX_TEXT_CHARS:
            raise ReaderError(too_much_text())
        yield lines


class _BoundedZlib:
    """pdfminer's `zlib`, with every stream's inflated size bounded by MAX_MEMBER_BYTES: a PDF's
    content, object and image streams are zlib data, and one small stream can inflate to gigabytes.
    Installed in place of `pdfminer.pdftypes.zlib` (pdfminer has no limit of its own)."""

    error = __import__("zlib").error

    def __init__(self) -> None:
        import zlib

        from pipeline.ingest import MAX_MEMBER_BYTES

        self._zlib, self.limit = zlib, MAX_MEMBER_BYTES

    def _over(self) -> ReaderError:
        return ReaderError(f"a stream in the PDF inflates past the limit MAX_MEMBER_BYTES ({self.limit / 2**20:.0f} MiB); not read (a zip bomb?)")

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
        pdftypes.zlib = _BoundedZlib()


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
        "\t".join(line.text for line in row), first.page, first.x0, max(line.x1 for line in row),
        min(line.y0 for line in row), max(line.y1 for line in row), first.band,
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
    kept = []
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
            paragraphs[-1] = _glue(paragraphs[-1], line.text)
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
        return ReaderError(f"encrypted PDF with an unsupported encryption ({_why(exc)})")
    if isinstance(exc, PDFSyntaxError):
        return ReaderError(f"not a readable PDF: damaged or truncated ({_why(exc)})")
    return ReaderError(f"not a readable PDF ({_why(exc)})")


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


# ---------------------------------------------------------------------------------------------
# Dispatch and sniffing
# ---------------------------------------------------------------------------------------------

READERS: dict[str, Callable[[bytes], str]] = {
    ".html": html_text,
    ".htm": html_text,
    ".docx": docx_text,
    ".pdf": pdf_text,
}

# (leading bytes, kind) of the formats a report folder is likely to hold by mistake. Checked in
# order, on the file's first bytes (PDF after leading whitespace, which PDF readers allow).
MAGIC_NUMBERS: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "pdf"),
    (b"PK\x03\x04", "zip"),  # also .docx/.xlsx/.pptx: see ZIP_KINDS
    (b"PK\x05\x06", "zip"),  # an empty ZIP archive
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "ole2"),  # old .doc/.xls/.ppt
    (b"\x89PNG\r\n\x1a\n", "png"),
    (b"\xff\xd8\xff", "jpeg"),
    (b"GIF87a", "gif"),
    (b"GIF89a", "gif"),
    (b"\x1f\x8b", "gzip"),
    (b"7z\xbc\xaf\x27\x1c", "7z"),
    (b"Rar!\x1a\x07", "rar"),
    (b"\x7fELF", "elf"),
    (b"{\\rtf", "rtf"),  # Word's "rich text": markup, not a report's text
)
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
