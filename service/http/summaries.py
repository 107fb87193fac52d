"""`/v1/summaries`: summarize a document (answered at once or as Server-Sent Events), get one by doc_id."""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import json
import logging
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import Response, StreamingResponse

from ..errors import ZhaiyaoError
from ..llm.plan import SummaryPlan
from ..metrics import ServiceMetrics
from ..pipeline import aplan_summary
from ..progress import Progress, ProgressCallback
from ..schemas import DocumentSummary, Mode, Script, SummaryOptions
from ..settings import Settings
from ..store import RecentSummaries, SummaryStore
from .auth import RequireToken
from .deps import StoreDep, Summarize
from .errors import ApiError, ErrorResponse
from .openapi import ERROR_RESPONSES, request_body_openapi
from .parsing import parse_summary_request

log = logging.getLogger(__name__)

# How long a streaming request waits for its first progress event before sending headers:
# input errors found in that time still get their proper 4xx status instead of an error event.
STREAM_FIRST_EVENT_WAIT = 5.0
SSE_KEEPALIVE = 15.0


@dataclass(frozen=True)
class Summaries:
    """What `POST /v1/summaries` works with, from `app.state`: the summarize function, and where its
    results go (the metrics, the store for GET by doc_id, the recent answers kept in memory)."""

    summarize: Summarize
    settings: Settings
    metrics: ServiceMetrics
    store: SummaryStore
    recent: RecentSummaries

    async def summarize_and_keep(
        self, text: str | bytes, options: SummaryOptions, title: str | None,
        on_progress: ProgressCallback | None = None,
    ) -> DocumentSummary:
        summary = await self.summarize(text, options, title=title, settings=self.settings, on_progress=on_progress)
        metrics = self.metrics
        metrics.summaries.inc(method=summary.method)
        metrics.llm_calls.inc(summary.stats.llm_calls)
        metrics.cache_hits.inc(summary.stats.cache_hits)
        metrics.tokens.inc(summary.stats.prompt_tokens, kind="prompt")
        metrics.tokens.inc(summary.stats.cached_prompt_tokens, kind="cached_prompt")
        metrics.tokens.inc(summary.stats.completion_tokens, kind="completion")
        if any(w.startswith("llm_fallback") for w in summary.warnings):
            metrics.fallbacks.inc()
        if not await asyncio.to_thread(self.store.put, summary):
            summary.warnings.append("not_stored: the cache directory is not writable; GET by doc_id will 404")
        return summary


    def capped(self, max_cost: float) -> Summaries:
        """The same, with a spending cap no higher than the service's own."""
        cap = min(max_cost, self.settings.max_cost or max_cost)
        return dataclasses.replace(self, settings=self.settings.model_copy(update={"max_cost": cap}))


async def get_summaries(request: Request) -> Summaries:
    # One dependency read straight from app.state: every dependency costs a little on each request.
    state = request.app.state
    return Summaries(state.summarize, state.settings, state.metrics, state.store, state.recent)


SummariesDep = Annotated[Summaries, Depends(get_summaries)]

router = APIRouter(prefix="/v1", dependencies=[RequireToken], tags=["summaries"])


@router.post(
    "/summaries",
    response_model=DocumentSummary | SummaryPlan,
    responses={
        200: {
            "description": "The summary (`DocumentSummary`); with `dry_run=true`, the plan and its cost "
            "(`SummaryPlan`) and no LLM call; with `stream=true`, Server-Sent Events: `progress` events "
            "`{index, total, stage}` per finished chunk, then one `summary` event (or an `error` event)",
            "content": {"text/event-stream": {"schema": {"type": "string"}}},
        },
        **ERROR_RESPONSES,
    },
    openapi_extra={"requestBody": request_body_openapi()},
    summary="Summarize a document",
)
async def create_summary(
    request: Request,
    summaries: SummariesDep,
    stream: Annotated[bool, Query(description="Answer with Server-Sent Events showing progress per chunk")] = False,
    mode: Annotated[Mode | None, Query(description="For text/plain and uploads (JSON: options.mode)")] = None,
    max_chars: Annotated[int | None, Query(ge=40, le=5000, description="For text/plain and uploads")] = None,
    script: Annotated[Script | None, Query(description="For text/plain and uploads")] = None,
    title: Annotated[str | None, Query(max_length=1000, description="For text/plain and uploads")] = None,
    dry_run: Annotated[bool, Query(description="Return the plan (calls, tokens, cost range) without calling "
                                   "the LLM")] = False,
    max_cost: Annotated[float | None, Query(gt=0, description="Spending cap in US dollars for this document "
                                            "(lower than ZHAIYAO_MAX_COST to take effect): refused with 422 "
                                            "over_budget when the upper estimate is over it")] = None,
) -> Any:
    query_options = {"mode": mode, "max_chars": max_chars, "script": script}
    text, options, doc_title = await parse_summary_request(request, summaries.settings.max_bytes, query_options, title)
    if max_cost is not None:
        summaries = summaries.capped(max_cost)
    if dry_run:
        plan = await aplan_summary(text, options, settings=summaries.settings)
        return Response(plan.model_dump_json().encode(), media_type="application/json")
    if stream:
        return await stream_summary(summaries, text, options, doc_title)
    recent = summaries.recent
    key = recent.key(text, f"{options.model_dump_json()}|{summaries.settings.max_cost}", doc_title)
    body = recent.get(key)
    if body is not None:
        summaries.metrics.summary_cache_hits.inc()
        return Response(body, media_type="application/json", headers={"X-Zhaiyao-Cache": "hit"})
    summary = await summaries.summarize_and_keep(text, options, doc_title)
    body = summary.model_dump_json().encode()
    recent.put(key, summary, body)
    return Response(body, media_type="application/json", headers={"X-Zhaiyao-Cache": "miss"})


