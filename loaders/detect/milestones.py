"""Milestones of a bilateral relationship, as facts of their own.

Four kinds, each read from one sentence that reports it as done:

- `relations_established`: "diplomatic relations between X and Y were
  established in 2004", "the two countries established diplomatic relations
  in 1964", "X and Y have had diplomatic relations since 1992", "the 60th
  anniversary of diplomatic relations" (dated by the anniversary's year, or
  the article's reference year, minus N);
- `embassy_opened`: "X opened an embassy in Y's capital", "the embassy of X in
  CITY was inaugurated in 2019";
- `consultations`: "they held their first political consultations in 2025",
  "the third round of political consultations took place in Baku";
- `joint_commission`: "the fifth session of their Joint Cooperation
  Commission", "co-chaired the ninth meeting of the ... Intergovernmental
  Council", "the joint commission met in Astana".

Precision first: the verb must be past (or the event named as having taken
place), and a plan ("plans to open an embassy", "will hold consultations next
year", "agreed to establish a joint commission", "to hold the next meeting")
is rejected with its reason. Parties: the two countries named in the sentence
(the "between X and Y" phrase first), or the article's main pair for "the two
countries", "both sides", "their", "they". The phrases live in
loaders/lexicon/milestones.json; nothing here is keyed to any article.
"""
from __future__ import annotations

import re
from functools import lru_cache

from loaders.lexicon import load
from loaders.model import ArticleContext, Evidence, Rejection, Sentence
from loaders.resolve.countries import find_countries
from loaders.resolve.dates import find_dates

KINDS = ("relations_established", "embassy_opened", "consultations", "joint_commission")

_ORD_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
    "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60, "seventieth": 70, "eightieth": 80,
    "ninetieth": 90, "hundredth": 100, "inaugural": 1,
}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
ORD = (r"(?:\d{1,3}(?:st|nd|rd|th)|(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[- ])?"
       r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|"
       + "|".join(k for k in _ORD_WORDS if k not in ("first", "second", "third", "fourth", "fifth", "sixth",
                                                      "seventh", "eighth", "ninth")) + ")")
_PRONOUN_PAIR = re.compile(
    r"\b(?:the two (?:countries|nations|states|sides|governments|republics|ministries|foreign ministries)|"
    r"both (?:countries|nations|states|sides|governments)|our two countries|their|they|them|bilateral|"
    r"the sides|each other)\b", re.I)
_CLAUSE_BREAK = re.compile(r"[;:]|,\s+(?:but|while|whereas|although)\b|\b(?:but|although|whereas)\b|\s[–—]\s")
_WORD_CHARS = r"[\w'’\-]"


def ordinal_value(text: str | None) -> int | None:
    if not text:
        return None
    t = text.lower().replace("-", " ").strip()
    m = re.fullmatch(r"(\d{1,3})(?:st|nd|rd|th)", t)
    if m:
        return int(m.group(1))
    parts = t.split()
    if len(parts) == 2 and parts[0] in _TENS and parts[1] in _ORD_WORDS:
        return _TENS[parts[0]] + _ORD_WORDS[parts[1]]
    return _ORD_WORDS.get(t)


_CARDINALS = {"five": 5, "ten": 10, "fifteen": 15, "twenty": 20, "twenty-five": 25, "thirty": 30, "forty": 40,
              "fifty": 50, "sixty": 60, "seventy": 70, "seventy-five": 75, "eighty": 80, "ninety": 90, "hundred": 100}


def cardinal_value(text: str | None) -> int | None:
    if not text:
        return None
    t = text.lower().strip()
    return int(t) if t.isdigit() else _CARDINALS.get(t)


def ordinal_text(n: int | None) -> str:
    if not n:
        return ""
    if 10 <= n % 100 <= 20:
        suf = "th"
    else:
        suf = {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf}"


