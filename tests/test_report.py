"""`gwr report` (issue #4): one self-contained page in which every figure and deadline is marked
where its offsets say, checked as text and in a real headless browser."""

from __future__ import annotations

import html
import os
import re
import shutil
import subprocess
from urllib.parse import quote

import pandas as pd
import pytest
from typer.testing import CliRunner

from cli import app
from pipeline.compare import load_tables, scorecard
from pipeline.report import build_report, marked_text, spans, write_report

BROWSER = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture(scope="module")
def data(seed_out):
    """The session's run over data/raw (read only)."""
    return seed_out


@pytest.fixture(scope="module")
def raw_page(data) -> str:
    """The page as written: texts and records packed (gzip, base64)."""
    return build_report(data)


def unpack(b64: str) -> str:
    import base64
    import gzip

    return gzip.decompress(base64.b64decode(b64)).decode("utf-8")


@pytest.fixture(scope="module")
def page(raw_page) -> str:
    """The page with every document's packed text unpacked in place, as the browser shows it."""
    return re.sub(
        r'<script type="application/gzip" class="doc-text">([^<]*)</script>', lambda m: unpack(m.group(1)), raw_page
    )


def blocks(page: str) -> dict[str, str]:
    """doc_id -> the inner HTML of its text block."""
    return dict(re.findall(r'<div class="text" data-doc="([^"]+)">(.*?)</div></details>', page, re.S))


def records(page: str) -> dict[str, dict]:
    """mark id -> its record, from the page's one JSON block."""
    import json

    blob = json.loads(
        unpack(re.search(r'<script type="application/gzip" id="records">(.*?)</script>', page, re.S).group(1))
    )
    return {k: dict(zip(blob["fields"][v[0]], v[1:])) for k, v in blob["records"].items()}


def test_each_text_block_is_the_stored_text_exactly(data, page):
    texts = pd.read_parquet(data / "texts.parquet")
    got = {doc: html.unescape(re.sub(r"<[^>]+>", "", inner)) for doc, inner in blocks(page).items()}
    assert got == dict(zip(texts.doc_id, texts.text))


def test_every_figure_is_marked_with_its_status_and_text(data, page):
    figures = pd.read_parquet(data / "figures.parquet")
    marks = {
        m[0]: (m[1], html.unescape(m[2]))
        for m in re.findall(r'<mark id="([^"]+)" class="fig status-(\w+)"[^>]*>([^<]*)</mark>', page)
    }
    assert len(marks) == len(figures)
    for f in figures.itertuples():
        assert marks[f.figure_id] == (f.status, f.text)
    deadlines = pd.read_parquet(data / "deadlines.parquet")
    marked_deadlines = set(re.findall(r'<mark id="([^"]+)" class="deadline"', page))
    assert marked_deadlines == set(deadlines.deadline_id)  # those holding a figure hold its mark


def test_a_mark_carries_its_record(data, page):
    figures = pd.read_parquet(data / "figures.parquet").set_index("figure_id")
    deadlines = pd.read_parquet(data / "deadlines.parquet").set_index("deadline_id")
    recs = records(page)
    assert set(recs) == set(figures.index) | set(deadlines.index)
    fid = re.search(r'<mark id="([^"]+)" class="fig status-target"', page).group(1)
    record, row = recs[fid], figures.loc[fid]
    assert (record["value"], record["unit"], record["status"], record["char_start"], record["year"]) == (
        row.value,
        row.unit,
        "target",
        row.char_start,
        row.year,
    )
    did = deadlines.index[0]
    assert recs[did]["due"] == deadlines.loc[did, "due"].isoformat()


def test_the_page_is_light_records_once_and_texts_packed_until_opened(raw_page, page, data):
    # no record is repeated in its mark, and no text is in the page's markup before it is opened
    assert "data-record=" not in page and "title=" not in re.sub(r"<title>.*?</title>", "", page)
    assert "<mark " not in raw_page.split("<script>", 1)[0].split("<body>", 1)[1].replace("<mark class=", "")
    assert re.search(r'<details id="doc-[^"]+" class="doc"', raw_page) and "<details open" not in raw_page
    # packed, the texts take less room than the texts themselves
    texts = pd.read_parquet(data / "texts.parquet").text
    packed = re.findall(r'<script type="application/gzip" class="doc-text">([^<]*)</script>', raw_page)
    assert len(packed) == len(texts) and sum(map(len, packed)) < sum(len(t.encode()) for t in texts)


