"""The number grammar: which runs of a sentence are figures, and their normalized value.

A figure is   [prefix qualifier] NUMBER [multipliers] [inner qualifier] UNIT [suffix qualifier]
- NUMBER: Arabic (1,200 / 15.6 / full-width digits) or Chinese numerals (千, 二十三, 两)
- multipliers: 十 百 千 万 亿 (chained: 千万, 万亿)
- qualifiers: 超 近 约 逾 超过 (before), 余 多 (inside), 以上 左右 以内 (after)
- UNIT: currency (元 美元 …), % and 个百分点, counts (个 家 项 只 …), measures (亩 吨 平方米 兆瓦 …),
  durations (天 个月 小时; 年 only in a streak, 连续19年)
A number needs a unit, a multiplier or a percent sign to be a figure: dates (2023年, 7月22日),
clock times, phone and registration numbers, codes in quotes (“1237”) and ordinals (第3) are not.
English has its own grammar in `numbers_en.py` ($1.2 billion, 15 percent, 3,000 jobs, 20 MW, Rs 45,000 crore).
"""

from __future__ import annotations

import re

from ..re_cache import compile_re
from .cn_numerals import cn_to_number
from .forms_zh import fractions, percent_words, ranks, ratios
from .spans import NumberSpan
from .units_zh import COUNT_UNITS, CURRENCY, UNITS

MULTIPLIERS = {"十": 10, "百": 100, "千": 1000, "万": 1e4, "亿": 1e8}
FULLWIDTH = str.maketrans("０１２３４５６７８９．，％", "0123456789.,%")

PREFIX_QUALIFIERS = ["超过", "超", "近", "约", "逾", "达", "过"]
INNER_QUALIFIERS = ["余", "多"]
SUFFIX_QUALIFIERS = ["以上", "以下", "左右", "以内", "之多", "余"]

# (Thousands may be grouped with spaces before a unit, as Hong Kong writes them: 3 860個宿位. Chinese
# numerals may have decimals: 十八点六亿元.)
_NUM = (r"(?P<num>[0-9]{1,3}(?: [0-9]{3})+(?=[^\s0-9,，.．])|[0-9０-９][0-9０-９,，]*(?:[.．][0-9０-９]+)?"
        r"|[零〇一二两三四五六七八九十百千]+(?:[点點][零〇一二三四五六七八九]+)?)")
# 千 is a multiplier except where it starts a unit: 1.2亿千瓦时 is 1.2e8 kWh, not 1.2e11 Wh.
_MULT = r"(?P<mult>(?:[十百万亿]|千(?!瓦|米|克|伏|卡|焦|帕)|萬|億)*)"
_INNER = r"(?P<inner>余|多)?"
# (余 or 多 may stand before the multiplier too: 追回欠薪830余万元, 接待游客50余万人次, 十多万人)
_INNER_BEFORE_MULT = r"(?:(?:余|多)(?=[十百千万亿萬億]))?"
# A measure word is no unit when it starts a word: 百亿支撑 (支撑), 3台阶, 5处理, 10名单.
NOT_A_UNIT_BEFORE = {
    "支": "撑持出付援柱", "台": "阶", "场": "景所", "批": "准复", "部": "门署", "类": "似", "处": "理置",
    "起": "步来", "种": "植养", "所": "有在", "名": "单称牌录列", "位": "于列居置", "张": "贴", "笔": "者",
    "次": "要", "件": "事", "成": "为立功效本果交长熟品员型都套绩就不",
    "天": "然津下气", "年": "级級代度底初中末内", "片": "区段状", "颗": "粒", "列": "入为席队举表出", "例": "如外子行会", "剂": "量型",
    "期": "间末初满限内中货权刊待望盼",
    "轮": "换岗值训动流胎椅廓次",  # (轮换, 轮岗: no rounds)
    "秒": "杀懂",  # (秒杀: a flash sale)
    ":1": "0123456789:", "∶1": "0123456789∶",  # (a clock's 9:15 is no ratio)
    "岁": "月末",  # (岁月, 岁末)
    "人日": "均",  # (接待游客1200人日均…: people, then a daily average; not person-days)
    "克": "服难隆拉",  # (克服, 克难: no gram)
    "股": "东份权票本息价市金民指",  # (前十名股东, 5%以上股份)
    "本": "月年期季周日次届地市县区级部科土身着质来轮批网站刊报单院所",  # (not 本月, 本地, 本科, 本土: a word that starts with 本)
    "分": "钟别之散期批类局院校行析布配享工管解项担摊流化成公区队站会红厂数",  # (分钟, 分别, 分局, 分析: no score)
    "卷": "宗烟入心起轴尺",  # (卷宗 is a file, 卷入 a verb)
    "票": "据价面务房证选数",  # (票据, 票价: no consignment)
    "单": "位元独项日月价体品据列人次",  # (单位, 单元, 单价: no order)
    "块": "钱",  # (5块钱 is money)
    "口": "岸径罩号碑腔味语头气令述罐袋",  # (口岸, 口径, 口罩: no count)
    "门": "户槛店类诊票口前面市禁急窗卫槛",  # (门户, 门槛, 门店, 门类: no course)
    "眼": "镜睛光前科下中界里神力球看见",  # (眼镜, 眼前, 眼下: no well)
    "班": "子长组主级车机底",  # (班子, 班长, 班组, 班车: no run or class)
}


