"""English subjects: the noun phrase a number measures, read from the grammar of its clause.

In order, the first that applies:
- what follows it with `of` / `in`: "120 MW of installed capacity", "$310 million in revenue",
  "18% of the city's households" (a share of them);
- what it is the value of: "revenue rose to $540 million", "a population of 250,000",
  "raised its growth forecast to 2.4% from 1.9%" (both numbers);
- the noun it is the size of: "a $2.4 billion expansion of the wind program", "a 40-kilometer
  transmission line";
- the things it counts, with what was done to them: "handled 4.2 million containers" ->
  "containers handled";
- what changed, or what reached it: "exports rose 18%" -> "growth in exports", "GDP reached
  $12.8 billion" -> "GDP"; "up 12% from the year before" continues the figure before it.
None of these: the clause around the number, as before ("The authority plans to invest … over five
years"). Dates and times are taken out first: they say when, not what.
"""

from __future__ import annotations

import re

from ..re_cache import compile_re
from .bare_values_en import EN_TABLE_ROW, LEADER
from .clauses import UNIT_BRACKET, clause_end, clause_start, pipe_row_label
from .numbers import NumberSpan
from .phrases_en import (
    AUXILIARIES,
    CHANGE_OR_LEVEL,
    CLAUSE_VERBS,
    CUT,
    DETERMINERS,
    FALL,
    LEVEL,
    MEASURES,
    NOUNS_OR_VERBS,
    QUALIFIERS,
    RAISE,
    RISE,
    TIME,
    count_noun,
    is_share_of_the_total,
    is_verb,
    phrase_after,
    phrase_before,
    without_auxiliaries,
    without_qualifiers,
)

# What a value is compared with is the same thing at another time: "compared with $268 million".
_COMPARED = compile_re(r"(?:\bcompared (?:with|to)|\bversus|\bvs\.?|\bagainst|\b(?:more|fewer|less|higher|lower|greater|"
                       r"smaller|larger|bigger|above|below) than the|\b(?:above|below|than|from) (?:the|its|their) "
                       r"(?:current|present))\s*$", re.I)
# A dashboard's line: a short label, a colon, then its value ("Revenue: $2.1B, +14% YoY").
_LABELLED = compile_re(rf"^\s*(?P<label>[A-Za-z][\w'’/$%&+-]*(?:\.(?!\.)[\w'’/$%&+-]*)*(?: [\w'’/$%&+-]+(?:\.(?!\.)[\w'’/$%&+-]*)*){{0,5}})"
                       rf"(?::\s+|{LEADER})(?=[-+−]?(?:[$€£¥₹]|[A-Z]{{3}}\s?)?\d)")
# The value it had before: "(prior: $8.1B-$8.2B)", "(previously $4.1 billion)".
_LIST_MARK = compile_re(r"^\(?\d{1,3}[.)]\s+")
_BRACKETED_CHANGE = compile_re(r"\s*\(\s*(?P<sign>[+\-−])?")
_PRIOR = compile_re(r"\(\s*(?:prior|previous|previously|was|vs\.?)\s*:?\s*[$€£¥₹]?$", re.I)
# A difference from another time: "£2.1bn more than a year earlier".
_MORE_LESS = {**dict.fromkeys(("more", "higher", "greater", "larger", "bigger"), True),
              **dict.fromkeys(("less", "lower", "fewer", "smaller"), False)}
# "up from our previous range of $3.3 billion": the figure before, as it was.
_EARLIER = frozenset("previous prior earlier original old".split())
# What links a value to what it is the value of: "rose to", "a population of", "cut … by".
_PREPOSITIONS = frozenset("to from at of by worth between".split())
# How a level stayed: "held steady at 4.1%", "remained unchanged at".
_STEADY = frozenset("steady unchanged flat stable constant".split())
# Money put into something: "invest £2 billion in new zones" is an investment in them.
_SPENDING = {**dict.fromkeys(("invest", "invests", "invested", "investing"), "investment"),
             **dict.fromkeys(("spend", "spends", "spent", "spending"), "spending")}
