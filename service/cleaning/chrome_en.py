"""English page chrome by the shape of a line: widgets, pitches, credits and time stamps, a press
release's slug, a mail's headers, an encyclopedia's hatnote, bylines, dates and datelines. The
predicates that use them are in `chrome_rules.py` (classify) and `metadata.py`."""

from __future__ import annotations

import re

from ..re_cache import compile_re

# An encyclopedia's hatnote: "This article is about the city in Washington. For other uses, see …".
HATNOTE = compile_re(r"^\W*(?:This article is about\b|For other uses,? see\b)")
EN_WIDGET = compile_re(
    # (share, print, email: the buttons, "Share this", "Email article", not "Share prices fell 3%")
    r"^\W*(?:(?:share|tweet|print|email|e-mail)(?=\W*$|\s+(?:this|on|via|to|article|story|page)\b|\s*[:|])|advertisement|subscribe|sign in|log in|comments?|related|read more|"
    r"download (?:the )?(?:full |complete )?(?:report|pdf|tables?|data)\b|"
    r"follow us|back to top|(?:skip|jump) to (?:the )?(?:main |global )?(?:content|navigation)|share\s+(?:f|fb|facebook)\b|sign up(?!\s+(?:about\s+|around\s+|more than\s+|over\s+|another\s+|a further\s+)?\d)|newsletter|listen to (?:this )?(?:article|page|story)|"
    r"most read|trending|select language|translate this page|text size)\b(?:[^.!?]|(?<=\d)\.(?=\d))*$"
    r"|^\W*(?:menu|search(?: this site| the site| our site)?|home|close|open)\W*$"
    # (a page's feedback widget: "Was this page helpful? Yes | No", "Report a problem with this page")
    r"|^\W*(?:was this (?:page|information|article|answer) (?:helpful|useful)\??\s*(?:yes\s*\|?\s*no)?|yes\s*\|\s*no"
    r"|report a (?:problem|fault|mistake) (?:with|on) this page|is there anything wrong with this page\??"
    r"|reading time:?\s*\d{1,2}\s*min(?:ute)?s?|\d{1,2}\s*min(?:ute)?s? read)\W*$",  # ("Reading time: 5 minutes", "4 min read")
    re.I,
)
# A mail's header lines (the sender, the time, the recipients), not its subject.
MAIL_HEADER = compile_re(r"^(?:From|Sent|To|Cc|Bcc|Date|Reply-To):\s+\S")
# A press release's slug above its headline: "FOR IMMEDIATE RELEASE", "EMBARGOED UNTIL 00:01 GMT".
EN_RELEASE_SLUG = compile_re(r"^\W*(?:for immediate release|(?:press|news|media) release|embargoed\b[^.!?]{0,60})\W*$"
                             # (its number, after the issuer's name: "… Board | Press Release No. AIPB/PR/2025/041")
                             r"|^[^.!?]{0,80}?\b(?:press|news|media) release (?:no\.?|number|#)\s*[\w/.-]+\W*$",
                              re.I)
# A newsletter's or a subscription's pitch, a sentence of its own: "Sign up for our newsletter: Get the
# latest news delivered to your inbox every morning."
EN_PROMO = compile_re(r"^\W*(?:sign up|subscribe|register)\b.{0,60}\bnewsletters?\b|delivered (?:straight |directly )?to "
                       r"your inbox|^\W*get (?:our|the) (?:free |daily |weekly )?newsletter", re.I)
# A body's legal registration, a letterhead's or a footer's line with its number: "Registered charity no. 1187342. Company
# no. 11928374.", "Brookvale Homes is a registered society (No. 31257R)", "Registered under the … Societies Act, society no.
# 31458R" (no figure of the page).
EN_REGISTRATION = compile_re(r"\b(?:registered (?:charity|society|provider|company|office|in (?:england|scotland|wales|northern ireland))"
                             r"|registered under the\b|company limited by guarantee)[^.!?]{0,120}?"
                             r"(?:\bno\.?|\bnumber)\s*:?\s*[A-Z]{0,4}[-\s]?\d{4,}[A-Z]?\b", re.I)
