"""Key points: the measures a document lists, one each, beside the sentences that carry its other facts."""

from __future__ import annotations

from service.pipeline import summarize
from service.schemas import DocumentSummary, SummaryOptions
from tests.support import extractive_settings

# A review: its results, then a short list of next steps whose first item the lead-in sentence holds.
REVIEW = (
    "青川县人社局2025年前三季度就业工作情况\n\n"
    "1—9月，全县城镇新增就业5286人，完成市下达年度目标6000人的88.1%。"
    "9月末城镇登记失业率为2.93%，低于3.5%的年度控制目标。\n"
    "截至9月底，全县农村劳动力转移就业达到14.6万人，其中县内就近就业5.3万人。\n"
    "今年以来累计发放创业担保贷款1.38亿元，扶持创业812人，带动就业2630人。\n"
    "开展补贴性职业技能培训1.16万人次，新取得职业技能等级证书4025人。\n\n"
    "四季度，县人社局将聚焦全年目标，重点抓好三项工作：一是确保全年城镇新增就业突破6500人；"
    "二是计划再开展补贴性职业技能培训3000人次；"
    "三是力争新认定县级就业帮扶车间10个，年底前就业服务站实现乡镇全覆盖。\n"
)


def _points(text: str) -> list[str]:
    s: DocumentSummary = summarize(text, SummaryOptions(mode="extractive"), settings=extractive_settings())
    return [k.text for k in s.key_points]


def test_the_first_item_of_a_list_a_sentence_introduces_after_a_colon_is_a_key_point_of_its_own():
    s = summarize(REVIEW, SummaryOptions(mode="extractive"), settings=extractive_settings())
    first = [k for k in s.key_points if "6500人" in k.text]
    # (was left out: only 二是 and 三是 open sentences, so only they counted as the list's items)
    assert [k.text for k in first] == ["确保全年城镇新增就业突破6500人。"]
    assert first[0].evidence[0].quote.startswith("四季度，县人社局将聚焦全年目标")  # the evidence is the whole sentence


def test_a_reviews_results_stand_beside_its_short_list_of_next_steps():
    points = _points(REVIEW)
    assert any("5286人" in p for p in points) and any("1.38亿元" in p for p in points)
    assert any("3000人次" in p for p in points)  # the steps are points too


def test_a_tables_notes_numbered_after_a_colon_are_no_list_of_measures():
    text = (
        "澜州市2025年前三季度经济运行情况\n\n"
        "前三季度，全市地区生产总值1286.4亿元，同比增长5.6%。"
        "规模以上工业增加值同比增长7.2%，高于全省平均水平1.1个百分点。\n"
        "全市固定资产投资同比增长4.8%，其中工业投资增长12.5%。\n"
        "社会消费品零售总额512.3亿元，同比增长5.1%。\n"
        "一般公共预算收入86.7亿元，同比增长3.9%，完成年度预算的76.2%。\n\n"
        "注：1.本通报数据为初步统计数据；2.部分数据因四舍五入的原因，存在总计与分项合计不等的情况；"
        "3.前三季度指1—9月。\n"
    )
    points = _points(text)
    assert not any("初步统计数据" in p or "四舍五入" in p or "1—9月。" == p[-5:] for p in points)
    assert any("1286.4亿元" in p for p in points)


def test_a_measure_written_as_a_sentence_ends_with_its_paragraph():
    text = (
        "青禾县2025年工业工作要点\n\n"
        "一是抓项目招引，力争全年新签约亿元以上工业项目40个，其中10亿元以上项目8个。\n"
        "二是抓企业培育，力争新增规上工业企业60家，规上工业产值突破900亿元。\n"
        "三是抓平台建设，确保青禾经济开发区新建标准厂房30万平方米。\n"
        "2024年，全县规上工业产值812亿元，同比增长12.8%，工业投资完成258亿元，同比增长16.1%。\n"
    )
    points = _points(text)
    # (the year's results are a point of their own, not the third measure's text)
    assert not any("30万平方米" in p and "812亿元" in p for p in points)
    assert any(p.startswith("抓平台建设") for p in points)


def test_a_quotation_is_summarized_after_who_spoke_it():
    text = (
        "镇江市重点企业争抢比拼谋突破\n\n"
        "今年中船动力力争营业收入突破16.5亿元，入库税收8000万元，新增7300万元投资项目。\n"
        "“我们有信心把企业发展好，用更优的成绩回馈社会，今年的目标是力争实现销售10亿元。”镇江苏宁广场总经理刘峰说，"
        "今年将进一步优化业态组合，完善新型业态布局，打造休闲娱乐的聚集地。\n"
        "截至2022年底，全市各项贷款余额为7938.34亿元，比年初增加950.55亿元。\n"
    )
    s = summarize(text, SummaryOptions(mode="extractive"), settings=extractive_settings())
    point = next(k for k in s.key_points if "销售10亿元" in k.text)
    assert point.text.startswith("镇江苏宁广场总经理刘峰说：“我们有信心把企业发展好")
    assert [e.quote for e in point.evidence][1] == "镇江苏宁广场总经理刘峰说"
    # (the summary holds the sentence that names the speaker right after the quotation: nothing is added)
    assert "。”镇江苏宁广场总经理刘峰说，" in s.summary and s.summary.count("刘峰说") == 1
    short = summarize(text, SummaryOptions(mode="extractive", max_chars=120), settings=extractive_settings())
    assert "镇江苏宁广场总经理刘峰说：“我们有信心" in short.summary, short.summary
    # (a quotation with nobody named after it stays as written)
    alone = summarize(text.replace("镇江苏宁广场总经理刘峰说，", ""), SummaryOptions(mode="extractive"),
                      settings=extractive_settings())
    assert "说：“" not in alone.summary and all("说：“" not in k.text for k in alone.key_points)


