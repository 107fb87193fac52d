"""The kind of each figure of an English sentence, read in order: each figure's own clause (`kinds_en`), then what
the figures around it make of it (the ends of a range, a change set after its level, a comparison in brackets, the
parts of a whole named first, the members of a list). Imported with the first English sentence.
"""

from __future__ import annotations

import re

from ..re_cache import compile_re
from .bare_values_en import is_gapped_value
from .carried_en import (
    EN_AND_NEXT,
    NOT_SHARED,
    changes_named_after,
    levels_carried,
    same_work,
    survey_findings,
    variances,
)
from .decision import Decision, Kind, SentenceContext
from .kind_cues_en import EN_ATTAINMENT, EN_OTHER_RE, EN_PAST_RE, EN_TARGET_RE, NOT_A_PAST
from .kinds_en import decide_en
from .numbers_en import EN_MONEY
from .phrases_en import EN_OR_SHARE
from .spans import NumberSpan
from .verbs_en import said_as_done

EN_FROM = compile_re(r"\bfrom\s+[$€£¥]?$", re.I)
# Between the ends of a range of one unit ("a 70–90% chance", "$3.05 billion to $3.12 billion"); not a
# change from a level to another ("fell from 50.6% to 49.4%"), a split ("by 412 votes, 50.6% to 49.4%")
# nor a value restated (", or $1.24 per share").
_EN_RANGE_ENDS = compile_re(r"\s*(?:to|-|–)\s*")


def is_range(sentence: str, lower: NumberSpan, upper: NumberSpan) -> bool:
    """Whether `lower` and `upper` are the ends of one range."""
    return lower.unit == upper.unit and (lower.value or 0) < (upper.value or 0) \
        and _EN_RANGE_ENDS.fullmatch(sentence, lower.end, upper.start) is not None \
        and not EN_FROM.search(sentence, max(0, lower.start - 12), lower.start)


# Between the two ends of an English range: "$5.2 billion and $5.4 billion", "10 to 12%".
EN_RANGE = compile_re(r"\s*(?:to|and|,?\s*or|-|–)\s*")  # (", or $1.24 per share": the same value restated)
# A change set after a figure as its apposition: "total spending of $48.6 billion, an increase of 3.1%
# over …", "… of $2.1 billion next year, up 4%". It is the change of that figure, so of its kind: a
# planned level's change is planned too.
# (the rest of the figure's clause, up to its comma: ", 5.2% more than in 2023"; "people lost their lives, seven fewer than")
# (past an apposition joined by "and": "disposed of 2,41,120 cases, the highest for any quarter on record and
# 9.8% more than a year earlier")
_EN_REST_OF_CLAUSE = compile_re(r"[^,;.]{0,40}?,\s*(?:[^,;.\d]{0,60}?\band\s+)?"
                                r"(?:an? )?(?:about |around |roughly |nearly |almost |some |just (?:over|under) )?")
EN_CHANGE_NEXT = compile_re(r"\s+(?:(?:more|less|fewer|higher|lower)\s+than|(?:up|down)\s+(?:on|from)"
                            r"|(?:increase|rise|decrease|fall|drop|reduction|gain|improvement|jump)(?=\s*(?:on|from|over|compared|$|[,;.)]))"
                            r"|(?:below|above)\s+(?=(?:19|20)\d\d|the |its |their |that |in ))\b", re.I)  # ("52% below 2018/19")
# (a result's change named after it, past a comma or "and": ", a decrease of", "… and an increase of")
EN_APPOSED_RANK = compile_re(r"(?:,|\band)\s+(?:the|its|their|our)\s+$", re.I)
EN_APPOSED_CHANGE = compile_re(r",\s+(?:an?\s+(?:increase|rise|decrease|fall|drop|cut|reduction|gain)\s+of|up|down)\s+"
                               r"(?:by\s+)?(?:about\s+|nearly\s+|almost\s+|roughly\s+|some\s+)?[$€£¥]?$", re.I)


