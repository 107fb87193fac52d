"""The number grammar on the cases that break naive extractors: values, units, what is not a figure."""

import pytest

from service.figures import cn_to_number, extract_figures, find_numbers, parse_quantity
from tests.figures import one


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
        ("830余万元", 8300000.0, "元"),  # (余 before the multiplier: more than 8.3 million)
        ("50余万人次", 500000.0, "人次"),
        ("十多万人", 100000.0, "人"),
        ("25亿美元", 2.5e9, "美元"),
        ("10000平方米", 10000.0, "平方米"),
        ("20兆瓦", 20.0, "兆瓦"),
        # energy is no power, and heat has its joules (200兆瓦时 was read as 200兆瓦, 1260万吉焦 had no unit)
        ("200兆瓦时", 200.0, "兆瓦时"),
        ("1260万吉焦", 12600000.0, "吉焦"),
        ("0.41吉焦/平方米", 0.41, "吉焦/平方米"),
        # a transformer's kVA is no kV, and a unit that goes on is taken whole (these were read as 千伏, 吨, 亩, 件)
        ("226万千伏安", 2260000.0, "千伏安"),
        ("218.6万吨标准煤", 2186000.0, "吨标准煤"),
        ("1280万亩次", 12800000.0, "亩次"),
        ("612件次", 612.0, "件次"),
        ("4.6万人日", 46000.0, "人日"),  # (person-days of training, not 4.6万人)
        ("71.8亿吨公里", 7180000000.0, "吨公里"),
        ("２０％", 20.0, "%"),
        ("1,200吨", 1200.0, "吨"),
        ("23 %", 23.0, "%"),
        ("近3成", 3.0, "成"),
        ("800台套", 800.0, "台套"),  # sets of machines, not 800 machines
        ("0.03‰", 0.03, "‰"),  # per mille: a loan book's overdue rate
        ("326期", 326.0, "期"),  # sessions of a course
        # times counted: inspections of firms, rounds of sites, drills held (not 126 firms)
        ("126家次", 126.0, "家次"),
        ("1260余个次", 1260.0, "个次"),
        ("35场次", 35.0, "场次"),
        # containers, as a port counts them in standard boxes and in boxes as they come (not "260万" alone)
        ("260万标准箱", 2600000.0, "标准箱"),
        ("38.6自然箱", 38.6, "自然箱"),
        # computing power, a line's speed and a building's floors
        ("1260PFlops", 1260.0, "PFlops"),
        ("168.3兆比特", 168.3, "兆比特"),
        ("18层", 18.0, "层"),
        # a fraction is a share, in per cent (half where a share is named: 占全市的一半以上)
        ("三分之二以上", 66.7, "%"),
        ("一半", 50.0, "%"),
        # written without a Chinese character: the English grammar, scale and currency (not a bare 4.2)
        ("£4.2 million", 4200000.0, "GBP"),
        ("$2.1B", 2100000000.0, "USD"),
        # a time in its unit, in digits or in words ("working" days are days)
        ("11 days", 11.0, "days"),
        ("six weeks", 6.0, "weeks"),
        ("10 working days", 10.0, "days"),
        # a sign written before the figure is kept: a fall
        ("-4.7%", -4.7, "%"),
        ("-1.1个百分点", -1.1, "个百分点"),
        ("(131.5)", -131.5, ""),  # an accountant's negative
    ],
)
def test_values_and_units(written, value, unit):
    assert parse_quantity(written) == (value, unit)


def test_chinese_numerals():
    assert cn_to_number("二十三") == 23
    assert cn_to_number("千") == 1000
    assert cn_to_number("两") == 2
    assert cn_to_number("一万二千") == 12000


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
        "推广3D打印，建设20MWp光伏电站。",
        "其中3成为新建项目。",
        "第3期培训班开班，二期项目同步推进。",  # an ordinal and a phase, not sessions counted
    ],
)
def test_dates_codes_and_words_are_not_figures(sentence):
    assert find_numbers(sentence) == []


def test_a_chinese_fall_written_with_a_minus_sign_keeps_it():
    def spans(s: str) -> list[tuple[str, float | None]]:
        return [(sp.text, sp.value) for sp in find_numbers(s)]

    assert spans("猪肉价格同比为-9.8%，翘尾影响约为-0.3个百分点。") == [("-9.8%", -9.8), ("-0.3个百分点", -0.3)]
    assert spans("营业利润 21,306.58 24,871.42 -14.33%")[-1] == ("-14.33%", -14.33)
    assert spans("新闻热线:0632-8028160，工期2-3年。") == []  # a code's dash, a range's


def test_a_chinese_temperature_below_zero_is_negative():
    assert [(sp.text, sp.value, sp.unit) for sp in find_numbers("冬季出现寒潮过程2次，最低气温零下5.3℃。")][-1] == \
        ("零下5.3℃", -5.3, "℃")
    assert parse_quantity("零下5.3℃") == (-5.3, "℃")  # (its 零 is no numeral: not 0)
    assert one("最低气温零下5.3℃。", "零下5.3℃").subject == "最低气温"


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


def test_a_chinese_unit_ends_the_figure_before_latin_letters():
    figs = extract_figures("截止目前，投资110亿元LED研发及生产项目、30亿元氯碱化工项目已签约。")
    assert [f.text for f in figs] == ["110亿元", "30亿元"]


def test_shares_in_tenths_and_a_spaced_percent_sign_are_figures():
    figs = extract_figures("工业增加值占全市比重近3成，同比增长23 %。")
    assert [(f.text, f.value, f.unit) for f in figs] == [("近3成", 3.0, "成"), ("23 %", 23.0, "%")]


def test_english_hyphenated_units_and_capitalised_year_cues():
    figs = extract_figures("In 2025, the county built a 40-kilometer highway and reached $12.8 billion in output.",
                           language="en")
    by_text = {f.text: f for f in figs}
    assert by_text["40-kilometer"].value == 40 and by_text["40-kilometer"].unit == "kilometer"
    assert by_text["$12.8 billion"].period == "2025"


def test_power_and_energy_units_glued_to_their_number():
    figs = extract_figures("The glen's 1.2MW community hydro scheme supplied 1,850MWh over the season.", language="en")
    assert [(f.text, f.unit) for f in figs] == [("1.2MW", "MW"), ("1,850MWh", "MWh")]


def test_calls_counted_after_the_word_for_phone_are_a_figure_and_a_number_to_call_is_not():
    # (电话 before a number made it a number to call: 拦截涉诈电话1260万次 was dropped)
    assert [f.text for f in extract_figures("全年拦截涉诈电话1260万次、涉诈短信380万条。")] == ["1260万次", "380万条"]
    assert extract_figures("如有疑问请拨打12345热线，咨询电话：88889999。") == []



def test_people_then_a_daily_average_are_no_person_days():
    assert [f.text for f in extract_figures("接待游客1200人日均消费300元。")] == ["1200人", "300元"]


def test_a_storage_plants_power_and_energy_parted_by_a_slash_are_two_figures():
    figs = extract_figures("规划建设新型储能电站100兆瓦/200兆瓦时，钢材价格3000元/吨。")
    assert [(f.text, f.unit) for f in figs] == [("100兆瓦", "兆瓦"), ("200兆瓦时", "兆瓦时"), ("3000元/吨", "元/吨")]
    figs = extract_figures("The battery was commissioned in July, adding 100 MW/400 MWh of storage.", language="en")
    assert [(f.text, f.unit) for f in figs] == [("100 MW", "MW"), ("400 MWh", "MWh")]


def test_durations_are_figures_with_their_time_unit():
    figs = extract_figures("项目工期由18个月缩短至12个月，仅用11天完成全部审批手续，实行24小时施工。")
    assert [(f.text, f.value, f.unit) for f in figs] == [
        ("18个月", 18.0, "个月"), ("12个月", 12.0, "个月"), ("11天", 11.0, "天"), ("24小时", 24.0, "小时"),
    ]  # 18个月 was "18个", a count of things


@pytest.mark.parametrize(
    "sentence",
    ["2023年3月，项目开工。", "近3年来，全县加快发展。", "90年代建成的老厂区。", "新建天然气管道。", "2024年度工作要点。"],
)
def test_a_year_is_a_date_not_a_duration(sentence):
    assert find_numbers(sentence) == []


def test_english_dollar_currencies_of_other_countries_and_the_british_pc():
    spans = find_numbers("It earned RMB 5.2 billion, or HK$1.20 a share; S$300 million came from A$2bn and NZ$5m. "
                         "Inflation eased to 2.1pc from 4.1pc, and a pack holds 5 pc.", "en")
    assert [(s.text, s.unit) for s in spans] == [
        ("RMB 5.2 billion", "CNY"), ("HK$1.20", "HKD"), ("S$300 million", "SGD"), ("A$2bn", "AUD"), ("NZ$5m", "NZD"),
        ("2.1pc", "%"), ("4.1pc", "%"), ("5 pc", "pc")]  # pc after a space is a count of pieces
    assert [s.value for s in spans][:2] == [5.2e9, 1.2]


