"""Kinds: achieved, target or other, from the grammar of the sentence."""

from service.figures import SentenceContext, extract_figures
from tests.figures import one
from tests.support import extractive_kinds


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


def test_english_comparison_bases_are_the_earlier_periods_values():
    figs = extract_figures(
        "Net income rose to $610 million, compared with $480 million a year earlier. "
        "Operating margin was 22.5%, up from 19.8%. Output grew 1.2%, beating economists' forecasts of a 0.4% rise.",
        language="en",
    )
    kinds = {f.text: f.kind for f in figs}
    assert kinds == {"$610 million": "achieved", "$480 million": "other", "22.5%": "achieved", "19.8%": "other",
                     "1.2%": "achieved", "0.4%": "other"}


def test_an_english_year_after_a_figure_dates_it_only_within_its_clause():
    figs = extract_figures(
        "The company expects revenue between $4.4 billion and $4.6 billion, and aims to reach "
        "$20 billion in annual revenue by 2028.",
        language="en",
    )
    periods = {f.text: f.period for f in figs}
    assert periods == {"$4.4 billion": None, "$4.6 billion": None, "$20 billion": "2028"}
    assert {f.kind for f in figs} == {"target"}


def test_an_english_standing_count_is_other():
    figs = extract_figures("The city currently has 120 MW of solar panels installed.", language="en")
    assert [(f.text, f.kind) for f in figs] == [("120 MW", "other")]


def test_a_capacity_in_an_item_of_a_list_of_projects_is_part_of_a_name():
    f = one("涵盖兴山通用航空机场、15万千瓦风能开发、蜂蜜小镇产业综合开发、神农百草庄园等10个招商引资签约项目。", "15万千瓦")
    assert f.kind == "other"
    # a result in the item is no name: 建成 … 5万平方米, 新增 …
    g = one("全年新增装机15万千瓦、建成标准厂房3栋等，均已投产。", "15万千瓦")
    assert g.kind == "achieved"


def test_a_streak_of_years_is_history_unless_promised():
    streak = one("奇瑞汽车连续19年位居中国品牌乘用车出口第一。", "19年")
    assert (streak.kind, streak.value, streak.subject) == ("other", 19.0, "奇瑞汽车位居中国品牌乘用车出口第一")
    assert one("该村已连续八年被授予“中国淘宝村”称号。", "八年").kind == "other"
    assert one("力争连续3年保持两位数增长。", "3年").kind == "target"


def test_an_english_price_of_works_is_their_size_but_a_length_built_is_a_result():
    approved = extract_figures("The council on Tuesday approved a $2.4 billion expansion of its offshore wind "
                               "program, a plan officials say will create 3,200 construction jobs.", language="en")
    assert [(f.text, f.kind) for f in approved] == [("$2.4 billion", "other"), ("3,200 construction jobs", "target")]
    built = extract_figures("In 2025, the county built a 40-kilometer highway.", language="en")
    assert [(f.text, f.kind) for f in built] == [("40-kilometer", "achieved")]


def test_an_area_sown_or_harvested_in_the_season_is_a_result_and_a_planted_area_a_profile():
    assert one("全年粮食播种面积48.6万亩，总产量31.2万吨。", "48.6万亩").kind == "achieved"
    assert one("今年全县秋粮播种78.3万亩。", "78.3万亩").kind == "achieved"
    assert one("全县已收获小麦67.9万亩。", "67.9万亩").kind == "achieved"
    assert one("全县脐橙种植面积22万亩，茶园面积8.5万亩。", "22万亩").kind == "other"


def test_a_sentence_on_where_a_place_lies_profiles_it_but_not_past_the_work_of_a_period():
    profile = "雾岭县地处北纬30度附近的中低山区，年均气温15.8℃，年降水量1,650毫米左右，森林覆盖率达到72.4%，海岸线长126公里。"
    assert {f.text: f.kind for f in extract_figures(profile)} == {
        "30度": "other", "15.8℃": "other", "1,650毫米左右": "other", "72.4%": "other", "126公里": "other"}
    assert one("桐坝镇位于县境东北部，距县城28公里，辖12个行政村。", "28公里").kind == "other"
    assert one("公司位于高新区的募投项目一期工程已于2025年8月建成投产，新增产能120万套/年。", "120万套/年").kind == "achieved"
    assert one("在位于临港产业园的项目现场，数百名工人正在吊装，已完成投资9.2亿元。", "9.2亿元").kind == "achieved"


def test_work_done_in_a_part_of_the_year_already_over_settles_a_plan_word_before_it():
    figs = extract_figures("码头工程拟建设4个泊位，前三季度完成投资15.2亿元，累计完成投资31.5亿元。")
    assert [(f.text, f.kind) for f in figs] == [("4个", "target"), ("15.2亿元", "achieved"), ("31.5亿元", "achieved")]
    assert one("力争前三季度完成投资20亿元。", "20亿元").kind == "target"


def test_land_supplied_or_taken_in_the_year_is_a_result_and_a_county_area_a_profile():
    assert one("全年共供应国有建设用地186.42公顷，同比增长9.3%。", "186.42公顷").kind == "achieved"
    assert one("全年经批准建设占用耕地1742亩，同比下降21.5%。", "1742亩").kind == "achieved"
    assert one("全年消化批而未供土地64.30公顷。", "64.30公顷").kind == "achieved"
    assert one("栖梧县地处丘陵山区，全县总面积1563平方公里。", "1563平方公里").kind == "other"


def test_a_part_of_a_batch_after_its_qizhong_is_what_the_batch_is_unless_its_own_grammar_says():
    figs = extract_figures("电商直播产业全年带动就业5.2万人，其中脱贫人口和监测对象1.36万人。")
    assert [f.kind for f in figs] == ["achieved", "achieved"]
    assert [f.kind for f in extract_figures("今年全县秋粮播种78.3万亩，其中中稻52.6万亩。")] == ["achieved", "achieved"]
    figs = extract_figures("开工项目12个，其中瑞丰精密汽车零部件项目总投资18亿元。")
    assert [(f.text, f.kind) for f in figs] == [("12个", "achieved"), ("18亿元", "other")]  # (a project's size)


def test_the_bound_of_a_class_is_other_but_a_goals_bound_and_a_share_are_not():
    assert one("新培育年销售额1000万元以上的直播团队20个。", "1000万元以上").kind == "other"
    assert one("收入50万元以上的村达到10个。", "50万元以上").kind == "other"
    assert one("确定规上工业总产值突破2000亿元以上的目标。", "2000亿元以上").kind == "target"
    assert one("A类企业贡献了全区六成以上的工业税收。", "六成以上").kind == "achieved"
    # (named and counted in one clause, without 的: the bound is the class's, the count the figure)
    sentence = "总分620分以上高分段人数达到312人，同比增加28人。"
    assert [(f.text, f.kind) for f in extract_figures(sentence)][:2] == [("620分以上", "other"), ("312人", "achieved")]
    assert one("全县完成投资10亿元以上，同比增长8%。", "10亿元以上").kind == "achieved"


def test_a_funds_size_is_other_and_money_it_moved_is_achieved():
    # The convention's own example: "组建20亿元母基金" is the size of a fund.
    assert one("组建20亿元母基金。", "20亿元").kind == "other"
    assert one("设立规模1亿元的中小微企业应急转贷资金池。", "1亿元").kind == "other"
    assert one("基金累计投资12亿元。", "12亿元").kind == "achieved"
    assert one("完成20亿元基金募集。", "20亿元").kind == "achieved"


def test_the_time_works_are_given_is_other_and_the_time_a_result_took_is_achieved():
    assert [(f.text, f.kind, f.subject) for f in extract_figures("该项目总投资5亿元，建设工期18个月。")] == [
        ("5亿元", "other", "项目总投资"), ("18个月", "other", "建设工期")]
    assert one("培训为期3天。", "3天").kind == "other"
    assert one("春运自1月14日开始，至2月22日结束，共40天。", "40天").kind == "other"  # how long it lasted
    assert one("审批时间压缩至3个工作日。", "3个工作日").kind == "achieved"  # was "3个"
    assert one("仅用11天就完成全部审批手续。", "11天").kind == "achieved"


def kind_en(sentence: str, text: str) -> str:
    return next(f.kind for f in extract_figures(sentence, language="en") if f.text == text)


def test_an_english_profile_word_after_the_number_describes_another_noun():
    # "existing" is the array's, not the turbines': the plan's turbines are its goal.
    assert kind_en("First, the plan adds 40 turbines to the existing Cascade array.", "40 turbines") == "target"
    # (an outturn's difference from its budget is how the work came out, a result, as the annotated pages read it; it was
    # other before 2026-12-04)
    assert kind_en("The bridge came in 40% over budget.", "40%") == "achieved"
    # "up to" bounds a number; it is no rise.
    assert kind_en("Federal grants could cover up to 30% of the cost.", "30%") == "other"
    assert kind_en("Revenue was $540 million, up 12% from the year before.", "12%") == "achieved"


def test_english_work_done_and_deals_signed_are_results():
    s = "- Installed 640 megawatts of new solar capacity, a 31% increase year over year."
    assert kind_en(s, "640 megawatts") == kind_en(s, "31%") == "achieved"
    assert kind_en("Last year 640 MW were installed.", "640 MW") == "achieved"
    # The value of contracts signed in the period is a result; what a thing is worth is its size.
    assert kind_en("- Signed long-term contracts worth $3.1 billion with utilities.", "$3.1 billion") == "achieved"
    assert kind_en("The port is worth $2 billion.", "$2 billion") == "other"


def test_english_guidance_is_a_target_and_the_guidance_it_replaced_is_other():
    figs = {f.text: f for f in extract_figures(
        "For the full year, the company raised its revenue guidance to between $5.2 billion and $5.4 billion, "
        "from a previous range of $4.9 billion to $5.1 billion.", language="en")}
    assert {t: (f.kind, f.subject) for t, f in figs.items()} == {
        "$5.2 billion": ("target", "revenue guidance"), "$5.4 billion": ("target", "revenue guidance"),
        "$4.9 billion": ("other", "revenue guidance"), "$5.1 billion": ("other", "revenue guidance")}


def test_what_a_place_has_is_a_standing_count_and_a_dated_level_is_a_result():
    assert kind_en("The county has 1.2 million residents.", "1.2 million residents") == "other"
    assert kind_en("The company has added 4,800 jobs since January.", "4,800 jobs") == "achieved"
    assert kind_en("Unemployment in the region stood at 5.1% in March.", "5.1%") == "achieved"
    assert kind_en("Inflation eased to 2.9% in October from 3.2% in September.", "2.9%") == "achieved"
    assert kind_en("Inflation eased to 2.9% in October from 3.2% in September.", "3.2%") == "other"


