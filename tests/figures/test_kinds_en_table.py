"""English kinds by the convention (achieved / target / other), sentence by sentence. The sentences
were written for this test after two sets of English pages, annotated by writers who never saw the
code, showed what the rules missed; none is copied from those pages."""

from __future__ import annotations

import pytest

from service.figures import extract_figures, find_numbers

CASES = [
    # A verb in the past before the number, where no other word speaks, is a result
    ("Road crews resurfaced 36 km of rural road during the quarter.", "36 km", "achieved"),
    ("The borough recycled or composted 44.1% of household waste.", "44.1%", "achieved"),
    ("The department issued 912 building permits in the first half.", "912 building permits", "achieved"),
    ("Crews laid 17 km of new water main.", "17 km", "achieved"),
    ("Exports accounted for $212.5 million of the total.", "$212.5 million", "achieved"),
    ("Tourism revenue for the season is put at €204m.", "€204m", "achieved"),
    ("The rainy-day fund now stands at $31.2 million.", "$31.2 million", "achieved"),
    ("The treatment plant upgrade is now 64 per cent complete.", "64 per cent", "achieved"),
    # ... but not an adjective in -ed, nor a plan the sentence or its clause names
    ("We are targeting an adjusted operating margin of 16.5% next year.", "16.5%", "target"),
    ("The plan will add 900 miles of bike lanes, install cameras in 40 towns and cut limits on 12% of streets.",
     "40 towns", "target"),
    ("The capital programme for next year includes £7.2m for roads.", "£7.2m", "target"),
    # The price of a named work, a work's estimated cost, and a size written as an adjective describe it
    ("Construction began in June on the $96 million Riverside Freight Hub.", "$96 million", "other"),
    ("Funding covers part of the £4.1m refurbishment of the Old Market Hall.", "£4.1m", "other"),
    ("Officials backed a project estimated at $27 million.", "$27 million", "other"),
    ("The factory will occupy a 42-acre site at the business park.", "42-acre", "other"),
    ("In 2024 the county built a 12-kilometer bypass.", "12-kilometer bypass", "achieved"),
    # What a place has, written as its own, and the whole a part is of, profile it
    ("The scheme will bring clean water to the valley's 6,200 residents.", "6,200 residents", "other"),
    ("So far 14 of the district's 19 councils have joined.", "19 councils", "other"),
    ("The county's population was estimated at 88,300 last July.", "88,300", "other"),
    # A cap is a policy's term
    ("Grants are capped at $1.5 million per council.", "$1.5 million", "other"),
    # Another place's level a result is compared with, a standing stock, a goal it is measured against,
    # and what a proposed budget calls for (from a third English set, written after these rules' first round)
    ("The region's employment rate rose to 77.2%, above the national rate of 75.8%.", "75.8%", "other"),
    ("The region's employment rate rose to 77.2%, above the national rate of 75.8%.", "77.2%", "achieved"),
    ("Connections grew 14% against a target of 35% by 2028.", "35%", "target"),
    ("Connections grew 14% against a target of 35% by 2028.", "14%", "achieved"),
    ("The island has a current stock of 212 hotels.", "212 hotels", "other"),
    ("The governor's budget calls for total spending of $31.4 billion.", "$31.4 billion", "target"),
    # What a budget set for a period provides is planned, and so is the change of a planned level
    # written as its apposition; a work's budget is its size
    ("The town council has set a net budget of £18.3m for 2025/26.", "£18.3m", "target"),
    ("The draft budget provides $4.6 billion for state universities.", "$4.6 billion", "target"),
    ("The plan calls for spending of $12.2 billion, an increase of 4.4% over this year.", "4.4%", "target"),
    ("Spending reached $12.2 billion, an increase of 4.4% over last year.", "4.4%", "achieved"),
    ("The bridge repair ran 12% over budget.", "12%", "achieved"),
    # A budget for a named year is its plan; a plan's figure a result is compared with is the plan; the
    # same figure a period before, in brackets, is the comparison; work done already is a result
    ("The board adopted a $48.1 million budget for the 2026-27 school year.", "$48.1 million", "target"),
    ("The council agreed a plan for 2026/27 with a budget of £96.5 million.", "£96.5 million", "target"),
    ("The road scheme has a budget of $5 million.", "$5 million", "other"),
    ("The deficit was £1.2m, better than the planned deficit of £2.4m.", "£2.4m", "target"),
    ("Group revenue of £312.4 million, up 4.1% (Q2 2025: £300.1 million).", "£300.1 million", "other"),
    ("The council has already recruited 38 social workers for next year.", "38 social workers", "achieved"),
    ("Our surgeons carried out 12,400 planned operations.", "12,400 planned operations", "achieved"),
    ("The daily limit will be lowered to 150 litres per person.", "150 litres", "target"),
    ("We want another 5% reduction next year.", "5%", "target"),
    ("The main reservoir is at 41.6 per cent of capacity.", "41.6 per cent", "achieved"),
    ("Households used an average of 171 litres a day over the past four weeks.", "171 litres", "achieved"),
    ("There are 46 more officers in training.", "46 more officers", "other"),
    ("The new plant will be able to supply up to 30 megalitres a day.", "30 megalitres", "other"),
    # (from a fourth English set, written after the rules above and held out from them)
    ("The port forecasts 1.6 million cruise passengers in 2026.", "1.6 million cruise passengers", "target"),
    ("Ferries carried 2.4 million passengers (2024: 2.1 million).", "2.1 million", "other"),
    ("Volumes rose 0.8% (August: a fall of 0.3%).", "0.3%", "other"),
    ("The college now ranks 12th for research income, up from 17th.", "12th", "achieved"),
    ("The college now ranks 12th for research income, up from 17th.", "17th", "other"),
    ("The club aims to become the second-largest in the league by 2028.", "second-largest", "target"),
    ("Crews fought 212 grass fires over the summer.", "212 grass fires", "achieved"),
    ("Eleven paramedics retired during the year.", "Eleven paramedics", "achieved"),
    # Things due in a coming period are planned; a plan after a number's own perfect, past passive or what people said
    # is another clause's; a plan's verb before a word of size is no size
    ("Two new ferries were delivered in May and a further 4 are due in 2027.", "4", "target"),
    ("Two new ferries were delivered in May and a further 4 are due in 2027.", "Two new ferries", "achieved"),
    ("Of the 300 requests, 210 have been approved for planting next winter.", "210", "achieved"),
    ("In our survey, 84% said they would visit again.", "84%", "achieved"),
    ("Once the boiler is connected the plant aims to supply 12,000 MWh of heat in 2026.", "12,000 MWh", "target"),
    ("The mill once employed 2,000 people.", "2,000 people", "other"),  # ("once" of the past, not "Once the …")
    ("July brought 29mm of rain, less than half the July average of 63mm.", "63mm", "other"),  # (a month's norm)
    # A past verb of its own clause after a plan's clause, and a planning body's name, are no plan
    ("Crews made 9,870 visits, short of the 11,000 set as the target, and fitted 6,215 smoke alarms.",
     "6,215 smoke alarms", "achieved"),
    ("The Planning and Building Department issued 1,842 building permits in the quarter.", "1,842 building permits",
     "achieved"),
    ("The Planning Inspectorate decided 64 appeals during the year.", "64 appeals", "achieved"),
    # Guidance "guides to" a range; money a body has committed is pledged, and a part of it transferred is done
    ("The Group guides to adjusted operating profit of £38m–£44m for FY26.", "£44m", "target"),
    ("The Foundation has committed $20 million to the ward, of which $12.5 million has been transferred.", "$20 million",
     "target"),
    ("The Foundation has committed $20 million to the ward, of which $12.5 million has been transferred.", "$12.5 million",
     "achieved"),
    # (but not a cost a plan expects, which is a work's size, nor a plan the number's relative clause is due for)
    ("The second phase is expected to cost about £4.2 million.", "£4.2 million", "other"),
    ("It includes the depot, a project with a total cost of $90 million that is due for completion in 2027.",
     "$90 million", "other"),
    ("The 80 miles of resurfacing we have planned for next year will start in April.", "80 miles", "target"),
    # "used" is a verb when what was used follows it, not the adjective of "used cars"
    ("In 2025 a total of 212 clubs used the new booking system.", "212 clubs", "achieved"),
    ("Last winter about 1,400 people used a warm space run by the library.", "1,400 people", "achieved"),
    ("The dealer has 48 used cars on its forecourt.", "48 used cars", "other"),
    ("Annual tuition for resident students is $9,860 this year.", "$9,860", "other"),
    ("Households can claim grants of up to €4,000 for insulation.", "€4,000", "other"),
    ("The new terminal was designed for 3.5 million passengers a year.", "3.5 million passengers", "other"),
    ("The plan should bring waiting times down to 18 weeks.", "18 weeks", "target"),
    ("The board proposes a dividend of €2.10 per share.", "€2.10", "target"),
    ("We have budgeted for revenue of €48 million next season.", "€48 million", "target"),
    ("The service answered 9,412 calls, 4.8% more than in 2024, the busiest year in its history.", "4.8%", "achieved"),
    ("The average price we paid growers for malting barley was €244 per tonne.", "€244", "other"),
    ("The co-op waives the €1,800 joining fee for young farmers.", "€1,800", "other"),
    ("The programme has cut the share of water lost to 10.4 per cent of supply.", "10.4 per cent", "achieved"),
    ("Crews cleared invasive gorse from 310 hectares of moorland.", "310 hectares", "achieved"),
    ("The acceptance rate fell to 36.2%, from 39.8% a year earlier.", "39.8%", "other"),
    ("The park's budget for 2026 is 188 million kr.", "188 million kr", "target"),
    ("Output so far represents 71% of the midpoint of guidance.", "71%", "achieved"),
    ("Gold sold totalled 61,200oz (Q1 FY25: 58,900oz).", "58,900oz", "other"),
    ("518 people came through the doors on the open day.", "518 people", "achieved"),
    ("Nineteen people lost their lives, six fewer than in 2023.", "six", "achieved"),
    ("Landfill tax currently stands at £104.20 per tonne.", "£104.20", "other"),
    ("Sales tax revenue came in at $48.9 million.", "$48.9 million", "achieved"),
    ("We housed 860 people this year and aim to reach 1,200 a year by 2027.", "860 people", "achieved"),
    ("- to raise £6.5 million in 2026, including £0.8 million from our appeal;", "£6.5 million", "target"),
    # A rank in words takes the kind of what it ranks
    ("The district recycled 48.9% of its waste, the second-highest rate in the county.", "second-highest",
     "achieved"),
    # The same figure a period before, in brackets: after a change word, a quarter named by its month,
    # or after the period named in the sentence
    ("Comparable sales rose 2.7% (H2 FY24: down 0.8%).", "0.8%", "other"),
    ("Unit costs were A$1,640/oz (Mar Q: A$1,715/oz).", "A$1,715", "other"),
    # A standard or an ambition a service is held to is its target; a standard price or one met is not
    ("The national standard is 95%, against 71.2% achieved in June.", "95%", "target"),
    ("Crews arrived within eight minutes against a standard of 10 minutes on 90% of calls.", "90%", "target"),
    ("The board set an interim ambition of 4% by June 2027.", "4%", "target"),
    ("The standard adult fare remains $2.50.", "$2.50", "other"),
    ("We met the 28-day standard for 78.1 per cent of patients in May.", "78.1 per cent", "achieved"),
    # A time before, recalled in a clause of its own, is the comparison
    ("Unemployment is the lowest since March 2019, when it stood at 3.8%.", "3.8%", "other"),
    ("Rents are rising twice as fast as a year ago, when the rate was 2.1%.", "2.1%", "other"),
    ("Fuel prices rose 3.2% on the month, after falling 0.9% in July.", "0.9%", "other"),
    ("Fuel prices rose 3.2% on the month, after falling 0.9% in July.", "3.2%", "achieved"),
    # The figure of a time named before it in brackets, a plan's in brackets, and a time long past
    ("Referrals reached 4,310, still below a year ago (4,575).", "4,575", "other"),
    ("Crews attended 6,120 calls, 4% more than the previous year (5,884).", "5,884", "other"),
    ("The list was ahead of trajectory (plan: 18,400).", "18,400", "target"),
    ("Twenty years ago the port handled 412,000 containers.", "412,000 containers", "other"),
    # A level reached by now is a result; what a place now has profiles it, and what is now expected is a plan
    ("Some 41,200 households now receive the discount.", "41,200 households", "achieved"),
    ("The county now has 212,000 homes.", "212,000 homes", "other"),
    ("The mine is now expected to produce 7Mtpa from FY26.", "7Mtpa", "target"),
    # A list's item opening on a verb in the past is a result; "down" in "down-payment" is no change;
    # a canopy's cover raised to a level is that level, not a size
    ("Issued 4,210 building permits, 9% more than in 2024.", "4,210 building permits", "achieved"),
    ("The city will complete 300 affordable homes and launch a $5 million down-payment fund.", "300 affordable homes",
     "target"),
    ("Planted 1,800 street trees, raising the city's tree canopy cover to 27%.", "27%", "achieved"),
    ("Seven of the new members are young farmers who joined this year.", "Seven", "achieved"),
    # A commitment is a target; money bid for is not yet had; a forecaster's projection is a forecast;
    # a list's item opening on its count ("2,918 were fires;") is a figure
    ("Our commitment for the year was 4.5 hours.", "4.5 hours", "target"),
    ("The college is bidding for £1.2 million from the skills fund.", "£1.2 million", "target"),
    ("The Committee projects GDP growth of 1.1% in 2026 and 1.4% in 2027.", "1.4%", "target"),
    ("1,245 were false alarms;", "1,245", "achieved"),
    # A target set names its figures, even with a participle after them; a share "of them" is of the result
    # before it; a running total since a time named; the whole sum a part of money is of
    ("The board has set a target of 2,500 jobs created and £80 million of investment.", "£80 million", "target"),
    ("The helpline answered 91,300 calls, 83% of them within a minute.", "83%", "achieved"),
    # A labelled period of a year in brackets, and a bracket after an earlier period with its year
    ("The load factor was 85.2% (January–September 2024: 83.9%).", "83.9%", "other"),
    ("Passengers rose 6.1% on March 2024 (1.92 million).", "1.92 million", "other"),
    ("Output was 14% more than in the second quarter of 2024 (212,400 MWh).", "212,400 MWh", "other"),
    # A budget monitor's estimate of the year under way is its outturn; the same point of a year before is not
    ("Adult services are forecast to overspend by £3.4 million.", "£3.4 million", "achieved"),
    ("The forecast outturn for the year is £212.6 million.", "£212.6 million", "achieved"),
    ("The council is forecast to overspend by £3m next year.", "£3m", "target"),
    ("At this time last year, 412 people were waiting.", "412 people", "other"),
    ("Since the scheme opened in 2021, 6,140 homes have been insulated.", "6,140 homes", "achieved"),
    ("Since the fund was launched in 2022, £41 million of its £120 million has been committed.", "£120 million",
     "other"),
    ("Copper output of 41.2kt was up 4% on the March quarter (39.6kt).", "39.6kt", "other"),
    # A result qualified by a tax or a premium is no price; grants being awarded are money that flowed
    ("Net profit after tax was A$412 million, up 9.2%.", "A$412 million", "achieved"),
    ("Net earned premium was A$3,870 million.", "A$3,870 million", "achieved"),
    ("The basic annual premium is £450.", "£450", "other"),
    ("The trust is awarding £12.4 million this year to 96 community groups.", "£12.4 million", "achieved"),
    # An earlier time recalled with its own figure after "when", and a gap reached by now
    ("Filings rose 4.6% on the same quarter last year, when 61,240 cases were filed.", "61,240 cases", "other"),
    ("Rough sleeping is now 30% higher than in 2019, when 412 people were counted.", "412 people", "other"),
    ("Rough sleeping is now 30% higher than in 2019, when 412 people were counted.", "30%", "achieved"),
    ("The university last reported a larger surplus in 2019–20, when it recorded £17.2 million.", "£17.2 million", "other"),
    ("Our largest harvest remains 2018, when we picked 534 tonnes.", "534 tonnes", "other"),
    # a share of the amount a plan scheduled is how much of it was done
    ("That is 124% of the season's target of 12,000 trees.", "124%", "achieved"),
    ("Lowmoor operated 41.8 million kilometres of service, 98.3% of the 42.5 million kilometres scheduled.", "98.3%",
     "achieved"),
    ("Lowmoor operated 41.8 million kilometres of service, 98.3% of the 42.5 million kilometres scheduled.",
     "42.5 million kilometres", "target"),
    # what something cost in the period, spent, is a result; a price, or the cost of a plant or of works to come, is not
    ("Running St Brannock's cost £14.6m in 2024/25, up 7.8% on the year before.", "£14.6m", "achieved"),
    ("Running the scheme cost £1.35m in its first year.", "£1.35m", "achieved"),
    ("The additional bikes and stations added this year cost £540,000.", "£540,000", "achieved"),
    ("Crews converted 46 standard screens to recliner seating during the year at a cost of £9.2m.", "£9.2m", "achieved"),
    ("The garden waste service, which costs £52 a year, has 31,000 subscribers.", "£52", "other"),
    ("The Varnholm plant, which cost €2.1 billion to build, produced 41,200 vehicles.", "€2.1 billion", "other"),
    ("The terminal is due to be finished in the autumn at a total cost of £32 million.", "£32 million", "other"),
    # guidance a company has since replaced is still a forecast (the collection's writers split 9 to 6 for that)
    ("The company now expects capital expenditure of about $4.4 billion, up from its previous guidance range of $3.9 billion "
     "to $4.2 billion.", "$4.2 billion", "target"),
    # a trading update on the year just closed reports its results; the prior year's figure is the base
    ("The Board expects to report revenue of approximately £2.84 billion for 2024, an increase of 5% on the prior year's "
     "£2.71 billion.", "£2.84 billion", "achieved"),
    ("The Board expects to report revenue of approximately £2.84 billion for 2024, an increase of 5% on the prior year's "
     "£2.71 billion.", "£2.71 billion", "other"),
    # a norm of many years is the comparison
    ("August brought 138 mm of rain, almost double the long-term average of 71 mm for the month.", "71 mm", "other"),
    ("Estmark received 1,012 mm of precipitation, 118% of the 1991–2020 average of 858 mm.", "858 mm", "other"),    # the change of a result, past an apposition joined by "and"
    ("Courts disposed of 61,120 cases, the most for any quarter on record and 9.8% more than a year earlier.",
     "9.8%", "achieved"),
    # the level a change is measured on, named as the current one, and the one compared with
    ("The cap will be £1,812 from January, an increase of £57 on the current cap of £1,755.", "£1,755", "other"),
    ("Storm claims were A$312 million, compared with the A$455 million of a year earlier.", "A$455 million", "other"),    # a part counted after a whole named first takes the whole's kind
    ("Of the 214 funded organisations, 126 are based outside the capital.", "126", "achieved"),
    ("Of the 3,400 homes the county has, 1,200 are rented.", "1,200", "other"),
    # a list's item opening on an irregular past
    ("Cut the average response time to 7 minutes 12 seconds.", "7 minutes 12 seconds", "achieved"),
    ("Put 1,200 more officers on the streets.", "1,200 more officers", "achieved"),
    # a measure "in constant prices" is no price; a running total since a month of the period
    ("GDP per capita in constant prices was €12,180 in the quarter.", "€12,180", "achieved"),
    ("Since October, the inspectors have issued 1,847 fines.", "1,847 fines", "achieved"),
    # an earlier period's estimate, revised or not, is the comparison; revised guidance is still a plan
    ("Annual growth in the second quarter was revised to 2.6%, from 2.3%.", "2.6%", "other"),
    ("Growth in the first quarter was unrevised at 0.5%.", "0.5%", "other"),
    ("The company revised its full-year guidance to 4.2%.", "4.2%", "target"),
    # an earlier time's figure in brackets is the comparison, and the one before it this period's
    ("Loerievlei Dam: 31.7% (42.9% a year ago)", "31.7%", "achieved"),
    ("Loerievlei Dam: 31.7% (42.9% a year ago)", "42.9%", "other"),
    # a stock at the end of the period is its outcome, not what a place has; the level compared with stays so
    ("At 31 March the group had 412 stores.", "412 stores", "achieved"),
    ("The annual swim pass was relaunched in April, and it had 3,870 holders at the year end.", "3,870 holders", "achieved"),
    ("The county has 1.2 million residents.", "1.2 million residents", "other"),
    # what a plan is to have is its goal, not what the body has
    ("The authority aims to have 300 zero-emission buses in Area A by March 2027.", "300 zero-emission buses", "target"),
    ("The council aims to have 80% of accounts on Direct Debit by the end of 2026/27.", "80%", "target"),
    ("It ended with 412 stores, compared with 394 at the end of September.", "394", "other"),
    # the period's total estimated is its outturn; a cost estimated is a size
    ("Total tourist spending during the season is estimated at ₹38,650 crore.", "₹38,650 crore", "achieved"),
    ("The bridge's cost is estimated at $27 million.", "$27 million", "other"),
    # the level a change slowed from, a peak fallen from, the earlier figure a change is measured on
    ("Domestic inflation slowed to 4.2% from 4.8%.", "4.8%", "other"),
    ("Reserves have fallen to $21.4 billion, from a peak of $53.5 billion.", "$53.5 billion", "other"),
    ("Recorded crime fell 4.2% on the 91,480 crimes recorded in 2024.", "91,480 crimes", "other"),
    # a year-end forecast of the year under way is its outturn; the plan it is set against is the plan
    ("The Trust is forecasting a year-end deficit of £12.9 million, against a planned deficit of £9.5 million.",
     "£12.9 million", "achieved"),
    ("The Trust is forecasting a year-end deficit of £12.9 million, against a planned deficit of £9.5 million.",
     "£9.5 million", "target"),
    # another place's figure, or an industry's or a nation's average, is the comparison
    ("The industry average for interruptions was 11.6 minutes per property.", "11.6 minutes", "other"),
    ("The national average was 18.9%, and ours fell to 16.2%.", "18.9%", "other"),
    ("The national mean temperature was 1.38 °C above the 1991–2020 average.", "1.38 °C", "achieved"),
    ("The national average was 18.9%, and ours fell to 16.2%.", "16.2%", "achieved"),
    ("In neighbouring Osterland, where a similar scheme has run since 2019, heat pumps now heat 9% of homes.",
     "9%", "other"),
    ("Throughput across the region's other ports grew by about 2% over the same period.", "2%", "other"),
    ("Unlike other councils, we reduced waiting times by 12% this year.", "12%", "achieved"),
    # a verb whose past is its present, after its subject ("we cut"), is a result; a plan put off is not
    ("Unlike other councils, we cut waiting times by 12% this year.", "12%", "achieved"),
    ("Next year we will cut waiting times by a further 10%.", "10%", "target"),
    # a plan word names its own number, not the figures after it; the number it names is the plan's
    ("Teams carried out 15,230 visits, against a target of 16,000, and fitted 6,940 smoke alarms.", "6,940 smoke alarms",
     "achieved"),
    ("Inspectors completed 1,108 audits, up 14% and 94% of the 1,180 planned, and issued 37 notices.", "14%", "achieved"),
    ("Inspectors completed 1,108 audits, up 14% and 94% of the 1,180 planned, and issued 37 notices.", "1,180", "target"),
    ("Inspectors completed 1,108 audits, up 14% and 94% of the 1,180 planned, and issued 37 notices.", "37 notices",
     "achieved"),
    ("14.2 kilometres of protected cycle lanes were completed, against 10 kilometres planned for the year.",
     "10 kilometres", "target"),
    ("Around 62% of visits went to households referred by partners, above the 60% goal set in the plan.", "60%", "target"),
    ("The board has set targets of 55 investment projects, 2,000 new jobs and €30 million in grant approvals.",
     "2,000 new jobs", "target"),
    # work under way at the period's end is a standing count; a change below a year is the result's
    ("A further 2,350 homes were under construction at the year end.", "2,350 homes", "other"),
    ("Operations emitted 21,400 tonnes in 2024/25, 11% less than in 2023/24 and 52% below 2018/19.", "52%", "achieved"),
    ("In 2024/25 we met the standard on 86.2% of occasions, an improvement on 84.9% the previous year.", "84.9%", "other"),
    ("Across the border, Vestria expects its wheat crop to fall 12% to 4.3 million tonnes.", "4.3 million tonnes", "other"),
    ("By 30 September, 6,480 households had been enrolled, against 9,000 planned for the first half of the year.",
     "9,000", "target"),
    # what an earlier round of the same thing gave is history; a relative clause about the counted is not
    ("The agreed investment is more than double the Rs 1.9 lakh crore committed at the previous edition of the summit.",
     "Rs 1.9 lakh crore", "other"),
    # a lender's commitments are money it committed; an outlook's possibilities and assumptions are its forecasts;
    # a forecast recalled from last year is history; the world's figure is another place's
    ("Energy was the largest sector, with commitments of $1.74 billion (27%).", "$1.74 billion", "achieved"),
    ("In a very cold spell, peak demand could be between 61 GW and 63 GW.", "61 GW", "target"),
    ("The base case assumes net imports of 4.5 GW at times of peak demand.", "4.5 GW", "target"),
    ("Last year's Outlook forecast a margin of 3.9 GW, or 6.7%.", "3.9 GW", "other"),
    ("Globally, lending by multilateral development banks rose about 5% in 2024.", "5%", "other"),
    # what has come since last winter is a running total; a total a result takes to is a level reached (not a
    # contract's value)
    ("Since last winter, 2.4 GW of new battery storage has connected to the network.", "2.4 GW", "achieved"),
    ("The interconnector entered service in September, taking total interconnector capacity to 9.8 GW.", "9.8 GW",
     "achieved"),
    ("Items included a $94,000 change order on the sidewalk project, bringing the total contract value to $1.18 million.",
     "$1.18 million", "other"),
    ("Twenty-three organisations that held funding in the previous round were unsuccessful this time.",
     "Twenty-three organisations", "achieved"),
    # a named work's size; the money a price brings in is a result; a share "of it" is of the figure before
    ("The group handled components for the 1.4 GW Dunmore Bank wind farm.", "1.4 GW", "other"),
    ("Construction continues on the 9.4 km Eastline light rail extension, due to open in 2027.", "9.4 km", "other"),
    ("Fare revenue was $41.8 million in the quarter, up 5.9% on a year earlier.", "$41.8 million", "achieved"),
    ("Supporters donated 5,240 tonnes of food, 61% of it through supermarket collection points.", "61%", "achieved"),
    # an irregular past after its subject, when nothing else speaks; an estimate "put at" is none
    ("During 2025 the Commission put 74 new battery-electric buses into service.", "74 new battery-electric buses",
     "achieved"),
    ("We held 9,860 events and activities.", "9,860 events", "achieved"),
    ("The Trust held a cash balance of £22.4 million at 31 October.", "£22.4 million", "achieved"),
    ("Independent analysts put the company's current share of the segment at around 6%.", "6%", "other"),
    ("The new depot will be built for $12 million.", "$12 million", "other"),
    # the base a change is "on", and the figure a revision replaced
    ("Revenue was ₹13,940 crore, up 14.8% on ₹12,143 crore in the same period of FY25.", "₹12,143 crore", "other"),
    ("The unemployment rate for September has been revised to 4.8% from the 4.9% first published.", "4.9%", "other"),
    # a goal's own word names its figure, whatever else the clause compares with; a standard of a share is one
    ("Of patients, 58.9% had waited under 18 weeks, compared with a national average of 59.8% and an interim national "
     "target of 65% by March 2026.", "65%", "target"),
    ("The standard was met, with 78.3% of patients told their diagnosis against a standard of 77%.", "77%", "target"),
    ("Collections reached ₹612.35 crore, 44.2% of the annual target of ₹1,385.00 crore and 9.6% more than in the same "
     "period of 2024-25.", "9.6%", "achieved"),
    # a share or a part of a group that is the subject of a verb in the past
    ("96.1% of passengers passed through security in under 10 minutes.", "96.1%", "achieved"),
    ("Five of the seven Board members voted for the reduction.", "Five", "achieved"),
    # what a work holds is its size
    ("The surgical hub is an £18.5 million scheme with four theatres and 24 day-case beds.", "four theatres", "other"),
    ("A same-day emergency care unit with 16 trolleys will open in January.", "16 trolleys", "other"),
    ("There were 9,618 neighbourhood crimes, 14.4% below the 2022/23 baseline of 11,240 offences.", "11,240 offences",
     "other"),
    # a budget named is the plan's figure, not a project's budget (its size)
    ("Drawdown of grants reached €9.3 million, equal to 63% of the full-year budget of €14.8 million.", "€14.8 million",
     "target"),
    ("Capital expenditure for 2026 is budgeted at £310 million.", "£310 million", "target"),
    ("Work began on the new depot, with a project budget of £104 million.", "£104 million", "other"),
    # the subject of a verb in the past after its auxiliaries (not a figure inside "one of the …" before it)
    ("Forty-one patients had waited more than 65 weeks.", "Forty-one patients", "achieved"),
    ("By 30 September, 6,480 households had been enrolled.", "6,480 households", "achieved"),
    # (a participle that elsewhere names a kind of thing is the verb after an auxiliary: not "registered charities")
    ("By 31 May, 64,200 people had registered with Brack Bikes.", "64,200 people", "achieved"),
    ("In the year, 1,240 new firms were registered in the borough.", "1,240 new firms", "achieved"),
    ("3% of patients waiting for one of the 15 key diagnostic tests had waited six weeks or longer.",
     "15 key diagnostic tests", "other"),
    # a forecast named right after its number is a plan's figure, a comparison's base or not
    ("That is 21% more than the 400,000 trips forecast in the business case.", "400,000 trips", "target"),
    ("Trips rose to 486,300, against 400,000 forecast.", "400,000", "target"),
    # an irregular past after its subject
    ("Our ski and ride school taught 58,700 lessons.", "58,700 lessons", "achieved"),
    ("Rangers and the fire service dealt with 27 moorland fires.", "27 moorland fires", "achieved"),
    ("The winter saw 612,000 skier visits.", "612,000 skier visits", "achieved"),
    # a member of a list a verb governs
    ("We also fitted 312 new kitchens, 268 bathrooms and 540 boilers.", "540 boilers", "achieved"),
    ("We enrolled 6,912 new undergraduates, 4.7% above our planned intake.", "4.7%", "achieved"),
    # the time limit a share is counted within is the standard's
    ("Control staff answered 96.1% of emergency calls within 10 seconds.", "10 seconds", "other"),
    ("Control staff answered 96.1% of emergency calls within 10 seconds.", "96.1%", "achieved"),
    # a span of time things happened in, or one written with its noun, frames the period: it is no result
    ("The exhibition ran for 26 weeks and sold 61,700 tickets.", "26 weeks", "other"),
    ("The exhibition ran for 26 weeks and sold 61,700 tickets.", "61,700 tickets", "achieved"),
    ("The control room handled 96 incidents in 24 hours.", "24 hours", "other"),
    ("Trading update for the 13 weeks to 27 September 2025", "13 weeks", "other"),
    ("A 19-day planned shutdown of the mill cut output by 9%.", "19-day", "other"),
    ("From December, trains will run every 15 minutes between Corrin and Halsworth.", "15 minutes", "target"),
    # a whole number of years is a span of the frame too, and no figure after it is of the span
    ("Costs have risen by 18% in 3 years, to about £2.2m a year.", "3 years", "other"),
    ("A fire closed the main line for 9 hours and 212 trains were cancelled.", "212 trains", "achieved"),
    ("The Fund has returned 8.1% a year over 5 years and 7.2% a year over 10 years.", "7.2%", "achieved"),
    # ... but an average or a measure in months or years is a value
    ("The new ferries lowered the average age of the fleet to 17 years.", "17 years", "achieved"),
    ("Our reserves stood at £4.8m, equal to about 4 months of running costs.", "4 months", "achieved"),
    # a count that is the subject of a verb in the past, its share in brackets between them, and the share with it
    ("17,450 (28.0%) were treated at the scene.", "17,450", "achieved"),
    ("17,450 (28.0%) were treated at the scene.", "28.0%", "achieved"),
    ("30,840 (49.5%) were taken to hospital.", "30,840", "achieved"),
    # a standard's time is the standard's value, a target (not a span of the frame, nor a base compared with)
    ("Our mean response was 8 minutes 42 seconds, slower than the 7-minute national standard.", "7-minute", "target"),
    ("The average handover took 34 minutes, against a standard of 15 minutes.", "15 minutes", "target"),
    ("The average handover took 34 minutes, against a standard of 15 minutes.", "34 minutes", "achieved"),
    # ... but days counted, and time given, are what they count
    ("Car parks at the trailheads were full on 47 days this summer.", "47 days", "achieved"),
    ("Officers patrolled for 96,400 hours in total.", "96,400 hours", "achieved"),
    # the field a rank is among describes it; the rank, with a place's name between, is the result
    ("That placed Ravensholt 3rd of the 12 airports in the league, up from 7th.", "12 airports", "other"),
    ("That placed Ravensholt 3rd of the 12 airports in the league, up from 7th.", "3rd", "achieved"),
    ("The project came second out of 212 entries.", "212 entries", "other"),
    ("The board declared a first interim dividend of 1.2p per share.", "1.2p", "achieved"),
    ("The first of 14 winter charters to Korsvik will depart on 6 December.", "14 winter charters", "target"),
    # a report's line of a labelled value, with no verb, gives the period's value; not a price list's line
    ("- Average gang size on site: 42 workers", "42 workers", "achieved"),
    ("Non-fire emergencies: 3,839, including 612 road traffic collisions", "3,839", "achieved"),
    ("- Annual membership: £90, or £45 for concessions", "£90", "other"),
    # a total to date, however the sentence says it, is the period's outcome (a running total)
    ("Runners raised £6.4m, taking the total raised since the first race in 1983 to more than £92m.", "£92m", "achieved"),
    ("Since it opened the shelter has provided a cumulative 41,300 free nights.", "41,300 free nights", "achieved"),
    # what is new in a clause about existing stock is no stock
    ("We will spend £48m on your existing homes, including 800 new kitchens.", "800 new kitchens", "target"),
    ("We invested £51.8m in our existing homes, fitting 1,140 new kitchens.", "1,140 new kitchens", "achieved"),
    # the level a change is measured from, after "up on" or "down on"
    ("Repairs took an average of 18.4 days, well down on 24.6 days in 2023/24.", "24.6 days", "other"),
    ("Sales were £4.1m, up on £3.8m last year.", "£3.8m", "other"),
    ("Solar panels also went up on a dozen schools.", "a dozen schools", "achieved"),
    # a plan word right before a number names that one, not a result before it
    ("Routine repairs: we completed 88.2% on time – target 90%", "88.2%", "achieved"),
    ("Routine repairs: we completed 88.2% on time – target 90%", "90%", "target"),
    # a neighbour named
    ("By comparison, neighbouring Dunhallow recorded visitor spending of £1.87 billion.", "£1.87 billion", "other"),
    # a budget monitor's forecasts of the year under way are its outturn
    ("Forecast spend for the year is £151.2 million, an underspend of £35.2 million.", "£151.2 million", "achieved"),
    ("Earmarked reserves of £86.3 million are forecast to fall to £72.9 million by the end of the year.",
     "£72.9 million", "achieved"),
    ("Investment income is forecast to exceed budget by £1.9 million.", "£1.9 million", "achieved"),
    # a goal in brackets after a result: the goal, and the result measured against it
    ("Leakage: 512.3 Ml/d (commitment: 498.0 Ml/d) – not met", "498.0 Ml/d", "target"),
    ("Leakage: 512.3 Ml/d (commitment: 498.0 Ml/d) – not met", "512.3 Ml/d", "achieved"),
    ("Pollution incidents: 31.2 per 10,000 km (commitment: 24.0) – not met", "31.2 per 10,000 km", "achieved"),
    # An irregular past right before its number ("went to", "lost", "came from") is a result; not a participle
    # that names what is counted, nor one before another noun
    ("The parcels went to 21,470 people, including 7,980 children.", "21,470 people", "achieved"),
    ("Crews lost 14,620 hours waiting outside hospitals in October.", "14,620 hours", "achieved"),
    ("Almost a quarter of referrals came from 2,310 working households.", "2,310 working households", "achieved"),
    ("The largest award went to a hospice towards a new 12-bed inpatient unit.", "12-bed", "other"),
    # a measure written as an adjective names what a thing is, whatever verb governs it; a goal's is the goal
    ("The Group took delivery of two new 70-seat turboprops in August.", "70-seat turboprops", "other"),
    ("Offshore substation: the 4,800-tonne topside was energised in July.", "4,800-tonne", "other"),
    ("The fleet averaged 9,850 miles between failures, short of the 11,000-mile goal.", "11,000-mile", "target"),
    # an earlier account restated, and the figure it replaced, are no result of the period; a margin after a
    # restated figure's brackets is
    ("The surplus for 2023–24 has been restated to £148,000 from the £212,000 reported in last year's review.",
     "£148,000", "other"),
    ("The surplus for 2023–24 has been restated to £148,000 from the £212,000 reported in last year's review.",
     "£212,000", "other"),
    ("Adjusted operating profit for the half was restated at £20.6m (originally £21.9m).", "£21.9m", "other"),
    ("The 2024 figure was originally reported as £51.2m.", "£51.2m", "other"),
    ("Adjusted operating profit increased to £22.3m (H1 2024: £20.6m, restated), an operating margin of 7.1%.",
     "7.1%", "achieved"),
    # a cap, a price or a charge a number is set at is a rule of the period, whatever verb follows; a plan's price is
    # the plan's; "targeted" before its noun plans nothing
    ("Increases are capped at 5% a year for pension built up before April 2006.", "5%", "other"),
    ("Royalties, which are charged at 4% of gold revenue, added A$208/oz to costs.", "4%", "other"),
    ("The company plans to launch two new models in 2026, including a compact SUV priced from €29,900.", "€29,900",
     "target"),
    ("The force ran 26 targeted operations during the year, closing 19 lines and arresting 143 people.", "143 people",
     "achieved"),
    # a count beside its share of a whole is a measurement of the period, its verb standing past the share or absent;
    # a plan's count and share stay the plan's
    # sums after the first, their verb left out, are the first's kind; a clause of its own is not
    ("We fined Corran Telecom £2.1m for failing to release customers, Arkwave £0.9m for misleading speed claims and a "
     "smaller provider £0.4m.", "£0.4m", "achieved"),
    ("The council contributed £0.8 million, the Treescape Challenge Fund £1.7 million, and sponsors £0.4 million.",
     "£1.7 million", "achieved"),
    ("The Society charged £2.4m for loan impairment in the year and holds total impairment provisions of £6.2m.", "£6.2m",
     "other"),
    # a participle in the words counted is no verb of the clause; crew are counted as staff are
    ("Recruit 300 new volunteer crew by the end of 2026, so that every station has at least 20 trained crew.",
     "20 trained crew", "target"),
    # a participle a measure's name holds is no result verb
    ("For the full year the Group expects net earned premium of £350m to £360m.", "£350m", "target"),
    # irregular pasts of work done: lent, dug, sent
    ("We lent 96 objects to 23 venues, including 4 overseas.", "96 objects", "achieved"),
    ("We dug 371 new graves, and 241 burials were in existing graves.", "371 new graves", "achieved"),
    ("We sent 2,400 water-saving packs to customers.", "2,400 water-saving packs", "achieved"),
    ("Some 392 people, or 26.4% of the total, were chronically homeless.", "392 people", "achieved"),
    ("Some 392 people, or 26.4% of the total, were chronically homeless.", "26.4%", "achieved"),
    ("Capital expenditure of €236 million, or 20.3% of revenue.", "20.3%", "achieved"),
    ("The two councils supplied 203,000 tonnes between them, or 78.7% of the total.", "78.7%", "achieved"),
    ("103 of them, or 65%, had improved to at least requires improvement.", "65%", "achieved"),
    ("The plant will employ 600 people, or 12% of the town's workforce.", "12%", "target"),
    # A plan word before its noun is no plan, nor is a speaker's thanks
    ("Of 18,300 scheduled flights, 18,012 operated on time.", "18,012", "achieved"),
    ("I want to thank our 1,140 colleagues.", "1,140 colleagues", "other"),
    ("We spent £34.8m on planned maintenance, installing 640 new kitchens.", "640 new kitchens", "achieved"),
    ("A planned maintenance outage costing £3m is scheduled for November.", "£3m", "target"),
    # Where a body stands by its size is a profile; a rank it rose to, or a rate's rank, is a result
    ("Hollybank remains the third-largest independent veterinary group in the south-west.", "third-largest", "other"),
    ("The merger made us the region's third-largest grain exporter.", "third-largest", "achieved"),
    ("Corvell had the third-lowest fire death rate per head among the state's 24 counties.", "third-lowest", "achieved"),
    # A price per thing, person or time is a rate set; what was spent or paid on average is a result
    ("The distillery welcomed 9,400 people on its tours, at £18 a head.", "£18", "other"),
    ("118 patrons gave at least £1,000 each.", "£1,000", "other"),
    ("Visitors spent an average of £214 per person.", "£214", "achieved"),
    ("It will install a 5,000-litre copper pot still next spring.", "5,000-litre", "other"),
    ("A car paid £2.00 a crossing at the booth.", "£2.00", "other"),  # (a toll paid is the toll)
    # money pledged is money promised to the body, had; a pledge to do something is a plan
    ("So far 31 firms have pledged £1.6 million towards the scheme.", "£1.6 million", "achieved"),
    ("The council has pledged to plant 40,000 trees by 2030.", "40,000 trees", "target"),
    ("We want to recruit 30 more volunteers next year.", "30 more volunteers", "target"),
    # "due to" a cause is no plan ("due to open" is), nor is "planned work", the upkeep a landlord schedules
    ("Of the 4,960 trains we cancelled, 1,830 were due to infrastructure faults.", "1,830", "achieved"),
    ("The new bridge is due to open in 2027 with 4 lanes.", "4 lanes", "target"),
    ("We spent £27.2 million on repairs, of which £15.6 million was on planned work.", "£15.6 million", "achieved"),
    # the level of an earlier year a change is measured on, done then or of that year
    ("The port handled 38.6 million tonnes, an increase of 2.1% on the 37.8 million tonnes handled in 2023/24.",
     "37.8 million tonnes", "other"),
    ("The port received 4,046 vessel calls, 3.4% more than the 3,912 of 2023/24.", "3,912", "other"),
    ("The Council invested £11.2 million in 2024/25, up 6.1% on the £10.6 million invested in 2023/24.", "£10.6 million",
     "other"),
    ("Spin-outs raised £58 million, more than double the £27 million raised in 2023/24.", "£27 million", "other"),
    # a level a plan cuts to, bounded ("to no more than 430", "to below 2,000"); a total a plan's item takes a count to
    ("We will reduce KSI casualties to no more than 430 in 2025.", "430", "target"),
    ("We will cut the backlog of outstanding repairs to below 2,000.", "2,000", "target"),
    ("The offer attracted 2,640 new shareholders, taking the total number of shareholders to 7,310.", "7,310", "achieved"),
    # "scheduled" before its noun is no plan; a plan is scheduled to, for or in something
    ("Thirty-one airlines operated scheduled services during the quarter.", "Thirty-one airlines", "achieved"),
    ("Borrowings fell to £161.0 million after scheduled repayments of £9.5 million.", "£9.5 million", "achieved"),
    ("The bridge is scheduled to open in 2027 with 4 lanes.", "4 lanes", "target"),
    ("Our board has agreed to open four more beds by spring 2026.", "four more beds", "target"),  # (a season's deadline)
    # bare numbers a grammar makes values: a level after doubling, a level held, a count of those named before, a
    # quantity's noun, what a group accounted for, the level a change reaches with its unit written once, an earlier
    # year's member of a list; a baseline or a peak named with its year is the comparison, earlier guidance a forecast
    ("The shuttle fleet doubled from 420 to 840 during the year.", "840", "achieved"),
    ("The shuttle fleet doubled from 420 to 840 during the year.", "420", "other"),
    ("Part-time enrolments were broadly stable at 4,115.", "4,115", "achieved"),
    ("By the end of May, 2,310 of those homes had been insulated.", "2,310", "achieved"),
    ("The county fair drew an average daily crowd of 27,600.", "27,600", "achieved"),
    ("Pedestrians accounted for 52 and cyclists for 19 of the serious casualties.", "19", "achieved"),
    ("We will cut the average wait for a hearing from 14 working days today to 8.", "8", "target"),
    ("Arson attacks fell to 212 in 2024, compared with 305 in 2023 and 388 in 2019.", "388", "other"),
    ("The plan commits to halving fly-tipping incidents from the 2022 baseline of 1,840 by 2030.", "1,840", "other"),
    ("Ridership is now about 9,000 below its 2019 peak of 61,300.", "61,300", "other"),
    ("It now expects a margin of about 6.1%, below its earlier guidance of 6.6%.", "6.6%", "target"),
    # what a body counts as its own is a profile, even as a past verb's subject (writers of the collections: 54 to 1)
    ("Our 26 mobile libraries made 8,400 stops in the year.", "26 mobile libraries", "other"),
    ("Across our 9 depots we recycled 71% of the waste collected.", "9 depots", "other"),
    ("Its 12 inspectors visited every site at least twice.", "12 inspectors", "other"),
    # a past perfect is done by the time a deadline's words name; a plan that was had is not
    ("By June 2025, 3,420 of the old meters had been replaced.", "3,420", "achieved"),
    ("By 2026 the trust had been expected to open 14 new clinics.", "14 new clinics", "target"),
    # last year's level and a benchmark named in four words are the comparison
    ("Reception-year enrolments were 8,410, slightly below last year's 8,590.", "8,590", "other"),
    ("Beaches passed on 88% of days, compared with the region's long-term summer average of 81%.", "81%", "other"),
    # a record in a body's own history is a result; last season's figure in brackets the comparison; what a result
    # is valued at after its comma is the result's worth
    ("March was the busiest month in the port's history, with 48,300 vehicles.", "48,300 vehicles", "achieved"),
    ("Members sold 96,200 lambs, the most in our 40-year history and 6% more than last season (90,700).", "6%", "achieved"),
    ("Members sold 96,200 lambs, the most in our 40-year history and 6% more than last season (90,700).", "90,700", "other"),
    ("Volunteers gave 21,480 days, valued at £2.9 million.", "£2.9 million", "achieved"),
    # a price held where it was is a term, as a price capped or frozen is (the collection's writers: 21 to 2)
    ("The price of a swim session stayed at £4.20 throughout the year.", "£4.20", "other"),
    ("Adult season ticket prices were held at £310.", "£310", "other"),
    # but a price a plan will hold, in a plan's item or after its modal or "to", is the plan's value
    ("5. Hold the under-18 dormitory price at £16 a night until the end of 2026.", "£16", "target"),
    ("Increase garden waste subscriptions to 24,000 and hold the annual charge at £52.", "£52", "target"),
    ("Raise £450,000 from sponsorship to keep the registration fee at £45.", "£45", "target"),
    ("We will freeze the adult swim fare at £4.20 until April 2026.", "£4.20", "target"),
    # a word of size before another figure is that figure's, not one in a later clause of the plan; but a whole's word
    # holds for its parts
    ("Our plan aims to approve grant schemes covering 5,000 hectares, to raise the share of native woodland in new "
     "planting to 50%.", "50%", "target"),
    ("With a rated capacity of 1,812 beds, the jail operated at 82% of capacity on an average day.", "82%", "achieved"),
    ("The fleet has a nameplate capacity of 5,950 megawatts (MW): 1,640 MW of coal and 2,210 MW of gas.", "2,210 MW", "other"),
    # a share that ranks a group out of a whole bounds the group; a plan's floor is no such share
    ("Schools in the most deprived 20% of areas nationally received £4.1 million.", "20%", "other"),
    ("About 37% of the district recorded rainfall in the lowest 10% of historical records.", "10%", "other"),
    ("We aim to raise at least 20% of the total from private sources.", "20%", "target"),
    # a participle after "per" names what a rate is per, no verb of work done
    ("The new ships are expected to cut emissions per car carried by about a fifth.", "a fifth", "target"),
    ("The board proposes a patronage payment of €3.40 per tonne delivered.", "€3.40", "target"),
    # "make up" is a share of a whole, no rise: a profile's in the present, a plan's after its verb
    ("Homes run by private companies make up 71% of the total.", "71%", "other"),
    # a share of a plan reached is done, restated after the plan's sum or named by what the plan scheduled
    ("The municipality connected 1,846 households, against an annual target of 3,200, or 58% of the target.", "58%",
     "achieved"),
    ("ART delivered 2.41 million revenue service hours in 2024, 98.6% of the hours scheduled.", "98.6%", "achieved"),
    ("The fleet covered 1.42 million km, against a plan of 1.5 million km, or 94.7% of the planned mileage.", "94.7%",
     "achieved"),
    ("That is 76% of the appeal's £4.5m goal.", "76%", "achieved"),
    # what work done cost is a result (a work built at a cost is its size)
    ("Access support was provided to 87 applicants at a total cost of £52,000.", "£52,000", "achieved"),
    ("During the year 240 posts were removed through a voluntary severance scheme, at a one-off cost of £11.9 million.",
     "£11.9 million", "achieved"),
    ("The new Millbrook branch, built at a cost of $18.4 million, opened on 8 March 2025.", "$18.4 million", "other"),
    # a list's item opens on its past verb after its number ("2. Recruited"); a further count "to be" done is planned
    ("2. Recruited 40 additional leak detection technicians, bringing the total team to 310.",
     "40 additional leak detection technicians", "achieved"),
    ("3. Sent 85,000 free water-saving kits to customers, with a further 30,000 to be sent by the end of October.", "30,000",
     "target"),
    # a plan word after another figure is that figure's; a range's other end shares it
    ("Capital spending reached £31.4 million of the £52.0 million capital plan.", "£31.4 million", "achieved"),
    ("The county could see between 300 and 450 cases in the coming year unless coverage improves.", "300", "target"),
    ("Kestrel expects BEVs to make up about 40% of fourth-quarter deliveries.", "40%", "target"),
    # the size of a plan, a package or a proposed work, in a plan's sentence too; but the plan a result is a share of is
    # the goal it is measured against
    ("We will press ahead with our £2.4 million plan to reopen the Corn Exchange.", "£2.4 million", "other"),
    ("The council will consult on a proposed £615,000 Millbrook Youth Hub.", "£615,000", "other"),
    ("Spending reached £9.1 million, 52.3% of the £17.4 million capital plan for the year.", "£17.4 million", "target"),
    # a price is a term, but a change of it to come is the plan's
    ("Harbour dues will rise by an average of 4.2% from next April.", "4.2%", "target"),
    # a result's share of a plan named by its sum or its kind is how much was done
    ("Savings of £3.1m have been delivered, 62% of its £5.0m target.", "62%", "achieved"),
    ("Completions were equal to 84% of the annual Local Plan requirement.", "84%", "achieved"),
    # a budget for a named year is its plan past an aside too, and so is the change it names
    ("The operating budget for 2026–27, approved by the board on 12 June, is $41.3 million, an increase of 3.9%.",
     "$41.3 million", "target"),
    ("The operating budget for 2026–27, approved by the board on 12 June, is $41.3 million, an increase of 3.9%.",
     "3.9%", "target"),
    # money committed to years to come, spread over them, is a plan, though its verb is past
    ("The state has approved $22 million over three years for school buses.", "$22 million", "target"),
    ("The trust has committed a further £3m over the next two seasons to the new pavilion.", "£3m", "target"),
    # the verb a number is the subject of speaks before a record or a date of the clause before it
    ("The fire service hired 64 firefighters in 2025, its largest intake since 2011, while 41 crew members retired.",
     "41 crew members", "achieved"),
    # a fee's gap to its copula holds no money it brings in; a named budget is no overrun; a stock a result brings to a
    # new level is reached; "calls for service" are counted, no plan
    ("Course fee and accommodation income was £48.2 million.", "£48.2 million", "achieved"),
    ("Council tax income is forecast to rise by £3.4 million under Budget 2026.", "£3.4 million", "target"),
    ("The new hall opened in May with 230 rooms, taking the college's stock of student housing to 1,910 rooms.",
     "1,910 rooms", "achieved"),
    ("Dispatchers handled 96,200 calls for service, about 264 a day.", "264", "achieved"),
    # a list's line of work done, its participle after what it counts (not one before a noun it names), a pair of things
    # counted together, and shares of people by what they said
    ("1,280 older people supported at home, a 9% increase", "1,280 older people", "achieved"),
    ("There are 410 supported housing units in the town.", "410 supported housing units", "other"),
    ("3,200 meals and food parcels delivered", "3,200 meals", "achieved"),
    ("1,280 older people supported at home, a 9% increase", "9%", "achieved"),  # (the change of the figure before)
    # things of a size bound are a class (not a sum of at least a bound); a stock given with its change is the period's
    ("The line sold three older ships of under 2,800 TEU.", "2,800 TEU", "other"),
    ("The target is an operating surplus of at least 4% of income by 2028.", "4%", "target"),
    ("The hospital had 2,310 patients waiting more than 18 weeks, down from 2,690 in March.", "2,310 patients", "achieved"),
    # a participle's clause goes on with the same work; a forecast's level "from" a year is its base; a record "since" a
    # year is no history; "planning agreements" are no plan; a participle right before a number is its verb; a nation's
    # figure is elsewhere's; room for a number is a size
    ("Survey teams visited 96 farms, collecting 1,480 soil samples.", "1,480 soil samples", "achieved"),
    ("Peak demand is expected to rise from 3,900 MW in 2024 to 5,100 MW in 2035.", "3,900 MW", "other"),
    ("Net completions reached 2,140, the highest total since 2008 and up 18% from 1,810.", "18%", "achieved"),
    ("Developers provided 420 homes through planning agreements.", "420 homes", "achieved"),
    ("The festival fund supported 24 events during the year.", "24 events", "achieved"),
    ("Nationally, retail sales grew by 2.7%.", "2.7%", "other"),
    ("The new library opened in May with room for 90 readers.", "90 readers", "other"),
    # a named work's size, its name to the clause's end or with a unit's number in it
    ("It added 900 MW of capacity, including the 250 MW Harrow Hill Solar Farm.", "250 MW", "other"),
    ("It added 900 MW of capacity, including the 250 MW Harrow Hill Solar Farm.", "900 MW", "achieved"),
    ("Last year the utility retired the 410 MW Unit 2 at its Eastgate plant.", "410 MW", "other"),
    ("Of the 2,150 who replied, 88% said the service had helped them.", "88%", "achieved"),
    ("Of the 2,150 who replied, 88% said the service had helped them.", "2,150", "achieved"),
    # a neighbour the sentence's subject, or a nation's figure after "and", is elsewhere's
    ("Neighbouring Marlow Borough Council closed 3 of its 11 depots, and its collections fell by 6%.", "6%", "other"),
    ("The neighbouring county of Esk spent $8.1 million on winter roads.", "$8.1 million", "other"),
    ("Nearby Kelby built 42 new homes in the year.", "42 new homes", "other"),
    ("Local road injuries fell by 9%, and nationally injuries fell by 4% to 2,310.", "4%", "other"),
    ("Local road injuries fell by 9%, and nationally injuries fell by 4% to 2,310.", "9%", "achieved"),
    # a budget set by its verb is a plan; a plan a result is set against is none
    ("The trust has budgeted £3.2 million for new vehicles in 2026.", "£3.2 million", "target"),
    ("Demand was higher than forecast, at 4,120 tonnes.", "4,120 tonnes", "achieved"),
    ("Take-up was lower than planned, at 61%.", "61%", "achieved"),
    # two bases under one "from"; how things stand in a present passive; "contracted" before a noun is no fall
    ("Crews cleared 14 landslips covering 9 acres, up from 8 landslips and 5 acres a year earlier.", "5 acres", "other"),
    ("The district's 41,000 homes are served by a fleet of 18 refuse trucks.", "18 refuse trucks", "other"),
    ("The district's 41,000 homes are served by a fleet of 18 refuse trucks.", "41,000 homes", "other"),
    ("Equipment for the season included 30 council gritters and 12 contracted tractors.", "12 contracted tractors", "other"),
    ("The economy contracted 0.4% in the quarter.", "0.4%", "achieved"),
    # a service line's number is a name; the change after it is of the count before it
    ("Call-takers answered more 911 calls than in any earlier year.", "911 calls", "other"),
    ("The force received 52,300 emergency 999 calls, 4% more than a year earlier.", "4%", "achieved"),
    # the peers' average in a wider place is elsewhere's; a perfect's participle is a verb wherever its object stands
    ("The average collection rate for councils in Scotland was 38.2%.", "38.2%", "other"),
    ("Grants have supported the purchase of 310 water tanks.", "310 water tanks", "achieved"),
    # A product's or a service's plans (a tariff, a policy) are no plan of work; "cost" inside a compound adjective is no cost
    ("By June, 71% of residents were enrolled in one of the region's four managed care plans.", "71%", "achieved"),
    ("Advisers helped 940 families switch to low-cost plans and handed out 310 tablets.", "310 tablets", "achieved"),
    ("The council plans to build 300 homes.", "300 homes", "target"),
    # A report's bare figure in brackets after one of its unit is the comparison period's
    ("- Operating profit of EUR 412 million (EUR 366 million), a margin of 11.2% (10.4%)", "EUR 366 million", "other"),
    ("- Operating profit of EUR 412 million (EUR 366 million), a margin of 11.2% (10.4%)", "EUR 412 million", "achieved"),
    ("- Operating profit of EUR 412 million (EUR 366 million), a margin of 11.2% (10.4%)", "10.4%", "other"),
    ("Revenue was $2.1 billion (about £1.7 billion) in the year.", "$2.1 billion", "achieved"),
    # A rival as the subject is elsewhere's
    ("Rival operator Harlow Ferries reported a 4.2% fall in passengers last month.", "4.2%", "other"),
    # A count in a place's phrase of the subject is no subject of the verb; an aside on the subject closes before its verb
    ("The bus lane scheme, which covers 14 corridors, issued 21,400 penalty notices in 2024.", "21,400 penalty notices", "achieved"),
    ("The bus lane scheme, which covers 14 corridors, issued 21,400 penalty notices in 2024.", "14 corridors", "other"),
    ("Wardens at 12 car parks issued 3,100 tickets.", "12 car parks", "other"),
    # A participle between an article and its noun is an adjective; a list of what a place has goes on after "and"
    ("The penalty for an expired permit is $60.", "$60", "other"),
    ("Harwick, a town of 48,000 people, has 1,900 metered bays and four multi-storey car parks.", "four multi-storey car parks",
     "other"),
    # What is now in testing is not yet done; what is expected is a forecast
    ("Expected additions before winter include 400 MW of wind and 250 MW of storage now in testing.", "250 MW", "target"),
    # Securities traded for a sum are money that flowed; a record set is a result
    ("The group bought back shares worth $64 million in the half.", "$64 million", "achieved"),
    ("Wind generation set a new record of 9,870 MW on 14 January.", "9,870 MW", "achieved"),
    # Money that flows, named before its sum, is the period's; a yearly income that profiles a body is not
    ("- Grant spending of $8.4 million, 93% of the budget", "$8.4 million", "achieved"),
    ("The institute, with research income of $120 million a year, employs 900 staff.", "$120 million", "other"),
    # A price in an aside is a price whatever plan surrounds it
    ("The trust expects bookings for its low-cost swim sessions, priced at £3.10, to grow next year.", "£3.10", "other"),
    # A cost spent in a fiscal year is a result, and so are its parts; a budget's parts and the work they are to do are planned
    ("Road maintenance cost $8.2 million in fiscal 2025, including $3.1 million from a state grant and $0.6 million from "
     "the water utility.", "$0.6 million", "achieved"),
    ("The Board has approved a capital budget of $61 million for 2025/26, including $14 million to rebuild a further 900 "
     "homes.", "900 homes", "target"),
    # A change whose figure holds its comparative is set against an earlier time with "than" alone
    ("In 2024, 212 people died on the county's roads, 17 fewer than in 2023.", "17", "achieved"),
    # The whole a part is counted of; what a thing contains or comprises profiles it
    ("Otters were recorded at 21 of 35 surveyed river sites.", "35 surveyed river sites", "other"),
    ("The network comprises 8,400 miles of pipe.", "8,400 miles", "other"),
    # "we let" before a number is a past; a nation's whole is elsewhere's
    ("We let 930 homes during the year.", "930 homes", "achieved"),
    ("Across the country's 33 national trails, walks totalled about 12 million in 2024.", "12 million", "other"),
    # A base after a change "from the" or an improvement "on the"
    ("Ticket sales were $2.84 billion, down 3.1% from the $2.93 billion recorded in fiscal 2024.", "$2.93 billion", "other"),
    ("Sales grew 4.2%, an improvement on the 1.9% recorded in the first half.", "1.9%", "other"),
    # A class of expense flowed in the period as income did; a cost's change is no size of a work
    ("After net finance costs of £6.4 million, the trust reported a surplus of £2.1 million.", "£6.4 million", "achieved"),
    ("After operating costs of $1.2 million, the co-operative paid members $310,000.", "$1.2 million", "achieved"),
    ("Fare income of £8.2m paid for 40% of operating costs of £20.5m.", "£20.5m", "achieved"),
    ("We expect cost inflation of around 4% in FY27, mostly from wages.", "4%", "target"),
    ("The bridge will cost $96 million to build.", "$96 million", "other"),
    # A change named after a result, past "and" or a comma, is the result's
    ("In 2024, 548 people died on the county's roads, 41 fewer than in 2023 and a decrease of 7.0%.", "7.0%", "achieved"),
    # a record or a level of an earlier time, named, is background (read as this period's result before 2026-12-03)
    ("Sea temperatures reached 24.9 °C in August, beating the previous record of 24.1 °C.", "24.1 °C", "other"),
    ("Footfall has recovered to 96% of the pre-pandemic level of 3.1 million visits.", "3.1 million visits", "other"),
    ("The grid recorded an all-time peak of 5,120 MW that week.", "5,120 MW", "other"),
    # a level the work before it carried a thing to is of that work's kind (read as a standing size before 2026-12-03)
    ("In the year 42 electric buses entered service, taking the zero-emission fleet to 118 vehicles.", "118 vehicles",
     "achieved"),
    ("Over the year we recruited 210 new call handlers, taking our contact centre team to 1,450 people.", "1,450 people",
     "achieved"),
    # a survey's sample is how its findings were measured, not a result; what it found is the period's result (the
    # sample was read as a result before 2026-12-04, and a finding after it as background)
    ("A poll of 1,900 commuters carried out in May found that 38% had switched to the tram.", "1,900 commuters", "other"),
    ("A poll of 1,900 commuters carried out in May found that 38% had switched to the tram.", "38%", "achieved"),
    ("In our annual survey of 760 tenants, 81% rated the repairs service good or better.", "760 tenants", "other"),
    ("In our annual survey of 760 tenants, 81% rated the repairs service good or better.", "81%", "achieved"),
    ("In the museum's survey of 2,050 visitors, 64% of them came from outside the county.", "64%", "achieved"),
    # "used" before what it governs is a verb of work done, and a share "of its total" after it is of that result;
    # charge points are things installed, no charge; givers money was raised from are no base it rose from (each was
    # read as background before 2026-12-04)
    ("The ferry fleet used 2,310 tonnes of biofuel in the summer, 3.1% of its total fuel.", "2,310 tonnes", "achieved"),
    ("The ferry fleet used 2,310 tonnes of biofuel in the summer, 3.1% of its total fuel.", "3.1%", "achieved"),
    ("This year we fitted 24 charge points at three depots.", "24 charge points", "achieved"),
    ("The hospice appeal raised £540,000 from 3,100 donors.", "3,100 donors", "achieved"),
    ("Membership rose to 5,200 from 4,900 members in 2023.", "4,900 members", "other"),
    # "planned gifts" are legacies given, no plan; "repaid" is a past (each read otherwise before 2026-12-04)
    ("Donations came to $4.1 million, including $1.6 million in legacies and other planned gifts.", "$1.6 million",
     "achieved"),
    ("The trust repaid £400,000 of its bank loan in the year.", "£400,000", "achieved"),
    # "up" after the verb it is the particle of is no rise, and a means "by adding" is the plan's (both read as results
    # before 2026-12-04)
    ("The new peatland will lock up 21,000 tonnes of carbon over 30 years.", "21,000 tonnes", "target"),
    ("We intend to raise the share to 85% by 2028 by adding 12 MW of solar.", "85%", "target"),
    ("We intend to raise the share to 85% by 2028 by adding 12 MW of solar.", "12 MW", "target"),
    ("Pharmacy sales were up 7% at £3.2m.", "7%", "achieved"),
    # a share a result covers is a result, not a place's area (before 2026-12-04 "covering" made it background)
    ("Car park income was £2.4m, covering 71% of the service's running costs.", "71%", "achieved"),
    ("The nature reserve covers 420 hectares of the estuary.", "420 hectares", "other"),
    # what a result cost, and what a participle's clause after it counts "an estimated", are of the result (background
    # before 2026-12-04)
    ("Agency staffing fell 12% to 96,000 hours, costing £4.1 million.", "£4.1 million", "achieved"),
    ("Crews cleared 2,400 blocked drains during the year, removing an estimated 650 tonnes of silt.", "650 tonnes",
     "achieved"),
    # the price of a pavilion, a study or a station set before it is its size (a plan's before 2026-12-04)
    ("The $31 million pavilion will add 18 treatment rooms.", "$31 million", "other"),
    ("A £2.1m feasibility study into tidal power will report next year.", "£2.1m", "other"),
    ("We will spend £2.1m on a feasibility study into tidal power.", "£2.1m", "target"),
    # a cost recovery rate and a cost basis are no cost (read as the size of a work before 2026-12-04)
    ("Cost recovery on teaching contracts, measured on a full economic cost basis, improved to 74%.", "74%", "achieved"),
    # a result restated in other terms is of the result's kind (read as background before 2026-12-04)
    ("The college taught 9,120 learners, equivalent to 6,480 full-time learners.", "6,480 full-time learners", "achieved"),
    ("We closed the year with reserves of £412,000, equal to about three months of running costs.", "three months",
     "achieved"),
    # a base's share in brackets is the base's, and a second base after an adverb of time is a base (results before 2026-12-04)
    ("Of the 52 bathing sites, 44 (85%) were rated good, up from 39 sites (75%) in 2023.", "75%", "other"),
    ("Aquifer levels stood at 62% in May, compared with 70% usually at this point and 81% in May 2024.", "81%", "other"),
    # values alone in brackets after names take the past verb before them; a conversion is its sum's (other before
    # 2026-12-04), and "went" and "came" are verbs in the past
    ("The biggest awards went to Tollbridge Food Bank (£18,500), Marsh Lane Scouts (£9,000) and the Old Mill Trust (£6,200).",
     "£6,200", "achieved"),
    ("Most of the remainder came from room hire (£0.6m) and the café (£0.4m).", "£0.6m", "achieved"),
    ("The remainder is handed on to the regional fire authority (£14.20) and the parish council (£3.10).", "£14.20", "other"),
    ("The trust has promised $400,000 (about £315,000) over four years.", "£315,000", "target"),
    ("Of the £2.9 million spent, £2.1 million went on frontline services and £0.8 million on support costs.",
     "£0.8 million", "achieved"),
    ("In 2023/24 the reserve financed £3.4 million of school meals, £1.9 million of holiday clubs and £0.7 million of uniforms.",
     "£0.7 million", "achieved"),
    # a capital programme for a year named after it or before it is the plan's, as a budget is (other or achieved before
    # 2026-12-04)
    ("The capital programme for 2026/27 is £14.8 million.", "£14.8 million", "target"),
    ("The 2026–27 capital programme allocates £3.1 million to flood defences.", "£3.1 million", "target"),
    ("The approved capital programme for 2026/27 is £41.0 million.", "£41.0 million", "target"),
    # a total since a thing's start or launch is a running total, a result (history before 2026-12-04)
    ("Since its launch the scheme has insulated 2,340 homes.", "2,340 homes", "achieved"),
    ("That brings the sum lent from the fund since its creation in 2019 to £8.4m.", "£8.4m", "achieved"),
    # how far an outturn came in under or over its budget is the outturn's kind, or a result where no plan speaks (other
    # before 2026-12-04)
    ("Snow clearance cost $2.4 million this winter, $0.3 million over budget.", "$0.3 million", "achieved"),
    ("The library extension was handed over in March and £85,000 under budget.", "£85,000", "achieved"),
    ("Agency staffing costs are £2.6 million above budget, partly offset by vacancies.", "£2.6 million", "achieved"),
    ("Fuel costs are forecast to end the year £0.9 million over budget.", "£0.9 million", "target"),
    ("Total spending of £6.2m was 4% over budget.", "£6.2m", "achieved"),
    # an average of the same work in a "with" after it is of that work's kind (other before 2026-12-04)
    ("The helpline answered 31,600 calls, with an average wait of 3 minutes 10 seconds.", "3 minutes 10 seconds", "achieved"),
    ("The hospice admitted 388 patients in 2024/25, with an average stay of 12.4 days.", "12.4 days", "achieved"),
    ("We held 52 events during the year, with an average attendance of 610.", "610", "achieved"),
    # shares of one thing split by where they came from, the verb left out after the first, are of its kind (other before
    # 2026-12-04)
    ("We abstracted 41% of our water from the River Callan, 37% from groundwater and 22% from the Hessle and Arnby "
     "reservoirs.", "37%", "achieved"),
    ("We abstracted 41% of our water from the River Callan, 37% from groundwater and 22% from the Hessle and Arnby "
     "reservoirs.", "22%", "achieved"),
    # a benchmark a result is set against, all places' level, is background (a result before 2026-12-04)
    ("Our repeat-caller rate fell to 11.2%. The national rate was 13.5%.", "13.5%", "other"),
    ("The county's fertility rate fell to 1.38. The national rate for 2024 was 1.41, according to early estimates.",
     "1.41", "other"),
    # and so is a month's or a season's normal
    ("The wettest day brought 142 mm at Kelby on 9 March, nearly double the town's March average of 74 mm.", "74 mm",
     "other"),
]


