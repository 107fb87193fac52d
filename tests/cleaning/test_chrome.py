"""Page chrome and metadata: menus, breadcrumbs, info lines, bylines, widgets, related lists, broken
lines; short-line pages (poems, lists of measures) that are not menus."""

from __future__ import annotations

import pytest

from service.cleaning import clean
from tests.support import DATA, SEEDS


def test_seed_metadata_and_bylines():
    by_id = {p.stem[:3]: clean(p.read_text(encoding="utf-8")) for p in SEEDS}
    if set(by_id) < {"001", "002", "003", "004"}:
        pytest.skip("seed corpus incomplete")
    c1, c2, c3, c4 = by_id["001"], by_id["002"], by_id["003"], by_id["004"]
    assert c4.published == "2018-06-14 10:37:39" and c4.source == "嵊州新闻网"
    assert c1.published == "2023-02-09 10:22"
    assert c1.script == "traditional" and "converted_from_traditional" in c1.warnings
    assert any(w.startswith("pinyin_notes_removed:") for w in c1.warnings)
    # the byline prefix goes, the sentence after it stays
    assert "本报讯" not in c3.text and "记者日前从市金融监管部门了解到" in c3.text
    assert "1月29日，镇江新区召开招引工作推进会" in c3.text
    assert "摄影报道" not in c3.text and "首季“开门红”。" in c3.text
    assert "栾继业" in (c3.author or "")
    # broken lines are joined, headings are not glued to the paragraph below
    assert "杨国平表示" in c3.text and "深入推进制造业" in c3.text
    assert "\n项目攻坚突破担当作为\n" in c3.text
    # chrome glued inside one long line
    assert "2年前发布" not in c2.text and "点蓝色字关注" not in c2.text and "版权" not in c2.text
    assert c2.text.rstrip().endswith("确保企业项目顺利推进。")


def test_page_of_short_lines_is_not_a_menu():
    poem = (DATA / "short_lines.txt").read_text(encoding="utf-8")
    c = clean(poem)
    for line in poem.splitlines()[2:]:
        assert line in c.text.splitlines()
    measures = (DATA / "measures.txt").read_text(encoding="utf-8")
    m = clean(measures)
    for line in measures.splitlines()[2:]:
        assert line in m.text.splitlines()


def test_nav_breadcrumb_widgets_and_lists_in_plain_text():
    raw = "\n".join(
        [
            "首页 | 要闻 | 政务 | 民生 | 视频 | 专题",
            "您的位置：首页 > 新闻 > 正文",
            "河口区一季度经济运行稳中有进",
            "发布时间：2024-04-10 08:15 来源：河口融媒 阅读：1234 【字号：大 中 小】",
            "本报讯（记者 王芳）一季度，河口区实现地区生产总值86.5亿元，同比增长6.2%，增速居全市第二。"
            "规上工业增加值增长9.1%，固定资产投资增长12.3%。",
            "下一步，该区将聚焦项目攻坚，力争上半年完成投资40亿元，确保全年目标顺利实现。",
            "（责任编辑：赵敏）",
            "分享到： 微信 微博 QQ空间",
            "相关阅读",
            "河口区召开重点项目推进会",
            "河口区举办春季招聘会",
            "河口区开展安全生产大检查",
            "Copyright © 2024 河口新闻网 All Rights Reserved 鲁ICP备00000000号",
        ]
    )
    c = clean(raw)
    assert c.title == "河口区一季度经济运行稳中有进"
    assert c.published == "2024-04-10 08:15" and c.source == "河口融媒"
    assert c.author == "王芳"
    assert c.text.startswith("一季度，河口区实现地区生产总值86.5亿元")
    assert c.text.endswith("确保全年目标顺利实现。")
    assert any(w.startswith("chrome_removed:") for w in c.warnings)


def test_english_text_is_kept():
    raw = "Home | News | Sport | Business\n\nThe council approved a budget of 12 million pounds.\nIt will fund 40 new\nhomes by 2026.\n\nShare this article"
    c = clean(raw)
    assert c.language == "en" and c.script == "latin"
    assert "Home | News" not in c.text
    assert "The council approved a budget of 12 million pounds." in c.text
    assert "It will fund 40 new homes by 2026." in c.text



def test_a_pages_feedback_widget_is_chrome_and_a_sentence_about_reporting_is_kept():
    raw = ("Street trees\n\nThe council planted 14,820 trees this season.\n\nPublish a new canopy survey in 2027.\n\n"
           "Was this page helpful? Yes | No\nReport a problem with this page\n\n"
           "Report a problem with your bin collection by calling 01632 960000.\n")
    c = clean(raw)
    assert "Yes | No" not in c.text and "Report a problem with this page" not in c.text
    assert "Publish a new canopy survey in 2027." in c.text
    assert "Report a problem with your bin collection by calling 01632 960000." in c.text


def test_a_bodys_legal_registration_line_is_chrome_and_a_sentence_about_a_charity_is_kept():
    raw = ("Hopfold Brewery Co-operative Limited\n"
           "Registered under the Ardenvale Co-operative Societies Act, society no. 31458R\n\n"
           "Annual Report to Members 2024/25\n\nWe brewed 9,420 hectolitres of beer, up 9.4% on last year.\n\n"
           "As a registered charity partner we gave 1,200 pints to the food bank.\n\n"
           "Registered charity no. 1187342. Company limited by guarantee no. 05512877.\n")
    c = clean(raw)
    assert "society no. 31458R" not in c.text and "1187342" not in c.text
    assert "We brewed 9,420 hectolitres of beer, up 9.4% on last year." in c.text
    assert "As a registered charity partner we gave 1,200 pints to the food bank." in c.text


def test_a_headline_further_below_a_breadcrumb_past_a_byline_share_and_reading_widgets_is_the_title():
    raw = ("Wenmoor Grassroots Football Trust\n"
           "Home | Our leagues | Clubs | Coaching | News | Contact\n"
           "Home / News / League news / Season review 2024/25\n"
           "League news\n"
           "By Tom Okafor | Posted 12 June 2025\n"
           "Share on Facebook | Share on X | Email this article\n"
           "Reading time: 8 minutes\n"
           "Listen to this page\n\n"
           "Season review 2024/25: more teams, more girls, better pitches\n\n"
           "The league has completed the biggest season in its history, with 412 teams from 58 clubs.\n")
    c = clean(raw)
    assert c.title == "Season review 2024/25: more teams, more girls, better pitches"
    assert "Reading time" not in c.text and "Listen to this page" not in c.text
    assert "412 teams from 58 clubs" in c.text


def test_english_byline_is_chrome_and_gives_author_and_date():
    raw = (
        "City unveils plan to double solar capacity\n\n"
        "By Maria Lopez, Staff Writer | Published March 3, 2026\n"
        "Springfield will spend $350 million over the next five years on solar panels.\n\n"
        "By 2030 the city aims to reach 240 MW.\n"
    )
    c = clean(raw)
    assert c.author == "Maria Lopez" and c.published == "2026-03-03"
    assert "Staff Writer" not in c.text and "By Maria" not in c.text
    # the byline is not glued to the paragraph after it, and a sentence opening with "By" stays
    assert "Springfield will spend $350 million" in c.text
    assert "By 2030 the city aims to reach 240 MW." in c.text


@pytest.mark.parametrize(
    "line",
    ["By Tuesday, officials had approved the plan", "By contrast the suburbs grew", "By then, costs had risen"],
)
def test_english_lines_opening_with_by_are_not_bylines(line):
    assert line in clean(f"{line}\n\nThe council approved a budget of 12 million pounds.").text


ENGLISH_WIRE_PAGE = """Skip to main content
Menu
Subscribe

Factory output rises for third month as exports recover

Updated 2 hours ago

LONDON, March 3, 2026 (Reuters) - British factory output grew 1.2% in September from August.

Advertisement

Read more: Bank of England holds rates at 4.5%

The government plans to invest £2 billion in new industrial zones.

Sign up for our daily newsletter
Reporting by Andy Bruce; Editing by Kate Holton
"""


def test_english_wire_page_chrome_dateline_and_credits():
    c = clean(ENGLISH_WIRE_PAGE)
    assert c.source == "Reuters" and c.published == "2026-03-03" and c.place == "London"
    assert c.text.startswith(
        "Factory output rises for third month as exports recover\n\n"
        "British factory output grew 1.2% in September from August."
    )
    for chrome in ("Skip to", "Menu", "Updated", "Advertisement", "Read more", "newsletter", "Editing by", "LONDON"):
        assert chrome not in c.text
    assert "The government plans to invest £2 billion in new industrial zones." in c.text