def _alt(words) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def _rx():
    lex = load("milestones")
    r = lex["relations_established"]
    e = lex["embassy_opened"]
    c = lex["consultations"]
    j = lex["joint_commission"]
    aux = r"(?:were|was|have been|had been|has been|are|got)\s+(?:first\s+|officially\s+|formally\s+|only\s+|finally\s+)?"
    between = r"(?:\s+(?:between|of|with)\s+[^,.;]{1,80}?)?(?:\s*\([^)]{0,40}\))?"
    out = {}
    rel_noun = rf"(?:(?:{_alt(r['modifiers'])})\s+)*(?:{_alt(r['nouns'])})"
    out["rel_active"] = re.compile(
        rf"\b(?P<verb>{_alt(r['active'])})\s+(?:(?:the|their|its|a)\s+)?(?P<noun>{rel_noun})\b", re.I)
    out["rel_passive"] = re.compile(
        rf"\b(?P<noun>{_alt(r['nouns'])}){between}(?:,?\s+which)?,?\s+{aux}(?P<verb>{_alt(r['participles'])})\b", re.I)
    out["rel_since"] = re.compile(
        rf"\b(?P<verb>{_alt(r['since'])})\s+(?:(?:{_alt(r['modifiers'])})\s+)*(?P<noun>{_alt(r['nouns'])})"
        rf"{between}\s+(?:ever\s+)?since\s+(?:(?:the\s+)?(?:year\s+)?)(?P<year>1[789]\d\d|20\d\d)\b", re.I)
    out["rel_establishment"] = re.compile(
        rf"\b(?P<verb>{_alt(r['establishment'])})\s+(?:of\s+)?(?:(?:the|their|its)\s+)?(?P<noun>{rel_noun})"
        rf"{between}\s+(?:in|on)\s+(?:(?:\w+\s+){{0,2}})?(?P<year>1[789]\d\d|20\d\d)\b", re.I)
    out["rel_anniversary"] = re.compile(
        rf"\b(?P<ord>{ORD})\s+{r['anniversary']}\s+of\s+(?:the\s+)?(?:(?:{_alt(r['establishment'])})\s+of\s+)?"
        rf"(?:(?:the|their|our)\s+)?(?P<noun>{rel_noun})", re.I)
    out["rel_years"] = re.compile(
        rf"\b(?P<num>\d{{1,3}}|{_alt(_CARDINALS)})\s+years\s+of\s+(?:the\s+)?(?:(?:{_alt(r['establishment'])})\s+of\s+)?"
        rf"(?:(?:the|their|our)\s+)?(?P<noun>{rel_noun})", re.I)
    out["rel_participle"] = re.compile(
        rf"\b(?P<noun>{_alt(r['nouns'])}){between},\s+(?:(?:which|that)\s+(?:were|was)\s+)?"
        rf"(?:first\s+|formally\s+|officially\s+)?(?P<verb>{_alt(r['participles'])})\s+(?=(?:in|on|since)\b)", re.I)
    out["rel_marking"] = re.compile(r"\b(?:this year|marks?|marked|marking|celebrat\w*|commemorat\w*|observ\w*)\b", re.I)
    out["rel_restored"] = re.compile(rf"\b(?:{_alt(r['restored'])})\b", re.I)
    emb_noun = rf"(?:(?:{_alt(e['modifiers'])})\s+)*(?:{_alt(e['nouns'])})"
    out["emb_active"] = re.compile(
        rf"\b(?P<verb>{_alt(e['active'])})\s+(?:(?:its|an|a|the|their|her|his)\s+)?(?:(?:own|country's|nation's)\s+)?"
        rf"(?:(?-i:[A-Z][\w'’\-]+)\s+)?(?P<noun>{emb_noun})\b", re.I)
    out["emb_passive"] = re.compile(
        rf"\b(?P<noun>{_alt(e['nouns'])})(?:\s+(?:of|in|to)\s+[^,.;]{{1,80}}?)?(?:,?\s+which)?,?\s+"
        rf"(?:were|was|has been|have been|had been)\s+(?:officially\s+|formally\s+|first\s+)?(?P<verb>{_alt(e['participles'])})\b",
        re.I)
    con_noun = rf"(?:(?:{_alt(c['modifiers'])})\s+)*(?:{_alt(c['nouns'])})"
    out["con_active"] = re.compile(
        rf"\b(?P<verb>{_alt(c['active'])})\s+(?:(?:their|the|a|its|an|our)\s+)?(?:(?P<ord>{ORD})\s+)?"
        rf"(?:(?:round|session)\s+of\s+)?(?P<noun>{con_noun})\b", re.I)
    out["con_passive"] = re.compile(
        rf"\b(?:(?P<ord>{ORD})\s+)?(?P<noun>{con_noun}){between}(?:,?\s+which)?,?\s+"
        rf"(?:(?:were|was|have been|had been|has been)\s+)?(?P<verb>{_alt(c['participles'])})\b", re.I)
    # capitalised words stay case-sensitive inside the case-insensitive patterns: the
    # name before the body ("Kazakh-Hungarian") and its "on ..." tail ("on Economic Cooperation")
    body = rf"(?P<body>(?:(?-i:[A-Z][\w'’]*(?:-[A-Z][\w'’]*)*)\s+)*(?:{_alt(j['bodies'])})" \
           rf"(?:\s+(?:on|for)\s+(?-i:[A-Z][\w'’\-]*)(?:\s+(?-i:[A-Z][\w'’\-]*|and|of|the))*(?<!\band)(?<!\bof)(?<!\bthe))?)"
    out["jc_session"] = re.compile(
        _SESSION.format(ORD=ORD, sessions=_alt(j['sessions']), body=body), re.I)
    out["jc_body_acronym"] = re.compile(body + r"\s*\((?P<acr>(?-i:[A-Z][A-Z&]{1,7}))\)", re.I)
    out["jc_met"] = re.compile(_MET.format(body=body, met=_alt(j['met'])), re.I)
    out["jc_before"] = re.compile(rf"\b(?:{_alt(j['before'])})\s*$", re.I)
    out["jc_after"] = re.compile(rf"^[^.;]{{0,40}}?\b(?:{_alt(j['after'])})\b", re.I)
    out["future"] = re.compile(rf"\b(?:{_alt(lex['future'])})\b", re.I)
    out["future_after"] = re.compile(rf"^\W*(?:[\w'’\-]+\W+){{0,8}}?(?:{_alt(lex['future_after'])})\b", re.I)
    out["negation"] = re.compile(rf"(?:\b(?:{_alt(lex['negation'])})\b|n't\b)", re.I)
    return out


