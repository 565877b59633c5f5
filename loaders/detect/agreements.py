"""Agreements: signed bilateral instruments, one row per instrument per sector.

A sentence is read only when it says something was signed (signed, inked, the
signing of ...); accords "reached", "agreed" or "initialled", declarations,
letters of intent, future signings and company-to-company deals are rejected.

Instruments are noun phrases (agreement, accord, pact, treaty, protocol,
memorandum of understanding / MoU, programme of ..., documents, instruments):
- an indefinite or bare item ("an air services agreement", "agreements on X,
  Y and Z") is a firm instrument; its sectors are the field words before the
  noun and in the phrase after it (coordinated fields only: "higher education
  and science" gives two rows, one instrument);
- a counted claim ("signed five agreements", "four memoranda of understanding,
  including one on pharmaceuticals") gives that many instruments: the fields it
  names (in the sentence or an anaphoric next sentence: "The agreements cover
  ...") first, firm instruments listed after it fill it, the rest are general;
- a definite item ("the agreement", "The MoUs") is anaphoric and adds no
  instrument, unless it is an existing instrument named with its year
  ("the 1948 income tax treaty") or says when it was signed ("... that the two
  countries signed in 2012").
Parties: the two countries named (state agencies, ministries and central banks
stand for their country), else the article's main pair when the sentence
names one of them or none.

General rules added against the held-out failures (see tests/test_agreements_general.py):
comma lists of fields with long items; companies named after or owned by a
country ("Vietnam Airlines", "Chile's Codelco", "the Polish bus maker X");
a bloc only in a framework aside (", as part of ... the Paris Club") does not
hide the bilateral parties; a year-named existing instrument neither dates the
new signing nor takes parties from another clause; "The agreement, signed ...
on Monday" dates the one instrument just signed; a country's tally ("has
signed 16 FTAs, including one with X") and "the possibility of signing" are
not signings.

Rules added for long modern news pages (see tests/test_loaders_agreements.py):
a headline-shaped sentence (no closing punctuation, before the first full
sentence) adds no rows when the body reports the pair's signings; an
instrument that is the object of "reached", "initialled" (headline "X, Y
initial pact"), "agreed on", or negated ("No agreements were signed") is no row
even beside a signed one; "N agreements, ..., as well as a memorandum" is N+1;
"memoranda on X, on Y and on Z" fills a count as three; "one on X and the other
on Y" names each instrument's fields; a programme/arrangement is an instrument
only as the object of the signing or a list item; a definite item in "signed
four documents: the protocol of ..., ..." is counted, and a counted document
signed by non-state bodies uses up its place without a row; on a tour, the
country of the signing venue ("arrived in <capital> ..., where the two
governments signed") is the partner; a year-named instrument with a common-noun
name in a sentence naming only the main pair is theirs.

Documents listed under the sentence announcing their signing (see _signed_list):
"the documents signed are:", "the following ... were signed:", "witnessed the
signing of five documents:" followed by numbered ("1." "1)" "(a)"), bulleted
("-" "•" "*") or plain lines starting with an instrument noun phrase ("A
Memorandum of Understanding on ...", "Air Services Agreement"). The head is read
as a sentence of its own; each item is an instrument signed in it, dated like
it, with its own type and field (the signing bodies' names are no field; with
no field named, the bodies' field, else general) and parties (the two countries
the item names, else the head's). Items fill the head's count, or a count after
the list restating it ("Today we have signed eight documents"; its day dates
them); an existing instrument an item amends, named with its year or date
("amending the 2008 Agreement", "amendments to the Agreement ... of 2 June
2011"), is a row that fills no count. A listed declaration or statement is an
item without a row; an item between companies uses up its place without a row;
the list ends at the first line that is not an item or is a sentence ("- The
six agreements signed ... have set ..."). A head that is no signing ("will sign
the following:", "The talks covered:") gives nothing.
"""
from __future__ import annotations

import re

from loaders import lexicon
from loaders.model import ArticleContext, Evidence, PartialDate, Rejection, Sentence
from loaders.resolve.countries import find_countries
from loaders.resolve.dates import MONTHS, DateMention, M, find_dates
from loaders.resolve.sectors import is_general, sector_spans, sectors_in
from loaders.sentences import closes_like_a_sentence, list_marker_rank, list_marker_shape

NUM = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
       "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
       "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "a dozen": 12, "both": 2}
_NOUN = (r"(?P<noun>memorand(?:ums?|a)\s+of\s+understanding|memorand(?:ums?|a)\s+of\s+co-?operation(?=\s+between\b)|MoUs?|MOUs?|memorand(?:ums?|a)|"
         # ("a protocol of agreement between the two port authorities": the French 'protocole d'accord', one instrument)
         r"protocols?\s+of\s+agreement|"
         r"agreements?|accords?|pacts?|deals?|treat(?:y|ies)|protocols?|conventions?|"
         r"(?:programmes?|programs?)(?=\s+(?:of|for|on|in)\b)|"
         # "a cultural exchange programme", "the executive programme": named instruments of their own
         r"(?<=exchange\s)programmes?|(?<=exchange\s)programs?|(?<=executive\s)programmes?|(?<=executive\s)programs?|"
         r"arrangements?|documents?|instruments?)\b")
_NOUN_RX = re.compile(r"\b" + _NOUN, re.I)
_SIGN = re.compile(r"\b(?:signed|signing|(?<!\ba )(?<!\bno )(?<!\bany )(?<!\bthe )sign(?:s)?(?!\s+(?:of|that)\b)|inked|inks?|co-signed|countersigned)\b", re.I)
_FUTURE_BEFORE = re.compile(
    r"\b(?:will|would|shall|could|(?-i:may)|might|should|to|expected to|plans? to|planned to|hopes? to|hoped to|"
    r"ready to|due to|set to|aims? to|intends? to|before|yet to|not)\s+(?:\w+\s+)?$", re.I)
_NOT_INSTRUMENT = re.compile(r"\b(?:letters? of intent|declarations?(?: of intent)?|joint statement|communiqu[eé]|road ?maps?|contracts?)\b", re.I)
_COMPANY = re.compile(
    r"\b(?:private(?!\s+(?:meeting|talks|visit|session|audience|dinner|lunch|conversation|capacity|residence|secretary|ceremony)\b)|firms?|compan(?:y|ies)|businessm[ae]n|businesswom[ae]n|entrepreneurs?|tycoon|business (?:people|leaders|council)|"
    r"[Cc]hambers? of (?:[Cc]ommerce|[Ii]ndustry)|"
    # "university exchanges", "university education": a field, not a signer
    r"[Uu]niversit(?:y|ies)(?!\s+(?i:exchanges?|cooperation|collaboration|education|students?|level|degrees?|diplomas?|"
    r"partnerships?|research|scholarships?|admissions?|sector|rankings?|staff|teachers?)\b)|meatpackers?|[Cc]olleges?|Inc|Ltd|AB|plc|PLC|Holdings?|[Aa]irline|subsidiary|lender|investors?|processor|"
    r"trading house|conglomerate|planemaker|manufacturer|(?:bus|car|chip|steel|battery|arms|drug|truck|ship|aircraft|train|auto|tyre|tire|phone)?makers?|producers?|suppliers?|shipbuilders?|retailers?|developers?|giants?|carmaker|startup|joint[- ]venture|Co|Corp|SpA|S\.p\.A|GmbH|AG|NV|BV|"
    r"LLC|Trust|twinned|twinning|sister[- ]cit(?:y|ies)|[Mm]ayors?|"
    # "participants signed 14 commercial agreements with Philippine partners": a trade mission's deals
    r"commercial\s+(?:agreements?|deals?|contracts?|memorand(?:a|ums?)|MoUs?)|business-to-business|B2B|participants|"
    # "a distribution agreement with a supermarket chain": a trading deal between firms
    r"(?:distribution|distributorship|franchis(?:e|ing)|licensing|offtake|off-take)\s+(?:agreements?|deals?|contracts?)|"
    r"(?:supermarket|retail|hotel|restaurant|store|grocery)\s+chains?|"
    r"non-profit|nonprofit|non-governmental|NGOs?)\b|<[A-Z.]{1,8}>|\b[Tt]he (?:city|municipality|municipal council|province) of\b|"
    r"\b[A-Z][\w\-]+ group\b|\b[a-z]{3,} group\s+(?:PT\s+)?[A-Z]|\bPT\s+[A-Z][a-z]|\bTbk\b|\b[A-Z][\w]+-based\b|\binterests\b|\bshipping line\b|\bstock exchanges?\b|\b(?:two|both) exchanges\b|\bexchanges signed\b")
_STUDY_PLACE = re.compile(r"\b(?:in|at|to|from)\s+(?:the\s+)?(?:[\w\-]+\s+){0,2}$", re.I)


def _company_in(text: str):
    """A company/non-state signer in `text`; 'students in Chilean universities' names a place of
    study, not a signer."""
    for m in _COMPANY.finditer(text):
        if m.group(0).lower().startswith("universit") and _STUDY_PLACE.search(text[:m.start()]):
            continue
        return m
    return None


_DEF = re.compile(r"^(?:the|these|this|those|that|such|said)$", re.I)
_QUANT = re.compile(
    r"(?P<q>\b(?:a|an|the|these|this|those|its|their|another|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|thirteen|fourteen|fifteen|twenty|\d{1,2}|several|multiple|various|some|many|numerous|"
    r"a (?:number|variety|series|raft|host|range|package|set) of|a dozen)\b)"
    r"(?P<mods>(?:\s+(?!(?:on|in|of|for|with|between|to|by|and|or|at|from|as)\b)[\w'’\-()]+){0,5}?)\s+$", re.I)
_BARE_MODS = re.compile(r"(?P<mods>(?:\b(?!(?:on|in|of|for|with|between|to|by|and|or|at|from|as|signed|the|a|an|their|its|our|amending|amends|amended|replacing|extending|renewing)\b)[\w'’\-]+\s+){0,3})$", re.I)
_CUT = re.compile(r",\s*(?:the\s+|a\s+|an\s+)?(?:[\w'’\-]+\s+){0,5}?(?:said|says|announced|reported|told|added|stated)\b|"
                  r",\s*(?:which|under which|who|while|whereas|according to|officials said|he said|she said|"
                  r"it said|adding|as well as(?= (?:a|an|the|\w+ (?:agreement|memorand)))|during which|where)\b|;|"
                  r"\s+(?:which|who)\s+(?:would|will|is|are|was|were|had|has|have|"
                  r"(?:[A-Z]\w+\s+)?(?:officials|sources|diplomats|ministers|analysts))\b|"
                  r"\s+(?:was|were) signed\b|(?<!,)\s+signed by\b|\s+said\b|"
                  # ("..., as Washington seeks closer economic ties with the manufacturing hub": why, not a field)
                  r",\s*as\s+(?=(?:the\s+)?[A-Z])|"
                  # ("..., and the transport ministers signed a memorandum ...": another signing, its own clause)
                  r",?\s+and\s+(?:the\s+)?(?:[\w\-]+\s+){0,3}?(?:ministers?|ministries|sides|governments|presidents|leaders|"
                  r"officials|delegations|heads)\s+(?:also\s+|then\s+)?(?:signed|inked|witnessed|agreed)\b|"
                  # "signed agreements in three areas and agreed to deepen cooperation in health": a second deed
                  r",?\s+and\s+(?:also\s+)?(?:agreed|pledged|decided|vowed|resolved|committed|promised|undertook|discussed|"
                  r"explored|reviewed|expressed|called|held|launched|announced|welcomed)\b", re.I)
_INCLUDE = re.compile(r",?\s*(?:covering|including|such as|notably|namely|in particular)\b", re.I)
_FIELD_FILLER = re.compile(
    r"^(?:[\s,;&()]|\band\b|\bas well as\b|\bincluding\b|\bcooperation\b|\bcollaboration\b|\bsectors?\b|"
    r"\bfields?\b|\bareas?\b|\bmatters\b|\bthe\b|\bon\b|\bin\b|\bprovision\b|\bpromotion\b|\bdevelopment\b|"
    r"\([^)]{1,20}\)|\bmanagement\b|\bsupply\b|\bsharing\b|\bexchange\b|\bexchanges\b|\breforms?\b|\bpolicy\b|\bpolicies\b)*$", re.I)
_PROCESS_OF = re.compile(r"^\s+(?:and\s+[a-z]+\s+)?of\b", re.I)  # "construction (and maintenance) of a road"
_ORDINAL_START = re.compile(r"^(?:The|A)\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|final|other)\b", re.I)
_YEAR_NAMED = re.compile(r"\b(?:the|an?|their|its|our)\s+(?:" + M.format(n="mon") + r"\s+)?"
                         r"(?P<y>1[89]\d\d|20\d\d)\s+(?:[\w\-]+\s+){0,4}?(?:treaty|agreement|accord|convention|protocol|pact|memorandum|MoU)\b", re.I)
# (a press release may number its paragraphs: "3. Following the talks, ...")
_FOLLOWING = re.compile(r"^(?:\d{1,2}\.\s+)?(?:Following|After|During|At the end of|At the close of|At the conclusion of|Upon the conclusion of)\s+(?:(?:the|their|this|these|his|her|its)\s+)?"
                        r"(?:(?:session|round)\s+of\s+)?(?:(?:high-level|bilateral|official|formal|private|restricted|expanded|"
                        r"delegation-level|extended|plenary|joint)\s+){0,2}(?P<n>talks|meeting|meetings|discussions|ceremony|negotiations|consultations|"
                        r"session)\b", re.I)
# "A total of 11 documents were signed after the talks": the talks reported before
_AFTER_TALKS = re.compile(r"\b(?:after|following|at the end of|at the close of|at the conclusion of)\s+(?:the|their)\s+(?:(?:high-level|bilateral|official|"
                          r"formal|restricted|expanded|delegation-level|extended|plenary)\s+){0,2}"
                          r"(?P<n>talks|meeting|discussions|negotiations|consultations|session)\b", re.I)
# "... held talks in Cairo on 11 November. On that occasion, ... were signed": the occasion just told
# "On that occasion, ...", "The same afternoon, the foreign ministers signed ...": the day the sentence before told
# a title given in full, then its signing: the instrument's first mention, signed here (not a reference back)
_FULL_TITLE_SIGNED = (
    re.compile(r"^(?:\s+of\s+Understanding)?\s+(?:between\s+[^.;]{5,200}?\s+)?on\s+(?:cooperation\s+in\s+)?[^.;]{3,220}?"
               r"\s+was\s+signed\s+by\b"),
    re.compile(r"^(?:\s+of\s+[A-Z]\w+)?\s+between\s+the\s+Governments?\s+of\s+[^.;]{5,250}?\s+was\s+signed\b"),
    # "the Treaty on Strategic Partnership between X and Y was signed by the heads of state": title, then parties
    re.compile(r"^\s+on\s+[A-Z][^.;]{3,120}?\s+between\s+[^.;]{5,200}?(?:\s+was\s+signed\b|,\s+signed\s+(?:in|on)\s)"),
    re.compile(r"^(?:\s+of\s+[A-Z]\w+)?\s+between\s+(?:the\s+)?[A-Z][^.;]{3,80}?\s+(?:for|on|concerning)\s+(?:the\s+)?[A-Z]"
               r"[^.;]{3,160}?,\s+signed\s+(?:in|on)\s+[^,.;]{3,30}"),
)
_DURING_VISIT = re.compile(r"\b(?:during|in the course of)\s+(?:the|his|her|their|this)\s+(?:[\w\-]+\s+){0,2}(?:visit|trip|mission|tour)\b|"
                           # ("X, who ended a three-day official visit to Y yesterday ..., also signed ...": a day of the visit)
                           r"\b(?:ended|concluded|wrapped\s+up|completed)\s+(?:a|an|his|her|their)\s+(?:\w+[- ]day\s+)(?:[\w\-]+\s+){0,2}"
                           r"(?:visit|trip|mission|tour)\b", re.I)
# an instrument signed by many states: "..., signed in 2018 by 11 Asia-Pacific economies"
_MANY_SIGNATORIES = re.compile(r"^[^.;]{0,80}?\bsigned\b[^.;]{0,40}?\bby\s+(?:more\s+than\s+|some\s+|over\s+|all\s+)?"
                               r"(?:[3-9]|\d\d+|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens\s+of)\s+"
                               r"(?:[\w\-]+\s+){0,2}(?:countries|economies|nations|states|members|signatories|governments)\b", re.I)
# an event that lasts one day: whatever happened during it happened on its day
_ONE_DAY_EVENT = re.compile(r"\b(?:one|1|a)[-\s]day\s+(?:[\w\-]+\s+){0,2}(?:visit|trip|tour|stay|stopover)\b|"
                            r"\bday[-\s](?:long|trip)\b", re.I)
_THAT_OCCASION = re.compile(r"^(?:(?:Separately|Also|Later|Meanwhile),\s+)?(?:(?:On|At)\s+(?:that|this|the\s+same)\s+occasion|"
                            r"(?:On\s+|Later\s+)?(?:the\s+same|that)\s+(?:day|afternoon|evening|morning|night))\b", re.I)
# an instrument that amends, extends or implements another is of that other's field
_AMEND = re.compile(r"^\s*(?:amending|to amend|amendment to|on amendments to|that amends|"
                    r"(?:on|for)\s+the\s+implementation\s+of|implementing|to implement|to operationali[sz]e|operationali[sz]ing|"
                    r"(?:extending|renewing|prolonging|to extend|to renew)(?:\s+by\s+\w+\s+years?)?)\b", re.I)
_PARTY_WORDS = re.compile(r"\b(?:two countries|both countries|the two sides|both sides|the sides|two governments|"
                          r"both governments|two presidents|two leaders|two ministers|two heads of state|their countries|"
                          r"two nations|both nations|bilateral|the two|our two countries|"
                          r"both (?:ministers|leaders|presidents|prime ministers|heads of state|delegations|foreign ministers)|"
                          r"(?:his|her|their)\s+(?:[A-Z][\w\-]+\s+)?counterparts?)\b", re.I)
GENERAL = "general"


def _instrument(noun: str) -> str:
    n = noun.lower()
    if n.startswith("memorand") or n.startswith("mou"):
        return "mou"
    if n.startswith("treat"):
        return "treaty"
    if n.startswith("protocol"):
        return "protocol"
    if n.startswith("program") or n.startswith("convention") or n.startswith("arrangement"):
        return "other"
    if n.startswith("document") or n.startswith("instrument"):
        return "unknown"
    return "agreement"


_DET_WORDS = {"a", "an", "the", "these", "this", "those", "that", "its", "their", "another", "one", "two", "three", "four",
              "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
              "twenty", "several", "multiple", "various", "some", "many", "numerous"}
_MOD_STOP = {"on", "in", "of", "for", "with", "between", "to", "by", "or", "at", "from", "as", "signed", "inked",
             "were", "was", "is", "are", "have", "has", "had", "also", "countries", "sides", "signing", "witnessed",
             "both", "that", "which", "who", "will", "would", "sign", "governments", "ministers", "leaders"}


class _Q:
    """Duck-typed stand-in for a regex match of the determiner before a noun."""

    def __init__(self, before: str, start: int, det: str, mods: str):
        self._start, self._det, self._mods = start, det, mods

    def group(self, name):
        return self._det if name == "q" else self._mods

    def start(self, name=None):
        return self._start


def _nearest_quant(before: str):
    cut = max(before.rfind(":"), before.rfind(";"), before.rfind("•"), before.rfind("\n"))
    offset = 0
    if cut >= 0:
        offset = cut + 1
        before = before[cut + 1:]  # a list item starts a new noun phrase
    toks = list(re.finditer(r"[\w'’\-()]+", before))
    if not toks:
        return None
    # "a number of", "a variety of", "a series of" + nouns
    for k in range(0, 6):
        i = len(toks) - 1 - k
        if i < 0:
            break
        w = toks[i].group(0).lower()
        mods_toks = toks[i + 1:]
        # a number among the modifiers ends the phrase, an age does not ("their 16-year-old treaty")
        # "leaving behind eight signed agreements": 'signed' right after a count is an adjective
        adj_signed = bool(mods_toks) and mods_toks[0].group(0).lower() == "signed" and \
            (w in NUM or w.isdigit()) and w not in ("one", "both")
        if any((t.group(0).lower() in _MOD_STOP and not (adj_signed and t is mods_toks[0])) or
               re.match(r"^\d", t.group(0)) and len(t.group(0)) > 2
               and not re.fullmatch(r"\d{1,3}-(?:years?|months?|decades?)(?:-old)?", t.group(0), re.I) for t in mods_toks):
            break
        if any(re.search(r"\w['’]s?$", t.group(0)) for t in mods_toks):
            break  # "the two countries' free trade agreement": the number counts the possessor, not the instrument
        if w in _DET_WORDS or (w.isdigit() and len(w) <= 2):
            mods = before[toks[i].end():].strip()
            if w in ("of",):
                break
            return _Q(before, toks[i].start() + offset, toks[i].group(0), mods)
        if w == "of" and i >= 2 and toks[i - 1].group(0).lower() in ("number", "variety", "series", "raft", "host", "range", "package", "set") \
                and toks[i - 2].group(0).lower() == "a":
            mods = before[toks[i].end():].strip()
            return _Q(before, toks[i - 2].start() + offset, before[toks[i - 2].start():toks[i].end()], mods)
        if w in _MOD_STOP and not (w == "signed" and i >= 1 and (toks[i - 1].group(0).lower() in NUM or
                                                                 toks[i - 1].group(0).isdigit())):
            break
    return None


def _count_of(q: str) -> int | None:
    q = (q or "").lower().strip()
    if q.isdigit():
        return int(q)
    return NUM.get(q)


_ORG_NAME = re.compile(r"(?<!-)(?:\b[A-Z][\w'’\-]*\s+(?:(?:of|for|and|the|on)\s+)*){1,6}(?:Department|Ministry|Agency|Bank|Board|"
                       r"Council|Office|Service|Institute|Commission|Authority|Corporation|Fund|Company|Organi[sz]ation|"
                       # ("Foreign Office Consultations": the body's name runs on into a field, so it is the field)
                       r"Centre|Center|Administration|Bureau|University)\b(?!\s+[A-Z][a-z])"
                       # "the General Authority for Investment and Free Zones": the body runs on to its field
                       r"(?:\s+for\s+[A-Z][\w'’\-]*(?:(?:\s+(?:and|&)\s+|\s+)[A-Z][\w'’\-]*)*)?|"
                       # a title or body named after its field: "Minister of Labour", "Ministry of Trade, Industry and Energy"
                       r"\b(?:Minist(?:er|ry)|Secretary|Department|Commissioner|Director|Agency|Office|Bureau|Authority|"
                       r"Commission|Council|Board|Administration|Institute)\s+(?:of|for)\s+"
                       r"(?:the\s+)?[A-Z][\w'’\-]*(?:(?:,\s*|\s+(?:and|of|&)\s+|\s+)[A-Z][\w'’\-]*)*")


_BODY_AFTER = re.compile(r"^\s+(?:institutes?|institutions?|centres?|centers?|bodies|agencies|authorities|companies|firms|"
                         r"ministries|departments|universities|laboratories|associations|unions)\b", re.I)


_FOREIGN_MINISTRY = re.compile(r"\b(?:Ministry\s+of\s+Foreign\s+Affairs|Foreign\s+Ministry|Ministry\s+for\s+Foreign\s+Affairs|"
                               r"Ministry\s+of\s+Foreign\s+and\s+European\s+Affairs)\b")


def _agency_field(text: str) -> list[str]:
    """The field of the bodies that sign an instrument naming none: "between the Ministry of Energy of X and
    ..." (their one field, when only one is named); between the two foreign ministries, political
    consultations (the taxonomy's field of the foreign ministries' own instruments)."""
    if len(_FOREIGN_MINISTRY.findall(text)) >= 2 and \
            not re.search(r"\b(?:Minist(?!ry\s+(?:of|for)\s+Foreign)|Department|Agency|Commission|Authority|Bureau|Council|Institute)",
                          _FOREIGN_MINISTRY.sub(" ", text)):
        return ["political_consultations"]
    secs = set()
    for m in _ORG_NAME.finditer(text):
        if re.match(r"^\s*(?:,\s*)?(?:said|says|reported|quoted|announced|added|told)\b", text[m.end():]):
            continue  # "The New China News Agency said ...": the reporter, not a signer
        if not re.search(r"\b(?:Minist|Department|Agency|Commission|Authority|Office|Bureau|Administration|Board|Council|Service|Institute|"
                         r"(?:Central|Reserve|National)\s+Bank)", m.group(0)):
            continue
        for _, _, sid in sector_spans(m.group(0)):
            secs.add(sid)
    return sorted(secs) if len(secs) == 1 else []


