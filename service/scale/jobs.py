"""Job records in Redis: what `/v1/jobs` shows and what the workers update.

A job is one document with its options. Its id is the hash of exactly what was sent (bytes or
text, options, title: `RecentSummaries.key`) and of what answers it (the model and the prompts'
versions, unless the options ask for an extractive summary), so the same document with the same
options twice is the same job, and a service moved to another model or prompt computes it anew. A record is a hash `zhaiyao:job:<id>` (status, stage and usage counters, result
or error), beside it the document as sent (`:input`, deleted when the job ends) and a stream of
progress events (`:events`, what `GET /v1/jobs/{id}/events` replays and follows). All three
expire `ZHAIYAO_JOB_TTL` seconds after the last change.

Every write also notes the time in `zhaiyao:jobs:active` (a sorted set of the jobs queued or
running; a job leaves it when it ends). A job none of whose writes is recent has lost its task
(`stalled`): the workers resume it (`tasks.resume_job`).

Every submission gets a fresh `run` token. Workers pass it with every write, and a write whose
token is not the record's is dropped (one Lua script checks and writes atomically): a task of a
job that was deleted, or deleted and submitted again, can never touch the new record.
"""

from __future__ import annotations

import time
import uuid
from dataclasses import dataclass
from typing import Literal

from pydantic import BaseModel, Field

from ..progress import Progress, Usage
from ..schemas import SCHEMA_VERSION, DocumentSummary, SummaryOptions
from ..store import RecentSummaries, load_summary
from .connection import LUA_NOW_MS, active_jobs_key, connect, job_events_key, job_input_key, job_key

JobStatus = Literal["queued", "running", "done", "failed"]
# Events kept per job (the stream is trimmed to about this many; a document has one per chunk).
MAX_EVENTS = 10_000
PROGRESS_FIELDS = ("stage", "index", "total", "done", "llm_calls", "cache_hits", "prompt_tokens",
                   "completion_tokens")


class JobError(BaseModel):
    code: str = Field(description="Stable machine-readable code, e.g. empty_document, worker_lost, internal_error")
    message: str = Field(description="What went wrong, for people")


class Job(BaseModel):
    job_id: str = Field(description="Hash of the document as sent, its options and title")
    status: JobStatus
    progress: Progress | None = Field(None, description="The latest progress event")
    result: DocumentSummary | None = Field(None, description="The summary, once status is done")
    error: JobError | None = Field(None, description="Why, once status is failed")


class JobAccepted(BaseModel):
    job_id: str
    status: JobStatus


@dataclass
class JobInput:
    text: str | bytes
    options: SummaryOptions
    title: str | None
    started: float  # epoch seconds at the first prepare, for the summary's elapsed time


def job_id_for(text: str | bytes, options: SummaryOptions, title: str | None, model: str) -> str:
    """The id of a job: `model` is the configured model (the workers' settings should match)."""
    answered_by = ""
    if options.mode != "extractive":
        from ..llm.prompts import prompt_version

        answered_by = f"|{model}|{prompt_version()}"
    return RecentSummaries.key(text, options.model_dump_json() + answered_by, title)


def encode_input(text: str | bytes) -> bytes:
    # Bytes are decoded by the worker (encoding detection); text is kept as the client sent it.
    return b"b" + text if isinstance(text, bytes) else b"s" + text.encode("utf-8", "surrogatepass")


def decode_input(data: bytes) -> str | bytes:
    return data[1:] if data[:1] == b"b" else data[1:].decode("utf-8", "surrogatepass")


