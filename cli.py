"""`gwr`: the command line. It parses arguments, calls the library, and prints; nothing else."""
from __future__ import annotations

import sys
from datetime import datetime
from enum import Enum
from pathlib import Path
from typing import List, Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from pipeline import __version__

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
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Print the version and exit."),
) -> None:
    """gwr reads reports and writes tables you can load with pandas.read_parquet."""


@app.command()
def extract(
    inputs: Optional[List[Path]] = typer.Argument(
        None, help="Report files (.txt, .md) or folders searched recursively. Default: data/raw.", show_default=False
    ),
    out: Path = typer.Option(DEFAULT_OUT, "--out", "-o", help="Folder for the Parquet tables and manifest.json (replaced atomically)."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar and no summary; errors are still printed."),
) -> None:
    """Extract documents, sections, figures and targets from reports into Parquet tables.

    Exit status: 0 when every file was read, 1 when any file failed (the others are still written),
    2 on bad usage.
    """
    from pipeline.run import run

    inputs = list(inputs) if inputs else [DEFAULT_RAW]
    progress = None if quiet else Progress(
        TextColumn("[bold]extract"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(), TextColumn("{task.description}"), console=err, transient=True
    )

    def on_progress(item, summary, failure):
        if failure:
            err.print(f"[red]error[/red] {failure.path}: {failure.reason}")
        if progress is not None:
            progress.update(task, advance=1, description=item.source[-60:])

    try:
        if progress is not None:
            with progress:
                task = progress.add_task("", total=None)
                from pipeline.run import discover

                files, _ = discover(inputs)
                progress.update(task, total=len(files))
                result = run(inputs, out, on_progress)
        else:
            result = run(inputs, out, on_progress)
    except OSError as exc:
        err.print(f"[red]error[/red] cannot write {out}: {exc.strerror or exc}")
        raise typer.Exit(1)
    if not quiet:
        _print_summary(result, out)
    if result.failures:
        err.print(f"[red]{len(result.failures)} file(s) failed:[/red]")
        for f in result.failures:
            err.print(f"  {f.path}: {f.reason}")
        raise typer.Exit(1)


class Format(str, Enum):
    table = "table"
    csv = "csv"
    json = "json"


@app.command()
def tasks(
    leader: Optional[str] = typer.Option(None, "--leader", help="Only tasks led by this person (substring, e.g. 朱蕾)."),
    unit: Optional[str] = typer.Option(None, "--unit", help="Only tasks for which this unit is responsible (substring, e.g. 发改委)."),
    due_before: Optional[datetime] = typer.Option(None, "--due-before", formats=["%Y-%m-%d"], help="Only tasks with a deadline on or before this date (YYYY-MM-DD)."),
    data: Path = typer.Option(DEFAULT_OUT, "--data", "-d", help="Folder of tables written by `gwr extract`."),
    fmt: Format = typer.Option(Format.table, "--format", "-f", help="table (terminal), csv or json (for scripts)."),
) -> None:
    """List responsibility-breakdown tasks with their leaders, units, deadlines and targets."""
    from pipeline.query import tasks_view

    try:
        view = tasks_view(data, leader, unit, due_before.date() if due_before else None)
    except FileNotFoundError as exc:
        err.print(f"[red]error[/red] {exc}")
        raise typer.Exit(1)
    if fmt is Format.csv:
        typer.echo(view.to_csv(index=False), nl=False)
    elif fmt is Format.json:
        typer.echo(view.to_json(orient="records", force_ascii=False, date_format="iso", indent=1))
    else:
        table = Table(title=f"{len(view)} task(s)", show_lines=True)
        for col in ("task_no", "lead_leaders", "units", "deadlines", "targets", "text"):
            table.add_column(col, overflow="fold")
        for r in view.itertuples(index=False):
            table.add_row(str(r.task_no), r.lead_leaders, r.units, r.deadlines or "—", r.targets or "—", r.text[:120])
        out_console.print(table)


def _print_summary(result, out: Path) -> None:
    table = Table(title=f"gwr extract → {out}", show_lines=False)
    for col in ("source", "type", "region", "plan year", "sections", "figures", "targets", "rejects"):
        table.add_column(col, justify="right" if col in ("plan year", "sections", "figures", "targets", "rejects") else "left")
    for d in result.documents[:200]:
        table.add_row(
            d["source"][-40:], d["doc_type"], d["region"] or "—", str(d["plan_year"] or "—"),
            str(d["sections"]), str(d["figures"]), str(d["targets"]), str(d["rejects"]),
        )
    if len(result.documents) > 200:
        table.caption = f"(first 200 of {len(result.documents)} documents)"
    out_console.print(table)
    counts = ", ".join(f"{k} {v}" for k, v in result.row_counts.items())
    out_console.print(f"{len(result.documents)} documents in {result.seconds:.1f} s; rows: {counts}")


if __name__ == "__main__":
    app()
