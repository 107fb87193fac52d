"""English subjects: the noun phrase a number measures, read from the grammar of its clause.

In order, the first that applies (each form is `subject_forms_en`'s):
- what follows it with `of` / `in`: "120 MW of installed capacity", "$310 million in revenue",
  "18% of the city's households" (a share of them);
- what it is the value of: "revenue rose to $540 million", "a population of 250,000",
  "raised its growth forecast to 2.4% from 1.9%" (both numbers);
- the noun it is the size of: "a $2.4 billion expansion of the wind program", "a 40-kilometer
  transmission line";
- the things it counts, with what was done to them: "handled 4.2 million containers" ->
  "containers handled";
- what changed, or what reached it: "exports rose 18%" -> "growth in exports", "GDP reached
  $12.8 billion" -> "GDP"; "up 12% from the year before" continues the figure before it.
None of these: the clause around the number (`clause_subject_en`: "The authority plans to invest … over five
years"). Dates and times are taken out first: they say when, not what.
"""

from __future__ import annotations

import re

from ..re_cache import compile_re
from .bare_values_en import EN_TABLE_ROW, gapped_member
from .brackets_en import apposed, bracketed
from .clause_subject_en import clause_around
from .clauses import clause_end, clause_start, cut_in_a_word
from .counts_en import counted, measured, money_use, time_stopped
from .labels_en import LABEL_BEFORE, LABELLED_LINE, labelled, row_label, speed_limit
from .numbers import NumberSpan
from .parts_en import average_of, bare_count, part_of_them, part_of_which, share_held, with_what_was_done
from .phrases_en import (
    AGE_JOIN,
    ASIDE_OPENS,
    AUXILIARIES,
    DETERMINERS,
    EN_OR_SHARE,
    ENDS_ON_AMOUNT,
    FALL,
    MEASURES,
    MONTHS,
    NAMES_NOTHING,
    RISE,
    TIME,
    count_noun,
    is_share_of_the_total,
    is_verb,
    named_alone,
    opening_phrase,
    phrase_after,
    phrase_before,
    without_auxiliaries,
    without_qualifiers,
)
from .ranks_en import rank_subject
from .referents_en import other_value
from .sizes_en import size_of
from .subject_forms_en import (
    PREPOSITIONS,
    change,
    changed_or_reached,
    followed_by,
    nouns_after,
    of_the_clause_before,
    range_of,
    same_thing,
    value_of,
)

_LIST_MARK = compile_re(r"^\(?\d{1,3}[.)]\s+")
_BRACKETED_CHANGE = compile_re(r"\s*\(\s*(?P<sign>[+\-−])?")
# The value it had before: "(prior: $8.1B-$8.2B)", "(previously $4.1 billion)".
_PRIOR = compile_re(r"\(\s*(?:prior|previous|previously|was|vs\.?)\s*:?\s*[$€£¥₹]?$", re.I)
# The same thing at the time a bracket names: "(2024: £9.6m)", "(H1 2024: £202.3 million)", "(31 March 2025: £33.9m)",
# "(March: 78.3%)".
_AT_TIME = compile_re(rf"\(\s*(?:(?:H[12]|Q[1-4]|FY|CY)\s?)*(?:\d{{1,2}}\s+)?(?:(?:{MONTHS})\s*)?(?:(?:19|20)?\d{{2}}"
                      rf"(?:\s*[/–-]\s*\d{{2,4}})?)?(?:\s+(?:restated|reported|as reported|pro forma))?\s*:\s*(?:[A-Z]{{1,3}})?[$€£¥₹]?$")
# Between a rate and the next figure of its measure: " per person per day from ", " per share, totalling ".
_AFTER_A_RATE = compile_re(r"(?:\s+per\s+[a-z-]+(?:\s+[a-z-]+){0,2}?)+,?\s+(?:from|totall?ing|making)\s+"
                           r"(?:about\s+|around\s+)?(?:[A-Z]{1,3}\$?\s?|[$€£¥])?")
