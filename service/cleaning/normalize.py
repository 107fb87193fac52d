"""White space and invisible characters: the first thing done to every input (after HTML extraction)."""

from __future__ import annotations

import re
import unicodedata

_ZERO_WIDTH = re.compile("[\u200b-\u200f\u2060\ufeff\u00ad]")
# [ \t\f\v]+ -> " ", " *\n *" -> "\n", "\n{3,}" -> "\n\n", each written to start with a literal
# or a class: the regex engine then skips ahead to where a match can start instead of setting up a
# match attempt at every character (a pattern opening with a repeat or an optional part gets no
# such skip). The matches are the same.
_SPACE_RUN = re.compile(r"[ \t\f\v][ \t\f\v]*")
_SPACED_NEWLINE = re.compile(r"(?:  *\n|\n) *")
_BLANK_LINES = re.compile(r"\n\n\n+")


def normalize_whitespace(text: str) -> str:
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    text = _ZERO_WIDTH.sub("", text)
    text = text.replace("\u3000", " ").replace("\xa0", " ").replace("\u2028", "\n").replace("\u2029", "\n")
    text = _SPACE_RUN.sub(" ", text)
    text = _SPACED_NEWLINE.sub("\n", text)
    text = _BLANK_LINES.sub("\n\n", text)
    return text.strip()
