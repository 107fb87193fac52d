"""What a section's heading says of the figures under it: plans (下一步, 新的一年, a 计划 or 目标 heading, a
plan's title), work done (a review's heads, a bulletin's work), lessons from elsewhere (考察, 经验), or
nothing (a head naming both a year's work and the next year's goals leaves each sentence to say which).
"""

from __future__ import annotations

import itertools

from ..cleaning.rows import BAR_CHAR
from ..figures import Kind
from ..figures.kind_cues import TARGET_RE
from ..re_cache import compile_re
from ..schemas import FigureDraft
from ..segment import Sentence

FUTURE_SECTION = compile_re(r"^(?:新的一年|下一步|下步|今后|明年|展望|接下来|今年以来?将|未来)")
FUTURE_HEADING = compile_re(r"(?:措施|下步|下一步|计划(?!生育)|目标|打算|思路|举措|任务|重点工作|要点|工作安排|工作部署)")
# A short sentence that announces the tasks set out after it: 会议明确了2025年五个方面的重点任务。
TASKS_ANNOUNCED = compile_re(r"(?:明确|部署|安排|提出|要求|强调)[^，。；]{0,20}?(?:任务|工作|举措|措施)[。：:]?$")
# Under a report of work done, heads of its measures and of the work itself are of work done too: "主要工作措施",
# "五、污染防治重点工作".
_WORK_DONE_HEADING = compile_re(r"措施|举措|做法|重点工作|主要工作")
# (a bulletin of the year's situation, "…安全形势通报", reports it; so does a report on how things stand, "…情况的报告")
_REPORT_NAME = compile_re(r"公报|状况|年报|通报|情况的?(?:报告|汇报)")
# (not a gap a result narrowed: "五、居民收入持续增长，城乡差距继续缩小")
CONTEXT_HEADING = compile_re(r"(?:感受|体会|经验|考察|启示|借鉴|差距(?!(?:继续|进一步|持续|不断|逐步|明显|有所)?(?:缩小|扩大|收窄|拉大))|学习)")
# A head over a profile of the body or the place, its standing make-up: "一、机构概况", "一、基本情况", "一、村情概况" (not a
# period's, "一、2025年气候概况").
PROFILE_HEADING = compile_re(r"(?:概况|基本情况)\s*$")
# A head over the problems met ("三、存在的问题", "（二）主要困难"; not one that goes on to the measures against them, "存在问题及
# 下步打算"): the state it describes is a standing one, as a profile's.
PROBLEMS_HEADING = compile_re(r"(?:存在(?:的)?|主要|面临的|突出)?(?:问题|困难|短板|不足|問題|困難)(?:和(?:不足|困难|问题|短板))?\s*$")
PLAN_WORDS = compile_re(r"下步|下一步|计划|打算|思路|目标|明年|20\d\d年(?:工作)?(?:安排|部署)")
# A head over what was done, whatever work it names: 一、2024年工作情况, 二、重点工作进展, 主要指标完成情况 (and a page
# named as a year's report: "…2024届毕业生就业质量年度报告", whose 主要举措 are those it took).
REVIEW_HEADING = compile_re(r"(?:进展|完成情况|工作情况|执行情况|运行情况|开展情况|推进情况|落实情况|经营情况|运营情况|生产情况|建设情况|实施情况|成效|回顾|总结|年度(?:工作)?报告)")
# English section heads: a plan's ("Goals for 2025", "Outlook") and a review's ("2024 in review").
# (and what a report recommends be done: "Recommendations", "Staff recommend that Council:")
EN_FUTURE_HEADING = compile_re(r"\b(?i:goals?|targets?|plans?|outlook|priorities|next steps|looking ahead|guidance|commitments|pledges|proposals|"
                               r"recommendations?|recommends? that|"
                               r"the year ahead|forecasts?(?! outturn)|trajector(?:y|ies)|projections?)\b")  # (a forecast outturn is the year's)
