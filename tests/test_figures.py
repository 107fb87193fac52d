"""The number grammar on the cases that break naive extractors."""

import pytest

from service.figures import cn_to_number, extract_figures, find_numbers, parse_quantity


def one(sentence: str, text: str):
    figs = [f for f in extract_figures(sentence) if f.text == text]
    assert figs, f"{text!r} not found in {[f.text for f in extract_figures(sentence)]}"
    return figs[0]


@pytest.mark.parametrize(
    ("written", "value", "unit"),
    [
        ("1501.66亿元", 150166000000.0, "元"),
        ("千亿", 1e11, ""),
        ("26個", 26.0, "個"),
        ("15.6%", 15.6, "%"),
        ("5721万元", 57210000.0, "元"),
        ("80余家", 80.0, "家"),
        ("10万余名", 100000.0, "名"),
        ("25亿美元", 2.5e9, "美元"),
        ("10000平方米", 10000.0, "平方米"),
        ("20兆瓦", 20.0, "兆瓦"),
        ("２０％", 20.0, "%"),
        ("1,200吨", 1200.0, "吨"),
    ],
)
def test_values_and_units(written, value, unit):
    assert parse_quantity(written) == (value, unit)


def test_chinese_numerals():
    assert cn_to_number("二十三") == 23
    assert cn_to_number("千") == 1000
    assert cn_to_number("两") == 2
    assert cn_to_number("一万二千") == 12000


def test_respectively_gives_two_figures_with_their_own_subjects():
    s = "完成新开工、竣工项目数分别达4个、3个，其中50亿元以上项目1个。"
    figs = extract_figures(s)
    assert [f.text for f in figs] == ["4个", "3个", "1个"]
    assert figs[0].subject == "新开工项目数"
    assert figs[1].subject == "竣工项目数"
    assert all(f.kind == "achieved" for f in figs)


def test_percent_after_amount_inherits_subject():
    figs = extract_figures("规上工业产值突破60亿元、同比增长86%，规上工业开票销售保持两位数高速增长；")
    assert [(f.text, f.value, f.unit) for f in figs] == [("60亿元", 6e9, "元"), ("86%", 86.0, "%")]
    assert figs[0].subject == "规上工业产值"
    assert figs[1].subject.startswith("规上工业产值")


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


def test_qualifiers_are_kept_as_written():
    f = one("全年力争新招引亿元以上工业项目6个以上，其中10亿元以上工业项目2个以上。", "6个以上")
    assert f.value == 6 and f.unit == "个" and f.kind == "target"


def test_amounts_that_classify_a_noun_are_not_figures():
    texts = [f.text for f in extract_figures("全年新招引亿元以上工业项目7个，其中10亿元以上项目2个；")]
    assert texts == ["7个", "2个"]


@pytest.mark.parametrize(
    "sentence",
    [
        "发布时间: 2023-02-09 10:22 关注度:1529",
        "新闻热线:0632-8028160",
        "全面实施重点企业“1237”培育行动计划",
        "2023年，吕良镇深入学习贯彻精神。",
        "7月22日-23日，跟随考察团赴两市五地进行考察学习。",
        "加快5G工业互联网智能平台建设。",
        "第3次会议召开。",
    ],
)
def test_dates_codes_and_words_are_not_figures(sentence):
    assert find_numbers(sentence) == []


def test_every_quote_contains_its_number():
    s = ("实行传统产业延链行动,扎实推进投资2亿元的华沃水泥窑协同处置污泥或飞灰、锂电回收项目,"
         "投资3700万元的窑超低排放项目和投资1800万元的窑系统水泥磨系统节能降碳及大型风机改造项目;")
    figs = extract_figures(s, section_kind="target")
    assert [f.text for f in figs] == ["2亿元", "3700万元", "1800万元"]
    for f in figs:
        assert f.text in f.quote and f.quote in s
        assert f.kind == "target"


def test_context_examples_are_other():
    f = one("如济阳区引进台资企业80余家,投资额达到25亿美元;", "80余家")
    assert f.kind == "achieved" or f.kind == "other"
    g = extract_figures("如济阳区引进台资企业80余家,投资额达到25亿美元;", section_kind="other")
    assert {x.kind for x in g} == {"other"}


def test_english_figures():
    figs = extract_figures(
        "The city aims to raise output to $1.2 billion by 2025, while 3,000 jobs were created last year.",
        language="en",
    )
    by_text = {f.text: f for f in figs}
    assert by_text["$1.2 billion"].value == 1.2e9 and by_text["$1.2 billion"].unit == "USD"
    assert by_text["$1.2 billion"].kind == "target"
    assert by_text["3,000 jobs"].value == 3000 and by_text["3,000 jobs"].kind == "achieved"
    assert "2025" not in by_text


def test_units_that_start_with_a_multiplier_character():
    figs = extract_figures("项目建成后年发电量可达1.2亿千瓦时，累计发电4300万千瓦时。")
    assert [(f.text, f.value, f.unit) for f in figs] == [
        ("1.2亿千瓦时", 1.2e8, "千瓦时"),
        ("4300万千瓦时", 4.3e7, "千瓦时"),
    ]
    assert figs[0].subject == "年发电量"


def test_subject_drops_the_actor_and_the_modal_words():
    f = one("下一步，该区将力争全年完成固定资产投资180亿元。", "180亿元")
    assert f.subject == "固定资产投资" and f.kind == "target"
    assert one("全年组织应急演练不少于12次。", "12次").subject == "组织应急演练"
