"""The one app factory, and `serve` (what `zhaiyao serve` runs)."""

from __future__ import annotations

import logging
import os
import shutil
import tempfile

from fastapi import FastAPI

from ..backends import open_store
from ..metrics import MULTIPROC_ENV, ServiceMetrics
from ..pipeline import asummarize
from ..scale.queue import JobQueue
from ..settings import Settings, get_settings
from ..startup import warm_up_llm
from ..store import RecentSummaries
from . import jobs, ops, page, summaries
from .deps import Summarize
from .errors import install_error_handlers
from .middleware import MetricsMiddleware
from .openapi import ZhaiyaoAPI


def create_app(settings: Settings | None = None, *, summarize: Summarize = asummarize) -> FastAPI:
    """The service as an ASGI app. Without `settings`, they are read from the environment.

    `summarize` does the work for `POST /v1/summaries`: `service.pipeline.asummarize` or a
    function with its signature (tests pass stand-ins). What the routes use is on `app.state`:
    `settings`, `metrics`, `store` (summaries by doc_id), `recent` (answers kept in memory),
    `summarize`, and `jobs` (the job queue; None without ZHAIYAO_REDIS_URL).
    """
    settings = settings or get_settings()
    app = ZhaiyaoAPI(
        title="zhaiyao",
        version="0.1.0",
        summary="Structured, grounded summaries of long, messy documents (Chinese and English)",
        description="POST a document to `/v1/summaries`; every quote in the answer is an exact substring of the "
        "cleaned text. Errors always look like `{\"error\": {\"code\": ..., \"message\": ...}}`.",
    )
    app.state.settings = settings
    app.state.metrics = ServiceMetrics()
    app.state.store = open_store(settings)
    app.state.recent = RecentSummaries()
    app.state.summarize = summarize
    app.state.jobs = JobQueue(settings) if settings.redis_url else None
    app.add_middleware(MetricsMiddleware, metrics=app.state.metrics)
    install_error_handlers(app)
    app.include_router(summaries.router)
    app.include_router(jobs.router)
    app.include_router(ops.router)
    app.include_router(page.router)
    page.mount_static(app)
    return app


def create_served_app() -> FastAPI:
    """The app `zhaiyao serve` runs in each worker process: `create_app` from the environment, with
    the LLM stack loaded at start when a key is set, so the first LLM request does not pay for it."""
    app = create_app()
    warm_up_llm(app.state.settings)
    return app


def serve(host: str = "127.0.0.1", port: int = 8000, access_log: bool | None = None,
          workers: int | None = None) -> None:
    """Run the service with uvicorn, in `workers` processes (default ZHAIYAO_WORKERS, 1); each
    builds its app with `create_app` from the environment.

    The workers share the LLM cache (diskcache, safe across processes) and the summary store
    (atomic files) through ZHAIYAO_CACHE_DIR. With several workers their metrics go to a fresh
    PROMETHEUS_MULTIPROC_DIR made for this start and removed at its end, so /metrics reports the
    whole server whichever worker answers.
    """
    import uvicorn

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    settings = get_settings()
    access_log = settings.access_log if access_log is None else access_log
    workers = workers or settings.workers
    metrics_dir = None
    if workers > 1:
        metrics_dir = tempfile.mkdtemp(prefix="zhaiyao-metrics-")
        os.environ[MULTIPROC_ENV] = metrics_dir  # the workers inherit it
    try:
        uvicorn.run("service.http.app:create_served_app", factory=True, host=host, port=port, proxy_headers=False,
                    server_header=False, access_log=access_log, workers=workers)
    finally:
        if metrics_dir:
            os.environ.pop(MULTIPROC_ENV, None)
            shutil.rmtree(metrics_dir, ignore_errors=True)
