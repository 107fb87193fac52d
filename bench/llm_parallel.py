"""Part 3: the LLM path against a stub that takes a fixed time per call (bench/slow_stub.py).

1. Wall time of documents of 1, 4, 8 and 16 chunks, the context (ZHAIYAO_CONTEXT_TOKENS) set so
   that the plan cuts them into that many chunks; as a multiple of one call. A document of
   N <= max_concurrency chunks needs one round of parallel map calls and one merge: 2 calls.
2. Tokens on the five seeds and the sixteen dev pages concatenated (one ~16k-token document):
   calls, distinct prompt prefixes (schema + system message) and prompt tokens per document token
   all in (every message, the schema, OpenAI's per-message framing: what the stub reports as
   usage), at the default context, at ZHAIYAO_CONTEXT_TOKENS=8000, and at the old fixed
   1,500-token chunks.
3. The chunk-size trade-off on the seeds: figures and key points kept after grounding, calls and
   prompt tokens per document token, at several chunk sizes. The stub answers every call with at
   most 8 figures and 3 key points, so more chunks find more figures by construction: this
   measures the cost side, and a model that lists a bounded number of items per reply.
"""

from __future__ import annotations

import asyncio
import json
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from corpus import ROOT, SEEDS, big_document
from pydantic import SecretStr

from service.chunk import count_tokens
from service.pipeline import asummarize, prepare
from service.schemas import SummaryOptions
from service.settings import Settings

BENCH = Path(__file__).resolve().parent
DEV_DOCS = ROOT.parent / "shared" / "eval" / "dev" / "docs"
CHUNK_TOKENS = 3000  # the chunk size the wall-time documents are cut at (the context is set for it)
CONCURRENCY = 8
CHUNK_COUNTS = (1, 4, 8, 16)
TRADEOFF_CHUNKS = (500, 1000, 2000, 4000, None)  # None: the default plan (one call per seed)


def document_of(n_chunks: int, source: str, settings: Settings) -> str:
    """A prefix of `source` (whole paragraphs) that the plan with `settings` (a context or an
    explicit chunk size) cuts into `n_chunks` chunks, or as near as the paragraphs allow."""
    from service.llm.plan import plan_document

    ends = [i for i in range(len(source)) if source.startswith("\n\n", i)] + [len(source)]

    def chunks(k: int) -> int:
        return len(plan_document(prepare(source[: ends[k]]), SummaryOptions(), settings).map_calls)

    lo, hi = 0, len(ends) - 1
    while lo < hi:  # the shortest prefix with at least n_chunks chunks
        mid = (lo + hi) // 2
        if chunks(mid) >= n_chunks:
            hi = mid
        else:
            lo = mid + 1
    return prepare(source[: ends[lo]]).clean.analysis


def context_for(chunk_tokens: int) -> int:
    """The ZHAIYAO_CONTEXT_TOKENS whose plan cuts chunks of `chunk_tokens`: the map call's fixed
    prompt, the chunk and its reply, and the safety margin."""
    from service.llm.plan import SAFETY_TOKENS, map_reply_limit, prompt_tokens
    from service.llm.prompts import map_messages
    from service.llm.replies import ChunkSummary, response_format

    fixed = prompt_tokens(map_messages("", False, "zh", 300, "json_schema"), response_format(ChunkSummary, "json_schema"))
    return fixed + chunk_tokens + map_reply_limit(Settings(_env_file=None), chunk_tokens) + SAFETY_TOKENS


def concatenated() -> tuple[str, int]:
    """The seeds and (when the evaluation set is beside the repository) the dev pages, one document."""
    paths = sorted(SEEDS.glob("*.txt")) + sorted(DEV_DOCS.glob("*.txt"))
    return "\n\n".join(p.read_text(encoding="utf-8") for p in paths), len(paths)


def _stats(base: str) -> dict:
    with urllib.request.urlopen(f"{base}/_stub/stats", timeout=30) as r:
        return json.loads(r.read())