_DISTRIBUTE = re.compile(r"(?:,\s*|\s+)(?:and\s+)?(?:the other|another|a second|the second|a third|the third|a fourth|"
                         r"the fourth|the last|the latter)\s+(?:one\s+)?(?=(?:on|in|for|covering|concerning|to)\b)", re.I)


def _item_sectors(region: str, n: int) -> list[str] | None:
    """The sector of each listed field when a count of instruments is followed by exactly
    that many fields, each naming one sector ("three memoranda on fisheries, livestock
    development and port management"); a serial comma keeps "science and technology"
    one item."""
    if not region or n < 2:
        return None
    head = re.split(r"[;:(]|,\s*(?:which|that|under|while|as|with|according|signed|in|at|during|on\s+the|following|after|before|"
                    r"when|where|during)\b|\s+(?:which|that)\s", region)[0]
    head = re.sub(r"^\s*(?:on|in\s+the\s+fields?\s+of|in\s+the\s+areas?\s+of|covering|concerning|regarding|for)\s+", "", head)
    parts = [p.strip() for p in re.split(r",\s*", head) if p.strip()]
    if not parts:
        return None
    last = re.sub(r"^(?:and|as\s+well\s+as)\s+", "", parts[-1])
    if len(parts) > 1 and parts[-1].startswith(("and ", "as well as ")):
        parts[-1] = last  # serial comma: the last item stays whole
    else:
        parts = parts[:-1] + [p for p in re.split(r"\s+and\s+", last) if p]
    if len(parts) != n:
        return None
    out = []
    for p in parts:
        secs = sectors_in(p)
        if len(secs) != 1:
            return None
        out.append(secs[0])
    return out if len(set(out)) < len(out) else None


def _one_on_groups(post: str, n: int) -> list[list[str]] | None:
    """'three memoranda: one on energy, including ...; one on labour migration and training; and one on
    health': the fields of each counted instrument, in order (one group per "one on ...")."""
    m = re.match(r"^[^.;]{0,40}?[:,]\s*one\s+(?=(?:on|in|for|covering|concerning)\b)", post)
    if not m or n < 2:
        return None
    parts = re.split(r"(?:[;,]\s*(?:and\s+)?|\s+and\s+)(?:one|the\s+other|another)\s+(?=(?:on|in|for|covering|concerning)\b)",
                     post[m.end():])
    # "three agreements: one on X, one on Y, and a memorandum of understanding on Z": the last of the count
    # is named by its own noun
    tail = re.split(r"(?:,\s*(?:and\s+)?|\s+and\s+)an?\s+(?:[\w\-]+\s+){0,2}?(?:memorand(?:um|a)(?:\s+of\s+understanding)?|MoU|"
                    r"agreement|protocol|accord|treaty)\s+(?=(?:on|in|for|covering|concerning)\b)", parts[-1], maxsplit=1, flags=re.I)
    if len(tail) == 2 and len(parts) == n - 1:
        parts = parts[:-1] + tail
    parts = [re.split(r",\s*(?:including|which|under\s+which|whereby|while|as)\b|[.;]", p_)[0] for p_ in parts]
    if len(parts) != n:
        return None
    groups = [field_sectors(p_, single=False) for p_ in parts]
    return groups if all(groups) else None


_TRADE_VERB = re.compile(r"\b(?:allow|allows|allowing|enable|enables|enabling|help|helps|able|permit|permits|let|lets)\s+"
                         r"(?:[\w\-]+\s+){0,4}?to\s+(?P<v>trade)\s+(?!and\b|or\b|facilitation\b|promotion\b)[a-z]")


_ON_LIST = re.compile(r"(?:,\s*(?:and\s+)?|\s+and\s+)(?=on\s+(?:the\s+)?[a-z])")


def field_sectors(text: str, single: bool) -> list[str]:
    """Sectors named by a field phrase; for one instrument only coordinated
    fields ('X and Y', 'X, Y and Z') count, so trailing words do not add rows."""
    # (", the latter in the form of a memorandum of understanding": a remark on one item, no field of its own)
    text = re.sub(r",\s*the\s+(?:latter|former)\b.*$", "", text or "")
    if not single and _DISTRIBUTE.search(text or ""):
        # "two memoranda, one on X and Y and the other on Z": each part names one instrument's fields
        out: list[str] = []
        for part in _DISTRIBUTE.split(text):
            for sid in field_sectors(part, single=True):
                if sid not in out:
                    out.append(sid)
        return out
    parts = _ON_LIST.split(text or "")
    if len(parts) >= 2 and (not single or re.match(r"^\s*(?:on|in)\s", parts[0]) and
                            # ("an agreement on readmission of persons ... and on police cooperation": one instrument,
                            # its two fields each after its own 'on'; only where the text opens on its first 'on')
                            not re.search(r"[;.]", parts[0])):
        # "agreements on the transfer of sentenced persons, on tourism, on cooperation between the
        # state broadcasters and on standardisation", "MoUs on X and on Y": one field phrase per repeated 'on'
        out = []
        for part in parts:
            for sid in field_sectors(part, single=True):
                if sid not in out:
                    out.append(sid)
        return out
    spans = sector_spans(text)
    orgs = [(m.start(), m.end()) for m in _ORG_NAME.finditer(text)]
    # "the Ministry of Energy of X and the Ministry of Mining and Energy of Y": a body's name swallowed
    # by the match before it still names no field
    orgs += [(m.start(), m.end()) for m in _FIELD_BODY.finditer(text or "")]
    # "between the ministries of digital development and transport on cooperation in ICT": bodies named in lower case
    orgs += [(m.start(), m.end()) for m in _LOWER_BODIES.finditer(text or "")]
    # "will allow the two utilities to trade renewable electricity": 'trade' is what they may do, not a field
    orgs += [(m.start("v"), m.end("v")) for m in _TRADE_VERB.finditer(text or "")]
    spans = [sp for sp in spans if not any(a <= sp[0] < b for a, b in orgs)]
    # "construction of the railway": the process word yields to its object
    # ("the training of public servants": the training is in the field of those trained)
    spans = [s for i, s in enumerate(spans)
             if not ((s[2] == "infrastructure" or s[2] == "finance" and re.fullmatch(r"financ\w*|funding", text[s[0]:s[1]], re.I))
                     and _PROCESS_OF.match(text[s[1]:]) and i + 1 < len(spans)
                     or (s[2] == "education" and re.fullmatch(r"training\s+of", text[s[0]:s[1]], re.I)
                         # ("joint exploration and research of critical minerals": research in the minerals' field)
                         # ("the sanitary control of cross-border livestock movements": the livestock's field)
                         or s[2] in ("science_technology", "health") and re.fullmatch(r"research|sanitary", text[s[0]:s[1]], re.I)
                         and re.match(r"\s+(?:control\s+)?(?:of|on|into)\b", text[s[1]:])) and i + 1 < len(spans)
                     and re.fullmatch(r"\s*(?:control\s+)?(?:(?:of|on|into)\s+)?(?:the\s+)?(?:[A-Z][\w\-]*\s+|cross-border\s+)?",
                                      text[s[1]:spans[i + 1][0]]))]
    # "a dispute between two research institutes over ... AIDS": a field word naming a body
    # yields to a later field word
    spans = [sp for i, sp in enumerate(spans)
             if not (_BODY_AFTER.match(text[sp[1]:]) and i + 1 < len(spans))]
    if not spans:
        return []
    kept = [spans[0]]
    for sp in spans[1:]:
        between = text[kept[-1][1]:sp[0]]
        if _FIELD_FILLER.match(between):
            kept.append(sp)
        elif single:
            break
        else:
            # a plural/count claim: keep going only through list punctuation
            if ("," in between or re.match(r"^\s*(?:and|&)\s", between)) and len(between) < 40 and \
                    not re.search(r"\b(?:which|that|to|for|by|with|signed|were|was|is|are|will|said|under|between)\b", between):
                kept.append(sp)
            elif re.fullmatch(r"\s+(?:for|of)\s+(?:[\w\-]+\s+){0,2}(?:of\s+)?", between) and sp[2] == kept[-1][2]:
                # "visa exemption for holders of diplomatic and service passports": a qualifier of the field
                # just named, in its own sector, before the list goes on
                kept.append(sp)
            else:
                break
    out: list[str] = []
    for _, _, sid in kept:
        if sid not in out:
            out.append(sid)
    if not single:
        listed = _list_fields(text, spans)
        if len(listed) > len(out):
            return listed
    return out


_ITEM_LEAD = re.compile(r"\s*(?:(?:and|or|as well as|also|the|on|in|of)\s+)*"
                        r"(?:(?:(?:mutual\s+)?(?:cooperation|collaboration)\s+(?:in|on)\s+(?:the\s+)?(?:(?:fields?|areas?|spheres?)\s+of\s+)?)|"
                        r"(?:the\s+)?(?:mutual\s+)?(?:protection|promotion|recognition|development|establishment|creation|facilitation|training)\s+of\s+(?:the\s+)?)?"
                        r"(?:(?!(?:to|for|with|by|at|during|after|before|as|while|which|that|who|said|says|was|were|"
                        r"is|are|has|have|had|will|would|worth|valued|under|from|between)\b)[A-Za-z][\w\-]*(?<!ing)(?<!ed)\s+){0,2}", re.I)
# "..., water quality monitoring and tourism": in a comma list, the head words of one item before
# the list's closing "and" that opens the next field
_HEAD_AND = re.compile(r"\s+(?:(?!(?:which|that|to|for|by|with|signed|were|was|is|are|will|would|said|under|between|"
                       r"discussed|agreed|also|the|a|an|of|in|on|at|from)\b)[a-z][\w\-]*\s+){1,2}and\s+")
_AND_ADJ = re.compile(r"\s+and\s+(?:(?!(?:the|a|an|of|for|to|with|by|in|on|at|from)\b)[a-z][\w\-]*\s+){1,2}")


def _list_fields(text: str, spans) -> list[str]:
    """A comma list of fields whose items may be long ('visa exemption for
    holders of diplomatic passports, tourism, agriculture and vocational
    training'): one field (and those coordinated with it) per item; the list
    ends at an item that does not start with a field."""
    cuts, depth = [], 0
    for i, ch in enumerate(text):
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        elif ch in ",;" and depth == 0:
            cuts.append(i)
    bounds = [-1] + cuts + [len(text)]
    out: list[str] = []
    for k in range(len(bounds) - 1):
        a, b = bounds[k] + 1, bounds[k + 1]
        ps = [sp for sp in spans if a <= sp[0] < b]
        if k > 0:
            lead = text[a:ps[0][0]] if ps else text[a:b]
            if not _ITEM_LEAD.fullmatch(lead):
                break
        if not ps:
            if k == 0 and not out:
                continue
            break
        kept = [ps[0]]
        for sp in ps[1:]:
            gap = text[kept[-1][1]:sp[0]]
            if _FIELD_FILLER.match(gap) or _AND_ADJ.fullmatch(gap) or (k > 0 and _HEAD_AND.fullmatch(gap)):
                kept.append(sp)
            else:
                break
        for _, _, sid in kept:
            if sid not in out:
                out.append(sid)
    return out


class _Item:
    def __init__(self, s, e, noun, det, mods, count, definite, plural):
        self.start, self.end = s, e
        self.noun, self.det, self.mods = noun, det, mods
        self.count, self.definite, self.plural = count, definite, plural
        self.instrument = _instrument(noun)
        self.text = ""
        self.post = ""
        self.sectors: list[str] = []
        self.date: PartialDate | None = None
        self.own_signed = False
        self.full_title = False   # named by its full title and said to be signed in the same clause
        self.companion_of: "_Item | None" = None  # "an agreement and its protocol": the protocol's agreement
        self.year_named: int | None = None


def _items(sent: str) -> list[_Item]:
    found: list[_Item] = []
    for m in _NOUN_RX.finditer(sent):
        noun = m.group("noun")
        if noun.lower() in ("deal", "deals") and not re.search(r"\bsigned\b", sent[m.end():m.end() + 30]) and \
                not re.search(r"\b(?:signed|inked)\s+(?:an?|the|\w+)\s+(?:[\w\-]+\s+){0,2}$", sent[max(0, m.start() - 40):m.start()]):
            continue
        if found and re.fullmatch(r"\s*\(\s*", sent[found[-1].end:m.start()]):
            continue  # "Memorandum of Understanding (MoU)"
        if noun.lower() in ("document", "instrument") and re.match(
                r"\s+(?:checks?|checking|controls?|verification|fraud|forgery|processing|requirements?|inspections?|"
                r"scanning|authentication|legali[sz]ation|storage|retention|management)\b", sent[m.end():], re.I):
            continue  # "document checks at the crossings": a noun's modifier, not a signed document
        if re.match(r"\s+of\s+intent\b", sent[m.end():]):
            continue  # "protocol of intent" is an intention
        rp = re.search(r"\b(?:replac(?:es|ed|ing)|supersed(?:es|ed|ing))\s+(?:(?:the|an?|existing|earlier|old|older|"
                       r"previous|former|outdated|current)\s+)*(?:[\w\-]+\s+){0,2}$", sent[:m.start()])
        if rp and not re.search(r"\b(?:1[89]|20)\d\d\b", sent[rp.start():m.end() + 60]):
            continue  # "an agreement ..., which replaces arrangements that have become obsolete": the old ones, undated
        before = sent[:m.start()]
        q = _nearest_quant(before)
        if noun.lower().startswith(("program", "arrangement")) and \
                re.search(r"\b(?:under which|whereby|through which|by which)\b", sent[:m.start()]):
            continue  # "an MoU on sport, under which X will support netball development programmes"
        if noun.lower().startswith(("program", "arrangement")):
            # "an agreement establishing a working holiday programme", "under which firms will set up
            # training programmes": a programme is an instrument only as the object of the signing or
            # an item of the list, not the object of another verb inside an instrument's clause
            pstart = q.start("q") if q else m.start()
            if not q:
                b = _BARE_MODS.search(before)
                pstart = m.start() - len(b.group("mods")) if b and b.group("mods") else m.start()
            lead = sent[:pstart].rstrip()
            if lead and not re.search(r"(?:[,;:•\-–—(]|\b(?:and|or|as well as|plus|also|including|namely|such as|signed|inked|"
                                      r"sign|signs|signing|ink|inks|co-signed|countersigned|signing of|exchanged)|"
                                      # "signed on Wednesday the programme of ...": a day between the verb and its object
                                      r"\b(?:signed|inked)\s+(?:on\s+\w+day|today|yesterday)|"
                                      # "Among them are a grant arrangement releasing ...": an item of the list
                                      r"\b(?:among\s+them|among\s+these|they|these)\s+(?:are|were|include|included)(?:\s+(?:an?|the))?)$", lead, re.I):
                continue
        if q:
            det = q.group("q")
            mods = q.group("mods").strip()
            start = q.start("q")
        else:
            b = _BARE_MODS.search(before)
            det, mods = "", (b.group("mods").strip() if b else "")
            start = m.start() - len(b.group("mods")) if b and b.group("mods") else m.start()
        if found and start < found[-1].end:
            # nested in the previous item ("memorandum of understanding" inside a list item)
            if m.start() < found[-1].end:
                continue
            start = max(start, found[-1].end)
        plural = bool(re.search(r"(?:s|a|ies)$", noun.split()[0] if " " not in noun else noun.split()[0])) and \
            not noun.lower().startswith("memorandum") and noun.lower() not in ("mou", "protocol")
        if noun.lower().startswith(("memoranda", "memorandums")) or noun.lower() in ("mous",):
            plural = True
        count = _count_of(det)
        if count and re.match(r"^(?:billion|million|bln|mln|thousand|hundred|per\s?cent|pct|%)", (mods or "").lower()):
            count = None
        definite = bool(_DEF.match(det or "")) or det.lower() in ("its", "their")
        companion = None
        if det.lower() == "its" and found and not found[-1].plural and \
                re.fullmatch(r"\s*(?:,\s*)?(?:and|as well as|together with|with)\s+", sent[found[-1].end:start]) and \
                not re.match(r"\s+(?:was|were|is|are|has|have|had|will|would|remains?|still)\b", sent[m.end():]):
            # "a fisheries agreement and its implementing protocol": a second instrument, signed with the
            # first, of the first's field
            definite, companion = False, found[-1]
        if q and not definite and re.search(r"\b(?:the|these|those|its|their|all)\s+$", before[:q.start("q")], re.I):
            definite = True
        if count == 1 and det.lower() in ("a", "an"):
            count = None
        if not det and mods[:1].isupper():
            # "a Status of Forces Agreement", "the Avoidance of Double Taxation Agreement": a title whose head runs
            # through 'of' before the modifiers; the whole title names the field
            tm = re.search(r"\b(?P<det>[Aa]n?|[Tt]he)\s+(?P<t>(?:[A-Z][\w\-]*\s+){1,3}(?:of|for)\s+)$", sent[:start])
            if tm:
                det, mods, start = tm.group("det"), tm.group("t") + mods, tm.start()
                definite = det.lower() == "the"
        if count is None and plural and not definite:
            # "signed agreements in three areas": one instrument per area, their fields not yet named
            ar = re.match(r"\s+(?:in|covering|across)\s+(?P<n>\w+)\s+(?:areas|fields|sectors|domains)\b(?!\s*(?:,|:|—|–|-)?\s*(?:of|on|including|namely|such|notably|[A-Za-z]+,))",
                          sent[m.end():])
            count = _count_of(ar.group("n")) if ar else None
        found.append(_Item(start, m.end(), noun, det, mods, count, definite, plural))
        found[-1].companion_of = companion
    for m in re.finditer(r"\b(?:and\s+)?(?P<q>another|the other|a second|a third|a fourth|(?<=[–—(:]\s)one|(?<=[–—(])one)\s+"
                         r"(?=(?:on|in|for|covering|concerning|establishing)\b)", sent):
        # "The two memoranda – one on fisheries, and another (the other) on seafarers – were signed": each part one instrument
        prev = [it for it in found if it.end <= m.start()]
        if not prev or any(it.start <= m.start() < it.end for it in found):
            continue
        base = prev[-1]
        clone = _Item(m.start("q"), m.end(), base.noun.rstrip("s") if base.plural else base.noun, "a", "", None, False, False)
        clone.instrument = base.instrument
        found.append(clone)
    found.sort(key=lambda it: it.start)
    # "A third document, a memorandum on animal health, was signed": the document is the memorandum
    found = [it for i, it in enumerate(found)
             if not (it.noun.lower() in ("document", "instrument") and i + 1 < len(found)
                     and re.fullmatch(r"\s*,\s*(?:an?\s+)?", sent[it.end:found[i + 1].start], re.I)
                     and not found[i + 1].plural and found[i + 1].noun.lower() not in ("document", "instrument"))]
    # "signed four documents: the protocol of the session, an agreement on X, ...": a definite item
    # listed after a counted claim and its colon is one of the counted instruments, not an anaphor
    for i, it in enumerate(found):
        if it.definite and not it.count and \
                re.search(r"(?:[:;•]|,\s*(?:and\s+)?|\band\s+|\s-)\s*$", sent[:it.start]) and \
                any(o.count and o.count > 1 and not o.definite and ":" in sent[o.end:it.start] for o in found[:i]):
            it.definite = False
    # "the ministers exchanged signed instruments/copies of the memorandum on X": the
    # exchange of signed texts is the signing of that (definite) instrument
    _EXCH = r"\bexchanged\s+(?:the\s+)?signed\s+(?:instruments|copies|texts|documents|originals)\s+of\s+(?:the\s+)?"
    exch = [it for it in found if re.search(_EXCH + r"$", sent[:it.start], re.I)]
    for it in exch:
        it.definite = False
        found = [o for o in found if not (o.end <= it.start and re.fullmatch(r"\s*of\s+(?:the\s+)?", sent[o.end:it.start], re.I))]
    for i, it in enumerate(found):
        nxt = found[i + 1].start if i + 1 < len(found) else len(sent)
        it.text = sent[it.start:nxt]
        post = sent[it.end:nxt]
        it.own_signed = bool(re.match(r"^[^.;]{0,60}?\b(?:signed|inked)\b", post) or
                             # ("the Agreement for the Avoidance of Double Taxation concluded between the two countries
                             # in 2005": an instrument concluded in a year is one signed then)
                             re.match(r"^[^.;,]{0,120}?\bconcluded\s+(?:between\s+[^,.;]{3,60}?\s+)?in\s+(?:1[89]\d\d|20\d\d)\b", post) or
                             # ("the Memorandum of Understanding on Cooperation in Maritime Security and the Fight against
                             # Piracy signed between the two Governments in 2014": a long title, then its signing year)
                             it.noun[:1].isupper() and
                             re.match(r"^\s+(?:on|for|of|between|concerning|regarding)\s+[^.;]{3,220}?(?:,\s+which\s+was\s+|\s+)"
                                      r"signed\s+(?:between\s+[^,.;]{3,60}?\s+)?in\s+(?:1[89]\d\d|20\d\d)\b", post)) and \
            not re.match(r"^\s*(?:was|were)\s+signed\s+(?:by|at|in|on)\b", post) or \
            bool(re.match(r"^\s*(?:that|which)\s+(?:the\s+)?(?:two\s+)?[\w\s]{0,30}?signed\b", post))
        if it.definite and not it.plural and it.noun[:1].isupper() and \
                any(rx.match(post) for rx in _FULL_TITLE_SIGNED):
            # ("The Agreement between the Government of X and the Government of Y for the Avoidance of Double
            # Taxation ... was signed in Malé on 12 November 2024": the full title, however long)
            # "The Memorandum of Understanding between the Ministry of Energy of X and ... on cooperation in
            # the field of energy was signed by Minister ...": a title given in full is the instrument's
            # first mention, signed here
            it.own_signed = True
            it.full_title = True
        # "Agreements were signed on air services, maritime transport and energy" / "The agreements
        # signed cover agriculture and mining": after the passive signing, the fields
        pv = re.match(r"^\s*(?:\([A-Za-z]{2,8}\)\s*)?(?:(?:were|was|have\s+been|had\s+been)\s+)?(?:also\s+)?signed(?:\s+and\s+exchanged)?"
                      # "were signed and exchanged on Tuesday in the fields of ...": the day, then the fields
                      r"(?:\s+(?:on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|today|yesterday)(?=\s+(?:in|on|covering)\s+(?:the\s+)?(?:fields?|areas?|sectors?)\b))?"
                      # "were signed between the two governments and relevant institutions, including on X, Y and Z"
                      r"(?:\s+between\s+[^,.;:]{3,120}?,(?=\s+including\s+(?:on|in)\b))?"
                      r"(?:,(?=\s+covering\b))?\s+(?:(?:on|in|covering|including\s+(?:on|in))\s+"
                      r"(?!(?:the\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|"
                      r"Nov|Dec)[a-z]*\b|the\s+(?:sidelines|occasion|presence|margins?|same)\b|(?:the\s+)?(?:capital|city)\b|[A-Z])"
                      r"|(?=(?:cover|covered|include|included|concern|concerned|span|spanned)\b))", post)
        if pv and it.definite is not None:
            post = post[pv.end():]
            if re.match(r"(?:cover|covered|include|included|concern|concerned|span|spanned)\b", post):
                post = " in the fields of " + post.split(None, 1)[1] if len(post.split(None, 1)) > 1 else post
            else:
                post = " on " + post
        pc = re.match(r"^\s*(?:were|was|have\s+been|had\s+been)\s+(?:also\s+)?signed(?:\s+in\s+[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?)?"
                      r"(?:\s+(?:on\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|\d{1,2}\s+" + _MON + r"|" + _MON + r"\s+\d{1,2})"
                      r"|today|yesterday))?\s*,\s+(?=covering\s)", post)
        if pc and not pv and it.definite is not None:
            # "Three memoranda were signed in Hanoi on Thursday, covering A, B and C": the place and day, then the fields
            post = " " + post[pc.end():]
        pw = re.match(r"^\s*(?:was|were)\s+(?:also\s+)?signed\s+(?:(?:by|between)\s+[^,;.]{3,80}?\s+)?(?:that|which)\s+"
                      r"(?:will|would)\s+(?=[a-z])", post)
        if pw and it.definite is not None:
            # "A memorandum of understanding was signed that will allow Nepal-bound cargo to use ... ports":
            # the relative clause after the signing tells what the instrument does
            post = " allowing " + post[pw.end():]
        wm = _WITH_SIGNER.match(post)
        if wm:
            # "signed a memorandum of understanding with Jordan's Minister of Energy, H. Z., on the second
            # phase of the electricity interconnection": the field follows the co-signer
            post = " " + post[wm.end():]
        c = _CUT.search(post)
        cut_post = post[:c.start()] if c else post
        it.post = cut_post
    # "the Agreement on Tourism, the Memorandum on Youth and Sports and the Programme of Cultural
    # Cooperation were signed": titled instruments coordinated as the subject of one plural
    # passive are each signed, not only the last
    last = found[-1] if found else None
    if last is not None and last.own_signed and last.definite and \
            re.search(r"\b(?:were|have\s+been|had\s+been)\s+signed\b", sent[last.end:]):
        for i in range(len(found) - 2, -1, -1):
            it, nx = found[i], found[i + 1]
            gap = sent[it.end:nx.start]
            if not (it.definite and nx.own_signed and re.search(r"(?:,\s*|\s+and\s+|,\s*and\s+)(?:the\s+)?$", gap, re.I)
                    and not _FINITE.search(gap) and not re.search(r"\b(?:signed|inked)\b", gap)):
                break
            it.own_signed = True
    return found


