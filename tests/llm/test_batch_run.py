"""The map calls of many documents through the OpenAI Batch API (the stub's /v1/files and
/v1/batches), feeding the cache the direct calls use; resumed, not paid twice, after a kill."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from service.llm.batch_run import STATE_FILE, prefill_with_batch
from service.llm.pricing import price_for
from service.pipeline import summarize
from service.schemas import SummaryOptions
from service.settings import Settings
from tests.support import DOCUMENTS, FAST_BACKOFF, SEEDS

OPTIONS = SummaryOptions(mode="llm")


def settings_for(tmp_path: Path, base_url: str, **extra) -> Settings:
    values = dict(openai_api_key="sk-test-batch", openai_base_url=base_url, cache_dir=tmp_path / "cache",
                  request_timeout=10, total_timeout=30, max_retries=2, batch_poll_seconds=0.01,
                  chunk_tokens=1500, **FAST_BACKOFF)
    values.update(extra)
    return Settings(_env_file=None, **values)


def documents() -> list[tuple[str, bytes]]:
    docs = [(p.name, p.read_bytes()) for p in SEEDS]
    return docs + [("harbor_en.txt", (DOCUMENTS / "harbor_en.txt").read_bytes())]


def kind(body: dict) -> str:
    return body["response_format"]["json_schema"]["name"]


def test_map_calls_go_as_one_batch_and_the_run_only_merges(stub, tmp_path):
    settings = settings_for(tmp_path, stub.base_url)
    messages: list[str] = []
    report = prefill_with_batch(documents(), OPTIONS, settings, tmp_path, say=messages.append)
    assert stub.batches.created == 1 and stub.calls == 0
    submitted = len(stub.batches.requests)
    assert report.submitted == report.answered == submitted >= 9 and report.left_to_direct == 0
    assert not (tmp_path / STATE_FILE).exists()
    assert any("completed" in m for m in messages)
    results = {}
    for name, data in documents():
        results[name] = summarize(data, OPTIONS, settings=settings)
        report.apply(name, results[name])
    assert all(r.method == "llm" for r in results.values())
    assert all(kind(b) == "merged_summary" for b in stub.requests), "only merges are called directly"
    assert sum(r.stats.batch_calls for r in results.values()) == submitted
    seed3 = results["003_c84865d6b80c2ef5.txt"]
    assert seed3.stats.batch_calls == 4 and seed3.stats.llm_calls == 5  # 4 maps in the batch, 1 merge
    # Half price: the document's batch requests cost what their usage costs at batch prices.
    price = price_for(settings)
    usage = report.usage["harbor_en.txt"]
    # (costs are reported to 8 decimals: to the hundredth of a micro-dollar)
    assert usage.cost_usd == pytest.approx(price.cost(usage.prompt_tokens, usage.cached_prompt_tokens,
                                                      usage.completion_tokens, batch=True), abs=1e-8)
    assert results["harbor_en.txt"].stats.cost_usd == pytest.approx(usage.cost_usd, abs=1e-8)


def test_a_batch_request_is_the_request_a_direct_call_sends(stub, tmp_path):
    doc = (DOCUMENTS / "loans_zh.txt").read_bytes()
    prefill_with_batch([("loans", doc)], OPTIONS, settings_for(tmp_path / "a", stub.base_url), tmp_path)
    summarize(doc, OPTIONS, settings=settings_for(tmp_path / "b", stub.base_url))  # another cache: direct
    (batched,) = stub.batches.requests
    (direct,) = stub.requests
    assert batched == direct


def test_requests_that_fail_inside_the_batch_are_asked_directly(stub, tmp_path):
    settings = settings_for(tmp_path, stub.base_url)
    failing: set[str] = set()

    def fail(custom_id: str, body: dict) -> bool:
        if len(failing) < 3:
            failing.add(custom_id)
        return custom_id in failing

    stub.batches.fail = fail
    report = prefill_with_batch(documents(), OPTIONS, settings, tmp_path, say=lambda m: None)
    assert report.left_to_direct == 3 and report.answered == report.submitted - 3
    for _, data in documents():
        assert summarize(data, OPTIONS, settings=settings).method == "llm"
    assert sum(1 for b in stub.requests if kind(b) == "chunk_summary") == 3


def test_an_unusable_batch_answer_is_not_cached_and_is_asked_directly(stub, tmp_path):
    settings = settings_for(tmp_path, stub.base_url)
    stub.responder = lambda body: "not json"
    doc = (DOCUMENTS / "loans_zh.txt").read_bytes()
    report = prefill_with_batch([("loans", doc)], OPTIONS, settings, tmp_path, say=lambda m: None)
    assert report.answered == 0 and report.left_to_direct == 1
    assert report.usage["loans"].llm_calls == 1  # paid for, though unusable
    from service.testing.stub_llm import default_answer

    stub.responder = default_answer
    assert summarize(doc, OPTIONS, settings=settings).method == "llm" and stub.calls == 1


class Killed(Exception):
    pass


def test_a_run_killed_while_polling_resumes_the_same_batch(stub, tmp_path):
    settings = settings_for(tmp_path, stub.base_url)
    stub.batches.delay = 0.5

    def killed(seconds: float) -> None:
        raise Killed()

    with pytest.raises(Killed):
        prefill_with_batch(documents(), OPTIONS, settings, tmp_path, say=lambda m: None, sleep=killed)
    state = json.loads((tmp_path / STATE_FILE).read_text(encoding="utf-8"))
    assert state["batch_id"] and state["input_file_id"] and stub.batches.created == 1
    report = prefill_with_batch(documents(), OPTIONS, settings, tmp_path, say=lambda m: None)
    assert report.resumed and report.batches == [state["batch_id"]]
    assert stub.batches.created == 1, "the restarted run paid for no second batch"
    assert report.answered == len(state["requests"]) and not (tmp_path / STATE_FILE).exists()
    # Everything is in the cache now: nothing to send again.
    again = prefill_with_batch(documents(), OPTIONS, settings, tmp_path, say=lambda m: None)
    assert again.submitted == 0 and stub.batches.created == 1


def test_killed_between_upload_and_create_creates_the_batch_once(stub, tmp_path):
    settings = settings_for(tmp_path, stub.base_url)
    from service.backends import open_cache
    from service.llm import batch_api
    from service.llm.batch_run import pending_calls

    pending = pending_calls(documents()[:1], OPTIONS, settings, open_cache(settings))
    client = batch_api.make_client(settings)
    file_id = batch_api.upload(client, {cid: p.body for cid, p in pending.items()})
    (tmp_path / STATE_FILE).write_text(json.dumps({"input_file_id": file_id, "requests": {
        cid: p.document for cid, p in pending.items()}}), encoding="utf-8")
    report = prefill_with_batch(documents()[:1], OPTIONS, settings, tmp_path, say=lambda m: None)
    assert report.resumed and stub.batches.created == 1 and report.answered == len(pending)
