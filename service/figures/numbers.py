"""The number grammar: which runs of a sentence are figures, and their normalized value.

A figure is   [prefix qualifier] NUMBER [multipliers] [inner qualifier] UNIT [suffix qualifier]
- NUMBER: Arabic (1,200 / 15.6 / full-width digits) or Chinese numerals (千, 二十三, 两)
- multipliers: 十 百 千 万 亿 (chained: 千万, 万亿)
- qualifiers: 超 近 约 逾 超过 (before), 余 多 (inside), 以上 左右 以内 (after)
- UNIT: currency (元 美元 …), % and 个百分点, counts (个 家 项 只 …), measures (亩 吨 平方米 兆瓦 …),
  durations (天 个月 小时; 年 only in a streak, 连续19年)
A number needs a unit, a multiplier or a percent sign to be a figure: dates (2023年, 7月22日),
clock times, phone and registration numbers, codes in quotes (“1237”) and ordinals (第3) are not.
English: $1.2 billion, 15 percent, 3,000 jobs, 20 MW.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6,
             "七": 7, "八": 8, "九": 9}
CN_SMALL_UNITS = {"十": 10, "百": 100, "千": 1000}
MULTIPLIERS = {"十": 10, "百": 100, "千": 1000, "万": 1e4, "亿": 1e8}
FULLWIDTH = str.maketrans("０１２３４５６７８９．，％", "0123456789.,%")

# Units, longest first so 平方公里 wins over 平方, 万千瓦 is a multiplier + 千瓦.
CURRENCY = ["美元", "欧元", "港元", "港币", "日元", "英镑", "人民币", "元"]
COUNT_UNITS = [
    "个百分点", "百分点", "个", "家", "项", "只", "条", "名", "人次", "人", "户", "位", "座", "所", "台套", "台",
    "套", "辆", "件", "批", "次", "场", "篇", "部", "支", "款", "种", "类", "栋", "间", "处", "张",
    "份", "起", "宗", "笔", "幅", "倍", "艘", "架", "头", "株", "棵", "箱", "对", "组",
    # The size of a ranked list: 50强, 百强.
    "强",
    # Tenths: 近3成, 超4成 (a share).
    "成",
    # Traditional forms, for text that reaches the grammar unconverted.
    "個", "項", "條", "隻", "臺套", "臺", "輛", "場", "張", "筆", "戶",
]
MEASURE_UNITS = [
    "平方公里", "平方千米", "平方米", "立方米", "公顷", "公里", "千米", "千瓦时", "千瓦", "兆瓦", "吉瓦",
    "噸", "畝",
    "千伏", "公斤", "千克", "万吨", "吨", "亩", "米", "瓦", "度", "标箱", "TEU", "GW", "MW", "kW", "kWh",
    "km", "m²", "㎡",
]
# Durations: 11天完成审批, 工期18个月 (not 18个), 24小时. 年 only in 连续N年: elsewhere N年 is a date
# (2023年), which _is_excluded_zh leaves out.
DURATION_UNITS = ["个工作日", "個工作日", "工作日", "个月", "個月", "小时", "小時", "分钟", "分鐘", "天", "年"]
UNITS = sorted(CURRENCY + COUNT_UNITS + MEASURE_UNITS + DURATION_UNITS, key=len, reverse=True)

PREFIX_QUALIFIERS = ["超过", "超", "近", "约", "逾", "达", "过"]
INNER_QUALIFIERS = ["余", "多"]
SUFFIX_QUALIFIERS = ["以上", "以下", "左右", "以内", "之多", "余"]

_NUM = r"(?P<num>[0-9０-９][0-9０-９,，]*(?:[.．][0-9０-９]+)?|[零〇一二两三四五六七八九十百千]+)"
# 千 is a multiplier except where it starts a unit: 1.2亿千瓦时 is 1.2e8 kWh, not 1.2e11 Wh.
_MULT = r"(?P<mult>(?:[十百万亿]|千(?!瓦|米|克|伏|卡|焦|帕)|萬|億)*)"
_INNER = r"(?P<inner>余|多)?"
# A measure word is no unit when it starts a word: 百亿支撑 (支撑), 3台阶, 5处理, 10名单.
NOT_A_UNIT_BEFORE = {
    "支": "撑持出付援柱", "台": "阶", "场": "景所", "批": "准复", "部": "门署", "类": "似", "处": "理置",
    "起": "步来", "种": "植养", "所": "有在", "名": "单称牌录列", "位": "于列居置", "张": "贴", "笔": "者",
    "次": "要", "件": "事", "成": "为立功效本果交长熟品员型都套绩就",
    "天": "然津下气", "年": "级級代度底初中末内",
}


def _unit_pattern(unit: str) -> str:
    tail = NOT_A_UNIT_BEFORE.get(unit)
    return re.escape(unit) + (f"(?![{tail}])" if tail else "")


# A space before the percent sign is how some pages write it: 增长23 %.
_UNIT = r"(?P<unit>[ \u00a0]?[%％]|" + "|".join(_unit_pattern(u) for u in UNITS) + r")?"
_SUFFIX = r"(?P<suffix>以上|以下|左右|以内|之多)?"
# A qualifier is no qualifier when it ends a word: 签约/履约/节约 (约), 赶超 (超), 最近/接近 (近).
_PREFIX = r"(?P<prefix>超过|(?<![赶追])超|(?<![最接附将靠邻])近|(?<![签履合预节制公条集大契簽])约|逾)?"
FIGURE_RE = re.compile(
    _PREFIX + _NUM + _MULT + _INNER + _UNIT + r"(?P<level>级|級)?" + _SUFFIX
)

# English: $1.2 billion, 15 percent, 3,000 jobs, 20 MW.
EN_SCALE = {"thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "mn": 1e6, "billion": 1e9,
            "bn": 1e9, "b": 1e9, "trillion": 1e12, "tn": 1e12,
            # Indian English: a lakh is 100,000, a crore 10 million ("Rs 45,000 crore", "1.2 lakh jobs")
            "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7, "cr": 1e7, "lakh crore": 1e12}
EN_CURRENCY = {"$": "USD", "US$": "USD", "HK$": "HKD", "NT$": "TWD", "NZ$": "NZD", "S$": "SGD", "A$": "AUD", "C$": "CAD",
               "€": "EUR", "£": "GBP", "¥": "CNY", "RMB": "CNY", "Rs": "INR", "Rs.": "INR", "INR": "INR", "₹": "INR",
               **{code: code for code in "USD EUR GBP JPY CHF AUD CAD HKD SGD NZD KRW CNY".split()}}
_EN_STOP = ("and|or|to|of|in|on|at|by|the|a|an|from|for|with|as|is|was|were|are|per|than|that|which|"
            "year|years|month|months|week|weeks|day|days|hour|hours|minute|minutes|decade|decades|"
            "percent|this|last|next|over|under|more|less|times|"
            "across|towards|plus|thus|perhaps|always|besides|has|does|its|unless|whereas|nevertheless|"
            "despite|among|between|within|after|before|during|against|without|via|beyond|including|following|"
            "amid|toward|through|into|onto|upon|about|around|while|when|where|if|but|so|because|since|until|"
            "compared|versus|vs|each|every|all|only|just|also|still|even|ago|earlier|later|higher|lower|up|down")
# Words that tell what kind of the counted things there are, before a noun of two words: "45 new
# police officers", "300 full-time factory workers" (any one word goes before a plural: "2,500 new jobs").
_EN_COUNT_ADJECTIVE = ("new|additional|extra|full-time|part-time|permanent|temporary|local|foreign|international|"
                       "skilled|senior|young|small|large|major|key|big|public|private")
# The noun a count ends on: a plural, or a noun of many ("120 permanent staff", "40 local people").
_EN_PLURAL = r"(?:[a-z][a-z\-]{1,20}s|staff|people|personnel|children|women|men|police|cattle|livestock)\b"
EN_FIGURE_RE = re.compile(
    r"(?P<cur>(?:US|HK|NT|NZ|(?<![A-Za-z])[SAC])?\$|€|£|¥|RMB\s?|(?<![A-Za-z])(?:Rs\.?|INR)\s?|₹\s?"
    r"|(?<![A-Za-z])(?:USD|EUR|GBP|JPY|CHF|AUD|CAD|HKD|SGD|NZD|KRW|CNY)\s?)?"  # ("GBP 1.12 billion")
    r"(?P<num>\d{1,2}(?:,\d{2})+,\d{3}|\d{1,3}(?:,\d{3})+|\d+)(?P<dec>\.\d+)?"  # (1,20,000: Indian grouping)
    r"(?:[\s-]?(?P<scale>thousand|million|billion|trillion|bn|mn|tn|[kmb]|lakh crore|lakhs?|crores?|cr"
    r"|(?<=\d)[KMB](?![A-Za-z]))\b)?"  # ("$2.1B", "$412M": a money dashboard's scales)
    # ("pc": the British press's per cent, 4.1pc)
    r"(?:\s?(?P<pct>%|percent\b|per cent\b|(?<=\d)pc\b|percentage points?\b)"
    rf"|[\s-](?P<word>(?!(?:{_EN_STOP})\b)(?:[A-Z]{{1,4}}h?\b"
    rf"|(?:{_EN_COUNT_ADJECTIVE})\s(?!(?:{_EN_STOP})\b)[a-z][a-z\-]{{1,20}}\s(?!(?:{_EN_STOP})\b){_EN_PLURAL}"
    rf"|[a-z][a-z\-]{{1,20}}(?:\s(?!(?:{_EN_STOP})\b){_EN_PLURAL})?)))?"
)
MODIFIER_NOUN = re.compile(r"^(?:以上|以下)?(?:的)?(?:工业|项目|企业|产业|规模|重点|重大|级)")


@dataclass
class NumberSpan:
    """A figure found in a sentence: offsets, the text as written, normalized value and base unit."""

    start: int
    end: int
    text: str
    value: float | None
    unit: str


def cn_to_number(s: str) -> float | None:
    """Chinese numerals to a number: 二十三 -> 23, 千 -> 1000, 两 -> 2, 一万二千 -> 12000."""
    if not s:
        return None
    total, section, cur = 0.0, 0.0, 0.0
    seen = False
    for ch in s:
        if ch in CN_DIGITS:
            cur = CN_DIGITS[ch]
            seen = True
        elif ch in CN_SMALL_UNITS:
            section += (cur if seen and cur else 1) * CN_SMALL_UNITS[ch]
            cur, seen = 0, False
        elif ch == "万":
            total += (section + cur or 1) * 1e4
            section, cur, seen = 0, 0, False
        elif ch == "亿":
            total = (total + section + cur or 1) * 1e8
            section, cur, seen = 0, 0, False
        else:
            return None
    return total + section + cur


def _arabic(s: str) -> float:
    return float(s.translate(FULLWIDTH).replace(",", "").replace("，", ""))


def parse_quantity(text: str) -> tuple[float, str] | None:
    """'60亿元' -> (6e9, '元'); '86%' -> (86.0, '%'); '千亿' -> (1e11, ''); '80余家' -> (80.0, '家')."""
    t = text.strip().translate(FULLWIDTH)
    m = FIGURE_RE.search(t)
    if m and m.group("num"):
        v = _figure_value(m)
        if v is not None:
            return v, _base_unit(m.group("unit") or "")
    m2 = EN_FIGURE_RE.search(text)
    if m2:
        v, unit = _en_value(m2)
        return v, unit
    return None


def _figure_value(m: re.Match) -> float | None:
    num = m.group("num")
    if num[0] in "0123456789０１２３４５６７８９":
        try:
            value = _arabic(num)
        except ValueError:
            return None
    else:
        value = cn_to_number(num)
        if value is None:
            return None
    for ch in (m.group("mult") or "").replace("萬", "万").replace("億", "亿"):
        value *= MULTIPLIERS[ch]
    return round(value, 6)


def _base_unit(unit: str) -> str:
    if unit.strip() in ("％", "%"):
        return "%"
    return unit


def _en_value(m: re.Match) -> tuple[float, str]:
    value = float(m.group("num").replace(",", "") + (m.group("dec") or ""))
    scale = (m.group("scale") or "").lower()
    if scale:
        value *= EN_SCALE.get(scale, 1)
    if m.group("pct"):
        unit = "percentage points" if "point" in m.group("pct") else "%"
    elif m.group("cur"):
        unit = EN_CURRENCY.get(m.group("cur").strip(), m.group("cur").strip())
    else:
        unit = m.group("word") or ""
    return float(f"{value:.15g}"), unit  # (8.3 × 1e9 is 8300000000.000001 in floats)


def _is_excluded_zh(text: str, m: re.Match) -> bool:
    """Numbers that are not figures: dates, times, codes, ordinals, names."""
    s, e = m.start("num"), m.end()
    num = m.group("num")
    before = text[max(0, s - 1) : s]
    after = text[e : e + 2]
    unit = (m.group("unit") or "").strip()
    mult = m.group("mult")
    is_arabic = num[0].isdigit() or num[0] in "０１２３４５６７８９"
    if not unit and not mult:
        return True  # a bare number: a year, a code, a count without its noun
    if before and (before.isascii() and (before.isalnum() or before in "-+./:#_")):
        return True  # part of a code, version, phone or address: 5G, V3, 0632-8028160
    if after[:1] and after[:1].isascii() and after[:1].isalnum() and (not unit or unit.isascii()) \
            and unit not in ("%", "％"):
        return True  # 5G, 3D, 20MWp; a Chinese unit ends the figure: 110亿元LED项目, 3个APP
    if before == "第":
        return True  # ordinal
    consecutive = text[max(0, m.start() - 2) : m.start()] == "连续"
    if unit == "年" and not consecutive:
        return True  # a date: 2023年; 连续19年 is a duration
    if not is_arabic and not consecutive:
        # Chinese numerals are figures only with a multiplier (千亿, 百亿级) or a 十/百/千 value:
        # 一个, 三次, 两市 are words, not data.
        if not mult and (not any(c in num for c in "十百千") or unit == "度"):
            return True
    return False


def _is_modifier(text: str, m: re.Match) -> bool:
    """'10亿元以上项目', '5亿元工业企业': an amount that classifies a noun, not a reported figure."""
    unit = m.group("unit") or ""
    if unit not in CURRENCY and not m.group("mult"):
        return False
    if m.group("level"):
        return False
    after = text[m.end() : m.end() + 4]
    return bool(MODIFIER_NOUN.match(after)) and not after.startswith("的")


# What a figure starts with: a qualifier of _PREFIX or a numeral of _NUM.
_FIGURE_START = re.compile(r"[超近约逾0-9０-９零〇一二两三四五六七八九十百千]")


def _figure_matches(text: str) -> Iterator[re.Match]:
    """FIGURE_RE.finditer(text). The pattern opens with an optional group, so the engine would
    set up a full match attempt at every character; a match can only start where _FIGURE_START
    matches, so only those positions are tried."""
    pos = 0
    while (start := _FIGURE_START.search(text, pos)) is not None:
        m = FIGURE_RE.match(text, start.start())
        if m is None:
            pos = start.start() + 1
        else:
            yield m
            pos = m.end()


def find_numbers(text: str, language: str = "zh") -> list[NumberSpan]:
    """All figure spans in a sentence, by the grammar of its language."""
    out: list[NumberSpan] = []
    if language != "zh":
        return _find_numbers_en(text)
    for m in _figure_matches(text):
        if not m.group("num") or _is_excluded_zh(text, m):
            continue
        if _is_modifier(text, m):
            continue
        value = _figure_value(m)
        if value is None:
            continue
        start = m.start()
        end = m.end()
        # A trailing 余 after the unit ("10万余名" is inner; "50亿余" rare) is kept by the regex.
        out.append(NumberSpan(start, end, text[start:end], value, _base_unit(m.group("unit") or "")))
    if "第" in text:
        out = sorted(out + _ranks(text), key=lambda sp: sp.start)
    return _without_slogan_tiers(text, out)


# “百亿领航、十亿带动、亿元支撑”: the tiers of a slogan, numbers without a unit listed inside one
# quotation. They name ranks of projects; they measure nothing.
_QUOTATION = re.compile(r"[“「‘\"]([^”」’\"，。；]{2,40})[”」’\"]")


def _without_slogan_tiers(text: str, spans: list[NumberSpan]) -> list[NumberSpan]:
    if "、" not in text or not any(not sp.unit for sp in spans):
        return spans
    drop: set[int] = set()
    for q in _QUOTATION.finditer(text):
        inside = [i for i, sp in enumerate(spans) if q.start(1) <= sp.start and sp.end <= q.end(1)]
        if len(inside) >= 2 and "、" in q.group(1) and all(not spans[i].unit for i in inside):
            drop.update(inside)
    return [sp for i, sp in enumerate(spans) if i not in drop]


# A rank won: 位列第6位, 跃升至第4位, 排名全省第3名. The ordinal is the figure.
RANK_RE = re.compile(
    r"(?:位列|位居|排名|排在|排|居|名列|跃升至|跃居|上升至|升至|列)(?:全[国省市区县]|全球)?"
    r"(?P<rank>第(?P<num>\d{1,4}|[一二三四五六七八九十]{1,3})(?P<unit>位|名))"
)


def _ranks(text: str) -> list[NumberSpan]:
    out = []
    for m in RANK_RE.finditer(text):
        num = m.group("num")
        value = float(num) if num.isdigit() else cn_to_number(num)
        out.append(NumberSpan(m.start("rank"), m.end("rank"), m.group("rank"), value, m.group("unit")))
    return out


# A number without a unit is a figure when a verb makes it the value of what comes before: "Traffic
# deaths rose to 4,285", "the index stood at 1,160", "a national average of 1.26".
_BARE_VALUE_AFTER = re.compile(
    r"(?:\b(?:rose|risen|grew|grown|increased|climbed|jumped|surged|soared|fell|fallen|dropped|declined|decreased|"
    r"slipped|slid|eased|rebounded)\s+(?:to|by)|\b(?:reached|reaches|totall?ed|totals|hit|hits)"
    r"|\b(?:stood|stands|remained|remains|was|is|closed|ended|finished|settled|opened)"
    r"(?: the (?:year|quarter|month|week|day|session|period))? at|%\s+at"
    r"|(?:\bpoints?|%|\bper ?cent)\s+to"  # "fell 300 points to 42,100": the level after the change
    r"|\b(?:average|total|tally|count) of)"
    r"\s+(?:about |around |nearly |almost |roughly |some |more than |over |just over |a record |an estimated )?$",
    re.I,
)


NAME_BEFORE = re.compile(r"(?:\b[A-Z][A-Za-z]*&[A-Za-z]+|\b[A-Z]{2,5}) $")


# A dashboard's label and its value: "Customers with ARR above $100K: 1,870, +22% YoY" (not a phone
# number, a page or a version: "Tel: 555 0142").
_LABEL_BEFORE = re.compile(r"\s*(?P<label>[A-Za-z][^:\s(]*(?: [^:\s(]+){0,5}):\s*")  # (six words at most)
_NOT_A_VALUE_LABEL = re.compile(r"\b(?i:phone|tel|fax|zip|postcode|code|id|no|number|page|version|chapter|section|ext|"
                                r"room|box|suite|ref|case|item)\.?\s*$")


def _is_bare_value(text: str, m: re.Match) -> bool:
    end = m.end("dec") if m.group("dec") else m.end("num")
    after = text[end:][:1]
    if after and (after.isalnum() or after in "-/:") or m.group("num").startswith("0"):
        return False  # (a leading zero writes a code: "0142")
    if (label := _LABEL_BEFORE.fullmatch(text, 0, m.start())) and not _NOT_A_VALUE_LABEL.search(label["label"]) \
            and (not after or after in ",;)" or text[end : end + 2] == " ("):
        return True
    return bool(_BARE_VALUE_AFTER.search(text, max(0, m.start() - 40), m.start()))


# A row of a table flattened to a line: a label, then two or more values ("Customer complaints 4,120
# 3,480", "Non-revenue water 17.2% 15.9%"). Its values are figures of the label, units or not.
EN_TABLE_ROW = re.compile(r"(?P<label>[A-Za-z][^\d\n]{1,80}?)(?:\s+[-–+]?[$€£¥]?\d[\d,]*(?:\.\d+)?(?:%|bn|mn|[kmbKMB])?){2,12}")


_RANGE_END = "%0123456789KMBkmbn"  # what a range's first end ends with: "4.25%-4.50%", "$8.3B-$8.4B"


def _find_numbers_en(text: str) -> list[NumberSpan]:
    out: list[NumberSpan] = []
    row = (r := EN_TABLE_ROW.fullmatch(text.strip())) is not None and not _NOT_A_VALUE_LABEL.search(
        r["label"].rstrip(": "))
    for m in EN_FIGURE_RE.finditer(text):
        if not (m.group("cur") or m.group("pct") or m.group("scale") or m.group("word") or row) \
                and not _is_bare_value(text, m):
            continue
        if text[max(0, m.start() - 4) : m.start()].lower() == "per ":
            continue  # "1.1 deaths per 100 million miles": what the figure before is counted against
        if m.group("scale") in ("K", "M", "B") and not m.group("cur"):
            continue  # "4K TV": a name; a capital scale is read on money only
        whole = m.group("num").replace(",", "")
        if not m.group("dec") and not m.group("cur") and not m.group("pct") and len(whole) == 4 \
                and whole[:2] in ("19", "20") and not m.group("scale") and "," not in m.group("num"):
            continue  # a year (2,000 with its comma is a count)
        b = text[max(0, m.start() - 1) : m.start()]
        start = m.start()
        if b in ("-", "−") and text[max(0, start - 2) : start - 1] in ("", " ", "(", "\t"):
            start, b = start - 1, ""  # a minus sign: "Vehicles $9.4bn $9.1bn -3.2%"
        if b and (b.isalnum() or b in "-/") and not (b == "-" and text[max(0, m.start() - 2) : m.start() - 1] in _RANGE_END
                                                     and (m.group("pct") or m.group("cur") or m.group("scale"))):
            continue  # (but "4.25%-4.50%" is a range: its second end is a figure too)
        if not (m.group("cur") or m.group("pct") or m.group("scale") or "," in m.group("num") or m.group("dec")) and (
                NAME_BEFORE.search(text, max(0, m.start() - 12), m.start())):
            continue  # "the S&P 500 index", "FTSE 100": a number inside a name
        value, unit = _en_value(m)
        end = m.end()
        if m.group("cur") and m.group("word"):
            end = m.start("word")  # "$1.5 billion project": the currency is the unit, not the noun
        out.append(NumberSpan(start, end, text[start:end].rstrip(), -value if start < m.start() else value, unit))
    return out

