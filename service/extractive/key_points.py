"""Key points: one per enumerated measure (一是 / 二是 …) when the document has them, else the top
sentences; each carries its source sentences as evidence."""

from __future__ import annotations

from ..schemas import FigureDraft, KeyPointDraft
from ..segment import Sentence
from .pieces import (
    compress,
    end_piece,
    first_sentence,
    is_question,
    key_point_limit,
    shorten,
    stands_alone,
    strip_marker,
)


def key_points(units: list[Sentence], scores: list[float], figs: dict[int, list[FigureDraft]],
                language: str) -> list[KeyPointDraft]:
    score_of = {s.index: sc for s, sc in zip(units, scores, strict=True)}
    # Enumerated measures: each marker starts a group that runs to the next marker.
    groups: list[list[Sentence]] = []
    for s in units:
        if s.enum:
            groups.append([s])
        elif groups and s.paragraph - groups[-1][-1].paragraph <= 1 and not s.heading and not (
                language == "en" and groups[-1][0].terminated and s.paragraph != groups[-1][0].paragraph):
            # (an English item written as a sentence ends with its paragraph: "5. Bring water use down to 4.5 litres."
            # is not followed by the letter's closing lines; a head without a full stop is followed by its text)
            groups[-1].append(s)
    points: list[tuple[float, int, KeyPointDraft]] = []
    if len(groups) >= 3:
        for g in groups:
            head = g[0]
            # The head names the measure; the best of the rest says what it achieved or aims at.
            body = [s for s in g[1:] if stands_alone(s, language)] or g
            best = max(body, key=lambda s: (len(figs.get(s.index, [])) > 0, score_of.get(s.index, 0)))
            text = strip_marker(compress(head.text, language))
            evidence = [head.text]
            if best is not head:
                text = end_piece(text, language)[:-1] + "：" + compress(best.text, language) \
                    if language == "zh" else f"{text} {best.text}"
                evidence.append(best.text)
            value = max(score_of.get(s.index, 0) for s in g) + 0.2 * bool(any(figs.get(s.index) for s in g))
            points.append((value, head.index, KeyPointDraft(text=end_piece(shorten(text, key_point_limit(language), language), language), evidence=evidence)))
        points.sort(key=lambda x: -x[0])
        chosen = sorted(points[:6], key=lambda x: x[1])
        return [p for _, _, p in chosen]
    order = sorted(range(first_sentence(units, language), len(units)), key=lambda i: -scores[i])
    picked: list[Sentence] = []
    for i in order:
        s = units[i]
        if is_question(s.text) or not stands_alone(s, language):
            continue
        picked.append(s)
        if len(picked) == min(5, max(3, len(units) // 4)):
            break
    picked.sort(key=lambda s: s.start)
    return [KeyPointDraft(text=end_piece(shorten(strip_marker(compress(s.text, language)), key_point_limit(language), language),
                                       language),
                     evidence=[s.text]) for s in picked]

