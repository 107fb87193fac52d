"""Talking to the endpoint: one shared client, one place that limits calls, one retry layer.

Every HTTP call first asks the process's `limits.Limits` (calls in flight, requests and tokens per
minute, the pause after a 429 with Retry-After, shared by every caller of the process).

Transport faults (429, 5xx, timeouts, connection errors) are retried by tenacity with exponential
backoff and jitter, honouring Retry-After, within `total_timeout` per logical call; the SDK's own
retries are off so there is exactly one retry layer. A call that fails for good raises
`LLMFailure` with a short reason (never the server's message: it may quote credentials back).
"""

from __future__ import annotations

import asyncio
import email.utils
import hashlib
import logging
import random
import time
import weakref
from dataclasses import dataclass

import openai
from openai.types.chat import ChatCompletion
from tenacity import AsyncRetrying, RetryCallState, retry_if_exception, wait_exponential_jitter

from ..backends import limits_for
from ..chunk import count_tokens
from ..errors import LLMFailure
from ..progress import Usage
from ..settings import Settings
from .budget import Spending
from .keys import request_body
from .limits import Limits

log = logging.getLogger(__name__)


def is_transient(e: BaseException) -> bool:
    if isinstance(e, openai.APIStatusError):
        return e.status_code in (408, 409, 429) or e.status_code >= 500
    return isinstance(e, openai.APIConnectionError | openai.APIResponseValidationError | TimeoutError)


def failure_reason(e: BaseException) -> str:
    if isinstance(e, openai.RateLimitError):
        return "rate_limited"
    if isinstance(e, openai.APIStatusError):
        return "server_error" if e.status_code >= 500 else f"http_{e.status_code}"
    if isinstance(e, openai.APITimeoutError | TimeoutError):
        return "timeout"
    if isinstance(e, openai.APIConnectionError):
        return "connection_error"
    return "bad_response"


def retry_after_seconds(e: BaseException | None) -> float | None:
    """Seconds asked for by Retry-After / retry-after-ms on an HTTP error, if any."""
    response = getattr(e, "response", None)
    headers = getattr(response, "headers", None)
    if not headers:
        return None
    ms = headers.get("retry-after-ms")
    if ms:
        try:
            return max(0.0, float(ms) / 1000)
        except ValueError:
            pass
    value = headers.get("retry-after")
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


# One client per event loop and endpoint: building one costs tens of milliseconds, and a shared
# client keeps its connections alive between requests. Keyed weakly on the loop, because an
# httpx client must not outlive (or cross) the loop it was made in.
_CLIENTS: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, dict[tuple, openai.AsyncOpenAI]] = (
    weakref.WeakKeyDictionary()
)


def make_client(settings: Settings) -> openai.AsyncOpenAI:
    key = settings.openai_api_key.get_secret_value() if settings.openai_api_key else ""
    ident = (settings.openai_base_url, hashlib.sha256(key.encode()).hexdigest(), settings.request_timeout)
    per_loop = _CLIENTS.setdefault(asyncio.get_running_loop(), {})
    client = per_loop.get(ident)
    if client is None or client.is_closed():
        client = per_loop[ident] = openai.AsyncOpenAI(
            api_key=key or "not-needed",
            base_url=settings.openai_base_url,
            max_retries=0,  # tenacity is the one retry layer
            timeout=settings.request_timeout,
        )
    return client


@dataclass
class Call:
    """One logical call: its retries, re-asks and raised max_tokens share one deadline."""

    deadline: float | None = None


