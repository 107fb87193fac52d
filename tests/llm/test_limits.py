"""The LLM limits: calls in flight, requests and tokens per minute, the pause a 429 asks for,
and the transport going through them (offline: the stub server)."""

from __future__ import annotations

import asyncio
import time

import pytest

from service.backends import limits_for
from service.llm.limits import LocalLimits
from service.llm.transport import Call, LLMFailure, Transport
from service.progress import Usage
from service.testing.stub_llm import rate_limit
from tests.support import llm_settings

FAKE_KEY = "sk-test-ZHAIYAO-LIMITS-0000"


async def _start_times(limits: LocalLimits, tokens: list[int], hold: float = 0.0) -> list[float]:
    """Start one call per entry of `tokens` at once; each holds its place for `hold` seconds and
    reports its estimate as used. Returns when each started, relative to the first request."""
    t0 = time.monotonic()

    async def call(n: int) -> float:
        ticket = await limits.acquire(n)
        started = time.monotonic() - t0
        await asyncio.sleep(hold)
        await limits.release(ticket, n)
        return started

    return list(await asyncio.gather(*(call(n) for n in tokens)))


def test_calls_in_flight_never_exceed_the_limit():
    limits = LocalLimits(max_concurrency=3)
    peak = 0

    async def call() -> None:
        nonlocal peak
        ticket = await limits.acquire(10)
        peak = max(peak, limits.in_flight)
        await asyncio.sleep(0.02)
        await limits.release(ticket, None)

    async def main() -> None:
        await asyncio.gather(*(call() for _ in range(12)))

    asyncio.run(main())
    assert peak == 3 and limits.in_flight == 0


def test_requests_per_minute_wait_for_the_window():
    # A half-second "minute", so the test takes a second: 3 requests at once, the next 3 a window later.
    limits = LocalLimits(max_concurrency=10, rpm=3, window=0.5)
    starts = sorted(asyncio.run(_start_times(limits, [1] * 6)))
    assert max(starts[:3]) < 0.2
    assert min(starts[3:]) >= 0.45


def test_tokens_per_minute_count_estimates_then_what_was_used():
    limits = LocalLimits(max_concurrency=10, tpm=1000, window=0.5)
    starts = sorted(asyncio.run(_start_times(limits, [400, 400, 400])))
    assert starts[1] < 0.2 and starts[2] >= 0.45  # 1200 > 1000: the third waits for the window

    async def estimate_then_less() -> list[float]:
        # An estimate of 900 that turns out to be 100: the next call need not wait for the window.
        first = await limits.acquire(900)
        await limits.release(first, 100)
        return await _start_times(limits, [800])

    limits = LocalLimits(max_concurrency=10, tpm=1000, window=0.5)
    assert asyncio.run(estimate_then_less())[0] < 0.2


def test_a_call_larger_than_the_token_limit_still_runs_alone():
    limits = LocalLimits(max_concurrency=10, tpm=100, window=0.3)
    starts = sorted(asyncio.run(_start_times(limits, [500, 500])))
    assert starts[0] < 0.1 and starts[1] >= 0.25


def test_a_pause_holds_every_caller():
    limits = LocalLimits(max_concurrency=10)

    async def main() -> list[float]:
        await limits.pause(0.4)
        await limits.pause(0.1)  # an earlier end never shortens a pause
        return await _start_times(limits, [1, 1, 1])

    assert min(asyncio.run(main())) >= 0.38


def test_the_factory_gives_every_caller_of_a_loop_the_same_limits(tmp_path):
    settings = llm_settings(tmp_path, "http://127.0.0.1:9/v1", FAKE_KEY, max_concurrency=5, rpm=60, tpm=9000)

    async def main():
        return limits_for(settings), limits_for(settings.model_copy())

    a, b = asyncio.run(main())
    assert a is b and (a.max_concurrency, a.rpm, a.tpm) == (5, 60, 9000)


class RecordingLimits(LocalLimits):
    """LocalLimits that remember what the transport told them."""

    def __init__(self) -> None:
        super().__init__(max_concurrency=4)
        self.acquired: list[int] = []
        self.released: list[int | None] = []
        self.pauses: list[float] = []

    async def acquire(self, estimated_tokens: int):
        self.acquired.append(estimated_tokens)
        return await super().acquire(estimated_tokens)

    async def release(self, ticket, used_tokens):
        self.released.append(used_tokens)
        await super().release(ticket, used_tokens)

    async def pause(self, seconds: float) -> None:
        self.pauses.append(seconds)
        await super().pause(seconds)


def test_the_transport_reports_estimates_used_tokens_and_the_pause_a_429_asks_for(stub, tmp_path):
    stub.script(rate_limit(0.3))
    settings = llm_settings(tmp_path, stub.base_url, FAKE_KEY)
    limits = RecordingLimits()
    usage = Usage()
    messages = [{"role": "user", "content": "<<<DOCUMENT x>>>\n吕良镇规上工业产值突破60亿元。\n<<<END DOCUMENT x>>>"}]

    async def main() -> float:
        t0 = time.monotonic()
        await Transport(settings, usage, limits=limits).complete(Call(), messages, None, 256)
        return time.monotonic() - t0

    elapsed = asyncio.run(main())
    assert limits.pauses == [pytest.approx(0.3)]
    assert elapsed >= 0.3
    assert len(limits.acquired) == 2 and all(n > 256 for n in limits.acquired)  # prompt + reply limit
    assert limits.released[0] is None  # the 429 reported no usage
    assert limits.released[1] == usage.prompt_tokens + usage.completion_tokens > 0
    assert limits.in_flight == 0


def test_a_stopped_transport_sends_nothing_and_frees_its_slot(stub, tmp_path):
    """A run that gave up stops its transport: a call that gets its slot afterwards is not sent."""
    settings = llm_settings(tmp_path, stub.base_url, FAKE_KEY)
    limits = RecordingLimits()
    messages = [{"role": "user", "content": "吕良镇规上工业产值突破60亿元。"}]

    async def main() -> None:
        transport = Transport(settings, Usage(), limits=limits)
        transport.stop("invalid_json")
        await transport.complete(Call(), messages, None, 256)

    with pytest.raises(LLMFailure) as raised:
        asyncio.run(main())
    assert raised.value.reason == "invalid_json"
    assert stub.calls == 0
    assert limits.in_flight == 0


def test_a_waiter_cancelled_as_it_is_woken_is_cancelled_and_takes_no_slot():
    # A caller waiting out a pause is woken (the pause ends) and cancelled in the same turn of the event loop, as happens
    # when a run gives up or the server shuts down. Python 3.11's asyncio.wait_for returned the wait's result then and
    # dropped the cancellation: the cancelled caller took a slot that no one would free, and every later caller waited
    # for it for ever (a hang seen once in the fault test's shutdown, 2026-12-04).
    async def scenario() -> tuple[bool, int]:
        limits = LocalLimits(max_concurrency=1)
        await limits.pause(10)
        waiter = asyncio.create_task(limits.acquire(1))
        await asyncio.sleep(0.01)  # (waiting, with the pause's timeout)
        async with limits._changed:
            limits.paused_until = 0.0
            limits._changed.notify_all()
        waiter.cancel()
        try:
            await waiter
        except asyncio.CancelledError:
            return True, limits.in_flight
        return False, limits.in_flight

    cancelled, in_flight = asyncio.run(scenario())
    assert cancelled and in_flight == 0