@pytest.mark.parametrize(("sentence", "text", "kind"), CASES)
def test_english_kinds_follow_the_convention(sentence: str, text: str, kind: str):
    figures = {f.text: f.kind for f in extract_figures(sentence, language="en")}
    assert figures.get(text) == kind, figures


def test_a_part_counted_against_its_whole_and_a_population_are_figures():
    assert [sp.text for sp in find_numbers("So far 14 of the district's 19 councils have joined.", "en")] == [
        "14", "19 councils"]
    assert [sp.text for sp in find_numbers("The town has a population of 12,450.", "en")] == ["12,450"]
    assert [sp.text for sp in find_numbers("built 61 homes, of which 22 were for social rent", "en")] == [
        "61 homes", "22"]
    # (not a page of a document, nor a roll call)
    assert [sp.text for sp in find_numbers("Page 3 of 12", "en")] == []
    assert [sp.text for sp in find_numbers("Present: 6 of 7 at call to order", "en")] == []


def test_rand_amounts_and_a_bare_target_are_figures_and_a_road_is_not():
    assert [(sp.text, sp.value, sp.unit) for sp in find_numbers(
        "Revenue was R1.24 billion and a R486 million project began; the fee is R12,500.", "en")] == [
        ("R1.24 billion", 1.24e9, "ZAR"), ("R486 million", 4.86e8, "ZAR"), ("R12,500", 12500.0, "ZAR")]
    assert [sp.text for sp in find_numbers("Take the R35 road north.", "en")] == []
    assert [sp.text for sp in find_numbers("1,980 homes were connected against an annual target of 3,200.", "en")] == [
        "1,980 homes", "3,200"]