def test_a_press_release_wire_dateline_gives_the_wire_and_the_date():
    c = clean("Northfield Energy reports record results\n\nHOUSTON, Oct. 28, 2026 /PRNewswire/ -- Northfield Energy "
              "Inc. today reported third-quarter revenue of $1.42 billion, up 23% from a year earlier.")
    assert c.source == "PRNewswire" and c.published == "2026-10-28" and c.place == "Houston"
    assert "HOUSTON" not in c.text and "Northfield Energy Inc. today reported" in c.text


def test_a_time_stamp_line_dates_a_page_that_shows_no_other_date():
    c = clean("Tech giant to cut 4,000 jobs\n\nBy Priya Natarajan\nUpdated 3:45 PM EST, Thu January 23, 2025\n\n"
              "SAN FRANCISCO — Acme Systems said on Thursday it would lay off about 4,000 employees.")
    assert (c.published, c.author, c.place) == ("2025-01-23", "Priya Natarajan", "San Francisco")
    assert "Updated" not in c.text


@pytest.mark.parametrize(("stamp", "date"), [
    ("Updated Wednesday, November 6, 2024, 11:48 a.m.", "2024-11-06"),  # ends in "a.m.", as a sentence does
    ("Saturday 15 February 2025", "2025-02-15"),  # a date alone on its line, day before month
    ("Released April 10, 2025", "2025-04-10"),  # a report's release line
    ("Published on 3 March 2025", "2025-03-03"),
])
def test_a_date_or_time_stamp_line_under_the_byline_dates_the_page_and_is_no_sentence(stamp: str, date: str):
    c = clean(f"Carver wins county race\n\nBy Melissa Ortega, Staff Writer\n{stamp}\n\n"
              "Democrat Angela Carver will be the next county executive after defeating Tom Reiner.")
    assert c.published == date
    assert c.text.split("\n")[-1].startswith("Democrat Angela Carver") and stamp not in c.text


def test_a_press_release_slug_is_chrome_and_its_dateline_with_a_state_dates_it():
    c = clean("FOR IMMEDIATE RELEASE\n\nLumora Unveils AeroBuds Pro 2 With 40-Hour Battery Life\n\n"
              "SAN JOSE, Calif., September 17, 2024 — Lumora Audio, Inc. today announced AeroBuds Pro 2, the "
              "second generation of its best-selling wireless earbuds.")
    assert c.title == "Lumora Unveils AeroBuds Pro 2 With 40-Hour Battery Life"
    assert (c.published, c.place) == ("2024-09-17", "San Jose")
    assert c.text.startswith("Lumora Audio, Inc. today announced")


def test_a_papers_long_title_is_the_title_not_its_author_line():
    title = ("Effect of a community-based walking intervention on blood pressure in adults with stage 1 "
             "hypertension: a cluster-randomised controlled trial")
    c = clean(f"{title}\n\nRuth A. Mensah, MPH; David K. Lin, PhD; Sofia Marquez, MD\n\n"
              "Background: Physical activity is recommended as first-line management for stage 1 hypertension, "
              "but adherence to unsupervised exercise advice is low.")
    assert c.title == title


def test_a_sentence_that_opens_with_released_or_a_date_is_kept():
    text = ("Released on bail on March 4, 2025, he returned to work.\n\n"
            "15 March 2025 was the day the plant reopened, after a fire that had closed it for six weeks.")
    assert clean(text).text == text


def test_a_capitalised_word_and_a_hyphen_is_no_dateline():
    c = clean("US - China trade talks resume in Geneva next week.")
    assert c.text.startswith("US - China") and c.place is None


def test_a_dateline_place_is_written_as_a_name_and_leads_the_summarys_places():
    from service.pipeline import summarize
    from service.schemas import SummaryOptions

    assert clean("WINSTON-SALEM, N.C. -- Reynolds Tobacco said on Monday it would cut 400 jobs at its "
                 "plant in Tobaccoville.").place == "Winston-Salem"
    text = ("SPRINGFIELD — The Springfield City Council on Tuesday approved a $1.2 billion operating budget for "
            "fiscal year 2025, an increase of 4.5% over last year. Council member Ana Ruiz voted against it.")
    places = summarize(text, SummaryOptions(mode="extractive")).entities.places
    assert places[0] == "Springfield"


NOISY_HEADER_AND_FOOTER = """\
县域新闻_乡镇动态_最新资讯_某某网
热门关键词：招商引资 项目建设
某某网
初审编辑：李四
复审编辑：王五
晨报网讯 记者张三 通讯员李四
小字号
某县举行2024年重点项目集中签约
暨一季度重大项目开工仪式
3月18日，某县举行2024年重点项目集中签约暨一季度重大项目开工仪式，现场签约项目18个，协议投资56亿元。
今年以来，该县坚持项目为王，新开工亿元以上项目12个，完成投资23.5亿元，同比增长15%。
（未完，全文共3200字，当前显示480字）
（阅读全部内容，您需要先登录！）
"""


def test_paywall_keyword_spam_review_editors_and_outlet_bylines_are_chrome():
    c = clean(NOISY_HEADER_AND_FOOTER)
    for junk in ("某某网", "关键词", "初审编辑", "复审编辑", "记者张三", "小字号", "未完", "先登录", "乡镇动态"):
        assert junk not in c.text, junk
    assert c.title == "某县举行2024年重点项目集中签约暨一季度重大项目开工仪式"
    assert c.text.startswith("3月18日，某县举行")
    assert c.text.rstrip().endswith("同比增长15%。")


def test_a_report_keeps_its_short_title_and_drops_its_speaker_line():
    report = ("政府工作报告\n——在某县第十届人民代表大会第三次会议上\n某县人民政府县长 赵六\n各位代表：\n"
              "现在，我代表县人民政府向大会报告工作，请予审议。过去一年，全县地区生产总值增长6.5%，"
              "一般公共预算收入完成12.3亿元。\n")
    c = clean(report)
    assert c.title == "政府工作报告"
    assert "赵六" not in c.text and "地区生产总值增长6.5%" in c.text


@pytest.mark.parametrize("headline", ["Share prices fell 3% on Monday", "Search teams find 3 survivors"])
def test_english_headlines_that_open_with_a_widget_word_are_kept(headline):
    c = clean(f"{headline}\n\nShares of the company fell 3% on Monday after its results missed forecasts.")
    assert headline in c.text or c.title == headline


def test_a_plan_that_names_a_resolution_a_sign_up_goal_or_technical_support_is_content_and_a_sites_notices_still_chrome():
    # (each plan item was dropped as a copyright line or a sign-up widget before 2026-12-04)
    c = clean("县气象局2026年工作计划\n\n1. 加密监测站网。计划新建区域自动气象站8个。\n\n"
              "2. 建设智慧气象平台。计划投资约380万元，实现格点化预报全覆盖，预报分辨率提高到1公里。\n\n"
              "版权所有：县气象局　建议使用1366×768以上分辨率浏览本站\n")
    assert "预报分辨率提高到1公里" in c.text and "1366×768" not in c.text
    c = clean("镇2025年集体经济工作计划\n\n（一）做优强村公司。确保全年营业收入达到500万元。\n\n"
              "（二）做细帮扶措施。对2个收入低于30万元的村挂点帮扶，协调项目、资金和技术支持，确保年内全部达到30万元以上。\n\n"
              "主办：镇人民政府　　技术支持：县信息中心\n")
    assert "协调项目、资金和技术支持" in c.text and "县信息中心" not in c.text
    c = clean("Looking ahead\n\nThis year we plan to:\n\n- open maker spaces at 3 more branches;\n"
              "- sign up 40,000 new cardholders; and\n- extend Sunday opening to 4 more branches.\n\n"
              "Sign up for our newsletter\n")
    assert "sign up 40,000 new cardholders" in c.text and "newsletter" not in c.text


