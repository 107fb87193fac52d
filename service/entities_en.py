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
from collections.abc import Iterator

from .re_cache import compile_re
from .schemas import Entities, Person

_CAP = r"[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?"  # Choi Sang-mok, Al-Rashid
_NAME = rf"{_CAP}(?: [A-Z]\.)?(?: {_CAP}){{1,2}}"
TITLES = (
    "Prime Minister|Deputy Mayor|Vice President|Chief (?:[Ee]xecutive|[Ff]inancial|[Oo]perating|[Tt]echnology) [Oo]fficer|"
    "Chief [Ee]xecutive|Mayor|Governor|President|Minister|Senator|Chancellor|Premier|Treasurer|Ambassador|"
    "Council ?[Mm]ember|Councilman|Councilwoman|Councillor|Chair|Chairman|Chairwoman|Commissioner|Secretary|Director|Professor|"
    "Representative|Judge|CEO|Dr\\.|Mr\\.|Ms\\.|Mrs\\."
)
HONORIFIC = compile_re(r"(?:Dr|Mr|Ms|Mrs)\.")
# The head of a post's title, which the words of the service or the rank before it qualify: "Fire Management Officer
# Lucinda Barrowclough", "Deputy Chief Constable Helena Varkey", "City Manager Rafael Dunmore".
JOB_HEADS = ("Officer|Manager|Superintendent|Constable|Inspector|Coordinator|Co-ordinator|Engineer|Administrator|"
             "Supervisor|Ranger|Warden|Planner|Scientist|Economist|Editor|Librarian|Curator|Registrar|Controller|"
             "Adviser|Advisor|Commander")
TITLE_WORDS = set(re.findall(r"[A-Z][A-Za-z]+", TITLES + "|" + JOB_HEADS))  # never part of a name
# The title may be qualified by one word before it: "Executive Director", "Finance Minister".
TITLED = compile_re(rf"\b(?P<role>(?:[A-Z][a-z]+ )?(?:{TITLES})) (?P<name>{_NAME})\b")
JOB_TITLED = compile_re(rf"\b(?P<role>(?:[A-Z][a-z]+ ){{0,3}}(?:{JOB_HEADS})) (?P<name>{_NAME})\b")
APPOSITION = compile_re(
    rf"\b(?P<name>{_NAME}), (?:the |a |an )?(?P<role>(?:[a-z]+ ){{0,3}}(?:director|minister|executive|officer|"
    r"spokesperson|spokesman|spokeswoman|mayor|head|chairman|chairwoman|chair|president|analyst|economist|"
    r"manager|founder|secretary|professor|engineer|adviser|advisor|[a-z]{3,}ist)(?: (?:of|at|for) [^,;.]{2,40}?)?)"
    r"(?:[,;.]| who\b| whose\b)"
)
# A person's occupation or side written before the name as a title ("manager Graham Tully",
# "Rovers captain Sam Whitford", "Democrat Angela Carver", "elections director Karen Whitlow").
FALSE_TITLE = compile_re(
    rf"\b(?P<role>(?:(?!(?:after|before|by|for|from|with|to|of|in|on|at|the|a|an|and|or|as|said|says|told)\b)"
    rf"[A-Za-z]+ )?(?:manager|captain|coach|striker|midfielder|defender|goalkeeper|forward|winger|"
    r"substitute|candidate|incumbent|challenger|director|spokesperson|spokesman|spokeswoman|economist|analyst|"
    r"researcher|scientist|lawyer|attorney|author|founder|owner|resident|farmer|nurse|teacher|student)"
    rf"|Democrat|Republican|Independent) (?P<name>{_NAME})\b"
)
# After a person's full name, the surname alone: "Okafor's brace", "Lyle said", "Carver told".
SURNAME_USE = r"(?:['’]s\b| (?:said|says|told|added|wrote|noted|argued|explained|scored)\b|, who\b)"
# (Not the end of a body's name: "the Office for National Statistics said".)
SPEAKER = compile_re(rf"(?:\bsaid (?P<after>{_NAME})\b|(?<!\bfor )(?<!\bof )\b(?P<before>{_NAME}) (?:said|says|told|added)\b)")

