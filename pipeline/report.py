"""One self-contained HTML page to check an extraction by eye.

Why a page: a reader checks a dataset by looking at numbers in their sentences. The page shows each
document's stored text with every figure and deadline marked where its offsets say (so a wrong
offset is seen at once), the record behind a mark on hover and click, the tables of targets,
deadlines and tasks, and the scorecard. It is one file with no network use at all (no CDN, fonts or
images), so it can be mailed or archived; the same tables give the same bytes.
"""
from __future__ import annotations

import html
import json
import math
from pathlib import Path
from typing import Any, Iterable

import pandas as pd

from pipeline import __version__
from pipeline.compare import CompareError, load_tables, resolve_region, scorecard

# Colours of marks by figure status, and of deadlines; of scorecard verdicts.
STATUS_COLOURS = {"actual": "#cfe8ff", "target": "#ffe08a", "estimated": "#d9f2d0"}
DEADLINE_COLOUR = "#f6c6e6"
VERDICT_COLOURS = {"met": "#2e7d32", "missed": "#c62828", "not comparable": "#757575", "no outcome reported": "#bdbdbd"}
VERDICTS = tuple(VERDICT_COLOURS)
# Documents whose full text is included; beyond this the page says how many were left out.
MAX_DOCUMENTS = 200
# Fields shown in a mark's tooltip, in order.
FIGURE_TIP = ("indicator", "value", "value_max", "unit", "comparator", "status", "year", "period_start", "indicator_code")
DEADLINE_TIP = ("due", "precision", "action", "subject")
TABLES = ("documents", "figures", "targets", "deadlines", "tasks", "texts")

_e = html.escape


def _t(v: Any) -> str:
    """A table value as escaped text: missing values (None, NaN, NA) as nothing."""
    return html.escape(str(v)) if _present(v) else ""


def build_report(data: str | Path, region: str | None = None) -> str:
    """The page for the tables in `data` (all regions, or one)."""
    data = Path(data)
    tables = load_tables(data, TABLES)
    docs = tables["documents"]
    if region is not None:
        region = resolve_region(docs, region)
        keep = set(docs.loc[docs["region"] == region, "doc_id"])
        tables = {name: (t[t["doc_id"].isin(keep)] if "doc_id" in t.columns else t) for name, t in tables.items()}
        docs = tables["documents"]
    shown = docs.head(MAX_DOCUMENTS)
    texts = dict(zip(tables["texts"]["doc_id"], tables["texts"]["text"]))
    figures, deadlines = tables["figures"], tables["deadlines"]
    marked: set[str] = set()
    doc_blocks = []
    for d in shown.to_dict("records"):
        block, ids = _document(d, texts.get(d["doc_id"], ""), figures[figures["doc_id"] == d["doc_id"]], deadlines[deadlines["doc_id"] == d["doc_id"]])
        doc_blocks.append(block)
        marked |= ids
    try:
        card = scorecard(tables, region=region)
        card_html = _scorecard(card, marked)
    except CompareError as exc:
        card_html = f"<p>no scorecard: {_e(str(exc))}</p>"
    panel_html = _panel_chart(tables, region)
    counts = {name: len(tables[name]) for name in ("documents", "figures", "targets", "deadlines", "tasks")}
    title = f"gwr report — {region or 'all regions'}"
    left_out = len(docs) - len(shown)
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
        + "</header>",
        '<aside id="panel" hidden><button type="button" id="close" aria-label="close">×</button><h2 id="panel-title"></h2><pre id="panel-body"></pre></aside>',
        "<main>",
        "<nav><h2>Documents</h2><ol>"
        + "".join(f'<li><a href="#doc-{_e(d["doc_id"])}">{_e(_label(d))}</a></li>' for d in shown.to_dict("records"))
        + "</ol>"
        + (f"<p>{left_out} more documents are in the tables but not shown here (the page shows the first {MAX_DOCUMENTS}).</p>" if left_out else "")
        + "</nav>",
        '<section id="scorecard"><h2>Scorecard: targets against outcomes</h2>' + card_html + "</section>",
        '<section id="panel-chart"><h2>Targets and outcomes over the years</h2>' + panel_html + "</section>",
        '<section id="targets"><h2>Targets</h2>' + _targets(tables["targets"], figures, docs, marked) + "</section>",
        '<section id="deadlines"><h2>Deadlines</h2>' + _deadlines(deadlines, docs, marked) + "</section>",
        '<section id="tasks"><h2>Tasks</h2>' + _tasks(tables["tasks"], docs) + "</section>",
        '<section id="texts"><h2>Texts</h2>' + "".join(doc_blocks) + "</section>",
        "</main>",
        f"<script>{_JS}</script>",
        "</body></html>",
    ]
    return "\n".join(parts) + "\n"


