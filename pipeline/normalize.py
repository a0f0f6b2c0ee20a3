"""Offset-keeping text normalisers.

Each normaliser is a pure function `Mapped -> Mapped`: it rewrites the text and carries, for every
output character, the index of the raw character it came from. The pipeline composes them once in
`normalize()`; no later stage ever invents an offset, it only looks one up in this map.
"""

from __future__ import annotations

from collections.abc import Callable

import regex

from patterns import layout
from patterns import traditional as trad
from pipeline.headings import heading_match
from pipeline.mapped import Mapped, substitute, translate

_FRONT_MATTER = regex.compile(layout.FRONT_MATTER)
_HTML_COMMENT = regex.compile(layout.HTML_COMMENT, regex.S)
_PAGE_LINE = regex.compile(layout.PAGE_NUMBER_LINE)
_MARKED_UP_LINE = regex.compile(layout.MARKED_UP_LINE)
_MD_HEADING = regex.compile(layout.MARKDOWN_HEADING)
_MD_EMPH = regex.compile(layout.MARKDOWN_EMPHASIS)
_MD_RULE = regex.compile(layout.MARKDOWN_RULE)
_MD_QUOTE = regex.compile(layout.MARKDOWN_QUOTE)
_LATEX_SUB = regex.compile(layout.LATEX_SUBSCRIPT)
_INNER_SPACE = regex.compile(layout.INNER_SPACE)
_THOUSANDS_COMMA = regex.compile(layout.THOUSANDS_COMMA)
_CR = regex.compile(r"\r\n?")
_NEWLINES = regex.compile(r"[ \t]*\n(?:[ \t]*\n)*[ \t]*")
_NO_JOIN = regex.compile(layout.NO_JOIN_LINE)


def strip_front_matter(m: Mapped) -> Mapped:
    return substitute(m, _FRONT_MATTER, "")


def strip_html_comments(m: Mapped) -> Mapped:
    return substitute(m, _HTML_COMMENT, "")


def unify_newlines(m: Mapped) -> Mapped:
    """`\r\n` and a lone `\r` become `\n`, mapped to the `\r`: the line break then sits right
    after the line's last character, as in an LF file, so a CRLF copy of a report reads exactly
    like the LF one (later steps read a gap in the offsets as removed markup)."""
    if "\r" not in m.text:
        return m
    out: list[str] = []
    offs: list[int] = []
    last = 0
    text, src = m.text, m.offsets
    for match in _CR.finditer(text):
        s, e = match.span()
        out.append(text[last:s])
        offs.extend(src[last:s])
        out.append("\n")
        offs.append(src[s])
        last = e
    out.append(text[last:])
    offs.extend(src[last:])
    return Mapped("".join(out), offs)


def drop_page_numbers(m: Mapped) -> Mapped:
    return substitute(m, _PAGE_LINE, "")


def strip_markdown(m: Mapped) -> Mapped:
    for pattern in (_MD_RULE, _MD_HEADING, _MD_QUOTE, _MD_EMPH):
        m = substitute(m, pattern, "")
    return m


def fold_width(m: Mapped) -> Mapped:
    return translate(m, layout.FULLWIDTH_FOLD)


def plain_subscripts(m: Mapped) -> Mapped:
    m = substitute(m, _LATEX_SUB, lambda g: g.group(1))
    return translate(translate(m, layout.SUBSCRIPT_CHARS), layout.SUPERSCRIPT_CHARS)


def drop_inner_spaces(m: Mapped) -> Mapped:
    return substitute(m, _INNER_SPACE, "")


def thousands_commas(m: Mapped) -> Mapped:
    return substitute(m, _THOUSANDS_COMMA, ",")


