"""ZHAIYAO_API_TOKEN: a bearer token on /v1/* and /metrics; the probes, the page and the docs stay open."""

from __future__ import annotations

from collections.abc import Callable

from fastapi.testclient import TestClient

from service.http import create_app
from service.settings import Settings
from tests.support import seed_text
from tests.support.answers import assert_error

SEED = seed_text("000")


def test_token_protects_v1_and_metrics_only(make_settings: Callable[..., Settings]):
    token = "s3cret-token-for-tests-0123456789"
    client = TestClient(create_app(make_settings(api_token=token)))
    for r in (
        client.post("/v1/summaries", json={"text": SEED}),
        client.post("/v1/summaries", json={"text": SEED}, headers={"Authorization": "Bearer wrong"}),
        client.post("/v1/summaries", json={"text": SEED}, headers={"Authorization": f"Basic {token}"}),
        client.post("/v1/summaries", json={"text": SEED}, headers={"Authorization": f"Bearer {token}x"}),
        client.get("/v1/summaries/" + "0" * 64),
        client.get("/metrics"),
    ):
        err = assert_error(r, 401, "unauthorized")
        assert r.headers["www-authenticate"] == "Bearer"
        assert token not in err["message"]
    auth = {"Authorization": f"Bearer {token}"}
    posted = client.post("/v1/summaries", json={"text": SEED}, headers=auth)
    assert posted.status_code == 200
    assert client.get(f"/v1/summaries/{posted.json()['doc_id']}", headers=auth).status_code == 200
    assert client.get("/metrics", headers={"Authorization": f"bearer {token}"}).status_code == 200
    # Probes and the static page hold no data and stay open.
    for path in ("/healthz", "/readyz", "/", "/static/app.js", "/openapi.json"):
        r = client.get(path)
        assert r.status_code == 200, path
        assert token not in r.text
    assert "bearer token required" in client.get("/readyz").json()["auth"]


def test_401_comes_before_reading_or_judging_the_body(make_settings: Callable[..., Settings]):
    client = TestClient(create_app(make_settings(api_token="t", max_bytes=10)))
    assert_error(client.post("/v1/summaries", content=b"x" * 100, headers={"Content-Type": "text/plain"}), 401)
    assert_error(client.post("/v1/summaries", content=b"x", headers={"Content-Type": "application/pdf"}), 401)


def test_empty_token_setting_means_no_auth(make_settings: Callable[..., Settings]):
    client = TestClient(create_app(make_settings(api_token="")))
    assert client.post("/v1/summaries", json={"text": SEED}).status_code == 200
