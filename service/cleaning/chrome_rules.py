"""Page chrome by the shape of a line: the vocabulary common to Chinese news sites (menus, info lines,
bylines, widgets, copyright and disclaimer notices, end-of-article marks) and the predicates built on it.

`classify` says why a whole line is chrome; `is_content` and `is_headline` tell an article
paragraph from a link title. The passes that use them are in `chrome.py`.
"""

from __future__ import annotations

import re

from ..re_cache import compile_re
from .chrome_en import (
    EN_ALIAS_LINE,
    EN_BYLINE,
    EN_COOKIES,
    EN_CREDITS,
    EN_EDITORS_NOTE,
    EN_INSIDE_INFORMATION,
    EN_PHONE_LINE,
    EN_PROMO,
    EN_REGISTRATION,
    EN_RELEASE_NUMBER,
    EN_RELEASE_SLUG,
    EN_SITE_NAME,
    EN_WIDGET,
    HATNOTE,
    MAIL_HEADER,
    is_time_stamp,
)
from .notices import has_disclaimer_phrase, is_copyright, is_disclaimer
from .rows import is_bar_row
from .script import HAN

TERMINAL = "。！？!?；;…"
CLOSERS = "”’」』）)】》\"'"
_SP = r"\s?"  # sites pad short labels with spaces: "编 辑", "通 讯 员"


def _spaced(word: str) -> str:
    return _SP.join(map(re.escape, word))


def nospace(s: str) -> str:
    """`s` without white space: re.sub(r"\\s+", "", s), as str.split() splits on exactly the
    characters \\s matches, in one C pass instead of a regex call."""
    return "".join(s.split())


def is_terminated(s: str) -> bool:
    """Ends a sentence. A full stop after a digit (or a percent, a bracket) does when words come
    before it ("ended September 30, 2025.", "a rate of 7.1%."), not on a list's number alone ("1.")."""
    s = s.rstrip().rstrip(CLOSERS)
    return bool(s) and (s[-1] in TERMINAL or s[-1] == "." and len(s) > 1 and (
        s[-2].isalpha() or (s[-2].isdigit() or s[-2] in "%)") and " " in s))


DATE = compile_re(
    r"(?P<y>(?:19|20)\d{2})\s*[-/.年]\s*(?P<m>\d{1,2})\s*[-/.月]\s*(?P<d>\d{1,2})\s*日?"
    r"(?:\s*(?P<H>\d{1,2})\s*[:：时]\s*(?P<M>\d{2})(?:\s*[:：分]\s*(?P<S>\d{2}))?)?"
)

# Words that only ever appear in page furniture (menus, footers, widgets), generic to news sites.
_SITE_WORDS = compile_re(
    r"首\s?页|登\s?录|注\s?册|网站地图|联系我们|关于我们|版权声明|广告服务|意见反馈|网站简介|设为首页|加入收藏|"
    r"手机版|返回顶部|站内搜索|帮助中心|隐私政策|免责声明|网站导航|English|RSS|订阅|客户端|无障碍|"
    r"新闻中心|频道|论坛|专题|网视|视频|图片"
)
_NAV_SEP = compile_re(r"\s*(?:\||｜|│|¦|--+|>>?|＞|›|»|→|·|•|/|\\)\s*")
# A section name of an English site: one or two capitalized words ("Business", "Asia Pacific").
_EN_SECTION = compile_re(r"^[A-Z][A-Za-z&'.-]{0,15}(?: [A-Z&][A-Za-z&'.-]{0,15})?$")
# An English section trail of three steps or more, without a "Home" to open it: "Statistics > Labour market > Labour Force Survey".
# (a step may hold an en dash: "Northway Rail Infrastructure > Projects > Eastholme–Cairnford Electrification")
_EN_TRAIL = compile_re(r"[A-Z][\w&'’,–-]*(?: [\w&'’,–-]+){0,5}(?:\s*(?:>|›|»)\s*[A-Z0-9][\w&'’,–-]*(?: [\w&'’,–-]+){0,7}){2,}")
_BRACKET_ITEM = compile_re(r"^(?:\s*[\[【][^\]】]{1,12}[\]】])+\s*$")

