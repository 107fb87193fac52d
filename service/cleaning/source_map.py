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
    """The visible characters of a text and, per run, where they stand in it.

    A run is a stretch copied verbatim: dense index d in it stands at source offset
    `source_starts[k] + (d - dense_starts[k])`. A region is a stretch that replaced something
    (a repaired run of mojibake): every character of it stands for the whole source range."""

    def __init__(self, chars: str, dense_starts: list[int], source_starts: list[int],
                 regions: list[tuple[int, int, int, int]] | None = None):
        self.chars = chars
        self.dense_starts = dense_starts
        self.source_starts = source_starts
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
        k = bisect_right(self.dense_starts, dense_index) - 1
        return self.source_starts[k] + (dense_index - self.dense_starts[k])

    def source_span(self, a: int, b: int) -> tuple[int, int]:
        """Source offsets of the dense range [a, b)."""
        last = self._region(b - 1)
        return self.source_offset(a), (last[3] if last is not None else self.source_offset(b - 1) + 1)

    def edited(self, edits: list[tuple[int, int, str]]) -> Visible:
        """The view with dense ranges replaced: (start, end, replacement), sorted and disjoint. A
        replacement stands for the source range of what it replaced (an empty one drops it)."""
        if not edits:
            return self
        out = Visible("", [], [], [])
        parts: list[str] = []
        pos = 0
        for a, b, new in [*edits, (len(self.chars), len(self.chars), "")]:
            self._copy(pos, a, out, parts)
            if new:
                n = out.length
                src = self.source_span(a, b)
                out.dense_starts.append(n)
                out.source_starts.append(src[0])
                out.regions.append((n, n + len(new), src[0], src[1]))
                parts.append(new)
                out.length += len(new)
            pos = max(pos, b)
        out.chars = "".join(parts)
        out.regions.sort()
        return out

    def _copy(self, a: int, b: int, out: Visible, parts: list[str]) -> None:
        """Append dense range [a, b) of this view, runs and regions kept, to `out`."""
        if a >= b:
            return
        n = out.length
        k = bisect_right(self.dense_starts, a) - 1
        d = a
        while d < b:
            run_end = self.dense_starts[k + 1] if k + 1 < len(self.dense_starts) else len(self.chars)
            out.dense_starts.append(n + (d - a))
            out.source_starts.append(self.source_starts[k] + (d - self.dense_starts[k]))
            d = min(b, run_end)
            k += 1
        for ra, rb, sa, sb in self.regions:
            if ra < b and a < rb:
                out.regions.append((n + max(ra, a) - a, n + min(rb, b) - a, sa, sb))
        parts.append(self.chars[a:b])
        out.length += b - a


def visible_view(text: str, invisible: re.Pattern[str] = _INVISIBLE) -> Visible:
    """The visible characters of plain `text`, with the map back to offsets into it."""
    chars, dense_starts, source_starts = [], [], []
    n = 0
    pos = 0
    for m in invisible.finditer(text):
        if m.start() > pos:
            chars.append(text[pos : m.start()])
            dense_starts.append(n)
            source_starts.append(pos)
            n += m.start() - pos
        pos = m.end()
    if pos < len(text):
        chars.append(text[pos:])
        dense_starts.append(n)
        source_starts.append(pos)
    return Visible("".join(chars), dense_starts or [0], source_starts or [0])


def _visible_html(page: str) -> Visible:
    chars, dense_starts, source_starts = [], [], []
    n = 0

    def add_text(start: int, end: int) -> None:
        nonlocal n
        part = visible_view(page[start:end], _INVISIBLE_HTML)
        if part.chars:
            chars.append(part.chars)
            dense_starts.extend(n + d for d in part.dense_starts)
            source_starts.extend(start + s for s in part.source_starts)
            n += len(part.chars)

    pos = 0
    for m in _HTML_TOKEN.finditer(page):
        add_text(pos, m.start())
        token = m.group(0)
        if token.startswith("&"):
            decoded = _INVISIBLE_HTML.sub("", html_lib.unescape(token))
            if decoded:
                # Each decoded character stands for the whole entity.
                for ch in decoded:
                    chars.append(ch)
                    dense_starts.append(n)
                    source_starts.append(m.start())
                    n += 1
        pos = m.end()
    add_text(pos, len(page))
    return Visible("".join(chars), dense_starts or [0], source_starts or [0])


def visible(text: str) -> str:
    """`text` without the characters the visible view leaves out."""
    return _INVISIBLE.sub("", text)


class SourceMap:
    """Spans of the cleaned text (in the input's script) -> spans of the input."""

    def __init__(self, source: str, cleaned: str, is_html: bool, repairs: list[tuple[str, str]] | None = None,
                 is_markdown: bool = False):
        self.source = source
        self.cleaned = cleaned
        self.is_html = is_html
        self.is_markdown = is_markdown
        self.repairs = repairs or []
        self._view: Visible | None = None

    def _source_view(self) -> Visible:
        if self._view is None:
            if self.is_html:
                view = _visible_html(self.source)
            elif self.is_markdown:  # the markup blanked where it stands: offsets are the input's
                view = visible_view(apply_spans(self.source, markup_spans(self.source), blank=True))
            else:
                view = visible_view(self.source)
            view = view.edited(_repair_edits(view.chars, self.repairs))
            self._view = view.edited([(a, b, "") for a, b in pinyin_note_spans(view.chars)])
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
    candidates = []
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
