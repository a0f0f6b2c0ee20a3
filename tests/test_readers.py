"""The format readers (`pipeline/formats/`): a report's text comes out of a web page, a Word file
and a PDF as it went in.

Every fixture is built here from a seed's text by the library that writes such files (python-docx,
reportlab) or as a government CMS page looks, so the round trip is the test: what goes in as
paragraphs comes out as lines. Where a format cannot carry the seed exactly, the expected text says
so (see PDF_STAND_INS).
"""

from __future__ import annotations

import codecs
import gzip
import html
import io
import re
import time
import zipfile

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.formats import MAGIC_NUMBERS, READERS, ReaderError, sniff
from pipeline.formats.docx import docx_text
from pipeline.formats.html import HTML_CHROME_WORDS, HTML_CONTAINER_HINTS, html_text
from pipeline.formats.pdf import PAGE_NUMBER_FORMS, pdf_text
from tests.conftest import RAW

SEEDS = sorted(RAW.glob("*.txt"))
SEED_IDS = [p.name[:3] for p in SEEDS]
PAGE_HEADER = "XX市人民政府公报"
FONT = "STSong-Light"

# Characters of the seeds that STSong-Light's encoding (UniGB-UCS2-H) lacks: reportlab silently
# drops them, so the PDF fixture prints what a word processor with that font substitutes.
# pdfminer reads "・" back as "·" (Adobe-GB1 has one glyph for both), hence PDF_READ_BACK.
PDF_STAND_INS = str.maketrans({"•": "●", "·": "・", "₀": "0", "₁": "1", "₂": "2", "₃": "3", "₅": "5"})
PDF_READ_BACK = str.maketrans({"・": "·"})
# Characters of the seeds that GBK lacks, as a GBK-era page writes them.
GBK_STAND_INS = str.maketrans({"•": "·", "₀": "0", "₁": "1", "₂": "2", "₃": "3", "₅": "5"})
# Numbers with units: the figures the pipeline extracts, so a reader that loses or splits one fails.
FIGURE = re.compile(r"\d+(?:\.\d+)?(?:%|亿元|万元|个百分点|万人|个)")


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def paragraphs(text: str) -> list[str]:
    """A seed's non-blank lines: the paragraphs every fixture is built from."""
    return [line.strip() for line in text.split("\n") if line.strip()]


def collapsed(line: str) -> str:
    """A line as a browser shows it: whitespace runs as one space."""
    return re.sub(r"\s+", " ", line).strip()


def same_paragraphs(got: str, want: list[str]) -> bool:
    """Line for line the same text, spaces aside: a space the wrap put at a line's end is gone."""
    return [squash(line) for line in got.split("\n")] == [squash(p) for p in want]


def seed_text(path) -> str:
    return path.read_text(encoding="utf-8")


# ------------------------------------------------------------------------------------------------
# Fixture builders
# ------------------------------------------------------------------------------------------------


def build_html(text: str, charset: str = "utf-8", declare: str = "meta") -> bytes:
    """A government CMS page: menu, breadcrumb, script and style, the report in a TRS_Editor
    container (paragraph indents as &nbsp; or 　, headings in <strong>, the source hard-wrapped
    between Chinese characters), a share bar and a 版权所有 footer."""
    body = []
    for i, line in enumerate(paragraphs(text)):
        inner = _hard_wrap(html.escape(line, quote=False))
        if re.match(r"[一二三四五六七八九十]+、", line):
            inner = f"<strong>{inner}</strong>"
        indent = ("&nbsp;" * 4, "\u3000\u3000", "")[i % 3]
        body.append(f'<p style="text-indent:2em">{indent}{inner}</p>')
    meta = (
        f'<meta charset="{charset}">'
        if declare == "meta"
        else f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">'
    )
    page = f"""<!DOCTYPE html>
<html lang="zh-CN"><head>{meta}
<title>政府工作报告_XX市人民政府门户网站</title>
<style>.nav li {{ float: left }} p {{ line-height: 2 }}</style>
<script type="text/javascript">var hits = "访问量增长99%"; if (a < b && c > d) {{ go(); }}</script>
</head>
<body>
<div class="top-nav"><ul class="menu"><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li>
<li><a href="/hdjl/">互动交流</a></li></ul></div>
<div class="breadcrumb">当前位置：<a href="/">首页</a> &gt; 政务公开 &gt; 政府工作报告</div>
<div class="wrap">
<div class="TRS_Editor">
{chr(10).join(body)}
</div>
<div class="bdsharebuttonbox share">分享到：<a>微信</a><a>微博</a></div>
<noscript>您的浏览器不支持脚本</noscript>
</div>
<div id="footer">版权所有：XX市人民政府办公室 &copy; 2021 主办单位：XX市人民政府 网站标识码 4103810001</div>
<script>document.write("统计代码");</script>
</body></html>"""
    return page.encode(charset)


def _hard_wrap(line: str, width: int = 37) -> str:
    """Break the markup line every `width` characters where both neighbours are Han characters,
    as CMS editors save long paragraphs; browsers show no space there."""
    out, since = [], 0
    for i, ch in enumerate(line):
        out.append(ch)
        since += 1
        nxt = line[i + 1] if i + 1 < len(line) else ""
        if since >= width and _han(ch) and _han(nxt):
            out.append("\n")
            since = 0
    return "".join(out)


