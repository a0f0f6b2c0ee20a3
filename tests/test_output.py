"""One output convention for every query command (pipeline/output.py): `gwr tasks`, `diff`,
`scorecard` (one year and a range) and `panel` each write table/csv/json/parquet/xlsx/dta, to a
file by its suffix or to standard output, refuse a suffix they cannot write with exit 2, and say
so when nothing matched. Run on the bundled reports (the session's `seed_out`)."""

from __future__ import annotations

import datetime as dt
import io
import json
import shutil

import pandas as pd
import pytest
from typer.main import get_command
from typer.testing import CliRunner

import cli
from cli import app
from pipeline import output as O

# Each query command on the bundled 2021/2026 reports of 洛阳市偃师区, with the columns that must
# keep their type: (integer columns without a missing value, date columns).
COMMANDS = {
    "tasks": (["tasks"], ["task_no", "char_start"], ["due"]),
    "diff": (["diff", "--region", "偃师区", "--from", "2021", "--to", "2026"], [], []),
    "scorecard": (["scorecard", "--region", "偃师区", "--year", "2025"], ["year"], []),
    "scorecard-range": (["scorecard", "--region", "偃师区", "--from", "2021", "--to", "2026"], ["year"], []),
    "panel": (["panel", "--region", "偃师区"], ["year"], []),
}
FILE_FORMATS = ["csv", "json", "parquet", "xlsx", "dta"]


def run(args, data):
    return CliRunner().invoke(app, args + ["--data", str(data)])


def read_back(fmt: str, source) -> pd.DataFrame:
    """A written table read back with pandas (source: a path or bytes)."""
    buf = io.BytesIO(source) if isinstance(source, bytes) else source
    if fmt == "csv":
        return pd.read_csv(buf)
    if fmt == "json":
        return pd.DataFrame(json.loads(buf.getvalue() if isinstance(buf, io.BytesIO) else buf.read_bytes()))
    if fmt == "parquet":
        return pd.read_parquet(buf)
    if fmt == "xlsx":
        return pd.read_excel(buf)
    return pd.read_stata(buf)


@pytest.fixture(scope="module")
def json_rows(seed_out):
    """Each command's rows as JSON (the reference for counts and columns)."""
    out = {}
    for name, (args, _, _) in COMMANDS.items():
        res = run(args + ["--format", "json"], seed_out)
        assert res.exit_code == 0, res.output
        out[name] = json.loads(res.stdout)
        assert out[name], name  # every command has rows on the bundled reports
    return out


@pytest.mark.parametrize("fmt", FILE_FORMATS)
@pytest.mark.parametrize("name", COMMANDS)
def test_every_command_writes_every_format_to_a_file_and_to_stdout_alike(name, fmt, seed_out, json_rows, tmp_path):
    args, ints, dates = COMMANDS[name]
    path = tmp_path / f"rows.{fmt}"
    res = run(args + ["-o", str(path)], seed_out)
    assert res.exit_code == 0, res.output
    assert f"{len(json_rows[name])} row(s) → " in res.stderr
    to_stdout = run(args + ["--format", fmt, "-o", "-"], seed_out)
    assert to_stdout.exit_code == 0, to_stdout.output
    assert to_stdout.stdout_bytes == path.read_bytes()  # the same bytes: xlsx and dta carry no time of writing
    assert run(args + ["-f", fmt], seed_out).stdout_bytes == path.read_bytes()  # no -o: standard output
    back = read_back(fmt, path)
    columns = list(json_rows[name][0])
    assert len(back) == len(json_rows[name])
    if fmt == "dta":  # Stata-safe names; the column's own name is the variable's label
        with pd.read_stata(path, iterator=True) as reader:
            assert list(reader.variable_labels().values()) == columns
    else:
        assert list(back.columns) == columns
    if fmt in ("parquet", "xlsx", "dta"):
        for col in ints:
            assert pd.api.types.is_integer_dtype(back[col]), (col, back[col].dtype)
            assert back[col].tolist() == [r[col] for r in json_rows[name]]
        for col in dates:
            expect = [r[col] for r in json_rows[name]]
            got = [None if pd.isna(v) else (v.date() if hasattr(v, "date") else v).isoformat() for v in back[col]]
            assert got == expect and any(expect)
            if fmt != "parquet":
                assert pd.api.types.is_datetime64_any_dtype(back[col])


