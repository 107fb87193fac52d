"""What a page says about itself: the date, source and author on its info line and bylines.

The chrome passes (`chrome.py`) find those lines; the functions here read them on the Simplified
copy and take each value from the text in its own script at the same offsets.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from ..re_cache import compile_re
from .aligned import Aligned
from .chrome_en import EN_BYLINE, EN_DATE
from .chrome_rules import DATE
from .script import to_simplified


def _format_date(m: re.Match) -> str:
    d = f"{m['y']}-{int(m['m']):02d}-{int(m['d']):02d}"
    if m["H"]:
        d += f" {int(m['H']):02d}:{m['M']}" + (f":{m['S']}" if m["S"] else "")
    return d


# The date that closes an official text, alone on its line under the body that signs it: "特此公告。\n
# 华远科技股份有限公司董事会\n2025年2月26日" (落款).
# Or a date alone on the last line of a notice, below its contacts ("监督电话：…" / "" / "2025年4月21日").
_SIGNED_DATE = compile_re(r"\n[^\n。！？；]{2,60}\n\s*((?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*$")


def signature_date(text: str) -> str | None:
    """The date under the signature at the end of an official text, if it ends so."""
    m = _SIGNED_DATE.search(text[-200:])
    return _format_date(DATE.match(m[1])) if m else None  # type: ignore[arg-type]


# The date a speech or a report was given, in brackets on a line of its own under its title and speaker:
# "在县委经济工作会议上的讲话\n县委书记 周明远\n（2025年12月26日）", "（2025年1月8日在市第十七届人民代表大会
# 第五次会议上）".
_DELIVERED_DATE = compile_re(r"^[（(]\s*((?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)[^()（）\n]{0,60}[)）]\s*$",
                             re.M)


def delivered_date(text: str) -> str | None:
    """The date a speech or a report was delivered, if its head gives one (in its first lines)."""
    m = _DELIVERED_DATE.search(text[:400])
    return _format_date(DATE.match(m[1])) if m else None  # type: ignore[arg-type]


_ANOTHER_LABEL = compile_re(r"(?:发布|时间|日期|作者|来源|浏览|编辑)")


def _label_value(s: str, label: str) -> str | None:
    m = compile_re(rf"{label}\s*[:：]\s*([^\s|｜]+(?:\s(?![^\s]*[:：])[^\s|｜:：\d]{{1,4}})*)").search(s)
    if not m:
        return None
    value = m.group(1).strip()
    if DATE.match(value) or _ANOTHER_LABEL.match(value):
        return None
    return value or None


@dataclass
class Page:
    """The document during the chrome passes: its aligned text, how many chrome lines of each kind
    were removed, and the headline and metadata taken from them."""

    doc: Aligned
    removed: Counter = field(default_factory=Counter)
    title: str | None = None
    published: str | None = None
    source: str | None = None
    author: str | None = None
    place: str | None = None  # where a news story was filed: its dateline's place


def take_meta(st: Page, start: int, end: int) -> None:
    s = st.doc.simp[start:end]
    t = st.doc.text[start:end]
    if st.published is None and (m := DATE.search(s)):
        st.published = _format_date(m)
    if st.source is None and (v := _label_value(s, r"(?:信息|文章|稿件)?来\s?源")):
        k = s.find(v)
        st.source = t[k : k + len(v)]
    if st.author is None and (v := _label_value(s, r"(?:作\s?者|记\s?者)")):
        k = s.find(v)
        st.author = t[k : k + len(v)]


_MONTHS = {m: i for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), 1)}


_REPORTER = compile_re(r"记\s?者\s*[:：]?\s*(.+?)(?:[,，;；]|\s*(?:本报|本刊)?通\s?讯\s?员|\s*实习生|$)")


def take_byline_author(st: Page, start: int, end: int) -> None:
    s = st.doc.simp[start:end]
    if en := EN_BYLINE.match(s):
        if st.author is None:
            st.author = st.doc.text[start + en.start("author") : start + en.end("author")]
        if st.published is None and (d := EN_DATE.search(s)):
            st.published = _en_date(d)
        return
    if st.author:
        return
    m = _REPORTER.search(s)
    if m and m.group(1).strip():
        k = m.start(1)
        st.author = re.sub(r"\s+", " ", st.doc.text[start + k : start + m.end(1)]).strip()


def take_dateline_meta(st: Page, m: re.Match) -> None:
    """The place, the agency and the date of an English dateline (LONDON, March 3, 2026 (Reuters) -- ).
    The place is written as a name is (WINSTON-SALEM -> Winston-Salem)."""
    if st.place is None:
        st.place = " ".join("-".join(p.capitalize() for p in w.split("-")) for w in m["place"].split())
    if st.source is None and (m["agency"] or m["wire"]):
        st.source = m["agency"] or m["wire"]
    if st.published is None and m["date"] and (d := EN_DATE.search(m["date"])):
        st.published = _en_date(d)


def take_stamp_date(st: Page, line: str) -> None:
    """The date of a time stamp line ("Updated 3:45 PM EST, Thu January 23, 2025"): the page's
    date when it shows no other."""
    if d := EN_DATE.search(line):
        st.published = _en_date(d)


def _en_date(d: re.Match) -> str:
    if d["y"]:
        return f"{d['y']}-{_MONTHS[d['mon'][:3].lower()]:02d}-{int(d['d']):02d}"
    return f"{d['y2']}-{_MONTHS[d['mon2'][:3].lower()]:02d}-{int(d['d2']):02d}"


_IN_BRACKETS = compile_re(r"[(（]([^()（）]+)[)）]")


def take_byline_author_prefix(st: Page, start: int, m: re.Match) -> None:
    """The author in the parentheses of a news-agency prefix: 本报讯（记者 王芳）."""
    inner = _IN_BRACKETS.search(m.group(0))
    if st.author is None and inner:
        k = m.start() + inner.start(1)
        st.author = re.sub(
            r"^(?:记者|通讯员)\s*", "", st.doc.text[start + k : start + k + len(inner.group(1))]
        ).strip()


def info_line_meta(line: str) -> dict[str, str | None]:
    """Date, source and author of one info line read on its own (an HTML page's info line often
    sits outside the main block). The line is read in Simplified when that keeps its length."""
    simp = to_simplified(line)
    probe = Page(Aligned(line, simp if len(simp) == len(line) else line))
    take_meta(probe, 0, len(line))
    return {key: getattr(probe, key) for key in ("published", "source", "author")}
