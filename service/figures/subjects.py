"""Subjects and periods: what a number measures, and when."""

from __future__ import annotations

import re

from ..re_cache import compile_re
from .ages_zh import age_subject
from .clauses import clause_end, clause_start, last_list_mark, pipe_row_label
from .decision import CUE_WINDOW
from .names_zh import name_subject
from .numbers import RANGE_JOIN, NumberSpan, find_numbers

# Leading words that say how or when, not what: dropped from a subject.
SUBJECT_LEAD = compile_re(
    r"^(?:其中|同时|并|且|和|及|以及|另外|另有|另(?=还有|新增|完成)|全年|年内|(?:今年|年初)?以来|今年|去年|目前|截至目前|截至\S{0,8}?底|全镇|全县|全市|全区|"
    r"(?:到|至|在)?(?:19|20)\d{2}年(?:度|底|末|前)?|"  # the period, which `period` reports: 力争到2026年…
    r"及?以[上下](?=[\u4e00-\u9fff])|"  # (the end of a class before the noun: 60周岁及以上老年人, 7座及以下小型客车)
    r"力争|确保|努力|计划|预计|争取|实现|完成|达到?(?!到?[^，,的]{1,12}的[\u4e00-\u9fff]+$)|突破|累计|共|已|将|要|再|分别|为|是|的|"
    r"\S{0,8}?(?:建成|投产|达产|竣工|完工)后|"
    r"(?:该|我|本|全)(?:区|镇|县|市|乡|村|省|公司|企业|集团|园区|街道)|(?:该|本)(?=项目)|"  # (该项目总投资: 项目总投资)
    # The place that did it, before its verb: 太平镇完成固定资产投资 -> 固定资产投资.
    r"[\u4e00-\u9fff]{1,12}?(?:省|市|州|县|区|镇|乡|村|园区|开发区|新区|街道)(?=(?:全年|今年|年内)?(?:实现|完成|累计完成)))+"
)
SUBJECT_TRAIL = compile_re(
    r"(?:达到|(?<!最)高达|达|(?<![行作认])为|是|曾经|曾|突破|首破|迈上|跨上|跃上|站上|迈入|跨入|跃升至|攀升至|超过|超|近|首次|再次|一举|(?<![签履合预节制公条集大契簽])约|逾|实现|完成|共|分别|(?<![拥具享持])有|的|了|至|到|迈向|提升至|增至|(?<![许认])可|将|预计|按|"
    r"(?:保持|控制|稳定|维持)在|(?:提高|下降|上升|降|升)(?:至|到)|"  # (a level held or reached: 路面性能指数保持在92以上)
    r"不少于|不低于|不超过|不超|不高于|以上|以下|高于|低于|多于|少于|连续|为期|由|从|原来|原先|目前|有望"
    r"|仍不足|尚不足|不足|不到|仅有|只有|仅|还有|仍有|尚有"  # (a shortfall's words: 专职管护人员仅56人, 比重不到35%)
    r"|不得高于|不得超过|不得低于|不得少于|不得大于|不得小于"  # (a rule's limit: 出水COD浓度不得高于50毫克/升)
    # (a rate's base and time: 作业效率达到每小时38.6自然箱, 救助标准为每人每年1.8万元, 流转租金每亩每年30至50元)
    r"|每(?:人|户|亩|家|名|位|平方米|立方米|千瓦时|公斤|千克|公里|千米|吨|升|斤|件|台|辆|次|小时|天|日|周|月|年)"  # (每人每年; 气价每立方米2.86元)
    # (a joiner or an adverb the next figure or the verb after it takes: 辖18个行政村和, 缴存比例均, 负荷率已, 收费在; not the
    # end of a word: 总和, 普及, 参与, 人均, 所在, 偿还)
    r"|(?<!总)和|(?<![普涉波危以惠顾触提企遍])及|(?<![参给赋])与|(?<![平日人亩户月年村])均|(?<![不而业])已|(?<![所存现实潜自内外健])在"
    r"|(?<![归偿返退送])还|仍)+$"
)
# The noun of a batch counted after its examples (…等12个重点项目, …等3所新建学校, …等10件民生实事).
_BATCH_NAMED = compile_re(r"[\u4e00-\u9fff]{0,8}?(?:项目|工程|学校|实事|企业|园区|基地|平台|中心|小区|医院|社区|站点|线路|道路|景区|场馆"
                          r"|任务|事项|村|部门|单位|机构|乡镇|街道|国家|城市|地区|市场|产品|品种|技术)")
