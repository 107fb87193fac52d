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

from .clauses import clause_end, clause_start
from .numbers import DURATION_UNITS, NumberSpan

Kind = Literal["achieved", "target", "other"]

# How far back a cue word or a year may stand and still govern a number. Bounding it keeps one
# pathological line with thousands of numbers linear, and a cue 200 characters back governs
# nothing in real prose anyway.
CUE_WINDOW = 200


def _alt(*words: str) -> str:
    return "(?:" + "|".join(sorted(words, key=len, reverse=True)) + ")"


# ---------------------------------------------------------------- verbs that govern a number

# Plan, goal and commitment words. Modal 要/将 only before a verb-like character (将 also marks an
# object: "将…列为", so it needs the verb right after it); 计划 not as a noun of size (计划总投资)
# or of a share (占年度计划的…).
TARGET_RE = re.compile(
    _alt("力争", "确保", "争取(?!到)", "力促", "拟", "努力", "预期", "有望", "将要", "年内", "下一步", "下步", "今后",
         "规划(?!(?:总|建筑|用地|占地)?面积|用地)",  # (规划面积 is a size)
         "冲刺", "目标是", "目标为", "奋斗目标", "主要指标", "主要目标", "预期目标", "工作目标",
         "计划到", "力求", "谋划", "排定", "排出",
         "(?<!占)(?<!占年度)(?<!占全年)计划(?!总投资|投资的|的)(?=[\\u4e00-\\u9fff\\d])",
         "即将", "将(?![^，。；！？]{0,30}?(?:作为|列为|纳入|视为|打造成|转化为|评为|确定为|划为|整合为|合并为|调整为|改为|简化为|用作|用于))"
         "(?!军|近|来)",
         "要(?=[完实达突新建开推引投确力全继加抓])",
         "可实现", "可达", "可新增", "可带动", "可提供", "可创造", "建成后", "投产后", "达产后", "竣工后",
         "明年", "预计", "(?:提出|明确|要求)[，,]?(?=(?:到|至)(?:19|20)\\d{2}年)")
)
# Result words: something happened in the period.
ACHIEVED_RE = re.compile(
    _alt("完成", "实现", "突破", "达到", "达", "新增", "净增", "建成(?!区)", "出台", "引进", "落户", "招引",
         "签约", "开工", "竣工", "投产", "提供", "增加", "集聚", "入选", "获批", "获评", "获得", "争取到",
         "吸引", "带动", "招商", "累计", "创造", "受理", "办理", "解决", "帮助", "发放", "培育", "认定",
         "引导", "组织", "举办", "开展", "接待", "实施", "落地", "成交", "销售", "缴纳", "上缴", "入库")
)
# Result words that settle the matter even after a plan word earlier in the sentence.
STRONG_ACHIEVED_RE = re.compile(
    _alt("已", "截至", "截止", "截止到", "历史新高", "创新高", "成功", "共计完成", "以来", "为止", "去年同期")
)
# The current period's outturn estimated in a review: 预计全年完成…, 全年预计实现….
ESTIMATE_RE = re.compile(
    r"预计(?!年(?![度底末内终]))(?:到|至)?(?:全年|今年|年末|年底|年终|当年|本年|上半年|一季度|前三季度)?[^，。；！？]{0,16}?(?:完成|实现|达到|达|增长|突破)"
    r"|(?:全年|年末|年底)[^，。；！？]{0,12}?预计(?:完成|实现|达到|达|增长|为)"
    r"|预计(?:全年|今年|当年|本年)[^，。；！？可将能]{1,16}?(?:约|为|在)?$"  # (预计今年全县茶叶总产量约1.9万吨)
)

# ---------------------------------------------------------------- where the number stands

