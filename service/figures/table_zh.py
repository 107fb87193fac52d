"""A Chinese report's table, flattened to lines: the unit it declares ("单位：元　币种：人民币"), the head
of its columns ("项目 2024年 2023年 本年比上年增减(%) 2022年") and its rows, each a label and one value
per column ("营业收入 4,862,315,790.44 4,107,952,118.36 18.36 3,655,401,227.09").

A statistical sheet pasted from a spreadsheet is read too: a head with a unit column ("指标名称 单位 本月
累计 同比±%") over rows that name their unit ("规模以上工业增加值 亿元 12.36 68.91 7.4").

The values carry no unit of their own, so the number grammar reads none of them: here each is a
figure of its row's label, in the unit of its row ("基本每股收益（元／股）"), of its column ("…增减(%)")
or of the table, for the year of its column. The latest year's column and the change column report
the period (achieved); an earlier year's column is the comparison (other).
"""

from __future__ import annotations

import re

from ..cleaning.rows import BAR
from ..re_cache import compile_re
from ..schemas import FigureDraft, Kind
from ..segment import Sentence
from .numbers import find_numbers, parse_quantity
from .units_zh import COUNT_UNITS, UNITS

# "单位：元", "单位：万元　币种：人民币", "金额单位：亿元".
_UNIT_LINE = compile_re(r"单位\s*[:：]\s*(?P<unit>(?:人民币)?(?:元|千元|万元|百万元|亿元|%|吨|万吨|人|户|个|家|万人))(?:\s|$|[）)])")
_YEAR = compile_re(r"((?:19|20)\d{2})年")
# A value cell: a number, or a change written in words ("增加0.87个百分点").
# (a change may carry its own unit: "8.7%", "-1.1个百分点" in a column "增减")
# (a number with a unit of its own, "48亿元", is no bare cell: the number grammar reads such a row)
_CELL = compile_re(r"[-+−]?\d[\d,]*(?:\.\d+)?(?:%|％|个百分点)?(?![\d年月日%.\u4e00-\u9fff])"
                   r"|[增减][加少]?\d[\d,]*(?:\.\d+)?个百分点")
_OWN_UNIT = compile_re(r"(?P<number>[-+−]?\d[\d,]*(?:\.\d+)?)(?P<unit>%|％|个百分点)")
# (a label may hold commas, as a listed company's long ones do: "非流动性资产处置损益，包括已计提资产减值准备的
# 冲销部分"; and name its column after an underscore: "利润总额_本报告期";
# and numbers glued to the words they qualify: "65岁及以上老年人", "2型糖尿病患者", "0-6岁儿童"; and quotation marks:
# "“一带一路”共建国家")
_LABEL = r"(?P<label>(?:[\u4e00-\u9fff（）()／/A-Za-z、%％：，_“”‘’《》·]|\d+(?:[-–~～至]\d+)?(?=[\u4e00-\u9fff])){2,90}?)"
_ROW = compile_re(rf"^{_LABEL}\s+(?P<cells>(?:[-+−\d增减]|不适用|—).*)$")
# A row of a table whose last column explains it, its number joined to the words on both sides (cleaning
# takes a number spaced between Chinese words for a sentence's): "应收账款27.45主要系…所致". The label holds
# no comma and the explanation opens as one does, so a sentence after the table is no row ("报告期内，公司累计
# 回购公司股份862,500股，…").
_GLUED_ROW = compile_re(r"^(?P<label>[\u4e00-\u9fff（）()／/A-Za-z、%％：_]{2,90}?)"
                        r"(?P<cells>[-+−]?\d[\d,]*(?:\.\d+)?(?:主要|系|因|由于|受|同上|详见).*)$")
# A cell that says in words why it holds no number: 免费开放, 暂无数据, 未统计.
_WORDS_CELL = compile_re(r"[\u4e00-\u9fff]{2,8}")
_NOT_APPLICABLE = frozenset(("不适用", "—", "－", "--"))  # (a cell with no value)
# A row's unit in brackets after its label ("基本每股收益（元／股）", "集装箱吞吐量（万标箱）"; not "（税后）").
_LABEL_BRACKET = compile_re(r"[（(](?P<unit>[^（）()]{1,8})[）)]$")


def _label_unit(label: str) -> str | None:
    """The unit a row's label names in brackets at its end: "%", "元" (of 元／股), "万标箱"; None for other words."""
    if (m := _LABEL_BRACKET.search(label)) is None:
        return None
    return _known_unit(m["unit"].replace("／", "/").split("/")[0])


