"""Never lose a user's data (issue #11): each case of the bad-input, fault and attack battery that
failed, on a small fixture — output paths gwr may not replace, a cache that cannot run code and is
checked against its file, readers with budgets, worker deaths, finite values, NUL bytes, escaped
names, symlinks, the review page, encrypted PDFs, decode errors, CRLF copies."""

from __future__ import annotations

import io
import json
import os
import pickle
import stat
import tracemalloc
import zipfile
import zlib
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from cli import app
from pipeline import cache
from pipeline.outpath import OutPathError, check_out_folder, printable
from pipeline.run import process, run
from schemas.records import FIGURE_READING, TABLES
from tests.conftest import RAW, REPORT_HEAD, REVIEW_HEADING

SEEDS = sorted(RAW.glob("*.txt"))
SEED = SEEDS[0]


def said(res) -> str:
    return " ".join(res.output.split())  # rich wraps long lines


def extract(*args: str):
    return CliRunner().invoke(app, ["extract", *args, "--quiet", "--workers", "1"])


def tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def tables(out: Path) -> dict[str, bytes]:
    return {name: (out / f"{name}.parquet").read_bytes() for name in TABLES}


@pytest.fixture
def reports(tmp_path) -> Path:
    """A folder of two seed reports and a note of the user's."""
    src = tmp_path / "reports"
    src.mkdir()
    for seed in SEEDS[:2]:
        (src / seed.name).write_bytes(seed.read_bytes())
    (src / "notes.md").write_text("我的笔记：明天开会。\n", encoding="utf-8")
    return src


# ---------------------------------------------------------------------------------------------
# --out: only a missing path, an empty folder or gwr's own output
# ---------------------------------------------------------------------------------------------


def test_out_on_the_input_folder_is_refused_and_the_reports_stay(reports):
    before = tree(reports)
    res = extract(str(reports), "--out", str(reports))
    assert res.exit_code == 2, res.output
    assert "is the input" in said(res)
    assert tree(reports) == before


def test_out_on_the_inputs_parent_or_inside_the_input_is_refused(reports):
    before = tree(reports.parent)
    res = extract(str(reports), "--out", str(reports.parent))
    assert res.exit_code == 2 and "inside --out" in said(res)
    res = extract(str(reports), "--out", str(reports / "out"))
    assert res.exit_code == 2 and "inside the input" in said(res)
    assert tree(reports.parent) == before and not (reports / "out").exists()


def test_out_on_a_folder_of_notes_is_refused_naming_what_is_in_it(tmp_path):
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "todo.txt").write_text("buy milk\n", encoding="utf-8")
    (notes / "photos").mkdir()
    res = extract(str(SEED), "--out", str(notes))
    assert res.exit_code == 2
    assert (
        str(notes) in said(res)
        and "todo.txt" in said(res)
        and "photos/" in said(res)
        and "not a gwr output" in said(res)
    )
    assert (notes / "todo.txt").read_text(encoding="utf-8") == "buy milk\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes"]  # nothing renamed beside it


def test_out_on_a_file_is_refused_and_the_file_is_neither_moved_nor_hidden(tmp_path):
    target = tmp_path / "notes.txt"
    target.write_text("keep me\n", encoding="utf-8")
    res = extract(str(SEED), "--out", str(target))
    assert res.exit_code == 2
    assert "is a file" in said(res) and "notes.txt" in said(res)
    assert target.read_text(encoding="utf-8") == "keep me\n"
    assert [p.name for p in tmp_path.iterdir()] == ["notes.txt"]  # no .notes.txt.old-PID


def test_out_dot_is_refused_without_a_traceback(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "mine.txt").write_text("x\n", encoding="utf-8")
    res = extract(str(SEED), "--out", ".")
    assert res.exit_code == 2 and isinstance(res.exception, SystemExit)
    assert "current folder" in said(res)
    assert (tmp_path / "mine.txt").exists()