def decisions_en(sentence: str, spans: list[NumberSpan], context: SentenceContext) -> list[Decision]:
    """The kind of each English figure of a sentence (the walk `kind_of_quote` shares)."""
    decisions: list[Decision] = []
    for i, sp in enumerate(spans):
        before = spans[i - 1] if i else None
        # "$4.9 billion to $5.1 billion": the range's ends are one kind.
        # ("from 9% to 14%" is no range: a change from a baseline to a new level.)
        # (nor a goal named and a change after it: "of the annual target of ₹1,385 crore and 9.6% more than …")
        if before is not None and EN_RANGE.fullmatch(sentence[before.end : sp.start]) \
                and decisions[-1].rule not in ("time_limit", "class_bound", "time_span") \
                and not EN_FROM.search(sentence, max(0, before.start - 12), before.start) \
                and not (decisions[-1].rule == "goal_named" and EN_CHANGE_NEXT.match(sentence, sp.end)) \
                and not (sp.unit == "%" and EN_ATTAINMENT.match(sentence, sp.end)):  # (", or 58% of the target": done)
            decisions.append(decisions[-1])
        elif before is not None and decisions[-1].kind == "target" \
                and EN_APPOSED_CHANGE.search(sentence, before.end, sp.start):
            decisions.append(Decision("target", "apposed_change", decisions[-1].certain))
        elif before is not None and decisions[-1].rule != "baseline" and (
                _EN_REST_OF_CLAUSE.fullmatch(sentence, before.end, sp.start)
                or decisions[-1].rule == "apposed_change" and EN_AND_NEXT.fullmatch(sentence, before.end, sp.start)) \
                and (EN_CHANGE_NEXT.match(sentence, sp.end) or _EN_SHARE_OF_THEM.match(sentence, sp.end)):
            # "Crews responded to 14,782 incidents, 5.2% more than in 2023": the change of the figure before;
            # "answered 214,000 calls, 88% of them within 60 seconds": a share of it (past a service's name: "received
            # 164,800 emergency 999 calls, 3% more")
            changed = decisions[-2] if decisions[-1].rule == "name" and len(decisions) > 1 else decisions[-1]
            decisions.append(Decision(changed.kind, "apposed_change", changed.certain))
        elif sp.unit == "rank" and EN_APPOSED_RANK.search(sentence, spans[0].end, sp.start) \
                and (ranked := next((d for d in reversed(decisions) if d.rule not in ("baseline", "time_limit")), None)):
            # "recycled 48.9% of its waste, the second-highest rate in the county": the rank of that
            # figure (not of the level it is compared with: "up from 43.8% … and the third-highest")
            decisions.append(Decision(ranked.kind, "apposed_rank", ranked.certain))
        elif sp.unit == "rank" and _SIZE_RANK.search(sp.text) and not _RANK_GAINED.search(sentence, 0, sp.start) \
                and not EN_TARGET_RE.search(sentence, 0, sp.start):
            # "Hollybank remains the third-largest independent veterinary group": where a body stands by its size,
            # a profile ("made us the region's third-largest grain exporter" is a result; a rate's rank is read below)
            decisions.append(Decision("other", "size_rank", True))
        else:
            decisions.append(decide_en(sentence, sp, context))
    decisions = _parts_of_the_whole(sentence, spans, decisions, context.previous)
    for read_again in _WALKS:  # (each reads the decisions the one before left)
        decisions = read_again(sentence, spans, decisions)
    return decisions


