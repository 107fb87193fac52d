"""Running a batch: many documents at once, each output written as soon as it is finished.

Extractive: the whole document (read, clean, summarize, write) runs in a worker process, `jobs`
at a time. LLM: the CPU-bound halves (preparing, then grounding) run in the worker processes and
the calls are awaited in this process, where the LLM limits (`service.llm.limits`) bound the
calls in flight across all documents. Documents enter the LLM stage in order, at most
`max_concurrency` at a time, while the next ones are prepared ahead; so a crash loses only the
documents in flight, and a rerun skips every finished one.
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass, field
from pathlib import Path

from ..pipeline import choose_method, draft_llm
from ..schemas import SummaryOptions
from ..settings import Settings
from .display import BatchDisplay
from .pool import CpuPool
from .tables import rebuild_tables
from .work import (
    DOC_SUFFIXES,
    Outcome,
    documents_in,
    files_not_read,
    finish_file,
    is_finished,
    output_for,
    prepare_and_plan_file,
    summarize_files,
    sweep_temporary,
)

MAX_DOCS_PER_TASK = 8


@dataclass
class BatchReport:
    out_dir: Path
    summarized: int = 0
    up_to_date: int = 0
    failed: dict[str, str] = field(default_factory=dict)  # input file name -> "code: message"
    seconds: float = 0.0
    not_read: list[str] = field(default_factory=list)  # files of the folder that are no documents

    @property
    def exit_code(self) -> int:
        return 1 if self.failed else 0

    def record(self, name: str, outcome: Outcome, display: BatchDisplay) -> None:
        """Count one document's outcome and show it."""
        if outcome.ok:
            self.summarized += 1
            display.update(name, outcome.event())
        else:
            self.failed[name] = f"{outcome.code}: {outcome.message}"
            display.failure(name, f"zhaiyao: {name}: {outcome.code}: {outcome.message}")

    def lines(self) -> list[str]:
        """What the command prints at the end: the counts, then every failed document."""
        out = [f"zhaiyao: {self.summarized} summarized, {self.up_to_date} up to date, {len(self.failed)} failed "
               f"in {self.seconds:.2f}s -> {self.out_dir}"]
        if self.not_read:
            names = ", ".join(self.not_read[:5]) + (f" and {len(self.not_read) - 5} more" if len(self.not_read) > 5 else "")
            files = "other file" if len(self.not_read) == 1 else "other files"
            out.append(f"zhaiyao: {len(self.not_read)} {files} not read (documents are "
                       f"{', '.join(sorted(DOC_SUFFIXES))}): {names}")
        if self.failed:
            out.append(f"zhaiyao: {len(self.failed)} failed:")
            out += [f"  {name}: {why}" for name, why in sorted(self.failed.items())]
        return out


