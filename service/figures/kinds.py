"""Kinds: whether a figure was achieved, is a target, or only describes (other).

The one owner of this decision for every summarizer: the extractive path asks `decide` for each
number it finds, and the LLM path checks the model's kind against the same rules (`check`).
The convention is the published one (shared/eval/README.md, "Kinds" and "Hard cases"):

- achieved: a result of the period reported on (output, investment completed, projects signed or
  started, growth of such results, year-to-date totals, the year-end estimate of this period);
- target: a goal, plan, quota or forecast (力争, 确保, 计划, 将, "建成后可实现…", a plan's list);
- other: background (the size of a project or fund, a capacity in a project's name, standing counts,
  figures about other places, numbers in names and slogans, history before the period).

Decided from the grammar of the sentence, in this order: where the number stands (inside a quoted
name, after 总投资 as a project's size, in "在…的基础上": `placement.py`), what governs it (the last plan or result
verb before it in the sentence, a goal named right after it), what it continues (a growth rate
takes the kind of the result before it; "其中…" the kind of the sentence before), and last the
section the sentence sits in.
"""

from __future__ import annotations

import re

from ..re_cache import compile_re
from . import kind_cues as cue
from .clauses import clause_end, clause_start
from .decision import CUE_WINDOW, DESCRIBING_RULES, Decision, Kind, SentenceContext
from .numbers import NumberSpan
from .placement import CLAUSE_MARK, position_rules, to_comma


def _last(rx: re.Pattern[str], text: str) -> int:
    """End of the last match of `rx` in `text`, or -1."""
    end = -1
    for m in rx.finditer(text):
        end = m.end()
    return end


_STOCK_WORD = compile_re(r"在谈|在库|储备")  # (在谈项目21个，意向投资额约63亿元: the stock's size)
_BARE_ITEM = compile_re(r"[^\d，。；！？]{2,12}")  # (an item's noun alone: 国有林场, 各类自然保护地)
_HAS_TOO = compile_re(r"(?:共有|拥有|辖有?)[^\d]")
_OWN_YEAR = compile_re(r"全年|今年|当年|本年|年内")  # (a clause that opens on the year: its work, not the profile's)
_ONCE_COMPLETED = compile_re(r"(?:建成|投产|达产|竣工|开业|运营|投用)后")


def _profile_goes_on(sentence: str, sp: NumberSpan, item: str) -> bool:
    """Whether the item before `sp`, after a standing count, goes on with the profile: 现有国家级公益林48.6万亩、省级公益林
    37.2万亩，国有林场3个，古树名木2136株 (not after an area alone: "全年粮食播种面积48.6万亩，总产量20.3万吨" is the year's
    harvest; nor what is new: "前三季度新入库项目58个"; nor the year's work: "现有老年大学15所，全年开设课程126门"); what
    it has after a profile's count goes on too: "全市乡村人口168万人，共有行政村1,432个"."""
    return _BARE_ITEM.fullmatch(item) is not None and "新" not in item \
        and not cue.ACHIEVED_RE.search(item) and not cue.TARGET_RE.search(item) and not _OWN_YEAR.match(item) \
        and (cue.LIST_GOVERNOR.search(sentence, 0, sp.start) is not None or _STOCK_WORD.search(sentence, 0, sp.start) is not None
             or _HAS_TOO.match(item) is not None)


def _cue_ends(before: str, section: Kind | None, after: str = "", digit_first: bool = False) -> tuple[int, int, int, int]:
    """Where the last estimate, plan, settled-result and result word before a number end (-1: none). A
    plan's "…后" (建成后, 开通运营后) is a condition; a running total after it, in a later clause, is the
    number's own: "2号线开通运营后，…，1-10月轨道交通累计完成客运量9,864万人次" ("建成后年产值达到…" is still planned).
    年内 alone outside a plan's `section` is the year the work was done in (年内新增充电桩1.52万台, 年内新建城市书房9个;
    年内完成… in a plan is the plan's, and so is 力争年内…)."""
    target, achieved = _last(cue.TARGET_RE, before), _last(cue.ACHIEVED_RE, before)
    if target >= 0 and achieved > target and before.endswith("后", 0, target) \
            and CLAUSE_MARK.search(before, target, achieved) and "累计" in before[target:achieved]:
        target = -1
    if target >= 0 and before.endswith("年内", 0, target) and section != "target" \
            and ((first := cue.TARGET_RE.search(before)) is None or first.start() >= target - 2) \
            and not cue.TARGET_RE.search(before, target):
        target = -1  # (a plan word before 年内 is looked for in the whole text: its lookahead reads past 年内's start)
    if target >= 0 and before.endswith("将", 0, target) and (cue.DISPOSAL_AFTER.match(after) or target == len(before) and digit_first):
        # (将14家用人单位列入…名单, 全年将5家乡镇敬老院委托给…: 将 marks the object, the number right after it; not 将超过…)
        target = -1
    estimate = _last(cue.ESTIMATE_RE, before)
    if estimate < 0 <= target and section != "target" and before.endswith("预计", 0, target) and cue.OUTTURN_YEAR.match(before, target):
        estimate = target  # (预计全年接待游客486.2万人次，同比增长12.7%，首次突破480万人次: the year's estimate goes on)
    return estimate, target, _last(cue.STRONG_ACHIEVED_RE, before), achieved


