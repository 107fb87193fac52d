"""Sentence segmentation and token-budget chunking."""

from service.chunk import chunk, count_tokens
from service.segment import segment


def test_chinese_terminators_and_semicolons():
    s = segment("规上工业产值突破60亿元；粮食产量稳步增长！是否如此？好的。")
    assert [x.text for x in s] == ["规上工业产值突破60亿元；", "粮食产量稳步增长！", "是否如此？", "好的。"]


def test_offsets_point_at_the_text():
    text = "第一行没有句号\n\n  第二段。第二句！\n尾巴没有结束"
    for x in segment(text):
        assert text[x.start : x.end] == x.text
    assert segment(text)[-1].text == "尾巴没有结束"
    assert segment(text)[-1].terminated is False


def test_short_quotation_is_kept_whole_and_closing_mark_stays():
    s = segment("他说：“我们有信心。今年力争销售10亿元。”随后离开。")
    assert s[0].text == "他说：“我们有信心。今年力争销售10亿元。”"
    assert s[1].text == "随后离开。"


def test_enumerations_recognized():
    s = segment("一是项目攻坚持续突破。二是产业质态提质增效。（三）创新驱动。第四，优化服务。")
    assert [(x.enum, x.enum_level) for x in s] == [("一是", 1), ("二是", 2), ("（三）", 3), ("第四，", 4)]


def test_headings_are_flagged():
    s = segment("聚焦项目攻坚 聚力工业强镇\n2023年，吕良镇深入实施战略。")
    assert s[0].heading and not s[1].heading


def test_english_periods():
    s = segment("Output rose 15.6% in 2023. Mr. Smith said the U.S. plant opened. It employs 300 people.")
    assert [x.text for x in s] == [
        "Output rose 15.6% in 2023.",
        "Mr. Smith said the U.S. plant opened.",
        "It employs 300 people.",
    ]


def test_chunks_respect_budget_and_cover_every_sentence():
    text = open("seeds/003_c84865d6b80c2ef5.txt", encoding="utf-8").read()
    sents = segment(text)
    chunks = chunk(text, sents, budget=400)
    assert len(chunks) >= 4
    assert all(c.tokens <= 400 for c in chunks)
    assert chunks[0].first_sentence == 0 and chunks[-1].last_sentence == len(sents) - 1
    for a, b in zip(chunks, chunks[1:], strict=False):
        assert b.first_sentence == a.last_sentence + 1  # no gaps, no overlap by default
    assert all(text[c.start : c.end] == c.text for c in chunks)
    assert len({c.id for c in chunks}) == len(chunks)


def test_small_document_is_one_chunk_and_ids_follow_content():
    text = "第一段第一句。第一段第二句。\n\n第二段。"
    a = chunk(text, segment(text), budget=1500)
    assert len(a) == 1
    edited = text.replace("第二段", "改过的第二段")
    b = chunk(edited, segment(edited), budget=8)
    c = chunk(text, segment(text), budget=8)
    assert b[0].id == c[0].id and b[-1].id != c[-1].id


def test_overlap_repeats_trailing_sentence():
    text = "。".join(f"第{i}句话有一些内容" for i in range(30)) + "。"
    chunks = chunk(text, segment(text), budget=60, overlap=1)
    assert len(chunks) > 2
    for a, b in zip(chunks, chunks[1:], strict=False):
        assert b.first_sentence == a.last_sentence


def test_token_count_is_exact_o200k():
    assert count_tokens("") == 0
    assert count_tokens("hello world") == 2


def test_numbered_section_head_inside_a_long_line_is_its_own_heading():
    s = segment("两天时间边听边看。 一、总体感受 一是抓项目强工业是加速发展的根本。 二、下步发展措施 他山之石,可以攻玉。")
    texts = [(x.text, x.heading) for x in s]
    assert ("一、总体感受", True) in texts and ("二、下步发展措施", True) in texts
    assert ("一是抓项目强工业是加速发展的根本。", False) in texts
