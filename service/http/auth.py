"""The bearer token: with ZHAIYAO_API_TOKEN set, `/v1/*` and `/metrics` need it; probes and the page do not."""

from __future__ import annotations

import hmac

from fastapi import Depends, Request

from ..settings import Settings
from .errors import ApiError


def check_token(request: Request) -> None:
    """Refuse (401) a request without `Authorization: Bearer <token>`; compared in constant time.

    The token is read from `app.state.settings`, the header by hand: a `Header` parameter would
    show in the OpenAPI document. Routes use it as a dependency (`dependencies=[RequireToken]`),
    so it runs before the body is read or judged; `POST /v1/summaries` calls it first thing
    itself (a dependency costs that route, answered from memory, a large share of its time).
    """
    settings: Settings = request.app.state.settings
    token = settings.api_token.get_secret_value() if settings.api_token else ""
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


async def require_token(request: Request) -> None:
    check_token(request)


RequireToken = Depends(require_token)
