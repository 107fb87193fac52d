"""Stage 4a, extractive summarizer: the embedded default, good on its own.

1. Units: sentences, minus headings, fragments and anything overlapping unrepaired mojibake.
2. Figures: the number grammar runs on every sentence; the section a sentence sits in (plans
   announced by 下一步 / 新的一年 / 措施; lessons from elsewhere announced by 考察 / 经验 / 如)
   sets the default kind.
3. Rank: LexRank centrality over character-bigram TF-IDF vectors (centroid similarity for very
   long documents, where the graph would be quadratic), plus signals that matter in reporting
   prose: figures, result and target cues, lead position, enumeration heads, title overlap.
4. Compose: maximal marginal relevance under the length budget, each chosen sentence compressed
   to its informative clauses (the ones with figures, cues or the actor), then restored to
   document order.
5. Key points: one per enumerated measure (一是 / 二是 …) when the document has them, else the
   top sentences; each carries its source sentences as evidence.
Modules: `rank` (LexRank), `sections` (section kinds and years), `pieces` (clause compression and
endings), `compose` (the prose summary), `key_points`; this one scores sentences and assembles
the Draft.
"""

from __future__ import annotations

import re

from ..document import Prepared
from ..entities import extract_entities
from ..schemas import Draft, FigureDraft, SummaryOptions
from ..segment import Sentence
from .compose import compose
from .headings import section_kinds
from .key_points import key_points
from .pieces import EN_RESULT_CUE, EN_TARGET_CUE, LEAD_LABEL, RESULT_CUE, TARGET_CUE, char_scale, is_question
from .rank import LEXRANK_MAX_SENTENCES, Similarity, Vectors, bigrams, centrality, tfidf
from .sections import asides, figures_in_context, title_figures

__all__ = ["summarize_extractive"]

HEADLINE_UNITS = {"元", "美元", "欧元", "港元", "%", "USD", "EUR", "GBP", "CNY", "INR", "JPY", "HKD", "个百分点"}
# News and reports put their point first: the lead sentence is the single best summary sentence.
LEAD_BONUS = 0.5
# Units of numbers that name a list rather than measure something (50强, 十强企业).
NAME_UNITS = {"强"}


def overlaps(s: Sentence, spans: list[tuple[int, int]]) -> bool:
    return any(s.start < e and b < s.end for b, e in spans)



def _usable(s: Sentence, suspect: list[tuple[int, int]], language: str) -> bool:
    if s.heading or overlaps(s, suspect):
        return False
    if language == "zh":
        return len(s.dense) >= 8
    return len(s.text.split()) >= 5