# The size of a project, a batch of projects or a fund.
SIZE_BEFORE = re.compile(
    r"(?<!完成)(?<!实现)(?<!累计)(?<!到位)(?:计划)?(?:总投资(?:额)?|投资总额|总出资(?:额)?|总规模|总造价|注册资本|计划投资总额|总投入|"
    r"基金规模|集群规模|全长|总长|总金额|预算金额|预算价|(?:最高)?(?:投标)?限价|招标控制价)(?:约|达到|达|为|超过|超|近|逾|共|共计|合计|分别为|分别|是)*"
    r"(?:[:：]\s*)?(?:人民币)?$"  # (a tender's budget and price cap: "预算金额：人民币4,386.52万元")
)
# 完成固定资产总投资…: money that flowed in the period, not a size.
MONEY_FLOWED = re.compile(r"完成|实现|累计|到位|实际|新增")
# 投资2亿元的…项目, 投资5000万元自动化…改造项目: an amount that describes the project after it.
INVEST_BEFORE = re.compile(r"(?<!完成)(?<!实际)(?<!累计)(?<!到位)(?<!新增)(?:投资|规模|资金)(?:约|达|超过|超|近|逾|为)?$")
PROJECT_AFTER = re.compile(r"^[^，。；！？,;:：]{0,30}?(?:项目|工程|基地|生产线|产业园|园区|基金)")
# A capacity inside a project's name: 年产10万吨…项目, 20兆瓦农光互补项目.
CAPACITY_BEFORE = re.compile(r"(?:年产|年出栏|年加工|年处理|年销售|年生产|日产|年发电|年吞吐|年屠宰|年存栏|年产能)(?:约)?$")
NAME_AFTER = re.compile(r"^[\u4e00-\u9fffA-Za-z“”]{1,24}?(?:项目|工程|基地|生产线)")
# An item of a list of projects: "涵盖A、15万千瓦风能开发、C等10个招商引资签约项目" (the number is in
# the item's name; the list closes with 等 … 项目).
LIST_OF_PROJECTS_AFTER = re.compile(r"^[^，。；！？,;:：]{0,60}?、[^，。；！？,;:：]{0,40}?等[^，。；！？,;]{0,14}?(?:项目|工程)")
ITEM_START = re.compile(r"[、，,：:；]$|^$")
# Units of a capacity or a size (a count of projects, 12个项目, is not a size).
SIZE_UNITS = {"元", "美元", "欧元", "港元", "吨", "万吨", "千瓦", "兆瓦", "吉瓦", "千瓦时", "平方米", "亩", "公顷",
              "平方公里", "立方米", "标箱", "套", "台套", "只", "头", "张"}
