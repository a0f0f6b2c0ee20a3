"""Scale: parallel workers give the same bytes, re-runs reuse unchanged documents, a killed run
leaves the previous tables in place (issue #6). Timings live in bench/run.py, not here."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest

from pipeline import cache
from pipeline.run import run
from schemas.records import TABLES

ROOT = Path(__file__).resolve().parents[1]
RAW = ROOT / "data" / "raw"
SEEDS = sorted(RAW.glob("*.txt"))


def copies(folder: Path, n: int) -> Path:
    """`n` distinct reports: the seeds, each copy made unique by trailing blank lines (new doc_id)."""
    for i in range(n):
        seed = SEEDS[i % len(SEEDS)]
        target = folder / f"c{i // len(SEEDS):03d}" / seed.name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(seed.read_bytes() + b"\n" * (i // len(SEEDS)))
    return folder


def table_bytes(out: Path) -> dict[str, bytes]:
    return {name: (out / f"{name}.parquet").read_bytes() for name in TABLES}


def manifest_run(out: Path) -> dict:
    return json.loads((out / "manifest.json").read_text(encoding="utf-8"))["run"]


@pytest.fixture(scope="module")
def ten(tmp_path_factory) -> Path:
    return copies(tmp_path_factory.mktemp("ten"), 10)


def test_two_workers_write_the_same_bytes_as_one(ten, tmp_path):
    seen: list[str] = []
    one = run([ten], tmp_path / "one", workers=1, cache=False)
    two = run([ten], tmp_path / "two", lambda item, summary, failure: seen.append(item.source), workers=2, cache=False)
    assert two.workers == 2 and one.workers == 1
    assert not one.failures and not two.failures
    assert table_bytes(tmp_path / "one") == table_bytes(tmp_path / "two")
    assert seen == sorted(seen) and len(seen) == 10  # progress: once per file, in input order
    assert [d["source"] for d in two.documents] == seen
    # the breakdown's tasks are still linked to the work report of its region and year
    tasks = pd.read_parquet(tmp_path / "two" / "tasks.parquet")
    assert len(tasks) == 2 * 61 and tasks.source_doc_id.notna().sum() > 0


def test_rerun_extracts_only_the_changed_file_and_matches_a_forced_run(tmp_path):
    src = copies(tmp_path / "in", 5)
    out = tmp_path / "out"
    first = run([src], out)
    assert (first.extracted, first.reused) == (5, 0)
    assert len(list((out / cache.CACHE_DIR).iterdir())) == 5
    first_bytes = table_bytes(out)

    again = run([src], out)
    assert (again.extracted, again.reused) == (0, 5)
    assert table_bytes(out) == first_bytes and manifest_run(out)["reused"] == 5

    changed = src / "c000" / SEEDS[3].name
    changed.write_text(changed.read_text(encoding="utf-8").replace("2025年", "2024年", 1), encoding="utf-8")
    third = run([src], out)
    assert (third.extracted, third.reused) == (1, 4)
    assert (manifest_run(out)["extracted"], manifest_run(out)["reused"]) == (1, 4)
    assert len(list((out / cache.CACHE_DIR).iterdir())) == 5  # the stale entry is gone

    forced = run([src], tmp_path / "forced", force=True)
    assert (forced.extracted, forced.reused) == (5, 0)
    assert table_bytes(out) == table_bytes(tmp_path / "forced")


def test_same_bytes_under_another_name_are_extracted_again(tmp_path):
    """The source name is part of the key: metadata reads the path (region from the folder)."""
    src = copies(tmp_path / "in", 2)
    run([src], tmp_path / "out")
    (src / "c000" / SEEDS[1].name).rename(src / "c000" / ("x" + SEEDS[1].name))
    again = run([src], tmp_path / "out")
    assert (again.extracted, again.reused) == (1, 1)


def test_cache_is_invalidated_when_the_code_changes(tmp_path, monkeypatch):
    src = copies(tmp_path / "in", 3)
    run([src], tmp_path / "out")
    monkeypatch.setattr(cache, "code_fingerprint", lambda: "another version of the patterns")
    again = run([src], tmp_path / "out")
    assert (again.extracted, again.reused) == (3, 0)


def test_fingerprint_covers_stages_patterns_and_schemas(tmp_path):
    for pkg in ("pipeline", "patterns", "schemas"):
        shutil.copytree(ROOT / pkg, tmp_path / pkg, ignore=shutil.ignore_patterns("__pycache__"))
    before = cache.fingerprint_of(tmp_path)
    assert before == cache.fingerprint_of(tmp_path)
    for edited in ("patterns/units.py", "pipeline/figures.py", "schemas/records.py"):
        f = tmp_path / edited
        f.write_text(f.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
        after = cache.fingerprint_of(tmp_path)
        assert after != before, edited
        before = after


def test_a_corrupt_cache_entry_is_extracted_again(tmp_path):
    src = copies(tmp_path / "in", 2)
    out = tmp_path / "out"
    run([src], out)
    expected = table_bytes(out)
    for entry in (out / cache.CACHE_DIR).iterdir():
        entry.write_bytes(b"garbage")
    again = run([src], out)
    assert (again.extracted, again.reused) == (2, 0)
    assert table_bytes(out) == expected


def _live_group_members(pgid: int) -> list[int]:
    alive = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[2]) == pgid and fields[0] != "Z":
                alive.append(int(entry.name))
    return alive


@pytest.mark.skipif(not Path("/proc/self/stat").exists() or os.name != "posix", reason="needs POSIX signals and /proc")
def test_a_run_killed_half_way_leaves_the_previous_tables(tmp_path):
    out = tmp_path / "out"
    run([RAW], out)
    before = {name: pd.read_parquet(out / f"{name}.parquet") for name in TABLES}
    before_bytes = table_bytes(out)

    src = copies(tmp_path / "many", 60)
    cmd = [sys.executable, "-m", "cli", "extract", str(src), "--out", str(out), "--quiet", "--workers", "2", "--force"]
    proc = subprocess.Popen(cmd, cwd=ROOT, start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 20
        while not list(tmp_path.glob(".out.tmp-*")) and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        time.sleep(1.0)  # workers started, some documents extracted and written to the temporary folder
        assert proc.poll() is None, f"the run ended before it could be killed: {proc.stderr.read().decode()}"
        assert list(tmp_path.glob(".out.tmp-*"))
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
        # its workers notice their parent is gone and exit
        deadline = time.monotonic() + 5
        while _live_group_members(proc.pid) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not _live_group_members(proc.pid)
    finally:
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        proc.stderr.close()

    assert table_bytes(out) == before_bytes
    for name, frame in before.items():
        pd.testing.assert_frame_equal(pd.read_parquet(out / f"{name}.parquet"), frame)
    # the next run clears what the killed one left and reuses the cache of the tables in place
    again = run([RAW], out)
    assert (again.extracted, again.reused) == (0, 5)
    assert table_bytes(out) == before_bytes
    assert sorted(p.name for p in tmp_path.iterdir()) == ["many", "out"]
