"""The HTTP service: the REST API and the web page, a thin layer over `pipeline.asummarize`.

`create_app(settings, *, summarize=...)` is the one factory (`uvicorn --factory
service.http:create_app`); importing this package builds no app and reads no settings.

- `app.py`: `create_app` (state on `app.state`, middleware, handlers, routers) and `serve`
- `deps.py`: what routes get from `app.state`, as `Annotated` dependencies; the `Summarize` seam
- `auth.py`: the bearer-token check on `/v1/*` and `/metrics`
- `errors.py`: the one error shape `{"error": {"code", "message"}}` and the exception handlers
- `parsing.py`: the summary request body (JSON, raw text or upload), bounded by ZHAIYAO_MAX_BYTES
- `summaries.py`: `/v1/summaries` (answered at once or as Server-Sent Events) and GET by doc_id
- `ops.py`: `/healthz`, `/readyz`, `/metrics`; `middleware.py`: the request counting behind them
- `page.py`: the web page `/` and `/static`
- `openapi.py`: the request body description and the models FastAPI cannot see
"""

from .app import create_app

__all__ = ["create_app"]