_INTRO = re.compile(
    r"\b(?:on|in|for|of|covering|concerning|regarding|relating to|related to|in the fields? of|in the areas? of|"
    r"aimed at|aiming at|designed to|intended to|to|that|under which|which|establishing|creating|setting up|providing for|including|"
    r"such as|over|about|ending|extending|amending|renewing|governing|regulating|allowing|enabling|granting|"
    r"introducing|opening|lifting|waiving|exempting|abolishing|resuming|limiting|restricting|restraining|calling for|cover|covers|covered|concern|concerns|"
    r"delimiting|demarcating|converting|swapping|releasing|disbursing|updating|modernising|modernizing|simplifying|"
    r"harmonising|harmonizing|facilitating|easing|containing|setting\s+out|laying\s+down|rescheduling|restructuring|"
    r"refinancing)\b", re.I)
_MON = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
_LEAD_SKIP = re.compile(
    r"^\s*(?:,\s*)?(?:(?:signed|inked|by [^,;]{1,100}(?=,)|today|yesterday|tonight|(?:late\s+|early\s+)?last\s+night|"
    r"on (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|on \d{1,2} " + _MON +
    r"|on " + _MON + r" \d{1,2}|last (?:week|month|year|" + _MON + r")|this (?:week|month|year)|earlier|"
    r"here|\([^)]{1,20}\)|in [A-Z][\w\-]+|at (?:the )?[A-Z][^,]{1,40}?|with (?:the )?[A-Z][^,]{1,60}?(?=\s+(?:on|for|to|in|covering|concerning|last|this|limiting|restricting|restraining|calling|aimed|aiming|ending|providing)\b|,|$)|"
    r"between [^,]{1,140}?(?=\s+(?:on|for|to|in|covering|concerning)\b|,|$)|"
    # ", both state agencies, on ...": an appositive on the signers
    r"(?:both|each)\s+(?!(?:on|in|for|of)\b)[a-z\-]+(?:\s+(?!(?:on|in|for|of)\b)[a-z\-]+){0,4}(?=,))\s*,?\s*)*")


def _field_region(post: str) -> str:
    """The part of the text after an instrument noun that can name its field:
    from a field-introducing word near the noun ('on', 'for', 'covering',
    'aimed at', 'to reschedule', ...), skipping dates, places and 'with/between
    <parties>'.  Without one, only a 'between <parties>' phrase is kept (the
    parties' names may name the field: 'between the public administration
    institutes')."""
    if not post:
        return ""
    # "eight cooperation agreements, among them in the areas of defence, energy and culture"
    post = re.sub(r"^\s*,?\s*among\s+(?:them|others)\s+(?=(?:in|on|for|covering)\b)", " ", post)
    lead = _LEAD_SKIP.match(post)
    rest = post[lead.end():] if lead else post
    m = _INTRO.match(rest) or (re.match(r"^\s*(?:[\w\-]+\s+){0,2}?(?=\b(?:on|for|covering|concerning)\b)", rest) and _INTRO.search(rest))
    if m and m.start() <= 25:
        region = rest[m.start():]
        # "between X on Y": X is kept too (agency names are filtered later)
        return (post[:lead.end()] if lead and "between" in post[:lead.end()] else "") + " " + region
    if lead and "between" in post[:lead.end()]:
        return post[:lead.end()]
    # "The MoUs, signed on Thursday by A and his counterpart, B, cover X, Y and Z": the main verb
    # ("The memorandum, signed by the two foreign ministers, establishes cooperation in cybersecurity")
    cv = re.search(r"\b(?:cover|covers|covered|concern|concerns|deal with|deals with|focus on|focuses on|"
                   r"(?:establishes|establish|provides\s+for|provide\s+for|sets\s+up|set\s+up)\s+cooperation\s+(?:in|on))\b", rest)
    if cv:
        return rest[cv.start():]
    return ""


OTHER = "other"
_GENERAL_PURPOSE = re.compile(
    r"(?:cooperat\w*|collaborat\w*|strengthen\w*|deepen\w*|enhanc\w*|expand\w*|develop\w*|promot\w*|boost\w*|broaden\w*|"
    r"intensif\w*|foster\w*|further\w*|facilitat\w*|establish\w*|set|setting|creat\w*|form\w*|build\w*|work\w*|improv\w*|"
    r"consolidat\w*|advanc\w*|increas\w*|elevat\w*|upgrad\w*|launch\w*|step|diversif\w*|support\w*|help\w*|"
    r"encourag\w*|streamlin\w*|share|sharing|exchang\w*|coordinat\w*|implement\w*|guide|govern|regulat\w*|"
    r"provide|be|become|make|take|open|explore|study|pursue|continue|maintain|renew|extend|amend|replace|modify|revise)$", re.I)


def _other_purpose(it: _Item) -> bool:
    """'an agreement to end colonial rule over X', 'a treaty to settle the
    border': one instrument whose purpose clause ('to <verb> ...') names a
    concrete aim that no sector word covers is 'other', not 'general' (kept
    'general' for purposes that only describe cooperation: 'to strengthen
    ties', 'to set up a joint commission')."""
    if it.plural or it.count or it.definite or it.sectors:
        return False
    if re.search(r"\b(?:framework|cooperation|friendship|partnership|general)\b", it.mods or "", re.I):
        return False
    lead = _LEAD_SKIP.match(it.post or "")
    rest = (it.post or "")[lead.end():] if lead else (it.post or "")
    m = re.match(r"^\s*to\s+(?P<v>[a-z]+)\s+(?P<obj>[^,.;]{8,})", rest)
    if not m or _GENERAL_PURPOSE.match(m.group("v")):
        return False
    obj = re.split(r"\s+(?:was|were|is|are|has|have|had|signed|inked|by|on|at|during|last|this|which|that)\b", m.group("obj"))[0]
    # the aim must be named, not pointed at: "to resume the service" leaves the field unknown
    if not re.search(r"\b(?:of|over|between|from)\s+\S", obj) and not re.search(r"\s[A-Z]", obj):
        return False
    return not re.search(r"\b(?:cooperation|relations|ties|partnership|friendship)\b", obj, re.I)


# what an instrument does, told instead of its field: "under a memorandum signed in 2019, ...",
# "governed by an agreement", "a memorandum, under which the agency will buy ...", "a protocol ..., X agreed
# to purchase ..."
_GOVERNS_BEFORE = re.compile(r"(?:\b(?:[Uu]nder|governed\s+by|regulated\s+by|adhere\s+to)|(?:^|,\s*)[Ii]n)\s+$")
_CONTENT_AFTER = re.compile(r"^(?:\s+signed\b[^,.;]{0,60})?,?\s*(?:under\s+which|whereby|by\s+which|through\s+which|"
                            r"(?:which|that)\s+provides?\s+for|providing\s+for)\b")
_GOODS_DEAL = re.compile(r"\b(?:(?:agreed|agrees|undertook|undertakes|pledged)\s+to|will|would)\s+(?:buy|purchase|supply|sell|"
                         r"export|import|deliver|ship)\b")
_VAGUE_COUNT = ("a number of", "several", "various", "a variety of", "a series of", "a raft of", "a host of", "a range of",
                "some", "many", "numerous", "multiple")


def _field_untold(it: _Item, text: str) -> bool:
    """An instrument that names no field but is told by what it does ('under a three-year agreement
    signed last year, X will export maize to Y', 'an agreement to resume the repairs') or only as a vague
    plural ('a number of agreements'): the field is one no sector word gave, so 'general' would be a
    guess. An instrument called a framework, friendship or cooperation agreement is general by its name
    and stays."""
    if is_general(f"{it.mods or ''} {it.noun} {it.post or ''}"):
        return False
    if it.plural and not it.count and (it.det or "").lower() in _VAGUE_COUNT:
        return True
    if _GOVERNS_BEFORE.search(text[:it.start]) or _CONTENT_AFTER.match(text[it.end:]):
        return True
    purpose = re.match(r"^\s*to\s+(?P<v>[a-z]+)\b", it.post or "")
    if purpose and purpose.group("v") not in ("be", "the", "a", "an", "its", "their", "this", "that", "these", "those") and \
            not _GENERAL_PURPOSE.match(purpose.group("v")):
        return True
    return bool(_GOODS_DEAL.search(text[it.end:]))


def _sectors_for(it: _Item, nxt: _Item | None) -> list[str]:
    single = not it.plural and it.count is None
    pre = it.mods or ""
    post = _field_region(_no_bodies(it.post) if re.match(r"^\s*between\b", it.post or "") else it.post)
    head = post
    inc = _INCLUDE.search(post)
    if inc:
        head = post[:inc.start()]
    secs = field_sectors(pre + " " + head, single) if (pre or head) else []
    if not secs and inc:
        secs = field_sectors(post[inc.end():], single=False)
    if not secs and not head.strip() and re.search(r"\b(?:border|boundary|frontier)$", pre.strip(), re.I):
        secs = [OTHER]  # "the 1999 border treaty": the states' border itself, a field no sector covers
    if not secs and nxt is not None and (_AMEND.match(post) or (
            # "a protocol to the 1976 Trade Agreement": a protocol to a titled instrument amends it
            # ("A protocol to the agreement, containing procedures for the transit of cargo": the same, told after it)
            it.instrument == "protocol" and re.fullmatch(r"\s*to\s+(?:the\s+)?", it.post or "") and
            (nxt.noun[:1].isupper() or (nxt.definite or re.fullmatch(r"\s*to\s+the\s+", it.post)) and not nxt.plural))):
        secs = field_sectors((nxt.mods or "") + " " + nxt.post, single=True)
    if not secs and (re.match(r"^\s*(?:on|for)\s+(?:regular\s+)?consultations\s+between\b", it.post or "", re.I) or
                     # "a Memorandum between the Ministries of Foreign Affairs on consultations for 2025-2027"
                     re.match(r"^\s*between\s+[^.;]{5,160}?\s+on\s+(?:regular\s+)?consultations\b", it.post or "", re.I)) and \
            re.search(r"\b(?:Ministr(?:y|ies)\s+of\s+Foreign\s+Affairs|Foreign\s+Ministr(?:y|ies)|foreign\s+ministries)\b", it.post, re.I):
        # "a Protocol on Consultations between the Ministry of Foreign Affairs of X and the
        # Ministry of Foreign Affairs of Y": the foreign ministries' consultations
        secs = ["political_consultations"]
    if secs and GENERAL not in secs and not (set(secs) & _ECONOMIC_FIELDS):
        # "a defence and economic agreement": 'economic' coordinated with a named field is a
        # second field of its own; with no narrower economic field named it is 'general'
        phrase = pre + " " + head
        for a, b, _ in ([] if {sp[2] for sp in sector_spans(phrase)} & _ECONOMIC_FIELDS else sector_spans(phrase)):
            if re.match(r"^\s*(?:and|&)\s+economic\b(?!\s+(?:and|&)\s+\w)", phrase[b:], re.I) or \
                    re.search(r"\beconomic\s+(?:and|&)\s+$", phrase[:a], re.I):
                secs = secs + [GENERAL]
                break
    return secs


_ECONOMIC_FIELDS = {"trade", "investment", "finance", "taxation", "customs", "industry"}


_BLOC = re.compile(r"(?i:\bParis club\b|\bLondon club\b)|\b(?:European (?:Community|Union|Commission|Investment Bank)|EC|EU|EEC|World Bank|International Monetary Fund|IMF|"
                   r"Paris Club|London Club|OPEC|United Nations|UN|U\.N\.|African Union|AU|ASEAN|ECOWAS|SADC|COMESA|"
                   r"African Development Bank|Asian Development Bank|NATO|Commonwealth|Arab League|Gulf Cooperation Council|GCC|"
                   r"Mercosur|MERCOSUR|CARICOM|Caricom|CARIFORUM|CEMAC|UEMOA|ECCAS|EAC|SACU|EFTA|APEC|Pacific Alliance|Andean Community|"
                   r"Eurasian Economic Union|EAEU|SICA|creditor banks|commercial banks|consortium|syndicate|the Community|Comecon|COMECON|"
                   r"industrial (?:democracies|nations|countries)|Group of (?:Five|Six|Seven|Ten)|G-?[5-9]|"
                   r"(?:with|to) (?:its |the |their )?(?:creditor |commercial |foreign |western )?banks|[A-Z]\w+ Development Bank)\b|"
                   r"\bsigned by (?:the )?(?:three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,3})\b|"
                   r"\bsigned by (?:nearly |almost |virtually |practically )?(?:all|most|many|dozens of|scores of)\b")


# (", as the government also sealed new financing with the European Union", ", while ...": another act beside it)
_ASIDE = re.compile(r",\s*(?:as part of|under|following|after|in line with|within|in the framework of|in accordance with|"
                    # (", the first bilateral accord to follow its agreement with the Paris Club": an appositive remark)
                    r"the\s+(?:first|second|third|latest|last|fifth)\s+(?:bilateral\s+)?(?:accord|agreement|deal)\b|"
                    r"while|whereas|as\s+(?:[\w\-]+\s+){1,4}?also)\b", re.I)


# "who was in Georgetown for the CARICOM Heads of Government meeting", "on the sidelines of the ASEAN
# summit": a bloc's meeting is where the two met, not a party to what they signed
_BLOC_EVENT = re.compile(r"\b(?:for|at|attend(?:s|ing|ed)?|during|on\s+(?:the\s+)?(?:sidelines|margins)\s+of|ahead\s+of)\s+"
                         r"(?:the\s+|(?:this|next|last)\s+(?:week|month|year)['’]s\s+)?"
                         r"(?:\d{1,2}(?:st|nd|rd|th)\s+)?(?:" + _BLOC.pattern + r")(?:\s+[\w\-'’]+){0,4}?\s+"
                         r"(?:meeting|meet|summit|conference|session|forum|gathering|ministerial)\b|"
                         # "on the margins of the High-Level Week of the 79th Session of the United Nations General
                         # Assembly", "at the Permanent Mission of Fiji to the United Nations": where, not who
                         r"\bon\s+the\s+(?:sidelines|margins)\s+of\s+the\s+(?:[\w\-]+\s+){0,8}?(?:" + _BLOC.pattern + r")"
                         r"(?:\s+(?:General\s+Assembly|Security\s+Council|Summit|Conference))?|"
                         r"\b(?:Permanent\s+)?Mission\s+of\s+(?:the\s+)?[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,3}\s+to\s+the\s+(?:" + _BLOC.pattern + r")")


def _claim_ghost(claim: dict, pos, text: str, instrument: str = "unknown") -> dict:
    """A counted document that is no row of its own (a declaration, a company's or a city's memorandum): it
    takes its place in the count told before it."""
    date = claim["date"].iso() if isinstance(claim["date"], PartialDate) else claim["date"]
    return {"pos": pos, "n": 1, "instrument": instrument, "date": date, "parties": sorted(claim["parties"]),
            "si": pos[0], "used": False, "claim": None, "sectors": [], "start": None, "text": text, "ghost": True}


def _recent_pair(sentences: list[Sentence], si: int, year) -> list[str] | None:
    """The two countries named in the nearest of the two sentences before `si` that names any: 'the two
    ministers' of the next sentence are theirs. None when that sentence names one country or more than two."""
    for back in (1, 2):
        if si - back < 0:
            return None
        found = list(dict.fromkeys(cm.iso3 for cm in find_countries(sentences[si - back].text, year)
                                   if cm.via in ("name", "alias", "demonym")))
        if found:
            return sorted(found) if len(found) == 2 else None
    return None


def _parties(sent: str, ctx: ArticleContext, year, support: bool = False,
             actors: frozenset = frozenset()) -> tuple[list[str] | None, str]:
    if _BLOC.search(sent):
        sent = _BLOC_EVENT.sub(lambda m_: " " * len(m_.group(0)), sent)
    sv0 = _SIGN.search(sent)
    if sv0:
        # ("signed a memorandum on rail transport, which is to prepare freight links via a third country": a country in
        # what the instrument will do is no party; a clause that tells the signing itself keeps its countries)
        sent = re.sub(r",\s*(?:which|that)\s+(?!(?:[\w\-]+\s+){0,3}?(?:signed|concluded|inked)\b)(?![^,;.]*\bbetween\b)[^,;]*",
                      lambda m_: " " * len(m_.group(0)) if m_.start() > sv0.end() else m_.group(0), sent)
    if sv0 and _BLOC.search(sent):
        # "X signed an accord ... with/to Y, as part of a restructuring agreed with the
        # Paris Club": the bloc belongs to the framework aside, not to this signing
        am = _ASIDE.search(sent, sv0.end())
        if am and not _BLOC.search(sent[:am.start()]):
            sent = sent[:am.start()]
    isos: list[str] = []
    named = set()
    venues: list[str] = []
    # "the Côte d'Ivoire-Liberia-Sierra Leone-Guinea interconnection line": countries joined by
    # hyphens name a project or a corridor, not the parties of a signing
    chains = [(m.start(), m.end()) for m in re.finditer(r"(?:[A-Z][\w'’. ]{1,30}?-){2,}[A-Z][\w'’.]*(?: [A-Z][\w'’.]*)?", sent)
              if len([c for c in find_countries(m.group(0), year) if c.via in ("name", "alias")]) >= 3]
    for cm in find_countries(sent, year):
        if any(a <= cm.start < b for a, b in chains):
            continue
        if re.search(r"\b(?:Treaty|Protocol|Convention|Accords?|Agreement|Declaration)\s+of\s+(?:the\s+)?$", sent[max(0, cm.start - 30):cm.start]):
            continue  # "the Treaty of Rome"
        if cm.via in ("capital", "city") and re.search(r"\b(?:in|at)\s+$", sent[max(0, cm.start - 10):cm.start], re.I):
            if cm.iso3 not in venues:
                venues.append(cm.iso3)
            continue  # "an agreement in Paris": a venue, not a party
        if cm.iso3 not in isos:
            isos.append(cm.iso3)
        if cm.via in ("name", "alias", "demonym", "agency"):
            named.add(cm.iso3)
    pair = list(ctx.main_pair) if ctx.main_pair else None
    # ("between the two CARICOM member states": the two states are members of the bloc, not it)
    if _BLOC.search(re.sub(r"\b(?:the\s+)?two\s+(?:[\w\-]+\s+){0,2}?\S+\s+(?:member\s+(?:states|countries)|members)\b", " ", sent)):
        return None, "a party is an international body or bloc"
    if pair and re.match(r"(?:The|Both)\s+(?:two\s+)?(?:countries|nations|governments|sides)['’]\s", sent) and \
            len([i for i in isos if i not in pair]) <= 1:
        # "The two countries' free trade agreement, signed in 2005, was Taiwan's second FTA after the one
        # with Panama": the subject's owners are the article's pair; a country named later is a comparison
        return sorted(pair), "the two countries' instrument"
    by_name = {cm.iso3 for cm in find_countries(sent, year) if cm.via in ("name", "alias")
               and not any(a <= cm.start < b for a, b in chains)}
    if len(by_name) >= 3 and not re.search(r"\bsigned\b[^.]{0,60}\bwith\b", sent):
        return None, "three or more countries named: multilateral"
    if len(isos) == 2:
        return sorted(isos), "two countries named"
    if len(isos) > 2:
        if re.search(r"\bwith\s+[^.;]{0,40}?,\s*[^.;]{0,40}?\band\b", sent) and len(by_name) >= 3:
            return None, "agreements with several partners"
        # "X signed ... with Y": the signer before the verb and the partner after "with"
        sv = _SIGN.search(sent)
        if sv:
            w = re.search(r"\bwith\s+(?:the\s+)?", sent[sv.end():])
            before = [cm for cm in find_countries(sent[:sv.start()], year)]
            after = find_countries(sent[sv.end() + w.end():sv.end() + w.end() + 40], year) if w else []
            if before and after and after[0].start == 0 and before[-1].iso3 != after[0].iso3:
                return sorted([before[-1].iso3, after[0].iso3]), "signer and partner ('with')"
        if re.search(r"\bwith\s+[^.;]{0,40}?,\s*[^.;]{0,40}?\band\b", sent) and len(by_name) >= 3:
            return None, "agreements with several partners"
        if pair and all(p in isos for p in pair):
            return sorted(pair), "main pair among several countries"
        return None, "more than two countries named"
    if len(isos) <= 1 and _BLOC.search(sent):
        return None, "the other party is an international body or bloc"
    pw = {m.group(0).lower() for m in _PARTY_WORDS.finditer(sent)}
    if len(isos) <= 1 and pw == {"bilateral"} and not support and \
            re.search(r"\bbilateral\s+(?:[\w\-]+\s+){0,2}(?:agreements|accords|deals|pacts|treaties|protocols)\b", sent, re.I):
        return None, "bilateral agreements with unnamed partners"
    if len(isos) == 1 and len(venues) == 1 and venues[0] != isos[0] and venues[0] in actors and \
            _PARTY_WORDS.search(sent) and not (pair and venues[0] in pair):
        # "X arrived in Bogota ..., where the two governments signed ...": on a tour, the host of
        # the signing (a country the article reports on, not a third-country venue) is the partner
        return sorted([isos[0], venues[0]]), "one country named + the host of the signing venue"
    if len(isos) == 1:
        if pair and isos[0] in pair and (support or _PARTY_WORDS.search(sent)):
            return sorted(pair), "one country named + article's main pair"
        body = r"(?:[A-Z][\w'’\-]*\s+){0,5}(?:Service|Ministry|Agency|Administration|Authority|Committee|Office|Bureau|Department|Commission)\b"
        two_bodies = re.search(r"\bthe\s+(?P<b1>" + body + r")(?:\s+\([A-Z]{2,8}\))?\s+and\s+the\s+(?P<b2>" + body + r")\s+of\s+(?:the\s+)?[A-Z]",
                               sent[:sv0.start()] if sv0 else sent)
        if pair and isos[0] in pair and two_bodies and \
                not re.search(r"\b(?:International|World|United|European|African|Asian|Arab|Regional|Joint)\b", two_bodies.group("b1")):
            # "the heads of the National Revenue Administration (KAS) and the State Customs Service of
            # Ukraine signed ... a protocol" in a story on Ukraine and one partner: the body named
            # without a country is the partner's
            return sorted(pair), "two state bodies, one of them the named country's, in the story's pair"
        return None, "only one country named"
    if pair and (_PARTY_WORDS.search(sent) or support):
        return sorted(pair), "article's main pair" + (" (the two countries)" if _PARTY_WORDS.search(sent) else "")
    return None, "no countries named"


