"""Composing the prose summary: maximal marginal relevance under the length budget, each chosen
sentence compressed, then restored to document order."""

from __future__ import annotations

from itertools import islice

import numpy as np

from ..cleaning.rows import is_table_row
from ..segment import Sentence
from .pieces import (
    NUMBERED_ITEM,
    char_scale,
    compress,
    end_piece,
    first_sentence,
    fit,
    is_question,
    shorten,
    stands_alone,
    strip_marker,
)
from .rank import Similarity


def compose(units: list[Sentence], scores: list[float], similarity: Similarity, budget: int,
             language: str) -> str:
    order = sorted(range(len(units)), key=lambda i: -scores[i])
    chosen: list[tuple[int, str]] = []
    used = 0
    sep = 0 if language == "zh" else 1
    # MMR over the best 60 candidates: enough to fill any budget, and keeps composing O(1) in
    # the length of the document.
    # (English lines above the first sentence, "A partnership of Harrowmere Borough Council and …", open nothing)
    first = first_sentence(units, language)
    candidates = list(islice((i for i in order if i >= first and stands_alone(units[i], language)), 60))
    floor = scores[order[0]] * 0.5 if order else 0.0
    # The lead goes first when it can stand alone: it frames what the figures are about.
    lead_first = bool(units) and 0 in candidates and scores[0] >= floor and not is_question(units[0].text)
    # Each candidate's redundancy is its largest cosine with a piece already chosen (0 before any).
    redundancy = np.zeros(len(candidates))
    cosines = similarity.among(candidates) if candidates else redundancy
    # Long pieces pay for the budget they use, so one sentence cannot crowd out two.
    value = np.array([scores[i] for i in candidates], dtype=np.float64)
    scale = char_scale(language)
    length_cost = 0.003 / scale * np.array([max(0, len(units[i].text) - 80 * scale) for i in candidates], dtype=np.float64)
    left = np.ones(len(candidates), dtype=bool)
    while left.any():
        if lead_first:
            at, lead_first = candidates.index(0), False
        else:  # the first best value in score order
            at = int(np.argmax(np.where(left, value - 0.7 * redundancy - length_cost, -np.inf)))
        left[at] = False
        best = candidates[at]
        if scores[best] < floor:
            break
        piece = compress(units[best].text, language)
        if language != "zh":
            piece = strip_marker(piece)  # "First, …" alone in a summary reads as a list cut short
        else:
            piece = NUMBERED_ITEM.sub("", piece)  # "3．天健会计师事务所…": a list's number, not 一是 (a measure's order)
        piece = end_piece(piece, language)
        if used + len(piece) + sep > budget:
            # Keep the leading whole clauses of a piece that does not fit, if they say enough.
            piece = fit(piece, budget - used - sep, language)
            if not piece:
                if budget - used < 25:
                    break
                continue
        chosen.append((best, piece))
        redundancy = np.maximum(redundancy, cosines[:, at])
        used += len(piece) + sep
    if used < budget * 0.4:
        # A page of short lines (a list of measures, a poem) has few sentences that stand alone:
        # the lines themselves, in order, say what it is about.
        taken = {i for i, _ in chosen}
        for i, u in enumerate(units):
            if i in taken or i < first or is_table_row(u.text):
                continue
            piece = end_piece(strip_marker(compress(u.text, language)), language)
            if used + len(piece) + sep > budget:
                break
            chosen.append((i, piece))
            used += len(piece) + sep
    if not chosen and units:
        top = units[order[0]].text
        return end_piece(shorten(top, budget - 1, language), language)
    chosen.sort(key=lambda x: units[x[0]].start)
    joiner = "" if language == "zh" else " "
    return joiner.join(p for _, p in chosen)

