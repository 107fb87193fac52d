"""The clean stage as a whole on the seeds: the aligned analysis copy, gold facts kept and boilerplate
dropped, titles, figures, speed.

The seed checks read the gold annotations in ../shared/eval when that folder exists and skip otherwise.
"""

from __future__ import annotations

import json
import re
import sys
import time
from pathlib import Path

import pytest

from service.cleaning import clean, normalize_whitespace, remove_pinyin_notes, repair_mojibake
from service.cleaning.script import aligned_simplified
from tests.support import EVAL, SEEDS


def _normaliser():
    if not (EVAL / "score.py").exists():
        pytest.skip("../shared/eval is not present")
    sys.path.insert(0, str(EVAL))
    try:
        from score import normalise
    finally:
        sys.path.remove(str(EVAL))
    return normalise


def _gold(seed: Path) -> dict:
    path = EVAL / "gold" / f"{seed.stem}.json"
    if not path.exists():
        pytest.skip(f"no gold file for {seed.stem}")
    return json.loads(path.read_text(encoding="utf-8"))


# --------------------------------------------------------------------------- the contract


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.stem)
def test_analysis_copy_is_aligned_and_simplified(seed: Path):
    c = clean(seed.read_text(encoding="utf-8"))
    assert len(c.text) == len(c.analysis)
    assert c.language == "zh"
    for a, b in zip(c.text, c.analysis, strict=True):
        assert a == b or not a.isascii()


# --------------------------------------------------------------------------- seeds vs gold


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.stem)
def test_seed_keeps_every_gold_fact_and_drops_all_boilerplate(seed: Path):
    normalise = _normaliser()
    gold = _gold(seed)
    text = normalise(clean(seed.read_text(encoding="utf-8")).text)
    missing = [f["quote"] for f in gold["facts"] if normalise(f["quote"]) not in text]
    assert missing == []
    leaked = [
        frag
        for block in gold["boilerplate"]
        for frag in re.split(r"[\n|｜]+", block)
        if len(normalise(frag)) >= 8 and normalise(frag) in text
    ]
    assert leaked == []


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.stem)
def test_seed_title_is_found(seed: Path):
    normalise = _normaliser()
    gold = _gold(seed)
    c = clean(seed.read_text(encoding="utf-8"))
    if gold.get("title"):
        assert c.title and normalise(c.title) == normalise(gold["title"])


def _figure_sentences(text: str) -> list[str]:
    sentences = [
        re.sub(r"\s+", "", s) for line in text.split("\n") for s in re.split(r"(?<=[。！？!?；;])", line)
    ]
    return [s for s in sentences if re.search(r"\d", s) and len(s) >= 12 and s[-1] in "。！？!?；;"]


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.stem)
def test_no_article_sentence_with_a_figure_is_lost(seed: Path):
    """Every sentence of the input that carries a number and is not page chrome survives."""
    raw = seed.read_text(encoding="utf-8")
    c = clean(raw)
    kept = re.sub(r"\s+", "", c.analysis)
    src = aligned_simplified(remove_pinyin_notes(repair_mojibake(normalize_whitespace(raw))[0])[0])
    # a news-agency prefix goes, the sentence after it must stay
    src = re.sub(r"(?m)^本报讯[(（][^)）]*[)）]", "", src)
    chrome = re.compile(
        r"版权|声明|热线|ICP|点赞|评论|发布时间|来源|要闻|专题|本站|本网|侵权|年前发布|编\s?辑"
    )
    lost = [
        s
        for s in _figure_sentences(src)
        if not chrome.search(s) and s not in kept and not re.search(r"[!][\u4e00-\u9fff]", s)
    ]
    assert lost == []


def test_seed_clean_is_fast():
    texts = [p.read_text(encoding="utf-8") for p in SEEDS]
    for t in texts:
        clean(t)  # warm: OpenCC dictionaries, regex compilation
    start = time.perf_counter()
    for t in texts:
        clean(t)
    per_doc = (time.perf_counter() - start) / max(1, len(texts))
    assert per_doc < 0.05  # about 5-10 ms on a laptop; generous for a loaded CI box
