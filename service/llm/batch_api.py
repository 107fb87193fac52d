"""The OpenAI Batch API, as a protocol: requests as one JSONL file, `/v1/files` and `/v1/batches`.

OpenAI runs a batch within its completion window (24 hours) at half the price of direct calls.
`submit` uploads the requests and creates the batch, `wait` polls it until it ends (completed,
failed, expired or cancelled; an expired batch still returns what it finished), and `results`
downloads the output and error files and reads them into one answer per request. What a batch is
used for (the map calls of many documents) is `batch_run.py`.

The control calls (upload, create, poll, download) are retried by the SDK itself (its default
two retries with backoff); a poll that still fails is tried again at the next poll.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import openai

from ..settings import Settings

log = logging.getLogger(__name__)

ENDPOINT = "/v1/chat/completions"
COMPLETION_WINDOW = "24h"
DONE = {"completed", "failed", "expired", "cancelled"}


@dataclass
class Answer:
    """One request's outcome in a batch: the chat completion body, or why there is none."""

    custom_id: str
    body: dict | None
    error: str | None = None


def make_client(settings: Settings) -> openai.OpenAI:
    key = settings.openai_api_key.get_secret_value() if settings.openai_api_key else ""
    return openai.OpenAI(api_key=key or "not-needed", base_url=settings.openai_base_url,
                         timeout=settings.request_timeout)


def jsonl(requests: dict[str, dict]) -> bytes:
    """The batch input file: one line per request (custom_id -> chat completion request body)."""
    lines = [json.dumps({"custom_id": cid, "method": "POST", "url": ENDPOINT, "body": body}, ensure_ascii=False)
             for cid, body in requests.items()]
    return ("\n".join(lines) + "\n").encode("utf-8")


def upload(client: openai.OpenAI, requests: dict[str, dict]) -> str:
    """Upload the requests as a batch input file; its file id."""
    return client.files.create(file=("zhaiyao-map-calls.jsonl", jsonl(requests), "application/jsonl"),
                               purpose="batch").id


def create(client: openai.OpenAI, input_file_id: str) -> str:
    batch = client.batches.create(input_file_id=input_file_id, endpoint=ENDPOINT,
                                  completion_window=COMPLETION_WINDOW, metadata={"source": "zhaiyao"})
    return batch.id


def find_batch_of(client: openai.OpenAI, input_file_id: str) -> str | None:
    """A batch already created from this input file (a run killed between creating a batch and
    saving its id must not pay for a second one)."""
    for batch in client.batches.list(limit=100):
        if batch.input_file_id == input_file_id:
            return batch.id
    return None


def wait(client: openai.OpenAI, batch_id: str, poll_seconds: float,
         on_status: Callable[[Any], None] | None = None, sleep: Callable[[float], None] = time.sleep) -> Any:
    """Poll until the batch ends; the final batch object."""
    while True:
        try:
            batch = client.batches.retrieve(batch_id)
        except (openai.APIConnectionError, openai.APIStatusError) as e:
            if isinstance(e, openai.APIStatusError) and e.status_code < 500 and e.status_code != 429:
                raise
            log.warning("polling batch %s failed (%s); trying again", batch_id, type(e).__name__)
        else:
            if on_status:
                on_status(batch)
            if batch.status in DONE:
                return batch
        sleep(poll_seconds)


def _read_lines(client: openai.OpenAI, file_id: str | None) -> list[dict]:
    if not file_id:
        return []
    text = client.files.content(file_id).text
    out = []
    for line in text.splitlines():
        try:
            out.append(json.loads(line))
        except ValueError:
            log.warning("skipping a line of batch file %s that is not JSON", file_id)
    return out


def results(client: openai.OpenAI, batch: Any) -> dict[str, Answer]:
    """Every answer of a finished batch by custom_id (output and error files)."""
    answers: dict[str, Answer] = {}
    for item in _read_lines(client, batch.output_file_id) + _read_lines(client, batch.error_file_id):
        cid = item.get("custom_id")
        if not isinstance(cid, str):
            continue
        response = item.get("response") or {}
        status = response.get("status_code")
        if status == 200 and isinstance(response.get("body"), dict) and not item.get("error"):
            answers[cid] = Answer(cid, response["body"])
        else:
            error = item.get("error") or (response.get("body") or {}).get("error") or {}
            code = error.get("code") if isinstance(error, dict) else None
            answers.setdefault(cid, Answer(cid, None, f"{status or 'no response'}:{code or 'error'}"))
    return answers
