"""English times as figures: time spent ("7,240 hours of enforcement"), a time measured ("the median
time to trial was 46 weeks"), a span of days or less ("closed for 11 days"), one written with its noun
("a 16-day closure"), and minutes with seconds as one figure ("8 minutes 41 seconds"); not a whole number
of months or years that is a deadline or an age ("within two years", "150 years old")."""

from __future__ import annotations

import re

from ..re_cache import compile_re
from .spans import NumberSpan

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
_TIME_SPENT = compile_re(r"(?<![\w.,$€£¥])(?P<num>\d{1,3}(?:,\d{3})+|\d+)(?P<dec>\.\d+)?\s" + _DAY_KIND + r"(?P<unit>hours|days|weeks|minutes|months|years)\b"
                         r"(?P<of>\s+of\b)?")


# A time measured, the value of a statistic: "the median time to trial was 46 weeks", "a median of 29
# weeks", "up from 41 weeks" (not a span something lasts or happens within: "for 3 days", "within 24 hours").
_MEASURED_TIME_BEFORE = compile_re(
    r"(?:\b(?:was|were|is|are|averaged|stood at|took|takes|lasted)|\b(?:median|average|mean)(?: [a-z]+){0,2} of"
    r"|\b(?:rose|fell|increased|decreased|dropped|cut|reduced|lengthened|shortened|up|down)\b[^.;:,]{0,30}?\b(?:to|from))"
    r"\s+(?:about |around |nearly |almost |just over |just under |more than |less than |under |over )?$", re.I)


_AVERAGE_OR_TAKEN = compile_re(r"(?i)median|average|mean|took|takes|lasted")


# A time written in two units, one figure in minutes: "an average response time of 8 minutes 41 seconds", a
# table's "7 min 48 s" and "1 h 41 min" (not 7 minutes, nor 41).
MINUTES_SECONDS = compile_re(
    r"(?<![\w.,])(?:(?P<min>\d{1,3})\s?(?:minutes?|mins?)\s+(?:and\s+)?(?P<sec>\d{1,2})\s?(?:seconds?|secs?|s)"
    r"|(?P<hours>\d{1,3})\s?(?:hours?|hrs?|h)\s+(?:and\s+)?(?P<hmin>\d{1,2})\s?(?:minutes?|mins?))\b")


def clock_minutes(m: re.Match[str]) -> float:
    """The minutes a match of MINUTES_SECONDS stands for."""
    if m["hours"] is not None:
        return int(m["hours"]) * 60 + int(m["hmin"])
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
# lists durations, as `other`), except a point in time: "58% lower after 12 weeks". Months and years are read only
# where measured: a whole number of them is a deadline or an age as often ("within two years", "150 years old").
SHORT_SPANS = frozenset(("hours", "days", "weeks", "minutes"))


def time_spent(text: str) -> list[NumberSpan]:
    out = []
    if "hours" in text or "days" in text or "weeks" in text or "minutes" in text or "months" in text or "years" in text:
        for m in _TIME_SPENT.finditer(text):
            value = float(m["num"].replace(",", "") + (m["dec"] or ""))
            span = text[max(0, m.start() - 7) : m.start()].lower().endswith(("within ", "for ", "after ", "over "))
            rate = _RATE_AFTER.match(text, m.end("unit"))
            measured = _MEASURED_TIME_BEFORE.search(text, max(0, m.start() - 60), m.start())
            if text[max(0, m.start() - 3) : m.start()].rstrip().endswith("±"):
                continue  # (a spread: "56.2 ± 7.9 years", the mean's unit)
            if m["unit"] in ("months", "years") and not m["dec"]:
                # (a whole number of years is a span or an age, "10 years since", "150 years old"; only an average or
                # a time taken is a value: "an average age of 11 years", "took 14 months")
                measured = measured and _AVERAGE_OR_TAKEN.search(measured.group())
                if not (measured and not span):
                    continue
            if rate or m["dec"] or (m["of"] or value >= 100 or measured) and not span or m["unit"] in SHORT_SPANS \
                    and not text[max(0, m.start() - 6) : m.start()].lower().endswith("after "):  # ("open for 62 hours a week", "41.6 minutes")
                out.append(NumberSpan(m.start(), m.end("unit"), text[m.start() : m.end("unit")], value, m["unit"]))
    return out
