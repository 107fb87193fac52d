"""An English annual report in Markdown: a table of results by year, prose around it. A reader of
the figures table sees each row's label as the subject and each column's year as the period."""

from __future__ import annotations

import re

from service.pipeline import summarize
from service.schemas import SummaryOptions
from tests.support import extractive_kinds, extractive_settings

REPORT = """\
# Annual Report 2024: Riverside Water Authority

## 1. Overview

In 2024 the Authority delivered 182 billion litres of drinking water to 1.4 million customers across 12 \
municipalities. Operating revenue grew 5.8% to $624 million, while operating expenses rose 4.1% to $511 million.

## 2. Key results

| Indicator | 2023 | 2024 |
|---|---|---|
| Water delivered (billion litres) | 178 | 182 |
| Non-revenue water | 17.2% | 15.9% |
| Customer complaints | 4,120 | 3,480 |

Non-revenue water, mostly leaks, fell to 15.9% from 17.2%, the lowest level since 1998.

## 3. Outlook for 2025

The Authority plans capital spending of $390 million in 2025. Our target is to replace at least 100 \
kilometres of mains each year.
"""


def _figures():
    s = summarize(REPORT, SummaryOptions(mode="extractive"), settings=extractive_settings())
    return [(f.subject, f.text, f.period, f.kind) for f in s.figures]


def test_a_tables_rows_are_figures_of_their_label_in_the_years_of_its_columns():
    figures = _figures()
    assert ("Customer complaints", "4,120", "2023", "other") in figures  # the earlier column: a comparison
    assert ("Customer complaints", "3,480", "2024") in [f[:3] for f in figures]
    assert ("Non-revenue water", "15.9%", "2024") in [f[:3] for f in figures]
    # (the label's unit is the cells' scale and unit: "(billion litres)")
    assert ("water delivered", "182", "2024") in [f[:3] for f in figures]
    s = summarize(REPORT, SummaryOptions(mode="extractive"), settings=extractive_settings())
    assert [(f.value, f.unit) for f in s.figures if f.text == "182"] == [(182e9, "litres")]


def test_report_prose_subjects_name_what_is_measured():
    subjects = {text: subject for subject, text, _, _ in _figures()}
    assert subjects["1.4 million customers"] == "customers"  # was "customers across", of "water"
    assert subjects["4.1%"] == "growth in operating expenses"  # "while operating …" is no verb
    assert subjects["$390 million"] == "capital spending"  # "The Authority plans …"
    assert subjects["100 kilometres"] == "mains"  # "each year" is when
    # the prose's subject is found past the aside ("Non-revenue water, mostly leaks, fell to 15.9%"), and
    # the same fact in the table's row and in the prose is one row of the figures table
    assert [(s, t, k) for s, t, _, k in _figures() if t == "15.9%"] == [("Non-revenue water", "15.9%", "achieved")]


PLAN = """\
Province launches plan to double advanced manufacturing output by 2030

Last year, advanced manufacturing output reached $40.2 billion, up 11.4% from 2023.

Under the plan, the province will:
- invest $2.5 billion in three new industrial parks;
- train 30,000 technicians a year through community colleges.

The plan aims to create 60,000 jobs, raising the sector's share of provincial GDP from 9% to 14%.

Since 2020 the province has signed 87 investment agreements worth a total of $19 billion.
"""


def test_a_plans_list_items_are_targets_and_a_running_total_is_a_result():
    s = summarize(PLAN, SummaryOptions(mode="extractive"), settings=extractive_settings())
    figures = {f.text: (f.subject, f.kind) for f in s.figures}
    assert figures["$40.2 billion"] == ("advanced manufacturing output", "achieved")
    assert figures["$2.5 billion"][1] == figures["30,000 technicians"][1] == "target"  # items of "will:"
    assert figures["9%"][1] == "other" and figures["14%"][1] == "target"  # from a baseline to a goal
    assert figures["87 investment agreements"][1] == "achieved"  # since 2020 … has signed: a running total


