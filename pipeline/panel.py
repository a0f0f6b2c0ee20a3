"""Panels: each region's headline target for an indicator in each year, against what was achieved.

One row per region × indicator × measure × year, over every year the region's reports span (or the
years asked for), so a year without a target is a row that says why (`note`): the report sets none
(`不提出具体目标`), sets a relative one (`高于全国1个百分点`), the report is missing, or no target was
read. The rules, stated once and applied with pandas over whole tables (no loop over documents):

- **Headline target**: a `target` figure for the year, from a document of the region whose plan year
  it is (work report first, then plan report, then breakdown: `patterns/panel.py` DOC_TYPE_RANK),
  never cumulative over several years (`period_start` empty: no five-year average), in the targets
  part first (SECTION_RANK), its first mention. A floor with an aspiration (`7%以上、力争8%`) keeps
  both: `target_value` 7 and `target_aspiration` 8.
- **Outcome**: an `actual` or `estimated` figure for the year, annual (not `一季度…`), of the same
  indicator and measure, from the next year's report, else a later report, else the statistical
  communiqué on the year (`doc_type` `communique`, whose figures are that year's actuals); actual
  before estimated; in units that compare with the target's. `outcome_from` says which.
- **Verdict**: `pipeline.compare.comparability` and `pipeline.compare.judge`, the very functions
  `gwr scorecard` uses; one verdict logic.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from patterns import compare as PC
from patterns import panel as P
from pipeline.compare import CompareError, comparability, judge, resolve_region
from pipeline.hierarchy import parent_region
from schemas.records import FIGURE_READING

KEYS = ["region", "identity", "measure", "year"]

PANEL_COLUMNS = [
    "region",
    "parent",
    "level",
    "indicator_code",
    "indicator",
    "measure",
    "year",
    "target_value",
    "target_value_max",
    "target_comparator",
    "target_unit",
    "target_unit_base",
    "target_value_base",
    "target_aspiration",
    "target_text",
    "target_sentence",
    "target_doc_id",
    "target_source",
    "target_figure_id",
    "target_char_start",
    "target_char_end",
    "outcome_value",
    "outcome_unit",
    "outcome_status",
    "outcome_from",
    "outcome_source",
    "outcome_doc_id",
    "outcome_text",
    "outcome_sentence",
    "outcome_figure_id",
    "outcome_char_start",
    "outcome_char_end",
    "gap",
    "verdict",
    "reason",
    "note",
]
PARENT_COLUMNS = ["parent_target_value", "parent_target_value_max", "parent_target_comparator", "target_minus_parent"]

_FIGURE_COLUMNS = ["doc_id", "figure_id", "section_id", "char_start", "char_end", "text", "sentence", *FIGURE_READING]
_WORDS = ("text", "sentence")
_DOC_COLUMNS = ["doc_id", "source", "doc_type", "region", "level", "plan_year", "review_year"]


# ---------------------------------------------------------------- loading


def load_panel_tables(data: str | Path) -> dict[str, pd.DataFrame]:
    """The tables the panel reads from an output folder. The figures' `text` and `sentence` are kept
    as an Arrow table (`figure_words`) and converted only for the rows a panel shows; `texts` is
    the path of texts.parquet, read only for the reports whose rows lack a target."""
    import pyarrow.parquet as pq

    data = Path(data)
    tables: dict[str, pd.DataFrame] = {}
    numbers = [c for c in _FIGURE_COLUMNS if c not in _WORDS]
    for name, columns in (
        ("documents", _DOC_COLUMNS),
        ("figures", numbers),
        ("sections", ["doc_id", "section_id", "char_start", "kind"]),
    ):
        path = data / f"{name}.parquet"
        if not path.exists():
            raise CompareError(f"{path}: no such table (run `gwr extract --out {data}` first)")
        # figures' few distinct strings (codes, units, statuses, ids) as categoricals: filtering and
        # sorting 600,000 rows then moves integers, not strings
        tables[name] = pq.read_table(path, columns=columns).to_pandas(strings_to_categorical=(name == "figures"))
    # the figures' words stay in Arrow, row-aligned with `figures`, and only the rows used are converted
    tables["figure_words"] = pq.read_table(data / "figures.parquet", columns=list(_WORDS))
    path = data / "texts.parquet"
    if path.exists():
        tables["texts"] = path  # read when needed, only for the reports whose rows lack a target
    return tables


def _read_cues(path: Path, doc_ids: set[str]) -> pd.DataFrame:
    """The cue sentences of `doc_ids` in texts.parquet, read batch by batch (the texts of a whole
    corpus are never all in memory) and split and searched in Arrow."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows: list = []
    for batch in pq.ParquetFile(path).iter_batches(batch_size=64, columns=["doc_id", "text"]):
        rows += _cue_sentences(pa.Table.from_batches([batch]), doc_ids)
    pa.default_memory_pool().release_unused()  # give the texts' buffers back
    return pd.DataFrame(rows, columns=["doc_id", "char_start", "sentence"])


# ---------------------------------------------------------------- the panel


def panel(
    tables: dict[str, pd.DataFrame],
    indicator: str | None = None,
    region: str | None = None,
    measure: str | None = None,
    level: str | None = None,
    year_from: int | None = None,
    year_to: int | None = None,
    with_parent: bool = False,
    all_indicators: bool = False,
) -> pd.DataFrame:
    """The panel as a DataFrame (columns PANEL_COLUMNS, plus PARENT_COLUMNS with `with_parent`).

    tables: `documents` and `figures` (as `gwr extract` writes them); `sections` to rank targets by
    the part of the report they sit in; `texts` (a frame or Arrow table of doc_id and text, or the
    path of texts.parquet) to tell `no target set` and
    `relative target` apart from `no target found`. indicator: a lexicon code (`gdp`); region: as in
    `documents.region` or its unique tail; None for any filter means all. Only indicators with a
    lexicon code, unless `all_indicators` (then uncoded ones are matched by their exact words).
    """
    documents = tables["documents"]
    wanted = None
    if region is not None:
        wanted = resolve_region(documents, region)
    regions = None
    if wanted is not None:
        regions = {wanted}
        if with_parent:
            regions |= {r for r in (parent_region(wanted),) if r}
    frame = _build(tables, indicator, regions, measure, year_from, year_to, all_indicators)
    if with_parent:
        frame = _add_parent(frame)
    if wanted is not None:
        frame = frame[frame["region"] == wanted]
    if level is not None:
        frame = frame[frame["level"] == level]
    return frame.reset_index(drop=True)


