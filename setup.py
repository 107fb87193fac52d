"""The optional compiled build: ZHAIYAO_COMPILE=1 compiles the CPU stages with mypyc.

Everything else about the package is in pyproject.toml. A plain `pip install .` (and the editable
install of `make install`) is pure Python, so an edit to a stage takes effect at once. With
ZHAIYAO_COMPILE=1 the modules of `compiled_modules()` become C extensions (about 1.3x the
extractive path's speed, the same output: tests/test_compiled.py); it needs mypy and a C compiler,
and takes a minute or two (`make compiled` builds it beside the checkout, for the bench and its test:
bench/compiled_build.py).
"""

from __future__ import annotations

import os
from pathlib import Path

from setuptools import setup

ROOT = Path(__file__).resolve().parent

# The stages an extractive summary runs through, every sentence of every document: cleaning, segmenting,
# figures, the extractive summarizer, grounding, entities. Not compiled: what reads a file's format (HTML,
# PDF, Word, encodings: the libraries they call do the work), and what is not on the per-sentence path.
_COMPILED_DIRS = ("service/figures", "service/extractive")
_COMPILED_CLEANING = (
    "aligned", "chrome", "chrome_en", "chrome_rules", "columns", "injection", "markdown", "masthead_en", "metadata",
    "normalize", "notices", "rejoin", "repair", "rows", "script", "source_map", "stage",
)
_COMPILED_FILES = ("service/segment.py", "service/ground.py", "service/entities.py", "service/entities_en.py")


def compiled_modules() -> list[str]:
    """The files mypyc compiles, relative to the repository's root."""
    files = [str(p.relative_to(ROOT)) for d in _COMPILED_DIRS for p in sorted((ROOT / d).glob("*.py"))]
    files += [f"service/cleaning/{name}.py" for name in _COMPILED_CLEANING]
    return files + list(_COMPILED_FILES)


def _ext_modules() -> list:
    if os.environ.get("ZHAIYAO_COMPILE") != "1":
        return []
    # (only for the compiled build: mypy is no dependency of the package)
    try:
        from mypyc.build import mypycify
    except ImportError as e:
        raise SystemExit("ZHAIYAO_COMPILE=1 needs mypy where the package is built: pip install 'mypy>=1.10', then "
                         "pip install --no-build-isolation . (or: make compiled)") from e

    os.chdir(ROOT)  # (mypycify takes paths relative to where it runs)
    return mypycify(compiled_modules(), opt_level="3", multi_file=True)


# (the C files compile in parallel, one per core)
setup(ext_modules=_ext_modules(), options={"build_ext": {"parallel": os.cpu_count() or 1}})
