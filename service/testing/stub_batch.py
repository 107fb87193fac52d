"""A STUB of OpenAI's Files and Batch APIs, served by the stub LLM server (tests, benchmarks).

Only what the service uses, in OpenAI's wire format:

    POST /v1/files                  multipart upload (purpose "batch") -> file object
    GET  /v1/files/{id}             file object
    GET  /v1/files/{id}/content     the file's bytes
    POST /v1/batches                create from an uploaded JSONL file -> batch object
    GET  /v1/batches/{id}           retrieve (the batch completes once `delay` seconds have passed)
    GET  /v1/batches                list

A batch is "in_progress" until `delay` seconds after it was created; the first look after that
answers every request with the stub's responder (usage and cached tokens as for direct calls) and
writes the output file; requests for which `fail(custom_id, body)` is true go to the error file
with a 500. Nothing here is a real batch queue: it exists to test the client flow offline.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable
from email.parser import BytesParser
from email.policy import HTTP
from http.server import BaseHTTPRequestHandler
from typing import Any

from .answers import completion_body, error_body, send_json
from .usage import PrefixCache, prompt_ids, usage_body


def _multipart(content_type: str, raw: bytes) -> dict[str, tuple[str | None, bytes]]:
    """Fields of a multipart/form-data body: name -> (filename, bytes)."""
    message = BytesParser(policy=HTTP).parsebytes(
        f"Content-Type: {content_type}\r\n\r\n".encode() + raw)
    fields = {}
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        if name:
            fields[str(name)] = (part.get_filename(), part.get_payload(decode=True) or b"")
    return fields


class StubBatches:
    """Files and batches of one stub server."""

    def __init__(self, prompt_cache: PrefixCache, responder: Callable[[dict], str]):
        self.prompt_cache = prompt_cache
        self.responder = responder
        self.delay = 0.0  # seconds from creation to completion
        self.fail: Callable[[str, dict], bool] = lambda custom_id, body: False
        self.files: dict[str, dict[str, Any]] = {}
        self.batches: dict[str, dict[str, Any]] = {}
        self.created = 0  # batches created (a resumed run must not create another)
        self.requests: list[dict] = []  # request bodies answered inside batches
        self._lock = threading.Lock()
        self._n = 0

    def _id(self, prefix: str) -> str:
        self._n += 1
        return f"{prefix}-stub-{self._n}"

    def _file(self, data: bytes, filename: str, purpose: str) -> dict:
        fid = self._id("file")
        info = {"id": fid, "object": "file", "bytes": len(data), "created_at": int(time.time()),
                "filename": filename, "purpose": purpose, "status": "processed"}
        self.files[fid] = {"info": info, "data": data}
        return info

    # -- routing

    def route(self, handler: BaseHTTPRequestHandler, method: str, raw: bytes) -> bool:
        """Answer the request if it is for files or batches; False if it is not."""

        path = handler.path.split("?")[0].rstrip("/")
        tail = path.split("/v1", 1)[-1]
        parts = [p for p in tail.split("/") if p]
        if not parts or parts[0] not in ("files", "batches"):
            return False
        with self._lock:
            status, payload = self._dispatch(method, parts, handler.headers.get("Content-Type", ""), raw)
        if isinstance(payload, bytes):
            handler.send_response(status)
            handler.send_header("Content-Type", "application/octet-stream")
            handler.send_header("Content-Length", str(len(payload)))
            handler.end_headers()
            handler.wfile.write(payload)
        else:
            send_json(handler, status, payload)
        return True

    def _dispatch(self, method: str, parts: list[str], content_type: str, raw: bytes) -> tuple[int, Any]:
        if parts == ["files"] and method == "POST":
            fields = _multipart(content_type, raw)
            filename, data = fields.get("file", (None, b""))
            purpose = fields.get("purpose", (None, b""))[1].decode()
            return 200, self._file(data, filename or "upload.jsonl", purpose)
        if parts[0] == "files" and len(parts) >= 2 and parts[1] in self.files:
            f = self.files[parts[1]]
            return (200, f["data"]) if parts[2:] == ["content"] else (200, f["info"])
        if parts == ["batches"] and method == "POST":
            return self._create(json.loads(raw or b"{}"))
        if parts == ["batches"]:
            data = sorted(self.batches.values(), key=lambda b: -b["created_at"])
            return 200, {"object": "list", "data": data, "first_id": None, "last_id": None, "has_more": False}
        if parts[0] == "batches" and len(parts) == 2 and parts[1] in self.batches:
            return 200, self._advance(self.batches[parts[1]])
        return 404, error_body("not found (stub files/batches)", "not_found")

    # -- batches

    def _create(self, req: dict) -> tuple[int, Any]:
        if req.get("input_file_id") not in self.files:
            return 400, error_body("input_file_id not found", "invalid_request_error")
        now = time.time()
        lines = self.files[req["input_file_id"]]["data"].decode().splitlines()
        batch = {"id": self._id("batch"), "object": "batch", "endpoint": req.get("endpoint"), "errors": None,
                 "input_file_id": req["input_file_id"], "completion_window": req.get("completion_window"),
                 "status": "in_progress", "output_file_id": None, "error_file_id": None,
                 "created_at": int(now), "in_progress_at": int(now), "completed_at": None,
                 "expires_at": int(now) + 86400, "metadata": req.get("metadata"),
                 "request_counts": {"total": len(lines), "completed": 0, "failed": 0}, "_due": now + self.delay}
        self.batches[batch["id"]] = batch
        self.created += 1
        return 200, self._public(batch)

    @staticmethod
    def _public(batch: dict) -> dict:
        return {k: v for k, v in batch.items() if not k.startswith("_")}

    def _advance(self, batch: dict) -> dict:
        if batch["status"] == "in_progress" and time.time() >= batch["_due"]:
            self._complete(batch)
        return self._public(batch)

    def _complete(self, batch: dict) -> None:
        out, errors = [], []
        for line in self.files[batch["input_file_id"]]["data"].decode().splitlines():
            item = json.loads(line)
            cid, body = item["custom_id"], item["body"]
            self.requests.append(body)
            rid = self._id("batch_req")
            if self.fail(cid, body):
                errors.append({"id": rid, "custom_id": cid, "error": None, "response": {
                    "status_code": 500, "request_id": rid, "body": error_body("stub batch failure", "server_error")}})
                continue
            ids = prompt_ids(body)
            cached = self.prompt_cache.lookup(ids)
            content = self.responder(body)
            completion = completion_body(body, content, "stop", usage_body(ids, cached, content))
            self.prompt_cache.store(ids)
            out.append({"id": rid, "custom_id": cid, "error": None,
                        "response": {"status_code": 200, "request_id": rid, "body": completion}})
        if out:
            batch["output_file_id"] = self._file(_jsonl(out), "batch_output.jsonl", "batch_output")["id"]
        if errors:
            batch["error_file_id"] = self._file(_jsonl(errors), "batch_errors.jsonl", "batch_output")["id"]
        batch.update(status="completed", completed_at=int(time.time()),
                     request_counts={"total": len(out) + len(errors), "completed": len(out), "failed": len(errors)})


def _jsonl(items: list[dict]) -> bytes:
    return ("\n".join(json.dumps(i, ensure_ascii=False) for i in items) + "\n").encode()
