"""English subjects that say only what kind of value a figure is or what was done, whose thing is a figure's before it.

A table of figures that says only 'target' or 'recorded' tells a reader nothing:
- a goal named by its kind alone ("against a target of 90%", "short of the 11,000-mile goal") is the goal for the
  things it counts, or for what the sentence measured before it in the same unit ("Appraisal compliance was 86%,
  against a standard of 90%": 'standard for Appraisal compliance');
- a participle alone ("of which 19 were passed", "on the 1,469 recorded in 2023/24") is of the things counted before
  it ('motions passed'), or is the value of what was measured before it in the same unit ('net additional dwellings');
- a share, a rate or a total set after a count is that count's ('appointments missed as share of total', 'leaks fixed
  per day', 'share of repairs fixed at the first visit', 'total smart meters fitted since 2020'), and a value named by
  nothing, in the unit of one before it, is that one again;
- a cost is of the work its clause names ("refurbished the penguin pool at a cost of £480,000": 'cost of penguin pool
  refurbished');
- a survey's sample is the people asked ('tenants surveyed'), and a share after it of them ('share of tenants who said
  they were satisfied with repairs');
- a count whose noun is left out counts the things of the count before nearest it in size ("612,000 visits, and the
  Art Gallery received 398,000": 'visits received by Art Gallery'), and what a result cost is the cost of what it
  measured (", costing $21.7 million": 'cost of Overtime');
- a value linked to the figure before by prepositions alone is a value of the same thing ("fell to 3.9% from 4.6%",
  `other_value`), unless it is a list's next thing in its own unit ("366 new bores and 1,480 kilometres of pipeline").
"""

from __future__ import annotations

import math
import re

from ..re_cache import compile_re
from ..schemas import FigureDraft
from .bare_values_en import ELIDED_COUNT_VERB
from .kind_cues_en import EN_SAMPLE
from .numbers import NumberSpan
from .numbers_en import EN_MONEY
from .phrases_en import MEASURES, QUALIFIERS, TIME, count_noun, phrase_after, plural_count
from .subject_forms_en import CHANGE_LABEL, PREPOSITIONS, same_thing
from .words_en import EN_COUNT_WORDS

# A goal named by its kind, and by whose it is or how long it runs at most: "target", "our target", "national standard".
_GOAL_ALONE = compile_re(r"(?:(?:our|its|their|the|national|annual|interim|full-year|service|[a-z]+['’]s)\s+){0,2}"
                         r"(?:target|standard|goal|benchmark|ambition|trajectory|ceiling|plan|commitment)")
_GOAL_WORD = compile_re(r"\b(?:target|standard|goal|benchmark|ambition|trajectory|ceiling|plan|budget|forecast)s?\b", re.I)
_PLAN_OR_PLEDGE = compile_re(r"\b(?:plan|commitment)$")
_GOAL_OF = compile_re(r"\b(?:plan|commitment)\s+of\s+(?:[a-z]+\s+){0,3}$")
# What the figure before measured, when its subject is a noun phrase: no verb of a clause, relative pronoun, conjunction,
# cut end or comparative in it, nor a time ("the average handover took", "who borrowed", "lower", "seven minutes").
_NAMES_A_MEASURE = compile_re(r"(?!(?:of|to|for|by|at|from|the|an?|who|which|that|or|and|with|but|ahead|above|below"
                              r"|against|compared)\b)(?![a-z]+ed$)"
                              r"(?:(?!\b(?:were|was|is|are|had|has|have|been|took|made|got|went|came|lower|higher|more|less"
                              r"|fewer)\b)[^…;:])+(?<!['’]s)(?<!minutes)(?<!hours)(?<!days)(?<!weeks)(?<!months)(?<!years)",
                              re.I)
# What was done, alone: "passed", "recorded", "spent".
# (not a verb of a level or a size, "which numbered 19,470", "aged between 14 and 19")
_PARTICIPLE_ALONE = compile_re(r"(?!(?:aged|numbered|totall?ed|amounted|based|priced|valued|sized|named)$)"
                               r"(?:[a-z]{2,}ed|seen|spent|paid|made|done|taken|given|held|won|lost|sold|built|set)")
