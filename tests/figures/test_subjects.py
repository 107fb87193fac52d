"""Subjects, periods and quotes of figures."""

import pytest

from service.figures import SentenceContext, extract_figures
from tests.figures import one


def test_respectively_gives_two_figures_with_their_own_subjects():
    s = "完成新开工、竣工项目数分别达4个、3个，其中50亿元以上项目1个。"
    figs = extract_figures(s)
    assert [f.text for f in figs] == ["4个", "3个", "1个"]
    assert figs[0].subject == "新开工项目数"
    assert figs[1].subject == "竣工项目数"
    assert all(f.kind == "achieved" for f in figs)


def test_rates_given_respectively_are_the_changes_of_the_figures_before_them():
    figs = extract_figures("2015年，遥观镇全年完成工业总产值442亿元，实现销售收入430亿元，同比分别增长8.9%、8.8%。")
    assert [(f.text, f.subject) for f in figs] == [
        ("442亿元", "工业总产值"), ("430亿元", "销售收入"), ("8.9%", "工业总产值增长"), ("8.8%", "销售收入增长")]


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
    # Each size is of the works named after its 的, whole, not of the clause before its 和.
    assert figs[1].subject == "窑超低排放项目投资"
    assert figs[2].subject == "窑系统水泥磨系统节能降碳及大型风机改造项目投资"
    # (the size's word alone, not the verb that set the works or the fund up: it was '产业引导基金高新区设立规模' and
    # '环湖绿道二期工程开工建设总投资' before 2026-12-04)
    assert one("高新区设立规模20亿元的产业引导基金。", "20亿元").subject == "产业引导基金规模"
    assert one("开工建设总投资4.8亿元的环湖绿道二期工程。", "4.8亿元").subject == "环湖绿道二期工程总投资"
    assert one("建成孵化面积6万平方米的科创中心。", "6万平方米").subject == "科创中心孵化面积"
    for f in figs:
        assert f.text in f.quote and f.quote in s
        assert f.kind == "other"  # the size of a project (the convention's "投资2亿元的…项目")


def test_this_figure_said_again_is_the_figure_befores_thing():
    # ('这一数字' before 2026-12-04)
    assert one("全县茶叶总产值达到28.4亿元，同比增长6.2%，2021年这一数字为19.7亿元。", "19.7亿元").subject == "茶叶总产值"
    assert one("全市规上工业增加值年均增长8.1%，2020年这一指标仅为412亿元。", "412亿元").subject == "规上工业增加值"


def test_a_count_before_the_things_it_counts_names_them():
    # (the words before it alone: '下半年将紧盯', '青川镇下辖' before 2026-12-04)
    assert one("下半年将紧盯40家重点税源企业。", "40家").subject == "下半年将紧盯重点税源企业"
    assert one("青川镇下辖14个行政村。", "14个").subject == "青川镇下辖行政村"
    assert one("自年初首批开工11个重点项目之后。", "11个").subject == "自年初首批开工重点项目"
    # (not a comparison's or a rate's base after it, nor the rest of its unit)
    assert one("按全县常住人口31.2万人计算。", "31.2万人").subject == "按全县常住人口"
    assert one("全省排名较上年提升3个位次。", "3个").subject == "排名较上年提升"


def test_a_measure_named_alone_after_a_count_is_of_the_things_counted():
    # (a bare '死亡' and '面积' before 2026-12-04; not a measure beside another: "…死亡、…受伤")
    assert one("全年共发生道路交通事故42起、死亡9人。", "9人").subject == "发生道路交通事故死亡"
    assert one("全年出让国有建设用地31宗，面积1240亩。", "1240亩").subject == "出让国有建设用地面积"
    assert one("事故造成3人死亡、5人受伤。", "5人").subject != "造成死亡受伤"


def test_a_share_or_a_change_that_names_nothing_is_of_the_thing_before():
    # (a bare '占地区生产总值的比重' and '按不变价格计算增长' before 2026-12-04; 占地面积 is a noun of its own)
    figs = extract_figures("全县旅游总收入同比增长9.1%，占地区生产总值的比重为7.6%。")
    assert figs[1].subject == "旅游总收入占地区生产总值的比重"
    figs = extract_figures("全县地区生产总值实现88.4亿元，按不变价格计算增长5.2%。")
    assert figs[1].subject == "地区生产总值按不变价格计算增长"
    figs = extract_figures("新建粮库仓容5万吨，占地面积60亩。")
    assert figs[1].subject == "占地面积"


def test_subject_drops_the_actor_and_the_modal_words():
    f = one("下一步，该区将力争全年完成固定资产投资180亿元。", "180亿元")
    assert f.subject == "固定资产投资" and f.kind == "target"
    assert one("今年以来，太平镇完成固定资产投资6亿元。", "6亿元").subject == "固定资产投资"
    # The year is the figure's period, not part of what it measures.
    f = one("力争到2026年全县新能源装机突破500兆瓦。", "500兆瓦")
    assert (f.subject, f.period) == ("新能源装机", "2026")
    assert one("1至9月，高新区园区实现规上工业总产值405.97亿元。", "405.97亿元").subject == "规上工业总产值"
    # A sector is what is measured, not who did it: it stays.
    assert one("限额以上批发业完成销售额37.5亿元。", "37.5亿元").subject == "限额以上批发业完成销售额"
    assert one("全年组织应急演练不少于12次。", "12次").subject == "组织应急演练"
    # 另有 adds a further group: neither word is what is counted.
    assert one("全县新开工项目36个，另有28部正在施工。", "28部").subject == "正在施工"
    assert one("另外新增就业岗位300个。", "300个").subject == "新增就业岗位"
    assert one("全县另有现役军人家庭2180户。", "2180户").subject == "现役军人家庭"
    # A rate's base and time belong to its unit, not to what it measures.
    assert one("码头作业效率达到每小时38.6自然箱。", "38.6自然箱").subject == "码头作业效率"
    assert one("困难群众救助标准为每人每年1.8万元。", "1.8万元").subject == "困难群众救助标准"


def test_english_quotes_and_subjects_hold_whole_words_and_whole_numbers():
    sentence = ("Exports of machinery rose 6.5% and car production reached 78,000 vehicles, the highest since 2019. "
                "The government has set a goal of lifting manufacturing output by 10% by 2030 and plans to invest "
                "£2 billion in new industrial zones.")
    figs = {f.text: f for f in extract_figures(sentence, language="en")}
    assert figs["6.5%"].quote.endswith("78,000 vehicles")
    for f in figs.values():
        at = sentence.index(f.quote)
        assert at == 0 or not sentence[at - 1].isalnum(), f.quote
        framing = {"growth", "decline", "in", "share", "of", "investment", "spending"}
        words = {w.strip(".,") for w in sentence.split()}
        assert all(w in words for w in f.subject.split() if w not in framing), f.subject
    assert figs["6.5%"].subject == "growth in Exports of machinery"
    assert figs["78,000 vehicles"].subject == "car production"
    assert figs["£2 billion"].subject == "investment in new industrial zones"


def test_a_table_row_flattened_to_text_gives_each_value_the_rows_name():
    figs = extract_figures("固定资产投资 31.2亿元 12.5%")
    assert [(f.text, f.subject) for f in figs] == [("31.2亿元", "固定资产投资"), ("12.5%", "固定资产投资")]
    # was "固定资产投资 12.5%" and "固定资产投资 31.2亿元": the neighbouring cell


def _figures(text: str) -> dict[str, object]:
    from service.pipeline import summarize
    from service.schemas import SummaryOptions

    return {f.text: f for f in summarize(text, SummaryOptions(mode="extractive")).figures}