def _figures(tables: dict[str, pd.DataFrame], indicator, regions, measure, all_indicators) -> pd.DataFrame:
    docs = tables["documents"][_DOC_COLUMNS].astype({"plan_year": "float64", "review_year": "float64"})
    figs = tables["figures"]
    figs = figs[[c for c in _FIGURE_COLUMNS if c in figs.columns and c not in _WORDS]].assign(_row=np.arange(len(figs)))
    figs = figs.astype({"year": "float64", "period_start": "float64", "value_max": "float64"})
    if measure is not None:
        figs = figs[figs["measure"] == measure]
    if indicator is not None:
        figs = figs[figs["indicator_code"] == indicator]
    elif not all_indicators:
        figs = figs[figs["indicator_code"].notna()]
    if regions is not None:
        docs = docs[docs["region"].isin(regions)]
    docs = docs[docs["region"].notna()]
    figs = figs[figs["doc_id"].isin(docs["doc_id"])]
    # categoricals (load_panel_tables) back to plain values once the rows are few: keys sort as text
    figs = figs.astype({c: object for c in figs.columns if isinstance(figs[c].dtype, pd.CategoricalDtype)})
    figs = figs.merge(docs, on="doc_id", how="inner")
    # A statistical communiqué reports one year: its undated figures are that year's actuals.
    com = (figs["doc_type"] == "communique").to_numpy()
    year = figs["year"].mask(com & figs["year"].isna().to_numpy(), figs["review_year"])
    figs = figs.assign(year=year)
    keep = ~com | (figs["year"] == figs["review_year"]).to_numpy()
    figs = figs[keep]
    figs.loc[figs["doc_type"] == "communique", "status"] = "actual"
    code = figs["indicator_code"]
    identity = code.where(code.notna(), ("text:" + figs["indicator"]) if all_indicators else None)
    figs = figs.assign(identity=identity)
    figs = figs[figs["identity"].notna() & figs["year"].notna()]
    figs = figs.assign(year=figs["year"].astype("int64"), cu=_canonical_unit(figs["unit_base"]))
    if "sections" in tables:
        kinds = tables["sections"][["section_id", "kind"]].drop_duplicates("section_id")
        figs = figs.merge(kinds, on="section_id", how="left")
    else:
        figs = figs.assign(kind=None)
    return figs


def _words(tables: dict, rows) -> tuple[list, list]:
    """(texts, sentences) of the figures at positions `rows` of `tables["figures"]`."""
    rows = np.asarray(rows, dtype="int64")
    if "figure_words" in tables:
        import pyarrow as pa

        taken = tables["figure_words"].take(pa.array(rows))
        return taken.column("text").to_pylist(), taken.column("sentence").to_pylist()
    figs = tables["figures"]
    return figs["text"].iloc[rows].tolist(), figs["sentence"].iloc[rows].tolist()


def _with_words(frame: pd.DataFrame, tables: dict) -> pd.DataFrame:
    text, sentence = _words(tables, frame["_row"].to_numpy())
    return frame.assign(
        text=pd.Series(text, index=frame.index, dtype=object),
        sentence=pd.Series(sentence, index=frame.index, dtype=object),
    )


def _canonical_unit(unit_base: pd.Series) -> pd.Series:
    mapped = unit_base.map({k: v[0] for k, v in PC.CANONICAL_UNITS.items()})
    return mapped.where(mapped.notna(), unit_base).fillna("")


def _headline_targets(figs: pd.DataFrame, tables: dict) -> pd.DataFrame:
    t = figs[
        (figs["status"] == "target")
        & figs["period_start"].isna()
        & figs["doc_type"].isin(P.PLAN_DOC_TYPES)
        & (figs["plan_year"] == figs["year"])
    ]
    t = _with_words(t, tables)
    t = t[~np.array([_multi_year(s, x, y) for s, x, y in zip(t["sentence"], t["text"], t["year"])], dtype=bool)]
    t = t.assign(
        _doc=t["doc_type"].map(P.DOC_TYPE_RANK).fillna(9),
        _sec=t["kind"].map(P.SECTION_RANK).fillna(P.OTHER_SECTION_RANK),
    )
    # where one part of one report gives several candidates, the one its sentence announces first
    several = t.duplicated(KEYS + ["_doc", "_sec", "doc_id"], keep=False).to_numpy()
    cue = np.ones(len(t), dtype=int)
    cue[several] = [0 if _announced(s, x) else 1 for s, x in zip(t["sentence"][several], t["text"][several])]
    t = t.assign(_cue=cue)
    t = t.sort_values(KEYS + ["_doc", "_sec", "doc_id", "_cue", "char_start"], kind="stable")
    return t.drop_duplicates(KEYS, keep="first")


