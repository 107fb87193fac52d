"""English goals named by their kind alone: "against a target of 90%", "short of the 11,000-mile goal". A table of
figures that says only 'target' tells a reader nothing; the goal is for the things it counts, or for what the
sentence measured before it in the same unit ("Appraisal compliance was 86%, against a standard of 90%": 'standard for
Appraisal compliance')."""

from __future__ import annotations

import re

from ..re_cache import compile_re
from ..schemas import FigureDraft
from .numbers import NumberSpan
from .phrases_en import plural_count
from .subject_forms_en import same_thing

# A goal named by its kind, and by whose it is or how long it runs at most: "target", "our target", "national standard".
_GOAL_ALONE = compile_re(r"(?:(?:our|its|their|the|national|annual|interim|full-year|service|[a-z]+['’]s)\s+){0,2}"
                         r"(?:target|standard|goal|benchmark|ambition|trajectory|ceiling)")
_GOAL_WORD = compile_re(r"\b(?:target|standard|goal|benchmark|ambition|trajectory|ceiling|plan|budget|forecast)s?\b", re.I)
# What the figure before measured, when its subject is a noun phrase: no verb of a clause, relative pronoun, conjunction,
# cut end or comparative in it, nor a time ("the average handover took", "who borrowed", "lower", "seven minutes").
_NAMES_A_MEASURE = compile_re(r"(?!(?:of|to|for|by|at|from|the|an?|who|which|that|or|and|with|but)\b)"
                              r"(?:(?!\b(?:were|was|is|are|had|has|have|been|took|made|got|went|came|lower|higher|more|less"
                              r"|fewer)\b)[^…;:])+(?<!['’]s)(?<!minutes)(?<!hours)(?<!days)(?<!weeks)(?<!months)(?<!years)",
                              re.I)
# Units that measure rather than count, however they are prefixed ("megalitres", "working-days").
_MEASURE_UNIT = compile_re(r".*(?:litres?|liters?|met(?:re|er)s?|tonnes?|tons?|hectares?|acres?|miles?|days?|hours?|minutes?"
                           r"|seconds?|weeks?|months?|years?|watts?|grams?)", re.I)


def goal_for(subject: str, sp: NumberSpan, earlier: list[FigureDraft]) -> str:
    """`subject` of the figure `sp`, or, when it names a goal by its kind alone, the goal for what it is of;
    `earlier`: the sentence's figures before it."""
    if not _GOAL_ALONE.fullmatch(subject):
        return subject
    if plural_count(sp.unit) and not _MEASURE_UNIT.fullmatch(sp.unit):
        return f"{subject} for {sp.unit}"  # "a goal of 3,000 new monthly donors"
    unit = _one_form(sp.unit)
    for figure in reversed(earlier):
        if (_one_form(figure.unit) == unit or not unit and plural_count(figure.unit)) \
                and _NAMES_A_MEASURE.fullmatch(figure.subject) and not _GOAL_WORD.search(figure.subject):
            return f"{subject} for {same_thing(figure.subject)}"
    return subject


def _one_form(unit: str) -> str:
    """A unit written as a noun or as an adjective, singular or plural, in one form: "30-minute" as "38 minutes"."""
    return unit.lower().removesuffix("s")
