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
name, after 总投资 as a project's size, in "在…的基础上"), what governs it (the last plan or result
verb before it in the sentence, a goal named right after it), what it continues (a growth rate
takes the kind of the result before it; "其中…" the kind of the sentence before), and last the
section the sentence sits in.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from ..re_cache import compile_re
from . import kind_cues as cue
from .class_bounds import bounds_a_class, counts_the_doers
from .clauses import clause_end, clause_start
from .numbers import DURATION_UNITS, NumberSpan

Kind = Literal["achieved", "target", "other"]

# How far back a cue word or a year may stand and still govern a number. Bounding it keeps one
# pathological line with thousands of numbers linear, and a cue 200 characters back governs
# nothing in real prose anyway.
CUE_WINDOW = 200


# Rules that say what a number describes (a size, a name, the goal a result is measured against): a
# share or a growth rate after such a number continues the result before it, not the description.
DESCRIBING_RULES = frozenset({"project_size", "size_in_name", "capacity_in_name", "inside_name", "policy_count",
                              "goal_named", "goal_named_after", "class_bound", "doers_counted", "age", "share_base", "quota", "benchmark_elsewhere",
                              # (an earlier time's figure in brackets is an aside: "集装箱吞吐量41.7万标箱（上年同期为
                              # 37.0万标箱），同比增长12.7%", "（上年为5.37万户），其中企业1.74万户" are this year's)
                              "earlier_period"})


@dataclass(frozen=True)
class Decision:
    """A kind, the rule that gave it, and whether the grammar leaves no doubt."""

    kind: Kind
    rule: str
    certain: bool = False


@dataclass
class SentenceContext:
    """What the surrounding text says: the section's default kind and the kind the previous
    sentence ended on (for "其中…")."""

    section: Kind | None = None
    previous: Kind | None = None
    continued: bool = False  # the previous sentence ended with "；": this one shares its verb


def _last(rx: re.Pattern[str], text: str) -> int:
    """End of the last match of `rx` in `text`, or -1."""
    end = -1
    for m in rx.finditer(text):
        end = m.end()
    return end


_CLAUSE_MARK = compile_re(r"[，。；！？,;!?]")


def _inside_quotes(sentence: str, start: int, end: int) -> tuple[int, int] | None:
    """(open, close) of the short quotation (a name or a slogan) holding [start, end), if any."""
    for op, cl in (("“", "”"), ("‘", "’"), ("「", "」"), ("《", "》"), ('"', '"')):
        o = sentence.rfind(op, max(0, start - 20), start)
        if o < 0 or (op != cl and sentence.find(cl, o + 1, start) >= 0):
            continue
        c = sentence.find(cl, end, end + 20)
        if c >= 0 and not _CLAUSE_MARK.search(sentence, o, c):
            return o, c
    return None


_CLAUSE_OR_LIST_MARK = compile_re(r"[，。；！？,;、]")
_CLAUSE_MARK_ONLY = compile_re(r"[，。；！？,;]")


def _to_comma(sentence: str, pos: int, stops: re.Pattern[str] = _CLAUSE_OR_LIST_MARK) -> str:
    """The text before `pos` back to the punctuation that parts clauses (a clause of `clause_start`
    may end at a quotation mark or a bracket too)."""
    head = sentence[:pos]
    last = stops.search(head[::-1])  # (the last mark: the first of the reversed text)
    return head[len(head) - last.start() :] if last is not None else head


