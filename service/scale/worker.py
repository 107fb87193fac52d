"""`zhaiyao worker`: a Celery worker running the job tasks, configured from the environment."""

from __future__ import annotations

import logging
import socket
import sys

from ..settings import Settings
from .celery_app import QUEUE, longest_task_seconds, make_celery
from .connection import redact

log = logging.getLogger(__name__)


def run_worker(settings: Settings, concurrency: int | None = None, name: str | None = None,
               loglevel: str = "INFO") -> int:
    """Run a worker until it is stopped (SIGTERM: warm shutdown, finishing the tasks in hand)."""
    if not settings.redis_url:
        print("zhaiyao: a worker needs ZHAIYAO_REDIS_URL=redis://… (the broker, the jobs and the shared cache)",
              file=sys.stderr)
        return 2
    logging.basicConfig(level=loglevel.upper(), format="%(asctime)s %(levelname)s %(processName)s %(name)s: %(message)s")
    longest = longest_task_seconds(settings)
    if settings.job_visibility_timeout < longest:
        log.warning("ZHAIYAO_JOB_VISIBILITY_TIMEOUT=%d s is shorter than the longest task can run (about %.0f s: "
                    "ZHAIYAO_TOTAL_TIMEOUT x (2 + ZHAIYAO_MAX_SPLIT_DEPTH)); such a task would be handed to a "
                    "second worker while the first still runs it", settings.job_visibility_timeout, longest)
    warm_up(settings)
    app = make_celery(settings)
    concurrency = concurrency or settings.worker_concurrency
    argv = ["worker", f"--loglevel={loglevel}", f"--queues={QUEUE}",
            f"--hostname={name or 'zhaiyao@' + socket.gethostname()}",
            # Gossip and mingle only slow the start down: workers share nothing but the queue.
            "--without-gossip", "--without-mingle"]
    if concurrency:
        argv.append(f"--concurrency={concurrency}")
    log.info("worker for %s, visibility timeout %d s", redact(settings.redis_url), settings.job_visibility_timeout)
    app.worker_main(argv)
    return 0


def warm_up(settings: Settings) -> None:
    """Load, once and before the pool forks, what tasks need: every pool process then starts
    with it (the LLM client and the tokenizer take seconds to load, which a first task would pay)."""
    from .. import pipeline  # noqa: F401
    from . import tasks  # noqa: F401

    if settings.llm_configured:
        import openai

        from ..chunk import count_tokens
        from ..llm.keys import cache_key
        from ..llm.replies import ChunkSummary, MergedSummary, response_format

        count_tokens("warm up")
        for model in (ChunkSummary, MergedSummary):
            response_format(model, settings.response_format)
            cache_key(settings, kind="warm", model=model, scope="", payload="", language="zh", max_chars=1,
                      mode=settings.response_format)
        # The client's resources are imported on first use: a throwaway client (no connection) loads them.
        openai.AsyncOpenAI(api_key="warm-up", base_url="http://127.0.0.1:9/v1").chat.completions.create  # noqa: B018
