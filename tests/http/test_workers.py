"""`zhaiyao serve --workers N` and servers sharing one cache directory: what one process stored,
another serves; /metrics counts the whole server; slow LLM calls never hold up probes or hits."""

from __future__ import annotations

import re
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx

from service.testing.stub_llm import StubLLM, delay
from tests.support import SEEDS, seed_text
from tests.support.serving import running_server

FAKE_KEY = "sk-test-ZHAIYAO-WORKERS-0000"
POSTS = 24


def _fresh(base: str) -> httpx.Client:
    # No kept-alive connections: every request is a new connection, which any worker may accept.
    return httpx.Client(base_url=base, timeout=60, limits=httpx.Limits(max_keepalive_connections=0))


def _requests_total(metrics: str, status: str = "200") -> float:
    pattern = rf'^zhaiyao_http_requests_total{{route="/v1/summaries",method="POST",status="{status}"}} (\S+)$'
    found = re.search(pattern, metrics, re.M)
    return float(found.group(1)) if found else 0.0


def test_metrics_count_every_worker_and_their_directory_goes_with_the_server(tmp_path: Path):
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    texts = [p.read_text(encoding="utf-8") for p in SEEDS]
    with running_server(tmp_path / "cache", "--workers", "2", TMPDIR=str(tmp)) as base:
        (metrics_dir,) = tmp.glob("zhaiyao-metrics-*")
        pids: set[str] = set()
        posted = 0
        deadline = time.monotonic() + 60
        with _fresh(base) as http, ThreadPoolExecutor(8) as pool:
            # Until both workers have answered (new connections go to whichever accepts first).
            while len(pids) < 2 and time.monotonic() < deadline:
                rs = list(pool.map(lambda i: http.post("/v1/summaries", json={"text": texts[i % len(texts)],
                                                                              "options": {"max_chars": 40 + i}}),
                                   range(posted, posted + POSTS)))
                assert all(r.status_code == 200 for r in rs)
                posted += POSTS
                pids = {m.group(1) for f in metrics_dir.iterdir() if (m := re.match(r"counter_(\d+)\.db", f.name))}
            assert len(pids) == 2, "both workers answered"
            for _ in range(3):  # whichever worker answers the scrape, it reports the whole server
                assert _requests_total(http.get("/metrics").text) == posted
    assert not metrics_dir.exists()


def test_two_servers_on_one_cache_serve_each_others_summaries_and_never_a_partial_one(tmp_path: Path):
    cache = tmp_path / "cache"
    text = seed_text("003")
    with running_server(cache) as a, running_server(cache) as b, _fresh(a) as ha, _fresh(b) as hb:
        doc_id = ha.post("/v1/summaries", json={"text": text}).json()["doc_id"]
        stop = threading.Event()
        bad: list[str] = []

        def read(http: httpx.Client) -> int:
            reads = 0
            while not stop.is_set():
                r = http.get(f"/v1/summaries/{doc_id}")
                reads += 1
                if r.status_code != 200 or r.json()["doc_id"] != doc_id:
                    bad.append(f"{r.status_code} {r.text[:200]}")
            return reads

        def write(http: httpx.Client, first: int) -> None:
            # Other options each time: a new summary of the same document replaces the stored one.
            for n in range(first, first + 30, 2):
                assert http.post("/v1/summaries", json={"text": text, "options": {"max_chars": 40 + n}}).status_code == 200

        with ThreadPoolExecutor(4) as pool:
            readers = [pool.submit(read, ha), pool.submit(read, hb)]
            writers = [pool.submit(write, ha, 0), pool.submit(write, hb, 1)]
            for w in writers:
                w.result()
            stop.set()
            reads = sum(r.result() for r in readers)
        assert not bad and reads > 10, bad[:3]
        # What either stored, the other serves: a document posted only to b, read from a.
        other = seed_text("001")
        doc_b = hb.post("/v1/summaries", json={"text": other}).json()
        got = ha.get(f"/v1/summaries/{doc_b['doc_id']}")
        assert got.status_code == 200 and got.json()["summary"] == doc_b["summary"]
    assert not [p for p in cache.rglob("*.tmp")], "no temporary file left behind"


def test_the_llm_cache_is_shared_and_slow_calls_never_hold_up_probes_or_hits(tmp_path: Path):
    cache = tmp_path / "cache"
    one_call = 3.0
    with StubLLM(default=delay(one_call)) as stub:
        env = {"OPENAI_API_KEY": FAKE_KEY, "OPENAI_BASE_URL": stub.base_url, "ZHAIYAO_REQUEST_TIMEOUT": "30"}
        with running_server(cache, **env) as a, running_server(cache, **env) as b, _fresh(a) as ha, _fresh(b) as hb:
            hit_body = {"text": seed_text("000"), "options": {"mode": "extractive"}}
            assert ha.post("/v1/summaries", json=hit_body).status_code == 200  # the hit to come
            short = "吕良镇规上工业产值突破60亿元、同比增长86%。2024年力争突破80亿元。"
            with ThreadPoolExecutor(4) as pool:
                slow = [pool.submit(ha.post, "/v1/summaries", json={"text": f"第{i}份。{short}"}) for i in range(3)]
                while stub.in_flight < 3:
                    time.sleep(0.05)
                waited = []
                for _ in range(5):
                    t0 = time.monotonic()
                    assert ha.get("/healthz").status_code == 200
                    hit = ha.post("/v1/summaries", json=hit_body)
                    waited.append(time.monotonic() - t0)
                    assert hit.headers["X-Zhaiyao-Cache"] == "hit"
                assert stub.in_flight == 3, "the slow calls were still in flight"
                answers = [f.result() for f in slow]
            assert max(waited) < 1.0, waited
            assert all(r.status_code == 200 and r.json()["method"] == "llm" for r in answers)
            calls = stub.calls
            # The same document through the other server: answered from the shared LLM cache.
            again = hb.post("/v1/summaries", json={"text": f"第0份。{short}"}).json()
            assert again["method"] == "llm" and again["stats"]["cache_hits"] == 1 and stub.calls == calls
