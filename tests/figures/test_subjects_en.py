"""English subjects: what a number measures, as an analyst reads it in the figures table."""

import pytest

from service.figures import SentenceContext, extract_figures
from tests.support import extractive_kinds


def _kinds_of(sentence: str, context: SentenceContext | None = None) -> list[tuple[str, str]]:
    """(text, kind) of each figure of an English sentence read alone (or in `context`)."""
    return [(f.text, f.kind) for f in extract_figures(sentence, language="en", context=context)]


def _subjects_of(sentence: str) -> list[tuple[str, str]]:
    """(text, subject) of each figure of an English sentence read alone."""
    return [(f.text, f.subject) for f in extract_figures(sentence, language="en")]


CASES = [
    # what follows with of / in
    ("The array has 120 MW of installed capacity.", "120 MW", "installed capacity"),
    ("The program generated $310 million in revenue last year.", "$310 million", "revenue"),
    ("Electricity from the array supplies about 18% of the city's households.", "18%", "share of city's households"),
    # a share of the total set beside its count is that count's share; "of all" keeps the words after it
    ("Some 392 people, or 26.4% of the total, were chronically homeless.", "26.4%", "people: share of total"),
    ("Violence remained the largest category, with 31,205 offences, or 35.6% of all recorded crime.", "35.6%",
     "offences as share of all recorded crime"),
    ("The state will spend $1.2 billion on new schools over the next decade.", "$1.2 billion", "spending on new schools"),
    # what it is the value of
    ("The unemployment rate fell to 3.9% from 4.6%.", "3.9%", "unemployment rate"),
    ("The unemployment rate fell to 3.9% from 4.6%.", "4.6%", "unemployment rate"),
    ("The district has a population of 250,000 residents.", "250,000 residents", "population"),
    ("The ministry raised its growth forecast for this year to 2.4% from 1.9%.", "2.4%", "growth forecast"),
    ("The bank cut its benchmark rate by 25 basis points to 4.5%.", "4.5%", "benchmark rate"),
    ("Unemployment in the region stood at 5.1% in March, down from 5.4% a month earlier.", "5.4%",
     "Unemployment in the region"),
    ("Its market value has grown to more than $3 trillion.", "$3 trillion", "market value"),
    # the noun it sizes
    ("The council approved a $2.4 billion expansion of its offshore wind program.", "$2.4 billion",
     "expansion of offshore wind program"),
    ("It funds a new 40-kilometer transmission line to the port.", "40-kilometer", "transmission line"),
    ("The factory produced 1.8 million cars in 2024, a 12% increase on the year before.", "12%",
     "growth in cars produced"),
    # the things counted, and what was done to them
    ("The port handled a record 4.2 million containers in 2025.", "4.2 million containers", "containers handled"),
    ("The company plans to hire 600 workers by 2026.", "600 workers", "workers"),
    # a change, or a level reached
    ("Net profit jumped 45% year-on-year to 3.2 billion yuan.", "45%", "growth in Net profit"),
    ("Net profit jumped 45% year-on-year to 3.2 billion yuan.", "3.2 billion yuan", "Net profit"),
    ("Apple said iPhone sales fell 3% to $46 billion in the quarter.", "3%", "decline in iPhone sales"),
    ("The port handled 4.2 million containers, up 12% from the year before.", "12%", "growth in containers handled"),
    ("Tourism revenue is forecast to hit $8 billion by 2027.", "$8 billion", "Tourism revenue"),
    ("Housing prices rose 7.2% last year.", "7.2%", "growth in Housing prices"),
    ("The company reported revenue of $1.42 billion, up 23% from $1.15 billion a year earlier.", "$1.15 billion",
     "revenue"),
    ("- Installed 640 megawatts of new solar capacity, a 31% increase year over year.", "31%",
     "growth in new solar capacity"),
    ("- Signed long-term contracts worth $3.1 billion with utilities.", "$3.1 billion", "long-term contracts"),
    ("The city will sign contracts worth $3 billion.", "$3 billion", "contracts"),
    ("The city currently has 120 MW of solar panels installed.", "120 MW", "solar panels"),
    # money for something, and what it is not: a rate "in a row", a rate "in" a place
    ("The budget sets aside $312 million for public safety, up from $298 million, and $145 million for road "
     "maintenance.", "$145 million", "road maintenance"),
    ("The budget sets aside $312 million for public safety, up from $298 million, and $145 million for road "
     "maintenance.", "$298 million", "public safety"),
    ("The property tax rate stays at 1.12 percent for the third year in a row.", "1.12 percent", "property tax rate"),
    ("Inflation was 2.4% in the eurozone.", "2.4%", "Inflation"),
    # a level that stayed; a clause verb before the noun phrase
    ("Unemployment held steady at 4.1% in March.", "4.1%", "Unemployment"),
    ("The city's pension liability remains at $2.3 billion.", "$2.3 billion", "city's pension liability"),
    ("The city expects sales tax revenue to reach $410 million, up 3.2% from 2024.", "$410 million",
     "sales tax revenue"),
    ("The city expects sales tax revenue to reach $410 million, up 3.2% from 2024.", "3.2%",
     "growth in sales tax revenue"),
    # a cut or a raise by an amount
    ("The liability stands at $2.3 billion, which officials hope to cut by 10% within five years.", "10%",
     "decline in liability"),
    ("The utility plans to raise prices by 5% next year.", "5%", "growth in prices"),
    # the same thing at another time: compared with, a previous range; its value per share
    ("Net income of $312 million, or $1.46 per diluted share, compared with $268 million, or $1.24 per diluted "
     "share, a year earlier.", "$268 million", "Net income"),
    ("Net income of $312 million, or $1.46 per diluted share, compared with $268 million, or $1.24 per diluted "
     "share, a year earlier.", "$1.24", "Net income per share"),
    ("We now expect EBITDA of $3.5 billion to $3.6 billion, up from our previous range of $3.3 billion to "
     "$3.45 billion.", "$3.3 billion", "EBITDA"),
    ("The company said it would cut its carbon intensity by 45% by 2030.", "45%", "decline in carbon intensity"),
    # where money goes, whose it is, what it takes
    ("Roughly $1.2 billion will go to rural highways.", "$1.2 billion", "rural highways"),
    ("He said the money should come from the state's $22 billion surplus rather than new fees.", "$22 billion",
     "state's surplus"),
    ("A study estimated that eliminating traffic deaths would require at least $9 billion.", "$9 billion",
     "cost of eliminating traffic deaths"),
    ("Pedestrian deaths alone climbed to 1,160.", "1,160", "Pedestrian deaths"),
    # a change named as a cut, a doubling, a share restated after "or", a measure done to something
    ("The library system's funding of $18 million, a cut of 6%, would force branches to close.", "6%",
     "decline in library system's funding"),
    ("Net profit for the quarter more than doubled to $3.1 billion.", "$3.1 billion", "Net profit"),
    ("It would lay off about 4,000 employees, or roughly 5% of its global workforce.", "5%",
     "employees as share of global workforce"),
    ("The city aims to repave 120 miles of streets by 2027, nearly double the 65 miles repaved over the past two "
     "years.", "65 miles", "miles repaved"),
    # counts: the things counted with their kind, each count its own
    ("The plan is to hire 45 new police officers and 20 firefighters by the end of 2025.",
     "45 new police officers", "new police officers"),
    ("The plan is to hire 45 new police officers and 20 firefighters by the end of 2025.",
     "20 firefighters", "firefighters"),
    # things counted where they go: not "homes"
    ("Researchers will install about 600 low-cost air sensors in homes and schools.", "600 low-cost air sensors",
     "low-cost air sensors"),
    # a level after a change whose verb's subject the reader left empty ("closed" can be a verb):
    # an IndexError, a 500 over HTTP, before
    ("Condo and townhome closed sales fell 3.5% to 412 units, while the median price rose 2.2% to $284,900.",
     "$284,900", "median price"),
    # the level a change reaches, its unit written once after the level it came from; a level held "broadly"
    ("We will cut the average wait for a hearing from 14 working days today to 8.", "8", "hearing"),
    ("Part-time enrolments were broadly stable at 4,115.", "4,115", "Part-time enrolments"),
    # a part of a time after the unit names when, not what: "late" was the subject before 2026-12-04
    ("Peak demand reached 41,800 MW in late August.", "41,800 MW", "Peak demand"),
    # what averaged, in a clause joined after another figure's ("… to £52.5m and occupancy averaged" before 2026-12-04)
    ("At the lodge, revenue rose 8.1% to £14.2m and occupancy averaged 71.5% over the season.", "71.5%",
     "average occupancy"),
    # a definition set after the noun phrase opening the sentence is no subject of the verb after it (its last noun
    # was, before 2026-12-04: 'borrowers', 'measure of domestic price pressure')
    ("Grant payments, the money actually transferred to charities, rose 4.1% to £12.6m.", "£12.6m", "Grant payments"),
    ("Core inflation, a measure of underlying price pressure, eased to 3.1%.", "3.1%", "Core inflation"),
    # a short noun phrase before an aside is named whole ('research projects' before 2026-12-04), and a participle an
    # adverb describes stays in the phrase after "of" ('previously')
    ("Cost recovery on teaching contracts, measured on a full economic cost basis, improved to 74%.", "74%",
     "Cost recovery on teaching contracts"),
    ("Crews resurfaced 31 km of previously unsealed track.", "31 km", "previously unsealed track"),
    # what a result cost, set after it, is the cost of what it measured ('hours' before 2026-12-04)
    ("Agency staffing fell 12% to 96,000 hours, costing £4.1 million.", "£4.1 million", "cost of Agency staffing"),
    # what a verb of money or a change moves by "a further" or "a record" amount (the clause before 2026-12-04)
    ("The board expects to spend a further £1.4 billion by March 2027.", "£1.4 billion", "spending"),
    ("Legacy income reached a record £6.2 million.", "£6.2 million", "Legacy income"),
    # a share of people by what they did keeps what they did ('service' before 2026-12-04)
    ("Waits fell to 4 minutes, and the share of callers who gave up before being answered fell to 6.2% from 9.1%.",
     "6.2%", "share of callers who gave up before being answered"),
    # a measure per another is no thing counted, and what yielded it names a yield ('t/ha yielded' before 2026-12-04)
    ("Winter wheat yielded 8.1 t/ha across the estate.", "8.1 t/ha", "Winter wheat yield"),
    # a whole named with a plural's possessive ('covering … of the centres' before 2026-12-04)
    ("Ticket income covered 64% of the museums' running costs.", "64%", "share of museums' running costs"),
    # a mass "of carbon dioxide equivalent" is of emissions (the gas alone named it before 2026-12-04); a gas alone may
    # be removed or stored
    ("Fleet emissions fell to 4,380 tonnes of carbon dioxide equivalent.", "4,380 tonnes", "carbon dioxide emissions"),
    ("The new woodland will remove 52,000 tonnes of carbon dioxide by 2040.", "52,000 tonnes", "carbon dioxide"),
    # a survey's sample is the people asked, and a share that opens its clause after it is the share of them who did or
    # said what the clause says (before 2026-12-04: 'survey', and the clause alone)
    ("In our annual survey of 860 tenants, 74% said they were satisfied with repairs.", "860 tenants", "tenants surveyed"),
    ("In our annual survey of 860 tenants, 74% said they were satisfied with repairs.", "74%",
     "share of tenants who said they were satisfied with repairs"),
    ("A poll of 2,100 commuters found that 44% had switched to the tram and 21% were cycling.", "21%",
     "share of commuters who were cycling"),
    # where no grammar names it, the clause around a figure starts after the clause of the figure before
    ("Draught beer made up 48% of sales, cider 31% and soft drinks and juices 21%.", "21%", "soft drinks and juices"),
    ("The unemployment rate for people aged 16 years and over rose to 4.8%.", "4.8%",
     "The unemployment rate for people aged 16 years and over rose"),
    ("Water use is expected to reach 910 megalitres in early summer.", "910 megalitres", "Water use"),
]


@pytest.mark.parametrize(("sentence", "text", "subject"), CASES)
def test_an_english_subject_names_what_the_number_measures(sentence: str, text: str, subject: str):
    figs = [f for f in extract_figures(sentence, language="en") if f.text == text]
    assert figs, [f.text for f in extract_figures(sentence, language="en")]
    assert figs[0].subject == subject


def test_without_a_grammar_to_read_the_subject_is_the_clause_around_the_number():
    (fig,) = extract_figures("The bridge came in 40% over budget.", language="en")
    assert fig.subject == "The bridge came in … over budget"


