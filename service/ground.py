"""Stage 5, ground: every reported figure and every evidence quote must be traceable.

A figure is kept only when its quote is found in the cleaned text (exactly, or ignoring white
space the summarizer may have dropped or added) or in its headline (`CleanText.title`, traced to
the input as written), its `text` is inside that quote, the quote holds
no unrepaired mojibake, and the quote can be traced to the text as the user sent it: `span` is
where it stands there and `source_quote` is exactly that text, which must contain the number
again. Quotes are rendered as the exact substring of `CleanText.text`, so they are in the script
the user gets back even though summarizers work on the Simplified analysis copy. What cannot be
traced is dropped and counted in warnings; nothing untraceable is ever shown.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .cleaning import CleanText, to_simplified, to_traditional
from .cleaning.source_map import Visible, visible, visible_view
from .figures.numbers import minus_sign_at
from .re_cache import compile_re
from .schemas import Draft, Entities, Evidence, Figure, FigureDraft, KeyPoint, KeyPointDraft, Person

_WS = compile_re(r"\s\s*")  # \s+, opening with a class so the regex engine skips to white space


@dataclass
class Grounded:
    """A draft whose every quote is traced: what `DocumentSummary` is assembled from."""

    summary: str
    key_points: list[KeyPoint] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    entities: Entities = field(default_factory=Entities)
    title: str | None = None


class _Locator:
    """Finds a quote in the cleaned text and traces it to the input."""

    def __init__(self, clean: CleanText):
        self.clean = clean
        self.analysis = clean.analysis
        self._dense: Visible | None = None
        self.mojibake = clean.mojibake
        # The figures of one sentence share its quote: each quote is found and traced once.
        self._found: dict[str, tuple[int, int] | None] = {}
        self._traced: dict[tuple[int, int], tuple[tuple[int, int], str, str] | None] = {}
        # (a plain attribute, not a functools.cached_property, which the compiled build (setup.py) would compute again)
        self._headline_at: int | None = None

    def find(self, quote: str) -> tuple[int, int] | None:
        """The span of `quote` in the cleaned text (offsets shared by text and analysis)."""
        if quote not in self._found:
            self._found[quote] = self._find(quote)
        return self._found[quote]

    def _find(self, quote: str) -> tuple[int, int] | None:
        quote = quote.strip()
        if not quote:
            return None
        i = self.analysis.find(quote)
        if i >= 0:
            return i, i + len(quote)
        if self.clean.script == "traditional":
            # The summarizer may have quoted the Traditional text; compare on the aligned copy.
            i = self.clean.text.find(quote)
            if i >= 0:
                return i, i + len(quote)
        target = visible(quote)
        if not target:
            return None
        if self._dense is None:
            self._dense = visible_view(self.analysis)
        j = self._dense.chars.find(target)
        if j < 0 and self.clean.script == "traditional":
            j = self._dense.chars.find(to_simplified(target))
        if j < 0:
            return None
        return self._dense.source_offset(j), self._dense.source_offset(j + len(target) - 1) + 1

    @property
    def headline_at(self) -> int:
        """Where the headline stands in the input as written, or -1 (found once for every figure of it)."""
        if self._headline_at is None:
            self._headline_at = self.clean.original.find(self.clean.title) if self.clean.title else -1
        return self._headline_at

    def holds_mojibake(self, span: tuple[int, int]) -> bool:
        return any(span[0] < e and s < span[1] for s, e in self.mojibake)

    def trace(self, span: tuple[int, int]) -> tuple[tuple[int, int], str, str] | None:
        """(span in the input, the input's text there, the visible text matched there with the
        cleaning's repairs applied) for a span of the cleaned text."""
        if span not in self._traced:
            self._traced[span] = self._trace(span)
        return self._traced[span]

    def _trace(self, span: tuple[int, int]) -> tuple[tuple[int, int], str, str] | None:
        found = self.clean.source_map.trace(*span)
        if found is None:
            return None
        (a, b), matched = found
        return (a, b), self.clean.original[a:b], matched

    def render(self, span: tuple[int, int], source_quote: str = "") -> str:
        """The cleaned text at `span`: the quote shown. The bars cleaning wrote between the cells of a table laid
        out in spaced columns (cleaning/columns.py) are no characters of the input: where the input's quote
        has no bar, they are shown as the spaces they stood for."""
        quote = self.clean.text[span[0] : span[1]]
        if "|" in quote and not self.clean.original_is_html and "|" not in source_quote:
            # (as wide a gap as the input's: a table of single spaces has one, "2021/22 604 498")
            gap = "  " if _WIDE_GAP.search(source_quote) or not source_quote else " "
            quote = _CELL_BAR.sub(gap, quote).strip()
        return quote


_CELL_BAR = compile_re(r" ?\| ?")
_WIDE_GAP = compile_re(r"\s\s|[\t\u3000]")


def _in_quote(text: str, quote: str) -> bool:
    t = _WS.sub("", text)
    return bool(t) and t in _WS.sub("", quote)


class _Prose:
    """Prose written in Simplified, shown in the output script. For a Traditional document, prose made
    of the Simplified copy's words (a sentence, a subject, a place, or a subject joined from two
    places) is shown as the document writes those words, since the two copies share every offset:
    its own characters, where OpenCC would guess between variants (发 is 發 or 髮; 台 stays 台, not
    臺) and would put a Simplified sentence the page quotes into Traditional. Only prose made of
    words the page does not hold goes through OpenCC."""

    def __init__(self, clean: CleanText):
        self.clean = clean
        self.traditional = clean.script == "traditional"
        self.shown: dict[str, str] = {}

    def __call__(self, prose: str, near: tuple[int, int] | None = None) -> str:
        """`prose` to show; `near`: the span of the cleaned text it was taken from, looked in first."""
        if not self.traditional or not prose:
            return prose
        if (shown := self.shown.get(prose)) is None:
            own = _as_written(self.clean, prose, near) if near is not None else None
            if own is None:
                own = _as_written(self.clean, prose, (0, len(self.clean.analysis)))
            self.shown[prose] = shown = own if own is not None else to_traditional(prose)
        return shown


def _as_written(clean: CleanText, prose: str, within: tuple[int, int]) -> str | None:
    """`prose` in the document's own characters: each longest piece of it that the Simplified copy
    holds within the span `within`, taken from the same place in the text; None when a piece is not
    there."""
    a, b = within
    analysis = clean.analysis
    if (k := analysis.find(prose, a, b)) >= 0:
        return clean.text[k : k + len(prose)]
    out, i = [], 0
    while i < len(prose):
        # The longest prefix of prose[i:] there (a prefix of a piece found is found too).
        lo, hi = i, len(prose)
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if analysis.find(prose[i:mid], a, b) >= 0:
                lo = mid
            else:
                hi = mid - 1
        if lo == i:
            return None
        k = analysis.find(prose[i:lo], a, b)
        out.append(clean.text[k : k + lo - i])
        i = lo
    return "".join(out)


def _ground_figure(
    f: FigureDraft, loc: _Locator, clean: CleanText, render: _Prose
) -> Figure | None:
    span = loc.find(f.quote)
    if span is None:
        return _ground_in_headline(f, loc, clean, render)
    if loc.holds_mojibake(span):
        return None
    text = f.text
    k = clean.analysis.find(text, span[0], span[1])
    if k < 0:
        # The number may be written in the output script inside a Traditional quote (個 for 个).
        k = clean.text.find(text, span[0], span[1])
    if k < 0 and not _in_quote(text, clean.analysis[span[0] : span[1]]):
        return None
    if k > 0 and text[:1] not in "-−+" and minus_sign_at(clean.analysis, k):
        # (the same number unsigned later in the quote is that one: "将在-0.5%至0.5%区间")
        first = k
        while (k := clean.analysis.find(text, k + 1, span[1])) > 0 and minus_sign_at(clean.analysis, k):
            pass
        if k < 0:
            k = first
            if f.value is not None and f.value > 0:
                # "同比为-9.8%" given as "9.8%" (a model may drop the sign): the fall the source writes
                text, k = clean.analysis[k - 1] + text, k - 1
                f = f.model_copy(update={"value": -f.value, "warnings": [*f.warnings, "sign_from_source"]})
    traced = loc.trace(span)
    if traced is None and k >= 0:
        # The quote crosses text that cleaning changed (a word the line's hyphen split, a table's
        # cells): the words nearest the number may still trace, and they are the quote then.
        for narrow in _around(clean.analysis, span, k, k + len(text)):
            if (traced := loc.trace(narrow)) is not None:
                span = narrow
                break
    if traced is None:
        return None
    source_span, source_quote, matched = traced
    if k >= 0:
        text = clean.text[k : k + len(text)]
        as_sent = clean.input_text[k : k + len(text)] if clean.input_text else text
        if visible(as_sent) not in matched:
            return None  # the number itself did not survive the trace: not shown
    return Figure(
        **{**vars(f),  # (the draft's fields as they are: a model_dump would copy each first)
           "text": text, "quote": loc.render(span, source_quote), "subject": render(f.subject, span)},
        span=source_span,
        source_quote=source_quote,
    )


def _ground_in_headline(f: FigureDraft, loc: _Locator, clean: CleanText, render: _Prose) -> Figure | None:
    """A figure the headline reports ("…货值突破280亿元"). Cleaning takes the headline out of the text into `title`, so
    its quote is traced to the input directly, where the headline stands as written (the title shown is its own text,
    in the output script; the quote may be read in Simplified from it, which shares its offsets)."""
    title = clean.title
    quote = f.quote.strip()
    if not title or not quote:
        return None
    analysis = clean.title_analysis or title
    q = analysis.find(quote)
    k = analysis.find(f.text, max(q, 0), q + len(quote)) if q >= 0 else -1
    at = loc.headline_at
    if k < 0 or at < 0 or len(analysis) != len(title):
        return None  # (not the headline's, or not where the input holds it: nothing untraced is shown)
    a, b = at + q, at + q + len(quote)
    text = title[k : k + len(f.text)]
    if text not in clean.original[a:b]:
        return None
    return Figure(**{**vars(f), "text": text, "quote": title[q : q + len(quote)], "subject": render(f.subject)},
                  span=(a, b), source_quote=clean.original[a:b])


_CLAUSE_MARK = compile_re(r"[,;:|，；：。!?！？]\s|\s[|·•✅❌]\s?")


def _around(text: str, span: tuple[int, int], a: int, b: int) -> list[tuple[int, int]]:
    """Narrower quotes around text[a:b] inside span, widest first: its clause, then the number with
    up to three words on either side, then one."""
    lo, hi = span
    marks = list(_CLAUSE_MARK.finditer(text, lo, hi))
    start = max((m.end() for m in marks if m.end() <= a), default=lo)
    end = min((m.start() for m in marks if m.start() >= b), default=hi)
    out = [(start, end)]
    for words in (3, 1):
        left = text.rfind(" ", lo, a - 1)
        for _ in range(words - 1):
            left = text.rfind(" ", lo, left) if left > lo else left
        right = b
        for _ in range(words):
            nxt = text.find(" ", right + 1, hi)
            right = nxt if nxt >= 0 else hi
        out.append((max(lo, left + 1) if left >= lo else lo, right))
    return [s for i, s in enumerate(out) if s != span and s[0] <= a and s[1] >= b and s not in out[:i]]


def _ground_key_point(
    kp: KeyPointDraft, loc: _Locator, render: _Prose
) -> tuple[KeyPoint | None, int]:
    evidence, dropped = [], 0
    near = None
    for q in kp.evidence:
        span = loc.find(q)
        near = near or span
        traced = loc.trace(span) if span is not None and not loc.holds_mojibake(span) else None
        if span is None or traced is None:
            dropped += 1
            continue
        evidence.append(Evidence(quote=loc.render(span, traced[1]), span=traced[0], source_quote=traced[1]))
    if not kp.text.strip():
        return None, dropped
    return KeyPoint(text=render(kp.text, near), evidence=evidence), dropped


def ground(draft: Draft, clean: CleanText) -> tuple[Grounded, list[str]]:
    loc = _Locator(clean)
    warnings: list[str] = []
    e = draft.entities
    render = _Prose(clean)

    figures: list[Figure] = []
    # One row per number and quote: a number listed twice (by a model, or from a paragraph the page
    # repeats) is one figure. But a number written twice in its quote may be two facts of two kinds
    # ("由上月下降0.1%转为上涨0.1%": last month's and this month's).
    seen: set[tuple[str, tuple[int, int], str]] = set()
    dropped = 0
    for f in draft.figures:
        g = _ground_figure(f, loc, clean, render)
        if g is None:
            dropped += 1
            continue
        key = (g.text, g.span, g.kind if g.quote.count(g.text) > 1 else "")
        if key not in seen:
            seen.add(key)
            figures.append(g)
    if dropped:
        warnings.append(f"ungrounded_figures_dropped:{dropped}")

    key_points: list[KeyPoint] = []
    dropped_ev = 0
    for kp in draft.key_points:
        point, lost = _ground_key_point(kp, loc, render)
        dropped_ev += lost
        if point is not None:
            key_points.append(point)
    if dropped_ev:
        warnings.append(f"ungrounded_evidence_dropped:{dropped_ev}")

    entities = Entities(
        places=[render(x) for x in e.places],
        organizations=[render(x) for x in e.organizations],
        people=[Person(name=render(p.name), role=render(p.role or "") or None) for p in e.people],
        projects=[render(x) for x in e.projects],
    )
    return Grounded(
        summary=render(draft.summary),
        key_points=key_points,
        figures=figures,
        entities=entities,
        title=render(draft.title) if draft.title else None,
    ), warnings