def _unit_pattern(unit: str) -> str:
    tail = NOT_A_UNIT_BEFORE.get(unit)
    return re.escape(unit) + (f"(?![{tail}])" if tail else "")


# A space before the percent sign is how some pages write it: 增长23 %.
_UNIT = r"(?P<unit>[ \u00a0]?[%％‰]|" + "|".join(_unit_pattern(u) for u in UNITS) + r")?"
# A rate is its unit per another: 14.62元/公斤, 23618元/平方米, 29微克/立方米, 0.82元/股.
_PER = (r"(?P<per>/(?:平方公里|平方米|立方米|千瓦时|吨公里|公斤|千克|公里|千米|小时|人次|kWh|m²|m³|㎡|"
        r"斤|吨|克|亩|人|户|月|年|天|日|股|头|只|羽|套|台|辆|度|升|桶|次|张|床|秒))?")
_SUFFIX = r"(?P<suffix>以上|以下|左右|以内|之多)?"
# A qualifier is no qualifier when it ends a word: 签约/履约/节约 (约), 赶超 (超), 最近/接近 (近).
# (不超过 is "at most": its 超过 is no "more than" of the figure's; the cap is read by the subject)
_PREFIX = r"(?P<prefix>(?<!不)超过|(?<![赶追不])超|(?<![最接附将靠邻])近|(?<![签履合预节制公条集大契簽])约|逾)?"
FIGURE_RE = compile_re(
    _PREFIX + _NUM + _INNER_BEFORE_MULT + _MULT + _INNER + _UNIT + _PER + r"(?P<level>级|級)?" + _SUFFIX
)

_CLASS_BOUND = compile_re(r"及以[上下](?:的)?[\u4e00-\u9fff]")
MODIFIER_NOUN = compile_re(r"^(?:以上|以下)?(?:的)?(?:工业|项目|企业|产业|规模|重点|重大|级)")


def _arabic(s: str) -> float:
    return float(s.translate(FULLWIDTH).replace(",", "").replace("，", "").replace(" ", ""))


_CJK = compile_re(r"[\u3400-\u9fff]")
_BRACKETED_NUMBER = compile_re(r"\(\s*[$€£¥]?\d[\d,]*(?:\.\d+)?\s*\)")


