"""A table laid out in columns of spaces, as plain-text reports and PDF extraction give it, written with bars
between its cells before white space is normalised (which would run its cells together):

                                       H1 2025     H1 2024     Change
    Containers (000 TEU)                 1,284       1,211      +6.0%

becomes "| H1 2025 | H1 2024 | Change" over "Containers (000 TEU) | 1,284 | 1,211 | +6.0%", a table the bar
readers know (its head's periods and changes give each column's kind, a label's "(000)" its scale).

Only runs of two rows or more are taken, each with three cells or more of which two are numbers and the
last one is (or three, before a last cell of words: "Late 2026"); the line right above is their head when it has as
many cells, and a head stacked on two lines (over a rule of dashes or not) is joined into one by where its words
stand, the lines it was written on left empty. A row whose label is indented (a part, "  其中：外贸") is a row
beside rows that are not. Words in prose are parted by
one space, so no sentence is taken. The bars are no characters of the input: tracing passes over them
(source_map's visible characters leave them out).
"""

from __future__ import annotations

from ..re_cache import compile_re

# (a cell's words are parted by one space; cells by two, a tab, or the ideographic space Chinese pads with)
_GAP = compile_re(r"[\t\u3000][ \t\u3000]*| {2,}[ \t\u3000]*")
# (a cell's number may carry a short unit: "+0.7 °C", "5.1 GW", "412.8mm")
_NUMBER_CELL = compile_re(r"[-+−]?\(?[$€£¥]?\d[\d,]*(?:\.\d+)?\)?(?:%|[kmbKMB]|bn|pp|pts?|x|\s?°[CF]|℃|\s?[A-Za-z]{1,3})?")


def _cells(line: str) -> list[str]:
    """The cells of a line; an empty first one when the line starts with white space (a head over the
    labels' column)."""
    cells = _GAP.split(line.strip())
    return [""] + cells if line[:1] in (" ", "\t", "\u3000") else cells


def _is_row(cells: list[str]) -> bool:
    """A label and numbers: its last cell a number, or three numbers before a cell of words ("Late 2026")."""
    numbers = sum(1 for c in cells if _NUMBER_CELL.fullmatch(c))
    if cells[:1] == [""] and len(cells) >= 4 and not _NUMBER_CELL.fullmatch(cells[1]):
        cells = cells[1:]  # (an indented label, a part of the row above: "  其中：外贸      万吨      9412 …")
    return len(cells) >= 3 and cells[0] != "" and (
        numbers >= 2 and _NUMBER_CELL.fullmatch(cells[-1]) is not None or numbers >= 3)


def columns_to_bars(text: str) -> str:
    """`text` with its tables of spaced columns written with bars."""
    if "  " not in text and "\t" not in text and "\u3000" not in text:
        return text
    lines = text.split("\n")
    cells = [_cells(line) for line in lines]
    rows = [_is_row(c) for c in cells]
    out = list(lines)
    i = 0
    while i < len(lines):
        if not rows[i]:
            i += 1
            continue
        end = i
        while end < len(lines) and rows[end]:
            end += 1
        # (rows all indented are another layout's, a statement's under a stacked head of years, which the English
        # table reader takes as it is; an indented row counts beside rows that are not)
        if end - i >= 2 and any(cells[k][:1] != [""] for k in range(i, end)):
            width = len(cells[i]) - (cells[i][:1] == [""])
            for k in range(i, end):
                # (an indented label keeps its place: "  其中：外贸 …" in the labels' column; a row a cell short, "合计"
                # under a column of row numbers, keeps the empty first cell)
                row = cells[k][1:] if cells[k][:1] == [""] and len(cells[k]) - 1 == width else cells[k]
                out[k] = " | ".join(row).lstrip()
            if i > 0 and lines[i - 1].strip() and len(cells[i - 1]) == len(cells[i]):
                out[i - 1] = " | ".join(cells[i - 1]).lstrip()
            else:
                _write_stacked_head(lines, rows, out, i, len(cells[i]))
        i = end
    return "\n".join(out)


# A rule under a head: "-------", "=======".
_RULE = compile_re(r"\s*[-=_—─]{5,}\s*")


def _write_stacked_head(lines: list[str], rows: list[bool], out: list[str], first: int, width: int) -> None:
    """A head of two lines above the rows that start at `first`, a rule under it or not, written as one head of
    bars right above the rows (the lines it was made of, and the rule, left empty)."""
    at = first - 1
    if at >= 0 and _RULE.fullmatch(lines[at]):
        at -= 1  # (the rule is the head's underline)
    if at < 1 or not lines[at].strip() or not lines[at - 1].strip() or rows[at - 1] or rows[at]:
        return
    head = _stacked_head(lines[at - 1], lines[at])
    if head is not None and len(head) == width:
        for k in range(at - 1, first - 1):
            out[k] = ""
        out[first - 1] = " | ".join(head).lstrip()


def _spans(line: str) -> list[tuple[int, int]]:
    """Where a line's cells stand (start, end), by character position."""
    spans, pos = [], 0
    for gap in _GAP.finditer(line):
        if gap.start() > pos:
            spans.append((pos, gap.start()))
        pos = gap.end()
    return spans + ([(pos, len(line))] if pos < len(line) else [])


def _stacked_head(upper: str, lower: str) -> list[str] | None:
    """A head written on two lines over its columns ("Level   Change on   Change on" over "quarter   year"): each
    cell of the lower line joined to the cell of the upper line it stands under, when every one stands under
    one (a period may be split so: "Q3   Q3" over "2025   2024"); None when a lower cell stands under none or
    under two."""
    top, bottom = _spans(upper), _spans(lower)
    if not top or not bottom:
        return None
    label = ""
    if bottom[0][1] <= top[0][0]:
        # (the labels' column named on the lower line only: "Type of work" under nothing)
        label, bottom = lower[slice(*bottom[0])], bottom[1:]
    words = [upper[a:b] for a, b in top]
    for a, b in bottom:
        over = [k for k, (c, d) in enumerate(top) if c < b and a < d]
        if len(over) != 1:
            return None
        words[over[0]] += " " + lower[a:b]
    return ([label] if label or upper[:1] in (" ", "\t", "\u3000") else []) + words
