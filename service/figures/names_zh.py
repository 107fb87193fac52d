"""Chinese numbers inside a name: a campaign, a slogan, a policy or a document named in quotation marks or title marks
("百场演出进景区", "15分钟健身圈", 《桐岭县人才新政30条》). The number is part of what the thing is called, so the figure's subject
is the name itself, marked as one ('“15分钟健身圈”（名称）'), not the words before it ("精心组织", "市政府出台《…")."""

from __future__ import annotations

from ..re_cache import compile_re
from .numbers import NumberSpan

# (title marks first: a document's title may quote its own short name, 《…监管“12条”措施》)
_MARKS = {"《": "》", "“": "”", "「": "」"}
_LONGEST_NAME = 24
_LONGEST_QUOTED = 12
# A statement quoted, not a name: a bound, a change or a goal ("工业开票销售突破70亿元", "不低于55%", "年均增长7%左右"), a list
# of values ("城区1元、城乡2元"); nor words quoted as someone said them ("这笔钱够给店里添两台新冰柜了").
_STATEMENT = compile_re(r"突破|不低于|不超过|不少于|不高于|增长|下降|达到|以上|以下|左右|力争|确保|[、，,；;。：:！？!?了吗呢啊吧我你他她咱]")


def name_subject(sentence: str, span: NumberSpan) -> str:
    """'“15分钟健身圈”（名称）' for a number inside a quoted or titled name, else ''."""
    start = max(0, span.start - _LONGEST_NAME)
    for opening, closing in _MARKS.items():
        at = sentence.rfind(opening, start, span.start)
        if at < 0 or closing in sentence[at : span.start]:
            continue
        end = sentence.find(closing, span.end, span.end + _LONGEST_NAME)
        if end < 0 or opening in sentence[span.end : end] or _STATEMENT.search(sentence, at, end) \
                or opening == "“" and end - at - 1 > _LONGEST_QUOTED:
            continue
        return f"{sentence[at : end + 1]}（名称）"
    return ""
