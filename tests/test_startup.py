"""Start-up: an extractive `zhaiyao summarize` loads nothing of the LLM stack (nor asyncio or the
settings machinery it does not need); what it imports is read from `python -X importtime`."""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest

from tests.support import ROOT, SEEDS

LLM_STACK = {"openai", "httpx", "tenacity", "service.llm", "diskcache", "fastapi", "uvicorn"}
ENV = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "ZHAIYAO_"))}


def imported_by(*args: str) -> set[str]:
    r = subprocess.run([sys.executable, "-X", "importtime", "-m", "service.cli", *args], cwd=ROOT, env=ENV,
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr[-2000:]
    assert '"method": "extractive"' in r.stdout
    return set(re.findall(r"^import time:\s+\d+ \|\s+\d+ \| \s*(\S+)$", r.stderr, re.M))


@pytest.mark.parametrize("mode", [["--mode", "extractive"], []])
def test_an_extractive_summary_never_imports_the_llm_stack(mode: list[str]):
    modules = imported_by("summarize", str(SEEDS[0]), *mode)
    assert "service.extractive" in modules  # the check sees the imports
    assert not {m for m in modules if m.split(".")[0] in LLM_STACK or m.startswith("service.llm")}
    if mode:  # an explicit extractive summary reads no settings and runs no event loop
        assert "asyncio" not in modules and "pydantic_settings" not in modules
