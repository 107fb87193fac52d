"""Test support shipped with the package: a stub OpenAI-compatible server and the recorder of
the LLM fixtures (`zhaiyao record`)."""

from .stub_llm import StubLLM

__all__ = ["StubLLM"]