@pytest.mark.parametrize(("sentence", "subjects"), [
    # a level stated of a noun phrase keeps the phrase's date, not the verb
    ("Net debt at 30 June was £1.06 billion, down from £1.11 billion at 31 December 2024.",
     [("£1.06 billion", "Net debt at 30 June"), ("£1.11 billion", "Net debt")]),  # (the earlier value: not at 30 June)
    ("Capital expenditure for 2025 is expected to be about £130 million.", [("£130 million", "Capital expenditure for 2025")]),
    ("6.1 The approved capital programme for 2025/26 is £186.0 million.",
     [("£186.0 million", "approved capital programme for 2025/26")]),
    # the whole noun phrase, not its last noun
    ("The median concentration across all bores was 3.9 mg/L.", [("3.9 mg/L", "median concentration across all bores")]),
    ("The average time to clear a reported fly-tip was 1.8 working days.",
     [("1.8 working days", "average time to clear a reported fly-tip")]),
    # (not the end of an aside between dashes)
    ("Neighbourhood crime – burglary, robbery and vehicle offences – was 2,348 offences.",
     [("2,348 offences", "offences")]),
    # a change or a level reached is of the whole noun phrase before its verb
    ("Sickness absence among officers fell to 4.6% from 5.3%.",
     [("4.6%", "Sickness absence among officers"), ("5.3%", "Sickness absence among officers")]),
    ("Demand for emergency food parcels increased by 14% to 61,200.",
     [("14%", "growth in Demand for emergency food parcels"), ("61,200", "Demand for emergency food parcels")]),
    # (a relative clause leaves the head it describes)
    ("Compensation claims from drivers whose vehicles were damaged fell 31% to 1,140.",
     [("31%", "decline in Compensation claims from drivers"), ("1,140", "Compensation claims from drivers")]),
    ("4.1 Property tax collections reached ₹612.35 crore by 30 September.",
     [("₹612.35 crore", "Property tax collections")]),
    # past an aside, the noun phrase that opens the sentence
    ("The youth unemployment rate, for people aged 15 to 24, was 11.8 per cent.", [("11.8 per cent", "youth unemployment rate")]),
    ("Total revenue, including £1.7 million of fees and recharges, was £45.8 million.",
     [("£45.8 million", "Total revenue")]),
    # (an aside that is a list, back to the word that opens it)
    ("The average cost of a street tree, including the tree, stakes, a guard and three years of aftercare, was £385.",
     [("£385", "average cost of a street tree")]),
])
def test_a_level_stated_of_a_noun_phrase_is_that_phrase(sentence: str, subjects: list[tuple[str, str]]):
    got = dict(_subjects_of(sentence))
    assert [(text, got.get(text)) for text, _ in subjects] == subjects


@pytest.mark.parametrize(("sentence", "text", "clause"), [
    # words before the verb that are a clause, not a noun phrase: the clause around the number, as before
    ("Young carers miss on average 27 school days a year and are 38% less likely to go on to university.", "38%",
     "Young carers miss on average 27 school days a year and are …"),
    ("The first release, due in October 2027 when the oldest spirit will be six years old, will be limited.", "six years",
     "due in October 2027 when the oldest spirit will be … old"),
])
def test_a_clause_before_a_level_is_not_read_as_its_subject(sentence: str, text: str, clause: str):
    assert dict(_subjects_of(sentence))[text] == clause


@pytest.mark.parametrize(("sentence", "text", "subject"), [
    # a part "of them" is a part of the things counted before, with what is said of it
    ("We opened 14 stores during the year, 9 of them in our smaller Pellbury Local format.", "9",
     "stores in our smaller Pellbury Local format"),
    ("Fire Control handled 26,410 emergency calls and answered 98.9% of them within 7 seconds.", "98.9%",
     "share of emergency calls answered within 7 seconds"),
    ("Companies reported 1,842 pollution incidents; 61 of them were serious.", "61", "pollution incidents that were serious"),
    ("9,600 children took part, and 61% of them completed it.", "61%", "share of children that completed it"),
    ("The service operates 24 fire stations, 9 of them crewed full-time, with 33 fire engines.", "9",
     "fire stations crewed full-time"),
    # what is said of the part ends at a comma, a dash or the next part
    ("We opened 87 new stations in 2024, and 27 of them, or 31%, were in Equity Priority Areas.", "27", "new stations"),
    ("Tidewatch operates a fleet of 58 lifeboats, 21 of them all-weather boats and 37 inshore boats.", "21",
     "lifeboats all-weather boats"),
])
def test_a_part_of_them_is_a_part_of_the_things_counted_before(sentence: str, text: str, subject: str):
    assert dict(_subjects_of(sentence))[text] == subject


@pytest.mark.parametrize(("sentence", "text", "subject"), [
    # what averaged a value is its average
    ("Occupancy in the state's classified hotels averaged 71.4% over the season.", "71.4%",
     "average occupancy in the state's classified hotels"),
    ("The realised copper price averaged A$13,420 per tonne.", "A$13,420", "average realised copper price per tonne"),
    # an average set beside a count or an amount is the average of it
    ("Inspectors carried out 14,870 site inspections during the quarter, an average of 232 per working day.", "232",
     "average site inspections per working day"),
    ("We paid £214,600 in compensation to customers, an average of about £177 per property.", "£177",
     "average compensation per property"),
    # (not of the things it is per: "to 1,090 students, an average of £134 per student")
    ("We distributed £146,000 in hardship grants to 1,090 students, an average of £134 per student.", "£134",
     "an average of … per student"),
    # (a share is not an average: "averaged 86% of pre-pandemic levels")
    ("Urban transit ridership averaged 86% of pre-pandemic levels.", "86%", "share of pre-pandemic levels"),
])
def test_an_average_names_what_it_is_the_average_of(sentence: str, text: str, subject: str):
    assert dict(_subjects_of(sentence))[text] == subject


@pytest.mark.parametrize(("sentence", "subjects"), [
    # a value in brackets at another time is the same thing's
    ("Revenue rose 6.8% to £118.9 million (2023: £111.3 million).", [("£111.3 million", "Revenue")]),
    ("Net cash of £37.5m at 30 September (31 March 2025: £33.9m).", [("£33.9m", "Net cash")]),
    ("Passenger numbers totalled 2,968,000, up 6.3%, and the load factor averaged 79.4% (2024: 77.0%).",
     [("79.4%", "average load factor"), ("77.0%", "average load factor")]),
    ("Aggravated assaults numbered 14,960 (2023: 15,410).", [("14,960", "Aggravated assaults"), ("15,410", "Aggravated assaults")]),
    # (a report's bare figure in brackets is the comparison period's; a value per share stays per share)
    ("- EBITDA of USD 612 million (USD 498 million), an EBITDA margin of 24.1% (21.9%)",
     [("USD 612 million", "EBITDA"), ("USD 498 million", "EBITDA"), ("21.9%", "EBITDA margin")]),
    ("Basic earnings per share were 38.4p (2024: 33.1p).", [("38.4p", "Basic earnings per share"),
                                                           ("33.1p", "Basic earnings per share")]),
    ("The hall covers 2,100 square metres (22,600 square feet).", [("22,600 square feet", "area of hall")]),
])
def test_a_value_at_another_time_in_brackets_is_the_same_things(sentence: str, subjects: list[tuple[str, str]]):
    got = dict(_subjects_of(sentence))
    assert [(text, got.get(text)) for text, _ in subjects] == subjects


@pytest.mark.parametrize(("sentence", "subjects"), [
    # "per" joins the nouns of a measure, not a unit to what it is per
    ("Adjusted earnings per share of 16.3p, up 9%.", [("16.3p", "Adjusted earnings per share"),
                                                      ("9%", "growth in Adjusted earnings per share")]),
    ("Spending per pupil rose to £6,350.", [("£6,350", "Spending per pupil")]),
    # after a rate, the same measure's earlier level or its total
    ("The average yield rose to 9.4 tonnes per hectare from 8.7 in 2023.", [("8.7", "average yield")]),
    ("We paid a final dividend of 5.2 pence per share, totalling £11.6 million.", [("£11.6 million", "final dividend")]),
    # a relative word opens no subject
    ("Growth was led by the north, where arrivals rose 14%.", [("14%", "growth in arrivals")]),
])
def test_per_joins_a_measure_and_a_rate_hands_its_measure_on(sentence: str, subjects: list[tuple[str, str]]):
    got = dict(_subjects_of(sentence))
    assert [(text, got.get(text)) for text, _ in subjects] == subjects


@pytest.mark.parametrize(("sentence", "text", "subject"), [
    # the things counted with what was done to them, or what they were
    ("In 2024, 1,486 people were injured in reported road collisions in Dunmarsh.", "1,486 people",
     "people injured in reported road collisions in Dunmarsh"),
    ("Some 392 people were chronically homeless.", "392 people", "people chronically homeless"),
    ("In science, 35.0% of tested students were proficient.", "35.0%", "share of tested students proficient"),
    # what the things counted did, or what was done to them (a participle)
    ("A record 4,870 children completed the Summer Reading Challenge.", "4,870 children",
     "children who completed the Summer Reading Challenge"),
    ("Four people died in fires in the home, compared with nine in 2023/24.", "Four people", "people who died in fires in the home"),
    ("412 handovers took longer than 60 minutes.", "412 handovers", "handovers that took longer than 60 minutes"),
    ("The city has 48,300 street trees managed by the council.", "48,300 street trees",
     "street trees managed by the council"),
    ("In 2024, 14 trainees completed the program and staff logged 2,310 hours.", "14 trainees",
     "trainees who completed the program"),
    # (not the whole a part is of)
    ("The team was short-staffed, when 9 of its 31 posts were vacant.", "31 posts", "posts"),
])
def test_the_things_counted_are_named_with_what_was_done_to_them(sentence: str, text: str, subject: str):
    assert dict(_subjects_of(sentence))[text] == subject


@pytest.mark.parametrize(("sentence", "text", "subject"), [
    # the share a part holds of a whole, and the parts after it whose verb is left out
    ("Island traffic now makes up 17% of the total.", "17%", "Island traffic as share of total"),
    ("Wireless phones accounted for 88.5% of all calls, VoIP for 7.9%.", "88.5%", "Wireless phones as share of all calls"),
    ("Wireless phones accounted for 88.5% of all calls, VoIP for 7.9%.", "7.9%", "VoIP as share of all calls"),
    # (a count of the whole's, and a count that names its things)
    ("Special education accounted for 402 of the openings.", "402", "openings: Special education"),
    ("Overseas visitors accounted for 812,000 nights.", "812,000 nights", "nights"),
])
def test_a_part_holds_a_share_of_a_whole(sentence: str, text: str, subject: str):
    assert dict(_subjects_of(sentence))[text] == subject


@pytest.mark.parametrize(("sentence", "text", "subject"), [
    # a label before a colon, with brackets or commas in it, or after another label's value on the same line
    ("Competitive (discretionary) grants: $5.3 million", "$5.3 million", "Competitive grants"),
    ("Recycled, reused or composted: 28,376 tonnes", "28,376 tonnes", "Recycled, reused or composted"),
    ("Cases closed with evidential difficulties (victim does not support action): 4,702, or 21.9% Average time from "
     "offence to charge: 41 days", "41 days",
     "Average time from offence to charge"),
    # (and the same at another time: "(H1 FY25 restated: £11.3m)")
    ("Adjusted EBITDA up 24.8% to £14.1m (H1 FY25 restated: £11.3m)", "£11.3m", "Adjusted EBITDA"),
])
def test_a_label_before_a_colon_names_the_value(sentence: str, text: str, subject: str):
    assert dict(_subjects_of(sentence))[text] == subject


def test_an_amount_before_a_comma_is_no_noun_a_clause_after_it_describes():
    # ("The merger, valued at $15 billion, …" describes the merger; ", funding body grants £58.3 million" lists an amount)
    subjects = dict(_subjects_of("Research grants brought in £121.6 million, funding body grants £58.3 million."))
    assert subjects["£58.3 million"] != "million"
    assert dict(_subjects_of("The merger, valued at $15 billion, closed in May."))["$15 billion"] == "merger"


def test_pence_and_cents_are_money_not_things_counted():
    subjects = dict(_subjects_of("Passengers pay 55p per mile, and drivers receive 45p per mile in expenses."))
    assert subjects["55p"] != "p" and subjects["45p"] != "p"


def test_an_english_quote_is_its_sentence_or_clause_and_starts_at_a_word():
    first = "South Korea's Ministry of Finance on Friday raised its growth forecast for this year to 2.4% from 1.9%"
    s = first + ", citing a surge in chip exports to China, Japan, Vietnam and the United States."
    assert {f.quote for f in extract_figures(s, language="en")} == {first}
    short = "Exports rose 18% in May from a year earlier to $61.2 billion, the ministry said."
    assert {f.quote for f in extract_figures(short, language="en")} == {short}


def test_an_english_year_named_as_the_period_holds_for_the_rest_of_its_paragraph():
    from service.pipeline import summarize
    from service.schemas import SummaryOptions

    text = ("Annual report of the county\n\n"
            "In 2025, the county's gross domestic product reached $12.8 billion. Industrial output grew 8.1%, "
            "while retail sales rose 4.3% to $3.2 billion.\n\n"
            "The program generated $310 million in revenue, up from $265 million in 2024. "
            "Electricity from the array now supplies about 18% of the city's households.")
    periods = {f.text: f.period for f in summarize(text, SummaryOptions(mode="extractive")).figures}
    assert periods["8.1%"] == periods["4.3%"] == periods["$3.2 billion"] == "2025"
    # A base year ("up from … in 2024") dates its own number only, and no paragraph carries on.
    assert periods["$265 million"] == "2024" and periods["18%"] is None and periods["$310 million"] is None