_GOV_WORDS = re.compile(r"\b(?:governments?|ministry|ministries|ministers?|minister|presidents?|premier|chancellor|king|queen|emir|"
                        r"department|agency|authority|commission|council|office|bureau|administration|central bank|institute|"
                        r"board|service|secretary|embassy|ambassadors?|parliament|republic|kingdom|state(?![-\s]owned)|states|countries|country|"
                        r"sides|nations|delegations?|officials|leaders|governor|customs|police|army|armed forces)\b", re.I)
_STATE_NAME_HEAD = re.compile(r"\b(?:Republic|Kingdom|State|Federation|Sultanate|Emirates?|Principality|Grand\s+Duchy)\s+of\b")
_CORP_HEAD = (r"(?:Airlines|Airways|Air|Electricity|Energy|Oil|Gas|Petroleum|Telecom|Telecommunications|Steel|Motors|Group|"
              r"Holdings|Shipping|Power|Mining|Resources|Post|Railways?|Railroads?|Airports|Mobile|Pharma|Chemicals|Cement|Textiles|Foods?)\b")


def _named_company_signs(text: str, year) -> bool:
    """'Air Andina signed ... with Nordwing', 'Peru's state miner and Norway's
    Fjordkraft signed ...', 'Banco de la Plata signed ...': the signer (or its
    partner after 'with') is a company whose name or owner is a country."""
    sv = _SIGN.search(text)
    if not sv:
        return False
    subj = text[:sv.start()]
    subj = subj[subj.rfind(",") + 1:] if re.search(r",\s*$", subj) is None else subj
    w = re.match(r"^[^.;]{0,40}?\bwith\s+(?P<p>[^,.;]{1,60})", text[sv.end():])
    zones = [subj] + ([w.group("p")] if w else [])
    if _GOV_WORDS.search(subj):
        return False
    for z in zones:
        for cm in find_countries(z, year):
            after = z[cm.end:]
            before = z[:cm.start]
            if re.match(r"^\s+" + _CORP_HEAD, after):
                return True
            if re.search(r"\b(?:Banco|Bank|Banque|Banca)\s+(?:of|de|du|del|di)\s+(?:the\s+)?$", before) and \
                    not re.search(r"\b(?:Central|Reserve|National)\s+(?:Banco|Bank|Banque|Banca)", before[-30:]):
                return True
            pm = re.match(r"^(?:'s|’s)\s+(?P<n>(?:[A-Z][\w\-]*|[A-Z]{2,})(?:\s+[A-Z][\w\-]*){0,2})", after)
            if pm and z is subj and not _GOV_WORDS.search(pm.group("n")) and \
                    not re.match(r"^(?:Foreign|Trade|Finance|Economy|Health|Defence|Defense|Prime|Deputy|First|National|Central|"
                                 r"Federal|Royal|Minister|Ministry|President|Ambassador|Secretary|Government|Chief|Head)\b", pm.group("n")):
                return True
    return False


_FIRM_WORDS = re.compile(
    r"\b(?:private|privately[- ]owned|firms?|compan(?:y|ies)|miners?|mining (?:company|firm|group)|group|conglomerate|"
    r"corporation|operator|lender|insurer|developer|producer|manufacturer|maker|start-?up|"
    r"Inc|Ltd|Corp|Co|plc|PLC|LLC|GmbH|AG|SpA|SA|NV|BV|Holdings?)\b\.?|\b[A-Z]{1,3}&[A-Z]{1,3}\b")


def _company_partner(text: str) -> bool:
    """'... signed a memorandum with the private miner X', '... inked an MoU with
    Acme Corp': the other party is a company, so no state-to-state instrument
    (a ministry or government named as the partner keeps the row)."""
    for sv in _SIGN.finditer(text):
        w = re.match(r"^[^.;]{0,80}?\bwith\s+(?P<p>[^,.;]{1,70})", text[sv.end():])
        if not w:
            continue
        p = re.split(r"\s+(?:on|for|to|in|at|during|after|before)\s+", w.group("p"), maxsplit=1)[0]
        if _FIRM_WORDS.search(p) and not _GOV_WORDS.search(p) and \
                not re.search(r"\b(?:state|state[- ]owned|state[- ]run|public|national|central bank)\b", p, re.I):
            return True
    return False


_DAY_POSS = re.compile(r"\b(?P<d>today|yesterday|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)['’]s\s+(?:[\w\-]+\s+){0,3}?" + _NOUN, re.I)
# "The agreements were signed by ministers ... in the presence of the presidents": the counted set
# is still the topic, so "Among them are ..." after it still names its fields
_RESTATED = re.compile(r"^(?:The|These|Those|All(?:\s+the)?)\s+(?:\w+\s+){0,2}?(?:agreements|documents|instruments|accords|"
                       r"memoranda|memorandums|MoUs)\s+(?:were|have\s+been|had\s+been)\s+(?:\w+\s+)?signed\b")
# "A second MoU, between ..., was signed by officials of the two bodies": a new instrument by its
# own words, never a restatement of one already recorded in the same field
_ANOTHER = re.compile(r"\b(?:another|a\s+(?:second|third|fourth|fifth|further)|an\s+additional)\s+(?:[\w\-]+\s+){0,3}?\S+$", re.I)
_WITH_SIGNER = re.compile(r"^\s*with\s+(?:[^;.:]{3,150}?),\s+(?=on\s+(?!(?:the\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|\d|"
                          r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b|the\s+(?:sidelines|occasion|margins?|same)\b|[A-Z]))")
_BUILT_UNDER = re.compile(r"(?P<f>(?:[\w\-]+\s+){0,3}[\w\-]+),?\s+(?:built|constructed|operated|developed|run)\s+under\s+"
                          r"(?:(?:an?|the)\s+)?$")
_ANAPHOR_START = re.compile(r"^(?:The (?:others|rest|other|remaining)\b|They\b|These\b|Those\b|Among (?:them|these|those)\b)")
_SIGN_PLANNED = re.compile(
    r"\b(?:(?:possibility|prospects?|idea|options?|importance|need|preparations?|view|aim|plans?|readiness|proposals?|"
    r"timetable|date|way|path|road|conditions|procedures?|formalities|steps)\s+(?:of|for|to|towards)\s+(?:the\s+|its\s+|their\s+)?|"
    # ("no date was set for signing an agreement", "a ceremony scheduled for signing ...")
    r"\b(?:was|were|is|are|been|be)\s+(?:yet\s+)?(?:set|fixed|scheduled|planned|agreed)\s+for\s+(?:the\s+)?|"
    r"(?:discuss\w*|consider\w*|explor\w*|propos\w*|prepar\w*|await\w*|expedit\w*|finali[sz]\w*|speed\w* up|"
    r"accelerat\w*|toward|towards|ahead of|before|pending|envisag\w*|planned|future|possible|eventual|upcoming|forthcoming)\s+(?:the\s+)?)$", re.I)


_DET_BEFORE_INITIAL = {"a", "an", "the", "its", "their", "this", "that", "his", "her", "our", "first", "signed", "sign", "signs",
                       "signing", "inked", "ink", "inks", "on", "of", "for", "with", "and", "or"}


def _not_signed_item(text: str, it: "_Item", lead_in: str) -> bool:
    """An instrument the sentence does not report as signed although another
    one in it is: 'X and Y have reached an accord on A, and X's ministry has
    signed a letter of intent on B'; headline 'X, Y initial pact; letter of
    intent signed'; 'deal signed in A, new air services pact initialled';
    'No agreements were signed', 'signed no agreements'."""
    if re.search(r"\b(?:reached|initiall?ed|agreed\s+(?:on|upon))(?:\s+the\s+(?:final\s+)?text\s+of)?\s*$", lead_in, re.I):
        # the verb takes the instrument (or its text) as its object ("have also reached an accord on ...",
        # "initialled the text of a trade agreement"), not "agreed on the need to ... in keeping with an
        # accord signed last year"
        return True
    lead2 = lead_in + text[it.start:it.end - len(it.noun)]  # bare modifiers may hold the verb: "X, Y initial trade pact"
    for m in re.finditer(r"\binitials?\b", lead2, re.I):
        # 'initial' as a verb: a subject before it, not a determiner ("an initial agreement")
        prev = re.findall(r"[\w'’\-]+", lead2[:m.start()])
        if prev and prev[-1].lower() not in _DET_BEFORE_INITIAL:
            return True
    if re.match(r"^\s*(?:(?:was|were|has been|have been|had been)\s+)?(?:initiall?ed|reached|agreed)\b", text[it.end:], re.I):
        return True
    head = text[max(0, it.start - 30):it.end - len(it.noun)]
    return bool(re.search(r"\b(?:no|neither|nor|without)\s+(?:[\w\-]+\s+){0,3}$", head, re.I))


def _signing_ok(sent: str) -> tuple[bool, str]:
    verbs = list(_SIGN.finditer(sent))
    if not verbs:
        return False, "no signing verb"
    if re.search(r"\bin principle\b", sent):
        return False, "agreement in principle only"
    if all(re.search(r"\b(?:(?:which|that|who)\s+(?:has|have|had)|had)\s+(?:\w+\s+)?$", sent[:v.start()]) for v in verbs) and \
            not re.search(r"\b(?:1[89]\d\d|20\d\d|last|yesterday|today|on \w+day)\b", sent):
        return False, "background: a country 'which has signed' an instrument, no event"
    for v in verbs:
        if re.search(r"\bwill\b(?:\s+[^\s,;]+){0,7}\s*$", sent[:v.start()]):
            continue
        if v.group(0).lower() == "sign" and re.search(
                r"\b(?:will|would|shall|could|(?-i:may)|might|should|must|(?:is|are|was|were)\s+to|going\s+to|expected\s+to)\b"
                r"(?:\s+[^\s;]+){0,9}\s*$", sent[:v.start()], re.I):
            continue  # "would also see the two countries sign ...", "are to formally sign": a future signing
        if v.group(0).lower() == "signing" and re.search(
                r"\b(?:will|would|shall|(?:is|are|was|were)\s+(?:expected|scheduled|due|set|slated|to)|expected\s+to|"
                r"plans?\s+to|planned\s+to)\s+(?:[\w\-]+\s+){0,3}?(?:witness|attend|oversee|preside\s+over|see|"
                r"take\s+part\s+in|participate\s+in|be\s+present\s+at)\s+(?:the\s+)?$", sent[:v.start()], re.I):
            continue  # "the two leaders are expected to witness the signing of ...": a signing still to come
        if v.group(0).lower() in ("signing", "sign") and _SIGN_PLANNED.search(sent[:v.start()]):
            continue  # "discussed the possibility of signing ...": a plan
        if re.search(r"\b(?:before|until|unless|once|if|when|after)\s+(?:they|it|these|those|(?:the|this|that|any)\s+[\w\-]+)\s+"
                     r"(?:are|is|get|gets|have\s+been|has\s+been)\s+(?:\w+\s+)?$", sent[:v.start()], re.I):
            continue  # "make public the texts before they are signed", "once it is signed": not yet signed
        if not _FUTURE_BEFORE.search(sent[:v.start()]):
            return True, ""
    return False, "signing is future, planned or hypothetical"


def _nearest_date(dms: list[DateMention], pos: int, exclude_spans=()) -> DateMention | None:
    cands = [d for d in dms if d.value is not None and not d.future and d.kind not in ("duration", "span")
             and not any(a <= d.start < b for a, b in exclude_spans)]
    if not cands:
        return None
    return min(cands, key=lambda d: abs(d.start - pos))


# --- documents listed one per line under the sentence announcing their signing ---------------
# "the documents signed are: 1. A Protocol ...; 2. A Memorandum ...", "the following documents were
# signed: - Agreement between the Government of X and ...; - ...", or plain lines after the colon
_MARK = r"(?:[-•*–—▪·▶►◆■●○◦]|\(?\d{1,2}[.)]|\(\d{1,2}\)|\(?[a-z]\)|\([ivx]{1,4}\)|[ivx]{1,4}[.)])"
_MARK_RX = re.compile(r"^\s*(?P<m>" + _MARK + r")\s+")
_DOC_LEAD = re.compile(
    r"^(?:(?:A|An|The)\s+)?(?:(?:Renewal|Extension|Prolongation)\s+of\s+(?:the\s+)?)?(?:(?!(?:on|in|of|for|with|between|to|by|and|or|at|from|as|signed|inked|was|were|is|are|"
    r"has|have|had|will|would)\b)[\w'’\-]+\s+){0,4}?" + _NOUN, re.I)
# listed documents that are no instruments: an item of the list, but no row
_OTHER_DOC_LEAD = re.compile(
    r"^(?:(?:A|An|The)\s+)?(?:(?:Renewal|Extension|Prolongation)\s+of\s+(?:the\s+)?)?(?:[\w'’\-]+\s+){0,3}?(?:declarations?|joint (?:statements?|communiqu[eé]s?)|communiqu[eé]s?|"
    r"letters? of intent|road ?maps?|action plans?|plans? of action|minutes|exchanges? of (?:notes|letters)|statements?)\b", re.I)
_ITEM_VERB = re.compile(r"\b(?:was|were|is|are|has|have|had|will|would|said|says|signed|inked|agreed)\b", re.I)
_FINITE = re.compile(r"\b(?:was|were|is|are|has|have|had|will|would|shall|can|could|said|says|agreed)\b", re.I)
_SET_HEAD = re.compile(r"\b(?:following|as follows)\b|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                       r"\d{1,2}|several|these)\s+(?:[\w\-]+\s+){0,3}?(?:agreements|documents|instruments|memoranda|memorandums|"
                       r"MoUs|protocols|accords|treaties)\b", re.I)
_LIST_HEAD = re.compile(r"\b(?:following|as follows|below)\b|" + _NOUN, re.I)
_AMENDED_DATE = re.compile(
    r"\b(?:of|dated|signed\s+(?:on|in))\s+(?P<d>(?:\d{1,2}\s+" + _MON + r",?\s+|" + _MON + r"\s+\d{1,2},?\s+)?(?:1[89]\d\d|20\d\d))\s*$")


# the verbs by which a new instrument names the existing one it changes
_AMENDING = r"(?:amending|amendments?\s+to|to\s+amend|renewing|extending|prolonging|to\s+renew|to\s+extend|replacing|superseding)"
# ("an Agreement renewing, for a further period of five years, the Memorandum ...", "a Protocol extending
# for five years the Memorandum ...")
_AMEND_ASIDE = r"(?:\s*,[^,.;]{1,60},|\s+(?:for|by)\s+(?:a\s+)?(?:further\s+)?(?:period\s+of\s+)?[\w\-]+\s+(?:more\s+|further\s+)?years?)?"
_AMENDED_SIGNED = re.compile(r"\b" + _AMENDING + _AMEND_ASIDE + r"\s+the\s+[^.;]{3,200}?(?P<s>\s+(?:signed|concluded)\s+(?:(?:between|by)\s+[^,.;]{3,60}?\s+)?"
                             r"(?:in|on)\s+[^,.;\"”]{1,30}|\s+of\s+(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\s+)?(?:\d{1,2},?\s+)?(?:1[89]\d\d|20\d\d)\b)")


# "All documents were signed by ...", "The agreements were signed at ...": the ones just listed
_ALL_SIGNED = re.compile(r"^(?:All|The|These|Those|Both|All\s+the|All\s+these|All\s+of\s+the)\s+(?:[\w\-]+\s+){0,2}?(?:documents|agreements|"
                         r"instruments|memoranda|memorandums|MoUs|protocols|accords|texts)\s+(?:were|have\s+been|had\s+been)\s+"
                         r"(?:\w+\s+)?signed\b", re.I)
# "The agreement allows ...", "The MoUs cover ...": the counted instruments just reported, described
_ANAPHOR_FIELDS = re.compile(r"^The\s+(?:new\s+|two\s+|three\s+|four\s+|five\s+|six\s+)?(?P<noun>agreements?|memorand(?:a|ums?)(?:\s+of\s+understanding)?|"
                             r"MoUs?|MOUs?|protocols?|treat(?:y|ies)|accords?)(?P<rest>\s+(?:allows?|covers?|concerns?|provides?\s+for|sets\s+the|"
                             r"deals?\s+with|relates?\s+to|establish(?:es)?|sets?\s+out|creates?|grants?|opens?|focus(?:es)?\s+on|"
                             r"aims?\s+(?:at|to)|seeks?\s+to|lets?|enables?)\b.*)$", re.I)
# "The first, between A and B, covers ...", "The second provides for ...": one counted instrument described
_ORDINAL_DOC = re.compile(r"^The\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|last|latter)\b(?:\s+(?:one|document|memorandum|"
                          r"agreement|MoU|instrument|accord|protocol))?(?P<rest>(?:,[^,]{1,120},)?\s+(?:covers|covered|concerns|"
                          r"concerned|provides\s+for|provided\s+for|deals\s+with|dealt\s+with|relates\s+to|is\s+on|was\s+on|focuses\s+on|"
                          r"pertains\s+to|(?:is|was)\s+(?:related|devoted|dedicated)\s+to|organi[sz]es|governs|regulates|sets\s+up|"
                          # ("..., and the second to the sanitary control of livestock": the verb left out)
                          r"(?=to\s+(?!be\b))|"
                          r"aims\s+at|seeks\s+to|establishes|sets\s+out|is(?=\s+(?:the|an?)\s)|was(?=\s+(?:the|an?)\s))\b.*)$", re.I)
# "Five of them, signed by the ministers, cover ...": a part of a counted set, by field
_SUBSET_FIELDS = re.compile(r"^(?P<n>two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+of\s+(?:them|these|those|the\s+(?:\w+\s+)?"
                            r"(?:agreements|documents|instruments|accords|memoranda|memorandums|MoUs|protocols))\b(?P<rest>.*)$", re.I)
_MORE_SIGNED = re.compile(r"\b(?:more|further|additional|also|separately|besides|in addition|another)\b", re.I)


def _embedded_items(text: str):
    """'HEAD: 1. item; 2. item ...' in one sentence: (end of the head, [(start, end)] of the items)."""
    m = re.search(r":\s*(?=" + _MARK + r"\s)", text)
    if not m:
        return None
    first = _MARK_RX.match(text[m.end():])
    shape, rank = list_marker_shape(first.group("m"))
    starts = [(m.end(), m.end() + first.end())]
    for c in re.finditer(r"\s(?P<m>" + shape + r")\s+", text[starts[0][1]:]):
        a = starts[0][1] + c.start("m")
        b = starts[0][1] + c.end()
        if a < starts[-1][1]:
            continue
        if rank is not None:
            r = list_marker_rank(c.group("m"))
            if r != rank + len(starts):
                continue  # "phase 2)" inside an item, not the next number
        before = text[:a].rstrip()
        if not (re.search(r"(?:[;:.,]|\band|\bor)$", before) or _DOC_LEAD.match(text[b:]) or _OTHER_DOC_LEAD.match(text[b:])):
            continue  # "Ulaanbaatar - Seoul": a dash inside an item
        starts.append((a, b))
    items = []
    for k, (a, b) in enumerate(starts):
        end = starts[k + 1][0] if k + 1 < len(starts) else len(text)
        nxt_para = re.search(r"(?<=[a-z)])\.\s+\d{1,2}\.\s", text[b:end])
        if nxt_para:
            # "...; ii. Memorandum ... of programmes. 4. A Letter of Intent ...": the press release's
            # next numbered paragraph is no part of the last item
            end = b + nxt_para.start() + 1
        items.append((b, end))
    tail = _LIST_TAIL.search(text, items[-1][0], items[-1][1])
    if tail:
        # "...; - Memorandum on X; as well as two further memoranda between relevant agencies": the
        # unmarked tail of the list is one more item
        items[-1] = (items[-1][0], tail.start())
        items.append((tail.end(), len(text)))
    return m.start() + 1, items


_SEPARATE_EVENT = re.compile(r"^(?:On the same (?:day|occasion)|Separately|In (?:a )?separate)\b|\bin a separate (?:ceremony|signing|event)\b", re.I)
_LIST_TAIL = re.compile(r"[;,]\s*(?:and\s+)?(?:as\s+well\s+as|plus|and)\s+(?=(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+"
                        r"(?:(?:further|more|other|additional)\s+)?" + _NOUN + ")", re.I)


def _item_text(t: str) -> str:
    t = t.strip()
    t = re.sub(r"(?:[\s;,.]+(?:and|or))?[\s;,.]*$", "", t)
    return t


def _main_clause(t: str) -> str:
    """A listed item without its relative clause: "An agreement on air services ..., which will allow
    direct flights" is still an item, its verb being the clause's."""
    return re.sub(r",\s+(?:which|that|who|whereby|under\s+which)\b.*$", "", t)


def _item_kind(t: str) -> str:
    """'instrument', 'document' (a listed declaration, statement...: no row) or '' (not an item)."""
    if _OTHER_DOC_LEAD.match(t):
        return "document"
    if _DOC_LEAD.match(t):
        return "instrument"
    return ""


# a short heading over a list of signed documents, no sentence of its own: "I. MoUs/Agreements signed"
_SECTION_HEADING = re.compile(r"(?:(?:[IVX]{1,4}|[A-H]|\d{1,2})[.)]\s+)?(?:List\s+of\s+)?(?:[\w/&\-]+\s+){0,3}?"
                              r"(?:MoUs?|Agreements?|Memorand\w*|Documents?|Instruments?|Protocols?|Treaties|Outcomes?)"
                              r"(?:\s*/\s*[\w\-]+)*\s+(?:signed|concluded|exchanged)", re.I)


# "The MoUs signed are on: • cooperation in ...; • ...": the fields of a count told just before, bulleted inline
_BULLETED_FIELDS_HEAD = re.compile(r"^(?:The|These)\s+(?:[\w\-]+\s+){0,2}?(?:MoUs|memoranda|memorandums|agreements|documents|"
                                   r"instruments|protocols)\b[^:•]{0,30}?\b(?:are|were|cover|covered|concern|concerned)\s+"
                                   r"(?:on|in)?\s*:\s*•\s*(?:cooperation|the|[a-z])", re.I)
_TYPED_FIELDS = re.compile(r"(?:^|,\s*(?:while|whereas|and)\s+|;\s*)(?:the|these|those)\s+(?P<noun>agreements|memoranda(?:\s+of\s+understanding)?|"
                           r"memorandums|MoUs|protocols|treaties|accords|conventions)\s+(?:signed\s+)?(?:concern|cover|covered|"
                           r"include|relate\s+to|deal\s+with|are\s+on|were\s+on|are\s+in|were\s+in)\b", re.I)


def _typed_field_clauses(text: str) -> list[tuple[str, str]]:
    """(instrument, field text) for each 'the <instruments> concern/cover ...' clause of an anaphoric sentence
    ("According to X, the agreements concern A, while the memoranda cover B and C"), else []."""
    body = re.sub(r"^(?:According\s+to\s+[^,]{2,80},\s*|[A-Z][\w'’.\- ]{2,60}\s+(?:said|says|reported)\s+(?:that\s+)?)", "",
                  text)
    ms = list(_TYPED_FIELDS.finditer(body))
    if not ms or ms[0].start() != 0:
        return []
    out = []
    for m, nx in zip(ms, ms[1:] + [None]):
        out.append((_instrument(m.group("noun")), body[m.end():nx.start() if nx else len(body)]))
    return out


def _fill_typed_claims(typed, claims, idx: int) -> bool:
    """Give each typed clause's fields to the latest count of that instrument without fields of its own."""
    done = False
    for instr, ftext in typed:
        cl = next((c for c in reversed(claims) if idx - c["idx"] <= 3 and c.get("instrument") == instr), None)
        secs = field_sectors(ftext, single=False)
        if cl is not None and secs and not cl["sectors"]:
            cl["sectors"] = secs
            done = True
    return done


# "The documents include:", "They are:", "The agreements signed were:": a list's head that points back at a
# count told just before
_LIST_ANAPHOR_HEAD = re.compile(r"^(?:The|These|They|Those)\s+(?:[\w\-]+\s+){0,2}?(?:include|included|are|were|comprise|"
                                r"comprised|cover|covered|concern|concerned)\s*:\s*$", re.I)


