"""Compiled patterns kept between starts (service/re_cache.py): what comes back from the file is
the pattern re.compile makes, and nothing that goes wrong with the file changes a match."""

from __future__ import annotations

import importlib
import json
import os
import pkgutil
import re
import subprocess
import sys
from pathlib import Path

import pytest

import service
from service import re_cache
from service.re_cache import PatternCache

ROOT = Path(__file__).resolve().parents[1]

SAMPLES = [
    (r"[\u4e00-\u9fff\u3400-\u4dbf]{2,}(?:主办|承办)", 0),
    (r"(?P<year>(?:19|20)\d{2})年(?P<month>\d{1,2})月", 0),
    (r"\b(?:target|goal)s?\s+of\b", re.I),
    (r"""(?x) (\d+(?:\.\d+)?)   # a number
              \s* (%|亿元|万元)    # its unit""", 0),
]


def _fill(path: Path) -> PatternCache:
    cache = PatternCache(path)
    for pattern, flags in SAMPLES:
        cache.compile(pattern, flags)
    cache.save()
    return cache


def test_patterns_come_back_from_the_file_as_re_compile_makes_them(tmp_path: Path) -> None:
    path = tmp_path / "re-cache.marshal"
    first = _fill(path)
    assert first.added == 0 and path.exists()  # saved
    again = PatternCache(path)
    for pattern, flags in SAMPLES:
        compiled = again.compile(pattern, flags)
        assert compiled == re.compile(pattern, flags)  # same text, flags and engine code
        assert compiled.groupindex == re.compile(pattern, flags).groupindex
    assert again.hits == len(SAMPLES) and again.added == 0
    m = again.compile(SAMPLES[1][0]).search("截至2024年6月底")
    assert m is not None and m.group("year", "month") == ("2024", "6")
    assert again.compile(SAMPLES[3][0]).findall("增长8.6%，投资12亿元") == [("8.6", "%"), ("12", "亿元")]


def test_a_damaged_file_or_entry_falls_back_to_re_compile(tmp_path: Path) -> None:
    path = tmp_path / "re-cache.marshal"
    path.write_bytes(b"\x00not marshal at all")
    cache = PatternCache(path)
    assert cache.compile(*SAMPLES[0]) == re.compile(*SAMPLES[0])

    _fill(path)
    cache = PatternCache(path)
    key = (SAMPLES[1][0], 0)
    flags, code, groups, index, names = cache.entries[key]
    cache.entries[key] = (flags, code[:5], groups, index, names)  # code the engine refuses
    assert cache.compile(*SAMPLES[1]) == re.compile(*SAMPLES[1])
    assert cache.added == 1  # compiled afresh and kept again, whole


def test_nothing_is_written_where_bytecode_would_not_be(tmp_path: Path) -> None:
    path = tmp_path / "re-cache.marshal"
    cache = PatternCache(path, writable=False)
    cache.compile(*SAMPLES[0])
    cache.save()
    assert not path.exists()
    blocked = tmp_path / "a-file-not-a-directory"
    blocked.write_text("")
    cache = PatternCache(blocked / "re-cache.marshal")
    cache.compile(*SAMPLES[0])
    cache.save()  # cannot create the directory: no error, nothing written
    assert cache.compile(*SAMPLES[0]) == re.compile(*SAMPLES[0])


def test_every_pattern_of_the_package_survives_the_file(tmp_path: Path) -> None:
    for mod in pkgutil.walk_packages(service.__path__, "service."):
        importlib.import_module(mod.name)
    keys = [k for k in re_cache.PATTERNS.compiled if isinstance(k[0], str)]  # bytes patterns are not kept
    assert len(keys) > 300
    path = tmp_path / "re-cache.marshal"
    writer = PatternCache(path)
    for pattern, flags in keys:
        writer.compile(pattern, flags)
    writer.save()
    reader = PatternCache(path)
    for pattern, flags in keys:
        assert reader.compile(pattern, flags) == re.compile(pattern, flags), pattern
    assert reader.hits == len(keys)


@pytest.mark.skipif(sys.implementation.name != "cpython", reason="the file holds CPython's engine code")
def test_the_second_start_compiles_nothing(tmp_path: Path) -> None:
    """Two starts of the package as the command makes them: the second reads every pattern."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    probe = ("import json, service.pipeline, service.cli; from service.re_cache import PATTERNS; "
             "print(json.dumps([PATTERNS.hits, PATTERNS.added, len(PATTERNS.compiled)]))")
    runs = [json.loads(subprocess.run([sys.executable, "-c", probe], cwd=ROOT, env=env, capture_output=True,
                                      text=True, check=True).stdout) for _ in range(2)]
    hits, added, compiled = runs[1]
    assert added == 0 and hits == compiled > 250
