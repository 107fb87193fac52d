"""Pieces: a source sentence compressed to the clauses that carry its facts."""

from service.extractive.pieces import compress, end_piece


def test_compression_keeps_the_clauses_with_facts_and_the_opening():
    s = "今年以来，全镇坚持项目为王，深入推进招商引资，新增规上企业21家，完成投资74.36亿元，为全年目标打下坚实基础。"
    # The short opening is only the time, so the clause after it (the actor) stays too.
    assert compress(s, "zh") == "今年以来，全镇坚持项目为王，新增规上企业21家，完成投资74.36亿元"


def test_a_time_on_its_own_goes_with_the_clause_after_it():
    s = "跟着标志性项目相继启动，全镇市场主体生机奔涌，四上企业总数达到140家，2023年，主要指标稳居全市前列，迈上新台阶。"
    # 2023年 dated the dropped clause after it: left alone it would end the sentence on a date.
    assert compress(s, "zh") == "跟着标志性项目相继启动，四上企业总数达到140家"
    kept = "跟着标志性项目相继启动，全镇市场主体生机奔涌，四上企业总数达到140家，2023年，新增企业21家。"
    assert compress(kept, "zh") == "跟着标志性项目相继启动，四上企业总数达到140家，2023年，新增企业21家。"


def test_a_key_point_is_never_cut_at_the_comma_of_a_number():
    from service.extractive.pieces import shorten

    text = ("A once-daily pill reduced the risk of heart attacks and strokes by 33% in people with high cholesterol, "
            "according to results of a trial involving more than 14,000 patients published Monday in a journal.")
    # the last clause boundary before the limit is after "cholesterol", not inside "14,000"
    assert shorten(text, 170, "en") == text[: text.index(", according")]


def test_a_structured_abstracts_section_label_is_no_part_of_a_summary_sentence():
    from service.extractive.pieces import strip_marker

    assert strip_marker("Methods: We conducted a 24-week trial in 32 practices.") == (
        "We conducted a 24-week trial in 32 practices.")
    assert strip_marker("Results: A total of 612 participants were enrolled.").startswith("A total")
    assert strip_marker("Results: rose 4%") == "Results: rose 4%"  # (a label runs into a sentence)


def test_an_english_sentence_in_a_chinese_document_keeps_its_own_full_stop():
    assert end_piece("International revenue rose 57.3% to RMB 3.85 billion, up from 22.9% to 30.5%.", "zh").endswith("30.5%.")
    assert end_piece("收入达3.5", "zh") == "收入达3.5。"
