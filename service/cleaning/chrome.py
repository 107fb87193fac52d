"""Page chrome out of the document: whole chrome lines, chrome glued inside lines, the tail after
the article, and the site name and headline above it, recognised by the rules in `chrome_rules`.

Every pass reads the Simplified copy and edits both strings at the same offsets (`Aligned`); what
the removed lines say (headline, date, source, author) is kept on the `Page`.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from ..re_cache import compile_re
from .chrome_en import EN_DATELINE, is_dateline
from .chrome_rules import (
    ENUM_START,
    INLINE_CHROME,
    LIST_HEAD,
    NEWS_PREFIX,
    PHOTO_CREDIT,
    classify,
    end_marks,
    is_content,
    is_headline,
    is_terminated,
    nospace,
)
from .masthead_en import headline_under_name
from .metadata import (
    Page,
    take_byline_author,
    take_byline_author_prefix,
    take_dateline_meta,
    take_meta,
    take_stamp_date,
)
from .rows import is_bar_head
from .script import HAN, HAN_RE, to_simplified

# The account name glued before a publish stamp (…融媒 2年前发布); the separators of a breadcrumb;
# the end of an outlet's name standing alone on a line (…日报), before the article's first line.
_ACCOUNT_BEFORE_STAMP = compile_re(rf"(?:^|\s)([{HAN}A-Za-z]{{2,8}}(?:官方|官微|融媒|发布))\s*$")
_CRUMB_SEP = compile_re(r"\s*(?:>|＞|›|»|→)\s*")
_OUTLET_NAME_END = compile_re(r"(?:网|网站|在线|门户|官网|客户端|新闻|日报|晚报)$")


def remove_chrome(st: Page) -> None:
    """All chrome passes, in order; the document is tidied after the line passes and at the end."""
    _remove_running_heads(st)
    _remove_lines(st)
    _remove_inline(st)
    st.doc.tidy()
    _cut_tail(st)
    _header_title(st)
    st.doc.tidy()


def _remove_running_heads(st: Page) -> None:
    """A short line repeated three times or more is a running head or foot of a printed document's
    pages ("澄州市统计局　　2025年第2期" above every page of a bulletin pasted from a PDF), not text. A
    label that ends in a colon ("韩立东：" before each of his answers) says who speaks; it stays."""
    doc = st.doc
    seen: Counter[str] = Counter()
    lines = []
    written = 0  # lines with any text
    for start, end in doc.lines():
        key = nospace(doc.simp[start:end])
        written += bool(key)
        if 4 <= len(key) <= 40 and not is_terminated(key) and key[-1] not in "：:":
            seen[key] += 1
            lines.append((key, start, end))
    edits = [(start, end, "") for key, start, end in lines if seen[key] >= 3]
    if edits and 2 * len(edits) <= written:
        # (a document made mostly of one repeated line is that line: its text, not a page's furniture)
        st.removed["running_head"] += len(edits)
        doc.edit(edits)


def _remove_lines(st: Page) -> None:
    doc = st.doc
    edits: list[tuple[int, int, str]] = []
    lines = [(start, end) for start, end in doc.lines() if doc.simp[start:end].strip()]
    for i, (start, end) in enumerate(lines):
        line = doc.simp[start:end]
        kind = classify(line)
        if kind is None or kind == "nav" and i + 1 < len(lines) and is_bar_head(line, doc.simp[slice(*lines[i + 1])]):
            continue
        if kind == "widget" and LIST_HEAD.match(line) and i + 1 < len(lines):
            continue  # ("Related stories" over a list: the tail is cut from it, when nothing of the article follows)
        if kind == "breadcrumb" and st.title is None:
            last = _CRUMB_SEP.split(line.strip())[-1]
            # (six lines down: a label, a byline, share, reading and listening widgets may stand between)
            if (below := _headline_below(st, lines[i + 1 : i + 7])) is not None:
                # (the crumb is the page's label, "One-year report", over its headline; the labels between them and
                # what stands above the crumb at the page's top, its masthead, "邺川体彩网 | …官方网站", are no text)
                st.title, labels = below
                # (a banner's one sentence there is furniture too: "MOUNTAIN EMERGENCY? Dial 999, ask for Police, …")
                above = lines[:i] if i <= 8 and not any(is_content(doc.simp[a:b]) and b - a >= _PARAGRAPH_CHARS
                                                        for a, b in lines[:i]) else []
                removed = {edit[0] for edit in edits}
                furniture = [(a, b, "") for a, b in above + labels if a not in removed]
                edits.extend(furniture)
                st.removed["site_name"] += len(furniture)
            elif len(nospace(last)) >= 8:
                k = line.rfind(last)
                st.title = doc.text[start + k : start + k + len(last)].strip()
        if kind == "meta":
            take_meta(st, start, end)
        if kind == "byline":
            take_byline_author(st, start, end)
        if kind == "editor" and st.published is None:
            take_stamp_date(st, line)
        st.removed[kind] += 1
        edits.append((start, end, ""))
    doc.edit(edits)


# A paragraph of an article, as long as a banner's sentence is not (above a breadcrumb).
_PARAGRAPH_CHARS = 120


def _headline_below(st: Page, below: list[tuple[int, int]]) -> tuple[str, list[tuple[int, int]]] | None:
    """The headline right below a breadcrumb, past its chrome and its labels (which it returns with it): the first
    other line, if it has a headline's shape (no paragraph, no sentence's end, 8 to 80 characters, in English at least
    four words)."""
    labels = []
    for start, end in below:
        line = st.doc.simp[start:end].strip()
        english = HAN_RE.search(line) is None
        if classify(line) is not None:
            continue
        if _LABEL_LINE.search(line) or english and len(line.split()) < 4:
            labels.append((start, end))  # (a kind of page, "Official Statistics"; a release's line of dates and labels)
            continue
        n = len(nospace(line))
        if 8 <= n <= (160 if english else 80) and not is_content(line) and not is_terminated(line) \
                and not ENUM_START.match(line):
            return st.doc.text[start:end].strip(), labels
        return None
    return None


# A line of labels and dates under a breadcrumb, no headline: "Official Statistics | Release date: 27 November 2025",
# "ASX ANNOUNCEMENT – 20 August 2025", "索引号：…发布机构：…" (a day's date, not a period a headline names: "2024年1-11月…").
_MONTH = "January|February|March|April|May|June|July|August|September|October|November|December"
_DAY_MONTH_YEAR = rf"\d{{1,2}} (?:{_MONTH}) (?:19|20)\d\d"  # (a day's date as English writes it: "27 November 2025")
_LABEL_LINE = compile_re(rf"[|｜]|索引号|发布机构|\b{_DAY_MONTH_YEAR}\b|(?:19|20)\d\d[-/.年]\d{{1,2}}[-/.月]\d{{1,2}}(?:日|\b|$)")


# What each pattern of INLINE_CHROME cannot match without ("…2年前发布", "点蓝字关注"), searched for first: the
# patterns open with a digit or a common verb, so a search for one tries every number or every 点 of the text.
_INLINE_SIGNS = [compile_re(r"前\s*(?:发布|更新|发表)"), compile_re(r"蓝色?字")]


def _remove_inline(st: Page) -> None:
    """Chrome glued inside lines: news-agency prefixes, relative publish times, follow banners,
    photo credits at the end of a caption."""
    doc = st.doc
    edits = []
    first_line = True
    # Most documents have none of these: test the whole text once, then only the lines needed.
    inline = [rx for rx, sign in zip(INLINE_CHROME, _INLINE_SIGNS, strict=True) if sign.search(doc.simp) and rx.search(doc.simp)]
    for start, end in doc.lines():
        line = doc.simp[start:end]
        if not line.strip():
            continue
        if ("讯" in line[:14] or "电" in line[:30]) and (m := NEWS_PREFIX.match(line)):
            if m.end() < len(line):
                take_byline_author_prefix(st, start, m)
                edits.append((start + m.start(), start + m.end(), ""))
                st.removed["byline"] += 1
        elif line[:2].isupper() and (m := EN_DATELINE.match(line)) and is_dateline(m) and m.end() < len(line):
            take_dateline_meta(st, m)
            edits.append((start + m.start(), start + m.end(), ""))
            st.removed["byline"] += 1
        for rx in inline:
            for m in rx.finditer(line):
                if m.end() - m.start() < 4:
                    continue
                if first_line and st.title is None and m.start() >= 8 and rx is INLINE_CHROME[0]:
                    # "<title><account> 2年前发布 …": what precedes the publish stamp is the title.
                    _title_before_stamp(st, start, m.start(), m.end(), end, edits)
                else:
                    # the account name glued in front of the stamp goes with it
                    acct = _ACCOUNT_BEFORE_STAMP.search(line[: m.start()])
                    edits.append((start + (acct.start(1) if acct else m.start()), start + m.end(), ""))
                st.removed["inline"] += 1
        if (
            ("摄" in line or "供图" in line or "文/图" in line)
            and (m := PHOTO_CREDIT.search(line))
            and m.start() > 0
        ):
            edits.append((start + m.start(), start + m.end(), ""))
            st.removed["byline"] += 1
        first_line = False
    doc.edit(edits)


def _title_before_stamp(st: Page, start: int, stamp: int, stamp_end: int, end: int, edits: list) -> None:
    """The headline glued in front of a publish stamp, often with the account name glued to it
    ("…谋突破爱山亭官方2年前发布"). Pages usually repeat the headline right after the stamp; the
    repeat tells where the headline ends, and it is dropped from the body (it lives in `title`)."""
    simp = st.doc.simp
    head = simp[start:stamp]
    window = simp[stamp_end : min(end, stamp_end + 200)]
    for rx in INLINE_CHROME:
        window = rx.sub(lambda m: " " * len(m.group(0)), window)
    best = (0, 0, 0)  # (length, start in window, end in head)
    for k in range(min(len(window), 80)):
        if window[k].isspace():
            continue
        length = 0
        while k + length < len(window) and window[k : k + length + 1] in head:
            length += 1
        if length > best[0]:
            best = (length, k, head.find(window[k : k + length]) + length)
    length, k, head_end = best
    if length >= 8 and head_end >= length:
        title_end = head_end
        edits.append((start, stamp_end, ""))
        edits.append((stamp_end + k, stamp_end + k + length, ""))
    else:
        m = re.search(rf"[{HAN}]{{2,6}}(?:官方|官微)\s*$", head)
        title_end = m.start() if m and m.start() >= 8 else len(head.rstrip())
        edits.append((start, stamp_end, ""))
    st.title = st.doc.text[start : start + title_end].strip()


# \n|(?<=[。！？!?])\s+|\s{2,} (each alternative opens with white space; written to open with it,
# so the regex engine skips ahead to white space)
_TAIL_SPLIT = compile_re(r"\s(?:(?<=\n)|(?<=[。！？!?]\s)\s*|\s+)")


def _tail_pieces(text: str) -> Iterator[str]:
    """re.split(_TAIL_SPLIT, text), one piece at a time (the pattern never matches empty)."""
    pos = 0
    for m in _TAIL_SPLIT.finditer(text):
        yield text[pos : m.start()]
        pos = m.end()
    yield text[pos:]


_PROSE = compile_re(r"[，,].{4,}[。！？!?]$")


def _cut_tail(st: Page) -> None:
    """Everything from an end-of-article marker (editor line, copyright, related-reading list) on,
    when what follows holds no paragraph of article text."""
    doc = st.doc
    simp = doc.simp
    marks = sorted(
        {*end_marks(simp)} | {m.start() for m in LIST_HEAD.finditer(simp)}
    )
    for pos in marks:
        rest = simp[pos:]
        # Pieces are cut lazily: the first one with article text ends the search, so a long
        # document with many marks is not split to its end once per mark (quadratic).
        pieces = _tail_pieces(rest)
        first = next(pieces)
        if not any(is_content(p) for p in pieces) and not is_content(first[:400]):
            if len(simp) - pos < len(simp) * 0.6 or pos > 200:
                st.removed["tail"] += 1 + rest.count("\n")
                doc.edit([(pos, len(simp), "")])
                doc.tidy()
                break
    simp = doc.simp
    # A trailing block of headline-shaped lines after the last paragraph of the article.
    lines = [(s, e) for s, e in doc.lines() if simp[s:e].strip()]
    last_content = next(
        (i for i in range(len(lines) - 1, -1, -1) if is_content(simp[lines[i][0] : lines[i][1]])), None
    )
    if last_content is None:
        return  # no article paragraphs at all (a poem, a list): nothing to compare against
    tail = lines[last_content + 1 :]
    headlines = sum(1 for s, e in tail if is_headline(simp[s:e]))
    # A sentence of prose among them (clauses, an end mark) says the article goes on.
    if headlines >= 3 and headlines >= 0.7 * len(tail) and not any(_PROSE.search(simp[s:e].strip()) for s, e in tail):
        st.removed["tail"] += len(tail)
        doc.edit([(tail[0][0], len(simp), "")])
        return
    # Stray labels left below the article (a site name, "返回"): short, no punctuation at all.
    orphans = [
        (s, e) for s, e in tail if len(nospace(simp[s:e])) <= 12 and not re.search(r"[^\w\s]", simp[s:e])
    ]
    if tail and len(orphans) == len(tail) and len(tail) <= 2:
        st.removed["tail"] += len(tail)
        doc.edit([(tail[0][0], len(simp), "")])


# "建宁县人民政府县长 伍小兰" above a report: who speaks, not what the document is called.
_SPEAKER = compile_re(
    rf"^[{HAN}]{{2,24}}(?:书记|县长|市长|区长|镇长|乡长|主任|局长|主席|厅长|省长|部长|董事长|总经理|院长)\s+[{HAN}]{{2,4}}$"
)
# Documents whose name is short: 政府工作报告, 决定, 公报.
_SHORT_TITLE = compile_re(r"(?:报告|讲话|公报|决定|意见|通知|方案|纪要|决议)$")
# The second line of a two-line headline: "暨第二批重点项目集中开工仪式".
# Or the year the title is of, set on a line of its own ("Annual Economic Development Report" / "2025").
_TITLE_CONTINUES = compile_re(r"^(?:暨|及|与|和|兼)|^(?:19|20)\d{2}(?:年度?)?$")


# An issuer's name on the line above the name of what it issues: "浙江恒川新材料股份有限公司" /
# "2024年年度报告摘要" is one title.
_ISSUER = compile_re(r"(?:公司|集团|银行|政府|委员会|办公室|办公厅|指挥部|局|厅|委)$")
_DOCUMENT_NAME = compile_re(r"(?:报告|摘要|公告|通知|通报|简报|决定|方案|快报|意见|办法|规定|公报|纪要|决议|细则|规划|计划|预案)$")
# A line of labels set apart by bars or dots, one of them a day's date: where and when a release was issued, not its
# headline ("Port Callan, 7 August 2025 | Company announcement no. 19/2025", "Statistical bulletin SFD 2026/04 ·
# Published 20 February 2026 · Page 1 of 3").
_DATED_LABELS = compile_re(rf"^(?=.*\s[|｜·•]\s).*?\b(?:{_DAY_MONTH_YEAR}|(?:{_MONTH}) \d{{1,2}}, (?:19|20)\d\d)\b")
# A printed page's running head, its page number last: "Calderwick City Council | Parking Services Annual Report 2024/25 |
# Page 1 of 12", "Fenmarch Arts Council – Annual Grants Report 2024/25 – Page 1".
_RUNNING_HEAD = compile_re(r"\s[|｜–—-]\s*Page \d{1,4}(?: of \d{1,4})?$")
# A mail's subject line is its title without the label and the reply marks: "Subject: RE: FW: …".
# (and a board paper's: "Report title: Elective and urgent care waiting times - performance report")
_MAIL_SUBJECT = compile_re(r"^(?:(?:Subject|Report title|Paper title):\s*)(?:(?:RE|Re|FW|Fw|FWD|Fwd|AW|WG|回复|转发)\s*[:：]\s*)*")
# A line break inside a headline: dropped in Chinese, a space between English words.
_JOIN = compile_re(r"(\S)\s*\n\s*(?=(\S))")


def _header_title(st: Page) -> None:
    """The headline: the first heading line of 8+ characters above the first paragraph (or a short
    document name such as 政府工作报告), with its second line when the headline was broken."""
    doc = st.doc
    lines = [(s, e) for s, e in doc.lines() if doc.simp[s:e].strip()]
    edits = []
    if not any(is_content(doc.simp[s:e]) for s, e in lines[:12]):
        return  # no article paragraph below: a poem or a list keeps its first lines
    for i, (s, e) in enumerate(lines[:8]):
        line = doc.simp[s:e].strip()
        # (A headline may ask or exclaim: "Why are so many small factories closing?" alone above the
        # text is the headline, not its first sentence.)
        asks = i == 0 and line[-1:] in "?!？！" and doc.simp[e : e + 2] == "\n\n" and len(line) <= 100
        if is_content(line) or is_terminated(line) and not asks:
            break
        n = len(nospace(line))
        nxt = doc.simp[lines[i + 1][0] : lines[i + 1][1]].strip() if i + 1 < len(lines) else ""
        if nxt and n <= 14 and _OUTLET_NAME_END.search(line):
            if not is_content(nxt):
                edits.append((s, e, ""))  # the site's name above the headline
                st.removed["site_name"] += 1
                continue
        if st.title is None and line[:1].isascii() and (
                (running := _RUNNING_HEAD.search(line) is not None) or _DATED_LABELS.match(line)):
            edits.append((s, e, ""))
            st.removed["running_head" if running else "meta"] += 1
            continue
        if _SPEAKER.match(line):
            edits.append((s, e, ""))  # the speaker of a report, below its title
            st.removed["byline"] += 1
            continue
        # (English spends about 2.5 characters where Chinese spends one: a paper's title runs to 150.)
        longest = 160 if line[:1].isascii() else 80
        if st.title is None and (8 <= n <= longest or 4 <= n < 8 and _SHORT_TITLE.search(line)) and not line.startswith(
            ("—", "-", "－")
        ) and not ENUM_START.match(line):
            end = e
            if nxt and (_TITLE_CONTINUES.match(nxt) or _ISSUER.search(line) and _DOCUMENT_NAME.search(nxt)) and len(
                    nospace(nxt)) <= 40 and not is_terminated(nxt):
                end = lines[i + 1][1]  # a headline broken over two lines, or an issuer above its document's name
            if (headline := headline_under_name(doc, line, lines[i + 1 : 8])) is not None:
                s, end = headline  # (the body's name above it, a masthead, goes with it: "Tessel Water")
                edits.append((lines[i][0], lines[i][1], ""))
            st.title = _MAIL_SUBJECT.sub("", _JOIN.sub(lambda m: m[1] + (" " if m[1].isascii() and m[2].isascii() else ""),
                                                       doc.text[s:end]).strip())
            edits.append((s, end, ""))
            continue  # a speaker line may still follow
        if st.title is not None and nospace(line) == nospace(to_simplified(st.title)):
            if (s, e, "") not in edits:  # (not the headline taken from under a body's name)
                edits.append((s, e, ""))  # the headline again below the breadcrumb
            break
    doc.edit(edits)
