"""Rows of a table flattened to a line of text: leader dots, pipes, spaced cells, values in a row.
A row is a line of its own (never joined to the lines around it), read for its figures, and never a
sentence of a summary or a key point."""

from __future__ import annotations

from ..re_cache import compile_re
from .script import HAN, HAN_RE

# A row of a report's table, its label's leader dots running to its value: "Closed sales ......
# 1,264 (+8.2%)". A line of its own, and no sentence of a summary.
LEADER_ROW = compile_re(r"[\w)%]\s*(?:\.\s?){4,}\s*\S|[\w)%]\s*…{2,}\s*[-+−(]?[$€£¥₹]?\d")


def is_leader_row(text: str) -> bool:
    """Whether `text` holds such a row."""
    # (the dots looked for in C first: the pattern has no literal start, and most text has none)
    return ("...." in text or ". . ." in text or "……" in text) and LEADER_ROW.search(text) is not None


# Cells of a table's row set apart on one line: by pipes ("营业收入 | 186,000万元～201,000万元 | 141,572.36万元"),
# or, in Chinese, which puts no spaces between words, by spaces ("区人民医院 临床医师12硕士研究生及以上 临床医学类").
# (Words of two characters or more on both sides: a name padded with spaces, "白 涛", is no row. A
# line with a sentence's punctuation needs three: "本报讯(刘晓明 范昀 明明) 1月29日，镇江新区召开…" is
# prose, "区融媒体中心 新闻采编3本科及以上 新闻传播学类 需经常夜间值班，适合男性" a row with a note.)
_PROSE_MARK = compile_re(r"[，。；！？;]|,(?!\d)")
_HAN_CELL_GAP = compile_re(rf"(?:[{HAN}]{{2}}|[%）)]) +(?=[{HAN}（(]{{2}})")


# Chinese text keeps no space before a number (cleaning drops it): two numbers after spaces are cells
# ("加权平均净资产收益率（%） 12.84 11.97增加0.87个百分点 11.20").
_SPACED_NUMBER = compile_re(r"\s[-+−]?\d")
# A cell holding a number, set apart by white space; three or more in a row are a row's values:
# "Distillate fuel oil 117.4 120.0 -2.6 121.3".
VALUE_CELL = r"\s[-+−]?[$€£¥]?\d[\d,]*(?:\.\d+)?%?(?=\s|$)"
VALUE_CELLS = compile_re(rf"(?:{VALUE_CELL}){{3,}}")


def is_table_row(text: str) -> bool:
    """Whether `text` holds a row of a table: leader dots, pipes, spaced Chinese cells or three
    values in a row. A line of its own, read for its figures, and no sentence of a summary."""
    if is_leader_row(text) or text.count("|") >= 2 or text.count("｜") >= 2:
        return True
    if text.count("|") == 1 and is_two_column_row(text):
        return True  # (a table of two columns: "Five-year need | 3,260")
    if text.count(" ") + text.count("\t") < 2:
        return False  # (every other row has two spaces at least: most Chinese sentences have none)
    if VALUE_CELLS.search(text) is not None:
        return True
    return HAN_RE.search(text) is not None and (
        len(_SPACED_NUMBER.findall(text)) >= 2
        or len(_HAN_CELL_GAP.findall(text)) >= (2 if _PROSE_MARK.search(text) is None else 3))


# A cell that holds a value: a number with a short unit ("2000个", "84.2%", "+5.9%", "(1.9)"), not a year
# alone (a head of years: "Measure | 2025 | 2024 | Change").
# (a rate's unit has two parts: "0.70吨标准煤/万元")
# A number's scale written as a word after it, in a cell ("2.9 million"): the spaced columns' reader takes it too.
SCALE_WORD = r"\s(?:million|billion|thousand|crore|lakh)"
_VALUE_CELL = compile_re(rf"[-+−]?\(?[$€£¥]?\d[\d.,]*\)?(?:\s?[^\s\d|｜│/]{{0,4}}(?:/[^\s\d|｜│/]{{1,4}})?|{SCALE_WORD})")
_YEAR_CELL = compile_re(r"(?:FY ?)?(?:19|20)\d\d")
BAR = compile_re(r"\s*[|｜│]\s*")
BAR_CHAR = compile_re(r"[|｜│]")  # (ASCII, full-width as Chinese input methods type it, box drawing)


# A value after its label in one cell ("计划改造12个 | 已完工11个 | 完成率91.7%"): two such cells make a row.
_LABELLED_VALUE_CELL = compile_re(r"[^\d\s|｜│]{1,8}[-+−]?[$€£¥]?\d[\d.,]*\s?[^\s\d|｜│]{0,4}")


def is_bar_row(line: str) -> bool:
    """A row of a table written with bars between its cells, one cell or more holding a value
    ("8 | 新建公共充电桩 | 2000个 | 1684个 | 84.2% | 推进中"), or two a labelled value ("滨河街道 | 计划改造12个 |
    已完工11个"): no menu, whatever its short cells."""
    cells = BAR.split(line.strip())
    return len(cells) >= 3 and (
        any(_VALUE_CELL.fullmatch(c) and not _YEAR_CELL.fullmatch(c) for c in cells)
        or sum(1 for c in cells if _LABELLED_VALUE_CELL.fullmatch(c)) >= 2)


def is_two_column_row(line: str) -> bool:
    """A row of a table of two columns, a label and its value: "Staff (clerk and groundsman) | £58,400"."""
    cells = BAR.split(line.strip())
    return len(cells) == 2 and _VALUE_CELL.fullmatch(cells[1]) is not None and _YEAR_CELL.fullmatch(cells[1]) is None


def is_bar_head(line: str, next_line: str) -> bool:
    """The head of such a table: a line of as many cells as the row after it ("序号 | 项目名称 | 计划任务 |
    已完成", "Indicator | 2024/25 result | 2025/26 target", "Heading | 2024/25 actual")."""
    return BAR_CHAR.search(line) is not None and (is_bar_row(next_line) or is_two_column_row(next_line) and not is_two_column_row(line)) \
        and len(BAR.split(line.strip())) == len(BAR.split(next_line.strip()))
