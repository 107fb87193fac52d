"""Finished summaries in Redis, shared by every API replica and worker.

Same contract as `service.store.LocalSummaryStore`: `put` says False when it cannot store (the
answer then carries `not_stored`), a damaged summary or one of another schema version is absent.
Unlike a missing file, a Redis that cannot be asked is not "no such summary": `get` raises
`StoreUnavailable` (503 with Retry-After), so a client retries instead of concluding 404.
Summaries expire after `ZHAIYAO_JOB_TTL` (renewed each time the document is summarized again).
"""

from __future__ import annotations

import logging

from ..errors import StoreUnavailable
from ..schemas import DocumentSummary
from ..store import DOC_ID, load_summary
from .connection import PREFIX, RedisError, connect, reachable, redact, summary_key

log = logging.getLogger(__name__)


class RedisSummaryStore:
    def __init__(self, url: str, ttl: int, timeout: float):
        self.url = url
        self.ttl = ttl
        self.timeout = timeout
        self._client = connect(url, timeout)

    def put(self, summary: DocumentSummary) -> bool:
        if not DOC_ID.match(summary.doc_id):
            return False
        try:
            self._client.set(summary_key(summary.doc_id), summary.model_dump_json().encode(), ex=self.ttl)
            return True
        except RedisError as e:
            log.warning("could not store summary %s in Redis at %s: %s", summary.doc_id, redact(self.url),
                        type(e).__name__)
            return False

    def get(self, doc_id: str) -> DocumentSummary | None:
        if not DOC_ID.match(doc_id):
            return None
        try:
            data = self._client.get(summary_key(doc_id))
        except RedisError as e:
            raise StoreUnavailable(f"stored summaries are in Redis, which cannot be reached now "
                                   f"({type(e).__name__}); try again shortly") from None
        return None if data is None else load_summary(data, doc_id)

    def writable(self) -> tuple[bool, str]:
        ok, note = reachable(self.url, self.timeout)
        if not ok:
            return False, note
        try:
            self._client.set(f"{PREFIX}probe", b"1", ex=60)
            return True, note
        except RedisError as e:  # read-only replica, out of memory under noeviction, …
            return False, f"Redis at {redact(self.url)} refuses writes ({type(e).__name__})"
