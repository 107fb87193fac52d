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
