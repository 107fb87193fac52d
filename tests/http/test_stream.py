"""POST /v1/summaries?stream=true: progress as Server-Sent Events, then the summary or an error."""

from __future__ import annotations

import asyncio
import time

from fastapi.testclient import TestClient

from service.errors import ZhaiyaoError
from service.http import create_app
from service.pipeline import asummarize
from service.progress import Progress
from service.schemas import DocumentSummary
from service.settings import Settings
from tests.support import seed_text
from tests.support.answers import assert_error, parse_sse

SEED = seed_text("000")


def test_stream_gives_progress_then_the_summary(client: TestClient):
    r = client.post("/v1/summaries?stream=true", json={"text": SEED})
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("text/event-stream")
    events = parse_sse(r.text)
    assert [e for e, _ in events][-1] == "summary"
    progress = [d for e, d in events if e == "progress"]
    assert progress and progress[-1]["index"] == progress[-1]["total"] - 1
    summary = DocumentSummary.model_validate(events[-1][1])
    assert summary.doc_id == client.post("/v1/summaries", json={"text": SEED}).json()["doc_id"]
    assert client.get(f"/v1/summaries/{summary.doc_id}").status_code == 200


def test_stream_bridges_progress_from_worker_threads(settings: Settings):
    real = asummarize

    async def chunked(text, options, *, title=None, settings=None, on_progress=None):
        # Stand-in for the LLM map step: progress reported from worker threads, out of the event loop.
        def work(i: int) -> None:
            time.sleep(0.02)
            on_progress(Progress(index=i, total=3))

        for i in range(3):
            await asyncio.to_thread(work, i)
        return await real(text, options, title=title, settings=settings)

    client = TestClient(create_app(settings, summarize=chunked))
    events = parse_sse(client.post("/v1/summaries?stream=true", json={"text": SEED}).text)
    assert [e for e, _ in events] == ["progress", "progress", "progress", "summary"]
    assert [d["index"] for _, d in events[:3]] == [0, 1, 2]
    assert all(d["total"] == 3 for _, d in events[:3])


def test_stream_input_errors_keep_their_status(client: TestClient):
    assert_error(client.post("/v1/summaries?stream=true", json={"text": "   "}), 422, "empty_document")
    assert_error(client.post("/v1/summaries?stream=true", json={"text": SEED, "options": {"mode": "llm"}}),
                 503, "llm_not_configured")


def test_stream_failure_after_progress_is_an_error_event(settings: Settings):
    async def fails_late(text, options, *, title=None, settings=None, on_progress=None):
        on_progress(Progress(index=0, total=2))
        await asyncio.sleep(0.3)  # well after the response started
        raise ZhaiyaoError("the document went away")

    client = TestClient(create_app(settings, summarize=fails_late))
    events = parse_sse(client.post("/v1/summaries?stream=true", json={"text": SEED}).text)
    assert events[0][0] == "progress"
    assert {k: events[0][1][k] for k in ("index", "total", "stage")} == {"index": 0, "total": 2, "stage": "map"}
    assert events[-1][0] == "error" and events[-1][1]["error"]["message"] == "the document went away"
