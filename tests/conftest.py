"""Fixtures shared by the LLM-path test modules."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from service import cache as cache_module
from service import llm
from service.testing.stub_llm import StubLLM


@pytest.fixture
def fast_llm_backoff(monkeypatch) -> Iterator[None]:
    """Backoff without Retry-After in hundredths of a second (its shape is what is tested, not
    its real-world seconds); every LLM cache opened by the test is closed after it."""
    monkeypatch.setattr(llm, "BACKOFF_INITIAL", 0.01)
    monkeypatch.setattr(llm, "BACKOFF_MAX", 0.05)
    yield
    cache_module.close_all()


@pytest.fixture
def stub() -> Iterator[StubLLM]:
    """The stub OpenAI-compatible server on 127.0.0.1, answering schema-valid JSON unless scripted."""
    with StubLLM() as s:
        yield s