def test_indian_english_rupees_lakhs_and_crores():
    spans = {s.text: (s.value, s.unit) for s in find_numbers(
        "The state signed MoUs worth Rs 45,000 crore that will create 1.2 lakh jobs, among them a ₹12,500-crore "
        "chip plant; it has drawn ₹33.5 lakh crore since 2017, and INR 1,20,000 was paid to each of 40 families.",
        language="en")}
    assert spans == {
        "Rs 45,000 crore": (4.5e11, "INR"), "1.2 lakh jobs": (1.2e5, "jobs"), "₹12,500-crore": (1.25e11, "INR"),
        "₹33.5 lakh crore": (3.35e13, "INR"), "INR 1,20,000": (1.2e5, "INR"), "40 families": (40, "families")}


def test_a_dashboards_bare_value_after_its_label_and_no_phone_number():
    def texts(s: str) -> list[str]:
        return [sp.text for sp in find_numbers(s, language="en")]

    assert texts("Customers with ARR above $100K: 1,870, +22% YoY") == ["$100K", "1,870", "+22%"]  # (its sign as written)
    assert texts("Employees: 9,400") == ["9,400"]
    assert texts("Traffic deaths rose to 4,285") == ["4,285"]  # a value at the very end of the text
    assert texts("Tel: 555 0142") == texts("Page: 3") == []
    assert texts("Note: 5 of the plants closed.") == ["5"]  # (read as a part of the plants, not as the note's value)


def test_english_counts_name_the_noun_after_an_adjective_and_no_verb_is_a_unit():
    def spans(s: str) -> list[tuple[str, str]]:
        return [(sp.text, sp.unit) for sp in find_numbers(s, language="en")]

    assert spans("The trial ran in 32 primary care practices.") == [("32 primary care practices", "primary care practices")]
    assert spans("Ridership totaled 4,362,180 unlinked passenger boardings; 600 low-cost air sensors went in.") == [
        ("4,362,180 unlinked passenger boardings", "unlinked passenger boardings"),
        ("600 low-cost air sensors", "low-cost air sensors")]
    assert spans("She will hire 120 additional sheriff's deputies.") == [
        ("120 additional sheriff's deputies", "additional sheriff's deputies")]
    # an adjective alone is no unit, nor a verb after the number that ends a product's name
    assert spans("Roughly 6,400 provisional and late-arriving ballots remain.") == [
        ("6,400 provisional and late-arriving ballots", "provisional and late-arriving ballots")]
    assert spans("AeroBuds Pro 2 will ship in October; Windows 11 includes it.") == []
    # a verb's past after a count is what the things counted did, no unit; a name's number before it is no count
    assert spans("Of 21,460 scheduled sailings, 21,289 operated. Some 40 attended and 14 died.") == [
        ("21,460 scheduled sailings", "scheduled sailings"), ("21,289", ""), ("40", ""), ("14", "")]
    assert spans("Guests aged under 26 accounted for 118,900 stays.") == [("26", ""), ("118,900 stays", "stays")]
    assert spans("Stormhollow 3 launched on 8 July.") == []
    # nor an irregular past, a pronoun or an adverb: what they did, when or where, not what they are
    assert spans("It beat the record of 598,000 set in 2019; 431 joined and 25 left; the 6,110 we received; "
                 "356,000 today; 38 short of the 1,450 planned; a score of 4.6 out of 5.") == [
        ("598,000", ""), ("431", ""), ("25", ""), ("6,110", ""), ("356,000", ""), ("38", ""), ("1,450", ""), ("4.6", "")]
    assert spans("It met 94% of the 1,180 planned.") == [("94%", "%"), ("1,180", "")]
    # units in mixed case or per something
    assert spans("systolic 139 mmHg, winds of 195 km/h, a fall of 0.08 mmol/L") == [
        ("139 mmHg", "mmHg"), ("195 km/h", "km/h"), ("0.08 mmol/L", "mmol/L")]


def test_a_mean_takes_the_unit_after_its_spread_and_a_confidence_level_is_no_figure():
    def spans(s: str) -> list[tuple[str, float, str]]:
        return [(sp.text, sp.value, sp.unit) for sp in find_numbers(s, language="en")]

    assert spans("Blood pressure fell by 6.1 ± 9.4 mmHg (95% CI −5.6 to −2.2).") == [("6.1", 6.1, "mmHg")]
    assert spans("Mean age was 56.2 ± 7.9 years and 58% were women.") == [("56.2", 56.2, "years"), ("58%", 58.0, "%")]
    assert spans("Support rose to 95% in May.") == [("95%", 95.0, "%")]


def test_clock_times_and_numbered_classes_in_any_case_are_no_figures():
    def texts(s: str) -> list[str]:
        return [sp.text for sp in find_numbers(s, language="en")]

    assert texts("At 1000 AM CDT (1500 UTC) the storm was near; the next advisory is at 400 PM.") == []
    assert texts("Adults with stage 1 hypertension; DELPHINE STRENGTHENS TO CATEGORY 3 AS IT NEARS") == []
    assert texts("About 14,500 people were in shelters by 10 AM.") == ["14,500 people"]


def test_chips_and_satellites_are_counted_and_a_district_is_no_count():
    def spans(s: str) -> list[tuple[str, str]]:
        return [(sp.text, sp.unit) for sp in find_numbers(s)]

    assert spans("累计出货量超过2.1万片，发射卫星12颗。") == [("超过2.1万片", "片"), ("12颗", "颗")]
    assert spans("全镇划分为3片区管理，呈现一片繁荣景象。") == []


def test_a_day_before_or_after_its_month_is_no_count():
    def texts(s: str) -> list[str]:
        return [sp.text for sp in find_numbers(s, language="en")]

    assert texts("The council will vote at its March 18 meeting; on Sept 30 officials said so.") == []
    assert texts("In May 2,000 workers struck, and in March 40 firms closed.") == ["2,000 workers", "40 firms"]
    # nor a day before its month: "from 1 April 2025" after a change was read as a level of 1
    assert texts("Fares will rise by 3.9% from 1 June 2025, and fines rose to 30p a day from 6 Feb.") == ["3.9%", "30p"]


def test_a_documents_tables_items_and_forms_are_no_figures():
    def texts(s: str) -> list[str]:
        return [sp.text for sp in find_numbers(s, language="en")]

    assert texts("Table 2.1 summarizes them; see Item 8 of this Annual Report on Form 10-K.") == []
    assert texts("See Figure 3 for the 450 homes rebuilt.") == ["450 homes"]


def test_a_cap_is_no_more_than():
    # 不超过 is "at most": the figure is the cap, not "more than" it
    assert [(f.text, f.subject) for f in extract_figures("单台最高不超过1.5万元，最高不超2万元。")] == [
        ("1.5万元", "单台最高"), ("2万元", "最高")]
    assert [f.text for f in extract_figures("投资超过5亿元。")] == ["超过5亿元"]


def test_a_range_or_a_list_writes_its_unit_once_and_each_member_has_it():
    found = [(sp.text, sp.value, sp.unit) for sp in find_numbers("年收入约9.5万—12万元，浓度23—31微克/立方米")]
    assert found == [("约9.5万", 95000.0, "元"), ("12万元", 120000.0, "元"),
                     ("23", 23.0, "微克/立方米"), ("31微克/立方米", 31.0, "微克/立方米")]
    assert [(sp.value, sp.unit) for sp in find_numbers("预计为2.3—2.8万元")] == [(23000.0, "元"), (28000.0, "元")]
    listed = find_numbers("用电量分别为1126.3亿、874.5亿和702.8亿千瓦时，分别高于全国、全省0.6个和0.3个百分点")
    assert [sp.unit for sp in listed] == ["千瓦时"] * 3 + ["个百分点"] * 2
    # Not the end of a code, a clock time or an ordinal.
    assert find_numbers("NH-2024-17地块，9:00—11:30") == []


def test_a_rate_keeps_what_it_is_per_and_the_base_of_a_rate_or_a_number_to_call_is_no_figure():
    assert [(sp.text, sp.unit) for sp in find_numbers("生猪价格为14.62元/公斤，均价23618元/平方米")] == [
        ("14.62元/公斤", "元/公斤"), ("23618元/平方米", "元/平方米")]
    assert [sp.text for sp in find_numbers("每千人口拥有托位数达到4.6个")] == ["4.6个"]
    # (a rate's base written without 每: 千人口献血率, 万人口发明专利拥有量)
    assert [sp.text for sp in find_numbers("全市千人口献血率达到11.6‰，万人口发明专利拥有量12.5件")] == ["11.6‰", "12.5件"]
    assert find_numbers("可拨打12333人社服务热线咨询") == []


