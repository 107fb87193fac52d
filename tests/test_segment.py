"""Sentence segmentation: terminators, quotes, enumerations, headings, offsets."""

from service.segment import segment


def test_chinese_terminators_and_semicolons():
    s = segment("规上工业产值突破60亿元；粮食产量稳步增长！是否如此？好的。")
    assert [x.text for x in s] == ["规上工业产值突破60亿元；", "粮食产量稳步增长！", "是否如此？", "好的。"]


def test_offsets_point_at_the_text():
    text = "第一行没有句号\n\n  第二段。第二句！\n尾巴没有结束"
    for x in segment(text):
        assert text[x.start : x.end] == x.text
    assert segment(text)[-1].text == "尾巴没有结束"
    assert segment(text)[-1].terminated is False


def test_short_quotation_is_kept_whole_and_closing_mark_stays():
    s = segment("他说：“我们有信心。今年力争销售10亿元。”随后离开。")
    assert s[0].text == "他说：“我们有信心。今年力争销售10亿元。”"
    assert s[1].text == "随后离开。"


def test_enumerations_recognized():
    s = segment("一是项目攻坚持续突破。二是产业质态提质增效。（三）创新驱动。第四，优化服务。")
    assert [(x.enum, x.enum_level) for x in s] == [("一是", 1), ("二是", 2), ("（三）", 3), ("第四，", 4)]


def test_headings_are_flagged():
    s = segment("聚焦项目攻坚 聚力工业强镇\n2023年，吕良镇深入实施战略。")
    assert s[0].heading and not s[1].heading


def test_english_periods():
    s = segment("Output rose 15.6% in 2023. Mr. Smith said the U.S. plant opened. It employs 300 people.")
    assert [x.text for x in s] == [
        "Output rose 15.6% in 2023.",
        "Mr. Smith said the U.S. plant opened.",
        "It employs 300 people.",
    ]


def test_numbered_section_head_inside_a_long_line_is_its_own_heading():
    s = segment("两天时间边听边看。 一、总体感受 一是抓项目强工业是加速发展的根本。 二、下步发展措施 他山之石,可以攻玉。")
    texts = [(x.text, x.heading) for x in s]
    assert ("一、总体感受", True) in texts and ("二、下步发展措施", True) in texts
    assert ("一是抓项目强工业是加速发展的根本。", False) in texts


def test_an_ordinal_before_a_word_is_no_enumeration_marker():
    s = segment("第三产业增加值46亿元，增长3.5%。第一批项目集中开工。第二，优化服务。")
    assert [x.enum for x in s] == [None, None, "第二，"]


def test_a_key_point_keeps_an_ordinal_that_is_part_of_its_words():
    from service.extractive.pieces import strip_marker

    assert strip_marker("第三产业增加值46亿元，增长3.5%。") == "第三产业增加值46亿元，增长3.5%。"
    assert strip_marker("第二，优化营商环境。") == "优化营商环境。"


def test_a_list_items_bullet_is_no_part_of_its_sentence():
    text = "Highlights\n- Revenue of $2.84 billion, up 11% year over year\n• 新开工项目12个，总投资50亿元。\n-5% is a number, not a bullet."
    sentences = segment(text)
    assert [s.text for s in sentences][1:] == [
        "Revenue of $2.84 billion, up 11% year over year", "新开工项目12个，总投资50亿元。",
        "-5% is a number, not a bullet."]
    assert all(text[s.start : s.end] == s.text for s in sentences)


def test_a_summary_of_a_bulleted_release_quotes_the_items_without_their_bullets():
    from service.pipeline import summarize
    from service.schemas import SummaryOptions

    text = ("Northwind Energy reported results for the third quarter on Tuesday, its best quarter so far.\n\n"
            "Highlights\n- Revenue of $2.84 billion, up 11% year over year.\n"
            "- Net income of $312 million, compared with $268 million a year earlier.\n"
            "- Added 1.2 gigawatts of new renewable capacity in the quarter.\n")
    summary = summarize(text, SummaryOptions(mode="extractive"))
    assert "- " not in summary.summary
    quotes = [f.quote for f in summary.figures] + [e.quote for k in summary.key_points for e in k.evidence]
    assert quotes and not any(q.startswith("-") for q in quotes)


def test_a_table_rows_leader_dots_end_no_sentence_and_an_ellipsis_still_does():
    row = "Closed sales ..................... 1,264      (+8.2%)"
    assert [x.text for x in segment(row)] == [row]
    assert [x.text for x in segment("Donated food (in-kind) .... $38,460,000.")] == [
        "Donated food (in-kind) .... $38,460,000."]
    assert [x.text for x in segment("Sales were weak... Prices held up.")] == ["Sales were weak...", "Prices held up."]


def test_a_semicolon_inside_parentheses_ends_no_sentence():
    text = "Pressure fell by 3.9 mmHg (95% CI −5.6 to −2.2; p<0.001). Costs rose; sales fell."
    assert [x.text for x in segment(text)] == [
        "Pressure fell by 3.9 mmHg (95% CI −5.6 to −2.2; p<0.001).", "Costs rose;", "sales fell."]
    assert [x.text for x in segment("项目总投资10亿元（其中一期5亿元；二期5亿元）。全年完成。")] == [
        "项目总投资10亿元（其中一期5亿元；二期5亿元）。", "全年完成。"]


