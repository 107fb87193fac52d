"""The year a figure is of, read from its document: its own sentence, its paragraph, its section."""

from __future__ import annotations

from service.pipeline import summarize
from service.schemas import SummaryOptions
from tests.support import extractive_kinds, extractive_settings

NOTICE = """华远科技2024年年度业绩快报

一、2024年度主要财务数据和指标

报告期内，公司实现营业总收入12.56亿元，较上年同期增长8.3%；基本每股收益0.42元。

二、经营业绩和财务状况情况说明

报告期内，公司新能源业务收入达到4.3亿元，同比增长36%。

2025年，公司力争实现营业收入15亿元。
"""


def test_a_numbered_heads_year_or_the_titles_is_the_period_of_the_figures_under_it():
    s = summarize(NOTICE, SummaryOptions(mode="extractive"), settings=extractive_settings())
    periods = {f.text: f.period for f in s.figures}
    assert periods["12.56亿元"] == periods["0.42元"] == "2024"  # under 一、2024年度…
    assert periods["4.3亿元"] == "2024"  # under a head with no year: the title's
    assert periods["15亿元"] == "2025"  # its own paragraph names its year


BULLETIN = """江州市2024年国民经济和社会发展统计公报

一、综合

初步核算，全年全市地区生产总值5862.47亿元，比上年增长5.6%。全年城镇新增就业8.93万人，完成年度目标的111.6%。

二、农业

全年粮食播种面积185.62万亩，比上年增加1.20万亩；粮食总产量76.84万吨，增长1.9%。
"""

TWO_YEARS = """经开区2022年经济社会发展总体情况和2023年工作打算汇报

一、主要指标

预计全年实现地区生产总值685亿元，增长8.5%左右，实现规模以上工业产值2220亿元。
"""


def test_a_chinese_title_that_names_one_year_dates_the_figures_of_heads_that_name_none():
    s = summarize(BULLETIN, SummaryOptions(mode="extractive"), settings=extractive_settings())
    figures = {f.text: f for f in s.figures}
    assert {f.period for f in s.figures} == {"2024"}
    # the year's harvest after the year's sown area and "；" is a result of the year, as that area is (the
    # season's work, not a profile: the annotated pages read it so); a completion rate is the figure's
    assert figures["76.84万吨"].kind == "achieved" and figures["185.62万亩"].kind == "achieved"
    assert figures["111.6%"].subject == "城镇新增就业完成年度目标比例"
    s = summarize(TWO_YEARS, SummaryOptions(mode="extractive"), settings=extractive_settings())
    assert {f.period for f in s.figures} == {None}  # two years in the title: it does not say which


def test_a_forecasts_year_is_not_carried_to_the_sentences_after_it():
    text = ("糖尿病防治研究进展\n\n据估计，2021年全球成人糖尿病患者约5.37亿人，预计到2045年将增至7.83亿人。"
            "二甲双胍是一线用药，但约20%的患者在用药初期出现胃肠道反应，约5%的患者因此停药。\n")
    s = summarize(text, SummaryOptions(mode="extractive"), settings=extractive_settings())
    assert {f.period for f in s.figures if f.text in ("约20%", "约5%")} != {"2045"}
    assert all(f.period != "2045" for f in s.figures if f.text in ("约20%", "约5%"))


def test_the_dates_of_a_bodys_history_are_not_carried_to_its_standing_make_up():
    text = ("滢川燃气有限公司2024年度经营报告\n\n公司前身为始建于1972年的滢川煤气厂，2009年整体划入滢川城投集团。"
            "公司现有储配站3座，燃气管网总长1860公里，服务用户约64万户。\n")
    s = summarize(text, SummaryOptions(mode="extractive"), settings=extractive_settings())
    assert {f.period for f in s.figures if f.text in ("3座", "1860公里", "约64万户")} == {"2024"}  # not 2009


