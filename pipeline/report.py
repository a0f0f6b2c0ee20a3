"""One self-contained HTML page to check an extraction by eye.

Why a page: a reader checks a dataset by looking at numbers in their sentences. The page shows each
document's stored text with every figure and deadline marked where its offsets say (so a wrong
offset is seen at once), the record behind a mark on hover and click, the tables of targets,
deadlines and tasks, and the scorecard. It is one file with no network use at all (no CDN, fonts or
images), so it can be mailed or archived; the same tables give the same bytes.

Why it stays light: each record is stored once, in one JSON block (not in every mark), and each
document's marked text is stored gzip-compressed (base64, ~2× smaller than the text itself) and
unpacked by the browser (`DecompressionStream`) only when the document is opened; so 60 national
reports make a page of 3.6 MB that opens at once, not 10.9 MB and 76,000 px of text. A search box and filters (region, year, indicator, status,
verdict) narrow every table and the list of documents; the filters can be given in the address
(`report.html?region=全国&verdict=missed`).
"""

from __future__ import annotations

import base64
import gzip
import html
import json
import math
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pandas as pd

from patterns import compare as C
from pipeline import __version__
from pipeline.compare import CompareError, load_tables, resolve_region, scorecard
from schemas.records import FIGURE_READING

# Colours of marks by figure status, and of deadlines; of scorecard verdicts.
STATUS_COLOURS = {"actual": "#cfe8ff", "target": "#ffe08a", "estimated": "#d9f2d0"}
DEADLINE_COLOUR = "#f6c6e6"
# The scorecard's verdicts (`patterns/compare.py`) as the page lists them: the silent one last.
VERDICTS = tuple(sorted(C.VERDICTS, key=lambda v: v == "no outcome reported"))
VERDICT_COLOURS = {"met": "#2e7d32", "missed": "#c62828", "not comparable": "#757575", "no outcome reported": "#bdbdbd"}
# Documents whose full text is included; beyond this the page says how many were left out.
MAX_DOCUMENTS = 200
# Fields shown in a mark's tooltip, in order.
FIGURE_TIP = (
    "indicator",
    "value",
    "value_max",
    "unit",
    "comparator",
    "status",
    "year",
    "period_start",
    "indicator_code",
)
DEADLINE_TIP = ("due", "precision", "action", "subject")
TABLES = ("documents", "figures", "targets", "deadlines", "tasks", "texts")

_e = html.escape
# Fields of each record kept in the page (the panel shows them, labelled); the sentence is the text
# around the mark, so it is not repeated.
RECORD_FIELDS = {
    "figures": ("figure_id", "text", *FIGURE_READING, "section_id", "char_start", "char_end"),
    "deadlines": (
        "deadline_id",
        "text",
        "due",
        "precision",
        "action",
        "subject",
        "section_id",
        "char_start",
        "char_end",
    ),
}


def _t(v: Any) -> str:
    """A table value as escaped text: missing values (None, NaN, NA) as nothing."""
    return html.escape(str(v)) if _present(v) else ""


def build_report(data: str | Path, region: str | None = None) -> str:
    """The page for the tables in `data` (all regions, or one)."""
    data = Path(data)
    tables, region = _region_tables(load_tables(data, TABLES), region)
    docs = tables["documents"]
    shown = docs.head(MAX_DOCUMENTS)
    figures, deadlines = tables["figures"], tables["deadlines"]
    doc_blocks, marked, records = _texts(tables, shown)
    try:
        card = scorecard(tables, region=region)
        card_html = _scorecard(card, marked)
    except CompareError as exc:
        card = None
        card_html = f"<p>no scorecard: {_e(str(exc))}</p>"
    panel_html = _panel_chart(tables, region)
    counts = {name: len(tables[name]) for name in ("documents", "figures", "targets", "deadlines", "tasks")}
    title = f"gwr report — {region or 'all regions'}"
    left_out = len(docs) - len(shown)
    plan_year = dict(zip(docs["doc_id"], docs["plan_year"]))
    parts = [
        "<!DOCTYPE html>",
        '<html lang="zh"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f'<meta name="generator" content="gwr {_e(__version__)}">',
        f"<title>{_e(title)}</title>",
        f"<style>{_css()}</style></head><body>",
        f"<header><h1>{_e(title)}</h1><p>{_e(str(data))}: "
        + ", ".join(f"{n} {name}" for name, n in counts.items())
        + "</p>"
        + _legend()
        + _filters(docs, tables["targets"], card)
        + "</header>",
        '<aside id="panel" hidden><button type="button" id="close" aria-label="close">×</button><h2 id="panel-title"></h2><dl id="panel-body"></dl></aside>',
        "<main>",
        _documents_nav(shown, left_out),
        '<section id="scorecard"><h2>Scorecard: targets against outcomes <span class="count"></span></h2>'
        + card_html
        + "</section>",
        '<section id="panel-chart"><h2>Targets and outcomes over the years</h2>' + panel_html + "</section>",
        '<section id="targets"><h2>Targets <span class="count"></span></h2>'
        + _targets(tables["targets"], figures, docs, marked, card)
        + "</section>",
        '<section id="deadlines"><h2>Deadlines <span class="count"></span></h2>'
        + _deadlines(deadlines, docs, marked, plan_year)
        + "</section>",
        '<section id="tasks"><h2>Tasks <span class="count"></span></h2>'
        + _tasks(tables["tasks"], docs, plan_year)
        + "</section>",
        '<section id="texts"><h2>Texts <span class="count"></span></h2><p class=note>Open a document to read its text with the marks; a link in a table opens it.</p>'
        + "".join(doc_blocks)
        + "</section>",
        "</main>",
        '<script type="application/gzip" id="records">'
        + _packed(
            json.dumps(
                {"fields": RECORD_FIELDS, "records": records},
                ensure_ascii=False,
                separators=(",", ":"),
                allow_nan=False,
            )
        )
        + "</script>",
        f"<script>{_JS}</script>",
        "</body></html>",
    ]
    return "\n".join(parts) + "\n"


