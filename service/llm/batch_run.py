"""The map calls of many documents as one OpenAI Batch job, at half the price, feeding the very
cache the direct calls use: after `prefill_with_batch` the ordinary pipeline finds the map answers
cached (same keys as a direct call) and only merges, so everything after the map runs as usual.

    report = prefill_with_batch([(name, data), ...], options, settings, out_dir)
    for name, data in documents:
        summary = summarize(data, options, settings=settings)
        report.apply(name, summary)   # the batch's tokens and cost in the summary's stats

The batch id is saved in `<out_dir>/.zhaiyao-llm-batch.json` as soon as the batch exists (its
input file id even before), so a restarted command resumes polling that batch instead of paying
for another. Answers are checked as direct answers are (JSON, schema, degenerate summaries); a
request that failed inside the batch, or whose answer is unusable or cut off, is not cached, and
the pipeline asks it directly (with its re-asks, splits and retries).
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..backends import open_cache
from ..cache import ResultCache
from ..document import prepare
from ..errors import ZhaiyaoError
from ..files import write_atomic
from ..progress import Usage
from ..schemas import DocumentSummary, SummaryOptions
from ..settings import Settings
from . import batch_api
from .budget import Spending
from .judge import instructions_of
from .keys import request_body
from .plan import MapCall, plan_document
from .prompts import map_messages
from .replies import ChunkSummary, read_reply, response_format

log = logging.getLogger(__name__)

STATE_FILE = ".zhaiyao-llm-batch.json"


@dataclass
class Pending:
    """A map call not in the cache yet."""

    document: str
    call: MapCall
    language: str
    messages: list[dict]
    body: dict


@dataclass
class BatchReport:
    """What the batch did, and what it cost per document (at batch prices)."""

    usage: dict[str, Usage] = field(default_factory=dict)
    batches: list[str] = field(default_factory=list)
    submitted: int = 0
    answered: int = 0  # usable answers, now in the cache
    left_to_direct: int = 0  # failed or unusable inside the batch: asked directly by the pipeline
    resumed: bool = False

    def apply(self, document: str, summary: DocumentSummary) -> None:
        """Count the document's batch requests in its stats (calls, tokens, cost)."""
        u = self.usage.get(document)
        if u is None:
            return
        s = summary.stats
        s.batch_calls += u.llm_calls
        s.llm_calls += u.llm_calls
        s.prompt_tokens += u.prompt_tokens
        s.cached_prompt_tokens += u.cached_prompt_tokens
        s.completion_tokens += u.completion_tokens
        s.cost_usd = None if s.cost_usd is None or u.cost is None else round(s.cost_usd + u.cost_usd, 8)


def pending_calls(documents: list[tuple[str, bytes | str]], options: SummaryOptions, settings: Settings,
                  cache: ResultCache) -> dict[str, Pending]:
    """The map calls of every document whose answer is not cached, by cache key (shared chunks
    once). Documents that cannot be read are left to the ordinary run to report."""
    out: dict[str, Pending] = {}
    for name, data in documents:
        try:
            prepared = prepare(data, options)
            plan = plan_document(prepared, options, settings, cache)
        except ZhaiyaoError:
            continue
        fmt = response_format(ChunkSummary, plan.mode)
        for call in plan.map_calls:
            if call.cached or call.key in out:
                continue
            messages = map_messages(call.text, call.whole, plan.language, plan.max_chars, plan.mode)
            out[call.key] = Pending(name, call, plan.language, messages,
                                    request_body(settings.model, messages, fmt, call.max_tokens))
    return out


def _accept(p: Pending, body: dict) -> ChunkSummary | None:
    """The answer, if the pipeline would accept it from a direct call at its first ask."""
    choices = body.get("choices") or [{}]
    choice = choices[0] if isinstance(choices[0], dict) else {}
    if choice.get("finish_reason") == "length":
        return None  # cut off: the direct path splits the chunk
    content = (choice.get("message") or {}).get("content") or ""
    reading = read_reply(content, ChunkSummary, p.call.text, p.language, instructions_of(p.messages))
    return reading.value if isinstance(reading.value, ChunkSummary) else None


