"""The bench's table is built from its results: every part that has figures gets its rows (a part
whose rows vanish would hide a missed target)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_the_recorded_results_give_a_row_for_every_part():
    code = (
        "import json, sys; sys.path.insert(0, 'bench'); import run; "
        "results = json.load(open('bench/results.json', encoding='utf-8')); "
        "print(json.dumps([row[0] for row in run.rows_for(results)]))"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    figures = " | ".join(json.loads(out.stdout))
    for expected in ("extractive MB/s, zhaiyao", "HTTP rps ratio", "LLM wall, 8 chunks", "peak RSS", "LLM batch",
                     "--jobs 2 vs 1", "zhaiyao summarize, extractive", "jobs/s, llm", "LLM rate limit"):
        assert expected in figures, expected
