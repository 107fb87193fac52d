"""Part 5: jobs per second through the queue with 1 and 2 `zhaiyao worker` processes.

- LLM-bound: documents cut to about four chunks (map calls, then a merge) against the stub answering
  after 0.3 s per call (as bench/slow_stub.py), each worker with WORKER_PROCESSES pool processes. A worker waits on the LLM, so two
  should do nearly twice the jobs per second of one.
- Extractive: CPU-bound, one pool process per worker; on a 2-core machine two workers can at most
  double one, and share the cores with everything else (reported, no target).

Each round starts a fresh redis-server and fresh workers (their start is not timed), submits every
document through `JobQueue.submit` (what `POST /v1/jobs` does) and times until the last job is done.
Rounds of 1 and 2 workers alternate, and the medians are reported side by side.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from corpus import ROOT, make_corpus

from service.schemas import SummaryOptions
from service.settings import Settings
from service.testing.stub_llm import StubLLM, delay

WORKER_PROCESSES = 4  # per worker, LLM-bound: four calls in flight per worker
LLM_CHUNK_TOKENS = 400


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _zhaiyao() -> list[str]:
    script = Path(sys.executable).with_name("zhaiyao")
    return [str(script)] if script.exists() else [sys.executable, "-m", "service.cli"]


class Stack:
    """redis-server and `zhaiyao worker` processes for one round."""

    def __init__(self, tmp: Path, workers: int, processes: int, env: dict[str, str]):
        self.tmp, self.procs = tmp, []
        self.port = _free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.redis = subprocess.Popen(["redis-server", "--port", str(self.port), "--bind", "127.0.0.1", "--save", "",
                                       "--appendonly", "no", "--dir", str(tmp)],
                                      stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        full = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "ZHAIYAO_"))}
        full.update(env, ZHAIYAO_REDIS_URL=self.url, ZHAIYAO_CACHE_DIR=str(tmp / "cache"), PYTHONUNBUFFERED="1")
        self.logs = []
        for i in range(workers):
            log = tmp / f"worker-{i}-{time.monotonic_ns()}.log"
            self.logs.append(log)
            with open(log, "wb") as out:
                self.procs.append(subprocess.Popen(
                    [*_zhaiyao(), "worker", "--concurrency", str(processes), "--name", f"bench{i}@%h",
                     "--loglevel", "WARNING"], env=full, stdout=out, stderr=subprocess.STDOUT,
                    start_new_session=True, cwd=ROOT))

    def wait_ready(self, timeout: float = 120) -> None:
        # --loglevel WARNING hides "ready."; a worker is ready when it answers a ping.
        from celery import Celery

        app = Celery(broker=self.url, set_as_current=False)
        app.conf.broker_transport_options = {"global_keyprefix": "zhaiyao:celery:"}
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                replies = app.control.ping(timeout=0.5) or []
            except Exception:
                replies = []
            if len(replies) >= len(self.procs):
                return
            for p, log in zip(self.procs, self.logs, strict=True):
                if p.poll() is not None:
                    raise RuntimeError(f"worker exited: {log.read_text()[-2000:]}")
        raise RuntimeError("workers did not start")

    def stop(self) -> None:
        for p in self.procs:
            try:
                os.killpg(p.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            p.wait(10)
        self.redis.kill()
        self.redis.wait(10)


def one_round(docs: list[str], options: SummaryOptions, workers: int, processes: int, env: dict[str, str],
              base_settings: dict) -> dict:
    from service.scale.connection import job_key
    from service.scale.queue import JobQueue

    tmp = Path(tempfile.mkdtemp(prefix="zhaiyao-bench-jobs-"))
    stack = Stack(tmp, workers, processes, env)
    try:
        stack.wait_ready()
        queue = JobQueue(Settings(_env_file=None, redis_url=stack.url, cache_dir=tmp / "api", **base_settings))
        t0 = time.perf_counter()
        ids = [queue.submit(d, options, None)[0].job_id for d in docs]
        # Only the status field, ten times a second: the bench shares the cores with the workers.
        pending, failed, client = set(ids), 0, queue.jobs.client
        while pending:
            waiting = list(pending)
            with client.pipeline(transaction=False) as pipe:
                for job_id in waiting:
                    pipe.hget(job_key(job_id), "status")
                statuses = pipe.execute()
            for job_id, status in zip(waiting, statuses, strict=True):
                if status in (b"done", b"failed"):
                    pending.discard(job_id)
                    failed += status == b"failed"
            time.sleep(0.1)
        wall = time.perf_counter() - t0
        return {"workers": workers, "jobs": len(docs), "failed": failed, "seconds": round(wall, 3),
                "jobs_per_s": round(len(docs) / wall, 3)}
    finally:
        stack.stop()
        shutil.rmtree(tmp, ignore_errors=True)


def _compare(label: str, docs: list[str], options: SummaryOptions, processes: int, env: dict[str, str],
             base_settings: dict, rounds: int, log) -> dict:
    runs: dict[int, list[dict]] = {1: [], 2: []}
    for r in range(rounds):
        for workers in (1, 2) if r % 2 == 0 else (2, 1):
            if env.get("ZHAIYAO_MODEL", "").startswith("bench-"):  # a model per round: no answer cached
                env["ZHAIYAO_MODEL"] = f"bench-{time.monotonic_ns()}"
            run = one_round(docs, options, workers, processes, env, base_settings)
            runs[workers].append(run)
            log(f"  {label}: {workers} worker(s) x {processes}: {run['jobs']} jobs in {run['seconds']} s "
                f"= {run['jobs_per_s']} jobs/s ({run['failed']} failed)")
    median = {w: statistics.median(x["jobs_per_s"] for x in runs[w]) for w in runs}
    return {"processes_per_worker": processes, "jobs": len(docs), "rounds": rounds,
            "jobs_per_s": {"1": median[1], "2": median[2]}, "speedup": round(median[2] / median[1], 2),
            "failed": sum(x["failed"] for w in runs for x in runs[w]), "runs": runs}


def run(quick: bool = False, delay_s: float = 0.3, log=print) -> dict:
    if not shutil.which("redis-server"):
        raise RuntimeError("redis-server is not installed (make test installs it)")
    # Enough jobs that the fixed part of a round (submitting, the first preparations, the last
    # merges: about 2 s) does not hide the rate: 64 LLM jobs keep 4 processes busy for about 17 s.
    corpus = [text for _, text in make_corpus(40 if quick else 120)]
    # The stub of bench/slow_stub.py without its token counting: it runs in this process, and every
    # millisecond it spends is taken from the workers on a 2-core machine.
    stub = StubLLM(default=delay(delay_s)).start()
    try:
        llm_docs = [_four_chunks(t) for t in corpus[: 12 if quick else 64]]
        llm_env = {"OPENAI_API_KEY": "bench-key", "OPENAI_BASE_URL": stub.base_url, "ZHAIYAO_MODEL": "bench-0",
                   "ZHAIYAO_CHUNK_TOKENS": str(LLM_CHUNK_TOKENS), "ZHAIYAO_MAX_RETRIES": "0"}
        llm = _compare("LLM", llm_docs, SummaryOptions(mode="llm"), WORKER_PROCESSES, llm_env,
                       {"openai_api_key": "bench-key", "openai_base_url": stub.base_url}, 1 if quick else 3, log)
        llm["stub_delay_s"] = delay_s
        llm["calls"] = sum(1 for _ in stub.requests)
        llm["calls_per_job"] = round(llm["calls"] / (len(llm_docs) * 2 * llm["rounds"]), 2)
    finally:
        stub.stop()
    extractive_docs = corpus[: 40 if quick else 120]
    extractive = _compare("extractive", extractive_docs, SummaryOptions(mode="extractive"), 1, {}, {},
                          1 if quick else 3, log)
    extractive["bytes"] = sum(len(d.encode()) for d in extractive_docs)
    return {"llm": llm, "extractive": extractive, "cpus": os.cpu_count()}


def _four_chunks(text: str) -> str:
    """`text` cut or repeated to four chunks of LLM_CHUNK_TOKENS (four map calls and one merge)."""
    from llm_parallel import document_of

    source = text
    while len(source) < 6000:
        source += "\n\n" + text
    return document_of(4, source, Settings(_env_file=None, chunk_tokens=LLM_CHUNK_TOKENS))


if __name__ == "__main__":
    import json

    print(json.dumps(run(quick="--quick" in sys.argv, log=lambda m: print(m, file=sys.stderr)), indent=2))
