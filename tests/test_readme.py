"""Every snippet of the README, run as written (in a scratch folder holding data/raw), so the README
cannot drift from the tool. A snippet that cannot run here is listed in NOT_RUN with the reason;
a listed snippet that is no longer in the README fails the test too."""

from __future__ import annotations

import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cli import app
from tests.conftest import RAW, SHARED

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
CORPUS = SHARED / "corpus"

NOT_RUN = {
    "pip install -e '.[dev]'": "installs the package (done before the tests run)",
    "python -m pytest -q": "the test suite itself",
    "gwr extract ../shared/corpus --out /tmp/corpus -q": "the whole corpus takes minutes; the same command runs on 政府工作报告-国务院 and 河南省 below",
    "python bench/run.py --size 100 --workers 1,2": "a benchmark (minutes); its options are checked with --help",
    "python bench/run.py --size all --workers 1,2": "a benchmark of the whole corpus",
    "python bench/paired.py --step 6": "a benchmark (minutes); its options are checked with --help",
    "gwr panel --indicator gdp --measure growth --level province --from 2000 -o gdp.parquet --data /tmp/corpus": "every province: needs the whole corpus (tests/test_panel.py covers the options)",
    "gwr panel --indicator gdp --region 郑州市 --with-parent --data /tmp/corpus": "郑州市 and 河南省: needs the whole corpus (tests/test_panel.py covers --with-parent)",
}


def snippets() -> list[tuple[str, str]]:
    """(language, body) of every fenced block of the README, in order."""
    return re.findall(r"```(\w*)\n(.*?)```", README.read_text(encoding="utf-8"), re.S)


def commands(body: str) -> list[str]:
    """The commands of a shell block: comments cut, `&&` chains split."""
    out = []
    for line in body.splitlines():
        line = re.split(r"\s+#\s", line, maxsplit=1)[0].strip()
        if line:
            out += [c.strip() for c in line.split("&&")]
    return out


def test_the_readme_states_the_python_it_needs_and_has_no_stale_known_issue():
    readme = README.read_text(encoding="utf-8")
    assert "Python ≥ 3.11" in readme
    assert 'requires-python = ">=3.11"' in (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert "Known issue" not in readme
    assert not re.search(r"--size \S*\|", readme), "alternatives written as a pipe would pipe in a shell"


def test_extract_help_lists_every_format_it_reads():
    from pipeline.formats import FORMAT_SUFFIXES, READABLE_SUFFIXES

    text = re.sub(r"[\s│]+", " ", CliRunner().invoke(app, ["extract", "--help"]).output)
    for suffix in READABLE_SUFFIXES:
        if FORMAT_SUFFIXES.get(suffix) == "ole2":
            continue  # old Word files are recognised only to be refused with a reason
        assert suffix in text, suffix


@pytest.fixture(scope="module")
def scratch(tmp_path_factory) -> Path:
    """A folder laid out as the README assumes: data/raw with the bundled reports, and the
    placeholder inputs its examples name (path/to/reports/, other.txt, reports/)."""
    root = tmp_path_factory.mktemp("readme")
    shutil.copytree(RAW, root / "data" / "raw")
    seeds = sorted(RAW.iterdir())
    (root / "path" / "to" / "reports").mkdir(parents=True)
    shutil.copy(seeds[2], root / "path" / "to" / "reports" / seeds[2].name)
    shutil.copy(seeds[3], root / "other.txt")
    (root / "reports").mkdir()
    shutil.copy(seeds[4], root / "reports" / seeds[4].name)
    return root


def _run(command: str, cwd: Path, monkeypatch) -> None:
    command = command.replace("../shared", str(SHARED))
    redirect = None
    if " > " in command:
        command, redirect = (c.strip() for c in command.split(" > ", 1))
    argv = shlex.split(command)
    if argv[0] == "gwr":
        monkeypatch.chdir(cwd)
        res = CliRunner().invoke(app, argv[1:])
        assert res.exit_code == 0, (command, res.output[-2000:])
        output = res.stdout
    else:
        assert argv[0] == "python", command
        done = subprocess.run([sys.executable, *argv[1:]], cwd=cwd, capture_output=True, text=True, timeout=600)
        assert done.returncode == 0, (command, done.stderr[-2000:])
        output = done.stdout
    if redirect:
        (cwd / redirect).write_text(output, encoding="utf-8")


def test_every_readme_snippet_runs(scratch, monkeypatch, tmp_path):
    seen_not_run, ran = set(), []
    for lang, body in snippets():
        if lang == "bash":
            for command in commands(body):
                if command in NOT_RUN:
                    seen_not_run.add(command)
                    continue
                if ("../shared" in command or "/tmp/nat" in command) and not CORPUS.is_dir():
                    continue  # needs the shared corpus, which a fresh clone may not have beside it
                command = command.replace("/tmp/nat", str(tmp_path / "nat"))  # never outside the test's folder
                if "/tmp/corpus" in command:  # an output of the corpus: one province's reports stand in for it
                    if not CORPUS.is_dir():
                        continue
                    corpus_out = tmp_path / "corpus"
                    if not corpus_out.exists():
                        _run(
                            f"gwr extract {CORPUS / '政府工作报告-省自治区' / '河南省'} --out {corpus_out} -q",
                            scratch,
                            monkeypatch,
                        )
                    command = command.replace("/tmp/corpus", str(corpus_out))
                _run(command, scratch, monkeypatch)
                ran.append(command)
        elif lang == "python":
            if "import polars" in body:  # polars is not a dependency: the block must at least compile
                compile(body, "README.md", "exec")
                continue
            monkeypatch.chdir(scratch)
            exec(compile(body, "README.md", "exec"), {})
            ran.append(body[:40])
        elif lang == "text":  # what a command prints, shown as an example
            continue
        elif lang == "sql":
            # DuckDB is not a dependency: the SQL is checked for the layout and the column it reads
            assert "read_parquet('out/*/targets.parquet')" in body and "region" in body
        else:
            pytest.fail(f"a README block of unknown language {lang!r}")
    assert seen_not_run == set(NOT_RUN), (
        f"NOT_RUN lists commands the README no longer has: {set(NOT_RUN) - seen_not_run}"
    )
    assert len(ran) >= 20
    # what the snippets promised happened: the correction was applied and then removed
    import pandas as pd

    corrections = pd.read_parquet(scratch / "data" / "out" / "corrections.parquet")
    assert corrections.field.tolist() == ["indicator"] and corrections.correction_status.tolist() == ["applied"]
    assert (scratch / "tasks.csv").read_text(encoding="utf-8").startswith("doc_id,task_no,chapter")
    assert (scratch / "report.html").stat().st_size > 0 and (scratch / "card.csv").is_file()


def test_the_inline_national_example_runs(tmp_path, monkeypatch):
    if not (CORPUS / "政府工作报告-国务院").is_dir():
        pytest.skip("corpus not present")
    readme = README.read_text(encoding="utf-8")
    inline = re.search(r"`(gwr extract \.\./shared/corpus/政府工作报告-国务院[^`]*)`", readme).group(1)
    for command in inline.split("&&"):
        _run(command.strip().replace("/tmp/nat", str(tmp_path / "nat")), tmp_path, monkeypatch)


def test_the_benchmark_takes_the_options_the_readme_shows():
    done = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "run.py"), "--help"], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0 and "--size" in done.stdout and "--workers" in done.stdout


def test_the_paired_benchmark_takes_the_options_the_readme_shows():
    done = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "paired.py"), "--help"], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0 and "--step" in done.stdout and "--code" in done.stdout
