"""Tables laid out in columns of spaces (service/cleaning/columns.py): read as the bar tables they are,
their values traced to the spaced input; prose is left alone."""

from __future__ import annotations

from service.cleaning import clean
from service.cleaning.columns import columns_to_bars
from service.pipeline import summarize
from service.schemas import SummaryOptions
from tests.support import extractive_figures, extractive_kinds, extractive_settings

UPDATE = """\
Harbourline Group half-year trading update

Group revenue for the half year was £312.4 million, up 8.1% on the same period last year.

Volumes

                                   H1 2025     H1 2024     Change
Containers (000 TEU)                 1,284       1,211      +6.0%
Bulk cargo (million tonnes)           14.6        15.3      -4.6%
Vessel calls                         4,870       4,712      +3.4%

The Board expects full-year revenue of around £640 million.
"""


def test_a_table_of_spaced_columns_is_written_with_bars_and_prose_is_not():
    bars = columns_to_bars(UPDATE)
    assert "| H1 2025 | H1 2024 | Change\nContainers (000 TEU) | 1,284 | 1,211 | +6.0%\n" in bars
    assert "Vessel calls | 4,870 | 4,712 | +3.4%" in bars
    prose = "Revenue rose 8.1%.  Costs were 4,200  and 3,900 last year.\nOne line  12  14  16\n"
    assert columns_to_bars(prose) == prose  # (one row alone, or words parted by two spaces, are no table)


def test_its_values_take_their_columns_kinds_their_labels_units_and_trace_to_the_input():
    s = summarize(UPDATE, SummaryOptions(mode="extractive"), settings=extractive_settings())
    rows = {f.text: f for f in s.figures if f.subject.removeprefix("change in ") in ("Containers", "Bulk cargo", "Vessel calls")}
    assert (rows["1,284"].kind, rows["1,284"].value, rows["1,284"].unit) == ("achieved", 1_284_000, "TEU")
    assert rows["1,211"].kind == "other" and rows["1,211"].period == "2024"
    assert rows["-4.6%"].kind == "achieved" and rows["14.6"].value == 14.6e6 and rows["14.6"].unit == "tonnes"
    assert not any(f.text.startswith("000") for f in s.figures)  # (the label's scale is no figure)
    for f in rows.values():
        assert UPDATE[f.span[0] : f.span[1]] == f.source_quote and f.text.lstrip("+") in f.source_quote
    assert "|" not in s.summary and "1,284" not in s.summary
    # (the bars are the reader's, not the input's: a figure's quote shows the row as it was written)
    assert rows["1,284"].quote == "Containers (000 TEU)  1,284  1,211  +6.0%"
    assert all("|" not in f.quote and "".join(f.quote.split()) in "".join(UPDATE.split()) for f in rows.values())
    assert "Containers" in clean(UPDATE).text


def test_a_chinese_table_padded_with_ideographic_spaces_is_read_by_its_head():
    text = ("青梧县教育局2023—2024学年工作总结\n\n二、主要工作成效\n\n2024年秋季招生工作平稳完成，各学段招生情况如下：\n\n"
            "学段　　　　　计划招生（人）　　实际招生（人）　　完成率\n"
            "小学一年级　　6100　　　　　　　6215　　　　　　　101.9%\n"
            "七年级　　　　6400　　　　　　　6480　　　　　　　101.3%\n\n"
            "本学年公开招聘教师214人。\n")
    s = summarize(text, SummaryOptions(mode="extractive"), settings=extractive_settings())
    kinds = {f.text: f.kind for f in s.figures}
    assert kinds["6100"] == kinds["6400"] == "target"  # (the plan's column)
    assert kinds["6215"] == kinds["101.9%"] == "achieved"
    assert kinds["214人"] == "achieved"  # (the head's 计划 opens no plan section)
    for f in s.figures:
        assert text[f.span[0] : f.span[1]] == f.source_quote


def test_a_row_may_end_in_a_cell_of_words_and_a_projects_total_budget_is_its_size():
    text = ("Capital works program half-year update\n\nThe Authority spent $2.07 billion in the half year.\n\nMajor projects\n\n"
            "Project                   Total budget   Spent to date   Complete   Expected completion\n"
            "Harlow Bypass                 $540m          $388m          74%       Late 2026\n"
            "Quarry Creek Bridge           $126m          $119m          96%       Early 2026\n")
    kinds = extractive_kinds(text)
    assert kinds["$540m"] == kinds["$126m"] == "other"  # (a project's total budget: its size)
    assert kinds["$388m"] == kinds["74%"] == "achieved"