# The time a project or a task is given, not a result: 工期18个月, 为期3天, 建设周期2年.
PERIOD_OF_WORKS = re.compile(r"(?:工期|建设期|建设周期|周期|期限|为期)(?:为|约|仅|只有|共)?$")
# Measures of land and floor space: with no verb in their clause they profile a place.
AREA_UNITS = {"平方米", "亩", "公顷", "平方公里", "平方千米", "㎡", "m²"}
# Work done on land, before its area: 新建高标准农田5.3万亩 is work of the period (or its plan), no profile.
AREA_WORK = re.compile(r"新建|新增|新造|新种|建成|改造|整治|修复|治理|造林|绿化|流转|盘活|收储|出让|腾退|复垦|拆除")
# Work done on an area, as a verb of its clause (新建建筑面积 in a project's scale is its size).
LAND_WORK_DONE = re.compile(r"落实|完成")
HELD_AT = re.compile(r"(?:稳定|保持|稳)在$")
RESULT_IN_GAP = re.compile(r"开工|投产|签约|落地|竣工|完成|建成|达产|实施|引进|落户|开建|推进")
# Standing counts and profiles: what a place has, not what happened.
# (A profile's own verb, the 达 of 面积达 or 存量达, makes no result of it: see `_position_rules`.)
STANDING_BEFORE = re.compile(
    r"(?<!新)(?P<word>拥有|现有|目前已?(?:集聚|聚集|入驻|拥有|共有|有)|辖区内|境内|下辖|辖|存量(?:为|达(?![到成]))?"
    r"|(?:规划(?:总|建筑|用地|占地)?|总)?面积(?:为|约|达(?![到成]))?|人口|占地(?:面积)?(?:约)?|常住|户籍|在建"
    r"|在谈项目|(?:入库)?储备项目|储备库|项目库|入库项目|入库企业|(?:目前|现)[^，。；！？]{0,8}?共有)"
    r"(?:[^，。；！？、\d]|\d+周?岁){0,12}$"  # (a noun of a few words, an age in it: 现有60周岁以上老年人)
)
# A standing count's verb, which governs a list: 现有国家级“小巨人”企业9家、省级专精特新中小企业57家.
LIST_GOVERNOR = re.compile(r"(?<!新)(?P<word>拥有|现有|目前有|目前共有|下辖)")
STANDING_AFTER = re.compile(r"^[^，。；！？]{0,3}(?:在建|在谈|储备)")
# A count of a list or of a policy document: 18条意见, 营商环境10条, 217家…开发区综合考评中.
POLICY_AFTER = re.compile(r"^[”’\"」]?(?:意见|措施|举措|政策|条款|规定|细则|办法|承诺|服务承诺|工作法|机制)")
RANKING_AFTER = re.compile(r"^[^，。；！？]{0,24}?(?:中|之中)(?:位列|位居|排名|排|居|名列|列)")
BASIS = re.compile(r"在[^，。；！？]{0,40}$")
BASIS_AFTER = re.compile(r"^[^。；！？]{0,40}?的?基础上")
# Examples from elsewhere: 如…, 比如…, 例如….
EXAMPLE_START = re.compile(r"^(?:如|比如|例如|譬如|像)")
# 其中…, 包括…: parts of a batch take the batch's kind.
PART_START = re.compile(r"^(?:其中|包括|含)")
# A growth rate or a share continues the figure before it: 同比增长8%, 占…的73.7%.
CONTINUES = re.compile(
    r"(?:同比|比上年|较上年|比去年|较去年|比年初|较年初|环比)?(?:分别)?(?:增长|下降|增加|减少|提高|提升|上升|回落|增幅|降幅)"
    r"(?:了|约|达|为)?$|占[^，。；]{0,20}?(?:的|比重|比例)?(?:为|达|约|超)?$|占比(?:为|达|约)?$|分别(?:为|达|达到)?$|[、和及与]$"
)
# The whole a share is of, written before it: 占年度计划投资182.2亿元的81.6%.
SHARE_OF = re.compile(r"占[^，。；！？]{0,20}$")
TARGET_WORD = re.compile(r"计划|目标|任务|预算")
# A clause's own plan verb, which no result before it overrides: 可将电站占地面积减少约20% (将 alone is
# also the object marker: 将个人最好成绩提高了近1分钟).
OWN_PLAN_VERB = re.compile(r"可(?:将|使|让|把)|力争|确保|争取|有望")
# "…超千亿”奋斗目标", "…的目标任务": the goal is named right after the number.
TARGET_AFTER = re.compile(r"^[”’\"」]?(?:左右|以上|以内)?(?:的)?(?:奋斗|发展|年度|工作|规划|预期|主要|调控|考核|控制){0,2}"
                          r"(?:目标|任务)")
# A share of its goal reached is a result: 完成规划目标的87.2%, 完成年度目标任务的81%.
ATTAINMENT = re.compile(r"(?:完成|达到|实现)了?[^，。；！？]{0,16}?(?:目标|计划|任务)(?:任务)?的$")
# A list of projects whose spending is the result: 全区83个市级以上重点项目完成投资118.6亿元.
LIST_OF_WORKS_SPENT = re.compile(r"^[^，。；！？\d]{0,12}?项目(?:累计|共|已|共计)?完成(?:年度)?投资")
# The same, its noun before the number: 全年亿元以上施工项目153个，完成投资201.6亿元.
WORKS_SPENT_AFTER = re.compile(r"^[，,](?:累计|共|共计)?完成(?:年度)?投资")
# A policy's terms, neither a result nor a goal: a standard (补贴标准为每辆3000元), a cap (单个项目最高1000万元),
# a rate it pays at (按新品销售价格的15%给予补贴, 按每人1500元的标准给予…补助).
POLICY_TERM_BEFORE = re.compile(r"(?:标准为|标准是)(?:每[\u4e00-\u9fff]{1,3})?$|(?:单个项目|每[\u4e00-\u9fff]{1,3}|给予)最高(?:不超过)?$"
                                r"|(?<!提高至)(?<!提高到)(?<!调整为)(?<!调整至)(?<!上调至)每人每(?:月|年)$"  # (a standard raised is news)
                                r"|每[\u4e00-\u9fff]{1,3}(?:加价|补贴|补助|奖励)$")
