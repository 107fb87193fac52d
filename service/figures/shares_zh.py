"""The subject of a Chinese share and of the whole it is of: "为预算的101.3%" is the figure before's share of the budget
(收入占预算比例), "占年度计划投资182.2亿元的81.6%" names the whole (年度计划投资) with its amount, "完成年度目标任务1300户的109.7%"
with no result before it is the goal's completion rate."""

from __future__ import annotations

from ..re_cache import compile_re
from .clauses import BRACKETED, clause_start
from .numbers import NumberSpan

# "为预算的101.3%", "占营业收入的4.87%": a share of something else, of the figure before it (whose
# amount may be written too: 占年度计划投资182.2亿元的81.6%).
_SHARE_OF = compile_re(r"(?:为|占|达到|达|是|完成)其?(?P<base>[\u4e00-\u9fff]{1,12}?)(?:总额|总量)?"
                       r"(?:[0-9][0-9.,]*[万亿]?[\u4e00-\u9fff]{0,2})?的$")  # (its amount grouped: 全年目标2,400人的)
# The whole a share is of, written with its amount before the share: 占年度计划投资182.2亿元的81.6%, 为年度计划5.6亿元的122%.
_SHARE_WHOLE = compile_re(r"(?:占|为(?!期)|是|相当于|完成)其?(?P<base>[\u4e00-\u9fff]{1,12})$")


def share_whole(sentence: str, span: NumberSpan, measured: str | None = None) -> str | None:
    """The subject of the amount of the whole a share is of ("占年度计划投资182.2亿元的81.6%": 年度计划投资),
    or None. A goal named by its goal word alone is the goal for the result before it (`measured`: that result's
    subject): "营业收入9.72亿元，完成年度目标9亿元的108%" ('年度营业收入目标')."""
    after = span.end + 1 if sentence[span.end : span.end + 2] in ("）的", ")的") else span.end
    if (aside := BRACKETED.match(sentence, after)) and aside.end() - after <= 5:
        after = aside.end()  # (the amount's unit explained: "完成省下达年度任务4800套（间）的110.8%")
    if not (sentence.startswith("的", after) and sentence[after + 1 : after + 2].isdigit()):
        return None
    start = span.start - 1 if after > span.end and sentence[span.start - 1 : span.start] in "（(" else span.start
    m = _SHARE_WHOLE.search(sentence, clause_start(sentence, start), start)
    if m is None:
        return None
    if measured and (goal := _BARE_GOAL.fullmatch(m["base"])) and (thing := _THING_LEAD.sub("", measured)):
        return f"{goal['when']}{thing}{goal['goal']}"
    return m["base"]


# A goal named by its goal word alone, and whose or which year's it is: 年度目标, 全年目标任务, 省下达年度任务.
_BARE_GOAL = compile_re(r"(?P<when>(?:省|市|县|上级)?(?:下达(?:的)?)?(?:全年|年度|年初|今年)?)(?P<goal>目标(?:任务)?|计划|任务)")
# (what a result's subject says that its goal's does not: the time it opens with, its verb)
_THING_LEAD = compile_re(r"^(?:全年|今年|年内|前三季度|上半年|1[—-]\d{1,2}月|累计|共)*|实现|完成")


# The part a share names before it, when no figure before gives it: "园区规上工业总产值约占…".
_PART_BEFORE = compile_re(r"(?P<part>[\u4e00-\u9fff]{2,16}?)(?:约|仅)?")
_HOW_FAR = compile_re(r"(?:累计|已经?|共|全年|年内|截至目前)*")  # (累计完成全年目标15,600万吨的85.0%: the goal's completion rate)
_SHARE_ALONE = compile_re(r"\s*(?:其中)?(?:约|仅)?占比?(?:为|达到|达|约|超过|近)?\s*")  # (占比75.8%, 占24.6%)


def share_subject(sentence: str, span: NumberSpan, prev_subject: str | None) -> str | None:
    """The subject of a share that follows the figure it is of ("收入完成286.4亿元，为预算的101.3%":
    收入占预算比例), or None. A change after it is the figure's again, not the share's."""
    if span.unit != "%":
        return None
    cs = clause_start(sentence, span.start)
    head = sentence[cs : span.start]
    if sentence[cs - 1 : cs] in ("）", ")") and (opened := max(sentence.rfind("（", 0, cs), sentence.rfind("(", 0, cs))) > 0:
        # "为核定正常保有量（3.8万头）的103.9%": the whole's amount in brackets, a clause of its own
        cs = clause_start(sentence, opened)
        head = sentence[cs:opened] + head
    # (an aside in brackets inside the whole's name or after its amount names no whole: "完成全年目标（2万人）的",
    # "完成省下达年度任务4800套（间）的", "完成省局（公司）下达计划的")
    if "）" in head or ")" in head:
        head = BRACKETED.sub("", head)
    m = _SHARE_OF.search(head)
    if not prev_subject:
        if m and m.group().startswith("完成") and m.start() == len(_HOW_FAR.match(head).group()):
            return f"{m['base']}完成率"  # "完成年度目标任务1300户的109.7%" with no result before it: the goal's completion rate
        if m and (part := _PART_BEFORE.fullmatch(head, 0, m.start())):
            return f"{part['part']}占{m['base']}比例"  # ("园区规上工业总产值约占全省陶瓷产业规上产值（约1260亿元）的14.8%")
        return None
    if _SHARE_ALONE.fullmatch(sentence, cs, span.start):
        return f"{prev_subject}占比"  # "总投资236.8亿元，占比75.8%", "其中企业1.59万户，占24.6%"
    if m is not None and m.start() and head[m.start() - 1] in "约仅":
        if (part := _PART_BEFORE.fullmatch(head, 0, m.start())) is None:
            return None
        prev_subject = part["part"]  # (its clause names its own part: "农村地区献血人次仅占全市的17.6%")
    elif m is None or m.start() != 0 and head[m.start() - 1] not in "，,":
        return None
    # (a result's share of its goal or plan, "完成年度计划的108.3%", is said as the pages say it: '…完成年度计划比例';
    # once, after a result named by its 完成: '完成投资占年度计划投资比例')
    done = m.group().startswith("完成") and "完成" not in prev_subject
    return f"{prev_subject}{'完成' if done else '占'}{m['base']}比例"
