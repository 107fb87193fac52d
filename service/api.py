"""Stage 6, serve: the REST API and the web page, a thin layer over `pipeline.asummarize`.

Everything a client can get wrong becomes a JSON error of one shape,
`{"error": {"code": ..., "message": ...}}`, with a 4xx status; a 500 means a bug in this service.
"""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import json
import logging
import re
import time
from collections.abc import AsyncIterator
from http import HTTPStatus
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Depends, FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse, PlainTextResponse, Response, StreamingResponse
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, ConfigDict, Field, ValidationError
from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.requests import ClientDisconnect
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .errors import ZhaiyaoError
from .metrics import ServiceMetrics
from .pipeline import asummarize
from .progress import Progress
from .schemas import DocumentSummary, Mode, Script, SummaryOptions
from .settings import Settings, get_settings
from .store import RecentSummaries, SummaryStore

log = logging.getLogger(__name__)

STATIC_DIR = Path(__file__).parent / "static"
# Raw bodies the pipeline reads as a document (the cleaner handles markup).
RAW_MEDIA_TYPES = {"text/plain", "text/markdown", "text/html"}
UPLOAD_SUFFIXES = {".txt", ".md", ".markdown", ".html", ".htm"}
SUPPORTED_MEDIA = "application/json, text/plain (also text/markdown, text/html) or multipart/form-data"
LONE_SURROGATE = re.compile(r"[\ud800-\udfff]")
# How long a streaming request waits for its first progress event before sending headers:
# input errors found in that time still get their proper 4xx status instead of an error event.
STREAM_FIRST_EVENT_WAIT = 5.0
SSE_KEEPALIVE = 15.0

SEED_EXAMPLE = (
    "2023年，吕良镇坚定不移实施“工业强镇”战略。全年新招引亿元以上工业项目7个，其中10亿元以上项目2个。"
    "规上工业产值突破60亿元、同比增长86%。2024年，力争规上工业产值突破80亿元。"
)


class SummaryRequest(BaseModel):
    """JSON body of `POST /v1/summaries`."""

    model_config = ConfigDict(extra="forbid")

    text: str = Field(description="The document: plain text, Markdown or HTML, any length up to ZHAIYAO_MAX_BYTES")
    title: str | None = Field(None, max_length=1000, description="Title to report; default: found in the text")
    options: SummaryOptions = Field(default_factory=SummaryOptions)


class ErrorDetail(BaseModel):
    code: str = Field(description="Stable machine-readable code, e.g. empty_document, payload_too_large")
    message: str = Field(description="What went wrong, for people")


class ErrorResponse(BaseModel):
    error: ErrorDetail


class ApiError(Exception):
    """A client error found by the HTTP layer itself (auth, size, media type, malformed body)."""

    def __init__(self, status: int, code: str, message: str, headers: dict[str, str] | None = None):
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.headers = headers