def test_a_bar_tables_head_of_quarters_halves_and_short_fiscal_years_gives_kinds():
    from service.figures.table_bars import column_kinds

    # The latest period's column holds the results; an earlier one is the comparison.
    assert column_kinds("Measure | Sep Q 2025 | Jun Q 2025 | Change") == [
        (None, None), ("achieved", "2025"), ("other", "2025"), ("achieved", None)]
    assert column_kinds("Measure | H1 FY26 | H1 FY25 | Change")[1:3] == [("achieved", "2026"), ("other", "2025")]
    assert column_kinds("指标 | 2023年 | 2024年")[1:] == [("other", "2023"), ("achieved", "2024")]
    # A fund's return in the year is its result; an allocation says nothing of itself.
    assert column_kinds("Asset class | Allocation | Return 2024/25")[1:] == [(None, None), ("achieved", "2024")]
    # A period inside a longer head dates its column; a target's column is no result's latest period;
    # money spent to date is a result; an index's base year is no period
    assert column_kinds("Technology | Capacity factor Q3 2025 | Capacity factor Q3 2024")[1:] == [
        ("achieved", "2025"), ("other", "2024")]
    assert column_kinds("Measure | 2023/24 | 2024/25 | Target 2025/26")[1:] == [
        ("other", "2023"), ("achieved", "2024"), ("target", "2025")]
    assert column_kinds("Directorate | Annual budget | Spent to 31 Dec")[1:] == [("target", None), ("achieved", None)]
    assert column_kinds("Store type | Weight (%) | Index (2021 = 100)")[2] == (None, None)
    # An index's weights describe it; a month's column is later than the month before it
    assert column_kinds("| Type of store | Weight (%) | Sep 2025 on Aug 2025 | Aug 2025 on Jul 2025 | Sep 2025 on Sep 2024 |")[
        2:6] == [("other", None), ("achieved", "2025"), ("other", "2025"), ("achieved", "2025")]
    assert column_kinds("Measure | Market 2025 | Market 2024")[1:] == [("achieved", "2025"), ("other", "2024")]
    # One column named by a year beside columns named by what they measure: the year's is the comparison
    assert column_kinds("Phase | Inspections | Good or outstanding (%) | 2023/24 (%) | Change (pts)")[1:] == [
        ("achieved", None), ("achieved", None), ("other", "2023"), ("achieved", None)]


