"""Text that remembers where each of its characters came from, and the rewrites that keep that map.

Why its own module: `Document` holds a `Mapped` and every normaliser returns one; the value type
and its character-table helpers depend on nothing else in the pipeline.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

import regex


@dataclass(frozen=True)
class Mapped:
    """Normalised text plus `offsets[i]` = raw index of `text[i]` (and one sentinel: len(raw))."""

    text: str
    offsets: list[int]
    surface: str | None = None  # `text` with traditional characters as the raw writes them (None: same as text)

    @classmethod
    def identity(cls, raw: str) -> Mapped:
        return cls(raw, list(range(len(raw) + 1)))

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Raw [start, end) covering normalised [start, end): deleted characters inside stay inside."""
        if end <= start:
            pos = self.offsets[start]
            return pos, pos
        return self.offsets[start], self.offsets[end - 1] + 1


Replacement = Callable[["regex.Match[str]"], str]


def substitute(m: Mapped, pattern: regex.Pattern[str], repl: Replacement | str) -> Mapped:
    """`pattern.sub` that keeps the offset map.

    A replacement of the same length maps character by character; one found inside the match
    (a kept group) maps to where it stands; anything else maps to the match's first character.
    """
    out: list[str] = []
    offs: list[int] = []
    last = 0
    text, src = m.text, m.offsets
    for match in pattern.finditer(text):
        s, e = match.span()
        out.append(text[last:s])
        offs.extend(src[last:s])
        new = repl if isinstance(repl, str) else repl(match)
        if new:
            old = text[s:e]
            if len(new) == len(old):
                offs.extend(src[s:e])
            else:
                at = old.find(new)
                if at >= 0:
                    offs.extend(src[s + at : s + at + len(new)])
                else:
                    offs.extend([src[s]] * len(new))
            out.append(new)
        last = e
    if last == 0 and not out:
        return m
    out.append(text[last:])
    offs.extend(src[last:])
    return Mapped("".join(out), offs)


def translate(m: Mapped, table: dict[int, str] | dict[str, str] | dict[int, int]) -> Mapped:
    """Character-for-character rewrite (full-width digits, subscripts): offsets do not move."""
    codes, present, pairs = _compiled_table(id(table), table)
    if not present.search(m.text):  # a C-speed scan; most reports need no rewrite
        return m
    if pairs is None:
        return Mapped(m.text.translate(codes), m.offsets)
    # Why not str.translate: on Chinese text it looks every character up in the table (a tenth of
    # normalisation); replacing each character present, one str.replace each, gives the same text.
    text = m.text
    for ch in set(present.findall(text)):
        text = text.replace(ch, pairs[ch])
    return Mapped(text, m.offsets)


_TABLES: dict[int, tuple[dict, re.Pattern[str], dict | None, dict]] = {}


def _compiled_table(key: int, table: dict) -> tuple[dict[int, str], re.Pattern[str], dict[str, str] | None]:
    """The table with integer keys, a pattern matching any character it rewrites, and the table as
    character -> character when it is one (no character it writes is one it rewrites, so the order
    of replacing does not matter; else None); kept per table (the tables are module constants, so
    their ids are stable)."""
    hit = _TABLES.get(key)
    if hit is None or hit[3] is not table:
        codes = {ord(k) if isinstance(k, str) else k: v for k, v in table.items()}
        # (`re`, not `regex`: a class of plain characters means the same, and `re` scans ten times faster)
        present = re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(codes)) + "]")
        built: dict[str, str] = {chr(k): chr(v) if isinstance(v, int) else v for k, v in codes.items()}
        one_to_one = all(isinstance(v, str) and len(v) == 1 and v not in built for v in built.values())
        hit = _TABLES[key] = (codes, present, built if one_to_one else None, table)
    return hit[0], hit[1], hit[2]
