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