def test_a_read_only_output_folder_is_refused_not_replaced(tmp_path):
    out = tmp_path / "out"
    run([SEED], out)
    before = tree(out)
    os.chmod(out, 0o555)
    try:
        res = extract(str(SEED), "--out", str(out), "--force")
        assert res.exit_code == 2 and "read-only" in said(res)
        assert stat.S_IMODE(out.stat().st_mode) == 0o555
        assert tree(out) == before
    finally:
        os.chmod(out, 0o755)


def test_empty_folder_and_previous_output_are_accepted_a_foreign_manifest_or_an_extra_file_is_not(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    assert run([SEED], out).written  # an empty folder
    assert run([SEED], out).written  # gwr's own output, replaced
    (out / "README.txt").write_text("my notes on this run\n", encoding="utf-8")
    with pytest.raises(OutPathError, match="README.txt"):
        run([SEED], out)
    assert (out / "README.txt").exists()
    other = tmp_path / "other"
    other.mkdir()
    (other / "manifest.json").write_text(
        json.dumps({"tool": "something-else", "schema_version": "1"}), encoding="utf-8"
    )
    with pytest.raises(OutPathError, match="not a gwr output"):
        check_out_folder(other)


def test_stale_temporaries_of_others_are_left_only_gwrs_are_cleaned(tmp_path):
    out = tmp_path / "out"
    dead = 999_999_999  # no such process
    mine = tmp_path / f".out.tmp-{dead}-user"  # the user's folder that happens to have the name
    mine.mkdir()
    (mine / "thesis.md").write_text("chapter 1\n", encoding="utf-8")
    theirs_old = tmp_path / f".out.old-{dead}"
    theirs_old.mkdir()
    (theirs_old / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    gwr_tmp = tmp_path / f".out.tmp-{dead}-abc"
    gwr_tmp.mkdir()
    (gwr_tmp / ".gwr-temporary").touch()
    run([SEED], out)
    assert (mine / "thesis.md").exists() and (theirs_old / "photo.jpg").exists()
    assert not gwr_tmp.exists()


def test_a_run_killed_between_its_renames_gets_its_previous_output_back(tmp_path):
    out = tmp_path / "out"
    run([SEED], out)
    before = tables(out)
    out.rename(tmp_path / ".out.old-999999999")  # as if killed after moving it aside
    run([SEED], tmp_path / "elsewhere")  # a run into a sibling does not touch it
    assert (tmp_path / ".out.old-999999999").exists()
    run([SEED], out)
    assert tables(out) == before and not (tmp_path / ".out.old-999999999").exists()


# ---------------------------------------------------------------------------------------------
# -o FILE of the other commands
# ---------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed_data(seed_out) -> Path:
    """The session's run over data/raw (read only)."""
    return seed_out


def test_scorecard_o_does_not_overwrite_a_file_gwr_did_not_write_unless_forced(seed_data, tmp_path):
    card = tmp_path / "card.csv"
    card.write_text("my,own,budget\n1,2,3\n", encoding="utf-8")
    args = ["scorecard", "--region", "偃师区", "--year", "2025", "--data", str(seed_data), "-o", str(card)]
    res = CliRunner().invoke(app, args)
    assert res.exit_code == 2 and "--force" in said(res) and "card.csv" in said(res)
    assert card.read_text(encoding="utf-8") == "my,own,budget\n1,2,3\n"
    assert CliRunner().invoke(app, args + ["--force"]).exit_code == 0
    written = card.read_bytes()
    assert written.startswith(b"indicator") or b"verdict" in written.splitlines()[0]
    assert CliRunner().invoke(app, args).exit_code == 0  # its own output: replaced without --force
    assert (
        CliRunner()
        .invoke(
            app,
            ["diff", "--region", "偃师区", "--from", "2021", "--to", "2026", "--data", str(seed_data), "-o", str(card)],
        )
        .exit_code
        == 2
    )  # another table


@pytest.mark.parametrize("suffix", [".json", ".parquet"])
def test_diff_o_recognises_its_own_json_and_parquet(seed_data, tmp_path, suffix):
    target = tmp_path / f"diff{suffix}"
    args = ["diff", "--region", "偃师区", "--from", "2021", "--to", "2026", "--data", str(seed_data), "-o", str(target)]
    assert CliRunner().invoke(app, args).exit_code == 0
    assert CliRunner().invoke(app, args).exit_code == 0
    target.write_bytes(b"[1, 2, 3]" if suffix == ".json" else b"PAR1 not really")
    assert CliRunner().invoke(app, args).exit_code == 2


def test_report_page_is_0644_its_own_page_is_replaced_a_foreign_file_or_a_link_is_not(seed_data, tmp_path):
    page = tmp_path / "report.html"
    old = os.umask(0o022)
    try:
        res = CliRunner().invoke(app, ["report", "--data", str(seed_data), "-o", str(page)])
    finally:
        os.umask(old)
    assert res.exit_code == 0, res.output
    assert stat.S_IMODE(page.stat().st_mode) == 0o644
    assert CliRunner().invoke(app, ["report", "--data", str(seed_data), "-o", str(page)]).exit_code == 0
    notes = tmp_path / "notes.html"
    notes.write_text("<p>my page</p>", encoding="utf-8")
    res = CliRunner().invoke(app, ["report", "--data", str(seed_data), "-o", str(notes)])
    assert res.exit_code == 2 and notes.read_text(encoding="utf-8") == "<p>my page</p>"
    link = tmp_path / "link.html"
    link.symlink_to(notes)
    res = CliRunner().invoke(app, ["report", "--data", str(seed_data), "-o", str(link), "--force"])
    assert res.exit_code == 2 and "symbolic link" in said(res)
    assert notes.read_text(encoding="utf-8") == "<p>my page</p>"


def test_the_review_page_json_is_valid_even_for_non_finite_values():
    import math

    from pipeline.report import _plain

    row = {"value": math.inf, "value_max": -math.inf, "value_base": math.nan, "list": [1.0, math.inf], "unit": "亿元"}
    text = json.dumps(_plain(row), allow_nan=False)
    assert json.loads(text) == {
        "value": None,
        "value_max": None,
        "value_base": None,
        "list": [1.0, None],
        "unit": "亿元",
    }


def test_the_review_page_records_parse_as_strict_json(seed_data, tmp_path):
    import base64
    import gzip
    import html
    import re

    from pipeline.report import write_report

    page = write_report(seed_data, tmp_path / "r.html").read_text(encoding="utf-8")
    packed = re.search(r'<script type="application/gzip" id="records">([^<]*)</script>', page)
    assert packed  # the records are stored once, gzip-packed (pipeline/report.py)

    def refuse(name):
        raise ValueError(name)

    data = json.loads(
        gzip.decompress(base64.b64decode(html.unescape(packed.group(1)))).decode("utf-8"), parse_constant=refuse
    )
    assert data["records"]


# ---------------------------------------------------------------------------------------------
# The cache: data only, checked against its file
# ---------------------------------------------------------------------------------------------


class _Planted:
    """What an attacker pickles: unpickling it would create the marker file."""

    def __init__(self, marker: Path):
        self.marker = marker

    def __reduce__(self):
        return (Path.touch, (self.marker,))


def test_a_crafted_pickle_in_the_cache_never_runs(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / SEED.name).write_bytes(SEED.read_bytes())
    out = tmp_path / "out"
    run([src], out)
    expected = tables(out)
    marker = tmp_path / "pwned"
    bomb = pickle.dumps({"doc_id": _Planted(marker)}, protocol=5)
    old_format = len(bomb).to_bytes(8, "little") + cache._CODEC.compress(bomb, asbytes=True)
    entries = list((out / cache.CACHE_DIR).iterdir())
    assert entries and all(e.name.endswith(cache.SUFFIX) for e in entries)
    for entry in entries:
        entry.write_bytes(old_format)  # the entry an attacker hands over, in the old pickle format
        (entry.parent / entry.name.replace(cache.SUFFIX, ".pkl.zst")).write_bytes(old_format)
    again = run([src], out)
    assert not marker.exists()
    assert (again.extracted, again.reused, again.cache_bad) == (1, 0, 1)
    assert tables(out) == expected
    for entry in entries:
        entry.write_bytes(cache.MAGIC + bomb)  # gwr's magic, pickle inside
    again = run([src], out)
    assert not marker.exists() and again.cache_bad == 1 and tables(out) == expected


def test_swapped_cache_entries_are_extracted_again_and_counted(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    for seed in SEEDS[:2]:
        (src / seed.name).write_bytes(seed.read_bytes())
    out = tmp_path / "out"
    run([src], out)
    expected = tables(out)
    a, b = sorted((out / cache.CACHE_DIR).iterdir())
    data_a, data_b = a.read_bytes(), b.read_bytes()
    a.write_bytes(data_b)
    b.write_bytes(data_a)
    again = run([src], out)
    assert not again.failures  # before: "same content as … (skipped)"
    assert (again.extracted, again.reused, again.cache_bad) == (2, 0, 2)
    assert tables(out) == expected
    assert json.loads((out / "manifest.json").read_text(encoding="utf-8"))["run"]["cache_bad"] == 2
    third = run([src], out)  # the new cache is right again
    assert (third.reused, third.cache_bad) == (2, 0)


def test_bad_entries_of_every_kind_are_refused(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / SEED.name).write_bytes(SEED.read_bytes())
    out = tmp_path / "out"
    run([src], out)
    (entry,) = (out / cache.CACHE_DIR).iterdir()
    key = entry.name[: -len(cache.SUFFIX)]
    good = entry.read_bytes()
    payload = cache.unpack(good, key)
    assert payload["summary"]["figures"] > 0

    def entry_of(header: dict, streams: bytes = b"") -> bytes:
        head = json.dumps(header).encode()
        body = len(head).to_bytes(4, "little") + head + streams
        return cache.MAGIC + len(body).to_bytes(8, "little") + cache._CODEC.compress(body, asbytes=True)

    bad = {
        "garbage": b"garbage",
        "not a dict": entry_of([1, 2, 3]),  # type: ignore[arg-type]
        "another key": cache.pack({**_payload_bytes(payload), "summary": payload["summary"]}, "0" * 32),
        "huge": cache.MAGIC + (2**40).to_bytes(8, "little") + b"\x28\xb5\x2f\xfd",  # claims 1 TiB: not inflated
        "truncated": good[: len(good) // 2],
        "unknown table": entry_of(
            {
                "format": cache.FORMAT,
                "key": key,
                "doc_id": payload["doc_id"],
                "counts": {},
                "tables": [["passwords", 0]],
            }
        ),
    }
    for name, blob in bad.items():
        with pytest.raises(cache.BadEntry):
            cache.unpack(blob, key, payload["doc_id"])
        entry.write_bytes(blob)
        again = run([src], out)
        assert (again.reused, again.cache_bad, again.extracted) == (0, 1, 1), name
        assert not again.failures, name
        entry = next((out / cache.CACHE_DIR).iterdir())


def _payload_bytes(payload: dict) -> dict:
    from pipeline.write import batch_to_bytes

    return {**payload, "batches": {name: batch_to_bytes(b) for name, b in payload["batches"].items()}}


def test_an_entry_round_trips_to_the_same_rows(seed_doc):
    from pipeline.run import extract_blob

    status, blob = extract_blob(str(SEED), SEED.name, "k" * 32)
    assert status == "ok"
    payload = cache.unpack(blob, "k" * 32)
    again = cache.unpack(cache.pack(_payload_bytes(payload), "k" * 32), "k" * 32)
    assert again["summary"] == payload["summary"] and again["tasks"] == payload["tasks"]
    assert {n: b.to_pylist() for n, b in again["batches"].items()} == {
        n: b.to_pylist() for n, b in payload["batches"].items()
    }
    with pytest.raises(cache.BadEntry, match="another file"):
        cache.unpack(blob, "j" * 32)


# ---------------------------------------------------------------------------------------------
# Readers: budgets checked before or while inflating
# ---------------------------------------------------------------------------------------------

_DOCX_PARTS = {
    "[Content_Types].xml": (
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
    ),
    "_rels/.rels": (
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'
    ),
}
_PARAGRAPH = "<w:p><w:r><w:t>全年地区生产总值增长6%，居民收入同步增长。</w:t></w:r></w:p>".encode()


def zip_bomb(inflated: int) -> bytes:
    """A .docx whose document.xml inflates to `inflated` bytes of paragraphs, streamed into the
    archive (level 1) so that building it never holds more than a megabyte."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
        for name, text in _DOCX_PARTS.items():
            zf.writestr(name, text)
        with zf.open("word/document.xml", "w", force_zip64=True) as w:
            w.write(
                b'<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
            )
            chunk = _PARAGRAPH * (2**20 // len(_PARAGRAPH))
            for _ in range(inflated // len(chunk)):
                w.write(chunk)
            w.write(b"</w:body></w:document>")
    return buf.getvalue()


def _peak_while(fn) -> int:
    tracemalloc.start()
    try:
        fn()
    finally:
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    return peak


def test_a_docx_zip_bomb_is_refused_by_its_declared_sizes_without_inflating(tmp_path):
    from pipeline.formats import ReaderError
    from pipeline.formats.budgets import MAX_MEMBER_BYTES
    from pipeline.formats.docx import docx_text

    bomb = zip_bomb(4 * MAX_MEMBER_BYTES)
    assert len(bomb) < MAX_MEMBER_BYTES / 20  # small on disk

    def read():
        with pytest.raises(ReaderError, match="MAX_MEMBER_BYTES"):
            docx_text(bomb)

    assert _peak_while(read) < 2 * len(bomb) + 8 * 2**20  # never inflated
    path = tmp_path / "bomb.docx"
    path.write_bytes(bomb)
    res = extract(str(path), "--out", str(tmp_path / "out"))
    assert res.exit_code == 1 and "bomb.docx" in said(res) and "MAX_MEMBER_BYTES" in said(res)


def test_a_docx_whose_archive_lies_about_its_sizes_is_not_inflated_past_them():
    from pipeline.formats import ReaderError
    from pipeline.formats.docx import docx_text

    bomb = zip_bomb(40 * 2**20)
    real = zipfile.ZipFile(io.BytesIO(bomb)).getinfo("word/document.xml").file_size
    # declare 1 KB where 40 MiB are, in the central directory and the data descriptor
    for width in (4, 8):
        bomb = bomb.replace(real.to_bytes(width, "little"), (1024).to_bytes(width, "little"))
    assert zipfile.ZipFile(io.BytesIO(bomb)).getinfo("word/document.xml").file_size == 1024

    def read():
        with pytest.raises(ReaderError):
            docx_text(bomb)

    assert _peak_while(read) < 2 * len(bomb) + 8 * 2**20


def test_the_xml_and_text_budgets_are_named(monkeypatch):
    from pipeline.formats import ReaderError, budgets
    from pipeline.formats.docx import docx_text
    from tests.make_formats import make_docx

    data = make_docx("全年地区生产总值增长6%。\n" * 200)
    monkeypatch.setattr(budgets, "MAX_XML_BYTES", 1000)
    with pytest.raises(ReaderError, match="MAX_XML_BYTES"):
        docx_text(data)
    monkeypatch.setattr(budgets, "MAX_XML_BYTES", 2**30)
    monkeypatch.setattr(budgets, "MAX_TEXT_CHARS", 500)
    with pytest.raises(ReaderError, match="MAX_TEXT_CHARS"):
        docx_text(data)


def test_pdf_pages_are_counted_as_they_are_read(monkeypatch):
    from pipeline.formats import ReaderError, budgets
    from pipeline.formats.pdf import pdf_text
    from tests.make_formats import make_pdf

    data = make_pdf("全年地区生产总值增长6%，居民收入同步增长，粮食产量稳定在较高水平。\n" * 150)
    assert pdf_text(data)
    monkeypatch.setattr(budgets, "MAX_PDF_PAGES", 1)
    with pytest.raises(ReaderError, match="MAX_PDF_PAGES"):
        pdf_text(data)


def flate_bomb_pdf(inflated: int) -> bytes:
    """A one-page PDF whose content stream inflates to `inflated` bytes of spaces."""
    comp = zlib.compressobj(1)
    chunk = b" " * 2**20
    stream = b"".join(comp.compress(chunk) for _ in range(inflated // len(chunk))) + comp.flush()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % i + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for off in offsets:
        out.write(b"%010d 00000 n \n" % off)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    return out.getvalue()


def test_a_pdf_stream_bomb_is_stopped_while_inflating():
    from pipeline.formats import ReaderError
    from pipeline.formats.budgets import MAX_MEMBER_BYTES
    from pipeline.formats.pdf import pdf_text

    bomb = flate_bomb_pdf(3 * MAX_MEMBER_BYTES)
    assert len(bomb) < 2**20

    def read():
        with pytest.raises(ReaderError, match="MAX_MEMBER_BYTES"):
            pdf_text(bomb)

    assert _peak_while(read) < MAX_MEMBER_BYTES + 32 * 2**20  # stopped at the limit, not at the end


def _work(x: str) -> tuple[str, int]:
    """A job for the worker-death test: "die" kills the worker process that runs it."""
    if x == "die":
        os._exit(1)
    return x, os.getpid()


def test_a_worker_that_dies_is_that_files_failure_and_the_run_goes_on():
    from pipeline.parallel import Executor

    jobs = ["a", "b", "die", "c", "d", "e", "f"]
    died = []
    with Executor(_work, 2, on_died=lambda x: died.append(x) or ("died", 0)) as ex:
        results = [(key, res) for key, res in ex.ordered((x, (x,)) for x in jobs)]
    assert [k for k, _ in results] == jobs
    assert died == ["die"]  # only the job that kills its worker; the others are retried, not blamed
    assert all(
        res[0] == k and res[1] not in (0, os.getpid()) for k, res in results if k != "die"
    )  # never in this process


def test_run_reports_a_dead_worker_as_a_failure_of_that_file():
    from pipeline.run import _worker_died

    status, reason = _worker_died("/x/a.docx", "a.docx", None)
    assert status == "failed" and "worker" in reason and "died" in reason


# ---------------------------------------------------------------------------------------------
# Values, NUL bytes, names, symlinks, PDFs, decode errors
# ---------------------------------------------------------------------------------------------


def test_a_number_too_long_to_be_a_figure_is_not_one(report_figures):
    import math

    from pipeline.numbers import MAX_FIGURE_DIGITS, parse_number

    assert parse_number("9" * 100_000) is None and parse_number("1" * (MAX_FIGURE_DIGITS + 1)) is None
    assert parse_number("123,456,789,012") == 123456789012.0
    figs = report_figures(review="全年完成地区生产总值" + "9" * 100_000 + "亿元，增长6%。累计投入扶贫资金1.73亿元。")
    assert all(math.isfinite(f["value"]) for f in figs)
    assert {(f["text"], f["value"]) for f in figs} == {("6%", 6.0), ("1.73亿元", 1.73)}


@pytest.mark.parametrize("where", [10, 5000, -10])
def test_a_nul_byte_is_refused_wherever_it_sits(tmp_path, where):
    from pipeline.ingest import IngestError, ingest

    text = SEED.read_text(encoding="utf-8")
    assert len(text) > 10_000
    path = tmp_path / "nul.txt"
    path.write_text(text[:where] + "\x00" + text[where:], encoding="utf-8")
    with pytest.raises(IngestError, match="NUL"):
        ingest(path)


def test_file_names_are_printed_escaped(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a\nerror forged.txt").write_bytes(b"")
    (src / "b\x1b[31mred.txt").write_bytes(b"")
    res = extract(str(src), "--out", str(tmp_path / "out"))
    assert res.exit_code == 1
    lines = res.output.splitlines()
    assert not any(line.startswith("error forged") for line in lines)
    assert "\x1b" not in res.output
    assert "a\\nerror forged.txt" in said(res) and "b\\x1b[31mred." in said(res)
    assert printable("x\u202ey\r") == "x\\u202ey\\r"


def test_a_symlink_leaving_the_input_folder_is_skipped_with_a_note(tmp_path):
    secret = tmp_path / "home" / "secret.txt"
    secret.parent.mkdir()
    secret.write_text(REPORT_HEAD + REVIEW_HEADING + "\n\n我的银行密码是123456。\n", encoding="utf-8")
    src = tmp_path / "in"
    src.mkdir()
    (src / SEED.name).write_bytes(SEED.read_bytes())
    (src / "linked.txt").symlink_to(secret)
    (src / "inside.txt").symlink_to(src / SEED.name)  # a link inside the folder is read (same content)
    out = tmp_path / "out"
    result = run([src], out)
    assert [s.path for s in result.skipped] == [str(src / "linked.txt")]
    texts = pd.read_parquet(out / "texts.parquet")
    assert not texts.text.str.contains("银行密码").any()
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["skipped"][0]["path"].endswith("linked.txt")
    res = extract(str(src), "--out", str(tmp_path / "out2"))
    assert "note" in said(res) and "outside the input folder" in said(res)


def test_an_owner_password_only_pdf_gets_an_honest_message():
    from reportlab.lib import pdfencrypt
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    from pipeline.formats import ReaderError
    from pipeline.formats.pdf import pdf_text

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    buf = io.BytesIO()
    c = canvas.Canvas(buf, invariant=1, encrypt=pdfencrypt.StandardEncryption("", ownerPassword="owner", canCopy=0))
    c.setFont("STSong-Light", 12)
    c.drawString(72, 720, "全年地区生产总值增长6%，居民收入同步增长。")
    c.showPage()
    c.save()
    with pytest.raises(ReaderError) as exc:
        pdf_text(buf.getvalue())
    assert "encrypted" in exc.value.reason and "OCR" not in exc.value.reason


def test_the_decode_error_names_where_utf8_breaks():
    from pipeline.formats.text import decode

    data = "第一行\n第二行文字\n".encode() + "第三".encode() + b"\x81\x7f" * 64
    with pytest.raises(ValueError) as exc:
        decode(data)
    msg = str(exc.value)
    at = len("第一行\n第二行文字\n第三".encode())
    assert f"not UTF-8 from byte {at}" in msg and "line 3, column 3" in msg and "81 7f" in msg


# ---------------------------------------------------------------------------------------------
# CRLF copies give the same figures
# ---------------------------------------------------------------------------------------------

# the fields that say how a figure was read: their one owner
FIGURE_FIELDS = FIGURE_READING


def _figures(path: Path, name: str) -> list[tuple]:
    doc = process(path, name)
    figs = [(f["text"].replace("\r", ""), *(f.get(k) for k in FIGURE_FIELDS)) for f in doc.records["figures"]]
    deadlines = [
        (d["text"].replace("\r", ""), d.get("due"), d.get("action"), d.get("subject"))
        for d in doc.records.get("deadlines", [])
    ]
    return figs + deadlines


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name)
def test_the_crlf_twin_of_every_seed_gives_identical_figures(seed, tmp_path):
    raw = seed.read_bytes()
    assert b"\r" not in raw
    twin = tmp_path / seed.name
    twin.write_bytes(raw.replace(b"\n", b"\r\n"))
    assert _figures(twin, seed.name) == _figures(seed, seed.name)


def test_a_figure_broken_across_a_crlf_paragraph_break_is_kept(report_figures):
    # `1.73 亿\n\n元` is one figure in an LF file (002) and must stay one in its CRLF copy
    review = "——这是三大攻坚战成效显著的五年。累计投入扶贫资金 1.73 亿\r\n\r\n元，实施扶贫项目 270 个。"
    figs = report_figures(review=review)
    assert ("1.73 亿\r\n\r\n元", 1.73, "亿元") in {(f["text"], f["value"], f["unit"]) for f in figs}