_SMALL_MONEY = frozenset(("p", "pence", "cent", "cents", "c"))
_PARTICIPLE = compile_re(r"[a-z]{3,}(?:ed|ing)")
_FURTHER = compile_re(r"\b(?:a|another)\s+(?:further|more)\s+$")
_IN_BRACKETS_ALONE = compile_re(r"\s*\(\s*")
_BRACKET_CLOSES = compile_re(r"\s*\)")
# "…, or $1.20 per share": the amount is per share of what the subject names.
_PER_SHARE = compile_re(r"\s+(?:per|a) (?:diluted |basic )?share\b")


# A difference from another time: "£2.1bn more than a year earlier".
_MORE_LESS = {**dict.fromkeys(("more", "higher", "greater", "larger", "bigger"), True),
              **dict.fromkeys(("less", "lower", "fewer", "smaller"), False)}
# An earlier time a value is ahead of or behind ("two points ahead of last year"), if not taken out as a time already.
_EARLIER = compile_re(r"(?:(?:last|the previous|the prior) (?:year|season|month|quarter)|(?:the )?same (?:point|time|period) "
                      r"last year|a year (?:ago|earlier))?[.,;]?", re.I)


def _difference(before: list[str], after: list[str], prev_subject: str) -> str:
    """The figure before's change, where a figure is its difference from another time or a baseline: "£2.1bn more than a
    year earlier", "61% …, two points ahead of last year", "… and 31% below our 2019 baseline"."""
    if len(after) > 1 and after[1] == "than" and after[0].lower() in _MORE_LESS:
        return change(not _MORE_LESS[after[0].lower()], prev_subject)
    if not without_qualifiers(before) and after[:2] in (["ahead", "of"], ["behind", "of"]) \
            and _EARLIER.fullmatch(" ".join(after[2:])):
        return change(after[0] == "behind", prev_subject)
    if len(after) > 1 and after[0].lower() in ("below", "above") and (after[1].lower() in DETERMINERS or after[1].lower() == "its"):
        return change(after[0].lower() == "below", prev_subject)
    return ""


def _the_figure_befores(sentence: str, sp: NumberSpan, prev_subject: str, prev_end: int | None) -> str | None:
    """The subject of a figure that restates the one before: its value at another time in brackets, its change or its
    rate in brackets, the same value in other units, its earlier level or its total after a rate (None: none of these)."""
    if _PRIOR.search(sentence, max(0, sp.start - 20), sp.start) or _AT_TIME.search(sentence, max(0, sp.start - 30), sp.start):
        # "to $8.3B-$8.4B (prior: $8.1B-$8.2B)", "to £118.9 million (2023: £111.3 million)", "41.2p (2024: 36.8p)"
        return same_thing(prev_subject, per_share=True)
    if prev_end is None:
        return None
    if sp.unit == "%" and (sign := _BRACKETED_CHANGE.fullmatch(sentence, prev_end, sp.start)) is not None:
        # "Police patrol — $38.6M (+5%)", "an increase of $12.8 million (7.1%)": the change of the figure before
        signed = sign["sign"] or (sp.text[:1] if sp.text[:1] in "+-−" else "")  # (a sign the number's own text holds)
        if not signed:
            return prev_subject  # (the figure before restated as a rate)
        return change(signed in "-−", prev_subject)
    if _conversion(sentence, sp, prev_end):
        return prev_subject  # "43.5 square miles (112.6 km²)": the figure before in other units
    if _IN_BRACKETS_ALONE.fullmatch(sentence, prev_end, sp.start) and _BRACKET_CLOSES.match(sentence, sp.end):
        # "EBITDA of USD 618 million (USD 503 million)": a report's bare figure in brackets is the same measure's at the
        # comparison period, as its notes say ("figures in brackets refer to the same period last year")
        return same_thing(prev_subject, per_share=True)
    if _AFTER_A_RATE.fullmatch(sentence, prev_end, sp.start):
        # "rose to 11.8 tonnes per hectare from 10.6", "a dividend of 4.1 pence per share, totalling £8.7 million": the
        # same measure's earlier level, or its total (per share still when in pence: "…, making 12.6 pence for the year")
        return same_thing(prev_subject, per_share=sp.unit.lower() in _SMALL_MONEY)
    return None