def _signed_list(sentences, si: int, text: str):
    """A sentence announcing signed instruments whose list follows (in the sentence after its
    colon, or in the sentences after it, one item each): (head, [(item text, sentence)], consumed
    sentence indexes), else None.  The list ends at the first line that is not an item; the head
    must report a signing that happened ('will sign the following:', 'The talks covered:' give None)."""
    head, items, consumed = text, [], set()
    emb = _embedded_items(text)
    s = sentences[si]
    if emb:
        head = text[:emb[0]]
        for a, b in emb[1]:
            # ("- Agreement amending the Air Services Agreement ..., extending it for five years. The first
            # agreement was signed in 2009;": the item is its first sentence; what follows remarks on it)
            t = _item_text(re.split(r"(?<=[a-z0-9)])\.\s+(?=[A-Z])", text[a:b], maxsplit=1)[0])
            kind = _item_kind(t)
            if not kind or _FINITE.search(_main_clause(t)):
                break
            items.append((t, s, kind))
        if len(items) < len(emb[1]):
            return None if not items else (head, items, consumed) if _list_head_ok(head, items) else None
        nxt = sentences[si + 1] if si + 1 < len(sentences) else None
        if nxt is not None and not _signing_ok(head)[0] and _signing_ok(head)[1] == "no signing verb" and \
                _ALL_SIGNED.match(nxt.text) and _signing_ok(nxt.text)[0]:
            # "witnessed the exchange of six documents, namely: 1. ...; 2. ..." then "All documents were
            # signed by the ministers on Tuesday": the next sentence says the listed ones were signed, and when
            head = head + " " + nxt.text
            consumed.add(nxt.index)
    elif not (text.rstrip().endswith(":") or (si + 1 < len(sentences) and _MARK_RX.match(sentences[si + 1].text)
                                              and _SET_HEAD.search(text) and not re.search(r"[\"”’']\s*$", text))):
        # without a colon, only a sentence announcing a set ('signed the following documents',
        # 'signed five agreements'), not a quote, introduces the marked lines after it
        return None
    marked_list = emb is not None or (si + 1 < len(sentences) and bool(_MARK_RX.match(sentences[si + 1].text)))
    for nx in sentences[si + 1:]:
        if not items and re.fullmatch(r"\|?\s*(?:(?:No|Nr|S/N|S\.\s*No|Sl\.?\s*No)\.?|#)?\s*\|?\s*[A-Z][\w /]{0,40}"
                                      r"(?:\s*\|\s*[A-Za-z][\w /]{0,40}){1,4}\s*\|?", nx.text.strip()):
            consumed.add(nx.index)  # a table's header row: "Document | Signed by", "No. | Document | Signed for X"
            continue
        if not items and _SECTION_HEADING.fullmatch(nx.text.strip()):
            consumed.add(nx.index)  # "I. MoUs/Agreements signed": the heading of the section that lists them
            continue
        row_no = re.match(r"^\s*\|?\s*\d{1,2}[.)]?\s*\|\s*", nx.text)  # a table row's number cell: "1 | Treaty on ... |"
        mk = _MARK_RX.match(nx.text) or row_no
        if marked_list and not mk:
            break
        t = _item_text((nx.text[mk.end():] if mk else nx.text).lstrip("| ").split(" | ")[0])  # a table row: the document's cell
        kind = _item_kind(t)
        if not kind or _FINITE.search(_main_clause(t)) or (not mk and _ITEM_VERB.search(t)):
            break  # a sentence ('- The six agreements signed ... have set ...'), not an item
        items.append((t, nx, kind))
        consumed.add(nx.index)
    if not items or not _list_head_ok(head, items):
        return None
    return head, items, consumed


def _list_head_ok(head: str, items) -> bool:
    if not any(k == "instrument" for _, _, k in items):
        return False
    if items[0][2] not in ("instrument", "document"):
        return False
    ok, _ = _signing_ok(head)
    return ok and bool(_LIST_HEAD.search(head) or re.search(r"\b(?:signed|inked)\s*:\s*$", head))


# ("the Mineral Resources and Petroleum Authority of Mongolia": the words before the head are the body's name too)
_FIELD_BODY = re.compile(r"\b(?:(?:[A-Z][\w'’\-]*\s+(?:(?:and|&)\s+)?){1,5}(?=(?:Agency|Office|Bureau|Commission|Authority|Institute|Council|Service)\s+(?:of|for)\s))?"
                         r"(?:Minist(?:er|ry)|Secretar(?:y|iat)|Department|Commissioner|Director|Agency|Office|Bureau|Commission|"
                         # ("the National Service of Agricultural Health and Food Safety (Senasag)": a body's name)
                         r"Authority|Institute|Council|Service)\s+"
                         r"(?:of|for)\s+(?:the\s+)?(?!(?:Republic|Kingdom|State|States|Government|United|People|Federation|Union|"
                         r"Principality|Sultanate|Emirates?|Grand Duchy)\b)[A-Z][\w'’\-]*(?:(?:,\s*|\s+(?:and|of|for|&)\s+|\s+)[A-Z][\w'’\-]*)*")


_LOWER_BODIES = re.compile(r"\bbetween\s+the\s+(?:two\s+)?(?:ministries|agencies|authorities|departments)\s+of\s+[a-z][a-z\-]*"
                           r"(?:(?:,\s*|\s+and\s+|\s+)[a-z][a-z\-]*){0,5}?(?=\s+(?:on|concerning|in\s+the\s+fields?\s+of)\b|\s+for\s+(?![\d(]|the\s+(?:period|years?)\b))")


def _no_bodies(text: str) -> str:
    """The signing bodies' names out of an item ('between the Ministry of Water Resources, Agriculture
    and Processing Industry of X and the State Tourism Agency of Y on tourism'): their words are no
    field of the instrument, and without them the field phrase after the parties is found."""
    return _ORG_NAME.sub("Body", _FIELD_BODY.sub("Body", text))


def _list_item(t: str, head_parties, ctx: ArticleContext, year):
    """One listed instrument: (parties, [(sector, instrument)], [(sector, instrument, date)] of
    existing instruments it amends that are named with their year/date) or a reason for no row:
    'ghost' (signed by non-state bodies: it uses up its place in the count) or 'none'."""
    m = _DOC_LEAD.match(t)
    its = _items(t)
    lead = next((it for it in its if it.end == m.end()), None) if m else None
    if lead is None:
        return "none"
    # ("between the Chamber of Commerce of the Republic of X and ...": a country's official name is no state signer)
    if _COMPANY.search(t) and not _GOV_WORDS.search(_STATE_NAME_HEAD.sub(" ", t)):
        return "ghost"
    p, why = _parties(t, ctx, year, True)
    if why.startswith(("two countries named", "signer and partner")):
        parties = p
    elif p is None and re.search(r"bloc|international body|multilateral|several partners|more than two", why):
        return "ghost"  # one of the documents signed, but not between the two states: its place, no row
    else:
        parties = head_parties
    body = _no_bodies(t[lead.end:])
    c = _CUT.search(body)
    lead.post = body[:c.start()] if c else body
    lead.definite = False
    count = lead.count if lead.count and lead.count > 1 else None
    secs = _sectors_for(lead, None) or _agency_field(t)
    instr = lead.instrument if lead.instrument != "unknown" else "agreement"
    if count:
        secs = (secs + [GENERAL] * count)[:max(count, len(secs))]
        rows = [(sec, instr) for sec in secs]
    elif not secs:
        rows = [(OTHER if _other_purpose(lead) else GENERAL, instr)]
    else:
        rows = [(sec, instr) for sec in secs]
    existing = []
    renewed = re.match(r"^(?:Renewal|Extension|Prolongation)\s+of\b", t, re.I) and \
        re.match(r"^[^|;]{0,120}?\b(?:signed|concluded)\s+(?:in|on)\s+(?:[\w ,]{0,20}?)?\b(1[89]\d\d|20\d\d)\b", t[lead.end:])
    if renewed:
        # "Renewal of the MoU on Cooperation in the field of Tourism signed in 2018": the renewal signed
        # now, and the memorandum of that year it renews
        for sec, instr in rows:
            existing.append((sec, instr, PartialDate(int(renewed.group(1)))))
    for nested in its:
        if nested.start < lead.end:
            continue
        ym = next((y for y in _YEAR_NAMED.finditer(t) if y.end() == nested.end), None)
        date = None
        if ym is not None:
            date = PartialDate(int(ym.group("y")))
            tail = t[nested.end:]
        elif re.search(r"\b(?:amend\w*|amendments?)\s+(?:to\s+|of\s+)?(?:the\s+)?$", t[:nested.start], re.I):
            # "Protocol on amendments to the Agreement ... on road transport of 2 June 2011": the
            # amended instrument is named with its date
            dm = _AMENDED_DATE.search(t)
            if dm:
                ds = [d for d in find_dates(dm.group("d"), None, ()) if d.value is not None]
                date = ds[0].value if ds else None
            tail = t[nested.end:dm.start()] if dm else ""
        if date is None:
            continue
        nested.post = _no_bodies(tail)
        nested.definite = False
        nsecs = _sectors_for(nested, None) or [s for s, _ in rows if s not in (GENERAL, OTHER)][:1] or [GENERAL]
        for sec in nsecs:
            existing.append((sec, nested.instrument if nested.instrument != "unknown" else "agreement", date))
    return parties, rows, existing, (count or (len(rows) if lead.plural else 1))


