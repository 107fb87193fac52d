"""`/v1/jobs`: summaries as background jobs, run by `zhaiyao worker` processes (needs Redis).

POST takes the same bodies and options as `POST /v1/summaries` and answers at once (202) with the
job's id; GET shows its status, progress and, once done, the same `DocumentSummary`; `/events`
streams its progress as Server-Sent Events (the event names of the summaries stream); DELETE
cancels or forgets it. Without ZHAIYAO_REDIS_URL every route answers 503 `jobs_unavailable`; with
a Redis that does not answer, 503 with Retry-After.
"""

from __future__ import annotations

import asyncio
import json
import re
from collections.abc import AsyncIterator, Callable
from typing import Annotated, Any, TypeVar

from fastapi import APIRouter, Depends, Header, Query, Request
from fastapi.responses import JSONResponse, Response, StreamingResponse

from ..errors import EmptyDocument, JobsUnavailable
from ..pipeline import choose_method
from ..re_cache import compile_re
from ..scale.jobs import Job, JobAccepted, progress_of
from ..scale.queue import JobQueue, Unreachable
from ..schemas import Mode, Script
from .auth import RequireToken
from .deps import SettingsDep
from .errors import ApiError, ErrorResponse
from .openapi import ERROR_RESPONSES, request_body_openapi
from .parsing import parse_summary_request

T = TypeVar("T")
JOB_ID = compile_re(r"^[0-9a-f]{64}$")
RETRY_AFTER = 5  # seconds a client waits before asking a Redis that did not answer again

UNAVAILABLE_TEXT = "No ZHAIYAO_REDIS_URL (jobs_unavailable), or Redis does not answer (jobs_unavailable, with Retry-After)"
UNAVAILABLE = {503: {"model": ErrorResponse, "description": UNAVAILABLE_TEXT}}
# Looking a job up: the token, no such job, no Redis.
LOOKUP = {401: ERROR_RESPONSES[401], 404: {"model": ErrorResponse, "description": "No such job (never submitted, "
                                           "deleted, or expired)"}, **UNAVAILABLE}
SUBMIT = {**ERROR_RESPONSES, 503: {"model": ErrorResponse, "description": f"{UNAVAILABLE_TEXT}; or mode 'llm' "
                                   "asked for but no OPENAI_API_KEY is configured (llm_not_configured)"}}

router = APIRouter(prefix="/v1", dependencies=[RequireToken], tags=["jobs"])


async def get_queue(request: Request) -> JobQueue:
    queue: JobQueue | None = request.app.state.jobs
    if queue is None:
        raise JobsUnavailable("jobs need Redis: start the service with ZHAIYAO_REDIS_URL=redis://… and run "
                              "`zhaiyao worker`; POST /v1/summaries answers without it", retry_after=None)
    return queue


QueueDep = Annotated[JobQueue, Depends(get_queue)]


async def ask(queue: JobQueue, fn: Callable[..., T], *args: Any) -> T:
    """Run a blocking Redis call in a thread; an unreachable Redis becomes 503 with Retry-After."""
    try:
        return await asyncio.to_thread(fn, *args)
    except Unreachable as e:
        raise JobsUnavailable(f"Redis at {queue.where()} cannot be reached ({e}); try again shortly",
                              retry_after=RETRY_AFTER) from None


def _known(job: Job | None, job_id: str) -> Job:
    if job is None:
        raise ApiError(404, "not_found", f"no job with id {job_id[:80]!r} (never submitted, deleted, or expired)")
    return job


@router.post(
    "/jobs",
    status_code=202,
    response_model=JobAccepted,
    responses={202: {"description": "Queued (or the same job, already queued, running or done); the Location "
                     "header is the job's URL"}, **SUBMIT},
    openapi_extra={"requestBody": request_body_openapi()},
    summary="Summarize a document in the background",
)
async def create_job(
    request: Request,
    queue: QueueDep,
    settings: SettingsDep,
    mode: Annotated[Mode | None, Query(description="For text/plain and uploads (JSON: options.mode)")] = None,
    max_chars: Annotated[int | None, Query(ge=40, le=5000, description="For text/plain and uploads")] = None,
    script: Annotated[Script | None, Query(description="For text/plain and uploads")] = None,
    title: Annotated[str | None, Query(max_length=1000, description="For text/plain and uploads")] = None,
) -> JSONResponse:
    query_options = {"mode": mode, "max_chars": max_chars, "script": script}
    text, options, doc_title = await parse_summary_request(request, settings.max_bytes, query_options, title)
    # What can be told without the work is told now; the rest (undecodable, nothing left after
    # cleaning) ends the job as failed with the same code.
    if not text.strip():
        raise EmptyDocument("the document is empty or contains only white space")
    choose_method(options, settings)  # mode 'llm' without a key: 503 llm_not_configured, as for summaries
    job, _ = await ask(queue, queue.submit, text, options, doc_title)
    return JSONResponse(JobAccepted(job_id=job.job_id, status=job.status).model_dump(), status_code=202,
                        headers={"Location": f"/v1/jobs/{job.job_id}"})


