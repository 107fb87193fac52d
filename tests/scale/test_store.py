"""Summaries stored in Redis beyond the shared contract (tests/test_store.py): they expire, and a
Redis that cannot be asked is 503 with Retry-After, not "no such summary"."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from service.backends import open_store
from service.errors import StoreUnavailable
from service.http import create_app
from service.settings import Settings
from tests.support import seed_text
from tests.support.answers import assert_error
from tests.support.redis_server import RedisServer


def test_a_summary_posted_to_one_replica_is_got_from_another(redis_server: RedisServer, tmp_path: Path):
    a = TestClient(create_app(Settings(_env_file=None, cache_dir=tmp_path / "a", redis_url=redis_server.url)))
    b = TestClient(create_app(Settings(_env_file=None, cache_dir=tmp_path / "b", redis_url=redis_server.url)))
    posted = a.post("/v1/summaries", json={"text": seed_text("001")}).json()
    assert b.get(f"/v1/summaries/{posted['doc_id']}").json() == posted


def test_stored_summaries_expire_after_the_job_ttl(redis_server: RedisServer, tmp_path: Path):
    client = TestClient(create_app(Settings(_env_file=None, cache_dir=tmp_path, redis_url=redis_server.url,
                                            job_ttl=60)))
    doc_id = client.post("/v1/summaries", json={"text": seed_text("002")}).json()["doc_id"]
    assert 0 < redis_server.client().ttl(f"zhaiyao:summary:{doc_id}") <= 60


def test_an_unreachable_store_is_503_with_retry_after_not_404(tmp_path: Path):
    settings = Settings(_env_file=None, cache_dir=tmp_path, redis_url=RedisServer(tmp_path / "r").url,
                        redis_timeout=1)
    with pytest.raises(StoreUnavailable):
        open_store(settings).get("0" * 64)
    r = TestClient(create_app(settings)).get(f"/v1/summaries/{'0' * 64}")
    assert_error(r, 503, "store_unavailable")
    assert int(r.headers["retry-after"]) > 0
