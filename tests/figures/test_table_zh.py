"""A Chinese report's table flattened to lines: each value a figure of its row's label, in the unit
of its column, its row or the table, for the year of its column."""

from __future__ import annotations

from service.pipeline import summarize
from service.schemas import SummaryOptions
from tests.support import extractive_figures, extractive_settings

REPORT = """\
浙江恒川新材料股份有限公司2024年年度报告摘要

第三节　主要会计数据和财务指标

报告期内，公司实现营业收入48.62亿元，同比增长18.36%，经营情况良好，各项指标稳步提升。

单位：元　币种：人民币

| 项目 | 2024年 | 2023年 | 本年比上年增减(%) |
|---|---|---|---|
| 营业收入 | 4,862,315,790.44 | 4,107,952,118.36 | 18.36 |
| 基本每股收益（元／股） | 1.05 | 0.90 | 16.67 |
| 加权平均净资产收益率（%） | 12.84 | 11.97 | 增加0.87个百分点 |

第四节　股东情况

截至报告期末普通股股东总数为28,417户。
"""


def _figures():
    s = summarize(REPORT, SummaryOptions(mode="extractive"), settings=extractive_settings())
    return {(f.text, f.unit, f.subject, f.kind, f.period) for f in s.figures}, s


def test_each_value_of_a_row_is_a_figure_of_its_label_in_its_unit_and_its_columns_year():
    figures, _ = _figures()
    assert {
        ("4,862,315,790.44", "元", "营业收入", "achieved", "2024"),
        ("4,107,952,118.36", "元", "营业收入", "other", "2023"),  # the comparison year
        ("18.36", "%", "营业收入增减", "achieved", "2024"),  # the change column's (%) holds for every row
        ("1.05", "元", "基本每股收益", "achieved", "2024"),  # the row's unit, 元／股
        ("16.67", "%", "基本每股收益增减", "achieved", "2024"),
        ("12.84", "%", "加权平均净资产收益率", "achieved", "2024"),
        ("0.87个百分点", "个百分点", "加权平均净资产收益率增加", "achieved", "2024"),
    } <= figures


def test_a_tables_figures_are_grounded_in_their_row_and_prose_is_read_as_before():
    figures, s = _figures()
    row = next(f for f in s.figures if f.text == "4,862,315,790.44")
    assert row.source_quote.startswith("营业收入") and "4,107,952,118.36" in row.source_quote
    assert ("28,417户", "户") in {(f.text, f.unit) for f in s.figures}
    assert ("48.62亿元", "元") in {(f.text, f.unit) for f in s.figures}


def test_a_statistical_sheet_with_a_unit_column_gives_each_value_in_its_rows_unit():
    from service.pipeline import summarize
    from service.schemas import SummaryOptions
    from tests.support import extractive_settings

    sheet = ("禾丰县2025年1—6月主要经济指标\n\n指标名称\t单位\t本月\t累计\t同比±%\n"
             "一、地区生产总值\t亿元\t—\t186.42\t5.3\n二、规模以上工业增加值\t亿元\t12.36\t68.91\t7.4\n"
             "工业用电量\t万千瓦时\t21,458\t118,736\t4.9\n规上工业企业数\t个\t—\t318\t+21（家）\n\n"
             "上半年，全县经济运行总体平稳，地区生产总值同比增长5.3%，增速较一季度加快0.4个百分点。\n")
    s = summarize(sheet, SummaryOptions(mode="extractive"), settings=extractive_settings())
    rows = {(f.text, f.subject, f.unit, f.period) for f in s.figures}
    assert {("68.91", "规模以上工业增加值累计", "元", "2025"), ("7.4", "规模以上工业增加值同比增长", "%", "2025"),
            ("118,736", "工业用电量累计", "千瓦时", "2025"), ("318", "规上工业企业数累计", "个", "2025")} <= rows
    assert next(f for f in s.figures if f.text == "68.91").value == 6.891e9
    assert "\\t" not in s.summary and "186.42" not in s.summary