def _aspirations(heads: pd.DataFrame, tables: dict) -> pd.Series:
    """`target_aspiration` for each headline: the next target number of the same document, at most
    ASPIRATION_WINDOW characters on, in the same unit, with 力争/争取 between (`增长7.5%以上、力争8%`).
    `heads` carry their words; the candidates are any target figure, with an indicator or not."""
    out = pd.Series(np.nan, index=heads.index)
    if heads.empty:
        return out
    figures = tables["figures"]
    docs = pd.Index(pd.unique(heads["doc_id"]))  # merge_asof wants one key dtype: integer codes
    at = np.flatnonzero(((figures["status"] == "target") & figures["doc_id"].isin(docs)).to_numpy(dtype=bool))
    cand = figures.iloc[at]
    cand = pd.DataFrame(
        {
            "doc_id": docs.get_indexer(cand["doc_id"]),
            "char_start_a": cand["char_start"].astype("int64").to_numpy(),
            "_row_a": at,
            "value_a": cand["value"].astype(float).to_numpy(),
            "unit_base_a": cand["unit_base"].astype(object).fillna("").to_numpy(),
            "sign_a": cand["sign"].to_numpy(),
            "code_a": cand["indicator_code"].astype(object).to_numpy(),
        }
    ).sort_values("char_start_a")
    left = pd.DataFrame(
        {
            "index": heads.index,
            "doc_id": docs.get_indexer(heads["doc_id"]),
            "after": (heads["char_end"].astype("int64") + 1).to_numpy(),
            "end": heads["char_end"].astype("int64").to_numpy(),
            "text": heads["text"].to_numpy(),
            "sentence": heads["sentence"].to_numpy(),
            "unit_base": heads["unit_base"].astype(object).fillna("").to_numpy(),
            "code": heads["indicator_code"].astype(object).to_numpy(),
        }
    ).sort_values("after")
    found = []
    for _ in range(P.ASPIRATION_CANDIDATES):  # the next few target numbers within the window, one pass each
        pairs = pd.merge_asof(
            left,
            cand,
            left_on="after",
            right_on="char_start_a",
            by="doc_id",
            direction="forward",
            tolerance=P.ASPIRATION_WINDOW,
        )
        pairs = pairs[pairs["_row_a"].notna()]
        if pairs.empty:
            break
        found.append(pairs)
        left = pairs[left.columns].assign(after=pairs["char_start_a"].astype("int64") + 1).sort_values("after")
    if not found:
        return out
    pairs = pd.concat(found)
    # same unit; the aspiration names no indicator of its own, or the floor's (never another's target)
    pairs = pairs[
        (pairs["unit_base"].astype(object) == pairs["unit_base_a"].astype(object))
        & (pairs["code_a"].isna() | (pairs["code_a"].astype(object) == pairs["code"].astype(object)))
    ]
    pairs = pairs.sort_values("char_start_a", kind="stable")
    if pairs.empty:
        return out
    text_a, _ = _words(tables, pairs["_row_a"].astype("int64").to_numpy())
    for r, ta in zip(pairs.to_dict("records"), text_a):
        if not np.isnan(out[r["index"]]):
            continue
        gap = _between(r["sentence"], r["text"], ta, int(r["char_start_a"]) - int(r["end"]))
        if gap is not None and _aspiration_gap(gap):
            out[r["index"]] = r["value_a"] * (-1 if r["sign_a"] == -1 else 1)
    return out


def _aspiration_gap(gap: str) -> bool:
    """`、力争`, `，实际工作中力争达到`: a cue, then at most a linking word before the number."""
    at = max(gap.rfind(c) + len(c) if c in gap else -1 for c in P.ASPIRATION_CUES)
    return at >= 0 and gap[at:].strip() in P.ASPIRATION_LINKS


def _between(sentence, first, second, distance: int) -> str | None:
    """The words of `sentence` between a figure's text and the next figure's, `distance` characters
    apart in the raw text: of the first text's occurrences, the one followed by the second at
    (nearly) that distance (a sentence may say `6.5%` twice)."""
    import unicodedata

    if not isinstance(sentence, str) or not isinstance(first, str) or not isinstance(second, str):
        return None
    best = None
    for a, b in ((first, second), (unicodedata.normalize("NFKC", first), unicodedata.normalize("NFKC", second))):
        i = sentence.find(a)
        while i >= 0:
            j = sentence.find(b, i + len(a))
            if j >= 0:
                off = abs(j - (i + len(a)) - distance)
                if best is None or off < best[0]:
                    best = (off, sentence[i + len(a) : j])
            i = sentence.find(a, i + 1)
        if best is not None and best[0] <= 2:
            return best[1]
    return None if best is None or best[0] > 2 else best[1]


def _before(sentence, text, window: int) -> str | None:
    """The `window` characters of `sentence` before `text` (raw or NFKC-normalised), if found."""
    import unicodedata

    if not isinstance(sentence, str) or not isinstance(text, str):
        return None
    at = sentence.find(text)
    if at < 0:
        at = sentence.find(unicodedata.normalize("NFKC", text))
    return None if at < 0 else sentence[max(0, at - window) : at]


def _multi_year(sentence, text, year) -> bool:
    """True when the words before the number make it a figure over several years (年均, 累计, 比2002年)."""
    before = _before(sentence, text, P.MULTI_YEAR_WINDOW)
    if not before:
        return False
    if any(c in before for c in P.MULTI_YEAR_CUES):
        return True
    return any(int(m.group("y")) != int(year) - 1 for m in P.BASE_YEAR_RE.finditer(before))


def _announced(sentence, text) -> bool:
    """True when words of the sentence before the figure announce the year's targets (TARGET_CUE_RE)."""
    before = _before(sentence, text, len(sentence) if isinstance(sentence, str) else 0)
    return before is not None and bool(before) and P.TARGET_CUE_RE.search(before) is not None


def _sub_year(sentence, text) -> bool:
    """True when the words before the number make it a figure for part of the year (一季度, 上半年)."""
    before = _before(sentence, text, P.SUB_YEAR_WINDOW)
    return before is not None and bool(before) and any(c in before for c in P.SUB_YEAR_CUES)


