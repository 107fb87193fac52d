"""The job tasks, built from the pipeline's own pieces (`document.prepare`, `llm.run.DocumentRun`,
the shared LLM cache, `pipeline.assemble`), so a job's summary is the one `/v1/summaries` gives.

    start(job)                 prepare; an extractive document or a one-chunk one is done here
      └─ chord: map_chunk(job, i) for every chunk  ──►  merge(job, [chunk results])

Every task is short (one chunk's LLM call, or one merge), which keeps the visibility timeout
honest and spreads a long document over all workers. A chunk task writes its answer to the
shared LLM cache before it reports, so a task delivered again (its worker died) finds it there
and pays for nothing twice; the merge task maps any chunk whose result it did not receive. A
chunk task never raises for an LLM problem: it reports it, and the merge falls back to the
extractive summary exactly as the pipeline does.

A job that has lost its message (see celery_app) is resumed by `resume`, which a worker sends once
the job has had no write for a while (`JobStore.stalled`): it starts the job again if it never got
past the start, else merges it, mapping any chunk that has no answer yet.

Each task first counts its delivery (`JobStore.begin`): after 1 + ZHAIYAO_JOB_MAX_RETRIES attempts
(retried errors and lost workers alike) the job ends as `failed` and the message is dropped, so a
document that always fails never blocks the queue. Input errors (`ZhaiyaoError`: empty,
undecodable, no LLM key) fail the job at once: trying again would give the same answer.
"""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..backends import open_store
from ..document import Prepared, prepare
from ..errors import LLMFailure, ZhaiyaoError
from ..extractive import summarize_extractive
from ..pipeline import assemble, choose_method, summarize_prepared
from ..progress import Usage
from ..schemas import DocumentSummary
from ..settings import Settings
from ..store import NOT_STORED, SummaryStore
from .celery_app import MAP_CHUNK, MERGE, RESUME, START
from .connection import reachable
from .jobs import JobInput, JobStore

if TYPE_CHECKING:  # the LLM stack is imported by the tasks that use it
    from ..llm.plan import LLMPlan, MapCall

log = logging.getLogger(__name__)

# The usage a chunk task hands to the merge task, summed there into the summary's stats.
USAGE_FIELDS = ("llm_calls", "cache_hits", "prompt_tokens", "cached_prompt_tokens", "completion_tokens", "cost_usd")


@dataclass
class WorkerContext:
    """What every task of a worker process uses; built once per process."""

    settings: Settings
    jobs: JobStore
    store: SummaryStore


_contexts: dict[int, WorkerContext] = {}
# Prepared documents by (job, run): the chunk tasks of one document that land on the same process
# clean and segment it once. Small: a process works on a few documents at a time.
_prepared: OrderedDict[tuple[str, str], tuple[JobInput, Prepared]] = OrderedDict()
_PREPARED_KEPT = 4
_lock = threading.Lock()
# One event loop per thread of a worker process, kept between tasks: the LLM client (and its
# open connections) belongs to a loop, and building one per task costs more than the call.
_loops = threading.local()


def run_async(coro):
    runner = getattr(_loops, "runner", None)
    if runner is None:
        runner = _loops.runner = asyncio.Runner()
    return runner.run(coro)


def context(app) -> WorkerContext:
    with _lock:
        ctx = _contexts.get(id(app))
        if ctx is None:
            s: Settings = app.zhaiyao_settings
            ctx = _contexts[id(app)] = WorkerContext(s, JobStore(s.redis_url, s.job_ttl, s.redis_timeout),
                                                     open_store(s))
        return ctx


