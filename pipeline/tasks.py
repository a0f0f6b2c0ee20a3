"""Numbered tasks of a responsibility breakdown (重点工作责任分解) notice, read from raw text.

A task is a numbered paragraph (`1. 牢固树立…`, possibly broken over several lines by the PDF
conversion) followed by label lines (`牵头领导：朱 蕾`, `责任单位：区发改委、…`). The label forms,
numbering forms and separators live in `patterns/tasks.py`. Offsets are Python string indices into
the raw text (end exclusive); nothing here rewrites the text first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from patterns import tasks as P
from pipeline.rawlines import Line, raw_lines

# --- compiled patterns ----------------------------------------------------------------------------

_ALL_LABELS = sorted(set(P.LEADER_LABELS) | set(P.UNIT_LABELS), key=len, reverse=True)
# A label with its colon, Markdown bold allowed around either; group "label".
_LABEL_RE = re.compile(
    r"(?:\*\*)?(?P<label>"
    + "|".join(map(re.escape, _ALL_LABELS))
    + r")(?:\*\*)?[ \t\u3000]*"
    + P.LABEL_COLON
    + r"(?:\*\*)?"
)
# A label standing at the start of a line (an opening bracket of an inline group allowed).
_LABEL_AT_START_RE = re.compile(r"^[ \t\u3000]*[（(]?[ \t\u3000]*" + _LABEL_RE.pattern)
_NUMBER_RES = [re.compile(P.TASK_NUMBER_PREFIX + "(?P<num>" + form + ")") for form in P.TASK_NUMBER_FORMS]
_CHAPTER_RES = [re.compile(form) for form in P.CHAPTER_FORMS]
_STOP_RES = [re.compile(form) for form in P.STOP_LINES]
_GENERIC_LABEL_RE = re.compile(P.GENERIC_LABEL_LINE)
_ARTEFACT_RE = re.compile(P.PAGE_ARTEFACT_LINE)
_LEADER_NAME_RE = re.compile(P.LEADER_NAME)
_LEADER_NOT_NAME_RE = re.compile(P.LEADER_NOT_NAME)
_CJK_CHAR_RE = re.compile(r"^[\u4e00-\u9fff]$")
_SPACE_RE = re.compile(r"\s+")


def _strip_markup(s: str) -> str:
    """A line without Markdown heading hashes, bold stars and outer whitespace."""
    s = re.sub(r"^\s*#{1,6}\s*", "", s)
    return s.replace("**", "").strip()


def _chapter(line: Line) -> str | None:
    """The chapter heading this line is, without Markdown, or None."""
    s = _strip_markup(line.text)
    if not s or len(s) > P.CHAPTER_MAX_CHARS:
        return None
    if any(r.match(s) for r in _CHAPTER_RES):
        return s
    return None


def _number(line: Line) -> re.Match | None:
    for r in _NUMBER_RES:
        m = r.match(line.text)
        if m:
            return m
    return None


def _number_form(m: re.Match) -> str:
    """Which of TASK_NUMBER_FORMS matched (its pattern)."""
    return m.re.pattern


def _is_stop(line: Line) -> bool:
    return any(r.match(line.text) for r in _STOP_RES)


def _is_artefact(line: Line) -> bool:
    return bool(_ARTEFACT_RE.match(line.text))


# --- values -----------------------------------------------------------------------------------------


def _balance_close(value: str) -> str:
    """Drop trailing closing brackets that close nothing inside the value (an inline group's `）`)."""
    while value and value[-1] in P.CLOSE_BRACKETS:
        opens = sum(value.count(c) for c in P.OPEN_BRACKETS)
        closes = sum(value.count(c) for c in P.CLOSE_BRACKETS)
        if closes > opens:
            value = value[:-1].rstrip(P.VALUE_STRIP)
        else:
            break
    return value


def _clean_value(value: str) -> str:
    value = value.replace("**", "").strip(P.VALUE_STRIP)
    return _balance_close(value).strip(P.VALUE_STRIP)


def _split(value: str, separators: str) -> list[str]:
    """Split on separators outside brackets."""
    parts: list[str] = []
    depth = 0
    buf: list[str] = []
    for ch in value:
        if ch in P.OPEN_BRACKETS:
            depth += 1
        elif ch in P.CLOSE_BRACKETS and depth > 0:
            depth -= 1
        if ch in separators and depth == 0:
            parts.append("".join(buf))
            buf = []
        else:
            buf.append(ch)
    parts.append("".join(buf))
    return parts


def split_units(value: str) -> list[str]:
    """`区发改委、教体局，各镇（街道）` → ['区发改委', '教体局', '各镇（街道）'] (inner spaces removed)."""
    out = []
    for part in _split(_clean_value(value), P.UNIT_SEPARATORS):
        part = _SPACE_RE.sub("", part.replace("**", ""))
        part = part.strip(P.VALUE_STRIP)
        if part:
            out.append(part)
    return out


def _merge_padding(tokens: list[str]) -> list[str]:
    """Join single characters padded apart (`朱 蕾` → `朱蕾`)."""
    out: list[str] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if _CJK_CHAR_RE.match(tok) and i + 1 < len(tokens) and _CJK_CHAR_RE.match(tokens[i + 1]):
            out.append(tok + tokens[i + 1])
            i += 2
            continue
        out.append(tok)
        i += 1
    return out


def split_leaders(value: str) -> list[str]:
    """`刘 海、付光伟` → ['刘海', '付光伟']; spaces split only between clear full names."""
    out: list[str] = []
    for part in _split(_clean_value(value), P.LEADER_SEPARATORS):
        tokens = [t for t in part.replace("**", "").split() if t]
        if not tokens:
            continue
        tokens = _merge_padding(tokens)
        if len(tokens) > 1 and all(_LEADER_NAME_RE.match(t) and not _LEADER_NOT_NAME_RE.search(t) for t in tokens):
            out.extend(tokens)
        else:
            joined = "".join(tokens).strip(P.VALUE_STRIP)
            if joined:
                out.append(joined)
    return out


# --- task assembly ----------------------------------------------------------------------------------


@dataclass
class _Task:
    no: int
    chapter: str | None
    char_start: int
    char_end: int
    form: str = ""  # the numbering form of its number
    text_parts: list[str] = field(default_factory=list)
    labels: list[list[str]] = field(default_factory=list)  # [label, value]

    def record(self) -> dict:
        leaders: list[str] = []
        units: list[str] = []
        for label, value in self.labels:
            if label in P.LEADER_LABELS:
                leaders.extend(split_leaders(value))
            else:
                units.extend(split_units(value))
        text = "".join(self.text_parts).replace("**", "").strip()
        return {
            "task_no": self.no,
            "chapter": self.chapter,
            "text": text,
            "lead_leaders": leaders,
            "units": units,
            "char_start": self.char_start,
            "char_end": self.char_end,
        }


def _label_matches(text: str) -> list[re.Match]:
    return list(_LABEL_RE.finditer(text))


def _add_labels(task: _Task, text: str, matches: list[re.Match]) -> None:
    for k, m in enumerate(matches):
        stop = matches[k + 1].start() if k + 1 < len(matches) else len(text)
        task.labels.append([m.group("label"), text[m.end() : stop]])


def _last_unit_fragment(value: str) -> str:
    parts = _split(value.replace("**", "").rstrip(), P.UNIT_SEPARATORS)
    return _SPACE_RE.sub("", parts[-1]) if parts else ""


def _continues_value(line: Line, value: str) -> bool:
    """Whether this line carries on a label value broken by a line or page break."""
    if _number(line) or _chapter(line) or _is_stop(line) or _GENERIC_LABEL_RE.match(line.text):
        return False
    s = _SPACE_RE.sub("", line.text.replace("**", ""))
    if not s or "。" in s or len(s) > P.CONTINUATION_MAX_CHARS:
        return False
    prev = value.replace("**", "").rstrip()
    if not prev.strip(" \t\u3000"):
        return True  # `责任单位：` with its list on the next line
    if prev[-1] in P.UNIT_SEPARATORS:
        return True
    if any(sep in s for sep in P.UNIT_SEPARATORS):
        return True
    last = _last_unit_fragment(prev)
    return len(s) <= P.FRAGMENT_MAX_CHARS and not last.endswith(P.UNIT_ENDINGS) and s.endswith(P.UNIT_ENDINGS)


def parse_tasks(raw: str) -> list[dict]:
    """raw: the whole decoded text of a 重点工作责任分解 notice. Returns one dict per numbered task,
    in document order:
    {"task_no", "chapter", "text", "lead_leaders", "units", "char_start", "char_end"}
    (see the module docstring and `patterns/tasks.py`). Returns [] for text without tasks."""
    if not isinstance(raw, str) or not raw:
        return []
    parser = _TaskParser()
    for line in raw_lines(raw):
        parser.feed(line)
    parser.close()
    return parser.tasks


class _TaskParser:
    """The reading of a notice line by line. A task is open in one of two states: `text` (its
    numbered paragraph, no label yet) or `labels` (its 牵头领导/责任单位 lines); `idle` between tasks."""

    def __init__(self) -> None:
        self.tasks: list[dict] = []
        self.chapter: str | None = None
        self.last_no: int | None = None
        self.cur: _Task | None = None
        self.state = "idle"  # idle | text | labels

    def close(self) -> None:
        """End the open task: kept if it got its labels."""
        if self.cur is not None and self.state == "labels":
            self.tasks.append(self.cur.record())
            self.last_no = self.cur.no
        self.cur = None
        self.state = "idle"

    def feed(self, line: Line) -> None:
        if self.state == "labels" and self._in_labels(line):
            return
        heading = _chapter(line)
        if heading is not None and not _number(line):
            self.chapter = heading
            self.cur, self.state = None, "idle"
            return
        if _is_stop(line):
            self.cur, self.state = None, "idle"
            return
        if not line.text.strip() or _is_artefact(line):
            return
        num = _number(line)
        if num is not None and self._opens_task(line, num):
            return
        if self.state == "text":
            self._task_text(line)
        # idle: prose outside any task (preamble, closing remarks, orphan labels) is skipped

    def _in_labels(self, line: Line) -> bool:
        """A line after a task's labels: True when it belongs to them (a blank, another label, a
        value going on); else the task is closed and the line is read afresh."""
        cur = self.cur
        assert cur is not None
        if not line.text.strip() or _is_artefact(line):
            return True
        if _LABEL_AT_START_RE.match(line.text):
            _add_labels(cur, line.text, _label_matches(line.text))
            cur.char_end = line.end
            return True
        if _continues_value(line, cur.labels[-1][1]):
            cur.labels[-1][1] += line.text.strip()
            cur.char_end = line.end
            return True
        self.close()
        return False

    def _opens_task(self, line: Line, num: re.Match[str]) -> bool:
        """A numbered line: opens a new task, unless the number belongs to a sub-list of the open
        task's text (then False, and the line is that text)."""
        no = int(num.group("no"))
        expected = self.last_no + 1 if self.last_no is not None else 1
        cur = self.cur
        # A number inside a numbered paragraph that has no label yet is a sub-list of its text
        # (`1）修路；2）架桥。`) when it is written in another form, or when the paragraph holds
        # the number expected next and this one is not it.
        sublist = False
        if self.state == "text" and cur is not None:
            if _number_form(num) != cur.form:
                sublist = not (cur.no != expected and no == expected)
            else:
                sublist = cur.no == expected and no != expected
        if sublist:
            return False
        cur = self.cur = _Task(no, self.chapter, line.start + num.start("num"), line.end, form=_number_form(num))
        self.state = "text"
        body = line.text[num.end() :]
        matches = _label_matches(body)
        if matches:
            cur.text_parts.append(body[: matches[0].start()].rstrip().rstrip("（("))
            _add_labels(cur, body, matches)
            self.state = "labels"
        else:
            cur.text_parts.append(body.strip())
        return True

    def _task_text(self, line: Line) -> None:
        """A line of the open task's paragraph, up to its first label."""
        cur = self.cur
        assert cur is not None
        matches = _label_matches(line.text)
        if matches:
            before = line.text[: matches[0].start()].strip()
            cur.text_parts.append(before.rstrip("（(").rstrip())
            _add_labels(cur, line.text, matches)
            cur.char_end = line.end
            self.state = "labels"
        else:
            cur.text_parts.append(line.text.strip())
            cur.char_end = line.end
