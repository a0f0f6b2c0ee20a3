"""`gwr tasks` filters and the task -> work-report linking, on the bundled 2021 breakdown."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from cli import app
from pipeline.linking import bigrams
from pipeline.query import tasks_view

ROOT = Path(__file__).resolve().parents[1]
BREAKDOWN = "001_d9fcdb95f1be26b2.txt"
REPORT_2021 = "002_e32de95170149006.txt"


@pytest.fixture(scope="module")
def out(seed_out):
    """The session's run over data/raw (read only)."""
    return seed_out


def test_every_breakdown_task_is_linked_to_an_overlapping_passage_of_the_same_years_report(out):
    tasks = pd.read_parquet(out / "tasks.parquet")
    docs = pd.read_parquet(out / "documents.parquet").set_index("doc_id")
    report_id = docs.index[docs.source == REPORT_2021][0]
    raw = (ROOT / "data/raw" / REPORT_2021).read_text(encoding="utf-8")
    assert len(tasks) == 61
    assert (tasks.source_doc_id == report_id).all()
    for t in tasks.itertuples():
        passage = raw[int(t.source_char_start) : int(t.source_char_end)]
        # tasks repeat the report with small edits: most of the task's character pairs are in the passage
        tg = bigrams(t.text)
        assert len(tg & bigrams(passage)) / len(tg) >= 0.5, (t.task_no, t.text[:30], passage[:60])


def test_task_carries_its_deadlines_and_targets(out):
    view = tasks_view(out)
    t9 = view[view.task_no == 9].iloc[0]
    assert "2021-05-20 5 月中旬 主体封顶" in t9.deadlines
    assert "重点项目 199 个" in t9.targets
    assert t9.due == dt.date(2021, 5, 20)


@pytest.mark.parametrize(
    "kwargs, expect_nos, forbid_nos",
    [
        pytest.param({"leader": "朱蕾"}, {1, 2, 4, 9}, {3, 5}, id="leader"),
        pytest.param({"unit": "交通运输局"}, {5}, {1, 3}, id="unit"),
        pytest.param({"due_before": dt.date(2021, 5, 31)}, {9}, {1}, id="due-before"),
        pytest.param({"leader": "朱蕾", "due_before": dt.date(2021, 5, 31)}, {9}, {1, 5}, id="leader-and-date"),
    ],
)
def test_tasks_view_filters(out, kwargs, expect_nos, forbid_nos):
    nos = set(tasks_view(out, **kwargs).task_no)
    assert expect_nos <= nos
    assert not (forbid_nos & nos)


def test_gwr_tasks_formats(out):
    runner = CliRunner()
    res = runner.invoke(app, ["tasks", "--data", str(out), "--leader", "朱蕾", "--format", "json"])
    assert res.exit_code == 0, res.output
    rows = json.loads(res.output)
    assert rows and all("朱蕾" in r["lead_leaders"] for r in rows)
    res = runner.invoke(app, ["tasks", "--data", str(out), "--due-before", "2021-05-31", "--format", "csv"])
    assert res.exit_code == 0
    header = res.output.splitlines()[0].split(",")
    assert header[:6] == ["doc_id", "task_no", "chapter", "lead_leaders", "units", "due"]
    assert {"source_doc_id", "source_char_start", "source_char_end"} <= set(header)
    res = runner.invoke(app, ["tasks", "--data", str(out / "nowhere")])
    assert res.exit_code == 1
    assert "nowhere" in res.output


def test_gwr_tasks_json_keeps_lists_dates_and_the_source_passage(out):
    """JSON keeps lists as lists and dates as YYYY-MM-DD, and carries the chapter and the passage
    of the work report (as the README promises)."""
    res = CliRunner().invoke(app, ["tasks", "--data", str(out), "--format", "json"])
    assert res.exit_code == 0, res.output
    rows = {r["task_no"]: r for r in json.loads(res.output)}
    t9 = rows[9]
    assert isinstance(t9["lead_leaders"], list) and "朱蕾" in t9["lead_leaders"]
    assert isinstance(t9["units"], list) and len(t9["units"]) >= 1
    assert t9["due"] == "2021-05-20"
    assert "2021-05-20 5 月中旬 主体封顶" in t9["deadlines"]
    assert t9["chapter"] and t9["source_doc_id"] and t9["source_char_end"] > t9["source_char_start"]
    texts = pd.read_parquet(out / "texts.parquet").set_index("doc_id").text
    assert texts[t9["source_doc_id"]][t9["source_char_start"] : t9["source_char_end"]]
    csv_out = CliRunner().invoke(app, ["tasks", "--data", str(out), "--leader", "朱蕾", "--format", "csv"]).output
    row = next(r for r in pd.read_csv(__import__("io").StringIO(csv_out)).itertuples() if r.task_no == 9)
    assert row.due == "2021-05-20" and "朱蕾" in row.lead_leaders
