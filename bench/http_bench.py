"""Part 2: the same document posted over and over to a real `zhaiyao serve` process, and to a
bare FastAPI endpoint answering with the same JSON body, each with the same number of worker
processes; load from a separate process (bench/load.py), 32 keep-alive connections, fixed
duration, alternating rounds; the ratio is the median of the rounds' ratios.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from corpus import ROOT, seed_texts

BENCH = Path(__file__).resolve().parent
DOC_STEM = "003_c84865d6b80c2ef5"  # the longest seed (10 KB)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait(url: str, timeout: float = 30.0, body: bytes | None = None) -> bytes:
    deadline = time.monotonic() + timeout
    last: Exception | None = None
    while time.monotonic() < deadline:
        try:
            req = urllib.request.Request(url, data=body, headers={"Content-Type": "application/json"})
            with urllib.request.urlopen(req, timeout=10) as r:
                return r.read()
        except Exception as e:  # not up yet
            last = e
            time.sleep(0.1)
    raise RuntimeError(f"{url} did not answer within {timeout}s: {last}")


def _server_env(cache_dir: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if k not in {"OPENAI_API_KEY", "OPENAI_BASE_URL", "ZHAIYAO_API_TOKEN"}}
    env["ZHAIYAO_CACHE_DIR"] = cache_dir
    return env


@contextlib.contextmanager
def _process(cmd: list[str], env: dict[str, str], cwd: Path):
    proc = subprocess.Popen(cmd, env=env, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        yield proc
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def _cpu_seconds(pid: int) -> float:
    """User + system CPU seconds of a process so far (Linux /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _load_measured(url: str, body_file: Path, connections: int, duration: float, server_pid: int) -> dict:
    """`_load`, plus the server's CPU milliseconds per answered request: unlike requests per second,
    hardly moved by what else the (shared) machine runs at the time."""
    before = _cpu_seconds(server_pid)
    result = _load(url, body_file, connections, duration)
    result["server_cpu_ms_per_request"] = round((_cpu_seconds(server_pid) - before) * 1000 / max(1, result["ok"]), 4)
    return result


def _load(url: str, body_file: Path, connections: int, duration: float) -> dict:
    out = subprocess.run(
        [sys.executable, str(BENCH / "load.py"), "--url", url, "--body", str(body_file),
         "--connections", str(connections), "--duration", str(duration), "--warmup", "1"],
        capture_output=True, text=True, timeout=duration + 60,
    )
    if out.returncode != 0:
        raise RuntimeError(f"load generator failed: {out.stderr[-1000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def zhaiyao_command() -> list[str]:
    script = Path(sys.executable).with_name("zhaiyao")
    if script.exists():
        return [str(script), "serve"]
    return [sys.executable, "-c", "import sys; from service.cli import main; sys.exit(main())", "serve"]


def run(duration: float = 8.0, rounds: int = 3, connections: int = 32, workers: int = 1, log=print) -> dict:
    tmp = Path(tempfile.mkdtemp(prefix="zhaiyao-bench-http-"))
    try:
        text = seed_texts()[DOC_STEM]
        body_file = tmp / "request.json"
        body_file.write_text(json.dumps({"text": text, "options": {"mode": "extractive"}}, ensure_ascii=False),
                             encoding="utf-8")
        body = body_file.read_bytes()
        zport, bport = free_port(), free_port()
        env = _server_env(str(tmp / "cache"))
        with _process([*zhaiyao_command(), "--host", "127.0.0.1", "--port", str(zport), "--workers", str(workers)],
                      env, ROOT) as zproc:
            zurl = f"http://127.0.0.1:{zport}/v1/summaries"
            _wait(f"http://127.0.0.1:{zport}/healthz")
            answer = _wait(zurl, body=body)
            (tmp / "response.json").write_bytes(answer)
            benv = {**env, "BENCH_RESPONSE_FILE": str(tmp / "response.json")}
            with _process([sys.executable, "-m", "uvicorn", "bare_app:app", "--app-dir", str(BENCH),
                           "--host", "127.0.0.1", "--port", str(bport), "--no-access-log", "--log-level",
                           "warning", "--workers", str(workers)], benv, ROOT) as bproc:
                burl = f"http://127.0.0.1:{bport}/v1/summaries"
                _wait(burl, body=body)
                runs: dict[str, list[dict]] = {"zhaiyao": [], "bare": []}
                servers = (("bare", burl, bproc.pid), ("zhaiyao", zurl, zproc.pid))
                for r in range(rounds):
                    for name, url, pid in servers:
                        log(f"  round {r + 1}: {name}, {connections} connections, {duration:g}s ...")
                        runs[name].append(_load_measured(url, body_file, connections, duration, pid))
                single = {}
                for name, url in (("bare", burl), ("zhaiyao", zurl)):
                    log(f"  {name}, 1 connection, 3s ...")
                    single[name] = _load(url, body_file, 1, 3.0)
        ratios = [z["rps"] / b["rps"] for z, b in zip(runs["zhaiyao"], runs["bare"], strict=True) if b["rps"]]
        median = {name: {k: statistics.median(r[k] for r in rs)
                         for k in ("rps", "p50_ms", "p99_ms", "server_cpu_ms_per_request")}
                  for name, rs in runs.items()}
        # With one worker each, a server saturated by 32 connections answers 1 / (CPU per request).
        cpu_ratio = median["bare"]["server_cpu_ms_per_request"] / median["zhaiyao"]["server_cpu_ms_per_request"]
        return {
            "document": DOC_STEM,
            "request_bytes": len(body),
            "response_bytes": len(answer),
            "connections": connections,
            "duration_s": duration,
            "workers": workers,
            "runs": runs,
            "median": median,
            "one_connection": single,
            "round_ratios": [round(r, 4) for r in ratios],
            "rps_ratio": round(statistics.median(ratios), 4) if ratios else None,
            "cpu_per_request_ratio": round(cpu_ratio, 4),
        }
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    print(json.dumps(run(), indent=2))
