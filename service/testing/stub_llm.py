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

`random_faults(rate, kinds, seed)` injects faults at random instead of a fixed script. The server
counts calls and keeps every request body (`requests`) and the kind of answer given (`answers`).
In process mode GET /_stub/stats returns the counts and POST /_stub/script appends behaviours
given as JSON ({"kind": "rate_limit", "retry_after": 1}).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import socket
import struct
import sys
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

Responder = Callable[[dict], str]

FAULT_KINDS = (
    "rate_limit",
    "server_error",
    "reset",
    "delay",
    "invalid_json",
    "schema_fail",
    "truncated",
    "empty",
)


@dataclass
class Behaviour:
    kind: str
    retry_after: float | None = None
    status: int = 500
    seconds: float = 0.0
    content: str | None = None
    finish_reason: str = "stop"
    fn: Responder | None = field(default=None, repr=False)

    def to_dict(self) -> dict:
        d = asdict(self)
        d.pop("fn")
        return d

    @classmethod
    def from_dict(cls, d: dict) -> Behaviour:
        return cls(**{k: v for k, v in d.items() if k in cls.__dataclass_fields__ and k != "fn"})


def ok() -> Behaviour:
    return Behaviour("ok")


def rate_limit(retry_after: float | None = 1.0) -> Behaviour:
    return Behaviour("rate_limit", retry_after=retry_after, status=429)


def server_error(status: int = 500) -> Behaviour:
    return Behaviour("server_error", status=status)


def reset() -> Behaviour:
    return Behaviour("reset")


def delay(seconds: float) -> Behaviour:
    return Behaviour("delay", seconds=seconds)


def invalid_json() -> Behaviour:
    return Behaviour("invalid_json")


def schema_fail() -> Behaviour:
    return Behaviour("schema_fail")


def truncated() -> Behaviour:
    return Behaviour("truncated")


def empty() -> Behaviour:
    return Behaviour("empty")


def reply(content: str, finish_reason: str = "stop") -> Behaviour:
    return Behaviour("reply", content=content, finish_reason=finish_reason)


def custom(fn: Responder) -> Behaviour:
    return Behaviour("custom", fn=fn)


# ---------------------------------------------------------------- default answers

_DOC = re.compile(r"<<<DOCUMENT (\w+)>>>\n(.*?)\n<<<END DOCUMENT \1>>>", re.S)
_PARTS = re.compile(r"<<<PARTS (\w+)>>>\n(.*?)\n<<<END PARTS \1>>>", re.S)
_SENT = re.compile(r"[^。！？!?\n]+[。！？!?]|[^.\n]+\.(?=\s|$)")
_NUM = re.compile(r"\d+(?:\.\d+)?(?:万|亿|千|百)?(?:元|%|个|家|项|吨|人|亩|公里|平方米|台|件|亿元|万元)?")


def request_kind(body: dict) -> str:
    """'map' or 'merge', from the schema name or (json_object mode) the delimiters."""
    fmt = body.get("response_format") or {}
    name = (fmt.get("json_schema") or {}).get("name") if isinstance(fmt, dict) else None
    if name == "merged_summary":
        return "merge"
    if name == "chunk_summary":
        return "map"
    text = "\n".join(str(m.get("content") or "") for m in body.get("messages", []))
    return "merge" if "<<<PARTS " in text else "map"


def request_input(body: dict) -> str:
    """The document (map) or the JSON lines (merge) framed in the first user message."""
    for m in body.get("messages", []):
        if m.get("role") != "user":
            continue
        content = str(m.get("content") or "")
        found = _DOC.search(content) or _PARTS.search(content)
        if found:
            return found.group(2)
    return ""


def _sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENT.findall(text) if len(s.strip()) >= 8]


def default_answer(body: dict) -> str:
    """A schema-valid, grounded answer built from the request: the document's first sentences as
    summary and key points, and every number with its sentence as quote."""
    data = request_input(body)
    if request_kind(body) == "merge":
        parts = []
        for line in data.splitlines():
            try:
                parts.append(json.loads(line))
            except ValueError:
                continue
        summary = "".join((p.get("summary") or "")[:120] for p in parts)[:280]
        key_points = [p["key_points"][0] for p in parts if p.get("key_points")][:5]
        title = next((p.get("title") for p in parts if p.get("title")), None)
        return json.dumps({"title": title, "summary": summary, "key_points": key_points}, ensure_ascii=False)
    sentences = _sentences(data)
    summary = ""
    for s in sentences:
        if len(summary) + len(s) > 200:
            break
        summary += s
    summary = summary or data.strip()[:200]
    figures = []
    for s in sentences:
        for m in _NUM.finditer(s):
            if len(figures) >= 8:
                break
            if len(m.group(0)) < 2 and not m.group(0).isdigit():
                continue
            figures.append(
                {
                    "subject": s[: max(0, m.start())][-12:] or s[:12],
                    "text": m.group(0),
                    "value": None,
                    "unit": "",
                    "kind": "other",
                    "period": None,
                    "quote": s,
                }
            )
    first_line = data.strip().splitlines()[0] if data.strip() else ""
    answer = {
        "title": first_line[:40] if 0 < len(first_line) <= 40 else None,
        "summary": summary,
        "key_points": [{"text": s[:80], "evidence": [s]} for s in sentences[:3]],
        "figures": figures,
        "entities": {"places": [], "organizations": [], "people": [], "projects": []},
    }
    return json.dumps(answer, ensure_ascii=False)


# ---------------------------------------------------------------- the server


