"""Chinese figures given respectively (分别): "新开工、竣工项目数分别达4个、3个" names each member with the noun the list
shares ('新开工项目数', '竣工项目数'), and "…同比分别增长8.9%、8.8%" makes each rate the change of the figure in the same
place before it. `subjects` reads each figure alone first; this tells the members of such a list apart."""

from __future__ import annotations

import re

from ..re_cache import compile_re
from .clauses import clause_start, quote_end
from .numbers import LIST_JOIN, NumberSpan
from .subjects import SUBJECT_LEAD, SUBJECT_TRAIL

_PLACE_END = set("省市县区镇乡村州")
_INTENT_END = compile_re(r"(?:力争|确保|争取|努力|预计|计划|将|要|同比|环比)+$")


_PARALLEL_TAIL = compile_re(r"[\u4e00-\u9fff](?![^、]*(?:等|[两二三四五六七八九十]大))")


def respectively(sentence: str, spans: list[NumberSpan], subjects: list[str]) -> list[str]:
    """'新开工、竣工项目数分别达4个、3个' -> subjects 新开工项目数, 竣工项目数."""
    k = sentence.find("分别")
    if k < 0 or len(spans) > 50:
        return subjects
    subjects = _respective_items(sentence, spans, subjects, k)
    for changes in _RESPECTIVE_CHANGE.finditer(sentence, k):  # (环比分别下降…，同比分别上升…)
        subjects = _respective_changes(sentence, spans, subjects, changes)
    return subjects


def _respective_items(sentence: str, spans: list[NumberSpan], subjects: list[str], k: int) -> list[str]:
    clause_end = quote_end(sentence, k)
    group = [i for i, s in enumerate(spans) if k < s.start < clause_end]
    if len(group) < 2:
        return subjects
    head = sentence[clause_start(sentence, k) : k]
    head = _INTENT_END.sub("", SUBJECT_LEAD.sub("", head))  # (…项目竣工率力争分别达到: no 力争 in the subject)
    items = [x for x in head.split("、") if x]
    if len(items) != len(group):
        items = [x for x in LIST_JOIN.split(head) if x]  # (飞机票和旅游价格分别下降…)
        if len(items) != len(group):
            return subjects
    # The shared noun ("项目数") is the tail of the last item after its own verb.
    last = items[-1]
    shared = ""
    for n in ("项目数", "项目", "企业数", "企业", "数"):
        if last.endswith(n) and len(last) > len(n):
            shared = n
            break
    else:
        # "滨港市、澄州市、安平市用电量", "临江县、石门区平均降雨量": the items end alike (市, or each
        # in a place's suffix), and the last goes on past that end.
        ends = {x[-1] for x in items[:-1]}
        if ends and ends <= _PLACE_END:
            ends = _PLACE_END
        cut = next((p for p, c in enumerate(last) if c in ends), -1) if len(ends) == 1 or ends == _PLACE_END else -1
        if 0 <= cut < len(last) - 1:
            shared = last[cut + 1 :]
        elif len(lengths := {len(x) for x in items[:-1]}) == 1 and 2 <= (width := lengths.pop()) <= 4 and len(last) >= width + 2:
            # (members written in parallel, of one length, "水稻、小麦耕种收综合机械化率", or one more ending alike, "一季度、
            # 前三季度全市…"; not past a word that sums the list up, "新材料、绿色食品两大主导产业产值")
            tail_at = next((m for m in (width, width + 1) if last[m - 1] in ends), width)
            shared = last[tail_at:] if _PARALLEL_TAIL.match(last, tail_at) else ""
    # What follows 分别 before the first member is said of each: "对韩国、日本分别进出口302.5亿元、…".
    said = SUBJECT_TRAIL.sub("", sentence[k + 2 : spans[group[0]].start])
    out = list(subjects)
    for idx, item in zip(group, items, strict=True):
        out[idx] = (item if item.endswith(shared) else item + shared) + said
    return out


# "完成工业总产值442亿元，实现销售收入430亿元，同比分别增长8.9%、8.8%": a rate per figure before.
_RESPECTIVE_VERB = "增长|下降|提高|提升|上升|上涨|下跌|回落|增加|减少"
_RESPECTIVE_CHANGE = compile_re(rf"(?:同比|环比|比上年|较上年)?分别(?P<verb>{_RESPECTIVE_VERB})")
_RATES_JOINED = compile_re(rf"[、和及与](?P<own>{_RESPECTIVE_VERB})?")  # (…、下降1.2%: a rate's own verb)


def _respective_changes(sentence: str, spans: list[NumberSpan], subjects: list[str], m: re.Match) -> list[str]:
    """Each rate after 分别增长 is the change of the figure in the same place before it, when the
    counts agree; otherwise the subjects stay."""
    before = [i for i, sp in enumerate(spans) if sp.end <= m.start() and sp.unit != "%"]
    rates: list[int] = []
    verbs: list[str] = []
    for i, sp in enumerate(spans):
        if sp.start < m.end():
            continue
        gap = sentence[spans[rates[-1]].end : sp.start] if rates else sentence[m.end() : sp.start]
        joined = _RATES_JOINED.fullmatch(gap)
        if rates and not joined or not rates and gap.strip():
            break
        rates.append(i)
        verbs.append(joined["own"] if joined and joined["own"] else m.group("verb"))
    if len(rates) < 2 or len(rates) != len(before):
        return subjects
    out = list(subjects)
    for r, b, verb in zip(rates, before, verbs, strict=True):
        out[r] = subjects[b] + verb
    return out
