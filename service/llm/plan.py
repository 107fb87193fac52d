"""How one document goes through the LLM, decided before any call, and what that will cost.

The plan by context: a document that fits one call (its text, the instructions and schema, and
room for the reply within `context_tokens`) is summarized by one call. A longer one is cut into
chunks as large as fit, merged in as few rounds as the merge budget allows. A chunk is never
larger than one reply can describe (`max_output_tokens / map_reply_ratio`): a reply cut off at the
limit would be paid for and thrown away. `ZHAIYAO_CHUNK_TOKENS` overrides the chunk size.

The same plan drives the run (`run.DocumentRun`) and the dry run (`SummaryPlan`): map calls are
known exactly before the first call (their messages can be rendered and counted); merge calls
depend on the map answers, so the plan bounds them from the map calls' reply limits.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from functools import lru_cache

from pydantic import BaseModel, Field

from ..backends import open_cache
from ..cache import ResultCache
from ..chunk import ENCODING, chunk, chunkings, count_tokens, sentence_tokens
from ..document import Prepared
from ..errors import LLMNotConfigured, OverBudget
from ..schemas import Method, SummaryOptions
from ..settings import Settings
from .keys import cache_key
from .pricing import Price, price_for
from .prompts import map_messages, merge_messages
from .replies import ChunkSummary, MergedSummary, response_format

# OpenAI's chat format costs 3 tokens per message and 3 to prime the reply (their published
# counting recipe); the schema of a json_schema call is billed as prompt tokens too.
PER_MESSAGE_TOKENS = 3
REPLY_PRIMING_TOKENS = 3
# Room left unused in every call, for the provider's own framing of the schema.
SAFETY_TOKENS = 64
# Model name prefixes and their tokenizer (bpe-openai has both, offline).
ENCODINGS = (
    ("gpt-4o", "o200k_base"), ("gpt-4.1", "o200k_base"), ("gpt-4.5", "o200k_base"), ("gpt-5", "o200k_base"),
    ("o1", "o200k_base"), ("o3", "o200k_base"), ("o4", "o200k_base"), ("chatgpt-4o", "o200k_base"),
    ("gpt-4", "cl100k_base"), ("gpt-3.5", "cl100k_base"),
)


def encoding_for(model: str) -> str | None:
    """The tokenizer of an OpenAI model, or None for another provider's model."""
    name = model.lower()
    for prefix, encoding in ENCODINGS:
        if name == prefix or name.startswith(prefix + "-"):
            return encoding
    return None


@lru_cache(maxsize=2)
def _encoder(name: str):
    import bpe_openai

    return bpe_openai.get_encoding(name)


def count(text: str, encoding: str = ENCODING) -> int:
    """Tokens of `text` in `encoding`; special-token strings in a document ("<|endoftext|>") are
    ordinary text to the endpoint, so they are counted as such rather than refused."""
    if not text:
        return 0
    if encoding == ENCODING:
        return count_tokens(text)  # the Rust counter, without the package's Python layer
    return len(_encoder(encoding).encode_ordinary(text))


@lru_cache(maxsize=32)
def _count_fixed(text: str, encoding: str) -> int:
    """`count` of a text every call of a kind sends (system message, schema): counted once."""
    return count(text, encoding)


def prompt_tokens(messages: list[dict], fmt: dict | None, encoding: str = ENCODING) -> int:
    """Prompt tokens of one request as OpenAI bills them: every message with its framing, the
    reply priming, and the JSON schema when the response format carries one."""
    n = REPLY_PRIMING_TOKENS
    for m in messages:
        content = str(m.get("content") or "")
        n += PER_MESSAGE_TOKENS + (_count_fixed(content, encoding) if m["role"] == "system" else count(content, encoding))
    if fmt and fmt.get("type") == "json_schema":
        n += _count_fixed(json.dumps(fmt["json_schema"], ensure_ascii=False), encoding)
    return n


def response_mode(settings: Settings) -> str:
    return settings.response_format if settings.response_format in ("json_object", "none") else "json_schema"


def map_reply_limit(settings: Settings, tokens: int) -> int:
    """max_tokens of a map call over `tokens` of text: room for the reply to describe it."""
    wanted = max(settings.map_max_tokens, math.ceil(tokens * settings.map_reply_ratio))
    return min(settings.max_output_tokens, wanted)