def _known_unit(unit: str) -> str | None:
    """`unit` ("%" for ％) when the number grammar knows it, with a scale or not ("万件", "亿千瓦时"), else None."""
    if unit in ("%", "％"):
        return "%"
    core = unit
    while core not in UNITS and core[:1] in ("万", "亿", "千", "百"):  # (亿千瓦时: 亿 times 千瓦时)
        core = core[1:]
    return unit if core in UNITS else None


# The last column of a head may explain each row in words ("说明", "主要原因"): no value of its own.
_TEXT_COLUMN = compile_re(r"(?:情况)?说明|备注|(?:主要)?(?:变动)?原因|(?:完成|建设|实施|项目)?状态|形象进度|(?:工程|项目)?进展(?:情况)?")
_QUALIFIED = compile_re(r"[（(](?:预计|未经审计|初步测算|测算|快报)[）)]$")
_NUMBER_COLUMN = compile_re(r"序号|编号|排序|No\.?")
_ROW_NUMBER = compile_re(r"^\d{1,3}\s+(?=[\u4e00-\u9fff])")
_COLUMN_AFTER_UNDERSCORE = compile_re(r"_(?P<column>[^_]+)$")
# (a project's total investment, and what a store or a work holds: 仓容（吨）, 设计容量, 设计规模: its size)
_SIZE_COLUMN = compile_re(r"(?:计划)?总(?:投资|概算|规模)|(?:总|设计)?(?:仓容|库容|容量)(?![占利使]用)|设计(?:处理)?(?:规模|能力)")
_NOUN_COLUMN = compile_re(r"(?:(?:19|20)\d{2}年)?[\u4e00-\u9fff]{2,10}")  # (2025年目标回收利用率)
_OWN_UNIT_CELL = compile_re(r"[-+−]?\d[\d,]*(?:\.\d+)?[万亿]?[\u4e00-\u9fff]{1,3}")
# Such a row's explanation after its last value, spaced or not (cleaning joins a number to the Chinese
# after it): "68.93 主要系募投项目…持续投入所致", "10,846,205.33主要系收到…补助"; a change in words is a value.
_EXPLANATION = compile_re(r"(?<=[\d%％])\s*(?![增减][加少]?\d)[\u4e00-\u9fff“\"].*$")
_CHANGE_COLUMN = compile_re(r"增减|变动|增长|同比|环比")
_NAMED_CHANGE = compile_re(r"^(?:\d{1,2}-)?(?:本月)?累计同比|^同比|^环比")


def _year_of(column: str) -> str | None:
    return m[1] if (m := _YEAR.search(column)) else None


# A value column named by its period or its change, not by a year: "本报告期", "上年同期", "增减变动幅度",
# "环比(%)", "1-本月累计同比(%)".
# (or a phrase of such words, as a listed company's report writes its heads: "本报告期比上年同期增减变动幅度(%)",
# "年初至报告期末", "本报告期末比上年度末增减变动幅度(%)", "9月末余额", "比年初增减", "同比增速（%）")
_WORD_COLUMN = compile_re(r"(?:本报告期[末初]?|报告期[末初]?|本期|上期|本月|上月|当月|本年度?|上年度?|去年|年初|期初|期末|年末|"
                          r"全年|上半年|下半年|前三季度|[一二三四]季度|预算|决算|执行|"  # (全年预算数 上半年执行数 执行率)
                          r"\d{1,2}月末|同期|至|比例|比|较|增减|变动|幅度|完成|率|同比|环比|增长|增速|(?:\d{1,2}-)?(?:本月)?累计|金额|余额|数|末|初)+"
                          r"(?:[(（][%％][)）]|±%)?")
# Such a column of an earlier time, the comparison: "上年同期", "本报告期初", "上月".
# A value column named by what it measures, with its unit: "网络零售额(亿元)", "占比(%)", "集装箱吞吐量（万标箱）".
# (months a column may open on, as a year: "1—9月新建（个）", "10月"; a sheet's head names them too)
_MONTHS_WRITTEN = r"\d{1,2}(?:[—–~-]\d{1,2})?月(?:份)?"
# (a measure named by a pollutant's code: PM2.5浓度（微克/立方米）, NO2浓度)
_MEASURE_COLUMN = compile_re(rf"(?:(?:19|20)\d{{2}}年)?(?:{_MONTHS_WRITTEN})?(?P<name>(?:[A-Z]{{1,4}}\d{{1,2}}(?:\.\d)?)?[A-Za-z\u4e00-\u9fff]{{1,14}})[(（](?P<unit>[^()（）\d]{{1,6}})[)）]")


