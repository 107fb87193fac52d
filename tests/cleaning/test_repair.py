"""Mojibake: repaired where the repair is certain, flagged as suspect where it is not."""

from __future__ import annotations

import pytest

from service.cleaning import clean, repair_mojibake
from service.cleaning.repair import find_suspect
from service.pipeline import summarize
from service.schemas import SummaryOptions
from tests.support import DATA, SEEDS, extractive_settings


def test_seed_mojibake_is_repaired_or_flagged():
    seed = next((p for p in SEEDS if p.stem.startswith("001")), None)
    if seed is None:
        pytest.skip("seed 001 absent")
    c = clean(seed.read_text(encoding="utf-8"))
    assert "“漣水縣堅決貫徹" in c.text and "”洪然說。" in c.text
    assert [c.text[a:b] for a, b in c.suspect] == ["!比涨"]
    assert "mojibake_unrepaired:1" in c.warnings


def test_mojibake_run_repaired_and_flagged():
    c = clean((DATA / "mojibake.txt").read_text(encoding="utf-8"))
    assert "全区新增就业岗位8600个，同比增长12%。" in c.text  # UTF-8 read as Latin-1, fixed by ftfy
    assert "強調“漣水縣將全力以赴" in c.text  # byte-shifted GBK quotation mark, realigned
    spans = [c.text[a:b] for a, b in c.suspect]
    assert spans == ["!比涨"]
    assert any(w.startswith("mojibake_repaired:") for w in c.warnings)
    assert "mojibake_unrepaired:1" in c.warnings
    assert repair_mojibake("鍙戝竷鏃堕棿")[0] == "发布时间"  # UTF-8 read as GBK
    # an ordinary exclamation mark before Chinese text is left alone
    plain = clean("太好了!比赛结果出来了，全队得了26分。")
    assert plain.suspect == [] and "太好了!比赛" in plain.text


def test_question_and_exclamation_marks_typed_together_are_not_repaired():
    text = "真的能实现吗?!比赛已经开始了。还有这样的事?!漣水縣新签约项目26个。"
    assert repair_mojibake(text)[0] == text


def test_a_times_sign_before_a_closing_quote_is_no_mojibake():
    text = "全年举办“数据要素×”场景对接活动九场，发布数据应用场景清单65项。"
    s = summarize(text, SummaryOptions(mode="extractive"), settings=extractive_settings())
    assert not any(w.startswith("mojibake") for w in s.warnings)
    assert {f.text for f in s.figures} >= {"九场", "65项"}
    assert find_suspect("Ã©tÃ© à la plage") != []  # (Latin-1 read UTF-8 is still found)