def chunk_budget(settings: Settings, fixed: int) -> int:
    """The largest chunk whose call fits the context with its reply, and whose reply can describe
    it; `chunk_tokens` when set. `fixed` is a map call's prompt without the text."""
    if settings.chunk_tokens:
        return settings.chunk_tokens
    room = settings.context_tokens - fixed - SAFETY_TOKENS
    lo, hi = 0, min(room, math.floor(settings.max_output_tokens / settings.map_reply_ratio))
    while lo < hi:  # n + reply(n) grows with n: the largest n that fits
        mid = (lo + hi + 1) // 2
        if mid + map_reply_limit(settings, mid) <= room:
            lo = mid
        else:
            hi = mid - 1
    if lo < 200:
        raise LLMNotConfigured(
            f"ZHAIYAO_CONTEXT_TOKENS={settings.context_tokens} leaves no room for a chunk: the instructions "
            f"take {fixed} tokens and a reply {settings.map_max_tokens}; raise it or lower ZHAIYAO_MAP_MAX_TOKENS"
        )
    return lo


def merge_budget(settings: Settings, fixed: int) -> int:
    """Merge input (partial summaries) one merge call may take."""
    if settings.merge_tokens:
        return max(settings.min_merge_budget, settings.merge_tokens)
    room = settings.context_tokens - fixed - settings.merge_max_tokens - SAFETY_TOKENS
    return max(settings.min_merge_budget, room)


def pack(sizes: list[int], budget: int) -> list[list[int]]:
    """Consecutive groups (of indices) under `budget` tokens, each of at least two items so that
    merging progresses."""
    groups: list[list[int]] = []
    cur: list[int] = []
    cur_tokens = 0
    for i, n in enumerate(sizes):
        if len(cur) >= 2 and cur_tokens + n > budget:
            groups.append(cur)
            cur, cur_tokens = [], 0
        cur.append(i)
        cur_tokens += n
    if cur:
        if len(cur) == 1 and groups:
            groups[-1].append(cur[0])
        else:
            groups.append(cur)
    return groups


def merge_rounds(sizes: list[int], budget: int, reply: int) -> list[int]:
    """Input tokens of every merge call that merging parts of `sizes` tokens takes (mirrors
    `DocumentRun.merge`), each section merge's answer counted as `reply` tokens."""
    if len(sizes) <= 1:
        return []
    if len(sizes) <= 2 or sum(sizes) <= budget:
        return [sum(sizes)]
    groups = pack(sizes, budget)
    if len(groups) == 1:
        return [sum(sizes)]
    calls = [sum(sizes[i] for i in g) for g in groups]
    return calls + merge_rounds([reply] * len(groups), budget, reply)


@dataclass(frozen=True)
class MapCall:
    index: int
    start: int  # offsets into the analysis text
    end: int
    text: str
    whole: bool
    key: str  # the LLM cache key of its answer
    tokens: int  # of the text (o200k; for a chunk its sentences', an upper bound)
    max_tokens: int
    cached: bool  # its answer is in the cache already


@dataclass
class LLMPlan:
    """The calls of one document (map calls exactly, merge calls as an upper bound)."""

    mode: str
    language: str
    max_chars: int
    document_tokens: int  # of the analysis text (o200k)
    chunk_budget: int
    merge_budget: int
    map_calls: list[MapCall]
    prefix_tokens: int  # the map calls' shared prefix: schema and system message
    map_fixed: int  # a map call's prompt without the text
    merge_fixed: int  # a merge call's prompt without the parts
    encoding: str  # what prompts are counted with
    merge_inputs: list[int] = field(default_factory=list)  # upper bounds, per merge call
    exact: bool = True  # map prompt tokens counted with the model's own tokenizer

    def prompt_tokens(self, call: MapCall) -> int:
        """The prompt tokens of a map call's request, exactly. Counted when asked (the dry run, a
        spending cap): the run itself needs no more than an estimate, `estimate(call)`."""
        messages = map_messages(call.text, call.whole, self.language, self.max_chars, self.mode)
        return prompt_tokens(messages, response_format(ChunkSummary, self.mode), self.encoding)

    def estimate(self, call: MapCall) -> int:
        """A map call's prompt tokens without counting its text again (for the rate limits)."""
        return self.map_fixed + call.tokens