_SESSION = (r"(?P<pre>\b[\w\-]+(?:\s+[\w\-]+){{0,4}}\s+)?(?:the|their|its|a)\s+(?:(?P<ord>{ORD})\s+)?"
            r"(?:(?P<mod>regular|annual|plenary|extraordinary|joint|previous|last|latest|most recent|recent|next)\s+)?"
            r"(?P<sess>{sessions})\s+of\s+(?:the\s+|their\s+|its\s+)?{body}(?P<post>[^.;]{{0,80}})")
_MET = (r"\b(?:the|their|its)\s+(?:(?:two|both) (?:countries|nations|sides)['’]\s+)?{body}(?:\s+\([^)]{{0,20}}\))?\s+"
        r"(?:(?:last|first|also|finally|previously|recently)\s+)?(?P<verb>{met})\b")


@lru_cache(maxsize=256)
def _acronym_rx(acronyms: tuple[str, ...]):
    """Session/met patterns whose body is one of the article's commission acronyms ("the JPC")."""
    j = load("milestones")["joint_commission"]
    body = r"(?P<body>(?-i:" + "|".join(re.escape(a) for a in acronyms) + r"))\b"
    return {"jc_session": re.compile(_SESSION.format(ORD=ORD, sessions=_alt(j["sessions"]), body=body), re.I),
            "jc_met": re.compile(_MET.format(body=body, met=_alt(j["met"])), re.I)}


def _acronyms(sentences: list[Sentence]) -> dict[str, str]:
    """Commission acronyms the article defines: "Joint Permanent Commission (JPC)" -> {"JPC": name}."""
    out: dict[str, str] = {}
    rx = _rx()["jc_body_acronym"]
    for s in sentences:
        if "(" in (s.text or ""):
            for m in rx.finditer(s.text):
                out.setdefault(m.group("acr"), " ".join(m.group("body").split()))
    return out


def _clause_start(text: str, pos: int) -> int:
    start = 0
    for m in _CLAUSE_BREAK.finditer(text, 0, pos):
        start = m.end()
    return start


def _plan_or_denial(text: str, start: int, end: int) -> str | None:
    """Why the event at text[start:end] is not a done milestone, or None."""
    rx = _rx()
    window = text[_clause_start(text, start):start]
    for m in rx["future"].finditer(window):
        if m.group(0) == "May":  # the month, not the modal
            continue
        return f"a plan or intention ('{m.group(0)}'), not a milestone"
    m = rx["negation"].search(window)
    if m:
        return f"denied ('{m.group(0)}')"
    m = rx["future_after"].match(text[end:end + 80])
    if m:
        return "a future event, not a milestone"
    return None