def test_cells_with_short_units_make_rows_too():
    text = ("Region               Rainfall (mm)   Rainfall anomaly   Mean temp. anomaly\n"
            "Northern Coast           412.8             +9%               +0.7 °C\n"
            "Central Plateau          121.5             -31%              +1.5 °C\n")
    assert columns_to_bars(text).splitlines()[1:] == ["Northern Coast | 412.8 | +9% | +0.7 °C",
                                                     "Central Plateau | 121.5 | -31% | +1.5 °C"]


def test_cells_of_money_in_millions_make_rows_and_take_their_heads_kinds():
    from tests.support import extractive_kinds

    text = ("Grants by programme, 2024\n\n"
            "Programme                       Amount      Share\n"
            "Youth and schools               $3.6 million   31.0%\n"
            "Housing support                 $2.9 million   25.0%\n")
    assert columns_to_bars(text).splitlines()[3:] == ["Youth and schools | $3.6 million | 31.0%",
                                                     "Housing support | $2.9 million | 25.0%"]
    kinds = extractive_kinds(text)
    assert kinds["$3.6 million"] == kinds["31.0%"] == kinds["$2.9 million"] == "achieved"  # (was one sentence, "other")


# A labour market release's table under a head stacked on two lines.
LABOUR_TABLE = ("Table 1: Labour market summary\n\n"
                "                                        Level   Change on   Change on\n"
                "                                                  quarter        year\n"
                "Unemployed people, 16+ (thousands)        396          +9         +36\n"
                "Vacancies (thousands)                     231          -7         -32\n")
# A port group's sheet of spaced columns: a part row indented under its whole.
PORT_SHEET = ("指标              单位      前三季度完成    同比增长(%)    全年计划    完成计划(%)\n"
              "货物吞吐量        万吨      21863          5.8            28500       76.7\n"
              "  其中：外贸      万吨      9412           7.3            12000       78.4\n"
              "集装箱吞吐量      万标箱    486.2          9.6            630         77.2\n")


def test_a_head_stacked_on_two_lines_over_a_rule_or_not_is_one_head_of_bars():
    lines = columns_to_bars(LABOUR_TABLE).split("\n")
    assert "| Level | Change on quarter | Change on year" in lines
    assert "Unemployed people, 16+ (thousands) | 396 | +9 | +36" in lines
    permits = ("                                   Permits    Permits    Change\n"
               "Type of work                       Q3 2025    Q3 2024       (%)\n"
               "--------------------------------------------------------------\n"
               "New single-family dwellings            214        268     -20.1\n"
               "New commercial                          36         52     -30.8\n")
    assert "Type of work | Permits Q3 2025 | Permits Q3 2024 | Change (%)" in columns_to_bars(permits).split("\n")


def test_a_head_whose_names_of_two_columns_one_space_parts_is_read_by_where_its_words_stand():
    table = ("Table 1: Recorded crime, Quarter 2 2025/26 compared with Quarter 2 2024/25\n\n"
             "Offence group                  Q2 2025/26 Q2 2024/25   Change  Charge rate\n"
             "Violence against the person        7,612     7,985     -4.7%      9.7%\n"
             "Sexual offences                    1,036       998     +3.8%      4.6%\n"
             "Robbery                              318       352     -9.7%     14.2%\n")
    lines = columns_to_bars(table).split("\n")
    assert "Offence group | Q2 2025/26 | Q2 2024/25 | Change | Charge rate" in lines
    figs = extractive_figures("Crime bulletin\n\n" + table)
    assert (figs["7,612"].kind, figs["7,612"].period) == ("achieved", "2025")
    assert (figs["7,985"].kind, figs["7,985"].period) == ("other", "2024")
    assert figs["998"].kind == "other" and figs["-4.7%"].kind == "achieved"
    # (a word as near to two columns says not which it names: no head, and the rows are read as they are)
    tie = "Name         aa  mi  bb\nRow one      11      22\nRow two      33      44\n"
    assert columns_to_bars(tie).split("\n")[:2] == ["Name         aa  mi  bb", "Row one | 11 | 22"]


