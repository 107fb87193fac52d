"""A page is about one place; figures of a larger place it names (the province on a county's page)
are another place's, `other` by the convention, while comparisons with it stay this place's."""

from __future__ import annotations

from service.extractive.sections import figures_in_context
from service.segment import segment


def kinds(text: str) -> list[tuple[str, str]]:
    return [(f.text, f.kind) for fs in figures_in_context(segment(text), [], "zh").values() for f in fs]


COUNTY = ("今年以来，全县完成地区生产总值286.4亿元，同比增长7.4%，高于全省平均水平1.6个百分点，全省同期增速为5.8%。\n\n"
          "1—11月，全县外贸进出口总额86.2亿元，同比增长12.1%；全省进出口同比增长3.3%。\n\n"
          "全县规上工业增加值增长10.2%，居全省第3位。")


def test_a_larger_places_figures_on_a_countys_page_are_another_places():
    assert kinds(COUNTY) == [
        ("286.4亿元", "achieved"), ("7.4%", "achieved"), ("1.6个百分点", "achieved"), ("5.8%", "other"),
        ("86.2亿元", "achieved"), ("12.1%", "achieved"), ("3.3%", "other"),
        ("10.2%", "achieved"), ("第3位", "achieved"),
    ]


def test_on_the_larger_places_own_page_its_figures_are_its_own():
    province = ("今年以来，全省外贸进出口同比增长3.3%，全省规上工业增加值增长6.2%。\n\n"
                "其中，全县外贸进出口增长最快的桐岚县增长12.1%。")
    assert kinds(province)[:2] == [("3.3%", "achieved"), ("6.2%", "achieved")]
