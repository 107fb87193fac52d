"""Where a Chinese number stands, for its kind: inside a quoted name, after 总投资 as a project's size, in a
list's, a policy's or a place's words, after a standing count's word, in "在…的基础上". `position_rules` is the
first question `kinds.decide_zh` asks; what governs the number (a plan or a result verb) comes after it there."""

from __future__ import annotations

import re

from ..re_cache import compile_re
from . import kind_cues as cue
from .class_bounds import bounds_a_class, counts_the_doers
from .clauses import clause_end, clause_start
from .decision import Decision
from .numbers import NumberSpan
from .units_zh import DURATION_UNITS

CLAUSE_MARK = compile_re(r"[，。；！？,;!?]")
_PER_UNIT = compile_re(r"单位[^，。；！？\d]{0,4}面积")  # (单位建筑面积能耗, 单位供热面积耗煤: per unit of area)


_OPENING_QUOTE = compile_re(r'[“‘「《"]')


def _inside_quotes(sentence: str, start: int, end: int) -> tuple[int, int] | None:
    """(open, close) of the short quotation (a name or a slogan) holding [start, end), if any."""
    if not _OPENING_QUOTE.search(sentence, max(0, start - 20), start):
        return None  # (most numbers: no quotation opens in the 20 characters before them)
    for op, cl in (("“", "”"), ("‘", "’"), ("「", "」"), ("《", "》"), ('"', '"')):
        o = sentence.rfind(op, max(0, start - 20), start)
        if o < 0 or (op != cl and sentence.find(cl, o + 1, start) >= 0):
            continue
        c = sentence.find(cl, end, end + 20)
        if c >= 0 and not CLAUSE_MARK.search(sentence, o, c):
            return o, c
    return None


_OF_A_NUMBER = compile_re(r"的\d")
_CLAUSE_OR_LIST_MARK = compile_re(r"[，。；！？,;、]")
_CLAUSE_MARK_ONLY = compile_re(r"[，。；！？,;]")


def to_comma(sentence: str, pos: int, stops: re.Pattern[str] = _CLAUSE_OR_LIST_MARK) -> str:
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
    if _OF_A_NUMBER.match(after_raw) and cue.GOAL_OF_ATTAINMENT.search(head):
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
    if cue.SAME_PERIOD_WHOLE.match(local.strip()):
        return Decision("other", "benchmark_elsewhere", True)  # 同期全省进出口增长4.2%: the whole's, to compare with
    if cue.STILL_LEFT.search(local) and not cue.TARGET_RE.search(after):
        return Decision("other", "still_left", True)  # 全县大班额还有19个
    if cue.SHORTFALL.search(local) and not cue.ACHIEVED_RE.search(local) and not cue.TARGET_RE.search(local):
        return Decision("other", "shortfall", True)  # 专职管护人员仅56人, 保证率不足90%
    if cue.REMAINING.search(local) and cue.TARGET_RE.search(sentence, sp.end, _next_clause_end(sentence, sp.end)) \
            and not _DONE_ALREADY.match(after):
        # 剩余42公里将于11月底前完工; in the next clause too, when it has no number of its own: 剩余78项全部落实整改责任，
        # 确保一季度前整改清零 (not 剩余3处已完工，…)
        return Decision("target", "remaining_committed", True)
    if cue.YEAR_BOUNDED_CLASS.search(local):
        return Decision("other", "standing_count")
    if (cue.WHOLE_OF_PLACE.search(local.strip()) or cue.WHOLE_PLACE_REACHED.search(local.strip())
            and not cue.TARGET_RE.search(sentence, 0, sp.start)) and cue.PLACES_AFTER.match(sentence, sp.end):
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


_WORK_ON_STOCK = compile_re(r"(?:盘活|置换|化解|处置|消化|改建|改造|清理|去化|收回)[^，。；！？\d]{0,5}$")
# Work done on what is under way, held or in use, its object (检查在建工地1260个次, 修复馆藏文物286件, 走访在谈企业60家).
_WORK_ON_HELD = compile_re(r"(?:检查|修复|督查|巡查|排查|走访|帮扶|指导|检测|抽检|整治|监测|吸纳|慰问|培训)$")


