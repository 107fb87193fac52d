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


def imported_by(*args: str, cwd=ROOT) -> set[str]:
    r = subprocess.run([sys.executable, "-X", "importtime", "-m", "service.cli", *args], cwd=cwd, env=ENV,
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr[-2000:]
    assert '"method": "extractive"' in r.stdout
    return set(re.findall(r"^import time:\s+\d+ \|\s+\d+ \| \s*(\S+)$", r.stderr, re.M))


@pytest.mark.parametrize("mode", [["--mode", "extractive"], []])
def test_an_extractive_summary_never_imports_the_llm_stack(mode: list[str], tmp_path):
    # In a folder without a .env file, and with no key in the environment, `auto` is extractive
    # before any setting is read.
    modules = imported_by("summarize", str(SEEDS[0]), *mode, cwd=tmp_path)
    assert "service.extractive" in modules  # the check sees the imports
    assert not {m for m in modules if m.split(".")[0] in LLM_STACK or m.startswith("service.llm")}
    # An extractive summary reads no settings and runs no event loop.
    assert "asyncio" not in modules and "pydantic_settings" not in modules


@pytest.mark.parametrize("where", ["dotenv", "lowercase_env"])
def test_a_key_in_a_dotenv_file_or_a_lowercase_variable_still_turns_on_the_llm(where: str, tmp_path):
    # The key points at a closed port: the LLM is tried, fails, and the summary says so.
    settings = {"openai_api_key": "test-key", "OPENAI_BASE_URL": "http://127.0.0.1:9/v1", "ZHAIYAO_MAX_RETRIES": "0",
                "ZHAIYAO_CACHE_DIR": str(tmp_path / "cache")}
    env = dict(ENV)
    if where == "dotenv":
        (tmp_path / ".env").write_text("".join(f"{k.upper()}={v}\n" for k, v in settings.items()))
    else:
        env.update(settings)
    r = subprocess.run([sys.executable, "-m", "service.cli", "summarize", str(SEEDS[0])], cwd=tmp_path, env=env,
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr[-2000:]
    assert '"method": "extractive"' in r.stdout and "llm_fallback:connection_error" in r.stdout