# A site's name line, which names itself a website: "Fennick Group Pension Scheme – members' website".
EN_SITE_NAME = compile_re(r"^[^.!?\d|]{3,70}\b(?:website|web site)\s*$", re.I)
# A cookie-consent banner's lines: its heading ("Cookies on the Fennick Pension Scheme website"), its notice ("We use
# some essential cookies to make this website work. …", "We value your privacy. We use cookies …") and its buttons.
EN_COOKIES = compile_re(r"^\W*cookies on\b[^.!?]{0,80}$"
                        r"|^\W*(?:we value your privacy\.\s*)?we(?:'d| would)?\s+(?:also\s+)?(?:like to\s+)?(?:use|set)\b[^.!?]{0,40}\bcookies\b"
                        r"|^\W*\[?(?:accept|reject|manage|view)\b[^.!?]{0,40}\bcookies?\b"
                        # (a notice in the site's name: "Rennick Courier uses cookies to give you the best experience …",
                        # "This website uses cookies …", and its consent: "By clicking "Accept" you agree to our use of cookies.")
                        r"|^[^.!?]{0,60}\buses? cookies\b"
                        r"|^\W*by (?:clicking|continuing|using|browsing)\b[^.!?]{0,80}\bcookies\b"
                        # (a banner of any wording with its buttons: "Cookies on this site: we use essential cookies … [Accept]")
                        r"|^\W*cookies?\b.{0,200}(?:\[\s*(?:accept|reject|settings|manage)|\|\s*(?:accept|reject|manage))", re.I)
# The label of a time-stamp line: "Updated …", "Last updated …", "Released …".
_EN_STAMP_WORD = r"(?:(?:last )?updated|published|posted|released|issued)"
# An editor's note on the text, a sentence of its own: "This transcript has been edited for length and clarity."
EN_EDITORS_NOTE = compile_re(r"^\W*(?:this|the) (?:transcript|interview|conversation|q&a|article|story|text) (?:has been|was|"
                             r"have been) (?:lightly |slightly )?(?:edited|condensed|abridged|shortened)"
                             r"(?:,?\s+(?:and|for|length|clarity|brevity|style|condensed|edited|lightly|accuracy|readability|space))*"
                             r"[.!]?\W*$", re.I)
# English credit and time-stamp lines: "Reporting by A; Editing by B", "Updated 2 hours ago".
EN_CREDITS = compile_re(
    r"^\W*(?:(?:additional )?reporting|writing|editing|compiled|photos?|graphics?) by\b"
    rf"|^\W*{_EN_STAMP_WORD}\b[:\s]+(?:on\s*:?\s*)?"  # ("Posted on: August 19, 2025 | …")
    r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?(?:\d|an? |jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)",
    re.I,
)


# An English byline: "By Maria Lopez, Staff Writer | Published March 3, 2026", "By A. Chen and
# B. Wu". The names are capitalised words; what follows a comma or bar is a title or a date.
_EN_NAME = r"[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|de|van|von|da|del|la|le|bin))*"
EN_BYLINE = compile_re(
    r"^\s*(?:By|BY|Written by|Reported by|Story by|Words by)\s+"
    r"(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|(?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December|This|That|Then|Now|Next|Last|Early|Late|End)\b)"
    rf"(?P<author>{_EN_NAME}"
    rf"(?:(?:\s*,\s*|\s+and\s+|\s*&\s*)(?!Staff\b|Senior\b|Chief\b|Special\b){_EN_NAME})*)"
    r"\s*(?:$|[,|·•–—]\s*\S)"
)
_EN_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
# "March 4, 2025" (American) or "15 February 2025" (British): the groups of the second end in 2.
EN_DATE = compile_re(
    rf"\b(?P<mon>{_EN_MONTH})\s+(?P<d>\d{{1,2}}),?\s+(?P<y>(?:19|20)\d{{2}})\b"
    rf"|\b(?P<d2>\d{{1,2}})\s+(?P<mon2>{_EN_MONTH})\s+(?P<y2>(?:19|20)\d{{2}})\b"
)
# The label of a time stamp line, before its date ("Updated on", "Released:"). A date that ends
# in "a.m." ends as a sentence does, so the stamp is told by the rest of the line being a date.
_EN_STAMP_LABEL = compile_re(rf"^\W*{_EN_STAMP_WORD}(?: on)?:?\s*", re.I)
_EN_WEEKDAY = r"(?:(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)[a-z]*\.?,?\s+)"
# A line that is a date and nothing else, as a story's time stamp under its byline: "Saturday 15
# February 2025", "Wednesday, November 6, 2024, 11:48 a.m. EST".
EN_DATE_LINE = compile_re(
    rf"^\W*{_EN_WEEKDAY}?(?:{EN_DATE.pattern})"
    r"(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?)?\s*$",
    re.I,
)