def test_a_bar_tables_rows_of_bare_values_and_a_change_with_its_own_unit():
    # The unit in the row's label; a change written with its own unit ("8.7%", "-1.1个百分点") keeps it and
    # its sign; a value with its own unit ("680亿元") keeps it, with its column's year and kind.
    from service.figures.table_zh import table_figures
    from service.segment import segment

    text = ("指标 | 2025年上半年 | 2024年上半年 | 增减\n营业收入（亿元） | 186.42 | 171.50 | 8.7%\n"
            "资产负债率（%） | 64.2 | 65.3 | -1.1个百分点\n")
    rows = table_figures(segment(text))
    got = [(f.text, f.value, f.unit, f.kind, f.period) for figs in rows.values() for f in figs]
    assert got == [("186.42", 1.8642e10, "元", "achieved", "2025"), ("171.50", 1.715e10, "元", "other", "2024"),
                   ("8.7%", 8.7, "%", "achieved", "2025"), ("64.2", 64.2, "%", "achieved", "2025"),
                   ("65.3", 65.3, "%", "other", "2024"), ("-1.1个百分点", -1.1, "个百分点", "achieved", "2025")]
    rows = table_figures(segment("指标 | 2025年 | 2024年 | 完成率\n地区生产总值 | 680亿元 | 571.4亿元 | 84.0%\n"))
    assert [(f.text, f.value, f.kind, f.period) for figs in rows.values() for f in figs] == [
        ("680亿元", 6.8e10, "achieved", "2025"), ("571.4亿元", 5.714e10, "other", "2024"), ("84.0%", 84.0, "achieved", "2025")]


def test_a_bar_tables_columns_named_by_what_they_count_give_their_bare_cells_that_unit():
    from service.figures.table_zh import table_figures
    from service.segment import segment

    text = ("食品类别 | 抽检批次 | 不合格批次 | 不合格率 | 上年不合格率\n粮食加工品 | 2310 | 12 | 0.52% | 0.61%\n"
            "合计 | 21036 | 398 | 1.89% | 2.16%\n")
    got = [(f.text, f.unit, f.kind) for figs in table_figures(segment(text)).values() for f in figs]
    assert got[:4] == [("2310", "批次", "achieved"), ("12", "批次", "achieved"), ("0.52%", "%", "achieved"),
                       ("0.61%", "%", "other")]


def test_a_second_column_of_words_names_the_row_further_and_a_stores_capacity_is_its_size():
    from service.figures.table_zh import table_figures
    from service.segment import segment

    text = ("承储库点 | 品种 | 储存数量（吨） | 仓容（吨） | 仓容占用率（%）\n县中心粮库 | 小麦 | 12000 | 15000 | 80.0\n"
            "城北粮库 | 小麦 | 6000 | 8000 | 75.0\n")
    got = [(f.subject, f.text, f.unit, f.kind) for figs in table_figures(segment(text)).values() for f in figs]
    assert got[:3] == [("县中心粮库（小麦）储存数量", "12000", "吨", "achieved"), ("县中心粮库（小麦）仓容", "15000", "吨", "other"),
                       ("县中心粮库（小麦）仓容占用率", "80.0", "%", "achieved")]


def test_a_change_cell_with_a_full_width_percent_sign_is_a_percentage():
    # "8.7％" is written so in pages typed with a Chinese input method: the same unit as "8.7%".
    from service.figures.table_zh import table_figures
    from service.segment import segment

    text = "指标 | 2025年上半年 | 2024年上半年 | 增减\n营业收入（亿元） | 186.42 | 171.50 | 8.7％\n"
    got = [(f.text, f.value, f.unit) for figs in table_figures(segment(text)).values() for f in figs]
    assert got[-1] == ("8.7％", 8.7, "%")


