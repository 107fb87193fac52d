"""Walks over an English sentence's decisions (`decisions_en`) that carry a figure's kind to a figure after it that no
word of its own speaks for: the same work going on in a participle's clause, a change named after a result, a level the
work carried a thing to, what a survey found after its sample, and how far an outturn came in under its budget."""

from __future__ import annotations

import re

from ..re_cache import compile_re
from .decision import Decision
from .kind_cues_en import EN_TARGET_RE
from .spans import NumberSpan

# "and" before the next figure of a pair: a second change of the same figure ("11% less than in 2023/24 and 52% below
# 2018/19"), the next of the same work.
EN_AND_NEXT = compile_re(r"[^,;.\d]{0,16}?(?:\d{2,4}(?:[/-]\d{2})?)?\s+and\s+")

# Rules whose figure lends no verb to the figure after it: a goal or a limit named ("against a target of 78.0 and the
# industry median of 76.5"), a base, a span of time.
NOT_SHARED = frozenset(("baseline", "goal_named", "time_limit", "time_span", "class_bound", "size_rank"))

# A participle's clause after a figure, of the same work, before a number it governs (not one that names another figure's
# place: "including", nor a total: "bringing the total to"): ", collecting 5,204 water samples".
_EN_PARTICIPLE_CLAUSE = compile_re(r"[^,;.]{0,80}?,\s+(?:and\s+)?(?!including\b|bringing\b|taking\b|making\b|leaving\b)"
                                   r"[a-z]{3,}ing\s+(?:about |around |roughly |nearly |almost |some |more than |over |an estimated "
                                   r"|a further |another |an additional )?"
                                   r"(?:[$€£¥]|[A-Z]{1,2}\$)?")
# An average or a total of the same work, in a "with" after it: "answered 48,200 calls, with an average wait of 2 minutes
# 40 seconds", "lasted an average of 1.9 days on site, with an average team of 3.2 inspectors".
_EN_WITH_AVERAGE = compile_re(r"[^,;.]{0,80}?,\s+with\s+(?:an?\s+)?(?:average|median|mean|total)(?:\s+[a-z-]+){0,2}\s+of\s+"
                              r"(?:about |around |roughly |nearly |almost |some |just over |just under )?(?:[$€£¥]|[A-Z]{1,2}\$)?")
# A change named after a result: ", a decrease of 5.8%", "and a fall of 3.1%".
_EN_CHANGE_NAMED_AFTER = compile_re(r"(?:,|\band)\s+an?\s+(?:increase|rise|decrease|fall|drop|cut|reduction|gain|improvement)"
                                    r"\s+of\s+(?:about\s+|nearly\s+|almost\s+|roughly\s+|some\s+)?[$€£¥]?$"
                                    # (or the same result restated: "taught 31,640 students, equivalent to 28,900 full-time")
                                    r"|(?:,|\band|\()\s*(?:the\s+)?(?:equivalent|equal)\s+(?:to|of)\s+"
                                    r"(?:about\s+|nearly\s+|almost\s+|roughly\s+|some\s+)?[$€£¥]?$", re.I)


def same_work(sentence: str, spans: list[NumberSpan], decisions: list[Decision]) -> list[Decision]:
    """A figure no word speaks for, in a participle's clause after a figure of work, or its average in a "with" after it:
    the same work goes on ("sampled 118 river sites…, collecting 5,204 water samples and more than 41,000 individual
    measurements", "answered 48,200 calls, with an average wait of 2 minutes 40 seconds")."""
    out = list(decisions)
    for i in range(1, len(spans)):
        if out[i].rule == "default" and out[i - 1].kind != "other" and (
                _EN_PARTICIPLE_CLAUSE.fullmatch(sentence, spans[i - 1].end, spans[i].start)
                or _EN_WITH_AVERAGE.fullmatch(sentence, spans[i - 1].end, spans[i].start)
                or out[i - 1].rule == "same_work" and EN_AND_NEXT.fullmatch(sentence, spans[i - 1].end, spans[i].start)):
            out[i] = Decision(out[i - 1].kind, "same_work", out[i - 1].certain)
    return out


