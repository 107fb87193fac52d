"""Numbers that are not figures: dates, times, list markers, phone numbers, article ids, versions,
slogan tiers — in a page written for this test."""

from __future__ import annotations

from service.figures import extract_figures
from service.pipeline import summarize
from service.schemas import SummaryOptions
from tests.support import extractive_settings

NOISY_PAGE = """\
稿件编号：202401150012 发布时间：2024年1月15日 10:30 来源：某县融媒体中心
（一）总体情况
1. 2023年，全县完成固定资产投资48.6亿元，同比增长7.2%。
2、全县新签约项目23个，咨询电话0512-68881234，服务热线12345。
第3期简报显示，县政府第二批重点项目于3月18日集中开工，V2.0版平台同时上线。
加快构建“千亿引领、百亿支撑”的产业格局，打造5G应用示范区。
联系人：张三 13800138000 邮箱：news@example.cn
"""


def texts(sentence: str) -> list[str]:
    return [f.text for f in extract_figures(sentence)]


def test_dates_times_markers_phones_ids_and_versions_are_not_figures():
    assert texts("稿件编号：202401150012 发布时间：2024年1月15日 10:30") == []
    assert texts("1. 2023年，全县完成固定资产投资48.6亿元，同比增长7.2%。") == ["48.6亿元", "7.2%"]
    assert texts("2、全县新签约项目23个，咨询电话0512-68881234，服务热线12345。") == ["23个"]
    assert texts("第3期简报显示，县政府第二批重点项目于3月18日集中开工，V2.0版平台同时上线。") == []
    assert texts("联系人：张三 13800138000 邮箱：news@example.cn") == []
    assert texts("打造5G应用示范区。") == []


def test_slogan_tiers_are_not_figures_but_a_named_goal_is():
    assert texts("加快构建“千亿引领、百亿支撑”的产业格局。") == []
    assert texts("确保实现“双百亿”目标。") == ["百亿"]


def test_a_qualifier_is_not_the_end_of_a_word():
    assert texts("本次签约11个优质项目，履约率100%。") == ["11个", "100%"]
    assert texts("总投资约3亿元，接近90%的企业已复工。") == ["约3亿元", "90%"]


def test_a_noisy_page_yields_only_real_figures():
    s = summarize(NOISY_PAGE, SummaryOptions(mode="extractive"), settings=extractive_settings())
    assert sorted(f.text for f in s.figures) == sorted(["48.6亿元", "7.2%", "23个"])


def en_texts(sentence: str) -> list[str]:
    return [f.text for f in extract_figures(sentence, language="en")]


def test_an_english_telephone_numbers_groups_are_no_figures():
    assert en_texts("Media contact: press@ashcombe.example | 01632 960 412") == []
    assert en_texts("Media: Halcombe Partners, +44 (0)20 7946 0321, or the 24-hour line (555) 013-4100.") == []
    assert en_texts("Revenue rose 4.2% to £3.4bn; call 0300 555 0142 for the full report.") == ["4.2%", "£3.4bn"]
    assert en_texts("The fee fell to 0.5% and 1,200 members joined.") == ["0.5%", "1,200 members"]
    # (a local number of six digits, as the drama ranges write it)
    assert en_texts("Contact: research@activetarnside.example | 01632 960224") == []
    assert en_texts("Media enquiries: press@corvane.example | +44 1632 960553") == []
