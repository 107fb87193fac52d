"""Figures: every number of a sentence that is a reported quantity, with its kind, subject and quote.

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
One module per concern: `numbers` (the number grammar and normalization; English in `numbers_en`, the span
both give in `spans`), `kinds` (achieved / target / other; English in `kinds_en`), `subjects` (subject, period,
quote; English in `subjects_en`, on the noun phrases of `phrases_en`), `clauses` (clause boundaries they share).
The English modules are imported with the first English sentence.
"""

from __future__ import annotations

import re

from ..re_cache import compile_re
from ..schemas import FigureDraft
from .ages_zh import upper_end
from .baselines import BASE_PHRASE, FROM_LEVEL, LEVEL_CHANGE_END, baseline, change_from_base
from .benchmarks_zh import benchmark_level, said_again
from .class_bounds import class_threshold
from .clauses import clause_start, quote
from .decision import DESCRIBING_RULES, Decision, Kind, SentenceContext
from .fields_zh import Field, field_of, member_subject, rest_subject
from .goals_zh import goal_against
from .grants_zh import grant_subject, recipients_subject
from .kind_cues import ACHIEVED_RE, TARGET_RE, YEARS_RUNNING
from .kinds import check, decide_zh
from .numbers import LIST_JOIN, RANGE_JOIN, NumberSpan, cn_to_number, find_numbers, parse_quantity
from .owners import owned_subjects
from .ranks_zh import is_rank, rank_subject
from .respective_zh import respectively
from .shares_zh import share_subject, share_whole
from .subjects import (
    CHANGE_END,
    YEAR_RE,
    period,
    period_years,
    subject,
)

__all__ = [
    "YEAR_RE", "Decision", "Kind", "NumberSpan", "SentenceContext", "check", "cn_to_number", "extract_figures",
    "find_numbers", "kind_of_quote", "parse_quantity", "period_years", "read_figures",
]


EN_CHANGE_OF = compile_re(r"^(?:growth|decline) in ")


def extract_figures(
    sentence: str,
    *,
    language: str = "zh",
    context: SentenceContext | None = None,
    context_year: str | None = None,
    doc_year: str | None = None,
) -> list[FigureDraft]:
    """Figures in one sentence; `quote` is the sentence itself (trimmed to the clause when long).

    `context` says what the text around the sentence says (the section's kind, the kind the
    previous sentence ended on); `context_year` is the year in force for the period, `doc_year` the
    year the document was published (what 今年 and 去年 count from)."""
    return read_figures(sentence, language, context, context_year, doc_year)[0]


def read_figures(sentence: str, language: str = "zh", context: SentenceContext | None = None,
                 context_year: str | None = None, doc_year: str | None = None) -> tuple[list[FigureDraft], int]:
    """`extract_figures`, and which of them a next sentence goes on from: the last not read as describing another
    ("…超过年初确定的85.5%的目标；其中水稻…分别达到91.8%" goes on from the result, not from the goal named)."""
    spans = find_numbers(sentence, language)
    if not spans:
        return [], -1
    context = context or SentenceContext()
    if language != "zh":
        from .decisions_en import decisions_en  # (English rules are imported with the first English sentence)

        decisions = decisions_en(sentence, spans, context)
        figures = _extract_figures_en(sentence, spans, decisions, context_year, doc_year, context.counted)
    else:
        subjects, bases = _subjects_zh(sentence, spans)
        decisions = _decisions_zh(sentence, spans, context, bases)
        for i, (sp, decision) in enumerate(zip(spans, decisions, strict=True)):
            if decision.rule == "class_bound" and (threshold := class_threshold(sentence, sp, clause_start(sentence, sp.start))):
                subjects[i] = threshold  # (what the bound is the threshold of, not the clause's result or words)
        figures = [
            _figure(sentence, sp, subj, decision,
                    _base_year(bases[i][0], context_year or doc_year) if i in bases
                    else period(sentence, sp.start, context_year, "zh", doc_year), "zh")
            for i, (sp, subj, decision) in enumerate(zip(spans, subjects, decisions, strict=True))
        ]
    return figures, next((i for i in range(len(decisions) - 1, -1, -1) if decisions[i].rule not in DESCRIBING_RULES), -1)


