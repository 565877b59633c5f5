"""Names for codes: ISO3 → country name, sector id → label, country word → ISO3.

The lexicons live with the loaders (they are what extraction reads); the store
only borrows them to label rows and to understand `country:` filters.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path


@lru_cache(maxsize=None)
def _country_names() -> dict[str, str]:
    try:
        from loaders.lexicon import country_names
        return dict(country_names())
    except Exception:  # a broken lexicon must not stop the store from opening
        return {}


def country_name(iso3: str | None) -> str | None:
    if not iso3:
        return None
    return _country_names().get(iso3, iso3)


@lru_cache(maxsize=None)
def taxonomy() -> dict[str, str]:
    """Sector id → description, from the fixed taxonomy."""
    data = json.loads((Path(__file__).with_name("sector_taxonomy.json")).read_text(encoding="utf-8"))
    return dict(data["sectors"])


def sector_label(sector: str | None) -> str:
    if not sector:
        return ""
    return taxonomy().get(sector, sector.replace("_", " "))


@lru_cache(maxsize=4096)
def country_codes(text: str) -> tuple[str, ...]:
    """ISO3 codes a filter word names ("kazakh", "Kigali", "rwanda")."""
    try:
        from loaders.resolve.countries import find_countries
    except Exception:
        return ()
    out: list[str] = []
    for candidate in (text, text.title(), text.capitalize()):
        try:
            for m in find_countries(candidate):
                if m.iso3 not in out:
                    out.append(m.iso3)
        except Exception:
            continue
        if out:
            break
    return tuple(out)


def country_code(text: str | None) -> str | None:
    """The ISO3 code of the country a word names ("RWA", "rwanda", "Kazakh"), or None."""
    text = (text or "").strip().strip('"').strip()
    if not text:
        return None
    if text.upper() in _country_names():
        return text.upper()
    codes = country_codes(text)
    return codes[0] if codes else None