def summarize_extractive(prepared: Prepared, options: SummaryOptions) -> Draft:
    c = prepared.clean
    language = c.language
    budget = options.budget_for(language)
    sentences = prepared.sentences
    suspect = c.suspect

    kinds = section_kinds(sentences, c.title)
    doc_year = c.published[:4] if c.published and c.published[:4].isdigit() else None
    figures_by_sentence = figures_in_context(sentences, suspect, language, kinds, doc_year, c.title)
    elsewhere = asides(sentences, kinds)

    units = [s for s in sentences if _usable(s, suspect, language)]
    title = c.title or _title_guess(sentences)
    if not units:
        units = [s for s in sentences if not overlaps(s, suspect)] or sentences
    units = _dedupe(units, language)
    vecs = Vectors([s.dense.replace("_", "") if language == "zh" else s.text for s in units], language)
    # Cosines of every pair of units: the LexRank graph and the composer's redundancy.
    cosines = vecs.cosines() if len(units) <= LEXRANK_MAX_SENTENCES else None
    central = centrality(vecs, cosines)
    title_vec = tfidf([bigrams(title or "", language)] + [bigrams(s.text, language) for s in units[:1]])[0]
    title_sim = vecs.similarity_to(title_vec) if title else []

    # A lead that shares not one word with its headline does not state the headline's news: a
    # feature story's anecdote ("Maria Alvarez still remembers the day…"). It ranks as the rest
    # of its paragraph does.
    long = 160 * char_scale(language)
    news_lead = not title or not units or _states_headline(title, units[0].text, language)
    scores: list[float] = []
    first_para = units[0].paragraph if units else 0
    result_cue, target_cue = (RESULT_CUE, TARGET_CUE) if language == "zh" else (EN_RESULT_CUE, EN_TARGET_CUE)
    for k, (s, cen) in enumerate(zip(units, central, strict=True)):
        figs = figures_by_sentence.get(s.index, [])
        # Money and rates are the headline figures of economic reporting; counts come second.
        # Figures about somewhere else do not make a sentence about this place.
        aside = s.index in elsewhere
        weight = 0.0 if aside else sum(1.0 if f.unit in HEADLINE_UNITS else 0.6 for f in figs if f.unit not in NAME_UNITS)
        score = 0.6 * cen
        score += 0.6 * min(weight, 3) / 3 + 0.1 * min(len(figs), 3) / 3
        score += 0.15 if result_cue.search(s.text) else 0.0
        score += 0.15 if target_cue.search(s.text) else 0.0
        score += (LEAD_BONUS if news_lead else 0.15) if k == 0 else (0.15 if s.paragraph == first_para else 0.0)
        score += 0.1 if s.enum else 0.0
        score += 0.2 * title_sim[k] if title else 0.0
        if figs and aside:
            score -= 0.15
        if len(s.text) > long:
            score -= 0.1
        if not figs and len(s.dense) < 24:
            score -= 0.35  # a section head or a slogan: says little on its own
        if is_question(s.text):
            score -= 0.3  # a rhetorical question opens an article; it reports nothing
        scores.append(score)

    summary = compose(units, scores, Similarity(vecs, cosines), budget, language)
    points = key_points(units, scores, figures_by_sentence, language)
    figures = _distinct_figures([*title_figures(c.title_analysis, language, doc_year, figures_by_sentence),
                                 *(f for s in sentences for f in figures_by_sentence.get(s.index, []))])
    entities = extract_entities("\n".join(s.text for s in units), language)
    return Draft(summary=summary, key_points=points, figures=figures, entities=entities, title=title)


def _states_headline(title: str, lead: str, language: str) -> bool:
    """Whether the lead shares a word with the headline: a character bigram (Chinese), or a
    word but a stop word by its first five letters ('factories' and 'factory', 'manufacturing' and
    'manufacturers') in other languages."""
    if language == "zh":
        return bool(bigrams(title, language).keys() & bigrams(lead, language).keys())
    stems = {w[:5] for w in bigrams(title, language)}
    return any(w[:5] in stems for w in bigrams(lead, language))


MAX_FIGURES = 200


def _distinct_figures(figures) -> list[FigureDraft]:
    """One row per distinct fact: a number repeated with the same subject and kind (a page that
    repeats its lead, a table pasted twice) is reported once. Bounded so a pathological
    document cannot produce a response of megabytes."""
    out: list[FigureDraft] = []
    seen: set[tuple[str, str, str]] = set()
    for f in figures:
        key = (f.text, f.subject, f.kind)
        if key in seen:
            continue
        seen.add(key)
        out.append(f)
        if len(out) == MAX_FIGURES:
            break
    return out


def _dedupe(units: list[Sentence], language: str) -> list[Sentence]:
    """Pages repeat their lead (导读, 摘要) as the first paragraph: keep one copy."""
    seen: set[str] = set()
    out = []
    for s in units:
        key = re.sub(r"\W", "", LEAD_LABEL.sub("", s.text)) if LEAD_LABEL.match(s.text) else s.dense
        if key in seen:
            continue
        seen.add(key)
        out.append(s)
    return out


def _title_guess(sentences: list[Sentence]) -> str | None:
    """The first heading line of some length before the body starts."""
    for s in sentences[:6]:
        if not s.heading:
            break
        if len(s.dense) >= 8:
            return s.text.strip()
    return None