# A part of a whole by where it came from, in a list: "£312,600 from power purchase agreements, £141,900 from export sales
# and £43,800 from the feed-in tariff" after "Income for the year totalled £498,300:".
_FROM_SOURCE = compile_re(r"\s+(?:came\s+|come\s+|was\s+|were\s+)?from\s+(?P<source>[^,;:()]+?)"
                          r"(?=\s+and\s+(?:about\s+|around\s+)?(?:[$€£¥]|[A-Z]{1,2}\$)?\d|\s*[,;:.)]|\s*$)")
_BETWEEN_PARTS = compile_re(r"(?:\s+of\s+[^,;:()]+?)?(?:\s+(?:came\s+|come\s+|was\s+|were\s+)?from\s+[^,;:()]+?)?\s*(?:[,:;]\s*(?:and\s+)?|\s+and\s+)"
                            r"(?:of\s+which\s+)?")
_WHOLE_ANNOUNCED = compile_re(r":|\bwhich\b")


def _part_from(sentence: str, sp: NumberSpan, prev_subject: str, prev_end: int) -> str | None:
    """The whole a part of a list came from, and where: 'Income for the year from export sales' (None: no such part)."""
    if sp.unit == "%" and not prev_subject.startswith("share of") or (source := _FROM_SOURCE.match(sentence, sp.end)) is None \
            or TIME.match(source["source"]) or not source["source"][:1].isalpha() \
            or (between := _BETWEEN_PARTS.fullmatch(sentence, prev_end, sp.start)) is None:
        return None  # (a share keeps its own form; "from 1 April" says when, not where)
    if " from " not in prev_subject and not prev_subject.startswith("share of") and not _WHOLE_ANNOUNCED.search(between.group()):
        return None  # (the figure before is a part too, not the whole: "a bank loan of £900,000 and £350,000 from reserves")
    whole = prev_subject.split(" from ")[0]
    if not whole or "…" in whole or whole.split()[0].lower() in AUXILIARIES or whole.split()[0].lower() in PREPOSITIONS:
        return None  # (no whole named: "402 were from grassland and heath, 173 from woodland")
    return f"{whole} from {source['source']}"


# An age band inside a noun phrase, read as one of its words: "the number of prisoners aged 60 and over rose to 2,312".
_AGE_BAND = compile_re(r"\baged\s+(?:over\s+|under\s+|between\s+)?\d{1,3}(?:\s*(?:and|or)\s+(?:over|under|older|above|younger)"
                       r"|\s*(?:to|-|–|and)\s*\d{1,3})?\b")
# (the group without what counts it: "number of prisoners", "3.3% of residents", "3.412 million people")
_GROUP_LEAD = compile_re(r"^(?:.*\bof\s+|(?:million|billion|thousand)\s+)")
# The number that is the age: "people aged 65 and over", "those aged 16 to 24".
_AGE_BEFORE = compile_re(r"\baged\s+(?:over\s+|under\s+|between\s+)?(?:\d{1,3}\s*(?:to|-|–|and)\s*)?$")


def _one_word(m: re.Match) -> str:
    return m.group().replace(" ", AGE_JOIN)


