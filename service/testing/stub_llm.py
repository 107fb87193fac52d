"""A stub OpenAI-compatible chat completions server for tests and benchmarks.

It runs on 127.0.0.1 on a free port, in a thread of the test process (`StubLLM`, a context
manager) or as its own process (`python -m service.testing.stub_llm`). Each call is answered by
the next scripted behaviour, or by the default when the script is empty:

    ok()                       a schema-valid answer made from the request (see `default_answer`)
    rate_limit(retry_after)    429 with a Retry-After header
    server_error(status)       500 / 502 / 503
    reset()                    the connection is reset without an answer
    delay(seconds)             the answer comes after `seconds` (past the client timeout)
    invalid_json()             200 whose content is not JSON
    schema_fail()              200 whose content is JSON that fails the schema
    truncated()                finish_reason "length" with the content cut in half
    empty()                    200 with empty content
    reply(content)             200 with the given content
    custom(fn)                 fn(request body) -> content string
    echo_credentials(status)   an error whose message quotes the Authorization header back

`random_faults(rate, kinds, seed)` injects faults at random instead of a fixed script. The server
counts calls and keeps every request body (`requests`) and the kind of answer given (`answers`).
In process mode GET /_stub/stats returns the counts and POST /_stub/script appends behaviours
given as JSON ({"kind": "rate_limit", "retry_after": 1}). `/v1/files` and `/v1/batches` are a stub
of OpenAI's Batch API (`stub.batches`, see stub_batch.py).
"""

from __future__ import annotations

import argparse
import json
import random
import socket
import struct
import sys
import threading
import time
from collections import deque
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from .answers import completion_body, default_answer, error_body, request_input, request_kind, send_json
from .behaviours import (
    FAULT_KINDS,
    Behaviour,
    Responder,
    custom,
    delay,
    echo_credentials,
    empty,
    invalid_json,
    ok,
    rate_limit,
    reply,
    reset,
    schema_fail,
    server_error,
    truncated,
)
from .stub_batch import StubBatches
from .usage import PrefixCache, prompt_ids, tokens, usage_body

__all__ = [
    "FAULT_KINDS", "Behaviour", "StubLLM", "custom", "default_answer", "delay", "echo_credentials", "empty",
    "error_body", "invalid_json", "ok", "rate_limit", "reply", "request_input", "request_kind", "reset",
    "schema_fail", "send_json", "serve_until_interrupted", "server_error", "truncated",
]



class _Reset(Exception):
    pass