def test_a_base_years_change_and_what_follows_it_are_of_the_period_not_the_base():
    from service.figures import read_figures

    sentence = ("Riders took 4,215,600 trips in 2024, up 12.4% from 3,750,300 in 2023 and well below the peak of 4.9 million "
                "in 2019, and covered an estimated 9.8 million miles.")
    figures, _ = read_figures(sentence, "en", SentenceContext(), None, "2025")
    periods = {f.text: f.period for f in figures}
    assert periods["12.4%"] == "2024" and periods["3,750,300"] == "2023" and periods["9.8 million miles"] == "2024"
    # (a range of years is no base: "from 2027 to 2041")
    figures, _ = read_figures("The plan proposes 1,500 homes a year from 2027 to 2041.", "en", SentenceContext(), None, "2025")
    assert [f.period for f in figures] == ["2041"]


def test_a_count_fewer_than_before_is_the_decline_of_the_count_and_a_kind_of_year_names_the_period():
    from service.figures import read_figures

    sentence = "In calendar year 2024, 548 people died on the county's roads, 41 fewer than in 2023."
    figures, _ = read_figures(sentence, "en", SentenceContext(), None, "2025")
    assert [(f.text, f.subject, f.period) for f in figures] == [
        ("548 people", "people who died on the county's roads", "2024"),
        ("41", "decline in people who died on the county's roads", "2024")]  # (was "fewer", a unit)
    assert _subjects_of("Police recorded 212 fewer burglaries than in 2023.") == [("212 fewer burglaries", "fewer burglaries recorded")]
    assert _subjects_of("The fatality rate therefore fell to 1.09.") == [("1.09", "fatality rate")]


def test_a_table_rows_label_names_its_cells_though_it_holds_a_digit():
    assert _subjects_of("| Category 2 (emergency) | 14,920 | 27 min 31 s |") == [
        ("14,920", "Category 2 (emergency)"), ("27 min 31 s", "Category 2 (emergency)")]
    assert _subjects_of("| Calls answered within 60 seconds | 81% | 74% |")[1:] == [
        ("81%", "Calls answered within 60 seconds"), ("74%", "Calls answered within 60 seconds")]
    assert _subjects_of("| 2024 | 1,234 | 5% |") == [("1,234", ""), ("5%", "")]  # (a year opens no label)


def test_a_clause_set_off_by_commas_describes_the_noun_before_it():
    (fig,) = extract_figures("The merger, valued at $15 billion, is expected to close in the spring.", language="en")
    assert fig.subject == "merger" and fig.kind == "other"


def test_a_value_past_a_comma_is_of_the_same_thing_when_only_or_and_prepositions_lead_to_it():
    assert _subjects_of("Net income rose $40 million, or 12%, to $380 million.") == [
        ("$40 million", "growth in Net income"), ("12%", "growth in Net income"), ("$380 million", "Net income")]
    # not "or"; points measure the index's change, they are not what changed
    assert _subjects_of("The index gained 250 points, or 1.5 percent.") == [
        ("250 points", "growth in index"), ("1.5 percent", "growth in index")]
    # After "and" past a comma a new clause starts: its figure is not the first one's.
    assert _subjects_of("Sales rose 5%, and $3 billion was invested.")[1][1] != "Sales"


def test_earnings_are_named_by_their_verb_and_an_amount_per_share_says_so():
    figs = extract_figures("The company earned RMB 5.2 billion, or HK$1.20 per share.", language="en")
    assert [(f.text, f.subject) for f in figs] == [("RMB 5.2 billion", "earnings"), ("HK$1.20", "earnings per share")]
    figs = extract_figures("Net income rose 8% to $2.1 billion, or $1.87 per diluted share.", language="en")
    assert figs[-1].subject == "Net income per share"
    assert extract_figures("EPS was $1.87 per diluted share.", language="en")[0].subject == "EPS"


def test_a_number_without_a_unit_is_a_figure_when_a_verb_makes_it_a_value():
    figs = {f.text: f for f in extract_figures(
        "Traffic deaths in the state rose to 4,285 last year, up 22% since 2019, and the rate was 1.1 deaths per "
        "100 million miles driven, compared with a national average of 1.26.", language="en", doc_year="2025")}
    assert set(figs) == {"4,285", "22%", "1.1 deaths per 100 million miles", "1.26"}  # (one rate, per 100 million miles)
    assert (figs["4,285"].subject, figs["4,285"].unit, figs["4,285"].kind) == ("Traffic deaths in the state", "",
                                                                             "achieved")
    assert figs["22%"].subject == "growth in Traffic deaths in the state"
    assert figs["4,285"].period == figs["22%"].period == "2024"  # "since 2019" is the change's base
    assert figs["1.26"].subject == "national average"
    # a vote, a date and a number no verb makes a value stay out
    assert extract_figures("The council voted 9-2 on March 3, and the plan won by 5 to 4.", language="en") == []


def test_market_report_figures_name_the_index_the_yield_and_the_range():
    def figures(s: str) -> dict:
        return {f.text: (f.subject, f.kind) for f in extract_figures(s, language="en")}

    assert figures("The S&P 500 index closed down 0.03% at 5,980.87, and the yield on the 10-year Treasury note "
                   "fell 2 basis points to 4.39%.") == {
        "0.03%": ("decline in S&P 500 index", "achieved"), "5,980.87": ("S&P 500 index", "achieved"),
        "2 basis points": ("decline in yield on the 10-year Treasury note", "achieved"),
        "4.39%": ("yield on the 10-year Treasury note", "achieved")}  # no "500 index" figure
    assert figures("The Fed held rates on Wednesday, keeping its benchmark rate in the 4.25%-4.50% range.") == {
        "4.25%": ("benchmark rate", "other"), "4.50%": ("benchmark rate", "other")}
    assert figures("The unemployment rate is expected to end the year at 4.5%, slightly above the current 4.2%.") == {
        "4.5%": ("unemployment rate", "target"), "4.2%": ("unemployment rate", "other")}
    assert figures("The economy added 139,000 jobs in May, fewer than the 147,000 added in April.") == {
        "139,000 jobs": ("jobs added", "achieved"), "147,000": ("jobs added", "other")}


def test_a_deadline_of_an_earlier_clause_is_not_the_period_of_a_figure_after_it():
    figs = {f.text: f for f in extract_figures(
        "The city aims to repave 120 miles of streets by 2027, nearly double the 65 miles repaved over the past two "
        "years.", language="en")}
    assert figs["120 miles"].period == "2027" and figs["65 miles"].period is None


def test_trial_results_name_what_changed_and_qualifiers_are_no_comparison():
    figs = {f.text: f for f in extract_figures(
        "A once-daily pill reduced the risk of heart attacks and strokes by 33% in a trial of more than 14,000 "
        "patients.", language="en")}
    assert figs["33%"].subject == "decline in risk of heart attacks and strokes"
    assert figs["33%"].kind == figs["14,000 patients"].kind == "achieved"  # "once-daily" is no history,
    # "more than" no baseline
    figs = {f.text: f.subject for f in extract_figures(
        "The drug lowered LDL cholesterol by an average of 58% after 12 weeks, compared with a 4% drop among "
        "patients taking a placebo.", language="en")}
    assert figs == {"58%": "decline in LDL cholesterol", "4%": "decline in LDL cholesterol"}  # no "12 weeks"
    (cost,) = extract_figures("Helix expects the pill to cost about $1,500 a year in the United States.", language="en")
    assert cost.subject == "cost of pill"  # not "United States": where, not what


def test_an_investor_summits_deals_name_what_was_signed_and_their_value_is_a_result():
    figs = {f.text: (f.subject, f.kind) for f in extract_figures(
        "The Uttar Pradesh government on Friday signed 112 memorandums of understanding worth Rs 45,000 crore "
        "with industrial groups.", language="en")}
    assert figs == {"112 memorandums": ("memorandums of understanding signed", "achieved"),
                    "Rs 45,000 crore": ("memorandums of understanding", "achieved")}
    (other, national) = extract_figures("Industrial output in the state grew 9.2% in 2023-24, against a national "
                                        "growth rate of 7.1%.", language="en")
    assert (national.subject, national.kind) == ("national growth rate", "other")  # elsewhere: the comparison


def test_a_british_economy_report_names_its_changes_levels_and_comparisons():
    def figures(s: str) -> dict:
        return {f.text: (f.subject, f.kind, f.period) for f in extract_figures(s, language="en")}

    assert figures("Britain's economy grew by 0.3 per cent, slightly below the 0.4 per cent growth forecast by "
                   "economists.")["0.4 per cent"][1] == "other"  # what the result is measured against
    assert figures("Services output, which makes up around four-fifths of the economy, rose 0.4pc.") == {
        "0.4pc": ("growth in Services output", "achieved", None)}
    assert figures("The Bank of England, which cut interest rates to 4.75pc this month, expects growth of 1pc next "
                   "year.") == {"4.75pc": ("interest rates", "other", None), "1pc": ("growth", "target", None)}
    assert figures("Borrowing reached £17.4bn, £2.1bn more than a year earlier and the highest since records began "
                   "in 1993.")["£2.1bn"] == ("growth in Borrowing", "achieved", None)  # 1993: history, no period


def test_points_names_and_models_in_market_and_product_news():
    assert _subjects_of("The Dow fell 300 points to 42,100.") == [("300 points", "decline in Dow"), ("42,100", "Dow")]
    assert _subjects_of("LeBron James scored 28 points as the Lakers won.") == [("28 points", "points scored")]
    assert _subjects_of("The FTSE 100 rose 0.8% to 8,300.") == [("0.8%", "growth in FTSE 100"), ("8,300", "FTSE 100")]
    assert _subjects_of("Sales of 5G phones rose 12%.") == [("12%", "growth in Sales of 5G phones")]
    assert _subjects_of("The F-35 program cost $1.7 trillion.") == [("$1.7 trillion", "cost of F-35 program")]


def test_a_count_of_staff_and_two_figures_nothing_links():
    figs = {f.text: f.subject for f in extract_figures(
        "The developer expects to hire about 1,100 construction workers and 120 permanent staff.", language="en")}
    assert figs == {"1,100 construction workers": "construction workers", "120 permanent staff": "permanent staff"}
    figs = {f.text: f.subject for f in extract_figures(
        "The $3.5 billion project, developed by Gulf Wind LLC, will include 80 turbines about 30 miles offshore.",
        language="en")}
    assert figs["30 miles"] not in ("turbines", "Gulf Wind LLC")  # a distance, not the turbines or the developer


def test_report_currency_codes_a_change_in_something_named_and_an_irregular_past():
    figs = {f.text: f.subject for f in extract_figures(
        "Operating costs were contained at GBP 1.12 billion despite a 6% rise in energy prices.", language="en")}
    assert figs == {"GBP 1.12 billion": "Operating costs", "6%": "growth in energy prices"}
    (cost,) = extract_figures("It paid USD 40 million.", language="en")
    assert (cost.value, cost.unit) == (40e6, "USD")
    figs = {f.text: f.subject for f in extract_figures(
        "The corporation completed 142 kilometres of track and took delivery of 36 new trains.", language="en")}
    assert figs["36 new trains"] == "delivery"  # not "kilometres of track and took delivery"
    # (a list's next thing in its own unit is no value of the count before it: it was 'culverts')
    figs = {f.text: f.subject for f in extract_figures(
        "Grants paid for 212 water troughs, 48 culverts and 9.6 kilometres of fencing.", language="en")}
    assert figs["9.6 kilometres"] == "fencing"


def test_a_share_that_goes_somewhere_names_where():
    figs = {f.text: f.subject for f in extract_figures(
        "The general fund budget is $486 million, of which 41% goes to public safety and 12% to parks and "
        "libraries.", language="en")}
    assert figs == {"$486 million": "general fund budget", "41%": "share for public safety",
                    "12%": "share for parks and libraries"}
    (_, share) = extract_figures("It plans to invest about $12 billion, with roughly 70% going to wind and solar "
                                 "projects.", language="en")
    assert share.subject == "share for wind and solar projects"


def test_a_numbered_name_is_no_figure_and_a_value_below_a_baseline_is_a_change():
    figs = {f.text: f.subject for f in extract_figures(
        "Our Scope 1 and 2 emissions fell to 1.82 million tonnes of CO2e in 2024, a 14% reduction from 2023 and 31% "
        "below our 2019 baseline.", language="en")}
    # (the whole noun phrase before the verb, its numbered name inside it)
    assert figs == {"1.82 million tonnes": "Scope 1 and 2 emissions", "14%": "decline in Scope 1 and 2 emissions",
                    "31%": "decline in Scope 1 and 2 emissions"}
    (cut,) = extract_figures("We aim to cut Scope 1 and 2 emissions by 50% by 2030.", language="en")
    assert cut.subject == "decline in emissions"
    assert extract_figures("Phase 3 and Terminal 5 opened on Monday.", language="en") == []


