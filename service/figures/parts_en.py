"""English subjects of a figure that is a part, a share or an average of things named before it: "9 of them in our
smaller format", "of which 88% went directly on charitable activities", "Island traffic now makes up 17% of the total",
"an average of 232 per working day", and what was done to the things counted ("1,486 people were injured in …").
`subjects_en` tries these before (and, for "of which", after) the forms of `subject_forms_en`.
"""

from __future__ import annotations

import itertools
import re

from ..re_cache import compile_re
from .clauses import clause_end, clause_start
from .numbers import NumberSpan
from .phrases_en import (
    CLAUSE_VERBS,
    DETERMINERS,
    FINITE,
    JOINED,
    JOINS,
    NAMES_NOTHING,
    QUALIFIERS,
    STOPS,
    TIME,
    count_noun,
    is_verb,
    named_alone,
    whole_phrase,
)
from .subject_forms_en import same_thing

# A part of the figure before, named by what follows it: "of which $10.2 billion is paid in", "of whom 2,310 had been in
# custody for more than two years", "of which £122 million went on rolling stock" (up to the next part: "of whom 2.67
# crore were domestic tourists and 18.9 lakh were foreign").
# The part may be written after the words ("of which about a third were caused by …") or before them ("97 of which are
# classed as threatened"); what names it follows a verb ("would come from state funds"), and a verb that describes the
# part stays with it ("caused by automatic fire alarm systems").
_OF_WHICH = compile_re(r"(?i)\s*of (?:which|whom)\s*(?:(?:about|around|some|nearly|almost|roughly|approximately|just|only|over"
                       r"|under|more than|less than|at least|up to)\s+)*$")
_WHICH_AFTER = compile_re(r"\s+of (?:which|whom)\b")
_PART_NAMED = compile_re(r"(?:,\s*or\s+[^,;()]{1,20},|\s*\([^()]{1,20}\))?"  # (past its share: ", or 94.6%,", " (11.0%)")
                         r"\s+(?=(?:is|was|are|were|have|has|had|would|will|could|may|went|came|goes|go|come)\b)"
                         r"(?:(?:is|was|are|were|have|has|had|would|will|could|may|to be)\s+)*"
                         r"(?:(?:went|came|goes|go|come)\s+)?(?:(?:directly|mainly|mostly|largely|entirely|wholly)\s+)?"
                         r"(?P<said>(?P<prep>(?:on|to|towards|for|from|in|at)\s+)?(?:as\s+)?(?:the\s+)?"
                         r"(?P<what>[^,;:()]{3,80}?))\s*(?:[,;:(.]|\s+and\s+(?:[£$€₹\d]|the\b|(?:\S+\s+){1,2}[£$€₹\d])|$)")
_BE = compile_re(r"\b(?:been|be)\s+")
# What says how the part differs from the whole: a place or a use ("in the declared drought area", "on charitable
# activities"), what was done to it ("funded from our own cash", "never been released").
_DESCRIBES = compile_re(r"(?:on|to|towards|for|from|in|at)\s|(?:never|not|already|previously|currently|now|still|been|be)\s"
                        r"|\w+ed\b|(?:given|taken|seen|known|grown|shown|written|driven|chosen|drawn|won|paid|sold|built|held"
                        r"|made|spent|kept|lost|found)\b")


# "…, 9 of them in our smaller format", "answered 98.9% of them within 7 seconds": a part of the things counted before.
_OF_THEM = compile_re(r"\s+of them\b\s*")
# Where what is said of the part ends: a dash, another part ("21 of them all-weather boats and 37 inshore boats"), a
# comparison.
_PART_ENDS = compile_re(r"\s+[–—-]\s|(?:^|\s+)(?:and|or|but)\s+(?=[\d£$€]|[a-z]+\s+(?:the|a|an|its|their|our)\b)|\s+(?:compared|against|up from|down from)\b|[,;:(]")
# What follows a verb, not a participle: "completed it".
_OBJECTS = frozenset("it them the a an their its his her".split())

