"""`gwr`: the command line. It parses arguments, calls the library, and prints; nothing else."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from enum import Enum
from pathlib import Path
from typing import Annotated, NoReturn

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from pipeline import __version__
from pipeline.errors import GwrError
from pipeline.outpath import printable


def shown(text: object) -> str:
    """A file name or reason as it may be printed: control characters escaped, rich markup inert."""
    from rich.markup import escape

    return escape(printable(text))


@contextmanager
def refusals(writing: object = None) -> Iterator[None]:
    """The one error handler of every command: a refusal (`pipeline.errors.GwrError`) prints its
    reason and exits with its code (2 bad usage, 1 data or file that cannot be used); with
    `writing`, an OSError says that file could not be written and exits 1. Anything else is a bug
    and is not caught."""
    try:
        yield
    except GwrError as exc:
        err.print(f"[red]error[/red] {shown(exc)}")
        raise typer.Exit(exc.exit_code)
    except OSError as exc:
        if writing is None:
            raise
        err.print(f"[red]error[/red] cannot write {shown(writing)}: {shown(exc.strerror or exc)}")
        raise typer.Exit(1)


DEFAULT_RAW = Path("data/raw")
DEFAULT_OUT = Path("data/out")

app = typer.Typer(
    help="Turn Chinese government reports (政府工作报告, 计划报告, 责任分解) into a validated Parquet dataset.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
err = Console(stderr=True)
# A pipe or a file gets wide lines instead of rich's 80-column default, so the summary stays readable.
out_console = Console(width=None if sys.stdout.isatty() else 160)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"gwr {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: bool = typer.Option(
        False, "--version", callback=_version, is_eager=True, help="Print the version and exit."
    ),
) -> None:
    """gwr reads reports and writes tables you can load with pandas.read_parquet."""


@app.command()
def extract(
    inputs: list[Path] | None = typer.Argument(
        None,
        help="Report files or folders searched recursively: text (.txt, .md, .markdown, .text, in UTF-8, GBK/GB18030 or UTF-16), "
        "web pages (.html, .htm), Word (.docx) and PDFs with a text layer (.pdf). Default: data/raw.",
        show_default=False,
    ),
    out: Path = typer.Option(
        DEFAULT_OUT,
        "--out",
        "-o",
        help="Folder for the Parquet tables and manifest.json (replaced atomically): a new or empty folder, or a previous gwr output; anything else is refused.",
    ),
    quiet: bool = typer.Option(
        False, "--quiet", "-q", help="No progress bar and no summary; errors are still printed."
    ),
    workers: int | None = typer.Option(
        None,
        "--workers",
        "-w",
        min=1,
        show_default=False,
        help="Processes extracting documents in parallel. Default: one per CPU. The tables are the same for any number.",
    ),
    force: bool = typer.Option(
        False,
        "--force",
        help="Extract every file again instead of reusing the rows of unchanged files from OUT's cache.",
    ),
) -> None:
    """Extract documents, sections, figures and targets from reports into Parquet tables.

    A re-run into the same --out re-extracts only new or changed files and rewrites the tables (rows of unchanged files come from OUT/.cache); --force redoes all.
    Corrections kept in OUT/corrections.csv (`gwr correct`) are applied after extraction, every run.

    Exit status: 0 when every file was read, 1 when any file failed (the others are still written),
    2 on bad usage.
    """
    import os

    workers = workers or os.cpu_count() or 1
    result = _run_extract(list(inputs) if inputs else [DEFAULT_RAW], out, quiet, workers, force)
    _report_extract(result, out, quiet)


def _extract_progress(quiet: bool) -> Progress | None:
    """The progress bar of `gwr extract` on stderr (none when quiet)."""
    if quiet:
        return None
    return Progress(
        TextColumn("[bold]extract"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TextColumn("{task.description}"),
        console=err,
        transient=True,
    )


def _run_extract(inputs: list[Path], out: Path, quiet: bool, workers: int, force: bool):
    """Run the pipeline, printing each failure and warning as it comes and moving the bar."""
    from pipeline.run import discover, run

    progress = _extract_progress(quiet)
    task = None

    def on_progress(item, summary, failure):
        if failure:
            err.print(f"[red]error[/red] {shown(failure.path)}: {shown(failure.reason)}")
        elif summary and summary.get("warnings") and not quiet:
            err.print(
                f"[yellow]warning[/yellow] {shown(item.source)}: not understood: {', '.join(summary['warnings'])}"
            )
        if progress is not None and task is not None:
            progress.update(task, advance=1, description=shown(item.source[-60:]))

    with refusals(writing=out):
        if progress is None:
            return run(inputs, out, on_progress, workers=workers, force=force)
        with progress:
            task = progress.add_task("", total=None)
            files, _ = discover(inputs)
            progress.update(task, total=len(files))
            return run(inputs, out, on_progress, workers=workers, force=force)


def _report_extract(result, out: Path, quiet: bool) -> None:
    """After a run: the skipped files, the summary (unless quiet) and the failures (exit 1)."""
    for note in result.skipped:
        err.print(f"[yellow]note[/yellow] {shown(note.path)}: {shown(note.reason)}")
    if not result.written:
        err.print(f"[red]error[/red] no file could be read; {shown(out)} was left as it was")
    elif not quiet:
        _print_summary(result, out)
        bad = (
            f"; {result.cache_bad} bad cache entr{'y' if result.cache_bad == 1 else 'ies'} (not gwr's, another file's or damaged) extracted again"
            if result.cache_bad
            else ""
        )
        out_console.print(
            f"{result.extracted} extracted ({result.workers} process{'es' if result.workers > 1 else ''}), {result.reused} reused unchanged from the cache{bad}"
        )
    else:  # quiet: still say which corrections could not be applied
        _print_unapplied(result.corrections)
    if result.failures:
        err.print(f"[red]{len(result.failures)} file(s) failed:[/red]")
        for f in result.failures:
            err.print(f"  {shown(f.path)}: {shown(f.reason)}")
        raise typer.Exit(1)


# ---------------------------------------------------------------------------------------------
# Query commands: one output convention (pipeline/output.py), the same options on every one
# ---------------------------------------------------------------------------------------------


class QueryFormat(str, Enum):  # noqa: UP042 (typer's choices; str() of a StrEnum differs)
    table = "table"
    csv = "csv"
    json = "json"
    parquet = "parquet"
    xlsx = "xlsx"
    dta = "dta"


FORMAT_HELP = (
    "table (terminal), csv, json, parquet, xlsx (Excel) or dta (Stata). With -o FILE the file's suffix decides."
)
OUTPUT_HELP = (
    "Write to FILE (.csv, .json, .parquet, .xlsx or .dta, by suffix) or - for standard output. "
    "An existing FILE is replaced only if gwr wrote it (or with --force)."
)
FORCE_HELP = "Replace the -o file even if gwr did not write it."
QUERY_EPILOG = (
    "Output: a table on the terminal; --format csv|json|parquet|xlsx|dta to standard output "
    "(binary formats only into a pipe or a file), or -o FILE by its suffix; a suffix it cannot "
    "write is refused. Exit status: 0 on success, also when nothing matches (stderr says so); "
    "1 when the data cannot be read or has no such region or report; 2 on bad usage."
)

FormatOption = Annotated[QueryFormat | None, typer.Option("--format", "-f", help=FORMAT_HELP, show_default=False)]
OutputOption = Annotated[
    str | None, typer.Option("--output", "-o", help=OUTPUT_HELP, metavar="FILE|-", show_default=False)
]
ForceOption = Annotated[bool, typer.Option("--force", help=FORCE_HELP)]


def _usage_error(message: str) -> NoReturn:
    err.print(f"[red]error[/red] {shown(message)}")
    raise typer.Exit(2)


def _stdout_is_terminal() -> bool:
    return sys.stdout.isatty()


def _output_kind(fmt: QueryFormat | None, output: str | None) -> str:
    """The format a query command will write (checked before the query runs): exit 2 for a suffix
    or format it cannot write, or binary data for a terminal."""
    from pipeline import output as O

    with refusals():
        return O.resolve_format(fmt.value if fmt else None, output, _stdout_is_terminal())


def _query_output(
    frame,
    kind: str,
    output: str | None,
    force: bool,
    title: str,
    columns: list[tuple[str, str]],
    filters: dict,
    shown_frame=None,
    sheet: str = "rows",
    show_lines: bool = False,
) -> None:
    """Write a query's rows as every query command does: a table on the terminal (`shown_frame`'s
    columns, if given), else csv/json/parquet/xlsx/dta to standard output or a file; a message on
    stderr when nothing matched."""
    from pipeline import output as O

    if frame.empty:
        err.print(O.nothing_matched(filters))
    if kind == "table":
        table = Table(title=title, show_lines=show_lines)
        for _, header in columns:
            table.add_column(header, overflow="fold")
        for row in O.rows_for_table(frame if shown_frame is None else shown_frame, [c for c, _ in columns]):
            table.add_row(*row)
        out_console.print(table)
        return
    with refusals(writing=output):
        path = O.write(frame, kind, output, force=force, sheet=sheet)
    if path is not None:
        err.print(f"{len(frame)} row(s) → {shown(path)}")


@app.command(epilog=QUERY_EPILOG)
def tasks(
    leader: str | None = typer.Option(None, "--leader", help="Only tasks led by this person (substring, e.g. 朱蕾)."),
    unit: str | None = typer.Option(
        None, "--unit", help="Only tasks for which this unit is responsible (substring, e.g. 发改委)."
    ),
    due_before: datetime | None = typer.Option(
        None,
        "--due-before",
        formats=["%Y-%m-%d"],
        help="Only tasks with a deadline on or before this date (YYYY-MM-DD).",
    ),
    data: Path = typer.Option(DEFAULT_OUT, "--data", "-d", help="Folder of tables written by `gwr extract`."),
    fmt: FormatOption = None,
    output: OutputOption = None,
    force: ForceOption = False,
) -> None:
    """List responsibility-breakdown tasks with their leaders, units, deadlines and targets."""
    from pipeline.query import tasks_view

    kind = _output_kind(fmt, output)
    with refusals():
        view = tasks_view(data, leader, unit, due_before.date() if due_before else None)
    brief = view.assign(
        deadlines=view["deadlines"].map(lambda d: "; ".join(d)),
        targets=view["targets"].map(lambda t: "; ".join(t)),
        text=view["text"].map(lambda t: t[:120]),
    )
    _query_output(
        view,
        kind,
        output,
        force,
        f"{len(view)} task(s)",
        [(c, c) for c in ("task_no", "lead_leaders", "units", "deadlines", "targets", "text")],
        {"leader": leader, "unit": unit, "due_before": due_before.date() if due_before else None},
        shown_frame=brief,
        sheet="tasks",
        show_lines=True,
    )


def _load(data: Path):
    from pipeline.compare import load_tables

    with refusals():
        return load_tables(data)


@app.command(epilog=QUERY_EPILOG)
def diff(
    region: str = typer.Option(
        ...,
        "--region",
        "-r",
        help="Region as in the documents table, or its tail (偃师区 for 洛阳市偃师区; 全国 for the State Council's reports).",
    ),
    year_from: int = typer.Option(..., "--from", help="Plan year of the earlier documents (e.g. 2021)."),
    year_to: int = typer.Option(..., "--to", help="Plan year of the later documents (e.g. 2026)."),
    data: Path = typer.Option(DEFAULT_OUT, "--data", "-d", help="Folder of tables written by `gwr extract`."),
    all_indicators: bool = typer.Option(
        False, "--all-indicators", help="Also targets whose indicator is not in the lexicon (matched by exact words)."
    ),
    each_year: bool = typer.Option(
        False,
        "--each-year",
        help="Every year from --from to --to against the year before: the panel's headline targets, year over year.",
    ),
    wide: bool = typer.Option(
        False,
        "--wide",
        help="With --each-year (implied): one row per indicator, one column per year holding its headline target.",
    ),
    indicator: str | None = typer.Option(
        None, "--indicator", "-i", help="With --each-year/--wide: only this indicator code (gdp, cpi …)."
    ),
    measure: str | None = typer.Option(
        None, "--measure", "-m", help="With --each-year/--wide: only this measure (growth, amount …)."
    ),
    fmt: FormatOption = None,
    output: OutputOption = None,
    force: ForceOption = False,
) -> None:
    """Targets one year's documents set versus another's, per indicator: side by side, added, dropped,
    and whether each moved higher/lower or harder/softer (8%以上 → 5.5%左右 is `lower, softer`).

    Each side's targets for its own plan year and for its horizon (e.g. the five-year plan's last year)
    are listed separately. With --each-year, every year of the range against the year before, from
    the panel's headline targets (one per indicator and year, as `gwr panel` and `gwr scorecard
    --from/--to` show them); with --wide, those targets one column per year."""
    from pipeline.compare import diff as diff_targets

    kind = _output_kind(fmt, output)
    if (indicator or measure) and not (each_year or wide):
        _usage_error("--indicator and --measure go with --each-year or --wide")
    if each_year or wide:
        if year_to <= year_from:
            _usage_error(f"--to ({year_to}) must be after --from ({year_from}) with --each-year/--wide")
        _diff_years(region, year_from, year_to, data, all_indicators, wide, indicator, measure, kind, output, force)
        return
    tables = _load(data)
    with refusals():
        frame = diff_targets(tables, region, year_from, year_to, all_indicators=all_indicators)
    _query_output(
        frame,
        kind,
        output,
        force,
        f"targets {year_from} → {year_to}: {region}",
        [
            ("indicator", "indicator"),
            ("measure", "measure"),
            ("horizon", "horizon"),
            ("from_year", "year"),
            ("from_target", str(year_from)),
            ("to_year", "year"),
            ("to_target", str(year_to)),
            ("change", "change"),
        ],
        {"region": region, "from": year_from, "to": year_to},
        sheet="diff",
    )


def _diff_years(
    region, year_from, year_to, data, all_indicators, wide, indicator, measure, kind, output, force
) -> None:
    """`gwr diff --each-year` / `--wide`: year over year from the panel (`pipeline.panel.year_over_year`)."""
    from pipeline.panel import load_panel_tables, wide_targets, year_over_year
    from pipeline.panel import panel as build_panel

    with refusals():
        frame = build_panel(
            load_panel_tables(data),
            indicator=indicator,
            region=region,
            measure=measure,
            year_from=year_from,
            year_to=year_to,
            all_indicators=all_indicators,
        )
    filters = {"region": region, "from": year_from, "to": year_to, "indicator": indicator, "measure": measure}
    if wide:
        table = wide_targets(frame)
        years = [c for c in table.columns if c.isdigit()]
        _query_output(
            table,
            kind,
            output,
            force,
            f"headline targets {year_from}–{year_to}: {region}",
            [("indicator_code", "indicator"), ("measure", "measure")] + [(y, y) for y in years],
            filters,
            sheet="diff",
        )
        return
    table = year_over_year(frame)
    moved = int(len(table) - table["change"].value_counts().get("same", 0))
    _query_output(
        table,
        kind,
        output,
        force,
        f"targets year over year {year_from}–{year_to}: {region} ({moved} change(s))",
        [
            ("indicator_code", "indicator"),
            ("measure", "measure"),
            ("from_year", "from"),
            ("from_target", "target"),
            ("year", "to"),
            ("to_target", "target"),
            ("change", "change"),
            ("note", "note"),
        ],
        filters,
        sheet="diff",
    )


@app.command(epilog=QUERY_EPILOG)
def scorecard(
    region: str = typer.Option(
        ..., "--region", "-r", help="Region as in the documents table, or its tail (偃师区; 全国 for national reports)."
    ),
    year: int | None = typer.Option(None, "--year", "-y", help="The year the targets were set for (e.g. 2025)."),
    year_from: int | None = typer.Option(
        None,
        "--from",
        help="With --to: every year of a range, one headline target per indicator and year (the panel's rows).",
    ),
    year_to: int | None = typer.Option(None, "--to", help="Last year of the range (with --from)."),
    data: Path = typer.Option(DEFAULT_OUT, "--data", "-d", help="Folder of tables written by `gwr extract`."),
    fmt: FormatOption = None,
    output: OutputOption = None,
    force: ForceOption = False,
) -> None:
    """Every target set for YEAR, from any document of the region, against the outcome a later report
    gives for that year: met, missed, no outcome reported, or not comparable (with the reason).

    Comparators count (≥55% is met by 72%; 达到25% is missed by 8.89%); 左右 allows a 5% shortfall;
    for prices, unemployment and intensities, and after 缩小至/控制在, lower is better."""
    from pipeline.compare import VERDICTS
    from pipeline.compare import scorecard as score_targets

    if (year is None) == (year_from is None and year_to is None):
        _usage_error("give either --year or --from/--to")
    kind = _output_kind(fmt, output)
    columns = [
        ("indicator", "indicator"),
        ("target_text", "target"),
        ("target_source", "set in"),
        ("outcome_text", "outcome"),
        ("outcome_source", "reported in"),
        ("verdict", "verdict"),
        ("reason", "why"),
    ]
    with refusals():
        if year is None:
            from pipeline.panel import load_panel_tables, scorecard_rows
            from pipeline.panel import panel as build_panel

            frame = scorecard_rows(
                build_panel(load_panel_tables(data), region=region, year_from=year_from, year_to=year_to)
            )
            span, columns, filters = (
                f"{year_from}–{year_to}",
                [("year", "year")] + columns,
                {"region": region, "from": year_from, "to": year_to},
            )
        else:
            frame = score_targets(_load(data), region, year)
            span, filters = str(year), {"region": region, "year": year}
    counts = frame["verdict"].value_counts().to_dict() if len(frame) else {}
    _query_output(
        frame,
        kind,
        output,
        force,
        f"{region} {span}: " + ", ".join(f"{v} {counts.get(v, 0)}" for v in VERDICTS),
        columns,
        filters,
        sheet="scorecard",
    )


@app.command(epilog=QUERY_EPILOG)
def panel(
    indicator: str | None = typer.Option(
        None, "--indicator", "-i", help="Indicator code of the lexicon (gdp, cpi, grain_output …)."
    ),
    measure: str | None = typer.Option(
        None, "--measure", "-m", help="amount, growth, share, change, … (as in figures.measure)."
    ),
    region: str | None = typer.Option(
        None, "--region", "-r", help="Region as in the documents table, or its tail (全国; 河南省; 偃师区)."
    ),
    level: str | None = typer.Option(None, "--level", help="national, province, city, district or county."),
    year_from: int | None = typer.Option(None, "--from", help="First year (default: the region's first report)."),
    year_to: int | None = typer.Option(None, "--to", help="Last year (default: the region's last report)."),
    with_parent: bool = typer.Option(
        False,
        "--with-parent",
        help="Add the parent region's target for the same year and the difference (city → province → 全国).",
    ),
    all_indicators: bool = typer.Option(
        False, "--all-indicators", help="Also indicators without a lexicon code (matched by exact words)."
    ),
    plot: Path | None = typer.Option(
        None, "--plot", help="Also draw target vs outcome per region over the years: .png, .svg or .html."
    ),
    data: Path = typer.Option(DEFAULT_OUT, "--data", "-d", help="Folder of tables written by `gwr extract`."),
    fmt: FormatOption = None,
    output: OutputOption = None,
    force: ForceOption = False,
) -> None:
    """One row per region × indicator × measure × year: the headline target (value, range,
    comparator, unit, aspiration; where it was written), the outcome for that year (from the next
    year's report, a later one, or the statistical communiqué), the gap and the verdict (the rules of
    `gwr scorecard`). A year without a target says why: no target set, relative target, report
    missing, no target found. A --plot suffix it cannot draw is bad usage (exit 2), as an -o one."""
    from pipeline.panel import load_panel_tables
    from pipeline.panel import panel as build_panel

    kind = _output_kind(fmt, output)
    if plot is not None:
        _check_plot_suffix(plot)
    with refusals():
        tables = load_panel_tables(data)
        frame = build_panel(
            tables,
            indicator=indicator,
            region=region,
            measure=measure,
            level=level,
            year_from=year_from,
            year_to=year_to,
            with_parent=with_parent,
            all_indicators=all_indicators,
        )
    with_target = int(frame["target_value"].notna().sum())
    with_outcome = int(frame["outcome_value"].notna().sum())
    _query_output(
        frame,
        kind,
        output,
        force,
        f"panel: {len(frame)} row(s), {with_target} with a target, {with_outcome} with an outcome (* an estimate)",
        _panel_columns(with_parent),
        {
            "indicator": indicator,
            "measure": measure,
            "region": region,
            "level": level,
            "from": year_from,
            "to": year_to,
        },
        shown_frame=_shown_panel(frame),
        sheet="panel",
    )
    if plot is not None and not frame.empty:
        _draw_panel(frame, plot)


def _check_plot_suffix(plot: Path) -> None:
    """A --plot file gwr cannot draw is bad usage (exit 2), said before any table is read."""
    from pipeline.plot import PLOT_SUFFIXES

    if plot.suffix.lower() not in PLOT_SUFFIXES:
        _usage_error(f"{plot}: cannot draw {plot.suffix or 'a file without a suffix'} (use {', '.join(PLOT_SUFFIXES)})")


def _shown_panel(frame):
    """The panel as printed: the target and the outcome as one text each (`*` marks an estimate)."""
    from pipeline.output import cell
    from pipeline.panel import shown_target

    return frame.assign(
        target=shown_target(frame),
        outcome=[
            None if v != v else f"{cell(v)}{u if isinstance(u, str) else ''}{'*' if st == 'estimated' else ''}"
            for v, u, st in zip(frame["outcome_value"], frame["outcome_unit"], frame["outcome_status"])
        ],
    )


def _panel_columns(with_parent: bool) -> list[tuple[str, str]]:
    """The printed columns of `gwr panel` (column, header); --with-parent adds the parent's target."""
    columns = [
        ("region", "region"),
        ("indicator_code", "indicator"),
        ("measure", "measure"),
        ("year", "year"),
        ("target", "target"),
        ("outcome", "outcome"),
        ("outcome_from", "from"),
        ("gap", "gap"),
        ("verdict", "verdict"),
        ("note", "note"),
    ]
    if with_parent:
        columns[5:5] = [("parent", "parent"), ("parent_target_value", "parent target"), ("target_minus_parent", "Δ")]
    return columns


def _draw_panel(frame, plot: Path) -> None:
    """Draw the --plot chart (a note when no CJK font is installed)."""
    from pipeline.plot import missing_font_note, plot_panel

    note = missing_font_note(plot)
    if note:
        err.print(f"[yellow]note[/yellow] {note}")
    with refusals(writing=plot):
        path = plot_panel(frame, plot)
    err.print(f"chart → {path}")


@app.command()
def report(
    data: Path = typer.Option(DEFAULT_OUT, "--data", "-d", help="Folder of tables written by `gwr extract`."),
    output: Path = typer.Option(
        Path("report.html"),
        "--output",
        "-o",
        help="The HTML file to write, ending in .html (replaced atomically; an existing file only if gwr wrote it, or with --force).",
    ),
    region: str | None = typer.Option(
        None, "--region", "-r", help="Only this region's documents (as in `gwr scorecard`). Default: all."
    ),
    force: bool = typer.Option(False, "--force", help=FORCE_HELP),
) -> None:
    """Write one self-contained HTML page to check an extraction: each document's text with every
    figure (by status: actual, target, estimated) and deadline marked — hover for the record, click
    for all of it — the tables of targets, deadlines and tasks, and the scorecard with a chart.

    A search box and filters (region, year, indicator, status, verdict) narrow every table and the
    texts; the address can preset them (report.html?region=全国&verdict=missed). Texts are stored
    packed and laid out when opened, so many reports stay light.

    The page needs no network (no CDN, fonts or images), so it can be mailed or archived. It shows
    the text of the first 200 documents; narrow a large output with --region.

    Exit status: 0 when written, 1 when the data cannot be read, 2 on bad usage (a file not ending
    in .html; an existing file gwr did not write, without --force)."""
    from pipeline.report import write_report

    with refusals(writing=output):
        path = write_report(data, output, region, force=force)
    out_console.print(f"wrote {path} ({path.stat().st_size / 1e6:.1f} MB); open it in a browser")


@app.command()
def correct(
    figure_id: str = typer.Argument(
        ..., help="The figure to correct, as in figures.figure_id (e.g. 0fc1d2604e2b2723:f00012).", show_default=False
    ),
    field: str = typer.Argument(
        ...,
        help="The column to correct: indicator, indicator_code, value, value_max, unit, unit_base, value_base, measure, comparator, sign, status, year or period_start.",
        show_default=False,
    ),
    value: str | None = typer.Argument(
        None, help="The right value (`null` for none). Omit it with --remove.", show_default=False
    ),
    data: Path = typer.Option(
        DEFAULT_OUT,
        "--data",
        "-d",
        help="Folder of tables written by `gwr extract`; the correction is kept in DATA/corrections.csv.",
    ),
    remove: bool = typer.Option(
        False,
        "--remove",
        help="Remove the correction of FIELD instead (the extracted value comes back on the next run).",
    ),
) -> None:
    """Keep a correction made by hand: it is written to DATA/corrections.csv and applied by every
    `gwr extract --out DATA` after extraction, so a re-run never loses it. The `corrections` table
    lists each one with the extracted value and the new one; a correction whose figure no longer
    exists is reported by the run (summary and manifest.json), never dropped.

    Exit status: 0 when kept, 1 when DATA has no such figure, 2 on bad usage (unknown field, a
    value of the wrong kind)."""
    import pyarrow.parquet as pq

    from pipeline.corrections import EDITABLE, check, parse_value, save_correction

    if field not in EDITABLE:
        err.print(f"[red]error[/red] {field!r} cannot be corrected; fields that can: {', '.join(EDITABLE)}")
        raise typer.Exit(2)
    if remove:
        path = save_correction(data, figure_id, field, None)
        out_console.print(
            f"removed the correction of {figure_id} {field} from {path}; the next `gwr extract --out {data}` restores the extracted value"
        )
        return
    if value is None:
        err.print("[red]error[/red] give the VALUE (or --remove)")
        raise typer.Exit(2)
    figures_path = data / "figures.parquet"
    if not figures_path.is_file():
        err.print(f"[red]error[/red] {figures_path} not found: run `gwr extract --out {data}` first")
        raise typer.Exit(1)
    found = pq.read_table(figures_path, filters=[("figure_id", "==", figure_id)]).to_pylist()
    if not found:
        err.print(f"[red]error[/red] no figure {figure_id} in {data} (see figures.figure_id)")
        raise typer.Exit(1)
    row = found[0]
    with refusals():
        check(row, field, parse_value(field, value))
    path = save_correction(data, figure_id, field, value)
    old = row.get(field)
    out_console.print(f"{figure_id} {field}: {old!s} → {value} (in “{row['sentence'][:60]}”)")
    out_console.print(f"kept in {path}; applied by every `gwr extract --out {data}` (run it now to update the tables)")


@app.command()
def schema(
    table: str | None = typer.Argument(
        None, help="One table (documents, figures, targets, …). Default: all.", show_default=False
    ),
    fmt: str = typer.Option(
        "table", "--format", "-f", help="table (terminal), markdown (as in the README) or json (for scripts)."
    ),
) -> None:
    """Every table's columns with their type and meaning, and what each code means (comparator
    `~ = >= <=`, measure, sign, status, …). Read from the row models, the one place the tables are
    defined (schemas/records.py)."""
    from schemas.describe import describe, markdown
    from schemas.records import TABLES

    if table is not None and table not in TABLES:
        err.print(f"[red]error[/red] no table {table!r}; tables: {', '.join(TABLES)}")
        raise typer.Exit(2)
    if fmt not in ("table", "markdown", "json"):
        err.print(f"[red]error[/red] --format is table, markdown or json, not {fmt!r}")
        raise typer.Exit(2)
    names = [table] if table else list(TABLES)
    if fmt == "markdown":
        typer.echo(markdown(names), nl=False)
        return
    if fmt == "json":
        import json

        from schemas.records import CODES

        used = {c["name"] for n in names for c in describe(n)["columns"] if c["codes"]}
        typer.echo(
            json.dumps(
                {"tables": {n: describe(n) for n in names}, "codes": {k: v for k, v in CODES.items() if k in used}},
                ensure_ascii=False,
                indent=1,
            )
        )
        return
    for name in names:
        info = describe(name)
        t = Table(title=f"{name}: {info['doc']}", show_lines=False, title_justify="left")
        for col in ("column", "type", "null", "meaning"):
            t.add_column(col, overflow="fold")
        for c in info["columns"]:
            t.add_row(
                c["name"],
                c["type"],
                "yes" if c["nullable"] else "",
                c["description"] + (f"  [dim]codes: {', '.join(c['codes'])}[/dim]" if c["codes"] else ""),
            )
        out_console.print(t)
    codes = {c["name"] for n in names for c in describe(n)["columns"] if c["codes"]}
    if codes:
        from schemas.records import CODES

        t = Table(title="codes", show_lines=False, title_justify="left")
        for col in ("column", "code", "meaning"):
            t.add_column(col, overflow="fold")
        for col in (c for c in CODES if c in codes):
            for code, meaning in CODES[col].items():
                t.add_row(col, code, meaning)
        out_console.print(t)


def _print_summary(result, out: Path) -> None:
    table = Table(title=f"gwr extract → {out}", show_lines=False)
    for col in (
        "source",
        "type",
        "region",
        "plan year",
        "sections",
        "figures",
        "targets",
        "rejects",
        "part/year known",
    ):
        table.add_column(col, justify="left" if col in ("source", "type", "region") else "right")
    for d in result.documents[:200]:
        known = (
            "—"
            if d.get("share_part_decided") is None
            else f"{d['share_part_decided']:.0%}/{d['share_year_decided']:.0%}"
        )
        table.add_row(
            shown(d["source"][-40:]),
            d["doc_type"],
            shown(d["region"] or "—"),
            str(d["plan_year"] or "—"),
            str(d["sections"]),
            str(d["figures"]),
            str(d["targets"]),
            str(d["rejects"]),
            known,
        )
    if len(result.documents) > 200:
        table.caption = f"(first 200 of {len(result.documents)} documents)"
    out_console.print(table)
    counts = ", ".join(f"{k} {v}" for k, v in result.row_counts.items())
    out_console.print(f"{len(result.documents)} documents in {result.seconds:.1f} s; rows: {counts}")
    warned = [d for d in result.documents if d.get("warnings")]
    if warned:
        out_console.print(
            f"{len(warned)} work report(s) not fully understood (see the warnings above; documents.share_part_decided / share_year_decided)"
        )
    no_region = sum(1 for d in result.documents if not d["region"])
    no_year = sum(1 for d in result.documents if not d["plan_year"])
    if no_region or no_year:
        out_console.print(
            f"[yellow]{no_region} document(s) without region, {no_year} without plan year[/yellow] (— above; they are left out of diff and scorecard)"
        )
    _print_corrections(result.corrections)


def _print_corrections(corrections) -> None:
    if not corrections:
        return
    applied = sum(c["correction_status"] == "applied" for c in corrections)
    out_console.print(f"corrections.csv: {applied} of {len(corrections)} correction(s) applied")
    _print_unapplied(corrections)


def _print_unapplied(corrections) -> None:
    for c in corrections:
        if c["correction_status"] != "applied":
            err.print(
                f"[yellow]correction not applied[/yellow] {c['figure_id']} {c['field']}={c['new_value']}: {c['correction_status']} ({c['note']})"
            )


if __name__ == "__main__":
    app()
