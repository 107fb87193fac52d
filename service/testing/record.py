"""Record and replay the LLM fixtures (vcrpy cassettes of real HTTP exchanges).

`zhaiyao record` runs the LLM path on documents against whatever
endpoint OPENAI_BASE_URL names and writes, per document, a cassette `<name>.yaml` and a
`<name>.meta.json` (endpoint kind, model, date, the settings a replay must use, the outcome):

    OPENAI_BASE_URL=http://127.0.0.1:8080/v1 ZHAIYAO_MODEL=gemma-3-270m \
        zhaiyao record fixtures/documents/short_zh.txt --name gemma_short_zh

With `--answers FILE` it writes a hand-written fixture instead: the answers in FILE (written by
hand, see fixtures/README.md) are served in OpenAI wire format by the stub server, and the
exchange of the real client with it is recorded. No secret is ever written: request headers
are dropped except Content-Type, the URL is rewritten to http://llm.recorded, and key-like query
parameters are removed.

Replays match a request on method, path and the `llm_request` matcher (the kind of call, every
message whole, and the response format), so concurrent map calls always get the answer recorded
for their own chunk, and a cassette recorded with other prompts fails to replay.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import os
import re
import sys
import tempfile
from pathlib import Path

RECORDED_HOST = "http://llm.recorded"
KEEP_REQUEST_HEADERS = {"content-type"}
KEEP_RESPONSE_HEADERS = {"content-type"}
SECRET_QUERY = {"api-key", "api_key", "key", "token", "access_token"}


def _scrub_request(request):
    request.headers = {k: v for k, v in request.headers.items() if k.lower() in KEEP_REQUEST_HEADERS}
    uri = re.sub(r"^https?://[^/]+", RECORDED_HOST, request.uri)
    if "?" in uri:
        base, _, query = uri.partition("?")
        kept = [p for p in query.split("&") if p.split("=", 1)[0].lower() not in SECRET_QUERY]
        uri = base + ("?" + "&".join(kept) if kept else "")
    request.uri = uri
    return request


def _scrub_response(response):
    headers = response.get("headers") or {}
    response["headers"] = {k: v for k, v in headers.items() if k.lower() in KEEP_RESPONSE_HEADERS}
    return response


def _request_signature(request) -> tuple:
    from .stub_llm import request_input, request_kind

    try:
        body = json.loads(request.body or b"{}")
    except ValueError:
        return ("raw", request.body)
    fmt = body.get("response_format") or {}
    # Every message whole (instructions, per-call settings, the framed input, re-asks): a cassette
    # recorded with other prompts does not replay.
    messages = tuple((m.get("role"), m.get("content")) for m in body.get("messages", []))
    return (request_kind(body), request_input(body), fmt.get("type"), messages)


def _llm_request_matcher(r1, r2) -> None:
    assert _request_signature(r1) == _request_signature(r2), "different LLM request"


def llm_vcr(record_mode: str = "none"):
    """A vcr.VCR for LLM cassettes; record_mode 'none' replays and refuses any unrecorded request."""
    import vcr

    v = vcr.VCR(
        record_mode=record_mode,
        match_on=("method", "path", "llm_request"),
        before_record_request=_scrub_request,
        before_record_response=_scrub_response,
        decode_compressed_response=True,
        filter_query_parameters=sorted(SECRET_QUERY),
    )
    v.register_matcher("llm_request", _llm_request_matcher)
    return v


def _hand_responder(answers_file: Path):
    from .stub_llm import request_input, request_kind

    spec = json.loads(answers_file.read_text(encoding="utf-8"))

    def respond(body: dict) -> str:
        kind = request_kind(body)
        data = request_input(body)
        for a in spec["answers"]:
            if a["kind"] == kind and a.get("match", "") in data:
                content = a["content"]
                return content if isinstance(content, str) else json.dumps(content, ensure_ascii=False)
        raise KeyError(f"no hand-written {kind} answer matches this request")

    return spec, respond


async def _run(path: Path, settings, options):
    from ..pipeline import asummarize

    return await asummarize(path.read_text(encoding="utf-8"), options, settings=settings)


def record(
    document: Path,
    out_dir: Path,
    name: str,
    chunk_tokens: int | None = None,
    max_chars: int | None = None,
    response_format: str | None = None,
    answers: Path | None = None,
    max_tokens: int | None = None,
) -> dict:
    from ..schemas import SummaryOptions
    from ..settings import Settings
    from .stub_llm import StubLLM

    out_dir.mkdir(parents=True, exist_ok=True)
    cassette = out_dir / f"{name}.yaml"
    if cassette.exists():
        cassette.unlink()
    stub = None
    spec: dict = {}
    env: dict = {}
    if answers is not None:
        spec, respond = _hand_responder(answers)
        stub = StubLLM(responder=respond).start()
        env["OPENAI_BASE_URL"] = stub.base_url
        env["ZHAIYAO_MODEL"] = spec.get("model", "gpt-4o-mini")
        chunk_tokens = chunk_tokens or spec.get("chunk_tokens")
        max_chars = max_chars or spec.get("max_chars")
    with tempfile.TemporaryDirectory() as cache_dir:
        overrides = {"ZHAIYAO_CACHE_DIR": cache_dir, **env}
        if chunk_tokens:
            overrides["ZHAIYAO_CHUNK_TOKENS"] = chunk_tokens
        if response_format:
            overrides["ZHAIYAO_RESPONSE_FORMAT"] = response_format
        if max_tokens:
            # Slow local models: a smaller reply limit keeps a recording to minutes.
            overrides["ZHAIYAO_MAP_MAX_TOKENS"] = overrides["ZHAIYAO_MERGE_MAX_TOKENS"] = max_tokens
        if not os.environ.get("OPENAI_API_KEY"):
            # Local servers need no key, but the LLM path is only taken with one. Never recorded.
            overrides["OPENAI_API_KEY"] = "sk-recording-placeholder"
        settings = Settings(**overrides)
        options = SummaryOptions(mode="llm", max_chars=max_chars)
        try:
            with llm_vcr("all").use_cassette(str(cassette)) as cass:
                result = asyncio.run(_run(document, settings, options))
                interactions = len(cass)
        finally:
            if stub is not None:
                stub.stop()
    served_model = _served_model(cassette)
    meta = {
        "kind": "hand-written" if answers is not None else "recorded",
        "document": str(document),
        "answers": str(answers) if answers is not None else None,
        "endpoint": "stub server serving hand-written answers" if answers is not None else _endpoint_kind(),
        "model_requested": settings.model,
        "model_served": served_model,
        "date": dt.date.today().isoformat(),
        "settings": {
            "ZHAIYAO_MODEL": settings.model,
            "ZHAIYAO_CHUNK_TOKENS": settings.chunk_tokens,
            "ZHAIYAO_CONTEXT_TOKENS": settings.context_tokens,
            "ZHAIYAO_RESPONSE_FORMAT": settings.response_format,
            "max_chars": max_chars,
            "max_tokens": max_tokens,
        },
        "interactions": interactions,
        "outcome": {
            "method": result.method,
            "warnings": result.warnings,
            "llm_calls": result.stats.llm_calls,
            "figures": len(result.figures),
            "summary": result.summary,
        },
        "notes": spec.get("notes"),
    }
    (out_dir / f"{name}.meta.json").write_text(json.dumps(meta, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return meta


def cassette_responses(cassette: Path) -> list[dict]:
    """The JSON bodies of the responses recorded in a cassette (non-JSON bodies skipped)."""
    import yaml

    data = yaml.safe_load(cassette.read_text(encoding="utf-8")) or {}
    out = []
    for interaction in data.get("interactions", []):
        body = (interaction.get("response") or {}).get("body", {}).get("string", "")
        if isinstance(body, bytes):
            body = body.decode("utf-8", "replace")
        try:
            out.append(json.loads(body))
        except ValueError:
            continue
    return out


def _served_model(cassette: Path) -> str | None:
    if not cassette.exists():
        return None
    for r in cassette_responses(cassette):
        if isinstance(r, dict) and r.get("model"):
            return r["model"]
    return None


def _endpoint_kind() -> str:
    """What served the recording, without its address (it may carry credentials)."""
    return os.environ.get("ZHAIYAO_RECORD_SERVER") or "OpenAI-compatible endpoint at OPENAI_BASE_URL"


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(
        prog="zhaiyao record",
        description="Re-record LLM fixtures (vcrpy cassettes) against OPENAI_BASE_URL, or build a "
        "hand-written fixture from an answers file with --answers.",
    )
    p.add_argument("documents", nargs="+", type=Path)
    p.add_argument("--out", type=Path, default=Path("fixtures/cassettes"))
    p.add_argument("--name", help="cassette name (default: the document's file name without suffix)")
    p.add_argument("--chunk-tokens", type=int)
    p.add_argument("--max-chars", type=int)
    p.add_argument("--response-format", choices=["json_schema", "json_object", "none"])
    p.add_argument("--max-tokens", type=int, help="reply limit per call (default: the service's)")
    p.add_argument("--answers", type=Path, help="hand-written answers (JSON) served by the stub server")
    args = p.parse_args(argv)
    if args.name and len(args.documents) > 1:
        p.error("--name needs exactly one document")
    for doc in args.documents:
        name = args.name or doc.stem
        meta = record(doc, args.out, name, args.chunk_tokens, args.max_chars, args.response_format, args.answers, args.max_tokens)
        print(
            f"{args.out / name}.yaml: {meta['interactions']} exchanges, method {meta['outcome']['method']}, "
            f"warnings {meta['outcome']['warnings']}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
