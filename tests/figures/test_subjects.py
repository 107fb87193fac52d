"""Subjects, periods and quotes of figures."""

from service.figures import SentenceContext, extract_figures
from tests.figures import one


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


def test_every_quote_contains_its_number():
    s = ("实行传统产业延链行动,扎实推进投资2亿元的华沃水泥窑协同处置污泥或飞灰、锂电回收项目,"
         "投资3700万元的窑超低排放项目和投资1800万元的窑系统水泥磨系统节能降碳及大型风机改造项目;")
    figs = extract_figures(s, context=SentenceContext(section="target"))
    assert [f.text for f in figs] == ["2亿元", "3700万元", "1800万元"]
    for f in figs:
        assert f.text in f.quote and f.quote in s
        assert f.kind == "other"  # the size of a project (the convention's "投资2亿元的…项目")


def test_subject_drops_the_actor_and_the_modal_words():
    f = one("下一步，该区将力争全年完成固定资产投资180亿元。", "180亿元")
    assert f.subject == "固定资产投资" and f.kind == "target"
    assert one("全年组织应急演练不少于12次。", "12次").subject == "组织应急演练"


def test_english_quotes_and_subjects_hold_whole_words_and_whole_numbers():
    sentence = ("Exports of machinery rose 6.5% and car production reached 78,000 vehicles, the highest since 2019. "
                "The government has set a goal of lifting manufacturing output by 10% by 2030 and plans to invest "
                "£2 billion in new industrial zones.")
    figs = {f.text: f for f in extract_figures(sentence, language="en")}
    assert figs["6.5%"].quote.endswith("78,000 vehicles")
    for f in figs.values():
        at = sentence.index(f.quote)
        assert at == 0 or not sentence[at - 1].isalnum(), f.quote
        assert f.subject.split()[0] in sentence.split(), f.subject


def test_a_table_row_flattened_to_text_gives_each_value_the_rows_name():
    figs = extract_figures("固定资产投资 31.2亿元 12.5%")
    assert [(f.text, f.subject) for f in figs] == [("31.2亿元", "固定资产投资"), ("12.5%", "固定资产投资")]
    # was "固定资产投资 12.5%" and "固定资产投资 31.2亿元": the neighbouring cell
