"""Operations: /healthz, /readyz and the Prometheus /metrics."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from fastapi.testclient import TestClient

from service.http import create_app
from service.schemas import DocumentSummary, Stats
from service.settings import Settings
from tests.support import seed_text

SEED = seed_text("000")


def test_healthz(client: TestClient):
    r = client.get("/healthz")
    assert r.status_code == 200 and r.json() == {"status": "ok"}


def test_readyz_says_plainly_which_summarizer_answers(client: TestClient, make_settings: Callable[..., Settings]):
    body = client.get("/readyz").json()
    assert body["status"] == "ready" and body["cache"]["writable"] is True
    assert body["llm_configured"] is False and body["summarizer"].startswith("extractive only")
    with_key = TestClient(create_app(make_settings(openai_api_key="sk-test-not-real"))).get("/readyz")
    assert with_key.json()["llm_configured"] is True and with_key.json()["summarizer"].startswith("llm")
    assert "sk-test-not-real" not in with_key.text


def test_unwritable_cache_is_not_ready_but_still_answers(tmp_path: Path, make_settings: Callable[..., Settings]):
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("a file where the cache directory should be")
    client = TestClient(create_app(make_settings(cache_dir=blocker)))
    r = client.get("/readyz")
    assert r.status_code == 503 and r.json()["status"] == "not_ready" and r.json()["cache"]["writable"] is False
    posted = client.post("/v1/summaries", json={"text": SEED})
    assert posted.status_code == 200
    assert any(w.startswith("not_stored") for w in posted.json()["warnings"])


def _metric(text: str, name: str, **labels: str) -> float:
    for line in text.splitlines():
        if line.startswith("#") or not line.startswith(name):
            continue
        series, _, value = line.rpartition(" ")
        got = dict(re.findall(r'(\w+)="((?:[^"\\]|\\.)*)"', series))
        if series.split("{")[0] == name and all(got.get(k) == v for k, v in labels.items()):
            return float(value)
    return 0.0


def test_metrics_count_requests_by_route_template_and_status(client: TestClient):
    doc_id = client.post("/v1/summaries", json={"text": SEED}).json()["doc_id"]
    client.get(f"/v1/summaries/{doc_id}")
    client.get("/v1/summaries/" + "0" * 64)
    client.post("/v1/summaries", json={"text": ""})
    client.get("/no/such/page")
    r = client.get("/metrics")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/plain")
    text = r.text
    assert _metric(text, "zhaiyao_http_requests_total", route="/v1/summaries", method="POST", status="200") == 1
    assert _metric(text, "zhaiyao_http_requests_total", route="/v1/summaries", method="POST", status="422") == 1
    assert _metric(text, "zhaiyao_http_requests_total", route="/v1/summaries/{doc_id}", status="200") == 1
    assert _metric(text, "zhaiyao_http_requests_total", route="/v1/summaries/{doc_id}", status="404") == 1
    assert _metric(text, "zhaiyao_http_requests_total", route="unmatched", status="404") == 1
    assert doc_id not in text  # raw paths never become labels
    assert _metric(text, "zhaiyao_http_request_duration_seconds_count", route="/v1/summaries", status="200") == 1
    assert _metric(text, "zhaiyao_http_request_duration_seconds_bucket", route="/v1/summaries", status="200",
                   le="+Inf") == 1
    assert _metric(text, "zhaiyao_summaries_total", method="extractive") == 1
    assert "# TYPE zhaiyao_http_request_duration_seconds histogram" in text


def test_metrics_count_llm_calls_cache_hits_and_fallbacks(settings: Settings):
    async def llm_like(text, options, *, title=None, settings=None, on_progress=None):
        # What the pipeline returns after the LLM path gave up on one request.
        return DocumentSummary(
            doc_id="f" * 64, language="zh", method="extractive", summary="摘要",
            warnings=["llm_fallback:timeout"], stats=Stats(llm_calls=3, cache_hits=2, prompt_tokens=100),
        )

    client = TestClient(create_app(settings, summarize=llm_like))
    client.post("/v1/summaries", json={"text": SEED})
    client.post("/v1/summaries", json={"text": SEED})
    text = client.get("/metrics").text
    assert _metric(text, "zhaiyao_llm_calls_total") == 6
    assert _metric(text, "zhaiyao_cache_hits_total") == 4
    assert _metric(text, "zhaiyao_llm_fallbacks_total") == 2
    assert _metric(text, "zhaiyao_llm_tokens_total", kind="prompt") == 200