def _distinct(mentions) -> list[str]:
    out: list[str] = []
    for cm in mentions:
        if cm.iso3 not in out:
            out.append(cm.iso3)
    return out


def _parties(text: str, ctx: ArticleContext, year: int | None, anchor: int,
             bilateral: bool = False, none_ok: bool = False) -> tuple[list[str] | None, str]:
    """Two ISO3 codes (sorted) for the sentence's milestone, and how they were found.

    `bilateral`: the event is bilateral by nature (a joint commission, political
    consultations), so a sentence naming at most one of the article's main pair
    is about that pair."""
    mentions = find_countries(text, year)
    # "between X and Y" after the anchor names the pair outright
    m = re.compile(r"\bbetween\s+(?:the\s+)?([^,.;]{2,80}?)\s+and\s+(?:the\s+)?([^,.;]{2,60})").search(text, anchor)
    if m:
        a = _distinct(find_countries(m.group(1), year))
        b = _distinct(find_countries(m.group(2), year))
        if len(a) == 1 and b and b[0] != a[0]:
            return sorted([a[0], b[0]]), "between X and Y"
    isos = _distinct(mentions)
    pair = list(ctx.main_pair) if ctx.main_pair else None
    if len(isos) == 2:
        return sorted(isos), "two countries named"
    if len(isos) > 2:
        if pair and all(p in isos for p in pair) and _PRONOUN_PAIR.search(text):
            return sorted(pair), "main pair among several countries"
        return None, "more than two countries named"
    if pair and (_PRONOUN_PAIR.search(text) or bilateral or (none_ok and not isos)) and all(i in pair for i in isos):
        return sorted(pair), "the article's main pair (the two countries)"
    if len(isos) == 1:
        return None, "only one country named"
    return None, "no countries"


def _pick_date(text: str, ctx: ArticleContext, anchor: int, after_only: bool = False) -> tuple[str | None, bool]:
    """(ISO date, is_future) for the event around `anchor`: the first date after it in
    the clause, else the nearest before it in the clause."""
    dms = [d for d in find_dates(text, ctx.reference, ctx.years_mentioned) if d.kind != "duration"]
    cstart = _clause_start(text, anchor)
    after = [d for d in dms if d.start >= anchor and not _CLAUSE_BREAK.search(text, anchor, d.start)]
    before = [d for d in dms if cstart <= d.start < anchor]
    cands = after[:1] or ([] if after_only else before[-1:])
    if not cands:
        # a leading date phrase of the sentence ("In 1992, ...", "On Tuesday, ...")
        lead = [d for d in dms if d.start < 12] if not after_only else []
        cands = lead[:1]
    if not cands:
        return None, False
    d = cands[0]
    if d.future:
        return None, True
    return (d.value.iso() if d.value else None), False


def _fact(kind, parties, date, summary, s: Sentence, rule, **extra) -> dict:
    f = {"parties_iso3": sorted(parties), "kind": kind, "date": date, "summary": summary}
    f.update({k: v for k, v in extra.items() if v is not None})
    f["evidence"] = Evidence(s.index, s.text, s.start, s.end, rule).as_dict()
    return f


def _names(parties) -> str:
    from loaders.resolve.countries import country_name
    return " and ".join(country_name(p) for p in sorted(parties))


def _year_of(ctx: ArticleContext) -> int | None:
    ref = ctx.reference or ctx.published
    return ref.year if ref else None