def test_a_document_named_as_a_plan_gives_targets_from_its_start():
    text = ("洛屿市2025年为民办实事项目清单\n\n经市人民代表大会票决，2025年市政府确定实施为民办实事项目40项。\n\n"
            "1. 新建、改扩建公办幼儿园12所，新增公办学位3600个。\n2. 新增公交线路10条，公交站点500米覆盖率达到95%。\n")
    s = summarize(text, SummaryOptions(mode="extractive"), settings=extractive_settings())
    kinds = {f.text: f.kind for f in s.figures}
    assert kinds["12所"] == kinds["3600个"] == kinds["10条"] == "target"


def test_a_review_under_a_title_naming_a_plan_too_and_a_head_of_work_done_are_results():
    text = ("岚桥经济开发区2025年工作情况和2026年工作计划\n\n一、2025年工作情况\n\n"
            "全年实现规上工业总产值312.6亿元，同比增长9.1%。\n\n二、重点工作进展\n\n"
            "全年新签约项目21个，协议投资96.4亿元。\n\n三、2026年工作计划\n\n力争规上工业总产值突破350亿元。\n")
    s = summarize(text, SummaryOptions(mode="extractive"), settings=extractive_settings())
    kinds = {f.text: f.kind for f in s.figures}
    assert kinds["312.6亿元"] == kinds["9.1%"] == kinds["21个"] == kinds["96.4亿元"] == "achieved"
    assert kinds["350亿元"] == "target"



def test_the_measures_a_report_of_work_done_names_are_the_measures_it_took():
    text = ("云岭市2024年主汛期防汛工作情况通报\n\n今年入汛以来，全市先后遭遇多轮强降雨过程。\n\n二、主要工作措施\n\n"
            "汛前全市落实各级防汛责任人2816名，排查各类风险隐患412处。\n\n三、下一步工作措施\n\n"
            "力争9月底前完成水毁工程修复22处。\n")
    s = summarize(text, SummaryOptions(mode="extractive"), settings=extractive_settings())
    kinds = {f.text: f.kind for f in s.figures}
    assert kinds["2816名"] == kinds["412处"] == "achieved"
    assert kinds["22处"] == "target"
    # (a plan's or a speech's measures are still what it will do)
    plan = ("在全区重点项目推进会上的讲话\n\n今年以来，全区重点项目建设取得积极成效。\n\n二、主要措施\n\n"
            "新开工亿元以上项目20个，完成投资80亿元。\n")
    kinds = extractive_kinds(plan)
    assert kinds["20个"] == kinds["80亿元"] == "target"

def test_last_years_results_on_a_page_about_this_year_are_background():
    from service.extractive.sections import figures_in_context
    from service.segment import segment

    text = ("今年以来，全县新增城镇就业6215人，引进各类人才1320名。\n\n去年全年，全县引进各类人才1108名。\n\n"
            "去年同期，全县地区生产总值增速为4.9%。")
    sentences = segment(text)
    figs = [f for fs in figures_in_context(sentences, [], "zh").values() for f in fs]
    assert [(f.text, f.kind) for f in figs] == [
        ("6215人", "achieved"), ("1320名", "achieved"), ("1108名", "other"), ("4.9%", "other")]
    # A January review names no current period: its 去年 is the year it reviews.
    review = segment("去年，全县实现地区生产总值286.4亿元，增长6.8%。\n\n新的一年，力争增长7%左右。")
    figs = [f for fs in figures_in_context(review, [], "zh").values() for f in fs]
    assert [(f.text, f.kind) for f in figs][:2] == [("286.4亿元", "achieved"), ("6.8%", "achieved")]


def _kinds(text: str, doc_year: str | None = None) -> list[tuple[str, str]]:
    from service.extractive.sections import figures_in_context
    from service.segment import segment

    return [(f.text, f.kind) for fs in figures_in_context(segment(text), [], "zh", doc_year=doc_year).values()
            for f in fs]


