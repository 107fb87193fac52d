"""A headline's own figures: reported, quoted from the headline and traced to it in the input."""

from service.pipeline import summarize
from service.schemas import SummaryOptions

STORY = ("记者从青岙市国际陆港集团获悉，2024年青岙中欧班列克服国际物流通道波动等不利因素，全年累计开行862列，同比增长18.6%。"
         "目前，班列已通达欧洲12个国家的35个城市。")


def test_a_figure_only_the_headline_gives_is_reported_from_the_headline():
    text = f"2024年青岙中欧班列开行862列 货值突破280亿元\n\n{STORY}"
    s = summarize(text, SummaryOptions(mode="extractive"))
    assert s.title == "2024年青岙中欧班列开行862列 货值突破280亿元"
    worth = [f for f in s.figures if f.text == "280亿元"]
    assert len(worth) == 1 and worth[0].quote == s.title and worth[0].kind == "achieved"
    # (the trains' freight value: a bare '货值' before 2026-12-04, when a measure named alone was not of the thing before)
    assert worth[0].subject == "青岙中欧班列开行货值" and worth[0].period == "2024"
    a, b = worth[0].span
    assert text[a:b] == worth[0].source_quote == s.title
    # (the trains the story counts again are the story's figure, once)
    assert [f.quote.startswith("记者") for f in s.figures if f.text == "862列"] == [True]


def test_a_traditional_headlines_figure_is_shown_as_written():
    text = "2024年青岙中歐班列開行862列 貨值突破280億元\n\n" + (
        "記者從青岙市國際陸港集團獲悉，2024年青岙中歐班列克服國際物流通道波動等不利因素，全年累計開行862列，同比增長18.6%。")
    s = summarize(text, SummaryOptions(mode="extractive"))
    worth = [f for f in s.figures if f.value == 2.8e10]
    assert len(worth) == 1 and worth[0].text == "280億元" and text[slice(*worth[0].span)] == worth[0].source_quote


def test_an_english_headlines_figure_is_reported_as_a_result_told_in_the_present():
    text = ("Kestrel Playhouse sells record 186,400 tickets\n\nThe theatre said attendance rose 12% in the year to March, "
            "and ticket income reached £2.1m, the highest in its history.")
    s = summarize(text, SummaryOptions(mode="extractive"))
    tickets = [f for f in s.figures if f.quote == s.title]
    assert [(f.text, f.kind, f.subject) for f in tickets] == [("186,400 tickets", "achieved", "tickets")]
    assert text[slice(*tickets[0].span)] == tickets[0].source_quote == s.title
    # (a plan in a headline stays a plan; a headline's amount in capitals is read whole: "$86 Million", not $86)
    plan = summarize("Council plans 1,200 new homes by 2030\n\nThe council published its housing strategy on Monday. "
                     "It sets out where homes could go.", SummaryOptions(mode="extractive"))
    assert [(f.text, f.kind) for f in plan.figures if f.quote == plan.title] == [("1,200 new homes", "target")]
    plant = summarize("Vantera Composites to Build $86 Million Plant at Cedar Bend\n\nThe company announced the plant on "
                      "Tuesday. Construction starts next spring.", SummaryOptions(mode="extractive"))
    assert [(f.text, f.value) for f in plant.figures if f.quote.startswith("Vantera")] == [("$86 Million", 86e6)]
