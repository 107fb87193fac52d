"""Composing the prose summary: maximal marginal relevance under the length budget, each chosen
sentence compressed, then restored to document order."""

from __future__ import annotations

from itertools import islice

import numpy as np

from ..cleaning.rows import is_table_row
from ..re_cache import compile_re
from ..segment import Sentence
from .pieces import (
    NUMBERED_ITEM,
    as_item,
    char_scale,
    compress,
    end_piece,
    first_sentence,
    fit,
    goes_on,
    is_question,
    lead_in,
    needs_lead,
    shorten,
    speaker_of,
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
    introduced: set[int] = set()  # the sentences written so far, as pieces or as the leads of items
    unit_at = {u.index: u for u in units}  # (by sentence index: the sentences before and after a unit)
    while left.any():
        if lead_first:
            at, lead_first = candidates.index(0), False
        else:  # the first best value in score order
            at = int(np.argmax(np.where(left, value - 0.7 * redundancy - length_cost, -np.inf)))
        left[at] = False
        best = candidates[at]
        if scores[best] < floor:
            break
        unit = units[best]
        if unit.index in introduced:
            continue  # a lead already written before its item
        piece = _piece(unit, language)
        context = _context(units, best, introduced, unit_at, language)
        if context is None:
            continue  # a sentence that goes on from one the summary cannot show
        before_piece, prefix = context
        if used + len(before_piece) + len(prefix) + len(piece) + sep > budget:
            # Keep the leading whole clauses of a piece that does not fit, if they say enough (an item keeps all).
            piece = "" if prefix or before_piece else fit(piece, budget - used - sep, language)
            if not piece:
                if budget - used < 25:
                    break
                continue
        if before_piece:
            chosen.append((best - 1, before_piece.rstrip()))
            introduced.add(units[best - 1].index)
            used += len(before_piece)
        chosen.append((best, piece))
        introduced.add(unit.index)
        if needs_lead(unit):
            introduced.add(unit.lead.index)
        redundancy = np.maximum(redundancy, cosines[:, at])
        used += len(prefix) + len(piece) + sep
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
    return _written(sorted(chosen, key=lambda x: units[x[0]].start), units, unit_at, language)


def _written(chosen: list[tuple[int, str]], units: list[Sentence], unit_at: dict[int, Sentence], language: str) -> str:
    """The chosen pieces in document order, each list's items after their lead, a quotation after who spoke it."""
    joiner = "" if language == "zh" else " "
    out: list[str] = []
    before: Sentence | None = None
    written = {units[i].index for i, _ in chosen}
    # (the lists whose lead is written: one of their items needs it, and it opens their first item written)
    led = {units[i].lead.index for i, _ in chosen if needs_lead(units[i])}
    for i, piece in chosen:
        unit = units[i]
        after = unit.index + 1
        if after not in written and (speaker := speaker_of(unit, unit_at.get(after))):
            piece = f"{speaker}：{piece}"  # ("镇江苏宁广场总经理刘峰说：“我们有信心…”")
        if before is None or before.index != unit.index - 1:
            piece = _without_connective(piece)  # (what it joined is not written before it)
        if out and before is not None and needs_lead(unit) and (before is unit.lead or before.lead is unit.lead):
            # The list goes on: "…full-year 2025 guidance: EBITDA of USD 2.2–2.5 billion; EBIT of USD 1.0–1.3 billion."
            mark = (":" if before is unit.lead else ";") if language != "zh" else ("：" if before is unit.lead else "；")
            out[-1] = out[-1].rstrip("。.") + mark + joiner + piece
        elif unit.lead is not None and unit.lead.index in led and unit.lead.index not in written:
            out.append(lead_in(unit, language) + joiner + piece)  # (the list's first item written)
            written.add(unit.lead.index)
        else:
            out.append(piece)
        before = unit
    return joiner.join(out)


# A word that joins a sentence to the one before it, and says nothing when that one is not before it: "同时，", "此外，",
# "In addition, ", "Meanwhile, ".
_CONNECTIVE = compile_re(r"^(?:同时|此外|另外|与此同时|另一方面)[，,]\s*|^(?:In addition|Meanwhile|Also|Additionally|Furthermore|"
                         r"Moreover|At the same time),\s+(?=\S)")


def _without_connective(piece: str) -> str:
    if (m := _CONNECTIVE.match(piece)) is None:
        return piece
    rest = piece[m.end() :]
    return rest[:1].upper() + rest[1:] if piece[:1].isascii() else rest


def _piece(unit: Sentence, language: str) -> str:
    """A sentence as the summary writes it: compressed, without its list marker, ended."""
    piece = compress(unit.text, language)
    if language != "zh":
        piece = strip_marker(piece)  # "First, …" alone in a summary reads as a list cut short
    else:
        piece = NUMBERED_ITEM.sub("", piece)  # "3．天健会计师事务所…": a list's number, not 一是 (a measure's order)
    return as_item(end_piece(piece, language), unit)


def _context(units: list[Sentence], at: int, introduced: set[int], unit_at: dict[int, Sentence],
             language: str) -> tuple[str, str] | None:
    """What a summary writes before units[at] that is not yet in it, and what it counts: the sentence it goes on from
    ("其中，…", "Of these, …"), as its own piece; its list's lead and who spoke it, if it is a quotation, as a prefix
    (the lead written once for all its items). None when it goes on from a sentence the summary cannot show."""
    unit = units[at]
    sep = " " if language != "zh" else ""
    before_piece = ""
    if goes_on(unit):
        before = _antecedent(units, at)
        if before is None or before.index not in introduced and goes_on(before):
            return None
        if before.index not in introduced:
            before_piece = _piece(before, language) + sep
    lead = unit.lead if needs_lead(unit) else None
    prefix = lead_in(unit, language) + sep if lead is not None and lead.index not in introduced else ""
    if (speaker := speaker_of(unit, unit_at.get(unit.index + 1))) is not None:
        prefix += speaker + "："  # (written before the quotation unless the speaker's sentence follows it)
    return before_piece, prefix


def _antecedent(units: list[Sentence], at: int) -> Sentence | None:
    """The sentence right before units[at] in the document, when it is a unit too."""
    return units[at - 1] if at and units[at - 1].index == units[at].index - 1 else None