def subject_en(sentence: str, sp: NumberSpan, prev_subject: str | None = None, prev_end: int | None = None,
               things: str | None = None, counted_before: str | None = None) -> str:
    """What `sp` measures, or the clause around it when the grammar says nothing more.
    `prev_subject` and `prev_end`: the subject and the end of the sentence's figure before it; `things`: what the
    sentence counted last before it ("emergency calls" of "handled 26,410 emergency calls"); `counted_before`: what the figure
    right before it counted, if it is a count.
    (Without a list's number or a dash left at its ends: "1. Police patrol and investigations — $38.6M".)"""
    if (label := row_label(sentence, sp.start)) is not None:
        return label  # a row of a pipe table: its label (not the cell of a value without one)
    if (aged := _AGE_BEFORE.search(sentence, max(0, sp.start - 24), sp.start)) is not None and (
            who := _GROUP_LEAD.sub("", phrase_before(sentence[clause_start(sentence, aged.start()) : aged.start()].split()))) \
            and who.split()[-1].lower() not in AUXILIARIES:
        return f"age of {who}"  # the age that bounds a group: "people aged 65 and over" (its number: 'age of people')
    if sp.unit == "mph" and (limit := speed_limit(sentence, sp)):
        return limit
    if sp.unit == "rank" and (rank := rank_subject(sentence, sp)):
        return rank  # ("ranked 24th of 131 universities by research income": not 'rank ranked')
    if not sp.unit and counted_before and _FURTHER.search(sentence, max(0, sp.start - 16), sp.start):
        return counted_before  # "installed 8 sensors, with a further 10 to follow": more of the things counted before
    if not sp.unit and prev_end is not None and (member := gapped_member(sentence, prev_end, sp.start, sp.end)):
        return member  # a list's member named before its number, its noun and verb left out: "…, cats 1,204"
    found = (part_of_them(sentence, sp, things) if things else None) or average_of(sentence, sp, things, prev_subject) \
        or share_held(sentence, sp, prev_subject) or _subject_en(sentence, sp, prev_subject, prev_end, counted_before, things)
    if not found and (label_m := LABEL_BEFORE.search(sentence, max(0, sp.start - 90), sp.start)):
        found = re.sub(r"\s*\([^()]*\)", "", label_m["label"]).strip(" ,")
    found = found.replace(AGE_JOIN, " ")
    if found.lower() in _SAYS_NO_WHAT and (prev_subject or count_noun(sp.unit)):
        # "well above the 92% we planned for", "when the figure was 1,982", "the equivalent of about 33 full-time staff":
        # the thing the figure before measures; else the things counted ("Of the 4,960 trains we cancelled")
        return same_thing(prev_subject) if prev_subject else sp.unit
    return _LIST_MARK.sub("", found).strip(" —–:") or found


# A subject of a pronoun or a word that names no thing, left by the clause's grammar.
_SAYS_NO_WHAT = frozenset("we they it them figure level number equivalent equal".split())