def _lists_terms_and_places(sentence: str, sp: NumberSpan, local: str, head: str, listed: str, after: str,
                            after_raw: str) -> Decision | None:
    """What a number stands for by the words around it: a list's size, a works' capacity, a policy's
    terms, the work left to do, the places of a place, other places. (`local`: its clause before it;
    `head`: the text back to its comma; `listed`: the same back past a list's 、; `after`, `after_raw`:
    its clause after it, and 40 characters.)"""
    if sp.unit in ("个", "個") and (cue.LIST_OF_WORKS_SPENT.match(after_raw) or local.endswith("项目")
                                  and cue.WORKS_SPENT_AFTER.match(after_raw) and not cue.RESULT_IN_GAP.search(local)):
        return Decision("other", "list_size", True)  # 88个重点项目完成投资93亿元: the list's size
    if cue.DESIGN_CAPACITY.search(head):
        return Decision("other", "design_capacity", True)  # 设计年通过能力180万标箱: the works' size
    if cue.POLICY_TERM_BEFORE.search(head) or cue.CONDITIONAL_GRANT.search(sentence, max(0, sp.start - 80), sp.start) or (
            cue.POLICY_RATE_BEFORE.search(head) and cue.POLICY_RATE_AFTER.match(after_raw)):
        return Decision("other", "policy_term", True)  # 补贴标准为每辆3000元, 每台最高2000元, 按…的15%给予补贴
    if cue.QUOTA.search(local):
        return Decision("target", "quota", True)  # 下达我市新增政府债务限额176.0亿元, 省下达我市…任务3200套
    if re.match(r"的\d", after_raw) and cue.GOAL_OF_ATTAINMENT.search(head):
        return Decision("target", "quota", True)  # 完成市下达年度任务2500辆的75.0%: the goal
    if cue.SOURCE_OF_DATA.match(head.lstrip()) and not cue.ACHIEVED_RE.search(head):
        return Decision("other", "source_of_data", True)
    if sp.unit not in ("%", "个百分点") and (field := cue.FIELD_AFTER.match(after_raw)) \
            and not cue.ACHIEVED_RE.search(field.group(0)) \
            and not cue.TARGET_RE.search(head) \
            and not cue.ACHIEVED_RE.search(head):  # (参加集中开工的13个项目中: the field is a result)
        return Decision("other", "field", True)  # 全县287家规上工业企业中，196家…
    if cue.RANKED_IN.search(local) and cue.FIELD_OF_RANK.match(after_raw):
        return Decision("other", "ranking_field", True)  # 居全市9个县（市、区）第3位
    if cue.COMPLETION_RATE.search(local):
        return Decision("achieved", "completion_rate", True)  # 累计完成0.38亿元，完成率25.3%
    if cue.SAME_PERIOD_LAST_YEAR.search(local.strip()):
        return Decision("other", "earlier_period", True)  # 扭转了去年同期下降3.2%的局面
    if cue.STILL_LEFT.search(local) and not cue.TARGET_RE.search(after):
        return Decision("other", "still_left", True)  # 全县大班额还有19个
    if cue.REMAINING.search(local) and cue.TARGET_RE.search(after):
        return Decision("target", "remaining_committed", True)  # 剩余42公里将于11月底前完工
    if cue.WHOLE_OF_PLACE.search(local.strip()) and cue.PLACES_AFTER.match(after):
        return Decision("other", "places_of_a_place", True)
    if sp.unit in cue.MEMBERS_COUNTED and cue.WHOLE_OF_PLACE.search(local.strip()) and cue.MEASURED_AFTER.match(after):
        return Decision("other", "members_of_a_place", True)
    # (back past a list of places: 相邻的滨溪县、杭塘县一季度签约金额分别为95.2亿元和121.7亿元)
    if cue.ELSEWHERE.search(listed) and not cue.COMPARED.search(listed):
        return Decision("other", "elsewhere", True)  # 邻近的石埠镇…1.55亿元, 全县乡镇平均为6.1亿元
    if cue.BENCHMARK_BEFORE.search(local) and cue.BENCHMARK_AFTER.match(after_raw) or (
            sp.unit not in cue.GAP_UNITS and cue.BENCHMARK_LEVEL_BEFORE.search(local)):
        return Decision("other", "benchmark_elsewhere", True)
    return None