def test_an_english_range_writes_its_unit_once_and_a_score_or_a_phone_number_is_no_range():
    def found(text):
        return [(sp.text, sp.value, sp.unit) for sp in find_numbers(text, "en")]

    assert found("a 70–90% chance of valley rain") == [("70", 70.0, "%"), ("90%", 90.0, "%")]
    assert found("3-4 inches of rain") == [("3", 3.0, "inches"), ("4 inches", 4.0, "inches")]
    assert found("revenue of $3.05–3.12 billion") == [("$3.05", 3.05e9, "USD"), ("3.12 billion", 3.12e9, "USD")]
    assert found("a total area of 43.5 sq mi") == [("43.5 sq mi", 43.5, "sq mi")]
    assert found("leases totaling 2.31 million square feet") == [("2.31 million square feet", 2.31e6, "square feet")]
    # a noun before the plural counted is part of its name, a verb or a past participle is not
    assert found("monitors at the park's 4 air quality stations") == [("4 air quality stations", 4.0, "air quality stations")]
    assert found("About 41,000 farms grow cereals") == [("41,000 farms", 41000.0, "farms")]
    assert found("23 venues improve access") == [("23 venues", 23.0, "venues")]
    assert found("41 institutions requested loans") == [("41 institutions", 41.0, "institutions")]
    assert found("call 555-1234 now") == [] and found("Route 9-10 miles") == []
    assert found("won the game 2-1 with a late goal") == []
    # A financial year written with an en dash is a year, not a count of the word after it.
    assert found("Domestic visitors drove the recovery from 2021–22 onwards.") == []
    assert found("From 2021–22 to 2023–24 arrivals rose 12%, and 26 budget lines were cut.") == [
        ("12%", 12.0, "%"), ("26 budget lines", 26.0, "budget lines")]
    assert found("3–4 inches of rain") == [("3", 3.0, "inches"), ("4 inches", 4.0, "inches")]


def test_cases_and_doses_are_counts_and_a_criterion_a_confidence_level_or_a_class_bound_is_no_figure():
    assert [sp.text for sp in find_numbers("共报告法定传染病12种21436例，累计接种流感疫苗38.62万剂次")] == [
        "12种", "21436例", "38.62万剂次"]
    assert [sp.text for sp in find_numbers("观察组HbA1c＜7.0%的达标率为71.6%，OR＝2.18（95%CI：1.16～4.10）")] == ["71.6%"]
    assert [sp.text for sp in find_numbers("其中7座及以下小型客车2117.3万辆次")] == ["2117.3万辆次"]


def test_hong_kong_and_formal_writing_spaced_thousands_chinese_decimals_and_percentages_in_words():
    def found(text):
        return [(sp.text, sp.value, sp.unit) for sp in find_numbers(text)]

    assert found("合共提供约3 860个宿位") == [("约3 860个", 3860.0, "个")]
    assert found("至今已批出约十八点六亿元") == [("约十八点六亿元", 1.86e9, "元")]
    assert found("整体入住率约为百分之九十六点四，不得超过市值租金的百分之六十") == [
        ("百分之九十六点四", 96.4, "%"), ("百分之六十", 60.0, "%")]
    assert found("三点五十分开会") == [] and found("营业收入 4,862 3 655") == []


def test_legal_citations_and_docket_numbers_are_no_figures():
    text = ("The jury found for the plaintiff under 42 U.S.C. § 1983 and Monell, 436 U.S. 658 (1978); see 630 F.3d "
            "805 and No. 2:21-cv-01187, under Ariz. Rev. Stat. § 12-820 et seq., awarding $750,000.")
    assert [sp.text for sp in find_numbers(text, "en")] == ["$750,000"]


def test_a_game_clock_and_a_numbered_seed_are_no_figures():
    assert [sp.text for sp in find_numbers("a lob dunk that made it 79-64 with 5:37 left, the No. 2 seed scoring 31 points",
                                           "en")] == ["31 points"]


def test_an_early_year_a_reading_time_are_no_figures_and_a_row_label_may_hold_an_aside():
    assert find_numbers("Founded: 1859", "en") == [] and find_numbers("The 1881 railroad spurred growth", "en") == []
    assert [sp.text for sp in find_numbers("1800 jobs were added", "en")] == ["1800 jobs"]
    assert find_numbers("Office of Communications | 5 min read", "en") == []
    figs = extract_figures("Street reconstruction and resurfacing (62 lane-miles) $78.5 million 42%", language="en")
    assert {f.subject for f in figs if f.text in ("$78.5 million", "42%")} == {
        "Street reconstruction and resurfacing (62 lane-miles)"}


def test_the_tail_of_a_number_written_with_a_decimal_comma_is_no_figure():
    assert find_numbers("un 3,5 % más, hasta 14.286,4 millones de euros", "en") == []  # (were "5 %", "4 millones")
    assert [sp.text for sp in find_numbers("revenue of $1,234.5 million and 2,500 jobs", "en")] == [
        "$1,234.5 million", "2,500 jobs"]


def test_a_unit_that_starts_with_a_multiplier_holds_no_number():
    assert find_numbers("工业用电量\t万千瓦时\t1.2\t亿千瓦时") == []  # (was '千瓦' twice)


def test_tenths_in_chinese_numerals_are_a_share_and_an_idiom_is_none():
    assert [(sp.text, sp.value, sp.unit) for sp in find_numbers("占签约项目数的近两成，外地跑者占比约六成，超三成以上")] == [
        ("近两成", 2.0, "成"), ("约六成", 6.0, "成"), ("超三成以上", 3.0, "成")]
    assert find_numbers("政策一成不变") == [] and find_numbers("三个项目") == []


def test_energy_in_gigawatt_and_megawatt_hours_is_a_figure():
    assert [(sp.text, sp.unit) for sp in find_numbers("储能电池出货量12.8GWh，开发6.25MWh储能系统")] == [
        ("12.8GWh", "GWh"), ("6.25MWh", "MWh")]


def test_a_rank_among_a_number_of_peers_is_a_figure():
    assert [sp.text for sp in find_numbers("总量居全县14个乡镇第3位")] == ["14个", "第3位"]


def test_a_rank_among_peers_named_without_a_count_is_a_figure():
    assert [sp.text for sp in find_numbers("储能电芯出货量居国内同类企业第7位")] == ["第7位"]
    assert [sp.text for sp in find_numbers("居民人均可支配收入第一次超过3万元")] == ["超过3万元"]


def test_an_english_rank_in_words_or_ordinals_is_a_figure_whose_value_is_the_place():
    def spans(s: str) -> list[tuple[str, float | None, str]]:
        return [(sp.text, sp.value, sp.unit) for sp in find_numbers(s, language="en")]

    assert spans("46.2% of waste was recycled, the third-highest rate among the county's seven districts.") == [
        ("46.2%", 46.2, "%"), ("third-highest", 3.0, "rank")]
    assert spans("The port ranked 12th in the state and finished second in 2023.") == [
        ("12th", 12.0, "rank"), ("second", 2.0, "rank")]
    # with its object between verb and place, or as the place moved to
    assert spans("The survey ranked us 1st for passenger satisfaction.") == [("1st", 1.0, "rank")]
    assert spans("The national table placed it 212th of the 296 authorities.")[0] == ("212th", 212.0, "rank")
    assert spans("The council moved up to 12th place.") == [("12th", 12.0, "rank")]
    assert parse_quantity("second-lowest") == (2.0, "rank")
    # an ordinal without a superlative or a verb of ranking is no figure
    assert spans("It is the first-ever plan for first-time buyers, the second phase of the scheme.") == []


def test_an_english_bare_number_compared_or_counted_as_a_part_is_a_figure():
    def texts(s: str) -> list[str]:
        return [sp.text for sp in find_numbers(s, language="en")]

    assert texts("reduced the number of households in temporary accommodation to 118, from 141 in March 2023") == [
        "118", "141"]
    assert texts("Employment averaged 214,600 in Q2, up 3,900, or 1.8%, from a year earlier.") == [
        "214,600", "3,900", "1.8%"]
    assert texts("Of the 27 projects, 11 were foreign direct investment projects and 16 came from companies here.") == [
        "27 projects", "11", "16"]
    assert texts("The department aims to lift it to 72 by 2030, compared with 355 in all of 2024.") == ["72", "355"]
    assert texts("That is 11,000 more than in April to June.") == ["11,000"]
    assert texts("The terminal recorded a passenger throughput of 512,000.") == ["512,000"]
    # a part of a whole named in the plural after it (not a part of a document, nor "of" a noun that goes on)
    assert texts("The search involved 38 of our members and four neighbouring teams.") == ["38", "four neighbouring teams"]
    assert texts("Special education accounted for 402 of the openings.") == ["402"]
    assert texts("Chapter 3 of the guidelines sets out the rules.") == []
    assert texts("Figure 2 of the results shows 4 of the terms of reference.") == []
    assert texts("It has 45 partners, 31 of which are currently active.") == ["45 partners", "31"]
    # a part of a whole counted after it, in days or in an acronym's plural too
    assert texts("Patients waited in corridors on 27 of the 31 days of the month.") == ["27", "31 days"]
    assert texts("The state has signed 268 of the 412 MoUs agreed at the summit.") == ["268"]
    # the value of "the number of …" and the size of a change, bare
    assert texts("The number of persons unemployed was 131,400, a decrease of 5,900 on the month.") == ["131,400", "5,900"]
    # a table's cell in brackets alone is a negative, as accountants write it (a comparison in brackets is not)
    assert [(sp.text, sp.value) for sp in find_numbers("Operating result | 12.4 | (3.1) | n/a", language="en")] == [
        ("12.4", 12.4), ("(3.1)", -3.1)]
    # a change in points as tables write it
    assert [(sp.text, sp.unit) for sp in find_numbers("Margin | 44.6 | 44.9 | -30bp | +0.4pt | 1.3 pts | 2.1ppts", language="en")][2:] == [
        ("-30bp", "basis points"), ("+0.4pt", "percentage points"), ("1.3 pts", "percentage points"),
        ("2.1ppts", "percentage points")]
    # a count whose noun a coordinated clause leaves out
    assert texts("We opened 9 stores and closed 4 during the quarter.") == ["9 stores", "4"]
    assert texts("We opened seven new stores and closed three.") == ["seven new stores", "three"]
    # things of a named kind counted (not a section's number before its heading)
    assert texts("We completed 11,870 Safe and Well visits.") == ["11,870"]
    assert texts("3.1 Adult Social Care remains the largest pressure.") == []
    # a decimal below one is a value, not a code with a leading zero; "now" counts nothing
    assert texts("Food contributed 0.84 percentage points, up from 0.71.") == ["0.84 percentage points", "0.71"]
    assert texts("Call 0142 now; there are 4,000 now.") == []
    # a bare number with no such grammar stays out: a dose, a route, office hours
    assert texts("Take 2 tablets up to 4 times a day.") == ["2 tablets"]
    assert texts("Take Route 9 to 12 Main St; call us from 9 to 5.") == []


