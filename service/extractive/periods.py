"""The page's own period, and the figures of earlier ones: results of last year or of a year before it,
cited on a page about this year, are background (`other`), unless the page reviews those years."""

from __future__ import annotations

import re
from collections import Counter

from ..figures.kind_cues import TARGET_RE
from ..figures.times_en import TIME_UNITS
from ..re_cache import compile_re
from ..schemas import FigureDraft
from ..segment import Sentence

# A page about the current year names its period ("今年以来", "1—10月", "一季度", "2024年上半年"), not
# a lead: "工期提前3个月".
CURRENT_PERIOD = compile_re(r"今年以来|今年前|(?:(?P<year>(?:19|20)\d{2})年)?(?:1[—–-]\d{1,2}月|1至\d{1,2}月|一季度|上半年|前三季度"
                            r"|(?<![提之以])前(?:\d{1,2}|[二三四五六七八九十]|十一)个月)")
# A sentence that opens on last year, or on the same period of last year: 去年全年，…; 去年同期，….
LAST_YEAR_OPENING = compile_re(r"^(?:而|但|同时)?(?:(?P<same>去年同期|上年同期)|去年(?:全年)?|上年(?:全年)?)[，,]?")
# (a year's same period is always a base: "2024年同期，全市规上工业增加值增长6.5%")
YEAR_OPENING = compile_re(r"^(?:而|但|同时)?(?P<year>(?:19|20)\d{2})年(?:全年|(?P<same>同期))?[，,]")
# A clause that opens on a year (or a span of years to it) and names it: "2019—2023年，全区共改造…",
# "…，2023年这一数字为43.1亿元" (not a running total from it: 2021年以来, 2023年至今).
_CLAUSE_YEAR = compile_re(r"(?:(?:19|20)\d{2}年?[—–\-至到])?(?P<year>(?:19|20)\d{2})年(?:全年|底|末)?"
                          r"(?!以来|来|至今|起|以后|后|前|[—–\-至到]|\d)")
_CLAUSE_START = compile_re(r"[，,；;。]")


def _opening_year(sentence: str, at: int) -> int | None:
    """The year the clause holding position `at` opens on, else the year the sentence opens on in a
    clause of its own ("2019—2023年，…"), if either names one."""
    for start in (max((m.end() for m in _CLAUSE_START.finditer(sentence, 0, at)), default=0), 0):
        start += 1 if sentence[start:start + 1] in "而但" else 0
        m = _CLAUSE_YEAR.match(sentence, start)
        if m and (start or m.end() == len(sentence) or sentence[m.end()] in "，,"
                  or _CLAUSE_START.search(sentence, m.end(), at) is None):
            return int(m["year"])
    return None


def last_years(figures: dict[int, list[FigureDraft]], sentences: list[Sentence], doc_year: str | None = None,
                title_year: str | None = None) -> None:
    """Results of last year on a page about this year are background (`other`): a sentence that
    opens on last year ("去年全年，全县引进各类人才1108名", "2023年，…" on a page of 2024's first half),
    when the page names its own current period. (A January review names no such period: its
    "去年" is the year it reviews.) One that opens on last year's same period is always a base.
    The current period's year is the one it names, else the year the page was published; a title
    that names one year names it too ("鹤汀区2024年城市更新…工作进展情况"), and then a clause that opens on
    an earlier year is background, whatever a section's kind says ("五、全年预期" over "2023年，全市…")."""
    # (the period of a result, not a deadline's: "2027年上半年建成投产" names no current period)
    reported = [s for s in sentences if (figs := figures.get(s.index)) and any(f.kind == "achieved" for f in figs)]
    periods = [m for s in reported if (m := CURRENT_PERIOD.search(s.text))]
    this_year = next((int(m["year"]) for m in periods if m["year"]), None)
    titled = int(title_year) if title_year and title_year.isdigit() else None
    published = int(doc_year) if doc_year and doc_year.isdigit() else None
    if this_year is None and periods:
        # (上半年 on a page of 2024-07: 2024's first half; on a page titled with its year, that year's, whenever it
        # was published: "2024年全市消费品市场运行情况" of 2025-01-26)
        this_year = titled or published
    # (a page titled with this year that reviews last year, as a 政府工作报告 does, has more results of
    # that year than of its title's: its clauses on last year are its review)
    results = Counter(f.period for figs in figures.values() for f in figs if f.kind == "achieved")
    for s in sentences:
        if s.index not in figures:
            continue
        last = LAST_YEAR_OPENING.match(s.text)
        dated = YEAR_OPENING.match(s.text)
        whole = (last and (last["same"] or periods)) or (dated and (dated["same"] or this_year and int(dated["year"]) < this_year))
        if not whole and titled is None:
            continue
        # (a section's plan is not this sentence's: "五、全年预期" over "2023年，…"; a plan word of its own is)
        own_plan = TARGET_RE.search(s.text) is not None
        for f in figures[s.index]:
            if not (f.kind == "achieved" or f.kind == "target" and not own_plan):
                continue
            if whole or (year := _opening_year(s.text, max(0, s.text.find(f.text)))) is not None \
                    and titled is not None and year < titled and results[str(year)] <= results[str(titled)]:
                f.kind = "other"