def test_an_english_result_measured_against_a_plan_is_a_result_and_a_verb_put_off_is_no_result():
    figs = extract_figures("Revenue came in at $612.4 million, up 14% year over year and about $7 million above the "
                           "high end of our guidance range of $590 million to $605 million.", language="en")
    assert [(f.text, f.kind) for f in figs] == [("$612.4 million", "achieved"), ("14%", "achieved"),
                                                ("$7 million", "achieved"), ("$590 million", "target"),
                                                ("$605 million", "target")]
    figs = extract_figures("The company continues to expect full-year 2025 capacity growth of 3 to 5 percent and "
                           "anticipates second-quarter capacity to be up approximately 5 percent.", language="en")
    assert {f.kind for f in figs} == {"target"}


def test_land_worked_on_and_a_harvests_sown_area_are_no_profile_of_a_place():
    plan = SentenceContext(section="target")
    figs = extract_figures("粮食播种面积稳定在128万亩以上，新建高标准农田5.3万亩。", context=plan)
    assert [f.kind for f in figs] == ["target", "target"]
    figs = extract_figures("全县总面积1200平方公里，耕地面积58万亩。", context=plan)
    assert [f.kind for f in figs] == ["other", "other"]


def test_a_share_of_its_target_is_an_attainment_and_no_plan():
    figs = extract_figures("APAC grew 9.4% but reached only 98.7% of target because Japan fell 3.7%.", language="en")
    assert [(f.text, f.kind) for f in figs] == [("9.4%", "achieved"), ("98.7%", "achieved"), ("3.7%", "achieved")]


def test_a_places_area_written_with_its_own_verb_is_a_profile_and_the_area_of_new_things_is_not():
    figs = extract_figures("该区面积达120平方公里，今年新建标准厂房12万m²，水库库容3.5亿m³。")
    # (a reservoir's capacity is its size, as a store's is: three writers of the collection read it so)
    assert [(f.text, f.kind) for f in figs] == [("120平方公里", "other"), ("12万m²", "achieved"), ("3.5亿m³", "other")]
    plan = SentenceContext(section="target")
    figs = extract_figures("新增海外仓8个，总面积达25万平方米以上。", context=plan)
    assert [f.kind for f in figs] == ["target", "target"]


def kinds(text: str, context: SentenceContext | None = None) -> list[tuple[str, str]]:
    return [(f.text, f.kind) for f in extract_figures(text, context=context)]


def test_a_plans_goal_named_after_its_number_and_a_share_of_a_goal_reached():
    # The goal named after the number, past its qualifier and whose goal it is.
    assert kinds("完成2025年230亿元规划目标的88.6%") == [("230亿元", "target"), ("88.6%", "achieved")]
    assert kinds("实现全年地区生产总值增长5.5%左右的预期目标。") == [("5.5%左右", "target")]
    # A share of its goal reached is a result, and a result after a goal continues no goal.
    review = SentenceContext(section="achieved")
    assert kinds("新建高标准农田5.2万亩，完成省下达任务的104%。", review) == [("5.2万亩", "achieved"), ("104%", "achieved")]
    assert kinds("森林覆盖率达到46.3%，已超过46%的规划目标；单位地区生产总值能耗累计下降11.8%，"
                 "完成“十四五”下降14%目标任务的84.3%。") == [
        ("46.3%", "achieved"), ("超过46%", "target"), ("11.8%", "achieved"), ("14%", "target"), ("84.3%", "achieved")]
    # A plan stated with its deadline year.
    assert kinds("《纲要》提出，到2025年地区生产总值达到3300亿元左右。") == [("3300亿元左右", "target")]


def test_a_projects_yearly_effect_is_no_estimate_of_the_period():
    assert kinds("该项目已于9月投产，预计年产值可达12亿元。") == [("12亿元", "target")]
    assert kinds("预计全年完成地区生产总值286.4亿元，增长6.8%。") == [("286.4亿元", "achieved"), ("6.8%", "achieved")]


def test_the_members_of_a_places_class_counted_before_what_they_did_are_the_class_size():
    # (like 88个重点项目完成投资93亿元: what the clause measures is the result, the count the class)
    assert kinds("全县36家星级饭店和精品民宿平均客房出租率为81.4%，较去年同期提高5.2个百分点。") == [
        ("36家", "other"), ("81.4%", "achieved"), ("5.2个百分点", "achieved")]
    assert kinds("全市2家国家5A级旅游景区共接待游客148.9万人次，同比增长9.4%。")[:2] == [
        ("2家", "other"), ("148.9万人次", "achieved")]
    assert kinds("全市7个县级及以上集中式饮用水水源地水质达标率为100%。")[0] == ("7个", "other")
    # what the members did, with nothing measured after it, is the count of the result
    assert kinds("全市3家企业入选国家级专精特新“小巨人”企业名单。") == [("3家", "achieved")]


def test_the_villages_of_a_county_and_another_places_average_describe_and_a_share_of_a_result_continues_it():
    assert kinds("全县213个行政村集体经济经营性收入均超10万元。")[0] == ("213个", "other")
    assert kinds("前三季度实际使用外资4.86亿美元，同比增长13.7%，增速高于全省9.6%的平均水平。") == [
        ("4.86亿美元", "achieved"), ("13.7%", "achieved"), ("9.6%", "other")]
    assert kinds("全市规上工业增加值增长8.2%，高于全省平均水平2.1个百分点。") == [
        ("8.2%", "achieved"), ("2.1个百分点", "achieved")]
    # (the benchmark's own level named after it, not a gap from it)
    assert kinds("全县小麦平均机收损失率为0.92%，低于国家标准规定的1.2%。") == [("0.92%", "achieved"), ("1.2%", "other")]
    assert kinds("全市法官人均结案412件，高于全省法官人均结案358件的水平。") == [("412件", "achieved"), ("358件", "other")]
    assert kinds("献血率达到11.6‰，高于全省平均水平10.8‰。") == [("11.6‰", "achieved"), ("10.8‰", "other")]
    # (an average named by what it measures: the period's result before 2026-12-04)
    assert kinds("全市垃圾分类覆盖率达到96.5%，也高于全省城市平均覆盖率88.2%。") == [("96.5%", "achieved"), ("88.2%", "other")]
    review = SentenceContext(section="achieved")
    assert kinds("累计建成高标准农田35.6万亩，占全县耕地面积的61.8%。", review) == [
        ("35.6万亩", "achieved"), ("61.8%", "achieved")]
    assert kinds("全县落实粮食播种面积68.4万亩，新造油茶林1.2万亩。", review) == [
        ("68.4万亩", "achieved"), ("1.2万亩", "achieved")]


def test_the_llm_paths_check_of_a_quote_reads_a_rate_after_a_goal_as_the_result_before_it():
    from service.figures import kind_of_quote

    quote = "森林覆盖率达到46.3%，已超过46%的目标，同比提高0.8个百分点"
    assert kind_of_quote(quote, "0.8个百分点", "zh").kind == "achieved"


def test_standing_counts_with_long_nouns_and_their_lists_and_what_is_left_to_do():
    assert kinds("目前，开发区现有国家级“小巨人”企业9家、省级专精特新中小企业57家，数量均居全市首位。") == [
        ("9家", "other"), ("57家", "other")]
    assert kinds("全县现有60周岁以上老年人8.6万人。") == [("60周岁以上", "other"), ("8.6万人", "other")]  # (the age names whom)
    # (a list of results is no standing count: the harvest after the sown area)
    assert kinds("粮食播种面积128.6万亩、总产量52.7万吨。", SentenceContext(section="achieved"))[1] == ("52.7万吨", "achieved")
    assert kinds("剩余42公里将于11月底前完工，剩余3项民生实事确保年底前全部完成。") == [
        ("42公里", "target"), ("3项", "target")]
    # (the commitment may come in the next clause, when that one has no number of its own; not after work done)
    assert kinds("已整改4318项，剩余78项全部落实整改责任和资金，确保2025年一季度前整改清零。")[1] == ("78项", "target")
    assert kinds("剩余3处已完工，明年计划再建5处。") == [("3处", "achieved"), ("5处", "target")]


def test_a_parks_planned_area_is_its_size_and_a_clauses_own_plan_verb_outweighs_the_result_before_it():
    assert kinds("梧浦新材料产业园规划面积1.2万亩，已入驻企业46家。") == [("1.2万亩", "other"), ("46家", "achieved")]
    assert kinds("公司开发出6.25MWh储能系统，可将电站占地面积减少约20%。") == [
        ("6.25MWh", "achieved"), ("约20%", "target")]
    # (将 alone also marks an object: a result before it goes on)
    assert kinds("刘子航以2小时11分46秒获得第五名，将个人最好成绩提高了近1分钟。")[-1] == ("近1分钟", "achieved")


def test_the_whole_a_share_is_of_a_list_of_projects_spending_and_money_obtained():
    figs = extract_figures("1—9月，全县县级重点项目累计完成投资148.7亿元，占年度计划投资182.2亿元的81.6%，同比增长13.9%。")
    assert [(f.text, f.kind, f.subject) for f in figs] == [
        ("148.7亿元", "achieved", "县级重点项目累计完成投资"), ("182.2亿元", "target", "年度计划投资"),
        ("81.6%", "achieved", "县级重点项目累计完成投资占年度计划投资比例"), ("13.9%", "achieved", "县级重点项目累计完成投资同比增长")]
    # (written with 为, and counted in 批次: the plan's amount is the plan's, the share is of the work's)
    figs = extract_figures("全年共完成食品安全监督抽检21036批次，为年度计划20000批次的105.2%。")
    assert [(f.text, f.kind, f.subject) for f in figs] == [
        ("21036批次", "achieved", "食品安全监督抽检"), ("20000批次", "target", "年度食品安全监督抽检计划"),
        ("105.2%", "achieved", "食品安全监督抽检占年度计划比例")]
    # The README's hard case: "88个重点项目完成投资93亿元", 88个 is the size of a list.
    assert kinds("全区83个市级以上重点项目完成投资118.6亿元。") == [("83个", "other"), ("118.6亿元", "achieved")]
    assert kinds("全县在建重点项目67个，项目储备库共有项目213个。") == [("67个", "other"), ("213个", "other")]
    assert kinds("前三季度共争取到位地方政府专项债券资金18.4亿元。") == [("18.4亿元", "achieved")]


