"""`gwr panel --plot FILE`: per region (and indicator), the target against the outcome over the years.

Why matplotlib (Agg): one well-known, maintained library writes both PNG and SVG of print quality
with no browser or server, and it is already in most economists' environments. The HTML chart is
the same SVG inlined in a small self-contained page (no script, no network). Drawing rules:

- the target is a line through the headline values, with a band where the target is a range
  (`6%~6.5%`) or soft (`5%左右`: the band is the tolerance `gwr scorecard` allows,
  `patterns/compare.py` APPROX_TOLERANCE); a floor (`以上`) is marked ▲, a ceiling (`以内`) ▼;
- an aspiration (`力争8%`) is a small ×; the parent's target (`--with-parent`) a dotted grey line;
- the outcome is a solid line with dots, hollow where it is an estimate.

Chinese labels need a CJK font: the first one matplotlib finds (Noto/Source Han, WenQuanYi, SimHei …)
is used. SVG and HTML keep text as text, so the viewer's fonts draw it whatever is installed here.
"""

from __future__ import annotations

import html
import io
import math
import warnings
from pathlib import Path
from typing import Any

import pandas as pd

from patterns.compare import APPROX_TOLERANCE

PLOT_SUFFIXES = (".png", ".svg", ".html")
MAX_CHARTS = 30  # more regions × indicators than this: the first ones, and a note saying so
_CJK_FONT_HINTS = (
    "Noto Sans CJK",
    "Noto Serif CJK",
    "Source Han",
    "WenQuanYi",
    "SimHei",
    "SimSun",
    "Microsoft YaHei",
    "PingFang",
    "Hiragino Sans GB",
    "Droid Sans Fallback",
    "AR PL",
    "Heiti",
    "Songti",
)


def _cjk_font() -> str | None:
    from matplotlib import font_manager

    for font in font_manager.fontManager.ttflist:
        if any(h.lower() in font.name.lower() for h in _CJK_FONT_HINTS):
            return font.name
    return None


def _groups(frame: pd.DataFrame) -> list[tuple[tuple, pd.DataFrame]]:
    keys = ["region", "indicator_code", "measure"]
    f = frame.assign(indicator_code=frame["indicator_code"].fillna(frame["indicator"].fillna("")))
    groups = [
        (k, g.sort_values("year"))
        for k, g in f.groupby(keys, sort=False)
        if g["target_value"].notna().any() or g["outcome_value"].notna().any()
    ]
    return groups


def figure(frame: pd.DataFrame):
    """The matplotlib Figure of the panel's charts (one axes per region × indicator × measure)."""
    import matplotlib

    matplotlib.use("Agg", force=True)
    import matplotlib.pyplot as plt

    font = _cjk_font()
    rc: Any = {
        "svg.fonttype": "none",
        "svg.hashsalt": "gwr",
        "font.size": 9,
        "font.sans-serif": ([font] if font else []) + ["DejaVu Sans"],
        "axes.unicode_minus": False,
    }
    groups = _groups(frame)
    shown = groups[:MAX_CHARTS]
    n = max(1, len(shown))
    cols = 1 if n == 1 else 2 if n <= 4 else 3
    rows = math.ceil(n / cols)
    with plt.rc_context(rc), warnings.catch_warnings():
        warnings.filterwarnings("ignore", message="Glyph .* missing from font")
        fig, axes = plt.subplots(rows, cols, figsize=(6.4 * cols, 3.4 * rows), squeeze=False)
        for ax in axes.flat[n:]:
            ax.set_visible(False)
        for ax, ((region, code, measure), g) in zip(axes.flat, shown):
            _draw(ax, g, f"{region} · {code} · {measure}")
        if len(groups) > MAX_CHARTS:
            fig.suptitle(f"first {MAX_CHARTS} of {len(groups)} charts (narrow with --region/--indicator)", fontsize=9)
        fig.tight_layout()
    return fig, rc


def _draw(ax, g: pd.DataFrame, title: str) -> None:
    years = g["year"].astype(float).to_numpy()
    t = g["target_value"].astype(float)
    tmax = g["target_value_max"].astype(float)
    comp = g["target_comparator"]
    soft = (comp == "~").to_numpy()
    low = t.where(tmax.isna(), t).to_numpy(dtype=float)
    high = tmax.where(tmax.notna(), t).to_numpy(dtype=float)
    low = pd.Series(low).where(~soft, t * (1 - APPROX_TOLERANCE)).to_numpy(dtype=float)
    high = pd.Series(high).where(~soft, t * (1 + APPROX_TOLERANCE)).to_numpy(dtype=float)
    banded = tmax.notna().to_numpy() | soft
    mid = ((t + tmax.fillna(t)) / 2).to_numpy(dtype=float)
    ax.plot(years, mid, color="#c0392b", lw=1.2, ls="--", marker="_", markersize=9, label="target")
    if banded.any():
        ax.fill_between(
            years,
            low,
            high,
            where=banded,
            color="#e74c3c",
            alpha=0.18,
            lw=0,
            label="target band (range, or ≈ tolerance)",
        )
    for symbol, which in (("^", ">="), ("v", "<=")):
        sel = (comp == which).to_numpy()
        if sel.any():
            ax.scatter(
                years[sel],
                t.to_numpy(dtype=float)[sel],
                marker=symbol,
                color="#c0392b",
                s=22,
                zorder=3,
                label="floor (≥)" if which == ">=" else "ceiling (≤)",
            )
    if "target_aspiration" in g and g["target_aspiration"].notna().any():
        ax.scatter(years, g["target_aspiration"].astype(float), marker="x", color="#c0392b", s=18, label="aspiration")
    if "parent_target_value" in g and g["parent_target_value"].notna().any():
        ax.plot(years, g["parent_target_value"].astype(float), color="#7f8c8d", ls=":", lw=1.2, label="parent's target")
    o = g["outcome_value"].astype(float).to_numpy()
    est = (g["outcome_status"] == "estimated").to_numpy()
    ax.plot(years, o, color="#1f4e79", lw=1.6, label="outcome")
    ax.scatter(years[~est], o[~est], color="#1f4e79", s=14, zorder=3)
    if est.any():
        ax.scatter(
            years[est], o[est], facecolors="white", edgecolors="#1f4e79", s=14, zorder=3, label="outcome (estimate)"
        )
    unit = g["target_unit"].dropna()
    ax.set_title(title, fontsize=10)
    ax.set_ylabel(unit.iat[0] if len(unit) else "")
    ax.grid(True, color="#dddddd", lw=0.6)
    ax.xaxis.get_major_locator().set_params(integer=True)
    ax.legend(fontsize=7, frameon=False, loc="best")