def _budget(clause: str, unsettled: bool) -> Decision | None:
    """A budget's sum for its year is the plan's (2025年…经费预算安排860万元), unless a settled result speaks
    (`unsettled`). (Money a review says the treasury set aside, 县财政安排竹产业发展资金2400万元, is the year's work done:
    eight writers of eleven read it so.)"""
    if cue.BUDGET_PLANNED.search(clause) and unsettled:
        return Decision("target", "budget_set", True)
    return None


def decide_zh(
    sentence: str, sp: NumberSpan, context: SentenceContext, previous: Decision | None = None
) -> Decision:
    """The kind of the Chinese figure `sp` in `sentence`. `previous` is the decision for the figure
    before it in the same sentence (a growth rate or a share continues it)."""
    head = to_comma(sentence, sp.start)  # (a quotation mark ends no clause here: 现有国家级“小巨人”企业9家)
    if cue.PLAN_IN_BRACKETS.search(sentence, max(0, sp.start - 8), sp.start):
        return Decision("target", "goal_named", True)
    if cue.REFERENCE_IN_BRACKETS.search(sentence, max(0, sp.start - 16), sp.start):
        return Decision("other", "benchmark_elsewhere", True)
    if "曾" in head and cue.ONCE_BEFORE.search(head):
        return Decision("other", "once_before", True)  # (a level it once reached: background, not this period's result)
    placed = position_rules(sentence, sp, sp.unit, head, context.continued and context.previous == "achieved")
    if placed is not None:
        return placed
    lo = max(0, sp.start - CUE_WINDOW)
    before = sentence[lo : sp.start]
    clause = sentence[clause_start(sentence, sp.start) : sp.start]
    if cue.TARGET_AFTER.match(sentence[sp.end : sp.end + 8]):
        return Decision("target", "goal_named_after", True)
    if (reached := cue.ATTAINMENT.search(head)) and not cue.TARGET_RE.search(head[: reached.start()]):
        return Decision("achieved", "attainment", True)
    if cue.SHARE_OF.search(clause) and sentence.startswith("的", sp.end) and sentence[sp.end + 1 : sp.end + 2].isdigit():
        # 占年度计划投资182.2亿元的81.6%: the whole a share is of (a plan's, or what it names)
        return Decision("target" if cue.TARGET_WORD.search(clause) else "other", "share_base", True)
    if previous is not None and previous.rule not in ("age", "class_bound", "doers_counted") \
            and not (previous.rule == "benchmark_elsewhere" and not clause.rstrip().endswith(("、", "和", "及"))) \
            and cue.CONTINUES.search(clause[-24:] if len(clause) > 24 else clause) \
            and not cue.OWN_PLAN_VERB.search(clause) \
            and not (previous.rule in ("standing_count", "list_size") and cue.OWN_RESULT_VERB.search(clause)):
        # (可将成本降低约20%: a clause's own plan verb governs it; 在建项目412个，完成投资增长8.3%: its own result verb; a
        # benchmark lends its kind only to the next of its own list, "（上年为32起、25人）": "同期全省…3120万人次，栖梧站…占全省的
        # 6.0%" is this place's share)
        # 同比增长8%, 占…的73.7%, 分别为4个、3个: the same kind as the result before it (a share
        # after a project's size is a share of the batch, not of the size).
        return Decision(previous.kind, "continues", previous.certain)
    if previous is not None and previous.rule not in DESCRIBING_RULES and cue.PART_START.match(head) \
            and not (cue.ACHIEVED_RE.search(head) or cue.TARGET_RE.search(head)) \
            and not cue.ACHIEVED_RE.search(sentence, sp.end, clause_end(sentence, sp.end)):
        # 现有企业86家，其中规上企业32家 (其中7件超额完成 has a verb of its own)
        return Decision(previous.kind, "part_of_batch", previous.certain)
    item = clause if clause.strip() else sentence[sp.end : clause_end(sentence, sp.end)]  # (…，6个管理部: the noun after)
    if previous is not None and previous.rule == "standing_count" and _profile_goes_on(sentence, sp, item):
        return Decision("other", "standing_count")
    if cue.EXAMPLE_START.match(before.lstrip()) or cue.EXAMPLE_START.match(sentence.lstrip()):
        return Decision("other", "example_elsewhere", True)
    if "争取" in clause and sp.text.endswith(("以上", "左右")):
        return Decision("target", "plan_verb", True)  # 全年争取…资金20亿元以上: a goal (funds secured are counted exactly)
    estimate, target, strong, achieved = _cue_ends(before, context.section, sentence[sp.end : sp.end + 30], sp.text[:1].isdigit())
    if estimate >= 0 and estimate >= target and not _ONCE_COMPLETED.search(before):
        if context.part_year and cue.OUTTURN_YEAR.search(before, max(0, estimate - 30), estimate):
            return Decision("target", "year_forecast", True)  # (a report of part of the year forecasts the whole)
        return Decision("achieved", "period_estimate", True)
    if target >= 0 and strong < target:
        if sentence.endswith("计划", 0, lo + target) and (
                previous is not None and lo + target <= sentence.rfind("，", 0, sp.start) and cue.PROGRESS.match(head)
                or cue.OUTTURN_AFTER_PLAN.search(sentence, lo + target, sp.start)):
            # 计划投资1.5亿元，累计完成0.38亿元; 计划新建12所，实际建成投用13所，新增学位7680个
            return Decision("achieved", "progress_against_plan", True)
        return Decision("target", "plan_verb", True)
    if strong >= 0:
        return Decision("achieved", "result_settled", True)
    shares_verb = context.previous is not None and (cue.PART_START.match(sentence.lstrip()) or context.continued)
    if (budget := _budget(clause, strong < 0)) is not None:
        return budget
    if achieved >= 0:
        if context.section == "other":
            return Decision("other", "section")
        if shares_verb and context.previous == "target" and not cue.PROGRESS.match(sentence.lstrip()) \
                or context.section == "target":  # (累计完成投资3712万元 after a plan's clause is its progress)
            # "今年将完成A；实现B", a result verb in a plan's section: the plan governs it.
            return Decision("target", "section")
        return Decision("achieved", "result_verb")
    if shares_verb and (context.previous != "other" or cue.PART_START.match(sentence.lstrip())):
        # 其中…, or a clause after "；" that shares the governing verb of the one before (a profile
        # before "；" governs nothing: "播种面积185.62万亩；粮食总产量76.84万吨" is the year's harvest).
        return Decision(context.previous, "part_of_batch")  # type: ignore[arg-type]
    if context.section is not None:
        return Decision(context.section, "section")
    return _unspoken(sentence, sp, context)