def _outcomes(figs: pd.DataFrame, combos: pd.DataFrame, tables: dict) -> pd.DataFrame:
    o = figs[figs["status"].isin(["actual", "estimated"]) & figs["period_start"].isna()]
    o = o.merge(combos[["region", "identity", "measure"]], on=["region", "identity", "measure"], how="inner")
    com = o["doc_type"] == "communique"
    src = np.select(
        [com, o["plan_year"] == o["year"] + 1, o["plan_year"] > o["year"] + 1],
        ["communique", "next report", "later report"],
        default="",
    )
    o = o.assign(outcome_from=src)
    o = _with_words(o[o["outcome_from"] != ""], tables)
    cues = (
        "|".join(map(re.escape, P.SUB_YEAR_CUES + P.MULTI_YEAR_CUES))
        + "|"
        + P.BASE_YEAR_RE.pattern.replace("(?P<y>", "(?:")
    )
    cue = o["sentence"].str.contains(cues, regex=True, na=False)
    if cue.any():
        sub = [
            _sub_year(s, t) or _multi_year(s, t, y)
            for s, t, y in zip(o.loc[cue, "sentence"], o.loc[cue, "text"], o.loc[cue, "year"])
        ]
        drop = pd.Series(False, index=o.index)
        drop.loc[cue[cue].index] = sub
        o = o[~drop]
    o = o.assign(
        _src=o["outcome_from"].map(P.OUTCOME_SOURCE_RANK),
        _status=(o["status"] != "actual").astype(int),
        _sec=(o["kind"] != "review").astype(int),
        _bound=(o["comparator"].fillna("=") != "=").astype(int),
    )
    # within a report: actual before estimated, the review first, a figure as written (`1552.6亿斤`)
    # before a bound on it (`稳定在1500亿斤以上`), then the first mention
    return o.sort_values(
        KEYS + ["_src", "plan_year", "_status", "_sec", "doc_id", "_bound", "char_start"], kind="stable"
    )


def _year_grid(documents: pd.DataFrame, combos: pd.DataFrame, year_from, year_to) -> pd.DataFrame:
    docs = documents[documents["region"].isin(combos["region"].unique())]
    plan = docs[docs["doc_type"].isin(P.PLAN_DOC_TYPES)].dropna(subset=["plan_year"])
    span = plan.groupby("region")["plan_year"].agg(["min", "max"])
    rows: list[Any] = []
    for reg, lo, hi in zip(span.index, span["min"], span["max"]):
        lo = int(year_from) if year_from is not None else int(lo)
        hi = int(year_to) if year_to is not None else int(hi)
        rows.extend((reg, y) for y in range(lo, hi + 1))
    for reg in set(combos["region"]) - set(span.index):  # only outcomes' documents: the years asked for
        if year_from is not None and year_to is not None:
            rows.extend((reg, y) for y in range(int(year_from), int(year_to) + 1))
    years = pd.DataFrame(rows, columns=["region", "year"])
    grid = combos.merge(years, on="region", how="inner")
    if year_from is not None:
        grid = grid[grid["year"] >= year_from]
    if year_to is not None:
        grid = grid[grid["year"] <= year_to]
    return grid


def _prefixed(frame: pd.DataFrame, prefix: str, columns: dict[str, str]) -> pd.DataFrame:
    return frame[KEYS + list(columns)].rename(columns={k: f"{prefix}{v}" for k, v in columns.items()})


# Columns of a figure carried into the panel for its target (`t_…`) and its outcome (`o_…`).
_FIGURE_COLS = (
    "value",
    "value_max",
    "comparator",
    "unit",
    "unit_base",
    "value_base",
    "sign",
)
_WHERE_COLS = ("text", "sentence", "doc_id", "source", "figure_id", "char_start", "char_end", "indicator")
_T_COLS = {c: c for c in (*_FIGURE_COLS, *_WHERE_COLS, "indicator_code", "cu", "aspiration", "stand_in")}
_O_COLS = {
    **{c: c for c in (*_FIGURE_COLS, "status")},
    "outcome_from": "from",
    **{c: c for c in (*_WHERE_COLS, "cu", "stand_in")},
}


def _build(tables, indicator, regions, measure, year_from, year_to, all_indicators) -> pd.DataFrame:
    documents = tables["documents"]
    figs = _figures(tables, indicator, regions, measure, all_indicators)
    heads = _headline_targets(figs, tables).assign(stand_in=None)
    heads = _with_target_stand_ins(heads, tables, indicator, regions, measure, figs)
    if heads.empty:
        return _empty()
    heads = heads.assign(aspiration=_aspirations(heads, tables))
    combos = heads[["region", "identity", "measure"]].drop_duplicates()
    grid = _year_grid(documents, combos, year_from, year_to)
    outcomes = _outcomes(figs, combos, tables).assign(stand_in=None)
    outcomes = _with_stand_ins(outcomes, tables, combos, regions, measure, figs)
    grid = grid.merge(_prefixed(heads, "t_", _T_COLS), on=KEYS, how="left")
    # the outcome in the target's units first; else the best one, to say why it does not compare
    same_unit = outcomes.drop_duplicates(KEYS + ["cu"])
    o1 = _prefixed(same_unit.assign(t_cu=same_unit["cu"]), "o_", _O_COLS).assign(t_cu=same_unit["cu"].to_numpy())
    grid = grid.merge(o1, on=KEYS + ["t_cu"], how="left")
    best = _prefixed(outcomes.drop_duplicates(KEYS), "o_", _O_COLS)
    missing = grid["o_figure_id"].isna()
    if missing.any():
        fill = grid.loc[missing, KEYS].merge(best, on=KEYS, how="left")
        fill.index = grid.index[missing]
        for c in best.columns:
            if c not in KEYS:
                grid.loc[missing, c] = fill[c]
    # a stand-in's outcome only answers a target: a year without one keeps the indicator's own or none
    stray = grid["t_figure_id"].isna() & grid["o_stand_in"].notna()
    if stray.any():
        grid.loc[stray, [c for c in grid.columns if c.startswith("o_")]] = None
    return _finish(grid, documents, tables)