ORG_HEADS = (
    "Council|Ministry|Department|Agency|Authority|Commission|Committee|Bank|Group|Inc|Corp|Corporation|Company|"
    "Ltd|LLC|PLC|University|College|Association|Board|Fund|Institute|Office|Administration|Bureau|Reserve|"
    "Exchange|Party|Parliament|Congress|Court|Foundation|Partners|Holdings|Energy|Airlines|Motors|Society|"
    "Securities|Capital|Investments|Insurance|Electronics|Technologies|Systems|Media|Network|Trust|Alliance|"
    "Pharma|Pharmaceuticals|Therapeutics|Laboratories|Labs|"
    "Coalition|Union|Federation|League"
)
# Words of a name (no possessive: "South Korea's Ministry of Finance" is the ministry's name after it).
# A full stop stays inside an abbreviation (U.S.) only: "… said Laura Chen. Northfield Energy" is two.
_CAP_WORD = r"[A-Z](?:(?:\.[A-Z])+\.?|[A-Za-z&-]*)"
_ORG_WORD = rf"(?:{_CAP_WORD}|of|for|and|&)"
# A name that goes on past its head is another name: "Private Securities Litigation Reform Act".
ORG_ENDING = compile_re(rf"\b(?:{_CAP_WORD} )(?:{_ORG_WORD} ){{0,4}}(?:{ORG_HEADS})\b(?!'| of [A-Z]| [A-Z][a-z])\.?")
ORG_LEADING = compile_re(rf"\b(?:Ministry|Department|Bank|University|Office|Bureau|Board|Centers?|Institute|Port) (?:of|for)"
                         rf"(?: the)?(?: {_CAP}(?: and {_CAP})?){{1,3}}")

# "the Portland city council", "the city of Busan": a place named as what it is.
PLACE_NAMED = compile_re(rf"\b(?:[Tt]he (?P<place>{_CAP}) (?:city|county|state|port|region|province|district)\b"
                         rf"|\b(?:city|county|state|province|port) of (?P<of>{_CAP}(?: {_CAP})?))")
# ("in the United States"; not "to the Centers for Disease Control": a name that goes on is a body's.)
PLACE = compile_re(rf"\b(?:in|at|from|to|near|across|across from|outside|throughout) (?:the (?!{_CAP}(?: {_CAP})? (?:for|of) ))?"
                   rf"(?P<place>{_CAP}(?: {_CAP})?)"
                   rf"(?: and (?P<second>{_CAP}))?\b(?! [A-Z])")  # "at Mirae Asset Securities" goes on: a name
NOT_A_NAME = {
    "The", "This", "That", "These", "Those", "It", "Its", "A", "An", "In", "On", "At", "By", "For", "But", "And",
    "Officials", "Critics", "Analysts", "Residents", "Reporting", "Editing", "Share", "Read", "Sign", "Skip",
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    "North", "South", "East", "West", "New", "First", "Second", "Third", "Last", "Next", "Our", "We", "He", "She",
    "They", "His", "Her", "Their", "Mayor", "Governor", "President", "Minister", "Senator", "Councilman",
}
# Nor words of a person's name: a department after a post's title ("General Manager Investor Relations", "Director of
# Public Affairs"), an Indian honorific ("Registrar General Smt. …").
_NOT_OF_A_PERSON = {"Relations", "Affairs", "Communications", "Operations", "Resources", "Services", "Marketing",
                    "Strategy", "Smt", "Shri", "Sri"}
# Compass words and "New" start place and body names (New York, North Sea Port) but no person's.
NOT_IN_PLACE_OR_BODY = NOT_A_NAME - {"New", "North", "South", "East", "West"}
LEGAL_FORM = compile_re(r"(?:Inc|Corp|Corporation|Co|Ltd|LLC|plc|PLC|AG|SA|NV|GmbH|Group|Holdings)\.?")
ORG_HEAD = compile_re(rf"\b(?:{ORG_HEADS})\b")


def _is_name(name: str) -> bool:
    words = name.replace(".", "").split()
    return not any(w in NOT_A_NAME or w in TITLE_WORDS or w in _NOT_OF_A_PERSON for w in words) and not ORG_HEAD.search(name)


