"""The bare baseline for the HTTP benchmark: one FastAPI endpoint that reads the posted body and
answers with a fixed JSON body (the summary zhaiyao returns for that document), nothing else.

    BENCH_RESPONSE_FILE=summary.json uvicorn bare_app:app --app-dir bench --port 8001
"""

from __future__ import annotations

import os

from fastapi import FastAPI, Request, Response

app = FastAPI()
with open(os.environ["BENCH_RESPONSE_FILE"], "rb") as _f:
    RESPONSE = _f.read()


@app.post("/v1/summaries")
async def summaries(request: Request) -> Response:
    await request.body()
    return Response(content=RESPONSE, media_type="application/json")