def test_spaces_around_numbers_in_chinese_are_dropped_and_figures_trace_to_the_spaced_input():
    from service.pipeline import summarize
    from service.schemas import SummaryOptions

    raw = ("2023 年，全县 60 个重点建设项目已开工 52 个，开工率为 86% ，完成投资 24.4 亿元。\n\n"
           "凫城镇党委书记 白 涛 7月22日带队考察，规上工业产值突破 60 亿元。")
    c = clean(raw)
    assert "2023年，全县60个重点建设项目已开工52个，开工率为86%，完成投资24.4亿元。" in c.text
    assert "白涛 7月22日" in c.text  # a lone space before a number may part a name from a date (the name's own go)
    s = summarize(raw, SummaryOptions(mode="extractive"))
    by_text = {f.text: f for f in s.figures}
    assert {"60个", "52个", "86%", "24.4亿元", "60亿元"} <= set(by_text)
    f = by_text["24.4亿元"]
    assert raw[f.span[0] : f.span[1]] == f.source_quote and "24.4 亿元" in f.source_quote


def test_hard_wrapped_lines_are_joined_at_any_width_and_a_decimal_is_no_list_item():
    raw = ("某县2023年重点项目建设情况\n"
           "2023年，全县60个重点建设项目已开工52个，开工率为86%，完成投\n"
           "资24.4亿元，同比增长15.6%。规上工业产值突破60亿元，同比增长\n"
           "8.6%。全年新签约亿元以上项目18个，协议投资56亿元。今年以来，\n"
           "我县坚持项目为王，新开工亿元以上项目12个，竣工投产项目9个。\n")
    c = clean(raw)
    assert "完成投资24.4亿元" in c.text and "同比增长8.6%。" in c.text
    assert c.text.startswith("某县2023年重点项目建设情况\n")  # the short headline stays on its own line


def test_a_paragraph_that_ends_in_a_year_is_a_finished_paragraph():
    raw = ("The council approved the plan, which doubles the region's capacity by 2030.\n\n"
           "The vote was 9-2.\n\nThird Quarter Highlights\n- Revenue of $2.84 billion\n"
           "Item\n1.\nof the list")
    c = clean(raw)
    assert c.text.startswith("The council approved the plan, which doubles the region's capacity by 2030.\n\n"
                             "The vote was 9-2.\n\nThird Quarter Highlights\n")
    assert "broken_lines_joined:1" in c.warnings  # "1." alone is no sentence's end


def test_an_english_section_trail_is_chrome_but_a_headline_with_a_bar_is_not():
    raw = (
        "World > Asia Pacific\n\n"
        "Analysis | Why the port city doubled its freight in one year\n\n"
        "The port handled 4.2 million containers in 2025, twice as many as in 2024, the harbour authority said.\n\n"
        "Most of the growth came from two new shipping lines to Singapore and Busan, which opened in March.\n"
    )
    c = clean(raw)
    assert "Asia Pacific" not in c.text
    assert c.title == "Analysis | Why the port city doubled its freight in one year"


def test_a_table_and_a_short_closing_plan_after_the_last_paragraph_are_kept():
    raw = ("2023年，全县60个重点建设项目已开工52个，开工率为86%，完成投资24.4亿元，同比增长15.6%。\n\n"
           "指标 数值 增速\n\n规上工业增加值 23.1亿元 8.4%\n\n工业用电量 8.4亿千瓦时 8.4%\n\n注：数据为快报数\n\n"
           "下一步，我县将力争全年新签约亿元以上项目30个。\n")
    c = clean(raw)
    assert "工业用电量 8.4亿千瓦时 8.4%" in c.text and c.text.endswith("新签约亿元以上项目30个。")
    # (the rows and the plan were cut as a list of related headlines below the article)


def test_the_headline_below_a_breadcrumb_is_the_title_not_the_site_name_or_the_crumb():
    zh = ("邺川体彩网 | 邺川市体育彩票管理分中心官方网站\n首页　开奖公告　新闻中心　公益体彩　责任彩票　网点查询　信息公开\n"
          "您现在的位置：首页 > 新闻中心 > 本地要闻\n\n2024年邺川体彩销量达30.86亿元 筹集公益金7.92亿元\n\n"
          "2025-01-08 16:20:11　来源：邺川体彩　编辑：蔺秋\n\n1月7日，邺川市体育彩票管理分中心召开2024年度工作总结暨2025年"
          "工作部署会，全年销售体育彩票30.86亿元，同比增长12.4%，筹集体彩公益金7.92亿元。\n")
    c = clean(zh)
    assert c.title == "2024年邺川体彩销量达30.86亿元 筹集公益金7.92亿元"
    assert c.text.startswith("1月7日，")
    en = ("Skip to main content\nBrackenford City Council\nHome > Roads and transport > Brack Bikes > One-year report\n\n"
          "Official Statistics | Release date: 18 July 2025\n\nBrack Bikes: our first year in numbers\n\n"
          "Cookies on this site: we use essential cookies to make the site work, and analytics cookies if you agree. "
          "[Accept] [Reject] [Settings]\n\nIn its first 12 months Brack Bikes users made 486,300 trips, an average of "
          "1,332 a day, and 64,200 people registered with the scheme.\n")
    c = clean(en)
    assert c.title == "Brack Bikes: our first year in numbers"  # (not the crumb, "One-year report", nor the label line)
    assert c.text.startswith("In its first 12 months") and "Cookies" not in c.text


def test_links_to_the_neighbouring_articles_and_a_related_list_headed_with_a_colon_are_chrome():
    # The neighbours' titles and the related headlines hold figures of other articles; the short closing
    # paragraph above them (no comma, so it looks like a headline too) is the article's.
    raw = ("全年组织开展科技创新决策咨询课题研究12项，形成建议报告9篇，其中4篇获得市领导肯定性批示，"
           "部分建议已转化为政策措施。\n\n会议还表彰了2024年度全市科协系统先进集体15个、先进个人30名。\n\n"
           "（责任编辑：林晓澄）\n【字号：大 中 小】【打印本页】【关闭窗口】\n"
           "上一篇：淇澜港去年集装箱吞吐量突破150万标箱\n下一篇：澜峒高速公路项目全线贯通 建设工期提前3个月\n"
           "相关链接：\n· 全市23个社区通过市级科普示范社区复核（2024-12-20）\n"
           "· 2024年科技活动周吸引观众12万人次（2024-05-30）\n"
           "版权所有：澜川市科学技术协会　霁ICP备2024031888号-1\n")
    c = clean(raw)
    assert c.text.rstrip().endswith("先进集体15个、先进个人30名。")
    assert "150万标箱" not in c.text and "提前3个月" not in c.text and "23个社区" not in c.text
    from service.cleaning.chrome_rules import classify

    assert classify("下一篇：澜峒高速公路项目全线贯通，建设工期比合同工期提前3个月完成。") == "nav"
    assert classify("【上一篇】：市科协召开2024年度学会工作总结会") == "nav"
    assert classify("上一篇文章提到，全县新增企业12家。") is None  # (a sentence that cites an earlier article)


def test_the_date_under_an_official_texts_signature_is_its_date():
    body = "一、主要财务数据\n\n报告期内，公司实现营业总收入12.56亿元，较上年同期增长8.3%。\n\n特此公告。\n\n"
    assert clean(body + "华远科技股份有限公司董事会\n2025年2月26日\n").published == "2025-02-26"
    assert clean(body + "2025年2月26日").published is None  # a date with no signature over it is no 落款


def test_the_date_in_brackets_under_a_speechs_title_is_its_date():
    speech = "在县委经济工作会议上的讲话\n县委书记　周明远\n（2025年12月26日）\n\n同志们：\n今年全县地区生产总值增长6.4%。\n"
    assert clean(speech).published == "2025-12-26"
    report = "政府工作报告\n（2025年1月8日在县第十八届人民代表大会第五次会议上）\n\n各位代表：\n过去一年，全县经济稳中有进。\n"
    assert clean(report).published == "2025-01-08"
    # (a date in brackets inside the body is no date of the text)
    assert clean("同志们：\n今年全县地区生产总值增长6.4%。\n" * 30 + "（2025年12月26日）\n").published is None


def test_an_earlier_years_result_in_a_speech_dated_by_its_head_is_background():
    from service.pipeline import summarize
    from service.schemas import SummaryOptions

    speech = ("在全县项目推进会上的讲话\n县委书记　郑怀远\n（2024年4月8日）\n\n同志们：\n"
              "2023年，全县固定资产投资增长9.8%，项目支撑作用明显。\n一季度，全县重点项目完成投资42.6亿元，同比增长11.2%。\n"
              "今年全县排定重点项目126个，年度计划投资185亿元。\n")
    figures = {f.text: (f.kind, f.period) for f in summarize(speech, SummaryOptions(mode="extractive")).figures}
    assert figures["9.8%"] == ("other", "2023") and figures["126个"] == ("target", "2024")


