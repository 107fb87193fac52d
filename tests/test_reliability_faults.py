"""200 summaries through the REST service while the LLM misbehaves on 30% of its calls.

The stub OpenAI-compatible server (service/testing/stub_llm.py) injects every fault it knows at
random (seeded): 429 with Retry-After, 500/502/503, connection resets, answers slower than the
client timeout, invalid JSON, JSON that fails the schema, `finish_reason: "length"` and empty
content. Every request must still come back 200 with a valid DocumentSummary; the requests whose
LLM path failed for good say so in `warnings`; a 429's Retry-After is waited out before the same
call is sent again; and the whole run stays well under two minutes.

Run with `-s` to see the figures (requests, faults by kind, answers, fallbacks, retries, time).
"""

from __future__ import annotations

import asyncio
import json
import random
import re
import shutil
import time
from collections import Counter
from pathlib import Path

import httpx
from fastapi.testclient import TestClient

from service.http import create_app
from service.schemas import DocumentSummary
from service.settings import Settings
from service.testing.stub_llm import FAULT_KINDS, StubLLM, request_input, request_kind

ROOT = Path(__file__).resolve().parents[1]
FAKE_KEY = "sk-test-ZHAIYAO-FAULTS-0000"
REQUESTS = 200
FAULT_RATE = 0.3
SEED = 20240601
# Retry-After in whole seconds, the form real servers send.
RETRY_AFTER = 1
# The client gives up on one HTTP call after REQUEST_TIMEOUT; the "delay" fault answers later.
REQUEST_TIMEOUT = 1.0
DELAY = 2.5
CLIENT_CONCURRENCY = 16
CHUNK_TOKENS = 600
MARKER = re.compile(r"此为第(\d+)号材料")
TIME_LIMIT = 120.0


def build_documents(n: int, seed: int) -> list[str]:
    """n distinct documents cut from the seeds, 1 to 5 article paragraphs long. Every few sentences
    carry the document's number (MARKER), so no two documents share a chunk and every LLM call
    names its document: a body seen twice at the stub is a retry of one call."""
    rng = random.Random(seed)
    sources = []
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        # Article paragraphs only (page chrome alone would rightly be an empty_document 422).
        lines = [p.strip() for p in path.read_text(encoding="utf-8").splitlines()]
        paragraphs = [p for p in lines if len(p) > 60 and p.count("。") >= 2]
        sources.append(paragraphs)
    docs = []
    for i in range(n):
        paragraphs = sources[i % len(sources)]
        start = rng.randrange(len(paragraphs))
        count = rng.randint(1, 5)
        picked = [paragraphs[(start + k) % len(paragraphs)] for k in range(count)]
        docs.append("\n\n".join(_mark(p, f"此为第{i + 1}号材料第{k + 1}段。") for k, p in enumerate(picked)))
    return docs


def _mark(paragraph: str, marker: str, every: int = 120) -> str:
    """The paragraph with the marker as a sentence of its own after a sentence end about every
    `every` characters, so every chunk of it carries one (seed paragraphs can be pages long)."""
    out, since = [], every  # the first sentence gets one too
    for piece in paragraph.split("。"):
        out.append(piece)
        since += len(piece)
        if since >= every:
            out.append(marker.rstrip("。"))
            since = 0
    return "。".join(out)


async def _post(client: httpx.AsyncClient, i: int, text: str) -> tuple[int, dict | None, str]:
    """One summary request; the transport rotates over JSON, text/plain, upload and SSE."""
    how = ("json", "text", "upload", "stream")[i % 4]
    if how == "json":
        r = await client.post("/v1/summaries", json={"text": text})
    elif how == "text":
        r = await client.post("/v1/summaries", content=text.encode(), headers={"Content-Type": "text/plain"})
    elif how == "upload":
        r = await client.post("/v1/summaries", files={"file": (f"doc{i}.txt", text.encode("gb18030"), "text/plain")})
    else:
        r = await client.post("/v1/summaries?stream=true", json={"text": text})
        if r.status_code != 200:
            return r.status_code, None, r.text
        events = [b for b in r.text.split("\n\n") if b.startswith("event: ")]
        last = events[-1] if events else ""
        if not last.startswith("event: summary\n"):
            return 599, None, r.text[-2000:]  # an error event after a 200 start: not an answer
        return 200, json.loads(last.split("\ndata: ", 1)[1]), ""
    return r.status_code, (r.json() if r.status_code == 200 else None), r.text if r.status_code != 200 else ""


