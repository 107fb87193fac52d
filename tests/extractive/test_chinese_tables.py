"""Tables in Chinese documents: a pipe table in plain text (an earnings forecast) and an HTML data
table whose cells the page's spaces part (a recruitment notice). Their rows are figures of their
labels and never sentences of the summary or key points."""

from __future__ import annotations

from service.cleaning.rows import is_table_row
from service.pipeline import summarize
from service.schemas import SummaryOptions
from tests.support import extractive_figures, extractive_kinds, extractive_settings

FORECAST = """\
浙江某新材料股份有限公司2024年度业绩预告

一、本期业绩预计情况

项目 | 本报告期 | 上年同期
归属于上市公司股东的净利润 | 盈利：32,800万元～38,600万元 | 盈利：23,220.45万元
 | 比上年同期增长：41.25%～66.23% |
营业收入 | 186,000万元～201,000万元 | 141,572.36万元

二、业绩变动原因说明

报告期内，公司归属于上市公司股东的净利润较上年同期增长41.25%至66.23%，主要原因是光伏行业装机需求保持较快增长。\
核心产品光伏封装胶膜出货量约4.37亿平方米，同比增长约52%。公司境外销售收入约5.3亿元至5.8亿元，占营业收入的比例约为28%至29%。\
全年研发费用预计约8,900万元，同比增长约35%，占营业收入比例约为4.5%。
"""

NOTICE = """<html><head><title>南湖区2025年公开招聘事业单位工作人员公告</title></head><body>
<h1>南湖区2025年公开招聘事业单位工作人员公告</h1>
<p>根据有关规定，南湖区部分事业单位决定面向社会公开招聘工作人员58名（其中专技岗位46名、管理岗位12名）。现将有关事项公告如下。</p>
<table>
<tr><th>岗位代码</th><th>招聘单位</th><th>岗位名称</th><th>名额</th><th>学历要求</th><th>专业要求</th><th>其他条件</th></tr>
<tr><td>NH2025-01</td><td>区疾病预防控制中心</td><td>公共卫生医师</td><td>4</td><td>本科及以上</td><td>预防医学</td><td>取得执业医师资格</td></tr>
<tr><td>NH2025-02</td><td>区人民医院</td><td>临床医师</td><td>12</td><td>硕士研究生及以上</td><td>临床医学类</td><td>限2025届毕业生</td></tr>
<tr><td>NH2025-03</td><td>区融媒体中心</td><td>新闻采编</td><td>3</td><td>本科及以上</td><td>新闻传播学类</td><td>需经常夜间值班，适合男性</td></tr>
<tr><td>NH2025-04</td><td>区属中小学</td><td>中小学教师</td><td>25</td><td>本科及以上</td><td>不限</td><td>具有相应教师资格证</td></tr>
</table>
<p>报名时间：2025年3月10日9:00至3月14日17:00。</p>
</body></html>"""


def test_a_pipe_tables_rows_are_figures_of_their_labels_and_no_sentences():
    s = summarize(FORECAST, SummaryOptions(mode="extractive"), settings=extractive_settings())
    assert "|" not in s.summary and not any("|" in k.text for k in s.key_points)
    rows = {(f.text, f.subject) for f in s.figures}
    assert {("32,800万元", "归属于上市公司股东的净利润"), ("38,600万元", "归属于上市公司股东的净利润"),
            ("186,000万元", "营业收入"), ("141,572.36万元", "营业收入")} <= rows


def test_an_html_tables_rows_stay_rows_and_out_of_the_summary():
    s = summarize(NOTICE, SummaryOptions(mode="extractive"), settings=extractive_settings())
    assert "NH2025" not in s.summary and not any("NH2025" in k.text for k in s.key_points)
    assert "招聘工作人员58名" in s.summary


def test_spaced_cells_make_a_row_and_spaced_names_or_prose_do_not():
    assert is_table_row("区人民医院 临床医师12硕士研究生及以上 临床医学类 限2025届毕业生")
    assert is_table_row("营业收入 | 186,000万元～201,000万元 | 141,572.36万元")
    assert is_table_row("加权平均净资产收益率（%） 12.84 11.97增加0.87个百分点 11.20")
    assert not is_table_row("凫城镇党委书记 白 涛 7月22日-23日,跟随区党政考察团赴济阳区考察学习。")
    assert not is_table_row("本报讯(刘晓明 范昀 明明) 1月29日，镇江新区召开招引工作推进会。")


