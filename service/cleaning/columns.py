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

A table exported with single spaces between its cells ("2021/22 604 498 22.5%" under "Year Homes required Homes
delivered Affordable share") is taken only under a head whose words part into as many cells as its rows have.
"""

from __future__ import annotations

from ..re_cache import compile_re
from .rows import SCALE_WORD

# (a cell's words are parted by one space; cells by two, a tab, or the ideographic space Chinese pads with)
_GAP = compile_re(r"[\t\u3000][ \t\u3000]*| {2,}[ \t\u3000]*")
# (a cell's number may carry a short unit, "+0.7 °C", "5.1 GW", "412.8mm", a time's, "+0.7 days", or a scale's word:
# "$4.1 million")
_NUMBER_CELL = compile_re(r"[-+−]?\(?[$€£¥]?\d[\d,]*(?:\.\d+)?\)?(?:%|[kmbKMB]|bn|pp|pts?|x|\s?°[CF]|℃|\s?[A-Za-z]{1,3}"
                          r"|\s(?:days?|hours?|weeks?|months?|years?)"  # (a change in time: "+0.7 days")
                          rf"|{SCALE_WORD})?"
                          r"|\d{1,3}h \d{1,2}m(?: \d{1,2}s)?|\d{1,3}m \d{1,2}s")  # (a time in two units: "2h 12m", "8m 42s")


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


_SENTENCE_MARK = compile_re(r"[，。；：,.;:]")


def _row_among_rows(cells: list[list[str]], rows: list[bool], k: int) -> bool:
    """A row that says in words why a cell holds no number, beside a row of as many cells: "古渡老街  46.3  21.5
    免费开放" under "翠屏岭景区  68.4  12.1  4210", "Corrandale Heights\t97,640\tnew route" under "Vassaly\t141,020\t+4.3%"
    (short words, no sentence)."""
    row = cells[k]
    if len(row) < 3 or not row[0] or not any(_NUMBER_CELL.fullmatch(c) for c in row[1:]):
        return False
    # (a few words, "免费开放", "new route", "not yet open")
    if not all(_NUMBER_CELL.fullmatch(c) or (len(c) <= 8 or len(c) <= 20 and c.count(" ") <= 2)
               and not _SENTENCE_MARK.search(c) for c in row[1:]):
        return False
    return any(0 <= j < len(rows) and rows[j] and len(cells[j]) == len(row) for j in (k - 1, k + 1))


def columns_to_bars(text: str) -> str:
    """`text` with its tables of spaced columns written with bars."""
    text = _single_spaced_to_bars(text)
    if "  " not in text and "\t" not in text and "\u3000" not in text:
        return text
    lines = text.split("\n")
    cells = [_cells(line) for line in lines]
    rows = [_is_row(c) for c in cells]
    rows = [row or _row_among_rows(cells, rows, k) for k, row in enumerate(rows)]
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
            _keep_empty_tab_cells(lines, cells, i, end)
            width = len(cells[i]) - (cells[i][:1] == [""])
            for k in range(i, end):
                # (an indented label keeps its place: "  其中：外贸 …" in the labels' column; a row a cell short, "合计"
                # under a column of row numbers, keeps the empty first cell)
                row = cells[k][1:] if cells[k][:1] == [""] and len(cells[k]) - 1 == width else cells[k]
                out[k] = " | ".join(row).lstrip()
            # (a line of units alone, "£m   £m   %", is the lower line of a head stacked on two: "FY25   FY24   Change")
            if i > 1 and _is_units_line(cells[i - 1]) and (_write_stacked_head(lines, rows, out, i, len(cells[i]), units=True)
                                                            or _write_units_head(cells, rows, out, i)):
                pass
            elif i > 0 and lines[i - 1].strip() and len(cells[i - 1]) == len(cells[i]):
                out[i - 1] = " | ".join(cells[i - 1]).lstrip()
            elif not _write_stacked_head(lines, rows, out, i, len(cells[i])) and i > 0 and not rows[i - 1] \
                    and (head := _head_by_position(lines[i - 1], lines[i:end], len(cells[i]))) is not None:
                out[i - 1] = " | ".join(head)
        i = end
    return "\n".join(out)


def _keep_empty_tab_cells(lines: list[str], cells: list[list[str]], first: int, end: int) -> None:
    """A table written with one tab between cells keeps a cell left empty ("Total\t\t1,284\t1,202" under "Product\t
    Therapy area\tH1 2025\tH1 2024"), which the gaps of white space run together: when the rows from `first` to
    `end`, and the line above them if it has tabs, all part into as many cells at each single tab, those are their
    cells (tabs laid on for alignment part lines unevenly, and are left to the gaps)."""
    start = first - 1 if first > 0 and "\t" in lines[first - 1] else first
    if not all("\t" in lines[k] and "  " not in lines[k].strip() for k in range(start, end)):
        return
    exact = [[c.strip() for c in lines[k].strip(" ").split("\t")] for k in range(start, end)]
    if len({len(row) for row in exact}) == 1 and any(len(row) != len(cells[start + j]) for j, row in enumerate(exact)):
        for j, row in enumerate(exact):
            cells[start + j] = row


# A rule under a head: "-------", "=======".
_RULE = compile_re(r"\s*[-=_—─]{5,}\s*")


def _write_stacked_head(lines: list[str], rows: list[bool], out: list[str], first: int, width: int,
                        units: bool = False) -> bool:
    """A head of two lines above the rows that start at `first`, a rule under it or not, written as one head of
    bars right above the rows (the lines it was made of, and the rule, left empty); whether there was one."""
    at = first - 1
    if at >= 0 and _RULE.fullmatch(lines[at]):
        at -= 1  # (the rule is the head's underline)
    if at < 1 or not lines[at].strip() or not lines[at - 1].strip() or rows[at - 1] or rows[at]:
        return False
    head = _stacked_head(lines[at - 1], lines[at], units)
    if head is None or len(head) != width:
        return False
    for k in range(at - 1, first - 1):
        out[k] = ""
    out[first - 1] = " | ".join(head).lstrip()
    return True


def _write_units_head(cells: list[list[str]], rows: list[bool], out: list[str], first: int) -> bool:
    """A head over a line of units whose cells stand apart from its own (wide characters pad a Chinese head unevenly:
    "专业群    毕业生   落实率" over "          人       %"): each unit joined to its column's name in order, in brackets
    as a Chinese head writes it ("毕业生（人）", "GMV (£m)"), when the head has a name for each (and one for the labels,
    or is indented over them)."""
    head, units = cells[first - 2], [c for c in cells[first - 1] if c]
    width = len(cells[first])
    if rows[first - 2] or len(head) != width or len(units) != width - 1 or not all(head[1:]):
        return False
    # (a unit's own brackets are dropped, not those of an alternative it names: "台(套)")
    bare = [unit[1:-1] if unit[:1] in "(（" and unit[-1:] in ")）" else unit for unit in units]
    named = [f"{name}（{unit}）" if _HAN.search(name) else f"{name} ({unit})" for name, unit in zip(head[1:], bare, strict=True)]
    out[first - 2], out[first - 1] = "", " | ".join([head[0], *named])
    return True


_HAN = compile_re(r"[\u4e00-\u9fff]")
# A cell naming a column's unit only: "£m", "%", "$bn", "(000)", "'000", "units"; "人", "万元", "（吨）".
_UNIT_CELL = compile_re(r"[(（]?(?:[$€£¥]\s?(?:m|bn|k|000)?|[%％‰]|pp|(?:m|bn|k|'?000s?)|[a-z]{1,10}\.?|[A-Z][A-Za-z]{0,3}h?"
                        r"|'?000\s+[a-z]{1,6}|(?:[$€£¥]\s?)?per\s+[a-z]{1,6}"  # (a scale and a unit, a price's: "000 km", "£ per kg")
                        r"|[万亿千百]?[\u4e00-\u9fff]{1,3}(?:/[\u4e00-\u9fff]{1,2}|[(（][\u4e00-\u9fff][)）])?)[)）]?")
# (also "units", "MW", "（万吨/日）", "台(套)")


# A unit a label writes in brackets (not a word that goes on with the name above it: "Change on" over "quarter").
_BRACKETED_UNIT = compile_re(r"(?=.*[^A-Za-z\s.])[^（(\u4e00-\u9fff]+|[A-Za-z]{1,3}|units|tonnes|tons|litres|liters|hours|days"
                             r"|thousands|millions|billions|kilometres|kilometers|miles|hectares|acres|passengers|trips")


def _is_units_line(cells: list[str]) -> bool:
    """Whether a line's cells are units alone, the label's cell left empty (the line indented)."""
    filled = [c for c in cells if c]
    return cells[:1] == [""] and len(filled) >= 2 and all(_UNIT_CELL.fullmatch(c) for c in filled)


def _spans(line: str) -> list[tuple[int, int]]:
    """Where a line's cells stand (start, end), by character position."""
    spans, pos = [], 0
    for gap in _GAP.finditer(line):
        if gap.start() > pos:
            spans.append((pos, gap.start()))
        pos = gap.end()
    return spans + ([(pos, len(line))] if pos < len(line) else [])


_WORD = compile_re(r"\S+")


def _head_by_position(head: str, rows: list[str], width: int) -> list[str] | None:
    """A head whose names of two columns a single space parts ("Offence group    Q2 2025/26 Q2 2024/25   Change"
    over "Violence against the person    7,612     7,985     -4.7%"): each word given to the column it stands over,
    or else the nearest, when every column of numbers gets one and no word stands as near to two; None otherwise."""
    spans = [_spans(row) for row in rows]
    if len(head) > 160 or head.rstrip()[-1:] in ".。:：;；,，" or any(len(sp) != width for sp in spans):
        return None
    columns = [(min(sp[j][0] for sp in spans), max(sp[j][1] for sp in spans)) for j in range(width)]
    names: list[list[str]] = [[] for _ in range(width)]
    for w in _WORD.finditer(head):
        if _SINGLE_NUMBER.fullmatch(w[0]) and not _HEAD_YEAR.fullmatch(w[0]):
            return None  # (a row of data, not a head)
        gaps = [0 if a < w.end() and w.start() < b else min(abs(w.start() - b), abs(a - w.end())) for a, b in columns]
        near = min(gaps)
        if gaps.count(near) > 1:
            return None
        names[gaps.index(near)].append(w[0])
    if not all(names[1:]):
        return None
    return [" ".join(n) for n in names]


def _stacked_head(upper: str, lower: str, units: bool = False) -> list[str] | None:
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
        # (a Chinese unit in brackets is written against its name: "设计规模（万吨/日）")
        glue = "" if lower[a:a + 1] in "（(" and _HAN.search(words[over[0]][-1:]) else " "
        cell = lower[a:b]
        # (a lower line of units is each column's unit, in brackets as a label writes it: "Distance (000 km)")
        words[over[0]] += f" ({cell})" if units and _BRACKETED_UNIT.fullmatch(cell) else glue + cell
    return ([label] if label or upper[:1] in (" ", "\t", "\u3000") else []) + words


# A cell of a table whose cells are parted by one space: a number alone, its unit glued to it ("22.5%", "£3.4bn").
# (a negative in brackets closes them, "(1,204)"; no comma after it, "(January 30, 2024)" is a date)
_SINGLE_NUMBER = compile_re(r"(?:[-+−]?[$€£¥]?|\((?=.*\)$))(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?\)?(?:%|[kmbKMB]|bn|pp)?")
# A word opening a cell of a head in sentence case: "Year Homes required Homes delivered Affordable share".
_HEAD_CELL = compile_re(r"(?<!\S)(?=[A-Z0-9])")
_HEAD_YEAR = compile_re(r"(?:19|20)\d\d(?:[/-]\d\d)?")


def _single_row(line: str, least: int = 2) -> tuple[str, list[str]] | None:
    """(label, numbers) of a line that is a label and `least` numbers or more after it, parted by single spaces
    ("2021/22 604 498 112 22.5%"); None for any other line (prose ends in one number at most)."""
    words = line.split(" ")
    if not least + 1 <= len(words) <= 16 or "" in words or line[-1:] == ")" and "(" not in line:
        return None
    k = len(words)
    while k > 1 and _SINGLE_NUMBER.fullmatch(words[k - 1]):
        k -= 1
    return (" ".join(words[:k]), words[k:]) if len(words) - k >= least else None


def _single_head(line: str, width: int) -> list[str] | None:
    """The cells of the head over rows of `width` cells when its words part into that many: one word a cell
    ("年份 计划 完成 完成率"), or a cell at each capital ("Year Homes required Homes delivered")."""
    if not line or len(line) > 160 or line[-1:] in ".。:：;；,，" or "  " in line or "\t" in line:
        return None
    words = line.split(" ")
    if any(_SINGLE_NUMBER.fullmatch(w) and not _HEAD_YEAR.fullmatch(w) for w in words):
        return None  # (a row of data, not a head; a head may name years: "Region 2023 2024 Change")
    parts = [words]
    if line.isascii():
        parts.append([c.strip() for c in _HEAD_CELL.split(line) if c.strip()])
    return next((cells for cells in parts if len(cells) in (width, width - 1)), None)


def _single_spaced_to_bars(text: str) -> str:
    """`text` with its tables whose cells are parted by single spaces written with bars: runs of two rows or
    more of the same width (a label and numbers) under a head whose words part into as many cells, and the lines
    of a label and one number under a caption ("Table 2: …"). The head is needed: without it nothing tells a table
    from a list of numbers. (A head in Title Case, "Homes Required Homes Delivered", parts at every word, into
    more cells than its rows have: it and its rows are left as they are.)"""
    lines = text.split("\n")
    rows = [_single_row(line.strip()) for line in lines]
    i, changed = 0, False
    while i < len(lines):
        if _CAPTION.match(lines[i]) and len(pairs := _captioned_pairs(lines, i + 1)) >= 2:
            # (a table of two columns under its caption: "Table 2: Five-year requirement" over "Five-year need 3,260")
            for k, (label, number) in enumerate(pairs, start=i + 1):
                lines[k] = f"{label} | {number}"
            i, changed = i + 1 + len(pairs), True
            continue
        if rows[i] is None or i == 0:
            i += 1
            continue
        width = len(rows[i][1]) + 1
        end = i
        while end < len(lines) and rows[end] is not None and len(rows[end][1]) + 1 == width:
            end += 1
        head = _single_head(lines[i - 1].strip(), width) if end - i >= 2 else None
        if head is not None:
            lines[i - 1] = " | ".join(([""] if len(head) < width else []) + head).lstrip()
            for k in range(i, end):
                label, numbers = rows[k]  # type: ignore[misc]  # (not None: the run of rows above)
                lines[k] = " | ".join([label, *numbers])
            changed = True
        i = end
    return "\n".join(lines) if changed else text


# A table's caption: "Table 2: Five-year requirement", "表3 主要指标完成情况".
_CAPTION = compile_re(r"\s*(?:Table|表)\s?\d{1,2}[.:：]?\s")


def _captioned_pairs(lines: list[str], first: int) -> list[tuple[str, str]]:
    """(label, number) of each line of a label and one number from `first` on, the lines after a caption."""
    pairs: list[tuple[str, str]] = []
    for line in lines[first:]:
        row = _single_row(line.strip(), 1)
        if row is None or len(row[1]) != 1 or row[0][-1:] in ".,;:。，；：":
            break
        pairs.append((row[0], row[1][0]))
    return pairs