def test_a_result_dated_in_an_earlier_year_later_in_its_clause_is_history():
    from service.pipeline import summarize
    from service.schemas import SummaryOptions
    from tests.support import extractive_settings

    page = ("Port Aldwyck wins £48 million investment\n\nPublished 12 March 2024\n\nThe agency approved £48 million for "
            "the harbour in 2024, creating 420 jobs this year. It is a town that recorded 3,000 redundancies when its old shipyard "
            "closed in 1993.\n")
    figs = {f.text: f.kind for f in summarize(page, SummaryOptions(mode="extractive"), settings=extractive_settings()).figures}
    assert figs["3,000 redundancies"] == "other" and figs["420 jobs"] == "achieved"


def test_columns_named_by_what_they_measure_hold_the_results_of_the_pages_period():
    from service.figures.table_bars import column_kinds

    assert column_kinds("| Category | Responses | Mean response | National standard (mean) |")[2:5] == [
        ("achieved", None), ("achieved", None), ("target", None)]
    assert column_kinds("Region | Rainfall (mm) | Rainfall anomaly")[1:] == [("achieved", None), ("achieved", None)]
    # (with no goal or change beside them too: a board's waiting times by site)
    assert column_kinds("| Site | Waiting list | Within 18 weeks | Over 52 weeks |")[2:5] == [("achieved", None)] * 3
    # (a forecast's scenarios stay unread; a Chinese head's times are table_zh's)
    scenarios = column_kinds("Scenario | De-rated margin | % of peak demand | LOLE (hours)")
    assert scenarios[1] == scenarios[3] == (None, None)
    assert column_kinds("项目 | 本报告期末 | 本报告期初 | 增减变动幅度")[2] == (None, None)


