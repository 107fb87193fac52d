"""English numbers written in words: a rank ("the third-highest rate", "ranked 12th"), a share ("two-thirds
of planned operations", "fell by more than half") and a count ("a dozen wards", "six teams"). The number
grammar (numbers_en) adds them where no figure written in digits stands."""

from __future__ import annotations

import re

from ..re_cache import compile_re
from .spans import NumberSpan

# What a count in words does not count: spans of time and the words of an argument ("two years",
# "three times", "two reasons").
_NOT_COUNTED = ("years|months|quarters|weeks|days|hours|minutes|seconds|decades|centuries|times|percent|points|and|or|"
                "to|of|in|on|at|by|the|for|with|as|is|was|were|are|"
                # (words in -s that are no noun: "three lost-time injuries across the port estate")
                "across|towards|afterwards|always|perhaps|besides|whereas|thus|plus|unless|has|does|its|this|various|numerous|serious")
# Words that end the noun phrase a count names, before its noun: "three injuries across sites" counts injuries (nor
# does a phrase go on past a word of the ones not counted, "six weeks for families", "five the previous year").
_ENDS_A_NOUN = "across|on|at|with|than|over|under|per|into|during|since|after|before"


# A rank, the ordinal being the figure as 第3位 is in Chinese: "the third-highest rate among the
# county's seven districts", "the 2nd-largest port", "ranked 12th in the state", "finished second".
_EN_ORDINALS = {w: i + 1 for i, w in enumerate(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth "
    "fifteenth sixteenth seventeenth eighteenth nineteenth twentieth".split())}
_EN_ORDINAL = rf"(?:{'|'.join(_EN_ORDINALS)}|\d{{1,3}}(?:st|nd|rd|th))"
_EN_RANK = compile_re(
    rf"\b(?P<rank>(?P<ord>{_EN_ORDINAL})[-\s](?:highest|lowest|largest|biggest|smallest|best|worst|fastest|slowest"
    r"|busiest|strongest|weakest|safest|cheapest|greatest|longest|shortest|richest|poorest|most|least)\b)"
    rf"|\b(?:rank(?:ed|s|ing)?|plac(?:ed|ing)|came|finished|(?:up|down|rising|falling|climbing|slipping) from)\s+"
    rf"(?:(?:us|it|them|him|her)\s+|(?-i:[A-Z][\w'’-]+\s+){{1,3}})?(?:joint\s+|equal\s+)?(?:No\.\s?)?(?P<ord2>{_EN_ORDINAL})\b"
    # ("ranked us 1st", "placing it 212th of the 296 authorities", "placed Ravensholt 3rd"; "moved up to 12th place")
    rf"|\bto\s+(?P<ord3>{_EN_ORDINAL})\s+place\b",
    re.I,
)


def ranks(text: str) -> list[NumberSpan]:
    out = []
    for m in _EN_RANK.finditer(text):
        group = "rank" if m.group("rank") else "ord2" if m.group("ord2") else "ord3"
        ordinal = (m.group("ord") or m.group("ord2") or m.group("ord3")).lower()
        value = _EN_ORDINALS.get(ordinal) or int(ordinal[:-2])
        out.append(NumberSpan(m.start(group), m.end(group), m.group(group), float(value), "rank"))
    return out


# A share written in words, as a percentage: "two-thirds of planned operations", "fell by more than half",
# "a quarter fewer". Not a period ("the first half", "the third quarter", "the half-year").
_EN_SHARE_OF_WHOLE = {"half": 50.0, "third": 100 / 3, "quarter": 25.0, "fifth": 20.0, "tenth": 10.0}
_EN_NUMERATOR = {"two": 2, "three": 3, "four": 4, "nine": 9}
_EN_FRACTION = compile_re(
    # (not quarters of a year: "in the next two quarters", "the last three quarters", "over the same four quarters")
    r"(?<![\w-])(?<!next )(?<!last )(?<!past )(?<!first )(?<!previous )(?<!coming )(?<!following )(?<!consecutive )"
    r"(?<!same )(?<!the )(?<!those )(?<!these )"
    r"(?:(?P<numerator>two|three|four|nine)[-\s](?P<parts>third|quarter|fifth|tenth)s"
    r"|(?:a|one)[-\s](?P<part>third|quarter|fifth|tenth)"
    r"|(?<!first )(?<!second )(?<!the )(?<!a )(?<!and )(?P<half>half))"
    r"(?=\s+(?:of|fewer|more|less|full|empty|complete|the|came|come|were|was|are|is|went|had|have|said)\b|\s*[.,;)]|\s*$"
    r"|\s+by\s+(?:19|20)\d\d|(?:(?<=by a third)|(?<=by a quarter)|(?<=by a fifth)|(?<=by a tenth))\s+(?:between|since|over|in|from|on|compared)\b)",
    re.I)  # ("fell by a third between July and September")