# A sentence that totals a run of years, whatever year it names: 三年累计新增…, 2021年以来…, 截至….
RUNNING = compile_re(r"以来|累计|截至|截止|至今|年来|近[两三四五六七八九十\d]+年|过去[两三四五六七八九十\d]+年|年均")
EN_RUNNING = compile_re(r"\b(?:since|so far|to date|cumulative(?:ly)?|in total|over the (?:past|last)|a year|per year|"
                        r"annual(?:ly)?|average)\b", re.I)
# (English: "since 2021", "2022 to 2024", "2022-2024")
# (a span of years, not a financial year written with a dash: "2022 to 2024", not "2020-21")
_EN_REVIEWED_SINCE = compile_re(r"\bsince (?P<since>(?:19|20)\d{2})\b|\b(?P<first>(?:19|20)\d{2})\s*(?:-|–|to)\s*(?:19|20)?(?P<last>\d{2})\b")
# The years a page reviews, by their first: 2021年以来, （2022—2024年）, 十四五以来, 三年来 and 过去五年.
_REVIEWED_SINCE = compile_re(r"(?P<since>(?:19|20)\d{2})年以来|(?P<first>(?:19|20)\d{2})(?:年(?:\d{1,2}月)?)?[—–\-至到](?:19|20)\d{2}年"
                             r"|“?(?P<plan>十[二三四五])五”?(?:时期)?以来"
                             r"|(?:过去|近)(?P<past>[两三四五六七八九十])年|(?P<during>[两三四五六七八九十])年来")
