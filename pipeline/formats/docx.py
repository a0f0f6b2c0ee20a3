"""Word files (.docx): paragraphs and tables of the body in order, the archive checked against the
budgets (`pipeline/formats/budgets.py`) before anything is inflated."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator

from pipeline.formats import budgets
from pipeline.formats.common import ZIP_CHUNK, ReaderError, row_lines, why, within_text_budget

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
# Elements inside a paragraph whose runs are shown text: links, accepted tracked insertions, smart
# tags, content controls, simple fields. Runs inside w:del / w:moveFrom are deleted text.
_DOCX_RUN_CONTAINERS = frozenset(
    _W + t
    for t in ("hyperlink", "ins", "moveTo", "smartTag", "sdt", "sdtContent", "fldSimple", "customXml", "dir", "bdo")
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
    """One line per row, cells joined by a tab (see `row_lines`). Each w:tc is read once: a
    horizontally merged cell is one element, and the continuation cells of a vertical merge are
    empty, so nothing repeats (python-docx's `row.cells` repeats a merged cell in every column)."""
    lines = []
    for tr in tbl.iter(_W + "tr"):
        if _nearest(tr, _W + "tbl") is tbl:  # a nested table's rows are read with their cell
            cells = [list(_docx_blocks(tc)) for tc in tr.iter(_W + "tc") if _nearest(tc, _W + "tr") is tr]
            lines.extend(row_lines(cells))
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
    """Refuse a .docx whose parts would inflate past the budgets (`pipeline/formats/budgets.py`): first by
    the sizes its archive declares, before anything is inflated; then by inflating each part in
    chunks of ZIP_CHUNK, which stops where a part's data runs past its declared size (a lying
    archive fails its CRC check there). python-docx, which loads every part whole, then never
    inflates more than the declared sizes (zipfile's `read()` asks zlib for up to 2 GB at once, so
    without this a part declared small could still inflate to gigabytes)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            infos = zf.infolist()
            _check_sizes(infos, budgets.MAX_MEMBER_BYTES, budgets.MAX_XML_BYTES, budgets.MAX_ARCHIVE_BYTES)
            for info in infos:
                with zf.open(info) as member:
                    while member.read(ZIP_CHUNK):
                        pass
    except ReaderError:
        raise
    except Exception as exc:
        raise ReaderError(f"not a valid .docx ({why(exc)})") from None


def _check_sizes(
    infos: list[zipfile.ZipInfo], MAX_MEMBER_BYTES: int, MAX_XML_BYTES: int, MAX_ARCHIVE_BYTES: int
) -> None:
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
        raise ReaderError(
            f"the Word file's XML inflates to {xml / 2**20:,.0f} MiB: over the limit MAX_XML_BYTES ({MAX_XML_BYTES / 2**20:.0f} MiB); not read (a zip bomb?)"
        )
    if total > MAX_ARCHIVE_BYTES:
        raise ReaderError(
            f"the Word file inflates to {total / 2**20:,.0f} MiB: over the limit MAX_ARCHIVE_BYTES ({MAX_ARCHIVE_BYTES / 2**20:.0f} MiB); not read (a zip bomb?)"
        )


def docx_text(data: bytes) -> str:
    """Text of a Word document's body: paragraphs and tables in order. Headers, footers, footnotes,
    comments and text boxes are left out: they are page furniture, not the report."""
    _check_archive(data)
    try:
        import docx

        document = docx.Document(io.BytesIO(data))
        lines = within_text_budget(_docx_blocks(document.element.body))
    except ReaderError:
        raise
    except Exception as exc:  # zipfile, lxml and python-docx each raise their own kinds
        raise ReaderError(f"not a valid .docx ({why(exc)})") from None
    if not lines:
        raise ReaderError("no text in the Word document")
    return "\n".join(lines)
