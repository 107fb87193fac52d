"""Clause boundaries inside a sentence: where the words that govern a number stand, and the quote that shows it."""

from __future__ import annotations

from functools import lru_cache

from ..re_cache import compile_re
from .spans import NumberSpan

MAX_CLAUSE = 80
BOUNDARY = "，,。；;！？!?：:（）()“”\"\n｜|"  # (a pipe parts the cells of a row: "起始价：96400万元｜成交价：…")
# A sentence with every boundary written as NUL and any NUL of its own as \x01 (the grammar asks
# about the same sentence many times: one translate, then str.rfind / str.find in C instead of a
# loop over characters).
_MARK_START = str.maketrans({"\0": "\x01", **dict.fromkeys(BOUNDARY, "\0")})
_MARK_END = str.maketrans({"\0": "\x01", **dict.fromkeys(BOUNDARY + "、", "\0")})


def pipe_row_label(sentence: str, pos: int) -> str | None:
    """The label of a pipe table's row for a value at `pos` ("营业收入 | 186,000万元～201,000万元 |
    141,572.36万元", "Adj. EBITDA margin | 22.0–22.5% | 22.8% ✔"): its first cell without a digit,
    else the cell the value is in; None when `sentence` is no such row."""
    if "|" not in sentence[:pos] or sentence.count("|") < 2 and not (
            sentence[:pos].rstrip().endswith("|") and _LONE_VALUE.fullmatch(sentence, pos)):
        return None  # (a table of two columns has one bar, its value all of the cell after: "Five-year need | 3,260")
    cells = [c.strip(" ：:") for c in sentence[:pos].split("|")]
    return next((c for c in cells if c and not _DIGIT.search(UNIT_BRACKET.sub("", c))), cells[-1])


_DIGIT = compile_re(r"\d")
# A number that is all of a table's cell: "1,105", "(131.5)", "-4.6"; with its per cent sign, the value of a row of
# two columns ("Five-year need | 3,260").
CELL_NUMBER = r"[-+−–]?\(?[$€£¥]?\d[\d,]*(?:\.\d+)?\)?"
_LONE_VALUE = compile_re(CELL_NUMBER + r"%?\s*")
# A unit in brackets at the end of a row's label, which may hold digits: "Customers (000)", "营业收入（亿元）".
UNIT_BRACKET = compile_re(r"\s*[（(][^（）()]{0,12}[)）]\s*$")


# A comma, full stop or colon between digits is part of a number or a time (78,000 / 6.5 / 10:30).
_IN_NUMBER = compile_re(r"(?<=\d)[,.:，](?=\d)")


@lru_cache(maxsize=64)
def _marked(sentence: str) -> tuple[str, ...]:
    return _numbers_kept(sentence, sentence.translate(_MARK_START), sentence.translate(_MARK_END))


def _numbers_kept(sentence: str, *marked: str) -> tuple[str, ...]:
    """The marked copies of `sentence` with the marks inside numbers taken back (78,000 / 6.5), and
    those of a short aside inside a noun (广义货币(M2)余额, 企(事)业单位): its brackets part no clauses."""
    if "\0" not in marked[0] or not (_IN_NUMBER.search(sentence) or ("(" in sentence or "（" in sentence)
                                     and _SHORT_ASIDE.search(sentence) or "“" in sentence and _QUOTED_IN_NOUN.search(sentence)):
        return marked
    keep = [m.start() for m in _IN_NUMBER.finditer(sentence)]
    keep += [i for m in _SHORT_ASIDE.finditer(sentence) for i in range(m.start(), m.end()) if sentence[i] in "（）()、“”\""]
    keep += [i for m in _QUOTED_IN_NOUN.finditer(sentence) for i in (m.start(), m.end() - 1)]
    return tuple(_unmark(m, sentence, keep) for m in marked)


# A bracketed aside of a few letters or characters between two words: "广义货币(M2)余额", "8个县（市、区）完成", a Chinese
# noun's abbreviation or variant before its number ("经皮冠状动脉介入治疗（PCI）412例", "快递箱（盒）86万个"), and an English noun's
# abbreviation between it and its verb: "revenue passenger kilometres (RPKs) rose".
_SHORT_ASIDE = compile_re(r"(?<=[\u4e00-\u9fffA-Za-z])[（(](?:[\u4e00-\u9fffA-Za-z0-9]{1,4}|[\u4e00-\u9fff]{1,2}(?:、[\u4e00-\u9fff]{1,2}){1,3})[）)]"
                          r"(?=[\u4e00-\u9fffA-Za-z])|(?<=[\u4e00-\u9fff])[（(](?:[A-Z][A-Za-z0-9.]{1,7}|[\u4e00-\u9fff]{1,2})[）)](?=\d)"
                          r"|(?<=[A-Za-z] )\([A-Z][A-Z0-9&]{1,7}s?\)(?= [a-z]|,)"
                          # (a note on what a count includes, or its quoted name, between the noun and its number:
                          # 新增家政服务企业（含个体工商户）312家, 新建辅助性就业机构（"阳光家园"）9个)
                          r"|(?<=[\u4e00-\u9fff])[（(](?:含|包括|不含|即)?[“\"][^（）()“”\"]{1,12}[”\"][）)](?=\d)"
                          r"|(?<=[\u4e00-\u9fff])[（(](?:含|包括|不含|即)[^（）()，,。；;]{1,20}[）)](?=\d)")