def parse_quantity(text: str) -> tuple[float, str] | None:
    """'60亿元' -> (6e9, '元'); '86%' -> (86.0, '%'); '千亿' -> (1e11, ''); '80余家' -> (80.0, '家');
    '£4.2 million' -> (4.2e6, 'GBP'); '-4.7%' -> (-4.7, '%'); '零下5.3℃' -> (-5.3, '℃'). A figure written without a Chinese
    character is read by the English grammar first (the Chinese one reads '£4.2 million' as a bare 4.2),
    and a sign written before it is kept, as the extractive summarizer keeps it."""
    t = text.strip().translate(FULLWIDTH)
    if t.startswith("零下") and (below := parse_quantity(t[2:])) is not None:
        return -below[0], below[1]  # (a temperature below zero: 零下5.3℃, whose 零 is no numeral)
    if ("分之" in t or "一半" in t) and (parts := fractions(t, alone=True)):
        return parts[0].value or 0.0, parts[0].unit  # (a fraction as a share: 三分之二 -> 66.7%)
    chinese = None
    if (m := FIGURE_RE.search(t)) and m.group("num") and (v := _figure_value(m)) is not None:
        chinese = v, _base_unit(m.group("unit") or "", m.group("per"))
    quantity = chinese
    if chinese is None or not _CJK.search(t):
        from .numbers_en import en_quantity  # (English only: a Chinese run never compiles its grammar)

        english = en_quantity(t)
        # (the unit either grammar reads: "£4.2 million" is English, "0.03‰" and "1200㎡" the Chinese one's)
        if english is not None and (english[1] or chinese is None or not chinese[1]):
            quantity = english
    if quantity is not None and (t[:1] in ("-", "−") or _BRACKETED_NUMBER.fullmatch(t)) and quantity[0] > 0:
        return -quantity[0], quantity[1]  # (a negative as an accountant writes it too: "(131.5)")
    return quantity


def _figure_value(m: re.Match) -> float | None:
    num = m.group("num")
    value: float | None
    if num[0] in "0123456789０１２３４５６７８９":
        try:
            value = _arabic(num)
        except ValueError:
            return None
    else:
        value = cn_to_number(num)
        if value is None:
            return None
    if not m.group("mult"):
        return round(value, 6)
    for ch in m.group("mult").replace("萬", "万").replace("億", "亿"):
        value *= MULTIPLIERS[ch]
    return float(f"{round(value, 6):.15g}")  # (641207.56 × 1e4 is 6412075600.000001 in floats)


def _base_unit(unit: str, per: str | None = None) -> str:
    if unit.strip() in ("％", "%"):
        return "%"
    return unit + (per or "") if unit else unit


_THRESHOLD_SIGNS = frozenset("<>≤≥＜＞⩽⩾")
# Counts of people, firms, buildings, sites, vehicles and events that a writer gives in Chinese
# numerals from two to nine. (个, 项, 次 and 位 are left out: 四个方面, 八项规定, 三次产业 and 两位数
# name things far more often than they count them; any count that ends its clause after its noun,
# 建设智慧农机示范区两个, 前移三位, is reported; a phase, 推进立圆食品二期, is no count.)
_SMALL_NUMERALS = frozenset("二两三四五六七八九")
_SMALL_COUNT_UNITS = frozenset(("名", "家", "人", "户", "栋", "台", "处", "所", "座", "辆", "艘", "架", "场", "批", "种",
                                "起"))
_CLAUSE_END = compile_re(r"[，。；、,;）)]|\s*$")
# A verb of something new, held or moved, in the clause before a count of one: 新投用智能分拣线一条, 共建考古工作站一处,
# 组织开展应急演练一次, 较上年提升一位.
_ONE_REPORTED = compile_re(r"(?:新[\u4e00-\u9fff]|建成|建立|共建|投用|发现|认定|增设|提升|前移|上升|组织|开展|举办|举行)[^，。；！？、]{0,20}$")
# A verb of making, right before a count of two to nine things (新增两个家庭医生团队, 建成两个千亩蔬菜保供基地): the count of what
# the work made, not a name's numeral (“两个维护”, 两个市场).
_MADE_BEFORE = compile_re(r"(?:新增|新建|建成|创建|完成|开设|培育|引进|打造|成立|获批)$")
_COURSE_BEFORE = compile_re(r"(?:培训|研修|讲座|课程|班)[^，。；！？、]{0,8}$")
_HAN_AFTER = compile_re(r"[\u4e00-\u9fff](?<![的之以])")
PHONE_BEFORE = compile_re(r"(?:拨打|致电|热线|电话|传真|手机)[:：]?$")


