"""The OpenAI key and the service's bearer token never show up where people or files can see them.

A recognizable fake key and token are set; the LLM is a stub that, on some calls, answers with an
error message quoting the Authorization header back (as careless upstreams do). Then everything a
user or an operator can see is searched for them: HTTP responses (bodies and headers, errors and
SSE included), the log of a real `zhaiyao serve` process (with the SDK's own debug logging on), the
log records of in-process runs at DEBUG, the output and error output of `zhaiyao summarize` and
`zhaiyao batch`, the batch outputs, the cache directory (LLM cache and stored summaries), and the
fixtures/ folder. The key is also checked to have really reached the stub, so the test can fail.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import subprocess
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient

from service.http import create_app
from service.pipeline import summarize
from service.settings import Settings
from service.testing.stub_llm import StubLLM, echo_credentials, rate_limit, reset, server_error
from tests.support.serving import serve_process, zhaiyao

ROOT = Path(__file__).resolve().parents[1]
SEED = (ROOT / "seeds" / "003_c84865d6b80c2ef5.txt").read_text(encoding="utf-8")
LOANS = (ROOT / "fixtures" / "documents" / "loans_zh.txt").read_text(encoding="utf-8")
FAKE_KEY = "sk-test-ZHAIYAO-SECRET-123"
FAKE_TOKEN = "zhaiyao-bearer-TOKEN-SECRET-456"
WRONG_TOKEN = "zhaiyao-wrong-TOKEN-SECRET-789"
# Distinctive parts too: a leak that is cut or masked at the front must still be found.
NEEDLES = [FAKE_KEY, "ZHAIYAO-SECRET-123", FAKE_TOKEN, "TOKEN-SECRET-456", WRONG_TOKEN, "TOKEN-SECRET-789"]


def leaks(text: str | bytes) -> list[str]:
    if isinstance(text, bytes):
        text = text.decode("utf-8", "replace")
    return [n for n in NEEDLES if n in text]


def tree_leaks(root: Path) -> dict[str, list[str]]:
    """Every file under root (binary ones too: SQLite, pickles) searched byte for byte."""
    found = {}
    for path in root.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            hits = [n for n in NEEDLES if n.encode() in data or n.encode("utf-16-le") in data]
            if hits:
                found[str(path.relative_to(root))] = hits
    return found


def assert_key_was_sent(stub: StubLLM) -> None:
    assert any(h.get("authorization") == f"Bearer {FAKE_KEY}" for h in stub.headers), "the key never reached the LLM"


@pytest.fixture(autouse=True)
def quick_backoff(monkeypatch):
    for k in list(os.environ):
        if k.startswith(("OPENAI_", "ZHAIYAO_")):
            monkeypatch.delenv(k)
    yield


@pytest.fixture
def stub() -> Iterator[StubLLM]:
    with StubLLM() as s:
        yield s


def clean_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "ZHAIYAO_"))}
    env.update(PYTHONUNBUFFERED="1", **extra)
    return env


# ---------------------------------------------------------------- a real served process


@contextlib.contextmanager
def served(tmp_path: Path, env: dict[str, str]) -> Iterator[tuple[str, Path]]:
    log_path = tmp_path / "server.log"
    with serve_process(tmp_path, env, log_path) as base:
        yield base, log_path


def test_served_process_never_shows_the_key_or_the_token(stub: StubLLM, tmp_path: Path):
    cache_dir = tmp_path / "cache"
    env = clean_env(
        OPENAI_API_KEY=FAKE_KEY,
        OPENAI_BASE_URL=stub.base_url,
        ZHAIYAO_API_TOKEN=FAKE_TOKEN,
        ZHAIYAO_CACHE_DIR=str(cache_dir),
        ZHAIYAO_MAX_RETRIES="2",
        ZHAIYAO_REQUEST_TIMEOUT="5",
        OPENAI_LOG="debug",  # the SDK's own request/response logging, as an operator may turn on
    )
    seen: list[str] = []
    auth = {"Authorization": f"Bearer {FAKE_TOKEN}"}
    with served(tmp_path, env) as (base, log_path), httpx.Client(base_url=base, timeout=60) as http:

        def keep(r: httpx.Response) -> httpx.Response:
            seen.append(f"{r.status_code} {dict(r.headers)}\n{r.text}")
            return r

        # Upstream errors that quote the key: retried, then the extractive fallback.
        stub.script(*[echo_credentials(500)] * 3)
        r = keep(http.post("/v1/summaries", json={"text": LOANS}, headers=auth))
        assert r.status_code == 200 and r.json()["method"] == "extractive"
        stub.script(echo_credentials(401))
        r = keep(http.post("/v1/summaries", json={"text": SEED}, headers=auth))
        assert r.status_code == 200 and any(w.startswith("llm_fallback") for w in r.json()["warnings"])
        # Transport faults, then a good LLM answer, streamed.
        stub.script(rate_limit(0), server_error(503), reset())
        r = keep(http.post("/v1/summaries?stream=true", json={"text": LOANS + "\n\n附：第二版。"}, headers=auth))
        assert r.status_code == 200 and "event: summary" in r.text
        doc_id = keep(http.post("/v1/summaries", content=LOANS.encode(), headers={**auth, "Content-Type": "text/plain"})
                      ).json()["doc_id"]
        keep(http.get(f"/v1/summaries/{doc_id}", headers=auth))
        # Clients with wrong or no credentials, and every other route.
        for headers in ({}, {"Authorization": f"Bearer {WRONG_TOKEN}"}, {"Authorization": f"Basic {FAKE_TOKEN}"},
                        {"Authorization": f"Bearer {FAKE_TOKEN}x"}):
            assert keep(http.post("/v1/summaries", json={"text": LOANS}, headers=headers)).status_code == 401
            assert keep(http.get("/metrics", headers=headers)).status_code == 401
        for path in ("/healthz", "/readyz", "/openapi.json", "/", "/docs", "/static/app.js"):
            keep(http.get(path))
        keep(http.get("/metrics", headers=auth))
        keep(http.post("/v1/summaries", json={"text": " "}, headers=auth))
        keep(http.post("/v1/summaries", json={"text": LOANS, "options": {"mode": "nope"}}, headers=auth))
    log = log_path.read_text(encoding="utf-8", errors="replace")

    assert_key_was_sent(stub)
    assert "echo_credentials" in stub.answers
    assert "POST /v1/summaries" in log and "LLM call failed for good" in log, "the log is really captured"
    assert "HTTP Request: POST" in log or "Request options" in log, "the SDK's debug log is really on"
    for text in seen:
        assert not leaks(text), text[:500]
    assert not leaks(log), [line for line in log.splitlines() if leaks(line)][:5]
    assert not tree_leaks(cache_dir)


# ---------------------------------------------------------------- in-process, logs at DEBUG


def test_in_process_logs_and_answers_hold_no_secret(stub: StubLLM, tmp_path: Path, caplog):
    caplog.set_level(logging.DEBUG)
    settings = Settings(_env_file=None, openai_api_key=FAKE_KEY, openai_base_url=stub.base_url,
                        cache_dir=tmp_path / "cache", api_token=FAKE_TOKEN, max_retries=1, request_timeout=5)
    client = TestClient(create_app(settings), raise_server_exceptions=False)
    auth = {"Authorization": f"Bearer {FAKE_TOKEN}"}
    stub.script(*[echo_credentials(500)] * 2)
    bodies = [client.post("/v1/summaries", json={"text": LOANS}, headers=auth).text]
    stub.script(echo_credentials(401))
    bodies.append(client.post("/v1/summaries?stream=true", json={"text": SEED}, headers=auth).text)
    bodies.append(client.post("/v1/summaries", json={"text": LOANS}, headers={"Authorization": f"Bearer {WRONG_TOKEN}"}
                              ).text)
    bodies += [client.get(p, headers=auth).text for p in ("/readyz", "/metrics", "/openapi.json")]
    stub.script(*[echo_credentials(503)] * 2)
    direct = summarize(LOANS + "\n\n附：直接调用。", settings=settings)
    bodies.append(direct.model_dump_json())
    bodies += [repr(settings), str(settings), settings.model_dump_json()]

    assert_key_was_sent(stub)
    assert stub.answers.count("echo_credentials") == 5
    assert "llm_fallback:server_error" in direct.warnings
    for body in bodies:
        assert not leaks(body), body[:500]
    messages = "\n".join(
        [caplog.text]
        + [f"{r.getMessage()} {r.args!r} {r.exc_text or ''}" for r in caplog.records]
    )
    assert caplog.records, "the faults were logged"
    assert not leaks(messages), [r.getMessage() for r in caplog.records if leaks(r.getMessage())][:5]
    assert not tree_leaks(tmp_path / "cache")


# ---------------------------------------------------------------- the command line


def test_cli_output_batch_files_and_cache_hold_no_secret(stub: StubLLM, tmp_path: Path):
    docs, out, cache_dir = tmp_path / "docs", tmp_path / "out", tmp_path / "cache"
    docs.mkdir()
    (docs / "loans.txt").write_text(LOANS, encoding="utf-8")
    (docs / "seed.txt").write_text(SEED, encoding="utf-8")
    (docs / "empty.txt").write_text("   ", encoding="utf-8")
    env = clean_env(OPENAI_API_KEY=FAKE_KEY, OPENAI_BASE_URL=stub.base_url, ZHAIYAO_CACHE_DIR=str(cache_dir),
                    ZHAIYAO_MAX_RETRIES="1", OPENAI_LOG="debug", ZHAIYAO_API_TOKEN=FAKE_TOKEN)
    stub.script(*[echo_credentials(500)] * 2)
    batch = subprocess.run(zhaiyao("batch", str(docs), "--out", str(out)), cwd=tmp_path, env=env,
                           capture_output=True, text=True, timeout=120)
    assert batch.returncode == 1, batch.stderr  # empty.txt fails, clearly
    assert "empty_document" in batch.stderr
    single = subprocess.run(zhaiyao("summarize", str(docs / "loans.txt"), "--format", "md"), cwd=tmp_path, env=env,
                            capture_output=True, text=True, timeout=60)
    assert single.returncode == 0, single.stderr
    # A configuration error names the bad setting, not the others' values.
    broken = subprocess.run(zhaiyao("summarize", str(docs / "loans.txt")), cwd=tmp_path,
                            env={**env, "ZHAIYAO_MAX_CONCURRENCY": "0"}, capture_output=True, text=True, timeout=60)
    assert broken.returncode != 0 and "max_concurrency" in (broken.stderr + broken.stdout).lower()

    assert_key_was_sent(stub)
    for proc in (batch, single, broken):
        assert not leaks(proc.stdout) and not leaks(proc.stderr), (proc.args, proc.stderr[-1000:])
    assert sorted(p.name for p in out.glob("*.json")) == ["loans.json", "seed.json"]
    assert not tree_leaks(out)
    assert not tree_leaks(cache_dir)
    assert any(cache_dir.rglob("*")), "the cache was really written"


# ---------------------------------------------------------------- files in the repository


KEY_SHAPES = re.compile(rb"sk-(?:proj-|ant-)?[A-Za-z0-9_\-]{20,}|Bearer\s+[A-Za-z0-9._\-]{16,}|AKIA[0-9A-Z]{16}")


def test_repository_fixtures_hold_nothing_shaped_like_a_credential():
    checked = 0
    for folder in ("fixtures", "seeds", "prompts", "tests/data"):
        for path in (ROOT / folder).rglob("*"):
            if path.is_file():
                data = path.read_bytes()
                assert not KEY_SHAPES.search(data), (path, KEY_SHAPES.search(data))
                assert not [n for n in NEEDLES if n.encode() in data], path
                checked += 1
    assert checked > 10