def register(app) -> None:
    """Define the tasks on `app` (names in celery_app; Celery's own retry limit is off: ours rules)."""

    @app.task(name=START, bind=True, ignore_result=True, max_retries=None)
    def start(self, job_id: str, run: str) -> None:
        attempt(self, job_id, run, "start", lambda ctx: start_job(self.app, ctx, job_id, run))

    # (resultrepr_maxsize: the worker log shows the start of a chunk result, not the whole document.)
    @app.task(name=MAP_CHUNK, bind=True, max_retries=None, resultrepr_maxsize=200)
    def map_chunk(self, job_id: str, run: str, index: int, start: int, end: int, total: int) -> dict | None:
        def work(ctx: WorkerContext) -> dict | None:
            out = map_one(ctx, job_id, run, index, start, end, total)
            if out is not None and ctx.jobs.chunks_mapped(job_id, total) >= total:
                merge_later(self.app, ctx.settings, job_id, run)
            return out

        return attempt(self, job_id, run, f"map:{index}", work)

    @app.task(name=MERGE, bind=True, ignore_result=True, max_retries=None)
    def merge(self, results: list, job_id: str, run: str) -> None:
        def work(ctx: WorkerContext) -> None:
            if ctx.jobs.claim_merge(job_id, run, self.request.id):
                merge_job(ctx, job_id, run, results)

        # The fallback (no results: see merge_later) keeps its own delivery count.
        attempt(self, job_id, run, "merge" if results else "merge:fallback", work)

    @app.task(name=RESUME, bind=True, ignore_result=True, max_retries=None)
    def resume(self, job_id: str, run: str, stage: str, claimed: int) -> None:
        # Whatever of the job ran after the claim (its messages were only waiting in the queue,
        # ahead of this one) shows it was not lost: then nothing to do, and no delivery counted.
        if written_since(context(self.app), job_id, claimed):
            return
        log.warning("job %s: no task of it has run for a while (its message lost?); resuming it", job_id[:12])
        attempt(self, job_id, run, "resume",
                lambda ctx: resume_job(self.app, ctx, job_id, run, stage, self.request.id))


def written_since(ctx: WorkerContext, job_id: str, claimed: int) -> bool:
    while True:
        try:
            return ctx.jobs.last_written(job_id) != claimed
        except outage_errors():
            wait_for_redis(ctx.settings)


def resume_job(app, ctx: WorkerContext, job_id: str, run: str, stage: str, task_id: str) -> None:
    """Go on with a job whose tasks were lost: from the start when no chord was sent yet, else its
    merge (taken over from a merge that may have claimed it and been lost), which maps the chunks
    without an answer and takes the others' from the LLM cache."""
    if stage not in ("map", "merge"):
        start_job(app, ctx, job_id, run)
    elif ctx.jobs.claim_merge(job_id, run, task_id, take_over=True):
        merge_job(ctx, job_id, run, [])