def error_response(status: int, code: str, message: str, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse({"error": {"code": code, "message": message}}, status_code=status, headers=headers)


HTTP_CODES = {
    400: "bad_request",
    401: "unauthorized",
    404: "not_found",
    405: "method_not_allowed",
    413: "payload_too_large",
    415: "unsupported_media_type",
    422: "invalid_request",
}


def _describe_validation_errors(errors: Any) -> str:
    parts = []
    for err in list(errors)[:10]:
        loc = ".".join(str(p) for p in err.get("loc", ()) if p != "body") or "body"
        # Only location and message: the offending input is never echoed back (it may be huge or secret).
        parts.append(f"{loc}: {err.get('msg', 'invalid')}")
    return "; ".join(parts) or "invalid request"


# ---------------------------------------------------------------- metrics middleware


class MetricsMiddleware:
    """Counts every HTTP request by route template (not raw path: bounded label values) and status."""

    def __init__(self, app: ASGIApp, metrics: ServiceMetrics):
        self.app = app
        self.metrics = metrics

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        status = 500  # what the client gets if the app raises before responding

        async def send_and_note_status(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, send_and_note_status)
        finally:
            route = scope.get("route")
            route_label = getattr(route, "path", None) or "unmatched"
            labels = {"route": route_label, "method": scope.get("method", ""), "status": str(status)}
            self.metrics.requests.inc(**labels)
            self.metrics.latency.observe(time.perf_counter() - started, **labels)


# ---------------------------------------------------------------- request reading


def _media_type(request: Request) -> tuple[str, dict[str, str]]:
    raw = request.headers.get("content-type", "")
    media, _, rest = raw.partition(";")
    params = {}
    for part in rest.split(";"):
        key, sep, value = part.partition("=")
        if sep:
            params[key.strip().lower()] = value.strip().strip('"')
    return media.strip().lower(), params


async def read_body_limited(request: Request, limit: int) -> bytes:
    """The request body, refusing (413) as soon as it is known to exceed `limit` bytes.

    Content-Length is checked first, so an honest large upload is refused before any of it is
    read; the running count catches chunked bodies and lying headers. At most `limit` bytes
    are ever held in memory.
    """
    declared = request.headers.get("content-length")
    if declared is not None:
        try:
            declared_n = int(declared)
        except ValueError:
            raise ApiError(400, "bad_request", "the Content-Length header is not a number") from None
        if declared_n > limit:
            raise _too_large(limit, declared_n)
    buf = bytearray()
    try:
        async for chunk in request.stream():
            buf += chunk
            if len(buf) > limit:
                raise _too_large(limit, None)
    except ClientDisconnect:
        raise ApiError(400, "client_disconnected", "the client went away before sending the whole body") from None
    return bytes(buf)


def _too_large(limit: int, declared: int | None) -> ApiError:
    size = f" ({declared} bytes)" if declared is not None else ""
    return ApiError(
        413,
        "payload_too_large",
        f"the request body{size} is larger than the limit of {limit} bytes (ZHAIYAO_MAX_BYTES)",
    )


def _clean_str(value: str | None) -> str | None:
    # JSON may carry lone surrogates ("\ud800"), which no encoder accepts later on.
    return LONE_SURROGATE.sub("\ufffd", value) if value is not None else None


def _options_from(base: dict[str, Any], override: dict[str, Any] | None = None, where: str = "options") -> SummaryOptions:
    merged = {k: v for k, v in base.items() if v is not None}
    merged.update(override or {})
    try:
        return SummaryOptions.model_validate(merged)
    except ValidationError as e:
        raise ApiError(422, "invalid_request", _describe_validation_errors(
            [{**err, "loc": (where, *err.get("loc", ()))} for err in e.errors()]
        )) from None


async def parse_summary_request(
    request: Request, settings: Settings, query_options: dict[str, Any], query_title: str | None
) -> tuple[str | bytes, SummaryOptions, str | None]:
    """(document text or raw bytes, options, title) from any of the three accepted body kinds."""
    media, params = _media_type(request)
    if media not in {"application/json", "multipart/form-data", *RAW_MEDIA_TYPES}:
        shown = media or "no Content-Type"
        hint = " (curl -d sends that by default: add -H 'Content-Type: text/plain')" if (
            media == "application/x-www-form-urlencoded") else ""
        raise ApiError(415, "unsupported_media_type", f"cannot summarize {shown}{hint}; send {SUPPORTED_MEDIA}")
    body = await read_body_limited(request, settings.max_bytes)

    if media == "application/json":
        try:
            payload = json.loads(body)
        except (ValueError, RecursionError) as e:
            # ValueError covers bad JSON and bytes that are not UTF-8; RecursionError very deep nesting.
            reason = "nested too deeply" if isinstance(e, RecursionError) else str(e)
            raise ApiError(422, "invalid_json", f"the body is not valid JSON: {reason}") from None
        try:
            req = SummaryRequest.model_validate(payload)
        except ValidationError as e:
            raise ApiError(422, "invalid_request", _describe_validation_errors(e.errors())) from None
        explicit = req.options.model_dump(include=req.options.model_fields_set)
        options = _options_from(query_options, explicit)
        return _clean_str(req.text) or "", options, _clean_str(req.title) or query_title

    if media in RAW_MEDIA_TYPES:
        charset = params.get("charset")
        if charset:
            try:
                return body.decode(charset), _options_from(query_options), query_title
            except (LookupError, UnicodeDecodeError) as e:
                raise ApiError(
                    422, "undecodable_document", f"the body is not valid {charset} text: {e}"
                ) from None
        return body, _options_from(query_options), query_title

    # multipart/form-data: the buffered body is handed to Starlette's parser.
    request._body = body  # noqa: SLF001  (Starlette reads the body from here once it is set)
    try:
        form = await request.form(max_files=1, max_fields=10)
    except StarletteHTTPException as e:
        raise ApiError(400, "bad_request", f"malformed multipart body: {e.detail}") from None
    try:
        upload = form.get("file")
        if not isinstance(upload, UploadFile):
            raise ApiError(422, "invalid_request", "a multipart upload needs the document in a field named 'file'")
        suffix = Path(upload.filename or "").suffix.lower()
        part_type = (upload.content_type or "").split(";")[0].strip().lower()
        if suffix not in UPLOAD_SUFFIXES and not (not suffix and part_type in RAW_MEDIA_TYPES):
            raise ApiError(
                415,
                "unsupported_media_type",
                f"cannot summarize a '{suffix or part_type or 'unnamed'}' file; upload .txt, .md or .html",
            )
        data = await upload.read()
        fields = {k: v for k, v in form.items() if k in {"mode", "max_chars", "script"} and isinstance(v, str)}
        unknown = sorted(k for k in form.keys() if k not in {"file", "title", "mode", "max_chars", "script"})
        if unknown:
            raise ApiError(422, "invalid_request", f"unknown form fields: {', '.join(unknown)}")
        title = form.get("title")
        options = _options_from(query_options, {k: v for k, v in fields.items() if v != ""}, where="form")
        return data, options, (title if isinstance(title, str) and title else None) or query_title
    finally:
        await form.close()


# ---------------------------------------------------------------- OpenAPI


def _request_body_openapi() -> dict[str, Any]:
    return {
        "required": True,
        "description": "The document, as JSON, as a raw text body, or as an uploaded file. Options for raw and "
        "uploaded bodies come from the query string (or form fields); JSON options win over query options.",
        "content": {
            "application/json": {
                "schema": {"$ref": "#/components/schemas/SummaryRequest"},
                "examples": {
                    "chinese": {
                        "summary": "A Chinese government report, extractive",
                        "value": {"text": SEED_EXAMPLE, "title": "吕良镇工业强镇", "options": {"mode": "extractive"}},
                    },
                    "english_short": {
                        "summary": "English text, at most 200 characters",
                        "value": {
                            "text": "The city council approved a budget of $12 million for new bike lanes. "
                            "Construction starts in March and should finish by 2026.",
                            "options": {"max_chars": 200},
                        },
                    },
                    "traditional_output": {
                        "summary": "Chinese summary in Traditional script",
                        "value": {"text": SEED_EXAMPLE, "options": {"script": "traditional"}},
                    },
                },
            },
            "text/plain": {
                "schema": {"type": "string"},
                "examples": {"plain": {"summary": "Raw text (any encoding; detected)", "value": SEED_EXAMPLE}},
            },
            "multipart/form-data": {
                "schema": {
                    "type": "object",
                    "required": ["file"],
                    "properties": {
                        "file": {"type": "string", "format": "binary", "description": ".txt, .md or .html"},
                        "title": {"type": "string"},
                        "mode": {"type": "string", "enum": ["auto", "llm", "extractive"]},
                        "max_chars": {"type": "integer", "minimum": 40, "maximum": 5000},
                        "script": {"type": "string", "enum": ["auto", "simplified", "traditional"]},
                    },
                },
            },
        },
    }


ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    401: {"model": ErrorResponse, "description": "ZHAIYAO_API_TOKEN is set and the bearer token is missing or wrong"},
    413: {"model": ErrorResponse, "description": "Body larger than ZHAIYAO_MAX_BYTES"},
    415: {"model": ErrorResponse, "description": "Unsupported Content-Type or file type"},
    422: {"model": ErrorResponse, "description": "Empty, undecodable or malformed document or options"},
    503: {"model": ErrorResponse, "description": "mode 'llm' asked for but no OPENAI_API_KEY is configured"},
}


