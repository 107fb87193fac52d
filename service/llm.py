"""Stage 4 (LLM): chunked map-reduce summaries through any OpenAI-compatible endpoint.

Map: every chunk is summarized by one call returning `ChunkSummary` (strict json_schema, or
json_object mode for servers without it); calls run concurrently, bounded by
`max_concurrency`. Reduce: the chunk summaries are merged by one call returning
`MergedSummary`, hierarchically when the merge input is over budget. A document that fits one
chunk takes exactly one call and its answer is the document summary.

Every reply is parsed and checked; a reply that is not valid JSON, fails the model, or is
degenerate (empty, repeating itself, copying the instructions, not about the document) is
re-asked with the problem stated, at most `MAX_REASKS` times. A reply cut off by the token limit
is never re-asked as is: the chunk is split in two, or (when it cannot be split) max_tokens is
raised once. Transport faults (429, 5xx, timeouts, connection errors) are retried by tenacity with
exponential backoff and jitter, honouring Retry-After, within `total_timeout` per call; the SDK's
own retries are off so there is one retry layer. When the LLM fails for good this module raises
`LLMFailure`; the pipeline then answers extractively with the warning `llm_fallback:<reason>`.

Results are cached on disk (service/cache.py) keyed on everything that changes an answer, so the
same document twice costs zero calls, and an edited paragraph re-runs only its chunk and the merge.
Figures and quotes are not grounded here: the grounding stage does that for every summarizer.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import logging
import os
import random
import re
import string
import time
import weakref
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Literal, TypeVar

import openai
from pydantic import BaseModel, ConfigDict, ValidationError
from tenacity import AsyncRetrying, RetryCallState, retry_if_exception, wait_exponential_jitter

from .cache import ResultCache
from .chunk import chunk, count_tokens
from .errors import LLMFailure
from .pipeline import Prepared, Progress, ProgressCallback, Usage
from .schemas import Draft, Entities, Figure, KeyPoint, Person, SummaryOptions
from .settings import Settings

log = logging.getLogger(__name__)

PROMPTS_DIR = Path(os.environ.get("ZHAIYAO_PROMPTS_DIR") or Path(__file__).resolve().parent.parent / "prompts")
# Bump when the shape of cached values or the meaning of a key changes.
CACHE_FORMAT = "llm-1"
MAX_REASKS = 2
MAX_KEY_POINTS = 5
MAP_MAX_TOKENS = 2048
MERGE_MAX_TOKENS = 1536
# A chunk cut off by the token limit is halved once; a half cut off again gets max_tokens raised
# once. Worst case 1 + 2 + 2 calls, never an unbounded tree for a model that runs on.
MAX_SPLIT_DEPTH = 1
# Merge input above the merge budget (Settings.merge_tokens, at least this) is merged in groups
# first. Chunks are kept small for extraction quality; the merge input may be larger.
MIN_MERGE_BUDGET = 1000
TEMPERATURE = 0.0
# Exponential backoff with jitter between retries when the server gives no Retry-After.
BACKOFF_INITIAL = 0.5
BACKOFF_MAX = 10.0
# A reply shown back to the model when re-asking is cut to this many characters.
MAX_ECHO = 4000


# ---------------------------------------------------------------- what the model returns


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

SCHEMA_NAMES = {ChunkSummary: "chunk_summary", MergedSummary: "merged_summary"}


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


# ---------------------------------------------------------------- prompts


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
    path = Path(directory or PROMPTS_DIR) / f"{name}.txt"
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
    return ",".join(load_template(n).tag for n in ("map.system", "map.user", "merge.system", "merge.user"))


LANGUAGE_NAMES = {"zh": "Chinese", "en": "English"}


def _language_name(language: str) -> str:
    return LANGUAGE_NAMES.get(language, "the language of the document")


def _script_rule(language: str) -> str:
    # Summarizers work on the Simplified analysis copy; grounding renders the output script.
    return " Use Simplified Chinese characters." if language == "zh" else ""


# ---------------------------------------------------------------- checks of a reply


_CJK = re.compile(r"[\u4e00-\u9fff]")
_WORD = re.compile(r"[A-Za-z]{4,}")
_SENTENCE_END = re.compile(r"[。！？!?；;]|\.(?=\s|$)")


def _distinct_share(s: str, n: int, min_len: int) -> float:
    """Share of distinct n-character runs in `s` without white space (1.0 for short text)."""
    dense = re.sub(r"\s+", "", s)
    if len(dense) < min_len:
        return 1.0
    grams = [dense[i : i + n] for i in range(len(dense) - n + 1)]
    return len(set(grams)) / len(grams)


def _repeats_itself(s: str) -> bool:
    return _distinct_share(s, 8, 40) < 0.6


def _loops(content: str) -> bool:
    """A reply that is mostly one stretch of text over and over (JSON keys repeat in any long
    valid reply, so the bar is much lower than for a summary)."""
    return _distinct_share(content, 16, 200) < 0.3


def _units(s: str, language: str) -> list[str]:
    if language == "zh":
        from .clean import to_simplified  # a summary written in Traditional is still on topic

        dense = "".join(c for c in to_simplified(s) if _CJK.match(c))
        return [dense[i : i + 2] for i in range(len(dense) - 1)]
    return [w.lower() for w in _WORD.findall(s)]


def _off_topic(summary: str, source: str, language: str) -> bool:
    """A summary that shares almost no words with its source is about something else (for
    example an instruction inside the document was obeyed)."""
    units = _units(summary, language)
    if len(units) < 6:
        return False
    known = set(_units(source, language))
    return sum(1 for u in units if u in known) / len(units) < 0.25


_FRAMED = re.compile(r"<<<(DOCUMENT|PARTS) (\w+)>>>.*?<<<END \1 \2>>>", re.S)


def _instructions(messages: list[dict]) -> str:
    """Everything the model was told, without the framed data (quoting the document is fine)."""
    return "\n".join(_FRAMED.sub("", str(m.get("content") or "")) for m in messages if m["role"] != "assistant")


def _copies_prompt(summary: str, instructions: str) -> bool:
    if "<<<" in summary or ">>>" in summary:
        return True
    dense = re.sub(r"\s+", " ", summary)
    for line in instructions.splitlines():
        line = line.strip()
        if len(line) >= 20 and line in dense:
            return True
    return False


@dataclass
class _Judged:
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


def judge(content: str, model: type[Result], source: str, language: str, instructions: str) -> _Judged:
    """Parse and check one reply; the problem text is what the re-ask tells the model."""
    if not content.strip():
        return _Judged(None, "the reply was empty", "empty_reply")
    text = _strip_fences(content)
    try:
        data = json.loads(text)
    except json.JSONDecodeError as e:
        return _Judged(None, f"the reply is not valid JSON ({e.msg} at position {e.pos})", "invalid_json")
    try:
        value = model.model_validate(data)
    except ValidationError as e:
        return _Judged(None, f"the JSON does not match the schema: {_validation_message(e)}", "schema_mismatch")
    summary = value.summary.strip()
    if not summary:
        return _Judged(None, "summary is empty", "degenerate_summary")
    if _repeats_itself(summary):
        return _Judged(None, "summary repeats itself; write each point once", "degenerate_summary")
    if _copies_prompt(summary, instructions):
        return _Judged(None, "summary copies the instructions instead of summarizing the document", "degenerate_summary")
    if _off_topic(summary, source, language):
        return _Judged(None, "summary is not about the document between the markers", "degenerate_summary")
    return _Judged(value)


# ---------------------------------------------------------------- transport


def _transient(e: BaseException) -> bool:
    if isinstance(e, openai.APIStatusError):
        return e.status_code in (408, 409, 429) or e.status_code >= 500
    return isinstance(e, openai.APIConnectionError | openai.APIResponseValidationError | TimeoutError)


def _failure_reason(e: BaseException) -> str:
    if isinstance(e, openai.RateLimitError):
        return "rate_limited"
    if isinstance(e, openai.APIStatusError):
        return "server_error" if e.status_code >= 500 else f"http_{e.status_code}"
    if isinstance(e, openai.APITimeoutError | TimeoutError):
        return "timeout"
    if isinstance(e, openai.APIConnectionError):
        return "connection_error"
    return "bad_response"


def retry_after_seconds(e: BaseException | None) -> float | None:
    """Seconds asked for by Retry-After / retry-after-ms on an HTTP error, if any."""
    response = getattr(e, "response", None)
    headers = getattr(response, "headers", None)
    if not headers:
        return None
    ms = headers.get("retry-after-ms")
    if ms:
        try:
            return max(0.0, float(ms) / 1000)
        except ValueError:
            pass
    value = headers.get("retry-after")
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    import email.utils

    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


_semaphores: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _semaphore(limit: int) -> asyncio.Semaphore:
    """One semaphore per event loop and limit, so concurrent requests share the bound."""
    loop = asyncio.get_running_loop()
    per_loop = _semaphores.setdefault(loop, {})
    if limit not in per_loop:
        per_loop[limit] = asyncio.Semaphore(limit)
    return per_loop[limit]


class _Truncated(Exception):
    """The reply hit the token limit."""


class _Invalid(Exception):
    """No acceptable reply after the re-asks."""

    def __init__(self, reason: str, problem: str):
        super().__init__(problem)
        self.reason = reason
        self.problem = problem


@dataclass
class _Call:
    """One logical call (its retries, re-asks and raised max_tokens share one deadline)."""

    deadline: float | None = None


# ---------------------------------------------------------------- one run


class _Run:
    def __init__(
        self,
        prepared: Prepared,
        options: SummaryOptions,
        settings: Settings,
        usage: Usage,
        on_progress: ProgressCallback | None,
        client: openai.AsyncOpenAI,
        cache: ResultCache,
    ):
        self.prepared = prepared
        self.analysis = prepared.clean.analysis
        self.language = prepared.clean.language
        self.options = options
        self.settings = settings
        self.usage = usage
        # Replies judged so far in this run, for the breaker in `_judge_reply`.
        self.good_replies = 0
        self.bad_replies = 0
        self.breaker = MAX_REASKS + 2
        self.on_progress = on_progress
        self.client = client
        self.cache = cache
        self.max_chars = options.budget_for(self.language)
        self.sem = _semaphore(settings.max_concurrency)
        self.merge_budget = max(MIN_MERGE_BUDGET, settings.merge_tokens, 2 * settings.chunk_tokens)
        self.mode = settings.response_format if settings.response_format in ("json_object", "none") else "json_schema"
        self.backoff = wait_exponential_jitter(multiplier=BACKOFF_INITIAL, max=BACKOFF_MAX, jitter=BACKOFF_INITIAL)

    # -- prompts

    def _common(self, model: type[BaseModel]) -> dict[str, str]:
        block = ""
        if self.mode != "json_schema":
            block = "\n\nThe JSON object must follow this JSON Schema:\n" + schema_json(model)
        return {
            "language_name": _language_name(self.language),
            "script_rule": _script_rule(self.language),
            "max_chars": str(self.max_chars),
            "max_points": str(MAX_KEY_POINTS),
            "schema_block": block,
        }

    def map_messages(self, text: str, whole: bool) -> list[dict]:
        nonce = hashlib.sha256(text.encode()).hexdigest()[:12]
        system = load_template("map.system").render(nonce=nonce, **self._common(ChunkSummary))
        note = (
            "The document is complete."
            if whole
            else "This is one part of a longer document: summarize this part only."
        )
        user = load_template("map.user").render(nonce=nonce, scope_note=note, document=text)
        return [{"role": "system", "content": system}, {"role": "user", "content": user}]

    def merge_messages(self, lines: list[str], final: bool) -> list[dict]:
        parts = "\n".join(lines)
        nonce = hashlib.sha256(parts.encode()).hexdigest()[:12]
        system = load_template("merge.system").render(nonce=nonce, **self._common(MergedSummary))
        note = (
            f"These are all {len(lines)} parts of the document."
            if final
            else f"These {len(lines)} parts are one section of a longer document: merge them into a summary of this section."
        )
        user = load_template("merge.user").render(nonce=nonce, scope_note=note, parts=parts)
        return [{"role": "system", "content": system}, {"role": "user", "content": user}]

    def response_format(self, model: type[BaseModel]) -> dict | None:
        if self.mode == "json_object":
            return {"type": "json_object"}
        if self.mode == "none":
            return None
        return {
            "type": "json_schema",
            "json_schema": {"name": SCHEMA_NAMES[model], "strict": True, "schema": json.loads(schema_json(model))},
        }

    def cache_key(self, kind: str, model: type[BaseModel], scope: str, payload: str) -> str:
        key = {
            "format": CACHE_FORMAT,
            "kind": kind,
            "scope": scope,
            "model": self.settings.model,
            "endpoint": _endpoint(self.settings.openai_base_url),
            "prompts": prompt_version(),
            "schema": schema_hash(model),
            "response_format": self.mode,
            "language": self.language,
            "max_chars": self.max_chars,
            "max_points": MAX_KEY_POINTS,
            "temperature": TEMPERATURE,
            "input": payload,
        }
        return hashlib.sha256(json.dumps(key, ensure_ascii=False, sort_keys=True).encode()).hexdigest()

    # -- transport

    def _wait(self, rs: RetryCallState) -> float:
        e = rs.outcome.exception() if rs.outcome else None
        after = retry_after_seconds(e)
        if after is not None:
            # Honour the server's wait; a little jitter spreads the callers that got the same answer.
            return after + random.uniform(0, 0.1)
        return self.backoff(rs)

    def _stop(self, call: _Call):
        def stop(rs: RetryCallState) -> bool:
            if rs.attempt_number > self.settings.max_retries:
                return True
            return call.deadline is not None and time.monotonic() + rs.upcoming_sleep > call.deadline

        return stop

    async def _request(self, call: _Call, messages: list[dict], model: type[BaseModel], max_tokens: int):
        async with self.sem:
            now = time.monotonic()
            if call.deadline is None:
                call.deadline = now + self.settings.total_timeout
            remaining = call.deadline - now
            if remaining <= 0:
                raise LLMFailure("total_timeout")
            timeout = min(self.settings.request_timeout, remaining)
            kwargs: dict = {
                "model": self.settings.model,
                "messages": messages,
                "temperature": TEMPERATURE,
                "max_tokens": max_tokens,
                "timeout": timeout,
            }
            fmt = self.response_format(model)
            if fmt is not None:
                kwargs["response_format"] = fmt
            self.usage.llm_calls += 1
            # The client's own timeout can be outlived by a server that trickles bytes.
            async with asyncio.timeout(timeout + 1.0):
                response = await self.client.chat.completions.create(**kwargs)
        u = getattr(response, "usage", None)
        if u is not None:
            self.usage.prompt_tokens += u.prompt_tokens or 0
            self.usage.completion_tokens += u.completion_tokens or 0
        return response

    async def _complete(self, call: _Call, messages: list[dict], model: type[BaseModel], max_tokens: int):
        retrying = AsyncRetrying(
            retry=retry_if_exception(_transient),
            wait=self._wait,
            stop=self._stop(call),
            reraise=True,
        )
        try:
            async for attempt in retrying:
                with attempt:
                    return await self._request(call, messages, model, max_tokens)
        except LLMFailure:
            raise
        except (openai.OpenAIError, TimeoutError) as e:
            reason = _failure_reason(e)
            # Only the class and status: server messages may quote credentials back.
            log.warning("LLM call failed for good: %s (%s)", reason, type(e).__name__)
            raise LLMFailure(reason) from None
        raise AssertionError("unreachable")

    def _count_bad(self, reason: str) -> None:
        self.bad_replies += 1
        if self.good_replies == 0 and self.bad_replies >= self.breaker:
            # Every reply so far was unusable: a model that cannot do this document will not do
            # its other chunks either. Stop paying for calls and fall back.
            raise LLMFailure(reason)

    async def _ask(
        self, call: _Call, messages: list[dict], model: type[Result], max_tokens: int, source: str
    ) -> Result:
        """Ask until a reply passes `judge`, re-asking with the problem at most MAX_REASKS times."""
        instructions = _instructions(messages)
        convo = messages
        judged = _Judged(None, "no reply", "invalid_output")
        previous: str | None = None
        for _ in range(MAX_REASKS + 1):
            response = await self._complete(call, convo, model, max_tokens)
            choice = response.choices[0] if response.choices else None
            content = (choice.message.content if choice and choice.message else None) or ""
            if choice is not None and choice.finish_reason == "length":
                if _loops(content):
                    # A model that repeats itself until the limit does the same on half the text
                    # or with more tokens: splitting or raising would only pay for more loops.
                    self._count_bad("degenerate_output")
                    raise _Invalid("degenerate_output", "the reply repeats itself until the token limit")
                raise _Truncated()
            judged = judge(content, model, source, self.language, instructions)
            if judged.value is not None:
                self.good_replies += 1
                return judged.value  # type: ignore[return-value]
            self._count_bad(judged.reason)
            if content == previous:
                break  # the same wrong answer to the same question: asking again would repeat it
            previous = content
            log.info("LLM reply rejected (%s); re-asking", judged.reason)
            convo = [
                *messages,
                {"role": "assistant", "content": content[:MAX_ECHO] or "(empty)"},
                {
                    "role": "user",
                    "content": f"Your reply was not accepted: {judged.problem}. "
                    "Reply again with only the JSON object that follows the schema.",
                },
            ]
        raise _Invalid(judged.reason, judged.problem)

    # -- map

    def _split(self, start: int, end: int) -> tuple[tuple[int, int], tuple[int, int]] | None:
        """Two halves of a span at the sentence boundary nearest its middle."""
        cuts = [s.start for s in self.prepared.sentences if start < s.start < end]
        if not cuts:
            return None
        mid = (start + end) / 2
        cut = min(cuts, key=lambda c: abs(c - mid))
        return (start, cut), (cut, end)

    async def map_span(self, start: int, end: int, whole: bool, depth: int = 0) -> list[ChunkSummary]:
        text = self.analysis[start:end].strip()
        scope = "whole" if whole else "part"
        key = self.cache_key("map", ChunkSummary, scope, text)
        cached = await asyncio.to_thread(self.cache.get, key)
        if cached is not None:
            try:
                results = [ChunkSummary.model_validate(x) for x in json.loads(cached)]
                self.usage.cache_hits += 1
                return results
            except (ValueError, ValidationError):
                pass  # a value from an older shape: ask again
        call = _Call()
        messages = self.map_messages(text, whole)
        max_tokens = MAP_MAX_TOKENS
        while True:
            try:
                results = [await self._ask(call, messages, ChunkSummary, max_tokens, text)]
                break
            except _Truncated:
                halves = self._split(start, end) if depth < MAX_SPLIT_DEPTH else None
                if halves:
                    log.info("LLM reply truncated; splitting the chunk in two")
                    parts = await _gather(self.map_span(a, b, False, depth + 1) for a, b in halves)
                    results = [r for p in parts for r in p]
                    break
                if max_tokens == MAP_MAX_TOKENS:
                    log.info("LLM reply truncated; raising max_tokens once")
                    max_tokens *= 2
                    continue
                raise _Invalid("truncated", "the reply was cut off by the token limit") from None
        value = json.dumps([r.model_dump() for r in results], ensure_ascii=False)
        await asyncio.to_thread(self.cache.set, key, value)
        return results

    # -- merge

    async def merge_call(self, lines: list[str], final: bool) -> MergedSummary:
        scope = "final" if final else "section"
        payload = "\n".join(lines)
        key = self.cache_key("merge", MergedSummary, scope, payload)
        cached = await asyncio.to_thread(self.cache.get, key)
        if cached is not None:
            try:
                value = MergedSummary.model_validate_json(cached)
                self.usage.cache_hits += 1
                return value
            except ValidationError:
                pass
        call = _Call()
        messages = self.merge_messages(lines, final)
        max_tokens = MERGE_MAX_TOKENS
        while True:
            try:
                value = await self._ask(call, messages, MergedSummary, max_tokens, self.analysis)
                break
            except _Truncated:
                if max_tokens == MERGE_MAX_TOKENS:
                    max_tokens *= 2
                    continue
                raise LLMFailure("truncated") from None
            except _Invalid as e:
                raise LLMFailure(e.reason) from None
        await asyncio.to_thread(self.cache.set, key, value.model_dump_json())
        return value

    async def merge(self, partials: list[dict]) -> MergedSummary:
        lines = [json.dumps(p, ensure_ascii=False) for p in partials]
        if len(lines) <= 2 or count_tokens("\n".join(lines)) <= self.merge_budget:
            return await self.merge_call(lines, final=True)
        groups = _pack(lines, self.merge_budget)
        if len(groups) == 1:
            return await self.merge_call(lines, final=True)
        sections = await _gather(self.merge_call(g, final=False) for g in groups)
        return await self.merge([_partial(s) for s in sections])

    # -- the whole document

    async def run(self) -> Draft:
        chunks = chunk(self.analysis, self.prepared.sentences, budget=self.settings.chunk_tokens)
        if not chunks:
            raise LLMFailure("no_text")
        # Unusable replies in a row, with none good yet, after which the run gives up: one
        # round of concurrent calls, and never fewer than a single chunk's own re-asks allow.
        self.breaker = max(MAX_REASKS + 2, min(len(chunks), self.settings.max_concurrency))
        self.usage.chunks = len(chunks)
        whole = len(chunks) == 1

        async def one(c) -> list[ChunkSummary] | _Invalid:
            try:
                out: list[ChunkSummary] | _Invalid = await self.map_span(c.start, c.end, whole)
            except _Invalid as e:
                out = e
            if self.on_progress:
                self.on_progress(Progress(index=c.index, total=len(chunks)))
            return out

        mapped = await _gather(one(c) for c in chunks)
        failed = [m for m in mapped if isinstance(m, _Invalid)]
        good = [m for m in mapped if not isinstance(m, _Invalid)]
        if not good or 2 * len(failed) > len(chunks):
            raise LLMFailure(failed[0].reason if failed else "invalid_output")
        if failed:
            self.usage.warnings.append(f"llm_chunks_dropped:{len(failed)}")
        results = [r for rs in good for r in rs]
        if len(results) == 1:
            top = results[0]
            title, summary, key_points = top.title, top.summary, top.key_points
        else:
            merged = await self.merge([_partial(r) for r in results])
            if self.on_progress:
                self.on_progress(Progress(index=0, total=1, stage="merge"))
            title, summary, key_points = merged.title, merged.summary, merged.key_points
        return self.draft(title, summary, key_points, results)

    def draft(self, title, summary: str, key_points: list[LLMKeyPoint], results: list[ChunkSummary]) -> Draft:
        summary = summary.strip()
        if len(summary) > self.max_chars:
            summary = _trim(summary, self.max_chars)
            self.usage.warnings.append("llm_summary_trimmed")
        return Draft(
            title=(title or "").strip() or None,
            summary=summary,
            key_points=[
                KeyPoint(text=k.text.strip(), evidence=[q for q in k.evidence if q.strip()])
                for k in key_points[:MAX_KEY_POINTS]
                if k.text.strip()
            ],
            figures=_figures(results),
            entities=_entities(results),
        )


# ---------------------------------------------------------------- helpers


async def _gather(coros):
    """gather that cancels the siblings when one fails (no orphan calls keep spending)."""
    tasks = [asyncio.ensure_future(c) for c in coros]
    try:
        return await asyncio.gather(*tasks)
    except BaseException:
        for t in tasks:
            t.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        raise


def _endpoint(base_url: str | None) -> str:
    """The endpoint part of the cache key, without any credentials a URL might carry."""
    if not base_url:
        return "default"
    return re.sub(r"//[^/@]*@", "//", base_url.rstrip("/"))


def _partial(r: ChunkSummary | MergedSummary) -> dict:
    return {
        "title": r.title,
        "summary": r.summary,
        "key_points": [k.model_dump() for k in r.key_points],
    }


def _pack(lines: list[str], budget: int) -> list[list[str]]:
    """Consecutive groups under `budget` tokens, each of at least two lines so merging progresses."""
    groups: list[list[str]] = []
    cur: list[str] = []
    cur_tokens = 0
    for line in lines:
        n = count_tokens(line) + 1
        if len(cur) >= 2 and cur_tokens + n > budget:
            groups.append(cur)
            cur, cur_tokens = [], 0
        cur.append(line)
        cur_tokens += n
    if cur:
        if len(cur) == 1 and groups:
            groups[-1].append(cur[0])
        else:
            groups.append(cur)
    return groups


def _trim(summary: str, limit: int) -> str:
    """Cut at the last sentence end within `limit` characters (hard cut when there is none)."""
    head = summary[:limit]
    ends = [m.end() for m in _SENTENCE_END.finditer(head)]
    if ends and ends[-1] >= limit // 3:
        return head[: ends[-1]].strip()
    return head.rstrip()


def _parse_quantity():
    try:
        from .figures import parse_quantity
    except ImportError:  # the number grammar is optional for this stage
        return None
    return parse_quantity


def _figures(results: list[ChunkSummary]) -> list[Figure]:
    parse = _parse_quantity()
    out: list[Figure] = []
    seen: set[tuple[str, str]] = set()
    for r in results:
        for f in r.figures:
            text, quote = f.text.strip(), f.quote.strip()
            if not text or (text, quote) in seen:
                continue
            seen.add((text, quote))
            value, unit = f.value, f.unit
            if parse is not None:
                parsed = parse(text)
                if parsed is not None:
                    value, unit = parsed
            out.append(
                Figure(
                    subject=f.subject.strip(),
                    text=text,
                    value=value,
                    unit=unit,
                    kind=f.kind,
                    period=f.period,
                    quote=quote,
                )
            )
    return out


def _entities(results: list[ChunkSummary]) -> Entities:
    def union(lists) -> list[str]:
        return list(dict.fromkeys(x.strip() for xs in lists for x in xs if x.strip()))

    people: dict[str, Person] = {}
    for r in results:
        for p in r.entities.people:
            name = p.name.strip()
            if name and (name not in people or (p.role and not people[name].role)):
                people[name] = Person(name=name, role=(p.role or "").strip() or None)
    return Entities(
        places=union(r.entities.places for r in results),
        organizations=union(r.entities.organizations for r in results),
        people=list(people.values()),
        projects=union(r.entities.projects for r in results),
    )


# One client per event loop and endpoint: building one costs tens of milliseconds, and a shared
# client keeps its connections alive between requests. Keyed weakly on the loop, because an
# httpx client must not outlive (or cross) the loop it was made in.
_CLIENTS: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, dict[tuple, openai.AsyncOpenAI]] = (
    weakref.WeakKeyDictionary()
)


def make_client(settings: Settings) -> openai.AsyncOpenAI:
    key = settings.openai_api_key.get_secret_value() if settings.openai_api_key else ""
    ident = (settings.openai_base_url, hashlib.sha256(key.encode()).hexdigest(), settings.request_timeout)
    per_loop = _CLIENTS.setdefault(asyncio.get_running_loop(), {})
    client = per_loop.get(ident)
    if client is None or client.is_closed():
        client = per_loop[ident] = openai.AsyncOpenAI(
            api_key=key or "not-needed",
            base_url=settings.openai_base_url,
            max_retries=0,  # tenacity is the one retry layer
            timeout=settings.request_timeout,
        )
    return client


async def summarize_llm(
    prepared: Prepared,
    options: SummaryOptions,
    settings: Settings,
    usage: Usage,
    on_progress: ProgressCallback | None,
) -> Draft:
    """The LLM summarizer. Raises LLMFailure when no acceptable summary can be had."""
    cache = ResultCache(settings.cache_dir)
    if cache.warning:
        usage.warnings.append(cache.warning)
    client = make_client(settings)
    try:
        run = _Run(prepared, options, settings, usage, on_progress, client, cache)
        try:
            return await run.run()
        except _Invalid as e:
            raise LLMFailure(e.reason) from None
    finally:
        if cache.warning and cache.warning not in usage.warnings:
            usage.warnings.append(cache.warning)


def record_cli(argv: list[str] | None = None) -> int:
    """`zhaiyao record`: re-record the cassettes in fixtures/ against OPENAI_BASE_URL."""
    from .testing.record import main

    return main(argv)
