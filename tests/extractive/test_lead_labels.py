"""A report's paragraph that opens with a label ("（三）企业所得税。") and goes on with figures whose sentences name
nothing ("全年完成68.92亿元"): the label names them."""

from __future__ import annotations

from service.extractive.sections import figures_in_context
from service.segment import segment


def subjects(text: str) -> list[tuple[str, str]]:
    return [(f.text, f.subject) for fs in figures_in_context(segment(text), [], "zh").values() for f in fs]


def test_a_paragraphs_label_names_the_figures_its_sentences_leave_unnamed():
    text = ("（二）国内消费税。全年完成21.37亿元，同比下降2.8%，主要受成品油批发环节销量下滑影响。\n\n"
            "（三）企业所得税。全年完成68.92亿元，同比下降1.5%，占税收收入的19.6%。")
    # (the amounts had no subject at all, their changes only '同比下降')
    assert subjects(text) == [
        ("21.37亿元", "国内消费税"), ("2.8%", "国内消费税同比下降"),
        ("68.92亿元", "企业所得税"), ("1.5%", "企业所得税同比下降"), ("19.6%", "企业所得税占税收收入"),
    ]


def test_a_sentence_that_names_its_figures_keeps_its_own_subjects():
    text = "（一）工业生产。全县规上工业增加值增长10.2%，高于全市平均水平。"
    assert subjects(text) == [("10.2%", "规上工业增加值增长")]


def test_a_figure_nothing_names_takes_the_words_of_its_clause_or_its_lines_label():
    # (no figure is shown without a subject: these had '' before 2026-12-05)
    assert subjects("其他（含机关、事业单位）：164.2万元，占4.2%。")[0] == ("164.2万元", "其他（含机关、事业单位）")
    assert subjects("湄江市完成0.96亿件，同比增长22.4%；石屏市完成0.47亿件。")[0] == ("0.96亿件", "湄江市完成")
    english = figures_in_context(segment("Q3 total | 4,167,725 | 3,917,035\n\nMore than half, 53%, were women."), [], "en")
    named = {f.text: f.subject for fs in english.values() for f in fs}
    assert named["4,167,725"] == "Q3 total" and named["53%"] == "were women"
    assert all(subject for _, subject in subjects("湄江市完成0.96亿件，同比增长22.4%；石屏市完成0.47亿件。"))
