"""The model's kinds are checked against the rules of service/figures/kinds.py (one owner of kinds)."""

from __future__ import annotations

import json

from service.pipeline import summarize
from service.schemas import SummaryOptions
from service.testing.stub_llm import reply
from tests.support import llm_settings

DOCUMENT = (
    "2024年，某县新签约项目12个，总投资86亿元。全年规上工业产值突破120亿元，同比增长9%。"
    "2025年，力争规上工业产值达到150亿元。"
)


def figure(text: str, kind: str, quote: str) -> dict:
    return {"subject": "x", "text": text, "value": None, "unit": "", "kind": kind, "period": None, "quote": quote}


def test_rules_win_where_the_grammar_is_unambiguous_and_disagreements_are_flagged(stub, tmp_path):
    answer = {
        "title": None,
        "summary": "某县新签约项目12个，总投资86亿元，规上工业产值突破120亿元。",
        "key_points": [{"text": "签约项目12个", "evidence": ["新签约项目12个，总投资86亿元"]}],
        "figures": [
            figure("86亿元", "achieved", "新签约项目12个，总投资86亿元"),  # a batch's size: other
            figure("150亿元", "achieved", "力争规上工业产值达到150亿元"),  # a plan verb: target
            figure("120亿元", "achieved", "全年规上工业产值突破120亿元"),  # agrees
        ],
        "entities": {"places": [], "organizations": [], "people": [], "projects": []},
    }
    stub.script(reply(json.dumps(answer, ensure_ascii=False)))
    settings = llm_settings(tmp_path / "cache", stub.base_url, "sk-test-kinds")
    result = summarize(DOCUMENT, SummaryOptions(mode="llm"), settings=settings)
    assert result.method == "llm"
    kinds = {f.text: f for f in result.figures}
    assert kinds["86亿元"].kind == "other" and kinds["150亿元"].kind == "target"
    assert kinds["120亿元"].kind == "achieved" and not kinds["120亿元"].warnings
    assert any(w.startswith("kind_disagrees:model=achieved,rules=other") for w in kinds["86亿元"].warnings)
    assert any(w.startswith("kind_disagrees:model=achieved,rules=target") for w in kinds["150亿元"].warnings)
    assert "llm_kinds_corrected:2" in result.warnings


def test_the_model_is_checked_as_the_extractive_path_reads_a_sentence(stub, tmp_path):
    """An earlier year's level compared with, and the next members of a list of sizes, are what the
    extractive path says they are (other), not a result the rules read the model's way."""
    document = ("今年1—9月，公司实现营业收入7.3亿元，较2023年同期的5.1亿元增长43%。"
                "新开工项目3个，总投资分别为28.6亿元、9.75亿元和4亿元。")
    answer = {
        "title": None,
        "summary": "公司实现营业收入7.3亿元，新开工项目3个。",
        "key_points": [{"text": "营业收入7.3亿元", "evidence": ["公司实现营业收入7.3亿元"]}],
        "figures": [
            figure("5.1亿元", "achieved", "公司实现营业收入7.3亿元，较2023年同期的5.1亿元增长43%"),
            figure("9.75亿元", "achieved", "新开工项目3个，总投资分别为28.6亿元、9.75亿元和4亿元"),
        ],
        "entities": {"places": [], "organizations": [], "people": [], "projects": []},
    }
    stub.script(reply(json.dumps(answer, ensure_ascii=False)))
    settings = llm_settings(tmp_path / "cache", stub.base_url, "sk-test-kinds")
    result = summarize(document, SummaryOptions(mode="llm"), settings=settings)
    kinds = {f.text: f.kind for f in result.figures}
    assert kinds["5.1亿元"] == "other" and kinds["9.75亿元"] == "other"
    assert "llm_kinds_corrected:2" in result.warnings


def test_an_english_figures_value_is_read_from_its_text_with_its_scale_currency_and_sign(stub, tmp_path):
    """What the model writes as a figure's text is read by the English grammar: '£4.2 million' is
    4,200,000 pounds (not a bare 4.2), and a change written '-4.7%' is a fall."""
    document = ("The council spent £4.2 million on road repairs in 2024. "
                "Freight volumes: | Coal | 6,150,000 | 7,320,000 | -4.7% |\n\n| Net debt ($m) | 84.2 | 131.5 |")
    answer = {
        "title": None,
        "summary": "The council spent £4.2 million on road repairs.",
        "key_points": [{"text": "£4.2 million on roads", "evidence": ["The council spent £4.2 million on road repairs"]}],
        "figures": [
            figure("£4.2 million", "achieved", "The council spent £4.2 million on road repairs in 2024"),
            figure("-4.7%", "achieved", "| Coal | 6,150,000 | 7,320,000 | -4.7% |"),
            {**figure("84.2", "achieved", "| Net debt ($m) | 84.2 | 131.5 |"), "value": 84_200_000.0, "unit": "USD"},
            figure("131.5", "other", "| Net debt ($m) | 84.2 | 131.5 |"),  # (no reading of its own: its label's)
        ],
        "entities": {"places": [], "organizations": [], "people": [], "projects": []},
    }
    stub.script(reply(json.dumps(answer)))
    settings = llm_settings(tmp_path / "cache", stub.base_url, "sk-test-values")
    result = summarize(document, SummaryOptions(mode="llm"), settings=settings)
    assert result.method == "llm"
    values = {f.text: (f.value, f.unit) for f in result.figures}
    assert values["£4.2 million"] == (4_200_000.0, "GBP")
    assert values["-4.7%"] == (-4.7, "%")
    assert values["84.2"] == (84_200_000.0, "USD")  # (the model's reading of a bare cell in its table's unit)
    assert values["131.5"] == (131_500_000.0, "USD")
