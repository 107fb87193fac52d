"""The extractive summary against hand-annotated English pages (tests/data/annotated_en/README.md):
it finds the annotated figures, and reads their kinds (achieved, target, other) as annotated."""

from __future__ import annotations

import json
import math
from functools import cache
from pathlib import Path

from service.figures.numbers_en import en_quantity
from service.pipeline import summarize
from service.schemas import SummaryOptions
from tests.support import extractive_settings

ANNOTATED = Path(__file__).resolve().parents[1] / "data" / "annotated_en"
PAGES = sorted(p.stem for p in ANNOTATED.glob("*.txt"))


def _value(text: str) -> float | None:
    q = en_quantity(text)
    return q[0] if q else None


@cache
def _agreement(page: str) -> tuple[int, int, int, list[str]]:
    """(facts, facts found, found with the annotated kind, the disagreements) of one page. A figure is
    the fact when its value is ("1,250" as annotated is "1,250 jobs" as found)."""
    gold = json.loads((ANNOTATED / f"{page}.json").read_text(encoding="utf-8"))
    summary = summarize((ANNOTATED / f"{page}.txt").read_bytes(), SummaryOptions(mode="extractive"),
                        settings=extractive_settings())
    found = kinds = 0
    wrong = []
    for fact in gold["facts"]:
        want = _value(fact["value"])
        same = [f for f in summary.figures
                if want is not None and f.value is not None and math.isclose(f.value, want, rel_tol=1e-9)]
        found += bool(same)
        if any(f.kind == fact["kind"] for f in same):
            kinds += 1
        elif same:
            wrong.append(f"{page}: {fact['value']} is {fact['kind']}, read {same[0].kind} ({fact['quote']})")
    return len(gold["facts"]), found, kinds, wrong


def test_the_collection_is_there():
    assert len(PAGES) == 18


def test_annotated_english_figures_are_found_and_read_as_annotated():
    facts = found = kinds = 0
    wrong: list[str] = []
    for page in PAGES:
        f, n, k, w = _agreement(page)
        assert n >= 0.8 * f, page
        facts, found, kinds, wrong = facts + f, found + n, kinds + k, wrong + w
    print(f"{found}/{facts} found, {kinds}/{found} as annotated")
    assert found >= 0.92 * facts
    # (left: budgets and forecasts of a period under way, policy terms, history named by "since")
    assert kinds >= 0.88 * found, "\n".join(wrong)