def test_neighbours_and_peers_averages_are_other_places_and_a_gap_from_them_or_a_provinces_own_average_is_not():
    assert kinds("邻近的石埠镇一般公共预算收入1.55亿元。") == [("1.55亿元", "other")]
    assert kinds("全县乡镇一般公共预算收入平均增速为4.9%。") == [("4.9%", "other")]
    assert kinds("全镇一般公共预算收入增长9.2%，高于全县乡镇平均增速4.3个百分点。") == [
        ("9.2%", "achieved"), ("4.3个百分点", "achieved")]
    assert kinds("全省生猪平均出场价格为14.62元/公斤。") == [("14.62元/公斤", "achieved")]


def test_a_plan_periods_end_is_a_baseline_and_projects_under_construction_with_their_spending_are_a_list():
    assert kinds("地区生产总值达到352.6亿元，较“十三五”末的268.4亿元增长31.5%。") == [
        ("352.6亿元", "achieved"), ("268.4亿元", "other"), ("31.5%", "achieved")]
    assert kinds("全年亿元以上施工项目153个，完成投资201.6亿元。") == [("153个", "other"), ("201.6亿元", "achieved")]
    assert kinds("上市后备企业库入库企业38家。") == [("38家", "other")]


def _sections_of(text: str) -> dict[str, str | None]:
    """The kind each sentence of `text` takes from its section (None: the sentence says)."""
    from service.extractive.headings import section_kinds
    from service.segment import segment

    sentences = segment(text)
    return dict(zip((s.text for s in sentences), section_kinds(sentences), strict=True))


def test_tasks_announced_in_a_short_sentence_make_the_measures_after_it_a_plan():
    sections = _sections_of("一年来，全县新增规上工业企业26家，完成投资120亿元。\n\n会议明确了2025年五个方面的重点任务。\n\n"
                            "一是突出项目为王，力争新签约亿元以上项目60个以上。\n\n二是突出工业强县，新增规上工业企业30家以上。")
    assert sections["二是突出工业强县，新增规上工业企业30家以上。"] == "target"
    assert sections["一年来，全县新增规上工业企业26家，完成投资120亿元。"] is None


def test_a_reviews_heads_of_measures_problems_and_work_on_a_plan_are_no_plans():
    # (a page named as a report of how a business ran, …经营情况通报: its 举措 are the ones taken)
    sections = _sections_of("集团2024年1至11月经营情况通报\n\n一、主要经营指标\n\n1至11月，集团实现营业收入132.7亿元。\n\n"
                            "三、惠企便民举措\n\n一是落实差异化收费政策，1至11月累计减免货车通行费3.7亿元。")
    assert sections["一是落实差异化收费政策，1至11月累计减免货车通行费3.7亿元。"] is None
    # (a head naming the problems met and the next year's work leaves each sentence to say which it is)
    sections = _sections_of("集团经营情况通报\n\n一、主要经营指标\n\n集团实现营业收入132.7亿元。\n\n六、存在的问题和明年工作安排\n\n"
                            "1至11月财务费用达31.6亿元，同比增加2.4亿元。\n\n2025年，集团将计划完成投资92亿元。")
    assert sections["1至11月财务费用达31.6亿元，同比增加2.4亿元。"] is None
    # (a review's head that names work done on a plan, 严格落实轮换计划, is no plan)
    sections = _sections_of("县级储备粮管理工作情况的报告\n\n一、基本情况\n\n我县县级储备粮规模为3.5万吨。\n\n二、主要工作\n\n"
                            "（一）严格落实轮换计划\n\n全年轮换储备粮1.45万吨，占储备规模的41.4%。")
    assert sections["全年轮换储备粮1.45万吨，占储备规模的41.4%。"] is None
    # (a year's work report reviews: its 举措 are those taken)
    sections = _sections_of("鹭汀市明正公证处2024年度工作报告\n\n一、业务总体情况\n\n全年共办理各类公证事项2.36万件。\n\n"
                            "二、便民服务举措\n\n全年线上受理公证1.12万件，占办证总量的47.5%。")
    assert sections["全年线上受理公证1.12万件，占办证总量的47.5%。"] is None
    # (a paragraph's plan is over where it turns back to this year's work)
    sections = _sections_of("全市福利彩票工作推进会\n\n公益金使用效益持续提升。明年计划新建农村互助养老服务站30个。"
                            "此外，市福彩发行中心今年继续开展助学行动，资助困难家庭大学新生320名。")
    assert sections["明年计划新建农村互助养老服务站30个。"] == "target"
    assert sections["此外，市福彩发行中心今年继续开展助学行动，资助困难家庭大学新生320名。"] is None
    # (or to the state now, 目前; but not to a plan that opens on it, 目前正计划…)
    sections = _sections_of("区图书馆年度服务报告\n\n三、分馆建设\n\n全年新建分馆4个。明年将再建分馆3个。"
                            "目前，全区分馆总数达到18个。")
    assert sections["明年将再建分馆3个。"] == "target"
    assert sections["目前，全区分馆总数达到18个。"] is None
    sections = _sections_of("区图书馆年度服务报告\n\n三、分馆建设\n\n全年新建分馆4个。明年将再建分馆3个。"
                            "目前正计划在东区再建分馆2个。")
    assert sections["目前正计划在东区再建分馆2个。"] == "target"


def test_a_subhead_that_opens_on_a_goal_makes_the_measures_under_it_a_plan():
    text = ("种业振兴行动取得阶段性成效\n\n全年推广主推品种238万亩，抽检种子样品312个。\n\n2025年：力争审定新品种30个以上\n\n"
            "市农业农村局有关负责人介绍，2025年全市将围绕“建基地、育品种、强企业”持续用力。\n\n"
            "一是稳定制种基地。全市制种面积稳定在20万亩以上。\n\n二是加强种质资源保护。年内新收集种质资源1000份以上。")
    sections = _sections_of(text)
    assert sections["全市制种面积稳定在20万亩以上。"] == sections["年内新收集种质资源1000份以上。"] == "target"
    assert sections["全年推广主推品种238万亩，抽检种子样品312个。"] is None
    # (a head about family planning is no plan)
    assert _sections_of("工作总结\n\n全年新增就业1200人。\n\n三、计划生育服务\n\n全年免费孕检1860人。")["全年免费孕检1860人。"] is None


def test_what_the_months_gone_by_did_of_a_years_plan_is_done():
    assert kinds("集团年度计划完成投资86亿元，1至11月完成投资79.3亿元，占年度计划的92.2%。") == [
        ("86亿元", "target"), ("79.3亿元", "achieved"), ("92.2%", "achieved")]
    assert kinds("全年计划完成造林1.2万亩，前三季度完成造林0.9万亩。")[1] == ("0.9万亩", "achieved")


def test_what_a_whole_place_has_stands_and_a_years_class_names_no_work_done():
    # (a noun between the place and 共有, 有 alone, 尚有; a class a year bounds, not work of the period)
    assert kinds("全市2000年底前建成的老旧小区共有1126个。") == [("1126个", "other")]
    assert kinds("全市有建成于2000年以前的老旧小区1140个。") == [("1140个", "other")]
    assert kinds("全市林业龙头企业共有63家。") == [("63家", "other")]
    assert kinds("全县尚有乡村小规模学校42所。") == [("42所", "other")]
    assert kinds("全县另有现役军人家庭2180户。") == [("2180户", "other")]  # (另有: a further group the place has)
    # (the counties a province or a city is made of, and its villages now, are its make-up, whatever they did; not the
    # members of a list after a place's count: 全县412名县、乡、村级河长)
    assert kinds("全省104个县（市、区）均已建立特殊教育资源中心。") == [("104个", "other")]
    assert kinds("目前全市156个行政村已全部通达公交。") == [("156个", "other")]
    assert kinds("全县412名县、乡、村级河长累计巡河2.86万人次。")[0] == ("412名", "achieved")



def test_a_goals_value_and_a_quota_in_brackets_are_the_plans_and_the_share_of_a_quota_used_is_a_result():
    assert kinds("PM2.5年均浓度为29.8微克/立方米，优于年度目标值（32微克/立方米）。") == [
        ("29.8微克/立方米", "achieved"), ("32微克/立方米", "target")]
    assert kinds("全年道路交通事故死亡人数占省下达控制指标（41人）的82.9%。") == [("41人", "target"), ("82.9%", "achieved")]


def test_a_long_term_normal_a_years_figure_is_set_against_is_no_result():
    assert kinds("全市平均降水量1486.3毫米，比多年平均值1391.7毫米偏多6.8%。")[:2] == [
        ("1486.3毫米", "achieved"), ("1391.7毫米", "other")]
    assert kinds("全市年初有福彩销售站点1286个，今年新增94个。") == [("1286个", "other"), ("94个", "achieved")]  # (销售站点: a noun)
    assert kinds("今年全市中出500万元以上大奖7注，其中双色球一等奖5注。")[1:] == [("7注", "achieved"), ("5注", "achieved")]
    # (but the firms the period's trade counts, and what a place's projects did, are results)
    assert kinds("全市有进出口实绩的企业2143家，同比增加186家。")[0] == ("2143家", "achieved")
    assert kinds("上半年，全县有11个项目实现“拿地即开工”。") == [("11个", "achieved")]
    assert kinds("年度计划改造2000年底前建成的老旧小区158个，已完工146个，惠及居民2.5万户。")[1:] == [
        ("146个", "achieved"), ("2.5万户", "achieved")]


def test_a_rate_a_rule_applies_is_no_result_and_a_goal_set_so_is_no_rule():
    assert kinds("小型微利企业所得额按25%的企业所得税税率计算。") == [("25%", "other")]
    assert kinds("适用3%征收率的应税销售收入减按1%征收增值税。") == [("3%", "other"), ("1%", "other")]
    assert kinds("研发费用按100%比例加计扣除。") == [("100%", "other")]
    # (a limit or a standard a measure is held to; 千米 in a unit of area is no number)
    assert kinds("全县降尘量平均值为2.86吨/平方千米·月，同比下降4.3%，低于省定3.5吨/平方千米·月的控制标准。") == [
        ("2.86吨", "achieved"), ("4.3%", "achieved"), ("3.5吨", "other")]
    assert kinds("颗粒物日均浓度为3至6毫克/立方米，低于限值20毫克/立方米。")[-1] == ("20毫克/立方米", "other")
    assert kinds("进厂垃圾平均低位热值达到每千克7120千焦。") == [("7120千焦", "achieved")]
    # (what a place can hold at once is its capacity; what a work to be built will hold is the plan's)
    assert kinds("东广场出租车蓄车场可同时停放车辆150台。") == [("150台", "other")]
    assert kinds("全年新建应急避难场所9处，可容纳群众2.3万人。") == [("9处", "achieved"), ("2.3万人", "other")]
    assert kinds("项目计划2026年建成，建成后可容纳学生2400人。")[-1] == ("2400人", "target")
    # (a budget's sum is the plan's; its growth goes with it)
    assert kinds("2025年市级防震减灾经费预算安排860万元，比上年的800万元增长7.5%。") == [
        ("860万元", "target"), ("800万元", "other"), ("7.5%", "target")]
    # (a sum a rule sets per unit or as a band; money paid out stays a result)
    assert kinds("县财政按每吨每年100元的标准拨付保管费用补贴。") == [("100元", "other")]
    assert kinds("按3万元至5万元给予一次性建设补助。") == [("3万元", "other"), ("5万元", "other")]
    assert kinds("全年按时足额发放补贴352万元。") == [("352万元", "achieved")]
    # (a price a rule sets, whatever words of prices seen stand near it: a result before 2026-12-04; the takings stay one)
    assert kinds("早籼稻最低收购价为每斤1.26元。") == [("1.26元", "other")]
    assert kinds("城区公交线路票价为2元。") == [("2元", "other")]
    assert kinds("全年公交票价收入1.2亿元。") == [("1.2亿元", "achieved")]
    assert kinds("建议2026年规上工业增加值增长目标按9%左右安排。")[0][1] != "other"  # (a goal set so is no rule)


