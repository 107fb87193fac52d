"""Markdown -> text: the markup characters dropped, the words kept.

Documents arrive as Markdown (`.md` uploads, `text/markdown`, converters' output): headings,
**emphasis**, [links](url), lists, tables, code fences. The markup is found as spans of the text
and either dropped or, where it separates words (table pipes), turned into a space; nothing else
is rewritten. The source map blanks the same spans in the text as sent, so quotes still trace to
it character for character.
"""

from __future__ import annotations

import re

from ..re_cache import compile_re

# Signals that a text is Markdown; two of them are needed (a lone "# " or "- " is plain text too).
_SIGNALS = compile_re(
    r"(?m)^#{1,6}[ \t]+\S|\*\*\S[^*\n]*\*\*|\]\([^)\s]+\)|^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*\||^```"
)
# Whole lines of markup: rules, table separator rows, code fences, link definitions.
_MARKUP_LINE = compile_re(
    r"(?m)^[ \t]*(?:(?:[-*_][ \t]*){3,}|\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)*\|?|```[^\n]*"
    r"|\[[^\]\n]+\]:[ \t]*\S+[^\n]*)[ \t]*$"
)
# Markers at a line's start: headings, block quotes, bullets (numbered items keep their numbers).
_LINE_START = compile_re(r"(?m)^[ \t]{0,3}(?:#{1,6}[ \t]+|(?:>[ \t]?)+)")
_BULLET = compile_re(r"(?m)^[ \t]{0,3}[-*+][ \t]+")
_CLOSING_HASHES = compile_re(r"(?m)[ \t]+#+[ \t]*$")
_IMAGE = compile_re(r"!\[[^\]\n]*\]\([^)\n]*\)")
_LINK = compile_re(r"\[(?=[^\]\n]+\]\([^)\s]+(?:[ \t]+\"[^\"\n]*\")?\))|\]\([^)\s]+(?:[ \t]+\"[^\"\n]*\")?\)")
_STRONG = compile_re(r"(\*\*|__)(?=\S)[^\n]*?(?<=\S)\1")
# (Chinese words touch the stars: 项目*20个*以上; an ASCII word does not: 2*3*4.)
_EMPHASIS = compile_re(r"(?<![*A-Za-z0-9_])\*(?=[^\s*])[^*\n]*?(?<=[^\s*])\*(?![*A-Za-z0-9_])")
_CODE = compile_re(r"`+")


# A table: a row of cells, then the row of dashes under its head. Markdown on its own (a plain
# text with one table in it is still Markdown).
_TABLE_HEAD = compile_re(r"(?m)^[ \t]*\|[^\n]*\|[ \t]*\n[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*\|")


def looks_like_markdown(text: str) -> bool:
    if not any(mark in text for mark in ("#", "**", "](", "|", "```")):
        return False  # most texts: five scans in C instead of the regex
    if "|" in text and _TABLE_HEAD.search(text[:200_000]):
        return True
    found = 0
    for _ in _SIGNALS.finditer(text[:200_000]):
        found += 1
        if found >= 2:
            return True
    return False


def markup_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, replacement) of every piece of markup, sorted and disjoint: "" drops it, white
    space keeps the words around it apart (table pipes)."""
    spans: list[tuple[int, int, str]] = []
    for m in _MARKUP_LINE.finditer(text):
        spans.append((m.start(), m.end(), ""))
    for rx in (_LINE_START, _CLOSING_HASHES, _IMAGE, _LINK, _CODE):
        spans += [(m.start(), m.end(), "") for m in rx.finditer(text)]
    # A list's item: a paragraph of its own (a bullet that ends no sentence is no line broken in one,
    # to be joined to the next item).
    spans += [(m.start(), m.end(), "\n") for m in _BULLET.finditer(text)]
    for m in _STRONG.finditer(text):
        spans += [(m.start(), m.start() + 2, ""), (m.end() - 2, m.end(), "")]
    for m in _EMPHASIS.finditer(text):
        spans += [(m.start(), m.start() + 1, ""), (m.end() - 1, m.end(), "")]
    for line in re.finditer(r"(?m)^[ \t]*\|[^\n]*$", text):
        # A table row: a blank line before it keeps it a paragraph of its own (rows are not lines
        # broken in a sentence); the pipes inside part its cells as they do in the text sent, so a
        # quote of the row is the row as written ("Killed | 31 | 24 | -23%") and its head names
        # the columns (figures/table_bars.py). The outer pipes go.
        row = line.group().rstrip()
        first = line.start() + row.index("|")
        spans.append((first, first + 1, "\n"))
        if row.endswith("|") and len(row) - row.index("|") > 1:
            spans.append((line.start() + len(row) - 1, line.start() + len(row), ""))
    out: list[tuple[int, int, str]] = []
    for a, b, rep in sorted(spans):
        if out and a < out[-1][1]:
            if b > out[-1][1]:
                out[-1] = (out[-1][0], b, out[-1][2])
            continue
        out.append((a, b, rep))
    return out


def apply_spans(text: str, spans: list[tuple[int, int, str]], *, blank: bool = False) -> str:
    """`text` with the spans replaced; `blank` puts spaces of the same length instead (offsets kept)."""
    parts, pos = [], 0
    for a, b, rep in spans:
        parts += [text[pos:a], " " * (b - a) if blank else rep]
        pos = b
    parts.append(text[pos:])
    return "".join(parts)


def strip_markdown(text: str) -> str:
    return apply_spans(text, markup_spans(text))
