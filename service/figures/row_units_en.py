"""An English table row names its values' unit in its label: "Net debt ($m) | 84.2 | 131.5",
"Gross margin (%) | 44.6 | 44.9", "Customers (000) | 412 | 398", "Revenue (£bn)". The cells are bare
numbers, so the number grammar reads no unit on them: here each bare value takes the label's scale and
currency (84.2 in "($m)" is 84,200,000 dollars) and the subject is the label without its unit."""

from __future__ import annotations

from ..cleaning.rows import BAR
from ..re_cache import compile_re
from ..schemas import FigureDraft
from .clauses import pipe_row_label
from .numbers_en import EN_CURRENCY, EN_SCALE
from .table_bars import column_of

# (the number grammar's scales, and the ways a label writes them that a number does not: "(000)", "(millions)")
_SCALE = {**EN_SCALE, "000": 1e3, "'000": 1e3, "thousands": 1e3, "millions": 1e6, "billions": 1e9}
# "($m)", "(£bn)", "(A$ million)", "(%)", "(000)", "('000)", "(US$m)", "(R million)": a currency, a scale, or a percent.
# (a scale may name what it counts: "(000 TEU)", "(million tonnes)")
_LABEL_UNIT = compile_re(
    r"\s*\(\s*(?:(?P<cur>US\$|A\$|NZ\$|C\$|HK\$|S\$|[$£€¥₹]|Rs\.?|R(?=\s?(?:m|bn|million|billion)\b))\s?)?"
    r"(?P<scale>(?i:'?000|k|mn|m|bn|b|thousands?|millions?|billions?))?(?P<pct>%)?"
    r"(?:(?<=[0-9a-z]) (?P<word>[A-Za-z]{2,12}))?\s*\)\s*$")


def label_unit(label: str) -> tuple[str, float, str] | None:
    """(the label without its unit, the scale of its values, their unit) of a row's label that ends in
    a unit in brackets, or None."""
    m = _LABEL_UNIT.search(label)
    if m is None or not (m["cur"] or m["scale"] or m["pct"]) or m["pct"] and (m["cur"] or m["scale"]):
        return None
    name = label[: m.start()].strip()
    if m["pct"]:
        return name, 1.0, "%"
    scale = _SCALE[m["scale"].lower()] if m["scale"] else 1.0
    if m["word"]:  # (what is counted, in its scale: "(000 TEU)")
        return (name, scale, m["word"]) if m["scale"] and not m["cur"] else None
    return name, scale, EN_CURRENCY.get(m["cur"].rstrip("."), "") if m["cur"] else ""


def apply_label_unit(row: str, figs: list[FigureDraft]) -> None:
    """Each bare value of a table row takes its label's unit; its subject is the label without it."""
    for f in figs:
        label = pipe_row_label(row, row.find(f.text))
        if label is None or (unit := label_unit(label)) is None:
            continue
        name, scale, base = unit
        if f.subject.lower() == label.lower():
            f.subject = f.subject[: len(name)]  # (in the case the sentence's subject was given)
        if _bare(f):  # (a cell with a unit of its own keeps it: "+7.2%", "$618.4m")
            _scale(f, scale, base)


def apply_column_units(row: str, figs: list[FigureDraft], heads: list[str]) -> None:
    """Each bare value of a table row with no unit of its own takes its column's: "188.6" under "Qualifying spend (£m)"
    is £188.6m, "-20.1" under "Change (%)" is -20.1% (a line of units under the head's names is in its brackets)."""
    if len(BAR.split(row.strip())) != len(heads):
        return  # (a row with a cell left out, "Year | 3,895 | 1,729 | 69" under five heads: its values' columns are unsure)
    cursor = 0
    for f in figs:
        column, at = column_of(row, f.text, cursor)
        if at < 0:
            continue
        cursor = at + len(f.text)
        if not _bare(f) or not 0 < column < len(heads):
            continue
        head = heads[column].strip()
        if not _METRES_OR_MILLION.search(head) and (unit := label_unit(head)) is not None:
            _scale(f, unit[1], unit[2])


def _bare(f: FigureDraft) -> bool:
    """Whether a table's value is a bare number, with no unit of its own."""
    return not f.unit and f.value is not None and _BARE.fullmatch(f.text) is not None


def _scale(f: FigureDraft, scale: float, unit: str) -> None:
    """A bare value in the scale and unit a label or a head gives: 84.2 under "($m)" is 84,200,000 dollars."""
    assert f.value is not None
    f.value, f.unit = float(f"{f.value * scale:.15g}"), unit


# (a head's bare "(m)" is as often metres as millions: "Wall and embankment (m)")
_METRES_OR_MILLION = compile_re(r"\(\s*m\s*\)$")
_BARE = compile_re(r"[-+−]?\(?\d[\d,]*(?:\.\d+)?\)?")  # (an accountant's negative in brackets: "(131.5)")