def _han(ch: str) -> bool:
    return bool(ch) and "\u4e00" <= ch <= "\u9fff"


TABLE = [
    ["类别", "指标", "2021年目标"],
    ["经济", "地区生产总值增长", "6%左右"],
    ["经济", "一般公共预算收入", "25.2亿元"],
    ["备注：以上为预期性指标", "", ""],
]
# The table as docx_text gives it: one line per row, the vertically merged 经济 once, the merged
# 备注 row as its text alone.
TABLE_LINES = [
    "类别\t指标\t2021年目标",
    "经济\t地区生产总值增长\t6%左右",
    "\t一般公共预算收入\t25.2亿元",
    "备注：以上为预期性指标",
]
TABLE_AFTER = 3  # the table follows the seed's third paragraph


def build_docx(text: str, table: bool = True) -> bytes:
    """One paragraph per seed line and, after the third, a table with merged cells."""
    import docx

    document = docx.Document()
    paras = [document.add_paragraph(line) for line in paragraphs(text)]
    if table:
        t = document.add_table(rows=len(TABLE), cols=len(TABLE[0]))
        for r, row in enumerate(TABLE):
            for c, value in enumerate(row):
                if value and not (r == 2 and c == 0):
                    t.cell(r, c).text = value
        t.cell(1, 0).merge(t.cell(2, 0))  # vertical merge: 经济 spans two rows
        t.cell(3, 0).merge(t.cell(3, 2))  # horizontal merge: the note spans the row
        paras[TABLE_AFTER - 1]._p.addnext(t._tbl)
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def docx_expected(text: str) -> list[str]:
    lines = paragraphs(text)
    return lines[:TABLE_AFTER] + TABLE_LINES + lines[TABLE_AFTER:]


def _register_font() -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    if FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(FONT))


def build_pdf(
    paras: list[str],
    header: str | None = PAGE_HEADER,
    number=lambda n: f"- {n} -",
    indent: bool = True,
    size: float = 11,
    lines_per_page: int | None = None,
) -> bytes:
    """A report as a word processor prints it: paragraphs wrapped at the page width (mid-sentence,
    numbers and Latin words kept whole), first lines indented two characters, a running header and a
    centred page number on every page."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfgen import canvas

    _register_font()
    width, height = A4
    margin = 72
    leading = size * 1.7
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    state = {"page": 1, "y": height - margin, "lines": 0}

    def furniture() -> None:
        c.setFont(FONT, 9)
        if header:
            c.drawCentredString(width / 2, height - 40, header)
        if number:
            c.drawCentredString(width / 2, 36, number(state["page"]))
        c.setFont(FONT, size)

    def emit(x: float, line: str) -> None:
        full = state["y"] < margin or (lines_per_page and state["lines"] >= lines_per_page)
        if full:
            c.showPage()
            state.update(page=state["page"] + 1, y=height - margin, lines=0)
            furniture()
        c.drawString(x, state["y"], line)
        state["y"] -= leading
        state["lines"] += 1

    furniture()
    first_indent = 2 * size if indent else 0
    for para in paras:
        x, avail, line = margin + first_indent, width - 2 * margin - first_indent, ""
        for token in re.findall(r"[A-Za-z0-9.%％]+|.", para):
            if line and pdfmetrics.stringWidth(line + token, FONT, size) > avail:
                emit(x, line)
                x, avail, line = margin, width - 2 * margin, ""
            line += token
        emit(x, line)
    c.showPage()
    c.save()
    return buf.getvalue()


def pdf_expected(text: str) -> list[str]:
    return [p.translate(PDF_READ_BACK) for p in paragraphs(text.translate(PDF_STAND_INS))]


def canvas_pdf(draw, encrypt=None) -> bytes:
    """A PDF of whatever `draw(canvas)` puts on an A4 canvas (saving ends the last page)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    _register_font()
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, encrypt=encrypt)
    draw(c)
    c.save()
    return buf.getvalue()


# ------------------------------------------------------------------------------------------------
# Round trips of the seeds
# ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("seed", SEEDS, ids=SEED_IDS)
def test_html_page_gives_the_seed_paragraphs(seed):
    text = seed_text(seed)
    got = html_text(build_html(text))
    assert got.split("\n") == [collapsed(p) for p in paragraphs(text)]
    for chrome in ("首页", "当前位置", "分享到", "版权所有", "访问量", "统计代码", "XX市人民政府门户网站", "浏览器"):
        assert chrome not in got


@pytest.mark.parametrize("declare", ["meta", "http-equiv"])
@pytest.mark.parametrize("seed", SEEDS[:2], ids=SEED_IDS[:2])
def test_gbk_page_is_read_by_its_declared_charset(seed, declare):
    text = seed_text(seed).translate(GBK_STAND_INS)
    data = build_html(text, charset="gbk", declare=declare)
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    assert html_text(data).split("\n") == [collapsed(p) for p in paragraphs(text)]


@pytest.mark.parametrize("seed", SEEDS, ids=SEED_IDS)
def test_docx_gives_the_seed_paragraphs_and_the_table_in_order(seed):
    text = seed_text(seed)
    assert docx_text(build_docx(text)).split("\n") == docx_expected(text)