def test_an_indian_dateline_ends_in_a_colon_and_a_percent_ends_a_sentence():
    c = clean("LUCKNOW: The state signed 112 MoUs on Friday. Output grew 9.2%, against a national rate of 7.1%.\n\n"
              "Of the signed MoUs, 46 are in manufacturing.")
    assert c.place == "Lucknow" and c.text.startswith("The state signed")
    assert "7.1%.\n\nOf the signed" in c.text  # the paragraphs stay apart
    assert clean("NOTE: The figures are provisional.").place is None


def test_a_newsletter_pitch_is_chrome_and_a_meta_time_is_written_as_other_dates():
    page = ("<html><head><title>Wind farm approved</title>"
            "<meta property=\"article:published_time\" content=\"2025-06-18T09:30:00Z\"></head><body><article>"
            "<h1>Wind farm approved</h1><p>Federal regulators on Tuesday approved a 1,200-megawatt offshore wind farm "
            "in the Gulf of Maine, clearing the way for construction to begin next year.</p>"
            "<p>Sign up for our newsletter: Get the latest news delivered to your inbox every morning.</p>"
            "<p>The developer expects to hire about 1,100 construction workers and 120 permanent staff.</p>"
            "</article></body></html>")
    c = clean(page)
    assert "newsletter" not in c.text and "120 permanent staff" in c.text
    assert c.published == "2025-06-18 09:30"


def test_a_word_hyphenated_at_a_lines_end_is_one_word_again_and_a_compound_keeps_its_hyphen():
    text = ("In 2024 the corporation completed the electrifica-\ntion of 142 kilometres of track, its long-term plan,\n"
            "and set out the long-\nterm goal of carrying 55 million passengers a year by 2027 on its network.")
    c = clean(text)
    assert "electrification of 142 kilometres" in c.text
    assert "the long-term goal" in c.text  # written "long-term" elsewhere: a compound


def test_an_english_line_without_a_full_stop_is_no_broken_sentence_across_a_blank_line():
    text = ("Highlights for the quarter:\n- Customers with ARR above $100K: 1,870, +22% YoY\n\n"
            "We raised our FY25 revenue guidance to $8.3B-$8.4B and now expect a margin of about 20%.")
    assert "+22% YoY\n\nWe raised" in clean(text).text


def test_a_data_tables_row_is_one_line_and_a_layout_tables_cells_stay_apart():
    from service.cleaning.html import _html_to_lines

    page = ("<html><body><table><tr><th>Category</th><th>2024</th><th>2025</th></tr>"
            "<tr><td>Machinery</td><td>$18.2bn</td><td>$19.6bn</td></tr></table>"
            "<table><tr><td><p>The council met on Tuesday and approved the plan.</p></td><td>Menu</td></tr></table>"
            "</body></html>")
    lines = [line.strip() for line in _html_to_lines(page)[0].split("\n") if line.strip()]
    # (the cells between bars, as a Markdown table's: a head's columns then give its values kinds)
    assert lines[:2] == ["Category | 2024 | 2025", "Machinery | $18.2bn | $19.6bn"]
    assert "The council met on Tuesday and approved the plan." in lines and "Menu" in lines  # a layout's cells


def test_a_hyphen_at_a_lines_end_before_a_word_not_in_ascii_is_no_crash():
    text = ("The corporation completed the electrifica-\nétude of 142 kilometres of track and wrote more words here.\n"
            "And then it stopped.")
    assert "142 kilometres" in clean(text).text  # (it raised TypeError)


ANNUAL_REPORT_SUMMARY = """\
证券代码：603781　　　　证券简称：恒川新材　　　　公告编号：2025-012

浙江恒川新材料股份有限公司
2024年年度报告摘要

第一节　重要提示

1．本年度报告摘要来自年度报告全文，为全面了解本公司的经营成果、财务状况及未来发展规划，投资者应当到上海证券交易所网站等中国证监会指定媒体上仔细阅读年度报告全文。
2．本公司董事会、监事会及董事、监事、高级管理人员保证年度报告内容的真实性、准确性、完整性，不存在虚假记载、误导性陈述或重大遗漏，并承担个别和连带的法律责任。
3．天健会计师事务所（特殊普通合伙）为本公司出具了标准无保留意见的审计报告。

第五节　重要事项

报告期内，公司实现营业收入48.62亿元，同比增长18.36%；实现归属于上市公司股东的净利润4.31亿元，同比增长16.96%。
"""


def test_a_listed_companys_statutory_statements_and_securities_line_are_chrome_and_its_title_is_whole():
    c = clean(ANNUAL_REPORT_SUMMARY)
    assert c.title == "浙江恒川新材料股份有限公司2024年年度报告摘要"
    assert "证券代码" not in c.text and "虚假记载" not in c.text and "仔细阅读" not in c.text
    assert "天健会计师事务所" in c.text and "实现营业收入48.62亿元" in c.text


def test_a_summary_sentence_drops_its_list_number_in_chinese():
    from service.pipeline import summarize
    from service.schemas import SummaryOptions

    s = summarize(ANNUAL_REPORT_SUMMARY, SummaryOptions(mode="extractive"))
    assert "3．" not in s.summary and "天健会计师事务所" in s.summary
    assert not any("虚假记载" in k.text for k in s.key_points)


def test_an_events_time_label_is_content_and_a_notices_last_line_date_dates_it():
    text = ("东江市第三人民医院门诊综合楼改造工程施工招标公告\n\n"
            "一、招标条件\n本招标项目已由东江市发展和改革局批准建设，项目出资比例为财政70%、自筹30%，现对该项目的施工进行公开招标。\n\n"
            "六、开标时间及地点\n开标时间：2025年5月14日9时30分\n"
            "开标地点：东江市公共资源交易中心第三开标室，投标人的法定代表人或其委托代理人应准时参加开标会议，并携带身份证件。\n\n"
            "监督部门：东江市卫生健康局　　监督电话：0762-8901233\n\n2025年4月21日\n")
    c = clean(text)
    assert "开标时间：2025年5月14日9时30分" in c.text  # when the bids are opened: what the notice says
    assert c.published == "2025-04-21"


def test_a_bulletins_issuer_and_name_are_its_title_and_its_issuer_date_line_dates_it():
    c = clean("湘南市防汛抗旱指挥部\n防汛应急工作通报\n（第15期）\n\n湘南市防指办　　　　2024年6月21日18时\n\n一、雨水情况\n\n"
              "受高空槽和低层切变线共同影响，6月19日8时至21日17时，我市出现一次强降雨过程，全市平均降雨量142.6毫米。"
              "全市共有63个站点累计降雨量超过200毫米，最大为临江县白沙镇站386.5毫米。\n")
    assert (c.title, c.published) == ("湘南市防汛抗旱指挥部防汛应急工作通报", "2024-06-21")
    assert "防指办" not in c.text


def test_an_issue_number_is_no_title():
    c = clean("会 议 纪 要\n\n〔2025〕第17期\n\n平安县人民政府办公室　　　　2025年4月22日\n\n关于全县重点项目建设推进会的纪要\n\n"
              "4月18日下午，副县长刘建国在县政府三楼会议室主持召开全县重点项目建设推进会，听取了各项目责任单位的工作汇报，"
              "研究解决项目推进中存在的困难和问题。现将会议议定事项纪要如下。\n")
    assert (c.title, c.published) == ("关于全县重点项目建设推进会的纪要", "2025-04-22")
    assert "第17期" not in c.text


def test_a_papers_identifiers_are_chrome():
    text = ("二甲双胍缓释片联合生活方式干预对新诊断2型糖尿病伴肥胖患者的疗效观察\n\n"
            "DOI: 10.3760/cma.j.cn115024-20240918-00417\n\n中图分类号：R587.1    文献标志码：A    文章编号：1009-3706(2025)03-0214-07\n\n"
            "目的 探讨二甲双胍缓释片联合生活方式干预的疗效。结果 观察组HbA1c达标率为71.6%，高于对照组的53.6%。")
    out = clean(text)
    assert "DOI" not in out.analysis and "中图分类号" not in out.analysis
    assert "71.6%" in out.analysis