def test_a_chinese_standards_limit_values_are_no_results_nor_goals():
    from service.figures.table_bars import column_kinds

    kinds = column_kinds("污染物 | 评价指标 | 单位 | 2024年 | 2023年 | 同比变化（%） | 国家二级标准")
    assert kinds[3][0] == "achieved" and kinds[4][0] == "other" and kinds[-1] == ("other", None)


def test_a_chinese_heads_measures_beside_its_change_columns_hold_results_when_no_cell_names_a_time():
    from service.figures.table_bars import column_kinds

    assert column_kinds("| 区域 | 销售面积 | 同比 | 成交均价 |")[2:5] == [("achieved", None)] * 3
    assert column_kinds("病种 | 发病数 | 较上月 | 较去年同期")[1:] == [("achieved", None)] * 3  # (较…: a change)
    assert column_kinds("项目 | 本报告期末 | 本报告期初 | 增减变动幅度")[1:3] == [(None, None)] * 2  # (times in words)


def test_a_rows_establishments_are_a_profile_a_quota_is_a_goal_and_a_money_flow_beside_periods_is_the_latest():
    from service.figures.table_bars import column_kinds

    assert column_kinds("Segment | Cinemas | Screens | Admissions | Revenue | Revenue change")[1:] == [
        ("other", None), ("other", None), ("achieved", None), ("achieved", None), ("achieved", None)]
    assert column_kinds("Stock | 2025 quota | Landed | Uptake")[1:] == [
        ("target", "2025"), ("achieved", None), ("achieved", None)]
    assert column_kinds("Commodity group | Q3 2025 | Q3 2024 | Change | Revenue")[-1] == ("achieved", None)