def minus_sign_at(text: str, k: int) -> bool:
    """Whether a minus sign stands right before text[k], a number's first digit, as a sign and not a dash
    of a code or a range: "同比为-1.1%", "| -1.8 |", "约为-0.3个百分点" (not "0632-8028160", "2-3年").
    Grounding asks it too, of a figure a model gave without its sign."""
    if k < 1 or text[k - 1] not in ("-", "−"):
        return False
    mark = text[k - 2 : k - 1]
    return not mark or not (mark.isascii() and mark.isalnum()) and mark not in "-−.～~—–"


# A figure paired with the one before it by a slash, each with its unit: a storage plant's power and energy,
# "储能电站100兆瓦/200兆瓦时" (not a code's or a date's parts, "5G/4G", "2023/24", nor a rate's, "3000元/吨").
_PAIRED_BEFORE = compile_re(r"\d(?:[\d.]*\d)?(?:万|亿)?(?:兆瓦|千瓦|吉瓦|万千瓦)/$")


def _is_excluded_zh(text: str, m: re.Match, signed: bool) -> bool:
    """Numbers that are not figures: dates, times, codes, ordinals, names (a bare number, with no unit and no
    multiplier, `find_numbers` has dropped before). `signed`: a minus sign is the number's (`minus_sign_at`)."""
    s, e = m.start("num"), m.end()
    num, unit, mult = m.group("num", "unit", "mult")
    unit = (unit or "").strip()
    is_arabic = num[0].isdigit() or num[0] in "０１２３４５６７８９"
    consecutive = text[max(0, m.start() - 2) : m.start()] == "连续"
    if unit == "年" and not consecutive and not ("." in num and is_arabic):
        return True  # a date: 2023年 (the commonest number left out); 连续19年 and 平均从业年限4.3年 are durations
    before = text[max(0, s - 1) : s]
    if signed:
        before = text[max(0, s - 2) : s - 1]  # (the sign is the number's: what stands before it is read)
    after = text[e : e + 2]
    if before and (before.isascii() and (before.isalnum() or before in "-+./:#_")) \
            and not (before == "+" and text[max(0, s - 2) : s - 1] in ("", " ", "|", "｜", "（", "(")) \
            and not (before == "/" and _PAIRED_BEFORE.search(text, max(0, s - 16), s)):
        return True  # part of a code, version, phone or address: 5G, V3, 0632-8028160 (not a cell's "| +1.8%")
    if after[:1] and after[:1].isascii() and after[:1].isalnum() and (not unit or unit.isascii()) \
            and unit not in ("%", "％"):
        return True  # 5G, 3D, 20MWp; a Chinese unit ends the figure: 110亿元LED项目, 3个APP
    if not is_arabic and (before in ("万", "亿", "萬", "億") or text[max(0, s - 2) : s] in ("平方", "立方")):
        return True  # a unit that starts with a multiplier: 万千瓦时, 亿千瓦时 (no number 千瓦), 吨/平方千米
    if before in ("第", "每") or not is_arabic and unit in ("人", "戶", "户") and text.startswith("口", e):
        return True  # an ordinal; the base of a rate (每千人口拥有…, 每10万人; 千人口献血率, 万人口发明专利拥有量)
    if before in _THRESHOLD_SIGNS:
        return True  # a criterion, not a fact: HbA1c＜7.0%的达标率, BMI≥28.0, PM2.5≤35微克/立方米的天数
    if unit in ("%", "％") and text.startswith(("CI", " CI", "置信区间"), e):
        return True  # the level of a confidence interval: 95%CI
    if PHONE_BEFORE.search(text, max(0, s - 6), s) and not (mult or unit in ("次", "个", "通", "件", "起", "条")):
        return True  # a number to call: 拨打12333人社服务热线 (not calls counted: 拦截涉诈电话1260万次)
    if before == "前" and unit in ("个月", "個月", "天", "周") and text[max(0, s - 2) : s] != "提前":
        return True  # a period to date: 前4个月 (the first four months), not a duration reported
    if unit == "分" and (not is_arabic or before in ("时", ":", "：")):
        return True  # a score is written in digits: 十分重要 is "very", 13时45分 a clock's time
    if before == "前" and unit in ("名", "位") and _HAN_AFTER.match(text, e):
        return True  # a group named by a ranking's size: 前十名股东, 产值前100名企业 (not 排名进入前70位)
    if not is_arabic and not unit and ("点" in num or "點" in num):
        return True  # a clock time: 三点五十分 (a decimal in Chinese numerals is read with its unit)
    if not is_arabic and not consecutive:
        # Chinese numerals are figures only with a multiplier (千亿, 百亿级) or a 十/百/千 value:
        # 一个, 三次, 两市 are words, not data. Tenths are a share whatever the numeral: 近两成.
        if not mult and (not any(c in num for c in "十百千") or unit == "度") and unit != "成" \
                and not _counted_in_words(text, m, before):
            return True
    return False