EN_REVIEW_HEADING = compile_re(r"\b(?i:in review|year in review|review of|highlights|achievements|key results)\b")
# A head over a profile of the place or the body, its standing size: "The park at a glance", "Our homes at a glance",
# "Our zoo in numbers", "Aldermoor at a glance" (not a period's, "Our year in numbers", "October 2025 at a glance",
# nor a project's results, "Mill Reach in numbers", nor "Results at a glance").
# (nor a plural's without "our", what was done: "Grants at a glance")
EN_PROFILE_HEADING = compile_re(r"^(?:(?:The|Our|Your) [a-z]+ (?:at a glance|in numbers)|[A-Z][a-z]+(?<![^s]s) at a glance)$"
                                r"(?<!\byear at a glance)(?<!\byear in numbers)(?<!\bresults at a glance)"
                                r"(?<!\bfigures at a glance)(?<!\bperformance at a glance)(?<!\bmonth at a glance)")


_LABELLED_VALUE = compile_re(r":\s*(?:about |around |over )?[$€£]?(?!(?:19|20)\d\d\b)\d")  # (not "Looking ahead: 2025-30")
# A document that is a plan by its name: "洛屿市2025年为民办实事项目清单", "…行动方案", "…工作要点".
PLAN_TITLE = compile_re(r"(?:计划|清单|工作要点|实施方案|行动方案|任务分解表?|目标任务|项目表)(?:的通知)?$")


_TOP_MARKER = compile_re(r"^[一二三四五六七八九十]+、")
_HEAD_YEAR = compile_re(r"((?:19|20)\d{2})年")
# A paragraph that opens on a year and what was done in it: "2024年，全市…", "2024年以来，".
_YEAR_OPENER = compile_re(r"((?:19|20)\d{2})年(?:以来|全年|度)?[，,]")


def page_name(sentences: list[Sentence], title: str | None) -> str:
    """What a page is named: its title, else its first line when that is a heading."""
    return (title or (sentences[0].text if sentences and sentences[0].heading else "")).strip()


def _reviews_then_plans(head: str) -> bool:
    """A head whose first clause says how the year's work went and whose second says what comes next: "一、游客接待稳步攀升，
    明年力争再上新台阶" (each sentence under it says which it is); or that names the problems met and the work next:
    "六、存在的问题和明年工作安排" (the problems are the year's state), or a period's work and the next's plan:
    "一、上半年主要工作和下半年打算"."""
    if (problems := _PROBLEMS_AND.search(head) or _WORK_AND_NEXT.search(head)) and (
            PLAN_WORDS.search(head, problems.end()) or FUTURE_HEADING.search(head, problems.end())):
        return True
    first, comma, rest = head.partition("，")
    return bool(comma) and not (PLAN_WORDS.search(first) or FUTURE_HEADING.search(first)) and PLAN_WORDS.search(rest) is not None


# A sentence that turns back to this year's work: "此外，市福彩发行中心今年继续开展…" (not its plan: 今年将…), or to
# the state now: "目前，全区分馆总数达到18个" after "明年将再建分馆3个".
_THIS_YEAR_AGAIN = compile_re(r"[^，。；]{0,3}[，,]?[^，。；]{0,12}?今年(?!将|要|计划|力争|争取|内?确保)"
                              r"|(?:目前|截至目前|截至当前|当前|现已)(?![^，。；]{0,6}(?:将|要|计划|力争|争取|确保))")
# A sentence of figures after a plan's sentence in a paragraph that reviews and plans by turns, with no word of a plan
# and no item of a plan's list ("一是…", "（二）", "2."): the review goes on ("…明年计划将病床使用率提高到85%左右。全年开展手术
# 312台" reports the year again).
_REVIEW_GOES_ON = compile_re(r"(?![一二三四五六七八九十]是|[（(]?[一二三四五六七八九十\d]{1,2}[）)、.．])[^。]*?\d")
# Work done on a plan, in a review's head: 严格落实轮换计划, 全面完成年度目标任务.
_PLAN_CARRIED_OUT = compile_re(r"(?:落实|执行|完成|实施|抓好)[^，。、]{0,8}?(?:计划|任务|目标)")
# A head that opens on a goal, after its year or none: "2025年：力争审定新品种30个以上", "力争全年接待游客500万人次".
# (not 将, which also marks an object: "将生态优势转化为发展优势"; nor 计划生育, a field of work, here or in FUTURE_HEADING)
_GOAL_HEADING = compile_re(r"(?:(?:19|20)\d{2}年(?:度)?[：:，,\s]?)?(?:力争|计划(?!生育))")
_PROBLEMS_AND = compile_re(r"问题[^，。]{0,6}?(?:和|及|与)")
# A head that names a period's work and the next period's plan: "一、上半年主要工作和下半年打算", "前三季度工作情况及
# 四季度工作安排" (each sentence under it says which it is).
_WORK_AND_NEXT = compile_re(r"(?:上半年|前三季度|一季度|今年以来|年初以来|今年|本年度?|全年)[^，。和及与]{0,10}(?:和|及|与|以及)"
                            r"[^，。]{0,4}(?:下半年|四季度|下阶段|下一步|下步|明年|今后)")


