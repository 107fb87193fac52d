"""What many test modules share: paths to the corpus and fixtures, and settings builders.

Settings are always built explicitly (`_env_file=None`), so a developer's `.env` or environment
never changes what a test sees.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from service.pipeline import summarize
from service.schemas import Figure, SummaryOptions
from service.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
SEEDS_DIR = ROOT / "seeds"
SEEDS = sorted(SEEDS_DIR.glob("*.txt"))
FIXTURES = ROOT / "fixtures"
CASSETTES = FIXTURES / "cassettes"
DOCUMENTS = FIXTURES / "documents"
DATA = ROOT / "tests" / "data"
# The evaluation set beside the repository (absent in a lone clone: tests that need it skip).
EVAL = ROOT.parent / "shared" / "eval"

# Backoff without Retry-After in hundredths of a second: its shape is what tests check, not its
# real-world seconds.
FAST_BACKOFF: dict[str, Any] = {"backoff_initial": 0.01, "backoff_max": 0.05}


def seed_text(stem_prefix: str) -> str:
    """The seed whose file name starts with `stem_prefix` ("003" -> seeds/003_….txt)."""
    (path,) = [p for p in SEEDS if p.name.startswith(stem_prefix)]
    return path.read_text(encoding="utf-8")


def extractive_settings(**values: Any) -> Settings:
    """Settings with no LLM key (the embedded default)."""
    return Settings(_env_file=None, openai_api_key=None, **values)


def extractive_figures(text: str) -> dict[str, Figure]:
    """The figures of `text`'s extractive summary, by the figure as written."""
    return {f.text: f for f in summarize(text, SummaryOptions(mode="extractive"), settings=extractive_settings()).figures}


def extractive_kinds(text: str) -> dict[str, str]:
    """The kind of each figure of `text`'s extractive summary, by the figure as written."""
    return {text_: f.kind for text_, f in extractive_figures(text).items()}


def llm_settings(cache_dir: Path, base_url: str, api_key: str, **values: Any) -> Settings:
    """Settings for the LLM path against `base_url` (a stub), with fast backoff and short timeouts."""
    base: dict[str, Any] = {
        "openai_api_key": api_key,
        "openai_base_url": base_url,
        "cache_dir": cache_dir,
        "request_timeout": 5,
        "total_timeout": 20,
        "max_retries": 3,
        "api_token": None,
        **FAST_BACKOFF,
    }
    base.update(values)
    return Settings(_env_file=None, **base)