AUCTION = """\
汀阳市国有建设用地使用权网上挂牌出让结果公示

根据有关规定，我局于2025年6月6日至6月26日以挂牌方式公开出让3宗国有建设用地使用权，其中2宗成交。

地块编号：TY2025-08｜位置：滨江新区望潮路以东｜用途：二类城镇住宅用地（70年）｜出让面积：52386.4㎡｜起始价：96400万元｜成交价：112800万元｜溢价率：17.01%

地块编号：TY2025-09｜位置：高新区创智大道以北｜用途：商务金融用地（40年）｜出让面积：15600.0㎡｜起始价：13300万元｜成交价：14630万元｜溢价率：10.00%

地块编号：TY2025-10｜位置：北湖片区湖滨路以西｜用途：工业用地（50年）｜出让面积：66700.0㎡｜起始价：2402万元｜成交价：—｜溢价率：—

合计：本批次成交2宗，成交总价127430万元，整体溢价率约15.5%。
"""


def test_a_row_parted_by_full_width_pipes_is_a_table_row_and_no_sentence():
    assert is_table_row("地块编号：TY2025-09｜位置：高新区创智大道以北｜起始价：13300万元｜成交价：14630万元")
    s = summarize(AUCTION, SummaryOptions(mode="extractive"), settings=extractive_settings())
    assert "｜" not in s.summary and not any("｜" in k.text for k in s.key_points)
    assert "成交总价127430万元" in s.summary
    assert ("112800万元", "成交价") in {(f.text, f.subject) for f in s.figures}


PROGRESS_REPORT = """\
关于2025年民生实事项目进展情况的通报

全年计划办好民生实事8件，已完成7件。其余项目情况见下表：

序号 | 项目名称 | 计划任务 | 已完成 | 完成率 | 备注
1 | 新建城市书房 | 12个 | 14个 | 116.7% | 已完成
2 | 新建公共充电桩 | 1500个 | 1236个 | 82.4% | 推进中

下一步，各牵头单位要倒排工期，确保明年3月底前全部完工。
"""

RESULTS_EN = """\
Annual performance summary

The trust treated more patients than in any year since it was formed.

Indicator | 2025/26 result | 2026/27 target
Patients seen within four hours | 73.9% | 78%
Patients waiting over 52 weeks | 1,240 | 700

Measure | 2025 | 2024 | Change
Revenue (£m) | 1,816.2 | 1,702.5 | +6.7%
"""


def test_a_table_with_bars_is_no_menu_and_its_columns_give_its_values_kinds():
    s = summarize(PROGRESS_REPORT, SummaryOptions(mode="extractive"), settings=extractive_settings())
    kinds = {f.text: f.kind for f in s.figures}
    assert {k: kinds.get(k) for k in ("1500个", "1236个", "82.4%", "12个", "14个")} == {
        "1500个": "target", "1236个": "achieved", "82.4%": "achieved", "12个": "target", "14个": "achieved"}
    e = summarize(RESULTS_EN, SummaryOptions(mode="extractive"), settings=extractive_settings())
    kinds = {f.text: (f.kind, f.period) for f in e.figures}
    assert kinds["73.9%"][0] == kinds["1,240"][0] == "achieved"
    assert kinds["78%"][0] == kinds["700"][0] == "target"
    assert kinds["1,816.2"] == ("achieved", "2025") and kinds["1,702.5"] == ("other", "2024")
    assert kinds["+6.7%"][0] == "achieved"
    assert "52" not in kinds  # (the label's number)


def test_a_table_written_with_full_width_bars_keeps_its_head_and_column_kinds():
    # (Chinese input methods type ｜; a head of short cells between such bars had been taken for a menu)
    text = PROGRESS_REPORT.replace(" | ", "｜")
    s = summarize(text, SummaryOptions(mode="extractive"), settings=extractive_settings())
    kinds = {f.text: f.kind for f in s.figures}
    assert {k: kinds.get(k) for k in ("1500个", "1236个", "82.4%", "12个", "14个")} == {
        "1500个": "target", "1236个": "achieved", "82.4%": "achieved", "12个": "target", "14个": "achieved"}


