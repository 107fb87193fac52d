"""Han script: Traditional <-> Simplified (OpenCC), language detection, inline pinyin notes.

`aligned_simplified` / `aligned_traditional` convert without changing the length, so the cleaned
text and its Simplified analysis copy share every offset (the contract in `service.cleaning`).
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

import opencc

from ..re_cache import compile_re

HAN = "\u4e00-\u9fff\u3400-\u4dbf"
HAN_RE = compile_re(f"[{HAN}]")


@lru_cache(maxsize=4)
def _converter(config: str) -> opencc.OpenCC:
    return opencc.OpenCC(config)


def to_simplified(s: str) -> str:
    return _converter("t2s").convert(s)


def to_traditional(s: str) -> str:
    return _converter("s2t").convert(s)


def _aligned(text: str, config: str) -> str:
    """`text` converted with OpenCC `config`, guaranteed to keep its length (and so every offset)."""
    conv = _converter(config)
    out = conv.convert(text)
    if len(out) == len(text):
        return out
    # A phrase conversion changed the length somewhere: convert line by line and fall back to
    # character by character only on the lines that drift.
    lines = []
    for line in text.split("\n"):
        c = conv.convert(line)
        if len(c) != len(line):
            c = "".join(x if len(x := conv.convert(ch)) == 1 else ch for ch in line)
        lines.append(c)
    return "\n".join(lines)


def aligned_simplified(text: str) -> str:
    """Simplified copy of `text` with exactly its length: an offset into one is an offset into the other."""
    return _aligned(text, "t2s")


def aligned_traditional(text: str) -> str:
    """Traditional copy of `text` with exactly its length."""
    return _aligned(text, "s2t")


# Per high byte of a UTF-16 code unit: 1 for U+3400-U+4DFF and U+4E00-U+9FFF (HAN plus the
# hexagram symbols U+4DC0-U+4DFF, taken off again below); surrogates (astral characters) count 0.
_HAN_HIGH_BYTE = bytes(1 if 0x34 <= b <= 0x9F else 0 for b in range(256))
_NOT_LATIN_LETTER = bytes(b for b in range(256) if not (0x41 <= b <= 0x5A or 0x61 <= b <= 0x7A))


def count_han(text: str) -> int:
    """len(HAN_RE.findall(text)), without a match object per character: a byte table over the
    high bytes of the UTF-16 code units."""
    high = text.encode("utf-16-le", "surrogatepass")[1::2]
    n = high.translate(_HAN_HIGH_BYTE).count(1)
    if 0x4D in high:
        n -= len(re.findall("[\u4dc0-\u4dff]", text))
    return n


def count_latin(text: str) -> int:
    """len(re.findall("[A-Za-z]", text)), by deleting every other byte of the Latin-1 characters."""
    return len(text.encode("latin-1", "ignore").translate(None, _NOT_LATIN_LETTER))


def detect_language(text: str) -> str:
    sample = text[:50000]
    han = count_han(sample)
    latin = count_latin(sample)
    return "zh" if han >= latin * 0.25 else "en"


_KANA = compile_re("[\u3041-\u3096\u30a1-\u30fa]")
_ENGLISH_WORD = compile_re(r"\b(?:the|of|and|to|in|is|for|on|that|with|was|by|as|at|from|are|it|its|has)\b", re.I)
_LATIN_WORD = compile_re(r"[A-Za-z\u00c0-\u024f]+")


def unsupported_language(text: str, language: str) -> str | None:
    """The language of a text the rules are not written for, or None. Japanese ("ja") writes Han
    characters with kana, which Chinese never does; a Latin text whose words are seldom English
    function words is another language ("other": Spanish, French …)."""
    sample = text[:20000]
    if language == "zh":
        kana = len(_KANA.findall(sample))
        return "ja" if kana >= 0.1 * (kana + count_han(sample)) else None
    words = len(_LATIN_WORD.findall(sample))
    return "other" if words >= 30 and len(_ENGLISH_WORD.findall(sample)) < 0.02 * words else None


# Inline pinyin notes as scraped pages show them: 發(fā)布, 關(guān)注, 中（zhōng）. A note is one or more
# pinyin syllables in parentheses right after a Han character; with a tone mark it is certain;
# toneless or tone-number notes are removed only when they are valid syllables in a document that
# already uses toned notes (otherwise "(ai)" might be a real abbreviation).
TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"
_INITIAL = "(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
_FINAL = (
    "(?:iang|iong|uang|ueng|ang|eng|ing|ong|uan|ian|iao|uai|van|üan|ai|ei|ao|ou|an|en|er|in|un|ün|ia|ie|iu"
    "|ua|uo|ue|üe|ve|ui|vn|a|o|e|i|u|ü|v|ng|m|n)"
)
_SYLLABLE = f"{_INITIAL}{_FINAL}"
_TONE_FOLD = str.maketrans("āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ", "aaaaeeeeiiiioooouuuuüüüünnnm")
# The Han character before a note is tested after the bracket, so the engine can skip to brackets.
_NOTE = compile_re(rf"[(（](?<=[{HAN}][(（])\s*([a-zü{TONED}]+[1-5]?(?:\s+[a-zü{TONED}]+[1-5]?){{0,3}})\s*[)）]")
_SYLLABLES_RE = compile_re(rf"(?:{_SYLLABLE}[1-5]?\s*)+")


# Notes damaged on the way: tone marks lost to "?" by an encoding without them (發(f?)), the
# opening bracket eaten by mojibake next to it (…shù)), or the Han character before the note
# garbled (貦C(jī)). Only in a document that shows such notes more than once.
_LOSSY_NOTE = compile_re(rf"[(（](?<=[{HAN}][(（])[a-zü?]{{0,6}}\?[a-zü?]{{0,6}}[)）]")
_ORPHAN_NOTE = compile_re(rf"(?<![(（a-zü{TONED}])[a-zü]*[{TONED}][a-zü{TONED}]*[)）]")
_TONED_NOTE = compile_re(rf"[(（][a-zü]*[{TONED}][a-zü{TONED}]*[)）]")
# A run of pinyin letters closed by a bracket: where a toned or an orphan note can be (see _toned_notes).
_CLOSED_RUN = compile_re(rf"[a-zü{TONED}]+[)）]")
_TONE_MARK = compile_re(f"[{TONED}]")
_TONE_NUMBER = compile_re(r"[1-5]")
# What every note above starts with (an orphan note counts only after two toned notes).
_NOTE_START = compile_re(rf"[(（]\s*[a-zü?{TONED}]")


def _is_note(body: str, toned_count: int) -> bool:
    if not _SYLLABLES_RE.fullmatch(body.translate(_TONE_FOLD)):
        return False
    return bool(_TONE_MARK.search(body)) or toned_count >= 2 or bool(_TONE_NUMBER.search(body))


def _toned_notes(text: str) -> list[tuple[int, int]]:
    """The spans _TONED_NOTE.finditer and _ORPHAN_NOTE.finditer find, in one pass. _ORPHAN_NOTE opens
    with a lookbehind, so the engine would try it at every position. A match of either is a whole run of
    pinyin letters holding a tone mark and closed by a bracket, and _CLOSED_RUN finds such runs (its
    leftmost matches start where a run starts): with an opening bracket before it, the run and that
    bracket are a toned note; without, the run is an orphan note."""
    spans = []
    for m in _CLOSED_RUN.finditer(text):
        a, b = m.span()
        if _TONE_MARK.search(text, a, b):
            spans.append((a - 1, b) if a and text[a - 1] in "(（" else (a, b))
    return spans


def pinyin_note_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every pinyin note cleaning removes from `text`, sorted and disjoint."""
    if not _NOTE_START.search(text):
        return []
    notes = [(m.span(), m.group(1)) for m in _NOTE.finditer(text)]
    # A page repeats its notes (發(fā)布 in every line): each distinct one is judged once.
    bodies = Counter(body for _, body in notes)
    toned_count = sum(n for body, n in bodies.items() if _TONE_MARK.search(body))
    judged = {body: _is_note(body, toned_count) for body in bodies}
    spans = [span for span, body in notes if judged[body]]
    lossy = [m.span() for m in _LOSSY_NOTE.finditer(text)]
    if len(lossy) >= 2:
        spans += lossy
    if toned_count >= 2:
        spans += _toned_notes(text)
    out: list[tuple[int, int]] = []
    for a, b in sorted(set(spans)):
        if out and a < out[-1][1]:
            out[-1] = (out[-1][0], max(b, out[-1][1]))
        else:
            out.append((a, b))
    return out


def remove_pinyin_notes(text: str) -> tuple[str, int]:
    """`text` without its pinyin notes, and how many were removed."""
    spans = pinyin_note_spans(text)
    if not spans:
        return text, 0
    parts, pos = [], 0
    for a, b in spans:
        parts.append(text[pos:a])
        pos = b
    parts.append(text[pos:])
    return "".join(parts), len(spans)