def _relations(s: Sentence, ctx: ArticleContext, facts, rejected) -> None:
    rx, t = _rx(), s.text
    year = _year_of(ctx)
    hits = []
    for rule in ("rel_passive", "rel_participle", "rel_active", "rel_since", "rel_establishment"):
        for m in rx[rule].finditer(t):
            hits.append((rule, m))
    anniv = list(rx["rel_anniversary"].finditer(t))
    if rx["rel_marking"].search(t):
        anniv += list(rx["rel_years"].finditer(t))
    if not hits and not anniv:
        return
    why_not = None
    for rule, m in sorted(hits, key=lambda h: h[1].start()):
        v0 = m.start("verb")
        v1 = m.end("verb")
        why = _plan_or_denial(t, min(m.start(), v0), v1)
        if why:
            why_not = why
            continue
        if rule in ("rel_since", "rel_establishment"):
            date, fut = m.group("year"), False
        else:
            date, fut = _pick_date(t, ctx, v1)
            if date is None and not fut:
                date, fut = _pick_date(t, ctx, m.start())
        if fut:
            why_not = "a future date, not a milestone"
            continue
        ref_year = _year_of(ctx)
        if date and ref_year and int(date[:4]) > ref_year:
            why_not = "dated after the article"
            continue
        parties, pwhy = _parties(t, ctx, int(date[:4]) if date else year, m.start(), none_ok=True)
        if not parties:
            why_not = f"no two country parties ({pwhy})"
            continue
        restored = bool(rx["rel_restored"].fullmatch(m.group("verb").split()[-1])) if rule in ("rel_active", "rel_passive") else False
        what = "restored" if restored else "established"
        summary = f"Diplomatic relations {what}" + (f" ({date})" if date else "")
        facts.append(_fact("relations_established", parties, date, summary, s, f"milestone:{rule}",
                           restored=True if restored else None))
        return
    for m in anniv:
        why = _plan_or_denial(t, m.start(), m.end())
        if why and "'next'" not in why and "'upcoming'" not in why:
            why_not = why
            continue
        years_form = "num" in m.groupdict()
        n = cardinal_value(m.group("num")) if years_form else ordinal_value(m.group("ord"))
        if not n:
            continue
        dms = [d for d in find_dates(t, ctx.reference, ctx.years_mentioned) if d.value is not None and d.kind == "year"]
        marked = None
        if dms:
            marked = dms[0].value.year
        elif ctx.reference is not None and rx["rel_marking"].search(t):
            marked = ctx.reference.year
        if why and marked is not None:
            marked += 1  # "next year marks the 60th anniversary"
        date = str(marked - n) if marked else None
        parties, pwhy = _parties(t, ctx, int(date) if date else year, m.start(), none_ok=True)
        if not parties:
            why_not = f"no two country parties ({pwhy})"
            continue
        summary = "Diplomatic relations established" + (f" ({date}; {ordinal_text(n)} anniversary in {marked})"
                                                       if date else f" ({ordinal_text(n)} anniversary mentioned)")
        facts.append(_fact("relations_established", parties, date, summary, s, "milestone:rel_anniversary",
                           anniversary=n))
        return
    if why_not:
        rejected.append(Rejection(s.index, t, "milestone", f"relations established: {why_not}"))


def _embassy(s: Sentence, ctx: ArticleContext, facts, rejected) -> None:
    rx, t = _rx(), s.text
    hits = [(r, m) for r in ("emb_passive", "emb_active") for m in rx[r].finditer(t)]
    if not hits:
        return
    why_not = None
    year = _year_of(ctx)
    for rule, m in sorted(hits, key=lambda h: h[1].start()):
        v0, v1 = m.start("verb"), m.end("verb")
        why = _plan_or_denial(t, min(m.start(), v0), v1)
        if why:
            why_not = why
            continue
        # the embassy must be located ("in CITY/COUNTRY") or its owner named near it
        tail = t[m.end():m.end() + 120]
        head = t[max(0, m.start() - 120):m.start()]
        date, fut = _pick_date(t, ctx, v1)
        if fut:
            why_not = "a future date, not a milestone"
            continue
        parties, pwhy = _parties(t, ctx, int(date[:4]) if date else year, m.start())
        if not parties:
            why_not = f"no two country parties ({pwhy})"
            continue
        host = None
        loc = re.search(r"\b(?:in|to)\s+(?:the\s+)?([A-Z][^,.;]{1,60})", t[m.start():m.end() + 80])
        if loc:
            found = [cm.iso3 for cm in find_countries(loc.group(1), year) if cm.iso3 in parties]
            host = found[0] if found else None
        if host is None:
            # "X's embassy in ...", "the embassy of X" name the owner; the host is the other
            own = re.search(r"(?:embassy|embassies|mission)\s+of\s+(?:the\s+)?([A-Z][^,.;]{1,40})", t[m.start():m.end() + 60], re.I)
            owners = [cm.iso3 for cm in find_countries(own.group(1), year) if cm.iso3 in parties] if own else []
            if owners:
                host = [p for p in parties if p != owners[0]][0]
        if host is None and not re.search(r"\b(?:in|to)\s", tail[:40] + " " + t[m.start():m.end()]):
            if not any(cm.iso3 in parties for cm in find_countries(head + t[m.start():m.end()], year)):
                why_not = "the embassy is neither located nor owned by a named country"
                continue
        from loaders.resolve.countries import country_name
        if host:
            owner = [p for p in parties if p != host][0]
            summary = f"Embassy of {country_name(owner)} opened in {country_name(host)}"
        else:
            owner = None
            summary = f"Embassy opened ({_names(parties)})"
        if date:
            summary += f" ({date})"
        facts.append(_fact("embassy_opened", parties, date, summary, s, f"milestone:{rule}",
                           by_iso3=owner, host_iso3=host))
        return
    if why_not:
        rejected.append(Rejection(s.index, t, "milestone", f"embassy opened: {why_not}"))


