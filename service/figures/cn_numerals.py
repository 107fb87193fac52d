"""Chinese numerals: 二十三 -> 23, 千 -> 1000, 两 -> 2, 一万二千 -> 12000, 十八点六 -> 18.6."""

from __future__ import annotations

CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6,
             "七": 7, "八": 8, "九": 9}
CN_SMALL_UNITS = {"十": 10, "百": 100, "千": 1000}


def cn_to_number(s: str) -> float | None:
    """Chinese numerals to a number: 二十三 -> 23, 千 -> 1000, 两 -> 2, 一万二千 -> 12000, 十八点六 -> 18.6."""
    if not s:
        return None
    if (dot := max(s.find("点"), s.find("點"))) > 0:
        whole, tenths = cn_to_number(s[:dot]), s[dot + 1 :]
        if whole is None or not tenths or any(c not in CN_DIGITS for c in tenths):
            return None
        return whole + float("0." + "".join(str(CN_DIGITS[c]) for c in tenths))
    total, section, cur = 0.0, 0.0, 0.0
    seen = False
    for ch in s:
        if ch in CN_DIGITS:
            cur = float(CN_DIGITS[ch])
            seen = True
        elif ch in CN_SMALL_UNITS:
            section += (cur if seen and cur else 1) * CN_SMALL_UNITS[ch]
            cur, seen = 0.0, False
        elif ch == "万":
            total += (section + cur or 1) * 1e4
            section, cur, seen = 0.0, 0.0, False
        elif ch == "亿":
            total = (total + section + cur or 1) * 1e8
            section, cur, seen = 0.0, 0.0, False
        else:
            return None
    return total + section + cur
