"""Bytes -> text: GBK, Big5, UTF-16 with and without a BOM, UTF-8 with a BOM, binary refused."""

from __future__ import annotations

import pytest

from service.cleaning import clean, decode_bytes
from tests.support import DATA


def test_gbk_file():
    text, enc = decode_bytes((DATA / "article_gbk.txt").read_bytes())
    assert enc == "gb18030"
    assert "高标准农田3200亩" in text


def test_big5_file():
    text, enc = decode_bytes((DATA / "article_big5.txt").read_bytes())
    assert enc.replace("_", "").lower().startswith("big5") or enc == "cp950"
    c = clean(text)
    assert "社會住宅1200戶" in c.text and "社会住宅1200户" in c.analysis
    assert c.script == "traditional"


@pytest.mark.parametrize("name", ["article_utf16.txt", "article_utf16le_nobom.txt"])
def test_utf16_files(name: str):
    text, enc = decode_bytes((DATA / name).read_bytes())
    assert enc.startswith("utf-16")
    assert text.startswith("平安镇今年计划新建高标准农田3200亩")


def test_utf8_bom_and_binary_refused():
    assert decode_bytes("\ufeff你好，世界。".encode()) == ("你好，世界。", "utf-8-sig")
    with pytest.raises(ValueError, match="binary|not text|encoding"):
        decode_bytes(bytes(range(256)) * 40)
    with pytest.raises(ValueError):
        decode_bytes(b"\x00\x01\x02\x03\xff\xfe\x00" * 500 + b"\x89PNG\x00\x00")


def test_office_files_that_are_no_text_are_named():
    # A .doc, or a .docx locked with a password (Office keeps those in the old compound format).
    with pytest.raises(ValueError, match="old Microsoft Office file .* or a password-protected one"):
        decode_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512))
