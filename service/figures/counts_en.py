"""What an English number counts or measures, as the object of the verb before it: "handled a record 4.2 million
containers" -> 'containers handled' (`counted`), "Private landowners planted 2,590 hectares" -> 'hectares planted'
(`measured`)."""

from __future__ import annotations

import re

from ..re_cache import compile_re
from .numbers import NumberSpan
from .phrases_en import (
    CHANGE_OR_LEVEL,
    DETERMINERS,
    FALL,
    LEVEL,
    MEASURES,
    QUALIFIERS,
    RISE,
    count_noun,
    is_verb,
    phrase_before,
    whole_phrase,
    without_auxiliaries,
)

_EMPLOYS = frozenset("employ employs employed employing".split())
_PEOPLE = compile_re(r"(?:[a-z-]+\s)?(?:people|staff|workers|employees|persons)")


def counted(sp: NumberSpan, before: list[str], noun: str | None = None) -> str:
    """'handled a record 4.2 million containers' -> 'containers handled' (`noun`: the things
    counted, when more than the unit names them)."""
    noun = noun or sp.unit
    if not count_noun(sp.unit):
        return ""
    words = [w for w in before if w.lower() not in QUALIFIERS]
    verb = words[-1].lower() if words else ""
    if verb in _EMPLOYS and _PEOPLE.fullmatch(sp.unit):
        # "The Group employs 7,850 people", "Tourism directly employed about 118,000 people": its employees
        return "direct employees" if "directly" in (w.lower() for w in before[-3:]) else "employees"
    if verb in LEVEL and len(words) > 1 and words[-2].lower() == "there":
        return noun  # ("At the end of September there were 1,215 judges": the things there are)
    if verb in LEVEL or noun == "points" and (verb in RISE or verb in FALL):
        # "car production reached 78,000 vehicles": what reached it is the subject; "the index
        # gained 250 points" measures the index's change ("scored 28 points" counts them)
        return ""
    if not verb.endswith("ed"):
        return noun
    things, per, base = noun.partition(" per ")  # (a rate: "complaints filed per 100,000 boardings")
    return f"{things} {verb}{per}{base}"


# Money, a share or points are no measure done: "raised £7.4 million" (the money's own words name it), "cut by 5%".
_NOT_A_MEASURE = compile_re(r"^(?:[A-Z]{3}|yuan|renminbi|dollars?|euros?|yen|won|rupees?|roubles?|rubles?|pesos?|francs?"
                            r"|ringgit|baht|rand|lira|p|pence|cents?|(?:basis|percentage) points?|bps?|times|-\w+)$")
_TIME = compile_re(r"^(?:working )?(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)$")
_IRREGULAR_PAST = frozenset("sent built laid spent dug lost sold bought caught held brought took drove flew ran fed swept "
                            "cut set".split())
# Verbs of a measure that is no work done ("lasted 2.6 hours", "took 34 minutes", "weighed 104 kilograms": a length, a
# level) or whose amount other forms name ("donated 1,200 hours": hours donated by whom; "peaked at").
_NO_WORK = frozenset("lasted took waited weighed exceeded combined stretched recorded depreciated yielded averaged totalled "
                     "totaled measured scored raised donated contributed invested earned peaked reached".split())
# Time is work done only when spent, lost or given: "Crews lost 14,620 hours", "Vessels spent 19,640 days at sea".
_TIME_DONE = frozenset("spent lost logged worked volunteered saved gave".split())
_AFTER_ENDS = compile_re(r"^(?:of|and|or|but|while|compared|against|up|down|from|than|to|a|an|the|each|per|in|beyond|during|since"
                         r"|before|after|with)$", re.I)


def measured(sp: NumberSpan, before: list[str], after: list[str]) -> str:
    """A measure of work the verb before it did, and by whom and how: "Private landowners planted 2,590 hectares" ->
    'hectares planted by Private landowners', "Vessels spent 19,640 days at sea" -> 'days spent at sea by Vessels'; '' when
    the unit is no physical measure or the verb before it no past verb of work done."""
    if not sp.unit or not MEASURES.match(sp.unit) or _NOT_A_MEASURE.match(sp.unit):
        return ""
    words = [w for w in before if w.lower() not in QUALIFIERS]
    if not words or not is_verb(words, len(words) - 1):
        return ""
    verb = words[-1].lower()
    if not (verb.endswith("ed") or verb in _IRREGULAR_PAST) or verb in _NO_WORK \
            or _TIME.match(sp.unit) and verb not in _TIME_DONE or verb in CHANGE_OR_LEVEL:
        return ""
    if len(words) > 1 and (words[-2].lower() in _PASSIVE or words[-2].lower() in DETERMINERS):
        # (a passive's participle, "a wind farm being built 48 km off the coast", or an adjective, "towed the disabled
        # 19-metre vessel": no work measured)
        return ""
    how: list[str] = []  # ("at sea", "waiting outside hospitals": up to another clause, figure or comparison)
    for word in after[:4]:
        if how and _AFTER_ENDS.match(word) or any(c.isdigit() for c in word):
            break
        how.append(word.rstrip(".,;:"))
        if word[-1:] in ".,;:":
            break
    if not how or how[0].lower() not in _HOW_STARTS and not (how[0].endswith("ing") and how[0].lower() != "during") or len(how) < 2:
        how = []
    return " ".join([sp.unit, verb, *how]) + _by_whom(words[:-1])


