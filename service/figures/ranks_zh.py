"""The subject of a Chinese rank ("第3位", "第一名"): what is ranked, and among whom, as an analyst names it —
"在全省住房公积金服务质量评价中位列第2位" is the evaluation's rank (全省住房公积金服务质量评价排名), "增速居全市第7位" the
growth's rank in the city (增速全市排名), "居全市第5位" after "社会消费品零售总额…增长5.4%" that figure's."""

from __future__ import annotations

from ..re_cache import compile_re
from .clauses import clause_start
from .numbers import NumberSpan

# An evaluation the rank was given in: "在全省县域经济高质量发展综合考核中", "在省统计局9月发布的全省县域经济综合实力评价中".
_EVALUATION = compile_re(r"在(?P<name>[^，,。；;在]{2,48}?(?:考核|考评|评价|评估|评比|评定|监测|检查|排名|榜单|排行榜?|测评|结果|"
                         r"指数|比赛|竞赛|锦标赛|运动会))(?:结果)?中")
# What an evaluation's name is given with, not named by: who published it, and the peers counted in it.
_PUBLISHED = compile_re(r"^.*(?:发布|公布|公佈|發布|开展|举办|组织)的")
_PEERS = compile_re(r"\d+[个家所]?[\u4e00-\u9fff（）()、]{0,12}?(?:设区市|地级市|县（市、区）|县\(市、区\)|县（区）|区县|县市区|县区|"
                    r"市|县|区|镇|乡镇（街道）|乡镇|街道（镇）|街道|村|法院|高新区|开发区|关区|港口|机场)")
# The verbs of a rank, and the scope it is among: "位列全省", "居全市11个县（市、区）", "在全省16个设区市中排名".
_RANK_VERB = compile_re(r"(?:继续|连续[两二三四五六七八九十\d]+年|保持|均|再次|首次|跃居|跃升至|上升至|升至)?"
                        r"(?:位居|位列|排名|排位|排在|位次|居于|居|列|排)")
_SCOPE = compile_re(r"全国|全省|全市|全州|全县|全区|全镇|全乡|历史")
_IN_PEERS = compile_re(r"在[^，,。；;]{0,30}中的?")
_LEAD = compile_re(r"^(?:其中|同时|全年|今年|目前|我市|我县|我区|全市|全县|全区|全镇|该县|该市|该区)+")
# A measure that says only how it was counted, of the figure before it: 增速, 总量, 规模.
_OF_THE_FIGURE_BEFORE = compile_re(r"^(?:增速|增幅|涨幅|降幅|总量|规模|总额|份额)?$")
_CHANGE_END = compile_re(r"(?:同比|比上年|较上年)?(?:增长|下降|增加|减少|提高|上升)$")


def is_rank(span: NumberSpan) -> bool:
    return span.text.startswith("第") and span.unit in ("位", "名")


def rank_subject(sentence: str, span: NumberSpan, earlier_subject: str | None) -> str | None:
    """The subject of a rank (None when `span` is none). `earlier_subject`: what the sentence measured before the rank's
    clause, which a rank that names no measure of its own ("居全市第7位") or only how it was counted ("增速", "总量") is of."""
    if not is_rank(span):
        return None
    if evaluations := list(_EVALUATION.finditer(sentence, 0, span.start)):
        name = _PUBLISHED.sub("", evaluations[-1]["name"])
        name = _PEERS.sub("", name).strip("的 ")
        if len(name) >= 4:
            return (name if name.endswith("排名") else f"{name}排名")[:40]
    cs = clause_start(sentence, span.start)
    pre = sentence[cs : span.start]
    scope = scopes[-1] if (scopes := _SCOPE.findall(pre)) else ""  # (the peers' scope: 全市…在全省11个设区市中)
    if not scope and (among := list(_IN_PEERS.finditer(sentence, 0, cs))) and (m := _SCOPE.search(among[-1].group())):
        scope = m.group()  # (the peers named in a clause before: "在全省16个设区市中，我市空气质量综合指数排名第9位")
    # (the measure ends at the rank's verb or at the peers it is among, whichever comes first)
    end = min(m.start() if (m := pattern.search(pre)) else len(pre) for pattern in (_RANK_VERB, _IN_PEERS))
    measure = _LEAD.sub("", pre[:end]).strip()
    if scope and measure.endswith(scope):
        measure = measure[: -len(scope)]
    if _OF_THE_FIGURE_BEFORE.fullmatch(measure) and earlier_subject:
        measure = _CHANGE_END.sub("", earlier_subject) + measure
    if not measure and not scope:
        return None
    return f"{measure}{scope}排名"[:40]
