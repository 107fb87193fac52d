"""Pieces: a source sentence compressed to the clauses that carry its facts."""

from service.extractive.pieces import compress, end_piece


def test_compression_keeps_the_clauses_with_facts_and_the_opening():
    s = "今年以来，全镇坚持项目为王，深入推进招商引资，新增规上企业21家，完成投资74.36亿元，为全年目标打下坚实基础。"
    # The short opening is only the time, so the clause after it (the actor) stays too.
    assert compress(s, "zh") == "今年以来，全镇坚持项目为王，新增规上企业21家，完成投资74.36亿元"


def test_a_time_on_its_own_goes_with_the_clause_after_it():
    s = "跟着标志性项目相继启动，全镇市场主体生机奔涌，四上企业总数达到140家，2023年，主要指标稳居全市前列，迈上新台阶。"
    # 2023年 dated the dropped clause after it: left alone it would end the sentence on a date.
    assert compress(s, "zh") == "跟着标志性项目相继启动，四上企业总数达到140家"
    kept = "跟着标志性项目相继启动，全镇市场主体生机奔涌，四上企业总数达到140家，2023年，新增企业21家。"
    assert compress(kept, "zh") == "跟着标志性项目相继启动，四上企业总数达到140家，2023年，新增企业21家。"


def test_a_sentence_cut_to_its_facts_never_ends_on_the_goal_that_frames_it():
    # (13 summaries of the fingerprinted pages held "2024年，县供电公司围绕“…”的目标。" before 2026-12-03)
    s = "2024年，县供电公司围绕“供电更可靠、服务更便捷”的目标，加快推进农网巩固提升工程，全力做好迎峰度夏电力保供，全县电网运行安全平稳。"
    assert compress(s, "zh") == "2024年，县供电公司围绕“供电更可靠、服务更便捷”的目标，加快推进农网巩固提升工程"
    s = "今年以来,市交通运输局紧盯“交通强市”建设目标,以重点项目为抓手,全力推进公路、港航等基础设施建设,全力做好运输保障。"
    assert compress(s, "zh").endswith("以重点项目为抓手,全力推进公路、港航等基础设施建设")
    # (a frame followed by a clause of facts ends nothing: cut as before)
    s = "2023年，围绕县委“工业产值超千亿”奋斗目标，坚定不移实施“工业强镇”战略，推动项目攻坚实现新突破。"
    assert compress(s, "zh") == "2023年，围绕县委“工业产值超千亿”奋斗目标，推动项目攻坚实现新突破。"


def test_a_key_point_is_never_cut_at_the_comma_of_a_number():
    from service.extractive.pieces import shorten

    text = ("A once-daily pill reduced the risk of heart attacks and strokes by 33% in people with high cholesterol, "
            "according to results of a trial involving more than 14,000 patients published Monday in a journal.")
    # the last clause boundary before the limit is after "cholesterol", not inside "14,000"; the cut says so
    assert shorten(text, 170, "en") == text[: text.index(", according")] + "…"


def test_an_english_sentence_cut_at_a_comma_says_it_goes_on():
    from service.extractive.pieces import end_piece, shorten

    # (a list cut after its first item read as the whole list, "The rest came from catering and bars (£1.3m).", before
    # 2026-12-04; a Chinese clause ends where it is cut)
    text = ("The remaining income of the trust in the year came from room hire and events (£0.6m), trading in the café "
            "(£0.4m) and legacies (£0.2m).")
    assert end_piece(shorten(text, 90, "en"), "en") == "The remaining income of the trust in the year came from room hire and events (£0.6m)…"
    assert shorten("全年实现营业收入12亿元，同比增长8%，利润总额1.2亿元。", 21, "zh") == "全年实现营业收入12亿元，同比增长8%"


def test_a_structured_abstracts_section_label_is_no_part_of_a_summary_sentence():
    from service.extractive.pieces import strip_marker

    assert strip_marker("Methods: We conducted a 24-week trial in 32 practices.") == (
        "We conducted a 24-week trial in 32 practices.")
    assert strip_marker("Results: A total of 612 participants were enrolled.").startswith("A total")
    assert strip_marker("Results: rose 4%") == "Results: rose 4%"  # (a label runs into a sentence)


def test_an_english_sentence_in_a_chinese_document_keeps_its_own_full_stop():
    assert end_piece("International revenue rose 57.3% to RMB 3.85 billion, up from 22.9% to 30.5%.", "zh").endswith("30.5%.")
    assert end_piece("收入达3.5", "zh") == "收入达3.5。"