_SIZE_RANK = compile_re(r"-(?:largest|biggest|smallest)$")
_RANK_GAINED = compile_re(r"(?i)\b(?:made|makes|making|became|become|becoming|rose|risen|climbed|moved|jumped|overtook|now ranks)\b")
# Between a base of a comparison, its time named, and a second base: "up from 43.8% in Q2 and 41.9% in Q3 2024",
# "compared with 71% normally at this time of year and 83% on the same date in 2024".
_EN_AND_ANOTHER_BASE = compile_re(r"(?:\s+[a-z]+ly)?\s+(?:in|at|on)\s+[^,;.\d]{0,24}?(?:(?:19|20)\d\d(?:[/–-]\d\d)?|Q[1-4]|H[12])?\s+and\s+"
                                  r"(?:[$€£¥]|[A-Z]{1,2}\$)?", re.I)
# Two bases under one "from", of two measures: "up from 7 burns and 2,650 acres in fiscal 2024".
_EN_AND_BASE_BESIDE = compile_re(r"\s+and\s+(?:[$€£¥]|[A-Z]{1,2}\$)?")


def _second_bases(sentence: str, spans: list[NumberSpan], decisions: list[Decision]) -> list[Decision]:
    """A second earlier figure a level is compared with, joined to the first by "and", is a base too."""
    out = list(decisions)
    for i in range(1, len(spans)):
        if out[i - 1].rule == "baseline" and out[i].rule != "baseline" and (
                spans[i].unit == spans[i - 1].unit and _EN_AND_ANOTHER_BASE.fullmatch(sentence, spans[i - 1].end, spans[i].start)
                or _EN_AND_BASE_BESIDE.fullmatch(sentence, spans[i - 1].end, spans[i].start)):
            out[i] = Decision("other", "baseline", True)
    return out


# Between a whole and the first of its parts: "raised £1.8m, including £412,000 from …", "responded to 5,214 service
# requests, including 1,108 barking complaints", "drilled 62,000 metres …, including 21 holes at …".
_EN_INCLUDING = compile_re(r"(?:[^\d.;:()]|(?<!\d)(?:19|20)\d\d(?:[/–-]\d\d)?(?!\d|[,.]\d)){0,60}?,?\s+including\s+(?:the\s+|an?\s+|its\s+|some\s+|about\s+|around\s+)?"
                           r"(?:[A-Za-z-]+\s+){0,2}?[$€£¥]?")


def _parts_included(sentence: str, spans: list[NumberSpan], decisions: list[Decision]) -> list[Decision]:
    """A part counted after "including" is of its whole's kind where no word of its own speaks: the money raised
    included the £412,000 from one event, a plan's concerts the 15 in small towns, an orderbook its ships."""
    out = list(decisions)
    for i in range(1, len(spans)):
        # (a cost spent or a budget set is read for its parts too, whose only cue is the whole's "cost" or "budget of":
        # "Fuels work cost $5.7 million in fiscal 2025, including $2.3 million from a federal allocation")
        if (out[i].rule == "default" and out[i - 1].rule != "default"
                or out[i - 1].rule in ("cost_spent", "goal_named", "budget_set") and out[i].rule == "size_or_history"
                and not _EN_SUM_OF_A_WORK.match(sentence, spans[i].end)) \
                and _EN_INCLUDING.fullmatch(sentence, spans[i - 1].end, spans[i].start):
            out[i] = Decision(out[i - 1].kind, "part_included", out[i - 1].certain)
        elif out[i - 1].rule == "part_included" and out[i].rule in ("default", "size_or_history") \
                and spans[i].unit == spans[i - 1].unit and _EN_NEXT_PART.fullmatch(sentence, spans[i - 1].end, spans[i].start):
            out[i] = out[i - 1]  # (the next part of the list: "including $2.3 million from …and $0.9 million from partners")
        elif out[i - 1].kind == "target" and out[i].rule in ("default", "size_or_history") \
                and _EN_TO_DO.fullmatch(sentence, spans[i - 1].end, spans[i].start):
            out[i] = Decision("target", "planned_work", out[i - 1].certain)  # ("£38 million to retrofit a further 2,200 homes")
    return out