# The verb of work done before a short noun, kept when dropping it leaves the noun bare: 累计完成投资, 年内完成投资.
_DONE_LEAD = compile_re(r"(?:年内|全年|累计|已|共|当年)*(?:完成|实现)[\u4e00-\u9fff]{1,2}$")
YEAR_RE = compile_re(r"((?:19|20)\d{2})\s?年")
# A verb of things made, set up or held, whose count names them after it: "组建了8支产业链招商专班", "建有6个生产基地".
_MADE_OR_HELD = ("增", "引进", "拥有", "有", "招引", "培育", "新增", "投资", "投入", "建", "建成", "引育", "打造", "创建", "设立", "开通",
                 "增设", "认定")
# A capacity in a works' name: the verb before the number, the works after it (年产3万吨…项目, 日处理500吨…工程).
_CAPACITY_BEFORE = compile_re(r"(?P<per>[年日])(?P<verb>产|处理|加工|出栏|生产)$")
# A size's word right before the number, of the works or the fund named after it: "总投资12亿元的…项目", "规模20亿元的…基金".
_SIZE_WORD_END = compile_re(r"(?P<word>(?:计划)?总?(?:投资额?|全长|长度|库容|产能"
                            r"|(?:规划|建设|孵化|日?供水|日?处理|装机|占地|建筑|用地|设计)?(?:规模|面积|容量)))"
                            r"(?:约|达|超|为|近|逾|超过)?$")
# A measure named alone, of the things the figure before counts ("…事故17起、死亡11人"), and the word of a total that
# goes with those things' name ("…共计").
_OF_THE_THING_BEFORE = frozenset("死亡 受伤 重伤 伤亡 面积 完工 合计 总计 共计 户均 人均 结余 货值 总产 产量 产值".split())
_TOTAL_END = compile_re(r"(?:共计|合计|总计|累计|共)$")
_NAMES_NO_PART = compile_re(r"占(?!地(?:面积|约|\d))|按[^，,]{1,8}计算")  # (a share or a change that names nothing it is of)
_THIS_ONE = compile_re(r"这一?(?:数字|比率|比例|指标|数据|数值|比重|占比)")  # ("2020年这一数字为…": the figure before's thing)
# Units of a count whose things may follow it ("40家重点税源企业"), and a time that ends what follows ("…项目之后").
_CLASSIFIERS = frozenset("家个项名户所座条支批款类种位人次场件台辆艘架")
_HAN_ONLY = compile_re(r"[\u4e00-\u9fff]+")
_TIME_AFTER = compile_re(r"(?:之后|以后|以来|之前|以前|期间)$")
# What follows a count and is no thing counted: a comparison or a rate's base ("…相比", "按…计算"), the rest of its unit.
_NO_NOUN_AFTER = compile_re(r"(?:计算|相比|比较|及以上|及以下|以上|以下|左右|位次|基点|百分点)")
_NO_THING = frozenset(("情况", "问题", "现象", "标准", "要求", "目标"))  # (a case, no thing sized: "低于规定规模70%的情况")
_WORKS_NAMED_AFTER = compile_re(r"的?(?P<name>[\u4e00-\u9fffA-Za-z0-9]{1,20}?(?:项目|工程|生产线|基地|工厂))")
# A comparison's base names another period than the figure's: 较2023年末净增…, 比2022年增长….
_COMPARED = compile_re(r"(?:比|较|与|相比|对比|高于|低于|超过|打破|刷新|次于|追平)\s?$")  # (打破2024年…创下的纪录, 仅次于2022年)
_BRACKET = compile_re(r"[(（)）]")
# Where an English clause ends: a comma, semicolon or full stop before a space or the end (not 4,400).
_EN_CLAUSE_END = compile_re(r"[,;.](?=\s|$)")
# This year and last year, by name: the year is the document's, or the one before it.
_RELATIVE_YEAR = compile_re(r"(?P<rel>今年|本年|年内|去年|上年|明年)")
_EN_DEADLINE = compile_re(r"(?:by|until|through|to)\s", re.I)
_EN_END_OF = compile_re(r"\b(?:by|until|before)\s+the\s+end\s*$", re.I)  # "by the end of 2025"
_EN_RELATIVE_YEAR = compile_re(r"\b(?P<rel>this year|last year|next year)\b", re.I)
# 去年9月并网发电: a day or a month of last year dates an event, not the figure that follows.
_EVENT_MONTH = compile_re(r"\d{1,2}月(?![至到\-—~]|份?以来)")
_EARLIER_VALUE = compile_re(r"(?:同期)?(?:末|底)?(?:为|是)约?\d")  # (上年为1165万元: an earlier value, not a period)
_RELATIVE_OFFSET = {"今年": 0, "本年": 0, "年内": 0, "去年": -1, "上年": -1, "明年": 1,
                    "this year": 0, "last year": -1, "next year": 1}