def _people(text: str) -> dict[str, str | None]:
    """Name -> role, in order of appearance: by title first, then apposition, then speech."""
    people: dict[str, str | None] = {}
    for m in TITLED.finditer(text):
        first, _, rest = m["role"].partition(" ")  # "The Prime Minister": the title is "Prime Minister"
        role = rest if rest and first in NOT_A_NAME - TITLE_WORDS else m["role"]
        if _is_name(m["name"]):
            # "Dr. Sarah Kim, a cardiologist at …": an honorific is no role; the apposition gives one.
            people.setdefault(m["name"], None if HONORIFIC.fullmatch(role) else role)
    for m in JOB_TITLED.finditer(text):
        words = m["role"].split()
        while words[0] in NOT_A_NAME - TITLE_WORDS:  # ("The City Manager …", "But Chief Inspector …")
            words.pop(0)
        if _is_name(m["name"]) and not any(m["name"] in known for known in people):
            people.setdefault(m["name"], " ".join(words))
    for m in APPOSITION.finditer(text):
        if _is_name(m["name"]) and people.get(m["name"]) is None:
            people[m["name"]] = m["role"].strip()
    for m in FALSE_TITLE.finditer(text):
        role = m["role"]
        if role.split()[0] in NOT_A_NAME:
            role = role.split(" ", 1)[-1]  # "The manager": the role is "manager"
        if _is_name(m["name"]) and not any(m["name"] in known for known in people):
            people.setdefault(m["name"], role)
    for m in SPEAKER.finditer(text):
        name = m["after"] or m["before"]
        # "Director Ana Ruiz said" after "Executive Director Ana Ruiz": one person.
        if _is_name(name) and not any(name in known or known in name for known in people):
            people.setdefault(name, None)
    # A full name, then its surname alone as a person's ("Emeka Okafor … Okafor's brace").
    for m in re.finditer(rf"\b{_NAME}\b(?! [A-Z])", text):
        name = m.group(0)
        if _after_capital(text, m.start()) or not _is_name(name) or any(name in k or k in name for k in people):
            continue
        if any(not _after_capital(text, at) for at in _surname_uses(text, name.split()[-1], m.end())):
            people[name] = None
    return people


_USED_AFTER_SURNAME = compile_re(SURNAME_USE)


def _surname_uses(text: str, surname: str, start: int) -> Iterator[int]:
    """Where re.finditer(rf"\b{re.escape(surname)}{SURNAME_USE}", text[start:]) finds a match, as positions in
    `text`: found with str.find and one pattern compiled once, not a pattern compiled for every name (a
    surname opens with a capital, a word character: the \b before it holds at `start` or after no word character)."""
    at = text.find(surname, start)
    while at >= 0:
        before = text[at - 1] if at > start else ""
        if not (before.isalnum() or before == "_") and (use := _USED_AFTER_SURNAME.match(text, at + len(surname))):
            yield at
            at = text.find(surname, use.end())
        else:
            at = text.find(surname, at + 1)


def _after_capital(text: str, at: int) -> bool:
    """Whether the word before `at` is capitalised: `at` goes on a longer name ("Harrow City's")."""
    before = text[max(0, at - 30) : at]
    return before.endswith(" ") and (w := before.split()[-1:]) != [] and w[0][:1].isupper() and w[0] not in NOT_A_NAME


def _organizations(text: str) -> Counter[str]:
    orgs: Counter[str] = Counter()
    for m in [*ORG_ENDING.finditer(text), *ORG_LEADING.finditer(text)]:
        org = re.sub(r"^(?:The|A|An) ", "", m.group(0).rstrip("."))
        if len(org.split()) >= 2 and org.split()[0] not in NOT_IN_PLACE_OR_BODY:
            orgs[org] += 1
    # "Northfield Energy" after "Northfield Energy Inc": one body, named in full.
    for org in list(orgs):
        full = next((o for o in orgs if o != org and o.startswith(org + " ") and LEGAL_FORM.fullmatch(o[len(org) + 1 :])),
                    None)
        if full:
            orgs[full] += orgs.pop(org)
    return orgs


def _places(text: str, taken: str) -> Counter[str]:
    """Places, none of them inside a person's or a body's name already found (`taken`)."""
    found = [(m["place"], m["second"]) for m in PLACE.finditer(text)]
    found += [(m["place"] or m["of"], None) for m in PLACE_NAMED.finditer(text)]
    # A word the text also writes in lower case is a common word capitalized in a heading or a title ("at the Zoo",
    # "to Priority", "in Line"): a place of that one word is none. (Not a web or mail address's words:
    # www.tarnside.gov.uk; and a name of common words is still a name: the City Museum.)
    common = set(_LOWER_WORD.findall(text)) if found else set()
    places: Counter[str] = Counter()
    for place in (p for pair in found for p in pair if p):
        if place not in taken and not ORG_HEAD.search(place) and not any(
            w in NOT_IN_PLACE_OR_BODY for w in place.split()
        ) and (" " in place or place.lower() not in common):
            places[place] += 1
    return places


_LOWER_WORD = compile_re(r"(?<![\w.@/-])[a-z]+(?![\w@/-]|\.\w)")


def extract_entities_en(text: str, limit: int = 8) -> Entities:
    people = _people(text)
    orgs = _organizations(text)
    places = _places(text, " ".join([*people, *orgs]))
    return Entities(
        places=[p for p, _ in places.most_common(limit)],
        organizations=[o for o, _ in orgs.most_common(limit)],
        people=[Person(name=n, role=r) for n, r in list(people.items())[:limit]],
        projects=[],
    )