# Money a verb names by itself: "plans to invest $800 million" is an investment, "the company
# earned RMB 5.2 billion" its earnings.
_AMOUNT_OF_VERB = {**_SPENDING, **dict.fromkeys(("earn", "earns", "earned", "earning"), "earnings")}
# "…, or $1.20 per share": the amount is per share of what the subject names.
_PER_SHARE = compile_re(r"\s+(?:per|a) (?:diluted |basic )?share\b")
# Where money goes: "$1.2 billion will go to rural highways", "is earmarked for schools".
_MONEY_GOES = compile_re(r"(?:(?:will|would|is|are|was|were|to|be|being|been|also)\s+)*(?:go|goes|went|going|flows?|flowed|"
                         r"spent|allocated|earmarked|devoted|dedicated|set aside)\s+(?:to|for|on|towards?)\s+(?=[a-z])",
                         re.I)
# What something takes: "would require $9 billion", "needs 500 workers".
_NEEDS = frozenset("require requires required requiring need needs needed cost costs".split())
# A change named as a noun: "an increase of 5.6%" is the growth of the figure before it.
_CHANGE_NOUNS = {**dict.fromkeys("increase rise growth gain jump hike boost".split(), False),
                 **dict.fromkeys("decline drop fall decrease cut reduction".split(), True)}
_CHANGE_LABEL = compile_re(r"^(?:growth|decline) in ")


def subject_en(sentence: str, sp: NumberSpan, prev_subject: str | None = None, prev_end: int | None = None) -> str:
    """What `sp` measures, or the clause around it when the grammar says nothing more.
    `prev_subject` and `prev_end`: the subject and the end of the sentence's figure before it.
    (Without a list's number or a dash left at its ends: "1. Police patrol and investigations — $38.6M".)"""
    if (label := pipe_row_label(sentence, sp.start)) and not re.search(r"\d", UNIT_BRACKET.sub("", label)):
        return label  # a row of a pipe table: its label (not the cell of a value without one)
    found = _subject_en(sentence, sp, prev_subject, prev_end)
    return _LIST_MARK.sub("", found).strip(" —–:") or found


