"""What one document's LLM calls really cost, and the spending cap that stops them.

Every answered call adds its usage (prompt, cached prompt and completion tokens, as the endpoint
reports them) to the document's `Usage`, and its cost at the model's prices. With a cap
(`ZHAIYAO_MAX_COST`, or a run's remaining budget), a call is started only when its worst case
(its prompt at the full price plus its max_tokens) still fits under the cap, counting the calls in
flight at their worst: so the cap is never exceeded, retries and re-asks included. A call that
does not fit raises `LLMFailure("budget_exhausted")`, and the pipeline completes the document
with the extractive summarizer.
"""

from __future__ import annotations

from typing import Any

from ..chunk import ENCODING
from ..errors import LLMFailure
from ..progress import Usage
from ..settings import Settings
from .plan import encoding_for, prompt_tokens
from .pricing import price_for

BUDGET_EXHAUSTED = "budget_exhausted"


def cached_tokens_of(u: Any) -> int:
    """`usage.prompt_tokens_details.cached_tokens` of an OpenAI response (0 when absent)."""
    details = getattr(u, "prompt_tokens_details", None)
    if isinstance(details, dict):
        return int(details.get("cached_tokens") or 0)
    return int(getattr(details, "cached_tokens", 0) or 0)


class Spending:
    """The meter of one document: usage and cost of its calls, against an optional cap."""

    def __init__(self, settings: Settings, usage: Usage, cap: float | None = None, batch: bool = False):
        self.usage = usage
        self.price = price_for(settings)
        self.cap = cap if cap is not None else settings.max_cost
        self.batch = batch
        self.encoding = encoding_for(settings.model) or ENCODING
        self.in_flight = 0.0  # worst cases of the calls started and not yet answered
        if self.price is None:
            usage.cost_unknown = True

    def admit(self, messages: list[dict], fmt: dict | None, max_tokens: int) -> float:
        """Reserve a call's worst case under the cap (LLMFailure when it does not fit)."""
        if self.cap is None or self.price is None:
            return 0.0
        worst = self.price.cost(prompt_tokens(messages, fmt, self.encoding), 0, max_tokens, self.batch)
        if self.usage.cost_usd + self.in_flight + worst > self.cap + 1e-8:  # the plan rounds to 1e-8
            raise LLMFailure(BUDGET_EXHAUSTED)
        self.in_flight += worst
        return worst

    def release(self, reserved: float) -> None:
        self.in_flight = max(0.0, self.in_flight - reserved)

    def record(self, u: Any) -> None:
        """Add one answer's usage (an OpenAI `usage` object or dict) and its cost."""
        if u is None:
            return
        get = u.get if isinstance(u, dict) else lambda k: getattr(u, k, None)
        prompt = int(get("prompt_tokens") or 0)
        completion = int(get("completion_tokens") or 0)
        cached = min(cached_tokens_of(u), prompt)
        self.usage.prompt_tokens += prompt
        self.usage.cached_prompt_tokens += cached
        self.usage.completion_tokens += completion
        if self.price is not None:
            self.usage.cost_usd += self.price.cost(prompt, cached, completion, self.batch)
