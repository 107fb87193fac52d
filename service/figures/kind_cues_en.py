"""The English words the kind rules read: plan words, verbs of results and of work done, a past tense, the
words of sizes, prices and history, a deal's value and what a place has. Only vocabulary lives here, as
in the Chinese `kind_cues.py`; the order in which `kinds_en.py` reads them, and what each decides, is there.
"""

from __future__ import annotations

import re
from typing import Literal

from ..re_cache import compile_re

# A product's or a service's plans, a tariff or a policy, are no plan of work: "one of the state's five managed care plans",
# "enrolled in low-cost plans", "entry-level plans priced at $55 a month" (the word before "plans" names the product, or
# is a compound adjective of three to five letters after its hyphen).
_PRODUCT_WORDS = ("care", "health", "insurance", "pension", "payment", "phone", "mobile", "data", "broadband", "tariff",
                  "dental", "medical", "meal", "treatment", "benefit", "internet", "savings", "retirement", "subscription")
_NO_PRODUCT_BEFORE = "".join(f"(?<!{w} )" for w in _PRODUCT_WORDS) + "".join(f"(?<![a-z]-[a-z]{{{n}}} )" for n in (3, 4, 5))
# ("targeted" or "scheduled" before its noun is no plan: "ran 26 targeted operations", "a targeted campaign", "Of 21,460
# scheduled sailings, 21,289 operated", "airlines operated scheduled services": a plan is scheduled to, for or in something;
# nor is a speaker's "want to thank our 1,140 colleagues", nor "planned maintenance", the name of the upkeep a landlord
# schedules: "we spent £34.8m on planned maintenance", nor "planned gifts", legacies pledged in a will; nor is "due to" a
# cause, "were due to infrastructure faults"; nor
# "planning permission" or "planning agreements", a consent; nor "412,300 calls for service", calls counted; nor "the expected
# standard", a school's benchmark: "66% of pupils reached the expected standard")
EN_TARGET_RE = compile_re(
    r"\b(?:aims?|aiming|aimed to|targets?|(?<!\ba )(?<!\ban )(?<!\bthe )(?<!more )(?<![\d,] )targeted|targeting|"
    + _NO_PRODUCT_BEFORE + r"plans?|planned(?! (?:and preventative )?(?:maintenance|works?)\b)(?! gifts?\b| giving\b)|planning(?! (?:permissions?|applications?|consents?|system|decisions?|guidance|authorit(?:y|ies)|agreements?|obligations?|fees?|committee|policy|policies|officers?|appeals?|and [A-Z]\w+ (?:department|service|division)|department|service|division|inspectorate|team)\b)|will|shall|expects?|expected(?! (?:standard|level)s?\b)|goal|goals|"
    r"strives?|seeks?|forecasts?|forecast|guidance|guiding (?:to|for)|guides? (?:to|for)(?= (?:[a-z-]+ ){0,4}?(?:of|at|between|around|about)\b)|(?:has|have) committed(?= (?:about |around |some |a further |another )?(?:[$€£¥]|[A-Z]{1,2}\$)\d)|outlook|projected|projects to|intends?|intended|would|is to|are to|hopes? to|"
    r"to follow\b|(?<=\d )to be (?![a-z]+ly\b)[a-z]{3,}\b|"  # ("installed 8 sensors, with a further 10 to follow", "a further 30,000 to be sent")
    # an outlook's possibilities and assumptions: "peak demand could be between 61 GW and 63 GW", "assumes net imports of"
    r"could (?:be|reach|rise|fall|exceed|top|climb)|assumes?|assumed to|assumptions? of|"
    r"set to|due to\s+(?:be|open|reopen|start|restart|begin|commence|finish|complete|close|launch|go|enter|report|"
    r"arrive|run|return|resume|take|come|end|expire|rise|fall|increase|reach|pass|move|retire|conclude|deliver|publish|"
    r"receive|get|have|make|hold|meet|sign|vote|decide|transfer|switch)\b"
    r"|(?<!that )(?<!which )(?:is|are) due (?=(?:in|by|for|next|this|later|early|at|from)\b)"  # ("a further 3 are due in 2025")
    r"|(?<![\d,] )scheduled(?=\s+(?:to|for|in|on|by|at|from|between|until|during|next|this|later)\b|\s*[,.;:)]|\s*$)|pledged?(?!\s+(?:about\s+|around\s+|nearly\s+|over\s+)?[$€£¥\d])|promised?|proposed|(?<!been )(?<!was )(?<!were )commit(?:s|ted)? to|"
    r"by (?:the end of )?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|[Ss]pring|[Ss]ummer|[Aa]utumn|[Ww]inter|the spring|the summer|the autumn|the winter) )?20\d\d|"
    # a service's standard or ambition is what it is held to: "The national standard is 95%"
    # (not a lender's commitments, money it committed: "with commitments of $1.74 billion")
    r"(?:standards?|ambitions?|commitments?)(?=\s+(?:is|are|was|were|to)\b|\s+of\s+(?!(?:about\s+|around\s+)?(?:[$€£¥]|[A-Z]{1,2}\$)|$))|"
    # (its copula taken too, so that no result verb comes after the cue: "Our commitment for the year was 138.0 Ml/d")
    r"commitments? for (?:the |this |each )?(?:year|period|quarter|month)(?: \w+){0,2}? (?:is|was)\s|"
    # money asked for, not yet had; a forecaster's projection ("The Bank projects GDP growth of 1.0% in 2025")
    r"bidding for|bids? for|applying for|applied for|"
    r"projects (?:that )?(?:GDP|growth|inflation|unemployment|output|demand|prices|the (?:economy|rate))|"
    r"next (?:year|financial year|fiscal year|fall|spring|summer|autumn|winter|month|quarter|season|school year|"
    r"academic year|decade)|the coming year|(?<!\d )calls? for(?! service)|calling for|wants? (?:to(?! (?:thank|congratulate|pay tribute|acknowledge|recogni[sz]e|welcome|stress))|another|an?)|should|"
    r"budgeted for|budgets for|budgeting for|(?:has|have|had) budgeted|proposes|proposing|"
    # what a budget puts aside is planned: "The budget provides $9.7 billion for public schools"
    r"budget (?:also |now )?(?:provides|includes|allocates|sets aside|earmarks|contains|dedicates|commits|invests|funds))\b",
    re.I,
)
# Verbs "up" is the particle of, no rise: "will lock up 96,000 tonnes of carbon", "freed up 40 beds".
PHRASAL_UP = ("lock", "locks", "locked", "freed", "free", "frees", "set", "sets", "take", "takes", "took", "taken", "pick",
              "picks", "picked", "open", "opens", "opened", "sign", "signed", "scale", "scaled", "ramp", "ramped", "soak",
              "make", "makes", "making")  # ("expects BEVs to make up about 40%": a share to come, no rise)
