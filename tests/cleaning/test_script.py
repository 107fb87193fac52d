"""Scripts: Traditional input kept Traditional with a Simplified analysis copy, conversion on request,
and inline pinyin notes removed while real parentheses stay."""

from __future__ import annotations

import random
import re

from service.cleaning import clean, remove_pinyin_notes
from service.cleaning.script import HAN_RE, count_han, count_latin
from tests.support import DATA


def test_pinyin_annotated_traditional_text():
    raw = (DATA / "traditional_pinyin.txt").read_text(encoding="utf-8")
    c = clean(raw)
    assert "(zh" not in c.text and "(f" not in c.text and "(l" not in c.text
    assert "發布消息" in c.text and "同比增長18.5%" in c.text
    assert "科技園區(二期)" in c.text  # real parentheses stay
    assert c.script == "traditional" and "converted_from_traditional" in c.warnings
    assert "科技园区(二期)" in c.analysis and len(c.analysis) == len(c.text)
    s = clean(raw, script="simplified")
    assert s.script == "simplified" and s.text == s.analysis and "产业用地新增120公顷" in s.text
    t = clean("全镇新增企业26个，同比增长15.6%。" * 3, script="traditional")
    assert t.script == "traditional" and "個" in t.text and "个" in t.analysis


def test_pinyin_notes_forms_and_real_parentheses():
    assert remove_pinyin_notes("中（zhōng）国")[0] == "中国"
    assert remove_pinyin_notes("發(fā)展與產(chǎn)業(yè)")[0] == "發展與產業"
    # toneless syllables only go when the document already uses toned notes
    assert remove_pinyin_notes("發(fā)展(fa)與產(chǎn)業")[0] == "發展與產業"
    keep = "淮安114网(m.d7760.cn)和(刘晓明 范昀 明明)、(二期)、人工智能(ai)、(app)"
    assert remove_pinyin_notes(keep)[0] == keep


def test_damaged_pinyin_notes_are_removed_too():
    from service.cleaning import remove_pinyin_notes

    # Tone marks lost to "?" by an encoding without them (Big5): removed when the page shows several.
    assert remove_pinyin_notes("發(f?)布會在關(gu?n)注中心舉行")[0] == "發布會在關注中心舉行"
    # A note whose bracket or Han character was eaten by mojibake next to it.
    text, n = remove_pinyin_notes("發(fā)布會，關(guān)注數shù)仄鹬貦C(jī)舉行")
    assert text == "發布會，關注數仄鹬貦C舉行" and n == 4
    # One look-alike alone is text, not a damaged note: "(AI)", "(a?)".
    assert remove_pinyin_notes("中心(AI)舉行，問(a?)答")[0] == "中心(AI)舉行，問(a?)答"


def test_han_and_latin_counts_equal_the_regex_counts():
    rng = random.Random(3)
    # Block edges: U+33FF, U+3400, U+4DBF, U+4DC0 (hexagram), U+4DFF, U+4E00, U+9FFF, U+A000.
    texts = ["\u33ff\u3400\u4dbf\u4dc0\u4dff\u4e00\u9fff\ua000 aZ 中文 Ünï 𠀀"]
    texts += ["".join(chr(rng.randrange(0x110000)) for _ in range(300)) for _ in range(200)]
    texts += ["".join(rng.choice("中文aZ\u4dc0\u4dbf ，。") for _ in range(300)) for _ in range(200)]
    for t in texts:
        assert count_han(t) == len(HAN_RE.findall(t))
        assert count_latin(t) == len(re.findall("[A-Za-z]", t))


def test_toned_and_orphan_notes_in_one_pass_equal_their_patterns():
    from service.cleaning.script import _ORPHAN_NOTE, _TONED_NOTE, _toned_notes

    rng = random.Random(5)
    texts = ["發(fā)布關（guān）注數shù)仄C(jī)舉行 (zhōng (fa) ā) xā)"]
    texts += ["".join(rng.choice("發(（)）fāzhōngü?a 中") for _ in range(200)) for _ in range(300)]
    for t in texts:
        expected = [m.span() for m in _TONED_NOTE.finditer(t)] + [m.span() for m in _ORPHAN_NOTE.finditer(t)]
        assert sorted(_toned_notes(t)) == sorted(expected)
