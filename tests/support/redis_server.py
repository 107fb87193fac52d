"""A real `redis-server` (Debian's package; `make test` installs it) on a free 127.0.0.1 port.

`RedisServer` runs one as a child process with its data in a folder of the test, can be stopped
and started again on the same port (with `persist=True` its data survives, as it would with the
deployment's append-only file), and is always stopped at the end. On a developer machine without
redis-server the tests that need one skip; in CI (CI=true) they fail, since `make test` must
have installed it.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import time
from pathlib import Path

import pytest
import redis

from .serving import free_port

REDIS_SERVER = shutil.which("redis-server") or "/usr/bin/redis-server"
IN_CI = os.environ.get("CI") == "true"


def require_redis_server() -> None:
    if Path(REDIS_SERVER).exists():
        return
    if IN_CI:
        pytest.fail("CI must install redis-server (make test does: apt-get install redis-server)")
    pytest.skip("no redis-server (run `make test`, or apt-get install redis-server); required in CI")


class RedisServer:
    def __init__(self, directory: Path, *, port: int | None = None, persist: bool = False,
                 maxmemory: str | None = None, policy: str = "noeviction"):
        require_redis_server()
        self.directory = Path(directory)
        self.directory.mkdir(parents=True, exist_ok=True)
        self.port = port or free_port()
        self.persist = persist
        self.maxmemory = maxmemory
        self.policy = policy
        self.proc: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def client(self) -> redis.Redis:
        return redis.Redis(host="127.0.0.1", port=self.port, socket_timeout=5)

    def start(self, timeout: float = 10.0) -> RedisServer:
        args = [REDIS_SERVER, "--port", str(self.port), "--bind", "127.0.0.1", "--dir", str(self.directory),
                "--save", "", "--appendonly", "yes" if self.persist else "no", "--maxmemory-policy", self.policy,
                "--protected-mode", "no", "--daemonize", "no", "--logfile", str(self.directory / "redis.log")]
        if self.persist:
            args += ["--appendfsync", "always"]
        if self.maxmemory:
            args += ["--maxmemory", self.maxmemory]
        self.proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + timeout
        while True:
            try:
                if self.client().ping():
                    return self
            except redis.RedisError:
                pass
            if self.proc.poll() is not None or time.monotonic() > deadline:
                log = (self.directory / "redis.log")
                raise RuntimeError(f"redis-server did not start:\n{log.read_text() if log.exists() else ''}")
            time.sleep(0.02)

    def stop(self) -> None:
        """Stop it the way an operator (or a crash of its host) would: SIGTERM, then wait."""
        if self.proc is None:
            return
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)
        self.proc = None

    def __enter__(self) -> RedisServer:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()