def test_results_of_a_year_two_or_more_before_the_pages_are_history():
    page = ("2024年，全市地区生产总值完成2688亿元，同比增长6.1%；规上工业企业达到1126家。\n\n"
            "2020年，全市地区生产总值为2315亿元。全市一般公共预算收入在2021年首次突破150亿元。\n\n"
            "2023年，全市地区生产总值为2533亿元。")
    assert _kinds(page) == [("2688亿元", "achieved"), ("6.1%", "achieved"), ("1126家", "achieved"),
                            ("2315亿元", "other"), ("150亿元", "other"),
                            ("2533亿元", "achieved")]  # (last year: `last_years` decides, and this page names no period)
    # The page's year is its publication's when known: a page of 2026 on 2024 cites it as history.
    assert _kinds("2024年，全县新增规上工业企业38家。", doc_year="2026") == [("38家", "other")]
    assert _kinds("2024年，全县新增规上工业企业38家。", doc_year="2025") == [("38家", "achieved")]


def test_a_page_that_reviews_a_run_of_years_keeps_their_results():
    review = ("工业强县三年攻坚行动（2022—2024年）成效明显。2022年，全县新增规上工业企业41家；"
              "2023年新增53家。\n\n2021年，全县规上工业企业为260家。三年累计新增规上工业企业152家。\n\n"
              "2024年，全县规上工业产值812亿元，同比增长12.8%；工业投资完成258亿元。")
    assert _kinds(review) == [("41家", "achieved"), ("53家", "achieved"), ("260家", "other"),
                              ("152家", "achieved"), ("812亿元", "achieved"), ("12.8%", "achieved"),
                              ("258亿元", "achieved")]
    since = "2021年以来，全市累计引进项目286个。2022年，全市引进项目92个。2024年，全市引进项目103个。"
    assert [k for _, k in _kinds(since)] == ["achieved", "achieved", "achieved"]
    plan = "“十四五”以来，2022年全县完成投资98亿元。2024年全县完成投资126亿元。"
    assert [k for _, k in _kinds(plan)] == ["achieved", "achieved"]


def test_a_current_period_without_its_year_is_of_the_year_the_page_was_published():
    half = "上半年，全县实际使用外资2860万美元，同比增长21.5%。\n\n2023年全年，全县实际使用外资4150万美元。"
    assert _kinds(half, doc_year="2024") == [("2860万美元", "achieved"), ("21.5%", "achieved"),
                                             ("4150万美元", "other")]
    months = "前10个月，鹭湾港完成集装箱吞吐量268万标箱，同比增长18.7%。\n\n2023年，鹭湾港完成集装箱吞吐量262万标箱。"
    assert _kinds(months, doc_year="2024")[-1] == ("262万标箱", "other")
    # (a page of no known date keeps last year's results as they read)
    assert _kinds(half)[-1] == ("4150万美元", "achieved")


def test_a_lead_of_some_months_names_no_current_period():
    # "提前3个月" is a project finished early, not the first three months of a year: a review of 2024
    # published in 2025 keeps 2024's results.
    review = ("2024年，全县出入口通行量达3128.6万辆次，同比增长5.4%。\n\n"
              "澜峒高速公路项目全线贯通，建设工期提前3个月，完成投资12.3亿元。")
    assert _kinds(review, doc_year="2025")[:2] == [("3128.6万辆次", "achieved"), ("5.4%", "achieved")]
    # (the first months of this year still name it: last year's figure is the comparison)
    months = "今年前3个月，全县通行量达812万辆次。\n\n2024年，全县通行量达3128.6万辆次。"
    assert _kinds(months, doc_year="2025")[-1] == ("3128.6万辆次", "other")


def _en_kinds(text: str, doc_year: str = "2025") -> dict[str, str]:
    from service.extractive.sections import figures_in_context
    from service.segment import segment

    return {f.text: f.kind for fs in figures_in_context(segment(text), [], "en", doc_year=doc_year).values() for f in fs}