_PLAN_START = {"十二": 2011, "十三": 2016, "十四": 2021, "十五": 2026}
# A sentence that opens on an earlier five-year plan's years: "“十三五”期间，…", "十三五时期，…" (not 十三五以来, a span reviewed).
_CLOSED_PLAN = compile_re(r"\W{0,2}[^，。；！？\d]{0,8}?[“\"‘]?(?P<plan>十[二三四五])五[”\"’]?(?:规划)?(?:期间|时期)[，,]")
_COUNT = {"两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}


def history(figures: dict[int, list[FigureDraft]], sentences: list[Sentence], doc_year: str | None,
             language: str = "zh") -> None:
    """Results of a year two or more before the page's own are history cited as background
    (`other`: "2020年，全市地区生产总值为2315亿元" on a page of 2024), unless the page reviews the
    years since then ("2021年以来", "三年来", a span "2022—2024年") or the sentence totals a run of
    years ("三年累计新增…"). The page's year: its publication's, else the year of most results. Only a
    year the sentence itself names counts (a paragraph's year in force may be read wrong)."""
    results = [int(f.period) for figs in figures.values() for f in figs
               if f.kind == "achieved" and f.period and f.period.isdigit()]
    # (not the latest: a forecast read as a result would date the page in its year)
    years = Counter(results)
    page_year = int(doc_year) if doc_year and doc_year.isdigit() else \
        max(years, key=lambda y: (years[y], y)) if results else None
    if language != "zh":
        _earlier_months(figures, sentences, page_year)
    if not results or page_year is None:
        return
    reviewed_from = page_year - 1  # (last year may be the year reviewed: `last_years` decides it)
    zh = language == "zh"
    closed = [s for s in sentences if zh and "五" in s.text[:20] and _CLOSED_PLAN.match(s.text)]
    if min(results) >= reviewed_from and not closed:
        return  # (no result of an earlier year: most pages)
    # (an English page reviews the years since one only where it counts over them: "212 times since 2017"; not where it
    # says how long a body has served, "We have served the district since 1988", nor where its only figure is a span of
    # time, "has operated the airport since 1965 under a 60-year lease")
    text = "\n".join(s.text for s in sentences
                     if zh or any(f.unit not in TIME_UNITS for f in figures.get(s.index, ())))
    for m in (_REVIEWED_SINCE if zh else _EN_REVIEWED_SINCE).finditer(text):
        if not zh and m["last"] and (int(m["first"]) + 1) % 100 == int(m["last"]):
            continue  # (2020-21: one financial year, no span the page reviews)
        first = (int(m["since"] or m["first"]) if m["since"] or m["first"] else _PLAN_START[m["plan"]]
                 if m["plan"] else page_year - _COUNT[m["past"] or m["during"]] + 1)
        reviewed_from = min(reviewed_from, first)
    for s in closed:  # ("“十三五”期间，全县累计建成农村公路612公里" on a page of 2024: an earlier plan's years, closed)
        if (plan := _CLOSED_PLAN.match(s.text)) and _PLAN_START[plan["plan"]] + 4 < reviewed_from:
            for f in figures.get(s.index, []):
                f.kind = "other" if f.kind == "achieved" else f.kind
    running = RUNNING if zh else EN_RUNNING
    for s in sentences:
        if s.index not in figures or not any(f.kind == "achieved" for f in figures[s.index]) or running.search(s.text):
            continue
        for f in figures[s.index]:
            if f.kind == "achieved" and f.period and f.period.isdigit() and int(f.period) < reviewed_from \
                    and (f.period + "年" in s.text if zh else _en_dated(s.text, f.text, f.period)):
                f.kind = "other"  # ("Eastmere's GVA was £61.2 billion in 2023" in a bulletin of 2025)


_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_IN_MONTH_YEAR = compile_re(rf"\s+in {_MONTH} (?P<year>(?:19|20)\d\d)\b")
# A month named without its year: the page's own time ("58.4% in May, up from 56.3% in April").
_MONTH_ALONE = compile_re(rf"\bin {_MONTH}\b(?!\s+(?:19|20)\d\d)")


def _earlier_months(figures: dict[int, list[FigureDraft]], sentences: list[Sentence], page_year: int | None) -> None:
    """An English figure of a month of an earlier year is the comparison: "up from 56.3% in April and 54.9% in
    April 2024", "Inflation peaked at 10.2% in October 2022" (a year is reviewed whole, a month of it only
    recalled). Earlier: than the page's year, or, where that is not known, than a month the sentence
    names without its year (this year's)."""
    for s in sentences:
        if " in " not in s.text:
            continue
        for f in figures.get(s.index, []):
            at = s.text.find(f.text)
            if f.kind != "achieved" or at < 0 or (m := _IN_MONTH_YEAR.match(s.text, at + len(f.text))) is None:
                continue
            if page_year is not None and int(m["year"]) < page_year or page_year is None and _MONTH_ALONE.search(s.text):
                f.kind = "other"


def _en_dated(sentence: str, figure: str, year: str) -> bool:
    """An English figure dated by its own clause: "In 2023, …" opening the sentence, or "… £61.2 billion
    in 2023" right after it (not a baseline's year earlier in the sentence: "compared with $4.25 billion
    in fiscal 2023, while operating income increased 12.4% to $611 million")."""
    return bool(re.match(rf"\W*(?:[A-Z][^,;.]{{0,30}},\s*)?[Ii]n (?:fiscal )?{year}\b", sentence)  # ("Before the pandemic, in 2019/20, …")
                # (an event named with its year, the sentence's subject: "The Hollow Fire of 2019 burned 38,500 acres")
                or re.match(rf"\W*(?:During )?[Tt]he (?:[A-Z][\w-]+ ){{1,4}}of {year}\b", sentence)
                or re.search(rf"{re.escape(figure)}[^,;.]{{0,40}}\bin (?:fiscal )?{year}\b", sentence))