def test_a_duration_that_names_a_rule_is_no_work_of_the_period():
    # (a service round the clock, a time limit a response is held to, the window a rainfall is measured over)
    assert kinds("汛期严格执行领导带班和24小时值班制度。") == [("24小时", "other")]
    assert kinds("开通24小时服务热线。") == [("24小时", "other")]
    assert kinds("来信均在5个工作日内答复。") == [("5个工作日", "other")]
    assert kinds("在接到报修后2小时内上门排查。") == [("2小时", "other")]
    assert kinds("危重孕产妇接诊后30分钟内须启动多学科会诊。") == [("30分钟", "other")]
    assert kinds("最大24小时降雨量达218毫米。")[0] == ("24小时", "other")
    # (but time the period's work took is its result)
    assert kinds("抢修队伍连续奋战72小时。") == [("72小时", "achieved")]


def test_a_parks_present_stock_and_its_parts_stand():
    assert kinds("园区目前已集聚各类企业86家，其中规上企业32家。") == [("86家", "other"), ("32家", "other")]
    # the people or the area an event or a work of the period measures are its outcome, not the place's; an income
    # after 人口 is an income
    assert kinds("全年出生人口3862人，死亡人口4615人。") == [("3862人", "achieved"), ("4615人", "achieved")]
    assert kinds("造成受灾人口4.7万人。") == [("4.7万人", "achieved")]
    assert kinds("全年征收房屋面积18.2万平方米。") == [("18.2万平方米", "achieved")]
    assert kinds("脱贫人口人均纯收入15640元。") == [("15640元", "achieved")]
    assert kinds("年末全县户籍人口61.38万人，服务人口约182万人。") == [("61.38万人", "other"), ("约182万人", "other")]
    # (a rate per unit of area is no area the place has)
    assert kinds("单位建筑面积能耗为8.42千克标准煤，同比下降1.9%。")[0][1] == "achieved"
    assert kinds("全年新植桑园1200亩，全县桑园面积达到3.15万亩。")[0] == ("1200亩", "achieved")  # (planting is work done)
    assert kinds("本采暖季单位供热面积耗煤17.7千克，比上季下降0.6千克。") == [("17.7千克", "achieved"), ("0.6千克", "achieved")]
    # a class bound inside a standing count's noun; what is new after a profile's list is the period's
    assert [k for _, k in kinds("境内共有流域面积10平方公里以上河流86条、湖泊4个、水库37座。")][1:] == ["other"] * 3
    assert kinds("全县现有在库项目203个，前三季度新入库项目58个。") == [("203个", "other"), ("58个", "achieved")]
    # a body's staff is a profile; not a wage named after them, nor an insured split of staff and retirees
    assert kinds("在职职工3860人，其中卫生技术人员3312人。") == [("3860人", "other"), ("3312人", "other")]
    # (staff on the books, 在编, and a register's entries, 登记在册: a standing count; but what is on a register at the
    # period's end is the outcome)
    assert kinds("全区在岗乡村医生236人。") == [("236人", "other")]
    assert kinds("其中，在编132人，非在编54人。") == [("132人", "other"), ("54人", "other")]
    assert kinds("登记在册渔船1632艘。") == [("1632艘", "other")]
    assert kinds("截至11月30日，全市在册地质灾害隐患点1186处。") == [("1186处", "achieved")]



def test_a_rules_limit_is_no_result_and_no_goal():
    figs = extract_figures("出水COD浓度不得高于50毫克/升，工作成本不得超过捐赠额的3%。")
    assert [(f.text, f.kind, f.subject) for f in figs] == [
        ("50毫克/升", "other", "出水COD浓度"), ("3%", "other", "工作成本不得超过捐赠额")]
    # (a bound no plan or result word speaks for is a rule's too; what a plan bounds is its goal, an average kept within a
    # bound the period's result)
    assert kinds("值班人员连续工作时间不超过12小时，补助比例不低于30%。") == [("12小时", "other"), ("30%", "other")]
    assert kinds("全年计划举办招聘会不少于40场。") == [("40场", "target")]
    assert kinds("全年企业开办平均用时不超过2天。") == [("2天", "achieved")]
    assert kinds("集团在岗职工人均工资收入9.86万元。") == [("9.86万元", "achieved")]
    assert kinds("全年参保人数增加2.1万人。在职职工96.12万人、退休人员32.62万人。")[1:] == [
        ("96.12万人", "achieved"), ("32.62万人", "achieved")]
    # (a list of a standing count's parts goes on in its kind, though the sentence opens on 截至目前)
    assert [k for _, k in kinds("截至目前，全县共有非物质文化遗产代表性项目126项，其中国家级2项、省级11项、市级34项。")] == [
        "other"] * 4
    # (a noun of many words after 现有; what is being incubated, as what is being built, stands)
    assert kinds("全市现有省级以上科技企业孵化器和众创空间58家，在孵企业1430家。") == [("58家", "other"), ("1430家", "other")]
    assert kinds("全年新开工项目45个，其中亿元以上项目20个。") == [("45个", "achieved"), ("20个", "achieved")]
    assert kinds("县“十件民生实事”全部完成，其中7件超额完成。")[-1] == ("7件", "achieved")


def test_a_policys_standards_caps_and_rates_are_neither_results_nor_goals():
    assert kinds("购买新能源乘用车的，补贴标准为每辆3000元；按新品销售价格的15%给予补贴，每台最高2000元。") == [
        ("3000元", "other"), ("15%", "other"), ("2000元", "other")]
    assert kinds("对企业按每人1500元的标准给予一次性扩岗补助，单个项目最高1000万元。") == [
        ("1500元", "other"), ("1000万元", "other")]
    assert kinds("全年发放补贴资金3000万元，惠及企业120家。") == [("3000万元", "achieved"), ("120家", "achieved")]
    # a standard determined, with the grounds it is set on between (人口 there counts no population)
    assert kinds("补贴标准根据家庭人口和收入情况确定为每户每月300—800元。") == [("300", "other"), ("800元", "other")]
    # a grant's or a loan's cap, kept or raised
    assert kinds("单件补贴最高不超过2000元。") == [("2000元", "other")]
    # (results before 2026-12-04; the peak a load reached stays one)
    assert kinds("单户最高补助金额3万元。") == [("3万元", "other")]
    assert kinds("对引进的博士提供最高50万元的购房补贴。") == [("50万元", "other")]
    assert kinds("7月全市电网最高负荷达到960万千瓦。") == [("960万千瓦", "achieved")]
    assert kinds("单户借款额度不超过30万元。") == [("30万元", "other")]
    assert kinds("单缴存职工最高额度仍为60万元，贷款最高额度提高至80万元。") == [("60万元", "other"), ("80万元", "other")]
    # a fund's bounds and the rates it pays at (the year's contributions are its results)
    assert kinds("缴存基数上限为31,452元，下限为2,190元。") == [("31,452元", "other"), ("2,190元", "other")]
    assert kinds("保费补贴比例为75%，全年缴存住房公积金48.6亿元。") == [("75%", "other"), ("48.6亿元", "achieved")]


def test_a_grant_on_a_condition_a_works_designed_capacity_and_a_berths_cost_describe():
    assert kinds("对首次纳入规上统计的工业企业，给予一次性奖励20万元。") == [("20万元", "other")]
    assert kinds("今年对12家企业给予奖励共计300万元。") == [("12家", "achieved"), ("300万元", "achieved")]
    # (a 泊位's 总投资 is a size: its 位 is no 到位)
    assert kinds("新建泊位总投资46.8亿元，设计年通过能力180万标箱。") == [("46.8亿元", "other"), ("180万标箱", "other")]
    # (what a work is designed to handle or run at; the year's outturn estimated in a review is its result)
    assert kinds("项目设计日处理厨余垃圾和餐厨垃圾500吨，线路设计时速200公里。") == [("500吨", "other"), ("200公里", "other")]
    assert kinds("全年预计处理垃圾39.2万吨。") == [("39.2万吨", "achieved")]
    # (the area a works is designed to serve and the beds it is built with are its size too)
    assert kinds("水库设计灌溉面积12.6万亩，新院区设计床位800张。") == [("12.6万亩", "other"), ("800张", "other")]
    # (work under way, 正在施工, is a standing count as 在建 is)
    assert kinds("今年已完工加装电梯18部，另有28部正在施工。") == [("18部", "achieved"), ("28部", "other")]
    assert kinds("约占全县342个行政村的三分之一。")[0] == ("342个", "other")


def test_times_cut_standing_staff_estimates_that_pass_a_mark_and_goals_of_control():
    assert kinds("县政务服务中心将营业执照、公章刻制、税务登记等事项整合为“一件事”，企业开办时间由原来的3个工作日"
                 "压缩至0.5个工作日。") == [("3个工作日", "other"), ("0.5个工作日", "achieved")]
    assert kinds("全市建成区面积168平方公里。") == [("168平方公里", "other")]  # (建成区 is no 建成)
    assert kinds("目前公司共有员工860人。") == [("860人", "other")]
    assert kinds("今年共有12个项目开工。") == [("12个", "achieved")]
    assert kinds("预计全年签约额突破250亿元。") == [("250亿元", "achieved")]
    assert kinds("城镇调查失业率2.87%，控制在3.5%的年度调控目标以内。") == [("2.87%", "achieved"), ("3.5%", "target")]
    assert kinds("一季度地区生产总值增长6.1%，扭转了去年同期下降3.2%的局面。") == [("6.1%", "achieved"), ("3.2%", "other")]


