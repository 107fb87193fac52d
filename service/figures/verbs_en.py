"""English verbs around a figure, for its kind: a verb in the past the figure is the subject of ("Fourteen
firefighters retired", "64,200 people had registered"), the last verb of work done before it, and the modal that puts a
verb off ("to be created", "will be installed")."""

from __future__ import annotations

import re

from ..re_cache import compile_re
from .kind_cues_en import EN_ACHIEVED_RE, EN_DONE_RE, EN_MEASURE_BEFORE, NOT_A_PAST
from .numbers import NumberSpan

# A share or a part of a group that is the subject of the verb after it: "96.1% of passengers passed through security",
# "Five of the seven Board members voted" (the words up to the verb, which EN_VERB_AFTER reads).
# (the verbs a subject's figure stands before, in the past: any in -ed and these irregular ones; EN_VERB_AFTER reads
# more after the figure itself, fought, flew, died, and participles after "were": "30,840 were taken to hospital")
_PAST_AFTER_SUBJECT = (r"[a-z]{3,}(?<!e)ed|left|won|lost|rose|fell|grew|came|went|took|made|got|saw|gave|ran|sold|spent|paid"
                       r"|met|brought|kept|said|told|felt|found|chose|did|bought|taught|sought")
# (or of a pair of things counted together: "14,900 short breaks and activity days provided")
_OF_SUBJECT = compile_re(rf"\s+(?:of(?:\s+[\w'’-]+){{1,5}}?|and(?:\s+[A-Za-z'’-]+){{1,3}}?)(?:\s+had)?"
                         rf"(?=\s+(?:also\s+)?(?:{_PAST_AFTER_SUBJECT})\b)")
# A verb in the past right after the figure, which is its subject: "Fourteen firefighters retired or resigned", "41
# patients had waited", "£13.9 million have been delivered"; or of a relative clause that counts people by what they did:
# "the 9,640 who did so" (not an aside on them after a comma: "supported by 1,140 volunteers, who gave …").
EN_VERB_AFTER = compile_re(r"(?:\s+who)?\s+(?:also\s+)?(?:(?P<aux>have|has|had|were|was)\s+(?:also\s+)?(?:been\s+)?)?"
                           rf"(?P<verb>{_PAST_AFTER_SUBJECT}|fought|flew|died|taken|given|built|sent|held|seen|grown|done|used)\b")
# A modal or "to" before a verb, which puts it off: "3,000 jobs to be created", "will be installed".
MODAL_BEFORE = compile_re(r"\b(?:to|will|would|could|should|may|might|must|shall)\s+(?:be\s+|have\s+been\s+)?$", re.I)
# A present passive is how things stand, not work done: "The borough's 72,300 households are served by
# a fleet of 26 collection vehicles".
PRESENT_PASSIVE = compile_re(r"\b(?:is|are)\s+(?:currently\s+|still\s+|also\s+)?$", re.I)  # (not "is now booked": a level reached)


def said_as_done(text: str, m: re.Match[str]) -> bool:
    """Whether a past form matched in `text` tells of work done: not after a modal ("will be completed") nor in a rule's
    present passive ("The rest is passed on to …")."""
    return not MODAL_BEFORE.search(text, max(0, m.start() - 24), m.start()) \
        and not PRESENT_PASSIVE.search(text, max(0, m.start() - 20), m.start())


def subject_of_a_past(sentence: str, sp: NumberSpan) -> bool:
    """Whether the number is the subject of a verb in the past: "Fourteen firefighters retired", "96.1% of passengers
    passed through security" (not the object of an "of" before it: "patients waiting for one of the 15 tests had waited",
    nor of a place's preposition: "speed cameras at 15 schools issued 58,900")."""
    after, _ = _verb_after(sentence, sp)
    # (a participle that names a kind of thing, "registered", "listed", is a verb after an auxiliary: "64,200 people had
    # registered")
    # (and so is a participle of work done that ends its phrase, not one before the noun it names: "61,400 young carers
    # supported one-to-one", not "supported housing")
    return bool(after) and (after["aux"] is not None or not NOT_A_PAST.fullmatch(after["verb"])
                            or _DONE_TO.fullmatch(after["verb"]) is not None and _NO_NOUN_AFTER.match(sentence, after.end()) is not None)


def said_or_done_before_a_plan(sentence: str, sp: NumberSpan) -> bool:
    """Whether the number is the subject of a verb whose time is its own, past any plan after it: a perfect or a past
    passive ("136 of them have signed", "61,000 trees were planted") or what people said ("89% said they would
    recommend"), whatever plan stands before or after it ("committed $20 million, of which $12.5 million has been
    transferred"); not a participle that may open a relative clause ("the 12 ports served by its vessels by 2028")."""
    after, of = _verb_after(sentence, sp)
    if of is not None:
        if _PRONOUN.intersection(of.group().lower().split()):
            return False  # (a clause of its own inside: "the 200 miles of surface dressing we have planned")
        if after is not None and of.group().split()[-1].lower() in _AUXILIARY:
            return True  # ("136 of them have signed": the phrase of its whole takes the auxiliary in)
    return after is not None and (after["aux"] is not None or _SAYING.fullmatch(after["verb"]) is not None)


def _verb_after(sentence: str, sp: NumberSpan) -> tuple[re.Match[str] | None, re.Match[str] | None]:
    """The verb in the past the number is the subject of, right after it or its aside in brackets ("17,450 (28.0%) were
    treated") or past the phrase of its whole ("96.1% of passengers passed"), and that phrase (None when there is none);
    none for the object of an "of" or a place's preposition before it."""
    if _IN_A_PHRASE_BEFORE.search(sentence, max(0, sp.start - 12), sp.start):
        return None, None
    end = aside.end() if (aside := _ASIDE_AFTER.match(sentence, sp.end)) else sp.end
    if (after := EN_VERB_AFTER.match(sentence, end)) is not None:
        return after, None
    if (of := _OF_SUBJECT.match(sentence, end)) is None:
        return None, None
    return EN_VERB_AFTER.match(sentence, of.end()), of


