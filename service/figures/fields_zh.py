"""The field a Chinese count is taken from, or a rank given among: "在全省13个设区市中排名第4位", "全市12个国考断面中，…",
"居全市11个县（市、区）第3位". The count is how many members the field has, and an analyst names it so (全省设区市数量),
not by the words around the frame ("在全省设区市公交服务质量考核评价中", "税收收入总量在全省")."""

from __future__ import annotations

from typing import NamedTuple

from ..re_cache import compile_re
from .clauses import clause_end, clause_start
from .kind_cues import RANKED_IN
from .numbers import NumberSpan, find_numbers
from .subjects import SUBJECT_TRAIL

# The measure words a field's members are counted by (个设区市, 家企业, 所学校, 座水库, 条河流, 处景区).
_MEMBER_UNITS = frozenset(("个", "家", "所", "座", "条", "处"))
# "…个设区市中，", "…个县（市、区）中排名第2位", "…家高新区综合评价中位列", "…个断面中有11个": the field's members, up to the 中 that
# closes the frame (not a word's 中: "42所中小学开展…").
_AMONG = compile_re(r"(?P<members>[^，,。；;！？\d第]{1,24}?)(?:之|当)?中"
                    r"(?=[，,]|有\d|[^，,。；;！？\d]{0,10}?(?:排名|位列|位居|居第|居全|列第|排第|排在|名列))")
# "居全市11个县（市、区）第3位": the members between the count and the rank.
_RANKED_AMONG = compile_re(r"(?P<members>[^，,。；;！？\d第]{1,14}?)第[\d一二三四五六七八九十]+[位名]")
# An evaluation named after the members ("设区市公交服务质量考核评价"): the members end at their last head noun before it.
_EVALUATION_END = compile_re(r"(?:考核|考评|评价|评估|评比|评定|测评|评选|比赛|竞赛|大赛)(?:评价|结果)?$")
_MEMBER_HEAD = compile_re(r"(?:市|县|区|镇|乡|村|街道|企业|医院|卫生院|机场|港口|园区|学校|高校|法院|断面|点位|站点|单位|机构)"
                          r"(?:[（(][^）)]{1,10}[）)])?")
# Words before the frame that say when or who speaks, not which field: 其中, 目前, 我市.
_LEAD = compile_re(r"^(?:其中|同时|目前|截至\S{0,8}?底|我市|我县|我区|该县|该市|该区)+")


class Field(NamedTuple):
    scope: str  # where: 全省, 全市, 参评的
    members: str  # what it is made of: 设区市, 县（市、区）, 国考断面
    unit: str  # the measure word its members are counted by
    end: int  # where its frame ends in the sentence

    @property
    def subject(self) -> str:
        return f"{self.scope}{self.members}数量"[:40]


def field_of(sentence: str, span: NumberSpan) -> Field | None:
    """The field whose size `span` gives, None when it gives none."""
    if span.unit not in _MEMBER_UNITS:
        return None
    before = sentence[clause_start(sentence, span.start) : span.start]
    if (ranked := RANKED_IN.search(before)) and ranked["scope"] and (among := _RANKED_AMONG.match(sentence, span.end)):
        scope = ranked["scope"]
    elif (among := _AMONG.match(sentence, span.end)) is not None:
        scope = _LEAD.sub("", before[before.rfind("在") + 1 :]).strip()
        if len(scope) > 12:
            return None  # (a clause that says more than where: not a field's name)
    else:
        return None
    members = among["members"].strip()
    if _EVALUATION_END.search(members):
        heads = list(_MEMBER_HEAD.finditer(members))
        if not heads:
            return None
        members = members[: heads[-1].end()]
    return Field(scope, members, span.unit, among.end())