def test_a_sentence_that_opens_on_a_decimal_keeps_its_whole_number_in_the_summary_and_key_points():
    from service.pipeline import summarize
    from service.schemas import SummaryOptions

    text = ("Our telecommunicators answered 212,480 emergency calls in 2024, an increase of 3.6% over the year before.\n\n"
            "93.6% of 911 calls were answered within 15 seconds, up from 91.2% in 2023 and above the standard of 90%.\n\n"
            "68.4% of stops were made on time, to the minute, up from 63.1% a year earlier.")
    s = summarize(text, SummaryOptions(mode="extractive"))
    assert "93.6% of 911 calls" in s.summary and " 6% of 911" not in s.summary and not s.summary.startswith("6%")
    texts = [k.text for k in s.key_points]
    assert any(t.startswith("93.6% of 911 calls") for t in texts), texts
    assert not any(t.startswith(("6% of", "4% of")) for t in texts), texts


def test_a_numbered_paragraphs_number_is_no_part_of_a_summary_sentence():
    from service.extractive.pieces import strip_marker

    assert strip_marker("1.3 The forecast outturn for the year is £419.8 million.") == (
        "The forecast outturn for the year is £419.8 million.")
    assert strip_marker("2.6 Corporate: investment income is forecast to exceed budget.").startswith("Corporate:")
    assert strip_marker("3. The plan adds 40 turbines.") == "The plan adds 40 turbines."
    assert strip_marker("2.4 million people live in the region.") == "2.4 million people live in the region."
    assert strip_marker("3.5亿元用于基础设施建设。") == "3.5亿元用于基础设施建设。"


def test_a_reports_address_keeps_who_reports_what_and_drops_its_request():
    assert compress("现在，我代表县人民政府，向大会报告政府工作，请予审议，并请县政协委员和其他列席人员提出意见。", "zh") \
        == "我代表县人民政府，向大会报告政府工作。"
    assert compress("受县人民政府委托，现将全县茶产业发展情况报告如下，请予审议。", "zh") \
        == "受县人民政府委托，现将全县茶产业发展情况报告如下。"
    # (a request for views that is what the sentence reports stays)
    text = "县政府召开座谈会，请企业代表对优化营商环境提出意见建议。"
    assert compress(text, "zh") == text


def test_an_english_sentence_drops_a_reason_at_its_end_that_holds_no_figure():
    assert compress("Ocean revenue grew 10.1% to USD 501 million, helped by the first full quarter of the Ravensholt "
                    "inland depot.", "en") == "Ocean revenue grew 10.1% to USD 501 million."
    assert compress("Gold production fell by 8% to 43,280 oz, reflecting lower grades from the deeper cutback, in line "
                    "with the mine plan.", "en") == "Gold production fell by 8% to 43,280 oz."
    # (a reason with a figure is a fact; a short sentence keeps its words)
    text = "Revenue rose 5%, mainly because of 3 new stores."
    assert compress(text, "en") == text
    assert compress("Sales fell, as expected.", "en") == "Sales fell, as expected."


def test_a_news_reports_source_before_its_facts_is_left_out():
    assert compress("10月15日，记者从禾浦高新区管委会获悉，前三季度，高新区新开工项目27个，总投资196.3亿元。", "zh") \
        == "前三季度，高新区新开工项目27个，总投资196.3亿元。"
    assert compress("记者日前从市金融监管部门了解到，截至2022年底，全市各项贷款余额为7938.34亿元。", "zh") \
        == "截至2022年底，全市各项贷款余额为7938.34亿元。"
    # (what the reporter did is the news: kept)
    text = "记者走访了12家企业，发现用工需求明显回升。"
    assert compress(text, "zh") == text


def test_the_names_a_release_defines_are_left_out_of_a_summary_piece():
    assert compress('Skyward Parking plc ("Skyward" or "the Group"), the airport car park operator, today announces its '
                    'results for the year ("FY25").', "en") \
        == "Skyward Parking plc, the airport car park operator, today announces its results for the year."


def test_the_short_name_a_document_defines_is_left_out_of_a_summary_piece():
    assert compress("泷江国有资本投资运营集团有限公司（以下简称“集团”）是市国资委履行出资人职责的国有资本投资运营公司，"
                    "注册资本100亿元。", "zh") == "泷江国有资本投资运营集团有限公司是市国资委履行出资人职责的国有资本投资运营公司，注册资本100亿元。"


def test_a_connective_goes_when_what_it_joined_is_not_written_before_it():
    from service.extractive.compose import _without_connective

    assert _without_connective("同时，新签约年产十万套电梯安全部件外资项目等4个重点项目。") == "新签约年产十万套电梯安全部件外资项目等4个重点项目。"
    assert _without_connective("In addition, the council opened 3 libraries.") == "The council opened 3 libraries."
    assert _without_connective("同时期相比，产值增长5%。") == "同时期相比，产值增长5%。"