# ---------------------------------------------------------------- the app


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or get_settings()
    metrics = ServiceMetrics()
    store = SummaryStore(settings.cache_dir)
    recent = RecentSummaries()
    token = settings.api_token.get_secret_value() if settings.api_token else ""

    app = FastAPI(
        title="zhaiyao",
        version="0.1.0",
        summary="Structured, grounded summaries of long, messy documents (Chinese and English)",
        description="POST a document to `/v1/summaries`; every quote in the answer is an exact substring of the "
        "cleaned text. Errors always look like `{\"error\": {\"code\": ..., \"message\": ...}}`.",
    )
    app.state.settings = settings
    app.state.metrics = metrics
    app.state.store = store
    app.add_middleware(MetricsMiddleware, metrics=metrics)

    # ---- errors: one shape for all of them

    @app.exception_handler(ApiError)
    async def _api_error(_: Request, e: ApiError) -> JSONResponse:
        return error_response(e.status, e.code, e.message, e.headers)

    @app.exception_handler(ZhaiyaoError)
    async def _pipeline_error(_: Request, e: ZhaiyaoError) -> JSONResponse:
        return error_response(e.status, e.code, e.message)

    @app.exception_handler(RequestValidationError)
    async def _validation_error(_: Request, e: RequestValidationError) -> JSONResponse:
        return error_response(422, "invalid_request", _describe_validation_errors(e.errors()))

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, e: StarletteHTTPException) -> JSONResponse:
        code = HTTP_CODES.get(e.status_code) or HTTPStatus(e.status_code).phrase.lower().replace(" ", "_")
        message = e.detail if isinstance(e.detail, str) else HTTPStatus(e.status_code).phrase
        if e.status_code == 404 and message == "Not Found":
            message = f"nothing at {request.url.path[:200]}"
        elif e.status_code == 405:
            message = f"{request.method} is not allowed on {request.url.path[:200]}"
        return error_response(e.status_code, code, message, getattr(e, "headers", None))

    @app.exception_handler(Exception)
    async def _bug(request: Request, e: Exception) -> JSONResponse:
        log.exception("unhandled error on %s %s", request.method, request.url.path)
        return error_response(500, "internal_error", "internal error in zhaiyao; the server log has the details")

    # ---- auth

    async def require_token(request: Request) -> None:
        if not token:
            return
        scheme, _, given = request.headers.get("authorization", "").partition(" ")
        if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(), token.encode()):
            raise ApiError(
                401,
                "unauthorized",
                "this server needs 'Authorization: Bearer <ZHAIYAO_API_TOKEN>'",
                headers={"WWW-Authenticate": "Bearer"},
            )

    # ---- summaries

    async def summarize_and_keep(
        text: str | bytes, options: SummaryOptions, title: str | None, on_progress=None
    ) -> DocumentSummary:
        summary = await asummarize(text, options, title=title, settings=settings, on_progress=on_progress)
        metrics.summaries.inc(method=summary.method)
        metrics.llm_calls.inc(summary.stats.llm_calls)
        metrics.cache_hits.inc(summary.stats.cache_hits)
        metrics.tokens.inc(summary.stats.prompt_tokens, kind="prompt")
        metrics.tokens.inc(summary.stats.completion_tokens, kind="completion")
        if any(w.startswith("llm_fallback") for w in summary.warnings):
            metrics.fallbacks.inc()
        if not await asyncio.to_thread(store.put, summary):
            summary.warnings.append("not_stored: the cache directory is not writable; GET by doc_id will 404")
        return summary

    v1 = APIRouter(prefix="/v1", dependencies=[Depends(require_token)], tags=["summaries"])

    @v1.post(
        "/summaries",
        response_model=DocumentSummary,
        responses={
            200: {
                "description": "The summary; with `stream=true`, Server-Sent Events: `progress` events "
                "`{index, total, stage}` per finished chunk, then one `summary` event (or an `error` event)",
                "content": {"text/event-stream": {"schema": {"type": "string"}}},
            },
            **ERROR_RESPONSES,
        },
        openapi_extra={"requestBody": _request_body_openapi()},
        summary="Summarize a document",
    )
    async def create_summary(
        request: Request,
        stream: Annotated[bool, Query(description="Answer with Server-Sent Events showing progress per chunk")] = False,
        mode: Annotated[Mode | None, Query(description="For text/plain and uploads (JSON: options.mode)")] = None,
        max_chars: Annotated[int | None, Query(ge=40, le=5000, description="For text/plain and uploads")] = None,
        script: Annotated[Script | None, Query(description="For text/plain and uploads")] = None,
        title: Annotated[str | None, Query(max_length=1000, description="For text/plain and uploads")] = None,
    ) -> Any:
        query_options = {"mode": mode, "max_chars": max_chars, "script": script}
        text, options, doc_title = await parse_summary_request(request, settings, query_options, title)
        if stream:
            return await stream_summary(text, options, doc_title)
        key = recent.key(text, options.model_dump_json(), doc_title)
        body = recent.get(key)
        if body is not None:
            metrics.summary_cache_hits.inc()
            return Response(body, media_type="application/json", headers={"X-Zhaiyao-Cache": "hit"})
        summary = await summarize_and_keep(text, options, doc_title)
        body = summary.model_dump_json().encode()
        recent.put(key, summary, body)
        return Response(body, media_type="application/json", headers={"X-Zhaiyao-Cache": "miss"})

    async def stream_summary(text: str | bytes, options: SummaryOptions, title: str | None) -> Any:
        loop = asyncio.get_running_loop()
        queue: asyncio.Queue[Progress] = asyncio.Queue()

        def on_progress(p: Progress) -> None:
            # Called from the event loop or from a worker thread: hand over thread-safely either way.
            loop.call_soon_threadsafe(queue.put_nowait, p)

        task = asyncio.create_task(summarize_and_keep(text, options, title, on_progress))
        # Errors in the input (empty, undecodable, no LLM key) show up before any progress:
        # wait briefly so they get their own status code, not a 200 with an error event.
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(_first_sign(task, queue), STREAM_FIRST_EVENT_WAIT)
        if task.done() and task.exception() is not None:
            raise task.exception()  # type: ignore[misc]

        async def events() -> AsyncIterator[str]:
            try:
                while True:
                    while not queue.empty():
                        yield _sse("progress", _progress_json(queue.get_nowait()))
                    if task.done():
                        break
                    getter = asyncio.ensure_future(queue.get())
                    done, _ = await asyncio.wait({task, getter}, timeout=SSE_KEEPALIVE,
                                                 return_when=asyncio.FIRST_COMPLETED)
                    if getter in done:
                        yield _sse("progress", _progress_json(getter.result()))
                    else:
                        getter.cancel()
                    if not done:
                        yield ": still working\n\n"
                await asyncio.sleep(0)  # let progress callbacks scheduled just before the end run
                while not queue.empty():
                    yield _sse("progress", _progress_json(queue.get_nowait()))
                exc = task.exception()
                if exc is None:
                    yield _sse("summary", task.result().model_dump_json())
                elif isinstance(exc, ZhaiyaoError):
                    yield _sse("error", json.dumps({"error": {"code": exc.code, "message": exc.message}}))
                else:
                    log.error("summary stream failed", exc_info=exc)
                    yield _sse("error", json.dumps({"error": {"code": "internal_error",
                                                              "message": "internal error in zhaiyao"}}))
            finally:
                if not task.done():  # the client went away: stop working for it
                    task.cancel()

        return StreamingResponse(
            events(), media_type="text/event-stream", headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"}
        )

    @v1.get(
        "/summaries/{doc_id}",
        response_model=DocumentSummary,
        responses={404: {"model": ErrorResponse, "description": "No summary stored under this id"},
                   401: ERROR_RESPONSES[401]},
        summary="Get a stored summary by doc_id",
    )
    async def get_summary(doc_id: str) -> DocumentSummary:
        summary = await asyncio.to_thread(store.get, doc_id)
        if summary is None:
            raise ApiError(404, "not_found", f"no stored summary with doc_id {doc_id[:80]!r}")
        return summary

    app.include_router(v1)

    # ---- operations

    @app.get("/healthz", tags=["operations"], summary="Liveness")
    async def healthz() -> dict[str, str]:
        return {"status": "ok"}

    @app.get("/readyz", tags=["operations"], summary="Readiness: cache writable, which summarizer answers",
             responses={503: {"description": "The cache directory is not writable"}})
    async def readyz() -> JSONResponse:
        writable, cache_note = await asyncio.to_thread(store.writable)
        if settings.llm_configured:
            summarizer = f"llm ({settings.model}), extractive fallback"
        else:
            summarizer = "extractive only: no OPENAI_API_KEY is set, so mode 'llm' requests get 503"
        body = {
            "status": "ready" if writable else "not_ready",
            "cache": {"writable": writable, "detail": cache_note},
            "llm_configured": settings.llm_configured,
            "summarizer": summarizer,
            "auth": "bearer token required on /v1/* and /metrics" if token else "open (no ZHAIYAO_API_TOKEN)",
        }
        return JSONResponse(body, status_code=200 if writable else 503)

    @app.get("/metrics", tags=["operations"], summary="Prometheus metrics", response_class=PlainTextResponse,
             dependencies=[Depends(require_token)])
    async def metrics_endpoint() -> PlainTextResponse:
        return PlainTextResponse(metrics.render(), media_type="text/plain; version=0.0.4; charset=utf-8")

    # ---- the page

    @app.get("/", include_in_schema=False)
    async def page() -> FileResponse:
        return FileResponse(STATIC_DIR / "index.html", media_type="text/html; charset=utf-8")

    if STATIC_DIR.is_dir():
        app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")

    _install_openapi(app)
    return app