def join_broken_lines(m: Mapped, marked: frozenset[int] = frozenset()) -> Mapped:
    """One `\\n` between paragraphs; none where a line break splits a sentence (`新征\\n\\n程`).
    `marked`: raw offsets of the last character of lines written wholly in markup (`marked_up_line_ends`)."""
    text = m.text

    def repl(match: regex.Match[str]) -> str:
        s, e = match.span()
        if s == 0 or e >= len(text):
            return "\n"
        line_start = text.rfind("\n", 0, s) + 1
        line = text[line_start:s]
        nxt_end = text.find("\n", e)
        nxt = text[e : nxt_end if nxt_end >= 0 else len(text)]
        if (
            text[s - 1] in layout.SENTENCE_CLOSERS
            or len(line) < layout.JOIN_MIN_CHARS
            or _NO_JOIN.search(line)
            or _starts_heading(nxt)
            or m.offsets[s - 1] in marked  # (`**“十三五”时期的规划构想**`: a title, however long)
            or _starts_heading(line)
            and (_closed_by_markup(m, s) or not _continues(line, nxt))
        ):
            return "\n"
        return ""

    return substitute(m, _NEWLINES, repl)


_INNER_STOP = regex.compile(layout.HEADING_LINE_INNER_STOP)
_SHORT_CONTINUATION = regex.compile(layout.SHORT_CONTINUATION)


def _closed_by_markup(m: Mapped, s: int) -> bool:
    """The raw line ended in markup that an earlier step removed (`**二、…主要目标任务**`): the
    writer closed the heading there, whatever the next line looks like. (A CRLF's `\r` leaves no
    gap: `unify_newlines` maps the line break to it.)"""
    return m.offsets[s] - m.offsets[s - 1] > 1


def marked_up_line_ends(raw: str) -> frozenset[int]:
    """Raw offsets of the last character of text of each line the writer set wholly in bold or heading
    markup: read from the raw text, since `strip_markdown` removes the markup before lines are joined."""
    return (
        frozenset(m.start("last") for m in _MARKED_UP_LINE.finditer(raw)) if "*" in raw or "#" in raw else frozenset()
    )


def _continues(line: str, nxt: str) -> bool:
    """A numbered line still runs on after its break: it already holds a full stop or colon (a lead
    phrase and its paragraph), or the next line opens with a word fragment (`程，`, `破。`)."""
    return bool(_INNER_STOP.search(line) or _SHORT_CONTINUATION.match(nxt))


def _starts_heading(line: str) -> bool:
    return heading_match(line) is not None or line.startswith(("——", "—", "-", "•", "●", "◆", "■", "□"))


# Order matters: structure debris first, then character forms, then spacing, then line joins
# (which read punctuation and headings in their final form).
NORMALISERS: tuple[Callable[[Mapped], Mapped], ...] = (
    strip_front_matter,
    strip_html_comments,
    unify_newlines,
    drop_page_numbers,
    strip_markdown,
    fold_width,
    plain_subscripts,
    drop_inner_spaces,
    thousands_commas,
    join_broken_lines,
)


def normalize(raw: str) -> Mapped:
    m = Mapped.identity(raw)
    marked = marked_up_line_ends(raw)
    for step in NORMALISERS:
        m = join_broken_lines(m, marked) if step is join_broken_lines else step(m)
    return m


def fold_traditional(raw: str) -> str | None:
    """The raw text with traditional characters folded to simplified, one for one (same length, so
    every offset still holds), or None when the text is not traditional.

    Why gated: a few fold keys also occur in simplified reports (乾, 於 in names); folding only texts
    that are plainly traditional leaves simplified reports byte-for-byte as they were."""
    sample = raw[: trad.SAMPLE_CHARS]
    evidence = sum(map(sample.count, trad.EVIDENCE.intersection(sample)))  # (counted in C, not per character)
    if evidence < trad.MIN_TRADITIONAL_CHARS:
        return None
    cjk = sum(1 for ch in sample if "\u4e00" <= ch <= "\u9fff") or 1
    if evidence / cjk < trad.MIN_TRADITIONAL_SHARE:
        return None
    return raw.translate(trad.T2S)


def with_surface(m: Mapped, raw: str, folded: str) -> Mapped:
    """`m` (normalised from `folded`) plus its surface: each character that came from a folded raw
    character is shown as the raw has it; characters normalisation made (digits, joins) stay."""
    offsets, text = m.offsets, m.text
    surface = "".join(raw[o] if raw[o] != folded[o] and folded[o] == ch else ch for ch, o in zip(text, offsets))
    return Mapped(text, offsets, surface)
