"""Job records in a real Redis: one job per document and options, writes guarded by the run token,
every key with its TTL, deliveries counted."""

from __future__ import annotations

import json
import time

import pytest

from service.pipeline import summarize
from service.progress import Usage
from service.scale.jobs import JobStore, job_id_for
from service.schemas import SCHEMA_VERSION, SummaryOptions
from tests.support import seed_text
from tests.support.redis_server import RedisServer

TTL = 600
OPTIONS = SummaryOptions(mode="extractive", max_chars=120)


@pytest.fixture
def jobs(redis_server: RedisServer) -> JobStore:
    return JobStore(redis_server.url, TTL, 5)


def submit(jobs: JobStore, text: str | bytes = "2023年产值突破60亿元。", options: SummaryOptions = OPTIONS,
           title: str | None = None, model: str = "gpt-4o-mini"):
    job_id = job_id_for(text, options, title, model)
    job, run = jobs.submit(job_id, text, options, title)
    return job_id, job, run


def test_the_same_document_and_options_are_the_same_job(jobs: JobStore):
    job_id, job, run = submit(jobs)
    assert job.status == "queued" and run
    again_id, again, again_run = submit(jobs)
    assert again_id == job_id and again.status == "queued" and again_run is None, "not queued twice"
    assert submit(jobs, options=SummaryOptions(mode="extractive", max_chars=200))[0] != job_id
    assert submit(jobs, title="标题")[0] != job_id
    assert submit(jobs, text="2023年产值突破60亿元。".encode())[0] != job_id, "bytes are decoded by the worker"
    auto = SummaryOptions(max_chars=120)
    assert submit(jobs, options=auto, model="gpt-4.1")[0] != submit(jobs, options=auto)[0], \
        "another model's summary is another job"
    extractive = SummaryOptions(mode="extractive")
    assert submit(jobs, options=extractive)[0] == submit(jobs, options=extractive, model="gpt-4.1")[0]


def test_the_worker_reads_back_the_document_as_sent(jobs: JobStore):
    for text in ("含有\ud800孤立代理的文本", "中文".encode("gb18030")):
        job_id, _, run = submit(jobs, text=text, title="题")
        got = jobs.load_input(job_id, run)
        assert got.text == text and got.options == OPTIONS and got.title == "题"


def test_a_finished_job_keeps_its_result_and_forgets_its_input(jobs: JobStore, redis_server: RedisServer):
    job_id, _, run = submit(jobs)
    assert jobs.begin(job_id, run, "start") == 1
    summary = summarize(seed_text("000"), OPTIONS)
    assert jobs.finish(job_id, run, summary, Usage(llm_calls=2))
    job = jobs.get(job_id)
    assert job.status == "done" and job.result == summary and job.progress.llm_calls == 2
    client = redis_server.client()
    assert not client.exists(f"zhaiyao:job:{job_id}:input")
    for key in (f"zhaiyao:job:{job_id}", f"zhaiyao:job:{job_id}:events"):
        assert 0 < client.ttl(key) <= TTL
    assert submit(jobs)[2] is None, "a done job is not run again"


def test_a_failed_job_is_run_again_when_submitted_again(jobs: JobStore):
    job_id, _, run = submit(jobs)
    jobs.fail(job_id, run, "internal_error", "boom")
    job = jobs.get(job_id)
    assert job.status == "failed" and job.error.code == "internal_error"
    _, again, new_run = submit(jobs)
    assert again.status == "queued" and new_run not in (None, run)


def test_a_result_of_another_schema_version_is_no_job(jobs: JobStore, redis_server: RedisServer):
    job_id, _, run = submit(jobs)
    jobs.finish(job_id, run, summarize(seed_text("000"), OPTIONS))
    key = f"zhaiyao:job:{job_id}"
    result = json.loads(redis_server.client().hget(key, "result"))
    result["schema_version"] = SCHEMA_VERSION + "-old"
    redis_server.client().hset(key, "result", json.dumps(result))
    assert jobs.get(job_id) is None
    assert submit(jobs)[2] is not None, "submitted again, it is computed again"


def test_writes_of_a_forgotten_submission_are_dropped(jobs: JobStore, redis_server: RedisServer):
    job_id, _, old_run = submit(jobs)
    assert jobs.delete(job_id)
    assert jobs.get(job_id) is None
    assert jobs.begin(job_id, old_run, "start") is None
    assert not redis_server.client().exists(f"zhaiyao:job:{job_id}"), "no record made by a stale task"
    _, _, new_run = submit(jobs)
    assert not jobs.progress(job_id, old_run, "map", 0, 3, usage=Usage(llm_calls=5))
    assert not jobs.finish(job_id, old_run, summarize(seed_text("000"), OPTIONS))
    job = jobs.get(job_id)
    assert job.status == "queued" and job.progress.llm_calls == 0
    assert jobs.load_input(job_id, old_run) is None and jobs.load_input(job_id, new_run) is not None


def test_deliveries_are_counted_per_task_and_chunks_counted_once(jobs: JobStore):
    job_id, _, run = submit(jobs)
    assert [jobs.begin(job_id, run, "map:0") for _ in range(3)] == [1, 2, 3]
    assert jobs.begin(job_id, run, "map:1") == 1
    jobs.progress(job_id, run, "map", 0, 2, done=0)
    for _ in range(2):  # the same chunk reported by a task delivered twice
        jobs.progress(job_id, run, "map", 0, 2, usage=Usage(llm_calls=1, prompt_tokens=10), once="mapped:0")
    jobs.progress(job_id, run, "map", 1, 2, usage=Usage(llm_calls=1, prompt_tokens=10), once="mapped:1")
    p = jobs.get(job_id).progress
    assert (p.stage, p.done, p.total, p.llm_calls, p.prompt_tokens) == ("map", 2, 2, 2, 20)
    assert jobs.get(job_id).status == "running"


def test_a_job_without_a_write_for_a_while_is_claimed_once_for_resuming(jobs: JobStore, redis_server: RedisServer):
    quiet, done_text = 0.3, "2024年营业收入增长12%。"
    # (summarized before the clock matters: a first summary in a busy process can take longer than
    # `quiet`, and the job that just began would be quiet again by the check below)
    done = summarize(done_text, OPTIONS)
    busy_id, _, busy_run = submit(jobs)
    ended_id, _, ended_run = submit(jobs, done_text)
    assert jobs.stalled(quiet) == [], "just submitted"
    time.sleep(quiet + 0.1)
    jobs.begin(busy_id, busy_run, "start")  # a task of it starts: not stalled
    jobs.finish(ended_id, ended_run, done)
    assert jobs.stalled(quiet) == [] and jobs.last_written(ended_id) is None, "an ended job is not watched"

    jobs.progress(busy_id, busy_run, "map", 0, 3, done=0)
    written = jobs.last_written(busy_id)
    time.sleep(quiet + 0.1)
    [found] = jobs.stalled(quiet)
    assert (found.job_id, found.run, found.stage) == (busy_id, busy_run, "map") and found.claimed > written
    assert jobs.last_written(busy_id) == found.claimed, "the claim is the job's last write until another"
    assert jobs.stalled(quiet) == [], "claimed once: another worker does not get it too"
    time.sleep(quiet + 0.1)
    assert [j.job_id for j in jobs.stalled(quiet)] == [busy_id], "claimed again after another quiet spell"

    assert jobs.delete(busy_id)
    assert not redis_server.client().exists("zhaiyao:jobs:active"), "nothing left to watch"