def detect_agreements(sentences: list[Sentence], ctx: ArticleContext):
    facts: list[dict] = []
    rejected: list[Rejection] = []
    if not any(_NOUN_RX.search(s.text) for s in sentences) or \
            not any(_SIGN.search(s.text) or _YEAR_NAMED.search(s.text) for s in sentences):
        return facts, rejected  # nothing signed or named with its year: skip the visit/people context work
    ref = ctx.reference or ctx.published
    year = ref.year if ref else None
    try:
        from loaders.detect.visits import current_visit_dates
        visit = current_visit_dates(sentences, ctx)
    except Exception:
        visit = None
    try:
        from loaders.detect.visits import build_registry
        people = build_registry(sentences, ctx, year)
    except Exception:
        people = []
    pair_visit = False
    vfacts: list[dict] = []
    try:
        from loaders.detect.visits import detect_visits
        vfacts, _ = detect_visits(sentences, ctx)
        pair_visit = any(ctx.main_pair and {v["visitor_iso3"], v["host_iso3"]} == set(ctx.main_pair)
                         and not (v.get("start") and len(v["start"]) == 4 and ref and int(v["start"]) < ref.year)
                         for v in vfacts)
    except Exception:
        pass
    ghosts: list[dict] = []      # counted instruments that yield no row (signed by non-state bodies)
    claims: list[dict] = []      # count claims: {n, sectors, date, parties, idx, filled, instrument}
    firm: list[dict] = []        # firm rows (one per sector per instrument)
    last_event_date: PartialDate | None = None
    last_event_idx = -10
    last_sign_idx = -10
    n_instr = 0
    heads = _headline_indexes(sentences)
    # countries the article reports on: named (not only as a city) in two or more sentences
    seen_in: dict = {}
    for s in sentences:
        for cm in find_countries(s.text, year):
            if cm.via in ("name", "alias", "demonym"):
                seen_in.setdefault(cm.iso3, set()).add(s.index)
    actors = frozenset(k for k, v in seen_in.items() if len(v) >= 2)
    consumed: set = set()  # list items read with the sentence announcing them
    for si, s in enumerate(sentences):
        if s.index in consumed:
            continue
        text = s.text
        if claims and _RESTATED.match(text) and s.index - claims[-1].get("ref_idx", claims[-1]["idx"]) <= 3 and \
                s.index - claims[-1]["idx"] <= 6:
            claims[-1]["ref_idx"] = s.index
        try:
            typed = _typed_field_clauses(text) if claims and s.index - claims[-1]["idx"] <= 3 else []
            if len(typed) >= 2 and len({t_[0] for t_ in typed}) >= 2 and _fill_typed_claims(typed, claims, s.index):
                # "According to X, the agreements concern A and B, while the memoranda cover C, D and E": each
                # part names the fields of the count of its own kind told just before
                continue
            if claims and s.index - claims[-1]["idx"] <= 3 and _BULLETED_FIELDS_HEAD.match(text):
                # "The MoUs signed are on: • cooperation in fisheries; • health; and • tourism promotion.": the
                # counted instruments' fields, bulleted inline; read as the plain list they are
                text = re.sub(r"\s*:\s*•\s*", " ", text, count=1)
                text = re.sub(r"\s*[;,]?\s*(and\s+)?•\s*", lambda m_: ", and " if m_.group(1) else ", ", text)
            if claims and s.index - claims[-1]["idx"] <= 2 and _LIST_ANAPHOR_HEAD.match(text):
                # "... signed four documents in Accra on Friday." then "The documents include:" and one
                # line an instrument: the lines are the count's items, read as one sentence with their head
                run_ = []
                for nx in sentences[si + 1:]:
                    t_ = _item_text(re.sub(r"^(?:[-•*–]\s*|\(?[a-z0-9][.)]\s*)", "", nx.text.strip()))
                    if _item_kind(t_) != "instrument" or _FINITE.search(_main_clause(t_)):
                        break
                    run_.append(nx)
                if run_:
                    text = text.rstrip() + " " + " ".join(n.text.strip() for n in run_)
                    s = Sentence(s.index, s.start, run_[-1].end, text)
                    consumed.update(n.index for n in run_)
            lst = _signed_list(sentences, si, text) if (":" in text or si + 1 < len(sentences)) else None
            if lst:
                # "the documents signed are: 1. ...; 2. ...": the head is read as a sentence of its own,
                # each listed instrument as one signed in it (after the head's own rows and count)
                text = lst[0]
                consumed.update(lst[2])
            contrast = re.search(r",\s+(?:while|whereas)\s+", text)
            if contrast and _company_in(text[:contrast.start()]) and _SIGN.search(text[:contrast.start()]):
                tail = text[contrast.end():]
                tsv = _SIGN.search(tail)
                if tsv and _NOUN_RX.search(tail) and not _company_in(tail) and \
                        re.search(r"\b(?:governments?|ministry|ministries|ministers?|central banks?)\b", tail[:tsv.start()], re.I):
                    # "X's state-owned grid company and Y's power corporation signed a memorandum on ..., while the
                    # two tourism ministries signed a memorandum on tourism": the firms' deal is none, the
                    # ministries' is the states'
                    text = tail[:1].upper() + tail[1:]
            if not lst and not _NOUN_RX.search(text) and not (claims and (_ANAPHOR_START.match(text) or _ORDINAL_DOC.match(text)
                                                                          or _SUBSET_FIELDS.match(text))):
                continue
            ok, why = _signing_ok(text)
            an_def = _ANAPHOR_FIELDS.match(text) if not ok else None
            if an_def and not re.search(r"(?:s|a)$", an_def.group("noun"), re.I):
                # "... signed a Status of Forces Agreement." "The agreement sets the legal framework for
                # Defence Force personnel ...": the one instrument just recorded without a field gets its field
                a_instr = _instrument(an_def.group("noun"))
                recent = [r for r in firm if s.index - r["_si"] <= 2 and r["instrument"] == a_instr]
                secs = field_sectors(an_def.group("rest"), single=True)
                if secs and len(recent) == 1 and recent[0]["sector"] == GENERAL and \
                        recent[0]["evidence"]["rule"].endswith("unnamed-field"):
                    recent[0]["sector"] = secs[0]
                    continue
            listing = False
            if ok and claims and s.index - claims[-1]["idx"] <= 3 and \
                    re.match(r"^Among\s+the\s+(?:[\w\-]+\s+){0,2}?(?:agreements|documents|instruments|accords|memoranda|memorandums|MoUs)\s+"
                             r"(?:signed|inked)\b[^.;]{0,60}?\b(?:are|were|include|included)\s+(?:those|ones)\b", text):
                # "Among the agreements signed by the ministers are those on X, on Y ...": the counted
                # signing just reported, by field, not a signing of its own
                ok = False
            sub = _SUBSET_FIELDS.match(text)
            k = _count_of(sub.group("n")) if sub else None
            if sub and k and claims and s.index - claims[-1]["idx"] <= 3 and claims[-1]["n"] and k < claims[-1]["n"] and not claims[-1].get("sector_groups") and \
                    re.search(r"^(?:,[^,]{1,120},)?\s+(?:cover|covers|covered|concern|concerns|concerned|deal\s+with|dealt\s+with|"
                              r"relate\s+to|related\s+to|are\s+on|were\s+on|provide\s+for|provided\s+for)\b", sub.group("rest")):
                # "seven agreements were signed." "Five of them, signed by ..., cover air services; visa waivers;
                # defence; ICT and innovation; and health.": a part of the count, one instrument per listed field
                # ("ICT and innovation": one instrument in two fields); the rest are told apart
                parts = [p_ for p_ in re.split(r";\s*(?:and\s+)?|,\s+and\s+(?=[a-z])", sub.group("rest")) if p_.strip()]
                groups = [field_sectors(p_, single=False) for p_ in parts]
                if len(parts) == k and all(groups):
                    claims[-1]["sector_groups"] = groups
                    claims[-1]["sectors"] = list(dict.fromkeys(x for g_ in groups for x in g_))
                    continue
            # (a count told part by part: "The first ... The second ... The third ... The remaining two are ...")
            # ("The fifth MoU, signed between A and B, aims at ...": its signing told in an aside, it is one of the
            # count; "Of the four agreements signed, the first relates to ...": the count's own signing recalled)
            o_text = re.sub(r"^(?:Of|Among)\s+the\s+(?:\w+\s+){0,3}?(?:agreements|documents|instruments|memoranda|MoUs|accords)"
                            r"(?:\s+(?:signed|concluded))?,\s+", "", text)
            o_text = o_text[:1].upper() + o_text[1:]
            aside_signed = bool(_ORDINAL_DOC.match(o_text) and (o_text != text or
                                                                re.match(r"^The\s+\w+(?:\s+\w+)?,\s*signed\b[^,]*,", text)))
            if (not ok or aside_signed) and claims and (s.index - claims[-1].get("ref_idx", claims[-1]["idx"]) <= 3 or
                                                        claims[-1].get("ordinal") and s.index - claims[-1]["idx"] <= 5):
                had_secs = bool(claims[-1]["sectors"])
                an = _ANAPHOR_FIELDS.match(text)
                target = None
                if an:
                    a_instr = _instrument(an.group("noun"))
                    a_plural = bool(re.search(r"(?:s|a)$", an.group("noun"), re.I)) and not an.group("noun").lower().startswith("mou ")
                    target = next((c for c in reversed(claims) if s.index - c["idx"] <= 4 and c["instrument"] == a_instr
                                   and c["n"] and (c["n"] > 1) == a_plural), None)
                if target is not None:
                    secs = field_sectors(an.group("rest"), single=False)
                    parts = re.split(r";\s*(?:and\s+)?", an.group("rest"))
                    if len(parts) > 1:
                        # "cover X, including Y; A and B; and C": one field per part
                        firsts = [(field_sectors(p_, single=False) or [None])[0] for p_ in parts]
                        if all(firsts):
                            secs = list(dict.fromkeys(firsts)) if len(set(firsts)) == len(firsts) else firsts
                    # "The agreement allows traders to use the ports ...", "The MoUs cover the power sector; agriculture
                    # and fisheries; and a cultural exchange programme": the fields of a counted set named just before
                    # (all of them at once, which replace a summary's 'aimed at boosting X, Y and Z')
                    if secs and (target["n"] == 1 and not target.get("anaphor") and
                                 (not target["sectors"] or target["sectors"] == claims[-1]["sectors"] and target is not claims[-1])
                                 or target["n"] > 1 and len(secs) == target["n"]):
                        target["sectors"] = secs[:target["n"]] if target["n"] > 1 else secs
                        target["anaphor"] = True
                        target.pop("item_sectors", None)
                        continue
                # ("The first MoU deals with tourism, while the second covers culture": one ordinal a clause)
                o_parts = [p_[:1].upper() + p_[1:] for p_ in re.split(
                    r",\s*(?:while|whereas|and|as)\s+(?=the\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|last|latter)\b)", o_text)]
                oms = [_ORDINAL_DOC.match(p_) for p_ in o_parts]
                if oms[0] and all(oms) and (not had_secs or claims[-1].get("ordinal")) and claims[-1]["n"] and claims[-1]["n"] > 1 and \
                        len(claims[-1]["sectors"]) < claims[-1]["n"]:
                    # "signed two memoranda." ... "The first, between the two cocoa boards, covers cocoa
                    # cultivation." "The second provides for ... seafarers": each counted instrument's field
                    o_secs = [field_sectors(om.group("rest"), single=False) for om in oms]
                    if all(o_secs):
                        claims[-1]["ordinal"] = True
                        for secs in o_secs:
                            claims[-1]["sectors"] += [x for x in secs[:1] if x not in claims[-1]["sectors"]]
                        continue
                am = re.match(r"^(?:(?:The|These|Those|All)\s+(?:\w+\s+){0,2}?(?:agreements|documents|instruments|accords|pacts|MoUs|memorand(?:a|ums)(?: of understanding)?|deals)\b|"
                              r"Among (?:them|these|those|the \w+)\b|(?:They|These|Those)\b|"
                              r"The (?:other|remaining)(?:\s+\w+)?\s+(?:ones|agreements|documents|memoranda|memorandums|MoUs|instruments)\b|The (?:others|rest)\b|"
                              # "The remaining four were MOUs on ...": the count's rest, its noun left out
                              r"The (?:other|remaining)\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\b(?=\s+(?:are|were|cover|covered|concern|concerned|deal|dealt|include|included)\b)|"
                              # "Three other memoranda deal with health, ...": the rest of the count, by field
                              r"(?:Two|Three|Four|Five|Six|Seven|\d)\s+(?:other|more|further)\s+(?:agreements|documents|memoranda|memorandums|MoUs|instruments|protocols)\b)"
                              r"(?P<rest>.*)$", text)
                if am and am.group(0).startswith(("The other", "The remaining", "The rest")) and \
                        re.search(r"\b(?:commercial|business|private)\s+(?:agreements|deals|contracts|memoranda)\b|"
                                  r"\bbetween\s+(?:[\w\-]+\s+){0,3}(?:companies|firms)\b", am.group("rest")):
                    # "The remaining seven are commercial agreements ... between Kyrgyz and Emirati
                    # companies": the rest of the count are company deals, no rows of their own
                    claims[-1]["rest_ghost"] = True
                    continue
                rin = re.match(r"^\s*(?:are|were)\s+(?:all\s+)?(?P<noun>memorand(?:a|ums)(?:\s+of\s+understanding)?|MoUs|agreements|"
                               r"protocols|treaties)\b(?P<tail>[^.;]*)", am.group("rest")) \
                    if am and am.group(0).startswith(("The other", "The remaining", "The rest")) else None
                if rin and not field_sectors(rin.group("tail"), single=False):
                    # "The remaining four documents were memorandums of understanding between ministries and
                    # agencies": the type of the counted instruments not itemised, their field unnamed
                    claims[-1]["rest_instrument"] = _instrument(rin.group("noun"))
                    continue
                rem = re.match(r"The (?:other|remaining)\s+(?P<k>two|three|four|five|six|\d)\b", am.group(0)) if am else None
                groups = _one_on_groups(am.group("rest"), _count_of(rem.group("k"))) if rem else None
                if groups:
                    # "The remaining two are agreements: one on veterinary matters, ..., and the other on rail
                    # transit": the rest of the count, one instrument per field
                    claims[-1].setdefault("rest_sectors", [])
                    claims[-1]["rest_sectors"] += [g_[0] for g_ in groups if g_[0] not in claims[-1]["rest_sectors"]]
                    continue
                if am and re.match(r"(?:Two|Three|Four|Five|Six|Seven|\d)\s", am.group(0)) and \
                        re.search(r"\b(?:cover|covers|covered|concern|concerns|include|includes|are|were|relate|deal with|deals with)\b",
                                  am.group("rest")):
                    # "Three other memoranda deal with health, public administration reform and ...": instruments
                    # beyond those listed, whatever their field
                    secs = field_sectors(am.group("rest"), single=False)
                    if secs:
                        claims[-1].setdefault("rest_sectors", [])
                        claims[-1]["rest_sectors"] += [x for x in secs if x not in claims[-1]["rest_sectors"]]
                        continue
                if am and had_secs and am.group(0).startswith(("The other", "The remaining", "The rest")) and \
                        claims[-1]["n"] and len(claims[-1]["sectors"]) >= claims[-1]["n"] and \
                        re.search(r"\b(?:cover|covers|covered|concern|concerns|deal|deals|dealt|relate|relates|include|includes|are|were)\b",
                                  am.group("rest")):
                    continue  # "The other two memoranda deal with X and Y": fields the count already named
                if am and not had_secs and am.group(0).startswith(("The other", "The remaining", "The rest")):
                    # "The others cover X, Y and Z": the fields of the instruments not yet listed
                    if re.search(r"\b(?:cover|covers|covered|concern|concerns|include|includes|are|were|relate|deal with)\b", am.group("rest")):
                        secs = field_sectors(am.group("rest"), single=False)
                        if secs:
                            claims[-1]["rest_sectors"] = secs
                            continue
                lm = re.match(r"^\s*(?:comprise|comprised|comprises|include|includes|included|are|were|consist of|consisted of)\s*:?\s+",
                              am.group("rest")) if am and not am.group(0).startswith(("The other", "The remaining", "The rest", "Among")) else None
                if lm and len([i for i in _items(am.group("rest")[lm.end():]) if not i.definite and i.instrument != "unknown"]) >= 2:
                    # "The documents comprise an agreement on X, an agreement on Y and four memoranda, two of
                    # which cover Z": the counted claim is itemised, each item with its own type and fields;
                    # the itemised documents replace the fields the count's sentence summed up ("five agreements
                    # expected to deepen cooperation on X, Y and Z")
                    listing = True
                    claims[-1]["sectors"] = []
                elif am and not had_secs and re.search(r"\b(?:cover|covers|covered|focus|focuses|concern|concerns|include|includes|included|are|were|span|spans|relate|deal with|touch)\b", am.group("rest")) and \
                        not (am.group(0).startswith("Among") and
                             len([i for i in _items(am.group("rest")) if i.instrument != "unknown" and not i.definite]) >= 2):
                    # ("Among them were an MOU on X; an agreement on Y; ...": itemised instruments, read below)
                    secs = field_sectors(am.group("rest"), single=False)
                    if secs:
                        claims[-1]["sectors"] = secs
                        continue
            if not listing and claims and s.index - claims[-1]["idx"] <= 3 and \
                    re.match(r"^Among\s+(?:them|these|those|the\s+\w+(?:\s+\w+)?)\s*,?\s*(?:are|were|is|was|:)", text) and \
                    len([i for i in _items(text) if i.instrument != "unknown" and not i.definite]) >= 2:
                # "seven documents were signed." "Among them are a protocol ..., a memorandum on ... and an
                # agreement on ...": some of the counted documents, itemised
                listing = True
            if listing:
                # "Among them were the Declaration on ..., an Agreement on ...": a declaration itemised
                # among the counted documents takes its place in the count, though it is no instrument
                for dm_ in re.finditer(r"(?:^|[,;:]\s*|\band\s+|\bwere\s+|\bare\s+)(?:the|a|an)\s+(?:[\w\-]+\s+){0,2}?"
                                       + _NOT_INSTRUMENT.pattern, text, re.I):
                    ghosts.append(_claim_ghost(claims[-1], (s.index, 0), text))
            enumerating = (bool(_ORDINAL_START.match(text)) and claims and s.index - claims[-1]["idx"] <= 6) or listing
            named_year = _YEAR_NAMED.search(text)
            if named_year and not _SIGN.search(text) and not (
                    _PARTY_WORDS.search(text) or re.search(r"\b(?:between|with)\s+(?:the\s+)?[A-Z]", text)
                    or _pair_only(text, named_year, ctx, year)
                    or re.search(r"\b[A-Z][\w]+-[A-Z][\w]+\s+(?:[\w\-]+\s+){0,3}(?:treaty|agreement|accord|convention|protocol)", text, re.I)):
                named_year = None
            if not ok and not enumerating and not named_year and firm and s.index - firm[-1]["_si"] <= 4:
                # "Under today's agreement, ...": a day-named anaphor dates the one instrument just signed
                pm = _DAY_POSS.search(text)
                if pm:
                    pd = next((d.value for d in find_dates(pm.group("d"), ref, ctx.years_mentioned)
                               if d.value is not None and d.value.day and not d.future), None)
                    just = [r for r in firm if r["_si"] == firm[-1]["_si"]]
                    if pd is not None and just and len({r.get("_instr_id") for r in just}) == 1 and \
                            all(r["instrument"] == _instrument(pm.group("noun")) for r in just):
                        for r in just:
                            if _compatible(r["signed_on"], pd) and len(r["signed_on"] or "") < len(pd.iso()):
                                r["signed_on"] = pd.iso()
                        continue
            if not ok and not enumerating and not named_year:
                if re.search(r"\b(?:reached|agreed|initiall?ed|negotiat\w*|declaration|letter of intent)\b", text, re.I) \
                        and re.search(r"\b(?:agreement|accord|memorandum|MoU|treaty|pact|protocol|deal)\b", text, re.I):
                    rejected.append(Rejection(s.index, text, "agreement", "not signed: " + (why or "reached/agreed/initialled only")))
                elif why and why != "no signing verb":
                    rejected.append(Rejection(s.index, text, "agreement", why))
                continue
            passive_aside = re.match(r"^(?:The|This|That)\s+(?:[\w\-]+\s+){0,3}?(?:agreement|accord|pact|treaty|memorandum|protocol)\s*,\s*"
                                     r"signed\b(?!\s+by)", text) or \
                re.search(r"\b(?:the|this|that)\s+(?:[A-Z][\w\-]*\s+){0,4}(?:Agreement|Accord|Treaty|Memorandum|Protocol)"
                          r"(?:\s+(?:on|of|for|between)\s+[^,;]{3,80})?\s*,\s*signed\s+(?:in|on)\s+(?:1[89]\d\d|20\d\d)\b", text)
            # ("He said the Agreement on Trade and Economic Cooperation, signed in 2009, provided ..., and invited
            # Egyptian companies ...": a titled instrument dated in its aside; the companies come later)
            # ("The agreement, signed last September, aimed at ... U.S. firms' access": the firms sign nothing)
            # ("..., under which Swiss companies will offer apprenticeships": what the instrument does is
            # no signer)
            signing_part = re.split(r",?\s+(?:under which|whereby|through which|by which)\b|"
                                    # ("X and Y have signed a memorandum on green hydrogen, while companies from
                                    # the two countries announced project agreements": the contrasted clause is another act)
                                    r",\s+(?:while|whereas)\b|"
                                    # ("the 1996 double taxation treaty between X and Y, which business groups say no
                                    # longer reflects the way Swiss firms operate": what is said of it is no signer)
                                    r",\s+which\b(?!\s+(?:was|were|had\s+been|has\s+been)\s+signed)|"
                                    # (", giving investors on both sides new protection": what it does for others)
                                    r",\s+(?:giving|allowing|enabling|offering|providing)\b|"
                                    r"\b(?:memorand(?:um|a)(?:\s+of\s+understanding)?|agreements?|MoUs?|protocols?)\s+to\s+(?=[a-z])",
                                    text)[0]
            if not passive_aside and (_SIGN.search(text) or not enumerating or _ORDINAL_START.match(text)) and \
                    _company_in(signing_part) and not re.search(r"\b(?:governments?|ministry|ministries|ministers?|central banks?|presidents?|prime ministers?|ambassadors?)\b", text[:_SIGN.search(text).start()] if _SIGN.search(text) else text, re.I):
                rejected.append(Rejection(s.index, text, "agreement", "signed by companies, towns or other non-state bodies, not states"))
                if _ORDINAL_START.match(text) and claims and s.index - claims[-1]["idx"] <= 6:
                    # "A fourth document, a memorandum between two chambers of commerce, was signed by
                    # their chairmen": one of the counted documents, though not a state's
                    ghosts.append(_claim_ghost(claims[-1], (s.index, 0), text, _instrument(_NOUN_RX.search(text).group("noun"))))
                rest_m = re.match(r"^(?:The|All\s+the)\s+(?:remaining|other|rest\s+of\s+the)\s+(?:(?:two|three|four|five|six|\d)\s+)?"
                                  r"(?:documents|agreements|memoranda|memorandums|instruments|MoUs)\s+(?:were|was)\s+signed\b", text)
                if rest_m and claims and s.index - claims[-1]["idx"] <= 6:
                    # "The remaining documents were signed between the capital's city hall and ..., between two
                    # universities, and between the chambers of commerce": the rest of the count, none a state's
                    for _k in range(max(1, len(re.findall(r"\bbetween\b", text)))):
                        ghosts.append(_claim_ghost(claims[-1], (s.index, _k), text))
                continue
            if re.match(r"^(?:\d{1,2}[.)]\s*)?(?:Signing|Signature|Entering\s+into|Conclusion|Approval|Ratification)\b", text) and \
                    not closes_like_a_sentence(text):
                # "04. Signing an agreement with the State of Israel on ...": an agenda heading names a decision's
                # subject; whether and when it was signed is told below it
                rejected.append(Rejection(s.index, text, "agreement", "a heading naming the subject of a decision"))
                continue
            if _company_partner(text):
                rejected.append(Rejection(s.index, text, "agreement", "signed with a company (the partner after 'with' is a firm)"))
                continue
            if _named_company_signs(text, year):
                rejected.append(Rejection(s.index, text, "agreement", "a named company signs (country only in its name or owner)"))
                continue
            if re.search(r"\bwith\s+(?:more than\s+|over\s+|some\s+|about\s+|nearly\s+|at least\s+)?(?:\d+|a dozen|dozens of|"
                         r"several|many|numerous|\w+ty(?:-\w+)?)\s+(?:other\s+)?(?:countries|nations|partners|states|economies)\b|"
                         r"\b(?:including|among them|among which)\s+(?:one|those|that|ones)\s+with\b", text, re.I):
                # "Vietnam has signed 16 trade agreements, including one with Chile": a country's tally
                rejected.append(Rejection(s.index, text, "agreement", "a country's tally of instruments with many partners"))
                continue
            support = bool(enumerating) or (s.index - last_sign_idx <= 2) or _persons_of_pair(text, people, ctx) or \
                bool(pair_visit) or bool(lst)
            ptext = text
            if named_year and not ok:
                # an existing instrument named with its year in a sentence about something
                # else: its parties come from its own clause ("..., and to explore X with India")
                bounds = [0] + [m.end() for m in re.finditer(r"\band\s+to\b|;|,\s*(?:while|but|whereas|and)\b", text)] + [len(text)]
                for a, b in zip(bounds, bounds[1:]):
                    if a <= named_year.start() < b:
                        ptext = text[a:b]
                        break
            parties, pwhy = _parties(ptext, ctx, year, support or ptext != text, actors)
            if not parties and pwhy == "only one country named" and si > 0 and \
                    re.search(r"\b(?:between|by)\s+the\s+two\s+(?:countries|nations|governments)\b", text):
                # "Air Services Agreement between Sri Lanka and Vietnam" / "An Air Services Agreement between the two
                # countries was signed in Hanoi": the two are the two the sentence before named, this one among them
                prev_isos = list(dict.fromkeys(cm.iso3 for cm in find_countries(sentences[si - 1].text, year)
                                               if cm.via in ("name", "alias")))
                here = {cm.iso3 for cm in find_countries(text, year)}
                if len(prev_isos) == 2 and here <= set(prev_isos):
                    parties, pwhy = sorted(prev_isos), "the two countries the sentence before named"
            if not parties and pwhy == "only one country named" and _PARTY_WORDS.search(text):
                # "He landed in the Peruvian capital on Sunday and on Monday held talks with Peruvian Foreign
                # Minister Y, where the two ministers signed ...": the two are the trip's, told in this sentence
                here = {cm.iso3 for cm in find_countries(text, year)}
                trips = {(v["visitor_iso3"], v["host_iso3"]) for v in vfacts
                         if (v.get("evidence") or {}).get("sentence_index") == s.index and not v.get("past")}
                trips = {t_ for t_ in trips if here <= set(t_)}
                if len(trips) == 1:
                    parties, pwhy = sorted(next(iter(trips))), "the two countries of the trip told in the sentence"
            if parties and pwhy.startswith("article's main pair") and _PARTY_WORDS.search(text):
                # "Ghana's delegation ... was led by X, while the Togolese side was headed by Y. The two ministers
                # signed ...": 'the two' are the two the text has just named, not the pair the article is mostly about
                # (both of them countries the article reports on, one of them in its pair: "developments in Mali
                # and Niger" in the sentence before is a topic, not the two who sign)
                recent = _recent_pair(sentences, si, year)
                if recent and set(recent) != set(parties) and set(recent) & set(parties) and set(recent) <= actors:
                    parties, pwhy = recent, "the two countries the sentences just before named"
            if not parties:
                rejected.append(Rejection(s.index, text, "agreement", f"no two country parties ({pwhy})"))
                continue
            dms = find_dates(text, ref, ctx.years_mentioned)
            items = _items(text)
            contrast = re.search(r",\s+(?:while|whereas)\b", text)
            if contrast and _company_in(text[contrast.end():]):
                # "..., while companies from the two countries announced project agreements": the firms' deals are none
                items = [it for it in items if it.start < contrast.start()]
            # "Protocol on amendments to the Agreement on air communication signed on 13 March 2013", "a protocol
            # amending the air services agreement signed between the two countries in 2014": that signing and
            # its date are the amended agreement's, not the sentence's
            amended_spans = [(pm.start("s"), pm.end("s")) for pm in _AMENDED_SIGNED.finditer(text)]
            sign_m = next((sm for sm in _SIGN.finditer(text) if not any(a <= sm.start() < b for a, b in amended_spans)), None)
            sign_pos = sign_m.start() if sign_m else 0
            # sentence date: the dated mention nearest the signing verb outside relative clauses
            cut_spans = list(amended_spans)
            for c in re.finditer(r",\s*(?:which|who)\b[^,]*", text):
                cut_spans.append((c.start(), c.end()))
            for c in re.finditer(r"\b(?:that|which)\s+[^.;]{0,40}?\bsigned\b[^,.;]*", text):
                if c.start() > sign_pos:
                    cut_spans.append((c.start(), c.end()))
            bnd = None
            for bm in re.finditer(r"\b(?:during which|in the course of which|in which)\b", text[:sign_pos]):
                bnd = bm.end()
            if bnd is not None:
                cut_spans.append((0, bnd))
            # "a protocol amending the 2003 agreement": that year names an existing
            # instrument, it does not date this signing
            for ym in _YEAR_NAMED.finditer(text):
                cut_spans.append((ym.start("y"), ym.end("y")))
            # ("... for third-country trade under the Transit Agreement of 1976": a titled instrument's own year)
            for ym in re.finditer(r"\b(?:Agreement|Treaty|Accord|Convention|Protocol|Pact)\s+of\s+(?P<y>1[89]\d\d|20\d\d)\b", text):
                cut_spans.append((ym.start(), ym.end()))
            # "..., and reviewed the X Agreement, signed in 2017": a later participle
            # clause dates the instrument it follows, not the sentence's signing
            for pm in re.finditer(r",\s*(?:which\s+was\s+|that\s+was\s+)?signed\s+(?:in|on)\s+[^,.;]{1,30}", text):
                if pm.start() > sign_pos + 1:
                    cut_spans.append((pm.start(), pm.end()))
            # a date separated from the signing by another event verb dates that event;
            # "..., the ministry said in a statement on Thursday" dates the report
            for d in dms:
                if re.search(r"(?:\bfor\s+(?:the\s+)?(?:(?:years?|period)\s+)?(?:\d{4}\s*(?:[–-]|to)\s*)?|\b(?:until|till|through|valid\s+until|"
                             r"expires?\s+in|running\s+to)\s+|\d{4}\s*(?:[–-]|to)\s*)$", text[:d.start]):
                    cut_spans.append((d.start, d.end))  # "a programme for the years 2024-2028": its term, not its signing
                    continue
                # (the report verb after the signing: "It said the agreement was signed on Monday" is dated by it)
                if d.start > sign_pos and re.search(r"\b(?:said|says|announced|reported|told|statement|stated|added)\b[^,.;]{0,40}$",
                                                    text[sign_pos:d.start]):
                    cut_spans.append((d.start, d.end))
                    continue
                lo, hi = sorted((sign_pos, d.start))
                if d.start < sign_pos and d.value is not None and d.value.day and \
                        re.match(r"^\s*(?:On|on)\s+$", text[:d.start]) and re.match(r"^\W*,", text[d.end:]) and \
                        re.search(r",\s*(?:after which|following which|whereupon)\b[^,.;]*$", text[:sign_pos]):
                    # "On Wednesday, X held talks with Y, after which the sides signed ...": the
                    # sentence's opening day frames the signing that closes the talks too
                    continue
                if d.start < sign_pos and "," in text[d.end:sign_pos] and \
                        re.search(r"\b(?:wrapped|wraps|wound|winds)\s+up\b[^,;]{0,80}$|\b(?:concluded|concludes)\b[^,;]{0,80}$", text[:d.start]):
                    # "wrapped up a two-day working visit to Kenya on Thursday, with the two governments signing
                    # ...": the day ends the visit, the signing may be earlier in it
                    cut_spans.append((d.start, d.end))
                    continue
                # ("wrapped up his state visit on Friday, with the signing of five agreements", "..., as the
                # President wraps up a state visit today": the day ends the visit; the signing may be earlier)
                if re.search(r"\b(?:agreed|reached|announced|approved|established|took office|held|launched|"
                             r"negotiated|initiall?ed|adopted|discussed|wrapped up|wraps up|wound up|winds up|"
                             r"concluded|concludes)\b", text[lo:hi]) and not (
                        d.start < sign_pos and re.search(r"\b(?:before|then)\s+(?:presiding\s+over\s+|witnessing\s+|overseeing\s+)?"
                                                         r"(?:the\s+)?$|\band\s+(?:also\s+)?(?:(?:witnessed|oversaw|presided\s+over)\s+(?:the\s+)?)?$",
                                                         text[:sign_pos])):
                    # ("X on Thursday welcomed Y, where they held talks before presiding over the signing
                    # of four agreements", "... held talks and witnessed the signing of ...": the talks lead
                    # straight into the signing, the day is one)
                    cut_spans.append((d.start, d.end))
            sdate_m = _nearest_date(dms, sign_pos, cut_spans)
            free_dms = [d for d in dms if d.value is not None and not d.future and d.kind != "span"
                        and not any(a <= d.start < b for a, b in cut_spans)]
            sdate = sdate_m.value if sdate_m else None
            if sdate_m is not None and sdate_m.kind == "weekday" and sdate is None:
                sdate = None
            if sdate is None and bnd is not None:
                # "paid a state visit to Warsaw in July 2023, during which the two countries signed ...":
                # the signing falls within the event dated before "during which", to its month at most
                # (a stated day is the event's first day, not the signing's)
                ev = [d for d in dms if d.end <= bnd and d.value is not None and not d.future and d.kind not in ("duration", "span")]
                if ev:
                    v = ev[-1].value
                    # (a one-day event has no other day: "paid a one-day visit to X on Tuesday, during which")
                    sdate = v if v.day and _ONE_DAY_EVENT.search(text[:bnd]) else v.to_month()
            if sdate is None:
                wd = next((d for d in dms if d.kind == "weekday" and d.value is None), None)
                if wd is not None and visit and visit[0] and visit[1] and visit[0].day and visit[1].day:
                    sdate = _weekday_in_span(wd.text, visit[0], visit[1])
            pastperf = bool(re.search(r"\bhad\s+(?:\w+\s+)?(?:signed|inked)\b", text)) and sdate_m is None
            fm = _FOLLOWING.match(text)
            if pastperf:
                # an earlier signing ('had signed') without its own date: background, no row
                rejected.append(Rejection(s.index, text, "agreement", "background: 'had signed' with no date of its own"))
                continue
            elif sdate is None and (after_talks := fm or _AFTER_TALKS.search(text)):
                sdate = _date_of_prior(sentences, si, after_talks.group("n"), ref, ctx)
            elif sdate is None and si > 0 and _THAT_OCCASION.match(text):
                # "the same day" is the last day told before, in the sentence before or just above it
                for j in range(si - 1, max(-1, si - 4), -1):
                    if days := _past_days(sentences[j].text, ref, ctx):
                        sdate = _one_day(days)
                        break
            if sdate is None and _AT_MEETING.search(text):
                md = _meeting_day(sentences, si, ref, ctx)
                if md is not None and _within_visit(md, visit):
                    sdate = md
            elif sdate is None and si > 0 and re.match(r"^(?:During|In the course of)\s+(?:the|that|this)\s+(?:visit|trip)\b", text):
                # "... visited Dhaka in October, the first visit by ..." "During the visit, the two sides
                # signed ...": the past trip told just before dates the signing, to its month at most
                prev = sentences[si - 1].text
                if re.search(r"\b(?:visited|toured|travelled to|traveled to|was in|paid\s+an?\s+(?:[\w\-]+\s+){0,2}visit)\b", prev):
                    # (a span counts by both its ends: "visited Hanoi from 14 to 16 August" is one month, "from 30 July
                    # to 2 August" only a year, as for a visit's own dates)
                    told = [v_ for d in find_dates(prev, ref, ctx.years_mentioned) if d.value is not None and not d.future
                            and d.kind != "duration" for v_ in (d.value, d.end_value) if v_ is not None]
                    if told:
                        first = min(told, key=lambda v_: (v_.year, v_.month or 0))
                        last = max(told, key=lambda v_: (v_.year, v_.month or 0))
                        sdate = _visit_signing_date((first.to_month(), last.to_month()))
            if listing and isinstance(claims[-1]["date"], PartialDate) and \
                    (sdate is None or (_compatible(claims[-1]["date"], sdate) and len(sdate.iso()) < len(claims[-1]["date"].iso()))
                     # "Among them are a protocol extending the Agreement ... signed in 2010, ...": that date is the
                     # older instrument's; the listed ones were signed when the count says
                     or re.match(r"^Among\b", text) and sdate_m is not None and
                     re.search(r"\bsigned\s+(?:in|on)\s+$", text[max(0, sdate_m.start - 12):sdate_m.start])):
                sdate = claims[-1]["date"]  # "These are: ...": the itemised documents were signed when the count says
            if sdate is None and not pastperf and last_event_date is not None and s.index - last_event_idx <= 8 and \
                    not (last_event_idx < s.index and _DURING_VISIT.search(text)):
                # ("During the visit the two governments also signed ...": any day of a visit, not the
                # day of the signing told before)
                sdate = last_event_date
            if sdate is None and not pastperf and visit and visit[0] is not None and visit[0].day and re.search(
                    r"\b(?:(?:hours|minutes|shortly|soon|just)\s+after|(?:up)?on)\s+(?:his|her|their|the)\s+arrival\b", text, re.I):
                sdate = visit[0]  # "hours after his arrival": the arrival day
            if sdate is None and not pastperf and visit and visit[0] is not None and re.search(r"\b(?:visit|during|trip)\b", text, re.I):
                sdate = _visit_signing_date(visit)
            if sdate is None and not pastperf and visit and visit[0] is not None and not free_dms:
                sdate = _visit_signing_date(visit)
            season = re.search(r"\blast\s+(spring|summer|autumn|fall|winter)\b", text, re.I)
            if sdate is None and season and ref and ref.month:
                # "signed last summer": the year of that season, never the publication month
                end_m = {"spring": 5, "summer": 8, "autumn": 11, "fall": 11}.get(season.group(1).lower())
                if end_m:
                    sdate = PartialDate(ref.year if ref.month > end_m else ref.year - 1)
                free_dms = free_dms or [season]
            if sdate is None and not pastperf and ctx.published and ctx.published.month and not free_dms:
                sdate = PartialDate(ctx.published.year, ctx.published.month)
            has_count = any(i.count and i.count > 1 and not i.definite for i in items)
            first_sign = _SIGN.search(text)
            unsigned_item = -1
            for ii, it in enumerate(items):
                nxt = items[ii + 1] if ii + 1 < len(items) else None
                if _NOT_INSTRUMENT.search(it.mods or ""):
                    continue
                if re.match(r"^\s*(?:took|takes|came|comes|entered|enters|went|goes)\s+(?:into\s+)?(?:effect|force)\b", text[it.end:]) and \
                        not (first_sign and first_sign.start() < it.start and
                             not re.search(r"\bsince\b", text[first_sign.end():it.start])):
                    continue  # "since the two countries' trade pact took effect": an instrument in force, told in passing
                aside_ = _ASIDE.search(text, first_sign.end()) if ii > 0 and first_sign else None
                if aside_ and aside_.start() < it.start and _BLOC.search(text[aside_.start():]):
                    continue  # "..., the first accord to follow its agreement with the Paris Club": the bloc's, told aside
                if ii > 0 and re.search(r",\s*the\s+(?:first|second|third|latest|last|fifth)\s+(?:[\w\-]+\s+)?$", text[:it.start]):
                    continue  # "an agreement rescheduling ..., the first bilateral accord to follow ...": the same one again
                if ii > 0 and re.search(r"\bin\s+the\s+form\s+of\s+(?:an?\s+)?$", text[:it.start]):
                    continue  # "..., the latter in the form of a memorandum of understanding": the form of one told already
                if _MANY_SIGNATORIES.match(text[it.end:]) or re.search(r"\bmembers?\s+of\s+(?:the\s+)?$", text[:it.start]) or \
                        re.match(r"^[^.;]{0,120}?\b(?:by|among|between)\s+all\s+(?:its\s+|the\s+)?(?:members|member\s+(?:states|countries)|"
                                 r"signatories|parties)\b", text[it.end:]):
                    # "the CPTPP, signed in 2018 by 11 Asia-Pacific economies", "both members of the X", "which leaders
                    # signed in 2017 but which has yet to be ratified by all members": multilateral
                    continue
                prev_end = items[ii - 1].end if ii > 0 else 0
                lead_in = text[max(prev_end, it.start - 60):it.start]
                sv_in = list(_SIGN.finditer(lead_in))
                if sv_in:
                    lead_in = lead_in[sv_in[-1].end():]  # only what stands between the signing verb and the item
                if re.search(r"\b(?:following|after|before|preceding)\s+$", lead_in, re.I) and ii > 0:
                    # "signed X, following an agreement in Paris": the earlier instrument is background
                    rejected.append(Rejection(s.index, text, "agreement", f"background: {it.text.strip()[:40]!r} follows another signing"))
                    continue
                named_existing = bool(re.match(r"^(?:the\s+)?(?:1[89]\d\d|20\d\d)\b", (it.mods or "").strip())) and \
                    (it.definite or bool(re.search(r"\bthe\s+$", text[:it.start])))
                # "the 2011 Norway-Peru Free Trade Agreement": the year may stand before a long name
                # that the item's own modifiers do not reach
                yname = next((ym for ym in _YEAR_NAMED.finditer(text) if ym.end() == it.end and ym.start() <= it.start + 1), None)
                named_existing = named_existing or yname is not None
                if not ok and not named_existing and named_year and not enumerating:
                    continue  # "mirrors a similar accord for X, under a 1984 agreement": only the year-named one is a fact
                # "Following the talks at the Palace, an agreement on X was signed": talks that frame the signing
                lead_plan = re.sub(r"\b(?:following|after|during|at\s+the\s+(?:end|close)\s+of)\s+(?:the\s+|their\s+|these\s+)?"
                                   r"(?:[\w\-]+\s+){0,2}?(?:talks|negotiations|consultations|discussions)\b[^,;:]{0,60}[,:]|"
                                   # "held official talks in Seoul on Monday, after which six memoranda were signed"
                                   r"\b(?:talks|negotiations|consultations|discussions)\b[^,;]{0,60},\s*(?:after|following|at\s+the\s+end\s+of)\s+which\b",
                                   " ", lead_in, flags=re.I)
                if not named_existing and re.search(r"\b(?:talks|negotiations?|negotiat\w+|to begin|to start|to launch|to conclude|towards|"
                             r"draft|proposed|planned|future|agreed to|expected to sign|will sign|would sign)\b",
                             # ("and is negotiating comparable arrangements": the verb may be read into the item's words)
                             lead_plan + " " + (it.mods or ""), re.I):
                    rejected.append(Rejection(s.index, text, "agreement", f"not signed: {it.text.strip()[:40]!r} is under negotiation or planned"))
                    unsigned_item = ii
                    continue
                if ii > 0 and unsigned_item == ii - 1 and \
                        re.fullmatch(r"\s+(?:to|of|under|within)\s+(?:the\s+[^,;()]*)?", text[items[ii - 1].end:it.start]):
                    # "negotiating an update of the protocol to the free trade agreement": what the unsigned
                    # instrument belongs to is no signing either
                    rejected.append(Rejection(s.index, text, "agreement", f"not signed: {it.text.strip()[:40]!r} is named "
                                              "by an instrument under negotiation"))
                    unsigned_item = ii
                    continue
                if not named_existing and _not_signed_item(text, it, lead_in):
                    rejected.append(Rejection(s.index, text, "agreement",
                                              f"not signed: {it.text.strip()[:40]!r} is reached, initialled or negated"))
                    continue
                if re.search(r"\bnon-?binding\b", it.mods or "", re.I) and re.match(r"(?:documents?|texts?|instruments?)$", it.noun, re.I) or \
                        re.search(r"\b(?:Statement|Declaration|Communiqu[eé])\s+(?:of|on)\s+[^,.;]{2,80},\s+(?:an?\s+)?(?:[\w\-]+\s+)?$",
                                  text[:it.start]):
                    # "the Fiji-New Zealand Statement of Partnership 2025-2029, a non-binding document setting out
                    # shared priorities": a statement of intent, no agreement
                    rejected.append(Rejection(s.index, text, "agreement", f"not an agreement: {it.text.strip()[:40]!r} is a statement"))
                    continue
                it.sectors = _sectors_for(it, nxt)
                if not it.sectors and it.companion_of is not None:
                    it.sectors = list(it.companion_of.sectors)
                if not it.sectors and len(items) == 1 and not it.definite and not (it.count and it.count > 1):
                    # no field named for the one instrument: the signing bodies' field, when they name one
                    # ("the Ministries of Health of X and Y signed a memorandum", "an accord with the Securities Commission")
                    it.sectors = _agency_field(text)
                elif not it.sectors and not it.definite and not (it.count and it.count > 1) and \
                        re.match(r"^\s*(?:of\s+[\w\s]{1,30}?\s+)?between\s+the\s+[A-Z]", it.post or ""):
                    # one item of a list, its own signers named ("a Memorandum of Understanding between the State
                    # Customs Committee of X and the State Customs Service of Y on the exchange of information")
                    it.sectors = _agency_field(it.text)
                # date of this item: its own clause first
                own = [d for d in dms if it.start <= d.start < it.start + len(it.text) and d.value is not None and not d.future
                       # "..., which had been under negotiation since 2018": when talks began, not the signing
                       and not re.search(r"\bsince\s+$", text[max(0, d.start - 8):d.start])
                       # "A Protocol amending the Agreement on Tourism Cooperation of 2008": the amended one's year
                       and not re.search(r"\b(?:" + _AMENDING + r"|supplementing|replacing)" + _AMEND_ASIDE + r"\s+the\b",
                                         text[it.start:d.start])]
                ydate = None
                ny = re.match(r"^(?:the\s+)?(1[89]\d\d|20\d\d)\b", (it.mods or "").strip(), re.I) or \
                    (re.search(r"\b(1[89]\d\d|20\d\d)\b", it.mods or "") if it.definite else None)
                if yname is not None:
                    # "a July 1986 agreement": the month named with the year dates it too
                    mon = yname.group("mon")
                    ydate = PartialDate(int(yname.group("y")), MONTHS[mon.lower().rstrip(".")] if mon else None)
                elif ny:
                    ydate = PartialDate(int(ny.group(1)))
                date = ydate or (own[0].value if own and (it.own_signed or it.definite) else sdate)
                rel_signed = bool(re.match(r"^[^.;]{0,80}?\b(?:that|which)\s+[^.;]{0,40}?\bsigned\b", it.text[len(it.det) + len(it.mods) + len(it.noun) + 2:] if it.text else "")) and bool(own)
                # "The agreement, signed on Monday by A and B, provides for the transfer of technology": the bare
                # definite noun right after one such instrument of a named field was recorded is that one, told
                # again, whatever the rest of the sentence says it provides for (of one recorded as general, it
                # names the field: "The memorandum, signed by ..., establishes cooperation in cybersecurity")
                told_again = not (it.mods or "").strip() and (it.det or "").lower() == "the" and \
                    re.match(r"^\s*,\s*(?:which\s+was\s+|that\s+was\s+)?signed\b", text[it.end:]) is not None and \
                    any(r["_si"] >= si - 2 and r["_si"] < si and r["instrument"] == it.instrument and r["sector"] != GENERAL
                        for r in firm)
                firm_def = bool(ydate) or rel_signed or (not it.plural and it.own_signed and bool(it.sectors) and not told_again)
                if not firm_def and it.full_title and not it.sectors:
                    # "the Treaty on Strategic Partnership between X and Y was signed by the heads of state": a
                    # full title of no particular field, signed here, is a general instrument
                    it.sectors, firm_def = [GENERAL], True
                if it.definite and not it.plural and not firm_def and ii == 0 and sv_in and not it.sectors and \
                        it.noun[:1].isupper() and re.match(r"^\s+(?:on|for)\s+(?:the\s+)?[A-Z][^.;]{2,80}?\s+between\s+(?:the\s+"
                                                           r"Governments?\s+of\b|the\s+(?:Republic|Kingdom|State|Sultanate)\b)", text[it.end:]) and \
                        re.fullmatch(r"\s*(?:(?:also|jointly|formally|officially|today|yesterday|on\s+\w+day)\s+)*[\"“]?", lead_in, re.I):
                    # "signed the Agreement on Bilateral Cooperation for 2025 between the Government of X and the
                    # Government of Y": a full title, of no particular field, signed as the object here
                    it.sectors = [GENERAL]
                if it.definite and not it.plural and not firm_def and ii == 0 and sv_in and it.sectors and \
                        (it.det or "").lower() == "the" and \
                        re.fullmatch(r"\s*(?:(?:also|jointly|formally|officially|today|yesterday|on\s+\w+day)\s+)*", lead_in, re.I) and \
                        ((nxt is not None and not nxt.definite and not nxt.count and
                          re.search(r"(?:,|\band|\bas well as)\s*$", text[it.end:nxt.start]) and
                          not _SIGN.search(text[it.end:nxt.start]))
                         or re.match(r"^\s+between\s+the\s+Governments?\s+of\b", text[it.end:])
                         # "concluded and signed the Agreement for the Avoidance of Double Taxation ...": a title
                         # in capitals, first named here, is the instrument's full name, not a reference back
                         or it.noun[:1].isupper() and re.match(r"^\s+(?:for|on|between|concerning|regarding|amending|extending)\s+(?:the\s+)?[A-Z]", text[it.end:])
                         # "signed the Malaysia-Peru Free Trade Agreement (MPFTA) in Putrajaya": a proper name in
                         # capitals that carries its own field is the instrument's name, first signed here
                         or it.noun[:1].isupper() and re.fullmatch(r"(?:[A-Z][\w'’\-]*\s+)*[A-Z][\w'’\-]*", (it.mods or "").strip())) and \
                        not any(r["sector"] in it.sectors and r["parties_iso3"] == sorted(parties) and r["_si"] not in heads
                                for r in firm):
                    # "signed the programme of cultural cooperation for 2025-2027, a memorandum on ... and an
                    # agreement on ...", "signed the Agreement between the Government of X and the Government
                    # of Y on ...": a definite instrument named as the object of the signing, beside new ones or
                    # by its full title, is signed here (not a restatement of one already reported)
                    firm_def = True
                if it.definite and not it.plural and not firm_def and ii > 0 and it.sectors and it.noun[:1].isupper() and \
                        any(r.get("_pos") == (s.index, ii - 1) for r in firm) and \
                        re.search(r"(?:,\s*|\s+)(?:and|as\s+well\s+as)\s+(?:the\s+)?$", text[:it.start]) and \
                        re.match(r"^\s+(?:between\s+the\s+Governments?\s+of|(?:on|for|concerning)\s+(?:the\s+)?[A-Z])", text[it.end:]):
                    # "signed the Memorandum of Understanding on Political Consultations ..., and the Agreement between
                    # the Government of X and the Government of Y on Cooperation in the Field of Climate Change": a
                    # second full title coordinated with one signed here is signed here too
                    firm_def = True
                if it.definite and not it.plural and it.own_signed and own and not it.sectors and not it.count:
                    # "the ... deal signed last year, under which ...": an existing instrument with its date
                    # "..., signed in X on Monday by the two labour ministers, ...": the signers are no field
                    secs2 = field_sectors(re.sub(r"^\s*,?\s*(?:which was |that was )?signed\b[^,;]*", "", text[it.end:]), single=True)
                    if secs2:
                        it.sectors, firm_def = secs2, True
                    elif re.match(r"^\s*,?\s*signed\b[^,.;]{0,40}?\bwith\b", text[it.end:]) and firm and \
                            sorted(parties) not in [r["parties_iso3"] for r in firm] and \
                            len({r["sector"] for r in firm}) == 1 and GENERAL not in {r["sector"] for r in firm}:
                        # "The agreement signed on Tuesday with <another partner>": a second instrument of
                        # the kind the article is about (its field is that of the article's one signing)
                        it.sectors, firm_def = [firm[-1]["sector"]], True
                if it.definite and it.plural and not it.sectors:
                    # "The memoranda, which were signed by A and B, cover X, Y and Z": the main verb names the fields
                    # ("The agreements, signed at the palace before the two leaders, cover ...")
                    mv = re.match(r"^\s*,\s*(?:(?:which|that)\b|(?:signed|inked|concluded)\s)[^;]*?,\s*(?:cover|covers|covered|"
                                  r"concern|concerns|include|includes|deal with|relate to)\b(?P<rest>.*)$", text[it.end:])
                    if mv:
                        it.sectors = field_sectors(mv.group("rest"), single=False)
                if it.definite and not firm_def and not it.plural and si > 0 and sdate is not None and sdate.day and \
                        not any(r["_si"] >= si - 2 for r in firm) and \
                        re.match(r"^\s*(?:was|had\s+been)\s+signed\s+(?:in|on|at)\b", text[it.end:]):
                    # "Parliament ratified the Agreement between the Government of X and the Government of Y on the
                    # Promotion and Reciprocal Protection of Investments." "The agreement was signed in Abu Dhabi on
                    # 14 October 2023": the instrument titled just before, recorded nowhere yet, signed that day
                    prev_t = sentences[si - 1].text
                    titled = [p_ for p_ in _items(prev_t) if p_.definite and not p_.plural and p_.noun[:1].isupper()]
                    if len(titled) == 1:
                        tp_, _w = _parties(prev_t, ctx, year, True, actors)
                        tsecs = _sectors_for(titled[0], None)
                        if tp_ and tsecs and set(tp_) >= set(parties):
                            for sec in tsecs:
                                firm.append(_row(tp_, sdate, sec, titled[0].instrument if titled[0].instrument != "unknown"
                                                 else "agreement", text, s, "titled-before"))
                                firm[-1]["_instr_id"] = n_instr
                                firm[-1]["_pos"] = (s.index, ii)
                                firm[-1]["_start"] = it.start
                            n_instr += 1
                            continue
                if it.definite and not firm_def:
                    # anaphoric: supplies fields (and a more precise date) to what was just signed
                    if claims and it.sectors and s.index - claims[-1]["idx"] <= 3 and (
                            not claims[-1]["sectors"] or it.plural and len(it.sectors) > len(claims[-1]["sectors"])):
                        # ("four agreements aimed at closer economic ties" then "The agreements ... cover
                        # a pipeline, a power line, fisheries and customs": the items are the fields)
                        claims[-1]["sectors"] = it.sectors
                        if _ORDINAL_START.match(text) and claims[-1]["n"] and claims[-1]["n"] > 1:
                            claims[-1]["ordinal"] = True  # "The first memorandum, on X, was signed by ...": more may follow
                    one_instr = {r.get("_instr_id") for r in firm if r["_si"] == last_sign_idx} and \
                        len({r.get("_instr_id") for r in firm if r["_si"] == last_sign_idx}) == 1 and \
                        all(r["instrument"] == it.instrument for r in firm if r["_si"] == last_sign_idx) and \
                        not any(cl["idx"] == last_sign_idx for cl in claims)
                    if (it.plural or one_instr) and sdate is not None and s.index - last_sign_idx <= 2:
                        # "The agreement, signed in X on Monday, ...": dates the one instrument just signed
                        for r in firm:
                            if r["_si"] == last_sign_idx and _compatible(r["signed_on"], sdate) and \
                                    len(r["signed_on"] or "") < len(sdate.iso()):
                                r["signed_on"] = sdate.iso()
                        for cl in claims:
                            if cl["idx"] == last_sign_idx and _compatible(cl["date"], sdate) and \
                                    len(cl["date"].iso() if cl["date"] else "") < len(sdate.iso()):
                                cl["date"] = sdate
                    elif claims and claims[-1]["date"] is None and s.index - claims[-1]["idx"] <= 3 and sdate is not None:
                        claims[-1]["date"] = sdate
                    continue
                counted = it.count and it.count > 1
                # "a total of seven agreements were signed during the visit" counts one signing; with a
                # perfect ("a total of 45 agreements have been signed") it is the tally of years
                perfect = re.search(r"\b(?:have|has|had)\s+(?:so\s+far\s+|now\s+)?(?:been\s+)?(?:signed|concluded|inked)\b", text)
                if counted and (re.search(r"\b(?:more than|over|some|about|around|nearly|almost|at least|"
                                          r"up to|dozens|hundreds)\s+$", text[max(0, it.start - 20):it.start], re.I)
                                or perfect and re.search(r"\b(?:a total of|in total|altogether)\b", text, re.I)
                                or re.search(r"\b(?:so far|to date|since (?:1[89]\d\d|20\d\d)|over the (?:years|past|last)|"
                                             r"in recent years|between (?:1[89]\d\d|20\d\d) and)\b", text, re.I)
                                or len({d.value.year for d in dms if d.value is not None and d.kind == "year"}) >= 2) or \
                        it.plural and not it.sectors and (
                            # "More than 100 agreements, protocols and memoranda have been signed ... since 2010":
                            # a count too large for one signing, or a perfect over a span of years
                            re.search(r"\b(?:more than|over|some|about|around|nearly|almost|at least)\s+\d{3,}\s+(?:[\w\-]+\s+){0,2}$",
                                      text[max(0, it.start - 25):it.end - len(it.noun)], re.I)
                            or perfect and re.search(r"\b(?:so far|to date|since (?:1[89]\d\d|20\d\d)|since (?:the\s+)?(?:establish\w*|independence)|"
                                                     r"over the (?:years|past|last))\b", text, re.I)
                            # "The signing brings to 14 the number of agreements concluded between ..."
                            or re.search(r"\bthe\s+(?:total\s+)?number\s+of\s+(?:[\w\-]+\s+){0,2}$", text[max(0, it.start - 40):it.start], re.I)):
                    rejected.append(Rejection(s.index, text, "agreement", "a running tally of instruments, not a signing"))
                    continue
                if counted or (it.instrument == "unknown" and it.plural) or \
                        (has_count and not it.sectors and not it.plural and not ydate):
                    n = it.count or (1 if not it.plural else 0)
                    if n == 0:
                        if it.sectors:
                            for sec in it.sectors:
                                firm.append(_row(parties, date, sec, "agreement" if it.instrument == "unknown" else it.instrument,
                                                 it.text, s, "plural-fields"))
                                firm[-1]["_instr_id"] = n_instr
                                firm[-1]["_pos"] = (s.index, ii)
                                firm[-1]["_start"] = it.start
                                firm[-1]["_n"] = len(it.sectors)
                            n_instr += 1
                        continue
                    inc = _INCLUDE.search(text, it.end) if counted else None
                    if inc:
                        # "four documents, including a joint declaration and ...": the declaration is no instrument
                        n -= min(n - 1, len(_NOT_INSTRUMENT.findall(re.split(r"[.;]", text[inc.end():])[0])))
                    claims.append({"n": n, "sectors": list(it.sectors) if it.sectors else [], "date": date,
                                   "parties": parties, "idx": s.index, "pos": (s.index, ii), "instrument": it.instrument, "end": it.end,
                                   "sentence": s, "text": it.text.strip(),
                                   "item_sectors": _item_sectors(_field_region(it.post), n)})
                    groups = _one_on_groups(text[it.end - len(it.post or ""):] if it.post else "", n)
                    if groups:
                        claims[-1]["sector_groups"] = groups
                        claims[-1]["sectors"] = list(dict.fromkeys(x for g_ in groups for x in g_))
                    continue
                instr = it.instrument if it.instrument != "unknown" else "agreement"
                bu = None if it.sectors else _BUILT_UNDER.search(text[:it.start])
                # "the cross-border railway, built under an intergovernmental agreement signed with China":
                # the instrument's field is what was built under it
                built_secs = field_sectors(" on " + bu.group("f"), single=True) if bu else []
                secs = it.sectors or built_secs or ([OTHER] if _other_purpose(it) else [GENERAL])
                if secs == [GENERAL] and _field_untold(it, text):
                    rejected.append(Rejection(s.index, text, "agreement",
                                              "an instrument told by what it does or only as 'a number of', its field "
                                              "in no sector word: 'general' would be a guess"))
                    if claims and s.index - claims[-1]["idx"] <= 6 and not it.plural:
                        # "... signed two memoranda." "... signed a second memorandum, under which ...": its place in the count
                        ghosts.append(_claim_ghost(claims[-1], (s.index, ii), text, it.instrument))
                    continue
                if it.plural and not it.sectors and it.det.lower() in ("", "several", "multiple", "various", "some", "many", "numerous") \
                        and re.search(r"\b(?:including|covering)\b", it.post or ""):
                    continue
                for sec in secs:
                    firm.append(_row(parties, date, sec, instr, it.text, s,
                                     "year-named" if ydate else ("listed-instrument" if it.sectors else "unnamed-field")))
                    firm[-1]["_instr_id"] = n_instr
                    firm[-1]["_pos"] = (s.index, ii)
                    firm[-1]["_start"] = it.start
                    # "memoranda on X, on Y and on Z": one instrument per field
                    firm[-1]["_n"] = len(secs) if it.plural and not it.count and it.sectors else 1
                    firm[-1]["_def"] = it.definite and not it.plural and not ydate
                    # (only a sentence's first item: "an agreement on X and a separate/another one on Y" may
                    # restate two instruments reported before)
                    firm[-1]["_another"] = ii == 0 and bool(_ANOTHER.search(text[max(0, it.start - 25):it.end]))
                n_instr += 1
            for k, (itext, isent, kind) in enumerate(lst[1] if lst and ok else []):
                if kind != "instrument":
                    continue  # a listed declaration or statement: no instrument
                res = _list_item(itext, parties, ctx, year)
                pos = (s.index, 1000 + k)
                if res == "ghost":
                    ghosts.append({"pos": pos, "n": 1, "instrument": "unknown", "date": sdate.iso() if sdate else None,
                                   "parties": sorted(parties), "si": s.index, "used": False, "claim": None,
                                   "sectors": [], "start": None, "text": itext, "ghost": True, "list": True})
                    rejected.append(Rejection(isent.index, itext, "agreement", "listed instrument not between two states "
                                                                              "(companies, a bloc or several countries)"))
                    continue
                if res == "none":
                    rejected.append(Rejection(isent.index, itext, "agreement", "listed instrument without two country parties"))
                    continue
                iparties, irows, existing, n_here = res
                for sec, instr in irows:
                    firm.append(_row(iparties, sdate, sec, instr, itext, isent, "list-item"))
                    firm[-1].update({"_si": s.index, "_instr_id": n_instr, "_pos": pos, "_start": None,
                                     "_n": n_here, "_list": True})
                n_instr += 1
                for sec, instr, ydate in existing:
                    # "A Protocol amending the 2008 Agreement ...": the amended instrument, named with its year
                    firm.append(_row(iparties, ydate, sec, instr, itext, isent, "year-named"))
                    firm[-1].update({"_si": s.index, "_instr_id": n_instr, "_pos": pos, "_existing": True})
                    n_instr += 1
            if ok:
                last_sign_idx = s.index
                cl_ = claims[-1] if claims else None
                if cl_ is not None and cl_["idx"] < s.index and s.index - cl_.get("ref_idx", cl_["idx"]) <= 3 and \
                        any(r["_si"] == s.index and r["parties_iso3"] == sorted(cl_["parties"]) for r in firm):
                    # "signed nine instruments." ... "X and Y signed the Agreement on ...", "... signed an MoU on
                    # ...": the count told one signing a sentence stays the topic ("The other MoUs cover ...")
                    cl_["ref_idx"] = s.index
            if sdate is not None and not (items and all(i.definite for i in items) and not ok):
                if sdate_m is None or not sdate_m.kind == "year" or sdate.month:
                    last_event_date, last_event_idx = sdate, s.index
        except Exception as exc:  # one sentence never breaks the article
            rejected.append(Rejection(s.index, text, "agreement", f"not understood ({exc!r})"))
    # reconcile count claims with what is listed after them (last claim first, so
    # a summary claim consumes the detailed claims and instruments that follow)
    units = []  # (pos, kind, ref, n, instrument, date, parties, si)
    by_instr: dict = {}
    for r in firm:
        if "_instr_id" in r:
            by_instr.setdefault(r["_instr_id"], []).append(r)
    for iid, rs in by_instr.items():
        r0 = rs[0]
        if r0.get("_existing"):
            continue  # an existing instrument amended by a listed one is not one of those signed now
        units.append({"pos": r0["_pos"], "n": r0.get("_n", 1), "instrument": r0["instrument"], "date": r0["signed_on"],
                      "start": r0.get("_start"), "text": r0["evidence"]["sentence"], "list": r0.get("_list", False), "rows": rs,
                      "parties": r0["parties_iso3"], "si": r0["_si"], "used": False, "claim": None, "sectors": [r["sector"] for r in rs]})
    for cl in claims:
        units.append({"pos": cl["pos"], "n": cl["n"], "instrument": cl["instrument"],
                      "date": cl["date"].iso() if isinstance(cl["date"], PartialDate) else cl["date"],
                      "parties": sorted(cl["parties"]), "si": cl["idx"], "used": False, "claim": cl, "sectors": []})
    units.extend(ghosts)
    units.sort(key=lambda u: u["pos"])
    for u in reversed(units):
        cl = u["claim"]
        if cl is None:
            continue
        cands = [v for v in units if v["pos"] > u["pos"] and not v["used"] and v["si"] - u["si"] <= 8
                 and not (v.get("ghost") and u["n"] < 2)
                 and v["parties"] == u["parties"] and _month_compatible(v["date"], u["date"])
                 # "On the same day, the Export-Import Bank ... signed a framework agreement": a signing
                 # told as another event is not one of the counted set
                 and not (v["si"] > u["si"] and _SEPARATE_EVENT.search(v.get("text") or ""))]
        if u["instrument"] != "unknown":
            # "signed four agreements, on A, B, C and D, as well as a memorandum on E": the memorandum
            # coordinated after the counted agreements is one more instrument, not one of them
            # ("five agreements, including an MoU on E" still counts it)
            cands = [v for v in cands if not (v["si"] == u["si"] and v["instrument"] != u["instrument"]
                                              and v.get("start") is not None and cl.get("end") is not None
                                              and not re.search(r"[:•]|" + _INCLUDE.pattern, v["text"][cl["end"]:v["start"]], re.I))]
            # "signed one agreement and three memoranda": two counted sets of one sentence are different instruments
            # ("five agreements and memoranda" share one count: the memoranda are among the five)
            cands = [v for v in cands if not (v["claim"] is not None and v["si"] == u["si"] and v["instrument"] != u["instrument"]
                                              and v["instrument"] != "unknown"
                                              and re.match(r"^\s*(?:,\s*)?(?:and\s+|as\s+well\s+as\s+|plus\s+)?(?:\d+|one|two|three|four|five|six|"
                                                           r"seven|eight|nine|ten|eleven|twelve|a|an)\s", v["claim"]["text"], re.I))]
        if sum(v["n"] for v in cands) < u["n"] and not _MORE_SIGNED.search(cl["text"] + " " + cl["sentence"].text):
            # "The following documents were signed: - ...; - ... . [...] 'Today we have signed eight
            # documents'": a count stated after the list restates it
            cands += [v for v in units if v.get("list") and v["pos"] < u["pos"] and not v["used"] and 0 <= u["si"] - v["si"] <= 8
                      and not (v.get("ghost") and u["n"] < 2)
                      and v["parties"] == u["parties"] and _month_compatible(v["date"], u["date"])]
        for v1 in [v for v in cands if v["si"] == u["si"] and v.get("rows") and v.get("start") is not None
                   and cl.get("end") is not None and v["sectors"] and GENERAL not in v["sectors"]
                   and re.search(_INCLUDE.pattern, v["text"][cl["end"]:v["start"]], re.I)]:
            # "signed eight agreements and memoranda, including a pact on critical minerals." "Among them
            # were an MOU on critical minerals ...": the preview and the itemised instrument are one
            if any(v2["si"] > u["si"] and v2.get("rows") and set(v2["sectors"]) == set(v1["sectors"]) for v2 in cands):
                firm[:] = [r for r in firm if not any(r is x for x in v1["rows"])]
                v1["used"] = True
                cands = [v for v in cands if v is not v1]
        same = [v for v in cands if v["instrument"] == u["instrument"]]
        rest = [v for v in cands if v["instrument"] != u["instrument"]]
        have = 0
        covered: set = set()
        for v in (same if u["instrument"] != "unknown" else []) + (rest if u["instrument"] != "unknown" else cands):
            if have >= u["n"]:
                break
            v["used"] = True
            have += v["n"]
            covered.update(v["sectors"])
            for r_ in v.get("rows") or []:
                r_["_claimed"] = id(cl)  # one of this count's instruments: never the same as its unnamed rest
            if cl["date"] is None and v["date"]:
                cl["date"] = PartialDate.parse(v["date"])
            cd = cl["date"].iso() if isinstance(cl["date"], PartialDate) else cl["date"]
            if (v.get("list") or v["si"] > u["si"]) and cd and v.get("rows"):
                # "The following documents were then signed: ...", then "Today we have signed eight
                # documents": the count's day dates the listed instruments it restates ("X and Y on Thursday
                # signed four agreements." "A memorandum on agriculture was signed by ...": one of the four)
                for r in v["rows"]:
                    if _compatible(r["signed_on"], cd) and len(r["signed_on"] or "") < len(cd):
                        r["signed_on"] = cd
            if v["claim"] is not None:
                covered.update(v["claim"]["sectors"])
        u["sectors"] = list(cl["sectors"])
        missing = 0 if cl.get("rest_ghost") else max(0, u["n"] - have)
        instr = cl["instrument"] if cl["instrument"] != "unknown" else "agreement"
        seq = cl["sectors"]
        if cl.get("item_sectors") and not covered and missing == u["n"] == len(cl["item_sectors"]):
            # "three memoranda on fisheries, livestock development and port management": one
            # instrument per listed field, two of them in one sector
            seq = cl["item_sectors"]
            covered = set()
        for group in cl.get("sector_groups") or [[sec] for sec in seq]:
            # one counted instrument per group of fields (a group of one but for "ICT and innovation")
            if missing <= 0:
                break
            if all(sec in covered for sec in group):
                continue
            for sec in group:
                firm.append(_row(cl["parties"], cl["date"], sec, instr, cl["text"], cl["sentence"], "count-claim-field"))
                firm[-1]["_si"] = cl["idx"]
                firm[-1]["_claim"] = id(cl)
            missing -= 1
        for sec in cl.get("rest_sectors", []):
            # "The others cover X and Y": instruments beyond those listed, whatever their field
            if missing <= 0:
                break
            firm.append(_row(cl["parties"], cl["date"], sec, instr, cl["text"], cl["sentence"], "count-claim-field"))
            firm[-1]["_si"] = cl["idx"]
            firm[-1]["_claim"] = id(cl)
            missing -= 1
        # "seven documents, including ...": the rest are of no named type ('other'), not agreements
        rest_instr = cl.get("rest_instrument") or ("other" if cl["instrument"] == "unknown" else instr)
        for _ in range(missing):
            firm.append(_row(cl["parties"], cl["date"], GENERAL, rest_instr, cl["text"], cl["sentence"], "count-claim-general"))
            firm[-1]["_si"] = cl["idx"]
            firm[-1]["_claim"] = id(cl)
    # a headline restates what the body reports: when the body has rows for the same parties,
    # the headline's own reading (its 'pact' for the body's memorandum, its count) adds nothing
    body_pairs = {tuple(r["parties_iso3"]) for r in firm if r["_si"] not in heads}
    firm = [r for r in firm if not (r["_si"] in heads and tuple(r["parties_iso3"]) in body_pairs)]
    # one article restating the same instrument in several sentences: keep one
    out: list[dict] = []
    for r in firm:
        dup = None
        for o in out:
            if o["_si"] != r["_si"] and o["parties_iso3"] == r["parties_iso3"] and o["sector"] == r["sector"] \
                    and not r.get("_another") \
                    and _compatible(o["signed_on"], r["signed_on"]) \
                    and not (r.get("_claim") is not None and r.get("_claim") == o.get("_claimed")) \
                    and not (o.get("_claim") is not None and o.get("_claim") == r.get("_claimed")) \
                    and not _counted_after(o, r) and (
                        o["instrument"] == r["instrument"] or "count-claim" in o["evidence"]["rule"]
                        # "The agreement we signed this week will bring ...": 'the agreement' names the memorandum
                        # reported before by the generic word
                        or r.get("_def") and r["instrument"] == "agreement" and r["_si"] > o["_si"]
                        or "count-claim" in r["evidence"]["rule"] or "plural" in o["evidence"]["rule"]
                        or "plural" in r["evidence"]["rule"]):
                dup = o
                break
        if dup is None and r["sector"] in (GENERAL, OTHER) and r.get("_name"):
            # "A Contribution Agreement of CAD$20 million for coastal resilience was also signed." ... "Also signed
            # was a Contribution Agreement of CAD$20 million between ... to finance ...": one instrument, told twice
            dup = next((o for o in out if o["_si"] != r["_si"] and o["parties_iso3"] == r["parties_iso3"]
                        and o["instrument"] == r["instrument"] and _compatible(o["signed_on"], r["signed_on"])
                        and o.get("_name") == r["_name"]), None)
        if dup is None and r.get("_def"):
            # "the agreement signed in January provided for ... wheat": the one
            # instrument already recorded without a field gets its field
            gen = [o for o in out if o["_si"] < r["_si"] and o["parties_iso3"] == r["parties_iso3"]
                   and o["sector"] == GENERAL and o["instrument"] == r["instrument"]
                   and o["evidence"]["rule"].endswith("unnamed-field") and _compatible(o["signed_on"], r["signed_on"])]
            if len(gen) == 1 and len({o.get("_instr_id") for o in out if o["_si"] < r["_si"]
                                      and o["parties_iso3"] == r["parties_iso3"] and o["instrument"] == r["instrument"]}) == 1:
                gen[0]["sector"] = r["sector"]
                dup = gen[0]
        if dup is None:
            out.append(r)
            continue
        if len(r["signed_on"] or "") > len(dup["signed_on"] or ""):
            dup["signed_on"] = r["signed_on"]
        if "count-claim" in dup["evidence"]["rule"] and "count-claim" not in r["evidence"]["rule"]:
            dup["instrument"] = r["instrument"]
    for r in out:
        r.pop("_si", None)
        r.pop("_instr_id", None)
        r.pop("_def", None)
        r.pop("_another", None)
        r.pop("_start", None)
        r.pop("_n", None)
        r.pop("_claim", None)
        r.pop("_claimed", None)
        r.pop("_name", None)
        r["signed_on"] = r["signed_on"] if r["signed_on"] else None
    return out, rejected


