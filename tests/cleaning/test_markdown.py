"""Markdown input: headings, emphasis, links, lists and tables lose their markup and keep their
words; figures inside the markup are found, and trace to the Markdown as sent."""

from __future__ import annotations

from service.cleaning import clean
from service.cleaning.markdown import looks_like_markdown
from service.pipeline import summarize
from service.schemas import SummaryOptions
from tests.support import DATA, SEEDS

MARKUP = ("**", "](", "# ", "|", "`")


def test_a_markdown_report_is_summarized_without_its_markup():
    raw = (DATA / "report.md").read_text(encoding="utf-8")
    s = summarize(raw, SummaryOptions(mode="extractive"))
    assert s.title == "2024年一季度经济运行情况" and "markdown_stripped" in s.warnings
    shown = [s.summary, *(k.text for k in s.key_points), *(f.subject for f in s.figures)]
    assert not [t for t in shown for m in MARKUP if m in t]
    # a table row's quote keeps the bars between its cells, as the row is written: a substring of the text sent
    assert not [f.quote for f in s.figures for m in MARKUP if m != "|" and m in f.quote]
    rows = [f.quote for f in s.figures if "|" in f.quote]
    assert rows and all(q in raw for q in rows), rows
    by_text = {f.text: f for f in s.figures}
    assert by_text["86.5亿元"].kind == "achieved" and by_text["380亿元"].kind == "target"
    assert by_text["20个以上"].kind == "target"  # inside *emphasis*
    # a table row is a paragraph of its own: its cells do not run into the next row
    assert by_text["23.1亿元"].quote == "规上工业增加值 | 23.1亿元 | 8.4%"
    f = by_text["86.5亿元"]
    assert raw[f.span[0] : f.span[1]] == f.source_quote and "**86.5亿元**" in f.source_quote


def test_english_markdown_links_and_code_keep_their_words():
    raw = ("# Budget 2026\n\nThe council approved a budget of **$12 million** for [new bike lanes](https://example.org/bikes) "
           "and will publish the `budget.csv` file.\n\n- Construction starts in March.\n- The network should reach 80 kilometres by 2027.\n")
    c = clean(raw)
    assert "markdown_stripped" in c.warnings
    assert "The council approved a budget of $12 million for new bike lanes and will publish the budget.csv file." in c.text
    assert "https://" not in c.text and "\n- " not in c.text


def test_plain_text_is_not_taken_for_markdown():
    for seed in SEEDS:
        assert not looks_like_markdown(seed.read_text(encoding="utf-8")), seed.name
    assert not looks_like_markdown("一、总体情况\n- 第一项工作\n- 第二项工作\n2*3*4=24，# 号键")


def test_a_plain_text_with_one_table_is_markdown_and_its_rows_stay_apart():
    text = ("单位：元\n\n| 项目 | 2024年 | 2023年 |\n|---|---|---|\n| 营业收入 | 4,862.3 | 4,107.9 |\n"
            "| 净利润 | 430.7 | 368.2 |\n")
    assert looks_like_markdown(text)
    assert not looks_like_markdown("A | B, and then C | D.\n---\nthe end")
    lines = [ln.strip() for ln in clean(text).text.split("\n") if ln.strip()]
    assert "营业收入 | 4,862.3 | 4,107.9" in lines and "净利润 | 430.7 | 368.2" in lines