def test_english_shares_and_counts_in_words_are_figures_but_not_periods_or_an_aside():
    def spans(s: str) -> list[tuple[str, float | None, str]]:
        return [(sp.text, sp.value, sp.unit) for sp in find_numbers(s, language="en")]

    assert spans("Nearly two-thirds of operations were day cases; complaints fell by half.") == [
        ("two-thirds", 66.666667, "%"), ("half", 50.0, "%")]
    assert spans("so about a quarter fewer") == [("a quarter", 25.0, "%")]
    assert spans("We refurbished a dozen wards and replaced eight of its oldest lifts.") == [
        ("a dozen wards", 12.0, "wards"), ("eight", 8.0, "lifts")]
    # a part in words of a whole counted in digits: "Eight of the 24 people", "A dozen of the 17 store categories"
    assert spans("Eight of the 24 people killed were pedestrians.") == [("Eight", 8.0, "people"), ("24 people", 24.0, "people")]
    assert spans("A dozen of the 17 detailed store categories grew.")[0] == ("A dozen", 12.0, "categories")
    assert parse_quantity("two-thirds") == (66.666667, "%") and parse_quantity("a dozen") == (12.0, "")
    # a period, a share in an aside, things named before, spans of time and the words of an argument
    assert spans("In the first half of 2025, sales rose in the third quarter and the half-year.") == []
    assert spans("Services, which make up around four-fifths of the economy, held up.") == []
    assert spans("The two councils weighed three options over the next two years.") == []
    # a count's noun phrase ends at a word of the ones not counted ("six weeks for families" was a count of families,
    # "five the previous" of 'previous'); one compared with is a count whose noun is left out
    assert spans("End B&B stays of more than six weeks for families.") == [("six weeks", 6.0, "weeks")]
    assert spans("The survey awards five stars to builders.") == [("five stars", 5.0, "stars")]
    assert spans("Three people died, compared with five the previous year.") == [
        ("Three people", 3.0, "people"), ("five", 5.0, "")]
    assert spans("A further five to eight openings are planned.") == [("five to eight openings", 5.0, "openings")]
    assert spans("Three of those deaths were in homes.") == [("Three of those deaths", 3.0, "deaths")]


def test_a_bar_tables_cells_and_a_range_between_two_numbers_are_figures():
    def texts(s: str) -> list[str]:
        return [sp.text for sp in find_numbers(s, language="en")]

    assert texts("Patients waiting over 52 weeks | 1,105 | 600") == ["1,105", "600"]  # (not the label's 52)
    assert texts("Revenue (£m) | 2,416.3 | 2,281.9 | +5.9%") == ["2,416.3", "2,281.9", "+5.9%"]
    assert texts("We expect to open between 25 and 30 new stores.") == ["25", "30 new stores"]
    assert texts("Enrollment fell by 410 students this year to 18,420; it peaked at 21,300 in 2016.") == [
        "410 students", "18,420", "21,300"]
    assert texts("Assaults fell to 17 in the half-year from 29 a year earlier, with 52 more in training.") == [
        "17", "29", "52"]


def test_a_ratio_or_an_index_without_a_unit_and_a_rank_moved_are_figures():
    def spans(s: str) -> list[tuple[str, float | None]]:
        return [(sp.text, sp.value) for sp in find_numbers(s)]

    assert spans("城乡居民收入比由去年同期的2.05缩小至1.97。") == [("2.05", 2.05), ("1.97", 1.97)]
    assert spans("全市制造业PMI指数为50.6，基尼系数为0.44。") == [("50.6", 50.6), ("0.44", 0.44)]
    assert spans("地区生产总值在全省的位次由第8位前移至第6位。") == [("第8位", 8.0), ("第6位", 6.0)]
    # a decimal that names no such measure, or a version or a score, stays out
    assert spans("比赛以3.5分之差告负，系统升级到V2.1版。") == []
    # a rate per unit of something and a plot ratio have no unit either; the change of a ratio in the clause after it
    # is a figure too, but not a change after another figure ("优良天数增加12天，…下降1.5" is no index's)
    assert spans("亿元地区生产总值生产安全事故死亡率为0.041，较上年下降0.016。") == [("0.041", 0.041), ("0.016", 0.016)]
    assert spans("城乡居民收入比为2.04，比上年缩小0.04；新供应工业用地平均容积率1.42。") == [
        ("2.04", 2.04), ("0.04", 0.04), ("1.42", 1.42)]
    assert spans("生态环境状况指数为72.4，优良天数增加12天，综合能耗下降0.6。") == [("72.4", 72.4), ("12天", 12.0)]
    # a value named by 值 and a level held or kept under (a whole number only with its bound), its subject the measure's
    assert spans("全市降水pH年均值为6.21，全院CMI值达到1.05。") == [("6.21", 6.21), ("1.05", 1.05)]
    assert spans("桥梁技术状况指数保持在88以上，事故死亡率控制在0.031以下。") == [("88以上", 88.0), ("0.031以下", 0.031)]
    assert spans("全区共有88个社区。") == [("88个", 88.0)]
    assert spans("老旧管网改造已完成四分之三，两县合计占全市的一半以上，税费减半征收。") == [("四分之三", 75.0), ("一半以上", 50.0)]
    figs = {f.text: f.subject for f in extract_figures("全县道路技术状况指数保持在88以上，城镇登记失业率稳定在3%以内。")}
    assert figs == {"88以上": "道路技术状况指数", "3%以内": "城镇登记失业率"}


def test_an_english_count_named_by_three_words_a_count_in_the_passive_and_a_share_as_subject():
    def texts(s: str) -> list[str]:
        return [sp.text for sp in find_numbers(s, language="en")]

    assert texts("Contractors installed 186 public electric-vehicle charge points.") == [
        "186 public electric-vehicle charge points"]
    assert texts("Two people died and 23 were injured in the fire.") == ["Two people", "23"]
    assert texts("About two-thirds came from federal grants.") == ["two-thirds"]


def test_english_mining_units_time_spent_and_compound_number_words():
    def spans(s: str) -> list[tuple[str, float | None, str]]:
        return [(sp.text, sp.value, sp.unit) for sp in find_numbers(s, language="en")]

    assert spans("Gold sold totalled 84,900oz at a head grade of 1.64 g/t (Mineral Resources of 9.8Moz).") == [
        ("84,900oz", 84900.0, "oz"), ("1.64 g/t", 1.64, "g/t"), ("9.8Moz", 9.8, "Moz")]
    assert spans("Vans carried out 7,240 hours of enforcement; volunteers gave 41,500 hours.") == [
        ("7,240 hours", 7240.0, "hours"), ("41,500 hours", 41500.0, "hours")]
    # a span of time is a figure too (the convention lists durations, as `other`), and so is one written with its
    # noun or in words, and a whole number of months or years
    assert spans("Closed for 3 days; the office opens 5 days a week.") == [("3 days", 3.0, "days"), ("5 days", 5.0, "days")]
    assert spans("A 16-day closure let crews rebuild the 1,200-year-old abbey's roof under a 12-year lease.") == [
        ("16-day", 16.0, "days"), ("1,200-year-old", 1200.0, "years"), ("12-year", 12.0, "years")]
    assert spans("The hall will be rebuilt over two years.") == [("two years", 2.0, "years")]
    assert spans("Storms closed the road for two days; the works took four and a half months.") == [
        ("two days", 2.0, "days"), ("four and a half months", 4.5, "months")]
    # ... but not the period a report covers, nor a point in time
    assert spans("Results for the six months ended 30 June; in the first nine months of the year sales rose 4%.") == [
        ("4%", 4.0, "%")]
    assert spans("Two years ago we were sixth; the bypass opened two months ahead of schedule, 12 months after work began.") \
        == []
    assert spans("The road will reopen within two years, in the 12 months to March.") == []
    # (a time counted in working or school days is one figure in days, not a count of "working")
    assert spans("We answered 87% of complaints within 10 working days; pupils missed 14 school days.") == [
        ("87%", 87.0, "%"), ("10 working days", 10.0, "days"), ("14 school days", 14.0, "days")]
    # a time that bounds a standard or a class is a figure (as "10% or more" is); months and years are deadlines
    assert spans("Call within 24 hours; 812 patients waited more than six weeks.") == [
        ("24 hours", 24.0, "hours"), ("812 patients", 812.0, "patients"), ("six weeks", 6.0, "weeks")]
    assert spans("The plant will be built within two years.") == []
    assert spans("Twenty-four people lost their lives, seven fewer than in 2023.") == [
        ("Twenty-four people", 24.0, "people"), ("seven", 7.0, "")]
    assert parse_quantity("fourth") == (4.0, "rank")