def test_a_year_in_an_aside_or_a_comparisons_base_is_not_the_period():
    figs = _figures(
        "2012年1—4月，该县新签约项目32个，签约资金40.116亿元。"
        "其中，今年新开工项目26个（含2011年签约项目），开工率为81.25%。"
        "新开工项目到位资金3.05亿元，资金到位率17.15%。\n\n"
        "截至9月，高新区市场主体存量为36581户，较2023年末净增11152户。"
    )
    # The bracketed 2011 names the projects included, not this year's count, and is not carried on.
    assert {figs[t].period for t in ("32个", "26个", "81.25%", "3.05亿元", "17.15%")} == {"2012"}
    # 2023年末 is what the count is compared with: the paragraph names no period of its own.
    assert figs["36581户"].period is None and figs["11152户"].period is None


def test_a_change_from_a_base_of_comparison_is_a_change_of_the_figure_before_it():
    figs = {f.text: f for f in extract_figures("截至9月，高新区市场主体存量为36581户，较2023年末净增11152户。")}
    assert figs["11152户"].subject == "高新区市场主体存量较2023年末净增"
    figs = {f.text: f for f in extract_figures("全县重点项目开工率为86%，比去年同期提升10个百分点。")}
    assert figs["10个百分点"].subject == "重点项目开工率比去年同期提升"


def test_a_year_after_a_chinese_figure_does_not_date_it():
    figs = _figures("在总投资3.5亿元的创客中心项目建设现场，工人们正紧锣密鼓地施工，争取在2026年7月交付使用。")
    assert figs["3.5亿元"].period is None


def test_a_quote_starts_at_a_clause_not_inside_quotation_marks():
    s = ("今年以来，思南县共“请进来”客商237人次，其中该县四家班子领导“走出去”64人次，乡镇和县直部门外出招商180人次，"
         "先后赴广州、深圳、福建、湖北、湖南、四川、重庆等地推介招商，该县招商引资工作取得新突破。")
    figs = extract_figures(s)
    by_text = {f.text: f for f in figs}
    assert by_text["64人次"].quote.endswith("，其中该县四家班子领导“走出去”64人次")
    assert by_text["180人次"].quote == "其中该县四家班子领导“走出去”64人次，乡镇和县直部门外出招商180人次"
    for f in figs:
        assert f.quote.count("“") == f.quote.count("”"), f.quote


def test_this_year_and_last_year_count_from_the_documents_date():
    text = ("遥观镇召开经济工作会议\n\n发布时间：2016-03-09 19:29\n\n"
            "2015年，全镇完成地区生产总值150亿元。今年将完成地区生产总值164亿元，同比增长9.4%。"
            "在去年成功招引专业人才11名的基础上，继续加大引才力度。\n\n"
            "产业园一期已于去年9月并网发电，累计发电4300万千瓦时。")
    figs = _figures(text)
    assert figs["150亿元"].period == "2015"
    # 今年 is the year of the document, not the year the paragraph named before.
    assert figs["164亿元"].period == figs["9.4%"].period == "2016"
    assert figs["11名"].period == "2015"
    # 去年9月 dates the connection to the grid, not the running total after it.
    assert figs["4300万千瓦时"].period is None


def test_without_the_documents_date_this_year_keeps_the_year_the_paragraph_named():
    figs = _figures("2012年1—4月，该县新签约项目32个。其中，今年新开工项目26个，开工率为81.25%。")
    assert figs["26个"].period == figs["81.25%"].period == "2012"


def test_a_ranking_lists_number_has_the_lists_name_for_subject():
    # The number is part of a name (a county among the top hundred): the name is what it says,
    # not the words before the verb that joins it to the sentence.
    cases = {
        "涟水加快建成全国百强县的动力更强": ("百强", "全国百强县"),
        "成功跻身全国总实力千强镇": ("千强", "全国总实力千强镇"),
        "连续第四年被评为“福建省经济实力十强县”": ("十强", "福建省经济实力十强县"),
        "对制造业领军十强企业进行表彰": ("十强", "制造业领军十强企业"),
        "紧盯500强、央国企、上市公司": ("500强", "500强"),
    }
    for sentence, (text, name) in cases.items():
        [fig] = [f for f in extract_figures(sentence) if f.text == text]
        assert fig.subject == name, sentence
        assert fig.kind == "other"  # the convention: the number in a list's name


def test_a_counts_subject_after_it_stops_before_the_next_figure_and_its_lead_word():
    figs = extract_figures("全省纳入监测的286家A级旅游景区累计接待游客2137.5万人次，门票收入8.94亿元。")
    assert figs[0].subject == "纳入监测A级旅游景区累计接待游客"  # (not "…接待游客21")
    # (and 签约 keeps its 约: it is no "about" before a number)
    assert extract_figures("共签约11个项目总投资额超20亿元。")[0].subject == "签约项目总投资额"
    assert extract_figures("其中10月1日出行车流量达到峰值，为502万辆次。")[0].text == "502万辆次"


def test_a_labels_value_after_a_currency_word_is_the_labels():
    assert extract_figures("投标保证金：人民币40万元，须于投标截止时间前缴纳。")[0].subject == "投标保证金"


def test_a_share_of_something_else_is_the_figure_befores_and_a_change_after_it_is_the_figures_again():
    figs = extract_figures("全市一般公共预算收入完成286.4亿元，为预算的101.3%，同比增长4.2%。")
    assert [(f.text, f.subject) for f in figs] == [
        ("286.4亿元", "一般公共预算收入"), ("101.3%", "一般公共预算收入占预算比例"), ("4.2%", "一般公共预算收入同比增长")]
    assert extract_figures("公司研发投入2.37亿元，占营业收入的4.87%。")[1].subject == "公司研发投入占营业收入比例"
    assert extract_figures("先进制造业产值占规上工业比重达到61%。")[0].subject == "先进制造业产值占规上工业比重"
    # (a goal completed, its amount written before the share: the goal is the whole, the result before it the part; no
    # subject holds the share's number)
    figs = extract_figures("上半年，港口完成货物吞吐量1.36亿吨，完成年度计划2.7亿吨的50.4%。")
    assert [(f.text, f.subject) for f in figs] == [
        ("1.36亿吨", "港口完成货物吞吐量"), ("2.7亿吨", "年度港口货物吞吐量计划"), ("50.4%", "港口完成货物吞吐量占年度计划比例")]
    assert extract_figures("完成年度目标任务1200户的108.5%。")[1].subject == "年度目标任务完成率"


def test_a_capacity_inside_a_works_name_is_that_works_capacity():
    figs = extract_figures("总投资16亿元的年产150万台新能源汽车电驱系统项目签约落地，日处理300吨的厨余垃圾处理项目投运。")
    assert [(f.text, f.subject, f.kind) for f in figs] == [
        ("16亿元", "年产150万台新能源汽车电驱系统项目总投资", "other"), ("150万台", "新能源汽车电驱系统项目年产能", "other"),
        ("300吨", "厨余垃圾处理项目日处理能力", "other")]
    assert extract_figures("该项目总投资7.2亿元。")[0].subject == "项目总投资"  # (this project's: no bare "总投资")


def test_a_subject_ends_on_no_joiner_or_adverb_and_a_share_held_is_a_share():
    subjects = [f.subject for f in extract_figures("受理投诉412件，其中噪声类投诉占38.6%。全镇辖14个行政村和2个社区。")]
    assert subjects[1:3] == ["噪声类投诉占比", "辖行政村"]  # (not "噪声类投诉占", "辖行政村和")
    assert [f.subject for f in extract_figures("城北污水处理厂负荷率已达88.5%，单位缴存比例均为8%。")] == [
        "城北污水处理厂负荷率", "单位缴存比例"]
    # (but the end of a word stays: 总和, 普及)
    assert [f.subject for f in extract_figures("两项收入总和达5.6亿元，全县普及率达到98%。")] == ["两项收入总和", "普及率"]