def _start_stub(seconds: float) -> tuple[subprocess.Popen, str]:
    proc = subprocess.Popen([sys.executable, str(BENCH / "slow_stub.py"), "--delay", str(seconds)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT)
    line = proc.stdout.readline() if proc.stdout else ""
    if not line.startswith("STUB_URL="):
        proc.kill()
        raise RuntimeError(f"stub did not start: {line} {proc.stderr.read() if proc.stderr else ''}")
    return proc, line.strip().split("=", 1)[1]


def _one_call(base: str) -> float:
    import openai

    client = openai.OpenAI(api_key="bench", base_url=base, max_retries=0)
    client.chat.completions.create(model="stub", messages=[{"role": "user", "content": "热身"}])
    runs = []
    for _ in range(3):
        t0 = time.perf_counter()
        client.chat.completions.create(
            model="stub", messages=[{"role": "user", "content": "<<<DOCUMENT x>>>\n一句话。\n<<<END DOCUMENT x>>>"}])
        runs.append(time.perf_counter() - t0)
    return sorted(runs)[1]


class Runner:
    """Summaries against the stub in one event loop, as a running server makes them (its OpenAI
    client is built once and kept), each with a cache directory of its own (opened before timing,
    as a server has its cache open), so that no run is served from another's cache."""

    def __init__(self, base: str, tmp: Path):
        self.base = base
        self.tmp = tmp
        self.n = 0
        self.loop = asyncio.new_event_loop()
        self.run("热身：规上工业产值突破60亿元。", self.settings())  # builds the client and the tokenizer

    def settings(self, **values) -> Settings:
        from service.cache import DiskResultCache

        self.n += 1
        cache = self.tmp / f"cache-{self.n}"
        DiskResultCache(cache)
        return Settings(_env_file=None, openai_api_key=SecretStr("bench-key"), openai_base_url=self.base,
                        max_concurrency=CONCURRENCY, cache_dir=cache, max_retries=0, **values)

    def run(self, text: str, settings: Settings) -> tuple[float, dict, object]:
        before = _stats(self.base)
        t0 = time.perf_counter()
        summary = self.loop.run_until_complete(asummarize(text, SummaryOptions(mode="llm"), settings=settings))
        wall = time.perf_counter() - t0
        after = _stats(self.base)
        if summary.method != "llm":
            raise RuntimeError(f"LLM path fell back: {summary.warnings}")
        usage = {k: after[k] - before[k] for k in ("calls", "map", "merge", "prompt_tokens", "input_tokens",
                                                   "reported_prompt_tokens", "cached_tokens")}
        calls = after["prefixes"][before["calls"]:after["calls"]]
        usage["distinct_prefixes"] = {kind: len({d for k, d in calls if k == kind}) for kind in ("map", "merge")}
        return wall, usage, summary


def wall_rows(runner: Runner, one_call: float, delay: float, repeats: int, log) -> list[dict]:
    source = big_document(250_000)
    context = context_for(CHUNK_TOKENS)
    rows = []
    for n in CHUNK_COUNTS:
        text = document_of(n, source, Settings(_env_file=None, context_tokens=context))
        walls: list[float] = []
        usage: dict = {}
        for _ in range(repeats):
            wall, usage, summary = runner.run(text, runner.settings(context_tokens=context))
            walls.append(wall)
        walls.sort()
        wall = walls[len(walls) // 2]
        within = usage["map"] <= CONCURRENCY
        row = {"chunks": usage["map"], "context_tokens": context, "doc_tokens": count_tokens(prepare(text).clean.analysis),
               "wall_s": round(wall, 3), "walls_s": [round(w, 3) for w in walls],
               "calls_equivalent": round(wall / delay, 2), "one_call_multiple": round(wall / one_call, 2),
               "within_concurrency": within, **usage}
        log(f"  {row['chunks']} chunks: {wall:.3f}s = {row['one_call_multiple']}x one call, {usage['calls']} calls")
        rows.append(row)
    return rows


def token_rows(runner: Runner, log) -> dict:
    text, n_docs = concatenated()
    doc_tokens = count_tokens(prepare(text).clean.analysis)
    out: dict = {"documents": n_docs, "doc_tokens": doc_tokens, "runs": {}}
    for label, values in (("default context", {}), ("context 8000", {"context_tokens": 8000}),
                          ("1500-token chunks", {"chunk_tokens": 1500})):
        wall, usage, summary = runner.run(text, runner.settings(**values))
        stats = summary.stats  # type: ignore[attr-defined]
        row = {**usage, "wall_s": round(wall, 3), "chunks": stats.chunks,
               "prompt_per_doc_token": round(usage["reported_prompt_tokens"] / doc_tokens, 3),
               "cached_share": round(usage["cached_tokens"] / max(1, usage["reported_prompt_tokens"]), 3),
               "cost_usd": stats.cost_usd}
        log(f"  {label}: {usage['calls']} calls, {row['prompt_per_doc_token']} prompt tokens per document token, "
            f"prefixes {usage['distinct_prefixes']}")
        out["runs"][label] = row
    return out


def tradeoff_rows(runner: Runner, log) -> list[dict]:
    seeds = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    doc_tokens = sum(count_tokens(prepare(t).clean.analysis) for t in seeds)
    rows = []
    for size in TRADEOFF_CHUNKS:
        figures = key_points = calls = prompt = 0
        for text in seeds:
            _, usage, summary = runner.run(text, runner.settings(chunk_tokens=size))
            figures += len(summary.figures)  # type: ignore[attr-defined]
            key_points += len(summary.key_points)  # type: ignore[attr-defined]
            calls += usage["calls"]
            prompt += usage["reported_prompt_tokens"]
        row = {"chunk_tokens": size or "context", "figures": figures, "key_points": key_points, "calls": calls,
               "prompt_per_doc_token": round(prompt / doc_tokens, 3),
               "figures_per_1k_prompt_tokens": round(1000 * figures / prompt, 2)}
        log(f"  chunks of {row['chunk_tokens']}: {figures} figures, {calls} calls, {row['prompt_per_doc_token']}")
        rows.append(row)
    return rows


def run(delay: float = 0.3, repeats: int = 3, log=print, parts: tuple[str, ...] = ("wall", "tokens", "tradeoff")) -> dict:
    proc, base = _start_stub(delay)
    tmp = Path(tempfile.mkdtemp(prefix="zhaiyao-bench-llm-"))
    runner = None
    try:
        one_call = _one_call(base)
        runner = Runner(base, tmp)
        out: dict = {"delay_s": delay, "one_call_measured_s": round(one_call, 3), "max_concurrency": CONCURRENCY}
        if "wall" in parts:
            out["documents"] = wall_rows(runner, one_call, delay, repeats, log)
        if "tokens" in parts:
            out["concatenated"] = token_rows(runner, log)
        if "tradeoff" in parts:
            out["chunk_tradeoff"] = tradeoff_rows(runner, log)
        return out
    finally:
        if runner is not None:
            runner.loop.close()
        proc.terminate()
        proc.wait(timeout=10)
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    print(json.dumps(run(parts=tuple(sys.argv[1:]) or ("wall", "tokens", "tradeoff")), indent=2))
