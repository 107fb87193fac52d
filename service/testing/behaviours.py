"""What the stub server does with the next call: answer, fail in one of the ways real endpoints
fail, or run a function. `StubLLM.script(...)` queues these; `random_faults` picks them at random."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass, field

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



def echo_credentials(status: int = 500) -> Behaviour:
    """An error whose message quotes the request's Authorization header back, as some real
    upstreams do: what the service must never pass on to its logs or its users."""
    return Behaviour("echo_credentials", status=status)