# A part of the batch counted before it, in a clause of its own: "，其中小麦62.4万亩".
_NEXT_PART = compile_re(r"[，,](?![^，,；;。！？\d]*(?:新|全年|今年|年内|累计))[^，,；;。！？\d]{1,14}")  # (not what is new: 全年新登记…)
_PART_OF_BATCH = compile_re(r"[，,；;]\s*其中[：:]?(?=[^，,；;。]*$)")
_EARLIER_TIME = r"(?:上年同期|去年同期|上年|去年|上月|上季度|同期)(?:末|底)?"
_EARLIER_ASIDE = compile_re(rf"[（(，,]{_EARLIER_TIME}(?:为|是|约)约?$|[（(]{_EARLIER_TIME}$")
# (the decisions no word of the figure's own clause made, which the item before it may have made better)
_READ_FROM_AFAR = frozenset(("default", "plan_verb", "result_verb", "result_settled", "section"))
_LISTED_ITEM = compile_re(r"[、和及与][\u4e00-\u9fff（）()“”]{1,14}")
_SIZE_READ = frozenset(("standing_count", "project_size"))
# (not a facility's own size: "建成科普馆1个，展陈面积约300平方米", "新开书房一家，营业面积260平方米")
_MEASURE_OF_ITEM = compile_re(r"[、，,](?:(?![^、，,]{0,2}(?:营业|展陈|展示|展览|占地|使用|经营|办公|用地))[\u4e00-\u9fff]{0,4}?面积"
                              r"|总长度?|全长|长度|总?里程)(?:约|为|达|共|合计|共计)?")
_NO_OWN_WORD = frozenset(("default", "profile", "standing_count", "section"))  # (no verb of its own decided it)


_YEARS_RUNNING = compile_re(rf"(?:已经?)?{YEARS_RUNNING}")


def _framed(sentence: str, sp: NumberSpan, before: list[NumberSpan], subjects: list[str], field: Field | None) -> str | None:
    """The subject a frame around a Chinese count gives it, None when no frame does: the rest of a batch (剩余44处), the
    recipients of a service (为5860户…实施无障碍改造), a grant's rate (给予最高30万元购房补贴), some of a field's members (…中，21家实现盈利)."""
    return rest_subject(sentence, sp, before, subjects) or recipients_subject(sentence, sp) or grant_subject(sentence, sp) \
        or (member_subject(sentence, sp, field) if field else None)


def _earlier_measure(sentence: str, sp: NumberSpan, before: list[NumberSpan], subjects: list[str]) -> str | None:
    """What the sentence measured before the clause of `sp`: its last amount's subject, else its first rate's (a rank
    after them is of that measure: "全县固定资产投资同比增长4.2%，…，居全市第7位"). Figures in the clause itself count
    its peers ("居全市11个县（市、区）第3位")."""
    cs = clause_start(sentence, sp.start)
    earlier = [j for j in range(len(before)) if before[j].end <= cs and subjects[j]]
    amounts = [j for j in earlier if before[j].unit not in ("%", "个百分点", "百分点")]
    if amounts:
        return subjects[amounts[-1]]
    # (else the first rate, not the changes of it after: "…增长8.6%，增速比1—10月加快0.4个百分点，居全市第3位")
    rates = [j for j in earlier if before[j].unit == "%"]
    return subjects[(rates or earlier)[0]] if earlier else None