def test_tonnes_written_t_are_a_unit():
    from service.figures.numbers import find_numbers

    assert [(s.text, s.unit) for s in find_numbers("Haddock    9,800 t    8,330 t    85.0%", language="en")][:2] == [
        ("9,800 t", "t"), ("8,330 t", "t")]


def test_a_change_columns_base_year_dates_no_column_and_registered_homes_are_a_profile():
    from service.figures.table_bars import column_kinds

    assert column_kinds("Area | Registered homes | Inspected in year | Rated good or outstanding | Change on 2023–24 (points)")[1:] == [
        ("other", None), ("achieved", None), ("achieved", None), ("achieved", None)]
    assert column_kinds("Region | 2024 | 2023 | Change on 2023")[1:] == [("achieved", "2024"), ("other", "2023"), ("achieved", None)]


def test_a_column_of_what_was_planted_is_no_plan():
    from service.figures.table_bars import column_kinds

    # ("planted" holds "plan": the head of a plan is the word itself, "Plan", "Planned", "Plans")
    assert column_kinds("Ward | Trees planted 2024/25 | Canopy cover 2024 | Canopy target 2035")[1:] == [
        ("achieved", "2024"), ("achieved", "2024"), ("target", "2035")]
    assert column_kinds("Scheme | Planned | Delivered")[1:] == [("target", None), ("achieved", None)]