def test_numbered_items_of_work_to_do_are_targets_under_any_head():
    text = ("Annual report 2024-25\n\nWe replaced 61.4 kilometres of mains and fitted 31,200 smart meters.\n\n"
            "Actions agreed by the board\n\n1. Fit 52,000 smart meters.\n2. Cut agency spending to £1.2 million a month.\n"
            "3. Return on capital was 8.1%.\n4. Increase in members of 412.\n")
    kinds = extractive_kinds(text)
    assert kinds["31,200 smart meters"] == "achieved"
    assert kinds["52,000 smart meters"] == kinds["£1.2 million"] == "target"
    assert kinds["8.1%"] != "target" and kinds.get("412", "other") != "target"  # (a noun, not a verb: "Return on", "Increase in")


def test_a_table_of_two_columns_takes_its_value_columns_head():
    text = ("Budget and precept 2025/26\n\nThe council agreed its budget for 2025/26 in January.\n\n"
            "| Budget heading | 2025/26 budget |\n|---|---|\n| Staff (clerk and groundsman) | £58,400 |\n"
            "| Street lighting | £11,200 |\n\nLast year's accounts\n\n| Heading | 2024/25 actual |\n|---|---|\n"
            "| Street lighting spend | £10,400 |\n")
    kinds = extractive_kinds(text)
    assert kinds["£58,400"] == kinds["£11,200"] == "target"
    assert kinds["£10,400"] == "achieved"


GUIDANCE = """\
Half-year results

Revenue rose 4.1% to £309.7m in the half.

For FY26 we are guiding to:
- LFL sales growth of 2% to 4%;
- capital expenditure of around £70m;
- 12 to 15 new stores.
"""


def test_guidance_list_items_opening_on_an_acronym_or_a_number_are_targets():
    s = summarize(GUIDANCE, SummaryOptions(mode="extractive"), settings=extractive_settings())
    kinds = {f.text: f.kind for f in s.figures}
    assert kinds["£309.7m"] == "achieved"
    assert kinds["2%"] == kinds["4%"] == kinds["£70m"] == kinds["15 new stores"] == "target"


FEATURE = """\
Why are so many small factories closing?

The number of small U.S. manufacturing plants fell by 4,300 in 2024, according to Census Bureau data.

Owners are ageing. Many are reaching retirement age without a successor; a 2023 survey found that 58% of owners of \
small plants are over 60.

Michigan offers grants of up to $250,000 for automation.
"""


def test_a_question_headline_is_the_title_and_a_clause_after_a_semicolon_reads_as_a_sentence():
    s = summarize(FEATURE, SummaryOptions(mode="extractive"), settings=extractive_settings())
    assert s.title == "Why are so many small factories closing?"
    assert "closing?" not in s.summary
    # the clause after "successor;" stands alone: it starts as a sentence does, and the one before
    # it ends as one does (not on its semicolon)
    assert "successor. A 2023 survey found that 58%" in s.summary
    assert "A 2023 survey found that 58% of owners of small plants are over 60." in [k.text for k in s.key_points]
    assert {f.text: f.subject for f in s.figures}["$250,000"] == "grants for automation"


ANECDOTE_LEAD = """\
Where have all the local newspapers gone?

Every Thursday morning, Tom Becker loaded bundles into his pickup truck before sunrise. He did it for 41 years, \
until the presses in Millbrook went quiet last fall.

His was not an isolated loss. The United States lost 127 local newspapers in the past year, according to a study by \
Northwestern University's Medill School, bringing the total closed since 2005 to more than 3,300.

The reasons are familiar. Advertising revenue at weeklies has fallen by 64% since 2008, as classified ads moved \
online. Printing and delivery costs have kept rising, and many owners sold to chains that cut staff to the bone.

Some foundations are stepping in. A $500 million initiative announced in 2023 has funded 205 newsrooms, most of them \
nonprofit sites that publish online. Several states, including Illinois and New York, now offer tax credits to \
papers that hire local reporters.

Still, the gaps are growing. About 55 million Americans live in counties with one local news source or none.

"A town without a paper is a town that stops knowing itself," Becker said.
"""


