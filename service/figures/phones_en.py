"""Telephone numbers in English text: their groups of digits are no figures, and a line that gives one to call counts its
opening hours, not results (`numbers_en` reads the figures around them)."""

from __future__ import annotations

import re

from ..re_cache import compile_re

# A telephone number: a trunk code opening on 0 and groups of digits ("01632 960 412", "+44 (0)1870 210 555",
# "(555) 013-4100"): its groups are no values.
_TELEPHONE = compile_re(r"(?:\+\d{1,3}\s?(?:\(0\)\s?)?|(?<![\d.,])0)\d{2,5}[\s-]\d{3,6}(?:[\s-]\d{3,4})?(?![\d.,]\d)"
                        r"|\(\d{3}\)\s?\d{3}-\d{4}"
                        # (an international number in short groups: "+00 21 55 40 10", "+389 2 441 7700")
                        r"|(?<![\w.])\+(?=(?:[\s-]?\d){8})\d{1,3}(?:[\s-]\d{1,5}){2,5}(?![\d.,]\d)")
# A line that gives a number to call: its times are the line's opening hours, no figures ("Media enquiries: press office,
# 01632 960 772 (24 hours)", "Call the Emergency Line free on 0808 157 0192, 24 hours a day").
_CONTACT = compile_re(r"\b(?:enquiries|contact|call|phone|telephone|helpline|hotline|line|booking|bookings|reported by phone)\b", re.I)


def phones_in(text: str) -> list[tuple[int, int]]:
    """Where `text`'s telephone numbers stand."""
    return [m.span() for m in _TELEPHONE.finditer(text)] if " 0" in text or "+" in text or "(" in text else []


def is_contact_line(text: str) -> bool:
    """Whether `text`, which holds a telephone number, is a line to call."""
    return _CONTACT.search(text) is not None
