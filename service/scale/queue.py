"""The API's side of jobs: submit (record + enqueue), look up, forget, follow the progress events.

`JobQueue` is what `/v1/jobs` works with; it exists only when ZHAIYAO_REDIS_URL is set. Every
method may raise `Unreachable` (Redis or the broker cannot be reached), which the API answers
with 503 and Retry-After.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator

from ..progress import Progress
from ..schemas import SummaryOptions
from ..settings import Settings
from .connection import RedisError, connect_async, job_events_key, redact
from .jobs import Job, JobStore, job_id_for


class Unreachable(Exception):
    """Redis (as job store or as broker) did not answer."""


class JobQueue:
    def __init__(self, settings: Settings):
        if not settings.redis_url:
            raise ValueError("jobs need ZHAIYAO_REDIS_URL")
        self.settings = settings
        self.url = settings.redis_url
        self.jobs = JobStore(settings.redis_url, settings.job_ttl, settings.redis_timeout)
        self._celery = None

    def where(self) -> str:
        return redact(self.url)

    def _app(self):
        if self._celery is None:
            from .celery_app import make_celery

            self._celery = make_celery(self.settings)
        return self._celery

    def submit(self, text: str | bytes, options: SummaryOptions, title: str | None) -> tuple[Job, bool]:
        """(the job, whether it was queued now). The same document, options and title as a job that
        is queued, running or done gives that job back, and costs nothing."""
        from kombu.exceptions import OperationalError

        from .celery_app import QUEUE, START

        job_id = job_id_for(text, options, title, self.settings.model)
        try:
            job, run = self.jobs.submit(job_id, text, options, title)
            if run is None:
                return job, False
            try:
                self._app().send_task(START, args=[job_id, run], queue=QUEUE)
            except BaseException:
                self.jobs.delete(job_id, run)  # not queued: a later POST must try again
                raise
            return job, True
        except (RedisError, OperationalError) as e:
            raise Unreachable(type(e).__name__) from None

    def get(self, job_id: str) -> Job | None:
        try:
            return self.jobs.get(job_id)
        except RedisError as e:
            raise Unreachable(type(e).__name__) from None

    def statuses(self, job_ids: list[str]) -> list[tuple[str | None, Progress]]:
        """Each job's status (None: no such job) and latest progress, in one round trip."""
        try:
            return self.jobs.statuses(job_ids)
        except RedisError as e:
            raise Unreachable(type(e).__name__) from None

    def delete(self, job_id: str) -> bool:
        try:
            return self.jobs.delete(job_id)
        except RedisError as e:
            raise Unreachable(type(e).__name__) from None

    async def events(self, job_id: str, after: str = "0-0", idle: float = 15.0,
                     follow: bool = True) -> AsyncIterator[tuple[str, dict] | None]:
        """The job's events after `after` (a stream id; "0-0" replays them all), as (id, fields),
        then (`follow`) new ones as they come, with None after `idle` seconds without one (time
        for a keep-alive).

        One connection per follower, opened here and closed when it stops: a blocking read holds
        its connection anyway, and it belongs to the event loop of the request."""
        client = connect_async(self.url, self.settings.redis_timeout)
        # Each read blocks a little less than the socket timeout, so a quiet job is not a dead Redis.
        block_ms = max(100, int(self.settings.redis_timeout * 800))
        key, last, quiet_since = job_events_key(job_id), after, time.monotonic()
        try:
            while True:
                try:
                    found = await client.xread({key: last}, block=block_ms if follow else None, count=100)
                except RedisError as e:
                    raise Unreachable(type(e).__name__) from None
                if found:
                    for entry_id, fields in found[0][1]:
                        last = entry_id.decode() if isinstance(entry_id, bytes) else entry_id
                        yield last, fields
                    quiet_since = time.monotonic()
                if not follow and not found:
                    return
                elif time.monotonic() - quiet_since >= idle:
                    quiet_since = time.monotonic()
                    yield None
        finally:
            await client.aclose()