def _panel_chart(tables: dict, region: str | None) -> str:
    """The `gwr panel --plot` chart for the indicators with targets over several years (inline SVG)."""
    try:
        from pipeline.panel import panel
        from pipeline.plot import svg_chart

        svg = svg_chart(panel(tables, region=region))
    except (CompareError, ImportError) as exc:
        return f"<p>no chart: {_e(str(exc))}</p>"
    return svg or "<p>no indicator has targets in two years or more with an outcome.</p>"


def write_report(data: str | Path, output: str | Path, region: str | None = None, force: bool = False) -> Path:
    """Build the page and write it atomically (a half-written page never replaces a good one),
    readable by all (0644 under the usual umask). An existing file is replaced only when it is a
    page gwr wrote, or with `force` (`OutPathError` otherwise; see `pipeline/outpath.py`)."""
    from pipeline.outpath import check_out_file, write_file

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
    items = [{"table": "figures", "id": r["figure_id"], "start": r["char_start"], "end": r["char_end"], "row": r} for r in figures.to_dict("records")]
    items += [{"table": "deadlines", "id": r["deadline_id"], "start": r["char_start"], "end": r["char_end"], "row": r} for r in deadlines.to_dict("records")]
    items.sort(key=lambda m: (m["start"], -m["end"], m["table"] != "figures", m["id"]))
    drawn, skipped, open_ends = [], [], []
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
    out, pos, open_ends = [], 0, []

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
    if m["table"] == "figures":
        cls, tip = f"fig status-{row['status']}", _tip(row, FIGURE_TIP)
    else:
        cls, tip = "deadline", _tip(row, DEADLINE_TIP)
    record = json.dumps(_plain(row), ensure_ascii=False, sort_keys=True, allow_nan=False)
    return f'<mark id="{_e(m["id"])}" class="{cls}" data-table="{m["table"]}" title="{_e(tip)}" data-record="{_e(record)}">'


def _document(d: dict[str, Any], text: str, figures: pd.DataFrame, deadlines: pd.DataFrame) -> tuple[str, set[str]]:
    drawn, skipped = spans(figures, deadlines)
    meta = ", ".join(
        f"{k}: {_e(str(d[k]))}" for k in ("doc_type", "region", "level", "delivered_on", "speaker", "review_year", "plan_year", "encoding") if _present(d.get(k))
    )
    note = f"<p class=note>{len(skipped)} marks cross the edge of another and are listed in the tables only.</p>" if skipped else ""
    block = (
        f'<article id="doc-{_e(d["doc_id"])}" class="doc"><h3>{_e(_label(d))}</h3>'
        f"<p class=meta>{meta}; {len(figures)} figures, {len(deadlines)} deadlines</p>{note}"
        f'<div class="text" data-doc="{_e(d["doc_id"])}">{marked_text(text, drawn)}</div></article>'
    )
    return block, {m["id"] for m in drawn}


def _label(d: dict[str, Any]) -> str:
    bits = [d.get("region") if _present(d.get("region")) else "", _num(d.get("plan_year")), d.get("title") if _present(d.get("title")) else d["source"]]
    return " · ".join(b for b in bits if b)


# ---------------------------------------------------------------------------
# Tables
# ---------------------------------------------------------------------------

def _table(header: Iterable[str], rows: Iterable[Iterable[str]], cls: str = "") -> str:
    head = "".join(f"<th>{_e(h)}</th>" for h in header)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    return f'<table class="{cls}"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>' if body else "<p>none</p>"


def _link(ident: str | None, label: str, marked: set[str]) -> str:
    if ident and ident in marked:
        return f'<a href="#{_e(ident)}">{_e(label)}</a>'
    return _e(label)