# An English dateline opening the first paragraph: "LONDON (Reuters) - ", "SAN FRANCISCO, Oct. 28,
# 2026 -- ", "BEIJING, March 3 (Xinhua) -- ", a wire's "HOUSTON, Oct. 28, 2026 /PRNewswire/ -- ".
# The place is in capitals; a dash ends it.
EN_DATELINE = compile_re(
    r"^\s*(?P<place>[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3})"
    # (a state or country, a date, or both: "SAN JOSE, Calif., September 17, 2024 —")
    r"(?:,\s*(?P<region>[A-Z][A-Za-z.]+))?"
    # (a date, month first or day first: "September 17, 2024", "20 August 2025")
    r"(?:,\s*(?P<date>[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*(?:19|20)\d{2})?|\d{1,2}\s+[A-Z][a-z]{2,8}\.?(?:\s+(?:19|20)\d{2})?))?"
    r"\s*(?:\((?P<agency>[A-Za-z][\w .&-]{1,30})\)|/(?P<wire>[A-Za-z][\w .&-]{1,30})/)?"
    r"\s*(?P<dash>--|-|—|–|:)\s+(?=[A-Z\"“])"
)
_SENTENCE_END = compile_re(r"[.!?][\"”’)]?\s*$")
# Labels in capitals that open a line as a dateline's place does: "NOTE: …", "UPDATE: …".
_NOT_A_DATELINE = frozenset("NOTE UPDATE UPDATED BREAKING NEWS EXCLUSIVE WATCH PHOTO PHOTOS VIDEO CORRECTION WARNING "
                            "DISCLAIMER SOURCE SOURCES EDITOR EDITOR'S ANALYSIS OPINION LIVE ALERT FACT CHECK Q A "
                            "READ MORE ALSO SEE REPORT ANNUAL SUMMARY STATEMENT RELEASE PRESS NOTICE HIGHLIGHTS KEY POINTS".split())


def is_dateline(m: re.Match) -> bool:
    """A capitalised word and a hyphen alone ("US - China talks") is no dateline: it takes an
    agency, a date or a long dash; or a region ("TALLIS CREEK, Ore. –"); or an en dash after a place's
    name longer than an abbreviation, with a sentence after it ("KESARGARH – The Courts Service today
    published …", not a heading in capitals: "ANNUAL REPORT – Key figures")."""
    if m["dash"] == ":":  # the Indian press's "LUCKNOW: The state government …"
        return not set(m["place"].split()) & _NOT_A_DATELINE
    if m["agency"] or m["wire"] or m["date"] or m["dash"] in ("--", "—"):
        return True
    if set(m["place"].split()) & _NOT_A_DATELINE:
        return False
    rest = m.string[m.end() :]
    return (m["region"] is not None or m["dash"] == "–" and len(m["place"].replace(".", "")) > 3) \
        and len(rest.split()) >= 6 and _SENTENCE_END.search(rest) is not None


def is_time_stamp(text: str) -> bool:
    """Whether `text` is a time stamp: "Last updated: Friday, March 13, 2026, 3:00 p.m." (a line of
    chrome, or a sentence that opens a line of content)."""
    return text[:1].isascii() and EN_DATE_LINE.match(_EN_STAMP_LABEL.sub("", text)) is not None


# Lines of a listed company's announcement and of a page's contacts, on their own (chrome_rules.classify).
# A regulatory announcement's number on a line of its own: "RNS Number : 4417Q", "Announcement ID: 4471K".
EN_RELEASE_NUMBER = compile_re(r"^\s*(?:[A-Z]{2,5}|[A-Z][a-z]+(?: [A-Z][a-z]+)?) (?:Number|ID)\s*:\s*\d{3,5}[A-Z]\s*$")
# A number to call on a line of its own: "Advice line open 24 hours: 0555 012 3309", "Call us on +44 20 7946 0958".
EN_PHONE_LINE = compile_re(r"^[A-Z][^.!?|]{0,50}\b(?:line|lines|call|calls|phone|tel|telephone|helpline|enquiries|contact|us on)\b"
                           r"[^.!?|]{0,25}?[:\s]\s*\+?\d[\d ()-]{7,16}\d$", re.I)
# The names a company's announcement defines for itself, on a line of their own under its name: '("Ferncastle" or
# "the Group")'.
EN_ALIAS_LINE = compile_re(r'^\(\s*["“][^"”]{1,40}["”](?:\s*,\s*["“][^"”]{1,40}["”])*\s*(?:,\s*)?(?:or|and)\s*["“][^"”]{1,40}["”]\s*\)$')
# A listed company's statutory line under the Market Abuse rules: "This announcement contains inside information (for the
# purposes of …)", in capitals too.
EN_INSIDE_INFORMATION = compile_re(r"^\s*(?:THIS ANNOUNCEMENT CONTAINS INSIDE INFORMATION|This announcement contains inside information)\b")
