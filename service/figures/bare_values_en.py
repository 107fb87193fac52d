"""English numbers written without a unit that are figures all the same: a value a verb or a label makes one ("Traffic
deaths rose to 4,285", "Closed sales ........ 1,264"), a level a change came from, the subject of a verb ("19 were
injured"), a part of a whole ("31 of its 54 projects"), and the values of a table's row flattened to a line. The number
grammar (numbers_en) asks `is_bare_value` of each number it finds with no unit."""

from __future__ import annotations

import re

from ..re_cache import compile_re
from .times_en import RATE
from .words_en import BRACKET_LABEL, COUNT_ALTERNATIVES, ELIDED_NOUN_AFTER

# Words after a number that are no noun it counts (numbers_en reads the same words: "3,000 jobs", not "3,000 and").
EN_STOP = ("and|or|to|of|in|on|at|by|the|a|an|from|for|with|as|is|was|were|are|per|than|that|which|who|whom|whose|"
           "year|years|month|months|week|weeks|day|days|hour|hours|minute|minutes|decade|decades|"
           "percent|this|last|next|over|under|more|less|fewer|times|now|"
           "across|towards|plus|thus|perhaps|always|besides|has|does|its|unless|whereas|nevertheless|"
           "despite|among|between|within|after|before|during|against|without|via|beyond|including|following|"
           "amid|toward|through|into|onto|upon|about|around|while|when|where|if|but|so|because|since|until|"
           "compared|versus|vs|each|every|all|only|just|also|still|even|ago|earlier|later|higher|lower|up|down|above|below|"
           "behind|ahead|again|"
            # verbs after a number that ends a name ("AeroBuds Pro 2 will ship", "Windows 11 includes")
           "will|would|can|could|may|might|should|must|shall|be|been|had|have|do|did|include|includes|included|"
           "remains|comes|goes|gets|makes|takes|came|went|became|said|"
            # a statute's sections and a paper's authors: "§ 12-820 et seq.", "Smith et al."
           "et|seq|al")


