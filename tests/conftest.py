"""Fixtures shared by every test module."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from service.cache import close_all
from service.testing.stub_llm import StubLLM


@pytest.fixture(autouse=True)
def _close_caches() -> Iterator[None]:
    """Every LLM cache a test opened is closed after it (tests delete and corrupt cache folders)."""
    yield
    close_all()


@pytest.fixture
def stub() -> Iterator[StubLLM]:
    """The stub OpenAI-compatible server on 127.0.0.1, answering schema-valid JSON unless scripted."""
    with StubLLM() as s:
        yield s
