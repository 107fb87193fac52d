"""`POST /v1/summaries?dry_run=true` and the spending cap over HTTP."""

from __future__ import annotations

from pathlib import Path

from fastapi.testclient import TestClient

from service.http import create_app
from tests.support import llm_settings, seed_text

SEED_003 = seed_text("003")
FAKE_KEY = "sk-zhaiyao-DRY-RUN-FAKE-KEY"


def llm_client(tmp_path: Path, base_url: str, **extra) -> TestClient:
    return TestClient(create_app(llm_settings(tmp_path / "cache", base_url, FAKE_KEY, **extra)))


def test_dry_run_returns_the_plan_without_calling_the_llm(stub, tmp_path):
    client = llm_client(tmp_path, stub.base_url, context_tokens=8000)
    r = client.post("/v1/summaries?dry_run=true", json={"text": SEED_003})
    assert r.status_code == 200, r.text
    plan = r.json()
    assert stub.calls == 0
    assert plan["method"] == "llm" and plan["model"] == "gpt-4o-mini"
    assert plan["map_calls"] >= 1 and plan["calls"] >= plan["map_calls"]
    assert 0 < plan["cost_usd_low"] < plan["cost_usd_high"] and plan["within_budget"] is True
    # The same body as a raw text upload plans the same.
    raw = client.post("/v1/summaries?dry_run=true", content=SEED_003.encode(),
                      headers={"Content-Type": "text/plain"})
    assert raw.json()["doc_id"] == plan["doc_id"] and raw.json()["calls"] == plan["calls"]


def test_over_the_cap_is_a_422_over_budget_before_any_call(stub, tmp_path):
    client = llm_client(tmp_path, stub.base_url, max_cost=0.0001)
    r = client.post("/v1/summaries", json={"text": SEED_003})
    assert r.status_code == 422
    assert r.json()["error"]["code"] == "over_budget" and "$0.0001" in r.json()["error"]["message"]
    streamed = client.post("/v1/summaries?stream=true", json={"text": SEED_003})
    assert streamed.status_code == 422 and streamed.json()["error"]["code"] == "over_budget"
    assert stub.calls == 0
    plan = client.post("/v1/summaries?dry_run=true", json={"text": SEED_003}).json()
    assert plan["within_budget"] is False and plan["max_cost_usd"] == 0.0001


def test_a_request_can_lower_the_cap_but_not_raise_it(stub, tmp_path):
    client = llm_client(tmp_path, stub.base_url, max_cost=1.0)
    low = client.post("/v1/summaries?max_cost=0.0001", json={"text": SEED_003})
    assert low.status_code == 422 and low.json()["error"]["code"] == "over_budget"
    plan = client.post("/v1/summaries?dry_run=true&max_cost=5", json={"text": SEED_003}).json()
    assert plan["max_cost_usd"] == 1.0
    ok = client.post("/v1/summaries?max_cost=0.5", json={"text": SEED_003})
    assert ok.status_code == 200 and ok.json()["method"] == "llm"
    stats = ok.json()["stats"]
    assert 0 < stats["cost_usd"] <= 0.5 and stats["cached_prompt_tokens"] >= 0
    bad = client.post("/v1/summaries?max_cost=-1", json={"text": SEED_003})
    assert bad.status_code == 422 and bad.json()["error"]["code"] == "invalid_request"


def test_openapi_documents_the_plan_and_the_over_budget_error(client: TestClient):
    spec = client.get("/openapi.json").json()
    op = spec["paths"]["/v1/summaries"]["post"]
    names = {p["name"] for p in op["parameters"]}
    assert {"dry_run", "max_cost"} <= names
    schema = op["responses"]["200"]["content"]["application/json"]["schema"]
    refs = {s["$ref"].rsplit("/", 1)[1] for s in schema["anyOf"]}
    assert refs == {"DocumentSummary", "SummaryPlan"}
    assert "over_budget" in op["responses"]["422"]["description"]
    # Without a key the dry run plans the extractive path: free.
    r = client.post("/v1/summaries?dry_run=true", json={"text": SEED_003})
    assert r.json()["method"] == "extractive" and r.json()["cost_usd_high"] == 0
