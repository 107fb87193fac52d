"""English words and noun phrases: the word classes a figure's subject is read with (subjects_en.py),
and the noun phrase that ends before a number or starts after it."""

from __future__ import annotations

import re

from ..re_cache import compile_re
from .words_en import COUNT_ALTERNATIVES

MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_MONTH_DAY = f"{MONTHS}|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
# (a half-year is one; "the year-to-date" is no year: "-to-date" would be left)
_PERIOD = r"(?:year|quarter|month|week|half(?:-year)?|period|decade|spring|summer|autumn|winter)(?!-)"
# When, not what: "in May", "on Friday", "for this year", "over the previous year", "a year earlier", and a span
# things happened in ("Visits rose 12% in 3 years to 48,000": the level is of visits, not of years).
TIME = compile_re(
    rf"\b(?:in|over|for|during|across)\s+(?:the\s+(?:last|past|next|first)\s+)?(?:\d[\d,]*|(?i:{COUNT_ALTERNATIVES}))"
    r"\s+(?:minutes|hours|days|weeks|months|years)\b(?!\s+(?:of|a|an|per)\b)|"
    rf"\b(?:(?:in|on|during|for|over|since|through|until|from|by)\s+)?(?:"
    rf"(?:the\s+)?(?:first|second|third|fourth|last|previous|next|same|this|past|prior)\s+{_PERIOD}"
    rf"(?:\s+(?:earlier|ago|before))?|(?:the|a|each|every|per)\s+{_PERIOD}(?:\s+(?:earlier|ago|before))?|annually"
    rf"|(?:fiscal\s+)?(?:19|20)\d{{2}}(?:[-–/]\d{{2}}(?!\d))?|{_MONTH_DAY})\b|\b(?:so far|year[- ](?:on|over)[- ]year|year[- ]to[- ]date|YoY|QoQ"  # (a year, or a financial one: "in 2026-27")
    rf"|y/y|q/q)\b"
)
# Joins the words of an age band into one word of a noun phrase ("aged 60 and over"): a word joiner, which str.split
# keeps (a no-break space it splits on).
AGE_JOIN = "\u2060"
DETERMINERS = frozenset("a an the its their his her our your my this that these those".split())
# How much, not what: "about 12,000", "more than $3 trillion", "up to 30%", "a record 4.2 million".
QUALIFIERS = frozenset("a an the record new total about around nearly almost roughly some more less than over "
                       "under just only estimated additional further another approximately approx circa".split())
RISE = frozenset("rose rise rises rising risen grew grow grows growing grown increased increase increases "
                 "increasing climbed climb jumped jump surged surge soared gained gain rebounded accelerated "
                 "expanded up doubled tripled quadrupled".split())
FALL = frozenset("fell fall falls falling fallen declined decline declines dropped drop drops slipped slid shrank "
                 "decreased decrease eased slowed cooled contracted plunged tumbled sank slumped down halved".split())
LEVEL = frozenset("reached reach reaches reaching totaled totalled total totals hit hits stood stands came "
                  "amounted was were is are remained remains remain stayed stays stay held holds comprised comprises numbered"
                  .split())
# Verbs that make a number's change: "cut emissions by 30%", "plans to raise prices by 5%".
CUT = frozenset("cut cuts cutting reduce reduces reduced reducing lower lowers lowered lowering slash slashes "
                "slashed trim trims trimmed".split())
RAISE = frozenset("raise raises raised raising boost boosts boosted lift lifts lifted".split())
# Every verb that moves or states a value (made once: the phrase readers ask it for each word).
CHANGE_OR_LEVEL = RISE | FALL | LEVEL | CUT | RAISE
# Verbs that open a clause about the noun after them: "The city expects sales tax revenue to reach".
CLAUSE_VERBS = frozenset("expects expect hopes hope aims aim intends intend wants want believes believe thinks think "
                         "says say sees see predicts predict anticipates anticipate".split())
CONJUNCTIONS = frozenset("and or but while whereas as".split())
# Words that are a verb before a noun phrase and a noun at its end: "The Authority plans capital
# spending of …" ("pension plans", "forecasts" end one).
NOUNS_OR_VERBS = frozenset("plans aims targets forecasts projects estimates offers".split())
# Irregular past tenses (the -ed ones are told by their ending): "took delivery of 36 new trains".
PAST_VERBS = frozenset("took made gave sold bought built won paid spent got saw led ran began brought kept left lost "
                       "put sent told thought found drew struck wrote hit".split())
# Verbs of the present that end a noun phrase read backwards: "Michigan provides grants of …".
PRESENT_VERBS = frozenset("provides gives makes receives gets employs operates owns sells buys spends includes "
                          "requires shows".split())
