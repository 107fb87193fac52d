"""The OpenAPI document: what FastAPI cannot see for itself, since the summary body is read by hand.

`request_body_openapi` describes the three body kinds of `POST /v1/summaries` with examples;
`ZhaiyaoAPI` adds `SummaryRequest` and the models it refers to to the document's components.
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI

from .errors import ErrorResponse
from .parsing import SummaryQuery, SummaryRequest

SEED_EXAMPLE = (
    "2023年，吕良镇坚定不移实施“工业强镇”战略。全年新招引亿元以上工业项目7个，其中10亿元以上项目2个。"
    "规上工业产值突破60亿元、同比增长86%。2024年，力争规上工业产值突破80亿元。"
)


def query_parameters() -> list[dict[str, Any]]:
    """The query parameters of `POST /v1/summaries`, as FastAPI describes declared ones."""
    params = []
    for name, prop in SummaryQuery.model_json_schema()["properties"].items():
        if prop.get("default", ...) is None:
            prop.pop("default")  # FastAPI leaves out a default of None
        params.append({"name": name, "in": "query", "required": False, "schema": prop,
                       "description": prop["description"]})
    return params


def request_body_openapi() -> dict[str, Any]:
    """The `requestBody` of `POST /v1/summaries` (its route's `openapi_extra`)."""
    return {
        "required": True,
        "description": "The document, as JSON, as a raw text body, or as an uploaded file. Options for raw and "
        "uploaded bodies come from the query string (or form fields); JSON options win over query options.",
        "content": {
            "application/json": {
                "schema": {"$ref": "#/components/schemas/SummaryRequest"},
                "examples": {
                    "chinese": {
                        "summary": "A Chinese government report, extractive",
                        "value": {"text": SEED_EXAMPLE, "title": "吕良镇工业强镇", "options": {"mode": "extractive"}},
                    },
                    "english_short": {
                        "summary": "English text, at most 200 characters",
                        "value": {
                            "text": "The city council approved a budget of $12 million for new bike lanes. "
                            "Construction starts in March and should finish by 2026.",
                            "options": {"max_chars": 200},
                        },
                    },
                    "traditional_output": {
                        "summary": "Chinese summary in Traditional script",
                        "value": {"text": SEED_EXAMPLE, "options": {"script": "traditional"}},
                    },
                },
            },
            "text/plain": {
                "schema": {"type": "string"},
                "examples": {"plain": {"summary": "Raw text (any encoding; detected)", "value": SEED_EXAMPLE}},
            },
            "application/pdf": {"schema": {"type": "string", "format": "binary"}},
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document": {"schema": {"type": "string", "format": "binary"}},
            "multipart/form-data": {
                "schema": {
                    "type": "object",
                    "required": ["file"],
                    "properties": {
                        "file": {"type": "string", "format": "binary", "description": ".txt, .md, .html, .pdf or .docx"},
                        "title": {"type": "string"},
                        "mode": {"type": "string", "enum": ["auto", "llm", "extractive"]},
                        "max_chars": {"type": "integer", "minimum": 40, "maximum": 5000},
                        "script": {"type": "string", "enum": ["auto", "simplified", "traditional"]},
                    },
                },
            },
        },
    }


# The error statuses of `POST /v1/summaries`, all in the one error shape.
ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    401: {"model": ErrorResponse, "description": "ZHAIYAO_API_TOKEN is set and the bearer token is missing or wrong"},
    413: {"model": ErrorResponse, "description": "Body larger than ZHAIYAO_MAX_BYTES"},
    415: {"model": ErrorResponse, "description": "Unsupported Content-Type or file type"},
    422: {"model": ErrorResponse, "description": "Empty, undecodable or malformed document or options; or "
          "`over_budget`: the upper cost estimate is over the spending cap (ZHAIYAO_MAX_COST or max_cost)"},
    503: {"model": ErrorResponse, "description": "mode 'llm' asked for but no OPENAI_API_KEY is configured"},
}


class ZhaiyaoAPI(FastAPI):
    """FastAPI whose OpenAPI document also holds the request body models (read by hand, so FastAPI
    does not see them). Built on first use and kept, like FastAPI's own."""

    def openapi(self) -> dict[str, Any]:
        if self.openapi_schema:
            return self.openapi_schema
        schema = super().openapi()
        request_schema = SummaryRequest.model_json_schema(ref_template="#/components/schemas/{model}")
        components = schema.setdefault("components", {}).setdefault("schemas", {})
        for name, sub in request_schema.pop("$defs", {}).items():
            components.setdefault(name, sub)
        components["SummaryRequest"] = request_schema
        self.openapi_schema = schema
        return schema