def _with_target_stand_ins(heads, tables, indicator, regions, measure, figs) -> pd.DataFrame:
    """`heads` and, for the region × year × measure keys they lack, the headline targets of each
    indicator's stand-in (TARGET_STAND_INS) under the indicator's identity and code."""
    extra = []
    for ident, sub in P.TARGET_STAND_INS.items():
        if indicator not in (None, ident):
            continue
        have = figs[figs["identity"] == sub] if indicator is None else _figures(tables, sub, regions, measure, False)
        if have.empty:
            continue
        found = _headline_targets(have, tables).assign(identity=ident, indicator_code=ident, stand_in=sub)
        if found.empty:
            continue
        known = pd.MultiIndex.from_frame(heads[KEYS]) if len(heads) else pd.MultiIndex.from_tuples([], names=KEYS)
        extra.append(found[~pd.MultiIndex.from_frame(found[KEYS]).isin(known)])
    if not extra:
        return heads
    return pd.concat([heads, *extra], ignore_index=True)


def _with_stand_ins(outcomes, tables, combos, regions, measure, figs) -> pd.DataFrame:
    """`outcomes` and, after them, those of each indicator's stand-in (OUTCOME_STAND_INS) under the
    indicator's identity: a year takes the stand-in's only where its own is stated nowhere."""
    extra = []
    for ident, sub in P.OUTCOME_STAND_INS.items():
        own = combos[combos["identity"] == ident]
        if own.empty:
            continue
        have = figs[figs["identity"] == sub]  # all indicators asked for: the stand-in's figures are here
        if have.empty:
            have = _figures(tables, sub, regions, measure, all_indicators=False)
        found = _outcomes(have, own.assign(identity=sub), tables)
        extra.append(found.assign(identity=ident, stand_in=sub))
    if not extra:
        return outcomes
    both = pd.concat([outcomes, *extra], ignore_index=True)
    return both.assign(_own=both["stand_in"].notna().astype(int)).sort_values(KEYS + ["_own"], kind="stable")


def _finish(grid: pd.DataFrame, documents: pd.DataFrame, tables) -> pd.DataFrame:
    """The panel's rows from the grid of targets (`t_…`) and outcomes (`o_…`): verdict, gap, note."""
    has_t = grid["t_figure_id"].notna()
    has_o = grid["o_figure_id"].notna()
    verdict, reason, gap = _verdicts(grid, has_t, has_o)
    note = _notes(grid, documents, tables, has_t, has_o)
    frame = _panel_frame(grid, documents, has_t, gap=gap, verdict=verdict, reason=reason, note=note)
    frame["indicator"] = frame["indicator"].fillna(grid["o_indicator"])
    frame = frame.astype(
        {
            "target_char_start": "Int64",
            "target_char_end": "Int64",
            "outcome_char_start": "Int64",
            "outcome_char_end": "Int64",
            "target_value": "float64",
            "target_value_max": "float64",
        }
    )
    return frame.sort_values(
        ["region", "indicator_code", "measure", "year"], kind="stable", na_position="last"
    ).reset_index(drop=True)


def _verdicts(grid: pd.DataFrame, has_t: pd.Series, has_o: pd.Series) -> tuple[pd.Series, pd.Series, pd.Series]:
    """(verdict, reason, gap) per grid row: no outcome reported, not comparable, or `judge`'s answer
    and the outcome's distance from the target in the target's unit."""
    verdict = pd.Series(pd.NA, index=grid.index, dtype="object")
    reason = pd.Series(pd.NA, index=grid.index, dtype="object")
    gap = pd.Series(np.nan, index=grid.index)
    verdict[has_t & ~has_o] = "no outcome reported"
    reason[has_t & ~has_o] = [
        f"no later report of {r} states {y}'s figure"
        for r, y in zip(grid.loc[has_t & ~has_o, "region"], grid.loc[has_t & ~has_o, "year"])
    ]
    both = grid[has_t & has_o]
    for i, row in zip(both.index, both.to_dict("records")):
        t = _side(row, "t_", measure=row["measure"])
        o = _side(row, "o_", measure=row["measure"])
        why = comparability(t, o)
        if why is not None:
            verdict[i], reason[i] = "not comparable", why
            continue
        verdict[i], reason[i] = judge(t, o)
        t_c, o_c = t["value_base"] * t["sign"], o["value_base"] * o["sign"]
        scale = (t["value_base"] / t["value"]) if t["value"] else 1.0
        gap[i] = round((o_c - t_c) / scale, 6) if scale else np.nan
    return verdict, reason, gap


def _notes(grid: pd.DataFrame, documents: pd.DataFrame, tables, has_t: pd.Series, has_o: pd.Series) -> pd.Series:
    """Per grid row: why a year has no target, a floor with an aspiration, a stand-in's figures."""
    note = pd.Series(pd.NA, index=grid.index, dtype="object")
    note[~has_t] = _why_no_target(grid[~has_t], documents, tables)
    note[has_t & grid["t_aspiration"].notna()] = "floor and aspiration"
    stood_t = has_t & grid["t_stand_in"].notna()
    if stood_t.any():
        said = [P.NOTE_TARGET_STAND_IN.format(code=c) for c in grid.loc[stood_t, "t_stand_in"]]
        note[stood_t] = [s if pd.isna(n) else f"{n}; {s}" for n, s in zip(note[stood_t], said)]
    stood = has_o & grid["o_stand_in"].notna()
    if stood.any():
        said = [P.NOTE_STAND_IN.format(code=c) for c in grid.loc[stood, "o_stand_in"]]
        note[stood] = [s if pd.isna(n) else f"{n}; {s}" for n, s in zip(note[stood], said)]
    return note


