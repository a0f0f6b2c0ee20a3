"""Ratio to jieba.lcut that holds on a loaded machine: CPU time, both measured in turns in one process.

    python bench/paired.py                          # every 6th corpus report, this checkout's code
    python bench/paired.py --code /tmp/old --step 10   # another checkout's code (git archive REV | tar -x -C /tmp/old)

`bench/run.py` times gwr first and `jieba.lcut` minutes later, in wall time: on a machine shared
with other work, a change of load between the two moves the ratio by 20% and more. Here each
block of 20 reports is extracted (`pipeline.run.extract_blob`: every stage, rows packed as Arrow,
not written) and then cut by `jieba.lcut`, in CPU time of this process, so both see the same load.
Run it for two checkouts back to back to compare them. A script, not a test: timings belong here.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    ap.add_argument("--step", type=int, default=6, help="every STEP-th report of the sorted corpus")
    ap.add_argument("--code", type=Path, default=ROOT, help="the checkout whose pipeline is timed")
    ap.add_argument("--block", type=int, default=20, help="reports per turn")
    a = ap.parse_args(argv)
    code = a.code.resolve()
    sys.path.insert(0, str(code))
    files = sorted(p for p in a.corpus.rglob("*.md") if p.is_file())[:: a.step]
    if not files:
        print(f"no .md files under {a.corpus}", file=sys.stderr)
        return 2

    import jieba

    import pipeline.run as gwr

    if not Path(gwr.__file__).resolve().is_relative_to(code):
        print(f"pipeline imported from {gwr.__file__}, not from {code}", file=sys.stderr)
        return 2
    gwr._warm()
    jieba.initialize()
    ours = ref = 0.0
    for i in range(0, len(files), a.block):
        block = files[i : i + a.block]
        t = time.process_time()
        for p in block:
            gwr.extract_blob(str(p), str(p))
        ours += time.process_time() - t
        t = time.process_time()
        for p in block:
            jieba.lcut(p.read_text(encoding="utf-8", errors="replace"))
        ref += time.process_time() - t
    print(f"{code}: {len(files)} reports; CPU time gwr {ours:.1f} s, jieba.lcut {ref:.1f} s; ratio {ours / ref:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