def test_a_level_from_a_base_is_of_the_thing_its_own_clause_names():
    figs = extract_figures("日均代运快递包裹3.6万件，单件快递进村成本由1.2元降至0.6元，群众平均办事时间由过去的45分钟缩短至15分钟。")
    assert [(f.text, f.subject) for f in figs][1:] == [
        ("1.2元", "单件快递进村成本"), ("0.6元", "单件快递进村成本"), ("45分钟", "群众平均办事时间"), ("15分钟", "群众平均办事时间")]
    # (a base whose clause names no thing of its own is the figure before's)
    figs = extract_figures("营业收入约为7.3亿元，较2023年的1.9亿元增长2.8倍。")
    assert [f.subject for f in figs][:2] == ["营业收入", "营业收入"]


def test_the_verb_of_work_done_stays_where_dropping_it_leaves_a_bare_noun():
    figs = extract_figures("项目已完成投资3.6亿元，年内完成投资2.1亿元，累计完成投资18.4亿元。全县完成固定资产投资42.6亿元。")
    assert [f.subject for f in figs] == ["项目已完成投资", "年内完成投资", "累计完成投资", "固定资产投资"]


def test_a_batch_counted_after_its_examples_is_named_by_its_noun():
    figs = extract_figures("加快推进北港区二期、南港区铁路专用线等12个重点项目建设，确定了教育扩容、养老服务等10件民生实事。")
    assert [(f.text, f.subject) for f in figs] == [("12个", "重点项目"), ("10件", "民生实事")]  # (not "南港区铁路专用线等")


def test_the_year_a_record_is_counted_from_is_no_period():
    from service.figures.subjects import period_years

    assert period_years("支流耒河临江站出现洪峰水位58.16米，为1998年以来最高水位。") == []
    assert period_years("创2010年以来同期新高。") == []
    assert period_years("2023年以来，全镇新增企业12家。") == ["2023"]
    # (nor a year that bounds a class of things: the old estates built before it)
    assert period_years("年度计划改造2000年底前建成的老旧小区158个，已完工146个。") == []
    assert period_years("全市有建成于2000年以前的老旧小区1140个。") == []


def test_a_share_after_a_change_is_the_amounts_and_a_change_in_points_after_it_is_the_shares():
    figs = extract_figures("前4个月，我省以一般贸易方式进出口2704.3亿元，增长8.2%，占全省外贸总值的65.5%，比去年同期提升1.2个百分点。")
    assert [(f.text, f.subject) for f in figs] == [
        ("2704.3亿元", "以一般贸易方式进出口"), ("8.2%", "以一般贸易方式进出口增长"),
        ("65.5%", "以一般贸易方式进出口占全省外贸总值比例"),
        ("1.2个百分点", "以一般贸易方式进出口占全省外贸总值比例比去年同期提升")]  # (前4个月 is when, no figure)
    assert [(f.text, f.subject) for f in extract_figures("贸易顺差1246.2亿元，扩大19.4%。")][1] == ("19.4%", "贸易顺差扩大")
    assert [f.text for f in extract_figures("提前3个月完成任务。")] == ["3个月"]


def test_a_short_bracketed_aside_inside_a_noun_parts_no_clauses():
    assert extract_figures("5月末，广义货币(M2)余额325.87万亿元，同比增长7.9%。")[0].subject == "广义货币(M2)余额"
    assert extract_figures("企(事)业单位贷款增加9.87万亿元。")[0].subject == "企(事)业单位贷款增加"
    assert [f.subject for f in extract_figures("项目总投资10亿元（其中一期5亿元）。")] == ["项目总投资", "一期"]


def test_a_growth_rate_after_an_amounts_change_is_the_amounts():
    figs = extract_figures("今年全省夏粮总产量1362.8万吨，比上年增加18.6万吨，增长1.4%。")
    assert [f.subject for f in figs] == ["夏粮总产量", "夏粮总产量比上年增加", "夏粮总产量增长"]
    figs = extract_figures("全县60个重点项目已开工52个，开工率86.7%，比去年同期提升10个百分点。")
    assert figs[-1].subject == "开工率比去年同期提升"  # (points: the rate's change)


def test_a_baseline_is_the_same_thing_at_its_earlier_time_and_so_is_the_level_it_rose_to():
    figs = extract_figures("公司2024年营业收入约为7.3亿元，较2023年的1.9亿元增长约2.8倍。")
    assert [(f.subject, f.period) for f in figs] == [
        ("公司2024年营业收入", "2024"), ("公司2024年营业收入", "2023"), ("公司2024年营业收入增长", "2024")]
    figs = extract_figures("城镇化率由2020年的60.1%提高到65.2%。", context_year="2024")
    assert [(f.text, f.subject, f.period) for f in figs] == [("60.1%", "城镇化率", "2020"), ("65.2%", "城镇化率", "2024")]
    figs = extract_figures("占比由上年的41.5%提升至47.8%。", context_year="2024")
    assert figs[0].period == "2023"  # a 2024 report's 上年


def test_a_share_named_only_as_such_is_the_share_of_the_amount_before_it():
    figs = extract_figures("新能源汽车产量8.6万辆，占比达12%。")
    assert figs[1].subject == "新能源汽车产量占比"


def test_last_months_change_turned_into_this_months_is_a_baseline_and_a_result():
    figs = extract_figures("11月份，PPI环比由上月下降0.1%转为上涨0.1%。", context_year="2024")
    assert [(f.subject, f.kind, f.period) for f in figs] == [
        ("PPI环比下降", "other", None), ("PPI环比上涨", "achieved", "2024")]


def test_the_members_of_a_list_after_respectively_share_its_head_and_each_has_its_own():
    figs = extract_figures("城镇和农村居民人均可支配收入分别达到76318元和42105元，分别增长4.7%和6.3%。")
    assert [f.subject for f in figs] == ["城镇居民人均可支配收入", "农村居民人均可支配收入",  # (not "…达到76318元和")
                                         "城镇居民人均可支配收入增长", "农村居民人均可支配收入增长"]
    figs = extract_figures("滨港市、澄州市、安平市用电量分别为1126.3亿、874.5亿和702.8亿千瓦时。")
    assert [f.subject for f in figs] == ["滨港市用电量", "澄州市用电量", "安平市用电量"]
    figs = extract_figures("对韩国、日本分别进出口302.5亿元、287.6亿元，分别增长4.4%、下降1.2%。")
    assert [f.subject for f in figs] == ["对韩国进出口", "日本进出口", "对韩国进出口增长", "日本进出口下降"]
    figs = extract_figures("新建商品住宅成交4286套、成交面积48.93万平方米，环比分别下降21.4%和19.8%，同比分别上升6.7%和8.2%。")
    assert [f.subject for f in figs[4:]] == ["新建商品住宅成交上升", "成交面积上升"]
    figs = extract_figures("项目开工率、投资完成率、项目竣工率力争分别达到80%、50%和25%以上。")
    assert [f.subject for f in figs] == ["项目开工率", "投资完成率", "项目竣工率"]
    # (members written in parallel share the last one's noun: the first was '玉米' and '一季度增长' before 2026-12-04)
    figs = extract_figures("玉米、大豆机收率分别达到96.4%和88.7%。")
    assert [f.subject for f in figs] == ["玉米机收率", "大豆机收率"]
    figs = extract_figures("一季度、前三季度全县规上工业增加值分别增长6.1%、6.8%。")
    assert [f.subject for f in figs] == ["一季度全县规上工业增加值增长", "前三季度全县规上工业增加值增长"]
    # (but not past a word that sums the list up: the members' own end is unknown)
    figs = extract_figures("新材料、绿色食品两大主导产业产值分别增长14.2%和9.7%。")
    assert "新材料品" not in figs[0].subject


def test_the_two_ends_of_a_range_measure_the_same_thing():
    figs = extract_figures("公司境外销售收入约5.3亿元至5.8亿元，全市累计雨量50～80毫米。")
    assert [(f.text, f.subject) for f in figs] == [
        ("约5.3亿元", "公司境外销售收入"), ("5.8亿元", "公司境外销售收入"), ("50", "雨量"), ("80毫米", "雨量")]


