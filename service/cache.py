"""Disk cache of LLM results (diskcache), shared by every request of a process.

The cache only ever saves money and time: when its directory cannot be created or written, or
its database is corrupt, the service keeps answering without a cache and says so with the
warning `cache_unavailable`. Values are JSON strings; keys are sha256 hex digests built by the
caller from everything that changes an answer.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path

log = logging.getLogger(__name__)

CACHE_WARNING = "cache_unavailable"
# Seconds diskcache waits on a locked SQLite database before giving up on one read or write.
LOCK_TIMEOUT = 5.0

_open: dict[str, object] = {}
_reported: set[tuple[str, str]] = set()
_lock = threading.Lock()


class ResultCache:
    """get/set of JSON strings; degrades to a no-op (with `warning` set) on any cache fault."""

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
                first = (self.directory, what) not in _reported
                _reported.add((self.directory, what))
            if first:
                log.warning(
                    "LLM cache at %s cannot %s (%s: %s); continuing without a cache",
                    self.directory,
                    what,
                    type(e).__name__,
                    e,
                )


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
