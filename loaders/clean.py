"""Split raw article text into segments tagged title / dateline / body / chrome.

General page-chrome rules (no site-specific strings):
- teasers of other stories: a line cut off with "..." / "…";
- "Read also", "Related", "More from", "Recommended", "Share", "Follow",
  "Subscribe", "Tags", "Advertisement", photo captions and credits, translation
  credits ("This article was initially published in ...", "Adapted in ...");
- a section header such as "Related news" or "MORE FROM X" on its own line
  makes the lines under it (up to a blank line) chrome;
- agency sign-offs ("REUTER", "AIP / kkf", "Lusa/BR");
- short headings inside the body (no sentence punctuation) are chrome, but
  not the lines of a list under a line ending with ":" ("The documents
  signed are:" / "Air Services Agreement" / ...).
Bylines, date lines and datelines ("ACCRA, 14 March 2024 –") become "dateline"
segments: they carry the publication date but state no facts.

Hard-wrapped newswire text (short lines, paragraphs marked by indentation or
blank lines) is re-joined into paragraphs first.
"""
from __future__ import annotations

import re

from loaders.model import Segment

# "Imports from Kenya: 0.3 billion yen", "Two-way trade (2023): US$41.2 million": a labelled figure is data, no heading
_DATA_LINE = re.compile(r"^[A-Z][^:]{2,60}:\s+(?:(?:about|around|approximately|some|over|nearly)\s+)?"
                        r"(?:[A-Z]{0,3}[$€£¥₹]\s*|[A-Z]{3}\s+)?\d[\d.,]*\s*(?:%|per\s?cent|[a-z]+)")

_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
          r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_WD = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_DATE_ONLY = re.compile(
    rf"^\s*(?:{_WD},?\s*)?(?:\d{{1,2}}\s+{_MONTH},?\s+\d{{4}}|{_MONTH}\s+\d{{1,2}},?\s+\d{{4}}|"
    rf"\d{{1,2}}[./-]\d{{1,2}}[./-]\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}}(?:T\d{{2}}:\d{{2}}(?::\d{{2}})?(?:\.\d+)?(?:Z|[+-]\d{{2}}:?\d{{2}})?)?)"
    rf"(?:\s*[-–—|,]?\s*\d{{1,2}}:\d{{2}}(?:\s*[AaPp]\.?[Mm]\.?)?)?\s*(?:\w{{2,4}})?"
    # ("16.01.2025 12:30, Accra city": an official site's date line names where the item was filed)
    rf"(?:\s*,\s*[A-Z][\w'’\-]+(?:\s+[A-Za-z][\w'’\-]+){{0,2}})?\s*$")
_BYLINE = re.compile(r"^\s*(?:By|BY|From|FROM|Written by|Reporting by)\s+[A-ZÀ-Ý]")
_PUBLISHED = re.compile(r"\b(?:Published|Updated|Posted|Publication date|Last update)\b", re.I)
_SOURCE_BAR = re.compile(r"^[^.!?]{2,60}\|\s*(?:" + _WD + r",?\s*)?\d{1,2}\s+" + _MONTH)
_CHROME_START = re.compile(
    r"^\s*[\[(]?\s*(?:read also|read more|also read|see also|related(?: news| stories| articles)?\b|more from\b|"
    r"recommended|share\b|share this|follow us|follow\b|subscribe|sign up|tags?:|advertisement|"
    r"photo\b|photos\b|picture\s*:|pictured\s*:|pic\s*:|\(?[\w .]*\bphoto\s*:|credit:|image:|caption:|enquiries|issued by|"
    r"for more news|this article was (?:initially |originally |first )?published|adapted in \w+ by|"
    r"translated (?:from|by)|copyright|©|click here|watch:|listen:|most read|trending|"
    r"you may also like|don't miss|latest news|top stories|continue reading|all rights reserved|source:|editor:|"
    r"editing by|\(?reporting by|writing by|topics?:|filed under|posted in|file photo|\(?file\b|comments?\b|"
    r"print\b|email\b|download\b|newsletter|cookie|privacy policy|terms of use|more on this|see more|view more)", re.I)
_SECTION_HEADER = re.compile(
    r"^\s*(?:related(?: news| stories| articles| content)?|more from\b.*|recommended(?: for you)?|"
    r"read (?:also|more)|also read|see also|you may also like|most read|latest(?: news)?|"
    r"trending|top stories|more (?:news|stories)|other news)\s*:?\s*$", re.I)