def _consultations(s: Sentence, ctx: ArticleContext, facts, rejected) -> None:
    rx, t = _rx(), s.text
    hits = [(r, m) for r in ("con_active", "con_passive") for m in rx[r].finditer(t)]
    if not hits:
        return
    why_not = None
    year = _year_of(ctx)
    for rule, m in sorted(hits, key=lambda h: h[1].start()):
        v0, v1 = m.start("verb"), m.end("verb")
        why = _plan_or_denial(t, min(m.start(), v0), max(v1, m.end()))
        if why:
            why_not = why
            continue
        date, fut = _pick_date(t, ctx, max(v1, m.end("noun")))
        if fut:
            why_not = "a future date, not a milestone"
            continue
        parties, pwhy = _parties(t, ctx, int(date[:4]) if date else year, m.start(), bilateral=True)
        if not parties:
            why_not = f"no two country parties ({pwhy})"
            continue
        n = ordinal_value(m.group("ord")) if m.group("ord") else None
        rnd = re.search(rf"\b(?:(?P<ord>{ORD})\s+)?rounds?\s+of\b", m.group(0), re.I)
        if n is None and rnd and rnd.group("ord"):
            n = ordinal_value(rnd.group("ord"))
        label = (f"{ordinal_text(n)} " if n and n > 1 else ("first " if n == 1 else "")) + \
            ("round of " if rnd else "") + ("political consultations" if "political" in m.group("noun").lower()
                                             or not rnd else "consultations")
        summary = label[0].upper() + label[1:] + (f" ({date})" if date else "")
        facts.append(_fact("consultations", parties, date, summary, s, f"milestone:{rule}", ordinal=n))
        return
    if why_not:
        rejected.append(Rejection(s.index, t, "milestone", f"consultations: {why_not}"))


def _joint_commission(s: Sentence, ctx: ArticleContext, facts, rejected,
                      acronyms: dict[str, str] | None = None) -> None:
    rx, t = _rx(), s.text
    year = _year_of(ctx)
    why_not = None
    cands = []
    sets = [rx]
    if acronyms:
        sets.append(_acronym_rx(tuple(sorted(acronyms))))
    for pats in sets:
        for m in pats["jc_session"].finditer(t):
            pre = (m.group("pre") or "")
            done = bool(rx["jc_before"].search(pre)) or bool(rx["jc_after"].match(m.group("post") or ""))
            cands.append(("jc_session", m, m.start("sess") - 4 if m.group("pre") else m.start(), done))
        for m in pats["jc_met"].finditer(t):
            cands.append(("jc_met", m, m.start(), True))
    if not cands:
        return
    for rule, m, anchor, done in cands:
        body = " ".join(m.group("body").split())
        body = (acronyms or {}).get(body, body)
        if not done:
            why_not = f"a meeting of the {body} not said to have taken place"
            continue
        end = m.end("body")
        why = _plan_or_denial(t, max(0, m.start("body") - 60) if rule == "jc_session" else m.start(), end)
        if why is None and rule == "jc_session":
            why = _plan_or_denial(t, m.start("sess"), end)
        if why:
            why_not = why
            continue
        date, fut = _pick_date(t, ctx, end)
        if fut:
            why_not = "a future date, not a milestone"
            continue
        parties, pwhy = _parties(t, ctx, int(date[:4]) if date else year, 0, bilateral=True)
        if not parties:
            why_not = f"no two country parties ({pwhy})"
            continue
        n = ordinal_value(m.group("ord")) if "ord" in m.groupdict() and m.group("ord") else None
        sess = m.group("sess").lower() if "sess" in m.groupdict() and m.group("sess") else "meeting"
        if rule == "jc_met":
            summary = f"{body[0].upper()}{body[1:]} met"
        else:
            summary = (f"{ordinal_text(n)} {sess} of the {body}" if n else f"{sess.capitalize()} of the {body}")
        if date:
            summary += f" ({date})"
        previous = rule == "jc_session" and (m.group("mod") or "").lower() == "previous"
        facts.append(_fact("joint_commission", parties, date, summary, s, f"milestone:{rule}", ordinal=n, body=body,
                           _previous=True if previous else None))
        return
    if why_not:
        rejected.append(Rejection(s.index, t, "milestone", f"joint commission: {why_not}"))


