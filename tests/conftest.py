"""Shared paths and fixtures for the stage tests.

The seed extraction (`pipeline.run.run` over `data/raw`) is built once per session and shared by
every test that reads the tables; small constructed reports go through the real pipeline via
`report_figures`.
"""

from __future__ import annotations

import importlib.util
import itertools
from pathlib import Path

import pandas as pd
import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
RAW = ROOT / "data" / "raw"
GOLD = SHARED / "gold"
SPEC = SHARED / "spec" / "DATASET.md"
SCORER = SHARED / "eval" / "score.py"

SEED_003 = "003_3f56108c17e7ce27.txt"
SEED_000 = "000_0fc1d2604e2b2723.txt"

# A title block the metadata reader understands: a 2021 work report reviewing 2020.
REPORT_HEAD = "政府工作报告\n\n——2021年4月28日在洛阳市偃师区第一届人民代表大会第一次会议上\n\n各位代表：\n\n"
REVIEW_HEADING = "一、2020年工作回顾"
PLAN_HEADING = "二、2021年重点工作"


def seed_text(name: str) -> str:
    return (RAW / name).read_text(encoding="utf-8")


def need_gold() -> None:
    if not GOLD.is_dir():
        pytest.skip(f"gold answers not present ({GOLD})")


def load_scorer():
    if not SCORER.exists():
        pytest.skip(f"shared scorer not present ({SCORER})")
    spec = importlib.util.spec_from_file_location("gwr_shared_score", SCORER)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="session")
def seed_out(tmp_path_factory) -> Path:
    """`run([data/raw], out)` once per session; the folder of Parquet tables it wrote."""
    from pipeline.run import run

    out = tmp_path_factory.mktemp("seed_run") / "out"
    result = run([RAW], out)
    assert not result.failures, result.failures
    return out


@pytest.fixture(scope="session")
def seed_tables(seed_out):
    """Lazy reader of the session tables: `seed_tables("figures")` -> DataFrame (cached)."""
    cache: dict[str, pd.DataFrame] = {}

    def read(name: str) -> pd.DataFrame:
        if name not in cache:
            cache[name] = pd.read_parquet(seed_out / f"{name}.parquet")
        return cache[name]

    return read


@pytest.fixture(scope="session")
def seed_raws(seed_tables) -> dict[str, str]:
    """doc_id -> raw text of that seed as decoded (UTF-8)."""
    docs = seed_tables("documents")
    return {r.doc_id: (RAW / r.source).read_text(encoding="utf-8") for r in docs.itertuples()}


@pytest.fixture(scope="session")
def seed_doc():
    """`process()` of one seed, cached per session: `seed_doc(SEED_003)` -> Document."""
    from pipeline.run import process

    cache = {}

    def get(name: str):
        if name not in cache:
            cache[name] = process(RAW / name, name)
        return cache[name]

    return get


@pytest.fixture(scope="session")
def report_figures(tmp_path_factory):
    """Write a tiny report (title block, a 2020 review part, a 2021 plan part) and run the real
    pipeline on it: `report_figures(review="…", plan="…")` -> figure rows (raw-grounded dicts)."""
    from pipeline.run import process

    folder = tmp_path_factory.mktemp("snippets")
    counter = itertools.count()

    def run_snippet(review: str = "", plan: str = "") -> list[dict]:
        raw = f"{REPORT_HEAD}{REVIEW_HEADING}\n\n{review}\n\n{PLAN_HEADING}\n\n{plan}\n"
        path = folder / f"snippet_{next(counter)}.txt"
        path.write_text(raw, encoding="utf-8")
        doc = process(path, path.name)
        assert doc.meta.review_year == 2020 and doc.meta.plan_year == 2021, doc.meta
        for f in doc.records["figures"]:
            assert raw[f["char_start"] : f["char_end"]] == f["text"], f
        return doc.records["figures"]

    return run_snippet
