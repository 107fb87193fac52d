"""`kind_of_quote` (the LLM path's check of a model's kinds) reads a sentence as `extract_figures`
(the extractive path) does: one walk over its figures, so the two summarizers never disagree on the
kind of the same number in the same sentence."""

from __future__ import annotations

import json
from pathlib import Path

from service.figures import extract_figures, kind_of_quote

ANNOTATED = Path(__file__).parent.parent / "data" / "annotated"

ENGLISH = [
    "The county expects revenue of $4.9 billion to $5.1 billion next year, up from $4.6 billion in 2024.",
    "Exports rose 8% to $2.3 billion, while the port handled 1.2 million containers, 4% more than in 2023.",
    "The $40 million plant will create 300 jobs by 2027, and the council approved grants of up to $5,000.",
]


def sentences() -> list[tuple[str, str]]:
    quotes = {fact["quote"] for page in sorted(ANNOTATED.glob("*.json"))
              for fact in json.loads(page.read_text(encoding="utf-8"))["facts"]}
    return [(q, "zh") for q in sorted(quotes)] + [(s, "en") for s in ENGLISH]


def test_every_figure_of_a_sentence_gets_the_same_kind_from_both_paths():
    checked, disagree = 0, []
    for sentence, language in sentences():
        figures = extract_figures(sentence, language=language)
        texts = [f.text for f in figures]
        for f in figures:
            # (kind_of_quote finds a number by its text: one written twice, or inside another, is ambiguous)
            if sum(f.text in t or t in f.text for t in texts) > 1:
                continue
            decision = kind_of_quote(sentence, f.text, language)
            checked += 1
            if decision is None or decision.kind != f.kind:
                disagree.append((sentence, f.text, f.kind, decision))
    assert checked > 500
    assert not disagree, disagree[:5]
