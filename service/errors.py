"""Errors a caller can cause, each with a stable machine-readable code.

The API maps them to HTTP statuses; the CLI prints their message. Anything else is a bug.
"""

from __future__ import annotations


class ZhaiyaoError(Exception):
    code = "error"
    status = 400

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


class EmptyDocument(ZhaiyaoError):
    code = "empty_document"
    status = 422


class UndecodableDocument(ZhaiyaoError):
    code = "undecodable_document"
    status = 422


class LLMNotConfigured(ZhaiyaoError):
    code = "llm_not_configured"
    status = 503


class OverBudget(ZhaiyaoError):
    """The upper cost estimate of a run is over the spending cap: refused before any call."""

    code = "over_budget"
    status = 422


class LLMFailure(Exception):
    """The LLM path failed for good (retries exhausted, nothing valid). Not a client error:
    the pipeline answers from the extractive summarizer instead."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


class BackendUnavailable(ZhaiyaoError):
    """Something the request needs (Redis) cannot be reached now; the same request may work later.

    `retry_after` (seconds) becomes the Retry-After header; None when waiting will not help
    (jobs asked of a service that has no Redis configured)."""

    status = 503

    def __init__(self, message: str, retry_after: int | None = 5):
        super().__init__(message)
        self.retry_after = retry_after


class StoreUnavailable(BackendUnavailable):
    code = "store_unavailable"


class JobsUnavailable(BackendUnavailable):
    code = "jobs_unavailable"
