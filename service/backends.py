"""Which backend a `Settings` asks for: the embedded one (this machine) or the one shared through
Redis (`service/scale/`), for the LLM cache, the summary store and the LLM limits.

The interfaces and the embedded backends live in `cache.py`, `store.py` and `llm/limits.py`; the
Redis backends build on them. Choosing here, above both, keeps the interfaces free of Redis (and
of any import back from `scale/`). The Redis modules are imported only when a Redis URL is set.
"""

from __future__ import annotations

import asyncio
import weakref
from typing import TYPE_CHECKING

from .cache import DiskResultCache, ResultCache
from .settings import Settings
from .store import LocalSummaryStore, SummaryStore

if TYPE_CHECKING:
    from .llm.limits import Limits


def open_cache(settings: Settings) -> ResultCache:
    """The cache `settings` ask for: Redis when a Redis URL is set, else diskcache."""
    if settings.cache_redis_url:
        from .scale.cache import RedisResultCache

        return RedisResultCache(settings.cache_redis_url, settings.cache_ttl, settings.redis_timeout)
    return DiskResultCache(settings.cache_dir)


def open_store(settings: Settings) -> SummaryStore:
    """The store `settings` ask for: Redis when ZHAIYAO_REDIS_URL is set, else local files."""
    if settings.redis_url:
        from .scale.store import RedisSummaryStore

        return RedisSummaryStore(settings.redis_url, settings.job_ttl, settings.redis_timeout)
    return LocalSummaryStore(settings.cache_dir)


# One limiter per event loop and limit values: asyncio primitives belong to one loop, and every
# document and request of a loop (one process of the batch or of the server) shares them.
_LIMITS: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, dict[tuple, Limits]] = weakref.WeakKeyDictionary()


def limits_for(settings: Settings) -> Limits:
    """The limits every LLM call of this process (and event loop) goes through: shared through
    Redis when ZHAIYAO_REDIS_URL is set, else this process's own."""
    key = (settings.max_concurrency, settings.rpm, settings.tpm, settings.redis_url)
    per_loop = _LIMITS.setdefault(asyncio.get_running_loop(), {})
    limits = per_loop.get(key)
    if limits is None:
        if settings.redis_url:
            from .scale.limits import RedisLimits

            limits = per_loop[key] = RedisLimits.from_settings(settings)
        else:
            from .llm.limits import LocalLimits

            limits = per_loop[key] = LocalLimits(settings.max_concurrency, settings.rpm, settings.tpm)
    return limits