_EN_BASE = compile_re(r"\b(?:from|compared|versus|vs|than|since|against)\b", re.I)
_EN_FROM_A_BASE = compile_re(r"\bfrom\s+(?:about\s+|around\s+)?(?:[$€£¥]|[A-Z]{1,3}\$?\s?)?(?!(?:19|20)\d\d\b)\d[\d,.]*(?:\s?(?:%|million|billion|bn|m))?"
                             r"(?:\s+[a-z-]+){0,2}\s*$")
_EN_BASE_WORD = compile_re(r"\b(?:since|than|compared|versus|vs)\b", re.I)  # (not "from": "rose from 12% to 15% in 2024")
_EN_CLAUSE_START = compile_re(r"(?:^|[,;:.](?=\s))(?!.*[,;:.]\s)", re.S)
# (and its kind of year between: "In calendar year 2024", "for the financial year 2024")
_KIND_OF_YEAR = r"(?i:(?:the\s+)?(?:calendar|financial|fiscal)\s+year\s+)?"
# (or the month, and the day, of the year: "by March 2026", "in October 2024", "by September 30, 2025"; a figure's own date,
# not a year in force for the sentences after it)
_MONTH_OF_YEAR = (r"(?:(?:\d{1,2}\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)"
                  r"\s+(?:\d{1,2},?\s+)?)?")
EN_PERIOD_YEAR = compile_re(rf"\b(?i:in|during|for|fiscal|FY)\s+{_KIND_OF_YEAR}((?:19|20)\d{{2}})\b")
# ("since 2019" names no period: "up 22% since 2019" is a change from that year's level.)
EN_YEAR_RE = compile_re(rf"\b(?i:in|by|for|during|of|to|until|through|fiscal|FY)\s+{_KIND_OF_YEAR}{_MONTH_OF_YEAR}((?:19|20)\d{{2}})\b")


# A cell of a table row that holds a value: "23.1亿元", "8.4%".
_VALUE_CELL = compile_re(r"^[\d.,%％]+\S{0,4}$")


def _other_cells_dropped(pre: str) -> str:
    """Chinese prose has no spaces; a row of a table flattened to text ("规上工业增加值 23.1亿元 8.4%")
    does: the subject of 8.4% is the row's name, not the value in the cell before it."""
    cells = pre.split()
    if len(cells) < 2:
        return pre
    kept = [c for c in cells if not _VALUE_CELL.match(c)]
    return " ".join(kept) if kept else pre


# A change of an amount, as a pattern to build others with (增长, 净减).
CHANGE_VERB = r"(?:净?(?:增长|增加|下降|减少|提高|提升|上升|上涨|下跌|回落|回升|扩大|收窄|缩小)|净增|净减)"
# A change with nothing measured in front of it: the previous figure's subject is what changed.
# A base of comparison says from when, not what: 较2023年末净增11152户 changes the figure before it.
_CHANGE_BASE = r"(?:同比|环比|(?:较|比|与)[^，,、]{1,10}?(?:相比)?)"  # (what a change is against: 同比, 较上年)
_CHANGE_ONLY = compile_re(rf"{_CHANGE_BASE}?(?:年均|年平均|平均每年|累计)?{CHANGE_VERB}?")  # (年均增长: a yearly average)


_TRAILING_CHANGE = compile_re(rf"{_CHANGE_BASE}{CHANGE_VERB}$")
_A_CHANGE_END = compile_re(rf"(?:年均|{_CHANGE_BASE})?{CHANGE_VERB}$")  # (or none, or a yearly average's: 年均增长)
_LAST_AND = compile_re(r"[和及与](?=[^和及与]*$)")
_DIGIT = compile_re(r"\d")
_HAN_END = compile_re(r"[\u4e00-\u9fff]$")
_WORKS_HEAD = compile_re(r"(?:项目|工程|基地|生产线|产业园|园区|中心)+")