def _no_standing(standing: re.Match[str], head: str, after: str, after_raw: str = "") -> bool:
    """Whether the standing count's word before a number makes no standing count of it: 全县落实粮食播种面积68.4万亩
    (the area of the period's work); 目前共有12个项目开工, 全县有11个项目实现“拿地即开工”; a rate, 户籍人口参保率;
    what an event measures, 受灾人口4.7万人, 过火面积约46公顷; 脱贫人口人均纯收入 (an income); a wage or an insured
    split of a body's staff; a rate per unit of area, 单位供热面积耗煤17.7千克."""
    word, end = standing["word"], standing.end("word")
    return bool("面积" in word and (cue.LAND_WORK_DONE.search(head) or _PER_UNIT.search(head, 0, end))
                or word.endswith(("共有", "有")) and not word.endswith(("拥有", "现有")) and cue.ACHIEVED_RE.search(after)
                or cue.RATE_BASE.search(head, 0, standing.start()) or "率" in head[end:]
                or word.startswith(("面积", "人口")) and (cue.EVENT_MEASURED.search(head, 0, standing.start("word"))
                                                        or word == "人口" and cue.NOUN_AFTER_POPULATION.match(head, end))
                # (a body's staff: not a wage named after them, 在岗职工人均工资收入, nor an insured split, 在职职工…、退休人员…)
                or word.startswith(("在职", "在岗", "在编")) and (cue.NOUN_AFTER_POPULATION.match(head, end) or "退休" in after_raw[:16]))


def _unit_rules(sentence: str, sp: NumberSpan, unit: str, local: str) -> Decision | None:
    """Rules from what the number's unit counts and the words around it (`local`: its clause up to it): a ranked list's
    size, an age, a limit a measure is held to, a capacity, a duration that is no work of the period, a rate a rule
    applies, a streak."""
    if unit == "强":
        return Decision("other", "list_name", True)  # 50强, 百强县: the number in a list's name
    if unit in ("岁", "周岁", "歲", "週歲") and not cue.LIFE_SPAN.search(sentence, 0, sp.start):
        return Decision("other", "age", True)  # 60周岁以上老年人, 平均年龄41.6岁: who is meant (人均预期寿命80.2岁 is a result)
    if cue.LIMIT_BEFORE.search(local) or cue.LIMIT_AFTER.match(sentence, sp.end):
        return Decision("other", "limit", True)  # 低于国家标准限值250毫克/立方米, 低于省定0.3%的控制标准
    if cue.CAPACITY_HELD.search(local) and not cue.TARGET_RE.search(sentence, 0, sp.start):
        return Decision("other", "capacity", True)  # 可同时容纳旅客3000人 (建成后可容纳…: the plan's)
    if unit in DURATION_UNITS and cue.PERIOD_OF_WORKS.search(local):
        return Decision("other", "duration_of_works", True)  # 建设工期18个月: what the project takes
    if (unit == "%" and (cue.RATE_APPLIED_BEFORE.search(local) or cue.RATE_NAMED_AFTER.match(sentence, sp.end))
            or unit == "元" and (cue.SUM_APPLIED_BEFORE.search(local)
                                 or cue.PRICE_PER_UNIT.search(local) and not cue.PRICE_OBSERVED.search(local))) \
            and not (cue.TARGET_RE.search(local) or cue.TARGET_WORD.search(local)):  # (增长目标按9%左右安排: the goal)
        return Decision("other", "rate_applied", True)  # 按25%的企业所得税税率计算, 减按1%征收, 按每吨每年100元的标准拨付
    if unit in DURATION_UNITS and cue.DURATION_AS_RULE.match(sentence, sp.end):
        return Decision("other", "duration_as_rule", True)  # 24小时值班, 5个工作日内答复, 24小时降雨量
    if unit == "年":  # 连续19年 (the only N年 the grammar keeps): a streak, history up to now
        if cue.TARGET_RE.search(local):
            return Decision("target", "streak_committed", True)  # 力争连续3年保持增长
        return Decision("other", "streak", True)
    return None


