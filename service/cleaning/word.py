"""Word (.docx) -> text: the paragraphs and table rows of the body in order, read by python-docx
(imported only when a .docx comes in). As for a PDF, the extracted text is the text as sent: spans
and source quotes point into it.
"""

from __future__ import annotations

import io
import zipfile

# What a .docx may unpack to: a few MB of XML for a long report; far more is a zip bomb.
MAX_UNPACKED_BYTES = 100_000_000


def is_docx(data: bytes) -> bool:
    if not data.startswith(b"PK\x03\x04"):
        return False
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            return "word/document.xml" in z.namelist()
    except zipfile.BadZipFile:
        return False


def docx_text(data: bytes) -> tuple[str, int]:
    """(the body's text: a line per paragraph, a table row as its cells; the number of paragraphs
    and rows). Raises ValueError for a file python-docx cannot read or with no text."""
    from docx import Document
    from docx.table import Table

    with zipfile.ZipFile(io.BytesIO(data)) as z:
        unpacked = sum(info.file_size for info in z.infolist())
    if unpacked > MAX_UNPACKED_BYTES:
        raise ValueError(f"the .docx file unpacks to {unpacked:,} bytes, more than {MAX_UNPACKED_BYTES:,}")
    try:
        doc = Document(io.BytesIO(data))
        lines: list[str] = []
        for block in doc.iter_inner_content():
            if isinstance(block, Table):
                for row in block.rows:
                    cells = _row_cells(row)
                    if cells:
                        lines += ["", " ".join(cells), ""]  # a row is a paragraph of its own
            else:
                lines.append(block.text)
    except Exception as e:  # python-docx and its XML parser raise many kinds on a damaged file
        raise ValueError(f"the .docx file could not be read ({type(e).__name__}: {e})") from e
    text = "\n".join(lines).strip()
    if not any(c.isalnum() for c in text):
        raise ValueError("the .docx file has no text")
    return text, sum(1 for line in lines if line.strip())


def _row_cells(row) -> list[str]:
    """The texts of a row's cells, each cell once. python-docx lists a cell that spans columns
    once per column, as the same object; two cells that only hold the same value ("8.4% | 8.4%")
    are two objects and both count."""
    out: list[str] = []
    previous = None
    for cell in row.cells:
        if cell is not previous and (text := cell.text.strip()):
            out.append(text)
        previous = cell
    return out
