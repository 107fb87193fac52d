"""What a Chinese result is measured against, and the subjects that follow from it.

A benchmark's level, written in brackets after its name: "高于全省平均水平（38.5%）", "增速比全市平均水平（3.6%）高1.6个
百分点", "高于全省平均增速（8.9%）". The number in the brackets is the wider place's average of what the clause compares
('全省平均增速', '全市平均优良比例'), not the comparison ('高于全省平均水平').

The norm or the plan: the figure before's thing, said again against its norm or done against its plan ("春季平均气温
17.2℃，偏高0.6℃": '春季平均气温偏高'; "计划硬化村组道路15公里，实际完成18.6公里": '实际硬化村组道路')."""

from __future__ import annotations

from ..re_cache import compile_re
from .clauses import clause_start
from .numbers import NumberSpan
from .subjects import CHANGE_END, SUBJECT_LEAD

_COMPARED = "高于|低于|快于|慢于|好于|优于|超过|超出"
# The comparison, the benchmark's name and what it is (水平 names no measure; 增速 does), up to the bracket.
_LEVEL_NAMED = compile_re(rf"(?:略|明显|稍|远|均)?(?:{_COMPARED}|比)(?P<name>[\u4e00-\u9fff]{{1,16}}?)"
                          r"(?P<what>平均水平|平均(?:增速|增幅|降幅|值)|水平)[（(]$")
# A measure (the figure before's subject, when the comparison names none): what a benchmark's 水平 is a level of.
_MEASURE = compile_re(r"(?:增速|增幅|降幅|比例|比重|占比|[率值])$")
# (a change left at the end of the figure before's subject: 优良比例比上年提高 -> 优良比例, 增速比1—10月加快 -> 增速; not the
# 比 of 比例, 比重, 比率)
_CHANGE_TAIL = compile_re(r"(?:同比|环比|(?:比|较)(?![例重率])).*$")
# (a growth: what a gap in points after it compares is its rate, 人均可支配收入同比增长7.1% -> 人均可支配收入增速)
_GROWTH = compile_re(r"增长|增速|增幅|加快|放缓|回落")


def benchmark_level(sentence: str, sp: NumberSpan, prev: str | None) -> str | None:
    """The subject of `sp` when it is a benchmark's level in brackets after the benchmark's name, or the gap right after
    that bracket ("贷款增速高于全市平均水平（9.4%）1.6个百分点": the comparison); None otherwise. What the benchmark
    measures: the words before the comparison ("贷款增速高于…", "人均综合能耗低于…"), else the figure before's
    ("优良比例为90.9%，…，高于全市平均水平（88.2%）")."""
    said = ""
    if sentence.startswith(("）", ")"), sp.end):
        bracket = sp.start - 1
    elif sentence[sp.start - 1 : sp.start] in _AFTER_LEVEL and (level := _LEVEL_BEFORE.search(sentence, max(0, sp.start - 16), sp.start)):
        bracket, said = level.start(), level["said"] or ""
    else:
        return None
    cs = clause_start(sentence, bracket)
    if (m := _LEVEL_NAMED.search(sentence, max(cs, bracket - 30), bracket + 1)) is None:
        return None
    if bracket != sp.start - 1:
        return sentence[cs:bracket].strip() + said  # (the gap: the comparison itself, "…比全省平均水平高")
    if not m["what"].endswith("水平") and m["what"] != "平均值":
        return m["name"] + m["what"]  # (the measure named: 全省平均增速)
    own = SUBJECT_LEAD.sub("", sentence[cs : m.start()].strip())
    before = _CHANGE_TAIL.sub("", prev or "")
    measure = own or (before if _MEASURE.search(before) else "")
    return f"{m['name']}平均{measure}" if measure else m["name"] + m["what"]


# A level in brackets right before the number, and how the figure compares: "（9.4%）", "（69.8%）高".
_LEVEL_BEFORE = compile_re(r"[（(][\d.]+[^\d（）()]{0,6}[）)](?P<said>[高低快慢多少])?$")
_AFTER_LEVEL = frozenset("）)高低快慢多少")


_COMPARISON = compile_re(rf"(?:略|明显|稍|远|均|分别)?(?:{_COMPARED})")
# A verb of work with no object, and the work the figure before did on its thing (not a list of works: 新建和改造提升…).
_BARE_WORK = compile_re(r"(?:建成|新建|改建|建设|改造|引进|培育|创建|新增)")
_WORK_ON = compile_re(r"(?:累计|全年|年内|今年)?(?:建成|新建|改建|建设|改造|引进|培育|创建|新增)(?P<thing>[^和及、与].+)")
_SAID_AGAIN = compile_re(r"(?P<norm>偏高|偏低|偏多|偏少|偏早|偏晚)|实际(?:完成)?")
_PLAN_LEAD = compile_re(r"^(?:年初|年度|全年|今年)?计划(?:完成)?")


def said_again(subj: str, prev: str | None, gap: bool) -> str:
    """`subj`, or the figure before's thing (`prev`) said again: against its norm or its plan when `subj` says only
    that; against a benchmark when `subj` is only the comparison and the figure is a gap from it ("覆盖率达到96.2%，高于
    全省平均水平3.4个百分点": '基本康复服务覆盖率高于全省平均水平'); worked on again when `subj` is a bare verb of work.
    `gap`: the figure is in points, or in the figure before's unit with no level named right before it ("高于国家要求的
    90%" is the requirement's level)."""
    if not prev:
        return subj
    if gap and _COMPARISON.match(subj) and (measured := _CHANGE_TAIL.sub("", prev)) and not _COMPARISON.match(measured):
        grew = measured != prev and _GROWTH.search(prev, len(measured)) is not None or measured.endswith("增长")
        return (measured.removesuffix("增长") + "增速" if grew and not measured.endswith(("增速", "增幅")) else measured) + subj
    if gap and _BARE_WORK.fullmatch(subj) and (work := _WORK_ON.fullmatch(prev)):
        return subj + work["thing"]  # (the same work said again: "新建院士专家工作站6家，累计建成68家": 建成院士专家工作站)
    if (m := _SAID_AGAIN.fullmatch(subj)) is None:
        return subj
    if m["norm"]:
        return CHANGE_END.sub("", prev) + subj  # ('春季平均气温偏高')
    return "实际" + _PLAN_LEAD.sub("", prev)  # ('实际硬化村组道路')
