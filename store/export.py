"""Export a view: the rows, columns and order of the screen, as CSV or JSON.

Shared by the CLI (`relations-tui export`) and the dashboard (ctrl+e), and
built on `Store.iter_rows`, the same query the table pages through.
"""
from __future__ import annotations

import csv
import io
import json
import re
import sys
from contextlib import contextmanager
from pathlib import Path

from .schema import SOURCE_TABLES
from .views import ViewSpec, column_sql, columns_for, select_list

# Spreadsheets run a cell starting with these as a formula (OWASP CSV injection).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

# The JSON export is a contract (../shared/eval/score.py reads it): these keys
# per view, plus names and provenance.
JSON_FIELDS = {
    "visits": ["visitor", "visitor_role", "visitor_iso3", "visitor_country", "host_iso3", "host_country",
               "city", "start", "end", "kind"],
    "agreements": ["signed_on", "sector", "instrument", "title", "party_a_iso3", "party_b_iso3",
                   "party_a", "party_b"],
    "trade": ["exporter_iso3", "exporter", "importer_iso3", "importer", "flow", "metric", "value", "unit",
              "period_start", "period_end", "products"],
    "milestones": ["date", "kind", "summary", "party_a_iso3", "party_b_iso3", "party_a", "party_b", "ordinal",
                   "body"],
    "relations": ["pair", "a_iso3", "a", "b_iso3", "b", "first_contact", "last_contact", "visits_ab", "visits_ba",
                  "n_agreements", "agreements_by_sector", "n_milestones", "milestones", "n_trade", "trade_latest",
                  "n_sources", "articles"],
}


# A text cell that is just a signed number ("-39.6", "+5") is data, not a formula.
_PLAIN_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")


def neutralise(value):
    """A text cell a spreadsheet would execute gets a leading apostrophe; numbers stay numbers."""
    if isinstance(value, str) and value.startswith(_FORMULA_START) and not _PLAIN_NUMBER.fullmatch(value):
        return "'" + value
    return value


@contextmanager
def _open_out(out):
    if out is None or out == "-":
        yield sys.stdout
    elif isinstance(out, (str, Path)):
        with open(out, "w", encoding="utf-8", newline="") as fh:
            yield fh
    else:
        yield out


def _neutralised_batches(store, spec: ViewSpec, keys: list[str]):
    """Batches of CSV rows straight from SQLite: the screen's query (its filter
    and order, as `Store.iter_rows`), each cell as `neutralise` leaves it.
    None when `store` is not a SQLite-backed Store."""
    conn = getattr(getattr(store, "db", None), "conn", None)
    if conn is None:
        return None
    from . import names
    from .views import order_by, where_sql
    where, params = where_sql(spec, names.country_codes)
    kinds = {c.key: c.kind for c in columns_for(spec.view, spec.focus)}
    # Number columns hold numbers (a -39.6 stays a number); a text cell is flagged
    # by its first character's code point, which is NULL for NULL.
    codes = ", ".join(str(ord(c)) for c in _FORMULA_START)
    flags, flag_params = [], []
    for k in keys:
        if kinds.get(k) != "number":
            sql, p = column_sql(spec, k)   # the partner column: its expression, not a name
            flags.append(f"unicode({sql}) in ({codes})")
            flag_params += p
    flag = " or ".join(flags) or "0"
    cols, col_params = select_list(spec, keys)
    order = order_by(spec)
    risky = conn.execute(f"select exists(select 1 from [{spec.view}] where ({where}) and ({flag}))",
                         params + flag_params).fetchone()[0]
    if not risky:
        # The usual case: no cell to neutralise, so SQLite's tuples go to the writer as they are.
        cur = conn.execute(f"select {cols} from [{spec.view}] where {where} order by {order}",
                           col_params + params)

        def plain():
            while True:
                batch = cur.fetchmany(10000)
                if not batch:
                    return
                yield batch
        return plain()
    cur = conn.execute(f"select {cols}, {flag} from [{spec.view}] where {where} order by {order}",
                       col_params + flag_params + params)

    def batches():
        while True:
            batch = cur.fetchmany(10000)
            if not batch:
                return
            yield [[neutralise(v) for v in r[:-1]] if r[-1] else r[:-1] for r in batch]
    return batches()