# The label a breadcrumb opens with: 当前位置, 您现在的位置, 您当前的位置, 您所在的位置 …
_HERE = "当前位置|您的位置|你的位置|你现在的位置|您现在的位置|您当前的位置|你当前的位置|当前的位置|您所在的位置|你所在的位置|所在位置"
# (one ^ before the alternatives, not one in each: a search that opens with ^ is tried at the start only)
_BREADCRUMB = compile_re(
    rf"^\s*(?:(?:{_HERE}|位置)?\s*[:：]?\s*首\s?页\s*(?:>|＞|›|»|→|/|-|\\)"
    rf"|(?:{_HERE})\s*[:：]"
    r"|(?:You are here\s*:?\s*)?Home\s*(?:>|›|»|→|/|\\)\s*[A-Z])"  # ("Home > Office of the Mayor > Speeches")
)
# A press release's embargo line: "News release | Embargoed until 00:01, Tuesday 2 December 2025", "EMBARGOED: …".
_EMBARGO = compile_re(r"(?i)(?:(?:news|press|media) release\s*[|:–—-]\s*)?(?:embargoed\b|under embargo\b|embargo\s*:)[^.。]*$")
_META_LABEL = compile_re(
    # (a time or date label of the page's own, not of an event the text announces: "开标时间：…")
    r"(?:发布|更新|发表|刊发|录入|成文|印发)(?:时间|日期|于)|(?<![\u4e00-\u9fff])(?:时间|日期)\s?[:：]|来\s?源\s?[:：]|"
    r"作\s?者\s?[:：]|"
    r"浏览|阅读(?:量|数|次数)?\s?[:：]?\s?\d|点击(?:量|数|率)?\s?[:：]?\s?\d|关注度|访问量|人气|"
    r"字\s?号|打\s?印|【\s?[大中小]\s?】|责任编辑|信息来源|文章来源|稿件来源"
)
_WIDGET = compile_re(
    r"分享到?|转\s?发|收\s?藏|点\s?赞|评\s?论|打\s?印|关闭(?:窗口|本页)|返回(?:顶部|首页|列表)|扫一扫|二维码|"
    r"微信(?:公众)?(?:号|账号|平台)|公众号|上一篇|下一篇|上一条|下一条|暂无评论|THE\s?END|阅读原文|在看|赞赏|举报|"
    r"复制链接|QQ空间|微博|朋友圈|海报|大\s中\s小|字体|[大中小]字[号號]|数字报|手机看|客户端|下载"
)
# A site's search box, as a page's text keeps it: "搜索：[          ] 【搜索】", "站内搜索", "请输入关键词 搜索".
_SEARCH_BOX = compile_re(r"^[\W_]*(?:(?:站内|全文|全站)?(?:搜索|检索)|请输入(?:关键[词字]|搜索内容)?)(?:[\W_]*(?:请输入(?:关键[词字]|搜索内容)?|搜索|检索))*[\W_]*$")
# "(未完,全文共2270字,当前显示592字)", "(阅读全部图文内容,您需要先登录!)": the page withholds the rest (not a row
# of work "未完成": unfinished).
_PAYWALL = compile_re(
    r"未完(?![成善工结])|全文共\s?\d+\s?字|当前显示\s?\d+\s?字|阅读全[部文]|需要?先?登录|请认真阅读|展开全文|查看全文|"
    r"余下全文|剩余\s?\d+%|付费阅读|订阅后阅读"
)
_KEYWORDS_LINE = compile_re(r"^\s*(?:热门|相关)?(?:关键[词字]|标签|tags?)\s*[:：]", re.I)
# A paper's identifiers and filing codes: "DOI: 10.3760/…", "中图分类号：R587.1 文献标志码：A".
# (and a government page's disclosure labels, "索 引 号：WX-0112-2025-00086　发布机构：…", "主题分类：文化、旅游　文号：…";
# a company's legal entity identifier, "LEI: 21380069FERNCASTLE0042")
_IDENT_LINE = compile_re(r"^\s*(?:DOI|ISSN|ISBN|PMID|PMCID|arXiv|LEI|中图分类号|文献标[志识]码|文章编号|索\s?引\s?号|主题分类|发文字号)"
                         r"\s*[:：]", re.I)