def _targets(targets: pd.DataFrame, figures: pd.DataFrame, docs: pd.DataFrame, marked: set[str]) -> str:
    sentence = dict(zip(figures["figure_id"], figures["sentence"]))
    text = dict(zip(figures["figure_id"], figures["text"]))
    source = dict(zip(docs["doc_id"], docs["source"]))
    rows = []
    for t in targets.to_dict("records"):
        rows.append([
            _t(t.get("region")), _e(_num(t["year"])), _t(t.get("indicator")), _t(t.get("indicator_code")),
            _e(_comparator(t["comparator"])), _link(t["figure_id"], text.get(t["figure_id"], _num(t["value"])), marked),
            _t(t.get("unit_base")), _e(t["measure"]), _e(source.get(t["doc_id"], "")), _e(_snippet(sentence.get(t["figure_id"], ""))),
        ])
    return _table(("region", "year", "indicator", "code", "comparator", "as written", "unit", "measure", "document", "sentence"), rows)


def _deadlines(deadlines: pd.DataFrame, docs: pd.DataFrame, marked: set[str]) -> str:
    source = dict(zip(docs["doc_id"], docs["source"]))
    rows = [
        [_link(d["deadline_id"], d["text"], marked), _e(str(d["due"])), _e(d["precision"]), _t(d.get("action")), _t(d.get("subject")), _e(source.get(d["doc_id"], ""))]
        for d in deadlines.to_dict("records")
    ]
    return _table(("as written", "due", "precision", "action", "subject", "document"), rows)


def _tasks(tasks: pd.DataFrame, docs: pd.DataFrame) -> str:
    source = dict(zip(docs["doc_id"], docs["source"]))
    rows = [
        [_e(str(t["task_no"])), _e(_snippet(t["text"], 120)), _e("、".join(t["lead_leaders"])), _e("、".join(t["units"])),
         _e(str(len(t["deadline_ids"]))), _e(str(len(t["figure_ids"]))), _e(source.get(t["doc_id"], ""))]
        for t in tasks.to_dict("records")
    ]
    return _table(("no.", "task", "lead leaders", "units", "deadlines", "figures", "document"), rows)


def _scorecard(card: pd.DataFrame, marked: set[str]) -> str:
    if card.empty:
        return "<p>no targets with a year in these tables.</p>"
    rows = []
    # judged rows first (what a reader looks for), each group in the scorecard's own order
    judged = sorted(card.to_dict("records"), key=lambda r: VERDICTS.index(r["verdict"]) if r["verdict"] in VERDICTS else len(VERDICTS))
    for r in judged:
        colour = VERDICT_COLOURS.get(r["verdict"], "#000")
        target = f"{_comparator(r['comparator'])} {_num(r['target_value'])} {r['target_unit'] if _present(r['target_unit']) else ''}"
        outcome = f"{_num(r['outcome_value'])} {r['outcome_unit'] if _present(r['outcome_unit']) else ''} ({r['outcome_status']})" if _present(r["outcome_value"]) else ""
        rows.append([
            _t(r["region"]), _e(_num(r["year"])), _t(r["indicator"]), _link(r["target_figure_id"], target, marked),
            _link(r["outcome_figure_id"] if _present(r["outcome_figure_id"]) else None, outcome, marked),
            f'<span class="verdict" style="color:{colour}">{_e(r["verdict"])}</span>', _t(r["reason"]),
        ])
    return _chart(card) + _table(("region", "year", "indicator", "target", "outcome", "verdict", "why"), rows, "scorecard")


