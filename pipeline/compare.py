"""Across documents: which targets changed between two years (`diff`), and which were met (`scorecard`).

Why one module over the written tables: both answers are joins of the same Parquet tables under the
same rule of comparability, so a notebook gets exactly what the CLI prints. The rule, stated once in
`comparability()`: two figures compare only when they name the same indicator (its code, or the same
words when the lexicon has no code), have the same measure (amount, growth, share …), units of one
family (`patterns/compare.py` converts 亿斤 to 万吨), and the same period (a five-year cumulative
figure never meets an annual one).
"""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

import pandas as pd

from patterns import compare as P
from pipeline.errors import DataError

VERDICTS = P.VERDICTS

SCORECARD_COLUMNS = [
    "region",
    "year",
    "indicator_code",
    "indicator",
    "measure",
    "comparator",
    "target_value",
    "target_value_max",
    "target_unit",
    "target_doc_id",
    "target_source",
    "target_figure_id",
    "target_text",
    "target_sentence",
    "target_char_start",
    "target_char_end",
    "outcome_value",
    "outcome_unit",
    "outcome_status",
    "outcome_doc_id",
    "outcome_source",
    "outcome_figure_id",
    "outcome_text",
    "outcome_sentence",
    "outcome_char_start",
    "outcome_char_end",
    "verdict",
    "reason",
]

DIFF_COLUMNS = [
    "indicator_code",
    "indicator",
    "measure",
    "horizon",
    "change",
    "from_year",
    "from_target",
    "from_text",
    "from_sentence",
    "from_doc_id",
    "from_char_start",
    "from_char_end",
    "to_year",
    "to_target",
    "to_text",
    "to_sentence",
    "to_doc_id",
    "to_char_start",
    "to_char_end",
]


# A question the data cannot answer as asked (unknown region, missing table): pipeline/errors.py.
CompareError = DataError


# ---------------------------------------------------------------- loading


def load_tables(
    data: str | Path, names: Iterable[str] = ("documents", "figures", "targets")
) -> dict[str, pd.DataFrame]:
    """The tables `gwr extract` wrote to `data`, by name."""
    data = Path(data)
    tables = {}
    for name in names:
        path = data / f"{name}.parquet"
        if not path.exists():
            raise CompareError(f"{path}: no such table (run `gwr extract --out {data}` first)")
        tables[name] = pd.read_parquet(path)
    return tables


def resolve_region(documents: pd.DataFrame, region: str) -> str:
    """The region as the documents table names it: exact, or the one region that ends with what was
    typed (`偃师区` -> `洛阳市偃师区`)."""
    known = sorted(documents["region"].dropna().unique())
    if region in known:
        return region
    tail = [r for r in known if r.endswith(region)]
    if len(tail) == 1:
        return tail[0]
    if len(tail) > 1:
        raise CompareError(f"region {region!r} is ambiguous: {', '.join(tail[:10])}")
    shown = ", ".join(known[:15]) + (" …" if len(known) > 15 else "")
    raise CompareError(f"no documents for region {region!r} (regions in the data: {shown or 'none'})")


