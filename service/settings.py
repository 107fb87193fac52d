"""Configuration from the environment (and `.env`), read once per process or per test."""

from __future__ import annotations

import os
from pathlib import Path

from pydantic import AliasChoices, Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", extra="ignore", populate_by_name=True)

    openai_api_key: SecretStr | None = Field(None, validation_alias=AliasChoices("OPENAI_API_KEY"))
    openai_base_url: str | None = Field(None, validation_alias=AliasChoices("OPENAI_BASE_URL"))
    model: str = Field("gpt-4o-mini", validation_alias=AliasChoices("ZHAIYAO_MODEL"))
    # LLM calls in flight per process (also with redis_url), shared by every document and request of it.
    max_concurrency: int = Field(8, ge=1, validation_alias=AliasChoices("ZHAIYAO_MAX_CONCURRENCY"))
    # Requests and tokens (prompt + completion) per minute to the endpoint; unset: no cap. Per process,
    # or with redis_url for every process sharing that Redis (service/scale/limits.py).
    rpm: int | None = Field(None, ge=1, validation_alias=AliasChoices("ZHAIYAO_RPM"))
    tpm: int | None = Field(None, ge=1, validation_alias=AliasChoices("ZHAIYAO_TPM"))
    # Seconds for one HTTP call, and for all attempts at one call together.
    request_timeout: float = Field(60.0, gt=0, validation_alias=AliasChoices("ZHAIYAO_REQUEST_TIMEOUT"))
    total_timeout: float = Field(180.0, gt=0, validation_alias=AliasChoices("ZHAIYAO_TOTAL_TIMEOUT"))
    max_retries: int = Field(4, ge=0, validation_alias=AliasChoices("ZHAIYAO_MAX_RETRIES"))
    # json_schema (strict structured outputs) or json_object for servers without json_schema.
    response_format: str = Field("json_schema", validation_alias=AliasChoices("ZHAIYAO_RESPONSE_FORMAT"))
    # The model's context window (prompt + reply) that one call may fill; the default is
    # gpt-4o-mini's. A document that fits (with the instructions, the schema and room for the reply)
    # is summarized in one call; a longer one is cut into chunks as large as fit (llm/plan.py).
    context_tokens: int = Field(128_000, ge=2_000, validation_alias=AliasChoices("ZHAIYAO_CONTEXT_TOKENS"))
    # The longest reply the model can give (gpt-4o-mini: 16,384): a chunk is never larger than a
    # reply can describe (map_reply_ratio reply tokens per chunk token).
    max_output_tokens: int = Field(16_384, ge=256, validation_alias=AliasChoices("ZHAIYAO_MAX_OUTPUT_TOKENS"))
    # Reply room reserved per chunk token: careful hand-written answers for the seeds take 0.3-0.6.
    map_reply_ratio: float = Field(0.5, gt=0, le=2, validation_alias=AliasChoices("ZHAIYAO_MAP_REPLY_RATIO"))
    # Chunks chosen from the context are never smaller than this (below it the fixed instructions
    # and schema of every call outweigh the text it carries).
    min_chunk_tokens: int = Field(1_000, ge=100, validation_alias=AliasChoices("ZHAIYAO_MIN_CHUNK_TOKENS"))
    # Explicit chunk size (o200k tokens), overriding the one chosen from the context.
    chunk_tokens: int | None = Field(None, ge=100, validation_alias=AliasChoices("ZHAIYAO_CHUNK_TOKENS"))
    # Explicit merge input limit: partial summaries over it are merged in groups first. Unset, it
    # is what the context leaves after the merge instructions and reply.
    merge_tokens: int | None = Field(None, ge=500, validation_alias=AliasChoices("ZHAIYAO_MERGE_TOKENS"))
    # Spending cap in US dollars per document (summarize, HTTP); `zhaiyao batch --max-cost` is per run.
    max_cost: float | None = Field(None, gt=0, validation_alias=AliasChoices("ZHAIYAO_MAX_COST"))
    # Prices (USD per 1M tokens: input, cached_input, output) added to or replacing the built-in
    # table (llm/pricing.py), as JSON: {"model": {"input": 0.15, "cached_input": 0.075, "output": 0.6}}.
    prices: dict[str, dict[str, float | None]] = Field(
        default_factory=dict, validation_alias=AliasChoices("ZHAIYAO_PRICES"))
    # Seconds between two looks at an OpenAI Batch job (`zhaiyao batch --llm-batch`).
    batch_poll_seconds: float = Field(30.0, gt=0, validation_alias=AliasChoices("ZHAIYAO_BATCH_POLL_SECONDS"))
    # Reply limits per call. A reply cut off at the limit is never re-asked as is: the chunk is
    # split in two, or (when it cannot be split) the limit is raised once.
    map_max_tokens: int = Field(2048, ge=64, validation_alias=AliasChoices("ZHAIYAO_MAP_MAX_TOKENS"))
    merge_max_tokens: int = Field(1536, ge=64, validation_alias=AliasChoices("ZHAIYAO_MERGE_MAX_TOKENS"))
    # Re-asks of one call after a reply that is not valid JSON, fails the schema or is degenerate.
    max_reasks: int = Field(2, ge=0, le=5, validation_alias=AliasChoices("ZHAIYAO_MAX_REASKS"))
    # A chunk cut off by the token limit is halved this many times at most (then max_tokens is
    # raised once): worst case 1 + 2 + 2 calls, never an unbounded tree for a model that runs on.
    max_split_depth: int = Field(1, ge=0, le=3, validation_alias=AliasChoices("ZHAIYAO_MAX_SPLIT_DEPTH"))
    # Floor of the merge budget, whatever merge_tokens says: a merge needs room for two parts.
    min_merge_budget: int = Field(1000, ge=100, validation_alias=AliasChoices("ZHAIYAO_MIN_MERGE_BUDGET"))
    # Exponential backoff with jitter between retries when the server gives no Retry-After (s).
    backoff_initial: float = Field(0.5, gt=0, validation_alias=AliasChoices("ZHAIYAO_BACKOFF_INITIAL"))
    backoff_max: float = Field(10.0, gt=0, validation_alias=AliasChoices("ZHAIYAO_BACKOFF_MAX"))
    cache_dir: Path = Field(Path(".cache/zhaiyao"), validation_alias=AliasChoices("ZHAIYAO_CACHE_DIR"))
    max_bytes: int = Field(2_000_000, ge=1, validation_alias=AliasChoices("ZHAIYAO_MAX_BYTES"))
    # uvicorn's per-request access log; /metrics counts requests either way.
    access_log: bool = Field(True, validation_alias=AliasChoices("ZHAIYAO_ACCESS_LOG"))
    api_token: SecretStr | None = Field(None, validation_alias=AliasChoices("ZHAIYAO_API_TOKEN"))
    # Processes for the CPU-bound work of `zhaiyao batch` (unset: one per core), and of `zhaiyao serve`.
    jobs: int | None = Field(None, ge=1, validation_alias=AliasChoices("ZHAIYAO_JOBS"))
    workers: int = Field(1, ge=1, validation_alias=AliasChoices("ZHAIYAO_WORKERS"))

    @property
    def job_count(self) -> int:
        """`jobs`, or the cores this process may run on."""
        if self.jobs:
            return self.jobs
        if hasattr(os, "sched_getaffinity"):
            return len(os.sched_getaffinity(0)) or 1
        return os.cpu_count() or 1

    # -- scaling out (docs/scaling.md). With a Redis URL the LLM cache, the stored summaries and
    # the jobs live in Redis, shared by every API replica and worker; without one, on local disk.
    redis_url: str | None = Field(None, validation_alias=AliasChoices("ZHAIYAO_REDIS_URL"))
    # The LLM cache in another Redis (one allowed to evict under memory pressure); default: redis_url.
    redis_cache_url: str | None = Field(None, validation_alias=AliasChoices("ZHAIYAO_REDIS_CACHE_URL"))
    # Seconds to connect to Redis and for one command: a Redis that is gone must not hold requests.
    redis_timeout: float = Field(5.0, gt=0, validation_alias=AliasChoices("ZHAIYAO_REDIS_TIMEOUT"))
    # Seconds an LLM result is kept in the Redis cache (diskcache keeps it until the folder is removed).
    cache_ttl: int = Field(30 * 86400, ge=1, validation_alias=AliasChoices("ZHAIYAO_CACHE_TTL"))
    # Seconds job records, their results and summaries stored in Redis are kept.
    job_ttl: int = Field(7 * 86400, ge=1, validation_alias=AliasChoices("ZHAIYAO_JOB_TTL"))
    # Seconds a task may run before the broker hands it to another worker (the worker is taken for
    # dead). Must exceed the longest task: see docs/scaling.md.
    job_visibility_timeout: int = Field(
        900, ge=1, validation_alias=AliasChoices("ZHAIYAO_JOB_VISIBILITY_TIMEOUT")
    )
    # Attempts of one task after the first, whatever ended it (an unexpected error, a lost worker).
    job_max_retries: int = Field(2, ge=0, le=20, validation_alias=AliasChoices("ZHAIYAO_JOB_MAX_RETRIES"))
    # Processes of one `zhaiyao worker`; unset: one per CPU core.
    worker_concurrency: int | None = Field(
        None, ge=1, validation_alias=AliasChoices("ZHAIYAO_WORKER_CONCURRENCY")
    )

    @field_validator("redis_url", "redis_cache_url")
    @classmethod
    def _redis_scheme(cls, value: str | None) -> str | None:
        if not value:
            return None
        if not value.startswith(("redis://", "rediss://", "unix://")):
            raise ValueError("a Redis URL starts with redis://, rediss:// or unix://")
        return value

    @property
    def llm_configured(self) -> bool:
        return bool(self.openai_api_key and self.openai_api_key.get_secret_value())

    @property
    def cache_redis_url(self) -> str | None:
        """Where the LLM cache lives in Redis, if it does."""
        return self.redis_cache_url or self.redis_url


def get_settings() -> Settings:
    return Settings()
