"""The extractive summary against hand-annotated English pages (tests/data/annotated_en/README.md):
it finds the annotated figures, and reads their kinds (achieved, target, other) as annotated."""

from __future__ import annotations

import math
from functools import cache
from pathlib import Path

from service.figures import parse_quantity
from service.figures.times_en import TIME_UNITS
from service.schemas import Figure
from tests.support.annotated import (
    agreement,
    key_point_match,
    subject_match,
    title_matches,
    unwritten_numbers,
)

ANNOTATED = Path(__file__).resolve().parents[1] / "data" / "annotated_en"
PAGES = sorted(p.stem for p in ANNOTATED.glob("*.txt"))


# (each fact is weighed against every figure of its page: a value read once, not once a pair, saves 80 of 110 s)
_quantity = cache(parse_quantity)


def _value(text: str) -> float | None:
    q = _quantity(text)  # (a sign written before it kept: "-4.7%" is a fall)
    return q[0] if q else None


def _same(value: str, figure: Figure) -> bool:
    """A figure is the fact when its value is ("1,250" as annotated is "1,250 jobs" as found), or its text
    read alone is (a table's cell "84.2" under a label "Net debt ($m)" is found as 84,200,000 dollars). A time
    is the same only in its unit: "three years" is not the "3 schools" of its page."""
    q = _quantity(value)
    if q is None:
        return False
    want, unit = q
    if unit in TIME_UNITS and figure.unit != unit and (_quantity(figure.text) or (0.0, ""))[1] != unit:
        return False
    return any(v is not None and math.isclose(v, want, rel_tol=1e-9) for v in (figure.value, _value(figure.text)))


@cache
def _agreement(page: str) -> tuple[int, int, int, list[str]]:
    """(facts, facts found, found with the annotated kind, the disagreements) of one page."""
    return agreement(ANNOTATED, page, _same)


def test_the_collection_is_there():
    assert len(PAGES) == 329


def test_annotated_english_figures_are_found_and_read_as_annotated():
    facts = found = kinds = 0
    wrong: list[str] = []
    for page in PAGES:
        f, n, k, w = _agreement(page)
        assert n >= 0.8 * f, page
        facts, found, kinds, wrong = facts + f, found + n, kinds + k, wrong + w
    print(f"{found}/{facts} found, {kinds}/{found} as annotated")
    assert found >= 0.92 * facts
    # (left: budgets and forecasts of a period under way, policy terms, history named by "since"; back to 0.88 after
    # set `db` joined at 0.73 and the tables of measures with no goal or change column beside them were read)
    assert kinds >= 0.88 * found, "\n".join(wrong)


def test_the_subjects_name_what_the_annotated_figures_measure():
    # The mean over found facts of the word F1 between the annotated subject and the one read: 0.4305 when a level was named
    # by the clause around its number ("Net debt at 30 June was"), a part "of them" as "them", a change by the last noun
    # before its verb ("decline in officers"); 0.4559 since the whole noun phrase, a part with its whole, an average, what
    # was done to the things counted and a label before a colon name them (2026-12-03); 0.4618 since "per" joins a
    # measure, a bare figure in brackets is the comparison period's and a table row's label names its cells though it holds
    # a digit (2026-12-03, later); 0.4654 since a noun's abbreviation or a participle's aside no longer parts it from its
    # verb, the level a change goes to is the thing's, money raised, given or paid is named by its verb, the parts of a
    # whole listed by where they came from are the whole's and an age band is a word of its group (2026-12-03, evening);
    # 0.4682 since an employer's people are its employees, a value alone in brackets is of the words before them, a part
    # "of them" is of what the sentence before counted, a bare count after a count is of those things and a share set
    # beside an amount is its share (2026-12-04).
    total = found = 0.0
    for page in PAGES:
        t, n = subject_match(ANNOTATED, page, _same)
        total, found = total + t, found + n
    print(f"subject word F1 {total / found:.4f} over {found:.0f} found facts")
    assert total / found >= 0.466


def test_the_key_points_cover_the_annotated_ones():
    # The mean over pages of `key_point_match`: 0.141 when the key points of a page with three listed measures were those
    # measures alone (a review's results left out) and a list's first item after a colon was missed; 0.159 after (0.161 since results and goals weigh more than background).
    match = sum(key_point_match(ANNOTATED, page) for page in PAGES) / len(PAGES)
    assert match >= 0.15


def test_the_title_is_the_headline_not_the_sites_name_or_a_label_above_it():
    # (230 pages when a release's number (RNS Number : 4417Q), a company's LEI or its inside-information line could be the
    # title, a company's name over its announcement's headline was, and a headline ending on its period's date was not; 255
    # after; 266 since a body's longer name, its site's name, 'Skip to …' and 'Presented to …' are no headline either, 268 with
    # a short document's name under a body's; 283 since a menu after a site's short name, a trail with an en dash, a
    # running head, a line of dated labels, a one-word release number, an alias line, a number to call, a copy's standing
    # and a board paper's "Report title:" label are no title either, and a document's name may end on its year (not a
    # menu) or hold a body's words; 293 since a body's tagline ("Serving the residents of …") and a letter's head ("Welcome
    # from our Chief Executive") are no headline, 2026-12-04)
    assert sum(title_matches(ANNOTATED, page) for page in PAGES) >= 292


def test_every_number_the_summary_and_key_points_show_is_written_in_the_page():
    # (24 key points of 13 English pages showed a decimal cut, "6% of 911 calls" for "93.6% of 911 calls", before 2026-12-03)
    unwritten = [n for page in PAGES for n in unwritten_numbers(ANNOTATED, page)]
    assert not unwritten, "\n".join(unwritten)