# A site's <title> pasted above the article: phrases joined by underscores (keyword spam included).
_UNDERSCORE_TITLE = compile_re(r"^[^_，。；！？,;!?]{1,30}(?:_[^_，。；！？,;!?]{1,30}){2,}$")
# A bulletin's issuer and date on one line, under its title: "湘南市防指办　　2024年6月21日18时".
_ISSUER_DATE_LINE = compile_re(
    r"^\s*[\u4e00-\u9fff（）()]{2,16}\s+(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日(?:\s*\d{1,2}\s*[时:：](?:\s*\d{2}\s*分?)?)?\s*$")
# A WeChat article's header line: "原创　泓川献血　泓川献血服务　2025年01月20日 09:12　湖畔" (original, account, author, time, place).
_WECHAT_HEADER = compile_re(r"^\s*原创\s+.{0,40}?(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*\d{1,2}:\d{2}")
# A congress's document label above a report's name: "峪川县第十八届人民代表大会第四次会议文件（6）".
_SESSION_DOCUMENT = compile_re(r"会议(?:文件|材料)\s*[（(]\s*\d{1,3}\s*[）)]\s*$")
# A bulletin's or minutes' issue number on its own line: "〔2025〕第17期", "（第15期）", "第3期".
# (with its running number after it: "2024年第19期（总第87期）")
_ISSUE_NUMBER = compile_re(r"^\s*[〔\[【（(]?\s*(?:(?:19|20)\d{2}\s*(?:年|[〕\]】）)])?\s*)?(?:总)?第\s*\d{1,4}\s*期\s*[）)]?"
                           r"\s*(?:[（(]\s*总第\s*\d{1,5}\s*期\s*[）)])?\s*$")