def test_a_column_of_the_same_week_a_year_before_or_of_a_norm_is_the_comparison():
    from service.figures.table_bars import column_kinds

    assert column_kinds("Reservoir | Capacity (Ml) | Stock (Ml) | % full | Same week 2024 | Long-term average")[1:] == [
        ("other", None), ("achieved", None), ("achieved", None), ("other", "2024"), ("other", None)]
    assert column_kinds("Measure | This quarter | Same quarter last year | National average")[2:] == [
        ("other", None), ("other", None)]
    assert column_kinds("Measure | 2023/24 | 2024/25 | National 2024/25 | Trust target 2025/26")[1:] == [
        ("other", "2023"), ("achieved", "2024"), ("other", "2024"), ("target", "2025")]


def test_a_share_column_beside_periods_is_the_latests_and_what_stands_now_beside_a_proposal_is_no_result():
    from service.figures.table_bars import column_kinds

    assert column_kinds("Cargo type | 2024/25 | 2023/24 | Change | Share of total")[1:] == [
        ("achieved", "2024"), ("other", "2023"), ("achieved", None), ("achieved", None)]
    assert column_kinds("Library | Weekly hours now | Proposed weekly hours | Visits 2024/25")[1:3] == [
        ("other", None), ("target", None)]
    assert column_kinds("Site | Current quarter | Same quarter last year")[1][0] != "other"  # (the period's)
    from tests.support import extractive_kinds

    kinds = extractive_kinds("Opening hours by library\n\n| Library | Weekly hours now | Proposed weekly hours | Visits 2024/25 |\n"
                             "|---|---|---|---|\n| Central Library | 60 | 56 | 412,300 |\n| Northgate | 48 | 40 | 138,600 |\n")
    assert (kinds["60"], kinds["56"]) == ("other", "target")