def test_a_feature_storys_anecdote_ranks_below_its_news():
    # The first sentence shares no word with the headline: a scene, not the news, and no lead
    # bonus. The sentence that states the news is about 190 characters, which is not long for
    # English.
    s = summarize(ANECDOTE_LEAD, SummaryOptions(mode="extractive"), settings=extractive_settings())
    points = [k.text for k in s.key_points]
    assert points[0].startswith("The United States lost 127 local newspapers in the past year")
    assert not any(p.startswith("Every Thursday") for p in points)


DASHBOARD = """\
Q3 FY25 results: revenue up 14% YoY

Highlights for the quarter:
- Revenue: $2.1B, +14% YoY, +3% QoQ
- Gross margin: 62.4%, up 180 bps YoY
- Operating income: $412M vs. $305M in Q3 FY24

We raised our FY25 revenue guidance to $8.3B-$8.4B (prior: $8.1B-$8.2B).

Headcount ended the quarter at 9,400, down 3% from a year ago.
"""


def test_a_results_dashboard_reads_its_scales_labels_and_prior_guidance():
    s = summarize(DASHBOARD, SummaryOptions(mode="extractive"), settings=extractive_settings())
    pairs = [(f.text, f.subject.lower()) for f in s.figures]
    assert ("+14%", "growth in revenue") in pairs and ("+3%", "growth in revenue") in pairs  # +14% YoY, +3% QoQ
    assert ("3%", "decline in headcount") in pairs and ("9,400", "headcount") in pairs
    figures = {f.text: (f.subject.lower(), f.value, f.kind) for f in s.figures}
    assert figures["$2.1B"] == ("revenue", 2.1e9, "achieved")  # the B is a billion, not a letter
    assert figures["62.4%"][0] == "gross margin" and figures["180 bps"][0] == "growth in gross margin"
    assert figures["$305M"] == ("operating income", 3.05e8, "other")  # vs.: the comparison
    assert figures["$8.4B"][2] == "target" and figures["$8.1B"][2] == figures["$8.2B"][2] == "other"  # prior
    assert figures["$8.2B"][1] == 8.2e9  # (not 8199999999.999999)


BUDGET = """\
# City of Brookfield: 2025 Budget Summary

## 2024 in review

- The city filled 1,240 potholes and resurfaced 38 lane-miles of road.

## Goals for 2025

- Resurface 50 lane-miles of road.
- Hire 25 additional police officers.

## About Brookfield

The city has 412 parks.
"""


def test_english_section_heads_say_whether_their_figures_are_results_or_goals():
    s = summarize(BUDGET, SummaryOptions(mode="extractive"), settings=extractive_settings())
    kinds = {f.text: f.kind for f in s.figures}
    assert kinds["1,240 potholes"] == kinds["38 lane-miles"] == "achieved"  # under "2024 in review"
    assert kinds["50 lane-miles"] == kinds["25 additional police officers"] == "target"  # under "Goals for 2025"
    assert kinds["412 parks"] == "other"  # a new head ends the goals


TRADE_PAGE = """<html><head><title>Quarterly trade</title></head><body><article>
<h1>Exports rise for third straight quarter</h1>
<p>Exports of goods rose 4.2% in the second quarter from a year earlier to $61.3 billion, the statistics office said
on Thursday, while imports fell 1.8% to $57.9 billion, leaving a surplus of $3.4 billion.</p>
<table>
<tr><th>Category</th><th>Q2 2024</th><th>Q2 2025</th><th>Change</th></tr>
<tr><td>Machinery</td><td>$18.2bn</td><td>$19.6bn</td><td>7.7%</td></tr>
<tr><td>Vehicles</td><td>$9.4bn</td><td>$9.1bn</td><td>-3.2%</td></tr>
</table>
<p>The office expects exports to grow about 3% for the full year.</p>
</article></body></html>"""


def test_an_html_data_tables_rows_are_figures_of_their_labels_in_their_columns_years():
    s = summarize(TRADE_PAGE, SummaryOptions(mode="extractive"), settings=extractive_settings())
    figures = {f.text: (f.subject, f.period, f.value) for f in s.figures}
    assert figures["$18.2bn"] == ("Machinery", "2024", 1.82e10) and figures["$19.6bn"][:2] == ("Machinery", "2025")
    assert figures["-3.2%"] == ("change in Vehicles", None, -3.2)  # the change column; its minus sign kept
    kinds = {f.text: f.kind for f in s.figures}  # (the latest quarter's column holds the results)
    assert (kinds["$18.2bn"], kinds["$19.6bn"], kinds["7.7%"]) == ("other", "achieved", "achieved")


