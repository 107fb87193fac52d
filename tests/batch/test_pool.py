"""The batch's worker processes: a worker that dies costs only the work it had."""

from __future__ import annotations

import asyncio
import os

import pytest

from service.batch.pool import CpuPool, WorkerDied


def exit_at_once() -> None:
    os._exit(3)  # what the kernel's out-of-memory killer leaves behind, near enough


def pid() -> int:
    return os.getpid()


def test_work_dying_twice_fails_alone_and_the_pool_goes_on():
    pool = CpuPool(2)

    async def main() -> tuple[list[object], set[int]]:
        results = await asyncio.gather(pool.run(exit_at_once), *(pool.run(pid) for _ in range(6)),
                                       return_exceptions=True)
        return results, {await pool.run(pid) for _ in range(4)}

    try:
        results, later = asyncio.run(main())
    finally:
        pool.close()
    assert isinstance(results[0], WorkerDied)
    assert all(isinstance(r, int) and r != os.getpid() for r in results[1:]), results  # others retried
    assert later and os.getpid() not in later


def test_one_job_runs_in_a_thread_of_this_process():
    pool = CpuPool(1)
    assert asyncio.run(pool.run(pid)) == os.getpid()
    pool.close()


@pytest.fixture(autouse=True)
def _quiet_workers(monkeypatch):
    monkeypatch.setenv("PYTHONWARNINGS", "ignore")