def merge_later(app, settings: Settings, job_id: str, run: str) -> None:
    """Every chunk is mapped: send a fallback merge, due a little later, for the case where the
    chord's own merge never comes. The chord counts its parts in Redis after each chunk task's
    body has returned, outside any retry of ours; a Redis that goes away at that moment loses the
    count, and the job would stay running forever. Whichever merge claims the job first does it
    (the fallback, without the chord's results, takes the chunks' answers from the LLM cache)."""
    delay = max(1, min(60, settings.job_visibility_timeout // 2))
    app.signature(MERGE, args=([], job_id, run)).apply_async(countdown=delay)


def attempt(task, job_id: str, run: str, label: str, work: Callable[[WorkerContext], Any]) -> Any:
    """Run one delivery of a task: count it, give up after the last attempt, fail on input errors,
    retry (with backoff) after anything else, and wait out a Redis that has gone away.

    A Redis outage is no error of the task: it waits until Redis answers again and does its work
    once more (the work is idempotent, and what was cached is not asked again). Raising would be
    worse: the failure would be recorded when Redis comes back, and a chunk task that failed
    fails its whole chord."""
    ctx = context(task.app)
    delivery: int | None = None
    while True:
        try:
            if delivery is None:
                delivery = ctx.jobs.begin(job_id, run, label)
                if delivery is None:
                    return None  # the job was deleted, submitted again, or has ended
            return _attempt_once(task, ctx, job_id, run, label, delivery, work)
        except outage_errors() as e:
            log.warning("job %s: task %s: Redis does not answer (%s); waiting for it", job_id[:12], label,
                        type(e).__name__)
            wait_for_redis(ctx.settings)


def _attempt_once(task, ctx: WorkerContext, job_id: str, run: str, label: str, delivery: int,
                  work: Callable[[WorkerContext], Any]) -> Any:
    attempts = 1 + ctx.settings.job_max_retries
    if delivery > attempts:
        log.error("job %s: task %s was lost with its worker %d times; giving up", job_id[:12], label, attempts)
        ctx.jobs.fail(job_id, run, "worker_lost", f"the worker running this job was lost {attempts} times "
                      "(killed, or out of memory?); given up")
        return None
    try:
        return work(ctx)
    except outage_errors():
        raise
    except ZhaiyaoError as e:
        ctx.jobs.fail(job_id, run, e.code, e.message)
        return None
    except Exception as e:
        if delivery < attempts:
            log.warning("job %s: task %s failed (%s); retrying", job_id[:12], label, type(e).__name__)
            raise task.retry(exc=e, countdown=min(30, 2 ** (delivery - 1))) from None
        log.exception("job %s: task %s failed on its last attempt", job_id[:12], label)
        ctx.jobs.fail(job_id, run, "internal_error", f"the job failed {attempts} times ({type(e).__name__}); "
                      "the worker log has the details")
        return None


def outage_errors() -> tuple[type[BaseException], ...]:
    """What Redis, as store or as broker, raises when it is not there (or still loading its data).
    A Redis that answers but refuses (out of memory, a script error) is an error like any other."""
    from kombu.exceptions import OperationalError
    from redis.exceptions import ConnectionError, TimeoutError

    return (ConnectionError, TimeoutError, OperationalError)


def wait_for_redis(settings: Settings, poll: float = 0.5) -> None:
    """Until Redis answers a PING (a worker cannot do anything without it, so nothing is lost by
    waiting); at least `poll` seconds, so a Redis that comes and goes is not asked in a tight loop."""
    assert settings.redis_url
    time.sleep(poll)
    while not reachable(settings.redis_url, settings.redis_timeout)[0]:
        time.sleep(poll)


def prepared_for(ctx: WorkerContext, job_id: str, run: str) -> tuple[JobInput, Prepared] | None:
    with _lock:
        found = _prepared.get((job_id, run))
    if found is not None:
        return found
    job_input = ctx.jobs.load_input(job_id, run)
    if job_input is None:
        return None
    found = (job_input, prepare(job_input.text, job_input.options))
    with _lock:
        _prepared[(job_id, run)] = found
        while len(_prepared) > _PREPARED_KEPT:
            _prepared.popitem(last=False)
    return found


def plan_of(prepared: Prepared, job_input: JobInput, settings: Settings) -> LLMPlan:
    """The document's LLM calls, as the direct path plans them (every task plans the same)."""
    from ..llm.plan import plan_document

    return plan_document(prepared, job_input.options, settings)


def clock_of(job_input: JobInput) -> float:
    """A perf_counter reading for the job's first start: the summary's elapsed time counts from it."""
    return time.perf_counter() - max(0.0, time.time() - job_input.started)


# ---------------------------------------------------------------- the tasks' work


def start_job(app, ctx: WorkerContext, job_id: str, run: str) -> None:
    ctx.jobs.progress(job_id, run, "prepare", 0, 1, done=0)
    found = prepared_for(ctx, job_id, run)
    if found is None:
        return
    job_input, prepared = found
    if choose_method(job_input.options, ctx.settings) == "extractive":
        summary = summarize_prepared(prepared, job_input.options, job_input.title, clock_of(job_input))
        ctx.jobs.progress(job_id, run, "extractive", 0, 1, done=1)
        finish(ctx, job_id, run, summary)
        return
    chunks = plan_of(prepared, job_input, ctx.settings).map_calls
    ctx.jobs.progress(job_id, run, "map", 0, len(chunks), done=0)
    if len(chunks) <= 1:
        merge_job(ctx, job_id, run, [])  # one call: the merge task's own mapping does it
        return
    from celery import chord, group

    header = group(app.signature(MAP_CHUNK, args=(job_id, run, c.index, c.start, c.end, len(chunks)))
                   for c in chunks)
    chord(header)(app.signature(MERGE, args=(job_id, run)))


def map_one(ctx: WorkerContext, job_id: str, run: str, index: int, start: int, end: int, total: int) -> dict | None:
    found = prepared_for(ctx, job_id, run)
    if found is None:
        return None
    job_input, prepared = found
    usage = Usage()
    out: dict[str, Any] = {"index": index}

    async def go() -> None:
        from ..backends import open_cache
        from ..llm.run import DocumentRun, Invalid
        from ..llm.transport import Transport

        cache = open_cache(ctx.settings)
        plan = plan_of(prepared, job_input, ctx.settings)
        doc = DocumentRun(prepared, job_input.options, ctx.settings, usage, None, Transport(ctx.settings, usage),
                          cache, plan)
        limit = plan.map_calls[index].max_tokens if index < len(plan.map_calls) else None
        try:
            out["results"] = [r.model_dump() for r in await doc.map_span(start, end, total == 1, limit=limit)]
        except Invalid as e:
            out["invalid"], out["problem"] = e.reason, e.problem
        except LLMFailure as e:
            out["failure"] = e.reason
        if cache.warning:
            usage.warnings.append(cache.warning)

    run_async(go())
    out["usage"] = {**{f: getattr(usage, f) for f in USAGE_FIELDS}, "cost_unknown": usage.cost_unknown,
                    "warnings": usage.warnings}
    ctx.jobs.progress(job_id, run, "map", index, total, usage=usage, once=f"mapped:{index}")
    return out


def merge_job(ctx: WorkerContext, job_id: str, run: str, results: list) -> None:
    found = prepared_for(ctx, job_id, run)
    if found is None:
        return
    job_input, prepared = found
    plan = plan_of(prepared, job_input, ctx.settings)
    chunks = plan.map_calls
    received = {r["index"]: r for r in results if isinstance(r, dict) and "index" in r}
    # The chunk tasks' usage (already in the job's counters) plus this task's own calls.
    usage = Usage(chunks=len(chunks))
    for r in received.values():
        for f in USAGE_FIELDS:
            setattr(usage, f, getattr(usage, f) + r.get("usage", {}).get(f, 0))
        usage.cost_unknown |= bool(r.get("usage", {}).get("cost_unknown"))
        usage.warnings.extend(w for w in r.get("usage", {}).get("warnings", []) if w not in usage.warnings)
    before = {f: getattr(usage, f) for f in USAGE_FIELDS}
    try:
        draft = run_async(llm_draft(ctx.settings, prepared, job_input, plan, received, usage))
        method, model = "llm", ctx.settings.model
    except LLMFailure as e:
        usage.warnings.append(f"llm_fallback:{e.reason}")
        draft = summarize_extractive(prepared, job_input.options)
        method, model = "extractive", None
    summary = assemble(prepared, draft, method, model, usage, job_input.title, clock_of(job_input))
    spent = Usage(**{f: getattr(usage, f) - before[f] for f in USAGE_FIELDS})
    # A document of one chunk was mapped here (its map event); a longer one merged (the merge event).
    ctx.jobs.progress(job_id, run, "merge" if len(chunks) > 1 else "map", 0, 1, done=1, usage=spent)
    finish(ctx, job_id, run, summary)


async def llm_draft(settings: Settings, prepared: Prepared, job_input: JobInput, plan: LLMPlan,
                    received: dict[int, dict], usage: Usage):
    """The LLM draft from the chunk results received; chunks without one are mapped here."""
    from ..backends import open_cache
    from ..llm.replies import ChunkSummary
    from ..llm.run import DocumentRun, Invalid, gather_all
    from ..llm.transport import Transport

    chunks = plan.map_calls
    if not chunks:
        raise LLMFailure("no_text")
    cache = open_cache(settings)
    doc = DocumentRun(prepared, job_input.options, settings, usage, None, Transport(settings, usage), cache, plan)

    async def one(c: MapCall):
        r = received.get(c.index)
        if r is None:  # a one-chunk document, or a result lost on the way: map it here (cached if done)
            try:
                return await doc.map_planned(c)
            except Invalid as e:
                return e
        if r.get("failure"):
            raise LLMFailure(r["failure"])
        if r.get("invalid"):
            return Invalid(r["invalid"], r.get("problem", ""))
        return [ChunkSummary.model_validate(x) for x in r.get("results", [])]

    try:
        return await doc.finish(await gather_all(one(c) for c in chunks))
    finally:
        if cache.warning and cache.warning not in usage.warnings:
            usage.warnings.append(cache.warning)


def finish(ctx: WorkerContext, job_id: str, run: str, summary: DocumentSummary) -> None:
    if not ctx.store.put(summary):
        summary.warnings.append(NOT_STORED)
    ctx.jobs.finish(job_id, run, summary)
