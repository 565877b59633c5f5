"""Dates: publication date of an article, and date mentions in a sentence
resolved against a reference date.

Precision is never invented: "last week" gives a month, "in 2015" a year,
"on Tuesday" a day only when the reference date has a day.

Public API (stable; used by the trade detector too):
- find_publication_date(text, segments) -> PartialDate | None
- reference_from_evidence(text, published) -> PartialDate | None
- find_dates(sentence, ref, years=()) -> list[DateMention]
- years_in(text) -> list[int]
- resolve_year_phrase(phrase, ref) -> int | None   ("last year", "in 2023", ...)
- weekday_before(ref, weekday) / add_days(date, n)
"""
from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass

from loaders.model import PartialDate, Segment

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "a": 1, "an": 1, "single": 1,
}
M = (r"(?P<{n}>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
     r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
WD = r"(?P<{n}>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
Y = r"(?P<{n}>1[89]\d\d|20\d\d)"
D = r"(?P<{n}>[0-3]?\d)(?:st|nd|rd|th)?"


def _m(s: str) -> int:
    return MONTHS[s.lower().rstrip(".")]


def _valid(y, m, d) -> bool:
    try:
        _dt.date(y, m, d)
        return True
    except (ValueError, TypeError):
        return False


def add_days(p: PartialDate, n: int) -> PartialDate:
    d = _dt.date(p.year, p.month, p.day) + _dt.timedelta(days=n)
    return PartialDate(d.year, d.month, d.day)


def weekday_before(ref: PartialDate, weekday: int, strict: bool = False) -> PartialDate | None:
    """Most recent `weekday` on (or strictly before) the day-precise ref."""
    if ref is None or ref.day is None:
        return None
    d = _dt.date(ref.year, ref.month, ref.day)
    back = (d.weekday() - weekday) % 7
    if strict and back == 0:
        back = 7
    d -= _dt.timedelta(days=back)
    return PartialDate(d.year, d.month, d.day)


def weekday_after(ref: PartialDate, weekday: int) -> PartialDate | None:
    if ref is None or ref.day is None:
        return None
    d = _dt.date(ref.year, ref.month, ref.day)
    fwd = (weekday - d.weekday()) % 7 or 7
    d += _dt.timedelta(days=fwd)
    return PartialDate(d.year, d.month, d.day)


def compare(a: PartialDate | None, b: PartialDate | None) -> int | None:
    """-1/0/1 when comparable at the shared precision (0 = compatible)."""
    if a is None or b is None:
        return None
    ta = (a.year, a.month, a.day)
    tb = (b.year, b.month, b.day)
    for x, y in zip(ta, tb):
        if x is None or y is None:
            return 0
        if x != y:
            return -1 if x < y else 1
    return 0


def compatible(a: str | None, b: str | None) -> bool:
    """ISO partial strings agree on their shared precision ("2025-05" ~ "2025-05-27")."""
    if not a or not b:
        return True
    a, b = str(a), str(b)
    n = min(len(a), len(b))
    return a[:n] == b[:n]


# ---------------------------------------------------------------------------
# publication date

# page headers of sites in other languages: "12 de marzo de 2025", "12 mars 2025", "12. März 2025"
_FOREIGN_MONTHS = {
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7, "agosto": 8,
    "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7, "août": 8,
    "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12, "decembre": 12,
    "janeiro": 1, "fevereiro": 2, "março": 3, "marco": 3, "maio": 5, "junho": 6, "julho": 7, "setembro": 9,
    "outubro": 10, "dezembro": 12, "januar": 1, "februar": 2, "märz": 3, "juni": 6, "juli": 7, "oktober": 10,
    "dezember": 12,
}
_FOREIGN_M = "(?P<fm>" + "|".join(sorted(_FOREIGN_MONTHS, key=len, reverse=True)) + ")"

_FULL_PATTERNS = [
    re.compile(r"(?i:(?:" + WD.format(n="wd") + r",?\s+)?)" + D.format(n="d") + r"\s+(?i:" + M.format(n="m") + r"),?\s+" + Y.format(n="y")),
    re.compile(r"(?i:(?:" + WD.format(n="wd") + r",?\s+)?" + M.format(n="m") + r")\s+" + D.format(n="d") + r"(?:,\s*|/|\s+)" + Y.format(n="y")),
    re.compile(r"\b(?P<d>[0-3]?\d)[./-](?P<mn>[0-3]?\d)[./-]" + Y.format(n="y") + r"\b"),
    # Central European pages space the parts: "12. 3. 2025"
    re.compile(r"\b(?P<d>[0-3]?\d)\.\s(?P<mn>[01]?\d)\.\s" + Y.format(n="y") + r"\b"),
    re.compile(r"\b(?P<d>[0-3]?\d)\.?\s+(?:de\s+)?(?i:" + _FOREIGN_M + r")\s+(?:de\s+)?" + Y.format(n="y") + r"\b"),
    re.compile(r"\b" + Y.format(n="y") + r"-(?P<mn>[01]\d)-(?P<d>[0-3]\d)(?!\d)"),
    # year first with dots or slashes, as East Asian sites write it: "Date: 2024.06.20"
    re.compile(r"\b" + Y.format(n="y") + r"[./](?P<mn>[01]?\d)[./](?P<d>[0-3]?\d)\b(?![./]\d)"),
]
_DAY_MONTH_ONLY = re.compile(r"^[^,]{2,40},\s*(?:" + M.format(n="m") + r"\s+" + D.format(n="d") + r"|"
                             + D.format(n="d2") + r"\s+" + M.format(n="m2") + r")\b(?![,/]?\s*\d{4})")


# an agency dateline leading the first paragraph: "ACCRA, MAY 20, GNA. ..."
_AGENCY_DATELINE = re.compile(r"^[A-Z][A-Z .'’\-]{2,30},\s+(?i:(?:" + M.format(n="m") + r")\s+" + D.format(n="d") + r"|" + D.format(n="d2") +
                              r"\s+(?:" + M.format(n="m2") + r"))(?![,/]?\s*\d{4})(?:,?\s+(?:\(?[A-Z][A-Za-z]+\)?))?\s*[.:—–-]\s+")


def _ymd(m: re.Match) -> tuple[int, int, int]:
    """(year, month, day) of a _FULL_PATTERNS match."""
    gd = m.groupdict()
    mo = _m(gd["m"]) if gd.get("m") else _FOREIGN_MONTHS[gd["fm"].lower()] if gd.get("fm") else int(gd["mn"])
    d = int(gd["d"])
    if not gd.get("m") and not gd.get("fm") and mo > 12 and d <= 12:
        d, mo = mo, d  # month-first numeric date (03/25/2024)
    return int(gd["y"]), mo, d


def _full_date(text: str) -> PartialDate | None:
    for rx in _FULL_PATTERNS:
        m = rx.search(text)
        if m and _valid(*_ymd(m)):
            return PartialDate(*_ymd(m))
    return None


_HEADER_WORDS = {"by", "of", "and", "updated", "published", "publication", "date", "on", "last", "update", "posted",
                 "e-paper", "epaper", "edition", "am", "pm", "a.m.", "p.m.", "at", "the", "first",
                 # "Press release | Date: 05/02/2025 | No.: 12/25"
                 "press", "release", "releases", "no.", "no",
                 # "May 7, 2025 | By Staff Writer | Filed under News"
                 "filed", "under", "in",
                 # "13 December 2024 06:21 am - 2 comments"
                 "comment", "comments",
                 # "Oct. 8, 2024 | By Staff Writer | 4 min read"
                 "min", "mins", "minute", "minutes", "read",
                 # "13.06.2024. 08:21h"
                 "h", "hrs",
                 # particles of place names in a date line: "Dar es Salaam. Tuesday, 10 June 2025"
                 "es", "de", "la", "el", "al", "du", "di", "da", "do", "del", "des"}


def _is_date_line(text: str) -> bool:
    """Nothing but capitalised place/byline words, separators, times and dates
    ("Thu Nov 28, 2024 12:00 AM | Last update on: ...", "18.06.2025 | 17:42 |
    Newsroom", "Name | Publication date 29 August 2024 | 19:20 ICT")."""
    rest = text
    for rx in _FULL_PATTERNS:
        rest = rx.sub(" ", rest)
    rest = re.sub(r"\b\d{1,2}[:.]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?", " ", rest)
    words = re.findall(r"[^\s|,;:/–—•·()]+", rest)
    # ("Thursday, November 7, 2024 | Suva 29°C": the weather beside the date line)
    return len(words) <= 8 and all(w[:1].isupper() or w.lower() in _HEADER_WORDS or not re.search(r"[A-Za-z]", w)
                                   or re.fullmatch(r"-?\d+°[CF]?", w) for w in words)


def _opens_with_full_date(text: str) -> bool:
    head = re.sub(r"^\s*(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)[a-z]*\.?,?\s+", "", text)
    return any(rx.match(head) for rx in _FULL_PATTERNS)


def find_publication_date(text: str, segments: list[Segment]) -> PartialDate | None:
    d = _find_publication_date(text, segments)
    if d is not None and d.day and d.day <= 12 and d.day != d.month and _valid(d.year, d.day, d.month) and \
            _names_day(text, d.day, d.month) and not _names_day(text, d.month, d.day):
        # "05/08/2025 09:37 PM" read day first, on a page whose dateline says "Taipei, May 8": the
        # page writes the month first
        return PartialDate(d.year, d.day, d.month)
    return d


_MONTH_ABBR = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def _names_day(text: str, month: int, day: int) -> bool:
    """Whether the page's head writes that day with its month's name ("May 8", "Sept. 3")."""
    return re.search(r"\b(?i:" + _MONTH_ABBR[month - 1] + r")[a-z]*\.?\s+" + str(day) + r"\b", text[:4000]) is not None


def _find_publication_date(text: str, segments: list[Segment]) -> PartialDate | None:
    """Date line / byline / 'Published' line first, then a dateline prefix.

    A dateline with day and month but no year ("LUSAKA, May 24 (Xinhua)") takes
    its year only from firm evidence in the text (see reference_from_evidence).
    """
    head = [sg for sg in segments[:12]]
    for sg in head:
        if sg.kind == "dateline" and sg.why in ("date line", "byline"):
            d = _full_date(sg.text)
            if d:
                return d
    for sg in head:
        if sg.kind == "dateline":
            d = _full_date(sg.text)
            if d:
                return d
    for sg in head:
        # a line that is only place/byline words and a full date, whatever the
        # cleaner called it ("Lima, 5 February 2025", "Staff Correspondent | Dhaka | June 7, 2024")
        # ("Thu Jan 16, 2025 12:00 AM  Last update on: ...": a body paragraph that opens with the date)
        if len(sg.text) <= 100 and (sg.kind != "body" or "|" in sg.text or _opens_with_full_date(sg.text)) and \
                _full_date(sg.text) and _is_date_line(sg.text):
            return _full_date(sg.text)
    for sg in head[:8]:
        # a newsletter or bulletin header names only its month: "Issue No. 47 | July 2024"
        flat = " ".join(sg.text.split())
        mm = re.search(r"(?:^|\|\s*)" + M.format(n="m") + r"\s+" + Y.format(n="y") + r"\s*(?:\||$)", flat)
        if mm and sg.kind != "body" and len(flat) <= 60 and _is_date_line(flat.replace(mm.group(0), " ")):
            return PartialDate(int(mm.group("y")), _m(mm.group("m")))
    # (the first body paragraph may be a headline the page set as text: "(ANSA) - ROME, OCT 22 - ..." follows it)
    bodies = [sg for sg in head if sg.kind == "body"][:3]
    body = next((sg for sg in bodies if _AGENCY_DATELINE.match(" ".join(sg.text.split()))), bodies[0] if bodies else None)
    lead = _AGENCY_DATELINE.match(" ".join(body.text.split())) if body is not None else None
    if lead:
        # "ACCRA, MAY 20, GNA. President X on Tuesday received ...": an agency dateline opens the
        # first paragraph; its year is the one that puts that day on the weekday the lede names (searched
        # only from the latest year the article mentions to the next), or other firm evidence
        gd = lead.groupdict()
        mo = _m(gd.get("m") or gd.get("m2"))
        d = int(gd.get("d") or gd.get("d2"))
        sent = re.split(r"(?<=[.!?])\s+(?=[A-Z])", " ".join(body.text.split())[lead.end():], maxsplit=1)[0]
        wds = {WEEKDAYS[w.lower()] for w in re.findall(r"\b(" + "|".join(n.capitalize() for n in WEEKDAYS) + r")\b", sent)}
        # (a target year is no year of the story: "a corridor to connect the two shores by 2030")
        targets = {int(y) for y in re.findall(r"\b(?:by|until|till|through|before)\s+((?:19|20)\d\d)\b", text)}
        ys = [y for y in years_in(text) if y not in targets]
        ev = _year_from_nearby_full_date(text, mo, d)
        ev = ev or (anchor_weekday_date(mo, d, wds.pop(), max(ys), max(ys) + 1) if len(wds) == 1 and ys else None)
        ev = ev or _anniversary_year(text) or _completed_part_year(text, mo) \
            or _last_year_restated(text) or _copyright_year(text)
        if ev and _valid(ev, mo, d):
            return PartialDate(ev, mo, d)
    for sg in head:
        if sg.kind == "dateline":
            m = _DAY_MONTH_ONLY.match(" ".join(sg.text.split()))
            if m:
                gd = m.groupdict()
                mo = _m(gd.get("m") or gd.get("m2"))
                d = int(gd.get("d") or gd.get("d2"))
                ev = _anniversary_year(text) or _completed_part_year(text, mo) or _year_from_nearby_full_date(text, mo, d) \
                    or _last_year_restated(text) or _copyright_year(text)
                if ev and _valid(ev, mo, d):
                    return PartialDate(ev, mo, d)
    return _foot_date(text)


_FOOT_PUBLISHED = re.compile(r"^\s*(?:Published|Posted|Date|Issued)\b\s*(?:on\s*)?:?", re.I)


def _foot_date(text: str) -> PartialDate | None:
    """A release dated at its foot: under "ISSUED BY: ...", after the place of issue
    ("Asunción / 5 March 2025", "Kigali, 21 June 2024"), on a "Posted On:" /
    "Published:" line, or in an agency's sign-off ("APS – 10 December 2024"). A page's "Last Updated" date is not its publication date."""
    from loaders.resolve.countries import find_countries  # a leaf module; imported here to keep dates standalone
    lines = [" ".join(ln.split()) for ln in (text or "").strip().splitlines() if ln.strip()][-12:]
    issued = any(re.match(r"(?:issued|released|distributed)\s+by\b", ln, re.I) for ln in lines)
    for i, ln in enumerate(lines):
        if len(ln) > 60 or re.match(r"(?:last\s+)?updated\b", ln, re.I):
            continue
        d = _full_date(ln)
        if d is None or not (_is_date_line(ln) or _FOOT_PUBLISHED.match(ln)):
            continue
        prev = lines[i - 1] if i else ""
        placed = len(prev.split()) <= 3 and any(c.via in ("capital", "city") and c.start == 0
                                                for c in find_countries(prev, d.year))
        own_place = any(c.via in ("capital", "city") and c.start == 0 for c in find_countries(ln, d.year))
        # an agency's sign-off with the day: "APS – 10 December 2024", "(KPL) - December 10, 2024"
        signed_off = re.match(r"\(?[A-Z]{2,10}\)?\s*[–—-]\s*(?:\d|[A-Z][a-z]+\.?\s+\d)", ln) is not None
        if issued or _FOOT_PUBLISHED.match(ln) or placed or own_place or signed_off:
            return d
    return None


_COPYRIGHT = re.compile(r"(?:\(c\)|©|\bcopyright\b)\s*(?:[A-Z][\w.&\- ]{0,40}?\s+)?(?P<y>(?:19|20)\d\d)\b", re.I)


def _copyright_year(text: str) -> int | None:
    """A wire story's own copyright line ("(c) EFE 2025") names the year of a dateline that
    gives only day and month; one such year, and no later year in the text."""
    ys = {int(m.group("y")) for m in _COPYRIGHT.finditer(text)}
    if len(ys) != 1:
        return None
    y = ys.pop()
    return y if all(v <= y for v in years_in(text)) else None


_ORD = r"(?P<n>\d{1,3})(?:st|nd|rd|th)"
_ANNIV = re.compile(r"\b(?:this|the current) year marks the " + _ORD + r" anniversary\b[^.]*?\b" + Y.format(n="y"), re.I)
_SINCE = re.compile(r"\b(?:marking|marks|mark|making it|after)\s+(?:a|the)?\s*(?:full\s+)?(?P<what>decade|(?P<k>\w+|\d+) (?:full )?years?)\s+since\b[^.]*?\b" + Y.format(n="y"), re.I)


_PART_YEAR = re.compile(r"\b(?:in|for|during)\s+the\s+(?P<p>first\s+quarter|first\s+half|first\s+(?P<n>two|three|four|five|six|"
                        r"seven|eight|nine|ten|eleven)\s+months)\s+(?:of\s+)?" + Y.format(n="y") + r"\b", re.I)
_PART_END = {"first quarter": 3, "first half": 6}


def _completed_part_year(text: str, month: int) -> int | None:
    """A dateline 'May 15' with no year, in a story reporting figures for 'the first
    quarter of 2025': the period is over, so the story is of 2025 (one year only)."""
    years = set()
    for m in _PART_YEAR.finditer(text):
        p = " ".join(m.group("p").lower().split())
        end = NUMBER_WORDS[m.group("n").lower()] if m.group("n") else _PART_END.get(p)
        if end is not None and end < month:
            years.add(int(m.group("y")))
    return years.pop() if len(years) == 1 else None


_DECIMAL = re.compile(r"(?<![\d.,])\d{1,4}\.\d{1,2}(?![\d.,]*\d)")


def _last_year_restated(text: str) -> int | None:
    """A figure told 'last year' in one sentence and 'in 2024' in another (a headline "trade rises 6.8 pct to
    RM38.2 bln in 2024", the lede "rose 6.8 per cent to RM38.2 billion last year"): last year is 2024, so the
    story is of 2025. Only decimal figures count (whole numbers repeat by chance), and every such pairing must
    agree."""
    sents = re.split(r"(?<=[.!?])\s+|\n+", text)
    last = {n for sn in sents if re.search(r"\blast\s+year\b", sn) for n in _DECIMAL.findall(sn)}
    found = set()
    for sn in sents:
        if re.search(r"\blast\s+year\b", sn):
            continue
        ys = set(re.findall(r"\bin\s+((?:19|20)\d\d)\b", sn))
        if len(ys) == 1 and len(last & set(_DECIMAL.findall(sn))) >= 2:
            found.add(int(ys.pop()) + 1)
    return found.pop() if len(found) == 1 else None


def _year_from_nearby_full_date(text: str, month: int, day: int) -> int | None:
    """A dateline 'Feb. 27' with no year on a page whose caption or byline carries
    'Feb. 26, 2025': the one year that puts the two dates within a few weeks."""
    years = set()
    for rx in _FULL_PATTERNS:
        for m in rx.finditer(text):
            y, mo, dd = _ymd(m)
            if not (_valid(y, mo, dd) and _valid(y, month, day)):
                continue
            if abs((_dt.date(y, month, day) - _dt.date(y, mo, dd)).days) <= 21:
                years.add(y)
    return years.pop() if len(years) == 1 else None


# "as the two countries mark the 63rd anniversary of ... diplomatic relations (June 15, 1962 - ...)": the year
# marking it is the founding year plus the count
_ANNIV_MARK = re.compile(r"\b(?:mark|marks|are\s+marking|is\s+marking|celebrate|celebrates|are\s+celebrating|is\s+celebrating)\s+"
                         r"(?:the|their|its)\s+" + _ORD + r"\s+anniversary\s+of\b[^.]{0,120}?\b" + Y.format(n="y"), re.I)


def _anniversary_year(text: str) -> int | None:
    m = _ANNIV.search(text) or _ANNIV_MARK.search(text)
    if m:
        return int(m.group("y")) + int(m.group("n"))
    return None


def since_year(sentence: str) -> int | None:
    """'marking a full decade since his last journey in 2015' -> 2025."""
    m = _SINCE.search(sentence)
    if not m:
        return None
    what = m.group("what").lower()
    if what.startswith("decade"):
        n = 10
    else:
        k = (m.group("k") or "").lower()
        n = int(k) if k.isdigit() else NUMBER_WORDS.get(k) or {"twenty": 20, "thirty": 30, "fifteen": 15}.get(k)
        if not n:
            return None
    return int(m.group("y")) + n


def reference_from_evidence(text: str, published: PartialDate | None) -> PartialDate | None:
    """The reference for relative dates: publication, else a year fixed by
    firm evidence ("this year marks the 60th anniversary of ... 1964",
    "a full decade since ... 2015")."""
    if published:
        return published
    y = _anniversary_year(text)
    if y:
        return PartialDate(y)
    y = since_year(text)
    if y:
        return PartialDate(y)
    return None


_YEAR = re.compile(r"(?<![\d/.-])(1[89]\d\d|20\d\d)(?![\d])")


def years_in(text: str) -> list[int]:
    out = []
    for m in _YEAR.finditer(text or ""):
        tail = text[m.end():m.end() + 4]
        if re.match(r"\s*(?:mln|bln|billion|million|tonnes|km|people)", tail):
            continue
        out.append(int(m.group(1)))
    return out


def anchor_weekday_date(month: int, day: int, weekday: int, from_year: int | None,
                        to_year: int | None = None) -> int | None:
    """Year whose calendar puts `day month` on `weekday`, searching upward from
    `from_year` (the latest year the article mentions) to `to_year`."""
    if from_year is None:
        return None
    to_year = to_year or _dt.date.today().year
    for y in range(from_year, to_year + 1):
        if _valid(y, month, day) and _dt.date(y, month, day).weekday() == weekday:
            return y
    return None


# ---------------------------------------------------------------------------
# date mentions in a sentence

@dataclass
class DateMention:
    start: int
    end: int
    text: str
    value: PartialDate | None        # the date (or a span's first day)
    end_value: PartialDate | None = None  # a span's last day
    kind: str = "absolute"           # absolute|span|month|year|relative|weekday|duration
    future: bool = False             # points after the reference date

    @property
    def iso(self) -> str | None:
        return self.value.iso() if self.value else None


def _month_year_for(month: int, ref: PartialDate | None, last: bool = False) -> PartialDate | None:
    """A month named without a year: the most recent such month on/before ref
    (strictly before with 'last')."""
    if ref is None:
        return None
    if ref.month is None:
        return PartialDate(ref.year, month) if not last else None
    y = ref.year
    if month > ref.month or (last and month == ref.month):
        y -= 1
    return PartialDate(y, month)


_SPAN1 = re.compile(r"\bfrom\s+" + D.format(n="d1") + r"\s+(?:to|until|till|-|–)\s+" + D.format(n="d2") + r"\s+" + M.format(n="m") + r"(?:,?\s+" + Y.format(n="y") + r")?", re.I)
_SPAN2 = re.compile(r"\b[Ff]rom\s+" + M.format(n="m") + r"\s+" + D.format(n="d1") + r"\s+(?:to|until|till|-|–)\s+(?:" + M.format(n="m2") + r"\s+)?" + D.format(n="d2") + r"(?:,?\s+" + Y.format(n="y") + r")?")
_SPAN3 = re.compile(r"\b" + D.format(n="d1") + r"\s*[-–]\s*" + D.format(n="d2") + r"\s+" + M.format(n="m") + r"(?:,?\s+" + Y.format(n="y") + r")?")
_SPAN4 = re.compile(r"\b" + M.format(n="m") + r"\s+" + D.format(n="d1") + r"\s*[-–]\s*" + D.format(n="d2") + r"(?:,?\s+" + Y.format(n="y") + r")?")
_SPAN5 = re.compile(r"\b" + M.format(n="m") + r"\s+" + D.format(n="d1") + r"\s*(?:[-–]|to|until|through)\s*" + M.format(n="m2") + r"\s+" + D.format(n="d2") + r"(?:,?\s+" + Y.format(n="y") + r")?")
# "on 10 and 11 November 2024", "February 17 and 18": the first and last days of one stay
_SPAN6 = re.compile(r"\b" + D.format(n="d1") + r"\s+and\s+" + D.format(n="d2") + r"\s+" + M.format(n="m") + r"(?:,?\s+" + Y.format(n="y") + r")?")
_SPAN7 = re.compile(r"\b" + M.format(n="m") + r"\s+" + D.format(n="d1") + r"\s+and\s+" + D.format(n="d2") + r"\b(?:,?\s+" + Y.format(n="y") + r")?")
_DOTTED_DMY = re.compile(r"(?<![\d.])(?:(?<=\bon\s)|(?<=\bdated\s)|(?<=\bof\s))(?P<d>[0-3]?\d)\.(?P<mn>[01]?\d)\.(?P<y>(?:19|20)\d\d)(?![\d.]\d)")
# ("on Monday (2 June)": a press office may put the date in brackets after the weekday)
_DMY = re.compile(r"(?:\b" + WD.format(n="wd") + r"(?:,?\s+(?:the\s+)?|\s*\(\s*))?\b" + D.format(n="d") + r"\s+(?:of\s+)?" + M.format(n="m") + r"(?:,?\s+" + Y.format(n="y") + r")?(?!\s*\d)")
_MDY = re.compile(r"(?:\b" + WD.format(n="wd") + r",?\s+)?\b" + M.format(n="m") + r"\s+" + D.format(n="d") + r"\b(?!\s*(?:mln|bln|billion|million|per|pct|%))(?:(?:,\s*|/|\s+)" + Y.format(n="y") + r")?")
_MY = re.compile(r"\b(?:(?P<mod>(?i:last|this|next|early|late|mid|mid-))\s*)?" + M.format(n="m") + r"(?:,?\s+(?:of\s+)?" + Y.format(n="y") + r")?\b")
_YEARX = re.compile(r"\b(?:(?:in|since|of|during|by|from|until|to|for|year)\s+)?(?<![\d/-])" + Y.format(n="y") + r"\b(?![\d/])")
_REL = re.compile(r"\b(?P<w>yesterday|today|tonight|tomorrow|this morning|this afternoon|this evening|earlier today|last night|"
                  r"last week|this week|next week|last month|this month|earlier this month|next month|"
                  r"last year|this year|next year|the previous year|a year earlier|a year ago|the day before)\b", re.I)
_WDAY = re.compile(r"\b(?P<pre>(?:last|next|this|on|since|from|until|by|early|late)\s+)?" + WD.format(n="wd") + r"\b(?!,?\s+(?:\d|" + M.format(n="mx") + r"))")
_MONTH_AMBIG = {"may", "march", "mar", "jan", "june", "dec", "sept"}  # words that are not always months


def find_dates(sentence: str, ref: PartialDate | None, years: tuple[int, ...] | list[int] = ()) -> list[DateMention]:
    """Date mentions in a sentence, resolved against `ref` where relative."""
    out: list[DateMention] = []
    taken: list[tuple[int, int]] = []

    def free(s, e):
        return all(e <= a or s >= b for a, b in taken)

    def add(dm: DateMention):
        if free(dm.start, dm.end):
            out.append(dm)
            taken.append((dm.start, dm.end))

    event_year = since_year(sentence)

    def year_for(mo, d=None, wd=None):
        if wd is not None and d is not None:
            if ref and ref.day is not None:
                # prefer the reference year if its calendar agrees
                for y in (ref.year, ref.year - 1, ref.year + 1):
                    if _valid(y, mo, d) and _dt.date(y, mo, d).weekday() == wd:
                        return y
            # exactly one of the years the article names puts this day on this weekday
            fits = [y for y in sorted(set(years)) if _valid(y, mo, d) and _dt.date(y, mo, d).weekday() == wd]
            if len(fits) == 1:
                return fits[0]
            y = anchor_weekday_date(mo, d, wd, max(years) if years else None)
            if y:
                return y
        if ref is not None and ref.month is not None:
            # a day-month without year: nearest occurrence around ref
            return ref.year
        if ref is not None:
            return ref.year
        return event_year

    for rx in (_SPAN5, _SPAN1, _SPAN2, _SPAN3, _SPAN4, _SPAN6, _SPAN7):
        for m in rx.finditer(sentence):
            gd = m.groupdict()
            mo = _m(gd["m"])
            mo1 = mo
            mo2 = _m(gd["m2"]) if gd.get("m2") else mo
            d1, d2 = int(gd["d1"]), int(gd["d2"])
            if rx in (_SPAN6, _SPAN7) and not 0 < d2 - d1 <= 6:
                continue  # two days a week or more apart are two dates, not one stay
            y = int(gd["y"]) if gd.get("y") else year_for(mo)
            if y and _valid(y, mo1, d1) and _valid(y, mo2, d2) and d1 <= 31:
                add(DateMention(m.start(), m.end(), m.group(0), PartialDate(y, mo1, d1),
                                PartialDate(y, mo2, d2), "span"))
            elif not y:
                add(DateMention(m.start(), m.end(), m.group(0), None, None, "span"))
    for m in _DOTTED_DMY.finditer(sentence):
        # "signed in Malé on 12.11.2024": day, month and year with dots, as much of the world writes them
        d, mo, y = int(m.group("d")), int(m.group("mn")), int(m.group("y"))
        if _valid(y, mo, d):
            add(DateMention(m.start(), m.end(), m.group(0), PartialDate(y, mo, d), None, "absolute"))
    for rx in (_DMY, _MDY):
        for m in rx.finditer(sentence):
            gd = m.groupdict()
            mo = _m(gd["m"])
            d = int(gd["d"])
            if not (1 <= d <= 31):
                continue
            if gd["m"].lower() in _MONTH_AMBIG and not gd.get("y") and not gd.get("wd") and rx is _MDY:
                # "May 28" fine; reject "may 5" lower-case (modal verb)
                if gd["m"][0].islower():
                    continue
            wd = WEEKDAYS[gd["wd"].lower()] if gd.get("wd") else None
            y = int(gd["y"]) if gd.get("y") else year_for(mo, d, wd)
            tail = sentence[m.end():m.end() + 12].lower()
            if not gd.get("y") and y and wd is None:
                if re.match(r"^,?\s*last year", tail):
                    y -= 1
                elif re.match(r"^,?\s*next year", tail):
                    y += 1
                elif ref is not None and ref.month and not re.match(r"^,?\s*this year", tail) and \
                        (mo, d) > (ref.month, ref.day or 31) and not re.search(r"\b(?:will|next|until|by|from|starting|due|expected|scheduled)\b", sentence[:m.start()][-40:]):
                    y -= 1  # a day named without a year: the latest one on or before the reference
            if y and _valid(y, mo, d):
                add(DateMention(m.start(), m.end(), m.group(0), PartialDate(y, mo, d), None, "absolute"))
            else:
                add(DateMention(m.start(), m.end(), m.group(0), None, None, "absolute"))
    for m in _REL.finditer(sentence):
        w = m.group("w").lower()
        val, fut, kind = None, False, "relative"
        if ref is not None:
            if w in ("yesterday", "last night", "the day before") and ref.day:
                val = add_days(ref, -1)
            elif w in ("today", "tonight", "this morning", "this afternoon", "this evening", "earlier today"):
                val = ref if ref.day else (PartialDate(ref.year, ref.month) if ref.month else None)
            elif w == "tomorrow":
                val = add_days(ref, 1) if ref.day else None
                fut = True
            elif w == "last week" and ref.day:
                d = add_days(ref, -7)
                val = PartialDate(d.year, d.month)
            elif w in ("this week", "this month", "earlier this month") and ref.month:
                val = PartialDate(ref.year, ref.month)
            elif w == "last month" and ref.month:
                val = PartialDate(ref.year - (ref.month == 1), 12 if ref.month == 1 else ref.month - 1)
            elif w in ("next week", "next month", "next year"):
                fut = True
            elif w in ("last year", "a year ago"):
                val = PartialDate(ref.year - 1)
            elif w == "this year":
                val = PartialDate(ref.year)
        if w in ("next week", "next month", "next year", "tomorrow"):
            fut = True
        add(DateMention(m.start(), m.end(), m.group(0), val, None, kind, fut))
    for m in _WDAY.finditer(sentence):
        pre = (m.group("pre") or "").strip().lower()
        wd = WEEKDAYS[m.group("wd").lower()]
        if pre == "next":
            add(DateMention(m.start(), m.end(), m.group(0), weekday_after(ref, wd) if ref else None, None, "weekday", True))
            continue
        if ref is not None and ref.day and _ENDS_ON.search(sentence[:m.start()]):
            # "a visit that ends Thursday": a present-tense end looks ahead (today, or the next such day)
            today = weekday_before(ref, wd)
            val = today if today == ref else weekday_after(ref, wd)
            add(DateMention(m.start(), m.end(), m.group(0), val, None, "weekday", val != ref))
            continue
        val = weekday_before(ref, wd, strict=(pre == "last")) if ref else None
        add(DateMention(m.start(), m.end(), m.group(0), val, None, "weekday"))
    for m in _MY.finditer(sentence):
        gd = m.groupdict()
        word = gd["m"]
        mo = _m(word)
        if word.lower() in _MONTH_AMBIG and not gd.get("y") and not gd.get("mod"):
            pre = sentence[max(0, m.start() - 6):m.start()].lower()
            if word[0].islower() or not re.search(r"\b(?:in|of|since|until|by|from|early|late|mid|last|this)\s*$", pre):
                continue
        mod = (gd.get("mod") or "").lower().rstrip("-")
        if not gd.get("y") and re.match(r"^,?\s*(?:of\s+)?(?:that|the same|the following|the previous) year\b", sentence[m.end():m.end() + 25], re.I):
            add(DateMention(m.start(), m.end(), m.group(0), None, None, "month", False))
            continue
        year_word = re.match(r"^,?\s*(?:of\s+)?(last|this|next)\s+year\b", sentence[m.end():m.end() + 20], re.I)
        if gd.get("y"):
            val, fut = PartialDate(int(gd["y"]), mo), False
        elif year_word and ref is not None and not mod:
            # "in June last year", "in March of this year": the year word fixes the year
            step = {"last": -1, "this": 0, "next": 1}[year_word.group(1).lower()]
            val, fut = PartialDate(ref.year + step, mo), step > 0 or (step == 0 and bool(ref.month) and mo > ref.month)
        elif mod == "next":
            val, fut = None, True
        elif event_year and mod == "last":
            val, fut = PartialDate(event_year, mo), False
        else:
            val = _month_year_for(mo, ref, last=(mod == "last")) if ref else (PartialDate(event_year, mo) if event_year else None)
            fut = False
        add(DateMention(m.start(), m.end(), m.group(0), val, None, "month", fut))
    for m in _YEARX.finditer(sentence):
        tail = sentence[m.end():m.end() + 12]
        if re.match(r"\s*(?:mln|bln|billion|million|tonnes|km|people|companies|per)", tail):
            continue
        if re.match(r"\s*[-–/]\s*\d", tail):
            continue  # fiscal "2022/23", ranges "2025-2027"
        y = int(m.group("y"))
        head = m.group(0).split()[0].lower()
        fut = head in ("by", "until") or (ref is not None and y > ref.year)
        add(DateMention(m.start("y") if head.isdigit() is False else m.start(), m.end(), m.group(0), PartialDate(y), None, "year", fut))
    out.sort(key=lambda dm: dm.start)
    return out


_ENDS_ON = re.compile(r"\b(?:ends|will\s+end|is\s+(?:due|set|scheduled|expected)\s+to\s+(?:end|conclude)|concludes|will\s+conclude|"
                     r"runs\s+(?:through|until|till|to)|lasts\s+(?:through|until|till))\s+(?:on\s+)?$", re.I)
_YEAR_PHRASE = re.compile(r"\b(last year|this year|the previous year|a year earlier|next year|(?:in|of|for|during)\s+(1[89]\d\d|20\d\d))\b", re.I)


def resolve_year_phrase(phrase: str, ref: PartialDate | None) -> int | None:
    """'last year' / 'this year' / 'in 2023' -> a year (None when unknown)."""
    m = _YEAR_PHRASE.search(phrase or "")
    if not m:
        m2 = re.search(r"\b(1[89]\d\d|20\d\d)\b", phrase or "")
        return int(m2.group(1)) if m2 else None
    w = m.group(1).lower()
    if m.group(2):
        return int(m.group(2))
    if ref is None:
        return None
    if w == "last year":
        return ref.year - 1
    if w == "this year":
        return ref.year
    if w == "next year":
        return ref.year + 1
    return None


def duration_days(sentence: str) -> int | None:
    """'a three-day visit' / 'a two-day official visit' / '4-day' -> N."""
    for m in re.finditer(r"\b(\w+|\d+)[- ]day\b", sentence, re.I):
        k = m.group(1).lower()
        if k.isdigit():
            return int(k)
        if k not in ("a", "an") and k in NUMBER_WORDS:
            return NUMBER_WORDS[k]
    return None