def test_english_metric_units_and_pence_on_the_number_rates_a_day_and_a_last_years_level():
    def texts(s: str) -> list[str]:
        return [sp.text for sp in find_numbers(s, language="en")]

    assert texts("Households averaged 498kg each, down from 536kg; 81p of each pound went to the work.") == [
        "498kg", "536kg", "81p"]
    assert texts("Visits reached 271,000, up from the previous year's 258,000.") == ["271,000", "258,000"]
    assert texts("Calls came in at roughly 1,240 a day; the library opened for 58 hours a week.") == [
        "1,240", "58 hours"]
    assert texts("I left at 5pm.") == []


def test_a_time_in_minutes_and_seconds_is_one_figure_and_a_count_in_words_a_change_came_from_is_one():
    from service.figures.numbers_en import en_quantity

    figs = extract_figures("Average response time dropped to 6 minutes 40 seconds, from 7 minutes 5 seconds.",
                           language="en")
    assert [(f.text, f.value, f.unit) for f in figs] == [
        ("6 minutes 40 seconds", 6.6667, "minutes"), ("7 minutes 5 seconds", 7.0833, "minutes")]
    assert en_quantity("8 minutes 41 seconds") == (8.6833, "minutes")  # (the model's value, read the same way)
    kinds = {f.text: f.kind for f in extract_figures(
        "We met 11 of our 17 commitments, up from nine the year before.", language="en")}
    assert kinds["nine"] == "other"


def test_a_tables_time_in_hours_and_minutes_or_minutes_and_seconds_is_one_figure_in_minutes():
    figs = extract_figures("| Category 3 (urgent) | 10,560 | 1 h 41 min | 4 h 02 min |", language="en")
    assert [(f.text, f.value, f.unit) for f in figs][1:] == [("1 h 41 min", 101, "minutes"), ("4 h 02 min", 242, "minutes")]
    figs = extract_figures("| Category 1 | 3,410 | 7 min 48 s | 13 min 55 s |", language="en")
    assert [(f.text, f.value) for f in figs][1:] == [("7 min 48 s", 7.8), ("13 min 55 s", 13.9167)]


def test_a_time_written_short_in_two_units_is_minutes_not_millions():
    # (the "m" of "8m 42s" and "2h 12m" is a minute: it was read as 8 and 12 million)
    figs = extract_figures("| Category 2 | 31,480 | 34m 18s | 1h 14m 50s | 2h 12m |", language="en")
    assert [(f.text, f.value, f.unit) for f in figs][1:] == [
        ("34m 18s", 34.3, "minutes"), ("1h 14m 50s", 74.8333, "minutes"), ("2h 12m", 132, "minutes")]
    assert [(f.text, f.value) for f in extract_figures("The scheme cost £8m.", language="en")] == [("£8m", 8_000_000)]


def test_a_table_of_spaced_columns_with_times_in_two_units_is_read_by_its_heads():
    from tests.support import extractive_figures

    by_text = extractive_figures(
        "Ambulance response times, October 2025\n\nResponse times improved in every category.\n\n"
        "Category      Responses   Mean Oct 2025   90th centile Oct 2025   National standard (mean)\n"
        "Category 1    6,950       8m 42s          15m 10s                 7m 00s\n"
        "Category 3    8,430       2h 12m          5h 31m                  none set\n")
    assert by_text["2h 12m"].value == 132 and by_text["8m 42s"].unit == "minutes"
    assert "Mean Oct" in by_text["2h 12m"].subject and "Category 3" in by_text["2h 12m"].subject.title()
    assert by_text["7m 00s"].kind == "target"


def test_a_line_speed_and_an_average_or_a_time_taken_in_years_or_months_are_figures_and_a_span_of_the_frame_other():
    def texts(sentence: str) -> list[str]:
        return [f.text for f in extract_figures(sentence, language="en")]

    assert texts("The average download speed was 186 Mbit/s, and 1 Gbps packages cost £45.") == [
        "186 Mbit/s", "1 Gbps", "£45"]
    assert texts("The fleet has an average age of 11.2 years.") == ["11.2 years"]
    assert texts("The average handover took 34 minutes and the appeal took 14 months.") == ["34 minutes", "14 months"]
    # a span is a figure of the frame (`other`); a point in time is none
    figs = extract_figures("It is 10 years since the plan; the firm was founded 150 years ago and ran for 5 years.", language="en")
    assert [(f.text, f.kind) for f in figs] == [("10 years", "other"), ("5 years", "other")]


def test_an_english_bare_level_after_numbered_unchanged_at_or_a_change_with_numbers_in_its_gap():
    texts = {f.text for t in ("Aggravated assaults numbered 14,960.", "Larceny was almost unchanged at 107,550.",
                              "Thefts fell by nearly a fifth (19.4%) to 11,260.", "Violations increased from 2,410 to 2,795.")
             for f in extract_figures(t, language="en")}
    assert {"14,960", "107,550", "11,260", "2,410", "2,795"} <= texts
    # (the level a change went to after its size and a comma; the parts of a whole after "of which", each a verb's subject)
    figs = {f.text: f.kind for f in extract_figures("Written complaints fell by 22%, from 2,800 to 2,184.", language="en")}
    assert figs["2,184"] == "achieved" and figs["2,800"] == "other"
    figs = {f.text: f.kind for f in extract_figures(
        "We completed 4,312 homes, of which 3,320 were private homes and 992 were affordable homes.", language="en")}
    assert figs["3,320"] == figs["992"] == "achieved"
    # (a level in words a change went to, and the level it came from)
    figs = {f.text: f.kind for f in extract_figures("Lost-time injuries fell to nine from 15 in 2023–24.", language="en")}
    assert figs == {"nine": "achieved", "15": "other"}


def test_english_list_members_whose_noun_and_verb_are_left_out_are_figures_of_the_first_members_kind():
    # (the number alone after a comma or "and" and the few words naming the next member, past a first member read)
    figs = {f.text: f.kind for f in extract_figures(
        "Dogs made up 1,962 of the animals received, cats 1,204 and other animals 252.", language="en")}
    assert figs == {"1,962": "achieved", "1,204": "achieved", "252": "achieved"}
    figs = {f.text: f.kind for f in extract_figures(
        "Sheep were again the largest section with 2,310 entries, followed by cattle with 1,140, poultry with 620 "
        "and pigs with 420.", language="en")}
    assert {"1,140", "620", "420"} <= set(figs)
    figs = {f.text: f.kind for f in extract_figures(
        "We felled 1,145 council trees during the year, 412 of them because of ash dieback and 186 because they "
        "were dead.", language="en")}
    assert figs["186"] == figs["412"] == "achieved"
    assert "2,900" in {f.text for f in extract_figures(
        "Most planting took place at two sites: Hartleigh Fields (4,200 trees) and Cobb Lane (2,900).", language="en")}
    # Not a bound of a class, nor a goal's next member that is no goal.
    assert [f.text for f in extract_figures(
        "The survey samples around 5,000 businesses, including all retailers with 100 or more employees.",
        language="en")] == ["5,000 businesses"]
    figs = {f.text: f.kind for f in extract_figures(
        "Our satisfaction score was 74.2, below our target of 78.0 and the industry median of 76.5.", language="en")}
    assert figs["78.0"] == "target" and figs["76.5"] == "other"


def test_an_english_count_in_words_of_more_things_names_them_past_a_longer_name_and_after_any_verb():
    texts = {f.text for f in extract_figures("3. Install three more speed indicator signs on the Harnwell Road.", language="en")}
    assert texts == {"three more speed indicator signs"}  # (after "Install", which ends in "all ")
    texts = {f.text for f in extract_figures("We will also recruit eight more falls prevention practitioners.", language="en")}
    assert texts == {"eight more falls prevention practitioners"}
    assert not extract_figures("All three sites reopened.", language="en")  # (a known group: "all three")


def test_an_english_share_written_as_a_count_in_a_count_is_one_figure():
    from service.figures.numbers_en import en_quantity

    figs = extract_figures("Firearms were used in two out of every three homicides.", language="en")
    assert [(f.text, f.value, f.unit) for f in figs] == [("two out of every three", 66.666667, "%")]
    assert [f.text for f in extract_figures("Almost six in ten were motivated by race.", language="en")] == ["six in ten"]
    assert en_quantity("one in eight") == (12.5, "%")
    kinds = {f.text: f.kind for f in extract_figures(
        "The helpline answered 91,300 calls, about one in four of them within a minute.", language="en")}
    assert kinds["one in four"] == kinds["91,300 calls"]


