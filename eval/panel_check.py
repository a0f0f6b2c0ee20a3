"""Score `gwr panel` against the hand-built panel check in eval/panel/*.csv.

    python eval/panel_check.py OUT [--list] [--only gdp]

OUT is a `gwr extract` output folder (the whole corpus: `gwr extract ../shared/corpus --out OUT`).
Each CSV row was written by reading the reports (eval/panel/README.md): the headline target of the
plan year (value, value_max, comparator as in ../shared/gold/GUIDELINES.md; empty when the report
sets none) and the previous year's outcome as the next report states it (empty when it does not).

Figures, per check file (indicator):
- targets exact: the panel's `target_value`, `target_value_max` and `target_comparator` equal the
  hand's (a row the hand leaves without a target is exact when the panel has none either); the
  aspiration too where the hand notes one (`aspiration=8`);
- outcomes found: of the rows whose next report states the outcome, the panel has an outcome;
- outcomes exact: of those, the panel's `outcome_value` equals the hand's.
Every row that is not exact is listed with `--list` (panel's value, then the hand's).
"""

from __future__ import annotations

import argparse
import math
import re
import sys
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.compare import CompareError, resolve_region  # noqa: E402
from pipeline.panel import load_panel_tables, panel  # noqa: E402

CHECKS = ROOT / "eval" / "panel"


def _num(x) -> float | None:
    if x is None or (isinstance(x, float) and math.isnan(x)) or x is pd.NA:
        return None
    s = str(x).strip()
    return float(s) if s else None


def _same(a, b) -> bool:
    a, b = _num(a), _num(b)
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) < 1e-6


def _fmt(v, vmax, cmp) -> str:
    v, vmax = _num(v), _num(vmax)
    if v is None:
        return "—"
    s = f"{v:g}" + (f"~{vmax:g}" if vmax is not None else "")
    return f"{cmp or '?'}{s}"


def load_checks(only: str | None = None) -> pd.DataFrame:
    frames = []
    for path in sorted(CHECKS.glob("*.csv")):
        if only and path.stem != only:
            continue
        frames.append(pd.read_csv(path, dtype=str, keep_default_na=False).assign(check=path.stem))
    return pd.concat(frames, ignore_index=True)


def score(out: Path, checks: pd.DataFrame) -> tuple[pd.DataFrame, list[str]]:
    tables = load_panel_tables(out)
    docs = tables["documents"]
    rows, notes = [], []
    for (code, measure), group in checks.groupby(["indicator_code", "measure"], sort=False):
        p = panel(tables, indicator=code, measure=measure)
        p = p.set_index(["region", "year"])
        for r in group.itertuples(index=False):
            try:
                region = resolve_region(docs, r.region)
            except CompareError as e:
                region, _ = None, notes.append(f"{r.region}: {e}")
            key = (region, int(r.year))
            got = p.loc[key] if region is not None and key in p.index else None
            if isinstance(got, pd.DataFrame):
                got = got.iloc[0]
            asp = re.search(r"aspiration=([\d.]+)", r.note or "")
            if got is None:
                t_ok = r.target_value == ""
                panel_t, o_val, o_from = "— (no row)", None, None
            else:
                t_ok = (
                    _same(got["target_value"], r.target_value)
                    and _same(got["target_value_max"], r.target_value_max)
                    and (r.target_value == "" or got["target_comparator"] == r.target_comparator)
                    and (asp is None or _same(got["target_aspiration"], asp.group(1)))
                )
                panel_t = _fmt(got["target_value"], got["target_value_max"], got["target_comparator"])
                if _num(got["target_aspiration"]) is not None:
                    panel_t += f" (aspiration {got['target_aspiration']:g})"
                o_val, o_from = _num(got["outcome_value"]), got["outcome_from"]
            has_o = r.outcome_value != ""
            rows.append(
                {
                    "check": r.check,
                    "region": r.region,
                    "year": int(r.year),
                    "target_exact": t_ok,
                    "panel_target": panel_t,
                    "hand_target": _fmt(r.target_value, r.target_value_max, r.target_comparator)
                    + (f" (aspiration {asp.group(1)})" if asp else ""),
                    "target_doc": r.target_doc,
                    "outcome_stated": has_o,
                    "outcome_found": has_o and o_val is not None,
                    "outcome_exact": has_o and _same(o_val, r.outcome_value),
                    "panel_outcome": "—" if o_val is None else f"{o_val:g} ({o_from})",
                    "hand_outcome": r.outcome_value or "—",
                    "outcome_doc": r.outcome_doc,
                }
            )
    return pd.DataFrame(rows), notes


def summary(res: pd.DataFrame) -> pd.DataFrame:
    def agg(g: pd.DataFrame) -> pd.Series:
        stated = g[g["outcome_stated"]]
        with_t = g[g["hand_target"] != "—"]
        return pd.Series(
            {
                "rows": len(g),
                "with target": len(with_t),
                "targets exact %": round(100 * g["target_exact"].mean(), 1),
                "outcomes stated": len(stated),
                "outcomes found %": round(100 * stated["outcome_found"].mean(), 1) if len(stated) else float("nan"),
                "outcomes exact %": round(100 * stated["outcome_exact"].mean(), 1) if len(stated) else float("nan"),
            }
        )

    parts = [agg(g).rename(c) for c, g in res.groupby("check", sort=True)]
    parts.append(agg(res).rename("all"))
    return pd.DataFrame(parts)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("out", type=Path, help="a gwr extract output folder")
    ap.add_argument("--list", action="store_true", help="list every row that is not exact")
    ap.add_argument("--only", help="one check file (stem): gdp, cpi, unemployment, grain, fiscal")
    args = ap.parse_args()
    res, notes = score(args.out, load_checks(args.only))
    for n in notes:
        print("note:", n)
    print(summary(res).to_string())
    if args.list:
        bad = res[~res["target_exact"] | (res["outcome_stated"] & ~res["outcome_exact"])]
        for r in bad.itertuples(index=False):
            what = []
            if not r.target_exact:
                what.append(f"target {r.panel_target} vs hand {r.hand_target} [{r.target_doc}]")
            if r.outcome_stated and not r.outcome_exact:
                what.append(f"outcome {r.panel_outcome} vs hand {r.hand_outcome} [{r.outcome_doc}]")
            print(f"{r.check} {r.region} {r.year}: " + "; ".join(what))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
