"""The clean stage in order: HTML main text, white space, mojibake, pinyin notes, the aligned
Simplified copy, chrome and metadata, broken lines, the output script, suspect spans.

The contract `clean` keeps is in the package docstring (`service.cleaning`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from operator import ne

from ..re_cache import compile_re
from .aligned import Aligned
from .chrome import remove_chrome
from .columns import columns_to_bars
from .html import extract_html, looks_like_html
from .injection import find_instructions
from .markdown import looks_like_markdown, strip_markdown
from .metadata import Page, delivered_date, signature_date
from .normalize import cjk_digit_spaces, normalize_whitespace, padded_name_spaces
from .rejoin import rejoin_broken_lines
from .repair import find_suspect, repair_mojibake
from .script import (
    aligned_simplified,
    aligned_traditional,
    count_han,
    detect_language,
    remove_pinyin_notes,
    to_simplified,
    to_traditional,
    unsupported_language,
)
from .source_map import SourceMap


@dataclass
class CleanText:
    """What the clean stage hands to every later stage (contract in the package docstring)."""

    text: str
    analysis: str
    language: str = "zh"
    script: str = "simplified"  # simplified | traditional | latin
    title: str | None = None
    published: str | None = None
    source: str | None = None
    author: str | None = None
    place: str | None = None  # an English news story's dateline place (the dateline itself is removed)
    encoding: str | None = None
    warnings: list[str] = field(default_factory=list)
    suspect: list[tuple[int, int]] = field(default_factory=list)
    # The part of `suspect` that is unrepaired mojibake: no quote shown to a user may hold it.
    mojibake: list[tuple[int, int]] = field(default_factory=list)
    chars_in: int = 0
    # The text as sent (after byte decoding; HTML as it came), and the cleaned text in the input's
    # script (same length as `text`): together they map spans back to what the user sent.
    original: str = ""
    original_is_html: bool = False
    original_is_markdown: bool = False
    input_text: str = ""
    repairs: list[tuple[str, str]] = field(default_factory=list)  # (garbled, fixed), as repaired
    pinyin_notes: int = 0  # pinyin notes removed from the text (the source map looks for them only when there were)
    # (the source map, once built: a field, not a functools.cached_property, which the compiled build (setup.py)
    # would build again at every read; an argument of __init__ too, since that build leaves a field out of __init__
    # unset)
    _source_map: SourceMap | None = field(default=None, repr=False, compare=False)

    @property
    def title_analysis(self) -> str | None:
        """The title in Simplified, as `analysis` is the text in Simplified: what the rules read of the headline."""
        return to_simplified(self.title) if self.title and self.script == "traditional" else self.title

    @property
    def source_map(self) -> SourceMap:
        """Spans of the cleaned text -> spans of `original` (built on first use)."""
        if self._source_map is None:
            self._source_map = SourceMap(self.original, self.input_text or self.text, self.original_is_html, self.repairs,
                                         is_markdown=self.original_is_markdown, pinyin_notes=self.pinyin_notes > 0)
        return self._source_map


def clean(raw: str, script: str = "auto") -> CleanText:
    """Raw text or HTML -> CleanText (see the package docstring for the contract)."""
    chars_in, original = len(raw), raw
    warnings: list[str] = []
    raw, meta, is_html, is_markdown = _without_markup(raw, warnings)
    if not is_html and not is_markdown:
        raw = columns_to_bars(raw)  # (before white space is normalised: it parts the cells)
    text = normalize_whitespace(raw)
    repairs: list[tuple[str, str]] = []
    text, n_repaired, shifted_gbk = repair_mojibake(text, repairs)
    if n_repaired:
        warnings.append(f"mojibake_repaired:{n_repaired}")
    text, n_notes = remove_pinyin_notes(text)
    if n_notes:
        warnings.append(f"pinyin_notes_removed:{n_notes}")
    language = detect_language(text)
    # (Japanese is no Chinese: its kanji are not converted between scripts, the output is its text)
    if (foreign := unsupported_language(text, language)) is not None:
        warnings.append(f"language_unsupported:{foreign}")
    simp = aligned_simplified(text) if language == "zh" and foreign is None else text
    st = Page(Aligned(text, simp))
    remove_chrome(st)
    joined = rejoin_broken_lines(st.doc, language)
    if language == "zh":
        st.doc.edit(cjk_digit_spaces(st.doc.simp))
        st.doc.edit(padded_name_spaces(st.doc.simp))
    if joined:
        warnings.append(f"broken_lines_joined:{joined}")
    chrome = sum(st.removed.values())
    if chrome:
        warnings.append(f"chrome_removed:{chrome}_lines")
    doc = st.doc
    text, analysis = doc.text, doc.simp
    input_text = text

    sample = slice(0, 100_000)
    changed = _differences(text[sample], analysis[sample])
    is_traditional = language == "zh" and changed > max(3, count_han(text[sample]) // 100)
    if is_traditional:
        warnings.append("converted_from_traditional")
    out_script = "traditional" if is_traditional else ("simplified" if language == "zh" else "latin")
    title = _clean_meta(meta.get("title")) or st.title
    source = st.source or _clean_meta(meta.get("source"))
    author = st.author or _clean_meta(meta.get("author"))
    published = st.published or _page_time(_clean_meta(meta.get("published"))) or signature_date(analysis) \
        or delivered_date(analysis)
    if language == "zh" and script == "simplified" and is_traditional:
        text, out_script = analysis, "simplified"
        title, source, author = (to_simplified(x) if x else x for x in (title, source, author))
    elif language == "zh" and script == "traditional" and not is_traditional and foreign is None:
        text, out_script = aligned_traditional(text), "traditional"
        title, source, author = (to_traditional(x) if x else x for x in (title, source, author))
    suspect = mojibake = find_suspect(text, shifted_gbk)
    if suspect:
        warnings.append(f"mojibake_unrepaired:{len(suspect)}")
    injected = find_instructions(analysis)
    if injected:
        warnings.append(f"instructions_in_document:{len(injected)}")
        suspect = sorted(suspect + injected)
    return CleanText(
        text=text,
        analysis=analysis,
        language=language,
        script=out_script,
        title=title,
        published=published,
        source=source,
        author=author,
        place=st.place,
        warnings=warnings,
        suspect=suspect,
        mojibake=mojibake,
        chars_in=chars_in,
        original=original,
        original_is_html=is_html,
        original_is_markdown=is_markdown,
        input_text=input_text,
        repairs=repairs,
        pinyin_notes=n_notes,
    )


def _without_markup(raw: str, warnings: list[str]) -> tuple[str, dict[str, str | None], bool, bool]:
    """The text of an HTML page (and its metadata) or of a Markdown document; plain text as it is."""
    if looks_like_html(raw):
        raw, meta = extract_html(raw)
        warnings.append("html_extracted")
        return raw, meta, True, False
    if looks_like_markdown(raw):
        warnings.append("markdown_stripped")
        return strip_markdown(raw), {}, False, True
    return raw, {}, False, False


def _differences(a: str, b: str) -> int:
    """How many positions of two equal-length strings differ. They mostly agree (a Simplified text
    and its Simplified copy differ in a few variant characters), so halves that compare equal (one
    memcmp) are skipped and only short changed stretches are compared character by character."""
    count = 0
    stack = [(0, len(a))] if a != b else []
    while stack:
        lo, hi = stack.pop()
        if hi - lo <= 64:
            count += sum(map(ne, a[lo:hi], b[lo:hi]))
            continue
        mid = (lo + hi) // 2
        stack += [(x, y) for x, y in ((lo, mid), (mid, hi)) if a[x:y] != b[x:y]]
    return count


_ISO_TIME = compile_re(r"((?:19|20)\d{2}-\d{2}-\d{2})[T ](\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?")


def _page_time(value: str | None) -> str | None:
    """A page's published time as every other date of the service is written: "2025-06-18 09:30"
    for the meta tag's "2025-06-18T09:30:00Z" (the time as the page states it, its zone dropped)."""
    m = _ISO_TIME.fullmatch(value) if value else None
    return f"{m[1]} {m[2]}" if m else value


def _clean_meta(value: str | None) -> str | None:
    if not value:
        return None
    value = re.sub(r"\s+", " ", value).strip()
    return value or None
