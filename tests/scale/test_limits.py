"""The LLM rate limit shared through a real Redis: requests per minute counted for all processes
together, a 429 seen by one pausing every other, tokens reserved at the start of a call and
corrected at its end, calls in flight per process, and the local limits while Redis is away."""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import threading
import time
from pathlib import Path

from service.backends import limits_for
from service.llm.transport import Call, Transport
from service.progress import Usage
from service.scale.limits import RedisLimits, calls_in_flight
from service.settings import Settings
from service.testing.stub_llm import StubLLM, rate_limit
from tests.support import llm_settings
from tests.support.redis_server import RedisServer

FAKE_KEY = "sk-test-ZHAIYAO-SHARED-LIMITS-0000"
WINDOW = 1.0  # seconds: a short "minute", so the tests take seconds
RPM = 4


def _grants(url: str, calls: int, ready, results) -> None:
    """In a process of its own: `calls` calls at once through limits shared in Redis at `url`;
    reports the wall-clock time each was let through."""
    limits = RedisLimits(url, 5, max_concurrency=100, rpm=RPM, window=WINDOW)

    async def one() -> float:
        ticket = await limits.acquire(10)
        at = time.time()
        await limits.release(ticket, 10)
        return at

    async def main() -> list[float]:
        return list(await asyncio.gather(*(one() for _ in range(calls))))

    ready.wait(60)  # both processes set up (imports, a Redis client): start together
    results.put(asyncio.run(main()))


def test_two_processes_share_one_requests_per_minute_budget(redis_server: RedisServer):
    context = multiprocessing.get_context("fork")  # the child starts with what is imported
    ready, results = context.Barrier(2), context.Queue()
    processes = [context.Process(target=_grants, args=(redis_server.url, RPM, ready, results)) for _ in range(2)]
    for p in processes:
        p.start()
    try:
        starts = sorted(results.get(timeout=90) + results.get(timeout=90))
    finally:
        for p in processes:
            p.join(30)
    assert len(starts) == 2 * RPM
    # Alone, each process would let its RPM calls through at once. Together: RPM within any window
    # (a little slack for the time between Redis letting a call through and the process noting it).
    for t in starts:
        assert sum(t <= s < t + WINDOW - 0.2 for s in starts) <= RPM, [round(s - starts[0], 2) for s in starts]
    assert starts[-1] - starts[0] >= WINDOW - 0.2


def _settings(tmp_path: Path, stub: StubLLM, redis_server: RedisServer, **values) -> Settings:
    return llm_settings(tmp_path / "cache", stub.base_url, FAKE_KEY, redis_url=redis_server.url, **values)


def test_a_429_seen_by_one_process_pauses_the_calls_of_every_other(tmp_path: Path, redis_server: RedisServer):
    messages = [{"role": "user", "content": "<<<DOCUMENT x>>>\n吕良镇规上工业产值突破60亿元。\n<<<END DOCUMENT x>>>"}]
    with StubLLM() as stub:
        stub.script(rate_limit(1.0))
        settings = _settings(tmp_path, stub, redis_server)
        chosen: list[object] = []

        def caller(after: threading.Event | None) -> None:
            # Its own event loop, hence its own limiter: only Redis is shared, as between processes.
            async def main() -> None:
                limits = limits_for(settings)
                chosen.append(limits)
                if after is not None:
                    while not after.is_set():
                        await asyncio.sleep(0.01)
                await Transport(settings, Usage(), limits=limits).complete(Call(), messages, None, 256)

            asyncio.run(main())

        got_429 = threading.Event()
        first = threading.Thread(target=caller, args=(None,))
        first.start()
        deadline = time.monotonic() + 10
        while "rate_limit" not in stub.answers and time.monotonic() < deadline:
            time.sleep(0.01)
        got_429.set()
        second = threading.Thread(target=caller, args=(got_429,))
        second.start()
        first.join(30)
        second.join(30)
        times, answers = list(stub.times), list(stub.answers)
    assert all(isinstance(limits, RedisLimits) for limits in chosen) and chosen[0] is not chosen[1]
    assert answers[0] == "rate_limit" and len(times) == 3
    # The other caller asked right after the 429, and still waited for the Retry-After like the first.
    assert min(times[1:]) >= times[0] + 0.95, [round(t - times[0], 2) for t in times]