def _panel_frame(
    grid: pd.DataFrame,
    documents: pd.DataFrame,
    has_t: pd.Series,
    *,
    gap: pd.Series,
    verdict: pd.Series,
    reason: pd.Series,
    note: pd.Series,
) -> pd.DataFrame:
    """The panel's columns, signed values (a stated fall is negative), each region's level."""
    sign_t = np.where(grid["t_sign"] == -1, -1, 1)
    sign_o = np.where(grid["o_sign"] == -1, -1, 1)
    level = documents.dropna(subset=["region"]).groupby("region")["level"].agg(lambda s: s.mode().iat[0])
    return pd.DataFrame(
        {
            "region": grid["region"],
            "parent": grid["region"].map(parent_region),
            "level": grid["region"].map(level),
            "indicator_code": grid["t_indicator_code"].where(
                has_t, grid["identity"].where(~grid["identity"].str.startswith("text:"))
            ),
            # the indicator's own words, not its stand-in's (`国民生产总值` heads only the years before GDP)
            "indicator": grid["t_indicator"]
            .where(grid["t_stand_in"].isna())
            .groupby([grid["region"], grid["identity"], grid["measure"]])
            .transform("first")
            .fillna(grid.groupby(["region", "identity", "measure"])["t_indicator"].transform("first")),
            "measure": grid["measure"],
            "year": grid["year"].astype("int64"),
            "target_value": grid["t_value"] * sign_t,
            "target_value_max": grid["t_value_max"] * sign_t,
            "target_comparator": grid["t_comparator"],
            "target_unit": grid["t_unit"],
            "target_unit_base": grid["t_unit_base"],
            "target_value_base": grid["t_value_base"].astype("float64") * sign_t,
            "target_aspiration": grid["t_aspiration"].astype("float64"),
            "target_text": grid["t_text"],
            "target_sentence": grid["t_sentence"],
            "target_doc_id": grid["t_doc_id"],
            "target_source": grid["t_source"],
            "target_figure_id": grid["t_figure_id"],
            "target_char_start": grid["t_char_start"],
            "target_char_end": grid["t_char_end"],
            "outcome_value": grid["o_value"].astype("float64") * sign_o,
            "outcome_unit": grid["o_unit"],
            "outcome_status": grid["o_status"],
            "outcome_from": grid["o_from"],
            "outcome_source": grid["o_source"],
            "outcome_doc_id": grid["o_doc_id"],
            "outcome_text": grid["o_text"],
            "outcome_sentence": grid["o_sentence"],
            "outcome_figure_id": grid["o_figure_id"],
            "outcome_char_start": grid["o_char_start"],
            "outcome_char_end": grid["o_char_end"],
            "gap": gap,
            "verdict": verdict,
            "reason": reason,
            "note": note,
        }
    )


def _side(row: dict, prefix: str, measure: str) -> dict:
    """A panel row's target or outcome as the figure dict `comparability`/`judge` read."""
    get: Callable[[str], Any] = lambda k: row.get(prefix + k)  # noqa: E731
    sign = -1 if get("sign") == -1 else 1
    return {
        "measure": measure,
        "unit_base": get("unit_base") if isinstance(get("unit_base"), str) else None,
        "value_base": float(get("value_base")),
        "value": float(get("value")),
        "value_max": None if pd.isna(get("value_max")) else float(get("value_max")),
        "sign": sign,
        "comparator": get("comparator"),
        "indicator_code": row.get("t_indicator_code"),
        "sentence": get("sentence"),
        "text": get("text"),
        "unit": get("unit"),
        "status": get("status") or "target",
        "period_start": None,
    }


def _empty() -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series(dtype="object") for c in PANEL_COLUMNS}).astype(
        {
            "year": "int64",
            "target_value": "float64",
            "target_value_max": "float64",
            "target_value_base": "float64",
            "target_aspiration": "float64",
            "outcome_value": "float64",
            "gap": "float64",
            "target_char_start": "Int64",
            "target_char_end": "Int64",
            "outcome_char_start": "Int64",
            "outcome_char_end": "Int64",
        }
    )


# ---------------------------------------------------------------- why a year has no target


def _why_no_target(rows: pd.DataFrame, documents: pd.DataFrame, tables) -> np.ndarray:
    """`report missing`, `no target set`, `relative target` or `no target found` for rows without one."""
    if rows.empty:
        return np.array([], dtype=object)
    plan = documents[documents["doc_type"].isin(P.PLAN_DOC_TYPES) & documents["plan_year"].notna()]
    plan = pd.DataFrame(
        {
            "region": plan["region"].astype(object),
            "year": plan["plan_year"].astype("int64"),
            "doc_id": plan["doc_id"].astype(object),
        }
    )
    keys = pd.DataFrame(
        {
            "region": rows["region"].astype(object).to_numpy(),
            "year": rows["year"].astype("int64").to_numpy(),
            "identity": rows["identity"].astype(object).to_numpy(),
        }
    )
    have = keys.merge(plan[["region", "year"]].drop_duplicates().assign(_have=True), on=["region", "year"], how="left")[
        "_have"
    ]
    notes = np.where(have.fillna(False).to_numpy(dtype=bool), P.NOTE_NOT_FOUND, P.NOTE_MISSING).astype(object)
    texts = tables.get("texts")
    needed = (
        keys.loc[notes == P.NOTE_NOT_FOUND, ["region", "year"]].drop_duplicates().merge(plan, on=["region", "year"])
    )
    wanted = set(needed["doc_id"])
    if texts is None or not wanted:
        return notes
    if isinstance(texts, (str, Path)):
        cues = _read_cues(Path(texts), wanted)
    else:
        wanted &= set(_column(texts, "doc_id"))
        cues = pd.DataFrame(list(_cue_sentences(texts, wanted)), columns=["doc_id", "char_start", "sentence"])
    plan = plan[plan["doc_id"].isin(set(cues["doc_id"]))]
    if plan.empty:
        return notes
    sections = tables.get("sections")
    by_doc = {}
    if sections is not None and not sections.empty:
        secs = sections[sections["doc_id"].isin(set(plan["doc_id"]))].sort_values(["doc_id", "char_start"])
        by_doc = {d: (g["char_start"].tolist(), g["kind"].tolist()) for d, g in secs.groupby("doc_id", sort=False)}
    said: dict[tuple[str, str], str] = {}  # (doc_id, identity) -> note
    for doc_id, start, sentence in zip(cues["doc_id"].tolist(), cues["char_start"].tolist(), cues["sentence"].tolist()):
        starts, kinds = by_doc.get(doc_id, ([], []))
        k = bisect.bisect_right(starts, start) - 1
        if k >= 0 and kinds[k] in ("review", "problems"):
            continue  # what was said of last year, not this year's target
        for kind, identities in _cue_identities(sentence):
            for ident in identities:
                said.setdefault((doc_id, ident), kind)
    if not said:
        return notes
    found = pd.DataFrame([(d, i, k) for (d, i), k in said.items()], columns=["doc_id", "identity", "_note"])
    hits = keys.reset_index().merge(plan, on=["region", "year"]).merge(found, on=["doc_id", "identity"])
    hits = hits.drop_duplicates("index")
    notes[hits["index"].to_numpy()] = hits["_note"].to_numpy()
    return notes


