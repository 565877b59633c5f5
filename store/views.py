"""View specs: what a screen (or an export) asks the store for.

A `ViewSpec` is (view, filter text, sort, focus country). `select_sql(spec)`
turns it into one SQL statement; the table asks for windows of it
(`LIMIT/OFFSET`) and the export streams all of it, so the CSV is exactly what
the screen shows. With a focus country, the first column of every view is
`partner` (the other country of each row; in Relations it takes the place of
the pair), computed in that same statement, and `partner:` filters on it.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from .filters import PARTNER_SIDES, ParsedFilter, parse_filter
from .schema import QUERY_VIEWS


@dataclass(frozen=True)
class Column:
    key: str
    label: str
    kind: str = "text"   # text | number | date
    width: int = 12      # a display hint


@dataclass
class ViewSpec:
    view: str
    filter: str = ""
    sort: list[tuple[str, str]] = field(default_factory=list)  # [(column key, "asc"|"desc")]
    # A focus country (ISO3 or a name, as `country:` takes it): every view gets a
    # `partner` column first (Relations: in place of the pair), and `partner:` in
    # `filter` applies. It does not filter; `country:X` in `filter` does that.
    focus: str | None = None

    def __post_init__(self):
        if self.view not in QUERY_VIEWS:
            raise ValueError(f"unknown view {self.view!r}; choose one of {', '.join(QUERY_VIEWS)}")


# The columns each view shows, in order: the screen, the CSV and the sort keys.
COLUMNS: dict[str, list[Column]] = {
    "visits": [
        Column("start", "Start", "date", 10),
        Column("end", "End", "date", 10),
        Column("visitor", "Visitor", "text", 22),
        Column("visitor_role", "Role", "text", 18),
        Column("visitor_country", "From", "text", 14),
        Column("host_country", "To", "text", 14),
        Column("city", "City", "text", 12),
        Column("kind", "Kind", "text", 11),
        Column("n_sources", "Src", "number", 3),
    ],
    "agreements": [
        Column("signed_on", "Signed", "date", 10),
        Column("parties", "Parties", "text", 24),
        Column("sector", "Sector", "text", 22),
        Column("instrument", "Instrument", "text", 10),
        Column("title", "Title", "text", 30),
        Column("n_sources", "Src", "number", 3),
    ],
    "trade": [
        Column("period", "Period", "text", 9),
        Column("exporter", "Exporter", "text", 14),
        Column("importer", "Importer", "text", 14),
        Column("flow", "Flow", "text", 7),
        Column("metric", "Metric", "text", 10),
        Column("value", "Value", "number", 15),
        Column("unit", "Unit", "text", 7),
        Column("products", "Products", "text", 24),
        Column("n_sources", "Src", "number", 3),
    ],
    "milestones": [
        Column("date", "Date", "date", 10),
        Column("parties", "Parties", "text", 24),
        Column("kind", "Kind", "text", 21),
        Column("summary", "Summary", "text", 44),
        Column("n_sources", "Src", "number", 3),
    ],
    # One row per country pair: a = the first code of the sorted pair, b the second.
    "relations": [
        Column("parties", "Pair", "text", 26),
        Column("first_contact", "First", "date", 10),
        Column("last_contact", "Last", "date", 10),
        Column("visits_ab", "Visits a→b", "number", 5),
        Column("visits_ba", "Visits b→a", "number", 5),
        Column("n_agreements", "Agreements", "number", 5),
        Column("agreements_by_sector", "By sector", "text", 30),
        Column("n_milestones", "Milestones", "number", 5),
        Column("trade_latest", "Latest trade", "text", 34),
        Column("n_sources", "Src", "number", 3),
    ],
}

# With a focus country: the other country of each row, as the view's own country
# columns show it (names): {view: [(focus side ISO3, other side ISO3, other side name), ...]}
# (store/filters.py: `partner:` filters on the same sides).
# Relations: the partner takes the place of the pair's names ("Azerbaijan – Rwanda"),
# which it shows when the focus is on neither side, so a row always names its pair.
PARTNER_REPLACES = {"relations": "parties"}
PARTNER = Column("partner", "Partner", "text", 14)


def focus_code(focus: str | None) -> str | None:
    """The ISO3 code of a focus country ("RWA", "rwanda", "Kazakh"), or None."""
    from . import names
    return names.country_code(focus)


def columns_for(view: str, focus: str | None = None) -> list[Column]:
    """The view's columns; with a focus country, `partner` first (in Relations, in
    place of the pair)."""
    if focus and view in PARTNER_SIDES:
        replaced = PARTNER_REPLACES.get(view)
        return [PARTNER] + [c for c in COLUMNS[view] if c.key != replaced]
    return list(COLUMNS[view])


def column_sql(spec: "ViewSpec", key: str) -> tuple[str, list]:
    """The SQL of one displayed column: `[key]`, or for `partner` the other side of
    the focus country (NULL when the focus is on both sides or neither; in
    Relations, the pair's names then), with the focus code as bound parameters,
    never in the SQL text."""
    if key != "partner" or not spec.focus or spec.view not in PARTNER_SIDES:
        return f"[{key}]", []
    code = focus_code(spec.focus)
    fallback = f" else [{PARTNER_REPLACES[spec.view]}]" if spec.view in PARTNER_REPLACES else ""
    if code is None:
        return f"[{PARTNER_REPLACES[spec.view]}]" if fallback else "null", []
    whens, params = [], []
    for mine, other, other_name in PARTNER_SIDES[spec.view]:
        whens.append(f"when [{mine}] = ? and [{other}] is not ? then [{other_name}]")
        params += [code, code]
    return f"(case {' '.join(whens)}{fallback} end)", params


def select_list(spec: "ViewSpec", columns: list[str]) -> tuple[str, list]:
    """`[a], [b], (case ...) as [partner]` for a select, and its parameters."""
    parts, params = [], []
    for key in columns:
        sql, p = column_sql(spec, key)
        parts.append(sql if sql == f"[{key}]" else f"{sql} as [{key}]")
        params += p
    return ", ".join(parts), params


# Default order: newest first, as an analyst reads a record.
DEFAULT_SORT = {
    "visits": [("start", "desc")],
    "agreements": [("signed_on", "desc"), ("sector", "asc")],
    "trade": [("period_end", "desc")],
    "milestones": [("date", "desc"), ("kind", "asc")],
    "relations": [("last_contact", "desc"), ("parties", "asc")],
}

# Sorting a display column may mean sorting a better-typed column.
SORT_COLUMN = {
    ("trade", "period"): "period_end",
}


def order_by(spec: ViewSpec, reverse: bool = False, sort_matches: bool = False) -> str:
    """`sort_matches`: terms SQLite cannot serve from an index (unary +), so it
    sorts the matching rows rather than walk an index in order."""
    keys = ({c.key for c in columns_for(spec.view, spec.focus)} | {c.key for c in COLUMNS[spec.view]}
            | {"period_end", "period_start", "year", "id"})   # the pair stays a sort key under a focus
    terms = []
    for key, direction in (spec.sort or DEFAULT_SORT[spec.view]):
        if key not in keys:
            continue  # never interpolate an unknown name
        col = SORT_COLUMN.get((spec.view, key), key)
        desc = (direction.lower() == "desc") != reverse
        # Nulls last in either direction: an unknown date is not "oldest".
        plus = "+" if sort_matches else ""
        terms.append(f"{plus}([{col}] is null) {'desc' if reverse else 'asc'}")
        terms.append(f"{plus}[{col}] {'desc' if desc else 'asc'}")
    terms.append(f"id {'desc' if reverse else 'asc'}")
    return ", ".join(terms)


def order_index_sql(view: str, columns: set[str] | None = None) -> str:
    """An index in the view's default order (the terms `order_by` writes, nulls
    last), so a window of the default order, from either end, is a walk along
    the index rather than a sort of the whole view. It also holds the displayed
    columns (those of `columns`, the table's, that exist): windows and the CSV
    export read the index alone, never the wide rows with their search text."""
    terms, used = [], set()
    for key, direction in DEFAULT_SORT[view]:
        col = SORT_COLUMN.get((view, key), key)
        terms.append(f"([{col}] is null)")
        terms.append(f"[{col}] {'desc' if direction.lower() == 'desc' else 'asc'}")
        used.add(col)
    # id next (ties in the order are by id), then the displayed columns, which
    # do not change the order
    terms.append("[id]")
    used.add("id")
    for key in ["disputed"] + [c.key for c in COLUMNS[view]]:
        if key not in used and (columns is None or key in columns):
            terms.append(f"[{key}]")
            used.add(key)
    return f"create index if not exists [{ORDER_INDEX.format(view=view)}] on [{view}] ({', '.join(terms)})"


# The name of that index (a new name whenever its columns change; the old one is dropped).
ORDER_INDEX = "{view}_display_order"
OLD_ORDER_INDEXES = ("{view}_default_order",)


def parsed_filter(spec: ViewSpec, country_codes=None) -> ParsedFilter:
    """The spec's filter parsed for its view, `partner:` relative to its focus."""
    code = focus_code(spec.focus) if spec.focus else None
    return parse_filter(spec.view, spec.filter, country_codes, focus=spec.focus, focus_iso3=code)


def where_sql(spec: ViewSpec, country_codes=None, skip_field: str | None = None) -> tuple[str, list]:
    return parsed_filter(spec, country_codes).where(skip_field)


def select_sql(spec: ViewSpec, columns: list[str], country_codes=None, reverse: bool = False,
               index: str | None = None, sort_matches: bool = False) -> tuple[str, list]:
    """`index`: walk this index (`indexed by`) rather than let SQLite choose;
    `sort_matches`: see `order_by`."""
    where, params = where_sql(spec, country_codes)
    cols, col_params = select_list(spec, columns)
    hint = f" indexed by [{index}]" if index else ""
    return (f"select {cols} from [{spec.view}]{hint} where {where} "
            f"order by {order_by(spec, reverse, sort_matches)}", col_params + params)


def default_order_index(spec: ViewSpec) -> str | None:
    """The name of the index `order_index_sql` makes, when the spec sorts in the default order."""
    if spec.sort and [(k, d.lower()) for k, d in spec.sort] != DEFAULT_SORT[spec.view]:
        return None
    return ORDER_INDEX.format(view=spec.view)


def fts_count_sql(spec: ViewSpec, country_codes=None) -> tuple[str, list] | None:
    """A count from the FTS index alone, when the filter is only free words."""
    match = parsed_filter(spec, country_codes).fts_match()
    if match is None:
        return None
    return f"select count(*) from [{spec.view}_fts] where [{spec.view}_fts] match ?", [match]