# A listed company's announcement line: "证券代码：603781　证券简称：恒川新材　公告编号：2025-012".
_SECURITIES_LINE = compile_re(r"(?:证券|股票)代码\s*[:：].{0,40}(?:证券|股票)简称\s*[:：]|公告编号\s*[:：]")
_EDITOR = compile_re(
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
    + r")\s*(?:编\s?辑|人)?\s*[:：|丨/]"
)
_HOTLINE = compile_re(
    r"(?:新闻|报料|爆料|举报|服务|投诉|咨询|客服)?热\s?线|投稿邮箱|联系电话|联系方式\s?[:：]|客服电话|报料电话|邮箱\s?[:：]"
)
_PHONE = compile_re(r"\d{3,4}-?\d{6,8}|1[3-9]\d{9}|[\w.]+@[\w.]+|QQ\s?\d{5,}")
_BYLINE = compile_re(
    r"^\s*[■□●○▲△◆◇★☆※▶►\-—]*\s*"
    rf"(?:[{HAN}]{{2,10}}(?:网|报|台|社|日报|晚报|新闻|融媒体?中心?)讯?\s*)?"
    r"(?:本报|本刊|本台|本网|本站|融媒体?|全媒体|首席|特约|见习|实习|驻\S{1,4})?\s*"
    r"(?:记\s?者|通\s?讯\s?员|实\s?习\s?生|摄\s?影|摄\s?像|撰\s?稿|文\s?/|图\s?/|文\s?图\s?/)\s*[:：/]?"
)
NEWS_PREFIX = compile_re(
    # (in square brackets too: "【本报讯】")
    rf"^\s*[【\[]?(?:本报讯|本刊讯|本台讯|本网讯|本站讯|[{HAN}]{{2,10}}讯(?=\s*[(（]|\s*记者)|"
    rf"(?:本报|新华社|中新社|中新网|人民网)[{HAN}]{{0,8}}\d{{1,2}}月\d{{1,2}}日(?:电|讯))[】\]]?"
    rf"\s*(?:[(（][^()（）\n]{{1,40}}[)）])?\s*"
)
PHOTO_CREDIT = compile_re(
    rf"(?:(?<=[。！？!?”」』])|^)\s*[(（]?\s*(?:(?:记者|通讯员|本报记者)\s*)?"
    rf"[{HAN}]{{2,4}}(?:[\s、，,]+[{HAN}]{{2,4}}){{0,5}}\s*(?:摄影报道|摄影|摄|供图|/摄|文/图)\s*[)）]?\s*$"
)
LIST_HEAD = compile_re(
    r"(?m)^\s*(?:>>|»|【|\[)?\s*(?:延伸阅读|相关阅读|相关新闻|相关文章|相关链接|相关推荐|推荐阅读|热门推荐|热点推荐|精彩推荐|"
    r"猜你喜欢|热门文章|最新文章|热门新闻|最新新闻|热点新闻|专题推荐|图片新闻|图片中心|今日推荐|编辑推荐|"
    r"国内要闻|国际要闻|\S{0,4}要闻|更多新闻|更多阅读|往期回顾|往期推荐|为你推荐|阅读排行|点击排行|热门排行|"
    r"Related(?: (?:stories|articles|news|content|links|reading|posts|pages))?|Read more|Read next|More stories|More news|"
    r"You (?:may|might) also like|Recommended(?: for you)?)\s*(?:】|\])?\s*[:：]?\s*(?:>>|›|»|更多)?\s*$|^\s*>>\s*\S{2,8}\s*$",
    re.I | re.M,
)
# End-of-article marks, where they start a line or follow white space or a sentence end (see
# end_marks). Every alternative opens with a literal, so the regex engine skips ahead to them.
END_WORDS = compile_re(
    _spaced("编辑") + r"\s*[:：]|责任编辑|新闻热线|©|版权声明|版权所有|THE\s?END|"
    r"\(完\)|（完）|【完】|喜欢的话|暂无评论|免责声明\s*[:：]|声明\s*[:：]"
)
INLINE_CHROME = [
    # "爱山亭官方2年前发布010539": account name, relative time, counters
    # (\d+ not after a digit, written \d(?<!\d\d)\d* so the engine can skip to digits)
    compile_re(r"\d(?<!\d\d)\d*\s*(?:年|个月|个?星期|周|天|小时|分钟|秒)前\s*(?:发布|更新|发表)[\d\s]{0,10}(?=\s|$)"),
    # WeChat "follow us" banners: 点蓝色字关注“山亭快报” / 点击上方蓝字关注我们
    compile_re(
        r"(?:点击?|戳)\s*(?:上方|下方)?\s*蓝色?字体?\s*(?:关注|订阅)\s*(?:“[^”]{1,20}”|[^\s，。,.]{0,12})"
    ),
]
ENUM_START = compile_re(
    # (1. and 1、 number items; 8.6% is a decimal, no item)
    r"^\s*(?:[一二三四五六七八九十]+[、.．是]|\d{1,2}(?:[、)）]|[.．](?!\d))|[(（][一二三四五六七八九十\d]+[)）]|第[一二三四五六七八九十\d]+)"
)


def end_marks(text: str) -> list[int]:
    """Where an END_WORDS mark starts a line or follows white space or 。！？!? — the starts of
    re.finditer("(?m)(?:^|(?<=\\s)|(?<=[。！？!?]))(?:END_WORDS)"). That pattern opens with assertions,
    so the engine tried it at every character; here END_WORDS is searched for and the position
    tested (a failed test moves on by one character, as the engine would)."""
    starts = []
    pos = 0
    while (m := END_WORDS.search(text, pos)) is not None:
        p = m.start()
        if p == 0 or text[p - 1].isspace() or text[p - 1] in "。！？!?":
            starts.append(p)
            pos = m.end()
        else:
            pos = p + 1
    return starts


# A clause's punctuation (a menu has none); the items of a menu written [a] [b] or 【a】【b】.
_CLAUSE_MARK = compile_re(r"[，。；！？,;]")
_BRACKETED = compile_re(r"[\[【]([^\]】]+)[\]】]")


