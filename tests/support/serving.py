"""A real `zhaiyao serve` process for tests that need one (the API, the page, the secrets scan)."""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def zhaiyao(*args: str) -> list[str]:
    """The `zhaiyao` command as users run it: the console script next to this Python, else the module."""
    script = Path(sys.executable).with_name("zhaiyao")
    return [str(script), *args] if script.exists() else [sys.executable, "-m", "service.cli", *args]


def serve_args(host: str, port: int) -> list[str]:
    """The arguments of `zhaiyao` that start the API (deploy/docker-compose.yml uses the same)."""
    return ["serve", "--host", host, "--port", str(port)]


@contextlib.contextmanager
def serve_process(cwd: Path, env: dict[str, str], log_path: Path, start_timeout: float = 30,
                  args: tuple[str, ...] = ()) -> Iterator[str]:
    """Start `zhaiyao serve` (with `args`) on a free port with exactly `env`; yield its base URL
    once /healthz answers; stop it. Its output goes to `log_path`, which error messages show."""
    port = free_port()
    with open(log_path, "wb") as log:
        proc = subprocess.Popen(zhaiyao(*serve_args("127.0.0.1", port), *args), cwd=cwd, env=env,
                                stdout=log, stderr=subprocess.STDOUT)
        base = f"http://127.0.0.1:{port}"
        try:
            deadline = time.monotonic() + start_timeout
            while True:
                if proc.poll() is not None:
                    raise RuntimeError(f"server exited with {proc.returncode}:\n{log_path.read_text()}")
                with contextlib.suppress(httpx.HTTPError):
                    if httpx.get(f"{base}/healthz", timeout=1).status_code == 200:
                        break
                if time.monotonic() > deadline:
                    raise RuntimeError(f"server did not start in {start_timeout:.0f} s:\n{log_path.read_text()}")
                time.sleep(0.1)
            yield base
        finally:
            proc.terminate()
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(5)


@contextlib.contextmanager
def running_server(cache_dir: Path, *args: str, **env: str) -> Iterator[str]:
    """Start the service in its own process (`zhaiyao serve` with `args`); yield its base URL; stop it."""
    environment = {k: v for k, v in os.environ.items()
                   if not k.startswith(("OPENAI_", "ZHAIYAO_"))}  # the developer's keys stay out
    environment.update({"ZHAIYAO_CACHE_DIR": str(cache_dir), "PYTHONUNBUFFERED": "1", **env})
    log_path = cache_dir.parent / f"server-{cache_dir.name}-{time.monotonic_ns()}.log"
    with serve_process(cache_dir.parent, environment, log_path, args=args) as base:
        yield base
