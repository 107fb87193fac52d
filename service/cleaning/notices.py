"""Site notices a page carries under or around its article: copyright and site-operator credits ("版权所有",
"技术支持：…", "建议使用1366×768分辨率浏览") and disclaimers ("如有侵权请联系删除", a listed company's statutory pledge).
`chrome_rules` drops a line that is one; the phrases are kept apart here because content quotes words of them ("协调项目、
资金和技术支持", "预报分辨率提高到1公里"), so each needs the shape a notice gives it."""

from __future__ import annotations

import re

from ..re_cache import compile_re

# Copyright and site-operator notices (is_copyright). The Latin ones are matched ignoring case,
# which leaves the regex engine no first character to skip ahead to, so they are kept apart and
# looked for only in text with an ASCII letter (each holds a, c or p, which ignoring case match
# only themselves); the rest open with literals.
_COPYRIGHT = compile_re(
    # (a site's credit for its maintainer, with its name after a colon or a space: not "协调项目、资金和技术支持，")
    r"版权所有|版权归|©|公网安备|保留所有权利|(?:主办|承办|协办)单位\s*[:：]|(?:技术支持|运营维护)(?:\s*[:：]|\s+\w)|网站标识码"
    r"|建议使用.{0,12}浏览器|"
    # (a screen's resolution, not a forecast's: "预报分辨率提高到1公里" is content)
    r"\d{3,4}\s*[×xX*]\s*\d{3,4}[^，。]{0,6}分辨率|(?:最佳|显示|屏幕)分辨率|分辨率\s*[:：]?\s*\d{3,4}\s*[×xX*]"
    r"|互联网新闻信息服务许可|新办[〔\[(（]\d{4}|违法和不良信息举报"
)
_COPYRIGHT_LATIN = compile_re(r"copyright|\(c\)\s?\d{4}|ICP\s?[备证]|all rights reserved", re.I)
_ASCII_LETTER = compile_re(r"[A-Za-z]")
_DISCLAIMER_START = compile_re(r"^\s*(?:\d\s*)?(?:免责|特别|郑重|版权)?声\s?明\s*[:：]")
_DISCLAIMER = compile_re(
    r"如有侵权|侵犯.{0,10}权益|版权归.{0,6}(?:原)?作者|来源于(?:互联)?网络|转载于(?:互联)?网络|不代表本(?:站|网|平台|号)|"
    r"转载请注明|未经.{0,8}授权.{0,8}(?:转载|使用|复制)|本(?:站|网)(?:部分|所有|一律|不)|"
    # a listed company's statutory statements, the same in every announcement: the board's pledge
    # that it holds no false record, and the pointer from a report's summary to its full text
    r"虚假记载.{0,12}误导性陈述.{0,12}重大遗漏|应当?到.{0,40}(?:网站|媒体).{0,12}仔细阅读.{0,12}全文"
)


def is_copyright(s: str) -> bool:
    """Whether `s` holds a copyright or site-operator notice."""
    return bool(_COPYRIGHT.search(s) or (_ASCII_LETTER.search(s) and _COPYRIGHT_LATIN.search(s)))


def is_disclaimer(s: str, n: int) -> bool:
    """A disclaimer: its phrases, and its label too when it is long. (The phrases first: they open with
    literals, which the regex engine skips ahead to.)"""
    return _DISCLAIMER.search(s) is not None and (n <= 120 or _DISCLAIMER_START.search(s) is not None)


def has_disclaimer_phrase(s: str) -> bool:
    """Whether `s` holds a phrase of a disclaimer, however long the line."""
    return _DISCLAIMER.search(s) is not None
