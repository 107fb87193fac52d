"""Part 6: start-up of the `zhaiyao` command, median of several timed runs.

- an extractive `zhaiyao summarize` of a seed (target: under 0.4 s);
- the LLM path beyond importing `openai` (target: at most 0.2 s): `zhaiyao summarize --mode llm`
  of the same seed with its answer in the LLM cache (no HTTP call: start-up only), less the time
  `import openai` took inside that same process, less an extractive run made just before it (the
  median of such pairs). `python -c "import openai"` less `python -c "pass"` is reported too, but
  it is no baseline: it also pays the interpreter's shutdown collection of everything openai
  loaded (~0.3 s), which the `zhaiyao` command skips (service/cli.py, `run`).
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import compiled_build
from corpus import ROOT
from llm_parallel import _start_stub

SEED = ROOT / "seeds" / "000_70781640f440581d.txt"


def _zhaiyao(*args: str) -> list[str]:
    script = Path(sys.executable).with_name("zhaiyao")
    return [str(script), *args] if script.exists() else [sys.executable, "-m", "service.cli", *args]


def _median_wall(cmd: list[str], env: dict[str, str], runs: int) -> tuple[float, list[float]]:
    walls = []
    for _ in range(runs):
        t0 = time.perf_counter()
        r = subprocess.run(cmd, env=env, cwd=ROOT, capture_output=True, timeout=120)
        walls.append(time.perf_counter() - t0)
        if r.returncode != 0:
            raise RuntimeError(f"{cmd} failed: {r.stderr[-1000:]!r}")
    return statistics.median(walls), walls


# `zhaiyao summarize … --mode llm` as the command runs it (service.cli.run), timing its own
# `import openai`, done first: the modules the two share count as openai's, as they do in
# `python -c "import openai"`.
_LLM_TIMED = ("import sys, time; t = time.perf_counter(); import openai; "
              "sys.stderr.write(f'OPENAI_IMPORT_S {time.perf_counter() - t}\\n'); "
              "from service.cli import run; sys.argv[0] = 'zhaiyao'; sys.exit(run())")


def _llm_pairs(llm_env: dict[str, str], env: dict[str, str], runs: int) -> list[dict]:
    """`runs` pairs of an extractive run and a cached LLM run, one after the other."""
    extractive = _zhaiyao("summarize", str(SEED), "--mode", "extractive")
    llm = [sys.executable, "-c", _LLM_TIMED, "summarize", str(SEED), "--mode", "llm"]
    pairs = []
    for _ in range(runs):
        e_wall, _ = _median_wall(extractive, env, 1)
        t0 = time.perf_counter()
        r = subprocess.run(llm, env=llm_env, cwd=ROOT, capture_output=True, text=True, timeout=120)
        l_wall = time.perf_counter() - t0
        if r.returncode != 0 or '"method": "llm"' not in r.stdout:
            raise RuntimeError(f"LLM summarize failed: {r.stderr[-1000:]!r}")
        openai_s = float(r.stderr.split("OPENAI_IMPORT_S ", 1)[1].split()[0])
        pairs.append({"extractive_s": round(e_wall, 3), "llm_s": round(l_wall, 3), "openai_import_s": round(openai_s, 3),
                      "beyond_s": round(l_wall - openai_s - e_wall, 3)})
    return pairs


def run(runs: int = 11, log=print) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "ZHAIYAO_"))}
    # An installed package has its bytecode (pip compiles it); a machine that forbids writing it
    # would time the compiling of every module at every start instead.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    tmp = Path(tempfile.mkdtemp(prefix="zhaiyao-bench-startup-"))
    proc, base = _start_stub(0.0)
    try:
        env["ZHAIYAO_CACHE_DIR"] = str(tmp / "cache")
        llm_env = {**env, "OPENAI_API_KEY": "bench-key", "OPENAI_BASE_URL": base}
        llm_cmd = _zhaiyao("summarize", str(SEED), "--mode", "llm")
        first = subprocess.run(llm_cmd, env=llm_env, cwd=ROOT, capture_output=True, timeout=120)
        if first.returncode != 0 or json.loads(first.stdout)["method"] != "llm":
            raise RuntimeError(f"LLM summarize failed: {first.stderr[-1000:]!r}")
        out: dict = {"runs": runs, "seed": SEED.name}
        extractive = _zhaiyao("summarize", str(SEED), "--mode", "extractive")
        # (the compiled build, `make compiled`, as make serve and make batch run it: when it is up to date)
        compiled = [("extractive_compiled", extractive, {**env, "PYTHONPATH": compiled_build.environment()["PYTHONPATH"]})] \
            if compiled_build.state() == "fresh" else []
        for name, cmd, e in (
            ("python_bare", [sys.executable, "-c", "pass"], env),
            ("import_openai", [sys.executable, "-c", "import openai"], env),
            ("extractive", extractive, env),
            *compiled,
            ("llm_cached", llm_cmd, llm_env),
        ):
            med, walls = _median_wall(cmd, e, runs)
            out[f"{name}_s"] = round(med, 3)
            out[f"{name}_runs"] = [round(w, 3) for w in walls]
            log(f"  {name}: median {med:.3f} s of {runs}")
        out["openai_import_s"] = round(out["import_openai_s"] - out["python_bare_s"], 3)
        pairs = _llm_pairs(llm_env, env, runs)
        out["llm_pairs"] = pairs
        out["openai_import_in_process_s"] = round(statistics.median(p["openai_import_s"] for p in pairs), 3)
        out["llm_beyond_openai_s"] = round(statistics.median(p["beyond_s"] for p in pairs), 3)
        log(f"  LLM path beyond import openai, median of {runs} pairs: {out['llm_beyond_openai_s']:.3f} s")
        return out
    finally:
        proc.terminate()
        proc.wait(timeout=10)
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    print(json.dumps(run(), indent=2))
