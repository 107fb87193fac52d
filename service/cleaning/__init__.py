"""Stage 1, clean: raw text (or bytes) -> the cleaned text every later stage reads."""

from .decode import decode_bytes
from .injection import find_instructions
from .normalize import normalize_whitespace
from .repair import repair_mojibake
from .script import detect_language, remove_pinyin_notes, to_simplified, to_traditional
from .stage import CleanText, clean, looks_like_html

__all__ = [
    "CleanText",
    "clean",
    "decode_bytes",
    "detect_language",
    "find_instructions",
    "looks_like_html",
    "normalize_whitespace",
    "remove_pinyin_notes",
    "repair_mojibake",
    "to_simplified",
    "to_traditional",
]