class _Batch:
    """One run: the documents to do, where their work runs, and what became of each."""

    def __init__(self, todo: list[Path], out_dir: Path, options: SummaryOptions, settings: Settings,
                 pool: CpuPool, report: BatchReport, show_progress: bool):
        self.todo = todo
        self.out_dir = out_dir
        self.options = options
        self.settings = settings
        self.pool = pool
        self.report = report
        self.display = BatchDisplay(len(todo), show=show_progress)

    def record(self, src: Path, outcome: Outcome) -> None:
        self.report.record(src.name, outcome, self.display)

    async def extractive(self) -> None:
        # Documents go to the workers a few at a time (a task per document would cost this process
        # a noticeable share of a small document's time), and a few tasks are queued per worker to
        # keep every worker busy without holding the whole list.
        per_task = max(1, min(MAX_DOCS_PER_TASK, len(self.todo) // (16 * self.pool.jobs)))
        queued = asyncio.Semaphore(2 * self.pool.jobs)

        async def some(sources: list[Path]) -> None:
            async with queued:
                jobs = [(str(src), str(output_for(src, self.out_dir))) for src in sources]
                try:
                    outcomes = await self.pool.run(summarize_files, jobs, self.options)
                except Exception as e:  # the worker itself died (WorkerDied)
                    outcomes = [Outcome.failed(e)] * len(sources)
            for src, outcome in zip(sources, outcomes, strict=True):
                self.record(src, outcome)

        await asyncio.gather(*(some(self.todo[i:i + per_task]) for i in range(0, len(self.todo), per_task)))

    async def llm(self) -> None:
        from ..backends import limits_for

        limits = limits_for(self.settings)  # this loop's: the one every call of this batch goes through
        self.display.in_flight = lambda: limits.in_flight
        concurrency = self.settings.max_concurrency
        summarizing = asyncio.Semaphore(concurrency)
        # Documents prepared ahead or being summarized: a whole round more than the calls in flight,
        # so that when a round of replies comes back the next round's documents are ready to send
        # (their preparing would otherwise queue in the workers behind the round's grounding).
        held = asyncio.Semaphore(2 * concurrency + self.pool.jobs)
        finishing = asyncio.Semaphore(concurrency + self.pool.jobs)  # grounded and written
        loop = asyncio.get_running_loop()
        turns = [loop.create_future() for _ in self.todo]  # set when a document's LLM stage begins

        async def take_turn(i: int) -> None:
            if i and not turns[i - 1].done():
                await turns[i - 1]
            if not turns[i].done():
                turns[i].set_result(None)

        async def drafted(i: int, src: Path) -> tuple:
            """Prepare and plan `src`, then draft it with the LLM in its turn (name order)."""
            try:
                prepared, plan = await self.pool.run(prepare_and_plan_file, str(src), self.options, self.settings)
                if i:
                    await turns[i - 1]
                async with summarizing:  # left as soon as the LLM is done: grounding needs no call
                    await take_turn(i)
                    return prepared, await draft_llm(prepared, self.options, settings=self.settings,
                                                     on_progress=self.display.events_of(src.name),
                                                     run_cpu=self.pool.run, plan=plan)
            finally:
                await take_turn(i)

        async def one(i: int, src: Path) -> None:
            try:
                async with held:
                    started = time.perf_counter()
                    prepared, draft = await drafted(i, src)
                    await finishing.acquire()  # before `held` is let go: never more documents in memory
                try:
                    target = str(output_for(src, self.out_dir))
                    outcome = await self.pool.run(finish_file, target, prepared, *draft, started)
                finally:
                    finishing.release()
            except Exception as e:  # one document's failure never stops the batch
                outcome = Outcome.failed(e)
            self.record(src, outcome)

        await asyncio.gather(*(one(i, src) for i, src in enumerate(self.todo)))


def run_batch(src_dir: Path, out_dir: Path, options: SummaryOptions, settings: Settings, *,
              force: bool = False, show_progress: bool = False) -> BatchReport:
    """Summarize every document of `src_dir` into `out_dir` (`<stem>.json`, `summaries.jsonl`,
    `figures.csv`). Raises LLMNotConfigured (mode 'llm' without a key) before any work."""
    started = time.perf_counter()
    method = choose_method(options, settings)
    docs = documents_in(src_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    sweep_temporary(out_dir)
    todo = [d for d in docs if force or not is_finished(d, output_for(d, out_dir))]
    report = BatchReport(out_dir, up_to_date=len(docs) - len(todo), not_read=files_not_read(src_dir))
    if todo:
        pool = CpuPool(max(1, min(settings.job_count, len(todo))))
        batch = _Batch(todo, out_dir, options, settings, pool, report, show_progress)
        try:
            with batch.display:
                asyncio.run(batch.llm() if method == "llm" else batch.extractive())
        finally:
            pool.close()
    rebuild_tables(((d.name, output_for(d, out_dir)) for d in docs), out_dir)
    report.seconds = time.perf_counter() - started
    return report
