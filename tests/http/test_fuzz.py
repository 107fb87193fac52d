"""Schemathesis against the service's own /openapi.json, through the ASGI app: no 5xx, ever.

Every operation gets a bounded number of generated requests (valid and invalid ones), with a
fixed seed so a failure reproduces. An LLM (the stub server) is configured, so `mode: "llm"` is
served rather than answered with the documented 503 llm_not_configured; so is Redis (a real
redis-server), so `/v1/jobs` is served rather than answered with 503 jobs_unavailable (no worker
runs: the jobs it accepts stay queued).
"""

from __future__ import annotations

import shutil
import socket
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis import checks

from service.http import create_app
from service.settings import Settings
from service.testing.stub_llm import StubLLM
from tests.support import FAST_BACKOFF
from tests.support.redis_server import RedisServer

FAKE_KEY = "sk-test-ZHAIYAO-FUZZ-0000"
MAX_EXAMPLES = 40


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# Schemathesis reads the schema when this module is collected (its lazy fixture loader does not
# work with this pytest), so the app is built now; the stub it points at runs during the tests.
STUB_PORT = _free_port()
REDIS_PORT = _free_port()
CACHE_DIR = Path(tempfile.mkdtemp(prefix="zhaiyao-fuzz-"))
APP = create_app(
    Settings(
        _env_file=None,
        openai_api_key=FAKE_KEY,
        openai_base_url=f"http://127.0.0.1:{STUB_PORT}/v1",
        cache_dir=CACHE_DIR / "cache",
        redis_url=f"redis://127.0.0.1:{REDIS_PORT}/0",
        api_token=None,
        max_bytes=200_000,
        request_timeout=5,
        total_timeout=10,
        max_retries=1,
        **FAST_BACKOFF,
    )
)
schema = schemathesis.openapi.from_asgi("/openapi.json", APP)


@pytest.fixture(scope="module", autouse=True)
def stub_llm() -> Iterator[StubLLM]:
    try:
        with StubLLM(port=STUB_PORT) as stub, RedisServer(CACHE_DIR / "redis", port=REDIS_PORT):
            yield stub
    finally:
        shutil.rmtree(CACHE_DIR, ignore_errors=True)


@schema.parametrize()
@settings(
    max_examples=MAX_EXAMPLES,
    derandomize=True,  # the same examples on every run
    database=None,  # nothing written into the repository
    deadline=None,
    suppress_health_check=list(HealthCheck),
)
def test_no_server_errors(case):
    response = case.call()
    assert response.status_code < 500, (
        f"{case.method} {case.formatted_path} -> {response.status_code}: {response.text[:500]}"
    )
    content_type = {k.lower(): v for k, v in response.headers.items()}.get("content-type", [""])[0]
    if response.status_code >= 400 and content_type.startswith("application/json"):
        error = response.json().get("error")
        assert error and error.get("code") and error.get("message"), response.text[:500]
    # Schemathesis's own checks too: documented status codes, content types, headers, invalid
    # data refused, and every JSON body against its schema. Left out: "schema-valid data is
    # accepted" (a schema-valid document can still be empty after cleaning, 422, or an upload
    # can be a .exe, 415; the schema cannot say so), and the schema of SSE bodies (documented as
    # one string, read by Schemathesis event by event; test_stream.py parses them).
    excluded = [checks.positive_data_acceptance]
    if content_type.startswith("text/event-stream"):
        excluded.append(checks.response_schema_conformance)
    case.validate_response(response, excluded_checks=excluded)