def _position_rules(sentence: str, sp: NumberSpan, unit: str, head: str, listing: bool = False) -> Decision | None:
    """Rules from where the number stands (`head`: back to its comma): names, sizes, standing counts, bases.
    `listing`: the sentence goes on a list of results the one before it opened (it ended with "；")."""
    cs = clause_start(sentence, sp.start)
    local = sentence[cs : sp.start]
    if cs > 0 and sentence[cs - 1] in "：:" and local.strip() in ("", "人民币"):
        local = sentence[clause_start(sentence, cs - 1) : sp.start]  # "预算金额：人民币…": its label says what it is
    after = sentence[sp.end : clause_end(sentence, sp.end)]
    after_raw = sentence[sp.end : sp.end + 40]
    if (by_unit := _unit_rules(sentence, sp, unit, local)) is not None:
        return by_unit
    quoted = _inside_quotes(sentence, sp.start, sp.end)
    if quoted is not None:
        if cue.COMMIT_BEFORE_NAME.search(sentence[max(0, quoted[0] - 8) : quoted[0]]) or cue.TARGET_AFTER.match(
            sentence[quoted[1] : quoted[1] + 8]
        ):
            return Decision("target", "commitment_to_slogan", True)
        return Decision("other", "inside_name", True)
    if unit in ("条", "條") and (cue.POLICY_AFTER.match(after_raw) or re.search(r"[“”]", sentence[sp.end : sp.end + 2])):
        return Decision("other", "policy_count", True)
    if cue.SIZE_BEFORE.search(local) and not cue.MONEY_FLOWED.search(local):
        return Decision("other", "project_size", True)
    if cue.INVEST_BEFORE.search(local) and cue.PROJECT_AFTER.match(after_raw) and not cue.RESULT_IN_GAP.search(after_raw[:12]):
        return Decision("other", "project_size", True)
    if bounds_a_class(sentence, sp, unit, local, after, after_raw):
        return Decision("other", "class_bound", True)
    if counts_the_doers(sp, local, after):
        return Decision("other", "doers_counted", True)
    if unit == "元" and cue.FUND_AFTER.match(after_raw) and not cue.MONEY_FLOWED.search(local):
        return Decision("other", "fund_size", True)
    if cue.CAPACITY_BEFORE.search(local) and cue.PROJECT_AFTER.match(after_raw):
        return Decision("other", "capacity_in_name", True)
    named = cue.NAME_AFTER.match(after) if unit in cue.SIZE_UNITS else None
    if named is not None and not cue.RESULT_IN_GAP.search(named.group(0)):
        return Decision("other", "size_in_name", True)
    if unit in cue.SIZE_UNITS and cue.ITEM_START.search(sentence[max(0, sp.start - 1) : sp.start]) \
            and cue.LIST_OF_PROJECTS_AFTER.match(after_raw + sentence[sp.end + 40 : sp.end + 120]):
        item = re.split(r"[、等]", sentence[sp.end : sp.end + 40], maxsplit=1)[0]
        if not cue.RESULT_IN_GAP.search(item) and not cue.ACHIEVED_RE.search(item) and not cue.TARGET_RE.search(item):
            return Decision("other", "size_in_name", True)
    if cue.RANKING_AFTER.match(after_raw):
        return Decision("other", "ranking_field", True)
    listed = _to_comma(sentence, sp.start, _CLAUSE_MARK_ONLY)  # (back to its comma, past a list's 、)
    if (described := _lists_terms_and_places(sentence, sp, local, head, listed, after, after_raw)) is not None:
        return described
    if cue.BASIS.search(sentence[max(0, sp.start - 40) : sp.start]) and cue.BASIS_AFTER.match(sentence[sp.end : sp.end + 60]):
        return Decision("other", "basis", True)
    standing = cue.STANDING_BEFORE.search(head)
    if standing and _no_standing(standing, head, after, after_raw):
        standing = None
    governor = None
    if standing is None and "、" in listed and (
            governor := cue.LIST_GOVERNOR.search(listed)) and not cue.ACHIEVED_RE.search(listed, governor.end()) \
            and not cue.TARGET_RE.search(listed, governor.end()):
        standing = governor  # (现有A企业9家、B企业57家: the verb of the list's first member governs the rest)
    # (面积达120平方公里 profiles a place; the area of things new, 新增海外仓8个，总面积达…, is the work's)
    own_verb_only = standing is not None and governor is None and not cue.AREA_WORK.search(sentence[: sp.start])
    unprofiled = head[: standing.start()] + "，" + head[standing.end("word") :] if own_verb_only else local
    verb_before = cue.ACHIEVED_RE.search(unprofiled) or cue.TARGET_RE.search(unprofiled)
    held = cue.HELD_AT.search(local)  # (粮食播种面积稳定在128万亩以上: kept at a level, as the section says)
    share = local.lstrip().startswith("占")  # (占全县耕地面积的61.8%: a share, of the result before it)
    if (standing and not verb_before and not held and not share) or cue.STANDING_AFTER.match(after):
        if cue.TARGET_RE.search(after) or re.search(r"全部(?:竣工|投产|开工)", after):
            return Decision("target", "standing_count_committed", True)
        if cue.STOCK_CHANGED_AFTER.match(sentence, sp.end + len(after)) and not cue.TARGET_RE.search(local):
            return Decision("achieved", "stock_changed")
        return Decision("other", "standing_count")
    if unit in cue.AREA_UNITS and not verb_before and not held and not listing and _profiles_place(sentence, sp, after, listed):
        return Decision("other", "profile")
    return None