# A number without a unit is a figure when a verb makes it the value of what comes before: "Traffic deaths rose
# to 4,285", "the index stood at 1,160", "a national average of 1.26".
_BARE_VALUE_AFTER = compile_re(
    r"(?:\b(?:rose|risen|rise|grew|grown|grow|increased|increase|climbed|jumped|surged|soared|fell|fallen|fall|dropped|declined|decreased|"
    r"slipped|slid|eased|rebounded)\s+(?:to|by)|\b(?:reached|reaches|totall?ed|totals|hit|hits)"
    r"|\bnumbered|\bdisposed of|\b(?:an? )?(?:increase|decrease|rise|fall|drop|gain|reduction|net change) of"
    r"|\bnumber of\b[^.;:()]{0,80}?\b(?:was|were|is|are|stood at|rose to|fell to|reached|totall?ed)"
    r"|\b(?:almost |virtually |broadly )?(?:unchanged|steady|stable|flat) at"  # ("numbered 14,960", "unchanged at 107,550")
    r"|\b(?:stood|stands|remained|remains|was|is|closed|ended|finished|settled|opened)"
    r"(?: the (?:year|quarter|month|week|day|session|period))? at|%\s+at"
    r"|(?:\bpoints?|%|\bper ?cent)\s+(?:to|from)"  # "fell 300 points to 42,100", "up 13.7% from 2,694": the levels of a change
    r"|\b(?:average|total|tally|count|population|target|goal|benchmark|baseline|intake|audience|crowd|peak|plan|commitment) of|\baccounted for|\bof which|\baverag(?:ed|es)|\bpopulation (?:was |is )?estimated at"
    # a change and the level it came from: "up 3,900, or 1.8%", "fell from 141", "compared with 355 in 2024"
    r"|\b(?:up|down)(?: by)?|\b(?:rose|rises?|grew|grows?|increase[sd]?|fell|falls?|dropped|drops?|declined?|declines"
    r"|decrease[sd]?|down|up|doubled|tripled|halved) from"
    r"|\bcompared (?:with|to)|, from|\brevised(?: (?:up|down)(?:wards?)?)?(?: by [\d,.]+%?)? to"  # ("revised to 150,560 from the 150,420")
    r"|\b(?:more|fewer|less|higher|lower|greater) than the"  # (the level compared with: "3.4% more than the 3,912 of 2023/24")
    # a verb of change, its object, then the level: "reduced the number of households … to 118",
    # "bringing total employment in agency-supported firms to 18,930", "aims to lift it to 72"
    r"|\b(?:reduc|rais|lift|increas|lower|cut|bring|brought|boost|expand|grow|grew|taking|pushing|rose|risen|fell|fallen"
    # (the gap may hold numbers: "fell by nearly a fifth (19.4%) to 11,260", "increased from 2,410 to 2,795")
    r"|dropped|declined|decreased|climbed|jumped|slipped|doubl|tripl|halv)[a-z]*\b(?:[^.;:,!?]|[.,](?=\d)){0,60}? to"
    r"|\b(?:rose|fell|grew|dropped|declined|increased|decreased)\b[^.;:!?]{0,60}?, to"  # ("fell for the first time in six years, to 1,962")
    r"|\b(?:rose|fell|grew|dropped|declined|increased|decreased|doubled|tripled|halved|up|down)\b[^.;:!?]{0,40}?\bfrom\s+[$€£¥]?\d[\d,.]*%?\s+to"  # (", from 2,800 to 2,184")
    r"|\bfrom\s+[$€£¥]?\d[\d,.]*%?(?:\s+(?-i:[a-z]+)){1,3}\s+to"  # (its unit written once: "from 9 working days today to 5")
    # the level a change came from, after the level it went to: "fell to 17 in the half-year from 29"
    rf"|\bto\s+(?:\d[\d,.]*%?|(?i:{COUNT_ALTERNATIVES}))[^.;:!?]{{0,40}}?\bfrom"  # (or in words: "fell to nine from 15")
    r"|\ba further|\b(?:reach|pass|hit|exceed|top)|\b(?:previous|last|prior) (?:year|month|quarter)'s|\bof whom"  # ("a further 2,400 are planned", "expects calls to reach 70")
    r"|\b(?:peaked|bottomed out|troughed|capped|levelled off|leveled off) at"
    r"|\b(?:throughput|capacity|turnover|attendance|enrol{1,2}ment|ridership|headcount|workforce|caseload|backlog"
    r"|footfall|membership|output|strength) of"
    # a rate, a ratio or a score stated (its short name between: "injury frequency rate (TRIFR) of 3.1"); things of about so
    # many ("vessel arrivals of about 5,600": a plural noun, then a word of how many)
    r"|\b(?:rate|ratio|score|index)(?:\s+\([A-Z][A-Za-z&]{1,9}\))? of"
    r"|\b[a-z]{3,}s of(?= (?:about|around|nearly|almost|roughly|some|an estimated|approximately) ))"
    r"\s+(?:about |around |nearly |almost |roughly |some |more than |over |just over |a record |an estimated "
    r"|no more than |no fewer than |fewer than |less than |below |under |at least |at most )?\+?$",  # ("cut … to no more than 430", "to +41")
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
_OF_WHICH = compile_re(r"\bof (?:which|whom)\b")  # ("…, of which 3,320 were private homes and 992 were affordable homes")
# Things of a named kind counted: "11,870 Safe and Well visits", "9 Blue Flag beaches", "48 First Homes sold".
_NAMED_KIND_COUNTED = compile_re(r"\s+(?:[A-Z][a-z]+\s+(?:(?:and|&|of)\s+)?){1,3}(?:[a-z]{3,}s|Homes)\b")
# A count whose noun a coordinated clause leaves out: "We opened 9 stores and closed 4 during the quarter".
_ELIDED_BEFORE = compile_re(r"\band\s+[a-z]{3,}ed\s+$")
_ELIDED_AFTER = compile_re(ELIDED_NOUN_AFTER)
# A count the subject of a verb in the passive: "19 were injured", "12 were arrested".
_PASSIVE_AFTER = compile_re(r"\s+(?:were|was|have been|had been)\s+(?:also\s+)?[a-z]{3,}(?:ed|en)\b")
AGED = compile_re(r"\baged\s+(?:between\s+|under\s+|over\s+|\d{1,3}\s+(?:to|and)\s+)?$")  # (an age names a group)
_COPULA_BEFORE = compile_re(r"(?<!there )(?<!There )\b(?:was|were|is|are)\s+(?:now |about |around |nearly |almost |roughly |some )?$")
# The rest of a batch, its first or its last, counted as a verb's subject.
_THE_REST_BEFORE = compile_re(r"\b(?:[Tt]he|its|their|our) (?:remaining|other|last|final|first)\s+$")
_CLAUSE_SUBJECT = compile_re(r"\s+(?:\([^()]{1,24}\)\s+)?(?:were|are|was|is|came|come|had|have|went|remain|remained)\b")  # ("41,300 (27.8%) were")


# A dashboard's label and its value: "Customers with ARR above $100K: 1,870, +22% YoY" (not a phone
# number, a page or a version: "Tel: 555 0142").
# What sets a value apart from its label: a colon, or the leader dots of a report's table
# ("Closed sales ........ 1,264").
LEADER = r"\s*(?:\.\s?){3,}\s*|\s*…+\s*"
LABEL_SEPARATOR = rf"(?::\s*|{LEADER})"
# (six words at most, and an aside or its short name in brackets, "Killed or seriously injured (KSI): 443", "Staff (average
# number employed): 412"; or a year, a series' label,
# "2023/24: 1,469"; or a band of ages or sizes, "25 to 49: 3,910", "65+: 720")
_LABEL_BEFORE = compile_re(rf"\s*(?P<label>[A-Za-z][^:\s(.]*(?: [^:\s(.]+){{0,5}}(?: \([^():]{{1,60}}\))?|(?:FY\s?)?(?:19|20)\d\d(?:[/-]\d\d)?|\d{{1,3}}"
                           rf"(?:\s?(?:to|-|–)\s?\d{{1,3}}|\+|\s(?:and|or) (?:over|above|under|older|more))){LABEL_SEPARATOR}")
NOT_A_VALUE_LABEL = compile_re(r"\b(?i:phone|tel|fax|zip|postcode|code|id|no|number|page|version|chapter|section|ext|"
                                r"room|box|suite|ref|case|item)\.?\s*$")


# A number whose noun and verb a list leaves out, after a figure of the same sentence: "Dogs made up 1,962 of the
# animals received, cats 1,204 and other animals 252", "followed by cattle with 1,140, poultry with 620",
# "431 were for social rent, 147 for affordable rent and 106 for shared ownership", "Hartleigh Fields (4,200 trees),
# Cobb Lane (2,900)". What stands between them: the first figure's own words, a comma or "and", at most four words
# naming the next member, and "with", "for" or a bracket.
_GAPPED_BEFORE = compile_re(r"(?:[^,;:.!?\d]|(?<!\d)(?:19|20)\d\d(?!\d)){0,60}?(?:,\s*(?:and\s+)?|\s+and\s+)(?P<member>(?:[A-Za-z][\w'’–-]*\s+){0,4}?)"
                            r"(?:(?:with|for)\s+|\()?")
# (not a bound of a class: "all retailers with 100 or more employees")
# (nor a range's lower end, whose unit is its upper end's: "between 2,350 and 2,500 homes")
_GAPPED_AFTER = compile_re(r"\s*(?:[,;)]|\.(?!\d)|$)|\s+(?:for|by|in|on|from|because|owned|at|were|was|with)\b"
                           r"|\s+(?:and|to)\b(?!\s+(?:about\s+|around\s+)?[$€£¥]?\d)"
                           r"|\s+or\b(?!\s+(?:more|fewer|less|over|above|under|older|younger)\b)")


def _gapped(text: str, earlier_end: int, start: int, end: int) -> re.Match[str] | None:
    """What stands between a left-out list member text[start:end] and the figure before it, ending at `earlier_end`."""
    if earlier_end > start or _GAPPED_AFTER.match(text, end) is None:
        return None
    return _GAPPED_BEFORE.fullmatch(text, earlier_end, start)


def is_gapped_value(text: str, earlier_end: int, start: int, end: int) -> bool:
    """Whether the bare number text[start:end] is a member of a list whose member before it, a figure, ends at
    `earlier_end`."""
    return _gapped(text, earlier_end, start, end) is not None


_STOP_WORDS = frozenset(EN_STOP.split("|"))
# (a verb's words name no member: "and closed 7", "sent 52", "Saturday ridership averaged 142,800", "a further 84")
_VERB_LIKE = compile_re(r"[a-z]+(?:ed|ing)|further|more|fewer|less|another|sent|took|won|lost|drew|rose|fell|grew|made|paid"
                        r"|sold|spent|gave|saw|met|kept|past|hit|cut|set|put")
_LEAD = compile_re(r"^(?:(?:followed by|then|and|the|a|an|our|its|their)\s+){0,2}", re.I)  # (up to two: "and the studio")


def gapped_member(text: str, earlier_end: int, start: int, end: int) -> str:
    """The words that name a left-out list member's own part ("cats" in "…, cats 1,204", "poultry" in "poultry with 620",
    "Cobb Lane" in "Cobb Lane (2,900)"), or '' when none do (", 147 for affordable rent": its words come after it)."""
    if (gap := _gapped(text, earlier_end, start, end)) is None:
        return ""
    words = _LEAD.sub("", gap["member"].strip())
    return words if words and not any(w.lower() in _STOP_WORDS or _VERB_LIKE.fullmatch(w) for w in words.split()) else ""


def is_bare_value(text: str, m: re.Match, earlier_end: int | None = None) -> bool:
    """Whether the number `m`, written with no unit, is a figure; `earlier_end`: where the sentence's figure before it
    ends."""
    end = m.end("dec") if m.group("dec") else m.end("num")
    after = text[end:][:1]
    if after and (after.isalnum() or after in "-/:") or m.group("num").startswith("0") and len(m.group("num")) > 1:
        return False  # (a leading zero writes a code: "0142"; "0.71" is a decimal)
    if (label := _LABEL_BEFORE.fullmatch(text, 0, m.start())) and not NOT_A_VALUE_LABEL.search(label["label"]) \
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
        or bool(_COMPARED_OR_PART.match(text, end)) or bool(_PASSIVE_AFTER.match(text, end)) or bool(_WHO_AFTER.match(text, end)) \
        or bool(_GAP_AFTER.match(text, end)) \
        or bool(not m.group("dec") and text[: m.start()].strip() and _NAMED_KIND_COUNTED.match(text, end)) \
        or bool(_ELIDED_BEFORE.search(text, max(0, m.start() - 24), m.start()) and _ELIDED_AFTER.match(text, end)) \
        or bool(_CLAUSE_SUBJECT.match(text, end) and (_OF_THE_WHOLE.match(text) or _OF_WHICH.search(text, 0, m.start()))
                and re.search(r"(?:^|,|\band)\s*$", text[max(0, m.start() - 6) : m.start()])) \
        or bool((not text[: m.start()].strip() or _THE_REST_BEFORE.search(text, max(0, m.start() - 16), m.start()))
                and _CLAUSE_SUBJECT.match(text, end)) \
        or earlier_end is not None and is_gapped_value(text, earlier_end, m.start(), end) \
        or earlier_end is not None and _THINGS_COUNTED_EARLIER.search(text, 0, m.start()) is not None \
        and _CLAUSE_SUBJECT.match(text, end) is not None and _CLAUSE_OPENS.search(text, max(0, m.start() - 6), m.start()) is not None \
        or is_elided_count(text, m, earlier_end)
    # (the last three: an item, "2,918 were fires;"; the rest, "The remaining 22 are"; a list's member; and more of the
    # things counted before, each a clause's subject: "29 proposals have been delivered in full, 10 are on track and 7 are
    # rated red")


def is_elided_count(text: str, m: re.Match, earlier_end: int | None) -> bool:
    """Whether the number `m`, written with no unit, counts the things counted before it, their noun left out: the
    object of a verb of its own at its clause's end ("612,000 visits, and the Art Gallery received 398,000."), or the
    subject of one set apart by commas ("Almost two-thirds of them, 31,200, were found …", "Of these, 301, or 78%, were
    …")."""
    if m.group("dec"):
        return False
    end = m.end("num")
    if text[max(0, m.start() - 2) : m.start()] == ", " and _APPOSED_SUBJECT.match(text, end) is not None:
        return earlier_end is not None or _OF_THESE_OPENING.match(text) is not None
    return earlier_end is not None and "," in m.group("num") and _THINGS_COUNTED_EARLIER.search(text, 0, m.start()) is not None \
        and _VERB_BEFORE.search(text, max(0, m.start() - 30), m.start()) is not None and _CLAUSE_END_AFTER.match(text, end) is not None


# A verb of its own before a count whose noun is left out ("and the Lanthorn Art Gallery received 398,000"), the end of
# its clause after it, a count set apart as a clause's subject, and a sentence that opens on the whole it is part of.
ELIDED_COUNT_VERB = r"[a-z]{3,}ed|drew|saw|won|sold|took|made"  # (referents_en names the count by the same verbs)
_VERB_BEFORE = compile_re(rf"\b(?:{ELIDED_COUNT_VERB})\s+(?:about |around |nearly |almost |some |over "
                          r"|more than |a further |another )?$")
_CLAUSE_END_AFTER = compile_re(r"\s*(?:[.;]|,\s+(?:and|while|but)\b|$)")
_APPOSED_SUBJECT = compile_re(r"(?:,\s+or\s+(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+)?\d[\d.]*%)?,\s+(?:were|are|was|is|had|have)\b")
_OF_THESE_OPENING = compile_re(r"\s*Of (?:these|those|them|the)\b")


# A count of things earlier in the sentence ("29 proposals"), whose bare counts after it may each open a clause.
_THINGS_COUNTED_EARLIER = compile_re(r"\d[\d,]*\s+(?:[a-z-]+\s+){0,3}[a-z]+[^s\W]s\b")
_CLAUSE_OPENS = compile_re(r"(?:,|\band)\s*$")


# A gap from a reference: "still 1,430 above the December plan", "41,000 below its peak".
_GAP_AFTER = compile_re(r"\s+(?:above|below|ahead\s+of|behind|short\s+of)\s+(?:the|its|our|their|his|her|a|an|this|last)\b")

# People counted by what they did: "Of the 9,640 who did so this year".
_WHO_AFTER = compile_re(r"\s+who\s+(?:also\s+)?(?:had\s+|have\s+|were\s+|was\s+)?[a-z]{2,}")

# The year before, named: a figure in brackets after it is that year's ("than a year ago (68,900)", "the
# previous year (8,215)"): a figure here, the comparison in kinds_en.
EARLIER_YEAR = r"(?:a year (?:ago|earlier)|last (?:year|season)|(?:the )?(?:previous|prior) (?:year|season)|the year before)"
_EARLIER_TIME_BEFORE = compile_re(rf"\b{EARLIER_YEAR}\s*\($", re.I)

# A part of a whole counted after it: "31 of its 54 projects", "19 of the region's 23 councils" (a count of things, not
# "6 of 7 at call to order"); or named in the plural: "38 of our members", "402 of the openings".
_PART_OF = compile_re(r"\s+of\s+(?:the\s+|its\s+|their\s+|our\s+)?(?:[A-Za-z-]+(?:'s|’s|s'|s’)\s+)?\d[\d,]*"
                      rf"\s+(?:(?!(?:{EN_STOP})\b)(?:[a-z]{{3,}}|[A-Z][A-Za-z]*[a-z]?s\b)|(?:days|weeks|months|hours)\b)"
                      r"|\s+of\s+(?:our|its|their|the|all)\s+(?:[a-z-]+(?:'s|’s)?\s+){0,2}?"
                      r"(?:[a-z]{3,}(?<!s)s|staff|people|children|personnel)\b(?!\s+(?:of|to)\b)"  # ("14 of our seasonal staff")
                      # (or of a whole named before: "1,150 of those places", "21,300 of those receiving a loan")
                      r"|\s+of\s+(?:these|those)\b(?!\s+(?:years?|months?|weeks?|days?)\b)")


# A row of a table flattened to a line: a label, then two or more values ("Customer complaints 4,120 3,480", "Non-revenue
# water 17.2% 15.9%"). Its values are figures of the label, units or not. (A negative in brackets: "(1.9)%".)
EN_TABLE_ROW = compile_re(  # (the label may hold an aside in brackets: "Street reconstruction (62 lane-miles)")
    r"(?P<label>[A-Za-z](?:[^\d\n(]|\([^)\n]{0,40}\)){1,80}?)(?:\s+[-–+(]?[$€£¥]?\d[\d,]*(?:\.\d+)?\)?"
    r"(?:%|bn|mn|[kmbKMB]|\s(?:million|billion))?){2,12}")