def test_a_numbered_heads_marker_ends_no_sentence():
    sentences = segment("6. Diagnostics\n\nThe waiting list fell.\n\n7. Recovery trajectory\n")
    heads = [(s.text, s.heading, s.enum) for s in sentences if s.heading]
    assert heads == [("6. Diagnostics", True, "6."), ("7. Recovery trajectory", True, "7.")]


def test_a_tables_row_is_one_sentence_whatever_its_cells_hold():
    text = "Region | Rainfall (mm) | Mean temp. anomaly\nNorthern Coast | 412.8 | +0.7 °C\nIt rained. Then it stopped."
    got = [s.text for s in segment(text)]
    assert got == ["Region | Rainfall (mm) | Mean temp. anomaly", "Northern Coast | 412.8 | +0.7 °C", "It rained.",
                   "Then it stopped."]


def test_a_list_item_knows_the_line_that_leads_it():
    text = ("Based on the strong first half, BMG raises its full-year 2025 guidance:\n"
            "- EBITDA of USD 2.2–2.5 billion\n\n- EBIT of USD 1.0–1.3 billion\n"
            "Volumes grew on every trade.\n- A bullet after prose has no lead\n"
            "Highlights, Q2 2025\n- Revenue of USD 2,412 million, up 8.6%\n"
            "Results for 2024–25 were:\nStudents from the lowest-participation neighbourhoods: 13.2%\n\n"
            "Volumes and rates\nThis line has no bullet under a heading\n")
    lead_of = {s.text: s.lead.text if s.lead else None for s in segment(text)}
    guidance = "Based on the strong first half, BMG raises its full-year 2025 guidance:"
    assert lead_of["EBITDA of USD 2.2–2.5 billion"] == guidance
    assert lead_of["EBIT of USD 1.0–1.3 billion"] == guidance  # (a blank line inside a list ends nothing)
    assert lead_of["Volumes grew on every trade."] is None
    assert lead_of["A bullet after prose has no lead"] is None
    assert lead_of["Revenue of USD 2,412 million, up 8.6%"] == "Highlights, Q2 2025"
    assert lead_of["Students from the lowest-participation neighbourhoods: 13.2%"] == "Results for 2024–25 were:"
    # (a blank line ends a list of lines with no bullet; under a heading only a marked line is an item)
    assert lead_of["Volumes and rates"] is None
    assert lead_of["This line has no bullet under a heading"] is None


def test_an_item_that_says_nothing_alone_is_summarized_after_its_lead():
    from service.pipeline import summarize
    from service.schemas import SummaryOptions

    text = ("Brannoch Maritime Group reports second-quarter 2025 results\n\n"
            "Brannoch Maritime Group today reported revenue of USD 2,412 million for the second quarter of 2025, "
            "an increase of 8.6% from USD 2,221 million a year earlier.\n\n"
            "Based on the strong first half, BMG raises its full-year 2025 guidance:\n"
            "- EBITDA of USD 2.2–2.5 billion (previously USD 1.8–2.2 billion)\n"
            "- EBIT of USD 1.0–1.3 billion (previously USD 0.6–1.0 billion)\n")
    summary = summarize(text, SummaryOptions(mode="extractive"))
    assert "guidance: EBITDA of USD 2.2–2.5 billion (previously USD 1.8–2.2 billion); EBIT of USD 1.0–1.3" \
        in summary.summary
    assert summary.summary.count("guidance:") == 1
    points = [k for k in summary.key_points if "EBIT" in k.text]
    assert points and all(k.text.startswith("Based on the strong first half") for k in points)
    assert points[0].evidence[0].quote == "Based on the strong first half, BMG raises its full-year 2025 guidance:"


def test_a_lettered_item_is_an_item_of_its_lead():
    text = "Staff recommend that Council:\n\na) approve a winter budget of $77.9 million;\n(b) add 12 sidewalk plows.\n"
    sentences = segment(text)
    assert [(s.text, s.lead.text if s.lead else None) for s in sentences][1:] == [
        ("approve a winter budget of $77.9 million;", "Staff recommend that Council:"),
        ("add 12 sidewalk plows.", "Staff recommend that Council:")]
    assert all(text[s.start : s.end] == s.text for s in sentences)


def test_a_thing_to_do_is_summarized_after_the_lead_that_says_who_will_do_it():
    from service.pipeline import summarize
    from service.schemas import SummaryOptions

    text = ("Roads annual report 2024/25\n\nWe repaired 41,300 potholes in 2024/25, up from 36,900 the year before.\n\n"
            "The council will:\n- Extend the 20 mph limit to a further 140 km of residential streets by March 2026.\n")
    summary = summarize(text, SummaryOptions(mode="extractive"))
    assert "The council will: extend the 20 mph limit to a further 140 km" in summary.summary


def test_a_lists_lead_opens_its_first_item_written_when_a_later_one_needs_it():
    from service.pipeline import summarize
    from service.schemas import SummaryOptions

    text = ("Brackenford year in review 2025\n\nBrackenford's council looks back on a year of progress for its 286,000 "
            "residents.\n\nWhat we delivered in 2025:\n- Repaved 64 lane-miles of streets, up from 41 lane-miles in 2024.\n"
            "- Cut the average emergency response time to 6 minutes 48 seconds, from 7 minutes 35 seconds in 2024.\n")
    summary = summarize(text, SummaryOptions(mode="extractive")).summary
    assert "What we delivered in 2025: Repaved 64 lane-miles of streets, up from 41 lane-miles in 2024; cut the average" \
        in summary
    assert summary.count("What we delivered") == 1
