"""Stage 1, clean: raw text (or bytes) -> the cleaned text every later stage reads.

Contract used by the rest of the pipeline:
- `CleanText.text` is the cleaned text in the *output* script; `doc_id` is its sha256 and every
  quote the service reports is an exact substring of it.
- `CleanText.analysis` is the same text in Simplified script (for Chinese), with exactly the same
  length, so an offset into one is an offset into the other. Every later stage works on
  `analysis`; grounding maps quotes back to `text` by offset.
- `suspect` lists (start, end) spans that could not be repaired (mojibake); summarizers keep
  sentences that overlap them out of prose and key points.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

import opencc

# Inline pinyin notes as scraped pages show them: 發(fā)布, 關(guān)注. The note is lowercase
# Latin with at least one tone mark, right after a Han character.
TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"
PINYIN_NOTE = re.compile(rf"(?<=[\u4e00-\u9fff])\((?=[a-zü]*[{TONED}])[a-zü{TONED}]+\)")


@dataclass
class CleanText:
    text: str
    analysis: str
    language: str = "zh"
    script: str = "simplified"  # simplified | traditional | latin
    title: str | None = None
    published: str | None = None
    source: str | None = None
    author: str | None = None
    encoding: str | None = None
    warnings: list[str] = field(default_factory=list)
    suspect: list[tuple[int, int]] = field(default_factory=list)
    chars_in: int = 0


@lru_cache(maxsize=4)
def _converter(config: str) -> opencc.OpenCC:
    return opencc.OpenCC(config)


def to_simplified(s: str) -> str:
    return _converter("t2s").convert(s)


def to_traditional(s: str) -> str:
    return _converter("s2t").convert(s)


def detect_language(text: str) -> str:
    han = sum(1 for c in text if "\u4e00" <= c <= "\u9fff")
    latin = sum(1 for c in text if c.isascii() and c.isalpha())
    return "zh" if han >= latin * 0.25 else "en"


def _aligned_simplified(text: str) -> str:
    """Simplified copy of `text` of the same length (phrase-aware when OpenCC keeps length)."""
    simp = to_simplified(text)
    if len(simp) == len(text):
        return simp
    # Rare phrase conversions change length: fall back to character by character.
    conv = _converter("t2s")
    return "".join(c if len(x := conv.convert(c)) != 1 else x for c in text)


def normalize_whitespace(text: str) -> str:
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u3000", " ").replace("\xa0", " ")
    text = re.sub(r"[ \t\f\v]+", " ", text)
    text = re.sub(r" *\n *", "\n", text)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip()


def clean(raw: str, script: str = "auto") -> CleanText:
    """Minimal cleaner; the cleaning issue owns the full version."""
    chars_in = len(raw)
    warnings: list[str] = []
    text = normalize_whitespace(raw)
    text, n_notes = PINYIN_NOTE.subn("", text)
    if n_notes:
        warnings.append(f"pinyin_notes_removed:{n_notes}")
    language = detect_language(text)
    analysis = _aligned_simplified(text) if language == "zh" else text
    changed = sum(1 for a, b in zip(text, analysis, strict=True) if a != b)
    is_traditional = language == "zh" and changed > max(3, len(text) // 200)
    if is_traditional:
        warnings.append("converted_from_traditional")
    out_script = "traditional" if is_traditional else ("simplified" if language == "zh" else "latin")
    if language == "zh" and script == "simplified" and is_traditional:
        text, out_script = analysis, "simplified"
    elif language == "zh" and script == "traditional" and not is_traditional:
        trad = to_traditional(text)
        if len(trad) == len(text):
            text, out_script = trad, "traditional"
    return CleanText(
        text=text,
        analysis=analysis,
        language=language,
        script=out_script,
        warnings=warnings,
        chars_in=chars_in,
    )


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Bytes -> (text, encoding name). Raises ValueError when no encoding fits."""
    for bom, enc in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            return data.decode(enc), enc
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise ValueError("could not detect the text encoding of the uploaded bytes")
    return str(best), best.encoding