# (right after the number, as the whole of what is said of it: "of which 19 were passed.", "the 532 recorded in 2024", not
# "the £9.0m paid to acquire Lanternfish Games")
_DONE_AFTER = compile_re(r"\s+(?:(?:were|was|have been|has been|had been)\s+)?([a-z]+)"
                         r"(?=\s*(?:[,;.)]|$)|\s+(?:in|on|during|at|since|over|this|last|between|a year|the same)\b)")
# (what was only recorded of a count names no work done with it; an amount recorded or spent is the value of what
# was measured before it)
_RECORDED = compile_re(r"recorded|reported|registered|logged|measured|seen|achieved|posted|spent")
# Units that measure rather than count, however they are prefixed ("megalitres", "working-days").
_MEASURE_UNIT = compile_re(r".*(?:litres?|liters?|met(?:re|er)s?|tonnes?|tons?|hectares?|acres?|miles?|days?|hours?|minutes?"
                           r"|seconds?|weeks?|months?|years?|watts?|grams?)", re.I)


def of_earlier(subject: str, sentence: str, sp: NumberSpan, earlier: list[FigureDraft]) -> str:
    """`subject` of the figure `sp` of `sentence`, or, when it names only a goal's kind or what was done, or is a clause
    around a share of a whole, what it is of; `earlier`: the sentence's figures before it."""
    if (per := _PER_PERIOD.search(subject)) and not _RATE_AFTER.match(sentence, sp.end) \
            and any(f.subject == subject[: per.start()] for f in earlier):
        # (a figure after a count restated as a rate, no rate itself, is of the count: "…, about 39 a day, compared
        # with 12,906 in 2023–24": 'leaks fixed')
        return subject[: per.start()]
    if subject.lower() == "total" and (taken := _TOTAL_TAKEN.search(sentence, max(0, sp.start - 90), sp.start)) \
            and (things := next((f.unit for f in reversed(earlier) if _one_form(f.unit) == _one_form(sp.unit)
                                 or not sp.unit and plural_count(f.unit)), None)) and things[:1].isalpha() and things.islower():
        # "installed 41,300 smart meters, taking the total fitted since 2020 to 196,000": the running total of those things
        # ('total smart meters fitted since 2020', not 'total')
        return f"total {things}{taken['rest']}"
    if subject.lower() == "cost" and (paid := _AT_A_COST.search(sentence, max(0, sp.start - 160), sp.start)) \
            and (what := phrase_after([w for w in paid["object"].split() if not _DIGIT.search(w) and w.lower() not in EN_COUNT_WORDS])):
        # "refurbished the penguin pool at a cost of £480,000": the cost of that work ('cost of penguin pool refurbished')
        return f"cost of {what} {paid['verb']}"
    if not subject.strip() and (measured := _measured_before(sp, earlier)) is not None:
        # (a value the grammar names nothing for, in the unit of one before it, is that one's again: "3% higher than the
        # June quarter (134,360 oz)")
        return same_thing(measured.subject)
    if _GOAL_ALONE.fullmatch(subject) and (not _PLAN_OR_PLEDGE.search(subject)
                                           or _GOAL_OF.search(sentence, max(0, sp.start - 40), sp.start)):
        # (a plan or a commitment only when it is the number's: "against a plan of 230", not "since the plan began")
        return _goal_for(subject, sp, earlier)
    if _PARTICIPLE_ALONE.fullmatch(subject) and (done := _DONE_AFTER.match(sentence, sp.end)) and done[1] == subject:
        return _done_to(subject, sp, earlier)
    if "…" in subject and earlier and (whole := _WHOLE_AFTER.match(sentence, sp.end)) \
            and _SHARE_BEFORE.search(sentence, max(0, sp.start - 24), sp.start) \
            and sentence.rfind(earlier[-1].text, 0, sp.start) >= 0 and _NAMES_A_MEASURE.fullmatch(earlier[-1].subject):
        # "missed 1,840 appointments, around 3% of the total": the share of the whole that the count before is
        # ('appointments missed as share of total', not 'around … of the total')
        return f"{same_thing(earlier[-1].subject)} as share of {whole['owner'] or ''}{whole['whole']}"
    if not sp.unit and earlier and (elided := _ELIDED_OBJECT.fullmatch(subject)) \
            and sentence[: sp.start].rstrip().endswith(elided["verb"]) \
            and (things := _nearest_count(sp, earlier)) and not subject.lower().startswith(things.lower()):
        # "…612,000 visits, and the Lanthorn Art Gallery received 398,000": more of the things counted, the noun left
        # out ('visits received by Lanthorn Art Gallery', not the clause)
        doer = "" if _DIGIT.search(elided["doer"]) or elided["doer"].lower() in _PRONOUNS else elided["doer"]
        return f"{things} {elided['verb']} by {doer}" if doer else f"{things} {elided['verb']}"
    if not subject.strip() and not sp.unit and (state := _APPOSED_STATE.match(sentence, sp.end)):
        return state["state"]  # "Of these, 301, or 78%, were connected to housing": what the count's things were
    if earlier and _COSTING_BEFORE.search(sentence, max(0, sp.start - 40), sp.start) \
            and _NAMES_A_MEASURE.fullmatch(earlier[-1].subject) and not earlier[-1].subject.startswith("share"):
        return f"cost of {same_thing(earlier[-1].subject)}"  # "Overtime fell 17% to 402,000 hours, costing $21.7 million"
    if sp.unit == "%" and (found := _survey_finding(sentence, sp, earlier)):
        return found
    if plural_count(sp.unit) and not _MEASURE_UNIT.fullmatch(sp.unit) and EN_SAMPLE.search(sentence, max(0, sp.start - 40), sp.start):
        return f"{sp.unit} surveyed"  # "In our survey of 412 bereaved families" ('bereaved families surveyed', not 'survey')
    if (sp.unit == "%" or sp.value is not None and sp.value < 1) and (opened := _OPENS_CLAUSE.fullmatch(subject)) is not None:
        return _share_opening(subject, opened, sentence, sp, earlier)
    if (per := _PER_THING.match(sentence, sp.end)) and subject.startswith("or …") and earlier \
            and _one_form(sp.unit) == _one_form(earlier[-1].unit) and _NAMES_A_MEASURE.fullmatch(earlier[-1].subject):
        # "cost £9.6 million to run, or £17.52 per resident": the amount before per head ('… per resident')
        return f"{same_thing(earlier[-1].subject)} per {per[1]}"
    if "…" in subject and earlier and (rate := _RATE_AFTER.match(sentence, sp.end)) \
            and (sp.unit == "" or _one_form(sp.unit) == _one_form(earlier[-1].unit)) \
            and (at := sentence.rfind(earlier[-1].text, 0, sp.start)) >= 0 \
            and _RATE_APPOSED.fullmatch(sentence, at + len(earlier[-1].text), sp.start) \
            and _NAMES_A_MEASURE.fullmatch(earlier[-1].subject):
        # "fixed 14,318 leaks during the year, about 39 a day": the count before as a rate ('leaks fixed per day')
        return f"{same_thing(earlier[-1].subject)} per {rate[1]}"
    return subject


