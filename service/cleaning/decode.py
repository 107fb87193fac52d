"""Bytes -> text: byte-order marks, UTF-16 without a BOM, UTF-8, then charset-normalizer (GB18030, Big5, ...)."""

from __future__ import annotations

import unicodedata

from .script import HAN_RE

# Files people send by mistake for text, told by their first bytes.
_FILE_FORMATS = (
    (b"PK\x03\x04", "a ZIP archive (an .xlsx or .pptx file is one; .docx files are read)"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office file (.doc, .xls) or a password-protected one"),
    (b"{\\rtf", "an RTF file"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\x1f\x8b", "a gzip file"),
)


def document_text(data: bytes) -> tuple[str, str, str] | None:
    """(text, format, warning) for a PDF or a Word file, None for bytes that should be text.
    Raises ValueError for such a file that cannot be read."""
    from .pdf import is_pdf, pdf_text
    from .word import docx_text, is_docx

    if is_pdf(data):
        text, pages = pdf_text(data)
        return text, "pdf", f"pdf_text_extracted:{pages}_pages"
    if is_docx(data):
        text, paragraphs = docx_text(data)
        return text, "docx", f"docx_text_extracted:{paragraphs}_paragraphs"
    return None


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Bytes -> (text, encoding name). Raises ValueError when the bytes are not text."""
    if not data:
        return "", "utf-8"
    for magic, what in _FILE_FORMATS:
        if data.startswith(magic):
            raise ValueError(f"the uploaded bytes are {what}, not text: send its text (plain text or HTML)")
    for bom, enc in (
        (b"\xef\xbb\xbf", "utf-8-sig"),
        (b"\xff\xfe\x00\x00", "utf-32-le"),
        (b"\xff\xfe", "utf-16-le"),
        (b"\xfe\xff", "utf-16-be"),
    ):
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(enc.replace("-sig", "")), enc
            except UnicodeDecodeError as e:
                raise ValueError(
                    f"the bytes start with a {enc} byte-order mark but do not decode as {enc}"
                ) from e
    sample = data[:65536]
    nul = sample.count(0)
    if nul:
        # UTF-16 without a BOM: one of the two byte lanes is mostly NUL (ASCII) or the text is CJK
        # and decodes cleanly; anything else with NULs is binary.
        even, odd = sample[0::2].count(0), sample[1::2].count(0)
        for enc, zeros in (("utf-16-le", odd), ("utf-16-be", even)):
            if len(data) % 2 == 0 and zeros >= nul * 0.9:
                try:
                    text = data.decode(enc)
                except UnicodeDecodeError:
                    continue
                if _looks_like_text(text):
                    return text, enc
        if nul > len(sample) * 0.01 or not _utf16_cjk(data):
            raise ValueError("the uploaded bytes look binary (NUL bytes), not text in a known encoding")
        text = data.decode("utf-16-le")
        return text, "utf-16-le"
    try:
        text = data.decode("utf-8")
        return text, "utf-8"
    except UnicodeDecodeError:
        pass
    if _utf16_cjk(data):
        return data.decode("utf-16-le"), "utf-16-le"
    from charset_normalizer import from_bytes

    results = from_bytes(
        data,
        cp_isolation=["gb18030", "big5", "utf_16", "shift_jis", "euc_kr", "cp1252", "latin_1"],
    )
    best = results.best()
    if best is None:
        raise ValueError(
            "could not detect the text encoding of the uploaded bytes (not UTF-8, GB18030, Big5 or UTF-16)"
        )
    encoding = best.encoding
    # charset-normalizer names the family; GBK text always decodes as its superset gb18030.
    if encoding in ("gbk", "gb2312", "hz"):
        encoding = "gb18030"
    try:
        text = data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        text = str(best)
    if not _looks_like_text(text):
        raise ValueError(
            f"the uploaded bytes do not look like text (best guess {encoding} gives mostly symbols)"
        )
    return text, encoding


def _looks_like_text(text: str) -> bool:
    if not text:
        return True
    sample = text[:20000]
    bad = sum(
        1 for c in sample if unicodedata.category(c) in ("Cc", "Co", "Cs", "Cn") and c not in "\n\r\t\f"
    )
    return bad <= len(sample) * 0.02


def _utf16_cjk(data: bytes) -> bool:
    """BOM-less UTF-16-LE Chinese: decodes cleanly and is mostly Han, CJK punctuation or ASCII."""
    if len(data) % 2:
        return False
    try:
        text = data[:20000].decode("utf-16-le")
    except UnicodeDecodeError:
        return False
    good = sum(
        1
        for c in text
        if HAN_RE.match(c) or "\u3000" <= c <= "\u303f" or "\uff00" <= c <= "\uffef" or c.isascii()
    )
    return good >= len(text) * 0.9 and _looks_like_text(text)
