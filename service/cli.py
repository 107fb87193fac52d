"""The `zhaiyao` command: a thin layer over service.pipeline.

  zhaiyao summarize FILE|-  [--format json|md] [--mode …] [--max-chars N] [--script …]
  zhaiyao batch DIR --out OUTDIR [--force] [--concurrency N] [--jobs N] [--queue]
                            [--dry-run] [--max-cost USD] [--llm-batch]
  zhaiyao schema
  zhaiyao serve [--host 127.0.0.1] [--port 8000] [--workers N]
  zhaiyao worker [--concurrency N] [--name NAME]   (runs jobs; needs ZHAIYAO_REDIS_URL)
  zhaiyao record …     (re-record LLM fixtures against OPENAI_BASE_URL)
"""

from __future__ import annotations

import argparse
import gc
import json
import sys
from pathlib import Path

from .errors import ZhaiyaoError
from .schemas import DocumentSummary, SummaryOptions

# The exit status of a command stopped by Ctrl-C (128 + SIGINT), as shells report it.
INTERRUPTED = 130


def _options(args: argparse.Namespace) -> SummaryOptions:
    return SummaryOptions(mode=args.mode, max_chars=args.max_chars, script=args.script)


def _add_option_flags(p: argparse.ArgumentParser) -> None:
    p.add_argument("--mode", choices=["auto", "llm", "extractive"], default="auto")
    p.add_argument("--max-chars", type=int, default=None, help="summary length budget in characters")
    p.add_argument("--script", choices=["auto", "simplified", "traditional"], default="auto")


def _add_cost_flags(p: argparse.ArgumentParser, scope: str) -> None:
    p.add_argument("--dry-run", action="store_true",
                   help="print the plan (calls, tokens, cost range) as JSON without calling the LLM")
    p.add_argument("--max-cost", type=float, default=None, metavar="USD",
                   help=f"spending cap in US dollars {scope}: refuse when the upper estimate is over it, "
                   "stop calling the LLM when the spending reaches it")


def to_markdown(s: DocumentSummary) -> str:
    lines = [f"# {s.title or '摘要 Summary'}", ""]
    meta = [x for x in (s.published, s.source, s.author) if x]
    if meta:
        lines += [" · ".join(meta), ""]
    lines += [s.summary, "", "## Key points", ""]
    for kp in s.key_points:
        lines.append(f"- {kp.text}")
        for ev in kp.evidence:
            lines.append(f"  > {ev.quote}")
    if s.figures:
        lines += ["", "## Figures", "", "| subject | figure | kind | period | quote | at |", "|---|---|---|---|---|---|"]
        for f in s.figures:
            cells = [f.subject, f.text, f.kind, f.period or "", f.quote.replace("\n", " "), f"{f.span[0]}–{f.span[1]}"]
            lines.append("| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |")
    if s.warnings:
        lines += ["", "## Warnings", ""] + [f"- {w}" for w in s.warnings]
    lines += ["", f"_method: {s.method}{' (' + s.model + ')' if s.model else ''} · doc_id {s.doc_id[:12]}_"]
    return "\n".join(lines) + "\n"


def _read_input(path: str) -> bytes:
    if path == "-":
        return sys.stdin.buffer.read()
    return Path(path).read_bytes()


def _settings(args: argparse.Namespace):
    """Settings from the environment, with --max-cost on top (None: read them later, only if needed)."""
    if getattr(args, "max_cost", None) is None and not getattr(args, "dry_run", False):
        return None
    from .settings import get_settings

    settings = get_settings()
    if getattr(args, "max_cost", None) is not None:
        settings = settings.model_copy(update={"max_cost": args.max_cost})
    return settings


def cmd_summarize(args: argparse.Namespace) -> int:
    from .pipeline import plan_summary, summarize

    try:
        data = _read_input(args.file)
    except OSError as e:
        print(f"zhaiyao: cannot read {args.file}: {e.strerror}", file=sys.stderr)
        return 2
    try:
        if args.dry_run:
            plan = plan_summary(data, _options(args), settings=_settings(args))
            sys.stdout.write(plan.model_dump_json(indent=2) + "\n")
            if not plan.within_budget:
                print("zhaiyao: over budget: a run would be refused (see cost_usd_high and max_cost_usd)",
                      file=sys.stderr)
            return 0
        result = summarize(data, _options(args), title=args.title, settings=_settings(args))
    except ZhaiyaoError as e:
        print(f"zhaiyao: {e.code}: {e.message}", file=sys.stderr)
        return 2
    if args.format == "md":
        sys.stdout.write(to_markdown(result))
    else:
        sys.stdout.write(result.model_dump_json(indent=2) + "\n")
    return 0


def _batch_settings(args: argparse.Namespace):
    """Settings from the environment, with the batch's flags on top."""
    return _settings_with(max_concurrency=args.concurrency, jobs=args.jobs)


def _settings_with(**overrides: object):
    """Settings from the environment, with the flags the user gave on top."""
    from .settings import Settings

    return Settings(**{k: v for k, v in overrides.items() if v is not None})


