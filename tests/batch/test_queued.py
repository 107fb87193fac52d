"""`zhaiyao batch DIR --queue` with a real redis-server, real `zhaiyao worker` processes and the stub
LLM: outputs and tables as the local batch writes them, one progress across all workers, failures
listed, a rerun after the batch was killed that computes nothing again, and a 429 that pauses every
worker."""

from __future__ import annotations

import csv
import json
import shutil
import signal
import subprocess
import threading
import time
from collections import Counter
from pathlib import Path

import pytest

from service.batch import run_batch
from service.batch.display import BatchDisplay
from service.batch.queued import QueuedBatch, open_queue
from service.batch.runner import BatchReport
from service.llm.pricing import price_for
from service.scale.jobs import JobStore, job_id_for
from service.schemas import SummaryOptions
from service.settings import Settings
from service.testing.stub_llm import StubLLM, default_answer, delay, rate_limit, request_input, request_kind
from tests.support import SEEDS, llm_settings
from tests.support.redis_server import RedisServer
from tests.support.serving import zhaiyao
from tests.support.workers import FAKE_KEY, service_env, worker_processes

CHUNK_TOKENS = 600  # the seeds become 3 to 8 chunks each: a chord of map tasks per document


def documents(folder: Path, *extra: tuple[str, bytes]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for seed in SEEDS:
        shutil.copy(seed, folder / seed.name)
    for name, data in extra:
        (folder / name).write_bytes(data)
    return folder


def batch_command(src: Path, out: Path) -> list[str]:
    return zhaiyao("batch", str(src), "--out", str(out), "--queue")


def wait_for_jobs(redis_server: RedisServer, src: Path, timeout: float = 90) -> None:
    """Until the job of every document of `src` (the batch's options) has ended."""
    jobs = JobStore(redis_server.url, 600, 5)
    model = Settings(_env_file=None).model  # the batch's, which the test environment leaves at the default
    ids = [job_id_for(p.read_bytes(), SummaryOptions(), None, model) for p in sorted(src.iterdir())]
    deadline = time.monotonic() + timeout
    while not all((job := jobs.get(i)) is not None and job.status in ("done", "failed") for i in ids):
        assert time.monotonic() < deadline, "jobs not ended"
        time.sleep(0.1)


class FirstMergeOnly:
    """A responder that answers the first merge call and holds every later one until `release()`:
    one document finishes while the others are certainly still running, however loaded the
    machine is (with plain delays, a batch starved of CPU once wrote all five at one look)."""

    def __init__(self) -> None:
        self.merges = 0
        self.lock = threading.Lock()
        self.gate = threading.Event()

    def __call__(self, body: dict) -> str:
        if request_kind(body) == "merge":
            with self.lock:
                self.merges += 1
                first = self.merges == 1
            if not first:
                self.gate.wait(60)
        return default_answer(body)

    def release(self) -> None:
        self.gate.set()


def test_a_batch_killed_and_run_again_fetches_finished_jobs_and_computes_nothing_twice(tmp_path: Path):
    src, out = documents(tmp_path / "docs"), tmp_path / "out"
    responder = FirstMergeOnly()
    with RedisServer(tmp_path / "redis") as redis_server, StubLLM(responder, default=delay(0.4)) as stub:
        stub.script(rate_limit(1.0))  # the first call: every worker waits out its Retry-After
        workers_env = service_env(redis_server.url, tmp_path / "wcache", stub.base_url,
                                  ZHAIYAO_CHUNK_TOKENS=str(CHUNK_TOKENS))
        batch_env = service_env(redis_server.url, tmp_path / "bcache")  # no LLM key: the workers decide
        with worker_processes(workers_env, tmp_path, "a", "b", concurrency=2):
            batch = subprocess.Popen(batch_command(src, out), env=batch_env, stdout=subprocess.DEVNULL,
                                     stderr=subprocess.DEVNULL)
            deadline = time.monotonic() + 90
            while not list(out.glob("*.json")) and batch.poll() is None and time.monotonic() < deadline:
                time.sleep(0.02)
            batch.kill()  # as soon as one output is written; the workers go on with the rest
            batch.wait(10)
            before = {p.name: p.stat().st_mtime_ns for p in out.glob("*.json")}
            responder.release()
            wait_for_jobs(redis_server, src)
        calls = stub.calls
        # The workers are gone: whatever the rerun writes, it can only have fetched.
        again = subprocess.run(batch_command(src, out), env=batch_env, capture_output=True, timeout=90)
        times, answers, requests = list(stub.times), list(stub.answers), list(stub.requests)

    err = again.stderr.decode()
    assert again.returncode == 0, err
    assert 1 <= len(before) < len(SEEDS), "killed while jobs were still running"
    assert f"{len(SEEDS) - len(before)} summarized, {len(before)} up to date, 0 failed" in err
    assert stub.calls == calls, "nothing asked of the LLM by the rerun"
    assert {p.name: p.stat().st_mtime_ns for p in out.glob("*.json") if p.name in before} == before
    outputs = [json.loads((out / f"{seed.stem}.json").read_text(encoding="utf-8")) for seed in SEEDS]
    assert all(o["method"] == "llm" and o["stats"]["chunks"] >= 3 for o in outputs)
    lines = (out / "summaries.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["file"] for line in lines] == [seed.name for seed in SEEDS]
    with open(out / "figures.csv", encoding="utf-8-sig", newline="") as fh:
        figures = list(csv.reader(fh))
    assert len(figures) == 1 + sum(len(o["figures"]) for o in outputs)
    # Each chunk and merge asked once; only the call refused with the 429 was asked again.
    asked = Counter((request_kind(body), request_input(body)) for body in requests)
    assert asked.pop((request_kind(requests[0]), request_input(requests[0]))) == 2
    assert set(asked.values()) == {1}
    assert answers[0] == "rate_limit"
    # Four worker processes: those whose call had already left when the 429 came; no other call
    # reached the endpoint, from any worker, before the Retry-After was over.
    after = sorted(t for t in times[1:] if t > times[0])
    assert all(t >= times[0] + 0.95 for t in after[3:]), [round(t - times[0], 2) for t in after]


def test_failures_are_listed_and_the_outputs_are_the_local_batchs_with_few_jobs_waiting(tmp_path: Path):
    src = documents(tmp_path / "docs", ("empty.txt", b"  \n"), ("binary.txt", bytes(range(256)) * 20),
                    ("copy.txt", SEEDS[0].read_bytes()))  # the same document twice: one job, two outputs
    with RedisServer(tmp_path / "redis") as redis_server, StubLLM(default=delay(0.3)) as stub:
        settings = llm_settings(tmp_path / "bcache", stub.base_url, FAKE_KEY, redis_url=redis_server.url,
                                chunk_tokens=CHUNK_TOKENS)
        env = service_env(redis_server.url, tmp_path / "wcache", stub.base_url, ZHAIYAO_CHUNK_TOKENS=str(CHUNK_TOKENS))
        waiting, seen_in_flight, done = [], [], threading.Event()
        client = redis_server.client()

        def watch(display: BatchDisplay) -> None:
            while not done.is_set():
                waiting.append(len(client.keys("zhaiyao:job:*:input")))
                seen_in_flight.append(display.in_flight())
                time.sleep(0.02)

        with worker_processes(env, tmp_path, "w", concurrency=2):
            report = BatchReport(tmp_path / "out")
            display = BatchDisplay(len(SEEDS) + 3, show=False)
            batch = QueuedBatch(open_queue(settings), sorted(src.iterdir()), tmp_path / "out", SummaryOptions(),
                                settings, report, display, ahead=2, poll=0.1)
            watcher = threading.Thread(target=watch, args=(display,))
            watcher.start()
            try:
                batch.run()
            finally:
                done.set()
                watcher.join()
        local = run_batch(src, tmp_path / "local", SummaryOptions(), settings.model_copy(update={"redis_url": None}))

    assert report.summarized == len(SEEDS) + 1 and report.exit_code == 1
    assert report.failed == local.failed and set(report.failed) == {"empty.txt", "binary.txt"}
    assert max(waiting) <= 2, "never more than `ahead` documents waiting in Redis"
    assert (display.done, display.failed) == (len(SEEDS) + 3, 2)
    assert max(seen_in_flight) >= 1, "LLM calls in flight across the workers shown"
    outputs = {p.name: json.loads(p.read_text(encoding="utf-8")) for p in (tmp_path / "out").glob("*.json")}
    assert len(outputs) == len(SEEDS) + 1
    assert display.tokens == sum(o["stats"]["prompt_tokens"] + o["stats"]["completion_tokens"]
                                 for o in outputs.values()) > 0
    price = price_for(settings)
    called_more_than_once = any(o["stats"]["llm_calls"] > 1 for o in outputs.values())
    twice = (SEEDS[0].with_suffix(".json").name, "copy.json")
    # The document given twice was one job: both its outputs are that job's, usage included.
    assert outputs[twice[0]]["stats"] == outputs[twice[1]]["stats"]
    # The local run's worker processes summarize both copies at once, and one finds a chunk the
    # other cached, or not, as timing has it (clean-clone CI runs: 4 calls and 1 hit against the
    # queued job's 5 and 0; 6332 prompt tokens against 8526). Together they asked every chunk at
    # least once and none more than twice, so their tokens lie between the job's and twice that.
    local_twice = [json.loads((tmp_path / "local" / name).read_text(encoding="utf-8"))["stats"] for name in twice]
    for spent in ("prompt_tokens", "completion_tokens"):
        job = outputs[twice[0]]["stats"][spent]
        assert job <= sum(s[spent] for s in local_twice) <= 2 * job, spent
    for name, output in outputs.items():
        theirs = json.loads((tmp_path / "local" / name).read_text(encoding="utf-8"))
        stats = output["stats"]
        # The usage of the chunk tasks on other workers is in the summary, cost included.
        assert stats["cost_usd"] == pytest.approx(price.cost(
            stats["prompt_tokens"], stats["cached_prompt_tokens"], stats["completion_tokens"]), rel=1e-6)
        # Timing differs, and so does the prefix caching the stub reports: it remembers the
        # prompts of the queued run when the local one asks again. So do the calls, cache hits
        # and tokens of the document given twice (checked above).
        volatile = ["elapsed_ms", "cached_prompt_tokens", "cost_usd", "llm_calls", "cache_hits"]
        if name in twice:
            volatile += ["prompt_tokens", "completion_tokens"]
        for summary in (output, theirs):
            for field in volatile:
                summary["stats"].pop(field)
        assert output == theirs, name
    assert called_more_than_once


def test_ctrl_c_stops_following_says_what_goes_on_and_exits_130(tmp_path: Path):
    src, out = documents(tmp_path / "docs"), tmp_path / "out"
    with RedisServer(tmp_path / "redis") as redis_server, StubLLM(default=delay(0.4)) as stub:
        workers_env = service_env(redis_server.url, tmp_path / "wcache", stub.base_url,
                                  ZHAIYAO_CHUNK_TOKENS=str(CHUNK_TOKENS))
        with worker_processes(workers_env, tmp_path, "a", concurrency=2):
            batch = subprocess.Popen(batch_command(src, out), env=service_env(redis_server.url, tmp_path / "bcache"),
                                     stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
            try:
                deadline = time.monotonic() + 90
                while not list(out.glob("*.json")) and batch.poll() is None and time.monotonic() < deadline:
                    time.sleep(0.02)
                batch.send_signal(signal.SIGINT)  # what Ctrl-C sends
                _, err = batch.communicate(timeout=30)
            finally:
                if batch.poll() is None:
                    batch.kill()
                    batch.wait(10)
            written = list(out.glob("*.json"))
            wait_for_jobs(redis_server, src)  # the workers go on with what was submitted
    assert batch.returncode == 130, err
    assert "zhaiyao: interrupted:" in err and "go on in the workers" in err and "Traceback" not in err, err
    assert 1 <= len(written) < len(SEEDS)
    for p in written:
        json.loads(p.read_text(encoding="utf-8"))
    assert (out / "summaries.jsonl").exists(), "the tables are rebuilt from the outputs so far"