def _subject_en(sentence: str, sp: NumberSpan, prev_subject: str | None, prev_end: int | None) -> str:
    if row := EN_TABLE_ROW.fullmatch(sentence.strip()):
        return row["label"].strip()  # a table's row: every value is the label's
    if (head := _LABELLED.match(sentence)) and sp.start >= head.end("label"):
        return _labelled(sentence, sp, head["label"].strip())
    cs, ce = clause_start(sentence, sp.start), clause_end(sentence, sp.end)
    before = TIME.sub(" ", sentence[cs : sp.start]).split()
    after = TIME.sub(" ", sentence[sp.end : ce]).split()
    if prev_subject and prev_subject.startswith("share for ") and sp.unit == "%" and after[:1] == ["to"] and (
            np := _nouns_after(after[1:])):
        return f"share for {np}"  # "41% goes to public safety and 12% to parks": the verb left out
    if prev_subject and _PRIOR.search(sentence, max(0, sp.start - 20), sp.start):
        return _same_thing(prev_subject)  # "to $8.3B-$8.4B (prior: $8.1B-$8.2B)"
    if prev_subject and prev_end is not None and sp.unit == "%" and (
            sign := _BRACKETED_CHANGE.fullmatch(sentence, prev_end, sp.start)) is not None:
        # "Police patrol — $38.6M (+5%)", "an increase of $12.8 million (7.1%)": the change of the figure before
        if not sign["sign"]:
            return prev_subject  # (the figure before restated as a rate)
        return _change(sign["sign"] in "-−", prev_subject)
    if prev_subject and prev_end is not None and _conversion(sentence, sp, prev_end):
        return prev_subject  # "43.5 square miles (112.6 km²)": the figure before in other units
    if prev_subject and len(after) > 1 and after[1] == "than" and after[0].lower() in _MORE_LESS:
        return _change(not _MORE_LESS[after[0].lower()], prev_subject)  # "£2.1bn more than a year earlier"
    if prev_subject and len(after) > 1 and after[0].lower() in ("below", "above") and (
            after[1].lower() in DETERMINERS or after[1].lower() == "its"):
        return _change(after[0].lower() == "below", prev_subject)  # "… and 31% below our 2019 baseline"
    share = sp.unit == "%" and after[:1] == ["of"]  # "4,000 employees, or roughly 5% of its workforce"
    if share and prev_subject and prev_end is not None and is_share_of_the_total(sentence, prev_end, sp.start, sp.end):
        return f"{prev_subject}: share of total"  # "Some 392 people, or 26.4% of the total, were …"
    found = (
        (not share and _other_value(sentence, sp, cs, prev_subject, prev_end))
        or _range_of(before, after)
        or _followed_by(sp, before, after)
        or _value_of(sp, before, prev_subject)
        or _size_of(sp, before, after, prev_subject)
        or _counted(sp, before)
        or _changed_or_reached(sp, before, prev_subject)
    )
    if not found and cs > 1 and sentence[cs - 1] == "," and before and (
            before[0].lower() == "worth" or is_verb(before, 0) and before[0].lower() not in AUXILIARIES):
        # "The merger, valued at $15 billion, …": the clause describes the noun before its comma,
        # past an aside of a few words without a verb ("Non-revenue water, mostly leaks, fell to").
        ps = clause_start(sentence, cs - 1)
        aside = sentence[ps : cs - 1].split()
        if ps > 1 and sentence[ps - 1] == "," and (
                len(aside) <= 4 and not any(is_verb(aside, i) for i in range(len(aside)))
                or len(aside) <= 12 and aside[0].lower() in ("which", "who", "whose")):  # a relative clause
            ps, cs = clause_start(sentence, ps - 1), ps
        found = phrase_before(TIME.sub(" ", sentence[ps : cs - 1]).split())
        if (before[0].lower() in RISE or before[0].lower() in FALL) and before[1:] in ([], ["by"]):
            # "Services output, which …, rose 0.4pc": the change ("fell to 15.9%" is the level)
            found = _change(before[0].lower() in FALL, found)
    if found and "share" not in found.lower() and found != "EPS" and _PER_SHARE.match(sentence, sp.end):
        found = f"{found} per share"
    if found and all(w in _NAMES_NOTHING for w in found.lower().split()):
        found = ""  # (words that say nothing: the clause does)
    found = found or _clause(sentence, sp, cs, ce)
    if found and all(w in _NAMES_NOTHING for w in found.lower().split()):
        # "That is $96.3 million, or about 7.5 percent, below the … enacted level": the sentence goes on
        found = _clause(sentence, sp, cs, len(sentence))
    return found


# Words that name nothing measured, as a subject of their own.
_NAMES_NOTHING = frozenset("is was are were be been it its this that these those there at or and about of to in on for "
                           "by as the a an day week month year per each cent".split())