# "Published: Thursday, 20 June 2024 | 14:05 WIB" below a masthead, menus and a section label
_PUBLISHED_LINE = re.compile(r"^\s*(?:Published|Updated|Posted|Last updated|First published|Date)\b\s*(?:on\s*)?:?", re.I)
# a photo caption places people in the picture: "President X (right) and President Y review an honour
# guard ..."; a photo credit line: "AGENCY FOTO/A. Photographer/ed", "Photo/Agency"
_CAPTION = re.compile(r"\((?:left|right|centre|center|front|\d(?:st|nd|rd|th)\s+(?:from\s+)?(?:left|right))\)")
# "(L)", "(R)" also mark a party ("Senator X (R)"): only in a short line that quotes no one
_CAPTION_SHORT = re.compile(r"\((?:L|R|C|\d(?:st|nd|rd|th)\s+(?:from\s+)?[LR])\)")
_PHOTO_CREDIT = re.compile(r"^\s*(?:[A-Z]{2,12}\s+)?(?:FOTO|PHOTO|Foto|Photo)\s*/\s*\S+")
# a full date in brackets opening a paragraph: "(March 29, 2025) ", "(29 March 2025) "
_PAREN_DATE_PREFIX = re.compile(r"^\(\s*(?:" + _WD + r",?\s*)?(?:" + _MONTH + r"\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+" + _MONTH
                                + r",?\s+\d{4})\s*\)\s+(?=[A-Z])")
# a site's navigation bar: "Home | World | Business | Sport"
_MENU = re.compile(r"^[^.!?|]{1,30}(?:\s+[|•·]\s+[^.!?|]{1,30}){3,}$")
# a breadcrumb of site sections: "World > Africa", "News » Politics"
_BREADCRUMB = re.compile(r"^[^.!?>»›]{1,30}(?:\s+[>»›]\s+[^.!?>»›]{1,30})+$")
# a masthead: the site's name in capitals on the first line, above its menu
_MASTHEAD = re.compile(r"^[A-Z0-9&'’. \-]{3,40}$")
_SIGNOFF = re.compile(r"^\s*(?:REUTER|Reuter|Reuters|AFP|AP|Enditem|[A-Z]{2,8}\s*/\s*[A-Za-z]{2,8})\s*$")
# dateline at the start of a body paragraph: "ACCRA, 14 March 2024 (AIP) – "
_DATELINE_PREFIX = re.compile(
    r"^(?P<place>[A-ZÀ-Ý][\wÀ-ÿ'’.\-]*(?:\s+[A-ZÀ-Ýa-z][\wÀ-ÿ'’.\-]*){0,3}?)"
    r"(?:,\s*(?P<rest>[^–—\n]{1,40}?))?\s*(?:\((?P<src>[^)\n]{1,30})\)\s*(?:(?P<date2>\d{1,2}[./]\d{1,2}[./]\d{4})\s*)?(?:–|—|--|-|[.:])|"
    r"(?:–|—|--|-))\s+(?=\S)"
    # "Accra, Jul 9, 2024 (GNA) Ghana and ...", "Panama City, September 27, 2024. The President ...":
    # a dateline with a full date, closed by its source alone or by a full stop
    # ("Lomé (Togo), February 14, 2025 (APA) – ...", "Ulaanbaatar, November 28, 2024 /MONTSAME/. ...")
    r"|^(?P<place3>[A-ZÀ-Ý][\wÀ-ÿ'’.\-]*(?:\s+[A-ZÀ-Ý][\wÀ-ÿ'’.\-]*){0,2})(?:\s+\([A-ZÀ-Ý][^)\n]{1,30}\))?,\s*"
    r"(?P<rest3>[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+\d{4})"
    r"\s*(?:\((?P<src3>[^)\n]{1,30})\)\s*(?:–|—|--|-)?|/(?P<src4>[^/\n]{2,30})/\.?|\.)\s+(?=[A-Z])"
    # "04.07.2024 - Deputy Prime Minister ...": an embassy page's numeric date opening the first paragraph
    r"|^(?P<date5>[0-3]?\d[./][01]?\d[./](?:19|20)\d\d)\s*(?:–|—|--|-)\s+(?=[A-Z])")
# "12 May, 2025: Mauritius and Seychelles signed ...": a paragraph opening with the release's full date
_SOURCE_PREFIX = re.compile(r"^\((?P<src>[^)\n]{2,40})\)\s*(?:–|—|--|-)\s+|"
                            r"^(?P<date6>\d{1,2}\s+" + _MONTH + r",?\s+\d{4}|" + _MONTH + r"\s+\d{1,2},?\s+\d{4})\s*(?::|–|—|--)\s+(?=[A-Z])")