def _nav_items(line: str) -> list[str] | None:
    """The items of a menu line, or None when the line is not shaped like a menu."""
    s = line.strip()
    if not s or _CLAUSE_MARK.search(s):
        return None
    if _BRACKET_ITEM.match(s):
        return _BRACKETED.findall(s)
    if _NAV_SEP.search(s):
        items = [x for x in _NAV_SEP.split(s) if x.strip()]
        if is_bar_row(s):
            return None  # a table's row: "8 | 新建公共充电桩 | 2000个 | 1684个 | 84.2% | 推进中"
        if len(items) >= 3 and all(len(nospace(x)) <= 12 for x in items):
            return items
        if len(items) >= 2 and all(len(nospace(x)) <= 8 for x in items) and _SITE_WORDS.search(s):
            return items
        if len(items) >= 2 and all(_EN_SECTION.match(x.strip()) for x in items):
            return items  # an English section trail: "Business | Energy", "World > Asia Pacific"
        if len(items) >= 4 and any(x.strip().lower() == "home" for x in items[:2]) and all(len(x.split()) <= 4 for x in items):
            # an English site's menu: "Home | Your pension | Thinking of retiring? | Forms and documents", after the
            # site's short name too: "OWP | Home | Our work | Data | Publications | Consultations | Contact"
            return items
        return None
    items = s.split()
    if len(items) < 4:
        return None  # (a menu of words apart has four at least)
    latin = [x for x in items if x[:1].isascii() and x[:1].isalpha()]
    if is_terminated(s) or sum(1 for x in latin if x[0].islower()) * 5 > len(latin):
        return None  # a sentence (English words are short too); menus are Title Case and unpunctuated
    # (short words that end on a year name a document: "Urban Forest and Green Space Annual Review 2024")
    if all(len(x) <= 6 for x in items) and not (items[-1].isdigit() and len(items[-1]) == 4):
        if len(items) >= 6 or sum(1 for x in items if _SITE_WORDS.search(x)) >= 2:
            return items
    return None


_SOURCE_OR_AUTHOR = compile_re(r"来\s?源\s?[:：]|作\s?者\s?[:：]")
# A link to the article before or after this one: "下一篇：澜峒高速公路项目全线贯通 建设工期提前3个月" (a title
# with a figure, or with a comma, is still the neighbour's title).
_NEIGHBOUR_LINK = compile_re(r"^[【\[]?\s?[上下]一(?:篇|条|页)\s?[】\]]?\s?[:：]")
# A sponsor's credit: "XX市人民政府主办".
_SPONSORED = compile_re(rf"[{HAN}]{{2,}}(?:主办|承办|协办|支持)(?:\s|$)")


