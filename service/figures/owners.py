"""The owner of a bare measure: a subject that names only a measure ("总投资", "年产值", "总数", "总长度") measures the batch
the figure just before it counted, in the clause before its own: "在建重点项目67个，总投资426.5亿元" is the projects' total
investment (在建重点项目总投资), "新增规上工业企业32家，总数达到215家" the firms' number (规上工业企业总数).
A line that opens with a place, a route or a works as its label owns the bare measures after it: "东通道：开行148列"
(东通道开行), "滨湖学校（新建）：…，总投资4.3亿元" (滨湖学校总投资)."""

from __future__ import annotations

from ..re_cache import compile_re
from .clauses import clause_start
from .numbers import NumberSpan
from .units_zh import COUNT_UNITS

# Measures that name no thing of their own: the investment in a batch of works, their year's output, a total. (Not a
# deal's sum, 签约额, which a writer gives bare; not a rate of work done, 完工率, whose batch the verb before names: "完工45个，
# 完工率93.8%"; not 合计, which adds up a list, "基准站6个、一般站26个，合计32个".)
_BARE_MEASURE = compile_re(r"(?:总|计划|年度计划|计划总|完成|累计完成|已完成)?投资(?:额|总额)?|(?:预计)?(?:年|达产后年)(?:产值|销售收入|营业收入)"
                           r"|总(?:数|量)")
_COUNTS = frozenset(u for u in COUNT_UNITS if u not in ("个百分点", "百分点", "倍", "成", "分", "强"))
# A batch of works, which an investment or an output is of (not the people a scheme reaches: "涉及居民1.84万户，完成投资7.83亿元").
_WORKS = compile_re(r"(?:项目|工程|小区|学校|幼儿园|医院|基地|园区|产业园|生产线|设施|场馆|站点)$")
# What a batch's count says of the batch, not of the owner of a total: "新增规上工业企业32家，总数达到215家" (规上工业企业).
_NEW = compile_re(r"^新(?:增|建|培育|认定|入库|开工)")
_STOCK = compile_re(r"总(?:数|量)")
# Who lined the works up, and how: "县里排定年度重点项目", "计划实施竹产业重点项目" (the works are 年度重点项目, 竹产业重点项目).
_LINED_UP = compile_re(r"^[\u4e00-\u9fff]{0,8}?(?:实施|排定|排出|安排|谋划推进|谋划|启动|承担)(?=[\u4e00-\u9fff]{2})")


# A size that names no thing of its own, right after a count of things (the things' size: "河流21条，总长度486公里",
# "在建光伏项目4个、装机容量68兆瓦"); not after a count of people ("涉及居民1.84万户、建筑面积…").
_PHYSICAL_SIZE = r"总长度?|全长|长度|总?里程|(?:建筑|占地|总)?面积|(?:装机|总)容量"
_SIZE = compile_re(rf"{_PHYSICAL_SIZE}|投资|产能|规模")
_SIZE_END = compile_re(rf"(?:{_SIZE.pattern})$")
_SIZE_AFTER = compile_re(rf"[，,；;、]\s*(?:{_PHYSICAL_SIZE})(?:约|为|达|共|合计|共计)?")


# A works named by its investment, and an output with no owner of its own after it.
_WORKS_NAMED = compile_re(r"(?:总投资|投资)约?[\d.]+[万亿]?元的(?P<works>[\u4e00-\u9fff]{2,20}?(?:项目|工程|产业园|基地|生产线))")
_OUTPUT = compile_re(r"(?:建成后|投产后|达产后)?(?:预计)?(?:可实现)?年(?:产值|销售收入|营业收入|税收)")


# A line's label that names an owner (a place, a route, a works or a body: 东通道, 去程, 滨湖学校（新建）, 城南水厂), by its head
# noun, after a list's number if any; not a heading that names an aspect (成效, 下一步, 线路织网, 账怎么算) nor 其中.
_OWNER_LABEL = compile_re(r"\s*(?:\d{1,2}[.、．]\s*|[一二三四五六七八九十]{1,3}[、.]|[（(][一二三四五六七八九十\d]{1,3}[）)])?"
                          r"(?P<owner>(?=[\u4e00-\u9fff]{2})[\u4e00-\u9fff]{0,10}?"
                          r"(?:通道|[去回返]程|线|段|路|桥|港|站|场|馆|院|校|园|区|县|市|镇|乡|村|厂|库|中心|基地|公司|集团|项目|工程))"
                          r"(?:[（(][^）)]{1,8}[）)])?[：:]")
# A subject that names no thing of its own, a verb and what it made at most: 开行, 发送, 规划班, 总投资, 新增学位.
_SHORT = 4


def owned_subjects(sentence: str, spans: list[NumberSpan], subjects: list[str]) -> list[str]:
    """`subjects` with each bare measure joined to the batch the count before it names, or to the owner the line's label
    names."""
    out = list(subjects)
    for i in range(1, len(spans)):
        own, count = subjects[i], spans[i - 1]
        if count.unit not in _COUNTS:
            continue
        owner = subjects[i - 1]
        if _SIZE.fullmatch(own) and _SIZE_AFTER.fullmatch(sentence, count.end, spans[i].start) and len(owner) >= 4 \
                and not _SIZE_END.search(owner) and not owner.startswith("涉及"):
            out[i] = (_LINED_UP.sub("", owner) + own)[:40]  # ("新建改建城市道路43条、总长约37.5公里": the roads' length)
            continue
        if not _BARE_MEASURE.fullmatch(own):
            continue
        cs = clause_start(sentence, spans[i].start)
        # (the count closes the clause right before the measure's: nothing else stands between them)
        if not owner or _BARE_MEASURE.fullmatch(owner) or sentence[count.end : cs].strip() not in ("，", ",", "；", ";"):
            continue
        if _STOCK.fullmatch(own):
            owner = _NEW.sub("", owner)
        elif _WORKS.search(owner):
            owner = _LINED_UP.sub("", owner)
        else:
            continue
        out[i] = (owner + own)[:40]
    if "的" in sentence and (named := _WORKS_NAMED.search(sentence)) is not None:
        # ("总投资12.5亿元的瑞拓智能装备产业园项目…，建成后预计年产值30亿元": the works' output)
        out = [named["works"] + own if sp.start > named.end() and _OUTPUT.fullmatch(own) else own
               for sp, own in zip(spans, out, strict=True)]
    if (label := _OWNER_LABEL.match(sentence)) is not None:
        owner = label["owner"]
        out = [f"{owner}{own}" if sp.start >= label.end() and own and len(own) <= _SHORT and owner not in own else own
               for sp, own in zip(spans, out, strict=True)]
    return out