# A sum before the work it is the size of: "including the £1.1 million realignment of the Harthollow Bends".
_EN_SUM_OF_A_WORK = compile_re(r"\s+(?!(?:from|for|in|of|on|to|and|at|by|with|was|were|is|are)\b)[a-z]{3,}")
# What planned money is to do: "including £38 million to retrofit a further 2,200 homes".
_EN_TO_DO = compile_re(r"\s+to\s+[a-z]{3,}\s+(?:a further\s+|an additional\s+|another\s+|up to\s+|at least\s+)?")
_EN_NEXT_PART = compile_re(r"(?:\s+(?:from|for|to|on|in|at)\s+[^,;.\d]{0,90}?)?(?:,\s+(?:and\s+)?|\s+and\s+)"
                           r"(?:about\s+|around\s+|some\s+|nearly\s+)?(?:[$€£¥₹]|[A-Z]{1,2}\$)?")


# A change measured against an earlier time: "9% more than in 2023", "4.2% higher than a year earlier", "18% lower
# than a year ago", "5.6% more than in October 2024", "up 3% on the previous year".
_EN_CHANGE_SINCE = compile_re(
    # ("than" alone after a figure whose words hold the comparative: "38 fewer than in 2023")
    r"\s+(?:(?:(?:more|less|fewer|higher|lower|greater|smaller)\s+)?than|(?:up|down)\s+(?:on|from))\s+(?:in\s+|during\s+)?"
    r"(?:(?:19|20)\d\d(?:[/–-]\d{2})?\b|(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\s+(?:19|20)\d\d\b|(?:a|one)\s+year\s+(?:earlier|ago|before)|last\s+year|"
    r"the\s+(?:previous|prior|preceding|same)\s+(?:year|quarter|month|week|period|half)\b)", re.I)


def _changed_since(sentence: str, spans: list[NumberSpan], decisions: list[Decision]) -> list[Decision]:
    """A change against an earlier time that no word of the sentence speaks for is this period's result, and so is
    the level it is the change of: "Housing First moved 812 households into permanent homes, 9% more than in 2023"
    (a level set beside its comparison is the period's, as a level with its earlier one in brackets is). A plan's
    word or a section makes no change "default", so "would be 6% more than in 2024" stays the forecast's. So is a
    level its clause sets against a base: "…, up from 81% in 2024", "…, compared with 790 megalitres a day"."""
    out = list(decisions)
    for i, sp in enumerate(spans):
        level = out[i].rule == "apposed_change" and i and out[i - 1].rule == "default"
        if (out[i].rule == "default" or level) and _EN_CHANGE_SINCE.match(sentence, sp.end):
            out[i] = Decision("achieved", "compared", out[i].certain)
            if level:
                out[i - 1] = Decision("achieved", "compared", out[i - 1].certain)
        elif out[i].rule == "default" and (j := _next_past_bounds(out, i)) < len(spans) and out[j].rule == "baseline" \
                and spans[j].unit in ("", sp.unit) and not _EN_CLAUSE_BREAK.search(sentence, sp.end, spans[j].start) \
                and not _EN_LABELLED_IN_BRACKETS.search(sentence, max(0, sp.start - 24), sp.start) \
                and _EN_EARLIER_TIME.match(sentence, spans[j].end):
            # "84% of respondents rated the service good, up from 81% in 2024": the level its base is set against
            # (of its measure: not "swim 25 metres unaided, compared with 77%"; nor an earlier month's "(April: 44 minutes)";
            # a base of an earlier time: not "fees range from £19,500 to £26,800, compared with £9,535 for home students";
            # past a bound of what is counted: "4,215 patients had been waiting more than 52 weeks, down from 5,880 a year earlier")
            out[i] = Decision("achieved", "compared", out[i].certain)
    return out


