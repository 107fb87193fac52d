"""Ranking: continuous LexRank centrality over TF-IDF vectors of character bigrams (Chinese) or
words (English, stop words left out).

Centroid similarity replaces the graph for very long documents, where it would be quadratic.

The vectors of a document's sentences are flat numpy arrays, and every sum of a similarity is one
that numpy adds in order (np.bincount walks its input from first to last; np.sum would add
pairwise): each similarity is the one the plain Python loops over dicts gave, bit for bit, at a
fraction of the cost. The LexRank walk over them is a matrix product per round; it stops when no
score moves by 1e-6, so the last bits of its sums do not matter.
"""

from __future__ import annotations

import math
from collections import Counter
from itertools import chain, repeat
from operator import add, mul, truediv

import numpy as np

from ..re_cache import compile_re

LEXRANK_MAX_SENTENCES = 400


# Everything but letters and digits: str.isalnum() is exactly \w without the underscore.
NOT_ALNUM = compile_re(r"[\W_][\W_]*")
WORD = compile_re(r"[a-z0-9]+")
# Words that occur in any English sentence whatever it is about. Left in, they make two sentences
# alike for sharing "are" and "in", and a short sentence of them ("Some foundations are stepping
# in.") the most central of a story.
EN_STOPWORDS = frozenset(
    "a an the of in on at to for from by with and or but nor as is are was were be been being has have had having "
    "will would shall should can could may might must do does did done not no so if then than that this these "
    "those it its it's they them their theirs he him his she her hers we us our ours you your i me my who whom "
    "whose which what when where why how all any both each few many more most much other some such only own "
    "same too very just also about above after again against before below between into through during over "
    "under up down out off once here there s t".split())
# A bigram of code points a, b is the integer a << 21 | b (code points have 21 bits); the
# sentence it belongs to goes above, in the bits from KEY_BITS.
KEY_BITS = 42
SEP = 10  # "\n": in no sentence's dense text, so it separates them


def bigrams(text: str, language: str, dense: str | None = None) -> Counter[str]:
    """Character bigrams of the letters and digits (Chinese) or the words but stop words (other languages);
    `dense` is the text without \\W characters when the caller has it (only '_' is left to drop)."""
    if language == "zh":
        chars = dense.replace("_", "") if dense is not None else NOT_ALNUM.sub("", text)
        return Counter(map(add, chars, chars[1:]))
    return Counter(w for w in WORD.findall(text.lower()) if w not in EN_STOPWORDS)


def tfidf(vectors: list[Counter[str]]) -> list[dict[str, float]]:
    """(1 + log tf) * idf, normalised to unit length (what `Vectors` computes, for a few dicts)."""
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
    """Walks the shorter vector (the first on a tie), adding x * b.get(g, 0.0) in its order. Every
    similarity here is defined by this walk; `Vectors` reproduces it."""
    if len(a) > len(b):
        a, b = b, a
    return sum(map(mul, a.values(), map(b.get, a, repeat(0.0))))


def _logs(values: np.ndarray, f) -> np.ndarray:
    """f(v) for every element (small non-negative integers), computed with math.log once per
    distinct value (np.log may differ from math.log in the last bit)."""
    table = np.zeros(int(values.max(initial=0)) + 1)
    distinct = np.flatnonzero(np.bincount(values))
    table[distinct] = [f(v) for v in distinct.tolist()]
    return table[values]


