"""Redis: the one place that opens connections and names keys.

Every zhaiyao key starts with `zhaiyao:`, one key space per concern, so an operator can see and
size each one (`redis-cli --scan --pattern 'zhaiyao:llm:*'`), and a new concern gets its own space
next to these without touching them:

    zhaiyao:llm:<sha256>          an LLM result (the cache); TTL ZHAIYAO_CACHE_TTL; may be evicted
    zhaiyao:summary:<doc_id>      a finished summary (GET /v1/summaries/{doc_id}); TTL ZHAIYAO_JOB_TTL
    zhaiyao:job:<job_id>          a job record (hash); TTL ZHAIYAO_JOB_TTL
    zhaiyao:job:<job_id>:input    the document as sent, for the workers; same TTL
    zhaiyao:job:<job_id>:events   its progress events (a stream); same TTL
    zhaiyao:jobs:active           the jobs queued or running, by the time of their last write
                                  (a sorted set, Redis's clock; the workers resume the quiet ones)
    zhaiyao:celery:*              Celery's broker queues and chord results (kombu's global_keyprefix)
    zhaiyao:limit:<part>          the LLM rate limit shared by every process (`scale/limits.py`): the
                                  last minute's calls and tokens, the pause after a 429, the calls in
                                  flight; every key expires within minutes of the last call

The LLM cache may live in another Redis (`ZHAIYAO_REDIS_CACHE_URL`): eviction policy is per
server, not per database, so only a separate server can evict the cache under memory pressure
while never evicting jobs (docs/scaling.md).

Clients are pooled per URL and process (a forked worker process gets fresh connections: redis-py
checks the pid). A Redis that is gone fails fast: short timeouts and one quick retry, so the
service degrades (no cache, 503 for jobs) instead of hanging.
"""

from __future__ import annotations

import re
import threading

import redis
from redis.backoff import ExponentialWithJitterBackoff
from redis.retry import Retry

PREFIX = "zhaiyao:"
CELERY_PREFIX = PREFIX + "celery:"
LIMIT_PREFIX = PREFIX + "limit:"

# The start of a Lua script that needs the time: `now`, in milliseconds of Redis's own clock (every
# process, on any machine, then agrees on it).
LUA_NOW_MS = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
"""

# What a command raises when Redis is not there or not answering (ConnectionError, TimeoutError,
# ReadOnlyError, OOM …): callers catch this one class.
RedisError = redis.RedisError

_clients: dict[tuple[str, float], redis.Redis] = {}
_lock = threading.Lock()


def llm_key(key: str) -> str:
    return f"{PREFIX}llm:{key}"


def summary_key(doc_id: str) -> str:
    return f"{PREFIX}summary:{doc_id}"


def job_key(job_id: str) -> str:
    return f"{PREFIX}job:{job_id}"


def job_input_key(job_id: str) -> str:
    return f"{PREFIX}job:{job_id}:input"


def job_events_key(job_id: str) -> str:
    return f"{PREFIX}job:{job_id}:events"


def active_jobs_key() -> str:
    return f"{PREFIX}jobs:active"


def limit_key(part: str) -> str:
    """One key of the shared LLM rate limit: calls, tokens, total, pause, flight."""
    return f"{LIMIT_PREFIX}{part}"


def client_options(timeout: float) -> dict:
    """redis-py options shared by the sync and the asyncio clients."""
    return {
        "socket_timeout": timeout,
        "socket_connect_timeout": min(timeout, 2.0),
        "health_check_interval": 30,
    }


def connect(url: str, timeout: float) -> redis.Redis:
    """The process's client for `url` (bytes in, bytes out; callers decode)."""
    ident = (url, timeout)
    with _lock:
        client = _clients.get(ident)
        if client is None:
            # One quick retry: it covers a pooled connection that a restarted Redis closed, and
            # no more, so an unreachable Redis costs milliseconds, not redis-py's default ten tries.
            retry = Retry(ExponentialWithJitterBackoff(base=0.01, cap=0.1), retries=1)
            client = _clients[ident] = redis.Redis.from_url(url, retry=retry, **client_options(timeout))
        return client


def connect_async(url: str, timeout: float):
    """A new asyncio client for `url` (one per app: it belongs to the app's event loop)."""
    import redis.asyncio as aioredis

    return aioredis.Redis.from_url(url, **client_options(timeout))


def redact(url: str | None) -> str:
    """`url` without its user and password, for messages and logs."""
    return re.sub(r"//[^/@]*@", "//***@", url or "")


def reachable(url: str, timeout: float) -> tuple[bool, str]:
    """(True, note) when Redis at `url` answers a PING; else (False, why), without the password."""
    try:
        connect(url, timeout).ping()
        return True, f"Redis at {redact(url)} answers"
    except RedisError as e:
        return False, f"Redis at {redact(url)} is unreachable ({type(e).__name__})"


def close_all() -> None:
    """Drop every pooled client (tests that stop and restart Redis call this)."""
    with _lock:
        for client in _clients.values():
            try:
                client.close()
            except Exception:
                pass
        _clients.clear()
