"""What LLM calls cost: a price table per model, and the cost of one call's usage.

Prices are US dollars per million tokens, for input, cached input (a prompt prefix the provider
has cached) and output. The built-in table holds OpenAI's published standard prices for the
models below; `ZHAIYAO_PRICES` (JSON, same shape) adds models or replaces entries, e.g. for
another provider or after a price change:

    ZHAIYAO_PRICES='{"my-model": {"input": 0.5, "cached_input": 0.25, "output": 1.5}}'

A model name matches the longest table entry it starts with ("gpt-4o-mini-2024-07-18" ->
"gpt-4o-mini"). The Batch API bills half of every price (`batch=True`).
"""

from __future__ import annotations

from pydantic import BaseModel, Field

from ..settings import Settings

MILLION = 1_000_000
BATCH_DISCOUNT = 0.5


class Price(BaseModel):
    """US dollars per million tokens."""

    input: float = Field(ge=0, description="Prompt tokens")
    cached_input: float | None = Field(None, ge=0, description="Cached prompt tokens (default: the input price)")
    output: float = Field(ge=0, description="Completion tokens")

    def cost(self, prompt_tokens: int, cached_tokens: int, completion_tokens: int, batch: bool = False) -> float:
        cached = min(max(cached_tokens, 0), prompt_tokens)
        cached_price = self.input if self.cached_input is None else self.cached_input
        usd = ((prompt_tokens - cached) * self.input + cached * cached_price
               + completion_tokens * self.output) / MILLION
        return usd * BATCH_DISCOUNT if batch else usd


def _p(input: float, cached_input: float | None, output: float) -> Price:
    return Price(input=input, cached_input=cached_input, output=output)


# OpenAI's standard prices (USD per 1M tokens) as published for these models in 2025.
BUILT_IN: dict[str, Price] = {
    "gpt-4o-mini": _p(0.15, 0.075, 0.60),
    "gpt-4o": _p(2.50, 1.25, 10.00),
    "gpt-4o-2024-05-13": _p(5.00, None, 15.00),
    "gpt-4.1": _p(2.00, 0.50, 8.00),
    "gpt-4.1-mini": _p(0.40, 0.10, 1.60),
    "gpt-4.1-nano": _p(0.10, 0.025, 0.40),
    "o1": _p(15.00, 7.50, 60.00),
    "o1-mini": _p(1.10, 0.55, 4.40),
    "o3": _p(2.00, 0.50, 8.00),
    "o3-mini": _p(1.10, 0.55, 4.40),
    "o4-mini": _p(1.10, 0.275, 4.40),
}


def price_table(settings: Settings) -> dict[str, Price]:
    return {**BUILT_IN, **{k: Price.model_validate(v) for k, v in settings.prices.items()}}


def price_for(settings: Settings, model: str | None = None) -> Price | None:
    """The price of `model` (default: the configured one), or None when it is not in the table."""
    name = (model or settings.model).lower()
    table = {k.lower(): v for k, v in price_table(settings).items()}
    matches = [k for k in table if name == k or name.startswith(k + "-")]
    return table[max(matches, key=len)] if matches else None