def test_temperatures_and_noise_levels_are_figures_in_their_units():
    from service.figures.numbers import find_numbers
    from service.figures.numbers_en import find_numbers_en

    assert [(n.text, n.value, n.unit) for n in find_numbers_en("The lowest was -6.8 °C at Kellan and the highest 41.3°C.")] \
        == [("-6.8 °C", -6.8, "°C"), ("41.3°C", 41.3, "°C")]
    assert [(n.text, n.unit) for n in find_numbers("最高气温40.3℃，城区噪声平均53.6分贝。")] == [("40.3℃", "℃"), ("53.6分贝", "分贝")]


def test_scores_lamps_and_licences_are_counted_and_their_words_are_not():
    from service.figures.numbers import find_numbers

    got = [n.text for n in find_numbers("全年考评平均得分91.6分，新装路灯4860盏，暂扣驾驶证2210本；防汛任务十分繁重，13时45分出现最高负荷，详见本网站。")]
    assert got == ["91.6分", "4860盏", "2210本"]


def test_jin_grams_and_study_hours_are_units_and_a_rank_in_a_list_named_by_its_size_is_read():
    from service.figures import extract_figures

    got = {f.text: f.unit for f in extract_figures("亩产930斤，平均供电煤耗297.4克/千瓦时，人均培训56学时，克服困难3次。")}
    assert got == {"930斤": "斤", "297.4克/千瓦时": "克/千瓦时", "56学时": "学时", "3次": "次"}
    ranked = {f.text: f.kind for f in extract_figures("集团位列2024中国企业500强第186位，较上年提升11位。")}
    assert ranked["第186位"] == "achieved" and ranked["500强"] == "other"


def test_megalitres_a_day_and_a_rate_per_a_round_number_of_things_are_units():
    from service.figures import extract_figures

    got = {f.text: (f.value, f.unit) for f in extract_figures(
        "Leakage was 512.3 Ml/d; pollution incidents were 31.2 per 10,000 km and redundancies 4.3 per 1,000 employees.",
        language="en")}
    assert got == {"512.3 Ml/d": (512.3, "Ml/d"), "31.2 per 10,000 km": (31.2, "per 10,000 km"),
                   "4.3 per 1,000 employees": (4.3, "per 1,000 employees")}


def test_lengths_volumes_a_radiation_sum_wind_speed_rounds_and_ages_are_units():
    from service.figures import extract_figures

    got = {f.text: f.unit for f in extract_figures(
        "最大积雪深度9厘米，全年太阳总辐射量为4326兆焦/平方米，极大风速为28.7米/秒，每次采集全血200毫升，集中执行行动3轮。")}
    assert got == {"9厘米": "厘米", "4326兆焦/平方米": "兆焦/平方米", "28.7米/秒": "米/秒", "200毫升": "毫升", "3轮": "轮"}
    assert not extract_figures("开展第3轮换届。")  # (轮换: no rounds)


def test_an_age_names_people_and_a_life_span_is_an_outcome():
    from service.figures import extract_figures

    kinds = [(f.text, f.kind) for f in extract_figures("全市60周岁以上老年人口占比23.4%，比上年提高0.8个百分点。")]
    assert kinds == [("60周岁以上", "other"), ("23.4%", "achieved"), ("0.8个百分点", "achieved")]
    assert [(f.text, f.kind) for f in extract_figures("法官平均年龄41.6岁。")] == [("41.6岁", "other")]
    assert [(f.text, f.kind) for f in extract_figures("人均预期寿命达到80.1岁，较上年提高0.3岁。")] == [
        ("80.1岁", "achieved"), ("0.3岁", "achieved")]


def test_a_multiple_with_decimals_is_a_figure_in_times_and_a_balance_sheets_earlier_date_in_brackets_is_its_base():
    from service.figures import extract_figures

    figs = extract_figures("Net debt at 28 September was £186.0m (29 March 2025: £201.4m), equivalent to 1.9 times "
                           "adjusted EBITDA.", language="en")
    assert [(f.text, f.unit, f.kind) for f in figs] == [
        ("£186.0m", "GBP", "achieved"), ("£201.4m", "GBP", "other"), ("1.9 times", "times", "achieved")]
    # (how often is a count of occurrences too, as the collection's writers list every one: "The board met 3 times")
    assert [f.text for f in extract_figures("The board met 3 times.", language="en")] == ["3 times"]


def test_a_rate_per_hundred_thousand_and_a_ratio_to_one_are_figures_and_a_clocks_time_is_not():
    from service.figures import extract_figures

    got = [(f.text, f.value, f.unit) for f in extract_figures("全市报告发病率为87.46/10万，男女性别比为1.17:1。")]
    assert got == [("87.46/10万", 87.46, "/10万"), ("1.17:1", 1.17, ":1")]
    assert [(f.text, f.kind) for f in extract_figures("车桩比由上年末的2.5:1降至2.4:1。")] == [
        ("2.5:1", "other"), ("2.4:1", "achieved")]
    assert not extract_figures("会议于9:15开始，10:30结束。")


def test_volumes_standard_buses_voyages_and_terabytes_are_units():
    from service.figures import extract_figures

    got = [(f.text, f.unit) for f in extract_figures(
        "新增地方文献8600册、数字资源12.6TB，借阅142.7万册次，公交车拥有量为16.3标台，海上执法巡航216航次。")]
    assert got == [("8600册", "册"), ("12.6TB", "TB"), ("142.7万册次", "册次"), ("16.3标台", "标台"), ("216航次", "航次")]


def test_seconds_and_years_with_decimals_are_durations_and_a_flash_sale_is_no_second():
    from service.figures import extract_figures

    assert [(f.text, f.kind) for f in extract_figures("平均接通时长由上年的42秒缩短至18秒。")] == [
        ("42秒", "other"), ("18秒", "achieved")]
    assert [(f.text, f.unit) for f in extract_figures("话务员平均从业年限4.3年。")] == [("4.3年", "年")]
    assert [f.text for f in extract_figures("2024年推出9.9元秒杀活动。")] == ["9.9元"]


def test_two_to_nine_people_firms_or_buildings_counted_in_words_are_figures():
    def texts(s: str) -> list[str]:
        return [sp.text for sp in find_numbers(s)]

    assert texts("全年新招聘大学毕业生五名。") == ["五名"]
    assert texts("完成白沙、柳塘两家乡镇门店的改造提升，分三批发放消费券。") == ["两家", "三批"]
    assert texts("新投运两台燃气锅炉，维修仓房三栋。") == ["两台", "三栋"]
    # the article "a", a ranking's top, a name in quotes, and words that name more than count
    assert texts("由一家深圳企业投资，位列全省前三名，推行“三支一扶”，落实八项规定、四个方面、两位数增长。") == []


def test_a_count_in_words_that_ends_its_clause_after_its_noun_is_reported_and_files_consignments_orders_count():
    def texts(s: str) -> list[str]:
        return [sp.text for sp in find_numbers(s)]

    assert texts("建设智慧农机示范区两个，比上年前移三位。") == ["两个", "三位"]
    assert texts("共发生一般森林火灾两起，新设立慈善信托两单。") == ["两起", "两单"]
    # a slogan's "one", a count before its noun, and a phase are no counts reported
    assert texts("做到签约一个、落地一个，覆盖四个街道，推进立圆食品二期。") == []
    assert texts("接收文书档案18640卷，调阅档案13.2万卷次，办理业务3120票，完成运单182万单。") == [
        "18640卷", "13.2万卷次", "3120票", "182万单"]
    assert texts("抽查公证卷宗600卷，开具票据，落实到单位。") == ["600卷"]


def test_english_counts_after_a_hyphened_modifier_and_a_range_opened_by_between():
    def spans(s: str) -> list[tuple[str, float | None, str]]:
        return [(sp.text, sp.value, sp.unit) for sp in find_numbers(s, "en")]

    assert spans("The service employs 268 on-call firefighters.") == [
        ("268 on-call firefighters", 268.0, "on-call firefighters")]
    # (the range's ends share the things counted)
    assert spans("It expects to recruit between 40 and 60 more operatives.") == [
        ("40", 40.0, "more operatives"), ("60 more operatives", 60.0, "more operatives")]
    # a hyphen after the number joins no noun; "3 and 4" without "between" is a list
    assert spans("a £5,000-a-year grant for the 6-in-1 vaccine") == [("£5,000", 5000.0, "GBP")]
    assert spans("They scored 3 and 4 goals.") == [("4 goals", 4.0, "goals")]


def test_a_rank_without_its_unit_where_it_ends_its_clause_and_after_a_move_or_a_long_group():
    def spans(s: str) -> list[tuple[str, float | None]]:
        return [(sp.text, sp.value) for sp in find_numbers(s)]

    assert spans("公证卷宗评查位列全省第五。") == [("第五", 5.0)]
    assert spans("存款市场份额保持全县第1位，排名上升1位至第4位。") == [("第1位", 1.0), ("1位", 1.0), ("第4位", 4.0)]
    assert spans("增速居全市各县（市、区）和开发区第2位。") == [("第2位", 2.0)]
    assert spans("第一是要抓项目，坚持在第一线。") == []  # (an order of points, a place)


