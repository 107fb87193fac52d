"""English values in brackets: what a value alone in brackets is of ("Northern Quay extension (£186 million)", "a quarter
of referrals (23%)", "(2023: 475)"), where the clause around it says nothing."""

from __future__ import annotations

import re

from ..re_cache import compile_re
from .clauses import clause_start
from .numbers import NumberSpan
from .phrases_en import MONTHS, phrase_before
from .subject_forms_en import same_thing

# A bracket's label of a time: "(2023: 475)", "(last year: 9.6%)", "(January–October 2024: 84.1%)", "(prior year: …)".
# (or the time named before a bracket: "4.2% higher than a year earlier (30,558)", "up from last season (371,700 tonnes)")
_TIME_LABEL = compile_re(rf"(?:(?:FY\s?)?\d{{4}}(?:[/–-]\d{{2,4}})?|(?:last|prior|previous|same)\s+(?:year|quarter|month|period|season)"
                         rf"|(?:{MONTHS})\S*(?:\s*[–-]\s*(?:{MONTHS})\S*)?\s+\d{{4}}"
                         rf"|(?:a\s+)?(?:year|season|quarter|month)\s+(?:earlier|before|ago))", re.I)

# A time the words before a bracket end on: "on October 2024 (2.65 million)", "the third quarter of 2024 (…)".
_ENDS_ON_TIME = compile_re(rf"(?:\b(?:(?:{_TIME_LABEL.pattern})|(?:quarter|half|year)\s+(?:of\s+)?(?:19|20)\d\d))$", re.I)

# A fraction in words: what a share in brackets after it restates.
_FRACTION = compile_re(r"(?:(?:just\s+)?(?:over|under|nearly|almost|about|around|roughly)\s+)?(?:(?:one|two|three|four)\s+in\s+(?:three|four|five|"
                       r"six|seven|eight|nine|ten)|(?:(?:a|one|two|three|four)\s+)?(?:half|halves|thirds?|quarters?|fifths?|tenths?))\b(?:\s+of\b)?\s*",
                       re.I)


def bracketed(sentence: str, sp: NumberSpan, prev_subject: str | None) -> str:
    """What a value alone in brackets is of: the noun phrase before the bracket ("Ravensford (£720,000)", "fundraising
    and other income (£1.2m)"); after a label in the bracket, the figure's before it: its value of another time
    ("(2023: 475)"), or its plan or standard ("ferries reached 96.8% (standard: 95%)": 'standard for ferries')."""
    opened = sentence.rfind("(", max(0, sp.start - 50), sp.start)
    if opened < 0 or not sentence[sp.end :].lstrip().startswith(")"):
        return ""
    label = sentence[opened + 1 : sp.start].strip()
    if label:
        if not label.endswith(":") or not prev_subject:
            return ""
        label = label[:-1].strip()
        return same_thing(prev_subject) if _TIME_LABEL.fullmatch(label) else f"{label} for {same_thing(prev_subject)}"
    words = sentence[clause_start(sentence, opened) : opened].split()
    if prev_subject and _ENDS_ON_TIME.search(" ".join(words[-4:])):
        # "up 7.2% on October 2024 (2.65 million)", "19% more than in the third quarter of 2024 (548,900 MWh)": the value
        # of the time compared with, of the thing the figure before measures
        return same_thing(prev_subject)
    if any(c.isdigit() for w in words[-2:] for c in w):
        return ""  # (a figure before: "£13.9 million (75%)", the share of it)
    text = " ".join(words)
    if fractions := list(_FRACTION.finditer(text)):
        # "a quarter of referrals (23%)", "one in five new entrants (21.3%)": the fraction's share of them
        rest = phrase_before(text[fractions[-1].end() :].split())
        return f"share of {rest}" if rest else ""
    phrase = phrase_before(words)
    # ("4.2% higher than a year earlier (30,558)": the thing the figure before measures)
    return same_thing(prev_subject or "") if _TIME_LABEL.fullmatch(phrase) else phrase