def test_an_english_result_of_a_year_two_or_more_before_the_pages_is_history():
    text = ("In 2025, employment in the region rose 1.2% to 2.1 million, and the region added 38,400 jobs.\n\n"
            "The region's nominal output was £58.3 billion in 2023. Sales rose 8.7% to $4.6 billion, compared "
            "with $4.2 billion in fiscal 2023, while operating income increased 12.4% to $611 million.")
    figs = _en_kinds(text)
    assert figs["£58.3 billion"] == "other"
    assert figs["38,400 jobs"] == "achieved" and figs["$611 million"] == "achieved"  # (2023 dates the baseline only)


def test_an_english_page_that_says_how_long_a_body_has_served_reviews_no_years():
    text = ("We have served the district since 1988. In 2024/25 our volunteers drove 412,600 miles and we made 38,900 "
            "passenger trips.\n\nIn 2019 there were 26 rural bus routes in the district; today there are 17.")
    figs = _en_kinds(text)
    assert figs["38,900 passenger trips"] == "achieved" and figs["26 rural bus routes"] == "other"
    # (a running total since a year still reviews it: "212 trips with us since 2017")
    counted = ("Edith has made 212 trips with us since 2017.\n\nIn 2019 she made 31 trips with us.\n\n"
               "In 2024/25 we made 38,900 passenger trips.")
    assert _en_kinds(counted)["31 trips"] == "achieved"
    # (nor does a sentence whose only figure is a span of time: "since 1965, under a 60-year lease")
    lease = ("The trust has run the harbour since 1965 under a 60-year lease. In 2024/25 it handled 1,210 ship calls."
             "\n\nIn 2019 there were 14 berths in use; today there are 11.")
    assert _en_kinds(lease)["14 berths"] == "other"


PROGRESS = """鹤汀区2024年城市更新工作进展情况

一、总体进展

全年新开工城市更新项目9个，累计完成投资11.8亿元，同比增长15.7%。2019—2023年，全区共改造老旧小区148个；全县林业总产值达到46.3亿元，2023年这一数字为43.1亿元。

二、全年预期和下一步工作

2023年，全区城市更新投资总额10.2亿元。2025年力争完成投资13亿元。
"""

WORK_REPORT = """2025年政府工作报告

一、2024年工作回顾

2024年，全市地区生产总值达到1862.5亿元，增长5.8%；规上工业增加值增长7.2%；新增城镇就业2.3万人。

二、2025年主要目标

2025年，全市地区生产总值力争增长6%左右。
"""


def test_a_clause_on_an_earlier_year_than_the_titles_is_background_even_in_a_plans_section():
    s = summarize(PROGRESS, SummaryOptions(mode="extractive"), settings=extractive_settings())
    kinds = {f.text: f.kind for f in s.figures}
    assert kinds["148个"] == kinds["43.1亿元"] == kinds["10.2亿元"] == "other"
    assert kinds["11.8亿元"] == kinds["46.3亿元"] == "achieved" and kinds["13亿元"] == "target"
    # A report titled with this year that reviews last year keeps that year's results
    r = summarize(WORK_REPORT, SummaryOptions(mode="extractive"), settings=extractive_settings())
    kinds = {f.text: f.kind for f in r.figures}
    assert kinds["1862.5亿元"] == kinds["2.3万人"] == "achieved" and kinds["6%左右"] == "target"


MONTHLY_EN = """Waiting times: performance report

Patients seen within four hours rose to 58.4% in May, up from 56.3% in April and 54.9% in April 2024.

Patients waiting more than 52 weeks fell to 1,912 in May.
"""


def test_an_english_figure_of_a_month_of_an_earlier_year_is_the_comparison():
    s = summarize(MONTHLY_EN, SummaryOptions(mode="extractive"), settings=extractive_settings())
    kinds = {f.text: f.kind for f in s.figures}
    assert kinds["58.4%"] == "achieved" and kinds["54.9%"] == "other"


