"""Real `zhaiyao worker` processes for the job tests, started as users start them.

Each worker runs in a session of its own, so the test can SIGKILL its main process alone (what
the fault tests do) and still clean up every process it started at the end.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

from .serving import zhaiyao

FAKE_KEY = "sk-test-ZHAIYAO-JOBS-0000"


SCALE_CHUNK_TOKENS = 1500


def service_env(redis_url: str, cache_dir: Path, stub_url: str | None = None, **values: str) -> dict[str, str]:
    """The environment of a worker or API process: nothing of the developer's ZHAIYAO_/OPENAI_
    variables; Redis; the stub LLM when given (fast backoff, short timeouts)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "ZHAIYAO_"))}
    env.update(PYTHONUNBUFFERED="1", ZHAIYAO_REDIS_URL=redis_url, ZHAIYAO_CACHE_DIR=str(cache_dir))
    if stub_url:
        env.update(OPENAI_API_KEY=FAKE_KEY, OPENAI_BASE_URL=stub_url, ZHAIYAO_REQUEST_TIMEOUT="10",
                   ZHAIYAO_TOTAL_TIMEOUT="20", ZHAIYAO_BACKOFF_INITIAL="0.01", ZHAIYAO_BACKOFF_MAX="0.05",
                   # Chunks of 1,500 tokens, so a seed is several map calls spread over the workers
                   # (at the default context budget a seed is one call).
                   ZHAIYAO_CHUNK_TOKENS=str(SCALE_CHUNK_TOKENS))
    env.update(values)
    return env


def worker_args(concurrency: int, name: str) -> list[str]:
    """The arguments of `zhaiyao` that start a worker (deploy/docker-compose.yml uses the same)."""
    return ["worker", "--concurrency", str(concurrency), "--name", name]


class Worker:
    def __init__(self, proc: subprocess.Popen, name: str, log_path: Path):
        self.proc = proc
        self.name = name
        self.log_path = log_path

    @property
    def pid(self) -> int:
        return self.proc.pid

    def log(self) -> str:
        return self.log_path.read_text(errors="replace") if self.log_path.exists() else ""

    def children(self) -> list[int]:
        """Pids of the worker's pool processes."""
        path = Path(f"/proc/{self.pid}/task/{self.pid}/children")
        try:
            return [int(p) for p in path.read_text().split()]
        except OSError:
            return []

    def kill_main(self) -> None:
        """SIGKILL the worker's main process only (its pool processes are left to themselves)."""
        os.kill(self.pid, signal.SIGKILL)
        self.proc.wait(5)

    def stop(self) -> None:
        """Every process of the worker's session, whatever state it is in (at the end of a test
        nothing it holds matters: SIGKILL, no warm shutdown to wait for)."""
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.pid, signal.SIGKILL)
        with contextlib.suppress(subprocess.TimeoutExpired):
            self.proc.wait(5)