def _profiles_place(sentence: str, sp: NumberSpan, after: str, listed: str) -> bool:
    """Whether an area with no verb of its own profiles the place (全县耕地面积86.2万亩). Not an area of land work
    (全年出让“标准地”37宗、203.5公顷) or of an event (秸秆还田面积186万亩, 过火面积12.6亩), nor a part of the whole before
    it (其中玉米39.5万亩、大豆12万亩; 其中，人工造林…，封山育林1.54万亩; 从用途看，工业用地72.18公顷…), which takes the whole's kind."""
    return not cue.ACHIEVED_RE.search(after[:8]) and not cue.AREA_WORK.search(listed) \
        and not cue.EVENT_MEASURED.search(listed, 0, max(0, listed.rfind("面积"))) \
        and not cue.LAND_WORK_DONE.search(listed) and not cue.PART_START.match(listed) \
        and not cue.BREAKDOWN.match(sentence) and not cue.BREAKDOWN_BEFORE.search(sentence, 0, sp.start - len(listed))


_PER_UNIT = compile_re(r"单位[^，。；！？\d]{0,4}面积")  # (单位建筑面积能耗, 单位供热面积耗煤: per unit of area)
_STOCK_WORD = compile_re(r"在谈|在库|储备")  # (在谈项目21个，意向投资额约63亿元: the stock's size)
_BARE_ITEM = compile_re(r"[^\d，。；！？]{2,12}")  # (an item's noun alone: 国有林场, 各类自然保护地)
_ONCE_COMPLETED = compile_re(r"(?:建成|投产|达产|竣工|开业|运营|投用)后")