def missing_font_note(path: str | Path) -> str | None:
    """A note for the user when a PNG will show Chinese as boxes (no CJK font installed)."""
    if Path(path).suffix.lower() == ".png" and _cjk_font() is None:
        return (
            "no CJK font found: Chinese names in the PNG show as boxes; install one (e.g. fonts-noto-cjk "
            "or fonts-wqy-microhei) or draw .svg/.html, which leave the text to the viewer"
        )
    return None


def plot_panel(frame: pd.DataFrame, path: str | Path) -> Path:
    """Draw the panel to `path` (.png, .svg or .html, by suffix); returns the path."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in PLOT_SUFFIXES:
        raise ValueError(f"{path}: cannot draw {suffix or 'a file without a suffix'} (use {', '.join(PLOT_SUFFIXES)})")
    import matplotlib.pyplot as plt

    fig, rc = figure(frame)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".part")
    try:
        with plt.rc_context(rc), warnings.catch_warnings():
            warnings.filterwarnings("ignore", message="Glyph .* missing from font")
            if suffix == ".png":
                fig.savefig(tmp, format="png", dpi=150, metadata={"Software": None})
            else:
                buf = io.StringIO()
                fig.savefig(buf, format="svg", metadata={"Date": None, "Creator": None})
                svg = buf.getvalue()
                tmp.write_text(svg if suffix == ".svg" else _html(frame, svg), encoding="utf-8")
        tmp.replace(path)
    finally:
        plt.close(fig)
        if tmp.exists():
            tmp.unlink()
    return path


def svg_chart(frame: pd.DataFrame, min_years: int = 2, limit: int = 12) -> str:
    """The chart as an inline `<svg>` for a page (`gwr report`): the region × indicator series with a
    target in at least `min_years` years and an outcome in at least one, the `limit` longest first."""
    if frame.empty:
        return ""
    keys = ["region", "indicator_code", "measure"]
    stats = (
        frame.groupby(keys, dropna=False)
        .agg(targets=("target_value", "count"), outcomes=("outcome_value", "count"))
        .reset_index()
    )
    stats = stats[(stats["targets"] >= min_years) & (stats["outcomes"] >= 1)]
    stats = stats.sort_values(["targets", "outcomes"], ascending=False, kind="stable").head(limit)
    if stats.empty:
        return ""
    chosen = frame.merge(stats[keys], on=keys, how="inner")
    import matplotlib.pyplot as plt

    fig, rc = figure(chosen)
    try:
        with plt.rc_context(rc), warnings.catch_warnings():
            warnings.filterwarnings("ignore", message="Glyph .* missing from font")
            buf = io.StringIO()
            fig.savefig(buf, format="svg", metadata={"Date": None, "Creator": None})
    finally:
        plt.close(fig)
    return _inline(buf.getvalue())


def _inline(svg: str) -> str:
    """The `<svg>` element alone, for a page: without the XML prologue, and without clip paths
    (matplotlib's `clip-path="url(#…)"`; every line is inside its axes anyway), so the page holds
    no `url(` at all."""
    import re

    svg = svg[svg.find("<svg") :]
    svg = re.sub(r'\s*clip-path="url\(#[^")]*\)"', "", svg)
    return re.sub(r"<clipPath\b.*?</clipPath>\s*", "", svg, flags=re.S)


def _html(frame: pd.DataFrame, svg: str) -> str:
    svg = _inline(svg)
    regions = "、".join(frame["region"].drop_duplicates().astype(str).tolist()[:20])
    return (
        '<!doctype html>\n<html lang="zh"><head><meta charset="utf-8">'
        f"<title>gwr panel: {html.escape(regions)}</title>"
        "<style>body{font-family:sans-serif;margin:1.5em}svg{max-width:100%;height:auto}</style></head><body>\n"
        f"<h1>Targets and outcomes: {html.escape(regions)}</h1>\n"
        "<p>Dashed red: the headline target (band: a range, or the tolerance of 左右); ▲ floor, ▼ ceiling, "
        "× aspiration; blue: the outcome (hollow: an estimate).</p>\n"
        f"{svg}\n</body></html>\n"
    )