# A ranking list's name holds its number (全国百强县, 湖北省消费城镇30强, 制造业领军十强企业): the
# subject is the name, from after the verb that joins it to the sentence (建成, 跻身, 上榜, 冲刺 …)
# to its head noun; the words before that verb say who ranks, not what the number counts.
_RANK_VERB = compile_re(
    r".*(?:建成|进入|跻身|入选|上榜|评为|获评|荣获|获得|位列|迈入|跨入|挺进|冲刺|争创|创成|入围|成为|紧盯|瞄准|对标|"
    r"(?<![先推促引增改前])进|获)"
)
_RANK_PREPOSITION = compile_re(r"^[对在向为把将被由从]")  # 对制造业领军十强企业进行表彰
_RANK_HEAD = compile_re(r"县市|县|市|区|镇|乡|村|街道|企业|城市|城镇|榜单|榜")


def _ranking_list(sentence: str, span: NumberSpan, cs: int) -> str:
    pre = sentence[cs : span.start]
    pre = pre[last_list_mark(pre) + 1 :]
    if (verb := _RANK_VERB.match(pre)) is not None:
        pre = pre[verb.end() :]
    pre = _RANK_PREPOSITION.sub("", pre)
    head = _RANK_HEAD.match(sentence, span.end)
    return (pre.strip(" 　“”\"'「」《》") + span.text + (head.group() if head else ""))[:40]


# A figure restated in brackets right after it: 近八成（78%）, 1200亿元（约合170亿美元）.
_RESTATED = compile_re(r"[（(](?:约合|折合|合|即|约)?$")
_NEXT_NUMBER = compile_re(r"[0-9０-９]")
CHANGE_END = compile_re(rf"{CHANGE_VERB}$")  # a subject that names a change, not an amount
_CURRENCY_WORD = compile_re(r"^(?:人民币|美元|欧元|港币|港元)$")


