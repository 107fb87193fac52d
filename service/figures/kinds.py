"""Kinds: whether a figure was achieved, is a target, or only describes (other).

Decided from cue words in the sentence before the number (力争/确保/计划 … → target; 完成/实现/
同比 … → achieved), the section the sentence sits in, and for English the clause around the number.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from .clauses import clause_end, clause_start
from .numbers import NumberSpan

TARGET_CUES = ["力争", "确保", "目标", "计划", "预计", "争取", "力促", "拟", "努力", "预期", "有望", "将要",
               "将", "要", "年内", "下一步", "下步", "今后", "加快推出", "加快", "规划", "打造", "迈向", "冲刺"]
# Strong achieved cues override a target cue seen earlier in the sentence.
ACHIEVED_STRONG = ["已", "截至", "截止", "同比", "累计", "比年初", "较上年", "较去年", "去年", "上年",
                   "历史新高", "成功", "获批", "获评"]
ACHIEVED_CUES = ["完成", "实现", "突破", "达到", "达", "增长", "新增", "净增", "拥有", "建成", "出台",
                 "引进", "落户", "招引", "签约", "开工", "竣工", "提供", "增加", "集聚"]
CONTEXT_CUES = ["如", "比如", "例如", "譬如"]
EN_TARGET_CUES = ["aim", "target", "plan", "will ", "expect", "goal", "strive", "seek", "forecast",
                  "projected", "intend", "by 20", "budgeted", "would ", "is to ", "are to "]
EN_ACHIEVED_CUES = ["reached", "achieved", "rose", "grew", "increased", "completed", "recorded",
                    "totaled", "totalled", "was ", "were ", "had ", "last year", "up ", "down ", "created",
                    "added", "adding", "opened", "built", "delivered", "generated", "attracted", "invested",
                    "hired", "employed", "sold", "exported", "produced", "signed", "approved", "posted",
                    "reported", "fell", "declined", "dropped", "gained", "jumped", "climbed", "surged",
                    "handled", "a rise of", "an increase of", "a fall of", "a drop of", "reached", "doubled",
                    "welcomed", "served", "received", "won", "earned", "made", "spent", "paid"]

# How far back a cue word or a year may stand and still govern a number. Bounding it keeps one
# pathological line with thousands of numbers linear, and a cue 200 characters back governs
# nothing in real prose anyway.
CUE_WINDOW = 200
# "…超千亿”奋斗目标", "…的目标任务": the goal is named right after the number.
TARGET_AFTER = re.compile(r"^[”’\"」]?(?:的)?(?:奋斗|发展|年度|工作)?(?:目标|任务)")


class CueIndex:
    """Positions of every cue word in one sentence, found in one pass each, so classifying
    each number is a binary search rather than a scan of the text before it."""

    def __init__(self, sentence: str):
        self.pos = {name: [m.start() for m in rx.finditer(sentence)] for name, rx in _CUE_RES.items()}

    def last(self, name: str, lo: int, hi: int) -> int:
        """Start of the last cue of this class inside [lo, hi), or -1."""
        p = self.pos[name]
        k = bisect_left(p, hi) - 1
        while k >= 0 and p[k] >= lo:
            return p[k]
        return -1


def _lookahead(words: list[str]) -> re.Pattern[str]:
    return re.compile("(?=(?:" + "|".join(map(re.escape, sorted(words, key=len, reverse=True))) + "))")


_CUE_RES = {
    "target": _lookahead(TARGET_CUES),
    "strong": _lookahead(ACHIEVED_STRONG),
    "achieved": _lookahead(ACHIEVED_CUES),
}


def kind_zh(cues: CueIndex, sentence: str, start: int, section_kind: str | None) -> str:
    """Kind from the cue words in the window of sentence text before the number."""
    lo = max(0, start - CUE_WINDOW)
    last_target = cues.last("target", lo, start)
    last_strong = cues.last("strong", lo, start)
    last_ach = cues.last("achieved", lo, start)
    if last_target >= 0 and last_strong < last_target:
        return "target"
    if last_strong >= 0 or last_ach >= 0:
        if section_kind == "other" and last_strong < 0:
            return "other"
        return "achieved"
    if sentence[lo:start].lstrip().startswith(tuple(CONTEXT_CUES)):
        return "other"
    return section_kind or "achieved"


def kind_en(sentence: str, sp: NumberSpan, section_kind: str | None) -> str:
    """English puts the verb after the figure as often as before it ("3,000 jobs were created"):
    look at the clause around the number first, then at the sentence before it."""
    cs, ce = clause_start(sentence, sp.start), clause_end(sentence, sp.end)
    for text in (sentence[cs:ce].lower(), sentence[max(0, sp.start - CUE_WINDOW) : sp.start].lower()):
        t = max((text.rfind(c) for c in EN_TARGET_CUES), default=-1)
        a = max((text.rfind(c) for c in EN_ACHIEVED_CUES), default=-1)
        if t >= 0 or a >= 0:
            return "target" if t > a else "achieved"
    return section_kind or "other"