def _counted_after(o: dict, r: dict) -> bool:
    """'The presidents signed a Treaty on Strategic Partnership.' 'They then witnessed the signing of eight
    agreements, including ...': the counted instruments of a later signing told as a next step are not the
    earlier instrument of another type."""
    return "count-claim" in r["evidence"]["rule"] and r["_si"] > o["_si"] and o["instrument"] != r["instrument"] \
        and "count-claim" not in o["evidence"]["rule"] \
        and bool(re.search(r"\b(?:then|later|subsequently|afterwards|thereafter)\b|" + _MORE_SIGNED.pattern,
                           r["evidence"]["sentence"], re.I))


def _pair_only(text: str, ym, ctx: ArticleContext, year) -> bool:
    """'X's exports to Y rose ... under the 2022 free trade agreement': a year-named
    instrument with a common-noun name in a sentence whose only countries are the
    article's main pair is theirs (not 'the 2015 Paris agreement', 'the 1994 Uruguay
    Round agreement': a proper name in the instrument's name is another party or forum)."""
    if not ctx.main_pair:
        return False
    if re.search(r"\b[A-Z]", text[ym.end("y"):ym.end()]):
        return False
    isos = {cm.iso3 for cm in find_countries(text, year)}
    return isos == set(ctx.main_pair)


