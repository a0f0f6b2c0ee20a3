"""Every seed as users get it (issue #5): other encodings, traditional characters, Word, PDF and web
pages all give the same figures as the plain UTF-8 file."""

from __future__ import annotations

import collections
from pathlib import Path

import pytest

from pipeline.formats import ReaderError, sniff
from pipeline.formats.docx import docx_text
from pipeline.formats.html import html_text
from pipeline.formats.pdf import pdf_text
from pipeline.normalize import fold_traditional
from pipeline.run import process
from tests.conftest import RAW
from tests.make_formats import PAGE_HEADER, PDF_STAND_INS, make_docx, make_html, make_pdf

SEEDS = sorted(RAW.glob("*.txt"))


def figure_key(row: dict) -> tuple:
    return (row["value"], row["value_max"], row["unit"], row["status"], row["year"])


def figures_of(path: Path, source: str) -> list[dict]:
    return process(path, source).records["figures"]


@pytest.fixture(scope="module")
def plain(seed_doc) -> dict[str, list[dict]]:
    """The figures of each seed as bundled (UTF-8), from the session's `seed_doc`."""
    return {p.name: seed_doc(p.name).records["figures"] for p in SEEDS}


# Characters of the seeds that GBK lacks, written as a GBK-era file writes them; normalisation makes
# both forms the same text, so the figures must not change.
GBK_STAND_INS = str.maketrans({"•": "·", "₁": "1", "₂": "2", "₃": "3", "₅": "5", "₀": "0"})


@pytest.mark.parametrize("encoding", ["gbk", "gb18030", "utf-16", "utf-16-le", "utf-8-sig"])
@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name[:3])
def test_other_encodings_give_the_same_figures(seed, encoding, plain, tmp_path):
    path = tmp_path / seed.name
    text = seed.read_text(encoding="utf-8")
    path.write_bytes((text.translate(GBK_STAND_INS) if encoding == "gbk" else text).encode(encoding))
    got = figures_of(path, seed.name)
    assert [figure_key(r) for r in got] == [figure_key(r) for r in plain[seed.name]]
    assert [r["indicator"] for r in got] == [r["indicator"] for r in plain[seed.name]]


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name[:3])
def test_traditional_characters_give_the_same_figures_written_as_in_the_source(seed, plain, seed_doc, tmp_path):
    opencc = pytest.importorskip("opencc")
    text = opencc.OpenCC("s2t").convert(seed.read_text(encoding="utf-8"))
    path = tmp_path / seed.name
    path.write_text(text, encoding="utf-8")
    doc = process(path, seed.name)
    got, want = doc.records["figures"], plain[seed.name]
    assert collections.Counter(map(figure_key, got)) == collections.Counter(map(figure_key, want))
    assert [r["indicator_code"] for r in got] == [r["indicator_code"] for r in want]
    for g, w in zip(got, want):
        # indicator and sentence read as the source writes them (繁體) and fold back to the twin's
        assert twins(g["indicator"] or "", w["indicator"] or "")
        assert twins(g["sentence"], w["sentence"])
        if w["indicator"] and w["indicator"] in w["sentence"]:
            assert g["indicator"] in g["sentence"]
        assert text[g["char_start"] : g["char_end"]] == g["text"]
    # …and are not simply the simplified twin's strings
    assert sum(g["indicator"] != w["indicator"] for g, w in zip(got, want)) > len(got) // 4
    assert doc.meta.region == seed_doc(seed.name).meta.region
    assert doc.meta.doc_type == seed_doc(seed.name).meta.doc_type


def twins(written: str, simplified: str) -> bool:
    """`written` is `simplified` in traditional characters: same length, and folding it gives the
    simplified string except for at most two characters where OpenCC's phrase table is no
    one-for-one inverse of ours (家具 → 傢俱 → 家俱, 答复 → 答覆, 钜 → 鉅 → 巨)."""
    return len(written) == len(simplified) and sum(a != b for a, b in zip(written.translate(_T2S), simplified)) <= 2


# Each format as the tools that write it write it; the file keeps the seed's name, so metadata read
# from the path is the same.
MAKERS = {
    ".docx": make_docx,
    ".pdf": make_pdf,
    ".html": make_html,
    ".htm": lambda text: make_html(text.translate(GBK_STAND_INS), charset="gbk"),
}


