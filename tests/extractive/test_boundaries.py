"""Summaries and key points end on a sentence or a word boundary, in every language and budget."""

from __future__ import annotations

import re

import pytest

from service.llm.draft import trim
from service.pipeline import summarize
from service.schemas import SummaryOptions
from tests.support import DOCUMENTS, extractive_settings

HARBOR = (DOCUMENTS / "harbor_en.txt").read_text(encoding="utf-8")
LONG_SENTENCE = (
    "The regional development agency said on Thursday that it had approved a combined package of grants, loans "
    "and tax credits worth 480 million dollars for the modernisation of the northern rail corridor, the "
    "electrification of two freight lines and the construction of three intermodal terminals near the border."
)


def words_of(text: str) -> set[str]:
    return set(re.findall(r"[A-Za-z]+", text))


@pytest.mark.parametrize("budget", [40, 60, 90, 150, 300])
def test_english_summary_never_ends_inside_a_word(budget: int):
    for doc in (HARBOR, LONG_SENTENCE + " " + HARBOR):
        s = summarize(doc, SummaryOptions(mode="extractive", max_chars=budget), settings=extractive_settings())
        assert 0 < len(s.summary) <= budget
        assert s.summary.endswith((".", "!", "?", "…", '"', "”")), s.summary
        last = re.findall(r"[A-Za-z]+", s.summary)[-1]
        assert last in words_of(doc), f"{last!r} is a cut word: {s.summary!r}"


def test_english_key_points_keep_whole_words():
    s = summarize(LONG_SENTENCE + "\n\n" + HARBOR, SummaryOptions(mode="extractive"), settings=extractive_settings())
    source_words = words_of(LONG_SENTENCE + HARBOR)
    for kp in s.key_points:
        assert words_of(kp.text) <= source_words, kp.text
        assert kp.text.endswith((".", "!", "?", "…")), kp.text
    assert s.key_points


def test_llm_summary_trim_cuts_at_a_sentence_then_at_a_word():
    text = "Harbor traffic reached 1.8 million containers. The upgrade raises capacity to 2.5 million a year."
    assert trim(text, 60) == "Harbor traffic reached 1.8 million containers."
    cut = trim(LONG_SENTENCE, 100)
    assert len(cut) <= 100 and cut.endswith("…") and words_of(cut) <= words_of(LONG_SENTENCE)
    assert trim("两千亿元的产业集群正在形成规模效应并带动上下游企业", 10) == "两千亿元的产业集群正"
