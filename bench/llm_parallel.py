"""Part 3: LLM-mode wall time against a stub that takes a fixed time per call, for documents of
1, 4, 8 and 16 chunks; and the prompt tokens sent per document token.

One call is the stub's fixed delay. A document of N <= max_concurrency chunks needs one round
of parallel map calls and one merge call, so its floor is 2 calls (1 for a one-chunk document,
which is answered by its single map call).
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

from corpus import ROOT, big_document
from pydantic import SecretStr

from service.chunk import chunk, count_tokens
from service.pipeline import asummarize, prepare
from service.schemas import SummaryOptions
from service.settings import Settings

BENCH = Path(__file__).resolve().parent
CHUNK_TOKENS = 400
CONCURRENCY = 8
CHUNK_COUNTS = (1, 4, 8, 16)


def document_of(n_chunks: int, source: str, chunk_tokens: int = CHUNK_TOKENS) -> tuple[str, int]:
    """A prefix of `source` that the pipeline cuts into exactly `n_chunks` chunks (or as near as
    the sentence boundaries allow) at CHUNK_TOKENS tokens per chunk."""
    p = prepare(source)
    chunks = chunk(p.clean.analysis, p.sentences, budget=chunk_tokens)
    best = None
    for k in (n_chunks, n_chunks - 1, n_chunks + 1) if n_chunks > 1 else (1,):
        text = p.clean.analysis[: chunks[k - 1].end]
        q = prepare(text)
        got = len(chunk(q.clean.analysis, q.sentences, budget=chunk_tokens))
        if got == n_chunks:
            return text, got
        best = best or (text, got)
    return best  # type: ignore[return-value]


def _stats(base: str) -> dict:
    with urllib.request.urlopen(f"{base}/_stub/stats", timeout=10) as r:
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
    t0 = time.perf_counter()
    client.chat.completions.create(
        model="stub", messages=[{"role": "user", "content": "<<<DOCUMENT x>>>\n一句话。\n<<<END DOCUMENT x>>>"}])
    return time.perf_counter() - t0


def _client_cost(base: str) -> float:
    """Seconds to build one OpenAI client: paid once per event loop and endpoint (service.llm
    keeps the client), so it appears in a CLI run but not in a running server's requests."""
    import openai

    runs = []
    for _ in range(5):
        t0 = time.perf_counter()
        openai.AsyncOpenAI(api_key="bench-key", base_url=base, max_retries=0)
        runs.append(time.perf_counter() - t0)
    return sorted(runs)[2]


def run(delay: float = 0.3, repeats: int = 2, chunk_tokens: int = CHUNK_TOKENS, log=print) -> dict:
    proc, base = _start_stub(delay)
    tmp = Path(tempfile.mkdtemp(prefix="zhaiyao-bench-llm-"))
    try:
        one_call = _one_call(base)
        client_s = _client_cost(base)
        source = big_document(120_000 if chunk_tokens <= 500 else 400_000)
        rows = []
        # One cache directory, opened before timing as a running server has it open; each run
        # uses another model name (part of every cache key), so no run is served from the cache.
        warm = Settings(openai_api_key=SecretStr("bench-key"), openai_base_url=base, cache_dir=tmp / "cache")
        from service.cache import DiskResultCache

        DiskResultCache(warm.cache_dir)
        for n in CHUNK_COUNTS:
            text, got = document_of(n, source, chunk_tokens)
            doc_tokens = count_tokens(prepare(text).clean.analysis)
            walls = []
            usage = None
            for _ in range(repeats):
                settings = Settings(
                    openai_api_key=SecretStr("bench-key"), openai_base_url=base, chunk_tokens=chunk_tokens,
                    max_concurrency=CONCURRENCY, cache_dir=tmp / "cache", max_retries=0,
                    model=f"stub-{time.monotonic_ns()}",
                )
                before = _stats(base)
                t0 = time.perf_counter()
                summary = asyncio.run(asummarize(text, SummaryOptions(mode="llm"), settings=settings))
                walls.append(time.perf_counter() - t0)
                after = _stats(base)
                if summary.method != "llm":
                    raise RuntimeError(f"LLM path fell back: {summary.warnings}")
                usage = {k: after[k] - before[k] for k in ("calls", "map", "merge", "prompt_tokens", "input_tokens",
                                                           "map_prompt_tokens", "map_input_tokens",
                                                           "merge_prompt_tokens", "merge_input_tokens")}
            assert usage is not None
            wall = min(walls)
            overhead = usage["prompt_tokens"] - usage["input_tokens"]
            row = {
                "chunks": got,
                "doc_tokens": doc_tokens,
                "wall_s": round(wall, 3),
                "calls_equivalent": round(wall / delay, 2),
                "one_call_multiple": round(wall / one_call, 2),
                "within_concurrency": got <= CONCURRENCY,
                **usage,
                "overhead_tokens_per_call": round(overhead / usage["calls"], 1),
                "prompt_per_doc_token": round(usage["prompt_tokens"] / doc_tokens, 3),
                "variable_per_doc_token": round(usage["input_tokens"] / doc_tokens, 3),
            }
            log(f"  {got} chunks: {wall:.3f}s = {row['calls_equivalent']}x one call, {usage['calls']} calls")
            rows.append(row)
        return {"delay_s": delay, "one_call_measured_s": round(one_call, 3), "chunk_tokens": chunk_tokens,
                "client_construction_s": round(client_s, 4),
                "max_concurrency": CONCURRENCY, "documents": rows}
    finally:
        proc.terminate()
        proc.wait(timeout=10)
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    print(json.dumps(run(chunk_tokens=int(sys.argv[1]) if len(sys.argv) > 1 else CHUNK_TOKENS), indent=2))
