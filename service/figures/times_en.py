"""English times as figures: time spent ("7,240 hours of enforcement"), a time measured ("the median
time to trial was 46 weeks"), a span of days or less ("closed for 11 days"), one written with its noun
("a 16-day closure"), spans in words ("over three years"), and minutes with seconds as one figure ("8 minutes
41 seconds"); not the period a report covers ("the six months ended 30 June") nor a point in time ("two years ago")."""

from __future__ import annotations

import re

from ..re_cache import compile_re
from .spans import NumberSpan
from .words_en import COUNT_ALTERNATIVES, count_word_value

# What follows a multiple, not a count of how often ("3 times the rate", "3 times as many", "3 times a week"): numbers_en
# reads "launched 147 times" as a figure.
NOT_HOW_OFTEN = "as|more|less|higher|lower|larger|bigger|greater|smaller|over|the|that|its|their|our|this|a|an|per|each|every"
# The units of a time as a figure (the bare plural: "days", not "working days").
TIME_UNITS = frozenset(("minutes", "hours", "days", "weeks", "months", "years"))
# A rate after a number: "roughly 1,130 a day", "open for 62 hours a week".
RATE = r"(?:a|per) (?:day|week|month|year)"
_RATE_AFTER = compile_re(rf"\s+{RATE}\b")


# The kind of day a time may count in, one figure in days with it: "within 10 working days", "14 school days".
_DAY_KIND = r"(?:(?:working|calendar|business|school)\s)?"
# Time as an amount of work or of use: "7,240 hours of enforcement", "41,500 hours of
# their time", "full on 47 days of the summer"; and a span of days or less (`SHORT_SPANS`).
# A span in words is read as one in digits ("closed for two days", "over three years", "four and a half months").
_TIME_SPENT = compile_re(r"(?<![\w.,$€£¥-])(?:(?P<num>\d{1,3}(?:,\d{3})+|\d+)(?P<dec>\.\d+)?"
                         rf"|(?i:(?P<word>{COUNT_ALTERNATIVES})(?P<half>[- ]and[- ]a[- ]half)?))\s" + _DAY_KIND
                         + r"(?P<unit>hours|days|weeks|minutes|months|years)\b")
# Where a whole number of months or years, or a span in words, is no figure of its own: the period a report covers
# ("for the six months ended 30 June", "in the 12 months to September", "the first nine months of the year", "its
# first four months") and a point in time ("two years ago", "eight weeks ahead of schedule", "after 12 months",
# "within two years", a deadline).
_FRAME_BEFORE = compile_re(r"(?:\b(?:the|its|their|our|his|her|any|first|after|within)\s+(?:[a-z]+\s+)?)$", re.I)
_FRAME_AFTER = compile_re(r"\s+(?:(?:to|ended|ending|through|until)\s+(?:\d{1,2}\s+)?(?:[A-Z]|the end|end|(?:19|20)\d\d)"
                          r"|(?:ago|earlier|later|before|after|ahead|behind)\b)")


# A time measured, the value of a statistic: "the median time to trial was 46 weeks", "a median of 29
# weeks", "up from 41 weeks", "cut the average age of the fleet to 17 years" (not a span something lasts or happens
# within: "for 3 days", "within 24 hours").
_MEASURED_TIME_BEFORE = compile_re(
    r"(?:\b(?:was|were|is|are|averaged|stood at|took|takes|lasted|equal to|equivalent to|to|from)"
    r"|\b(?:median|average|mean)(?: [a-z]+){0,2} of)"
    r"\s+(?:about |around |nearly |almost |just over |just under |more than |less than |under |over )?$", re.I)


_AVERAGE_OR_TAKEN = compile_re(r"(?i)\b(?:median|average|mean|took|takes|lasted|equal|equivalent)\b")


