"""The year a figure is of, read from its document: its own sentence, its paragraph, its section."""

from __future__ import annotations

from service.pipeline import summarize
from service.schemas import SummaryOptions
from tests.support import extractive_settings

NOTICE = """华远科技2024年年度业绩快报

一、2024年度主要财务数据和指标

报告期内，公司实现营业总收入12.56亿元，较上年同期增长8.3%；基本每股收益0.42元。

二、经营业绩和财务状况情况说明

报告期内，公司新能源业务收入达到4.3亿元，同比增长36%。

2025年，公司力争实现营业收入15亿元。
"""


def test_a_numbered_heads_year_or_the_titles_is_the_period_of_the_figures_under_it():
    s = summarize(NOTICE, SummaryOptions(mode="extractive"), settings=extractive_settings())
    periods = {f.text: f.period for f in s.figures}
    assert periods["12.56亿元"] == periods["0.42元"] == "2024"  # under 一、2024年度…
    assert periods["4.3亿元"] == "2024"  # under a head with no year: the title's
    assert periods["15亿元"] == "2025"  # its own paragraph names its year