def _next_past_bounds(decisions: list[Decision], i: int) -> int:
    """The index of the first figure after the i-th that is no time limit or class bound of it."""
    j = i + 1
    while j < len(decisions) and decisions[j].rule in ("time_limit", "class_bound"):
        j += 1
    return j


_EN_CLAUSE_BREAK = compile_re(r"[;:]|\.\s")
_EN_LABELLED_IN_BRACKETS = compile_re(r"\(\s*[\w /–-]{1,20}:\s*$")
_EN_EARLIER_TIME = compile_re(
    r"[^,;.()]{0,40}?\b(?:(?:19|20)\d\d|(?:a|one) (?:year|month|quarter|week) (?:earlier|ago|before)|last (?:year|month|quarter|week)"
    r"|the (?:previous|prior|preceding|same) |(?:in|at the end of) (?:January|February|March|April|May|June|July|August|September"
    r"|October|November|December)\b|previously|a typical |before the pandemic)", re.I)


_EN_WORTH = compile_re(r"\s*(?:[a-z]+\s+){0,3}?(?:worth|(?:[a-z]+)?,\s*valued at|,\s*costing)\s+(?:about |around |an estimated |some |a total of )?")
_EN_OPEN_BRACKET = compile_re(r"\s*\(\s*")
_EN_CLOSE_BRACKET = compile_re(r"\s*\)")
_EN_CONVERSION_OPENS = compile_re(r"\s*\(\s*(?:(?:about|around|approximately|roughly|some|c\.|~)\s*)?")
_EN_EARLIER_IN_BRACKETS = compile_re(r"\s+(?:a year (?:ago|earlier)|last year|the (?:previous|prior) (?:year|week|month|quarter)"
                                     r"|(?:last|a) (?:week|month|quarter) (?:ago|earlier)|in (?:19|20)\d\d)\s*\)")


def _compared_in_brackets(sentence: str, spans: list[NumberSpan], decisions: list[Decision]) -> list[Decision]:
    """"Loerievlei Dam: 31.7% (42.9% a year ago)": the figure in brackets is the earlier time's, the
    comparison; the one it follows is this period's, where no word of its own speaks."""
    out = list(decisions)
    for i in range(1, len(spans)):
        if _EN_OPEN_BRACKET.fullmatch(sentence, spans[i - 1].end, spans[i].start) \
                and _EN_EARLIER_IN_BRACKETS.match(sentence, spans[i].end):
            out[i] = Decision("other", "baseline", True)
            if out[i - 1].rule == "default":
                out[i - 1] = Decision("achieved", "compared", out[i - 1].certain)
        elif _EN_OPEN_BRACKET.fullmatch(sentence, spans[i - 1].end, spans[i].start) and spans[i].unit == spans[i - 1].unit \
                and _EN_CLOSE_BRACKET.match(sentence, spans[i].end) and spans[i].value != spans[i - 1].value \
                and spans[i].text[:1] not in "+-−":  # (a signed one is a change: "flat on last year (+0.9%)")
            # "EBITDA of USD 618 million (USD 503 million)", "a margin of 25.6% (22.6%)": a report's bare figure in
            # brackets after one of its unit is the comparison period's, as its notes say ("figures in brackets
            # refer to the same period last year"); not a conversion, which is of another unit
            out[i] = Decision("other", "baseline", True)
            if out[i - 1].rule == "default":
                out[i - 1] = Decision("achieved", "compared", out[i - 1].certain)
        elif _EN_CONVERSION_OPENS.fullmatch(sentence, spans[i - 1].end, spans[i].start) and _EN_CLOSE_BRACKET.match(sentence, spans[i].end) \
                and spans[i].unit in EN_MONEY and spans[i - 1].unit in EN_MONEY and spans[i].unit != spans[i - 1].unit:
            out[i] = out[i - 1]  # a conversion is the sum's: "has pledged $250,000 (about £196,000) over three years"
        elif _EN_GOAL_IN_BRACKETS.fullmatch(sentence, spans[i - 1].end, spans[i].start):
            # "Leakage: 512.3 Ml/d (commitment: 498.0 Ml/d) – not met": the goal in brackets, the result before it
            out[i] = Decision("target", "goal_named", True)
            if out[i - 1].rule == "default":
                out[i - 1] = Decision("achieved", "compared", out[i - 1].certain)
    return out