def test_one_new_thing_counted_at_its_clauses_end_and_a_count_that_opens_the_sentence():
    def texts(s: str) -> list[str]:
        return [sp.text for sp in find_numbers(s)]

    assert texts("新投用智能分拣线一条，新发现宋代龙窑遗址一处。") == ["一条", "一处"]
    assert texts("五名员工获省局表彰，补挂光荣牌935块。") == ["五名", "935块"]
    assert texts("举办培训班两期，推进立圆食品二期。") == ["两期"]  # (二期 is a phase)
    # a slogan's items, a round, and the article "a" are no counts
    assert texts("建立“谋划一批、储备一批”机制，每周通报一次，由一家企业投资，给了5块钱。") == []


def test_remains_cages_and_ponds_and_rounds_of_a_rota_are_counts_and_a_rank_moved_by_one():
    def texts(s: str) -> list[str]:
        return [sp.text for sp in find_numbers(s)]

    assert texts("火化遗体3398具，拆除违规养殖网箱42口，实施分片轮灌调度5轮次。") == ["3398具", "42口", "5轮次"]
    assert texts("位居全省同类市场第三位，较上年提升一位。") == ["第三位", "一位"]
    assert texts("全市常住人口中，设立5口岸的说法不实。") == []  # (人口, 口岸: no count)


def test_an_english_value_after_a_label_that_is_a_band_of_ages_or_sizes():
    def texts(s: str) -> list[str]:
        return [sp.text for sp in find_numbers(s, "en")]

    assert texts("25 to 49: 3,910 (54%)") == ["3,910", "54%"]
    assert texts("65 and over: 720 (10%)") == ["720", "10%"]
    assert texts("Call 555: 0142") == []  # (a telephone number, as before)


def test_sessions_of_a_course_and_one_drill_held_are_counts_and_a_phase_is_not():
    def texts(s: str) -> list[str]:
        return [sp.text for sp in find_numbers(s)]

    assert texts("举办食堂从业人员培训四期，组织全区食堂技能比武一次。") == ["四期", "一次"]
    assert texts("加快建设三期工程，每月调度一次。") == []
    assert texts("新开发研学课程十门，检查学校食堂284校次，新增5门店。") == ["十门", "284校次"]  # (门店: a shop)


def test_how_often_in_digits_is_a_figure_and_a_multiple_is_not_one_without_its_decimals():
    def texts(s: str) -> list[str]:
        return [sp.text for sp in find_numbers(s, language="en")]

    assert texts("Crews launched 147 times in 2024, and passengers claimed compensation 62,300 times.") == [
        "147 times", "62,300 times"]
    assert texts("Net debt was 1.9 times adjusted EBITDA.") == ["1.9 times"]
    assert texts("Sales were 3 times the level of 2019; we handled 4 times as many calls and met 2 times a year.") == []
    figs = extract_figures("Staff provided passenger assistance 28,400 times.", language="en")
    assert [(f.unit, f.subject, f.kind) for f in figs] == [("times", "Staff provided passenger assistance", "achieved")]


def test_scheduled_runs_are_counted_and_a_team_is_not():
    assert [sp.text for sp in find_numbers("每周开行12班，发送客运10.4万班次，调整3班子成员。")] == ["12班", "10.4万班次"]


def test_wells_are_counted_and_an_eye_is_not():
    texts = [sp.text for sp in find_numbers("新打抗旱应急水井26眼，改造机井1,200眼，配发3副眼镜。")]
    assert texts == ["26眼", "1,200眼"]
    assert [sp.text for sp in find_numbers("全县配发老花镜5眼镜片。")] == []  # (眼镜: no well)


def test_an_english_count_of_more_fewer_or_further_things_names_them():
    def spans(s: str) -> list[tuple[str, str]]:
        return [(sp.text, sp.unit) for sp in find_numbers(s, language="en")]

    assert spans("Recruit 60 more police officers and bring 24 more new ambulances into service.") == [
        ("60 more police officers", "more police officers"), ("24 more new ambulances", "more new ambulances")]
    assert spans("That is about 20,000 fewer inactive adults in 6 further forest districts.") == [
        ("20,000 fewer inactive adults", "fewer inactive adults"), ("6 further forest districts", "further forest districts")]
    # ("more than" compares: the number counts no "more")
    assert spans("Sales rose 40 more than expected.") == [("40", "")]


def test_an_english_count_in_words_ends_its_noun_before_a_preposition():
    def spans(s: str) -> list[tuple[str, str]]:
        return [(sp.text, sp.unit) for sp in find_numbers(s, language="en")]

    assert spans("There were three lost-time injuries across the port estate.") == [
        ("three lost-time injuries", "injuries")]
    assert spans("It installed charge points at four car parks this year.") == [("four car parks", "parks")]
    assert spans("We expect to open a further six to eleven stores.") == [("six to eleven stores", "stores")]


def test_an_english_count_names_its_noun_after_a_modifier_in_ing_or_ly():
    def spans(s: str) -> list[tuple[str, str]]:
        return [(sp.text, sp.unit) for sp in find_numbers(s, language="en")]

    assert spans("It recruited 96 newly qualified paramedics.") == [
        ("96 newly qualified paramedics", "newly qualified paramedics")]
    assert spans("The division's 64 parking enforcement officers wrote tickets.") == [
        ("64 parking enforcement officers", "parking enforcement officers")]


def test_an_english_count_of_things_named_with_an_ampersand():
    spans = [(sp.text, sp.unit) for sp in find_numbers("There were 18,742 A&E attendances and 40 R&D labs.", language="en")]
    assert spans == [("18,742 A&E attendances", "A&E attendances"), ("40 R&D labs", "R&D labs")]


def test_the_size_of_a_file_to_download_is_no_figure():
    def spans(s: str) -> list[str]:
        return [sp.text for sp in find_numbers(s, language="en")]

    assert spans("Download the full Annual Report (PDF, 3.1 MB) | Budget 2025/26 (pdf 184 KB)") == []
    assert spans("The archive holds 4.2 MB of logs and 12 GB of images.") == ["4.2 MB", "12 GB"]


def test_an_english_change_in_points_written_in_words_is_a_figure_and_a_school_year_is_a_name():
    def spans(s: str) -> list[tuple[str, float, str]]:
        return [(sp.text, sp.value, sp.unit) for sp in find_numbers(s, language="en")]

    assert ("four percentage points", 4.0, "percentage points") in spans(
        "Raised the recycling rate to 38%, four percentage points higher than last year.")
    # (points after a percentage are its percentage points)
    assert ("two points", 2.0, "percentage points") in spans("61% of seats are sold, two points ahead of last year.")
    assert ("three points", 3.0, "points") in spans("The index rose by three points.")
    assert spans("I have three points to make.") == []
    # "Year 6" names a school year: no count of pupils
    assert spans("Our Year 6 pupils achieved the best results.") == []
    assert [t for t, _, _ in spans("This year 12 schools opened.")] == ["12 schools"]
    # and so do a loan plan, a funding tranche and a berth: names, not counts ("Plan 2 loans" is no 2 loans)
    assert [t for t, _, _ in spans("The interest rate on Plan 2 loans ranged from 4.3% to 7.3%.")] == ["4.3%", "7.3%"]
    assert spans("Tranche 2 funding was received and Berth 14 extension works began.") == []
    assert [t for t, _, _ in spans("We built 96 homes against a plan of 120.")] == ["96 homes", "120"]


def test_english_bare_values_of_a_labelled_short_name_a_rate_stated_and_things_of_about_so_many():
    def texts(s: str) -> list[str]:
        return [sp.text for sp in find_numbers(s, language="en")]

    assert texts("Killed or seriously injured (KSI): 443 (2023: 475)") == ["443", "475"]
    assert texts("Total recordable injury frequency rate (TRIFR) of 3.1, down from 3.8.") == ["3.1", "3.8"]
    assert texts("The lake recorded a Trophic Level Index of 5.6.") == ["5.6"]
    assert texts("It expects vessel arrivals of about 5,600 for the full year.") == ["5,600"]
    # (not a number of a name or a code with no word of how many)
    assert texts("See chapters of 12 pages each.") == ["12 pages"]


def test_quarters_of_a_year_are_no_share():
    def texts(s: str) -> list[tuple[str, str]]:
        return [(sp.text, sp.unit) for sp in find_numbers(s, language="en")]

    assert texts("Aim to cut shoplifting by 10% in the next two quarters.") == [("10%", "%")]
    assert texts("GNI per capita was €41,150 over the same four quarters, up 2.1%.") == [("€41,150", "EUR"), ("2.1%", "%")]
    assert texts("Volumes rose 1.4%, the fourth consecutive half of volume growth.") == [("1.4%", "%")]
    assert texts("Three quarters of customer contacts now begin online.") == [("Three quarters", "%")]


def test_a_half_year_a_position_and_a_rate_a_quarter_are_no_share():
    def texts(s: str) -> list[str]:
        return [sp.text for sp in find_numbers(s, language="en")]

    assert texts("This was a record half.") == []
    assert texts("Furniture had a difficult half, but we have cleared stock.") == []
    assert texts("It narrowed its guidance to the lower half of the original ranges.") == []
    assert texts("Coated shipments rose by about 40,000 tonnes a quarter.") == ["40,000 tonnes"]
    assert texts("Underlying growth is judged to be weaker, at around 0.2% a quarter.") == ["0.2%"]
    # (shares stay shares)
    assert texts("It agreed a budget of €4.2m for 2026, a quarter of which will go to campaigns.") == ["€4.2m", "a quarter"]
    assert texts("Loans rose to 318,000, almost a quarter more than the year before.") == ["318,000", "a quarter"]
    assert texts("Complaints fell by half.") == ["half"]


