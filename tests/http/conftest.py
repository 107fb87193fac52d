"""Fixtures of the HTTP tests: settings with nothing from the developer's environment, and a client."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from service.http import create_app
from service.settings import Settings


@pytest.fixture
def make_settings(tmp_path: Path) -> Callable[..., Settings]:
    """Settings for an extractive service with its cache under tmp_path; keyword arguments override."""

    def make(**overrides: Any) -> Settings:
        # Explicit values: the developer's environment or .env must not change what the tests see.
        values: dict[str, Any] = dict(cache_dir=tmp_path / "cache", openai_api_key=None, api_token=None,
                                      max_bytes=2_000_000)
        values.update(overrides)
        return Settings(_env_file=None, **values)

    return make


@pytest.fixture
def settings(make_settings: Callable[..., Settings]) -> Settings:
    return make_settings()


@pytest.fixture
def client(settings: Settings) -> TestClient:
    return TestClient(create_app(settings))
