"""English entities by surface patterns, favouring precision as the Chinese rules do.

- people: a title before a name ("Mayor Dana Whitfield"), a name before its role in apposition
  ("Jane Doe, chief economist at …"), or a name that says something ("…, Roy Baker said");
- organizations: a capitalized name that ends in what bodies are called ("Portland City Council",
  "Harbor Freight Inc") or starts with it ("Ministry of Transport");
- places: a capitalized name after a preposition of place ("in Portland", "to Singapore and Busan"),
  never a month, a day, a person or part of an organization.
"""

from __future__ import annotations

import re
from collections import Counter

from .schemas import Entities, Person

_CAP = r"[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?"  # Choi Sang-mok, Al-Rashid
_NAME = rf"{_CAP}(?: [A-Z]\.)?(?: {_CAP}){{1,2}}"
TITLES = (
    "Prime Minister|Deputy Mayor|Vice President|Chief Executive|Mayor|Governor|President|Minister|Senator|"
    "Councilman|Councilwoman|Councillor|Chairman|Chairwoman|Commissioner|Secretary|Director|Professor|"
    "Representative|Judge|CEO|Dr\\.|Mr\\.|Ms\\.|Mrs\\."
)
# The title may be qualified by one word before it: "Executive Director", "Finance Minister".
TITLED = re.compile(rf"\b(?P<role>(?:[A-Z][a-z]+ )?(?:{TITLES})) (?P<name>{_NAME})\b")
APPOSITION = re.compile(
    rf"\b(?P<name>{_NAME}), (?:the |a |an )?(?P<role>(?:[a-z]+ ){{0,3}}(?:director|minister|executive|officer|"
    r"spokesperson|spokesman|spokeswoman|mayor|head|chairman|chairwoman|chair|president|analyst|economist|"
    r"manager|founder|secretary|professor|engineer|adviser|advisor)(?: (?:of|at|for) [^,;.]{2,40})?)[,;.]"
)
SPEAKER = re.compile(rf"(?:\bsaid (?P<after>{_NAME})\b|\b(?P<before>{_NAME}) (?:said|says|told|added)\b)")

ORG_HEADS = (
    "Council|Ministry|Department|Agency|Authority|Commission|Committee|Bank|Group|Inc|Corp|Corporation|Company|"
    "Ltd|LLC|PLC|University|College|Association|Board|Fund|Institute|Office|Administration|Bureau|Reserve|"
    "Exchange|Party|Parliament|Congress|Court|Foundation|Partners|Holdings|Energy|Airlines|Motors|Society|"
    "Securities|Capital|Investments|Insurance|Electronics|Technologies|Systems|Media|Network|Trust|Alliance|"
    "Coalition|Union|Federation|League"
)
# Words of a name (no possessive: "South Korea's Ministry of Finance" is the ministry's name after it).
_ORG_WORD = r"(?:[A-Z][A-Za-z&.-]*|of|for|and|&)"
ORG_ENDING = re.compile(rf"\b(?:[A-Z][A-Za-z&.-]* )(?:{_ORG_WORD} ){{0,4}}(?:{ORG_HEADS})\b(?!'| of [A-Z])\.?")
ORG_LEADING = re.compile(rf"\b(?:Ministry|Department|Bank|University|Office|Bureau|Board) of(?: the)?(?: {_CAP}){{1,3}}")

# "the Portland city council", "the city of Busan": a place named as what it is.
PLACE_NAMED = re.compile(rf"\b(?:[Tt]he (?P<place>{_CAP}) (?:city|county|state|port|region|province|district)\b"
                         rf"|\b(?:city|county|state|province|port) of (?P<of>{_CAP}(?: {_CAP})?))")
PLACE = re.compile(rf"\b(?:in|at|from|to|near|across|across from|outside|throughout) (?P<place>{_CAP}(?: {_CAP})?)"
                   rf"(?: and (?P<second>{_CAP}))?\b(?! [A-Z])")  # "at Mirae Asset Securities" goes on: a name
NOT_A_NAME = {
    "The", "This", "That", "These", "Those", "It", "Its", "A", "An", "In", "On", "At", "By", "For", "But", "And",
    "Officials", "Critics", "Analysts", "Residents", "Reporting", "Editing", "Share", "Read", "Sign", "Skip",
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    "North", "South", "East", "West", "New", "First", "Second", "Third", "Last", "Next", "Our", "We", "He", "She",
    "They", "His", "Her", "Their", "Mayor", "Governor", "President", "Minister", "Senator", "Councilman",
}


def _is_name(name: str) -> bool:
    words = name.replace(".", "").split()
    return not any(w in NOT_A_NAME for w in words) and not re.search(rf"\b(?:{ORG_HEADS})\b", name)


def extract_entities_en(text: str, limit: int = 8) -> Entities:
    people: dict[str, str | None] = {}
    for m in TITLED.finditer(text):
        role = m["role"].split(" ", 1)[-1] if m["role"].split(" ", 1)[0] in NOT_A_NAME else m["role"]
        if _is_name(m["name"]):
            people.setdefault(m["name"], role)
    for m in APPOSITION.finditer(text):
        if _is_name(m["name"]):
            people.setdefault(m["name"], m["role"].strip())
    for m in SPEAKER.finditer(text):
        name = m["after"] or m["before"]
        if _is_name(name) and not any(name in known or known in name for known in people):
            people.setdefault(name, None)
    orgs: Counter[str] = Counter()
    for m in [*ORG_ENDING.finditer(text), *ORG_LEADING.finditer(text)]:
        org = re.sub(r"^(?:The|A|An) ", "", m.group(0).rstrip("."))
        if len(org.split()) >= 2 and org.split()[0] not in NOT_A_NAME - {"New", "North", "South", "East", "West"}:
            orgs[org] += 1
    taken = " ".join([*people, *orgs])
    places: Counter[str] = Counter()
    found = [(m["place"], m["second"]) for m in PLACE.finditer(text)]
    found += [(m["place"] or m["of"], None) for m in PLACE_NAMED.finditer(text)]
    for pair in found:
        for place in pair:
            if place and not any(w in NOT_A_NAME - {"New", "North", "South", "East", "West"} for w in place.split()) \
                    and place not in taken and not re.search(rf"\b(?:{ORG_HEADS})\b", place):
                places[place] += 1
    return Entities(
        places=[p for p, _ in places.most_common(limit)],
        organizations=[o for o, _ in orgs.most_common(limit)],
        people=[Person(name=n, role=r) for n, r in list(people.items())[:limit]],
        projects=[],
    )
