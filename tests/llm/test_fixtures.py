"""LLM path replayed from the cassettes in fixtures/cassettes, with the network blocked.

Hand-written fixtures show the well-formed paths (one chunk = one call; four chunks, four map
calls and one merge, figures from several chunks grounded, an invented figure dropped). Recorded
fixtures (llama.cpp + Gemma 3 270M) show what a poor real model gets: its ungrounded output never
reaches the user. See fixtures/README.md for which is which. A replay that does not match (the
prompts or the cleaning changed) fails with a hint to re-record.
"""

from __future__ import annotations

import json
import socket
from pathlib import Path

import pytest

from service.document import prepare
from service.pipeline import summarize
from service.schemas import SummaryOptions
from service.settings import Settings
from service.testing.record import cassette_responses, llm_vcr
from tests.support import CASSETTES, ROOT

FAKE_KEY = "sk-zhaiyao-FAKE-KEY-replay"
RERECORD = "replay did not match the cassette: re-record it (see fixtures/README.md)"


@pytest.fixture
def no_network(monkeypatch):
    """Any real connection attempt fails the test (vcr serves everything from the cassette)."""

    def refuse(*args, **kwargs):
        raise AssertionError("network access during a fixture replay")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    yield


def meta_of(name: str) -> dict:
    return json.loads((CASSETTES / f"{name}.meta.json").read_text(encoding="utf-8"))


def replay(name: str, tmp_path: Path):
    """Summarize the fixture's document with the cassette's settings."""
    meta = meta_of(name)
    recorded = meta["settings"]
    limits = {}
    if recorded.get("max_tokens"):
        limits = {"map_max_tokens": recorded["max_tokens"], "merge_max_tokens": recorded["max_tokens"]}
    settings = Settings(
        _env_file=None,
        **limits,
        OPENAI_API_KEY=FAKE_KEY,
        OPENAI_BASE_URL="http://llm.recorded/v1",
        ZHAIYAO_MODEL=recorded["ZHAIYAO_MODEL"],
        ZHAIYAO_CHUNK_TOKENS=recorded["ZHAIYAO_CHUNK_TOKENS"],
        ZHAIYAO_CONTEXT_TOKENS=recorded.get("ZHAIYAO_CONTEXT_TOKENS", 128_000),
        ZHAIYAO_RESPONSE_FORMAT=recorded["ZHAIYAO_RESPONSE_FORMAT"],
        ZHAIYAO_CACHE_DIR=str(tmp_path / "cache"),
        ZHAIYAO_MAX_RETRIES=0,
        ZHAIYAO_REQUEST_TIMEOUT=5,
        ZHAIYAO_TOTAL_TIMEOUT=10,
    )
    text = (ROOT / meta["document"]).read_text(encoding="utf-8")
    options = SummaryOptions(mode="llm", max_chars=recorded.get("max_chars"))
    with llm_vcr("none").use_cassette(str(CASSETTES / f"{name}.yaml")) as cassette:
        result = summarize(text, options, settings=settings)
        played = cassette.play_count
        all_played = cassette.all_played
    return result, played, all_played, text


def test_hand_written_one_chunk_fixture_takes_one_call(tmp_path, no_network):
    result, played, all_played, text = replay("hand_loans_onechunk", tmp_path)
    assert played == 1 and all_played, RERECORD
    assert result.method == "llm" and result.model == "gpt-4o-mini"
    assert result.stats.llm_calls == 1 and result.stats.chunks == 1
    assert result.title == "全市制造业贷款余额突破1500亿元"
    assert "1501.66亿元" in result.summary
    by_text = {f.text: f for f in result.figures}
    assert set(by_text) == {"7938.34亿元", "950.55亿元", "1501.66亿元", "140亿元", "75亿元"}
    assert by_text["1501.66亿元"].value == pytest.approx(1.5016600e11)
    assert by_text["1501.66亿元"].kind == "achieved" and by_text["1501.66亿元"].period == "2022"
    clean = prepare(text).clean.text
    assert all(f.quote in clean for f in result.figures)
    assert all(e.quote in clean for k in result.key_points for e in k.evidence)
    assert all(text[f.span[0] : f.span[1]] == f.source_quote for f in result.figures)
    assert not any(w.startswith("ungrounded") for w in result.warnings)


