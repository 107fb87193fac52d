"""Stage 4a, extractive summarizer (placeholder: lead sentences; replaced by the ranker)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .schemas import Draft, SummaryOptions

if TYPE_CHECKING:
    from .pipeline import Prepared


def summarize_extractive(prepared: Prepared, options: SummaryOptions) -> Draft:
    budget = options.budget_for(prepared.clean.language)
    out = ""
    for s in prepared.sentences:
        if s.heading:
            continue
        if len(out) + len(s.text) > budget:
            break
        out += s.text
    return Draft(summary=out)