EN_ACHIEVED_RE = compile_re(
    r"\b(?:reached|achieved|rose|grew|increased|completed|recorded|totall?ed|created|added|adding|opened|built|"
    r"delivered|generated|attracted|invested|hired|employed|sold|exported|produced|signed|approved|posted|"
    r"reported|fell|declined|dropped|gained|jumped|climbed|surged|handled|doubled|welcomed|served|received|"
    r"won|earned|spent|paid|was|were|last year|so far|to date|year to date|(?<!-)"
    + "".join(f"(?<!{verb} )" for verb in sorted(set(PHRASAL_UP))) + r"up(?! to\b)(?!-)|(?<!-)down(?! to\b)(?!-)|stood at|came in at|"
    r"(?:remained|held|stayed) (?:steady |unchanged |flat |stable )?at|"
    r"amounted to|eased|slowed|slipped|slid|shrank|contracted(?!\s+(?!by\b|in\b|for\b|at\b|to\b|from\b|over\b|again\b|further\b|sharply\b|slightly\b|[a-z]+ly\b)[a-z]{3,})|plunged|tumbled|sank|slumped|soared|rebounded|"
    r"accelerated|expanded|risen|grown|fallen|tripled|quadrupled|halved|started|began|begun|averaged|granted|YoY|QoQ|y/y|q/q|"
    r"a rise of|an increase of|a fall of|a drop of|accounted for|came to|comes to|(?:is|was) put at|stands at|"
    r"laid|made|drew|signing|took|met|saw|brought|kept|gave|ran|fought|flew|carried|found|generating|recording|"
    # (right before the number: "The parcels went to 21,470 people", "Crews lost 14,620 hours"; not "minutes lost per
    # customer", "went to a hospice towards a 12-bed unit")
    r"(?:went to|lost|came from|(?:(?<=\bwe )|(?<=\bit )|(?<=\bthey ))let)(?= (?:about |around |nearly |almost |some |over |more than )?[$€£]?\d)|"
    r"posting|earning|year-to-date|(?:taking|bringing|lifting|pushing) (?:the |its |our |their )?(?:total|number|count|tally)\b(?! (?:contract|project|programme|scheme)? ?(?:cost|budget|value|price))|(?:we|it|they) (?:also )?(?:cut|set|put|hit|beat)(?! (?:to|a target|out|aside|up)\b)|"
    # (a record set: "Solar output set a new record of 14,260 MW")
    r"\bset an? (?:new )?(?:all-time )?record\b|"
    r"(?:has|have|had) (?:now |already |also |so far )?(?:cut|built|won|sold|spent|paid|made|brought|taken|met|kept|put|set)|(?:is|are|was|were) (?:now |currently )?at|"
    # a level or a gap reached by now: "is now 30% higher than in 2019", "is now 16.3% below that peak"
    r"(?:is|are) now(?=\s+(?:about |around |nearly |almost |some |just )?(?:[$€£¥]|[A-Z]{1,2}\$)?\d)|"
    r"(?:over|in|during) the (?:past|last) (?:\w+ )?(?:days|weeks|months|quarter|year|twelve months)|"
    # a level reached by now ("96,500 households now receive", "are now connected"; what a place now has
    # profiles it, and what it now expects is a plan; what is "now in testing" is not yet done, what is "now in
    # service" is)
    r"now (?:\w+ly )?(?!(?:has|have|owns|operates|employs|holds|counts|expect\w*|plan\w*|aim\w*|forecast\w*|project\w*|"
    r"intend\w*|hop\w*|wants?|target\w*|seek\w*|needs?|requires?|faces?|due|set|scheduled|likely|estimated|"
    r"more|than|and|or|that|the|a|an|on|be|being|in\b(?!\s+(?:service|operation|use|place|force|effect)\b))\b)[a-z]{2,})\b",
    re.I,
)
# Where a sentence opens, or a list's item after its number: "Recruited …", "2. Recruited …".
_ITEM_OPENING = r"^\W*(?:\d{1,2}[.)]\s+)?"
# Any other verb in the past, before the number in its clause: "sealed 47 km", "issued 1,148 permits",
# "recycled 46.2%". Not the words in -ed that name a plan, a size or a quality ("planned", "valued",
# "skilled"), which the patterns above and below read or which govern nothing.
# (not "speed", "need", "feed"; a capital only opening the text: a list's item, "Issued 9,870 building permits")
# (and an irregular past opening an item: "Cut the average response time to 7 minutes", "Built 412 homes")
EN_PAST_RE = compile_re(rf"\b[a-z]{{3,}}(?<!e)ed\b|{_ITEM_OPENING}[A-Z][a-z]{{2,}}(?<!e)ed\b"  # (a list's item too: "2. Recruited")
                        rf"|{_ITEM_OPENING}(?:Cut|Built|Rebuilt|Sold|Won|Spent|Paid|Made|Held|Kept|Met|Brought|Took|Gave|Grew|Drew|Ran|Led|"
                        r"Began|Hit|Beat|Set up|Put|Lent|Dug|Sent|Caught|Bought|Sought|Found|Wrote|Flew|Fed|Taught|Dealt|Fought|Saw)\b"
                        # (an irregular past after its subject: "the Commission put 74 new buses into service", "We held
                        # 9,860 events"; only where no other word speaks, and never after a modal)
                        r"|(?<=[a-z] )(?:built|rebuilt|sold|won|spent|paid|made|held|brought|took|gave|grew|drew|ran|led|"
                        r"began|lent|dug|sent|caught|bought|sought|found|wrote|flew|fed|taught|dealt|fought|kept|met|saw|drove|"
                        r"rode|struck|chose|used|repaid|went|came|"
                        r"put(?![^,.;]*\bat\b))\b")  # (not an estimate: "analysts put its share at around 6%")
