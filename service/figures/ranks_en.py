"""The subject of an English place in a ranking ("ranked 24th of 131 universities by research income"): the rank among
the field and by what it was measured ('rank among universities by research income'), or in what ("finished third in the
Women's National League": 'rank in the Women's National League') — not the clause's verb ('rank ranked')."""

from __future__ import annotations

import re

from ..re_cache import compile_re
from .numbers import NumberSpan

# An ordinal written alone (24th, third), not a superlative's rank ("third-largest", "second most-visited").
_ORDINAL = compile_re(r"\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
                      r"|\w+teenth|\w+tieth", re.I)
_STOP = r"(?=\s+(?:by|for|in|on|at|up|down|but|after|behind|ahead|with)\b|\s*[,;:()–—]|\.(?=\s+[A-Z0-9]|\s*$)|\s*$)"
# The field it is among: "of 131 universities", "out of the 12 district councils", "among the Benchmark's 25 largest systems".
_FIELD = compile_re(rf"\s+(?:of|out\s+of|among)\s+(?:the\s+)?(?:[\w’'&.-]+(?:\s+[A-Z][\w’'&.-]*)*['’]s\s+)?"
                    rf"(?:(?:about|some|around|nearly|over)\s+)?(?:\d[\d,]*\s+|\w+\s+(?=\w+s\b))?(?P<field>[^,;:()–—]+?){_STOP}")
# What it was measured by or in: "by research income", "for its recycling rate", "in the Northern Cities Tree Index 2025"
# (up to another clause: "finished 7th in the second tier and reached the quarter-finals").
_MEASURE = compile_re(rf"\s+(?P<measure>(?:by|for|in|on)\s+[^,;:()–—]+?)(?:{_STOP}|(?=\s+and\b))")
# A time, which the figure's period says: "in 2023", "in 2023/24", "in May".
_WHEN = compile_re(r"\w+\s+(?:the\s+)?(?:(?:19|20)\d\d(?:[/–-]\d{2,4})?|January|February|March|April|May|June|July|August"
                   r"|September|October|November|December|spring|summer|autumn|winter|(?:last|this|the\s+previous)\s+year)")
_NUMBER_WORD = compile_re(r"^(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|\w+ty)\s+", re.I)


def rank_subject(sentence: str, sp: NumberSpan) -> str | None:
    """The subject of the ordinal rank `sp`, None when it is no ordinal or says neither its field nor its measure."""
    if sp.unit != "rank" or not _ORDINAL.fullmatch(sp.text):
        return None
    pos, words = sp.end, []
    if (field := _FIELD.match(sentence, pos)) is not None:
        words.append("among " + _NUMBER_WORD.sub("", field["field"].strip()))
        pos = field.end()
    while len(words) < 3 and (measure := _MEASURE.match(sentence, pos)) is not None:
        if not _WHEN.fullmatch(measure["measure"].strip()):
            words.append(measure["measure"].strip())  # ("… in the county for its recycling rate")
        pos = measure.end()
    return "rank " + " ".join(words) if words else None
