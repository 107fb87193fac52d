"""Compiled patterns kept between starts (service/re_cache.py): what comes back from the file is
the pattern compiled the first time, it matches what re.compile's pattern matches (the characters a
match begins with, service/re_first.py, only let the engine skip), and nothing that goes wrong with
the file changes a match."""

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
from service.re_first import with_first_chars

ROOT = Path(__file__).resolve().parents[1]

SAMPLES = [
    (r"[\u4e00-\u9fff\u3400-\u4dbf]{2,}(?:主办|承办)", 0),
    (r"(?P<year>(?:19|20)\d{2})年(?P<month>\d{1,2})月", 0),
    (r"\b(?:target|goal)s?\s+of\b", re.I),
    (r"""(?x) (\d+(?:\.\d+)?)   # a number
              \s* (%|亿元|万元)    # its unit""", 0),
]


def _same(ours: re.Pattern[str], standard: re.Pattern[str]) -> bool:
    """The same pattern text, flags and groups (the code may differ by its first characters)."""
    return (ours.pattern, ours.flags, ours.groups, ours.groupindex) == (
        standard.pattern, standard.flags, standard.groups, standard.groupindex)


def _fill(path: Path) -> PatternCache:
    cache = PatternCache(path)
    for pattern, flags in SAMPLES:
        cache.compile(pattern, flags)
    cache.save()
    return cache


def test_patterns_come_back_from_the_file_as_they_were_compiled(tmp_path: Path) -> None:
    path = tmp_path / "re-cache.marshal"
    first = _fill(path)
    assert first.added == 0 and path.exists()  # saved
    again = PatternCache(path)
    for pattern, flags in SAMPLES:
        compiled = again.compile(pattern, flags)
        assert compiled == first.compile(pattern, flags)  # same text, flags and engine code
        assert _same(compiled, re.compile(pattern, flags))
    assert again.hits == len(SAMPLES) and again.added == 0
    m = again.compile(SAMPLES[1][0]).search("截至2024年6月底")
    assert m is not None and m.group("year", "month") == ("2024", "6")
    assert again.compile(SAMPLES[3][0]).findall("增长8.6%，投资12亿元") == [("8.6", "%"), ("12", "亿元")]


def test_a_damaged_file_or_entry_falls_back_to_re_compile(tmp_path: Path) -> None:
    path = tmp_path / "re-cache.marshal"
    path.write_bytes(b"\x00not marshal at all")
    cache = PatternCache(path)
    assert _same(cache.compile(*SAMPLES[0]), re.compile(*SAMPLES[0]))

    _fill(path)
    cache = PatternCache(path)
    key = (SAMPLES[1][0], 0)
    flags, code, groups, index, names = cache.entries[key]
    cache.entries[key] = (flags, code[:5], groups, index, names)  # code the engine refuses
    assert _same(cache.compile(*SAMPLES[1]), re.compile(*SAMPLES[1]))
    assert cache.compile(*SAMPLES[1]).findall("2024年6月") == [("2024", "6")]
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
    assert _same(cache.compile(*SAMPLES[0]), re.compile(*SAMPLES[0]))


def _package_patterns() -> list[tuple[str, int]]:
    for mod in pkgutil.walk_packages(service.__path__, "service."):
        importlib.import_module(mod.name)
    return [k for k in re_cache.PATTERNS.compiled if isinstance(k[0], str)]  # bytes patterns are not kept


def test_every_pattern_of_the_package_survives_the_file(tmp_path: Path) -> None:
    keys = _package_patterns()
    assert len(keys) > 300
    path = tmp_path / "re-cache.marshal"
    writer = PatternCache(path)
    for pattern, flags in keys:
        writer.compile(pattern, flags)
    writer.save()
    reader = PatternCache(path)
    for pattern, flags in keys:
        assert reader.compile(pattern, flags) == writer.compile(pattern, flags), pattern
    assert reader.hits == len(keys)


def _texts() -> list[str]:
    """Real documents of every kind the package reads: the seeds (Chinese, Traditional with pinyin
    notes and mojibake, scraped chrome), English reports, HTML and Markdown."""
    data = ROOT / "tests" / "data"
    paths = [*sorted((ROOT / "seeds").glob("*.txt")), *sorted((data / "annotated_en").glob("*.txt"))[:6],
             *sorted(data.rglob("*.html"))[:4], *sorted(data.rglob("*.md"))[:3]]
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in paths]
    assert len(texts) >= 12
    return texts


def test_every_pattern_of_the_package_matches_what_re_compile_makes_it_match() -> None:
    """Where a pattern names its first characters and re's would not, the engine only skips the
    positions where no match can begin: every match, its span and its groups, is re's."""
    texts = _texts()
    keys = _package_patterns()
    given = [k for k in keys if re_cache.PATTERNS.compile(*k).__eq__(re.compile(*k)) is False]
    assert len(given) > 100  # (the vocabulary's alternations, optional words before a number, \d+ ...)
    # (only those: a pattern equal to re's, its code included, cannot match otherwise)
    for pattern, flags in given:
        ours, standard = re_cache.PATTERNS.compile(pattern, flags), re.compile(pattern, flags)
        for text in texts:
            # (at every start too: a lookbehind reads the text before where the search begins)
            assert [(m.span(), m.groups()) for m in ours.finditer(text)] == [
                (m.span(), m.groups()) for m in standard.finditer(text)], pattern
            for start in (1, 7, len(text) // 2):
                a, b = ours.search(text, start), standard.search(text, start)
                assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), pattern


def _with_first_chars(pattern: str, flags: int = 0) -> bool:
    parsed = re._parser.parse(pattern, flags)
    code = re._compiler._code(parsed, flags)
    return with_first_chars(code, parsed, flags | parsed.state.flags) != code


@pytest.mark.parametrize(("pattern", "flags", "named"), [
    (r"力争|(?<![已共])争取|确保", 0, True),  # an alternative behind a lookbehind
    (r"(?P<prefix>超过|近|约)?(?P<num>\d+)", 0, True),  # an optional word before the number
    (r"(?:提出|(?<!不)明确)[，,]?(?=到)", 0, True),  # a group of alternatives, one behind a lookbehind
    (r"\d+(?:\.\d+)?%", 0, True),  # a repeated class
    (r"[a-z]+[)）]", 0, True),
    (r"(?i:share)|tweet", 0, False),  # case-insensitive: not named
    (r"share|tweet", re.I, False),
    (r"[^，。]{2,}", 0, False),  # a class that excludes
    (r".{0,10}权益", 0, False),  # any character
    (r"(?:万|亿)?", 0, False),  # can match nothing
    (r"力争", 0, False),  # re names it itself (a literal prefix)
])
def test_the_first_characters_are_named_only_when_they_are_certain(pattern: str, flags: int, named: bool) -> None:
    assert _with_first_chars(pattern, flags) is named


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