def test_a_stacked_heads_columns_give_kinds():
    kinds = extractive_kinds("Labour market overview\n\n" + LABOUR_TABLE)
    assert kinds["396"] == kinds["+9"] == kinds["-32"] == "achieved"  # (a change keeps its sign as written)


def test_an_indented_part_row_and_a_total_a_cell_short_keep_their_columns():
    lines = columns_to_bars(PORT_SHEET).split("\n")
    assert "其中：外贸 | 万吨 | 9412 | 7.3 | 12000 | 78.4" in lines
    projects = ("序号  项目名称              计划投资(万元)  完成投资(万元)\n1     农村道路提质改造工程      520             486\n"
                "2     镇卫生院改扩建工程        1200            1186\n      合计                      1720            1672\n")
    assert "| 合计 | 1720 | 1672" in columns_to_bars(projects).split("\n")


def test_a_spaced_tables_head_is_no_section_head_and_its_plan_done_column_is_a_result():
    text = ("集团前三季度生产经营稳中有进\n\n集团前三季度主要生产经营指标完成情况如下：\n\n" + PORT_SHEET
            + "\n前三季度，集团在内陆腹地新设无水港3个，无水港总数达到21个。\n")
    kinds = extractive_kinds(text)
    assert kinds["21863"] == kinds["76.7"] == "achieved" and kinds["28500"] == "target"
    assert kinds["3个"] == kinds["21个"] == "achieved"


DELIVERY = """\
Ashcombe District Council: Housing Delivery Test results

The Housing Delivery Test compares the homes built in a district with the homes it needed over three years.

Table 1: Housing Delivery Test 2024 measurement
Year Homes required Homes delivered Affordable share
2021/22 604 498 22.5%
2022/23 604 531 26.2%
2023/24 620 558 26.3%

The result is 88%, and the Council will publish an action plan.

Related news
Arden Foods Adds Second Shift, 45 Jobs (February 20, 2024)
County Named Finalist for State Site Readiness Award (January 30, 2024)
"""


def test_a_table_whose_cells_are_parted_by_single_spaces_is_read_by_its_head_in_sentence_case():
    bars = columns_to_bars(DELIVERY)
    assert "Year | Homes required | Homes delivered | Affordable share\n2021/22 | 604 | 498 | 22.5%\n" in bars
    # (a list of news with dates in brackets is no table, nor a row of data a head)
    assert "Arden Foods Adds Second Shift, 45 Jobs (February 20, 2024)\n" in bars
    s = summarize(DELIVERY, SummaryOptions(mode="extractive"), settings=extractive_settings())
    by = {(f.text, f.period): f for f in s.figures}
    # (the rows are periods: a value's subject is its column, its period the row's; a column of homes required
    # holds the requirement)
    assert (by["498", "2021"].subject, by["498", "2021"].kind) == ("Homes delivered", "achieved")
    assert (by["620", "2023"].subject, by["620", "2023"].kind) == ("Homes required", "target")
    assert by["26.2%", "2022"].subject == "Affordable share"
    # (the quote is the row as written, one space between its cells)
    assert by["558", "2023"].quote == "2023/24 620 558 26.3%" and by["558", "2023"].source_quote == "2023/24 620 558 26.3%"
    assert "Arden Foods" not in " ".join(f.subject for f in s.figures)


def test_a_row_of_data_is_no_head_for_the_rows_under_it():
    sheet = ("非经常性损益项目 本期金额 年初至报告期末金额 说明\n"
             "委托他人投资或管理资产的损益 1,375,208.49 3,962,810.27 主要系购买银行理财产品取得的收益\n"
             "减：所得税影响额 1,047,385.87 2,386,218.43\n"
             "合计 5,707,763.68 12,611,765.65\n")
    assert "委托他人投资或管理资产的损益 1,375,208.49 3,962,810.27 主要系" in columns_to_bars(sheet)


SUPPLY = """\
Five-year housing land supply statement

The Council has identified a deliverable supply of homes for the five years from 1 April 2025.

Table 3: Deliverable supply at 1 April 2025
Sites with full planning permission (58 sites) 1,486
Sites with outline permission (9 sites) 742
Local Plan allocations without permission 611

The supply falls short of the requirement.
Media contact: press@ashcombe.example | 01632 960 412
"""


