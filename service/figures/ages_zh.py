"""Chinese ages that name a group of people: "35岁以下职工仅占两成" is the age bound of the workers counted
('职工年龄界限'), "为0岁至6岁残疾儿童实施康复救助" gives the group's youngest and oldest ages ('残疾儿童年龄下限',
'残疾儿童年龄上限'), "68岁的村民钟德厚" a person's age ('村民年龄'). What follows the number is someone, not a thing
measured, so the words before it ("本月病例中", "县民政局还联合县卫健部门为") say nothing of what it is."""

from __future__ import annotations

from ..re_cache import compile_re
from .numbers import NumberSpan

AGE_UNITS = frozenset(("岁", "周岁", "歲", "週歲"))

# The people the age bounds: a few characters ending in a word for people (老年人, 残疾儿童, 采编人员, 青年献血者,
# 代表性传承人), the longest that ends one, not past a verb or a particle (35岁以下职工仅占职工总数的…: 职工).
_PEOPLE = (r"(?P<people>[^\W\d_仅占为达的和与及中有是在以对向从等共约近超比较均都也还已将可每]{0,6}"
           r"(?:人口|人员|儿童|幼儿|婴儿|学生|妇女|女性|男性|农民|居民|村民|市民|职工|员工|用户|租户|农户|住户|专家|青年|少年"
           r"|老人|人|者|员))")
# What may stand between an age and the people: its bound (以下, 及以上, （含）以下) and 的.
_BOUND = r"(?:（含）|\(含\))?(?:及|或)?(?P<bound>以[上下])?"
_PEOPLE_AFTER = compile_re(rf"{_BOUND}的?{_PEOPLE}")
# The lower end of a range of ages (0岁至6岁), and the upper end's start.
_LOWER_END = compile_re(rf"[至到~～—-]\d+(?:周)?岁{_BOUND}的?{_PEOPLE}")
_UPPER_END = compile_re(r"\d(?:周)?岁[至到~～—-]$")


def age_subject(sentence: str, span: NumberSpan) -> str:
    """The subject of an age that names the people it bounds or belongs to ('' when it names none)."""
    if span.unit not in AGE_UNITS:
        return ""
    if lower := _LOWER_END.match(sentence, span.end):
        return f"{lower['people']}年龄下限"
    if not (people := _PEOPLE_AFTER.match(sentence, span.end)):
        return ""
    if _UPPER_END.search(sentence, max(0, span.start - 4), span.start):
        return f"{people['people']}年龄上限"
    bound = people["bound"] or span.text.endswith(("以上", "以下"))
    if bound or sentence.startswith("的", span.end):  # (not "68岁老人": the people are named, no age of theirs)
        return f"{people['people']}年龄{'界限' if bound else ''}"
    return ""


def upper_end(subject: str) -> str:
    """The subject of a range's upper end, its lower end's `subject`: of the same thing, its upper bound where the lower
    end names its lower bound (0岁至6岁残疾儿童: '残疾儿童年龄上限')."""
    return subject.removesuffix("下限") + "上限" if subject.endswith("下限") else subject
