"""`zhaiyao batch` with cost control: --dry-run, --max-cost for the whole run, and --llm-batch (the
OpenAI Batch API, against the stub server's /v1/files and /v1/batches), killed and restarted."""

from __future__ import annotations

import itertools
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).parent.parent
SEEDS = ROOT / "seeds"
STATE = ".zhaiyao-llm-batch.json"


def llm_env(stub, tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "ZHAIYAO_"))}
    env.update(OPENAI_API_KEY="sk-cli-batch-test", OPENAI_BASE_URL=stub.base_url,
               ZHAIYAO_CACHE_DIR=str(tmp_path / "cache"), ZHAIYAO_MAX_RETRIES="1",
               ZHAIYAO_CHUNK_TOKENS="1500", ZHAIYAO_BATCH_POLL_SECONDS="0.05", **extra)
    return env


def batch(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "service.cli", "batch", *args], capture_output=True, cwd=ROOT,
                          env=env, timeout=300)


def test_llm_batch_sends_map_calls_as_one_batch_job_and_merges_directly(stub, tmp_path):
    out = tmp_path / "out"
    r = batch(str(SEEDS), "--out", str(out), "--llm-batch", env=llm_env(stub, tmp_path))
    assert r.returncode == 0, r.stderr
    assert stub.batches.created == 1
    assert all(b["response_format"]["json_schema"]["name"] == "merged_summary" for b in stub.requests)
    results = [json.loads((out / f"{p.stem}.json").read_text(encoding="utf-8")) for p in SEEDS.glob("*.txt")]
    assert all(x["method"] == "llm" for x in results)
    assert sum(x["stats"]["batch_calls"] for x in results) == len(stub.batches.requests)
    assert b"submitted" in r.stderr and not (out / STATE).exists()


def test_dry_run_plans_the_whole_run_at_batch_prices_and_calls_nothing(stub, tmp_path):
    env = llm_env(stub, tmp_path)
    direct = json.loads(batch(str(SEEDS), "--out", str(tmp_path / "o"), "--dry-run", env=env).stdout)
    batched = json.loads(batch(str(SEEDS), "--out", str(tmp_path / "o"), "--dry-run", "--llm-batch", env=env).stdout)
    assert stub.calls == 0 and stub.batches.created == 0
    assert len(direct["documents"]) == 5 and direct["calls"] == batched["calls"] > 5
    assert batched["batch"] and batched["cost_usd_high"] < direct["cost_usd_high"]
    assert not (tmp_path / "o" / "summaries.jsonl").exists()


def test_max_cost_refuses_a_run_over_its_estimate(stub, tmp_path):
    env = llm_env(stub, tmp_path)
    plan = json.loads(batch(str(SEEDS), "--out", str(tmp_path / "o"), "--dry-run", "--llm-batch", env=env).stdout)
    direct_plan = json.loads(batch(str(SEEDS), "--out", str(tmp_path / "o"), "--dry-run", env=env).stdout)
    cap = str(round((plan["cost_usd_high"] + direct_plan["cost_usd_high"]) / 2, 6))
    r = batch(str(SEEDS), "--out", str(tmp_path / "o"), "--max-cost", cap, env=env)
    assert r.returncode == 2 and b"over_budget" in r.stderr and stub.calls == 0
    # At batch prices the same cap admits the run.
    r = batch(str(SEEDS), "--out", str(tmp_path / "o"), "--max-cost", cap, "--llm-batch", env=env)
    assert r.returncode == 0, r.stderr
    spent = sum(json.loads(p.read_text(encoding="utf-8"))["stats"]["cost_usd"]
                for p in (tmp_path / "o").glob("*.json"))
    assert 0 < spent <= float(cap)


def test_a_run_cap_reached_mid_run_completes_the_rest_extractively(stub, tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    for name in ("harbor_en.txt", "loans_zh.txt", "tiny_zh.txt"):
        shutil.copy(ROOT / "fixtures" / "documents" / name, docs / name)
    env = llm_env(stub, tmp_path)
    plan = json.loads(batch(str(docs), "--out", str(tmp_path / "o"), "--dry-run", env=env).stdout)
    cap = plan["cost_usd_high"]  # the run's upper estimate: admitted
    # Long replies that fail the schema are re-asked: the first document spends much more than
    # its plan, and what is left of the run's cap covers no other document's estimate.
    asked = itertools.count()
    stub.responder = lambda body: json.dumps({"summary": next(asked), "padding": "数据 " * 1500}, ensure_ascii=False)
    r = batch(str(docs), "--out", str(tmp_path / "o"), "--max-cost", str(cap), env=env)
    assert r.returncode == 0, r.stderr
    results = {p.name: json.loads((tmp_path / "o" / f"{p.stem}.json").read_text(encoding="utf-8"))
               for p in sorted(docs.iterdir())}
    first, *rest = results.values()
    assert "llm_fallback:schema_mismatch" in first["warnings"] and first["stats"]["llm_calls"] == 3
    for later in rest:
        assert later["method"] == "extractive" and later["summary"]
        assert "llm_fallback:budget_exhausted" in later["warnings"] and later["stats"]["llm_calls"] == 0
    assert stub.calls == 3
    assert sum(x["stats"]["cost_usd"] for x in results.values()) <= cap


def test_a_killed_llm_batch_run_resumes_the_saved_batch_without_paying_again(stub, tmp_path):
    out = tmp_path / "out"
    env = llm_env(stub, tmp_path)
    stub.batches.delay = 3.0
    proc = subprocess.Popen([sys.executable, "-m", "service.cli", "batch", str(SEEDS), "--out", str(out),
                             "--llm-batch"], cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 120
        while not (out / STATE).exists() or "batch_id" not in (out / STATE).read_text(encoding="utf-8"):
            assert proc.poll() is None and time.monotonic() < deadline, "the batch was never saved"
            time.sleep(0.05)
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    saved = json.loads((out / STATE).read_text(encoding="utf-8"))["batch_id"]
    assert stub.batches.created == 1 and not [p for p in out.glob("*.json") if not p.name.startswith(".")]
    r = batch(str(SEEDS), "--out", str(out), "--llm-batch", env=env)
    assert r.returncode == 0, r.stderr
    assert f"batch {saved}: resuming".encode() in r.stderr
    assert stub.batches.created == 1, "no second batch"
    assert len([p for p in out.glob("*.json") if not p.name.startswith(".")]) == 5 and not (out / STATE).exists()
