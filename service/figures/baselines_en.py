"""English baselines: the figure of an earlier time, or of a benchmark, that a sentence compares a result
with ("up from 19.8%", "compared with $480 million a year earlier", "(2023/24: £12.1m)", "beating forecasts
of a 0.4% rise"). Such a figure is the comparison (`other`); `kinds_en` reads it first. The Chinese ones are
in `baselines.py`."""

from __future__ import annotations

import re

from ..re_cache import compile_re
from .bare_values_en import EARLIER_YEAR
from .decision import Decision
from .spans import NumberSpan
from .words_en import LABELLED_PERIOD

# The base a change is measured from: "up from 19.8%", "compared with $480 million a year earlier",
# "from a previous range of $4.9 billion",
# "rose from $1 billion to $2 billion" (the first). It is the earlier period's value.
# So is what a result is measured against: "beating economists' forecasts of a 0.4% rise".
EN_BASELINE = compile_re(
    # (a record or a level of an earlier time, named: "beating the previous record of 37.1 °C", "the pre-pandemic total of
    # 146.2 million", "an all-time peak of 41,200 MW")
    r"\b(?:the|its|their|our|an?)\s+(?:[\w/–-]+\s+){0,2}?(?:previous|prior|pre-pandemic|pre-covid|all-time|former)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:record|peak|high|low|level|total|figure|best)\s+(?:of|at)\s+"
    # ("compared with a peak of …", "below the 2022/23 baseline of 11,240 offences")
    r"|\b(?:(?:compared (?:with|to)|versus|vs\.?|against|above|below|than)\s+(?:an?|the|its|their|our)\s+(?:[\w/–'’-]+\s+){0,4}(?:of|at)\s+"
    # ("halving road deaths from the 2021 baseline of 558", "a 45% cut … from the 2019 level of 71.0 grams")
    r"|(?:from|on|over)\s+(?:the|its|their|our)\s+(?:[\w/–-]+\s+){0,2}(?:baseline|level|peak|high|low)\s+(?:of|at)\s+"
    r"|(?:from|compared (?:with|to)|versus|vs\.?|against)\s+(?:(?:an?|the|its|their|our)\s+(?:(?:previous|prior|earlier)"
    r"\s+\w+(?:\s+range)?|(?:pre-pandemic\s+)?(?:peak|high|record(?:\s+high)?))\s+of\s+)?"  # ("from a peak of $53.5 billion")
    r"|(?:forecasts?|expectations?|estimates?|consensus)\s+(?:of|for)\s+(?:an?\s+)?|consensus\s+(?:an?\s+)?"
    r"|(?:more|fewer|less|higher|lower|greater|smaller|larger) than\s+the\s+"  # ("more than 14,000" is a bound)
    r"|\b(?:above|below|beat|beating|missed|missing|exceeded|exceeding|topped|topping)\s+(?:the|an?)\s+"
    # ("from the current 4.5%", "an increase of £57 on the current cap of £1,755", "compared with the A$455 million")
    r"|(?:above|below|than|from|on)\s+(?:the|its|their)\s+(?:current|present)\s+(?:[a-z-]+\s+){0,2}?(?:(?:of|at)\s+)?"
    r"|\bcompared (?:with|to)\s+the\s+(?=(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|some\s+)?(?:[$€£¥]|[A-Z]{1,2}\$)?$)"
    r"|(?<=\()\s*(?:prior|previous|previously|was)\s*:?\s*"
    r"|\b(?:an?\s+)?(?:improvement|deterioration)\s+(?:on|from)\s+(?:the\s+)?"  # ("an improvement on 84.9% the previous year")
    r"|\b(?:on|from|than|with|below|above)\s+(?:the\s+)?(?:prior|previous|last)\s+(?:year|quarter|half|period)['’]s\s+"  # ("on the prior year's £2.71 billion")
    # ("up 14.8% on ₹12,143 crore in the same period", "revised to 4.8% from the 4.9% first published")
    # ("down 2.6% from the $4.23 billion recorded in fiscal 2024")
    r"|\b(?:up|down)\s+\d[\d.,]*\s?(?:%|per\s?cent|percentage points?)\s+(?:on|from)\s+(?:the\s+)?"
    # ("18.4 days, well down on 24.6 days in 2023/24", "£4.1m, up on £3.8m"; after the result's comma: not "panels went up
    # on a dozen schools")
    r"|(?<=, )(?:(?:well|sharply|slightly|just|significantly)\s+)?(?:up|down)\s+on\s+(?:the\s+)?"
    r"|\brevised\s+(?:(?:up|down)(?:wards?)?\s+)?to\s+\S+\s+from\s+(?:the\s+)?"
    # a time before, recalled: "the highest since February 2024, when it stood at 4.6%"; "after falling 1.5% in
    # the 12 months to August"
    r"|,\s*when\s+(?:it|they|the\s+(?:[\w-]+\s+){0,2}?[\w-]+)\s+(?:stood at|was|were|reached|peaked at|hit|had been|averaged)\s+"
    # ("4.6% more than last year, when 2,18,590 cases were filed", "30% higher than in 2019, when 3,782 people")
    # (a norm of many years: "the long-term average of 71 mm", "the seasonal norm of 183 millimetres", "the 1991–2020 average of 9.6 °C")
    # (and a month's: "less than half the August average of 68mm")
    r"|\b(?:long[- ]term|long[- ]run|\d+-year|five-year|ten-year|seasonal|historical|(?:19|20)\d\d[–-](?:19|20)\d\d"
    r"|(?<=the )(?:January|February|March|April|May|June|July|August|September|October|November|December))\s+"
    r"(?:average|norm|mean)\s+(?:for\s+[^,;]{0,24}?\s+)?(?:of|was|is|at)\s+"
    # ("last reported a larger surplus in 2019–20, when it recorded £17.2 million", "remains 2018, when we picked 534
    # tonnes": what that earlier year's clause counts)
    r"|(?:\b(?:19|20)\d\d(?:[/–-]\d\d)?|\blast year|\ba year (?:earlier|ago)|\b(?:the\s+)?(?:previous|prior) year|\bthe year before),"
    r"\s*when\s+(?:(?:it|they|we|the\s+(?:[\w-]+\s+){0,2}?[\w-]+)\s+[a-z]+\s+(?:[a-z]+\s+)?)?"
    r"|\bafter\s+(?:falling|rising|growing|increasing|decreasing|dropping|declining|climbing|easing|"
    r"an?\s+(?:fall|rise|drop|increase|decrease|decline)\s+of)\s+(?:by\s+)?"
    # ("(Q3 2024: £789.0 million)", "(2023/24: £12.1m)", "(FY2024: $3.2bn)": the same figure a period before)
    # ("(H1 FY25: down 1.4%)", "(Jun Q: A$2,930/oz)": a change, or a quarter named by its month)
    r"|(?<=\()\s*(?:(?:(?:Q[1-4]|H[12]|FY|9M|first half|second half|full year)\s*)?(?:(?:19|20)\d\d(?:[/–-]\d\d)?|FY\s?\d\d)"
    r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(?:Q|quarter)(?:\s+(?:19|20)\d\d)?)\s*:\s*"
    r"(?:(?:up|down)\s+)?"
    r"|(?<=\()\s*(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"last year|prior year|previous year|a year earlier|first estimate|previous estimate)\s*:\s*(?:an?\s+(?:fall|rise|drop|"
    r"increase|decrease)\s+of\s+)?"
    # ("(January–October 2024: 84.1%)", "(summer 2024: 3.67m)", "(29 March 2025: £201.4m)": any period of a year)
    r"|(?<=\()" + LABELLED_PERIOD + r"(?:(?:up|down)\s+)?"
    # ("up 7.2% on October 2024 (2.65 million)", "19% more than in the third quarter of 2024 (548,900 MWh)")
    r"|\b(?:on|than|from|versus|vs\.?|compared (?:with|to)|against)\s+(?:in\s+)?(?:the\s+)?[^(),;]{0,30}?"
    r"\b(?:19|20)\d\d(?:[/-]\d\d)?\s*\(\s*"
    # ("higher than a year ago (68,900)", "5% more than the previous year (8,215)": the time named, its figure)
    rf"|\b{EARLIER_YEAR}\s*\(\s*"
    # ("up 6% on the June quarter (111.5koz)": the earlier period named, its figure in brackets)
    r"|\b(?:on|from|than|versus|vs\.?|compared (?:with|to))\s+(?:the\s+)?(?:(?:previous|prior|last|(?:Jan|Febr)uary|March|"
    r"April|May|June|July|August|September|October|November|December)\s+(?:quarter|half|year|month)|(?:Q[1-4]|H[12])"
    r"(?:\s+FY\s?\d\d|\s+(?:19|20)\d\d)?)\s*\(\s*)"
    r"(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|some\s+)?(?:[$€£¥]|(?:A|US|NZ|C|HK|S)\$)?$",  # ("(prior: $8.1B")
    re.I,
)


# A change a level "from" is the base of: "up from 19.8%", "rose from $1 billion to $2 billion".
EN_CHANGE_WORD = compile_re(r"\b(?:up|down|rose|risen|fell|fallen|grew|grown|increased?|decreased?|increases|decreases|dropped|"
                            r"declined|climbed|jumped|improved|slipped|eased|lowered|rising|falling|growing|changed?|compared|slowed|"
                            r"rises?|falls?|grows?|declines?|climbs?|drops?|"  # (a forecast's: "expected to rise from 24.6 TWh in 2024")
                            r"accelerated|softened|firmed|dipped|edged|picked up|"
                            r"shift(?:ed)?|moved?|went|gone|recovered|rebounded|narrowed|widened|rais(?:e|es|ed|ing)|"
                            r"lift(?:s|ed|ing)?|reduc(?:e|es|ed|ing)|cut(?:s|ting)?|bring(?:s|ing)?|(?:halv|doubl|tripl)(?:e|es|ed|ing))\b", re.I)
# After a level "from" is the base of, what says it is earlier: "from 41.2% a year earlier", "to $2 billion".
EN_EARLIER_AFTER = compile_re(r"\s+(?:to\s|a year (?:earlier|ago|before)|(?:in|at the end of) (?:19|20)\d\d|last year|"
                              r"the (?:year|month|quarter) before|previously)", re.I)
# Another place's figure, or a benchmark's: a sentence about a neighbour ("In neighbouring Osterland, …
# 9% of homes"), an industry's or a nation's average ("The industry average for interruptions was 11.6
# minutes", "the industry median of 76.5"), the other members of a set ("throughput across the region's
# other ports grew by about 2%"). Read in the figure's clause before it, or from the sentence's opening.
# (a neighbour the sentence's subject: "Neighbouring Dunmere District Council closed 4 of its 14 libraries …, and visits
# … fell by 18%", "By comparison, the neighbouring City of Darrowby spent $62.4 million")
EN_ELSEWHERE_OPENING = compile_re(r"^\W*(?:(?:in|at|across) (?:neighbouring|neighboring|nearby|other) |across the border\b"
                                  r"|(?:globally|worldwide|nationally|across the country),"
                                  # (a nation's whole: "Across the country's 15 national parks, visits totalled about 94 million")
                                  r"|across (?:all\s+)?(?:the\s+)?(?:country|nation|industry|sector)(?:'s|’s)\s"
                                  # (a rival as the subject: "Rival carrier Ostvelt Lines reported a 3.0% fall")
                                  r"|(?:by comparison,\s*|in comparison,\s*)?(?:the |an? )?(?:neighbou?ring|nearby|rival|competing)\s)", re.I)
EN_ELSEWHERE = compile_re(
    # (the benchmark the head noun: not "the national mean temperature", a weather service's own measure)
    r"\b(?:industry|national|nationwide|sector|regional|statewide|peer|OECD|EU)(?:'s)?(?:-wide)? (?:average|median|mean|"
    r"benchmark)s?\b(?=\s+(?:of|for|was|is|were|stood|at|in|across|on)\b|\s*[,.;:)(]|$"
    r"|(?:\s+[a-z]+){0,2}?\s+(?:rate|level|figure|score|time)s?\b)|\b(?:average|median|mean) (?:for|across|of) the (?:industry|sector|country|nation|region|state)\b"
    r"|(?<!unlike )(?<!than )(?<!with )\b(?:the )?(?:region's |country's |state's |nation's |city's )?other (?:ports|airports|"
    r"councils|cities|towns|countries|regions|states|providers|companies|firms|utilities|operators|hospitals|trusts|"
    r"schools|banks|food banks|water companies|authorities)\b"
    # (a neighbour named: "By comparison, neighbouring Dunhallow recorded visitor spending of £1.87 billion")
    r"|\bneighbou?ring (?-i:[A-Z][a-z]+)|\b(?:the|a|an) neighbou?ring\b|\bnearby (?-i:[A-Z][a-z]+)"
    # (a nation's figure set beside the place's: "…, and nationally road deaths fell by 2% to 1,612")
    r"|\b(?:and|while|whereas)\s+(?:nationally|globally|worldwide)\b"
    # (the peers' average in a wider place: "The average recycling rate for councils in England was 41.9%")
    r"|\b(?:average|median)\b[^,.;]{0,30}?\b(?:for|across|among)\s+(?:all\s+)?(?:other\s+)?(?:councils|authorities|trusts|"
    r"hospitals|schools|cities|towns|counties|districts|boroughs|states|regions|providers|utilities|airports|ports|forces|"
    r"departments|agencies|centers|centres|libraries|universities)\s+(?:in|across)\s+(?-i:[A-Z])",
    re.I,
)
# A plan of an earlier time, recalled: "Last year's Outlook forecast a margin of 3.9 GW" (history, not a plan).
EN_EARLIER_PLAN_OPENING = compile_re(r"^\W*(?:last (?:year|winter|summer|spring|autumn|quarter|month)['’]s|the previous|the prior"
                                     r"|a year ago,)\s", re.I)
# An earlier account of a period, restated: the figure a restatement replaced and the restated one ("restated its
# margin … to 14.1%, from the 14.6% previously reported", "(originally £21.9m)", "originally reported as £51.2m",
# "compared with a restated £12.8m a year earlier"). Neither is the period's result.
EN_RESTATED = compile_re(r"(?:\brestated\b|\b(?:originally|previously|first)\s+(?:reported|stated|published)\b|\(\s*originally\b)"
                         r"(?:[^.;)]|\.(?=\d)){0,90}$", re.I)  # (not past a bracket closed: "(H1 2024: £20.6m, restated), a margin of 7.1%")


# The figure of an earlier time a change is measured on, named after it: "an increase of 4.8% on the 13.95
# million recorded in 2023–24".
_ON_THE = compile_re(r"\b(?:on|over|than|from|with|double|twice|treble|triple)\s+the\s+$", re.I)
# (or done then, "on the 37.8 million tonnes handled in 2023/24", "more than double the £27 million raised in 2023/24", or
# of that year, "more than the 3,912 of 2023/24")
_RECORDED_EARLIER = compile_re(r"(?:(?:\s+[A-Za-z-]+){0,3}?\s+(?:[a-z]{3,}ed|seen|set|made|sold|built|paid|won|spent|held|taken"
                               r"|given|brought|met)|\s+of(?=\s+(?:19|20)\d\d))\s+"
                               r"(?:(?:in|of)\s+(?:19|20)\d\d|last year|a year (?:earlier|ago)|the (?:previous|prior) year)")


def is_named_earlier_level(sentence: str, start: int, end: int) -> bool:
    """Whether sentence[start:end] is the level of an earlier time a change is measured on, that time named after it."""
    return _ON_THE.search(sentence, max(0, start - 12), start) is not None and (
        recorded := _RECORDED_EARLIER.search(sentence, start, end + 80)) is not None and recorded.start() <= end


# Money raised from a number of givers, who are its source, not a base it rose from: "raised £612,000 from 418 investors".
_RAISED_FROM = compile_re(r"\brais(?:e|es|ed|ing)\s+(?:a total of\s+|a record\s+|about\s+|around\s+|over\s+|more than\s+|nearly\s+)?"
                          r"(?:[$€£¥₹]|[A-Z]{1,2}\$)\d[\d,.]*\s*(?:million|billion|m|bn|k|crore|lakh)?\s+(?:[\w-]+\s+){0,4}?"
                          r"from\s+(?:about\s+|around\s+|over\s+|more than\s+|nearly\s+|almost\s+|some\s+)?$", re.I)


def baseline_decision(sentence: str, sp: NumberSpan) -> Decision | None:
    """The kind of a figure a baseline's words lead to (what comes right before it, past a clause mark: "(prior: "; the
    pattern ends where the number starts, so only the last words are read): the comparison, or the goal a result is
    measured against ("against a target of 30% by 2027", "against a standard of 15 minutes"); None where none leads."""
    base = EN_BASELINE.search(sentence, max(0, sp.start - 160), sp.start)
    if base is None or base.group().lower().startswith("from") and not EN_CHANGE_WORD.search(
            sentence, max(0, sp.start - 120), sp.start) and not EN_EARLIER_AFTER.match(sentence, sp.end):
        return None  # ("cleared lupin from 240 hectares": a place)
    if base.group().lower().startswith("from") and sp.text[:1].isdigit() \
            and _RAISED_FROM.search(sentence, max(0, sp.start - 120), sp.start):
        return None  # ("raised £612,000 from 418 investors": who gave it)
    if sp.text[:1] in "+-−" and base.group().rstrip().endswith("("):
        return None  # (a signed figure in brackets is the change, not the earlier level: "flat on last year (+0.9%)")
    if re.search(r"\b(?:target|goal|planned|budgeted|plan|budget|standard|commitment|ambition|guidance)s?\b", base.group(), re.I):
        return Decision("target", "goal_named", True)
    return Decision("other", "baseline", True)
