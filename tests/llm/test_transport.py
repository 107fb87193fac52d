"""The transport's request on the wire (offline: the stub server)."""

from __future__ import annotations

import asyncio

import openai
import pytest

from service.llm.keys import sampling_params
from service.llm.prompts import map_messages
from service.llm.replies import ChunkSummary, response_format
from service.llm.transport import Call, Transport
from service.progress import Usage
from tests.support import llm_settings

FAKE_KEY = "sk-test-ZHAIYAO-TRANSPORT-0000"


@pytest.mark.parametrize("model", ["gpt-4o-mini", "o4-mini"])
def test_a_call_goes_out_as_the_clients_create_sends_it(stub, tmp_path, model):
    """The transport posts the body itself (the client's `create` would walk every message first):
    what reaches the server is what `create` sends, key order and authorization included, so
    recorded fixtures and provider-side prompt caching see the very same request."""
    settings = llm_settings(tmp_path, stub.base_url, FAKE_KEY, model=model)
    messages = map_messages("吕良镇规上工业产值突破60亿元。", True, "zh", 300, "json_schema")
    fmt = response_format(ChunkSummary, "json_schema")

    async def main() -> None:
        await Transport(settings, Usage()).complete(Call(), messages, fmt, 256)
        client = openai.AsyncOpenAI(api_key=FAKE_KEY, base_url=stub.base_url, max_retries=0)
        await client.chat.completions.create(model=model, messages=messages, **sampling_params(model, 256),
                                             extra_body={"response_format": fmt})

    asyncio.run(main())
    ours, creates = stub.requests
    assert list(ours.items()) == list(creates.items())
    assert stub.headers[0]["authorization"] == stub.headers[1]["authorization"] == f"Bearer {FAKE_KEY}"
    assert {k: v for k, v in stub.headers[0].items() if "timeout" not in k} == {
        k: v for k, v in stub.headers[1].items() if "timeout" not in k}