# KEYS: record, events, input, active jobs. ARGV: run token, event type (progress|done|failed), ttl,
# max events, a field that marks the increments as made ('' for none: they count once per field, so
# a task delivered twice does not count its chunk twice), the job id, the number n of fields to set,
# n field/value pairs, then field/increment pairs to the end.
_UPDATE = LUA_NOW_MS + """
if redis.call('HGET', KEYS[1], 'run') ~= ARGV[1] then return 0 end
local status = redis.call('HGET', KEYS[1], 'status')
if status == 'done' or status == 'failed' then return 0 end
local i = 8
for _ = 1, tonumber(ARGV[7]) do redis.call('HSET', KEYS[1], ARGV[i], ARGV[i + 1]); i = i + 2 end
if ARGV[5] == '' or redis.call('HSETNX', KEYS[1], ARGV[5], '1') == 1 then
  while i < #ARGV do redis.call('HINCRBY', KEYS[1], ARGV[i], ARGV[i + 1]); i = i + 2 end
end
local f = redis.call('HMGET', KEYS[1], 'stage', 'index', 'total', 'done', 'llm_calls', 'cache_hits',
                     'prompt_tokens', 'completion_tokens')
redis.call('XADD', KEYS[2], 'MAXLEN', '~', ARGV[4], '*', 'type', ARGV[2],
           'stage', f[1] or 'queued', 'index', f[2] or '0', 'total', f[3] or '1', 'done', f[4] or '0',
           'llm_calls', f[5] or '0', 'cache_hits', f[6] or '0', 'prompt_tokens', f[7] or '0',
           'completion_tokens', f[8] or '0')
local ttl = tonumber(ARGV[3])
redis.call('EXPIRE', KEYS[1], ttl)
redis.call('EXPIRE', KEYS[2], ttl)
if ARGV[2] ~= 'progress' then
  redis.call('DEL', KEYS[3])
  redis.call('ZREM', KEYS[4], ARGV[6])
else
  redis.call('ZADD', KEYS[4], now, ARGV[6])
  redis.call('EXPIRE', KEYS[4], ttl)
end
return 1
"""


# KEYS: record, active jobs. ARGV: run token, deliveries field, now (epoch seconds), job id, ttl. The
# delivery count, or -1 when the record is not this submission's or the job has ended.
_BEGIN = LUA_NOW_MS + """
if redis.call('HGET', KEYS[1], 'run') ~= ARGV[1] then return -1 end
local status = redis.call('HGET', KEYS[1], 'status')
if status == 'done' or status == 'failed' then return -1 end
redis.call('HSETNX', KEYS[1], 'started', ARGV[3])
redis.call('ZADD', KEYS[2], now, ARGV[4])
redis.call('EXPIRE', KEYS[2], tonumber(ARGV[5]))
return redis.call('HINCRBY', KEYS[1], ARGV[2], 1)
"""


# KEYS: record. ARGV: run token, the claiming task's id, '1' to take the claim over. 1 when this task
# is the job's merge (the first to claim it, or that task delivered again, or taking over), else 0.
_CLAIM_MERGE = """
if redis.call('HGET', KEYS[1], 'run') ~= ARGV[1] then return 0 end
local status = redis.call('HGET', KEYS[1], 'status')
if status == 'done' or status == 'failed' then return 0 end
if ARGV[3] == '1' then redis.call('HSET', KEYS[1], 'merging', ARGV[2]) return 1 end
if redis.call('HSETNX', KEYS[1], 'merging', ARGV[2]) == 1 then return 1 end
if redis.call('HGET', KEYS[1], 'merging') == ARGV[2] then return 1 end
return 0
"""


# KEYS: active jobs, record. ARGV: job id, quiet milliseconds. When the job is queued or running and
# has had no write for that long: its last write set to now (so no other worker claims it for as
# long again) and {now, run token, stage}; else nil (and a job that ended or expired leaves the set).
_CLAIM_STALLED = LUA_NOW_MS + """
local last = redis.call('ZSCORE', KEYS[1], ARGV[1])
if not last or tonumber(last) > now - tonumber(ARGV[2]) then return nil end
local f = redis.call('HMGET', KEYS[2], 'run', 'status', 'stage')
if not f[1] or f[2] == 'done' or f[2] == 'failed' then
  redis.call('ZREM', KEYS[1], ARGV[1])
  return nil
end
redis.call('ZADD', KEYS[1], now, ARGV[1])
return {now, f[1], f[3] or 'queued'}
"""


def _text(fields: dict, name: str, default: str = "") -> str:
    value = fields.get(name.encode())
    return value.decode("utf-8") if value is not None else default


def progress_of(fields: dict) -> Progress:
    """The Progress shown by a record's hash or one event of its stream (both bytes -> bytes)."""
    stage = _text(fields, "stage", "queued")
    numbers = {name: int(_text(fields, name, "0") or 0) for name in PROGRESS_FIELDS[1:]}
    numbers["total"] = int(_text(fields, "total", "1") or 1)
    return Progress(stage=stage, **numbers)  # type: ignore[arg-type]


def result_is_current(fields: dict) -> bool:
    """A done job whose result has this service's schema version (older results are recomputed)."""
    import json

    try:
        return json.loads(fields.get(b"result") or b"{}").get("schema_version") == SCHEMA_VERSION
    except ValueError:
        return False


@dataclass
class Stalled:
    """A job claimed for resuming (`JobStore.stalled`)."""

    job_id: str
    run: str
    stage: str  # of its last progress: queued, prepare, map, …
    claimed: int  # its last write, as `last_written` gives it: the claim


