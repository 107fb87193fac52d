"""Stage 1, clean: raw text (or bytes) -> the cleaned text every later stage reads.

Contract used by the rest of the pipeline:
- `CleanText.text` is the cleaned text in the *output* script; `doc_id` is its sha256 and every
  quote the service reports is an exact substring of it.
- `CleanText.analysis` is the same text in Simplified script (for Chinese), with exactly the same
  length, so an offset into one is an offset into the other. Every later stage works on
  `analysis`; grounding maps quotes back to `text` by offset.
- `suspect` lists (start, end) spans that could not be repaired (mojibake) or that address a
  language model ("ignore all previous instructions"); summarizers keep
  sentences that overlap them out of prose and key points.

How it works: the input (HTML is first reduced to its main text) is normalised, repaired and
stripped of pinyin notes; then a Simplified copy of equal length is made and every later decision
(page chrome, metadata, bylines, broken lines) is taken on that copy and applied to both strings
at the same offsets, so they never drift apart. Chrome is recognised by the *shape* of a line
(short items between separators, a label followed by a date or a name, a widget word in a short
line, a block of short headline lines after the article) and by a small vocabulary that is common
to Chinese news sites in general, not to one site.

Modules, one concern each: `decode` (bytes -> text), `pdf` (a PDF's text layer), `word` (a .docx file's paragraphs), `markdown` (its markup), `html` (main text and meta tags of a page),
`normalize` (white space), `repair` (mojibake and the suspect spans left), `script` (OpenCC,
language, pinyin notes), `aligned` (the text + Simplified pair edited at the same offsets; the
offset map back to the input will live there), `chrome_rules` / `chrome` / `metadata` (page
furniture by line shape, and what it says; `masthead_en` the headline under an English body's name), `rejoin` (lines broken mid-sentence), `injection`
(instructions to a model), `stage` (`clean`, the steps in order).
"""

from .decode import decode_bytes, document_text
from .html import looks_like_html
from .injection import find_instructions
from .normalize import normalize_whitespace
from .repair import repair_mojibake
from .script import detect_language, remove_pinyin_notes, to_simplified, to_traditional
from .stage import CleanText, clean

__all__ = [
    "CleanText",
    "clean",
    "decode_bytes",
    "document_text",
    "detect_language",
    "find_instructions",
    "looks_like_html",
    "normalize_whitespace",
    "remove_pinyin_notes",
    "repair_mojibake",
    "to_simplified",
    "to_traditional",
]
