"""From the cleaned text back to the text as the user sent it.

Cleaning drops page chrome, white space, pinyin notes and markup and repairs mojibake, so an
offset into the cleaned text is no offset into the input. `SourceMap` finds where a span of the
cleaned text stands in the input: both are reduced to their visible characters (no white space,
no zero-width characters, no pinyin notes; for HTML no tags, comments, scripts or styles, and
entities decoded), the span is searched in the input's visible characters (exactly, or anchored
by its first and last characters when a repair changed its middle), and the result is mapped back
to offsets into the input. Cleaning keeps the order of what it keeps, so when a span occurs more
than once the occurrence nearest its relative position wins.

Nothing is computed until the first span is asked for, and then only with regular expressions and
string searches: a document whose summary reports nothing pays nothing.
"""

from __future__ import annotations

import html as html_lib
import re
from bisect import bisect_right

import numpy as np

from ..re_cache import compile_re
from .markdown import apply_spans, markup_spans
from .script import pinyin_note_spans

# What the visible-character view leaves out: white space, zero-width characters, soft hyphens.
# (X+ written XX*: a pattern opening with a class lets the regex engine skip to where it can match.)
# (and the bars cleaning writes between the cells of a table laid out in spaced columns: cleaning/columns.py)
_INVISIBLE = compile_re(r"[\s\u200b-\u200f\u2060\ufeff\u00ad|][\s\u200b-\u200f\u2060\ufeff\u00ad|]*")
_HTML_TOKEN = compile_re(
    r"<!--.*?(?:-->|$)|<(script|style|noscript|template)\b.*?(?:</\1\s*>|$)|<[!/?A-Za-z][^>]*>?|"
    r"&(?:#\d{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});",
    re.S | re.I,
)
# For an HTML page also the bars cleaning puts between a data table's cells ("Machinery | $18.2bn"),
# which stand for the page's </td><td>: a quote of a row then traces across its cells' tags.
_INVISIBLE_HTML = compile_re(r"[\s\u200b-\u200f\u2060\ufeff\u00ad|][\s\u200b-\u200f\u2060\ufeff\u00ad|]*")
ANCHOR = 8


class Visible:
    """The visible characters of a text and where each stands in it: dense index d stands at source
    offset `offsets[d]` (one array, built and edited by numpy, not a Python loop per run of text). A
    region is a stretch that replaced something (a repaired run of mojibake): every character of it
    stands for the whole source range."""

    def __init__(self, chars: str, offsets: np.ndarray, regions: list[tuple[int, int, int, int]] | None = None):
        self.chars = chars
        self.offsets = offsets
        self.regions = regions or []  # (dense start, dense end, source start, source end), sorted
        self.length = len(chars)

    def _region(self, dense_index: int) -> tuple[int, int, int, int] | None:
        k = bisect_right(self.regions, (dense_index, float("inf"))) - 1
        if k >= 0 and self.regions[k][0] <= dense_index < self.regions[k][1]:
            return self.regions[k]
        return None

    def source_offset(self, dense_index: int) -> int:
        region = self._region(dense_index)
        if region is not None:
            return region[2]
        if dense_index < self.length:
            return int(self.offsets[dense_index])
        # (past the end, counted on from the last character)
        return (int(self.offsets[-1]) + 1 if self.length else 0) + dense_index - self.length

    def source_span(self, a: int, b: int) -> tuple[int, int]:
        """Source offsets of the dense range [a, b)."""
        last = self._region(b - 1)
        return self.source_offset(a), (last[3] if last is not None else self.source_offset(b - 1) + 1)

    def edited(self, edits: list[tuple[int, int, str]]) -> Visible:
        """The view with dense ranges replaced: (start, end, replacement), sorted and disjoint. A
        replacement stands for the source range of what it replaced (an empty one drops it)."""
        if not edits:
            return self
        chars: list[str] = []
        offsets: list[np.ndarray] = []
        regions: list[tuple[int, int, int, int]] = []
        n = pos = 0
        for a, b, new in [*edits, (self.length, self.length, "")]:
            if pos < a:  # the kept range [pos, a), its regions with it
                chars.append(self.chars[pos:a])
                offsets.append(self.offsets[pos:a])
                regions += [(n + max(ra, pos) - pos, n + min(rb, a) - pos, sa, sb)
                            for ra, rb, sa, sb in self.regions if ra < a and pos < rb]
                n += a - pos
            if new:
                src = self.source_span(a, b)
                # (its characters numbered on from the source start, as a copied run's would be: only a
                # character past the view's end, counted on from the last one, sees it)
                chars.append(new)
                offsets.append(np.arange(src[0], src[0] + len(new), dtype=_OFFSET))
                regions.append((n, n + len(new), src[0], src[1]))
                n += len(new)
            pos = max(pos, b)
        return Visible("".join(chars), np.concatenate(offsets) if offsets else _NO_OFFSETS, sorted(regions))

    def without(self, spans: list[tuple[int, int]]) -> Visible:
        """The view without the dense ranges `spans`, sorted and disjoint: `edited` with deletions only, the
        characters kept picked by one mask instead of copied a stretch at a time."""
        if not spans or self.regions:
            return self.edited([(a, b, "") for a, b in spans])
        bounds = np.array([x for span in spans for x in span], dtype=np.intp)
        # (the bounds part the view into stretches kept and dropped in turn; overlapping spans would make a length negative)
        lengths = np.diff(bounds, prepend=0, append=self.length)
        keep = np.repeat(np.arange(len(lengths)) % 2 == 0, lengths)
        return Visible(_text(_code_points(self.chars)[keep]), self.offsets[keep])