def test_a_threshold_passed_and_a_level_after_it_are_the_amounts():
    figs = extract_figures("外贸进出口总额4127.5亿元，首次突破4000亿元大关，增长9.4%。")
    assert [f.subject for f in figs] == ["外贸进出口总额", "外贸进出口总额", "外贸进出口总额增长"]
    figs = extract_figures("技术合同成交额首次突破500亿元，达到517.3亿元。")
    assert [f.subject for f in figs] == ["技术合同成交额", "技术合同成交额"]  # (was '…首次突破500亿元')
    figs = extract_figures("其中10月1日出行车流量达到峰值，为502万辆次。")
    assert figs[0].subject == "10月1日出行车流量达到峰值"  # (a date is no figure before it)


def test_a_year_compared_with_or_whose_record_was_broken_dates_nothing_after_it():
    figs = extract_figures("国际航线运送旅客41.7万人次，恢复至2019年同期的112%。入境外籍旅客2.86万人次。")
    figs += extract_figures("接连打破2024年国庆假期创下的16.02万人次的纪录；2月5日当天保障航班1106架次。")
    assert all(f.period is None for f in figs)
    assert [f.text for f in extract_figures("累计加开旅客列车1.21万列，日均302列。")] == ["1.21万列", "302列"]


def test_a_subject_leaves_out_the_figure_just_before_a_class_bound_and_an_earlier_change():
    figs = extract_figures("全市共报告法定传染病12种21436例，死亡3人。")
    assert [f.subject for f in figs[:2]] == ["报告法定传染病", "报告法定传染病"]
    figs = extract_figures("流行性感冒报告病例数较上月上升42.8%、较去年同期上升15.7%。")
    assert figs[1].subject == "流行性感冒报告病例数较去年同期上升"  # (was '…较上月上升较去年同期上升')
    # (上涨 and 下跌 are changes too: '…环比上涨同比下降' and a bare '下跌' before 2026-12-04)
    figs = extract_figures("全县居民消费价格环比上涨0.4%，同比下降0.1%。")
    assert figs[1].subject == "居民消费价格同比下降"
    figs = extract_figures("进口原油52.3万吨，减少1.6%，进口均价每吨4210元，下跌5.2%。")
    assert figs[-1].subject == "进口均价下跌"
    figs = extract_figures("全市累计接种流感疫苗38.62万剂次，其中60周岁及以上老年人接种16.47万剂次。")
    assert figs[1].subject == "老年人接种"


def test_a_level_reached_from_another_and_a_posts_pictographs():
    figs = extract_figures("4号线二期开通后，地铁运营总里程将由214公里增至232.6公里。")
    assert [(f.subject, f.kind) for f in figs] == [("地铁运营总里程", "other"), ("地铁运营总里程", "target")]
    figs = extract_figures("通勤时间将由原来的约75分钟缩短至约35分钟。")
    assert [(f.subject, f.kind) for f in figs] == [("通勤时间", "other"), ("通勤时间", "target")]
    figs = extract_figures("从立项到取得施工许可证的审批时限由45天减至15天。")
    assert [(f.text, f.kind) for f in figs] == [("45天", "other"), ("15天", "achieved")]
    figs = extract_figures("申请材料由原来的11项精简为5项。")  # (reached with 为)
    assert [(f.text, f.kind) for f in figs] == [("11项", "other"), ("5项", "achieved")]
    # (from a level before an event named: the result of the period before 2026-12-04, its subject cut at 由)
    figs = extract_figures("企业注销平均用时由改造前的20天压缩至6天。")
    assert [(f.text, f.subject, f.kind) for f in figs] == [("20天", "企业注销平均用时", "other"),
                                                          ("6天", "企业注销平均用时", "achieved")]
    figs = extract_figures("4号线全线总长39.4公里，全线车站31座🎉，换乘站4座⭐。")
    assert [f.subject for f in figs[1:]] == ["全线车站", "换乘站"]  # (were '全线车站🎉', '换乘站⭐')


def test_a_value_after_a_label_and_a_colon_is_the_labels():
    figs = extract_figures("地块编号：TY2025-08｜出让面积：52386.4㎡｜起始价：96400万元｜成交价：112800万元｜溢价率：17.01%")
    assert [(f.text, f.subject) for f in figs] == [("52386.4㎡", "出让面积"), ("96400万元", "起始价"),
                                                   ("112800万元", "成交价"), ("17.01%", "溢价率")]


def test_a_year_a_record_is_counted_from_or_second_only_to_dates_nothing_after_it():
    text = ("2024年，全市年平均气温18.6℃，较常年偏高0.9℃，为1961年有完整气象记录以来第二高，仅次于2022年。"
            "年降水量1732.4毫米，较常年偏多12%。")
    figs = extract_figures(text)
    assert {f.period for f in figs if f.text in ("1732.4毫米", "12%")} == {"2024"}


def test_a_forecasts_year_dates_its_own_figure_and_none_past_its_semicolon_or_sentence():
    figs = extract_figures("2021年全球成人糖尿病患者约5.37亿人，预计到2045年将增至7.83亿人；我国成人糖尿病患病率已达12.4%。",
                           context_year="2025")
    assert [(f.text, f.period) for f in figs][:2] == [("约5.37亿人", "2021"), ("7.83亿人", "2045")]
    assert figs[2].period != "2045"


def test_a_figure_restated_in_brackets_is_the_same_thing():
    figs = extract_figures("梅雨量618.4毫米，较常年偏多近八成（78%），为1961年以来第四多。")
    assert figs[1].subject == figs[2].subject == "梅雨量较常年偏多"
    figs = extract_figures("全市地区生产总值达到1200亿元（约合170亿美元）。")
    assert [f.subject for f in figs] == ["地区生产总值", "地区生产总值"]
    figs = extract_figures("签约项目30个（占全市的25%）。")
    assert figs[1].subject != figs[0].subject  # (a share in brackets is no restatement)


def test_an_earlier_times_figure_in_brackets_names_the_same_thing_and_the_change_after_it_too():
    from service.figures import extract_figures

    subjects = {f.text: f.subject for f in extract_figures(
        "完成集装箱吞吐量41.7万标箱（上年同期为37.0万标箱），同比增长12.7%，环比下降1.8%。")}
    assert subjects["37.0万标箱"] == "集装箱吞吐量" and subjects["12.7%"] == "集装箱吞吐量同比增长"
    subjects = {f.text: f.subject for f in extract_figures(
        "全市新能源汽车保有量达到8.7万辆，新车销售中新能源车占比为41.2%（上年为29.6%）。")}
    assert subjects["29.6%"] == subjects["41.2%"] == "新车销售中新能源车占比"


def test_a_shortfalls_words_are_no_part_of_the_subject():
    figs = extract_figures("全县农村供水专职管护人员仅56人，偏远乡镇的定点康复机构仍不足3家，饮片产值的比重不到35%。")
    assert [f.subject for f in figs] == ["农村供水专职管护人员", "偏远乡镇的定点康复机构", "饮片产值的比重"]


@pytest.mark.parametrize(("sentence", "text", "want"), [
    ("目前，全县在建重点项目67个，总投资426.5亿元，其中亿元以上项目52个。", "426.5亿元", "在建重点项目总投资"),
    ("县里排定年度重点项目86个，年度计划投资48亿元。", "48亿元", "年度重点项目年度计划投资"),
    ("新增规上工业企业32家，总数达到215家。", "215家", "规上工业企业总数"),
    # (not the people a scheme reaches, nor a rate whose batch the verb before names)
    ("全年改造城镇老旧小区126个，涉及居民1.84万户，完成投资7.83亿元。", "7.83亿元", "完成投资"),
    ("截至12月底已完工45个，完工率93.8%。", "93.8%", "完工率"),
])
def test_a_bare_measure_after_a_count_is_the_counted_batchs(sentence: str, text: str, want: str):
    assert {f.text: f.subject for f in extract_figures(sentence)}[text] == want


