"""The extractive summary against hand-annotated pages (tests/data/annotated/README.md): it finds
the annotated figures, and reads their kinds (achieved, target, other) as annotated."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from service.figures import parse_quantity
from service.schemas import Figure
from tests.support.annotated import (
    T2S,
    agreement,
    bigrams,
    key_point_match,
    subject_match,
    title_matches,
    unwritten_numbers,
)

ANNOTATED = Path(__file__).resolve().parents[1] / "data" / "annotated"
PAGES = sorted(p.stem for p in ANNOTATED.glob("*.txt"))


@cache  # (each fact is weighed against every figure of its page: a value read once, not once a pair)
def _quantity(text: str) -> tuple[float, str] | None:
    q = parse_quantity(T2S.convert(text))
    return (round(q[0], 6), q[1]) if q else None


def _same(value: str, figure: Figure) -> bool:
    want = _quantity(value)
    return want is not None and _quantity(figure.text) == want


@cache
def _agreement(page: str) -> tuple[int, int, int, list[str]]:
    """(facts, facts found, found with the annotated kind, the disagreements) of one page."""
    return agreement(ANNOTATED, page, _same)


def test_the_collection_is_there():
    assert len(PAGES) == 359


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
    # named earlier in the paragraph, a fund a meeting set aside; back at 0.94 after set `ub` joined at 0.887 and the
    # rules for a body's staff and a class bound in a standing count's noun were written)
    assert kinds >= 0.94 * found, "\n".join(wrong)


def test_the_subjects_name_what_the_annotated_figures_measure():
    # The mean over found facts of the bigram F1 (Simplified characters) between the annotated subject and the one read:
    # 0.6893 at the start of the evening of 2026-12-03; 0.6951 since a rank is named by what is ranked and among whom, a
    # class's bound as its threshold, 县（市、区） is one noun, a paragraph's label names the figures its sentences leave
    # unnamed, a 、 after no figure joins nouns, a share of a whole in brackets names both and an abbreviation in brackets
    # keeps its noun.
    total = found = 0.0
    for page in PAGES:
        t, n = subject_match(ANNOTATED, page, _same, bigrams)
        total, found = total + t, found + n
    print(f"subject bigram F1 {total / found:.4f} over {found:.0f} found facts")
    assert total / found >= 0.69


def test_the_key_points_cover_the_annotated_ones():
    # The mean over pages of `key_point_match`: 0.301 when the key points of a page with three listed measures were those
    # measures alone (a review's results left out) and a list's first item after a colon was missed; 0.381 after (0.384 since results and goals weigh more than background).
    match = sum(key_point_match(ANNOTATED, page) for page in PAGES) / len(PAGES)
    assert match >= 0.37


def test_the_title_is_the_headline_not_the_sites_name_or_a_label_above_it():
    # (340 pages when a breadcrumb written 您当前的位置 was not read as one, and a disclosure index, an issue number, a WeChat
    # header or an agency's name above the crumb could be the title; 357 since)
    assert sum(title_matches(ANNOTATED, page) for page in PAGES) >= 355


def test_every_number_the_summary_and_key_points_show_is_written_in_the_page():
    # (24 key points of 13 English pages showed a decimal cut, "6% of 911 calls" for "93.6% of 911 calls", before 2026-12-03)
    unwritten = [n for page in PAGES for n in unwritten_numbers(ANNOTATED, page)]
    assert not unwritten, "\n".join(unwritten)
