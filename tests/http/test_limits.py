"""ZHAIYAO_MAX_BYTES: a larger body is a 413, refused before it is read whole."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable

from fastapi.testclient import TestClient

from service.http import create_app
from service.settings import Settings
from tests.support.answers import assert_error


def test_body_over_the_limit_is_413(make_settings: Callable[..., Settings]):
    client = TestClient(create_app(make_settings(max_bytes=10_000)))
    err = assert_error(client.post("/v1/summaries", content=b"x" * 10_001, headers={"Content-Type": "text/plain"}),
                       413, "payload_too_large")
    assert "10000" in err["message"]
    assert_error(client.post("/v1/summaries", json={"text": "长" * 5000}), 413, "payload_too_large")
    assert_error(client.post("/v1/summaries", files={"file": ("big.txt", b"a" * 20_000, "text/plain")}), 413)
    # Exactly at the limit is allowed.
    ok = client.post("/v1/summaries", content=("吕良镇工业强镇。" * 500).encode()[:9999], headers={"Content-Type": "text/plain"})
    assert ok.status_code == 200, ok.text


def test_five_megabytes_is_413_with_the_default_limit(client: TestClient):
    five_mb = "吕良镇规上工业产值突破60亿元。".encode() * 120_000
    assert len(five_mb) > 5_000_000
    for r in (
        client.post("/v1/summaries", content=five_mb, headers={"Content-Type": "text/plain"}),
        client.post("/v1/summaries", files={"file": ("big.txt", five_mb, "text/plain")}),
        client.post("/v1/summaries?stream=true", content=five_mb, headers={"Content-Type": "text/plain"}),
    ):
        assert "2000000" in assert_error(r, 413, "payload_too_large")["message"]


def _asgi_post(app, headers: list[tuple[bytes, bytes]], chunks: int, chunk_size: int) -> tuple[int, dict, int]:
    """Drive the ASGI app directly with a body that arrives in pieces; return (status, json, pieces read)."""
    pulled = 0
    sent: list[dict] = []

    async def receive():
        nonlocal pulled
        pulled += 1
        if pulled > chunks:
            return {"type": "http.disconnect"}
        return {"type": "http.request", "body": b"a" * chunk_size, "more_body": pulled < chunks}

    async def send(message):
        sent.append(message)

    scope = {
        "type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "POST", "scheme": "http",
        "path": "/v1/summaries", "raw_path": b"/v1/summaries", "query_string": b"", "root_path": "",
        "headers": headers, "client": ("127.0.0.1", 1), "server": ("testserver", 80),
    }
    asyncio.run(app(scope, receive, send))
    status = next(m["status"] for m in sent if m["type"] == "http.response.start")
    body = b"".join(m.get("body", b"") for m in sent if m["type"] == "http.response.body")
    return status, json.loads(body), pulled


def test_413_without_reading_the_whole_body(make_settings: Callable[..., Settings]):
    app = create_app(make_settings(max_bytes=100_000))
    # Chunked upload of 5 MB (no Content-Length): refused once the count passes the limit.
    status, body, pulled = _asgi_post(app, [(b"content-type", b"text/plain")], chunks=80, chunk_size=65_536)
    assert status == 413 and body["error"]["code"] == "payload_too_large"
    assert pulled <= 3, f"read {pulled} chunks of 64 KiB for a 100 kB limit"
    # Declared Content-Length over the limit: refused before reading anything.
    status, body, pulled = _asgi_post(
        app, [(b"content-type", b"text/plain"), (b"content-length", b"5000000")], chunks=80, chunk_size=65_536
    )
    assert status == 413 and pulled == 0
