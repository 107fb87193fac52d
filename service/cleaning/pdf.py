"""PDF -> text: the text layer of every page, read by pypdf (imported only when a PDF comes in).

Reports and notices are often published as PDF. The text extracted here is, for every later stage,
the text as sent: spans and source quotes point into it. Lines that only number a page
("- 3 -", "第 3 页", "Page 3 of 10") are dropped; lines broken at the page's right edge are joined
later by the rejoin step, as for any text.
"""

from __future__ import annotations

import io

from ..re_cache import compile_re

# A PDF of more pages than this is refused before extraction (a book, not a document to summarize).
MAX_PAGES = 1000
_PAGE_NUMBER = compile_re(
    r"(?m)^[ \t]*(?:[-—–]\s*\d{1,4}\s*[-—–]|第\s*\d{1,4}\s*页(?:\s*[/，,]?\s*共\s*\d{1,4}\s*页)?|"
    r"(?:Page|page|p\.)\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?|\d{1,4}\s*/\s*\d{1,4}|\d{1,3})[ \t]*$\n?"
)


def is_pdf(data: bytes) -> bool:
    return data[:1024].lstrip()[:5] == b"%PDF-"


def pdf_text(data: bytes) -> tuple[str, int]:
    """(the text of every page, one after another; the number of pages). Raises
    ValueError for a PDF that cannot be read, is locked, or has no text layer."""
    from pypdf import PdfReader

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise ValueError("the PDF is protected by a password: send an unlocked copy or its text")
        if len(reader.pages) > MAX_PAGES:
            raise ValueError(f"the PDF has {len(reader.pages)} pages, more than {MAX_PAGES}: send the part to summarize")
        pages = [page.extract_text() or "" for page in reader.pages]
    except ValueError:
        raise
    except Exception as e:  # pypdf raises many kinds on damaged files; each is the sender's to fix
        raise ValueError(f"the PDF could not be read ({type(e).__name__}: {e})") from e
    # Pages are joined by a line break, not a paragraph's: a sentence often runs on to the next page.
    text = "\n".join(t for t in (_PAGE_NUMBER.sub("", p).strip() for p in pages) if t)
    if not any(c.isalnum() for c in text):
        raise ValueError("the PDF has no text layer (a scanned document?): run OCR on it, or send its text")
    return text, len(pages)
