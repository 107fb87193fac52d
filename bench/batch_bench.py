"""Part 5: `zhaiyao batch` as users run it (its own process, the console script).

1. LLM: 32 one-chunk documents against a stub answering every call after 0.3 s, concurrency 8.
   The ideal is ceil(32/8) = 4 rounds of one call (1.2 s); the target is at most 1.3x that plus
   start-up. The span of the calls (first arrival to last arrival, plus one call) is measured by
   the stub; the command's wall time less that span is its start-up and finishing.
2. Extractive: about 4,000 documents (8 MB) made from the seeds and the dev set, `--jobs 1`
   against `--jobs 2`, alternating, median wall time of each.
"""

from __future__ import annotations

import json
import math
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from corpus import ROOT, make_corpus, seed_texts
from llm_parallel import _start_stub

DOCS, CONCURRENCY, DELAY = 32, 8, 0.3


def zhaiyao(*args: str) -> list[str]:
    script = Path(sys.executable).with_name("zhaiyao")
    return [str(script), *args] if script.exists() else [sys.executable, "-m", "service.cli", *args]


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "ZHAIYAO_"))}
    env.update(extra)
    return env


def _batch(src: Path, out: Path, env: dict[str, str], *args: str) -> float:
    t0 = time.perf_counter()
    r = subprocess.run(zhaiyao("batch", str(src), "--out", str(out), *args), env=env, cwd=ROOT,
                       capture_output=True, text=True, timeout=1800)
    wall = time.perf_counter() - t0
    if r.returncode != 0:
        raise RuntimeError(f"batch failed ({r.returncode}): {r.stderr[-1500:]}")
    return wall


def one_chunk_documents(folder: Path, n: int) -> None:
    """`n` different short documents (sentences of the seeds; one chunk each)."""
    sentences = [s.strip() + "。" for t in seed_texts().values() for s in t.split("。") if len(s.strip()) > 20]
    folder.mkdir(parents=True)
    for i in range(n):
        text = f"第{i}号材料。" + "".join(sentences[(3 * i + k) % len(sentences)] for k in range(3))
        (folder / f"doc{i:02d}.txt").write_text(text, encoding="utf-8")


def llm_batch(tmp: Path, log=print) -> dict:
    proc, base = _start_stub(DELAY)
    try:
        one_chunk_documents(tmp / "llm_docs", DOCS)
        runs = []
        for r in range(2):
            env = _env(OPENAI_API_KEY="bench-key", OPENAI_BASE_URL=base, ZHAIYAO_CACHE_DIR=str(tmp / f"cache{r}"))
            with urllib.request.urlopen(f"{base}/_stub/stats", timeout=10) as resp:
                calls_before = json.loads(resp.read())["calls"]
            wall = _batch(tmp / "llm_docs", tmp / f"llm_out{r}", env, "--concurrency", str(CONCURRENCY))
            with urllib.request.urlopen(f"{base}/_stub/stats", timeout=10) as resp:
                stats = json.loads(resp.read())
            if r == 0:  # the stub's span covers every call it has seen: the first run only
                runs.append({"wall_s": round(wall, 3), "calls": stats["calls"] - calls_before,
                             "max_in_flight": stats["max_in_flight"],
                             "calls_span_s": round(stats["arrival_span_s"] + DELAY, 3)})
            else:
                runs.append({"wall_s": round(wall, 3), "calls": stats["calls"] - calls_before})
            log(f"  LLM batch run {r + 1}: {wall:.2f} s wall, {runs[-1]['calls']} calls")
        ideal = math.ceil(DOCS / CONCURRENCY) * DELAY
        first = runs[0]
        return {"documents": DOCS, "concurrency": CONCURRENCY, "delay_s": DELAY, "ideal_s": ideal,
                "runs": runs, "calls_span_s": first["calls_span_s"], "span_vs_ideal": round(first["calls_span_s"] / ideal, 3),
                "startup_and_finish_s": round(first["wall_s"] - first["calls_span_s"], 3),
                "wall_median_s": round(statistics.median(r["wall_s"] for r in runs), 3),
                "serial_s": DOCS * DELAY, "max_in_flight": first["max_in_flight"]}
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def jobs_scaling(tmp: Path, n_docs: int, rounds: int, log=print) -> dict:
    src = tmp / "extractive_docs"
    src.mkdir()
    total = 0
    for name, text in make_corpus(n=n_docs, min_bytes=1_000, max_bytes=3_000, with_dev=True):
        data = text.encode("utf-8")
        (src / f"{name}.txt").write_bytes(data)
        total += len(data)
    env = _env(ZHAIYAO_CACHE_DIR=str(tmp / "cache"))
    walls: dict[int, list[float]] = {1: [], 2: []}
    for _ in range(rounds):
        for jobs in (1, 2):
            wall = _batch(src, tmp / f"ex_out{jobs}", env, "--mode", "extractive", "--jobs", str(jobs), "--force")
            walls[jobs].append(wall)
            log(f"  extractive batch, {n_docs} docs, --jobs {jobs}: {wall:.2f} s ({total / wall / 1e6:.2f} MB/s)")
    med = {j: statistics.median(w) for j, w in walls.items()}
    return {"documents": n_docs, "bytes": total, "rounds": rounds,
            "walls_s": {str(j): [round(x, 3) for x in w] for j, w in walls.items()},
            "jobs1_s": round(med[1], 3), "jobs2_s": round(med[2], 3), "speedup": round(med[1] / med[2], 3),
            "jobs1_mb_per_s": round(total / med[1] / 1e6, 3), "jobs2_mb_per_s": round(total / med[2] / 1e6, 3),
            "cpus": len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()}


def run(quick: bool = False, log=print) -> dict:
    tmp = Path(tempfile.mkdtemp(prefix="zhaiyao-bench-batch-"))
    try:
        return {"llm": llm_batch(tmp, log),
                "jobs": jobs_scaling(tmp, 800 if quick else 4000, 1 if quick else 2, log)}
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    print(json.dumps(run(quick="--quick" in sys.argv), indent=2))
