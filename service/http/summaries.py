"""`/v1/summaries`: summarize a document (answered at once or as Server-Sent Events), get one by doc_id."""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import json
import logging
from collections.abc import AsyncIterator, Callable, Coroutine
from dataclasses import dataclass
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response, StreamingResponse
from fastapi.routing import APIRoute

from ..errors import ZhaiyaoError
from ..llm.plan import SummaryPlan
from ..metrics import ServiceMetrics
from ..pipeline import aplan_summary
from ..progress import Progress, ProgressCallback
from ..schemas import DocumentSummary, SummaryOptions
from ..settings import Settings
from ..store import NOT_STORED, RecentSummaries, SummaryStore
from .auth import RequireToken, check_token
from .deps import StoreDep, Summarize
from .errors import ApiError, ErrorResponse
from .openapi import ERROR_RESPONSES, query_parameters, request_body_openapi
from .parsing import parse_summary_body, read_query, read_summary_body

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
        metrics.summaries.labels(summary.method).inc()
        metrics.llm_calls.inc(summary.stats.llm_calls)
        metrics.cache_hits.inc(summary.stats.cache_hits)
        metrics.tokens.labels("prompt").inc(summary.stats.prompt_tokens)
        metrics.tokens.labels("cached_prompt").inc(summary.stats.cached_prompt_tokens)
        metrics.tokens.labels("completion").inc(summary.stats.completion_tokens)
        if any(w.startswith("llm_fallback") for w in summary.warnings):
            metrics.fallbacks.inc()
        if not await asyncio.to_thread(self.store.put, summary):
            summary.warnings.append(NOT_STORED)
        return summary

    def hit(self, body: bytes) -> Response:
        """An answer from the summaries finished earlier in this process."""
        self.metrics.summary_cache_hits.inc()
        return Response(body, media_type="application/json", headers={"X-Zhaiyao-Cache": "hit"})

    def capped(self, max_cost: float) -> Summaries:
        """The same, with a spending cap no higher than the service's own."""
        cap = min(max_cost, self.settings.max_cost or max_cost)
        return dataclasses.replace(self, settings=self.settings.model_copy(update={"max_cost": cap}))

class RequestRoute(APIRoute):
    """A route whose endpoint takes the request alone and reads everything else itself.

    FastAPI calls it without solving dependencies or parameters (there are none to solve), a
    large share of the time of a request answered from memory; the OpenAPI document still comes
    from the route's declarations. (A custom `APIRoute.get_route_handler`, FastAPI's documented
    extension point.)
    """

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        return self.endpoint


router = APIRouter(prefix="/v1", tags=["summaries"])


async def create_summary(request: Request) -> Response:
    # Token, query and body are read by hand, in that order (401, then 422 for the query, then
    # 415/413, then the body's errors): no dependency and no declared parameter, whose handling
    # would cost more than the rest of a request answered from memory.
    check_token(request)
    query = read_query(request)
    state = request.app.state
    summaries = Summaries(state.summarize, state.settings, state.metrics, state.store, state.recent)
    media, params, raw = await read_summary_body(request, summaries.settings.max_bytes)
    recent = summaries.recent
    raw_key = None
    if not query.stream and not query.dry_run:
        # The same request as before, byte for byte: answered before its body is even parsed.
        raw_key = recent.raw_key(request.headers.get("content-type", ""), request.scope["query_string"], raw)
        body = recent.get(raw_key)
        if body is not None:
            return summaries.hit(body)
    text, options, doc_title = await parse_summary_body(request, media, params, raw, query.options(), query.title)
    if query.max_cost is not None:
        summaries = summaries.capped(query.max_cost)
    if query.dry_run:
        plan = await aplan_summary(text, options, settings=summaries.settings)
        return Response(plan.model_dump_json().encode(), media_type="application/json")
    if raw_key is None:
        return await stream_summary(summaries, text, options, doc_title)
    key = recent.key(text, f"{options.model_dump_json()}|{summaries.settings.max_cost}", doc_title)
    body = recent.get(key)
    if body is not None:
        recent.alias(body, raw_key)
        return summaries.hit(body)
    summary = await summaries.summarize_and_keep(text, options, doc_title)
    body = summary.model_dump_json().encode()
    recent.put(key, summary, body, raw_key)
    return Response(body, media_type="application/json", headers={"X-Zhaiyao-Cache": "miss"})


router.add_api_route(
    "/summaries",
    create_summary,
    methods=["POST"],
    route_class_override=RequestRoute,
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
    openapi_extra={"requestBody": request_body_openapi(), "parameters": query_parameters()},
    summary="Summarize a document",
)


@router.get(
    "/summaries/{doc_id}",
    dependencies=[RequireToken],
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
