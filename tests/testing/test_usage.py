"""The stub's usage numbers behave like OpenAI's prompt caching."""

from __future__ import annotations

import json

import openai

from service.testing.stub_llm import StubLLM, delay


def ask(client: openai.OpenAI, system: str, user: str):
    return client.chat.completions.create(
        model="gpt-4o-mini", messages=[{"role": "system", "content": system}, {"role": "user", "content": user}])


def cached(response) -> int:
    return response.usage.prompt_tokens_details.cached_tokens


def test_a_repeated_prefix_is_cached_in_128_token_steps_from_1024():
    long_system = "规上工业产值突破60亿元。" * 300  # well over 1,024 tokens
    with StubLLM() as stub:
        client = openai.OpenAI(api_key="k", base_url=stub.base_url, max_retries=0)
        first = ask(client, long_system, "第一份文件")
        again = ask(client, long_system, "第二份文件，内容不同")
        short = ask(client, "短", "短")
        short_again = ask(client, "短", "短")
    assert cached(first) == 0
    assert cached(again) >= 1024 and (cached(again) - 1024) % 128 == 0
    assert first.usage.prompt_tokens - 128 < cached(again) <= first.usage.prompt_tokens
    assert cached(short) == cached(short_again) == 0  # under 1,024 tokens nothing is cached


def test_calls_in_flight_together_do_not_share_a_cache_entry_yet():
    from concurrent.futures import ThreadPoolExecutor

    long_system = "The harbor authority approved 12 new berths. " * 200
    with StubLLM(default=delay(0.3)) as stub:
        client = openai.OpenAI(api_key="k", base_url=stub.base_url, max_retries=0)
        with ThreadPoolExecutor(3) as pool:
            together = list(pool.map(lambda i: ask(client, long_system, f"part {i}"), range(3)))
        later = ask(client, long_system, "part 4")
    assert [cached(r) for r in together] == [0, 0, 0]
    assert cached(later) >= 1024


def test_the_schema_is_part_of_the_prefix():
    schema = {"type": "object", "properties": {f"field_{i}": {"type": "string", "description": "说明" * 20}
                                               for i in range(40)}}
    fmt = {"type": "json_schema", "json_schema": {"name": "s", "strict": True, "schema": schema}}
    with StubLLM(responder=lambda body: json.dumps({})) as stub:
        client = openai.OpenAI(api_key="k", base_url=stub.base_url, max_retries=0)
        for text in ("a", "b"):
            r = client.chat.completions.create(model="gpt-4o-mini", response_format=fmt,
                                               messages=[{"role": "user", "content": text}])
    assert cached(r) >= 1024