class JobStore:
    def __init__(self, url: str, ttl: int, timeout: float):
        self.ttl = ttl
        self.client = connect(url, timeout)
        self._update = self.client.register_script(_UPDATE)
        self._begin = self.client.register_script(_BEGIN)
        self._claim_merge = self.client.register_script(_CLAIM_MERGE)
        self._claim_stalled = self.client.register_script(_CLAIM_STALLED)

    # -- the API's side

    def submit(self, job_id: str, text: str | bytes, options: SummaryOptions, title: str | None) -> tuple[Job, str | None]:
        """(the job, the new run token), or (the existing job, None) when the same job is queued,
        running or done already. A failed job, or a done one of an older schema, starts again."""
        key = job_key(job_id)
        with self.client.pipeline() as pipe:
            while True:
                try:
                    pipe.watch(key)
                    fields = pipe.hgetall(key)
                    status = _text(fields, "status")
                    if status in ("queued", "running") or (status == "done" and result_is_current(fields)):
                        pipe.unwatch()
                        return self._job(job_id, fields), None
                    run = uuid.uuid4().hex
                    seconds, micros = pipe.time()  # Redis's clock, as the scripts' (LUA_NOW_MS)
                    record = {"run": run, "status": "queued", "stage": "queued", "index": 0, "total": 1, "done": 0,
                              "options": options.model_dump_json(), "title": title or "", "created": time.time()}
                    pipe.multi()
                    pipe.delete(key, job_events_key(job_id))
                    pipe.hset(key, mapping=record)  # type: ignore[arg-type]
                    pipe.set(job_input_key(job_id), encode_input(text), ex=self.ttl)
                    pipe.xadd(job_events_key(job_id), {"type": "progress", "stage": "queued", "index": 0, "total": 1,
                                                        "done": 0}, maxlen=MAX_EVENTS, approximate=True)
                    pipe.expire(key, self.ttl)
                    pipe.expire(job_events_key(job_id), self.ttl)
                    pipe.zadd(active_jobs_key(), {job_id: seconds * 1000 + micros // 1000})
                    pipe.expire(active_jobs_key(), self.ttl)
                    pipe.execute()
                    return Job(job_id=job_id, status="queued", progress=Progress(stage="queued")), run
                except _watch_error():
                    continue  # someone else changed the record meanwhile: look again

    def get(self, job_id: str) -> Job | None:
        fields = self.client.hgetall(job_key(job_id))
        if not fields or (_text(fields, "status") == "done" and not result_is_current(fields)):
            return None
        return self._job(job_id, fields)

    def statuses(self, job_ids: list[str]) -> list[tuple[str | None, Progress]]:
        """The status (None: no such job) and latest progress of each job, in one round trip."""
        names = ("status", *PROGRESS_FIELDS)
        with self.client.pipeline(transaction=False) as pipe:
            for job_id in job_ids:
                pipe.hmget(job_key(job_id), *names)
            rows = pipe.execute()
        found = []
        for row in rows:
            fields = {name.encode(): value for name, value in zip(names, row, strict=True) if value is not None}
            found.append((_text(fields, "status") or None, progress_of(fields)))
        return found

    def delete(self, job_id: str, run: str | None = None) -> bool:
        """Forget a job (its queued tasks then do nothing); with `run`, only that submission of it."""
        key = job_key(job_id)
        if run is not None and self.client.hget(key, "run") != run.encode():
            return False
        with self.client.pipeline() as pipe:
            pipe.delete(key, job_input_key(job_id), job_events_key(job_id))
            pipe.zrem(active_jobs_key(), job_id)
            deleted, _ = pipe.execute()
        return bool(deleted)

    @staticmethod
    def _job(job_id: str, fields: dict) -> Job:
        status = _text(fields, "status", "queued")
        result = fields.get(b"result")
        error = JobError(code=_text(fields, "error_code"), message=_text(fields, "error_message")) if (
            status == "failed") else None
        return Job(job_id=job_id, status=status, progress=progress_of(fields),  # type: ignore[arg-type]
                   result=load_summary(result, job_id) if result else None, error=error)

    # -- the workers' side (every write is dropped when `run` is no longer the record's)

    def begin(self, job_id: str, run: str, task: str) -> int | None:
        """A task of this submission starts: the how-many-th delivery of `task` this is (redelivered
        after a lost worker or retried after an error), or None when the job was forgotten or
        has ended (the task then does nothing)."""
        found = self._begin(keys=[job_key(job_id), active_jobs_key()],
                            args=[run, f"deliveries:{task}", str(time.time()), job_id, self.ttl])
        return int(found) if found and int(found) > 0 else None

    def claim_merge(self, job_id: str, run: str, task_id: str, take_over: bool = False) -> bool:
        """Whether the task `task_id` is the one to merge this submission's chunks: the first merge
        task to ask, or the same task delivered again. (A chord's merge and the fallback merge of
        the last chunk task may both come; the later one does nothing.) `take_over`: this task
        merges, whoever claimed it before (a resumed job: that merge is gone)."""
        return bool(self._claim_merge(keys=[job_key(job_id)], args=[run, task_id, "1" if take_over else ""]))

    def stalled(self, quiet: float, limit: int = 100) -> list[Stalled]:
        """The jobs queued or running that have had no write for `quiet` seconds, each claimed for
        the caller: no other caller gets it before another `quiet` seconds without a write."""
        seconds, micros = self.client.time()
        before = seconds * 1000 + micros // 1000 - int(quiet * 1000)
        found = []
        for member in self.client.zrangebyscore(active_jobs_key(), "-inf", before, start=0, num=limit):
            job_id = member.decode()
            claimed = self._claim_stalled(keys=[active_jobs_key(), job_key(job_id)], args=[job_id, int(quiet * 1000)])
            if claimed:
                found.append(Stalled(job_id, claimed[1].decode(), claimed[2].decode(), int(claimed[0])))
        return found

    def last_written(self, job_id: str) -> int | None:
        """When the job was last written (milliseconds of Redis's clock); None once it has ended."""
        found = self.client.zscore(active_jobs_key(), job_id)
        return None if found is None else int(found)

    def chunks_mapped(self, job_id: str, total: int) -> int:
        """How many of the job's `total` chunk tasks have recorded their result."""
        found = self.client.hmget(job_key(job_id), [f"mapped:{i}" for i in range(total)])
        return sum(1 for v in found if v is not None)

    def load_input(self, job_id: str, run: str) -> JobInput | None:
        """The document and options of this submission; None when it was forgotten or has ended."""
        with self.client.pipeline(transaction=True) as pipe:
            pipe.hmget(job_key(job_id), "run", "status", "options", "title", "started")
            pipe.get(job_input_key(job_id))
            (found_run, status, options, title, started), data = pipe.execute()
        if found_run != run.encode() or status in (b"done", b"failed") or data is None or options is None:
            return None
        return JobInput(decode_input(data), SummaryOptions.model_validate_json(options),
                        (title or b"").decode() or None, float(started or time.time()))

    def progress(self, job_id: str, run: str, stage: str, index: int, total: int, *, done: int | None = None,
                 usage: Usage | None = None, once: str = "") -> bool:
        """Record progress: `stage`, `index` of `total`; `done` set (an int) or counted up by one
        (None); `usage` added to the job's totals, only the first time for a given `once` name."""
        fields: list = ["status", "running", "stage", stage, "index", index, "total", total]
        if done is not None:
            fields += ["done", done]
        incr: list = [] if done is not None else ["done", 1]
        if usage is not None:
            incr += ["llm_calls", usage.llm_calls, "cache_hits", usage.cache_hits,
                     "prompt_tokens", usage.prompt_tokens, "completion_tokens", usage.completion_tokens]
        return self._write(job_id, run, "progress", fields, incr, once)

    def finish(self, job_id: str, run: str, summary: DocumentSummary, usage: Usage | None = None) -> bool:
        fields = ["status", "done", "stage", "done", "index", 0, "total", 1, "done", 1,
                  "result", summary.model_dump_json(), "finished", time.time()]
        incr: list = []
        if usage is not None:
            incr += ["llm_calls", usage.llm_calls, "cache_hits", usage.cache_hits,
                     "prompt_tokens", usage.prompt_tokens, "completion_tokens", usage.completion_tokens]
        return self._write(job_id, run, "done", fields, incr)

    def fail(self, job_id: str, run: str, code: str, message: str) -> bool:
        fields = ["status", "failed", "error_code", code, "error_message", message, "finished", time.time()]
        return self._write(job_id, run, "failed", fields, [])

    def _write(self, job_id: str, run: str, event: str, fields: list, incr: list, once: str = "") -> bool:
        keys = [job_key(job_id), job_events_key(job_id), job_input_key(job_id), active_jobs_key()]
        args = [run, event, self.ttl, MAX_EVENTS, once, job_id, len(fields) // 2, *fields, *incr]
        return bool(self._update(keys=keys, args=[str(a) for a in args]))


def _watch_error():
    from redis.exceptions import WatchError

    return WatchError
