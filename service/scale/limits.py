"""The LLM rate limit shared by every process on every machine, kept in Redis: the `Limits`
protocol of `service.llm.limits`, chosen by `limits_for(settings)` when ZHAIYAO_REDIS_URL is set.

What is shared and what is not:

- **Requests and tokens per minute** (`ZHAIYAO_RPM`, `ZHAIYAO_TPM`) are counted for all processes
  together: a sliding window of the last minute's calls in Redis (a sorted set of call start
  times, each call's tokens beside it, and their sum), checked and taken in one Lua script, so two
  processes can never both take the last request of a minute. A call's tokens are reserved at
  `acquire` with the estimate and corrected at `release` with what the endpoint counted.
- **The pause after a 429** with Retry-After is one key: every caller of every process waits it out.
- **Calls in flight** (`ZHAIYAO_MAX_CONCURRENCY`) stay per process: the limit sizes the process's
  own connections and memory, and across processes the request rate already bounds the load
  (a call holds its place for a few seconds, so calls in flight <= RPM x call time / 60). Every call
  is also noted in a set of leases (`flight`), so a display can show the calls in flight across
  all workers (`calls_in_flight`); a lease ends with the call, or with the call's time-out if
  its process died.

Times are Redis's own clock (`TIME` inside the scripts), so machines with skewed clocks agree.
The keys hold one entry per call of the last minute and expire two windows after the last call
(`zhaiyao:limit:*`, on the state Redis; docs/scaling.md). One Redis database is one limit: one
deployment, one API key.

When Redis does not answer, the limits fall back to the process's own (`LocalLimits`, same
values) with one warning in the log, and try Redis again every few seconds: the service keeps
answering, each process then counting only its own calls.
"""

from __future__ import annotations

import asyncio
import logging
import random
import sys
import threading
import time
import uuid
from dataclasses import dataclass

from ..llm.limits import WINDOW, LocalLimits
from ..settings import Settings
from .connection import LUA_NOW_MS, RedisError, connect, limit_key, redact

log = logging.getLogger(__name__)

# Seconds between tries of a Redis that stopped answering (the local limits apply meanwhile).
RETRY_REDIS = 5.0
# A waiting caller looks again at least this often (seconds): a pause may have been set, or a
# release may have corrected a reservation downwards, in another process.
POLL = 1.0
# Seconds a call's lease outlives its time-out, for a process that died without releasing it.
LEASE_MARGIN = 5.0