# A count written in words, before what it counts: "We refurbished a dozen wards", "run six teams",
# "replaced eight of its oldest elevators". Not one of things named before ("the two councils").
EN_COUNT_WORDS = {w: i + 2 for i, w in enumerate(
    "two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen "
    "eighteen nineteen twenty".split())}
_UNITS = {w: i + 1 for i, w in enumerate("one two three four five six seven eight nine".split())}
EN_COUNT_WORDS.update({f"{tens}-{unit}" if unit else tens: 10 * t + u
                       for t, tens in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split(), start=2)
                       for unit, u in [("", 0), *_UNITS.items()]})
# (longest first: "twenty-four" before "twenty")
COUNT_ALTERNATIVES = "|".join(sorted(EN_COUNT_WORDS, key=len, reverse=True))
_DOZENS = r"(?:a|two|three|four|five|six) dozen"
_COUNT_ALONE = compile_re(rf"{_DOZENS}|{COUNT_ALTERNATIVES}", re.I)
_ORDINAL_IN_DIGITS = compile_re(r"\d{1,3}(?:st|nd|rd|th)")
_EN_WORD_COUNT = compile_re(
    # (the words a count names a known group after, as words: not the end of one, "install three", "visits two")
    rf"(?<![\w-])(?<!\bthe )(?<!\bthese )(?<!\bthose )(?<!\bits )(?<!\btheir )(?<!\bour )(?<!\bboth )(?<!\ball )(?<!\bThe )"
    rf"(?<![Pp]hase )(?<![Ss]tage )(?<![Ll]evel )"  # (a numbered stage, no count: "phase two passes halfway mark")
    rf"(?<!'s )(?<!’s )(?<!s' )"
    rf"(?P<count>{_DOZENS}|{COUNT_ALTERNATIVES})"
    rf"(?:(?P<of>\s+of\s+(?:the|its|their|our)\s+(?:\d[\d,]*\s+)?(?:[a-z-]+\s+){{0,2}})"
    # (what is added is counted past a longer name: "three more speed indicator signs")
    rf"|\s+(?:more|additional|extra)\s+(?:[a-z-]+\s+){{2}}(?=[a-z]{{3,}}s\b)|\s+(?:(?:new|more|additional|extra|(?:to|or)\s+(?:more|fewer|{COUNT_ALTERNATIVES})|of\s+(?:them|those|these)"
    rf"|(?!(?:{_ENDS_A_NOUN}|{_NOT_COUNTED}|from|them|these|those|an?)\b)[a-z-]+)\s+){{0,2}})"
    rf"(?P<noun>(?:people|children|staff|men|women|personnel)(?=\W|$)|(?!(?:{_NOT_COUNTED}|others|ones|ways|things|times|reasons|issues|options|sides|parts|pieces|kinds|types"
    rf"|sorts|words|steps|points|questions|pillars|priorities|areas|aspects|stages|phases)\b)(?![a-z]*ous\b)[a-z]{{3,}}s)\b",
    re.I)


# Any period of a year, labelled in brackets, up to its colon: "(January–October 2024: ", "(summer 2024: ", a day
# of it, a balance sheet's date: "(31 March 2025: " (baselines_en reads the same label as the comparison's).
LABELLED_PERIOD = r"\s*(?:\d{1,2}\s+)?[A-Za-z][^():]{0,30}?(?:19|20)\d\d(?:[/-]\d\d)?\s*:\s*"
# The label of a comparison in brackets, before a value: "(2023: 31)", "(September: 113.7)", "(last year:
# seven)". (numbers_en reads the numbers in digits after it.)
BRACKET_LABEL = compile_re(r"\(\s*(?:(?:Q[1-4]|H[12]|FY|9M)\s*)?(?:(?:19|20)\d\d(?:[/–-]\d\d)?|FY\s?\d\d|January|February|March|April|May|"
                           r"June|July|August|September|October|November|December|last year|prior year|previous year|"
                           r"a year earlier|first estimate|previous estimate|plan|target|budget|forecast|trajectory|commitment|standard|goal)\s*:\s*$"
                           r"|\(" + LABELLED_PERIOD + r"$", re.I)
