"""Where the batch's CPU-bound work runs: `jobs` worker processes, or one thread with one job.

The pool's processes start from a fork server that has imported the pipeline once (so a worker
costs a fork, not an interpreter start), and never from the batch's own process, which has
threads (the progress display, asyncio's) by the time a broken pool is replaced. A worker exits
as soon as the batch process is gone, killed or not: a crash leaves no orphans behind.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import os
import threading
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from multiprocessing.connection import Connection
from typing import Any, TypeVar

T = TypeVar("T")

PRELOAD = ["service.batch.work"]


class WorkerDied(Exception):
    """A worker process died (killed, out of memory) while working on this document, alone."""

    code = "worker_died"
    message = "the worker process died while working on this document (out of memory?)"


def _exit_with_batch(batch: Connection) -> None:
    """Worker initializer: exit when the batch's end of this pipe closes (the batch is gone).
    (Its pid cannot tell: a killed batch stays a zombie until its parent reaps it.)"""

    def watch() -> None:
        try:
            batch.recv()
        except (EOFError, OSError):
            pass
        os._exit(1)

    threading.Thread(target=watch, name="exit-with-batch", daemon=True).start()


class CpuPool:
    """`await pool.run(fn, *args)`: fn(*args) in a worker process (a thread with one job)."""

    def __init__(self, jobs: int):
        self.jobs = jobs
        self._pool: ProcessPoolExecutor | None = None
        self._lifelines: list[Connection] = []
        if jobs > 1:
            self._context = multiprocessing.get_context("forkserver")
            self._context.set_forkserver_preload(PRELOAD)
            self._pool = self._new_pool()
            # Start the workers now, beside whatever this process does next (the LLM stack takes
            # a second to import): starting one waits for the fork server to import the pipeline.
            pool = self._pool
            threading.Thread(target=lambda: [pool.submit(os.getpid) for _ in range(jobs)],
                             name="start-workers", daemon=True).start()

    def _new_pool(self, workers: int | None = None) -> ProcessPoolExecutor:
        theirs, ours = self._context.Pipe(duplex=False)
        self._lifelines.append(ours)  # never written to; closed when this process ends
        return ProcessPoolExecutor(max_workers=workers or self.jobs, mp_context=self._context,
                                   initializer=_exit_with_batch, initargs=(theirs,))

    async def run(self, fn: Callable[..., T], *args: Any) -> T:
        if self._pool is None:
            return await asyncio.to_thread(fn, *args)
        loop = asyncio.get_running_loop()
        pool = self._pool
        try:
            return await loop.run_in_executor(pool, fn, *args)
        except BrokenProcessPool:
            if self._pool is pool:
                pool.shutdown(wait=False, cancel_futures=True)
                self._pool = self._new_pool()
        # Every task in flight fails with the pool, not only the one that killed it: each gets a
        # second try in a worker of its own, so only the one that kills that one too fails.
        alone = self._new_pool(workers=1)
        try:
            return await loop.run_in_executor(alone, fn, *args)
        except BrokenProcessPool:
            raise WorkerDied() from None
        finally:
            alone.shutdown(wait=False)

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None
        for lifeline in self._lifelines:
            lifeline.close()
