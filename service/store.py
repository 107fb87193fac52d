"""Finished summaries, so `GET /v1/summaries/{doc_id}` works across restarts: one interface, two backends.

- `LocalSummaryStore`: one JSON file per document under `<cache_dir>/summaries/`, written
  atomically (temp file + rename), so a crash never leaves half a summary behind;
- `service.scale.store.RedisSummaryStore` (with `ZHAIYAO_REDIS_URL`): shared by every replica,
  kept for `ZHAIYAO_JOB_TTL`.

`service.backends.open_store(settings)` picks one. The newest summary of a document wins: the same text asked for
with other options replaces the stored one. A stored summary of another `SCHEMA_VERSION` is
absent (computed again, never served in an old shape), and so is a damaged one.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import tempfile
import threading
from collections import OrderedDict
from pathlib import Path
from typing import Protocol

from pydantic import ValidationError

from .files import write_atomic
from .re_cache import compile_re
from .schemas import SCHEMA_VERSION, DocumentSummary

log = logging.getLogger(__name__)

DOC_ID = compile_re(r"^[0-9a-f]{64}$")
# The warning of a summary the store refused.
NOT_STORED = "not_stored: the summary store refused it (folder not writable, or Redis unreachable); " \
    "GET by doc_id will not find it"


class SummaryStore(Protocol):
    def put(self, summary: DocumentSummary) -> bool:
        """Store `summary`; False (and a logged warning) when the backend refuses."""
        ...

    def get(self, doc_id: str) -> DocumentSummary | None:
        """The stored summary, or None. Raises `StoreUnavailable` when the backend cannot be asked."""
        ...

    def writable(self) -> tuple[bool, str]:
        """Can a summary be stored right now? (bool, human-readable reason)."""
        ...


def load_summary(data: bytes | str, doc_id: str) -> DocumentSummary | None:
    """A stored summary read back; None when it is damaged or of another schema version."""
    try:
        raw = json.loads(data)
        if not isinstance(raw, dict) or raw.get("schema_version") != SCHEMA_VERSION:
            log.info("stored summary %s is of schema version %r, not %r: ignored", doc_id,
                     raw.get("schema_version") if isinstance(raw, dict) else None, SCHEMA_VERSION)
            return None
        return DocumentSummary.model_validate(raw)
    except (ValidationError, ValueError) as e:
        # A corrupted or unreadable summary is a missing summary, not a server error.
        log.warning("stored summary %s is unreadable: %s", doc_id, e)
        return None


class LocalSummaryStore:
    def __init__(self, root: Path):
        self.root = Path(root) / "summaries"

    def _path(self, doc_id: str) -> Path | None:
        # doc_id comes from the URL: only a sha256 hex string may become a file name.
        if not DOC_ID.match(doc_id):
            return None
        return self.root / doc_id[:2] / f"{doc_id}.json"

    def put(self, summary: DocumentSummary) -> bool:
        path = self._path(summary.doc_id)
        if path is None:
            return False
        try:
            write_atomic(path, summary.model_dump_json())
            return True
        except OSError as e:
            log.warning("could not store summary %s: %s", summary.doc_id, e)
            return False

    def get(self, doc_id: str) -> DocumentSummary | None:
        path = self._path(doc_id)
        if path is None:
            return None
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            return None
        except OSError as e:
            log.warning("stored summary %s is unreadable: %s", doc_id, e)
            return None
        return load_summary(data, doc_id)

    def writable(self) -> tuple[bool, str]:
        try:
            self.root.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=self.root, prefix=".probe-")
            os.close(fd)
            os.unlink(tmp)
            return True, f"{self.root} is writable"
        except OSError as e:
            return False, f"{self.root} is not writable: {e.strerror or e}"


class RecentSummaries:
    """Finished responses of this process, keyed on exactly what was asked: the same bytes with
    the same options and title get the same answer, without cleaning or summarizing again.

    Bounded LRU in memory. Only summaries that need no retry are kept: an LLM fallback, or one
    the disk would not store, is computed afresh next time.
    """

    UNCACHEABLE = ("llm_fallback", "not_stored", "cache_unavailable")

    def __init__(self, max_entries: int = 256, max_bytes: int = 64_000_000):
        self.max_entries = max_entries
        self.max_bytes = max_bytes
        self._items: OrderedDict[str, bytes] = OrderedDict()
        self._size = 0
        self._lock = threading.Lock()

    @staticmethod
    def raw_key(media_type: str, query_string: bytes, body: bytes) -> str:
        """The key of a request as it came (Content-Type, query string, body): a repeated request
        is found before its body is parsed."""
        h = hashlib.sha256(b"r" + media_type.encode("latin-1", "replace") + b"\0" + query_string + b"\0")
        h.update(body)
        return h.hexdigest()

    @staticmethod
    def key(text: str | bytes, options_json: str, title: str | None) -> str:
        h = hashlib.sha256()
        h.update(b"b" if isinstance(text, bytes) else b"s")
        h.update(text if isinstance(text, bytes) else text.encode("utf-8", "surrogatepass"))
        h.update(b"\0" + options_json.encode() + b"\0" + (title or "").encode("utf-8", "surrogatepass"))
        return h.hexdigest()

    def get(self, key: str) -> bytes | None:
        with self._lock:
            body = self._items.get(key)
            if body is not None:
                self._items.move_to_end(key)
            return body

    def put(self, key: str, summary: DocumentSummary, body: bytes, *aliases: str) -> None:
        """Keep `body` under `key` (what was asked, parsed) and `aliases` (the request as it came)."""
        if any(w.startswith(self.UNCACHEABLE) for w in summary.warnings) or len(body) > self.max_bytes // 8:
            return
        self.alias(body, key, *aliases)

    def alias(self, body: bytes, *keys: str) -> None:
        """Keep a body already judged cacheable under more keys."""
        with self._lock:
            for key in keys:
                old = self._items.pop(key, None)
                self._size -= len(old) if old else 0
                self._items[key] = body
                self._size += len(body)
            while self._items and (len(self._items) > self.max_entries or self._size > self.max_bytes):
                _, dropped = self._items.popitem(last=False)
                self._size -= len(dropped)
