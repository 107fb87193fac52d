"""The LLM cache in Redis beyond the shared contract (tests/test_cache.py): shared by services
with separate local folders, entries that expire, and a cache in a Redis of its own."""

from __future__ import annotations

import time
from pathlib import Path

from service.backends import open_cache
from service.settings import Settings
from tests.support.redis_server import RedisServer

KEY = "c" * 64


def test_services_with_separate_folders_share_one_cache(redis_server: RedisServer, tmp_path: Path):
    a = open_cache(Settings(_env_file=None, cache_dir=tmp_path / "a", redis_url=redis_server.url))
    b = open_cache(Settings(_env_file=None, cache_dir=tmp_path / "b", redis_url=redis_server.url))
    a.set(KEY, '{"x": 1}')
    assert b.get(KEY) == '{"x": 1}'
    assert not (tmp_path / "a").exists() and not (tmp_path / "b").exists(), "nothing written locally"


def test_entries_expire_after_the_cache_ttl(redis_server: RedisServer, tmp_path: Path):
    cache = open_cache(Settings(_env_file=None, cache_dir=tmp_path, redis_url=redis_server.url, cache_ttl=1))
    cache.set(KEY, "{}")
    # In milliseconds: TTL rounds to whole seconds, 0 once half of it has gone on a slow machine.
    assert 0 < redis_server.client().pttl(f"zhaiyao:llm:{KEY}") <= 1000
    time.sleep(1.2)
    assert cache.get(KEY) is None


def test_the_cache_can_live_in_a_redis_of_its_own(redis_server: RedisServer, tmp_path: Path):
    """ZHAIYAO_REDIS_CACHE_URL: the cache goes there (a server allowed to evict), nothing else."""
    with RedisServer(tmp_path / "cache-redis", maxmemory="8mb", policy="allkeys-lru") as cache_server:
        settings = Settings(_env_file=None, cache_dir=tmp_path, redis_url=redis_server.url,
                            redis_cache_url=cache_server.url)
        open_cache(settings).set(KEY, "{}")
        assert cache_server.client().exists(f"zhaiyao:llm:{KEY}")
        assert not redis_server.client().exists(f"zhaiyao:llm:{KEY}")
