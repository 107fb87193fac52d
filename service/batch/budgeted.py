"""A batch under a spending cap for the whole run, or with the OpenAI Batch API for its map calls.

`--dry-run` prints the run's plan (calls, tokens, cost range) and stops. Otherwise the run is
refused before any call when its upper estimate is over `--max-cost` (at batch prices with
`--llm-batch`), the Batch API answers every map call first when asked (`--llm-batch`: half the
price, resumable), and the documents are then summarized one after another, each spending what the
earlier ones left of the cap (service/llm/run_plan.py). Outputs, skips and tables are the ones of
the concurrent batch (service/batch/runner.py), which runs when no cost control is asked for.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from ..errors import ZhaiyaoError
from ..schemas import SummaryOptions
from ..settings import Settings
from .runner import BatchReport
from .tables import rebuild_tables
from .work import documents_in, files_not_read, is_finished, output_for, sweep_temporary, write_summary


def run_budgeted_batch(src_dir: Path, out_dir: Path, options: SummaryOptions, settings: Settings, *,
                       force: bool = False, max_cost: float | None = None, llm_batch: bool = False,
                       dry_run: bool = False) -> BatchReport | str:
    """The batch with cost control; returns the plan as JSON for a dry run, else the report.
    Raises ZhaiyaoError (over_budget, no key for the Batch API) before any call."""
    from ..llm.run_plan import LLMRun

    started = time.perf_counter()
    docs = documents_in(src_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    sweep_temporary(out_dir)
    todo = [d for d in docs if force or not is_finished(d, output_for(d, out_dir))]
    run = LLMRun([(d.name, d.read_bytes()) for d in todo], options, max_cost=max_cost, llm_batch=llm_batch,
                 settings=settings)
    if dry_run:
        return run.plan().model_dump_json(indent=2)
    refusal = run.refusal()
    if refusal:
        raise _Refused(*refusal)
    if llm_batch and todo:
        run.prefill(out_dir, say=lambda m: print(f"zhaiyao: {m}", file=sys.stderr))
    report = BatchReport(out_dir, up_to_date=len(docs) - len(todo), not_read=files_not_read(src_dir))
    for doc in todo:
        try:
            summary = run.summarize(doc.name, doc.read_bytes(), options)
            write_summary(output_for(doc, out_dir), summary)
            report.summarized += 1
        except (ZhaiyaoError, OSError, ValueError) as e:
            report.failed[doc.name] = f"{getattr(e, 'code', type(e).__name__)}: {getattr(e, 'message', None) or e}"
    rebuild_tables(((d.name, output_for(d, out_dir)) for d in docs), out_dir)
    report.seconds = time.perf_counter() - started
    return report


class _Refused(ZhaiyaoError):
    status = 422

    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code
