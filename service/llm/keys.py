"""The LLM cache key: everything that can change an answer, and nothing that cannot.

Users pay for every cached answer, so a change to this key throws their cache away: it is pinned
byte for byte by a test, and CACHE_FORMAT is bumped only when the shape of cached values changes.
"""

from __future__ import annotations

import hashlib
import json
import re
from typing import Any

from pydantic import BaseModel

from ..re_cache import compile_re
from ..settings import Settings
from .prompts import MAX_KEY_POINTS, prompt_version
from .replies import schema_hash

# Bump when the shape of cached values or the meaning of a key changes.
CACHE_FORMAT = "llm-1"
TEMPERATURE = 0.0
# OpenAI's reasoning models refuse `max_tokens` and any temperature but the default.
_REASONING_MODEL = compile_re(r"(?:^|/)(?:o\d|gpt-5)(?:$|[-.])", re.I)


def sampling_params(model: str, max_tokens: int) -> dict[str, Any]:
    """The reply limit and temperature of a chat completion request, as `model` accepts them."""
    if _REASONING_MODEL.search(model):
        return {"max_completion_tokens": max_tokens}
    return {"max_tokens": max_tokens, "temperature": TEMPERATURE}


def request_body(model: str, messages: list[dict], fmt: dict | None, max_tokens: int) -> dict[str, Any]:
    """The JSON body of a chat completion request (the direct call's and the Batch API's): the
    very body, key order included, that the client's `chat.completions.create` sends for these
    parameters, with the response format last (as its `extra_body`)."""
    body: dict[str, Any] = {"model": model, "messages": messages, **sampling_params(model, max_tokens)}
    if fmt is not None:
        body["response_format"] = fmt
    return body


def endpoint_label(base_url: str | None) -> str:
    """The endpoint part of the cache key, without any credentials a URL might carry."""
    if not base_url:
        return "default"
    return re.sub(r"//[^/@]*@", "//", base_url.rstrip("/"))


def cache_key(
    settings: Settings,
    *,
    kind: str,
    model: type[BaseModel],
    scope: str,
    payload: str,
    language: str,
    max_chars: int,
    mode: str,
) -> str:
    key = {
        "format": CACHE_FORMAT,
        "kind": kind,
        "scope": scope,
        "model": settings.model,
        "endpoint": endpoint_label(settings.openai_base_url),
        "prompts": prompt_version(),
        "schema": schema_hash(model),
        "response_format": mode,
        "language": language,
        "max_chars": max_chars,
        "max_points": MAX_KEY_POINTS,
        "temperature": TEMPERATURE,
        "input": payload,
    }
    return hashlib.sha256(json.dumps(key, ensure_ascii=False, sort_keys=True).encode()).hexdigest()