_GRANT = r"(?:奖励|补贴|补助|资助|奖补)"
# A grant on a condition, to whoever meets it: 对首次认定的国家级“小巨人”企业，给予一次性奖励100万元.
CONDITIONAL_GRANT = re.compile(rf"对[^。；]{{2,60}}?的[^。；，,]{{0,12}}[，,]?[^。；，,]{{0,6}}?给予(?:一次性|最高)?{_GRANT}(?:资金)?$")
POLICY_RATE_BEFORE = re.compile(r"按(?:每[\u4e00-\u9fff]{1,3}|[^，。；！？]{1,16}的)$")
POLICY_RATE_AFTER = re.compile(rf"^(?:、[^，。；！？]{{0,12}}?)?(?:的标准)?(?:给予|予以|进行|发放)?(?:一次性)?[\u4e00-\u9fff]{{0,4}}?{_GRANT}")
# What a works is designed for is its size: 设计年通过能力180万标箱, 设计产能.
DESIGN_CAPACITY = re.compile(r"设计(?:年)?[\u4e00-\u9fff]{0,4}(?:能力|产能|规模)(?:为|达|约)?$")
# A quota handed down (the convention's "quota"), and the rate a plan is done at.
QUOTA = re.compile(r"限额(?:为|达|共)?$")
COMPLETION_RATE = re.compile(r"(?<![预计划])完成率(?:为|达|达到)?$")
# Last year's same period as the time of the figure, not the base of a change (比去年同期增长8%).
SAME_PERIOD_LAST_YEAR = re.compile(r"(?<![比较与同])(?:去年|上年)同期(?:的)?(?:增速为|增速|为|下降|增长|仅为|仅)?$")
# What is left of the work, before the plan that finishes it: 剩余3项民生实事确保年底前全部完成.
REMAINING = re.compile(r"(?:剩余|其余|尚余|余下|剩下)$")
# The places a place is made of: 全县213个行政村 (a profile, whatever the villages did).
WHOLE_OF_PLACE = re.compile(r"(?:^|[占覆盖])(?:全(?:县|市|区|镇|乡|省|州|旗)|辖区内?|境内)(?:共有|共|现有)?$")
PLACES_AFTER = re.compile(r"^(?:行政村|自然村|村（社区）|村居|村|社区|乡镇|街道|乡|镇)")
_ABOVE_OR_BELOW = "高于|低于|快于|慢于|好于|优于|超过|超出"
# Another place's level a figure is compared with: 增速高于全省9.6%的平均水平.
BENCHMARK_BEFORE = re.compile(rf"(?:{_ABOVE_OR_BELOW}|比)(?:同期)?(?:全国|全省|全市|全区|全州)(?:同期|平均)?$")
# Figures of other places: a neighbour's, or the average of its peers (全县乡镇平均; 全省平均 is a province's own).
ELSEWHERE = re.compile(r"(?:邻近|相邻|周边|毗邻)的?[\u4e00-\u9fff]{1,8}(?:县|市|区|镇|乡|园区|开发区)"
                       r"|(?:乡镇|县区|区县|县市|各[县市区镇])[^，。；！？]{0,10}平均")
# (but a gap from them is this place's: 高于全省平均水平2.1个百分点)
COMPARED = re.compile(rf"{_ABOVE_OR_BELOW}|比|较|高出|低出")
BENCHMARK_AFTER = re.compile(r"^的?(?:平均(?:水平|值|增速|增幅)|增速|增幅|水平)")
COMMIT_BEFORE_NAME = re.compile(r"(?:确保|力争|实现|完成|冲刺|迈向|奋力|全力)[^，。；！？]{0,6}$")


