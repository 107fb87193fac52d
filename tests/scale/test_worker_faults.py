"""Jobs through faults, with real `zhaiyao worker` processes, a real redis-server and the stub LLM
in this process (which sees every call, and which process made it):

- a worker whose main process is SIGKILLed mid-job: the job finishes on the other worker once
  the visibility timeout has passed, no job is lost, and no chunk already answered is asked again;
- a document whose worker process dies every time: `failed` (worker_lost) after its attempts,
  and the queue goes on;
- Redis stopped mid-run: readiness says so, summaries still answer, jobs answer 503 with
  Retry-After; Redis started again, the job finishes and nothing is lost;
- a task's message lost between the broker and the worker: the job is resumed and ends.
"""

from __future__ import annotations

import os
import signal
import threading
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from service.http import create_app
from service.scale.celery_app import MAP_CHUNK, START
from service.testing.stub_llm import StubLLM, delay, request_input, request_kind
from tests.support import llm_settings, seed_text
from tests.support.answers import assert_error
from tests.support.redis_server import RedisServer
from tests.support.workers import (
    FAKE_KEY,
    celery_gives_up_once,
    chord_part_lost_once,
    message_lost_once,
    pid_of_client,
    service_env,
    worker_process,
    worker_processes,
)

VISIBILITY_TIMEOUT = 4  # seconds: short, so a lost task comes back within the test
CHUNK_TOKENS = 600


def api(tmp_path: Path, redis_server: RedisServer, stub: StubLLM, **values) -> TestClient:
    settings = llm_settings(tmp_path / "api-cache", stub.base_url, FAKE_KEY, redis_url=redis_server.url,
                            chunk_tokens=CHUNK_TOKENS, redis_timeout=1, **values)
    return TestClient(create_app(settings))


def wait_until_ended(client: TestClient, job_ids: list[str], timeout: float,
                     worker_log: Callable[[], str] | None = None) -> dict[str, dict]:
    """The ended jobs; on a timeout the failure shows the jobs' state and the end of `worker_log`."""
    deadline, jobs = time.monotonic() + timeout, {}
    while len(jobs) < len(job_ids):
        for job_id in job_ids:
            r = client.get(f"/v1/jobs/{job_id}")
            if r.status_code == 200 and r.json()["status"] in ("done", "failed"):
                jobs[job_id] = r.json()
        if time.monotonic() >= deadline:
            states = {j[:12]: client.get(f"/v1/jobs/{j}").text[:600] for j in set(job_ids) - set(jobs)}
            tail = worker_log()[-6000:] if worker_log else ""
            raise AssertionError(f"jobs not ended after {timeout} s: {states}\n--- worker log (end) ---\n{tail}")
        time.sleep(0.1)
    return jobs


class HoldingStub(StubLLM):
    """Answers every call, except that the first map call after `arm()` is held open (until
    `release`) and the process that made it is noted in `held_pid`."""

    def __init__(self) -> None:
        super().__init__()
        self.armed = threading.Event()
        self.held = threading.Event()
        self.release = threading.Event()
        self.held_pid: int | None = None
        self.held_input: str | None = None
        self.arrived: list[str] = []  # the input of every map call, as it arrives
        self._arrival_lock = threading.Lock()

    def answer(self, handler, body: dict) -> None:
        hold = False
        with self._arrival_lock:
            if request_kind(body) == "map":
                self.arrived.append(request_input(body))
                if self.armed.is_set() and not self.held.is_set():
                    self.held_input, hold = request_input(body), True
                    self.held_pid = pid_of_client(handler.client_address[1], self.port)
                    self.held.set()
        if hold:
            self.release.wait(60)
        super().answer(handler, body)


