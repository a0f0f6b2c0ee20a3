"""Benchmark: gwr extract over the first N corpus reports vs jieba.lcut over the same texts.

    python bench/run.py --size 100          # or 1000, or all
    python bench/run.py --corpus ../shared/corpus --size all

Prints documents/s, MB/s of raw text, peak memory, and the ratio of our wall time to a plain
`jieba.lcut` pass over the same texts in the same process. A script, not a test: timings belong here.
"""
from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    ap.add_argument("--size", default="100", help="100, 1000 or all")
    a = ap.parse_args(argv)

    files = sorted(p for p in a.corpus.rglob("*.md") if p.is_file())
    if a.size != "all":
        files = files[: int(a.size)]
    if not files:
        print(f"no .md files under {a.corpus}", file=sys.stderr)
        return 2
    mb = sum(p.stat().st_size for p in files) / 1e6

    import jieba

    from pipeline.run import run

    jieba.initialize()
    with tempfile.TemporaryDirectory() as tmp:
        # gwr reads folders; give it the chosen files through a folder of links so the order is fixed
        src = Path(tmp, "in")
        for i, p in enumerate(files):
            (src / f"{i:05d}").mkdir(parents=True)
            (src / f"{i:05d}" / p.name).symlink_to(p.resolve())
        t0 = time.perf_counter()
        result = run([src], Path(tmp, "out"))
        ours = time.perf_counter() - t0

    t0 = time.perf_counter()
    for p in files:
        jieba.lcut(p.read_text(encoding="utf-8", errors="replace"))
    ref = time.perf_counter() - t0

    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"documents: {len(files)} ({mb:.1f} MB), failed: {len(result.failures)}")
    print(f"gwr extract: {ours:.1f} s  = {len(files) / ours:.1f} docs/s, {mb / ours:.2f} MB/s")
    print(f"jieba.lcut:  {ref:.1f} s  = {mb / ref:.2f} MB/s")
    print(f"ratio gwr / jieba.lcut: {ours / ref:.2f}")
    print(f"peak memory (max RSS): {peak_mb:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