def test_both_ends_of_a_range_are_of_one_thing_and_a_split_or_a_change_is_no_range():
    figs = extract_figures("A strong Pacific trough brings a 70–90% chance of valley rain on Wednesday.", language="en")
    assert [(f.text, f.subject) for f in figs] == [("70", "chance of valley rain"), ("90%", "chance of valley rain")]
    figs = extract_figures("Mainline RPMs increased 6.9 percent to 2.58 billion.", language="en")
    assert [f.unit for f in figs] == ["%", ""]


def test_a_subject_of_words_that_name_nothing_reads_on_into_the_sentence():
    figs = extract_figures("That is $96.3 million, or about 7.5 percent, below the fiscal year 2025 enacted level.",
                           language="en")
    assert "below the fiscal year 2025" in figs[0].subject  # (was "is")
    figs = extract_figures("As of the record date there were 58,407,221 shares of common stock outstanding.", language="en")
    assert figs[0].subject != "there"


def test_a_change_in_brackets_after_an_amount_is_the_amounts_and_a_list_number_is_no_subject():
    figs = extract_figures("1. Police patrol and investigations — $38.6M (+5%)", language="en")
    assert [f.subject for f in figs] == ["Police patrol and investigations", "growth in Police patrol and investigations"]
    figs = extract_figures("The General Fund totals $194.6 million, an increase of $12.8 million (7.1%) over last year.",
                           language="en")
    assert figs[2].subject == figs[1].subject  # (the rate was without a subject)


def test_a_pipe_rows_values_are_its_labels():
    figs = extract_figures("Adj. EBITDA margin | 22.0–22.5% | 22.8% ✔", language="en")
    assert {f.subject for f in figs} == {"Adj. EBITDA margin"}


def test_an_area_or_a_volume_in_superscript_units_is_a_figure_and_a_conversion_in_brackets_is_the_same_thing():
    figs = extract_figures("The park covers 1,200 km² of forest, and its new warehouse adds 12,000 ft² of floor space.",
                           language="en")
    assert [(f.text, f.unit, f.subject) for f in figs] == [
        ("1,200 km²", "km²", "forest"), ("12,000 ft²", "ft²", "floor space")]
    figs = extract_figures("The city has a total area of 43.5 square miles (112.6 km²).", language="en")
    assert len({f.subject for f in figs}) == 1
    # A unit compounded of others is no area: "10–30 m² K GW⁻¹" (a thermal resistance).
    assert not extract_figures("The boundary resistance is typically 10–30 m² K GW⁻¹ for such films.", language="en")


def test_a_time_measured_is_a_figure_in_its_unit_and_names_what_was_timed_not_the_unit():
    figs = extract_figures("The median time from committal to trial was 46 weeks, up from 41 weeks a year earlier.",
                           language="en")
    assert [(f.text, f.unit) for f in figs] == [("46 weeks", "weeks"), ("41 weeks", "weeks")]
    assert all(f.subject != "weeks" for f in figs)
    figs = extract_figures("Ambulance crews waited an average of 74 minutes to hand patients over.", language="en")
    assert [(f.text, f.unit) for f in figs] == [("74 minutes", "minutes")] and figs[0].subject != "minutes"
    figs = extract_figures("Ophthalmology had 9,310 patients waiting, with a median wait of 72 days.", language="en")
    assert [f.text for f in figs] == ["9,310 patients", "72 days"]
    figs = extract_figures("Officers carried out 7,240 hours of enforcement.", language="en")
    assert figs[0].subject == "hours of enforcement"
    # a span something lasts is a figure of the frame, and a time limit one of the standard: both other
    figs = extract_figures("The library was closed for 3 days; replies are sent within 24 hours.", language="en")
    assert [(f.text, f.kind) for f in figs] == [("3 days", "other"), ("24 hours", "other")]


def test_the_level_a_change_came_from_and_cases_disposed_of_are_figures():
    figs = extract_figures("Sheltered: 3,064 people, up 13.7% from 2,694 in 2024.", language="en")
    assert [(f.text, f.kind) for f in figs][-1] == ("2,694", "other")
    figs = extract_figures("The High Court received 14,960 new cases and disposed of 15,840.", language="en")
    assert [f.text for f in figs] == ["14,960 new cases", "15,840"]


def test_a_table_rows_label_gives_its_bare_values_unit_and_scale():
    from service.pipeline import summarize
    from service.schemas import SummaryOptions

    page = ("Kestrel Outdoor Group half-year results\n\nTotal sales rose 7.2% in the half.\n\n"
            "Measure | H1 FY26 | H1 FY25 | Change\nNet debt ($m) | 84.2 | 131.5 | -36.0%\n"
            "Gross margin (%) | 44.6 | 44.9 | -30bp\nCustomers (000) | 412 | 398 | +3.5%\nRevenue (£bn) | 2.4 | 2.3 | +5.9%\n")
    figures = {f.text: (f.value, f.unit, f.subject) for f in summarize(page, SummaryOptions(mode="extractive")).figures}
    assert figures["84.2"] == (84_200_000.0, "USD", "Net debt")
    assert figures["44.6"] == (44.6, "%", "Gross margin")
    assert figures["412"] == (412_000.0, "", "Customers")  # (its label's digits are its unit, not its name)
    assert figures["2.4"] == (2_400_000_000.0, "GBP", "Revenue")
    assert figures["-36.0%"] == (-36.0, "%", "change in Net debt")  # (a cell with a unit of its own keeps it)
    page = "Results\n\nMeasure | 2025 | 2024\nOperating result ($m) | 84.2 | (13.5)\n"
    figures = {f.text: f.value for f in summarize(page, SummaryOptions(mode="extractive")).figures}
    assert figures["(13.5)"] == -13_500_000.0  # (a negative in brackets, in the label's unit)


def test_a_time_that_bounds_a_class_is_other_and_leaves_the_figures_around_it_alone():
    assert _kinds_of("The number of patients waiting more than 52 weeks fell to 1,214 from 1,630 in April.") == [
        ("52 weeks", "other"), ("1,214", "achieved"), ("1,630", "other")]
    assert _kinds_of("In total, 1,102 ambulance handovers took longer than 45 minutes.") == [
        ("1,102 ambulance handovers", "achieved"), ("45 minutes", "other")]
    # time given is a result, and a level a plan cuts to is its goal
    assert _kinds_of("The museum's volunteers gave more than 51,000 hours of their time.") == [("51,000 hours", "achieved")]
    assert _kinds_of("The regulator expects companies to reduce supply interruptions to no more than 3.0 minutes per "
                "property by 2030.")[0][1] == "target"
    # the level before is still the same thing as the share after the bound, and a share after it is not its
    figs = extract_figures("In May, 72.6% of patients were admitted, transferred or discharged within four hours, "
                           "down from 74.1% in April.", language="en")
    assert [(f.text, f.kind) for f in figs] == [("72.6%", "achieved"), ("four hours", "other"), ("74.1%", "other")]
    assert figs[2].subject == figs[0].subject
    assert _kinds_of("Officers attended 78.4% of incidents in urban areas within 15 minutes and 74.9% of those in rural "
                "areas within 20 minutes.")[2] == ("74.9%", "achieved")


def test_a_revised_level_a_part_with_its_share_in_brackets_and_a_fraction_a_change_was_by_are_read():
    assert _kinds_of("The August total has been revised to 150,560 from the 150,420 first published.")[0][0] == "150,560"
    assert _kinds_of("Of the 148,620 open pathways, 41,300 (27.8%) were in trauma and orthopaedics.")[1][0] == "41,300"
    assert _kinds_of("Spot rates fell by a third between July and September.") == [("a third", "achieved")]
    # the parts of what the sentence before reported are results too
    assert _kinds_of("Of these, 8.94 lakh, or 28.3%, had been pending for more than five years.",
                     SentenceContext(previous="achieved"))[:2] == [("8.94 lakh", "achieved"), ("28.3%", "achieved")]


def test_the_rest_of_a_batch_counted_as_a_verbs_subject_is_a_figure():
    figs = extract_figures("The remaining 22 are due to be installed by the end of April 2026.", language="en")
    assert [(f.text, f.kind) for f in figs] == [("22", "target")]
    figs = extract_figures("Of the 148 cables, the first 126 were laid in 2025.", language="en")
    assert [f.text for f in figs] == ["148 cables", "126"]


def test_a_bare_level_after_a_copula_and_a_utilisation_column_beside_periods_are_read():
    figs = extract_figures("The lost-time injury rate was 0.84 in the quarter, compared with 1.02 in Q3 2024.", language="en")
    assert [(f.text, f.kind) for f in figs] == [("0.84", "achieved"), ("1.02", "other")]
    assert [f.text for f in extract_figures("Total attendance was 148,300, 13% more than last season.",
                                             language="en")][:1] == ["148,300"]
    from service.figures.table_bars import column_kinds

    assert column_kinds("Site | Q3 2025 kt | Q3 2024 kt | Change | Utilisation")[-1] == ("achieved", None)


def test_a_share_of_that_goal_reached_is_a_result_and_a_goal_once_aimed_at_is_a_target():
    figs = extract_figures("The board had aimed to vaccinate 15,000 children, and reached 75% of that goal.", language="en")
    assert [(f.text, f.kind) for f in figs] == [("15,000 children", "target"), ("75%", "achieved")]


def test_a_period_written_with_an_en_dash_labels_the_earlier_figure_in_brackets():
    figs = extract_figures("The programme reached 21,400 children and young people (2023–24: 18,900).", language="en")
    assert [(f.text, f.kind) for f in figs] == [("21,400 children", "achieved"), ("18,900", "other")]


def test_a_level_that_averaged_in_the_period_is_a_result_and_one_recalled_with_when_is_the_base():
    figs = extract_figures("Electricity costs averaged $96 per megawatt hour, against $131 a year earlier.", language="en")
    assert [(f.text, f.kind) for f in figs][:2] == [("$96", "achieved"), ("$131", "other")]
    figs = extract_figures("Demand has fallen by 12% since October, when it averaged 336 ML/d.", language="en")
    assert [(f.text, f.kind) for f in figs] == [("12%", "achieved"), ("336 ML/d", "other")]


def test_what_a_result_is_worth_is_a_result_and_a_things_price_is_not():
    assert _kinds_of("We signed 14 contracts worth a total of £96m.") == [("14 contracts", "achieved"), ("£96m", "achieved")]
    assert _kinds_of("The council bought a site worth £4m.") == [("£4m", "other")]


def test_an_open_bound_of_a_class_is_other_and_a_level_a_forecast_rises_to_is_read():
    assert _kinds_of("Pupils missing 10% or more of sessions rose to 21.4%.") == [("10%", "other"), ("21.4%", "achieved")]
    assert _kinds_of("Of the fleet, 38 were 12 metres or longer.")[-1] == ("12 metres", "other")
    assert _kinds_of("The number of borrowers is forecast to rise to about 420,000 in 2026.") == [("420,000", "target")]


def test_an_age_that_names_a_group_is_other_and_a_balance_sheets_dated_base_in_brackets_is_read():
    assert _kinds_of("Those aged 35 to 54 were flat at 66.0%.") == [("35", "other"), ("54", "other"), ("66.0%", "achieved")]
    assert _kinds_of("Raise the share of ticket buyers aged under 30 to 20% by 2028.") == [("30", "other"), ("20%", "target")]
    assert _kinds_of("Group headcount rose to 1,126 at 30 September (31 March 2025: 1,018).") == [
        ("1,126", "achieved"), ("1,018", "other")]


def test_a_change_against_an_earlier_time_is_the_periods_result_and_its_base_year_is_no_period():
    from service.pipeline import summarize
    from service.schemas import SummaryOptions

    text = ("Port Avenel homelessness count\n\n"
            "The city counted 1,486 people experiencing homelessness on the night of 30 January.\n\n"
            "What the city did\n\n"
            "- Housing First and partner agencies moved 812 households into permanent homes, 9% more than in 2023.\n"
            "- Between January and October, 11.62 million passengers used the airport, 7.4% more than in the same "
            "period of 2024.\n"
            "- Demographers project enrollment of 18,050 next fall and fewer than 17,000 by 2029.\n")
    figs = {f.text: (f.kind, f.period) for f in summarize(text, SummaryOptions(mode="extractive")).figures}
    # The change and the level set beside it are results, as a level with its earlier one in brackets is;
    # the year compared with names the base, not the change's period.
    assert figs["812 households"] == figs["9%"] == ("achieved", None)
    assert figs["11.62 million passengers"] == figs["7.4%"] == ("achieved", None)
    # A deadline after "fewer than" is its own number's, not the period of the figure before it.
    assert figs["18,050"] == ("target", None) and figs["17,000"] == ("target", "2029")


