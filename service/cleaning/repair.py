"""Mojibake: deterministic repairs (UTF-8 read as Latin-1/cp1252 via ftfy, UTF-8 read as GBK,
byte-shifted GBK punctuation) and the spans of what could not be repaired (`find_suspect`)."""

from __future__ import annotations

import re
from collections import Counter

from ..re_cache import compile_re
from .script import HAN, HAN_RE


def _gbk_bytes(s: str) -> bytes | None:
    try:
        return s.encode("gbk")
    except UnicodeEncodeError:
        return None


# A GBK stream that lost the high bit of one lead byte: "“漣" (A1 B0 9D 69) shows as "!皾i" —
# every later byte pairs with the wrong neighbour until an ASCII byte realigns the stream.
# Full-width punctuation lives in rows A1-A3, so the broken byte shows as ! " or #.
_SHIFTED = compile_re(rf"[!\"#](?=[{HAN}])[{HAN}\u3000-\u303f\uff00-\uffef]{{1,12}}[\x40-\x7e]?")
_OPEN_CLOSE = set("“”‘’「」『』《》〈〉【】（）")


def _shift_candidates(text: str, trusted: bool = False) -> list[tuple[int, int, str | None]]:
    """(start, end, repair or None) for every run that decodes as a byte-shifted GBK quote."""
    found: list[tuple[int, int, str | None]] = []
    counts: dict[str, int] = {}
    everything: Counter[str] | None = None

    def count(c: str) -> int:
        """Counter(text)[c]: one scan per character asked about while they are few (a page with a
        handful of candidates), every character counted at once when they are many."""
        nonlocal everything
        if everything is not None:
            return everything[c]
        n = counts.get(c)
        if n is None:
            if len(counts) >= 64:
                everything = Counter(text)
                return everything[c]
            n = counts[c] = text.count(c)
        return n

    for m in _SHIFTED.finditer(text):
        if m.start() > 0 and text[m.start() - 1] in "?!？！。，":
            continue  # "?!" and "!!" are punctuation people type, not a broken lead byte
        run = m.group(0)
        body = _gbk_bytes(run[1:])
        if body is None:
            continue
        raw = bytes([ord(run[0]) | 0x80]) + body
        repaired = raw.decode("gbk", errors="replace")
        if not repaired or repaired[0] not in _OPEN_CLOSE:
            continue
        # Plausibility: the repaired characters are ones the document uses elsewhere; the
        # garbled ones are not. A real "!比赛" stays as it is.
        garbled = run[1:]
        known_fixed = sum(1 for c in repaired[1:] if c != "\ufffd" and count(c) >= 2)
        known_garbled = sum(1 for c in garbled if HAN_RE.match(c) and count(c) >= 2)
        if "\ufffd" in repaired or not run[-1].isascii():
            # The stream realigned on a byte that is no valid trail byte: one character is lost,
            # so there is nothing to compare; the document-level evidence decides (below).
            found.append((m.start(), m.end(), None))
        elif known_fixed >= known_garbled:
            found.append((m.start(), m.end(), repaired))
    if not trusted and len(found) < 2 and not any(r for _, _, r in found):
        return []  # one lone look-alike is more likely real text than a broken stream
    return found


_UTF8_AS_GBK = compile_re(rf"[{HAN}\u3000-\u303f\uff00-\uffef]{{4,}}")
# "，。的是在发时" as UTF-8 bytes read as GBK (lead characters almost never seen in real text): without one of these a document has no such runs.
_UTF8_AS_GBK_HINT = compile_re("锛|銆|鐨|鏄|鍦|鍙|鏃")
_GARBAGE = compile_re(r"(?:锟斤拷|烫烫|屯屯)+|\ufffd+")


# A Latin-1 letter before a continuation byte read as Latin-1 or cp1252: UTF-8 decoded wrongly.
_MOJIBAKE_PAIR = compile_re(r"[\u00c0-\u00ff][\u0080-\u00bf\u2018-\u203a\u0152-\u02dc]")


def repair_mojibake(text: str, repairs: list[tuple[str, str]] | None = None) -> tuple[str, int, bool]:
    """Deterministic repairs only: UTF-8 read as Latin-1/cp1252 (ftfy), UTF-8 read as GBK,
    byte-shifted GBK punctuation. Returns the text, the number of repaired runs and whether the
    document shows byte-shifted GBK at all (then lone unrepairable runs are trusted as such).
    Each repair made is appended to `repairs` as (garbled, fixed), so that spans of the repaired
    text can be traced back to the garbled input."""
    repaired = 0
    done: list[tuple[str, str]] = repairs if repairs is not None else []
    if _MOJIBAKE_PAIR.search(text):
        import ftfy

        out = []
        for line in text.split("\n"):
            if ftfy.is_bad(line):
                fixed = ftfy.fix_encoding(line)
                if fixed != line:
                    repaired += 1
                    done.append((line, fixed))
                    line = fixed
            out.append(line)
        text = "\n".join(out)

    def utf8_as_gbk(m: re.Match) -> str:
        nonlocal repaired
        run = m.group(0)
        raw = _gbk_bytes(run)
        if raw is None:
            return run
        try:
            fixed = raw.decode("utf-8")
        except UnicodeDecodeError:
            return run
        if len(HAN_RE.findall(fixed)) * 2 < len(fixed) or fixed == run:
            return run
        repaired += 1
        done.append((run, fixed))
        return fixed

    if _UTF8_AS_GBK_HINT.search(text):
        text = _UTF8_AS_GBK.sub(utf8_as_gbk, text)
    shifted = _shift_candidates(text)
    fixes = [(s, e, r) for s, e, r in shifted if r]
    for s, e, r in reversed(fixes):
        done.append((text[s:e], r))
        text = text[:s] + r + text[e:]
    return text, repaired + len(fixes), bool(shifted)


def find_suspect(text: str, shifted_gbk: bool = False) -> list[tuple[int, int]]:
    """(start, end) spans of mojibake left unrepaired: byte-shifted GBK runs that lost a character,
    replacement characters and 锟斤拷-style garbage, and Latin-1 read UTF-8 that ftfy did not fix."""
    spans = [(s, e) for s, e, r in _shift_candidates(text, trusted=shifted_gbk) if r is None]
    if "\ufffd" in text or "锟斤拷" in text or "烫烫" in text or "屯屯" in text:  # what _GARBAGE needs
        spans += [m.span() for m in _GARBAGE.finditer(text)]
    # (× and ÷ lead no run: they are signs, "数据要素×”行动", "3×3", and as a UTF-8 lead byte would open Hebrew)
    if re.search(r"[\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff][\u0080-\u00bf\u2018-\u203a]", text):
        spans += [
            m.span() for m in re.finditer(r"[\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff][\u0080-\u00bf\u2018-\u203a\u00c0-\u00ff]+", text)
        ]
    return sorted(spans)
