"""Stage 1, clean: raw text (or bytes) -> the cleaned text every later stage reads.

Contract used by the rest of the pipeline:
- `CleanText.text` is the cleaned text in the *output* script; `doc_id` is its sha256 and every
  quote the service reports is an exact substring of it.
- `CleanText.analysis` is the same text in Simplified script (for Chinese), with exactly the same
  length, so an offset into one is an offset into the other. Every later stage works on
  `analysis`; grounding maps quotes back to `text` by offset.
- `suspect` lists (start, end) spans that could not be repaired (mojibake) or that address a
  language model ("ignore all previous instructions"); summarizers keep
  sentences that overlap them out of prose and key points.

How it works: the input (HTML is first reduced to its main text) is normalised, repaired and
stripped of pinyin notes; then a Simplified copy of equal length is made and every later decision
(page chrome, metadata, bylines, broken lines) is taken on that copy and applied to both strings
at the same offsets, so they never drift apart. Chrome is recognised by the *shape* of a line
(short items between separators, a label followed by a date or a name, a widget word in a short
line, a block of short headline lines after the article) and by a small vocabulary that is common
to Chinese news sites in general, not to one site.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from .aligned import Aligned
from .chrome import remove_chrome
from .chrome_rules import classify
from .injection import find_instructions
from .metadata import Page, info_line_meta
from .normalize import normalize_whitespace
from .rejoin import rejoin_broken_lines
from .repair import find_suspect, repair_mojibake
from .script import (
    HAN_RE,
    aligned_simplified,
    aligned_traditional,
    detect_language,
    remove_pinyin_notes,
    to_simplified,
    to_traditional,
)


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


# ----------------------------------------------------------------------------- HTML

_HTML_TAG = re.compile(
    r"<(?:!doctype|html|head|body|div|p|br|span|table|tr|td|ul|li|article|section|meta|title|h[1-6]|a|script|style)\b",
    re.I,
)


def looks_like_html(raw: str) -> bool:
    head = raw[:5000]
    return head.lstrip()[:1] == "<" and len(_HTML_TAG.findall(head)) >= 2 or len(_HTML_TAG.findall(head)) >= 5


_BLOCK_TAGS = {
    "p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article",
    "header", "footer", "nav", "table", "ul", "ol", "dd", "dt", "blockquote", "pre", "td", "th",
}  # fmt: skip


def _parse_html(html: str):
    import lxml.html

    try:
        root = lxml.html.fromstring(html)
    except Exception:  # lxml refuses empty or broken documents
        return None
    for bad in root.xpath("//script|//style|//noscript|//template"):
        bad.drop_tree()
    return root


def _html_to_lines(html, root=None) -> tuple[str, str | None]:
    """Every visible text of the page (or of `root`) with block boundaries as newlines, and the <title>."""
    if root is None:
        root = _parse_html(html)
    if root is None:
        return re.sub(r"<[^>]+>", "\n", html), None
    title = root.findtext(".//title")
    parts: list[str] = []

    def walk(el) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag in _BLOCK_TAGS:
            parts.append("\n")
        if el.text and tag:
            parts.append(el.text)
        for child in el:
            walk(child)
        if tag in _BLOCK_TAGS:
            parts.append("\n")
        if el.tail:
            parts.append(el.tail)

    walk(root)
    return "".join(parts), (title or "").strip() or None


# readability scores every paragraph with many regexes: about 1 s for a page with 10 000 paragraphs.
# Past this size a single-pass version of the same idea (text mass per parent block, links
# discounted) keeps a 1 MB page well under a second.
_READABILITY_MAX = 300_000


def _main_block_text(root) -> str | None:
    scores: Counter = Counter()
    for el in root.iter("p", "pre", "td", "li", "div", "section", "article"):
        own = (el.text or "") + "".join(c.tail or "" for c in el)
        if el.tag in ("p", "pre", "td", "li"):
            own = el.text_content()
        n = len(HAN_RE.findall(own)) + len(own.split())
        if n < 10:
            continue
        links = sum(len(a.text_content()) for a in el.iter("a"))
        score = n - 2 * links
        parent = el.getparent()
        if parent is not None:
            scores[parent] += score
            if (grand := parent.getparent()) is not None:
                scores[grand] += score / 2
    if not scores:
        return None
    best = max(scores, key=scores.__getitem__)
    return _html_to_lines("", best)[0]


def extract_html(html: str) -> tuple[str, dict[str, str | None]]:
    """Main text of an HTML page or fragment, plus the title/date/author/site it shows.

    readability-lxml finds the main block (it kept the article in both <div> and old <table>
    layouts in our comparison, where trafilatura flattened table pages into one line and
    justext kept footers); the line-level chrome rules then clean what it keeps. Metadata is read
    from the whole page, because the info line often sits outside the main block."""
    from readability import Document

    root = _parse_html(html)
    full, html_title = _html_to_lines(html, root)
    meta: dict[str, str | None] = {"title": None}
    text = None
    if len(html) > _READABILITY_MAX and root is not None:
        text = _main_block_text(root)
    else:
        try:
            doc = Document(html)
            text, _ = _html_to_lines(doc.summary(html_partial=True))
            meta["title"] = doc.short_title() or None
        except Exception:  # readability raises on fragments without a body and on empty pages
            text = None
    h1 = re.search(r"<h1[^>]*>(.*?)</h1>", html, re.I | re.S)
    if h1:
        h1_text = normalize_whitespace(re.sub(r"<[^>]+>", "", h1.group(1)))
        if 4 <= len(h1_text) <= 100:
            meta["title"] = h1_text
    meta["title"] = meta["title"] or html_title
    for name, key in (("article:published_time", "published"), ("publishdate", "published"),
                      ("pubdate", "published"), ("author", "author"), ("og:site_name", "source")):  # fmt: skip
        m = re.search(
            rf"<meta[^>]+(?:name|property)=[\"']{re.escape(name)}[\"'][^>]+content=[\"']([^\"']+)", html, re.I
        )
        if m and not meta.get(key):
            meta[key] = m.group(1).strip()
    for line in normalize_whitespace(full).split("\n")[:200]:
        if classify(line) == "meta":
            found = info_line_meta(line)
            for key in ("published", "source", "author"):
                meta[key] = meta.get(key) or found[key]
            break
    # A fragment, or a page where the extractor kept too little: keep every visible text and let
    # the line-level chrome rules do the work.
    if not text or len(HAN_RE.findall(text)) + len(text.split()) < 0.25 * (
        len(HAN_RE.findall(full)) + len(full.split())
    ):
        if not text or len(full) < 3000:
            text = full
    return text, meta


# ----------------------------------------------------------------------------- the stage


def clean(raw: str, script: str = "auto") -> CleanText:
    """Raw text or HTML -> CleanText (see the module docstring for the contract)."""
    chars_in = len(raw)
    warnings: list[str] = []
    meta: dict[str, str | None] = {}
    if looks_like_html(raw):
        raw, meta = extract_html(raw)
        warnings.append("html_extracted")
    text = normalize_whitespace(raw)
    text, n_repaired, shifted_gbk = repair_mojibake(text)
    if n_repaired:
        warnings.append(f"mojibake_repaired:{n_repaired}")
    text, n_notes = remove_pinyin_notes(text)
    if n_notes:
        warnings.append(f"pinyin_notes_removed:{n_notes}")
    language = detect_language(text)
    simp = aligned_simplified(text) if language == "zh" else text
    st = Page(Aligned(text, simp))
    remove_chrome(st)
    joined = rejoin_broken_lines(st.doc, language)
    if joined:
        warnings.append(f"broken_lines_joined:{joined}")
    chrome = sum(st.removed.values())
    if chrome:
        warnings.append(f"chrome_removed:{chrome}_lines")
    doc = st.doc
    text, analysis = doc.text, doc.simp

    sample = slice(0, 100_000)
    changed = (
        0
        if text == analysis
        else sum(1 for a, b in zip(text[sample], analysis[sample], strict=True) if a != b)
    )
    is_traditional = language == "zh" and changed > max(3, len(HAN_RE.findall(text[sample])) // 100)
    if is_traditional:
        warnings.append("converted_from_traditional")
    out_script = "traditional" if is_traditional else ("simplified" if language == "zh" else "latin")
    title = _clean_meta(meta.get("title")) or st.title
    source = st.source or _clean_meta(meta.get("source"))
    author = st.author or _clean_meta(meta.get("author"))
    published = st.published or _clean_meta(meta.get("published"))
    if language == "zh" and script == "simplified" and is_traditional:
        text, out_script = analysis, "simplified"
        title, source, author = (to_simplified(x) if x else x for x in (title, source, author))
    elif language == "zh" and script == "traditional" and not is_traditional:
        text, out_script = aligned_traditional(text), "traditional"
        title, source, author = (to_traditional(x) if x else x for x in (title, source, author))
    suspect = find_suspect(text, shifted_gbk)
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
        warnings=warnings,
        suspect=suspect,
        chars_in=chars_in,
    )


def _clean_meta(value: str | None) -> str | None:
    if not value:
        return None
    value = re.sub(r"\s+", " ", value).strip()
    return value or None
