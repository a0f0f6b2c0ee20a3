"""Benchmark: gwr extract over the first N corpus reports vs jieba.lcut over the same texts.

    python bench/run.py --size 100                 # or 1000, or all; workers: one per CPU
    python bench/run.py --size all --workers 2     # or --workers 1,2 to time both and their speed-up
    python bench/run.py --corpus ../shared/corpus --size all --no-rerun

Prints, per number of workers, documents/s and MB/s of raw text for a first run (nothing cached);
then the time of an unchanged re-run into the same output folder (rows reused from its cache); the
ratio of our first-run wall time to a plain `jieba.lcut` pass over the same texts in this process
(one process); and peak memory of all processes: the peak of the summed RSS of this process and its
workers, sampled every 0.1 s from /proc (getrusage's RUSAGE_CHILDREN is no use here: a spawned
child's max RSS counts the parent's pages it had between fork and exec).
A script, not a test: timings belong here.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


class MemorySampler(threading.Thread):
    """Peak of the summed resident memory of this process and all its descendants (Linux /proc)."""

    def __init__(self, interval: float = 0.1):
        super().__init__(daemon=True)
        self.interval, self.peak, self._halt = interval, 0, threading.Event()
        self.peak_main = self.peak_child = 0
        self.page = os.sysconf("SC_PAGE_SIZE")

    def _tree_rss(self) -> int:
        me = os.getpid()
        parents: dict[int, int] = {}
        rss: dict[int, int] = {}
        for entry in os.scandir("/proc"):
            if not entry.name.isdigit():
                continue
            try:
                with open(f"/proc/{entry.name}/stat", "rb") as f:
                    fields = f.read().rsplit(b")", 1)[1].split()
                with open(f"/proc/{entry.name}/statm", "rb") as f:
                    resident = int(f.read().split()[1]) * self.page
            except (OSError, IndexError, ValueError):
                continue
            pid = int(entry.name)
            parents[pid], rss[pid] = int(fields[1]), resident
        total, todo = 0, [me]
        while todo:
            pid = todo.pop()
            total += rss.get(pid, 0)
            if pid != me:
                self.peak_child = max(self.peak_child, rss.get(pid, 0))
            todo += [c for c, p in parents.items() if p == pid]
        self.peak_main = max(self.peak_main, rss.get(me, 0))
        return total

    def run(self) -> None:
        while not self._halt.is_set():
            self.peak = max(self.peak, self._tree_rss())
            self._halt.wait(self.interval)

    def stop(self) -> int:
        self._halt.set()
        self.join()
        return self.peak

    def take(self) -> tuple[int, int, int]:
        """(peak of all, of main, of the largest worker) since the last call; then start again."""
        got = (self.peak, self.peak_main, self.peak_child)
        self.peak = self.peak_main = self.peak_child = 0
        return got


def mib(n: int) -> str:
    return f"{n / 2**20:.0f} MiB"


def parse_args(argv=None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    ap.add_argument("--size", default="100", help="100, 1000 or all")
    ap.add_argument("--workers", default=str(os.cpu_count() or 1), help="processes; a comma list (1,2) times each")
    ap.add_argument("--no-rerun", action="store_true", help="skip the unchanged re-run")
    ap.add_argument("--no-jieba", action="store_true", help="skip the jieba.lcut reference pass")
    return ap.parse_args(argv)


def link_files(files: list[Path], src: Path) -> None:
    """gwr reads folders; give it the chosen files through a folder of hard links (copies across
    file systems) so the order is fixed. Not symbolic links: gwr skips those that leave the folder."""
    for i, p in enumerate(files):
        (src / f"{i:05d}").mkdir(parents=True)
        try:
            os.link(p.resolve(), src / f"{i:05d}" / p.name)
        except OSError:
            shutil.copyfile(p, src / f"{i:05d}" / p.name)


def jieba_reference(
    files: list[Path], mb: float, times: dict[int, float], worker_counts: list[int], sampler: MemorySampler
) -> None:
    """Time jieba.lcut over the same files in one process, and gwr's time against it."""
    import jieba

    sampler.take()
    jieba.initialize()  # loaded here, after our runs, so their memory figures do not include it
    t0 = time.perf_counter()
    for p in files:
        jieba.lcut(p.read_text(encoding="utf-8", errors="replace"))
    ref = time.perf_counter() - t0
    print(f"jieba.lcut (one process): {ref:.1f} s = {mb / ref:.2f} MB/s; peak memory {mib(sampler.take()[0])}")
    print("ratio gwr / jieba.lcut: " + ", ".join(f"--workers {w}: {times[w] / ref:.2f}" for w in worker_counts))


def main(argv=None) -> int:
    a = parse_args(argv)
    worker_counts = [int(w) for w in a.workers.split(",")]

    files = sorted(p for p in a.corpus.rglob("*.md") if p.is_file())
    if a.size != "all":
        files = files[: int(a.size)]
    if not files:
        print(f"no .md files under {a.corpus}", file=sys.stderr)
        return 2
    mb = sum(p.stat().st_size for p in files) / 1e6

    import jieba  # noqa: F401  imported before the runs, as always: missing, it fails before them

    from pipeline.run import run

    sampler = MemorySampler()
    sampler.start()
    print(f"documents: {len(files)} ({mb:.1f} MB)")
    times: dict[int, float] = {}
    ours_peak = 0
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp, "in")
        link_files(files, src)
        # most workers first: a one-process run loads jieba into this process, which would then count
        # in the main process's memory of every later run
        for w in sorted(worker_counts, reverse=True):
            out = Path(tmp, f"out-{w}")
            t0 = time.perf_counter()
            result = run([src], out, workers=w, force=True)
            times[w] = time.perf_counter() - t0
            peak, main_peak, worker_peak = sampler.take()
            ours_peak = max(ours_peak, peak)
            print(
                f"gwr extract --workers {w}: {times[w]:.1f} s = {len(files) / times[w]:.1f} docs/s, {mb / times[w]:.2f} MB/s"
                f" (failed: {len(result.failures)}, processes used: {result.workers});"
                f" peak memory {mib(peak)} (main {mib(main_peak)}, largest worker {mib(worker_peak)})"
            )
        if len(worker_counts) > 1:
            base = times[worker_counts[0]]
            print(
                f"speed-up vs --workers {worker_counts[0]}: "
                + ", ".join(f"{w}: {base / times[w]:.2f}x" for w in worker_counts[1:])
            )
        last = worker_counts[-1]
        if not a.no_rerun:
            t0 = time.perf_counter()
            again = run([src], Path(tmp, f"out-{last}"), workers=last)
            rerun = time.perf_counter() - t0
            print(
                f"unchanged re-run (--workers {last}): {rerun:.2f} s = {100 * rerun / times[last]:.1f}% of the first run"
                f" (reused {again.reused}, extracted {again.extracted})"
            )

    if not a.no_jieba:
        jieba_reference(files, mb, times, worker_counts, sampler)

    sampler.stop()
    print(
        f"peak memory of gwr extract, all processes (sampled sum of RSS, main + workers, every 0.1 s): {mib(ours_peak)}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
