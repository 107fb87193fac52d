"""The OpenAPI document (/openapi.json) and the docs page."""

from __future__ import annotations

import json
import re

from fastapi.testclient import TestClient


def test_openapi_documents_every_body_kind_with_examples(client: TestClient):
    spec = client.get("/openapi.json").json()
    op = spec["paths"]["/v1/summaries"]["post"]
    content = op["requestBody"]["content"]
    assert set(content) == {"application/json", "text/plain", "application/pdf", "multipart/form-data",
                            "application/vnd.openxmlformats-officedocument.wordprocessingml.document"}
    assert content["application/json"]["examples"]
    schemas = spec["components"]["schemas"]
    assert content["application/json"]["schema"]["$ref"] == "#/components/schemas/SummaryRequest"
    assert {"SummaryRequest", "SummaryOptions", "DocumentSummary", "ErrorResponse"} <= set(schemas)
    # Every $ref in the document resolves.
    for ref in re.findall(r'"\$ref": ?"#/components/schemas/([^"]+)"', json.dumps(spec)):
        assert ref in schemas, ref
    for status in ("401", "413", "415", "422", "503"):
        assert status in op["responses"]
    # The documented examples really work.
    for example in content["application/json"]["examples"].values():
        r = client.post("/v1/summaries", json=example["value"])
        assert r.status_code == 200, (example, r.text)
    assert "/v1/summaries/{doc_id}" in spec["paths"] and "/metrics" in spec["paths"]


def test_docs_page(client: TestClient):
    r = client.get("/docs")
    assert r.status_code == 200 and "swagger" in r.text.lower()