# A value alone in brackets after a name ("went to Harrowby Hospice at Home (£42,000)"), and between two such values.
_EN_NAMED_IN_BRACKETS = compile_re(r"[A-Za-z][^\w(),;:]*\(\s*(?:about\s+|around\s+)?$")
_EN_NEXT_NAMED = compile_re(r"\s*\)(?:,\s+(?:and\s+)?|\s+and\s+)[^\d()]{1,80}\(\s*(?:about\s+|around\s+)?")


def _named_in_brackets(sentence: str, spans: list[NumberSpan], decisions: list[Decision]) -> list[Decision]:
    """What a value alone in brackets after a name measures is what the clause before the bracket did, where no word of
    its own speaks: "The largest grants went to Harrowby Hospice at Home (£42,000), the Valley Youth Music Trust
    (£35,500) and …", "The rest came from catering and bars (£1.3m), grants (£1.2m) …" (a verb in the past, none of a plan; not
    a rule's present passive: "The rest is passed on to Ledmoor County Council (73p)")."""
    out = list(decisions)
    for i, sp in enumerate(spans):
        if out[i].rule != "default" or not _EN_CLOSE_BRACKET.match(sentence, sp.end):
            continue
        if i and out[i - 1].rule == "named_in_brackets" and _EN_NEXT_NAMED.fullmatch(sentence, spans[i - 1].end, sp.start):
            out[i] = out[i - 1]
            continue
        head = sentence[: sp.start]
        head = head[max(head.rfind(";"), head.rfind(":")) + 1 :]
        if not _EN_NAMED_IN_BRACKETS.search(head):
            continue
        before = head[: head.rfind("(")]  # (the clause before the bracket: no other figure whose share it could be)
        if any(c.isdigit() for c in before) or EN_TARGET_RE.search(before) or not any(
                not NOT_A_PAST.fullmatch(m.group()) and said_as_done(before, m) for m in EN_PAST_RE.finditer(before)):
            continue
        out[i] = Decision("achieved", "named_in_brackets", False)
    return out


_EN_GOAL_IN_BRACKETS = compile_re(r"\s*\(\s*(?:the\s+)?(?:commitment|target|plan|goal|standard|budget|trajectory|ambition)s?"
                                  r"\s*:?\s*(?:of\s+)?(?:about\s+|around\s+)?", re.I)


_EN_OF_THE_WHOLE = compile_re(r"\s*Of (?:the|these|those|its|their|our|all)\s+(?:[a-z-]+\s+)?\d")


_EN_OF_THOSE_BEFORE = compile_re(r"\s*Of (?:these|those|them)\s*,")


def _parts_of_the_whole(sentence: str, spans: list[NumberSpan], decisions: list[Decision],
                        previous: Kind | None = None) -> list[Decision]:
    """"Of the 214 funded organisations, 126 are based outside the capital": a part counted after a
    whole named first takes the whole's kind, where no word of its own speaks (parts of a batch); after
    "Of these," the whole is the sentence before's (`previous`, the kind it ended on)."""
    if previous == "achieved" and _EN_OF_THOSE_BEFORE.match(sentence):  # (not a goal named last: "against a target of 12,000")
        return [Decision(previous, "part_of_whole") if d.rule in ("default", "section") else d for d in decisions]
    whole = decisions[0] if decisions else None
    if whole is None or len(spans) < 2 or whole.rule in ("default", "section") or not _EN_OF_THE_WHOLE.match(sentence):
        return decisions
    comma = sentence.find(",", spans[0].end)
    return [Decision(whole.kind, "part_of_whole", whole.certain)
            if i and comma >= 0 and sp.start > comma and d.rule in ("default", "section") else d
            for i, (sp, d) in enumerate(zip(spans, decisions, strict=True))]