def _unspoken(sentence: str, sp: NumberSpan, context: SentenceContext) -> Decision:
    """The kind of a figure no word of its sentence or its section speaks for: the period's result, but under a head
    over a profile the body's standing make-up ("一、机构概况 … 从业人员186人") unless its clause names its period or
    the next clause its change."""
    if context.profile:
        ce = clause_end(sentence, sp.end)
        if not _OF_THE_PERIOD.search(sentence, clause_start(sentence, sp.start), ce) \
                and not _CHANGE_NEXT.match(sentence, ce, clause_end(sentence, ce + 1)) \
                and not _CHANGE_BEFORE.search(sentence, max(0, sp.start - 8), sp.start):
            return Decision("other", "profile_section")
    if _BOUND_SET.search(sentence, max(0, sp.start - 10), sp.start) \
            and not _AVERAGE_BEFORE.search(sentence, clause_start(sentence, sp.start), sp.start):
        # 每日工作时间不超过8小时, 返奖比例不低于50%: a bound no plan or result speaks for is a rule's (what was kept within is a
        # result only when a verb or an average says so: 平均结算时间不超过1天)
        return Decision("other", "rule_limit")
    return Decision("achieved", "default")


_BOUND_SET = compile_re(r"(?:不超过|不少于|不低于|不高于|不大于|不小于|不多于)[^，。；！？\d]{0,4}$")
_AVERAGE_BEFORE = compile_re(r"平均|人均|均")


# A clause that names its period, or one after a figure that gives its change: the period's figures, in a profile too
# ("全年开放358天", "总收入1286.4万元，同比增长17.3%"; not "有委员23名，2024年召开3次会议").
_OF_THE_PERIOD = compile_re(r"全年|今年|本年|年内|当年|(?:19|20)\d\d年|同比|较上年|比上年|上年|上半年|下半年|前三季度|[一二三四]季度"
                            r"|\d{1,2}\s*[-—–至]\s*\d{1,2}月|较年初|比年初|同期|当期|较上季|较上月|环比")
# (a change the number is: "限额以上住宿业营业额下降2.1%", the period's)
_CHANGE_BEFORE = compile_re(r"(?:增长|下降|提高|增加|减少|上升|回落|降低|增幅|降幅)(?:了|为|达|约|超过)?$")
_CHANGE_NEXT = compile_re(r"[，,；;]?\s*(?:同比|较上年|比上年|较上年同期)?(?:增长|下降|提高|增加|减少|上升)")


def check(model_kind: Kind, decision: Decision) -> tuple[Kind, bool]:
    """The kind to report for a figure the model labelled `model_kind`, and whether they disagree.

    The rules win where the grammar is unambiguous (a plan verb, a project's size, a name);
    elsewhere the model, which reads the whole document, keeps its kind."""
    if model_kind == decision.kind:
        return model_kind, False
    return (decision.kind if decision.certain else model_kind), True