@pytest.mark.parametrize("sentence, subject", [
    ("五年经济总量跨上4000亿元台阶。", "五年经济总量"),
    ("纺织服装产业集群规模迈上500亿元台阶。", "纺织服装产业集群规模"),
    ("全市地区生产总值跃升至1.2万亿元。", "地区生产总值"),
])
def test_a_level_reached_is_not_part_of_the_subject(sentence, subject):
    # (the verb of a step reached, 迈上…台阶, was kept at the subject's end: "五年经济总量跨上")
    assert [f.subject for f in extract_figures(sentence)] == [subject]


def test_the_places_a_county_level_count_names_keep_their_bracket():
    # "县（市、区）" is one noun: its bracket parts no clause, and its 、 lists nothing (the subject was '指导县', and the rank
    # among them '市、区')
    assert [(f.text, f.subject) for f in extract_figures("修订完善市级地震应急预案1部，指导8个县（市、区）完成预案修订；")][1] == (
        "8个", "指导县（市、区）完成预案修订")
    assert [(f.text, f.subject) for f in extract_figures("全县固定资产投资同比增长11.6%，增速居全市9个县（市、区）第3位。")][-1] == (
        "第3位", "固定资产投资增速全市排名")
    # (a bracket that lists names is an aside still: "两座生活垃圾焚烧发电厂（东郊厂、北岭厂）")
    assert extract_figures("全市两座生活垃圾焚烧发电厂（东郊厂、北岭厂）运行平稳。")[0].subject == "生活垃圾焚烧发电厂"


@pytest.mark.parametrize(("sentence", "text", "want"), [
    # (the subjects were the clause's words around the bound: '企业达到38家年交易额', '对日产厨余垃圾', '有13个项目执行率')
    ("年交易额超过1亿元的企业达到38家，比上年增加9家。", "超过1亿元", "企业年交易额门槛"),
    ("对日产厨余垃圾100公斤以上的餐饮单位实行强制分类和单独收运。", "100公斤以上", "餐饮单位日产厨余垃圾门槛"),
    ("抽查的46个项目中，有13个项目执行率低于50%，涉及预算资金5,372万元。", "50%", "项目执行率门槛"),
    ("计划培育年网络销售额超1000万元的电商企业15家。", "超1000万元", "电商企业年网络销售额门槛"),
    ("对诉讼标的额1000万元以上的重大商事案件实行院庭长领办。", "1000万元以上", "重大商事案件诉讼标的额门槛"),
])
def test_a_class_bound_is_the_threshold_of_the_class_it_draws(sentence: str, text: str, want: str):
    assert {f.text: f.subject for f in extract_figures(sentence)}[text] == want


def test_a_bands_bounds_name_no_class_threshold():
    assert not any(f.subject.endswith("门槛") for f in extract_figures("较大火灾是指造成3人以上10人以下死亡的火灾。"))


@pytest.mark.parametrize(("sentence", "text", "want"), [
    # the evaluation it was given in (was the clause's words: '在全省住房公积金服务质量评价中位列')
    ("在全省住房公积金服务质量评价中位列第2位。", "第2位", "全省住房公积金服务质量评价排名"),
    ("在省统计局9月发布的全省县域经济综合实力评价中，桐岚县位列第9位，较上年前移3位。", "第9位", "全省县域经济综合实力评价排名"),
    # what is ranked and among whom (was '居全省', '总量居全县14个乡镇')
    ("全市森林覆盖率达到63.8%，比上年提高0.3个百分点，居全省第4位。", "第4位", "森林覆盖率全省排名"),
    ("全年完成一般公共预算收入1.86亿元，同比增长7.3%，总量居全县14个乡镇第3位。", "第3位", "一般公共预算收入总量全县排名"),
    # a rank with no measure of its own is the sentence's measure's (the peers counted in its clause are not)
    ("全县规模以上工业增加值同比增长8.6%，增速比1—10月加快0.4个百分点，居全市11个县（市、区）第3位。", "第3位",
     "规模以上工业增加值全市排名"),
    ("在全省16个设区市中，我市空气质量综合指数排名第9位，比上月下降2位。", "第9位", "空气质量综合指数全省排名"),
    # and a move after a rank is the rank's
    ("在全省16个设区市中，我市空气质量综合指数排名第9位，比上月下降2位。", "2位", "空气质量综合指数全省排名比上月下降"),
])
def test_a_rank_is_named_by_what_is_ranked_and_among_whom(sentence: str, text: str, want: str):
    assert {f.text: f.subject for f in extract_figures(sentence)}[text] == want


def test_a_list_mark_after_no_figure_joins_nouns_and_the_next_count_of_a_list_is_named_by_its_noun():
    # (was '许', its 许可 cut at 、 and at 可)
    assert [(f.text, f.subject) for f in extract_figures("全年专利转让、许可5126次，同比增长17.8%；")][0] == (
        "5126次", "专利转让、许可")
    assert [(f.text, f.subject) for f in extract_figures("新建公园3个、改造绿地5处。")] == [
        ("3个", "新建公园"), ("5处", "改造绿地")]
    # (the 3个 was the towns': '辖镇')
    assert [(f.text, f.subject) for f in extract_figures("栖梧县辖9个镇、3个乡和1个省级经济开发区。")][:2] == [
        ("9个", "栖梧县辖镇"), ("3个", "栖梧县辖乡")]


@pytest.mark.parametrize(("sentence", "text", "want"), [
    # an earlier value set beside the figure is of the same thing, and the change after it the figure's (were '上年' and
    # '上年同比增长', dated the year before)
    ("征收易地建设费1265万元，上年为1165万元，同比增长8.6%。", "1165万元", "征收易地建设费"),
    ("征收易地建设费1265万元，上年为1165万元，同比增长8.6%。", "8.6%", "征收易地建设费同比增长"),
    # against its norm, and done against its plan (were '偏高' and '实际')
    ("春季平均气温17.2℃，偏高0.6℃，降水量386.2毫米。", "0.6℃", "春季平均气温偏高"),
    ("年度计划改造老旧管网80公里，实际完成86公里。", "86公里", "实际改造老旧管网"),
])
def test_the_figure_befores_thing_said_again_at_another_time_against_its_norm_or_its_plan(sentence, text, want):
    assert {f.text: f.subject for f in extract_figures(sentence)}[text] == want


def test_an_earlier_values_aside_dates_nothing_after_it():
    figs = {f.text: f for f in extract_figures("征收易地建设费1265万元，上年为1165万元，同比增长8.6%。", doc_year="2025")}
    assert figs["8.6%"].period is None and figs["1165万元"].period == "2024"


def test_a_verb_of_having_keeps_its_first_character():
    # ('华核装备拥', '每千人拥': the 有 of 拥有 was cut as a trailing 有)
    assert extract_figures("华核装备拥有27项授权发明专利。")[0].subject == "华核装备拥有授权发明专利"
    assert extract_figures("全市现有社会体育指导员1.24万名，每千人拥有3.1名。")[1].subject == "每千人拥有"


@pytest.mark.parametrize(("sentence", "text", "want"), [
    # the whole's amount in brackets (the share was '年度计划', the amount '年度计划（')
    # (a completion since 2026-12-05: '利润总额完成年度计划比例', as the pages and their annotators say it)
    ("实现利润总额1260万元，完成年度计划（1200万元）的105%。", "105%", "利润总额完成年度计划比例"),
    ("实现利润总额1260万元，完成年度计划（1200万元）的105%。", "1200万元", "年度利润总额计划"),
    # a part named in the share's own clause, with no figure before it
    ("园区规上工业总产值约占全省陶瓷产业规上产值（约1260亿元）的14.8%。", "14.8%", "园区规上工业总产值占全省陶瓷产业规上产值比例"),
    ("全市有2个县没有固定采血点，农村地区献血人次仅占全市的17.6%。", "17.6%", "农村地区献血人次占全市比例"),
])
def test_a_share_of_a_whole_whose_amount_stands_in_brackets_names_both(sentence: str, text: str, want: str):
    assert {f.text: f.subject for f in extract_figures(sentence)}[text] == want


