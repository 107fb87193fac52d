"""Stored summaries: the same tests against both backends (local files and Redis).

Each backend is reached as the service reaches it, through `open_store(settings)`; `raw` writes
bytes where that backend keeps a summary, to play an older version or a damaged copy.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from service.backends import open_store
from service.pipeline import summarize
from service.schemas import SCHEMA_VERSION, DocumentSummary, SummaryOptions
from service.settings import Settings
from service.store import SummaryStore
from tests.support import seed_text
from tests.support.redis_server import RedisServer


@dataclass
class Backend:
    settings: Settings
    raw: Callable[[str, bytes], None]  # (doc_id, bytes) written where this backend keeps a summary


@pytest.fixture(scope="module")
def summary() -> DocumentSummary:
    return summarize(seed_text("000"), SummaryOptions(mode="extractive"))


@pytest.fixture(params=["local", "redis"])
def backend(request, tmp_path: Path) -> Backend:
    cache_dir = tmp_path / "cache"
    if request.param == "local":

        def write_file(doc_id: str, data: bytes) -> None:
            path = cache_dir / "summaries" / doc_id[:2] / f"{doc_id}.json"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)

        return Backend(Settings(_env_file=None, cache_dir=cache_dir), write_file)
    server = RedisServer(tmp_path / "redis").start()
    request.addfinalizer(server.stop)
    return Backend(Settings(_env_file=None, cache_dir=cache_dir, redis_url=server.url),
                   lambda doc_id, data: server.client().set(f"zhaiyao:summary:{doc_id}", data))


def test_a_stored_summary_is_got_back_whole(backend: Backend, summary: DocumentSummary):
    store: SummaryStore = open_store(backend.settings)
    assert store.put(summary) is True
    assert open_store(backend.settings).get(summary.doc_id) == summary


def test_unknown_and_malformed_ids_are_absent(backend: Backend):
    store = open_store(backend.settings)
    assert store.get("0" * 64) is None
    assert store.get("../../etc/passwd") is None
    assert store.get("ABC") is None


def test_the_newest_summary_of_a_document_wins(backend: Backend, summary: DocumentSummary):
    store = open_store(backend.settings)
    store.put(summary)
    newer = summary.model_copy(update={"summary": "另一个摘要。"})
    store.put(newer)
    assert store.get(summary.doc_id).summary == "另一个摘要。"


def test_a_summary_of_another_schema_version_is_absent(backend: Backend, summary: DocumentSummary):
    """An older (or newer) shape is computed again, never served."""
    old = json.loads(summary.model_dump_json())
    old["schema_version"] = "0" if SCHEMA_VERSION != "0" else "1"
    backend.raw(summary.doc_id, json.dumps(old).encode())
    assert open_store(backend.settings).get(summary.doc_id) is None
    del old["schema_version"]
    backend.raw(summary.doc_id, json.dumps(old).encode())
    assert open_store(backend.settings).get(summary.doc_id) is None


@pytest.mark.parametrize("damage", [b"{not json", b"[]", b'{"schema_version": "%s"}', b"\xff\xfe\x00"])
def test_a_damaged_summary_is_absent_not_an_error(backend: Backend, summary: DocumentSummary, damage: bytes):
    data = damage.replace(b"%s", SCHEMA_VERSION.encode()) if b"%s" in damage else damage
    backend.raw(summary.doc_id, data)
    assert open_store(backend.settings).get(summary.doc_id) is None


def test_the_store_says_it_is_writable(backend: Backend):
    writable, detail = open_store(backend.settings).writable()
    assert writable is True and detail


@pytest.fixture(params=["local", "redis"])
def unusable(request, tmp_path: Path) -> Settings:
    """Local: a file where the folder should be. Redis: a port nobody listens on."""
    if request.param == "local":
        blocker = tmp_path / "blocker"
        blocker.write_text("not a folder")
        return Settings(_env_file=None, cache_dir=blocker)
    return Settings(_env_file=None, cache_dir=tmp_path, redis_url=RedisServer(tmp_path / "redis").url,
                    redis_timeout=1)


def test_a_store_that_cannot_be_written_says_so(unusable: Settings, summary: DocumentSummary):
    store = open_store(unusable)
    assert store.put(summary) is False
    writable, detail = store.writable()
    assert writable is False and ("not writable" in detail or "unreachable" in detail)