def _no_standing(standing: re.Match[str], head: str, after: str, after_raw: str = "") -> bool:
    """Whether the standing count's word before a number makes no standing count of it: 全县落实粮食播种面积68.4万亩
    (the area of the period's work); 目前共有12个项目开工, 全县有11个项目实现“拿地即开工”; a rate, 户籍人口参保率;
    what an event measures, 受灾人口4.7万人, 过火面积约46公顷; 脱贫人口人均纯收入 (an income); a wage or an insured
    split of a body's staff; a rate per unit of area, 单位供热面积耗煤17.7千克; work done on a stock, 盘活存量住房1440套, or on
    what is under way or held, 检查在建工地1260余个次."""
    word, end = standing["word"], standing.end("word")
    return bool("面积" in word and (cue.LAND_WORK_DONE.search(head) or _PER_UNIT.search(head, 0, end))
                or word.endswith(("共有", "有")) and not word.endswith(("拥有", "现有")) and cue.ACHIEVED_RE.search(after)
                or cue.RATE_BASE.search(head, 0, standing.start()) or "率" in head[end:]
                or word.startswith(("面积", "人口")) and (cue.EVENT_MEASURED.search(head, 0, standing.start("word"))
                                                        or word == "人口" and cue.NOUN_AFTER_POPULATION.match(head, end))
                # (a body's staff: not a wage named after them, 在岗职工人均工资收入, nor an insured split, 在职职工…、退休人员…)
                or word.startswith(("在职", "在岗", "在编")) and (cue.NOUN_AFTER_POPULATION.match(head, end) or "退休" in after_raw[:16])
                # (work done on a stock: 盘活存量住房1440套, 置换高成本存量债务42.7亿元, 改建存量房屋290套)
                or word.startswith("存量") and _WORK_ON_STOCK.search(head, max(0, standing.start() - 8), standing.start()) is not None
                or word.startswith(("在建", "馆藏", "在用", "在库", "在册", "在谈", "在孵", "在职", "在岗"))
                and _WORK_ON_HELD.search(head, max(0, standing.start("word") - 4), standing.start("word")) is not None)


def _unit_rules(sentence: str, sp: NumberSpan, unit: str, local: str) -> Decision | None:
    """Rules from what the number's unit counts and the words around it (`local`: its clause up to it): a ranked list's
    size, an age, a limit a measure is held to, a capacity, a duration that is no work of the period, a rate a rule
    applies, a floor held for years, a streak."""
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
            or unit == "元" and (cue.SUM_APPLIED_BEFORE.search(local) or cue.PRICE_SET.search(local)
                                 or cue.PRICE_PER_UNIT.search(local) and not cue.PRICE_OBSERVED.search(local))) \
            and not (cue.TARGET_RE.search(local) or cue.TARGET_WORD.search(local)):  # (增长目标按9%左右安排: the goal)
        return Decision("other", "rate_applied", True)  # 按25%的企业所得税税率计算, 减按1%征收, 按每吨每年100元的标准拨付
    if unit in DURATION_UNITS and cue.DURATION_AS_RULE.match(sentence, sp.end):
        return Decision("other", "duration_as_rule", True)  # 24小时值班, 5个工作日内答复, 24小时降雨量
    if _FLOOR_HELD.search(local) and sp.text.endswith("以上"):
        return Decision("other", "floor_held", True)  # 连续8年稳定在25万吨以上: the line held for years, not the year's result
    if unit == "年":  # 连续19年 (the only N年 the grammar keeps): a streak, history up to now
        if cue.TARGET_RE.search(local):
            return Decision("target", "streak_committed", True)  # 力争连续3年保持增长
        return Decision("other", "streak", True)
    return None