# Between the members of a list of counts: "312 new kitchens, 268 bathrooms and 540 boilers", "1,702 primary fires,
# 2,283 secondary fires" (the noun of one member, then a comma or "and").
_EN_LIST_JOIN = compile_re(r"[a-z -]{0,30}?(?:,\s+(?:and\s+)?|\s+and\s+)")
# Between sums a verb left out after the first governs: "fined Corran Telecom £2.1m for failing …, Arkwave £0.9m for
# misleading claims and a smaller provider £0.4m", "The council contributed £0.8 million, the Treescape Challenge Fund
# £1.7 million, and sponsors £0.4 million": what the first was given for, then the next payer or payee named.
_EN_GAPPED = compile_re(r"(?:\s+(?:for|to|from|towards?|on)\s+[^,;.\d]{0,90}?)?(?:,\s+(?:and\s+)?|\s+and\s+)"
                        r"(?:the\s+|a\s+|an\s+)?(?:[A-Za-z][\w'’-]*\s+){1,5}"
                        # (not a clause of its own: "… and holds total impairment provisions of £6.2m")
                        r"(?<!\bof\s)(?<!\bat\s)(?<!\bto\s)(?<!\bby\s)(?<!\bis\s)(?<!\bwas\s)(?<!\bare\s)(?<!\bwere\s)")


# Between shares of one thing split by where they came from or went, the verb left out after the first: "abstracted 34% of
# our water from the River Tessel, 48% from groundwater and 18% from …" (the same preposition after the next share).
_EN_SHARES_SPLIT = compile_re(r"(?:\s+of\s+[^,;.\d]{1,40}?)?\s+(?P<prep>from|to|in|on|at|for|by|through|via)\s+[^,;.\d]{1,60}?"
                              r"(?:,\s+(?:and\s+)?|\s+and\s+)")
_NEW_CLAUSE = compile_re(r"\b(?:of|at|to|by|is|was|are|were)\s+$")


def _list_members(sentence: str, spans: list[NumberSpan], decisions: list[Decision]) -> list[Decision]:
    """A member of a list whose first member a verb governs is of that member's kind, where no word of its own
    speaks: "We also fitted 312 new kitchens, 268 bathrooms and 540 boilers"; so are sums after the first whose verb
    is left out ("fined Corran Telecom £2.1m …, Arkwave £0.9m …"), and what a result is worth ("3,412 loans worth
    €21.6m")."""
    out = list(decisions)
    for i in range(1, len(spans)):
        # (a cue of background read from afar is no word of the member's own: "invested £51.8 million in our existing homes,
        # fitting 1,140 new kitchens, 960 bathrooms and 2,210 boilers")
        own = out[i].rule == "default" or out[i].rule == "size_or_history" \
            and not EN_OTHER_RE.search(sentence, spans[i - 1].end, spans[i].end)
        if own and out[i - 1].rule in ("past_verb", "result_verb", "list_member", "part_included") \
                and out[i - 1].kind != "other" and spans[i].unit and (
                    spans[i].unit == spans[i].unit.lower()
                    # (sums of what was bought or spent: "funded £5.1 million of bus fares, £2.2 million of road repairs")
                    or spans[i].unit == spans[i - 1].unit and sentence.startswith(" of ", spans[i - 1].end)) \
                and _EN_LIST_JOIN.fullmatch(sentence, spans[i - 1].end, spans[i].start):
            out[i] = Decision(out[i - 1].kind, "list_member", out[i - 1].certain)
        elif out[i].rule == "default" and out[i - 1].rule in ("past_verb", "result_verb", "list_member") \
                and out[i - 1].kind != "other" and spans[i].unit and spans[i].unit == spans[i - 1].unit \
                and spans[i].unit in EN_MONEY and _EN_GAPPED.fullmatch(sentence, spans[i - 1].end, spans[i].start):
            out[i] = Decision(out[i - 1].kind, "list_member", out[i - 1].certain)  # (the same verb, left out)
        elif out[i].rule == "default" and spans[i].unit == spans[i - 1].unit == "%" and out[i - 1].rule in (
                "past_verb", "result_verb", "list_member") and (split := _EN_SHARES_SPLIT.fullmatch(
                    sentence, spans[i - 1].end, spans[i].start)) and sentence.startswith(f" {split['prep']} ", spans[i].end):
            out[i] = Decision(out[i - 1].kind, "list_member", out[i - 1].certain)  # (shares by where they went or came from)
        elif out[i].rule == "default" and not spans[i].unit and out[i - 1].kind != "other" \
                and out[i - 1].rule not in NOT_SHARED and not _NEW_CLAUSE.search(sentence, max(0, spans[i].start - 6), spans[i].start) \
                and is_gapped_value(sentence, spans[i - 1].end, spans[i].start, spans[i].end):
            # a bare number whose noun and verb are left out: "412 of them because of ash dieback and 186 because …"
            out[i] = Decision(out[i - 1].kind, "list_member", out[i - 1].certain)
        elif out[i].rule == "size_or_history" and out[i - 1].kind == "achieved" \
                and _EN_WORTH.fullmatch(sentence, spans[i - 1].end, spans[i].start):
            out[i] = Decision("achieved", "value_of_result", out[i - 1].certain)
    return out