def test_a_head_naming_periods_and_changes_in_words_reads_its_columns():
    # "本报告期 上年同期 增减变动幅度": this period's value, the comparison, the change (its sign kept);
    # "环比(%) 同比(%)": changes in per cent, each named by its kind; "本月 累计 同比±%": a month and its running total.
    from service.figures.table_zh import table_figures
    from service.segment import segment

    flash = ("单位：人民币万元\n项目 本报告期 上年同期 增减变动幅度\n营业利润 21,306.58 24,871.42 -14.33%\n"
             "总资产 682,915.73 641,207.56 6.50%\n")
    got = [(f.text, f.value, f.unit, f.kind, f.subject) for figs in table_figures(segment(flash)).values() for f in figs]
    assert got[:3] == [("21,306.58", 213065800.0, "元", "achieved", "营业利润"),
                       ("24,871.42", 248714200.0, "元", "other", "营业利润"),
                       ("-14.33%", -14.33, "%", "achieved", "营业利润增减")]
    assert got[4][1] == 6412075600.0  # (not 6412075600.000001)
    cpi = "| 类别 | 环比(%) | 同比(%) |\n| 居民消费价格总指数 | 0.3 | -0.2 |\n| 其中：食品 | 1.3 | -1.8 |\n"
    got = [(f.text, f.value, f.unit, f.subject) for figs in table_figures(segment(cpi)).values() for f in figs]
    assert got == [("0.3", 0.3, "%", "居民消费价格总指数环比"), ("-0.2", -0.2, "%", "居民消费价格总指数同比"),
                   ("1.3", 1.3, "%", "食品环比"), ("-1.8", -1.8, "%", "食品同比")]
    sheet = "指标名称 本月 累计 同比±%\n规上工业增加值(亿元) 41.6 402.3 7.9\n"
    got = [(f.value, f.subject) for figs in table_figures(segment(sheet)).values() for f in figs]
    assert got == [(4160000000.0, "规上工业增加值"), (40230000000.0, "规上工业增加值累计"), (7.9, "规上工业增加值同比")]


def test_a_head_of_measures_with_their_units_gives_each_cell_its_unit_and_name():
    from service.figures.table_zh import table_figures
    from service.segment import segment

    text = "| 平台 | 网络零售额(亿元) | 同比(%) | 占比(%) |\n| 橙果商城 | 16.84 | 8.0 | 34.5 |\n| 聚划来 | 9.27 | -3.5 | 19.0 |\n"
    got = [(f.text, f.value, f.unit, f.subject) for figs in table_figures(segment(text)).values() for f in figs]
    assert got == [("16.84", 1684000000.0, "元", "橙果商城网络零售额"), ("8.0", 8.0, "%", "橙果商城网络零售额同比"),
                   ("34.5", 34.5, "%", "橙果商城占比"), ("9.27", 927000000.0, "元", "聚划来网络零售额"),
                   ("-3.5", -3.5, "%", "聚划来网络零售额同比"), ("19.0", 19.0, "%", "聚划来占比")]


def test_a_listed_companys_quarterly_head_and_a_cell_with_no_value():
    # The heads a quarterly report writes; the year to date beside the quarter; "不适用" holds a column's place.
    from service.figures.table_zh import table_figures
    from service.segment import segment

    text = ("单位：元　币种：人民币\n项目 本报告期 本报告期比上年同期增减变动幅度(%) 年初至报告期末 年初至报告期末比上年同期增减变动幅度(%)\n"
            "营业收入 486,237,915.62 -6.84 1,452,806,337.19 3.27\n"
            "经营活动产生的现金流量净额 不适用 不适用 96,318,442.75 41.26\n基本每股收益（元/股） 0.15 -16.67 0.49 -2.00\n")
    got = [(f.text, f.value, f.unit, f.subject) for figs in table_figures(segment(text)).values() for f in figs]
    assert got[:4] == [("486,237,915.62", 486237915.62, "元", "营业收入"), ("-6.84", -6.84, "%", "营业收入增减"),
                       ("1,452,806,337.19", 1452806337.19, "元", "营业收入（年初至报告期末）"),
                       ("3.27", 3.27, "%", "营业收入增减（年初至报告期末）")]
    assert [g[0] for g in got[4:6]] == ["96,318,442.75", "41.26"]  # (the row goes on past its empty cells)
    assert [g[0] for g in got[6:]] == ["0.15", "-16.67", "0.49", "-2.00"]  # (and the table past it)
    balance = "项目 本报告期末 上年度末 本报告期末比上年度末增减变动幅度(%)\n总资产 3,865,419,207.35 3,702,586,130.94 4.40\n"
    got = [(f.text, f.kind) for figs in table_figures(segment(balance)).values() for f in figs]
    assert got == [("3,865,419,207.35", "achieved"), ("3,702,586,130.94", "other"), ("4.40", "achieved")]


