"""Scaling out on Redis and Celery (docs/scaling.md), switched on by ZHAIYAO_REDIS_URL.

- `connection`: the one place that opens Redis clients and names keys (the key spaces)
- `cache`: the LLM result cache in Redis (the `service.cache.ResultCache` interface)
- `store`: finished summaries in Redis (the `service.store.SummaryStore` interface)
- `jobs`: job records, their progress events and the job shapes of `/v1/jobs`
- `queue`: the API's side of jobs (submit, look up, forget, follow)
- `limits`: the LLM rate limit shared by every process (`service.llm.limits.Limits` in Redis)
- `celery_app`, `tasks`, `worker`: the Celery app, the job tasks (a chord of chunk tasks feeding
  a merge), and `zhaiyao worker`

Importing this package imports nothing: the embedded default (diskcache, local files, no jobs)
never needs Redis or Celery.
"""