_PRESS_PREFIX = re.compile(r"^(?P<src>[A-Z][\w.\-]{1,30})\s+(?:–|—|--|-)\s+(?P<place>[A-Z][\w ]{1,30})\.\s+")
_TERMINAL = re.compile(r"[.!?:;\"”’)]\s*$")


def _lines(text: str):
    pos = 0
    for raw in text.splitlines(keepends=True):
        line = raw.rstrip("\r\n")
        yield pos, pos + len(line), line
        pos += len(raw)


_OPEN_ENDED = re.compile(r"[a-z]\s+(?:by|of|the|a|an|to|and|or|in|on|for|with|from|at|as|that|which|its|their|his|her)\s*$")


def _paragraphs(text: str):
    """(start, end) of paragraphs; hard-wrapped text is re-joined."""
    lines = list(_lines(text))
    nonempty = [ln for ln in lines if ln[2].strip()]
    wrapped = (len(nonempty) >= 6 and max(len(ln[2]) for ln in nonempty) <= 90
               and sum(1 for ln in nonempty if len(ln[2]) >= 45) >= len(nonempty) * 0.3)
    if not wrapped and nonempty and max(len(ln[2]) for ln in nonempty) <= 90:
        head = [ln[2] for ln in nonempty[:4]]
        wire_header = any(_DATE_ONLY.match(h) for h in head) and any(re.search(r"\s[-–]\s*$", h) for h in head)
        indented = sum(1 for ln in nonempty if ln[2][:2] == "  " and len(ln[2].strip()) > 20) >= 1
        wrapped = wire_header and indented
    paras: list[tuple[int, int]] = []
    cur: list[int] | None = None
    for i, (s, e, line) in enumerate(lines):
        if not line.strip():
            if cur:
                paras.append((cur[0], cur[1]))
            cur = None
            continue
        if wrapped and cur is not None:
            indented = line[:1] in (" ", "\t")
            prev_line = lines[i - 1][2]
            if not indented and i >= 3 and not _DATE_ONLY.match(prev_line):
                cur[1] = e
                continue
        if cur is not None and _OPEN_ENDED.search(lines[i - 1][2]) and line.strip()[:1].isalnum() and \
                "|" not in lines[i - 1][2] and not re.match(r"\s*(?:\d{1,2}[.)]|[a-z][.)])\s", line):
            # "... at the end of a three-day official visit by" / "Togolese Foreign Minister ...": a line that
            # ends on a preposition, article or conjunction runs on into the next, however long its lines
            # (a table's header "Document | Signed by" and a numbered item after it keep their lines)
            cur[1] = e
            continue
        if cur:
            paras.append((cur[0], cur[1]))
        # trim leading whitespace
        lead = len(line) - len(line.lstrip())
        cur = [s + lead, e]
    if cur:
        paras.append((cur[0], cur[1]))
    return paras


def is_teaser(line: str) -> bool:
    t = line.rstrip()
    return t.endswith("...") or t.endswith("…")


