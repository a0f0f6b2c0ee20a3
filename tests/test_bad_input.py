"""Bad input, file by file (issue #5): each bad file fails with a message naming it and the problem,
the run goes on with the others, and nothing already written is lost."""

from __future__ import annotations

import pandas as pd
from typer.testing import CliRunner

from cli import app
from pipeline.run import run
from tests.conftest import ROOT

SEED = sorted((ROOT / "data" / "raw").glob("*.txt"))[0]


def test_when_no_file_can_be_read_the_previous_output_is_kept(tmp_path):
    out = tmp_path / "out"
    run([SEED], out)
    before = (out / "figures.parquet").read_bytes()
    res = CliRunner().invoke(app, ["extract", str(tmp_path / "nope.txt"), "--out", str(out), "--quiet"])
    said = " ".join(res.output.split())  # rich wraps long lines
    assert res.exit_code == 1
    assert "nope.txt: no such file" in said and "left as it was" in said
    assert (out / "figures.parquet").read_bytes() == before
    assert len(pd.read_parquet(out / "documents.parquet")) == 1
    assert not run([tmp_path / "nope.txt"], out).written


def _said(res) -> str:
    return " ".join(res.output.split())


def test_a_text_with_no_report_structure_is_read_as_other_with_its_figures(tmp_path):
    note = tmp_path / "note.txt"
    note.write_text("今天买了3斤苹果，花了25元。\n下午开会讨论了增长6%的问题。\n", encoding="utf-8")
    out = tmp_path / "out"
    result = run([note], out)
    assert not result.failures
    docs = pd.read_parquet(out / "documents.parquet")
    assert list(docs.doc_type) == ["other"]
    figures = pd.read_parquet(out / "figures.parquet")
    assert {(v, u) for v, u in zip(figures.value, figures.unit)} >= {(25.0, "元"), (6.0, "%")}


def test_a_100_mb_file_fails_by_its_size_and_the_others_finish(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "good.txt").write_bytes(SEED.read_bytes())
    with open(src / "huge.txt", "wb") as f:  # sparse: 100 MB on the file system, no time to write
        f.truncate(100 * 1024 * 1024)
    res = CliRunner().invoke(app, ["extract", str(src), "--out", str(tmp_path / "out"), "--quiet", "--workers", "1"])
    assert res.exit_code == 1
    assert "huge.txt: file too large (100 MiB; the limit is 64 MiB" in _said(res)
    assert list(pd.read_parquet(tmp_path / "out" / "documents.parquet").source) == ["good.txt"]


def test_an_output_folder_that_cannot_be_written_is_named(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    res = CliRunner().invoke(app, ["extract", str(SEED), "--out", str(blocker / "out"), "--quiet"])
    assert res.exit_code == 1
    assert f"cannot write {blocker / 'out'}" in _said(res)
    assert blocker.read_text(encoding="utf-8") == "not a folder"


def _xlsx() -> bytes:
    import io
    import zipfile

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("xl/workbook.xml", "<workbook/>")
    return buf.getvalue()


BAD_FILES = {
    "empty.txt": (b"", "empty file (0 bytes)"),
    "blank.md": (b"  \n\n\t\n", "empty file (no text)"),
    "binary.txt": (bytes(range(256)) * 20, "binary file"),
    "sheet.txt": (_xlsx(), "an Excel workbook (.xlsx), not a report"),
    "old.doc": (
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600,
        "an old Office file (.doc/.xls/.ppt); save it as .docx",
    ),
    "fake.pdf": ("政府工作报告".encode(), "not a .pdf file"),
    "fake.docx": ("政府工作报告".encode(), "not a .docx file"),
    "broken.docx": (b"PK\x03\x04" + b"\0" * 300, "a ZIP archive, not a report"),
    "broken.pdf": (b"%PDF-1.4\n%%EOF", "not a readable PDF"),
    "photo.md": (b"\x89PNG\r\n\x1a\n" + b"\0" * 64, "a PNG image, not a report"),
}


def test_every_bad_file_fails_with_its_reason_and_the_good_ones_are_written(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "good.txt").write_bytes(SEED.read_bytes())
    # a saved web page with a .txt name is read as the web page it is
    (src / "page.txt").write_bytes(
        "<!DOCTYPE html><html><body><div class='nav'>首页</div><p>地区生产总值增长6.5%。</p></body></html>".encode()
    )
    for name, (data, _) in BAD_FILES.items():
        (src / name).write_bytes(data)
    res = CliRunner().invoke(app, ["extract", str(src), "--out", str(tmp_path / "out"), "--workers", "1"])
    said = _said(res)
    assert res.exit_code == 1
    assert f"{len(BAD_FILES)} file(s) failed" in said
    for name, (_, reason) in BAD_FILES.items():
        assert f"{name}: {reason}" in said, name
    docs = pd.read_parquet(tmp_path / "out" / "documents.parquet")
    assert sorted(docs.source) == ["good.txt", "page.txt"]
    assert docs.set_index("source").encoding["page.txt"] == "html"
    texts = pd.read_parquet(tmp_path / "out" / "texts.parquet")
    assert "首页" not in texts.text.iloc[list(docs.source).index("page.txt")]
