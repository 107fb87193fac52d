"""The stub's `usage` numbers, as OpenAI reports them: prompt and completion tokens counted with
o200k_base, and cached prompt tokens as OpenAI's automatic prompt caching gives them.

OpenAI caches the prefix of a prompt once it is 1,024 tokens or longer, in steps of 128 tokens;
a later request whose prompt starts with the same tokens is billed `cached_tokens` of them at the
cached price. The prompt, for this purpose, is the JSON schema of a structured-output request
followed by the messages in order (OpenAI puts the schema before the system message). The stub
keeps a hash of every 128-token step of every prompt it has answered, and reports the longest step
a new prompt shares with one of them. A prompt counts as seen once it has been answered (as at a
provider: calls sent at the same moment with the same prefix all miss).

This is written independently of the service's own counting (`service/llm/plan.py`), from
OpenAI's published recipe: 3 tokens per message, 3 to prime the reply.
"""

from __future__ import annotations

import hashlib
import json
import threading
from array import array
from functools import lru_cache

MIN_CACHED = 1024
STEP = 128
PER_MESSAGE = 3
PRIMING = 3
# Stand-ins for the per-message framing tokens (no real token id is negative).
ROLE_IDS = {"system": -1, "user": -2, "assistant": -3, "developer": -4, "tool": -5}


@lru_cache(maxsize=1)
def _encoding():
    import bpe_openai

    return bpe_openai.get_encoding("o200k_base")


def tokens(text: str) -> list[int]:
    return list(_encoding().encode_ordinary(text)) if text else []


def prompt_ids(body: dict) -> list[int]:
    """The prompt of a chat request as one token sequence (schema, then framed messages)."""
    ids: list[int] = []
    fmt = body.get("response_format")
    if isinstance(fmt, dict) and fmt.get("type") == "json_schema":
        ids += tokens(json.dumps(fmt.get("json_schema"), ensure_ascii=False))
    for m in body.get("messages", []):
        ids += [-10, ROLE_IDS.get(str(m.get("role")), -9), -11]
        ids += tokens(str(m.get("content") or ""))
    return ids


class PrefixCache:
    """Which prompt prefixes (in 128-token steps from 1,024) have been seen."""

    def __init__(self) -> None:
        self._seen: set[bytes] = set()
        self._lock = threading.Lock()

    @staticmethod
    def _steps(ids: list[int]) -> list[tuple[int, bytes]]:
        h = hashlib.blake2b(digest_size=16)
        out = []
        done = 0
        for end in range(MIN_CACHED, len(ids) + 1, STEP):
            h.update(array("q", ids[done:end]).tobytes())
            done = end
            out.append((end, h.copy().digest()))
        return out

    def lookup(self, ids: list[int]) -> int:
        """Cached tokens for a prompt: the longest seen step it starts with (0 below 1,024)."""
        with self._lock:
            best = 0
            for end, digest in self._steps(ids):
                if digest not in self._seen:
                    break
                best = end
            return best

    def store(self, ids: list[int]) -> None:
        steps = self._steps(ids)
        with self._lock:
            self._seen.update(d for _, d in steps)

    def clear(self) -> None:
        with self._lock:
            self._seen.clear()


def usage_body(prompt: list[int], cached: int, content: str) -> dict:
    n_prompt = len(prompt) + PRIMING
    n_completion = len(tokens(content))
    return {
        "prompt_tokens": n_prompt,
        "completion_tokens": n_completion,
        "total_tokens": n_prompt + n_completion,
        "prompt_tokens_details": {"cached_tokens": cached, "audio_tokens": 0},
        "completion_tokens_details": {"reasoning_tokens": 0, "audio_tokens": 0,
                                      "accepted_prediction_tokens": 0, "rejected_prediction_tokens": 0},
    }
