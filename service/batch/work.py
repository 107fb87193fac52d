"""The batch's units of work, as module-level functions of plain data so that they run in the
worker processes of the pool (or, with one job, in the batch's own process).

A worker reads its input file and, for the extractive path, writes its output itself: only file
names and a small `Outcome` cross between processes, never a document.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..document import Prepared, prepare
from ..files import write_atomic
from ..pipeline import assemble, summarize_prepared
from ..progress import Progress, Usage
from ..re_cache import compile_re
from ..schemas import SCHEMA_VERSION, DocumentSummary, Draft, Method, SummaryOptions
from ..settings import Settings

if TYPE_CHECKING:
    from ..llm.plan import LLMPlan

DOC_SUFFIXES = {".txt", ".md", ".html", ".htm", ".pdf", ".docx"}
_SCHEMA_VERSION = compile_re(rb'"schema_version"\s*:\s*"([^"]*)"')


@dataclass(frozen=True)
class Outcome:
    """What became of one document: written, or failed with a code and a message."""

    ok: bool
    code: str = ""
    message: str = ""
    method: str = ""
    llm_calls: int = 0
    cache_hits: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0

    @classmethod
    def written(cls, summary: DocumentSummary) -> Outcome:
        s = summary.stats
        return cls(True, method=summary.method, llm_calls=s.llm_calls, cache_hits=s.cache_hits,
                   prompt_tokens=s.prompt_tokens, completion_tokens=s.completion_tokens)

    def event(self) -> Progress:
        """The document's last progress event, with its final counts."""
        return Progress(stage="done", llm_calls=self.llm_calls, cache_hits=self.cache_hits,
                        prompt_tokens=self.prompt_tokens, completion_tokens=self.completion_tokens)

    @classmethod
    def failed(cls, e: BaseException) -> Outcome:
        """A pipeline error keeps its code and message; anything else is named by its class."""
        if isinstance(e, OSError):
            return cls(False, type(e).__name__, e.strerror or str(e))
        code = getattr(e, "code", None)
        message = getattr(e, "message", None)
        if isinstance(code, str) and isinstance(message, str):
            return cls(False, code, message)
        return cls(False, type(e).__name__, str(e) or type(e).__name__)


def documents_in(src_dir: Path) -> list[Path]:
    """The documents of a folder (not its sub-folders), by name."""
    return sorted(p for p in src_dir.iterdir() if p.is_file() and p.suffix.lower() in DOC_SUFFIXES)


def files_not_read(src_dir: Path) -> list[str]:
    """The other files of the folder (hidden ones aside): told to the user, who may have expected them read."""
    return sorted(p.name for p in src_dir.iterdir()
                  if p.is_file() and not p.name.startswith(".") and p.suffix.lower() not in DOC_SUFFIXES)


def output_for(src: Path, out_dir: Path) -> Path:
    return out_dir / f"{src.stem}.json"


def is_finished(src: Path, out: Path) -> bool:
    """An output newer than its input, not empty, and of this schema version: nothing to redo.
    (An output of an older schema is redone, so every output of a folder has one shape.)"""
    try:
        st = out.stat()
        if st.st_size == 0 or st.st_mtime < src.stat().st_mtime:
            return False
        with out.open("rb") as fh:
            head = fh.read(256)
    except OSError:
        return False
    found = _SCHEMA_VERSION.search(head)
    return bool(found) and found.group(1).decode() == SCHEMA_VERSION


def sweep_temporary(out_dir: Path) -> None:
    """Temporary files (write_atomic's names) that a run killed mid-write left: never outputs."""
    for stale in out_dir.glob(".*.tmp"):
        if stale.name.startswith((".summaries.jsonl.", ".figures.csv.")) or ".json." in stale.name:
            stale.unlink(missing_ok=True)


def write_summary(target: str | Path, summary: DocumentSummary) -> Outcome:
    write_atomic(Path(target), summary.model_dump_json(indent=2) + "\n")
    return Outcome.written(summary)


def summarize_file(src: str, target: str, options: SummaryOptions) -> Outcome:
    """One document through the extractive path, its output written; never raises."""
    try:
        summary = summarize_prepared(prepare(Path(src).read_bytes(), options), options)
        return write_summary(target, summary)
    except Exception as e:  # one document's failure, whatever it is, never stops the batch
        return Outcome.failed(e)


def summarize_files(jobs: list[tuple[str, str]], options: SummaryOptions) -> list[Outcome]:
    """`summarize_file` for each (input, output) pair: several documents per trip to a worker."""
    return [summarize_file(src, target, options) for src, target in jobs]


def prepare_file(src: str, options: SummaryOptions) -> Prepared:
    """Decode, clean and segment one input file (the LLM path's first, CPU-bound half)."""
    return prepare(Path(src).read_bytes(), options)


def prepare_and_plan_file(src: str, options: SummaryOptions, settings: Settings) -> tuple[Prepared, LLMPlan]:
    """`prepare_file`, then the plan of its LLM calls: a document ready to send the moment a call
    slot frees (planning it then would queue it in the workers behind other documents' grounding)."""
    from ..llm.plan import plan_llm

    prepared = prepare_file(src, options)
    return prepared, plan_llm(prepared, options, settings)


def finish_file(target: str, prepared: Prepared, draft: Draft, method: Method, model: str | None, usage: Usage,
                started: float) -> Outcome:
    """Ground a drafted document and write its output (the LLM path's second CPU-bound half)."""
    return write_summary(target, assemble(prepared, draft, method, model, usage, None, started))
