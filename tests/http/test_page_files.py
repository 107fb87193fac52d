"""The web page and its files as the service serves them (test_page.py drives the page in a browser)."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient

from tests.support import ROOT


def test_html_in_the_document_is_not_executed_by_the_page(client: TestClient):
    # The page renders with textContent only; make sure no code path uses innerHTML with server data.
    js = client.get("/static/app.js").text
    assert "innerHTML" not in js and "insertAdjacentHTML" not in js and "document.write" not in js


def test_page_is_served_and_self_contained(client: TestClient):
    r = client.get("/")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    assert 'id="summarize-form"' in r.text and 'type="file"' in r.text
    for asset in ("/static/app.js", "/static/app.css"):
        assert client.get(asset).status_code == 200
    static = "".join((ROOT / "service" / "static" / name).read_text(encoding="utf-8")
                     for name in ("index.html", "app.js", "app.css"))
    assert not re.search(r"(src|href)=\"(https?:)?//", static), "no CDN: the page must work offline"
    assert "@import" not in static and "url(http" not in static
