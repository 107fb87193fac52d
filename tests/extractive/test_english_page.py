"""An English news page as scraped: the reader sees its headline, date and facts, not its section
trail, and no sentence that opens a list the summary does not show."""

from __future__ import annotations

from pathlib import Path

from service.pipeline import summarize
from service.schemas import SummaryOptions
from tests.support import extractive_settings

PAGE = (Path(__file__).resolve().parents[1] / "data" / "wind_page_en.txt").read_text(encoding="utf-8")


def test_the_headline_is_the_title_and_the_section_trail_is_chrome():
    s = summarize(PAGE, SummaryOptions(mode="extractive"), settings=extractive_settings())
    assert s.title == "City council approves $2.4 billion offshore wind expansion"  # was "Business | Energy"
    assert (s.author, s.published, s.source) == ("Maria Lopez", "2026-03-03", "Reuters")
    assert "Business" not in s.summary and "Business" not in " ".join(k.text for k in s.key_points)


def test_list_words_that_open_a_sentence_are_dropped_from_summary_and_key_points():
    s = summarize(PAGE, SummaryOptions(mode="extractive"), settings=extractive_settings())
    assert "The plan adds 40 turbines" in s.summary and "First," not in s.summary
    point = next(k for k in s.key_points if "40 turbines" in k.text)
    assert point.text.startswith("The plan adds 40 turbines")
    assert point.evidence[0].quote.startswith("First, the plan adds")  # the evidence is the source's words


def test_a_subject_is_written_as_the_document_writes_its_words_not_in_a_sentences_capital():
    text = ("Exports rose 18% in May to $61.2 billion, the ministry said. Chip exports led the gain.\n\n"
            "Samsung revenue rose 12% to $52 billion in the quarter.")
    s = summarize(text, SummaryOptions(mode="extractive"), settings=extractive_settings())
    subjects = {f.text: f.subject for f in s.figures}
    assert subjects["18%"] == "growth in exports" and subjects["$61.2 billion"] == "exports"
    assert subjects["$52 billion"].startswith("Samsung")  # a name keeps its capital


def test_a_strapline_under_the_title_does_not_open_the_summary():
    text = ("Corran Valley Flood Alleviation Scheme\nProgress report – October 2025\n"
            "A partnership of Harrowmere Borough Council and the Western Rivers Flood Agency\n\n"
            "With the opening of the Mill Reach defences in June, 995 homes along the River Corran now have a higher "
            "standard of flood protection. Mill Reach came in at £9.1 million, £300,000 under its budget of £9.4 million. "
            "Spending in the year was £7.9 million, compared with £6.1 million in 2023–24.\n")
    s = summarize(text, SummaryOptions(mode="extractive"), settings=extractive_settings())
    assert s.summary.startswith("With the opening of the Mill Reach defences")
    assert "A partnership of" not in s.summary


def test_a_speakers_delivery_line_under_the_title_is_no_key_point():
    text = ("2024 State of the City Address\n\n"
            "Mayor Teresa Villanueva | Delivered February 8, 2024, at the Bellhaven Performing Arts Center\n\n"
            "Tonight I can report that in 2023 our crews repaved 62 lane-miles of road and filled 14,200 potholes. "
            "Bellhaven added 2,870 jobs last year, and our unemployment rate ended the year at 3.8 per cent. "
            "Last year we hired 48 new police officers and 31 firefighters, and violent crime fell 11%. "
            "We will plant 5,000 trees this year.\n")
    s = summarize(text, SummaryOptions(mode="extractive"), settings=extractive_settings())
    assert s.key_points and not any("Delivered" in k.text for k in s.key_points)
    assert "Delivered" not in s.summary


def test_an_english_numbered_item_written_as_a_sentence_is_a_key_point_of_its_own_not_of_the_closing_lines():
    text = ("Annual Report to Members 2024/25\n\nWe brewed 9,420 hectolitres of beer, up 9.4% on last year, and sold "
            "8,900 hectolitres to 212 pubs.\n\nOur priorities for 2025/26\n\n1. Grow volume by 8% to about 10,200 hectolitres.\n"
            "2. Recruit at least 300 new members.\n3. Open a second tap room with around 60 covers.\n"
            "4. Bring water use down towards 4.5 litres per litre of beer.\n\n"
            "Thank you to every member who drank our beer or came to a meeting this year.\n\n"
            "Harriet Okonjo-Blythe, Chair of the Board\nOn behalf of the Board of Hopfold Brewery Co-operative Limited\n")
    s = summarize(text, SummaryOptions(mode="extractive"), settings=extractive_settings())
    last = [k.text for k in s.key_points if "water use" in k.text]
    assert last == ["Bring water use down towards 4.5 litres per litre of beer."]