def test_a_mails_headers_are_chrome_and_its_subject_is_the_title():
    text = ("From: Farah Lindqvist <f.lindqvist@example.org>\nSent: Thursday, October 16, 2025 4:52 PM\n"
            "To: Jonah Peretti <j.peretti@example.org>\nCc: Devin Achterberg <d.achterberg@example.org>\n"
            "Subject: RE: RE: FY2026 patient portal rebuild – revised budget\n\n"
            "Thanks both. We go with Option B (phased rebuild) at $1.42M total, not the $1.77M in Option A. "
            "That keeps us inside the $1.45M envelope Finance approved in the FY2026 capital plan.\n")
    out = clean(text)
    assert out.title == "FY2026 patient portal rebuild – revised budget"
    assert "@example.org" not in out.analysis and "Option B" in out.analysis


def test_a_posted_on_stamp_dates_the_page_and_a_hatnote_is_chrome():
    page = ("Council Places $185 Million Infrastructure Bond on November Ballot\n\n"
            "Posted on: August 19, 2025 | Office of Communications | 5 min read\n\n"
            "The City Council voted 6–1 on Monday night to refer a $185 million general obligation bond to the "
            "November election, the largest in the city's history.\n")
    out = clean(page)
    assert out.published is not None and out.published.startswith("2025-08-19")
    assert "Posted on" not in out.analysis
    wiki = ("Corvell, Washington\n\nThis article is about the city in Washington. For other uses, see Corvell "
            "(disambiguation).\n\nCorvell is a city in and the county seat of Palouse Ridge County, Washington, "
            "with a population of 191,300 at the 2020 census.\n")
    assert "This article is about" not in clean(wiki).analysis


def test_japanese_keeps_its_own_characters_and_another_language_is_said_to_be_unsupported():
    ja = ("北陸ケミテック、富山に1850億円の新工場\n\n半導体材料メーカーの北陸ケミテックは18日、富山県射水市に次世代半導体向け"
          "高純度薬液の新工場を建設すると発表した。年間生産能力は現在の約12万トンから約24万トンへと2倍に拡大する。\n")
    out = clean(ja)
    assert "半導体" in out.analysis and "生産能力" in out.analysis  # (not 半導體, 生產: no script conversion)
    assert "language_unsupported:ja" in out.warnings
    es = ("El Consejo de Gobierno de la Comunidad aprobó este martes el proyecto de presupuestos regionales para 2026, "
          "que asciende a 14.286,4 millones de euros, un 3,5 % más que las cuentas del año anterior, con una subida "
          "de la inversión en sanidad y educación y una rebaja de impuestos para las familias con hijos.\n")
    assert "language_unsupported:other" in clean(es).warnings
    assert not any(w.startswith("language_unsupported") for w in clean(
        "Revenue rose 14% to $1.2 billion in the quarter, the company said on Tuesday, as demand for its chips grew "
        "faster than expected across the data center and automotive markets.").warnings)


def test_a_running_head_repeated_on_every_page_is_chrome_and_a_number_broken_over_lines_is_whole():
    head = "澄州市统计局　　　　　　2025年第2期"
    page = (f"{head}\n\n澄州市2024年国民经济和社会发展统计公报\n\n"
            "2024年，全市地区生产总值3862.47亿元，比上年增长5.8%。年末全市常住人口377.2万人，其中城镇常住人口2\n"
            "71.9万人，常住人口城镇化率72.08%，比上年末提高0.86个百分点。\n\n— 3 —\n\n"
            f"{head}\n\n全年粮食播种面积146.8万亩，比上年增加1.2万亩，粮食总产量61.35万吨，比上年增长2.4%。\n\n— 4 —\n\n"
            f"{head}\n\n全年规模以上工业增加值比上年增长7.1%，高技术制造业增加值增长12.5%。\n")
    out = clean(page)
    assert out.title == "澄州市2024年国民经济和社会发展统计公报"
    assert "2025年第2期" not in out.analysis and "城镇常住人口271.9万人" in out.analysis
    speaker = "韩立东：\n\n谢谢您的提问。我们今年新增就业12万人。\n\n韩立东：\n\n见习岗位1.2万个。\n\n韩立东：\n\n补贴已发放。"
    assert clean("发布会实录\n\n" + speaker).analysis.count("韩立东") == 3


def test_an_amount_cut_at_its_decimal_point_by_a_hard_wrap_is_whole_again():
    text = ("LETTER TO SHAREHOLDERS\n\nConsolidated net revenue rose 8.7% to $4.62 billion, compared with $4.\n"
            "25 billion in fiscal 2023, as every segment grew and our margins expanded again this year.\n")
    assert "$4.25 billion" in clean(text).analysis


def test_a_list_item_ending_in_an_amount_keeps_the_next_items_number_apart():
    text = ("The Council's priorities for the coming year are:\n\n"
            "1. Extend the cemetery by 0.4 hectares, using £24,000 from earmarked reserves.\n"
            "2. Replace the sports pavilion roof, at an estimated cost of £18,000.\n"
            "3. Install three more speed indicator signs on the Harnwell Road.\n")
    out = clean(text).analysis
    assert "£18,000.3" not in out
    assert "£18,000.\n3. Install" in out


def test_a_document_made_mostly_of_one_repeated_line_keeps_it():
    line = "区人民医院 临床医师 硕士研究生及以上 临床医学类 限2025届毕业生"
    assert line.split()[0] in clean("\n".join([line] * 30)).analysis


def test_fields_of_a_record_one_a_line_are_not_joined_as_a_broken_sentence():
    text = ("Corvell is a city in Palouse Ridge County and the seat of its county government since 1883.\n\n"
            "Area: City 112.6 km² (43.5 sq mi); land 108.9 km²; water 3.7 km² (1.4 sq mi)\n"
            "Elevation: 361 m (1,184 ft)\nPopulation (2020): 78,412\n")
    cleaned = clean(text).text
    assert "(1.4 sq mi)\nElevation: 361 m" in cleaned and "(1,184 ft)\nPopulation (2020)" in cleaned
    assert "基金项目：国家自然科学基金面上项目；省重点研发计划\n作者简介：沈知远" in clean(
        "糖尿病患者的随访研究结果显示，观察组达标率明显高于对照组，差异有统计学意义。\n"
        "基金项目：国家自然科学基金面上项目；省重点研发计划\n作者简介：沈知远，男，博士，副主任医师\n").text


def test_an_english_sites_breadcrumb_language_and_text_size_widgets_and_release_number_are_chrome():
    page = ("Town of Wexmoor - Official Website\n"
            "Residents | Business | Visitors | Government\n"
            "Home > News > Council Releases > Budget 2025\n"
            "Select Language ▼ Translate this page\n"
            "Text size: A A A\n"
            "Wexmoor Development Board | Press Release No. WDB/PR/2025/017\n\n"
            "Council Sets 2025 Budget\n\n"
            "The council approved a budget of $48.2 million on Tuesday. Home sales rose 4% in March.\n")
    text = clean(page).text
    for chrome in ("Home > News", "Select Language", "Text size", "Press Release No."):
        assert chrome not in text
    assert "The council approved a budget of $48.2 million on Tuesday. Home sales rose 4% in March." in text


def test_an_editors_note_on_a_transcript_is_chrome_and_a_sentence_about_editing_is_not():
    from service.cleaning.chrome_rules import classify

    assert classify("This transcript has been edited for length and clarity.") == "editor"
    assert classify("This interview has been condensed and edited.") == "editor"
    assert classify("The plan was edited by the council in 2023 to include 5 new sites, officials said.") is None


def test_a_table_with_bars_between_its_cells_is_kept_with_its_head():
    text = ("首页 | 政务公开 | 新闻中心 | 办事服务\n\n民生实事进展情况如下：\n\n"
            "序号 | 项目名称 | 计划任务 | 已完成 | 完成率\n1 | 新建城市书房 | 12个 | 14个 | 116.7%\n")
    cleaned = clean(text)
    assert "首页" not in cleaned.text
    assert "序号 | 项目名称 | 计划任务 | 已完成 | 完成率" in cleaned.text and "新建城市书房 | 12个" in cleaned.text


