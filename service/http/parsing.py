"""Reading a summary request: the body (bounded by ZHAIYAO_MAX_BYTES) as JSON, raw text or an upload.

`read_summary_body` and `parse_summary_body` read it by hand rather than FastAPI, so one route takes all three
body kinds and a large body is refused before it is held in memory; `SummaryRequest` is the JSON
body (added to the OpenAPI document by `openapi.py`).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from fastapi import Request
from pydantic import BaseModel, ConfigDict, Field, ValidationError
from starlette.datastructures import FormData, UploadFile
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.requests import ClientDisconnect

from ..re_cache import compile_re
from ..schemas import Mode, Script, SummaryOptions
from .errors import ApiError, describe_validation_errors

# Raw bodies the pipeline reads as a document (the cleaner handles markup).
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
RAW_MEDIA_TYPES = {"text/plain", "text/markdown", "text/html", "application/pdf", DOCX}
BINARY_MEDIA_TYPES = {"application/pdf", DOCX}  # bytes, whatever charset a client adds
UPLOAD_SUFFIXES = {".txt", ".md", ".markdown", ".html", ".htm", ".pdf", ".docx"}
SUPPORTED_MEDIA = ("application/json, text/plain (also text/markdown, text/html, application/pdf, a .docx file's type) "
                   "or multipart/form-data")
LONE_SURROGATE = compile_re(r"[\ud800-\udfff]")
FORM_OPTIONS = {"mode", "max_chars", "script"}

# (document text or raw bytes, options, title)
Parsed = tuple[str | bytes, SummaryOptions, str | None]


class SummaryRequest(BaseModel):
    """JSON body of `POST /v1/summaries`."""

    model_config = ConfigDict(extra="forbid")

    text: str = Field(description="The document: plain text, Markdown or HTML, any length up to ZHAIYAO_MAX_BYTES")
    title: str | None = Field(None, max_length=1000, description="Title to report; default: found in the text")
    options: SummaryOptions = Field(default_factory=SummaryOptions)


class SummaryQuery(BaseModel):
    """The query parameters of `POST /v1/summaries`.

    Read by hand (`read_query`) rather than declared on the route: FastAPI's handling of declared
    parameters is the largest cost of a request answered from memory. The OpenAPI document
    describes them from this model (`openapi.query_parameters`), and errors read as FastAPI's did.
    """

    stream: bool = Field(False, description="Answer with Server-Sent Events showing progress per chunk")
    mode: Mode | None = Field(None, description="For text/plain and uploads (JSON: options.mode)")
    max_chars: int | None = Field(None, ge=40, le=5000, description="For text/plain and uploads")
    script: Script | None = Field(None, description="For text/plain and uploads")
    title: str | None = Field(None, max_length=1000, description="For text/plain and uploads")
    dry_run: bool = Field(False, description="Return the plan (calls, tokens, cost range) without calling the LLM")
    max_cost: float | None = Field(
        None, gt=0, description="Spending cap in US dollars for this document (lower than ZHAIYAO_MAX_COST to take "
        "effect): refused with 422 over_budget when the upper estimate is over it",
    )

    def options(self) -> dict[str, Any]:
        return {"mode": self.mode, "max_chars": self.max_chars, "script": self.script}


NO_QUERY = SummaryQuery()


def read_query(request: Request) -> SummaryQuery:
    """The query parameters (a repeated one: its last value); 422 `invalid_request` when invalid."""
    if not request.scope.get("query_string"):
        return NO_QUERY
    given = request.query_params
    values = {name: given[name] for name in SummaryQuery.model_fields if name in given}
    try:
        return SummaryQuery.model_validate(values)
    except ValidationError as e:
        raise ApiError(422, "invalid_request", describe_validation_errors(
            [{**err, "loc": ("query", *err.get("loc", ()))} for err in e.errors()]
        )) from None


def media_type(request: Request) -> tuple[str, dict[str, str]]:
    """The Content-Type's media type (lower case) and its parameters."""
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


def clean_str(value: str | None) -> str | None:
    """Lone surrogates replaced: JSON may carry them ("\\ud800"), and no encoder accepts them later on."""
    if value is None:
        return None
    try:
        value.encode("utf-8")  # in C: much faster than the pattern when (as nearly always) there is none
        return value
    except UnicodeEncodeError:
        return LONE_SURROGATE.sub("\ufffd", value)


def options_from(base: dict[str, Any], override: dict[str, Any] | None = None, where: str = "options") -> SummaryOptions:
    """Options from the query (`base`, None meaning unset) with `override` on top; 422 if invalid."""
    merged = {k: v for k, v in base.items() if v is not None}
    merged.update(override or {})
    try:
        return SummaryOptions.model_validate(merged)
    except ValidationError as e:
        raise ApiError(422, "invalid_request", describe_validation_errors(
            [{**err, "loc": (where, *err.get("loc", ()))} for err in e.errors()]
        )) from None


