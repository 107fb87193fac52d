"""zhaiyao benchmarks: one command, one table, bench/results.json.

    make bench                      # installs the bench extra, then runs this
    .venv/bin/python bench/run.py [--quick] [--only extractive,http,llm,memory,batch,startup,jobs,limits]

1. extractive throughput against sumy (LexRank) and snownlp, same documents and length budget,
   and ROUGE of each on the seeds (shared scorer);
2. cache hits over HTTP: `zhaiyao serve` against a bare FastAPI endpoint, 32 connections;
3. LLM mode against a stub taking a fixed 300 ms per call: wall time of 1-16 chunk documents,
   calls and prompt tokens per document token on the seeds and dev pages concatenated, and the
   chunk-size trade-off;
4. peak RSS summarizing a 5 MB document extractively;
5. `zhaiyao batch`: 32 one-chunk documents against the 0.3 s stub at concurrency 8, and an
   extractive batch of about 4,000 documents with --jobs 1 against --jobs 2;
6. start-up of `zhaiyao summarize`: extractive, and the LLM path beyond importing openai.
7. jobs per second through the queue (Redis + `zhaiyao worker`) with 1 and 2 workers, LLM-bound
   against the 300 ms stub and extractive (`--only jobs`; needs redis-server).
8. what the LLM rate limit shared in Redis costs per call against the process's own (`--only limits`).
Speed claims are ratios measured side by side in the same run: these machines are noisy.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))

RESULTS = BENCH / "results.json"


def log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def part_extractive(quick: bool) -> dict:
    import extractive_speed

    return extractive_speed.run(n_docs=60 if quick else 200, snownlp_every=10, snownlp_cap=40 if quick else 90,
                                log=log)


def part_http(quick: bool) -> dict:
    import http_bench

    return http_bench.run(duration=3.0 if quick else 8.0, rounds=1 if quick else 3, log=log)


def part_llm(quick: bool) -> dict:
    import llm_parallel

    parts = ("wall", "tokens") if quick else ("wall", "tokens", "tradeoff")
    return llm_parallel.run(repeats=1 if quick else 3, log=log, parts=parts)


def part_memory(quick: bool) -> dict:
    size = 1_000_000 if quick else 5_000_000
    out = subprocess.run([sys.executable, str(BENCH / "memory.py"), "--bytes", str(size)],
                         capture_output=True, text=True, timeout=540)
    if out.returncode != 0:
        raise RuntimeError(out.stderr[-2000:])
    return json.loads(out.stdout.strip().splitlines()[-1])


def part_batch(quick: bool) -> dict:
    import batch_bench

    return batch_bench.run(quick=quick, log=log)


def part_startup(quick: bool) -> dict:
    import startup

    return startup.run(runs=5 if quick else 11, log=log)


def part_jobs(quick: bool) -> dict:
    import jobs_bench

    return jobs_bench.run(quick=quick, log=log)


def part_limits(quick: bool) -> dict:
    import limits_bench

    return limits_bench.run(quick=quick, log=log)


PARTS = {"extractive": part_extractive, "http": part_http, "llm": part_llm, "memory": part_memory,
         "batch": part_batch, "startup": part_startup, "jobs": part_jobs, "limits": part_limits}


# ---------------------------------------------------------------- targets


def rows_for(results: dict) -> list[tuple[str, str, str, bool | None]]:
    """(figure, measured, target, met) for the table; met None = informational."""
    rows: list[tuple[str, str, str, bool | None]] = []
    ex = results.get("extractive")
    if ex and "tools" in ex:
        t = ex["tools"]
        z = t.get("zhaiyao", {})
        rows.append(("extractive MB/s, zhaiyao (1 core)", f"{z.get('mb_per_s')} MB/s, {z.get('ms_per_doc')} ms/doc",
                     ">= 2 MB/s", (z.get("mb_per_s") or 0) >= 2.0))
        c = ex.get("compiled", {})
        if c.get("state") == "fresh":
            rows.append(("extractive MB/s, zhaiyao compiled build (1 core, `make compiled`)",
                         f"{c['mb_per_s']} MB/s, {c['ms_per_doc']} ms/doc", ">= 2 MB/s", c["mb_per_s"] >= 2.0))
        elif c:
            rows.append(("extractive MB/s, zhaiyao compiled build", f"not timed: the build is {c['state']}", ">= 2 MB/s",
                         None))
        for peer in ("sumy_lexrank", "snownlp"):
            p = t.get(peer)
            if p:
                rows.append((f"extractive MB/s, {peer}", f"{p['mb_per_s']} MB/s, {p['ms_per_doc']} ms/doc "
                             f"({p['documents']} docs)", "-", None))
        for peer, r in ex.get("ratios", {}).items():
            target = ">= 20x" if peer == "snownlp" else "-"
            met = (r["speedup"] or 0) >= 20 if peer == "snownlp" else None
            rows.append((f"speed ratio zhaiyao / {peer}", f"{r['speedup']}x on {r['documents']} docs", target, met))
        for peer, why in ex.get("unavailable", {}).items():
            rows.append((f"{peer}", f"could not run: {why}", "-", None))
        rouge = ex.get("rouge", {})
        zr = rouge.get("zhaiyao", {})
        for peer in ("sumy_lexrank", "snownlp"):
            pr = rouge.get(peer, {})
            if "rougeL" in zr and "rougeL" in pr:
                rows.append((f"ROUGE-1/2/L seeds, zhaiyao vs {peer}",
                             f"{zr['rouge1']:.3f}/{zr['rouge2']:.3f}/{zr['rougeL']:.3f} vs "
                             f"{pr['rouge1']:.3f}/{pr['rouge2']:.3f}/{pr['rougeL']:.3f}", "not below",
                             all(zr[k] >= pr[k] for k in ("rouge1", "rouge2", "rougeL"))))
        if "error" in rouge:
            rows.append(("ROUGE", rouge["error"], "not below", None))
    h = results.get("http")
    if h and "median" in h:
        b, z = h["median"]["bare"], h["median"]["zhaiyao"]
        w = h.get("workers", 1)
        rows.append((f"HTTP rps, bare FastAPI (32 conns, {w} worker)",
                     f"{b['rps']:.0f} rps, p50 {b['p50_ms']} ms, p99 {b['p99_ms']} ms", "-", None))
        rows.append((f"HTTP rps, zhaiyao serve (32 conns, {w} worker)",
                     f"{z['rps']:.0f} rps, p50 {z['p50_ms']} ms, p99 {z['p99_ms']} ms", "-", None))
        rows.append(("HTTP rps ratio zhaiyao / bare, median of rounds",
                     f"{h['rps_ratio'] * 100:.1f}% (rounds: {', '.join(f'{r * 100:.0f}%' for r in h['round_ratios'])})",
                     ">= 60%", h["rps_ratio"] >= 0.6))
        if "cpu_per_request_ratio" in h:
            rows.append(("server CPU per cached request, bare / zhaiyao (median)",
                         f"{h['cpu_per_request_ratio'] * 100:.1f}% ({b['server_cpu_ms_per_request']} vs "
                         f"{z['server_cpu_ms_per_request']} ms)", "- (the rps ratio without the noise)", None))
        one = h.get("one_connection", {})
        if one:
            rows.append(("HTTP p50/p99, 1 connection, zhaiyao vs bare",
                         f"{one['zhaiyao']['p50_ms']}/{one['zhaiyao']['p99_ms']} ms vs "
                         f"{one['bare']['p50_ms']}/{one['bare']['p99_ms']} ms", "p50 <= 1.5 ms",
                         one["zhaiyao"]["p50_ms"] <= 1.5))
    llm = results.get("llm")
    if llm and "failed" not in llm:
        rows += llm_rows(llm)
    m = results.get("memory")
    if m and "peak_rss_mb" in m:
        rows.append((f"peak RSS, {m['document_bytes'] / 1e6:.1f} MB document extractive",
                     f"{m['peak_rss_mb']} MB ({m['seconds']} s)", "<= 300 MB", m["peak_rss_mb"] <= 300))
    rows += batch_rows(results.get("batch"), results.get("startup"))
    jobs = results.get("jobs")
    if jobs and "llm" in jobs:
        for kind, target in (("llm", "near 2x"), ("extractive", "-")):
            j = jobs[kind]
            rows.append((f"jobs/s, {kind}, 1 vs 2 workers ({j['processes_per_worker']} process(es) each)",
                         f"{j['jobs_per_s']['1']} vs {j['jobs_per_s']['2']} jobs/s = {j['speedup']}x "
                         f"(median of {j['rounds']}, {j['jobs']} jobs, {j['failed']} failed)", target,
                         j["speedup"] >= 1.8 if kind == "llm" else None))
    lim = results.get("limits")
    if lim and "redis" in lim:
        r, loc = lim["redis"], lim["local"]
        rows.append(("LLM rate limit per call (acquire + release), shared in Redis vs local",
                     f"{r['median_us'] / 1000:.2f} ms (p99 {r['p99_us'] / 1000:.1f} ms) vs {loc['median_us']} us; "
                     f"{r['calls_per_s_concurrent']} calls/s with {lim['callers']} callers per process",
                     "- (an LLM call takes ~1 s)", None))
    for name, r in results.items():
        if isinstance(r, dict) and "failed" in r:
            rows.append((f"{name}", f"FAILED: {r['failed'][:80]}", "-", False))
    return rows


def batch_rows(batch: dict | None, startup: dict | None) -> list[tuple[str, str, str, bool | None]]:
    rows: list[tuple[str, str, str, bool | None]] = []
    if batch and "llm" in batch:
        b = batch["llm"]
        rows.append((f"LLM batch, {b['documents']} one-chunk docs, stub {b['delay_s']} s, concurrency {b['concurrency']}",
                     f"calls {b['calls_span_s']} s = {b['span_vs_ideal']}x ideal {b['ideal_s']} s (serial "
                     f"{b['serial_s']:.1f} s); + {b['startup_and_finish_s']} s start-up; max {b['max_in_flight']} "
                     "in flight", "<= 1.3x ideal + start-up", b["span_vs_ideal"] <= 1.3))
    if batch and "jobs" in batch:
        j = batch["jobs"]
        rows.append((f"extractive batch, {j['documents']} docs ({j['bytes'] / 1e6:.1f} MB), --jobs 2 vs 1",
                     f"{j['speedup']}x ({j['jobs2_s']} s vs {j['jobs1_s']} s; {j['jobs2_mb_per_s']} vs "
                     f"{j['jobs1_mb_per_s']} MB/s) on {j['cpus']} cores", ">= 1.6x", j["speedup"] >= 1.6))
    if startup and "extractive_s" in startup:
        rows.append(("zhaiyao summarize, extractive, one seed (median)", f"{startup['extractive_s']} s",
                     "< 0.4 s", startup["extractive_s"] < 0.4))
        if "extractive_compiled_s" in startup:
            rows.append(("zhaiyao summarize, extractive, one seed, compiled build (median)",
                         f"{startup['extractive_compiled_s']} s", "< 0.4 s", startup["extractive_compiled_s"] < 0.4))
        rows.append(("zhaiyao summarize, LLM path beyond importing openai",
                     f"{startup['llm_beyond_openai_s']} s (median of paired runs; LLM {startup['llm_cached_s']} s, "
                     f"import openai {startup.get('openai_import_in_process_s', startup['openai_import_s'])} s in "
                     "process)", "<= 0.2 s", startup["llm_beyond_openai_s"] <= 0.2))
    return rows


def llm_rows(llm: dict) -> list[tuple[str, str, str, bool | None]]:
    rows: list[tuple[str, str, str, bool | None]] = []
    for d in llm.get("documents", []):
        within = d["within_concurrency"]
        rows.append((f"LLM wall, {d['chunks']} chunks (context {d['context_tokens']})",
                     f"{d['one_call_multiple']}x one call ({d['wall_s']} s median, {d['calls']} calls)",
                     "<= 2.2x" if within else "- (over concurrency)", d["one_call_multiple"] <= 2.2 if within else None))
    cat = llm.get("concatenated")
    if cat:
        runs = cat["runs"]
        label = f"{cat['documents']} docs concatenated ({cat['doc_tokens']} tokens)"
        for name, run in runs.items():
            prefixes = run["distinct_prefixes"]
            measured = (f"{run['calls']} calls, {run['prompt_per_doc_token']} prompt tokens per doc token, "
                        f"{run['cached_share'] * 100:.0f}% cached, prefixes map {prefixes['map']} / merge "
                        f"{prefixes['merge']}")
            if name == "default context":
                rows.append((f"{label}, default context", measured, "1 call", run["calls"] == 1))
            elif name == "context 8000":
                rows.append((f"{label}, context 8000", measured, "<= 1.5 all in", run["prompt_per_doc_token"] <= 1.5))
            else:
                rows.append((f"{label}, {name}", measured, "-", None))
    for t in llm.get("chunk_tradeoff", []):
        rows.append((f"seeds at chunks of {t['chunk_tokens']} tokens (stub: <= 8 figures per answer)",
                     f"{t['figures']} figures, {t['key_points']} key points, {t['calls']} calls, "
                     f"{t['prompt_per_doc_token']} prompt tokens per doc token", "-", None))
    return rows


def table(rows: list[tuple[str, str, str, bool | None]]) -> str:
    heads = ("figure", "measured", "target", "met")
    cells = [(a, b, c, "-" if d is None else ("met" if d else "NOT MET")) for a, b, c, d in rows]
    widths = [max(len(h), *(len(r[i]) for r in cells)) if cells else len(h) for i, h in enumerate(heads)]
    line = "  ".join(h.ljust(w) for h, w in zip(heads, widths, strict=True))
    out = [line, "  ".join("-" * w for w in widths)]
    out += ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) for r in cells]
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="zhaiyao benchmarks")
    ap.add_argument("--quick", action="store_true", help="smaller corpus, shorter runs (a smoke test)")
    ap.add_argument("--only", default=",".join(PARTS), help="comma-separated parts: " + ", ".join(PARTS))
    ap.add_argument("--out", type=Path, default=RESULTS)
    args = ap.parse_args(argv)
    os.environ.pop("OPENAI_API_KEY", None)  # part 1, 2 and 4 measure the extractive path
    started = time.perf_counter()
    only = [p.strip() for p in args.only.split(",") if p.strip()]
    # With --only, the parts not run keep their last figures (each part says when it was measured).
    results: dict = {}
    if set(only) != set(PARTS) and args.out.exists():
        results = {k: v for k, v in json.loads(args.out.read_text(encoding="utf-8")).items() if k in PARTS}
    results.update({
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version(), "platform": platform.platform()},
        "started": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "quick": args.quick,
    })
    for name in only:
        log(f"[{name}]")
        t0 = time.perf_counter()
        try:
            results[name] = PARTS[name](args.quick)
        except Exception as e:  # one broken part must not hide the others' figures
            results[name] = {"failed": f"{type(e).__name__}: {e}"}
        results[name]["measured_at"] = time.strftime("%Y-%m-%dT%H:%M:%S%z")
        results[name]["load_average"] = os.getloadavg()[0]
        log(f"  ({time.perf_counter() - t0:.0f}s)")
    results["total_seconds"] = round(time.perf_counter() - started, 1)
    rows = rows_for(results)
    results["table"] = [{"figure": a, "measured": b, "target": c, "met": d} for a, b, c, d in rows]
    args.out.write_text(json.dumps(results, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(table(rows))
    print(f"\n{results['total_seconds']}s in all; written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