# Offsets as 32-bit integers: half the memory of a view (a 5 MB document has millions of characters).
_OFFSET = np.int32
_NO_OFFSETS = np.zeros(0, dtype=_OFFSET)
# The characters _INVISIBLE's class matches, one by one: the white space \s matches (what str.isspace()
# holds of), the zero-width characters, the soft hyphen and the bar (a test holds the two equal over every
# code point), as a table over the Basic Multilingual Plane, which holds them all. Looking a text's code
# points up in it costs a few microseconds where the regular expression's class costs ~25 ns a character.
_INVISIBLE_CHARS = (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2028\u2029\u202f\u205f\u3000"
    + "".join(map(chr, range(0x2000, 0x2010)))  # (U+2000-U+200A are spaces, U+200B-U+200F zero-width)
    + "\u2060\ufeff\u00ad|"
)
_IS_INVISIBLE = np.zeros(0x10000, dtype=bool)
_IS_INVISIBLE[[ord(c) for c in _INVISIBLE_CHARS]] = True


def _code_points(text: str) -> np.ndarray:
    return np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)


def _visible(codes: np.ndarray) -> np.ndarray:
    """Per code point, whether the visible view keeps it (those past the BMP all)."""
    return ~_IS_INVISIBLE[np.minimum(codes, 0xFFFF)]


def _text(codes: np.ndarray) -> str:
    return codes.tobytes().decode("utf-32-le", "surrogatepass")


def visible_view(text: str) -> Visible:
    """The visible characters of plain `text`, with the map back to offsets into it."""
    codes = _code_points(text)
    keep = _visible(codes)
    return Visible(_text(codes[keep]), np.arange(len(keep), dtype=_OFFSET)[keep])


def _visible_html(page: str) -> Visible:
    """The visible characters of an HTML page: no tags, comments, scripts or styles, and an entity's
    characters where it stands (each of them at the entity's offset)."""
    codes = _code_points(page)
    keep = _visible(codes)
    entity_at: list[int] = []
    entity_chars: list[str] = []
    for m in _HTML_TOKEN.finditer(page):
        keep[m.start() : m.end()] = False
        token = m.group(0)
        if token.startswith("&"):
            decoded = _INVISIBLE_HTML.sub("", html_lib.unescape(token))
            entity_at += [m.start()] * len(decoded)
            entity_chars.append(decoded)
    offsets = np.arange(len(keep), dtype=_OFFSET)[keep]
    codes = codes[keep]
    if entity_at:
        # (before the visible characters that follow the entity: its own characters are not kept)
        at = np.searchsorted(offsets, entity_at)
        offsets = np.insert(offsets, at, entity_at)
        codes = np.insert(codes, at, _code_points("".join(entity_chars)))
    return Visible(_text(codes), offsets)


def visible(text: str) -> str:
    """`text` without the characters the visible view leaves out."""
    return _INVISIBLE.sub("", text)