def taken_or_average(text: str, start: int) -> bool:
    """Whether the time at `start` is an average, a time taken or a measure, a value ("took 14 months", "an average
    age of 11 years", "reserves equal to about 4 months of spending"), not a span of the frame."""
    clause = max(0, start - 60, text.rfind(";", 0, start) + 1)
    return _MEASURED_TIME_BEFORE.search(text, clause, start) is not None \
        and _AVERAGE_OR_TAKEN.search(text, clause, start) is not None  # ("lowered the average age of the fleet to 17 years")


# A time written in two units, one figure in minutes: "an average response time of 8 minutes 41 seconds", a
# table's "7 min 48 s", "1 h 41 min" and "1h 14m 50s" (not 7 minutes, nor 41; and the "m" of "8m 42s" or "2h 12m",
# which its seconds or its hours make minutes, is no million).
MINUTES_SECONDS = compile_re(
    r"(?<![\w.,$€£¥])(?:(?P<min>\d{1,3})\s?(?:minutes?|mins?|m)\s+(?:and\s+)?(?P<sec>\d{1,2})\s?(?:seconds?|secs?|s)"
    r"|(?P<hours>\d{1,3})\s?(?:hours?|hrs?|h)\s+(?:and\s+)?(?P<hmin>\d{1,2})\s?(?:minutes?|mins?|m)"
    r"(?:\s+(?P<hsec>\d{1,2})\s?(?:seconds?|secs?|s))?)\b")


def clock_minutes(m: re.Match[str]) -> float:
    """The minutes a match of MINUTES_SECONDS stands for."""
    if m["hours"] is not None:
        return round(int(m["hours"]) * 60 + int(m["hmin"]) + int(m["hsec"] or 0) / 60, 4)
    return round(int(m["min"]) + int(m["sec"]) / 60, 4)


def minutes_seconds(text: str, spans: list[NumberSpan]) -> list[NumberSpan]:
    """`spans` with each time in two units read as one figure (in minutes), not two."""
    times = [NumberSpan(m.start(), m.end(), m.group(), clock_minutes(m), "minutes")
             for m in MINUTES_SECONDS.finditer(text)]
    if not times:
        return spans
    kept = [s for s in spans if not any(t.start < s.end and s.start < t.end for t in times)]
    return sorted(kept + times, key=lambda s: s.start)


# A time that bounds a class or a standard, as "10% or more" does: "start treatment within 18 weeks of referral",
# "waiting more than 52 weeks", "no more than one minute early" (a figure of the definition, `other`). Not a span
# something lasts ("for 3 days", "over two years"), nor months or years (a deadline: "within two years").
_SMALL_COUNTS = {w: i + 1 for i, w in enumerate("one two three four five six seven eight nine ten eleven twelve".split())}
# The words that bound a time from one side (kinds_en reads the same words to give the figure its kind).
TIME_BOUND_WORDS = r"(?:no |not )?(?:more|longer|less|fewer) than|at least|beyond|in excess of" \
                   r"|(?<=waited )over|(?<=waiting )over|(?<=wait )over"
_TIME_THRESHOLD = compile_re(
    r"\b(?P<bound>within|" + TIME_BOUND_WORDS + r")\s+"
    rf"(?P<num>\d{{1,3}}(?:,\d{{3}})*(?:\.\d+)?|{'|'.join(_SMALL_COUNTS)})\s{_DAY_KIND}(?P<unit>minutes?|hours?|days?|weeks?|months?|years?)\b",
    re.I)


# A time written as one word with its noun, a description of what it measures: "a 16-day closure", "a 12-year
# lease", "its 190-year history", "the 1,200-year-old abbey" (kinds_en reads them as `other`). Not a service that
# never closes ("the 24-hour line", "a 7-day service"), nor a security named by its term ("the 10-year Treasury note").
_TIME_COMPOUND = compile_re(r"(?<![\w.,$€£¥/:–-])(?!24-hour|7-day)(?P<num>\d{1,3}(?:,\d{3})*|\d+)-(?P<unit>minute|hour|day|week|month|year)(?:-old)?\b"
                            r"(?!\s+(?:Treasury|treasury|gilts?|bonds?|notes?|yields?|bunds?|mortgages?|swaps?|JGBs?)\b)")


