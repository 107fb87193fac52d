"""Kinds: achieved, target or other, from the grammar of the sentence."""

from service.figures import SentenceContext, extract_figures
from tests.figures import one


def test_target_cues_decide_kind_even_before_an_achievement_verb():
    f = one("今年中船动力力争营业收入突破16.5亿元，入库税收8000万元。", "16.5亿元")
    assert f.kind == "target"
    assert one("今年中船动力力争营业收入突破16.5亿元，入库税收8000万元。", "8000万元").kind == "target"
    assert one("截至2022年底，全市各项贷款余额为7938.34亿元。", "7938.34亿元").kind == "achieved"
    assert one("截至2022年底，全市各项贷款余额为7938.34亿元。", "7938.34亿元").period == "2022"


def test_goal_named_after_the_number_is_a_target():
    f = one("围绕县委“工业产值超千亿”奋斗目标，坚定不移实施战略。", "超千亿")
    assert f.value == 1e11 and f.kind == "target"
    g = one("确保实现规上工业开票销售、规上工业产值“双70亿”目标。", "70亿")
    assert g.kind == "target" and g.value == 7e9


def test_context_examples_are_other():
    f = one("如济阳区引进台资企业80余家,投资额达到25亿美元;", "80余家")
    assert f.kind == "achieved" or f.kind == "other"
    g = extract_figures("如济阳区引进台资企业80余家,投资额达到25亿美元;", context=SentenceContext(section="other"))
    assert {x.kind for x in g} == {"other"}