def _reports_work_done(name: str, sentences: list[Sentence]) -> bool:
    """Whether a page reports work done, by its name, "…防汛工作情况通报" (its "主要工作措施" are the measures it took), or
    a bulletin of a period's state, "…生态环境状况公报" (its 重点工作 are the work done); read with the heads of its title
    block, since a bulletin's masthead, "柘溪文旅简报", stands above the name of its report ("…市场运行情况")."""
    named = " ".join([name, *(s.text for s in itertools.takewhile(lambda s: s.heading, sentences[:4]))])
    return (REVIEW_HEADING.search(named) is not None or _REPORT_NAME.search(named) is not None) \
        and PLAN_WORDS.search(named) is None


def section_kinds(sentences: list[Sentence], title: str | None = None) -> list[Kind | None]:
    """Default figure kind per sentence from the section it sits in. The headings above the first
    paragraph are the article's title block ("…今年目标：…" as a headline), not a section head. A
    Chinese document named as a plan (`title`, or its first line) is one from its start."""
    kinds: list[Kind | None] = []
    name = page_name(sentences, title)
    named_years = _HEAD_YEAR.findall(name)
    # (a name that reviews one year and plans the next, "…2024年预算执行情况和2025年预算草案": a head naming the
    # later year is the plan's, "二、2025年预算草案", "三、扎实做好2025年财政工作")
    split = len(set(named_years)) >= 2
    # (not one that names its review too: "…2024年工作情况和2025年工作计划", "2024年…运营情况及2025年工作安排")
    current: Kind | None = "target" if PLAN_TITLE.search(name) and not REVIEW_HEADING.search(name) and not split else None
    reviews = _reports_work_done(name, sentences)
    body_started, last_paragraph = False, -1
    # (a plan's year, by its name: a paragraph opening on an earlier year reviews that year, as a plan for
    # 2025 opens on what 2024 achieved; the plan goes on after it)
    plan_year, review = max(named_years, default=None), -1
    until: tuple[int, Kind | None] | None = None  # (the paragraph a plan's sentence ends, the kind before it)
    asked: tuple[Kind | None] | None = None  # (the kind before a plan a sentence opened, back at a question)
    for s in sentences:
        head = s.text[:30]
        if reviews:
            head = _PLAN_CARRIED_OUT.sub("", head)  # (a review's "（一）严格落实轮换计划" names work done on a plan)
        if s.paragraph != review and current == "target" and plan_year and not s.heading \
                and (m := _YEAR_OPENER.match(s.text)) and m[1] < plan_year:
            review = s.paragraph
        if s.paragraph == review:
            kinds.append(None)
            body_started = True
            continue
        # (a table's head is no section's: "区县 | 年度任务 | 已完工 | 完工率" names its columns)
        # (nor one of spaced columns: "指标 单位 前三季度完成 同比增长(%) 全年计划 完成计划(%)")
        top_level = (s.heading or (s.enum and _TOP_MARKER.match(s.text))) and not BAR_CHAR.search(s.text) \
            and s.text.count(" ") < 3
        if s.heading and s.text.isascii() and len(s.text) <= 60 and (s.index or len(s.text.split()) <= 4) \
                and not _LABELLED_VALUE.search(s.text):
            # An English section head; one right under the title counts too (a headline is longer). (A line short as a
            # head that gives a label's value, "Area: 1,437 square kilometres", is a line of the section.)
            current = ("target" if EN_FUTURE_HEADING.search(s.text) else
                       "achieved" if EN_REVIEW_HEADING.search(s.text) else
                       "other" if EN_PROFILE_HEADING.match(s.text.strip()) else None)
        elif top_level and body_started:
            if REVIEW_HEADING.search(head) and not PLAN_WORDS.search(head) or reviews and _WORK_DONE_HEADING.search(head) \
                    and not PLAN_WORDS.search(head) and not FUTURE_HEADING.search(_WORK_DONE_HEADING.sub("", head)) \
                    and not (plan_year and (year := _HEAD_YEAR.search(head)) and year[1] > plan_year):
                current = None  # ("二、重点工作进展": the key work done, not the key work to do)
            elif s.heading and len(s.text) > 24 and "，" in s.text:
                pass  # (a lead-in on a line of its own, "在肯定成绩的同时，…距离全年目标任务还有不小差距，主要表现在：": no title)
            elif (REVIEW_HEADING.search(head) and PLAN_WORDS.search(head)
                  or len(set(_HEAD_YEAR.findall(head))) >= 2 and (PLAN_WORDS.search(head) or FUTURE_HEADING.search(head))
                  or _reviews_then_plans(head)):
                # ("一、2024年工作完成情况及2025年目标", "2024年建设运营情况及2025年目标", "三、2024年存在问题及2025年改进举措",
                # "三、项目建设加快推进，明年计划投资更大": both)
                current = None
            elif FUTURE_HEADING.search(head) or s.heading and _GOAL_HEADING.match(head):
                current = "target"
            elif CONTEXT_HEADING.search(head):
                current = "other"
            elif split and (year := _HEAD_YEAR.search(head)) and year[1] == plan_year:
                current = "target"
            elif s.heading:
                current = current if current == "target" else None
        if until is not None and (s.paragraph != until[0] or _THIS_YEAR_AGAIN.match(s.text) or _REVIEW_GOES_ON.match(s.text)
                                  and not TARGET_RE.search(s.text)):
            # (the plan a paragraph ended on is over with it, or where the paragraph turns back to this year: "此外，
            # 市福彩发行中心今年继续开展…")
            current, until = until[1], None
        if asked is not None and current == "target" and s.text.rstrip().endswith(("？", "?")):
            current, asked = asked[0], None  # (a transcript's next question: the plan an answer ended on is over)
        if FUTURE_SECTION.match(s.text) or len(s.text) <= 40 and TASKS_ANNOUNCED.search(s.text):
            if not s.heading and s.paragraph == last_paragraph and until is None and current != "target":
                # "（三）农资保供有力有效。…全年销售化肥18.6万吨…下一步计划每年新增共建村40个以上": the item's
                # tail, not the section's: the next item is a review again
                until = (s.paragraph, current)
            asked = (current,) if not s.heading and current != "target" else asked
            current = "target"
        body_started = body_started or not s.heading
        last_paragraph = s.paragraph
        kinds.append(current)
    return kinds