NOT_A_PAST = compile_re(
    r"(?:un|non)\w+|(?:plann|expect|project|propos|schedul|intend|target|budget|valu|establish|found|need|requir|"
    r"skill|list|register|licens|unit|advanc|detail|integrat|automat|combin|shar|mix|own|us|support|bas|call|nam|"
    r"locat|relat|limit|dedicat|estimat|cost|price|cap|design|rat|rank|fix|mov|head|describ|includ|"
    r"exceed|surpass|compar|allocat|earmark|forecast|anticipat|hop|aim|seed|red|hundred|adjust|dilut|consolidat|"
    r"weight|annualiz|annualis|audit|blend|index|link|back|secur|guarante|insur|restrict|reserv|qualifi|certifi|follow|"
    r"authoriz|authoris|assum|implied|condition)ed", re.I)
# More verbs of work done, which after a number are as often a state ("120 MW of panels installed"):
# they count before it, or after it in the passive ("640 MW were installed").
EN_DONE_RE = compile_re(
    r"\b(?P<passive>(?:was|were|been|being|be)\s+)?(?:installed|reduced|lowered|launched|finished|commissioned|"
    r"connected|deployed|shipped|processed|upgraded|saved|secured|awarded|acquired|purchased|bought|exceeded|"
    r"surpassed|topped|booked|hosted|broke ground|replaced|repaired|renovated|rebuilt|paved|repaved|planted|awarding|"
    r"trained|treated|cleaned|restored)\b"
    # a past perfect passive, done by the time named ("By March 2025, 58,900 streetlights had been converted"): not a plan
    # that was had ("had been expected to")
    r"|\b(?P<perfect>had\s+(?:already\s+)?been\s+)(?!(?:hoped|planned|expected|intended|aimed|wanted|needed|agreed|decided"
    r"|promised|pledged|committed|targeted|proposed|scheduled|budgeted|forecast)\b)[a-z]{3,}(?:ed|en)\b",
    re.I,
)
# Sizes, costs and history: what a project is or was, not a result of the period (not "cost" inside a compound
# adjective: "enrolled in low-cost plans", "cost-effective"; nor a class of expense, which flowed in the period like
# income: "operating costs of £214,700", "net finance costs of £9.2 million"; nor a cost's change: "cost inflation of
# around 3%").
EXPENSE_CLASSES = ("operating", "running", "finance", "interest", "staff", "energy", "payroll")
EN_OTHER_RE = compile_re(
    r"\b(?:budget of|(?<!has )(?<!have )(?<!had )budgeted|(?<!-)"
    + "".join(f"(?<!{expense} )" for expense in EXPENSE_CLASSES)
    + r"costs?(?!-)(?! (?:inflation|savings?|pressures?|increases?|growth|recovery|basis)\b)|costing|worth|valued at|a population of|population|"
    r"(?:covers?|covering)(?!\s+(?:to|rose|fell|increased|reached|grew)\b)|spans?|area of|hectares? of land|founded|"
    # (not a record in a body's own history: "the busiest month in the airport's history", "the most in our 46-year history")
    r"established in|since|dating|(?<!'s )(?<!’s )(?<!its )(?<!our )(?<!their )(?<!-year )history|historic|"  # ("raising the tree canopy cover to 31%": a level reached)
    r"capacity of|-strong|(?<!will be )(?<!to be )home to|once(?!-)(?!\s+(?:the|a|an|this|these|it|they|we|work|construction|complete|completed|fully|operational|built|open)\b)|formerly|used to|at its peak|existing|capped at|stock of|"
    r"(?:be |is |are )?able to \w+(?: up to)?|designed for|built for|of up to|"
    # a price, a fee or a fare, what something costs, not a result
    # (not a result's qualifier: "profit after tax was", "net earned premium was", an insurer's revenue)
    r"(?:(?:(?<!after )(?<!before )tax|levy|duty|wage|bill)(?: currently| now)?"
    r"|(?:tuition|fees?|fares?|(?<!constant )(?<!current )prices?|rents?|charges?(?![ -]?points?\b)|tariffs?|(?<!earned )(?<!written )premiums?)"
    # (not the money they bring in: "Fare revenue was $41.8 million in the quarter")
    r"(?! (?:revenues?|income|receipts|collections|sales|takings)\b)"
    # (not a change to come, "fares will rise by"; nor the money a fee brings in, named later: "Tuition fee and student
    # contribution income was €171.9 million")
    r"(?: (?!will\b|would\b|(?:revenues?|income|receipts|collections|sales|takings)\b)[a-z-]+){0,6}?) (?:is|are|was|were|of|at|"
    r"set at|stands at)|"
    r"(?:currently|now|already) (?:has|have|owns|operates|employs|holds|counts)|"
    # a benchmark a result is set against, another place's or all places' level: "the national rate was 44.1%",
    # "compared with a national average of 64.1%", "The rate for the whole country was 86.9"
    r"(?:national|nationwide|sector|industry|UK|EU|England|Scotland|Wales|statewide|state)(?:-wide)? (?:average|rate|median"
    r"|benchmark)(?: [\w-]+){0,3}? (?:was|is|were|of|at|stood at|stands at)|for the whole country (?:was|is|were)|"
    # or a season's normal, the weather a month or a season brings on average: "less than half the August average of
    # 68mm", "compared with an autumn average of 2 days"
    r"(?:long-term|seasonal|January|February|March|April|May|June|July|August|September|October|November|December|spring"
    r"|summer|autumn|fall|winter|monthly|annual) (?:average|mean|normal) (?:of|was|is))\b",
    re.I,
)
# A size stated, not a result: a place's population, however it is stated ("population was estimated at 402,300"),
# and a work's estimated cost ("a project estimated at $38 million").
EN_STATED_SIZE = compile_re(r"\bpopulation\b(?:\s+[\w,]+){0,4}?\s+(?:of|at|was|is|stood at|reached|totall?ed)\s+"
                            r"(?:about |around |roughly |some |nearly |over |just over |an estimated )?$"
                            r"|\b(?:project|scheme|works?|upgrade|building|plant)\s+(?:estimated|costed|priced)\s+at\s+"
                            r"(?:about |around |roughly |some |nearly |over )?$", re.I)
