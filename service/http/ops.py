"""Operations: liveness, readiness (cache writable, which summarizer answers) and Prometheus metrics."""

from __future__ import annotations

import asyncio

from fastapi import APIRouter
from fastapi.responses import JSONResponse, PlainTextResponse

from .auth import RequireToken
from .deps import MetricsDep, SettingsDep, StoreDep

router = APIRouter(tags=["operations"])


@router.get("/healthz", summary="Liveness")
async def healthz() -> dict[str, str]:
    return {"status": "ok"}


@router.get("/readyz", summary="Readiness: cache writable, which summarizer answers",
            responses={503: {"description": "The cache directory is not writable"}})
async def readyz(settings: SettingsDep, store: StoreDep) -> JSONResponse:
    writable, cache_note = await asyncio.to_thread(store.writable)
    if settings.llm_configured:
        summarizer = f"llm ({settings.model}), extractive fallback"
    else:
        summarizer = "extractive only: no OPENAI_API_KEY is set, so mode 'llm' requests get 503"
    token = settings.api_token.get_secret_value() if settings.api_token else ""
    body = {
        "status": "ready" if writable else "not_ready",
        "cache": {"writable": writable, "detail": cache_note},
        "llm_configured": settings.llm_configured,
        "summarizer": summarizer,
        "auth": "bearer token required on /v1/* and /metrics" if token else "open (no ZHAIYAO_API_TOKEN)",
    }
    return JSONResponse(body, status_code=200 if writable else 503)


@router.get("/metrics", summary="Prometheus metrics", response_class=PlainTextResponse,
            dependencies=[RequireToken])
async def metrics_endpoint(metrics: MetricsDep) -> PlainTextResponse:
    return PlainTextResponse(metrics.render(), media_type="text/plain; version=0.0.4; charset=utf-8")
