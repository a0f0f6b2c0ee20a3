"""Web pages (.html, .htm): the article's text, without scripts, styles and navigation chrome."""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser

from pipeline.formats.common import ReaderError, cjk_count, is_wide, row_lines
from pipeline.formats.text import decode

# Elements whose content is never report text: code, styling, embedded objects, the <head>, and
# the page chrome HTML5 names by tag. <title> goes with the <head>: it repeats the report title
# with the site name appended ("…政府工作报告_XX市人民政府门户网站"), and the title a reader needs
# is the page's <h1> (see `_with_page_heading`).
HTML_DROP_TAGS = frozenset(
    {
        "script",
        "style",
        "noscript",
        "template",
        "svg",
        "math",
        "head",
        "title",
        "nav",
        "header",
        "footer",
        "aside",
        "form",
        "iframe",
        "object",
        "embed",
        "canvas",
        "video",
        "audio",
        "select",
        "button",
        "textarea",
        "map",
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
        "address",
        "article",
        "blockquote",
        "body",
        "caption",
        "center",
        "dd",
        "details",
        "dialog",
        "dir",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "hgroup",
        "hr",
        "html",
        "legend",
        "li",
        "main",
        "menu",
        "ol",
        "p",
        "pre",
        "section",
        "summary",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "tr",
        "ul",
    }
)
HTML_HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
# Elements that never have content or an end tag.
HTML_VOID_TAGS = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"}
)
# An open <p> is closed by the start of any of these, as browsers do.
_P_CLOSERS = HTML_BLOCK_TAGS - {
    "body",
    "html",
    "td",
    "th",
    "tr",
    "tbody",
    "thead",
    "tfoot",
    "caption",
    "li",
    "dd",
    "dt",
}
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

_META_CHARSET = re.compile(rb"""<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9._:\-]+)""", re.IGNORECASE)
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
            node.cjk += cjk_count(child)
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
            if is_wide(before) and is_wide(after):
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
    """A row's cells (see `row_lines`). Anything in the row outside a cell is shown before the
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
    out.lines.extend(row_lines(cells))


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
    except (ReaderError, UnicodeDecodeError) as exc:
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