def test_a_headlines_percent_and_scale_in_capitals_are_read():
    spans = find_numbers("Sales Rise 5 Percent to $2.1 Billion", language="en")
    assert [(sp.text, sp.value, sp.unit) for sp in spans] == [("5 Percent", 5.0, "%"), ("$2.1 Billion", 2.1e9, "USD")]
    assert [(sp.text, sp.unit) for sp in find_numbers("Unemployment Falls to 4.1 Per Cent", language="en")] == [
        ("4.1 Per Cent", "%")]


def test_a_rate_per_a_scale_of_things_and_a_label_with_an_aside_before_its_colon():
    def spans(s: str) -> list[tuple[str, str]]:
        return [(sp.text, sp.unit) for sp in find_numbers(s, language="en")]

    assert spans("The county's KSI rate was 81 per billion vehicle miles in 2024.") == [
        ("81 per billion vehicle miles", "per billion vehicle miles")]
    assert spans("The injury frequency rate improved to 3.4 per million hours worked.") == [
        ("3.4 per million hours", "per million hours")]
    assert spans("Deaths fell to 1.1 per 100 million miles.") == [("1.1 per 100 million miles", "per 100 million miles")]
    assert spans("Staff (average number employed, excluding matchday staff): 412") == [("412", "")]


def test_a_count_of_things_per_a_base_is_one_rate():
    spans = find_numbers("The overall crime rate was 63.5 crimes per 1,000 residents.", language="en")
    assert [(sp.text, sp.value, sp.unit) for sp in spans] == [
        ("63.5 crimes per 1,000 residents", 63.5, "crimes per 1,000 residents")]
    assert [sp.text for sp in find_numbers("The fatality rate fell to 1.09 deaths per 100 million vehicle miles.",
                                           language="en")] == ["1.09 deaths per 100 million vehicle miles"]
    assert [sp.text for sp in find_numbers("We planted 400 trees per year.", language="en")] == ["400 trees"]


def test_an_english_count_holds_modifiers_joined_by_and_and_a_compound_of_three_words():
    # (were missed: "and" stopped the noun, and a compound of three words before the plural was too long)
    from service.figures.numbers import find_numbers
    assert [(s.text, s.unit) for s in find_numbers("We carried out 48,620 elective and day-case procedures.", "en")] == [
        ("48,620 elective and day-case procedures", "elective and day-case procedures")]
    assert [s.unit for s in find_numbers("286 public electric vehicle charge points were installed.", "en")] == [
        "public electric vehicle charge points"]
    # (a plural's verb after it ends the noun: the students are counted, not their degrees)
    assert [s.unit for s in find_numbers("498 doctoral students completed their degrees.", "en")] == ["doctoral students"]
    assert [s.unit for s in find_numbers("The works brought 64 newly planted street trees.", "en")] == ["newly planted street trees"]
    assert [s.unit for s in find_numbers("64 parking enforcement officers wrote tickets.", "en")] == ["parking enforcement officers"]


def test_days_or_hours_of_a_kind_of_work_are_the_unit_whole():
    def read(sentence: str) -> list[tuple[str, str]]:
        return [(sp.text, sp.unit) for sp in find_numbers(sentence, language="en")]

    # (the unit stopped at the first word: '21,480 volunteer', '88.7 gigawatt', '45,000 extra')
    assert read("Our volunteers gave 21,480 volunteer days.") == [("21,480 volunteer days", "volunteer days")]
    assert read("Our operations used 88.7 gigawatt hours of electricity.") == [("88.7 gigawatt hours", "gigawatt hours")]
    assert read("The plan adds 45,000 extra ambulance hours.") == [("45,000 extra ambulance hours", "extra ambulance hours")]
    # (days of a calendar are a span)
    assert read("Decisions took 10 working days.") == [("10 working days", "days")]


def test_a_noun_of_up_to_four_words_is_the_unit_whole_but_not_past_a_verb():
    def read(sentence: str) -> list[tuple[str, str]]:
        return [(sp.text, sp.unit) for sp in find_numbers(sentence, language="en")]

    # (the unit stopped at the noun's first word: '57 air', '241 police', '8,850 civil')
    assert read("We fitted 57 air source heat pumps.") == [("57 air source heat pumps", "air source heat pumps")]
    assert read("There are 241 police community support officers.") == [
        ("241 police community support officers", "police community support officers")]
    assert read("The region's 40 largest paid attractions were busy.") == [("40 largest paid attractions", "largest paid attractions")]
    # (a verb after the plural ends it)
    assert read("Sadly, 58 people lost their lives at the coast.") == [("58 people", "people")]
    assert read("We created 1,200 jobs support local firms.") == [("1,200 jobs", "jobs")]
    # (two nouns joined before the plural are its noun; a verb after a plural without an s is none)
    assert read("The site has 118 food and drink pitches.") == [("118 food and drink pitches", "food and drink pitches")]
    assert read("It has 1,082 general and acute beds.") == [("1,082 general and acute beds", "general and acute beds")]
    assert read("Veltris employs around 11,400 people and sells medicines.") == [("11,400 people", "people")]
    # (a name before the plural, its words capitalised: '30 NHS', '27 new' or nothing at all were read; a measure's
    # letters stay the unit)
    assert read("There are 30 NHS trusts in the region.") == [("30 NHS trusts", "NHS trusts")]
    assert read("We have 14 Premier League clubs.") == [("14 Premier League clubs", "Premier League clubs")]
    assert read("It will buy 27 new Class 291 trains.") == [("27 new Class 291 trains", "new Class 291 trains")]
    assert read("It built 20 MW solar farms.") == [("20 MW", "MW")]
    # (not a numbered paragraph's words, a date's month, or a verb in -s)
    assert read("2.4 Provisional monitoring shows a fall.") == []
    assert read("1.1 This report sets out the position.") == []
    assert read("The archive holds 4.2 MB of logs.") == [("4.2 MB", "MB")]
    # (a word in -ed inside the noun, right before its plural, is an adjective: the unit stopped at '60 community' and
    # '14 marine', and "seed" was read as a past)
    assert read("We trained 60 community seed collectors.") == [("60 community seed collectors", "community seed collectors")]
    assert read("The bay has 14 marine protected areas.") == [("14 marine protected areas", "marine protected areas")]
    assert read("We drilled 366 new or deepened bores.") == [("366 new or deepened bores", "new or deepened bores")]
    assert read("We saw 40 young people signed up.") == [("40 young people", "young people")]
    # (a possessive before the plural: the count was dropped, its noun not read)
    assert read("Children under 12 go free, and 4,380 children's wristbands were issued.")[1:] == [
        ("4,380 children's wristbands", "children's wristbands")]


def test_an_international_number_in_short_groups_and_a_lines_opening_hours_are_no_figures():
    def texts(sentence: str) -> list[str]:
        return [sp.text for sp in find_numbers(sentence, language="en")]

    # (each group of the number was a figure: '+61', '8', '6555', '0897')
    assert texts("Media: Tom Harrow, Harrow Partners, +61 8 6555 0897") == []
    assert texts("Email labour@statkestria.example | Press office: +389 2 441 7700") == []
    assert texts("Media enquiries: press office, 01632 960 772 (24 hours)") == []
    # (what a contact line counts stays, and a change written with its sign is no number to call)
    assert texts("You can also come to one of six drop-in sessions, or call 01554 300 721.") == ["six drop-in sessions"]
    assert texts("Revenue rose +12 per cent to £4m.") == ["+12 per cent", "£4m"]


def test_a_length_written_with_m_is_in_metres_where_a_grade_or_a_direction_follows():
    def read(sentence: str) -> list[tuple[str, float, str]]:
        return [(f.text, f.value, f.unit) for f in extract_figures(sentence, language="en")]

    # (a drill hole's intercept, its depth and a distance were read as millions: "22m" as 22,000,000)
    assert read("Highlights included 22m at 4.8 g/t gold from 310m in hole TRD-1187, about 600m north of the pit.") == [
        ("22m", 22, "m"), ("4.8 g/t", 4.8, "g/t"), ("310m", 310, "m"), ("600m", 600, "m")]
    assert read("The best intercept returned 14.0 m at 6.82 g/t Au from 212 m downhole.")[::2] == [
        ("14.0 m", 14, "m"), ("212 m", 212, "m")]
    # (a sum is still a sum)
    assert read("Visitors rose to 4.6m in 2024 and the scheme cost £12m.") == [
        ("4.6m", 4_600_000, ""), ("£12m", 12_000_000, "GBP")]


def test_two_to_nine_things_a_verb_of_making_made_are_a_figure_in_chinese_numerals():
    # (not figures before 2026-12-04: a count in words below ten counted only before a clause's end or in people, firms …)
    figs = {f.text: f.subject for f in extract_figures("全年新建三个社区食堂，建成两个应急物资储备点。")}
    assert figs == {"三个": "新建社区食堂", "两个": "建成应急物资储备点"}
    # (a slogan's or a name's numeral is none)
    assert extract_figures("坚决做到“两个维护”，统筹用好两个市场。") == []