_SHARE_IN_BRACKETS = compile_re(r"\s*\(\s*(?:about\s+|around\s+|some\s+)?")  # ("17,450 (28.0%) were treated at the scene")
_EN_SHARE_OF_THEM = compile_re(r"\s+of (?:them|those|these|which|whom|it|(?:the|its|their|our) total|all)\b")  # ("…, 61% of it through …")


def _shares_apposed(sentence: str, spans: list[NumberSpan], decisions: list[Decision]) -> list[Decision]:
    """A count set beside its share of a whole ("1,640 farms, or 71% of members, had completed an audit", "Capital
    expenditure of €236 million, or 20.3% of revenue") is a measurement of the period: where no word of the
    sentence speaks for either (the verb stands past the share, out of the count's clause), both are its results. A
    share with no word of its own beside a count a verb decided is of the count's kind: "The two councils supplied
    203,000 tonnes between them, or 78.7% of the total", "17,450 (28.0%) were treated at the scene"."""
    out = list(decisions)
    for i in range(1, len(spans)):
        if out[i - 1].rule == "baseline" and spans[i].unit == "%" and spans[i].text[:1] not in "+-−" \
                and _SHARE_IN_BRACKETS.fullmatch(sentence, spans[i - 1].end, spans[i].start):
            out[i] = out[i - 1]  # (a base's share is the base's: "up from 64 sites (54%) in 2023/24")
            continue
        if out[i].rule != "default" or spans[i].unit != "%" or not (
                EN_OR_SHARE.fullmatch(sentence, spans[i - 1].end, spans[i].start)
                or _SHARE_IN_BRACKETS.fullmatch(sentence, spans[i - 1].end, spans[i].start)):
            continue
        if out[i - 1].rule == "default":
            out[i - 1] = out[i] = Decision("achieved", "share_apposed", False)
        elif out[i - 1].kind != "other":
            out[i] = Decision(out[i - 1].kind, "share_apposed", out[i - 1].certain)
    return out


# What the figures around each one make of it, after its own clause and the whole a part is of, in this order.
_WALKS = (_compared_in_brackets, _named_in_brackets, _parts_included, _list_members, _changed_since, changes_named_after, _second_bases,
          _shares_apposed, same_work, levels_carried, survey_findings, variances)