@pytest.mark.parametrize("suffix", list(MAKERS))
@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name[:3])
def test_word_pdf_and_web_page_give_the_same_figures(seed, suffix, plain, tmp_path):
    pytest.importorskip("reportlab")
    path = tmp_path / (seed.stem + suffix)
    path.write_bytes(MAKERS[suffix](seed.read_text(encoding="utf-8")))
    doc = process(path, seed.name)
    assert doc.encoding == {".htm": "html"}.get(suffix, suffix[1:])
    got = doc.records["figures"]
    assert [figure_key(r) for r in got] == [figure_key(r) for r in plain[seed.name]]
    for r in got:  # offsets index the extracted text, which the pipeline stores
        assert doc.raw[r["char_start"] : r["char_end"]] == r["text"]
    assert PAGE_HEADER not in doc.raw and "版权所有" not in doc.raw and "增长99%" not in doc.raw


def test_a_docx_table_is_read_as_rows_of_cells():
    text = docx_text(make_docx("2025年主要指标\n如下表。", table=[["指标", "目标"], ["地区生产总值增长", "5%左右"]]))
    assert text.split("\n")[-2:] == ["指标\t目标", "地区生产总值增长\t5%左右"]


def test_pdf_page_furniture_is_removed_and_broken_lines_joined():
    # the seed's long paragraphs, each ending a sentence: every one wraps over several printed lines
    paras = [
        p
        for p in SEEDS[3].read_text(encoding="utf-8").split("\n")
        if len(p) > 120 and p.endswith("。") and p == p.translate(PDF_STAND_INS)  # all printable in the font
    ][:25]
    text = pdf_text(make_pdf("\n".join(paras)))
    lines = text.split("\n")
    squash = lambda s: "".join(s.split())  # noqa: E731 — spaces beside digits are the PDF's to keep or not
    assert squash("".join(lines)) == squash("".join(paras))  # nothing lost, no header, no `- 3 -`
    # no line is cut inside a sentence; without first-line indents, a full printed line that ends
    # a sentence may also end a paragraph (the reader cannot tell), so a paragraph may split there
    assert all(line.endswith("。") for line in lines) and len(paras) <= len(lines) < 1.2 * len(paras)


def test_a_pdf_without_a_text_layer_is_refused():
    import io

    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.rect(50, 50, 400, 600, fill=1)  # what a scanned page is to a text extractor: no characters
    c.showPage()
    c.save()
    with pytest.raises(ReaderError, match="no text layer"):
        pdf_text(buf.getvalue())


def test_web_page_container_and_chrome():
    page = make_html("政府工作报告\n各位代表：\n地区生产总值增长6.7%。")
    assert html_text(page) == "政府工作报告\n各位代表：\n地区生产总值增长6.7%。"
    loose = b"<html><body><div class='menu'>\xe9\xa6\x96\xe9\xa1\xb5</div><p>\xe5\xa2\x9e\xe9\x95\xbf 6%&nbsp;<br>\xe4\xb8\x8b\xe8\xa1\x8c</p></body></html>"
    assert html_text(loose) == "增长 6%\n下行"


@pytest.mark.parametrize(
    "data, kind",
    [
        (b"%PDF-1.7\n", "pdf"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100, "ole2"),
        (b"\x89PNG\r\n\x1a\n....", "png"),
        (b"\xef\xbb\xbf<!DOCTYPE html><html>", "html"),
        (b"<html lang='zh'><body>", "html"),
        (b"PK\x03\x04 not really a zip", "zip"),
        ("政府工作报告\n各位代表：".encode(), None),
        ("# 标题\n\n<br>正文".encode(), None),
    ],
)
def test_sniff_tells_a_file_by_its_bytes(data, kind):
    assert sniff(data) == kind


def test_sniff_tells_office_packages_apart():
    import io
    import zipfile

    def package(member: str) -> bytes:
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w") as z:
            z.writestr(member, "<x/>")
        return buf.getvalue()

    assert sniff(package("xl/workbook.xml")) == "xlsx"
    assert sniff(package("word/document.xml")) == "docx"
    assert sniff(make_docx("正文")) == "docx"


def test_a_simplified_report_is_not_folded():
    for seed in SEEDS:
        assert fold_traditional(seed.read_text(encoding="utf-8")) is None


def test_traditional_fold_keeps_length_and_offsets():
    raw = "二、2021年經濟社會發展的主要目標：地區生產總值增長6%以上。" * 3
    folded = fold_traditional(raw)
    assert folded is not None and len(folded) == len(raw)
    assert "地区生产总值增长6%以上" in folded


from patterns.traditional import T2S as _T2S  # noqa: E402
