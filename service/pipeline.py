"""The one pipeline function: clean -> segment -> (chunk) -> summarize -> ground.

The CLI and the API are thin layers over `summarize` / `asummarize`.
"""

from __future__ import annotations

import asyncio
import time
from typing import TYPE_CHECKING

from .cache import ResultCache
from .document import Prepared, prepare
from .errors import LLMFailure, LLMNotConfigured
from .extractive import summarize_extractive
from .ground import ground
from .progress import ProgressCallback, Usage
from .schemas import DocumentSummary, Draft, Method, Stats, SummaryOptions
from .settings import Settings, get_settings

if TYPE_CHECKING:
    from .llm.plan import SummaryPlan

__all__ = ["aplan_summary", "asummarize", "choose_method", "plan_summary", "prepare", "summarize",
           "summarize_prepared"]


def choose_method(options: SummaryOptions, settings: Settings) -> Method:
    if options.mode == "extractive":
        return "extractive"
    if options.mode == "llm":
        if not settings.llm_configured:
            raise LLMNotConfigured("mode 'llm' was asked for but no OPENAI_API_KEY is configured")
        return "llm"
    return "llm" if settings.llm_configured else "extractive"


def _assemble(
    prepared: Prepared,
    draft: Draft,
    method: Method,
    model: str | None,
    usage: Usage,
    title: str | None,
    started: float,
) -> DocumentSummary:
    c = prepared.clean
    grounded, ground_warnings = ground(draft, c)
    warnings = list(dict.fromkeys([*c.warnings, *usage.warnings, *draft.warnings, *ground_warnings]))
    return DocumentSummary(
        doc_id=prepared.doc_id,
        title=title or c.title or grounded.title,
        published=c.published,
        source=c.source,
        author=c.author,
        language=c.language,
        method=method,
        model=model,
        summary=grounded.summary,
        key_points=grounded.key_points,
        figures=grounded.figures,
        entities=grounded.entities,
        warnings=warnings,
        stats=Stats(
            chars_in=c.chars_in,
            chars_clean=len(c.text),
            sentences=len(prepared.sentences),
            chunks=usage.chunks or 1,
            llm_calls=usage.llm_calls,
            cache_hits=usage.cache_hits,
            prompt_tokens=usage.prompt_tokens,
            cached_prompt_tokens=usage.cached_prompt_tokens,
            completion_tokens=usage.completion_tokens,
            cost_usd=usage.cost,
            elapsed_ms=round((time.perf_counter() - started) * 1000, 2),
            encoding=c.encoding,
        ),
    )


def summarize_prepared(
    prepared: Prepared, options: SummaryOptions, title: str | None = None, started: float | None = None
) -> DocumentSummary:
    """Extractive summary of an already prepared document (CPU only, no I/O)."""
    started = started if started is not None else time.perf_counter()
    draft = summarize_extractive(prepared, options)
    return _assemble(prepared, draft, "extractive", None, Usage(), title, started)


async def asummarize(
    text: str | bytes,
    options: SummaryOptions | None = None,
    *,
    title: str | None = None,
    settings: Settings | None = None,
    on_progress: ProgressCallback | None = None,
) -> DocumentSummary:
    """Summarize one document. CPU-bound stages run in a worker thread so an event loop that
    serves other requests is never blocked; LLM calls are awaited."""
    started = time.perf_counter()
    options = options or SummaryOptions()
    settings = settings or get_settings()
    method = choose_method(options, settings)
    prepared = await asyncio.to_thread(prepare, text, options)
    if method == "llm":
        from .llm import summarize_llm  # imported lazily: the extractive path needs no openai
        from .llm.plan import plan_llm

        usage = Usage()
        # The calls are planned first; a spending cap refuses the run here (OverBudget) when
        # the plan's upper estimate is over it.
        plan, _ = await asyncio.to_thread(plan_llm, prepared, options, settings)
        try:
            draft = await summarize_llm(prepared, options, settings, usage, on_progress, plan)
            return await asyncio.to_thread(
                _assemble, prepared, draft, "llm", settings.model, usage, title, started
            )
        except LLMFailure as e:
            usage.warnings.append(f"llm_fallback:{e.reason}")
            draft = await asyncio.to_thread(summarize_extractive, prepared, options)
            return await asyncio.to_thread(
                _assemble, prepared, draft, "extractive", None, usage, title, started
            )
    summary = await asyncio.to_thread(summarize_prepared, prepared, options, title, started)
    if on_progress:
        on_progress(Usage().progress("extractive", 0, 1, 1))
    return summary


def plan_summary(
    text: str | bytes, options: SummaryOptions | None = None, *, settings: Settings | None = None,
    batch: bool = False,
) -> SummaryPlan:
    """The dry run: what summarizing `text` would do and cost, without calling the LLM. Plans the
    LLM path when `mode` is llm (even without a key: to see the cost before configuring one) or
    auto with a key; otherwise the extractive path, which costs nothing. `batch`: the map calls
    priced at OpenAI Batch API rates."""
    from .llm.plan import plan_document, summarize_plan  # no openai import

    options = options or SummaryOptions()
    settings = settings or get_settings()
    prepared = prepare(text, options)
    llm = options.mode == "llm" or (options.mode == "auto" and settings.llm_configured)
    if not llm:
        return summarize_plan(None, prepared, settings, "extractive")
    cache = ResultCache(settings.cache_dir)
    plan = plan_document(prepared, options, settings, cache if cache.enabled else None)
    return summarize_plan(plan, prepared, settings, "llm", batch=batch)


async def aplan_summary(
    text: str | bytes, options: SummaryOptions | None = None, *, settings: Settings | None = None
) -> SummaryPlan:
    """`plan_summary` in a worker thread (tokenizing a long document takes a while)."""
    return await asyncio.to_thread(plan_summary, text, options, settings=settings)


def summarize(
    text: str | bytes,
    options: SummaryOptions | None = None,
    *,
    title: str | None = None,
    settings: Settings | None = None,
    on_progress: ProgressCallback | None = None,
) -> DocumentSummary:
    """Synchronous entry point (CLI, scripts). Without an LLM it runs no event loop at all."""
    started = time.perf_counter()
    options = options or SummaryOptions()
    if options.mode != "extractive":
        # Settings are read from the environment only when they can change the answer.
        settings = settings or get_settings()
        if choose_method(options, settings) == "llm":
            return asyncio.run(
                asummarize(text, options, title=title, settings=settings, on_progress=on_progress)
            )
    summary = summarize_prepared(prepare(text, options), options, title, started)
    if on_progress:
        on_progress(Usage().progress("extractive", 0, 1, 1))
    return summary
