"""Regular expressions compiled once per interpreter, not once per start.

Importing the package compiles about 370 patterns, and CPython compiles a pattern in Python: a
character class spanning the CJK ideographs (`[\u4e00-\u9fff]`) alone costs about 3 ms in its charset
optimizer (re/_compiler.py, `_optimize_charset`), 0.2 s of a 0.7 s `zhaiyao summarize`. What
compiling yields (the SRE engine's code, a list of ints, with the final flags and the groups)
depends only on the pattern, its flags and the interpreter. So, as Python keeps a module's
bytecode in `__pycache__`, `compile_re` keeps that yield in a file beside it, and later starts hand
it straight to `_sre.compile`, which is the last step of `re.compile` itself.

Why it is safe:
- the file's name carries the interpreter's version and the SRE engine's magic number, which
  changes whenever the code's format does;
- an entry is stored only when the code these internals build gives `re.compile`'s own pattern
  (patterns compare equal when their pattern text, flags and code are); the characters a match
  begins with are then added to it (service/re_first.py), which changes where the engine looks for
  a match, never what it matches; and `_sre.compile` validates the code it is given;
- a file that cannot be read, an entry that fails, an interpreter without these internals: each
  falls back to `re.compile`.
The file is written as the bytecode is (not under PYTHONDONTWRITEBYTECODE; never where the package
is read-only), atomically (files.write_atomic), at the exit of a process that
compiled a pattern it did not find. `compile_re` keeps what it compiled in memory too, as `re`
does: a pattern written inside a function (a module's constant reads better) costs a dict lookup.
"""

from __future__ import annotations

import atexit
import marshal
import os
import re
import sys
from pathlib import Path
from typing import Any

from .files import write_atomic

try:  # CPython's engine and compiler; elsewhere every pattern takes re.compile
    import _sre  # type: ignore[import-not-found]
    from re import _compiler, _parser  # type: ignore[attr-defined]

    from .re_first import with_first_chars
except ImportError:  # pragma: no cover
    _sre = None

__all__ = ["PatternCache", "compile_re"]

# Entries not used by the process that writes the file are dropped once it holds more than this
# (patterns edited away during development would otherwise stay forever).
MAX_ENTRIES = 2000

# What an entry holds; 2: the code names the characters a match begins with (service/re_first.py).
FORMAT = 2

Entry = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]


def _file_name() -> str:
    magic = getattr(_sre, "MAGIC", 0)
    return f"re-cache.{FORMAT}.{sys.implementation.cache_tag}.{sys.hexversion:x}.{magic}.marshal"


class PatternCache:
    """The compiled patterns kept in one file; `compile` reads from it and adds to it."""

    def __init__(self, path: Path | None, writable: bool = True) -> None:
        self.path = path
        self.writable = writable and path is not None
        self.entries: dict[tuple[str, int], Entry] = self._load() if _sre is not None else {}
        self.used: set[tuple[str, int]] = set()
        self.compiled: dict[tuple[str, int], re.Pattern[str]] = {}  # this process's, as re's own cache
        self.added = 0
        self.hits = 0

    def _load(self) -> dict[tuple[str, int], Entry]:
        if self.path is None:
            return {}
        try:  # marshal.loads: marshal.load reads a file in small pieces, 20 times slower here
            entries = marshal.loads(self.path.read_bytes())
        except (OSError, EOFError, ValueError, TypeError):
            return {}
        return entries if isinstance(entries, dict) else {}

    def compile(self, pattern: str, flags: int | re.RegexFlag = 0) -> re.Pattern[str]:
        key = (pattern, int(flags))
        if (done := self.compiled.get(key)) is not None:
            return done
        self.compiled[key] = compiled = self._compile(key)
        return compiled

    def _compile(self, key: tuple[str, int]) -> re.Pattern[str]:
        pattern = key[0]
        entry = self.entries.get(key)
        if entry is not None:
            try:
                compiled = _sre.compile(pattern, *entry)
            except Exception:  # a damaged or foreign entry: compile it afresh below
                del self.entries[key]
            else:
                self.used.add(key)
                self.hits += 1
                return compiled
        if _sre is None or not isinstance(pattern, str) or key[1] & re.DEBUG:
            return re.compile(pattern, key[1])
        built = _entry(key)
        if built is None:  # internals not as in this interpreter's re: nothing is kept
            return re.compile(pattern, key[1])
        self.entries[key], compiled = built
        self.used.add(key)
        if not self.added and self.writable:
            atexit.register(self.save)
        self.added += 1
        return compiled

    def save(self) -> None:
        """Write the entries (atomically); nothing when nothing was added or writing is off."""
        if not (self.added and self.writable and self.path is not None):
            return
        entries: dict[Any, Entry] = self.entries
        if len(entries) > MAX_ENTRIES:
            entries = {k: v for k, v in entries.items() if k in self.used}
        try:
            write_atomic(self.path, marshal.dumps(entries))
            os.chmod(self.path, Path(__file__).stat().st_mode & 0o666)  # readable as the package is
        except (OSError, ValueError):  # a read-only install: every start compiles, as before
            return
        self.added = 0


PATTERNS = PatternCache(Path(__file__).resolve().parent / "__pycache__" / _file_name(),
                        writable=not sys.dont_write_bytecode)


def compile_re(pattern: str, flags: int | re.RegexFlag = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, from the file of compiled patterns when it holds it."""
    return PATTERNS.compile(pattern, flags)


def _entry(key: tuple[str, int]) -> tuple[Entry, re.Pattern[str]] | None:
    """What `_sre.compile` takes to build `re.compile(*key)` (re/_compiler.py `compile`, stopping
    before it), with the characters a match begins with named for the engine (service/re_first.py),
    and the pattern it builds. None when this interpreter's internals do not build re.compile's pattern."""
    pattern, flags = key
    try:
        parsed = _parser.parse(pattern, flags)
        groups: dict[str, int] = dict(parsed.state.groupdict)
        index: list[str | None] = [None] * parsed.state.groups
        for name, i in groups.items():
            index[i] = name
        final_flags = int(flags | parsed.state.flags)
        code = [int(c) for c in _compiler._code(parsed, flags)]
        if _sre.compile(pattern, final_flags, code, parsed.state.groups - 1, groups, tuple(index)) != re.compile(*key):
            return None
        code = with_first_chars(code, parsed, final_flags)
        entry: Entry = (final_flags, code, parsed.state.groups - 1, groups, tuple(index))
        compiled = _sre.compile(pattern, *entry)  # (the engine validates the code it is given)
    except Exception:
        return None
    return entry, compiled
