"""PDF input: the text layer of every page, page numbers dropped, lines wrapped at the page's edge
joined, figures traced into the extracted text; locked, image-only and damaged PDFs refused clearly.

tests/data/pdf/report_*.pdf were printed from the .html beside them by headless Chromium
(`chromium --headless --no-pdf-header-footer --print-to-pdf=report_zh.pdf report_zh.html`, with
fonts-wqy-zenhei): hand-made documents, two pages each, a page number at the foot of each page.
"""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader, PdfWriter

from service.cleaning.pdf import pdf_text
from service.errors import UndecodableDocument
from service.pipeline import summarize
from service.schemas import SummaryOptions
from tests.support import DATA

PDFS = DATA / "pdf"


def _summary(data: bytes):
    return summarize(data, SummaryOptions(mode="extractive"))


def test_a_chinese_pdf_report_is_summarized_with_its_figures():
    data = (PDFS / "report_zh.pdf").read_bytes()
    text, pages = pdf_text(data)
    assert pages == 2 and "- 1 -" not in text and "- 2 -" not in text
    s = _summary(data)
    assert s.title == "某县2023年重点项目建设情况"
    assert s.warnings[0] == "pdf_text_extracted:2_pages" and s.stats.encoding == "pdf"
    by_text = {f.text: f for f in s.figures}
    # 24.4亿元 and 8.6% stand across a line the page broke ("完成投\n资24.4亿元", "同比增长\n8.6%。")
    assert {"60个", "52个", "86%", "24.4亿元", "15.6%", "60亿元", "8.6%", "30个", "50亿元"} <= set(by_text)
    assert by_text["30个"].kind == "target" and by_text["24.4亿元"].kind == "achieved"
    f = by_text["24.4亿元"]
    assert text[f.span[0] : f.span[1]] == f.source_quote and "24.4亿元" in f.source_quote
    assert "资24.4亿元" not in s.summary.split("。")[0][:4]  # no sentence starts mid-word
    assert not any(p.text.startswith(("资", "目9个")) for p in s.key_points)


def test_an_english_pdf_report_joins_lines_broken_at_the_edge():
    s = _summary((PDFS / "report_en.pdf").read_bytes())
    assert "Page 1 of 2" not in s.summary
    assert s.title == "Annual Economic Development Report 2025"  # the page broke it before the year
    by_text = {f.text: f for f in s.figures}
    assert "an increase of 5.6% over the previous year." in by_text["5.6%"].quote  # "of\n5.6%" in the PDF
    assert by_text["$3 billion"].kind == "target" and by_text["$12.8 billion"].period == "2025"


def _rewritten(data: bytes, password: str | None = None, blank: bool = False) -> bytes:
    writer = PdfWriter()
    if blank:
        writer.add_blank_page(width=595, height=842)
    else:
        for page in PdfReader(io.BytesIO(data)).pages:
            writer.add_page(page)
    if password:
        writer.encrypt(password)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda d: _rewritten(d, password="secret"), "password"),
        (lambda d: _rewritten(d, blank=True), "no text layer"),
        (lambda d: d[: len(d) // 3], "could not be read|no text layer"),
    ],
    ids=["locked", "image_only", "damaged"],
)
def test_locked_image_only_and_damaged_pdfs_are_refused_saying_why(make, message):
    data = make((PDFS / "report_zh.pdf").read_bytes())
    with pytest.raises(UndecodableDocument, match=message):
        _summary(data)


def test_a_pdf_open_without_a_password_is_read():
    data = _rewritten((PDFS / "report_zh.pdf").read_bytes(), password="")
    assert any(f.text == "24.4亿元" for f in _summary(data).figures)