PROGRESS_PAGE = """<html><head><title>重点项目进展</title></head><body><article>
<h1>我区重点项目建设进展情况</h1>
<p>今年以来，我区扎实推进重点项目建设，全年计划实施重点项目26个，目前已开工22个。</p>
<table>
<tr><th>项目名称</th><th>年度计划投资</th><th>已完成投资</th><th>完成率</th><th>备注</th></tr>
<tr><td>城东污水处理厂</td><td>3.2亿元</td><td>2.9亿元</td><td>90.6%</td><td></td></tr>
<tr><td>滨江大道改造</td><td>1.5亿元</td><td>1.1亿元</td><td>73.3%</td><td>推进中</td></tr>
</table>
<p>下一步，我区将加快项目建设进度，确保年底前全部完成年度投资计划。</p>
</article></body></html>"""


def test_an_html_tables_head_gives_its_columns_kinds_and_an_empty_cell_keeps_its_place():
    s = summarize(PROGRESS_PAGE, SummaryOptions(mode="extractive"), settings=extractive_settings())
    kinds = {f.text: f.kind for f in s.figures}
    assert {k: kinds.get(k) for k in ("3.2亿元", "2.9亿元", "90.6%", "1.5亿元", "1.1亿元")} == {
        "3.2亿元": "target", "2.9亿元": "achieved", "90.6%": "achieved", "1.5亿元": "target", "1.1亿元": "achieved"}
    quotes = {f.text: f.quote for f in s.figures}
    assert quotes["2.9亿元"].startswith("城东污水处理厂 | 3.2亿元 | 2.9亿元")


QUARTERLY = """\
临江精工股份有限公司2025年第三季度报告

一、主要财务数据
单位：元　币种：人民币
项目 本报告期 本报告期比上年同期增减变动幅度(%) 年初至报告期末 年初至报告期末比上年同期增减变动幅度(%)
营业收入 312,406,118.25 8.14 905,332,671.40 5.62
加权平均净资产收益率（%） 2.06 增加0.35个百分点 6.11 减少0.12个百分点

非经常性损益项目 本期金额 年初至报告期末金额 说明
非流动性资产处置损益，包括已计提资产减值准备的冲销部分 -86,214.50 402,118.33
计入当期损益的政府补助 2,105,600.00 4,380,950.00 主要系收到技改专项补助
少数股东权益影响额（税后） 31,020.44 96,877.15

项目名称 变动比例(%) 主要原因
应收账款 27.45 主要系四季度集中交付，回款周期延长所致
利润总额_本报告期 -12.30 主要系原材料价格上涨所致

报告期内，公司累计回购公司股份862,500股，占公司总股本的0.41%。前十名股东持股情况未发生变化。
"""


def test_a_listed_companys_tables_with_changes_in_words_and_explanations():
    """A quarterly report's rows: a change written in words is a cell of its own (cleaning keeps the
    spaces around it), a head whose last column explains each row in words, labels holding commas or
    naming their column after an underscore, a bracket that is no unit ("（税后）")."""
    s = summarize(QUARTERLY, SummaryOptions(mode="extractive"), settings=extractive_settings())
    rows = {f.text: f for f in s.figures}
    assert rows["2.06"].unit == "%" and rows["2.06"].subject == "加权平均净资产收益率"
    assert rows["6.11"].unit == "%" and "0.12个百分点" in rows
    assert rows["-86,214.50"].value == -86214.5 and rows["-86,214.50"].unit == "元"
    assert rows["-86,214.50"].subject.startswith("非流动性资产处置损益，包括")
    assert rows["4,380,950.00"].value == 4380950.0 and "主要系" not in rows["4,380,950.00"].subject
    assert rows["96,877.15"].unit == "元" and rows["96,877.15"].subject.startswith("少数股东权益影响额（税后）")
    assert rows["27.45"].unit == "%" and rows["27.45"].kind == "achieved" and rows["27.45"].subject == "应收账款增减"
    assert rows["-12.30"].subject == "利润总额（本报告期）增减" and rows["-12.30"].value == -12.3


