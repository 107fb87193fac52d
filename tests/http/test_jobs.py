"""`/v1/jobs` end to end: the API (in process), a real redis-server and a real `zhaiyao worker`
process, the LLM path against the stub server in this process (which sees every call)."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from service.http import create_app
from service.schemas import DocumentSummary
from service.settings import Settings
from service.testing.stub_llm import StubLLM, request_input
from tests.support import llm_settings, seed_text
from tests.support.answers import assert_error, parse_sse
from tests.support.redis_server import RedisServer
from tests.support.workers import FAKE_KEY, SCALE_CHUNK_TOKENS, service_env, worker_process

SEED_003 = seed_text("003")  # four chunks at the default chunk size: four map calls and a merge
JOB_TTL = 3600


@pytest.fixture(scope="module")
def stack(tmp_path_factory) -> Iterator[tuple[RedisServer, StubLLM]]:
    """Redis, the stub LLM and one worker with two processes, for the whole module."""
    d = tmp_path_factory.mktemp("jobs")
    with RedisServer(d / "redis") as redis_server, StubLLM() as stub:
        env = service_env(redis_server.url, d / "worker-cache", stub.base_url, ZHAIYAO_JOB_TTL=str(JOB_TTL))
        with worker_process(env, d, "jobs", concurrency=2):
            yield redis_server, stub


@pytest.fixture
def redis_server(stack) -> RedisServer:
    return stack[0]


@pytest.fixture
def stub(stack) -> StubLLM:
    stack[1].reset_counts()
    return stack[1]


@pytest.fixture
def client(stack, tmp_path: Path) -> TestClient:
    """An API replica with a local folder of its own, sharing Redis with the worker."""
    redis_server, stub = stack
    settings = llm_settings(tmp_path / "api-cache", stub.base_url, FAKE_KEY, redis_url=redis_server.url,
                            job_ttl=JOB_TTL, chunk_tokens=SCALE_CHUNK_TOKENS)
    return TestClient(create_app(settings))


def wait_for(client: TestClient, job_id: str, timeout: float = 60) -> dict:
    deadline = time.monotonic() + timeout
    while True:
        job = client.get(f"/v1/jobs/{job_id}").json()
        if job["status"] in ("done", "failed"):
            return job
        assert time.monotonic() < deadline, f"job still {job['status']} after {timeout} s: {job['progress']}"
        time.sleep(0.05)


def test_a_job_gives_the_summary_of_v1_summaries_and_shares_its_calls(client: TestClient, stub: StubLLM):
    r = client.post("/v1/jobs", json={"text": SEED_003, "title": "任务"})
    assert r.status_code == 202, r.text
    job_id = r.json()["job_id"]
    assert r.json() == {"job_id": job_id, "status": "queued"} and r.headers["location"] == f"/v1/jobs/{job_id}"
    job = wait_for(client, job_id)
    assert job["status"] == "done" and job["error"] is None, job
    result = DocumentSummary.model_validate(job["result"])
    assert result.method == "llm" and result.title == "任务"
    assert (result.stats.chunks, result.stats.llm_calls) == (4, 5)
    assert job["progress"]["stage"] == "done" and job["progress"]["llm_calls"] == 5
    assert stub.calls_of("map") == 4 and stub.calls_of("merge") == 1
    assert len({request_input(b) for b in stub.requests}) == 5, "no call asked twice"

    # The same document through /v1/summaries: the same summary, and every call from the shared cache.
    direct = client.post("/v1/summaries", json={"text": SEED_003, "title": "任务"}).json()
    assert direct["stats"]["llm_calls"] == 0 and direct["stats"]["cache_hits"] == 5 and stub.calls == 5
    assert _without_stats(direct) == _without_stats(job["result"])
    assert client.get(f"/v1/summaries/{result.doc_id}").status_code == 200


def _without_stats(summary: dict) -> dict:
    return {k: v for k, v in summary.items() if k != "stats"}


def test_the_same_document_and_options_twice_is_the_same_job(client: TestClient, stub: StubLLM):
    first = client.post("/v1/jobs", json={"text": SEED_003, "options": {"max_chars": 150}})
    wait_for(client, first.json()["job_id"])
    calls = stub.calls
    again = client.post("/v1/jobs", json={"text": SEED_003, "options": {"max_chars": 150}})
    assert again.status_code == 202 and again.json() == {"job_id": first.json()["job_id"], "status": "done"}
    assert stub.calls == calls, "nothing asked again"
    other = client.post("/v1/jobs", json={"text": SEED_003, "options": {"max_chars": 160}})
    assert other.json()["job_id"] != first.json()["job_id"]
    wait_for(client, other.json()["job_id"])


def test_events_replay_the_progress_then_the_summary_and_resume_after_an_id(client: TestClient):
    job_id = client.post("/v1/jobs", json={"text": SEED_003, "options": {"max_chars": 170}}).json()["job_id"]
    r = client.get(f"/v1/jobs/{job_id}/events")  # follows the job live until it ends
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/event-stream")
    events = parse_sse(r.text)
    names = [e for e, _ in events]
    assert names[-1] == "summary" and set(names[:-1]) == {"progress"}
    stages = [d["stage"] for e, d in events if e == "progress"]
    assert stages[:2] == ["queued", "prepare"] and stages[-2:] == ["merge", "done"]
    maps = [d for e, d in events if e == "progress" and d["stage"] == "map" and d["done"]]
    assert sorted(d["index"] for d in maps) == [0, 1, 2, 3] and [d["done"] for d in maps] == [1, 2, 3, 4]
    assert DocumentSummary.model_validate(events[-1][1]).model_dump(mode="json") == wait_for(client, job_id)["result"]

    ids = [line[4:] for line in r.text.splitlines() if line.startswith("id: ")]
    resumed = parse_sse(client.get(f"/v1/jobs/{job_id}/events", headers={"Last-Event-ID": ids[-4]}).text)
    assert [e for e, _ in resumed] == ["progress", "progress", "summary"]
    after_the_end = parse_sse(client.get(f"/v1/jobs/{job_id}/events", headers={"Last-Event-ID": ids[-1]}).text)
    assert [e for e, _ in after_the_end] == ["progress", "summary"], "the end again, without waiting"


def test_a_one_chunk_document_reports_its_map_then_the_summary(client: TestClient, stub: StubLLM):
    job_id = client.post("/v1/jobs", json={"text": seed_text("001")[:400]}).json()["job_id"]
    events = parse_sse(client.get(f"/v1/jobs/{job_id}/events").text)
    stages = [(d["stage"], d["done"], d["total"]) for e, d in events if e == "progress"]
    assert stages[-2:] == [("map", 1, 1), ("done", 1, 1)] and events[-1][0] == "summary"
    assert stub.calls == 1 and DocumentSummary.model_validate(events[-1][1]).stats.llm_calls == 1


def test_an_extractive_job_is_one_task_with_the_extractive_summary(client: TestClient, stub: StubLLM):
    body = {"text": seed_text("001"), "options": {"mode": "extractive"}}
    job = wait_for(client, client.post("/v1/jobs", json=body).json()["job_id"])
    assert job["status"] == "done" and job["result"]["method"] == "extractive" and stub.calls == 0
    assert _without_stats(job["result"]) == _without_stats(client.post("/v1/summaries", json=body).json())


def test_raw_and_uploaded_bodies_are_jobs_too(client: TestClient):
    raw = client.post("/v1/jobs?mode=extractive&max_chars=100", content=seed_text("002").encode("gb18030"),
                      headers={"Content-Type": "text/plain"})
    upload = client.post("/v1/jobs", files={"file": ("a.txt", seed_text("002").encode())},
                         data={"mode": "extractive", "max_chars": "100"})
    raw_job, upload_job = wait_for(client, raw.json()["job_id"]), wait_for(client, upload.json()["job_id"])
    assert raw_job["result"]["stats"]["encoding"] and raw_job["result"]["doc_id"] == upload_job["result"]["doc_id"]


def test_a_document_the_worker_cannot_use_ends_failed_with_its_error(client: TestClient):
    r = client.post("/v1/jobs", content=b"<html><body><script>var x = 1;</script></body></html>",
                    headers={"Content-Type": "text/html"})
    job = wait_for(client, r.json()["job_id"])
    assert job["status"] == "failed" and job["error"]["code"] == "empty_document" and job["result"] is None
    events = parse_sse(client.get(f"/v1/jobs/{job['job_id']}/events").text)
    assert events[-1] == ("error", {"error": job["error"]})


def test_delete_cancels_or_forgets(client: TestClient):
    job_id = client.post("/v1/jobs", json={"text": seed_text("004"), "options": {"mode": "extractive"}}).json()["job_id"]
    assert client.delete(f"/v1/jobs/{job_id}").status_code == 204
    assert_error(client.get(f"/v1/jobs/{job_id}"), 404, "not_found")
    assert_error(client.get(f"/v1/jobs/{job_id}/events"), 404, "not_found")
    assert_error(client.delete(f"/v1/jobs/{job_id}"), 404, "not_found")
    again = client.post("/v1/jobs", json={"text": seed_text("004"), "options": {"mode": "extractive"}})
    assert again.json() == {"job_id": job_id, "status": "queued"}, "a forgotten job starts anew"
    assert wait_for(client, job_id)["status"] == "done"


def test_job_records_and_results_expire(client: TestClient, redis_server: RedisServer):
    job_id = client.post("/v1/jobs", json={"text": seed_text("004")}).json()["job_id"]
    wait_for(client, job_id)
    keys = redis_server.client()
    for key in (f"zhaiyao:job:{job_id}", f"zhaiyao:job:{job_id}:events"):
        assert 0 < keys.ttl(key) <= JOB_TTL
    assert not keys.exists(f"zhaiyao:job:{job_id}:input"), "the document is not kept once done"
    # Every piece of data carries a TTL (-1: none; -2: gone meanwhile). The broker's own queue and
    # unacknowledged-message keys exist only while messages do, so they are not data.
    data = [k for k in keys.scan_iter("zhaiyao:*") if k.startswith((
        b"zhaiyao:job:", b"zhaiyao:summary:", b"zhaiyao:llm:", b"zhaiyao:celery:celery-task-meta-"))]
    assert data and not [k for k in data if keys.ttl(k) == -1]


def test_bad_requests_are_clear_4xx(client: TestClient):
    assert_error(client.post("/v1/jobs", json={"text": "  \n "}), 422, "empty_document")
    assert_error(client.post("/v1/jobs", json={"text": "x", "options": {"max_chars": 1}}), 422, "invalid_request")
    assert_error(client.post("/v1/jobs", content=b"x", headers={"Content-Type": "image/png"}), 415)
    assert_error(client.get("/v1/jobs/not-a-job"), 404, "not_found")
    assert_error(client.get(f"/v1/jobs/{'0' * 64}"), 404, "not_found")


def test_jobs_need_the_token_like_summaries(stack, tmp_path: Path):
    redis_server, _ = stack
    app = create_app(Settings(_env_file=None, cache_dir=tmp_path, redis_url=redis_server.url, api_token="s3cret"))
    client = TestClient(app)
    for method, path in (("POST", "/v1/jobs"), ("GET", f"/v1/jobs/{'0' * 64}"),
                         ("GET", f"/v1/jobs/{'0' * 64}/events"), ("DELETE", f"/v1/jobs/{'0' * 64}")):
        assert_error(client.request(method, path, json={"text": "x"}), 401, "unauthorized")
    ok = client.post("/v1/jobs", json={"text": "2023年产值60亿元。", "options": {"mode": "extractive"}},
                     headers={"Authorization": "Bearer s3cret"})
    assert ok.status_code == 202


def test_without_redis_jobs_are_503_with_a_clear_message(tmp_path: Path):
    client = TestClient(create_app(Settings(_env_file=None, cache_dir=tmp_path)))
    for method, path in (("POST", "/v1/jobs"), ("GET", f"/v1/jobs/{'0' * 64}"), ("DELETE", f"/v1/jobs/{'0' * 64}")):
        error = assert_error(client.request(method, path, json={"text": "x"}), 503, "jobs_unavailable")
        assert "ZHAIYAO_REDIS_URL" in error["message"]
    assert "disabled" in client.get("/readyz").json()["jobs"]
