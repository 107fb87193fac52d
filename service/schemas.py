"""The public shapes: what every path (CLI, API, extractive, LLM) returns.

`DocumentSummary` is the contract with users; change its shape only together with
`SCHEMA_VERSION`. Internal stage types live next to the stage that owns them.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

# 2: figures and key-point evidence carry `span` and `source_quote` (offsets into the text as sent);
#    `doc_id` is the sha256 of the text as sent.
SCHEMA_VERSION = "2"

Kind = Literal["achieved", "target", "other"]
Method = Literal["extractive", "llm"]
Mode = Literal["auto", "llm", "extractive"]
Script = Literal["auto", "simplified", "traditional"]

# Default length budgets. Chinese is counted in characters; English in characters too
# (about 120 words), so that one option means one thing for every language.
DEFAULT_MAX_CHARS_ZH = 300
DEFAULT_MAX_CHARS_EN = 750


class SummaryOptions(BaseModel):
    """What a caller may choose per request."""

    model_config = ConfigDict(extra="forbid")

    mode: Mode = Field("auto", description="auto: LLM when a key is set, else extractive")
    max_chars: int | None = Field(
        None,
        ge=40,
        le=5000,
        description="Upper bound on the prose summary length in characters "
        f"(default {DEFAULT_MAX_CHARS_ZH} for Chinese, {DEFAULT_MAX_CHARS_EN} (about 120 words) for English)",
    )
    script: Script = Field(
        "auto", description="Output script for Chinese: auto keeps the script of the input"
    )

    def budget_for(self, language: str) -> int:
        if self.max_chars:
            return self.max_chars
        return DEFAULT_MAX_CHARS_ZH if language == "zh" else DEFAULT_MAX_CHARS_EN


Span = tuple[int, int]
SPAN_DESCRIPTION = (
    "[start, end): character offsets into the text as sent (after byte decoding; for HTML into the "
    "decoded HTML), so that text[start:end] == source_quote"
)


class Evidence(BaseModel):
    quote: str = Field(description="The evidence as displayed: cleaned text, in the output script")
    span: Span = Field(description=SPAN_DESCRIPTION)
    source_quote: str = Field(description="Exactly the text as sent at `span`")


class KeyPoint(BaseModel):
    text: str = Field(description="One main point, in the document's language")
    evidence: list[Evidence] = Field(default_factory=list, description="Where the document says it")


class FigureDraft(BaseModel):
    """A figure as a summarizer proposes it, before grounding traces it to the input."""

    subject: str = Field(description="What the number measures")
    text: str = Field(description="The number with its unit exactly as written, e.g. 60亿元, 86%, 千亿")
    value: float | None = Field(description="Normalized number: 60亿元 -> 6000000000.0")
    unit: str = Field(description="Base unit: 元, %, 个 ... ('' when none)")
    kind: Kind = Field(description="achieved: a result reached; target: a goal or plan; other: context")
    period: str | None = Field(None, description="The time the figure refers to, e.g. 2023")
    quote: str = Field(description="The words that show the number: cleaned text, in the output script")
    warnings: list[str] = Field(
        default_factory=list,
        description="About this figure, e.g. kind_disagrees:model=target,rules=other(project_size) when the "
        "LLM's kind and the rules' kind differ (the rules win where the grammar leaves no doubt), "
        "sign_from_source when the figure was given without the minus sign its source writes",
    )


class Figure(FigureDraft):
    """A grounded figure: its quote is in the cleaned text and its span points into the input."""

    span: Span = Field(description=SPAN_DESCRIPTION)
    source_quote: str = Field(description="Exactly the text as sent at `span`; it contains the number")


class KeyPointDraft(BaseModel):
    """A key point as a summarizer proposes it: evidence as quotes of the cleaned text."""

    text: str
    evidence: list[str] = Field(default_factory=list)


class Person(BaseModel):
    name: str
    role: str | None = None


class Entities(BaseModel):
    places: list[str] = Field(default_factory=list)
    organizations: list[str] = Field(default_factory=list)
    people: list[Person] = Field(default_factory=list)
    projects: list[str] = Field(default_factory=list)


class Stats(BaseModel):
    chars_in: int = 0
    chars_clean: int = 0
    sentences: int = 0
    chunks: int = 0
    llm_calls: int = 0
    cache_hits: int = 0
    prompt_tokens: int = 0
    cached_prompt_tokens: int = Field(0, description="Prompt tokens the provider served from its prefix cache "
                                      "(billed at the cached price)")
    completion_tokens: int = 0
    cost_usd: float | None = Field(0.0, description="US dollars spent on LLM calls for this document, at the "
                                   "price table's prices (Batch API requests at batch prices); null when the "
                                   "model's prices are unknown")
    batch_calls: int = Field(0, description="Map calls answered through the OpenAI Batch API (`zhaiyao batch "
                             "--llm-batch`), included in llm_calls, tokens and cost")
    elapsed_ms: float = 0.0
    encoding: str | None = Field(None, description="Detected encoding when the input came as bytes")


class DocumentSummary(BaseModel):
    schema_version: str = SCHEMA_VERSION
    doc_id: str = Field(description="sha256 hex of the text as sent (after byte decoding); spans refer to it")
    title: str | None = None
    published: str | None = Field(None, description="Publication date shown by the page, if any: YYYY-MM-DD, with HH:MM when the page gives the time")
    source: str | None = Field(None, description="Source or site shown by the page, if any")
    author: str | None = Field(None, description="Author shown by the page, if any")
    language: str = Field(description="zh, en, ...")
    method: Method
    model: str | None = None
    summary: str
    key_points: list[KeyPoint] = Field(default_factory=list)
    figures: list[Figure] = Field(default_factory=list)
    entities: Entities = Field(default_factory=Entities)
    warnings: list[str] = Field(default_factory=list)
    stats: Stats = Field(default_factory=Stats)  # type: ignore[arg-type]  # (pydantic builds it with its defaults)


class Draft(BaseModel):
    """What a summarizer (extractive or LLM) hands to grounding.

    Written in the analysis text (Simplified for Chinese); grounding checks every quote
    against that text and renders the result in the output script.
    """

    summary: str
    key_points: list[KeyPointDraft] = Field(default_factory=list)
    figures: list[FigureDraft] = Field(default_factory=list)
    entities: Entities = Field(default_factory=Entities)
    title: str | None = None
    warnings: list[str] = Field(default_factory=list)
