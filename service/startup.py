"""What a long-running process (`serve`, `worker`) does once, before its work: load the LLM stack.

The `openai` client, the tokenizer and the reply schemas take a second or more to load (importing
`openai` alone takes 1.2-1.6 s here). The extractive path never loads them, so without this the
first LLM request of a server, or the first task of each worker process, would pay it.
"""

from __future__ import annotations

from .settings import Settings


def warm_up_llm(settings: Settings) -> None:
    """Import and initialise what an LLM call needs, without making one (nothing without a key)."""
    if not settings.llm_configured:
        return
    import openai

    from .chunk import count_tokens
    from .llm.keys import cache_key
    from .llm.replies import ChunkSummary, MergedSummary, response_format

    count_tokens("warm up")
    for model in (ChunkSummary, MergedSummary):
        response_format(model, settings.response_format)
        cache_key(settings, kind="warm", model=model, scope="", payload="", language="zh", max_chars=1,
                  mode=settings.response_format)
    # The client's resources are imported on first use: a throwaway client (no connection) loads them.
    openai.AsyncOpenAI(api_key="warm-up", base_url="http://127.0.0.1:9/v1").chat.completions.create  # noqa: B018
