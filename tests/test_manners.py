"""Issue 15, "notebook and command-line manners": typed tables, documented columns, targets that
need no joins, metadata independent of the folder named, corrections that survive re-runs."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from cli import app
from pipeline.run import run
from schemas.records import CODES, TABLES
from tests.conftest import RAW, SHARED

CORPUS = SHARED / "corpus"
PROVINCES = CORPUS / "政府工作报告-省自治区"
CITIES = CORPUS / "政府工作报告-主要城市"


def need_corpus() -> None:
    if not PROVINCES.is_dir():
        pytest.skip(f"corpus not present ({CORPUS})")


# ---- types ---------------------------------------------------------------------------------------


def test_years_are_nullable_ints_dates_are_dates_and_closed_columns_are_categories(seed_out):
    docs = pd.read_parquet(seed_out / "documents.parquet")
    figures = pd.read_parquet(seed_out / "figures.parquet")
    targets = pd.read_parquet(seed_out / "targets.parquet")
    sections = pd.read_parquet(seed_out / "sections.parquet")
    deadlines = pd.read_parquet(seed_out / "deadlines.parquet")
    # a missing year no longer turns the column into float64 (figures.year has nulls in the seeds)
    assert figures.year.isna().any()
    for frame, cols in (
        (docs, ["review_year", "plan_year"]),
        (figures, ["year", "period_start"]),
        (targets, ["year", "period_start", "plan_year"]),
        (sections, ["period_first", "period_last"]),
    ):
        for col in cols:
            assert str(frame[col].dtype) == "Int16", (col, frame[col].dtype)
    assert str(pd.read_parquet(seed_out / "tasks.parquet").task_no.dtype) == "int16"
    assert str(docs.delivered_on.dtype) == "date32[day][pyarrow]"
    assert str(deadlines.due.dtype) == "date32[day][pyarrow]"
    assert deadlines.due.dt.year.min() >= 2020
    # closed columns are categories holding every code, whatever the data holds
    assert list(figures.status.cat.categories) == list(CODES["status"])
    assert list(figures.comparator.cat.categories) == [">=", "<=", "~", "="]
    assert list(docs.doc_type.cat.categories) == list(CODES["doc_type"])
    assert list(deadlines.precision.cat.categories) == list(CODES["precision"])
    # and the values are intact
    assert set(figures.status) == {"actual", "estimated", "target"} or set(figures.status) <= set(CODES["status"])
    assert (figures.status == "target").sum() == len(targets)


def test_the_parquet_schema_is_the_models(seed_out):
    from schemas.arrow import arrow_schema

    for name, model in TABLES.items():
        written = pq.read_schema(seed_out / f"{name}.parquet")
        assert written.names == list(model.model_fields), name
        assert written.remove_metadata().equals(arrow_schema(model).remove_metadata()), name


def test_the_shared_scorer_still_reads_the_typed_output(seed_out):
    from tests.conftest import load_scorer

    scorer = load_scorer()
    docs = scorer.read_table(seed_out, "documents")
    golds = scorer.read_gold(scorer.pathlib.Path(SHARED / "gold"), "documents.jsonl")
    if not golds:
        pytest.skip("no gold documents")
    names = {r["doc_id"]: Path(r["source"]).name for r in docs.to_dict("records")}
    result = scorer.score_documents(docs, golds, names)
    assert result["all"] == 1.0, result["wrong"]


# ---- targets -------------------------------------------------------------------------------------


def test_targets_carry_sentence_unit_plan_year_and_the_deadline_of_their_clause(seed_out):
    targets = pd.read_parquet(seed_out / "targets.parquet")
    figures = pd.read_parquet(seed_out / "figures.parquet").set_index("figure_id")
    deadlines = pd.read_parquet(seed_out / "deadlines.parquet").set_index("deadline_id")
    docs = pd.read_parquet(seed_out / "documents.parquet").set_index("doc_id")
    assert (targets.sentence == figures.loc[targets.figure_id, "sentence"].values).all()
    assert (targets.unit.fillna("") == figures.loc[targets.figure_id, "unit"].fillna("").values).all()
    assert (targets.plan_year.astype("Int64") == docs.loc[targets.doc_id, "plan_year"].astype("Int64").values).all()
    linked = targets[targets.deadline_id.notna()]
    assert len(linked) >= 20  # was 0 of 415: figure_rows dropped the link before targets were made
    for t in linked.itertuples():
        d = deadlines.loc[t.deadline_id]
        assert d.doc_id == t.doc_id and d.sentence == t.sentence
    # 2021 偃师区: "确保6月底前常住人口接种率达到40%以上" -> the target's deadline is 6月底前
    row = linked[linked.sentence.str.contains("6月底前常住人口接种率")].iloc[0]
    assert deadlines.loc[row.deadline_id, "text"] == "6月底前"
    assert str(deadlines.loc[row.deadline_id, "due"]) == "2021-06-30"


def test_a_target_does_not_take_a_deadline_across_a_semicolon():
    from pipeline.extract import extract
    from pipeline.ingest import document_from_bytes
    from pipeline.segment import segment
    from pipeline.validate import validate

    text = (
        "2021年政府工作报告\n\n各位代表：\n\n一、2020年工作回顾\n\n过去一年，全区生产总值增长3%。\n\n"
        "二、2021年工作安排\n\n全年粮食产量稳定在100万吨以上；6月底前建成污水处理厂。"
        "确保10月底前城区绿化覆盖率达到40%以上。\n"
    )
    doc = validate(extract(segment(document_from_bytes(text.encode(), "2021.txt"))))
    by_sentence = {t["sentence"]: t["deadline_id"] for t in doc.records["targets"]}
    deadline_text = {d["deadline_id"]: d["text"] for d in doc.records["deadlines"]}
    grain = next(v for k, v in by_sentence.items() if "粮食产量" in k)
    green = next(v for k, v in by_sentence.items() if "绿化覆盖率" in k)
    assert grain is None
    assert deadline_text[green] == "10月底前"


# ---- metadata does not depend on the folder named ------------------------------------------------


def test_the_same_file_gives_the_same_documents_row_whatever_folder_is_named(tmp_path):
    need_corpus()
    # the same files through two roots: their province folder, and the files named one by one
    run([PROVINCES / "河南省"], tmp_path / "a", cache=False)
    run([PROVINCES / "河南省" / "2022.md", PROVINCES / "河南省" / "2023.md"], tmp_path / "c", cache=False)
    docs_a = pd.read_parquet(tmp_path / "a" / "documents.parquet")
    docs_c = pd.read_parquet(tmp_path / "c" / "documents.parquet")
    cols = [c for c in docs_a.columns if c != "source"]
    merged = docs_c[cols].merge(docs_a[cols], on="doc_id", suffixes=("_c", "_a"))
    assert len(merged) == 2
    for col in cols[1:]:
        assert merged[f"{col}_c"].astype(str).tolist() == merged[f"{col}_a"].astype(str).tolist(), col
    # before: region empty for 河南 2022–2026 and plan year for 2021 and 2023 when the root was 省自治区
    assert set(docs_a[docs_a.source.str[:4].astype(int) >= 2021].region) == {"河南省"}
    assert docs_a.plan_year.notna().all()


@pytest.mark.parametrize(
    "path, region, plan_year",
    [
        pytest.param(
            "政府工作报告-省自治区/河南省/2022.md", "河南省", 2022, id="henan-2022"
        ),  # 我代表省人民政府, no name in the byline
        pytest.param(
            "政府工作报告-省自治区/河南省/2023.md", "河南省", 2023, id="henan-2023"
        ),  # 过去五年工作回顾: the year from the page's address
        pytest.param("政府工作报告-省自治区/福建省/2024.md", "福建省", 2024, id="fujian-2024"),
    ],
)
def test_a_report_outside_the_corpus_tree_gets_region_and_year_from_its_own_text(tmp_path, path, region, plan_year):
    need_corpus()
    dst = tmp_path / "anywhere" / "report.md"
    dst.parent.mkdir()
    shutil.copy(CORPUS / path, dst)
    run([dst.parent], tmp_path / "out", cache=False)
    doc = pd.read_parquet(tmp_path / "out" / "documents.parquet").iloc[0]
    assert (doc.region, doc.plan_year) == (region, plan_year)


def test_the_summary_counts_documents_without_region_or_plan_year(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "note.txt").write_text("今年全区粮食产量增长3%，新建学校5所。\n", encoding="utf-8")
    res = CliRunner().invoke(app, ["extract", str(src), "--out", str(tmp_path / "out")])
    assert res.exit_code == 0, res.output
    assert "1 document(s) without region, 1 without plan year" in res.output
    manifest = json.loads((tmp_path / "out" / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["documents_without"] == {"region": 1, "plan_year": 1}


# ---- gwr schema ----------------------------------------------------------------------------------


def test_gwr_schema_lists_every_column_with_its_type_meaning_and_codes():
    res = CliRunner().invoke(app, ["schema", "--format", "markdown"])
    assert res.exit_code == 0, res.output
    for name, model in TABLES.items():
        assert f"**`{name}`**" in res.output
        for col, info in model.model_fields.items():
            assert info.description, f"{name}.{col} has no description"
            assert f"| `{col}` |" in res.output
    for code in ("`~`", "`>=`", "`<=`", "`=`", "`growth`", "`-1`", "`estimated`", "`month_part`"):
        assert code in res.output
    res = CliRunner().invoke(app, ["schema", "figures"])
    assert res.exit_code == 0 and "comparator" in res.output and "左右" in res.output
    assert CliRunner().invoke(app, ["schema", "nosuch"]).exit_code == 2
    assert CliRunner().invoke(app, ["schema", "--format", "yaml"]).exit_code == 2
    res = CliRunner().invoke(app, ["schema", "targets", "--format", "json"])
    described = json.loads(res.output)
    columns = {c["name"]: c for c in described["tables"]["targets"]["columns"]}
    assert columns["plan_year"]["type"] == "int16" and columns["plan_year"]["nullable"]
    assert columns["comparator"]["codes"] == [">=", "<=", "~", "="] and "~" in described["codes"]["comparator"]


def test_every_code_of_every_closed_column_is_explained():
    """A code added to a model's Literal (a new doc_type, say) must be explained in CODES, and CODES
    must not explain a code no column has."""
    from schemas.arrow import closed_values

    closed: dict[str, set] = {}
    for model in TABLES.values():
        for col, info in model.model_fields.items():
            values = closed_values(info.annotation)
            if values:
                closed.setdefault(col, set()).update(values)
    for col, values in closed.items():
        assert set(CODES.get(col, {})) == values, col
    assert set(CODES) - set(closed) == {"sign"}  # sign is an int8 of 1 or -1, explained all the same


def test_the_readme_shows_the_codes_as_gwr_schema_does():
    from schemas.describe import markdown

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    codes = markdown().split("**Codes**", 1)[1].strip()
    assert codes in readme


# ---- corrections ---------------------------------------------------------------------------------


def test_a_correction_survives_re_runs_and_a_missing_figure_is_reported(tmp_path):
    out = tmp_path / "out"
    run([RAW], out)
    figures = pd.read_parquet(out / "figures.parquet")
    target = figures[(figures.status == "target") & (figures.indicator == "地区生产总值")].iloc[0]
    actual = figures[figures.status == "actual"].iloc[0]
    runner = CliRunner()
    res = runner.invoke(app, ["correct", target.figure_id, "indicator", "全区生产总值", "--data", str(out)])
    assert res.exit_code == 0, res.output
    assert runner.invoke(app, ["correct", actual.figure_id, "status", "target", "--data", str(out)]).exit_code == 0
    # usage errors exit 2, an unknown figure 1; nothing is written for them
    assert runner.invoke(app, ["correct", actual.figure_id, "year", "next", "--data", str(out)]).exit_code == 2
    assert runner.invoke(app, ["correct", actual.figure_id, "text", "x", "--data", str(out)]).exit_code == 2
    assert runner.invoke(app, ["correct", actual.figure_id, "comparator", "about", "--data", str(out)]).exit_code == 2
    assert runner.invoke(app, ["correct", "0000000000000000:f00001", "year", "2020", "--data", str(out)]).exit_code == 1
    with (out / "corrections.csv").open("a", encoding="utf-8") as fh:  # a figure that no run has
        fh.write("0000000000000000:f00001,year,2020\n")
    for _ in range(2):  # the first run reuses the cache, the second starts afresh: both apply it
        res = runner.invoke(app, ["extract", str(RAW), "--out", str(out)] + (["--force"] if _ else []))
        assert res.exit_code == 0, res.output
        assert "2 of 3 correction(s) applied" in res.output
        assert "0000000000000000:f00001" in res.output
        figures = pd.read_parquet(out / "figures.parquet").set_index("figure_id")
        targets = pd.read_parquet(out / "targets.parquet").set_index("figure_id")
        assert figures.at[target.figure_id, "indicator"] == "全区生产总值"
        assert targets.at[target.figure_id, "indicator"] == "全区生产总值"
        assert figures.at[actual.figure_id, "status"] == "target"
        assert actual.figure_id in targets.index  # corrected into a target: it has a targets row
        corrections = pd.read_parquet(out / "corrections.parquet")
        assert corrections[["field", "old_value", "new_value", "correction_status"]].fillna("—").values.tolist() == [
            ["indicator", "地区生产总值", "全区生产总值", "applied"],
            ["status", "actual", "target", "applied"],
            ["year", "—", "2020", "figure not found"],
        ]
        manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
        assert manifest["corrections"]["applied"] == 2
        assert manifest["corrections"]["not_applied"][0]["figure_id"] == "0000000000000000:f00001"
        assert (out / "corrections.csv").stat().st_mode & 0o777 == 0o644
    # a quiet run still names the correction it could not apply
    res = runner.invoke(app, ["extract", str(RAW), "--out", str(out), "-q"])
    assert res.exit_code == 0 and "0000000000000000:f00001" in res.output and "extracted" not in res.output
    # --remove brings the extracted value back on the next run
    assert runner.invoke(app, ["correct", target.figure_id, "indicator", "--remove", "--data", str(out)]).exit_code == 0
    runner.invoke(app, ["extract", str(RAW), "--out", str(out), "-q"])
    assert (
        pd.read_parquet(out / "figures.parquet").set_index("figure_id").at[target.figure_id, "indicator"]
        == "地区生产总值"
    )