def _load(path: Path) -> dict | None:
    try:
        state = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return state if isinstance(state, dict) and state.get("input_file_id") else None


def _start(client, state_path: Path, todo: dict[str, Pending], settings: Settings) -> dict:
    """Upload and create the batch, saving each id the moment it exists."""
    requests = {cid: p.body for cid, p in todo.items()}
    state: dict[str, Any] = {"endpoint": batch_api.ENDPOINT, "model": settings.model,
                             "requests": {cid: p.document for cid, p in todo.items()},
                             "input_file_id": batch_api.upload(client, requests)}
    write_atomic(state_path, json.dumps(state, ensure_ascii=False))
    state["batch_id"] = batch_api.create(client, state["input_file_id"])
    write_atomic(state_path, json.dumps(state, ensure_ascii=False))
    return state


def _collect(batch, client, state: dict, pending: dict[str, Pending], settings: Settings,
             cache: ResultCache, report: BatchReport) -> None:
    """Usable answers into the cache; every answer's usage to its document, at batch prices."""
    for cid, answer in batch_api.results(client, batch).items():
        p = pending.get(cid)
        document = p.document if p else state.get("requests", {}).get(cid)
        if answer.body is None or document is None:
            continue
        usage = report.usage.setdefault(document, Usage())
        usage.llm_calls += 1
        Spending(settings, usage, batch=True).record(answer.body.get("usage"))
        value = _accept(p, answer.body) if p else None
        if value is not None:
            cache.set(cid, json.dumps([value.model_dump()], ensure_ascii=False))
            report.answered += 1


def prefill_with_batch(
    documents: list[tuple[str, bytes | str]], options: SummaryOptions, settings: Settings, out_dir: Path,
    say: Callable[[str], None] = print, sleep: Callable[[float], None] = time.sleep,
) -> BatchReport:
    """Answer the uncached map calls of `documents` through the Batch API into the LLM cache."""
    report = BatchReport()
    cache = open_cache(settings)
    if not cache.enabled:
        say("no usable LLM cache (ZHAIYAO_CACHE_DIR): the Batch API answers would be lost; calling directly")
        return report
    state_path = out_dir / STATE_FILE
    pending = pending_calls(documents, options, settings, cache)
    client = batch_api.make_client(settings)
    batched: set[str] = set()
    while True:
        state = _load(state_path)
        if state is None:
            todo = {cid: p for cid, p in pending.items() if cid not in batched and cache.get(cid) is None}
            if not todo:
                break
            state = _start(client, state_path, todo, settings)
            report.submitted += len(todo)
            say(f"batch {state['batch_id']}: {len(todo)} map calls submitted (saved in {state_path})")
        else:
            report.resumed = True
            if not state.get("batch_id"):
                state["batch_id"] = batch_api.find_batch_of(client, state["input_file_id"])
            if not state["batch_id"]:  # killed between upload and create: create it now
                state["batch_id"] = batch_api.create(client, state["input_file_id"])
                write_atomic(state_path, json.dumps(state, ensure_ascii=False))
            say(f"batch {state['batch_id']}: resuming ({len(state.get('requests', {}))} map calls)")
        batch = batch_api.wait(client, state["batch_id"], settings.batch_poll_seconds, sleep=sleep,
                               on_status=lambda b: say(f"batch {b.id}: {b.status} {_counts(b)}"))
        _collect(batch, client, state, pending, settings, cache, report)
        report.batches.append(state["batch_id"])
        batched |= set(state.get("requests", {}))
        state_path.unlink(missing_ok=True)
    report.left_to_direct = sum(1 for cid in pending if cache.get(cid) is None)
    return report


def _counts(batch) -> str:
    c = getattr(batch, "request_counts", None)
    return f"({c.completed}/{c.total} done, {c.failed} failed)" if c else ""