@pytest.mark.parametrize("seed", SEEDS, ids=SEED_IDS)
def test_pdf_gives_the_seed_paragraphs(seed):
    """Whole seeds (9.5–19.4 thousand characters, 9–14 pages): extraction takes 0.15–0.3 s each."""
    text = seed_text(seed)
    data = build_pdf(paragraphs(text.translate(PDF_STAND_INS)))
    start = time.perf_counter()
    got = pdf_text(data)
    assert time.perf_counter() - start < 10
    want = pdf_expected(text)
    # the same characters, and the same paragraphs: the wrapped lines are joined again
    assert squash(got) == squash("".join(want))
    assert [squash(line) for line in got.split("\n")] == [squash(p) for p in want]
    assert FIGURE.findall(squash(got)) == FIGURE.findall(squash("".join(want)))
    assert PAGE_HEADER not in got and not re.search(r"- \d+ -", got)


@pytest.mark.parametrize("seed", SEEDS, ids=SEED_IDS)
def test_pdf_without_indents_still_gives_the_seed_text(seed):
    """Flush-left paragraphs: only punctuation and short last lines mark a paragraph's end, so a
    paragraph wrapped right after a 。 is split there, and one without final punctuation whose last
    line happens to be full runs into the next. The characters and figures are all there, in order."""
    text = seed_text(seed)
    got = pdf_text(build_pdf(paragraphs(text.translate(PDF_STAND_INS)), indent=False))
    want = pdf_expected(text)
    assert squash(got) == squash("".join(want))
    assert FIGURE.findall(squash(got)) == FIGURE.findall(squash("".join(want)))
    flat, got_ends, want_ends = squash(got), paragraph_ends(got.split("\n")), paragraph_ends(want)
    for end in got_ends - want_ends:  # split: only right after a sentence's end
        assert flat[end - 1] in "。！？；：”）", flat[end - 20 : end + 20]
    for end in want_ends - got_ends:  # joined: only a paragraph without final punctuation
        assert flat[end - 1] not in "。！？；：", flat[end - 20 : end + 20]
    assert len(got_ends ^ want_ends) < 0.15 * len(want_ends)


def paragraph_ends(lines: list[str]) -> set[int]:
    """Where paragraphs end, as offsets into the text with all whitespace removed."""
    ends, at = set(), 0
    for line in lines:
        at += len(squash(line))
        ends.add(at)
    return ends


# ------------------------------------------------------------------------------------------------
# PDF: page furniture and line joining
# ------------------------------------------------------------------------------------------------

SENTENCE = "全年地区生产总值增长6.7%，规上工业增加值增长13.8%，固定资产投资增长5.2%，一般公共预算收入增长3.5%。"
# 30 long paragraphs of a seed, five or six pages. Real text, not one paragraph repeated: were they all alike,
# every page would open with the same line at the same height, and that line would be, by every
# sign a reader has, a running header.
LONG = [
    p.translate(PDF_STAND_INS)
    for p in paragraphs(SEEDS[3].read_text(encoding="utf-8"))
    if len(p) > 120 and "·" not in p
][:30]


@pytest.mark.parametrize(
    "number",
    [
        lambda n: f"- {n} -",
        lambda n: f"— {n} —",
        lambda n: f"－{n}－",
        lambda n: str(n),
        lambda n: f"第{n}页",
        lambda n: f"第 {n} 页 共 4 页",
        lambda n: f"{n}/4",
        lambda n: f"Page {n} of 4",
    ],
    ids=["dash", "emdash", "fullwidth", "bare", "di-ye", "di-ye-gong", "slash", "page-of"],
)
def test_page_numbers_and_running_header_are_removed(number):
    got = pdf_text(build_pdf(LONG, number=number))
    assert same_paragraphs(got, LONG)


def test_page_number_forms_match_only_page_numbers():
    for form in (
        "5",
        "- 5 -",
        "—5—",
        "第5页",
        "第五页",
        "第 5 页 共 20 页",
        "共20页 第5页",
        "5/20",
        "5 / 20",
        "Page 5",
        "p. 5",
    ):
        assert any(p.fullmatch(form) for p in PAGE_NUMBER_FORMS), form
    for text in ("5%", "2021年", "增长5", "一、总体要求", "5.2亿元", "-5", "（5）"):
        assert not any(p.fullmatch(text) for p in PAGE_NUMBER_FORMS), text


def test_a_running_header_with_the_issue_number_is_removed():
    got = pdf_text(build_pdf(LONG, header="XX市人民政府公报 2021年第7期"))
    assert same_paragraphs(got, LONG)


def test_a_header_on_one_page_only_is_kept():
    paras = ["XX市人民政府文件", *LONG[:3]]
    got = pdf_text(build_pdf(paras, header=None, number=None))
    assert same_paragraphs(got, paras)


def test_a_body_line_that_is_only_a_number_is_kept():
    """Seed 000 ends with a stray "15" line; at the foot of the last page it sits in the footer band,
    but the page number below it shows it is body text."""
    paras = LONG[:2] + ["15"]
    got = pdf_text(build_pdf(paras, lines_per_page=9))  # two pages, "15" the last line of the second
    assert same_paragraphs(got, paras)