def test_a_sheets_head_may_name_years_and_last_years_results_beside_a_plan_are_results():
    plan = ("澜州市2025年全民健身工作要点\n\n附表  2025年全民健身主要指标\n"
            "指标名称                    单位      2024年完成    2025年目标\n"
            "人均体育场地面积            平方米       2.86          3.0\n"
            "经常参加体育锻炼人口比例      %          41.2          42.5\n")
    s = summarize(plan, SummaryOptions(mode="extractive"), settings=extractive_settings())
    got = {f.text: (f.kind, f.unit, f.period) for f in s.figures}
    assert got["2.86"] == ("achieved", "平方米", "2024") and got["3.0"] == ("target", "平方米", "2025")
    assert got["41.2"][:2] == ("achieved", "%") and got["42.5"][0] == "target"
    # Without a plan's column, the earlier year is the comparison.
    from service.figures.table_zh import table_figures
    from service.segment import segment

    sheet = "指标名称 单位 2023年 2024年\n工业用电量 万千瓦时 21,458 23,736\n"
    got = {f.text: f.kind for figs in table_figures(segment(sheet)).values() for f in figs}
    assert got == {"21,458": "other", "23,736": "achieved"}


def test_a_captions_unit_in_brackets_and_a_head_of_budget_and_execution_columns():
    text = ("栖川市医疗保障局关于2024年上半年全市医疗保障基金运行情况的报告\n\n具体见下表。\n\n"
            "2024年上半年全市医保基金预算执行情况表（单位：万元）\n项目 | 全年预算数 | 上半年执行数 | 执行率\n"
            "基金收入合计 | 1,352,600 | 684,200 | 50.6%\n基金支出合计 | 1,218,000 | 579,300 | 47.6%\n")
    s = summarize(text, SummaryOptions(mode="extractive"), settings=extractive_settings())
    got = {f.text: (f.kind, f.value, f.unit) for f in s.figures}
    assert got["1,352,600"] == ("target", 1_352_600e4, "元") and got["684,200"] == ("achieved", 684_200e4, "元")
    assert got["50.6%"][0] == "achieved"


def test_a_numbered_table_with_a_status_column_and_a_forecasts_ranges_are_read():
    text = ("关于青樟镇2025年民生实事项目完成情况的公示\n\n三、项目投资完成情况\n\n"
            "序号  项目名称                    计划投资(万元)  完成投资(万元)  投资完成率(%)    完成状态\n"
            "1     农村道路提质改造工程                   520             486           93.5    已完成\n"
            "7     农村户厕改造                           378             252           66.7    未完成\n")
    s = summarize(text, SummaryOptions(mode="extractive"), settings=extractive_settings())
    got = {f.text: (f.kind, f.value) for f in s.figures}
    assert got["486"] == ("achieved", 486e4) and got["252"] == ("achieved", 252e4) and got["66.7"][0] == "achieved"
    notice = ("华澜精密2025年半年度业绩预告\n\n本期与上年同期主要财务数据对比如下：\n\n"
              "项目 | 本报告期（预计） | 上年同期 | 增减变动幅度(%)\n"
              "营业收入（万元） | 186,000～194,000 | 153,087.45 | 21.50～26.73\n")
    s = summarize(notice, SummaryOptions(mode="extractive"), settings=extractive_settings())
    got = {f.text: f.kind for f in s.figures}
    assert got["186,000"] == got["194,000"] == got["21.50"] == got["26.73"] == "achieved"
    assert got["153,087.45"] == "other"


def test_a_plans_later_year_is_no_later_result_for_the_actuals_beside_it():
    from service.figures.table_zh import table_figures
    from service.segment import segment

    text = ("指标\t2023年实际\t2024年实际\t同比\t2025年目标\n天然气售气量\t4.58亿立方米\t4.86亿立方米\t6.1%\t5.15亿立方米\n")
    sentences = segment(text)
    figs = [f for fs in table_figures(sentences).values() for f in fs]
    kinds = {f.text: (f.kind, f.period) for f in figs}
    assert kinds["4.58亿立方米"] == ("other", "2023") and kinds["4.86亿立方米"] == ("achieved", "2024")
    assert kinds["6.1%"] == ("achieved", "2024") and kinds["5.15亿立方米"] == ("target", "2025")


