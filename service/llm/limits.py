"""The one place that decides when an LLM call may start: calls in flight, requests and tokens per
minute, and the pause a 429 asks for.

The transport talks to a `Limits` and to nothing else about limits:

    ticket = await limits.acquire(estimated_tokens)   # before each HTTP call; waits as long as needed
    try:
        response = await client.chat.completions.create(...)
    except RateLimitError as e:
        await limits.pause(retry_after)                # the endpoint said "wait": every caller waits
        raise
    finally:
        await limits.release(ticket, used_tokens)      # the call is over; its real token count, if known

The protocol, for whoever writes another implementation:

- `acquire(estimated_tokens)` returns once a call may start: fewer than `max_concurrency` calls in
  flight, not paused, and the last minute's requests and tokens (the estimate included) under `rpm`
  and `tpm`. A call estimated over `tpm` by itself starts when the minute is otherwise empty, so it
  is slowed, never refused. It returns an opaque ticket for `release`.
- `release(ticket, used_tokens)` frees the call's place; `used_tokens` (prompt + completion, None
  when the server did not say) replaces the estimate in the token count. Called exactly once per
  ticket, also when the call failed or was cancelled.
- `pause(seconds)` stops every caller of these limits from starting a call for `seconds` from now
  (a later end wins over an earlier one); calls already in flight go on.
- `in_flight` is the number of calls started and not yet released (for progress displays).

`service.backends.limits_for(settings)` is the factory the transport uses. `LocalLimits` counts within one
process (one instance per event loop, shared by every document and request of that loop). With
ZHAIYAO_REDIS_URL it gives `service.scale.limits.RedisLimits` instead: requests and tokens per
minute and the pause after a 429 shared by every process on every machine, calls in flight still
per process; the transport does not change.
"""

from __future__ import annotations

import asyncio
import time
from collections import deque
from dataclasses import dataclass
from typing import Protocol

WINDOW = 60.0  # seconds: "per minute"


class Limits(Protocol):
    """What the transport needs of a limiter (see the module docstring for the contract)."""

    @property
    def in_flight(self) -> int: ...

    async def acquire(self, estimated_tokens: int) -> object: ...

    async def release(self, ticket: object, used_tokens: int | None) -> None: ...

    async def pause(self, seconds: float) -> None: ...


@dataclass
class _Started:
    """One call in the window: when it started and the tokens counted for it."""

    at: float
    tokens: int
    in_window: bool = True


class LocalLimits:
    """`Limits` within one process and event loop: a sliding window of the last minute's calls."""

    def __init__(self, max_concurrency: int, rpm: int | None = None, tpm: int | None = None,
                 window: float = WINDOW):
        self.max_concurrency = max_concurrency
        self.rpm = rpm
        self.tpm = tpm
        self.window = window
        self.paused_until = 0.0
        self._in_flight = 0
        self._recent: deque[_Started] = deque()  # calls started within the window, oldest first
        self._tokens = 0  # sum of tokens in _recent
        self._changed = asyncio.Condition()

    @property
    def in_flight(self) -> int:
        return self._in_flight

    def _forget_old(self, now: float) -> None:
        while self._recent and self._recent[0].at <= now - self.window:
            old = self._recent.popleft()
            old.in_window = False
            self._tokens -= old.tokens

    def _wait_needed(self, tokens: int, now: float) -> float | None:
        """0 when a call may start now; else seconds until it may (None: until a call ends)."""
        if self._in_flight >= self.max_concurrency:
            return None
        if now < self.paused_until:
            return self.paused_until - now
        self._forget_old(now)
        waits = []
        if self.rpm is not None and len(self._recent) >= self.rpm:
            waits.append(self._recent[len(self._recent) - self.rpm].at + self.window - now)
        if self.tpm is not None and self._recent and self._tokens + tokens > self.tpm:
            # The earliest moment enough old calls have left the window.
            freed, need = 0, self._tokens + tokens - self.tpm
            for started in self._recent:
                freed += started.tokens
                if freed >= need:
                    waits.append(started.at + self.window - now)
                    break
            else:
                waits.append(self._recent[-1].at + self.window - now)
        return max(max(waits), 0.001) if waits else 0.0

    async def acquire(self, estimated_tokens: int) -> _Started:
        tokens = max(0, int(estimated_tokens))
        async with self._changed:
            while True:
                now = time.monotonic()
                wait = self._wait_needed(tokens, now)
                if wait == 0:
                    break
                # (asyncio.timeout, not wait_for: Python 3.11's wait_for returns the wait's result when the caller is
                # cancelled in the turn it is woken, and the cancelled caller then took a slot no one would free)
                try:
                    async with asyncio.timeout(wait):
                        await self._changed.wait()
                except TimeoutError:
                    pass
            self._in_flight += 1
            started = _Started(now, tokens)
            self._recent.append(started)
            self._tokens += tokens
            return started

    async def release(self, ticket: object, used_tokens: int | None) -> None:
        async with self._changed:
            self._in_flight -= 1
            if isinstance(ticket, _Started) and used_tokens is not None:
                # The real count replaces the estimate (in the window's sum while it is there).
                if ticket.in_window:
                    self._tokens += used_tokens - ticket.tokens
                ticket.tokens = used_tokens
            self._changed.notify_all()

    async def pause(self, seconds: float) -> None:
        async with self._changed:
            self.paused_until = max(self.paused_until, time.monotonic() + max(0.0, seconds))
            self._changed.notify_all()
