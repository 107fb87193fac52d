"""White space and invisible characters: the first thing done to every input (after HTML extraction)."""

from __future__ import annotations

import unicodedata

from ..re_cache import compile_re
from .script import HAN_RE

_ZERO_WIDTH = compile_re("[\u200b-\u200f\u2060\ufeff\u00ad]")
# [ \t\f\v]+ -> " ", " *\n *" -> "\n", "\n{3,}" -> "\n\n", each written to start with a literal
# or a class: the regex engine then skips ahead to where a match can start instead of setting up a
# match attempt at every character (a pattern opening with a repeat or an optional part gets no
# such skip). And each leaves out what it would replace by itself (a lone space, a bare newline):
# a replacement costs a match object, and an English text has thousands of spaces. The text
# they give is the same.
_SPACE_RUN = compile_re(r"[ \t\f\v](?:[ \t\f\v]+|(?<=[\t\f\v]))")
_SPACED_NEWLINE = compile_re(r" +\n *|\n +")
_BLANK_LINES = compile_re(r"\n\n\n+")
# Spaces around a number in Chinese ("全县 60 个项目", "2023 年", "增长 8.6% 。"), as some sites write
# and as PDF text extraction gives, part a number from its unit; Chinese puts none there. The space
# after a number goes when Chinese follows; the one before only when the number is spaced on both
# sides or ends at punctuation, since a lone space before it can part a name from a date ("白 涛 7月").
_CJK_PUNCT = "，。；：、！？（）“”"
# (Chinese is told after the match, by the script module's Han class: a class of the Han ranges
# costs milliseconds to compile at every start, and opening with a digit lets the engine skip ahead.)
_NUMBER_SPACE = compile_re(r"[0-9](?:[0-9.,]*[0-9])?%? ?")
# A change written in words after a spaced number is the next cell of a table's row, not its unit:
# "加权平均净资产收益率（%） 1.52 减少0.41个百分点 5.03 减少0.36个百分点".
_CHANGE_CELL = compile_re(r"[增减][加少]?[0-9]")

# A heading numbered by its section, the number spaced from its words on a line of its own with no sentence in it:
# "2.2 分学历层次就业情况", "4.3 强化就业指导" (not "2.5 万元用于…，", nor a number and its multiplier).
_SECTION_HEADING = compile_re(r"\d{1,2}(?:\.\d{1,2}){1,3} (?![万亿千百])[^\n，。；：！？,;]{2,30}(?:\n|$)")


def _is_chinese(ch: str) -> bool:
    return ch in _CJK_PUNCT or HAN_RE.match(ch) is not None


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
    n = len(text)
    for m in _NUMBER_SPACE.finditer(text):
        at, end = m.start(), m.end()
        if end >= n or not _is_chinese(text[end]) or text[end - 1] == " " and _CHANGE_CELL.match(text, end):
            continue
        if text[end - 1] == " " and (at == 0 or text[at - 1] == "\n") and _SECTION_HEADING.match(text, at):
            continue  # a heading's section number: "2.2 分学历层次就业情况" ("2.2分" would read as a score)
        spaced = text[end - 1] == " "
        if spaced:
            edits.append((end - 1, end, ""))
        if at >= 2 and text[at - 1] == " " and _is_chinese(text[at - 2]) and (spaced or text[end] in _CJK_PUNCT):
            edits.append((at - 1, at, ""))
    return edits


# A name padded to the width of longer ones, its characters spaced apart: "凫城镇党委书记 白 涛 7月22日" (白涛): two or three
# tokens of one Han character each between spaces (a longer run, "东 南 西 北", spaces something else). Found from the
# spaces, which Chinese text has few of: a pattern opening on any character would be tried at every one.
_TOKEN_END = frozenset(" \t\n，。；：、！？,.")


def padded_name_spaces(text: str) -> list[tuple[int, int, str]]:
    """Edits that drop the spaces inside a Chinese name padded with them ("白 涛" -> "白涛"). Made after the page chrome is
    gone, as `cjk_digit_spaces` is."""
    n = len(text)

    def single(i: int) -> bool:  # a token of one Han character at i
        return 0 <= i < n and (i == 0 or text[i - 1] in " \t\n") and (i + 1 == n or text[i + 1] in _TOKEN_END) \
            and HAN_RE.match(text[i]) is not None

    edits: list[tuple[int, int, str]] = []
    at = text.find(" ")
    while at >= 0:
        if single(at - 1) and single(at + 1) and not single(at - 3):
            run = [at]
            while text.startswith(" ", run[-1] + 2) and single(run[-1] + 3):
                run.append(run[-1] + 2)
            if len(run) <= 2:
                edits += [(i, i + 1, "") for i in run]
            at = run[-1] + 2
        at = text.find(" ", at + 1)
    return edits
