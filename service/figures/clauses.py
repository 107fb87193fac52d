"""Clause boundaries inside a sentence: where the words that govern a number stand."""

from __future__ import annotations

MAX_CLAUSE = 80
BOUNDARY = "，,。；;！？!?：:（）()“”\"\n"


def clause_start(sentence: str, pos: int) -> int:
    i = pos
    stop = max(0, pos - MAX_CLAUSE)
    while i > stop and sentence[i - 1] not in BOUNDARY:
        i -= 1
    return i


def clause_end(sentence: str, pos: int) -> int:
    i = pos
    stop = min(len(sentence), pos + MAX_CLAUSE)
    while i < stop and sentence[i] not in BOUNDARY and sentence[i] != "、":
        i += 1
    return i

