"""The database layout, its version, and how an existing file is brought up to it.

One SQLite file that `sqlite-utils` and Datasette open as it is: plain tables,
real foreign keys, an FTS5 index per view (sqlite-utils' own `_fts` naming, so
`sqlite-utils search` and Datasette's search box work on it too).
"""
from __future__ import annotations

import sqlite_utils

SCHEMA_VERSION = 2

# The views of facts. Each has a merged table (one row per event) and a
# table linking each row to the article sentences it came from.
VIEWS = ("visits", "agreements", "trade", "milestones")
SOURCE_TABLES = {"visits": "visit_sources", "agreements": "agreement_sources", "trade": "trade_sources",
                 "milestones": "milestone_sources"}
# Views computed from the facts (no sources of their own): one row per country
# pair, rebuilt for the pairs whose facts change. A ViewSpec may name these too.
DERIVED_VIEWS = ("relations",)
QUERY_VIEWS = VIEWS + DERIVED_VIEWS

_COMMON = {
    "group_key": str,
    "year": int,          # the year the row is about: filter `year:` and charts
    "disputed": int,      # 1 when sources disagree on a field
    "disputes": str,      # JSON {field: [{value, articles}]}
    "n_sources": int,
    "articles": str,      # source article names, "; "-joined, for display and CSV
    "search": str,        # everything a free-word filter should find
}

FACT_COLUMNS: dict[str, dict[str, type]] = {
    "visits": {
        "id": int,
        "start": str, "end": str,
        "visitor": str, "visitor_role": str,
        "visitor_iso3": str, "visitor_country": str,
        "host_iso3": str, "host_country": str,
        "city": str, "kind": str,
        **_COMMON,
    },
    "agreements": {
        "id": int,
        "signed_on": str,
        "party_a_iso3": str, "party_a": str,
        "party_b_iso3": str, "party_b": str,
        "parties": str,       # "Azerbaijan – Rwanda", for display
        "sector": str, "instrument": str, "title": str,
        **_COMMON,
    },
    "trade": {
        "id": int,
        "period_start": int, "period_end": int, "period": str,
        "exporter_iso3": str, "exporter": str,
        "importer_iso3": str, "importer": str,
        "flow": str, "metric": str, "value": float, "unit": str,
        "products": str,
        **_COMMON,
    },
    "milestones": {            # schema 2
        "id": int,
        "date": str,
        "kind": str,            # relations_established | embassy_opened | consultations | joint_commission
        "party_a_iso3": str, "party_a": str,
        "party_b_iso3": str, "party_b": str,
        "parties": str,
        "summary": str,
        "ordinal": int,         # the 5th session, the 1st consultations
        "body": str,            # the commission's name as written
        "by_iso3": str,         # an embassy's owner
        "host_iso3": str,       # an embassy's host
        **_COMMON,
    },
}

# One row per country pair (schema 2): the `relations` view.
RELATION_COLUMNS: dict[str, type] = {
    "id": int,
    "pair": str,               # "AZE-RWA" (codes sorted)
    "a_iso3": str, "a": str,
    "b_iso3": str, "b": str,
    "parties": str,            # "Azerbaijan – Rwanda"
    "first_contact": str, "last_contact": str,   # ISO partial dates over all facts of the pair
    "first_year": int, "last_year": int,
    "year": int,               # = last_year
    "visits_ab": int, "visits_ba": int, "n_visits": int,
    "n_agreements": int, "agreements_by_sector": str,   # "mining 2, ict 1"
    "n_milestones": int, "milestones": str,             # "relations established 2004; ..."
    "n_trade": int, "trade_latest": str,
    "disputed": int,           # 1 when any fact of the pair is disputed
    "n_sources": int,          # distinct source articles
    "articles": str,
    "search": str,
}
FACT_COLUMNS_ALL = {**FACT_COLUMNS, "relations": RELATION_COLUMNS}

# Columns with an index: what filters and sorts touch on large databases.
INDEXED = {
    "visits": ["start", "year", "visitor_iso3", "host_iso3", "kind", "group_key"],
    "agreements": ["signed_on", "year", "sector", "party_a_iso3", "party_b_iso3", "instrument", "group_key"],
    "trade": ["period_end", "year", "exporter_iso3", "importer_iso3", "flow", "value", "group_key"],
    "milestones": ["date", "year", "kind", "party_a_iso3", "party_b_iso3", "group_key"],
    "relations": ["last_contact", "first_contact", "a_iso3", "b_iso3", "last_year", "first_year", "n_sources"],
}


class SchemaError(Exception):
    """The file is not a database this version can use."""


