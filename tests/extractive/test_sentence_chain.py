"""A sentence with no verb of its own goes on from the sentence before it ("；其中…"): from the last figure the
writer reported there, not from a goal or a size named beside it."""

from __future__ import annotations

from tests.support import extractive_kinds

REPORT = """岚川市农业机械化工作情况的报告

一、主要指标完成情况
预计全年主要农作物耕种收综合机械化率达到86.2%，超过年初确定的85.5%的目标；其中水稻、小麦耕种收综合机械化率分别为91.8%和97.6%。
全市建成高标准农田12.6万亩，总投资3.2亿元的灌区改造项目；其中新增节水灌溉面积2.1万亩。
"""


def test_a_part_goes_on_from_the_result_not_from_the_goal_or_size_named_after_it():
    kinds = extractive_kinds(REPORT)
    assert kinds["86.2%"] == "achieved" and kinds["85.5%"] == "target"
    assert kinds["91.8%"] == kinds["97.6%"] == "achieved"
    assert kinds["3.2亿元"] == "other" and kinds["2.1万亩"] == "achieved"


def test_parts_that_add_up_to_an_earlier_figure_go_on_from_it_not_from_the_plan_after_it():
    # (3850 + 2570 = 6420: the parts break down the work done, not the 1600 still to build)
    kinds = extractive_kinds("全市充电基础设施建设推进情况\n\n一、总体进展\n"
                             "1—9月全市新建公共充电桩6420个，完成年度目标8000个的80.3%，四季度还将新建1600个以上，确保完成全年任务；"
                             "其中直流快充桩3850个、交流慢充桩2570个，快充桩占比达到60%。\n")
    assert kinds["1600个以上"] == "target"
    assert kinds["3850个"] == kinds["2570个"] == kinds["60%"] == "achieved"


def test_the_plan_for_what_is_left_is_an_aside_the_next_clause_goes_on_from_the_work_done():
    kinds = extractive_kinds("县应急管理局安全生产工作总结\n\n一、隐患排查\n"
                             "全年发现一般事故隐患4396项，已整改4318项，剩余78项全部落实整改责任和资金，确保2025年一季度前整改清零；"
                             "排查出重大事故隐患12项，全部挂牌督办并整改销号。\n")
    assert kinds["78项"] == "target" and kinds["12项"] == "achieved"