def test_policy_standards_sizes_of_clusters_and_lengths_of_works_describe():
    assert kinds("分别按每人每月3000元、1500元的标准发放生活补贴，给予最高30万元购房补贴。") == [
        ("3000元", "other"), ("1500元", "other"), ("30万元", "other")]
    assert kinds("D类企业用电每千瓦时加价0.1元。") == [("0.1元", "other")]
    assert kinds("城乡居民基础养老金提高至每人每月225元。")[0][1] != "other"  # (a standard raised is news)
    assert kinds("全市已入库储备项目187个，纺织服装产业集群规模超过320亿元。") == [("187个", "other"), ("超过320亿元", "other")]
    assert kinds("中心城区地下综合管廊一期工程全长18.4公里。") == [("18.4公里", "other")]


def test_another_places_rate_compared_with_a_quota_a_completion_rate_and_this_years_estimate():
    assert kinds("全省地区生产总值增长5.6%，比全国同期4.8%的增速高0.8个百分点。") == [
        ("5.6%", "achieved"), ("4.8%", "other"), ("0.8个百分点", "achieved")]
    assert kinds("省财政厅今年下达我市新增政府债务限额176.0亿元。") == [("176.0亿元", "target")]
    # (a quota is no result a part after it is of)
    assert kinds("全区政府债务余额为312.6亿元，控制在市核定限额335.0亿元以内，其中一般债务余额106.3亿元。") == [
        ("312.6亿元", "achieved"), ("335.0亿元以内", "target"), ("106.3亿元", "achieved")]
    assert kinds("年度计划投资1.5亿元，累计完成0.38亿元，完成率25.3%。")[-1] == ("25.3%", "achieved")
    assert kinds("全市将专项债券资金用作项目资本金18.3亿元。") == [("18.3亿元", "achieved")]
    assert kinds("预计今年全县茶叶总产量约1.9万吨，同比增长9%左右。") == [("约1.9万吨", "achieved"), ("9%左右", "achieved")]
    assert kinds("预计全年可带动报废老旧农机2.5万台左右。") == [("2.5万台左右", "target")]
    # 预计…将 forecasts what is to come, unless the period's end is named (an estimate of its outturn)
    assert kinds("预计今夏全市最高用电负荷将达到850万千瓦。") == [("850万千瓦", "target")]
    assert kinds("预计12月底前全县收购总量将达到30万吨。") == [("30万吨", "achieved")]
    # A base named with what it measures, the change after it, is an earlier time's figure
    assert kinds("最高用电负荷845万千瓦，较去年最高负荷742.8万千瓦增长9.4%。") == [
        ("845万千瓦", "achieved"), ("742.8万千瓦", "other"), ("9.4%", "achieved")]
    assert kinds("较去年增加企业15家。") == [("15家", "achieved")]  # (the change itself)
    # A profile's list goes on after a comma, and resources kept (共配置) are a standing count
    assert kinds("全县现有学校147所，在校学生约6.8万人，教职工5300余人。") == [
        ("147所", "other"), ("约6.8万人", "other"), ("5300余人", "other")]
    assert kinds("全市共配置抢修队伍86支、抢修人员2150人。") == [("86支", "other"), ("2150人", "other")]
    assert kinds("全年粮食播种面积48.6万亩，总产量20.3万吨。")[1] == ("20.3万吨", "achieved")
    assert kinds("今年新增配置应急发电车12台。") == [("12台", "achieved")]
    # Funds secured (争取…资金 with their amount) are money obtained; a plan to seek them is a plan; a
    # count done over its plan (超计划完成) is a result; a share of a plan done with the plan's amount named
    assert kinds("累计完成投资3712万元，其中争取上级资金2135万元。") == [("3712万元", "achieved"), ("2135万元", "achieved")]
    assert kinds("全年争取中央和省级补助资金1.38亿元。") == [("1.38亿元", "achieved")]
    assert kinds("计划争取专项债券资金3亿元。") == [("3亿元", "target")]
    assert kinds("全年争取省级文物保护专项经费640万元。") == [("640万元", "achieved")]  # (经费 too: a plan before 2026-12-04)
    assert kinds("已完成9件，其中6件超计划完成，1件未能按期完成。")[-1] == ("1件", "achieved")
    assert kinds("完成年度投资计划160亿元的52.2%。")[-1] == ("52.2%", "achieved")
    # Last month's figure in brackets is the comparison; the change after it is this month's
    assert kinds("优良天数比率为80.0%，比上月（87.1%）下降7.1个百分点。") == [
        ("80.0%", "achieved"), ("87.1%", "other"), ("7.1个百分点", "achieved")]


def test_the_members_of_a_list_after_a_size_are_sizes_and_a_rank_in_a_named_list_is_a_figure():
    assert kinds("产业类、基础设施类、社会民生类项目总投资分别为286.4亿元、97.5亿元、44.7亿元。") == [
        ("286.4亿元", "other"), ("97.5亿元", "other"), ("44.7亿元", "other")]
    assert kinds("新开工项目12个、竣工项目8个。") == [("12个", "achieved"), ("8个", "achieved")]
    assert kinds("“丹陂柑橘”品牌价值52.36亿元，位列全国柑橘类区域公用品牌第9位。")[-1] == ("第9位", "achieved")



def test_a_wholes_own_figure_in_brackets_is_the_benchmark():
    sentence = "全市规模以上工业增加值同比增长7.2%，比全省平均水平高1.1个百分点（全省为增长6.1%）。"
    assert one(sentence, "7.2%").kind == "achieved" and one(sentence, "6.1%").kind == "other"


def test_what_the_whole_place_has_is_a_standing_count():
    assert one("全镇共有行政村23个、自然村186个。", "23个").kind == "other"
    assert one("全镇共有行政村23个、自然村186个。", "186个").kind == "other"
    assert one("全县共有87个项目开工建设。", "87个").kind == "achieved"  # (a verb of work done after it)


def test_the_change_of_work_done_after_a_standing_count_is_a_result():
    sentence = "全市亿元以上在建项目412个，完成投资增长8.3%；"
    assert one(sentence, "412个").kind == "other" and one(sentence, "8.3%").kind == "achieved"


def test_the_field_a_part_is_counted_in_is_other():
    sentence = "全市29个工业行业大类中有21个行业增加值实现增长，增长面达72.4%。"
    assert one(sentence, "29个").kind == "other" and one(sentence, "21个").kind == "achieved"


def test_the_items_of_a_list_named_by_their_nouns_are_what_the_first_is():
    sentence = "全县现有各级各类医疗卫生机构412个，其中县级公立医院4家、乡镇卫生院18家、村卫生室327个；"
    assert [one(sentence, t).kind for t in ("412个", "4家", "18家", "327个")] == ["other"] * 4
    sentence = "全年新增规上工业企业12家、高新技术企业9家，签约项目16个、总投资50亿元。"
    assert [one(sentence, t).kind for t in ("12家", "9家", "16个")] == ["achieved"] * 3
    assert one(sentence, "50亿元").kind == "other"  # (a word of its own decides: the batch's size)


def test_a_rate_per_thousand_people_is_no_population():
    sentence = "每千人口执业(助理)医师3.35人、注册护士4.02人，医护比例进一步优化。"
    assert one(sentence, "3.35人").kind == one(sentence, "4.02人").kind == "achieved"


def test_an_earlier_times_figure_in_brackets_is_an_aside():
    sentence = "完成集装箱吞吐量41.7万标箱（上年同期为37.0万标箱），同比增长12.7%，环比下降1.8%。"
    assert [one(sentence, t).kind for t in ("41.7万标箱", "37.0万标箱", "12.7%", "1.8%")] == [
        "achieved", "other", "achieved", "achieved"]
    sentence = "全年新登记经营主体5.82万户，同比增长8.4%（上年为5.37万户），其中企业1.74万户、个体工商户4.03万户。"
    assert [one(sentence, t).kind for t in ("5.37万户", "1.74万户", "4.03万户")] == ["other", "achieved", "achieved"]


def test_what_a_museum_holds_and_what_is_in_use_are_standing_counts():
    assert one("馆藏文物12.7万件（套），其中珍贵文物6238件（套）。", "6238件").kind == "other"
    assert one("全市在用特种设备9.86万台，全年检验检测设备8.1万台。", "9.86万台").kind == "other"
    assert one("储备项目库共有入库项目112个。", "112个").kind == "other"
    assert one("全年新增入库税收3.2亿元。", "3.2亿元").kind == "achieved"


def test_funds_secured_are_results_however_long_their_name():
    assert one("其中争取中央预算内投资和中央财政补助资金6.35亿元。", "6.35亿元").kind == "achieved"


def test_a_share_of_a_plan_reached_is_a_result_and_its_parts_are_too():
    sentence = "全年完成营造林18.6万亩，为年度计划15万亩的124%，其中人工造林4.2万亩、封山育林6.8万亩、森林抚育7.6万亩。"
    assert [one(sentence, t).kind for t in ("18.6万亩", "124%", "4.2万亩", "6.8万亩", "7.6万亩")] == ["achieved"] * 5
    assert one("城镇居民人均可支配收入年均增长5.1%，低于6%的规划预期。", "6%").kind == "target"


def test_the_current_months_estimate_is_its_outturn_and_what_is_kept_is_a_standing_count():
    assert one("8月全月全市用电量预计为71.2亿千瓦时，同比增长12%左右。", "71.2亿千瓦时").kind == "achieved"
    assert one("全公司备有应急发电车46台。", "46台").kind == "other"


def test_a_rate_per_thousand_people_is_no_standing_count_and_an_industrys_size_no_projects():
    plan = SentenceContext(section="target")
    sentence = "主要目标是：人均体育场地面积达到3.0平方米，每千人拥有社会体育指导员不少于2.6名。"
    assert [f.kind for f in extract_figures(sentence, context=plan)] == ["target", "target"]
    assert one("全市现有各类体育场地1.52万个。", "1.52万个").kind == "other"
    assert one("全市体育产业总规模达到386亿元，同比增长9.7%。", "386亿元").kind == "achieved"
    assert one("力争全市体育产业总规模达到420亿元。", "420亿元").kind == "target"
    assert one("项目总规模达到12亿元。", "12亿元").kind == "other"


def test_an_average_or_a_years_label_in_brackets_is_the_comparison_and_a_neighbour_province_elsewhere():
    sentence = "研发投入强度2.30%，高于全国规模以上工业企业平均水平（1.43%）；营业收入利润率为6.2%，高于行业平均水平（4.8%）。"
    assert [(f.text, f.kind) for f in extract_figures(sentence)] == [
        ("2.30%", "achieved"), ("1.43%", "other"), ("6.2%", "achieved"), ("4.8%", "other")]
    assert [f.kind for f in extract_figures("营业收入：1,486.3亿元（2023年：1,391.7亿元）")] == ["achieved", "other"]
    assert one("邻省同类企业澜海能源集团营业收入增长3.1%。", "3.1%").kind == "other"
    assert one("开通至邻市溧川市的城际公交线路2条。", "2条").kind == "achieved"  # (this place's work, to a neighbour)
    assert one("户籍人口参保率为96.2%。", "96.2%").kind != "other"  # (a rate among the population, not the population)


