"""figures.csv and summaries.jsonl: every figure of a batch in one table, opened as users open it."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from service.batch import run_batch
from service.batch.tables import FIGURE_COLUMNS, figure_rows
from service.schemas import SummaryOptions
from tests.support import SEEDS, extractive_settings


def read_figures(out: Path) -> list[dict[str, str]]:
    raw = (out / "figures.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "UTF-8 with BOM, for Excel"
    return list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))


def test_figures_csv_has_every_figure_of_every_document(tmp_path: Path):
    out = tmp_path / "out"
    run_batch(SEEDS[0].parent, out, SummaryOptions(), extractive_settings(jobs=2))
    rows = read_figures(out)
    assert list(rows[0]) == FIGURE_COLUMNS
    summaries = [json.loads(line) for line in (out / "summaries.jsonl").read_text(encoding="utf-8").splitlines()]
    expected = [(s["file"], f["text"], f["quote"]) for s in summaries for f in s["figures"]]
    assert [(r["file"], r["text"], r["quote"]) for r in rows] == expected and len(expected) > 20
    first = next(r for r in rows if r["text"] == "60亿元")
    assert float(first["value"]) == 6e9 and first["unit"] == "元" and first["kind"] in {"achieved", "target", "other"}
    assert all(r["quote"] and r["text"] in r["quote"] for r in rows)


def test_span_and_source_quote_columns_are_filled_when_figures_carry_them():
    record = {"figures": [
        {"subject": "产值", "text": "60亿元", "value": 6e9, "unit": "元", "kind": "achieved", "period": "2023",
         "quote": "产值突破60亿元，\n同比增长", "span": [12, 30], "source_quote": "產值突破60億元，\n同比增長"},
        {"subject": "增速", "text": "86%", "value": 86.0, "unit": "%", "kind": "achieved", "period": None,
         "quote": "同比增长86%"},
    ]}
    with_span, without = figure_rows("a.txt", record)
    assert with_span[-3:] == ["12", "30", "產值突破60億元，\n同比增長"]
    assert without[-3:] == ["", "", ""] and without[6] == ""
    buf = io.StringIO()
    csv.writer(buf).writerows([FIGURE_COLUMNS, with_span])
    back = list(csv.DictReader(io.StringIO(buf.getvalue(), newline="")))
    assert back[0]["quote"] == "产值突破60亿元，\n同比增长"  # a line break inside a quote survives
