"""Find country mentions in text: names, official names, short forms,
demonyms, capitals/major cities and government-seat metonyms -> ISO3.

`find_countries(text, year=None)` returns CountryMention objects whose offsets
are relative to `text`.  Matching is case-sensitive on word boundaries (plus
an all-capitals form of names of four letters or more, for wire headlines);
longer surfaces win over shorter ones ("Papua New Guinea" over "Guinea",
"South African" over "African").  With `year` before 1992, Russia/Moscow stand
for the Soviet Union (SUN).
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from loaders.lexicon import countries as _lex
from loaders.model import CountryMention

# Words that make a following/preceding demonym or name not a country
# reference: "Trans-Afghan railway", "Pan-African", "Indian Ocean".
_PREFIX_BLOCK = re.compile(r"(?:Trans|Pan|Anti|Pro|Non|Sub|Afro|Euro)-$", re.I)


@lru_cache(maxsize=4096)
def _fold_char(c: str) -> str:
    base = unicodedata.normalize("NFD", c)[0]
    return base if base.isascii() and base.isalpha() else c


def fold_accents(text: str) -> str:
    """The text with accented Latin letters as their base letters, one for one ("Malé" ->
    "Male", "Rīga" -> "Riga"), so offsets stay those of the text: the lexicon need not list
    every spelling a page may use."""
    if text.isascii():
        return text
    return "".join(c if c.isascii() else _fold_char(c) for c in text)


@lru_cache(maxsize=1)
def _table():
    lex = _lex()
    surfaces: dict[str, tuple[str, str]] = {}  # surface -> (iso3, via)
    raw: set[str] = set()  # the spellings the lexicon gives
    accented = {fold_accents(a): a for a in lex.get("accent_required") or []}

    def add(surface, iso, via):
        if not surface or len(surface) < 2:
            return
        raw.add(surface)
        surface = fold_accents(surface)
        surfaces.setdefault(surface, (iso, via))
        if len(surface) >= 4 and surface.upper() != surface:
            surfaces.setdefault(surface.upper(), (iso, via))

    for c in lex["countries"]:
        iso = c["iso3"]
        add(c["name"], iso, "name")
        for a in c.get("aliases") or []:
            add(a, iso, "alias")
        for d in c.get("demonyms") or []:
            add(d, iso, "demonym")
        for i, city in enumerate(c.get("cities") or []):
            add(city, iso, "capital" if i == 0 else "city")
    for a, iso in (lex.get("agencies") or {}).items():
        add(a, iso, "agency")
    names = sorted(surfaces, key=len, reverse=True)
    alt = "|".join(re.escape(n) for n in names)
    # demonym plurals ("Nigerians", "Saudis") and possessives are allowed
    # A match starts with one of the surfaces' first characters: checking that
    # first rejects most positions before the long alternation is tried.
    first = "".join(sorted({re.escape(n[0]) for n in names}))
    rx = re.compile(r"(?=[" + first + r"])(?<![\w])(" + alt + r")(?:s)?(?=$|[^\w]|['’]s\b)")
    block = sorted(lex.get("not_countries") or [], key=len, reverse=True)
    block_rx = re.compile(r"\b(" + "|".join(re.escape(b) for b in block) + r")\b") if block else None
    canon = {c["iso3"]: c["name"] for c in lex["countries"]}
    remap = (lex.get("historic_remap") or {}).get("before_1992") or {}
    return surfaces, rx, block_rx, canon, remap, raw, accented


def find_countries(text: str, year: int | None = None) -> list[CountryMention]:
    """All country mentions in `text`, left to right, non-overlapping."""
    if not text:
        return []
    # the detectors ask about the same sentences and phrases many times over
    return list(_find_countries_cached(text, None if year is None else 1991 if year < 1992 else 1992))


@lru_cache(maxsize=32768)
def _find_countries_cached(text: str, year: int | None) -> tuple[CountryMention, ...]:
    return tuple(_find_countries(text, year))


def _find_countries(text: str, year: int | None = None) -> list[CountryMention]:
    surfaces, rx, block_rx, canon, remap, raw, accented = _table()
    original = text
    text = fold_accents(text)
    if re.search(r"\b[A-Z]{4,}\s+[A-Z][a-z]", text):
        # a newspaper lead in capitals: "PAPUA New Guinea and Australia ..." (same length, same offsets)
        text = re.sub(r"\b[A-Z]{4,}\b(?=\s+[A-Z][a-z])", lambda m: m.group(0).title(), text)
    blocked: list[tuple[int, int]] = []
    if block_rx is not None:
        blocked = [(m.start(), m.end()) for m in block_rx.finditer(text)]
    out: list[CountryMention] = []
    for m in rx.finditer(text):
        surface = m.group(1)
        iso, via = surfaces[surface]
        s, e = m.start(1), m.end(1)
        whole = m.group(0)
        if whole != surface:  # plural "s": only demonyms take it
            if via != "demonym":
                # the plural form matched but the bare surface is a name:
                # accept the bare surface only when followed by a non-letter
                continue
        if any(bs <= s < be for bs, be in blocked):
            continue
        if _PREFIX_BLOCK.search(text[max(0, s - 6):s]):
            continue
        if surface in ("US", "U.S.") and via == "alias":
            # "US" must not be the pronoun in an all-capitals headline
            if text[max(0, s - 1):s].isalpha():
                continue
            if text[e:e + 1] == "$" or text[max(0, s - 1):s] == "$":
                continue  # "US$ 12 million", "$US": a currency, not the country
        if surface in accented and original[s:e] not in (accented[surface], accented[surface].upper()):
            continue  # "Male" is a word; only "Malé" is the Maldives' capital
        if via in ("city", "capital") and original[s:e] not in raw and re.match(r"[ \t]+[A-Z]", text[e:]):
            continue  # "Sofía Osei": an accented spelling the lexicon lacks, before a name, is a first name
        if via == "city" and re.match(r"[ \t]+(?:da|de|do|dos|das|van|von|bin|binti)[ \t]+[A-Z]", text[e:]) and \
                re.search(r"(?:,|\b(?:Minister|President|Ambassador|Secretary|Mr|Mrs|Ms|Dr)\.?)[ \t]*$", text[max(0, s - 40):s]):
            continue  # "the Minister of Foreign Affairs, Adelaide da Costa Pinto": a first name before a family name
        if via in ("city", "capital"):
            nxt = re.match(r"[ \t]+([A-Z][\w]*(?:[ \t]+[A-Z][\w]*)?)", text[e:])
            if nxt and any(surfaces.get(w, ("", ""))[1] in ("name", "alias") and surfaces[w][0] != iso
                           for w in (nxt.group(1), nxt.group(1).split()[0])):
                continue  # a stock exchange named "<Turkish city> Malaysia": a city word inside another country's proper name
        if year is not None and year < 1992 and iso in remap:
            iso = remap[iso]
        out.append(CountryMention(iso3=iso, name=canon.get(iso, iso), start=s,
                                  end=s + len(whole), via=via, surface=original[s:e]))
    # "West and East Germany", "North and South Korea": the first of two states named with one shared noun
    for m in _SHARED_NOUN.finditer(text):
        hit = surfaces.get(f"{m.group('a')} {m.group('noun')}")
        if hit and hit[1] in ("name", "alias") and not any(c.start <= m.start() < c.end for c in out):
            iso = remap[hit[0]] if year is not None and year < 1992 and hit[0] in remap else hit[0]
            out.append(CountryMention(iso3=iso, name=canon.get(iso, iso), start=m.start("a"), end=m.end("a"),
                                      via="name", surface=original[m.start("a"):m.end("a")]))
    return sorted(out, key=lambda c: c.start)


_SHARED_NOUN = re.compile(r"\b(?P<a>West|East|North|South)\s+and\s+(?:West|East|North|South)\s+(?P<noun>Germany|Korea|Yemen|Vietnam|Sudan)\b")


def iso3_of(surface: str) -> str | None:
    """ISO3 for an exact surface form (name, alias, demonym, city), or None."""
    surfaces = _table()[0]
    hit = surfaces.get(fold_accents(surface))
    return hit[0] if hit else None


def country_name(iso3: str) -> str:
    return _table()[3].get(iso3, iso3)