# A verb's helpers, passed over on the way back to what it says something about.
AUXILIARIES = frozenset("is are was were be been being will would could can may might should shall must has have "
                        "had do does did also now currently still already once expected set likely projected "
                        "forecast to not alone together combined overall closed ended finished settled opened "
                        "traded therefore thus however meanwhile".split())
BEFORE_A_VERB = frozenset("to will would can could may might should must shall".split())
# Helpers that are nouns too: "its growth forecast", "a set of".
ALSO_NOUNS = frozenset(("forecast", "set"))
# Past participles that are nouns too, verbs after a form of "be" or "have": "was cut to 9 hours" (not "a cut of 5%").
_PARTICIPLES_ALSO_NOUNS = frozenset("cut shut split shed spread".split())
_BE_OR_HAVE = frozenset("is are was were be been being has have had".split())
# Words no noun phrase of a subject runs across ('of' and 'in' may join one: "port of Harbor City").
STOPS = frozenset("and or but while whereas which that who whom whose where when as with including said says say told to in on at by "
                  "for from over under into across through than rather instead per among between amid within after "
                  "before during against without via despite beyond worth valued totaling totalling although though because "
                  "unless".split())
# The end of words that close on an amount: "£121.6 million", "3,240", "8.3%" (what is named before it is no thing).
ENDS_ON_AMOUNT = compile_re(r"(?:\d|\d\s?(?:million|billion|thousand|bn|m|k)|%)\s*$", re.I)
JOINS = frozenset(("of", "in", "per"))  # ("earnings per share", "spending per pupil")
JOINS_BEFORE_THE = frozenset(("of", "in", "on"))  # "the yield on the 10-year note"
# A number that sizes the noun after it, part of a noun phrase: "10-year", "30-day".
SIZE_WORD = compile_re(r"\d+(?:\.\d+)?-[a-z]+(?:-[a-z]+)*")
# A name written with digits: "5G", "F-35", "A320", "COVID-19".
MODEL_NAME = compile_re(r"(?=[\w-]*[A-Z])[A-Za-z-]*\d[A-Za-z0-9-]*")
# A name a number belongs to: "S&P 500", "FTSE 100".
NAME_TOKEN = compile_re(r"[A-Z][A-Za-z]*&[A-Za-z]+|[A-Z]{2,5}")
MAX_WORDS = 6
# After these an -ed word describes the noun that follows: "the output of advanced manufacturing".
_BEFORE_AN_ADJECTIVE = DETERMINERS | {"of", "in", "for", "with"}
_SUMMARY_NOUNS = frozenset("average total median maximum minimum mean".split())


def without_qualifiers(words: list[str]) -> list[str]:
    """'employs about', 'grown to more than', 'cover up to' -> without the words of how much."""
    k = len(words)
    while k > 0:
        if words[k - 1].lower() in QUALIFIERS - DETERMINERS:
            k -= 1
        elif (words[k - 1].lower() == "to" and k >= 2 and words[k - 2].lower() == "up"
              or words[k - 1].lower() in ("least", "most") and k >= 2 and words[k - 2].lower() == "at"):
            k -= 2  # "up to 30%", "at least $9 billion": a bound
        elif words[k - 1].lower() == "of" and k >= 3 and words[k - 2].lower() in _SUMMARY_NOUNS \
                and words[k - 3].lower() in ("a", "an"):
            k -= 3  # "by an average of 58%": how the value was summed up, not what it is of
        elif words[k - 1].lower() in ("a", "an") and k < len(words) and words[k].lower() in ("further", "additional", "record"):
            k -= 1  # (the article of a word of how much more: "spend a further", "reached a record")
        else:
            break
    return words[:k]


def without_auxiliaries(words: list[str]) -> list[str]:
    """'Output is expected to' -> 'Output'."""
    k = len(words)
    while k > 0 and words[k - 1].lower() in AUXILIARIES:
        k -= 1
    return words[:k]


