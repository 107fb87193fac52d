"""Prometheus metrics of the service, counted by prometheus-client.

One registry per app, so the apps that tests build in one process count apart. Under
`zhaiyao serve --workers N` every worker process writes its values to files in
PROMETHEUS_MULTIPROC_DIR (prometheus-client's multiprocess mode; `serve` makes a fresh directory
per start and removes it at the end), and /metrics adds up the files of all workers: it reports
the whole server, whichever worker answers the scrape.

The text is rendered here from the collected samples, in the exposition format the service has
always shown: labels in their declared order, whole numbers without a decimal point.
"""

from __future__ import annotations

import math
import os

from prometheus_client import CollectorRegistry, Counter, Histogram, disable_created_metrics
from prometheus_client.metrics_core import Metric
from prometheus_client.multiprocess import MultiProcessCollector

# Seconds. Extractive summaries take milliseconds; LLM map-reduce over a long document takes minutes.
LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0, 120.0, 300.0)
MULTIPROC_ENV = "PROMETHEUS_MULTIPROC_DIR"
HTTP_LABELS = ("route", "method", "status")

# No `_created` series: a counter's start time is no part of what the service reports.
disable_created_metrics()


def _escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace("\n", "\\n").replace('"', '\\"')


def _format_value(v: float) -> str:
    if math.isinf(v):
        return "+Inf" if v > 0 else "-Inf"
    if float(v).is_integer():
        return str(int(v))
    return repr(float(v))


class ServiceMetrics:
    """Everything /metrics shows. One instance per app."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry(auto_describe=False)
        r = self.registry
        self.requests = Counter("zhaiyao_http_requests", "HTTP requests by route template, method and status",
                                HTTP_LABELS, registry=r)
        self.latency = Histogram("zhaiyao_http_request_duration_seconds",
                                 "HTTP request latency by route template, method and status", HTTP_LABELS,
                                 buckets=LATENCY_BUCKETS, registry=r)
        self.summaries = Counter("zhaiyao_summaries", "Summaries produced, by the method that produced them",
                                 ("method",), registry=r)
        self.llm_calls = Counter("zhaiyao_llm_calls", "Calls made to the LLM (retries and re-asks included)",
                                 registry=r)
        self.cache_hits = Counter("zhaiyao_cache_hits", "Chunk results served from the cache instead of the LLM",
                                  registry=r)
        self.fallbacks = Counter("zhaiyao_llm_fallbacks",
                                 "Summaries answered by the extractive path after the LLM path failed", registry=r)
        self.tokens = Counter("zhaiyao_llm_tokens", "LLM tokens used", ("kind",), registry=r)
        self.summary_cache_hits = Counter(
            "zhaiyao_summary_cache_hits", "Requests answered with a summary finished earlier in this process",
            registry=r)
        # The order /metrics shows them in, and the label order of the series with several labels.
        self._order = ["zhaiyao_http_requests", "zhaiyao_http_request_duration_seconds", "zhaiyao_summaries",
                       "zhaiyao_llm_calls", "zhaiyao_cache_hits", "zhaiyao_llm_fallbacks", "zhaiyao_llm_tokens",
                       "zhaiyao_summary_cache_hits"]
        self._labels = {"zhaiyao_http_requests": HTTP_LABELS, "zhaiyao_http_request_duration_seconds": HTTP_LABELS}

    def _collect(self) -> list[Metric]:
        directory = os.environ.get(MULTIPROC_ENV)
        if directory:
            merged = CollectorRegistry(auto_describe=False)
            MultiProcessCollector(merged, path=directory)
            families = list(merged.collect())
        else:
            families = list(self.registry.collect())
        by_name = {f.name: f for f in families}
        return [by_name[name] for name in self._order if name in by_name]

    def render(self) -> str:
        lines: list[str] = []
        for family in self._collect():
            name = family.name + ("_total" if family.type == "counter" else "")
            lines += [f"# HELP {name} {family.documentation}", f"# TYPE {name} {family.type}"]
            declared = self._labels.get(family.name, ())
            for s in sorted(family.samples, key=lambda s: _sample_order(s.name, s.labels, declared)):
                # Declared labels first in their order (the multiprocess files sort them), then `le`.
                keys = [k for k in declared if k in s.labels] + sorted(k for k in s.labels if k not in declared)
                labels = ",".join(f'{k}="{_escape(s.labels[k])}"' for k in keys)
                lines.append(f"{s.name}{{{labels}}} {_format_value(s.value)}" if labels
                             else f"{s.name} {_format_value(s.value)}")
        return "\n".join(lines) + "\n"


def _sample_order(name: str, labels: dict[str, str], declared: tuple[str, ...]) -> tuple:
    """Series by label values, each histogram's buckets (by bound), then its sum and count."""
    series = tuple(labels.get(k, "") for k in declared) + tuple(
        (k, v) for k, v in sorted(labels.items()) if k not in declared and k != "le")
    suffix = 0 if name.endswith("_bucket") else 1 if name.endswith("_sum") else 2
    le = labels.get("le")
    bound = math.inf if le in (None, "+Inf") else float(le)
    return series, suffix, bound