def changes_named_after(sentence: str, spans: list[NumberSpan], decisions: list[Decision]) -> list[Decision]:
    """A change named after a result, past a comma or "and", where no word of its own speaks, is the result's: "612 people
    died…, 38 fewer than in 2023 and a decrease of 5.8%", "…, a fall of 3.1%"."""
    out = list(decisions)
    for i in range(1, len(spans)):
        if out[i].rule == "default" and out[i - 1].kind == "achieved" and out[i - 1].rule not in NOT_SHARED \
                and _EN_CHANGE_NAMED_AFTER.search(sentence, spans[i - 1].end, spans[i].start):
            out[i] = Decision("achieved", "apposed_change", out[i - 1].certain)
    return out


# A participle that carries a thing to a new level, after the work that did it: ", taking the zero-emission fleet to".
_EN_CARRIED_TO = compile_re(r"[^;.]{0,80}?,?\s+(?:and\s+)?(?:taking|bringing|lifting|raising|pushing)\s+[^,;.\d]{1,60}?\s+to\s+"
                            r"(?:about |around |roughly |nearly |almost |some |more than |over |a record )?(?:[$€£¥]|[A-Z]{1,2}\$)?")


def levels_carried(sentence: str, spans: list[NumberSpan], decisions: list[Decision]) -> list[Decision]:
    """A figure no word speaks for, that the work before it carried a thing to, is the level that work reached: of the
    work's kind ("During the year 64 battery-electric buses entered service, taking the zero-emission fleet to 148
    vehicles"; "we will recruit 150 new volunteers, bringing our volunteer team to 600")."""
    out = list(decisions)
    for i in range(1, len(spans)):
        if out[i].rule == "default" and out[i - 1].kind != "other" and out[i - 1].rule not in NOT_SHARED \
                and _EN_CARRIED_TO.fullmatch(sentence, spans[i - 1].end, spans[i].start):
            out[i] = Decision(out[i - 1].kind, "level_carried", out[i - 1].certain)
    return out


# Between a survey's sample and what it found: "In our survey of 412 bereaved families, ", "… of 1,150 passengers, ",
# "… of 2,300 riders carried out in February found that ".
_EN_SURVEY_FINDING = compile_re(r"[^;.\d]{0,120}?(?:,|\b(?:found|finds|showed|shows|suggested|suggests)(?:\s+that)?)\s+"
                                r"(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+|just (?:over|under)\s+)?")


def survey_findings(sentence: str, spans: list[NumberSpan], decisions: list[Decision]) -> list[Decision]:
    """A figure no word of its own speaks for, right after a survey's sample, is what the survey found: a result of
    the period ("In our survey of 412 bereaved families, 96% rated the service good or excellent"), not of the sample's
    kind (how it was measured)."""
    out = list(decisions)
    for i in range(1, len(spans)):
        if out[i - 1].rule == "sample_size" and out[i].rule in ("default", "apposed_change") \
                and _EN_SURVEY_FINDING.fullmatch(sentence, spans[i - 1].end, spans[i].start):
            out[i] = Decision("achieved", "survey_finding")
    return out


# A figure's difference from its budget: "£210,000 under budget", "2.3% below the budget of $66.2 million".
_EN_VARIANCE = compile_re(r"\s+(?:over|under|below|above|within)\s+(?:its\s+|the\s+|our\s+|their\s+)?(?:original\s+|revised\s+)?budget\b",
                          re.I)


def variances(sentence: str, spans: list[NumberSpan], decisions: list[Decision]) -> list[Decision]:
    """How far an outturn came in under or over its budget is of the outturn's kind ("spent £5.59m on it, £210,000 under
    budget"), else a result unless a plan speaks ("was completed on schedule and $1.2m under budget"; "is forecast to be
    $420 million above budget")."""
    out = list(decisions)
    for i, sp in enumerate(spans):
        if out[i].rule not in ("default", "size_or_history") or not _EN_VARIANCE.match(sentence, sp.end):
            continue
        if i and out[i - 1].rule not in ("baseline", "time_span", "time_limit") and out[i - 1].kind != "other":
            out[i] = Decision(out[i - 1].kind, "variance", out[i - 1].certain)
        else:
            out[i] = Decision("target" if EN_TARGET_RE.search(sentence, 0, sp.start) else "achieved", "variance", True)
    return out
