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
"""

from __future__ import annotations

import math
import re
from collections import Counter

from .document import Prepared
from .entities import extract_entities
from .figures import YEAR_RE, extract_figures
from .schemas import Draft, Figure, KeyPoint, SummaryOptions
from .segment import Sentence

LEXRANK_MAX_SENTENCES = 400
HEADLINE_UNITS = {"元", "美元", "欧元", "港元", "%", "USD", "EUR", "GBP", "CNY", "个百分点"}
# News and reports put their point first: the lead sentence is the single best summary sentence.
LEAD_BONUS = 0.5
CLAUSE_SPLIT = re.compile(r"(?<=[，,；;：:])")
RESULT_CUES = ("实现", "完成", "突破", "同比", "增长", "累计", "达到", "新增", "净增", "创历史", "创新高", "获批", "建成",
               "签约")
# Labels that introduce a paragraph on news pages; not part of what the paragraph says.
LEAD_LABEL = re.compile(r"^(?:导读|导语|核心提示|摘要|编者按|内容提要)[:：]\s*")
INFORMATIVE = re.compile(r"\d|[十百千万亿]")
TARGET_CUES = ("力争", "确保", "目标", "计划", "预计", "争取", "力促")
FUTURE_SECTION = re.compile(r"^(?:新的一年|下一步|下步|今后|明年|展望|接下来|今年以来?将|未来)")
FUTURE_HEADING = re.compile(r"(?:措施|下步|下一步|计划|目标|打算|思路|举措|任务|重点工作)")
CONTEXT_HEADING = re.compile(r"(?:感受|体会|经验|考察|启示|借鉴|差距|学习)")
# Clauses that say how or in what spirit, rarely what happened: the first to go when compressing.
FLUFF_CLAUSE = re.compile(
    r"^(?:以|在|按照|围绕|坚持|通过|深入|全面|大力|坚定不移|树牢|紧扣|锚定|聚焦|立足|对标|紧盯|依托|"
    r"持续|不断|积极|切实|进一步|充分|始终|扎实|着力|全力|奋力|努力|坚决|认真|牢固|用|靠|为|把|将|让|使)"
)
EN_FLUFF = re.compile(r"^(?:however|moreover|in addition|meanwhile|furthermore)\b", re.I)


def _bigrams(text: str, language: str) -> Counter[str]:
    if language == "zh":
        chars = [c for c in text if c.isalnum()]
        return Counter(a + b for a, b in zip(chars, chars[1:], strict=False))
    words = re.findall(r"[a-z0-9]+", text.lower())
    return Counter(words)


def _tfidf(vectors: list[Counter[str]]) -> list[dict[str, float]]:
    df: Counter[str] = Counter()
    for v in vectors:
        df.update(v.keys())
    n = len(vectors) or 1
    idf = {g: math.log((n + 1) / (d + 0.5)) for g, d in df.items()}
    out = []
    for v in vectors:
        w = {g: (1 + math.log(c)) * idf[g] for g, c in v.items()}
        norm = math.sqrt(sum(x * x for x in w.values())) or 1.0
        out.append({g: x / norm for g, x in w.items()})
    return out


def _cos(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(x * b.get(g, 0.0) for g, x in a.items())


def _pair_cosines(vecs: list[dict[str, float]]) -> list[tuple[int, int, float]]:
    """(i, j, _cos(vecs[i], vecs[j])) for every i < j sharing a bigram, from an inverted index.

    Bit for bit what _cos returns: it walks the shorter vector (the first on a tie) and adds
    x * b.get(g, 0.0); the terms for bigrams missing from b are +0.0 (weights are positive), so
    summing only the shared bigrams, in the same order, gives the same float. Pairs sharing no
    bigram (most of them in a long document) cost nothing."""
    lens = [len(v) for v in vecs]
    postings: dict[str, list[int]] = {}
    for k, v in enumerate(vecs):
        for g in v:
            postings.setdefault(g, []).append(k)
    out = []
    for i, a in enumerate(vecs):
        la = lens[i]
        terms: dict[int, list[float]] = {}
        for g, x in a.items():
            for j in postings[g]:
                # i walks the pair (i, j) when _cos(vecs[min], vecs[max]) would walk vecs[i].
                if (j > i and la <= lens[j]) or (j < i and lens[j] > la):
                    t = terms.get(j)
                    if t is None:
                        terms[j] = t = []
                    t.append(x * vecs[j][g])
        for j, t in terms.items():
            out.append((i, j, sum(t)) if i < j else (j, i, sum(t)))
    return out


def _centrality(vecs: list[dict[str, float]]) -> list[float]:
    n = len(vecs)
    if n == 0:
        return []
    if n > LEXRANK_MAX_SENTENCES:
        centroid: Counter[str] = Counter()
        for v in vecs:
            centroid.update(v)
        norm = math.sqrt(sum(x * x for x in centroid.values())) or 1.0
        c = {g: x / norm for g, x in centroid.items()}
        return [_cos(v, c) for v in vecs]
    # LexRank: power iteration over the cosine-similarity graph (threshold 0.1, damping 0.85).
    sims = [[0.0] * n for _ in range(n)]
    for i, j, s in _pair_cosines(vecs):
        if s > 0.1:
            sims[i][j] = sims[j][i] = s
    deg = [sum(row) or 1.0 for row in sims]
    # Each sentence's neighbours in index order: the sums below add the same terms in the same
    # order as a scan of the whole column would, without visiting the zeros.
    nbrs = [[(j, sims[j][i], deg[j]) for j in range(n) if sims[j][i]] for i in range(n)]
    rank = [1.0 / n] * n
    for _ in range(30):
        new = [(0.15 / n) + 0.85 * sum(rank[j] * s / d for j, s, d in nbrs[i]) for i in range(n)]
        if max(abs(a - b) for a, b in zip(new, rank, strict=True)) < 1e-6:
            rank = new
            break
        rank = new
    top = max(rank) or 1.0
    return [r / top for r in rank]


def _overlaps(s: Sentence, spans: list[tuple[int, int]]) -> bool:
    return any(s.start < e and b < s.end for b, e in spans)


def _section_kinds(sentences: list[Sentence]) -> list[str | None]:
    """Default figure kind per sentence from the section it sits in."""
    kinds: list[str | None] = []
    current: str | None = None
    for s in sentences:
        head = s.text[:30]
        top_level = s.heading or (s.enum and re.match(r"^[一二三四五六七八九十]+、", s.text))
        if top_level:
            if FUTURE_HEADING.search(head):
                current = "target"
            elif CONTEXT_HEADING.search(head):
                current = "other"
            elif s.heading:
                current = current if current == "target" else None
        if FUTURE_SECTION.match(s.text):
            current = "target"
        kinds.append(current)
    return kinds


def _context_years(sentences: list[Sentence]) -> list[str | None]:
    years: list[str | None] = []
    para, year = -1, None
    for s in sentences:
        if s.paragraph != para:
            para, year = s.paragraph, None
        found = YEAR_RE.findall(s.text)
        years.append(year)
        if found:
            year = found[-1]
    return years


def _informative(clause: str) -> bool:
    if INFORMATIVE.search(clause):
        return True
    return not FLUFF_CLAUSE.match(clause) and any(k in clause for k in RESULT_CUES + TARGET_CUES)


def _compress(text: str, language: str) -> str:
    """Drop how-and-why clauses from a sentence that reports facts, keeping its opening (time or
    actor) and every clause with a figure or a result/target cue. A sentence with no facts is
    kept whole: cutting it leaves fragments."""
    text = LEAD_LABEL.sub("", text)
    if language != "zh":
        return text
    clauses = [c for c in CLAUSE_SPLIT.split(text) if c]
    if len(clauses) <= 2 or not any(_informative(c) for c in clauses[1:]):
        return text
    kept = []
    # A short opening ("2022年，", "截至目前，") is only the time: the actor is in the next clause.
    opening = 2 if len(re.sub(r"\W", "", clauses[0])) <= 8 else 1
    for i, c in enumerate(clauses):
        if _informative(c) or (i == 0 and not FLUFF_CLAUSE.match(c)) or (
            i < opening and not FLUFF_CLAUSE.match(c) and len(c) <= 30  # long ones are slogans
        ):
            kept.append(c)
    out = "".join(kept)
    return re.sub(r"[，,；;：:]$", "", out.rstrip()) if out else text


def _balance_quotes(text: str) -> str:
    """A sentence cut from a long quotation keeps its opening mark; close it."""
    for op, cl in (("“", "”"), ("‘", "’"), ("「", "」"), ("《", "》")):
        missing = text.count(op) - text.count(cl)
        if missing > 0:
            text += cl * missing
        elif missing < 0:
            text = op * -missing + text
    return text


def _end(text: str, language: str) -> str:
    text = text.rstrip()
    if language == "zh":
        text = re.sub(r"[，,；;：:、]+$", "", text)
        if not re.search(r"[。！？!?”’」』）)]$", text):
            text += "。"
        return _balance_quotes(text)
    if not text.endswith((".", "!", "?", '"')):
        text += "."
    return text


def _usable(s: Sentence, suspect: list[tuple[int, int]], language: str) -> bool:
    if s.heading or _overlaps(s, suspect):
        return False
    body = re.sub(r"\W", "", s.text)
    if language == "zh":
        return len(body) >= 8
    return len(s.text.split()) >= 5


def summarize_extractive(prepared: Prepared, options: SummaryOptions) -> Draft:
    c = prepared.clean
    language = c.language
    budget = options.budget_for(language)
    sentences = prepared.sentences
    suspect = c.suspect

    section_kinds = _section_kinds(sentences)
    years = _context_years(sentences)
    figures_by_sentence: dict[int, list[Figure]] = {}
    for s, kind, year in zip(sentences, section_kinds, years, strict=True):
        if s.heading and not re.search(r"\d", s.text):
            continue
        if _overlaps(s, suspect):
            continue
        figs = extract_figures(s.text, language=language, section_kind=kind, context_year=year)
        if figs:
            figures_by_sentence[s.index] = figs

    units = [s for s in sentences if _usable(s, suspect, language)]
    title = c.title or _title_guess(sentences)
    if not units:
        units = [s for s in sentences if not _overlaps(s, suspect)] or sentences
    units = _dedupe(units, language)
    vecs = _tfidf([_bigrams(s.text, language) for s in units])
    central = _centrality(vecs)
    title_vec = _tfidf([_bigrams(title or "", language)] + [_bigrams(s.text, language) for s in units[:1]])[0]

    scores: list[float] = []
    first_para = units[0].paragraph if units else 0
    for k, (s, cen) in enumerate(zip(units, central, strict=True)):
        figs = figures_by_sentence.get(s.index, [])
        # Money and rates are the headline figures of economic reporting; counts come second.
        weight = sum(1.0 if f.unit in HEADLINE_UNITS else 0.6 for f in figs if f.kind != "other")
        score = 0.6 * cen
        score += 0.6 * min(weight, 3) / 3 + 0.1 * min(len(figs), 3) / 3
        score += 0.15 if any(k2 in s.text for k2 in RESULT_CUES) else 0.0
        score += 0.15 if any(k2 in s.text for k2 in TARGET_CUES) else 0.0
        score += LEAD_BONUS if k == 0 else (0.15 if s.paragraph == first_para else 0.0)
        score += 0.1 if s.enum else 0.0
        score += 0.2 * _cos(title_vec, vecs[k]) if title else 0.0
        if figs and all(f.kind == "other" for f in figs):
            score -= 0.15
        if len(s.text) > 160:
            score -= 0.1
        if not figs and len(re.sub(r"\W", "", s.text)) < 24:
            score -= 0.35  # a section head or a slogan: says little on its own
        if _is_question(s.text):
            score -= 0.3  # a rhetorical question opens an article; it reports nothing
        scores.append(score)

    summary = _compose(units, scores, vecs, budget, language)
    key_points = _key_points(units, scores, figures_by_sentence, language)
    figures = _distinct_figures(f for s in sentences for f in figures_by_sentence.get(s.index, []))
    entities = extract_entities("\n".join(s.text for s in units), language)
    return Draft(summary=summary, key_points=key_points, figures=figures, entities=entities, title=title)


MAX_FIGURES = 200


def _distinct_figures(figures) -> list[Figure]:
    """One row per distinct fact: a number repeated with the same subject and kind (a page that
    repeats its lead, a table pasted twice) is reported once. Bounded so a pathological
    document cannot produce a response of megabytes."""
    out: list[Figure] = []
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
        key = re.sub(r"\W", "", LEAD_LABEL.sub("", s.text))
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
        if len(re.sub(r"\W", "", s.text)) >= 8:
            return s.text.strip()
    return None


def _compose(units: list[Sentence], scores: list[float], vecs: list[dict[str, float]], budget: int,
             language: str) -> str:
    order = sorted(range(len(units)), key=lambda i: -scores[i])
    chosen: list[tuple[int, str]] = []
    used = 0
    sep = 0 if language == "zh" else 1
    # MMR over the best 60 candidates: enough to fill any budget, and keeps composing O(1) in
    # the length of the document.
    candidates = [i for i in order if _stands_alone(units[i], language)][:60]
    floor = scores[order[0]] * 0.5 if order else 0.0
    # The lead goes first when it can stand alone: it frames what the figures are about.
    lead_first = bool(units) and 0 in candidates and scores[0] >= floor and not _is_question(units[0].text)
    pair_cos: dict[tuple[int, int], float] = {}

    def cos_of(i: int, j: int) -> float:
        # Each candidate is compared with each chosen piece once, not once per round.
        c = pair_cos.get((i, j))
        if c is None:
            c = pair_cos[(i, j)] = _cos(vecs[i], vecs[j])
        return c

    while candidates:
        best, best_val = None, -1e9
        if lead_first:
            best, best_val, lead_first = 0, scores[0], False
        for i in ([] if best is not None else candidates):
            redundancy = max((cos_of(i, j) for j, _ in chosen), default=0.0)
            # Long pieces pay for the budget they use, so one sentence cannot crowd out two.
            val = scores[i] - 0.7 * redundancy - 0.003 * max(0, len(units[i].text) - 80)
            if val > best_val:
                best, best_val = i, val
        assert best is not None
        candidates.remove(best)
        if scores[best] < floor:
            break
        piece = _end(_compress(units[best].text, language), language)
        if used + len(piece) + sep > budget:
            # Keep the leading whole clauses of a piece that does not fit, if they say enough.
            piece = _fit(piece, budget - used - sep, language)
            if not piece:
                if budget - used < 25:
                    break
                continue
        chosen.append((best, piece))
        used += len(piece) + sep
    if used < budget * 0.4:
        # A page of short lines (a list of measures, a poem) has few sentences that stand alone:
        # the lines themselves, in order, say what it is about.
        taken = {i for i, _ in chosen}
        for i, u in enumerate(units):
            if i in taken:
                continue
            piece = _end(_strip_marker(_compress(u.text, language)), language)
            if used + len(piece) + sep > budget:
                break
            chosen.append((i, piece))
            used += len(piece) + sep
    if not chosen and units:
        top = units[order[0]].text
        return _end(top[: budget - 1], language)
    chosen.sort(key=lambda x: units[x[0]].start)
    joiner = "" if language == "zh" else " "
    return joiner.join(p for _, p in chosen)


def _is_question(text: str) -> bool:
    return text.rstrip("”’」』）) ").endswith(("？", "?"))


def _fit(piece: str, room: int, language: str) -> str:
    """The longest prefix of whole clauses that fits in `room`, or '' when that is under 40 characters
    or under half of the piece (a stub reads worse than nothing)."""
    if language != "zh" or room < 40:
        return ""
    cut = 0
    for m in re.finditer(r"[，,；;]", piece):
        if m.start() + 1 > room:
            break
        cut = m.start()
    if cut < 40 or cut < len(piece) // 2:
        return ""
    return _end(piece[:cut], language)


def _stands_alone(s: Sentence, language: str) -> bool:
    """Whether a sentence can be a sentence of the summary: not a bare section head."""
    body = re.sub(r"\W", "", s.text)
    if language == "zh":
        return len(body) >= 20 or bool(INFORMATIVE.search(body) and len(body) >= 10)
    return len(s.text.split()) >= 6


def _key_points(units: list[Sentence], scores: list[float], figs: dict[int, list[Figure]],
                language: str) -> list[KeyPoint]:
    score_of = {s.index: sc for s, sc in zip(units, scores, strict=True)}
    # Enumerated measures: each marker starts a group that runs to the next marker.
    groups: list[list[Sentence]] = []
    for s in units:
        if s.enum:
            groups.append([s])
        elif groups and s.paragraph - groups[-1][-1].paragraph <= 1 and not s.heading:
            groups[-1].append(s)
    points: list[tuple[float, int, KeyPoint]] = []
    if len(groups) >= 3:
        for g in groups:
            head = g[0]
            # The head names the measure; the best of the rest says what it achieved or aims at.
            body = [s for s in g[1:] if _stands_alone(s, language)] or g
            best = max(body, key=lambda s: (len(figs.get(s.index, [])) > 0, score_of.get(s.index, 0)))
            text = _strip_marker(_compress(head.text, language))
            evidence = [head.text]
            if best is not head:
                text = _end(text, language)[:-1] + "：" + _compress(best.text, language) \
                    if language == "zh" else f"{text} {best.text}"
                evidence.append(best.text)
            value = max(score_of.get(s.index, 0) for s in g) + 0.2 * bool(any(figs.get(s.index) for s in g))
            points.append((value, head.index, KeyPoint(text=_end(_shorten(text, 110), language), evidence=evidence)))
        points.sort(key=lambda x: -x[0])
        chosen = sorted(points[:6], key=lambda x: x[1])
        return [p for _, _, p in chosen]
    order = sorted(range(len(units)), key=lambda i: -scores[i])
    picked: list[Sentence] = []
    for i in order:
        s = units[i]
        if _is_question(s.text) or not _stands_alone(s, language):
            continue
        picked.append(s)
        if len(picked) == min(5, max(3, len(units) // 4)):
            break
    picked.sort(key=lambda s: s.start)
    return [KeyPoint(text=_end(_shorten(_strip_marker(_compress(s.text, language)), 110), language),
                     evidence=[s.text]) for s in picked]


def _strip_marker(text: str) -> str:
    return re.sub(r"^\s*(?:[一二三四五六七八九十]+是|第[一二三四五六七八九十]+[，,、]?|[（(][一二三四五六七八九十\d]+[）)]"
                  r"|[一二三四五六七八九十]+、|\d+[.、．])\s*", "", text)


def _shorten(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    cut = max(text.rfind(p, 0, limit) for p in "，,；;")
    return text[: cut if cut > limit // 2 else limit]