# KEYS: calls (zset ticket -> start ms), tokens (hash ticket -> tokens), total, pause, flight (zset
# ticket -> lease end ms). ARGV: ticket, tokens, rpm (0: none), tpm (0: none), window ms, lease ms.
# Returns 0 when the call may start (it is then counted), else the milliseconds to wait at least.
# (Entries are read 500 at a time: Lua's unpack takes a few thousand values at most.)
_ACQUIRE = LUA_NOW_MS + """
local paused = tonumber(redis.call('GET', KEYS[4]) or '0')
if paused > now then return paused - now end
local tokens, rpm, tpm = tonumber(ARGV[2]), tonumber(ARGV[3]), tonumber(ARGV[4])
local window, lease = tonumber(ARGV[5]), tonumber(ARGV[6])
local counted = rpm > 0 or tpm > 0
if counted then
  while true do  -- calls that left the window: forget them and their tokens
    local old = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', now - window, 'LIMIT', 0, 500)
    if #old == 0 then break end
    local freed = 0
    for _, n in ipairs(redis.call('HMGET', KEYS[2], unpack(old))) do freed = freed + (tonumber(n) or 0) end
    redis.call('HDEL', KEYS[2], unpack(old))
    redis.call('ZREM', KEYS[1], unpack(old))
    if redis.call('DECRBY', KEYS[3], freed) < 0 then redis.call('SET', KEYS[3], 0) end
  end
  local count = redis.call('ZCARD', KEYS[1])
  local wait = 0
  if rpm > 0 and count >= rpm then
    local nth = redis.call('ZRANGE', KEYS[1], count - rpm, count - rpm, 'WITHSCORES')
    wait = math.max(wait, tonumber(nth[2]) + window - now)
  end
  local total = tonumber(redis.call('GET', KEYS[3]) or '0')
  if tpm > 0 and count > 0 and total + tokens > tpm then
    -- the earliest moment enough of the oldest calls have left the window
    local need, freed, at, offset = total + tokens - tpm, 0, nil, 0
    while freed < need do
      local some = redis.call('ZRANGE', KEYS[1], offset, offset + 499, 'WITHSCORES')
      if #some == 0 then break end  -- not even all of them: when the last has left
      local ids = {}
      for i = 1, #some, 2 do ids[#ids + 1] = some[i] end
      local amounts = redis.call('HMGET', KEYS[2], unpack(ids))
      for i = 1, #ids do
        freed = freed + (tonumber(amounts[i]) or 0)
        at = tonumber(some[2 * i])
        if freed >= need then break end
      end
      offset = offset + 500
    end
    wait = math.max(wait, (at or now) + window - now)
  end
  if wait > 0 then return math.max(1, wait) end
  redis.call('ZADD', KEYS[1], now, ARGV[1])
  redis.call('HSET', KEYS[2], ARGV[1], tokens)
  redis.call('INCRBY', KEYS[3], tokens)
  for i = 1, 3 do redis.call('PEXPIRE', KEYS[i], 2 * window) end
end
redis.call('ZREMRANGEBYSCORE', KEYS[5], '-inf', now)
redis.call('ZADD', KEYS[5], now + lease, ARGV[1])
redis.call('PEXPIRE', KEYS[5], 2 * lease)
return 0
"""

# KEYS: tokens, total, flight. ARGV: ticket, tokens used ('' when unknown).
_RELEASE = """
redis.call('ZREM', KEYS[3], ARGV[1])
if ARGV[2] ~= '' then
  local old = redis.call('HGET', KEYS[1], ARGV[1])
  if old then  -- still in the window: the count replaces the estimate
    redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
    redis.call('INCRBY', KEYS[2], tonumber(ARGV[2]) - tonumber(old))
  end
end
return 1
"""

# KEYS: pause. ARGV: milliseconds. A later end wins over an earlier one.
_PAUSE = LUA_NOW_MS + """
local ends = now + tonumber(ARGV[1])
if ends > tonumber(redis.call('GET', KEYS[1]) or '0') then
  redis.call('SET', KEYS[1], ends, 'PX', tonumber(ARGV[1]) + 1000)
end
return 1
"""

# KEYS: flight. The calls in flight now, in every process.
_IN_FLIGHT = LUA_NOW_MS + """
return redis.call('ZCOUNT', KEYS[1], '(' .. now, '+inf')
"""

_KEYS = {part: limit_key(part) for part in ("calls", "tokens", "total", "pause", "flight")}

_reported: set[str] = set()
_reported_lock = threading.Lock()


def _warn_once(where: str, e: BaseException) -> None:
    with _reported_lock:
        first = where not in _reported
        _reported.add(where)
    if first:
        log.warning("the shared LLM rate limit in Redis at %s cannot be reached (%s); each process counts its "
                    "own calls until it answers again", where, type(e).__name__)


@dataclass
class _Ticket:
    slot: object  # the process's place among its calls in flight
    shared: str | object  # a ticket id in Redis, or the local fallback's ticket


