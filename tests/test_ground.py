"""Grounding: nothing untraceable is ever shown."""

from service.cleaning import clean
from service.ground import ground
from service.schemas import Draft, FigureDraft, KeyPointDraft


def fig(text, quote, subject="产值"):
    return FigureDraft(subject=subject, text=text, value=None, unit="", kind="achieved", period=None, quote=quote)


def test_invented_numbers_and_quotes_are_dropped_and_counted():
    raw = "吕良镇规上工业产值突破60亿元、同比增长86%。\n新招引项目7个。"
    c = clean(raw)
    draft = Draft(
        summary="s",
        figures=[
            fig("60亿元", "规上工业产值突破60亿元"),  # good
            fig("70亿元", "规上工业产值突破60亿元"),  # number not in quote
            fig("86%", "产值同比大增86%"),  # quote not in source
            fig("7个", "新招引项目\n7个"),  # white space differs: still traceable
        ],
        key_points=[KeyPointDraft(text="要点", evidence=["新招引项目7个", "不存在的引文"])],
    )
    out, warnings = ground(draft, c)
    assert [f.text for f in out.figures] == ["60亿元", "7个"]
    assert out.figures[1].quote == "新招引项目7个"
    assert "ungrounded_figures_dropped:2" in warnings
    assert "ungrounded_evidence_dropped:1" in warnings
    assert [e.quote for e in out.key_points[0].evidence] == ["新招引项目7个"]
    for f in out.figures:
        assert raw[f.span[0] : f.span[1]] == f.source_quote and f.text in f.source_quote


def test_quotes_come_back_in_the_script_of_the_input():
    c = clean("漣水縣力爭2023年新增規上工業企業80家。" * 3)
    assert c.script == "traditional"
    draft = Draft(summary="涟水县力争新增规上工业企业80家。", figures=[fig("80家", "力争2023年新增规上工业企业80家")])
    out, _ = ground(draft, c)
    assert out.figures[0].quote == "力爭2023年新增規上工業企業80家"
    assert out.figures[0].quote in c.text
    assert "漣水縣" in out.summary


def test_a_number_written_twice_in_its_quote_may_be_two_facts_but_one_listed_twice_is_one():
    c = clean("11月份，PPI环比由上月下降0.1%转为上涨0.1%。全年新招引项目7个。")
    quote = "11月份，PPI环比由上月下降0.1%转为上涨0.1%。"
    last_month = fig("0.1%", quote, "PPI环比下降").model_copy(update={"kind": "other"})
    draft = Draft(summary="s", figures=[last_month, fig("0.1%", quote, "PPI环比上涨"),
                                        fig("7个", "新招引项目7个"), fig("7个", "新招引项目7个", "新招引项目")])
    out, _ = ground(draft, c)
    assert [(f.text, f.kind) for f in out.figures] == [("0.1%", "other"), ("0.1%", "achieved"), ("7个", "achieved")]


def test_a_figure_whose_quote_crosses_words_split_by_hyphens_keeps_a_narrower_quote():
    from service.pipeline import summarize
    from service.schemas import SummaryOptions
    from tests.support import extractive_settings

    text = ("LETTER TO SHAREHOLDERS\n\n"
            "We invested $318 million in capital expenditures, chiefly in infra-\n"
            "structure modernization at our Dunmore, Pennsylvania and Tilbury, On-\n"
            "tario plants, and returned $402 million to shareholders through divi-\n"
            "dends of $1.92 per share and the repurchase of 2.3 million shares at\n"
            "an average price of $87.80. Free cash flow reached $547 million, or\n"
            "11.8% of revenue, exceeding our long-standing goal of 10%.\n")
    s = summarize(text, SummaryOptions(mode="extractive"), settings=extractive_settings())
    f = next(f for f in s.figures if f.text == "$402 million")  # (it had been dropped as ungrounded)
    assert "$402 million" in f.quote and text[f.span[0] : f.span[1]] == f.source_quote
    assert not any(w.startswith("ungrounded_figures") for w in s.warnings)


def test_a_fall_given_without_its_sign_takes_the_sign_the_source_writes():
    c = clean("10月份，猪肉价格同比为-9.8%。预计9月份CPI同比将在-0.5%至0.5%区间运行。新冠-19疫情后，产值增长12%。")
    draft = Draft(summary="s", figures=[
        fig("9.8%", "猪肉价格同比为-9.8%").model_copy(update={"value": 9.8, "unit": "%"}),  # the sign dropped
        fig("0.5%", "预计9月份CPI同比将在-0.5%至0.5%区间运行").model_copy(update={"value": 0.5, "unit": "%"}),
    ])
    out, _ = ground(draft, c)
    assert [(f.text, f.value, f.warnings) for f in out.figures] == [
        ("-9.8%", -9.8, ["sign_from_source"]), ("0.5%", 0.5, [])]  # (the range's upper end stays a rise)
    for f in out.figures:
        assert f.text in f.source_quote
