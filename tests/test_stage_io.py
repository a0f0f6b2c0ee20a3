"""Ingest, normalisation offsets, and the whole run over data/raw: grounding, contract, determinism, gold."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from cli import app
from pipeline.formats.text import decode
from pipeline.ingest import IngestError, ingest
from pipeline.normalize import normalize
from pipeline.run import run
from schemas.records import TABLES

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
RAW = ROOT / "data" / "raw"
SEED = RAW / "003_3f56108c17e7ce27.txt"


# ---- normalisation keeps a map to raw offsets ------------------------------------------------------


@pytest.mark.parametrize(
    "raw, normal, piece, raw_piece",
    [
        pytest.param("实施重点项目 108 个。", "实施重点项目108个。", "108个", "108 个", id="space-before-unit"),
        pytest.param(
            "1. 牢固树立“一盘棋”思想，以区划调整为新起点、新征\n\n程，迅速进入角色。",
            "1.牢固树立“一盘棋”思想，以区划调整为新起点、新征程，迅速进入角色。",
            "新征程",
            "新征\n\n程",
            id="broken-line",
        ),
        pytest.param("增长１２．５％。", "增长12.5%。", "12.5%", "１２．５％", id="full-width"),
        pytest.param("PM_{2.5}下降 18.6%", "PM2.5下降18.6%", "PM2.5", "PM_{2.5", id="latex-subscript"),
        pytest.param("PM₁₀下降 11.5%", "PM10下降11.5%", "PM10", "PM₁₀", id="unicode-subscript"),
        pytest.param(
            "## **三、聚力产业转型**\n\n正文。",
            "三、聚力产业转型\n正文。",
            "三、聚力产业转型",
            "三、聚力产业转型",
            id="markdown",
        ),
        pytest.param(
            "责任单位：区发改委、自然资源局、城管局、住建局、\n\n- 3 -\n\n卫健委和教体局。",
            "责任单位：区发改委、自然资源局、城管局、住建局、卫健委和教体局。",
            "住建局、卫健委",
            "住建局、\n\n- 3 -\n\n卫健委",
            id="page-number",
        ),
        pytest.param("---\nsource: x\ntitle: 报告\n---\n\n正文。", "\n正文。", "正文", "正文", id="front-matter"),
    ],
)
def test_normalise_and_map_back(raw, normal, piece, raw_piece):
    m = normalize(raw)
    assert m.text == normal
    i = m.text.index(piece)
    s, e = m.raw_span(i, i + len(piece))
    assert raw[s:e] == raw_piece


def test_heading_line_is_not_joined_to_its_paragraph():
    m = normalize("一、2020年国民经济和社会发展计划执行情况\n\n2020年是“十三五”收官之年。")
    assert m.text.split("\n")[0] == "一、2020年国民经济和社会发展计划执行情况"


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet=st.sampled_from(list("新征程一、。１２．５％ \n#*-—PM_{}₂.5亿元个“”\t0123456789")), max_size=80)
)
def test_offset_map_is_monotone_and_in_range(raw):
    m = normalize(raw)
    assert len(m.offsets) == len(m.text) + 1
    assert all(0 <= o <= len(raw) for o in m.offsets)
    assert all(a <= b for a, b in zip(m.offsets, m.offsets[1:]))


# ---- decoding and bad input --------------------------------------------------------------------------

EXCERPT = "全年完成地区生产总值440.2亿元，一般公共预算收入25.2亿元。\n"


@pytest.mark.parametrize(
    "data, encoding",
    [
        pytest.param(EXCERPT.encode("utf-8"), "utf-8", id="utf-8"),
        pytest.param(b"\xef\xbb\xbf" + EXCERPT.encode("utf-8"), "utf-8-sig", id="utf-8-bom"),
        pytest.param(EXCERPT.encode("gbk"), "gb18030", id="gbk"),
        pytest.param(EXCERPT.encode("utf-16"), "utf-16", id="utf-16-bom"),
        pytest.param(EXCERPT.encode("utf-16-le"), "utf-16-le", id="utf-16-le-no-bom"),
    ],
)
def test_decode(data, encoding):
    assert decode(data) == (EXCERPT, encoding)


@pytest.mark.parametrize(
    "content, reason",
    [
        pytest.param(b"", "empty", id="empty"),
        pytest.param(b"   \n\n ", "empty", id="blank"),
        pytest.param(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "a PNG image", id="png"),
    ],
)
def test_bad_files_raise_with_the_file_name(tmp_path, content, reason):
    p = tmp_path / "bad.txt"
    p.write_bytes(content)
    with pytest.raises(IngestError) as exc:
        ingest(p)
    assert "bad.txt" in str(exc.value) and reason in str(exc.value)


def test_missing_file(tmp_path):
    with pytest.raises(IngestError, match="no such file"):
        ingest(tmp_path / "nowhere.txt")


# ---- the whole run over the bundled reports ----------------------------------------------------------


@pytest.fixture(scope="module")
def out(tmp_path_factory):
    out = tmp_path_factory.mktemp("raw_out") / "out"
    result = run([RAW], out)
    assert not result.failures
    return out


def test_tables_follow_the_contract(out):
    for name, model in TABLES.items():
        df = pd.read_parquet(out / f"{name}.parquet")
        assert list(df.columns) == list(model.model_fields), name
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["row_counts"]["documents"] == 5
    assert {i["source"] for i in manifest["inputs"]} == {p.name for p in RAW.glob("*.txt")}


def test_every_figure_and_deadline_grounds_in_the_raw_text(out):
    docs = pd.read_parquet(out / "documents.parquet").set_index("doc_id")
    raws = {d: (RAW / s).read_text(encoding="utf-8") for d, s in docs.source.items()}
    for name in ("figures", "deadlines"):
        df = pd.read_parquet(out / f"{name}.parquet")
        assert len(df) > 0
        for r in df.itertuples():
            assert raws[r.doc_id][r.char_start : r.char_end] == r.text


def test_targets_are_the_target_figures(out):
    figs = pd.read_parquet(out / "figures.parquet")
    targets = pd.read_parquet(out / "targets.parquet")
    assert set(targets.figure_id) == set(figs.figure_id[figs.status == "target"])
    assert figs.figure_id.is_unique


def test_second_run_gives_identical_tables_and_replaces_the_folder(out, tmp_path):
    from pipeline.outpath import OutPathError

    again = tmp_path / "out"
    again.mkdir()
    (again / "stale.parquet").write_bytes(b"old")
    with pytest.raises(OutPathError, match="stale.parquet"):  # not gwr's: refused, and left as it was
        run([RAW], again)
    assert (again / "stale.parquet").read_bytes() == b"old"
    (again / "stale.parquet").unlink()
    run([RAW], again)
    (again / "manifest.json").write_text((again / "manifest.json").read_text(encoding="utf-8"), encoding="utf-8")
    run([RAW], again)  # a previous gwr output is replaced
    for name in TABLES:
        assert (again / f"{name}.parquet").read_bytes() == (out / f"{name}.parquet").read_bytes(), name
    assert [p.name for p in tmp_path.iterdir()] == ["out"]


def _scorer():
    path = SHARED / "eval" / "score.py"
    if not path.exists():
        pytest.skip("shared scorer not present")
    spec = importlib.util.spec_from_file_location("gwr_score", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_scores_on_the_gold_answers(out):
    sc = _scorer()
    gold = SHARED / "gold"
    docs = {r.doc_id: r.source for r in pd.read_parquet(out / "documents.parquet").itertuples()}
    figs = pd.read_parquet(out / "figures.parquet")
    for g in sc.read_gold(gold, ".ranges.jsonl"):  # 002 is annotated only from a character on
        sc.RANGES.setdefault(g["doc"], []).append((g["start"], g["end"]))
    fig_gold = sc.read_gold(gold, ".figures.jsonl")
    f = sc.score_spans(figs, fig_gold, docs, sc.FIGURE_FIELDS, 0)
    t = sc.score_targets(figs, fig_gold, docs)
    d = sc.score_spans(
        pd.read_parquet(out / "deadlines.parquet"), sc.read_gold(gold, ".deadlines.jsonl"), docs, sc.DEADLINE_FIELDS, 0
    )
    m = sc.score_documents(pd.read_parquet(out / "documents.parquet"), sc.read_gold(gold, "documents.jsonl"), docs)
    assert m["all"] == 1.0, m["wrong"]
    assert f["detection"]["f1"] >= 0.95 and f["record_f1"] >= 0.85, f
    assert t["record_f1"] >= 0.85, t
    assert d["detection"]["f1"] >= 0.95 and d["record_f1"] >= 0.85, d


def test_tasks_match_the_gold_breakdown(out):
    """Every task's leaders and units, in order, against the gold breakdown (score.py compares them as sets)."""
    from tests.conftest import need_gold

    need_gold()
    gold = [
        json.loads(line)
        for line in (SHARED / "gold" / "001_d9fcdb95f1be26b2.tasks.jsonl").read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    tasks = pd.read_parquet(out / "tasks.parquet").set_index("task_no")
    assert len(tasks) == len(gold) == 61
    for g in gold:
        t = tasks.loc[g["task_no"]]
        assert list(t.lead_leaders) == g["lead_leaders"] and list(t.units) == g["units"], g["task_no"]


def test_glossaries_of_the_three_reports(out):
    docs = pd.read_parquet(out / "documents.parquet").set_index("doc_id").source
    counts = pd.read_parquet(out / "glossary.parquet").doc_id.map(docs).value_counts().to_dict()
    assert counts == {"002_e32de95170149006.txt": 24, "004_2c5e13a9391ee040.txt": 12, "003_3f56108c17e7ce27.txt": 8}


# ---- command line ------------------------------------------------------------------------------------


def test_cli_reports_bad_files_and_still_writes_the_good_ones(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "good.txt").write_bytes(SEED.read_bytes())
    (src / "empty.txt").write_bytes(b"")
    (src / "binary.txt").write_bytes(b"\x00\x01\x02" * 500)
    res = CliRunner().invoke(
        app, ["extract", str(src), str(tmp_path / "missing.txt"), "--out", str(tmp_path / "out"), "--quiet"]
    )
    assert res.exit_code == 1
    for name in ("empty.txt", "binary.txt", "missing.txt"):
        assert name in res.output
    docs = pd.read_parquet(tmp_path / "out" / "documents.parquet")
    assert list(docs.source) == ["good.txt"]


def test_cli_version_and_help():
    runner = CliRunner()
    assert runner.invoke(app, ["--version"]).output.startswith("gwr ")
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for command in ("extract", "tasks"):
        res = runner.invoke(app, [command, "--help"])
        assert res.exit_code == 0 and len(res.output) > 200
        assert f"gwr {command}" in readme
