"""The English number grammar: $1.2 billion, 15 percent, 3,000 jobs, 20 MW, Rs 45,000 crore, $2.1B,
a bare number a verb makes a value, a table's row. Imported with the first English sentence: a
Chinese run never compiles it."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..re_cache import compile_re
from .clauses import CELL_NUMBER
from .spans import NumberSpan
from .times_en import MINUTES_SECONDS, NOT_HOW_OFTEN, RATE, clock_minutes, minutes_seconds, times_read
from .words_en import BRACKET_LABEL, ELIDED_NOUN_AFTER, ranks, word_quantity, words

EN_SCALE = {"thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "mn": 1e6, "billion": 1e9,
            "bn": 1e9, "b": 1e9, "trillion": 1e12, "tn": 1e12,
            # Indian English: a lakh is 100,000, a crore 10 million ("Rs 45,000 crore", "1.2 lakh jobs")
            "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7, "cr": 1e7, "lakh crore": 1e12}
EN_CURRENCY = {"$": "USD", "US$": "USD", "HK$": "HKD", "NT$": "TWD", "NZ$": "NZD", "S$": "SGD", "A$": "AUD", "C$": "CAD",
               "R": "ZAR",
               "€": "EUR", "£": "GBP", "¥": "CNY", "RMB": "CNY", "Rs": "INR", "Rs.": "INR", "INR": "INR", "₹": "INR",
               **{code: code for code in "USD EUR GBP JPY CHF AUD CAD HKD SGD NZD KRW CNY".split()}}
_EN_STOP = ("and|or|to|of|in|on|at|by|the|a|an|from|for|with|as|is|was|were|are|per|than|that|which|"
            "year|years|month|months|week|weeks|day|days|hour|hours|minute|minutes|decade|decades|"
            "percent|this|last|next|over|under|more|less|times|now|"
            "across|towards|plus|thus|perhaps|always|besides|has|does|its|unless|whereas|nevertheless|"
            "despite|among|between|within|after|before|during|against|without|via|beyond|including|following|"
            "amid|toward|through|into|onto|upon|about|around|while|when|where|if|but|so|because|since|until|"
            "compared|versus|vs|each|every|all|only|just|also|still|even|ago|earlier|later|higher|lower|up|down|"
            # verbs after a number that ends a name ("AeroBuds Pro 2 will ship", "Windows 11 includes")
            "will|would|can|could|may|might|should|must|shall|be|been|had|have|do|did|include|includes|included|"
            "remains|comes|goes|gets|makes|takes|came|went|became|said|"
            # a statute's sections and a paper's authors: "§ 12-820 et seq.", "Smith et al."
            "et|seq|al")
# Words that tell what kind of the counted things there are, before a noun of two words: "45 new police officers"
# (any one word goes before a plural: "2,500 new jobs").
_EN_COUNT_ADJECTIVE = ("new|additional|extra|full-time|part-time|permanent|temporary|local|foreign|international|"
                       "skilled|senior|young|small|large|major|key|big|public|private")
# How an adjective ends: one before the noun counted ("32 primary care practices") is no unit by itself.
_EN_ADJECTIVE_ENDING = r"(?:ary|al|ive|ous|ic|able|ible)"
_ADJECTIVE = compile_re(rf"[a-z]+{_EN_ADJECTIVE_ENDING}")
_PLAN_PARTICIPLES = frozenset(("planned", "budgeted", "targeted", "expected", "forecast", "projected"))
# The noun a count ends on: a plural, or a noun of many ("120 permanent staff", "40 local people").
_EN_PLURAL = r"(?:[a-z][a-z\-]{1,20}s|staff|crew|people|personnel|children|women|men|police|cattle|livestock)\b"
EN_FIGURE_RE = compile_re(
    r"(?P<cur>(?:US|HK|NT|NZ|(?<![A-Za-z])[SAC])?\$|€|£|¥|RMB\s?|(?<![A-Za-z])(?:Rs\.?|INR)\s?|₹\s?"
    r"|(?<![A-Za-z0-9])R(?=\d[\d,.]*\s?(?:million|billion|bn|m)\b|\d{1,3}(?:,\d{3})+\b)"  # (rand: R486 million, R12,500)
    r"|(?<![A-Za-z])(?:USD|EUR|GBP|JPY|CHF|AUD|CAD|HKD|SGD|NZD|KRW|CNY)\s?)?"  # ("GBP 1.12 billion")
    r"(?P<num>\d{1,2}(?:,\d{2})+,\d{3}|\d{1,3}(?:,\d{3})+|\d+)(?P<dec>\.\d+)?"  # (1,20,000: Indian grouping)
    r"(?:[\s-]?(?P<scale>thousand|million|billion|trillion|bn|mn|tn|[kmb]|lakh crore|lakhs?|crores?|cr"
    r"|(?<=\d)[KMB](?![A-Za-z]))\b)?"  # ("$2.1B", "$412M": a money dashboard's scales)
    # ("pc": the British press's per cent, 4.1pc; a rate per a round number of things: "31.2 per 10,000 km")
    # (a table's change in points: "+0.4pt", "+1.3 pts", "2.1ppts", "-30bp")
    r"(?:\s?(?P<pct>%|percent\b|per cent\b|(?<=\d)pc\b|percentage points?\b|(?:ppts?|pp|pts?|bps?)\b)"
    rf"|(?:[\s-]|(?=(?:[KkM]?oz|Mtpa|Mt|kt|g/t|t/ha|kg|mm|cm|km|p|[MGT]Wh?)\b|°[CF]\b|℃))(?P<word>per\s(?:\d{{1,3}}(?:,\d{{3}})+|\d+)\s[a-z]{{2,20}}\b"
    # (a multiple written with its decimals, "1.9 times adjusted EBITDA"; how often, "launched 147 times", not "3 times the")
    rf"|(?:(?<=\.\d\s)|(?<=\.\d\d\s))times\b|(?<=\d\s)times\b(?!\s+(?:{NOT_HOW_OFTEN})\b)|(?:(?!(?:{_EN_STOP})\b)|(?<=\d\s)(?=[a-z]{{2,}}-[a-z]{{3}}))(?:(?:[KkM]?oz|Mtpa|Mt|kt|g/t|t/ha|t(?=\s|$))\b|"
    r"°[CF]\b|℃|"  # (a temperature: "1.38 °C above the 1991–2020 average", "41.3°C")
    r"M[lL](?:/d)?\b|"  # (megalitres a day: "512.3 Ml/d")
    r"[kMGT](?:bit/s|bps)(?!\w)|"  # (a line's speed: "186 Mbit/s", "1 Gbps")
    rf"(?<=\d)(?:kg|mm|cm|km|p)\b|"
    rf"sq\.?\s(?:mi|ft|km|yd|m)\b|(?:k?m|cm|mm|ft|mi|yd)[²³](?!\w|[^,;.]{{0,8}}⁻)|[A-Z]{{1,4}}h?\b"  # ("43.5 sq mi", "35 m³")
    # (a modifier in -ed or with a hyphen may open the noun too, a hyphen's short first word no stop after a space:
    # "4,362,180 unlinked passenger boardings", "600 low-cost air sensors", "60 on-call firefighters")
    rf"|(?:{_EN_COUNT_ADJECTIVE}|[a-z]+{_EN_ADJECTIVE_ENDING}|[a-z]{{2,}}ed|[a-z]+-[a-z]+)\s"
    rf"(?:(?!(?:{_EN_STOP})\b)[a-z][a-z\-]{{1,20}}(?:'s)?\s){{0,2}}"
    rf"(?!(?:{_EN_STOP})\b){_EN_PLURAL}"
    # (a unit may be written in mixed case or per something: "139 mmHg", "195 km/h", "4.8 mg/dL")
    rf"|[a-z][a-zA-Z\-]{{1,20}}(?:/[a-zA-Z²³]{{1,6}})?(?![\w'’])(?:\s(?!(?:{_EN_STOP})\b){_EN_PLURAL})?)))?"
)


def _en_value(m: re.Match) -> tuple[float, str]:
    value = float(m.group("num").replace(",", "") + (m.group("dec") or ""))
    scale = (m.group("scale") or "").lower()
    if scale:
        value *= EN_SCALE.get(scale, 1)
    if m.group("pct"):
        pct = m.group("pct")
        unit = "basis points" if pct.startswith("bp") else \
            "percentage points" if "point" in pct or pct in ("pp", "ppt", "ppts", "pt", "pts") else "%"
    elif m.group("cur"):
        unit = EN_CURRENCY.get(m.group("cur").strip(), m.group("cur").strip())
    else:
        unit = m.group("word") or ""
    return float(f"{value:.15g}"), unit  # (8.3 × 1e9 is 8300000000.000001 in floats)


# A number without a unit is a figure when a verb makes it the value of what comes before: "Traffic deaths rose
# to 4,285", "the index stood at 1,160", "a national average of 1.26".
_BARE_VALUE_AFTER = compile_re(
    r"(?:\b(?:rose|risen|rise|grew|grown|grow|increased|increase|climbed|jumped|surged|soared|fell|fallen|fall|dropped|declined|decreased|"
    r"slipped|slid|eased|rebounded)\s+(?:to|by)|\b(?:reached|reaches|totall?ed|totals|hit|hits)"
    r"|\bnumbered|\bdisposed of|\b(?:an? )?(?:increase|decrease|rise|fall|drop|gain|reduction|net change) of"
    r"|\bnumber of\b[^.;:()]{0,80}?\b(?:was|were|is|are|stood at|rose to|fell to|reached|totall?ed)"
    r"|\b(?:almost |virtually |broadly )?(?:unchanged|steady|flat) at"  # ("numbered 14,960", "unchanged at 107,550")
    r"|\b(?:stood|stands|remained|remains|was|is|closed|ended|finished|settled|opened)"
    r"(?: the (?:year|quarter|month|week|day|session|period))? at|%\s+at"
    r"|(?:\bpoints?|%|\bper ?cent)\s+(?:to|from)"  # "fell 300 points to 42,100", "up 13.7% from 2,694": the levels of a change
    r"|\b(?:average|total|tally|count|population|target|goal) of|\bof which|\baverag(?:ed|es)|\bpopulation (?:was |is )?estimated at"
    # a change and the level it came from: "up 3,900, or 1.8%", "fell from 141", "compared with 355 in 2024"
    r"|\b(?:up|down)(?: by)?|\b(?:rose|grew|increased|fell|dropped|declined|decreased|down|up) from"
    r"|\bcompared (?:with|to)|, from|\brevised(?: (?:up|down)(?:wards?)?)? to"  # ("revised to 150,560 from the 150,420")
    # a verb of change, its object, then the level: "reduced the number of households … to 118",
    # "bringing total employment in agency-supported firms to 18,930", "aims to lift it to 72"
    r"|\b(?:reduc|rais|lift|increas|lower|cut|bring|brought|boost|expand|grow|grew|taking|pushing|rose|risen|fell|fallen"
    # (the gap may hold numbers: "fell by nearly a fifth (19.4%) to 11,260", "increased from 2,410 to 2,795")
    r"|dropped|declined|decreased|climbed|jumped|slipped)[a-z]*\b(?:[^.;:,!?]|[.,](?=\d)){0,60}? to"
    r"|\b(?:rose|fell|grew|dropped|declined|increased|decreased)\b[^.;:!?]{0,60}?, to"  # ("fell for the first time in six years, to 1,962")
    # the level a change came from, after the level it went to: "fell to 17 in the half-year from 29"
    r"|\bto\s+\d[\d,.]*%?[^.;:!?]{0,40}?\bfrom"
    r"|\ba further|\b(?:reach|pass|hit|exceed|top)|\b(?:previous|last|prior) (?:year|month|quarter)'s|\bof whom"  # ("a further 2,400 are planned", "expects calls to reach 70")
    r"|\b(?:peaked|bottomed out|troughed|capped|levelled off|leveled off) at"
    r"|\b(?:throughput|capacity|turnover|attendance|enrol{1,2}ment|ridership|headcount|workforce|caseload|backlog"
    r"|footfall|membership|output|strength) of)"
    r"\s+(?:about |around |nearly |almost |roughly |some |more than |over |just over |a record |an estimated )?$",
    re.I,
)
# After a bare number: what it is compared with ("11,000 more than in April to June"), or the whole it is a part
# of named before ("31 of which are active"); "hire about 60 more before classes start", "roughly 1,130 a day".
_COMPARED_OR_PART = compile_re(r"\s+(?:(?:more|fewer|less|higher|lower) than|of (?:which|whom|them|these)"
                               r"|(?:more|fewer)(?! than)|by\s+(?:the end of\s+)?(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d"
                               rf"|(?:next|this|last) (?:year|month|quarter|week|season)|{RATE})\b")
# A bound before a number of thousands: "fewer than 17,000 by 2029" (a small one is too often a count of something
# named after: "more than 3 in 10").
_BOUND_BEFORE = compile_re(r"\b(?:fewer|less|more) than\s+$")
# A whole named first ("Of the 27 projects, 11 were …"): the bare numbers opening its clauses count its parts.
_OF_THE_WHOLE = compile_re(r"\s*Of (?:the|these|those|its|their|our|all)\b")
# Things of a named kind counted: "11,870 Safe and Well visits", "9 Blue Flag beaches", "48 First Homes sold".
_NAMED_KIND_COUNTED = compile_re(r"\s+(?:[A-Z][a-z]+\s+(?:(?:and|&|of)\s+)?){1,3}(?:[a-z]{3,}s|Homes)\b")
# A count whose noun a coordinated clause leaves out: "We opened 9 stores and closed 4 during the quarter".
_ELIDED_BEFORE = compile_re(r"\band\s+[a-z]{3,}ed\s+$")
_ELIDED_AFTER = compile_re(ELIDED_NOUN_AFTER)
# A count the subject of a verb in the passive: "19 were injured", "12 were arrested".
_PASSIVE_AFTER = compile_re(r"\s+(?:were|was|have been|had been)\s+(?:also\s+)?[a-z]{3,}(?:ed|en)\b")
AGED = compile_re(r"\baged\s+(?:between\s+|under\s+|over\s+|\d{1,3}\s+(?:to|and)\s+)?$")  # (an age names a group)
_COPULA_BEFORE = compile_re(r"(?<!there )(?<!There )\b(?:was|were|is|are)\s+(?:about |around |nearly |almost |roughly |some )?$")
# The rest of a batch, its first or its last, counted as a verb's subject.
_THE_REST_BEFORE = compile_re(r"\b(?:[Tt]he|its|their|our) (?:remaining|other|last|final|first)\s+$")
_CLAUSE_SUBJECT = compile_re(r"\s+(?:\([^()]{1,24}\)\s+)?(?:were|are|was|is|came|come|had|have|went|remain|remained)\b")  # ("41,300 (27.8%) were")


NAME_BEFORE = compile_re(r"(?:\b[A-Z][A-Za-z]*&[A-Za-z]+|\b[A-Z]{2,5}) $")
# A number that names a class, a stage or a place in a series: "Scope 1 and 2 emissions", "Phase 3", "Terminal 5".
NUMBERED_NAME = compile_re(r"\b(?:Scope|Phase|Level|Tier|Stage|Grade|Category|Class|Type|Round|Section|Article|Chapter|"
                           r"Line|Block|Unit|Zone|Route|Gate|Terminal|Building|Floor|Room|Pillar|Goal|Step|Part|Page|No\.|Nos\.)"
                           r"\s+(?:\d+\s*(?:and|or|,|&|-|to)\s*)*$", re.I)  # ("stage 1 hypertension", "CATEGORY 3")
# A document's own parts and forms, numbered in decimals too: "Table 2.1 summarizes", "Form 10-K".
_DOCUMENT_PART = compile_re(r"\b(?:Table|Figure|Fig\.|Chart|Exhibit|Appendix|Annex|Schedule|Item|Note|Form|Section|Chapter) $")
# A law's code or a court's reports after their volume, a docket's office and year before its kind.
_LAW_REPORT = compile_re(r"\s?(?:U\.\s?S\.|F\.\s?(?:\d?d|Supp|App)|S\.\s?Ct\.|L\.\s?Ed|A\.\dd|P\.\dd|N\.[EW]\.\dd)"
                         r"|-(?:cv|cr|mj|md|bk|ap)-\d", re.I)
# A clock's time and its zone: "1000 AM CDT", "400 PM", "1500 UTC" (an advisory's times) are no figures.
_MONTH_BEFORE = compile_re(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? $")
_CLOCK = frozenset("AM PM UTC GMT EST EDT CST CDT MST MDT PST PDT BST CET CEST IST JST".split())


# A dashboard's label and its value: "Customers with ARR above $100K: 1,870, +22% YoY" (not a phone
# number, a page or a version: "Tel: 555 0142").
# What sets a value apart from its label: a colon, or the leader dots of a report's table
# ("Closed sales ........ 1,264").
LEADER = r"\s*(?:\.\s?){3,}\s*|\s*…+\s*"
LABEL_SEPARATOR = rf"(?::\s*|{LEADER})"
# (six words at most; or a year, a series' label, "2023/24: 1,469"; or a band of ages or sizes, "25 to 49: 3,910", "65+: 720")
_LABEL_BEFORE = compile_re(rf"\s*(?P<label>[A-Za-z][^:\s(.]*(?: [^:\s(.]+){{0,5}}|(?:FY\s?)?(?:19|20)\d\d(?:[/-]\d\d)?|\d{{1,3}}"
                           rf"(?:\s?(?:to|-|–)\s?\d{{1,3}}|\+|\s(?:and|or) (?:over|above|under|older|more))){LABEL_SEPARATOR}")
_NOT_A_VALUE_LABEL = compile_re(r"\b(?i:phone|tel|fax|zip|postcode|code|id|no|number|page|version|chapter|section|ext|"
                                r"room|box|suite|ref|case|item)\.?\s*$")


def _is_bare_value(text: str, m: re.Match) -> bool:
    end = m.end("dec") if m.group("dec") else m.end("num")
    after = text[end:][:1]
    if after and (after.isalnum() or after in "-/:") or m.group("num").startswith("0") and len(m.group("num")) > 1:
        return False  # (a leading zero writes a code: "0142"; "0.71" is a decimal)
    if (label := _LABEL_BEFORE.fullmatch(text, 0, m.start())) and not _NOT_A_VALUE_LABEL.search(label["label"]) \
            and (not after or after in ",;)" or text[end:].lstrip(" ")[:1] == "("):
        return True
    if AGED.search(text, max(0, m.start() - 16), m.start()) or ("," in m.group("num") or m.group("dec")) and (
            _BOUND_BEFORE.search(text, max(0, m.start() - 12), m.start()) or _COPULA_BEFORE.search(text, max(0, m.start() - 24), m.start())):
        return True  # ("adults aged 16 and over", "fewer than 17,000", "The prison population was 31,842", "was 0.84")
    if text[m.start() - 2 : m.start()] in (": ", ":") and BRACKET_LABEL.search(text, max(0, m.start() - 30), m.start()):
        return True  # the same figure of an earlier time, or its plan: "(2023: 31)", "(plan: 71,600)"
    if text[m.start() - 1 : m.start()] == "(" and _EARLIER_TIME_BEFORE.search(text, max(0, m.start() - 40), m.start()) \
            and text.startswith(")", end):
        return True  # "still higher than a year ago (68,900)"
    return bool(_BARE_VALUE_AFTER.search(text, max(0, m.start() - 80), m.start())) or bool(_PART_OF.match(text, end)) \
        or bool(_COMPARED_OR_PART.match(text, end)) or bool(_PASSIVE_AFTER.match(text, end)) \
        or bool(not m.group("dec") and text[: m.start()].strip() and _NAMED_KIND_COUNTED.match(text, end)) \
        or bool(_ELIDED_BEFORE.search(text, max(0, m.start() - 24), m.start()) and _ELIDED_AFTER.match(text, end)) \
        or bool(_OF_THE_WHOLE.match(text) and _CLAUSE_SUBJECT.match(text, end)
                and re.search(r"(?:^|,|\band)\s*$", text[max(0, m.start() - 6) : m.start()])) \
        or bool((not text[: m.start()].strip() or _THE_REST_BEFORE.search(text, max(0, m.start() - 16), m.start()))
                and _CLAUSE_SUBJECT.match(text, end))  # (an item: "2,918 were fires;"; the rest: "The remaining 22 are")


# The year before, named: a figure in brackets after it is that year's ("than a year ago (68,900)", "the
# previous year (8,215)"): a figure here, the comparison in kinds_en.
EARLIER_YEAR = r"(?:a year (?:ago|earlier)|last year|(?:the )?(?:previous|prior) year|the year before)"
_EARLIER_TIME_BEFORE = compile_re(rf"\b{EARLIER_YEAR}\s*\($", re.I)

# A part of a whole counted after it: "31 of its 54 projects", "19 of the region's 23 councils" (a count of things, not
# "6 of 7 at call to order"); or named in the plural: "38 of our members", "402 of the openings".
_PART_OF = compile_re(r"\s+of\s+(?:the\s+|its\s+|their\s+|our\s+)?(?:[A-Za-z-]+(?:'s|’s|s'|s’)\s+)?\d[\d,]*"
                      rf"\s+(?:(?!(?:{_EN_STOP})\b)(?:[a-z]{{3,}}|[A-Z][A-Za-z]*[a-z]?s\b)|(?:days|weeks|months|hours)\b)"
                      r"|\s+of\s+(?:our|its|their|the|all)\s+(?:[a-z-]+\s+){0,2}?[a-z]{3,}(?<!s)s\b(?!\s+(?:of|to)\b)")


# A row of a table flattened to a line: a label, then two or more values ("Customer complaints 4,120 3,480", "Non-revenue
# water 17.2% 15.9%"). Its values are figures of the label, units or not. (A negative in brackets: "(1.9)%".)
EN_TABLE_ROW = compile_re(  # (the label may hold an aside in brackets: "Street reconstruction (62 lane-miles)")
    r"(?P<label>[A-Za-z](?:[^\d\n(]|\([^)\n]{0,40}\)){1,80}?)(?:\s+[-–+(]?[$€£¥]?\d[\d,]*(?:\.\d+)?\)?"
    r"(?:%|bn|mn|[kmbKMB]|\s(?:million|billion))?){2,12}")


_RANGE_END = "%0123456789KMBkmbn"  # what a range's first end ends with: "4.25%-4.50%", "$8.3B-$8.4B"


# After a number: a spread around it, or the confidence level of an interval.
_SPREAD_OR_CONFIDENCE = compile_re(r"\s*(?:±|(?:CI|confidence interval)\b)")
_SPREAD = compile_re(r"\s*±\s*\d[\d,]*(?:\.\d+)?\s?(?P<unit>[a-zA-Z%][a-zA-Z]{0,8}(?:/[a-zA-Z²³]{1,6})?)?")


def _mean(text: str, m: re.Match, sd: re.Match) -> NumberSpan:
    """'6.1 ± 9.4 mmHg': the mean, in the unit written after its standard deviation."""
    unit = sd["unit"] or ""
    value = float(m.group("num").replace(",", "") + (m.group("dec") or ""))
    end = m.end("dec") if m.group("dec") else m.end("num")
    return NumberSpan(m.start(), end, text[m.start() : end], value, unit)


_CELL_VALUE = compile_re(CELL_NUMBER)


def _alone_in_cell(text: str, m: re.Match) -> bool:
    """A number that is all of a pipe table's cell: "Patients waiting over 52 weeks | 1,105 | 600"
    (not one inside the row's label)."""
    left = text.rfind("|", 0, m.start())
    right = text.find("|", m.end())
    if left < 0 or text.count("|") < 2 and right >= 0:
        return False  # (a table of two columns, "Five-year need | 3,260", has its value after its one bar)
    return _CELL_VALUE.fullmatch(text[left + 1 : right if right >= 0 else len(text)].strip()) is not None


# A telephone number: a trunk code opening on 0 and groups of digits ("01632 960 412", "+44 (0)1870 210 555",
# "(555) 013-4100"): its groups are no values.
_TELEPHONE = compile_re(r"(?:\+\d{1,3}\s?(?:\(0\)\s?)?|(?<![\d.,])0)\d{2,5}[\s-]\d{3,6}(?:[\s-]\d{3,4})?(?![\d.,]\d)"
                        r"|\(\d{3}\)\s?\d{3}-\d{4}")


def _off_telephones(text: str) -> Iterator[re.Match[str]]:
    """The matches of the figure grammar in `text` outside its telephone numbers."""
    phones = [m.span() for m in _TELEPHONE.finditer(text)] if " 0" in text or "+" in text or "(" in text else []
    return (m for m in EN_FIGURE_RE.finditer(text) if not any(a <= m.start() < b for a, b in phones))


def find_numbers_en(text: str) -> list[NumberSpan]:
    """All figure spans in an English sentence."""
    out: list[NumberSpan] = []
    row = (r := EN_TABLE_ROW.fullmatch(text.strip())) is not None and not _NOT_A_VALUE_LABEL.search(
        r["label"].rstrip(": "))
    for m in _off_telephones(text):
        spread = text[max(0, m.start() - 2) : m.start()].strip() == "±"
        if (after := _SPREAD_OR_CONFIDENCE.match(text, m.end())) or spread:
            # "95% CI", "6.1 ± 9.4 mmHg": a confidence level and a standard deviation are no facts
            # reported; the mean before the ± is, in the unit written after the spread
            if after and not spread and (sd := _SPREAD.match(text, m.end())) and not m.group("word") \
                    and not m.group("pct"):
                out.append(_mean(text, m, sd))
            continue
        if not (m.group("cur") or m.group("pct")) and (_DOCUMENT_PART.search(text, max(0, m.start() - 9), m.start())
                                                       or _LAW_REPORT.match(text, m.end("num"))):
            continue  # (a citation: "42 U.S.C. § 1983", "436 U.S. 658", "630 F.3d 805", "2:21-cv-01187")
        word = m.group("word")
        if word in _CLOCK or _MONTH_BEFORE.search(text, max(0, m.start() - 11), m.start()) and not (
                m.group("cur") or m.group("pct") or m.group("scale") or m.group("dec")) and (
                m.group("num").isdigit() and 1 <= int(m.group("num")) <= 31):
            continue  # a clock's time, or a day of a month: "its March 18 meeting", "on Sept 30"
        planned = word in _PLAN_PARTICIPLES  # (not counted, but a count still: "94% of the 1,180 planned")
        word = None if word and (planned or _ADJECTIVE.fullmatch(word)) else word  # (an adjective says not what is counted)
        if not (m.group("cur") or m.group("pct") or m.group("scale") or word or row or planned) \
                and not _is_bare_value(text, m) and not _alone_in_cell(text, m):
            continue
        if text[max(0, m.start() - 4) : m.start()].lower() == "per ":
            continue  # "1.1 deaths per 100 million miles": what the figure before is counted against
        if m.group("scale") in ("K", "M", "B") and not m.group("cur"):
            continue  # "4K TV": a name; a capital scale is read on money only
        whole = m.group("num").replace(",", "")
        if m.group("pct") and text[m.start("pct") - 1] == " " and len(whole) == 4 and whole[:2] in ("19", "20") \
                and not m.group("dec"):
            continue  # "2024 2023 % Change": a table's head, its last year and its change column
        if not m.group("dec") and not m.group("cur") and not m.group("pct") and len(whole) == 4 \
                and (whole[:2] in ("19", "20") or whole[:2] in ("16", "17", "18") and not (word or "").endswith("s")) \
                and not m.group("scale") and "," not in m.group("num"):
            continue  # a year (2,000 with its comma is a count; "Founded 1859", not "1800 jobs")
        if word in ("min", "minute") and text.startswith(" read", m.end()):
            continue  # a page's reading time: "5 min read"
        if whole == "000" and not m.group("dec"):
            continue  # a scale, not a count: a table row's "(000 TEU)", "('000)"
        b = text[max(0, m.start() - 1) : m.start()]
        start = m.start()
        if b and b in ",." and text[start - 2 : start - 1].isdigit():
            continue  # the tail of a number written another way: "3,5 %", "14.286,4 millones" (decimal commas)
        if b == ":" and text[start - 2 : start - 1].isdigit():
            continue  # the minutes of a clock's time or a game clock: "5:37 left", "10:30 am"
        if b in ("-", "−") and text[max(0, start - 2) : start - 1] in ("", " ", "(", "\t"):
            start, b = start - 1, ""  # a minus sign: "Vehicles $9.4bn $9.1bn -3.2%"
        if b and (b.isalnum() or b in "-/" or b == "–" and len(whole) == 2 and text[max(0, start - 5) : start - 1].isdigit()) \
                and not (b == "-" and text[max(0, m.start() - 2) : m.start() - 1] in _RANGE_END
                         and (m.group("pct") or m.group("cur") or m.group("scale") or _is_range_upper(text, m.start() - 1))):
            continue  # ("2021–22": a year's end; but "4.25%-4.50%", "3-4 inches" are ranges: the second end is a figure too)
        if not (m.group("cur") or m.group("pct") or m.group("scale") or "," in m.group("num") or m.group("dec")) and (
                NAME_BEFORE.search(text, max(0, m.start() - 12), m.start())
                or NUMBERED_NAME.search(text, max(0, m.start() - 30), m.start())):
            continue  # "the S&P 500 index", "FTSE 100", "Scope 1 and 2 emissions": a number inside a name
        value, unit = _en_value(m)
        end = m.end()
        if m.group("cur") and m.group("word") or m.group("word") and not word:
            # "$1.5 billion project": the currency is the unit, not the noun (its end where its text ends)
            end, unit = len(text[: m.start("word")].rstrip()), unit if m.group("cur") or m.group("pct") else ""
        value = -value if start < m.start() else value  # (the minus sign taken above)
        if text[start - 1 : start] == "(" and text.startswith(")%", end):
            # "(1.9)%": a negative percentage, as an accountant writes it
            start, end, value, unit = start - 1, end + 2, -value, "%"
        elif text[start - 1 : start] == "(" and text.startswith(")", end) and _alone_in_cell(text, m):
            start, end, value = start - 1, end + 1, -value  # "| (131.5) |": a negative, as an accountant writes it
        out.append(NumberSpan(start, end, text[start:end], value, unit))
    out = _range_lower_ends(text, out) if "–" in text or "-" in text or " to " in text or "between" in text else out
    # (numbers in words where no number in digits stands: "the third-highest rate", "two-thirds of …";
    # a time measured takes its unit from a bare number, "up from 41 weeks", or a longer reading: "10 working days")
    times = times_read(text)
    out = [s for s in out if not any(t.start == s.start and (not s.unit or t.end > s.end) for t in times)] if times else out
    if in_words := [w for w in ranks(text) + words(text) + times
                    if not any(s.start < w.end and w.start < s.end for s in out)]:
        out = sorted(out + in_words, key=lambda s: s.start)
    return minutes_seconds(text, out) if MINUTES_SECONDS.search(text) else out


# A range writes its unit once, after its upper end: "a 70–90% chance", "6–12 inches", "10 to 13%".
_BARE_LOW = compile_re(r"(?<![\w.,$€£¥/:-])(?P<num>\d{1,3}(?:,\d{3})*(?:\.\d+)?)\s?(?:–|-|\sto\s|\sand\s)\s?$")
_BETWEEN = compile_re(r"\bbetween\s+(?:about\s+|around\s+)?$", re.I)
_RANGE_GAP = compile_re(r"\s?(?:–|-|to)\s?")


def _is_range_upper(text: str, dash: int) -> bool:
    """Whether the number after the hyphen at `dash` ends a range whose lower end is a number alone
    ("3-4 inches"), not part of a code or a name ("555-1234", "Route 9-10")."""
    low = _BARE_LOW.search(text, max(0, dash - 12), dash + 1)
    upper = re.match(r"\d[\d,]*(?:\.\d+)?", text[dash + 1 :])
    if low is None or upper is None or float(low["num"].replace(",", "")) >= float(upper[0].replace(",", "")):
        return False  # (a score, a vote: "a 2-1 win", "the 7-2 vote")
    if len(low["num"]) == 3 and re.match(r"\d{4}\b", upper[0]):
        return False  # a phone number: 555-1234
    return not NUMBERED_NAME.search(text, max(0, low.start() - 30), low.start()) \
        and not NAME_BEFORE.search(text, max(0, low.start() - 12), low.start())


def _range_lower_ends(text: str, spans: list[NumberSpan]) -> list[NumberSpan]:
    out = list(spans)
    for i in range(len(out) - 1, -1, -1):
        upper = out[i]
        lower = out[i - 1] if i else None
        if lower is not None and lower.unit and not upper.unit and _RANGE_GAP.fullmatch(text, lower.end, upper.start) \
                and (low_m := EN_FIGURE_RE.match(text, lower.start)) and low_m.group("cur") \
                and (m := EN_FIGURE_RE.match(text, upper.start)) and m.group("scale"):
            # "$3.05–3.12 billion": the currency written at the lower end, the scale at the upper
            scale = EN_SCALE.get(m.group("scale").lower(), 1)
            upper.unit = lower.unit
            if lower.value is not None and scale > 1 and lower.value < upper.value / scale:
                lower.value = float(f"{lower.value * scale:.15g}")
            continue
        if upper.value is None or (i and out[i - 1].end > upper.start - 4):
            continue
        low = _BARE_LOW.search(text, max(0, upper.start - 16), upper.start)
        if low is None or (i and out[i - 1].end > low.start()):
            continue
        if (" and" in text[low.end("num") : upper.start] or not upper.unit) and not _BETWEEN.search(
                text, max(0, low.start() - 16), low.start()):  # ("between 3 and 4 per cent" is a range, "3 and 4 per
            continue  # cent" a list; a bare upper end has its range only after between: "between 40 and 60 more operatives")
        m = EN_FIGURE_RE.match(text, upper.start)
        scale = EN_SCALE.get((m.group("scale") or "").lower(), 1) if m else 1
        value = float(low["num"].replace(",", "")) * scale
        if value >= upper.value:
            continue  # no range: "the 2–1 vote", "page 5 to 3 …"
        out.insert(i, NumberSpan(low.start(), low.start() + len(low["num"]), low["num"], float(f"{value:.15g}"),
                                 upper.unit))
    return out


def en_quantity(text: str) -> tuple[float, str] | None:
    """'$2.1B' -> (2.1e9, 'USD'), '15 percent' -> (15.0, '%'): the first English figure of `text`."""
    if (t := MINUTES_SECONDS.search(text)) is not None:
        return clock_minutes(t), "minutes"
    m = EN_FIGURE_RE.search(text)
    # (a time in its unit: "11 days", "six weeks"; in words: "third-highest" -> (3.0, 'rank'), "a dozen" -> (12.0, ''))
    if spans := [t for t in times_read(text) if m is None or t.start <= m.start()] or ([] if m else ranks(text) + words(text)):
        return spans[0].value or 0.0, spans[0].unit
    return _en_value(m) if m else word_quantity(text)  # ("fourth", "seven": a rank or a count written alone)
