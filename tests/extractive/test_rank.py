"""Ranking: which sentences are alike, and which are central to a document."""

from __future__ import annotations

import pytest

from service.extractive.rank import Vectors, bigrams, centrality, cos, tfidf

ENGLISH = [
    "Advertising revenue at weekly papers has fallen by 64% since 2008, as classified ads moved online.",
    "The United States lost 127 local newspapers in the past year, a study by Medill found.",
    "Every Thursday morning, Tom Becker loaded bundles of papers into his pickup truck before sunrise.",
    "A $500 million initiative announced in 2023 has funded 205 newsrooms and local reporters.",
    "It is what it is, and that was all there was to it.",
]


def test_english_sentences_that_share_only_stop_words_are_not_alike():
    vecs = Vectors(["The plan is in the works for the city.", "The cat is in the garden of the house."], "en")
    assert vecs.cosines()[0, 1] == 0.0
    assert bigrams("It is what it is.", "en") == {}


def test_the_arrays_give_the_similarities_the_dict_vectors_define():
    vecs = Vectors(ENGLISH, "en")
    dicts = tfidf([bigrams(t, "en") for t in ENGLISH])
    matrix = vecs.cosines()
    for a in range(len(ENGLISH)):
        for b in range(len(ENGLISH)):
            if a != b:
                assert matrix[a, b] == pytest.approx(cos(dicts[a], dicts[b]), abs=1e-12)


def test_a_sentence_sharing_words_with_many_is_central_even_when_no_pair_is_close():
    # Long sentences that share one word each: every cosine is small (below the 0.1 that a
    # thresholded graph would keep), yet the hub shares a word with three others and the last
    # sentence with none.
    texts = [
        "Harbor cranes unloaded grain barges while tugboats maneuvered beside rusting warehouses at dawn.",
        "Orchard growers reported apples ripening early under unusually warm skies across northern valleys.",
        "Glacier researchers measured meltwater flowing faster through crevasses than models predicted.",
        "Harbor orchard glacier budgets expanded.",
        "Violinists rehearsed sonatas quietly inside candlelit chapels.",
    ]
    vecs = Vectors(texts, "en")
    cosines = vecs.cosines()
    assert 0 < cosines[3, 0] < 0.1
    central = centrality(vecs, cosines)
    assert central[3] == max(central)
    assert central[4] == min(central) < central[0]