# Rules that say what a number describes (a size, a name, the goal a result is measured against): a
# share or a growth rate after such a number continues the result before it, not the description.
DESCRIBING_RULES = frozenset({"project_size", "size_in_name", "capacity_in_name", "inside_name", "policy_count",
                              "goal_named_after", "share_base", "quota"})


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


def _inside_quotes(sentence: str, start: int, end: int) -> tuple[int, int] | None:
    """(open, close) of the short quotation (a name or a slogan) holding [start, end), if any."""
    for op, cl in (("“", "”"), ("‘", "’"), ("「", "」"), ("《", "》"), ('"', '"')):
        o = sentence.rfind(op, max(0, start - 20), start)
        if o < 0 or (op != cl and sentence.find(cl, o + 1, start) >= 0):
            continue
        c = sentence.find(cl, end, end + 20)
        if c >= 0 and not re.search(r"[，。；！？,;!?]", sentence[o:c]):
            return o, c
    return None


def _to_comma(sentence: str, pos: int, stops: str = "，。；！？,;、") -> str:
    """The text before `pos` back to the punctuation that parts clauses (a clause of `clause_start`
    may end at a quotation mark or a bracket too)."""
    head = sentence[:pos]
    return head[max(head.rfind(c) for c in stops) + 1 :]


def _lists_terms_and_places(sentence: str, sp: NumberSpan, local: str, head: str, after: str,
                            after_raw: str) -> Decision | None:
    """What a number stands for by the words around it: a list's size, a works' capacity, a policy's
    terms, the work left to do, the places of a place, other places. (`local`: its clause before it;
    `head`: the text back to its comma; `after`, `after_raw`: its clause after it, and 40 characters.)"""
    if sp.unit in ("个", "個") and (LIST_OF_WORKS_SPENT.match(after_raw) or local.endswith("项目")
                                  and WORKS_SPENT_AFTER.match(after_raw) and not RESULT_IN_GAP.search(local)):
        return Decision("other", "list_size", True)  # 88个重点项目完成投资93亿元: the list's size
    if DESIGN_CAPACITY.search(head):
        return Decision("other", "design_capacity", True)  # 设计年通过能力180万标箱: the works' size
    if POLICY_TERM_BEFORE.search(head) or CONDITIONAL_GRANT.search(sentence, max(0, sp.start - 80), sp.start) or (
            POLICY_RATE_BEFORE.search(head) and POLICY_RATE_AFTER.match(after_raw)):
        return Decision("other", "policy_term", True)  # 补贴标准为每辆3000元, 每台最高2000元, 按…的15%给予补贴
    if QUOTA.search(local):
        return Decision("target", "quota", True)  # 下达我市新增政府债务限额176.0亿元
    if COMPLETION_RATE.search(local):
        return Decision("achieved", "completion_rate", True)  # 累计完成0.38亿元，完成率25.3%
    if SAME_PERIOD_LAST_YEAR.search(local):
        return Decision("other", "earlier_period", True)  # 扭转了去年同期下降3.2%的局面
    if REMAINING.search(local) and TARGET_RE.search(after):
        return Decision("target", "remaining_committed", True)  # 剩余42公里将于11月底前完工
    if WHOLE_OF_PLACE.search(local.strip()) and PLACES_AFTER.match(after):
        return Decision("other", "places_of_a_place", True)
    if ELSEWHERE.search(head) and not COMPARED.search(head):
        return Decision("other", "elsewhere", True)  # 邻近的石埠镇…1.55亿元, 全县乡镇平均为6.1亿元
    if BENCHMARK_BEFORE.search(local) and BENCHMARK_AFTER.match(after_raw):
        return Decision("other", "benchmark_elsewhere", True)
    return None