def test_wrapped_lines_are_joined_without_spaces_between_chinese_characters():
    para = "实施重点项目126个，完成投资178亿元，竣工33个，其中省、洛阳市重点项目22个，完成投资106.9亿元，超出年度计划60%，新入库PPP项目2个，争取政府债券资金10.11亿元"
    got = pdf_text(build_pdf([para * 2 + "。"], header=None))
    assert got == para * 2 + "。"


def test_a_heading_without_final_punctuation_keeps_its_own_line():
    paras = [
        "一、2020年工作回顾",
        SENTENCE * 2,
        "（一）坚持凝心聚力谋发展，综合实力显著增强",
        SENTENCE * 3,
        "1.经济实力稳步提升",
        SENTENCE,
    ]
    for indent in (True, False):
        assert pdf_text(build_pdf(paras, header=None, indent=indent)).split("\n") == paras


def test_a_paragraph_wrapped_at_a_sentence_end_is_one_paragraph_when_paragraphs_are_indented():
    from reportlab.pdfbase import pdfmetrics

    _register_font()
    # fill the first line exactly up to a 。 so the wrap falls right after it
    usable = 595.2756 - 2 * 72 - 22
    first = ""
    while pdfmetrics.stringWidth(first + "发展。", FONT, 11) <= usable:
        first += "发展。"
    para = first + "下一句接着写，直到段落结束。"
    got = pdf_text(build_pdf([para] * 6, header=None))
    assert got.split("\n") == [para] * 6


def test_justified_letter_spacing_adds_no_spaces():
    """Justified Chinese text spreads every character apart; pdfminer alone reads "6 . 7 %"."""

    def draw(c):
        text = c.beginText(72, 700)
        text.setFont(FONT, 11)
        text.setCharSpace(3)
        text.textLine("地区生产总值增长6.7%，规上工业增加值增长13.8%。")
        c.drawText(text)

    assert pdf_text(canvas_pdf(draw)) == "地区生产总值增长6.7%，规上工业增加值增长13.8%。"


def test_words_set_apart_without_a_space_glyph_get_a_space():
    def draw(c):
        c.setFont("Helvetica", 11)
        x = 72
        for word in ("GDP", "grew", "6.7%"):
            c.drawString(x, 700, word)
            x += c.stringWidth(word, "Helvetica", 11) + 4

    assert pdf_text(canvas_pdf(draw)) == "GDP grew 6.7%"


def test_cells_on_one_baseline_are_one_row():
    def draw(c):
        c.setFont(FONT, 11)
        for i, row in enumerate([("指标", "2025年", "2026年目标"), ("地区生产总值增长", "6.7%", "6%左右")]):
            for x, cell in zip((72, 260, 400), row):
                c.drawString(x, 700 - 20 * i, cell)

    assert pdf_text(canvas_pdf(draw)).split("\n") == ["指标\t2025年\t2026年目标", "地区生产总值增长\t6.7%\t6%左右"]


def test_a_page_in_two_columns_is_read_column_by_column():
    left = [f"左栏第{i}行文字内容较长" for i in range(1, 9)]
    right = [f"右栏第{i}行文字内容较长" for i in range(1, 9)]

    def draw(c):
        c.setFont(FONT, 10)
        for i, (a, b) in enumerate(zip(left, right)):
            c.drawString(60, 700 - 16 * i, a)
            c.drawString(320, 700 - 16 * i, b)

    got = pdf_text(canvas_pdf(draw))
    assert squash(got) == squash("".join(left + right))


def test_a_short_last_line_under_an_indented_first_line_stays_in_its_paragraph():
    """pdfminer makes a box of a one-character line ("。") that does not overlap the indented line
    above it, and its box order put it before that line; the page is read by baseline instead."""
    from reportlab.pdfbase import pdfmetrics

    _register_font()
    usable = 595.2756 - 2 * 72 - 22
    first = "持续推进“县管校聘”，强化基础教育课程改革"
    while pdfmetrics.stringWidth(first + "改革", FONT, 11) <= usable:
        first += "改革"
    paras = ["责任单位：区发改委、市场监管局、国资公司、商投公司", first + "。", "牵头领导：宋西平"]
    assert pdf_text(build_pdf(paras, header=None)).split("\n") == paras


def test_latin_words_broken_by_the_wrap_are_joined_with_a_space():
    from pipeline.formats.common import glue as _glue

    assert _glue("the GDP", "growth rate") == "the GDP growth rate"
    assert _glue("增长", "6.7%") == "增长6.7%"
    assert _glue("PPP", "项目") == "PPP项目"
    assert _glue("完成投资1", "26亿元") == "完成投资126亿元"
    assert _glue("“六稳”", "工作") == "“六稳”工作"


# ------------------------------------------------------------------------------------------------
# PDF: files that cannot be read
# ------------------------------------------------------------------------------------------------


def test_a_pdf_of_drawn_shapes_has_no_text_layer():
    def draw(c):
        for _ in range(2):
            c.rect(50, 50, 400, 600, fill=1)
            c.showPage()

    with pytest.raises(ReaderError, match="no text layer"):
        pdf_text(canvas_pdf(draw))


