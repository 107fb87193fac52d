"""Figures: every number of a sentence that is a reported quantity, with its kind, subject and quote.

A figure is   [prefix qualifier] NUMBER [multipliers] [inner qualifier] UNIT [suffix qualifier]
- NUMBER: Arabic (1,200 / 15.6 / full-width digits) or Chinese numerals (千, 二十三, 两)
- multipliers: 十 百 千 万 亿 (chained: 千万, 万亿)
- qualifiers: 超 近 约 逾 超过 (before), 余 多 (inside), 以上 左右 以内 (after)
- UNIT: currency (元 美元 …), % and 个百分点, counts (个 家 项 只 …), measures (亩 吨 平方米 兆瓦 …)
A number needs a unit, a multiplier or a percent sign to be a figure: dates (2023年, 7月22日),
clock times, phone and registration numbers, codes in quotes (“1237”) and ordinals (第3) are not.

`text` keeps what was written, qualifiers included ("80余家", "6个以上", "超千亿"); `value` is the
normalized number (60亿元 -> 6e9) and `unit` the base unit (元, %, 个). The kind comes from cue
words in the sentence before the number; the subject is the phrase the number measures.
One module per concern: `numbers` (the number grammar and normalization), `kinds` (achieved /
target / other), `subjects` (subject, period, quote), `clauses` (clause boundaries they share).
"""

from __future__ import annotations

import re

from ..schemas import FigureDraft
from .kinds import SIZE_RULES, Decision, Kind, SentenceContext, check, decide_en, decide_zh
from .numbers import NumberSpan, cn_to_number, find_numbers, parse_quantity
from .subjects import YEAR_RE, period, period_years, quote, respectively, subject
from .subjects_en import subject_en

__all__ = [
    "YEAR_RE", "Decision", "Kind", "NumberSpan", "SentenceContext", "check", "cn_to_number", "extract_figures",
    "find_numbers", "kind_of_quote", "parse_quantity", "period_years",
]


# Between the two ends of an English range: "$5.2 billion and $5.4 billion", "10 to 12%".
EN_RANGE = re.compile(r"\s*(?:to|and|or|-|–)\s*")


def extract_figures(
    sentence: str,
    *,
    language: str = "zh",
    context: SentenceContext | None = None,
    context_year: str | None = None,
    doc_year: str | None = None,
) -> list[FigureDraft]:
    """Figures in one sentence; `quote` is the sentence itself (trimmed to the clause when long).

    `context` says what the text around the sentence says (the section's kind, the kind the
    previous sentence ended on); `context_year` is the year in force for the period, `doc_year` the
    year the document was published (what 今年 and 去年 count from)."""
    spans = find_numbers(sentence, language)
    if not spans:
        return []
    context = context or SentenceContext()
    subjects: list[str] = []
    prev: str | None = None
    prev_end: int | None = None
    for sp in spans:
        subj = subject(sentence, sp, prev) if language == "zh" else subject_en(sentence, sp, prev, prev_end)
        subjects.append(subj)
        prev, prev_end = subj or prev, sp.end
    if language == "zh":
        subjects = respectively(sentence, spans, subjects)
    figures: list[FigureDraft] = []
    anchor: Decision | None = None  # the last decision a growth rate or a share can continue
    last: NumberSpan | None = None
    for sp, subj in zip(spans, subjects, strict=True):
        if language == "zh":
            decision = decide_zh(sentence, sp, context, anchor)
            if decision.rule not in SIZE_RULES or anchor is None:
                anchor = decision
        elif last is not None and anchor is not None and EN_RANGE.fullmatch(sentence[last.end : sp.start]):
            decision = anchor  # "$4.9 billion to $5.1 billion": the range's ends are one kind
        else:
            decision = anchor = decide_en(sentence, sp, context)
        last = sp
        figures.append(
            FigureDraft(
                subject=subj,
                text=sp.text,
                value=sp.value,
                unit=sp.unit,
                kind=decision.kind,
                period=period(sentence, sp.start, context_year, language, doc_year),
                quote=quote(sentence, sp, language),
            )
        )
    return figures


def kind_of_quote(quote_text: str, number_text: str, language: str) -> Decision | None:
    """The rules' decision for the number written `number_text` inside `quote_text` (the LLM path
    checks the model's kinds with this), or None when the grammar does not find that number."""
    decision: Decision | None = None
    for sp in find_numbers(quote_text, language):
        if language == "zh":
            decision = decide_zh(quote_text, sp, SentenceContext(), decision)
        else:
            decision = decide_en(quote_text, sp, SentenceContext())
        if sp.text == number_text or number_text in sp.text or sp.text in number_text:
            return decision
    return None