# A share that ranks a group out of a whole, the group's bound: "Schools in the most deprived 20% of areas", "rainfall
# in the lowest 10% of historical records" (not a plan's floor, "at least 20%").
_RANKED_GROUP = compile_re(r"\b(?<!at )(?:most|least|poorest|richest|highest|lowest|best|worst)\s+(?:[a-z-]+\s+)?$",
                           re.I)
_RANKED_OF = compile_re(r"\s+(?:of|in|among)\b")


def ranked_group(sentence: str, start: int, end: int) -> bool:
    """Whether the share at [start, end) bounds a group ranked out of a whole (see above)."""
    return _RANKED_GROUP.search(sentence, max(0, start - 30), start) is not None and _RANKED_OF.match(sentence, end) is not None
# A survey's sample, how a result was measured, not a result: "In a survey of 1,020 residents carried out for the report,
# 78% said …".
EN_SAMPLE = compile_re(r"\b(?:survey|poll|sample|questionnaire)s?\s+of\s+(?:about |around |roughly |some |nearly |over "
                       r"|more than )?$", re.I)
# The value of deals made in the period is a result (签约额), though "worth" also gives sizes.
EN_DEAL_VALUE = compile_re(
    r"(?:\b(?:signed|won|secured|awarded|landed|clinched|inked|booked)\b[^,;]{0,60}?\b(?:contracts?|deals?|orders?|"
    r"agreements?|pacts?|MoUs?|memorand(?:um|a|ums) of understanding|investment pledges)"
    # (securities traded: "repurchased shares worth USD 118 million in the quarter")
    r"|\b(?:repurchased|bought back|bought|sold|issued|placed)\s+(?:(?:its|own|new|ordinary|[a-z]+-year)\s+)?(?:shares|stock|bonds|notes))"
    r"\s+(?:worth|valued at|totall?ing)\s+(?:about\s+|nearly\s+|more than\s+|over\s+)?$",
    re.I,
)
# A word that makes a participle after it part of a measure's name: "net earned premium", "total installed capacity",
# "emissions per car carried".
EN_MEASURE_BEFORE = compile_re(r"\b(?:net|gross|total|average|combined|underlying)\s+$|\bper\s+[a-z-]+\s+$", re.I)
# What a place or a body has is a standing count (拥有, 现有), not a result: "has 4,800 employees".
# ("has added 4,800 jobs" is a result: the verb after "has" says so.)
# (not what a plan is to have: "aims to have 300 zero-emission buses by March 2027")
EN_POSSESSION = compile_re(
    r"\b(?<!\bto )(?<!\bwill )(?:has|have|had|owns|operates|boasts|counts|employs|contains|comprises|consists of"
    r"|there (?:are|is) (?:now |currently )?)\s*"
    # (and the next member of a list it has: "has 8,240 metered on-street spaces and six public garages")
    r"(?:\d[\d,.]*(?:\s+[a-z-]+){1,4}?,?\s+and\s+)?(?:(?:a|an|about|some|nearly|almost|around|roughly|over|more than|a total of)\s+)*$",
    re.I,
)
# How far along a work is: "is now 72 per cent complete".
EN_PROGRESS = compile_re(r"\s+(?:complete|completed|finished|built|done)\b", re.I)
# A size written as an adjective before its noun: "a 38-acre lot", "a 12-storey block".
EN_SIZE_ADJECTIVE = compile_re(r"-(?:acre|hectare|mile|km|kilometre|kilometer|foot|ft|metre|meter|storey|story|bed|"
                               r"room|megawatt|MW)\b(?!\s+(?:target|goal)\b)", re.I)  # (a 12,000-mile target is a goal)
