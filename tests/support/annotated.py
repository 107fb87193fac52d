"""The hand-annotated pages (tests/data/annotated*/): how many of a page's annotated figures the
extractive summary finds, and how many of those it reads with the annotated kind."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from service.pipeline import summarize
from service.schemas import Figure, SummaryOptions
from tests.support import extractive_settings


def agreement(folder: Path, page: str, same: Callable[[str, Figure], bool]) -> tuple[int, int, int, list[str]]:
    """(facts, facts found, found with the annotated kind, the disagreements) of one page; `same`
    says whether a figure is the fact whose value is written so."""
    gold = json.loads((folder / f"{page}.json").read_text(encoding="utf-8"))
    summary = summarize((folder / f"{page}.txt").read_bytes(), SummaryOptions(mode="extractive"),
                        settings=extractive_settings())
    found = kinds = 0
    wrong = []
    for fact in gold["facts"]:
        hits = [f for f in summary.figures if same(fact["value"], f)]
        found += bool(hits)
        if any(f.kind == fact["kind"] for f in hits):
            kinds += 1
        elif hits:
            wrong.append(f"{page}: {fact['value']} is {fact['kind']}, read {hits[0].kind} ({fact['quote']})")
    return len(gold["facts"]), found, kinds, wrong
