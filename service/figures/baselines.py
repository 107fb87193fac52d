"""Baselines: the figure of an earlier time a Chinese sentence compares with ("较2023年的1.9亿元增长",
"由上年的41.5%提升至47.8%", "较去年最高负荷742.8万千瓦增长9.4%", "由214公里增至232.6公里"). Such a figure is the
comparison (`other`), and the change after it is of the same thing."""

from __future__ import annotations

from ..re_cache import compile_re
from .numbers import NumberSpan
from .subjects import CHANGE_VERB

# The earlier time a figure is compared with: 较2023年, 由上年, 比年初末.
_BASE_WHEN = (r"(?:较|比|由|从)(?P<when>上年同期|去年同期|上年|去年|年初|上月|(?:19|20)\d{2}年"
              r"|[“\"‘]?十[一二三四五六]五[”\"’]?)(?:末|底|同期)?")  # (较“十三五”末的268.4亿元)
# A figure of an earlier time the sentence compares with: "较2023年的1.9亿元", "由上年的41.5%提升至".
_CN_BASELINE = compile_re(rf"{_BASE_WHEN}(?:的|(?<=由上月)(?P<verb>{CHANGE_VERB}|上涨))$")


# The comparison left at the end of a baseline's own subject ("占比由上年"), and the change read
# after a baseline ("较2023年的1.9亿元增长约2.8倍": 增长, not the new level).
# ("PPI环比由上月下降0.1%转为上涨0.1%": last month's change, then this month's.)
BASE_PHRASE = compile_re(rf"{_BASE_WHEN}的?$|^{_BASE_WHEN.replace('?P<when>', '')}"  # (and a named base's lead: 较上年末)
                         r"|^与(?:(?:19|20)\d{2}年(?:度|末|底|同期)?的?)?")  # (与2023年审结刑事案件571件相比)
BASE_CHANGE_END = compile_re(rf"(?:{CHANGE_VERB}|上涨)$")
CHANGE_AFTER_BASE = compile_re(rf"(?:转为)?({CHANGE_VERB}|上涨)(?:了|约|近|超过|达)*")


# A base named with what it measures, the change after it: "较去年最高负荷742.8万千瓦增长9.4%" (not "较去年增加
#企业15家", where the number is the change).
_CN_NAMED_BASE = compile_re(rf"{_BASE_WHEN}(?P<noun>[\u4e00-\u9fff]{{1,8}})$")
_CHANGE_CHARS = compile_re(r"[增减降升提多少新扩缩超涨跌]")


def change_from_base(sentence: str, between: str, base: NumberSpan, of_base: tuple[str, str], base_subject: str) -> str:
    """The subject of the figure right after a base figure (`between` them), which is of the thing the base measures:
    its change against the base's time where the figure is one ("比2019年的853起下降28.3%": '发生火灾比2019年下降', told
    apart from the change against last year before it, '发生火灾较上年下降'); `of_base` is `baseline`'s answer for it."""
    thing = BASE_CHANGE_END.sub("", base_subject) if of_base[1] else base_subject
    if not (change := CHANGE_AFTER_BASE.fullmatch(between)):
        return thing
    when = of_base[0]
    # (a year named only: against last year or the year's start is what a change says by default)
    k = sentence.rfind(when, max(0, base.start - 12), base.start) if when[:1].isdigit() else -1
    # (nor on the year before one the sentence names first: "公司2024年营业收入较2023年的…增长" is a change on last year)
    next_year = f"{int(when[:4]) + 1}年" if k > 0 else ""
    against = f"{sentence[k - 1]}{when}" if k > 0 and sentence[k - 1] in "较比" and next_year not in sentence[:k] else ""
    return thing + against + change[1]


def baseline(sentence: str, span: NumberSpan) -> tuple[str, str] | None:
    """The time a baseline figure is of ("2023年", "上年"; '' when unnamed) and the change it is of
    ("由上月下降0.1%": 下降; '' for a level), or None when `span` is no baseline."""
    m = _CN_BASELINE.search(sentence, max(0, span.start - 12), span.start)
    if m is None and (named := _CN_NAMED_BASE.search(sentence, max(0, span.start - 16), span.start)) \
            and not _CHANGE_CHARS.search(named["noun"]) and CHANGE_AFTER_BASE.match(sentence, span.end):
        return (named["when"], "")
    if m is None and _COMPARED_WITH_AFTER.match(sentence, span.end) \
            and (compared := _COMPARED_WITH_BEFORE.search(sentence, max(0, span.start - 25), span.start)):
        return (compared["when"] or "", "")  # "与2023年审结刑事案件571件相比，今年…增加41件"
    if m is None and (aside := _YEAR_ASIDE.search(sentence, max(0, span.start - 12), span.start)) is not None:
        return (aside["when"], "")  # "查办各类违法案件1,127件，同比增长20.4%（2023年为936件）": that year's, beside the figure
    if m is None and FROM_LEVEL.search(sentence, max(0, span.start - 8), span.start) and _RISES_TO.match(sentence, span.end):
        return ("", "")  # "运营总里程将由214公里增至232.6公里": the level it starts from
    return (m["when"], m["verb"] or "") if m else None


# An earlier year's figure in brackets after the period's: "（2023年为936件）", "(2023年同期为1,520万元)".
_YEAR_ASIDE = compile_re(r"(?<=[\d%％\u4e00-\u9fff）)])[（(](?P<when>(?:19|20)\d{2}年)(?:同期|全年|末|底)?(?:为|是|约|仅为)?$")
# A figure the sentence measures against, inside 与…相比: "与2023年审结刑事案件571件相比", "与石埠镇规上工业产值52亿元相比"
# (not a goal's, "与…提出的人均1.5册目标相比", which the goal's rules read).
_COMPARED_WITH_BEFORE = compile_re(r"与(?P<when>(?:19|20)\d{2}年)?[^，。；！？与]{0,22}$")
_COMPARED_WITH_AFTER = compile_re(r"(?:的水平|水平|时)?相比")


# The verb a level is reached with, left at the end of the level before's subject.
LEVEL_CHANGE_END = compile_re(r"(?:增加|增长|提高|提升|上升|扩大|下降|减少|缩短|缩小)$")
# A level reached from the one before it: 由214公里增至232.6公里, 由原来的约75分钟缩短至约35分钟.
# (由平均22个月缩短至3个月; a price's base unit between: 气价由每立方米2.65元调整为每立方米2.86元)
# (or before an event named: 由改革前的5天缩短至3天, 从整治前的12处)
FROM_LEVEL = compile_re(r"(?:由|从)(?:原来|原先|目前|现在|此前|过去|[\u4e00-\u9fff]{1,4}前)?的?(?:平均)?(?:每(?:立方米|千瓦时|公斤|千克|吨|升|人|户|亩))?$")
_RISES_TO = compile_re(r"[^，。；,;]{0,4}?(?:增至|增加到|增加至|增长到|增长至|提高到|提高至|提升到|提升至|上升到|上升至|扩大到|扩大至|"
                       r"下降到|下降至|降至|降到|减少到|减少至|减至|减到|压减至|压减到|缩减至|缩减到|缩短到|缩短至|缩小到|缩小至|压缩到|压缩至|降低到|降低至|"
                       r"前移至|前移到|上移至|后移至|跃升至|跃升到|前进至|回落至|回落到"
                       # (or to 为: 申请材料由原来的11项精简为5项)
                       r"|(?:精简|缩短|压缩|压减|缩减|减少|降低|提高|提升|调整|增加|扩大|缩小)为|[降增减]为)")
