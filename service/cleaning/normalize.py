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
# Spaces around a number in Chinese ("全县 60 个项目", "2023 年", "增长 8.6% 。"), as some sites write
# and as PDF text extraction gives, part a number from its unit; Chinese puts none there. The space
# after a number goes when Chinese follows; the one before only when the number is spaced on both
# sides or ends at punctuation, since a lone space before it can part a name from a date ("白 涛 7月").
_CJK = "\u4e00-\u9fff\u3400-\u4dbf"
_CJK_PUNCT = "，。；：、！？（）“”"
# (Opening with the digit lets the regex engine skip ahead to digits; the space before is looked at by hand.)
_SPACED_NUMBER = re.compile(rf"[0-9](?:[0-9.,]*[0-9])?%?(?P<after> )?(?=[{_CJK}{_CJK_PUNCT}])")


def normalize_whitespace(text: str) -> str:
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    text = _ZERO_WIDTH.sub("", text)
    text = text.replace("\u3000", " ").replace("\xa0", " ").replace("\u2028", "\n").replace("\u2029", "\n")
    text = _SPACE_RUN.sub(" ", text)
    text = _SPACED_NEWLINE.sub("\n", text)
    text = _BLANK_LINES.sub("\n\n", text)
    return text.strip()


def cjk_digit_spaces(text: str) -> list[tuple[int, int, str]]:
    """Edits that drop the spaces between Chinese and digits. Made after the page chrome is gone:
    chrome is told by its spaces ("白 涛 7月22日", "2年前发布 010539 …")."""
    edits = []
    for m in _SPACED_NUMBER.finditer(text):
        if m["after"]:
            edits.append((m.start("after"), m.end("after"), ""))
        at = m.start()
        spaced_after_chinese = at >= 2 and text[at - 1] == " " and (
            "\u3400" <= text[at - 2] <= "\u9fff" or text[at - 2] in _CJK_PUNCT)
        if spaced_after_chinese and (m["after"] or text[m.end()] in _CJK_PUNCT):
            edits.append((at - 1, at, ""))
    return edits
