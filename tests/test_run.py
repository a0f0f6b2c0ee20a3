"""The whole run over data/raw (`pipeline.run.run`, the session's `seed_out`): the tables follow the
contract, every span grounds in the raw text, a second run gives the same bytes, the gold scores hold."""

from __future__ import annotations

import json

import pandas as pd
import pytest
from conftest import GOLD, RAW, load_scorer, need_gold

from pipeline.run import run
from schemas.records import TABLES


def test_tables_follow_the_contract(seed_out):
    for name, model in TABLES.items():
        df = pd.read_parquet(seed_out / f"{name}.parquet")
        assert list(df.columns) == list(model.model_fields), name
    manifest = json.loads((seed_out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["row_counts"]["documents"] == 5
    assert {i["source"] for i in manifest["inputs"]} == {p.name for p in RAW.glob("*.txt")}


def test_every_figure_and_deadline_grounds_in_the_raw_text(seed_out):
    docs = pd.read_parquet(seed_out / "documents.parquet").set_index("doc_id")
    raws = {d: (RAW / s).read_text(encoding="utf-8") for d, s in docs.source.items()}
    for name in ("figures", "deadlines"):
        df = pd.read_parquet(seed_out / f"{name}.parquet")
        assert len(df) > 0
        for r in df.itertuples():
            assert raws[r.doc_id][r.char_start : r.char_end] == r.text


def test_targets_are_the_target_figures(seed_out):
    figs = pd.read_parquet(seed_out / "figures.parquet")
    targets = pd.read_parquet(seed_out / "targets.parquet")
    assert set(targets.figure_id) == set(figs.figure_id[figs.status == "target"])
    assert figs.figure_id.is_unique


def test_second_run_gives_identical_tables_and_replaces_the_folder(seed_out, tmp_path):
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
        assert (again / f"{name}.parquet").read_bytes() == (seed_out / f"{name}.parquet").read_bytes(), name
    assert [p.name for p in tmp_path.iterdir()] == ["out"]


def test_scores_on_the_gold_answers(seed_out):
    sc = load_scorer()
    need_gold()
    gold = GOLD
    docs = {r.doc_id: r.source for r in pd.read_parquet(seed_out / "documents.parquet").itertuples()}
    figs = pd.read_parquet(seed_out / "figures.parquet")
    for g in sc.read_gold(gold, ".ranges.jsonl"):  # 002 is annotated only from a character on
        sc.RANGES.setdefault(g["doc"], []).append((g["start"], g["end"]))
    fig_gold = sc.read_gold(gold, ".figures.jsonl")
    f = sc.score_spans(figs, fig_gold, docs, sc.FIGURE_FIELDS, 0)
    t = sc.score_targets(figs, fig_gold, docs)
    d = sc.score_spans(
        pd.read_parquet(seed_out / "deadlines.parquet"),
        sc.read_gold(gold, ".deadlines.jsonl"),
        docs,
        sc.DEADLINE_FIELDS,
        0,
    )
    m = sc.score_documents(pd.read_parquet(seed_out / "documents.parquet"), sc.read_gold(gold, "documents.jsonl"), docs)
    assert m["all"] == 1.0, m["wrong"]
    assert f["detection"]["f1"] >= 0.95 and f["record_f1"] >= 0.85, f
    assert t["record_f1"] >= 0.85, t
    assert d["detection"]["f1"] >= 0.95 and d["record_f1"] >= 0.85, d
