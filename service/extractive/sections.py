"""The context a sentence sits in: the section's default figure kind and the year in force.

Plans are announced by 下一步 / 新的一年 / a 措施 heading; lessons from elsewhere by 考察 / 经验.
"""

from __future__ import annotations

import re

from ..figures import YEAR_RE
from ..segment import Sentence

FUTURE_SECTION = re.compile(r"^(?:新的一年|下一步|下步|今后|明年|展望|接下来|今年以来?将|未来)")
FUTURE_HEADING = re.compile(r"(?:措施|下步|下一步|计划|目标|打算|思路|举措|任务|重点工作)")
CONTEXT_HEADING = re.compile(r"(?:感受|体会|经验|考察|启示|借鉴|差距|学习)")


def section_kinds(sentences: list[Sentence]) -> list[str | None]:
    """Default figure kind per sentence from the section it sits in."""
    kinds: list[str | None] = []
    current: str | None = None
    for s in sentences:
        head = s.text[:30]
        top_level = s.heading or (s.enum and re.match(r"^[一二三四五六七八九十]+、", s.text))
        if top_level:
            if FUTURE_HEADING.search(head):
                current = "target"
            elif CONTEXT_HEADING.search(head):
                current = "other"
            elif s.heading:
                current = current if current == "target" else None
        if FUTURE_SECTION.match(s.text):
            current = "target"
        kinds.append(current)
    return kinds


def context_years(sentences: list[Sentence]) -> list[str | None]:
    years: list[str | None] = []
    para, year = -1, None
    for s in sentences:
        if s.paragraph != para:
            para, year = s.paragraph, None
        found = YEAR_RE.findall(s.text)
        years.append(year)
        if found:
            year = found[-1]
    return years