def _cue_ends(before: str, section: Kind | None, after: str = "") -> tuple[int, int, int, int]:
    """Where the last estimate, plan, settled-result and result word before a number end (-1: none). A
    plan's "…后" (建成后, 开通运营后) is a condition; a running total after it, in a later clause, is the
    number's own: "2号线开通运营后，…，1-10月轨道交通累计完成客运量9,864万人次" ("建成后年产值达到…" is still planned).
    年内 alone outside a plan's `section` is the year the work was done in (年内新增充电桩1.52万台, 年内新建城市书房9个;
    年内完成… in a plan is the plan's, and so is 力争年内…)."""
    target, achieved = _last(cue.TARGET_RE, before), _last(cue.ACHIEVED_RE, before)
    if target >= 0 and achieved > target and before.endswith("后", 0, target) \
            and _CLAUSE_MARK.search(before, target, achieved) and "累计" in before[target:achieved]:
        target = -1
    if target >= 0 and before.endswith("年内", 0, target) and section != "target" \
            and not cue.TARGET_RE.search(before, 0, target - 2) and not cue.TARGET_RE.search(before, target):
        target = -1
    if target >= 0 and before.endswith("将", 0, target) and cue.DISPOSAL_AFTER.match(after):
        target = -1  # (将14家用人单位列入…名单: 将 marks the object, `after` the number)
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
    head = _to_comma(sentence, sp.start)  # (a quotation mark ends no clause here: 现有国家级“小巨人”企业9家)
    if cue.PLAN_IN_BRACKETS.search(sentence, max(0, sp.start - 8), sp.start):
        return Decision("target", "goal_named", True)
    if cue.REFERENCE_IN_BRACKETS.search(sentence, max(0, sp.start - 12), sp.start):
        return Decision("other", "benchmark_elsewhere", True)
    placed = _position_rules(sentence, sp, sp.unit, head, context.continued and context.previous == "achieved")
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
            and cue.CONTINUES.search(clause[-24:] if len(clause) > 24 else clause) \
            and not cue.OWN_PLAN_VERB.search(clause) \
            and not (previous.rule in ("standing_count", "list_size") and cue.OWN_RESULT_VERB.search(clause)):
        # (可将成本降低约20%: a clause's own plan verb governs it; 在建项目412个，完成投资增长8.3%: its own result verb)
        # 同比增长8%, 占…的73.7%, 分别为4个、3个: the same kind as the result before it (a share
        # after a project's size is a share of the batch, not of the size).
        return Decision(previous.kind, "continues", previous.certain)
    if previous is not None and previous.rule not in DESCRIBING_RULES and cue.PART_START.match(head) \
            and not (cue.ACHIEVED_RE.search(head) or cue.TARGET_RE.search(head)) \
            and not cue.ACHIEVED_RE.search(sentence, sp.end, clause_end(sentence, sp.end)):
        # 现有企业86家，其中规上企业32家 (其中7件超额完成 has a verb of its own)
        return Decision(previous.kind, "part_of_batch", previous.certain)
    item = clause if clause.strip() else sentence[sp.end : clause_end(sentence, sp.end)]  # (…，6个管理部: the noun after)
    if previous is not None and previous.rule == "standing_count" and _BARE_ITEM.fullmatch(item) and "新" not in item \
            and not cue.ACHIEVED_RE.search(item) and not cue.TARGET_RE.search(item) \
            and (cue.LIST_GOVERNOR.search(sentence, 0, sp.start) or _STOCK_WORD.search(sentence, 0, sp.start)):
        # 现有国家级公益林48.6万亩、省级公益林37.2万亩，国有林场3个，古树名木2136株: the profile's list goes on
        # (not after an area alone: "全年粮食播种面积48.6万亩，总产量20.3万吨" is the year's harvest; nor what is new:
        # "前三季度新入库项目58个")
        return Decision("other", "standing_count")
    if cue.EXAMPLE_START.match(before.lstrip()) or cue.EXAMPLE_START.match(sentence.lstrip()):
        return Decision("other", "example_elsewhere", True)
    if "争取" in clause and sp.text.endswith(("以上", "左右")):
        return Decision("target", "plan_verb", True)  # 全年争取…资金20亿元以上: a goal (funds secured are counted exactly)
    estimate, target, strong, achieved = _cue_ends(before, context.section, sentence[sp.end : sp.end + 30])
    if estimate >= 0 and estimate >= target and not _ONCE_COMPLETED.search(before):
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
    return Decision("achieved", "default")


def check(model_kind: Kind, decision: Decision) -> tuple[Kind, bool]:
    """The kind to report for a figure the model labelled `model_kind`, and whether they disagree.

    The rules win where the grammar is unambiguous (a plan verb, a project's size, a name);
    elsewhere the model, which reads the whole document, keeps its kind."""
    if model_kind == decision.kind:
        return model_kind, False
    return (decision.kind if decision.certain else model_kind), True