def _column(texts, name: str) -> list:
    return texts.column(name).to_pylist() if hasattr(texts, "column") else texts[name].tolist()


def _cue_sentences(texts, doc_ids: set[str] | None) -> list[tuple[str, int, str]]:
    """(doc_id, start offset, sentence) of every sentence (of `doc_ids`, or all) that holds a
    no-target or relative-target cue. Sentences are split and searched in Arrow (RE2), so only
    those reach Python."""
    import pyarrow as pa
    import pyarrow.compute as pc

    table = (
        texts if isinstance(texts, pa.Table) else pa.Table.from_pandas(texts[["doc_id", "text"]], preserve_index=False)
    )
    if doc_ids is not None:
        table = table.filter(
            pc.is_in(table["doc_id"], value_set=pa.array(sorted(doc_ids), type=table.schema.field("doc_id").type))
        )
    if table.num_rows == 0:
        return []
    pieces = pc.split_pattern_regex(table["text"].combine_chunks(), pattern=_SENTENCE_SPLIT)
    flat = pc.list_flatten(pieces)
    parent = pc.list_parent_indices(pieces).to_numpy()
    width = pc.utf8_length(flat).to_numpy(zero_copy_only=False).astype("int64") + 1  # the piece and its delimiter
    begin = np.cumsum(width) - width
    first = np.searchsorted(parent, np.arange(table.num_rows))
    begin = begin - begin[first[parent]]
    hit = pc.or_(
        pc.match_substring_regex(flat, P.NO_TARGET_RE.pattern),
        pc.match_substring_regex(flat, P.RELATIVE_TARGET_RE.pattern),
    ).to_numpy(zero_copy_only=False)
    docs = table["doc_id"].to_pylist()
    return [(docs[parent[i]], int(begin[i]), flat[int(i)].as_py()) for i in np.flatnonzero(hit)]


_SENTENCE_SPLIT = "[。！？；\n]"


def _cue_identities(sentence: str) -> list[tuple[str, set[str]]]:
    """The notes a sentence gives (`no target set`, `relative target`) and the indicators (codes)
    each is said of: for a relative target, only the words right before its cue."""
    out = []
    if P.NO_TARGET_RE.search(sentence):
        identities = _identities_in(sentence)
        if identities:
            out.append((P.NOTE_NO_TARGET, identities))
    for m in P.RELATIVE_TARGET_RE.finditer(sentence):
        identities = _identities_in(sentence[max(0, m.start() - P.RELATIVE_WINDOW) : m.start()])
        if identities:
            out.append((P.NOTE_RELATIVE, identities))
    return out


def _identities_in(scope: str) -> set[str]:
    words, rx = _topic_index()
    found: set[str] = set()
    for m in rx.finditer(scope):
        found |= words[m.group(0)]
    return found


@lru_cache(maxsize=1)
def _topic_index() -> tuple[dict[str, set[str]], re.Pattern]:
    """Every word that names an indicator (lexicon names and aliases, TOPIC_WORDS) -> its codes."""
    from patterns.indicators import INDICATORS

    words: dict[str, set[str]] = {}
    for entry in INDICATORS:
        for w in (entry["name"], *entry.get("aliases", ())):
            if w:
                words.setdefault(w, set()).add(entry["code"])
    for code, ws in P.TOPIC_WORDS.items():
        for w in ws:
            words.setdefault(w, set()).add(code)
    rx = re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))
    return words, rx


# ---------------------------------------------------------------- hierarchy


def _add_parent(frame: pd.DataFrame) -> pd.DataFrame:
    """The parent's headline target for the same indicator, measure and year, and the difference."""
    keys = ["indicator_code", "measure", "year"]
    parents = frame[frame["target_value"].notna()][
        ["region"] + keys + ["target_value", "target_value_max", "target_comparator", "target_unit"]
    ]
    parents = parents.rename(
        columns={
            "region": "parent",
            "target_value": "parent_target_value",
            "target_value_max": "parent_target_value_max",
            "target_comparator": "parent_target_comparator",
            "target_unit": "_parent_unit",
        }
    )
    out = frame.merge(parents, on=["parent"] + keys, how="left")
    same_unit = out["target_unit"].fillna("") == out["_parent_unit"].fillna("")
    out["target_minus_parent"] = (out["target_value"] - out["parent_target_value"]).where(same_unit).round(6)
    return out.drop(columns=["_parent_unit"])


def scorecard_rows(frame: pd.DataFrame) -> pd.DataFrame:
    """A multi-year scorecard from the panel: the rows with a target, in the scorecard's columns
    (`gwr scorecard --from/--to`). The verdicts are the panel's, hence the scorecard's."""
    rows = frame[frame["target_value"].notna()]
    cols = [
        c
        for c in (
            "region",
            "year",
            "indicator_code",
            "indicator",
            "measure",
            "target_comparator",
            "target_value",
            "target_value_max",
            "target_aspiration",
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
            "outcome_from",
            "outcome_doc_id",
            "outcome_source",
            "outcome_figure_id",
            "outcome_text",
            "outcome_sentence",
            "outcome_char_start",
            "outcome_char_end",
            "gap",
            "verdict",
            "reason",
        )
        if c in rows.columns
    ]
    return (
        rows[cols]
        .rename(columns={"target_comparator": "comparator"})
        .sort_values(["year", "indicator_code"], kind="stable")
        .reset_index(drop=True)
    )