def _position_rules(sentence: str, sp: NumberSpan, unit: str, head: str) -> Decision | None:
    """Rules from where the number stands (`head`: back to its comma): names, sizes, standing counts, bases."""
    cs = clause_start(sentence, sp.start)
    local = sentence[cs : sp.start]
    if cs > 0 and sentence[cs - 1] in "：:" and local.strip() in ("", "人民币"):
        local = sentence[clause_start(sentence, cs - 1) : sp.start]  # "预算金额：人民币…": its label says what it is
    after = sentence[sp.end : clause_end(sentence, sp.end)]
    after_raw = sentence[sp.end : sp.end + 40]
    if unit == "强":
        return Decision("other", "list_name", True)  # 50强, 百强县: the number in a list's name
    if unit in DURATION_UNITS and PERIOD_OF_WORKS.search(local):
        return Decision("other", "duration_of_works", True)  # 建设工期18个月: what the project takes
    if unit == "年":  # 连续19年 (the only N年 the grammar keeps): a streak, history up to now
        if TARGET_RE.search(local):
            return Decision("target", "streak_committed", True)  # 力争连续3年保持增长
        return Decision("other", "streak", True)
    quoted = _inside_quotes(sentence, sp.start, sp.end)
    if quoted is not None:
        if COMMIT_BEFORE_NAME.search(sentence[max(0, quoted[0] - 8) : quoted[0]]) or TARGET_AFTER.match(
            sentence[quoted[1] : quoted[1] + 8]
        ):
            return Decision("target", "commitment_to_slogan", True)
        return Decision("other", "inside_name", True)
    if unit in ("条", "條") and (POLICY_AFTER.match(after_raw) or re.search(r"[“”]", sentence[sp.end : sp.end + 2])):
        return Decision("other", "policy_count", True)
    if SIZE_BEFORE.search(local) and not MONEY_FLOWED.search(local):
        return Decision("other", "project_size", True)
    if INVEST_BEFORE.search(local) and PROJECT_AFTER.match(after_raw) and not RESULT_IN_GAP.search(after_raw[:12]):
        return Decision("other", "project_size", True)
    if CAPACITY_BEFORE.search(local) and PROJECT_AFTER.match(after_raw):
        return Decision("other", "capacity_in_name", True)
    named = NAME_AFTER.match(after) if unit in SIZE_UNITS else None
    if named is not None and not RESULT_IN_GAP.search(named.group(0)):
        return Decision("other", "size_in_name", True)
    if unit in SIZE_UNITS and ITEM_START.search(sentence[max(0, sp.start - 1) : sp.start]) \
            and LIST_OF_PROJECTS_AFTER.match(after_raw + sentence[sp.end + 40 : sp.end + 120]):
        item = re.split(r"[、等]", sentence[sp.end : sp.end + 40], maxsplit=1)[0]
        if not RESULT_IN_GAP.search(item) and not ACHIEVED_RE.search(item) and not TARGET_RE.search(item):
            return Decision("other", "size_in_name", True)
    if RANKING_AFTER.match(after_raw):
        return Decision("other", "ranking_field", True)
    if (described := _lists_terms_and_places(sentence, sp, local, head, after, after_raw)) is not None:
        return described
    if BASIS.search(sentence[max(0, sp.start - 40) : sp.start]) and BASIS_AFTER.match(sentence[sp.end : sp.end + 60]):
        return Decision("other", "basis", True)
    standing = STANDING_BEFORE.search(head)
    if standing and "面积" in standing["word"] and LAND_WORK_DONE.search(head) or (
            standing and standing["word"].endswith("共有") and ACHIEVED_RE.search(after)):
        standing = None  # (全县落实粮食播种面积68.4万亩: the area of the period's work; 目前共有12个项目开工)
    governor = None
    if standing is None and "、" in (listed := _to_comma(sentence, sp.start, "，。；！？,;")) and (
            governor := LIST_GOVERNOR.search(listed)) and not ACHIEVED_RE.search(listed, governor.end()) \
            and not TARGET_RE.search(listed, governor.end()):
        standing = governor  # (现有A企业9家、B企业57家: the verb of the list's first member governs the rest)
    # (面积达120平方公里 profiles a place; the area of things new, 新增海外仓8个，总面积达…, is the work's)
    own_verb_only = standing is not None and governor is None and not AREA_WORK.search(sentence[: sp.start])
    unprofiled = head[: standing.start()] + "，" + head[standing.end("word") :] if own_verb_only else local
    verb_before = ACHIEVED_RE.search(unprofiled) or TARGET_RE.search(unprofiled)
    held = HELD_AT.search(local)  # (粮食播种面积稳定在128万亩以上: kept at a level, as the section says)
    share = local.lstrip().startswith("占")  # (占全县耕地面积的61.8%: a share, of the result before it)
    if (standing and not verb_before and not held and not share) or STANDING_AFTER.match(after):
        if TARGET_RE.search(after) or re.search(r"全部(?:竣工|投产|开工)", after):
            return Decision("target", "standing_count_committed", True)
        return Decision("other", "standing_count")
    if unit in AREA_UNITS and not verb_before and not ACHIEVED_RE.search(after[:8]) and not AREA_WORK.search(local) \
            and not LAND_WORK_DONE.search(local) and not held:
        return Decision("other", "profile")
    return None