def test_columns_named_by_a_noun_or_a_rate_with_a_price_unit_hold_their_rows_bare_numbers():
    text = ("全市土地供应情况\n\n分用途供应情况如下：\n\n"
            "用途 | 供应面积（亩） | 占比 | 同比增减 | 成交均价（元/平方米）\n"
            "工业用地 | 1876 | 43.8% | +15.4% | 286\n住宅用地 | 698 | 16.3% | -18.9% | 6420\n\n"
            "各区分类工作情况如下：\n\n区\t覆盖小区（个）\t回收利用率\t2025年目标回收利用率\n澄湖区\t412\t40.2%\t44%\n"
            "柳岸区\t386\t39.1%\t43%\n")
    figs = {f.text: f for f in summarize(text, SummaryOptions(mode="extractive"), settings=extractive_settings()).figures}
    assert (figs["1876"].unit, figs["1876"].subject, figs["1876"].kind) == ("亩", "工业用地供应面积", "achieved")
    assert (figs["6420"].unit, figs["6420"].subject) == ("元", "住宅用地成交均价")
    assert figs["43.8%"].subject == "工业用地占比"
    assert (figs["412"].unit, figs["412"].subject) == ("个", "澄湖区覆盖小区")
    assert (figs["40.2%"].subject, figs["44%"].subject, figs["44%"].kind) == ("澄湖区回收利用率", "澄湖区目标回收利用率", "target")


def test_a_total_row_that_leaves_a_cell_empty_keeps_its_values_under_their_columns():
    text = ("全县生猪生产情况\n\n主要乡镇生产情况见下表：\n\n"
            "乡镇\t规模养殖场（个）\t出栏同比（%）\t年末存栏（万头）\t全年出栏（万头）\n"
            "梓城镇\t42\t5.2\t9.8\t15.6\n龙潭镇\t37\t3.6\t8.1\t13.4\n合计\t79\t\t17.9\t29.0\n")
    figs = {(f.subject, f.text) for f in summarize(text, SummaryOptions(mode="extractive"), settings=extractive_settings()).figures}
    assert {("合计规模养殖场", "79"), ("合计年末存栏", "17.9"), ("合计全年出栏", "29.0")} <= figs


def test_a_sheets_change_column_with_its_unit_in_each_cell_is_read():
    from service.figures.table_zh import table_figures
    from service.segment import segment

    text = "指标                单位      2024年    2023年    同比增减\n接收照片档案        张        11620     9850      +18.0%\n"
    figs = {f.text: f for fs in table_figures(segment(text)).values() for f in fs}
    assert (figs["+18.0%"].value, figs["+18.0%"].unit, figs["+18.0%"].kind) == (18.0, "%", "achieved")
    assert figs["11620"].kind == "achieved" and figs["9850"].kind == "other"


def test_a_column_of_works_progress_in_words_ends_the_rows_values():
    text = ("四个重点项目进展如下：\n\n"
            "项目类别 | 项目名称 | 年度计划投资（亿元） | 完成投资（亿元） | 完成率 | 形象进度\n"
            "航道整治 | 青沙河航道整治工程 | 4.2 | 4.56 | 108.6% | 主体完工\n"
            "船闸建设 | 金沙船闸扩容工程 | 2.6 | 2.98 | 114.6% | 闸室浇筑完成\n")
    by = extractive_figures(text)
    assert (by["4.2"].kind, by["4.56"].kind, by["108.6%"].kind) == ("target", "achieved", "achieved")
    assert by["2.98"].value == 2.98e8