YEAR_REVIEW = """青崖县林业局2024年林业生态建设工作情况报告

一、主要工作

总投资2.1亿元的国家储备林建设项目年内完成造林0.8万亩。全县确保32个续建项目年内全部竣工。

二、2025年工作要点

年内完成投资4亿元，新造林1.2万亩。
"""


def test_on_a_page_reviewing_the_year_work_done_within_it_is_a_result_and_a_plans_head_gives_plans():
    s = summarize(YEAR_REVIEW, SummaryOptions(mode="extractive"), settings=extractive_settings())
    kinds = {f.text: f.kind for f in s.figures}
    assert kinds["0.8万亩"] == "achieved" and kinds["32个"] == "target"  # (确保: a plan word of its own)
    assert kinds["4亿元"] == kinds["1.2万亩"] == "target"  # (under 工作要点)


def test_a_tables_head_is_no_section_head():
    text = ("云桥市住房和城乡建设局关于2024年城镇老旧小区改造工作情况的报告\n\n一、改造工作进展\n\n各区县改造进度如下表：\n\n"
            "区县 | 年度任务 | 已完工 | 完工率\n云东区 | 58个 | 52个 | 89.7%\n云西区 | 46个 | 41个 | 89.1%\n\n"
            "全年改造各类老旧管网512公里，加装电梯186部。\n")
    kinds = extractive_kinds(text)
    assert kinds["58个"] == "target" and kinds["52个"] == kinds["89.7%"] == "achieved"
    assert kinds["512公里"] == kinds["186部"] == "achieved"  # ("年度任务" names a column, not a plan section)


def test_a_plans_paragraph_opening_on_an_earlier_year_reviews_that_year():
    text = ("澜州市2025年全民健身工作要点\n\n"
            "2024年，全市新建健身步道186公里，经常参加体育锻炼人口比例达到41.2%。全年新增社会体育指导员1380名。\n\n"
            "2025年全市全民健身工作的主要目标是：经常参加体育锻炼人口比例达到42.5%。\n\n"
            "一、完善全民健身设施网络\n\n1.新建健身步道120公里。\n")
    kinds = extractive_kinds(text)
    assert kinds["186公里"] == kinds["41.2%"] == kinds["1380名"] == "achieved"
    assert kinds["42.5%"] == kinds["120公里"] == "target"


def test_a_head_naming_the_later_year_of_a_review_and_plan_title_is_the_plans():
    text = ("关于青枫区2024年预算执行情况和2025年预算草案的报告\n\n一、2024年预算执行情况\n\n"
            "全区一般公共预算收入预计完成42.36亿元，同比增长5.6%。\n\n二、2025年预算草案\n\n"
            "全区一般公共预算收入安排44.05亿元，增长4.0%。\n\n三、扎实做好2025年财政工作\n\n一般性支出再压减5%以上。\n")
    kinds = extractive_kinds(text)
    assert kinds["42.36亿元"] == kinds["5.6%"] == "achieved"
    assert kinds["44.05亿元"] == kinds["4.0%"] == kinds["5%以上"] == "target"


def test_the_measures_of_a_years_report_are_the_ones_taken():
    text = ("云屏理工大学2024届毕业生就业质量年度报告\n\n第一章　毕业去向落实情况\n\n总体去向落实率为91.37%。\n\n"
            "第四章　就业工作主要举措\n\n学校全年举办大型双选会6场、专场宣讲会1,043场。\n")
    kinds = extractive_kinds(text)
    assert kinds["6场"] == kinds["1,043场"] == "achieved"


def test_a_page_titled_with_its_year_is_of_that_year_whenever_it_was_published():
    text = ("2024年全市消费品市场运行情况\n发布时间：2025-01-26　　来源：市商务局\n\n"
            "2024年，中央和省共下达我市消费品以旧换新资金4.2亿元，已兑付3.91亿元。\n\n"
            "全年全市实现社会消费品零售总额1286.4亿元，同比增长5.3%，增速比前三季度加快0.4个百分点。\n\n"
            "年内新增入库限额以上商贸单位187家。\n")
    kinds = extractive_kinds(text)
    assert kinds["4.2亿元"] == kinds["3.91亿元"] == kinds["1286.4亿元"] == kinds["187家"] == "achieved"