def test_a_part_counted_after_including_is_of_its_wholes_kind():
    text = ("Annual review\n\n"
            "Community and events fundraising raised £1.8m, including £412,000 from the Lowen Coast 10K.\n\n"
            "The Company drilled 62,000 metres across its tenements during the quarter, including 21 holes at the "
            "Corella prospect.\n\n"
            "The budget for 2025 is 212 million kr, including 18 million kr for a new visitor centre.\n")
    figs = extractive_kinds(text)
    assert figs["£1.8m"] == figs["£412,000"] == "achieved"
    assert figs["62,000 metres"] == figs["21 holes"] == "achieved"
    assert figs["212 million kr"] == figs["18 million kr"] == "target"


def test_a_level_set_against_an_earlier_times_base_is_the_periods_result():
    text = ("Annual report\n\n"
            "84% of respondents rated the overall service as good or excellent, up from 81% in 2024.\n\n"
            "Customers used an average of 846 megalitres a day in August, compared with 790 megalitres a day in a "
            "typical August.\n\n"
            "Annual tuition fees for international undergraduates range from £19,500 to £26,800, compared with £9,535 "
            "for home students.\n\n"
            "Only 71% of pupils in Year 6 could swim 25 metres unaided, compared with 77% before the pandemic.\n\n"
            "At the end of the month 4,215 patients had been waiting more than 52 weeks, down from 5,880 a year earlier.\n")
    figs = extractive_kinds(text)
    assert figs["84%"] == figs["846 megalitres"] == "achieved"
    assert figs["81%"] == figs["790 megalitres"] == "other"
    # (past a bound of what is counted)
    assert figs["4,215 patients"] == "achieved" and figs["5,880"] == "other"
    # a base of another group, not of an earlier time, and a bound of the measure, not the measure
    assert figs["£19,500"] == figs["£26,800"] == "other"
    assert figs["25 metres"] == "other"


def test_a_second_base_joined_by_and_is_a_base_too():
    text = ("Quarterly results\n\nGross margin was 46.2%, up from 43.8% in Q2 and 41.9% in Q3 2024.\n\n"
            "The monthly unemployment rate was 4.6%, compared with 4.8% in September and 5.1% a year earlier.\n")
    figs = extractive_kinds(text)
    assert figs["46.2%"] == figs["4.6%"] == "achieved"
    assert figs["43.8%"] == figs["41.9%"] == figs["4.8%"] == figs["5.1%"] == "other"


def test_a_left_out_list_members_subject_is_its_own_name():
    subjects = {f.text: f.subject for f in extract_figures(
        "Sheep were again the largest section with 2,310 entries, followed by cattle with 1,140, poultry with 620 "
        "and pigs with 420.", language="en")}
    assert (subjects["1,140"], subjects["620"], subjects["420"]) == ("cattle", "poultry", "pigs")
    subjects = {f.text: f.subject for f in extract_figures(
        "Most planting took place at two sites: Hartleigh Fields (4,200 trees) and Cobb Lane (2,900).", language="en")}
    assert subjects["2,900"] == "Cobb Lane"
    # (no name of its own before it: its words after it; a verb's words are no name: "and closed 7")
    subjects = {f.text: f.subject for f in extract_figures(
        "Of these, 431 were for social rent, 147 for affordable rent and 106 for shared ownership.", language="en")}
    assert subjects["147"] == "affordable rent"
    subjects = {f.text: f.subject for f in extract_figures("We opened 9 stores and closed 7 during the year.",
                                                           language="en")}
    assert subjects.get("7") != "closed"


def test_things_counted_with_no_verb_to_read_are_the_subject_and_an_approximate_value_is_a_value_of():
    assert _subjects_of("There were 38 reportable collisions on the crossing, eight fewer than the previous year.") == [
        ("38 reportable collisions", "reportable collisions"), ("eight", "decline in reportable collisions")]
    assert _subjects_of("We aim to reach 2.5 million active buyers by 2027.") == [
        ("2.5 million active buyers", "active buyers")]
    assert _subjects_of("The Board expects to report revenue of approximately £2.84 billion for 2024.") == [
        ("£2.84 billion", "revenue")]
    assert _subjects_of("There were 18,742 A&E attendances in October.") == [
        ("18,742 A&E attendances", "A&E attendances")]


def test_a_part_of_which_is_named_by_what_follows_it():
    assert _subjects_of("PATC's bus fleet numbers 1,418 vehicles, of which 226 are battery-electric.")[1] == (
        "226", "battery-electric")
    assert _subjects_of("The service employs 612 firefighters, of whom 281 are on-call.")[1] == ("281", "on-call")
    # (with the whole it is a part of, when the part is a use, a place or what was done to it)
    assert _subjects_of("Total income was £4.1m, of which 58% came from individual donors and a further 21% from grants.")[1] \
        == ("58%", "share of total income from individual donors")
    assert _subjects_of("Kindara has about 14,200 farm businesses, of which some 9,600 are in the declared drought area.")[1] \
        == ("9,600", "farm businesses in the declared drought area")
    assert _subjects_of("We spent £20.4 million, of which 88% went directly on charitable activities.")[1] == (
        "88%", "share of spending on charitable activities")
    assert _subjects_of("The zoo cares for 3,420 animals of 412 species, 97 of which are classed as threatened.")[2] == (
        "97", "species classed as threatened")
    assert _subjects_of("Under the plan it will invest €310 million, of which about €120 million is to be borrowed.")[1] == (
        "€120 million", "investment borrowed")
    # (past the part's share: ", or 86%,")
    assert _subjects_of("737 vehicles delivered, of which 633, or 86%, were zero-emission.")[1] == ("633", "zero-emission")
    # (not a whole named further back: "47 patent applications, and its spin-out companies, 31 of which")
    assert _subjects_of("The University filed 47 patent applications, and its spin-out companies, 31 of which are "
                        "currently active, raised £12m.")[1] == ("31", "currently active")


def test_a_named_projects_cost_is_the_projects():
    assert _subjects_of("The £48 million Kestrow Community Diagnostic Centre opened in November.")[0] == (
        "£48 million", "Kestrow Community Diagnostic Centre")
    assert _subjects_of("Open the £4.8 million Eastgate custody suite, with 24 cells, in February 2026.")[0] == (
        "£4.8 million", "Eastgate custody suite")
    assert _subjects_of("The A$540 million Stage 3 expansion was approved in August 2024.")[0] == (
        "A$540 million", "Stage 3 expansion")


def test_a_nouns_abbreviation_or_a_participles_aside_stands_between_it_and_its_verb():
    # (the subject was the clause around the number: 'rose … to 1,962 million')
    assert _subjects_of("Capacity, measured in available seat kilometres (ASKs), rose 5.1% to 1,962 million, and revenue "
                        "passenger kilometres (RPKs) rose 6.6% to 1,654 million.") == [
        ("5.1%", "growth in Capacity"), ("1,962 million", "Capacity"),
        ("6.6%", "growth in revenue passenger kilometres (RPKs)"), ("1,654 million", "revenue passenger kilometres (RPKs)")]
    assert _subjects_of("Gross merchandise value (GMV) up 10.9% to £412.6m.")[1] == ("£412.6m", "Gross merchandise value (GMV)")
    # (an aside with a verb of its own is no participle's: it still names the figure's subject when it counts)
    assert _subjects_of("Sales, driven by strong exports, rose 5% to $3 billion.")[1] == ("$3 billion", "Sales")


def test_the_level_a_change_or_a_count_takes_a_thing_to_is_that_things():
    # (was the unit counted: 'offences', 'pathways', 'vehicles')
    assert _subjects_of("Residential burglary fell 7.6% to 842 offences.")[1] == ("842 offences", "Residential burglary")
    assert _subjects_of("The waiting list fell by 1,240 to 58,930 pathways.")[1] == ("58,930 pathways", "waiting list")
    assert _subjects_of("During the year 64 battery-electric buses entered service, taking the zero-emission fleet to "
                        "148 vehicles.")[1] == ("148 vehicles", "zero-emission fleet")
    # (a count of whom a thing went to is not a level: "delivered water to 1.4 million customers")
    assert _subjects_of("We delivered water to 1.4 million customers.") == [("1.4 million customers", "customers")]
    assert _subjects_of("We hired 45 new police officers and 20 firefighters.")[1] == ("20 firefighters", "firefighters")


def test_a_gap_from_a_reference_is_a_figure_and_no_unit():
    # (was '1,430 above', its unit 'above')
    assert [f for f, _ in _subjects_of("The waiting list fell by 1,240 to 58,930 pathways, still 1,430 above the December "
                                       "plan.")] == ["1,240", "58,930 pathways", "1,430"]
    assert [f for f, _ in _subjects_of("Enrolment is now about 41,000 below its 2019 peak.")] == ["41,000"]


def test_an_area_covered_is_the_places_and_the_people_a_place_is_home_to_are_its_own():
    assert _subjects_of("The parish covers 1,260 hectares.") == [("1,260 hectares", "area of parish")]
    assert _subjects_of("Corvell County covers 612 square miles.") == [("612 square miles", "area of Corvell County")]
    assert _subjects_of("The county is now home to 12,400 businesses.") == [("12,400 businesses", "businesses in county")]
    # (a share covered stays a share: "covers 19.4% of the land area")
    assert _subjects_of("Woodland now covers 19.4% of Dunmarrow's land area.")[0][1] != "woodland"


def test_money_raised_given_or_paid_and_a_funds_return_are_named_by_the_verb():
    # (each was the clause around the number: 'our 2024 share offer raised … from 418 investors')
    assert _subjects_of("Our 2024 share offer raised £612,000 from 418 investors.")[0] == (
        "£612,000", "funds raised by share offer")
    assert _subjects_of("It has raised £2.1m so far.") == [("£2.1m", "funds raised")]
    assert _subjects_of("Some 540 volunteers gave 61,200 hours.")[1] == ("61,200 hours", "hours given by volunteers")
    assert _subjects_of("A Band A household will pay £56.85.") == [("£56.85", "amount paid by Band A household")]
    assert _subjects_of("The Fund returned 7.4% over the year.") == [("7.4%", "return on Fund")]
    assert _subjects_of("Interim dividend raised 10% to 2.2p per share")[0] == ("10%", "growth in Interim dividend")
    # (a total a dividend gives is no donation)
    assert _subjects_of("Proposed final dividend of 9.4p per share, giving a total of 13.6p.")[1][1] != "donations"


def test_the_parts_of_a_whole_listed_by_where_they_came_from_are_the_wholes_from_there():
    # (each was the clause around it: 'from export sales and £43,800 from the feed-in tariff')
    assert _subjects_of("Income for the year totalled £498,300: £312,600 from power purchase agreements, £141,900 from "
                        "export sales and £43,800 from the feed-in tariff.")[1:] == [
        ("£312,600", "Income for the year from power purchase agreements"),
        ("£141,900", "Income for the year from export sales"), ("£43,800", "Income for the year from the feed-in tariff")]
    assert _subjects_of("We abstracted 34% of our water from the River Tessel, 48% from groundwater and 18% from the "
                        "reservoirs.")[1] == ("48%", "share of water from groundwater")
    # (a figure before that is a part too is no whole; a date is no source)
    assert _subjects_of("The hub opens with a bank loan of £900,000 and £350,000 from our own reserves.")[1][1] != \
        "bank loan from our own reserves"
    assert "from 1 April" not in _subjects_of("Standard tickets will rise by between 3% and 5% from 1 April.")[1][1]


def test_a_month_and_its_year_date_a_figure():
    # (a month before the year hid the year: these had no period)
    def period_of(sentence: str) -> str | None:
        return extract_figures(sentence, language="en")[0].period

    assert period_of("We aim to answer 80% of calls within two minutes by March 2026.") == "2026"
    assert period_of("Retail sales volumes rose by 0.6% in October 2024 compared with September.") == "2024"
    assert period_of("Receipts totalled 41,260 cases in July to September 2025.") == "2025"


def test_an_age_that_bounds_a_group_is_the_groups_age_and_the_group_keeps_its_band():
    # (each was the clause around the number: 'the number of prisoners aged … and over rose to 2,312')
    assert _subjects_of("The number of prisoners aged 60 and over rose to 2,312.") == [
        ("60", "age of prisoners"), ("2,312", "number of prisoners aged 60 and over")]
    assert _subjects_of("The employment rate for people aged 16 to 64 was 75.8%.") == [
        ("16", "age of people"), ("64", "age of people"), ("75.8%", "employment rate for people aged 16 to 64")]
    # (and no figure after it is of the age: "186 entrants aged 8 to 16, up from 142")
    assert _subjects_of("The Young Handlers classes attracted 186 entrants aged 8 to 16, up from 142.")[-1][1] != \
        "age of entrants"


