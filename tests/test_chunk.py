"""Token-budget chunking."""

from service.chunk import chunk, count_tokens
from service.segment import segment


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
