"""A table written with bars between its cells ("Indicator | 2024/25 result | 2025/26 target", "序号 |
项目名称 | 计划任务 | 已完成 | 完成率"): what its head says each column holds. A column of targets, plans or
budgets holds targets; of results, outturns or changes, results; of an earlier year or the year before,
the comparison (other); of the latest of its years, the period's results. The number grammar finds the
values; their kinds are their columns'."""

from __future__ import annotations

import itertools
import re

from ..cleaning.rows import BAR, is_bar_head, is_bar_row, is_two_column_row
from ..re_cache import compile_re
from ..schemas import FigureDraft
from ..segment import Sentence
from .clauses import UNIT_BRACKET
from .decision import Kind

# A column of changes: "% change", "y/y", "增减"; against a period named, "vs Oct 2019", "on 2023".
_CHANGE_HEAD = compile_re(r"(?i)\bchange\b|\bgrowth\b|\bchg\b|y/y|yoy|variance|\bvar\b|increase|decrease|anomal(?:y|ies)|%|增长|增减|"
                          r"同比|环比|增幅|^\s*(?:vs\.?|versus|on|against)\s|^\s*(?:较|比)(?=[上去同前年])|降幅|变动|完成率")
# (a measure named between: "Change in entrants on 2023/24")
_CHANGE_ON = compile_re(r"(?i)\b(?:change|growth|increase|decrease|up|down)(?:\s+in\s+[a-z][a-z -]{0,30}?)?\s+"
                        r"(?:on|from|since|vs\.?|versus|compared (?:with|to))\s+"
                        r"(?:the\s+)?(?:FY\s?)?(?:19|20)\d\d")
# The establishments each row has, a profile beside the row's results: "Segment | Cinemas | Screens | Admissions".
_ESTABLISHMENTS = compile_re(r"(?i)^\s*(?:number of\s+)?(?:registered\s+)?(?:sites|cinemas|screens|stores|shops|branches|buildings"
                             r"|properties|prisons|establishments|hospitals|schools|depots|outlets|venues|hotels|pubs|restaurants"
                             r"|locations|vessels|(?:care\s+)?homes|practices|pharmacies|stations|centres|centers|courts|farms)\s*$")
# A row's capacity, its size beside its results: "Capacity (Ml)", "Installed capacity (MW)".
_CAPACITY = compile_re(r"(?i)^\s*(?:installed\s+|total\s+)?capacity\b(?!\s+(?:added|installed|commissioned|factor|utili[sz]ation))")
# A building's or a site's floor area, its size beside the row's results: "建筑面积（平方米）", "孵化场地面积(万平方米)",
# "Floor area (m²)".
_FLOOR_AREA = compile_re(r"(?i)^\s*[\u4e00-\u9fff]{0,4}?(?:建筑|占地|用地|使用|场地|总)面积|^\s*(?:gross\s+)?(?:floor|site)\s+area\b")
# A comparison: the same time a year before, "Same week 2024"; a norm, "Long-term average", "National average".
_COMPARISON = compile_re(r"(?i)prior|previous|last year|上年|去年|同期|\bsame (?:week|month|quarter|period|day|time)\b"
                         r"|long[- ]term average|\b(?:national|regional|sector|industry|england|uk|us|eu|county|state) average"
                         r"|^\s*normal\b|\bnormal for\b"  # (a season's norm: "Normal for date")
                         # (a benchmark's column, named by the wider place or group: "National 2024/25", "England", "Peer group")
                         r"|^\s*(?:national|england|wales|scotland|uk|peer group|similar (?:schools|councils|authorities|areas))\b"
                         # (what stands now, beside what is proposed: "Weekly hours now | Proposed weekly hours")
                         r"|\bnow\s*$|^\s*(?:existing|current)\b(?!\s+(?:year|quarter|month|week|period|season))")
