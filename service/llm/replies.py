"""What the model must return, and how one reply is read: parsed, validated, judged.

The reply models are strict (every field required, no extra fields) because OpenAI's strict
structured outputs require exactly that; their JSON Schema is sent with every call and its hash
enters the cache key. `read_reply` turns a reply into a value or into the problem a re-ask tells
the model ("the reply is not valid JSON (…)"), and `reask_messages` builds that re-ask.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Container
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal, TypeVar

from pydantic import BaseModel, ConfigDict, ValidationError

from .judge import copies_prompt, off_topic, repeats_itself

# A reply shown back to the model when re-asking is cut to this many characters.
MAX_ECHO = 4000


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class LLMKeyPoint(_Strict):
    text: str
    evidence: list[str]


class LLMFigure(_Strict):
    subject: str
    text: str
    value: float | None
    unit: str
    kind: Literal["achieved", "target", "other"]
    period: str | None
    quote: str


class LLMPerson(_Strict):
    name: str
    role: str | None


class LLMEntities(_Strict):
    places: list[str]
    organizations: list[str]
    people: list[LLMPerson]
    projects: list[str]


class ChunkSummary(_Strict):
    """Map result: one chunk, or the whole document when it fits one chunk."""

    title: str | None
    summary: str
    key_points: list[LLMKeyPoint]
    figures: list[LLMFigure]
    entities: LLMEntities


class MergedSummary(_Strict):
    """Merge result: several partial summaries made one (figures and entities are unioned in code)."""

    title: str | None
    summary: str
    key_points: list[LLMKeyPoint]


Result = TypeVar("Result", ChunkSummary, MergedSummary)

SCHEMA_NAMES: dict[type[BaseModel], str] = {ChunkSummary: "chunk_summary", MergedSummary: "merged_summary"}


def _make_strict(node) -> None:
    """OpenAI strict structured outputs: every property required, no extra properties; titles
    and defaults dropped (they only cost tokens)."""
    if isinstance(node, dict):
        node.pop("default", None)
        if isinstance(node.get("title"), str):
            node.pop("title")
        if isinstance(node.get("properties"), dict):
            node["required"] = list(node["properties"])
            node["additionalProperties"] = False
            for prop in node["properties"].values():
                _make_strict(prop)
        for key, value in node.items():
            if key != "properties":
                _make_strict(value)
    elif isinstance(node, list):
        for value in node:
            _make_strict(value)


def strict_schema(model: type[BaseModel]) -> dict:
    schema = model.model_json_schema()
    _make_strict(schema)
    schema.pop("description", None)  # the class docstring is for developers, not the model
    return schema


@lru_cache(maxsize=4)
def schema_json(model: type[BaseModel]) -> str:
    # Property order is kept: constrained decoders generate fields in schema order, and the
    # summary is better written after the model has read the text than after listing entities.
    return json.dumps(strict_schema(model), ensure_ascii=False)


def schema_hash(model: type[BaseModel]) -> str:
    return hashlib.sha256(schema_json(model).encode()).hexdigest()[:16]


def response_format(model: type[BaseModel], mode: str) -> dict | None:
    """The `response_format` request field for `mode` json_schema | json_object | none."""
    if mode == "json_object":
        return {"type": "json_object"}
    if mode == "none":
        return None
    return {
        "type": "json_schema",
        "json_schema": {"name": SCHEMA_NAMES[model], "strict": True, "schema": json.loads(schema_json(model))},
    }


@dataclass
class Reading:
    """A reply read: the value, or the problem to tell the model and a short reason code."""

    value: BaseModel | None
    problem: str = ""
    reason: str = ""


def _strip_fences(content: str) -> str:
    s = content.strip()
    m = re.fullmatch(r"```(?:json)?\s*(.*?)\s*```", s, flags=re.S)
    return m.group(1) if m else s


def _validation_message(e: ValidationError) -> str:
    parts = []
    for err in e.errors()[:5]:
        where = ".".join(str(x) for x in err.get("loc", ())) or "(root)"
        parts.append(f"{where}: {err.get('msg')}")
    return "; ".join(parts)


def read_reply(
    content: str, model: type[Result], source: str, language: str, instructions: str,
    known: Container[str] | None = None,
) -> Reading:
    """Parse, validate and judge one reply; the problem text is what the re-ask tells the model.
    `known`: `judge.known_units(source, language)`, when worked out already."""
    if not content.strip():
        return Reading(None, "the reply was empty", "empty_reply")
    try:
        data = json.loads(_strip_fences(content))
    except json.JSONDecodeError as e:
        return Reading(None, f"the reply is not valid JSON ({e.msg} at position {e.pos})", "invalid_json")
    try:
        value = model.model_validate(data)
    except ValidationError as e:
        return Reading(None, f"the JSON does not match the schema: {_validation_message(e)}", "schema_mismatch")
    summary = value.summary.strip()
    if not summary:
        return Reading(None, "summary is empty", "degenerate_summary")
    if repeats_itself(summary):
        return Reading(None, "summary repeats itself; write each point once", "degenerate_summary")
    if copies_prompt(summary, instructions):
        return Reading(None, "summary copies the instructions instead of summarizing the document",
                       "degenerate_summary")
    if off_topic(summary, source, language, known):
        return Reading(None, "summary is not about the document between the markers", "degenerate_summary")
    return Reading(value)


def reask_messages(messages: list[dict], content: str, problem: str) -> list[dict]:
    """The conversation again, with the rejected reply and what was wrong with it."""
    return [
        *messages,
        {"role": "assistant", "content": content[:MAX_ECHO] or "(empty)"},
        {
            "role": "user",
            "content": f"Your reply was not accepted: {problem}. "
            "Reply again with only the JSON object that follows the schema.",
        },
    ]
