"""English subjects, the last resort: the clause around a number, where no form of its grammar names what it measures
("The authority plans to invest … over five years"), cut to whole words and to the number's own clause."""

from __future__ import annotations

import re

from ..re_cache import compile_re
from .clauses import clause_end, clause_start, cut_in_a_word
from .numbers import NumberSpan
from .phrases_en import AUXILIARIES

# A figure, its unit, and the conjunction that joins the next clause to its own: "£4.1m and ", "19% and ", "1.2 million while ".
_JOINED_AFTER_A_FIGURE = compile_re(r"\d[\d,.]*(?:[^\s\d]*|\s+(?:million|billion|thousand|[a-z]+))\s+(?:and|while|but|whereas)\s+")


# Words after "and" that go on the figure's own phrase, no clause of their own: "aged 16 and over", "and to take".
_NO_CLAUSE_OPENS = frozenset("to over above under older younger more less up".split())


def around_brackets(sentence: str, sp: NumberSpan) -> str:
    """The clause around a number and the brackets beside it, where its own clause is only the number and a bracket (the
    last resort of `_extract_figures_en` for a figure no rule names):
    "17,450 (28.0%) were treated at the scene", "rose by almost a third (32%) after the introduction of …"."""
    opened = sentence.rfind("(", max(0, sp.start - 2), sp.start + 1)
    start = opened if opened >= 0 else sp.start
    closed = sentence.find(")", sp.end)
    # (past the bracket the number stands in, or the one right after it: "17,450 (28.0%)")
    inside_or_after = "(" not in sentence[sp.end : closed] or sentence.startswith((" (", "("), sp.end)
    end = closed + 1 if closed >= 0 and inside_or_after else sp.end
    wide = NumberSpan(start, end, sentence[start:end], sp.value, sp.unit)
    return clause_around(sentence, wide, clause_start(sentence, start), clause_end(sentence, end))


# A joiner left at the start of the clause shown, and runs of white space in it.
_LEADING_JOINER = compile_re(r"^(?:and|but|while|whereas|which|that|with)\s+", re.I)
_SPACES = compile_re(r"\s+")
# A conjunction that opens a clause, ending the words before a number.
_OPENS_A_CLAUSE = compile_re(r"(?:^|\s)(?P<conjunction>and|while|but|whereas)$", re.I)


def clause_around(sentence: str, sp: NumberSpan, cs: int, ce: int) -> str:
    # Whole words only: a clause cut at its length limit starts and ends at a space.
    if cut_in_a_word(sentence, cs) and " " in sentence[cs : sp.start]:
        cs = sentence.index(" ", cs, sp.start) + 1
    if ce < len(sentence) and sentence[ce].isalnum() and " " in sentence[sp.end : ce]:
        ce = sentence.rindex(" ", sp.end, ce)
    before, after = sentence[cs : sp.start].strip(), sentence[sp.end : ce].strip(" .,;:!?\"”")
    if (joined := [m.end() for m in _JOINED_AFTER_A_FIGURE.finditer(before)]) and len(rest := before[joined[-1] :].split()) > 1 \
            and rest[0].lower() not in _NO_CLAUSE_OPENS and not rest[0][:1].isdigit():
        # (the clause joined after a figure's own: "keg 27% and cans and bottles 21%"; not a lone word, which may be its
        # verb, "and covers 142 square kilometres", nor an infinitive's: "and to take 14 months")
        before = before[joined[-1] :]
    if (opens := _OPENS_A_CLAUSE.search(before)) and (verb := after.split(None, 1)[:1]) and verb[0].lower() in AUXILIARIES:
        # (the number opens a clause of its own, its verb after it: "…, while £1.9m will transform six shelters" is
        # '… will transform six shelters', as when the conjunction opens the clause)
        before = opens["conjunction"]
    clause = f"{before} … {after}" if before and after else (before or after)
    clause = _SPACES.sub(" ", _LEADING_JOINER.sub("", clause))
    if len(clause) > 60:
        cut = clause.rfind(" ", 0, 61)
        clause = clause[: cut if cut > 20 else 60]
    return clause.strip(" .,;:")