class _Reset(Exception):
    pass


class StubLLM:
    """Scriptable stub server. Use as a context manager; `base_url` ends in /v1."""

    def __init__(self, responder: Responder = default_answer, host: str = "127.0.0.1", port: int = 0):
        self.responder = responder
        self._script: deque[Behaviour] = deque()
        self._lock = threading.Lock()
        self._rng: random.Random | None = None
        self._fault_rate = 0.0
        self._fault_kinds: tuple[str, ...] = FAULT_KINDS
        self._fault_params: dict[str, Any] = {}
        self.requests: list[dict] = []
        self.headers: list[dict[str, str]] = []
        self.answers: list[str] = []
        self.times: list[float] = []  # time.monotonic() at the arrival of each call
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
            return ok()

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
            self.times.clear()
            self.max_in_flight = 0

    # -- life cycle

    @property
    def port(self) -> int:
        return self._server.server_address[1]

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def start(self) -> StubLLM:
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

    def _record(self, body: dict, headers: dict[str, str]) -> Behaviour:
        b = self._next()
        with self._lock:
            self.requests.append(body)
            self.headers.append(headers)
            self.answers.append(b.kind)
            self.times.append(time.monotonic())
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

    def _answer(self, handler: BaseHTTPRequestHandler, body: dict) -> None:
        b = self._record(body, {k.lower(): v for k, v in handler.headers.items()})
        if b.kind == "rate_limit":
            headers = {"Retry-After": _fmt(b.retry_after)} if b.retry_after is not None else {}
            _send(handler, 429, _error("Rate limit reached (stub)", "rate_limit_exceeded"), headers)
        elif b.kind == "server_error":
            _send(handler, b.status, _error(f"stub server error {b.status}", "server_error"))
        elif b.kind == "reset":
            # SO_LINGER 0: close sends RST, the client sees "connection reset by peer".
            handler.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            handler.connection.close()
            raise _Reset()
        elif b.kind == "delay":
            if self.stopping.wait(b.seconds):
                return
            _send(handler, 200, _completion(body, self.responder(body)))
        elif b.kind == "invalid_json":
            _send(handler, 200, _completion(body, '{"summary": "这不是完整的 JSON'))
        elif b.kind == "schema_fail":
            _send(handler, 200, _completion(body, json.dumps({"summary": 42, "key_points": "none"})))
        elif b.kind == "truncated":
            content = self.responder(body)
            _send(handler, 200, _completion(body, content[: max(1, len(content) // 2)], "length"))
        elif b.kind == "empty":
            _send(handler, 200, _completion(body, ""))
        elif b.kind == "reply":
            _send(handler, 200, _completion(body, b.content or "", b.finish_reason))
        elif b.kind == "custom" and b.fn is not None:
            _send(handler, 200, _completion(body, b.fn(body)))
        else:
            _send(handler, 200, _completion(body, self.responder(body)))


def _fmt(seconds: float) -> str:
    return str(int(seconds)) if float(seconds).is_integer() else f"{seconds:g}"


def _error(message: str, code: str) -> dict:
    return {"error": {"message": message, "type": code, "param": None, "code": code}}


def _completion(body: dict, content: str, finish_reason: str = "stop") -> dict:
    prompt = sum(len(str(m.get("content") or "")) for m in body.get("messages", []))
    completion = len(content)
    return {
        "id": f"chatcmpl-stub-{time.monotonic_ns()}",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": body.get("model", "stub"),
        "system_fingerprint": None,
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": content, "refusal": None},
                "logprobs": None,
                "finish_reason": finish_reason,
            }
        ],
        # Characters / 2: a rough token count, enough for usage accounting tests.
        "usage": {
            "prompt_tokens": prompt // 2,
            "completion_tokens": completion // 2,
            "total_tokens": prompt // 2 + completion // 2,
        },
    }


def _send(handler: BaseHTTPRequestHandler, status: int, payload: dict, headers: dict | None = None) -> None:
    data = json.dumps(payload, ensure_ascii=False).encode("utf-8")
    try:
        handler.send_response(status)
        handler.send_header("Content-Type", "application/json")
        handler.send_header("Content-Length", str(len(data)))
        for k, v in (headers or {}).items():
            handler.send_header(k, v)
        handler.end_headers()
        handler.wfile.write(data)
    except OSError:
        pass  # the client gave up (timeout); nothing to tell it


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
            if self.path.rstrip("/").endswith("/_stub/stats"):
                _send(self, 200, stub.stats())
            elif self.path.rstrip("/").endswith("/models"):
                _send(self, 200, {"object": "list", "data": [{"id": "stub", "object": "model", "owned_by": "stub"}]})
            else:
                _send(self, 404, _error("not found", "not_found"))

        def do_POST(self) -> None:
            raw = self._body()
            if self.path.rstrip("/").endswith("/_stub/script"):
                try:
                    items = json.loads(raw or b"[]")
                    stub.script(*(Behaviour.from_dict(d) for d in items))
                except (ValueError, TypeError) as e:
                    _send(self, 400, _error(f"bad script: {e}", "bad_request"))
                    return
                _send(self, 200, {"queued": len(items)})
                return
            if not self.path.rstrip("/").endswith("/chat/completions"):
                _send(self, 404, _error("not found", "not_found"))
                return
            try:
                body = json.loads(raw)
            except ValueError:
                _send(self, 400, _error("request body is not JSON", "bad_request"))
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
    args = parser.parse_args(argv)
    stub = StubLLM(port=args.port)
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