def _counted_in_words(text: str, m: re.Match, before: str) -> bool:
    """Whether a count in Chinese numerals below ten is a figure: two to nine people, firms or buildings
    (招聘毕业生五名, 新开书店两家), any count that ends its clause after its noun (建设示范区两个, 前移三位), and one
    new thing that does (新发现宋代龙窑遗址一处). Elsewhere 一 is the article "a" (一家企业), and a count at the top
    of a ranking (前三名) or in quotes names a group."""
    num, unit = m.group("num"), (m.group("unit") or "").strip()
    if before and before in "前后“\"‘" or unit not in COUNT_UNITS:
        return False
    # (二期 after a project's name is a phase; after a course, 培训班八期, sessions)
    ends_clause = _CLAUSE_END.match(text, m.end()) is not None \
        and (unit != "期" or num == "两" or _COURSE_BEFORE.search(text, max(0, m.start() - 12), m.start()) is not None)
    if num in _SMALL_NUMERALS:
        return unit in _SMALL_COUNT_UNITS or ends_clause \
            or unit == "个" and _MADE_BEFORE.search(text, max(0, m.start() - 4), m.start()) is not None
    # (not an item of a slogan's list: 谋划一批、储备一批, 发现一起、查处一起)
    return num == "一" and ends_clause and not text.startswith("、", m.end()) \
        and _ONE_REPORTED.search(text, max(0, m.start() - 30), m.start()) is not None


def _is_modifier(text: str, m: re.Match) -> bool:
    """'10亿元以上项目', '5亿元工业企业': an amount that classifies a noun, not a reported figure."""
    if _CLASS_BOUND.match(text, m.end()):
        return True  # "7座及以下小型客车", "5亿元及以上项目": the bound of a class
    unit = m.group("unit") or ""
    if unit not in CURRENCY and not m.group("mult"):
        return False
    if m.group("level"):
        return False
    after = text[m.end() : m.end() + 4]
    return bool(MODIFIER_NOUN.match(after)) and not after.startswith("的")


def find_numbers(text: str, language: str = "zh") -> list[NumberSpan]:
    """All figure spans in a sentence, by the grammar of its language."""
    out: list[NumberSpan] = []
    if language != "zh":
        from .numbers_en import find_numbers_en  # (imported with the first English sentence)

        return find_numbers_en(text)
    for m in FIGURE_RE.finditer(text):  # (skips to a qualifier or a numeral: service/re_first.py)
        num, mult, unit = m.group("num", "mult", "unit")
        if not num or not mult and not (unit or "").strip():
            continue  # a bare number: a year, a code, a count without its noun (most runs of 一 and 十 are words)
        start = m.start()
        signed = start == m.start("num") and minus_sign_at(text, start)
        if _is_excluded_zh(text, m, signed):
            continue
        if _is_modifier(text, m):
            continue
        value = _figure_value(m)
        if value is None:
            continue
        end = m.end()
        if signed:
            start, value = start - 1, -value  # (a fall written with its sign: 同比为-1.1%)
        elif text.startswith("零下", start - 2) and start == m.start("num"):
            start, value = start - 2, -value  # (a temperature below zero: 最低气温零下5.3℃ is -5.3℃)
        # A trailing 余 after the unit ("10万余名" is inner; "50亿余" rare) is kept by the regex.
        out.append(NumberSpan(start, end, text[start:end], value, _base_unit(m.group("unit") or "", m.group("per"))))
    if "第" in text:
        out = sorted(out + ranks(text), key=lambda sp: sp.start)
    if "百分之" in text:
        out = sorted(out + percent_words(text), key=lambda sp: sp.start)
    if "分之" in text or "一半" in text:
        out = sorted(out + fractions(text), key=lambda sp: sp.start)
    if "比" in text or "系数" in text or "指数" in text or "率" in text or "值" in text:
        out = sorted(out + ratios(text, out), key=lambda sp: sp.start)
    return _without_slogan_tiers(text, _shared_units(text, out))


