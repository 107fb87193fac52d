"""What a run reports while it works, and what it spent.

`Progress` is the one progress event of the service: the SSE stream of `POST /v1/summaries`, the
progress bar of `zhaiyao batch` and the status of a job all show this shape, so a client that
reads one reads them all. `Usage` is the LLM accounting of one document, summed over retries and
re-asks; the pipeline copies it into the result's `stats`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

from pydantic import BaseModel, Field

Stage = Literal["queued", "prepare", "map", "merge", "extractive", "done"]


class Progress(BaseModel):
    """One finished unit of work of one document.

    `index` is the unit that just finished (chunk `index` of `total` for `map`); chunks finish
    in any order, so `done` counts the units of this stage finished so far. The usage fields are
    the document's totals at the time of the event.
    """

    stage: Stage = Field("map", description="map: a chunk summarized; merge: partial summaries merged; "
                         "extractive: the extractive summary made; queued/prepare/done: a job's life")
    index: int = Field(0, ge=0, description="0-based index of the unit that finished")
    total: int = Field(1, ge=0, description="Units in this stage")
    done: int = Field(0, ge=0, description="Units of this stage finished so far")
    llm_calls: int = Field(0, ge=0, description="LLM calls made so far for this document")
    cache_hits: int = Field(0, ge=0, description="LLM results served from the cache so far")
    prompt_tokens: int = Field(0, ge=0)
    cached_prompt_tokens: int = Field(0, ge=0, description="Prompt tokens the provider served from its prefix cache")
    completion_tokens: int = Field(0, ge=0)
    cost_usd: float | None = Field(None, description="Spent so far at the price table's prices (null: unknown price)")


ProgressCallback = Callable[[Progress], None]


@dataclass
class Usage:
    """LLM accounting for one document, summed over retries and re-asks."""

    chunks: int = 0
    llm_calls: int = 0
    cache_hits: int = 0
    prompt_tokens: int = 0
    cached_prompt_tokens: int = 0
    completion_tokens: int = 0
    cost_usd: float = 0.0
    cost_unknown: bool = False  # the model is not in the price table
    warnings: list[str] = field(default_factory=list)

    @property
    def cost(self) -> float | None:
        return None if self.cost_unknown else round(self.cost_usd, 8)

    def progress(self, stage: Stage, index: int, total: int, done: int) -> Progress:
        """A progress event carrying this usage so far."""
        return Progress(
            stage=stage,
            index=index,
            total=total,
            done=done,
            llm_calls=self.llm_calls,
            cache_hits=self.cache_hits,
            prompt_tokens=self.prompt_tokens,
            cached_prompt_tokens=self.cached_prompt_tokens,
            completion_tokens=self.completion_tokens,
            cost_usd=self.cost,
        )
