"""Part 8: what the LLM rate limit shared in Redis costs per call, against the process's own.

Every LLM call acquires its place before it starts and releases it after (service/llm/limits.py).
With ZHAIYAO_REDIS_URL that is two Lua scripts in Redis (service/scale/limits.py), each run in a
thread so a slow Redis never holds the event loop. Measured here against a local redis-server,
with caps high enough never to make a call wait, so only the bookkeeping is timed:

- one caller: acquire + release, one after the other (median and p99 per call);
- eight callers at once on one event loop (calls per second), as a batch or a worker's loop has.

Rounds of the two alternate; medians are reported side by side. A call to an LLM takes about a
second: the figure to compare with.
"""

from __future__ import annotations

import asyncio
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from service.llm.limits import LocalLimits
from service.scale.limits import RedisLimits

HIGH = 10**9  # requests and tokens per minute: never reached, so no call waits


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


async def _one_caller(limits, calls: int) -> list[float]:
    took = []
    for _ in range(calls):
        t0 = time.perf_counter()
        await limits.release(await limits.acquire(1000), 900)
        took.append(time.perf_counter() - t0)
    return took


async def _callers(limits, callers: int, calls: int) -> float:
    t0 = time.perf_counter()
    await asyncio.gather(*(_one_caller(limits, calls) for _ in range(callers)))
    return callers * calls / (time.perf_counter() - t0)


def _measure(make, calls: int, callers: int) -> dict:
    async def main() -> dict:
        limits = make()
        await _one_caller(limits, 50)  # warm up: connections, scripts loaded
        took = sorted(await _one_caller(limits, calls))
        return {"median_us": round(statistics.median(took) * 1e6, 1),
                "p99_us": round(took[int(len(took) * 0.99) - 1] * 1e6, 1),
                "calls_per_s_concurrent": round(await _callers(limits, callers, calls // callers))}

    return asyncio.run(main())


def run(quick: bool = False, log=print) -> dict:
    if not shutil.which("redis-server"):
        raise RuntimeError("redis-server is not installed (make test installs it)")
    calls, callers, rounds = (400, 8, 1) if quick else (2000, 8, 3)
    tmp = Path(tempfile.mkdtemp(prefix="zhaiyao-bench-limits-"))
    port = _free_port()
    redis = subprocess.Popen(["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--save", "",
                              "--appendonly", "no", "--dir", str(tmp)], stdout=subprocess.DEVNULL,
                             stderr=subprocess.DEVNULL)
    url = f"redis://127.0.0.1:{port}/0"
    try:
        import redis as redis_py

        deadline = time.monotonic() + 10
        while True:
            try:
                redis_py.Redis.from_url(url).ping()
                break
            except redis_py.RedisError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.05)
        kinds = {"local": lambda: LocalLimits(callers, HIGH, HIGH),
                 "redis": lambda: RedisLimits(url, 5, callers, HIGH, HIGH)}
        runs: dict[str, list[dict]] = {k: [] for k in kinds}
        for r in range(rounds):
            for kind in kinds if r % 2 == 0 else reversed(list(kinds)):
                runs[kind].append(_measure(kinds[kind], calls, callers))
                log(f"  {kind}: {runs[kind][-1]}")
    finally:
        redis.kill()
        redis.wait(10)
        shutil.rmtree(tmp, ignore_errors=True)
    median = {kind: {field: statistics.median(x[field] for x in runs[kind]) for field in runs[kind][0]}
              for kind in runs}
    return {"calls": calls, "callers": callers, "rounds": rounds, **median,
            "extra_us_per_call": round(median["redis"]["median_us"] - median["local"]["median_us"], 1)}


if __name__ == "__main__":
    import json

    print(json.dumps(run(quick="--quick" in sys.argv, log=lambda m: print(m, file=sys.stderr)), indent=2))