def test_a_worker_killed_mid_job_loses_nothing_and_repeats_no_answered_call(tmp_path: Path):
    documents = [seed_text("003"), seed_text("000"), seed_text("004")]
    with RedisServer(tmp_path / "redis") as redis_server, HoldingStub() as stub:
        env = service_env(redis_server.url, tmp_path / "wcache", stub.base_url,
                          ZHAIYAO_JOB_VISIBILITY_TIMEOUT=str(VISIBILITY_TIMEOUT), ZHAIYAO_CHUNK_TOKENS=str(CHUNK_TOKENS))
        with worker_processes(env, tmp_path, "a", "b") as (a, b):
            client = api(tmp_path, redis_server, stub)
            stub.armed.set()
            job_ids = [client.post("/v1/jobs", json={"text": t}).json()["job_id"] for t in documents]
            assert stub.held.wait(30), "no map call arrived"
            victim = next(w for w in (a, b) if stub.held_pid in w.children())
            survivor = b if victim is a else a
            victim.kill_main()  # mid-call: its message is taken and never acknowledged
            killed_at = time.monotonic()
            try:
                jobs = wait_until_ended(client, job_ids, timeout=60)
            finally:
                stub.release.set()
            came_back_after = time.monotonic() - killed_at
            assert survivor.proc.poll() is None and victim.proc.poll() is not None, "finished by the other worker"

    assert all(j["status"] == "done" and j["result"]["method"] == "llm" for j in jobs.values()), jobs
    asked = Counter(stub.arrived)
    assert asked[stub.held_input] == 2, "the call cut off by the kill is asked once more"
    assert all(n == 1 for text, n in asked.items() if text != stub.held_input), "no answered chunk asked twice"
    assert stub.calls_of("merge") == len(documents)
    assert sum(j["result"]["stats"]["chunks"] for j in jobs.values()) == len(asked)
    assert came_back_after >= VISIBILITY_TIMEOUT - 1, "redelivered by the visibility timeout, not earlier"


class KillingStub(StubLLM):
    """Never answers a call for a document containing `marker`: the process that made it is killed
    (as if the document made it run out of memory); every other call is answered."""

    def __init__(self, marker: str) -> None:
        super().__init__()
        self.marker = marker
        self.kills = 0

    def answer(self, handler, body: dict) -> None:
        if self.marker in request_input(body):
            pid = pid_of_client(handler.client_address[1], self.port)
            if pid is not None:
                os.kill(pid, signal.SIGKILL)
                self.kills += 1
            return
        super().answer(handler, body)


def test_a_document_that_always_kills_its_worker_fails_and_does_not_block_the_queue(tmp_path: Path):
    poison = "这份材料每次都让处理它的进程崩溃。" + seed_text("004")[:300]
    with RedisServer(tmp_path / "redis") as redis_server, KillingStub("每次都让处理它的进程崩溃") as stub:
        env = service_env(redis_server.url, tmp_path / "wcache", stub.base_url, ZHAIYAO_JOB_MAX_RETRIES="1")
        with worker_process(env, tmp_path, "w", concurrency=1) as worker:
            client = api(tmp_path, redis_server, stub)
            bad = client.post("/v1/jobs", json={"text": poison}).json()["job_id"]
            good = client.post("/v1/jobs", json={"text": seed_text("002")}).json()["job_id"]
            jobs = wait_until_ended(client, [bad, good], timeout=60)
            worker.proc.send_signal(signal.SIGTERM)  # asked to stop, it stops (and is not started again)
            assert worker.proc.wait(30) == 0 and "starting it again" not in worker.log()
    assert jobs[good]["status"] == "done"
    assert jobs[bad]["status"] == "failed" and jobs[bad]["error"]["code"] == "worker_lost", jobs[bad]
    assert stub.kills == 2, "tried 1 + ZHAIYAO_JOB_MAX_RETRIES times, then given up"


