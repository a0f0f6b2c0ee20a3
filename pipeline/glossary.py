"""Entries of a glossary (名词解释 / 部分词语解释 / 名词注释) section, read from raw text.

A glossary opens with a short title line and lists one entry per paragraph: a number (or none),
a term, and its definition (`1. “三稳”专项贷款。即…`, `11. **四比四看**。即…`, `【双进】即…`,
`“三大改造”：为推动…`). It ends at the end of the document or at the first line that is clearly
not part of it (a heading, a note such as `来源：…`, a sentence-closed paragraph followed by no
further entry). Title words and entry forms live in `patterns/glossary.py`. Offsets are Python
string indices into the raw text (end exclusive).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from patterns import glossary as P
from pipeline.rawlines import Line, raw_lines

_TITLE_WORDS_RE = re.compile(P.TITLE_WORDS)
_TITLE_MARKUP_RE = re.compile(P.TITLE_MARKUP)
_TITLE_NOT_RE = re.compile(P.TITLE_NOT)
_NUMBER_RES = [(fam, re.compile(P.ENTRY_PREFIX + "(?P<num>" + rx + ")")) for fam, rx in P.NUMBER_FORMS]
_ARABIC_BEFORE_DIGIT_RE = re.compile(P.ENTRY_PREFIX + "(?P<num>" + P.ARABIC_BEFORE_DIGIT + ")")
_TERM_END_SPACE_RE = re.compile(P.TERM_END_SPACE)
_SKIPPABLE_RE = re.compile(P.SKIPPABLE_BEFORE_FIRST)
_STOP_RES = [re.compile(rx) for rx in P.STOP_LINES]
_LEAD_RE = re.compile(P.TERM_LEAD)
_NOT_TERMS = frozenset(P.NOT_TERMS)
_CUE_RE = re.compile("”(?=" + "|".join(map(re.escape, P.DEFINITION_CUES)) + ")")


def _is_title(line: Line) -> bool:
    if not any(ch in line.text for ch in P.TITLE_NEEDS):
        return False  # (markup is only taken out, so a title's words are in the line as written)
    s = _TITLE_MARKUP_RE.sub("", line.text).strip()
    if not s or len(s) > P.TITLE_MAX_CHARS:
        return False
    return bool(_TITLE_WORDS_RE.search(s)) and not _TITLE_NOT_RE.search(s)


def _is_stop(line: Line) -> bool:
    return any(r.match(line.text) for r in _STOP_RES)


def _number_value(s: str) -> int:
    if s in P.CIRCLED_DIGITS:
        return P.CIRCLED_DIGITS.index(s) + 1
    return int(s)


def _clean_term(term: str) -> str:
    term = term.replace("**", "").strip().strip(P.TERM_END).strip()
    if term.startswith("【") and "】" not in term:
        term = term[1:].strip()  # `【术语】即…` split at its `】`
    for left, right in P.TERM_QUOTES:
        inner = term[len(left) : -len(right)] if len(term) > len(left) + len(right) else ""
        if term.startswith(left) and term.endswith(right) and inner and left not in inner and right not in inner:
            term = inner.strip()
    return term


def _outside_quotes(s: str, idx: int) -> bool:
    return s.count("“", 0, idx) <= s.count("”", 0, idx)


def _split_term(body: str, numbered: bool) -> tuple[str, int] | None:
    """Split the text after an entry's number into (term, offset of the definition in body).

    None when an unnumbered line has no term separator close enough to its start."""
    lead = _LEAD_RE.match(body)
    off = lead.end() if lead else 0
    s = body[off:]
    if not s.strip():
        return None
    # (index of the separator in s, its length, may an unnumbered entry use it)
    cands: list[tuple[int, int, bool]] = []
    for ch in P.TERM_END:
        i = s.find(ch)
        if i > 0:
            cands.append((i, 1, ch != "。"))
    i = s.find("**")
    if i > 0:
        cands.append((i, 2, True))
    i = s.find("】")
    if i > 0:
        cands.append((i, 1, True))
    if numbered:
        for m in _TERM_END_SPACE_RE.finditer(s):
            if m.start() > 0 and _outside_quotes(s, m.start()):
                cands.append((m.start(), m.end() - m.start(), False))
                break
    if not numbered:
        cands = [c for c in cands if c[2] and c[0] <= P.MAX_UNNUMBERED_TERM_CHARS]
    if cands:
        at, length, _ = min(cands)
        term, rest, sep = s[:at], at + length, s[at]
    elif numbered:
        term, rest, sep = s, len(s), ""
    else:
        return None
    if numbered and sep in ("", "。"):
        cue = _CUE_RE.search(term)
        if cue:
            term, rest = term[: cue.end()], cue.end()
    if numbered and len(term) > P.MAX_TERM_CHARS and 0 < term.find("”") < P.MAX_TERM_CHARS:
        j = term.index("”") + 1
        term, rest = term[:j], j
    if not numbered and any(c in term for c in P.UNNUMBERED_TERM_NOT):
        return None
    term = _clean_term(term)
    if not term:
        return None
    return term, off + rest


def _ascii_word_char(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


@dataclass
class _Entry:
    no: int | None
    term: str
    char_start: int
    char_end: int
    parts: list[str] = field(default_factory=list)
    last_text: str = ""  # the entry's last raw line, to tell whether its sentence is closed

    def has_definition(self) -> bool:
        return any(p.replace("**", "").strip(P.DEFINITION_LEAD_STRIP) for p in self.parts)

    def record(self) -> dict:
        definition = ""
        for part in self.parts:
            part = part.replace("**", "").strip()
            if definition and part and _ascii_word_char(definition[-1]) and _ascii_word_char(part[0]):
                definition += " "  # a break between two Latin words keeps a space
            definition += part
        definition = definition.lstrip(P.DEFINITION_LEAD_STRIP).strip()
        return {
            "term": self.term,
            "definition": definition,
            "char_start": self.char_start,
            "char_end": self.char_end,
        }


def _entry(line: Line, family: str | None, last_no: int | None) -> tuple[_Entry, str] | None:
    """The entry this line opens, with its numbering family ('' for unnumbered), or None.

    family None: the first entry of a glossary, any form. Otherwise only the glossary's own form,
    numbered after last_no."""
    if _is_stop(line) or _is_title(line):
        return None
    text = line.text
    families = [f for f, _ in P.NUMBER_FORMS] if family is None else [family]
    for fam, rx in _NUMBER_RES:
        if fam not in families:
            continue
        m = rx.match(text)
        if m is None and fam == "arabic":
            m2 = _ARABIC_BEFORE_DIGIT_RE.match(text)
            if m2 and int(m2.group("no")) == (last_no + 1 if last_no is not None else 1):
                m = m2
        if m is None:
            continue
        no = _number_value(m.group("no"))
        if last_no is not None and not (last_no < no <= last_no + P.MAX_NUMBER_STEP):
            return None
        split = _split_term(text[m.end() :], numbered=True)
        if split is None:
            return None
        term, rest = split
        body_start = m.end() + rest
        e = _Entry(no, term, line.start + m.start("num"), line.end, [text[body_start:]], text)
        return e, fam
    if family is None or family == "":
        if any(rx.match(text) for _, rx in _NUMBER_RES):
            return None
        split = _split_term(text, numbered=False)
        if split is None:
            return None
        term, rest = split
        if not text[rest:].replace("**", "").strip(P.DEFINITION_LEAD_STRIP):
            return None  # a bold line with nothing after it is a heading, not an entry
        if term in _NOT_TERMS or term.rstrip("0123456789一二三四五六七八九十") in _NOT_TERMS:
            return None
        indent = len(text) - len(text.lstrip())
        e = _Entry(None, term, line.start + indent, line.end, [text[rest:]], text)
        return e, ""
    return None


def _open_sentence(text: str) -> bool:
    s = text.replace("**", "").rstrip()
    return bool(s) and s[-1] not in P.SENTENCE_CLOSERS


def _is_note(line: Line) -> bool:
    """`来源：…`, `注：…`: a note after the glossary."""
    m = re.match(r"^[ \t\u3000*]*([^：:]{1,6})[ \t\u3000*]*[：:]", line.text)
    return m is not None and m.group(1).strip("*").rstrip("0123456789") in _NOT_TERMS


def _parse_section(lines: list[Line], k: int) -> tuple[list[dict], int]:
    n = len(lines)
    j = k
    skipped = 0
    while j < n and (not lines[j].text.strip() or (_SKIPPABLE_RE.match(lines[j].text.strip()) and skipped < 3)):
        if lines[j].text.strip():
            skipped += 1
        j += 1
    if j >= n:
        return [], j
    first = _entry(lines[j], None, None)
    if first is None:
        return [], j
    cur, family = first
    entries = [cur]
    j += 1
    while j < n:
        line = lines[j]
        if not line.text.strip():
            j += 1
            continue
        if _is_stop(line) or _is_title(line) or _is_note(line):
            break
        nxt = _entry(line, family, cur.no)
        if nxt is not None:
            cur = nxt[0]
            entries.append(cur)
            j += 1
            continue
        if (
            not cur.has_definition()
            or _open_sentence(cur.last_text)
            or (family and _entry_ahead(lines, j + 1, family, cur.no))
        ):
            cur.parts.append(line.text.strip())
            cur.last_text = line.text
            cur.char_end = line.end
            j += 1
            continue
        break
    return [e.record() for e in entries], j


def _entry_ahead(lines: list[Line], j: int, family: str, last_no: int | None) -> bool:
    """Whether the glossary's next numbered entry follows within a few lines (so the lines before it
    are further paragraphs of the current definition)."""
    seen = 0
    while j < len(lines) and seen < P.LOOKAHEAD_LINES:
        line = lines[j]
        j += 1
        if not line.text.strip():
            continue
        seen += 1
        if _is_stop(line) or _is_title(line) or _is_note(line):
            return False
        if _entry(line, family, last_no) is not None:
            return True
    return False


def parse_glossary(raw: str) -> list[dict]:
    """Entries of a 名词解释 / 部分词语解释 / 名词注释 section (usually at the end of a work report).
    One dict per entry in order: {"term", "definition", "char_start", "char_end"}; the offsets cover
    the entry from its number (or its first character when unnumbered) to the end of its definition."""
    if not isinstance(raw, str) or not raw:
        return []
    lines = raw_lines(raw)
    out: list[dict] = []
    i = 0
    while i < len(lines):
        if _is_title(lines[i]):
            entries, end = _parse_section(lines, i + 1)
            out.extend(entries)
            i = max(end, i + 1)
        else:
            i += 1
    return out
