"""The LLM result cache: the same tests against both backends (diskcache and Redis).

Each backend is reached as the service reaches it, through `open_cache(settings)`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

import pytest

from service.backends import open_cache
from service.cache import CACHE_WARNING, DiskResultCache, ResultCache
from service.scale.cache import RedisResultCache
from service.settings import Settings
from tests.support.redis_server import RedisServer

KEY = "a" * 64
VALUE = '{"summary": "规上工业产值突破60亿元", "key_points": []}'


@pytest.fixture(params=["disk", "redis"])
def backend(request, tmp_path: Path) -> Callable[..., Settings]:
    """Settings for a cache of one backend; every call with the same arguments reaches the same cache."""
    if request.param == "disk":
        return lambda **values: Settings(_env_file=None, cache_dir=tmp_path / "cache", **values)
    server = RedisServer(tmp_path / "redis").start()
    request.addfinalizer(server.stop)
    return lambda **values: Settings(_env_file=None, cache_dir=tmp_path / "cache", redis_url=server.url, **values)


def test_the_backend_follows_the_settings(backend):
    cache = open_cache(backend())
    assert isinstance(cache, DiskResultCache | RedisResultCache)
    assert cache.enabled and cache.warning is None


def test_a_value_set_is_got_back_and_a_missing_key_is_none(backend):
    cache = open_cache(backend())
    assert cache.get(KEY) is None
    cache.set(KEY, VALUE)
    assert cache.get(KEY) == VALUE
    assert cache.get("b" * 64) is None


def test_a_value_is_seen_by_a_cache_opened_later(backend):
    open_cache(backend()).set(KEY, VALUE)
    later: ResultCache = open_cache(backend())
    assert later.get(KEY) == VALUE


def test_setting_a_key_again_replaces_its_value(backend):
    cache = open_cache(backend())
    cache.set(KEY, VALUE)
    cache.set(KEY, '{"summary": "新"}')
    assert cache.get(KEY) == '{"summary": "新"}'


@pytest.fixture(params=["disk", "redis"])
def unreachable(request, tmp_path: Path) -> Settings:
    """Settings for a cache that cannot be used. Disk: a file where the folder should be. Redis: a
    port nobody listens on."""
    if request.param == "disk":
        blocker = tmp_path / "blocker"
        blocker.write_text("a file where the cache directory should be")
        return Settings(_env_file=None, cache_dir=blocker / "cache")
    never_started = RedisServer(tmp_path / "redis")
    return Settings(_env_file=None, cache_dir=tmp_path / "cache", redis_url=never_started.url, redis_timeout=1)


def test_a_cache_that_cannot_be_used_is_no_cache_with_a_warning_logged_once(unreachable: Settings, caplog):
    with caplog.at_level(logging.WARNING):
        cache = open_cache(unreachable)
        cache.set(KEY, VALUE)
        assert cache.get(KEY) is None
        cache.set(KEY, VALUE)
        assert open_cache(unreachable).get(KEY) is None
    assert cache.warning == CACHE_WARNING and not cache.enabled
    assert sum("continuing without a cache" in r.getMessage() for r in caplog.records) == 1