@contextlib.contextmanager
def worker_processes(env: dict[str, str], directory: Path, *names: str, concurrency: int = 1,
                     start_timeout: float = 60) -> Iterator[list[Worker]]:
    """Start one `zhaiyao worker` per name, all at once; yield them once each takes tasks; stop
    all of their processes after."""
    workers: list[Worker] = []
    try:
        for name in names:
            log_path = directory / f"worker-{name}.log"
            with open(log_path, "wb") as log:
                proc = subprocess.Popen(
                    zhaiyao(*worker_args(concurrency, f"{name}@test")),
                    cwd=directory, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
            workers.append(Worker(proc, name, log_path))
        deadline = time.monotonic() + start_timeout
        for worker in workers:
            while " ready." not in worker.log():
                if worker.proc.poll() is not None:
                    raise RuntimeError(f"worker {worker.name} exited with {worker.proc.returncode}:\n{worker.log()}")
                if time.monotonic() > deadline:
                    raise RuntimeError(f"worker {worker.name} did not start in {start_timeout:.0f} s:\n{worker.log()}")
                time.sleep(0.05)
        yield workers
    finally:
        for worker in workers:
            worker.stop()


@contextlib.contextmanager
def worker_process(env: dict[str, str], directory: Path, name: str, concurrency: int = 1) -> Iterator[Worker]:
    """One `zhaiyao worker` (see `worker_processes`)."""
    with worker_processes(env, directory, name, concurrency=concurrency) as (worker,):
        yield worker


def descendants(pid: int) -> list[int]:
    """Every process below `pid` (children, their children, …)."""
    found, todo = [], [pid]
    while todo:
        parent = todo.pop()
        try:
            tasks = list(Path(f"/proc/{parent}/task").iterdir())
        except OSError:
            continue
        for task in tasks:
            try:
                children = [int(c) for c in (task / "children").read_text().split()]
            except OSError:
                continue
            found += children
            todo += children
    return found


def pid_of_client(client_port: int, server_port: int) -> int | None:
    """The process below this one that holds the client end of a loopback TCP connection from
    `client_port` to `server_port` (a stub server sees the port; the fault tests kill the process
    behind it)."""
    inode = None
    for line in Path("/proc/net/tcp").read_text().splitlines()[1:]:
        parts = line.split()
        local, remote = parts[1], parts[2]
        if int(local.split(":")[1], 16) == client_port and int(remote.split(":")[1], 16) == server_port:
            inode = parts[9]
            break
    if inode is None:
        return None
    target = f"socket:[{inode}]"
    for pid in descendants(os.getpid()):
        try:
            if any(os.readlink(fd) == target for fd in Path(f"/proc/{pid}/fd").iterdir()):
                return pid
        except OSError:
            continue
    return None


# Loaded by a worker process through PYTHONPATH: the first time the worker loses its broker
# connection, the clean-up fails the way kombu's Redis transport sometimes does (an AttributeError
# from a transport whose client is already gone), which Celery takes for an unrecoverable error.
_GIVE_UP_ONCE = '''
import celery.worker.consumer.consumer as _consumer

_original = _consumer.Consumer.on_connection_error_after_connected
_failed = []


def _fail_once(self, exc):
    if not _failed:
        _failed.append(exc)
        raise AttributeError("'NoneType' object has no attribute 'hostname' (injected by the test)")
    return _original(self, exc)


_consumer.Consumer.on_connection_error_after_connected = _fail_once
'''


def celery_gives_up_once(directory: Path) -> dict[str, str]:
    """Environment for a worker whose Celery stops on an unrecoverable error the first time its
    broker connection is lost (a sitecustomize module on PYTHONPATH; every later loss is handled
    normally)."""
    shim = directory / "give-up-once"
    shim.mkdir(parents=True, exist_ok=True)
    (shim / "sitecustomize.py").write_text(_GIVE_UP_ONCE)
    return {"PYTHONPATH": os.pathsep.join(filter(None, [str(shim), os.environ.get("PYTHONPATH")]))}


# Loaded by a worker process through PYTHONPATH: the first chunk result handed to a chord is not
# counted, as when Redis goes away right after a chunk task's body returned (the chord counts its
# parts after the body, outside any retry), so the chord's merge never comes.
_CHORD_PART_LOST_ONCE = '''
import celery.backends.redis as _redis

_original = _redis.RedisBackend.on_chord_part_return
_lost = []


def _lose_once(self, request, state, result, *args, **kwargs):
    if not _lost:
        _lost.append(request.id)
        return None
    return _original(self, request, state, result, *args, **kwargs)


_redis.RedisBackend.on_chord_part_return = _lose_once
'''


def chord_part_lost_once(directory: Path) -> dict[str, str]:
    """Environment for a worker that loses the first chord part it should count (see above)."""
    shim = directory / "chord-part-lost-once"
    shim.mkdir(parents=True, exist_ok=True)
    (shim / "sitecustomize.py").write_text(_CHORD_PART_LOST_ONCE)
    return {"PYTHONPATH": os.pathsep.join(filter(None, [str(shim), os.environ.get("PYTHONPATH")]))}


# Loaded by a worker process through PYTHONPATH: the first message of the task named in
# LOSE_TASK_MESSAGE that the worker takes off the queue is dropped before it is noted as
# unacknowledged, as when Redis goes away between the two: kombu's Redis transport takes a message
# with BRPOP and notes it in a second round trip, so a message taken at that moment is gone from
# the queue and from the unacknowledged ones (celery/celery#4354, celery/kombu#305).
_MESSAGE_LOST_ONCE = '''
import os

import kombu.transport.redis as _redis

_original = _redis.Transport._deliver
_lost = []


def _lose_once(self, message, queue):
    if not _lost and message.get("headers", {}).get("task") == os.environ["LOSE_TASK_MESSAGE"]:
        _lost.append(message["headers"]["id"])
        print("test: lost the message of", message["headers"]["task"], message["headers"]["id"], flush=True)
        return None
    return _original(self, message, queue)


_redis.Transport._deliver = _lose_once
'''


def message_lost_once(directory: Path, task: str) -> dict[str, str]:
    """Environment for a worker that loses the first message of `task` it takes (see above)."""
    shim = directory / "message-lost-once"
    shim.mkdir(parents=True, exist_ok=True)
    (shim / "sitecustomize.py").write_text(_MESSAGE_LOST_ONCE)
    return {"PYTHONPATH": os.pathsep.join(filter(None, [str(shim), os.environ.get("PYTHONPATH")])),
            "LOSE_TASK_MESSAGE": task}