# A measure written as an adjective before its noun names what the thing is, whatever verb governs it ("took
# delivery of two new 70-seat turboprops", "on a 10-point scale", "the 4,800-tonne topside was energised"); the
# sizes of a work done (EN_SIZE_ADJECTIVE: "built a 40-kilometer highway") are the exception, and a goal's is a goal.
EN_MEASURE_ADJECTIVE = compile_re(
    r"-(?:seat|bay|point|unit|piece|place|lane|tonne|ton|berth|pitch|screen|day|week|month|year|hour|minute|litre|liter"
    r"|gallon)\b"  # ("a 5,000-litre copper pot still")
    r"(?=\s+[A-Za-z])(?!\s+(?:[\w-]+\s+)?(?:target|goal|ambition)s?\b)", re.I)
# A price, a rate or a cap a number is set at: "capped at £9,400 a year", "priced from £365", "charged at 4% of gold
# revenue", "frozen at £120" (a rule of the period, not a result; a plan's "priced from €29,900" is the plan's).
EN_RATE_SET = compile_re(r"\b(?:capped|priced|charged|pegged|fixed|frozen)\s+(?:at|from)\s+(?:about\s+|around\s+|just\s+)?"
                         r"(?:[$€£¥]|[A-Z]{1,2}\$)?$", re.I)
# A price per thing, person or time, written after the sum: "£18 a head", "offered at £25 each", "A car paid £2.00 a
# crossing" (not what was spent or cost on average, nor a price raised or cut: "spent €187 a day", "taking the starting
# rate to £12.80 an hour", which writers read as results).
_PER_UNIT_AFTER = compile_re(r"\s*(?:each|(?:an?|per) (?:head|person|night|ticket|visit|hour|day|week|month|bottle|crossing|journey"
                             r"|trip|meal|bag|pupil|child|adult|car|vehicle|passenger|tonne|litre))\b")
_PRICE_MEASURED = compile_re(r"(?i)\b(?:averag|spen[dt]|rose|risen|fell|raised|increas|cut|reduc|taking|bringing|equivalent|cost)\w*"
                             r"|\bto\s+$")


# A price held where it was: "The price of a main-draw ticket stayed at £2.50", "Day pass prices were held at £52".
_PRICE_HELD = compile_re(r"\b(?:prices?|fares?|fees?|charges?|tickets?|passes|tolls?|tariffs?)\b[^.;:]{0,60}?"
                         r"\b(?:held|kept|stayed|remained)\s+at\s+(?:about\s+|around\s+)?(?:[$€£¥]|[A-Z]{1,2}\$)?$", re.I)

# A price a plan will hold where it is, the plan's value: "- hold the walk-up rate at £32 a day until at least April 2026",
# "to keep the registration fee at £45" (the verb's base form: a plan's item, its infinitive or after a modal; a price
# that was held is a rule, above).
EN_PRICE_TO_HOLD = compile_re(rf"(?:{_ITEM_OPENING}|\b(?:will|would|shall|to|and|also|then)\s+)(?:hold|keep|freeze|maintain)\s+"
                              r"(?:the|its|our|their|all|a|an)\s+(?:[\w'’-]+\s+){0,4}?(?:prices?|fees?|fares?|charges?|tickets?"
                              r"|passes|tolls?|tariffs?|rents?|rates?|subscriptions?)\s+(?:at|below|under)\s+"
                              r"(?:about\s+|around\s+|no more than\s+|no less than\s+)?(?:[$€£¥]|[A-Z]{1,2}\$)?$", re.I)


def rate_set(sentence: str, start: int, end: int, local_before: str, money: bool) -> bool:
    """Whether the number at [start, end) is a price, a rate or a cap set: after "capped at", "priced from" (EN_RATE_SET),
    a price `money` held ("ticket stayed at £2.50"), or a sum per thing, person or time that no verb measured or changed."""
    return EN_RATE_SET.search(local_before) is not None or money and _PRICE_HELD.search(local_before) is not None \
        or money and _PRICE_MEASURED.search(local_before) is None \
        and (_PER_UNIT_AFTER.match(sentence, end) is not None or _PER_UNIT_AFTER.search(sentence[start:end]) is not None)