async def read_summary_body(request: Request, max_bytes: int) -> tuple[str, dict[str, str], bytes]:
    """(media type, its parameters, body) of a summary request: 415 for a media type the service
    does not read, 413 for a body over `max_bytes`."""
    media, params = media_type(request)
    if media not in {"application/json", "multipart/form-data", *RAW_MEDIA_TYPES}:
        shown = media or "no Content-Type"
        hint = " (curl -d sends that by default: add -H 'Content-Type: text/plain')" if (
            media == "application/x-www-form-urlencoded") else ""
        raise ApiError(415, "unsupported_media_type", f"cannot summarize {shown}{hint}; send {SUPPORTED_MEDIA}")
    return media, params, await read_body_limited(request, max_bytes)


async def parse_summary_body(
    request: Request, media: str, params: dict[str, str], body: bytes, query_options: dict[str, Any],
    query_title: str | None,
) -> Parsed:
    """(document text or raw bytes, options, title) from any of the three accepted body kinds."""
    if media == "application/json":
        return _parse_json(body, query_options, query_title)
    if media in RAW_MEDIA_TYPES:
        charset = params.get("charset") if media not in BINARY_MEDIA_TYPES else None
        return _parse_raw(body, charset, query_options, query_title)
    return await _parse_multipart(request, body, query_options, query_title)


async def parse_summary_request(
    request: Request, max_bytes: int, query_options: dict[str, Any], query_title: str | None
) -> Parsed:
    """Read and parse a summary request in one step (routes that need no answer before parsing)."""
    media, params, body = await read_summary_body(request, max_bytes)
    return await parse_summary_body(request, media, params, body, query_options, query_title)


def _parse_json(body: bytes, query_options: dict[str, Any], query_title: str | None) -> Parsed:
    try:
        payload = json.loads(body)
    except (ValueError, RecursionError) as e:
        # ValueError covers bad JSON and bytes that are not UTF-8; RecursionError very deep nesting.
        reason = "nested too deeply" if isinstance(e, RecursionError) else str(e)
        raise ApiError(422, "invalid_json", f"the body is not valid JSON: {reason}") from None
    try:
        req = SummaryRequest.model_validate(payload)
    except ValidationError as e:
        raise ApiError(422, "invalid_request", describe_validation_errors(e.errors())) from None
    explicit = req.options.model_dump(include=req.options.model_fields_set)
    options = options_from(query_options, explicit)
    return clean_str(req.text) or "", options, clean_str(req.title) or query_title


def _parse_raw(body: bytes, charset: str | None, query_options: dict[str, Any], query_title: str | None) -> Parsed:
    if charset:
        try:
            return body.decode(charset), options_from(query_options), query_title
        except (LookupError, UnicodeDecodeError) as e:
            raise ApiError(422, "undecodable_document", f"the body is not valid {charset} text: {e}") from None
    # No charset declared: the cleaner detects the encoding.
    return body, options_from(query_options), query_title


async def _parse_multipart(
    request: Request, body: bytes, query_options: dict[str, Any], query_title: str | None
) -> Parsed:
    # The buffered body is handed to Starlette's parser.
    request._body = body  # noqa: SLF001  (Starlette reads the body from here once it is set)
    try:
        form = await request.form(max_files=1, max_fields=10)
    except StarletteHTTPException as e:
        raise ApiError(400, "bad_request", f"malformed multipart body: {e.detail}") from None
    try:
        return await _read_form(form, query_options, query_title)
    finally:
        await form.close()


async def _read_form(form: FormData, query_options: dict[str, Any], query_title: str | None) -> Parsed:
    upload = form.get("file")
    if not isinstance(upload, UploadFile):
        raise ApiError(422, "invalid_request", "a multipart upload needs the document in a field named 'file'")
    suffix = Path(upload.filename or "").suffix.lower()
    part_type = (upload.content_type or "").split(";")[0].strip().lower()
    if suffix not in UPLOAD_SUFFIXES and not (not suffix and part_type in RAW_MEDIA_TYPES):
        raise ApiError(
            415,
            "unsupported_media_type",
            f"cannot summarize a '{suffix or part_type or 'unnamed'}' file; upload .txt, .md, .html, .pdf or .docx",
        )
    data = await upload.read()
    fields = {k: v for k, v in form.items() if k in FORM_OPTIONS and isinstance(v, str)}
    unknown = sorted(k for k in form.keys() if k not in {"file", "title", *FORM_OPTIONS})
    if unknown:
        raise ApiError(422, "invalid_request", f"unknown form fields: {', '.join(unknown)}")
    title = form.get("title")
    options = options_from(query_options, {k: v for k, v in fields.items() if v != ""}, where="form")
    return data, options, (title if isinstance(title, str) and title else None) or query_title
