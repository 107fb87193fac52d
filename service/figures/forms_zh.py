"""Chinese figures the number grammar of `numbers.py` does not read: a rank won (位列第6位), a
percentage in words (百分之九十六点四), a ratio, a coefficient or an index without a unit (基尼系数为0.46)."""

from __future__ import annotations

from ..re_cache import compile_re
from .cn_numerals import cn_to_number
from .spans import NumberSpan

# A ratio, a coefficient or an index has no unit: 城乡居民收入比由去年同期的1.98缩小至1.93, 基尼系数为0.46,
# 制造业PMI指数为50.2, and neither has a rate per unit of something (亿元地区生产总值生产安全事故死亡率为0.041) nor a
# plot ratio (平均容积率1.42). A decimal right after its verb or its name, in a clause that names such a measure; and
# the change of one in the clause after it: "全县生态环境状况指数为72.4，同比提高0.6", "收入比为2.04，比上年缩小0.04".
# (or a value, an index's or a measure's named by 值: pH年均值为6.12, CMI值达到1.0, 性能指数保持在92以上, 死亡率控制在0.028以下,
# 电能利用效率不高于1.25; a whole number only with its bound, 92以上)
_RATIO_SUBJECT = compile_re(r"收入比|系数|指数|比值|倍差|死亡率|容积率|[均A-Za-z]值|利用效率")
_RATIO_VALUE = compile_re(r"(?<=[为是达由从的至到率于在])(?P<num>\d{1,4}\.\d{1,3}|\d{1,4}(?=以[上下]))(?:以[上下])?(?![\d.%％:：])")
_RATIO_CHANGE = compile_re(r"(?:提高|下降|缩小|扩大|增加|减少|上升|降低|回落|收窄)了?(?P<num>\d{1,4}\.\d{1,3})(?![\d.%％:：个])")
_CLAUSE_MARKS = compile_re(r"[，。；！？,;]")


def ratios(text: str, found: list[NumberSpan]) -> list[NumberSpan]:
    out: list[NumberSpan] = []
    for m in _RATIO_VALUE.finditer(text):
        if any(sp.start < m.end() and m.start() < sp.end for sp in found):
            continue
        marks = [c.end() for c in _CLAUSE_MARKS.finditer(text, 0, m.start())]
        if _RATIO_SUBJECT.search(text, marks[-1] if marks else 0, m.start()):
            out.append(NumberSpan(m.start(), m.end(), m.group(), float(m["num"]), ""))
    for m in _RATIO_CHANGE.finditer(text):
        # (the change of the ratio just before it, with no other figure between: not "…指数为72.4，优良天数增加12天")
        before = [sp for sp in found + out if sp.end <= m.start("num")]
        if before and max(before, key=lambda sp: sp.end) in out and not any(
                sp.start < m.end() and m.start("num") < sp.end for sp in found):
            out.append(NumberSpan(m.start("num"), m.end(), m["num"], float(m["num"]), ""))
    return out


# A percentage in words, as formal and Hong Kong Chinese write it: 百分之九十六点四 (96.4%), 百分之85.
PERCENT_WORDS = compile_re(r"百分之(?P<num>[0-9]+(?:\.[0-9]+)?|[零〇一二两三四五六七八九十百]+(?:[点點][零〇一二三四五六七八九]+)?)")


def percent_words(text: str) -> list[NumberSpan]:
    out = []
    for m in PERCENT_WORDS.finditer(text):
        num = m["num"]
        value = float(num) if num[0].isdigit() else cn_to_number(num)
        if value is not None:
            out.append(NumberSpan(m.start(), m.end(), m.group(), value, "%"))
    return out


# A fraction, a share: 消化三分之二以上, 不少于三分之一, 占全市的一半以上 (half only where a share is named: 的, 占, 近, 超过…;
# not 减半, a halving). Its value in per cent, its text as written (with a bound after it: 以上, 左右).
_FRACTION = compile_re(r"(?P<den>[一二三四五六七八九十]|\d{1,2})分之(?P<num>[一二三四五六七八九]|\d{1,2})"
                       r"|(?<=[的占了近约逾超过])(?P<half>一半)")
_BOUND_AFTER = compile_re(r"以上|以下|左右|多")
_HALF_ALONE = compile_re(r"(?P<half>一半)")


def fractions(text: str, alone: bool = False) -> list[NumberSpan]:
    """The fractions of `text`; `alone`: the text is a figure's own ("一半"), which names no share before its half."""
    out = []
    for m in (_HALF_ALONE if alone and text.startswith("一半") else _FRACTION).finditer(text):
        if m["half"]:
            value: float | None = 50.0
        else:
            den, num = (float(x) if x.isdigit() else cn_to_number(x) for x in (m["den"], m["num"]))
            value = round(100 * num / den, 1) if den and num is not None and num < den else None
        if value is not None:
            end = bound.end() if (bound := _BOUND_AFTER.match(text, m.end())) else m.end()
            out.append(NumberSpan(m.start(), end, text[m.start() : end], value, "%"))
    return out


# A rank won: 位列第6位, 跃升至第4位, 排名全省第3名. The ordinal is the figure.
RANK_RE = compile_re(
    r"(?:(?:位列|位居|排名|名列|跃居)(?:全[国省市区县]|全球)?[^，。；！？第\d]{0,12}?"  # (位列全国…品牌第9位)
    r"|(?:排在|排|居|跃升至|上升至|升至|列|保持)(?:全[国省市区县]|全球)?[^，。；！？第\d居]{0,16}?"  # (居国内同类企业第9位)
    r"|(?:位次|排名|排位|名次)(?:由|从)"  # (位次由第6位前移至第5位; 排名上升1位至第4位)
    r"|(?:前移|上移|前进|提升|上升|下降|后移|回落)(?:\d{1,2}位|[一二三四五六七八九]位)?(?:至|到))"
    # (居全县14个乡镇第3位: ranked among how many; 位列2024中国企业500强第186位: in a list named by its size)
    r"(?:[^，。；！？第\d]{0,8}?\d{1,3}个[^，。；！？第\d]{1,8}?|(?:(?:19|20)\d\d年?)?[^，。；！？第\d]{0,8}?\d{1,4}强)?"
    # (the unit may be left out where the rank ends its clause: 位列全省第五。)
    r"(?P<rank>第(?P<num>\d{1,4}|[一二三四五六七八九十]{1,3})(?:(?P<unit>位|名)|(?=[，。；！？、）)]|$)))"
)


def ranks(text: str) -> list[NumberSpan]:
    out = []
    for m in RANK_RE.finditer(text):
        num = m.group("num")
        value = float(num) if num.isdigit() else cn_to_number(num)
        out.append(NumberSpan(m.start("rank"), m.end("rank"), m.group("rank"), value, m.group("unit") or "位"))
    return out