def phrase_before(words: list[str]) -> str:
    """The noun phrase that ends `words`: back to a determiner, a verb, a conjunction or a
    preposition, passing 'of' and 'in' between nouns ('port of Harbor City', 'unemployment in the
    region')."""
    out: list[str] = []
    i = len(words) - 1
    if i >= 0 and words[i].lower() in CLAUSE_VERBS:
        return ""  # "which officials said they hope (to cut …)": no noun phrase ends here
    while i >= 0 and len(out) < MAX_WORDS:
        w = words[i].strip(",;:")
        lw = w.lower()
        if lw in DETERMINERS and out:
            # "in the region": a determiner after 'of' / 'in' belongs to a phrase that goes on.
            if i >= 2 and words[i - 1].lower() in JOINS_BEFORE_THE and _noun_like(words, i - 2):
                out += [w, words[i - 1]]
                i -= 2
                continue
            break
        if lw == "per" and out and i >= 1 and MEASURES.match(words[i - 1].lower().strip(",;:")):
            return ""  # (a unit's "per": "4.1 pence per share", "138 litres per person per day" name no thing measured)
        if lw in JOINS and out and i >= 1 and _noun_like(words, i - 1):
            out.append(w)
            i -= 1
            continue
        if lw in ("and", "or") and out and _of_list(words, i):
            out.append(w)  # "the risk of heart attacks and strokes": a list inside an 'of' phrase
            i -= 1
            continue
        if lw.isdigit() and i > 0 and NAME_TOKEN.fullmatch(words[i - 1]):
            out.append(w)  # "S&P 500 index": a number inside a name
            i -= 1
            continue
        # (an -ed word opening the clause before a noun describes it: "advanced manufacturing output")
        verb = is_verb(words, i) and not (i == 0 and lw.endswith("ed") and lw not in CHANGE_OR_LEVEL)
        if (lw in DETERMINERS or lw in STOPS or (out and (verb or lw in NOUNS_OR_VERBS))
                or not any(c.isalpha() for c in w)
                or any(c.isdigit() for c in w) and not SIZE_WORD.fullmatch(lw) and not MODEL_NAME.fullmatch(w)
                and AGE_JOIN not in w):
            # (a number, or a list's bullet, ends it; "10-year" and "5G" are words of it)
            break
        out.append(w)
        i -= 1
    return " ".join(reversed(out)).strip()


def _of_list(words: list[str], i: int) -> bool:
    """Whether the 'and' at `i` joins nouns of one 'of' phrase: 'of' comes within three nouns before it."""
    for k in range(i - 1, max(-1, i - 5), -1):
        if words[k].lower() == "of":
            return k < i - 1
        if not _noun_like(words, k):
            return False
    return False


def _noun_like(words: list[str], i: int) -> bool:
    lw = words[i].lower().strip(",;:")
    return bool(lw) and lw not in DETERMINERS and lw not in STOPS and not is_verb(words, i) \
        and not any(c.isdigit() for c in lw)


# Between a count and its share of a whole set beside it: "Some 392 people, or 26.4% of the total, were …", "203,000
# tonnes between them, or 78.7% of the total".
EN_OR_SHARE = compile_re(r"(?:\s+[a-z]+){0,3}?,\s+or\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|roughly\s+|just\s+(?:over|under)\s+)?")
_OF_THE_TOTAL = compile_re(r"\s+of\s+the\s+(?:total|whole)\b", re.I)


def is_share_of_the_total(sentence: str, count_end: int, start: int, end: int) -> bool:
    """Whether the percentage at sentence[start:end] is the share of the whole that the count ending at
    `count_end` is ("392 people, or 26.4% of the total"): its subject is the count's."""
    return bool(EN_OR_SHARE.fullmatch(sentence, count_end, start) and _OF_THE_TOTAL.match(sentence, end))


_NAMES_A_NUMBER = frozenset(("Year", "Years", "Stage", "Grade"))  # (words a number names: "Year 6", "Key Stage 2")


def phrase_after(words: list[str]) -> str:
    """The noun phrase that starts `words`: to a preposition (one 'of …' joined), a verb or a
    conjunction; determiners dropped ('of the city's households' -> "city's households")."""
    out: list[str] = []
    joined_of = False
    for k, w in enumerate(words):
        lw = w.lower().strip(".,;:!?\"”")
        if out and ((lw in PAST_VERBS or lw == "met") and words[k + 1 : k + 2] and words[k + 1].lower() in DETERMINERS
                    or lw in ("comes", "come", "came", "goes", "go", "went")):
            break  # a verb and its object: "of pupils met the standard"; a verb of where: "of revenue comes from"
        if lw in DETERMINERS:
            continue
        if lw == "of" and out and not joined_of:
            joined_of = True
            out.append("of")
            continue
        bare = lw.replace("'s", "").replace("’s", "").replace("-", "").rstrip("'’")  # (and a plural's: "centres'")
        if bare.isdigit() and len(bare) <= 2 and out and out[-1] in _NAMES_A_NUMBER:
            out.append(w.strip(".,;:!?\"”"))  # a school year or a stage, a name: "of Year 6 pupils", "Key Stage 2"
            continue
        if lw in STOPS or lw in LEVEL or lw in AUXILIARIES or not bare.isalpha() or (
                out and out != ["all"] and len(lw) > 4 and lw.endswith("ed") and not out[-1].lower().endswith("ly")):
            # "of solar panels installed": a participle after ("of all recorded crime": one before; "of previously
            # unsealed road": one an adverb describes)
            break
        out.append(w.strip(".,;:!?\"”"))
        if len(out) == MAX_WORDS or w[-1:] in ".,;:!?":
            break
    while out and out[-1] == "of":
        out.pop()
    return " ".join(out)


