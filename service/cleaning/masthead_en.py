"""The headline under an English body's name at a page's top: what makes a line a masthead (a body's name, its site's
name) and what makes a line below it a headline (`headline_under_name`, asked by `chrome._header_title`)."""

from __future__ import annotations

import re

from ..re_cache import compile_re
from .aligned import Aligned
from .chrome_rules import ENUM_START, classify, is_content, is_terminated
from .script import HAN_RE

# An English body's name at a page's top, a masthead (no digits, no colon, five words at most): "Tessel Water", "University
# of Calverleigh"; and the lines under it that are no headline: a report's byline, a release's slug, a meeting's label.
# (a company's too, its form and its listing after it: "Kestrelford Crossings plc", "Brolga Minerals Limited (ASX: BML)")
_BODY_NAME = compile_re(r"[A-Z][\w.&'’-]*(?:\s+(?:[A-Z][\w.&'’-]*|of|and|the|for|&)){0,4}(?:\s+(?:plc|PLC|Limited|Ltd|LLP|Inc\.?|ASA|AG|SE|NV))?"
                        r"(?:\s+\([A-Z]{2,6}:\s*[A-Z0-9.]{1,6}\))?")
_NO_HEADLINE = compile_re(r"(?i)^(?:report of|published|posted|released|issued|updated|by |classification|agenda|prepared by"
                          r"|presented to|tabled in|filed with|submitted to|report to"
                          r"|news release|press release|for immediate release|you are here|contact|responsible|need this|call us"
                          r"|[a-z]+ officer:"
                          # (a copy's standing: "PUBLIC VERSION – Confidential figures have been redacted")
                          r"|public version|redacted version|confidential\b|draft for|not for publication)"
                          r"|\?$")  # (a contact's line, an offer of other formats: "Need this report in large print?")
# The words that name a kind of document.
_KIND_WORDS = "report|review|statement|bulletin|update|plan|results|accounts|survey|budget|newsletter|release|summary|statistics"
# A document's own name, no body's: "Annual Economic Development Report" (its year broken onto the next line).
# (its year after it too: "Annual performance report 2024/25", "Annual Review 2025")
_DOCUMENT_KIND = compile_re(rf"(?i)\b(?:{_KIND_WORDS}|strategy)(?:\s+(?:19|20)\d\d(?:[/–-](?:19|20)?\d\d)?)?$")
# The body's tagline, which says what it does, no news of the page: "Serving the residents … of Quarrow County", "Investing in
# artists, venues and communities across Fenmarch", "The national charity for young carers", "A partnership of …" (a verb's
# -ing, not a noun's: "Housing completions rise"; a headline names its news after a colon or in numbers: "Keeping the Tessel
# Valley flowing: leakage at a record low").
_TAGLINE = compile_re(r"(?:[A-Z][a-z]+ing\s+(?:the|in|for|our|with|across|people|communities)\b"
                      r"|The\s+(?:[\w-]+\s+){0,3}?(?:charity|trust|voice|home|body|organi[sz]ation|network)\s+(?:for|of)\b"
                      r"|An?\s+partnership\s+(?:of|between)\b)[^:\d]*$")
# A line a page broke mid-sentence ("In 2025, the county's gross domestic product reached $12.8 billion, an increase of").
_BROKEN_OFF = compile_re(r"(?i)\b(?:of|the|and|to|a|an|in|for|with|by|on|at|from|than|as)$")
# A section's head, below which the page's text runs (no headline stands under it): "Summary", "HIGHLIGHTS", "Foreword".
# (a letter's opening head too: "Welcome from our Chief Executive", "From the Board Chair and the President")
_SECTION_HEAD = compile_re(r"(?i)^(?:a message|foreword|introduction|contents|summary|highlights|key (?:points|facts)|overview"
                           r"|welcome from|letter from|from (?:the|our) (?:board |)(?:chair|chief|president|ceo|director)"
                           r"|(?:the )?(?:chair(?:man|person)?|chief executive|ceo|president)['’]s (?:statement|report|review|letter"
                           r"|message|introduction|foreword))\b")
# A meeting's label or a line that dates the page: "Environment Scrutiny Committee - 11 September 2025 - Agenda item 7",
# "Week ending Sunday 9 March 2025". A date set off by a dash, a bar, a dot or a comma, or opening the line, dates the page;
# one elsewhere in a line that names a document's kind is the period it covers ("Interim results for the six months
# ended 30 September 2025").
_DATE = (r"(?:\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?:19|20)\d\d\b"
         r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},\s+(?:19|20)\d\d\b)")
_MEETING_OR_DATE = compile_re(rf"(?i)\bagenda item\b|(?:^|[-–—|,:·•]\s*){_DATE}")
_DATED = compile_re(rf"(?i)\b{_DATE}")
_NAMES_A_DOCUMENT = compile_re(rf"(?i)\b(?:{_KIND_WORDS}|highlights|minutes|meeting|transcript|briefing)\b")