def _headline_indexes(sentences) -> set:
    """Headline-shaped sentences at the top of a page: no closing punctuation
    ('Ghana, Togo sign five pacts as ...'), before the first full sentence."""
    out = set()
    top = True
    for s in sentences:
        t = s.text.strip()
        letters = [c for c in t if c.isalpha()]
        if len(t.split()) >= 4 and letters and sum(c.isupper() for c in letters) >= 0.8 * len(letters) and \
                not re.search(r"[.!?…:;,]$", t):
            # a line in capitals is a headline wherever it stands ("CONSULAR ADVISORY: ..." above it on an
            # embassy page, or a subhead): it restates the body
            out.add(s.index)
            continue
        if re.search(r"[.!?…\"”’')\]]$", t) and len(t) > 60:
            top = False
        if top and t and not re.search(r"[.!?…\"”’')\]:;,]$", t):
            out.add(s.index)
    return out


def _month_compatible(a, b) -> bool:
    a = a.iso() if isinstance(a, PartialDate) else a
    b = b.iso() if isinstance(b, PartialDate) else b
    return _compatible(a[:7] if a else a, b[:7] if b else b)


def _persons_of_pair(text: str, people, ctx) -> bool:
    """Two named officials (e.g. 'Novak and Herrera') sign: the main pair, when
    no registered signer belongs to a third country."""
    if not ctx.main_pair:
        return False
    hits = [p for p in people if re.search(r"\b" + re.escape(p.surname) + r"\b", text)]
    if len(hits) < 2:
        return False
    return all(p.iso3 in (None, *ctx.main_pair) for p in hits)


def _compatible(a, b) -> bool:
    a = a.iso() if isinstance(a, PartialDate) else a
    b = b.iso() if isinstance(b, PartialDate) else b
    if not a or not b:
        return True
    n = min(len(a), len(b))
    return a[:n] == b[:n]


_NUMBER_START = re.compile(r"^(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|"
                           r"multiple|various|a number|a series|a variety)\b", re.I)


_PLURAL_INSTRUMENT = re.compile(r"\b(?:agreements|memoranda|memorandums|mous|pacts|protocols|treaties|documents|deals|accords|"
                                r"instruments|conventions|arrangements)\b", re.I)


# what follows an instrument's name in the sentence and is no part of it: its signing ("... was also signed by
# the ministers"), a relative clause, or when it happened ("... on Tuesday", "... in September")
_TITLE_TAIL = re.compile(r"\s+(?:(?:was|were|is|are|has|have|had)\s+(?:also\s+|been\s+|now\s+)*(?:signed|inked|concluded|"
                         r"initialled|exchanged|adopted)|(?:signed|inked|concluded)(?:\s+(?:by|between|with|in|on|at|during|last|earlier)\b.*)?$|"
                         r"(?:(?:in|of|under|by|to|with|for)\s+)?(?:that|which|whom|who|whereby))\b.*$", re.I)
_TITLE_ANAPHORA = re.compile(r"^(?:(?:the|an?)\s+)?(?:other|another|second|third|fourth|fifth|first|last|similar|separate|"
                             r"further|additional|new)\s+", re.I)
_SINGLE_INSTRUMENT = re.compile(r"\b(?:agreement|memorandum|mou|pact|protocol|treaty|accord|convention|arrangement|"
                                r"programme|program|plan|charter|declaration)\b", re.I)


def _without_trailing_dates(title: str) -> str:
    """The title without the date phrases it ends with ("... in Nairobi on Monday" -> "... in Nairobi")."""
    while True:
        ends = [d for d in find_dates(title, None) if not title[d.end:].strip(" ,.;")]
        if not ends:
            return title
        cut = re.sub(r"(?:\s+(?:on|in|at|of|during|from|since|last|this|earlier|later))*\s*$", "",
                     title[:ends[0].start])
        if cut == title or not cut.strip():
            return title
        title = cut


def _title(title: str, sector: str, instrument: str) -> str:
    """The article's phrase for this instrument, unless it names several at once
    ("six agreements on ..."): then "Agreement on mining", one title per row."""
    title = " ".join((title or "").split())
    title = re.split(r"[,;]\s", title, maxsplit=1)[0]  # the phrase, not the clause after it
    title = re.sub(r"^(?:a|an|the)\s+", "", title, flags=re.I)
    title = _TITLE_TAIL.sub("", _without_trailing_dates(_TITLE_TAIL.sub("", title)))
    title = re.sub(r"(?:[\s,;:.\-–—]+(?:and|or|as well as))*[\s,;:.\-–—]*$", "", title)
    # "the other on ...", "a second agreement", "a similar agreement": a title that only points at another one
    anaphoric = _TITLE_ANAPHORA.match(title)
    if anaphoric and re.match(r"(?:(?:the|an?)\s+)?[A-Z]\w*\s+[A-Z]", title):
        anaphoric = None  # "New Economic Partnership Agreement": a name in title case, not a pointer
    if anaphoric:
        title = title[anaphoric.end():]
    if (title and len(title) <= 80 and not _NUMBER_START.match(title) and not _PLURAL_INSTRUMENT.search(title)
            and re.search(r"\s", title) and (not anaphoric or _SINGLE_INSTRUMENT.search(title))):
        return title[0].upper() + title[1:]
    names = lexicon.load("sector_titles")
    return f"{names['instruments'].get(instrument, 'Instrument')} on {names['sectors'].get(sector, sector)}"


_NAME_KEY = re.compile(r"^((?:[A-Z][\w\-]*\s+)+(?:Agreement|Memorandum|Protocol|Treaty|Arrangement|Accord)"
                       r"(?:\s+of\s+(?:[A-Z]{0,3}\$|€|£)?\s?[\d.,]+\s*(?:million|billion|bn|m)?)?)")


def _name_key(title: str) -> str | None:
    """An instrument's own name, with the sum it is named by ('Contribution Agreement of CAD$20 million'), when it
    has one beyond the bare noun."""
    m = _NAME_KEY.match(title or "")
    return " ".join(m.group(1).split()).lower() if m and len(m.group(1).split()) >= 2 else None


def _row(parties, date, sector, instrument, title, s: Sentence, rule) -> dict:
    return {
        "parties_iso3": sorted(parties), "signed_on": date.iso() if isinstance(date, PartialDate) else date,
        "sector": sector, "instrument": instrument, "title": _title(title, sector, instrument),
        "evidence": Evidence(s.index, s.text, s.start, s.end, f"agreement:{rule}").as_dict(),
        "_si": s.index, "_name": _name_key(re.sub(r"^(?:an?|the)\s+", "", " ".join((title or "").split()), flags=re.I)),
    }


def _weekday_in_span(word: str, start: PartialDate, end: PartialDate) -> PartialDate | None:
    from loaders.resolve.dates import WEEKDAYS, add_days
    import datetime as dt
    wd = next((v for k, v in WEEKDAYS.items() if k in word.lower()), None)
    if wd is None:
        return None
    d = start
    for _ in range(0, 15):
        if dt.date(d.year, d.month, d.day).weekday() == wd:
            return d
        if (d.year, d.month, d.day) >= (end.year, end.month, end.day):
            break
        d = add_days(d, 1)
    return None


def _visit_signing_date(visit) -> PartialDate | None:
    start, end = visit
    if start is None:
        return None
    if start.day and end is not None and end.day and (start.year, start.month, start.day) == (end.year, end.month, end.day):
        return start
    if start.day and end is None:
        return PartialDate(start.year, start.month)
    if end is not None and (end.year, end.month) != (start.year, start.month):
        # a visit from 26 February to 1 March: a signing during it falls in either month
        return PartialDate(start.year) if end.year == start.year else None
    return start.to_month()


def _past_days(text: str, ref, ctx, skip_kinds=("span", "duration")) -> list:
    """The past days a sentence names outside its relative clauses ("X, who arrived on Monday, ...")."""
    rel = [(c.start(), c.end()) for c in re.finditer(r",\s*(?:who|which)\b[^,]*(?:,|$)", text)]
    return [d for d in find_dates(text, ref, ctx.years_mentioned) if d.value is not None and d.value.day
            and not d.future and d.kind not in skip_kinds and not any(a <= d.start < b for a, b in rel)]


def _one_day(days) -> PartialDate | None:
    return days[0].value if len({str(d.value) for d in days}) == 1 else None


def _day_of(text: str, ref, ctx) -> PartialDate | None:
    """The one day a sentence names outside its relative clauses, or None."""
    return _one_day(_past_days(text, ref, ctx))


def _within_visit(day: PartialDate, visit) -> bool:
    """False when the article's current visit is dated to whole days and the day falls outside it."""
    if not visit or visit[0] is None or not visit[0].day:
        return True
    start, end = visit
    if day.iso() < start.iso():
        return False
    return end is None or not end.day or day.iso() <= end.iso()


def _date_of_prior(sentences, si, noun, ref, ctx) -> PartialDate | None:
    stem = noun.lower().rstrip("s")
    for j in range(si - 1, max(-1, si - 9), -1):
        t = sentences[j].text
        pos = t.lower().find(stem)
        if pos >= 0:
            ds = _past_days(t, ref, ctx, skip_kinds=("span",))
            if ds:
                return min(ds, key=lambda d: abs(d.start - pos)).value
    # "X hosted his counterpart ... on Tuesday. Following the negotiations, the ministers
    # inked ...": the talks are the meeting reported last
    return _meeting_day(sentences, si, ref, ctx)


_MEETING = re.compile(r"\b(?:hosted|hosts|met|meets|received|receives|welcomed|welcomes|co-chaired|co-chairs|"
                      r"(?:was|were)\s+accorded\s+an?\s+(?:[\w\-]+\s+){0,2}welcome|"
                      r"held\s+(?:(?:[\w\-]+\s+){0,2}talks|an?\s+(?:[\w\-]+\s+){0,2}meeting|negotiations|"
                      r"consultations)|(?:talks|negotiations|consultations|meeting)\s+(?:with|between))\b", re.I)
# "In the presence of the two Presidents, the following documents were signed", "the two leaders
# witnessed the signing": a ceremony held at the leaders' meeting, on that meeting's day
_AT_MEETING = re.compile(r"\bin\s+(?:the|their)\s+presence\b|\bin\s+the\s+presence\s+of\b|\bwitness(?:ed|es)\s+the\s+signing\b", re.I)


def _meeting_day(sentences, si, ref, ctx, back: int = 8) -> PartialDate | None:
    """The day of the meeting reported last before sentence si, if that sentence names one day only."""
    for j in range(si - 1, max(-1, si - 1 - back), -1):
        t = sentences[j].text
        if not _MEETING.search(t):
            continue
        # "..., on the second day of a visit that began on Tuesday", "arrived at the airport on Tuesday
        # evening and was welcomed by ...": the visit's first day, not the meeting's
        days = [d for d in _past_days(t, ref, ctx)
                if not re.search(r"\b(?:began|begun|started|starting|beginning)\s+(?:on\s+)?$|"
                                 r"\b(?:arrived|arriving|landed|landing)\b[^,;:]{0,60}$", t[:d.start])]
        if days:
            return _one_day(days)
        # "X welcomed Y on the morning of May 8 ... The two presidents held a closed-door meeting": a
        # meeting told without its day is the one told before, on that day
    return None
