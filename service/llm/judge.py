"""Degenerate answers: a reply that parses and fits the schema can still be useless.

A summary that repeats itself, copies the instructions, or shares almost no words with its
document (for example because an instruction inside the document was obeyed) is rejected and
re-asked; a reply that loops until the token limit is not worth splitting or extending.
"""

from __future__ import annotations

import re
from collections.abc import Container

from ..re_cache import compile_re

_CJK_RUNS = compile_re(r"[\u4e00-\u9fff]+")
_WORD = compile_re(r"[A-Za-z]{4,}")
_FRAMED = compile_re(r"<<<(DOCUMENT|PARTS) (\w+)>>>.*?<<<END \1 \2>>>", re.S)


def _distinct_share(s: str, n: int, min_len: int) -> float:
    """Share of distinct n-character runs in `s` without white space (1.0 for short text)."""
    dense = re.sub(r"\s+", "", s)
    if len(dense) < min_len:
        return 1.0
    grams = [dense[i : i + n] for i in range(len(dense) - n + 1)]
    return len(set(grams)) / len(grams)


def repeats_itself(summary: str) -> bool:
    return _distinct_share(summary, 8, 40) < 0.6


def loops(content: str) -> bool:
    """A reply that is mostly one stretch of text over and over (JSON keys repeat in any long
    valid reply, so the bar is much lower than for a summary)."""
    return _distinct_share(content, 16, 200) < 0.3


def _han(s: str) -> str:
    """The Han characters of `s` in Simplified, run together."""
    from ..cleaning import to_simplified  # a summary written in Traditional is still on topic

    return "".join(_CJK_RUNS.findall(to_simplified(s)))


def _units(s: str, language: str) -> list[str]:
    if language == "zh":
        dense = _han(s)
        return [dense[i : i + 2] for i in range(len(dense) - 1)]
    return [w.lower() for w in _WORD.findall(s)]


def known_units(source: str, language: str) -> Container[str]:
    """What `off_topic` looks a summary's words up in: for Chinese the source's Han text (a pair
    of characters is among the source's pairs exactly when it is in that text: one search per pair
    of the short summary instead of a set of every pair of the source, ~10 ms for a long
    document), else the set of its words."""
    return _han(source) if language == "zh" else set(_units(source, language))


def off_topic(summary: str, source: str, language: str, known: Container[str] | None = None) -> bool:
    """A summary that shares almost no words with its source is about something else. `known`:
    `known_units(source, language)`, when worked out already."""
    units = _units(summary, language)
    if len(units) < 6:
        return False
    if known is None:
        known = known_units(source, language)
    return sum(1 for u in units if u in known) / len(units) < 0.25


def instructions_of(messages: list[dict]) -> str:
    """Everything the model was told, without the framed data (quoting the document is fine)."""
    return "\n".join(_FRAMED.sub("", str(m.get("content") or "")) for m in messages if m["role"] != "assistant")


def copies_prompt(summary: str, instructions: str) -> bool:
    if "<<<" in summary or ">>>" in summary:
        return True
    dense = re.sub(r"\s+", " ", summary)
    for line in instructions.splitlines():
        line = line.strip()
        if len(line) >= 20 and line in dense:
            return True
    return False