def test_a_bar_tables_rows_of_labelled_values_are_kept_and_a_menu_with_one_is_not():
    text = ("首页 | 政务公开 | 第3期 | 联系我们\n\n各街道改造进展如下：\n\n街道 | 计划改造 | 已完工 | 完成率\n"
            "滨河街道 | 计划改造12个 | 已完工11个 | 完成率91.7%\n鹤鸣街道 | 计划改造9个 | 已完工9个 | 完成率100%\n")
    cleaned = clean(text)
    assert "首页" not in cleaned.text and "第3期" not in cleaned.text
    assert "街道 | 计划改造 | 已完工 | 完成率" in cleaned.text
    assert "滨河街道 | 计划改造12个 | 已完工11个 | 完成率91.7%" in cleaned.text


def test_a_press_releases_embargo_line_is_chrome_and_a_headline_on_an_embargo_is_not():
    from service.cleaning.chrome_rules import classify

    assert classify("News release | Embargoed until 00:01, Tuesday 2 December 2025") == "meta"
    assert classify("EMBARGOED UNTIL 10AM") == "meta"
    assert classify("Embargo lifted on grain shipments") is None


def test_a_spaced_number_before_a_change_in_words_keeps_its_spaces():
    """A table row of a listed company's report: the change in words is the next cell, not the
    number's unit, so the row keeps its cells apart."""
    c = clean("主要财务数据\n\n加权平均净资产收益率（%） 1.52 减少0.41个百分点 5.03 增加0.36个百分点\n\n"
              "全县 60 个项目完成投资 24.4 亿元。")
    assert "加权平均净资产收益率（%） 1.52 减少0.41个百分点 5.03 增加0.36个百分点" in c.text
    assert "全县60个项目完成投资24.4亿元。" in c.text


def test_a_headings_section_number_keeps_its_space_and_is_no_figure():
    from tests.support import extractive_figures

    text = ("毕业生就业质量年度报告\n\n2.2 分学历层次就业情况\n\n本科毕业生去向落实率为91.6%。\n\n"
            "4.3 强化就业指导\n\n全年开展就业讲座126场。\n\n学校 2.5 万元奖励用于创业团队。")
    c = clean(text)
    assert "2.2 分学历层次就业情况" in c.text and "4.3 强化就业指导" in c.text
    assert "学校2.5万元奖励" in c.text  # (a number in a sentence is its unit's still)
    # ("2.2分" was read as a score of 2.2 points, "4.3强" as a ranking's name)
    assert set(extractive_figures(text)) == {"91.6%", "126场", "2.5万元"}


def test_unfinished_work_is_no_paywall():
    from service.cleaning.chrome_rules import classify

    assert classify("7 | 农村户厕改造 | 378 | 252 | 66.7 | 未完成") is None
    assert classify("(未完,全文共2270字,当前显示592字)") == "widget"


def test_a_paragraph_about_the_units_that_handle_complaints_is_no_footer():
    from service.cleaning.chrome_rules import classify

    line = ("五是监督考核再从严。对承办单位实行月通报、季点评、年考核，全年发出督办单1436件，约谈承办单位负责人27人次，"
            "对8家按时办结率连续3个月低于95%的单位进行专题通报。")
    assert classify(line) is None
    assert classify("主办单位：峪川县人民政府办公室　承办单位：峪川县融媒体中心") == "copyright"


ENGLISH_PAGE = """Skip to main content
Cookies on the Fennick Pension Scheme website
We use some essential cookies to make this website work. We'd also like to set analytics cookies to understand how you use the site and improve our services.
Accept analytics cookies | Reject analytics cookies | View cookie settings
Home | Your pension | Thinking of retiring? | Investments | News | Forms and documents | Contact us
Fennick Group Pension Scheme – members' website
Search this site
Statistics > Members > Annual report
Download the full report (PDF) | Print this page

Your Scheme in 2025: annual report to members

Every year the Trustee of the Fennick Group Pension Scheme reports to members on how the Scheme is run, how its investments have performed and how well it is funded.

The Scheme paid pensions of £96.4 million to 13,356 pensioners and dependants during the year, up from £91.8 million a year earlier.

Share this page: Facebook | X | Email
Related stories
Our new online pension planner goes live – 12 September 2025
Trustee elections: how to stand – 28 May 2025
Sign up to our newsletter
Visit us: Fennick House, Mill Lane
"""


def test_an_english_pages_cookie_banner_menu_trail_buttons_and_related_stories_are_chrome():
    text = clean(ENGLISH_PAGE).text
    for chrome in ("cookies", "members' website", "Your pension", "Search this site", "Members > Annual", "Print this page",
                   "Related stories", "online pension planner", "Trustee elections"):
        assert chrome not in text, chrome
    assert "Every year the Trustee" in text and "£96.4 million" in text


def test_a_line_that_names_the_site_a_website_is_its_name():
    from service.cleaning.chrome_rules import classify

    assert classify("Fennick Group Pension Scheme – members' website") == "widget"
    assert classify("The council launched a new website in 2024.") is None


def test_a_sites_search_box_is_chrome_and_no_title():
    raw = ("溯城市公安局交通警察支队 官方网站\n网站首页 | 警务公开 | 交管动态 | 事故预防 | 办事指南\n"
           "您现在的位置：首页 > 交管动态 > 安全形势通报\n搜索：[          ] 【搜索】\n\n"
           "溯城市2024年全市道路交通安全形势通报\n\n全年全市共发生道路交通事故742起，同比下降6.3%。\n")
    c = clean(raw)
    assert "【搜索】" not in c.text
    assert c.title == "溯城市2024年全市道路交通安全形势通报"


def test_an_english_bodys_name_at_the_top_is_a_masthead_and_the_headline_under_it_the_title():
    raw = ("Tessel Water\nAnnual Performance Report 2024–25\n\n"
           "Keeping the Tessel Valley flowing: leakage at a record low as we prepare for our biggest investment programme\n\n"
           "Report of the Board of Tessel Water Limited to its customers and regulators\n\n"
           "We supplied 212 million litres of water a day to 486,000 homes and businesses this year, and cut leakage by 6%.\n")
    c = clean(raw)
    assert c.title.startswith("Keeping the Tessel Valley flowing")
    assert "Tessel Water\n" not in c.text and "We supplied 212 million litres" in c.text
    # (a meeting's label, a contact's line and a bullet of highlights are no headline)
    raw = ("Brackenfield Borough Council\nEnvironment Scrutiny Committee - 11 September 2025 - Agenda item 7\n\n"
           "Waste and Recycling Annual Report 2024/25\n\nContact officer: Ruth Pellegrin, Head of Environmental Services\n\n"
           "The council collected 61,400 tonnes of household waste this year, 2% less than last year, and recycled 47% of it.\n")
    assert clean(raw).title == "Waste and Recycling Annual Report 2024/25"
    # (a headline that is no body's name keeps the title)
    raw = ("Record year for tourism in 2024\n\nA busy summer and new flights brought more visitors than ever before to the "
           "county's coast.\n\nThe county welcomed 4.2 million visitors in 2024, 8% more than in 2023, and spending rose 11%.\n")
    assert clean(raw).title == "Record year for tourism in 2024"


@pytest.mark.parametrize("crumb", ["您当前的位置：首页 > 政务公开 > 部门动态", "您所在的位置：首页 >> 警情通报 >> 火灾数据",
                                   "当前位置：首页 > 统计数据 > 行业运行"])
def test_a_government_pages_breadcrumb_puts_the_headline_below_it_in_the_title_and_the_site_above_it_out(crumb: str):
    raw = (f"江渚县人民政府门户网站\n首页\t政务公开\t政务服务\t互动交流\t走进江渚\n{crumb}\n"
           "2024年1-11月江渚县快递业运行情况\n发布时间：2024-12-18 10:32　来源：县商务局　浏览次数：2388\n\n"
           "今年以来，全县快递业务量累计完成1.28亿件，同比增长14.7%；业务收入累计完成9.6亿元，同比增长8.2%。\n")
    c = clean(raw)
    # (was the site's name or its menu: the crumb was not read as one, or the headline's period as a date's label)
    assert c.title == "2024年1-11月江渚县快递业运行情况"
    assert c.text.startswith("今年以来") and "政务服务" not in c.text