def test_redis_stopped_mid_run_then_back_loses_nothing(tmp_path: Path):
    """With the worst case of a lost broker connection made certain: Celery taking kombu's failure
    to clean up after it for an unrecoverable error (it happens now and then on its own); the worker
    must start again by itself."""
    # Every call takes 0.4 s, so the job is still running when Redis stops.
    with RedisServer(tmp_path / "redis", persist=True) as redis_server, StubLLM(default=delay(0.4)) as stub:
        env = service_env(redis_server.url, tmp_path / "wcache", stub.base_url, ZHAIYAO_REDIS_TIMEOUT="1",
                          ZHAIYAO_JOB_VISIBILITY_TIMEOUT=str(VISIBILITY_TIMEOUT), ZHAIYAO_CHUNK_TOKENS=str(CHUNK_TOKENS),
                          **celery_gives_up_once(tmp_path))
        with worker_process(env, tmp_path, "w", concurrency=2) as worker:
            client = api(tmp_path, redis_server, stub)
            job_id = client.post("/v1/jobs", json={"text": seed_text("003")}).json()["job_id"]
            while client.get(f"/v1/jobs/{job_id}").json()["progress"]["done"] < 1:
                time.sleep(0.05)
            redis_server.stop()

            ready = client.get("/readyz")
            assert ready.status_code == 503 and "unreachable" in ready.json()["redis"]["detail"]
            summary = client.post("/v1/summaries", json={"text": seed_text("001")})
            assert summary.status_code == 200 and summary.json()["method"] == "llm"
            assert "cache_unavailable" in summary.json()["warnings"]
            for r in (client.post("/v1/jobs", json={"text": seed_text("002")}), client.get(f"/v1/jobs/{job_id}")):
                assert_error(r, 503, "jobs_unavailable")
                assert int(r.headers["retry-after"]) > 0

            redis_server.start()
            job = wait_until_ended(client, [job_id], timeout=90, worker_log=worker.log)[job_id]
            assert job["status"] == "done" and job["result"]["method"] == "llm", job
            assert client.get("/readyz").status_code == 200
            again = client.post("/v1/jobs", json={"text": seed_text("002")})
            assert again.status_code == 202
            assert wait_until_ended(client, [again.json()["job_id"]], timeout=60)[again.json()["job_id"]][
                "status"] == "done"
            assert "Unrecoverable error" in worker.log() and "starting it again" in worker.log()
            assert worker.proc.poll() is None, "the same process, started again"


def test_a_chord_part_lost_on_the_way_still_ends_the_job_without_asking_again(tmp_path: Path):
    """The chord's merge never comes (a chunk result it did not count, as when Redis goes away right
    after a chunk task returned): the last chunk task's fallback merge ends the job, with the
    chunks' answers from the LLM cache."""
    with RedisServer(tmp_path / "redis") as redis_server, StubLLM() as stub:
        env = service_env(redis_server.url, tmp_path / "wcache", stub.base_url,
                          ZHAIYAO_JOB_VISIBILITY_TIMEOUT=str(VISIBILITY_TIMEOUT), ZHAIYAO_CHUNK_TOKENS=str(CHUNK_TOKENS),
                          **chord_part_lost_once(tmp_path))
        with worker_process(env, tmp_path, "w", concurrency=2):
            client = api(tmp_path, redis_server, stub)
            job_id = client.post("/v1/jobs", json={"text": seed_text("003")}).json()["job_id"]
            job = wait_until_ended(client, [job_id], timeout=60)[job_id]
    assert job["status"] == "done" and job["result"]["method"] == "llm", job
    chunks = job["result"]["stats"]["chunks"]
    assert chunks >= 3
    assert stub.calls_of("map") == chunks, "no chunk asked twice"
    assert stub.calls_of("merge") == 1


@pytest.mark.parametrize("task", [START, MAP_CHUNK])
def test_a_message_lost_between_broker_and_worker_still_ends_the_job(tmp_path: Path, task: str):
    """The message of the job's start, or of one chunk, taken off the queue and lost before the worker
    noted it as unacknowledged (Redis gone at that moment): no worker will ever run it, and no
    visibility timeout brings it back. The job, quiet for longer than a live task can be, is resumed
    by the worker, and ends without asking any chunk twice."""
    with RedisServer(tmp_path / "redis") as redis_server, StubLLM() as stub:
        env = service_env(redis_server.url, tmp_path / "wcache", stub.base_url,
                          ZHAIYAO_JOB_VISIBILITY_TIMEOUT=str(VISIBILITY_TIMEOUT), ZHAIYAO_CHUNK_TOKENS=str(CHUNK_TOKENS),
                          **message_lost_once(tmp_path, task))
        with worker_process(env, tmp_path, "w", concurrency=2) as worker:
            client = api(tmp_path, redis_server, stub)
            job_id = client.post("/v1/jobs", json={"text": seed_text("003")}).json()["job_id"]
            job = wait_until_ended(client, [job_id], timeout=60, worker_log=worker.log)[job_id]
            log = worker.log()
    assert "test: lost the message of " + task in log
    assert job["status"] == "done" and job["result"]["method"] == "llm", job
    chunks = job["result"]["stats"]["chunks"]
    assert chunks >= 3
    assert stub.calls_of("map") == chunks, "no chunk asked twice"
    assert stub.calls_of("merge") == 1
