"""The hand-annotated pages (tests/data/annotated*/): how many of a page's annotated figures the
extractive summary finds, how many of those it reads with the annotated kind, and how well its key points
cover the annotated ones."""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable
from functools import cache
from pathlib import Path

import opencc

from service.pipeline import summarize
from service.schemas import DocumentSummary, Figure, SummaryOptions
from tests.support import extractive_settings


@cache
def _summary(folder: Path, page: str) -> DocumentSummary:
    return summarize((folder / f"{page}.txt").read_bytes(), SummaryOptions(mode="extractive"),
                     settings=extractive_settings())


def _gold(folder: Path, page: str) -> dict:
    return json.loads((folder / f"{page}.json").read_text(encoding="utf-8"))


def agreement(folder: Path, page: str, same: Callable[[str, Figure], bool]) -> tuple[int, int, int, list[str]]:
    """(facts, facts found, found with the annotated kind, the disagreements) of one page; `same`
    says whether a figure is the fact whose value is written so."""
    gold = _gold(folder, page)
    summary = _summary(folder, page)
    found = kinds = 0
    wrong = []
    for fact in gold["facts"]:
        hits = [f for f in summary.figures if same(fact["value"], f)]
        found += bool(hits)
        if any(f.kind == fact["kind"] for f in hits):
            kinds += 1
        elif hits:
            wrong.append(f"{page}: {fact['value']} is {fact['kind']}, read {hits[0].kind} ({fact['quote']})")
    return len(gold["facts"]), found, kinds, wrong


def _words(text: str) -> Counter:
    return Counter(re.findall(r"[a-z0-9]+", text.lower()))


def subject_match(folder: Path, page: str, same: Callable[[str, Figure], bool],
                  tokens: Callable[[str], Counter] = _words) -> tuple[float, int]:
    """(the sum over the page's found facts of the F1 of `tokens` (words; Chinese: bigrams) between the annotated subject
    and the subject of the figure found for it, how many facts were found). Of several figures of the fact's value, the
    one whose quote shares the fact's opening words."""
    total, n = 0.0, 0
    figures = _summary(folder, page).figures
    for fact in _gold(folder, page)["facts"]:
        hits = [f for f in figures if same(fact["value"], f)]
        if not hits:
            continue
        hit = max(hits, key=lambda f: fact["quote"][:20] in f.quote or f.quote[:20] in fact["quote"])
        want, got = tokens(fact["subject"]), tokens(hit.subject or "")
        shared = sum((want & got).values())
        total += 2 * shared / (sum(want.values()) + sum(got.values())) if shared else 0.0
        n += 1
    return total, n


# Traditional -> Simplified, for comparing with the annotations (written in Simplified).
T2S = opencc.OpenCC("t2s")


def bigrams(text: str) -> Counter:
    """Bigrams of Chinese characters in Simplified script (letters and digits kept, punctuation dropped), else of
    lower-cased words. (A Traditional page's points are shown in its script; the annotation is in Simplified.)"""
    if re.search(r"[\u4e00-\u9fff]", text):
        chars = re.sub(r"\W", "", T2S.convert(text))
        return Counter(chars[i : i + 2] for i in range(len(chars) - 1))
    words = re.findall(r"[a-z0-9.%£$€]+", text.lower())
    return Counter(zip(words, words[1:], strict=False))


def _f1(a: str, b: str) -> float:
    x, y = bigrams(a), bigrams(b)
    shared = sum((x & y).values())
    return 2 * shared / (sum(x.values()) + sum(y.values())) if shared else 0.0


def key_point_match(folder: Path, page: str) -> float:
    """How well a page's key points cover its annotated ones: for each annotated point, the bigram F1 of the
    summary's point nearest it; their mean (0 when the summary has none)."""
    wanted = _gold(folder, page).get("key_points") or []
    ours = [k.text for k in _summary(folder, page).key_points]
    return sum(max((_f1(w, o) for o in ours), default=0.0) for w in wanted) / len(wanted) if wanted else 0.0


def title_matches(folder: Path, page: str) -> bool:
    """Whether the summary's title is the annotated one (white space aside, in Simplified script)."""
    def norm(text: str | None) -> str:
        return re.sub(r"\s+", "", T2S.convert(text or ""))

    return norm(_summary(folder, page).title) == norm(_gold(folder, page).get("title"))


# A number as prose shows it, and up to three characters of its unit after it ("93.6% o", "280亿元", "2,184,000").
_NUMBER = re.compile(r"(?<![\d.,])\d[\d,]*(?:\.\d+)?")
_UNIT_AFTER = re.compile(r"[^\s，。；！？、,;!?()（）.…:：]{0,3}")


def unwritten_numbers(folder: Path, page: str) -> list[str]:
    """The numbers a page's summary or key points show, with their unit, that the page does not write (a number cut or
    changed on its way into prose: "93.6% of calls" shown as "6% of calls")."""
    source = (folder / f"{page}.txt").read_text(encoding="utf-8", errors="replace")
    summary = _summary(folder, page)
    unwritten = []
    for text in [summary.summary, *(k.text for k in summary.key_points)]:
        for m in _NUMBER.finditer(text):
            number = m.group().rstrip(".,")
            unit = _UNIT_AFTER.match(text, m.start() + len(number)).group()
            # (not inside a longer number of the page: 6% is no part of 93.6%; one space may part it from its unit)
            if not any(re.search(rf"(?<![\d.])(?<!\d,){re.escape(n)}\s?{re.escape(unit)}", source)
                       for n in {number, number.replace(",", "")}):
                unwritten.append(f"{page}: {number}{unit} in {text[max(0, m.start() - 30) : m.end() + 20]!r}")
    return unwritten