def test_the_people_an_employer_employs_are_its_employees():
    assert _subjects_of("The Group employs around 640 people across Australia.") == [("640 people", "employees")]
    assert _subjects_of("Tourism directly employed about 118,000 people.") == [("118,000 people", "direct employees")]
    assert _subjects_of("The Playhouse employs 118 staff.") == [("118 staff", "employees")]
    # (people counted by another verb keep their own subject)
    assert _subjects_of("The ferry carried 96,300 people.") == [("96,300 people", "people carried")]


def test_a_value_alone_in_brackets_is_of_the_words_before_them():
    assert _subjects_of("1. Northern Quay extension (£186 million).") == [("£186 million", "Northern Quay extension")]
    assert _subjects_of("Construction started on the Sgurr Mòr wind farm extension (320 MW).") == [
        ("320 MW", "Sgurr Mòr wind farm extension")]
    # a fraction in words before a share restates it: the share of what it is a fraction of
    assert dict(_subjects_of("Almost a quarter of referrals (23%) came from households.")).get("23%") == "share of referrals"
    assert dict(_subjects_of("Just over one in five new entrants (21.3%) came from there.")).get("21.3%") == \
        "share of new entrants"
    # another time's value of the figure before, with the time before the bracket or as its label
    assert dict(_subjects_of("The prison population was 31,842, 4.2% higher than a year earlier (30,558).")).get(
        "30,558") == "prison population"
    assert dict(_subjects_of("The year-to-date load factor was 84.9% (January–October 2024: 84.1%).")).get(
        "84.1%") == "year-to-date load factor"
    # a standard or a plan in the bracket is the figure's
    assert dict(_subjects_of("Ferries reached 96.8% (standard: 95%).")).get("95%") == "standard for Ferries"


def test_what_comprises_or_numbered_a_count_is_measured_by_it():
    assert _subjects_of("Private forward sales comprised 1,480 homes.") == [("1,480 homes", "Private forward sales")]
    assert _subjects_of("The licensed fleet numbered 214 vessels at the end of the year.") == [
        ("214 vessels", "licensed fleet")]
    # ("numbers" stays a noun: "driver numbers")
    assert _subjects_of("Driver numbers rose to 438.") == [("438", "Driver numbers")]


def test_a_bare_count_after_a_count_of_things_is_of_those_things_by_what_was_done_to_them():
    assert dict(_subjects_of("In the High Criminal Court, 6,480 cases were received and 6,120 were disposed of.")).get(
        "6,120") == "cases disposed of"
    assert dict(_subjects_of("Of the 6,480 fixtures scheduled, 5,870 were played.")).get("5,870") == "fixtures played"
    # (not when the words after the number describe a noun of their own)
    assert dict(_subjects_of("The Playhouse put on 9 relaxed performances and 16 captioned or audio-described "
                             "performances.")).get("16") != "relaxed performances that captioned or audio-described performances"


def test_a_share_set_beside_an_amount_is_its_share_and_an_amount_after_goes_on_from_the_amount():
    assert _subjects_of("Our operating costs were £1.02 million, or 8.3% of total expenditure.") == [
        ("£1.02 million", "operating costs"), ("8.3%", "operating costs as share of total expenditure")]
    assert _subjects_of("Marketing spend was £9.6m, or 16.4% of revenue, compared with £9.9m a year earlier.") == [
        ("£9.6m", "Marketing spend"), ("16.4%", "Marketing spend as share of revenue"), ("£9.9m", "Marketing spend")]


def test_a_participles_count_names_its_things_and_time_spent_is_no_spending():
    assert dict(_subjects_of("The agency's helicopters, flying from 4 bases, completed 1,126 taskings.")).get(
        "4 bases") == "bases"
    assert dict(_subjects_of("Vessels spent 19,640 days at sea.")).get("19,640 days") != "spending"
    assert _subjects_of("We spent £14.5 million.") == [("£14.5 million", "spending")]


def test_a_pronoun_or_a_word_that_names_nothing_leaves_the_figure_to_the_one_before():
    assert dict(_subjects_of("Bed occupancy averaged 94.6%, well above the 92% we planned for.")).get("92%") == \
        "average bed occupancy"
    assert dict(_subjects_of("Households in temporary accommodation rose to 2,146, up from a year earlier, when the figure "
                             "was 1,982.")).get("1,982") != "figure"


def test_a_figure_set_off_by_a_comma_after_its_verb_is_of_what_the_clause_before_changed():
    assert _subjects_of("Physical loans fell again, to 1,482,000 from 1,561,000.") == [
        ("1,482,000", "Physical loans"), ("1,561,000", "Physical loans")]
    assert _subjects_of("Communication prices also fell, by 0.9%.") == [("0.9%", "decline in Communication prices")]
    assert _subjects_of("Diagnostic performance was lower, at 63.2%.") == [("63.2%", "Diagnostic performance")]
    # (not a clause before with no verb of change or level: "Wendleby Park Primary did best, with 81%")
    assert _subjects_of("Wendleby Park Primary did best, by 81%.") != [("81%", "Wendleby Park Primary")]


def test_a_value_in_brackets_after_the_time_compared_with_is_of_the_figure_befores_thing():
    assert dict(_subjects_of("The airline carried 2.84 million passengers in October 2025, up 7.2% on October 2024 "
                             "(2.65 million).")).get("2.65 million") == "passengers carried"
    assert dict(_subjects_of("Generation was 653,200 MWh, 19% more than in the third quarter of 2024 (548,900 MWh).")).get(
        "548,900 MWh") == "Generation"


def test_a_value_alone_between_commas_restates_the_noun_phrase_before_it():
    assert dict(_subjects_of("The largest single award, £750,000, went to Harrowfield Hospice.")).get("£750,000") == \
        "largest single award"
    assert dict(_subjects_of("The university block grant provided £3.85m, commercial trading £4.62m and other income, "
                             "including sponsorship and room hire, £1.27m.")).get("£1.27m") == "other income"
    # a part of the things named after "Of", not of the time or the amount after them
    assert dict(_subjects_of("Of the cases outstanding at the end of June, 3,910 (26%) had been open for a year.")).get(
        "3,910") == "cases outstanding"
    assert dict(_subjects_of("Of the £18.5 million of savings agreed, £11.2 million (61%) has been delivered.")).get(
        "£11.2 million") == "savings"
    # a listed item's name before its colon
    assert dict(_subjects_of("Nordhavn Cold Chain: a distribution centre at Sedgeley Gate, £62 million, 310 jobs")).get(
        "£62 million") == "Nordhavn Cold Chain"
    # (not a pronoun, a fraction or a time)
    assert dict(_subjects_of("Of these 180 cases, 112 of them, 68.3%, were closed.")).get("68.3%") != "of them"
    assert dict(_subjects_of("In March 2025, 412 were waiting.")).get("412") != "March"


def test_a_change_in_points_is_of_the_share_before_it_and_a_school_year_is_part_of_the_share():
    assert dict(_subjects_of("Seats sold were 61%, two points ahead of last year.")).get("two points") == \
        "growth in Seats sold"
    assert dict(_subjects_of("The household recycling rate reached 46%, up three points.")).get("three points") == \
        "growth in household recycling rate"
    assert _subjects_of("66% of Year 6 pupils reached the expected standard in reading.") == [
        ("66%", "share of Year 6 pupils who reached the expected standard")]


def test_the_expected_standard_is_a_benchmark_not_a_plan():
    assert _kinds_of("66% of pupils reached the expected standard in reading.") == [("66%", "achieved")]


def test_the_money_a_return_is_counted_per_is_no_result():
    assert _kinds_of("For every £1 invested in our service, we generated £5.30 in financial gains.") == [
        ("£1", "other"), ("£5.30", "achieved")]
    assert dict(_kinds_of("Every £1 of council money drew in roughly £3.40 from other sources.")).get("£1") == "other"
    # (a time every so often is a service's frequency, whose verb gives its kind)
    assert _kinds_of("From May 2025 the bus will run every 30 minutes.") == [("30 minutes", "target")]


def test_a_stock_the_sentence_opens_on_given_with_its_change_is_the_periods_outcome():
    assert _kinds_of("The sentenced population was 24,121, up 1.9%.") == [("24,121", "achieved"), ("1.9%", "achieved")]
    assert _kinds_of("Our website had 1.9 million visits, up 14%.")[0] == ("1.9 million visits", "achieved")
    # (not the stock a result came from: "earned ₹412 crore from its 58 hotels and resorts, a rise of 17%")
    assert dict(_kinds_of("The network carried 187,000 passengers on its 6 seasonal routes, up 14%.")).get(
        "6 seasonal routes") == "other"


def test_a_list_member_shares_its_first_members_verb_past_a_cue_of_background_read_from_afar():
    assert _kinds_of("We invested £51.8 million in our existing homes, fitting 1,140 new kitchens, 960 bathrooms and "
                     "2,210 boilers.") == [("£51.8 million", "achieved"), ("1,140 new kitchens", "achieved"),
                                           ("960 bathrooms", "achieved"), ("2,210 boilers", "achieved")]


def test_a_speed_limit_that_names_a_class_of_roads_is_background_and_a_wind_farms_capacity_its_size():
    assert _subjects_of("A further 38 new 20 mph zones were introduced around schools.") == [
        ("38 new 20 mph zones", "new 20 mph zones")]
    assert _kinds_of("A 40 mph limit was introduced on the bypass, previously a 50 mph road.") == [
        ("40 mph", "other"), ("50 mph", "other")]
    assert _subjects_of("A 40 mph limit was introduced on the bypass.") == [("40 mph", "speed limit")]
    assert _kinds_of("Average speeds fell to 27 mph.") == [("27 mph", "achieved")]
    assert _kinds_of("Morrow Bank is a 1.2 GW offshore wind farm being built off the coast.") == [("1.2 GW", "other")]


def test_a_future_home_to_and_amounts_held_of_at_least_are_plans_not_background():
    assert dict(_kinds_of("We will open the Monsoon Forest house in spring, which will be home to 14 species.")).get(
        "14 species") == "target"
    assert _kinds_of("It also aims to hold operating reserves of at least 3,500 MW during peak hours.") == [
        ("3,500 MW", "target")]
    # (a class's bound stays one: "Ships of more than 50,000 deadweight tonnes made 118 calls")
    assert dict(_kinds_of("Ships of more than 50,000 deadweight tonnes made 118 calls.")).get(
        "50,000 deadweight tonnes") == "other"


def test_a_financial_year_is_a_time_not_a_part_of_the_subject():
    assert _subjects_of("The multi-year projection shows deficits of $7.2 million in 2026-27 and $9.8 million in 2027-28.") == [
        ("$7.2 million", "deficits"), ("$9.8 million", "deficits")]
    assert _subjects_of("Our grant-in-aid for 2025/26 has been confirmed at £11.6 million.") == [
        ("£11.6 million", "grant-in-aid")]
    # (nor is the time or the baseline a share is of its whole: "in the 2025/26 marketing year", "of the 2019/20 baseline")
    assert _subjects_of("Elective activity reached 108% of the 2019/20 baseline.") == [
        ("108%", "Elective activity as share of baseline")]


def test_a_share_of_a_whole_named_in_capitals_and_what_its_things_did():
    assert _subjects_of("In the Friends and Family Test, 91% of inpatients and 74% of ED patients said it was good.") == [
        ("91%", "share of inpatients"), ("74%", "share of ED patients")]
    assert _subjects_of("At 31 March 2025, 96.8% of our homes met the Decent Homes Standard.") == [
        ("96.8%", "share of homes that met the Decent Homes Standard")]
    assert dict(_subjects_of("About 78% of General Fund revenue comes from the state, 6% from federal programs.")).get(
        "78%") == "share of General Fund revenue"
    # (not a headline's words in capitals: "Ridership Reaches 94% of 2019 Levels")
    assert _subjects_of("Ridership Reaches 94% of 2019 Levels as KBRT Prepares Weekend Service") == [("94%", "Ridership")]


def test_a_rate_per_a_base_keeps_what_was_done_before_its_base():
    assert dict(_subjects_of("Customers filed 3.1 complaints per 100,000 boardings, down from 3.8.")).get(
        "3.1 complaints per 100,000 boardings") == "complaints filed per 100,000 boardings"
    assert _subjects_of("The sector rate rose to 26.3 incidents per 10,000 km of sewer.") == [
        ("26.3 incidents per 10,000 km", "sector rate")]


def test_an_equivalent_is_of_the_figure_before_and_a_pronouns_count_of_its_things():
    assert dict(_subjects_of("Some 540 volunteers gave 61,200 hours, the equivalent of about 33 full-time staff.")).get(
        "33 full-time staff") == "hours given by volunteers"
    assert dict(_subjects_of("Net debt rose to £142.5 million, equal to 4.8 times EBITDA.")).get("4.8 times") == "Net debt"
    assert dict(_subjects_of("Of the 4,960 trains we cancelled, 1,830 were due to infrastructure faults.")).get(
        "4,960 trains") == "trains"


def test_a_half_year_is_one_time():
    assert dict(_subjects_of("Reported assaults on operators fell to 17 in the half-year from 29 in the same period of "
                             "2024.")).get("29") == "Reported assaults on operators"


