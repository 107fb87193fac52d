"""`zhaiyao worker`: a Celery worker running the job tasks, configured from the environment."""

from __future__ import annotations

import logging
import os
import socket
import sys
import threading
import time

from celery import bootsteps
from celery.signals import worker_ready, worker_shutting_down
from kombu.exceptions import OperationalError

from ..settings import Settings
from .celery_app import QUEUE, RESUME, longest_task_seconds, make_celery, restore_interval, stalled_after
from .connection import RedisError, redact
from .jobs import JobStore
from .tasks import register

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
    register(app)  # the tasks are defined only where they run: the API just sends their names
    app.steps["worker"].add(ResumeStalledJobs)
    concurrency = concurrency or settings.worker_concurrency
    name = name or f"zhaiyao@{socket.gethostname()}"
    argv = ["worker", f"--loglevel={loglevel}", f"--queues={QUEUE}", f"--hostname={name}",
            # Gossip and mingle only slow the start down: workers share nothing but the queue.
            "--without-gossip", "--without-mingle"]
    if concurrency:
        argv.append(f"--concurrency={concurrency}")
    log.info("worker for %s, visibility timeout %d s", redact(settings.redis_url), settings.job_visibility_timeout)
    ready, asked_to_stop = threading.Event(), threading.Event()
    worker_ready.connect(lambda **_: ready.set(), weak=False)
    worker_shutting_down.connect(lambda **_: asked_to_stop.set(), weak=False)  # SIGTERM, SIGINT, SIGQUIT
    app.worker_main(argv)
    if ready.is_set() and not asked_to_stop.is_set():
        start_again(name, loglevel, concurrency)
    return 0


class ResumeStalledJobs(bootsteps.StartStopStep):
    """Every sweep of lost messages (`restore_interval`), in the worker's event loop: send `resume`
    for each job that has lost its task (`JobStore.stalled`; one worker claims each). Kombu sweeps
    the unacknowledged messages on the same timer, with the same blocking round trips."""

    requires = ("celery.worker.components:Timer",)

    def __init__(self, parent, **kwargs):
        super().__init__(parent, **kwargs)
        self.timer_entry = None
        self.jobs: JobStore | None = None

    def start(self, parent) -> None:
        timeout = parent.app.zhaiyao_settings.job_visibility_timeout
        self.timer_entry = parent.timer.call_repeatedly(restore_interval(timeout), self.sweep, (parent.app,))

    def stop(self, parent) -> None:
        if self.timer_entry is not None:
            self.timer_entry.cancel()
            self.timer_entry = None

    def sweep(self, app) -> None:
        settings: Settings = app.zhaiyao_settings
        try:
            if self.jobs is None:
                self.jobs = JobStore(settings.redis_url, settings.job_ttl, settings.redis_timeout)
            quiet = stalled_after(settings.job_visibility_timeout)
            for job in self.jobs.stalled(quiet):
                log.info("job %s: nothing written for %d s; sending it a resume task", job.job_id[:12], quiet)
                app.send_task(RESUME, args=[job.job_id, job.run, job.stage, job.claimed], queue=QUEUE)
        except (RedisError, OperationalError, OSError) as e:
            # Redis away: the next sweep looks again (a job claimed but not sent is claimed again
            # after another quiet spell). Raised, a connection error would restart the consumer.
            log.debug("sweep for stalled jobs: %s", type(e).__name__)


def start_again(name: str, loglevel: str, concurrency: int | None) -> None:
    """Replace this process with a fresh worker (same pid: a process manager sees nothing).

    For a worker that stopped without being asked to: Celery stops on an "unrecoverable error"
    that kombu sometimes raises while it closes its connection to a Redis that went away (an
    AttributeError in the Redis transport; celery/kombu issues #582, #970 and others). The tasks it
    held were finished or are handed back by the visibility timeout; the new worker waits for
    Redis and takes up the work."""
    log.error("the Celery worker stopped without being asked to (see above); starting it again")
    time.sleep(1)
    command = ["worker", f"--loglevel={loglevel}", f"--name={name}"]
    if concurrency:
        command.append(f"--concurrency={concurrency}")
    os.execv(sys.executable, [sys.executable, "-m", "service.cli", *command])


def warm_up(settings: Settings) -> None:
    """Load, once and before the pool forks, what tasks need: every pool process then starts with it
    (the LLM client and the tokenizer take seconds to load, which a first task would pay)."""
    from .. import pipeline  # noqa: F401
    from ..startup import warm_up_llm
    from . import tasks  # noqa: F401

    warm_up_llm(settings)
