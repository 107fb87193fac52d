"""The forms of an English clause that name what a number measures (`subjects_en` tries them in this order):
- what follows it with `of` / `in`: "120 MW of installed capacity", "$310 million in revenue", "18% of the city's
  households" (`followed_by`);
- what it is the value of: "revenue rose to $540 million", "a population of 250,000" (`value_of`);
- the noun it is the size of: "a $2.4 billion expansion of the wind program" (`sizes_en.size_of`);
- the things it counts or the measure it is, with what was done to them: "handled 4.2 million containers" -> "containers
  handled" (`counts_en`);
- what changed, or what reached it: "exports rose 18%" -> "growth in exports", "GDP reached $12.8 billion" -> "GDP"
  (`changed_or_reached`).
Each takes the words before and after the number in its clause and gives '' when its form is not there.
"""

from __future__ import annotations

import re

from ..re_cache import compile_re
from .clauses import clause_start
from .counts_en import counted
from .numbers import NumberSpan
from .phrases_en import (
    CHANGE_OR_LEVEL,
    CLAUSE_VERBS,
    CUT,
    DETERMINERS,
    FALL,
    LEVEL,
    MONTHS,
    NOUNS_OR_VERBS,
    QUALIFIERS,
    RAISE,
    RISE,
    count_noun,
    is_verb,
    phrase_after,
    phrase_before,
    whole_phrase,
    without_auxiliaries,
    without_qualifiers,
)

# What a value is compared with is the same thing at another time: "compared with $268 million".
_COMPARED = compile_re(r"(?:\bcompared (?:with|to)|\bversus|\bvs\.?|\bagainst|\b(?:more|fewer|less|higher|lower|greater|"
                       r"smaller|larger|bigger|above|below) than the|\b(?:above|below|than|from) (?:the|its|their) "
                       r"(?:current|present))\s*$", re.I)

# "up from our previous range of $3.3 billion": the figure before, as it was.
_EARLIER = frozenset("previous prior earlier original old".split())

# What links a value to what it is the value of: "rose to", "a population of", "cut … by".
PREPOSITIONS = frozenset("to from at of by worth between".split())

# How a level stayed: "held steady at 4.1%", "remained unchanged at".
_STEADY = frozenset("steady unchanged flat stable constant broadly largely virtually essentially".split())

# Money put into something: "invest £2 billion in new zones" is an investment in them.
_SPENDING = {**dict.fromkeys(("invest", "invests", "invested", "investing"), "investment"),
             **dict.fromkeys(("spend", "spends", "spent", "spending"), "spending")}

# Money a verb names by itself: "plans to invest $800 million" is an investment, "the company
# earned RMB 5.2 billion" its earnings.
_AMOUNT_OF_VERB = {**_SPENDING, **dict.fromkeys(("earn", "earns", "earned", "earning"), "earnings")}

# Where money goes: "$1.2 billion will go to rural highways", "is earmarked for schools", "will pay for six buses".
_MONEY_GOES = compile_re(r"(?:(?:will|would|is|are|was|were|to|be|being|been|also)\s+)*(?:(?:go|goes|went|going|flows?|flowed|"
                         r"spent|allocated|earmarked|devoted|dedicated|set aside)\s+(?:to|for|on|towards?)"
                         r"|(?:pay|pays|paid|paying)\s+for)\s+(?=[a-z])",  # (paid to whom is not paid for what)
                         re.I)

# What something takes: "would require $9 billion", "needs 500 workers".
_NEEDS = frozenset("require requires required requiring need needs needed cost costs".split())

# A change named as a noun: "an increase of 5.6%" is the growth of the figure before it.
CHANGE_NOUNS = {**dict.fromkeys("increase rise growth gain jump hike boost".split(), False),
                 **dict.fromkeys("decline drop fall decrease cut reduction".split(), True)}
CHANGE_LABEL = compile_re(r"^(?:growth|decline) in ")


