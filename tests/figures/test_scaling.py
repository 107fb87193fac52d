"""Reading a sentence takes time in proportion to its length, however many figures it holds: a
pathological document (thousands of figures in one sentence, a table of thousands of rows) must not
hold a request for minutes. Measured as a ratio of two sizes, so the machine's speed cancels out."""

from __future__ import annotations

import time

from service.figures import extract_figures


def _seconds(sentence: str, language: str) -> float:
    runs = []
    for _ in range(2):
        started = time.perf_counter()
        extract_figures(sentence, language=language)
        runs.append(time.perf_counter() - started)
    return min(runs)


def test_an_english_sentence_of_many_figures_is_read_in_linear_time():
    def sentence(n: int) -> str:
        return "Revenue rose " + ", ".join(f"{i % 90 + 1}% in region {i}" for i in range(n)) + "."

    small, large = _seconds(sentence(400), "en"), _seconds(sentence(1600), "en")
    # Four times the figures: about four times the time. Each figure's baseline test read the
    # sentence from its start, sixteen times (36 s for 3,000 figures).
    assert large < 8 * small, (small, large)


def test_a_chain_of_spreads_gives_one_mean_not_one_a_number():
    figs = extract_figures("Mean was " + "1.2 ± " * 50 + "3 mmHg.", language="en")
    assert [f.text for f in figs] == ["1.2"]
