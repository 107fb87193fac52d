"""`zhaiyao batch DIR --queue`: every document of a folder as a job for the `zhaiyao worker`s, on
as many machines as there are, with the outputs of the local batch.

Each document is submitted through `JobQueue.submit` (what `POST /v1/jobs` does) with the
batch's options: its bytes as read, so the job id is the same for the same file and options
whoever sends it. The batch then looks at all its jobs at once (one Redis round trip) a few
times a second: one progress bar across all workers, and each output written (atomically) as
soon as its job is done.

Nothing is done twice. An output that is up to date is skipped, as in the local batch; a job
that is already done (a rerun after a crash or Ctrl-C, while the workers went on) gives its
result back at once, and one still queued or running is followed, not submitted again. A job
that failed is run again, as the local batch redoes a document without an output, and is listed
at the end if it fails again (exit code 1).

At most `ahead` jobs are waiting at a time: their documents wait in Redis until they are done,
so a folder of 100,000 reports never sits in Redis whole.
"""

from __future__ import annotations

import time
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import JobsUnavailable, ZhaiyaoError
from ..schemas import SummaryOptions
from ..settings import Settings
from .display import BatchDisplay
from .runner import BatchReport
from .tables import rebuild_tables
from .work import (
    Outcome,
    documents_in,
    files_not_read,
    is_finished,
    output_for,
    sweep_temporary,
    write_summary,
)

AHEAD = 1000  # jobs submitted and not yet finished, at most
SUBMIT_STEP = 50  # documents submitted between two looks at the jobs
POLL = 0.5  # seconds between looks when nothing changed
IDLE_HINT = 30.0  # seconds without any job starting before the batch asks whether a worker runs
MAX_RESUBMITS = 2  # a job whose record vanished (deleted, expired) is submitted again this often


class JobLost(Exception):
    code = "job_lost"
    message = ("the job's record vanished (deleted or expired) or its result is of another schema version "
               "(workers of another zhaiyao version?) every time it was submitted")


class Interrupted(ZhaiyaoError):
    """Ctrl-C: the batch stops following its jobs; the workers go on with them."""

    code = "interrupted"


@dataclass
class _Job:
    srcs: list[Path]  # the files of this document (the same bytes under two names are one job)
    resubmits: int = 0


@dataclass
class _Follow:
    """The jobs of one run and what became of them."""

    jobs: dict[str, _Job] = field(default_factory=dict)  # job id -> its files, while not finished
    last_change: float = field(default_factory=time.monotonic)  # when a job was submitted or finished
    running: int = 0  # jobs running at the last look
    hinted: bool = False
    outage: bool = False


