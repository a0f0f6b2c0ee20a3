"""Property tests (issue #5): whatever text or bytes arrive, ingest and extraction either give a
document whose every record's offsets hold, or fail with the documented `IngestError` — nothing else
escapes."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.extract import extract
from pipeline.formats import ReaderError
from pipeline.formats.html import html_text
from pipeline.ingest import IngestError, document_from_bytes
from pipeline.segment import segment
from pipeline.validate import validate

# Report-like pieces: numbers, units, comparators, headings, markup, traditional characters.
PIECES = [
    "地区生产总值",
    "增长",
    "6.5",
    "%",
    "以上",
    "左右",
    "亿元",
    "万人",
    "一、",
    "（二）",
    "1.",
    "2025年",
    "6月底前",
    "。",
    "，",
    "\n",
    "\n\n",
    "**",
    "# ",
    "１２",
    "PM_{2.5}",
    "地區生產總值",
    "經濟",
    "<p>",
    "</p>",
    "<html>",
    "牵头领导：",
    "责任单位：",
    "名词解释",
    "十四五",
    "累计",
    "下降",
    "个百分点",
    " ",
    "—",
    "PK",
    "%PDF-",
]
REPORTS = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=6)), max_size=60).map("".join)
FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _pipeline(data: bytes, source: str):
    return validate(extract(segment(document_from_bytes(data, source))))


def _check(doc) -> None:
    for table, rows in doc.records.items():
        for row in rows:
            s, e = row.get("char_start"), row.get("char_end")
            if s is None:
                continue
            assert 0 <= s <= e <= len(doc.raw), (table, row)
            if table in ("figures", "deadlines"):
                assert doc.raw[s:e] == row["text"]


@FAST
@given(REPORTS, st.sampled_from(["report.txt", "report.md", "page.html", "x.docx", "x.pdf"]))
def test_random_text_is_read_or_refused_cleanly(text, source):
    for encoding in ("utf-8", "gb18030", "utf-16"):
        try:
            data = text.encode(encoding)
        except UnicodeEncodeError:
            continue
        try:
            doc = _pipeline(data, source)
        except IngestError as exc:
            assert exc.reason and source in str(exc)
            continue
        _check(doc)


# random bytes, and random bytes behind the signatures that send a file to a reader
BYTES = st.one_of(
    st.binary(max_size=400),
    st.binary(max_size=400).map(lambda b: b"%PDF-1.4\n" + b),
    st.binary(max_size=400).map(lambda b: b"PK\x03\x04" + b),
    st.binary(max_size=400).map(lambda b: b"<html><body>" + b),
)


@FAST
@given(BYTES, st.sampled_from(["report.txt", "page.html", "x.docx", "x.pdf"]))
def test_random_bytes_are_read_or_refused_cleanly(data, source):
    try:
        doc = _pipeline(data, source)
    except IngestError as exc:
        assert exc.reason
        return
    _check(doc)


@FAST
@given(
    st.lists(
        st.one_of(
            st.sampled_from(
                [
                    "<p>",
                    "</p>",
                    "<div class='nav'>",
                    "</div>",
                    "<br>",
                    "<script>",
                    "</script>",
                    "<td>",
                    "<tr>",
                    "&amp;",
                    "&#x4e00;",
                    "<!--",
                    "-->",
                    "<",
                    ">",
                    "增长6%",
                ]
            ),
            st.text(max_size=5),
        ),
        max_size=40,
    ).map("".join)
)
def test_html_reader_never_raises_anything_but_reader_error(markup):
    try:
        html_text(markup.encode("utf-8"))
    except ReaderError:
        pass
