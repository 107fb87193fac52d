"""An English list of labelled values after a lead ("Completions by type of dwelling:" then "- Flats and
apartments: 874 net (58.8%)"): the items are the period's breakdown; a series labelled by years has its
latest year as the period's and the earlier ones as the comparison; a profile's facts stay a profile."""

from __future__ import annotations

from service.pipeline import summarize
from service.schemas import SummaryOptions
from tests.support import extractive_kinds, extractive_settings

REPORT = """Housing monitoring report 2024/25

A total of 1,571 new homes were completed in Hallowfield in 2024/25, up from 1,469 the year before.

Completions by type of dwelling:
- Flats and apartments: 874 net (58.8%)
- Houses and bungalows: 612 net (41.2%)

Dam levels on Monday:
- Loerievlei Dam: 31.7% (42.9% a year ago)
- Witbergspruit Dam: 18.2% (37.5%)

Net additional dwellings by monitoring year:

2022/23: 1,402
2023/24: 1,469
2024/25: 1,486

Hallowfield at a glance:
- Population: 312,400
"""


def test_a_leads_list_of_labelled_values_is_the_periods_breakdown_and_a_series_of_years_compares():
    s = summarize(REPORT, SummaryOptions(mode="extractive"), settings=extractive_settings())
    kinds = {f.text: f.kind for f in s.figures}
    assert kinds["874 net"] == "achieved" and kinds["58.8%"] == "achieved" and kinds["612 net"] == "achieved"
    assert kinds["18.2%"] == "achieved" and kinds["37.5%"] == "other"  # (the bracket: a year ago, as above)
    assert kinds["1,402"] == "other" and kinds["1,486"] == "achieved"
    assert kinds["312,400"] == "other"  # (a profile's fact)
    subjects = {f.text: f.subject for f in s.figures}
    assert subjects["1,486"] == "Net additional dwellings by monitoring year"  # (the lead's: its label is a year)



def test_the_items_a_commitment_binds_are_targets():
    text = ("Riverside Water annual performance report\n\nLeakage fell to 148.9 Ml/d this year.\n\n"
            "Our performance commitments for the new regulatory period require us to:\n"
            "- reduce supply interruptions to 5.0 minutes per property;\n"
            "- install a further 420,000 smart meters;\n- cut written complaints by a further 25%.\n")
    kinds = extractive_kinds(text)
    assert kinds["148.9 Ml/d"] == "achieved"
    assert kinds["5.0 minutes"] == kinds["420,000 smart meters"] == kinds["25%"] == "target"