def nouns_after(words: list[str]) -> str:
    """The noun phrase that starts `words`, with a second one joined by and / or: "wind and solar
    projects", "parks and libraries"."""
    first = phrase_after(words)
    k = len(first.split())
    rest = [w for w in words if w.lower() not in DETERMINERS][k:]
    if first and len(rest) > 1 and rest[0].lower() in ("and", "or") and (second := phrase_after(rest[1:])):
        return f"{first} {rest[0].lower()} {second}"
    return first


def range_of(before: list[str], after: list[str]) -> str:
    """'keeping its benchmark rate in the 4.25%-4.50% range': what the range is of."""
    rest = after[1:] if after and after[0][:1] in "-–" else after
    if not rest or rest[0].strip(".,;:") != "range" or len(before) < 3 or before[-1].lower() != "the" or before[-2].lower() not in ("in", "within"):
        return ""
    return phrase_before(without_auxiliaries(before[:-2]))


_TIME_UNITS = frozenset("hours days weeks months minutes".split())
# (and a season or a part of a time: "63,100 MW in late July", "910 megalitres in early summer")
_NO_WHAT = frozenset("year years quarter month season period half baseline early late mid spring summer autumn winter".split())


# A gas a mass of emissions is measured in: "tonnes of carbon dioxide equivalent", "tonnes of CO2e".
# (not a gas alone, as often removed or stored as emitted: "woodland will remove 1.1 million tonnes of carbon dioxide")
_EMITTED = compile_re(r"(?P<gas>carbon dioxide|CO2|CO₂|carbon|greenhouse gas)(?:es)?\s+equivalent|CO2e|CO₂e", re.I)


def followed_by(sp: NumberSpan, before: list[str], after: list[str]) -> str:
    """'120 MW of installed capacity', '$310 million in revenue', '18% of the households',
    'invest £2 billion in new zones', '$1.2 billion will go to rural highways'."""
    if (m := _MONEY_GOES.match(" ".join(after))) and (_amount(sp.unit) or sp.unit == "%"):
        np = nouns_after(" ".join(after)[m.end() :].split())
        return f"share for {np}" if sp.unit == "%" and np else np  # ("of which 41% goes to public safety")
    verb = next((w.lower() for w in reversed(before) if w.lower() not in QUALIFIERS), "")
    spending = verb in _SPENDING and after[:1] in (["in"], ["on"])
    # Money for something is spent on it: "sets aside $312 million for public safety".
    money_for = after[:1] == ["for"] and _amount(sp.unit)
    if len(after) < 2 or not (after[0] in ("of", "in") or spending or money_for) or " per " in sp.unit or not (
            after[1][:1].islower() or after[0] == "of" and sp.unit == "%"):
        return ""
    named = next((w for w in after[1:] if w.lower() not in DETERMINERS), "")
    if after[0] != "of" and named[:1].isupper():
        return ""  # "$1,500 a year in the United States": where, not what
    if after[0] != "of" and (sp.unit == "%" or after[1].lower() in ("a", "an") or count_noun(sp.unit)):
        # "3% in the eurozone" is not a share of it; "for the third year in a row"; "600 air
        # sensors in homes" are counted where they go
        return ""
    np = phrase_after(after[1:])
    if np and not after[1][:1].islower() and not any(w.islower() or w.isupper() or "'" in w or "’" in w for w in np.split()):
        np = ""  # (a headline's words in capitals name no whole: "Ridership Reaches 94% of 2019 Levels")
    if not np or np.split()[-1].lower() in _NO_WHAT:
        return ""  # (a time, "in the 2025/26 marketing year", or a reference, "108% of the 2019/20 baseline", names no thing)
    if sp.unit == "%":
        return f"share of {np}"
    if after[0] == "of" and (gas := _EMITTED.fullmatch(np)):
        return f"{gas['gas'] or 'carbon dioxide'} emissions"  # "6,920 tonnes of carbon dioxide equivalent": what was emitted
    if after[0] == "of" and count_noun(sp.unit):
        return counted(sp, before, f"{sp.unit} of {np}")  # "signed 112 memorandums of understanding"
    if after[0] == "of" and sp.unit in _TIME_UNITS:
        return f"{sp.unit} of {np}"  # "7,240 hours of enforcement": time spent on it
    words = without_qualifiers(before)
    if money_for and len(words) > 1 and words[-1].lower() == "of" and (what := phrase_before(words[:-1])):
        return f"{what} for {np}"  # "grants of up to $250,000 for automation"
    return f"{_SPENDING[verb]} {after[0]} {np}" if spending and not money_for else np