def _nearest_count(sp: NumberSpan, earlier: list[FigureDraft]) -> str | None:
    """The things the count before `sp` nearest it in size counted ("46,310 notices", not "15 schools", for 58,900)."""
    counts = [f for f in earlier if plural_count(f.unit) and not _MEASURE_UNIT.fullmatch(f.unit) and f.value]
    if not counts or not sp.value:
        return None
    return min(reversed(counts), key=lambda f: abs(math.log10(f.value or 1) - math.log10(sp.value or 1))).unit


# What a result cost, set after it: ", costing $21.7 million".
_COSTING_BEFORE = compile_re(r",\s*costing\s+(?:about\s+|around\s+|an estimated\s+|some\s+|a total of\s+)?(?:[$€£¥₹]|[A-Z]{1,2}\$)?$")


# What the things of a count set apart by commas were: ", or 78%, were connected to housing".
_APPOSED_STATE = compile_re(r"(?:,\s+or\s+[^,]{1,12}%)?,\s+(?:were|are|was|is)\s+(?P<state>[a-z][^,;.()]{2,60})")


# A clause that ends on the verb of a count whose noun is left out, and who did it: "the Lanthorn Art Gallery received".
# (not a verb of a level: "Saturday ridership averaged 142,800")
_ELIDED_OBJECT = compile_re(r"(?:(?:and|but|while|when|where|as|after)\s+)*(?:(?:the|its|our|their)\s+)?(?P<doer>[^…]*?)\s*"
                            rf"\b(?P<verb>(?!(?:averaged|totall?ed|numbered|reached|peaked|amounted)\b)(?:{ELIDED_COUNT_VERB}))")
