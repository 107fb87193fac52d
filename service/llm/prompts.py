"""Prompt templates (files in `prompts/`, shipped in the package) and the messages made from them.

A template file starts with `version: N` and a `---` line; its version and a digest of its body
enter the LLM cache key (`prompt_version`), so editing a prompt never serves answers to the old one.
The document is framed between nonce markers (`<<<DOCUMENT nonce>>>`) that the model is told to
treat as data only.

The system message (and, in json_schema mode, the schema sent beside it) is the same for every
map call of one prompt version, and likewise for every merge call: whatever varies per call (the
nonce, the scope of the text, the language, the length limit) is in the user message. Providers
that cache prompt prefixes (OpenAI: 1,024 tokens or more) then bill the repeated prefix of every
call after the first at the cached price.
"""

from __future__ import annotations

import hashlib
import os
import re
import string
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

from pydantic import BaseModel

from .replies import ChunkSummary, MergedSummary, schema_json

MAX_KEY_POINTS = 5
LANGUAGE_NAMES = {"zh": "Chinese", "en": "English"}
TEMPLATE_NAMES = ("map.system", "map.user", "merge.system", "merge.user")


def prompts_dir() -> Traversable:
    """Where the templates are: ZHAIYAO_PROMPTS_DIR when set (to try edited prompts), else the
    copy shipped in the package (`service/prompts`, mapped from the repository's `prompts/`)."""
    override = os.environ.get("ZHAIYAO_PROMPTS_DIR")
    if override:
        return Path(override)
    try:
        return resources.files("service.prompts")
    except ModuleNotFoundError:  # a source checkout put on sys.path without installing
        return Path(__file__).resolve().parents[2] / "prompts"


@dataclass(frozen=True)
class Template:
    name: str
    version: str
    body: str

    @property
    def tag(self) -> str:
        """Version and content digest: editing a prompt without bumping its version still
        invalidates the cache."""
        digest = hashlib.sha256(self.body.encode()).hexdigest()[:12]
        return f"{self.name}@{self.version}:{digest}"

    def render(self, **values: str) -> str:
        return string.Template(self.body).substitute(values)


@lru_cache(maxsize=8)
def load_template(name: str, directory: str | None = None) -> Template:
    path = (Path(directory) if directory else prompts_dir()).joinpath(f"{name}.txt")
    try:
        raw = path.read_text(encoding="utf-8")
    except OSError as e:
        raise RuntimeError(f"prompt template {path} is missing; set ZHAIYAO_PROMPTS_DIR") from e
    head, sep, body = raw.partition("\n---\n")
    m = re.fullmatch(r"version:\s*(\S+)\s*", head)
    if not sep or not m:
        raise RuntimeError(f"prompt template {path} must start with 'version: N' and a '---' line")
    return Template(name=name, version=m.group(1), body=body.rstrip("\n"))


def prompt_version() -> str:
    return ",".join(load_template(n).tag for n in TEMPLATE_NAMES)


def _system(model: type[BaseModel], mode: str) -> dict[str, str]:
    """Values of the system template: the same for every call of one kind and mode."""
    block = ""
    if mode != "json_schema":
        block = "\n\nThe JSON object must follow this JSON Schema:\n" + schema_json(model)
    return {"max_points": str(MAX_KEY_POINTS), "schema_block": block}


def _per_call(language: str, max_chars: int) -> dict[str, str]:
    """Values of the user template that vary between documents."""
    name = LANGUAGE_NAMES.get(language)
    # Summarizers work on the Simplified analysis copy; grounding renders the output script.
    rule = "Chinese, in Simplified Chinese characters." if language == "zh" else f"{name}." if name else (
        "the language of the document.")
    return {"language_rule": rule, "max_chars": str(max_chars)}


@lru_cache(maxsize=8)
def system_message(kind: str, mode: str) -> str:
    """The system message of every `kind` ("map" or "merge") call in response format `mode`."""
    model = ChunkSummary if kind == "map" else MergedSummary
    return load_template(f"{kind}.system").render(**_system(model, mode))


def map_messages(text: str, whole: bool, language: str, max_chars: int, mode: str) -> list[dict]:
    """The messages of one map call: a chunk (or the whole document) to summarize."""
    nonce = hashlib.sha256(text.encode()).hexdigest()[:12]
    note = "The document is complete." if whole else "This is one part of a longer document: summarize this part only."
    user = load_template("map.user").render(nonce=nonce, scope_note=note, document=text,
                                            **_per_call(language, max_chars))
    return [{"role": "system", "content": system_message("map", mode)}, {"role": "user", "content": user}]


def merge_messages(lines: list[str], final: bool, language: str, max_chars: int, mode: str) -> list[dict]:
    """The messages of one merge call: partial summaries, one JSON object per line."""
    parts = "\n".join(lines)
    nonce = hashlib.sha256(parts.encode()).hexdigest()[:12]
    note = (
        f"These are all {len(lines)} parts of the document."
        if final
        else f"These {len(lines)} parts are one section of a longer document: merge them into a summary of this section."
    )
    user = load_template("merge.user").render(nonce=nonce, scope_note=note, parts=parts,
                                              **_per_call(language, max_chars))
    return [{"role": "system", "content": system_message("merge", mode)}, {"role": "user", "content": user}]
