"""Fixtures shared by every test module."""

from __future__ import annotations

import signal
from collections.abc import Iterator

import pytest

from service import cache
from service.scale import connection
from service.testing.stub_llm import StubLLM
from tests.support.redis_server import RedisServer

# A suite started in the background of a script (`make test &`, a CI runner's `nohup`) has SIGINT
# ignored, and every process it starts inherits that: the Ctrl-C tests would send SIGINT to a
# `zhaiyao batch` that never sees it. A handler of our own is reset to the default in a child.
if signal.getsignal(signal.SIGINT) is signal.SIG_IGN:
    signal.signal(signal.SIGINT, signal.default_int_handler)


@pytest.fixture(autouse=True)
def _close_caches() -> Iterator[None]:
    """Every LLM cache and Redis client a test opened is closed after it (tests delete and corrupt
    cache folders, and stop Redis servers)."""
    yield
    cache.close_all()
    connection.close_all()


@pytest.fixture
def stub() -> Iterator[StubLLM]:
    """The stub OpenAI-compatible server on 127.0.0.1, answering schema-valid JSON unless scripted."""
    with StubLLM() as s:
        yield s


@pytest.fixture
def redis_server(tmp_path) -> Iterator[RedisServer]:
    """A real redis-server on a free 127.0.0.1 port, its data under tmp_path, stopped after the test."""
    with RedisServer(tmp_path / "redis") as server:
        yield server