def test_a_plus_sign_is_written_with_its_figure_and_leaves_no_subject_behind():
    assert _subjects_of("Growth came from the United States (+31%) and Germany (+18%).") == [
        ("+31%", "United States"), ("+18%", "Germany")]
    assert _subjects_of("Customer satisfaction rose to +41 from +36 a year ago.") == [
        ("+41", "Customer satisfaction"), ("+36", "Customer satisfaction")]
    # (a signed figure in brackets after the earlier time is the change, not that time's level)
    assert _kinds_of("Day visits made up 3.1 million of the total, broadly flat on last year (+0.9%).")[1] == ("+0.9%", "achieved")


def test_a_goal_or_a_years_budget_named_with_its_number_is_a_target():
    assert dict(_kinds_of("Membership reached 41,800, which is 104.5% of the 40,000 target set in our strategy.")).get(
        "40,000") == "target"
    assert dict(_kinds_of("Spending reached £376.5m, 49% of the £768m budget for the year.")).get("£768m") == "target"
    assert _kinds_of("The season's target was 15,000 trees.") == [("15,000 trees", "target")]
    # (a ceiling agreed is one too: "within the 3.2% ceiling agreed with the integrated care board")
    assert dict(_kinds_of("Agency spend was 3.1% of the pay bill, within the 3.2% ceiling agreed with the board.")).get(
        "3.2%") == "target"
    # (not an amount below budget, a project's budget or a programme's size)
    assert dict(_kinds_of("Net expenditure was £49.8 million, £0.7 million below budget.")).get("£0.7 million") == "achieved"
    assert dict(_kinds_of("The total programme budget is €2.4 billion to 2030.")).get("€2.4 billion") != "target"


def test_a_further_number_is_more_of_the_things_counted_before_and_to_follow_is_a_plan():
    assert _subjects_of("We installed 8 water quality sensors, with a further 10 to follow in 2025–26.")[1] == (
        "10", "water quality sensors")
    assert _kinds_of("We installed 8 water quality sensors, with a further 10 to follow in 2025–26.")[1] == ("10", "target")
    assert _subjects_of("We planted 83,000 trees this year and will plant a further 120,000.")[1] == ("120,000", "trees")


def test_the_things_an_amount_came_from_are_counted_and_a_labels_value_may_be_qualified():
    assert dict(_subjects_of("Gifts in wills reached $6.2 million from 31 estates.")).get("31 estates") == "estates"
    assert dict(_subjects_of("Its learning team worked with 14,800 pupils from 63 schools.")).get("63 schools") == "schools"
    assert _subjects_of("Bins collected: about 9.6 million") == [("9.6 million", "Bins collected")]


def test_a_subordinating_word_opens_no_noun_phrase():
    assert dict(_subjects_of("Because food donations fell 8%, we bought £1.9 million of food.")).get("8%") == \
        "decline in food donations"
    assert dict(_subjects_of("Motorcyclists accounted for 17% of KSI casualties although motorcycles make up 1% of "
                             "traffic.")).get("17%") == "Motorcyclists as share of KSI casualties"


def test_a_level_set_off_after_a_clause_about_something_is_of_that_thing():
    assert _subjects_of("Satisfaction was lowest for crowding on buses, at 58%.") == [("58%", "Satisfaction")]
    assert _subjects_of("Engineering graduates had the highest rate, at 88.2%, and Arts and Humanities the lowest, "
                        "at 61.5%.") == [("88.2%", "Engineering graduates"), ("61.5%", "Arts and Humanities")]
    assert _subjects_of("The well-to-wheel saving was lower, at about 870 tonnes.") == [("870 tonnes", "well-to-wheel saving")]


def test_money_a_source_brought_in_is_income_from_it():
    assert dict(_subjects_of("Admissions brought in £13.9m, catering and retail £5.2m.")).get("£13.9m") == \
        "income from Admissions"
    assert _subjects_of("Ticket sales brought in £6.84m, 9.1% more than last season.") == [
        ("£6.84m", "income from Ticket sales"), ("9.1%", "growth in income from Ticket sales")]


def test_a_baseline_in_another_unit_than_the_figure_before_is_the_thing_counted_in_that_unit():
    # (were 'children', 'growth in children', 'growth in member growers': the figure just before's)
    assert _subjects_of("231 families, including 447 children, were in shelters or motels, up from 178 families a year "
                        "earlier – an increase of 30%.") == [
        ("231 families", "families"), ("447 children", "children"), ("178 families", "families"), ("30%", "growth in families")]
    assert dict(_subjects_of("The co-operative received 46,820 tonnes of grapes from its 118 member growers in vintage 2025, "
                             "up 11.4% on the 42,030 tonnes delivered in vintage 2024.")).get("11.4%") == "growth in grapes"


def test_a_place_in_a_ranking_is_the_rank_among_its_field_by_its_measure():
    # (were 'rank ranked', 'rank finished', and the field's noun for the rank a year before)
    assert _subjects_of("We ranked 24th of 131 universities by research income, up from 27th.") == [
        ("24th", "rank among universities by research income"), ("131 universities", "universities"),
        ("27th", "rank among universities by research income")]
    assert dict(_subjects_of("Ashbury Rovers Women finished third in the Women's National League.")).get("third") == \
        "rank in the Women's National League"
    assert dict(_subjects_of("Brennford was ranked 4th of 20 mid-sized U.S. cities for curb access, up from 9th in 2023.")) \
        .get("9th") == "rank among mid-sized U.S. cities for curb access"


def test_things_counted_after_a_verbs_at_or_by_are_the_things_and_where_something_was_done():
    # (were 'out', 'Trustee', 'protocol': the words before the preposition)
    assert _subjects_of("Enforcement is carried out by 58 civil enforcement officers employed directly by the council.") == [
        ("58 civil enforcement officers", "civil enforcement officers employed directly by the council")]
    assert _subjects_of("The protocol was introduced at four hospitals during the winter.") == [
        ("four hospitals", "hospitals where the protocol was introduced")]
    assert _subjects_of("Libraries hosted 3,150 events, attended by 71,800 people.")[1] == ("71,800 people", "people")
    # (a level reached or a peak is still of the thing before: "Demand peaked at 1,020 megalitres a day")
    assert _subjects_of("Demand peaked at 1,020 megalitres a day on 12 July.") == [("1,020 megalitres", "Demand")]
    # (and a participle after them carried out somewhere is no verb of theirs; "carried out" with an object is)
    assert dict(_subjects_of("The median wait was 72 days, helped by 2,450 cataract operations carried out at weekend "
                             "clinics.")).get("2,450 cataract operations") == "cataract operations carried out at weekend clinics"
    assert _subjects_of("The authority's 16 pilots carried out 3,090 acts of pilotage.")[0] == ("16 pilots", "pilots that carried out")


def test_a_measure_of_work_done_is_named_by_its_unit_verb_and_doer():
    # (were the clause with the number cut out: 'Skyvale Cargo carried …', 'vessels spent … at sea')
    assert _subjects_of("Skyvale Cargo carried 14,300 tonnes, up 3.5% year on year.") == [
        ("14,300 tonnes", "tonnes carried by Skyvale Cargo"), ("3.5%", "growth in tonnes carried by Skyvale Cargo")]
    assert _subjects_of("Vessels spent 19,640 days at sea, down from 20,810.")[0] == ("19,640 days", "days spent at sea by Vessels")
    assert _subjects_of("In the first year we mapped 410 hectares of the closed area by sonar.") == [("410 hectares", "hectares mapped")]
    # (no doer inside a phrase; no work in a length, a level, a passive or an adjective)
    assert _subjects_of("The panels installed on the roof of the Aquatics Centre generated 410 MWh.") == [
        ("410 MWh", "MWh generated")]
    for sentence, text, measure in (("The average visit lasted 2.6 hours.", "2.6 hours", "hours lasted"),
                                    ("Nandi weighed 104 kilograms at birth.", "104 kilograms", "kilograms weighed"),
                                    ("The lifeboat towed the disabled 19-metre trawler.", "19-metre", "metre disabled")):
        assert dict(_subjects_of(sentence)).get(text) != measure


def test_the_things_there_are_are_the_subject_of_their_count():
    # (was 'end of there': the words before the existential verb)
    assert _subjects_of("At the end of March there were about 4,100 unsold grave spaces.") == [
        ("4,100 unsold grave spaces", "unsold grave spaces")]


def test_bare_counts_of_the_things_counted_before_are_named_by_what_the_things_are():
    # (10 and 7 were missed; their subjects, and 4's, were the clause after them)
    assert _subjects_of("To date 29 proposals have been delivered in full, 10 are on track and 7 are rated red.") == [
        ("29 proposals", "proposals delivered in full"), ("10", "proposals on track"), ("7", "proposals rated red")]
    assert _subjects_of("Of 312 calls, 4 had to be cancelled because of high winds.")[1] == (
        "4", "calls cancelled because of high winds")
    # (a whole named first without a number is what they are parts of; a state that is no participle keeps its verb)
    assert _subjects_of("Of our 148 vans, 31 are now electric.")[1] == ("31", "vans that are electric")
    assert _subjects_of("Of the new collections, 402 were from grassland and heath.") == [("402", "new collections from grassland")]


def test_a_sum_set_against_what_it_pays_for_is_named_by_its_use():
    # (were the clause with the sum cut out: 'including … on a new 60-place nursery at Hobb's Lane Primary')
    assert dict(_subjects_of("Next year we will spend about £5.5m, including £2.1m on a new 60-place nursery.")).get("£2.1m") == \
        "spending on new 60-place nursery"
    assert _subjects_of("The 2025–26 budget provides £79.0 million for Area A.") == [("£79.0 million", "funding for Area A")]
    assert dict(_subjects_of("It paid deficit contributions of £18m in the year, plus £4.2m towards running costs.")).get(
        "£4.2m") == "contribution towards running costs"
    # (a price is no budget's line)
    assert _subjects_of("Adult tickets cost £24 in advance and £29 on the gate.")[1][1] != "spending on gate"


def test_bare_counts_of_what_things_were_are_named_by_it():
    # (were the clause after the number: 'were fires', 'were false alarms and 3,439 were …')
    assert _subjects_of("Of these, 3,517 were fires, 4,906 were false alarms.") == [("3,517", "fires"), ("4,906", "false alarms")]
    assert _subjects_of("Of the 2,146 households in temporary accommodation, 1,318 were families with children.")[1] == (
        "1,318", "families with children")


def test_a_count_the_sentence_opens_on_names_its_own_noun():
    # (were 'took', 'gave', 'work': the verb after it, read as a noun it sizes)
    assert _subjects_of("Our 14 car parks took £1.47 million in parking charges.")[0] == ("14 car parks", "car parks")
    assert _subjects_of("Our 164 staff work across the three hubs.")[0] == ("164 staff", "staff")
    # (and what they did to an amount is no part of it; a size before a name still sizes the name)
    assert _subjects_of("More than 9,800 volunteers gave an estimated 1.1 million hours.")[0] == ("9,800 volunteers", "volunteers")
    assert _subjects_of("The 60-bed Fenwick Ward Block is due to open in May.")[0][1] == "Fenwick Ward Block"


def test_a_sum_said_to_have_been_spent_on_its_use_is_named_by_it():
    # (was the clause with the sum cut out: 'a total of … has been spent on drought projects so far in')
    assert _subjects_of("A total of R412 million has been spent on drought projects so far this year.") == [
        ("R412 million", "spending on drought projects")]


def test_a_time_something_was_closed_or_out_of_use_for_is_its_closure():
    # (were the clause with the time cut out: 'the station was closed for a total of … during the year')
    assert _subjects_of("The station was closed for a total of 19 hours during the year.") == [("19 hours", "closure of station")]
    assert _subjects_of("Landings at Skelvik were disrupted for 9 days in March.") == [("9 days", "disruption of Landings at Skelvik")]
    assert _subjects_of("Even so, the turbine was out of action for 11 days in June.") == [("11 days", "outage of turbine")]


def test_a_level_a_superlative_describes_is_of_what_it_describes():
    # (were 'largest source', 'largest source as share of income': the superlative's noun)
    assert _subjects_of("Legacies remained our largest source at £19.3m, or 50% of income.") == [
        ("£19.3m", "Legacies"), ("50%", "Legacies as share of income")]


def test_a_share_of_things_done_with_something_keeps_what_they_were_done_with():
    # (was 'share of passengers': the predicate's "with" ended it)
    assert _subjects_of("81% of passengers were satisfied with their journey overall, compared with 76% a year earlier.")[0] == (
        "81%", "share of passengers satisfied with their journey overall")


def test_a_total_of_things_is_no_part_of_a_whole_and_keeps_what_they_did():
    # (were 'people', 'households': "of" before the count was read as a part's whole)
    assert _subjects_of("A total of 146 people earned a high school equivalency diploma.") == [
        ("146 people", "people who earned a high school equivalency diploma")]
    # (and what they did to an amount is no part of it)
    assert _subjects_of("Some 1,240 volunteers gave around 96,000 hours of their time.")[0] == ("1,240 volunteers", "volunteers")


