"""Where the cue words of an English clause end, for `kinds_en.decide_en`: the last word of a size, a cost or
history (what a thing is or was), and the last word of a plan, each without the words that name another number or the
thing counted."""

from __future__ import annotations

import re

from ..re_cache import compile_re
from .kind_cues_en import EN_ACHIEVED_RE, EN_ATTAINED_OF, EN_OTHER_RE, EN_PAST_RE, EN_TARGET_RE, NOT_A_PAST
from .numbers import NumberSpan

# A stock a result brings to a new level is no size: "bringing the University's stock of beds to 3,460".
_LEVEL_TAKEN = compile_re(r"\b(?:taking|bringing|lifting|pushing|raising) [^,;.]{0,36}$", re.I)
_RECORD_BEFORE = compile_re(r"\b(?:highest|lowest|most|fewest|best|worst|largest|biggest|strongest|weakest|busiest|quietest"
                            r"|smallest|greatest)\b[^,;.]*$", re.I)
_NEW_THINGS = compile_re(r"\b(?:new|additional|extra|more)\b", re.I)  # (what is new is no stock)
_COUNTED = compile_re(r"\d\s+$")  # what a cue word follows when it is the noun a number counts
# A plan a result is set against is no plan of it: "Uptake has been slower than expected …, with wait times of about
# 11 weeks", "opened as planned".
_SET_AGAINST = compile_re(r"\b(?:than|as)\s+(?:had been\s+|was\s+|were\s+)?$", re.I)
# What a result is measured against, between it and a plan word after it: "up 14% year over year and
# about $7 million above the high end of our guidance range".
EN_BENCHMARK = compile_re(r"\b(?:above|below|ahead of|in line with|against|beat|beating|exceed(?:s|ed|ing)?|than|top(?:ped|ping)|"
                          r"miss(?:ed|ing)?|short of|within)\b", re.I)


# A plan word that names its own number, another figure's kind: "against a target of 16,000", "the 1,180
# planned", "above the 60% goal" (not a cue for "fitted 6,940 smoke alarms" later in the sentence).
# (or right before it: "99.1% on time – target 99%", "12.7% (target 12.5%)")
_PLAN_OF_NUMBER = compile_re(r"s?(?:\s+(?:of|for|at)\s+|:\s*|\s+)(?:about |around |some |at least |up to )?(?:[$€£¥]|[A-Z]{1,2}\$)?"
                             r"(?=\d)(?!(?:19|20)\d\d(?![\d,.]))")  # (not a year: "targets for 2025")
_NUMBER_BEFORE = compile_re(r"(?<![\w/.,-])\d[\d,.]*%?(?:\s+[a-z-]+){0,2}\s+$")
_DIGIT = compile_re(r"\d")
_RELATIVE_ASIDE = compile_re(r",\s*(?:which|who)\b[^,;()]*,")


def _names_another(text: str, m: re.Match, own: int) -> bool:
    """Whether the plan word `m` names a number of its own ("target of 16,000", "1,180 planned") other than
    the figure at `own` in `text`: one after it, or one before it past a clause's comma (a target that goes
    on, "guidance of 470–510koz at an AISC of A$2,250", still speaks)."""
    if (of := _PLAN_OF_NUMBER.match(text, m.end())) is not None:
        named = of.end()
    elif m.group().lower() in ("planned", "budgeted", "targeted", "goal", "target") and (
            before := _NUMBER_BEFORE.search(text, max(0, m.start() - 40), m.start())) is not None:
        named = before.start()
    else:
        return False
    digit = _DIGIT.search(text, own)
    own_digit = digit.start() if digit else own
    if named == own_digit:
        return False
    between = text[named:own_digit]
    # (before it, only past a comma and a verb of its own: "against a target of 16,000, and fitted 6,940 …";
    # a list the plan word governs goes on: "set targets of 55 projects, 2,000 new jobs and …")
    return named > own_digit or re.search(r"[,;]", between) is not None and (
        EN_ACHIEVED_RE.search(between) is not None or any(not NOT_A_PAST.fullmatch(p.group()) for p in EN_PAST_RE.finditer(between)))


_APPROXIMATELY = compile_re(r"\s*(?:about|around|some|nearly|almost|over|just over)?\s*")


