"""Operations: liveness, readiness (store writable, Redis reachable, which summarizer and build answer) and Prometheus
metrics."""

from __future__ import annotations

import asyncio

from fastapi import APIRouter
from fastapi.responses import JSONResponse, PlainTextResponse

from ..scale.connection import reachable
from .auth import RequireToken
from .deps import MetricsDep, SettingsDep, StoreDep

router = APIRouter(tags=["operations"])


def build() -> str:
    """Which build of the CPU stages answers: compiled by mypyc (setup.py, `make compiled`) or the Python source."""
    from .. import segment

    return "python" if segment.__file__ and segment.__file__.endswith(".py") else "compiled (mypyc)"


@router.get("/healthz", summary="Liveness")
async def healthz() -> dict[str, str]:
    return {"status": "ok"}


@router.get("/readyz", summary="Readiness: summary store writable, Redis reachable, which summarizer answers",
            responses={503: {"description": "The summary store is not writable, or Redis does not answer"}})
async def readyz(settings: SettingsDep, store: StoreDep) -> JSONResponse:
    writable, cache_note = await asyncio.to_thread(store.writable)
    if settings.llm_configured:
        summarizer = f"llm ({settings.model}), extractive fallback"
    else:
        summarizer = "extractive only: no OPENAI_API_KEY is set, so mode 'llm' requests get 503"
    token = settings.api_token.get_secret_value() if settings.api_token else ""
    body: dict = {
        "status": "ready",
        "cache": {"writable": writable, "detail": cache_note},
        "llm_configured": settings.llm_configured,
        "summarizer": summarizer,
        "build": build(),
        "auth": "bearer token required on /v1/* and /metrics" if token else "open (no ZHAIYAO_API_TOKEN)",
        "jobs": "enabled: /v1/jobs queues work for `zhaiyao worker` processes" if settings.redis_url
        else "disabled: no ZHAIYAO_REDIS_URL, so /v1/jobs answers 503",
    }
    ready = writable
    urls = list(dict.fromkeys(u for u in (settings.redis_url, settings.redis_cache_url) if u))
    if urls:
        checks = await asyncio.gather(*(asyncio.to_thread(reachable, u, settings.redis_timeout) for u in urls))
        body["redis"] = {"reachable": all(ok for ok, _ in checks), "detail": "; ".join(note for _, note in checks)}
        ready = ready and body["redis"]["reachable"]
    body["status"] = "ready" if ready else "not_ready"
    return JSONResponse(body, status_code=200 if ready else 503)


@router.get("/metrics", summary="Prometheus metrics", response_class=PlainTextResponse,
            dependencies=[RequireToken])
async def metrics_endpoint(metrics: MetricsDep) -> PlainTextResponse:
    return PlainTextResponse(metrics.render(), media_type="text/plain; version=0.0.4; charset=utf-8")
