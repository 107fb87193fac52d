"""The `zhaiyao` command: a thin layer over service.pipeline.

  zhaiyao summarize FILE|-  [--format json|md] [--mode …] [--max-chars N] [--script …]
                            [--dry-run] [--max-cost USD]
  zhaiyao batch DIR --out OUTDIR [--force] [--dry-run] [--max-cost USD] [--llm-batch]
  zhaiyao schema
  zhaiyao serve [--host 127.0.0.1] [--port 8000]
  zhaiyao record …     (re-record LLM fixtures against OPENAI_BASE_URL)
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from .errors import ZhaiyaoError
from .files import write_atomic
from .schemas import DocumentSummary, SummaryOptions

DOC_SUFFIXES = {".txt", ".md", ".html", ".htm"}


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
        for q in kp.evidence:
            lines.append(f"  > {q}")
    if s.figures:
        lines += ["", "## Figures", "", "| subject | figure | kind | period | quote |", "|---|---|---|---|---|"]
        for f in s.figures:
            cells = [f.subject, f.text, f.kind, f.period or "", f.quote.replace("\n", " ")]
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


def _up_to_date(src: Path, out: Path) -> bool:
    try:
        return out.stat().st_mtime >= src.stat().st_mtime and out.stat().st_size > 0
    except FileNotFoundError:
        return False


def cmd_batch(args: argparse.Namespace) -> int:
    from .pipeline import summarize

    src_dir = Path(args.dir)
    if not src_dir.is_dir():
        print(f"zhaiyao: {src_dir} is not a directory", file=sys.stderr)
        return 2
    out_dir = Path(args.out)
    out_dir.mkdir(parents=True, exist_ok=True)
    # Temporary files (write_atomic's names) left by a run killed mid-write are never outputs.
    for stale in [*out_dir.glob(".*.json.*.tmp"), *out_dir.glob(".summaries.jsonl.*.tmp")]:
        stale.unlink(missing_ok=True)
    docs = sorted(p for p in src_dir.iterdir() if p.is_file() and p.suffix.lower() in DOC_SUFFIXES)
    if not docs:
        print(f"zhaiyao: no documents ({', '.join(sorted(DOC_SUFFIXES))}) in {src_dir}", file=sys.stderr)
        return 2
    options = _options(args)
    run = None
    if args.llm_batch or args.dry_run or args.max_cost is not None:
        # Cost control for the whole run and the OpenAI Batch API: service/llm/run_plan.py.
        from .llm.run_plan import LLMRun

        todo = [d for d in docs if args.force or not _up_to_date(d, out_dir / f"{d.stem}.json")]
        run = LLMRun([(d.name, d.read_bytes()) for d in todo], options, max_cost=args.max_cost,
                     llm_batch=args.llm_batch)
        if args.dry_run:
            sys.stdout.write(run.plan().model_dump_json(indent=2) + "\n")
            return 0
        refusal = run.refusal()
        if refusal:
            print(f"zhaiyao: {refusal[0]}: {refusal[1]}", file=sys.stderr)
            return 2
        if args.llm_batch:
            run.prefill(out_dir, say=lambda m: print(f"zhaiyao: {m}", file=sys.stderr))
    failed = done = skipped = 0
    started = time.perf_counter()
    progress = None
    if sys.stderr.isatty():
        from rich.progress import Progress

        progress = Progress(transient=True)
        progress.start()
        task = progress.add_task("summarizing", total=len(docs))
    try:
        for doc in docs:
            target = out_dir / f"{doc.stem}.json"
            if not args.force and _up_to_date(doc, target):
                skipped += 1
            else:
                try:
                    data = doc.read_bytes()
                    result = run.summarize(doc.name, data, options) if run else summarize(data, options)
                    write_atomic(target, result.model_dump_json(indent=2) + "\n")
                    done += 1
                except (ZhaiyaoError, OSError, ValueError) as e:
                    failed += 1
                    msg = getattr(e, "message", None) or str(e)
                    print(f"zhaiyao: {doc.name}: {getattr(e, 'code', type(e).__name__)}: {msg}", file=sys.stderr)
            if progress:
                progress.advance(task)
    finally:
        if progress:
            progress.stop()
    # summaries.jsonl is rebuilt from the per-document files, so a rerun never duplicates lines.
    lines = []
    for doc in docs:
        target = out_dir / f"{doc.stem}.json"
        if target.exists():
            record = json.loads(target.read_text(encoding="utf-8"))
            lines.append(json.dumps({"file": doc.name, **record}, ensure_ascii=False))
    write_atomic(out_dir / "summaries.jsonl", "\n".join(lines) + ("\n" if lines else ""))
    elapsed = time.perf_counter() - started
    print(f"zhaiyao: {done} summarized, {skipped} up to date, {failed} failed in {elapsed:.2f}s -> {out_dir}",
          file=sys.stderr)
    return 1 if failed else 0


def cmd_schema(args: argparse.Namespace) -> int:
    print(json.dumps(DocumentSummary.model_json_schema(), ensure_ascii=False, indent=2))
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    from .http.app import serve

    serve(host=args.host, port=args.port, access_log=False if args.no_access_log else None)
    return 0


def cmd_record(args: argparse.Namespace) -> int:
    from .testing.record import main as record_main

    return int(record_main(args.rest) or 0)


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
    p.set_defaults(func=cmd_serve)

    p = sub.add_parser("record", help="re-record LLM fixtures against OPENAI_BASE_URL")
    p.add_argument("rest", nargs=argparse.REMAINDER)
    p.set_defaults(func=cmd_record)
    return ap


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
