"""The Celery app: Redis as broker and chord backend, configured from `Settings`.

What makes a lost job come back (docs/scaling.md):
- tasks are acknowledged late (after they ran) and rejected, hence requeued, when the pool
  process running them dies (`task_reject_on_worker_lost`);
- a worker fetches one message per free process (`worker_prefetch_multiplier=1`), so a dead
  worker holds no more messages than it was running;
- a message taken by a worker whose main process died stays unacknowledged in Redis; a live
  worker puts it back in the queue once it is older than the visibility timeout
  (`ZHAIYAO_JOB_VISIBILITY_TIMEOUT`). kombu's sweep for such messages runs every
  `unacked_restore_interval` seconds when `unacked_restore_throttle` is 1 (the defaults, 10 and 10,
  make it about every 100 s); the interval here grows with the timeout, from 1 s to 10 s.

The timeout must exceed the longest task, or a healthy task is handed out twice: hence short
tasks (one per chunk; see `tasks.py`) and the warning of `longest_task_seconds`.

What no timeout brings back: kombu takes a message off the queue (BRPOP) and notes it as
unacknowledged in a second round trip, so a message taken as Redis goes away is in neither place
(celery/celery#4354). Its job would never end; the workers resume it instead (`stalled_after`).
"""

from __future__ import annotations

from typing import Any

from ..settings import Settings
from .connection import CELERY_PREFIX

QUEUE = "zhaiyao"
START, MAP_CHUNK, MERGE, RESUME = "zhaiyao.start", "zhaiyao.map_chunk", "zhaiyao.merge", "zhaiyao.resume"


def restore_interval(visibility_timeout: int) -> int:
    """Seconds between sweeps for lost messages: a lost task comes back within timeout + this."""
    return max(1, min(10, visibility_timeout // 60))


def stalled_after(visibility_timeout: int) -> int:
    """Seconds without a write after which a queued or running job has no task left, so the workers
    resume it. A task writes when it starts and when it ends, and runs for less than the timeout;
    its message was taken at most a timeout after the job's previous write (when a process of the
    worker came free), and a message lost with its worker is back within timeout + one sweep. So a
    live job writes at least every 2 x timeout + one sweep, unless its messages wait behind others
    in the queue: the resume task queues behind them and does nothing once they have run."""
    return 2 * visibility_timeout + restore_interval(visibility_timeout)


def longest_task_seconds(settings: Settings) -> float:
    """About the longest a task can run: one LLM call with all its retries and re-asks per level
    of chunk splitting (halves run at once), and one more level for a merge of merges."""
    return settings.total_timeout * (2 + settings.max_split_depth)


def broker_options(settings: Settings) -> dict[str, Any]:
    timeout = settings.job_visibility_timeout
    return {
        "visibility_timeout": timeout,
        "unacked_restore_interval": restore_interval(timeout),
        "unacked_restore_throttle": 1,
        "global_keyprefix": CELERY_PREFIX,
        # Without a socket timeout a publish to a Redis that vanished waits forever.
        "socket_timeout": settings.redis_timeout,
        "socket_connect_timeout": min(settings.redis_timeout, 2.0),
    }


def make_celery(settings: Settings):
    """The Celery app for `settings` (needs ZHAIYAO_REDIS_URL). Building it connects to nothing. The
    worker defines the tasks on it (`tasks.register`); the API sends them by name."""
    from celery import Celery

    if not settings.redis_url:
        raise ValueError("jobs need ZHAIYAO_REDIS_URL")
    app = Celery("zhaiyao", broker=settings.redis_url, backend=settings.redis_url, set_as_current=False)
    app.conf.update(
        task_default_queue=QUEUE,
        task_acks_late=True,
        task_reject_on_worker_lost=True,
        worker_prefetch_multiplier=1,
        task_serializer="json",
        result_serializer="json",
        accept_content=["json"],
        broker_transport_options=broker_options(settings),
        result_backend_transport_options={"global_keyprefix": CELERY_PREFIX},
        # Chunk results only live until their merge; the job record keeps what users see.
        result_expires=settings.job_ttl,
        broker_connection_retry_on_startup=True,
        # A worker waits for a Redis that went away as long as it takes (Celery's default gives
        # up after 100 tries), and takes up its work once it is back.
        broker_connection_max_retries=None,
        broker_connection_timeout=settings.redis_timeout,
        # The API publishes with one quick retry: a Redis that is down answers 503 at once.
        task_publish_retry_policy={"max_retries": 1, "interval_start": 0, "interval_step": 0.2, "interval_max": 0.2},
        worker_hijack_root_logger=False,
        worker_redirect_stdouts=False,
        enable_utc=True,
    )
    app.zhaiyao_settings = settings
    return app
