"""Ranking: LexRank centrality over character-bigram TF-IDF vectors.

Centroid similarity replaces the graph for very long documents, where it would be quadratic.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from itertools import chain, repeat
from operator import add, mul, truediv

LEXRANK_MAX_SENTENCES = 400


# Everything but letters and digits: str.isalnum() is exactly \w without the underscore.
NOT_ALNUM = re.compile(r"[\W_]+")


def bigrams(text: str, language: str) -> Counter[str]:
    if language == "zh":
        chars = NOT_ALNUM.sub("", text)
        return Counter(map(add, chars, chars[1:]))
    words = re.findall(r"[a-z0-9]+", text.lower())
    return Counter(words)


def tfidf(vectors: list[Counter[str]]) -> list[dict[str, float]]:
    """(1 + log tf) * idf, normalised to unit length. The arithmetic of each weight is that of the
    plain loops (same operations, same order); the loops run in C (map) over each vector."""
    df: Counter[str] = Counter()
    for v in vectors:
        df.update(v.keys())
    n = len(vectors) or 1
    idf = dict(zip(df, map(math.log, map(truediv, repeat(n + 1), map(add, df.values(), repeat(0.5)))), strict=True))
    # 1 + log(count) for every count that occurs (a handful of small integers).
    tf = {c: 1 + math.log(c) for c in set(chain.from_iterable(map(Counter.values, vectors)))}
    out = []
    for v in vectors:
        w = list(map(mul, map(tf.__getitem__, v.values()), map(idf.__getitem__, v)))
        norm = math.sqrt(sum(map(mul, w, w))) or 1.0
        out.append(dict(zip(v, map(truediv, w, repeat(norm)), strict=True)))
    return out


def cos(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(x * b.get(g, 0.0) for g, x in a.items())


def pair_cosines(vecs: list[dict[str, float]]) -> list[tuple[int, int, float]]:
    """(i, j, cos(vecs[i], vecs[j])) for every i < j sharing a bigram, from an inverted index.

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
                # i walks the pair (i, j) when cos(vecs[min], vecs[max]) would walk vecs[i].
                if (j > i and la <= lens[j]) or (j < i and lens[j] > la):
                    t = terms.get(j)
                    if t is None:
                        terms[j] = t = []
                    t.append(x * vecs[j][g])
        for j, t in terms.items():
            out.append((i, j, sum(t)) if i < j else (j, i, sum(t)))
    return out


def centrality(vecs: list[dict[str, float]]) -> list[float]:
    n = len(vecs)
    if n == 0:
        return []
    if n > LEXRANK_MAX_SENTENCES:
        centroid: Counter[str] = Counter()
        for v in vecs:
            centroid.update(v)
        norm = math.sqrt(sum(x * x for x in centroid.values())) or 1.0
        c = {g: x / norm for g, x in centroid.items()}
        return [cos(v, c) for v in vecs]
    # LexRank: power iteration over the cosine-similarity graph (threshold 0.1, damping 0.85).
    sims = [[0.0] * n for _ in range(n)]
    for i, j, s in pair_cosines(vecs):
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

