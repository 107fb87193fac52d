"""A document ready to summarize: decoded, cleaned and cut into sentences.

`prepare` is the first half of the pipeline (decode -> clean -> segment); every summarizer
(extractive or LLM) reads the `Prepared` it returns and nothing else of the input.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from . import cleaning
from .errors import EmptyDocument, UndecodableDocument
from .schemas import SummaryOptions
from .segment import Sentence, segment


@dataclass
class Prepared:
    """A document after cleaning and segmentation: what every summarizer reads."""

    clean: cleaning.CleanText
    sentences: list[Sentence]
    doc_id: str


def prepare(text: str | bytes, options: SummaryOptions | None = None) -> Prepared:
    """Decode (bytes), clean and segment one document.

    Raises UndecodableDocument for bytes in no supported encoding and EmptyDocument when nothing
    readable is left."""
    options = options or SummaryOptions()
    encoding = None
    extracted = None
    if isinstance(text, bytes):
        try:
            extracted = cleaning.document_text(text)  # a PDF or a Word file
            if extracted is not None:
                text, encoding = extracted[0], extracted[1]
            else:
                text, encoding = cleaning.decode_bytes(text)
        except ValueError as e:
            raise UndecodableDocument(str(e)) from e
    if not text or not text.strip():
        raise EmptyDocument("the document is empty or contains only white space")
    cleaned = cleaning.clean(text, script=options.script)
    if encoding:
        cleaned.encoding = cleaned.encoding or encoding
    if extracted is not None:
        cleaned.warnings.insert(0, extracted[2])
    if not any(c.isalnum() for c in cleaned.analysis):
        raise EmptyDocument("the document has no text left after cleaning (only markup, chrome or symbols)")
    sentences = segment(cleaned.analysis)
    # Spans point into the text as sent, so that is what the id names (the same text sent as JSON,
    # as a raw body or as a GBK file decodes to the same string and gets the same id).
    doc_id = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
    return Prepared(clean=cleaned, sentences=sentences, doc_id=doc_id)