# A column named by what it counts, ending in a unit of two characters or more: "抽检批次", "不合格批次", "接待人次".
_COUNT_END = compile_re("(?:" + "|".join(sorted((u for u in COUNT_UNITS if len(u) >= 2), key=len, reverse=True)) + ")$")


def _measure_column(column: str) -> re.Match[str] | None:
    """A value column named by what it measures with its unit in brackets: "网络零售额(亿元)", "占比(%)",
    "快递业务量(万件)" (any unit the number grammar knows, with its scale; not "（含）" or "（预计）")."""
    m = _MEASURE_COLUMN.fullmatch(column)
    return m if m and _known_unit(_per_unit(m["unit"])) else None


def _per_unit(unit: str) -> str:
    """What a rate's unit counts ("元" of "元/平方米", "元／吨"), for a column named by a price or a yield."""
    return unit.replace("／", "/").split("/")[0]


def _names_a_measure(text: str) -> bool:
    return any(_known_unit(m["unit"]) for m in _MEASURE_COLUMN.finditer(text))


_EARLIER_WORD_COLUMN = compile_re(r"^(?:上年|去年|上期|上月|年初(?!至)|期初|(?:本)?报告期初)(?!.*(?:增减|变动|同比|增长))")


def _columns(text: str, barred: bool = False) -> list[str] | None:
    """The names of a head's value columns ("2024年", "本年比上年增减(%)"), when at least two are years,
    or all name a period or a change ("项目 本报告期 上年同期 增减变动幅度", "类别 环比(%) 同比(%)"); a table
    written with bars may name some by a noun too ("救助类别 | 保障对象 | 全年支出（万元） | 支出同比")."""
    words = [_QUALIFIED.sub("", w) for w in text.split()]  # ("本报告期（预计）": the period's own estimate)
    if len(words) < 3 or re.search(r"(?<![A-Za-z\d])\d[\d,]*\.\d", text):  # (a value's decimal: not a measure's name, PM2.5)
        return None
    if _NUMBER_COLUMN.fullmatch(words[0]):
        words = words[1:]  # (a column of the rows' numbers before the labels': "序号 项目名称 计划投资(万元) …")
    if _TEXT_COLUMN.fullmatch(words[-1]):
        words = words[:-1]  # (the rows' explanations in words: their values are the columns before it)
    if len(_YEAR.findall(text)) < 2:
        # (a month names a period as a year does: "项目 6月 7月 8月 9月 合计", the months of a year's season)
        named = [bool(_WORD_COLUMN.fullmatch(w) or _measure_column(w) or _MONTHS.fullmatch(w) or barred and _COUNT_END.search(w))
                 for w in words[1:]]
        return words[1:] if all(named) or barred and any(named) and all(
            n or _NOUN_COLUMN.fullmatch(w) for n, w in zip(named, words[1:], strict=True)) else None
    first = words[0]
    return words[1:] if not _YEAR.search(first) else words


def _names_a_noun(column: str) -> bool:
    """Whether a column is named by what its cells measure ("保障对象", "回收利用率", "2025年目标回收利用率"), not by a
    time, a change or a bare word for values."""
    noun = _YEAR.sub("", column)  # (a year's column, "2025年上半年", names a time)
    return bool(_NOUN_COLUMN.fullmatch(column)) and not _WORD_COLUMN.fullmatch(noun) \
        and noun not in ("", "数值", "数量", "数据", "总量", "规模")  # (a column of values names nothing more)


def _unit_of(label: str, column: str, table_unit: str) -> str:
    """A column's unit first (a change column's "(%)" holds for every row), then the row's
    ("基本每股收益（元／股）": 元), then the table's."""
    if "%" in column or "％" in column:
        return "%"
    if m := _measure_column(column):
        return _per_unit(m["unit"])  # (网络零售额(亿元): each row's value in 亿元; 成交均价（元/平方米）: in 元)
    if m := _COUNT_END.search(column):
        return m[0]  # (抽检批次: each row's value in 批次)
    return _label_unit(label) or table_unit