class Vectors:
    """The TF-IDF vectors of `tfidf(bigrams(...))` for the sentences, as arrays of entries: entry e
    is bigram `key[e]` of sentence `sid[e]` with weight `weight[e]`, at position `pos[e]` of that
    sentence's dict; a sentence's entries are consecutive and in dict order (first occurrence).
    Keys are integers: two code points (Chinese), a word's number in this document (others)."""

    def __init__(self, texts: list[str], language: str):
        self.n = n = len(texts)
        self.language = language
        self.words: dict[str, int] = {}
        if language == "zh":
            chars = np.frombuffer("\n".join(texts).encode("utf-32-le"), dtype=np.uint32).astype(np.int64)
            keys = chars[:-1] << 21 | chars[1:]
            valid = (chars[:-1] != SEP) & (chars[1:] != SEP)
            sid = np.cumsum(chars[:-1] == SEP)
        else:
            ids = [self._word_ids(t) + [-1] for t in texts]
            keys = np.fromiter(chain.from_iterable(ids), dtype=np.int64)
            valid = keys >= 0
            sid = np.cumsum(~valid) - ~valid
        both, first, counts = np.unique((sid << KEY_BITS | keys)[valid], return_index=True, return_counts=True)
        order = np.argsort(first)
        both, counts = both[order], counts[order]
        self.sid = both >> KEY_BITS
        self.key = both & ((1 << KEY_BITS) - 1)
        self.lens = np.bincount(self.sid, minlength=n)
        starts = np.cumsum(self.lens) - self.lens
        self.pos = np.arange(len(both)) - starts[self.sid]
        _, self.bid, df = np.unique(self.key, return_inverse=True, return_counts=True)
        n1 = n or 1
        w = _logs(counts, lambda c: 1 + math.log(c)) * _logs(df[self.bid], lambda d: math.log((n1 + 1) / (d + 0.5)))
        norm = np.sqrt(np.bincount(self.sid, weights=w * w, minlength=n))
        norm[norm == 0] = 1.0
        self.weight = w / norm[self.sid]

    def _word_ids(self, text: str) -> list[int]:
        ids = self.words
        return [ids.setdefault(w, len(ids)) for w in WORD.findall(text.lower()) if w not in EN_STOPWORDS]

    def keys_of(self, vec: dict[str, float]) -> np.ndarray:
        """The integer keys of a dict vector's bigrams (-1 for a word not in this document)."""
        if self.language == "zh":
            return np.array([ord(g[0]) << 21 | ord(g[1]) for g in vec], dtype=np.int64)
        return np.array([self.words.get(g, -1) for g in vec], dtype=np.int64)

    def similarity_to(self, vec: dict[str, float]) -> list[float]:
        """cos(vec, v) for every sentence's vector v: the sum over their shared bigrams in the
        order of the one `cos` walks (`vec` on a tie)."""
        if not vec or not len(self.key):
            return [0.0] * self.n
        theirs = self.keys_of(vec)
        order = np.argsort(theirs)
        at = np.minimum(np.searchsorted(theirs[order], self.key), len(order) - 1)
        e = np.flatnonzero(theirs[order[at]] == self.key)
        other = order[at[e]]  # the position of each shared bigram in `vec`
        products = self.weight[e] * np.fromiter(vec.values(), np.float64, len(vec))[other]
        sid = self.sid[e]
        walk_pos = np.where(len(vec) <= self.lens[sid], other, self.pos[e])
        by_walk = np.argsort(sid * (max(len(vec), int(self.lens.max())) + 1) + walk_pos)
        return np.bincount(sid[by_walk], weights=products[by_walk], minlength=self.n).tolist()

    def cosines(self, subset: list[int] | None = None) -> np.ndarray:
        """C[a, b] = cos(v_a, v_b) for the sentences of `subset` (all by default): the sum over the
        bigrams they share in the order of the vector `cos` walks, the shorter or v_a on a tie. Only
        pairs sharing a bigram cost anything (most pairs, in a long document)."""
        m = self.n if subset is None else len(subset)
        kept = np.arange(len(self.sid))
        local = self.sid
        if subset is not None:
            index = np.full(self.n, -1)
            index[subset] = np.arange(m)
            kept = np.flatnonzero(index[self.sid] >= 0)
            local = index[self.sid[kept]]
        # Each entry pairs with the other entries of its bigram: A[a, b] adds their products, the
        # terms generated entry by entry, so np.bincount adds a pair's terms in a's order.
        bid = self.bid[kept]
        # (the entries grouped by bigram, each group in entry order: a stable sort by bid, done as a sort of keys that
        # are all distinct, which numpy's default sort does several times faster than its stable one)
        group = np.argsort(bid * len(bid) + np.arange(len(bid)))
        grouped = bid[group]
        new = np.flatnonzero(np.r_[True, grouped[1:] != grouped[:-1]])
        size = np.diff(np.r_[new, len(grouped)])
        first, rank, others = (np.empty(len(group), np.int64) for _ in range(3))
        first[group] = np.repeat(new, size)
        rank[group] = np.arange(len(group)) - first[group]
        others[group] = np.repeat(size - 1, size)
        left = np.repeat(np.arange(len(group)), others)
        k = np.arange(len(left)) - np.repeat(np.cumsum(others) - others, others)
        right = group[first[left] + k + (k >= rank[left])]
        products = self.weight[kept[left]] * self.weight[kept[right]]
        walked = np.bincount(local[left] * m + local[right], weights=products, minlength=m * m).reshape(m, m)
        lens = self.lens if subset is None else self.lens[subset]
        return np.where(lens[:, None] <= lens[None, :], walked, walked.T)

    def centroid_similarity(self) -> list[float]:
        """cos(v, c) for every vector v, c the normalised sum of all vectors (summed sentence by
        sentence, its norm over the bigrams in order of first occurrence)."""
        total = np.bincount(self.bid, weights=self.weight)
        _, first = np.unique(self.bid, return_index=True)
        in_order = total[self.bid[np.sort(first)]]
        norm = math.sqrt(np.bincount(np.zeros(len(in_order), np.int64), weights=in_order * in_order)[0]) or 1.0
        c = total / norm
        return np.bincount(self.sid, weights=self.weight * c[self.bid], minlength=self.n).tolist()


