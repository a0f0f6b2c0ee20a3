"""Accuracy of gwr on every gold set, as one Markdown table per set (the README's accuracy section).

    python eval/accuracy.py                 # all gold sets found
    python eval/accuracy.py --set eval/gold # one set

Why a script of its own: the shared scorer (`../shared/eval/score.py`) scores one output folder
against one gold folder; the README reports four sets (the seeds, `../shared/gold/corpus`, our
`eval/gold` and our `eval/holdout`), each extracted fresh with the installed `gwr`, per document and per field.

Gold sets of corpus reports name each report by its path under `../shared/corpus`; the seeds' gold
names files of `data/raw`. Nothing here is tuned to a gold answer: it only runs and reports.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
FIELDS = ("value", "measure", "comparator", "sign", "status", "year", "indicator")


def gold_sets() -> list[tuple[str, Path, Path | None]]:
    """(name, gold folder, input folder or None for 'copy from the corpus')."""
    sets = [
        ("seeds (`../shared/gold`)", SHARED / "gold", ROOT / "data" / "raw"),
        ("`../shared/gold/corpus`", SHARED / "gold" / "corpus", None),
        ("`eval/gold` (ours)", ROOT / "eval" / "gold", None),
        ("`eval/holdout` (ours, never tuned on)", ROOT / "eval" / "holdout", None),
    ]
    return [s for s in sets if s[1].is_dir()]


def _docs_of(gold: Path) -> list[str]:
    names = set()
    for f in gold.glob("*.jsonl"):
        for line in f.read_text(encoding="utf-8").splitlines():
            if line.strip():
                names.add(json.loads(line)["doc"])
    return sorted(names)


def score_set(gold: Path, inputs: Path | None, work: Path) -> dict:
    if inputs is None:
        inputs = work / "in"
        for doc in _docs_of(gold):
            (inputs / doc).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(SHARED / "corpus" / doc, inputs / doc)
    out = work / "out"
    subprocess.run(
        ["gwr", "extract", str(inputs), "--out", str(out), "--quiet", "--force"], check=False, capture_output=True
    )
    res = subprocess.run(
        [
            sys.executable,
            str(SHARED / "eval" / "score.py"),
            "--out",
            str(out),
            "--gold",
            str(gold),
            "--json",
            "--examples",
            "0",
        ],
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(res.stdout)


def table(name: str, r: dict) -> str:
    lines = [
        f"**{name}**",
        "",
        "| document | figures record F1 | " + " | ".join(FIELDS) + " |",
        "|---|---|" + "---|" * len(FIELDS),
    ]
    for doc, d in r.get("by_document", {}).items():
        cells = " | ".join(f"{d['fields'].get(k, 0):.2f}" for k in FIELDS)
        lines.append(f"| {doc} | {d['figures_record_f1']:.3f} | {cells} |")
    f, t, dl = r.get("figures", {}), r.get("targets", {}), r.get("deadlines", {})
    pooled = " | ".join(f"{f.get('fields', {}).get(k, 0):.2f}" for k in FIELDS)
    lines.append(f"| **pooled** | **{f.get('record_f1', 0):.3f}** | {pooled} |")
    lines += [
        "",
        f"figures detection F1 {f.get('detection', {}).get('f1', 0):.3f}; targets record F1 {t.get('record_f1', 0):.3f}; "
        f"deadlines detection F1 {dl.get('detection', {}).get('f1', 0):.3f}, record F1 {dl.get('record_f1', 0):.3f}",
        "",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", type=Path, help="score one gold folder only")
    a = ap.parse_args(argv)
    if not (SHARED / "eval" / "score.py").exists():
        print(f"the shared scorer is not at {SHARED / 'eval' / 'score.py'}", file=sys.stderr)
        return 2
    sets = gold_sets()
    if a.set:
        known = {gold.resolve(): (name, gold, inputs) for name, gold, inputs in sets}
        sets = [known.get(a.set.resolve(), (str(a.set), a.set.resolve(), None))]  # the seeds' inputs are data/raw
    for name, gold, inputs in sets:
        with tempfile.TemporaryDirectory() as tmp:
            print(table(name, score_set(gold, inputs, Path(tmp))))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
