"""A raw text's lines with their offsets: what the line-based parsers (tasks, glossary) walk.

Why its own module: both parsers read the raw text line by line and report raw offsets; one
splitter serves both.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Line:
    start: int  # offset of the line's first character in raw
    text: str  # the line without its terminator

    @property
    def end(self) -> int:
        """Offset just after the line's last non-blank character."""
        return self.start + len(self.text.rstrip())


def raw_lines(raw: str) -> list[Line]:
    out: list[Line] = []
    pos = 0
    for piece, body in zip(raw.splitlines(keepends=True), raw.splitlines()):  # (the same lines, with and without ends)
        out.append(Line(pos, body))
        pos += len(piece)
    return out