@router.get("/jobs/{job_id}", response_model=Job, responses=LOOKUP,
            summary="A job's status, progress, and result or error")
async def get_job(job_id: str, queue: QueueDep) -> Job:
    if not JOB_ID.match(job_id):
        _known(None, job_id)
    return _known(await ask(queue, queue.get, job_id), job_id)


@router.delete("/jobs/{job_id}", status_code=204, responses=LOOKUP,
               summary="Cancel a queued or running job, or forget a finished one")
async def delete_job(job_id: str, queue: QueueDep) -> Response:
    if not JOB_ID.match(job_id) or not await ask(queue, queue.delete, job_id):
        _known(None, job_id)
    return Response(status_code=204)


@router.get(
    "/jobs/{job_id}/events",
    responses={200: {"description": "Server-Sent Events: `progress` events (every one so far, then new ones), "
                     "then one `summary` (or `error`) event; each with an `id` for Last-Event-ID",
                     "content": {"text/event-stream": {"schema": {"type": "string"}}}},
               **LOOKUP},
    summary="Follow a job's progress (Server-Sent Events)",
)
async def job_events(
    job_id: str, queue: QueueDep,
    last_event_id: Annotated[str | None, Header(description="Resume after this event id")] = None,
) -> StreamingResponse:
    if not JOB_ID.match(job_id):
        _known(None, job_id)
    _known(await ask(queue, queue.get, job_id), job_id)
    after = last_event_id if last_event_id and re.fullmatch(r"\d+-\d+", last_event_id) else "0-0"
    return StreamingResponse(_events(queue, job_id, after), media_type="text/event-stream",
                             headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"})


async def _events(queue: JobQueue, job_id: str, after: str) -> AsyncIterator[str]:
    try:
        job = await asyncio.to_thread(queue.get, job_id)
        ended = job is not None and job.status in ("done", "failed")
        # A job that has ended gets its remaining events and its end, and no waiting for more.
        async for item in queue.events(job_id, after, follow=not ended):
            if item is None:
                if await asyncio.to_thread(queue.get, job_id) is None:
                    yield _error("not_found", "the job was deleted or has expired")
                    return
                yield ": still working\n\n"
                continue
            event_id, fields = item
            if fields.get(b"type", b"progress") == b"progress":
                yield _sse("progress", progress_of(fields).model_dump_json(), event_id)
                continue
            for event in _end(await asyncio.to_thread(queue.get, job_id), event_id):
                yield event
            return
        if ended:  # resumed after its last event: the end once more
            for event in _end(job, None):
                yield event
    except Unreachable as e:
        yield _error("jobs_unavailable", f"Redis at {queue.where()} cannot be reached ({e}); reconnect with "
                     "Last-Event-ID to resume")


def _end(job: Job | None, event_id: str | None) -> list[str]:
    """The last events of a job's stream: its final progress and summary, or its error."""
    if job is not None and job.status == "done" and job.result is not None:
        progress = job.progress.model_dump_json() if job.progress else "{}"
        return [_sse("progress", progress, event_id), _sse("summary", job.result.model_dump_json(), event_id)]
    if job is not None and job.error is not None:
        return [_error(job.error.code, job.error.message, event_id)]
    return [_error("not_found", "the job was deleted or has expired")]


def _error(code: str, message: str, event_id: str | None = None) -> str:
    return _sse("error", json.dumps({"error": {"code": code, "message": message}}), event_id)


def _sse(event: str, data: str, event_id: str | None = None) -> str:
    head = f"id: {event_id}\n" if event_id else ""
    return f"{head}event: {event}\ndata: {data}\n\n"