def test_a_plan_at_a_review_items_end_ends_with_its_paragraph_and_a_head_of_both_leaves_it_to_the_sentences():
    text = ("青岑县供销合作社2024年工作总结和2025年工作计划\n\n一、2024年工作完成情况及2025年目标\n\n"
            "（一）经营规模稳步扩大。全年全系统实现销售总额48.6亿元，同比增长7.9%。\n\n"
            "（二）村社共建持续推进。年内新增共建村41个。下一步计划每年新增共建村40个以上。\n\n"
            "（三）农资保供有力有效。全年销售化肥18.6万吨。\n\n二、2025年重点工作\n\n新建村级综合服务社20个。\n")
    kinds = extractive_kinds(text)
    assert kinds["48.6亿元"] == kinds["7.9%"] == kinds["41个"] == "achieved"
    assert kinds["40个以上"] == "target" and kinds["18.6万吨"] == "achieved"  # (the next item reviews again)
    assert kinds["20个"] == "target"


def test_a_head_naming_a_years_state_and_the_next_years_goals_leaves_it_to_the_sentences():
    text = ("云岫市发展和改革委员会关于全市2024年充电基础设施建设运营情况及2025年工作安排的报告\n\n市人民政府：\n\n"
            "2024年，市发展改革委认真贯彻部署要求，全市充电基础设施建设取得积极进展。\n\n"
            "一、2024年建设运营情况及2025年目标\n\n（一）设施规模快速扩大。年末全市公共充电桩1.52万台，同比增长38.2%。"
            "2025年力争新增充电桩1.6万台。\n")
    kinds = extractive_kinds(text)
    assert kinds["1.52万台"] == kinds["38.2%"] == "achieved" and kinds["1.6万台"] == "target"


def test_a_bulletins_key_work_is_work_done_and_a_lead_in_line_is_no_sections_title():
    text = ("2024年溪港市生态环境状况公报（摘要）\n\n一、环境空气质量\n\n全市优良天数比率为88.5%。\n\n"
            "二、污染防治重点工作\n\n全年完成大气污染防治重点项目126个，新建改造城镇污水管网146公里。\n\n"
            "三、2025年主要目标\n\n优良天数比率达到89%。\n")
    kinds = extractive_kinds(text)
    assert kinds["126个"] == kinds["146公里"] == "achieved" and kinds["89%"] == "target"
    speech = ("在金渠经济开发区2025年三季度重点项目推进会上的讲话\n\n一、前三季度项目推进情况\n\n全区新开工项目12个。\n\n"
              "在肯定成绩的同时，我们也要清醒看到，距离全年目标任务还有不小差距，主要表现在：\n\n"
              "全区技改投资完成12.3亿元，同比下降3.2%。\n\n二、全力以赴冲刺四季度目标任务\n\n确保新开工项目8个。\n")
    kinds = extractive_kinds(speech)
    assert kinds["12.3亿元"] == kinds["3.2%"] == "achieved" and kinds["8个"] == "target"


def test_a_planned_outage_done_in_the_year_is_no_plan():
    assert extractive_kinds("云泽水务集团2024年度供水服务报告\n\n全年实施计划性停水46次。\n")["46次"] == "achieved"