# A result as a share of its plan: "98.7% of target", "102.5% of the annual plan", "124% of the season's target",
# "98.3% of the 42.5 million kilometres scheduled", "98.6% of the hours scheduled", "94.7% of the planned mileage" (the
# plan word is no cue for any figure of the sentence).
EN_ATTAINMENT = compile_re(r"\s+of\s+(?:the\s+|its\s+|our\s+|their\s+|that\s+|this\s+)?(?:[a-z]+['’]s\s+)?(?:annual\s+|full-year\s+|yearly\s+)?"
                           r"(?:target|plan|goal|quota|budget|(?:(?:mid-?point|low end|high end|top end|bottom end) of (?:the |its |our )?"
                           r"(?:full-year |annual )?)?guidance)s?\b"
                           r"|\s+of\s+the\s+(?:[$€£¥]?\d[\d,.]*(?:\s*(?:million|billion|bn|m|k))?\s+)?(?:[A-Za-z-]+\s+){0,3}?"
                           r"(?:scheduled|planned|budgeted|targeted|timetabled)\b"
                           # (a plan named by its sum or its kind: "70% of its £6.0m target", "45.4% of the £41.2 million capital
                           # plan", "90% of the annual Local Plan requirement", "76% of the appeal's £4.5m goal")
                           r"|\s+of\s+(?:the|its|our|their)\s+(?:[a-z]+['’]s\s+)?(?:[$€£¥]?\d[\d,.]*(?:\s*(?:million|billion|bn|m|k))?\s+)?"
                           r"(?:[A-Za-z-]+\s+){0,3}?(?:target|plan|goal|quota|requirement)s?\b", re.I)
EN_ATTAINED_OF = compile_re(r"%\s+of\s+(?:the\s+|its\s+|our\s+|their\s+)?(?:annual\s+|full-year\s+|yearly\s+)?$", re.I)
# What something cost in the period, spent: "Running the service cost £31.4 million in 2024/25", "the dengue control
# drive has cost ₹9.35 crore to date", "converted 46 screens during the year at a cost of £9.2m", "costing $4.9 million,
# 31% more than budgeted" (not a price, "costs £52 a year", nor the cost of works to come, "is due … at a cost of").
EN_COST_BEFORE = compile_re(r"\b(?:cost(?:s|ing)?(?:\s+us)?|at\s+an?\s+(?:one-off\s+|total\s+|combined\s+|net\s+)?cost\s+of)\s+"
                            r"(?:about\s+|around\s+|an estimated\s+|a total of\s+|some\s+)?(?:[$€£¥₹]|[A-Z]{1,2}\$)?$", re.I)
EN_COST_SPENT = compile_re(r"[^;]{0,40}?\b(?:in (?:19|20)\d\d(?:[/–-]\d\d)?|to date|so far|in total|during the (?:year|quarter|half)"
                           # ("Fuels work cost $5.7 million in fiscal 2025", "cost about $142 for each resident this season")
                           r"|in (?:fiscal(?: year)?|FY|financial year) ?(?:19|20)?\d\d(?:[/–-]\d\d)?\b|this (?:season|winter|summer|quarter)\b"
                           r"|in (?:its|the|our) (?:first |latest )?(?:full )?(?:year|quarter|half|season)\b(?! to come| ahead)|(?:this|last) year"
                           r"|(?:more|less) than (?:budgeted|planned)|(?:over|under) budget|up \d[\d.]*%)"
                           r"|\s+to\s+(?:run|operate)\b", re.I)  # (not "cost €2.1 billion to build": a plant's size)
EN_COST_DONE_BEFORE = compile_re(r"\b(?:completed|drilled|converted|delivered|installed|replaced|refurbished|resulted in|"
                                 r"reduced|raised|bought|acquired|purchased|added|planted|provided|repaired|"
                                 r"resurfaced|upgraded|restored|renovated|supplied|removed|cleared|demolished|"
                                 r"carried out|treated|trained)\b", re.I)
EN_PRICE_AFTER = compile_re(r"\s+(?:each|a|an|per)\s+(?!total\b)", re.I)
# A sentence about a time long past: "Ten years ago, …", "A decade ago …".
EN_LONG_AGO = compile_re(r"\W*(?:(?:[A-Za-z-]+|\d+) years|a decade|two decades|a generation) ago\b", re.I)
# An earlier period's estimate, revised or confirmed, the comparison of a statistics release: "was revised to
# 2.6%, from 2.3%", "Growth in the first quarter was unrevised at 0.5%".
EN_REVISED = compile_re(r"\b(?:revised|unrevised)\b[^.;]{0,80}?\b(?:quarter|month|estimate)|\b(?:quarter|month|estimate)\b"
                        r"[^.;]{0,60}?\b(?:revised|unrevised)\b", re.I)
# A part of what is new (the period's additions): "A dozen of the new members", "three of the new stores".
EN_PART_OF_NEW = compile_re(r"\s+of\s+(?:the|our|its|their|these)\s+(?:\d[\d,]*\s+)?new\b", re.I)
# A clause of its own after the number: its verbs are about something else ("jumped 14% after the
# company raised its outlook": the outlook is not what the 14% is).
EN_SUBORDINATE = compile_re(r"\b(?:after|before|because|as|when|while|although|though|despite|following|amid|"
                            r"whereas|until|unless|if|and (?:aims?|plans?|hopes?|expects?|intends?|wants?|will))\b", re.I)
