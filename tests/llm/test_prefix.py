"""The stable prefix: every map call (and every merge call) starts with the same schema and system
message, long enough for a provider to cache it, and the cached tokens are counted and priced."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from service.document import prepare
from service.llm.plan import plan_document
from service.llm.pricing import price_for
from service.pipeline import summarize
from service.schemas import SummaryOptions
from service.settings import Settings
from tests.support import DOCUMENTS, FAST_BACKOFF, seed_text

SEED_003 = seed_text("003")
LOANS = (DOCUMENTS / "loans_zh.txt").read_text(encoding="utf-8")
HARBOR = (DOCUMENTS / "harbor_en.txt").read_text(encoding="utf-8")


def settings_for(tmp_path: Path, base_url: str, **extra) -> Settings:
    values = dict(openai_api_key="sk-test-prefix", openai_base_url=base_url, cache_dir=tmp_path / "cache",
                  request_timeout=10, total_timeout=30, max_retries=2, **FAST_BACKOFF)
    values.update(extra)
    return Settings(_env_file=None, **values)


def prefix_of(body: dict) -> str:
    """What a provider caches first: the schema, then the system message."""
    return json.dumps(body.get("response_format"), ensure_ascii=False) + body["messages"][0]["content"]


def kind_of(body: dict) -> str:
    return body["response_format"]["json_schema"]["name"]


def test_map_calls_of_every_chunk_and_document_share_one_prefix(stub, tmp_path):
    summarize(SEED_003, settings=settings_for(tmp_path, stub.base_url, chunk_tokens=400))  # several chunks
    summarize(LOANS, SummaryOptions(max_chars=120), settings=settings_for(tmp_path, stub.base_url))
    summarize(HARBOR, settings=settings_for(tmp_path, stub.base_url))  # English
    maps = [r for r in stub.requests if kind_of(r) == "chunk_summary"]
    merges = [r for r in stub.requests if kind_of(r) == "merged_summary"]
    assert len(maps) >= 5 and merges
    assert len({prefix_of(r) for r in maps}) == 1
    assert len({prefix_of(r) for r in merges}) == 1
    # What varies per call is in the user message: the nonce, the scope, the language, the limit.
    users = [r["messages"][1]["content"] for r in maps]
    assert any("Longest summary: 120 characters." in u for u in users)
    assert any("Language: English." in u for u in users)
    assert any("This is one part of a longer document" in u for u in users)
    for r in maps:
        nonce = r["messages"][1]["content"].split("<<<DOCUMENT ")[1].split(">>>")[0]
        assert nonce not in r["messages"][0]["content"]


def test_the_map_prefix_is_long_enough_for_prompt_caching(tmp_path):
    plan = plan_document(prepare(LOANS), SummaryOptions(), Settings(_env_file=None, cache_dir=tmp_path))
    # OpenAI caches prefixes of 1,024 tokens or more; the margin covers how it formats the schema.
    assert 1024 + 64 <= plan.prefix_tokens <= 1152 + 64


def test_cached_prompt_tokens_are_reported_and_billed_at_the_cached_price(stub, tmp_path):
    settings = settings_for(tmp_path, stub.base_url)
    first = summarize(LOANS, settings=settings)
    second = summarize(SEED_003, settings=settings)  # another document: only the prefix is shared
    assert first.method == second.method == "llm"
    assert first.stats.cached_prompt_tokens == 0
    usage = stub.usages[-1]
    cached = usage["prompt_tokens_details"]["cached_tokens"]
    assert cached >= 1024 and second.stats.cached_prompt_tokens == cached
    assert second.stats.prompt_tokens == usage["prompt_tokens"]
    assert second.stats.completion_tokens == usage["completion_tokens"]
    price = price_for(settings)
    assert price is not None and price.cached_input is not None and price.cached_input < price.input
    assert second.stats.cost_usd == pytest.approx(
        price.cost(usage["prompt_tokens"], cached, usage["completion_tokens"]))
    assert second.stats.cost_usd < price.cost(usage["prompt_tokens"], 0, usage["completion_tokens"])


def test_chunks_sent_one_after_another_hit_the_cache(stub, tmp_path):
    settings = settings_for(tmp_path, stub.base_url, chunk_tokens=400, max_concurrency=1)
    result = summarize(SEED_003, settings=settings)
    maps = [u for r, u in zip(stub.requests, stub.usages, strict=True) if kind_of(r) == "chunk_summary"]
    assert len(maps) >= 4
    assert maps[0]["prompt_tokens_details"]["cached_tokens"] == 0
    assert all(u["prompt_tokens_details"]["cached_tokens"] >= 1024 for u in maps[1:])
    assert result.stats.cached_prompt_tokens == sum(u["prompt_tokens_details"]["cached_tokens"] for u in stub.usages)


def test_unknown_model_prices_leave_the_cost_unknown(stub, tmp_path):
    result = summarize(LOANS, settings=settings_for(tmp_path, stub.base_url, model="local-llama"))
    assert result.method == "llm" and result.stats.prompt_tokens > 0
    assert result.stats.cost_usd is None
    priced = summarize(LOANS, settings=settings_for(
        tmp_path, stub.base_url, model="local-llama", prices={"local-llama": {"input": 1.0, "output": 2.0}}))
    assert priced.stats.cache_hits == 1 and priced.stats.cost_usd == 0.0  # from the cache: free