_PART_VERB = compile_re(r"(?<![\w-])(?P<verb>(?:[a-z]+ed(?: (?:to|on|for))?)|"
                        r"(?:won|sold|paid|spent|made|gave|found|took|kept|met|saw|led|set|let|put|cut|held|hit|felt"
                        r"|answered|resolved|helped)) ?$")


def _up_to(text: str, ends: re.Pattern[str]) -> str:
    """`text` up to where `ends` finds what is said of the things to end."""
    return text[: end.start()] if (end := ends.search(text)) else text


def _words(text: str) -> list[str]:
    """The first eight words of `text`, dates taken out, without the punctuation around each word (a word of
    punctuation alone is left empty)."""
    return [w.strip(".,;:!?\"”") for w in TIME.sub(" ", text).split()[:8]]


def _is_share(sp: NumberSpan) -> bool:
    """A percentage or a fraction below one ("a third"), not a count."""
    return sp.unit == "%" or sp.value is not None and sp.value < 1


def part_of_them(sentence: str, sp: NumberSpan, things: str) -> str:
    """The things counted before, with what is said of this part of them: what follows "of them" ("stores in our smaller
    Pellbury Local format", "pollution incidents that were serious"), after what was done to them ("share of emergency
    calls answered within 7 seconds")."""
    if sp.unit not in ("", "%") and not count_noun(sp.unit) or not (m := _OF_THEM.match(sentence, sp.end)):
        return ""
    ce = clause_end(sentence, m.end())
    rest = [w for w in _words(_up_to(sentence[m.end() : ce if ce > m.end() else len(sentence)], _PART_ENDS)) if w]
    while rest and (rest[-1].lower() in STOPS or rest[-1].lower() in DETERMINERS):
        rest.pop()
    cs = clause_start(sentence, sp.start)
    verb = _PART_VERB.search(" ".join(w for w in sentence[cs : sp.start].split() if w.lower() not in QUALIFIERS))
    said = " ".join(([verb["verb"]] if verb else []) + rest)
    if rest and not verb and (rest[0].lower() in FINITE or is_verb(rest, 0) and not rest[0].endswith("ed") or rest[0].endswith(
            "ed") and rest[1:2] and rest[1].lower() in _OBJECTS):
        said = f"that {said}"  # ("61 of them were serious", "61% of them completed it"; not "9 of them crewed full-time")
    what = f"{things} {said}".strip()
    return f"share of {what}" if sp.unit == "%" or not sp.value or sp.value < 1 else what


# "carried out 14,870 site inspections during the quarter, an average of 232 per working day": the average of what the
# sentence counted, by what follows.
_AVERAGE_OF = compile_re(r"(?:^\s*|\band\s+)(?:an?\s+)?average\s+of\s+(?:(?:about|around|nearly|almost|some|just)\s+)?$", re.I)
_PER = compile_re(r"\s+(?P<per>(?:per|a|an|each|every)\s+[a-z]+(?:\s+[a-z]+)?)\b(?=\s*(?:[,;:.)]|$))")


# "Occupancy in the state's classified hotels averaged 71.4%": the average of the noun phrase that opens the clause.
_AVERAGED = compile_re(r"\s*(?P<np>[^,;:()]+?)\s+(?:averaged|averages)\s+(?:(?:about|around|nearly|almost|some|just)\s+)?",
                       re.I)


_JOINED_AFTER_A_FIGURE = compile_re(r"(?<=\d|%)(?:[^,;\d]*?\s)?(?:and|while|but|whereas)\s+")


def _inside(phrase: str) -> str:
    """`phrase` set inside a longer subject: without the capital its first word took from the sentence (not a name's:
    "Brennock Park")."""
    words = phrase.split()
    if words and words[0].istitle() and words[0].isalpha() and not (words[1:2] and words[1][:1].isupper()):
        return phrase[0].lower() + phrase[1:]
    return phrase