def test_a_scanned_pdf_has_no_text_layer():
    Image = pytest.importorskip("PIL.Image")
    from reportlab.lib.utils import ImageReader

    scan = Image.new("L", (200, 280), 255)
    for x in range(20, 180):  # a few "lines of print"
        for y in range(30, 250, 20):
            scan.putpixel((x, y), 0)

    def draw(c):
        c.drawImage(ImageReader(scan), 0, 0, 595, 842)
        c.showPage()

    with pytest.raises(ReaderError, match="no text layer"):
        pdf_text(canvas_pdf(draw))


@pytest.mark.parametrize(
    "data, reason",
    [
        (b"", "not a PDF"),
        (b"\x00\x01garbage" * 50, "not a PDF"),
        ("政府工作报告".encode(), "not a PDF"),
        (b"%PDF-1.4\n" + b"\x8f\x00garbage" * 100, "PDF"),
        (b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF", "PDF"),
    ],
    ids=["empty", "garbage", "text", "header-then-garbage", "no-pages"],
)
def test_a_broken_pdf_is_refused_with_a_reason(data, reason):
    with pytest.raises(ReaderError, match=reason):
        pdf_text(data)


def test_a_truncated_pdf_is_refused_or_read():
    data = build_pdf(LONG)
    try:
        text = pdf_text(data[: len(data) // 2])
    except ReaderError as exc:
        assert exc.reason
    else:
        assert SENTENCE in text


def test_an_encrypted_pdf_needing_a_password_is_refused():
    from reportlab.lib.pdfencrypt import StandardEncryption

    data = canvas_pdf(lambda c: c.drawString(72, 700, "GDP grew 6.7%"), encrypt=StandardEncryption("secret", "owner"))
    with pytest.raises(ReaderError, match="encrypted PDF"):
        pdf_text(data)


def _owner_locked_pdf(font: str, text: str) -> bytes:
    """Encrypted with an empty user password: anyone may open it, copying is "forbidden"."""
    from reportlab.lib.pdfencrypt import StandardEncryption

    def draw(c):
        c.setFont(font, 11)
        c.drawString(72, 700, text)

    return canvas_pdf(draw, encrypt=StandardEncryption("", "owner", canCopy=0))


def test_a_pdf_with_only_an_owner_password_is_read():
    assert pdf_text(_owner_locked_pdf("Helvetica", "GDP grew 6.7% in 2025.")) == "GDP grew 6.7% in 2025."


def test_a_pdf_whose_text_comes_out_as_glyph_ids_is_refused():
    """reportlab leaves the CID font's /Registry and /Ordering strings unencrypted in an encrypted
    file; pdfminer decrypts them into garbage, cannot find the Adobe-GB1 map and gives (cid:N) for
    every glyph. The file is encrypted, so the refusal says so (issue #11), not "OCR it first"."""
    with pytest.raises(ReaderError, match="encrypted PDF") as exc:
        pdf_text(_owner_locked_pdf(FONT, SENTENCE))
    assert "OCR" not in exc.value.reason


def test_a_single_page_keeps_its_header():
    """One page gives no repetition to tell a running header from a title: it stays; its page
    number, recognisable by form, goes."""
    assert pdf_text(build_pdf([SENTENCE])).split("\n") == [PAGE_HEADER, SENTENCE]


# ------------------------------------------------------------------------------------------------
# DOCX details and failures
# ------------------------------------------------------------------------------------------------


def test_docx_runs_links_and_tracked_changes():
    """Text split over runs is one line; a hyperlink's and an inserted revision's text are read,
    a deleted revision's is not, a manual line break (Shift+Enter) starts a line."""
    import docx
    from docx.oxml import parse_xml

    document = docx.Document()
    p = document.add_paragraph("地区生产总值")
    p.add_run("增长")
    p.add_run("6%").bold = True
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    p._p.append(parse_xml(f"<w:hyperlink {w}><w:r><w:t>左右</w:t></w:r></w:hyperlink>"))
    p._p.append(parse_xml(f'<w:ins {w} w:id="1" w:author="a"><w:r><w:t>，</w:t></w:r></w:ins>'))
    p._p.append(parse_xml(f'<w:del {w} w:id="2" w:author="a"><w:r><w:delText>删掉的</w:delText></w:r></w:del>'))
    p.add_run("居民收入同步增长。")
    q = document.add_paragraph("第一行")
    q.add_run().add_break()
    q.add_run("第二行")
    document.add_paragraph("")  # empty paragraphs give no line
    buf = io.BytesIO()
    document.save(buf)
    assert docx_text(buf.getvalue()) == "地区生产总值增长6%左右，居民收入同步增长。\n第一行\n第二行"


def test_docx_headers_and_footers_are_not_report_text():
    import docx

    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = PAGE_HEADER
    document.sections[0].footer.paragraphs[0].text = "- 1 -"
    document.add_paragraph(SENTENCE)
    buf = io.BytesIO()
    document.save(buf)
    assert docx_text(buf.getvalue()) == SENTENCE


def _zip(members: dict[str, str]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, content in members.items():
            z.writestr(name, content)
    return buf.getvalue()


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"\x00\x01garbage" * 50,
        b"PK\x03\x04" + b"\x00" * 200,
        _zip({"xl/workbook.xml": "<workbook/>"}),
        _zip({"[Content_Types].xml": "<Types/>", "word/document.xml": "<not-closed"}),
        "政府工作报告".encode(),
    ],
    ids=["empty", "garbage", "zip-header-only", "xlsx", "broken-xml", "text"],
)
def test_a_file_that_is_not_a_docx_is_refused(data):
    with pytest.raises(ReaderError, match=r"not a valid \.docx"):
        docx_text(data)


def test_docx_cells_with_paragraphs_and_a_one_cell_frame():
    """A cell's paragraphs join with a space; a one-cell table framing the report gives lines."""
    import docx

    document = docx.Document()
    data = document.add_table(rows=1, cols=2)
    data.cell(0, 0).text = "责任单位"
    data.cell(0, 1).text = "区发改委"
    data.cell(0, 1).add_paragraph("区财政局")
    frame = document.add_table(rows=1, cols=1)
    frame.cell(0, 0).text = "一、总体要求"
    frame.cell(0, 0).add_paragraph("全年增长6%左右。")
    nested = frame.cell(0, 0).add_table(rows=1, cols=2)
    nested.cell(0, 0).text = "指标"
    nested.cell(0, 1).text = "目标"
    buf = io.BytesIO()
    document.save(buf)
    assert docx_text(buf.getvalue()).split("\n") == [
        "责任单位\t区发改委 区财政局",
        "一、总体要求",
        "全年增长6%左右。",
        "指标\t目标",
    ]


def test_a_docx_without_text_is_refused():
    import docx

    buf = io.BytesIO()
    docx.Document().save(buf)
    with pytest.raises(ReaderError, match="no text"):
        docx_text(buf.getvalue())


# ------------------------------------------------------------------------------------------------
# HTML details
# ------------------------------------------------------------------------------------------------


def page(body: str, head: str = '<meta charset="utf-8">') -> bytes:
    return f"<!DOCTYPE html><html><head>{head}</head><body>{body}</body></html>".encode()


@pytest.mark.parametrize(
    "body, want",
    [
        ("<p>增长&nbsp;6%&amp;以上 &lt;5&gt;</p>", "增长 6%&以上 <5>"),
        ("<p>&#x4e00;&#20108;&ldquo;六稳&rdquo;&mdash;&hellip;</p>", "一二“六稳”—…"),
        ("<p>增长<strong>6%</strong><span>以上</span><a href='#'>，</a><font>完成</font></p>", "增长6%以上，完成"),
        ("<p>地区生产\n总值\r\n增长</p>", "地区生产总值增长"),
        ("<p>GDP\ngrowth   rate</p>", "GDP growth rate"),
        ("<p>　　一、总体要求</p><p>\t 第二段 </p>", "一、总体要求\n第二段"),
        ("<p>一<br>二<br/><br>三</p>", "一\n二\n三"),
        ("<h2>二、主要目标</h2>全年增长6%。<div>下一段</div>", "二、主要目标\n全年增长6%。\n下一段"),
        ("<ul><li>一项<li>二项</ul><p>段一<p>段二", "一项\n二项\n段一\n段二"),
        ("<table><tr><th>指标<th>目标<tr><td>增长</td><td> 6% </td></tr></table>", "指标\t目标\n增长\t6%"),
        ("<table><tr><td><p>第一段。</p><p>第二段。</p></td></tr></table>", "第一段。\n第二段。"),
        ("<table><tr><td>责任单位</td><td>发改委<br>财政局</td></tr></table>", "责任单位\t发改委 财政局"),
        ("<table><tr><td>导航</td><td><p>一。</p><p>二。</p><p>三。</p></td></tr></table>", "导航\n一。\n二。\n三。"),
        ("<table><tbody><tr><td>甲<td>乙<tr><td>丙<td></tbody></table>", "甲\t乙\n丙"),
        ("<table><tr>说明<td>甲<td></td><td>乙</table>", "说明\n甲\t\t乙"),
        ("<article><header><h1>政府工作报告</h1></header><p>正文。</p></article>", "政府工作报告\n正文。"),
        ("<pre>一行\n  二行</pre>", "一行\n二行"),
    ],
    ids=[
        "entities",
        "charrefs",
        "inline",
        "source-breaks-cjk",
        "source-breaks-latin",
        "indents",
        "br",
        "headings",
        "unclosed",
        "table-rows",
        "layout-table",
        "table-cell-br",
        "layout-row",
        "tbody",
        "stray-text-in-row",
        "article-header",
        "pre",
    ],
)
def test_html_structure_becomes_lines(body, want):
    assert html_text(page(body)) == want


@pytest.mark.parametrize(
    "body",
    [
        "<script>var a='脚本';</script>",
        "<style>p{}/*样式*/</style>",
        "<noscript>无脚本</noscript>",
        "<template><p>模板</p></template>",
        "<svg><text>图形</text></svg>",
        "<nav>导航</nav>",
        "<header>页眉</header>",
        "<footer>页脚</footer>",
        "<aside>侧栏</aside>",
        "<form>表单<input></form>",
        "<iframe>框架</iframe>",
        "<div style='display: none'>隐藏</div>",
        "<div hidden>隐藏</div>",
        *(f"<div class='x-{w}-y'>杂项</div>" for w in HTML_CHROME_WORDS),
        *(f"<div id='{w.upper()}'>杂项</div>" for w in HTML_CHROME_WORDS),
    ],
)
def test_html_chrome_and_code_are_dropped(body):
    assert html_text(page(body + "<p>正文。</p>")) == "正文。"


def test_html_title_is_not_text():
    assert html_text(page("<p>正文。</p>", head="<title>标题_网站</title>")) == "正文。"


ARTICLE = (
    "<p>一、总体要求</p><p>全年地区生产总值增长6%左右，一般公共预算收入增长5%，城乡居民收入增长与经济增长同步。</p>"
)
ARTICLE_TEXT = "一、总体要求\n全年地区生产总值增长6%左右，一般公共预算收入增长5%，城乡居民收入增长与经济增长同步。"
# Page text outside the article and outside any chrome: what only a container keeps out.
ASIDE = (
    "<div class='box'><p>网站公告：系统维护</p></div><ul class='list'><li>相关文章：春节安全</li><li>常务会议</li></ul>"
)


@pytest.mark.parametrize("hint", HTML_CONTAINER_HINTS)
def test_html_article_container_is_preferred(hint):
    body = f"{ASIDE[:40]}<div class='{hint.upper() if hint.startswith('trs') else hint}'>{ARTICLE}</div>{ASIDE[40:]}"
    assert html_text(page(body)) == ARTICLE_TEXT


def test_html_article_and_main_tags_are_containers():
    for tag in ("article", "main"):
        assert html_text(page(f"{ASIDE}<{tag}>{ARTICLE}</{tag}>")) == ARTICLE_TEXT


def test_without_a_container_the_whole_page_is_read():
    assert html_text(page(f"{ASIDE}{ARTICLE}")) == "网站公告：系统维护\n相关文章：春节安全\n常务会议\n" + ARTICLE_TEXT


def test_gov_cn_layout_gets_the_h1_title_above_the_container():
    body = (
        "<div class='title'><h1>XX市2021年政府工作报告</h1></div><div class='pages-date'>2021-04-28 来源：市政府办</div>"
        f"<div id='UCAP-CONTENT' class='pages_content'>{ARTICLE}</div>"
    )
    assert html_text(page(body)) == "XX市2021年政府工作报告\n" + ARTICLE_TEXT


def test_a_container_with_its_own_heading_gets_no_h1_added():
    body = f"<h1>网站名称</h1><div class='article'><h2>政府工作报告</h2>{ARTICLE}</div>"
    assert html_text(page(body)).split("\n")[0] == "政府工作报告"


def test_a_small_hinted_box_is_not_taken_for_the_article():
    body = f"<div class='content-box'><p>通知</p></div>{ARTICLE}"
    assert html_text(page(body)) == "通知\n" + ARTICLE_TEXT


def test_chrome_words_on_an_ancestor_of_the_article_do_not_drop_it():
    body = f"<div id='header-wrap'><div class='TRS_Editor'>{ARTICLE}</div></div>"
    assert "一、总体要求" in html_text(page(body))
    wrapped = "<html><body class='has-menu'><p>一、总体要求</p></body></html>".encode()
    assert html_text(wrapped) == "一、总体要求"


def test_a_footer_content_box_is_chrome_not_article():
    body = f"<div class='main'>{ARTICLE}</div><div class='footer-content'>版权所有 XX市人民政府</div>"
    assert "版权所有" not in html_text(page(body))


@pytest.mark.parametrize(
    "data",
    [
        # declared GB2312, bytes use GBK-only characters (GB18030 reads both)
        '<html><head><meta charset="gb2312"></head><body><p>偃师区镕铸</p></body></html>'.encode("gbk"),
        # a BOM beats the declaration
        codecs.BOM_UTF8 + '<html><head><meta charset="gbk"></head><body><p>偃师区镕铸</p></body></html>'.encode(),
        # declared UTF-8, really GBK: the declaration fails, detection reads it
        '<html><head><meta charset="utf-8"></head><body><p>偃师区镕铸</p></body></html>'.encode("gbk"),
        # a server default of ISO-8859-1 on a GBK page is ignored
        '<html><head><meta http-equiv="Content-Type" content="text/html;charset=ISO-8859-1"></head><body><p>偃师区镕铸</p></body></html>'.encode(
            "gbk"
        ),
        # no declaration at all: UTF-8, GB18030 and UTF-16 are detected
        "<html><body><p>偃师区镕铸</p></body></html>".encode("gb18030"),
        "<html><body><p>偃师区镕铸</p></body></html>".encode("utf-16"),
        # declared GB2312, really UTF-8 (a site moved to UTF-8 and kept its template)
        '<html><head><meta charset="gb2312"></head><body><p>偃师区镕铸</p></body></html>'.encode(),
        # an unknown charset name is ignored
        '<html><head><meta charset="x-no-such"></head><body><p>偃师区镕铸</p></body></html>'.encode(),
    ],
    ids=[
        "gb2312-gbk-chars",
        "bom-wins",
        "wrong-utf8",
        "latin1-default",
        "undeclared-gb18030",
        "utf16-bom",
        "gb2312-really-utf8",
        "unknown",
    ],
)
def test_html_charset(data):
    assert html_text(data) == "偃师区镕铸"


@pytest.mark.parametrize("data", [b"", b"<html><body>   </body></html>", b"<script>x()</script>", b"\x00\x01\x02" * 10])
def test_a_page_without_text_is_refused(data):
    with pytest.raises(ReaderError):
        html_text(data)


def test_deeply_nested_markup_does_not_overflow_the_stack():
    data = ("<div><span>" * 3000 + "正文" + "</span></div>" * 3000).encode()
    assert html_text(data) == "正文"


MARKUP = st.sampled_from(
    [
        "<p>",
        "</p>",
        "<div class='nav'>",
        "<div class='content'>",
        "</div>",
        "<br>",
        "<br/>",
        "</br>",
        "<script>",
        "</script>",
        "<style>",
        "<table>",
        "<tr>",
        "<td>",
        "</td>",
        "<li>",
        "<h1>",
        "</h1>",
        "&amp;",
        "&#x4e00;",
        "&#99999999;",
        "&",
        "<!--",
        "-->",
        "<![CDATA[",
        "]]>",
        "<!",
        "<?",
        "<",
        ">",
        "/>",
        "'",
        '"',
        "=",
        "增长6%",
        "\n",
        "\u3000",
        "<meta charset='gbk'>",
        "<meta charset=",
        "<![if",
        '<x y="',
        "<svg>",
        "<template>",
    ]
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(st.one_of(MARKUP, st.text(max_size=8)), max_size=50).map("".join),
    st.sampled_from(["utf-8", "gb18030", "utf-16"]),
)
def test_html_text_on_any_markup_raises_only_reader_error(markup, encoding):
    try:
        data = markup.encode(encoding)
    except UnicodeEncodeError:
        data = markup.encode("utf-8", "surrogatepass")
    try:
        text = html_text(data)
    except ReaderError as exc:
        assert exc.reason
    else:
        assert all(line.strip() for line in text.split("\n"))  # no blank lines


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=300))
def test_html_text_on_any_bytes_raises_only_reader_error(data):
    try:
        html_text(b"<html><body>" + data)
    except ReaderError:
        pass


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=300), st.sampled_from([b"", b"%PDF-1.4\n", b"PK\x03\x04"]))
def test_pdf_and_docx_readers_on_any_bytes_raise_only_reader_error(data, prefix):
    for reader in (pdf_text, docx_text):
        try:
            reader(prefix + data)
        except ReaderError as exc:
            assert exc.reason


