"""`zhaiyao serve` loads the LLM stack when its worker process starts (a key set), so the first LLM
request does not pay the second or more it takes; without a key it loads nothing of it."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from tests.support import ROOT

PROBE = """
import json, sys
from service.http.app import create_served_app
create_served_app()
print(json.dumps({"openai": "openai" in sys.modules}))
"""


def _probe(env: dict[str, str]) -> dict:
    out = subprocess.run([sys.executable, "-c", PROBE], env=env, cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_the_served_app_loads_the_llm_stack_at_start_only_with_a_key(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "ZHAIYAO_"))}
    env |= {"ZHAIYAO_CACHE_DIR": str(tmp_path / "cache"), "OPENAI_API_KEY": "sk-test-startup-0000",
            "OPENAI_BASE_URL": "http://127.0.0.1:9/v1"}
    assert _probe(env) == {"openai": True}
    assert _probe({k: v for k, v in env.items() if k != "OPENAI_API_KEY"}) == {"openai": False}