def decide_zh(
    sentence: str, sp: NumberSpan, context: SentenceContext, previous: Decision | None = None
) -> Decision:
    """The kind of the Chinese figure `sp` in `sentence`. `previous` is the decision for the figure
    before it in the same sentence (a growth rate or a share continues it)."""
    head = _to_comma(sentence, sp.start)  # (a quotation mark ends no clause here: 现有国家级“小巨人”企业9家)
    placed = _position_rules(sentence, sp, sp.unit, head)
    if placed is not None:
        return placed
    lo = max(0, sp.start - CUE_WINDOW)
    before = sentence[lo : sp.start]
    clause = sentence[clause_start(sentence, sp.start) : sp.start]
    if TARGET_AFTER.match(sentence[sp.end : sp.end + 8]):
        return Decision("target", "goal_named_after", True)
    if (reached := ATTAINMENT.search(head)) and not TARGET_RE.search(head[: reached.start()]):
        return Decision("achieved", "attainment", True)
    if SHARE_OF.search(clause) and sentence.startswith("的", sp.end) and sentence[sp.end + 1 : sp.end + 2].isdigit():
        # 占年度计划投资182.2亿元的81.6%: the whole a share is of (a plan's, or what it names)
        return Decision("target" if TARGET_WORD.search(clause) else "other", "share_base", True)
    if previous is not None and CONTINUES.search(clause[-24:] if len(clause) > 24 else clause) \
            and not OWN_PLAN_VERB.search(clause):  # (可将成本降低约20%: a clause's own plan verb governs it)
        # 同比增长8%, 占…的73.7%, 分别为4个、3个: the same kind as the result before it (a share
        # after a project's size is a share of the batch, not of the size).
        return Decision(previous.kind, "continues", previous.certain)
    if previous is not None and previous.rule not in DESCRIBING_RULES and PART_START.match(head) \
            and not (ACHIEVED_RE.search(head) or TARGET_RE.search(head)) \
            and not ACHIEVED_RE.search(sentence, sp.end, clause_end(sentence, sp.end)):
        # 现有企业86家，其中规上企业32家 (其中7件超额完成 has a verb of its own)
        return Decision(previous.kind, "part_of_batch", previous.certain)
    if EXAMPLE_START.match(before.lstrip()) or EXAMPLE_START.match(sentence.lstrip()):
        return Decision("other", "example_elsewhere", True)
    estimate = _last(ESTIMATE_RE, before)
    target = _last(TARGET_RE, before)
    strong = _last(STRONG_ACHIEVED_RE, before)
    achieved = _last(ACHIEVED_RE, before)
    if estimate >= 0 and estimate >= target and not re.search(r"(?:建成|投产|达产|竣工)后", before):
        return Decision("achieved", "period_estimate", True)
    if target >= 0 and strong < target:
        return Decision("target", "plan_verb", True)
    if strong >= 0:
        return Decision("achieved", "result_settled", True)
    shares_verb = context.previous is not None and (PART_START.match(sentence.lstrip()) or context.continued)
    if achieved >= 0:
        if context.section == "other":
            return Decision("other", "section")
        if shares_verb and context.previous == "target" or context.section == "target":
            # "今年将完成A；实现B", a result verb in a plan's section: the plan governs it.
            return Decision("target", "section")
        return Decision("achieved", "result_verb")
    if shares_verb and (context.previous != "other" or PART_START.match(sentence.lstrip())):
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