def subject(sentence: str, span: NumberSpan, prev_subject: str | None) -> str:
    cs = clause_start(sentence, span.start)
    if named := _ranking_list(sentence, span, cs) if span.text.endswith("强") else \
            age_subject(sentence, span) or name_subject(sentence, span):
        return named  # (a place in a ranking list's name, an age that names the people it bounds, a number in a name)
    if (label := pipe_row_label(sentence, span.start)) is not None:
        return label[:40]  # a row of a pipe table: its label
    if (made := _CAPACITY_BEFORE.search(sentence, max(0, span.start - 6), span.start)) \
            and (works := _WORKS_NAMED_AFTER.match(sentence, span.end)):
        # "总投资12亿元的年产200万台伺服电机项目": a capacity inside a works' name, that works' yearly capacity
        capacity = "产能" if made["verb"] == "产" else f"{made['verb']}能力"
        return f"{works['name']}{made['per']}{capacity}"[:40]
    if prev_subject and (restated := _RESTATED.search(sentence, max(0, span.start - 4), span.start)) and (
            before := find_numbers(sentence[max(0, restated.start() - 20) : restated.start()])) and \
            before[-1].end == min(20, restated.start()):
        return prev_subject  # "偏多近八成（78%）", "1200亿元（约合170亿美元）": the figure before, restated
    pre = sentence[cs : span.start]
    # In "新开工、竣工项目数分别达4个、3个" the list separator belongs to the subject; elsewhere
    # a 、 before the number separates figures ("突破60亿元、同比增长86%").
    # "收入分别达到76318元和42105元": the members of a list after 分别 share what comes before it.
    if (each := pre.find("分别")) >= 0 and (member := _DIGIT.search(pre, each)) is not None:
        pre = pre[: member.start()]
    if pre.endswith("等") and (batch := _BATCH_NAMED.match(sentence, span.end)):
        # "北港区二期、南港区铁路专用线等12个重点项目": the batch its examples open, not the last example
        return batch.group()
    if "、" in pre and "分别" not in pre and _DIGIT.search(pre, 0, mark := last_list_mark(pre)):
        pre = pre[mark + 1 :]  # (a 、 after no figure joins nouns: "全年专利转让、许可5126次")
    # "投资3700万元的A项目和投资1800万元的B项目": before the last 和 is the figure before's.
    if (conj := _LAST_AND.search(pre)) and "分别" not in pre and _DIGIT.search(pre, 0, conj.start()):
        pre = pre[conj.end() :]
    if pre[-1:] > "\u4e00" and _DIGIT.search(pre) and (inside := find_numbers(pre)) and inside[-1].end == len(pre):
        pre = pre[: inside[-1].start]  # "报告法定传染病12种21436例": not the figure just before
    written = _other_cells_dropped(pre.strip())
    pre = SUBJECT_LEAD.sub("", written)
    if len(pre) <= 2 and (done := _DONE_LEAD.search(written)) and done.group().endswith(pre):
        pre = done.group()  # ("累计完成投资23.5亿元": 累计完成投资, not a bare 投资)
    pre = SUBJECT_TRAIL.sub("", _CURRENCY_WORD.sub("", pre))  # ("预算金额：人民币4,386.52万元": the label's)
    post = ""
    after = sentence[span.end : (end := clause_end(sentence, span.end))]
    while 0 < len(after) - after.rfind("、") - 1 <= 2 and _HAN_END.search(after) and sentence[end : end + 1] == "、" \
            and end - span.end < 8 and not _DIGIT.search(sentence, end, next_end := clause_end(sentence, end + 1)):
        # "412名县、乡、村级河长", "42个省、市重点项目": short attributes listed before the noun counted (not the next
        # member of a list of counts: "辖9个镇、6个乡")
        after = sentence[span.end : (end := next_end)]
    if after[:1].isspace():
        after = ""  # the next cell of a table row ("固定资产投资 31.2亿元 12.5%"): another value
    if RANGE_JOIN.match(after):
        after = ""  # the lower end of a range (50～80毫米): what follows is its upper end
    if cs > 0 and sentence[cs - 1] in "：:" and not pre:
        after = ""  # the value of a label ("起始价：96400万元｜成交价：…"): the label, not what follows
    if after and not after.startswith(("的", "以上", "以下", "左右")):
        # (not into the next figure: "…接待游客2137.5万人次", nor its lead: "总投资额超20亿元")
        post, *next_figure = _NEXT_NUMBER.split(after[:14], 1)
        post = SUBJECT_TRAIL.sub("", post) if next_figure else post
    elif after.startswith("的"):
        # "投资1800万元的…改造项目": the size of the works named after 的, up to their head noun.
        head = _WORKS_HEAD.search(after, 1, 30)
        post = after[1 : head.end()] if head else after[1:15]
    subject = _with_what_follows(pre, post, after, span.unit).strip(" 　、")
    if len(subject) == 1 and subject == post and prev_subject and len(prev_subject) > 1 and \
            sentence[span.start - 1 : span.start] in ("、", "和", "及") and _HAN_END.search(prev_subject):
        return prev_subject[:-1] + subject  # the next of a list of counts, by its own noun: "辖9个镇、3个乡" (辖乡)
    if len(subject) < 2 and cs > 0:
        # "…产值“双70亿”目标": the measured thing stands before the quotation mark.
        ps = clause_start(sentence, cs - 1)
        prev_clause = SUBJECT_TRAIL.sub("", SUBJECT_LEAD.sub("", sentence[ps : cs - 1].strip()))
        # (not a clause with a figure of its own: "技术合同成交额首次突破500亿元，达517.3亿元" is the
        # figure before's subject again)
        own = bool(prev_subject and _DIGIT.search(prev_clause) and find_numbers(prev_clause))
        subject = prev_subject if own and prev_subject else (prev_clause + subject).strip(" 　、")
    if prev_subject:
        subject = _of_the_figure_before(subject, prev_subject)
    if _CHANGE_ONLY.fullmatch(subject) and prev_subject and not _CHANGE_ONLY.fullmatch(prev_subject):
        # (较上月上升42.8%、较去年同期上升15.7%: the second change is of the thing, not of the first)
        subject = f"{_TRAILING_CHANGE.sub('', prev_subject) or prev_subject}{subject}"
    subject = _PICTOGRAPHS.sub("", subject).strip()  # (a post's ✅ and ⭐ say nothing measured)
    subject = _SHARE_VERB_END.sub("占比", subject)  # ("其中噪声类投诉占42.1%": the share the complaints hold)
    if not subject:
        subject = prev_subject or ""
    return subject[:40]