# ------------------------------------------------------------------------------------------------
# Sniffing and dispatch
# ------------------------------------------------------------------------------------------------


def test_readers_table():
    assert READERS == {".html": html_text, ".htm": html_text, ".docx": docx_text, ".pdf": pdf_text}
    assert issubclass(ReaderError, ValueError)


@pytest.mark.parametrize(
    "data, kind",
    [
        (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n", "pdf"),
        (b"\r\n  %PDF-1.7\n", "pdf"),
        (_zip({"word/document.xml": "<w:document/>"}), "docx"),
        (_zip({"xl/workbook.xml": "<workbook/>", "xl/worksheets/sheet1.xml": "<x/>"}), "xlsx"),
        (_zip({"ppt/presentation.xml": "<p/>"}), "pptx"),
        (_zip({"readme.txt": "hello"}), "zip"),
        (b"PK\x05\x06" + b"\x00" * 18, "zip"),
        (b"PK\x03\x04\x14\x00\x00\x00word/document.xml truncated", "docx"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504, "ole2"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "png"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "jpeg"),
        (b"GIF89a\x01\x00", "gif"),
        (b"GIF87a\x01\x00", "gif"),
        (gzip.compress("政府工作报告".encode()), "gzip"),
        (b"7z\xbc\xaf\x27\x1c\x00\x04", "7z"),
        (b"Rar!\x1a\x07\x01\x00", "rar"),
        (b"\x7fELF\x02\x01\x01", "elf"),
        (b"{\\rtf1\\ansi\\ansicpg936", "rtf"),
        (b"<!DOCTYPE html><html>", "html"),
        (b"\xef\xbb\xbf\n  <!doctype HTML>", "html"),
        (b"<HTML><BODY>", "html"),
        ("<!DOCTYPE html><html>".encode("utf-16"), "html"),
        (b"<?xml version='1.0'?><!-- saved --><html xmlns='x'><head>", "html"),
        (b"<!-- comment -->\n<div>\xe6\xad\xa3\xe6\x96\x87</div><body>", "html"),
        ("政府工作报告\n\n各位代表：".encode(), None),
        ("政府工作报告\n\n各位代表：".encode("gb18030"), None),
        ("政府工作报告".encode("utf-16"), None),
        ("# 标题\n\n<br>正文<p>段落</p>".encode(), None),
        (b"", None),
    ],
)
def test_sniff(data, kind):
    assert sniff(data) == kind


def test_sniff_knows_real_office_files():
    assert sniff(build_docx("正文。", table=False)) == "docx"
    assert sniff(build_pdf(["正文。"])) == "pdf"
    assert sniff(build_html("正文。")) == "html"


def test_every_magic_number_is_sniffed():
    for magic, kind in MAGIC_NUMBERS:
        assert sniff(magic + b"\x00" * 32) == kind


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=200))
def test_sniff_never_raises(data):
    assert sniff(data) in {
        None,
        "pdf",
        "zip",
        "docx",
        "xlsx",
        "pptx",
        "ole2",
        "png",
        "jpeg",
        "gif",
        "gzip",
        "7z",
        "rar",
        "elf",
        "rtf",
        "html",
    }
