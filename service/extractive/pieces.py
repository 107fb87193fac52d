"""Pieces: how a source sentence becomes part of a summary — compressed to its informative
clauses, ended cleanly, fitted into the room left, stripped of enumeration markers."""

from __future__ import annotations

import re

from ..cleaning.chrome_en import is_time_stamp
from ..cleaning.rows import is_table_row
from ..re_cache import compile_re
from ..schemas import DEFAULT_MAX_CHARS_EN, DEFAULT_MAX_CHARS_ZH
from ..segment import Sentence


def char_scale(language: str) -> float:
    """Characters of this language per Chinese character saying as much: what makes a sentence
    long is relative (the default budgets' ratio, 2.5 for English)."""
    return 1.0 if language == "zh" else DEFAULT_MAX_CHARS_EN / DEFAULT_MAX_CHARS_ZH


CLAUSE_SPLIT = compile_re(r"(?<=[，,；;：:])")
RESULT_CUES = ("实现", "完成", "突破", "同比", "增长", "累计", "达到", "新增", "净增", "创历史", "创新高", "获批", "建成",
               "签约")
# Labels that introduce a paragraph on news pages; not part of what the paragraph says.
LEAD_LABEL = compile_re(r"^(?:导读|导语|核心提示|摘要|编者按|内容提要)[:：]\s*")
INFORMATIVE = compile_re(r"\d|[十百千万亿]")
TIME_ONLY = compile_re(
    r"^\s*(?:(?:19|20)\d{2}年度?|\d{1,2}(?:[—–\-至~到]\d{1,2})?月份?|今年以来|截至目前|上半年|下半年|前三季度|全年|年内)+"
    r"\s*[，,；;：:]?\s*$"
)
TARGET_CUES = ("力争", "确保", "目标", "计划", "预计", "争取", "力促")
# Whether a text holds any of the cues: one search instead of a test per cue.
RESULT_CUE = compile_re("|".join(RESULT_CUES))
TARGET_CUE = compile_re("|".join(TARGET_CUES))
ANY_CUE = compile_re("|".join(RESULT_CUES + TARGET_CUES))
# The same cues in English: a result reported ("fell by 4,300", "rose 11%") or a goal set.
EN_RESULT_CUE = compile_re(r"\b(?:rose|fell|grew|increased|decreased|declined|jumped|climbed|dropped|reached|totall?ed|"
                           r"doubled|tripled|halved|surged|soared|slumped|plunged|shrank|expanded|record(?:ed)?)\b")
EN_TARGET_CUE = compile_re(r"\b(?:will|plans?|aims?|targets?|goal|expects?|forecasts?|pledged?)\b")
# Clauses that say how or in what spirit, rarely what happened: the first to go when compressing.
FLUFF_CLAUSE = compile_re(
    r"^(?:以|在|按照|围绕|坚持|通过|深入|全面|大力|坚定不移|树牢|紧扣|锚定|聚焦|立足|对标|紧盯|依托|"
    r"持续|不断|积极|切实|进一步|充分|始终|扎实|着力|全力|奋力|努力|坚决|认真|牢固|用|靠|为|把|将|让|使)"
)
EN_FLUFF = compile_re(r"^(?:however|moreover|in addition|meanwhile|furthermore)\b", re.I)


def informative(clause: str) -> bool:
    if INFORMATIVE.search(clause):
        return True
    return not FLUFF_CLAUSE.match(clause) and ANY_CUE.search(clause) is not None


_TRAILING_PAUSE = compile_re(r"[，,；;：:]$")
# A clause that only frames what follows by its goal: "县供电公司围绕“…”的目标，", "以建设“运动之城”为目标，". Its
# goal word makes it look informative, but cut there the summary ends on a frame with no verb of its own.
# (and what the frame leads into may frame too: "…建设目标,以重点项目为抓手,全力推进…")
_GOAL_FRAME = compile_re(r"(?:围绕|紧盯|锚定|聚焦|紧扣|对标|瞄准|以)[^，,；;]*(?:目标|任务)(?:任务)?[，,]$"
                         r"|^以[^，,；;]{1,20}为(?:抓手|主线|重点|引领|核心|牵引|载体|契机)[，,]$")


