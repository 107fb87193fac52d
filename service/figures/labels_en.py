"""English values under a label: a dashboard's line ("Revenue: $2.1B, +14% YoY"), a label and its colon before a value
("Competitive (discretionary) grants: $5.3 million"), a pipe table's row, and the class a speed limit names ("20 mph
zones"). `subjects_en` asks these before the clause's grammar."""

from __future__ import annotations

import re

from ..re_cache import compile_re
from .bare_values_en import LEADER
from .clauses import UNIT_BRACKET, pipe_row_label
from .kind_cues_en import SPEED_CLASS
from .numbers import NumberSpan
from .subject_forms_en import change

# A dashboard's line: a short label, a colon, then its value ("Revenue: $2.1B, +14% YoY").
LABELLED_LINE = compile_re(rf"^\s*(?P<label>[A-Za-z][\w'’/$%&+-]*(?:\.(?!\.)[\w'’/$%&+-]*)*(?: [\w'’/$%&+-]+(?:\.(?!\.)[\w'’/$%&+-]*)*){{0,5}})"
                           rf"(?::\s+|{LEADER})(?=(?:(?:about|around|nearly|almost|some|over|under|roughly|approximately|more than|less than|up to)\s+)?"
                           rf"[-+−]?(?:[$€£¥₹]|[A-Z]{{3}}\s?)?\d)")  # ("Bins collected: about 9.6 million")
# A label and a colon before the value, where the dashboard pattern (LABELLED_LINE) does not hold: brackets or commas in the
# label ("Competitive (discretionary) grants: $5.3 million", "Recycled, reused or composted: 28,376 tonnes"), or a list
# of them on one line ("…: 4,702, or 21.9% Average time from offence to charge: 41 days").
LABEL_BEFORE = compile_re(r"(?:^|[\d%)]\s+|[.;]\s+)(?P<label>[A-Z][^:;.|]{2,80}?)\s*:\s*(?:[A-Z]{1,3}\s?)?[$€£¥₹]?$")


def row_label(sentence: str, pos: int) -> str | None:
    """The label of a pipe table's row: its first cell without a digit, else its first cell that names something, digits
    and all ("Category 2 (emergency)", "Cancer 62-day referral to treatment"); None when `sentence` is no row."""
    if (label := pipe_row_label(sentence, pos)) is None:
        return None
    if label and not re.search(r"\d", UNIT_BRACKET.sub("", label)):
        return label
    cells = (c.strip() for c in sentence[:pos].split("|"))
    return next((c for c in cells if _A_NAME.search(c) and not _OPENS_ON_TIME_OR_AMOUNT.match(c)), None)


_A_NAME = compile_re(r"[A-Za-z]{3,}")
# (a cell that opens on a time or an amount is no label: "75% by March 2026", "Q4 2024")
_OPENS_ON_TIME_OR_AMOUNT = compile_re(r"(?:[QH][1-4]\b|FY|(?:19|20)\d\d\b|[$€£¥]?\d)")


def labelled(sentence: str, sp: NumberSpan, label: str) -> str:
    """'Revenue: $2.1B, +14% YoY, +3% QoQ', 'Gross margin: 62.4%, up 180 bps', 'Closed sales ......
    1,264 (+8.2%)': a dashboard's or a report table's line gives its label's value, and the label's
    changes (signed, or up / down)."""
    lead = re.split(r"[,(:]|\.{3}", sentence[: sp.start])[-1].strip().lower()
    if lead.endswith("from"):
        return label  # "19 (down from 23)": the label's value at the other time
    if lead == "up" or lead.startswith(("up ", "+")) or sp.text.startswith("+"):
        return change(False, label)
    if lead in ("-", "–", "down") or lead.startswith(("down ", "−")) or sp.text.startswith(("-", "−")):
        return change(True, label)
    return label


def speed_limit(sentence: str, sp: NumberSpan) -> str:
    """What a speed in mph before the class of roads it names measures: "the 30 mph limit" -> 'speed limit', "a 50 mph
    road" -> 'speed limit of road'; '' for a speed measured ("Average speeds fell to 27 mph")."""
    if (road := SPEED_CLASS.match(sentence, sp.end)) is None:
        return ""
    named = road[0].strip()
    return "speed limit" if named.lower().startswith(("limit", "speed")) else f"speed limit of {named}"