def test_a_captions_two_columns_of_a_label_and_one_number_are_a_table():
    bars = columns_to_bars(SUPPLY)
    assert "Sites with outline permission (9 sites) | 742\n" in bars
    assert "The Council has identified" in bars and "| 2025" not in bars
    s = summarize(SUPPLY, SummaryOptions(mode="extractive"), settings=extractive_settings())
    by = {f.text: f for f in s.figures}
    # (each row its own: the caption is not joined to the first row, and a bare number after the bar is a value)
    assert by["1,486"].subject.lower() == "sites with full planning permission (58 sites)"
    assert by["611"].subject == "Local Plan allocations without permission" and by["611"].quote.startswith("Local Plan")
    assert by["742"].source_quote == "Sites with outline permission (9 sites) 742"
    # (a telephone number after a contact's bar is no value)
    assert not {"412", "960", "01632"} & set(by)


def test_a_tab_tables_empty_cell_keeps_the_columns_of_the_row_it_is_in():
    text = ("Revenue by product\n\n"
            "Product\tTherapy area\tH1 2025 £m\tH1 2024 £m\tGrowth at CER\n"
            "Corvantra\tCardiovascular\t412\t356\t18.9%\n"
            "Lumiprex\tRespiratory\t298\t321\t-5.4%\n"
            "Total\t\t1,284\t1,202\t9.6%\n")
    assert "Total |  | 1,284 | 1,202 | 9.6%" in columns_to_bars(text)
    by = extractive_figures(text)
    assert (by["1,284"].kind, by["1,284"].period) == ("achieved", "2025")
    assert (by["1,202"].kind, by["1,202"].period) == ("other", "2024")
    assert by["1,284"].source_quote == "Total\t\t1,284\t1,202\t9.6%"


def test_a_line_of_units_under_a_spaced_head_is_the_heads_lower_line():
    text = ("Preliminary results\n\nRevenue by stream\n\n"
            "Revenue by stream             FY25   FY24 restated   Change\n"
            "                                £m              £m        %\n"
            "Print circulation             38.9            43.6    -10.8\n"
            "Digital advertising           29.8            27.6     +8.0\n"
            "Total                        118.4           121.0     -2.1\n")
    assert "Revenue by stream | FY25 (£m) | FY24 restated (£m) | Change (%)\nPrint circulation | 38.9 | 43.6 | -10.8" in \
        columns_to_bars(text)
    by = extractive_figures(text)
    assert (by["118.4"].kind, by["118.4"].period) == ("achieved", "2025")
    assert (by["121.0"].kind, by["121.0"].period) == ("other", "2024")
    # (each column's unit, in brackets, is its values': £118.4m, a change of -2.1%)
    assert (by["118.4"].value, by["118.4"].unit) == (118_400_000.0, "GBP") and by["-2.1"].unit == "%"


def test_a_chinese_head_over_a_line_of_units_joins_each_unit_to_its_column_in_order():
    # (wide characters pad the head unevenly, so its units stand apart from the names they belong to)
    text = ("分专业群情况如下表：\n\n"
            "专业群        毕业生   已落实   落实率   月均起薪\n"
            "              人       人       %        元\n"
            "智能制造      1126     1085     96.4     4650\n"
            "数字商贸      948      899      94.8     4210\n")
    assert "专业群 | 毕业生（人） | 已落实（人） | 落实率（%） | 月均起薪（元）\n智能制造 | 1126 | 1085 | 96.4 | 4650" in \
        columns_to_bars(text)
    by = extractive_figures(text)
    assert (by["1126"].unit, by["96.4"].unit, by["4650"].unit) == ("人", "%", "元")


def test_a_units_line_may_name_a_unit_with_its_alternative_in_brackets_and_the_years_give_kinds():
    text = ("主要农业机械保有量如下：\n\n"
            "机具名称        2024年   2023年   增减\n"
            "                台(套)   台(套)   %\n"
            "大中型拖拉机    8460     8120     4.2\n"
            "联合收割机      3275     3190     2.7\n")
    assert "机具名称 | 2024年（台(套)） | 2023年（台(套)） | 增减（%）\n大中型拖拉机 | 8460 | 8120 | 4.2" in columns_to_bars(text)
    by = extractive_figures(text)
    assert (by["8460"].kind, by["8120"].kind, by["8120"].period) == ("achieved", "other", "2023")


