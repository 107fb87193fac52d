"""English subjects of a number that stands where an adjective does, between a determiner and the noun or the name it
sizes: "a $2.4 billion expansion of the wind program", "the £48 million Kestrow Community Diagnostic Centre", "a 6%
rise in energy prices" (`size_of`, one of the forms `subjects_en` tries; the others are in `subject_forms_en`)."""

from __future__ import annotations

from .numbers import NumberSpan
from .phrases_en import DETERMINERS, QUALIFIERS, phrase_after, plural_count
from .subject_forms_en import CHANGE_NOUNS, change


def size_of(sp: NumberSpan, before: list[str], after: list[str], prev_subject: str | None) -> str:
    """'a $2.4 billion expansion of …', 'a new 40-kilometer transmission line', 'the £48 million Kestrow Community
    Diagnostic Centre': the number stands where an adjective does, between a determiner and the noun or the name it
    sizes."""
    if not before or not after or not after[0][:1].isalpha() or sp.text.endswith(f" {sp.unit}") and plural_count(sp.unit):
        return ""  # (a count names its noun itself: "Our 14 car parks took £1.47 million"; not "the 60-bed Fenwick Ward Block")
    k = len(before)
    while k > 0 and before[k - 1].lower() in QUALIFIERS - DETERMINERS:
        k -= 1
    owner = before[k - 1] if k > 0 and before[k - 1].endswith(("'s", "’s")) else ""
    if k == 0 or before[k - 1].lower() not in DETERMINERS and not owner:
        return ""
    if after[0][:1].isupper():
        return _name(after)
    if len(after[0]) > 4 and after[0].endswith("ed") and sp.unit.isalpha():
        return f"{sp.unit} {after[0]}"  # "the 65 miles repaved over the past two years"
    np = phrase_after(after)
    if np.lower() in CHANGE_NOUNS:
        if len(after) > 2 and after[1] == "in" and (what := phrase_after(after[2:])):
            return change(CHANGE_NOUNS[np.lower()], what)  # "a 6% rise in energy prices"
        return change(CHANGE_NOUNS[np.lower()], prev_subject)  # "a 12% increase on the year before"
    return f"{owner} {np}" if owner and np else np  # "the state's $22 billion surplus"


# What a named project is, after its name: "the £4.8 million Eastgate custody suite", "the A$540 million Stage 3 expansion".
_PROJECT_NOUNS = frozenset("expansion extension project programme program scheme redevelopment regeneration suite centre "
                           "center hub facility plant station terminal upgrade refurbishment building road bridge line "
                           "development house phase fund plan works appeal campaign grant".split())


def _name(words: list[str]) -> str:
    """The name the words open with: capitalized words, and the small words and numbers inside it ("Clean Heat Plan",
    "Museum of Working Life", "Stage 3"), up to a mark that ends it, with the kind of project after it ("Eastgate
    custody suite", "Southern Pier extension")."""
    name: list[str] = []
    for w in words[:8]:
        bare = w.rstrip(",.;:")
        if not (w[:1].isupper() or name and (bare in ("of", "and", "for", "&", "the") or bare.isdigit())):
            break
        name.append(bare)
        if w != bare:
            return _without_small_words(name)
    rest = [w.rstrip(",.;:") for w in words[len(name) : len(name) + 2]]
    for n in (1, 2):  # ("… custody suite": a word of what kind, then the kind)
        if len(rest) >= n and rest[n - 1] in _PROJECT_NOUNS and all(x.isalpha() and x.islower() for x in rest[:n]):
            return _without_small_words(name + rest[:n])
    return _without_small_words(name)


def _without_small_words(name: list[str]) -> str:
    while name and name[-1] in ("of", "and", "for", "&", "the"):
        name.pop()
    return " ".join(name)
