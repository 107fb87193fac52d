"""The LLM result cache: one interface, two backends.

- `DiskResultCache` (diskcache in `ZHAIYAO_CACHE_DIR`): the embedded default, one machine;
- `service.scale.cache.RedisResultCache` (with `ZHAIYAO_REDIS_URL` or `ZHAIYAO_REDIS_CACHE_URL`):
  shared by every API replica and worker, so no two of them pay for the same call.

`service.backends.open_cache(settings)` picks one. The cache only ever saves money and time: when it cannot be
reached, created or written, or its database is corrupt, the service keeps answering without a
cache and says so with the warning `cache_unavailable`. Values are JSON strings; keys are sha256
hex digests built by the caller from everything that changes an answer.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path
from typing import Protocol

log = logging.getLogger(__name__)

CACHE_WARNING = "cache_unavailable"
# Seconds diskcache waits on a locked SQLite database before giving up on one read or write.
LOCK_TIMEOUT = 5.0

_open: dict[str, object] = {}
_reported: set[tuple[str, str]] = set()
_lock = threading.Lock()


class ResultCache(Protocol):
    """get/set of JSON strings; a no-op with `warning` set once the backend has failed."""

    warning: str | None

    @property
    def enabled(self) -> bool: ...

    def get(self, key: str) -> str | None: ...

    def set(self, key: str, value: str) -> None: ...


def report_fault(where: str, what: str, e: Exception) -> None:
    """Log a cache fault once per place and kind of fault: every request would otherwise repeat it."""
    with _lock:
        first = (where, what) not in _reported
        _reported.add((where, what))
    if first:
        log.warning("LLM cache at %s cannot %s (%s: %s); continuing without a cache", where, what, type(e).__name__, e)


class DiskResultCache:
    """The diskcache backend; degrades to a no-op (with `warning` set) on any cache fault."""

    def __init__(self, directory: Path | str | None):
        self.directory = str(directory) if directory is not None else None
        self.warning: str | None = None
        self._cache = None
        if self.directory is None:
            return
        try:
            self._cache = _open_cache(self.directory)
        except Exception as e:  # any fault of the cache directory or database
            self._fail("open", e)

    @property
    def enabled(self) -> bool:
        return self._cache is not None

    def get(self, key: str) -> str | None:
        if self._cache is None:
            return None
        try:
            value = self._cache.get(key)  # type: ignore[attr-defined]
        except Exception as e:
            self._fail("read", e)
            return None
        return value if isinstance(value, str) else None

    def set(self, key: str, value: str) -> None:
        if self._cache is None:
            return
        try:
            self._cache.set(key, value)  # type: ignore[attr-defined]
        except Exception as e:
            self._fail("write", e)

    def _fail(self, what: str, e: Exception) -> None:
        """Stop using the cache for this request; log once per directory and fault kind."""
        self._cache = None
        self.warning = CACHE_WARNING
        if self.directory is not None:
            with _lock:
                _open.pop(self.directory, None)
            report_fault(self.directory, what, e)


def _open_cache(directory: str):
    import diskcache

    with _lock:
        cache = _open.get(directory)
        if cache is None:
            cache = diskcache.Cache(directory, timeout=LOCK_TIMEOUT)
            # A probe write: a directory that opens but cannot be written is found now, not
            # after paying for the LLM calls whose results would be lost.
            cache.set("__probe__", "1")
            _open[directory] = cache
        return cache


def close_all() -> None:
    """Close every open cache (tests that delete or corrupt a cache directory call this)."""
    with _lock:
        for cache in _open.values():
            try:
                cache.close()  # type: ignore[attr-defined]
            except Exception:
                pass
        _open.clear()
        _reported.clear()
