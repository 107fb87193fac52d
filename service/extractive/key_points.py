"""Key points: where a document lists three measures or more (一是 / 二是 …; the first may open after a colon), the
best six of its measures, one point each, and of its other sentences, weighed alike; else its top sentences. Each
carries its source sentences as evidence."""

from __future__ import annotations

from ..re_cache import compile_re
from ..schemas import FigureDraft, KeyPointDraft
from ..segment import Sentence
from .pieces import (
    as_item,
    compress,
    end_piece,
    first_sentence,
    goes_on,
    is_question,
    key_point_limit,
    lead_in,
    needs_lead,
    shorten,
    speaker_of,
    stands_alone,
    strip_marker,
)

# The first item of a list a sentence introduces after a colon, where the later items open sentences of their own:
# "…主要有三方面原因：一是门诊共济保障政策全面落地，…；二是…". (Only the first: a later one opens its sentence.
# Not "1.": after a colon it numbers a table's notes, "注：1.本通报数据为初步统计数据；2.…", not measures.)
_INLINE_FIRST_ITEM = compile_re(r"[：:]\s*(?=一是|[（(]一[）)])")


def key_points(units: list[Sentence], scores: list[float], figs: dict[int, list[FigureDraft]],
                language: str) -> list[KeyPointDraft]:
    score_of = {s.index: sc for s, sc in zip(units, scores, strict=True)}
    unit_at = {s.index: s for s in units}  # (by sentence index: the sentences before and after a unit)
    # Enumerated measures: each marker starts a group that runs to the next marker.
    groups: list[list[Sentence]] = []
    item_of: dict[int, str] = {}  # (a group's head whose item starts after a colon: the item)
    for s in units:
        if s.enum:
            groups.append([s])
        elif language == "zh" and (first := _INLINE_FIRST_ITEM.search(s.text)) is not None:
            groups.append([s])
            item_of[s.index] = s.text[first.end() :]
        elif groups and s.paragraph - groups[-1][-1].paragraph <= 1 and not s.heading and not (
                groups[-1][0].terminated and s.paragraph != groups[-1][0].paragraph):
            # (an item written as a sentence ends with its paragraph: "5. Bring water use down to 4.5 litres." is not
            # followed by the letter's closing lines, nor "（四）平台载体提档升级。…" by the next part's "2024年，全县…";
            # a head without a full stop is followed by its text)
            groups[-1].append(s)
    # (value, where it starts, what the point is made of: a list's group, or a sentence; only the six chosen are written)
    points: list[tuple[float, int, list[Sentence] | Sentence]] = []
    if len(groups) >= 3:
        for g in groups:
            value = max(_weight(s, score_of.get(s.index, 0), figs) for s in g)
            points.append((value, g[0].index, g))
        # A sentence outside the lists stands beside them, weighed alike: a review's results before its short list of
        # next steps ("下一步…：一是…二是…三是…") are as much the document's points as the steps are.
        listed = {s.index for g in groups for s in g}
        for s in units[first_sentence(units, language) :]:
            if s.index not in listed and not s.heading and not is_question(s.text) and stands_alone(s, language) \
                    and not (goes_on(s) and s.index - 1 not in unit_at):
                points.append((_weight(s, score_of.get(s.index, 0), figs), s.index, s))
        points.sort(key=lambda x: -x[0])
        chosen = sorted(points[:6], key=lambda x: x[1])
        written: list[KeyPointDraft] = []
        run: list[Sentence] = []  # (sentences chosen one after another are written as the other path writes them: one
        # that goes on from the one before joins it, not the point before it said again, "…57%." and "…57%. The rest …")
        for _, _, p in chosen:
            if isinstance(p, Sentence):
                run.append(p)
                continue
            written += _written_points(run, unit_at, language) + [_measure(p, item_of, score_of, figs, language)]
            run = []
        return written + _written_points(run, unit_at, language)
    # (weighed as a list's measures are: a sentence with a result or a goal counts for more)
    order = sorted(range(first_sentence(units, language), len(units)), key=lambda i: -_weight(units[i], scores[i], figs))
    picked: list[Sentence] = []
    for i in order:
        s = units[i]
        if is_question(s.text) or not stands_alone(s, language) or goes_on(s) and s.index - 1 not in unit_at:
            continue  # (nor one that goes on from a sentence no point can show)
        picked.append(s)
        if len(picked) == min(5, max(3, len(units) // 4)):
            break
    picked.sort(key=lambda s: s.start)
    return _written_points(picked, unit_at, language)


def _written_points(picked: list[Sentence], unit_at: dict[int, Sentence], language: str) -> list[KeyPointDraft]:
    """One point for each picked sentence, in order; a sentence that goes on from the one before it ("其中，…", "Of these,
    …") is written after that one, and joins it when that one is a point too, as two items of one list do."""
    limit = key_point_limit(language)
    sep = "" if language == "zh" else " "
    points: list[KeyPointDraft] = []
    for k, s in enumerate(picked):
        prior = picked[k - 1] if k else None
        point = _point(s, language, unit_at, after=prior)
        if goes_on(s) and prior is not None and prior.index == s.index - 1:
            joined = points[-1].text + sep + point.text
            if len(joined) <= limit:
                points[-1] = KeyPointDraft(text=joined, evidence=[*points[-1].evidence, s.text])
                continue
        elif prior is not None and needs_lead(s) and needs_lead(prior) and prior.lead is s.lead \
                and len(points[-1].evidence) > 1 and len(point.evidence) > 1:
            # Two items of one list are one point: "…guidance: EBITDA of USD 2.2–2.5 billion; EBIT of USD 1.0–1.3 billion."
            item = point.text[len(lead_in(s, language)):].lstrip()
            joined = points[-1].text.rstrip("。.") + ("；" if language == "zh" else "; ") + item
            if len(joined) <= limit:
                points[-1] = KeyPointDraft(text=joined, evidence=[*points[-1].evidence, s.text])
                continue
        points.append(point)
    return points


def _measure(g: list[Sentence], item_of: dict[int, str], score_of: dict[int, float], figs: dict[int, list[FigureDraft]],
             language: str) -> KeyPointDraft:
    """The key point of a list's measure: its head, and the best of the sentences under it."""
    head = g[0]
    # The head names the measure; the best of the rest says what it achieved or aims at.
    body = [s for s in g[1:] if stands_alone(s, language)] or g
    best = max(body, key=lambda s: (len(figs.get(s.index, [])) > 0, score_of.get(s.index, 0)))
    text = strip_marker(compress(item_of.get(head.index, head.text), language))
    evidence = [head.text]
    if best is not head:
        text = end_piece(text, language)[:-1] + "：" + compress(best.text, language) \
            if language == "zh" else f"{text} {best.text}"
        evidence.append(best.text)
    return KeyPointDraft(text=end_piece(shorten(text, key_point_limit(language), language), language), evidence=evidence)


def _point(s: Sentence, language: str, unit_at: dict[int, Sentence], after: Sentence | None = None) -> KeyPointDraft:
    """A key point of one sentence: its facts, compressed; one that goes on from the sentence before it after that one
    (unless that one is the point `after` it); a quotation after who spoke it; an item that says nothing alone after its
    lead, when the lead leaves the item room ("Highlights, Q2 2025: EBIT of USD 356 million (USD 251 million).")."""
    limit = key_point_limit(language)
    if goes_on(s) and (before := unit_at.get(s.index - 1)) is not None and before is not after:
        joined = _point(before, language, unit_at).text + ("" if language == "zh" else " ") \
            + _point(s, language, unit_at, after=before).text
        return KeyPointDraft(text=end_piece(shorten(joined, limit, language), language), evidence=[before.text, s.text])
    text = strip_marker(compress(s.text, language))
    if (speaker := speaker_of(s, unit_at.get(s.index + 1))) is not None:
        text = end_piece(shorten(text, limit - len(speaker) - 1, language), language)
        return KeyPointDraft(text=f"{speaker}：{text}", evidence=[s.text, speaker])
    if needs_lead(s) and len(lead := lead_in(s, language)) <= limit // 2:
        text = lead + ("" if language == "zh" else " ") + as_item(text, s)
        return KeyPointDraft(text=end_piece(shorten(text, limit, language), language), evidence=[s.lead.text, s.text])
    return KeyPointDraft(text=end_piece(shorten(text, limit, language), language), evidence=[s.text])



def _weight(s: Sentence, score: float, figs: dict[int, list[FigureDraft]]) -> float:
    """A sentence's worth as a key point: its rank, a little more for a figure it reports, and more again when the
    figure is a result or a goal (not a place's profile or a project's size: "The service operates 24 fire stations")."""
    own = figs.get(s.index, [])
    return score + 0.1 * bool(own) + 0.2 * any(f.kind != "other" for f in own)