def centrality(vecs: Vectors, cosines: np.ndarray | None) -> list[float]:
    """LexRank scores scaled to a maximum of 1, over the graph of `cosines` (`vecs.cosines()`);
    centroid similarity instead when it is None (more than LEXRANK_MAX_SENTENCES sentences)."""
    n = vecs.n
    if n == 0:
        return []
    if cosines is None:
        return vecs.centroid_similarity()
    # Continuous LexRank: power iteration over the graph weighted by cosine similarity (damping
    # 0.85). No threshold: cutting edges below 0.1 left a short document's graph almost empty
    # (English words, once stop words are out, are shared far less than Chinese bigrams), and one
    # chance edge then decided which two sentences were "central". The pair (i, j), i < j, has the
    # similarity cos(v_i, v_j) in both directions.
    upper = np.triu(cosines, 1)
    graph = upper + upper.T
    deg = graph.sum(axis=1)
    deg[deg == 0] = 1.0
    # rank_i <- 0.15 / n + 0.85 * sum over the neighbours j of rank_j * s_ij / d_j: one product of a
    # small dense matrix and a vector per round (the graph is symmetric, so column j divides by d_j).
    walk = graph / deg
    base = 0.15 / n
    rank = np.full(n, 1.0 / n)
    for _ in range(30):
        new = walk @ rank
        new *= 0.85
        new += base
        converged = np.abs(new - rank).max() < 1e-6
        rank = new
        if converged:
            break
    top = float(rank.max()) or 1.0
    return (rank / top).tolist()


class Similarity:
    """cos between units for the composer, as a matrix over the candidates it weighs: read from
    the document's cosines when they were computed, computed for the candidates otherwise."""

    def __init__(self, vecs: Vectors, cosines: np.ndarray | None):
        self.vecs = vecs
        self.cosines = cosines

    def among(self, units: list[int]) -> np.ndarray:
        if self.cosines is not None:
            return self.cosines[np.ix_(units, units)]
        return self.vecs.cosines(units)