def test_parquet_keeps_nullable_integers_dates_lists_and_categoricals(seed_out, tmp_path):
    run(COMMANDS["tasks"][0] + ["-o", str(tmp_path / "t.parquet")], seed_out)
    import pyarrow.parquet as pq

    schema = pq.read_schema(tmp_path / "t.parquet")
    assert str(schema.field("task_no").type) == "int16" and str(schema.field("due").type) == "date32[day]"
    assert str(schema.field("lead_leaders").type) == "list<element: string>"
    run(COMMANDS["panel"][0] + ["-o", str(tmp_path / "p.parquet")], seed_out)
    assert isinstance(pd.read_parquet(tmp_path / "p.parquet")["level"].dtype, pd.CategoricalDtype)
    assert run(COMMANDS["panel"][0] + ["-o", str(tmp_path / "p.dta")], seed_out).exit_code == 0
    assert isinstance(pd.read_stata(tmp_path / "p.dta")["level"].dtype, pd.CategoricalDtype)  # value labels


def test_lists_and_dates_in_each_format(seed_out, tmp_path):
    """Task 9 of the bundled breakdown (led by 朱蕾, due 2021-05-20): JSON keeps its lists and the
    date as YYYY-MM-DD; csv, xlsx and dta join the list with 、; xlsx holds a date cell."""
    args = ["tasks", "--leader", "朱蕾"]
    rows = {r["task_no"]: r for r in json.loads(run(args + ["-f", "json"], seed_out).stdout)}
    assert isinstance(rows[9]["lead_leaders"], list) and rows[9]["due"] == "2021-05-20"
    joined = "、".join(rows[9]["units"])
    assert "、" in joined
    for fmt in ("csv", "xlsx", "dta"):
        back = read_back(fmt, run(args + ["-f", fmt], seed_out).stdout_bytes).set_index("task_no")
        assert back.at[9, "units"] == joined, fmt
        assert str(back.at[9, "due"])[:10] == "2021-05-20", fmt
    from openpyxl import load_workbook

    run(args + ["-o", str(tmp_path / "t.xlsx")], seed_out)
    sheet = load_workbook(tmp_path / "t.xlsx").active
    header = [c.value for c in sheet[1]]
    due = next(
        row[header.index("due")] for row in sheet.iter_rows(min_row=2) if row[header.index("task_no")].value == 9
    )
    assert due.is_date and due.value.date() == dt.date(2021, 5, 20) and sheet.freeze_panes == "A2"


@pytest.mark.parametrize("name", COMMANDS)
def test_a_suffix_it_cannot_write_is_bad_usage(name, seed_out, tmp_path):
    args = COMMANDS[name][0]
    for bad in ("rows.pdf", "rows.xls", "rows"):
        res = run(args + ["-o", str(tmp_path / bad)], seed_out)
        assert res.exit_code == 2, (bad, res.output)
        assert "cannot write" in res.stderr
        assert not (tmp_path / bad).exists()
    res = run(args + ["--format", "csv", "-o", str(tmp_path / "rows.json")], seed_out)
    assert res.exit_code == 2 and "contradicts" in res.stderr
    assert run(args + ["--format", "yaml"], seed_out).exit_code == 2
    # checked before the data are read: a wrong suffix is named even when --data is wrong too
    res = CliRunner().invoke(app, args + ["-o", str(tmp_path / "rows.pdf"), "--data", str(tmp_path / "nowhere")])
    assert res.exit_code == 2


def test_report_writes_only_html(seed_out, tmp_path):
    res = run(["report", "-o", str(tmp_path / "x.pdf")], seed_out)
    assert res.exit_code == 2 and ".html" in res.stderr and not (tmp_path / "x.pdf").exists()