def test_a_column_of_a_buildings_floor_area_is_its_size():
    from service.figures.table_bars import column_kinds
    from tests.support import extractive_kinds

    assert column_kinds("场馆 | 建筑面积（平方米） | 活动场次 | 参与人次")[1:] == [("other", None), ("achieved", None), ("achieved", None)]
    assert column_kinds("Building | Floor area (m²) | Visits")[1][0] == "other"
    assert column_kinds("乡镇 | 新增造林面积（亩）")[1][0] != "other"  # (the area of work done)
    # (a site's area named by what it is for: "孵化场地面积"; not the area sown, "播种面积")
    assert column_kinds("载体名称 | 类别 | 孵化场地面积(万平方米) | 年末在孵企业(家)")[2][0] == "other"
    assert column_kinds("乡镇 | 粮食播种面积（万亩）")[1][0] != "other"
    kinds = extractive_kinds("2024年公共文化场馆运行情况\n\n| 场馆 | 建筑面积（平方米） | 全年活动场次 | 参与人次 |\n|---|---|---|---|\n"
                             "| 县图书馆 | 12,600 | 486 | 318,400 |\n| 县文化馆 | 9,800 | 612 | 146,900 |\n")
    assert (kinds["12,600"], kinds["486"], kinds["318,400"]) == ("other", "achieved", "achieved")


def test_a_year_column_beside_its_share_and_its_change_since_an_earlier_year_is_the_latest_and_a_norm_is_a_comparison():
    from service.figures.table_bars import column_kinds

    assert column_kinds("Source of income | 2024/25 (£m) | Share | Change on 2023/24")[1] == ("achieved", "2024")
    assert column_kinds("Inspections | Good or outstanding (%) | 2023/24 (%)")[2] == ("other", "2023")  # (as before)
    # (a row's capacity and a season's norm say nothing against the measures beside them holding the period's results)
    assert column_kinds("Reservoir | Capacity (Ml) | Stock on 21 Aug | Normal for date")[1:] == [
        ("other", None), ("achieved", None), ("other", None)]
    assert column_kinds("Priority | Target time | Jobs | Within target (%) | Average days late")[3:] == [
        ("achieved", None), ("achieved", None)]


def test_a_bar_tables_row_of_money_in_millions_is_a_row_of_its_table():
    from tests.support import extractive_kinds

    kinds = extractive_kinds("Selected results\n\nActivity | Measure | Target 2024/25 | Result 2024/25 | Achieved?\n"
                             "Buses | Passenger trips | 2.6 million | 2.8 million | Achieved\n"
                             "Planting | Hill country planted | 900 ha | 1,020 ha | Achieved\n")
    # (the trips' row, its cells written with "million", was no row: its values were 'other', and the next row's
    # target a result)
    assert (kinds["2.6 million"], kinds["2.8 million"]) == ("target", "achieved")
    assert (kinds["900 ha"], kinds["1,020 ha"]) == ("target", "achieved")


def test_a_total_a_plans_item_takes_a_count_to_is_the_plans():
    from tests.support import extractive_kinds

    kinds = extractive_kinds("Road safety annual report\n\nIn 2025 the Partnership will:\n\n"
                             "1. Reduce KSI casualties to no more than 430;\n"
                             "2. Install eight new average-speed camera routes, bringing the total to 30.\n")
    assert kinds["430"] == kinds["30"] == "target"


def test_what_a_report_recommends_is_planned():
    from tests.support import extractive_kinds

    kinds = extractive_kinds("Street Lighting Annual Report 2024-25\n\nThe year\n\nCrews replaced 2,140 lamps.\n\n"
                             "Recommendations\n\nOfficers recommend that the Committee:\n\n"
                             "a) approve a 2025-26 lighting budget of $4.2 million;\n"
                             "b) convert a further 900 lanterns to LED at a one-time cost of $0.6 million.\n")
    assert kinds["2,140 lamps"] == "achieved"
    assert (kinds["$4.2 million"], kinds["900 lanterns"]) == ("target", "target")


def test_an_event_named_with_an_earlier_year_is_history():
    from tests.support import extractive_kinds

    kinds = extractive_kinds("Fuel Reduction Program: Fiscal 2025 Report\n\nCrews treated 6,200 acres in fiscal 2025, up 12%, "
                             "and completed 11 prescribed burns.\n\n"
                             "The Cedar Flat Fire of 2018 burned 21,000 acres and destroyed 9 homes.\n")
    assert kinds["6,200 acres"] == "achieved"
    assert (kinds["21,000 acres"], kinds["9 homes"]) == ("other", "other")


def test_a_bar_tables_change_column_named_by_its_measure_makes_the_other_columns_the_periods():
    from tests.support import extractive_kinds

    kinds = extractive_kinds("Admissions report 2024\n\nEntry by school\n\n"
                             "| School | Applications | Offers | New entrants | Change in entrants on 2023/24 |\n"
                             "| Arts | 2,310 | 1,840 | 402 | -3.1% |\n| Sciences | 5,120 | 3,060 | 811 | +6.2% |\n")
    # (the change column's year is its base, no period of the table's: the others were read as undated background)
    assert (kinds["2,310"], kinds["1,840"], kinds["811"]) == ("achieved", "achieved", "achieved")


def test_a_spaced_tables_change_in_days_keeps_its_rows_together():
    from tests.support import extractive_kinds

    kinds = extractive_kinds("Detention annual report\n\nAdmissions and releases\n\n"
                             "Measure                        2024       2023     Change\n"
                             "Bookings                     18,240     19,011     -4.1%\n"
                             "Average stay (days)            21.6       20.9     +0.7 days\n"
                             "Bookings for felonies         7,410      7,802     -5.0%\n")
    # (a change written with its unit of time, "+0.7 days", ended the table: the rows after it lost their columns)
    assert (kinds["7,410"], kinds["7,802"]) == ("achieved", "other")