class SourceMap:
    """Spans of the cleaned text (in the input's script) -> spans of the input."""

    def __init__(self, source: str, cleaned: str, is_html: bool, repairs: list[tuple[str, str]] | None = None,
                 is_markdown: bool = False, pinyin_notes: bool = True):
        self.source = source
        self.cleaned = cleaned
        self.is_html = is_html
        self.is_markdown = is_markdown
        self.repairs = repairs or []
        # (False: cleaning found no pinyin notes, so the cleaned text holds whatever the input's view would drop as one)
        self.pinyin_notes = pinyin_notes
        self._view: Visible | None = None

    def __reduce__(self) -> tuple[type[SourceMap], tuple[str, str, bool, list[tuple[str, str]], bool, bool]]:
        # (a document goes between the batch's processes: the map is sent as what it is made of, and its view of the
        # input built again where it is read; the compiled build's classes pickle no other way)
        return SourceMap, (self.source, self.cleaned, self.is_html, self.repairs, self.is_markdown, self.pinyin_notes)

    def _source_view(self) -> Visible:
        if self._view is None:
            if self.is_html:
                view = _visible_html(self.source)
            elif self.is_markdown:  # the markup blanked where it stands: offsets are the input's
                view = visible_view(apply_spans(self.source, markup_spans(self.source), blank=True))
            else:
                view = visible_view(self.source)
            view = view.edited(_repair_edits(view.chars, self.repairs))
            self._view = view.without(pinyin_note_spans(view.chars)) if self.pinyin_notes else view
        return self._view

    def span(self, start: int, end: int) -> tuple[int, int] | None:
        """Where cleaned[start:end] stands in the input, or None when it cannot be found."""
        traced = self.trace(start, end)
        return traced[0] if traced is not None else None

    def trace(self, start: int, end: int) -> tuple[tuple[int, int], str] | None:
        """(span in the input, the visible characters matched there, repairs applied) for
        cleaned[start:end]; what was matched is what a number must be found in."""
        target = (_INVISIBLE_HTML if self.is_html else _INVISIBLE).sub("", self.cleaned[start:end])
        if not target:
            return None
        view = self._source_view()
        # Where the span should be, if the input kept everything the cleaned text kept.
        # (Only used to choose among repeated occurrences: the share of the text before the span.)
        expected = int(start / (len(self.cleaned) or 1) * len(view.chars))
        found = _nearest(view.chars, target, expected)
        if found is not None:
            a, b = found, found + len(target)
        else:
            anchored = _anchored(view.chars, target, expected)
            if anchored is None:
                return None
            a, b = anchored
        return view.source_span(a, b), view.chars[a:b]


def _nearest(haystack: str, needle: str, expected: int, limit: int = 16) -> int | None:
    best, pos = None, haystack.find(needle)
    seen = 0
    while pos >= 0 and seen < limit:
        if best is None or abs(pos - expected) < abs(best - expected):
            best = pos
        seen += 1
        pos = haystack.find(needle, pos + 1)
    return best


def _anchored(haystack: str, target: str, expected: int) -> tuple[int, int] | None:
    """A span whose first and last characters are the target's, with a changed middle (a
    repaired run of mojibake): the nearest pair of anchors of plausible distance."""
    k = min(ANCHOR, len(target) // 2)
    if k < 2:
        return None
    head, tail = target[:k], target[-k:]
    reach = 2 * len(target) + 40
    candidates: list[tuple[int, int, int]] = []
    pos = haystack.find(head)
    while pos >= 0 and len(candidates) < 16:
        t = haystack.find(tail, pos + k, pos + reach)
        if t >= 0:
            candidates.append((abs(pos - expected), pos, t + k))
        pos = haystack.find(head, pos + 1)
    if not candidates:
        return None
    _, a, b = min(candidates)
    return a, b


def _repair_edits(chars: str, repairs: list[tuple[str, str]]) -> list[tuple[int, int, str]]:
    """The repairs cleaning made, as edits of the input's visible characters: the repaired
    text then matches, and stands for the garbled run it replaced."""
    edits: dict[int, tuple[int, int, str]] = {}
    for garbled, fixed in repairs:
        g, f = visible(garbled), visible(fixed)
        if not g or g == f:
            continue
        pos = chars.find(g)
        while pos >= 0:
            edits.setdefault(pos, (pos, pos + len(g), f))
            pos = chars.find(g, pos + len(g))
    out, end = [], 0
    for a, b, new in sorted(edits.values()):
        if a >= end:
            out.append((a, b, new))
            end = b
    return out