# A verb's particle before "at" or "by" ("carried out by 58 officers"), and a peak, a level reached ("peaked at").
_PARTICLES = frozenset("out up off down over".split())
_PEAKED = frozenset("peak peaks peaked peaking".split())
_CAPITAL_DETERMINERS = frozenset("The A An Our Its Their This These".split())
_JOINS_A_CLAUSE = frozenset("and but after while with when as once".split())
_DIGIT = compile_re(r"\d")
# What a level is of when a superlative describes it: "Legacies remained our largest source", "January was the weakest month".
_RANKED_AT = compile_re(r"(?P<who>.+?)\s+(?:remained|remains|was|is|were|are|became|stayed)\s+(?:our|its|their|the)\s+(?:[a-z-]+\s+)?"
                        r"(?:[a-z]+est|most\s+[a-z]+|biggest|largest)(?:\s+[a-z -]{2,30})?")
# What carries a level to a new one: "taking the zero-emission fleet to 148 vehicles".
_CARRYING = frozenset("taking takes took bringing brings brought".split())


def value_of(sp: NumberSpan, before: list[str], prev_subject: str | None) -> str:
    """'revenue rose to', 'a population of', 'cut emissions by', 'up from'."""
    words = without_qualifiers(before)
    if prev_subject and words and _COMPARED.search(" ".join(words)):
        return same_thing(prev_subject)
    if not words or words[-1].lower() not in PREPOSITIONS:
        return ""
    prep = words.pop().lower()
    if prep == "to" and count_noun(sp.unit) and not any(w.lower() in CHANGE_OR_LEVEL or w.lower() in _CARRYING for w in words):
        return ""  # "delivered water to 1.4 million customers": a count of whom, no level
    while words and (words[-1].lower() in PREPOSITIONS or words[-1].lower() in _STEADY):  # "to between"
        words.pop()
    if prep == "to" and (k := next((i for i in range(len(words) - 2, max(-1, len(words) - 7), -1) if words[i].lower() == "from"
                                    and words[i + 1].lstrip("$€£¥")[:1].isdigit()), None)) is not None:
        words = words[:k]  # "cut the wait from 9 working days today to 5": the level before, of the same thing
    if not words:
        return prev_subject or ""
    last = words[-1].lower().strip(",")
    if prep == "to" and last == "home" and count_noun(sp.unit) and (np := _subject_phrase(without_auxiliaries(words[:-1]))):
        return f"{sp.unit} in {np}"  # "Bellhaven is home to 287,000 people": the people in Bellhaven
    if prep == "by" and (last in CUT or last in RAISE):
        # "hope to cut by 10%": the change of what the clause is about
        return change(last in CUT, phrase_before(without_auxiliaries(words[:-1])) or prev_subject)
    if last in CHANGE_NOUNS and len(words) > 1 and words[-2].lower() in DETERMINERS:
        return change(CHANGE_NOUNS[last], prev_subject)  # "an increase of 5.6%"
    if last in RISE or last in FALL:
        # (an earlier level is not of the date the figure before was: "was £1.06 billion, down from £1.11 billion")
        what = _subject_phrase(without_qualifiers(without_auxiliaries(words[:-1]))) or (
            _DATED.sub("", prev_subject) if prev_subject and prep == "from" else prev_subject)
        # "grew by 5%" is the change; "grew to $5 billion", "up from $265 million" the level.
        return change(last in FALL, what) if prep == "by" else what or ""
    if count_noun(sp.unit) and any(c.isdigit() for w in words[-3:] for c in w):
        return ""  # (the things an amount came from: "reached $6.2 million from 31 estates" counts estates)
    if count_noun(sp.unit) and "points" not in sp.unit and prep in ("at", "by") and (
            last in _PARTICLES or is_verb(words, len(words) - 1)) \
            and last not in CHANGE_OR_LEVEL and last not in _PEAKED:
        # the things counted, not who acted ("carried out by 58 officers"), and where something was done at them ("The
        # protocol was introduced at four hospitals": 'hospitals where the protocol was introduced')
        while words and words[0].lower() in _JOINS_A_CLAUSE:
            words = words[1:]  # ("after heat pumps were installed at 6 hostels")
        if prep == "at" and 1 < len(words) <= 8 and words[0].lower() not in _PRONOUNS | {"that"} \
                and not any(w.endswith(",") or _DIGIT.search(w) for w in words):
            first = words[0][:1].lower() + words[0][1:] if words[0] in _CAPITAL_DETERMINERS else words[0]
            return f"{sp.unit} where {' '.join([first, *words[1:]])}"
        return ""
    if is_verb(words, len(words) - 1) and not last.endswith("ing"):  # ("memorandums of understanding worth")
        return phrase_before(without_auxiliaries(words[:-1])) or prev_subject or ""
    np = phrase_before(words)
    if prep == "by" and np:  # "cut emissions by 30%", "cut its carbon intensity by 45%"
        # (past a name before the noun phrase: "cut Scope 1 and 2 emissions by 50%")
        verb = next((w.lower() for w in reversed(words[: len(words) - len(np.split())])
                     if w.lower() not in DETERMINERS and not w.isdigit() and w not in ("and", "or", "&")
                     and not w[:1].isupper()), "")
        if verb in CUT or verb in RAISE:
            return change(verb in CUT, np)
    if prep == "at" and (ranked := _RANKED_AT.fullmatch(" ".join(words))) and (who := _subject_phrase(ranked["who"].split())):
        return who  # ("Legacies remained our largest source at £19.3m", "January was the weakest month at 52.4%": of whom)
    if prev_subject and np and np.split()[0].lower() in _EARLIER:
        return same_thing(prev_subject)
    if np.lower() in CHANGE_NOUNS:
        if len(words) > 1 and (words[-2].lower() in CLAUSE_VERBS or words[-2].lower() in NOUNS_OR_VERBS):
            return np  # "expects growth of 1pc next year": the growth it expects, not the figure's before
        return change(CHANGE_NOUNS[np.lower()], prev_subject) or np
    if np.endswith("ing") and " " not in np and count_noun(sp.unit) and np.lower() not in _ING_NOUNS:
        return sp.unit  # "helicopters, flying from 4 bases": a participle's things, the bases
    return np


