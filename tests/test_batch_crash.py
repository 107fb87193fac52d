"""`zhaiyao batch` killed with SIGKILL in the middle of a document, then run again.

The batch runs as users run it (the console script, its own process) against the stub LLM server
in this test process, which sees every call. The stub holds one call of the tenth document open
after that document's first chunk was answered (and cached), and the test kills the batch then.
The rerun must finish the rest: all 20 outputs present and valid, the nine finished ones not
written again, and no chunk the LLM already answered asked again (the one call cut off by the
kill is the only body the stub ever sees twice).
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path

import pytest

from service.schemas import DocumentSummary
from service.testing.stub_llm import StubLLM, default_answer, request_input, request_kind

ROOT = Path(__file__).resolve().parents[1]
FAKE_KEY = "sk-test-ZHAIYAO-BATCH-0000"
DOCS = 20
VICTIM = 9  # 0-based: the tenth document is the one in flight when the batch is killed
MARKER = re.compile(r"此为第(\d+)号材料")
CHUNK_TOKENS = 500
RUN_TIMEOUT = 120


def build_documents() -> dict[str, str]:
    """20 documents of two to four chunks each, cut from the seeds. Every few sentences name the
    document (MARKER), so each LLM call can be traced to its document."""
    paragraphs = []
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if len(line.strip()) > 60 and line.count("。") >= 2:
                paragraphs.append(line.strip())
    docs = {}
    for i in range(DOCS):
        picked = [paragraphs[(3 * i + k) % len(paragraphs)] for k in range(3)]
        text = "\n\n".join(picked)
        sentences = text.split("。")
        marked = [s + (f"。此为第{i}号材料" if n % 4 == 0 and s.strip() else "") for n, s in enumerate(sentences)]
        docs[f"doc{i:02d}.txt"] = "。".join(marked)
    return docs


def owner(body: dict) -> int | None:
    found = set(MARKER.findall(request_input(body)))
    return int(found.pop()) if len(found) == 1 else None


def batch_command(src: Path, out: Path) -> list[str]:
    args = ["batch", str(src), "--out", str(out)]
    script = Path(sys.executable).with_name("zhaiyao")
    if script.exists():
        return [str(script), *args]
    return [sys.executable, "-m", "service.cli", *args]


def wait_for_cache(directory: Path, entries: int, timeout: float = 15.0) -> None:
    """Until the batch's LLM cache holds `entries` results: with one call at a time, the held
    call can arrive while the answer before it is still being written."""
    import diskcache

    deadline = time.monotonic() + timeout
    with diskcache.Cache(str(directory)) as cache:
        while sum(1 for k in cache.iterkeys() if k != "__probe__") < entries:
            assert time.monotonic() < deadline, f"the cache never reached {entries} entries"
            time.sleep(0.05)


def wait_for_outputs(out: Path, count: int, timeout: float = 15.0) -> None:
    """Until the first `count` documents' summaries are written: a document whose last answer is
    cached may still be assembling in a worker process (slow on a busy machine)."""
    deadline = time.monotonic() + timeout
    while not all((out / f"doc{i:02d}.json").exists() for i in range(count)):
        assert time.monotonic() < deadline, sorted(p.name for p in out.glob("*.json"))
        time.sleep(0.05)


class HoldingStub(StubLLM):
    """Answers normally, except that the second map call of document VICTIM is held open (until
    `release` is set) and `held` is set, so the test can kill the batch at that moment."""

    def __init__(self) -> None:
        super().__init__(responder=self._respond)
        self.held = threading.Event()
        self.release = threading.Event()
        self.victim_maps = 0

    def _respond(self, body: dict) -> str:
        if request_kind(body) == "map" and owner(body) == VICTIM and not self.held.is_set():
            self.victim_maps += 1
            if self.victim_maps == 2:
                self.held.set()
                self.release.wait(30)
        return default_answer(body)


def test_batch_killed_mid_run_resumes_without_redoing_anything(tmp_path: Path):
    src, out, cache = tmp_path / "docs", tmp_path / "out", tmp_path / "cache"
    src.mkdir()
    for name, text in build_documents().items():
        (src / name).write_text(text, encoding="utf-8")

    with HoldingStub() as stub:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "ZHAIYAO_"))}
        env.update(
            OPENAI_API_KEY=FAKE_KEY,
            OPENAI_BASE_URL=stub.base_url,
            ZHAIYAO_CACHE_DIR=str(cache),
            # One call at a time: at the kill exactly one call is in flight, and the victim's
            # first chunk has been answered and cached.
            ZHAIYAO_MAX_CONCURRENCY="1",
            ZHAIYAO_CHUNK_TOKENS=str(CHUNK_TOKENS),
            ZHAIYAO_REQUEST_TIMEOUT="30",
        )
        run = dict(cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)

        first = subprocess.Popen(batch_command(src, out), **run)
        try:
            assert stub.held.wait(RUN_TIMEOUT), "the batch never reached the tenth document"
            wait_for_cache(cache, entries=len(stub.requests) - 1)  # every answered call is cached
            wait_for_outputs(out, VICTIM)  # and every document before the victim is written
            first.send_signal(signal.SIGKILL)
            first.communicate(timeout=10)
        finally:
            if first.poll() is None:
                first.kill()
                first.wait(10)
            stub.release.set()
        assert first.returncode == -signal.SIGKILL
        before_rerun = list(stub.requests)

        written = sorted(p.name for p in out.glob("*.json"))
        assert written == [f"doc{i:02d}.json" for i in range(VICTIM)], written
        first_outputs = {p.name: (p.stat().st_ino, p.stat().st_mtime_ns, p.read_bytes()) for p in out.glob("*.json")}

        # What a kill in the middle of write_atomic leaves: half a file under a temporary name.
        half = out / f".doc{VICTIM:02d}.json.k1ll3d.tmp"
        half.write_text('{"schema_version": "1", "doc_id": "', encoding="utf-8")

        second = subprocess.run(batch_command(src, out), timeout=RUN_TIMEOUT, **run)
        assert second.returncode == 0, second.stderr
        after_rerun = list(stub.requests)[len(before_rerun):]

    # All 20 outputs are there and are valid summaries made by the LLM path.
    outputs = sorted(out.glob("*.json"))
    assert [p.name for p in outputs] == [f"doc{i:02d}.json" for i in range(DOCS)]
    for p in outputs:
        summary = DocumentSummary.model_validate(json.loads(p.read_text(encoding="utf-8")))
        assert summary.method == "llm" and summary.summary.strip()
    lines = (out / "summaries.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["file"] for line in lines] == [f"doc{i:02d}.txt" for i in range(DOCS)]
    assert not [p.name for p in out.iterdir() if p.name.endswith(".tmp")], "half-written temporary files cleared"

    # None written twice: the nine finished outputs are the same files, untouched by the rerun.
    for name, (inode, mtime, data) in first_outputs.items():
        p = out / name
        assert (p.stat().st_ino, p.stat().st_mtime_ns, p.read_bytes()) == (inode, mtime, data), name
    assert f"{DOCS - VICTIM} summarized, {VICTIM} up to date, 0 failed" in second.stderr

    # The rerun asked nothing about the finished documents ...
    rerun_owners = Counter(owner(b) for b in after_rerun if request_kind(b) == "map")
    assert None not in rerun_owners
    assert min(rerun_owners) == VICTIM, rerun_owners
    # ... and of the victim only what was not answered before the kill.
    victim_before = [b for b in before_rerun if request_kind(b) == "map" and owner(b) == VICTIM]
    assert len(victim_before) == 2, "one chunk answered, one in flight at the kill"
    # No chunk asked twice: the one call cut off by the kill is the only body sent twice.
    bodies = Counter(json.dumps(b, sort_keys=True, ensure_ascii=False) for b in before_rerun + after_rerun)
    repeated = [body for body, n in bodies.items() if n > 1]
    assert repeated == [json.dumps(victim_before[1], sort_keys=True, ensure_ascii=False)]
    assert bodies[repeated[0]] == 2
    summaries = [DocumentSummary.model_validate_json(p.read_text(encoding="utf-8")) for p in outputs]
    victim = summaries[VICTIM]
    assert victim.stats.cache_hits == 1, "the victim's answered chunk came from the cache"
    total_calls = len(before_rerun) + len(after_rerun)
    print(f"\nbatch crash figures: calls before kill {len(before_rerun)}, after rerun {len(after_rerun)}, "
          f"total {total_calls}, repeated bodies 1, chunks per doc {[s.stats.chunks for s in summaries]}")


@pytest.fixture(autouse=True)
def _no_stray_env(monkeypatch):
    # The batch subprocess gets its own environment; nothing here reads the developer's keys.
    for k in list(os.environ):
        if k.startswith(("OPENAI_", "ZHAIYAO_")):
            monkeypatch.delenv(k)


def test_ctrl_c_stops_the_batch_with_a_message_and_the_written_outputs_whole(tmp_path: Path):
    src, out = tmp_path / "docs", tmp_path / "out"
    src.mkdir()
    for name, text in build_documents().items():
        (src / name).write_text(text, encoding="utf-8")
    with HoldingStub() as stub:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "ZHAIYAO_"))}
        env.update(OPENAI_API_KEY=FAKE_KEY, OPENAI_BASE_URL=stub.base_url, ZHAIYAO_CACHE_DIR=str(tmp_path / "cache"),
                   ZHAIYAO_MAX_CONCURRENCY="1", ZHAIYAO_CHUNK_TOKENS=str(CHUNK_TOKENS),
                   ZHAIYAO_REQUEST_TIMEOUT="30")
        batch = subprocess.Popen(batch_command(src, out), cwd=tmp_path, env=env, stdout=subprocess.PIPE,
                                 stderr=subprocess.PIPE, text=True)
        try:
            assert stub.held.wait(RUN_TIMEOUT), "the batch never reached the tenth document"
            batch.send_signal(signal.SIGINT)  # what Ctrl-C sends
            _, stderr = batch.communicate(timeout=20)
        finally:
            if batch.poll() is None:
                batch.kill()
                batch.wait(10)
            stub.release.set()
    assert batch.returncode == 130, stderr
    assert "zhaiyao: interrupted" in stderr and "Traceback" not in stderr, stderr
    written = sorted(out.glob("*.json"))
    assert len(written) == VICTIM
    for p in written:
        DocumentSummary.model_validate(json.loads(p.read_text(encoding="utf-8")))