def test_a_chinese_nouns_abbreviation_before_its_number_keeps_the_noun():
    # (the subjects were the abbreviation alone: 'GDP', 'PCI')
    assert extract_figures("全年全县地区生产总值（GDP）386.42亿元。")[0].subject == "地区生产总值（GDP）"
    assert extract_figures("独立完成经皮冠状动脉介入治疗（PCI）412例。")[0].subject == "独立完成经皮冠状动脉介入治疗（PCI）"


def _subjects(sentence: str) -> dict[str, str]:
    """The subject of each figure of a Chinese sentence read alone, by its text."""
    return {f.text: f.subject for f in extract_figures(sentence)}


def test_a_count_names_the_noun_after_its_short_attributes_listed_with_a_list_mark():
    assert _subjects("全年为42个省、市重点项目办理用地手续。")["42个"].endswith("省、市重点项目")
    assert "国、省控地表水考核断面" in _subjects("全市18个国、省控地表水考核断面中，水质优良断面17个。")["18个"]
    # (not into the next member of a list of counts)
    assert _subjects("青崖县辖9个镇、4个乡、128个行政村。")["4个"].endswith("辖乡")


def test_a_batch_counted_after_its_examples_of_many_kinds_is_named_by_its_noun():
    assert _subjects("大队与气象、水利、供电、医疗等12个部门建立应急联动机制。")["12个"] == "部门"
    assert _subjects("截至6月底，岚桥镇、石门坎乡等5个乡镇已实现规模化供水全覆盖。")["5个"] == "乡镇"


def test_a_count_after_a_verb_of_things_made_or_held_names_the_things():
    assert _subjects("今年高新区组建了8支产业链招商专班。")["8支"].endswith("组建产业链招商专班")
    assert _subjects("公司在临溪、安宁等地建有6个生产基地。")["6个"].endswith("建生产基地")
    assert _subjects("市财政设立2亿元充电基础设施发展专项资金。")["2亿元"].endswith("设立充电基础设施发展专项资金")


def test_a_prices_base_unit_is_no_part_of_its_subject_and_a_price_changed_from_one_level_is_the_same_price():
    assert _subjects("名优茶均价每公斤689元，同比上涨4.2%。")["689元"] == "名优茶均价"
    assert _subjects("上网电价执行每千瓦时0.65元。")["0.65元"] == "上网电价执行"
    assert _subjects("居民基础档气价由每立方米2.65元调整为每立方米2.86元。") == {"2.65元": "居民基础档气价", "2.86元": "居民基础档气价"}
    assert one("居民基础档气价由每立方米2.65元调整为每立方米2.86元。", "2.65元").kind == "other"


def test_a_subject_keeps_the_word_a_verb_ends_in_and_drops_the_preposition_of_a_rate():
    assert _subjects("全年查处各类交通违法行为48.7万起。")["48.7万起"] == "查处各类交通违法行为"  # (行为, not 行)
    assert _subjects("农村公路养护资金按每公里3万元计算。")["3万元"] == "农村公路养护资金"  # (按, the rate's preposition)


@pytest.mark.parametrize(("sentence", "text", "want"), [
    # the peers a rank is given among, named by their members, not by the frame (were '在全省设区市公交服务质量考核评价中',
    # '税收收入总量在全省', '居全市县（市、区）第', '在全县乡镇（街道）年度综合考核中排')
    ("在全省13个设区市公交服务质量考核评价中，鹤汀公交位列第4位。", "13个", "全省设区市数量"),
    ("全市税收收入总量在全省16个设区市中排名第4位，较上年前移1位。", "16个", "全省设区市数量"),
    ("全县规模以上工业增加值同比增长8.6%，居全市11个县（市、区）第3位。", "11个", "全市县（市、区）数量"),
    ("全镇在全县17个乡镇（街道）年度综合考核中排名第3位。", "17个", "全县乡镇（街道）数量"),
    ("在全市11家县级公立医院绩效考核中，我院排名第2位。", "11家", "全市县级公立医院数量"),
    # the field a count is taken from (were '国考断面中', '省属企业中')
    ("全市12个国考断面中，达到年度水质目标的断面11个。", "12个", "全市国考断面数量"),
    ("23家省属企业中，21家实现盈利。", "23家", "省属企业数量"),
])
def test_the_size_of_a_field_a_rank_or_a_count_is_taken_from_is_named_by_its_members(sentence: str, text: str, want: str):
    assert _subjects(sentence)[text] == want
    # (not a word's 中, nor a 中 that frames no field)
    assert not _subjects("在全县42所中小学开展“法治进校园”活动。")["42所"].endswith("数量")
    assert not _subjects("在42个项目中配建了便利店、托育点等生活服务设施。")["42个"].endswith("数量")


@pytest.mark.parametrize(("sentence", "text", "want"), [
    # some of a field's members, named by what they did (were '实现盈利', '规上工业企业中增长', '常住人口…增加的县（市、区）减少')
    ("23家省属企业中，21家实现盈利，15家利润总额同比增长。", "21家", "实现盈利的省属企业"),
    ("23家省属企业中，21家实现盈利，15家利润总额同比增长。", "15家", "利润总额同比增长的省属企业"),
    ("全县127家规上工业企业中，实现增长的有89家，增长面达70.1%。", "89家", "实现增长的规上工业企业"),
    ("全市7个县（市、区）中，常住人口增加的有4个，减少的有3个。", "3个", "减少的县（市、区）"),
    ("全县8个乡镇中有7个收购量同比增长。", "7个", "收购量同比增长的乡镇"),
    # (a count that names its own noun keeps it; a change of the count before is that count's)
    ("全市28个省考断面中，水质优良断面25个。", "25个", "水质优良断面"),
])
def test_some_of_a_fields_members_are_named_by_what_they_did_and_the_fields_members(sentence: str, text: str, want: str):
    assert _subjects(sentence)[text] == want
    assert _subjects("全区150家重点监测电商企业中，网络零售额超亿元的企业有9家，比上年同期增加2家。")["2家"] != \
        "比上年同期增加的重点监测电商企业"


def test_the_verb_of_a_relative_clause_before_a_noun_stays_in_the_subject():
    # "达到年度水质目标的断面" is the sections that reached the goal (was '年度水质目标的断面'); a leading 达到 before its
    # number is still dropped
    assert _subjects("全市12个国考断面中，达到年度水质目标的断面11个。")["11个"] == "达到年度水质目标的断面"
    assert _subjects("全年粮食总产量达到32.5万吨。")["32.5万吨"] == "粮食总产量"


@pytest.mark.parametrize(("sentence", "text", "want"), [
    # a grant's cap or rate, named by the grant after it (were '对首次在岚泽购房的青年人才给予最高', '标准给予一次性扩岗补助')
    ("对首次在岚泽购房的青年人才给予最高30万元购房补贴。", "30万元", "购房补贴上限"),
    ("对吸纳高校毕业生就业的中小微企业，按每人1500元的标准给予一次性扩岗补助。", "1500元", "一次性扩岗补助标准"),
    # (a grant of no name of its own is named by who gets it; every amount of a list or a range is of the grant after the last)
    ("市级财政对每部加装电梯给予20万元补助。", "20万元", "加装电梯补助标准"),
    ("分别给予每人800元、1500元、2000元的职业技能提升补贴。", "800元", "职业技能提升补贴标准"),
    ("对新建公共充电设施按每千瓦200元至400元的标准给予一次性建设补贴。", "400元", "一次性建设补贴标准"),
])
def test_a_grants_amount_is_its_rate_or_cap_named_by_the_grant(sentence: str, text: str, want: str):
    assert _subjects(sentence)[text] == want


def test_a_quoted_name_inside_a_noun_phrase_stays_in_the_subject():
    # (were '企业', '中小企业', '点位': the quotation marks parted clauses)
    assert _subjects("累计培育国家级专精特新“小巨人”企业30家以上。")["30家以上"] == "培育国家级专精特新“小巨人”企业"
    assert _subjects("计划新增“爱心助餐”点位30个。")["30个"] == "新增“爱心助餐”点位"
    # (a quoted name that holds a figure is a clause of its own: the figure is the name's)
    assert not _subjects("经开区开展“千名干部进千企”服务活动。")["千名"].endswith("“")