MARKET_REPORT = """\
Greater Lakeport Housing Market Report

The Greater Lakeport housing market picked up speed in March as the spring selling season got under way. Closed \
sales of single-family homes rose 8.2% from a year earlier to 1,264, and the median sale price reached $438,500.

Key figures (single-family homes, March 2025 vs. March 2024)

  Closed sales ..................... 1,264      (+8.2%)
  Pending sales .................... 1,497      (+4.6%)
  Median sale price ................ $438,500   (+5.1%)
  Median days on market ............ 19         (down from 23)
  Sale-to-list price ratio ......... 100.4%     (down from 101.2%)

Homes priced under $300,000 made up just 14% of closed sales, compared with 19% a year ago, underscoring the \
ongoing affordability squeeze for first-time buyers. Condo and townhome closed sales fell 3.5% to 412 units.
"""


def test_a_report_tables_leader_dot_rows_are_figures_of_their_labels_and_no_sentences():
    s = summarize(MARKET_REPORT, SummaryOptions(mode="extractive"), settings=extractive_settings())
    rows = {(f.text, f.subject.lower()) for f in s.figures}
    assert {("1,497", "pending sales"), ("+4.6%", "growth in pending sales"), ("19", "median days on market"),
            ("101.2%", "sale-to-list price ratio")} <= rows
    # a row is a line of its own: not run into the rows around it, nor into a summary or a key point
    assert "...." not in s.summary and not any("...." in k.text for k in s.key_points)
    assert all(len(re.findall(r"\.{4,}", f.quote)) <= 1 for f in s.figures)


SEGMENT_TABLE = """\
Management's discussion

Consolidated net sales increased 4.1% to $2,847.6 million, compared with $2,735.4 million in fiscal 2023, as \
strength in aerospace offset continued destocking among our industrial distribution partners.

Unless otherwise noted, all amounts are in millions of U.S. dollars. The table below presents net sales by \
reportable segment:

                              Fiscal      Fiscal
                               2024        2023      % Change
  Motion Systems             $1,218.3    $1,156.7       5.3%
  Fluid Solutions               964.1       982.5      (1.9)%
                             --------    --------
  Total net sales            $2,847.6    $2,735.4       4.1%
"""


def test_a_stacked_table_heads_years_hold_past_a_rule_and_a_bracketed_negative():
    s = summarize(SEGMENT_TABLE, SummaryOptions(mode="extractive"), settings=extractive_settings())
    rows = {(f.text, f.subject, f.period) for f in s.figures}
    assert {("964.1", "Fluid Solutions", "2024"), ("982.5", "Fluid Solutions", "2023"),
            ("$2,735.4", "Total net sales", "2023")} <= rows
    negative = next(f for f in s.figures if f.text == "(1.9)%")
    assert (negative.value, negative.unit) == (-1.9, "%")
    # the report's note on its amounts: "in millions of U.S. dollars"
    values = {f.text: (f.value, f.unit) for f in s.figures}
    assert values["964.1"] == (964.1e6, "USD") and values["$1,218.3"] == (1218.3e6, "USD")
    assert values["$2,847.6 million"] == (2847.6e6, "USD")  # (prose says its own scale)
    assert not any(f.text.startswith("2023") for f in s.figures)  # the head's "2023 %" is no figure


WEEKLY = """\
Weekly Petroleum Status Report

Refineries operated at 86.7% of their operable capacity last week, down 2.3 percentage points from 89.0% the week \
before, as seasonal maintenance on the Gulf Coast reached its peak. Total motor gasoline inventories decreased by \
1.9 million barrels from last week and are about 1% above the five-year average for this time of year.

Last updated: Friday, March 13, 2026, 3:00 p.m. Distillate fuel inventories decreased by 2.6 million barrels last \
week and are about 9% below the five-year average for this time of year.

Crude oil 427.6 422.5 5.1 415.9 2.8
Distillate fuel oil 117.4 120.0 -2.6 121.3 -3.2
Motor gasoline 205.3 207.2 -1.9 209.8 -2.1
"""