def _of_the_figure_before(subject: str, prev_subject: str) -> str:
    """A subject that names only a measure, or "this figure", is of what the figure before measures."""
    core = _A_CHANGE_END.sub("", prev_subject)  # (what the figure before measures, without its change)
    thing = core or prev_subject
    if subject in _OF_THE_THING_BEFORE and len(prev_subject) >= 3 \
            and not prev_subject.endswith(tuple(_OF_THE_THING_BEFORE)):  # (not a measure beside it: "…死亡、…受伤")
        # "发生各类生产安全事故17起、死亡11人", "出让国有建设用地23宗，面积8650亩": a measure of the thing the figure before counts
        return _TOTAL_END.sub("", thing) + subject
    if _NAMES_NO_PART.match(subject) and core \
            and not thing.startswith(("占", "高于", "低于", "比", "较")):  # (a thing the figure before names, not a bare change)
        # "增加值同比增长10.6%，占地区生产总值的比重为9.4%", "…146.3亿元，按不变价格计算增长5.8%": the share or the change of
        # the thing the figure before measures
        return thing + subject
    # "2020年这一数字仅为61.2亿元", "力争到2027年将这一比率降至13%以下": the thing the figure before measures
    return thing if _THIS_ONE.search(subject) else subject


def _with_what_follows(pre: str, post: str, after: str, unit: str = "") -> str:
    """The words before the number, with what follows it where those alone name nothing whole."""
    if post and post == after and len(post) >= 2 and unit in _CLASSIFIERS and _HAN_ONLY.fullmatch(post) \
            and not _NO_NOUN_AFTER.match(post):
        # the things a count before them counts: "下半年将紧盯40家重点税源企业", "栎川镇下辖12个行政村" (not a time after
        # them: "自今年首批开工13个重点项目之后")
        return pre + _TIME_AFTER.sub("", post)
    if post and after.startswith("的") and (measure := _SIZE_WORD_END.search(pre)) and post not in _NO_THING:
        return post + measure["word"]  # "设立规模20亿元的产业引导基金": '产业引导基金规模' (not the verb that set it up)
    if post and (not pre or len(pre) <= 4 or pre.endswith(_MADE_OR_HELD)):
        return (pre + post) if not after.startswith("的") else (post + pre)
    return pre


_SHARE_VERB_END = compile_re(r"(?<=[\u4e00-\u9fff])(?:仅|约|只|共|合计|分别)?占$")
_PICTOGRAPHS = compile_re("[\u2190-\u21ff\u2300-\u27bf\u2b00-\u2bff\ufe0f\U0001f000-\U0001faff]+")


def period_years(text: str, language: str = "zh") -> list[str]:
    """The years in `text` that say when what follows them happened: not a comparison's base, and
    not one inside brackets closed before the end of `text` (an aside: （含2011年签约项目）).
    English: the years a period is named by ("In 2025, …", "for fiscal 2024"), not a deadline
    ("by 2030") or a base ("since 2019")."""
    if language != "zh":
        # Not the year of a base: "up from $265 million in 2024", "compared with 3.1% in 2023".
        return [m.group(1) for m in EN_PERIOD_YEAR.finditer(text)
                if not _EN_BASE.search(text, _EN_CLAUSE_START.search(text[: m.start()]).end(), m.start())]
    return [year for _, year in _year_marks(text)]


def _year_marks(text: str) -> list[tuple[int, str]]:
    """(where, year) of the Chinese period years in `text` (see period_years)."""
    if "年" not in text:
        return []
    marks = []
    for m in YEAR_RE.finditer(text):
        if _compared_from(text, m.start()) or _RECORD_SINCE.match(text, m.end()) or text.startswith("同期", m.end()) \
                or _LEVEL_OF.match(text, m.end()) or (
                text[m.start() - 1 : m.start()] in ("由", "从") and _OF_BASE.match(text, m.end())) \
                or _CLASS_BEFORE.match(text, m.end()):
            continue  # (a base: 较2023年末, 由2020年的60.1%, 恢复至2019年同期的112%, 达到2019年水平的128.5%; or where a record is
            # counted from: 为1998年以来最高水位)
        depth = 0
        for b in _BRACKET.finditer(text, m.end()):
            depth += 1 if b.group() in "(（" else -1
            if depth < 0:
                break
        if depth >= 0:
            marks.append((m.start(), m.group(1)))
    return marks