def test_a_running_total_after_a_condition_of_completion_and_work_ahead_of_the_time_elapsed_are_results():
    sentence = "轨道交通2号线一期开通运营后，线网客流明显提升，1-10月轨道交通累计完成客运量9,864万人次，同比增长22.7%。"
    assert [f.kind for f in extract_figures(sentence)] == ["achieved", "achieved"]
    assert one("项目建成后，年产值达到10亿元。", "10亿元").kind == "target"  # (no running total: still the plan's effect)
    assert one("完成年度计划185亿元的84.8%，高于时间进度1.5个百分点。", "1.5个百分点").kind == "achieved"


def test_the_base_a_change_is_measured_from_and_a_budget_a_result_is_a_share_of():
    sentence = "毕业去向落实率为91.31%，较2023届的90.26%提高1.05个百分点。"
    assert [f.kind for f in extract_figures(sentence)] == ["achieved", "other", "achieved"]
    assert one("平均月收入为6842元，较上届的6566元增长4.2%。", "6566元").kind == "other"
    sentence = "全区一般公共预算收入完成42.36亿元，为年初预算41.80亿元的101.3%。"
    assert [f.kind for f in extract_figures(sentence)] == ["achieved", "target", "achieved"]


def test_parts_of_an_area_after_its_batch_take_its_kind_and_an_area_already_sown_is_work_done():
    sentence = "今年全县计划夏播面积57万亩，其中玉米39.5万亩、大豆12万亩、花生等其他作物5.5万亩。"
    assert [f.kind for f in extract_figures(sentence)] == ["target"] * 4
    sentence = "今年全县秋粮播种78.3万亩，其中中稻52.6万亩、玉米17.9万亩。"
    assert [f.kind for f in extract_figures(sentence)] == ["achieved"] * 3
    assert one("截至6月12日，已夏播23.9万亩，占计划的41.9%。", "23.9万亩").kind == "achieved"
    assert one("全县耕地面积86.2万亩。", "86.2万亩").kind == "other"


def test_an_areas_parts_after_a_breakdown_are_the_batchs_and_land_sold_in_a_list_is_work_done():
    from tests.support import extractive_kinds

    kinds = extractive_kinds("全年完成营造林3.86万亩。其中，人工造林1.12万亩，封山育林1.54万亩。\n")
    assert kinds["1.12万亩"] == kinds["1.54万亩"] == "achieved"
    kinds = extractive_kinds("全年供应国有建设用地186.4公顷。从用途看，工业用地72.18公顷，占供地总量的38.7%；住宅用地31.25公顷。\n")
    assert kinds["72.18公顷"] == kinds["38.7%"] == kinds["31.25公顷"] == "achieved"
    assert one("全年出让“标准地”37宗、203.5公顷。", "203.5公顷").kind == "achieved"


def test_the_outturn_after_a_plans_clause_is_a_result():
    from tests.support import extractive_kinds

    kinds = extractive_kinds("2. 农村饮水安全巩固提升工程。计划新建改造供水管网18公里、新建蓄水池4座；实际完成管网18.6公里、蓄水池5座，"
                             "完成率103.3%。\n")
    assert kinds["18公里"] == "target" and kinds["18.6公里"] == kinds["5座"] == "achieved"


def test_a_bound_a_class_passes_is_no_figure_of_its_own_but_a_share_of_a_whole_is():
    assert kinds("利润总额超过10亿元的企业有5家。") == [("超过10亿元", "other"), ("5家", "achieved")]
    assert kinds("其中业务量超千万件的项目4个。") == [("超千万件", "other"), ("4个", "achieved")]
    assert kinds("抽查的46个项目中，有13个项目执行率低于50%。")[1:] == [("13个", "achieved"), ("50%", "other")]
    assert kinds("对执行率低于50%的项目一律压减下年预算。") == [("50%", "other")]
    assert kinds("超过50%的企业实现盈利，全年营业收入超过120亿元，增速超过15%。") == [
        ("超过50%", "achieved"), ("超过120亿元", "achieved"), ("超过15%", "achieved")]


def test_progress_against_a_plan_is_a_result_and_the_plan_in_brackets_is_no_anchor_for_it():
    assert kinds("青坪乡收购量同比下降3.6%，完成计划进度仅为58.7%。") == [("3.6%", "achieved"), ("58.7%", "achieved")]
    assert kinds("全县累计收购秋粮14.86万吨，增长14.9%，占年度收购计划（22万吨）的67.5%。") == [
        ("14.86万吨", "achieved"), ("14.9%", "achieved"), ("22万吨", "target"), ("67.5%", "achieved")]
    assert kinds("完成投资58.7亿元，完成年度计划投资54.25亿元的108.2%。") == [
        ("58.7亿元", "achieved"), ("54.25亿元", "target"), ("108.2%", "achieved")]
    assert kinds("计划完成投资20亿元。") == [("20亿元", "target")]
    assert kinds("全年实现营业收入58.7亿元，完成年度预算（56亿元）的104.8%。") == [
        ("58.7亿元", "achieved"), ("56亿元", "target"), ("104.8%", "achieved")]


def test_the_area_or_length_of_work_just_counted_is_work_done_and_a_standing_ones_a_profile():
    assert kinds("全年收储土地56宗、面积428.6公顷。") == [("56宗", "achieved"), ("428.6公顷", "achieved")]
    assert kinds("全年新建改建城市道路（含背街小巷）43条、总长约37.5公里。") == [
        ("43条", "achieved"), ("约37.5公里", "achieved")]
    assert kinds("现有城市公园12个、面积300公顷。") == [("12个", "other"), ("300公顷", "other")]
    # (a batch's 总投资 stays its size)
    assert kinds("全年开工项目12个、总投资50亿元。")[1] == ("50亿元", "other")
    # (an area named by what was done to it is of the work too, and a plan's area is planned; both were read as sizes before
    # 2026-12-04; a facility's own floor area stays its size)
    assert kinds("全年新开工棚户区改造项目7处，建筑面积3.6万平方米。") == [("7处", "achieved"), ("3.6万平方米", "achieved")]
    assert kinds("今年计划新建高标准农田示范区4个、建设面积2.5万亩。") == [("4个", "target"), ("2.5万亩", "target")]
    assert kinds("全年新开社区书店3家，营业面积共620平方米。")[1] == ("620平方米", "other")


def test_a_stock_with_its_change_over_the_period_is_the_periods_outcome_and_alone_a_profile():
    assert kinds("年末全县户籍人口61.38万人，比上年末减少0.42万人。") == [
        ("61.38万人", "achieved"), ("0.42万人", "achieved")]
    assert kinds("全县耕地面积52.76万亩，较上年度净增0.43万亩。")[0] == ("52.76万亩", "achieved")
    assert kinds("年末全县常住人口52.46万人。") == [("52.46万人", "other")]


def test_a_band_that_defines_a_class_a_stock_held_and_a_level_an_average_fell_from():
    assert kinds("较大火灾是指造成3人以上10人以下死亡，或者1000万元以上5000万元以下直接财产损失的火灾。") == [
        ("3人以上", "other"), ("10人以下", "other"), ("1000万元以上", "other"), ("5000万元以下", "other")]
    assert kinds("全市电动自行车保有量约168万辆。") == [("约168万辆", "other")]
    assert kinds("专利审查周期由平均22个月缩短至3个月以内。") == [("22个月", "other"), ("3个月以内", "achieved")]


def test_how_a_body_is_made_up_and_a_stock_whose_noun_holds_a_model_code_are_profiles():
    assert kinds("管理中心为公益一类事业单位，设7个处（科），6个管理部，1个分中心。") == [
        ("7个", "other"), ("6个", "other"), ("1个", "other")]
    assert kinds("目前全市共有汽车品牌4S店87家、二手车交易市场6个。") == [("87家", "other"), ("6个", "other")]
    # (what is built, added or opened is work done)
    assert kinds("全年建设12个项目，新设3个服务站，开设5个班。") == [("12个", "achieved"), ("3个", "achieved"), ("5个", "achieved")]


def test_the_year_within_which_work_was_done_is_no_plan_outside_a_plans_section():
    assert kinds("年内新增充电桩1.52万台，同比增长38.2%。") == [("1.52万台", "achieved"), ("38.2%", "achieved")]
    assert kinds("年内完成投资2.6亿元。") == [("2.6亿元", "achieved")]
    # (in a plan's section, or after a plan's own word, it is the plan's year)
    assert kinds("年内完成投资3亿元。", SentenceContext(section="target")) == [("3亿元", "target")]
    assert kinds("力争年内新增充电桩1.6万台。") == [("1.6万台", "target")]


def test_a_planning_permit_and_a_village_plan_drawn_up_are_nouns_not_plans():
    assert kinds("全年核发建设用地规划许可证126件、建设工程规划许可证208件。") == [("126件", "achieved"), ("208件", "achieved")]
    assert kinds("全年完成23个村庄规划编制，累计完成156个。") == [("23个", "achieved"), ("156个", "achieved")]
    assert kinds("规划建设标准厂房5万平方米。") == [("5万平方米", "target")]  # (规划 as a verb: to plan)
    assert kinds("将闲置房屋改造为来料加工车间，全年取得租金收入28.5万元。") == [("28.5万元", "achieved")]
    assert kinds("将14家用人单位列入失信联合惩戒对象名单。") == [("14家", "achieved")]  # (将 marks the object: 把)


def test_a_ranges_upper_end_is_what_its_lower_end_is_and_the_year_alone_is_no_plan():
    assert kinds("每户补助标准为6000元至9000元。") == [("6000元", "other"), ("9000元", "other")]
    assert kinds("力争增长5%—6%。") == [("5%", "target"), ("6%", "target")]
    assert kinds("年内新建城市书房9个，改造提升分馆6个。") == [("9个", "achieved"), ("6个", "achieved")]
    assert kinds("毕业半年内离职率为11.2%。") == [("11.2%", "achieved")]  # (半年内 is no plan's year)
    assert kinds("力争年内新建10个。") == [("10个", "target")]


def test_an_organisation_counted_is_a_noun_not_the_verb_organise():
    assert kinds("目前，全市共有基层工会组织6218个，覆盖职工58.4万人。") == [("6218个", "other"), ("58.4万人", "other")]
    assert kinds("全年组织培训126场。") == [("126场", "achieved")]