def average_of(sentence: str, sp: NumberSpan, things: str | None, prev_subject: str | None) -> str:
    cs = clause_start(sentence, sp.start)
    per = _PER.match(sentence, sp.end)
    if sentence.startswith(" of ", sp.end):
        return ""  # ("ridership averaged 86% of pre-pandemic levels": a share)
    if m := _AVERAGED.fullmatch(sentence, cs, sp.start):
        # (the clause after a figure's own, joined: "revenue rose 19.0% to £52.5m and occupancy averaged 38.5%")
        np = _inside(named_alone(_JOINED_AFTER_A_FIGURE.split(m["np"])[-1]))
        return "" if not np else f"average {np} {per['per']}" if per and per["per"].startswith("per ") else f"average {np}"
    if not _AVERAGE_OF.search(sentence[cs : sp.start]):
        return ""
    # (of the things counted, or of the amount before: "£146,000 in hardship grants to 1,090 students, an average of
    # £134 per student"; what the number counts itself: "an average of 53 spills per overflow")
    what = sp.unit if count_noun(sp.unit) else things if not sp.unit else prev_subject and same_thing(prev_subject)
    if not what or "…" in what or all(w in NAMES_NOTHING | {"them"} for w in what.lower().split()) or per and (
            what.split()[-1].lower().startswith(per["per"].split()[-1].lower())):
        return ""  # (not "average students per student" for "to 1,090 students, an average of £134 per student")
    return f"average {what} {per['per']}" if per else f"average {what}"


# What was done to the things counted, or what they were, right after them: "were injured in reported road collisions",
# "were proficient"; up to the clause's end, a comparison or another figure.
_PREDICATE = (r"\s+(?:were|was|are|is|have\s+been|had\s+been)\s+(?P<done>(?:not\s+)?(?:[a-z]+ly\s+)?[a-z][a-z-]+(?:\s+(?:within|in|on|at|by|for"
              r"|to|from|as|into|through|during|under|over|with)\s+[^,;:()\d]{1,40}?|\s+(?:of|off|out|up|down)(?=\s*[,;:.()]|\s*$))?)"
              r"(?=\s*[,;:.()]|\s+(?:and|but|while|compared|against|up|down|than|after|because)\b|\s*$)")
_DONE_TO = compile_re(_PREDICATE)
_WHOLE_OF_PART = compile_re(r"(?<!total )(?<!average )(?<!maximum )(?<!minimum )\bof\s+(?:the\s+|its\s+|their\s+|our\s+)?$")  # (not "A total of")
# What the things a share is of did to a standard or a goal: "84% of pupils met the standard", "61% reached the target".
_SHARE_DID = compile_re(r"\s+of\s+(?:the\s+|its\s+|their\s+|our\s+)?(?P<np>[^,;:()]{2,60}?)\s+(?P<verb>met|reached|achieved|passed"
                        r"|exceeded|missed)\s+(?P<what>(?:the|their|its|a|an)\s+[^,;:()\d]{2,50}?)"
                        r"(?=\s*[,;:.()]|\s+(?:and|but|while|compared|against|up|down|than|in|by)\b|\s*$)")
_SHARE_DONE = compile_re(r"\s+of\s+(?:the\s+|its\s+|their\s+|our\s+)?(?P<np>[^,;:()\d]{2,60}?)" + _PREDICATE)


def _done(m: re.Match[str]) -> str:
    return re.sub(r"^not\s+", "not ", m["done"].strip())


# "Island traffic now makes up 17% of the total", "Wireless phones accounted for 88.5% of 911 calls, VoIP for 7.9%":
# the share a part holds of a whole.
_HOLDS = compile_re(r"\s*(?P<np>[^,;:()]+?)\s+(?:now\s+|still\s+|together\s+|alone\s+)?(?:makes?\s+up|made\s+up|accounts?\s+for"
                    r"|accounted\s+for|represents?|represented|comprises?|comprised)\s+(?:(?:about|around|almost|nearly|just"
                    r"|only|more than|less than|over|under|some|roughly|a|an)\s+)*", re.I)
# (or a level a share of a whole is said to be at: "Cancellations fell to 3.2% of planned trains")
_LEVEL_HELD = compile_re(r"\s*(?P<np>[^,;:()]+?)\s+(?:(?:fell|rose|dropped|climbed|increased|decreased|declined|grew|eased)\s+to"
                         r"|(?:was|were|stood\s+at|remained\s+at|(?P<reached>reached)))\s+(?:(?:about|around|almost|nearly|just|only"
                         r"|some|roughly)\s+)*", re.I)
