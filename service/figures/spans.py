"""The span of a figure in a sentence, shared by the number grammars of both languages."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class NumberSpan:
    """A figure found in a sentence: offsets, the text as written, normalized value and base unit."""

    start: int
    end: int
    text: str
    value: float | None
    unit: str