def _subject_en(sentence: str, sp: NumberSpan, prev_subject: str | None, prev_end: int | None,
                counted_before: str | None, things: str | None = None) -> str:
    if row := EN_TABLE_ROW.fullmatch(sentence.strip()):
        return row["label"].strip()  # a table's row: every value is the label's
    if (head := LABELLED_LINE.match(sentence)) and sp.start >= head.end("label"):
        return labelled(sentence, sp, head["label"].strip())
    cs, ce = clause_start(sentence, sp.start), clause_end(sentence, sp.end)
    before = TIME.sub(" ", _AGE_BAND.sub(_one_word, sentence[cs : sp.start])).split()
    if before and cut_in_a_word(sentence, cs):
        before = before[1:]  # (a clause cut at its length limit, in a word)
    after = TIME.sub(" ", _AGE_BAND.sub(_one_word, sentence[sp.end : ce])).split()
    if prev_subject and prev_subject.startswith("share for ") and sp.unit == "%" and after[:1] == ["to"] and (
            np := nouns_after(after[1:])):
        return f"share for {np}"  # "41% goes to public safety and 12% to parks": the verb left out
    if prev_subject and (restated := _the_figure_befores(sentence, sp, prev_subject, prev_end)) is not None:
        return restated
    if prev_subject and prev_end is not None and (part := _part_from(sentence, sp, prev_subject, prev_end)):
        return part
    if prev_subject and (difference := _difference(before, after, prev_subject)):
        return difference
    share = sp.unit == "%" and after[:1] == ["of"]  # "4,000 employees, or roughly 5% of its workforce"
    if share and prev_subject and prev_end is not None and is_share_of_the_total(sentence, prev_end, sp.start, sp.end):
        return f"{prev_subject}: share of total"  # "Some 392 people, or 26.4% of the total, were …"
    if share and prev_subject and prev_end is not None and EN_OR_SHARE.fullmatch(sentence, prev_end, sp.start) and (
            whole := phrase_after(after[2:] if after[1:2] == ["total"] else after[1:])):
        whole = f"total {whole}" if after[1:2] == ["total"] else whole  # ("total" is a verb to phrase_after)
        # "Our operating costs were £1.02 million, or 8.3% of total expenditure": the figure before's share of a whole
        return f"{same_thing(prev_subject)} as share of {whole}"
    found = (
        (not share and other_value(sentence, sp, cs, prev_subject, prev_end, counted_before))
        or range_of(before, after)
        or followed_by(sp, before, after)
        or of_the_clause_before(sentence, cs, before)  # ("Physical loans fell again, to 1,482,000")
        or value_of(sp, before, prev_subject)
        or size_of(sp, before, after, prev_subject)
        or counted(sp, before)
        or measured(sp, before, after)
        # (the whole noun phrase a level is stated of, not its last noun: "The median concentration across all bores was")
        or _stated_level(sentence, sp, cs)
        or changed_or_reached(sp, before, prev_subject)
    )
    if not found and cs > 1 and sentence[cs - 1] == "," and before and (
            before[0].lower() == "worth" or is_verb(before, 0) and before[0].lower() not in AUXILIARIES):
        # "The merger, valued at $15 billion, …": the clause describes the noun before its comma,
        # past an aside of a few words without a verb ("Non-revenue water, mostly leaks, fell to").
        ps = clause_start(sentence, cs - 1)
        aside = sentence[ps : cs - 1].split()
        if ps > 1 and sentence[ps - 1] == "," and (
                len(aside) <= 4 and not any(is_verb(aside, i) for i in range(len(aside)))
                or len(aside) <= 12 and aside[0].lower() in ("which", "who", "whose")  # a relative clause
                # (or one of a participle: "Capacity, measured in available seat kilometres, rose")
                or len(aside) <= 8 and _PARTICIPLE.fullmatch(aside[0]) is not None
                # (or a definition after the noun phrase opening the sentence: "On-time performance, the share of flights
                # departing within 15 minutes of schedule, improved to 81.7%")
                or len(aside) <= 14 and aside[0].lower() in ("the", "a", "an") and clause_start(sentence, ps - 1) == 0
                and named_alone(sentence[: ps - 1]) == sentence[: ps - 1].strip()):
            ps, cs = clause_start(sentence, ps - 1), ps
        # (not a figure before the comma: "brought in £121.6 million, funding body grants £58.3 million" lists amounts)
        found = "" if ENDS_ON_AMOUNT.search(sentence, ps, cs - 1) else opening_phrase(TIME.sub(" ", sentence[ps : cs - 1]))
        if before[0].lower() in RISE or before[0].lower() in FALL:
            found = _what_changed(sentence[ps : cs - 1].split(), before, found)
    if found and "share" not in found.lower() and found != "EPS" and _PER_SHARE.match(sentence, sp.end):
        found = f"{found} per share"
    if found and all(w in NAMES_NOTHING for w in found.lower().split()):
        found = ""  # (words that say nothing: the clause does)
    if not found and (part := part_of_which(sentence, sp, cs, ce, counted_before or prev_subject and same_thing(prev_subject),
                                            prev_end)):
        found = part  # "£4.86 billion, of which £2.91 billion was in tuition fee loans" -> "tuition fee loans"
    if not found and count_noun(sp.unit):
        found = sp.unit  # the things counted, where no verb or preposition says more: "There were 38 reportable collisions"
    elif not found and not sp.unit and sp.value and sp.value >= 1 and not _MODIFIES.match(sentence, sp.end):
        found = bare_count(sentence, sp, counted_before or things)
    found = with_what_was_done(sentence, sp, found)  # ("1,486 people were injured in …", "35.0% of … were proficient")
    found = found or _stated_level(sentence, sp, cs) or bracketed(sentence, sp, prev_subject) \
        or apposed(sentence, sp, cs, ce) or money_use(sentence, sp) or time_stopped(sentence, sp, cs) or clause_around(sentence, sp, cs, ce)
    if found and all(w in NAMES_NOTHING for w in found.lower().split()):
        # "That is $96.3 million, or about 7.5 percent, below the … enacted level": the sentence goes on
        found = clause_around(sentence, sp, cs, len(sentence))
    return found


# The verbs of change in the past, no nouns among them ("the largest annual increase was in …" names no subject before it).
_CHANGED = frozenset(w for w in RISE | FALL if w.endswith("ed") or w in ("rose", "grew", "fell", "shrank", "slid", "sank"))


