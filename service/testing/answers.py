"""What the stub answers: the request read (map or merge, the framed input) and OpenAI wire bodies."""

from __future__ import annotations

import json
import re
import time
from http.server import BaseHTTPRequestHandler

from ..re_cache import compile_re

_DOC = compile_re(r"<<<DOCUMENT (\w+)>>>\n(.*?)\n<<<END DOCUMENT \1>>>", re.S)
_PARTS = compile_re(r"<<<PARTS (\w+)>>>\n(.*?)\n<<<END PARTS \1>>>", re.S)
_SENT = compile_re(r"[^。！？!?\n]+[。！？!?]|[^.\n]+\.(?=\s|$)")
_NUM = compile_re(r"\d+(?:\.\d+)?(?:万|亿|千|百)?(?:元|%|个|家|项|吨|人|亩|公里|平方米|台|件|亿元|万元)?")


def request_kind(body: dict) -> str:
    """'map' or 'merge', from the schema name or (json_object mode) the delimiters."""
    fmt = body.get("response_format") or {}
    name = (fmt.get("json_schema") or {}).get("name") if isinstance(fmt, dict) else None
    if name == "merged_summary":
        return "merge"
    if name == "chunk_summary":
        return "map"
    text = "\n".join(str(m.get("content") or "") for m in body.get("messages", []))
    return "merge" if "<<<PARTS " in text else "map"


def request_input(body: dict) -> str:
    """The document (map) or the JSON lines (merge) framed in the first user message."""
    for m in body.get("messages", []):
        if m.get("role") != "user":
            continue
        content = str(m.get("content") or "")
        found = _DOC.search(content) or _PARTS.search(content)
        if found:
            return found.group(2)
    return ""


def _sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENT.findall(text) if len(s.strip()) >= 8]


def default_answer(body: dict) -> str:
    """A schema-valid, grounded answer built from the request: the document's first sentences as
    summary and key points, and every number with its sentence as quote."""
    data = request_input(body)
    if request_kind(body) == "merge":
        parts = []
        for line in data.splitlines():
            try:
                parts.append(json.loads(line))
            except ValueError:
                continue
        summary = ""
        for p in parts:
            piece = (p.get("summary") or "")[:120]
            # Parts of a page that repeats itself (a lead paragraph and then the body) would
            # otherwise make a summary that repeats itself: a careful model says it once.
            grams = {piece[i : i + 8] for i in range(max(1, len(piece) - 7))}
            if sum(g in summary for g in grams) <= len(grams) // 2:
                summary += piece
        summary = summary[:280]
        key_points = [p["key_points"][0] for p in parts if p.get("key_points")][:5]
        title = next((p.get("title") for p in parts if p.get("title")), None)
        return json.dumps({"title": title, "summary": summary, "key_points": key_points}, ensure_ascii=False)
    sentences = _sentences(data)
    summary = ""
    for s in sentences:
        if len(summary) + len(s) > 200:
            break
        summary += s
    summary = summary or data.strip()[:200]
    figures = []
    for s in sentences:
        for m in _NUM.finditer(s):
            if len(figures) >= 8:
                break
            if len(m.group(0)) < 2 and not m.group(0).isdigit():
                continue
            figures.append(
                {
                    "subject": s[: max(0, m.start())][-12:] or s[:12],
                    "text": m.group(0),
                    "value": None,
                    "unit": "",
                    "kind": "other",
                    "period": None,
                    "quote": s,
                }
            )
    first_line = data.strip().splitlines()[0] if data.strip() else ""
    answer = {
        "title": first_line[:40] if 0 < len(first_line) <= 40 else None,
        "summary": summary,
        "key_points": [{"text": s[:80], "evidence": [s]} for s in sentences[:3]],
        "figures": figures,
        "entities": {"places": [], "organizations": [], "people": [], "projects": []},
    }
    return json.dumps(answer, ensure_ascii=False)



def error_body(message: str, code: str) -> dict:
    return {"error": {"message": message, "type": code, "param": None, "code": code}}


def completion_body(body: dict, content: str, finish_reason: str = "stop", usage: dict | None = None) -> dict:
    """An OpenAI `chat.completion` body; `usage` from `service.testing.usage` (counted here when
    not given, with no cached tokens)."""
    if usage is None:
        from .usage import prompt_ids, usage_body

        usage = usage_body(prompt_ids(body), 0, content)
    return {
        "id": f"chatcmpl-stub-{time.monotonic_ns()}",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": body.get("model", "stub"),
        "system_fingerprint": None,
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": content, "refusal": None},
                "logprobs": None,
                "finish_reason": finish_reason,
            }
        ],
        "usage": usage,
    }


def send_json(handler: BaseHTTPRequestHandler, status: int, payload: dict, headers: dict | None = None) -> None:
    data = json.dumps(payload, ensure_ascii=False).encode("utf-8")
    try:
        handler.send_response(status)
        handler.send_header("Content-Type", "application/json")
        handler.send_header("Content-Length", str(len(data)))
        for k, v in (headers or {}).items():
            handler.send_header(k, v)
        handler.end_headers()
        handler.wfile.write(data)
    except OSError:
        pass  # the client gave up (timeout); nothing to tell it