class QueuedBatch:
    def __init__(self, queue, todo: list[Path], out_dir: Path, options: SummaryOptions, settings: Settings,
                 report: BatchReport, display: BatchDisplay, *, force: bool = False, ahead: int = AHEAD,
                 poll: float = POLL):
        self.queue = queue
        self.waiting = deque(todo)  # not submitted yet, in name order
        self.out_dir = out_dir
        self.options = options
        self.settings = settings
        self.report = report
        self.display = display
        self.force = force
        self.ahead = ahead
        self.poll = poll
        self.follow = _Follow()
        self.in_flight = 0  # LLM calls in flight in every worker, as last seen
        display.in_flight = lambda: self.in_flight

    def run(self) -> None:
        from ..scale.queue import Unreachable

        while self.waiting or self.follow.jobs:
            try:
                self._submit_some()
                changed = self._look() if self.follow.jobs else False
            except Unreachable:
                self._outage()
                continue
            if self.follow.outage:
                self.follow.outage = False
                self.display.note("zhaiyao: Redis answers again; going on")
            if not changed and self.follow.jobs and (not self.waiting or len(self.follow.jobs) >= self.ahead):
                self._hint_if_idle()
                time.sleep(self.poll)

    # -- submitting

    def _submit_some(self) -> None:
        """Submit up to SUBMIT_STEP more documents while fewer than `ahead` jobs wait. (A document
        leaves `waiting` once submitted: Redis may stop answering in the middle.)"""
        for _ in range(SUBMIT_STEP):
            if not self.waiting or len(self.follow.jobs) >= self.ahead:
                return
            self._submit([self.waiting[0]])
            self.waiting.popleft()

    def _submit(self, srcs: list[Path], resubmits: int = 0) -> None:
        try:
            data = srcs[0].read_bytes()
        except OSError as e:
            for src in srcs:
                self._record(src, Outcome.failed(e))
            return
        job, _ = self.queue.submit(data, self.options, None)
        if job.job_id in self.follow.jobs:  # a copy of a document already followed
            self.follow.jobs[job.job_id].srcs.extend(srcs)
            return
        if self.force and job.status == "done" and resubmits == 0:
            self.queue.delete(job.job_id)  # --force: computed again, not fetched
            job, _ = self.queue.submit(data, self.options, None)
        self.follow.last_change = time.monotonic()
        if job.status == "done" and job.result is not None:
            for src in srcs:
                self._write(src, job.result)
        else:
            self.follow.jobs[job.job_id] = _Job(list(srcs), resubmits)

    # -- following

    def _look(self) -> bool:
        """One look at every job followed: progress shown, finished ones written. True when any
        job finished (or went away)."""
        from ..scale.queue import Unreachable

        ids = list(self.follow.jobs)
        statuses = self.queue.statuses(ids)
        self._count_in_flight()
        changed = False
        self.follow.running = sum(status == "running" for status, _ in statuses)
        for job_id, (status, progress) in zip(ids, statuses, strict=True):
            job = self.follow.jobs[job_id]
            if status in ("queued", "running"):
                if status == "running":
                    self.display.update(job.srcs[0].name, progress)
                continue
            found = self.queue.get(job_id) if status is not None else None
            del self.follow.jobs[job_id]
            changed = True
            self.follow.last_change = time.monotonic()
            if found is not None and found.status == "done" and found.result is not None:
                for src in job.srcs:
                    self._write(src, found.result)
            elif found is not None and found.status == "failed" and found.error is not None:
                for src in job.srcs:
                    self._record(src, Outcome(False, found.error.code, found.error.message))
            elif job.resubmits < MAX_RESUBMITS:
                try:
                    self._submit(job.srcs, job.resubmits + 1)
                except Unreachable:
                    self.follow.jobs[job_id] = job  # looked at again once Redis answers
                    raise
            else:
                for src in job.srcs:
                    self._record(src, Outcome.failed(JobLost()))
        return changed

    def _count_in_flight(self) -> None:
        from ..scale.limits import calls_in_flight

        found = calls_in_flight(self.settings)
        self.in_flight = self.in_flight if found is None else found

    def _write(self, src: Path, summary) -> None:
        try:
            outcome = write_summary(output_for(src, self.out_dir), summary)
        except OSError as e:
            outcome = Outcome.failed(e)
        self._record(src, outcome)

    def _record(self, src: Path, outcome: Outcome) -> None:
        self.report.record(src.name, outcome, self.display)

    def _outage(self) -> None:
        if not self.follow.outage:
            self.follow.outage = True
            self.display.note(f"zhaiyao: Redis at {self.queue.where()} does not answer; waiting for it "
                              "(the workers wait too)")
        time.sleep(max(self.poll, 1.0))

    def _hint_if_idle(self) -> None:
        if self.follow.hinted or self.follow.running or time.monotonic() - self.follow.last_change < IDLE_HINT:
            return
        self.follow.hinted = True
        self.display.note(f"zhaiyao: no job has finished in {IDLE_HINT:.0f} s: is a `zhaiyao worker` running "
                          f"with ZHAIYAO_REDIS_URL={self.queue.where()}?")


def open_queue(settings: Settings):
    """The job queue of `settings`, checked to answer; JobsUnavailable (a usage error) if not."""
    if not settings.redis_url:
        raise JobsUnavailable("--queue needs ZHAIYAO_REDIS_URL=redis://… (the Redis of the `zhaiyao worker`s)",
                              retry_after=None)
    from ..scale.connection import reachable
    from ..scale.queue import JobQueue

    ok, why = reachable(settings.redis_url, settings.redis_timeout)
    if not ok:
        raise JobsUnavailable(f"--queue: {why}")
    return JobQueue(settings)


def run_queued_batch(src_dir: Path, out_dir: Path, options: SummaryOptions, settings: Settings, *,
                     force: bool = False, show_progress: bool = False, ahead: int = AHEAD,
                     poll: float = POLL) -> BatchReport:
    """`run_batch`, with every document a job for the workers (see the module docstring).
    Raises JobsUnavailable before any work when there is no Redis, or it does not answer, and
    Interrupted (after the tables are rebuilt) on Ctrl-C."""
    started = time.perf_counter()
    queue = open_queue(settings)
    docs = documents_in(src_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    sweep_temporary(out_dir)
    todo = [d for d in docs if force or not is_finished(d, output_for(d, out_dir))]
    report = BatchReport(out_dir, up_to_date=len(docs) - len(todo), not_read=files_not_read(src_dir))
    interrupted = None
    if todo:
        display = BatchDisplay(len(todo), show=show_progress)
        batch = QueuedBatch(queue, todo, out_dir, options, settings, report, display, force=force, ahead=ahead,
                            poll=poll)
        try:
            with display:
                batch.run()
        except KeyboardInterrupt:
            interrupted = Interrupted(
                f"{report.summarized} written; {len(batch.follow.jobs)} submitted jobs go on in the workers and "
                f"{len(batch.waiting)} documents were not submitted: run the same command again to collect the rest")
    rebuild_tables(((d.name, output_for(d, out_dir)) for d in docs), out_dir)
    if interrupted is not None:
        raise interrupted
    report.seconds = time.perf_counter() - started
    return report
