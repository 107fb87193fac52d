"""The context a sentence sits in: the section's default figure kind (`headings`) and the year in force,
and the figures of each sentence read in it.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import replace

from ..figures import Kind, SentenceContext, period_years, read_figures
from ..figures.clauses import words_around
from ..figures.table_bars import Column, bar_columns, by_column
from ..figures.table_zh import table_figures
from ..re_cache import compile_re
from ..schemas import FigureDraft
from ..segment import Sentence
from .headings import page_name, profile_sections, section_kinds, subjects_from_leads
from .periods import history, last_years
from .pieces import TO_DO

# A year a plan or a forecast runs to: it dates its own sentence, not the ones after it.
_DEADLINE_YEAR = compile_re(r"(?:(?:预计|力争|争取|计划|目标|将于|将在)(?:到|至)?|(?<![日月\d])到)(?:19|20)\d{2}年$")


# A body's history: when it was founded, renamed, restructured or merged into another.
_FOUNDED = compile_re(r"(?:始建|建于|成立于|组建于|创建于|创办于|前身|更名为|改制为|整体划入|划归|并入)")


# A title naming part of a year to October at the latest: 上半年, 一季度, 前三季度, 1—10月, a month's report ("2024年10月…").
_PART_YEAR = compile_re(r"上半年|[一二]季度|前[两三]季度|(?<![\d—–\-~至到])(?:1\s?[—–\-~至到]\s?)?(?:[1-9]|10)月(?!\d|[—–\-~至到]\d)")


def context_years(sentences: list[Sentence], language: str = "zh", title_year: str | None = None) -> list[str | None]:
    """The year in force at each sentence: the last period year of the paragraph before it, else
    the year of the section it is in ("一、2024年度主要财务数据" over the paragraphs that follow, the
    title's year over a document without numbered heads that name one)."""
    years: list[str | None] = []
    # (the title, once cleaning has taken it out of the text, names it as the first heading did)
    para, year, section = -1, None, title_year
    for s in sentences:
        found = period_years(s.text, language)
        if s.heading and s.enum:
            section = found[-1] if found else section
        elif s.heading and s.index == 0:  # the title still in the text: the year it names, when only one
            section = found[0] if len(set(found)) == 1 else title_year
        if s.paragraph != para:
            para, year = s.paragraph, None
        # (a table's row, short as a head, is read in its section's year: "二、规模以上工业增加值 | 亿元 | 12.36")
        years.append(year or (section if not s.heading or "|" in s.text else None))
        if found and not (language == "zh" and (_DEADLINE_YEAR.search(s.text, 0, s.text.rfind(found[-1] + "年") + 5)
                                                 or _FOUNDED.search(s.text))):
            # (not a deadline's or a forecast's year: "预计到2045年将达到7.83亿人"; nor the dates of a body's history, whose
            # standing make-up the next sentence gives: "前身为始建于1958年的…水厂，2016年整体划入…集团。公司现有水厂5座")
            year = found[-1]
    return years



def _title_years(title: str | None, language: str) -> tuple[str | None, str | None]:
    """The one year a Chinese title names, and the year one that names a year's review and the next year's plan
    reviews ("…2024年工作总结和2025年工作计划": 2024, so that a clause on the year before it is background)."""
    years = set(period_years(title, language)) if title and language == "zh" else set()
    if len(years) == 2 and int(max(years)) - int(min(years)) == 1:
        return None, min(years)
    return (years.pop() if len(years) == 1 else None), None


def figures_in_context(
    sentences: list[Sentence], skip: list[tuple[int, int]], language: str, kinds: list[Kind | None] | None = None,
    doc_year: str | None = None, title: str | None = None,
) -> dict[int, list[FigureDraft]]:
    """The figures of every sentence (by sentence index), each sentence read in its context: the
    section's kind (`kinds`, from `section_kinds` when not given), the year in force, and the kind
    the previous sentence of the paragraph ended on. Sentences overlapping a `skip` span (mojibake,
    instructions to a model) give none."""
    out: dict[int, list[FigureDraft]] = {}
    previous: Kind | None = None
    continued = False
    earlier: list[FigureDraft] = []  # (the figures of the paragraph's last sentence that had any)
    paragraph = -1
    kinds = section_kinds(sentences) if kinds is None else kinds
    vocabulary: set[str] | None = None
    scale: tuple[float, str] | None = None  # an English document's note on its amounts, read at its first table row
    columns = column_years(sentences) if language == "en" else {}
    tables = table_figures(sentences) if language == "zh" else {}
    bars = bar_columns(sentences) if any("|" in s.text or "｜" in s.text for s in sentences) else {}
    items = planned_items(sentences) if language == "en" else set()
    listed = listed_items(sentences) if language == "en" else {}
    # A Chinese title that names one year names the period ("江州市2024年国民经济和社会发展统计公报"); one
    # naming two ("2022年…总体情况和2023年工作打算") does not say which (though it reviews the earlier), nor does an English headline
    # ("… Budget for 2025" over a story of last year's figures).
    title_year, reviewed_year = _title_years(title, language)
    years = context_years(sentences, language, title_year)
    part_year = language == "zh" and _PART_YEAR.search(page_name(sentences, title)) is not None
    sheet_year = title_year  # the last year in force, for a table's rows the segmenter took as heads
    profiles = profile_sections(sentences) if language == "zh" else [False] * len(sentences)
    for s, kind, year, profile in zip(sentences, kinds, years, profiles, strict=True):
        kind = "target" if s.index in items else listed[s.index][0] if kind is None and s.index in listed else kind
        if s.paragraph != paragraph:
            paragraph, previous, continued, earlier = s.paragraph, None, False, []
        if (s.heading and not re.search(r"\d", s.text)) or any(s.start < e and b < s.end for b, e in skip):
            continue
        sheet_year = year or sheet_year
        go_on = -1  # (the figure the next sentence goes on from: the last, or the last no goal or size named)
        if figs := tables.get(s.index):
            for f in figs:
                f.period = f.period or sheet_year  # (a sheet's columns name no year: the document's)
        else:
            context = SentenceContext(kind, previous, continued, part_year, profile, earlier[-1].unit if earlier else None)
            figs, go_on = read_figures(s.text, language, context, year, doc_year)
            if (whole := _whole_of_parts(s.text, figs, earlier)) is not None and whole.kind != previous:
                # ("新建公共充电桩6420个，…四季度还将新建1600个以上；其中直流快充桩3850个、交流慢充桩2570个": the
                # parts go on from the figure they add up to, not from the last one)
                figs, go_on = read_figures(s.text, language, replace(context, previous=whole.kind), year, doc_year)
        if figs and language == "en":
            vocabulary = vocabulary if vocabulary is not None else _lower_case_words(sentences)
            for f in figs:
                f.subject = _sentence_case(f.subject, s.text, vocabulary)
            if (row_years := columns.get(s.index, [])) and len(figs) >= len(row_years):
                for f, y in zip(figs, row_years, strict=False):  # (columns after the years: a change)
                    # A table's columns are its years; an earlier year's column is the comparison.
                    f.period, f.kind = y, "other" if y < max(row_years) else f.kind
                if scale is None:
                    scale = _amounts_scale(sentences)
                if scale[0] != 1:
                    _scaled(figs, *scale)
        if figs and ("|" in s.text or "｜" in s.text):
            _table_row(s.text, figs, bars.get(s.index), language)
        if figs and s.index in listed:
            _compared_in_item(s.text, figs)
            for f in figs:
                f.subject = f.subject or listed[s.index][1]  # ("2023/24: 1,469" under "Net additional dwellings …:")
        if figs:
            out[s.index] = figs
            previous, earlier = figs[go_on].kind, figs
        continued = s.text.rstrip().endswith(("；", ";"))
    if language == "zh":
        last_years(out, sentences, doc_year, title_year or reviewed_year)
        _higher_places(out, sentences)
        subjects_from_leads(out, sentences)
    history(out, sentences, doc_year, language)
    _named_by_their_clause(out, sentences)
    return out


def _named_by_their_clause(figures: dict[int, list[FigureDraft]], sentences: list[Sentence]) -> None:
    """A figure that no rule, heading or lead named takes the words of its clause: no figure is shown without a subject
    ("其他（含机关、事业单位）：164.2万元": '其他（含机关、事业单位）')."""
    for s in sentences:
        for f in figures.get(s.index, ()):
            if not f.subject.strip() and (at := s.text.find(f.text)) >= 0:
                f.subject = words_around(s.text, at, at + len(f.text))


def _table_row(row: str, figs: list[FigureDraft], columns: list[Column] | None, language: str) -> None:
    """The figures of a bar table's row, read by its label's unit and by its columns' heads: their kinds, years, names
    and units."""
    english = language == "en"
    if english:
        from ..figures.row_units_en import apply_column_units, apply_label_unit  # (English only)
    if english and "|" in row:
        apply_label_unit(row, figs)  # ("Net debt ($m) | 84.2": 84,200,000 dollars of net debt)
    if columns:
        by_column(row, figs, columns)
        if english:
            apply_column_units(row, figs, [head for _, _, head in columns])  # ("Spend (£m) | 188.6": £188.6m)


def title_figures(title: str | None, language: str, doc_year: str | None,
                  body: dict[int, list[FigureDraft]]) -> list[FigureDraft]:
    """The figures a headline reports that the body does not write again ("2024年青岙中欧班列开行862列 货值突破280亿元"
    over a story that gives the trains but not the cargo's worth), read as a sentence of the year the headline names and
    quoted from the headline (grounding traces it to the input's headline)."""
    if not title:
        return []
    written = {(f.value, f.unit) for figs in body.values() for f in figs}
    title_year, _ = _title_years(title, language)
    # A headline parts its clauses with a space ("…开行862列 货值突破280亿元"): read as the comma it stands for (one
    # character for one, so that a quote read there is the headline's at the same offsets).
    read = _HEADLINE_GAP.sub("，", title) if language == "zh" else title
    # (an English headline tells past results in the present, "sells record 186,400 tickets": a figure no word of its own
    # makes a plan is a result, as a section of results reads)
    context = SentenceContext() if language == "zh" else SentenceContext("achieved")
    figs, _ = read_figures(read, language, context, title_year or doc_year, doc_year)
    out = []
    for f in figs:
        if (f.value, f.unit) not in written and (at := read.find(f.quote)) >= 0:
            f.quote = title[at : at + len(f.quote)]
            out.append(f)
    return out


_HEADLINE_GAP = compile_re(r"(?<=[\u4e00-\u9fff\d%）”])[ \u3000](?=[\u4e00-\u9fff“])")


def _whole_of_parts(sentence: str, figures: list[FigureDraft], earlier: list[FigureDraft]) -> FigureDraft | None:
    """The figure of the sentence before that a sentence opening on 其中 breaks down: the first two or more figures,
    in one unit, add up to it ("…6420个…；其中直流快充桩3850个、交流慢充桩2570个")."""
    if not sentence.startswith("其中") or len(figures) < 2 or not earlier:
        return None
    unit = figures[0].unit
    values = [f.value for f in itertools.takewhile(lambda f: f.unit == unit, figures)]
    parts = [v for v in values if v is not None]
    if len(parts) < 2 or len(parts) < len(values):
        return None
    total = sum(parts)
    # (the nearest such: "轮换计划5.8万吨，实际轮出5.8万吨、轮入5.8万吨…。其中小麦3.6万吨、稻谷2.2万吨" breaks down the work done)
    return next((f for f in reversed(earlier) if f.unit == unit and f.value and abs(f.value - total) <= 0.005 * f.value), None)


# The whole of a place, by rank: 全国 over 全省 over 全市 over 全县 and 全区 over 全镇. Not after a
# comparison or a rank ("高于全省…", "居全省第3位"), which names the larger place but is this one's.
_WHOLE_OF = compile_re(r"(?<![居在至于比较过列出])全(?P<level>国|省|市|州|盟|县|区|旗|镇|乡)")
_RANK = {"国": 5, "省": 4, "市": 3, "州": 3, "盟": 3, "县": 2, "区": 2, "旗": 2, "镇": 1, "乡": 1}
# A clause whose subject is a larger whole: 全省同期增速为5.8%, 全省进出口同比增长3.3% on a county's page.
_LARGER_HEAD = compile_re(r"^(?:同期|同时|而|其中|但)?全(?P<level>国|省|市|州|盟|县|区|旗)")
_CLAUSE_BREAK = compile_re(r"[，。；,;：:！？]")


def _higher_places(figures: dict[int, list[FigureDraft]], sentences: list[Sentence]) -> None:
    """Figures of a larger place than the page's own are another place's (`other`). The page's own
    is the whole it names most (全县 on a county's page)."""
    counts = Counter(_WHOLE_OF.findall("\n".join(s.text for s in sentences)))
    if not counts:
        return
    own = _RANK[max(counts, key=lambda level: (counts[level], -_RANK[level]))]
    for s in sentences:
        if "全" not in s.text:
            continue
        for f in figures.get(s.index, []):
            at = s.text.find(f.text)
            if at < 0 or "全" not in s.text[:at]:
                continue  # (no whole of a place before the figure to head its clause)
            head = _CLAUSE_BREAK.split(s.text[:at])[-1]
            if (m := _LARGER_HEAD.match(head)) and _RANK[m["level"]] > own:
                f.kind = "other"


# A report's note on the amounts of its tables: "all amounts are in millions of U.S. dollars",
# "(in thousands)", "($ in millions)".
_AMOUNTS_IN = compile_re(
    r"(?:amounts|figures|numbers|dollars|\$)\s+(?:are\s+|shown\s+)?in\s+(?P<scale>thousands|millions|billions)"
    r"(?P<dollars>\s+of\s+(?:U\.S\.\s+)?dollars)?|\((?P<scale2>in\s+(?:thousands|millions|billions))\)", re.I)
_SCALES = {"thousands": 1e3, "millions": 1e6, "billions": 1e9}


def _amounts_scale(sentences: list[Sentence]) -> tuple[float, str]:
    """The multiplier of a table's bare amounts, and their currency ('' when not said)."""
    for s in sentences:
        if "in " in s.text and (m := _AMOUNTS_IN.search(s.text)):
            word = (m["scale"] or m["scale2"].split()[-1]).lower()
            dollars = bool(m["dollars"]) or "$" in m.group(0)
            return _SCALES[word], "USD" if dollars else ""
    return 1.0, ""


def _scaled(figs: list[FigureDraft], factor: float, currency: str) -> None:
    """A table row's amounts in the unit its document's note gives ("in millions of U.S. dollars":
    $1,218.3 is 1.2183e9 dollars); its percentages stay as they are."""
    for f in figs:
        if f.value is None or f.unit not in ("", "USD") or re.search(r"[A-Za-z]", f.text):
            continue
        f.value = float(f"{f.value * factor:.15g}")
        f.unit = f.unit or currency


_WORD = compile_re(r"[A-Za-z]+")
# The head of a table's columns of years: "Indicator 2023 2024", "Key figures FY2023 FY2024".
_RULE = compile_re(r"[-=_–—\s]{3,}")
# (The label may stand on the line above, as in a stacked head: "Fiscal Fiscal" / "2024 2023 % Change".)
_YEARS_HEAD = compile_re(r"(?:[A-Za-z][^\d\n]{0,60}?)?((?:\s*(?:FY ?|[QH][1-4] )?(?:19|20)\d{2}){2,12})(?:\s+[A-Za-z%(). -]{1,20})?")


def planned_items(sentences: list[Sentence]) -> set[int]:
    """The items of a list a plan opens ("Under the plan, the province will:" then "invest $2.5
    billion …;", "train 30,000 technicians a year;"): each goes on the lead's sentence in lower case."""
    from ..figures.kind_cues_en import EN_TARGET_RE  # (English only: a Chinese run never compiles it)

    items: set[int] = set()
    lead = False
    for s in sentences:
        text = s.text.strip()
        if lead and (text[:1].islower() or text[:1].isdigit() or _ACRONYM_START.match(text)):  # ("LFL sales growth of 2% to 4%;")
            items.add(s.index)
            continue
        if s.enum and TO_DO.match(text, len(s.enum) if text.startswith(s.enum) else 0):
            items.add(s.index)  # ("3. Fit 52,000 smart meters.": an item of things to do, under whatever head)
        lead = text.endswith(":") and (EN_TARGET_RE.search(text) is not None or _BOUND_TO.search(text) is not None)
    return items


_ACRONYM_START = compile_re(r"[A-Z]{2,}\b(?! [A-Z])")  # (an item may open on an acronym: "LFL sales growth")
# A lead that binds its items to a commitment: "Our performance commitments … require us to:".
_BOUND_TO = compile_re(r"(?i)\b(?:require[sd]?|obliges?|commits?|commitments?|pledges?) (?:us |them |it |the \w+ )?to:?$"
                       r"|\bcommitments?\b.*:$")


# An item of a list of labelled values: "- Social rent: 148", "Flats and apartments: 874 net (58.8%)", "2015/16: 1,104".
_LABELLED_ITEM = compile_re(r"^\W{0,3}(?P<label>[A-Za-z0-9][^:]{0,90}?):\s*(?:[$€£₹]|[A-Z]{1,2}\$)?\d")
_PROFILE_LEAD = compile_re(r"(?i)\bat a glance|\bkey facts|\bprofile\b|facts and figures")
# A sentence that reports a total done in its period: a verb in the past before a number ("We attended 14,862 incidents").
_TOTAL_DONE = compile_re(r"^(?:We|The [A-Z]?[a-z]+(?: [A-Za-z]+)?|It) (?:attended|handled|received|recorded|responded to|"
                         r"carried out|completed|delivered|dealt with|answered)\b[^.]{0,40}?\d[^:]*\.$")
_BREAKDOWN_HEAD = compile_re(r"[A-Z][^.:;\d]{0,60}\sby\s[a-z][a-z -]{0,30}$")
_LABEL_YEAR = compile_re(r"^(?:FY\s?)?((?:19|20)\d\d)(?:[/-]\d\d)?$")


def listed_items(sentences: list[Sentence]) -> dict[int, tuple[Kind, str]]:
    """The kind of each item of a list of labelled values a lead opens ("Income by source, 2024:" then
    "- Investment income: A$41.7 million (3.2%)"): the period's results, the lead's breakdown; items
    labelled by years are a series, whose latest year is the period's and earlier ones the comparison."""
    out: dict[int, tuple[Kind, str]] = {}
    items: list[tuple[int, str]] = []
    # (what the list counts, for an item whose label says nothing more: a year; None where no list is open)
    lead: str | None = None

    def close() -> None:
        years = {i: int(y[1]) for i, label in items if (y := _LABEL_YEAR.match(label))}
        for i, _ in items:
            out[i] = ("other" if i in years and years[i] < max(years.values()) else "achieved", lead or "")
        items.clear()

    for s in sentences:
        text = s.text.strip()
        if lead is not None and (m := _LABELLED_ITEM.match(text)):
            items.append((s.index, m["label"].strip()))
            continue
        close()
        lead = None
        if not _PROFILE_LEAD.search(text):
            if text.endswith(":"):
                lead = text[:-1].strip() or None
            elif s.heading and _BREAKDOWN_HEAD.match(text):
                lead = text  # (a head that names a breakdown, "Callouts by type", opens its list as a lead with a colon does)
            elif _TOTAL_DONE.search(text):
                lead = ""  # (a total done, broken down by the items after it: "We attended 14,862 incidents in 2024/25.")
    close()
    return out


def _compared_in_item(text: str, figs: list[FigureDraft]) -> None:
    """"Witbergspruit Dam: 18.2% (37.5%)": a list item's value in brackets after one of the same unit is
    the comparison the list's first item named ("(42.9% a year ago)"); a share is not ("874 net (58.8%)")."""
    for before, f in zip(figs, figs[1:], strict=False):
        if f.unit == before.unit and re.search(re.escape(before.text) + r"\s*\(\s*" + re.escape(f.text) + r"\s*\)", text):
            f.kind = "other"


def column_years(sentences: list[Sentence]) -> dict[int, list[str]]:
    """The years of a table's columns for each of its rows (by sentence index): from a head of
    years to the last row of values after it."""
    from ..figures.bare_values_en import EN_TABLE_ROW  # (English only)

    out: dict[int, list[str]] = {}
    years: list[str] = []
    for s in sentences:
        if head := _YEARS_HEAD.fullmatch(s.text.strip()):
            years = re.findall(r"(?:19|20)\d{2}", head[1])
        elif years and EN_TABLE_ROW.fullmatch(s.text.strip()):
            out[s.index] = years
        elif not (years and _RULE.fullmatch(s.text.strip())):  # (a rule above a table's total goes on)
            years = []
    return out


def _lower_case_words(sentences: list[Sentence]) -> set[str]:
    return {w for s in sentences for w in _WORD.findall(s.text) if w.islower()}


def _sentence_case(subject: str, sentence: str, vocabulary: set[str]) -> str:
    """"Exports rose 18%" gives the subject "growth in Exports": the capital is the sentence's, not
    the word's. The sentence's first word is written in lower case in a subject when the document
    writes it so elsewhere ("chip exports"); a name ("Samsung revenue") never is."""
    first = _WORD.search(sentence)
    word = first.group() if first else ""
    if not word.istitle() or word.lower() not in vocabulary:
        return subject
    # Not inside a name of several capitalised words ("Harbor City", "One-Day Cup", "Corporate and Central").
    return re.sub(rf"\b{word}\b(?![ -][A-Z])(?!(?: (?:and|&|of|for|the)){{1,2}} [A-Z])", word.lower(), subject, count=1)


EXAMPLE = compile_re(r"^(?:如|比如|例如|譬如)")


def asides(sentences: list[Sentence], kinds: list[Kind | None] | None = None) -> set[int]:
    """Indices of sentences about somewhere else: examples (如…) and lessons from elsewhere (a
    考察 / 经验 section). Their figures describe other places; a summary of this one skips them.
    `kinds` is `section_kinds(sentences)` when the caller has it."""
    kinds = section_kinds(sentences) if kinds is None else kinds
    return {s.index for s, kind in zip(sentences, kinds, strict=True)
            if kind == "other" or EXAMPLE.match(s.text)}