def schema_version(db: sqlite_utils.Database) -> int | None:
    if not db["meta"].exists():
        return None
    rows = list(db.query("select value from meta where key = 'schema_version'"))
    return int(rows[0]["value"]) if rows else None


def ensure_schema(db: sqlite_utils.Database) -> int | None:
    """Create the tables in an empty file, or check an existing file's version and
    bring it up to date. Returns the version the file had before (None: new file)."""
    version = schema_version(db)
    if version is not None:
        if version > SCHEMA_VERSION:
            raise SchemaError(
                f"the database was written by a newer relations-tui (schema {version}; "
                f"this version reads up to {SCHEMA_VERSION}); upgrade relations-tui to open it"
            )
        _migrate(db, version)
        return version
    if db.table_names() and "articles" not in db.table_names():
        raise SchemaError("the file is a SQLite database, but not a relations-tui one")
    with db.atomic():
        _create(db)
    return None


def _create(db: sqlite_utils.Database) -> None:
    db["meta"].create({"key": str, "value": str}, pk="key")
    db["meta"].insert({"key": "schema_version", "value": str(SCHEMA_VERSION)})
    db["articles"].create(
        {
            "id": int, "source_key": str, "name": str, "path": str, "content_hash": str,
            "title": str, "published": str, "text": str, "loaded_at": str,
            "n_facts": int,
        },
        pk="id",
        not_null={"source_key", "name", "content_hash"},
    )
    db["articles"].create_index(["source_key"], unique=True)
    db["articles"].create_index(["content_hash"])
    db["mentions"].create(
        {
            "id": int, "article_id": int, "kind": str, "group_key": str, "data": str,
            "sentence_index": int, "sentence": str, "start": int, "end": int, "rule": str,
        },
        pk="id",
        foreign_keys=[("article_id", "articles", "id")],
        not_null={"article_id", "kind", "group_key", "data"},
    )
    db["mentions"].create_index(["kind", "group_key"])
    db["mentions"].create_index(["article_id"])
    for view in VIEWS:
        _create_view(db, view)
    _create_pair_indexes(db)
    _create_relations(db)


def _create_view(db: sqlite_utils.Database, view: str) -> None:
    db[view].create(FACT_COLUMNS[view], pk="id")
    for col in INDEXED[view]:
        db[view].create_index([col])
    db[SOURCE_TABLES[view]].create(
        {"id": int, "fact_id": int, "article_id": int, "sentence": str,
         "start": int, "end": int, "rule": str},
        pk="id",
        foreign_keys=[("fact_id", view, "id"), ("article_id", "articles", "id")],
    )
    db[SOURCE_TABLES[view]].create_index(["fact_id"])
    db[SOURCE_TABLES[view]].create_index(["article_id"])
    db[view].enable_fts(["search"], create_triggers=True, tokenize="unicode61 remove_diacritics 2")


# Composite indexes for "all facts of a pair" (the relations rebuild and profiles), schema 2.
PAIR_INDEXES = {"visits": ["visitor_iso3", "host_iso3"], "agreements": ["party_a_iso3", "party_b_iso3"],
                "milestones": ["party_a_iso3", "party_b_iso3"], "trade": ["exporter_iso3", "importer_iso3"]}


def _create_pair_indexes(db: sqlite_utils.Database) -> None:
    for view, cols in PAIR_INDEXES.items():
        db[view].create_index(cols, if_not_exists=True)


def _create_relations(db: sqlite_utils.Database) -> None:
    db["relations"].create(RELATION_COLUMNS, pk="id")
    db["relations"].create_index(["pair"], unique=True)
    for col in INDEXED["relations"]:
        db["relations"].create_index([col])
    db["relations"].enable_fts(["search"], create_triggers=True, tokenize="unicode61 remove_diacritics 2")


def _migrate(db: sqlite_utils.Database, version: int) -> None:
    """Bring an older file up to SCHEMA_VERSION, one step per version, in one transaction.

    Step 1 -> 2 creates the tables here; the store then fills them (Store.open:
    milestones of the stored articles from their text, `relations` from the
    facts) and only then calls `set_version(db, 2)`, in its own transaction: an
    upgrade interrupted before that is simply done again on the next open
    (every part of it is idempotent).
    """
    if version >= SCHEMA_VERSION:
        return
    with db.atomic():
        if version < 2:
            # 2: milestones (facts of their own, with sources and FTS) and the relations view
            names = set(db.table_names())
            if "milestones" not in names:
                _create_view(db, "milestones")
            if "relations" not in names:
                _create_relations(db)
            _create_pair_indexes(db)
            # the version is set by the store once the data is filled in


def set_version(db: sqlite_utils.Database, version: int = SCHEMA_VERSION) -> None:
    db.execute("update meta set value = ? where key = 'schema_version'", [str(version)])