def test_tokens_are_reserved_at_the_start_of_a_call_and_corrected_at_its_end(redis_server: RedisServer):
    def pair() -> tuple[RedisLimits, RedisLimits]:
        redis_server.client().flushdb()
        return (RedisLimits(redis_server.url, 5, 10, tpm=1000, window=WINDOW),
                RedisLimits(redis_server.url, 5, 10, tpm=1000, window=WINDOW))

    async def waited(limits: RedisLimits, tokens: int) -> float:
        t0 = time.monotonic()
        await limits.release(await limits.acquire(tokens), tokens)
        return time.monotonic() - t0

    async def main() -> tuple[float, float, float]:
        a, b = pair()
        held = await a.acquire(900)  # in flight: its estimate counts for the other process
        reserved = await waited(b, 200)
        await a.release(held, 900)
        a, b = pair()
        await a.release(await a.acquire(900), 100)  # estimated 900, counted 100
        corrected = await waited(b, 800)
        a, b = pair()
        await a.release(await a.acquire(900), None)  # the endpoint did not say: the estimate stays
        uncorrected = await waited(b, 800)
        return reserved, corrected, uncorrected

    reserved, corrected, uncorrected = asyncio.run(main())
    assert reserved >= WINDOW - 0.2
    assert corrected < 0.3
    assert uncorrected >= WINDOW - 0.2


def test_calls_in_flight_are_limited_per_process_and_counted_across_them(redis_server: RedisServer):
    settings = Settings(_env_file=None, redis_url=redis_server.url)

    async def main() -> tuple[int, int | None, int | None]:
        a, b = RedisLimits(redis_server.url, 5, 2), RedisLimits(redis_server.url, 5, 2)
        peak = 0

        async def call(limits: RedisLimits) -> None:
            nonlocal peak
            ticket = await limits.acquire(10)
            peak = max(peak, limits.in_flight)
            await asyncio.sleep(0.05)
            await limits.release(ticket, None)

        held = [await a.acquire(1), await a.acquire(1), await b.acquire(1)]
        everywhere = await asyncio.to_thread(calls_in_flight, settings)
        for limits, ticket in zip((a, a, b), held, strict=True):
            await limits.release(ticket, None)
        await asyncio.gather(*(call(a) for _ in range(6)))
        return peak, everywhere, await asyncio.to_thread(calls_in_flight, settings)

    peak, everywhere, after = asyncio.run(main())
    assert peak == 2, "ZHAIYAO_MAX_CONCURRENCY counts the calls of one process"
    assert (everywhere, after) == (3, 0)


def test_without_redis_the_limits_are_local_with_one_warning_and_shared_again_once_it_answers(
        tmp_path: Path, caplog):
    server = RedisServer(tmp_path / "redis")  # its port chosen, not started yet
    settings = Settings(_env_file=None, redis_url=server.url)

    async def calls(limits: RedisLimits, n: int) -> None:
        for _ in range(n):
            ticket = await limits.acquire(10)
            await limits.release(ticket, 10)
        await limits.pause(0)

    limits = RedisLimits(server.url, 1, 4, rpm=3, window=WINDOW, retry=0.3)
    caplog.set_level(logging.WARNING, logger="service.scale.limits")
    t0 = time.monotonic()
    asyncio.run(calls(limits, 4))  # the fourth call waits for this process's own window
    alone = time.monotonic() - t0
    warnings = [r for r in caplog.records if "cannot be reached" in r.getMessage()]
    assert len(warnings) == 1 and server.url.split("//")[1] in warnings[0].getMessage()
    assert alone >= WINDOW - 0.2 and not limits.shared
    with server:
        time.sleep(0.35)

        async def shared() -> int | None:
            ticket = await limits.acquire(10)
            try:
                return await asyncio.to_thread(calls_in_flight, settings)
            finally:
                await limits.release(ticket, 10)

        assert asyncio.run(shared()) == 1, "back in Redis once it answers"
        assert limits.shared
    assert len([r for r in caplog.records if "cannot be reached" in r.getMessage()]) == 1
