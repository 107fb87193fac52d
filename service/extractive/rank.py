"""Ranking: LexRank centrality over character-bigram TF-IDF vectors.

Centroid similarity replaces the graph for very long documents, where it would be quadratic.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from itertools import accumulate, chain, repeat
from operator import add, mul, sub, truediv

LEXRANK_MAX_SENTENCES = 400


# Everything but letters and digits: str.isalnum() is exactly \w without the underscore.
NOT_ALNUM = re.compile(r"[\W_][\W_]*")


def bigrams(text: str, language: str, dense: str | None = None) -> Counter[str]:
    """Character bigrams of the letters and digits (Chinese) or the words (other languages);
    `dense` is the text without \\W characters when the caller has it (only '_' is left to drop)."""
    if language == "zh":
        chars = dense.replace("_", "") if dense is not None else NOT_ALNUM.sub("", text)
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
    """Walks the shorter vector (the first on a tie), adding x * b.get(g, 0.0) in its order (the
    loop in C; the same operations in the same order as the plain loop)."""
    if len(a) > len(b):
        a, b = b, a
    return sum(map(mul, a.values(), map(b.get, a, repeat(0.0))))


def pair_cosines(vecs: list[dict[str, float]]) -> dict[tuple[int, int], float]:
    """{(i, j): cos(vecs[i], vecs[j])} for every i < j sharing a bigram, from an inverted index.

    Bit for bit what `cos` returns: it walks the shorter vector (the first on a tie) and adds
    x * b.get(g, 0.0) in that vector's order; the terms for bigrams missing from b are +0.0
    (weights are positive), so adding only the shared bigrams, in the same order, gives the same
    float. Each pair is added up once, by the vector `cos` walks: vectors are visited shortest
    first and every postings list is in that order, so the partners a vector walks are the ones
    after it in the lists. Bigrams of one sentence only are in no pair; pairs sharing no bigram
    (most of them in a long document) cost nothing."""
    seen: set[str] = set()
    shared: set[str] = set()
    for v in vecs:
        shared |= seen.intersection(v)
        seen.update(v)
    postings: dict[str, list[tuple[int, float]]] = {g: [] for g in shared}
    walks = []
    for k in sorted(range(len(vecs)), key=lambda k: (len(vecs[k]), k)):
        v = vecs[k]
        mine = []
        for g in filter(postings.__contains__, v):
            x = v[g]
            p = postings[g]
            mine.append((x, p, len(p) + 1))
            p.append((k, x))
        walks.append((k, mine))
    out: dict[tuple[int, int], float] = {}
    for i, mine in walks:
        acc: dict[int, float] = {}
        get = acc.get
        for x, p, after in mine:
            for j, y in p[after:]:
                acc[j] = get(j, 0.0) + x * y
        for j, s in acc.items():
            out[(i, j) if i < j else (j, i)] = s
    return out


class Similarity:
    """cos(vecs[i], vecs[j]) for the composer: read from `pair_cosines` when it was computed (a
    pair sharing no bigram is 0.0), computed (once) otherwise. On a tie in length `cos` walks its
    first argument, so cos(vecs[i], vecs[j]) with i > j may add in another order than the pair
    (j, i) was added up in: that case is computed too."""

    def __init__(self, vecs: list[dict[str, float]], pairs: dict[tuple[int, int], float] | None):
        self.vecs = vecs
        self.pairs = pairs
        self._computed: dict[tuple[int, int], float] = {}

    def __call__(self, i: int, j: int) -> float:
        if self.pairs is not None and (i < j or len(self.vecs[i]) != len(self.vecs[j])):
            return self.pairs.get((i, j) if i < j else (j, i), 0.0)
        c = self._computed.get((i, j))
        if c is None:
            c = self._computed[i, j] = cos(self.vecs[i], self.vecs[j])
        return c


def centrality(vecs: list[dict[str, float]], pairs: dict[tuple[int, int], float] | None = None) -> list[float]:
    """LexRank scores scaled to a maximum of 1; `pairs` is `pair_cosines(vecs)` (computed here if
    not given) and is not used for documents of more than LEXRANK_MAX_SENTENCES sentences."""
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
    if pairs is None:
        pairs = pair_cosines(vecs)
    # LexRank: power iteration over the cosine-similarity graph (threshold 0.1, damping 0.85).
    rows: list[list[tuple[int, float]]] = [[] for _ in range(n)]
    for (i, j), s in pairs.items():
        if s > 0.1:
            rows[i].append((j, s))
            rows[j].append((i, s))
    # A sentence's neighbours in index order: sums over them add the same terms in the same order
    # as a scan of its whole row of the similarity matrix would (the zeros add nothing).
    for row in rows:
        row.sort()
    deg = [sum(s for _, s in row) or 1.0 for row in rows]
    cols = [j for row in rows for j, _ in row]
    sims = [s for row in rows for _, s in row]
    degs = [deg[j] for j in cols]
    ends = list(accumulate(map(len, rows), initial=0))
    spans = list(map(slice, ends, ends[1:]))
    base = 0.15 / n
    rank = [1.0 / n] * n
    for _ in range(30):
        # base + 0.85 * sum(rank[j] * s / d over the neighbours), with the loops in C (map): the
        # same operations in the same order (a sentence with no neighbours gets base + 0.85 * 0).
        terms = list(map(truediv, map(mul, map(rank.__getitem__, cols), sims), degs))
        new = list(map(add, repeat(base), map(mul, repeat(0.85), map(sum, map(terms.__getitem__, spans)))))
        if max(map(abs, map(sub, new, rank))) < 1e-6:
            rank = new
            break
        rank = new
    top = max(rank) or 1.0
    return [r / top for r in rank]