def _chart(card: pd.DataFrame) -> str:
    """Stacked horizontal bars: verdicts per region and year, hand-drawn SVG."""
    groups = card.groupby(["region", "year"], sort=True)["verdict"].value_counts().unstack(fill_value=0)
    if groups.empty:
        return ""
    bar_h, gap, label_w, width = 18, 6, 220, 420
    biggest = max(int(groups.sum(axis=1).max()), 1)
    height = len(groups) * (bar_h + gap) + 30
    out = [f'<svg class="chart" role="img" aria-label="verdicts per region and year" viewBox="0 0 {label_w + width + 60} {height}" width="{label_w + width + 60}" height="{height}">']
    for i, ((region, year), counts) in enumerate(groups.iterrows()):
        y = i * (bar_h + gap)
        out.append(f'<text x="{label_w - 6}" y="{y + bar_h - 4}" text-anchor="end">{_e(f"{region} {_num(year)}")}</text>')
        x = label_w
        for verdict in VERDICTS:
            n = int(counts.get(verdict, 0))
            if not n:
                continue
            w = width * n / biggest
            out.append(f'<rect x="{x:.1f}" y="{y}" width="{w:.1f}" height="{bar_h}" fill="{VERDICT_COLOURS[verdict]}"><title>{_e(verdict)}: {n}</title></rect>')
            x += w
        out.append(f'<text x="{x + 4:.1f}" y="{y + bar_h - 4}">{int(counts.sum())}</text>')
    legend_y = len(groups) * (bar_h + gap) + 16
    x = label_w
    for verdict in VERDICTS:
        out.append(f'<rect x="{x}" y="{legend_y - 10}" width="10" height="10" fill="{VERDICT_COLOURS[verdict]}"/><text x="{x + 14}" y="{legend_y}">{_e(verdict)}</text>')
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
    return "; ".join(f"{k}: {_num(row[k]) if isinstance(row[k], float) else row[k]}" for k in fields if _present(row.get(k)))


def _legend() -> str:
    items = [f'<mark class="fig status-{s}">{s}</mark>' for s in STATUS_COLOURS] + ['<mark class="deadline">deadline</mark>']
    return '<p class="legend">Marks in the texts: ' + " ".join(items) + " — hover for the record, click to see all of it.</p>"


def _css() -> str:
    marks = "".join(f"mark.status-{s}{{background:{c}}}" for s, c in STATUS_COLOURS.items())
    return (
        "body{font-family:system-ui,sans-serif;margin:0;color:#222}header,main{padding:0 1.5rem}"
        "h1{font-size:1.4rem}table{border-collapse:collapse;font-size:.85rem;margin:.5rem 0 1.5rem}"
        "th,td{border:1px solid #ddd;padding:.2rem .4rem;vertical-align:top;text-align:left}th{background:#f4f4f4}"
        ".text{white-space:pre-wrap;line-height:1.7;border:1px solid #eee;padding:1rem;max-height:40rem;overflow:auto}"
        "mark{cursor:pointer;border-radius:2px;padding:0 1px}mark.deadline{background:" + DEADLINE_COLOUR + "}" + marks +
        "mark.selected{outline:2px solid #333}"
        "#panel{position:fixed;right:1rem;top:1rem;width:26rem;max-height:90vh;overflow:auto;background:#fff;border:1px solid #999;"
        "box-shadow:0 2px 8px rgba(0,0,0,.2);padding:.5rem 1rem;z-index:10}#panel pre{white-space:pre-wrap;font-size:.8rem}"
        "#close{float:right}.meta,.note{color:#555;font-size:.85rem}.chart text{font-size:12px}"
    )


# The page's only script: fills the side panel from a mark's `data-record` (as text, never as
# markup); counts marks into `data-highlights` and records script errors in `data-js-errors`, which
# the browser test reads. `?selftest=1` clicks the first mark, so a test can see the panel fill.
_JS = r"""
(function () {
  var errors = [];
  window.addEventListener('error', function (e) { errors.push(String(e.message)); document.body.dataset.jsErrors = errors.join(' | '); });
  var panel = document.getElementById('panel');
  function show(mark) {
    var record = JSON.parse(mark.dataset.record);
    document.getElementById('panel-title').textContent = mark.dataset.table + ' · ' + mark.id;
    document.getElementById('panel-body').textContent = JSON.stringify(record, null, 2);
    var old = document.querySelector('mark.selected');
    if (old) { old.classList.remove('selected'); }
    mark.classList.add('selected');
    panel.hidden = false;
    document.body.dataset.panelFilled = mark.id;
  }
  document.addEventListener('click', function (e) {
    var mark = e.target.closest ? e.target.closest('mark[data-record]') : null;
    if (mark) { show(mark); }
  });
  document.getElementById('close').addEventListener('click', function () { panel.hidden = true; });
  var marks = document.querySelectorAll('mark[data-record]');
  document.body.dataset.highlights = String(marks.length);
  if (/[?&]selftest=1/.test(location.search) && marks.length) { marks[0].click(); }
  document.body.dataset.ready = '1';
})();
"""