@pytest.mark.parametrize("fmt", ["parquet", "xlsx", "dta"])
def test_binary_formats_go_to_a_pipe_or_a_file_never_to_a_terminal(fmt, seed_out, tmp_path, monkeypatch):
    monkeypatch.setattr(cli, "_stdout_is_terminal", lambda: True)
    for name, (args, _, _) in COMMANDS.items():
        res = run(args + ["--format", fmt], seed_out)
        assert res.exit_code == 2 and "terminal" in res.stderr and not res.stdout_bytes, name
        assert run(args + ["-o", str(tmp_path / f"{name}.{fmt}")], seed_out).exit_code == 0
    assert run(COMMANDS["tasks"][0] + ["--format", "csv"], seed_out).exit_code == 0  # text is fine


@pytest.fixture(scope="module")
def no_targets(seed_out, tmp_path_factory):
    """The seed output without any target figure: every query over it matches nothing."""
    out = tmp_path_factory.mktemp("no_targets") / "out"
    shutil.copytree(seed_out, out)
    figures = pd.read_parquet(out / "figures.parquet")
    figures[figures["status"] != "target"].to_parquet(out / "figures.parquet", index=False)
    return out


@pytest.mark.parametrize(
    "args, data, said",
    [
        (["tasks", "--leader", "无此人"], "seed", "no rows match --leader 无此人"),
        (["tasks", "--unit", "发改委", "--due-before", "2000-01-01"], "seed", "--due-before 2000-01-01"),
        (["scorecard", "--region", "偃师区", "--year", "1999"], "seed", "no rows match --region 偃师区 --year 1999"),
        (
            ["scorecard", "--region", "偃师区", "--from", "1990", "--to", "1995"],
            "seed",
            "no rows match --region 偃师区 --from 1990 --to 1995",
        ),
        (
            ["panel", "--region", "偃师区", "--indicator", "nosuch"],
            "seed",
            "no rows match --indicator nosuch --region 偃师区",
        ),
        (
            ["diff", "--region", "偃师区", "--from", "2021", "--to", "2026"],
            "no_targets",
            "no rows match --region 偃师区 --from 2021 --to 2026",
        ),
    ],
)
def test_a_query_that_matches_nothing_says_so_and_still_writes_a_well_formed_table(
    args, data, said, seed_out, no_targets, tmp_path
):
    data = seed_out if data == "seed" else no_targets
    on_terminal = run(args, data)
    assert on_terminal.exit_code == 0 and said in on_terminal.stderr
    as_json = run(args + ["--format", "json"], data)
    assert as_json.exit_code == 0 and json.loads(as_json.stdout) == [] and said in as_json.stderr
    as_csv = run(args + ["--format", "csv"], data)
    assert as_csv.stdout.count("\n") == 1 and "," in as_csv.stdout  # the header alone
    for fmt in ("parquet", "xlsx", "dta"):
        res = run(args + ["-o", str(tmp_path / f"empty.{fmt}")], data)
        assert res.exit_code == 0, res.output
        back = read_back(fmt, tmp_path / f"empty.{fmt}")
        assert len(back) == 0 and len(back.columns) > 3


def test_a_region_or_report_not_in_the_data_is_an_error_naming_what_is_there(seed_out):
    res = run(["scorecard", "--region", "火星市", "--year", "2025"], seed_out)
    assert res.exit_code == 1 and "洛阳市偃师区" in res.stderr
    res = run(["diff", "--region", "偃师区", "--from", "2021", "--to", "1999"], seed_out)
    assert res.exit_code == 1 and "plan years: 2021, 2026" in res.stderr.replace("\n", "")


@pytest.mark.parametrize("fmt", ["xlsx", "dta", "parquet"])
def test_a_file_gwr_did_not_write_is_replaced_only_with_force(fmt, seed_out, tmp_path):
    path = tmp_path / f"mine.{fmt}"
    pd.DataFrame({"budget": [1, 2]}).pipe(lambda f: path.write_bytes(O.to_bytes(f, fmt)))
    mine = path.read_bytes()
    args = COMMANDS["tasks"][0] + ["-o", str(path)]
    res = run(args, seed_out)
    assert res.exit_code == 2 and "--force" in res.stderr and path.read_bytes() == mine
    assert run(args + ["--force"], seed_out).exit_code == 0
    assert run(args, seed_out).exit_code == 0  # its own table: replaced without --force
    res = run(COMMANDS["panel"][0] + ["-o", str(path)], seed_out)  # another command's columns
    assert res.exit_code == 2