# A floor a measure has stayed above for years: 粮食总产量…连续8年稳定在25万吨以上 (the year's own figure is the result).
_FLOOR_HELD = compile_re(rf"{cue.YEARS_RUNNING}(?:稳定|保持|稳定保持|稳)在$")
_MUST_NOT_PASS = compile_re(r"不得(?:高于|超过|低于|少于|大于|小于)[^，。；！？\d]{0,8}$")
_OF_A_NAME = compile_re(r"的[\u4e00-\u9fff“]")
_NUMBER_NOT_YEAR = compile_re(r"(?<!\d)(?!(?:19|20)\d\d年)\d")
_DONE_ALREADY = compile_re(r"[^，。；]{0,6}?(?:已|均已)")


def _next_clause_end(sentence: str, at: int) -> int:
    """Where the clause after the one at `at` ends; where that one ends when the next holds a number other than a year
    (its words are its own number's)."""
    end = clause_end(sentence, at)
    if end >= len(sentence) or sentence[end] not in "，,":
        return end
    after = clause_end(sentence, end + 1)
    return end if _NUMBER_NOT_YEAR.search(sentence, end + 1, after) else after


def position_rules(sentence: str, sp: NumberSpan, unit: str, head: str, listing: bool = False) -> Decision | None:
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
    if cue.INVEST_BEFORE.search(local) and (cue.PROJECT_AFTER.match(after_raw) or _OF_A_NAME.match(after_raw)) \
            and not cue.RESULT_IN_GAP.search(after_raw[:12]):
        # ("投资860万元的江畔城市书房于5月开放": the investment describes the work it names, whatever the noun; not a
        # share of it, "占年度计划投资182.2亿元的81.6%")
        return Decision("other", "project_size", True)
    if _MUST_NOT_PASS.search(local):
        return Decision("other", "rule_limit", True)  # 出水COD浓度不得高于50毫克/升: a rule's limit, no result or goal
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
    listed = to_comma(sentence, sp.start, _CLAUSE_MARK_ONLY)  # (back to its comma, past a list's 、)
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
    if unit in cue.AREA_UNITS and not verb_before and not held and not listing and not _CHANGED_ON_EARLIER.search(local) \
            and _profiles_place(sentence, sp, after, listed):
        return Decision("other", "profile")
    if cue.PLACE_PROFILE.match(sentence) and not cue.PROFILE_ENDS.search(sentence, 0, sp.start) \
            and not cue.TARGET_RE.search(sentence, 0, sp.start):
        return Decision("other", "place_profile", True)  # (a sentence on where a place lies: 青峦县地处…，森林覆盖率78.4%)
    return None


# A change on an earlier time is a result's, never a profile: 人均体育场地面积达到2.91平方米，比上年提高0.17平方米.
_CHANGED_ON_EARLIER = compile_re(r"(?:比|较)(?:上年|去年|上年同期|年初|上年末)[^，。；！？\d]{0,3}(?:提高|增加|增长|扩大|提升|下降|减少|降低)了?$")


def _profiles_place(sentence: str, sp: NumberSpan, after: str, listed: str) -> bool:
    """Whether an area with no verb of its own profiles the place (全县耕地面积86.2万亩). Not an area of land work
    (全年出让“标准地”37宗、203.5公顷) or of an event (秸秆还田面积186万亩, 过火面积12.6亩), nor a part of the whole before
    it (其中玉米39.5万亩、大豆12万亩; 其中，人工造林…，封山育林1.54万亩; 从用途看，工业用地72.18公顷…), which takes the whole's kind."""
    return not cue.ACHIEVED_RE.search(after[:8]) and not cue.AREA_WORK.search(listed) \
        and not cue.EVENT_MEASURED.search(listed, 0, max(0, listed.rfind("面积"))) \
        and not cue.LAND_WORK_DONE.search(listed) and not cue.PART_START.match(listed) \
        and not cue.BREAKDOWN.match(sentence) and not cue.BREAKDOWN_BEFORE.search(sentence, 0, sp.start - len(listed))
