"""The spending cap: refused before any call when the upper estimate is over it; stopped mid-run
(never exceeded, retries and re-asks included) with the extractive summary to complete the result."""

from __future__ import annotations

from pathlib import Path

import pytest

from service.errors import OverBudget
from service.llm.pricing import Price, price_for
from service.pipeline import plan_summary, summarize
from service.schemas import SummaryOptions
from service.settings import Settings
from service.testing.stub_llm import invalid_json, ok, server_error
from tests.support import DOCUMENTS, FAST_BACKOFF, seed_text

SEED_003 = seed_text("003")
LOANS = (DOCUMENTS / "loans_zh.txt").read_text(encoding="utf-8")


def settings_for(tmp_path: Path, base_url: str, **extra) -> Settings:
    values = dict(openai_api_key="sk-test-budget", openai_base_url=base_url, cache_dir=tmp_path / "cache",
                  request_timeout=10, total_timeout=30, max_retries=3, **FAST_BACKOFF)
    values.update(extra)
    return Settings(_env_file=None, **values)


def test_over_the_cap_is_refused_before_any_call(stub, tmp_path):
    high = plan_summary(SEED_003, settings=settings_for(tmp_path, stub.base_url)).cost_usd_high
    with pytest.raises(OverBudget, match=r"over the cap of \$") as refused:
        summarize(SEED_003, settings=settings_for(tmp_path, stub.base_url, max_cost=high * 0.9))
    assert refused.value.code == "over_budget" and refused.value.status == 422
    assert stub.calls == 0
    result = summarize(SEED_003, settings=settings_for(tmp_path, stub.base_url, max_cost=high))
    assert result.method == "llm" and result.stats.cost_usd <= high


def test_spending_stops_at_the_cap_and_the_extractive_summary_completes_the_result(stub, tmp_path):
    high = plan_summary(LOANS, settings=settings_for(tmp_path, stub.base_url)).cost_usd_high
    cap = high * 1.05  # one call at its worst fits; a re-ask after a bad reply does not
    stub.script(invalid_json(), ok())
    result = summarize(LOANS, settings=settings_for(tmp_path, stub.base_url, max_cost=cap))
    assert stub.calls == 1, "no call is started that could take the spending over the cap"
    assert result.method == "extractive" and result.summary
    assert "llm_fallback:budget_exhausted" in result.warnings
    assert 0 < result.stats.cost_usd <= cap
    assert result.stats.llm_calls == 1 and result.stats.prompt_tokens > 0


def test_retried_transport_faults_cost_nothing_and_do_not_stop_the_run(stub, tmp_path):
    high = plan_summary(LOANS, settings=settings_for(tmp_path, stub.base_url)).cost_usd_high
    stub.script(server_error(503), server_error(502), ok())
    result = summarize(LOANS, settings=settings_for(tmp_path, stub.base_url, max_cost=high))
    assert stub.calls == 3 and result.method == "llm"


def test_a_cap_for_a_model_without_a_known_price_is_refused_with_the_fix(stub, tmp_path):
    settings = settings_for(tmp_path, stub.base_url, model="local-llama", max_cost=1.0)
    with pytest.raises(OverBudget, match="ZHAIYAO_PRICES"):
        summarize(LOANS, SummaryOptions(mode="llm"), settings=settings)
    assert stub.calls == 0


def test_prices_are_built_in_matched_by_prefix_and_overridable(tmp_path):
    settings = Settings(_env_file=None, cache_dir=tmp_path)
    assert price_for(settings, "gpt-4o-mini-2024-07-18") == price_for(settings, "gpt-4o-mini")
    assert price_for(settings, "gpt-4o-2024-08-06").input == 2.5
    assert price_for(settings, "gpt-4.1-nano").output == 0.4
    assert price_for(settings, "o4-mini") is not None and price_for(settings, "gemma-3-270m") is None
    custom = Settings(_env_file=None, cache_dir=tmp_path, prices={"gpt-4o-mini": {"input": 1, "output": 2}})
    assert price_for(custom) == Price(input=1, output=2)
    p = Price(input=1.0, cached_input=0.5, output=4.0)
    assert p.cost(1_000_000, 0, 0) == 1.0 and p.cost(1_000_000, 1_000_000, 0) == 0.5
    assert p.cost(0, 0, 1_000_000, batch=True) == 2.0


def test_calls_in_flight_count_at_their_worst_until_they_are_answered(tmp_path):
    from service.errors import LLMFailure
    from service.llm.budget import Spending
    from service.progress import Usage

    settings = Settings(_env_file=None, cache_dir=tmp_path)
    messages = [{"role": "user", "content": "规上工业产值突破60亿元。" * 50}]
    usage = Usage()
    probe = Spending(settings, usage, cap=1.0)
    worst = probe.admit(messages, None, 1000)
    probe.release(worst)
    spending = Spending(settings, usage, cap=worst * 1.5)
    first = spending.admit(messages, None, 1000)
    with pytest.raises(LLMFailure, match="budget_exhausted"):
        spending.admit(messages, None, 1000)  # the first is still in flight at its worst
    spending.record({"prompt_tokens": 400, "completion_tokens": 10, "prompt_tokens_details": {"cached_tokens": 0}})
    spending.release(first)
    assert usage.cost_usd < worst * 0.5
    spending.admit(messages, None, 1000)  # answered cheaply: room again
    assert usage.prompt_tokens == 400 and usage.completion_tokens == 10


def test_a_budget_stop_lets_the_calls_in_flight_finish_and_keeps_their_answers(stub, tmp_path):
    from service.testing.stub_llm import delay

    # Two chunks, both in flight at once. (With four, whether the re-ask below or the third and
    # fourth chunks' calls came first was up to timing, and with it whether the re-ask fit: two
    # clean-clone CI runs on a busy machine saw it fit.)
    settings = settings_for(tmp_path, stub.base_url, chunk_tokens=2500, max_concurrency=2)
    assert plan_summary(SEED_003, settings=settings).map_calls == 2
    high = plan_summary(SEED_003, settings=settings).cost_usd_high
    # Chunk 1's answer is unusable and long (costly); chunk 2's call is slow. The re-ask of
    # chunk 1 does not fit under the cap while chunk 2 is in flight: the run stops, but chunk
    # 2's answer, already paid for, is awaited and cached.
    # (long, but within the reply's max_tokens, 2,048, as an endpoint keeps it)
    long_bad = '{"summary": 1, "pad": "' + "数据" * 1900 + '"}'
    from service.testing.stub_llm import reply

    stub.script(reply(long_bad), delay(1.0))
    result = summarize(SEED_003, settings=settings_for(tmp_path, stub.base_url, chunk_tokens=2500,
                                                       max_concurrency=2, max_cost=high))
    assert "llm_fallback:budget_exhausted" in result.warnings and result.method == "extractive"
    assert result.stats.cost_usd <= high
    answered = [b for b, kind in zip(stub.behaviours, stub.answers, strict=True) if kind == "delay"]
    assert answered, "the slow call was sent"
    again = plan_summary(SEED_003, settings=settings)
    assert again.map_calls_cached >= 1, "the answer of the call in flight was kept"