def test_a_goal_named_by_its_kind_alone_is_the_goal_for_what_it_counts_or_what_was_measured_before_in_its_unit():
    # (were 'standard', 'target', 'goal': a figures table that says only 'target' tells a reader nothing)
    assert dict(_subjects_of("Sickness absence was 5.2% in May, against a target of 4.0%.")).get("4.0%") == \
        "target for Sickness absence"
    assert dict(_subjects_of("Buses averaged 8,400 miles between breakdowns, short of the 10,000-mile goal.")).get(
        "10,000-mile") == "goal for average buses"
    assert dict(_subjects_of("The club has set a target of 2,500 members by 2027.")).get("2,500 members") == \
        "target for members"
    # (the figure before in the goal's own unit, not a time that bounds a share after it)
    assert dict(_subjects_of("Crews reached 88% of calls within 9 minutes, against a national standard of 90%.")).get(
        "90%") == "national standard for share of calls"
    # (nor a figure whose subject is a clause, nor a goal with nothing before it to be of)
    assert dict(_subjects_of("Waits were lower at 61%, just below the 65% target.")).get("65%") == "target"
    assert _subjects_of("Our target is 85%.") == [("85%", "target")]


def test_a_participle_alone_is_of_the_things_counted_before_or_the_value_of_what_was_measured_in_its_unit():
    # (were 'passed', 'dismissed', 'recorded', 'spent': what was done, with no thing it was done to)
    assert dict(_subjects_of("The council received 41 petitions, of which 12 were granted.")).get("12") == "petitions granted"
    assert dict(_subjects_of("Inspectors closed 90 cases, of which 64% were resolved.")).get("64%") == \
        "share of cases resolved"
    assert dict(_subjects_of("The museum welcomed 812,000 visitors, up 5% on the 773,000 recorded in 2023.")).get(
        "773,000") == "visitors"
    assert dict(_subjects_of("Legal costs rose to $4.1 million, double the $2.0 million spent in 2023.")).get(
        "$2.0 million") == "Legal costs"
    # (not a participle with more after it, nor one of a level or an age)
    assert dict(_subjects_of("Net cash was £41.2m after the £9.0m paid to acquire Harbour Games.")).get("£9.0m") != "cash"
    assert dict(_subjects_of("Filings rose to 8,310, led by debt claims, which numbered 1,470.")).get("1,470") != "Filings"


def test_a_share_of_a_whole_named_by_its_kind_after_a_count_is_that_counts_share():
    # (were 'around … of the total', 'or … of the year's total': the clause around the share)
    assert dict(_subjects_of("The service missed 1,840 appointments, around 3% of the total.")).get("3%") == \
        "appointments missed as share of total"
    assert dict(_subjects_of("The crossing carried 512,000 passengers, more than a third of the total.")).get(
        "a third") == "passengers carried as share of total"
    assert dict(_subjects_of("The pantomime sold 52,300 tickets, or 28% of the year's attendance.")).get("28%") == \
        "tickets as share of year's attendance"
    # (not a whole that is a figure of its own)
    assert "share of" not in dict(_subjects_of("Volunteers scanned 21,400 sheets, or 33% of the 65,000 sheets held.")).get(
        "33%", "")


def test_a_count_restated_as_a_rate_after_it_is_that_count_per_period():
    # (was 'about … a day' for both the rate and the baseline after it)
    subjects = dict(_subjects_of("Crews fixed 14,318 leaks during the year, about 39 a day, compared with 12,906 in 2023-24."))
    assert subjects["39"] == "leaks fixed per day"
    assert subjects["12,906"] == "leaks fixed"  # (no rate itself: the count's baseline)


def test_a_bare_number_of_a_plan_or_commitment_or_a_part_of_staff_is_a_figure():
    # (were no figures: a number with no unit of its own after "a plan of", or a part "of our … staff")
    figures = {f.text: (f.kind, f.subject) for f in extract_figures(
        "We built 96 homes this year against a plan of 120, and 14 of our seasonal staff moved into permanent roles.",
        language="en")}
    assert figures["120"] == ("target", "plan for homes")
    assert "14" in figures
    assert dict(_kinds_of("Incidents rose to 171, above our commitment of no more than 160.")).get("160") == "target"
    # (a plan only when the number is its own: "since the plan began" names none)
    assert dict(_subjects_of("Insulation reached 1,870 homes in 2024, bringing the total since the plan began to 6,240.")
                ).get("6,240") != "plan for homes"


def test_a_share_of_a_whole_that_a_level_verb_reports_is_the_subjects_share_of_it():
    # (was 'share of planned trains': the thing whose share it is was left out)
    assert _subjects_of("Cancellations fell to 3.2% of planned trains, from 4.7% a year earlier.") == [
        ("3.2%", "Cancellations as share of planned trains"), ("4.7%", "Cancellations as share of planned trains")]
    assert dict(_subjects_of("Storage in the western reservoirs stood at 41% of capacity.")).get("41%") == \
        "Storage in the western reservoirs as share of capacity"


def test_a_mines_units_are_measures_and_a_bracketed_value_in_the_unit_before_is_the_same_thing():
    # (were 'koz produced', 'oz of gold': a mine's ounces and tonnes measure, they name no things counted)
    assert _subjects_of("Karrawong produced 71.2koz in the quarter.") == [("71.2koz", "koz produced by Karrawong")]
    assert dict(_subjects_of("The Company expects to produce 540,000–580,000 oz of gold in FY26.")).get("580,000 oz") == "gold"
    # (was '': the same figure of the period compared with, in brackets)
    assert _subjects_of("Group revenue of $118.4m, up 6% on the June quarter ($111.5m).")[2] == ("$111.5m", "Group revenue")


def test_a_share_that_opens_its_clause_after_a_count_is_the_share_of_those_things_that_did_what_it_says():
    # (were '… were fixed at the first visit', '… said they felt more confident afterwards')
    assert dict(_subjects_of("We completed 104,600 repairs, and 92.3% were fixed at the first visit.")).get("92.3%") == \
        "share of repairs fixed at the first visit"
    assert dict(_subjects_of("The scheme assessed 620 drivers, and 92% said they felt more confident afterwards.")).get(
        "92%") == "share of drivers who said they felt more confident afterwards"


def test_a_share_or_an_amount_per_head_set_after_a_figure_restates_it():
    # (were 'or … were in the city's Equity Priority Areas', 'or … completed it', 'or … per resident')
    assert dict(_subjects_of("We opened 87 new stations in 2024, and 27 of them, or 31%, were in priority areas.")).get(
        "31%") == "share of new stations that were in priority areas"
    assert dict(_subjects_of("A total of 14,760 children started the challenge to read six books, and 9,890 of them, or 67%, "
                             "completed it.")).get("67%") == "share of children who completed it"
    assert dict(_subjects_of("The libraries service cost £9.6 million to run, or £17.52 per resident.")).get("£17.52") == \
        "cost of libraries service per resident"


def test_a_running_total_a_count_takes_to_a_level_is_the_total_of_those_things():
    # (was 'total')
    assert dict(_subjects_of("We installed 41,300 smart meters, taking the total fitted since 2020 to 196,000.")).get(
        "196,000") == "total smart meters fitted since 2020"
    assert dict(_subjects_of("We restored 640 hectares of bog, bringing the total restored since 2012 to 3,180 hectares.")
                ).get("3,180 hectares") == "total hectares restored since 2012"


def test_a_cost_of_work_done_is_named_by_the_work():
    # (was 'cost')
    assert dict(_subjects_of("We refurbished the 40-year-old penguin pool at a cost of £480,000.")).get("£480,000") == \
        "cost of penguin pool refurbished"
    assert dict(_subjects_of("The service bought three all-terrain vehicles at a cost of £210,000.")).get("£210,000") == \
        "cost of all-terrain vehicles bought"


@pytest.mark.parametrize(("sentence", "text", "part"), [
    ("Total loans were 3,656,100, of which digital loans made up 24.9%.", "24.9%", "loans"),
    ("Bus fares rose 6% and now make up a third of operating income.", "a third", "operating income"),
])
def test_a_part_that_makes_up_a_whole_is_no_growth(sentence: str, text: str, part: str):
    # ("made up" read as a rise gave 'growth in loans made' and 'growth in make' before 2026-12-04)
    subject = dict(_subjects_of(sentence))[text]
    assert part in subject and "growth" not in subject, subject


@pytest.mark.parametrize(("sentence", "text", "subject"), [
    ("The main library had 214,000 visits, and the mobile library received 38,500.", "38,500",
     "visits received by mobile library"),
    ("We answered 52,300 calls and resolved 47,100.", "47,100", "calls resolved"),
    ("Speed cameras at 12 sites issued 18,400 notices in 2024, and bus lane cameras at 9 sites issued 31,760.", "31,760",
     "notices issued"),
    ("Of these, 412, or 64%, were back in work within six months.", "412", "back in work within six months"),
])
def test_a_count_whose_noun_is_left_out_is_a_figure_of_the_things_counted_before(sentence: str, text: str,
                                                                                 subject: str):
    # (none of these was a figure before 2026-12-04: a bare number after a verb at its clause's end, or set apart by
    # commas as its clause's subject; the count before nearest in size names what it counts)
    assert dict(_subjects_of(sentence)).get(text) == subject


def test_a_figure_no_rule_names_is_shown_with_the_clause_around_it_and_its_brackets():
    # (an empty subject before 2026-12-04: the number's own clause was the number and a bracket)
    figs = {f.text: f.subject for f in extract_figures(
        "12,310 (41.2%) were treated at home by a community nurse.", language="en")}
    assert figs["12,310"] == "were treated at home by a community nurse"
    assert figs["41.2%"].endswith("were treated at home by a community nurse")
    figs = {f.text: f.subject for f in extract_figures(
        "Enquiries about apprenticeships rose by nearly half (46%) after the open days.", language="en")}
    assert figs["46%"].startswith("Enquiries about apprenticeships rose by nearly half")


@pytest.mark.parametrize(("sentence", "text", "subject"), [
    ("Unplanned downtime on the press line was cut to 11 hours a week from 25.", "11 hours", "Unplanned downtime on the press line"),
    ("The average wait on the phone line was cut to 4 minutes.", "4 minutes", "average wait on the phone line"),
])
def test_a_level_that_was_cut_to_is_of_what_was_cut(sentence: str, text: str, subject: str):
    # ('cut' after "was" is a participle; it was read as the noun, the subject 'cut', before 2026-12-04)
    assert dict(_subjects_of(sentence))[text] == subject


@pytest.mark.parametrize(("sentence", "text", "subject"), [
    ("Online renewals grew even faster, rising 21.5% to 3.4 million.", "3.4 million", "online renewals"),
    ("Tram boardings grew fastest, up 17%, while bus boardings were flat.", "17%", "growth in tram boardings"),
])
def test_a_change_after_a_clause_of_change_is_of_that_clauses_subject(sentence: str, text: str, subject: str):
    # (the words after the verb, 'even faster' and 'fastest', were the subject before 2026-12-04)
    assert dict(_subjects_of(sentence))[text].lower() == subject.lower()


def test_money_that_will_pay_for_something_is_named_by_what_it_pays_for():
    # (it was the clause before it, '2m will go towards the £5.8m refurbishment …', before 2026-12-04; money paid to
    # someone is not paid for something)
    figs = dict(_subjects_of("Of the £7.5m programme, £3.1m will go towards the refurbishment of the Corn Exchange "
                             "and £1.2m will pay for four electric gritters."))
    assert figs["£1.2m"] == "four electric gritters"


@pytest.mark.parametrize(("sentence", "text", "subject"), [
    # a number that opens a clause of its own after a conjunction is named by what follows it, not by the clause before
    ("Of these, 512 were private sales and 236 were affordable homes sold to housing associations.", "236",
     "… were affordable homes sold to housing associations"),
    ("Of the grant, $2.6 million went to hospital equipment, $1.1 million to outreach programs and $0.8 million to "
     "nursing research.", "$0.8 million", "… to nursing research"),
])
def test_a_number_opening_its_own_clause_is_named_by_that_clause(sentence: str, text: str, subject: str):
    # (the clause before the conjunction was its subject before 2026-12-04: '512 were private sales and … were affordable')
    assert dict(_subjects_of(sentence))[text] == subject


def test_a_clause_cut_at_its_length_limit_inside_a_number_starts_at_the_next_word():
    # (it started '4.7m towards …' or '7m towards …' before 2026-12-04, the limit falling after the pound sign or point)
    words = "towards the refurbishment of the leisure centre by the river and the old town hall beside it".split()
    for k in range(8, len(words) + 1):
        sentence = f"The trust put £4.7m {' '.join(words[:k])} but £1.9m more."
        subject = dict(_subjects_of(sentence)).get("£1.9m", "")
        assert not subject[:1].isdigit() and not subject.startswith(("m ", ".")), subject
