"""Lexicon tables (JSON data files beside this module), loaded once and cached."""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

_HERE = Path(__file__).resolve().parent


@lru_cache(maxsize=None)
def load(name: str) -> dict:
    """Load loaders/lexicon/NAME.json (cached)."""
    with open(_HERE / f"{name}.json", encoding="utf-8") as fh:
        return json.load(fh)


def countries() -> dict:
    return load("countries")


def sectors() -> dict:
    return load("sectors")


def verbs() -> dict:
    return load("verbs")


def roles() -> dict:
    return load("roles")


@lru_cache(maxsize=None)
def country_names() -> dict[str, str]:
    """ISO3 -> canonical short name."""
    return {c["iso3"]: c["name"] for c in countries()["countries"]}


@lru_cache(maxsize=None)
def city_index() -> dict[str, str]:
    """City (capital or major city) surface form -> ISO3."""
    out: dict[str, str] = {}
    for c in countries()["countries"]:
        for city in c.get("cities") or []:
            out.setdefault(city, c["iso3"])
    return out