# The words of a member count that say only when or that it exists: 截至12月底已完工38个, 实现增长的有89家.
_MEMBER_LEAD = compile_re(r"^[，,\s]*(?:有|其中|截至\S{0,8}?底|已经?|全年|目前|共有|共)*")
_CLAUSE_MARK = compile_re(r"[，,；;：:]")
_AFTER_LEAD = compile_re(r"^(?:是|为|均)")  # (有18个是通过以商招商引进的)
_AFTER_TRAIL = compile_re(r"的$")
# A change of the count before, not a description of members: 比上年同期增加2家, 增加2家 (but 减少的有3个 describes them).
_CHANGE = compile_re(r"^(?:比|较|同比|环比|(?:增长|增加|下降|减少|提高|提升|上升|新增)$)")
_BRACKETED = compile_re(r"[（(][^）)]*[）)]$")


def member_subject(sentence: str, span: NumberSpan, field: Field) -> str | None:
    """The subject of a count of some of a field's members, read after the field ("23家省属企业中，21家实现盈利": '实现盈利的
    省属企业'; "全县127家规上工业企业中，实现增长的有89家": '实现增长的规上工业企业'); None when the count names its own noun or is
    no such count."""
    if span.unit != field.unit or span.start < field.end:
        return None
    own = _CLAUSE_MARK.split(sentence[field.end : span.start])[-1]  # (its own clause: not from inside 年度考核为“优秀”的)
    if _CHANGE.search(own := _MEMBER_LEAD.sub("", own).strip()):
        return None  # (a change of the count before: 比上年同期增加2家)
    own = SUBJECT_TRAIL.sub("", own).strip()
    head = _BRACKETED.sub("", field.members)[-2:]
    if not own:
        after = sentence[span.end : clause_end(sentence, span.end)]
        if after.startswith(head[-1]):
            return None  # (its own noun right after it: 有9个市…)
        own = after[: figures[0].start] if (figures := find_numbers(after)) else after
        own = _AFTER_TRAIL.sub("", _AFTER_LEAD.sub("", own)).strip()
    if not own or head in own or find_numbers(own):
        return None  # (its own noun: 水质优良断面25个)
    return f"{own}的{field.members}"[:40]


# The rest of a batch counted before: "已整改1,698处，…剩余44处确保8月底前整改到位", "其余8个按计划进度推进": named by the
# batch's things (剩余隐患), not by what the rest will do (剩余确保, 其余力争).
_REST = compile_re(r"(?P<rest>其余|剩余|余下)的?$")
_AFTER_THE_NOUN = (r"力争|确保|将|正在|因|已|均|于|计划|预计|目前|按|仍|在|主体|全部|实行|(?<!未)开工|发行|整治|倒排|提标|改造|建设|完成|实施|"
                   r"推进|投运|完工|竣工|整改|[，,。；;、]")
_NOUN_AFTER = compile_re(rf"(?!{_AFTER_THE_NOUN})[\u4e00-\u9fff][\u4e00-\u9fff（）()]{{0,9}}?(?={_AFTER_THE_NOUN}|$)")
# Verbs that open a batch's subject, before the things done: 排查隐患, 计划改造老旧小区, 新建防火隔离带.
_DONE_TO = compile_re(r"^(?:(?:并|全年|累计|共|已|计划|年内|上半年|下半年|前三季度|今年)*(?:排查|整改|完成|实施|改造|建设|新建|开展|发现|收集|办结|启动|督促整改|"
                      r"组织|推进|处置|受理)(?:出|了|各类)?)+")


def rest_subject(sentence: str, span: NumberSpan, before: list[NumberSpan], subjects: list[str]) -> str | None:
    """The subject of the rest of a batch (None when `span` is none): 剩余 or 其余 and the things, named after the count
    ("剩余5个未开工项目") or by the first count of the sentence in its unit ("排查隐患1,742处": 剩余隐患)."""
    if (rest := _REST.search(sentence, max(0, span.start - 3), span.start)) is None:
        return None
    if (noun := _NOUN_AFTER.match(sentence, span.end)) is not None and noun.group():
        return f"{rest['rest']}{noun.group()}"
    same = [subjects[j] for j in range(len(before)) if before[j].unit == span.unit and subjects[j]]
    things = _DONE_TO.sub("", same[0]).removesuffix("数量").removesuffix("中") if same else ""
    return f"{rest['rest']}{things}" if len(things) >= 2 else None