def _figure(label: str, column: str, cell: str, unit: str, years: list[str], quote: str,
            measure_before: str = "") -> FigureDraft | None:
    subject = _ROW_LEAD.sub("", _LABEL_BRACKET.sub("", label) if _label_unit(label) else label).strip()
    if _OWN_UNIT_CELL.fullmatch(cell) and (quantity := parse_quantity(cell)) is not None:
        # a cell with its own unit: "城市低保 | 9862人" under a noun's column (保障对象), which names what it counts;
        # under a year's or a plan's column, that column's kind ("指标 | 2025年目标 | 2023年实际")
        year = _year_of(column)
        noun = year is None and _names_a_noun(column)
        return FigureDraft(subject=f"{subject}{column}" if noun else subject, text=cell, value=quantity[0],
                           unit=quantity[1], kind=_column_kind(column, years),
                           period=year or (max(years) if years else None), quote=quote)
    # ("利润总额_本报告期": the row of one column of an earlier table, named as the year to date is below)
    subject = _COLUMN_AFTER_UNDERSCORE.sub(lambda m: f"（{m['column']}）", subject)
    if cell.startswith(("增", "减")):  # a change in words: the number grammar reads it
        spans = find_numbers(cell, "zh")
        if not spans:
            return None
        return FigureDraft(subject=f"{subject}{cell[:2]}", text=spans[0].text, value=spans[0].value,
                           unit=spans[0].unit, kind="achieved", period=max(years) if years else None, quote=quote)
    change = bool(_CHANGE_COLUMN.search(column))
    if own := _OWN_UNIT.fullmatch(cell):  # (its sign kept: "-1.1个百分点" fell)
        value, base = float(own["number"].replace(",", "").replace("−", "-")), "%" if own["unit"] in ("%", "％") else own["unit"]
        unit = base
    else:
        quantity = parse_quantity(cell + ("" if unit == "%" else unit)) if unit else None
        value, base = quantity if quantity else (float(cell.replace(",", "").replace("−", "-")), unit)
        if cell.startswith(("-", "−")) and value > 0:
            value = -value
    year = _year_of(column)
    # (a change column named by its kind gives it: 环比, 同比, 1-本月累计同比; another says 增减)
    named = _NAMED_CHANGE.search(column)
    # (a running total's column beside the month's says which it is: 规上工业增加值累计)
    measure = _measure_column(column)  # (a column of what is measured names it: 橙果商城网络零售额)
    subject = f"{subject}{measure_before}{named[0] if named else '增减'}" if change else f"{subject}累计" if column == "累计" \
        else f"{subject}{measure['name']}" if measure else f"{subject}{_YEAR.sub('', column)}" if _names_a_noun(column) \
        else f"{subject}{column}" if _MONTHS.fullmatch(column) else subject  # (a month's column: 降雨量7月)
    if column.startswith("年初至"):  # (the year to date beside the quarter: 营业收入年初至报告期末)
        subject = f"{subject}（年初至报告期末）"
    return FigureDraft(subject=subject, text=cell, value=value, unit="%" if unit == "%" else base,
                       kind=_column_kind(column, years), period=year or (max(years) if years else None), quote=quote)


def _result_years(columns: list[str]) -> list[str]:
    """The years the columns of results name (not a plan's: beside "2024年实际", "2025年目标" is no later result)."""
    return [y for c in columns if (y := _year_of(c)) and not _plans(c)]


def _plans(column: str) -> bool:
    """Whether `column` holds a plan's figures ("2025年目标", "计划招生（人）"; a plan's rate done is a result: "计划完成率")."""
    return _TARGET_COLUMN.search(column) is not None and "完成" not in column


def _column_kind(column: str, years: list[str]) -> Kind:
    """The kind of a value in `column`: an earlier year's or an earlier time's column is the comparison, and
    so is a project's total investment, its size ("总投资（亿元）"); a plan's column holds targets ("计划招生（人）";
    a plan's rate done is a result: "计划完成率"); the rest the period's results."""
    year = _year_of(column)
    if year is not None and years and year < max(years) or _EARLIER_WORD_COLUMN.match(column) \
            or _SIZE_COLUMN.match(column):
        return "other"
    return "target" if _plans(column) else "achieved"