def test_a_row_of_values_and_a_time_stamp_are_no_sentences_of_the_summary():
    s = summarize(WEEKLY, SummaryOptions(mode="extractive"), settings=extractive_settings())
    texts = [s.summary, *(k.text for k in s.key_points)]
    assert not any("117.4" in t or "Last updated" in t for t in texts)
    assert "86.7%" in s.summary


def test_a_numbered_trajectory_head_plans_and_a_projections_tables_earlier_outturn_is_the_comparison():
    from tests.support import extractive_kinds

    report = ("INTEGRATED PERFORMANCE REPORT – OCTOBER 2025\n\n1. Summary\n\nPerformance against the 4-hour standard was "
              "72.4% in October.\n\n7. Recovery trajectory\n\nThe trust has committed to the following monthly trajectory:\n\n"
              "- November 2025: 4-hour 73.5%; 18-week RTT 59.4%\n\n8. Recommendation\n\nThe Board is asked to note the report.\n")
    kinds = extractive_kinds(report)
    assert kinds["72.4%"] == "achieved" and kinds["73.5%"] == kinds["59.4%"] == "target"
    statement = ("Monetary Policy Statement\n\nTable 1. Key projections\n\n"
                 "Indicator\t2024 (outturn)\t2025 (estimate)\t2026 (projection)\t2027 (projection)\n"
                 "CPI inflation\t5.8\t3.3\t2.4\t2.0\nUnemployment rate\t4.9\t5.2\t5.6\t5.4\n")
    kinds = extractive_kinds(statement)
    assert (kinds["5.8"], kinds["3.3"], kinds["2.4"], kinds["2.0"]) == ("other", "achieved", "target", "target")


def test_a_rate_column_named_by_its_measure_beside_two_periods_holds_the_latest_periods():
    from tests.support import extractive_kinds

    bulletin = ("Recorded crime bulletin\n\nRecorded crime by offence group\n\n"
                "Offence group | Jul–Sep 2025 | Jul–Sep 2024 | Change | Rate per 1,000 | Hotels\n"
                "Robbery | 298 | 341 | −12.6% | 0.7 | 12\nShoplifting | 1,486 | 1,302 | +14.1% | 3.6 | 14\n")
    kinds = extractive_kinds(bulletin)
    assert kinds["0.7"] == kinds["3.6"] == kinds["298"] == "achieved" and kinds["341"] == "other"
    # (and a column of what is new in each row is the period's too; the rows' establishments stay a profile)
    assert kinds["12"] == kinds["14"] == "other"
    table = ("Annual performance report 2024/25\n\nWhole-blood donations by collection area\n\n"
             "Area\t2024/25\t2023/24\tChange\tNew donors\nEastfield\t68,900\t66,100\t+4.2%\t13,600\n"
             "Westdales\t39,700\t38,600\t+2.8%\t7,400\n")
    kinds = extractive_kinds(table)
    assert kinds["13,600"] == kinds["7,400"] == kinds["68,900"] == "achieved" and kinds["66,100"] == "other"
    # (a column that names a measure of its year is that year's result, not a comparison; a site's capacity is a size)
    table = ("Directors' report 2024\n\nOur sites\n\n"
             "Site\tTechnology\tCapacity (kWp)\tGeneration 2024 (MWh)\tLoad factor (%)\n"
             "Holm Farm barn\tRooftop solar\t250\t238\t10.9\nTarn Moor\tWind turbine\t500\t1,205\t27.5\n")
    kinds = extractive_kinds(table)
    assert kinds["238"] == kinds["1,205"] == kinds["10.9"] == "achieved" and kinds["250"] == kinds["500"] == "other"
    # (a head indented over the labels' column leaves every named column a measure's)
    table = ("Interim results\n\nPerformance by category\n\n"
             "                      GMV     Revenue   Orders\n"
             "                      £m      £m       thousands\n"
             "Furniture            212.4     29.7       611\nHomeware             118.3     17.2     1,402\n")
    kinds = extractive_kinds(table)
    assert kinds["212.4"] == kinds["29.7"] == kinds["1,402"] == "achieved"
    # (a plan's count to date is the plan's)
    table = ("Project update\n\nProgress to date against plan:\n\n"
             "Section | Work package | Planned to date | Delivered to date | Variance\n"
             "Eastholme–Brant | Piled foundations | 1,240 | 1,276 | +36\nBrant–Cairnford | Masts erected | 760 | 702 | -58\n")
    kinds = extractive_kinds(table)
    assert kinds["1,240"] == kinds["760"] == "target" and kinds["1,276"] == kinds["702"] == "achieved"