def test_filters_and_search_offer_what_the_page_holds(data, page):
    docs = pd.read_parquet(data / "documents.parquet")
    for name in ("q", "f-region", "f-year", "f-indicator", "f-status", "f-verdict"):
        assert f'id="{name}"' in page
    for region in docs.region.dropna().unique():
        assert f'<option value="{region}">' in page
    assert '<option value="missed">' in page and '<option value="target">' in page
    # every scorecard row carries what the filters read
    rows = re.findall(r"<tr( data-[^>]*)>(?:(?!</tr>).)*class=\"verdict\"", page, re.S)
    assert rows and all("data-region=" in r and "data-year=" in r and "data-verdict=" in r for r in rows)


def test_the_scorecard_shows_verdicts_first_and_folds_the_silent_targets(page):
    card = page.split('<section id="scorecard">', 1)[1].split("</section>", 1)[0]
    main, _, folded = card.partition('<details class="silent">')
    assert ">met</span>" in main and ">missed</span>" in main and "no outcome reported</span>" not in main
    assert folded and "no outcome reported</span>" in folded and ">met</span>" not in folded
    verdicts = re.findall(r'class="verdict"[^>]*>([^<]+)<', main)
    order = ["met", "missed", "not comparable"]
    assert verdicts == sorted(verdicts, key=order.index)


def test_the_page_is_written_readable_by_others(data, tmp_path):
    path = write_report(data, tmp_path / "r.html")
    assert path.stat().st_mode & 0o777 == 0o666 & ~_umask()


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def test_the_page_uses_no_network_and_is_deterministic(data, page, raw_page):
    for p in (page, raw_page):
        assert not re.search(r'(?:src|href)\s*=\s*["\']?(?:https?:)?//', p)
        assert "<link" not in p and "@import" not in p and "url(" not in p
    assert build_report(data) == raw_page


def test_tables_and_scorecard_are_there(page):
    for section in ("scorecard", "panel-chart", "targets", "deadlines", "tasks"):
        assert f'<section id="{section}">' in page
    assert "<svg" in page and page.count('class="verdict"') > 10
    # the 偃师区 2025 verdicts of the scorecard are in the page
    assert ">met</span>" in page and ">missed</span>" in page and ">not comparable</span>" in page


def test_overlapping_spans_are_drawn_once_and_lose_no_text():
    figures = pd.DataFrame(
        [
            {"figure_id": "a", "char_start": 2, "char_end": 6, "status": "target", "text": "2025"},
            {"figure_id": "b", "char_start": 4, "char_end": 8, "status": "actual", "text": "25年底"},
        ]
    )
    deadlines = pd.DataFrame(
        [{"deadline_id": "d", "char_start": 2, "char_end": 9, "text": "2025年底前", "due": "2025-12-31"}]
    )
    text = "到<2025年底前>完成"
    drawn, skipped = spans(figures, deadlines)
    assert [m["id"] for m in drawn] == ["d", "a"] and [m["id"] for m in skipped] == ["b"]
    out = marked_text(text, drawn)
    assert html.unescape(re.sub(r"<[^>]+>", "", out)) == text
    assert re.sub(r"<mark id=\"(\w)\"[^>]*>", r"[\1", out).replace("</mark>", "]") == "到&lt;[d[a2025]年底前]&gt;完成"