_PRONOUNS = frozenset("we they it he she".split())


# A survey's sample right before its count (kind_cues_en.EN_SAMPLE: "In our survey of 412 bereaved families"; or "Of 1,120
# victims surveyed"), and what a share of it then did or said, to the end of its clause ("96% rated the service good").
_OF_THOSE_ASKED = (compile_re(r"\b(?:of|among)\s+(?:the\s+)?$", re.I), compile_re(r"\s+(?:surveyed|interviewed|polled|asked)\b"))
_FINDING_AFTER = compile_re(r"\s+(?P<what>(?:had|have|has|were|was|are|is|would|could|did|said|felt|rated|reported|told|agreed"
                            r"|thought|found|used|wanted|preferred|supported|opposed|chose|knew)\b[^,;.()\d]*?)"
                            r"(?=\s+(?:and|while|but|whereas)\s+(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+)?\d|\s*[,;.()]|\s*$)")


def _survey_finding(sentence: str, sp: NumberSpan, earlier: list[FigureDraft]) -> str:
    """A share that opens its clause after a survey's sample is the share of the people asked who did or said what the
    clause says ('share of bereaved families who rated the service good or excellent', not 'rated the service …')."""
    what = _FINDING_AFTER.match(sentence, sp.end)
    for f in reversed(earlier) if what else ():
        at = sentence.rfind(f.text, 0, sp.start)
        if at >= 0 and plural_count(f.unit) and not _MEASURE_UNIT.fullmatch(f.unit) and (
                EN_SAMPLE.search(sentence, max(0, at - 40), at) or _OF_THOSE_ASKED[0].search(sentence, max(0, at - 12), at)
                and _OF_THOSE_ASKED[1].match(sentence, at + len(f.text))):
            return f"share of {f.unit} who {what['what'].strip()}"  # (those asked answer: "businesses who said")
    return ""


def _share_opening(subject: str, opened: re.Match[str], sentence: str, sp: NumberSpan, earlier: list[FigureDraft]) -> str:
    """A share that opens its clause after a count ("We completed 104,600 repairs, and 92.3% were fixed at the first
    visit"): the share of the things counted before ('share of repairs fixed at the first visit', not '… were fixed at
    the first visit')."""
    things = next((f.unit for f in reversed(earlier) if plural_count(f.unit) and not _MEASURE_UNIT.fullmatch(f.unit)), None)
    if things is None:
        return subject
    if subject.startswith("or ") and earlier[-1].unit != things:
        # (an apposition restates the count right before it: "27 of them, or 31%, were in …", them the things of a
        # count larger than it: not the six books of "14,760 children … read six books, and 9,890 of them")
        part = earlier[-1]
        at = sentence.rfind(part.text, 0, sp.start) + len(part.text)
        if part.unit or part.value is None or not _OF_THEM.match(sentence, at):
            return subject
        things = next((f.unit for f in reversed(earlier[:-1]) if plural_count(f.unit) and (f.value or 0) > part.value), None)
        if things is None:
            return subject
    if opened["passive"]:
        return f"share of {things} {opened['passive']}"
    if opened["restated"] or opened["state"]:
        if not subject.startswith("or "):
            return subject
        # ("in 2,150 of them, or 33%, compared with 29% the year before")
        return f"share of {things}" if opened["restated"] else f"share of {things} that {opened['state']}"
    who = "who" if _SAYS.match(opened["active"]) or things.split()[-1].lower() in _PEOPLE else "that"
    return f"share of {things} {who} {opened['active']}"


