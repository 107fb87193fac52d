"""`zhaiyao summarize --dry-run` and `--max-cost`, as a user runs them (against the stub server)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).parent.parent
SEED_003 = ROOT / "seeds" / "003_c84865d6b80c2ef5.txt"


def run(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "service.cli", *args], capture_output=True, cwd=ROOT,
                          env=env, timeout=300)


def llm_env(stub, tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "ZHAIYAO_"))}
    env.update(OPENAI_API_KEY="sk-cli-cost-test", OPENAI_BASE_URL=stub.base_url,
               ZHAIYAO_CACHE_DIR=str(tmp_path / "cache"), ZHAIYAO_MAX_RETRIES="1", **extra)
    return env


def test_dry_run_prints_the_plan_and_calls_nothing(stub, tmp_path):
    r = run("summarize", str(SEED_003), "--dry-run", env=llm_env(stub, tmp_path, ZHAIYAO_CONTEXT_TOKENS="8000"))
    assert r.returncode == 0, r.stderr
    plan = json.loads(r.stdout)
    assert plan["method"] == "llm" and plan["calls"] >= 1 and plan["cost_usd_high"] > 0
    assert stub.calls == 0


def test_max_cost_refuses_a_run_over_the_estimate_and_admits_one_under_it(stub, tmp_path):
    env = llm_env(stub, tmp_path)
    r = run("summarize", str(SEED_003), "--max-cost", "0.0001", env=env)
    assert r.returncode == 2 and b"over_budget" in r.stderr and b"$0.0001" in r.stderr
    assert stub.calls == 0
    r = run("summarize", str(SEED_003), "--dry-run", "--max-cost", "0.0001", env=env)
    assert r.returncode == 0 and json.loads(r.stdout)["within_budget"] is False and b"over budget" in r.stderr
    r = run("summarize", str(SEED_003), "--max-cost", "0.05", env=env)
    assert r.returncode == 0, r.stderr
    stats = json.loads(r.stdout)["stats"]
    assert 0 < stats["cost_usd"] <= 0.05 and stub.calls == 1
