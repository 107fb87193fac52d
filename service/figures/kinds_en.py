"""English kinds: the same three kinds (kinds.py) read from English grammar.

English puts the verb after the figure as often as before it ("3,000 jobs were created"), so the
clause around the number decides first, then the sentence before it: a plan word (aims, will,
guidance) makes a target, a result verb (rose, completed, installed) a result, and a size, a cost, a
standing count or history (worth, has, founded in) makes other. Imported only for English text.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..re_cache import compile_re
from .bare_values_en import AGED
from .baselines_en import (
    EN_BASELINE,
    EN_EARLIER_PLAN_OPENING,
    EN_ELSEWHERE,
    EN_ELSEWHERE_OPENING,
    EN_RESTATED,
    baseline_decision,
    is_named_earlier_level,
)
from .clauses import clause_end, clause_start
from .cue_ends_en import governed_by_plan, other_cue_end, target_cue_end
from .decision import CUE_WINDOW, Decision, SentenceContext
from .kind_cues_en import (
    EN_ACHIEVED_RE,
    EN_ADOPTED,
    EN_ATTAINMENT,
    EN_BUDGET_AFTER,
    EN_BUDGET_FOR,
    EN_BUDGET_OF,
    EN_BUDGET_SET,
    EN_COMMITTED_BEFORE,
    EN_COST_BEFORE,
    EN_COST_DONE_BEFORE,
    EN_COST_SPENT,
    EN_DEAL_VALUE,
    EN_DONE_RE,
    EN_LONG_AGO,
    EN_MEASURE_ADJECTIVE,
    EN_OUTTURN_ESTIMATE,
    EN_OVER_YEARS,
    EN_OWNED,
    EN_PART_OF_NEW,
    EN_PAST_RE,
    EN_POSSESSION,
    EN_PRICE_AFTER,
    EN_PRICE_TO_HOLD,
    EN_PROGRESS,
    EN_REVISED,
    EN_SIZE_ADJECTIVE,
    EN_SUBORDINATE,
    EN_TARGET_RE,
    EXPENSE_CLASSES,
    NOT_A_PAST,
    names_no_quantity,
    ranked_group,
    rate_set,
    sized_work,
    stated_size,
)
from .numbers import NumberSpan
from .numbers_en import EN_MONEY, is_service_line
from .times_en import LONG_SPANS, SHORT_SPANS, TIME_BOUND_WORDS, TIME_UNITS, taken_or_average
from .verbs_en import (
    joined_past,
    last_result_verb,
    names_a_kind,
    said_as_done,
    said_or_done_before_a_plan,
    subject_of_a_past,
    verb_before_number,
)

# A running total to now (X年以来): "Since 2020 the province has signed 87 agreements", "has
# added 4,800 jobs since 2019". ("The highest since 2008" is history.)
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
EN_RUNNING_TOTAL = compile_re(
    r"\bsince (?:19|20)\d{2}\b.{0,80}?\b(?:has|have) (?:now |already |so far )?(?:been )?\w+ed\b"
    r"|\b(?:has|have) (?:now |already |so far )?(?:been )?\w+ed\b.{0,80}?\bsince (?:19|20)\d{2}\b"
    # ("Since the fund was launched in 2022, £96 million of it has been committed")
    r"|^\W*since\b[^,;]{0,80}?\b(?:19|20)\d{2},.{0,80}?\b(?:has|have) (?:now |already |so far )?(?:been )?\w+ed\b"
    # ("Since October, the inspectors have issued 1,847 fines": since a month of the period, or the last season)
    rf"|^\W*since (?:{_MONTHS}|last (?:year|winter|summer|spring|autumn|quarter|month))\b[^;]{{0,80}}?"
    r"\b(?:has|have) (?:now |already |so far )?(?:been )?\w+ed\b"
    # ("Since its start the partnership has restored 1,015 hectares", "Since the start of fiscal year 2026 on July 1,
    # recoveries total $13.9 million", "invested from the fund since its launch in 2021")
    r"|\bsince (?:its|the|their|our) (?:start|launch|opening|inception|creation|beginning)\b"
    # ("taking the total raised since launch to £3.4m", "a cumulative 41,300 free nights": a total to date)
    r"|\b(?:taking|bringing|brings|took|brought|takes)\s+(?:the|its|our|their)\s+(?:\w+\s+){0,2}?total\b|\bcumulative\b",
    re.I)
# The whole sum a part of money is of: "£96 million of its £250 million has been committed".
EN_WHOLE_SUM = compile_re(r"\d(?:[\d,.]*\d)?\s?(?:million|billion|m|bn)?\s+of\s+(?:its|the|their|our|this|that)\s+"
                          r"(?:[a-z]+\s+)?(?:[$€£¥]|[A-Z]{1,2}\$)?$")


@lru_cache(maxsize=64)
def _first_match_at(pattern: re.Pattern[str], sentence: str) -> int | None:
    """Where `pattern` first matches in the whole sentence, searched once a sentence: rules asked for
    each of its figures would otherwise read a long sentence quadratically."""
    m = pattern.search(sentence)
    return m.start() if m else None


EN_SAME_POINT = compile_re(r"\W*(?:at|by) (?:the same (?:point|time|stage)|this (?:point|time|stage)) (?:in |of )?"
                           r"(?:last|the previous|the prior|(?:19|20)\d\d)", re.I)
EN_LATER_PERIOD = compile_re(r"\bnext (?:year|financial year|fiscal year)\b", re.I)
# A target set, and the figures it names: "has set a target of 4,000 jobs created and £500 million of investment".
EN_TARGET_SET = compile_re(r"\b(?:set|sets|setting|adopted|agreed|has|have) (?:an? |the |its |new )?(?:\w+ )?(?:targets?|goals?) "
                           r"of\s+(?:(?:[^,;.]|[,.](?=\d)){0,60}?\band\s+)?(?:about |around |some |at least )?(?:[$€£¥]|[A-Z]{1,2}\$)?$",
                           re.I)
# A goal's word naming the number right after it: "an interim national target of 65%", "The season's target was 15,000", "the
# full-year budget of €14.8 million" (not a project's budget nor "a budget of …": a size); a
# standard of a share ("against the national standard of 90%"; not a product's: "the bread-making standard of 12.5%").
_GOAL_OF = compile_re(r"\b(?:targets?|goals?|trajectory|ceiling|(?<!project )(?<!programme )(?<!program )(?<!scheme )(?<!\ba )budget|budgeted)\s+(?:of|at|was|is)\s+(?:about |around |some |at least )?"
                      r"(?:[$€£¥₹]|[A-Z]{1,2}\$)?$", re.I)
# A goal or a budget named right after its number: "104.5% of the 40,000 target set in our strategy", "47% of the €303 million
# budget for the year" (not an amount below or over budget, nor what a budget lost or gained: "a £2m budget gap").
_GOAL_AFTER = compile_re(r"\s+(?!(?:below|under|over|above|within|ahead|behind|short)\b)(?:[a-z-]+\s+)?(?:target|goal|ceiling)\b(?!-)"
                         r"|\s+budget\s+for\s+(?:the\s+)?(?:year|(?:19|20)\d\d)")  # (not a project's "within its £4.2m budget")
_STANDARD_OF = compile_re(r"(?<!ing )\bstandard\s+of\s+$", re.I)
# The bound of a class, open on one side: "10% or more", "12 metres or longer", "aged 65 or over" (not a change's
# size, "fell by 5% or more").
_OR_BEYOND = compile_re(r"\s+or\s+(?:more|longer|above|over|higher|older|greater|less|fewer|below|under|younger|shorter)\b")
_CHANGE_BY = compile_re(r"\bby\s+$")
# A time limit a share is counted within: "within 10 seconds", "in under 10 minutes", "(within 24 hours)".
_WITHIN = compile_re(r"\b(?:within|in under|in less than|inside)\s+$", re.I)
# A bound on a time that defines a class: "waiting more than 52 weeks", "took longer than 60 minutes" (not a level a
# plan cuts to, "reduce interruptions to no more than 3.0 minutes", nor time given, "more than 51,000 hours of").
_TIME_BOUND = compile_re(r"(?<!\bto )(?<!\bto no )(?<!\bto not )\b(?:" + TIME_BOUND_WORDS + r")\s+$", re.I)
_TIME_UNIT = compile_re(r"(?:seconds?|minutes?|hours?|days?|weeks?|months?)", re.I)
# A span of time things happened in, a figure of the frame (`other`): "in 24 hours", "over 32 weeks", "ran for 26
# weeks", "the 52 weeks to 28 September", "(13 weeks)". Not a frequency, which a plan or a result may set ("will run
# every 15 minutes"), nor time given or used ("for 96,400 hours", "27,400 sitting days"; a span is short), nor the
# days counted ("full on 47 days").
_SPAN_BEFORE = compile_re(r"(?:\b(?:in|over|for|during|across|after|run of|the|first|last|next|past|all)"
                          r"|\()\s+(?:(?:the|a|an|their|its|our|first|last|next|past|all|combined|about|around|nearly|almost|some)\s+){0,2}$",
                          re.I)
# A time that a standard or a goal is named by is its value: "the 7-minute national standard", "the 30-minute target".
_STANDARD_AFTER = compile_re(r"\s+(?:(?!of\b|than\b|for\b|against\b)[a-z]+\s+){0,2}?(?:standard|target|goal|ambition|pledge|promise|commitment)s?\b")
# A work and what it holds: "a same-day emergency care unit with 16 trolleys", "a scheme with four theatres".
_WORKS_WITH = compile_re(r"\b(?:scheme|project|unit|hub|centre|center|facility|building|development|plant|ward|berth|terminal|"
                         r"depot|station|school|hospital|wing)s? with\s+(?:(?:about|around|some|up to) )?$", re.I)
# A stock at the end of the period reported, the period's outcome (not what a place has: "has 1.2 million
# residents"): "with 14,860 patients at 31 March", "had 412 stores at the end of the quarter".
_EN_PERIOD_END = compile_re(rf"\b(?:at|as at|as of)\s+(?:the\s+)?(?:end of (?:the\s+)?(?:year|quarter|month|period|half|{_MONTHS})"
                            r"|(?:year|quarter|half|period)[- ]end\b"  # ("had 3,870 holders at the year end")
                            rf"|\d{{1,2}}\s+(?:{_MONTHS})|(?:{_MONTHS})\s+\d{{1,2}}\b)", re.I)
_PLANNED = compile_re(r"\b(?:planned|plan|budget(?:ed)?|target)\b", re.I)  # ("against a full-year planned deficit of")
# A total a participle takes the count to: its tense is the main verb's ("Install … , bringing the total to 30" in a plan;
# "attracted 2,640 new shareholders, taking the total … to 7,310" is done).
# A stock's change on an earlier time, after it: "had 1,127 patients waiting …, down from 1,310".
_CHANGED_FROM = compile_re(r"\b(?:down|up)\s+(?:from|on)\b", re.I)
# Things of a size bound, a class ("calls by ships of more than 14,000 TEU"), not changes of one ("rises of over 5%").
_CLASS_OF = compile_re(r"\b(?P<noun>[A-Za-z][a-z]+[^su]s)\s+of\s+(?:more than|over|at least|up to|less than|under|fewer than)\s+$")
_CHANGES = frozenset(("rises", "increases", "falls", "cuts", "reductions", "gains", "decreases", "drops", "losses", "savings",
                      "profits", "surpluses", "deficits", "sales", "revenues", "returns", "totals", "sums", "amounts",
                      "reserves", "balances", "deposits", "holdings"))  # (amounts held: "reserves of at least 3,500 MW")
# (not capacity made by the work: "creating capacity for 6,500 additional operations a year")
_ROOM_FOR = compile_re(r"\b(?<!creating )(?<!create )(?<!created )(?<!adding )(?<!add )(?<!added )(?<!extra )(?<!new )"
                       r"(?<!additional )(?:room|capacity|space)\s+for\s+(?:up to |about |around |some |more than |over |nearly )?$", re.I)
_TOTAL_TAKEN = compile_re(r"\b(?:taking|bringing|lifting|pushing) (?:the |its |our |their )?(?:total|number|count|tally)\b", re.I)
EN_HISTORY = compile_re(r"since|founded|established in|\bonce\b(?!-)|formerly|used to|at its peak",
                        re.I)


# Work done already, whatever the sentence plans after: "has already hired 146 teachers".
EN_ALREADY = compile_re(r"\balready\s+(?:been\s+)?[a-z]+(?:ed|en|t)\s+(?:(?:about|some|nearly|more than|over)\s+)?$", re.I)


# An item of a list of aims that opens with its verb: "- to raise £9.5 million in 2025".
EN_AIM_ITEM = compile_re(r"\W{0,3}to (?!date\b|the\b)[a-z]+\b")


# The field a rank is among: "3rd of the 12 airports", "second out of 212 entries", "19th of 36 county councils" (not
# the first of a batch: "the first of 14 winter charters will depart").
_FIELD_OF_RANK = compile_re(r"(?:\b\d{1,3}(?:st|nd|rd|th)|(?<!\bthe )\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
                            r"|eleventh|twelfth)|-(?:highest|lowest|largest|best|worst))(?:\s+(?:place|position|overall))?"
                            r"\s+(?:of|out of|among)\s+(?:the\s+|all\s+)?$", re.I)


_LABEL_COLON = compile_re(r"\W*[A-Z][\w ,'’()/&-]{1,50}:\s*(?:about |around |some |nearly |almost |over |more than )?")
# Money that flows, named right before its sum with no word of a plan or a size anywhere in the sentence: the period's
# ("- Program spending of $15.2 million, 96% of the FY2025 budget"; "a budget of" is read above, as is "planned spending").
_FLOW_OF = compile_re(r"(?i)\b(?:spending|expenditure|revenue|revenues|income|sales|turnover|receipts|takings"
                      rf"|(?:{'|'.join(EXPENSE_CLASSES)}) costs?)\s+"
                      r"(?:of|totall?ing|amounting to|(?:was|were)(?: about| around)?)\s+(?:about |around |some |nearly |almost |over |more than )?"
                      r"(?:[$€£¥₹]|[A-Z]{1,3}\$?\s?)?$")
_A_YEAR = compile_re(r"\s+(?:a|per|each|every) (?:year|annum)\b|\s+annually\b")
_PRICE_ASIDE = compile_re(r",\s*(?:priced|charged|costing|sold) at\s+(?:[$€£¥₹]|[A-Z]{1,3}\$?\s?)?$")
_PRICE_LABEL = compile_re(r"(?i)\b(?:price|fee|charge|fare|ticket|membership|rent|tariff|rate|pass|subscription)s?\b")



def _first_rules(sentence: str, sp: NumberSpan, cs: int, ce: int) -> Decision | None:
    """What settles a figure before its clause's words are weighed: a share of a plan reached, an
    item of a list of aims, a rank, a target set, a part of what is new, a time long past."""
    if sp.unit == "%" and EN_ATTAINMENT.match(sentence, sp.end):
        return Decision("achieved", "attainment", True)  # "reached only 98.7% of target": how much was done
    if is_service_line(sentence, sp):
        return Decision("other", "name", True)  # "answered more 911 calls": a service's name
    if rule := names_no_quantity(sentence, sp.start, sp.end, sp.unit, sp.unit in EN_MONEY):
        return Decision("other", rule, True)  # "38 new 20 mph zones", "For every £1 invested"
    if EN_AIM_ITEM.match(sentence):
        return Decision("target", "aim_item", True)
    if sp.unit != "rank" and _FIELD_OF_RANK.search(sentence, max(0, sp.start - 40), sp.start):
        return Decision("other", "field_of_rank", True)  # "3rd of the 12 airports": what the rank is among
    if sp.unit == "rank":  # a place held now ("now ranks 41st", "has the third-lowest rate"), unless planned
        if re.search(r"\bfrom\s+$", sentence[cs : sp.start]):
            return Decision("other", "baseline", True)  # "up from 46th"
        return Decision("target", "plan_verb") if EN_TARGET_RE.search(sentence, cs, ce) else Decision("achieved", "rank")
    if sp.unit in EN_MONEY and EN_COMMITTED_BEFORE.search(sentence, cs, sp.start) and EN_OVER_YEARS.match(sentence, sp.end):
        return Decision("target", "committed_over_years", True)  # "has approved $38 million over two years for …"
    if EN_SAME_POINT.match(sentence):
        return Decision("other", "baseline", True)  # "At the same point in 2024/25 the council was forecasting …"
    if (est := _first_match_at(EN_OUTTURN_ESTIMATE, sentence)) is not None and est < sp.start \
            and not EN_LATER_PERIOD.search(sentence) and not (cs > est and _PLANNED.search(sentence, cs, sp.start)) \
            and not EN_BASELINE.search(sentence, max(0, sp.start - 160), sp.start):  # (nor its base, "on the prior year's £2.71 billion")
        return Decision("achieved", "period_estimate", True)  # "Children's Services is forecast to overspend by £5.2 million"
    if EN_TARGET_SET.search(sentence, max(0, sp.start - 120), sp.start) or _GOAL_OF.search(sentence, max(0, sp.start - 40), sp.start) \
            or _GOAL_AFTER.match(sentence, sp.end) \
            or sp.unit == "%" and _STANDARD_OF.search(sentence, max(0, sp.start - 40), sp.start):
        # "has set a target of 4,000 jobs created and £500 million …", "an interim national target of 65%" (its own
        # word names it, whatever the clause compares it with), "against a standard of 77%"
        return Decision("target", "goal_named", True)
    if (EN_REVISED.search(sentence, max(0, sp.start - 100), sp.start) or EN_RESTATED.search(sentence, max(0, sp.start - 100), sp.start)) \
            and not EN_TARGET_RE.search(sentence, 0, sp.start):
        return Decision("other", "revised_estimate", True)  # "Growth in the second quarter was revised to 2.6%, from 2.3%"
    if (_EN_PERIOD_END.search(sentence, cs, ce) or _CHANGED_FROM.search(sentence, sp.end, sp.end + 80)) \
            and (EN_POSSESSION.search(sentence, cs, sp.start)
                                                    or sentence[cs : sp.start].rstrip().endswith(" with")) \
            and not EN_TARGET_RE.search(sentence, 0, sp.start) and not EN_BASELINE.search(sentence, max(0, sp.start - 160), sp.start):
        # "had 9,310 patients waiting at 31 March": the period's outcome; so is a stock given with its change, "had 1,127
        # patients waiting more than 52 weeks, down from 1,310"
        return Decision("achieved", "period_end_stock", True)
    if is_named_earlier_level(sentence, sp.start, sp.end):
        return Decision("other", "baseline", True)  # "a fall of 4.2% on the 91,480 crimes recorded in 2024"
    if EN_PART_OF_NEW.match(sentence, sp.end) and not EN_TARGET_RE.search(sentence, cs, sp.start):
        return Decision("achieved", "part_of_batch", True)  # "A dozen of the new members are young farmers"
    if EN_LONG_AGO.match(sentence) and not EN_TARGET_RE.search(sentence, 0, sp.start):
        return Decision("other", "size_or_history", True)  # "Ten years ago, in 2014/15, the Service attended 10,310 …"
    if _OR_BEYOND.match(sentence, sp.end) and not _CHANGE_BY.search(sentence, max(0, sp.start - 12), sp.start) \
            or not sp.unit and AGED.search(sentence, max(0, sp.start - 16), sp.start) \
            or (kind := _CLASS_OF.search(sentence, max(0, sp.start - 40), sp.start)) and kind["noun"].lower() not in _CHANGES \
            or sp.unit == "%" and ranked_group(sentence, sp.start, sp.end):
        return Decision("other", "class_bound", True)  # "missing 10% or more of sessions", "vessels of 12 metres or longer"
    if _ROOM_FOR.search(sentence, max(0, sp.start - 30), sp.start):
        return Decision("other", "size", True)  # "opened with room for 650 students", "sites with capacity for 740 homes"
    if _TIME_UNIT.fullmatch(sp.unit or "") and (_WITHIN.search(sentence, max(0, sp.start - 20), sp.start) or (
            _TIME_BOUND.search(sentence, max(0, sp.start - 20), sp.start) and not sentence.startswith(" of ", sp.end))):
        return Decision("other", "time_limit", True)  # "answered 96.1% of calls within 10 seconds": the standard's limit
    if "-" in sp.text and sp.unit in TIME_UNITS and _STANDARD_AFTER.match(sentence, sp.end):
        return Decision("target", "goal_named_after", True)  # "the 7-minute national standard": the standard's value
    if sp.unit in SHORT_SPANS and (sp.value or 0) < 100 and "." not in sp.text \
            and not sentence.startswith(" of ", sp.end) and _SPAN_BEFORE.search(sentence, max(0, sp.start - 30), sp.start) \
            or "-" in sp.text and sp.unit in TIME_UNITS \
            or sp.unit in LONG_SPANS and "." not in sp.text and not taken_or_average(sentence, sp.start):
        # ("handled 96 incidents in 24 hours", "ran for 26 weeks", "a 16-day closure", "for the first time in 4 years")
        return Decision("other", "time_span", True)
    if _WORKS_WITH.search(sentence, max(0, sp.start - 40), sp.start) and sp.unit != "%" and sp.unit not in EN_MONEY:
        return Decision("other", "size", True)  # "a £18.5 million scheme with four theatres": what the works hold
    if EN_ELSEWHERE_OPENING.match(sentence) or EN_ELSEWHERE.search(sentence, cs, sp.start):
        return Decision("other", "elsewhere", True)  # "The industry average for interruptions was 11.6 minutes"
    if (plan := _PLAN_AFTER.match(sentence, sp.end)) and (  # (a goal's or a target's after "the": "the 60% goal")
            not plan.group().strip().lower().startswith(("goal", "target"))
            or _NAMED_BEFORE_PLAN.search(sentence, max(0, sp.start - 12), sp.start)):
        return Decision("target", "goal_named_after", True)  # "94% of the 1,180 planned", "the 60% goal"
    if _UNDER_WAY.match(sentence, sp.end) and sp.unit not in EN_MONEY:
        return Decision("other", "standing_count", True)  # "1,420 homes under construction"
    if EN_EARLIER_PLAN_OPENING.match(sentence) and EN_TARGET_RE.search(sentence, 0, sp.start):
        return Decision("other", "size_or_history", True)  # "Last year's Outlook forecast a margin of 3.9 GW"
    if _AT_AN_EARLIER_ONE.match(sentence, sp.end, ce):
        return Decision("other", "size_or_history", True)  # "the Rs 1.9 lakh crore committed at the previous edition"
    return None


# A figure named by a plan word right after it: "the 1,180 planned", "10 kilometres planned for the year",
# "above the 60% goal set in the plan" (not "18 goals" scored, nor "48,760 planned operations").
_PLAN_AFTER = compile_re(r"\s+(?:planned|budgeted|targeted)(?=\s+for\b|\s*[,.;)]|\s*$)|\s+(?:goal|target)(?!s)\b"
                         r"|\s+(?:forecast|projected)(?=\s+(?:in|for|by)\b|\s*[,.;)]|\s*$)", re.I)  # ("the 400,000 trips forecast in the business case")
_NAMED_BEFORE_PLAN = compile_re(r"\b(?:the|a|its|our|their)\s+(?:[$€£¥]|[A-Z]{1,2}\$)?$", re.I)
# Work under way at the period's end is a standing count (在建): "1,420 homes under construction across 23 sites".
_UNDER_WAY = compile_re(r"\s+(?:[a-z-]+\s+){0,2}?(?:under construction|in (?:the )?pipeline|in development|under way|underway)\b")


# What an earlier round of the same thing gave: "… committed at the previous edition of the summit".
# (not a relative clause about what it counts: "Twenty-three organisations that held funding in the previous round were …")
_AT_AN_EARLIER_ONE = compile_re(r"(?:(?!\b(?:that|which|who)\b)[^,;.\d]){0,30}?\b(?:at|in|during|of) the "
                                r"(?:previous|last|prior|preceding|earlier) "
                                r"(?:edition|summit|round|event|conference|season|programme|scheme|cycle)\b", re.I)


def _cost_or_rate(sentence: str, sp: NumberSpan, local_before: str) -> Decision | None:
    """What something cost in the period, spent, is a result ("Running St Brannock's cost £14.6m in 2024/25"); a cap, a
    price or a charge a number is set at is a rule ("Increases are capped at 5% a year for pension built up before 2006")."""
    if sp.unit in EN_MONEY and EN_PRICE_TO_HOLD.search(sentence, max(0, sp.start - 90), sp.start):
        return Decision("target", "price_to_hold", True)  # "- hold the paid meal price at £2.75 until at least April 2026"
    if EN_COST_BEFORE.search(local_before) and not EN_TARGET_RE.search(sentence) and not EN_PRICE_AFTER.match(sentence, sp.end) \
            and (EN_COST_SPENT.match(sentence, sp.end) or EN_COST_DONE_BEFORE.search(sentence, 0, sp.start)):
        return Decision("achieved", "cost_spent", True)
    if rate_set(sentence, sp.start, sp.end, local_before, sp.unit in EN_MONEY) and (
            not EN_TARGET_RE.search(sentence, 0, sp.start) or _PRICE_ASIDE.search(sentence, max(0, sp.start - 24), sp.start)):
        return Decision("other", "size", True)  # (a price in an aside is one whatever the plan around it: "sessions, priced at £2.50, to keep growing")
    return None


def decide_en(sentence: str, sp: NumberSpan, context: SentenceContext) -> Decision:
    """English puts the verb after the figure as often as before it ("3,000 jobs were created"):
    the clause around the number decides first, then the sentence before it."""
    cs, ce = clause_start(sentence, sp.start), clause_end(sentence, sp.end)
    if (first := _first_rules(sentence, sp, cs, ce)) is not None:
        return first
    subordinate = EN_SUBORDINATE.search(sentence, sp.end, ce)
    around = sentence[cs : subordinate.start() if subordinate else ce]
    local_before = sentence[cs : sp.start]
    if (size := sized_work(sentence, sp.end, ce, local_before, sp.unit in EN_MONEY)) is not None:
        # "a $2.4 billion expansion": what it costs; "the 1.4 GW Dunmore Bank wind farm": a named work's size
        return Decision(size, "project_size" if size == "other" else "goal_named", True)
    # (what comes right before it, past a clause mark: "(prior: "; the pattern ends where the number
    # starts, so only the last words are read: from the sentence's start it cost a pass a figure)
    if (based := baseline_decision(sentence, sp)) is not None:
        return based
    if EN_BUDGET_SET.search(local_before) or _first_match_at(EN_BUDGET_FOR, sentence) is not None and (
            EN_BUDGET_OF.search(sentence, max(0, sp.start - 140), sp.start)
            or EN_ADOPTED.search(local_before) and EN_BUDGET_AFTER.match(sentence, sp.end)):
        return Decision("target", "budget_set", True)  # ("a budget of £1.13 billion for 2025/26")
    if EN_ALREADY.search(local_before):
        return Decision("achieved", "already_done", True)  # "has already hired 146 teachers for next year"
    if EN_DEAL_VALUE.search(local_before):
        return Decision("achieved", "deal_value")
    if (stated := stated_size(local_before)) is not None:
        return Decision("other", stated, True)  # "the county has 1.2 million residents", "a survey of 1,020 residents"
    if (cost_or_rate := _cost_or_rate(sentence, sp, local_before)) is not None:
        return cost_or_rate
    if sp.unit not in EN_MONEY and sp.unit != "%" and EN_OWNED.search(sentence, max(0, sp.start - 40), sp.start):
        return Decision("other", "standing_count", True)  # "19 of the region's 23 councils"
    if sp.unit in EN_MONEY and EN_WHOLE_SUM.search(sentence, max(0, sp.start - 40), sp.start):
        return Decision("other", "standing_count", True)  # "£96 million of its £250 million": the fund's size
    dash = sentence.find("-", sp.start, sp.end + 1)
    if dash > 0 and (EN_SIZE_ADJECTIVE.match(sentence, dash) and not EN_ACHIEVED_RE.search(local_before)
                     and not EN_DONE_RE.search(local_before) or EN_MEASURE_ADJECTIVE.match(sentence, dash)):
        return Decision("other", "size", True)  # "will occupy a 38-acre lot" ("built a 40-kilometer highway": a result)
    if sp.unit == "%" and EN_PROGRESS.match(sentence, sp.end):
        return Decision("achieved", "progress", True)  # "72 per cent complete"
    after_at = sp.end - cs  # where the number ends in `around`
    own_from = sp.start - cs  # where it starts: the words of its own unit are no cue
    past = False  # a verb in the past before the number in its clause, none of the words above
    for within_clause, text in ((True, around), (False, sentence[max(0, sp.start - CUE_WINDOW) : sp.start])):
        o = other_cue_end(text, sp, after_at if within_clause else None)
        t = target_cue_end(text, (own_from, after_at) if within_clause else None)
        if not within_clause and context.section is None and (past and joined_past(around)
                                                              or t >= 0 and said_or_done_before_a_plan(sentence, sp)):
            return Decision("achieved", "past_verb")  # (its own past: see joined_past, said_or_done_before_a_plan)
        if not within_clause and t < 0 and context.section is None and subject_of_a_past(sentence, sp):
            # (its own clause's verb says what it did, before any cue of the clauses before but a plan's: "hired 118
            # recruits, the largest class since 2019, while 97 officers retired")
            return Decision("achieved", "past_verb")
        a = last_result_verb(text, sp, (own_from, after_at) if within_clause else None)
        o = -1 if governed_by_plan(text, t, o) else o
        if within_clause and t > after_at and said_or_done_before_a_plan(sentence, sp):
            t = -1  # (a plan after the number's own past verb is another's: "2 boats were delivered and 3 are due in 2025")
        if o >= 0 and (EN_RUNNING_TOTAL.search(text) or not within_clause and _first_match_at(EN_RUNNING_TOTAL, sentence) is not None):
            return Decision("achieved", "running_total")  # "Since 2020 the province has signed 87 …"
        if o >= 0 and (EN_HISTORY.search(text) or o >= max(t, a)):
            return Decision("other", "size_or_history", True)
        if t < 0 <= a and context.section == "target" and _TOTAL_TAKEN.search(text) \
                and not any(not NOT_A_PAST.fullmatch(p.group()) for p in EN_PAST_RE.finditer(sentence, 0, sp.start)):
            return Decision("target", "section")  # (a plan's item: "Install eight new routes, bringing the total to 30")
        if t >= 0 or a >= 0:
            return Decision("target", "plan_verb", True) if t > a else Decision("achieved", "result_verb")
        if within_clause:
            # (a participle of work done right before the number is its verb: "supported 31 events")
            past = o < 0 and any((not NOT_A_PAST.fullmatch(m.group()) or verb_before_number(text, m)) and said_as_done(text, m)
                                 and not names_a_kind(text, m) for m in EN_PAST_RE.finditer(text, 0, after_at))
    if (past or subject_of_a_past(sentence, sp)) and context.section is None:
        # (only where no other word of the sentence or its section speaks: "raised its guidance to
        # $3.5 billion" is the guidance)
        return Decision("achieved", "past_verb")
    if context.section is None and _LABEL_COLON.fullmatch(sentence, 0, sp.start) \
            and not _PRICE_LABEL.search(sentence, 0, sp.start):  # (not a price list's line: "- Annual membership: £90")
        return Decision("achieved", "labelled_value")  # "- Mean temperature: 10.9 °C": a report's line of the period's value
    if context.section is None and sp.unit in EN_MONEY and _FLOW_OF.search(sentence, max(0, sp.start - 40), sp.start) \
            and not _A_YEAR.match(sentence, sp.end):  # (not a body's yearly income, a profile: "research income of £205m a year")
        return Decision("achieved", "flow_named")  # "- Program spending of $15.2 million": money that flowed in the period
    return Decision(context.section or "other", "section" if context.section else "default")