def _region_tables(tables: dict[str, Any], region: str | None) -> tuple[dict[str, Any], str | None]:
    """The tables cut to one region's documents (its name as the documents table spells it), or all."""
    if region is None:
        return tables, None
    docs = tables["documents"]
    region = resolve_region(docs, region)
    keep = set(docs.loc[docs["region"] == region, "doc_id"])
    return {name: (t[t["doc_id"].isin(keep)] if "doc_id" in t.columns else t) for name, t in tables.items()}, region


def _texts(tables: dict[str, Any], shown: Any) -> tuple[list[str], set[str], dict[str, list[Any]]]:
    """The shown documents' texts with their marks: (HTML blocks, ids of the marked records, the
    records by id for the page's panel)."""
    texts = dict(zip(tables["texts"]["doc_id"], tables["texts"]["text"]))
    figures, deadlines = tables["figures"], tables["deadlines"]
    marked: set[str] = set()
    records: dict[str, list[Any]] = {}
    doc_blocks = []
    fig_by_doc = dict(tuple(figures.groupby("doc_id", sort=False))) if len(figures) else {}
    dl_by_doc = dict(tuple(deadlines.groupby("doc_id", sort=False))) if len(deadlines) else {}
    for d in shown.to_dict("records"):
        block, drawn = _document(
            d,
            texts.get(d["doc_id"], ""),
            fig_by_doc.get(d["doc_id"], figures.iloc[0:0]),
            dl_by_doc.get(d["doc_id"], deadlines.iloc[0:0]),
        )
        doc_blocks.append(block)
        for m in drawn:
            marked.add(m["id"])
            records[m["id"]] = _record(m)
    return doc_blocks, marked, records


def _documents_nav(shown: Any, left_out: int) -> str:
    """The list of documents shown, each a link to its text."""
    return (
        '<nav id="documents"><h2>Documents <span class="count"></span></h2><ol>'
        + "".join(
            f'<li data-doc="{_e(d["doc_id"])}"{_row_attrs(region=d.get("region"), year=d.get("plan_year"))}><a href="#doc-{_e(d["doc_id"])}">{_e(_label(d))}</a></li>'
            for d in shown.to_dict("records")
        )
        + "</ol>"
        + (
            f"<p>{left_out} more documents are in the tables but not shown here (the page shows the first {MAX_DOCUMENTS}).</p>"
            if left_out
            else ""
        )
        + "</nav>"
    )


def _panel_chart(tables: dict, region: str | None) -> str:
    """The `gwr panel --plot` chart for the indicators with targets over several years (inline SVG)."""
    try:
        from pipeline.panel import panel
        from pipeline.plot import svg_chart

        svg = svg_chart(panel(tables, region=region))
    except (CompareError, ImportError) as exc:
        return f"<p>no chart: {_e(str(exc))}</p>"
    return svg or "<p>no indicator has targets in two years or more with an outcome.</p>"


# The review page is one HTML file: any other suffix is refused (a usage error), not written.
REPORT_SUFFIXES = (".html", ".htm")