_WORD_IN_BRACKETS = compile_re(rf"(?<=: )(?P<count>{COUNT_ALTERNATIVES})(?=\))", re.I)
# A count in words that a comparison makes a value: "seven fewer than in 2023".
_WORD_CHANGE = compile_re(rf"(?<![\w-])(?P<count>{COUNT_ALTERNATIVES})(?=\s+(?:more|fewer|less)\s+than\b)", re.I)
# A share written as a count in a count: "two out of every three homicides", "almost six in ten were", "one in
# eight of all jobs" (not a ratio of things: "one in three" before a noun it counts is still a share of them).
_IN_EVERY = compile_re(rf"(?<![\w-])(?P<num>one|{COUNT_ALTERNATIVES}|\d{{1,2}})\s+(?:out\s+of\s+(?:every\s+)?|in\s+(?:every\s+)?)"
                       rf"(?P<den>{COUNT_ALTERNATIVES}|\d{{1,3}})(?![\w-])", re.I)


def _count_value(word: str) -> float:
    return float(word) if word.isdigit() else 1.0 if word.lower() == "one" else count_word_value(word)


# What a half or a quarter stands after where it is no share: a half-year ("This was a record half.", "a difficult half, but"),
# a part of a place or a range ("the western half of", "the upper half of guidance"), a rate each quarter of a year
# ("40,000 tonnes a quarter", "0.2% a quarter").
_BEFORE_A_HALF = compile_re(r"\b(?:a|an|the|this|that|our|its|their)\s+(?:[a-z]+\s+)?$", re.I)
_PLACE_WORD = compile_re(r"\b(?:upper|lower|top|bottom|western|eastern|northern|southern)\s+$", re.I)
_ENDS = compile_re(r"\s*(?:[.,;!?\"”]|$)")
_COUNTED_BEFORE = compile_re(r"\d(?:[\d.]|,\d)*\s?(?:%|[a-z]+(?:\s[a-z]+)?)?\s+$")


# A count in words that a change came from: "up from nine the year before", "down from seven in 2023".
# (and one a result is compared with: "Three people died, compared with five the previous year")
_WORD_FROM = compile_re(rf"\b(?:(?:up|down|rose|fell|increased|decreased|grew|dropped|declined|higher|lower) from|compared (?:with|to))\s+"
                        rf"(?P<count>{COUNT_ALTERNATIVES})(?=\s*(?:[,.;)]|$|\s+(?:the (?:year|month|quarter|winter|season) before|"
                        rf"(?:in )?the (?:previous|prior) (?:year|month|quarter|winter|season)|"
                        rf"a year (?:earlier|ago)|last year|in (?:19|20)\d\d)))", re.I)
# A count in words that a change went to: "Lost-time injuries fell to nine from 15", "rose to seven in 2024".
_WORD_TO = compile_re(rf"\b(?:up|down|rose|fell|increased|decreased|grew|dropped|declined|climbed|cut|reduced) to\s+"
                      rf"(?P<count>{COUNT_ALTERNATIVES})(?=\s*(?:[,.;)]|$)|\s+(?:from|in|during|last|this|over)\b)", re.I)
# A count whose noun a coordinated clause leaves out: "opened seven new stores and closed three".
# ("… and closed three during the half": a time may follow)
ELIDED_NOUN_AFTER = r"(?=\s*(?:[,.;)]|$)|\s+(?:during|in|this|last|over|since|so far|across)\b)"
_ELIDED_COUNT = compile_re(rf"\band\s+[a-z]{{3,}}ed\s+(?P<count>{COUNT_ALTERNATIVES}){ELIDED_NOUN_AFTER}", re.I)
_ASIDE = compile_re(r",\s*(?:which|who|that)\b[^,]*$", re.I)
# A change in points written in words: "four percentage points higher than last year", "two points ahead of last year",
# "rose by three percentage points" (not "three points to make": a comparison or a verb of change stands by it).
_WORD_POINTS = compile_re(
    r"(?P<by>\b(?:by|up|down|rose|fell|gained|lost|dropped|climbed|increased|decreased)\s+)?"
    rf"(?<![\w-])(?P<count>one|{COUNT_ALTERNATIVES})\s+(?P<unit>percentage\s+points?|points?)\b"
    r"(?P<compared>(?=\s+(?:higher|lower|ahead|behind|above|below|up|down|more|less|better|worse)\b))?", re.I)