@pytest.mark.parametrize("label", [
    "索 引 号：WX-0112-2025-00086　　发布机构：梧溪县生态环境局　　公开方式：主动公开",
    "主题分类：文化、旅游　　文号：黛文旅通〔2025〕21号　　有效性：有效",
    "2024年第19期（总第87期）",
    "原创　泓川献血　泓川献血服务　2025年01月20日 09:12　湖畔",
    "峪川县第十八届人民代表大会第四次会议文件（6）",
])
def test_a_pages_labels_above_the_headline_are_no_title(label: str):
    raw = (f"{label}\n\n梧溪县2024年环境质量状况公报\n\n"
           "2024年，全县环境空气质量优良天数比例为93.4%，同比提高1.2个百分点；细颗粒物年均浓度为26微克/立方米。\n")
    c = clean(raw)
    assert c.title == "梧溪县2024年环境质量状况公报"
    assert label.split("　")[0].split("：")[0] not in c.text


def test_a_listed_companys_name_release_number_and_inside_information_line_are_no_title():
    raw = ("RNS Number : 4417Q\nPellbury Group plc\n24 April 2025\nLEI: 21380069PELLBURY0042\n"
           "THIS ANNOUNCEMENT CONTAINS INSIDE INFORMATION FOR THE PURPOSES OF THE UK MARKET ABUSE REGULATION\n\n"
           "Strong second half, margin recovery and a 13% higher dividend\n\n"
           "Pellbury Group plc, the home and garden retailer, today announces its results for the year to 1 March 2025. "
           "Revenue rose 3.5% to £1,482.6m and like-for-like sales rose 2.8%.\n")
    c = clean(raw)
    assert c.title == "Strong second half, margin recovery and a 13% higher dividend"
    assert "RNS Number" not in c.text and "LEI:" not in c.text and "INSIDE INFORMATION" not in c.text
    raw = ("Brightmoor Interactive plc\nReleased 07:00 18 November 2025\n"
           "Interim results for the six months ended 30 September 2025\n\n"
           "Brightmoor Interactive plc, the publisher of the Stormhollow games, reports revenue up 12% to £84.1m for the half.\n")
    # (a company's name, its form written in lower case, is a masthead; the date that ends a period is no page's date)
    assert clean(raw).title == "Interim results for the six months ended 30 September 2025"
    raw = ("Marlowe Basin Water Authority\nWeek ending Sunday 9 March 2025\n\nDrought Response Bulletin\n\n"
           "Reservoir storage across the basin stood at 41.2% of capacity on 9 March, down from 43.0% a week earlier.\n")
    assert clean(raw).title != "Week ending Sunday 9 March 2025"  # (a line that only dates the page is no headline)


@pytest.mark.parametrize(("top", "title"), [
    # a site's menu after its short name
    ("OWP | Home | Our work | Data | Publications | Consultations | Contact\n\nOffice for Water Performance\n\n"
     "Leakage falls to lowest level yet\n\n", "Leakage falls to lowest level yet"),
    # a section trail whose last step holds an en dash
    ("Northway Rail Infrastructure > Projects > Eastholme–Cairnford Electrification\n\n"
     "Eastholme–Cairnford Electrification Programme: project update, Q2 2025/26\n\n",
     "Eastholme–Cairnford Electrification Programme: project update, Q2 2025/26"),
    # a release's number named in one word
    ("Announcement ID: 4471K\nHarbury Lomax plc\n\nFull-year results in line with expectations\n\n",
     "Full-year results in line with expectations"),
    # where and when a release was issued, and a bulletin's labels, set apart by bars or dots
    ("PRESS RELEASE\nPort Callan, 7 August 2025 | Company announcement no. 19/2025\n\n"
     "Brannoch Maritime Group reports second-quarter 2025 results; raises full-year guidance\n\n",
     "Brannoch Maritime Group reports second-quarter 2025 results; raises full-year guidance"),
    ("Skerrow Islands Fisheries Directorate\nStatistical bulletin SFD 2026/04 · Published 20 February 2026 · Page 1 of 3\n\n"
     "Quota uptake in 2025 and fishing opportunities for 2026\n\nSummary\n\n",
     "Quota uptake in 2025 and fishing opportunities for 2026"),
    # a printed page's running head, its page number last
    ("Calderwick City Council | Parking Services Annual Report 2024/25 | Page 1 of 12\nCalderwick City Council\n"
     "Parking Services Annual Report 2024/25\n\n1. Introduction\n\n", "Parking Services Annual Report 2024/25"),
    # a body's name above its document's name, the document's year after it
    ("Fenmoor Water\nAnnual performance report 2024/25\n\n", "Annual performance report 2024/25"),
    # short words ending on a year: a document's name, not a menu
    ("City of Calder Springs\nDepartment of Parks and Recreation\n\nUrban Forest and Green Space Annual Review 2024\n\n"
     "Growing a greener Calder Springs\n\n", "Urban Forest and Green Space Annual Review 2024"),
    ("Marlowe Basin Water Authority\nDrought Response Bulletin\nWeek ending Sunday 9 March 2025\n\nStorage levels\n\n",
     "Drought Response Bulletin"),
    # a board paper's title, under its label
    ("Ashcombe and Dunmere Hospitals NHS Foundation Trust\nClassification: Official\n\n"
     "Board of Directors - meeting held in public, 5 June 2025\nAgenda item 11\n"
     "Report title: Elective and urgent care waiting times - performance report\nPurpose: For assurance\n\n",
     "Elective and urgent care waiting times - performance report"),
])
def test_a_menu_a_trail_a_release_number_dated_labels_a_running_head_and_a_title_label_are_no_title(top, title):
    # (twelve annotated English pages had these for titles before 2026-12-03)
    body = ("Across the sector, leakage fell to 1,864 megalitres a day, 4.1% lower than in 2023-24. "
            "Written complaints fell 9.2% to 142,300, and 96.4% of them were answered within ten working days.\n")
    assert clean(top + body).title == title


def test_a_number_to_call_is_no_title_and_no_figure():
    # (a hospice's advice line was one page's title, and a media contact's number gave another page two figures, "7100"
    # and "4421", before 2026-12-03)
    page = ("Kinnerloch Hospice\nAdvice line open 24 hours: 0555 012 3309\n\n"
            "Annual Review 2024/25: more people cared for at home\n\n"
            "Last year our nurses supported 2,184 patients with a life-limiting illness, 7% more than the year before.\n\n"
            "Media contact: Ministerial Media Unit 08 7100 4421\n")
    c = clean(page)
    assert c.title == "Annual Review 2024/25: more people cared for at home"
    assert "0555" not in c.text and "7100" not in c.text and "2,184 patients" in c.text


def test_a_copys_standing_is_no_headline():
    # ("PUBLIC VERSION – Confidential figures have been redacted" was a filed plan's title before 2026-12-03)
    page = ("CEDAR BASIN ELECTRIC COMPANY\n\n2025 Integrated Resource Plan\nExecutive Summary\n\n"
            "Filed with the Cedar Basin Public Utilities Commission, Docket No. E-114/RP-25-381\nOctober 15, 2025\n\n"
            "PUBLIC VERSION – Confidential figures have been redacted\n\n"
            "This Integrated Resource Plan sets out how the Company will meet its customers' demand for electricity "
            "over the next 20 years. Peak demand rose 2.4% to 4,812 MW in 2024.\n")
    assert clean(page).title == "2025 Integrated Resource Plan"


def test_the_names_an_announcement_defines_for_itself_are_no_title():
    # '("Ferncastle" or "the Group")' under the company's name was the title of this page before 2026-12-03
    page = (DATA / "annotated_en" / "dd02.txt").read_text(encoding="utf-8")
    c = clean(page)
    assert c.title == "Full year trading update: completions up 5.6%, profit in line with expectations"
    assert '("Ferncastle" or "the Group")' not in c.text


@pytest.mark.parametrize("masthead", [
    "Skerrow Air Group plc | Investors", "Telvane Semiconductor Ltd – Investor Relations", "News | Corrie Dubh Mountain Resort",
    "West Marrick Ambulance Service NHS Trust", "Calderby and Wexholm Fire and Rescue Authority",
    "Department of Parks and Recreation",
])
def test_a_bodys_longer_name_or_its_sites_name_at_the_top_is_a_masthead(masthead: str):
    raw = (f"Skip to global navigation\n{masthead}\n\nOctober 2025 performance: fastest response times since 2021 as calls climb\n\n"
           "Published: 13 November 2025\n\nThe service answered 41,200 emergency calls in October, 6.2% more than a year earlier, "
           "and reached the most serious calls in an average of 7 minutes 41 seconds.\n")
    c = clean(raw)
    assert c.title == "October 2025 performance: fastest response times since 2021 as calls climb"
    assert "Skip to" not in c.text