class RedisLimits:
    """`Limits` shared through Redis (see the module docstring); one per process and event loop."""

    def __init__(self, url: str, timeout: float, max_concurrency: int, rpm: int | None = None,
                 tpm: int | None = None, *, lease: float = 60.0 + LEASE_MARGIN, window: float = WINDOW,
                 retry: float = RETRY_REDIS, poll: float = POLL):
        self.where = redact(url)
        self.max_concurrency = max_concurrency
        self.rpm = rpm
        self.tpm = tpm
        self.window = window
        self.lease = lease
        self.retry = retry
        self.poll = poll
        client = connect(url, timeout)
        self._acquire = client.register_script(_ACQUIRE)
        self._release = client.register_script(_RELEASE)
        self._pause = client.register_script(_PAUSE)
        self._slots = LocalLimits(max_concurrency)  # calls in flight: per process
        self._local = LocalLimits(sys.maxsize, rpm, tpm, window)  # while Redis does not answer
        self._down_until = 0.0
        self._in_flight = 0

    @classmethod
    def from_settings(cls, settings: Settings) -> RedisLimits:
        assert settings.redis_url
        return cls(settings.redis_url, settings.redis_timeout, settings.max_concurrency, settings.rpm,
                   settings.tpm, lease=settings.request_timeout + LEASE_MARGIN)

    @property
    def in_flight(self) -> int:
        """Calls of this process started and not yet released."""
        return self._in_flight

    @property
    def shared(self) -> bool:
        """False while Redis does not answer (the local limits apply)."""
        return time.monotonic() >= self._down_until

    def _lost(self, e: BaseException) -> None:
        self._down_until = time.monotonic() + self.retry
        _warn_once(self.where, e)

    async def _call(self, script, keys: list[str], args: list) -> int | None:
        """Run a script (in a thread: a Redis that is gone must not hold the event loop); None when
        Redis does not answer."""
        if not self.shared:
            return None
        try:
            return int(await asyncio.to_thread(script, keys=keys, args=args))
        except RedisError as e:
            self._lost(e)
            return None

    async def acquire(self, estimated_tokens: int) -> _Ticket:
        tokens = max(0, int(estimated_tokens))
        slot = await self._slots.acquire(0)  # a place in this process first: no budget held while waiting
        try:
            shared = await self._acquire_shared(tokens)
        except BaseException:
            await self._slots.release(slot, None)
            raise
        self._in_flight += 1
        return _Ticket(slot, shared)

    async def _acquire_shared(self, tokens: int) -> str | object:
        keys = [_KEYS[p] for p in ("calls", "tokens", "total", "pause", "flight")]
        while True:
            ticket = uuid.uuid4().hex
            args = [ticket, tokens, self.rpm or 0, self.tpm or 0, int(self.window * 1000), int(self.lease * 1000)]
            wait_ms = await self._call(self._acquire, keys, args)
            if wait_ms is None:
                return await self._local.acquire(tokens)
            if wait_ms == 0:
                return ticket
            # A little jitter: callers that were told the same moment do not all come back at once.
            await asyncio.sleep(min(wait_ms / 1000, self.poll) + random.uniform(0, 0.02))

    async def release(self, ticket: object, used_tokens: int | None) -> None:
        assert isinstance(ticket, _Ticket)
        self._in_flight -= 1
        try:
            if isinstance(ticket.shared, str):
                # Not answered: the entry leaves the window (and its lease ends) by itself.
                await self._call(self._release, [_KEYS["tokens"], _KEYS["total"], _KEYS["flight"]],
                                 [ticket.shared, "" if used_tokens is None else int(used_tokens)])
            else:
                await self._local.release(ticket.shared, used_tokens)
        finally:
            await self._slots.release(ticket.slot, None)

    async def pause(self, seconds: float) -> None:
        seconds = max(0.0, seconds)
        await self._slots.pause(seconds)  # this process's callers at once; the others through Redis
        await self._call(self._pause, [_KEYS["pause"]], [int(seconds * 1000)])


def calls_in_flight(settings: Settings) -> int | None:
    """LLM calls in flight now in every process sharing this Redis (None when it does not answer)."""
    assert settings.redis_url
    try:
        client = connect(settings.redis_url, settings.redis_timeout)
        return int(client.eval(_IN_FLIGHT, 1, _KEYS["flight"]))
    except RedisError:
        return None
