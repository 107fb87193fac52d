"""Stage 4 (LLM): chunked map-merge summaries through any OpenAI-compatible endpoint.

One concern per module:
- `prompts`: templates from `prompts/`, their versions, the messages of map and merge calls;
- `replies`: the reply models and schema, parsing, validation and the re-ask message;
- `judge`: degenerate answers (repeating, copying the prompt, off topic, looping);
- `transport`: the client, retries with backoff and Retry-After, calls in flight;
- `keys`: the cache key;
- `plan`: one call or chunks, from the context budget; calls, tokens and cost before any call;
- `pricing`: the price table; `budget`: actual usage and cost, and the spending cap;
- `run`: map/merge orchestration for one document, with the cache;
- `draft`: model results -> the Draft that grounding checks;
- `batch_api`, `batch_run`: the map calls of many documents as one OpenAI Batch job.

`summarize_llm` (and `transport`) import `openai`; the extractive path never does, and planning
(`plan`, `pricing`) does not either.
"""

from typing import Any


def __getattr__(name: str) -> Any:
    # Lazy: a dry run (llm.plan) needs no openai.
    if name == "summarize_llm":
        from .run import summarize_llm

        return summarize_llm
    raise AttributeError(name)


__all__ = ["summarize_llm"]