# A statistical sheet pasted from a spreadsheet: a head with a unit column ("指标名称 单位 本月 累计
# 同比±%") over rows that name their unit ("规模以上工业增加值 亿元 12.36 68.91 7.4"; "—" for none).
_MONTHS = compile_re(_MONTHS_WRITTEN)
_SHEET_VALUE = compile_re(r"[-+−]?\d[\d,]*(?:\.\d+)?(?:%|％|个百分点)?")
_ROW_LEAD = compile_re(r"^(?:[一二三四五六七八九十]+、|其中[：:]|[（(][一二三四五六七八九十\d]+[）)])")
_TARGET_COLUMN = compile_re(r"目标|计划|预算")
_EARLIER_COLUMN = compile_re(r"上年|去年|上期|同期数")


def _sheet_head(text: str) -> list[str] | None:
    words = text.split()
    # (its columns may name years and months: "指标名称 单位 2024年完成 2025年目标", "指标 单位 10月 同比增长(%) 1—10月")
    return words[1:] if len(words) >= 4 and "单位" in words[1:] \
        and not re.search(r"\d", _MONTHS.sub("", _YEAR.sub("", text))) else None


def _sheet_row(columns: list[str], text: str, quote: str) -> list[FigureDraft] | None:
    cells = text.split()
    if len(cells) != len(columns) + 1:
        return None
    label, values = _ROW_LEAD.sub("", cells[0]), cells[1:]
    unit = values[columns.index("单位")]
    years = _result_years(columns)
    # (an earlier year's column is the comparison, unless a plan's column stands beside it: then it is the
    # review of last year that opens a plan, "2024年完成 | 2025年目标")
    planned = any(_TARGET_COLUMN.search(c) for c in columns)
    out = []
    for at, (column, cell) in enumerate(zip(columns, values, strict=True)):
        if column == "单位" or not _SHEET_VALUE.fullmatch(cell):
            continue
        own = _OWN_UNIT.fullmatch(cell)  # (a change with its own unit under a column that names none: "同比增减" over "+15.7%")
        rate = "%" in column or "％" in column or own is not None and own["unit"] in ("%", "％")
        quantity = None if rate or own else parse_quantity(cell.lstrip("+") + unit)
        number = own["number"] if own else cell
        value, base = quantity if quantity else (float(number.replace(",", "").replace("−", "-")),
                                                 "%" if rate else own["unit"] if own else unit)
        year = _year_of(column)
        kind: Kind = "target" if _plans(column) else "other" if _EARLIER_COLUMN.search(column) \
            or year is not None and year < max(years) and not planned else "achieved"
        # (a change column after a period's names that period's change: "汽车10月同比增长", "汽车1—10月同比增长")
        months = columns[at - 1] if at and _MONTHS.fullmatch(columns[at - 1]) else ""
        subject = f"{label}{months}{'同比增长' if '同比' in column else '增长'}" \
            if rate and re.search(r"同比|增长|增减|±", column) else f"{label}{column}"
        out.append(FigureDraft(subject=subject, text=cell, value=value, unit=base, kind=kind, period=year, quote=quote))
    return out


# A cell that gives a range: "186,000～194,000", "21.50～26.73" (a forecast's bounds, one figure each).
_RANGE_CELL = compile_re(r"(?P<low>[-+−]?\d[\d,]*(?:\.\d+)?)[～~—–至](?P<high>[-+−]?\d[\d,]*(?:\.\d+)?)")


# A row whose second cell is words too, a label of two parts: "县中心粮库 小麦 12000 15000".
_TWO_LABELS = compile_re(r"(?P<first>[\u4e00-\u9fff（）()]{2,30})\s+(?P<second>[\u4e00-\u9fff]{1,12})(?=\s+[-+−\d])")


def _ends(token: str) -> tuple[str, ...]:
    return (m["low"], m["high"]) if (m := _RANGE_CELL.fullmatch(token)) else (token,)


def _row_cells(values: str, columns: list[str]) -> list[tuple[str, str]] | None:
    """(column, cell) of each value of a row, or None when they do not fill the head's columns."""
    cells = _CELL.findall(values)
    tokens = values.split()
    if len(cells) != len(columns) and len(tokens) == len(columns) \
            and all(t in _NOT_APPLICABLE or _CELL.fullmatch(t) or _OWN_UNIT_CELL.fullmatch(t) or _RANGE_CELL.fullmatch(t)
                    or _WORDS_CELL.fullmatch(t) for t in tokens):
        # (a cell may say there is no value: "经营活动产生的现金流量净额 不适用 不适用 96,318,442.75 41.26", "古渡老街 46.3
        # 21.5 免费开放"; carry its own unit: "城市低保 | 9862人 | 9870 | -3.1%"; or give a range, both its ends read:
        # "186,000～194,000")
        return [(col, part) for col, t in zip(columns, tokens, strict=True)
                for part in (("—",) if _WORDS_CELL.fullmatch(t) else _ends(t))]
    if len(cells) != len(columns) or "".join(cells).replace(",", "") == "":
        return None
    return list(zip(columns, cells, strict=True))