# What a thing has, written as its own ("the region's 23 councils", "the towns' 4,300 residents", "Our 38 gritters went
# out", "across our 14 branches"), or the whole a part is of ("31 of its 54 projects"): a profile, not a result.
EN_OWNED = compile_re(r"(?:\b(?:the|its|their|our)\s+(?:[\w-]+\s+)?[A-Za-z-]+(?:'s|’s|s'|s’)|\b(?:[Oo]ur|[Ii]ts|[Tt]heir)"
                      # (or the whole a part is counted of: "present in 34 of 60 monitored woodland squares")
                      r"|\b\d[\d,]*\s+of(?:\s+(?:the|its|their|our))?)\s+$")  # (not a person's: "Smith's 131,006 votes")
# A budget monitor's estimate of the year under way, its outturn (as 预计全年完成… in a review): "The forecast
# outturn for the year is £419.8 million", "is forecast to overspend by £5.2 million", "expects a £1.3 million
# overspend"; not one of a year to come.
EN_OUTTURN_ESTIMATE = compile_re(r"\bforecast (?:outturn|position|overspend|underspend)\b|\b(?:is|are) forecast(?:ing)? "
                                 r"(?:to )?(?:an? )?(?:over|under)spend|\bexpects? an? (?:[$€£¥][\d.,]+\s?(?:million|m|bn)? )?"
                                 r"(?:over|under)spend|\bforecasting an? (?:over|under)spend"
                                 # ("directorates are forecasting a full-year outturn of", "forecasting a year-end deficit of")
                                 r"|\bforecasting (?:an? |the )?(?:full-year |year-end |end-of-year )(?:outturn|deficit|surplus|position)"
                                 # ("Total tourist spending during the season is estimated at ₹38,650 crore": the period's total)
                                 r"|\b(?:spending|revenue|income|turnover|sales|output|expenditure|receipts|takings)\b[^.;]{0,60}?"
                                 r"\b(?:is|was|are|were) estimated (?:at|to have been)"
                                 # ("Forecast spend for the year is £151.2 million", "reserves … are forecast to fall to £72.9
                                 # million by the end of the year", "is forecast to exceed budget by £1.9 million")
                                 r"|\bforecast (?:spend|spending|expenditure|income) for the (?:financial )?year\b"
                                 r"|\b(?:is|are) forecast to (?:fall|rise|increase|decrease|reach|be|end|close)\b"
                                 r"(?=(?:[^.;]|\.(?=\d)){0,60}?\bby (?:the )?(?:end of the (?:financial )?year|year-end|31 March))"
                                 r"|\b(?:is|are) forecast to (?:exceed|beat|fall short of|miss) (?:its |the )?budget\b"
                                 # (a trading update on the year just closed: "The Board expects to report revenue of …")
                                 r"|\bexpects? to report\b", re.I)


# Money committed to years to come, spread over them: "The legislature has approved $38 million over two years for
# body-worn cameras", "has committed a further C$48 million over five years" (a plan, though its verb is past).
EN_COMMITTED_BEFORE = compile_re(r"\b(?:approved|committed|allocated|pledged|earmarked|set aside|agreed)\s+(?:a\s+further\s+|an?\s+"
                                 r"(?:additional|extra)\s+)?(?:about\s+|around\s+)?(?:[$€£¥₹]|[A-Z]{1,2}\$|Rs\.?\s?)?$", re.I)
EN_OVER_YEARS = compile_re(r"\s+over\s+(?:the\s+(?:next|coming)\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+"
                           r"(?:years|seasons)\b", re.I)


# Works, funds and plans whose price is their size.
EN_PROJECT_SIZE = compile_re(r"\b(?:a|an|the|our|its|their)\s+(?:(?:proposed|planned|new)\s+)?[$€£¥]?$", re.I)
# (a name, then what it is: "Dunmore Bank wind farm"; or a name alone to the clause's end, its words and numbers capitalised:
# "the 400 MW Ridgeline Wind Farm.", "the 520 MW Unit 1 at the station")
NAMED_WORK = compile_re(r"\s+(?:[A-Z][\w'’–-]*\s+){1,6}[a-z]"
                        r"|\s+[A-Z][\w'’–-]*(?:\s+(?:[A-Z][\w'’–-]*|\d{1,2}\b)){1,5}(?=\s*[,.;)]|\s*$|\s+(?:at|in|on|near)\b)")
EN_PROJECT_AFTER = compile_re(r"^[\w\s-]{0,30}\b(?:project|plant|fund|programme|program|scheme|facility|bridge|line"
                              r"|farm|pipeline|interconnector|reservoir)\b"  # ("a 1.2 GW offshore wind farm")
                              # (the plan or the package it is the size of: "our £1.2 million plan to turn …")
                              r"|^(?:\s+(?!(?:the|a|an|this|that|its|our|their)\b)[a-z-]+){0,2}\s+(?:plan|package)\b")