# ("reached" a share of a level, not of things reached: "Ridership reached 88% of the 2019 level", not "Crews reached 88%
# of calls")
_A_LEVEL = compile_re(r"\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[\w/'’-]+\s+){0,3}?(?:level|levels|baseline|capacity|average|peak"
                      r"|record)\b", re.I)
_HOLDS_TOO = compile_re(r"\s*(?:and\s+)?(?P<np>[\w'’ &-]{2,40}?)\s+for\s+(?:(?:about|around|almost|nearly|just|only|some)\s+)*",
                        re.I)
_SHARE_OF = " as share of "
_YEAR_WORD = compile_re(r"(?:FY)?(?:19|20)\d\d(?:[/–-]\d\d(?:\d\d)?)?")
_AMOUNT = compile_re(r"[%$£€¥₹]")


def share_held(sentence: str, sp: NumberSpan, prev_subject: str | None) -> str:
    cs = clause_start(sentence, sp.start)
    if count_noun(sp.unit):
        return ""  # (the things it counts name it: "Overseas visitors accounted for 812,000 nights")
    if m := _HOLDS.fullmatch(sentence, cs, sp.start) or _level_held(sentence, sp, cs):
        np = whole_phrase(JOINED.sub("", m["np"]).split())
        if not np:
            return ""
        if not sentence.startswith(" of ", sp.end):
            return np  # "Cyclists accounted for 41"
        words = [w.strip(".,;:!?\"”") for w in sentence[sp.end + 4 : clause_end(sentence, sp.end + 4)].split()]
        words = list(itertools.takewhile(lambda w: w and w.lower() not in STOPS and not _AMOUNT.search(w), words))[:6]
        words = [w for w in words if not _YEAR_WORD.fullmatch(w)]  # (the time is the figure's: "of the 2019/20 baseline")
        while words and (words[-1].lower() in JOINS or words[-1].lower() in DETERMINERS):
            words.pop()
        whole = " ".join(words[1:] if words and words[0].lower() in DETERMINERS else words)
        if not whole:
            return np
        # (a count of the whole's: "Special education accounted for 402 of the openings")
        return f"{np}{_SHARE_OF}{whole}" if _is_share(sp) else f"{whole}: {np}"
    # (the verb and the whole left out after the first part: "…, VoIP for 7.9% and landlines for just 3.6%")
    if prev_subject and _SHARE_OF in prev_subject and (m := _HOLDS_TOO.fullmatch(sentence, cs, sp.start)) and (
            np := whole_phrase(m["np"].split())):
        return f"{np}{_SHARE_OF}{prev_subject.split(_SHARE_OF, 1)[1]}"
    return ""


def _level_held(sentence: str, sp: NumberSpan, cs: int) -> re.Match[str] | None:
    """The level verb and its subject before a share of a whole ("Cancellations fell to 3.2% of planned trains")."""
    if not _is_share(sp) or not sentence.startswith(" of ", sp.end):
        return None
    held = _LEVEL_HELD.fullmatch(sentence, cs, sp.start)
    return held if held is not None and (held["reached"] is None or _A_LEVEL.match(sentence, sp.end)) else None