class StubLLM:
    """Scriptable stub server. Use as a context manager; `base_url` ends in /v1."""

    def __init__(
        self,
        responder: Responder = default_answer,
        host: str = "127.0.0.1",
        port: int = 0,
        *,
        default: Behaviour | None = None,
        on_request: Callable[[dict], None] | None = None,
    ):
        """`responder` makes the content of ok answers; `default` is the behaviour when nothing is
        scripted (ok, or e.g. `delay(0.3)` for an endpoint that takes 0.3 s a call); `on_request`
        sees every request body as it arrives (for counting tokens, say)."""
        self.responder = responder
        self.default = default or ok()
        self.on_request = on_request
        self._script: deque[Behaviour] = deque()
        self._lock = threading.Lock()
        self._rng: random.Random | None = None
        self._fault_rate = 0.0
        self._fault_kinds: tuple[str, ...] = FAULT_KINDS
        self._fault_params: dict[str, Any] = {}
        self.requests: list[dict] = []
        self.headers: list[dict[str, str]] = []
        self.answers: list[str] = []  # the kind of answer given to each call
        self.behaviours: list[Behaviour] = []  # the whole behaviour (status, retry_after …) of each call
        self.times: list[float] = []  # time.monotonic() at the arrival of each call
        self.usages: list[dict] = []  # the usage reported with each answer
        self.prompt_cache = PrefixCache()  # the prompt prefixes a provider would have cached
        # /v1/files and /v1/batches (stub_batch.py): answered like chat calls, by this stub's responder
        self.batches = StubBatches(self.prompt_cache, lambda body: self.responder(body))
        self.in_flight = 0
        self.max_in_flight = 0
        self.stopping = threading.Event()
        self._server = ThreadingHTTPServer((host, port), _handler_for(self))
        self._server.daemon_threads = True
        self._thread: threading.Thread | None = None

    # -- scripting

    def script(self, *behaviours: Behaviour) -> StubLLM:
        with self._lock:
            self._script.extend(behaviours)
        return self

    def random_faults(
        self,
        rate: float,
        kinds: tuple[str, ...] = FAULT_KINDS,
        seed: int = 0,
        retry_after: float = 0.2,
        delay_seconds: float = 2.0,
        statuses: tuple[int, ...] = (500, 502, 503),
    ) -> StubLLM:
        with self._lock:
            self._rng = random.Random(seed)
            self._fault_rate = rate
            self._fault_kinds = tuple(kinds)
            self._fault_params = {"retry_after": retry_after, "seconds": delay_seconds, "statuses": statuses}
        return self

    def _next(self) -> Behaviour:
        with self._lock:
            if self._script:
                return self._script.popleft()
            if self._rng is not None and self._rng.random() < self._fault_rate:
                kind = self._rng.choice(self._fault_kinds)
                p = self._fault_params
                return Behaviour(
                    kind,
                    retry_after=p["retry_after"] if kind == "rate_limit" else None,
                    status=429 if kind == "rate_limit" else self._rng.choice(p["statuses"]),
                    seconds=p["seconds"],
                )
            return self.default

    # -- counts

    @property
    def calls(self) -> int:
        with self._lock:
            return len(self.requests)

    def calls_of(self, kind: str) -> int:
        with self._lock:
            return sum(1 for r in self.requests if request_kind(r) == kind)

    def stats(self) -> dict:
        with self._lock:
            answers: dict[str, int] = {}
            for a in self.answers:
                answers[a] = answers.get(a, 0) + 1
            return {
                "calls": len(self.requests),
                "map": sum(1 for r in self.requests if request_kind(r) == "map"),
                "merge": sum(1 for r in self.requests if request_kind(r) == "merge"),
                "answers": answers,
                "max_in_flight": self.max_in_flight,
            }

    def reset_counts(self) -> None:
        with self._lock:
            self.requests.clear()
            self.headers.clear()
            self.answers.clear()
            self.behaviours.clear()
            self.times.clear()
            self.usages.clear()
            self.max_in_flight = 0

    # -- life cycle

    @property
    def port(self) -> int:
        return self._server.server_address[1]

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def start(self) -> StubLLM:
        tokens("warm up")  # load the tokenizer now, not inside the first call's timeout
        # A short poll interval: shutdown() waits up to one interval, and tests stop many stubs.
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, name="stub-llm", daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        self.stopping.set()
        self._server.shutdown()
        self._server.server_close()
        if self._thread:
            self._thread.join(timeout=5)

    def __enter__(self) -> StubLLM:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    # -- answering

    def _record(self, body: dict, headers: dict[str, str], arrived: float) -> Behaviour:
        if self.on_request is not None:
            self.on_request(body)
        b = self._next()
        with self._lock:
            self.requests.append(body)
            self.headers.append(headers)
            self.answers.append(b.kind)
            self.behaviours.append(b)
            self.times.append(arrived)
        return b

    def answer(self, handler: BaseHTTPRequestHandler, body: dict) -> None:
        with self._lock:
            self.in_flight += 1
            self.max_in_flight = max(self.max_in_flight, self.in_flight)
        try:
            self._answer(handler, body)
        finally:
            with self._lock:
                self.in_flight -= 1

    def _answer(self, handler: BaseHTTPRequestHandler, body: dict, arrived: float | None = None) -> None:
        """Answer one call; `arrived`: when it came, if earlier than now (a subclass that waits
        before answering)."""
        arrived = time.monotonic() if arrived is None else arrived
        b = self._record(body, {k.lower(): v for k, v in handler.headers.items()}, arrived)
        ids = prompt_ids(body)
        cached = self.prompt_cache.lookup(ids)

        def send(content: str, finish_reason: str = "stop", usage: dict | None = None) -> None:
            usage = usage or usage_body(ids, cached, content)
            with self._lock:
                self.usages.append(usage)
            send_json(handler, 200, completion_body(body, content, finish_reason, usage))
            self.prompt_cache.store(ids)  # answered: later calls find this prefix cached

        if b.kind == "rate_limit":
            headers = {"Retry-After": _fmt(b.retry_after)} if b.retry_after is not None else {}
            send_json(handler, 429, error_body("Rate limit reached (stub)", "rate_limit_exceeded"), headers)
        elif b.kind == "server_error":
            send_json(handler, b.status, error_body(f"stub server error {b.status}", "server_error"))
        elif b.kind == "reset":
            # SO_LINGER 0: close sends RST, the client sees "connection reset by peer".
            handler.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            handler.connection.close()
            raise _Reset()
        elif b.kind == "delay":  # `seconds` after arrival: the stub's own work is inside it
            content = self.responder(body)
            usage = usage_body(ids, cached, content)
            if self.stopping.wait(max(0.0, b.seconds - (time.monotonic() - arrived))):
                return
            send(content, usage=usage)
        elif b.kind == "invalid_json":
            send('{"summary": "这不是完整的 JSON')
        elif b.kind == "schema_fail":
            send(json.dumps({"summary": 42, "key_points": "none"}))
        elif b.kind == "truncated":
            content = self.responder(body)
            send(content[: max(1, len(content) // 2)], "length")
        elif b.kind == "empty":
            send("")
        elif b.kind == "reply":
            send(b.content or "", b.finish_reason)
        elif b.kind == "custom" and b.fn is not None:
            send(b.fn(body))
        elif b.kind == "echo_credentials":
            headers = {k.lower(): v for k, v in handler.headers.items()}
            message = f"Incorrect API key provided: {headers.get('authorization')} (request from {headers})"
            send_json(handler, b.status, error_body(message, "invalid_api_key"))
        else:
            send(self.responder(body))


def _fmt(seconds: float) -> str:
    return str(int(seconds)) if float(seconds).is_integer() else f"{seconds:g}"



def _handler_for(stub: StubLLM) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        # Headers and body go out in two sends; with Nagle on, the body waits for the client's
        # delayed ACK (about 40 ms per call), which is no part of an LLM's time.
        disable_nagle_algorithm = True

        def log_message(self, *args) -> None:  # quiet: tests capture logs
            pass

        def handle_one_request(self) -> None:
            try:
                super().handle_one_request()
            except (_Reset, OSError, ValueError):
                self.close_connection = True

        def _body(self) -> bytes:
            n = int(self.headers.get("Content-Length") or 0)
            return self.rfile.read(n) if n else b""

        def do_GET(self) -> None:
            if stub.batches.route(self, "GET", b""):
                return
            if self.path.rstrip("/").endswith("/_stub/stats"):
                send_json(self, 200, stub.stats())
            elif self.path.rstrip("/").endswith("/models"):
                send_json(self, 200, {"object": "list", "data": [{"id": "stub", "object": "model", "owned_by": "stub"}]})
            else:
                send_json(self, 404, error_body("not found", "not_found"))

        def do_POST(self) -> None:
            raw = self._body()
            if stub.batches.route(self, "POST", raw):
                return
            if self.path.rstrip("/").endswith("/_stub/script"):
                try:
                    items = json.loads(raw or b"[]")
                    stub.script(*(Behaviour.from_dict(d) for d in items))
                except (ValueError, TypeError) as e:
                    send_json(self, 400, error_body(f"bad script: {e}", "bad_request"))
                    return
                send_json(self, 200, {"queued": len(items)})
                return
            if not self.path.rstrip("/").endswith("/chat/completions"):
                send_json(self, 404, error_body("not found", "not_found"))
                return
            try:
                body = json.loads(raw)
            except ValueError:
                send_json(self, 400, error_body("request body is not JSON", "bad_request"))
                return
            stub.answer(self, body)

    return Handler


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Stub OpenAI-compatible server on 127.0.0.1")
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--fault-rate", type=float, default=0.0)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--retry-after", type=float, default=0.2)
    parser.add_argument("--delay", type=float, default=2.0, help="seconds of the 'delay' fault")
    parser.add_argument("--batch-delay", type=float, default=0.0, help="seconds until a batch completes")
    args = parser.parse_args(argv)
    stub = StubLLM(port=args.port)
    stub.batches.delay = args.batch_delay
    if args.fault_rate:
        stub.random_faults(args.fault_rate, seed=args.seed, retry_after=args.retry_after, delay_seconds=args.delay)
    return serve_until_interrupted(stub)


def serve_until_interrupted(stub: StubLLM) -> int:
    """Run `stub` as a process of its own: print its URL for the parent, serve until stopped."""
    stub.start()
    print(f"STUB_URL={stub.base_url}", flush=True)
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        pass
    finally:
        stub.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