def cmd_batch(args: argparse.Namespace) -> int:
    from .batch import run_batch

    src_dir = Path(args.dir)
    if not src_dir.is_dir():
        print(f"zhaiyao: {src_dir} is not a directory", file=sys.stderr)
        return 2
    from .batch.work import DOC_SUFFIXES, documents_in

    if not documents_in(src_dir):
        print(f"zhaiyao: no documents ({', '.join(sorted(DOC_SUFFIXES))}) in {src_dir}", file=sys.stderr)
        return 2
    settings = _batch_settings(args)
    try:
        if args.queue and (args.dry_run or args.max_cost is not None or args.llm_batch):
            print("zhaiyao: --queue runs documents as jobs on the workers; --dry-run, --max-cost and --llm-batch "
                  "plan and cap a run in this process: use one or the other", file=sys.stderr)
            return 2
        if args.queue:
            from .batch.queued import run_queued_batch

            report = run_queued_batch(src_dir, Path(args.out), _options(args), settings, force=args.force,
                                      show_progress=sys.stderr.isatty())
        elif args.dry_run or args.max_cost is not None or args.llm_batch:
            from .batch.budgeted import run_budgeted_batch

            outcome = run_budgeted_batch(src_dir, Path(args.out), _options(args), settings, force=args.force,
                                         max_cost=args.max_cost, llm_batch=args.llm_batch, dry_run=args.dry_run)
            if isinstance(outcome, str):  # the dry run's plan
                sys.stdout.write(outcome + "\n")
                return 0
            report = outcome
        else:
            report = run_batch(src_dir, Path(args.out), _options(args), settings, force=args.force,
                               show_progress=sys.stderr.isatty())
    except ZhaiyaoError as e:
        print(f"zhaiyao: {e.code}: {e.message}", file=sys.stderr)
        return INTERRUPTED if e.code == "interrupted" else 2
    for line in report.lines():
        print(line, file=sys.stderr)
    return report.exit_code


def cmd_schema(args: argparse.Namespace) -> int:
    print(json.dumps(DocumentSummary.model_json_schema(), ensure_ascii=False, indent=2))
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    from .http.app import serve

    serve(host=args.host, port=args.port, access_log=False if args.no_access_log else None, workers=args.workers)
    return 0


def cmd_worker(args: argparse.Namespace) -> int:
    from .scale.worker import run_worker
    from .settings import get_settings

    return run_worker(get_settings(), concurrency=args.concurrency, name=args.name, loglevel=args.loglevel)


def cmd_record(args: argparse.Namespace) -> int:
    from .testing.record import main as record_main

    return int(record_main(args.rest) or 0)


def _positive(value: str) -> int:
    n = int(value)
    if n < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return n


def build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="zhaiyao", description="Structured, grounded document summaries")
    sub = ap.add_subparsers(dest="command", required=True)

    p = sub.add_parser("summarize", help="summarize one document (FILE or - for stdin)")
    p.add_argument("file")
    p.add_argument("--format", choices=["json", "md"], default="json")
    p.add_argument("--title", default=None)
    _add_option_flags(p)
    _add_cost_flags(p, "per document (ZHAIYAO_MAX_COST)")
    p.set_defaults(func=cmd_summarize)

    p = sub.add_parser("batch", help="summarize every document of a folder")
    p.add_argument("dir")
    p.add_argument("--out", default="out")
    p.add_argument("--force", action="store_true", help="redo documents whose output is up to date")
    p.add_argument("--concurrency", type=_positive, default=None,
                   help="LLM calls in flight, shared by all documents (ZHAIYAO_MAX_CONCURRENCY, default 8)")
    p.add_argument("--jobs", type=_positive, default=None,
                   help="processes for the CPU-bound work (ZHAIYAO_JOBS, default: one per core)")
    p.add_argument("--queue", action="store_true",
                   help="every document a job for the `zhaiyao worker`s (needs ZHAIYAO_REDIS_URL; "
                   "--jobs and --concurrency are then the workers' settings)")
    _add_option_flags(p)
    _add_cost_flags(p, "for the whole run")
    p.add_argument("--llm-batch", action="store_true",
                   help="send the map calls of all documents as one OpenAI Batch job (half price, within 24 h); "
                   "a restarted command resumes the saved batch")
    p.set_defaults(func=cmd_batch)

    p = sub.add_parser("schema", help="print the JSON Schema of DocumentSummary")
    p.set_defaults(func=cmd_schema)

    p = sub.add_parser("serve", help="run the REST service")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8000)
    p.add_argument("--no-access-log", action="store_true", help="no uvicorn line per request (ZHAIYAO_ACCESS_LOG=0)")
    p.add_argument("--workers", type=_positive, default=None,
                   help="worker processes sharing the port, the LLM cache and the stored summaries "
                   "(ZHAIYAO_WORKERS, default 1)")
    p.set_defaults(func=cmd_serve)

    p = sub.add_parser("worker", help="run jobs from the queue (Celery worker; needs ZHAIYAO_REDIS_URL)")
    p.add_argument("--concurrency", type=int, default=None,
                   help="processes (default ZHAIYAO_WORKER_CONCURRENCY, else one per CPU core)")
    p.add_argument("--name", default=None, help="worker name, unique per machine (default zhaiyao@HOSTNAME)")
    p.add_argument("--loglevel", default="INFO", choices=["DEBUG", "INFO", "WARNING", "ERROR"])
    p.set_defaults(func=cmd_worker)

    p = sub.add_parser("record", help="re-record LLM fixtures against OPENAI_BASE_URL")
    p.add_argument("rest", nargs=argparse.REMAINDER)
    p.set_defaults(func=cmd_record)
    return ap


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except KeyboardInterrupt:
        # Outputs are written atomically: what was written is whole, and a rerun skips it.
        print("zhaiyao: interrupted", file=sys.stderr)
        return INTERRUPTED


def run() -> int:
    """The `zhaiyao` command: `main`, then an exit that does not collect what the run leaves."""
    status = main()
    # The interpreter's shutdown runs the cyclic garbage collector over every object still alive:
    # about 0.3 s once openai is loaded (an eighth of a cached LLM `zhaiyao summarize`), 0.06 s
    # without it. The process ends now and every output is written and closed, so nothing needs
    # collecting; frozen objects are skipped. (Not in `main`, which tests call in their process.)
    gc.freeze()
    return status


if __name__ == "__main__":
    sys.exit(run())