def clean(text: str) -> list[Segment]:
    segments: list[Segment] = []
    paras = _paragraphs(text or "")
    title_done = False
    in_section = False
    list_open = after_colon = False  # lines under "The documents signed are:" are list items
    prev_end = 0
    for n, (s, e) in enumerate(paras):
        para = text[s:e]
        flat = " ".join(para.split())
        blank_before = "\n\n" in text[prev_end:s] or "\n\r\n" in text[prev_end:s]
        prev_end = e
        if in_section and blank_before:
            in_section = False
        in_list = list_open and (not blank_before or after_colon)
        kind, why = "body", ""
        if in_section:
            kind, why = "chrome", "under a related/teaser section header"
        elif _DATE_ONLY.match(flat) or (n <= 4 and _SOURCE_BAR.match(flat)):
            kind, why = "dateline", "date line"
        elif _BYLINE.match(flat) and len(flat) < 160:
            kind, why = "dateline", "byline"
        elif (n <= 4 and _PUBLISHED.search(flat) or n <= 12 and _PUBLISHED_LINE.match(flat)) and \
                len(flat) < 160 and not flat.endswith("."):
            kind, why = "dateline", "byline"
        elif n <= 12 and _MENU.match(flat):
            kind, why = "chrome", "site menu"
        elif n == 0 and _MASTHEAD.match(flat) and len(flat.split()) <= 4 and len(paras) > 1 and \
                _MENU.match(" ".join(text[paras[1][0]:paras[1][1]].split())):
            kind, why = "chrome", "masthead"
        elif _SECTION_HEADER.match(flat):
            kind, why = "chrome", "section header"
            in_section = True
        elif _CHROME_START.match(flat):
            kind, why = "chrome", "share/related/caption/credit line"
        elif _CAPTION.search(flat) and len(flat) <= 320 or _PHOTO_CREDIT.match(flat) or \
                _CAPTION_SHORT.search(flat) and len(flat) <= 200 and not re.search(r"\b(?:said|says|told)\b", flat):
            kind, why = "chrome", "photo caption/credit"
        elif is_teaser(flat):
            kind, why = "chrome", "teaser cut off with '...'"
        elif _SIGNOFF.match(flat):
            kind, why = "chrome", "sign-off"
        elif not title_done and (_BREADCRUMB.match(flat) or _section_label(flat, text, paras, n)):
            kind, why = "chrome", "section label"
        elif not title_done:
            if not re.search(r"[.!?]\s*$", flat) or len(flat) < 120 and not flat.endswith("."):
                kind = "title"
            title_done = True
        elif (not _TERMINAL.search(flat) and len(flat.split()) <= 10 and not flat.startswith(("-", "•", "*"))
              and not in_list and not _DATA_LINE.match(flat)):
            # wire dateline alone on its line: "MOSCOW, March 31 -"
            if re.match(r"^[A-ZÀ-Ý][\w .'’\-]*,\s*" + _MONTH + r"\s+\d{1,2}\s*[-–—]*\s*$", flat):
                kind, why = "dateline", "dateline"
            else:
                kind, why = "chrome", "heading"
        if kind != "chrome" and not title_done and kind == "body":
            title_done = True
        if kind == "body":
            # "(KPL) Vientiane, January 10, 2025 -- ...": the agency's tag may stand before the place
            tag = re.match(r"^\([A-Z][A-Za-z.&\- ]{1,20}\)\s+(?=[A-ZÀ-Ý])", para)
            lead_ = tag.end() if tag else 0
            m = _DATELINE_PREFIX.match(para[lead_:]) or (None if lead_ else _SOURCE_PREFIX.match(para))
            if m and _looks_like_dateline(m):
                segments.append(Segment(s, s + lead_ + m.end(), para[:lead_ + m.end()], "dateline", "dateline prefix"))
                s = s + lead_ + m.end()
                para = text[s:e]
            else:
                m = _PRESS_PREFIX.match(para)
                if m:
                    segments.append(Segment(s, s + m.end(), para[:m.end()], "dateline", "source prefix"))
                    s = s + m.end()
                    para = text[s:e]
            m = _PAREN_DATE_PREFIX.match(para)
            if m and s < e:
                # "Bridgetown – (March 29, 2025) President X ...": the release's date stamp opens the lede
                segments.append(Segment(s, s + m.end(), para[:m.end()], "dateline", "date prefix"))
                s = s + m.end()
                para = text[s:e]
            m = _SOURCE_PREFIX.match(para)
            if m and m.group("date6") and s < e:
                # "GIS - 12 May, 2025: ...": a source, then the date
                segments.append(Segment(s, s + m.end(), para[:m.end()], "dateline", "date prefix"))
                s = s + m.end()
                para = text[s:e]
        segments.append(Segment(s, e, para, kind, why))
        after_colon = kind == "body" and flat.endswith(":")
        list_open = after_colon or (in_list and kind == "body")
    return segments


def _section_label(flat: str, text: str, paras, n: int) -> bool:
    """"DIPLOMACY" above "Korea, Paraguay ink four MoUs as ...": a short
    all-capitals label right above a mixed-case headline is the site's section,
    not the title (a wire headline in capitals is followed by its date line)."""
    if not (flat.isupper() and len(flat.split()) <= 3) or n + 1 >= len(paras):
        return False
    nxt = " ".join(text[paras[n + 1][0]:paras[n + 1][1]].split())
    return not nxt.isupper() and 5 <= len(nxt.split()) <= 30 and not re.search(r"[.!?]\s*$", nxt) and \
        not _DATE_ONLY.match(nxt) and not _PUBLISHED.search(nxt)


def _looks_like_dateline(m: re.Match) -> bool:
    gd = m.groupdict()
    if "place" not in gd:
        return True  # "(Agence Ecofin) - ", "12 May, 2025: "
    if gd.get("place3") or gd.get("date5"):
        return True  # "Accra, Jul 9, 2024 (GNA) ...", "Lima, 5 February 2025. ..."
    place = gd.get("place") or ""
    rest = gd.get("rest") or ""
    src = gd.get("src") or ""
    if rest and not (re.search(r"\d", rest) or re.match(r"^[A-ZÀ-Ý][\w ]+$", rest)):
        return False
    if place.isupper() or rest or src:
        return True
    # "Rabat – ..." : a single capitalised word (a place) before the dash
    return len(place.split()) <= 3 and all(w[:1].isupper() for w in place.split())
