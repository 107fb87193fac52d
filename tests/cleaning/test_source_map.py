"""Spans of the cleaned text traced back to the text as the user sent it."""

from __future__ import annotations

import html
import re

import pytest

from service.cleaning import clean
from service.cleaning.source_map import SourceMap, visible


def trace(raw: str, quote: str) -> str | None:
    """The text as sent behind `quote`, found in the cleaned text of `raw`."""
    c = clean(raw)
    i = c.text.find(quote)
    assert i >= 0, f"{quote!r} not in the cleaned text {c.text!r}"
    span = c.source_map.span(i, i + len(quote))
    return None if span is None else raw[span[0] : span[1]]


def test_plain_text_with_chrome_and_white_space_is_traced_exactly():
    raw = ("首页 | 新闻 | 政务 | 专题\n\n  吕良镇规上工业产值  突破60亿元，\n同比增长86%。\n\n"
           "责任编辑：王五\n版权所有 某某网")
    assert trace(raw, "突破60亿元") == "突破60亿元"
    found = trace(raw, "吕良镇规上工业产值 突破60亿元，\n同比增长86%")
    assert found == "吕良镇规上工业产值  突破60亿元，\n同比增长86%"


def test_the_nearest_of_repeated_sentences_is_taken():
    sentence = "全年新签约项目12个。"
    raw = f"导读：{sentence}\n\n正文第一段。{sentence}其他内容。\n\n结尾。{sentence}"
    c = clean(raw)
    last = c.text.rfind(sentence)
    span = c.source_map.span(last, last + len(sentence))
    assert span == (raw.rfind(sentence), raw.rfind(sentence) + len(sentence))


def test_pinyin_notes_stay_in_the_source_quote():
    raw = "漣水縣發(fā)布新政策，新簽約項目26個(gè)，總投資50億元。" * 2
    c = clean(raw)
    assert "(fā)" not in c.text
    i = c.text.find("縣發布新政策")
    span = c.source_map.span(i, i + len("縣發布新政策"))
    assert raw[span[0] : span[1]] == "縣發(fā)布新政策"


def test_html_spans_point_into_the_decoded_html():
    page = ("<html><head><title>t</title><style>p{}</style></head><body><nav>首页 | 新闻</nav>"
            "<article><h1>标题</h1><p>吕良镇规上工业产值突破<b>60亿元</b>，同比增长86%&#65292;"
            "全年新招引项目7个&nbsp;。</p><script>var x = '突破60亿元';</script></article></body></html>")
    c = clean(page)
    quote = "突破60亿元，同比增长86%"
    i = c.text.find(quote)
    assert i >= 0
    start, end = c.source_map.span(i, i + len(quote))
    raw = page[start:end]
    assert raw.startswith("突破") and raw.endswith("86%")
    assert visible(html.unescape(re.sub(r"<[^>]+>", "", raw))) == visible(quote)
    assert page.index("<p>") < start < page.index("<script>")  # not the copy inside the script


def test_a_repaired_run_maps_to_the_garbled_input():
    good = "全区新增就业岗位8600个，同比增长12%。"
    garbled = good.encode("utf-8").decode("latin-1")
    raw = garbled + "\n\n今年经济运行稳中向好，规上工业产值增长9%。"
    c = clean(raw)
    assert good in c.text
    i = c.text.find(good)
    span = c.source_map.span(i, i + len(good))
    assert raw[span[0] : span[1]].strip() == garbled.strip()


def test_text_that_is_not_in_the_input_has_no_span():
    m = SourceMap("吕良镇规上工业产值突破60亿元。", "完全不同的一句话。", is_html=False)
    assert m.span(0, 9) is None


@pytest.mark.parametrize("encoding", ["utf-8", "gb18030", "big5", "utf-16"])
def test_spans_of_bytes_point_into_the_decoded_text(encoding):
    from service.pipeline import summarize
    from service.schemas import SummaryOptions
    from tests.support import extractive_settings

    raw = "漣水縣2022年新簽約億元以上項目32個，同比增長23%；力爭2023年新增規上工業企業80家。" * 3
    s = summarize(raw.encode(encoding), SummaryOptions(mode="extractive"), settings=extractive_settings())
    decoded = raw
    assert s.figures
    for f in s.figures:
        assert decoded[f.span[0] : f.span[1]] == f.source_quote
        assert f.text in f.source_quote


def test_the_invisible_characters_table_is_the_pattern_class():
    from service.cleaning.source_map import _INVISIBLE, _INVISIBLE_CHARS, _IS_INVISIBLE

    every = "".join(map(chr, range(0x110000)))
    matched = "".join(_INVISIBLE.findall(every))
    assert sorted(matched) == sorted(_INVISIBLE_CHARS)
    assert max(map(ord, matched)) < 0x10000 and _IS_INVISIBLE.sum() == len(matched)


def test_a_view_without_spans_is_the_view_with_them_deleted():
    from service.cleaning.source_map import visible_view

    view = visible_view("發(fā)布 會在\n關(guān)注中心 ab|c 舉行 \u200b了")
    repaired = view.edited([(3, 5, "修")])  # (a region: the general path)
    for v in (view, repaired):
        for spans in ([], [(1, 5)], [(0, 2), (2, 3), (6, 9), (v.length - 1, v.length)]):
            a, b = v.without(spans), v.edited([(s, e, "") for s, e in spans])
            assert a.chars == b.chars and a.regions == b.regions
            assert [a.source_offset(d) for d in range(a.length + 2)] == [b.source_offset(d) for d in range(b.length + 2)]