def test_a_variant_in_brackets_right_before_a_number_parts_no_clause():
    # (were '盒', '基地': the bracket's word alone)
    assert _subjects("全省寄递企业使用可循环快递箱（盒）86万个。")["86万个"] == "寄递企业使用可循环快递箱（盒）"
    assert _subjects("建成数字农业工厂（基地）24个。")["24个"] == "建成数字农业工厂（基地）"


@pytest.mark.parametrize(("sentence", "text", "want"), [
    # the recipients of a service or a grant, named by what they received (were '困难重度残疾人家庭实施无障碍', '对年满', '低保')
    ("为5860户困难重度残疾人家庭实施无障碍改造。", "5860户", "实施无障碍改造的困难重度残疾人家庭"),
    ("全年为2860名低保、低边家庭老人发放养老服务补贴343万元。", "2860名", "发放养老服务补贴的低保、低边家庭老人"),
    ("为3.2万名适龄妇女免费开展“两癌”筛查。", "3.2万名", "开展“两癌”筛查的适龄妇女"),
    ("通过“以奖代补”方式，对12个小区给予奖补资金共计360万元。", "12个", "给予奖补资金的小区"),
])
def test_a_count_of_recipients_is_named_by_what_they_received(sentence: str, text: str, want: str):
    assert _subjects(sentence)[text] == want


def test_a_note_on_what_a_count_includes_in_brackets_before_it_parts_no_clause():
    # (were '含个体工商户', '含底盘', '': the bracket's words, or nothing)
    assert _subjects("全年新增家政服务企业（含个体工商户）312家。")["312家"] == "新增家政服务企业（含个体工商户）"
    assert _subjects("出口汽车（含底盘）31.5亿元，增长58.4%。") == {"31.5亿元": "出口汽车（含底盘）", "58.4%": "出口汽车（含底盘）增长"}
    assert _subjects('新建残疾人辅助性就业机构（"阳光家园"）9个。')["9个"] == '新建残疾人辅助性就业机构（"阳光家园"）'


def test_a_share_of_a_goal_written_with_its_grouped_amount_is_the_results_share_or_the_goals_completion_rate():
    # (were '目标2,400人', '目标15,600万吨': the goal's words, its amount's comma read as a clause's)
    assert _subjects("上半年城镇新增就业1,350人，完成全年目标2,400人的56.3%。")["56.3%"] == "上半年城镇新增就业完成全年目标比例"
    assert _subjects("累计完成全年目标15,600万吨的85.0%。")["85.0%"] == "全年目标完成率"


@pytest.mark.parametrize(("sentence", "text", "want"), [
    # the rest of a batch, named by its things (were '剩余确保', '其余力争'-like words of what the rest will do)
    ("排查隐患1,742处，已整改1,698处，整改率97.5%，剩余44处确保8月底前整改到位。", "44处", "剩余隐患"),
    ("计划改造老旧小区86个，已完工80个，剩余6个因管线迁改滞后，目前仍在施工。", "6个", "剩余老旧小区"),
    ("剩余5个未开工项目将于5月底前全部开工。", "5个", "剩余未开工项目"),
])
def test_the_rest_of_a_batch_is_named_by_its_things(sentence: str, text: str, want: str):
    assert _subjects(sentence)[text] == want


@pytest.mark.parametrize(("sentence", "text", "subject"), [
    ("全年林业有害生物成灾率为0.21‰，远低于省定1.2‰的控制指标。", "1.2‰", "省定林业有害生物成灾率控制指标"),
    ("年末城镇调查失业率为4.6%，比上年下降0.2个百分点，低于5.5%的年度控制目标。", "5.5%", "年末城镇调查失业率年度控制目标"),
])
def test_a_goal_a_result_is_set_against_is_the_goal_for_what_the_result_measured(sentence: str, text: str, subject: str):
    # (it was '远低于省定' or '年度控制目标' before 2026-12-04, and a 控制指标 named after it no goal)
    figs = {f.text: f for f in extract_figures(sentence)}
    assert (figs[text].subject, figs[text].kind) == (subject, "target")


@pytest.mark.parametrize(("sentence", "subjects"), [
    ("三是人才梯队断层，40岁以下技术人员仅占一成半。", {"40岁以下": "技术人员年龄界限"}),
    ("全年为75周岁以上老年人发放高龄津贴860万元。", {"75周岁以上": "老年人年龄界限"}),
    ("为3岁至12岁困境儿童发放助学金。", {"3岁": "困境儿童年龄下限", "12岁": "困境儿童年龄上限"}),
    ("81岁的老党员黄德明说。", {"81岁": "老党员年龄"}),
    # (not the people a rule pays for one by one: 每人 names no group)
    ("按照80至89周岁每人每月100元发放。", {"89周岁": "按照"}),
])
def test_an_age_names_the_people_it_bounds_or_belongs_to(sentence: str, subjects: dict[str, str]):
    # (the words before the age were its subject before 2026-12-04: '全年为', '按照', '三是人才梯队断层' …)
    figs = {f.text: f.subject for f in extract_figures(sentence)}
    assert {text: figs[text] for text in subjects} == subjects


def test_a_change_against_a_named_years_figure_says_which_year():
    # (it was '发生交通事故下降', read as the change on last year like the 11.2% before it, before 2026-12-04)
    figs = {f.text: f.subject for f in extract_figures("全年共发生交通事故388起，较上年下降11.2%，比2020年的517起下降25.0%。")}
    assert figs["25.0%"] == "发生交通事故比2020年下降"
    assert figs["11.2%"] == "发生交通事故较上年下降"
    # (against last year, as a change says by default, no year is added)
    figs = {f.text: f.subject for f in extract_figures("村集体经营性收入达到186万元，比上年的150万元增长24%。")}
    assert figs["24%"] == "村集体经营性收入增长"
    # (nor on the year before one the sentence names first: that is a change on last year too)
    figs = {f.text: f.subject for f in extract_figures("2025年力争实现营业收入48亿元，较2024年的40亿元增长20%。")}
    assert figs["20%"] == "营业收入增长"


def test_a_yearly_average_change_with_nothing_before_it_is_of_the_figure_before():
    # (it was '年均增长' alone before 2026-12-04)
    figs = {f.text: f.subject for f in extract_figures("“十四五”以来累计完成技改投资312亿元，年均增长11.6%。")}
    assert figs["11.6%"] == "技改投资年均增长"
    # (and a bare change is no thing for the next one: '增加增长' before)
    figs = {f.text: f.subject for f in extract_figures("与上次普查的88.1万人相比，增加2.3万人，增长2.61%。")}
    assert figs["2.61%"] == "增长"


@pytest.mark.parametrize(("sentence", "subjects"), [
    ("2. 城西实验学校（新建）：规划36个班，总投资2.9亿元，新增学位1620个。",
     {"36个": "城西实验学校规划班", "2.9亿元": "城西实验学校总投资", "1620个": "城西实验学校新增学位"}),
    ("北通道：开行212列，发送1.8万标箱。", {"212列": "北通道开行", "1.8万标箱": "北通道发送"}),
    # (a heading that names an aspect owns nothing: not '怎么干财政补贴')
    ("怎么干：财政补贴1860万元。", {"1860万元": "财政补贴"}),
])
def test_a_line_labelled_with_a_place_or_works_owns_its_bare_measures(sentence: str, subjects: dict[str, str]):
    # (they were '规划班', '总投资', '开行' alone before 2026-12-04)
    figs = {f.text: f.subject for f in extract_figures(sentence)}
    assert {text: figs[text] for text in subjects} == subjects


