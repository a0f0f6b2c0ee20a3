"""Run a per-document function over many documents, in worker processes, with results in input order.

Why this shape: documents are independent until the write, so a pool of `spawn`ed processes (safe
on every platform, nothing inherited but arguments) extracts them while the main process consumes
results strictly in input order — so the tables, and the progress callback, do not depend on the
number of workers or on which worker finished first. At most `window` documents are in flight, so
memory does not grow with the corpus.

A worker that dies (killed for its memory, a crash in a C library) breaks the whole pool. The pool
is then started again and each job it held is retried alone in a fresh pool, so the one that kills
its worker is found without blaming the others; that job's result is `on_died(*args)` (a failure of
that file). It is never redone in the main process, which would die of it too.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any, Generic, TypeVar

T = TypeVar("T")

# A worker costs a process start and loading jieba's dictionary (about a second); below this many
# documents per worker, fewer workers (or none) finish sooner.
MIN_DOCS_PER_WORKER = 4
# Cached (or skipped) entries looked ahead of the first unfinished document.
MAX_PENDING = 256


def effective_workers(requested: int | None, n_jobs: int) -> int:
    requested = requested or os.cpu_count() or 1
    return max(1, min(requested, n_jobs // MIN_DOCS_PER_WORKER))


def _watch_parent(parent: int) -> None:
    """A worker whose main process died (SIGKILL leaves no time to stop the pool) exits too."""
    while True:
        if os.getppid() != parent:
            os._exit(1)
        time.sleep(0.5)


def _init_worker(parent: int, warm: Callable[[], Any] | None) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the main process's to handle
    threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()
    if warm is not None:
        warm()


class _Now(Generic[T]):
    """In-process stand-in for a future: computes when asked, so one process needs no pool."""

    def __init__(self, fn: Callable[..., T], args: tuple):
        self.fn, self.args = fn, args

    def result(self) -> T:
        return self.fn(*self.args)


class Executor(Generic[T]):
    """`workers` processes (or the calling process when 1) running `fn`; a context manager."""

    def __init__(
        self,
        fn: Callable[..., T],
        workers: int = 1,
        warm: Callable[[], Any] | None = None,
        on_died: Callable[..., T] | None = None,
    ):
        self.fn = fn
        self.workers = max(1, workers)
        self.warm = warm
        self.on_died = on_died
        self.pool: ProcessPoolExecutor | None = None
        if self.workers > 1:
            self.pool = self._new_pool()

    def _new_pool(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            self.workers,
            mp_context=mp.get_context("spawn"),
            initializer=_init_worker,
            initargs=(os.getpid(), self.warm),
        )

    def _renew(self) -> ProcessPoolExecutor:
        """A fresh pool in place of a broken one."""
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)
        self.pool = self._new_pool()
        return self.pool

    def __enter__(self) -> Executor[T]:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)
            self.pool = None

    def submit(self, *args) -> Future[T] | _Now[T]:
        if self.pool is None:
            return _Now(self.fn, args)
        try:
            return self.pool.submit(self.fn, *args)
        except BrokenProcessPool:
            return self._renew().submit(self.fn, *args)

    def result(self, fut: Future[T] | _Now[T], args: tuple) -> T:
        """The result of `fut`. If the pool broke (a worker died), the job runs again alone in a
        fresh pool; if it breaks that one too, it is the job that kills its worker: `on_died(*args)`."""
        try:
            return fut.result()
        except BrokenProcessPool:
            pass
        pool = self._renew()
        try:
            return pool.submit(self.fn, *args).result()
        except BrokenProcessPool:
            self._renew()
            if self.on_died is None:
                raise
            return self.on_died(*args)

    def ordered(self, jobs: Iterable[tuple[Any, tuple | None]]) -> Iterator[tuple[Any, T | None]]:
        """For each `(key, args)` in order, yield `(key, fn(*args))`; `args=None` means nothing to
        run (e.g. a cached document) and yields `(key, None)` in its place in the order."""
        window = 2 * self.workers + 1 if self.pool is not None else 1
        pending: deque = deque()
        in_flight = 0
        it = iter(jobs)
        exhausted = False
        while True:
            while not exhausted and len(pending) < MAX_PENDING and in_flight < window:
                try:
                    key, args = next(it)
                except StopIteration:
                    exhausted = True
                    break
                if args is None:
                    pending.append((key, None, None))
                else:
                    pending.append((key, args, self.submit(*args)))
                    in_flight += 1
            if not pending:
                return
            key, args, fut = pending.popleft()
            if fut is None:
                yield key, None
            else:
                in_flight -= 1
                pool = self.pool
                value = self.result(fut, args)
                if self.pool is not pool:  # the pool was renewed: the jobs it held go to the new one
                    pending = deque((k, a, None if f is None else self.submit(*a)) for k, a, f in pending)
                yield key, value