def other_cue_end(text: str, sp: NumberSpan, after_at: int | None) -> int:
    """Where the last word of a size, a cost or history in `text` ends (-1: none); `after_at`: where the number ends
    when `text` is its own clause (None: the words before it)."""
    # After the number, a profile word describes another noun ("adds 40 turbines to the existing
    # array").
    number_at = len(text) if after_at is None else after_at
    asides = [(a.start(), a.end()) for a in _RELATIVE_ASIDE.finditer(text, 0, number_at) if a.end() < number_at]
    return max((m.end() for m in EN_OTHER_RE.finditer(text)
                if (after_at is None or m.start() < after_at)
                # (nor a word of an aside on the subject that closes before the number: "The red-light camera program,
                # which covers 22 intersections, issued 46,310 notices")
                and not any(start < m.start() < end for start, end in asides)
                # ("spend £48m on your existing homes, including 800 new kitchens": what is new is no stock)
                and not (m.group().lower() == "existing" and _NEW_THINGS.search(sp.text))
                # (nor the record a result is: "the highest annual total since 2010/11 and up 22%")
                and not (m.group().lower() == "since" and _RECORD_BEFORE.search(text, max(0, m.start() - 40), m.start()))
                # (nor a stock a result brings to a new level: "bringing the University's stock of beds to 3,460")
                and not (m.group().lower() == "stock of" and _LEVEL_TAKEN.search(text, max(0, m.start() - 40), m.start()))
                # (nor the share of costs a result covers, the verb right before it: "£11.8 million, covering 93% of the
                # centres' operating costs")
                and not (sp.unit == "%" and m.group().lower().startswith("cover")
                         and _APPROXIMATELY.fullmatch(text, m.end(), number_at - (0 if after_at is None else len(sp.text))))
                # (nor, in the words before the number's clause, a word of another figure's that stands between: "aims to
                # approve grant schemes covering 5,000 hectares, to raise the share … to 50%"; but a whole's word holds for
                # its parts: "a nameplate capacity of 5,950 MW: 1,640 MW of coal", "a budget of £96.5m, including £38m")
                and not (after_at is None and (other := _ANOTHER_NUMBER.search(text, m.end()))
                         and not _PARTS_AFTER.search(text, other.end()))),
               default=-1)


# A number that is no year nor a year's end ("2019", "2024–25"): another figure's.
_ANOTHER_NUMBER = compile_re(r"(?<![\d.,–-])(?!(?:19|20)\d\d(?![\d,]))\d")
_JOINED_END = compile_re(r"\s*(?:to|and|or|-|–)\s*(?:about\s+|around\s+)?[$€£¥]?")
_PARTS_AFTER = compile_re(r"[:(]|\b(?:including|includes|included|of which|comprising|made up of)\b")


def target_cue_end(text: str, own: tuple[int, int] | None) -> int:
    """Where the last word of a plan in `text` ends (-1: none); `own`: where the number stands in `text` when that is
    its own clause (None: the words before it)."""
    # (not a number's noun: "18 goals" scored are no goal set)
    # (nor a plan the number is measured against: "up 14% … above the high end of our guidance")
    return max((m.end() for m in EN_TARGET_RE.finditer(text)
                if not (m.group().lower().rstrip("s") in ("goal", "target") and _COUNTED.search(text, 0, m.start()))
                and not (own is not None and own[0] <= m.start() < own[1])  # ("48,760 planned operations")
                and not (own is not None and m.start() >= own[1] and EN_BENCHMARK.search(text, own[1], m.start()))
                # (nor the plan of another figure after it: "reached £31.4 million of the £52.0 million capital plan"; a
                # range's or a change's other end shares it: "between 300 and 450 cases in the coming year")
                and not (own is not None and m.start() >= own[1] and (other := _ANOTHER_NUMBER.search(text, own[1], m.start()))
                         and not _JOINED_END.fullmatch(text, own[1], other.start()))
                and not EN_ATTAINED_OF.search(text, max(0, m.start() - 24), m.start())
                and not _SET_AGAINST.search(text, max(0, m.start() - 16), m.start())
                and not _names_another(text, m, own[0] if own is not None else len(text))),
               default=-1)


def governed_by_plan(text: str, t: int, o: int) -> bool:
    """Whether the word of size or history ending at `o` is the verb of the plan ending at `t`, and so no size: "aims to
    supply 26,000 MWh of heat in 2025" (not a work's cost, its size: "expected to cost £4.2m")."""
    return 0 <= t < o and _PLAN_TO.fullmatch(text, t, o) is not None


_PLAN_TO = compile_re(r"\s+to\s+(?!cost\b)[a-z]+")
