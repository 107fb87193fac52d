"""One document through the LLM: map every chunk, merge the results, cache every answer.

The chunks, their reply limits and the merge budget come from the plan (`plan.py`): a document
that fits the context takes exactly one call and its answer is the document summary. Map: each
chunk is summarized by one call returning `ChunkSummary`; calls run concurrently, bounded by
`max_concurrency`. Merge: the chunk summaries (compact: title, summary, key points with
evidence) are merged by one call returning `MergedSummary`, hierarchically when they are over
the merge budget.

A reply that cannot be used is re-asked with the problem stated (at most `max_reasks` times). A
reply cut off by the token limit is never re-asked as is: the chunk is split in two, or (when it
cannot be split) max_tokens is raised once. When nothing usable can be had, `LLMFailure` is
raised and the pipeline answers extractively.

Results are cached keyed on everything that changes an answer (`keys.cache_key`), so the same
document twice costs zero calls and an edited paragraph re-runs only its chunk and the merge.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Awaitable, Callable, Container, Iterable
from typing import TypeVar

from pydantic import BaseModel, ValidationError

from ..backends import open_cache
from ..cache import ResultCache
from ..chunk import count_tokens
from ..document import Prepared
from ..errors import LLMFailure
from ..progress import ProgressCallback, Usage
from ..schemas import Draft, SummaryOptions
from ..settings import Settings
from .budget import BUDGET_EXHAUSTED, Spending
from .draft import Drafted, draft_figures, make_draft, partial
from .judge import instructions_of, known_units, loops
from .keys import cache_key
from .plan import LLMPlan, MapCall, map_reply_limit, pack, plan_document
from .prompts import map_messages, merge_messages
from .replies import ChunkSummary, MergedSummary, Reading, Result, read_reply, reask_messages, response_format
from .transport import Call, Transport

log = logging.getLogger(__name__)

T = TypeVar("T")


class Truncated(Exception):
    """The reply hit the token limit."""


class Invalid(Exception):
    """No acceptable reply after the re-asks."""

    def __init__(self, reason: str, problem: str):
        super().__init__(problem)
        self.reason = reason
        self.problem = problem


async def gather_all(coros: Iterable[Awaitable[T]]) -> list[T]:
    """gather that cancels the siblings when one fails (no orphan calls keep spending)."""
    tasks = [asyncio.ensure_future(c) for c in coros]
    try:
        return list(await asyncio.gather(*tasks))
    except BaseException:
        for t in tasks:
            t.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        raise


class DocumentRun:
    """The LLM work for one prepared document."""

    def __init__(
        self,
        prepared: Prepared,
        options: SummaryOptions,
        settings: Settings,
        usage: Usage,
        on_progress: ProgressCallback | None,
        transport: Transport,
        cache: ResultCache,
        plan: LLMPlan,
    ):
        self.prepared = prepared
        self.plan = plan
        self.analysis = prepared.clean.analysis
        self.language = prepared.clean.language
        self.settings = settings
        self.usage = usage
        self.on_progress = on_progress
        self.transport = transport
        self.cache = cache
        self.max_chars = plan.max_chars
        self.merge_budget = plan.merge_budget
        self.mode = plan.mode
        # Replies judged so far, for the breaker in `_count_bad`.
        self.good_replies = 0
        self.bad_replies = 0
        self.breaker = settings.max_reasks + 2
        self.mapped = 0
        # Cache writes still going on (`run` lets the merge go out before they end: see `_store`).
        self.write_behind = False
        self.writes: list[asyncio.Future] = []
        # What `finish` needs of each chunk's answers, made in `run` as each answer comes (while
        # other calls are still out): their figures drafted, and their lines of a merge call.
        self.merge_lines: dict[int, list[tuple[str, int]]] = {}
        # Work nothing needs before the merge's answer (`finish` sets it): run in a worker thread
        # once a merge call goes out, while this loop only waits. The thread gets the interpreter
        # when the loop waits for the answer; started earlier, it would hold up the call's sending.
        self.background: Callable[[], list[list[Drafted]]] | None = None
        self.background_job: asyncio.Future | None = None
        self.document_units: Container[str] | None = None  # the judge's `known_units` of the document

    def cache_key(self, kind: str, model: type[BaseModel], scope: str, payload: str) -> str:
        return cache_key(self.settings, kind=kind, model=model, scope=scope, payload=payload,
                         language=self.language, max_chars=self.max_chars, mode=self.mode)

    # -- asking

    def _count_bad(self, reason: str) -> None:
        self.bad_replies += 1
        if self.good_replies == 0 and self.bad_replies >= self.breaker:
            # Every reply so far was unusable: a model that cannot do this document will not do
            # its other chunks either. Stop paying for calls and fall back.
            self.transport.stop(reason)
            raise LLMFailure(reason)

    async def _ask(self, call: Call, messages: list[dict], model: type[Result], max_tokens: int, source: str,
                   prompt_tokens: int | None = None) -> Result:
        """Ask until a reply is usable, re-asking with the problem at most `max_reasks` times.
        `prompt_tokens`: the size of `messages` when known (re-asks are counted)."""
        instructions = instructions_of(messages)
        fmt = response_format(model, self.mode)
        convo = messages
        reading = Reading(None, "no reply", "invalid_output")
        previous: str | None = None
        for _ in range(self.settings.max_reasks + 1):
            size = prompt_tokens if convo is messages else None
            response = await self.transport.complete(call, convo, fmt, max_tokens, size)
            choice = response.choices[0] if response.choices else None
            content = (choice.message.content if choice and choice.message else None) or ""
            if choice is not None and choice.finish_reason == "length":
                if loops(content):
                    # A model that repeats itself until the limit does the same on half the text
                    # or with more tokens: splitting or raising would only pay for more loops.
                    self._count_bad("degenerate_output")
                    raise Invalid("degenerate_output", "the reply repeats itself until the token limit")
                raise Truncated()
            known = self.document_units if source is self.analysis else None  # (see `background`)
            reading = read_reply(content, model, source, self.language, instructions, known)
            if isinstance(reading.value, model):
                self.good_replies += 1
                return reading.value
            self._count_bad(reading.reason)
            if content == previous:
                break  # the same wrong answer to the same question: asking again would repeat it
            previous = content
            log.info("LLM reply rejected (%s); re-asking", reading.reason)
            convo = reask_messages(messages, content, reading.problem)
        raise Invalid(reading.reason, reading.problem)

    async def _store(self, key: str, value: str) -> None:
        """Cache an answer. In a whole run (`write_behind`) the write goes on while the run does
        (the merge call need not wait for the last chunk's write) and `run` waits for every write
        before it ends; a lone `map_span` (a job's chunk task) returns once its answer is cached."""
        write = asyncio.ensure_future(asyncio.to_thread(self.cache.set, key, value))
        if self.write_behind:
            self.writes.append(write)
        else:
            await write

    async def _cached(self, key: str, parse):
        cached = await asyncio.to_thread(self.cache.get, key)
        if cached is None:
            return None
        try:
            value = parse(cached)
        except (ValueError, ValidationError):
            return None  # a value from an older shape: ask again
        self.usage.cache_hits += 1
        return value

    # -- map

    def _split(self, start: int, end: int) -> tuple[tuple[int, int], tuple[int, int]] | None:
        """Two halves of a span at the sentence boundary nearest its middle."""
        cuts = [s.start for s in self.prepared.sentences if start < s.start < end]
        if not cuts:
            return None
        mid = (start + end) / 2
        cut = min(cuts, key=lambda c: abs(c - mid))
        return (start, cut), (cut, end)

    async def map_planned(self, c: MapCall) -> list[ChunkSummary]:
        """The answers for one map call of the plan."""
        return await self.map_span(c.start, c.end, c.whole, planned=c)

    async def map_span(
        self, start: int, end: int, whole: bool, depth: int = 0, limit: int | None = None,
        planned: MapCall | None = None,
    ) -> list[ChunkSummary]:
        """The answers for the text [start:end] (two or more when it had to be split); `limit` is
        its reply limit when the plan knows it; `planned`, the plan's call for this very span
        (its key, reply limit and size are not worked out again)."""
        if planned is not None:
            text, key, limit = planned.text, planned.key, planned.max_tokens
        else:
            text = self.analysis[start:end].strip()
            key = self.cache_key("map", ChunkSummary, "whole" if whole else "part", text)
        cached = await self._cached(key, lambda v: [ChunkSummary.model_validate(x) for x in json.loads(v)])
        if cached is not None:
            return cached
        call = Call()
        messages = map_messages(text, whole, self.language, self.max_chars, self.mode)
        max_tokens = first_limit = limit or map_reply_limit(self.settings, count_tokens(text))
        estimate = self.plan.estimate(planned) if planned is not None else None
        while True:
            try:
                results = [await self._ask(call, messages, ChunkSummary, max_tokens, text, estimate)]
                break
            except Truncated:
                halves = self._split(start, end) if depth < self.settings.max_split_depth else None
                if halves:
                    log.info("LLM reply truncated; splitting the chunk in two")
                    parts = await gather_all(self.map_span(a, b, False, depth + 1) for a, b in halves)
                    results = [r for p in parts for r in p]
                    break
                if max_tokens == first_limit and max_tokens < self.settings.max_output_tokens:
                    log.info("LLM reply truncated; raising max_tokens once")
                    max_tokens = min(2 * max_tokens, self.settings.max_output_tokens)
                    continue
                raise Invalid("truncated", "the reply was cut off by the token limit") from None
        value = json.dumps([r.model_dump() for r in results], ensure_ascii=False)
        await self._store(key, value)
        return results

    # -- merge

    async def merge_call(self, lines: list[str], final: bool, tokens: int | None = None) -> MergedSummary:
        """One merge call over `lines` (partial summaries; `tokens`, their size when known)."""
        payload = "\n".join(lines)
        key = self.cache_key("merge", MergedSummary, "final" if final else "section", payload)
        cached = await self._cached(key, MergedSummary.model_validate_json)
        if cached is not None:
            return cached
        if self.background is not None and self.background_job is None:
            self.background_job = asyncio.ensure_future(asyncio.to_thread(self.background))
        call = Call()
        messages = merge_messages(lines, final, self.language, self.max_chars, self.mode)
        max_tokens = self.settings.merge_max_tokens
        while True:
            try:
                estimate = self.plan.merge_fixed + tokens if tokens is not None else None
                value = await self._ask(call, messages, MergedSummary, max_tokens, self.analysis, estimate)
                break
            except Truncated:
                if max_tokens == self.settings.merge_max_tokens:
                    max_tokens *= 2
                    continue
                raise LLMFailure("truncated") from None
            except Invalid as e:
                raise LLMFailure(e.reason) from None
        await self._store(key, value.model_dump_json())
        return value

    @staticmethod
    def merge_line(r: ChunkSummary | MergedSummary) -> tuple[str, int]:
        """What a merge call reads of one part, and its tokens (with its newline)."""
        # Compact JSON: the merge reads every part, and separators' spaces are tokens too.
        line = json.dumps(partial(r), ensure_ascii=False, separators=(",", ":"))
        return line, count_tokens(line) + 1

    async def merge(self, parts: list[tuple[str, int]]) -> MergedSummary:
        """The parts (`merge_line`s) merged into one summary, in rounds when over the budget."""
        lines = [line for line, _ in parts]
        sizes = [n for _, n in parts]
        if len(lines) <= 2 or sum(sizes) <= self.merge_budget:
            return await self.merge_call(lines, final=True, tokens=sum(sizes))
        groups = pack(sizes, self.merge_budget)
        if len(groups) == 1:
            return await self.merge_call(lines, final=True, tokens=sum(sizes))
        sections = await gather_all(self.merge_call([lines[i] for i in g], final=False, tokens=sum(sizes[i] for i in g))
                                    for g in groups)
        return await self.merge([self.merge_line(s) for s in sections])

    # -- the whole document

    def _progress(self, stage, index: int, total: int, done: int) -> None:
        if self.on_progress:
            self.on_progress(self.usage.progress(stage, index, total, done))

    async def run(self) -> Draft:
        chunks = self.plan.map_calls
        if not chunks:
            raise LLMFailure("no_text")
        # Unusable replies in a row, with none good yet, after which the run gives up: one
        # round of concurrent calls, and never fewer than a single chunk's own re-asks allow.
        self.breaker = max(self.settings.max_reasks + 2, min(len(chunks), self.settings.max_concurrency))
        self.usage.chunks = len(chunks)

        async def one(c) -> list[ChunkSummary] | Invalid | LLMFailure:
            try:
                out: list[ChunkSummary] | Invalid | LLMFailure = await self.map_planned(c)
            except Invalid as e:
                out = e
            except LLMFailure as e:
                if e.reason != BUDGET_EXHAUSTED:
                    raise
                # The calls already in flight were admitted under the cap and will be billed:
                # let them finish (and be cached) rather than cancel them.
                out = e
            self.mapped += 1
            if isinstance(out, list) and len(chunks) > 1:
                self.merge_lines[c.index] = [self.merge_line(r) for r in out]
            self._progress("map", c.index, len(chunks), self.mapped)
            return out

        self.write_behind = True
        try:
            return await self.finish(await gather_all(one(c) for c in chunks))
        finally:
            await asyncio.gather(*self.writes)  # every answer had is in the cache when the run ends

    async def finish(self, mapped: list[list[ChunkSummary] | Invalid | LLMFailure]) -> Draft:
        """The draft from every chunk's map result, in chunk order: the second half of `run`. (The
        job queue's merge task calls it with results mapped by chunk tasks on other workers.)"""
        if any(isinstance(m, LLMFailure) for m in mapped):
            raise LLMFailure(BUDGET_EXHAUSTED)
        failed = [m for m in mapped if isinstance(m, Invalid)]
        good = [m for m in mapped if isinstance(m, list)]
        if not good or 2 * len(failed) > len(mapped):
            raise LLMFailure(failed[0].reason if failed else "invalid_output")
        if failed:
            self.usage.warnings.append(f"llm_chunks_dropped:{len(failed)}")
        kept = [(i, rs) for i, rs in enumerate(mapped) if isinstance(rs, list)]
        results = [r for _, rs in kept for r in rs]
        drafted = None
        if len(results) == 1:
            top = results[0]
            title, summary, key_points = top.title, top.summary, top.key_points
        else:
            lines = [x for i, rs in kept for x in self.merge_lines.get(i) or [self.merge_line(r) for r in rs]]
            self.background = lambda: self._while_merging(results)
            try:
                merged = await self.merge(lines)
            finally:
                self.background = None
            if self.background_job is not None:
                drafted = await self.background_job
            self._progress("merge", 0, 1, 1)
            title, summary, key_points = merged.title, merged.summary, merged.key_points
        return make_draft(title, summary, key_points, results, self.max_chars, self.usage.warnings, self.language,
                          drafted)

    def _while_merging(self, results: list[ChunkSummary]) -> list[list[Drafted]]:
        """While the merge call is out (in a worker thread): the document's words for judging the
        merge's answer, then every answer's figures drafted."""
        self.document_units = known_units(self.analysis, self.language)
        return [draft_figures(r, self.language) for r in results]


async def summarize_llm(
    prepared: Prepared,
    options: SummaryOptions,
    settings: Settings,
    usage: Usage,
    on_progress: ProgressCallback | None,
    plan: LLMPlan | None = None,
) -> Draft:
    """The LLM summarizer. Raises LLMFailure when no acceptable summary can be had (or when the
    spending cap stops it: reason `budget_exhausted`)."""
    cache = open_cache(settings)
    if cache.warning:
        usage.warnings.append(cache.warning)
    try:
        plan = plan or plan_document(prepared, options, settings)
        transport = Transport(settings, usage, spending=Spending(settings, usage))
        run = DocumentRun(prepared, options, settings, usage, on_progress, transport, cache, plan)
        try:
            return await run.run()
        except Invalid as e:
            raise LLMFailure(e.reason) from None
    finally:
        if cache.warning and cache.warning not in usage.warnings:
            usage.warnings.append(cache.warning)