def word_quantity(text: str) -> tuple[float, str] | None:
    """A number written alone in words: 'fourth' -> (4.0, 'rank'), '12th' -> (12.0, 'rank'),
    'a dozen' -> (12.0, ''), 'twenty-four' -> (24.0, '')."""
    word = text.strip().lower()
    if word in _EN_ORDINALS:
        return float(_EN_ORDINALS[word]), "rank"
    if _ORDINAL_IN_DIGITS.fullmatch(word):
        return float(word[:-2]), "rank"
    return (count_word_value(word), "") if _COUNT_ALONE.fullmatch(word) else None


def count_word_value(count: str) -> float:
    count = count.lower()
    if count.endswith("dozen"):
        first = count.split()[0]
        return 12.0 * (1 if first == "a" else EN_COUNT_WORDS[first])
    return float(EN_COUNT_WORDS[count])


def _count_span(m: re.Match[str]) -> NumberSpan:
    """The count in words a pattern's group `count` holds, as a figure with no unit ("nine", "a dozen")."""
    return NumberSpan(m.start("count"), m.end("count"), m["count"], count_word_value(m["count"]), "")


def words(text: str) -> list[NumberSpan]:
    """Shares and counts written in words."""
    out = []
    if "half" in text or "third" in text or "quarter" in text or "fifth" in text or "tenth" in text:
        for m in _EN_FRACTION.finditer(text):
            if _ASIDE.search(text, max(0, m.start() - 80), m.start()):
                continue  # a share that describes, in an aside: "Services, which make up around four-fifths of …"
            if m["half"] and _BEFORE_A_HALF.search(text, max(0, m.start() - 40), m.start()) and (
                    _PLACE_WORD.search(text, max(0, m.start() - 12), m.start()) or _ENDS.match(text, m.end())) \
                    or (m["part"] or "").lower() == "quarter" and m.group()[:2].lower() == "a " \
                    and _COUNTED_BEFORE.search(text, max(0, m.start() - 40), m.start()) and _ENDS.match(text, m.end()):
                continue  # a half-year, a position or a rate a quarter: "a record half.", "the upper half of", "40,000 tonnes a quarter"
            if m["half"]:
                value = 50.0
            elif m["part"]:
                value = _EN_SHARE_OF_WHOLE[m["part"].lower()]
            else:
                value = _EN_NUMERATOR[m["numerator"].lower()] * _EN_SHARE_OF_WHOLE[m["parts"].lower()]
            out.append(NumberSpan(m.start(), m.end(), m.group(), round(value, 6), "%"))
    out += [_count_span(m) for m in _WORD_CHANGE.finditer(text)]
    shares: list[NumberSpan] = []
    if " in " in text or " out of " in text:
        for m in _IN_EVERY.finditer(text):
            num, den = _count_value(m["num"]), _count_value(m["den"])
            if 0 < num < den and not (m["num"].isdigit() and m["den"].isdigit()):  # ("3 in 10": digits, read as such)
                shares.append(NumberSpan(m.start(), m.end(), m.group(), round(100 * num / den, 6), "%"))
    if " from " in text or "compared " in text:  # (the words each pattern needs, looked for in C first)
        out += [_count_span(m) for m in _WORD_FROM.finditer(text)]
    for rx, word in ((_WORD_TO, " to "), (_ELIDED_COUNT, " and ")):
        if word in text:
            out += [_count_span(m) for m in rx.finditer(text)]
    if " point" in text:
        out += [NumberSpan(m.start("count"), m.end(), text[m.start("count") : m.end()],
                           1.0 if m["count"].lower() == "one" else count_word_value(m["count"]),
                           # (points after a percentage are its percentage points: "82% …, up five points")
                           "percentage points" if m["unit"].lower().startswith("percentage") or "%" in text[: m.start()]
                           else "points")
                for m in _WORD_POINTS.finditer(text) if m["by"] or m["compared"] is not None]
    if ":" in text:
        out += [_count_span(m) for m in _WORD_IN_BRACKETS.finditer(text)
                if BRACKET_LABEL.search(text, max(0, m.start() - 30), m.start())]
    for m in _EN_WORD_COUNT.finditer(text):
        end = m.end("count") if m["of"] else m.end()
        out.append(NumberSpan(m.start(), end, text[m.start() : end], count_word_value(m["count"]), m["noun"].lower()))
    # (a share's two counts are no counts of their own: "two out of every three homicides")
    return shares + [w for w in out if not any(s.start < w.end and w.start < s.end for s in shares)] if shares else out