def test_a_rows_label_may_hold_numbers_glued_to_its_words():
    # (an age band, a type, a span of ages qualify the label: "65岁" is no figure of its own there)
    text = ("家庭医生签约服务情况\n\n重点人群签约情况如下：\n\n| 重点人群 | 人群数（人） | 签约人数（人） | 签约率 |\n|---|---|---|---|\n"
            "| 65岁及以上老年人 | 6120 | 5460 | 89.2% |\n| 2型糖尿病患者 | 1410 | 1180 | 83.7% |\n"
            "| 0-6岁儿童 | 2150 | 1690 | 78.6% |\n")
    by = extractive_figures(text)
    assert (by["5460"].unit, by["5460"].subject) == ("人", "65岁及以上老年人签约人数")
    assert by["1180"].subject == "2型糖尿病患者签约人数" and by["78.6%"].subject == "0-6岁儿童签约率"
    assert "65岁" not in by and "6岁" not in by


def test_a_column_named_by_months_of_the_year_and_a_measure_holds_its_rows_numbers():
    # ("1—9月新建（个）": the months name the period, the rest what the column counts)
    text = ("全市充电基础设施建设推进情况\n\n各县（市、区）公共充电桩建设进展如下：\n\n"
            "县（市、区）   年度目标（个）   1—9月新建（个）   完成率    累计公共桩（个）\n"
            "沅城区         2200             1860              84.5%     8200\n"
            "禾东区         1800             1420              78.9%     6300\n")
    by = extractive_figures(text)
    assert (by["1860"].unit, by["1860"].kind, by["1860"].subject) == ("个", "achieved", "沅城区新建")
    assert (by["2200"].kind, by["2200"].subject) == ("target", "沅城区年度目标")
    assert by["6300"].subject == "禾东区累计公共桩"


def test_a_sheets_head_may_name_months_and_each_change_is_of_the_months_before_it():
    text = ("2025年1—10月全市规模以上工业生产运行简析\n\n主要产品产量见下表：\n\n"
            "指标\t单位\t10月\t同比增长(%)\t1—10月\t同比增长(%)\n"
            "汽车\t万辆\t3.12\t11.4\t27.86\t9.8\n"
            "水泥\t万吨\t208.3\t-9.4\t1906.5\t-7.1\n")
    by = extractive_figures(text)
    assert (by["27.86"].value, by["27.86"].unit, by["27.86"].subject) == (278600.0, "辆", "汽车1—10月")
    assert by["11.4"].subject == "汽车10月同比增长" and by["9.8"].subject == "汽车1—10月同比增长"
    assert (by["-9.4"].value, by["-9.4"].unit) == (-9.4, "%")


def test_a_heads_measure_named_by_a_pollutants_code_is_a_column_not_a_value():
    from tests.support import extractive_figures

    figs = extractive_figures("各县环境空气质量如下：\n\n县（市、区） | 综合指数 | PM2.5浓度（微克/立方米）\n"
                              "云岭县 | 2.86 | 21\n青石县 | 3.02 | 24\n")
    # (the head's "2.5" had read as a value: no head, and no row's figures)
    assert (figs["21"].subject, figs["21"].kind) == ("云岭县PM2.5浓度", "achieved")
    assert figs["3.02"].subject == "青石县综合指数"


def test_a_rows_label_in_quotation_marks_is_a_label():
    figures = extractive_figures("表：1-5月对主要贸易伙伴进出口情况\n| 国家（地区） | 进出口（亿元） | 同比（%） |\n"
                                 "| 东盟 | 231.5 | 14.6 |\n| “一带一路”共建国家 | 612.7 | 11.8 |\n")
    assert figures["612.7"].subject == "“一带一路”共建国家进出口" and figures["612.7"].unit == "元"
    assert figures["11.8"].kind == "achieved"


def test_a_bar_tables_count_of_times_in_its_head_keeps_the_table():
    from tests.support import extractive_kinds

    kinds = extractive_kinds("水务公司2024年年报\n\n全年检测水样8,420份、检测指标162,300项次。分类检测情况如下：\n"
                             "| 检测类别 | 检测样品（份） | 检测指标（项次） | 综合合格率（%） |\n"
                             "| 出厂水 | 1840 | 70210 | 100 |\n| 管网水 | 4620 | 68340 | 99.95 |\n")
    # (项次 was no unit: the head's cell was unread and the table's rows gave no figure)
    assert kinds["162,300项次"] == "achieved"
    assert (kinds["1840"], kinds["70210"], kinds["99.95"]) == ("achieved", "achieved", "achieved")
