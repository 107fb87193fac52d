"""The compiled build beside the checkout (`make compiled`): build/compiled holds the package with its CPU stages
compiled by mypyc (setup.py), for the bench and tests/test_compiled.py to run beside the pure-Python checkout.

    .venv/bin/python bench/compiled_build.py          # build it (again, when the sources changed)
    .venv/bin/python bench/compiled_build.py --path   # where it is, when it is up to date (else nothing)
    PYTHONPATH=build/compiled .venv/bin/zhaiyao ...   # run it (cwd anywhere but the checkout's root)

A build records the digest of the sources it was built from: one that no longer matches is stale, and is not
measured or tested as if it were this code.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BUILD = ROOT / "build" / "compiled"
STAMP = BUILD / "SOURCES.sha256"


def source_digest() -> str:
    """The digest of what a build is made of: the package's Python files, setup.py and pyproject.toml."""
    h = hashlib.sha256()
    files = sorted((ROOT / "service").rglob("*.py")) + [ROOT / "setup.py", ROOT / "pyproject.toml"]
    for path in files:
        h.update(str(path.relative_to(ROOT)).encode())
        h.update(path.read_bytes())
    return h.hexdigest()


def state() -> str:
    """'fresh', 'stale' (built from other sources) or 'missing'."""
    if not STAMP.is_file():
        return "missing"
    return "fresh" if STAMP.read_text().strip() == source_digest() else "stale"


def environment() -> dict[str, str]:
    """The environment of a process that imports the compiled build (run it outside the checkout's root, where
    `service/` would come first)."""
    return {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(BUILD), os.environ.get("PYTHONPATH")]))}


def build() -> None:
    digest = source_digest()
    with tempfile.TemporaryDirectory(prefix="zhaiyao-wheel-") as wheels:
        subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-build-isolation", "--no-deps", "-w", wheels,
                        str(ROOT)], cwd=ROOT, env={**os.environ, "ZHAIYAO_COMPILE": "1"}, check=True)
        shutil.rmtree(BUILD, ignore_errors=True)
        (wheel,) = Path(wheels).glob("zhaiyao-*.whl")
        subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", str(BUILD), str(wheel)],
                       check=True)
    _warm()
    STAMP.write_text(digest + "\n")


# Summarizes a Chinese and an English document, so that every pattern a summary compiles is compiled once here.
_WARM = """
from service.pipeline import summarize
from service.schemas import SummaryOptions
from service.settings import Settings
settings, options = Settings(_env_file=None, openai_api_key=None), SummaryOptions(mode="extractive")
summarize("今年全县规上工业产值突破60亿元，同比增长86%。力争明年达到80亿元。", options, settings=settings)
summarize("Output rose 8.6% to $6bn in 2024. The council aims to reach $8bn by 2026.", options, settings=settings)
"""


def _warm() -> None:
    """Start the build once where it may write its pattern cache (service/re_cache.py, beside the bytecode): a start
    that finds the cache hands the engine what it compiled, instead of compiling about 650 patterns (~0.35 s)."""
    env = {k: v for k, v in environment().items() if k != "PYTHONDONTWRITEBYTECODE"}
    with tempfile.TemporaryDirectory(prefix="zhaiyao-warm-") as cwd:
        subprocess.run([sys.executable, "-c", _WARM], env=env, cwd=cwd, check=True)


if __name__ == "__main__":
    if "--path" in sys.argv:
        # (what make serve, worker and batch put on PYTHONPATH: the build when it is up to date, else nothing, and the
        # pure-Python checkout runs)
        if (built := state()) == "fresh":
            print(BUILD)
        else:
            print(f"the compiled build is {built}: running the pure-Python code", file=sys.stderr)
    elif state() == "fresh" and "--force" not in sys.argv:
        print(f"{BUILD.relative_to(ROOT)}: up to date")
    else:
        build()
        print(f"{BUILD.relative_to(ROOT)}: built")
