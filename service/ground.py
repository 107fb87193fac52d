"""Stage 5, ground: every reported figure and every evidence quote must be traceable.

A figure is kept only when its quote is found in the cleaned text (exactly, or ignoring white
space the summarizer may have dropped or added) and its `text` is inside that quote. Quotes are
then rendered as the exact substring of `CleanText.text`, so they are in the script the user gets
back even though summarizers work on the Simplified analysis copy. What cannot be traced is
dropped and counted in warnings; nothing untraceable is ever shown.
"""

from __future__ import annotations

import re

from .cleaning import CleanText, to_traditional
from .schemas import Draft, Entities, Figure, KeyPoint, Person

_WS = re.compile(r"\s+")


class _Locator:
    """Finds a quote in the analysis text, tolerant of white space differences."""

    def __init__(self, clean: CleanText):
        self.clean = clean
        self.analysis = clean.analysis
        # The analysis text without white space, with a map back to analysis offsets.
        keep = [i for i, ch in enumerate(self.analysis) if not ch.isspace()]
        self.dense = "".join(self.analysis[i] for i in keep)
        self.dense_pos = keep

    def find(self, quote: str) -> tuple[int, int] | None:
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
        dense_q = _WS.sub("", quote)
        if not dense_q:
            return None
        j = self.dense.find(dense_q)
        if j < 0 and self.clean.script == "traditional":
            from .cleaning import to_simplified

            j = self.dense.find(to_simplified(dense_q))
        if j < 0:
            return None
        return self.dense_pos[j], self.dense_pos[j + len(dense_q) - 1] + 1

    def render(self, span: tuple[int, int]) -> str:
        return self.clean.text[span[0] : span[1]]


def _in_quote(text: str, quote_analysis: str) -> bool:
    t = _WS.sub("", text)
    return bool(t) and t in _WS.sub("", quote_analysis)


def _render_prose(s: str, clean: CleanText) -> str:
    """Prose written in Simplified, shown in the output script."""
    if clean.script == "traditional" and s:
        return to_traditional(s)
    return s


def ground(draft: Draft, clean: CleanText) -> tuple[Draft, list[str]]:
    loc = _Locator(clean)
    warnings: list[str] = []

    figures: list[Figure] = []
    seen: set[tuple[str, int]] = set()
    dropped = 0
    for f in draft.figures:
        span = loc.find(f.quote)
        if span is None or not _in_quote(f.text, clean.analysis[span[0] : span[1]]):
            # The number might be written in the output script inside a Traditional quote.
            if span is None or not _in_quote(f.text, loc.render(span)):
                dropped += 1
                continue
        quote = loc.render(span)
        text = f.text
        if text not in quote:
            # Render the number as written in the output script (個 rather than 个).
            k = clean.analysis.find(text, span[0], span[1])
            if k < 0:
                dropped += 1
                continue
            text = clean.text[k : k + len(text)]
        key = (text, span[0])
        if key in seen:
            continue
        seen.add(key)
        figures.append(
            f.model_copy(
                update={"text": text, "quote": quote, "subject": _render_prose(f.subject, clean)}
            )
        )
    if dropped:
        warnings.append(f"ungrounded_figures_dropped:{dropped}")

    key_points: list[KeyPoint] = []
    dropped_ev = 0
    for kp in draft.key_points:
        evidence = []
        for q in kp.evidence:
            span = loc.find(q)
            if span is None:
                dropped_ev += 1
                continue
            evidence.append(loc.render(span))
        if not kp.text.strip():
            continue
        key_points.append(KeyPoint(text=_render_prose(kp.text, clean), evidence=evidence))
    if dropped_ev:
        warnings.append(f"ungrounded_evidence_dropped:{dropped_ev}")

    e = draft.entities
    entities = Entities(
        places=[_render_prose(x, clean) for x in e.places],
        organizations=[_render_prose(x, clean) for x in e.organizations],
        people=[
            Person(name=_render_prose(p.name, clean), role=_render_prose(p.role or "", clean) or None)
            for p in e.people
        ],
        projects=[_render_prose(x, clean) for x in e.projects],
    )
    out = Draft(
        summary=_render_prose(draft.summary, clean),
        key_points=key_points,
        figures=figures,
        entities=entities,
        title=_render_prose(draft.title, clean) if draft.title else None,
        warnings=[],
    )
    return out, warnings