# A quoted name inside a noun phrase, between two of its characters: 国家级专精特新“小巨人”企业, 新增“专精特新”中小企业 (its
# quotation marks part no clauses).
# (not a name that holds a figure, which stays a clause of its own: 开展“千名干部进千企”活动, “15分钟阅读圈”)
_QUOTED_IN_NOUN = compile_re(r"(?<=[\u4e00-\u9fff])“(?![^”]*?(?:[\d０-９]|[一二两三四五六七八九十百千]+[万亿]|[一二两三四五六七八九十百千万亿]+(?:[个名家项条场户件次人所座亩级]|分[钟鐘])))"
                             r"[^“”，,。；;：:！？!?（）()]{1,12}”(?=[\u4e00-\u9fff])")


def _unmark(marked: str, sentence: str, positions: list[int]) -> str:
    chars = list(marked)
    for i in positions:
        chars[i] = sentence[i]
    return "".join(chars)


def clause_start(sentence: str, pos: int) -> int:
    """Where the clause holding `pos` starts: after the last boundary before it, at most
    MAX_CLAUSE characters back."""
    stop = max(0, pos - MAX_CLAUSE)
    return max(stop, _marked(sentence)[0].rfind("\0", stop, pos) + 1)


def cut_in_a_word(sentence: str, cs: int) -> bool:
    """Whether the clause that `clause_start` gave as starting at `cs` was cut at its length limit inside a word or a
    number ("£3.2m" cut after its point), not at a boundary or a space."""
    return cs > 0 and not sentence[cs - 1].isspace() and _marked(sentence)[0][cs - 1] != "\0"


def clause_end(sentence: str, pos: int) -> int:
    """Where the clause holding `pos` ends: at the next boundary or 、, at most MAX_CLAUSE on."""
    stop = min(len(sentence), pos + MAX_CLAUSE)
    i = _marked(sentence)[1].find("\0", pos, stop)
    return stop if i < 0 else i


# Where a quote may start and end: at punctuation that ends a clause, not at quotation marks or
# brackets (a quote that starts inside them, 走出去”64人次, reads as broken), and not at a comma
# inside a number.
QUOTE_STOPS = "，,。；;！？!?"
_MARK_QUOTE = str.maketrans({"\0": "\x01", **dict.fromkeys(QUOTE_STOPS, "\0")})


@lru_cache(maxsize=64)
def _quote_marked(sentence: str) -> str:
    return _numbers_kept(sentence, sentence.translate(_MARK_QUOTE))[0]


def quote_start(sentence: str, pos: int, back: int) -> int:
    """Where the clause holding `pos` starts, for a quote: at most `back` characters back."""
    stop = max(0, pos - back)
    return max(stop, _quote_marked(sentence).rfind("\0", stop, pos) + 1)


def quote_end(sentence: str, pos: int) -> int:
    """Where the clause holding `pos` ends, for a quote (the end of the sentence at most)."""
    i = _quote_marked(sentence).find("\0", pos)
    return len(sentence) if i < 0 else i


QUOTE_CHARS = 80


def quote(sentence: str, sp: NumberSpan, language: str = "zh") -> str:
    """The sentence, or for long sentences the clauses around the number."""
    # Characters, so English words need about twice the room of Chinese ones.
    limit = QUOTE_CHARS if language == "zh" else 2 * QUOTE_CHARS
    q = sentence.strip()
    if len(q) <= limit:
        return q
    start = quote_start(sentence, sp.start, limit)
    # Take the clause before too when it carries the subject or the cue (力争…，…突破).
    if start > 0:
        prev = quote_start(sentence, start - 1, limit)
        if sp.end - prev <= limit:
            start = prev
    end = quote_end(sentence, sp.end)
    # A quote of words starts at a word: not "s set a goal" for "…has set a goal", nor "'s Ministry".
    while 0 < start < sp.start and sentence[start - 1].isascii() and not sentence[start - 1].isspace() \
            and sentence[start - 1] not in QUOTE_STOPS and sentence[start].isascii() and not sentence[start].isspace():
        start += 1
    return sentence[start:end].strip()


# An aside in brackets, with no brackets inside it.
BRACKETED = compile_re(r"[（(][^（）()]*[）)]")


def last_list_mark(text: str) -> int:
    """Where the last 、 of `text` stands that is not inside brackets ("全市9个县（市、区）第": none), or -1."""
    if "（" in text or "(" in text:
        text = BRACKETED.sub(lambda m: "\0" * len(m.group()), text)
    return text.rfind("、")


# What a bare clause's words may not open or end with: punctuation, white space, a word of comparison (与…相比, 较).
_BARE_ENDS = compile_re(r"^[\s,，、:：;；.。与和较比|]+|[\s,，、:：;；.。的|]+$")


def words_around(sentence: str, start: int, end: int) -> str:
    """The words of the clause of the number at sentence[start:end] before it, or the label its line opens with (a
    label's value, a table row's cell: "其他（含机关、事业单位）：164.2万元" is '其他（含机关、事业单位）', "Q3 total | 4,167,725"
    'Q3 total'), else the words after it: the last resort for a subject no rule found, so that no figure is shown
    without one."""
    if before := _BARE_ENDS.sub("", sentence[clause_start(sentence, start) : start]):
        return before
    if (label := _LINE_LABEL.match(sentence)) and label.end() <= start:
        return label["label"]
    return _BARE_ENDS.sub("", sentence[end : clause_end(sentence, end + 1)])  # (past a comma right after it)


# The label a line opens with, before a colon, a table's bar or tab, or a wide gap.
_LINE_LABEL = compile_re(r"\s*(?:[-•·*]\s*)?(?P<label>[^|｜\t：:，,。；;]{1,30}?)\s*(?:[|｜\t：:]|\s{2,})")
