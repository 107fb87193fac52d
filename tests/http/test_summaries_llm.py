"""The API over the LLM path, against the stub OpenAI-compatible server (offline)."""

from __future__ import annotations

import logging
from pathlib import Path

from fastapi.testclient import TestClient

from service.http import create_app
from service.schemas import DocumentSummary
from service.testing.stub_llm import server_error
from tests.support import llm_settings, seed_text
from tests.support.answers import parse_sse

SEED_003 = seed_text("003")
FAKE_KEY = "sk-zhaiyao-API-TEST-FAKE-KEY-93b1d0"


def llm_client(tmp_path: Path, base_url: str, **extra) -> TestClient:
    settings = llm_settings(tmp_path / "cache", base_url, FAKE_KEY, max_retries=2, chunk_tokens=1500, **extra)
    return TestClient(create_app(settings))


def metric(text: str, line_start: str) -> float:
    return float(next(ln for ln in text.splitlines() if ln.startswith(line_start)).rpartition(" ")[2])


def test_stream_shows_each_chunk_then_the_merge_then_the_summary(stub, tmp_path):
    client = llm_client(tmp_path, stub.base_url)
    r = client.post("/v1/summaries?stream=true", json={"text": SEED_003})
    assert r.status_code == 200
    events = parse_sse(r.text)
    progress = [d for e, d in events if e == "progress"]
    assert sorted(d["index"] for d in progress if d["stage"] == "map") == [0, 1, 2, 3]
    assert all(d["total"] == 4 for d in progress if d["stage"] == "map")
    assert progress[-1]["stage"] == "merge"
    assert events[-1][0] == "summary"
    doc = DocumentSummary.model_validate(events[-1][1])
    assert doc.method == "llm" and doc.stats.llm_calls == 5

    again = client.post("/v1/summaries", json={"text": SEED_003})  # every chunk now comes from the cache
    assert again.json()["stats"]["cache_hits"] == 5 and stub.calls == 5
    text = client.get("/metrics").text
    assert metric(text, "zhaiyao_llm_calls_total") == 5
    assert metric(text, "zhaiyao_cache_hits_total") == 5
    assert metric(text, 'zhaiyao_summaries_total{method="llm"}') == 2
    assert metric(text, "zhaiyao_llm_fallbacks_total") == 0


def test_llm_failure_falls_back_and_is_counted(stub, tmp_path):
    stub.script(*[server_error(503) for _ in range(50)])
    client = llm_client(tmp_path, stub.base_url)
    r = client.post("/v1/summaries", json={"text": SEED_003, "options": {"mode": "llm"}})
    assert r.status_code == 200, r.text
    doc = r.json()
    assert doc["method"] == "extractive" and doc["summary"]
    assert any(w.startswith("llm_fallback") for w in doc["warnings"])
    assert metric(client.get("/metrics").text, "zhaiyao_llm_fallbacks_total") == 1


def test_the_key_never_reaches_a_client_or_the_log(stub, tmp_path, caplog):
    caplog.set_level(logging.DEBUG)
    client = llm_client(tmp_path, stub.base_url)
    stub.script(server_error(500), server_error(500), server_error(500))
    seen = [
        client.post("/v1/summaries", json={"text": SEED_003}).text,
        client.post("/v1/summaries?stream=true", json={"text": SEED_003}).text,
        client.get("/readyz").text,
        client.get("/metrics").text,
        client.get("/openapi.json").text,
        client.post("/v1/summaries", json={"text": ""}).text,
    ]
    assert client.get("/readyz").json()["llm_configured"] is True
    for body in seen:
        assert FAKE_KEY not in body and FAKE_KEY[-10:] not in body
    assert caplog.records, "the LLM retries were logged"
    assert FAKE_KEY[-10:] not in caplog.text
