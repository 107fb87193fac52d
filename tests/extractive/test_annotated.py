"""The extractive summary against hand-annotated pages (tests/data/annotated/README.md): it finds
the annotated figures, and reads their kinds (achieved, target, other) as annotated."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import opencc
import pytest

from service.figures import parse_quantity
from service.pipeline import summarize
from service.schemas import SummaryOptions
from tests.support import extractive_settings

ANNOTATED = Path(__file__).resolve().parents[1] / "data" / "annotated"
PAGES = sorted(p.stem for p in ANNOTATED.glob("*.txt"))
_T2S = opencc.OpenCC("t2s")


def _quantity(text: str) -> tuple[float, str] | None:
    q = parse_quantity(_T2S.convert(text))
    return (round(q[0], 6), q[1]) if q else None


@cache
def _agreement(page: str) -> tuple[int, int, int, list[str]]:
    """(facts, facts found, found with the annotated kind, the disagreements) of one page."""
    gold = json.loads((ANNOTATED / f"{page}.json").read_text(encoding="utf-8"))
    summary = summarize((ANNOTATED / f"{page}.txt").read_bytes(), SummaryOptions(mode="extractive"),
                        settings=extractive_settings())
    found = kinds = 0
    wrong = []
    for fact in gold["facts"]:
        want = _quantity(fact["value"])
        same = [f for f in summary.figures if want is not None and _quantity(f.text) == want]
        found += bool(same)
        if any(f.kind == fact["kind"] for f in same):
            kinds += 1
        elif same:
            wrong.append(f"{page}: {fact['value']} is {fact['kind']}, read {same[0].kind} ({fact['quote']})")
    return len(gold["facts"]), found, kinds, wrong


def test_the_collection_is_there():
    assert len(PAGES) == 72


@pytest.mark.parametrize("page", PAGES)
def test_most_annotated_figures_of_a_page_are_found(page):
    facts, found, _, _ = _agreement(page)
    assert found >= 0.9 * facts


def test_annotated_figures_are_found_and_read_as_annotated():
    facts = found = kinds = 0
    wrong: list[str] = []
    for page in PAGES:
        f, n, k, w = _agreement(page)
        facts, found, kinds, wrong = facts + f, found + n, kinds + k, wrong + w
    assert found >= 0.98 * facts
    # (a few kinds the rules cannot tell: a closed earlier year cited as background, another place
    # named earlier in the paragraph, a fund a meeting set aside)
    assert kinds >= 0.94 * found, "\n".join(wrong)
