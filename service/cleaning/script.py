"""Han script: Traditional <-> Simplified (OpenCC), language detection, inline pinyin notes.

`aligned_simplified` / `aligned_traditional` convert without changing the length, so the cleaned
text and its Simplified analysis copy share every offset (the contract in `service.cleaning`).
"""

from __future__ import annotations

import re
from functools import lru_cache

import opencc

HAN = "\u4e00-\u9fff\u3400-\u4dbf"
HAN_RE = re.compile(f"[{HAN}]")


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


def detect_language(text: str) -> str:
    sample = text[:50000]
    han = len(HAN_RE.findall(sample))
    latin = len(re.findall(r"[A-Za-z]", sample))
    return "zh" if han >= latin * 0.25 else "en"


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
_NOTE = re.compile(rf"(?<=[{HAN}])[(（]\s*([a-zü{TONED}]+[1-5]?(?:\s+[a-zü{TONED}]+[1-5]?){{0,3}})\s*[)）]")
_SYLLABLES_RE = re.compile(rf"(?:{_SYLLABLE}[1-5]?\s*)+")


def remove_pinyin_notes(text: str) -> tuple[str, int]:
    toned_count = sum(1 for m in _NOTE.finditer(text) if any(c in TONED for c in m.group(1)))

    def repl(m: re.Match) -> str:
        body = m.group(1)
        is_syllables = bool(_SYLLABLES_RE.fullmatch(body.translate(_TONE_FOLD)))
        if any(c in TONED for c in body) and is_syllables:
            return ""
        if toned_count >= 2 and is_syllables:
            return ""
        if re.search(r"[1-5]", body) and is_syllables:
            return ""
        return m.group(0)

    out = _NOTE.sub(repl, text)
    return out, sum(1 for _ in _NOTE.finditer(text)) - sum(1 for _ in _NOTE.finditer(out))
