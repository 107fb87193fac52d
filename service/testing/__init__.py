"""Test support shipped with the package: a stub OpenAI-compatible server (`stub_llm`) and the
recorder of the LLM fixtures (`record`, behind `zhaiyao record`)."""


def __getattr__(name: str):
    # Lazy, so `python -m service.testing.stub_llm` does not import the module twice.
    if name == "StubLLM":
        from .stub_llm import StubLLM

        return StubLLM
    raise AttributeError(name)


__all__ = ["StubLLM"]
