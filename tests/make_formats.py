"""Builders of the format fixtures (Word, PDF, web page) from a seed's text, for the tests.

Why builders and not files: the fixtures are made by the libraries users' files come from (python-docx,
reportlab), so a test shows that what those tools write is what gwr reads."""

from __future__ import annotations

import html
import io

PAGE_HEADER = "洛阳市偃师区人民政府公报"
# Characters the PDF font (Adobe's STSong-Light) has no glyph for, printed as a word processor
# with that font would substitute them; normalisation reads both forms the same.
PDF_STAND_INS = str.maketrans({"•": "●", "·": "・", "₀": "0", "₁": "1", "₂": "2", "₃": "3", "₅": "5"})


def paragraphs(text: str) -> list[str]:
    return [line for line in text.split("\n") if line.strip()]


def make_docx(text: str, table: list[list[str]] | None = None) -> bytes:
    import docx

    document = docx.Document()
    for line in paragraphs(text):
        document.add_paragraph(line)
    if table:
        t = document.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, cell in enumerate(row):
                t.cell(r, c).text = cell
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def make_html(text: str, charset: str = "utf-8") -> bytes:
    body = "\n".join(f"<p>{html.escape(line)}</p>" for line in paragraphs(text))
    page = f"""<!DOCTYPE html>
<html><head><meta charset="{charset}"><title>政府工作报告</title>
<style>.nav {{ color: red }}</style><script>var stats = "增长99%";</script></head>
<body>
<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/zwgk">政务公开</a></li></ul></div>
<div class="breadcrumb">当前位置：首页 &gt; 政务公开 &gt; 政府工作报告</div>
<div class="main"><div class="TRS_Editor">
{body}
</div><div class="share">分享到：微信 微博</div></div>
<div class="footer">版权所有：洛阳市偃师区人民政府 &copy; 2026 豫ICP备12345678号</div>
</body></html>"""
    return page.encode(charset)


def make_pdf(text: str, font_size: float = 11) -> bytes:
    """A PDF whose lines break where the page width ends (mid-sentence), with a running header and a
    page number on every page, as word processors print reports."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    width, height = A4
    margin = 64
    usable = width - 2 * margin
    leading = font_size * 1.6
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    page = 1
    y = height - margin

    def furniture() -> None:
        c.setFont("STSong-Light", 9)
        c.drawCentredString(width / 2, height - 36, PAGE_HEADER)
        c.drawCentredString(width / 2, 30, f"- {page} -")
        c.setFont("STSong-Light", font_size)

    furniture()
    for para in paragraphs(text.translate(PDF_STAND_INS)):
        line = ""
        for ch in para:
            if pdfmetrics.stringWidth(line + ch, "STSong-Light", font_size) > usable:
                c.drawString(margin, y, line)
                y -= leading
                line = ""
                if y < margin:
                    c.showPage()
                    page += 1
                    y = height - margin
                    furniture()
            line += ch
        c.drawString(margin, y, line)
        y -= leading
        if y < margin:
            c.showPage()
            page += 1
            y = height - margin
            furniture()
    c.showPage()
    c.save()
    return buf.getvalue()