def joined_past(clause: str) -> bool:
    """Whether a clause opens on "and" (or "but", "while") and a verb in the past: its own work, whatever plan the clause
    before names ("short of the 11,000 the authority had set as its target, and fitted 6,215 smoke alarms")."""
    return _JOINED_PAST.match(clause) is not None


_JOINED_PAST = compile_re(r"\s*(?:and|but|while)\s+[a-z]+ed\b")
_AUXILIARY = frozenset(("have", "has", "had", "were", "was"))
_PRONOUN = frozenset(("we", "they", "i", "you", "he", "she", "it"))
_SAYING = compile_re(r"said|told|stated|reported|agreed|felt")


# Participles of work done that can also name a kind of thing ("supported housing", "used cars"), and what shows them a
# verb: the end of their phrase after the number, a determiner of their object ("used the scheme"), or a number right after them.
_DONE_TO = compile_re(r"(?:support|us|secur|back|audit|certifi|mov|shar)ed", re.I)
_NO_NOUN_AFTER = compile_re(r"\s*(?:[,;.)]|$|(?:by|in|to|for|through|from|with|across|during|at|on|over|via|under|one-to-one"
                            r"|directly|this|last|each|every|face-to-face|online|the|an?|its|their|our|his|her|these|those)\b)")
_NUMBER_NEXT = compile_re(r"\s+(?:about |around |nearly |almost |some |more than |over )?(?:[$€£¥]|[A-Z]{1,2}\$)?\d")


# A participle between a determiner and the noun it names is an adjective, no verb: "the base fine for an expired meter
# is $45" (not "the 31 events supported", nor "has 12 staff trained in"; after a number it may be the period's work:
# "Of the 214 funded organisations, 126 are based outside the capital").
_DETERMINER_BEFORE = compile_re(r"\b(?:a|an|the|its|their|our|his|her|each|every|no)\s+$", re.I)
_NOUN_AFTER = compile_re(r"\s+(?!(?:by|in|to|for|through|from|with|across|during|at|on|over|via|under|into|and|or|as|than"
                         r"|this|last|each|every|since|before|after|until|the|an?|its|their|our|his|her|that|these|those|some|all|more)(?![\w-]))"
                         r"[a-z][a-z-]+")


def names_a_kind(text: str, m: re.Match[str]) -> bool:
    """Whether the participle `m` stands before the noun it names, as an adjective: "an expired meter"."""
    return _DETERMINER_BEFORE.search(text, max(0, m.start() - 8), m.start()) is not None \
        and _NOUN_AFTER.match(text, m.end()) is not None


def verb_before_number(text: str, m: re.Match[str]) -> bool:
    """Whether the participle `m` that can name a kind of thing ("supported housing") is a verb of work done here, right
    before a number it governs, "supported 31 events", "secured £4m", or after a perfect's auxiliary."""
    return _DONE_TO.fullmatch(m.group()) is not None and (
        _NUMBER_NEXT.match(text, m.end()) is not None or _PERFECT_BEFORE.search(text, max(0, m.start() - 20), m.start()) is not None)


# A perfect's auxiliary makes the participle a verb wherever its object stands: "Rebates have supported the installation
# of 842 tanks".
_PERFECT_BEFORE = compile_re(r"\b(?:has|have|had)\s+(?:also\s+|now\s+|already\s+|so far\s+)?$", re.I)


_ASIDE_AFTER = compile_re(r"\s*\([^()]{1,24}\)")
_IN_A_PHRASE_BEFORE = compile_re(r"\b(?:one|each|any|some|none|either|neither) of (?:the |its |their |our )?$"
                        # (nor a place's count in the subject's phrase: "speed cameras at 15 schools issued 58,900")
                        r"|\b(?:at|across|in)\s+$")


def last_result_verb(text: str, sp: NumberSpan, own: tuple[int, int] | None) -> int:
    """Where the last verb of work done in `text` ends (-1: none); `own`: where the number stands in `text` when
    that is its clause (None: the words before it). Not a verb a plan puts off ("3,000 jobs to be created", "will be
    installed"), nor one after the number in its clause unless passive, nor a word of what it counts ("20 trained
    crew"), nor a participle a measure's name holds ("net earned premium", "total installed capacity")."""
    def counted(m: re.Match[str]) -> bool:
        return own is not None and own[0] <= m.start() < own[1] and m.group().strip().lower() in sp.unit.lower() \
            or m.group().rstrip().endswith("ed") and EN_MEASURE_BEFORE.search(text, max(0, m.start() - 12), m.start()) is not None

    def standing(m: re.Match[str]) -> bool:
        return m.group().endswith("ed") \
            and PRESENT_PASSIVE.search(text, max(0, m.start() - 20), m.start()) is not None \
            or m.group().endswith("ing") and text[max(0, m.start() - 3) : m.start()].lower() == "by "  # (a means: "by adding")

    return max([m.end() for m in EN_ACHIEVED_RE.finditer(text)
                if not MODAL_BEFORE.search(text, max(0, m.start() - 24), m.start()) and not counted(m) and not standing(m)] + [
        m.end() for m in EN_DONE_RE.finditer(text) if (own is None or m.start() < own[1] or m["passive"] or m["perfect"])
        and not MODAL_BEFORE.search(text, max(0, m.start() - 24), m.start()) and not counted(m)],
        default=-1)
