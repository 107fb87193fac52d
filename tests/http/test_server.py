"""The service as users run it: a real `zhaiyao serve` process on a free port, spoken to over HTTP."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from tests.support import seed_text
from tests.support.serving import running_server

SEED = seed_text("000")


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    root = tmp_path_factory.mktemp("served")
    with running_server(root / "cache", ZHAIYAO_MAX_BYTES="1000000") as base:
        yield base


def test_seed_as_json_text_and_gbk_upload_all_come_back_by_doc_id(server: str):
    with httpx.Client(base_url=server, timeout=30) as http:
        as_json = http.post("/v1/summaries", json={"text": SEED})
        as_text = http.post("/v1/summaries", content=SEED.encode(), headers={"Content-Type": "text/plain"})
        as_gbk = http.post("/v1/summaries", files={"file": ("吕良镇.txt", SEED.encode("gbk"), "text/plain")})
        for r in (as_json, as_text, as_gbk):
            assert r.status_code == 200, r.text
            assert r.json()["summary"] and r.json()["language"] == "zh"
        assert as_gbk.json()["stats"]["encoding"].lower() in {"gb18030", "gbk", "gb2312"}
        doc_ids = {r.json()["doc_id"] for r in (as_json, as_text, as_gbk)}
        assert len(doc_ids) == 1, "the same document in three transports must be one document"
        got = http.get(f"/v1/summaries/{doc_ids.pop()}")
        assert got.status_code == 200
        assert got.json()["summary"] == as_gbk.json()["summary"]


def test_served_errors_health_and_metrics(server: str):
    with httpx.Client(base_url=server, timeout=30) as http:
        assert http.get("/healthz").json() == {"status": "ok"}
        ready = http.get("/readyz").json()
        assert ready["status"] == "ready" and ready["summarizer"].startswith("extractive only")
        r = http.post("/v1/summaries", json={"text": " "})
        assert r.status_code == 422 and r.json()["error"]["code"] == "empty_document"
        r = http.post("/v1/summaries", json={"text": SEED, "options": {"mode": "llm"}})
        assert r.status_code == 503 and r.json()["error"]["code"] == "llm_not_configured"
        assert http.get("/v1/summaries/" + "0" * 64).status_code == 404
        metrics = http.get("/metrics").text
        assert 'zhaiyao_http_requests_total{route="/v1/summaries",method="POST",status="422"}' in metrics
        assert http.get("/").headers["content-type"].startswith("text/html")


def test_served_stream_and_size_limit(server: str):
    with httpx.Client(base_url=server, timeout=30) as http:
        with http.stream("POST", "/v1/summaries?stream=true", json={"text": SEED}) as r:
            assert r.headers["content-type"].startswith("text/event-stream")
            events = [line[6:].strip() for line in r.iter_lines() if line.startswith("event:")]
        assert events[0] == "progress" and events[-1] == "summary"
        # Over the 1 MB limit the server set: refused with 413 (Content-Length known up front).
        big = http.post("/v1/summaries", content=b"a" * 1_500_000, headers={"Content-Type": "text/plain"})
        assert big.status_code == 413 and big.json()["error"]["code"] == "payload_too_large"

        # Chunked body with no Content-Length: the count while streaming catches it.
        def chunks() -> Iterator[bytes]:
            for _ in range(30):
                yield b"b" * 65_536

        try:
            chunked = http.post("/v1/summaries", content=chunks(), headers={"Content-Type": "text/plain"})
        except httpx.WriteError:
            pytest.fail("the server should answer 413, not drop the connection mid-upload")
        assert chunked.status_code == 413
        # And the server is still fine afterwards.
        assert http.get("/healthz").status_code == 200
