"""What all format readers share: their error, the characters Chinese text sets without spaces,
how a table row becomes lines, and the text budget counted as lines come."""

from __future__ import annotations

import re
from collections.abc import Iterable

from pipeline.errors import InputRefused
from pipeline.formats import budgets

# A file whose format is right by name but whose content cannot be read as a report: the readers'
# name for the refusal of an input file (pipeline/errors.py).
ReaderError = InputRefused


# ---------------------------------------------------------------------------------------------
# Characters shared by all readers
# ---------------------------------------------------------------------------------------------

# Characters that sit side by side without a space in Chinese text: Han ideographs, CJK and
# full-width punctuation, and the quotes, dashes and dots Chinese text uses in their Western code
# points. A line break or wrap between two of these must vanish instead of becoming a space.
WIDE = re.compile(
    "[\u2e80-\u2fdf\u3000-\u303f\u3040-\u30ff\u3100-\u312f\u31c0-\u31ef\u3200-\u33ff"
    "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef“”‘’—…·•]"
)
HAN = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def is_wide(ch: str) -> bool:
    return bool(ch) and WIDE.match(ch) is not None


def cjk_count(text: str) -> int:
    return len(HAN.findall(text))


# A table row is layout, not data, when it has a single non-empty cell or a cell of at least this
# many lines: its cells' lines are then the page's own paragraphs (a report set inside a one-cell
# frame, an old site laid out in table cells), not values to put side by side.
LAYOUT_CELL_LINES = 3


def row_lines(cells: list[list[str]]) -> list[str]:
    """A table row as text: one line of tab-separated cells (a cell's own lines joined by a space),
    or, for a layout row, its cells' lines one after another."""
    filled = [cell for cell in cells if cell]
    if len(filled) == 1 or any(len(cell) >= LAYOUT_CELL_LINES for cell in cells):
        return [line for cell in filled for line in cell]
    texts = [" ".join(line.replace("\t", " ") for line in cell) for cell in cells]
    while texts and not texts[-1]:
        texts.pop()
    return ["\t".join(texts)] if texts else []


def glue(left: str, right: str) -> str:
    """Join two pieces of one paragraph as a typesetter would have: a space only between Latin words.

    Digits meet digits without a space because a wrap inside a number ("1" / "26个") is far more
    common in a Chinese report than two numbers side by side across a line end."""
    if not left or not right:
        return left + right
    a, b = left[-1], right[0]
    space = (a.isascii() and (a.isalpha() or a in ",;:!?")) and b.isascii() and b.isalnum()
    space = space or (a.isascii() and a.isdigit() and b.isascii() and b.isalpha())
    return left + (" " if space else "") + right


# Bytes inflated at a time when a .docx's parts are checked.
ZIP_CHUNK = 1 << 20


def within_text_budget(lines: Iterable[str]) -> list[str]:
    """The lines, counted as they come: past MAX_TEXT_CHARS the reader stops and refuses."""
    out, n = [], 0
    for line in lines:
        n += len(line) + 1
        if n > budgets.MAX_TEXT_CHARS:
            raise ReaderError(budgets.too_much_text())
        out.append(line)
    return out


def why(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    return f"{type(exc).__name__}: {text}"[:200] if text else type(exc).__name__