# (not the plan a result is measured against: "45.4% of the £41.2 million capital plan for the year")
OF_A_PLAN = compile_re(r"(?:%|\bper ?cent)\s+of\s+(?:the|our|its|their)\s+[$€£¥]?$|\bshort of\s+(?:the|our|its|their)\s+[$€£¥]?$", re.I)
# Works whose price is their size; a length or an area after "a" is what was built (achieved).
EN_WORKS_AFTER = compile_re(r"^[\w\s-]{0,40}?\b(?:expansion|upgrade|extension|renovation|redevelopment|terminal|project|plant|"
                            r"airport|highway|railway|tunnel|factory|complex|stadium|hospital|campus|refurbishment|"
                            r"bypass|hub|building|centre|center|bond|fee|fees|charge|levy|fine|fare|tuition|premium|deposit|"
                            r"pavilion|study|library|school|pool|depot|station|museum|theatre|theater|ward|clinic|wing|"
                            r"subscription)\b"
                            r"|^\s+(?:[A-Z][\w'’–-]*\s+){1,6}")  # (a named one: "the $212 million Harrowvale Bypass")


def sized_work(sentence: str, end: int, ce: int, local_before: str, money: bool) -> Literal["target", "other"] | None:
    """'other' where the number before `end` is the size or the price of a work, a fund or a plan ("a $2.4 billion
    expansion", "the 1.4 GW Dunmore Bank wind farm", "our £1.2 million plan to …"), 'target' where that plan is the one
    a result is measured against ("45.4% of the £41.2 million capital plan for the year"); `ce`: its clause's end."""
    after = sentence[end:ce]
    if EN_PROJECT_SIZE.search(local_before) is None or not (
            EN_PROJECT_AFTER.match(after) or money and EN_WORKS_AFTER.match(after)
            or local_before.endswith(("the ", "The ")) and NAMED_WORK.match(sentence, end, ce)):
        return None
    return "target" if OF_A_PLAN.search(local_before) else "other"


# A speed limit that names a class of roads: "20 mph zones", "above the 30 mph limit", "previously a 50 mph road".
SPEED_CLASS = compile_re(r"\s+(?:speed\s+)?(?:zones?|limits?|roads?|streets?|schemes?|areas?)\b", re.I)
# The money a return is counted per: "For every £1 invested", "every £1 of public money was matched by £53" (not a time,
# "run every 10 minutes", whose kind its verb gives).
_RATIO_BASE = compile_re(r"\b(?:every|each)\s+$", re.I)


def names_no_quantity(sentence: str, start: int, end: int, unit: str, money: bool) -> str | None:
    """The rule by which the number sentence[start:end] names no quantity of the period: a speed limit's class of roads
    ("38 new 20 mph zones", "the 30 mph limit") or the money a return is counted per ("For every £1 invested, we generated
    £5.30"); None when it does."""
    if unit == "mph" and SPEED_CLASS.match(sentence, end):
        return "speed_class"
    if money and _RATIO_BASE.search(sentence, max(0, start - 12), start):
        return "ratio_base"
    return None


def stated_size(local_before: str) -> str | None:
    """The rule a size stated before a number makes it background by, not a result (None: no such size): a standing
    count or a population ("the county has 1.2 million residents"), or a survey's sample, how a result was measured
    ("In a survey of 1,020 residents, 78% said …")."""
    if EN_POSSESSION.search(local_before) or EN_STATED_SIZE.search(local_before):
        return "standing_count"
    return "sample_size" if EN_SAMPLE.search(local_before) else None


# A budget set for a period is its plan: "has set a net revenue budget of £24.8m for 2024/25" (a work's
# "budget of" is its size).
_ADOPTS = (r"(?:set|sets|adopted|adopts|approved|approves|passed|passes|agreed|proposed|proposes|presented|presents|"
           r"unveiled|unveils|tabled|tables)")
EN_BUDGET_SET = compile_re(rf"\b{_ADOPTS}\s+(?:a|an|its|the|their)\s+"
                           r"(?:[\w-]+\s+){0,3}?budget\s+of\s+(?:about\s+|around\s+|nearly\s+|some\s+)?[$€£¥]?$", re.I)


# A budget's own amount, or a capital programme's, for a period named after it or before it: "with a budget of £1.13 billion
# for 2025/26", "The capital programme for 2025/26 is £6.2 million",
# "adopted a $612.4 million budget for the 2025-26 school year".
# (past an aside: "The operating budget for 2025–26, approved by the City Council on 10 June, is $67.8 million")
EN_BUDGET_OF = compile_re(r"\b(?:budget|(?:capital|investment|works) program(?:me)?)(?:\s+for\s+[^,.;]{1,25}?)?(?:,[^,.;]{1,60},)?\s+"
                          r"(?:of|is|will be|totals?|stands at|is set at|allocates|provides(?: for)?)\s+"
                          r"(?:about\s+|around\s+|nearly\s+|some\s+)?[$€£¥]?$", re.I)
EN_ADOPTED = compile_re(rf"\b{_ADOPTS}\s+(?:a|an|its|the)\s+[$€£¥]?$", re.I)
EN_BUDGET_AFTER = compile_re(r"\s*(?:(?:operating|capital|general fund|revenue|net)\s+)?budget\b", re.I)
EN_BUDGET_FOR = compile_re(r"\bfor\s+(?:the\s+)?(?:FY\s?|fiscal\s+|financial\s+)?(?:year\s+)?(?:19|20)\d\d"
                           r"|\b(?:19|20)\d\d(?:[/–-]\d{2,4})?\s+(?:capital\s+)?(?:budget|program(?:me)?)\b", re.I)  # ("The 2025–26 capital programme allocates")
