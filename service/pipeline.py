"""The one pipeline function: clean -> segment -> (chunk) -> summarize -> ground.

The CLI and the API are thin layers over `summarize` / `asummarize`.
"""

from __future__ import annotations

import os
import time
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, TypeVar

from .document import Prepared, prepare
from .entities import with_dateline_place
from .errors import LLMFailure, LLMNotConfigured
from .extractive import summarize_extractive
from .ground import ground
from .progress import ProgressCallback, Usage
from .schemas import DocumentSummary, Draft, Method, Stats, SummaryOptions

if TYPE_CHECKING:
    from .llm.plan import LLMPlan, SummaryPlan
    from .settings import Settings

# asyncio and the settings (pydantic-settings) are imported where they are used: an extractive
# `zhaiyao summarize` needs neither, and starts faster without them.

__all__ = ["RunCpu", "aplan_summary", "assemble", "asummarize", "asummarize_prepared", "choose_method", "draft_llm",
           "plan_summary", "prepare", "summarize", "summarize_prepared"]

T = TypeVar("T")
# Runs a CPU-bound stage, fn(*args), off the event loop: in a thread, or in a process pool (then
# fn and its arguments must pickle: the stages are module-level functions of plain data).
RunCpu = Callable[..., Awaitable[Any]]


def choose_method(options: SummaryOptions, settings: Settings) -> Method:
    if options.mode == "extractive":
        return "extractive"
    if options.mode == "llm":
        if not settings.llm_configured:
            raise LLMNotConfigured("mode 'llm' was asked for but no OPENAI_API_KEY is configured")
        return "llm"
    return "llm" if settings.llm_configured else "extractive"


def assemble(
    prepared: Prepared,
    draft: Draft,
    method: Method,
    model: str | None,
    usage: Usage,
    title: str | None,
    started: float,
) -> DocumentSummary:
    """The summary of a prepared document from its draft: grounded, with warnings and stats (CPU only)."""
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
        entities=with_dateline_place(grounded.entities, c.place),
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
    return assemble(prepared, draft, "extractive", None, Usage(), title, started)


async def _in_thread(fn: Callable[..., T], *args: Any) -> T:
    import asyncio

    return await asyncio.to_thread(fn, *args)


async def asummarize(
    text: str | bytes,
    options: SummaryOptions | None = None,
    *,
    title: str | None = None,
    settings: Settings | None = None,
    on_progress: ProgressCallback | None = None,
    run_cpu: RunCpu = _in_thread,
) -> DocumentSummary:
    """Summarize one document. CPU-bound stages go through `run_cpu` (a worker thread by default,
    so an event loop that serves other requests is never blocked; a process pool in a batch);
    LLM calls are awaited."""
    from .settings import get_settings

    started = time.perf_counter()
    options = options or SummaryOptions()
    settings = settings or get_settings()
    choose_method(options, settings)  # refuse mode 'llm' without a key before any work
    prepared = await run_cpu(prepare, text, options)
    return await asummarize_prepared(prepared, options, title=title, settings=settings,
                                     on_progress=on_progress, run_cpu=run_cpu, started=started)


async def asummarize_prepared(
    prepared: Prepared,
    options: SummaryOptions,
    *,
    title: str | None = None,
    settings: Settings,
    on_progress: ProgressCallback | None = None,
    run_cpu: RunCpu = _in_thread,
    started: float | None = None,
) -> DocumentSummary:
    """The rest of `asummarize` for a document prepared already (the batch prepares ahead)."""
    started = started if started is not None else time.perf_counter()
    if choose_method(options, settings) == "llm":
        drafted = await draft_llm(prepared, options, settings=settings, on_progress=on_progress, run_cpu=run_cpu)
        return await run_cpu(assemble, prepared, *drafted, title, started)
    summary = await run_cpu(summarize_prepared, prepared, options, title, started)
    if on_progress:
        on_progress(Usage().progress("extractive", 0, 1, 1))
    return summary


async def draft_llm(
    prepared: Prepared,
    options: SummaryOptions,
    *,
    settings: Settings,
    on_progress: ProgressCallback | None = None,
    run_cpu: RunCpu = _in_thread,
    plan: LLMPlan | None = None,
) -> tuple[Draft, Method, str | None, Usage]:
    """The LLM's draft of a prepared document, or the extractive draft when the LLM fails for
    good: (draft, method, model, usage), what `assemble` takes after the document. The calls are
    planned first (unless `plan`, from `plan_llm`, is given): a spending cap refuses the run there
    (OverBudget) when the plan's upper estimate is over it."""
    from .llm import summarize_llm  # imported lazily: the extractive path needs no openai
    from .llm.plan import plan_llm

    usage = Usage()
    if plan is None:
        plan = await run_cpu(plan_llm, prepared, options, settings)
    try:
        draft = await summarize_llm(prepared, options, settings, usage, on_progress, plan)
        return draft, "llm", settings.model, usage
    except LLMFailure as e:
        usage.warnings.append(f"llm_fallback:{e.reason}")
        draft = await run_cpu(summarize_extractive, prepared, options)
        return draft, "extractive", None, usage


def plan_summary(
    text: str | bytes, options: SummaryOptions | None = None, *, settings: Settings | None = None,
    batch: bool = False,
) -> SummaryPlan:
    """The dry run: what summarizing `text` would do and cost, without calling the LLM. Plans the
    LLM path when `mode` is llm (even without a key: to see the cost before configuring one) or
    auto with a key; otherwise the extractive path, which costs nothing. `batch`: the map calls
    priced at OpenAI Batch API rates."""
    from .backends import open_cache
    from .llm.plan import plan_document, summarize_plan  # no openai import
    from .settings import get_settings

    options = options or SummaryOptions()
    settings = settings or get_settings()
    prepared = prepare(text, options)
    llm = options.mode == "llm" or (options.mode == "auto" and settings.llm_configured)
    if not llm:
        return summarize_plan(None, prepared, settings, "extractive")
    cache = open_cache(settings)
    plan = plan_document(prepared, options, settings, cache if cache.enabled else None)
    return summarize_plan(plan, prepared, settings, "llm", batch=batch)


async def aplan_summary(
    text: str | bytes, options: SummaryOptions | None = None, *, settings: Settings | None = None
) -> SummaryPlan:
    """`plan_summary` in a worker thread (tokenizing a long document takes a while)."""
    import asyncio

    return await asyncio.to_thread(plan_summary, text, options, settings=settings)


def _key_may_be_set() -> bool:
    """Whether the environment or a `.env` file may give an API key (pydantic-settings matches the
    name in any case). When neither can, `auto` is extractive and the settings are never read:
    importing pydantic-settings costs ~0.1 s of an extractive `zhaiyao summarize`."""
    return any(name.upper() == "OPENAI_API_KEY" for name in os.environ) or os.path.isfile(".env")


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
    if options.mode == "llm" or settings is not None or (options.mode == "auto" and _key_may_be_set()):
        from .settings import get_settings

        # Settings are read from the environment only when they can change the answer.
        settings = settings or get_settings()
        if choose_method(options, settings) == "llm":
            import asyncio

            return asyncio.run(
                asummarize(text, options, title=title, settings=settings, on_progress=on_progress)
            )
    summary = summarize_prepared(prepare(text, options), options, title, started)
    if on_progress:
        on_progress(Usage().progress("extractive", 0, 1, 1))
    return summary
