"""Word (.docx) input: paragraphs and table rows in order, figures traced into the extracted text;
a damaged or empty file refused clearly. The .docx files are built by python-docx (tests/support)."""

from __future__ import annotations

import pytest

from service.errors import UndecodableDocument
from service.pipeline import summarize
from service.schemas import SummaryOptions
from tests.support.documents import empty_docx, report_docx


def test_a_word_report_is_summarized_with_its_table():
    s = summarize(report_docx(), SummaryOptions(mode="extractive"))
    assert s.title == "某县2023年重点项目建设情况" and s.stats.encoding == "docx"
    assert s.warnings[0].startswith("docx_text_extracted:")
    by_text = {f.text: f for f in s.figures}
    assert by_text["24.4亿元"].kind == "achieved" and by_text["30个"].kind == "target"
    assert by_text["23.1亿元"].quote == "规上工业增加值 23.1亿元 8.4%"  # a table row, cells in order
    # Two cells of equal value are two figures; a cell merged across the row is read once.
    assert [f.quote for f in s.figures if f.text == "8.4%"] == ["规上工业增加值 23.1亿元 8.4%", "工业用电量 8.4亿千瓦时 8.4%"]
    assert s.stats is not None and "注：数据为快报数 注" not in "".join(k.text for k in s.key_points)


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda d: d[: len(d) // 2], "could not be read|ZIP archive"),
        (lambda d: empty_docx(), "no text"),
    ],
    ids=["damaged", "empty"],
)
def test_damaged_and_empty_word_files_are_refused_saying_why(make, message):
    with pytest.raises(UndecodableDocument, match=message):
        summarize(make(report_docx()), SummaryOptions(mode="extractive"))



def test_a_word_file_that_unpacks_to_too_much_is_refused_before_it_is_parsed():
    import io
    import zipfile

    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as z:
        z.writestr("word/document.xml", b"<w:document>" + b" " * 120_000_000 + b"</w:document>")
    with pytest.raises(UndecodableDocument, match="unpacks to"):
        summarize(out.getvalue(), SummaryOptions(mode="extractive"))