def _figures_with_documents(tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Figures with their document's region, type, years and source: one frame to select from."""
    docs = tables["documents"][["doc_id", "source", "doc_type", "region", "plan_year", "review_year", "delivered_on"]]
    figs = tables["figures"].merge(docs, on="doc_id", how="inner")
    figs["identity"] = [_identity(c, i) for c, i in zip(figs["indicator_code"], figs["indicator"])]
    return figs


def _identity(code: Any, indicator: Any) -> str | None:
    """Same indicator across documents: its lexicon code, else its exact words."""
    if isinstance(code, str) and code:
        return code
    if isinstance(indicator, str) and indicator:
        return "text:" + indicator
    return None


# ---------------------------------------------------------------- comparability and values


def canonical(unit_base: Any, value_base: Any) -> tuple[str | None, float | None]:
    """(unit, value) in the unit figures of one family are compared in."""
    value = (
        None if value_base is None or (isinstance(value_base, float) and math.isnan(value_base)) else float(value_base)
    )
    if not isinstance(unit_base, str):
        return None, value
    unit, factor = P.CANONICAL_UNITS.get(unit_base, (unit_base, 1.0))
    return unit, (None if value is None else value * factor)


def _period(row) -> int | None:
    p = row["period_start"]
    return None if p is None or (isinstance(p, float) and math.isnan(p)) else int(p)


def comparability(a, b) -> str | None:
    """None when figures `a` and `b` can be compared; else the reason they cannot, for a person."""
    if a["measure"] != b["measure"]:
        return f"the target is measured as {a['measure']}, the outcome as {b['measure']}"
    ua, _ = canonical(a["unit_base"], a["value_base"])
    ub, _ = canonical(b["unit_base"], b["value_base"])
    if ua != ub:
        return f"units differ ({a['unit_base'] or 'none'} vs {b['unit_base'] or 'none'})"
    pa, pb = _period(a), _period(b)
    if (pa is None) != (pb is None):
        which = ("target", pa) if pa is not None else ("outcome", pb)
        return f"the {which[0]} is cumulative since {which[1]}, the other annual"
    if pa != pb:
        return f"periods differ (since {pa} vs since {pb})"
    return None


def _signed(value: Any, sign: Any) -> float | None:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    return float(value) * (int(sign) if sign in (1, -1) else 1)


def better_direction(target) -> str:
    """'higher' or 'lower': which way of the target's signed value counts as doing better.

    The comparator binds first (`以上` is a floor, `以内` a ceiling, in the direction of the stated
    sign: `下降3%以上` is a floor on the fall). Without one, the indicator's polarity decides
    (prices, unemployment, intensity: lower is better), then a ceiling word before the number
    (`缩小至1.5`), then the sign (`下降3%` asks for at least that fall).
    """
    sign = -1 if target["sign"] == -1 else 1
    comparator = target["comparator"]
    if comparator == ">=":
        return "higher" if sign == 1 else "lower"
    if comparator == "<=":
        return "lower" if sign == 1 else "higher"
    if target.get("indicator_code") in P.LOWER_IS_BETTER:
        return "lower"
    if _ceiling_cue(target.get("sentence"), target.get("text")):
        return "lower"
    return "higher" if sign == 1 else "lower"


def _ceiling_cue(sentence: Any, text: Any) -> bool:
    if not isinstance(sentence, str) or not isinstance(text, str):
        return False
    at = sentence.find(text)
    if at < 0:
        at = sentence.find(unicodedata.normalize("NFKC", text))
    if at < 0:
        return False
    before = sentence[max(0, at - P.CUE_WINDOW) : at]
    return any(cue in before for cue in P.AT_MOST_CUES)


def judge(target, outcome) -> tuple[str, str]:
    """(verdict, reason) for a target against a comparable outcome."""
    # a comparable pair has values (comparability() is asked first)
    t_low = cast(float, canonical(target["unit_base"], target["value_base"])[1])
    scale = t_low / target["value"] if target["value"] else 1.0
    t_high = t_low if _missing(target["value_max"]) else float(target["value_max"]) * scale
    o_value = cast(float, canonical(outcome["unit_base"], outcome["value_base"])[1])
    sign_t = -1 if target["sign"] == -1 else 1
    sign_o = -1 if outcome["sign"] == -1 else 1
    t_low, t_high, o_value = t_low * sign_t, t_high * sign_t, o_value * sign_o
    t_low, t_high = min(t_low, t_high), max(t_low, t_high)
    direction = better_direction(target)
    tolerance = (
        P.APPROX_TOLERANCE * abs(t_low if direction == "higher" else t_high) if target["comparator"] == "~" else 0.0
    )
    eps = 1e-9 * max(1.0, abs(t_low), abs(t_high))
    shown_t = _show_value(target)
    shown_o = _show_value(outcome)
    how = f"{'higher' if direction == 'higher' else 'lower'} is better"
    if direction == "higher":
        ok = o_value >= t_low - tolerance - eps
    else:
        ok = o_value <= t_high + tolerance + eps
    slack = (
        f", within the {P.APPROX_TOLERANCE:.0%} allowed by 左右"
        if ok
        and tolerance
        and ((direction == "higher" and o_value < t_low - eps) or (direction == "lower" and o_value > t_high + eps))
        else ""
    )
    status = " (an estimate)" if outcome.get("status") == "estimated" else ""
    return ("met" if ok else "missed"), f"target {shown_t}, outcome {shown_o}{status}; {how}{slack}"


def _missing(x: Any) -> bool:
    return x is None or (isinstance(x, float) and math.isnan(x))


def _show_value(row) -> str:
    """`≥55%`, `≈5.5%`, `-3%`, `6~7%`: a figure as a person reads it."""
    value = row["value"]
    sign = "-" if row.get("sign") == -1 else ""
    num = f"{value:g}" if _missing(row.get("value_max")) else f"{value:g}~{row['value_max']:g}"
    comparator = row.get("comparator")
    prefix = P.COMPARATOR_SHOWN.get(comparator, "") if comparator and comparator != "=" else ""
    unit = (
        row.get("unit")
        if isinstance(row.get("unit"), str)
        else (row.get("unit_base") if isinstance(row.get("unit_base"), str) else "")
    )
    return f"{prefix}{sign}{num}{unit}"


# ---------------------------------------------------------------- scorecard


def _targets_frame(tables: dict[str, pd.DataFrame], figs: pd.DataFrame) -> pd.DataFrame:
    targets = tables["targets"][["figure_id"]]
    return figs.merge(targets, on="figure_id", how="inner")


def scorecard(tables: dict[str, pd.DataFrame], region: str | None = None, year: int | None = None) -> pd.DataFrame:
    """Every target for `year` set for `region` (any document), judged against the outcome for that
    year reported by a later document of the region. None for region or year means every one."""
    figs = _figures_with_documents(tables)
    if region is not None:
        region = resolve_region(tables["documents"], region)
        figs = figs[figs["region"] == region]
    targets = _targets_frame(tables, figs)
    targets = targets[targets["year"].notna()]
    if year is not None:
        targets = targets[targets["year"] == year]
    outcomes = figs[figs["status"].isin(["actual", "estimated"]) & figs["year"].notna()]
    by_key = {k: g for k, g in outcomes.groupby(["region", "year"], sort=False)}
    rows = []
    targets = targets.sort_values(["region", "year", "plan_year", "doc_id", "char_start"], kind="stable")
    for t in targets.to_dict("records"):
        rows.append(_score_one(t, by_key.get((t["region"], t["year"]))))
    frame = pd.DataFrame(rows, columns=SCORECARD_COLUMNS)
    return frame.astype(
        {"year": "int64", **{c: "Int64" for c in SCORECARD_COLUMNS if c.endswith(("_char_start", "_char_end"))}}
    )


def _later(outcomes: pd.DataFrame, target: dict) -> pd.DataFrame:
    """Outcomes from documents written after the target's: a later plan year (or, lacking plan
    years, a later delivery date)."""
    if not _missing(target["plan_year"]):
        keep = outcomes["plan_year"] > target["plan_year"]
    else:
        keep = (
            outcomes["delivered_on"].notna() & (outcomes["delivered_on"] > target["delivered_on"])
            if target["delivered_on"] is not None
            else outcomes["doc_id"].isna()
        )
    return outcomes[keep.fillna(False).astype(bool)]


def _score_one(t: dict, outcomes: pd.DataFrame | None) -> dict[str, Any]:
    row = {
        "region": t["region"],
        "year": int(t["year"]),
        "indicator_code": t["indicator_code"],
        "indicator": t["indicator"],
        "measure": t["measure"],
        "comparator": t["comparator"],
        "target_value": t["value"] * (-1 if t["sign"] == -1 else 1),
        "target_value_max": t["value_max"],
        "target_unit": t["unit"],
        "target_doc_id": t["doc_id"],
        "target_source": t["source"],
        "target_figure_id": t["figure_id"],
        "target_text": t["text"],
        "target_sentence": t["sentence"],
        "target_char_start": t["char_start"],
        "target_char_end": t["char_end"],
    }
    empty = {k: None for k in SCORECARD_COLUMNS if k.startswith("outcome_")}
    if not isinstance(t["identity"], str):
        return {**row, **empty, "verdict": "not comparable", "reason": "the target names no indicator"}
    later = _later(outcomes, t) if outcomes is not None else None
    if later is None or later.empty:
        return {
            **row,
            **empty,
            "verdict": "no outcome reported",
            "reason": f"no later document of {t['region']} reports on {int(t['year'])}",
        }
    same = later[later["identity"] == t["identity"]]
    if same.empty:
        return {
            **row,
            **empty,
            "verdict": "no outcome reported",
            "reason": f"later documents report no {t['indicator']} for {int(t['year'])}",
        }
    # The nearest later report speaks for the year; actual figures before estimates; first mention first.
    same = same.assign(_rank=(same["status"] != "actual").astype(int)).sort_values(
        ["plan_year", "_rank", "doc_id", "char_start"], kind="stable"
    )
    first_reason: tuple[str, dict] | None = None
    for o in same.to_dict("records"):
        why = comparability(t, o)
        if why is None:
            verdict, reason = judge(t, o)
            return {**row, **_outcome_fields(o), "verdict": verdict, "reason": reason}
        first_reason = first_reason or (why, o)
    why, o = cast(tuple[str, dict], first_reason)  # `same` is not empty: the loop saw a row
    return {**row, **_outcome_fields(o), "verdict": "not comparable", "reason": why}


def _outcome_fields(o: dict) -> dict[str, Any]:
    return {
        "outcome_value": o["value"] * (-1 if o["sign"] == -1 else 1),
        "outcome_unit": o["unit"],
        "outcome_status": o["status"],
        "outcome_doc_id": o["doc_id"],
        "outcome_source": o["source"],
        "outcome_figure_id": o["figure_id"],
        "outcome_text": o["text"],
        "outcome_sentence": o["sentence"],
        "outcome_char_start": o["char_start"],
        "outcome_char_end": o["char_end"],
    }


# ---------------------------------------------------------------- diff


@dataclass(frozen=True)
class _Side:
    year: int
    targets: pd.DataFrame  # one row per (identity, measure, horizon), the one that speaks for the side


def _side(figs_targets: pd.DataFrame, documents: pd.DataFrame, region: str, year: int) -> _Side:
    docs = documents[(documents["region"] == region) & (documents["plan_year"] == year)]
    if docs.empty:
        years = sorted({int(y) for y in documents.loc[documents["region"] == region, "plan_year"].dropna()})
        raise CompareError(
            f"no document of {region} has plan year {year} (its plan years: {', '.join(map(str, years)) or 'none'})"
        )
    t = figs_targets[figs_targets["doc_id"].isin(docs["doc_id"]) & figs_targets["identity"].notna()].copy()
    t["horizon"] = ["plan year" if y == year else "horizon" for y in t["year"]]
    t = t[t["year"] >= year]
    t["_priority"] = t["doc_type"].map(P.DOC_TYPE_PRIORITY).fillna(9)
    t = t.sort_values(["_priority", "doc_id", "char_start"], kind="stable")
    t = t.drop_duplicates(["identity", "measure", "horizon"], keep="first")
    return _Side(year, t)


def diff(
    tables: dict[str, pd.DataFrame], region: str, year_from: int, year_to: int, all_indicators: bool = False
) -> pd.DataFrame:
    """Targets of `region`'s documents with plan year `year_from` against those of `year_to`, per
    indicator, measure and horizon (the plan year itself, or a later year such as a five-year plan's end).

    Only indicators of the lexicon by default: a target whose indicator has no code is matched by its
    exact words, which rarely recur from one year to another, so `all_indicators` lists those too."""
    region = resolve_region(tables["documents"], region)
    figs = _figures_with_documents(tables)
    figs = figs[figs["region"] == region]
    if not all_indicators:
        figs = figs[figs["indicator_code"].notna()]
    targets = _targets_frame(tables, figs)
    a = _side(targets, tables["documents"], region, year_from)
    b = _side(targets, tables["documents"], region, year_to)
    left = {(r["identity"], r["measure"], r["horizon"]): r for r in a.targets.to_dict("records")}
    right = {(r["identity"], r["measure"], r["horizon"]): r for r in b.targets.to_dict("records")}
    order = {k: i for i, k in enumerate(list(left) + [k for k in right if k not in left])}
    rows = []
    for key in sorted(order, key=lambda k: (k[2] != "plan year", order[k])):
        old, new = left.get(key), right.get(key)
        any_row = cast(dict, old or new)  # a key comes from one side at least
        rows.append(
            {
                "indicator_code": any_row["indicator_code"],
                "indicator": any_row["indicator"],
                "measure": key[1],
                "horizon": key[2],
                "change": _change(old, new),
                **_side_fields("from", old),
                **_side_fields("to", new),
            }
        )
    return pd.DataFrame(rows, columns=DIFF_COLUMNS).astype(
        {c: "Int64" for c in DIFF_COLUMNS if c.endswith(("_year", "_char_start", "_char_end"))}
    )


def _side_fields(prefix: str, row: dict | None) -> dict[str, Any]:
    if row is None:
        return {
            f"{prefix}_{k}": None for k in ("year", "target", "text", "sentence", "doc_id", "char_start", "char_end")
        }
    return {
        f"{prefix}_year": int(row["year"]),
        f"{prefix}_target": _show_value(row),
        f"{prefix}_text": row["text"],
        f"{prefix}_sentence": row["sentence"],
        f"{prefix}_doc_id": row["doc_id"],
        f"{prefix}_char_start": row["char_start"],
        f"{prefix}_char_end": row["char_end"],
    }


def _change(old: dict | None, new: dict | None) -> str:
    """`added`, `dropped`, `same`, or how it moved: `lower, softer`, `higher`, `harder` …"""
    if old is None:
        return "added"
    if new is None:
        return "dropped"
    why = comparability(old, new)
    if why is not None:
        return f"not comparable: {why}"
    _, a_base = canonical(old["unit_base"], old["value_base"])
    _, b_base = canonical(new["unit_base"], new["value_base"])
    # comparable figures have values (comparability() above)
    a, b = cast(float, _signed(a_base, old["sign"])), cast(float, _signed(b_base, new["sign"]))
    parts = []
    if b > a + 1e-9 * max(1.0, abs(a)):
        parts.append("higher")
    elif b < a - 1e-9 * max(1.0, abs(a)):
        parts.append("lower")
    ha, hb = P.HARDNESS.get(old["comparator"], 2), P.HARDNESS.get(new["comparator"], 2)
    if hb < ha:
        parts.append("softer")
    elif hb > ha:
        parts.append("harder")
    elif old["comparator"] != new["comparator"]:
        parts.append(f"{P.COMPARATOR_SHOWN.get(old['comparator'])} → {P.COMPARATOR_SHOWN.get(new['comparator'])}")
    return ", ".join(parts) or "same"


# ---------------------------------------------------------------- output


def write_frame(frame: pd.DataFrame, output: str | Path, force: bool = False) -> Path:
    """The rows to `output` in the format its suffix names (`.csv`, `.json`, `.parquet`, `.xlsx`,
    `.dta`; `pipeline/output.py`, `OutputError` for another), written atomically and readable by all.

    An existing file is replaced only when gwr wrote it for a table of the same columns (so a re-run
    of the same command may overwrite its own output), or with `force`; else `OutPathError`."""
    from pipeline.output import write_table

    return write_table(frame, output, force)