# The formula a report's address ends with, to the body it reports to: "…向大会报告政府工作，请予审议，并请县政协委员和其他
# 列席人员提出意见。" What is reported, and by whom, stays ("我代表县人民政府，向大会报告政府工作。"); the request goes.
_ADDRESS_REQUEST = compile_re(r"^现在[，,]|[，,](?:请予审议|并?请[^。；，,]{0,30}提出意见)(?=[，,。])")


# How a news report says where its facts came from, before them: "10月15日，记者从禾浦高新区管委会获悉，" (the facts follow).
_REPORTER_LEARNED = compile_re(r"^(?:[^，,。；]{1,12}[，,])?记者(?:日前|近日|今天|昨天|昨日)?(?:从|在)[^，,。；“”]{2,40}"
                               r"(?:获悉|了解到|得知)[，,：:]")


# The short name a document defines for what it names: "（以下简称“集团”）", "(简称《纲要》)". A summary uses neither.
_SHORT_NAME = compile_re(r"[（(](?:以下)?简称[^（）()]{1,20}[）)]")


def compress(text: str, language: str) -> str:
    """Drop how-and-why clauses from a sentence that reports facts, keeping its opening (time or
    actor) and every clause with a figure or a result/target cue. A sentence with no facts is
    kept whole: cutting it leaves fragments."""
    text = LEAD_LABEL.sub("", text)
    if language != "zh":
        if "(" in text:
            text = _DEFINED_TERMS.sub("", text)
        return _without_trailing_reasons(text)
    if "请" in text and ("审议" in text or "提出意见" in text):
        text = _ADDRESS_REQUEST.sub("", text)
    if "记者" in text:
        text = _REPORTER_LEARNED.sub("", text)
    if "简称" in text:
        text = _SHORT_NAME.sub("", text)
    clauses = [c for c in CLAUSE_SPLIT.split(text) if c]
    if len(clauses) <= 2 or not any(informative(c) for c in clauses[1:]):
        return text
    # A short opening ("2022年，", "截至目前，") is only the time: the actor is in the next clause.
    opening = 2 if len(re.sub(r"\W", "", clauses[0])) <= 8 else 1
    keep = [
        informative(c) or (i == 0 and not FLUFF_CLAUSE.match(c)) or (
            i < opening and not FLUFF_CLAUSE.match(c) and len(c) <= 30)  # long ones are slogans
        for i, c in enumerate(clauses)
    ]
    # (a frame kept last takes the clause it governs: "…围绕“…”的目标，加快推进农网巩固提升工程")
    last = max((i for i, k in enumerate(keep) if k), default=-1)
    while 0 <= last < len(clauses) - 1 and _GOAL_FRAME.search(clauses[last]):
        last += 1
        keep[last] = True
    # A time on its own ("…140家，2023年，首要指标…") belongs to the clause after it: kept with it only.
    for i in range(len(clauses) - 1, opening - 1, -1):
        if keep[i] and TIME_ONLY.match(clauses[i]):
            keep[i] = i + 1 < len(clauses) and keep[i + 1]
    out = "".join(c for c, k in zip(clauses, keep, strict=True) if k)
    return _TRAILING_PAUSE.sub("", out.rstrip()) if out else text


# The names a release defines for what it names, in brackets: ' ("Skyward" or "the Group")', ' ("FY25")'. A summary
# uses neither.
_DEFINED_TERMS = compile_re(r"\s*\((?:the )?[\"“][^\"”]{1,40}[\"”](?:,? (?:or|and) (?:the )?[\"“][^\"”]{1,40}[\"”])*\)")
# A clause at the end of an English sentence that says why or how, not what: ", helped by the first full quarter of the
# Ravensholt inland depot", ", reflecting modest house price inflation", ", mainly because of higher tuition rates".
_EN_REASON = compile_re(r",\s+(?:helped|reflecting|driven|led|boosted|supported|offset|partly|mainly|largely|chiefly|"
                        r"primarily|due to|thanks to|because|as a result of|amid|despite|underpinned|reflects|as|after|following|owing to|"
                        r"on the back of|in line with|in part|which "
                        r"(?:reflects|reflected|was|is|were|are))\b[^,;:]*$")