# Nouns in -ing, no participle: "funding of 12 projects".
_ING_NOUNS = frozenset("building housing funding spending training planning parking lending borrowing recycling meeting "
                       "offering ranking rating listing reading landing crossing opening".split())


def _amount(unit: str) -> bool:
    """Money or a measure written in capitals ("USD", "MW"): neither a count nor a percentage."""
    return not unit.islower() and unit not in ("%", "percentage points")


# What was raised or given: "the appeal has raised £7.4 million", "volunteers gave 14,800 hours".
# (the things given, after their unit: "hours given"; the money, by its own name: "funds raised", "amount paid")
_GIVEN = {**dict.fromkeys(("raised", "raise", "raises"), ("raised", "funds raised")),
          **dict.fromkeys(("gave", "give", "gives"), ("given", "donations")),
          **dict.fromkeys(("donated", "donate", "donates"), ("donated", "donations")),
          **dict.fromkeys(("contributed", "contribute", "contributes"), ("contributed", "contribution")),
          **dict.fromkeys(("pay", "pays", "paid"), ("paid", "amount paid"))}
_COUNTED_BEFORE = compile_re(r"^.*\d\S*\s+")
_BRINGS = frozenset("brought bring brings bringing".split())
_PRONOUNS = frozenset("it they we he she this these those which who".split())
_RETURNED = frozenset("returned return returns returning".split())
_COVERS = frozenset("covers covered cover spans spanned span occupies occupied".split())
_AREA = compile_re(r"hectare|acre|square|sq\b|²|\bha\b", re.I)