def _what_changed(opening: list[str], before: list[str], found: str) -> str:
    """The subject of a change or a level after the clause `opening` and a comma, `before` opening with a verb of change:
    of what a clause of change is about ("Digital checkouts grew even faster, rising 19.4%": 'Digital checkouts', not
    the words after its verb), else of the noun phrase `found` the clause names; the change when `before` says it
    ("Services output, which …, rose 0.4pc"; "fell to 15.9%" is the level)."""
    verb = next((i for i in range(1, len(opening)) if opening[i].lower() in _CHANGED), None) if found else None
    what = (verb is not None and phrase_before(without_auxiliaries(opening[:verb]))) or found
    return change(before[0].lower() in FALL, what) if before[1:] in ([], ["by"]) else what


# A level stated of a noun phrase, which keeps its date: "Net debt at 30 June was", "Capital expenditure for 2025 is
# expected to be about", "Cash at 30 September stood at" (or of a noun phrase before an aside: "The youth unemployment
# rate, for people aged 15 to 24, was").
_LEVEL_VERB = (r"(?:(?:is|are|was|were|will be|would be|has been|have been|had been)"
               r"(?:\s+(?:expected|forecast|projected|estimated|likely|set)\s+to\s+be)?"
               r"|(?:stood|stands|remained|remains)(?:\s+at)?|totalled|totaled|totals|numbered|amounted\s+to|came\s+in\s+at)"
               r"(?:\s+(?:about|around|approximately|nearly|almost|roughly|some|just|only|over|under|more than|less than"
               r"|at least|up to))*\s*")
_STATED_LEVEL = compile_re(rf"\s*(?P<np>[^,;:()]+?)\s+{_LEVEL_VERB}", re.I)
_LEVEL_ALONE = compile_re(rf"\s*{_LEVEL_VERB}", re.I)


def _stated_level(sentence: str, sp: NumberSpan, cs: int) -> str:
    if cut_in_a_word(sentence, cs):
        return ""  # (a clause cut at its length limit, in a word)
    if m := _STATED_LEVEL.fullmatch(sentence, cs, sp.start):
        return named_alone(m["np"])
    if cs > 1 and sentence[cs - 1] == "," and _LEVEL_ALONE.fullmatch(sentence, cs, sp.start):
        aside = clause_start(sentence, cs - 1)
        # (an aside that is a list goes back to the word that opens it: ", including the tree, stakes, a guard …,")
        opener, back = aside, aside
        for _ in range(6):
            if (first := sentence[back:].split(None, 1)[:1]) and first[0].lower() in ASIDE_OPENS:
                opener = back
                break
            if back < 2 or sentence[back - 1] != ",":
                break
            back = clause_start(sentence, back - 1)
        aside = opener
        start = clause_start(sentence, aside - 1) if aside > 1 and sentence[aside - 1] == "," else -1
        # (the noun phrase opens the sentence or its clause: after a comma it may be a list's item, "The average cost
        # of a street tree, including the tree, stakes, a guard …, was")
        if start == 0 or start > 0 and sentence[start - 1] in ";:":
            return named_alone(sentence[start : aside - 1])
    return ""


def _conversion(sentence: str, sp: NumberSpan, prev_end: int) -> bool:
    """Whether `sp` is the measure before it in other units, in brackets: "16.8 inches (427 mm)"."""
    before = sentence[max(0, prev_end - 12) : prev_end].split()[-1:]
    return bool(sp.unit and before and MEASURES.match(sp.unit) and MEASURES.match(before[0])) and \
        sentence[sp.end : sp.end + 1] == ")" and re.fullmatch(r"\s*\(\s*", sentence[prev_end : sp.start]) is not None


# Words after a number that describe a noun, no verb of the things counted: "16 captioned or audio-described performances",
# "8,240 metered on-street spaces" (not "lost coverage for procedural reasons", "came from overseas investors").
_MODIFIES = compile_re(r"\s+(?!(?:were|are|was|is|had|have|has)\b)[a-z-]+\s+(?:(?:and|or)\s+[a-z-]+\s+)?(?!(?:a|an|the|from|to|in|on|at|for|by|with|of|into|out|up|down|off"
                       r"|its|their|our|his|her|that|which)\b(?!-))(?:[a-z-]+\s+){0,2}?[a-z-]+[^s\W]s\b")