def profile_sections(sentences: list[Sentence]) -> list[bool]:
    """Per sentence, whether it stands under a Chinese head over a profile ("一、机构概况", "一、基本情况"): there a figure
    no word of a result or a plan speaks for is the body's standing make-up ("从业人员186人", "热线设有话务坐席320个"), not
    the period's result, while its results still say so ("总收入1286.4万元，同比增长17.3%")."""
    flags: list[bool] = []
    under = False
    for s in sentences:
        if (s.heading or s.enum) and _TOP_MARKER.match(s.text) and not BAR_CHAR.search(s.text):
            under = (PROFILE_HEADING.search(s.text) is not None or PROBLEMS_HEADING.search(s.text) is not None) \
                and not _HEAD_YEAR.search(s.text)
        flags.append(under)
    return flags


# A paragraph's lead that names what its sentences report: "（三）企业所得税。全年完成68.92亿元，同比下降1.5%".
_LEAD_LABEL = compile_re(r"\s*(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}[、.．]|\d{1,2}[、.．])?\s*"
                         r"(?P<label>[\u4e00-\u9fff]{2,12})\s*[。：:]?\s*")
_OF_THE_LEAD = compile_re(r"(?:同比|环比|比上年|较上年|比去年|较去年|增长|下降|增加|减少|占)")


def subjects_from_leads(figures: dict[int, list[FigureDraft]], sentences: list[Sentence]) -> None:
    """A sentence whose grammar names nothing for its figure takes the label its paragraph opens with, for that figure and
    for its changes and shares ("同比下降1.5%": '企业所得税同比下降')."""
    for before, s in itertools.pairwise(sentences):
        if s.index in figures and any(not f.subject for f in figures[s.index]) and before.paragraph == s.paragraph \
                and (m := _LEAD_LABEL.fullmatch(before.text)):
            for f in figures[s.index]:
                f.subject = m["label"] + f.subject if not f.subject or _OF_THE_LEAD.match(f.subject) else f.subject