def test_a_line_on_whom_a_report_was_presented_to_is_no_headline():
    raw = ("Quarrystone County Sheriff's Office\nPresented to the Quarrystone County Board of Commissioners, March 2025\n\n"
           "The jail held an average of 412 people a day in 2024, 5% fewer than in 2023, and bookings fell 8% to 9,870.\n")
    assert not clean(raw).title.startswith("Presented to")


def test_a_short_documents_name_under_a_bodys_name_is_the_title():
    raw = ("Quarrystone County Department of Corrections\n2024 Annual Jail Report\n"
           "Presented to the Quarrystone County Board of Commissioners\n\n"
           "The jail held an average of 412 people a day in 2024, 5% fewer than in 2023, and bookings fell 8% to 9,870.\n")
    assert clean(raw).title == "2024 Annual Jail Report"  # (was the department's name: the line is under five words)


@pytest.mark.parametrize("top", [
    "Kindara Government\nDepartment of Primary Industries and Regional Resilience",  # (a body's name under another's)
    "OFFICIAL\nCalderport City Police – Performance and Insight Unit",  # (a body and its unit)
    "Ministry of Agriculture and Food – Republic of Kaldoria",  # (a body and where it is)
    "City of Port Calder — Office of Public Information",
])
def test_a_bodys_name_under_another_or_with_its_unit_is_no_headline(top: str):
    raw = (f"{top}\n\nDrought Assistance Package: Program Update – March 2025\n\n"
           "By the end of March, 6,912 applications had been approved and A$131.4 million had been paid to farmers.\n")
    assert clean(raw).title == "Drought Assistance Package: Program Update – March 2025"


def test_inline_chrome_is_never_found_without_its_sign():
    import random

    from service.cleaning.chrome import _INLINE_SIGNS
    from service.cleaning.chrome_rules import INLINE_CHROME

    rng = random.Random(13)
    # (slots in the order the patterns read them, each sometimes left empty or filled wrongly)
    slots = [["", "官方", "谋突破"], ["", "2", "12", "x"], ["", "年", "个月", "星期", "天", "小时"], ["", "前", "后"], ["", " "],
             ["", "发布", "更新", "发表", "发"], ["", "010539", " "], ["", "点", "点击", "戳"], ["", " ", "上方", "下方"],
             ["", "蓝", "红"], ["", "色"], ["", "字", "字体"], ["", "关注", "订阅"], ["", "“山亭快报”", "我们", "，"]]
    texts = ["爱山亭官方2年前发布010539", "点蓝色字关注“山亭快报”", "点击上方蓝字关注我们"]
    texts += ["".join(rng.choice(slot) for slot in slots) for _ in range(5000)]
    found = 0
    for text in texts:
        for rx, sign in zip(INLINE_CHROME, _INLINE_SIGNS, strict=True):
            if (m := rx.search(text)) is not None:
                found += 1
                assert sign.search(m.group(0)) is not None, text
    assert found > 100


@pytest.mark.parametrize(("line", "place", "date"), [
    ("KESARGARH – The Suvarnapur Courts Service today published its quarterly caseload statistics.", "Kesargarh", None),
    ("PORT SELWYN – Port Selwyn International Airport handled 4,167,725 passengers in the third quarter.", "Port Selwyn",
     None),
    ("LANVORD, Ostreland – Kestrel Motors Group today reported production and delivery figures.", "Lanvord", None),
    ("TALLIS CREEK, Ore. – Fire crews at the park treated 6,840 acres of hazardous fuels in fiscal year 2025.",
     "Tallis Creek", None),
    ("WESTHAVEN, 20 August 2025 – Banksia Shield Insurance Group Limited today reported its half-year results.",
     "Westhaven", "2025-08-20"),
])
def test_a_dateline_with_an_en_dash_is_taken_out_of_the_first_sentence(line: str, place: str, date: str | None):
    c = clean(f"A headline of the story\n\n{line}\n\nThe second paragraph goes on with more of the story.")
    assert c.place == place and (date is None or c.published == date)
    body = line.split(" – ", 1)[1]
    assert body in c.text and line.split(" – ")[0] not in c.text


@pytest.mark.parametrize("line", [
    "US – China trade talks resume in Geneva next week after a pause of two months.",  # (an abbreviation's capitals)
    "ANNUAL REPORT – Key figures for the year ended 31 March 2025 are set out below.",  # (a heading in capitals)
    "SUMMARY – Growth slows",  # (no sentence after the dash)
])
def test_capitals_and_an_en_dash_that_are_no_dateline_stay(line: str):
    c = clean(line)
    assert c.place is None and c.text.startswith(line.split(" – ")[0])


def test_a_cookie_notice_in_the_sites_name_is_chrome():
    page = ("Rennick Courier uses cookies to give you the best experience and to show relevant advertising. By clicking "
            "\"Accept\" you agree to our use of cookies.\n\nVaccination rates among young children in Rennick have "
            "fallen again, according to figures published yesterday. First-dose coverage was 88.9%, down from 89.7%.")
    c = clean(page)
    assert "cookies" not in c.text and c.text.startswith("Vaccination rates")


def test_a_banners_sentence_above_the_breadcrumb_goes_with_the_pages_header():
    page = ("Jump to content\nMOUNTAIN EMERGENCY? Dial 999, ask for Police, then Mountain Rescue.\n"
            "Donate | Volunteer | Shop | Callouts | News | Contact\nYou are here: Home / About us / Annual report\n\n"
            "Our year in numbers: Carn Beag Mountain Rescue Team annual report 2024\n\n"
            "2024 was the busiest year in the team's history. Our volunteers were called out 212 times, up from 176 in "
            "2023, a rise of 20%, and it was the first year in which we passed 200 callouts.")
    c = clean(page)
    assert c.title == "Our year in numbers: Carn Beag Mountain Rescue Team annual report 2024"
    assert c.text.startswith("2024 was the busiest year") and "Dial 999" not in c.text and "Jump to" not in c.text


def test_a_news_agency_prefix_in_square_brackets_is_chrome():
    c = clean("【本报讯】（记者 王芳）全县今年新签约项目29个，签约金额186.4亿元，同比增长32.1%。")
    assert c.text.startswith("全县今年新签约项目29个") and c.author == "王芳"


def test_a_name_padded_with_spaces_is_written_whole_and_traces_to_the_padded_input():
    from service.pipeline import summarize
    from service.schemas import SummaryOptions

    raw = ("凫城镇党委书记 白 涛 7月22日带队赴济阳区考察学习，规上工业产值突破60亿元。记者 王 小 明 报道。\n\n"
           "方位 东 南 西 北 均有项目落地。")
    c = clean(raw)
    assert "书记 白涛 7月22日" in c.text and "记者 王小明 报道" in c.text
    assert "东 南 西 北" in c.text  # (a longer run of single characters is no name)
    s = summarize(raw, SummaryOptions(mode="extractive"))
    evidence = s.key_points[0].evidence[0]
    assert evidence.quote.startswith("凫城镇党委书记 白涛 7月22日")
    assert raw[evidence.span[0] : evidence.span[1]] == evidence.source_quote and "白 涛" in evidence.source_quote



@pytest.mark.parametrize(("page", "title"), [
    # a body's tagline under its name or its report's name is no headline: the report's name is the title
    ("pd06", "Impact Report 2024/25"),  # (Hearthway / The national charity for young carers / Impact Report 2024/25)
    ("td01", "2024 Annual Report"),  # (… / 2024 Annual Report / Serving the residents, visitors and first responders of …)
    ("hd02", "Annual Grants Report 2024/25"),  # (… / Annual Grants Report 2024/25 / Investing in artists, venues and …)
    ("jc03", "Two phases done, more than two-thirds of homes now protected"),  # (past "A partnership of …")
    # nor is a letter's head below them
    ("fd04", "Your Annual Report 2024/25"),  # (… / Your Annual Report 2024/25 / … / Welcome from our Chief Executive)
    # a headline that names its news after a colon keeps its opening verb
    ("bd01", "Keeping the Tessel Valley flowing: leakage at a record low as we prepare for our biggest investment programme"),
])
def test_a_bodys_tagline_or_a_letters_head_is_no_title(page: str, title: str):
    assert clean((DATA / "annotated_en" / f"{page}.txt").read_text(encoding="utf-8")).title == title
