"""English values set apart: what a value alone in brackets is of ("Northern Quay extension (£186 million)", "a quarter
of referrals (23%)", "(2023: 475)"), or alone between commas ("The largest single award, £750,000, went to …"), where the
clause around it says nothing."""

from __future__ import annotations

import re

from ..re_cache import compile_re
from .clauses import clause_start
from .numbers import NumberSpan
from .numbers_en import EN_SCALE
from .phrases_en import (
    ASIDE_OPENS,
    DETERMINERS,
    ENDS_ON_AMOUNT,
    MONTHS,
    NAMES_NOTHING,
    TIME,
    phrase_after,
    phrase_before,
)
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


# Words that name no thing a value set apart restates: "112 of them, 68.3%".
_PRONOUNS = frozenset("them it they these those this we us".split())
# A listed item's name before a colon: "Nordhavn Cold Chain: a temperature-controlled distribution centre …".
_ITEM_LABEL = compile_re(r"\s*(?P<label>[A-Z][\w&'’.-]*(?: [\w&'’.-]+){0,5}):\s")
_LIST_NUMBER = compile_re(r"^\s*\d{1,3}(?:\.\d{1,3})*\.?\s+")  # (a list's or a section's number: "1.3 Of the …")


def apposed(sentence: str, sp: NumberSpan, cs: int, ce: int) -> str:
    """What a value alone between commas, or between a comma and the sentence's end, restates: the noun phrase before the
    comma ("The largest single award, £750,000, went to …", "is forecasting the largest overspend, ₹62.60 crore."), past an
    aside that opens with "including" or "mainly" ("other income, including sponsorship and room hire, £1.27m")."""
    if cs < 2 or sentence[cs - 1] != "," or sentence[cs : sp.start].strip() or sentence[sp.end : ce].strip(" .;:!?"):
        return ""
    start = clause_start(sentence, cs - 1)
    for _ in range(3):  # (back over an aside to the noun phrase it is part of)
        first = sentence[start:].split(None, 1)[:1]
        if not (first and first[0].lower() in ASIDE_OPENS and start > 1 and sentence[start - 1] == ","):
            break
        cs, start = start, clause_start(sentence, start - 1)
    if (label := _ITEM_LABEL.match(sentence)) and label.end("label") < start:
        return label["label"]  # a listed item's name: "Nordhavn Cold Chain: a … centre at Sedgeley Gate, £62 million"
    words = TIME.sub(" ", _LIST_NUMBER.sub("", sentence[start : cs - 1])).split()
    if words[:1] and words[0].lower() == "of":
        # "Of the 148,620 open pathways, 41,300 …", "Of the £18.5 million of savings agreed, £11.2 million …": a part of
        # the things named after "Of" (not of the amount or the time after them)
        things = [w for w in words[1:] if not any(c.isdigit() for c in w) and w.lower() not in EN_SCALE
                  and w.lower() not in DETERMINERS]
        return phrase_after(things[1:] if things[:1] == ["of"] else things)
    # (a clause that ends on an amount or a bracket, or a time, names no thing the value restates: "In March 2025, 412 …")
    if ENDS_ON_AMOUNT.search(sentence, start, cs - 1) or sentence[start : cs - 1].rstrip().endswith(")") or not words \
            or any(c.isdigit() for c in words[-1]) \
            or words[-1].lower() in NAMES_NOTHING or words[-1].lower() in _PRONOUNS or _FRACTION.fullmatch(words[-1]):
        return ""  # (a list of amounts, a time, a pronoun or a fraction: "In March 2025, 412 …", "112 of them, 68.3%")
    phrase = phrase_before(words)
    return re.sub(r"^(?:of|in|on)\s+(?:the\s+)?", "", phrase)  # (cut at its length: "… of the State Finance Commission grant")