_PASSIVE = frozenset("be being been is are was were".split())
_HOW_STARTS = frozenset("at on for across over into".split())
_WHO = frozenset("we i you they it he she this which that who our each all both some many".split())
_IN_A_PHRASE = frozenset("of on in at through from with for to by into across over under".split())
_NOT_WHO = frozenset("since then so also however together now still already thus".split())


def _by_whom(words: list[str]) -> str:
    """' by' and who did the work, when the words before the verb end on its doer ("Crews lost 14,620 hours"), not on a
    pronoun or a noun inside a phrase ("The panels installed on the roof of the Centre generated 410 MWh")."""
    who = without_auxiliaries(words)
    while who and who[0].lower() in _NOT_WHO:
        who = who[1:]
    np = phrase_before(who).split()
    if not np or np[-1].lower() in _WHO or len(np) > 5:
        return ""
    k = len(who) - len(np) - 1
    while k >= 0 and who[k].lower() in DETERMINERS:
        k -= 1
    return "" if k >= 0 and who[k].lower() in _IN_A_PHRASE else f" by {' '.join(np)}"


# Money set against what it pays for, after a verb of spending or providing or as a part of a total: "including £2.1m on a
# new nursery", "provides $14.2 billion for K-12 education", "plus £4.2m towards running costs".
_MONEY_USE = compile_re(r"\s+(?P<prep>on|for|towards)\s+(?:the\s+|a\s+|an\s+|its\s+|our\s+|their\s+)?"
                        r"(?P<what>[A-Za-z][\w'’&-]*(?:\s+(?!(?:and|by|in|at|from|to|with|that|which|who|will|was|is|so|since|during|over)\b)[\w'’&-]+(?![\w$])){0,6})")
_LOOSE_END = compile_re(r"(?:\s+(?:of|the|a|an|for))+$")  # ("the first phase of the C$410 million terminal": cut)
_USE_VERB_BEFORE = compile_re(r"\b(?:including|included|includes|include|plus|provides?|provided|allocated|allocates|earmarked"
                              r"|budgeted|spent|spends?|spending|invested|invests?|committed|commits?|set\s+aside|and|with)"
                              r"\s+(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+|a\s+further\s+|another\s+)?$", re.I)
_USE_NAME = {"on": "spending on", "for": "funding for", "towards": "contribution towards"}
_SPENT_AFTER = compile_re(r"\s+(?:has|have|had|will|was|were|is|are)?(?:\s+been|\s+be)?\s+(?:spent|invested|allocated|earmarked|committed)"
                          r"(?:\s+so\s+far)?(?=\s+(?:on|for|towards)\b)")


def money_use(sentence: str, sp: NumberSpan) -> str:
    """What a sum of money pays for, by the words of its use after it (" … on a new 60-place nursery" -> 'spending on new
    60-place nursery'); '' for a price ("£29 on the gate": too small to be a budget's line) or a sum no verb of spending
    or of a part before it sets against a use."""
    if sp.unit not in _MONEY_UNITS or not sp.value or sp.value < 10_000:
        return ""
    end = spent.end() if (spent := _SPENT_AFTER.match(sentence, sp.end)) else sp.end  # ("R412 million has been spent on …")
    if not spent and _USE_VERB_BEFORE.search(sentence, max(0, sp.start - 40), sp.start) is None \
            or (use := _MONEY_USE.match(sentence, end)) is None or any(c.isdigit() for c in use["what"].split()[0]):
        return ""
    return f"{_USE_NAME[use['prep']]} {_LOOSE_END.sub('', use['what'])}"


_MONEY_UNITS = frozenset("GBP USD EUR NZD AUD CAD INR HKD SGD ZAR CNY JPY".split())


# A time something was closed or out of use for: "The station was closed for a total of 19 hours", "The Wensley Line will
# close for nine days", "the turbine was out of action for 11 days".
_STOPPED_FOR = compile_re(r"(?P<verb>closed|close|closes|shut|suspended|disrupted|out\s+of\s+(?:action|service|use))\s+for\s+"
                          r"(?:a\s+(?:total|combined)\s+of\s+|a\s+further\s+|about\s+|almost\s+|nearly\s+|more\s+than\s+|over\s+)?$", re.I)
_STOP_NAME = {"disrupted": "disruption", "suspended": "suspension"}


def time_stopped(sentence: str, sp: NumberSpan, cs: int) -> str:
    """'closure of the station' for "The station was closed for a total of 19 hours": what was closed, disrupted or out of
    use for a time; '' when the time is no such span."""
    if not _TIME.match(sp.unit) or (stop := _STOPPED_FOR.search(sentence, cs, sp.start)) is None:
        return ""
    words = without_auxiliaries(sentence[cs : stop.start()].split())
    words = [w for w in words if w.lower() not in ("to", "has", "have", "had", "been")]
    what = whole_phrase(words) or phrase_before(words)  # ("Landings at Skelvik were disrupted": the landings at Skelvik)
    if not what or what.split()[-1].lower() in _WHO:
        return ""
    verb = stop["verb"].lower()
    return f"{'outage' if verb.startswith('out') else _STOP_NAME.get(verb, 'closure')} of {what}"