def _barred_text(quote: str) -> str:
    """A row written with bars, its cells parted by spaces; a cell left empty between two others says so ("合计 | 186 | |
    42.6 | 68.3": 出栏同比 has no total), so the values after it stay under their columns."""
    cells = [c.strip() for c in BAR.split(quote.strip())]
    return " ".join(c or ("—" if 0 < i < len(cells) - 1 else "") for i, c in enumerate(cells)).strip()


def table_figures(sentences: list[Sentence]) -> dict[int, list[FigureDraft]]:
    """The figures of every table row (by sentence index), read with its head and its unit."""
    out: dict[int, list[FigureDraft]] = {}
    unit = ""
    columns: list[str] | None = None
    explained = False  # (the head in force ends with a column of words)
    sheet: list[str] | None = None
    label = ""  # a row's numbered label, which the segmenter took as a head of its own ("一、地区生产总值")
    for s in sentences:
        quote = s.text.strip()
        # (a table written with bars between its cells is read as one with spaces; its quote keeps them)
        text = _barred_text(quote) if "|" in quote or "｜" in quote else quote
        if (head := _sheet_head(text)) is not None:
            sheet, columns = head, None
            continue
        if sheet is not None:
            if s.heading and _ROW_LEAD.match(text) and not re.search(r"\d", text):
                label = text
                continue
            row_text, label = f"{label} {text}" if label else text, ""
            if (figs := _sheet_row(sheet, row_text.rstrip("。"), quote)) is not None:
                if figs:
                    out[s.index] = figs
                continue
            sheet = None  # prose ends the sheet
        if "单位" in text and (m := _UNIT_LINE.search(text)):
            unit, columns = m["unit"].replace("人民币", ""), None
            continue
        if (text.count("年") >= 2 or text.count(" ") >= 2 and (_WORD_COLUMN.search(text) or _names_a_measure(text)
                                                             or len(_MONTHS.findall(text)) >= 2)) \
                and (head := _columns(text, barred=text != quote)) is not None:
            columns, explained = head, _TEXT_COLUMN.fullmatch(text.split()[-1]) is not None
            continue
        if columns is None:
            continue  # (no head in force: no row to read)
        text = _ROW_NUMBER.sub("", text) if text[:1].isdigit() else text  # ("1 农村道路提质改造工程 520 486 93.5 已完成")
        row_columns = columns
        if len(columns) > 1 and _names_a_noun(columns[0]) and (two := _TWO_LABELS.match(text)):
            # a second column of words names the row further ("承储库点 | 品种 | 储存数量（吨）": "县中心粮库 | 小麦 | 12000")
            text, row_columns = f"{two['first']}（{two['second']}）{text[two.end():]}", columns[1:]
        row = _ROW.match(text) or (_GLUED_ROW.match(text) if explained else None)
        if row is None:
            if not s.heading:
                columns = None  # prose ends the table
            continue
        pairs = _row_cells(_EXPLANATION.sub("", row["cells"]) if explained else row["cells"], row_columns)
        if pairs is None:
            continue
        years = _result_years(columns)
        # (a change column after a measure's is that measure's change: "快递业务量(万件) | 同比增长(%) | 快递业务收入(万元) |
        # 同比增长(%)" gives 江北区快递业务量同比, 江北区快递业务收入同比)
        measures = [m["name"] if (m := _measure_column(c)) and not _CHANGE_COLUMN.search(c)
                    and not _WORD_COLUMN.fullmatch(m["name"]) else "" for c, _ in pairs]  # (not a period's: 年末数(亿元))
        measures = [name or (measures[i - 1] if i and _CHANGE_COLUMN.search(c) else "") for i, (c, name) in
                    enumerate(zip([c for c, _ in pairs], measures, strict=True))]
        figs = [f for (col, cell), measure in zip(pairs, measures, strict=True) if cell not in _NOT_APPLICABLE
                and (f := _figure(row["label"], col, cell, _unit_of(row["label"], col, unit), years, quote, measure))]
        if figs:
            out[s.index] = figs
    return out