def _decisions_zh(sentence: str, spans: list[NumberSpan], context: SentenceContext,
                  bases: dict[int, tuple[str, str]]) -> list[Decision]:
    """The kind of each Chinese figure of a sentence, read in order: the one walk both summarizers
    use (`extract_figures`, and `kind_of_quote` for the model's kinds). `bases`: the figures that are
    an earlier time's, compared with."""
    decisions: list[Decision] = []
    anchor: Decision | None = None  # the last decision a growth rate or a share can continue
    last: Decision | None = None  # the decision for the figure just before
    for i, sp in enumerate(spans):
        if i in bases:
            decisions.append(Decision("other", "baseline", True))
            continue
        # The next member of a list (总投资分别为286.4亿元、97.5亿元) is what the member before it is; a range's upper
        # end (每户补助标准为6000元至9000元) is what its lower end is.
        listed = i and last is not None and LIST_JOIN.fullmatch(sentence[spans[i - 1].end : sp.start])
        ranged = i and last is not None and spans[i - 1].unit == sp.unit and RANGE_JOIN.fullmatch(sentence, spans[i - 1].end, sp.start)
        decision = last if ranged and last is not None else decide_zh(sentence, sp, context, last if listed else anchor)
        if anchor is not None and decision.rule in _NO_OWN_WORD and not decision.certain \
                and (part := _PART_OF_BATCH.search(sentence, spans[i - 1].end, sp.start)) \
                and not ACHIEVED_RE.search(sentence, part.end(), sp.start) and not TARGET_RE.search(sentence, part.end(), sp.start):
            # "带动就业5.2万人，其中脱贫人口1.36万人": a part of the batch before it is what the batch is
            decision = Decision(anchor.kind, "part_of_batch", anchor.certain)
        elif last is not None and last.rule == "part_of_batch" and decision.rule == "default" \
                and _NEXT_PART.fullmatch(sentence, spans[i - 1].end, sp.start) \
                and not ACHIEVED_RE.search(sentence, spans[i - 1].end, sp.start) and not TARGET_RE.search(sentence, spans[i - 1].end, sp.start):
            # "现有职工1486人，其中卫生专业技术人员1297人，高级职称268人": the next part, named by its noun alone, is of the batch too
            decision = Decision(last.kind, "part_of_batch", last.certain)
        if decision.rule in _READ_FROM_AFAR and last is not None and i \
                and _LISTED_ITEM.fullmatch(sentence, spans[i - 1].end, sp.start) \
                and not ACHIEVED_RE.search(sentence, spans[i - 1].end, sp.start) \
                and not TARGET_RE.search(sentence, spans[i - 1].end, sp.start):
            # "其中县级公立医院4家、乡镇卫生院18家、…": the next item of a list, named by its noun alone, is what
            # the item before it is, where no word of its own decides
            decision = Decision(last.kind, "listed_item", last.certain)
        if decision.rule in _SIZE_READ and last is not None and last.kind != "other" \
                and last.rule not in DESCRIBING_RULES and _MEASURE_OF_ITEM.fullmatch(sentence, spans[i - 1].end, sp.start):
            # "全年收储土地56宗、面积428.6公顷", "新建改建城市道路43条、总长约37.5公里", "新开工人防工程9处，建筑面积4.86万平方米": the
            # area or the length of the work just counted is work done too, not a standing size (or planned, after a plan)
            decision = Decision(last.kind, "measure_of_result", last.certain)
        if decision.rule not in DESCRIBING_RULES or anchor is None:
            anchor = decision
        last = decision
        decisions.append(decision)
    return decisions


