"""Stage 2, segment: cleaned text -> sentences with offsets, paragraphs and enumeration markers.

Sentences end at 。！？；!?; … and at line breaks. A closing quote or bracket right after the
terminator stays with its sentence, a short quotation is never split, and an unterminated tail is
kept. English periods end a sentence only before white space and not after a known abbreviation
or inside a number. A list's item knows the line that leads its list (`Sentence.lead`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .re_cache import compile_re

CLOSERS = "”’」』》）)】\"'"
OPENERS = {"“": "”", "「": "」", "『": "』", "‘": "’"}
ZH_TERMINATORS = "。！？；!?;"
# A quotation longer than this may be split at its own sentence ends (a long interview answer
# is several sentences; a short slogan is one).
MAX_UNSPLIT_QUOTE = 80

ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "vs", "etc", "e.g", "i.e", "inc", "ltd",
    "co", "corp", "no", "fig", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
    "oct", "nov", "dec", "u.s", "u.k", "approx", "dept", "est", "gov",
}

# Enumeration markers at the start of a sentence: 一是 / 二是, 第一，, （一）, 一、, 1. / 1、 / (1),
# 首先 / 其次 / 最后. 第三 before a word is no marker (第三产业, 第一批, 第二季度).
CN_ORD = "一二三四五六七八九十"
ENUM = compile_re(
    rf"^\s*(?:(?P<shi>[{CN_ORD}]{{1,2}})是|第(?P<di>[{CN_ORD}]{{1,2}})[，,、：:是]"
    rf"|[（(](?P<paren>[{CN_ORD}\d]{{1,2}})[）)]|(?P<dun>[{CN_ORD}]{{1,2}})、"
    rf"|(?P<num>\d{{1,2}})[.、．](?!\d)|(?P<seq>首先|其次|再次|最后|此外))"
)
CN_VALUE = {c: i + 1 for i, c in enumerate(CN_ORD)}
# The characters ENUM can match first in a sentence, which opens on no white space (and \d: any decimal digit).
_ENUM_OPENS = frozenset(CN_ORD + "第（(首其再最此")
_NON_WORD = compile_re(r"\W\W*")  # \W+, opening with a class so the regex engine skips ahead


@dataclass
class Sentence:
    index: int
    text: str
    start: int
    end: int
    paragraph: int
    enum: str | None = None  # the marker as written: 一是, （二）, 3.
    enum_level: int | None = None  # ordinal of the marker, 1-based
    heading: bool = False  # a short line with no terminator: a title or a section heading
    terminated: bool = True
    # The sentence that introduces the list this one is an item of: a line that ends with a colon, above
    # items that open their lines with a bullet or a number, or run unterminated ("BMG raises its full-year
    # guidance:" over "- EBIT of USD 1.0–1.3 billion"). An item alone is a fragment; its lead says what it is.
    lead: Sentence | None = field(default=None, repr=False, compare=False)
    # (`dense`, once computed: a field, not a functools.cached_property, which the compiled build (setup.py) would
    # compute again at every read; an argument of __init__ too, since that build leaves a field out of __init__ unset)
    _dense: str | None = field(default=None, repr=False, compare=False)

    @property
    def dense(self) -> str:
        """The text without white space and punctuation (only what \\w matches), which several stages
        measure: computed once."""
        if self._dense is None:
            self._dense = _NON_WORD.sub("", self.text)
        return self._dense


def _enum_of(text: str) -> tuple[str | None, int | None]:
    m = ENUM.match(text)
    if not m:
        return None, None
    for key in ("shi", "di", "paren", "dun", "num"):
        v = m.group(key)
        if v:
            if v.isdigit():
                n = int(v)
            elif len(v) == 1:
                n = CN_VALUE.get(v, 0)
            else:  # 十一 .. 十九
                n = 10 + CN_VALUE.get(v[1], 0) if v[0] == "十" else CN_VALUE.get(v[0], 0) * 10
            return m.group(0).strip(), n
    return m.group(0).strip(), None


_LEADS_TO_VALUE = compile_re(r"\s*[-+−(]?[$€£¥₹]?\d")


def _english_period_ends(text: str, i: int) -> bool:
    """Whether the '.' at i ends an English sentence."""
    nxt = text[i + 1] if i + 1 < len(text) else ""
    if nxt and not nxt.isspace() and nxt not in CLOSERS:
        return False  # 1.5, e.g., U.S.
    if i <= 3 and text[:i].strip().isdigit():
        return False  # a numbered head's or item's marker: "7. Recovery trajectory"
    if text.startswith("..", i - 2) and _LEADS_TO_VALUE.match(text, i + 1):
        return False  # the leader dots of a table's row: "Closed sales ........ 1,264"
    j = i
    while j > 0 and (text[j - 1].isalpha() or text[j - 1] == "."):
        j -= 1
    word = text[j:i].lower()
    if word in ABBREVIATIONS:
        return False
    if len(text[j:i]) == 1 and text[j:i].isupper():
        return False  # an initial: J. Smith
    return True


# The characters _split_line acts on (quotes, terminators, ellipses, periods); at any other
# character it only moves on, so it jumps from one of these to the next.
_ENDS_A_QUOTE = ZH_TERMINATORS + "…"  # before a closing quote: the quoted sentence ended
_CLOSE_AN_END = CLOSERS + ZH_TERMINATORS  # what stays with the sentence after the mark that ends it
_ACTS_ON = compile_re("[" + re.escape("".join(OPENERS) + "".join(OPENERS.values()) + ZH_TERMINATORS + "….()（）") + "]")


def _split_line(line: str, base: int) -> list[tuple[int, int, bool]]:
    """Sentence spans (start, end, terminated) within one line, offsets relative to the text."""
    spans: list[tuple[int, int, bool]] = []
    start = 0
    n = len(line)
    stack: list[tuple[str, int]] = []  # open quotes: (closer, position)
    depth = 0  # open parentheses: a semicolon inside them ends no sentence ("(95% CI 1.2 to 2.6; p<0.001)")
    i = 0
    next_act = _ACTS_ON.search
    while (m := next_act(line, i)) is not None:
        i = m.start()
        c = line[i]
        if c in "(（)）":
            depth = depth + 1 if c in "(（" else max(0, depth - 1)
            i += 1
            continue
        if c in OPENERS:
            stack.append((OPENERS[c], i))
        elif stack and c == stack[-1][0]:
            stack.pop()
            if not stack and i > 0 and line[i - 1] in _ENDS_A_QUOTE:
                # 。” closes a quoted sentence: the sentence ends after the closing mark.
                j = i + 1
                while j < n and line[j] in CLOSERS:
                    j += 1
                spans.append((base + start, base + j, True))  # (it holds the closing mark: never blank)
                start = i = j
                continue
        is_end = False
        if c in ZH_TERMINATORS:
            is_end = not depth or c not in ";；"
        elif c == "…":
            is_end = True
            while i + 1 < n and line[i + 1] == "…":
                i += 1
        elif c == ".":
            is_end = _english_period_ends(line, i)
        if is_end and stack:
            closer, opened = stack[-1]
            close_at = line.find(closer, i + 1)
            quote_len = (close_at if close_at >= 0 else n) - opened
            if quote_len <= MAX_UNSPLIT_QUOTE:
                is_end = False
        if is_end:
            j = i + 1
            while j < n and line[j] in _CLOSE_AN_END:
                if stack and line[j] == stack[-1][0]:
                    stack.pop()
                j += 1
            spans.append((base + start, base + j, True))  # (it holds the mark that ends it: never blank)
            start = j
            i = j
            continue
        i += 1
    if line[start:].strip():
        spans.append((base + start, base + n, False))
    return spans


# "一、总体感受 一是……": a numbered section head run into the text of one long line (pages that
# lost their line breaks). Split off so it is a heading, not the start of a sentence. It starts the
# line or follows white space; the pattern leaves that test out so the engine can skip to the
# numerals, and _line_parts applies it (a head holds no white space, so no head can start inside
# a match that fails the test).
INLINE_HEAD = compile_re(rf"[{CN_ORD}]{{1,3}}、[^\s，。；！？,;!?]{{2,14}}(?=\s+\S)")


# The bullet of a list item that opens its line: "- Revenue of $2.84 billion", "● 新开工项目12个", or a letter's:
# "a) approve a 2025–2026 winter maintenance budget", "(b) add 12 sidewalk plows".
_BULLET = compile_re(r"(?:[-–•*▪●◦‣■◆►▶]|\(?[a-hA-H]\))\s+(?=\S)")

HEAD_ONLY = compile_re(rf"^[{CN_ORD}]{{1,3}}、[^\s，。；！？,;!?]{{2,14}}$")


def _line_parts(line: str) -> list[tuple[int, int]]:
    """(start, end) of the parts of a line: inline section heads and the text between them."""
    cuts = [0]
    if "、" in line:
        for m in INLINE_HEAD.finditer(line):
            if m.start() == 0 or line[m.start() - 1].isspace():
                cuts += [m.start(), m.end()]
    cuts.append(len(line))
    return [(a, b) for a, b in zip(cuts, cuts[1:], strict=False) if line[a:b].strip()]


def segment(text: str) -> list[Sentence]:
    sentences: list[Sentence] = []
    paragraph = 0
    pos = 0
    lead: Sentence | None = None  # the line above that leads a list (a colon's or a heading's), while its list runs
    after_blank = False
    for raw_line in text.split("\n"):
        line_start = pos
        pos += len(raw_line) + 1
        if not raw_line.strip():
            paragraph += 1 if sentences and sentences[-1].paragraph == paragraph else 0
            after_blank = True
            continue
        if sentences and sentences[-1].paragraph == paragraph:
            paragraph += 1  # every line is its own paragraph; blank lines only separate more
        if raw_line.count("|") >= 2:
            # a table's row is one sentence, whatever its cells hold ("Region | Rainfall (mm) | Mean temp. anomaly")
            spans = [(line_start, line_start + len(raw_line), False)]
        elif "、" in raw_line:
            spans = [sp for a, b in _line_parts(raw_line) for sp in _split_line(raw_line[a:b], line_start + a)]
        else:  # (no inline head: the line is one part)
            spans = _split_line(raw_line, line_start)
        line_text = line_start + len(raw_line) - len(raw_line.lstrip())  # where the line's words start
        first = len(sentences)
        for s, e, terminated in spans:
            # Trim white space so offsets point at the words themselves (a span holds more than white space).
            body = text[s:e]
            if body[0].isspace() or body[-1].isspace():
                s += len(body) - len(body.lstrip())
                body = body.strip()
                e = s + len(body)
            if s == line_text and (b := _BULLET.match(text, s, e)):
                s = b.end()  # a list's bullet is no part of the sentence a quote cites
                body = text[s:e]
            # (a marker opens with one of a few characters: most sentences need no match)
            enum, level = _enum_of(body) if body[0] in _ENUM_OPENS or body[0].isdecimal() else (None, None)
            heading = not terminated and len(body) <= 40 and (s == line_text or bool(HEAD_ONLY.match(body)))
            sentences.append(Sentence(len(sentences), body, s, e, paragraph, enum, level, heading, terminated))
        if len(sentences) == first:
            continue
        opening = sentences[first]
        # An item opens its line with a bullet or a number; right under a colon, a line with no full stop is one too
        # ("Results for 2024–25 were:" over "Students from the lowest-participation neighbourhoods: 13.2%").
        alone = len(sentences) == first + 1
        marked = opening.start > line_text or opening.enum is not None
        # (a blank line ends a list of lines with no bullet: what follows is a paragraph of its own)
        item = lead is not None and (marked or alone and not opening.terminated and not after_blank
                                     and lead.text.endswith((":", "：")))
        after_blank = False
        if item:
            opening.lead = lead
        if sentences[-1].text.endswith((":", "：")):
            lead = sentences[-1]
        elif not item:
            # (a heading may lead a bulleted list: "Highlights, Q2 2025" over "- EBIT of USD 356 million")
            lead = opening if alone and opening.heading else None
    return sentences