@router.get(
    "/summaries/{doc_id}",
    response_model=DocumentSummary,
    responses={404: {"model": ErrorResponse, "description": "No summary stored under this id"},
               401: ERROR_RESPONSES[401]},
    summary="Get a stored summary by doc_id",
)
async def get_summary(doc_id: str, store: StoreDep) -> DocumentSummary:
    summary = await asyncio.to_thread(store.get, doc_id)
    if summary is None:
        raise ApiError(404, "not_found", f"no stored summary with doc_id {doc_id[:80]!r}")
    return summary


# ---------------------------------------------------------------- Server-Sent Events


async def stream_summary(
    summaries: Summaries, text: str | bytes, options: SummaryOptions, title: str | None
) -> StreamingResponse:
    """`progress` events as the work goes on, then one `summary` (or `error`) event.

    Errors in the input (empty, undecodable, no LLM key) show up before any progress: the
    response waits briefly for a first sign, so they keep their own status code rather than
    becoming a 200 with an error event.
    """
    loop = asyncio.get_running_loop()
    queue: asyncio.Queue[Progress] = asyncio.Queue()

    def on_progress(p: Progress) -> None:
        # Called from the event loop or from a worker thread: hand over thread-safely either way.
        loop.call_soon_threadsafe(queue.put_nowait, p)

    task = asyncio.create_task(summaries.summarize_and_keep(text, options, title, on_progress))
    with contextlib.suppress(TimeoutError):
        await asyncio.wait_for(_first_sign(task, queue), STREAM_FIRST_EVENT_WAIT)
    if task.done() and task.exception() is not None:
        raise task.exception()  # type: ignore[misc]
    return StreamingResponse(
        _events(task, queue), media_type="text/event-stream",
        headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"},
    )


async def _events(task: asyncio.Task[DocumentSummary], queue: asyncio.Queue[Progress]) -> AsyncIterator[str]:
    try:
        while True:
            while not queue.empty():
                yield _sse("progress", queue.get_nowait().model_dump_json())
            if task.done():
                break
            getter = asyncio.ensure_future(queue.get())
            done, _ = await asyncio.wait({task, getter}, timeout=SSE_KEEPALIVE, return_when=asyncio.FIRST_COMPLETED)
            if getter in done:
                yield _sse("progress", getter.result().model_dump_json())
            else:
                getter.cancel()
            if not done:
                yield ": still working\n\n"
        await asyncio.sleep(0)  # let progress callbacks scheduled just before the end run
        while not queue.empty():
            yield _sse("progress", queue.get_nowait().model_dump_json())
        yield _last_event(task)
    finally:
        if not task.done():  # the client went away: stop working for it
            task.cancel()


def _last_event(task: asyncio.Task[DocumentSummary]) -> str:
    exc = task.exception()
    if exc is None:
        return _sse("summary", task.result().model_dump_json())
    if isinstance(exc, ZhaiyaoError):
        return _sse("error", json.dumps({"error": {"code": exc.code, "message": exc.message}}))
    log.error("summary stream failed", exc_info=exc)
    return _sse("error", json.dumps({"error": {"code": "internal_error", "message": "internal error in zhaiyao"}}))


async def _first_sign(task: asyncio.Task[DocumentSummary], queue: asyncio.Queue[Progress]) -> None:
    """Return when the task has finished or has reported progress (left in the queue)."""
    while not task.done() and queue.empty():
        await asyncio.wait({task}, timeout=0.02)


def _sse(event: str, data: str) -> str:
    # data is JSON on one line (json.dumps / model_dump_json never emit raw newlines).
    return f"event: {event}\ndata: {data}\n\n"