async def _first_sign(task: asyncio.Task, queue: asyncio.Queue) -> None:
    """Return when the task has finished or has reported progress (left in the queue)."""
    while not task.done() and queue.empty():
        await asyncio.wait({task}, timeout=0.02)


def _progress_json(p: Progress) -> str:
    return p.model_dump_json()


def _sse(event: str, data: str) -> str:
    # data is JSON on one line (json.dumps / model_dump_json never emit raw newlines).
    return f"event: {event}\ndata: {data}\n\n"


def _install_openapi(app: FastAPI) -> None:
    """Add the request body models (read by hand, so FastAPI does not see them) to the schema."""

    def openapi() -> dict[str, Any]:
        if app.openapi_schema:
            return app.openapi_schema
        schema = FastAPI.openapi(app)
        request_schema = SummaryRequest.model_json_schema(ref_template="#/components/schemas/{model}")
        components = schema.setdefault("components", {}).setdefault("schemas", {})
        for name, sub in request_schema.pop("$defs", {}).items():
            components.setdefault(name, sub)
        components["SummaryRequest"] = request_schema
        app.openapi_schema = schema
        return schema

    app.openapi = openapi  # type: ignore[method-assign]


def serve(host: str = "127.0.0.1", port: int = 8000, access_log: bool | None = None) -> None:
    """Run the service with uvicorn (what `zhaiyao serve` does)."""
    import uvicorn

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    settings = get_settings()
    uvicorn.run(create_app(settings), host=host, port=port, proxy_headers=False, server_header=False,
                access_log=settings.access_log if access_log is None else access_log)


app = create_app()
