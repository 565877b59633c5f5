"""Filter text → parameterised SQL plus a human description.

Modelled on Datasette's filters.py: the user's text never becomes SQL. Each
token is either a free word (searched in the view's FTS5 index, as a quoted
prefix term so FTS syntax in it is inert) or a `field:value` filter whose SQL
is fixed here and whose value is always a bound parameter.

    mining country:kazakhstan year:2020..2025 -kind:working "air services"

With a focus country (`parse_filter(..., focus=...)`), `partner:X` keeps the
rows whose other country (the `partner` column the store computes) is X;
without one it is ignored and `describe()` says why, as for any term the
parser cannot use.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

# Field filters each view understands: name -> (kind, columns).
#   eq      case-insensitive equality on any of the columns
#   like    case-insensitive substring on any of the columns
#   country ISO3 equality, or a name prefix, on any of the columns
#   year    the `year` column: 2025, 2020..2025, >2020, <2020
#   article a source article's name contains the value
#   text    a source sentence contains the value (free words search the row itself)
_COMMON = {"year": ("year", ["year"]), "article": ("article", []), "text": ("text", []),
           "disputed": ("flag", ["disputed"])}
FIELDS: dict[str, dict[str, tuple[str, list[str]]]] = {
    "visits": {
        "country": ("country", ["visitor_iso3", "host_iso3", "visitor_country", "host_country"]),
        "from": ("country", ["visitor_iso3", "visitor_country"]),
        "to": ("country", ["host_iso3", "host_country"]),
        "visitor": ("like", ["visitor"]),
        "role": ("like", ["visitor_role"]),
        "city": ("like", ["city"]),
        "kind": ("eq", ["kind"]),
        **_COMMON,
    },
    "agreements": {
        "country": ("country", ["party_a_iso3", "party_b_iso3", "party_a", "party_b"]),
        "sector": ("sector", ["sector"]),
        "instrument": ("eq", ["instrument"]),
        "title": ("like", ["title"]),
        **_COMMON,
    },
    "trade": {
        "country": ("country", ["exporter_iso3", "importer_iso3", "exporter", "importer"]),
        "exporter": ("country", ["exporter_iso3", "exporter"]),
        "importer": ("country", ["importer_iso3", "importer"]),
        "flow": ("eq", ["flow"]),
        "metric": ("eq", ["metric"]),
        "unit": ("eq", ["unit"]),
        "products": ("like", ["products"]),
        **_COMMON,
    },
    "milestones": {
        "country": ("country", ["party_a_iso3", "party_b_iso3", "party_a", "party_b"]),
        "kind": ("eq", ["kind"]),
        **_COMMON,
    },
    "relations": {
        "country": ("country", ["a_iso3", "b_iso3", "a", "b"]),
        "pair": ("like", ["pair"]),
        "sector": ("like", ["agreements_by_sector"]),
        "year": ("yearspan", ["first_year", "last_year"]),   # the pair's first..last contact overlaps those years
        "article": ("like", ["articles"]),
        "disputed": ("flag", ["disputed"]),
    },
}
# The two sides of a row, for a focus country's partner: (focus side ISO3, other
# side ISO3, other side name). The store's `partner` column and `partner:` use these.
PARTNER_SIDES: dict[str, list[tuple[str, str, str]]] = {
    "visits": [("visitor_iso3", "host_iso3", "host_country"), ("host_iso3", "visitor_iso3", "visitor_country")],
    "agreements": [("party_a_iso3", "party_b_iso3", "party_b"), ("party_b_iso3", "party_a_iso3", "party_a")],
    "milestones": [("party_a_iso3", "party_b_iso3", "party_b"), ("party_b_iso3", "party_a_iso3", "party_a")],
    "trade": [("exporter_iso3", "importer_iso3", "importer"), ("importer_iso3", "exporter_iso3", "exporter")],
    "relations": [("a_iso3", "b_iso3", "b"), ("b_iso3", "a_iso3", "a")],
}
for _view in PARTNER_SIDES:
    FIELDS[_view]["partner"] = ("partner", [])

ALIASES = {"countries": "country", "party": "country", "sectors": "sector", "type": "kind",
           "years": "year", "source": "article", "from_country": "from", "host": "to",
           "sentence": "text"}

_TOKEN = re.compile(r'(-?)(?:([A-Za-z_]+):)?(?:"([^"]*)"?|(\S+))')
_WORD = re.compile(r"[^\W_]+", re.UNICODE)  # what FTS5 unicode61 calls a token: "_" separates


@dataclass
class Clause:
    sql: str
    params: list
    text: str        # for the description
    field: str = ""  # "" for free words
    fts: str | None = None  # a free-word clause's FTS5 match expression


# More terms than any filter bar holds; past this SQLite's expression depth (1000)
# would be reached by a pasted paragraph, so the rest is ignored (and said so).
MAX_CLAUSES = 100
MAX_NOTES = 3   # ignored terms named in the description; the rest are counted


@dataclass
class ParsedFilter:
    clauses: list[Clause] = field(default_factory=list)
    truncated: bool = False  # terms past MAX_CLAUSES were ignored
    ignored: list[str] = field(default_factory=list)  # terms that could not apply, each with its reason

    def where(self, skip_field: str | None = None) -> tuple[str, list]:
        parts, params = [], []
        for c in self.clauses:
            if skip_field and c.field == skip_field:
                continue
            parts.append(c.sql)
            params.extend(c.params)
        return (" and ".join(parts) or "1"), params

    def describe(self) -> str:
        notes = list(dict.fromkeys(self.ignored))[:MAX_NOTES]
        if len(self.ignored) > len(notes):
            notes.append(f"{len(self.ignored) - len(notes)} more terms ignored")
        if self.truncated:
            notes.append(f"terms after the first {MAX_CLAUSES} ignored")
        tail = f" ({'; '.join(notes)})" if notes else ""
        if not self.clauses:
            return "all rows" + tail
        return " and ".join(c.text for c in self.clauses) + tail

    def fts_match(self) -> str | None:
        """When the filter is free words only (none negated): one FTS5 expression
        matching exactly its rows, so a count needs only the FTS index."""
        if not self.clauses or any(c.fts is None for c in self.clauses):
            return None
        return " ".join(c.fts for c in self.clauses)

    def fields(self) -> set[str]:
        return {c.field for c in self.clauses if c.field}


def parse_filter(view: str, text: str, country_codes=None, focus: str | None = None,
                 focus_iso3: str | None = None) -> ParsedFilter:
    """Parse the filter bar's text for one view. Never raises on any text.

    `country_codes(value) -> list[str]` maps a country word ("kazakh",
    "Kigali") to ISO3 codes; the store passes the loaders' resolver.
    `focus`: the focus country as given ("RWA", "rwanda"), `focus_iso3` its
    code (None when it names no country): what `partner:` is relative to.
    """
    fields = FIELDS[view]
    parsed = ParsedFilter()
    fts_table = f"{view}_fts"
    for m in _TOKEN.finditer(text or ""):
        if len(parsed.clauses) + len(parsed.ignored) >= MAX_CLAUSES:
            parsed.truncated = True
            break
        neg, name, quoted, bare = m.group(1) == "-", (m.group(2) or "").lower(), m.group(3), m.group(4)
        value = quoted if quoted is not None else (bare or "")
        name = ALIASES.get(name, name)
        if name and name not in fields:
            # Unknown field: search its words like free text rather than fail.
            value, name = f"{name} {value}", ""
        if name:
            value = value.strip()
            if not value:
                continue
            if name == "partner":
                clause, why = _partner_clause(view, value, country_codes, focus, focus_iso3)
                if clause is None:
                    parsed.ignored.append(f"{'-' if neg else ''}partner:{value} ignored: {why}")
                    continue
            else:
                clause = _field_clause(view, name, value, fields[name], country_codes)
            if clause is None:
                continue
        else:
            words = _WORD.findall(value)
            if not words:
                continue  # punctuation, quotes, operators alone: nothing to search
            if len(words) > MAX_CLAUSES:
                words, parsed.truncated = words[:MAX_CLAUSES], True
            # Each word a quoted prefix term: FTS5 syntax in the text is inert.
            match = " ".join('"' + w.replace('"', '""') + '"*' for w in words)
            label = " ".join(words)
            clause = Clause(f"{view}.id in (select rowid from [{fts_table}] where [{fts_table}] match ?)",
                            [match], f"'{label}' anywhere", fts=match)
        if neg:
            clause = Clause(f"not ({clause.sql})", clause.params, f"not {clause.text}", clause.field)
        parsed.clauses.append(clause)
    return parsed


def _field_clause(view, name, value, spec, country_codes) -> Clause | None:
    kind, cols = spec
    if kind == "eq":
        sql = " or ".join(f"lower({c}) = lower(?)" for c in cols)
        return Clause(f"({sql})", [value] * len(cols), f"{name} is {value}", name)
    if kind == "like":
        sql = " or ".join(f"{c} like ? escape '\\'" for c in cols)
        return Clause(f"({sql})", [f"%{_escape_like(value)}%"] * len(cols), f"{name} contains '{value}'", name)
    if kind == "sector":
        # Sector ids (science_technology) or the start of one (science).
        key = value.lower().replace(" ", "_").replace("-", "_")
        return Clause("(sector = ? or sector like ? escape '\\')", [key, f"{_escape_like(key)}%"],
                      f"sector is {key}", name)
    if kind == "flag":
        on = value.lower() in ("1", "yes", "true", "y")
        return Clause(f"({cols[0]} = ?)", [1 if on else 0], "disputed" if on else "not disputed", name)
    if kind == "year":
        return _year_clause(value, name)
    if kind == "yearspan":
        c = _year_clause(value, name)
        if c is None:
            return None
        lo_col, hi_col = cols
        if "between" in c.sql:   # the spans overlap
            return Clause(f"({lo_col} <= ? and {hi_col} >= ?)", [c.params[1], c.params[0]], c.text, name)
        if "=" in c.sql and c.sql.startswith("(year = "):
            return Clause(f"({lo_col} <= ? and {hi_col} >= ?)", [c.params[0], c.params[0]], c.text, name)
        op = c.sql[len("(year "):].split()[0]
        col = hi_col if op.startswith(">") else lo_col
        return Clause(f"({col} {op} ?)", c.params, c.text, name)
    if kind == "text":
        src = {"visits": "visit_sources", "agreements": "agreement_sources", "trade": "trade_sources",
               "milestones": "milestone_sources"}[view]
        return Clause(f"{view}.id in (select s.fact_id from {src} s where s.sentence like ? escape '\\')",
                      [f"%{_escape_like(value)}%"], f"a source sentence contains '{value}'", name)
    if kind == "article":
        src = {"visits": "visit_sources", "agreements": "agreement_sources", "trade": "trade_sources",
               "milestones": "milestone_sources"}[view]
        return Clause(
            f"{view}.id in (select s.fact_id from {src} s join articles a on a.id = s.article_id "
            f"where a.name like ? escape '\\')",
            [f"%{_escape_like(value)}%"], f"from an article named like '{value}'", name)
    if kind == "country":
        iso_cols = [c for c in cols if c.endswith("_iso3")]
        name_cols = [c for c in cols if not c.endswith("_iso3")]
        codes = _country_values(value, country_codes)
        parts, params = [], []
        for c in iso_cols:
            for code in codes:
                parts.append(f"{c} = ?")
                params.append(code)
        for c in name_cols:
            parts.append(f"{c} like ? escape '\\'")
            params.append(f"{_escape_like(value)}%")
        return Clause("(" + " or ".join(parts) + ")", params, f"{name} is {value}", name)
    return None


def _country_values(value: str, country_codes) -> list[str]:
    """The ISO3 codes a country word may mean, as `country:` reads it."""
    codes = []
    if re.fullmatch(r"[A-Za-z]{3}", value):
        codes.append(value.upper())
    if country_codes is not None:
        try:
            codes.extend(c for c in country_codes(value) if c not in codes)
        except Exception:  # a resolver failure must not break filtering
            pass
    return codes


def _partner_clause(view, value, country_codes, focus, focus_iso3) -> tuple[Clause | None, str]:
    """`partner:X`: rows with the focus on one side and X (ISO3, or a name prefix,
    as `country:` matches) on the other. (None, why) when there is no focus."""
    if not (focus or "").strip():
        return None, "partner: needs a focus country (--focus, or 'focus …' in ctrl+p)"
    if not focus_iso3:
        return None, f"the focus {focus.strip()!r} is not a country"
    codes = _country_values(value, country_codes)
    sides, params = [], []
    for mine, other, other_name in PARTNER_SIDES[view]:
        # `is` rather than `=` and ifnull() around `like`: never NULL, so that
        # `-partner:` keeps the rows whose partner is unknown.
        match = [f"{other} is ?" for _ in codes] + [f"ifnull({other_name} like ? escape '\\', 0)"]
        sides.append(f"({mine} is ? and {other} is not ? and ({' or '.join(match)}))")
        params += [focus_iso3, focus_iso3, *codes, f"{_escape_like(value)}%"]
    return Clause("(" + " or ".join(sides) + ")", params, f"partner of {focus.strip()} is {value}",
                  "partner"), ""


def _year_clause(value: str, name: str) -> Clause | None:
    m = re.fullmatch(r"(\d{4})\s*(?:\.\.|-|–)\s*(\d{4})", value)
    if m:
        lo, hi = sorted((int(m.group(1)), int(m.group(2))))
        return Clause("(year between ? and ?)", [lo, hi], f"year {lo}–{hi}", name)
    m = re.fullmatch(r"(>=|<=|>|<)\s*(\d{4})", value)
    if m:
        return Clause(f"(year {m.group(1)} ?)", [int(m.group(2))], f"year {m.group(1)} {m.group(2)}", name)
    m = re.fullmatch(r"\d{4}", value)
    if m:
        return Clause("(year = ?)", [int(value)], f"year {value}", name)
    return None  # not a year: ignored rather than matching nothing


def _escape_like(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