# What a column's head names, in the order read (a rate of a plan done is a result: 计划完成率).
_HEAD_WORDS: tuple[tuple[re.Pattern[str], Kind], ...] = (
    # (an index's weights describe it: "Weight (%)"; a project's total budget or cost is its size)
    # (a Chinese standard's limit values are no goal of the period: "国家二级标准", "标准限值")
    # (nor what a work is designed to handle or a store holds: "设计规模（万吨/日）", "仓容（吨）")
    (compile_re(r"(?i)\bweights?\b|权重|total (?:budget|cost)|project (?:budget|cost)|contract value|总投资|总概算"
                r"|设计(?:处理)?(?:规模|能力)|^(?:总|设计)?(?:仓容|库容)(?![占利使]用)"
                r"|标准限值|限值|[国省]家?[一二三]?级?标准$"), "other"),
    (_CAPACITY, "other"),
    (_ESTABLISHMENTS, "other"),
    (_FLOOR_AREA, "other"),
    (_CHANGE_HEAD, "achieved"),
    # (a level beside its changes is the latest: "Level | Change on quarter | Change on year")
    (compile_re(r"(?i)result|actual|outturn|achieved|delivered|performance|progress|\bcompleted?\b|\breturns?\b|\bspent\b|(?<!planned )(?<!budgeted )(?<!forecast )(?<!scheduled )to date|"
                r"^\s*levels?\s*$|"
                r"year[- ]to[- ]date|\bytd\b|完成|实际|实绩|累计|进度|进展"), "achieved"),
    (compile_re(r"(?i)target|goal|\bplan(?!t)|budget|forecast|\bproposed\b|quotas?\b|guidance|projected|projection|outlook|ambition|\brequired\b|\bstandards?\b|"
                r"\brequirements?\b|计划|目标|"
                r"任务|预期|预算|规划"), "target"),
    (_COMPARISON, "other"),
)
# A period in a head's cell: a year (2024年), a fiscal year (FY2025, FY26, 2024/25), a quarter or half of one
# (Q2 2025, H1 FY26, Sep Q 2025, June quarter 2025), a month of one (Sep 2025, "Sep 2025 on Aug 2025": the first
# named), alone or in a longer head ("Capacity factor Q3 2025"); not an index's base ("Index (2021 = 100)").
_MONTH = (r"Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?"
          r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?")
_PERIOD = compile_re(
    rf"(?<![\w/-])(?:(?P<part>[QH][1-4])|(?P<month>{_MONTH})\.?(?: (?P<quarter>Q|[Qq]uarter)\b)?)?\s*"
    r"(?:FY ?(?P<fy>\d\d)(?!\d)|(?:FY ?)?(?P<year>(?:19|20)\d\d)(?:[/-]\d\d)?)(?:年度?)?(?![\w/=-])(?!\s*=)")
_UNIT_MARK = compile_re(r"\s*[(（]\s*(?:%|％|pts?|pp)\s*[)）]")
_RATE_COLUMN = compile_re(r"(?i)\b(?:rate|per|ratio|share|proportion|average|avg|mean|median|utili[sz]ation|occupancy|load factor"
                          r"|yields?|prices?"  # (a vintage's "Yield (t/ha)", "Avg price ($/t)")
                          r"|revenues?|sales|income|turnover|profit|earnings|spend(?:ing)?|expenditure)\b|率|人均|平均")
# A column of what is new in the period, a flow and no profile: "New donors", "Net new customers", "新增".
_NEW_COLUMN = compile_re(r"(?i)^\s*(?:net\s+)?(?:new|additional)\b|^\s*新增")
# The rows of a table that are no results: a forecast's scenarios, its assumptions ("Scenario | De-rated margin").
_NOT_RESULTS = compile_re(r"(?i)\b(?:scenarios?|forecasts?|projections?|assumptions?|outlook)\b")
_MEASURE_WORD = compile_re(r"[A-Za-z]{3,}|[\u4e00-\u9fff]{2,}")
_BRACKETED = compile_re(r"[(（][^)）]*[)）]")
_SAYS_NOTHING = compile_re(r"(?i)^\s*(?:notes?|comments?|remarks?|status|source|备注|说明)\s*$")
# (a Chinese head names its times in words the rule below does not read: 本报告期初, 2024年上半年)
_YEAR = compile_re(r"(?:19|20)\d\d")
_ZH_TIME = compile_re(r"[期年月季旬周]")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _period(cell: str) -> tuple[str, tuple[int, int, int]] | None:
    """The year a head's cell names and its place in time (year, quarter, month), or None: the cell a
    period ("Q3 2025", "Sep 2025"), or a measure of one ("Capacity factor Q3 2025", "2024年产值")."""
    m = _PERIOD.search(cell)
    if m is None:
        return None
    year = m["year"] or "20" + m["fy"]
    part = m["part"] or ""
    month = _MONTHS.index(m["month"][:3]) + 1 if m["month"] else 0
    quarter = (int(part[1]) if part[0] == "Q" else 2 * int(part[1])) if part else (month - 1) // 3 + 1 if month else 0
    return year, (int(year), quarter, 0 if m["quarter"] else month)


def column_kinds(head: str) -> list[tuple[Kind | None, str | None]]:
    """(kind, year) of each cell of a head, the label's cell first; None where the head says nothing."""
    cells = BAR.split(head.strip())
    said = [next((k for rx, k in _HEAD_WORDS if rx.search(c)), None) for c in cells]
    # (the year a change column is measured from is its base, no period of the table's: "Change on 2023–24 (points)")
    periods = [None if k == "achieved" and _CHANGE_ON.search(c) else _period(c) for c, k in zip(cells, said, strict=True)]
    # (the latest period of the results: not a target's column, "Target 2025/26")
    latest = max((p[1] for p, k in zip(periods, said, strict=True) if p and k != "target"), default=None)
    dated = sum(1 for p, k in zip(periods, said, strict=True) if p and k != "target")
    out: list[tuple[Kind | None, str | None]] = []
    for c, p, kind in zip(cells, periods, said, strict=True):
        if kind is None and p is not None and dated >= 2:
            kind = "achieved" if p[1] == latest else "other"
        elif kind == "achieved" and p is not None and dated >= 2 and p[1] != latest and not _CHANGE_HEAD.search(c) \
                and _PERIOD.match(c.strip()):
            # an earlier year's outturn beside the latest's estimate ("2024 (outturn) | 2025 (estimate)"; not a
            # measure's column, "Return 2024–25" beside "Share of assets at 30 June 2025")
            kind = "other"
        out.append((kind, p[0] if p else None))
    if dated >= 2:
        # (a column of a rate named by its measure alone beside the periods' columns holds the latest period's:
        # "Jul–Sep 2025 | Jul–Sep 2024 | Change | Rate per 1,000")
        # (not a count that profiles each row, "Hotels", nor a standing allocation)
        # (what is new in each row is the period's too: "2024/25 | 2023/24 | Change | New donors")
        out = [("achieved" if i and kind is None and year is None and (_RATE_COLUMN.search(cells[i]) or _NEW_COLUMN.match(cells[i]))
                else kind, year) for i, (kind, year) in enumerate(out)]
    if dated == 1 and len(cells) >= 3:
        # one column named by a year beside columns named by what they measure ("Inspections | Good or outstanding (%) |
        # 2023/24 (%)"): the year's is the comparison, the others hold the period's results (a unit in brackets
        # names no change here)
        plain = [next((k for rx, k in _HEAD_WORDS if rx.search(_UNIT_MARK.sub("", c))), None) for c in cells]
        at = next(i for i, (p, k) in enumerate(zip(periods, said, strict=True)) if p and k != "target")
        # (unless that column names a measure of its year too, "Generation 2024 (MWh)": the year's own result)
        # (or names itself the comparison: "Same week 2024")
        # (or a change column measures from an earlier year: "2024/25 (£m) | Share | Change on 2023/24" is the latest)
        own: Kind = "achieved" if plain[at] is None and (_MEASURE_WORD.search(_PERIOD.sub("", _BRACKETED.sub("", cells[at])))
                                                   or _changed_since_before(cells, periods[at][0])) else "other"
        if plain[at] in (None, "other") and any(i and i != at and k is None for i, k in enumerate(plain)):
            out = [(own if i == at else "achieved" if i and plain[i] is None and not _SAYS_NOTHING.search(cells[i])
                    else kind, year) for i, (kind, year) in enumerate(out)]
    first = 0  # (the labels' column: a head indented over it leaves its cell empty, "| GMV £m | Revenue £m")
    if dated == 0 and not any(k == "other" and not (_ESTABLISHMENTS.match(c) or _FLOOR_AREA.match(c) or _CAPACITY.match(c)
                                                  or _COMPARISON.search(c))
                              for c, k in zip(cells, said, strict=True)) \
            and not any(_YEAR.search(c) for c, k in zip(cells, said, strict=True) if k != "target" and not _CHANGE_ON.search(c)) \
            and not _NOT_RESULTS.search(cells[first]) \
            and not any(_ZH_TIME.search(c) for c, k in zip(cells, said, strict=True) if k is None):
        # no period named: columns named by what they measure hold the results of the page's period ("Site | Waiting
        # list | Within 18 weeks", "Responses | Mean response | National standard", "Mean temp (°C) | Anomaly (°C)");
        # the labels' column, the first named, excepted, and a forecast's scenarios are no results
        out = [("achieved" if i > first and kind is None and cells[i].strip() and not _SAYS_NOTHING.search(cells[i])
                else kind, year) for i, (kind, year) in enumerate(out)]
    return out


def _changed_since_before(cells: list[str], year: str) -> bool:
    """Whether a change column of the head measures from a year before `year` ("Change on 2023/24" beside "2024/25")."""
    return any((m := _CHANGE_ON.search(c)) and (y := _YEAR.search(m[0])) and y[0] < year for c in cells)


# A column: its kind and year (column_kinds) and its head's words.
Column = tuple[Kind | None, str | None, str]


def bar_columns(sentences: list[Sentence]) -> dict[int, list[Column]]:
    """The columns of the bar table each row is in (by sentence index), from its head to its last row."""
    out: dict[int, list[Column]] = {}
    columns: list[Column] | None = None
    head_at = -1  # (the sentence of the last head)
    for i, s in enumerate(sentences):
        if "|" not in s.text and "｜" not in s.text:
            columns = None
            continue
        following = sentences[i + 1].text if i + 1 < len(sentences) else ""
        row = is_bar_row(s.text) or is_two_column_row(s.text)
        # (a table of two columns too: "Budget heading | 2025/26 budget" over "Staff | £58,400")
        if is_bar_head(s.text, following) and not (columns is not None and row):
            heads = [c.strip() for c in BAR.split(s.text.strip())]
            if columns is not None and head_at == i - 1 and len(heads) == len(columns) \
                    and all(not h or _UNIT_ONLY.fullmatch(h) or _UNITS_ALONE.fullmatch(h) for h in heads):
                # a line of units under the head's names ("GMV | Revenue | Take rate" over "£m | £m | %"): the unit of
                # each named column, not a head of its own
                columns = [(kind, year, f"{name} ({unit})" if unit else name) for (kind, year, name), unit
                           in zip(columns, heads, strict=True)]
            else:
                columns = [(kind, year, head) for (kind, year), head in zip(column_kinds(s.text), heads, strict=True)]
            head_at = i
        elif columns is not None and row:
            out[s.index] = columns
    return out


_UNITS_ALONE = compile_re(r"(?:US\$|A\$|NZ\$|[$£€¥₹])?\s?(?:m|bn|k|'?000)?\s?%?")


def label_period(label: str) -> str | None:
    """The year a row's label names when the label is a period alone ("2021/22" of "2021/22 | 604 | 498",
    "2024年"): the table's rows are its periods and its columns its measures."""
    m = _PERIOD.fullmatch(label)
    return (m["year"] or "20" + m["fy"]) if m else None


def column_of(row: str, text: str, start: int = 0) -> tuple[int, int]:
    """(column, position) of the value written `text` in `row`, searched from `start`."""
    at = row.find(text, start)
    return (len(BAR.findall(row, 0, at)) if at >= 0 else -1), at


def by_column(row: str, figs: list[FigureDraft], columns: list[Column]) -> None:
    """A bar table's values take the kind (and the year) their column's head gives; in a table whose rows are
    periods ("2021/22 | 604 | 498"), a value's subject is its column's head and its period the row's; in one whose rows
    are things, the row's label and what its column measures ("Feature film | 21 | 188.6" under "Format | Productions |
    Qualifying spend (£m)": 'Feature film: Productions', 'Feature film: Qualifying spend', not 'Feature film' twice)."""
    cursor = 0
    label = BAR.split(row.strip(), 1)[0].strip()
    period = label_period(label)
    # (a row of a time with no year of its own, or a season's: "Q1 (Sep–Nov) | 318 | 71", "Autumn 2024 | 1,412")
    time_row = period is None and _TIME_ROW.fullmatch(label) is not None
    cells = [cell.strip() for cell in BAR.split(row.strip()) if cell.strip()]
    name = cells[0].lower() if cells else ""
    # (the words of the cells between the label and the values name the row too: "Total | Masts erected | 1,860")
    more = "".join(f", {c}" for c in itertools.takewhile(lambda c: not _DIGIT.search(c), cells[1:]))
    for f in figs:
        column, at = column_of(row, f.text, cursor)
        if at < 0:
            continue
        cursor = at + len(f.text)
        kind, year, head = columns[column] if column < len(columns) else (None, None, "")
        if kind is not None:
            f.kind = kind
        f.period = f.period or year or period
        if period is not None and column > 0 and head and f.subject in ("", label):
            f.subject = UNIT_BRACKET.sub("", head)
        elif time_row and column > 0 and f.subject.lower() in ("", label.lower()) and (measure := _measure(head)) \
                and measure[0].isalpha():
            f.subject = f"{measure}, {label}"  # ('Passengers, September', not a line of units: "000 km")
            f.period = f.period or (year_in.group() if (year_in := _YEAR.search(label)) else None)
        elif period is None and column > 0 and f.subject and name.startswith(f.subject.lower()) \
                and (measure := _measure(head)):
            row_name = f.subject + more
            f.subject = f"change in {row_name}" if _CHANGE_ALONE.fullmatch(measure) else f"{row_name}: {measure}"


_DIGIT = compile_re(r"\d")
_TIME_ROW = compile_re(rf"(?i)(?:Q[1-4]|H[12]|(?:{_MONTH})\.?|spring|summer|autumn"
                       r"|fall|winter|(?:first|second|third|fourth) (?:quarter|half))(?:\s+(?:term\s+)?(?:19|20)\d\d(?:[/–-]\d\d)?)?"
                       r"(?:\s*\([^()]{1,24}\))?")
_YEAR = compile_re(r"(?:19|20)\d\d")


# The years a column's head names, which the value's period says already: "Permits Q3 2025", "2024/25 result", "FY25"
# (not a year a column is compared with: "% of 2019", "Change on 2023-24").
_HEAD_YEAR = compile_re(r"(?i)\b(?:(?:FY|CY)\s?)?(?:19|20)\d\d(?:\s*[/–-]\s*\d{2,4})?\b|\b(?:FY|CY)\s?\d\d(?:/\d\d)?\b")
_COMPARED_WITH = compile_re(r"(?i)\b(?:of|on|vs\.?|versus|from|since|against|than)\s")
# A head that names only a time once its years are out: "Q2", "H1", "Sept", "30 June".
_TIME_ONLY = compile_re(rf"(?i)(?:Q[1-4]|H[12]|(?:\d{{1,2}}\s+)?(?:{_MONTH})\.?"
                        r"(?:\s+\d{1,2})?)(?:\s*(?:[-–/]|to)\s*\S+)?")
# (a word left hanging where a year was: "Spent to 31 Dec 2025" keeps its date, "Outstanding at 2025" loses "at")
_HANGING = compile_re(r"\s+(?:at|to|in|on|by|for|as at|end)$", re.I)


# A column of changes, named by nothing more: "Change", "% change", "Change on 2023-24" (its year taken out), "y/y".
_CHANGE_ALONE = compile_re(r"(?i)%?\s*(?:change|chg|y/y|yoy|growth)(?:\s*(?:on|from|vs\.?|since)\s+\S+)?\s*%?")
# A head that names only the unit or scale of its values (the line under a head: "£m", "thousands"; "FY2025 tonnes").
_UNIT_ONLY = compile_re(r"(?i)(?:[£$€¥₹]|[A-Z]{1,3}\$)?\s*(?:'?000s?|k|m|mn|bn|thousands?|millions?|billions?|tonnes?|tons?|kg"
                        r"|kilograms?|km|kilomet(?:re|er)s?|miles?|hectares?|ha|acres?|litres?|megalitres?|ml|mw|gw|mwh|gwh|kwh"
                        r"|no\.?|number|units?|per ?cent|pence)")


def _measure(head: str) -> str:
    """What a column's values measure: its head without its years and unit ("Qualifying spend (£m)": 'Qualifying
    spend'); '' when it names only a time ("Q2 2025/26") or a unit ("£m")."""
    head = UNIT_BRACKET.sub("", head)
    compared = _COMPARED_WITH.search(head)
    cut = compared.start() if compared else len(head)
    measure = _HANGING.sub("", " ".join((_HEAD_YEAR.sub(" ", head[:cut]) + head[cut:]).split()).strip(" ,:;–-()"))
    return measure if re.search(r"[A-Za-z]{2}", measure) and not _UNIT_ONLY.fullmatch(measure) \
        and not _TIME_ONLY.fullmatch(measure) else ""