def _without_trailing_reasons(text: str) -> str:
    """An English sentence without the clauses at its end that give a reason and no figure (`_EN_REASON`)."""
    while (m := _EN_REASON.search(text)) is not None and not any(c.isdigit() for c in m.group()) and m.start() > 30:
        end = text[-1] if text[-1] in ".!?" else ""
        text = text[: m.start()] + end
    return text


def balance_quotes(text: str) -> str:
    """A sentence cut from a long quotation keeps its opening mark; close it."""
    for op, cl in (("“", "”"), ("‘", "’"), ("「", "」"), ("《", "》")):
        missing = text.count(op) - text.count(cl)
        if missing > 0:
            text += cl * missing
        elif missing < 0:
            text = op * -missing + text
    return text


_TRAILING_PAUSES = compile_re(r"[，,；;：:、]+$")
_ENDS_A_SENTENCE = compile_re(r"[。！？!?”’」』）)]$|(?<=[A-Za-z%)\]])\.$")


def end_piece(text: str, language: str) -> str:
    text = text.rstrip()
    if language == "zh":
        text = _TRAILING_PAUSES.sub("", text)
        # (an English sentence in a Chinese document ends with its own full stop: "…to 30.5%.")
        if not _ENDS_A_SENTENCE.search(text):
            text += "。"
        return balance_quotes(text)
    text = re.sub(r"[,;:]+$", "", text)  # "… without a successor;" ends a clause, not a sentence
    if not text.endswith((".", "!", "?", '"', "…", "”")):
        text += "."
    if text[:1].islower():
        text = text[0].upper() + text[1:]  # a clause after a semicolon, standing alone
    return text



def is_question(text: str) -> bool:
    return text.rstrip("”’」』）) ").endswith(("？", "?"))


def fit(piece: str, room: int, language: str) -> str:
    """The longest prefix of whole clauses that fits in `room`, or '' when that is under 40 characters
    or under half of the piece (a stub reads worse than nothing)."""
    if language != "zh" or room < 40:
        return ""
    cut = 0
    for m in re.finditer(r"[，,；;]", piece):
        if m.start() + 1 > room:
            break
        cut = m.start()
    if cut < 40 or cut < len(piece) // 2:
        return ""
    return end_piece(piece[:cut], language)


def first_sentence(units: list[Sentence], language: str) -> int:
    """Where an English page's sentences start: its lines with no full stop above the first sentence are a masthead's,
    a strapline's, a headline's or a byline's ("Mayor Teresa Villanueva | Delivered February 8, 2024, at …"), which the
    title and the metadata say better; neither the summary nor a key point opens with them."""
    return 0 if language == "zh" else next((i for i, u in enumerate(units) if u.terminated), 0)


def stands_alone(s: Sentence, language: str) -> bool:
    """Whether a sentence can be a sentence of the summary: not a bare section head, nor a row of a
    table (leader dots running to its value, "Special events ........ $2,487,000"; cells set apart
    by pipes or spaces), which the figures table reports, nor a time stamp ("Last updated: Friday,
    March 13, 2026, 3:00 p.m.")."""
    body = s.dense
    if is_table_row(s.text) or is_time_stamp(s.text):
        return False
    if language == "zh":
        return len(body) >= 20 or bool(INFORMATIVE.search(body) and len(body) >= 10)
    # (nor a label and its value, "Charge or summons: 2,053 (9.6% of recorded crime).", a line of a list of figures)
    return len(s.text.split()) >= 6 and not ((m := _EN_LABEL_VALUE.match(s.text)) and not _EN_VERB.search(s.text, m.end()))



# (a verb after the label makes it a sentence: "Turbines: 52 of the 74 turbines have been installed")
_EN_VERB = compile_re(r"\b(?:is|are|was|were|has|have|had|will|would|can|could|did|does|do|[a-z]{3,}ed)\b")
_EN_LABEL_VALUE = compile_re(r"\s*[A-Z][\w'’&/()-]*(?:\s+[\w'’&/()-]+){0,6}\s*:\s*(?:about\s+|around\s+)?[-+−]?(?:[$€£¥]|[A-Z]{1,3}\$?\s?)?\d")


# English list words that open a sentence: "First, the plan adds 40 turbines" (as 一是 does).
EN_MARKER = compile_re(r"^\s*(?:First|Second|Third|Fourth|Fifth|Firstly|Secondly|Thirdly|Lastly|Finally),\s+(?=[a-z])")