def _subjects_zh(sentence: str, spans: list[NumberSpan]) -> tuple[list[str], dict[int, tuple[str, str]]]:
    """What each Chinese figure of the sentence measures, and which figures are baselines: index ->
    (the earlier time, the change it is of or '')."""
    subjects: list[str] = []
    prev: str | None = None
    level: str | None = None  # the subject of the last amount (not a rate): what a share is of
    last_share: str | None = None  # the subject of the figure just before, when it was a share
    field: Field | None = None  # the last field the sentence counted, whose members later counts may be
    # figures of an earlier time compared with: index -> (that time, the change it is of or '')
    bases: dict[int, tuple[str, str]] = {}
    for i, sp in enumerate(spans):
        if (base := baseline(sentence, sp)) is not None:
            # "营业收入约为7.3亿元，较2023年的1.9亿元增长", "占比由上年的41.5%提升至47.8%": the same
            # thing at the earlier time, and the level it rose or fell to is the same thing again
            bases[i] = base
            if verb := base[1]:  # "PPI环比由上月下降0.1%": last month's change
                head = sentence[clause_start(sentence, sp.start) : sp.start]
                subjects.append(head[: head.rfind("由上月")].strip() + verb)
                continue
            own = BASE_PHRASE.sub("", subject(sentence, sp, prev))
            if not base[0]:
                own = LEVEL_CHANGE_END.sub("", own)  # ("通勤时间将由原来的约75分钟缩短至…": 通勤时间)
            # (the figure before's thing, unless the base's own clause names one: "日均代运快递包裹3.6万件，单件快递进村成本由1.2元
            # 降至0.6元" is of the cost; "占比由上年的41.5%…" of the figure before)
            own = FROM_LEVEL.sub("", own)  # ("平均办事时间由过去的45分钟…": 平均办事时间)
            own_named = len(own) >= 4 and own in sentence[clause_start(sentence, sp.start) : sp.start]
            subjects.append(own if own_named else (prev if sp.unit in ("%", "个百分点") else level) or own)
            continue
        between = sentence[spans[i - 1].end : sp.start] if i else ""
        if i - 1 in bases and not re.search(r"[，,；;。]", between):
            subjects.append(change_from_base(sentence, between, spans[i - 1], bases[i - 1], subjects[-1]))
            continue
        if i and (spans[i - 1].unit == sp.unit and RANGE_JOIN.fullmatch(between)
                  or LIST_JOIN.fullmatch(between) and "分别" in sentence[: spans[i - 1].start]):
            # the upper end of a range (3.2%—12.6%), or the next of a list (分别低0.07个和0.24个百分点):
            # of the same thing, until `respectively` tells the members apart (its upper bound where it names a bound)
            subjects.append(upper_end(subjects[-1]))
            continue
        if level and _EARLIER_ASIDE.search(sentence, max(0, sp.start - 8), sp.start):
            # "集装箱吞吐量41.7万标箱（上年同期为37.0万标箱），同比增长12.7%": the same thing a year before, an
            # aside; the change after it is still the amount's (a rate's aside is the rate's: "占比为41.2%（上年为29.6%）")
            subjects.append(prev if sp.unit in ("%", "个百分点") and prev else level)
            continue
        if level and sentence.startswith(("大关", "关口"), sp.end):
            subjects.append(level)  # "外贸进出口总额…，首次突破4000亿元大关": a threshold the amount passed
            continue
        if (named := goal_against(sentence, sp, prev)) is not None or (named := benchmark_level(sentence, sp, prev)) \
                is not None or (named := share_whole(sentence, sp, level)) is not None:
            subjects.append(named)  # (a goal for the result before: "远低于省定0.9‰的控制指标"; a benchmark; a share's whole)
            continue
        if is_rank(sp) and (rank := rank_subject(sentence, sp, _earlier_measure(sentence, sp, spans[:i], subjects))):
            subjects.append(rank)  # (what is ranked and among whom, not the rank's verb: "增速居全市第7位")
            prev = rank  # (what a move after it is of: "…第9位，较上年前移3位")
            continue
        if (share := share_subject(sentence, sp, level)) is not None:
            subjects.append(share)  # (and the figure before stays the one a change after it is of)
            last_share = share
            continue
        # A change in points right after a share is the share's: "占…的65.5%，比去年同期提升1.2个百分点".
        points = sp.unit in ("个百分点", "百分点")
        # A growth rate after an amount's change is the amount's: "总产量…比上年增加18.6万吨，增长1.4%"
        # (a change in points is the rate's before it: "开工率86.7%，比去年同期提升10个百分点").
        rate = sp.unit == "%" or points
        # (a field's size is named by its members, not by the frame around it: "在全省13个设区市中排名第4位"; and some of
        # its members after it by what they did: "23家省属企业中，21家实现盈利")
        if (in_field := field_of(sentence, sp)) is not None:
            field = in_field
        subj = in_field.subject if in_field else _framed(sentence, sp, spans[:i], subjects, field) \
            or subject(sentence, sp, last_share if last_share and points else level if sp.unit == "%" and level else prev)
        # (a gap from a benchmark: in points, or in the unit of the figure before and not a level named, "高于国家要求的90%")
        gap = points or i > 0 and spans[i - 1].unit == sp.unit and sentence[sp.start - 1] != "的"
        subj = said_again(subj, last_share if last_share and points else prev, gap)
        if _YEARS_RUNNING.fullmatch(subj) and (same := [j for j in range(i) if spans[j].unit == sp.unit and subjects[j]]):
            subj = subjects[same[-1]]  # (粮食总产量32.46万吨，…，连续8年稳定在30万吨以上: the floor the amount in its unit has held)
        last_share = None
        subjects.append(subj)
        prev = subj or prev
        if not rate and subj and not CHANGE_END.search(subj):
            level = subj
    return owned_subjects(sentence, spans, respectively(sentence, spans, subjects)), bases