def test_a_few_doers_counted_in_words_before_another_figure_describe_it():
    assert kinds("县内两家缫丝企业全年收购蚕茧1420吨。") == [("两家", "other"), ("1420吨", "achieved")]
    assert kinds("组建由两名业务骨干带队的服务小组46个。") == [("两名", "other"), ("46个", "achieved")]
    assert kinds("有两名员工获评全省先进个人。") == [("两名", "achieved")]  # (the clause's own count)
    assert kinds("与经济办七名骨干成员“双周一碰头”。") == [("七名", "other")]  # (who the clause is about)
    # the figure after it is the clause's own, of the kind its own words give
    assert kinds("其中该县四家班子领导“走出去”64人次。") == [("四家", "other"), ("64人次", "achieved")]


def test_the_area_of_work_on_land_or_of_what_a_fire_struck_is_no_profile():
    assert kinds("全年农机作业服务面积1280万亩次。") == [("1280万亩次", "achieved")]
    assert kinds("秸秆机械化还田面积186万亩。") == [("186万亩", "achieved")]
    assert kinds("共发生森林火灾两起，过火面积12.6亩。") == [("两起", "achieved"), ("12.6亩", "achieved")]
    assert kinds("全县耕地面积86.2万亩。") == [("86.2万亩", "other")]  # (the place's own)
    # the seed grown in the season and the area a variety was spread to are the season's work
    assert kinds("其中，杂交水稻制种面积9.4万亩，玉米制种面积6.1万亩。") == [("9.4万亩", "achieved"), ("6.1万亩", "achieved")]
    assert kinds("全年主推品种推广面积238万亩。") == [("238万亩", "achieved")]



def test_what_passed_a_review_in_the_period_is_no_standing_count():
    assert kinds("全市共有29个农作物新品种通过审定。") == [("29个", "achieved")]
    assert kinds("全县共有12家企业通过高新技术企业复核。") == [("12家", "achieved")]
    assert kinds("全市共有规上企业312家。") == [("312家", "other")]


def test_jiang_that_links_its_object_with_another_is_no_will():
    s = "将登记结果与户籍迁移、子女入学等事项关联，全年为1.06万名群众提供扫码查询服务，减少群众跑腿约2.1万次。"
    assert kinds(s) == [("1.06万名", "achieved"), ("约2.1万次", "achieved")]
    assert kinds("明年将与高校挂钩，培养人才300名。") == [("300名", "target")]  # (将与: a will)


def test_a_price_fee_or_sum_set_per_unit_is_a_rate_and_a_markets_average_price_a_result():
    assert kinds("上网电价执行每千瓦时0.65元。") == [("0.65元", "other")]
    assert kinds("城区居民生活垃圾处理费为每户每月8元。") == [("8元", "other")]
    assert kinds("每个中心给予省级补助资金200万元。") == [("200万元", "other")]
    # what a market paid on average in the period, and a standard raised, are results
    assert kinds("全县中晚籼稻收购均价每斤1.33元，同比下降0.05元。") == [("1.33元", "achieved"), ("0.05元", "achieved")]
    assert kinds("城乡低保标准分别提高到每人每月880元。") == [("880元", "achieved")]


def test_a_count_in_words_that_opens_its_clause_before_a_result_verb_is_that_result():
    assert kinds("两名同志获评省级档案工作先进个人。") == [("两名", "achieved")]


def test_a_years_estimate_goes_on_past_its_clause():
    s = "会议通报，预计全年接待游客486.2万人次，同比增长12.7%，首次突破480万人次。"
    assert kinds(s) == [("486.2万人次", "achieved"), ("12.7%", "achieved"), ("480万人次", "achieved")]
    assert kinds("预计明年接待游客突破500万人次。") == [("500万人次", "target")]


def test_a_success_rate_is_a_noun_and_no_settled_result():
    assert kinds("下一步力争把调解成功率提高到65%。") == [("65%", "target")]
    assert kinds("全年调解成功率达到61.2%。") == [("61.2%", "achieved")]


def test_what_a_place_has_only_so_much_of_is_a_shortfall_not_a_result():
    assert kinds("全县农村供水专职管护人员仅56人，枯水期供水保证率不足90%。") == [("56人", "other"), ("90%", "other")]
    assert kinds("全院仅有全科医生8名。") == [("8名", "other")]
    # (a result that fell short keeps its verb: the period's work)
    assert kinds("三季度新开工项目仅5个。") == [("5个", "achieved")]


def test_what_a_store_or_a_reservoir_holds_is_its_size_and_new_capacity_is_work_done():
    assert kinds("储备库下设三个分库，仓容5.4万吨；水库总库容1.86亿立方米。") == [("5.4万吨", "other"), ("1.86亿立方米", "other")]
    assert kinds("今年维修改造和新建仓容3.5万吨，新增冷库库容2.8万立方米。") == [("3.5万吨", "achieved"), ("2.8万立方米", "achieved")]


def test_an_investment_that_describes_the_work_it_names_is_its_size_whatever_the_noun():
    # (投资…的 + a name: the hard case "投资2亿元的…项目", with a work named by any noun; in a plan too)
    assert kinds("投资860万元的江畔城市书房于5月开放，开放以来接待读者9.6万人次。") == [
        ("860万元", "other"), ("9.6万人次", "achieved")]
    assert kinds("明年将启动建设投资2.6亿元的穗原种业创新中心。") == [("2.6亿元", "other")]
    # (not a share of a planned investment: its amount is the plan's)
    assert kinds("累计完成投资148.7亿元，占年度计划投资182.2亿元的81.6%。")[1] == ("182.2亿元", "target")


def test_an_english_head_over_a_profile_of_the_place_gives_its_standing_sizes_and_a_labelled_line_is_no_head():
    text = ("Annual report 2024\n\nThe park received 4.62 million visitor days in 2024.\n\nThe park at a glance\n\n"
            "Area: 1,437 square kilometres\nPublic rights of way: 2,310 kilometres\n\nOur year in numbers\n\n"
            "Volunteer days: 21,480\n\n3. Looking ahead: 2025-30\n\nWe will plant 40,000 trees by 2030.\n")
    sections = _sections_of(text)
    assert sections["Area: 1,437 square kilometres"] == sections["Public rights of way: 2,310 kilometres"] == "other"
    assert sections["Volunteer days: 21,480"] is None  # (a year's numbers are its results: the line says)
    assert sections["We will plant 40,000 trees by 2030."] == "target"  # ("Looking ahead: 2025-30" is a head)
    kinds = extractive_kinds(text)
    assert kinds["1,437 square kilometres"] == kinds["2,310 kilometres"] == "other"
    assert kinds["21,480"] == "achieved"
    # (what was done, named in the plural without "our", is no profile: "Grants at a glance")
    grants = _sections_of("Annual review 2024\n\nGrants at a glance\n\nCommunity grants: $2.2 million\n")
    assert grants["Community grants: $2.2 million"] is None


def test_a_figure_measured_against_in_yu_xiang_bi_or_an_earlier_times_aside_naming_its_measure_is_the_comparison():
    figs = {f.text: f for f in extract_figures("与2023年审结刑事案件571件相比，今年刑事案件审结数增加41件。")}
    assert (figs["571件"].kind, figs["571件"].period, figs["571件"].subject) == ("other", "2023", "审结刑事案件")
    assert figs["41件"].kind == "achieved"  # (the change after it is still the year's)
    figs = {f.text: f.kind for f in extract_figures(
        "当期结余12.47亿元，同比减少2.18亿元（上年同期当期结余14.65亿元）；截至9月末，基金累计结余156.30亿元。")}
    assert figs == {"12.47亿元": "achieved", "2.18亿元": "achieved", "14.65亿元": "other", "156.30亿元": "achieved"}
    # (a goal measured against is the goal)
    figs = {f.text: f.kind for f in extract_figures("全市人均藏书1.38册，但与全省规划提出的人均1.5册目标相比仍有差距。")}
    assert figs["1.5册"] == "target"


def test_a_part_year_reports_estimate_of_the_whole_year_is_a_forecast_and_a_year_end_reviews_is_its_outturn():
    body = ("1—9月，中心累计发布各类稿件2.36万条，同比增长14.5%，全年预计发稿3.2万条以上。"
            "其中原创稿件1.42万条，原创率达到六成。\n\n")
    kinds = extractive_kinds("云溪县融媒体中心关于2024年1—9月工作进展情况的报告\n\n" + body)
    assert kinds["3.2万条以上"] == "target"
    assert kinds["2.36万条"] == kinds["1.42万条"] == "achieved"  # (其中 breaks down the months' result, not the forecast)
    kinds = extractive_kinds("云溪县融媒体中心2024年工作总结\n\n" + body)
    assert kinds["3.2万条以上"] == "achieved"
    kinds = extractive_kinds("2024年10月全市工业经济运行情况分析\n\n1—10月，全市规上工业增加值增长7.5%。预计全年规上工业增加值增长7.8%左右。")
    assert (kinds["7.5%"], kinds["7.8%左右"]) == ("achieved", "target")


def test_in_a_paragraph_that_reviews_and_plans_by_turns_a_sentence_of_figures_after_the_plan_reports_the_year_again():
    text = ("一、医疗服务能力：门诊量稳步增长，明年向专科化延伸\n\n"
            "全年收治住院病人2,316人次，同比增长7.2%，病床使用率达到78.4%；明年计划将病床使用率提高到85%左右。"
            "开展手术312台，其中三级以下常规手术286台。明年将新增中医诊疗项目4项。一是新建病房20间。\n")
    sections = _sections_of(text)
    assert sections["开展手术312台，其中三级以下常规手术286台。"] is None  # (the review again: no word of a plan)
    assert sections["一是新建病房20间。"] == "target"  # (an item of the plan's list)
    kinds = extractive_kinds("石塘镇卫生院2024年工作总结及2025年工作计划\n\n" + text)
    assert (kinds["312台"], kinds["286台"], kinds["85%左右"], kinds["4项"]) == ("achieved", "achieved", "target", "target")


def test_work_done_on_a_stock_is_the_periods_work_and_the_stock_held_is_a_profile():
    assert one("全年盘活存量住房1440套。", "1440套").kind == "achieved"
    assert one("通过银行贷款置换高成本存量债务42.7亿元。", "42.7亿元").kind == "achieved"
    assert one("改建存量房屋290套。", "290套").kind == "achieved"
    assert one("全县现有存量住房1.2万套。", "1.2万套").kind == "other"
    # (work done on what is under way or held, its object: read as a standing count before 2026-12-04)
    assert one("全年巡查在建工地980个次。", "980个次").kind == "achieved"
    assert one("修复馆藏古籍1240册。", "1240册").kind == "achieved"
    assert one("全区在建工地312个。", "312个").kind == "other"


