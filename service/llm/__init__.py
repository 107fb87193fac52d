"""Stage 4 (LLM): chunked map-merge summaries through any OpenAI-compatible endpoint.

One concern per module:
- `prompts`: templates from `prompts/`, their versions, the messages of map and merge calls;
- `replies`: the reply models and schema, parsing, validation and the re-ask message;
- `judge`: degenerate answers (repeating, copying the prompt, off topic, looping);
- `transport`: the client, retries with backoff and Retry-After, calls in flight;
- `keys`: the cache key;
- `run`: map/merge orchestration for one document, with the cache;
- `draft`: model results -> the Draft that grounding checks.

Importing this package imports `openai`; the extractive path never does.
"""

from .run import summarize_llm

__all__ = ["summarize_llm"]
