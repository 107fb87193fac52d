"""One shape for every error the service answers: `{"error": {"code": ..., "message": ...}}`.

A 4xx means the client got something wrong; a 500 means a bug in this service (its details stay
in the server log).
"""

from __future__ import annotations

import logging
from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.routing import Match, Route

from ..errors import ZhaiyaoError

log = logging.getLogger(__name__)

# Codes for the errors Starlette and FastAPI raise themselves; other statuses get their phrase.
HTTP_CODES = {
    400: "bad_request",
    401: "unauthorized",
    404: "not_found",
    405: "method_not_allowed",
    413: "payload_too_large",
    415: "unsupported_media_type",
    422: "invalid_request",
}


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


def describe_validation_errors(errors: Any) -> str:
    """`loc: message` for the first ten validation errors."""
    parts = []
    for err in list(errors)[:10]:
        loc = ".".join(str(p) for p in err.get("loc", ()) if p != "body") or "body"
        # Only location and message: the offending input is never echoed back (it may be huge or secret).
        parts.append(f"{loc}: {err.get('msg', 'invalid')}")
    return "; ".join(parts) or "invalid request"


# ---------------------------------------------------------------- the handlers


async def _api_error(_: Request, e: ApiError) -> JSONResponse:
    return error_response(e.status, e.code, e.message, e.headers)


async def _pipeline_error(_: Request, e: ZhaiyaoError) -> JSONResponse:
    retry_after = getattr(e, "retry_after", None)
    headers = {"Retry-After": str(retry_after)} if retry_after is not None else None
    return error_response(e.status, e.code, e.message, headers)


async def _validation_error(_: Request, e: RequestValidationError) -> JSONResponse:
    return error_response(422, "invalid_request", describe_validation_errors(e.errors()))


async def _http_error(request: Request, e: StarletteHTTPException) -> JSONResponse:
    code = HTTP_CODES.get(e.status_code) or HTTPStatus(e.status_code).phrase.lower().replace(" ", "_")
    message = e.detail if isinstance(e.detail, str) else HTTPStatus(e.status_code).phrase
    if e.status_code == 404 and message == "Not Found":
        message = f"nothing at {request.url.path[:200]}"
    headers = getattr(e, "headers", None)
    if e.status_code == 405:
        message = f"{request.method} is not allowed on {request.url.path[:200]}"
        headers = {**(headers or {}), "Allow": ", ".join(allowed_methods(request))}
    return error_response(e.status_code, code, message, headers)


def allowed_methods(request: Request) -> list[str]:
    """Every method some route serves at this path (Starlette's 405 names only the first route's)."""
    methods: set[str] = set()
    for route in request.app.router.routes:
        if isinstance(route, Route) and route.methods and route.matches(request.scope)[0] != Match.NONE:
            methods |= route.methods
    return sorted(methods)


async def _bug(request: Request, e: Exception) -> JSONResponse:
    log.exception("unhandled error on %s %s", request.method, request.url.path)
    return error_response(500, "internal_error", "internal error in zhaiyao; the server log has the details")


def install_error_handlers(app: FastAPI) -> None:
    """Every error the app can raise answers in the one shape."""
    # (The decorator, called directly: it takes handlers typed for their own exception class.)
    app.exception_handler(ApiError)(_api_error)
    app.exception_handler(ZhaiyaoError)(_pipeline_error)
    app.exception_handler(RequestValidationError)(_validation_error)
    app.exception_handler(StarletteHTTPException)(_http_error)
    app.exception_handler(Exception)(_bug)
