"""The LLM result cache in Redis, shared by every API replica and worker.

Same contract as `service.cache.DiskResultCache`: get/set of JSON strings, and on any Redis fault
no cache for the rest of the request with the warning `cache_unavailable` (the answer is still
made, only without saving money). Entries expire after `ZHAIYAO_CACHE_TTL`; a Redis that runs out
of memory may also evict them (docs/scaling.md), which costs a repeated call, nothing else.
"""

from __future__ import annotations

import redis

from ..cache import CACHE_WARNING, report_fault
from .connection import RedisError, connect, llm_key, redact


class RedisResultCache:
    def __init__(self, url: str, ttl: int, timeout: float):
        self.where = redact(url)
        self.ttl = ttl
        self.warning: str | None = None
        self._client = connect(url, timeout)

    @property
    def enabled(self) -> bool:
        return self._client is not None

    def get(self, key: str) -> str | None:
        if self._client is None:
            return None
        try:
            value = self._client.get(llm_key(key))
        except RedisError as e:
            self._fail("read", e)
            return None
        if value is None:
            return None
        try:
            return value.decode("utf-8")
        except UnicodeDecodeError:
            return None  # not a value this service wrote: ask again

    def set(self, key: str, value: str) -> None:
        if self._client is None:
            return
        try:
            self._client.set(llm_key(key), value.encode("utf-8"), ex=self.ttl)
        except RedisError as e:
            self._fail("write", e)

    def _fail(self, what: str, e: Exception) -> None:
        self._client = None
        self.warning = CACHE_WARNING
        # A Redis that is not there fails reads and writes alike: one line in the log for both.
        unreachable = isinstance(e, redis.ConnectionError | redis.TimeoutError)
        report_fault(self.where, "reach" if unreachable else what, e)