class SummaryPlan(BaseModel):
    """What summarizing a document will do and cost, found without calling the LLM (dry run)."""

    doc_id: str = Field(description="sha256 hex of the cleaned text, as in the summary")
    method: Method = Field(description="The summarizer a run would use")
    model: str | None = None
    language: str
    document_tokens: int = Field(description="Tokens of the cleaned text (o200k_base)")
    context_tokens: int = Field(description="ZHAIYAO_CONTEXT_TOKENS")
    chunk_tokens: int = Field(0, description="Chunk size used: from the context, or ZHAIYAO_CHUNK_TOKENS")
    chunks: int = 0
    calls: int = Field(0, description="Calls at most (no retries or re-asks): map calls not cached, plus merges")
    map_calls: int = Field(0, description="Map calls to make (exact)")
    map_calls_cached: int = Field(0, description="Map calls whose answers are in the cache already (free)")
    merge_calls: int = Field(0, description="Merge calls at most")
    prompt_tokens: int = Field(0, description="Prompt tokens at most: map calls exact, merges an upper bound")
    map_prompt_tokens: int = Field(0, description="Prompt tokens of the map calls")
    prompt_tokens_exact: bool = Field(
        True, description="Map prompt tokens counted with the model's tokenizer (false: o200k_base as an estimate)")
    cacheable_prefix_tokens: int = Field(0, description="Schema and instructions shared by every map call")
    completion_tokens: int = Field(0, description="Completion tokens at most (the calls' max_tokens)")
    cost_usd_low: float | None = Field(
        None, description="Input of the map calls only, their shared prefix at the cached price (null: unknown price)")
    cost_usd_high: float | None = Field(
        None, description="Every prompt token at the full price and every call's max_tokens (null: unknown price)")
    batch: bool = Field(False, description="Map calls priced at OpenAI Batch API rates (half)")
    price: Price | None = Field(None, description="USD per 1M tokens used for the estimate")
    max_cost_usd: float | None = Field(None, description="The spending cap in force (ZHAIYAO_MAX_COST)")
    within_budget: bool = Field(True, description="cost_usd_high is within max_cost_usd (or there is no cap)")


def _spans(prepared: Prepared, budget: int, explicit: bool, doc_tokens: int) -> list[tuple[int, int, int]]:
    """(start, end, tokens) of the text of each map call: the whole document when it fits.

    Chunks chosen from the context are as few as the paragraph structure allows, then as even as
    possible: a chunk closes at a paragraph break only when 85-95% full (closing at half, as small
    explicit chunks do, would add calls and their fixed instructions), and a budget a little over
    the document's share per chunk is tried first so that the last chunk is not a scrap. The
    tokens of a chunk are its sentences' (an upper bound, for its reply limit): the prompts are
    counted exactly once rendered."""
    analysis, sentences = prepared.clean.analysis, prepared.sentences
    if not sentences:
        return []
    if doc_tokens <= budget:
        return [(sentences[0].start, sentences[-1].end, doc_tokens)]
    counts = sentence_tokens(sentences)
    if explicit:
        chunks = chunk(analysis, sentences, budget=budget, counts=counts)
    else:
        balanced = min(budget, math.ceil(doc_tokens / math.ceil(doc_tokens / budget) * 1.08))
        tries = chunkings(analysis, sentences, [(balanced, 0.85), (balanced, 0.95), (budget, 0.9), (budget, 0.95)],
                          counts)
        chunks = min(tries, key=lambda cs: (len(cs), max(c.tokens for c in cs)))
    return [(c.start, c.end, c.tokens) for c in chunks]


def plan_document(
    prepared: Prepared, options: SummaryOptions, settings: Settings, cache: ResultCache | None = None
) -> LLMPlan:
    """The map calls of `prepared` (looked up in `cache` when given) and a bound on its merges."""
    language = prepared.clean.language
    mode = response_mode(settings)
    max_chars = options.budget_for(language)
    encoding = encoding_for(settings.model)
    enc = encoding or ENCODING
    map_fmt = response_format(ChunkSummary, mode)
    fixed = prompt_tokens(map_messages("", False, language, max_chars, mode), map_fmt, enc)
    budget = chunk_budget(settings, fixed)
    analysis = prepared.clean.analysis
    doc_tokens = count(analysis)
    spans = _spans(prepared, budget, explicit=bool(settings.chunk_tokens), doc_tokens=doc_tokens)
    whole = len(spans) == 1
    calls = []
    for index, (start, end, tokens) in enumerate(spans):
        text = analysis[start:end].strip()
        key = cache_key(settings, kind="map", model=ChunkSummary, scope="whole" if whole else "part",
                        payload=text, language=language, max_chars=max_chars, mode=mode)
        cached = cache is not None and cache.get(key) is not None
        calls.append(MapCall(index, start, end, text, whole, key, tokens, map_reply_limit(settings, tokens), cached))
    merge_fmt = response_format(MergedSummary, mode)
    merge_fixed = prompt_tokens(merge_messages([], True, language, max_chars, mode), merge_fmt, enc)
    system_and_schema = prompt_tokens(map_messages("", False, language, max_chars, mode)[:1], map_fmt, enc)
    plan = LLMPlan(mode, language, max_chars, doc_tokens, budget, merge_budget(settings, merge_fixed), calls,
                   system_and_schema - REPLY_PRIMING_TOKENS, fixed, merge_fixed, enc, exact=encoding is not None)
    # A part in the merge is a subset of a map reply: at most that call's reply limit (+1 newline).
    plan.merge_inputs = merge_rounds([c.max_tokens + 1 for c in calls], plan.merge_budget, settings.merge_max_tokens)
    return plan


