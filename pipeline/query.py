"""Reading the output tables back for the question users ask of a breakdown:
"what is 朱蕾 responsible for, and by when".

Why a library function: `gwr tasks` prints it, a notebook can call it and get a DataFrame.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pandas as pd

from pipeline.errors import DataError
from pipeline.output import LIST_SEPARATOR  # noqa: F401  (how a list is written into one text cell)


def _read(data: Path, name: str) -> pd.DataFrame:
    path = Path(data) / f"{name}.parquet"
    if not path.exists():
        raise DataError(f"{path} not found: run `gwr extract --out {data}` first")
    return pd.read_parquet(path)


TASK_VIEW_COLUMNS = [
    "doc_id",
    "task_no",
    "chapter",
    "lead_leaders",
    "units",
    "due",
    "deadlines",
    "targets",
    "text",
    "char_start",
    "char_end",
    "source_doc_id",
    "source_char_start",
    "source_char_end",
]


def tasks_view(
    data: str | Path, leader: str | None = None, unit: str | None = None, due_before: dt.date | None = None
) -> pd.DataFrame:
    """One row per task: owners (lists), deadlines (earliest first) and quantified targets (lists of
    strings), the text and its chapter, and the passage of the work report it was taken from
    (`source_doc_id`, `source_char_start`, `source_char_end`); filtered."""
    data = Path(data)
    tasks, deadlines, figures = _read(data, "tasks"), _read(data, "deadlines"), _read(data, "figures")
    dl = deadlines.set_index("deadline_id")
    fig = figures.set_index("figure_id")
    rows = []
    for t in tasks.itertuples(index=False):
        leaders, units = list(t.lead_leaders), list(t.units)
        if leader and not any(leader in name for name in leaders):
            continue
        if unit and not any(unit in u for u in units):
            continue
        dues = sorted(
            (dl.at[i, "due"], dl.at[i, "text"], dl.at[i, "action"] or "") for i in t.deadline_ids if i in dl.index
        )
        if due_before and not any(d <= due_before for d, _, _ in dues):
            continue
        targets = [
            f"{fig.at[i, 'indicator'] or ''} {fig.at[i, 'text']}".strip()
            for i in t.figure_ids
            if i in fig.index and fig.at[i, "status"] == "target"
        ]
        rows.append(
            {
                "doc_id": t.doc_id,
                "task_no": int(t.task_no),
                "chapter": t.chapter,
                "lead_leaders": leaders,
                "units": units,
                "due": dues[0][0] if dues else None,
                "deadlines": [f"{d.isoformat()} {text} {action}".strip() for d, text, action in dues],
                "targets": targets,
                "text": t.text,
                "char_start": int(t.char_start),
                "char_end": int(t.char_end),
                "source_doc_id": t.source_doc_id,
                "source_char_start": t.source_char_start,
                "source_char_end": t.source_char_end,
            }
        )
    frame = pd.DataFrame(rows, columns=TASK_VIEW_COLUMNS)
    return frame.astype(
        {"task_no": "Int16", "source_char_start": "Int64", "source_char_end": "Int64", "due": "date32[day][pyarrow]"}
    )


def to_json(frame: pd.DataFrame) -> str:
    """Rows as a JSON array: lists as lists, dates as YYYY-MM-DD, nullable ints as ints or null
    (the convention of every query command, `pipeline/output.py`)."""
    from pipeline.output import to_json as rows_json

    return rows_json(frame).rstrip("\n")


def to_csv(frame: pd.DataFrame) -> str:
    """Rows as CSV: a list in one cell joined with 、, dates as YYYY-MM-DD (`pipeline/output.py`)."""
    from pipeline.output import to_csv as rows_csv

    return rows_csv(frame)