class Transport:
    """Chat completions with retries, limits and usage accounting."""

    def __init__(
        self, settings: Settings, usage: Usage, client: openai.AsyncOpenAI | None = None,
        limits: Limits | None = None, spending: Spending | None = None,
    ):
        self.settings = settings
        self.usage = usage
        # Usage, cost and the spending cap of the document (llm/budget.py).
        self.spending = spending or Spending(settings, usage)
        self.client = client or make_client(settings)
        self.limits = limits or limits_for(settings)
        # Set by `stop`: calls that get their slot afterwards are not sent.
        self.stopped: str | None = None
        self.backoff = wait_exponential_jitter(
            multiplier=settings.backoff_initial, max=settings.backoff_max, jitter=settings.backoff_initial
        )

    def _wait(self, rs: RetryCallState) -> float:
        e = rs.outcome.exception() if rs.outcome else None
        after = retry_after_seconds(e)
        if after is not None:
            # Honour the server's wait; a little jitter spreads the callers that got the same answer.
            return after + random.uniform(0, 0.1)
        return self.backoff(rs)

    def _stop(self, call: Call):
        def stop(rs: RetryCallState) -> bool:
            if rs.attempt_number > self.settings.max_retries:
                return True
            return call.deadline is not None and time.monotonic() + rs.upcoming_sleep > call.deadline

        return stop

    async def _request(self, call: Call, messages: list[dict], fmt: dict | None, max_tokens: int,
                       prompt_tokens: int | None):
        # Tokens the endpoint will count for this call at most: the prompt and the reply limit.
        if prompt_tokens is None:
            prompt_tokens = sum(count_tokens(str(m.get("content") or "")) for m in messages)
        ticket = await self.limits.acquire(prompt_tokens + max_tokens)
        used: int | None = None
        try:
            if self.stopped:
                raise LLMFailure(self.stopped)
            now = time.monotonic()
            if call.deadline is None:
                call.deadline = now + self.settings.total_timeout
            remaining = call.deadline - now
            if remaining <= 0:
                raise LLMFailure("total_timeout")
            timeout = min(self.settings.request_timeout, remaining)
            reserved = self.spending.admit(messages, fmt, max_tokens)  # LLMFailure over the cap
            self.usage.llm_calls += 1
            try:
                # The client's own timeout can be outlived by a server that trickles bytes.
                async with asyncio.timeout(timeout + 1.0):
                    # The body `chat.completions.create` would send, posted as it is: create walks
                    # every message against its typed parameters first (~1.5 ms a call, spent in
                    # this event loop between one call's sending and the next).
                    response = await self.client.post(
                        "/chat/completions", cast_to=ChatCompletion,
                        body=request_body(self.settings.model, messages, fmt, max_tokens),
                        options={"timeout": timeout, "security": {"bearer_auth": True}})
                self.spending.record(getattr(response, "usage", None))
            except openai.RateLimitError as e:
                after = retry_after_seconds(e)
                if after is not None:
                    await self.limits.pause(after)  # every caller of the process waits, not only this one
                raise
            finally:
                self.spending.release(reserved)
            u = getattr(response, "usage", None)
            if u is not None:
                used = (u.prompt_tokens or 0) + (u.completion_tokens or 0)
            return response
        finally:
            await asyncio.shield(self.limits.release(ticket, used))

    def stop(self, reason: str) -> None:
        """Send no more calls: the run has given up. A slot freed by one reply is taken by a waiting
        call before the reply is judged, so the run's own cancellation comes too late for it."""
        self.stopped = reason

    async def complete(self, call: Call, messages: list[dict], fmt: dict | None, max_tokens: int,
                       prompt_tokens: int | None = None):
        """One chat completion, retried on transient faults; LLMFailure when it fails for good.
        `prompt_tokens`: the prompt's size when the caller knows it already (else it is counted),
        for the limits' tokens per minute."""
        retrying = AsyncRetrying(
            retry=retry_if_exception(is_transient),
            wait=self._wait,
            stop=self._stop(call),
            reraise=True,
        )
        try:
            async for attempt in retrying:
                with attempt:
                    return await self._request(call, messages, fmt, max_tokens, prompt_tokens)
        except LLMFailure:
            raise
        except (openai.OpenAIError, TimeoutError) as e:
            reason = failure_reason(e)
            # Only the class and status: server messages may quote credentials back.
            log.warning("LLM call failed for good: %s (%s)", reason, type(e).__name__)
            raise LLMFailure(reason) from None
        raise AssertionError("unreachable")