def _goal_for(goal: str, sp: NumberSpan, earlier: list[FigureDraft]) -> str:
    if plural_count(sp.unit) and not _MEASURE_UNIT.fullmatch(sp.unit):
        return f"{goal} for {sp.unit}"  # "a goal of 3,000 new monthly donors"
    measured = _measured_before(sp, earlier)
    return f"{goal} for {same_thing(measured.subject)}" if measured is not None else goal


def _done_to(done: str, sp: NumberSpan, earlier: list[FigureDraft]) -> str:
    if sp.unit == "%" and (whole := next((f for f in reversed(earlier) if f.unit != "%"), None)) is not None \
            and plural_count(whole.unit) and not _MEASURE_UNIT.fullmatch(whole.unit):
        return f"share of {whole.unit} {done}"  # "64 appeals …, of which 71% were dismissed"
    if (measured := _measured_before(sp, earlier)) is not None:
        if plural_count(measured.unit) and not _MEASURE_UNIT.fullmatch(measured.unit):
            # "Of 21,460 scheduled sailings, 21,289 operated" ('scheduled sailings operated'); what was only recorded
            # is the things ("45 fewer deaths than the 532 recorded in 2024": 'deaths')
            return measured.unit if _RECORDED.fullmatch(done) else f"{measured.unit} {done}"
        if _RECORDED.fullmatch(done):
            return same_thing(measured.subject)  # "nearly double the $96.2 million spent in 2024"
    return done


# A share set after a figure, of a whole named by its kind alone: ", around 3% of the total", ", or 31% of the year's
# total", ", just over a third of the total" (not a whole that is a figure of its own: "of the 290,000 sheets").
_ROUGHLY = r"(?:about|around|roughly|some|nearly|almost)\s+"
_SHARE_BEFORE = compile_re(rf",\s+(?:or\s+)?(?:{_ROUGHLY}|just\s+(?:over|under)\s+|more\s+than\s+|over\s+|less\s+than\s+"
                           r"|under\s+)?$")
# A count restated as a rate right after it: "…, about 39 a day" (past the count's own words: "leaks during the year").
_RATE_APPOSED = compile_re(rf"[^,;.\d]{{0,40}},\s+(?:or\s+)?(?:{_ROUGHLY}|an\s+average\s+of\s+)?")
# A share that opens its clause, the grammar's subject its predicate: "… were fixed at the first visit", "… said they …".
# (or restates a count in its apposition: "…, or 31%, were in the city's Equity Priority Areas", ", or 33%, compared with")
_OPENS_CLAUSE = compile_re(r"(?:or )?… (?:(?:were|was)\s+(?P<passive>[a-z]+(?:ed|en)\b.*)"
                           r"|(?P<active>(?!(?:of|in|to|for|from|on|at|by|and|or|were|was|is|are|had|has|have)\b)"
                           r"[a-z]+(?:ed|ook|aid|elt|ent|old|ame)\b.*)|(?P<state>(?:were|was|had|have)\s+.+)"
                           r"|(?P<restated>(?:compared|up from|down from|from)\b.*))")
_OF_THEM = compile_re(r"\s+of\s+(?:them|these|those)\b")
_PER_THING = compile_re(r"\s+(?:per|a)\s+(resident|head|person|household|pupil|student|visit|visitor|passenger|member|patient"
                        r"|customer|property|home|journey|trip|tonne|employee)\b")
_SAYS = compile_re(r"(?:said|felt|rated|reported|told|agreed|thought)\b")
_PEOPLE = frozenset("people patients pupils students drivers members visitors residents customers children staff respondents users "
                    "passengers adults employees workers tenants carers volunteers applicants graduates riders clients".split())
_TOTAL_TAKEN = compile_re(r"\b(?:taking|bringing|lifting|pushing|took|brought|takes|brings)\s+(?:the|its|our|their)\s+(?:running\s+)?"
                          r"total(?P<rest>(?:\s+(?!to\b)[a-z0-9][\w/–-]*){0,5}?)\s+to\s+(?:about\s+|around\s+|nearly\s+|almost\s+"
                          r"|over\s+|more\s+than\s+)?$")