def test_a_sentence_that_goes_on_from_the_one_before_is_shown_after_it():
    text = (
        "舒阳市1—10月外贸运行情况\n\n"
        "据舒阳海关统计，今年1—10月，舒阳市货物贸易进出口总值1286.4亿元，同比增长7.9%。"
        "其中，出口862.5亿元，进口423.9亿元，出口、进口分别增长12.3%和4.8%，贸易顺差438.6亿元，扩大21.1%。\n"
        "全市有进出口实绩的外贸企业4127家，较上年同期增加356家。\n"
        "对共建“一带一路”国家进出口612.4亿元，同比增长11.8%，占全市外贸总值的47.6%。\n"
    )
    s = summarize(text, SummaryOptions(mode="extractive"), settings=extractive_settings())
    for written in [s.summary, *(k.text for k in s.key_points)]:
        if "出口862.5亿元" in written:
            assert "进出口总值1286.4亿元，同比增长7.9%。其中，出口862.5亿元" in written
    assert any("其中，出口862.5亿元" in k.text for k in s.key_points)
    # (with no room for the total, the part is left out: "其中，出口862.5亿元…" alone breaks down nothing)
    short = summarize(text, SummaryOptions(mode="extractive", max_chars=60), settings=extractive_settings())
    assert not short.summary.startswith("其中")


def test_an_english_sentence_that_goes_on_comes_with_its_antecedent():
    text = ("Repairs and maintenance 2024/25\n\n"
            "We completed 86,420 responsive repairs during the year, 4.2% more than in 2023/24. "
            "Of these, 94.1% were finished within our target time, up from 91.6%.\n\n"
            "Rent arrears at the end of the year were £4.3 million, down from £4.9 million.\n")
    s = summarize(text, SummaryOptions(mode="extractive"), settings=extractive_settings())
    assert "2023/24. Of these, 94.1%" in s.summary
    point = next(k for k in s.key_points if "94.1%" in k.text)
    assert point.text.startswith("We completed 86,420 responsive repairs")
    # ("It" names nothing alone either: the company comes first)
    s = summarize("Brindle & Oak trading update\n\nThe company aims to reach 750 stores by the end of FY2028. It expects to "
                  "open between 70 and 80 stores in FY2026, around half of them drive-thrus.\n", SummaryOptions(mode="extractive"),
                  settings=extractive_settings())
    assert not s.summary.startswith("It ") and not any(k.text.startswith("It ") for k in s.key_points)


def test_a_sentence_that_restates_or_breaks_down_the_one_before_comes_with_it():
    # ("Within this group, …" and "That is 78% of …" were shown alone, pointing at nothing the reader had seen)
    text = ("Quarterly crime bulletin\n\n"
            "Violence against the person accounted for 35.4% of all recorded crime, the largest share of any group. "
            "Within this group, violence with injury fell 6.1% to 2,406 offences, while stalking rose 2.9% to 2,318.\n\n"
            "The seed bank has stored 18,940 collections since 2001, covering 1,862 native species. "
            "That is 78% of our target of 2,390 species.\n")
    s = summarize(text, SummaryOptions(mode="extractive"), settings=extractive_settings())
    for opener in ("Within this group", "That is 78%"):
        point = next(k for k in s.key_points if opener in k.text)
        assert not point.text.startswith(opener), point.text


def test_a_label_and_its_value_is_no_sentence_of_the_summary_but_a_labelled_sentence_is():
    text = ("Annual report 2024/25\n\n"
            "Research income: £187.4 million (2023/24: £171.6 million).\n\n"
            "Turbines: 52 of the 74 turbines have been installed, 31 of them since June.\n\n"
            "We completed 86,420 responsive repairs during the year, 4.2% more than in 2023/24.\n")
    # (a budget the sentences fill: a page of short lines is summarized by its lines, labels and all)
    s = summarize(text, SummaryOptions(mode="extractive", max_chars=200), settings=extractive_settings())
    assert "Research income:" not in s.summary and not any(k.text.startswith("Research income") for k in s.key_points)
    assert any(k.text.startswith("Turbines: 52 of the 74 turbines have been installed") for k in s.key_points)
    # (the figure is still in the figures table)
    assert any(f.text == "£187.4 million" for f in s.figures)


def test_no_key_point_says_another_again():
    # A list of measures, and beside it a result and the part of it the next sentence breaks down: both chosen, the second
    # was written with the first before it, so the first was said twice (18 of the fingerprinted pages before 2026-12-04).
    text = (
        "澄溪县2024年电子商务发展情况\n\n"
        "2024年，全县实现网络零售额48.6亿元，同比增长23.5%，总量居全市第1位。"
        "其中，农产品网络零售额19.3亿元，同比增长31.2%，占全县网络零售额的39.7%。\n"
        "全县快递业务量达到1.26亿件，同比增长18.4%。\n\n"
        "2025年，县商务局将重点抓好三项工作：一是力争网络零售额突破55亿元；"
        "二是新培育年销售额千万元以上网商20家；"
        "三是建成县级电商直播基地1个，年内开展直播培训1000人次。\n"
    )
    points = _points(text)
    assert not [(a, b) for a in points for b in points if a is not b and a.rstrip("。") in b], points
    assert any("19.3亿元" in p for p in points)
