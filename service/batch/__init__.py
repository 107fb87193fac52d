"""`zhaiyao batch`: every document of a folder, many at once, into one output folder.

- `runner.py`: `run_batch` (what to redo, where the work runs, the order of the LLM stage) and
  its `BatchReport`;
- `work.py`: the units of work run in the worker processes, and what counts as finished;
- `pool.py`: the worker processes (`--jobs`);
- `tables.py`: `summaries.jsonl` and `figures.csv`, rebuilt from the outputs after every run;
- `display.py`: the progress bar, fed with `service.progress.Progress` events;
- `queued.py`: `run_queued_batch` (`--queue`), the same outputs with every document a job for the
  `zhaiyao worker`s (needs ZHAIYAO_REDIS_URL).
"""

from .runner import BatchReport, run_batch

__all__ = ["BatchReport", "run_batch"]