def test_a_count_of_shares_is_a_figure_and_shareholders_are_not():
    s = summarize(QUARTERLY, SummaryOptions(mode="extractive"), settings=extractive_settings())
    shares = [f for f in s.figures if f.text == "862,500股"]
    assert shares and shares[0].value == 862500 and shares[0].unit == "股" and shares[0].kind == "achieved"
    assert not any("股东" in f.text for f in s.figures)


def test_a_bar_table_of_rates_with_two_part_units_is_read_by_its_head():
    text = ("北湾产业园2024年度节能降碳工作情况\n\n主要指标如下：\n\n指标 | 2024年完成 | 2025年目标 | 2030年目标\n"
            "单位工业增加值能耗 | 0.70吨标准煤/万元 | 0.67吨标准煤/万元 | 0.54吨标准煤/万元\n"
            "绿电使用比例 | 21.3% | 25% | 45%\n")
    kinds = extractive_kinds(text)
    assert kinds["21.3%"] == "achieved" and kinds["25%"] == kinds["45%"] == "target"


def test_a_bar_tables_noun_columns_and_cells_with_their_own_units_and_signs():
    text = ("溪宁市民政局关于2024年社会救助工作情况的报告\n\n一、救助保障情况\n\n全年各类救助支出情况如下：\n\n"
            "救助类别 | 保障对象 | 全年支出（万元） | 支出同比\n城市低保 | 9862人 | 9870 | -3.1%\n"
            "农村低保 | 41530人 | 31240 | +1.8%\n")
    s = summarize(text, SummaryOptions(mode="extractive"), settings=extractive_settings())
    rows = {f.text: f for f in s.figures}
    assert rows["9862人"].subject == "城市低保保障对象" and rows["9862人"].kind == "achieved"
    assert rows["9870"].value == 9870e4 and rows["9870"].unit == "元"
    assert rows["+1.8%"].value == 1.8 and rows["-3.1%"].value == -3.1


EXPRESS = """\
2024年1-11月桐川市快递业运行情况

1-11月，全市快递业务量累计完成4.68亿件，同比增长19.6%。各区县情况如下：

区县        快递业务量(万件)    同比增长(%)    快递业务收入(万元)    同比增长(%)
江北区         14,862.5           24.6           121,340.6           15.3
城南区         11,205.3           18.2            92,815.4           10.1

全市快递服务满意度持续提升。
"""


def test_a_columns_unit_in_brackets_is_any_unit_the_grammar_knows_with_its_scale():
    s = summarize(EXPRESS, SummaryOptions(mode="extractive"), settings=extractive_settings())
    by = {(f.subject, f.text): f for f in s.figures}
    volume = by["江北区快递业务量", "14,862.5"]  # (万件: ten thousands of pieces)
    assert (volume.value, volume.unit, volume.kind) == (148_625_000, "件", "achieved")
    assert by["城南区快递业务收入", "92,815.4"].value == 928_154_000
    # (a change column after a measure's is that measure's change)
    assert by["城南区快递业务收入同比", "10.1"].unit == "%" and by["城南区快递业务量同比", "18.2"].kind == "achieved"


def test_a_tables_columns_of_months_are_read_each_month_named_in_the_subject():
    text = ("沄水县2024年河湖长制工作总结\n\n2024年主汛期，各级河湖长坚守一线，汛期河湖管护情况见表1。\n\n"
            "表1  2024年主汛期（6—9月）河湖管护情况\n项目\t6月\t7月\t8月\t9月\t合计\n"
            "各级河湖长巡河（人次）\t2,210\t2,680\t2,430\t1,960\t9,280\n清理河面漂浮物（吨）\t385\t512\t446\t297\t1,640\n")
    figs = extractive_figures(text)
    assert figs["2,680"].subject == "各级河湖长巡河7月" and figs["2,680"].unit == "人次"
    assert figs["1,640"].subject == "清理河面漂浮物合计" and figs["1,640"].unit == "吨"