def test_cli_writes_the_page_and_names_a_missing_folder(data, tmp_path):
    runner = CliRunner()
    res = runner.invoke(
        app, ["report", "--data", str(data), "--output", str(tmp_path / "r.html"), "--region", "偃师区"]
    )
    assert res.exit_code == 0 and (tmp_path / "r.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    res = runner.invoke(app, ["report", "--data", str(tmp_path / "none"), "--output", str(tmp_path / "x.html")])
    assert res.exit_code == 1 and "no such table" in res.output and not (tmp_path / "x.html").exists()


def _dump_dom(url: str, profile) -> tuple[str, str]:
    cmd = [
        BROWSER,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        f"--user-data-dir={profile}",
        "--enable-logging=stderr",
        "--v=0",
        # let the page's promises (unpacking texts and records) settle before the DOM is dumped
        "--virtual-time-budget=20000",
        "--dump-dom",
        url,
    ]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout, done.stderr


def need_browser() -> None:
    if BROWSER is None:
        if os.environ.get("CI"):
            pytest.fail("chromium is not installed (.ci/run installs it)")
        pytest.skip("chromium not installed")


def body_attrs(dom: str) -> str:
    return re.search(r"<body([^>]*)>", dom).group(1)


def test_the_page_works_in_a_real_browser(data, tmp_path):
    need_browser()
    path = write_report(data, tmp_path / "report.html")
    figures = pd.read_parquet(data / "figures.parquet")
    deadlines = pd.read_parquet(data / "deadlines.parquet")
    # opened as it is: nothing rendered yet, no error
    dom, log = _dump_dom(path.as_uri(), tmp_path / "profile")
    body = body_attrs(dom)
    assert 'data-ready="1"' in body, "the page's script did not run"
    assert "data-js-errors" not in body and "Uncaught" not in log
    assert 'data-highlights="0"' in body
    # selftest: every document rendered from its template, the first mark clicked
    dom, log = _dump_dom(path.as_uri() + "?selftest=1", tmp_path / "profile")
    body = body_attrs(dom)
    assert 'data-ready="1"' in body and "data-js-errors" not in body and "Uncaught" not in log
    assert not [ln for ln in log.splitlines() if "CONSOLE" in ln and "rror" in ln]
    assert f'data-highlights="{len(figures) + len(deadlines)}"' in body
    first = re.search(r'data-panel-filled="([^"]+)"', body)
    assert first, "clicking a mark did not fill the record panel"
    panel = re.search(r'<dl id="panel-body">(.*?)</dl>', dom, re.S).group(1)
    fields = dict(re.findall(r"<dt>(.*?)</dt><dd>(.*?)</dd>", panel))
    row = figures.set_index("figure_id").loc[first.group(1)]
    assert fields["figure_id"] == first.group(1) and fields["status"] == row.status
    assert fields["text"] == html.escape(row.text, quote=False) and int(fields["char_start"]) == row.char_start


def test_filters_from_the_address_hide_what_does_not_match(data, tmp_path):
    need_browser()
    path = write_report(data, tmp_path / "report.html")
    card = scorecard(load_tables(data), region=None)
    dom, _ = _dump_dom(path.as_uri() + "?verdict=missed&year=2025", tmp_path / "profile")
    assert "data-js-errors" not in body_attrs(dom)
    section = dom.split('<section id="scorecard">', 1)[1].split("</section>", 1)[0]
    visible = [r for r in re.findall(r"<tr([^>]*)>", section) if "data-verdict" in r and "hidden" not in r]
    missed = card[(card.verdict == "missed") & (card.year == 2025)]
    assert len(visible) == len(missed) > 0
    assert all('data-verdict="missed"' in r and 'data-year="2025"' in r for r in visible)
    # the targets table follows the same verdict: the missed targets of 2025 only
    section = dom.split('<section id="targets">', 1)[1].split("</section>", 1)[0]
    visible = [r for r in re.findall(r"<tr([^>]*)>", section) if "data-region" in r and "hidden" not in r]
    assert len(visible) == len(missed) and all('data-verdict="missed"' in r for r in visible)
    # a search narrows the targets table to the rows holding the words, and the documents to texts holding them
    dom, _ = _dump_dom(path.as_uri() + "?q=" + quote("森林覆盖率"), tmp_path / "profile")
    targets = dom.split('<section id="targets">', 1)[1].split("</section>", 1)[0]
    shown = [
        row
        for attrs, row in re.findall(r"<tr([^>]*)>(.*?)</tr>", targets, re.S)
        if "data-region" in attrs and "hidden" not in attrs
    ]
    assert shown and all("森林覆盖率" in row for row in shown)
    texts = pd.read_parquet(data / "texts.parquet")
    holding = set(texts[texts.text.str.contains("森林覆盖率")].doc_id)
    docs = re.findall(r'<details id="doc-([^"]+)" class="doc"[^>]*?( hidden[^>]*)?>', dom)
    assert {d for d, hidden in docs if not hidden} == holding


def test_the_browser_check_sees_a_script_error(tmp_path):
    """The check above can fail: a page whose script throws is caught."""
    if BROWSER is None:
        pytest.skip("chromium not installed")
    from pipeline.report import _JS

    bad = tmp_path / "bad.html"
    bad.write_text(
        f"<!DOCTYPE html><html><body><script>{_JS}</script><script>undefinedFunction();</script></body></html>",
        encoding="utf-8",
    )
    dom, log = _dump_dom(bad.as_uri(), tmp_path / "profile")
    assert "data-js-errors" in re.search(r"<body([^>]*)>", dom).group(1)
