"""deploy/docker-compose.yml is documentation (no Docker daemon here), so it is read and checked
against what the tests run as plain processes: the same commands (parsed by the real `zhaiyao`
argument parser), settings that `Settings` accepts, and the Redis set-up the fault tests rely on."""

from __future__ import annotations

import pytest
import yaml

from service.cli import build_parser, cmd_serve, cmd_worker
from service.scale.celery_app import longest_task_seconds
from service.settings import Settings
from tests.support import ROOT
from tests.support.serving import serve_args
from tests.support.workers import worker_args

COMPOSE = yaml.safe_load((ROOT / "deploy" / "docker-compose.yml").read_text(encoding="utf-8"))
SERVICES = COMPOSE["services"]


def of_kind(subcommand: str) -> dict[str, dict]:
    return {name: s for name, s in SERVICES.items() if s.get("command", [None, None])[1:2] == [subcommand]}


def settings_of(service: dict) -> Settings:
    env = {k: v for k, v in service["environment"].items() if not str(v).startswith("${")}
    return Settings(_env_file=None, **env)


def test_redis_two_api_replicas_and_two_workers():
    assert set(of_kind("serve")) == {"api-1", "api-2"} and set(of_kind("worker")) == {"worker-1", "worker-2"}
    assert {"redis", "redis-cache"} <= set(SERVICES)


@pytest.mark.parametrize(("subcommand", "handler", "ours"), [
    ("serve", cmd_serve, serve_args("127.0.0.1", 8000)),
    ("worker", cmd_worker, worker_args(2, "w@test")),
])
def test_the_commands_are_the_ones_the_tests_run(subcommand, handler, ours):
    """Same program, subcommand and options as tests/support starts; the real parser accepts them."""
    for name, service in of_kind(subcommand).items():
        command = service["command"]
        assert command[0] == "zhaiyao", name
        assert [a for a in command[1:] if a.startswith("--")] == [a for a in ours if a.startswith("--")], name
        assert build_parser().parse_args(command[1:]).func is handler, name


def test_every_setting_is_one_zhaiyao_reads_and_the_timeout_covers_the_longest_task():
    aliases = {choice for field in Settings.model_fields.values()
               for choice in getattr(field.validation_alias, "choices", ())}
    for name, service in {**of_kind("serve"), **of_kind("worker")}.items():
        unknown = set(service["environment"]) - aliases
        assert not unknown, f"{name}: {unknown} are not settings"
        settings = settings_of(service)
        assert settings.redis_url == "redis://redis:6379/0" and settings.redis_cache_url == "redis://redis-cache:6379/0"
        assert settings.job_visibility_timeout > longest_task_seconds(settings)
    # The same settings everywhere: replicas and workers must agree on cache keys and key spaces.
    assert len({tuple(sorted(s["environment"].items())) for s in {**of_kind("serve"), **of_kind("worker")}.values()}) == 1


def test_state_never_evicts_and_persists_while_the_cache_may_evict():
    state, cache = " ".join(SERVICES["redis"]["command"]), " ".join(SERVICES["redis-cache"]["command"])
    assert "--appendonly yes" in state and "--maxmemory-policy noeviction" in state
    assert "--maxmemory-policy allkeys-lru" in cache and "--maxmemory " in cache


def test_the_image_copies_every_source_the_package_is_built_from_and_runs_the_compiled_build():
    import tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text())
    sources = {"service", *project["tool"]["setuptools"]["package-dir"].values()}
    dockerfile = (ROOT / "deploy" / "Dockerfile").read_text()
    assert all(f"COPY {folder} " in dockerfile for folder in sources), sources
    # (the compiled build: setup.py decides what is compiled, and the wheel it builds is what the service runs)
    assert "setup.py" in dockerfile and "ZHAIYAO_COMPILE=1 pip wheel" in dockerfile
    assert "pip install --no-cache-dir /wheels/*.whl" in dockerfile