def test_labelled_items_after_a_total_done_break_it_down():
    from tests.support import extractive_kinds

    text = ("Annual performance summary 2024/25\n\nWe attended 14,862 incidents in 2024/25, up 3.4% on 2023/24.\n"
            "- Fires: 4,118, including 1,702 primary fires and 133 chimney fires.\n"
            "- False alarms: 6,905, of which 2,140 were automatic fire alarms.\n")
    kinds = extractive_kinds(text)
    assert kinds["4,118"] == kinds["1,702 primary fires"] == kinds["6,905"] == "achieved"
    # (a head that names a breakdown opens its list as a lead does)
    text = ("Annual report 2024\n\nOur volunteers were called out 212 times.\n\nCallouts by type\n\n"
            "- Lost or missing walkers and climbers: 74\n- Medical emergencies on the hill: 38\n")
    kinds = extractive_kinds(text)
    assert kinds["74"] == kinds["38"] == "achieved"


def test_a_head_of_commitments_is_a_plans_head():
    from tests.support import extractive_kinds

    text = ("Annual report 2024/25\n\nWe resolved 6,120 complaints in the year.\n\nOur commitments for 2025/26\n\n"
            "1. Keep the case fee at £650 for a third year running.\n2. Recruit 20 more caseworkers.\n")
    kinds = extractive_kinds(text)
    assert kinds["6,120 complaints"] == "achieved" and kinds["20 more caseworkers"] == "target"


CONSULTATION = """\
Budget consultation 2026/27: what you told us

Last year we completed the £12.5m refurbishment of Corvale Market Hall, on time.

Savings proposals

1. Merge our three customer contact centres into one – £1.2m.
2. Convert the remaining 21,000 street lights to LED – £0.8m.

| Service area | 2025/26 budget (£m) | 2026/27 proposed (£m) | Change |
|---|---|---|---|
| Highways and transport | 22.7 | 22.1 | -2.6% |
"""


def test_proposals_under_their_head_and_a_proposed_column_are_the_plans():
    kinds = {f.text: f.kind for f in summarize(CONSULTATION, SummaryOptions(mode="extractive"),
                                               settings=extractive_settings()).figures}
    assert kinds["£1.2m"] == kinds["£0.8m"] == kinds["21,000 street lights"] == "target"
    assert kinds["22.1"] == "target"


def test_a_part_of_them_is_a_part_of_what_the_sentence_before_counted():
    from service.extractive.sections import figures_in_context
    from service.segment import segment

    text = ("The trust runs 34 hostels across the region. We own 27 of them and lease the rest.\n\n"
            "Inspectors returned to 158 schools that had been judged inadequate; 103 of them had improved.")
    subjects = {f.text: f.subject for fs in figures_in_context(segment(text), [], "en").values() for f in fs}
    assert subjects["27"] == "hostels"
    assert subjects["103"].startswith("schools")


def test_a_tables_values_are_named_by_their_rows_label_and_their_columns_measure():
    # (were 'Feature film' for all four values of the row, and 'Total' for every value of the last)
    text = ("Screen production incentive 2024-25\n\nThe incentive supported 58 productions in 2024-25.\n\n"
            "| Format | Productions | Qualifying spend (£m) | Change on 2023-24 | Incentive paid 2024-25 (£m) |\n"
            "|---|---|---|---|---|\n| Feature film | 21 | 188.6 | +9% | 37.1 |\n| Animation | 9 | 64.2 | -4% | 13.0 |\n\n"
            "Delivery to date\n\n| Area | Work | Planned to date | Delivered to date |\n|---|---|---|---|\n"
            "| Total | Masts erected | 1,860 | 1,754 |\n")
    s = summarize(text, SummaryOptions(mode="extractive"), settings=extractive_settings())
    subjects = {f.text: f.subject for f in s.figures}
    assert subjects["21"] == "Feature film: Productions"
    assert subjects["188.6"] == "Feature film: Qualifying spend"  # (its unit is the figure's, not its name)
    assert subjects["+9%"] == "change in Feature film"
    assert subjects["37.1"] == "Feature film: Incentive paid"  # (its year is the figure's period)
    assert subjects["1,754"] == "Total, Masts erected: Delivered to date"


