"""The English number grammar: $1.2 billion, 15 percent, 3,000 jobs, 20 MW, Rs 45,000 crore, $2.1B,
a bare number a verb makes a value (bare_values_en), a table's row. Imported with the first English sentence: a
Chinese run never compiles it."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..re_cache import compile_re
from .bare_values_en import EN_STOP, EN_TABLE_ROW, NOT_A_VALUE_LABEL, is_bare_value
from .clauses import CELL_NUMBER
from .phones_en import is_contact_line, phones_in
from .phrases_en import PLURALS_WITHOUT_S
from .spans import NumberSpan
from .times_en import MINUTES_SECONDS, NOT_HOW_OFTEN, TIME_UNITS, clock_minutes, minutes_seconds, times_read
from .words_en import ranks, word_quantity, words

EN_SCALE = {"thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "mn": 1e6, "billion": 1e9,
            "bn": 1e9, "b": 1e9, "trillion": 1e12, "tn": 1e12,
            # Indian English: a lakh is 100,000, a crore 10 million ("Rs 45,000 crore", "1.2 lakh jobs")
            "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7, "cr": 1e7, "lakh crore": 1e12}
EN_CURRENCY = {"$": "USD", "US$": "USD", "HK$": "HKD", "NT$": "TWD", "NZ$": "NZD", "S$": "SGD", "A$": "AUD", "C$": "CAD",
               "R": "ZAR",
               "€": "EUR", "£": "GBP", "¥": "CNY", "RMB": "CNY", "Rs": "INR", "Rs.": "INR", "INR": "INR", "₹": "INR",
               **{code: code for code in "USD EUR GBP JPY CHF AUD CAD HKD SGD NZD KRW CNY".split()}}
EN_MONEY = frozenset(EN_CURRENCY.values())  # the units money is read in
# Words that tell what kind of the counted things there are, before a noun of two words: "45 new police officers"
# (any one word goes before a plural: "2,500 new jobs").
_EN_COUNT_ADJECTIVE = ("new|additional|extra|more|fewer|further|other|full-time|part-time|permanent|temporary|local|foreign|international|"
                       "skilled|senior|young|small|large|major|key|big|public|private|paid|unpaid")
# How an adjective ends: one before the noun counted ("32 primary care practices") is no unit by itself.
_EN_ADJECTIVE_ENDING = r"(?:ary|al|ive|ous|ic|able|ible)"
_ADJECTIVE = compile_re(rf"[a-z]+{_EN_ADJECTIVE_ENDING}")
# What the things counted did, or when or where they were, not what they are: a verb's past (a consonant before its -ed:
# "accounted", "died", not "speed"; not "hundred"), a verb of a plural subject, or a pronoun or adverb after the count ("the
# 6,110 we received", "about 356,000 today", "38 short of the 1,450").
_NOT_WHAT_IS_COUNTED = compile_re(r"(?!hundred$)[a-z]+[^e\W]ed|set|made|paid|left|found|lost|met|taken|hurt|flown|rose|fell|grew|went|came|won"
                   r"|sold|held|built|spent|gave|took|saw|kept|sent|brought|bought|told|ran|began|became|go|work|live|remain|stay"
                   r"|we|they|you|today|first|together|too|never|previously|elsewhere|online|short|out")
# A name's word just before a number ("Stormhollow 3 launched"), not a word of how many ("Some 40 attended").
_NAME_WORD_BEFORE = compile_re(r"\b(?!(?:Some|About|Around|Nearly|Almost|Only|Just|Another|Over|Roughly|Approximately|Altogether"
                               r"|All|Of|In|Exactly|Fewer|More)\s)[A-Z][A-Za-z]+\s$")
_PLAN_PARTICIPLES = frozenset(("planned", "budgeted", "targeted", "expected", "forecast", "projected"))
# The noun a count ends on: a plural, or a noun of many ("120 permanent staff", "40 local people").
_EN_PLURAL = rf"(?:[a-z][a-z\-]{{1,20}}s|{'|'.join(sorted(PLURALS_WITHOUT_S | {'feet', 'crew', 'livestock'}))})\b"
# A verb a count may be the subject of, never a noun between it and the plural counted: "41,000 farms grow cereals" (the
# plural before a noun of another, "4 air quality stations", is a compound; a past in -ed and "access" end none).
_PRESENT_VERB = "grow|make|take|use|need|get|give|hold|run|own|see|keep|want|offer|provide|serve|improve|receive|pay|face|say"
# No word of a noun goes on past a plural without an s ("58 people lost their lives"; police does: "241 police community
# support officers"), nor is a pronoun or a past without -ed that is no adjective one ("paid attractions", "built homes").
_AFTER_A_PLURAL = "".join(f"(?<!{w}\\s)" for w in sorted(PLURALS_WITHOUT_S - {"police"}))
_NO_MODIFIER = "their|its|our|his|her|my|your|lost|took|gave|won|got|had|did|went|came|saw|ran|met|fell|rose|grew"
# The base a rate is per, read in the number grammar and after a count: a number with its scale ("per 100 million …"), and
# a plural noun a first word may open ("per billion vehicle miles").
_BASE_NUMBER = r"(?:(?:\d{1,3}(?:,\d{3})+|\d+)(?:\s(?:thousand|million|billion))?)"
# A word of a name before a plural counted: capitalised, or an initialism that is no measure's letters (MW, GWh, MB, TEU).
_NAME_WORD = r"(?:(?!(?:The|This|That|These|Those|Our|Its|Their|Some|All|On|In|At|By|For|Of|To|With|From|One|Two|Three|Four|Five" \
             r"|Six|Seven|Eight|Nine|Ten|January|February|March|April|May|June|July|August|September|October|November|December" \
             r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[A-Z][a-z][A-Za-z&'’\-]{0,19}|(?!(?:[KMGT]Wh?|[KMGT]B|TEU|MTPA|[KMGTP]J|KG|KM)\b)[A-Z]{2,5}|[IVX]{1,4})(?=\s)"
# Verbs in -s a name's plural may be ("The HDT compares …", "This report sets out …").
_VERB_S = "sets|shows|runs|aims|assumes|compares|covers|includes|means|remains|says|takes|makes|gives|holds|needs|uses|helps" \
          "|provides|requires|expects|plans|reports|leads|meets|notes|lists|sees|operates|serves|employs|summarises|summarizes"
# Days of a calendar, not of work or of weather: "10 working days" is a span (times_en).
_DAYS_NOT_OF_WORK = "working|calendar|business|school|clear|full|consecutive|straight|whole|separate"
_BASE_PLURAL = rf"\s(?!(?:{EN_STOP})\b)[a-z]{{2,20}}s"
EN_FIGURE_RE = compile_re(
    r"(?P<cur>(?:US|HK|NT|NZ|(?<![A-Za-z])[SAC])?\$|€|£|¥|RMB\s?|(?<![A-Za-z])(?:Rs\.?|INR)\s?|₹\s?"
    r"|(?<![A-Za-z0-9])R(?=\d[\d,.]*\s?(?:million|billion|bn|m)\b|\d{1,3}(?:,\d{3})+\b)"  # (rand: R486 million, R12,500)
    r"|(?<![A-Za-z])(?:USD|EUR|GBP|JPY|CHF|AUD|CAD|HKD|SGD|NZD|KRW|CNY)\s?)?"  # ("GBP 1.12 billion")
    r"(?P<num>\d{1,2}(?:,\d{2})+,\d{3}|\d{1,3}(?:,\d{3})+|\d+)(?P<dec>\.\d+)?"  # (1,20,000: Indian grouping)
    r"(?:[\s-]?(?P<scale>(?i:thousand|million|billion|trillion)|bn|mn|tn|[kmb]|lakh crore|lakhs?|crores?|cr"  # (a headline's "$86 Million")
    r"|(?<=\d)[KMB](?![A-Za-z]))\b)?"  # ("$2.1B", "$412M": a money dashboard's scales)
    # ("pc": the British press's per cent, 4.1pc; a rate per a round number of things: "31.2 per 10,000 km")
    # (a table's change in points: "+0.4pt", "+1.3 pts", "2.1ppts", "-30bp")
    r"(?:\s?(?P<pct>%|(?i:percent|per cent)\b|(?<=\d)pc\b|percentage points?\b|(?:ppts?|pp|pts?|bps?)\b)"  # ("5 Percent")
    rf"|(?:[\s-]|(?=(?:[KkM]?oz|Mtpa|Mt|kt|g/t|t/ha|kg|mm|cm|km|p|[MGT]Wh?)\b|°[CF]\b|℃))(?P<word>per\s(?:{_BASE_NUMBER}|hundred|thousand|million|billion)"
    rf"\s[a-z]{{2,20}}(?:{_BASE_PLURAL})?\b"  # ("per 100 million miles", "per billion vehicle miles")
    # (a multiple written with its decimals, "1.9 times adjusted EBITDA"; how often, "launched 147 times", not "3 times the")
    rf"|(?:(?<=\.\d\s)|(?<=\.\d\d\s))times\b|(?<=\d\s)times\b(?!\s+(?:{NOT_HOW_OFTEN})\b)|(?:(?!(?:{EN_STOP})\b)|(?<=\d\s)(?=[a-z]{{2,}}-[a-z]{{3}}|(?:more|fewer)\s(?!(?:{EN_STOP})\b)[a-z]))(?:(?:[KkM]?oz|Mtpa|Mt|kt|g/t|t/ha|t(?=\s|$))\b|"
    r"°[CF]\b|℃|"  # (a temperature: "1.38 °C above the 1991–2020 average", "41.3°C")
    r"M[lL](?:/d)?\b|"  # (megalitres a day: "512.3 Ml/d")
    r"[kMGT](?:bit/s|bps)(?!\w)|"  # (a line's speed: "186 Mbit/s", "1 Gbps")
    rf"(?<=\d)(?:kg|mm|cm|km|p)\b|"
    rf"sq\.?\s(?:mi|ft|km|yd|m)\b|(?:k?m|cm|mm|ft|mi|yd)[²³](?!\w|[^,;.]{{0,8}}⁻)|"  # ("43.5 sq mi", "35 m³")
    # (a name before the plural counted, its words capitalised: "30 NHS trusts", "14 Premier League clubs", "27 new Class 291
    # trains"; not a measure's letters, "20 MW solar farms")
    rf"(?<!^\d\.\d\s)(?<!^\d\.\d\d\s)(?<!^\d\d\.\d\s)"  # (not a numbered paragraph's: "2.4 Provisional monitoring shows")
    rf"(?:(?:{_EN_COUNT_ADJECTIVE})\s)?{_NAME_WORD}(?:\s(?:{_NAME_WORD}|\d{{1,4}}))*(?:\s(?!(?:{EN_STOP})\b)[a-z][a-z\-]{{1,20}})?"
    rf"\s(?!(?:{EN_STOP}|{_VERB_S})\b)[a-z][a-z\-]{{1,20}}s\b|"
    rf"[A-Z]{{1,4}}h?\b(?!&)"
    # (a modifier in -ed, -ing or -ly or with a hyphen may open the noun too, a hyphen's short first word no stop after a
    # space: "4,362,180 unlinked passenger boardings", "600 low-cost air sensors", "60 on-call firefighters", "29,800
    # sitting days", "74 newly qualified teachers", "18,742 A&E attendances")
    rf"|(?:{_EN_COUNT_ADJECTIVE}|[a-z]+{_EN_ADJECTIVE_ENDING}|[a-z]{{2,}}ed|[a-z]+-[a-z]+|[a-z]{{3,}}(?:ing|ly)|[A-Z]&[A-Z])\s"
    # (two modifiers joined: "48,620 elective and day-case procedures", "4,120 public and domestic electric vehicle chargers")
    rf"(?:(?:and|or)\s(?:{_EN_COUNT_ADJECTIVE}|[a-z]+{_EN_ADJECTIVE_ENDING}|[a-z]+-[a-z]+|[a-z]{{3,}}(?:ic|al))\s)?"
    # (no word after a plural: "498 doctoral students completed their degrees", "64 parking enforcement officers wrote tickets"; not "various")
    rf"(?:(?!(?:{EN_STOP})\b)(?<![a-z][^su'’]s\s)[a-z][a-z\-]{{1,20}}(?:'s)?\s|\d{{1,2}}\s?mph\s){{0,3}}"  # (a speed class: "38 new 20 mph zones")
    rf"(?!(?:{EN_STOP})\b){_EN_PLURAL}"
    # (days or hours of a kind of work, a measure of it: "21,480 volunteer days", "2.41 million revenue service hours")
    rf"|(?!(?:{EN_STOP}|{_DAYS_NOT_OF_WORK})\b)[a-z][a-z\-]{{1,20}}\s(?:(?!(?:{EN_STOP})\b)[a-z][a-z\-]{{1,20}}\s)?(?:days|hours)\b"
    # (a possessive before the plural counted: "4,380 children's wristbands")
    rf"|[a-z][a-z\-]{{1,20}}['’]s\s(?:(?!(?:{EN_STOP})\b)[a-z][a-z\-]{{1,20}}\s){{0,2}}?(?!(?:{EN_STOP})\b){_EN_PLURAL}"
    # (a unit may be written in mixed case or per something: "139 mmHg", "195 km/h", "4.8 mg/dL"; or be a noun's first word,
    # up to two more before its plural, one of them joined: "57 air source heat pumps", "8,850 civil legal aid certificates",
    # "118 food and drink pitches")
    rf"|[a-z][a-zA-Z\-]{{1,20}}(?:/[a-zA-Z²³]{{1,6}})?(?![\w'’])(?:(?:\s(?:(?<![a-z][^su'’]s\s){_AFTER_A_PLURAL}(?:and|or)\s)?(?<![a-z][^su'’]s\s){_AFTER_A_PLURAL}"
    rf"(?!(?:{EN_STOP}|{_PRESENT_VERB}|{_NO_MODIFIER})\b)(?![a-z]+ed\s(?![a-z][a-z\-]{{1,20}}s\b))"
    rf"[a-z][a-z\-]{{1,20}}(?=\s(?![a-z\-]*ss\b))){{0,2}}"
    rf"\s(?!(?:{EN_STOP})\b){_EN_PLURAL})?)))?"
)

# What follows a length in metres written "22m": a drill hole's intercept and its grade, a place's distance or a
# work's measure ("22m at 4.8 g/t gold", "from 310m in hole", "600m north of", "12m high").
_METRES_AFTER = compile_re(r"\s+(?:at\s+\d[\d.]*\s?(?:g/t|%|ppm|oz/t|gpt)|(?:downhole|deep|high|tall|long|wide|thick|below|above"
                           r"|away|underground|in hole|(?:north|south)(?:-?(?:east|west))?|east|west)(?![\w-]))")


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
        unit = "mph" if unit.startswith("mph ") else unit
    return float(f"{value:.15g}"), unit  # (8.3 × 1e9 is 8300000000.000001 in floats)




NAME_BEFORE = compile_re(r"(?:\b[A-Z][A-Za-z]*&[A-Za-z]+|\b[A-Z]{2,5}) $")
# A number that names a class, a stage or a place in a series: "Scope 1 and 2 emissions", "Phase 3", "Terminal 5", a
# school year ("Year 6 pupils", "Years 7 to 11": in capitals only, not "this year 12 schools").
NUMBERED_NAME = compile_re(r"\b(?:Scope|Phase|Level|Tier|Stage|Grade|Category|Class|Type|Round|Section|Article|Chapter|"
                           r"Line|Block|Unit|Zone|Route|Gate|Terminal|Building|Floor|Room|Pillar|Goal|Step|Part|Page|No\.|Nos\.|(?-i:Years?)"
                           r"|(?-i:Plan|Band|Wave|Tranche|Cohort|Option|Scenario|Platform|Pier|Berth))"
                           r"\s+(?:\d+\s*(?:and|or|,|&|-|to)\s*)*$", re.I)  # ("stage 1 hypertension", "CATEGORY 3")
# An emergency or service line's number, the name of a service, not a count: "answered more 911 calls", "the state 911
# surcharge", "999 calls", "the 311 line", "dial 111": a number in a name, which describes (three digits no count is
# written with in these words).
_SERVICE_LINE = compile_re(r"\s+(?:calls?|call-takers?|centers?|centres?|systems?|surcharges?|dispatch\w*|services?|lines?"
                           r"|operators?|network|fees?|texts?|telecommunicators?|funding|number|board|boards|board's|ambulance)\b", re.I)
_DIALLED = compile_re(r"\b(?:dial(?:l?ed|l?ing)?|call(?:ed|ing)?|text(?:ed|ing)?|ring(?:ing)?|rang)\s+$", re.I)
_SERVICE_NUMBERS = frozenset(("911", "999", "111", "112", "311", "000", "101", "211", "988"))


def is_service_line(text: str, sp: NumberSpan) -> bool:
    """Whether `sp` is the number of a service line, a name ("911 calls" are emergency calls, not 911 of them)."""
    return sp.text[:3] in _SERVICE_NUMBERS and (sp.text == sp.text[:3] or not sp.text[3].isalnum() and sp.text[3] not in ".,%") \
        and (_SERVICE_LINE.match(text, sp.start + 3) is not None or _DIALLED.search(text, max(0, sp.start - 12), sp.start) is not None)

# A document's own parts and forms, numbered in decimals too: "Table 2.1 summarizes", "Form 10-K".
_DOCUMENT_PART = compile_re(r"\b(?:Table|Figure|Fig\.|Chart|Exhibit|Appendix|Annex|Schedule|Item|Note|Form|Section|Chapter) $")
# A download's file format before its size: "(PDF, 3.1 MB)", "[DOCX 120KB]" describes a link, no fact of the page.
_FILE_FORMAT = compile_re(r"\b(?:PDF|DOCX?|XLSX?|CSV|ODS|ODT|PPTX?|ZIP|RTF|TXT|EPUB|JPE?G|PNG|MP[34])[,:]?\s*$", re.I)
# A law's code or a court's reports after their volume, a docket's office and year before its kind.
_LAW_REPORT = compile_re(r"\s?(?:U\.\s?S\.|F\.\s?(?:\d?d|Supp|App)|S\.\s?Ct\.|L\.\s?Ed|A\.\dd|P\.\dd|N\.[EW]\.\dd)"
                         r"|-(?:cv|cr|mj|md|bk|ap)-\d", re.I)
# A clock's time and its zone: "1000 AM CDT", "400 PM", "1500 UTC" (an advisory's times) are no figures.
_MONTH_BEFORE = compile_re(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? $")
_MONTH_AFTER = compile_re(r" (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)(?:[a-z]*\b|\.)")  # ("from 1 April 2025")
_CLOCK = frozenset("AM PM UTC GMT EST EDT CST CDT MST MDT PST PDT BST CET CEST IST JST".split())


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


def _off_telephones(text: str, phones: list[tuple[int, int]]) -> Iterator[re.Match[str]]:
    """The matches of the figure grammar in `text` outside its telephone numbers `phones`."""
    return (m for m in EN_FIGURE_RE.finditer(text) if not any(a <= m.start() < b for a, b in phones))


def _day_of_month(text: str, m: re.Match) -> bool:
    """Whether the number `m` is a day beside its month: "its March 18 meeting", "on Sept 30", "from 1 April 2025"."""
    return (_MONTH_BEFORE.search(text, max(0, m.start() - 11), m.start()) is not None
            or _MONTH_AFTER.match(text, m.end()) is not None) \
        and not (m.group("cur") or m.group("pct") or m.group("scale") or m.group("dec")) \
        and m.group("num").isdigit() and 1 <= int(m.group("num")) <= 31


def _download_size(text: str, m: re.Match) -> bool:
    """Whether `m` is the size of a file to download, written after its format: "(PDF, 3.1 MB)"."""
    return m.group("word") in ("KB", "kB", "MB", "GB") and _FILE_FORMAT.search(text, max(0, m.start() - 8), m.start()) is not None


def _counted_doing(text: str, m: re.Match) -> bool:
    """Whether the number `m`, a verb's past (or another of _NOT_WHAT_IS_COUNTED's words) after it, counts the things that did it
    ("21,289 operated", "Of these, 29,880 received"), not a number of a name ("Stormhollow 3 launched")."""
    return "," in m.group("num") or not _NAME_WORD_BEFORE.search(text, max(0, m.start() - 30), m.start())


def find_numbers_en(text: str) -> list[NumberSpan]:
    """All figure spans in an English sentence."""
    out: list[NumberSpan] = []
    row = (r := EN_TABLE_ROW.fullmatch(text.strip())) is not None and not NOT_A_VALUE_LABEL.search(
        r["label"].rstrip(": "))
    phones = phones_in(text)
    for m in _off_telephones(text, phones):
        spread = text[max(0, m.start() - 2) : m.start()].strip() == "±"
        if (after := _SPREAD_OR_CONFIDENCE.match(text, m.end())) or spread:
            # "95% CI", "6.1 ± 9.4 mmHg": a confidence level and a standard deviation are no facts
            # reported; the mean before the ± is, in the unit written after the spread
            if after and not spread and (sd := _SPREAD.match(text, m.end())) and not m.group("word") \
                    and not m.group("pct"):
                out.append(_mean(text, m, sd))
            continue
        if not (m.group("cur") or m.group("pct")) and (_DOCUMENT_PART.search(text, max(0, m.start() - 9), m.start())
                                                       or _LAW_REPORT.match(text, m.end("num")) or _download_size(text, m)):
            continue  # (a citation: "42 U.S.C. § 1983", "436 U.S. 658", "630 F.3d 805", "2:21-cv-01187"; a file's size)
        word = m.group("word")
        if word in _CLOCK or _day_of_month(text, m):
            continue  # a clock's time, or a day of a month
        # (not counted, but a count still: "94% of the 1,180 planned", "104.5% of the 40,000 target")
        planned = word in _PLAN_PARTICIPLES or word in ("target", "goal", "budget")
        did = word is not None and _NOT_WHAT_IS_COUNTED.fullmatch(word) is not None  # (an adjective or a verb says not what is counted)
        word = None if word and (planned or did or _ADJECTIVE.fullmatch(word)) else word
        if not (m.group("cur") or m.group("pct") or m.group("scale") or word or row or planned or did and _counted_doing(text, m)) \
                and not is_bare_value(text, m, out[-1].end if out else None) and not _alone_in_cell(text, m):
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
        if b in ("-", "−", "+") and text[max(0, start - 2) : start - 1] in ("", " ", "(", "\t"):
            start, b = start - 1, ""  # a sign: "Vehicles $9.4bn $9.1bn -3.2%", "Germany (+18%)"
        if b and (b.isalnum() or b in "-/" and text[max(0, start - 3) : start] not in ("MW/", "GW/", "kW/")  # ("100 MW/400 MWh")
                  or b == "–" and len(whole) == 2 and text[max(0, start - 5) : start - 1].isdigit()) \
                and not (b == "-" and text[max(0, m.start() - 2) : m.start() - 1] in _RANGE_END
                         and (m.group("pct") or m.group("cur") or m.group("scale") or _is_range_upper(text, m.start() - 1))):
            continue  # ("2021–22": a year's end; but "4.25%-4.50%", "3-4 inches" are ranges: the second end is a figure too)
        if not (m.group("cur") or m.group("pct") or m.group("scale") or "," in m.group("num") or m.group("dec")) and (
                NAME_BEFORE.search(text, max(0, m.start() - 12), m.start())
                or NUMBERED_NAME.search(text, max(0, m.start() - 30), m.start())):
            continue  # "the S&P 500 index", "FTSE 100", "Scope 1 and 2 emissions": a number inside a name
        value, unit = _en_value(m)
        end = m.start("word") + 3 if unit == "mph" else m.end()  # (a speed class's things are not its unit: "20 mph zones")
        if m.group("cur") and m.group("word") or m.group("word") and not word:
            # "$1.5 billion project": the currency is the unit, not the noun (its end where its text ends)
            end, unit = len(text[: m.start("word")].rstrip()), unit if m.group("cur") or m.group("pct") else ""
        if m.group("scale") == "m" and not m.group("cur") and _METRES_AFTER.match(text, m.end("scale")):
            # a length in metres, not millions: "22m at 4.8 g/t gold", "600m north of the pit", "a wall 12m high"
            end, value, unit = m.end("scale"), float(whole + (m.group("dec") or "")), "m"
        value = -value if start < m.start() and text[start] != "+" else value  # (the minus sign taken above)
        if text[start - 1 : start] == "(" and text.startswith(")%", end):
            # "(1.9)%": a negative percentage, as an accountant writes it
            start, end, value, unit = start - 1, end + 2, -value, "%"
        elif text[start - 1 : start] == "(" and text.startswith(")", end) and _alone_in_cell(text, m):
            start, end, value = start - 1, end + 1, -value  # "| (131.5) |": a negative, as an accountant writes it
        out.append(NumberSpan(start, end, text[start:end], value, unit))
    out = _range_lower_ends(text, out) if "–" in text or "-" in text or " to " in text or "between" in text else out
    spans = _per_base(text, _with_words_and_times(text, out))
    # (a line to call: its times are its opening hours, "01632 960 772 (24 hours)")
    return [sp for sp in spans if sp.unit not in TIME_UNITS] if phones and is_contact_line(text) else spans


def _with_words_and_times(text: str, out: list[NumberSpan]) -> list[NumberSpan]:
    """`out` with the numbers in words where no number in digits stands ("the third-highest rate", "two-thirds of …"),
    a time measured with its unit from a bare number ("up from 41 weeks") or a longer reading ("10 working days"), and a
    time in two units as one figure."""
    times = times_read(text)
    out = [s for s in out if not any(t.start == s.start and (not s.unit or t.end > s.end) for t in times)] if times else out
    if in_words := [w for w in ranks(text) + words(text) + times
                    if not any(s.start < w.end and w.start < s.end for s in out)]:
        out = sorted(out + in_words, key=lambda s: s.start)
    return minutes_seconds(text, out) if MINUTES_SECONDS.search(text) else out


# The base a count of things is a rate per: "78.6 crimes per 1,000 residents", "4.1 deaths per 100,000 population".
_PER_BASE = compile_re(rf"\s+per\s+{_BASE_NUMBER}\s[a-z]{{2,20}}(?:{_BASE_PLURAL}\b)?")  # ("per 100 million vehicle miles")


def _per_base(text: str, spans: list[NumberSpan]) -> list[NumberSpan]:
    """`spans` with a count of things read with the base it is a rate per, one figure in the unit "crimes per 1,000
    residents" (the number's value unchanged)."""
    if " per " not in text:
        return spans
    out = []
    for sp in spans:
        if sp.unit and sp.unit[-1:] == "s" and sp.unit.islower() and (base := _PER_BASE.match(text, sp.end)):
            sp = NumberSpan(sp.start, base.end(), text[sp.start : base.end()], sp.value, f"{sp.unit} {' '.join(base.group().split())}")
        out.append(sp)
    return out


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
            if lower.value is not None and upper.value is not None and scale > 1 and lower.value < upper.value / scale:
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