def part_of_which(sentence: str, sp: NumberSpan, cs: int, ce: int, whole: str | None, prev_end: int | None) -> str:
    """What a part named with "of which" is: the `whole` it is part of (the things or the subject of the figure before,
    ending at `prev_end`) with what is said of the part ("farm businesses in the declared drought area", "share of
    spending on charitable activities"), or what the part is ("226 are battery-electric")."""
    if _OF_WHICH.fullmatch(sentence, cs, sp.start):
        at, which = sp.end, cs
    elif after := _WHICH_AFTER.match(sentence, sp.end):
        at, ce, which = after.end(), clause_end(sentence, after.end()), sp.start
    else:
        return ""
    if not (m := _PART_NAMED.match(sentence[: ce if ce > at else len(sentence)], at)):
        return ""
    said = _BE.sub("", m["said"].strip())
    # (the figure before is the whole when nothing else is named between them: not "47 patent applications, and its
    # spin-out companies, 31 of which")
    words = (whole or "").split()
    if whole is None or not words or "…" in whole or len(words) > 6 or words[0].lower() in STOPS | {"of"} or prev_end is None \
            or len(sentence[prev_end:which].split()) > 3 or not _DESCRIBES.match(m["said"]) or any(
            w.lower() in FINITE or w.lower() in CLAUSE_VERBS or i and w.endswith("ed") for i, w in enumerate(words)):
        return _BE.sub("", m["what"].strip())
    if m["prep"] and (cut := whole.find(f" {m['prep'].strip()} ")) > 0:
        whole = whole[:cut]  # ("spending on repairs", "… on day-to-day repairs": spending on day-to-day repairs)
    return f"share of {_inside(whole)} {said}" if _is_share(sp) else f"{whole} {said}"


def with_what_was_done(sentence: str, sp: NumberSpan, found: str) -> str:
    """`found` (the things counted, or a share of them) with what was done to them or what they were, read right after
    them: "1,486 people were injured in reported road collisions" -> "people injured in reported road collisions",
    "35.0% of tested students were proficient" -> "share of tested students proficient"; not the whole a part is of
    ("9 of its 31 posts were vacant")."""
    if found.startswith("share of ") and (done := _SHARE_DONE.match(sentence, sp.end)) and found.endswith(
            done["np"].split()[-1]):
        return f"{found} {_done(done)}"
    if found.startswith("share of ") and (did := _SHARE_DID.match(sentence, sp.end)) and found.endswith(did["np"].split()[-1]):
        who = "who" if did["np"].split()[-1].lower() in _PEOPLE else "that"  # "share of pupils who met the expected standard"
        return f"{found} {who} {did['verb']} {did['what']}"
    if not count_noun(sp.unit) or _WHOLE_OF_PART.search(sentence, max(0, sp.start - 12), sp.start):
        return found
    if found == sp.unit and (done := _DONE_TO.match(sentence, sp.end)):
        return f"{sp.unit} {_done(done)}"
    if (did := _DID.match(sentence, sp.end)) and found in (sp.unit, f"{sp.unit} {did['verb']}"):
        # what the things counted did: "4,870 children completed the Summer Reading Challenge" -> "children who completed
        # the Summer Reading Challenge", "Four people died in fires" -> "people who died in fires"
        text = _up_to(sentence[did.start("verb") : clause_end(sentence, did.end("verb"))], _DID_ENDS)
        words = _words(text)
        # (up to another amount: "gave an estimated 1.1 million hours"; not a bound, "more than 12 hours")
        cut = next((i for i, w in enumerate(words) if _AMOUNT.search(w) or any(c.isdigit() for c in w) and words[i + 1 : i + 2]
                    and words[i + 1].lower() in ("million", "billion", "thousand", "bn", "m")), len(words))
        # (nor into another clause: "visits made in 2023/24, and ahead of our target"; "found and fixed" goes on)
        cut = next((i for i, w in enumerate(words[:cut]) if w.lower() == "and" and i and words[i - 1].endswith(",")), cut)
        words = words[:cut]
        while words and (not words[-1] or words[-1].lower() in STOPS or words[-1].lower() in DETERMINERS
                         or words[-1].lower() in QUALIFIERS or _REMNANT_START.match(words[-1])):
            words.pop()
        after = text.split()[1:2]  # (read before dates are taken out: "the 205,100 calls answered in 2023")
        if did["verb"].endswith("ed") and did["verb"] != "died" and (
                not after or after[0].lower() in _AFTER_A_PARTICIPLE or _ADVERB.fullmatch(after[0])
                # ("operations carried out at weekend clinics"; not "16 pilots carried out 3,100 patrols")
                or after[0] in ("out", "up") and (len(rest := text.split()[2:3]) == 1 and rest[0].lower() in _AFTER_A_PARTICIPLE - {"to"})):
            return f"{sp.unit} {' '.join(words)}"  # ("48,300 street trees managed by the council": a participle)
        if len(words) == 1 and len(_words(text)) > 1:
            return found  # (what they did was to an amount or a name: "Our 1,140 volunteers gave an estimated 168,000 hours")
        who = "who" if sp.unit.split()[-1].lower() in _PEOPLE else "that"
        return f"{sp.unit} {who} {' '.join(words)}"
    return found


