"""The bound of a class written beside a number, which is no figure of its own: 年销售额1000万元以上的直播团队 (the teams
over a size), 执行率低于50%的项目, 造成3人以上10人以下死亡 (a band's two bounds); and a few of the clause's doers
counted in words before another figure (两家企业收购蚕茧1420吨). Read by kinds.py before any verb."""

from __future__ import annotations

from ..re_cache import compile_re
from . import kind_cues as cue
from .spans import NumberSpan


def _bounds_a_band(sentence: str, sp: NumberSpan) -> bool:
    """Whether `sp` is one of a band's two bounds: 造成3人以上10人以下死亡."""
    return sp.text.endswith("以上") and cue.BAND_UPPER_AFTER.match(sentence, sp.end) is not None or (
        sp.text.endswith("以下") and cue.BAND_LOWER_BEFORE.search(sentence, max(0, sp.start - 16), sp.start) is not None)


def bounds_a_class(sentence: str, sp: NumberSpan, unit: str, local: str, after: str, after_raw: str) -> bool:
    """The bound of a class, not a figure of its own."""
    if _bounds_a_band(sentence, sp):
        return True  # 造成3人以上10人以下死亡: the band a class is defined by, both its bounds
    of_a_noun = after_raw.startswith("的") and _HAN.match(after_raw, 1) is not None and not _GOAL_NOUN.match(after_raw, 1)
    if sp.text.endswith(("以上", "以下")) and unit not in ("%", "成", "个百分点") and (
            of_a_noun or _HAN.match(after_raw) and _COUNT_OF_CLASS.search(after)):
        # 新培育年销售额1000万元以上的直播团队20个 (the 20个 is a figure); 620分以上高分段人数达到312人, the class named
        # and counted in one clause
        return True
    lead = _BOUND_LEAD.match(sp.text)  # (the grammar keeps a bound's word: "超过10亿元")
    if (bound := _BOUND_BEFORE.search(local + lead[0] if lead else local)) is None:
        return False
    # a bound a class passes: 利润总额超过10亿元的企业有5家, 执行率低于50%的项目; 有13个项目执行率低于50% (the 13个 is
    # the figure); not a share of a whole, 超过50%的企业实现盈利
    return of_a_noun and (unit != "%" or bound["rate"] is not None) \
        or unit == "%" and bound["rate"] is not None and _COUNT_OF_CLASS.search(local) is not None


def class_threshold(sentence: str, sp: NumberSpan, start: int) -> str | None:
    """What a class's bound is the threshold of: the class's noun and the measure it is drawn on
    (年交易额超过1亿元的企业达到38家: '企业年交易额门槛'; 对日产厨余垃圾100公斤以上的餐饮单位: '餐饮单位日产厨余垃圾门槛').
    `start`: where the number's clause starts. None for a band's bounds (造成3人以上10人以下死亡), which name no class."""
    if _bounds_a_band(sentence, sp):
        return None
    after = _BOUND_END.sub("", sentence[sp.end : sp.end + 16], count=1)
    if _DIGIT.match(after) or (after := after.removeprefix("的")) and _DIGIT.match(after):
        return None
    noun = _CLASS_NOUN.match(after)
    # (the measure's own words: not a count or a clause before them, "有13个项目执行率", "7个行政村的水费收缴率")
    measure = _OWN_WORDS.split(_MEASURE_TRAIL.sub("", sentence[start : sp.start]))[-1]
    measure = _MEASURE_LEAD.sub("", measure)
    measure = measure[-10:] if _HAN.fullmatch(measure[-1:] or "x") else ""
    name = (noun.group() if noun else "") + measure
    return f"{name}门槛" if name else None


# (what closes a bound written after the number, and the class noun after it, up to the verb of the clause)
_BOUND_END = compile_re(r"^(?:及以上|及以下|以上|以下)")
_CLASS_NOUN = compile_re(r"(?![按对在将给有由仅])[\u4e00-\u9fff（）()]{1,10}?(?=[，。；、,;：:\d]|$|达到|达|仍有|有|仅|只有|共有|占|不足|给予|实行|继续|一律|免征|暂免|按|的|中|为|可|将|须|应)")
_OWN_WORDS = compile_re(r"\d+[个处家项名户只座所条件栋]?|的(?=[\u4e00-\u9fff]{2})")
# (the words before the number that say what is done, not what is measured: 计划新培育年交易额 -> 年交易额)
_MEASURE_LEAD = compile_re(r"^.*?(?:对|将|把|新培育|培育|新增|扩大到|达到|为|其中|按|以|仅)(?=[\u4e00-\u9fff]|$)|^(?:计划|力争|全年|全市|全县|今年)+")
_MEASURE_TRAIL = compile_re(r"(?:不?(?:超过|超|高于|低于|少于|多于|足|到)|在|达到|达|累计|为)+$")


def counts_the_doers(sp: NumberSpan, local: str, after: str) -> bool:
    """A count in Chinese numerals before its noun that no verb of the clause reports: who did what another figure
    measures (县内两家缫丝企业全年收购蚕茧1420吨, 组建由两名业务骨干带队的服务小组46个), or who the clause is about
    (与经济办七名骨干成员“双周一碰头”, 其中三栋仓房需维修改造). It describes; 完成两家门店的改造 and 引进博士研究生两名
    report. (Batches, sessions and tenths count no doers: 分三批发放 is how a thing was done, 四成 a share.)"""
    if len(sp.text) != 2 or sp.text[0] not in "二两三四五六七八九" or sp.text[1] in "成批场" or _HAN.match(after) is None:
        return False
    if _DIGIT.search(after) is not None:
        return True
    if (local.endswith("有") or not local.strip()) and cue.ACHIEVED_RE.search(after):
        return False  # (有两名员工获评先进个人, 五名员工获省局表彰: what befell them is the clause's result)
    return not (cue.ACHIEVED_RE.search(local) or cue.TARGET_RE.search(local))


_DIGIT = compile_re(r"\d")
# A count of a class's members after its bound: "…高分段人数达到312人", "…重点项目28个".
_COUNT_OF_CLASS = compile_re(r"\d[\d.,]*[万亿]?(?:人次|人|个|家|户|所|名|辆|项|座|台|套|件|次|处)")
_HAN = compile_re(r"[\u4e00-\u9fff]")
# The words before a bound: 超过, 低于; a rate's, 执行率低于, 增速超过.
_BOUND_BEFORE = compile_re(r"(?P<rate>率|增速|比例|比重)?(?:超过|超|高于|低于|不足|不到)$")
_BOUND_LEAD = compile_re(r"超过|超|高于|低于|不足|不到")
_GOAL_NOUN = compile_re(r"目标|任务|要求|水平|规模|幅度|增长|增速")  # (…2000亿元以上的目标: the goal's own figure)