def test_hand_written_multi_chunk_fixture_maps_then_merges(tmp_path, no_network):
    result, played, all_played, text = replay("hand_seed003_multichunk", tmp_path)
    assert played == 5 and all_played, RERECORD
    assert result.method == "llm"
    assert result.stats.chunks == 4 and result.stats.llm_calls == 5
    # The page's own title wins over the model's (pipeline rule); the model's is the fallback.
    assert result.title == (prepare(text).clean.title or "镇江各界贯彻市项目攻坚暨产业强市大会精神")
    assert len(result.key_points) == 5
    figures = {f.text: f for f in result.figures}
    # Figures come from the map answers of several chunks, all grounded in the document.
    assert {"16.5亿元", "200亿元", "1.58亿元"} <= set(figures)  # chunk 2
    assert {"72个", "70%", "1501.66亿元", "75亿元"} <= set(figures)  # chunk 3
    clean = prepare(text).clean.text
    assert all(f.quote in clean for f in result.figures)
    # The hand-written answers hold one invented figure (2000万元; the text says 1000万元).
    assert "2000万元" not in figures
    assert "ungrounded_figures_dropped:1" in result.warnings
    assert figures["16.5亿元"].value == pytest.approx(1.65e9) and figures["70%"].unit == "%"
    # Entities are the union of the chunks' entities.
    names = {p.name for p in result.entities.people}
    assert {"谈沁磊", "潘海飞", "路月中"} <= names


def test_multi_chunk_replay_then_cache_makes_no_requests(tmp_path, no_network):
    result, played, _, _ = replay("hand_seed003_multichunk", tmp_path)
    assert played == 5
    # Same document, same cache, an empty cassette would refuse any request: all from cache.
    again, played_again, _, _ = replay("hand_seed003_multichunk", tmp_path)
    assert played_again == 0
    assert again.stats.llm_calls == 0 and again.stats.cache_hits == 5
    assert again.summary == result.summary


def recorded_names() -> list[str]:
    return sorted(
        p.name.removesuffix(".meta.json")
        for p in CASSETTES.glob("*.meta.json")
        if json.loads(p.read_text(encoding="utf-8"))["kind"] == "recorded"
    )


@pytest.mark.parametrize("name", recorded_names())
def test_recorded_poor_model_output_never_reaches_the_user_ungrounded(name, tmp_path, no_network):
    """Real answers of a 270M model: whatever they hold, the user gets either a grounded LLM
    summary (untraceable figures and quotes dropped and counted) or the extractive fallback with
    a warning naming why."""
    meta = meta_of(name)
    result, played, all_played, text = replay(name, tmp_path)
    assert all_played, RERECORD
    assert played == meta["interactions"]
    assert result.method == meta["outcome"]["method"]
    cleaned = prepare(text).clean
    clean, headline = cleaned.text, cleaned.title or ""
    assert result.summary.strip()
    # (a figure of the headline is quoted from it: cleaning takes the headline out of the text)
    assert all((f.quote in clean or f.quote in headline) and f.text in f.quote for f in result.figures)
    assert all(text[f.span[0] : f.span[1]] == f.source_quote for f in result.figures)
    assert all(e.quote in clean for k in result.key_points for e in k.evidence)
    assert all(text[e.span[0] : e.span[1]] == e.source_quote for k in result.key_points for e in k.evidence)
    if result.method == "extractive":
        assert any(w.startswith("llm_fallback:") for w in result.warnings)
    else:
        # Count what the model claimed against what survived grounding.
        claimed = 0
        for body in cassette_responses(CASSETTES / f"{name}.yaml"):
            try:
                content = json.loads(body["choices"][0]["message"]["content"])
            except (KeyError, IndexError, TypeError, ValueError):
                continue
            claimed = max(claimed, len(content.get("figures") or []))
        if claimed > len(result.figures):
            assert any(w.startswith("ungrounded_figures_dropped:") for w in result.warnings)