def test_a_tables_bare_values_take_their_columns_unit_but_not_an_unsure_one():
    text = ("Flood defence scheme\n\nThe scheme was completed in 2025.\n\n"
            "| Phase | Wall built (m) | Cost (£m) | Homes protected (%) |\n|---|---|---|---|\n"
            "| Tanners Quay | 620 | 6.8 | 41 |\n| Mill Reach | 480 | 9.1 | 35 |\n"
            "| Total | 1,100 | 15.9 |\n")
    figures = {f.text: (f.value, f.unit) for f in summarize(text, SummaryOptions(mode="extractive"),
                                                              settings=extractive_settings()).figures}
    assert figures["6.8"] == (6_800_000.0, "GBP") and figures["41"] == (41.0, "%")
    assert figures["620"] == (620.0, "")  # (a bare "(m)" may be metres as well as millions)
    assert figures["15.9"] == (15.9, "")  # (a row a cell short: which column each value is in is unsure)


def test_a_tables_rows_of_months_or_quarters_name_their_values_by_column_and_time():
    # (were 'January' for every value of the row: the row is a time, the column the measure)
    text = ("Ski season report\n\nThe season ran from December to April.\n\n"
            "| Month | Operating days | Skier days | Share of season |\n|---|---|---|---|\n"
            "| January | 29 | 41,900 | 25.5% |\n| February | 27 | 52,600 | 32.0% |\n\n"
            "| Quarter | Boardings 2025 | Boardings 2024 |\n|---|---|---|\n| Q1 (Sep–Nov) | 912 | 880 |\n| Q2 (Dec–Feb) | 921 | 870 |\n")
    s = summarize(text, SummaryOptions(mode="extractive"), settings=extractive_settings())
    subjects = {f.text: f.subject for f in s.figures}
    assert subjects["41,900"] == "Skier days, January" and subjects["27"] == "Operating days, February"
    assert subjects["912"] == "Boardings, Q1 (Sep–Nov)"  # (its year is its column's)


def test_a_tables_label_that_names_something_keeps_its_capitals():
    # (was 'corporate and Central: Variance', 'one-Day Cup: …': a name's first word lowered because the page writes it in
    # lower case elsewhere)
    text = ("Budget monitoring\n\nCorporate costs were reviewed and one-day events were cut.\n\n"
            "| Directorate | Annual budget | Forecast outturn |\n|---|---|---|\n| Corporate and Central | 72.0 | 66.9 |\n"
            "| One-Day Cup | 4.1 | 5.9 |\n| Other services | 12.0 | 11.5 |\n")
    s = summarize(text, SummaryOptions(mode="extractive"), settings=extractive_settings())
    subjects = {f.text: f.subject for f in s.figures}
    assert subjects["66.9"] == "Corporate and Central: Forecast outturn"
    assert subjects["5.9"] == "One-Day Cup: Forecast outturn"


def test_a_row_whose_label_only_opens_like_a_month_is_no_time():
    # ("Marketing" and "Decorations" open as "Mar" and "Dec" do: they name things, not months)
    text = ("Spending by team\n\nEach team's spending is set out below.\n\n"
            "| Team | Budget | Spent |\n|---|---|---|\n| Marketing | 12.0 | 11.4 |\n| Decorations | 3.1 | 2.9 |\n")
    subjects = {f.text: f.subject for f in summarize(text, SummaryOptions(mode="extractive"),
                                                      settings=extractive_settings()).figures}
    assert subjects["11.4"] == "Marketing: Spent" and subjects["2.9"] == "Decorations: Spent"