def test_a_head_naming_a_years_problems_and_the_next_years_measures_leaves_it_to_the_sentences():
    text = ("桐安市科学技术局2024年工作总结和2025年工作计划\n\n一、2024年主要指标完成情况\n\n"
            "2024年，全市新认定高新技术企业218家。\n\n三、2024年存在问题及2025年改进举措\n\n"
            "对照高质量发展要求，全市科技工作仍存在一些短板。一是基础研究经费占全社会研发经费的比重仅为2.8%，低于全省平均水平。\n\n"
            "2025年，市科技局将设立基础研究专项资金5000万元，力争基础研究经费占比提高到3.5%。\n")
    kinds = extractive_kinds(text)
    assert kinds["218家"] == kinds["2.8%"] == "achieved"
    assert kinds["5000万元"] == kinds["3.5%"] == "target"


def test_a_head_that_reviews_the_year_then_names_next_years_aim_leaves_it_to_the_sentences():
    text = ("鹭门峡风景名胜区管理委员会关于2024年度经营情况的报告\n\n县人民政府：\n\n"
            "景区位于桑屿县东北部。\n\n三、项目建设加快推进，明年计划投资更大\n\n"
            "全年实施建设项目9个，完成投资3.74亿元。2025年计划实施项目12个。\n")
    kinds = extractive_kinds(text)
    assert kinds["9个"] == kinds["3.74亿元"] == "achieved" and kinds["12个"] == "target"


def test_the_measures_of_a_bulletin_on_the_years_situation_are_the_measures_it_took():
    text = ("溯城市2024年全市道路交通安全形势通报\n\n一、道路交通事故情况\n\n全年全市共发生道路交通事故742起。\n\n"
            "三、主要工作措施\n\n1. 严查重点交通违法。全年共查处各类交通违法行为98.6万起，同比增长7.4%。\n\n"
            "四、2025年工作目标\n\n力争道路交通事故死亡人数下降5%以上。\n")
    kinds = extractive_kinds(text)
    assert kinds["98.6万起"] == kinds["7.4%"] == "achieved"
    assert kinds["5%以上"] == "target"


def test_a_head_naming_a_half_years_work_and_the_next_halfs_plan_leaves_it_to_the_sentences():
    text = ("梧川街道办事处2025年上半年工作总结和下半年工作计划\n\n辖区面积6.8平方公里。\n\n一、上半年主要工作和下半年打算\n\n"
            "（一）经济运行稳中有进。上半年，街道完成税收4.86亿元，同比增长5.2%；下半年将紧盯重点税源企业，力争全年税收突破9.5亿元。\n\n"
            "招商引资方面，上半年新引进企业126家；下半年计划再引进企业80家以上。\n")
    kinds = extractive_kinds(text)
    assert kinds["4.86亿元"] == kinds["5.2%"] == kinds["126家"] == "achieved"
    assert kinds["9.5亿元"] == kinds["80家以上"] == "target"


def test_an_english_financial_year_with_a_dash_is_no_span_reviewed_and_a_year_after_an_opening_phrase_dates_history():
    text = ("Annual report 2024-25\n\n"
            "In 2024-25 the trust carried out 41,200 planned operations, up 6% on 2023-24.\n\n"
            "In 2020-21, the first full year of the scheme, qualifying spend was £284 million.\n\n"
            "Before the pandemic, in 2019/20, the trust carried out 36,400 planned operations.\n")
    kinds = extractive_kinds(text)
    assert kinds["41,200 planned operations"] == "achieved"
    assert kinds["£284 million"] == kinds["36,400 planned operations"] == "other"


def test_a_head_over_a_gap_that_narrowed_reports_results_and_one_over_gaps_to_close_does_not():
    page = ("前三季度全县经济运行情况分析\n\n一、工业生产较快增长\n前三季度，全县规模以上工业增加值同比增长9.2%。\n\n"
            "二、居民收入持续增长，城乡差距继续缩小\n前三季度，全县居民人均可支配收入28416元，同比增长5.9%。\n")
    # ("差距" named a study trip's lessons: a head over the gap a result narrowed read as background)
    assert extractive_kinds(page)["28416元"] == "achieved"
    lessons = page.replace("二、居民收入持续增长，城乡差距继续缩小", "二、对标先进找差距")
    assert extractive_kinds(lessons)["28416元"] == "other"