def test_a_line_of_units_may_name_a_count_in_words():
    text = ("Revenue and deliveries by segment\n\n"
            "Segment                  2024/25   2023/24    Change   Deliveries\n"
            "                              £m         £m         %        units\n"
            "Single-deck electric       168.4      121.9      38.1          412\n"
            "Double-deck electric       139.7       98.6      41.7          221\n")
    assert "Segment | 2024/25 (£m) | 2023/24 (£m) | Change (%) | Deliveries (units)\nSingle-deck electric | 168.4" in \
        columns_to_bars(text)
    # (so its values take the unit: £168.4m, not 168.4 of nothing)
    figures = {written: (f.value, f.unit) for written, f in extractive_figures(text).items()}
    assert figures["168.4"] == (168_400_000.0, "GBP") and figures["38.1"] == (38.1, "%")


def test_a_chinese_heads_units_in_brackets_are_written_against_their_names_and_a_design_size_is_no_result():
    text = ("各厂主要运行指标如下：\n\n"
            "厂名                设计规模      处理量      COD削减量\n"
            "                   （万吨/日）   （万吨）      （吨）\n"
            "城北污水处理厂         10.0       3220.8        9662\n"
            "城南污水处理厂          6.0       2020.3        5657\n")
    assert "厂名 | 设计规模（万吨/日） | 处理量（万吨） | COD削减量（吨）\n" in columns_to_bars(text)
    by = extractive_figures(text)
    assert (by["10.0"].kind, by["3220.8"].kind, by["9662"].kind) == ("other", "achieved", "achieved")
    assert by["9662"].unit == "吨"
    # (a unit of three characters after its scale: （万千瓦时）)
    text = ("厂名      设计规模     上网电量\n          （吨/日）    （万千瓦时）\n东郊厂    1500         18720\n"
            "北岭厂    900          10380\n")
    assert "厂名 | 设计规模（吨/日） | 上网电量（万千瓦时）\n东郊厂 | 1500 | 18720" in columns_to_bars(text)


def test_a_row_that_says_in_words_why_a_cell_holds_no_number_is_a_row_and_its_numbers_are_read():
    text = ("蔚汀市国庆假期文化和旅游市场运行情况\n\n重点景区接待情况如下：\n\n"
            "重点景区　　　　　　接待游客（万人次）　同比增长（%）　门票收入（万元）\n"
            "翠屏岭景区　　　　　68.4　　　　　　　　12.1　　　　　　4210\n"
            "古渡老街　　　　　　46.3　　　　　　　　21.5　　　　　　免费开放\n"
            "云岫大峡谷　　　　　22.7　　　　　　　　-3.2　　　　　　2150\n\n"
            "古渡老街推出沉浸式夜游，夜间客流占全天的45%以上，接待量同比大幅增长。\n")
    assert "古渡老街 | 46.3 | 21.5 | 免费开放" in columns_to_bars(text)
    by = extractive_figures(text)
    assert (by["46.3"].subject, by["46.3"].value, by["46.3"].unit) == ("古渡老街接待游客", 463000.0, "人次")
    assert "免费开放" not in by and by["2150"].subject == "云岫大峡谷门票收入"
    # (a cell that is a sentence makes no row)
    prose = text.replace("免费开放", "免费开放，夜游另行收费")
    assert "古渡老街 | 46.3" not in columns_to_bars(prose)


def test_a_row_whose_last_cell_is_a_few_english_words_is_a_row_and_its_count_no_unit_of_them():
    text = ("Airport traffic, third quarter 2025\n\nTop international destinations, third quarter 2025\n\n"
            "Destination\tPassengers\tChange\n"
            "Vassaly\t141,020\t+4.3%\n"
            "Corrandale Heights\t97,640\tnew route\n\n"
            "Three new routes were launched during the quarter.\n")
    assert "Corrandale Heights | 97,640 | new route" in columns_to_bars(text)
    by = extractive_figures(text)
    # (the count took the next cell's first word for its unit: "97,640 new", named 'new')
    assert "97,640 new" not in by
    assert (by["97,640"].subject, by["97,640"].unit) == ("Corrandale Heights: Passengers", "")
    # (a cell of many words, a sentence's, makes no row)
    prose = text.replace("new route", "a new route that opened in July and is growing fast")
    assert "Corrandale Heights | 97,640" not in columns_to_bars(prose)
