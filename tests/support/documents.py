"""Documents in binary formats, built for the tests that read them."""

from __future__ import annotations

import io

import docx


def report_docx() -> bytes:
    """A Word report: a heading, a paragraph of results, a table (a header row and one of data), a plan."""
    d = docx.Document()
    d.add_heading("某县2023年重点项目建设情况", 1)
    d.add_paragraph("2023年，全县60个重点建设项目已开工52个，开工率为86%，完成投资24.4亿元，同比增长15.6%。")
    table = d.add_table(rows=4, cols=3)
    for i, row in enumerate([("指标", "数值", "增速"), ("规上工业增加值", "23.1亿元", "8.4%"),
                             ("工业用电量", "8.4亿千瓦时", "8.4%"), ("注：数据为快报数", "", "")]):
        for j, value in enumerate(row):
            table.cell(i, j).text = value
    table.cell(3, 0).merge(table.cell(3, 2))  # a note across the whole row
    d.add_paragraph("下一步，我县将力争全年新签约亿元以上项目30个，确保完成固定资产投资50亿元。")
    return _saved(d)


def empty_docx() -> bytes:
    return _saved(docx.Document())


def _saved(d) -> bytes:
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()
