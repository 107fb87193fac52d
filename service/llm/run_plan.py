"""Cost control for a run over many documents (`zhaiyao batch`): its plan (dry run), a spending
cap for the whole run, and the OpenAI Batch API for the map calls.

    run = LLMRun(documents, options, max_cost=0.50, llm_batch=True)
    run.plan()        # every document's SummaryPlan and the totals, without calling the LLM
    run.refusal()     # why the run must not start (over the cap, no key for --llm-batch), or None
    run.prefill(out)  # --llm-batch: the map calls of all documents as one batch (batch_run.py)
    run.summarize(name, data, options)   # one document within what is left of the cap

The cap is per run: each document may spend what the earlier ones (and the batch) left. A
document whose upper estimate is over what is left, or whose spending reaches it, is completed
by the extractive summarizer with the warning `llm_fallback:budget_exhausted`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from pydantic import BaseModel, Field

from ..errors import OverBudget, ZhaiyaoError
from ..schemas import DocumentSummary, SummaryOptions
from ..settings import Settings, get_settings
from .batch_run import BatchReport
from .plan import SummaryPlan

BUDGET_WARNING = "llm_fallback:budget_exhausted"


class DocumentPlan(BaseModel):
    name: str
    plan: SummaryPlan | None = None
    error: str | None = Field(None, description="Why the document cannot be summarized (it is skipped)")


class RunPlan(BaseModel):
    """The plan of a whole run: per document, and summed."""

    documents: list[DocumentPlan]
    calls: int = 0
    map_calls: int = 0
    map_calls_cached: int = 0
    merge_calls: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    cost_usd_low: float | None = 0.0
    cost_usd_high: float | None = 0.0
    batch: bool = Field(False, description="Map calls priced at Batch API rates (--llm-batch)")
    max_cost_usd: float | None = Field(None, description="The cap for the whole run (--max-cost)")
    within_budget: bool = True


def _add(a: float | None, b: float | None) -> float | None:
    return None if a is None or b is None else round(a + b, 8)


class LLMRun:
    def __init__(self, documents: list[tuple[str, bytes | str]], options: SummaryOptions, *,
                 max_cost: float | None = None, llm_batch: bool = False, settings: Settings | None = None):
        self.documents = documents
        self.options = options
        self.cap = max_cost
        self.llm_batch = llm_batch
        self.settings = settings or get_settings()
        self.spent = 0.0
        self.report: BatchReport | None = None
        self._plan: RunPlan | None = None

    def plan(self) -> RunPlan:
        from ..pipeline import plan_summary

        if self._plan is not None:
            return self._plan
        out = RunPlan(documents=[], batch=self.llm_batch, max_cost_usd=self.cap)
        for name, data in self.documents:
            try:
                p = plan_summary(data, self.options, settings=self.settings, batch=self.llm_batch)
            except ZhaiyaoError as e:
                out.documents.append(DocumentPlan(name=name, error=f"{e.code}: {e.message}"))
                continue
            out.documents.append(DocumentPlan(name=name, plan=p))
            out.calls += p.calls
            out.map_calls += p.map_calls
            out.map_calls_cached += p.map_calls_cached
            out.merge_calls += p.merge_calls
            out.prompt_tokens += p.prompt_tokens
            out.completion_tokens += p.completion_tokens
            out.cost_usd_low = _add(out.cost_usd_low, p.cost_usd_low)
            out.cost_usd_high = _add(out.cost_usd_high, p.cost_usd_high)
        out.within_budget = self.cap is None or (out.cost_usd_high is not None and out.cost_usd_high <= self.cap)
        self._plan = out
        return out

    def refusal(self) -> tuple[str, str] | None:
        """(code, message) saying why the run must not start, or None."""
        if self.llm_batch and not self.settings.llm_configured:
            return "llm_not_configured", "--llm-batch sends the map calls to the OpenAI Batch API: it needs OPENAI_API_KEY"
        if self.cap is None:
            return None
        plan = self.plan()
        if plan.within_budget:
            return None
        if plan.cost_usd_high is None:
            return "over_budget", (f"no price is known for model {self.settings.model!r}, so the cap of "
                                   f"${self.cap} cannot be enforced: add the model to ZHAIYAO_PRICES")
        prices = " at Batch API prices" if self.llm_batch else ""
        return "over_budget", (f"the cost of this run of {len(self.documents)} documents is estimated at up to "
                f"${plan.cost_usd_high:.4f}{prices} ({plan.calls} calls, up to {plan.prompt_tokens} prompt and "
                f"{plan.completion_tokens} completion tokens with {self.settings.model}), over the cap of "
                f"${self.cap:.4f} (--max-cost); raise the cap, or see the plan with --dry-run")

    def prefill(self, out_dir: Path, say: Callable[[str], None] = print) -> BatchReport:
        from .batch_run import prefill_with_batch

        self.report = prefill_with_batch(self.documents, self.options, self.settings, out_dir, say=say)
        self.spent += sum(u.cost_usd for u in self.report.usage.values())
        return self.report

    def summarize(self, name: str, data: bytes | str, options: SummaryOptions) -> DocumentSummary:
        from ..pipeline import summarize

        settings = self.settings
        if self.cap is not None:
            left = max(self.cap - self.spent, 1e-9)
            cap = left if settings.max_cost is None else min(settings.max_cost, left)
            settings = settings.model_copy(update={"max_cost": cap})
        try:
            summary = summarize(data, options, settings=settings)
        except OverBudget:
            summary = summarize(data, options.model_copy(update={"mode": "extractive"}), settings=settings)
            summary.warnings.append(BUDGET_WARNING)
        self.spent += summary.stats.cost_usd or 0.0
        if self.report is not None:
            self.report.apply(name, summary)
        return summary