# Where what they did ends: as for a part, or at another clause ("… completed the program and staff logged …").
_DID_ENDS = compile_re(_PART_ENDS.pattern + r"|\s+and\s+\w+\s+\w+ed\b|\s+and\s+(?=\d)")
_REMNANT_START = compile_re(r"[/–—-]?\d")
# What follows a past participle describing things (not a verb they did): "managed by the council", "planted in …".
_AFTER_A_PARTICIPLE = frozenset("by in on at to for from during before after into under over across with within between "
                                "since".split())
_ADVERB = compile_re(r"(?i)[a-z]{3,}ly")  # ("58 officers employed directly by the council": a participle)
# A verb's past form right after the things counted: what they did.
_DID = compile_re(r"\s+(?P<verb>(?!(?:were|was|had|did)\b)[a-z]{3,}ed|died|lost|made|took|gave|won|went|came|left|ran|paid|"
                  r"spent|sold|bought|met|saw|got|kept|found|held|sent)\b(?=\s+[a-z])")
_PEOPLE = frozenset("people children adults pupils students patients residents visitors staff members volunteers customers "
                    "passengers drivers officers workers employees players participants learners trainees apprentices "
                    "carers families women men girls boys firefighters nurses teachers doctors users".split())


def bare_count(sentence: str, sp: NumberSpan, counted_before: str | None) -> str:
    """A bare count of the things counted before (`counted_before`) or of the whole the sentence opens on, by what was
    done to them ("6,480 cases were received and 6,120 were disposed of" -> 'cases disposed of') or what they are ("10 are
    on track" -> 'proposals on track'); '' when none is named."""
    state = _STATE_AFTER.match(sentence, sp.end)
    if state and state["verb"] in ("were", "are") and _PLURAL_NOUNS.fullmatch(state["what"]):
        return state["what"]  # what they were, named: "Of these, 3,517 were fires, 4,906 were false alarms"
    named_whole = _OF_THE_NOUN.match(sentence)
    if not (counted_before := counted_before or (named_whole["np"] if named_whole else None)):
        return ""
    named = NumberSpan(sp.start, sp.end, sp.text, sp.value, counted_before)
    if (done := with_what_was_done(sentence, named, counted_before)) != counted_before:
        return done
    if state is None:
        return ""
    whole = named_whole["np"] if named_whole else counted_before
    what = state["what"]  # ("proposals on track", "bridges under construction"; "vans that are electric")
    return f"{whole} {what}" if _SAID_OF_A_STATE.match(what) else f"{whole} that {state['verb']} {what}"


# What the things a bare count counts are or had to be: "10 are on track", "4 had to be cancelled because of high winds".
_STATE_AFTER = compile_re(r"\s+(?P<verb>are|were|is|was|remain|remained|had\s+to\s+be|have\s+been|had\s+been)\s+(?:now\s+|still\s+)?"
                          r"(?P<what>[a-z][^,;:.()]{1,40}?)(?=\s+and\b|\s+while\b|[,;:.()]|$)")
_PLURAL_NOUNS = compile_re(r"(?!(?:[a-z]+ed|[a-z]+ing|on|in|under|at|by|for|from|to|not|also|now|still|due|yet)\b)"
                           r"[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,5}(?:(?<!ss)(?<!s')s|(?<=children)|(?<=people)|(?<=staff)|(?<=women))(?:\s+such\s+as\b.*)?")
_SAID_OF_A_STATE = compile_re(r"[a-z]+(?:ed|en)\b|(?:on|in|under|at|by|for|from|outside|within|due|yet|awaiting)\b")
# The whole a sentence's bare counts are parts of, named first without a number: "Of the new collections, 402 were …".
_OF_THE_NOUN = compile_re(r"\s*Of (?:the|our|its|their|these|those) (?!total\b)(?P<np>[a-z][a-z -]{2,40}?),")