# A body's longer name, known by the word that ends it or by what it opens with: "Department of Parks and Recreation",
# "Calderby and Wexholm Fire and Rescue Authority", "West Marrick Ambulance Service NHS Trust"; its site's name too, the
# body and a section of its site set apart by a bar or a dash: "Skerrow Air Group plc | Investors", "News | Corrie Dubh
# Mountain Resort", "Telvane Semiconductor Ltd – Investor Relations".
_ORG_WORDS = (r"(?:Council|Authority|Trust|Service|Services|Department|Ministry|Agency|Office|Board|Commission|Corporation|"
              r"Limited|LIMITED|Ltd|LTD|plc|PLC|Inc\.?|Group|Company|Society|Association|Institute|University|College|Museum|"
              r"Library|Police|Constabulary|Partners|Club|Centre|Center|Hospitals?|Foundation|Bank|Union|Water|Resort|Port)")
_ORG_NAME = compile_re(rf"(?:[A-Z][\w.&'’,-]*\s+(?:(?:[A-Z][\w.&'’-]*|of|and|the|for|&)\s+){{0,7}}{_ORG_WORDS}"
                       rf"|(?:Department|Ministry|Office|University|City|County|Province|State) of(?:\s+(?:[A-Z][\w.&'’-]*|and|the|&)){{1,6}})")
_SITE_SECTION = compile_re(r"(?i)^(?:investors?|investor relations|news(?:room)?|media|home|annual reports?)$")


# A unit of a body, named after it: "Calderport City Police – Performance and Insight Unit" (or where the body is:
# "Ministry of Agriculture and Food – Republic of Kaldoria", "City of Port Calder — Office of Public Information").
_BODY_UNIT = compile_re(r"(?:[A-Z][\w&'’-]*\s+(?:(?:[A-Z][\w&'’-]*|of|and|the|for|&)\s+){0,5})?"
                        r"(?:Unit|Office|Team|Division|Directorate|Department|Service|Section|Branch|Group)")


def _is_masthead(line: str) -> bool:
    """A body's name alone, or its site's name (the body and a section of its site), or the body and its unit or its
    country."""
    if _BODY_NAME.fullmatch(line) or _ORG_NAME.fullmatch(line):
        return True
    parts = [x.strip() for x in re.split(r"\s+[|–—-]\s+", line)]
    return len(parts) == 2 and (any(_SITE_SECTION.match(x) for x in parts) and any(
        _BODY_NAME.fullmatch(x) or _ORG_NAME.fullmatch(x) for x in parts)
        or _ORG_NAME.fullmatch(parts[0]) is not None and any(
            rx.fullmatch(parts[1]) for rx in (_BODY_UNIT, _BODY_NAME, _ORG_NAME)))


def headline_under_name(doc: Aligned, name: str, below: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The headline a few lines under an English body's name at the page's top ("Tessel Water" / "Annual Performance
    Report 2024–25" / "Keeping the Tessel Valley flowing: leakage at a record low …"): the longest heading line of five
    words or more before the first paragraph (a document's kind or a tagline above it is shorter), else the first line of
    two to four words that names a document ("Drought Response Bulletin"); None when the name is no body's name or no such
    line stands."""
    if HAN_RE.search(name) or not _is_masthead(name) or _DOCUMENT_KIND.search(name):  # (an English name: dashes allowed)
        return None
    found: tuple[int, int] | None = None
    named: tuple[int, int] | None = None  # (else a short document's name: "Drought Response Bulletin", "2024 Annual Report")
    for s, e in below:
        line = doc.simp[s:e].strip()
        if is_content(line) or is_terminated(line) or _SECTION_HEAD.match(line) or line[:1] in "-•*–·":
            break
        if _TAGLINE.match(line):
            continue
        # (a name the kind of document ends is none of a body, whatever its words: "Drought Response Bulletin")
        if named is None and 2 <= len(line.split()) <= 4 and _DOCUMENT_KIND.search(line) and classify(line) is None:
            named = (s, e)
        # (a line of labels apart by bars or dots is none: "Statistical bulletin SFD 2026/04 · Published 20 February 2026")
        # (nor a body's name under another's: "Kindara Government" over "Department of Primary Industries and …")
        if len(line.split()) >= 5 and "|" not in line and " · " not in line and ">" not in line and not _NO_HEADLINE.search(line) \
                and not _is_masthead(line) \
                and not _BROKEN_OFF.search(line) \
                and not _MEETING_OR_DATE.search(line) and not (_DATED.search(line) and not _NAMES_A_DOCUMENT.search(line)) \
                and classify(line) is None and not ENUM_START.match(line) \
                and (found is None or e - s > found[1] - found[0]):
            found = (s, e)
    return found or named