def is_verb(words: list[str], i: int) -> bool:
    """Verbs end a noun phrase read backwards: a past tense ('handled'), a verb of change or level,
    a helper, or any word after 'to' or a modal ('to cut', 'will sign')."""
    w = words[i]
    lw = w.lower()
    if len(lw) > 5 and lw.endswith("ing"):
        # "of lifting manufacturing output": a verb after a preposition or opening a clause in
        # lower case ("…, raising capacity to"); otherwise a noun ("housing", "manufacturing").
        # After a conjunction it modifies a noun: "while operating expenses rose".
        before = words[i - 1].lower() if i > 0 else ""
        return i == 0 and w.islower() or before not in CONJUNCTIONS and (before in STOPS or before == "of")
    return (lw in RISE or lw in FALL or lw in LEVEL or lw in AUXILIARIES - ALSO_NOUNS or lw in CLAUSE_VERBS
            or (len(lw) > 4 and lw.endswith("ed") and not (i > 0 and words[i - 1].lower() in _BEFORE_AN_ADJECTIVE))
            or (i > 0 and words[i - 1].lower() in BEFORE_A_VERB)
            or (i > 0 and words[i - 1].lower() in ("which", "who"))  # "which cut interest rates to"
            or (i > 0 and lw in _PARTICIPLES_ALSO_NOUNS and words[i - 1].lower() in _BE_OR_HAVE)
            or lw in PRESENT_VERBS or lw in PAST_VERBS)


# Units of measure (a count noun is a subject of its own; a measure is not): "20 MW", "40 kilometres".
MEASURES = compile_re(
    r"^(?:[A-Z]{1,4}h?|sq\.? (?:mi|ft|km|yd|m)|(?:k?m|cm|mm|ft|mi|yd)[²³]"  # ("43.5 sq mi", "35 m³")
    r"|(?:square |cubic )?(?:kilomet(?:er|re)s?|met(?:er|re)s?|miles?|k?m|feet|foot|acres?|hectares?"
    r"|tonnes?|tons?|barrels?|gallons?|litres?|liters?|kilograms?|pounds?|kg"
    r"|[kM]?oz|ounces?|[kM]?t|tpa|Mtpa|bbl|boe|[kM]?boe/d|g/t|ML|GL|Ml|megalitres?|gigalitres?"  # (a mine's and a utility's)
    r"|[a-zµ]{1,3}/[a-zµ]{1,3}[²³]?"  # (a measure per another: "6.4 t/ha", "12 mg/l", "38 µg/m³")
    r"|yuan|renminbi|dollars?|euros?|yen|won|rupees?|roubles?|rubles?|pesos?|francs?|ringgit|baht|rand|lira|p|pence|cents?"
    r"|(?:basis|percentage) points?|bps?|mph|kph|km/h|knots?|hours?|minutes?|seconds?|days?|weeks?|months?|years?|times|(?:kilo|mega|giga|tera)?watts?(?:[- ]hours?)?|(?:kilo|mega|giga)?bytes?)|-\w+)$"
)


# Plural nouns that do not end in s.
PLURALS_WITHOUT_S = frozenset("people children staff personnel police men women cattle".split())


def plural_count(unit: str) -> bool:
    """A count of things named in the plural ("emergency calls", "people"): what "of them" and "of which" refer to."""
    return count_noun(unit) and (unit.endswith("s") or unit.split()[-1].lower() in PLURALS_WITHOUT_S)


def count_noun(unit: str) -> bool:
    """A unit that names the things counted ("containers", "new jobs"), not a measure or money."""
    # (its last word in lower case: "A&E attendances", "R&D labs" count too)
    return bool(unit) and unit[0].isalpha() and unit.split()[-1].islower() and not MEASURES.match(unit)


# Words that name nothing measured, as a subject of their own.
NAMES_NOTHING = frozenset("is was are were be been it its this that these those there at or and about of to in on for "
                          "by as the a an day week month year per each cent".split())
