"""The characters a match can begin with, told to the regular-expression engine where `re` tells it none.

A search tries the pattern at every position of the text. When CPython's compiler knows the
characters a match must begin with, it writes them into the pattern's code (re/_compiler.py,
`_compile_info`), and the engine skips in C to the next such character. It knows them only when the
pattern opens with a literal, a class, or alternatives that each open with a literal. The kind
vocabulary opens otherwise all the time: an alternative behind a lookbehind ("(?<![已共])争取"), an
optional word before the number ("(?:超过|近|约)?[0-9]"), a group of alternatives. Those patterns were
tried whole at every character of every sentence: about a tenth of the extractive summarizer's time.

`first_chars` reads the parsed pattern as the compiler does, but looks through what takes no
character (lookarounds, anchors), into groups, across optional parts and into every alternative.
It answers only when it is sure: nothing case-insensitive, no class that excludes, no "any
character", no pattern that can match empty. The set it gives only lets the engine skip positions
where no match can start; at every other position the whole pattern decides, as before. So a
pattern matches exactly what `re.compile` makes of it match (tests/test_re_cache.py holds every
pattern of the package to that on real documents).
"""

from __future__ import annotations

from re import _compiler  # type: ignore[attr-defined]
from re import _constants as sre  # type: ignore[attr-defined]
from typing import Any

_ZERO_WIDTH = (sre.ASSERT, sre.ASSERT_NOT, sre.AT)
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)

# (the set's items as the parser writes them, whether the sequence can match nothing) or None: unknown
First = tuple[list[tuple[Any, Any]], bool] | None


def first_chars(items: list[tuple[Any, Any]], flags: int) -> First:
    """What a match of the parsed sequence `items` can begin with."""
    chars: list[tuple[Any, Any]] = []
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue
        if op is sre.LITERAL:
            return [*chars, (op, av)], False
        if op is sre.IN:
            if any(o is sre.NEGATE for o, _ in av):
                return None
            return [*chars, *av], False
        if op is sre.SUBPATTERN:
            _group, add_flags, _del_flags, sub = av
            if (flags | add_flags) & sre.SRE_FLAG_IGNORECASE:
                return None
            inner = first_chars(sub.data, flags)
        elif op is sre.ATOMIC_GROUP:
            inner = first_chars(av.data, flags)
        elif op is sre.BRANCH:
            inner = _either(av[1], flags)
        elif op in _REPEATS:
            least, _most, sub = av
            inner = first_chars(sub.data, flags)
            if inner is not None and least == 0:
                inner = inner[0], True
        else:  # any character, a negated literal, a back-reference: unknown
            return None
        if inner is None:
            return None
        chars += inner[0]
        if not inner[1]:
            return chars, False
    return chars, True


def _either(alternatives: list[Any], flags: int) -> First:
    chars: list[tuple[Any, Any]] = []
    empty = False
    for alt in alternatives:
        inner = first_chars(alt.data, flags)
        if inner is None:
            return None
        chars += inner[0]
        empty = empty or inner[1]
    return chars, empty


def with_first_chars(code: list[int], parsed: Any, flags: int) -> list[int]:
    """`code` (what `re` compiled from `parsed`) with the characters its matches begin with in its
    info block, when `re` named none there and `first_chars` knows them; else `code` itself."""
    # The info block `re` writes without a prefix or a set: INFO, skip (4), its flags, min, max width.
    if code[0] != sre.INFO or code[1] != 4 or code[2] & (sre.SRE_INFO_PREFIX | sre.SRE_INFO_CHARSET) or not code[3]:
        return code
    if flags & sre.SRE_FLAG_IGNORECASE:
        return code
    first = first_chars(parsed.data, flags)
    if first is None or first[1] or not first[0]:
        return code
    charset, hascased = _compiler._optimize_charset(first[0])
    if hascased:
        return code
    compiled: list[int] = []
    _compiler._compile_charset(charset, flags, compiled)
    # (plain ints: the file of compiled patterns is written with marshal, which takes no int subclass)
    return [int(c) for c in (sre.INFO, 4 + len(compiled), sre.SRE_INFO_CHARSET, code[3], code[4], *compiled)] + code[5:]