def _extract_figures_en(sentence: str, spans: list[NumberSpan], decisions: list[Decision], context_year: str | None,
                        doc_year: str | None, counted_before: str | None = None) -> list[FigureDraft]:
    from .clause_subject_en import around_brackets
    from .decisions_en import is_range
    from .phrases_en import plural_count
    from .referents_en import of_earlier
    from .subjects_en import subject_en

    figures: list[FigureDraft] = []
    defaulted: dict[str, FigureDraft] = {}  # figures of no cue of their own, by subject
    prev: str | None = None
    last: NumberSpan | None = None
    # (what the sentence counted last, or the one before: "of them" after a number is a part of those)
    things = counted_before if counted_before and plural_count(counted_before) else None
    amount: str | None = None  # (the subject of the last figure not a percentage)
    # the subject of the last figure in each unit that names what it counts or measures: a baseline in that unit is the
    # same thing ("231 families, including 447 children, …, up from 178 families": the families)
    of_unit: dict[str, str] = {}
    for i, (sp, decision) in enumerate(zip(spans, decisions, strict=True)):
        a_share = sp.unit in ("%", "percentage points") or sp.unit == "points" and last is not None and last.unit == "%"
        if last is not None and figures and is_range(sentence, last, sp):
            subj = figures[-1].subject  # the upper end of a range: the same thing
        else:
            # (a range's lower end is read as the whole range: "a 70–90% chance of valley rain")
            nxt = spans[i + 1] if i + 1 < len(spans) else None
            whole = NumberSpan(sp.start, nxt.end, sentence[sp.start : nxt.end], sp.value, sp.unit) \
                if nxt and is_range(sentence, sp, nxt) else sp
            # (an amount after a share goes on from the amount before it: "Marketing spend was £9.6m, or 16.4% of revenue,
            # compared with £9.9m a year earlier")
            before = amount if amount and prev and "share of" in prev and not a_share else prev
            if (base := _baseline_in_other_unit(sentence, i, spans, decisions, last)) is not None:
                before = of_unit.get(base.unit, before)  # (…, up 11.4% on the 42,030 tonnes: the tonnes' change)
            subj = of_earlier(subject_en(sentence, whole, before, last.end if last else None, things,
                                       last.unit if last and plural_count(last.unit) else None), sentence, sp, figures)
        if plural_count(sp.unit):
            things = sp.unit
        if _NAMED_UNIT.match(sp.unit) and subj and decision.rule != "baseline":
            of_unit[sp.unit] = subj
        if decision.rule not in ("time_limit", "time_span") and not subj.startswith("age of "):
            # (a bound or a span inside the clause, "within four hours", "by 18% in three years", or the age that bounds a
            # group, "people aged 16 and over": no figure after it is of it)
            prev = subj or prev
            last = sp
            amount = amount if a_share else subj or amount
        # (a figure no rule names is shown with the clause around it and its brackets, "17,450 (28.0%) were treated at the
        # scene"; the figures after it still go on from the one before)
        figure = _figure(sentence, sp, subj or around_brackets(sentence, sp), decision,
                         period(sentence, sp.start, context_year, "en", doc_year), "en")
        if decision.rule == "default" or decision.rule == "standing_count" and not figures:
            defaulted[subj] = figure  # (a stock the sentence opens on, not one that says where a result came from)
        elif decision.kind == "achieved" and (level := defaulted.get(EN_CHANGE_OF.sub("", subj))) is not None \
                and subj != level.subject:
            # "Revenue of $2.84 billion, up 11%": the level a reported change led to is reported too, a stock too ("The
            # sentenced population was 24,121, up 1.9%": the period's outcome, no profile of the place)
            # (not the level a planned change starts from: "remains at $2.3 billion, … hope to cut").
            level.kind = "achieved"
        figures.append(figure)
    return figures


