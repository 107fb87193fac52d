"""The batch's tables, rebuilt from the per-document outputs after every run: `summaries.jsonl`
(one summary per line) and `figures.csv` (every figure of every document, one per row).

Rebuilt rather than appended to, so a rerun or a resumed run never duplicates a line; written
atomically, so a reader sees the old table or the new one.
"""

from __future__ import annotations

import csv
import io
import json
import logging
from collections.abc import Iterable
from pathlib import Path

from ..files import write_atomic

log = logging.getLogger(__name__)

SUMMARIES = "summaries.jsonl"
FIGURES = "figures.csv"
FIGURE_COLUMNS = ["file", "subject", "text", "value", "unit", "kind", "period", "quote",
                  "span_start", "span_end", "source_quote"]


def figure_rows(file: str, record: dict) -> list[list[str]]:
    """The rows of one document's figures. `span` ([start, end] in the text as sent) and
    `source_quote` are filled when the figures carry them, empty otherwise."""
    rows = []
    for f in record.get("figures") or []:
        span = f.get("span") or [None, None]
        value = f.get("value")
        rows.append([
            file, f.get("subject") or "", f.get("text") or "",
            "" if value is None else repr(value),
            f.get("unit") or "", f.get("kind") or "", f.get("period") or "", f.get("quote") or "",
            "" if span[0] is None else str(span[0]), "" if span[1] is None else str(span[1]),
            f.get("source_quote") or "",
        ])
    return rows


def rebuild_tables(outputs: Iterable[tuple[str, Path]], out_dir: Path) -> list[str]:
    """Write summaries.jsonl and figures.csv from `outputs` ((input file name, output path), in
    order); outputs that are missing are left out. Returns the names whose output is unreadable."""
    lines: list[str] = []
    buf = io.StringIO()
    writer = csv.writer(buf)  # RFC 4180: CRLF rows, quotes doubled, line breaks inside quotes kept
    writer.writerow(FIGURE_COLUMNS)
    unreadable = []
    for name, path in outputs:
        try:
            record = json.loads(path.read_bytes())
        except FileNotFoundError:
            continue
        except (OSError, ValueError) as e:
            log.warning("output %s is unreadable: %s", path, e)
            unreadable.append(name)
            continue
        lines.append(json.dumps({"file": name, **record}, ensure_ascii=False))
        writer.writerows(figure_rows(name, record))
    write_atomic(out_dir / SUMMARIES, "\n".join(lines) + ("\n" if lines else ""))
    # UTF-8 with a byte order mark: Excel then opens Chinese text correctly (pandas reads it too).
    write_atomic(out_dir / FIGURES, buf.getvalue().encode("utf-8-sig"))
    return unreadable
