"""The LLM cache key, pinned byte for byte.

Every key names answers users have paid for: a refactor that changes a key silently throws their
cache away. If this test fails, either undo the change to the key's inputs, or (when the change
is meant: new prompts, a new reply schema) update the pinned values here in the same commit and
say so in its message.
"""

from __future__ import annotations

from service.chunk import chunk
from service.document import prepare
from service.llm.keys import cache_key
from service.llm.prompts import prompt_version
from service.llm.replies import ChunkSummary, MergedSummary, schema_hash
from service.schemas import SummaryOptions
from service.settings import Settings
from tests.support import DOCUMENTS

SETTINGS = Settings(_env_file=None, openai_api_key="sk-any-key-is-not-part-of-the-key", cache_dir="/nonexistent")


def test_prompt_and_schema_versions_are_the_pinned_ones():
    assert prompt_version() == (
        "map.system@1:e9efd6454de2,map.user@1:aa8027f1e866,merge.system@1:b16b19aa6f9f,merge.user@1:fe6a95648171"
    )
    assert schema_hash(ChunkSummary) == "66a371e869126b65"
    assert schema_hash(MergedSummary) == "f84590f781d81b9f"


def test_map_and_merge_keys_are_pinned():
    prepared = prepare((DOCUMENTS / "loans_zh.txt").read_text(encoding="utf-8"))
    chunks = chunk(prepared.clean.analysis, prepared.sentences, budget=SETTINGS.chunk_tokens)
    assert len(chunks) == 1
    text = prepared.clean.analysis[chunks[0].start : chunks[0].end].strip()
    common = {"language": "zh", "max_chars": SummaryOptions().budget_for("zh"), "mode": "json_schema"}
    assert cache_key(SETTINGS, kind="map", model=ChunkSummary, scope="whole", payload=text, **common) == (
        "766927d6196fd45bd68d56c32010d8a0aa56acfff13ec2341075e8f2410c6432"
    )
    assert cache_key(SETTINGS, kind="merge", model=MergedSummary, scope="final", payload='{"a": 1}\n{"b": 2}',
                     **common) == "ad4cd262b37ce312f40b620073fb7605683319394eff62b1fc6eaa79f8a867f0"


def test_the_key_ignores_the_api_key_and_credentials_in_the_endpoint():
    common = {"kind": "map", "model": ChunkSummary, "scope": "whole", "payload": "x", "language": "zh",
              "max_chars": 300, "mode": "json_schema"}
    a = Settings(_env_file=None, openai_api_key="sk-one", openai_base_url="https://user:pw@llm.example/v1/")
    b = Settings(_env_file=None, openai_api_key="sk-two", openai_base_url="https://llm.example/v1")
    assert cache_key(a, **common) == cache_key(b, **common)
    c = Settings(_env_file=None, openai_api_key="sk-two", openai_base_url="https://other.example/v1")
    assert cache_key(c, **common) != cache_key(b, **common)