@pytest.mark.parametrize(("sentence", "text", "subject"), [
    ("年初县政府出台《柏溪县稳就业促增收15条措施》。", "15条", "《柏溪县稳就业促增收15条措施》（名称）"),
    ("全年持续开展“百场电影进乡村”活动。", "百场", "“百场电影进乡村”（名称）"),
    # (a title that quotes its own short name is named by the title)
    ("认真落实《江岚市医疗保障基金监管“10条”措施》。", "10条", "《江岚市医疗保障基金监管“10条”措施》（名称）"),
])
def test_a_number_inside_a_quoted_or_titled_name_is_named_by_that_name(sentence: str, text: str, subject: str):
    # (the words before it were its subject before 2026-12-04: '年初县政府出台《柏溪县稳就业促增收', '持续开展' …)
    assert {f.text: f.subject for f in extract_figures(sentence)}[text] == subject


@pytest.mark.parametrize(("sentence", "text"), [
    ("力争实现“规上工业产值突破80亿元”的目标。", "80亿元"),  # a goal quoted, not a name
    ("他笑着说：“今年多卖了三千元，够给孙子添台电脑了。”", "三千元"),  # words someone said
])
def test_a_statement_in_quotation_marks_is_not_a_name(sentence: str, text: str):
    subjects = {f.text: f.subject for f in extract_figures(sentence)}
    assert "（名称）" not in subjects.get(text, "")


@pytest.mark.parametrize(("sentence", "subjects"), [
    # (the figure before names the measure when the comparison does not)
    ("优良比例为90.9%，比上年提高4.5个百分点，高于全市平均水平（88.2%）。", {"88.2%": "全市平均优良比例"}),
    ("贷款增速高于全市平均水平（9.4%）1.6个百分点。",
     {"9.4%": "全市平均贷款增速", "1.6个百分点": "贷款增速高于全市平均水平"}),
    ("销量增长12.4%，高于全省平均增速（8.9%）3.5个百分点。", {"8.9%": "全省平均增速"}),
    ("进口整体通关时间比全国平均水平（35.2小时）少3.6小时。",
     {"35.2小时": "全国平均进口整体通关时间", "3.6小时": "进口整体通关时间比全国平均水平少"}),
])
def test_a_benchmarks_level_in_brackets_is_the_wider_places_average_of_the_measure_compared(
        sentence: str, subjects: dict[str, str]):
    # (it was the comparison, '高于全市平均水平', before 2026-12-05; a gap in units after the bracket was '69.8%高')
    figs = {f.text: f.subject for f in extract_figures(sentence)}
    assert {text: figs[text] for text in subjects} == subjects


@pytest.mark.parametrize(("sentence", "text", "subject"), [
    ("基本康复服务覆盖率达到96.2%，高于全省平均水平3.4个百分点。", "3.4个百分点", "基本康复服务覆盖率高于全省平均水平"),
    ("支出执行率47.6%，低于时间进度2.4个百分点。", "2.4个百分点", "支出执行率低于时间进度"),
    # (a gap after a growth rate compares the rate)
    ("农村居民人均可支配收入2.63万元，同比增长7.1%，高于全县平均水平0.4个百分点。", "0.4个百分点",
     "农村居民人均可支配收入增速高于全县平均水平"),
    # (not a level the comparison names: "高于国家要求的90%")
    ("免疫密度达到98.6%，高于国家要求的90%。", "90%", "高于国家要求"),
])
def test_a_gap_from_a_benchmark_is_of_the_figure_befores_measure(sentence: str, text: str, subject: str):
    # (it was the comparison alone, '高于全省平均水平', before 2026-12-05)
    assert {f.text: f.subject for f in extract_figures(sentence)}[text] == subject


@pytest.mark.parametrize(("sentence", "text", "subject"), [
    ("全年新增高技能人才1.83万人，完成全年目标（2万人）的91.5%。", "91.5%", "新增高技能人才完成全年目标比例"),
    ("全年新筹集保障性租赁住房5316套（间），完成省下达年度任务4800套（间）的110.8%。", "110.8%",
     "新筹集保障性租赁住房完成省下达年度任务比例"),
    ("全年销售卷烟4.62万箱，完成省局（公司）下达计划的101.3%。", "101.3%", "销售卷烟完成省局下达计划比例"),
    # (a share that is no completion keeps its 占; a result named by its 完成 gets no second one)
    ("全年完成投资168.5亿元，完成年度计划投资150亿元的112.3%。", "112.3%", "全年完成投资占年度计划投资比例"),
])
def test_a_results_share_of_its_goal_is_its_completion_of_that_goal(sentence: str, text: str, subject: str):
    # (it was the goal's words, '目标（2万人）', where an aside in brackets stood in them, and '…占全年目标比例' before
    # 2026-12-05)
    assert {f.text: f.subject for f in extract_figures(sentence)}[text] == subject


@pytest.mark.parametrize(("sentence", "text", "subject"), [
    ("实现营业收入9.72亿元，完成年度目标80亿元的108%。", "80亿元", "年度营业收入目标"),
    ("全市城镇新增就业3.26万人，完成全年目标任务5.8万人的56.2%。", "5.8万人", "全年城镇新增就业目标任务"),
    ("全年新增高技能人才1.83万人，完成全年目标（2万人）的91.5%。", "2万人", "全年新增高技能人才目标"),
    # (a whole that names its thing keeps its name)
    ("全年完成投资168.5亿元，完成年度计划投资150亿元的112.3%。", "150亿元", "年度计划投资"),
])
def test_a_goal_named_by_its_goal_word_alone_is_the_goal_for_the_result_before_it(sentence: str, text: str, subject: str):
    # (it was the goal word alone, '年度目标', before 2026-12-05)
    assert {f.text: f.subject for f in extract_figures(sentence)}[text] == subject


def test_a_share_written_with_its_verb_alone_after_an_amount_is_that_amounts_share():
    # (it was the amount's subject again, '企业', before 2026-12-05; 占比75.8% was already the amount's share)
    assert _subjects("其中企业1.59万户，占24.6%；按全县常住人口49.3万人计算。")["24.6%"] == "企业占比"
    assert _subjects("全市规上工业企业达到215家，约占42.3%。")["42.3%"] == "规上工业企业占比"
    assert _subjects("总投资236.8亿元，占比75.8%。")["75.8%"] == "总投资占比"


def test_a_bare_verb_of_work_after_work_on_a_thing_in_the_same_unit_is_that_work_again():
    # (it was the verb alone, '建成', before 2026-12-05; a list of works names no one thing)
    assert _subjects("2024年新建院士专家工作站6家，累计建成68家。")["68家"] == "建成院士专家工作站"
    assert _subjects("新建DMA分区计量区域58个，累计建成312个。")["312个"] == "建成DMA分区计量区域"
    assert _subjects("新建和改造提升高标准农田32.5万亩，其中新建18万亩。")["18万亩"] == "新建"


def test_a_bare_size_right_after_a_count_of_things_is_the_size_of_those_things():
    # (it was the size alone, '总长度', before 2026-12-05; a count of people owns no building's area)
    assert _subjects("全县流域面积50平方公里以上河流21条，总长度486公里。")["486公里"] == "流域面积50平方公里以上河流总长度"
    assert _subjects("新建改建城市道路43条、总长约37.5公里。")["约37.5公里"] == "新建改建城市道路总长"
    assert _subjects("目前在建光伏项目4个、装机容量68兆瓦。")["68兆瓦"] == "在建光伏项目装机容量"
    assert _subjects("涉及居民1.84万户、建筑面积120万平方米。")["120万平方米"] == "建筑面积"


def test_an_output_with_no_owner_after_a_works_named_by_its_investment_is_that_works_output():
    # (it was '年产值' alone before 2026-12-05)
    sentence = "总投资12.5亿元的瑞拓智能装备产业园项目主要生产数控机床核心部件，建成后预计年产值30亿元。"
    assert _subjects(sentence)["30亿元"] == "瑞拓智能装备产业园年产值"
    # (no works named by its investment: the subject stays what the sentence says)
    assert _subjects("新建的产业园建成后预计年产值30亿元。")["30亿元"] == "年产值"