_OF_BASE = compile_re(r"(?:末|底|同期)?的")
_LEVEL_OF = compile_re(r"(?:末|底)?的?水平")
# (a year that bounds a class of things, not a time of the figure: 2000年底前建成的老旧小区, 2000年以前的老旧小区)
_CLASS_BEFORE = compile_re(r"(?:底|末)?以?前(?:[建竣修出登注成][\u4e00-\u9fff]{0,3})?[的、]")
# (the year records are counted from: 为1998年以来最高水位, 为1961年有完整气象记录以来第二高)
_RECORD_SINCE = compile_re(r"[^，。；,;]{0,12}?(?:以来|来)(?:的)?(?:同期)?(?:最|首次|新高|新低|第[二三四五六七八九十\d])")


def _compared_from(text: str, pos: int) -> bool:
    """Whether what starts at `pos` is a comparison's base (较2023年末, 比去年同期)."""
    return _COMPARED.search(text, max(0, pos - 3), pos) is not None


def _relative(m: re.Match, doc_year: str) -> str:
    """The year 今年 / 去年 / last year names, counted from the year of the document."""
    return str(int(doc_year) + _RELATIVE_OFFSET[m.group("rel").lower()])


_DEADLINE_BEFORE = compile_re(r"(?:(?:预计|力争|争取)(?:到|至)?|(?<![日月\d])到)$")  # (not a date range's 至)


_CLAUSE_END = compile_re(r"[；;。]")


def period(sentence: str, before_pos: int, context_year: str | None, language: str = "zh",
           doc_year: str | None = None) -> str | None:
    """The year a figure is of: the one the sentence names nearest to it, else the paragraph's
    (`context_year`). 今年 / 去年 (this / last year) name one too when the year the document was
    published is known (`doc_year`)."""
    window = sentence[max(0, before_pos - CUE_WINDOW) : before_pos]
    if language != "zh":
        # A year after the number counts within its clause ("…$20 billion by 2028", not "…$4.4
        # billion, and … by 2028"); one before it, within the window ("In 2025, revenue rose 18%").
        end = _EN_CLAUSE_END.search(sentence, before_pos)
        rest = sentence[before_pos : end.start() if end else len(sentence)]
        # (Not a year after "since": "the highest since records began in 1993" is history; nor a comparison's
        # base: "9% more than in 2023", "compared with 3.1% in 2023".)
        after = [(at, y) for at, y in _en_marks(rest, doc_year) if not _EN_BASE_WORD.search(rest, 0, at)]
        # (Not a deadline of an earlier clause: "… by 2027, nearly double the 65 miles repaved".)
        before = [(at, y) for at, y in _en_marks(window, doc_year)
                  if not _EN_DEADLINE.match(window, at) and not _EN_END_OF.search(window, 0, at)]
        return after[0][1] if after else before[-1][1] if before else context_year
    # Chinese names the period before the figure (2023年，产值…; 力争到2025年…). A year after it
    # names something else: the base of a comparison, a title (入选2022年…示范工厂), a date to come.
    # (a deadline's year reaches no figure past a semicolon: "预计到2045年将增至7.83亿人；…患病率已达12.4%")
    marks = [(at, y) for at, y in _year_marks(window)
             if not (_DEADLINE_BEFORE.search(window, max(0, at - 4), at) and _CLAUSE_END.search(window, at))]
    if doc_year:
        marks += [(m.start(), _relative(m, doc_year)) for m in _RELATIVE_YEAR.finditer(window)
                  if not _compared_from(window, m.start()) and not _EVENT_MONTH.match(window, m.end())
                  and not _EARLIER_VALUE.match(window, m.end())]
    return max(marks)[1] if marks else context_year


def _en_marks(text: str, doc_year: str | None) -> list[tuple[int, str]]:
    marks = []
    for m in EN_YEAR_RE.finditer(text):
        if _EN_FROM_A_BASE.search(text, 0, m.start()):
            # (not the year of a base a change is measured from, nor any after it, another base's: "up 18.6% from 5,744,000
            # in 2023, and covered 15.9 million miles", "down 4.2% from 1,551 in 2023 and well below the peak of … in 2008")
            break
        marks.append((m.start(), m.group(1)))
    if doc_year:
        marks += [(m.start(), _relative(m, doc_year)) for m in _EN_RELATIVE_YEAR.finditer(text)]
    return sorted(marks)