def time_compounds(text: str) -> list[NumberSpan]:
    return [NumberSpan(m.start(), m.end(), m.group(), float(m["num"].replace(",", "")), m["unit"] + "s")
            for m in _TIME_COMPOUND.finditer(text)]


def times_read(text: str) -> list[NumberSpan]:
    """The times of `text` that are figures: time spent or measured, written with its noun, and the bounds of a
    class (not in a row's label, which names the row: "Patients waiting over 52 weeks | 1,105")."""
    times = time_spent(text)
    if "-" in text and (compounds := time_compounds(text)):
        times = sorted(times + compounds, key=lambda t: t.start)
    label_end = text.find("|")
    if label_end > 0:
        times = [t for t in times if t.start > label_end]
    if "within" in text or " than " in text or "at least" in text or "beyond" in text or " over " in text \
            or "in excess" in text:
        times = sorted(times + [t for t in time_thresholds(text) if t.start > label_end
                                and not any(o.start < t.end and t.start < o.end for o in times)], key=lambda t: t.start)
    return times


def time_thresholds(text: str) -> list[NumberSpan]:
    """The times that bound a class or a standard in `text` (see _TIME_THRESHOLD)."""
    out = []
    for m in _TIME_THRESHOLD.finditer(text):
        if m["unit"].lower().startswith(("month", "year")):
            continue  # (a deadline, "within two years", or a span or an age: "open for more than two years")
        num = m["num"].lower()
        value = float(_SMALL_COUNTS[num]) if num in _SMALL_COUNTS else float(num.replace(",", ""))
        unit = m["unit"].lower()
        out.append(NumberSpan(m.start("num"), m.end("unit"), text[m.start("num") : m.end("unit")], value,
                              unit if unit.endswith("s") else unit + "s"))
    return out


# Spans of days or less are figures wherever they stand ("closed for 11 days", "96 incidents in 24 hours"; the convention
# lists durations, as `other`), except a point in time: "58% lower after 12 weeks". So are whole months and years
# ("a surplus after 2 years of deficits", "more than 200 years old") and spans in words, except a report's period
# and a point in time (`_FRAME_BEFORE`, `_FRAME_AFTER`).
SHORT_SPANS = frozenset(("hours", "days", "weeks", "minutes"))
LONG_SPANS = frozenset(("months", "years"))


def time_spent(text: str) -> list[NumberSpan]:
    out = []
    if "hours" in text or "days" in text or "weeks" in text or "minutes" in text or "months" in text or "years" in text:
        for m in _TIME_SPENT.finditer(text):
            if text[max(0, m.start() - 3) : m.start()].rstrip().endswith("±"):
                continue  # (a spread: "56.2 ± 7.9 years", the mean's unit)
            if m["word"]:
                value = count_word_value(m["word"]) + (0.5 if m["half"] else 0.0)
            else:
                value = float(m["num"].replace(",", "") + (m["dec"] or ""))
            if m["word"] or m["unit"] in LONG_SPANS and not m["dec"]:
                # (a whole number of years or a span in words: a span of the frame, `other`, or an average or a
                # time taken, "took 14 months"; not the period or a point in time)
                span = text[max(0, m.start() - 7) : m.start()].lower().endswith(("within ", "for ", "after ", "over "))
                if (_FRAME_BEFORE.search(text, max(0, m.start() - 24), m.start()) or _FRAME_AFTER.match(text, m.end("unit"))) \
                        and (span or not taken_or_average(text, m.start())):
                    continue
            elif text[max(0, m.start() - 6) : m.start()].lower().endswith("after ") and not m["dec"] \
                    and not _RATE_AFTER.match(text, m.end("unit")):
                continue  # (a point in time: "58% lower after 12 weeks"; not "after 41.6 minutes", "after 3 hours a day")
            out.append(NumberSpan(m.start(), m.end("unit"), text[m.start() : m.end("unit")], value, m["unit"]))
    return out