# The ends of a range (3—5亿元, 9.5万—12万元, 32,800万元～38,600万元) and the members of a list
# (1126.3亿、874.5亿和702.8亿千瓦时; 0.6个和0.3个百分点) write the unit once, at the last.
_RANGE_MARK = r"(?:—{1,2}|[－～~\-–至到])"
RANGE_JOIN = compile_re(rf" ?{_RANGE_MARK} ?")
LIST_JOIN = compile_re(r"[、和及与]")
# A range's lower end written bare, before the joiner: the 23 of 23—31微克/立方米 (not the end of a
# code, a time or an ordinal: NH-2024-17, 9:00—11:30, 第3—5名).
_JOINER = compile_re(r"[—－～~\-–至到、和及与]")  # (the marks of RANGE_JOIN and LIST_JOIN)
_BARE_LOW = compile_re(rf"(?<![0-9０-９A-Za-z.:：/#_第\-])(?P<num>[0-9]+(?:\.[0-9]+)?){RANGE_JOIN.pattern}$")


def _shared_units(text: str, spans: list[NumberSpan]) -> list[NumberSpan]:
    if not spans or not _JOINER.search(text):
        return spans
    out = list(spans)
    for i in range(len(out) - 1, -1, -1):
        upper = out[i]
        if not upper.unit:
            continue
        lower = out[i - 1] if i else None
        if lower is not None and lower.end <= upper.start:
            gap = text[lower.end : upper.start]
            partial = not lower.unit or (upper.unit.startswith(lower.unit) and upper.unit != lower.unit)
            if RANGE_JOIN.fullmatch(gap) or LIST_JOIN.fullmatch(gap):
                if partial:
                    lower.unit = upper.unit
                continue
        low = _BARE_LOW.search(text, max(0, upper.start - 16), upper.start)
        if low is None or (lower is not None and lower.end > low.start()):
            continue
        figure = FIGURE_RE.match(text, upper.start)
        scale = (_figure_value(figure) / _arabic(figure.group("num"))  # type: ignore[operator]  # (a digit's value)
                 if figure and figure.group("num")[0].isdigit() and not figure.group("prefix") and _arabic(figure.group("num"))
                 else 1.0)
        num = low.group("num")
        out.insert(i, NumberSpan(low.start(), low.start() + len(num), num, round(float(num) * (scale or 1.0), 6),
                                 upper.unit))
    return out


# “百亿领航、十亿带动、亿元支撑”: the tiers of a slogan, numbers without a unit listed inside one
# quotation. They name ranks of projects; they measure nothing.
_QUOTATION = compile_re(r"[“「‘\"]([^”」’\"，。；]{2,40})[”」’\"]")


def _without_slogan_tiers(text: str, spans: list[NumberSpan]) -> list[NumberSpan]:
    if "、" not in text or not any(not sp.unit for sp in spans):
        return spans
    drop: set[int] = set()
    for q in _QUOTATION.finditer(text):
        inside = [i for i, sp in enumerate(spans) if q.start(1) <= sp.start and sp.end <= q.end(1)]
        if len(inside) >= 2 and "、" in q.group(1) and all(not spans[i].unit for i in inside):
            drop.update(inside)
    return [sp for i, sp in enumerate(spans) if i not in drop]
