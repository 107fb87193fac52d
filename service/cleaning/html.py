"""HTML: is the input a page, its main text (readability, or a single pass on very large pages), and
the title, date, author and site it shows."""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Any

from ..re_cache import compile_re
from .chrome_rules import classify
from .metadata import info_line_meta
from .normalize import normalize_whitespace
from .script import HAN_RE

_HTML_TAG = compile_re(
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


def _data_row(tr) -> list[str] | None:
    """The cells of a row of a data table ("Machinery | $18.2bn | $19.6bn | 7.7%"), or None for a
    row of a page laid out in a table: a cell holding blocks or a paragraph's worth of text."""
    cells = [c for c in tr if isinstance(c.tag, str) and c.tag in ("td", "th")]
    if len(cells) < 2:
        return None
    texts = []
    for c in cells:
        if any(isinstance(d.tag, str) and d.tag in _BLOCK_TAGS for d in c.iterdescendants()):
            return None
        text = " ".join(c.text_content().split())
        if len(text) > 40:
            return None
        texts.append(text)
    return texts if sum(1 for t in texts if t) >= 3 else [t for t in texts if t]


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
        if tag == "tr" and (cells := _data_row(el)) is not None:
            # A data table's row on one line, its cells between bars as Markdown's are (empty cells
            # kept, so that a value stays under its column's head); a label and its value with a space.
            parts.append("\n" + (" | " if len(cells) >= 3 else " ").join(cells) + "\n")
            if el.tail:
                parts.append(el.tail)
            return
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
    scores: defaultdict[Any, float] = defaultdict(float)  # (an element: its text less its links, half from a grandchild)
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


# "<headline> | Harbor Times", "<标题>_某县人民政府": the site's name after the headline in <title>.
_TITLE_SITE = compile_re(r"^\s*(?:\||｜|_|-|–|—|::)\s*(?P<site>[^|｜_]{2,30}?)\s*$")


def _site_after_title(html_title: str, title: str) -> str | None:
    html_title = normalize_whitespace(html_title)
    if not html_title.startswith(title):
        return None
    m = _TITLE_SITE.match(html_title[len(title) :])
    return m.group("site") if m else None


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
            if any(found.values()):
                break  # the info line ("2025-03-18 14:26 来源：…"), not a title line of the same class
    if not meta.get("source") and html_title and meta["title"]:
        meta["source"] = _site_after_title(html_title, meta["title"])  # the site, when the page names no source
    # A fragment, or a page where the extractor kept too little: keep every visible text and let
    # the line-level chrome rules do the work.
    if not text or len(HAN_RE.findall(text)) + len(text.split()) < 0.25 * (
        len(HAN_RE.findall(full)) + len(full.split())
    ):
        if not text or len(full) < 3000:
            text = full
    return text, meta