# Work done in the past and its object, before "at a cost of": "bought three all-terrain vehicles at a cost of".
_AT_A_COST = compile_re(r"\b(?P<verb>[a-z]{3,}ed|bought|built|rebuilt|made|sold)\s+(?P<object>(?:(?!at\b|in\b|for\b|this\b|last\b)"
                        r"[\w'’-]+\s+){1,6}?)(?:(?:in|on|at|this|last|during)\s+[^,;]{1,30}?\s+)?at\s+a\s+(?:total\s+|combined\s+)?"
                        r"cost\s+of\s+(?:about\s+|around\s+|some\s+)?(?:[$€£¥]|[A-Z]{1,2}\$)?$")
_DIGIT = compile_re(r"\d")
_PER_PERIOD = compile_re(r" per (?:day|week|month|year)$")
_RATE_AFTER = compile_re(r"\s+(?:a|per|each|every)\s+(day|week|month|year)\b(?!\s+(?:earlier|before|ago)\b)")
_WHOLE_AFTER = compile_re(r"\s+of\s+(?:the|all|its|their|our)\s+(?P<owner>(?:year|month|quarter|week|day|season)['’]s\s+)?"
                          r"(?P<whole>[a-z]+)(?=\s*(?:[,.;)]|$))")


def _measured_before(sp: NumberSpan, earlier: list[FigureDraft]) -> FigureDraft | None:
    """The last of `earlier` in the unit of `sp` (or a count, when `sp` has no unit) whose subject names a measure."""
    unit = _one_form(sp.unit)
    return next((figure for figure in reversed(earlier)
                 if (_one_form(figure.unit) == unit or not unit and plural_count(figure.unit))
                 and _NAMES_A_MEASURE.fullmatch(figure.subject) and not _GOAL_WORD.search(figure.subject)), None)


def _one_form(unit: str) -> str:
    """A unit written as a noun or as an adjective, singular or plural, in one form: "30-minute" as "38 minutes"."""
    return unit.lower().removesuffix("s")


def other_value(sentence: str, sp: NumberSpan, cs: int, prev_subject: str | None, prev_end: int | None,
                 counted_before: str | None = None) -> str:
    """'fell to 3.9% from 4.6%', 'rose 18% in May to $61.2 billion', 'by 25 basis points to 4.5%':
    only prepositions between two figures of a clause, so the second is a value of the same thing
    (its level, when the first was the change). Past a comma the same holds ('rose $40 million, or
    12%, to $380 million'), when or, to or from leads to it."""
    if not prev_subject or prev_end is None:
        return ""
    between = [w.lower() for w in TIME.sub(" ", sentence[prev_end : sp.start].replace(",", " ")).split()]
    if count_noun(sp.unit):
        # "45 new police officers and 20 firefighters": a count names its own things, but for the level a change went to
        # ("Residential burglary fell 7.6% to 842 offences": the burglaries, not 'offences')
        return CHANGE_LABEL.sub("", prev_subject) if between == ["to"] and CHANGE_LABEL.match(prev_subject) else ""
    if counted_before and sp.unit not in EN_MONEY and MEASURES.match(sp.unit) and set(between) - QUALIFIERS == {"and"}:
        return ""  # (a list's next thing, in its own unit: "366 new bores and 1,480 kilometres of pipeline")
    if not between or any(w not in PREPOSITIONS and w not in QUALIFIERS and w not in ("and", "or", "-", "–")
                          for w in between) or not any(w not in QUALIFIERS for w in between):
        # (nothing links them: "80 turbines about 30 miles offshore" are two things)
        return ""  # "between $5.2 billion and $5.4 billion" is one range
    if prev_end < cs:
        # Past a comma only a restatement or a level continues the figure before: "rose 5%, and
        # $3 billion was invested" and "1.8 million cars, a 12% increase" are other figures.
        if between[0] not in ("or", "to", "from") or "and" in between:
            return ""
        if between[0] == "or":
            return prev_subject  # "gained 250 points, or 1.5%": the same change restated
    # "rose 18% to $61.2 billion", "up 23% from $1.15 billion": a level (now, or before); only
    # "by" gives another size of the change.
    return prev_subject if between[-1] == "by" else CHANGE_LABEL.sub("", prev_subject)