async def _post_all(app, docs: list[str]) -> list[tuple[int, dict | None, str]]:
    gate = asyncio.Semaphore(CLIENT_CONCURRENCY)
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://zhaiyao.test", timeout=90) as client:

        async def one(i: int, text: str):
            async with gate:
                return await _post(client, i, text)

        return await asyncio.gather(*(one(i, d) for i, d in enumerate(docs)))


def test_200_summaries_through_30_percent_random_llm_faults(tmp_path: Path):
    docs = build_documents(REQUESTS, SEED)
    with StubLLM() as stub:
        stub.random_faults(FAULT_RATE, kinds=FAULT_KINDS, seed=SEED, retry_after=RETRY_AFTER, delay_seconds=DELAY)
        settings = Settings(
            _env_file=None,
            openai_api_key=FAKE_KEY,
            openai_base_url=stub.base_url,
            cache_dir=tmp_path / "cache",
            request_timeout=REQUEST_TIMEOUT,
            total_timeout=20,
            max_retries=3,
            max_concurrency=8,
            chunk_tokens=CHUNK_TOKENS,
            api_token=None,
            # Backoff without Retry-After: its shape is tested in tests/llm; here only its seconds shrink.
            backoff_initial=0.05,
            backoff_max=0.3,
        )
        app = create_app(settings)
        started = time.monotonic()
        results = asyncio.run(asyncio.wait_for(_post_all(app, docs), TIME_LIMIT))
        elapsed = time.monotonic() - started
        requests, answers, times = list(stub.requests), list(stub.answers), list(stub.times)

    # Every request answered 200 with a valid DocumentSummary.
    bad = [(i, status, text[:300]) for i, (status, _, text) in enumerate(results) if status != 200]
    assert not bad, f"{len(bad)} requests not answered 200: {bad[:5]}"
    summaries = [DocumentSummary.model_validate(body) for _, body, _ in results]
    assert len({s.doc_id for s in summaries}) == REQUESTS
    for s in summaries:
        assert s.summary.strip() and s.language == "zh"

    # The faults really happened, all kinds of them, at about the asked-for rate.
    faults = Counter(a for a in answers if a != "ok")
    assert set(faults) == set(FAULT_KINDS), faults
    statuses = Counter(b.status for b in stub.behaviours if b.kind in ("server_error", "rate_limit"))
    assert {500, 502, 503, 429} <= set(statuses), statuses
    rate = sum(faults.values()) / len(answers)
    assert 0.2 < rate < 0.4, rate

    # Whatever fell back to the extractive summarizer says so; whatever did not, does not.
    fallbacks = Counter()
    dropped = 0
    for s in summaries:
        said = [w for w in s.warnings if w.startswith("llm_fallback:")]
        if s.method == "extractive":
            assert len(said) == 1, s.warnings
            fallbacks[said[0].split(":", 1)[1]] += 1
        else:
            assert s.method == "llm" and not said and s.model, s.warnings
        dropped += any(w.startswith("llm_chunks_dropped:") for w in s.warnings)

    # A call answered 429 is sent again only after its Retry-After; the other transport faults
    # are retried with the same body too (re-asks and split chunks are new bodies).
    bodies = [json.dumps(b, sort_keys=True, ensure_ascii=False) for b in requests]
    # Map calls name their document (MARKER), so equal bodies are one call retried. Only halves
    # of a chunk split after a truncation may miss the marker; those are left out of the check.
    owners = [set(MARKER.findall(request_input(b))) for b in requests]
    unowned = sum(1 for o, b in zip(owners, requests, strict=True) if request_kind(b) == "map" and len(o) != 1)
    assert unowned <= 2 * faults["truncated"]
    retried: Counter[str] = Counter()
    waits = []
    for i, kind in enumerate(answers):
        if kind not in ("rate_limit", "server_error", "reset", "delay") or len(owners[i]) != 1:
            continue
        j = next((j for j in range(i + 1, len(bodies)) if bodies[j] == bodies[i]), None)
        if j is None:
            continue  # the last attempt, or its request was cancelled with its siblings
        retried[kind] += 1
        if kind == "rate_limit":
            waits.append(times[j] - times[i])
    assert waits and min(waits) >= RETRY_AFTER, f"a 429 was retried after {min(waits):.3f}s < Retry-After"
    assert all(retried[k] > 0 for k in ("rate_limit", "server_error", "reset", "delay")), retried
    reasks = sum(1 for b in requests if any(m.get("role") == "assistant" for m in b["messages"]))
    assert reasks > 0
    # Every call the service paid for is accounted for in the summaries' stats.
    assert sum(s.stats.llm_calls for s in summaries) >= len(requests) - 8

    assert elapsed < TIME_LIMIT
    figures = {
        "requests": REQUESTS,
        "answered_200_valid": len(summaries),
        "llm_answers": sum(s.method == "llm" for s in summaries),
        "fallbacks": dict(fallbacks),
        "with_dropped_chunks": dropped,
        "llm_calls": len(requests),
        "map_calls": sum(request_kind(b) == "map" for b in requests),
        "merge_calls": sum(request_kind(b) == "merge" for b in requests),
        "faults_injected": dict(sorted(faults.items())),
        "fault_statuses": dict(sorted(statuses.items())),
        "fault_rate": round(rate, 3),
        "transport_retries": dict(retried),
        "reasks": reasks,
        "retry_after_waits_s": [round(min(waits), 3), round(max(waits), 3)],
        "seconds": round(elapsed, 1),
    }
    print("\nfault-injection figures:", json.dumps(figures, ensure_ascii=False))