_QUICK = re.compile(r"diplomatic|embass|consultation|commission|council|committee|mission", re.I)


def detect_milestones(sentences: list[Sentence], ctx: ArticleContext) -> tuple[list[dict], list[Rejection]]:
    """Milestone facts (see the module docstring) and the sentences rejected, with why."""
    facts: list[dict] = []
    rejected: list[Rejection] = []
    acronyms = _acronyms(sentences)
    acr_rx = re.compile(r"\b(?:" + "|".join(re.escape(a) for a in acronyms) + r")\b") if acronyms else None
    for s in sentences:
        if not _QUICK.search(s.text or "") and not (acr_rx and acr_rx.search(s.text or "")):
            continue
        for fn in (_relations, _embassy, _consultations, _joint_commission):
            try:
                if fn is _joint_commission:
                    fn(s, ctx, facts, rejected, acronyms)
                else:
                    fn(s, ctx, facts, rejected)
            except Exception as exc:  # one sentence never costs the article
                rejected.append(Rejection(s.index, s.text, "milestone", f"not understood ({exc!r})"))
    _number_previous_sessions(facts)
    return _one_per_event(facts), rejected


def _number_previous_sessions(facts: list[dict]) -> None:
    """'the previous session of the JPC' in an article about its sixth session is the fifth."""
    for f in facts:
        if not f.pop("_previous", None):
            continue
        current = [g.get("ordinal") for g in facts if g is not f and g["kind"] == f["kind"]
                   and g["parties_iso3"] == f["parties_iso3"] and g.get("ordinal") and not g.get("_previous")]
        if len(set(current)) == 1 and current[0] > 1:
            f["ordinal"] = current[0] - 1
            f["summary"] = f"{ordinal_text(f['ordinal'])} session of the {f.get('body')}" + \
                (f" ({f['date']})" if f.get("date") else "")
        else:
            f["previous"] = True   # an earlier session: never the same event as the article's own


def _one_per_event(facts: list[dict]) -> list[dict]:
    """An article that tells one milestone twice gives one fact (the more precise date)."""
    out: list[dict] = []
    for f in facts:
        for i, g in enumerate(out):
            same = (g["parties_iso3"] == f["parties_iso3"] and g["kind"] == f["kind"]
                    and not g.get("previous") and not f.get("previous")
                    and (not g.get("date") or not f.get("date") or
                         str(g["date"])[:len(str(f["date"]))] == str(f["date"])[:len(str(g["date"]))])
                    and (g.get("ordinal") is None or f.get("ordinal") is None or g["ordinal"] == f["ordinal"]))
            if same:
                if len(str(f.get("date") or "")) > len(str(g.get("date") or "")):
                    out[i] = f
                break
        else:
            out.append(f)
    return out


def milestones_of(article) -> list[dict]:
    """The milestones of one RawArticle, read as loaders.pipeline.extract reads it
    (clean, sentences, context, body without the title) but running only this
    detector: what a schema-1 database needs for the articles it already holds."""
    from loaders.clean import clean
    from loaders.pipeline import build_context
    from loaders.sentences import split_sentences
    text = article.text or ""
    segments = clean(text)
    sentences = split_sentences(text, segments)
    title_ranges = [(sg.start, sg.end) for sg in segments if sg.kind == "title"]
    title_idx = {s.index for s in sentences if any(a <= s.start < b for a, b in title_ranges)}
    ctx = build_context(article, segments, sentences, title_idx)
    facts, _ = detect_milestones([s for s in sentences if s.index not in title_idx], ctx)
    return facts