def write_report(data: str | Path, output: str | Path, region: str | None = None, force: bool = False) -> Path:
    """Build the page and write it atomically (a half-written page never replaces a good one),
    readable by all (0644 under the usual umask). An existing file is replaced only when it is a
    page gwr wrote, or with `force` (`OutPathError` otherwise; see `pipeline/outpath.py`)."""
    from pipeline.outpath import OutPathError, check_out_file, write_file

    if Path(output).suffix.lower() not in REPORT_SUFFIXES:
        raise OutPathError(f"{Path(output).name}: the review page is HTML; name a file ending in .html")
    output = check_out_file(output, force, _is_report_page)
    page = build_report(data, region)
    return write_file(output, lambda tmp: tmp.write_text(page, encoding="utf-8"))


def _is_report_page(path: Path) -> bool:
    from pipeline.outpath import HTML_GENERATOR

    with open(path, "rb") as f:
        head = f.read(4096)
    return HTML_GENERATOR.encode() in head


# ---------------------------------------------------------------------------
# Documents with their marks
# ---------------------------------------------------------------------------


def spans(figures: pd.DataFrame, deadlines: pd.DataFrame) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(marks to draw, marks left out): a mark inside another is drawn inside it (a figure in a
    deadline's phrase); one that crosses another's edge cannot be, and is left out. Ties go the
    same way on every run: earlier start, then longer, then figures before deadlines."""
    items = [
        {"table": "figures", "id": r["figure_id"], "start": r["char_start"], "end": r["char_end"], "row": r}
        for r in figures.to_dict("records")
    ]
    items += [
        {"table": "deadlines", "id": r["deadline_id"], "start": r["char_start"], "end": r["char_end"], "row": r}
        for r in deadlines.to_dict("records")
    ]
    items.sort(key=lambda m: (m["start"], -m["end"], m["table"] != "figures", m["id"]))
    drawn: list[Any] = []
    skipped: list[Any] = []
    open_ends: list[int] = []
    for m in items:
        while open_ends and open_ends[-1] <= m["start"]:
            open_ends.pop()
        if open_ends and m["end"] > open_ends[-1]:
            skipped.append(m)
            continue
        drawn.append(m)
        open_ends.append(m["end"])
    return drawn, skipped


def marked_text(text: str, drawn: list[dict[str, Any]]) -> str:
    """The text, escaped, with each drawn span wrapped in its <mark> (nested where one holds
    another); nothing else is added or lost."""
    out: list[str] = []
    pos = 0
    open_ends: list[int] = []

    def close_until(limit: int) -> None:
        nonlocal pos
        while open_ends and open_ends[-1] <= limit:
            end = open_ends.pop()
            out.append(_e(text[pos:end]) + "</mark>")
            pos = end

    for m in drawn:
        close_until(m["start"])
        out.append(_e(text[pos : m["start"]]))
        pos = m["start"]
        out.append(_open_mark(m))
        open_ends.append(m["end"])
    close_until(len(text))
    out.append(_e(text[pos:]))
    return "".join(out)


def _open_mark(m: dict[str, Any]) -> str:
    row = m["row"]
    cls = f"fig status-{row['status']}" if m["table"] == "figures" else "deadline"
    return f'<mark id="{_e(m["id"])}" class="{cls}" data-table="{m["table"]}">'


def _record(m: dict[str, Any]) -> list[Any]:
    """A drawn mark's record as stored in the page: [table, values in RECORD_FIELDS order]."""
    plain = _plain(m["row"])
    return [m["table"]] + [plain.get(k) for k in RECORD_FIELDS[m["table"]]]


def _packed(text: str) -> str:
    """gzip (no timestamp: the same text gives the same bytes) in base64, which is safe inside <script>."""
    return base64.b64encode(gzip.compress(text.encode("utf-8"), compresslevel=9, mtime=0)).decode("ascii")


def _document(
    d: dict[str, Any], text: str, figures: pd.DataFrame, deadlines: pd.DataFrame
) -> tuple[str, list[dict[str, Any]]]:
    """A document as a closed <details>: its marked text waits, packed, until it is opened."""
    drawn, skipped = spans(figures, deadlines)
    meta = ", ".join(
        f"{k}: {_e(_num(d[k]) if k.endswith('_year') else str(d[k]))}"
        for k in ("doc_type", "region", "level", "delivered_on", "speaker", "review_year", "plan_year", "encoding")
        if _present(d.get(k))
    )
    note = (
        f"<p class=note>{len(skipped)} marks cross the edge of another and are listed in the tables only.</p>"
        if skipped
        else ""
    )
    inner = f'<div class="text" data-doc="{_e(d["doc_id"])}">{marked_text(text, drawn)}</div>'
    block = (
        f'<details id="doc-{_e(d["doc_id"])}" class="doc" data-doc="{_e(d["doc_id"])}"{_row_attrs(region=d.get("region"), year=d.get("plan_year"))}>'
        f"<summary><h3>{_e(_label(d))}</h3></summary>"
        f"<p class=meta>{meta}; {len(figures)} figures, {len(deadlines)} deadlines</p>{note}"
        f'<script type="application/gzip" class="doc-text">{_packed(inner)}</script></details>'
    )
    return block, drawn


def _label(d: dict[str, Any]) -> str:
    bits = [
        d.get("region") if _present(d.get("region")) else "",
        _num(d.get("plan_year")),
        d.get("title") if _present(d.get("title")) else d["source"],
    ]
    return " · ".join(b for b in bits if b)


# ---------------------------------------------------------------------------
# Tables
# ---------------------------------------------------------------------------


def _row_attrs(**values: Any) -> str:
    """data-* attributes the filters read (region, year, indicator, status, verdict)."""
    out = []
    for k, v in values.items():
        if _present(v):
            v = _num(v) if k == "year" else str(v)
            out.append(f' data-{k}="{_e(v)}"')
    return "".join(out)


def _table(header: Iterable[str], rows: Iterable[tuple[str, Iterable[str]]], cls: str = "") -> str:
    """rows: (attributes of the <tr>, cells)."""
    head = "".join(f"<th>{_e(h)}</th>" for h in header)
    body = "".join(f"<tr{attrs}>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for attrs, row in rows)
    return (
        f'<table class="filterable {cls}"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'
        if body
        else "<p>none</p>"
    )


def _link(ident: str | None, label: str, marked: set[str]) -> str:
    if ident and ident in marked:
        return f'<a href="#{_e(ident)}">{_e(label)}</a>'
    return _e(label)


def _targets(
    targets: pd.DataFrame, figures: pd.DataFrame, docs: pd.DataFrame, marked: set[str], card: pd.DataFrame | None = None
) -> str:
    text = dict(zip(figures["figure_id"], figures["text"]))
    source = dict(zip(docs["doc_id"], docs["source"]))
    # the scorecard's verdict on each target, so the verdict filter narrows this table too
    verdict = dict(zip(card["target_figure_id"], card["verdict"])) if card is not None and len(card) else {}
    rows = []
    for t in targets.to_dict("records"):
        rows.append(
            (
                _row_attrs(
                    region=t.get("region"),
                    year=t.get("year"),
                    indicator=t.get("indicator"),
                    status="target",
                    verdict=verdict.get(t["figure_id"]),
                ),
                [
                    _t(t.get("region")),
                    _e(_num(t["year"])),
                    _t(t.get("indicator")),
                    _t(t.get("indicator_code")),
                    _e(_comparator(t["comparator"])),
                    _link(t["figure_id"], text.get(t["figure_id"], _num(t["value"])), marked),
                    _t(t.get("unit_base")),
                    _e(t["measure"]),
                    _e(source.get(t["doc_id"], "")),
                    _e(_snippet(t.get("sentence") or "")),
                ],
            )
        )
    return _table(
        ("region", "year", "indicator", "code", "comparator", "as written", "unit", "measure", "document", "sentence"),
        rows,
    )


def _deadlines(deadlines: pd.DataFrame, docs: pd.DataFrame, marked: set[str], plan_year: dict[str, Any]) -> str:
    source = dict(zip(docs["doc_id"], docs["source"]))
    region = dict(zip(docs["doc_id"], docs["region"]))
    rows = [
        (
            _row_attrs(region=region.get(d["doc_id"]), year=plan_year.get(d["doc_id"])),
            [
                _link(d["deadline_id"], d["text"], marked),
                _e(str(d["due"])),
                _e(d["precision"]),
                _t(d.get("action")),
                _t(d.get("subject")),
                _e(source.get(d["doc_id"], "")),
            ],
        )
        for d in deadlines.to_dict("records")
    ]
    return _table(("as written", "due", "precision", "action", "subject", "document"), rows)


def _tasks(tasks: pd.DataFrame, docs: pd.DataFrame, plan_year: dict[str, Any]) -> str:
    source = dict(zip(docs["doc_id"], docs["source"]))
    region = dict(zip(docs["doc_id"], docs["region"]))
    rows = [
        (
            _row_attrs(region=region.get(t["doc_id"]), year=plan_year.get(t["doc_id"])),
            [
                _e(str(t["task_no"])),
                _e(_snippet(t["text"], 120)),
                _e("、".join(t["lead_leaders"])),
                _e("、".join(t["units"])),
                _e(str(len(t["deadline_ids"]))),
                _e(str(len(t["figure_ids"]))),
                _e(source.get(t["doc_id"], "")),
            ],
        )
        for t in tasks.to_dict("records")
    ]
    return _table(("no.", "task", "lead leaders", "units", "deadlines", "figures", "document"), rows)


def _scorecard(card: pd.DataFrame, marked: set[str]) -> str:
    """Verdicts first (met, missed, not comparable), then the targets no later report speaks of,
    folded away: they are most rows, and carry no answer."""
    if card.empty:
        return "<p>no targets with a year in these tables.</p>"
    judged: list[Any] = []
    silent: list[Any] = []
    ordered = sorted(
        card.to_dict("records"),
        key=lambda r: VERDICTS.index(r["verdict"]) if r["verdict"] in VERDICTS else len(VERDICTS),
    )
    for r in ordered:
        colour = VERDICT_COLOURS.get(r["verdict"], "#000")
        target = f"{_comparator(r['comparator'])} {_num(r['target_value'])} {r['target_unit'] if _present(r['target_unit']) else ''}"
        outcome = (
            f"{_num(r['outcome_value'])} {r['outcome_unit'] if _present(r['outcome_unit']) else ''} ({r['outcome_status']})"
            if _present(r["outcome_value"])
            else ""
        )
        row = (
            _row_attrs(region=r["region"], year=r["year"], indicator=r["indicator"], verdict=r["verdict"]),
            [
                _t(r["region"]),
                _e(_num(r["year"])),
                _t(r["indicator"]),
                _link(r["target_figure_id"], target, marked),
                _link(r["outcome_figure_id"] if _present(r["outcome_figure_id"]) else None, outcome, marked),
                f'<span class="verdict" style="color:{colour}">{_e(r["verdict"])}</span>',
                _t(r["reason"]),
            ],
        )
        (silent if r["verdict"] == "no outcome reported" else judged).append(row)
    header = ("region", "year", "indicator", "target", "outcome", "verdict", "why")
    out = _chart(card) + (
        _table(header, judged, "scorecard") if judged else "<p>no target has a comparable outcome yet.</p>"
    )
    if silent:
        out += f'<details class="silent"><summary>{len(silent)} targets with no outcome reported</summary>{_table(header, silent, "scorecard")}</details>'
    return out


def _filters(docs: pd.DataFrame, targets: pd.DataFrame, card: pd.DataFrame | None) -> str:
    """The search box and the filters; every option is a value that occurs in the page."""
    regions = sorted(docs["region"].dropna().unique())
    years = set(int(y) for y in docs["plan_year"].dropna())
    years |= set(int(y) for y in targets["year"].dropna())
    indicators = sorted(
        set(targets["indicator"].dropna())
        | (set(card["indicator"].dropna()) if card is not None and len(card) else set())
    )

    def select(name: str, label: str, values: Iterable[Any]) -> str:
        options = "".join(f'<option value="{_e(str(v))}">{_e(str(v))}</option>' for v in values)
        return f'<label>{label} <select id="f-{name}" data-filter="{name}"><option value="">all</option>{options}</select></label>'

    return (
        '<form id="filters" role="search" onsubmit="return false">'
        '<label>search <input type="search" id="q" placeholder="words in a row or a text (GDP, 粮食, 朱蕾…)"></label>'
        + select("region", "region", regions)
        + select("year", "year", sorted(years))
        + '<label>indicator <input id="f-indicator" data-filter="indicator" list="indicators" placeholder="any"></label><datalist id="indicators">'
        + "".join(f'<option value="{_e(i)}">' for i in indicators)
        + "</datalist>"
        + select("status", "status", STATUS_COLOURS)
        + select("verdict", "verdict", VERDICTS)
        + '<button type="reset" id="reset">clear</button> <span id="shown"></span></form>'
    )


def _chart(card: pd.DataFrame) -> str:
    """Stacked horizontal bars: verdicts per region and year, hand-drawn SVG."""
    groups = card.groupby(["region", "year"], sort=True)["verdict"].value_counts().unstack(fill_value=0)
    if groups.empty:
        return ""
    bar_h, gap, label_w, width = 18, 6, 220, 420
    biggest = max(int(groups.sum(axis=1).max()), 1)
    height = len(groups) * (bar_h + gap) + 30
    out = [
        f'<svg class="chart" role="img" aria-label="verdicts per region and year" viewBox="0 0 {label_w + width + 60} {height}" width="{label_w + width + 60}" height="{height}">'
    ]
    for i, ((region, year), counts) in enumerate(groups.iterrows()):
        y = i * (bar_h + gap)
        out.append(
            f'<text x="{label_w - 6}" y="{y + bar_h - 4}" text-anchor="end">{_e(f"{region} {_num(year)}")}</text>'
        )
        x: float = label_w
        for verdict in VERDICTS:
            n = int(counts.get(verdict, 0))
            if not n:
                continue
            w = width * n / biggest
            out.append(
                f'<rect x="{x:.1f}" y="{y}" width="{w:.1f}" height="{bar_h}" fill="{VERDICT_COLOURS[verdict]}"><title>{_e(verdict)}: {n}</title></rect>'
            )
            x += w
        out.append(f'<text x="{x + 4:.1f}" y="{y + bar_h - 4}">{int(counts.sum())}</text>')
    legend_y = len(groups) * (bar_h + gap) + 16
    x = label_w
    for verdict in VERDICTS:
        out.append(
            f'<rect x="{x}" y="{legend_y - 10}" width="10" height="10" fill="{VERDICT_COLOURS[verdict]}"/><text x="{x + 14}" y="{legend_y}">{_e(verdict)}</text>'
        )
        x += 14 + 8 * len(verdict) + 16
    out.append("</svg>")
    return "".join(out)


# ---------------------------------------------------------------------------
# Small helpers
# ---------------------------------------------------------------------------


def _present(v: Any) -> bool:
    return v is not None and not (isinstance(v, float) and math.isnan(v)) and v is not pd.NA and v is not pd.NaT


def _num(v: Any) -> str:
    if not _present(v):
        return ""
    f = float(v)
    return str(int(f)) if f.is_integer() else f"{f:g}"


def _comparator(c: Any) -> str:
    return {">=": "≥", "<=": "≤", "~": "≈", "=": "="}.get(c, c or "")


def _snippet(s: str, n: int = 80) -> str:
    s = s if _present(s) else ""
    return s if len(s) <= n else s[: n - 1] + "…"


def _plain(row: dict[str, Any]) -> dict[str, Any]:
    """A record as JSON can hold it: numpy arrays as lists, NaN and ±inf as null (JSON has neither,
    and a browser's JSON.parse refuses `NaN`/`Infinity`), dates as ISO strings."""
    out = {}
    for k, v in row.items():
        if hasattr(v, "tolist"):
            v = v.tolist()
        if isinstance(v, list):
            v = [None if isinstance(x, float) and not math.isfinite(x) else x for x in v]
        if isinstance(v, float) and not math.isfinite(v):
            v = None
        elif v is pd.NA or v is pd.NaT:
            v = None
        elif hasattr(v, "isoformat"):
            v = v.isoformat()
        out[k] = v
    return out


def _tip(row: dict[str, Any], fields: tuple[str, ...]) -> str:
    return "; ".join(
        f"{k}: {_num(row[k]) if isinstance(row[k], float) else row[k]}" for k in fields if _present(row.get(k))
    )


def _legend() -> str:
    items = [f'<mark class="fig status-{s}">{s}</mark>' for s in STATUS_COLOURS] + [
        '<mark class="deadline">deadline</mark>'
    ]
    return (
        '<p class="legend">Marks in the texts: '
        + " ".join(items)
        + " — hover for the record, click to see all of it; the status filter keeps only its marks coloured.</p>"
    )


def _css() -> str:
    marks = "".join(f"mark.status-{s}{{background:{c}}}" for s, c in STATUS_COLOURS.items())
    return (
        "body{font-family:system-ui,sans-serif;margin:0;color:#222}header,main{padding:0 1.5rem}"
        "h1{font-size:1.4rem}table{border-collapse:collapse;font-size:.85rem;margin:.5rem 0 1.5rem}"
        "th,td{border:1px solid #ddd;padding:.2rem .4rem;vertical-align:top;text-align:left}th{background:#f4f4f4}"
        ".text{white-space:pre-wrap;line-height:1.7;border:1px solid #eee;padding:1rem;max-height:40rem;overflow:auto}"
        "mark{cursor:pointer;border-radius:2px;padding:0 1px}mark.deadline{background:"
        + DEADLINE_COLOUR
        + "}"
        + marks
        + "mark.selected{outline:2px solid #333}"
        "#panel{position:fixed;right:1rem;top:1rem;width:26rem;max-height:90vh;overflow:auto;background:#fff;border:1px solid #999;"
        "box-shadow:0 2px 8px rgba(0,0,0,.2);padding:.5rem 1rem;z-index:10}#panel pre{white-space:pre-wrap;font-size:.8rem}"
        "#close{float:right}.meta,.note{color:#555;font-size:.85rem}.chart text{font-size:12px}"
        "#panel dl{display:grid;grid-template-columns:max-content 1fr;gap:.15rem .8rem;font-size:.85rem}#panel dt{color:#555}#panel dd{margin:0;word-break:break-all}"
        "header{position:sticky;top:0;background:#fff;z-index:5;border-bottom:1px solid #ddd}"
        "#filters{display:flex;flex-wrap:wrap;gap:.4rem 1rem;align-items:center;padding:.3rem 0 .6rem;font-size:.85rem}"
        "#q{width:18rem}#shown{color:#555}details.doc{margin:.4rem 0}details.doc summary h3{display:inline;font-size:1rem}"
        "details.silent summary{cursor:pointer;color:#555}"
        + "".join(f"body[data-status={s}] mark.fig:not(.status-{s}){{background:none}}" for s in STATUS_COLOURS)
        + "body[data-status]:not([data-status='']) mark.deadline{background:none}"
    )


# The page's only script. The records (one packed JSON block) and each document's marked text
# (packed, in its <details>) are unpacked with the browser's DecompressionStream when first needed;
# records are shown as labelled fields (as text, never as markup). A document is rendered when it
# is opened or a table links into it; the search box and filters hide rows, documents and list
# entries that do not match, and the address can preset them (?region=…&verdict=…&q=…). It counts
# marks into `data-highlights`, rows shown into `data-shown`, and records script errors (also a
# failed promise) in `data-js-errors`, which the browser test reads; `data-ready` is set once the
# records are unpacked. `?selftest=1` opens every document and clicks the first mark, so a test
# can see the texts render and the panel fill.
_JS = r"""
(function () {
  var errors = [];
  function fail(message) { errors.push(String(message)); document.body.dataset.jsErrors = errors.join(' | '); }
  window.addEventListener('error', function (e) { fail(e.message); });
  window.addEventListener('unhandledrejection', function (e) { fail(e.reason); });
  var canUnpack = typeof DecompressionStream !== 'undefined';
  function unpack(b64) {
    var bin = atob(b64.trim()), bytes = new Uint8Array(bin.length);
    for (var i = 0; i < bin.length; i++) { bytes[i] = bin.charCodeAt(i); }
    return new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))).text();
  }
  var data = {fields: {}, records: {}};
  var recordsReady = canUnpack ? unpack(document.getElementById('records').textContent).then(function (t) { data = JSON.parse(t); }) : Promise.resolve();
  var panel = document.getElementById('panel');
  function record(id) {
    var r = data.records[id];
    if (!r) { return null; }
    var names = data.fields[r[0]], out = [];
    for (var i = 0; i < names.length; i++) { out.push([names[i], r[i + 1]]); }
    return {table: r[0], fields: out};
  }
  var htmlOf = {}, textOf = {};
  function docHtml(det) {
    var doc = det.dataset.doc;
    if (!htmlOf[doc]) {
      var src = det.querySelector('script.doc-text');
      htmlOf[doc] = src && canUnpack ? unpack(src.textContent) : Promise.resolve('<p class="note">This browser cannot unpack the text (it needs Chrome 80, Firefox 113 or Safari 16.4 or later).</p>');
    }
    return htmlOf[doc];
  }
  function render(det) {
    if (det.dataset.rendered) { return Promise.resolve(); }
    return docHtml(det).then(function (html) {
      if (det.dataset.rendered) { return; }
      var tpl = document.createElement('template');
      tpl.innerHTML = html;
      det.appendChild(tpl.content);
      det.dataset.rendered = '1';
    });
  }
  function reveal(id) {
    var el = document.getElementById(id);
    var det = el ? el.closest('details') : document.getElementById('doc-' + id.split(':')[0]);
    if (!det) { return Promise.resolve(el); }
    return render(det).then(function () {
      det.hidden = false;
      det.open = true;
      return document.getElementById(id);
    });
  }
  function show(mark) {
    var rec = record(mark.id);
    if (!rec) { return; }
    document.getElementById('panel-title').textContent = rec.table + ' · ' + mark.id;
    var dl = document.getElementById('panel-body');
    dl.textContent = '';
    rec.fields.forEach(function (f) {
      if (f[1] === null || f[1] === undefined || f[1] === '') { return; }
      var dt = document.createElement('dt'), dd = document.createElement('dd');
      dt.textContent = f[0];
      dd.textContent = Array.isArray(f[1]) ? f[1].join('、') : String(f[1]);
      dl.appendChild(dt); dl.appendChild(dd);
    });
    var old = document.querySelector('mark.selected');
    if (old) { old.classList.remove('selected'); }
    mark.classList.add('selected');
    panel.hidden = false;
    document.body.dataset.panelFilled = mark.id;
  }
  document.addEventListener('click', function (e) {
    var link = e.target.closest ? e.target.closest('a[href^="#"]') : null;
    if (link) {
      var id = decodeURIComponent(link.getAttribute('href').slice(1));
      if (/:[fd]\d+$/.test(id)) {
        e.preventDefault();
        reveal(id).then(function (el) {
          if (el) { el.scrollIntoView({block: 'center'}); show(el); }
        });
      }
      return;
    }
    var mark = e.target.closest ? e.target.closest('mark[data-table]') : null;
    if (mark) { show(mark); }
  });
  document.addEventListener('mouseover', function (e) {
    var mark = e.target.closest ? e.target.closest('mark[data-table]') : null;
    if (mark && !mark.title) {
      var rec = record(mark.id);
      if (rec) { mark.title = rec.fields.filter(function (f) { return f[1] !== null && f[1] !== '' && !/_id$|^char_|^text$/.test(f[0]); }).map(function (f) { return f[0] + ': ' + f[1]; }).join('; '); }
    }
  });
  document.querySelectorAll('details.doc').forEach(function (det) {
    det.addEventListener('toggle', function () { if (det.open) { render(det); } });
  });
  document.getElementById('close').addEventListener('click', function () { panel.hidden = true; });

  // search and filters
  var q = document.getElementById('q');
  var selects = document.querySelectorAll('[data-filter]');
  var loadingTexts = null;
  function state() {
    var s = {q: q.value.trim().toLowerCase()};
    selects.forEach(function (el) { s[el.dataset.filter] = el.value.trim(); });
    return s;
  }
  function matches(el, s, text) {
    for (var k in s) {
      if (k === 'q' || !s[k] || !(k in el.dataset)) { continue; }
      var v = el.dataset[k];
      if (k === 'indicator' ? v.toLowerCase().indexOf(s[k].toLowerCase()) < 0 : v !== s[k]) { return false; }
    }
    if (!s.q) { return true; }
    var t = text();
    return t === null || t.toLowerCase().indexOf(s.q) >= 0;
  }
  function loadTexts() {
    // the plain text of every document, unpacked once, for the search box
    if (!loadingTexts) {
      loadingTexts = Promise.all(Array.prototype.map.call(document.querySelectorAll('details.doc'), function (det) {
        return docHtml(det).then(function (html) {
          var tpl = document.createElement('template');
          tpl.innerHTML = html;
          textOf[det.dataset.doc] = tpl.content.textContent;
        });
      }));
    }
    return loadingTexts;
  }
  function apply() {
    var s = state(), shown = 0;
    document.body.dataset.status = s.status || '';
    document.querySelectorAll('table.filterable').forEach(function (table) {
      var rows = table.tBodies[0].rows, n = 0;
      for (var i = 0; i < rows.length; i++) {
        var row = rows[i];
        var ok = matches(row, s, function () { return row.textContent; });
        row.hidden = !ok;
        if (ok) { n++; }
      }
      table.dataset.shown = n;
      shown += n;
    });
    var docsShown = {}, pending = false;
    document.querySelectorAll('details.doc').forEach(function (det) {
      var ok = matches(det, s, function () {
        var t = textOf[det.dataset.doc];
        if (t === undefined) { pending = true; return null; }
        return det.querySelector('summary').textContent + t;
      });
      det.hidden = !ok;
      if (ok) { docsShown[det.dataset.doc] = 1; }
    });
    if (pending) { loadTexts().then(apply); }
    document.querySelectorAll('#documents li').forEach(function (li) { li.hidden = !docsShown[li.dataset.doc]; });
    document.querySelectorAll('section, nav').forEach(function (sec) {
      var c = sec.querySelector('h2 .count');
      if (!c) { return; }
      var all = sec.querySelectorAll('tbody tr, details.doc, li'), vis = 0;
      all.forEach(function (el) { if (!el.hidden && !(el.closest('[hidden]'))) { vis++; } });
      c.textContent = all.length ? '(' + vis + ' of ' + all.length + ')' : '';
    });
    document.body.dataset.shown = String(shown);
    document.getElementById('shown').textContent = shown + ' table rows shown';
    return pending ? loadingTexts : Promise.resolve();
  }
  var timer = null;
  function later() { clearTimeout(timer); timer = setTimeout(apply, 150); }
  q.addEventListener('input', later);
  selects.forEach(function (el) { el.addEventListener('input', apply); el.addEventListener('change', apply); });
  document.getElementById('filters').addEventListener('reset', function () { setTimeout(apply, 0); });
  var params = new URLSearchParams(location.search);
  if (params.get('q')) { q.value = params.get('q'); }
  selects.forEach(function (el) { if (params.get(el.dataset.filter)) { el.value = params.get(el.dataset.filter); } });
  var filtered = apply();

  var work = [recordsReady, filtered];
  if (params.get('selftest') === '1') {
    work.push(Promise.all(Array.prototype.map.call(document.querySelectorAll('details.doc'), function (det) {
      return render(det).then(function () { det.open = true; });
    })));
  }
  Promise.all(work).then(function () {
    if (params.get('selftest') === '1') {
      var first = document.querySelector('mark[data-table]');
      if (first) { first.click(); }
    }
    document.body.dataset.highlights = String(document.querySelectorAll('mark[data-table]').length);
    document.body.dataset.ready = '1';
  }, fail);
})();
"""
