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
from collections.abc import Iterator
from dataclasses import dataclass, field

from .aligned import Aligned
from .injection import find_instructions
from .normalize import normalize_whitespace
from .repair import find_suspect, repair_mojibake
from .script import (
    HAN,
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
        if _classify(line) == "meta":
            probe = _State(
                Aligned(line, to_simplified(line) if len(to_simplified(line)) == len(line) else line)
            )
            _take_meta(probe, 0, len(line))
            for key in ("published", "source", "author"):
                meta[key] = meta.get(key) or getattr(probe, key)
            break
    # A fragment, or a page where the extractor kept too little: keep every visible text and let
    # the line-level chrome rules do the work.
    if not text or len(HAN_RE.findall(text)) + len(text.split()) < 0.25 * (
        len(HAN_RE.findall(full)) + len(full.split())
    ):
        if not text or len(full) < 3000:
            text = full
    return text, meta


# ----------------------------------------------------------------------------- chrome shapes

TERMINAL = "。！？!?；;…"
CLOSERS = "”’」』）)】》\"'"
_SP = r"\s?"  # sites pad short labels with spaces: "编 辑", "通 讯 员"


def _spaced(word: str) -> str:
    return _SP.join(map(re.escape, word))


def _nospace(s: str) -> str:
    return re.sub(r"\s+", "", s)


def _is_terminated(s: str) -> bool:
    s = s.rstrip().rstrip(CLOSERS)
    return bool(s) and (s[-1] in TERMINAL or s[-1] == "." and len(s) > 1 and s[-2].isalpha())


_DATE = re.compile(
    r"(?P<y>(?:19|20)\d{2})\s*[-/.年]\s*(?P<m>\d{1,2})\s*[-/.月]\s*(?P<d>\d{1,2})\s*日?"
    r"(?:\s*(?P<H>\d{1,2})\s*[:：时]\s*(?P<M>\d{2})(?:\s*[:：分]\s*(?P<S>\d{2}))?)?"
)
_REL_TIME = re.compile(r"\d+\s*(?:年|个月|个?星期|周|天|小时|分钟|秒)前")

# Words that only ever appear in page furniture (menus, footers, widgets), generic to news sites.
_SITE_WORDS = re.compile(
    r"首\s?页|登\s?录|注\s?册|网站地图|联系我们|关于我们|版权声明|广告服务|意见反馈|网站简介|设为首页|加入收藏|"
    r"手机版|返回顶部|站内搜索|帮助中心|隐私政策|免责声明|网站导航|English|RSS|订阅|客户端|无障碍|"
    r"新闻中心|频道|论坛|专题|网视|视频|图片"
)
_NAV_SEP = re.compile(r"\s*(?:\||｜|│|¦|--+|>>?|＞|›|»|→|·|•|/|\\)\s*")
_BRACKET_ITEM = re.compile(r"^(?:\s*[\[【][^\]】]{1,12}[\]】])+\s*$")

_BREADCRUMB = re.compile(
    r"^\s*(?:当前位置|您的位置|你的位置|你现在的位置|您现在的位置|所在位置|位置)?\s*[:：]?\s*首\s?页\s*(?:>|＞|›|»|→|/|-|\\)"
    r"|^\s*(?:当前位置|您的位置|你的位置|你现在的位置|您现在的位置|所在位置)\s*[:：]"
)
_META_LABEL = re.compile(
    r"(?:发布|更新|发表|刊发|录入)(?:时间|日期|于)|时间\s?[:：]|日期\s?[:：]|来\s?源\s?[:：]|作\s?者\s?[:：]|"
    r"浏览|阅读(?:量|数|次数)?\s?[:：]?\s?\d|点击(?:量|数|率)?\s?[:：]?\s?\d|关注度|访问量|人气|"
    r"字\s?号|打\s?印|【\s?[大中小]\s?】|责任编辑|信息来源|文章来源|稿件来源"
)
_WIDGET = re.compile(
    r"分享到?|转\s?发|收\s?藏|点\s?赞|评\s?论|打\s?印|关闭(?:窗口|本页)|返回(?:顶部|首页|列表)|扫一扫|二维码|"
    r"微信(?:公众)?(?:号|账号|平台)|公众号|上一篇|下一篇|上一条|下一条|暂无评论|THE\s?END|阅读原文|在看|赞赏|举报|"
    r"复制链接|QQ空间|微博|朋友圈|海报|大\s中\s小|字体|数字报|手机看|客户端|下载"
)
_EN_WIDGET = re.compile(
    r"^\W*(?:share|tweet|print|email|e-mail|advertisement|subscribe|sign in|log in|comments?|related|read more|"
    r"follow us|back to top)\b[^.!?]*$",
    re.I,
)
_COPYRIGHT = re.compile(
    r"版权所有|版权归|copyright|©|\(c\)\s?\d{4}|ICP\s?[备证]|公网安备|保留所有权利|all rights reserved|"
    r"主办单位|承办单位|技术支持|运营维护|网站标识码|建议使用.{0,12}浏览器|分辨率|互联网新闻信息服务许可|"
    r"新办[〔\[(（]\d{4}|违法和不良信息举报",
    re.I,
)
_DISCLAIMER_START = re.compile(r"^\s*(?:\d\s*)?(?:免责|特别|郑重|版权)?声\s?明\s*[:：]")
_DISCLAIMER = re.compile(
    r"如有侵权|侵犯.{0,10}权益|版权归.{0,6}(?:原)?作者|(?:来源|转载)于(?:互联)?网络|不代表本(?:站|网|平台|号)|"
    r"转载请注明|未经.{0,8}授权.{0,8}(?:转载|使用|复制)|本(?:站|网)(?:部分|所有|一律|不)"
)
_EDITOR = re.compile(
    r"^\s*[【\[(（]?\s*(?:"
    + "|".join(
        _spaced(w)
        for w in [
            "责任编辑",
            "值班编辑",
            "编辑",
            "校对",
            "审核",
            "审校",
            "终审",
            "监制",
            "排版",
            "美编",
            "策划",
            "统筹",
            "初审",
            "复审",
            "编审",
            "制作",
            "主编",
            "总编",
        ]  # fmt: skip
    )
    + r")\s*[:：|丨/]"
)
_HOTLINE = re.compile(
    r"(?:新闻|报料|爆料|举报|服务|投诉|咨询|客服)?热\s?线|投稿邮箱|联系电话|联系方式\s?[:：]|客服电话|报料电话|邮箱\s?[:：]"
)
_PHONE = re.compile(r"\d{3,4}-?\d{6,8}|1[3-9]\d{9}|[\w.]+@[\w.]+|QQ\s?\d{5,}")
_BYLINE = re.compile(
    r"^\s*[■□●○▲△◆◇★☆※▶►\-—]*\s*(?:本报|本刊|本台|本网|本站|融媒体?|全媒体|首席|特约|见习|实习|驻\S{1,4})?\s*"
    r"(?:记\s?者|通\s?讯\s?员|实\s?习\s?生|摄\s?影|摄\s?像|撰\s?稿|文\s?/|图\s?/|文\s?图\s?/)\s*[:：/]?"
)
_NEWS_PREFIX = re.compile(
    rf"^\s*(?:本报讯|本刊讯|本台讯|本网讯|本站讯|[{HAN}]{{2,10}}讯(?=\s*[(（]|\s*记者)|"
    rf"(?:本报|新华社|中新社|中新网|人民网)[{HAN}]{{0,8}}\d{{1,2}}月\d{{1,2}}日(?:电|讯))"
    rf"\s*(?:[(（][^()（）\n]{{1,40}}[)）])?\s*"
)
_PHOTO_CREDIT = re.compile(
    rf"(?:(?<=[。！？!?”」』])|^)\s*[(（]?\s*(?:(?:记者|通讯员|本报记者)\s*)?"
    rf"[{HAN}]{{2,4}}(?:[\s、，,]+[{HAN}]{{2,4}}){{0,5}}\s*(?:摄影报道|摄影|摄|供图|/摄|文/图)\s*[)）]?\s*$"
)
_LIST_HEAD = re.compile(
    r"(?m)^\s*(?:>>|»|【|\[)?\s*(?:延伸阅读|相关阅读|相关新闻|相关文章|相关链接|相关推荐|推荐阅读|热门推荐|热点推荐|精彩推荐|"
    r"猜你喜欢|热门文章|最新文章|热门新闻|最新新闻|热点新闻|专题推荐|图片新闻|图片中心|今日推荐|编辑推荐|"
    r"国内要闻|国际要闻|\S{0,4}要闻|更多新闻|更多阅读|往期回顾|往期推荐|为你推荐|阅读排行|点击排行|热门排行|"
    r"Related|Read more|More stories|Recommended)\s*(?:】|\])?\s*(?:>>|›|»|更多)?\s*$|^\s*>>\s*\S{2,8}\s*$",
    re.I | re.M,
)
_END_MARK = re.compile(
    r"(?m)(?:^|(?<=\s)|(?<=[。！？!?]))(?:"
    + _spaced("编辑")
    + r"\s*[:：]|责任编辑|新闻热线|©|版权声明|版权所有|THE\s?END|"
    r"\(完\)|（完）|【完】|喜欢的话|暂无评论|(?:免责)?声明\s*[:：])"
)
_INLINE_CHROME = [
    # "爱山亭官方2年前发布010539": account name, relative time, counters
    re.compile(rf"(?<!\d){_REL_TIME.pattern}\s*(?:发布|更新|发表)[\d\s]{{0,10}}(?=\s|$)"),
    # WeChat "follow us" banners: 点蓝色字关注“山亭快报” / 点击上方蓝字关注我们
    re.compile(
        r"(?:点击?|戳)\s*(?:上方|下方)?\s*蓝色?字体?\s*(?:关注|订阅)\s*(?:“[^”]{1,20}”|[^\s，。,.]{0,12})"
    ),
]
_ENUM_START = re.compile(
    r"^\s*(?:[一二三四五六七八九十]+[、.．是]|\d{1,2}[、.．)）]|[(（][一二三四五六七八九十\d]+[)）]|第[一二三四五六七八九十\d]+)"
)


def _nav_items(line: str) -> list[str] | None:
    """The items of a menu line, or None when the line is not shaped like a menu."""
    s = line.strip()
    if not s or re.search(r"[，。；！？,;]", s):
        return None
    if _BRACKET_ITEM.match(s):
        return re.findall(r"[\[【]([^\]】]+)[\]】]", s)
    if _NAV_SEP.search(s):
        items = [x for x in _NAV_SEP.split(s) if x.strip()]
        if len(items) >= 3 and all(len(_nospace(x)) <= 12 for x in items):
            return items
        if len(items) >= 2 and all(len(_nospace(x)) <= 8 for x in items) and _SITE_WORDS.search(s):
            return items
        return None
    items = s.split()
    if len(items) >= 4 and all(len(x) <= 6 for x in items):
        if len(items) >= 6 or sum(1 for x in items if _SITE_WORDS.search(x)) >= 2:
            return items
    return None


def _classify(line: str) -> str | None:
    """Why a whole line is page chrome ('nav', 'meta', ...) or None when it may be content."""
    s = line.strip()
    if not s:
        return None
    n = len(_nospace(s))
    if n > 300:
        return None
    if n >= 40 and _is_terminated(s) and "，" in s:
        # a sentence of prose: only a disclaimer or a copyright notice can look like this
        if n <= 160 and _COPYRIGHT.search(s):
            return "copyright"
        if _DISCLAIMER_START.search(s) and _DISCLAIMER.search(s) or _DISCLAIMER.search(s) and n <= 120:
            return "disclaimer"
        return None
    if _BREADCRUMB.search(s):
        return "breadcrumb"
    if n <= 80 and _BYLINE.search(s) and "。" not in s and not _is_terminated(s):
        return "byline"
    if _nav_items(s):
        return "nav"
    if (
        n <= 150
        and not _is_terminated(s)
        and _META_LABEL.search(s)
        and (_DATE.search(s) or re.search(r"来\s?源\s?[:：]|作\s?者\s?[:：]", s))
    ):
        return "meta"
    if n <= 60 and _META_LABEL.search(s) and re.search(r"\d", s) and "。" not in s:
        return "meta"
    if n <= 40 and _EDITOR.search(s):
        return "editor"
    if n <= 60 and _HOTLINE.search(s) and _PHONE.search(s):
        return "hotline"
    if n <= 160 and _COPYRIGHT.search(s):
        return "copyright"
    if n <= 40 and re.search(rf"[{HAN}]{{2,}}(?:主办|承办|协办|支持)(?:\s|$)", s) and not _is_terminated(s):
        return "copyright"
    if n <= 300 and (
        _DISCLAIMER_START.search(s) and _DISCLAIMER.search(s) or _DISCLAIMER.search(s) and n <= 120
    ):
        return "disclaimer"
    if n <= 45 and _WIDGET.search(s) and "。" not in s and (len(_WIDGET.findall(s)) >= 2 or n <= 12):
        return "widget"
    if n <= 80 and _BYLINE.search(s) and "。" not in s and not _is_terminated(s):
        return "byline"
    if n <= 40 and _EN_WIDGET.match(s):
        return "widget"
    if _PHOTO_CREDIT.fullmatch(s):
        return "byline"
    return None


def _is_content(line: str) -> bool:
    """A paragraph of the article: long, made of sentences, no furniture vocabulary."""
    s = line.strip()
    if len(s) < 50 or _DISCLAIMER.search(s) or _COPYRIGHT.search(s):
        return False
    if sum(s.count(c) for c in "。！？!?；") >= 2:
        return True
    return _is_terminated(s) and (len(s) >= 80 or "，" in s or ", " in s)


def _is_headline(line: str) -> bool:
    """A line shaped like a link title in a headline list."""
    s = line.strip().lstrip("·•-*>》 ")
    n = len(_nospace(s))
    if not 4 <= n <= 40 or _ENUM_START.match(s):
        return False
    if re.search(r"[，。；,;]", s.rstrip("。")):
        return False
    return not s.endswith(("：", ":", "。"))


# ----------------------------------------------------------------------------- metadata


def _format_date(m: re.Match) -> str:
    d = f"{m['y']}-{int(m['m']):02d}-{int(m['d']):02d}"
    if m["H"]:
        d += f" {int(m['H']):02d}:{m['M']}" + (f":{m['S']}" if m["S"] else "")
    return d


def _label_value(s: str, label: str) -> str | None:
    m = re.search(rf"{label}\s*[:：]\s*([^\s|｜]+(?:\s(?![^\s]*[:：])[^\s|｜:：\d]{{1,4}})*)", s)
    if not m:
        return None
    value = m.group(1).strip()
    if _DATE.match(value) or re.match(r"(?:发布|时间|日期|作者|来源|浏览|编辑)", value):
        return None
    return value or None


# ----------------------------------------------------------------------------- the stage


@dataclass
class _State:
    doc: Aligned
    removed: Counter = field(default_factory=Counter)
    title: str | None = None
    published: str | None = None
    source: str | None = None
    author: str | None = None


def _take_meta(st: _State, start: int, end: int) -> None:
    s = st.doc.simp[start:end]
    t = st.doc.text[start:end]
    if st.published is None and (m := _DATE.search(s)):
        st.published = _format_date(m)
    if st.source is None and (v := _label_value(s, r"(?:信息|文章|稿件)?来\s?源")):
        k = s.find(v)
        st.source = t[k : k + len(v)]
    if st.author is None and (v := _label_value(s, r"作\s?者")):
        k = s.find(v)
        st.author = t[k : k + len(v)]


def _take_byline_author(st: _State, start: int, end: int) -> None:
    if st.author:
        return
    s = st.doc.simp[start:end]
    m = re.search(r"记\s?者\s*[:：]?\s*(.+?)(?:[,，;；]|\s*(?:本报|本刊)?通\s?讯\s?员|\s*实习生|$)", s)
    if m and m.group(1).strip():
        k = m.start(1)
        st.author = re.sub(r"\s+", " ", st.doc.text[start + k : start + m.end(1)]).strip()


def _remove_lines(st: _State) -> None:
    doc = st.doc
    edits = []
    for start, end in doc.lines():
        line = doc.simp[start:end]
        kind = _classify(line)
        if kind is None:
            continue
        if kind == "breadcrumb":
            last = re.split(r"\s*(?:>|＞|›|»|→)\s*", line.strip())[-1]
            if st.title is None and len(_nospace(last)) >= 8:
                k = line.rfind(last)
                st.title = doc.text[start + k : start + k + len(last)].strip()
        if kind == "meta":
            _take_meta(st, start, end)
        if kind == "byline":
            _take_byline_author(st, start, end)
        st.removed[kind] += 1
        edits.append((start, end, ""))
    doc.edit(edits)


def _remove_inline(st: _State) -> None:
    """Chrome glued inside lines: news-agency prefixes, relative publish times, follow banners,
    photo credits at the end of a caption."""
    doc = st.doc
    edits = []
    first_line = True
    # Most documents have none of these: test the whole text once, then only the lines needed.
    inline = [rx for rx in _INLINE_CHROME if rx.search(doc.simp)]
    for start, end in doc.lines():
        line = doc.simp[start:end]
        if not line.strip():
            continue
        if ("讯" in line[:14] or "电" in line[:30]) and (m := _NEWS_PREFIX.match(line)):
            if m.end() < len(line):
                _take_byline_author_prefix(st, start, m)
                edits.append((start + m.start(), start + m.end(), ""))
                st.removed["byline"] += 1
        for rx in inline:
            for m in rx.finditer(line):
                if m.end() - m.start() < 4:
                    continue
                if first_line and st.title is None and m.start() >= 8 and rx is _INLINE_CHROME[0]:
                    # "<title><account> 2年前发布 …": what precedes the publish stamp is the title.
                    _title_before_stamp(st, start, m.start(), m.end(), end, edits)
                else:
                    # the account name glued in front of the stamp goes with it
                    acct = re.search(
                        rf"(?:^|\s)([{HAN}A-Za-z]{{2,8}}(?:官方|官微|融媒|发布))\s*$", line[: m.start()]
                    )
                    edits.append((start + (acct.start(1) if acct else m.start()), start + m.end(), ""))
                st.removed["inline"] += 1
        if (
            ("摄" in line or "供图" in line or "文/图" in line)
            and (m := _PHOTO_CREDIT.search(line))
            and m.start() > 0
        ):
            edits.append((start + m.start(), start + m.end(), ""))
            st.removed["byline"] += 1
        first_line = False
    doc.edit(edits)


def _take_byline_author_prefix(st: _State, start: int, m: re.Match) -> None:
    inner = re.search(r"[(（]([^()（）]+)[)）]", m.group(0))
    if st.author is None and inner:
        k = m.start() + inner.start(1)
        st.author = re.sub(
            r"^(?:记者|通讯员)\s*", "", st.doc.text[start + k : start + k + len(inner.group(1))]
        ).strip()


def _title_before_stamp(st: _State, start: int, stamp: int, stamp_end: int, end: int, edits: list) -> None:
    """The headline glued in front of a publish stamp, often with the account name glued to it
    ("…谋突破爱山亭官方2年前发布"). Pages usually repeat the headline right after the stamp; the
    repeat tells where the headline ends, and it is dropped from the body (it lives in `title`)."""
    simp = st.doc.simp
    head = simp[start:stamp]
    window = simp[stamp_end : min(end, stamp_end + 200)]
    for rx in _INLINE_CHROME:
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


_TAIL_SPLIT = re.compile(r"\n|(?<=[。！？!?])\s+|\s{2,}")


def _tail_pieces(text: str) -> Iterator[str]:
    """re.split(_TAIL_SPLIT, text), one piece at a time (the pattern never matches empty)."""
    pos = 0
    for m in _TAIL_SPLIT.finditer(text):
        yield text[pos : m.start()]
        pos = m.end()
    yield text[pos:]


def _cut_tail(st: _State) -> None:
    """Everything from an end-of-article marker (editor line, copyright, related-reading list) on,
    when what follows holds no paragraph of article text."""
    doc = st.doc
    simp = doc.simp
    marks = sorted(
        {m.start() for m in _END_MARK.finditer(simp)} | {m.start() for m in _LIST_HEAD.finditer(simp)}
    )
    for pos in marks:
        rest = simp[pos:]
        # Pieces are cut lazily: the first one with article text ends the search, so a long
        # document with many marks is not split to its end once per mark (quadratic).
        pieces = _tail_pieces(rest)
        first = next(pieces)
        if not any(_is_content(p) for p in pieces) and not _is_content(first[:400]):
            if len(simp) - pos < len(simp) * 0.6 or pos > 200:
                st.removed["tail"] += 1 + rest.count("\n")
                doc.edit([(pos, len(simp), "")])
                doc.tidy()
                break
    simp = doc.simp
    # A trailing block of headline-shaped lines after the last paragraph of the article.
    lines = [(s, e) for s, e in doc.lines() if simp[s:e].strip()]
    last_content = next(
        (i for i in range(len(lines) - 1, -1, -1) if _is_content(simp[lines[i][0] : lines[i][1]])), None
    )
    if last_content is None:
        return  # no article paragraphs at all (a poem, a list): nothing to compare against
    tail = lines[last_content + 1 :]
    headlines = sum(1 for s, e in tail if _is_headline(simp[s:e]))
    if headlines >= 3 and headlines >= 0.7 * len(tail):
        st.removed["tail"] += len(tail)
        doc.edit([(tail[0][0], len(simp), "")])
        return
    # Stray labels left below the article (a site name, "返回"): short, no punctuation at all.
    orphans = [
        (s, e) for s, e in tail if len(_nospace(simp[s:e])) <= 12 and not re.search(r"[^\w\s]", simp[s:e])
    ]
    if tail and len(orphans) == len(tail) and len(tail) <= 2:
        st.removed["tail"] += len(tail)
        doc.edit([(tail[0][0], len(simp), "")])


def _header_title(st: _State) -> None:
    """The headline: the first heading line of 8+ characters above the first paragraph."""
    doc = st.doc
    lines = [(s, e) for s, e in doc.lines() if doc.simp[s:e].strip()]
    edits = []
    if not any(_is_content(doc.simp[s:e]) for s, e in lines[:12]):
        return  # no article paragraph below: a poem or a list keeps its first lines
    for i, (s, e) in enumerate(lines[:8]):
        line = doc.simp[s:e].strip()
        if _is_content(line) or _is_terminated(line):
            break
        n = len(_nospace(line))
        if (
            i + 1 < len(lines)
            and n <= 14
            and re.search(r"(?:网|网站|在线|门户|官网|客户端|新闻|日报|晚报)$", line)
        ):
            if not _is_content(doc.simp[lines[i + 1][0] : lines[i + 1][1]]):
                edits.append((s, e, ""))  # the site's name above the headline
                st.removed["site_name"] += 1
                continue
        if (
            st.title is None
            and 8 <= n <= 80
            and not line.startswith(("—", "-", "－"))
            and not _ENUM_START.match(line)
        ):
            st.title = doc.text[s:e].strip()
            edits.append((s, e, ""))
            break
        if st.title is not None and _nospace(line) == _nospace(to_simplified(st.title)):
            edits.append((s, e, ""))  # the headline again below the breadcrumb
            break
    doc.edit(edits)


def _rejoin(doc: Aligned, language: str) -> int:
    """Lines broken in the middle of a sentence ("杨国平表\\n\\n示，") are joined again."""
    simp = doc.simp
    edits = []
    for m in re.finditer(r"\n+", simp):
        a0 = simp.rfind("\n", 0, m.start()) + 1
        prev = simp[a0 : m.start()].rstrip()
        nxt_end = simp.find("\n", m.end())
        nxt = simp[m.end() : nxt_end if nxt_end >= 0 else len(simp)].strip()
        if not prev or not nxt or _is_terminated(prev) or prev[-1] in "：:":
            continue
        if _ENUM_START.match(nxt) or nxt[0] in "—-·•■●▲◆★【[":
            continue
        quotes_open = prev.count("“") > prev.count("”") or prev.count("‘") > prev.count("’")
        parens_open = prev.count("(") + prev.count("（") > prev.count(")") + prev.count("）")
        cont_start = nxt[0] in "，、。；：！？）」』”’,.;:!?)" or (language == "en" and nxt[0].islower())
        wrapped = (
            (len(prev) >= 40 and not _is_headline_like_long(prev))
            or (prev[-1] in "，、," and len(prev) >= 24)
            or bool(re.search(r"[。！？；!?;]", prev))  # a finished sentence, then a broken one
        )
        if not (wrapped or quotes_open or parens_open or cont_start):
            continue
        if language == "en" or (
            prev[-1].isascii() and prev[-1].isalnum() and nxt[0].isascii() and nxt[0].isalnum()
        ):
            edits.append((m.start(), m.end(), " "))
        else:
            edits.append((m.start(), m.end(), ""))
    doc.edit(edits)
    return len(edits)


def _is_headline_like_long(s: str) -> bool:
    return len(s) <= 60 and not re.search(r"[，。,]", s)


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
    st = _State(Aligned(text, simp))
    _remove_lines(st)
    _remove_inline(st)
    st.doc.tidy()
    _cut_tail(st)
    _header_title(st)
    st.doc.tidy()
    joined = _rejoin(st.doc, language)
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
