"""Two API replicas (`zhaiyao serve` processes, each with a local folder of its own) on one Redis:
what one paid for, the other gets for free."""

from __future__ import annotations

import contextlib
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx

from service.testing.stub_llm import StubLLM
from tests.support import seed_text
from tests.support.redis_server import RedisServer
from tests.support.serving import running_server
from tests.support.workers import FAKE_KEY, SCALE_CHUNK_TOKENS


def test_a_document_summarized_through_replica_a_costs_no_call_through_replica_b(
        redis_server: RedisServer, stub: StubLLM, tmp_path: Path):
    env = {"ZHAIYAO_REDIS_URL": redis_server.url, "OPENAI_API_KEY": FAKE_KEY, "OPENAI_BASE_URL": stub.base_url,
           "ZHAIYAO_CHUNK_TOKENS": str(SCALE_CHUNK_TOKENS)}
    body = {"text": seed_text("003")}
    with contextlib.ExitStack() as stack, ThreadPoolExecutor(2) as pool:
        # Both replicas start at once (each takes seconds to import and bind).
        a, b = pool.map(lambda d: stack.enter_context(running_server(d, **env)), [tmp_path / "a", tmp_path / "b"])
        first = httpx.post(f"{a}/v1/summaries", json=body, timeout=60).json()
        assert first["method"] == "llm" and first["stats"]["llm_calls"] == 5 and stub.calls == 5
        second = httpx.post(f"{b}/v1/summaries", json=body, timeout=60).json()
        assert second["stats"]["llm_calls"] == 0 and second["stats"]["cache_hits"] == 5
        assert stub.calls == 5, "replica B asked the LLM nothing"
        assert {k: v for k, v in second.items() if k != "stats"} == {k: v for k, v in first.items() if k != "stats"}
        # One store: replica A serves the summary replica B made last (the newest wins).
        assert httpx.get(f"{a}/v1/summaries/{first['doc_id']}").json() == second
        for base in (a, b):
            ready = httpx.get(f"{base}/readyz").json()
            assert ready["status"] == "ready" and ready["redis"]["reachable"] is True
    assert not list((tmp_path / "a").glob("**/*.json")) and not list((tmp_path / "b").glob("**/*.json")), \
        "nothing kept in the local folders"
