"""Tests of service/figures; `one` finds the figure written `text` in a sentence."""

from service.figures import extract_figures


def one(sentence: str, text: str):
    figs = [f for f in extract_figures(sentence) if f.text == text]
    assert figs, f"{text!r} not found in {[f.text for f in extract_figures(sentence)]}"
    return figs[0]