def changed_or_reached(sp: NumberSpan, before: list[str], prev_subject: str | None) -> str:
    """'exports rose 18%' -> 'growth in exports'; 'GDP reached $12.8 billion' -> 'GDP';
    'up 12% from the year before' -> growth in the figure before it; 'plans to invest $800 million'."""
    words = without_qualifiers(before)
    if not words:
        return ""
    verb = words[-1].lower().strip(",")
    if verb == "in" and len(words) > 2 and words[-2].lower() in _BRINGS and _amount(sp.unit) \
            and (source := _subject_phrase(without_auxiliaries(words[:-2]))):
        return f"income from {source}"  # "Admissions brought in £13.9m"
    if verb in _AMOUNT_OF_VERB and (not sp.unit or _amount(sp.unit)):
        return _AMOUNT_OF_VERB[verb]  # (money spent; not time: "Vessels spent 19,640 days at sea")
    if verb == "up" and len(words) > 1 and words[-2].lower() in ("made", "make", "makes", "making"):
        # (a part of a whole, no rise: "of which digital loans made up 24.9%", the part)
        return _subject_phrase(without_auxiliaries(words[:-2]))
    np = _subject_phrase(without_auxiliaries(words[:-1]))
    if verb in RISE or verb in FALL:
        return change(verb in FALL, np or prev_subject)
    if verb in LEVEL:
        return np
    if verb in ("yielded", "yields", "yield") and np:
        return f"{np} yield"  # "Spring barley yielded 6.4 t/ha", "The bond yields 4.2%"
    if (verb in RAISE or verb in CUT) and sp.unit == "%":
        return change(verb in CUT, np or prev_subject)  # "Interim dividend raised 10% to 2.2p per share"
    if verb in _GIVEN and sp.unit and sp.unit not in ("%", "percentage points"):
        # "Our share offer raised £612,000", "1,280 volunteers gave 96,000 hours": what they raised or gave
        done, money = _GIVEN[verb]
        what = money if _amount(sp.unit) or sp.unit in ("p", "pence", "c", "cents") else f"{sp.unit} {done}"
        np = _COUNTED_BEFORE.sub("", np)  # ("Some 540 volunteers gave": the volunteers)
        return f"{what} by {np}" if np and np.lower() not in _PRONOUNS else what
    if verb in _RETURNED and np and sp.unit == "%":
        return f"return on {np}"  # "The Fund returned 7.4% over the year"
    if verb in _COVERS and np and sp.unit and sp.unit != "%":
        # "The parish covers 1,260 hectares", "Bellhaven covers 96 square miles": the place's area
        return f"area of {np}" if _AREA.search(sp.unit) and np.split()[-1].lower() not in ("area", "it") else np
    if verb in _NEEDS and np:
        # "eliminating traffic deaths would require $9 billion": what it takes to do something
        rest = without_auxiliaries(words[:-1])
        doing = rest[-len(np.split()) - 1] if len(rest) > len(np.split()) else ""
        what = f"{doing} {np}" if doing.lower().endswith("ing") and len(doing) > 4 else np
        return f"cost of {what}" if sp.unit and _amount(sp.unit) else what
    return ""


