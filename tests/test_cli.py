"""The command line (`cli.py`): a run with bad files still writes the good ones; version and help."""

from __future__ import annotations

import pandas as pd
from conftest import RAW, ROOT, SEED_003
from typer.testing import CliRunner

from cli import app

SEED = RAW / SEED_003


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