# An item's number in a numbered list: "3．", "2、", "1." (not a figure: "3.5亿元").
NUMBERED_ITEM = compile_re(r"^\s*\d{1,2}[.、．](?!\d)\s*")
# The section labels of a structured abstract, run into its paragraphs: "Methods: We conducted …".
EN_SECTION_LABEL = compile_re(
    r"^\s*(?:Background|Methods?|Results?|Conclusions?|Objectives?|Aims?|Purpose|Findings|Interpretation|Design|"
    r"Setting|Participants|Interventions?|Main outcome measures?|Abstract|Summary)\s*:\s+(?=[A-Z])")


_ZH_MARKER = compile_re(r"^\s*(?:[一二三四五六七八九十]+是|第[一二三四五六七八九十]+(?:[，,、：:]|是)|[（(][一二三四五六七八九十\d]+[）)]"
                        r"|[一二三四五六七八九十]+、|\d+[.、．](?!\d))\s*")  # (not a decimal's: "93.6% of calls")
# A numbered paragraph's number, as reports and council papers write them: "1.3 The forecast outturn …", "2.6 Corporate:
# …" (not a figure: "2.4 million people"; its word after is in lower case).
_PARAGRAPH_NUMBER = compile_re(r"^\s*\d{1,2}(?:\.\d{1,2}){1,3}\s+(?=[A-Z][a-z])")


# A numbered item that opens on a verb of work to do, as a plan's list writes it: "3. Fit 52,000 smart meters.", "2. Cut
# agency spending to £1.2 million a month" (not the noun: "Increase in membership", "Return on capital: 12%").
TO_DO = compile_re(r"\s*(?:Reduce|Replace|Fit|Cut|Increase|Release|Return|Fund|Train|Open|Install|Add|Clear|Plant|Start|Recruit"
                   r"|Deliver|Build|Complete|Raise|Create|Invest|Launch|Achieve|Maintain|Keep|Halve|Double|Expand|Extend|Improve"
                   r"|Upgrade|Introduce|Provide|Hold|Bring|Grow|Lower|Reach|Secure|Ensure|Restore|Publish|Hire|Spend|Save|Welcome"
                   r"|Offer|Treble|Triple|Recycle|Resurface|Repair|Eliminate|End|Cap|Limit|Boost|Rebuild|Refurbish|Renew|Roll out"
                   r"|Equip|Help|Bank|Halt|Convert|Retrofit|Connect|Attract|Sell|Generate|Serve|Respond|Answer|Visit|Inspect)"
                   r" (?!in |of |on |to |from |for |was |is |were |are |rate|\w*:)[^:]*$")


def needs_lead(s: Sentence) -> bool:
    """Whether a list's item says nothing alone: one with no full stop ("EBIT of USD 1.0–1.3 billion (previously USD
    0.6–1.0 billion)"), one that goes on from its lead in lower case ("Since 1 April we have:" over "- fixed 4,100
    leaks."), or a thing to do, whose lead says who will ("Our targets for 2030 are to:" over "Raise the share of active
    adults to 68% by 2030."). A summary shows it after its lead."""
    return s.lead is not None and (not s.terminated or s.text[:1].islower() or _to_do(s))


def _to_do(s: Sentence) -> bool:
    return TO_DO.match(strip_marker(s.text) if s.enum else s.text) is not None  # ("1. Raise the share of …")


def as_item(piece: str, s: Sentence) -> str:
    """An item written after its lead goes on from it in lower case, as it does in the list or as a thing to do does
    ("Since 1 April we have: fixed 4,100 leaks.", "Our targets for 2030 are to: raise the share of active adults …")."""
    if piece and s.lead is not None and (s.text[:1].islower() or _to_do(s)):  # (so it needs its lead: `needs_lead`)
        return piece[0].lower() + piece[1:]
    return piece


def lead_in(s: Sentence, language: str) -> str:
    """An item's lead as it opens the item in a summary, ending with a colon: "BMG raises its full-year 2025
    guidance:", "Highlights, Q2 2025:", "主要成效：" (a heading's number dropped)."""
    assert s.lead is not None
    text = strip_marker(s.lead.text.strip()).rstrip(":：")
    return text + ("：" if language == "zh" else ":")


