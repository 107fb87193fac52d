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
