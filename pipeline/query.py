"""Reading the output tables back for the question users ask of a breakdown:
"what is 朱蕾 responsible for, and by when".

Why a library function: `gwr tasks` prints it, a notebook can call it and get a DataFrame.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pandas as pd


def _read(data: Path, name: str) -> pd.DataFrame:
    path = Path(data) / f"{name}.parquet"
    if not path.exists():
        raise FileNotFoundError(f"{path} not found: run `gwr extract --out {data}` first")
    return pd.read_parquet(path)


def tasks_view(data: str | Path, leader: str | None = None, unit: str | None = None, due_before: dt.date | None = None) -> pd.DataFrame:
    """One row per task: owners, deadlines (earliest first), quantified targets, text; filtered."""
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
        dues = sorted((dl.at[i, "due"], dl.at[i, "text"], dl.at[i, "action"] or "") for i in t.deadline_ids if i in dl.index)
        if due_before and not any(d <= due_before for d, _, _ in dues):
            continue
        targets = [f"{fig.at[i, 'indicator'] or ''} {fig.at[i, 'text']}".strip() for i in t.figure_ids if i in fig.index and fig.at[i, "status"] == "target"]
        rows.append(
            {
                "doc_id": t.doc_id,
                "task_no": int(t.task_no),
                "lead_leaders": "、".join(leaders),
                "units": "、".join(units),
                "due": dues[0][0] if dues else None,
                "deadlines": "; ".join(f"{d.isoformat()} {text} {action}".strip() for d, text, action in dues),
                "targets": "; ".join(targets),
                "text": t.text,
                "char_start": int(t.char_start),
                "char_end": int(t.char_end),
            }
        )
    return pd.DataFrame(rows, columns=["doc_id", "task_no", "lead_leaders", "units", "due", "deadlines", "targets", "text", "char_start", "char_end"])
