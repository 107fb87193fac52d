"""A Chinese report's table flattened to lines: each value a figure of its row's label, in the unit
of its column, its row or the table, for the year of its column."""

from __future__ import annotations

from service.pipeline import summarize
from service.schemas import SummaryOptions
from tests.support import extractive_settings

REPORT = """\
浙江恒川新材料股份有限公司2024年年度报告摘要

第三节　主要会计数据和财务指标

报告期内，公司实现营业收入48.62亿元，同比增长18.36%，经营情况良好，各项指标稳步提升。

单位：元　币种：人民币

| 项目 | 2024年 | 2023年 | 本年比上年增减(%) |
|---|---|---|---|
| 营业收入 | 4,862,315,790.44 | 4,107,952,118.36 | 18.36 |
| 基本每股收益（元／股） | 1.05 | 0.90 | 16.67 |
| 加权平均净资产收益率（%） | 12.84 | 11.97 | 增加0.87个百分点 |

第四节　股东情况

截至报告期末普通股股东总数为28,417户。
"""


def _figures():
    s = summarize(REPORT, SummaryOptions(mode="extractive"), settings=extractive_settings())
    return {(f.text, f.unit, f.subject, f.kind, f.period) for f in s.figures}, s


def test_each_value_of_a_row_is_a_figure_of_its_label_in_its_unit_and_its_columns_year():
    figures, _ = _figures()
    assert {
        ("4,862,315,790.44", "元", "营业收入", "achieved", "2024"),
        ("4,107,952,118.36", "元", "营业收入", "other", "2023"),  # the comparison year
        ("18.36", "%", "营业收入增减", "achieved", "2024"),  # the change column's (%) holds for every row
        ("1.05", "元", "基本每股收益", "achieved", "2024"),  # the row's unit, 元／股
        ("16.67", "%", "基本每股收益增减", "achieved", "2024"),
        ("12.84", "%", "加权平均净资产收益率", "achieved", "2024"),
        ("0.87个百分点", "个百分点", "加权平均净资产收益率增加", "achieved", "2024"),
    } <= figures


def test_a_tables_figures_are_grounded_in_their_row_and_prose_is_read_as_before():
    figures, s = _figures()
    row = next(f for f in s.figures if f.text == "4,862,315,790.44")
    assert row.source_quote.startswith("营业收入") and "4,107,952,118.36" in row.source_quote
    assert ("28,417户", "户") in {(f.text, f.unit) for f in s.figures}
    assert ("48.62亿元", "元") in {(f.text, f.unit) for f in s.figures}