def test_the_next_parts_of_a_batch_named_by_their_nouns_alone_are_of_the_batch():
    figs = {f.text: f.kind for f in extract_figures(
        "现有职工1486人，其中卫生专业技术人员1297人，高级职称268人，具有博士研究生学历21人、硕士研究生学历318人。")}
    assert set(figs.values()) == {"other"}  # (a body's staff, every part of it)
    # (not what is new in the year after it)
    figs = {f.text: f.kind for f in extract_figures("现有体育社会组织320个，其中社团186个，全年新登记体育社会组织47个。")}
    assert figs["47个"] == "achieved"


def test_a_bulletins_masthead_above_its_reports_name_leaves_the_measures_it_took_as_work_done():
    from tests.support import extractive_kinds

    text = ("澄溪商务简报\n\n2024年春节假期全县消费市场运行情况\n\n一、总体情况\n\n假期全县实现社会消费品零售额3.18亿元，同比增长6.2%。\n\n"
            "二、主要工作措施\n\n节前，县商务局组织开展市场保供检查，检查商超、农贸市场等经营主体126家次，整改问题23处。\n\n"
            "三、下一步工作\n\n力争一季度全县社会消费品零售额增长6%以上。\n")
    kinds = extractive_kinds(text)
    assert kinds["126家次"] == kinds["23处"] == "achieved"  # (were a plan's: 措施 under the masthead's name alone)
    assert kinds["6%以上"] == "target"


def test_a_plan_an_answer_ends_on_is_over_at_the_transcripts_next_question():
    from tests.support import extractive_kinds

    text = ("澄港经开区2024年上半年发展情况新闻发布会实录\n\n"
            "请问张主任，上半年招商引资有哪些进展？\n\n"
            "谢谢您的提问。上半年，经开区新签约项目46个，协议投资218亿元。\n\n"
            "下一步，我们将力争全年新签约项目100个以上。\n\n"
            "请问李局长，人才引进方面做了哪些工作？\n\n"
            "谢谢。上半年，经开区新引进各类人才3200余名，发放人才补贴8600万元。\n")
    kinds = extractive_kinds(text)
    assert kinds["100个以上"] == "target"
    assert kinds["3200余名"] == kinds["8600万元"] == "achieved"  # (were the plan's: the answer before ended on it)


def test_a_report_on_how_things_stand_reports_the_measures_it_took():
    from tests.support import extractive_kinds

    text = ("澄溪县农业农村局关于2025年夏粮收购和农机补贴情况的报告\n\n一、夏粮生产总体情况\n\n全县夏粮播种面积12.6万亩，总产量4.8万吨。\n\n"
            "二、主要工作措施\n\n全年发放耕地地力保护补贴5210万元，新建高标准农田2.1万亩。\n\n"
            "三、下一步工作打算\n\n力争明年夏粮总产量稳定在5万吨以上。\n")
    kinds = extractive_kinds(text)
    assert kinds["5210万元"] == kinds["2.1万亩"] == "achieved"  # (were a plan's: 措施 in a report named as a plan's)
    assert kinds["5万吨以上"] == "target"


def test_under_a_profiles_head_a_figure_nothing_speaks_for_is_standing_but_the_periods_figures_are_results():
    kinds = extractive_kinds(
        "岚川市住房公积金2024年年度报告\n\n一、机构概况\n\n"
        "（一）住房公积金管理委员会。管理委员会有委员23名，2024年召开3次会议。\n\n"
        "（二）住房公积金管理中心。中心设6个科室，从业人员154人。\n\n"
        "二、业务运行情况\n\n"
        "全年新开户单位1,260家，实缴职工28.6万人。\n")
    # (the body's make-up, under its profile's head)
    assert (kinds["23名"], kinds["154人"]) == ("other", "other")
    # (what the sentence dates to the year is its result, in the profile too; and the next head's results are results)
    assert kinds["3次"] == "achieved"
    assert (kinds["1,260家"], kinds["28.6万人"]) == ("achieved", "achieved")
    # (a profile of a period is that period's: "一、2024年气候概况")
    weather = extractive_kinds("岚川市2024年气候公报\n\n一、2024年气候概况\n\n平均气温17.2℃，降水量1,215毫米。\n")
    assert weather["17.2℃"] == "achieved"


def test_a_page_reviewing_a_year_and_planning_the_next_cites_the_year_before_as_background():
    kinds = extractive_kinds(
        "澄川区人力资源和社会保障局2024年工作总结和2025年工作计划\n\n一、2024年工作情况\n\n"
        "（一）就业形势稳定。1—11月，全区城镇新增就业1.26万人，同比增长3.2%。2023年，全区城镇新增就业1.22万人。\n\n"
        "二、2025年工作计划\n\n力争全年城镇新增就业1.3万人以上。\n")
    assert (kinds["1.26万人"], kinds["1.22万人"], kinds["1.3万人以上"]) == ("achieved", "other", "target")


def test_a_sentence_on_a_years_same_period_gives_the_base():
    kinds = extractive_kinds("一季度，全区规上工业增加值增长7.2%。2024年同期，全区规上工业增加值增长5.9%。\n")
    assert (kinds["7.2%"], kinds["5.9%"]) == ("achieved", "other")


def test_under_a_problems_head_the_state_described_is_standing_but_a_change_or_a_period_named_is_a_result():
    kinds = extractive_kinds(
        "汀州县2024年交通运输工作总结\n\n一、主要工作成效\n\n全年新改建农村公路86公里。\n\n"
        "二、存在的问题\n\n一是养护资金不足，县级配套资金缺口约9000万元；二是机械化养护率仅为38.5%；"
        "三是上半年客运量下降4.6%。\n")
    # (the state the problems describe, as a profile's)
    assert (kinds["约9000万元"], kinds["38.5%"]) == ("other", "other")
    # (a change, and a figure its clause dates to the period, are the period's results)
    assert kinds["4.6%"] == "achieved"
    assert kinds["86公里"] == "achieved"


def test_jiang_right_before_a_number_marks_its_object_not_a_will():
    assert one("全年将8家村级卫生室委托给乡镇卫生院管理。", "8家").kind == "achieved"
    assert one("今年将12个项目列入市级重点。", "12个").kind == "achieved"
    # (a will, its verb or a bound next: 将超过…)
    assert one("春节期间全县游客将超过120万人次。", "超过120万人次").kind == "target"
    assert one("明年将新建养老服务中心6家。", "6家").kind == "target"


def test_a_share_of_an_earlier_years_level_reached_is_the_periods_result():
    kinds = extractive_kinds("汀州县2024年文化和旅游工作总结\n\n全年接待游客1280万人次，恢复到2019年水平的116.2%。\n")
    assert kinds["116.2%"] == "achieved"


def test_the_years_work_after_a_standing_count_is_a_result():
    assert {f.text: f.kind for f in extract_figures("全县现有社区学校12所，全年开设课程84门，参训学员3100人次。")} == {
        "12所": "other", "84门": "achieved", "3100人次": "achieved"}


def test_the_length_of_work_done_after_its_count_and_a_comma_is_work_done():
    assert one("全年创建美丽农村路示范路9条，总长64.5公里。", "64.5公里").kind == "achieved"


def test_an_earlier_five_year_plans_years_are_background():
    kinds = extractive_kinds("汀州县2024年交通运输工作总结\n\n全年新改建农村公路86公里，同比增长7.5%。"
                             "“十三五”时期，全县累计建成农村公路540公里。\n")
    assert (kinds["86公里"], kinds["540公里"]) == ("achieved", "other")
    # (a page that reviews the years since then counts them: 十三五以来)
    since = extractive_kinds("汀州县交通运输工作总结\n\n“十三五”以来，全县累计建成农村公路1260公里。2024年新改建农村公路86公里。\n")
    assert since["1260公里"] == "achieved"


def test_a_goal_set_at_a_level_is_a_target():
    assert one("建议2026年规上工业增加值增长目标按9%左右安排。", "9%左右").kind == "target"


def test_a_plan_for_the_year_right_before_its_number_or_before_its_year_is_a_target():
    assert one("今年计划12个项目开工。", "12个").kind == "target"
    assert one("县商务局计划年内再完成8个农贸市场的提升改造。", "8个").kind == "target"
    # (not a programme's name, nor a plan exceeded)
    assert one("入选省级以上科技人才计划67人。", "67人").kind == "achieved"
    assert one("北站完成投资超出年度计划0.4亿元。", "0.4亿元").kind == "achieved"
    assert one("年内新增充电桩1.52万台。", "1.52万台").kind == "achieved"


def test_the_places_a_work_done_reached_are_the_places_profile_and_a_plans_reach_its_goal():
    assert one("向全县86个行政村农家书屋配送图书2.3万册。", "86个").kind == "other"
    assert one("在全县二十个乡镇和重点村居设立法官工作站28个。", "二十个").kind == "other"
    assert one("计划年内在全县16个乡镇设立融媒体工作站。", "16个").kind == "target"


def test_a_floor_held_for_years_is_background_of_the_amount_in_its_unit():
    figs = {f.text: f for f in extract_figures("粮食总产量32.46万吨，同比增长3.4%，总产量居全市第1位，连续8年稳定在30万吨以上。")}
    assert figs["32.46万吨"].kind == "achieved"
    assert (figs["30万吨以上"].kind, figs["30万吨以上"].subject) == ("other", "粮食总产量")


def test_the_provinces_figure_for_the_same_period_is_a_benchmark_and_lends_its_kind_only_to_its_own_list():
    # (a result before 2026-12-04, as was a share of the whole after it, or a change after a benchmark in brackets)
    figs = {f.text: f.kind for f in extract_figures("全县社会消费品零售总额增长6.8%，同期全省社会消费品零售总额同比增长4.9%。")}
    assert (figs["6.8%"], figs["4.9%"]) == ("achieved", "other")
    figs = {f.text: f.kind for f in extract_figures("同期全省快递业务量2.1亿件，我县约占全省的3.4%。")}
    assert (figs["2.1亿件"], figs["3.4%"]) == ("other", "achieved")
    figs = {f.text: f.kind for f in extract_figures("报告病例较上月（1288例）下降4.2%，较去年同期（1190例）上升3.7%。")}
    assert (figs["4.2%"], figs["3.7%"], figs["1288例"]) == ("achieved", "achieved", "other")
    figs = {f.text: f.kind for f in extract_figures("全年发生火灾41起、死亡2人（上年为52起、3人）。")}
    assert (figs["52起"], figs["3人"]) == ("other", "other")