def classify(line: str) -> str | None:
    """Why a whole line is page chrome ('nav', 'meta', ...) or None when it may be content."""
    s = line.strip()
    if not s:
        return None
    n = len(nospace(s))
    if n > 300:
        return None
    if n <= 100 and _NEIGHBOUR_LINK.match(s):
        return "nav"
    if n <= 250 and s[:1] in "Tt" and EN_INSIDE_INFORMATION.match(s):
        return "disclaimer"
    if n >= 40 and is_terminated(s) and "，" in s:
        # a sentence of prose: only a disclaimer or a copyright notice can look like this
        if n <= 160 and is_copyright(s):
            return "copyright"
        return "disclaimer" if is_disclaimer(s, n) else None
    if _BREADCRUMB.search(s):
        return "breadcrumb"
    if s[:1].isascii() and (_EN_TRAIL.fullmatch(s) or "|" in s and all(EN_WIDGET.match(x.strip()) for x in s.split("|") if x.strip())):
        return "nav"  # ("Statistics > Labour market > Labour Force Survey"; "Download the full report (PDF) | Print this page")
    if n <= 80 and _PAYWALL.search(s) and "。" not in s.strip("()（）"):
        return "widget"
    colon = ":" in s or "：" in s  # (what a label line, an identifier line, holds: most lines have none)
    if n <= 60 and (colon and (_KEYWORDS_LINE.match(s) or EN_RELEASE_NUMBER.match(s)) or "_" in s and _UNDERSCORE_TITLE.match(s)) \
            or n <= 120 and colon and _IDENT_LINE.match(s):
        return "meta"
    if n <= 80 and _BYLINE.search(s) and "。" not in s and not is_terminated(s):
        return "byline"
    if n <= 100 and s[:1] in "BWRS" and EN_BYLINE.match(s) and not is_terminated(s):
        return "byline"
    if n <= 120 and _EMBARGO.match(s):
        return "meta"
    if s[:1] == "(" and n <= 100 and EN_ALIAS_LINE.match(s):
        return "meta"
    if n <= 80 and s[-1:].isdigit() and s[:1].isascii() and EN_PHONE_LINE.match(s):
        return "meta"
    if _nav_items(s):
        return "nav"
    labelled = n <= 150 and _META_LABEL.search(s) is not None
    if labelled and not is_terminated(s) and (DATE.search(s) or _SOURCE_OR_AUTHOR.search(s)):
        return "meta"
    if labelled and n <= 60 and re.search(r"\d", s) and "。" not in s:
        return "meta"
    if n <= 80 and ("代码" in s or "编号" in s) and _SECURITIES_LINE.search(s) and "。" not in s:
        return "meta"
    if n <= 40 and ("日" in s and _ISSUER_DATE_LINE.match(s) or "期" in s and _ISSUE_NUMBER.match(s)
                    or "会议" in s and _SESSION_DOCUMENT.search(s)) or n <= 80 and s.lstrip().startswith("原创") and _WECHAT_HEADER.match(s):
        return "meta"
    if n <= 40 and _EDITOR.search(s):
        return "editor"
    if n <= 60 and _HOTLINE.search(s) and _PHONE.search(s):
        return "hotline"
    if n <= 160 and is_copyright(s) or n <= 250 and s[:1].isascii() and EN_REGISTRATION.search(s):
        return "copyright"
    if n <= 40 and ("办" in s or "支持" in s) and _SPONSORED.search(s) and not is_terminated(s):
        return "copyright"
    if is_disclaimer(s, n):
        return "disclaimer"
    if n <= 45 and _WIDGET.search(s) and "。" not in s and (len(_WIDGET.findall(s)) >= 2 or n <= 12) \
            or n <= 20 and _SEARCH_BOX.match(s):
        return "widget"
    if n <= 100 and s[:1].isascii() and EN_RELEASE_SLUG.match(s) or n <= 200 and MAIL_HEADER.match(s):
        return "meta"
    if n <= 40 and EN_WIDGET.match(s) or n <= 200 and s[:1].isascii() and (EN_PROMO.search(s) or HATNOTE.match(s)) \
            or s[:1].isascii() and (EN_COOKIES.search(s) or EN_SITE_NAME.match(s)):
        return "widget"
    if n <= 120 and s[:1].isascii() and (EN_CREDITS.match(s) and not is_terminated(s) or is_time_stamp(s)
                                         or EN_EDITORS_NOTE.match(s)):
        return "editor"
    if ("摄" in s or "供图" in s or "文/图" in s) and PHOTO_CREDIT.fullmatch(s):  # (what its credit ends with)
        return "byline"
    return None


def is_content(line: str) -> bool:
    """A paragraph of the article: long, made of sentences, no furniture vocabulary."""
    s = line.strip()
    if len(s) < 50 or has_disclaimer_phrase(s) or is_copyright(s):
        return False
    if sum(s.count(c) for c in "。！？!?；") >= 2:
        return True
    return is_terminated(s) and (len(s) >= 80 or "，" in s or ", " in s)


# A cell holding a value, set apart by white space: what a table row flattened to text has.
_TABLE_ROW = compile_re(r"(?:^|\s)[\d.,]+\S{0,4}(?:\s|$)")
# A pause or a stop inside a line (a headline may end with 。 and has none of them before it).
_INNER_CLAUSE_MARK = compile_re(r"[，。；,;]")


def is_headline(line: str) -> bool:
    """A line shaped like a link title in a headline list."""
    s = line.strip().lstrip("·•-*>》 ")
    n = len(nospace(s))
    if not 4 <= n <= 40 or ENUM_START.match(s):
        return False
    if _INNER_CLAUSE_MARK.search(s.rstrip("。")):
        return False
    if _TABLE_ROW.search(s):
        return False  # "规上工业增加值 23.1亿元 8.4%": a row of a table, cells apart
    return not s.endswith(("：", ":", "。"))