def export_view(store, spec: ViewSpec, fmt: str = "csv", out=None) -> int:
    """Write the view to `out` (path, file object, or stdout). Returns the row count."""
    fmt = fmt.lower()
    if fmt not in ("csv", "json"):
        raise ValueError(f"unknown format {fmt!r}; choose csv or json")
    cols = columns_for(spec.view, spec.focus)   # with a focus country, `partner` first, as on screen
    if fmt == "csv":
        with _open_out(out) as fh:
            writer = csv.writer(fh)
            writer.writerow([c.label for c in cols])
            n = 0
            batches = _neutralised_batches(store, spec, [c.key for c in cols])
            if batches is not None:
                # each batch formatted in memory, then one write: a write per row
                # through the file's text layer was as slow as the query
                buf = io.StringIO()
                bw = csv.writer(buf)
                for batch in batches:
                    bw.writerows(batch)
                    fh.write(buf.getvalue())
                    buf.seek(0)
                    buf.truncate()
                    n += len(batch)
                return n
            for row in store.iter_rows(spec, [c.key for c in cols]):
                writer.writerow([neutralise(v) for v in row])
                n += 1
        return n
    if spec.view not in SOURCE_TABLES:   # a derived view (relations): no sources of its own
        return _export_derived(store, spec, out)
    keys = ["id", "disputed", "disputes"] + [c.key for c in columns_for(spec.view, spec.focus)
                                             if c.key == "partner"] + JSON_FIELDS[spec.view]
    with _open_out(out) as fh:
        fh.write("[")
        n = 0
        batch: list[dict] = []

        def flush():
            nonlocal n
            sources = store.sources_for(spec.view, [r["id"] for r in batch])
            for r in batch:
                r["sources"] = [{"article": s["article"], "sentence": s["sentence"], "start": s["start"],
                                 "end": s["end"], "rule": s["rule"]} for s in sources[r["id"]]]
                fh.write(("," if n else "") + "\n" + json.dumps(r, ensure_ascii=False))
                n += 1
            batch.clear()

        for row in store.iter_rows(spec, keys):
            r = dict(zip(keys, row))
            r["disputed"] = bool(r["disputed"])
            r["disputes"] = json.loads(r["disputes"]) if r["disputes"] else {}
            if spec.view in ("agreements", "milestones"):
                r["parties_iso3"] = sorted(x for x in (r["party_a_iso3"], r["party_b_iso3"]) if x)
            batch.append(r)
            if len(batch) >= 1000:
                flush()
        if batch:
            flush()
        fh.write("\n]\n")
    return n


def _export_derived(store, spec: ViewSpec, out) -> int:
    """JSON of a derived view: its fields, `articles` as a list (with a focus, the
    `partner` first, as in the CSV)."""
    keys = ["id", "disputed"] + [c.key for c in columns_for(spec.view, spec.focus)
                                 if c.key == "partner"] + JSON_FIELDS[spec.view]
    with _open_out(out) as fh:
        fh.write("[")
        n = 0
        for row in store.iter_rows(spec, keys):
            r = dict(zip(keys, row))
            r["disputed"] = bool(r["disputed"])
            if "articles" in r:
                r["articles"] = [a for a in (r["articles"] or "").split("; ") if a]
            fh.write(("," if n else "") + "\n" + json.dumps(r, ensure_ascii=False))
            n += 1
        fh.write("\n]\n")
    return n


PROFILE_COLUMNS = ["date", "end", "kind", "summary", "sources", "disputed"]


def export_profile(store, pair, fmt: str = "csv", out=None) -> int:
    """A pair's timeline (Store.profile) as CSV (sources as 'article: sentence' lines) or JSON."""
    fmt = fmt.lower()
    if fmt not in ("csv", "json"):
        raise ValueError(f"unknown format {fmt!r}; choose csv or json")
    rows = store.profile(pair)
    with _open_out(out) as fh:
        if fmt == "json":
            json.dump(rows, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
            return len(rows)
        writer = csv.writer(fh)
        writer.writerow(PROFILE_COLUMNS)
        for r in rows:
            sources = "\n".join(f"{s['article']}: {s['sentence']}" for s in r["sources"])
            writer.writerow([neutralise(v) for v in (r["date"], r.get("end"), r["kind"], r["summary"], sources,
                                                     "yes" if r["disputed"] else "")])
    return len(rows)
