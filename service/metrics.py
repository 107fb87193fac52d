"""Prometheus text exposition for the service, without a client library.

The service needs a handful of counters and one latency histogram; the text format
(https://prometheus.io/docs/instrumenting/exposition_formats/) is small and stable, and one
registry per app keeps tests independent (prometheus-client's global registry does not).
"""

from __future__ import annotations

import math
import threading
from collections.abc import Iterable

# Seconds. Extractive summaries take milliseconds; LLM map-reduce over a long document takes minutes.
LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0, 120.0, 300.0)

Labels = tuple[tuple[str, str], ...]


def _escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace("\n", "\\n").replace('"', '\\"')


def _format_labels(labels: Labels, extra: Labels = ()) -> str:
    pairs = (*labels, *extra)
    if not pairs:
        return ""
    return "{" + ",".join(f'{k}="{_escape(v)}"' for k, v in pairs) + "}"


def _format_value(v: float) -> str:
    if math.isinf(v):
        return "+Inf" if v > 0 else "-Inf"
    if float(v).is_integer():
        return str(int(v))
    return repr(float(v))


class Counter:
    def __init__(self, name: str, help_text: str, label_names: Iterable[str] = ()):
        self.name = name
        self.help = help_text
        self.label_names = tuple(label_names)
        self._values: dict[Labels, float] = {}
        self._lock = threading.Lock()

    def _key(self, labels: dict[str, str]) -> Labels:
        if set(labels) != set(self.label_names):
            raise ValueError(f"{self.name} takes labels {self.label_names}, got {sorted(labels)}")
        return tuple((k, str(labels[k])) for k in self.label_names)

    def inc(self, amount: float = 1.0, **labels: str) -> None:
        if amount < 0:
            raise ValueError("counters only go up")
        key = self._key(labels)
        with self._lock:
            self._values[key] = self._values.get(key, 0.0) + amount

    def value(self, **labels: str) -> float:
        return self._values.get(self._key(labels), 0.0)

    def render(self) -> list[str]:
        lines = [f"# HELP {self.name} {self.help}", f"# TYPE {self.name} counter"]
        with self._lock:
            items = sorted(self._values.items())
        if not items and not self.label_names:
            items = [((), 0.0)]
        lines += [f"{self.name}{_format_labels(k)} {_format_value(v)}" for k, v in items]
        return lines


class Histogram:
    def __init__(
        self,
        name: str,
        help_text: str,
        label_names: Iterable[str] = (),
        buckets: tuple[float, ...] = LATENCY_BUCKETS,
    ):
        self.name = name
        self.help = help_text
        self.label_names = tuple(label_names)
        self.buckets = tuple(sorted(buckets))
        # per label set: (bucket counts (non-cumulative, +Inf last), sum, count)
        self._series: dict[Labels, tuple[list[int], float, int]] = {}
        self._lock = threading.Lock()

    def observe(self, value: float, **labels: str) -> None:
        key = tuple((k, str(labels[k])) for k in self.label_names)
        with self._lock:
            counts, total, n = self._series.get(key, ([0] * (len(self.buckets) + 1), 0.0, 0))
            for i, bound in enumerate(self.buckets):
                if value <= bound:
                    counts[i] += 1
                    break
            else:
                counts[-1] += 1
            self._series[key] = (counts, total + value, n + 1)

    def count(self, **labels: str) -> int:
        key = tuple((k, str(labels[k])) for k in self.label_names)
        series = self._series.get(key)
        return series[2] if series else 0

    def render(self) -> list[str]:
        lines = [f"# HELP {self.name} {self.help}", f"# TYPE {self.name} histogram"]
        with self._lock:
            items = sorted((k, (list(c), s, n)) for k, (c, s, n) in self._series.items())
        for key, (counts, total, n) in items:
            cumulative = 0
            for bound, c in zip((*self.buckets, math.inf), counts, strict=True):
                cumulative += c
                le = "+Inf" if math.isinf(bound) else _format_value(bound)
                lines.append(f"{self.name}_bucket{_format_labels(key, (('le', le),))} {cumulative}")
            lines.append(f"{self.name}_sum{_format_labels(key)} {_format_value(total)}")
            lines.append(f"{self.name}_count{_format_labels(key)} {n}")
        return lines


class ServiceMetrics:
    """Everything /metrics shows. One instance per app."""

    def __init__(self) -> None:
        self.requests = Counter(
            "zhaiyao_http_requests_total", "HTTP requests by route template, method and status",
            ("route", "method", "status"),
        )
        self.latency = Histogram(
            "zhaiyao_http_request_duration_seconds", "HTTP request latency by route template, method and status",
            ("route", "method", "status"),
        )
        self.summaries = Counter(
            "zhaiyao_summaries_total", "Summaries produced, by the method that produced them", ("method",)
        )
        self.llm_calls = Counter("zhaiyao_llm_calls_total", "Calls made to the LLM (retries and re-asks included)")
        self.cache_hits = Counter("zhaiyao_cache_hits_total", "Chunk results served from the cache instead of the LLM")
        self.fallbacks = Counter(
            "zhaiyao_llm_fallbacks_total", "Summaries answered by the extractive path after the LLM path failed"
        )
        self.tokens = Counter("zhaiyao_llm_tokens_total", "LLM tokens used", ("kind",))
        self.summary_cache_hits = Counter(
            "zhaiyao_summary_cache_hits_total", "Requests answered with a summary finished earlier in this process"
        )

    def render(self) -> str:
        lines: list[str] = []
        for metric in (
            self.requests, self.latency, self.summaries, self.llm_calls, self.cache_hits, self.fallbacks, self.tokens,
            self.summary_cache_hits,
        ):
            lines += metric.render()
        return "\n".join(lines) + "\n"
