"""Heading recognition: whether a normalised line opens with a heading form (`一、`, `（二）`,
`第三部分`, a standalone `附件`), and the kind of section a heading's words name.

Why its own module: normalisation needs it (a heading line is never glued to the line before) and
so does segmentation (the outline); both import it, neither imports the other. The forms are data
in `patterns/headings.py`.
"""

from __future__ import annotations

import regex

from patterns import headings as H

_HEADINGS = [(level, regex.compile(p)) for level, p in H.HEADING_FORMS]
_STANDALONE = [(level, regex.compile(p)) for level, p in H.STANDALONE_HEADINGS]
_KINDS = [(kind, regex.compile(p)) for kind, p in H.SECTION_KINDS]
# Where a heading written inline ends: the first sentence or clause end after its ordinal.
HEADING_END = regex.compile(r"[。！？!?；;]")


def heading_match(line: str) -> tuple[int, str, str] | None:
    """(level, ordinal, heading text) when a normalised line opens with a heading form."""
    for level, pattern in _HEADINGS:
        m = pattern.match(line)
        if m:
            rest = line[m.end() :]
            cut = HEADING_END.search(rest)
            heading = rest[: cut.start()] if cut else rest
            if not heading.strip() or len(heading) > H.HEADING_MAX_CHARS:
                return None
            return level, m.group("ord"), heading.strip()
    bare = line.strip()
    if len(bare) <= H.STANDALONE_MAX_CHARS:
        for level, pattern in _STANDALONE:
            if pattern.match(bare):
                return level, "", bare
    return None


def section_kind(heading: str) -> str | None:
    """The kind of section a heading's words name (`SECTION_KINDS`), or None."""
    for kind, pattern in _KINDS:
        if pattern.search(heading):
            return kind
    return None
