"""Every error a client can cause: a 4xx in the one shape `{"error": {"code", "message"}}`; a bug, a 500
in the same shape. (Bodies over the size limit: test_limits.py.)"""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from service.http import create_app
from service.settings import Settings
from tests.support import seed_text
from tests.support.answers import assert_error

SEED = seed_text("000")


@pytest.mark.parametrize(
    "body",
    [{"text": ""}, {"text": "   \n\t  "}, {"text": "\u3000\u3000\n"}, {"text": "<p> </p>"}, {"text": "……——！！"}],
)
def test_empty_documents_are_422(client: TestClient, body):
    err = assert_error(client.post("/v1/summaries", json=body), 422, "empty_document")
    assert "empty" in err["message"] or "no text" in err["message"]


def test_empty_plain_body_and_empty_upload_are_422(client: TestClient):
    assert_error(client.post("/v1/summaries", content=b"", headers={"Content-Type": "text/plain"}), 422,
                 "empty_document")
    assert_error(client.post("/v1/summaries", files={"file": ("empty.txt", b"", "text/plain")}), 422,
                 "empty_document")


def test_undecodable_bytes_are_422_naming_the_problem(client: TestClient):
    bad = "吕良镇".encode("gbk") + b"\xff\xfe\xfa"
    err = assert_error(
        client.post("/v1/summaries", content=bad, headers={"Content-Type": "text/plain; charset=utf-8"}),
        422, "undecodable_document",
    )
    assert "utf-8" in err["message"]
    err = assert_error(
        client.post("/v1/summaries", content=b"abc", headers={"Content-Type": "text/plain; charset=klingon"}),
        422, "undecodable_document",
    )
    assert "klingon" in err["message"]


def test_binary_garbage_is_a_4xx(client: TestClient):
    import random

    garbage = random.Random(7).randbytes(20_000)
    for r in (
        client.post("/v1/summaries", content=garbage, headers={"Content-Type": "text/plain"}),
        client.post("/v1/summaries", files={"file": ("x.txt", garbage, "text/plain")}),
    ):
        assert r.status_code in (200, 422), r.text  # a summary of what decodes, or a clear refusal
        if r.status_code == 422:
            assert r.json()["error"]["code"] in {"undecodable_document", "empty_document"}


@pytest.mark.parametrize(
    ("content", "code"),
    [
        (b"{not json", "invalid_json"),
        (b'{"text": "\xff\xfe"}', "invalid_json"),
        (b"[" * 100_000 + b"]" * 100_000, "invalid_json"),
        (b'["a list"]', "invalid_request"),
        (b'"just a string"', "invalid_request"),
        (b'{"text": 42}', "invalid_request"),
        (b'{"text": ["a", "b"]}', "invalid_request"),
        (b'{"text": {"nested": {"deeper": 1}}}', "invalid_request"),
        (b'{"txt": "typo"}', "invalid_request"),
        (b'{"text": "ok", "options": {"mode": "fast"}}', "invalid_request"),
        (b'{"text": "ok", "options": {"max_chars": 5}}', "invalid_request"),
        (b'{"text": "ok", "options": {"max_chars": "many"}}', "invalid_request"),
        (b'{"text": "ok", "options": {"colour": "red"}}', "invalid_request"),
        (b'{"text": "ok", "options": "extractive"}', "invalid_request"),
        (b'{"text": "ok", "title": 7}', "invalid_request"),
        (b'null', "invalid_request"),
    ],
)
def test_malformed_json_is_422(client: TestClient, content: bytes, code: str):
    assert_error(client.post("/v1/summaries", content=content, headers={"Content-Type": "application/json"}),
                 422, code)


def test_validation_message_names_the_field(client: TestClient):
    err = assert_error(client.post("/v1/summaries", json={"text": "ok", "options": {"max_chars": 5}}), 422)
    assert "max_chars" in err["message"]
    err = assert_error(client.post("/v1/summaries?max_chars=1", content=b"x", headers={"Content-Type": "text/plain"}),
                       422, "invalid_request")
    assert "max_chars" in err["message"]
    err = assert_error(client.post("/v1/summaries?stream=perhaps", json={"text": SEED}), 422, "invalid_request")
    assert "stream" in err["message"]


@pytest.mark.parametrize(
    ("content_type", "hint"),
    [
        ("application/xml", "application/xml"),
        ("application/msword", "application/msword"),
        ("application/x-www-form-urlencoded", "Content-Type: text/plain"),
        (None, "no Content-Type"),
    ],
)
def test_unsupported_media_type_is_415(client: TestClient, content_type, hint):
    headers = {"Content-Type": content_type} if content_type else {}
    err = assert_error(client.post("/v1/summaries", content=SEED.encode(), headers=headers), 415,
                       "unsupported_media_type")
    assert hint in err["message"]


def test_unsupported_upload_type_is_415(client: TestClient):
    err = assert_error(
        client.post("/v1/summaries", files={"file": ("sheet.xlsx", b"PK\x03\x04", "application/octet-stream")}),
        415, "unsupported_media_type",
    )
    assert ".xlsx" in err["message"] and ".pdf" in err["message"]  # what it got, and what it reads


def test_malformed_uploads_are_4xx(client: TestClient):
    assert_error(client.post("/v1/summaries", files={"document": ("a.txt", SEED.encode(), "text/plain")}), 422)
    assert_error(
        client.post("/v1/summaries", files={"file": ("a.txt", SEED.encode(), "text/plain")}, data={"colour": "red"}),
        422,
    )
    assert_error(
        client.post("/v1/summaries", files={"file": ("a.txt", SEED.encode(), "text/plain")}, data={"mode": "fast"}),
        422, "invalid_request",
    )
    broken = client.post("/v1/summaries", content=b"--xyz\r\nnot a part",
                         headers={"Content-Type": "multipart/form-data; boundary=xyz"})
    assert 400 <= broken.status_code < 500, broken.text


def test_llm_mode_without_key_is_503(client: TestClient):
    err = assert_error(client.post("/v1/summaries", json={"text": SEED, "options": {"mode": "llm"}}), 503,
                       "llm_not_configured")
    assert "OPENAI_API_KEY" in err["message"]
    assert_error(client.post("/v1/summaries?mode=llm", content=SEED.encode(), headers={"Content-Type": "text/plain"}),
                 503, "llm_not_configured")


def test_unknown_route_and_wrong_method_use_the_error_shape(client: TestClient):
    assert_error(client.get("/v2/whatever"), 404, "not_found")
    assert_error(client.delete("/v1/summaries/" + "0" * 64), 405, "method_not_allowed")
    assert_error(client.get("/v1/summaries"), 405, "method_not_allowed")
    assert_error(client.put("/healthz"), 405, "method_not_allowed")


def test_a_real_bug_is_a_500_in_the_error_shape(settings: Settings):
    async def broken(*args, **kwargs):
        raise RuntimeError("bug")

    client = TestClient(create_app(settings, summarize=broken), raise_server_exceptions=False)
    err = assert_error(client.post("/v1/summaries", json={"text": SEED}), 500, "internal_error")
    assert "bug" not in err["message"]  # internals stay in the log


def test_an_archive_sent_as_text_is_refused_saying_what_it_is(client: TestClient):
    # (by its name, an .xlsx upload is refused before its bytes are read: 415)
    archive = b"PK\x03\x04\x14\x00\x06\x00" + bytes(200)
    err = assert_error(client.post("/v1/summaries", files={"file": ("report.txt", archive, "text/plain")}),
                       422, "undecodable_document")
    assert "ZIP archive" in err["message"] and "send its text" in err["message"]
