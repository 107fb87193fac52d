"""Figures: a small number grammar for Chinese (and English) reporting prose.

A figure is   [prefix qualifier] NUMBER [multipliers] [inner qualifier] UNIT [suffix qualifier]
- NUMBER: Arabic (1,200 / 15.6 / full-width digits) or Chinese numerals (千, 二十三, 两)
- multipliers: 十 百 千 万 亿 (chained: 千万, 万亿)
- qualifiers: 超 近 约 逾 超过 (before), 余 多 (inside), 以上 左右 以内 (after)
- UNIT: currency (元 美元 …), % and 个百分点, counts (个 家 项 只 …), measures (亩 吨 平方米 兆瓦 …)
A number needs a unit, a multiplier or a percent sign to be a figure: dates (2023年, 7月22日),
clock times, phone and registration numbers, codes in quotes (“1237”) and ordinals (第3) are not.

`text` keeps what was written, qualifiers included ("80余家", "6个以上", "超千亿"); `value` is the
normalized number (60亿元 -> 6e9) and `unit` the base unit (元, %, 个). The kind comes from cue
words in the sentence before the number; the subject is the phrase the number measures.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from .schemas import Figure

CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6,
             "七": 7, "八": 8, "九": 9}
CN_SMALL_UNITS = {"十": 10, "百": 100, "千": 1000}
MULTIPLIERS = {"十": 10, "百": 100, "千": 1000, "万": 1e4, "亿": 1e8}
FULLWIDTH = str.maketrans("０１２３４５６７８９．，％", "0123456789.,%")

# Units, longest first so 平方公里 wins over 平方, 万千瓦 is a multiplier + 千瓦.
CURRENCY = ["美元", "欧元", "港元", "港币", "日元", "英镑", "人民币", "元"]
COUNT_UNITS = [
    "个百分点", "百分点", "个", "家", "项", "只", "条", "名", "人次", "人", "户", "位", "座", "所", "台",
    "套", "辆", "件", "批", "次", "场", "篇", "部", "支", "款", "种", "类", "栋", "间", "处", "张",
    "份", "起", "宗", "笔", "幅", "倍", "艘", "架", "头", "株", "棵", "箱", "对", "组",
    # Traditional forms, for text that reaches the grammar unconverted.
    "個", "項", "條", "隻", "臺", "輛", "場", "張", "筆", "戶",
]
MEASURE_UNITS = [
    "平方公里", "平方千米", "平方米", "立方米", "公顷", "公里", "千米", "千瓦时", "千瓦", "兆瓦", "吉瓦",
    "噸", "畝",
    "千伏", "公斤", "千克", "万吨", "吨", "亩", "米", "瓦", "度", "标箱", "TEU", "GW", "MW", "kW", "kWh",
    "km", "m²", "㎡",
]
UNITS = sorted(CURRENCY + COUNT_UNITS + MEASURE_UNITS, key=len, reverse=True)

PREFIX_QUALIFIERS = ["超过", "超", "近", "约", "逾", "达", "过"]
INNER_QUALIFIERS = ["余", "多"]
SUFFIX_QUALIFIERS = ["以上", "以下", "左右", "以内", "之多", "余"]

_NUM = r"(?P<num>[0-9０-９][0-9０-９,，]*(?:[.．][0-9０-９]+)?|[零〇一二两三四五六七八九十百千]+)"
# 千 is a multiplier except where it starts a unit: 1.2亿千瓦时 is 1.2e8 kWh, not 1.2e11 Wh.
_MULT = r"(?P<mult>(?:[十百万亿]|千(?!瓦|米|克|伏|卡|焦|帕)|萬|億)*)"
_INNER = r"(?P<inner>余|多)?"
_UNIT = r"(?P<unit>%|％|" + "|".join(map(re.escape, UNITS)) + r")?"
_SUFFIX = r"(?P<suffix>以上|以下|左右|以内|之多)?"
FIGURE_RE = re.compile(
    r"(?P<prefix>超过|超|近|约|逾)?" + _NUM + _MULT + _INNER + _UNIT + r"(?P<level>级|級)?" + _SUFFIX
)

# English: $1.2 billion, 15 percent, 3,000 jobs, 20 MW.
EN_SCALE = {"thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "mn": 1e6, "billion": 1e9,
            "bn": 1e9, "b": 1e9, "trillion": 1e12, "tn": 1e12}
EN_CURRENCY = {"$": "USD", "US$": "USD", "€": "EUR", "£": "GBP", "¥": "CNY", "RMB": "CNY"}
_EN_STOP = ("and|or|to|of|in|on|at|by|the|a|an|from|for|with|as|is|was|were|are|per|than|that|which|"
            "year|years|month|months|percent|this|last|next|over|under|more|less|times")
EN_FIGURE_RE = re.compile(
    r"(?P<cur>US\$|\$|€|£|¥|RMB\s?)?(?P<num>\d{1,3}(?:,\d{3})+|\d+)(?P<dec>\.\d+)?"
    r"(?:\s?(?P<scale>thousand|million|billion|trillion|bn|mn|tn|[kmb])\b)?"
    r"(?:\s?(?P<pct>%|percent\b|per cent\b|percentage points?\b)"
    rf"|\s(?P<word>(?!(?:{_EN_STOP})\b)(?:[A-Z]{{1,4}}h?\b|[a-z][a-z\-]{{1,20}}"
    rf"(?:\s(?!(?:{_EN_STOP})\b)[a-z][a-z\-]{{1,20}}s\b)?)))?"
)
TARGET_CUES = ["力争", "确保", "目标", "计划", "预计", "争取", "力促", "拟", "努力", "预期", "有望", "将要",
               "将", "要", "年内", "下一步", "下步", "今后", "加快推出", "加快", "规划", "打造", "迈向", "冲刺"]
# Strong achieved cues override a target cue seen earlier in the sentence.
ACHIEVED_STRONG = ["已", "截至", "截止", "同比", "累计", "比年初", "较上年", "较去年", "去年", "上年",
                   "历史新高", "成功", "获批", "获评"]
ACHIEVED_CUES = ["完成", "实现", "突破", "达到", "达", "增长", "新增", "净增", "拥有", "建成", "出台",
                 "引进", "落户", "招引", "签约", "开工", "竣工", "提供", "增加", "集聚"]
CONTEXT_CUES = ["如", "比如", "例如", "譬如"]
EN_TARGET_CUES = ["aim", "target", "plan", "will ", "expect", "goal", "strive", "seek", "forecast",
                  "projected", "intend", "by 20", "budgeted", "would ", "is to ", "are to "]
EN_ACHIEVED_CUES = ["reached", "achieved", "rose", "grew", "increased", "completed", "recorded",
                    "totaled", "totalled", "was ", "were ", "had ", "last year", "up ", "down ", "created",
                    "added", "adding", "opened", "built", "delivered", "generated", "attracted", "invested",
                    "hired", "employed", "sold", "exported", "produced", "signed", "approved", "posted",
                    "reported", "fell", "declined", "dropped", "gained", "jumped", "climbed", "surged",
                    "handled", "a rise of", "an increase of", "a fall of", "a drop of", "reached", "doubled",
                    "welcomed", "served", "received", "won", "earned", "made", "spent", "paid"]

# How far back a cue word or a year may stand and still govern a number. Bounding it keeps one
# pathological line with thousands of numbers linear, and a cue 200 characters back governs
# nothing in real prose anyway.
CUE_WINDOW = 200
MAX_CLAUSE = 80
BOUNDARY = "，,。；;！？!?：:（）()“”\"\n"
# Leading words that say how or when, not what: dropped from a subject.
SUBJECT_LEAD = re.compile(
    r"^(?:其中|同时|并|且|和|及|以及|全年|年内|今年|去年|目前|截至目前|截至\S{0,8}?底|全镇|全县|全市|全区|"
    r"力争|确保|努力|计划|预计|争取|实现|完成|累计|共|已|将|要|再|达到|达|突破|分别|为|是|的|"
    r"\S{0,8}?(?:建成|投产|达产|竣工|完工)后|"
    r"(?:该|我|本|全)(?:区|镇|县|市|乡|村|省|公司|企业|项目|集团|园区|街道))+"
)
SUBJECT_TRAIL = re.compile(
    r"(?:达到|达|为|是|突破|超过|超|近|约|逾|实现|完成|共|分别|有|的|了|至|到|迈向|提升至|增至|可|将|预计|"
    r"不少于|不低于|不超过|不高于|以上|以下|高于|低于|多于|少于)+$"
)
MODIFIER_NOUN = re.compile(r"^(?:以上|以下)?(?:的)?(?:工业|项目|企业|产业|规模|重点|重大|级)")
# "…超千亿”奋斗目标", "…的目标任务": the goal is named right after the number.
TARGET_AFTER = re.compile(r"^[”’\"」]?(?:的)?(?:奋斗|发展|年度|工作)?(?:目标|任务)")
YEAR_RE = re.compile(r"((?:19|20)\d{2})\s?年")
EN_YEAR_RE = re.compile(r"\b(?:in|by|for|during|since|of|to|until|through|fiscal|FY)\s+((?:19|20)\d{2})\b")


@dataclass
class _Span:
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
    if unit in ("％", "%"):
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
    return round(value, 6), unit


def _is_excluded_zh(text: str, m: re.Match) -> bool:
    """Numbers that are not figures: dates, times, codes, ordinals, names."""
    s, e = m.start("num"), m.end()
    num = m.group("num")
    before = text[max(0, s - 1) : s]
    after = text[e : e + 2]
    unit = m.group("unit")
    mult = m.group("mult")
    is_arabic = num[0].isdigit() or num[0] in "０１２３４５６７８９"
    if not unit and not mult:
        return True  # a bare number: a year, a code, a count without its noun
    if before and (before.isascii() and (before.isalnum() or before in "-+./:#_")):
        return True  # part of a code, version, phone or address: 5G, V3, 0632-8028160
    if after[:1] and after[:1].isascii() and after[:1].isalnum() and unit not in ("%", "％"):
        return True
    if before == "第":
        return True  # ordinal
    if not is_arabic:
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


def find_numbers(text: str, language: str = "zh") -> list[_Span]:
    """All figure spans in a sentence, by the grammar of its language."""
    out: list[_Span] = []
    if language != "zh":
        return _find_numbers_en(text)
    for m in FIGURE_RE.finditer(text):
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
        out.append(_Span(start, end, text[start:end], value, _base_unit(m.group("unit") or "")))
    return out


def _find_numbers_en(text: str) -> list[_Span]:
    out: list[_Span] = []
    for m in EN_FIGURE_RE.finditer(text):
        if not (m.group("cur") or m.group("pct") or m.group("scale") or m.group("word")):
            continue
        whole = m.group("num").replace(",", "")
        if not m.group("dec") and not m.group("cur") and not m.group("pct") and len(whole) == 4 \
                and whole[:2] in ("19", "20") and not m.group("scale"):
            continue  # a year
        b = text[max(0, m.start() - 1) : m.start()]
        if b and (b.isalnum() or b in "-/"):
            continue
        value, unit = _en_value(m)
        end = m.end()
        out.append(_Span(m.start(), end, text[m.start() : end].rstrip(), value, unit))
    return out


class _CueIndex:
    """Positions of every cue word in one sentence, found in one pass each, so classifying
    each number is a binary search rather than a scan of the text before it."""

    def __init__(self, sentence: str):
        self.pos = {name: [m.start() for m in rx.finditer(sentence)] for name, rx in _CUE_RES.items()}

    def last(self, name: str, lo: int, hi: int) -> int:
        """Start of the last cue of this class inside [lo, hi), or -1."""
        p = self.pos[name]
        k = bisect_left(p, hi) - 1
        while k >= 0 and p[k] >= lo:
            return p[k]
        return -1


def _lookahead(words: list[str]) -> re.Pattern[str]:
    return re.compile("(?=(?:" + "|".join(map(re.escape, sorted(words, key=len, reverse=True))) + "))")


_CUE_RES = {
    "target": _lookahead(TARGET_CUES),
    "strong": _lookahead(ACHIEVED_STRONG),
    "achieved": _lookahead(ACHIEVED_CUES),
}


def _kind_zh(cues: _CueIndex, sentence: str, start: int, section_kind: str | None) -> str:
    """Kind from the cue words in the window of sentence text before the number."""
    lo = max(0, start - CUE_WINDOW)
    last_target = cues.last("target", lo, start)
    last_strong = cues.last("strong", lo, start)
    last_ach = cues.last("achieved", lo, start)
    if last_target >= 0 and last_strong < last_target:
        return "target"
    if last_strong >= 0 or last_ach >= 0:
        if section_kind == "other" and last_strong < 0:
            return "other"
        return "achieved"
    if sentence[lo:start].lstrip().startswith(tuple(CONTEXT_CUES)):
        return "other"
    return section_kind or "achieved"


def _kind_en(sentence: str, sp: _Span, section_kind: str | None) -> str:
    """English puts the verb after the figure as often as before it ("3,000 jobs were created"):
    look at the clause around the number first, then at the sentence before it."""
    cs, ce = _clause_start(sentence, sp.start), _clause_end(sentence, sp.end)
    for text in (sentence[cs:ce].lower(), sentence[max(0, sp.start - CUE_WINDOW) : sp.start].lower()):
        t = max((text.rfind(c) for c in EN_TARGET_CUES), default=-1)
        a = max((text.rfind(c) for c in EN_ACHIEVED_CUES), default=-1)
        if t >= 0 or a >= 0:
            return "target" if t > a else "achieved"
    return section_kind or "other"


def _subject_en(sentence: str, sp: _Span) -> str:
    cs, ce = _clause_start(sentence, sp.start), _clause_end(sentence, sp.end)
    before, after = sentence[cs : sp.start].strip(), sentence[sp.end : ce].strip(" .,;:!?\"”")
    clause = f"{before} … {after}" if before and after else (before or after)
    clause = re.sub(r"^(?:and|but|while|whereas|which|that|with)\s+", "", clause, flags=re.I)
    return re.sub(r"\s+", " ", clause)[:60].strip(" .")


def _clause_start(sentence: str, pos: int) -> int:
    i = pos
    stop = max(0, pos - MAX_CLAUSE)
    while i > stop and sentence[i - 1] not in BOUNDARY:
        i -= 1
    return i


def _clause_end(sentence: str, pos: int) -> int:
    i = pos
    stop = min(len(sentence), pos + MAX_CLAUSE)
    while i < stop and sentence[i] not in BOUNDARY and sentence[i] != "、":
        i += 1
    return i


def _subject(sentence: str, span: _Span, prev_subject: str | None) -> str:
    cs = _clause_start(sentence, span.start)
    pre = sentence[cs : span.start]
    # In "新开工、竣工项目数分别达4个、3个" the list separator belongs to the subject; elsewhere
    # a 、 before the number separates figures ("突破60亿元、同比增长86%").
    if "、" in pre and "分别" not in pre:
        pre = pre[pre.rfind("、") + 1 :]
    pre = SUBJECT_LEAD.sub("", pre.strip())
    pre = SUBJECT_TRAIL.sub("", pre)
    post = ""
    after = sentence[span.end : _clause_end(sentence, span.end)]
    if after and not after.startswith(("的", "以上", "以下", "左右")):
        post = after[:14]
    elif after.startswith("的"):
        post = after[1:15]
    subject = pre
    if post and (not pre or len(pre) <= 4 or pre.endswith(("增", "引进", "拥有", "有", "招引", "培育", "新增", "投资", "投入"))):
        subject = (pre + post) if not after.startswith("的") else (post + pre)
    subject = subject.strip(" 　、")
    if len(subject) < 2 and cs > 0:
        # "…产值“双70亿”目标": the measured thing stands before the quotation mark.
        ps = _clause_start(sentence, cs - 1)
        prev_clause = SUBJECT_TRAIL.sub("", SUBJECT_LEAD.sub("", sentence[ps : cs - 1].strip()))
        subject = (prev_clause + subject).strip(" 　、")
    if subject in ("同比增长", "增长", "同比", "比年初增加", "增加", "同比下降", "下降") and prev_subject:
        subject = f"{prev_subject}{subject}"
    if not subject:
        subject = prev_subject or ""
    return subject[:40]


def _respectively(sentence: str, spans: list[_Span], subjects: list[str]) -> list[str]:
    """'新开工、竣工项目数分别达4个、3个' -> subjects 新开工项目数, 竣工项目数."""
    k = sentence.find("分别")
    if k < 0 or len(spans) > 50:
        return subjects
    clause_end = k
    while clause_end < len(sentence) and sentence[clause_end] not in "，,。；;！？!?":
        clause_end += 1
    group = [i for i, s in enumerate(spans) if k < s.start < clause_end]
    if len(group) < 2:
        return subjects
    head = sentence[_clause_start(sentence, k) : k]
    head = SUBJECT_LEAD.sub("", head)
    items = [x for x in head.split("、") if x]
    if len(items) != len(group):
        return subjects
    # The shared noun ("项目数") is the tail of the last item after its own verb.
    last = items[-1]
    shared = ""
    for n in ("项目数", "项目", "企业数", "企业", "数"):
        if last.endswith(n) and len(last) > len(n):
            shared = n
            break
    out = list(subjects)
    for idx, item in zip(group, items, strict=True):
        out[idx] = item if item.endswith(shared) else item + shared
    return out


def _period(sentence: str, before_pos: int, context_year: str | None, language: str = "zh") -> str | None:
    if language != "zh":
        years = EN_YEAR_RE.findall(sentence[max(0, before_pos - CUE_WINDOW) : before_pos + CUE_WINDOW])
        return years[0] if years else context_year
    years = YEAR_RE.findall(sentence[max(0, before_pos - CUE_WINDOW) : before_pos])
    if years:
        return years[-1]
    years = YEAR_RE.findall(sentence[before_pos : before_pos + CUE_WINDOW])
    if years:
        return years[0]
    return context_year


def extract_figures(
    sentence: str,
    *,
    language: str = "zh",
    section_kind: str | None = None,
    context_year: str | None = None,
) -> list[Figure]:
    """Figures in one sentence; `quote` is the sentence itself (trimmed to the clause when long)."""
    spans = find_numbers(sentence, language)
    if not spans:
        return []
    subjects: list[str] = []
    prev: str | None = None
    for sp in spans:
        subj = _subject(sentence, sp, prev)
        subjects.append(subj)
        prev = subj or prev
    subjects = _respectively(sentence, spans, subjects)
    figures: list[Figure] = []
    cues = _CueIndex(sentence) if language == "zh" else None
    for sp, subj in zip(spans, subjects, strict=True):
        if cues is not None:
            kind = _kind_zh(cues, sentence, sp.start, section_kind)
            if kind != "target" and TARGET_AFTER.match(sentence[sp.end : sp.end + 8]):
                kind = "target"
        else:
            kind = _kind_en(sentence, sp, section_kind)
            subj = _subject_en(sentence, sp) or subj
        figures.append(
            Figure(
                subject=subj,
                text=sp.text,
                value=sp.value,
                unit=sp.unit,
                kind=kind,  # type: ignore[arg-type]
                period=_period(sentence, sp.start, context_year, language),
                quote=_quote(sentence, sp),
            )
        )
    return figures


def _quote(sentence: str, sp: _Span, limit: int = 80) -> str:
    """The sentence, or for long sentences the clauses around the number."""
    q = sentence.strip()
    if len(q) <= limit:
        return q
    start = _clause_start(sentence, sp.start)
    # Take the clause before too when it carries the subject or the cue (力争…，…突破).
    if start > 0:
        prev = _clause_start(sentence, start - 1)
        if sp.end - prev <= limit:
            start = prev
    end = sp.end
    while end < len(sentence) and sentence[end] not in "，,。；;！？!?":
        end += 1
    return sentence[start:end].strip()