def _subject_phrase(words: list[str]) -> str:
    """The subject of the verb after `words`: all of them when they are one noun phrase ("Sickness absence among
    officers") or a share of people who did something ("the share of riders who said they were satisfied with the
    service"), else the noun phrase they end with."""
    if (who := _SHARE_WHO.search(" ".join(words))) and not _DIGIT.search(who["np"]):
        return who["np"]
    return whole_phrase(words) or phrase_before(words)


# A share or a number of people by what they did, opening a clause: "the share of riders who said they were satisfied".
_SHARE_WHO = compile_re(r"(?:^|,\s+|\band\s+)(?:the\s+)?(?P<np>(?:share|proportion|percentage|number) of [a-z-]+(?: [a-z-]+)? who "
                        r"[a-z][^,;:]{2,80})$", re.I)


def same_thing(subject: str, per_share: bool = False) -> str:
    """The thing a figure's subject is about, without what was said of this one value: its change
    ("growth in net income"), its unit ("net income per share", unless the value compared is per share too) or its date
    ("Net debt at 30 June")."""
    subject = CHANGE_LABEL.sub("", subject)
    return _DATED.sub("", subject if per_share else subject.removesuffix(" per share"))


# The date a level is stated at, ending a subject ("Net debt at 30 June", "Cash as at 31 March 2025").
_DATED = compile_re(rf"\s+(?:(?:as\s+)?at|as\s+of|on|to|up\s+to)\s+(?:\d{{1,2}}\s+(?:{MONTHS})|(?:{MONTHS})\s+\d{{1,2}})"
                    r"(?:,?\s+(?:19|20)\d{2})?$")


def change(fall: bool, what: str | None) -> str:
    if not what:
        return ""
    return f"{'decline' if fall else 'growth'} in {CHANGE_LABEL.sub('', what)}"


# Words that say how a verb ended a clause, not what the verb is: "fell again", "was lower", "also rose slightly".
_HOW = frozenset("again also further still slightly sharply steadily lower higher better worse".split())


_GAPPED_SUPERLATIVE = compile_re(r"(?:and|while|but|whereas)\s+(?P<np>[A-Z][\w&' -]{1,50}?)\s+the\s+[a-z]+est")


def of_the_clause_before(sentence: str, cs: int, before: list[str]) -> str:
    """What the clause before a comma changed or stated, when the figure's own clause holds only its preposition: "Physical
    loans fell again, to 1,482,000" -> 'Physical loans', "Communication prices also fell, by 0.9%" -> 'decline in
    communication prices', "Type 1 performance was lower, at 63.2%" -> 'Type 1 performance'."""
    rest = without_qualifiers(before)
    if cs < 2 or sentence[cs - 1] != "," or len(rest) != 1 or rest[0].lower() not in ("to", "by", "at"):
        return ""
    words = [w for w in sentence[clause_start(sentence, cs - 1) : cs - 1].split()
             if w.lower() not in _HOW and not (len(w) > 4 and w.lower().endswith("ly"))]
    verb = words[-1].lower() if words else ""
    if rest[0].lower() == "at" and (gapped := _GAPPED_SUPERLATIVE.fullmatch(" ".join(words))):
        return gapped["np"]  # "…, and Arts and Humanities the lowest, at 61.5%": the verb left out
    if rest[0].lower() == "at" and not (verb in RISE or verb in FALL or verb in LEVEL) and (
            k := next((i for i, w in enumerate(words) if w.lower() in ("was", "were", "is", "are", "had", "has")), 0)):
        # "Satisfaction was lowest for crowding on buses, at 58%", "Engineering graduates had the highest rate, at 88.2%":
        # the level of what the clause before is about
        return _subject_phrase(words[:k])
    if not (verb in RISE or verb in FALL or verb in LEVEL):
        return ""  # (no verb of change or level ends it)
    np = _subject_phrase(without_auxiliaries(words[:-1]))
    if rest[0].lower() == "by":
        return change(verb in FALL, np) if verb in RISE or verb in FALL else ""
    return np