# A unit that names what is counted or measured (families, tonnes, km, a rank): not %, GBP, points or a time, which
# different things of one sentence share.
_NAMED_UNIT = compile_re(r"(?!(?:percentage )?points$|(?:second|minute|hour|day|week|month|year)s?$)[a-z]")
_TO_BASE = compile_re(r"\s+(?:on|from|against|compared\s+with|versus|vs\.?)\s+(?:the\s+|a\s+)?$", re.I)


def _baseline_in_other_unit(sentence: str, i: int, spans: list[NumberSpan], decisions: list[Decision],
                            last: NumberSpan | None) -> NumberSpan | None:
    """The baseline, in another unit than the figure just before, that the figure `i` is (a baseline itself) or is the
    change from (a rate right before it: "up 11.4% on the 42,030 tonnes"); None when there is none."""
    sp = spans[i]
    if decisions[i].rule == "baseline":
        base = sp
    elif sp.unit == "%" and i + 1 < len(spans) and decisions[i + 1].rule == "baseline" \
            and _TO_BASE.fullmatch(sentence, sp.end, spans[i + 1].start):
        base = spans[i + 1]
    else:
        return None
    return base if last is not None and last.unit != base.unit and _NAMED_UNIT.match(base.unit) else None


def _base_year(when: str, year: str | None) -> str | None:
    """The year a baseline is of: named ("2023年"), or the one before `year` (上年, 去年), the year
    in force (a 2024 report's 上年 is 2023) or else the document's."""
    if when[:4].isdigit():
        return when[:4]
    if when.startswith(("上年", "去年")) and year and year.isdigit():
        return str(int(year) - 1)
    return None


def _figure(sentence: str, sp: NumberSpan, subj: str, decision: Decision, year: str | None,
            language: str) -> FigureDraft:
    return FigureDraft(
        subject=subj,
        text=sp.text,
        value=sp.value,
        unit=sp.unit,
        kind=decision.kind,
        period=year,
        quote=quote(sentence, sp, language),
    )


def kind_of_quote(quote_text: str, number_text: str, language: str) -> Decision | None:
    """The rules' decision for the number written `number_text` inside `quote_text` (the LLM path
    checks the model's kinds with this), or None when the grammar does not find that number. The
    sentence is read as `extract_figures` reads it: baselines, lists and ranges alike."""
    spans = find_numbers(quote_text, language)
    if language == "zh":
        bases = {i: base for i, sp in enumerate(spans) if (base := baseline(quote_text, sp)) is not None}
        decisions = _decisions_zh(quote_text, spans, SentenceContext(), bases)
    else:
        from .decisions_en import decisions_en

        decisions = decisions_en(quote_text, spans, SentenceContext())
    for sp, decision in zip(spans, decisions, strict=True):
        if sp.text == number_text or number_text in sp.text or sp.text in number_text:
            return decision
    return None
