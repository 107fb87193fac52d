"""The LLM cache key, pinned byte for byte.

Every key names answers users have paid for: a refactor that changes a key silently throws their
cache away. If this test fails, either undo the change to the key's inputs, or (when the change
is meant: new prompts, a new reply schema) update the pinned values here in the same commit and
say so in its message.
"""

from __future__ import annotations

from service.document import prepare
from service.llm.keys import cache_key
from service.llm.plan import plan_document
from service.llm.prompts import prompt_version
from service.llm.replies import ChunkSummary, MergedSummary, schema_hash
from service.schemas import SummaryOptions
from service.settings import Settings
from tests.support import DOCUMENTS

SETTINGS = Settings(_env_file=None, openai_api_key="sk-any-key-is-not-part-of-the-key", cache_dir="/nonexistent")


def test_prompt_and_schema_versions_are_the_pinned_ones():
    assert prompt_version() == (
        "map.system@2:549541608eea,map.user@2:86c1cf21153c,merge.system@2:7d935bd39da9,merge.user@2:0a48b6bb6b5b"
    )
    assert schema_hash(ChunkSummary) == "66a371e869126b65"
    assert schema_hash(MergedSummary) == "f84590f781d81b9f"


def test_map_and_merge_keys_are_pinned():
    prepared = prepare((DOCUMENTS / "loans_zh.txt").read_text(encoding="utf-8"))
    (call,) = plan_document(prepared, SummaryOptions(), SETTINGS).map_calls
    text = prepared.clean.analysis[call.start : call.end].strip()
    common = {"language": "zh", "max_chars": SummaryOptions().budget_for("zh"), "mode": "json_schema"}
    key = cache_key(SETTINGS, kind="map", model=ChunkSummary, scope="whole", payload=text, **common)
    assert key == (
        "cfcffa69b03971f4be865aef10b497a6a81b2e727a9bf98b16f62c2478cc5baa"
    )
    # The key the run (and the Batch API path) looks answers up under is this one.
    assert call.key == key
    assert cache_key(SETTINGS, kind="merge", model=MergedSummary, scope="final", payload='{"a": 1}\n{"b": 2}',
                     **common) == "ed6fb431aae958bf679eb1cf11415c5cefa5598d8ead95b51cd22ddeadd2111a"


def test_the_key_ignores_the_api_key_and_credentials_in_the_endpoint():
    common = {"kind": "map", "model": ChunkSummary, "scope": "whole", "payload": "x", "language": "zh",
              "max_chars": 300, "mode": "json_schema"}
    a = Settings(_env_file=None, openai_api_key="sk-one", openai_base_url="https://user:pw@llm.example/v1/")
    b = Settings(_env_file=None, openai_api_key="sk-two", openai_base_url="https://llm.example/v1")
    assert cache_key(a, **common) == cache_key(b, **common)
    c = Settings(_env_file=None, openai_api_key="sk-two", openai_base_url="https://other.example/v1")
    assert cache_key(c, **common) != cache_key(b, **common)
