"""Reading the service's answers: the one error shape and Server-Sent Events."""

from __future__ import annotations

import json

ERROR_KEYS = {"code", "message"}


def assert_error(response, status: int, code: str | None = None) -> dict:
    """Assert `response` is the JSON error `{"error": {"code", "message"}}` with `status` (and `code`);
    return its `error`."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"error"} and set(body["error"]) == ERROR_KEYS, body
    assert body["error"]["message"].strip()
    if code:
        assert body["error"]["code"] == code, body
    return body["error"]


def parse_sse(text: str) -> list[tuple[str, dict]]:
    """(event, JSON data) of each event of an SSE body; comments (keep-alives) skipped."""
    events = []
    for block in text.split("\n\n"):
        lines = [ln for ln in block.split("\n") if ln and not ln.startswith(":")]
        if not lines:
            continue
        event = next(ln[6:].strip() for ln in lines if ln.startswith("event:"))
        data = "\n".join(ln[5:].lstrip() for ln in lines if ln.startswith("data:"))
        events.append((event, json.loads(data)))
    return events