def _other_value(sentence: str, sp: NumberSpan, cs: int, prev_subject: str | None, prev_end: int | None) -> str:
    """'fell to 3.9% from 4.6%', 'rose 18% in May to $61.2 billion', 'by 25 basis points to 4.5%':
    only prepositions between two figures of a clause, so the second is a value of the same thing
    (its level, when the first was the change). Past a comma the same holds ('rose $40 million, or
    12%, to $380 million'), when or, to or from leads to it."""
    if not prev_subject or prev_end is None or count_noun(sp.unit):
        return ""  # "45 new police officers and 20 firefighters": a count names its own things
    between = [w.lower() for w in TIME.sub(" ", sentence[prev_end : sp.start].replace(",", " ")).split()]
    if not between or any(w not in _PREPOSITIONS and w not in QUALIFIERS and w not in ("and", "or", "-", "–")
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
    return prev_subject if between[-1] == "by" else _CHANGE_LABEL.sub("", prev_subject)


def _nouns_after(words: list[str]) -> str:
    """The noun phrase that starts `words`, with a second one joined by and / or: "wind and solar
    projects", "parks and libraries"."""
    first = phrase_after(words)
    k = len(first.split())
    rest = [w for w in words if w.lower() not in DETERMINERS][k:]
    if first and len(rest) > 1 and rest[0].lower() in ("and", "or") and (second := phrase_after(rest[1:])):
        return f"{first} {rest[0].lower()} {second}"
    return first


def _labelled(sentence: str, sp: NumberSpan, label: str) -> str:
    """'Revenue: $2.1B, +14% YoY, +3% QoQ', 'Gross margin: 62.4%, up 180 bps', 'Closed sales ......
    1,264 (+8.2%)': a dashboard's or a report table's line gives its label's value, and the label's
    changes (signed, or up / down)."""
    lead = re.split(r"[,(:]|\.{3}", sentence[: sp.start])[-1].strip().lower()
    if lead.endswith("from"):
        return label  # "19 (down from 23)": the label's value at the other time
    if lead == "up" or lead.startswith(("up ", "+")):
        return _change(False, label)
    if lead in ("-", "–", "down") or lead.startswith(("down ", "−")) or sp.text.startswith(("-", "−")):
        return _change(True, label)
    return label


def _range_of(before: list[str], after: list[str]) -> str:
    """'keeping its benchmark rate in the 4.25%-4.50% range': what the range is of."""
    rest = after[1:] if after and after[0][:1] in "-–" else after
    if not rest or rest[0].strip(".,;:") != "range" or len(before) < 3 or before[-1].lower() != "the" or before[-2].lower() not in ("in", "within"):
        return ""
    return phrase_before(without_auxiliaries(before[:-2]))


_TIME_UNITS = frozenset("hours days weeks months minutes".split())


def _followed_by(sp: NumberSpan, before: list[str], after: list[str]) -> str:
    """'120 MW of installed capacity', '$310 million in revenue', '18% of the households',
    'invest £2 billion in new zones', '$1.2 billion will go to rural highways'."""
    if (m := _MONEY_GOES.match(" ".join(after))) and (_amount(sp.unit) or sp.unit == "%"):
        np = _nouns_after(" ".join(after)[m.end() :].split())
        return f"share for {np}" if sp.unit == "%" and np else np  # ("of which 41% goes to public safety")
    verb = next((w.lower() for w in reversed(before) if w.lower() not in QUALIFIERS), "")
    spending = verb in _SPENDING and after[:1] in (["in"], ["on"])
    # Money for something is spent on it: "sets aside $312 million for public safety".
    money_for = after[:1] == ["for"] and _amount(sp.unit)
    if len(after) < 2 or not (after[0] in ("of", "in") or spending or money_for) or not after[1][:1].islower():
        return ""
    named = next((w for w in after[1:] if w.lower() not in DETERMINERS), "")
    if after[0] != "of" and named[:1].isupper():
        return ""  # "$1,500 a year in the United States": where, not what
    if after[0] != "of" and (sp.unit == "%" or after[1].lower() in ("a", "an") or count_noun(sp.unit)):
        # "3% in the eurozone" is not a share of it; "for the third year in a row"; "600 air
        # sensors in homes" are counted where they go
        return ""
    np = phrase_after(after[1:])
    if not np:
        return ""
    if sp.unit == "%":
        return f"share of {np}"
    if after[0] == "of" and count_noun(sp.unit):
        return _counted(sp, before, f"{sp.unit} of {np}")  # "signed 112 memorandums of understanding"
    if after[0] == "of" and sp.unit in _TIME_UNITS:
        return f"{sp.unit} of {np}"  # "7,240 hours of enforcement": time spent on it
    words = without_qualifiers(before)
    if money_for and len(words) > 1 and words[-1].lower() == "of" and (what := phrase_before(words[:-1])):
        return f"{what} for {np}"  # "grants of up to $250,000 for automation"
    return f"{_SPENDING[verb]} {after[0]} {np}" if spending and not money_for else np


def _value_of(sp: NumberSpan, before: list[str], prev_subject: str | None) -> str:
    """'revenue rose to', 'a population of', 'cut emissions by', 'up from'."""
    words = without_qualifiers(before)
    if prev_subject and words and _COMPARED.search(" ".join(words)):
        return _same_thing(prev_subject)
    if not words or words[-1].lower() not in _PREPOSITIONS:
        return ""
    prep = words.pop().lower()
    if prep == "to" and count_noun(sp.unit) and not any(w.lower() in CHANGE_OR_LEVEL for w in words):
        return ""  # "delivered water to 1.4 million customers": a count of whom, no level
    while words and (words[-1].lower() in _PREPOSITIONS or words[-1].lower() in _STEADY):  # "to between"
        words.pop()
    if not words:
        return prev_subject or ""
    last = words[-1].lower().strip(",")
    if prep == "by" and (last in CUT or last in RAISE):
        # "hope to cut by 10%": the change of what the clause is about
        return _change(last in CUT, phrase_before(without_auxiliaries(words[:-1])) or prev_subject)
    if last in _CHANGE_NOUNS and len(words) > 1 and words[-2].lower() in DETERMINERS:
        return _change(_CHANGE_NOUNS[last], prev_subject)  # "an increase of 5.6%"
    if last in RISE or last in FALL:
        what = phrase_before(without_qualifiers(without_auxiliaries(words[:-1]))) or prev_subject
        # "grew by 5%" is the change; "grew to $5 billion", "up from $265 million" the level.
        return _change(last in FALL, what) if prep == "by" else what or ""
    if is_verb(words, len(words) - 1) and not last.endswith("ing"):  # ("memorandums of understanding worth")
        return phrase_before(without_auxiliaries(words[:-1])) or prev_subject or ""
    np = phrase_before(words)
    if prep == "by" and np:  # "cut emissions by 30%", "cut its carbon intensity by 45%"
        # (past a name before the noun phrase: "cut Scope 1 and 2 emissions by 50%")
        verb = next((w.lower() for w in reversed(words[: len(words) - len(np.split())])
                     if w.lower() not in DETERMINERS and not w.isdigit() and w not in ("and", "or", "&")
                     and not w[:1].isupper()), "")
        if verb in CUT or verb in RAISE:
            return _change(verb in CUT, np)
    if prev_subject and np and np.split()[0].lower() in _EARLIER:
        return _same_thing(prev_subject)
    if np.lower() in _CHANGE_NOUNS:
        if len(words) > 1 and (words[-2].lower() in CLAUSE_VERBS or words[-2].lower() in NOUNS_OR_VERBS):
            return np  # "expects growth of 1pc next year": the growth it expects, not the figure's before
        return _change(_CHANGE_NOUNS[np.lower()], prev_subject) or np
    return np


def _size_of(sp: NumberSpan, before: list[str], after: list[str], prev_subject: str | None) -> str:
    """'a $2.4 billion expansion of …', 'a new 40-kilometer transmission line': the number
    stands where an adjective does, between a determiner and the noun it sizes."""
    if not before or not after or not after[0][:1].islower():
        return ""
    k = len(before)
    while k > 0 and before[k - 1].lower() in QUALIFIERS - DETERMINERS:
        k -= 1
    owner = before[k - 1] if k > 0 and before[k - 1].endswith(("'s", "’s")) else ""
    if k == 0 or before[k - 1].lower() not in DETERMINERS and not owner:
        return ""
    if len(after[0]) > 4 and after[0].endswith("ed") and sp.unit.isalpha():
        return f"{sp.unit} {after[0]}"  # "the 65 miles repaved over the past two years"
    np = phrase_after(after)
    if np.lower() in _CHANGE_NOUNS:
        if len(after) > 2 and after[1] == "in" and (what := phrase_after(after[2:])):
            return _change(_CHANGE_NOUNS[np.lower()], what)  # "a 6% rise in energy prices"
        return _change(_CHANGE_NOUNS[np.lower()], prev_subject)  # "a 12% increase on the year before"
    return f"{owner} {np}" if owner and np else np  # "the state's $22 billion surplus"


def _amount(unit: str) -> bool:
    """Money or a measure written in capitals ("USD", "MW"): neither a count nor a percentage."""
    return not unit.islower() and unit not in ("%", "percentage points")


def _conversion(sentence: str, sp: NumberSpan, prev_end: int) -> bool:
    """Whether `sp` is the measure before it in other units, in brackets: "16.8 inches (427 mm)"."""
    before = sentence[max(0, prev_end - 12) : prev_end].split()[-1:]
    return bool(sp.unit and before and MEASURES.match(sp.unit) and MEASURES.match(before[0])) and \
        sentence[sp.end : sp.end + 1] == ")" and re.fullmatch(r"\s*\(\s*", sentence[prev_end : sp.start]) is not None


def _counted(sp: NumberSpan, before: list[str], noun: str | None = None) -> str:
    """'handled a record 4.2 million containers' -> 'containers handled' (`noun`: the things
    counted, when more than the unit names them)."""
    noun = noun or sp.unit
    if not count_noun(sp.unit):
        return ""
    words = [w for w in before if w.lower() not in QUALIFIERS]
    verb = words[-1].lower() if words else ""
    if verb in LEVEL or noun == "points" and (verb in RISE or verb in FALL):
        # "car production reached 78,000 vehicles": what reached it is the subject; "the index
        # gained 250 points" measures the index's change ("scored 28 points" counts them)
        return ""
    return f"{noun} {verb}" if verb.endswith("ed") else noun


def _changed_or_reached(sp: NumberSpan, before: list[str], prev_subject: str | None) -> str:
    """'exports rose 18%' -> 'growth in exports'; 'GDP reached $12.8 billion' -> 'GDP';
    'up 12% from the year before' -> growth in the figure before it; 'plans to invest $800 million'."""
    words = without_qualifiers(before)
    if not words:
        return ""
    verb = words[-1].lower().strip(",")
    if verb in _AMOUNT_OF_VERB:
        return _AMOUNT_OF_VERB[verb]
    np = phrase_before(without_auxiliaries(words[:-1]))
    if verb in RISE or verb in FALL:
        return _change(verb in FALL, np or prev_subject)
    if verb in LEVEL:
        return np
    if verb in _NEEDS and np:
        # "eliminating traffic deaths would require $9 billion": what it takes to do something
        rest = without_auxiliaries(words[:-1])
        doing = rest[-len(np.split()) - 1] if len(rest) > len(np.split()) else ""
        what = f"{doing} {np}" if doing.lower().endswith("ing") and len(doing) > 4 else np
        return f"cost of {what}" if sp.unit and _amount(sp.unit) else what
    return ""


def _same_thing(subject: str) -> str:
    """The thing a figure's subject is about, without what was said of this one value: its change
    ("growth in net income") or its unit ("net income per share")."""
    return _CHANGE_LABEL.sub("", subject).removesuffix(" per share")


def _change(fall: bool, what: str | None) -> str:
    if not what:
        return ""
    return f"{'decline' if fall else 'growth'} in {_CHANGE_LABEL.sub('', what)}"


def _clause(sentence: str, sp: NumberSpan, cs: int, ce: int) -> str:
    # Whole words only: a clause cut at its length limit starts and ends at a space.
    if cs > 0 and sentence[cs - 1].isalnum() and " " in sentence[cs : sp.start]:
        cs = sentence.index(" ", cs, sp.start) + 1
    if ce < len(sentence) and sentence[ce].isalnum() and " " in sentence[sp.end : ce]:
        ce = sentence.rindex(" ", sp.end, ce)
    before, after = sentence[cs : sp.start].strip(), sentence[sp.end : ce].strip(" .,;:!?\"”")
    clause = f"{before} … {after}" if before and after else (before or after)
    clause = re.sub(r"^(?:and|but|while|whereas|which|that|with)\s+", "", clause, flags=re.I)
    clause = re.sub(r"\s+", " ", clause)
    if len(clause) > 60:
        cut = clause.rfind(" ", 0, 61)
        clause = clause[: cut if cut > 20 else 60]
    return clause.strip(" .,;:")
