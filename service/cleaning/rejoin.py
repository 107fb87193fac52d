"""Lines broken in the middle of a sentence (hard-wrapped or badly scraped text) joined again."""

from __future__ import annotations

import re

from ..re_cache import compile_re
from .aligned import Aligned
from .chrome_rules import ENUM_START, is_terminated
from .rows import VALUE_CELL, is_table_row

_SENTENCE_END = compile_re(r"[。！？；!?;]")


def rejoin_broken_lines(doc: Aligned, language: str) -> int:
    """Lines broken in the middle of a sentence ("杨国平表\\n\\n示，") are joined again."""
    simp = doc.simp
    width = wrap_width(simp)
    edits = []
    for m in re.finditer(r"\n+", simp):
        a0 = simp.rfind("\n", 0, m.start()) + 1
        prev = simp[a0 : m.start()].rstrip()
        nxt_end = simp.find("\n", m.end())
        nxt = simp[m.end() : nxt_end if nxt_end >= 0 else len(simp)].strip()
        if m.group() == "\n" and nxt[:1].isdigit() and _AMOUNT_CUT.search(prev) and not ENUM_START.match(nxt):
            # an amount cut at its decimal point: "$4.\n25 billion" (but "… £18,000.\n3. Install …" ends
            # a list's item before the next one)
            edits.append((m.start(), m.end(), ""))
            continue
        if not prev or not nxt or is_terminated(prev) or prev[-1] in "：:":
            continue
        if ENUM_START.match(nxt) or nxt[0] in "—-·•■●▲◆★【[" or _is_row(prev) or _is_row(nxt):
            continue  # (a table's row, "Closed sales ........ 1,264 (+8.2%)", "营业收入 4,862.3 4,107.9 18.36", is a line of its own)
        if _FIELD.match(prev) and _FIELD.match(nxt):
            continue  # fields of a record, one a line ("Area: … water 3.7 km²" then "Elevation: 361 m")
        quotes_open = prev.count("“") > prev.count("”") or prev.count("‘") > prev.count("’")
        parens_open = prev.count("(") + prev.count("（") > prev.count(")") + prev.count("）")
        cont_start = nxt[0] in "，、。；：！？）」』”’,.;:!?)" or (language == "en" and nxt[0].islower())
        wrapped = (
            (len(prev) >= 40 and not _is_headline_like_long(prev))
            or (prev[-1] in "，、," and len(prev) >= 24)
            or bool(_SENTENCE_END.search(prev))  # a finished sentence, then a broken one
            # a line as wide as the page's, in a paragraph (hard wrapping breaks no blank line)
            or (width is not None and len(prev) >= 0.8 * width and m.group() == "\n")
        )
        if not (wrapped or quotes_open or parens_open or cont_start):
            continue
        if language == "en" and "\n\n" in m.group() and (nxt[0].isupper() or nxt[0].isdigit()) and not (quotes_open or parens_open):
            continue  # a new paragraph: "… +22% YoY" then a blank line and "We raised …", or "2024 was the busiest year …"
        if language == "en" and m.group() == "\n" and (hyphen := _HYPHENATED.search(prev)) and (
                second := _WORD_START.match(nxt)):
            # A word the typesetter hyphenated at the line's end ("electrifica-\ntion") is one word
            # again; a compound ("long-\nterm") keeps its hyphen when the text writes it so elsewhere.
            compound = f"{hyphen[1]}-{second[0]}" in simp
            edits.append((m.start() - (0 if compound else 1), m.end(), ""))
        elif language == "en" or (
            prev[-1].isascii() and prev[-1].isalnum() and nxt[0].isascii() and nxt[0].isalnum()
            and not (prev[-1].isdigit() and nxt[0].isdigit())  # (a Chinese line breaks inside a number: 2\n71.9万)
        ):
            edits.append((m.start(), m.end(), " "))
        else:
            edits.append((m.start(), m.end(), ""))
    doc.edit(edits)
    return len(edits)


# Two or more cells of numbers set apart by white space: a table's row flattened to a line.
_VALUE_CELLS = compile_re(rf"(?:{VALUE_CELL}){{2,}}")


def _is_row(line: str) -> bool:
    # (the cells' white space looked for in C first: most lines are prose)
    return is_table_row(line) or (" " in line or "\t" in line) and _VALUE_CELLS.search(line) is not None


# A field of a record or an infobox: a short label, a colon, its value ("Elevation: 361 m",
# "Population (2020): 78,412", "地址：…").
_FIELD = compile_re(r"(?:[A-Z][\w'’&/-]*(?: [\w'’&/-]+){0,3}(?: \([^()]{1,12}\))?|[\u4e00-\u9fff]{2,8}) ?[:：] ?\S")
_AMOUNT_CUT = compile_re(r"[$€£¥]\d{1,3}(?:,\d{3})*\.$")
_HYPHENATED = compile_re(r"(?<![\w-])([A-Za-z]{2,})-$")
_WORD_START = compile_re(r"[a-z]+")  # (a lower-case word that goes on: "tion", not "étude")


def wrap_width(text: str) -> int | None:
    """The width a hard-wrapped text (a PDF's text, a mail wrapped at 72 columns) is wrapped at:
    the length most of its longer lines share, or None when its lines are paragraphs of any length."""
    lengths = sorted(n for n in map(len, text.split("\n")) if n >= 12)
    if len(lengths) < 4:
        return None
    width = lengths[len(lengths) * 3 // 4]
    near = sum(1 for n in lengths if abs(n - width) <= max(2, width // 10))
    return width if near >= max(3, len(lengths) // 2) else None


def _is_headline_like_long(s: str) -> bool:
    return len(s) <= 60 and not re.search(r"[，。,]", s)