# ---------------------------------------------------------------- year over year (`gwr diff --each-year`)

YEAR_DIFF_COLUMNS = [
    "region",
    "indicator_code",
    "indicator",
    "measure",
    "from_year",
    "year",
    "from_target",
    "to_target",
    "change",
    "note",
    "from_value",
    "from_value_max",
    "from_comparator",
    "to_value",
    "to_value_max",
    "to_comparator",
    "target_unit",
    "to_doc_id",
    "to_sentence",
    "to_char_start",
    "to_char_end",
]


def shown_target(frame: pd.DataFrame) -> list[str | None]:
    """`≥7% (力争8%)`, `6~6.5%`, `≈5%` per panel row, None where it has no target."""
    from pipeline.output import cell

    out: list[str | None] = []
    for v, vmax, comp, unit, asp in zip(
        frame["target_value"],
        frame["target_value_max"],
        frame["target_comparator"],
        frame["target_unit"],
        frame["target_aspiration"],
    ):
        if v is None or v != v:
            out.append(None)
            continue
        num = cell(v) if vmax is None or vmax != vmax else f"{cell(v)}~{cell(vmax)}"
        prefix = PC.COMPARATOR_SHOWN.get(comp, "") if comp and comp != "=" else ""
        text = f"{prefix}{num}{unit if isinstance(unit, str) else ''}"
        if asp is not None and asp == asp:
            text += f" (力争{cell(asp)})"
        out.append(text)
    return out


def _as_figure(row: dict) -> dict | None:
    """A panel row's headline target as the figure dict `pipeline.compare` reads, None without one."""
    v = row.get("target_value")
    if v is None or v != v:
        return None
    base = row.get("target_value_base")
    base = v if base is None or base != base else base
    vmax = row.get("target_value_max")
    return {
        "measure": row["measure"],
        "unit_base": row.get("target_unit_base") if isinstance(row.get("target_unit_base"), str) else None,
        "value_base": abs(float(base)),
        "value": abs(float(v)),
        "value_max": None if vmax is None or vmax != vmax else float(vmax),
        "sign": -1 if float(base) < 0 else 1,
        "comparator": row.get("target_comparator") or "=",
        "indicator_code": row.get("indicator_code"),
        "period_start": None,
        "status": "target",
    }


def year_over_year(frame: pd.DataFrame) -> pd.DataFrame:
    """Each year's headline target against the year before's, per region × indicator × measure, from
    a panel (`panel()`): `added`, `dropped` (with the panel's reason, e.g. `no target set`), `same`,
    or how it moved (`lower, softer`) — the very rule of two-year `gwr diff` (`pipeline.compare`),
    applied to the panel's headline targets, so a year means the same in panel, scorecard and diff."""
    from pipeline.compare import _change

    keys = ["region", "indicator_code", "measure"]
    shown = frame.assign(_shown=shown_target(frame)) if len(frame) else frame.assign(_shown=None)
    rows: list[dict] = []
    for _, g in shown.sort_values(keys + ["year"], kind="stable").groupby(keys, sort=False, dropna=False):
        recs = g.to_dict("records")
        for old, new in zip(recs, recs[1:]):
            a, b = _as_figure(old), _as_figure(new)
            if a is None and b is None:
                continue
            change = _change(a, b)
            why = new.get("note") if b is None else (old.get("note") if a is None else None)
            rows.append(
                {
                    "region": new["region"],
                    "indicator_code": new["indicator_code"],
                    "indicator": new.get("indicator")
                    if isinstance(new.get("indicator"), str)
                    else old.get("indicator"),
                    "measure": new["measure"],
                    "from_year": int(old["year"]),
                    "year": int(new["year"]),
                    "from_target": old["_shown"] if isinstance(old["_shown"], str) else None,
                    "to_target": new["_shown"] if isinstance(new["_shown"], str) else None,
                    "change": change,
                    "note": why if isinstance(why, str) else None,
                    "from_value": old["target_value"],
                    "from_value_max": old["target_value_max"],
                    "from_comparator": old["target_comparator"],
                    "to_value": new["target_value"],
                    "to_value_max": new["target_value_max"],
                    "to_comparator": new["target_comparator"],
                    "target_unit": new["target_unit"] if isinstance(new["target_unit"], str) else old["target_unit"],
                    "to_doc_id": new["target_doc_id"],
                    "to_sentence": new["target_sentence"],
                    "to_char_start": new["target_char_start"],
                    "to_char_end": new["target_char_end"],
                }
            )
    out = pd.DataFrame(rows, columns=YEAR_DIFF_COLUMNS)
    return out.astype({"from_year": "Int64", "year": "Int64", "to_char_start": "Int64", "to_char_end": "Int64"})


def wide_targets(frame: pd.DataFrame) -> pd.DataFrame:
    """The panel's headline targets as a wide table: one row per region × indicator × measure, one
    column per year (`2021`, `2022`, …) holding the target as shown (`≥6%`, `≈5.5%`), empty where
    there is none."""
    keys = ["region", "indicator_code", "measure"]
    if frame.empty:
        return pd.DataFrame(columns=keys)
    f = frame.assign(_shown=shown_target(frame), indicator_code=frame["indicator_code"].fillna(frame["indicator"]))
    wide = f.pivot_table(index=keys, columns="year", values="_shown", aggfunc="first", dropna=False)
    wide = wide.reindex(columns=sorted(f["year"].unique()))
    wide.columns = [str(int(c)) for c in wide.columns]
    wide = wide.reset_index()
    years = [c for c in wide.columns if c not in keys]
    return wide[wide[years].notna().any(axis=1)].reset_index(drop=True)