# Verbs that make a clause of the words before a number (a noun phrase may hold a participle: "households supported").
FINITE = frozenset("is are was were be been being has have had will would can could may might must should shall do does did "
                   "rose fell grew said says".split())
# Words that open an aside (the part of a list before it, not the noun phrase: "other income, mainly from advertising,
# vehicle recovery services and property, was") or a clause inside the words ("when the oldest spirit will be").
ASIDE_OPENS = frozenset("mainly mostly largely partly chiefly including excluding such".split())
_HOW_MANY = frozenset("some many most all none each several few half".split())
_RELATIVE = frozenset(("whose", "which"))  # (not "who": "The share of residents who live within …" is of those)
_CLAUSE_OPENS = frozenset("when where if because although though whether which who whom that while".split())


_SECTION_NUMBER = compile_re(r"\d{1,3}(?:\.\d{1,3})*\.?")
# What taking a date out leaves of a span of years: "2025–26" -> "–26", "2022/23" -> "/23".
_REMNANT = compile_re(r"[/–—-]\d")


def whole_phrase(words: list[str]) -> str:
    """`words` as one noun phrase, when they are one and no clause: up to 12 words, no verb in them, not opening on a
    conjunction or a preposition nor ending on one; without the determiner ("The median concentration across all bores"
    -> "median concentration across all bores"). Else ''."""
    if words and _SECTION_NUMBER.fullmatch(words[0]):
        words = words[1:]  # ("4.1 Property tax collections reached …")
    if (k := next((i for i, w in enumerate(words) if i > 1 and w.lower() in _RELATIVE), None)) is not None:
        words = words[:k]  # a relative clause leaves its head: "Compensation claims from drivers (whose vehicles were …)"
    if words and words[-1].lower() in JOINS:
        words = words[:-1]  # (its year taken out: "the class of 2025"; not "some of (which)")
        if len(words) == 1 and words[0].lower() in _HOW_MANY:
            return ""
    if not 0 < len(words) <= 12 or words[0].lower() in STOPS or words[0].lower() in ASIDE_OPENS \
            or any(w in ("–", "—", "-") or _REMNANT.match(w) for w in words) or not any(w.isalpha() for w in words) \
            or words[-1].lower() in STOPS or words[-1].lower() in DETERMINERS or any(
            w.lower() in FINITE or w.lower() in CLAUSE_VERBS or w.lower() in PAST_VERBS or w.lower() in PRESENT_VERBS
            or w.lower() in _CLAUSE_OPENS for w in words) or all(w.lower() in NAMES_NOTHING for w in words):
        return ""
    return " ".join(words[1:] if words[0].lower() in DETERMINERS and len(words) > 1 else words)


JOINED = compile_re(r"^\s*(?:and|but|while|whereas)\s+(?=\S)", re.I)
_DASHED = compile_re(r"\s[–—-]\s|\s[–—]$")
_NUMBERED = compile_re(r"^\s*(?:\d{1,3}(?:\.\d{1,3})+\.?|of (?:which|whom))\s+", re.I)


def named_alone(phrase: str) -> str:
    """`phrase` as a subject when it is a noun phrase (with what dates it) and no clause: up to 12 words, no verb in it,
    not opening on a conjunction or a preposition; without its determiner."""
    if _DASHED.search(phrase):
        return ""  # (the end of an aside between dashes: "Neighbourhood crime – burglary, …, vehicle offences –")
    # (a paragraph's number: "6.1 The approved capital programme … is"; the clause's conjunction: "…, and the load factor")
    return whole_phrase(JOINED.sub("", _NUMBERED.sub("", phrase)).split())


# What shows a clause before an aside no noun phrase alone: a figure, a participle, a verb, a possessive after its verb
# ("peat restoration starts on", "The Fund cut its holding of", "run jointly with", "of the software firm").
_NO_WHOLE_OPENING = compile_re(r"\d|\w{3}ed\b|^\W*(?:of|run|by|with|for|to|in)\b|\b(?:its|their|our|his|her|starts?|held|holds|cut|cuts"
                               r"|run|runs|ran|put|set|hit|made|makes|took|takes|gave|kept|left|won|lost|went|came|grew|rose|fell|paid"
                               r"|spent|sold|built|began|saw|met)\b", re.I)


def opening_phrase(opening: str) -> str:
    """The noun phrase a clause before an aside names: all of it when it is a short one with no figure, participle or verb
    ("Cost recovery on research projects, measured on …, improved"), else the noun phrase it ends with."""
    words = opening.split()
    return (named_alone(opening) if len(words) <= 8 and not _NO_WHOLE_OPENING.search(opening) else "") or phrase_before(words)
