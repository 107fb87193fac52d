"""The stub OpenAI-compatible server (service.testing.stub_llm) answering every call a fixed time
after it arrives, and counting the prompt tokens it receives, for the LLM benchmark.

    python bench/slow_stub.py --delay 0.3      # prints STUB_URL=http://127.0.0.1:PORT/v1

GET /v1/_stub/stats adds to the stub's counts: prompt_tokens (every message and the response
format, o200k_base), input_tokens (the framed document or partial summaries) and, per kind,
the same two sums, so that fixed prompt overhead and document tokens can be told apart; and
cached_tokens (the stub's `prompt_tokens_details.cached_tokens`, summed) and prefixes (per call
in order: its kind and a digest of its schema + system message), to see that the prefix is shared.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import threading
import time

from service.chunk import count_tokens
from service.testing.stub_llm import StubLLM, delay, request_input, request_kind, serve_until_interrupted

# Seconds a call waits after it arrives before the stub builds its answer (at most half the delay).
SETTLE = 0.05


class SlowStub(StubLLM):
    """Every call answered a fixed time after it arrives; prompt and input tokens counted per call
    when the stats are asked for (off the calls' path, so counting never delays an answer).

    The answer (tokenizing the prompt for the usage and the prefix cache, writing the JSON) is
    built a moment after the call arrived rather than at once: it costs the stub ~2.5 ms a call,
    and this process shares the machine's CPU with the client it measures (on a loaded 2-core
    machine, one core's share for both), so building it at once would hold back the next calls of
    a burst (a document's map calls) and time the stub's work as the client's. An endpoint does
    its work on hardware of its own. Each answer still leaves `seconds` after its call arrived."""

    def __init__(self, seconds: float, port: int = 0):
        super().__init__(port=port, default=delay(seconds))
        self.seconds = seconds
        self.tokens: list[tuple[str, int, int]] = []  # (kind, prompt tokens, input tokens)
        self.prefix_digests: list[tuple[str, str]] = []  # (kind, digest of schema + system message)
        self.tokens_lock = threading.Lock()

    def _answer(self, handler, body: dict, arrived: float | None = None) -> None:
        arrived = time.monotonic() if arrived is None else arrived
        if self.stopping.wait(min(SETTLE, self.seconds / 2)):
            return
        super()._answer(handler, body, arrived)

    def _count(self, body: dict) -> None:
        prompt = sum(count_tokens(str(m.get("content") or "")) for m in body.get("messages", []))
        fmt = body.get("response_format")
        if fmt:
            prompt += count_tokens(json.dumps(fmt, ensure_ascii=False))
        row = (request_kind(body), prompt, count_tokens(request_input(body)))
        messages = body.get("messages") or [{}]
        prefix = json.dumps(fmt, ensure_ascii=False) + str(messages[0].get("content"))
        self.tokens.append(row)
        self.prefix_digests.append((row[0], hashlib.sha256(prefix.encode()).hexdigest()[:12]))

    def stats(self) -> dict:
        out = super().stats()
        with self._lock:
            requests = list(self.requests)
            out["cached_tokens"] = sum(u["prompt_tokens_details"]["cached_tokens"] for u in self.usages)
            out["reported_prompt_tokens"] = sum(u["prompt_tokens"] for u in self.usages)
            out["arrivals"] = list(self.times)  # time.monotonic(), the same clock as the client's
        with self.tokens_lock:
            for body in requests[len(self.tokens):]:
                self._count(body)
            rows = list(self.tokens)
            out["prefixes"] = list(self.prefix_digests)
        arrivals = out["arrivals"]
        # Seconds from the first call's arrival to the last one's (the batch benchmark's span).
        out["arrival_span_s"] = round(max(arrivals) - min(arrivals), 4) if arrivals else None
        out["prompt_tokens"] = sum(r[1] for r in rows)
        out["input_tokens"] = sum(r[2] for r in rows)
        for kind in ("map", "merge"):
            out[f"{kind}_prompt_tokens"] = sum(r[1] for r in rows if r[0] == kind)
            out[f"{kind}_input_tokens"] = sum(r[2] for r in rows if r[0] == kind)
        return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--delay", type=float, default=0.3)
    ap.add_argument("--port", type=int, default=0)
    args = ap.parse_args(argv)
    return serve_until_interrupted(SlowStub(args.delay, port=args.port))


if __name__ == "__main__":
    sys.exit(main())
