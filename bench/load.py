"""HTTP load generator, run as its own process: N keep-alive connections post the same request
back to back for a fixed time; prints one JSON line (requests, errors, rps, latency percentiles).

    python bench/load.py --url http://127.0.0.1:8000/v1/summaries --body body.json \
        --content-type application/json --connections 32 --duration 10

Raw asyncio streams and a pre-built request: the client spends as little CPU per request as
Python allows, so that on a small machine most of the CPU goes to the server being measured.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import time
from urllib.parse import urlsplit


def percentile(sorted_values: list[float], q: float) -> float | None:
    if not sorted_values:
        return None
    k = min(len(sorted_values) - 1, max(0, round(q / 100 * (len(sorted_values) - 1))))
    return sorted_values[k]


async def _read_response(reader: asyncio.StreamReader) -> tuple[int, bool]:
    """(status, keep-alive) after reading one whole response."""
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.split(b"\r\n")
    status = int(lines[0].split(b" ", 2)[1])
    length = None
    chunked = False
    keep = True
    for line in lines[1:]:
        name, _, value = line.partition(b":")
        name = name.strip().lower()
        if name == b"content-length":
            length = int(value)
        elif name == b"transfer-encoding" and b"chunked" in value.lower():
            chunked = True
        elif name == b"connection" and b"close" in value.lower():
            keep = False
    if length is not None:
        await reader.readexactly(length)
    elif chunked:
        while True:
            size = int((await reader.readuntil(b"\r\n")).split(b";")[0], 16)
            await reader.readexactly(size + 2)
            if size == 0:
                break
    return status, keep


async def _worker(host: str, port: int, request: bytes, deadline: float, latencies: list[float],
                  statuses: dict[int, int], errors: list[str]) -> None:
    reader = writer = None
    while time.perf_counter() < deadline:
        try:
            if writer is None:
                reader, writer = await asyncio.open_connection(host, port)
            t0 = time.perf_counter()
            writer.write(request)
            status, keep = await _read_response(reader)
            latencies.append(time.perf_counter() - t0)
            statuses[status] = statuses.get(status, 0) + 1
            if not keep:
                writer.close()
                writer = None
        except (OSError, asyncio.IncompleteReadError, ValueError) as e:
            errors.append(type(e).__name__)
            if writer is not None:
                writer.close()
            writer = None
            await asyncio.sleep(0.01)
    if writer is not None:
        writer.close()


async def run(url: str, body: bytes, content_type: str, connections: int, duration: float,
              warmup: float) -> dict:
    parts = urlsplit(url)
    host, port = parts.hostname or "127.0.0.1", parts.port or 80
    path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    request = (
        f"POST {path} HTTP/1.1\r\nHost: {host}:{port}\r\nContent-Type: {content_type}\r\n"
        f"Content-Length: {len(body)}\r\nConnection: keep-alive\r\n\r\n"
    ).encode() + body
    if warmup > 0:
        await asyncio.gather(*(_worker(host, port, request, time.perf_counter() + warmup, [], {}, [])
                               for _ in range(connections)))
    latencies: list[float] = []
    statuses: dict[int, int] = {}
    errors: list[str] = []
    started = time.perf_counter()
    deadline = started + duration
    await asyncio.gather(*(_worker(host, port, request, deadline, latencies, statuses, errors)
                           for _ in range(connections)))
    elapsed = time.perf_counter() - started
    latencies.sort()
    ms = [x * 1000 for x in latencies]
    return {
        "connections": connections,
        "duration_s": round(elapsed, 3),
        "requests": len(latencies),
        "ok": statuses.get(200, 0),
        "statuses": {str(k): v for k, v in sorted(statuses.items())},
        "errors": len(errors),
        "rps": round(statuses.get(200, 0) / elapsed, 1),
        "p50_ms": round(percentile(ms, 50), 3) if ms else None,
        "p90_ms": round(percentile(ms, 90), 3) if ms else None,
        "p99_ms": round(percentile(ms, 99), 3) if ms else None,
        "max_ms": round(ms[-1], 3) if ms else None,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--url", required=True)
    ap.add_argument("--body", required=True, help="file holding the request body")
    ap.add_argument("--content-type", default="application/json")
    ap.add_argument("--connections", type=int, default=32)
    ap.add_argument("--duration", type=float, default=10.0)
    ap.add_argument("--warmup", type=float, default=1.0)
    args = ap.parse_args(argv)
    with open(args.body, "rb") as f:
        body = f.read()
    result = asyncio.run(run(args.url, body, args.content_type, args.connections, args.duration, args.warmup))
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
