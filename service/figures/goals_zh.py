"""A goal a Chinese sentence sets a result against, named after its value: "森林火灾受害率为0.02‰，远低于省定0.9‰的控制
指标" ('省定森林火灾受害率控制指标', not '远低于省定'), "管网漏损率降至8.42%，低于省定9%的年度考核目标". The goal is of
the thing the result before it measured."""

from __future__ import annotations

from ..re_cache import compile_re
from .numbers import NumberSpan

# What sets the value against the result before it, and whose goal it is: 远低于省定, 优于国家, 控制在市下达.
_SET_AGAINST = compile_re(r"(?:远|均|也|仍|分别)?(?:低于|高于|优于|好于|少于|快于|超过|控制在)(?P<owner>省定|市定|国家|全省|全市"
                          r"|省下达|市下达|上级下达|省级|市级)?的?$")
# The goal named after the value: 的控制指标, 以内的年度考核目标, 的目标值.
_GOAL_AFTER = compile_re(r"(?:以内|以下|以上)?的(?P<goal>(?:年度|年均)?(?:控制|考核|约束性|预期性)?(?:指标|目标值?|标准))")
# (a change left at the end of the result's subject: 失业率比上年同期下降 -> 失业率)
_CHANGE_LEFT = compile_re(r"(?:同比|环比|(?:比|较)(?:上年|去年)(?:同期)?)?(?:增长|下降|增加|减少|提高|上升|降至|降低)?$")


def goal_against(sentence: str, sp: NumberSpan, measured: str | None) -> str | None:
    """The subject of the goal `sp` is, when the sentence sets the result before it (`measured`: that result's subject)
    against it and names the goal after it; None when it is no such goal."""
    if not measured or not (goal := _GOAL_AFTER.match(sentence, sp.end)):
        return None
    if (against := _SET_AGAINST.search(sentence, max(0, sp.start - 10), sp.start)) is None:
        return None
    return f"{against['owner'] or ''}{_CHANGE_LEFT.sub('', measured)}{goal['goal']}"[:40]