def test_the_output_options_read_the_same_on_every_query_command():
    commands = get_command(app).commands
    helps = {}
    for name in ("tasks", "diff", "scorecard", "panel"):
        params = {p.name: p for p in commands[name].params}
        assert params["fmt"].opts == ["--format", "-f"] and params["output"].opts == ["--output", "-o"]
        assert params["force"].opts == ["--force"]
        helps[name] = (params["fmt"].help, params["output"].help, params["force"].help, commands[name].epilog)
    assert len(set(helps.values())) == 1, helps
    assert tuple(f.value for f in cli.QueryFormat) == O.FORMATS
    assert "also when nothing matches" in helps["tasks"][3]


# ---------------------------------------------------------------- the formats on awkward frames


def test_stata_names_labels_long_text_lists_and_missing_values():
    long_text = "增长" * 1200  # 7,200 bytes of UTF-8: more than Stata's str holds, written as strL
    frame = pd.DataFrame(
        {
            "plan_year": pd.array([2021, None], dtype="Int16"),
            "task_no": pd.array([1, 2], dtype="Int16"),
            "a_column_name_longer_than_thirty_two_chars": ["x", "y"],
            "a_column_name_longer_than_thirty_two_chars_too": ["p", "q"],
            "2nd 指标": ["a", None],
            "units": [["发改委", "财政局"], []],
            "text": [long_text, float("nan")],
            "due": pd.array([dt.date(2021, 5, 20), None], dtype="date32[day][pyarrow]"),
            "level": pd.Categorical(["city", None]),
        }
    )
    names = O.stata_names(frame.columns)
    assert all(len(n) <= 32 and n.isascii() for n in names) and len(set(names)) == len(names)
    assert names[4][0] == "_"
    back = pd.read_stata(io.BytesIO(O.to_dta(frame)))
    assert list(back.columns) == names
    assert back["task_no"].dtype.kind == "i" and back["plan_year"].tolist()[0] == 2021 and pd.isna(back["plan_year"][1])
    assert back["units"].tolist() == ["发改委、财政局", ""]
    assert back["text"][0] == long_text and back["text"][1] == ""
    assert back["due"][0] == pd.Timestamp("2021-05-20") and pd.isna(back["due"][1])
    assert back["level"][0] == "city"
    with pd.read_stata(io.BytesIO(O.to_dta(frame)), iterator=True) as reader:
        assert list(reader.variable_labels().values()) == list(frame.columns)


def test_xlsx_drops_control_characters_and_cuts_what_a_cell_cannot_hold():
    frame = pd.DataFrame({"text": ["第一\x0b段", "长" * 40_000], "n": pd.array([1, None], dtype="Int64")})
    back = pd.read_excel(io.BytesIO(O.to_xlsx(frame)))
    assert back["text"][0] == "第一段"
    assert len(back["text"][1]) == O.XLSX_MAX_CELL_CHARS and back["text"][1].endswith("…")
    assert back["n"][0] == 1 and pd.isna(back["n"][1])
    assert O.to_xlsx(frame) == O.to_xlsx(frame)


def test_json_and_csv_conventions():
    frame = pd.DataFrame(
        {
            "year": pd.array([2020, None], dtype="Int16"),
            "d": pd.array([dt.date(2021, 5, 20), None], dtype="date32[day][pyarrow]"),
            "l": [["a", "b"], []],
            "v": [1.5, float("nan")],
        }
    )
    assert json.loads(O.to_json(frame)) == [
        {"year": 2020, "d": "2021-05-20", "l": ["a", "b"], "v": 1.5},
        {"year": None, "d": None, "l": [], "v": None},
    ]
    assert O.to_csv(frame).splitlines() == ["year,d,l,v", "2020,2021-05-20,a、b,1.5", ",,,"]