# The sentence after a quotation that names who spoke it: "镇江苏宁广场总经理刘峰说，今年将…", "4月10日,陵城区前孙镇党委
# 书记蒙昌文接受采访时说。"
_SAID = compile_re(r"[^“”\"。！？；]{2,60}?(?:说|表示|介绍|指出|坦言|感慨道|告诉记者)(?=[。，,：:])")


def speaker_of(quotation: Sentence, following: Sentence | None) -> str | None:
    """Who spoke a sentence that is a whole quotation ("“我们有信心…力争实现销售10亿元。”"), as the sentence right after
    it names them: "镇江苏宁广场总经理刘峰说" (only the last clause of a long one: "68岁的村民钟德厚一边上车一边说").
    A quotation in a summary without its speaker reads as the writer's own claim."""
    text = quotation.text
    if following is None or not (text.startswith("“") and text.endswith("”")) or following.start - quotation.end > 1 \
            or following.paragraph != quotation.paragraph or (m := _SAID.match(following.text)) is None:
        return None
    who = m.group()
    return who if len(who) <= 30 else re.split(r"[，,]", who)[-1]


# A sentence that opens on what the sentence before it named: "其中，出口862.5亿元…" (of the total just given), "Of these,
# 94.1% were finished within our target time", "They included a £420 million contract…", "It expects to open between 70
# and 80 stores", "Within this group, violence with injury fell…", "That is 78% of our target". Alone it breaks down or
# points at nothing the reader has seen.
_GOES_ON = compile_re(r"其中(?![的])|(?:Of (?:these|them|those|this|which|the total)|They|These|Both|The latter|The former|It|Its"
                      r"|(?:Within|Among|Of) (?:this|that|these|those|them|the) (?:group|total|category|number|figure|sum)"
                      r"|Among (?:them|these|those)(?=,)|The (?:rest|remainder|remaining)"
                      r"|(?:This|That) (?:is|was|represents|represented|means|meant|compares|brings|brought|takes|took"
                      r"|figure|total|number|sum|amount|rise|increase|fall|decrease))\b")


def goes_on(s: Sentence) -> bool:
    """Whether a sentence goes on from the one before it (`_GOES_ON`), so that a summary shows it only after that one."""
    return _GOES_ON.match(s.text) is not None


def strip_marker(text: str) -> str:
    """Drops a list marker that opens `text` (一是, 第一，, （一）, 1., First,), a paragraph's number (1.3), or an abstract's
    section label (Methods:). 第三 followed by a word is no marker: 第三产业, 第一批."""
    text = EN_SECTION_LABEL.sub("", text)
    text = _PARAGRAPH_NUMBER.sub("", text)
    text = _ZH_MARKER.sub("", text)
    if (m := EN_MARKER.match(text)) is not None:
        text = text[m.end()].upper() + text[m.end() + 1 :]
    return text


# Key points are short: about 110 characters of Chinese, about 30 words of English.
KEY_POINT_LIMIT = {"zh": 110}
KEY_POINT_LIMIT_OTHER = 220


_CLAUSE_MARK = compile_re(r"[，；;]|,(?!\d)")


def shorten(text: str, limit: int, language: str = "zh") -> str:
    """At most `limit` characters, cut at the last clause boundary; English (and any text with
    spaces) is never cut inside a word: the cut falls on a word boundary and says so with "…"."""
    if len(text) <= limit:
        return text
    # (Not at the comma of a number: "more than 14,000 patients" is no clause ending at "14".)
    cut = max((m.start() for m in _CLAUSE_MARK.finditer(text, 0, limit)), default=-1)
    if cut > limit // 2:
        # (an English comma often parts a list's items: what is cut there says so, "came from catering and bars
        # (£1.3m)…", so no list reads as whole that is not)
        return text[:cut] + "…" if language != "zh" and text[cut] == "," else text[:cut]
    if language != "zh":
        space = text.rfind(" ", 0, limit)
        if space > 0:
            return text[:space].rstrip(" ,;:-") + "…"
    return text[:limit]


def key_point_limit(language: str) -> int:
    return KEY_POINT_LIMIT.get(language, KEY_POINT_LIMIT_OTHER)