# ---------------------------------------------------------------- cache faults through the service


def test_cache_faults_degrade_to_no_cache_and_the_service_keeps_answering(tmp_path: Path, caplog):
    loans = (ROOT / "fixtures" / "documents" / "loans_zh.txt").read_text(encoding="utf-8")
    seed = (ROOT / "seeds" / "003_c84865d6b80c2ef5.txt").read_text(encoding="utf-8")
    with StubLLM() as stub:

        def client(cache_dir: Path) -> TestClient:
            settings = Settings(_env_file=None, openai_api_key=FAKE_KEY, openai_base_url=stub.base_url,
                                cache_dir=cache_dir, api_token=None, max_retries=1, request_timeout=5)
            return TestClient(create_app(settings), raise_server_exceptions=False)

        def post(c: TestClient, text: str) -> DocumentSummary:
            r = c.post("/v1/summaries", json={"text": text})
            assert r.status_code == 200, r.text
            doc = DocumentSummary.model_validate(r.json())
            assert doc.method == "llm" and doc.summary
            return doc

        # 1. A file where the cache directory should be: not ready, but every request answered.
        blocker = tmp_path / "blocked"
        blocker.write_text("not a directory")
        blocked = client(blocker)
        assert blocked.get("/readyz").status_code == 503
        for text in (loans, loans):
            doc = post(blocked, text)
            assert "cache_unavailable" in doc.warnings
        assert stub.calls == 2, "no cache: the same document is asked for again"
        assert "continuing without a cache" in caplog.text

        # 2. The cache database corrupted while the service runs.
        cache_dir = tmp_path / "cache"
        live = client(cache_dir)
        post(live, loans)
        calls = stub.calls
        (cache_dir / "cache.db").write_bytes(b"\x00garbage, not SQLite" * 5000)
        hurt = [post(live, seed + f"\n\n第{i}次。") for i in range(2)]
        assert any("cache_unavailable" in d.warnings for d in hurt)
        assert stub.calls > calls

        # 3. The cache directory deleted while the service runs: it is made again and caches again.
        shutil.rmtree(cache_dir)
        post(live, loans + "\n\n再版。")
        calls = stub.calls
        # A fresh app over the same folder: the answer must come from the on-disk LLM cache, not
        # from the app's in-memory recent summaries.
        again = post(client(cache_dir), loans + "\n\n再版。")
        assert stub.calls == calls and again.stats.cache_hits == 1, "caching works again"
        assert live.get("/readyz").status_code == 200