def summarize_plan(
    plan: LLMPlan | None, prepared: Prepared, settings: Settings, method: Method, batch: bool = False
) -> SummaryPlan:
    """The public dry-run answer: calls, tokens and a cost range, against the spending cap."""
    base = SummaryPlan(doc_id=prepared.doc_id, method=method, language=prepared.clean.language,
                       document_tokens=plan.document_tokens if plan else count(prepared.clean.analysis),
                       context_tokens=settings.context_tokens, max_cost_usd=settings.max_cost,
                       cost_usd_low=0.0, cost_usd_high=0.0)
    if plan is None:  # extractive: no LLM call
        return base
    todo = [c for c in plan.map_calls if not c.cached]
    map_prompt = sum(plan.prompt_tokens(c) for c in todo)
    merge_prompt = sum(plan.merge_fixed + n for n in plan.merge_inputs)
    merge_reply = settings.merge_max_tokens * len(plan.merge_inputs)
    price = price_for(settings)
    low = high = None
    if price is not None:  # rounded as shown, so that a cap copied from a dry run admits its plan
        low = round(price.cost(map_prompt, plan.prefix_tokens * len(todo), 0, batch), 8)
        high = round(price.cost(map_prompt, 0, sum(c.max_tokens for c in todo), batch)
                     + price.cost(merge_prompt, 0, merge_reply), 8)
    within = settings.max_cost is None or (high is not None and high <= settings.max_cost)
    return base.model_copy(update=dict(
        model=settings.model, chunk_tokens=plan.chunk_budget, chunks=len(plan.map_calls),
        calls=len(todo) + len(plan.merge_inputs), map_calls=len(todo),
        map_calls_cached=len(plan.map_calls) - len(todo), merge_calls=len(plan.merge_inputs),
        prompt_tokens=map_prompt + merge_prompt, map_prompt_tokens=map_prompt, prompt_tokens_exact=plan.exact,
        cacheable_prefix_tokens=plan.prefix_tokens,
        completion_tokens=sum(c.max_tokens for c in todo) + merge_reply,
        cost_usd_low=low, cost_usd_high=high,
        batch=batch, price=price, within_budget=within,
    ))


def over_budget_message(p: SummaryPlan) -> str:
    if p.cost_usd_high is None:
        return (f"no price is known for model {p.model!r}, so the spending cap of ${p.max_cost_usd} cannot be "
                "enforced: add the model to ZHAIYAO_PRICES")
    return (f"the cost of this run is estimated at up to ${p.cost_usd_high:.4f} ({p.calls} calls, up to "
            f"{p.prompt_tokens} prompt and {p.completion_tokens} completion tokens with {p.model}), over the "
            f"cap of ${p.max_cost_usd:.4f} (ZHAIYAO_MAX_COST or --max-cost); raise the cap, or see the plan "
            "with a dry run")


def plan_llm(prepared: Prepared, options: SummaryOptions, settings: Settings) -> LLMPlan:
    """The plan of an LLM run, looked up in the cache; with a spending cap, priced too: OverBudget
    when the upper estimate is over the cap. (Without a cap every plan is within budget, and
    pricing it would count every map call's prompt once more before the first call.)"""
    cache = open_cache(settings)
    plan = plan_document(prepared, options, settings, cache if cache.enabled else None)
    if settings.max_cost is not None:
        public = summarize_plan(plan, prepared, settings, "llm")
        if not public.within_budget:
            raise OverBudget(over_budget_message(public))
    return plan
