"""The Store: one SQLite file, the only place that writes or reads SQL.

Loaders produce plain facts; the store keeps each article's facts as
*mentions* and keeps, per view, one merged row per event with all its sources.
Loading an article rewrites only the merged groups its mentions touch, inside
one transaction, so a killed load leaves the file consistent.
"""
from __future__ import annotations

import json
import math
import os
import re
import sqlite3
from contextlib import contextmanager

try:
    import fcntl
except ImportError:  # Windows: no advisory locks; opening always completes leftovers
    fcntl = None
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, Iterable, Iterator

import sqlite_utils

from loaders import merge as merging
from loaders.model import Extraction, RawArticle

from . import names
from . import relations as rel
from .schema import FACT_COLUMNS, FACT_COLUMNS_ALL, SOURCE_TABLES, VIEWS, SchemaError, ensure_schema, set_version
from .views import (Column, ViewSpec, columns_for, default_order_index, fts_count_sql, order_by,
                    parsed_filter, select_list, select_sql, where_sql)

BUSY_TIMEOUT_MS = 5000


class StoreError(Exception):
    """A problem with the database file, said in one clear sentence."""


def write_error(path: str, e: sqlite3.Error) -> str:
    """A failed write to the database file, in one sentence."""
    msg = str(e)
    if "readonly" in msg or "read-only" in msg:
        return f"{path} is read-only; cannot write to it"
    if "locked" in msg or "busy" in msg:
        return (f"{path} is locked by another program for more than {BUSY_TIMEOUT_MS // 1000} s; "
                f"try again when it has finished")
    if "disk" in msg and "full" in msg:
        return f"cannot write to {path}: the disk is full"
    return f"cannot write to {path}: {msg}"


@dataclass
class LoadSummary:
    new: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)   # (name, reason)
    skipped_files: list[str] = field(default_factory=list)  # files of other types in walked folders
    facts: dict[str, int] = field(default_factory=lambda: {v: 0 for v in VIEWS})
    # articles saved, but one of whose detectors failed on the whole article (its facts of that kind are missing)
    detector_errors: list[str] = field(default_factory=list)

    def line(self) -> str:
        f = self.facts
        text = (f"articles: {len(self.new)} new, {len(self.updated)} updated, {len(self.unchanged)} unchanged, "
                f"{len(self.failed)} failed; facts found: {f['visits']} visits, "
                f"{f['agreements']} agreements, {f['trade']} trade figures, {f.get('milestones', 0)} milestones")
        if self.detector_errors:
            text += (f"; a detector failed on {len(self.detector_errors)} article(s), so some of their facts are "
                     f"missing (first: {self.detector_errors[0]}; `relations-tui explain` shows why)")
        return text


class Store:
    def __init__(self, db: sqlite_utils.Database, path: str):
        self.db = db
        self.path = path
        self._indexes: dict[str, bool] = {}  # index name -> exists (for `indexed by`)

    # ------------------------------------------------------------------ open
    @classmethod
    def open(cls, path: str | os.PathLike, create: bool = True) -> "Store":
        path = str(path)
        if path != ":memory:":
            p = Path(path)
            if p.is_dir():
                raise StoreError(f"{path} is a folder, not a database file")
            if not p.exists() and not create:
                raise StoreError(f"{path} does not exist")
            if not p.parent.exists():
                p.parent.mkdir(parents=True, exist_ok=True)
        try:
            conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000)
            db = sqlite_utils.Database(conn)
            db.execute(f"pragma busy_timeout = {BUSY_TIMEOUT_MS}")
            db.execute("pragma foreign_keys = on")
            # Reading the schema is the first thing that fails on a non-SQLite file,
            # before anything is written to it.
            db.table_names()
            before = ensure_schema(db)
            _ensure_order_indexes(db)
            if path != ":memory:" and db.conn.execute("pragma journal_mode").fetchone()[0] != "wal":
                db.enable_wal()
            db.execute("pragma synchronous = normal")
        except SchemaError as e:
            raise StoreError(f"{path}: {e}") from None
        except sqlite3.DatabaseError as e:
            msg = str(e)
            if "not a database" in msg or "malformed" in msg:
                raise StoreError(f"{path} is not a relations-tui database (not a SQLite file); it was left untouched") from None
            if "readonly" in msg or "read-only" in msg:
                raise StoreError(f"{path} is read-only; cannot write to it") from None
            raise StoreError(f"{path}: {msg}") from None
        store = cls(db, path)
        try:
            # Groups whose merged rows wait for a re-merge (see save_extraction(defer=True)).
            # Additive and harmless to older readers, so no schema version of its own.
            db.execute("create table if not exists pending_groups (kind text not null, "
                       "group_key text not null, primary key (kind, group_key))")
        except sqlite3.Error:
            pass  # a read-only file: nothing can be pending in it that we could fix
        if before is not None and before < 2:
            try:
                store._upgrade_data_from_1()
            except sqlite3.Error as e:
                db.close()
                raise StoreError(write_error(path, e)) from None
        try:
            # A load killed between saving and merging left work here: complete it. A
            # load still running (it holds loading_lock) does its own; leave it alone.
            if not loader_running(path):
                store.flush_pending(batch=25, yield_to_writers=True)
        except Exception:  # never let leftover work make the file unopenable; the next load retries
            pass
        return store

    def _upgrade_data_from_1(self) -> None:
        """Schema 1 -> 2, the data part: milestones of the stored articles, then relations."""
        from loaders.detect.milestones import milestones_of
        with self.db.atomic():
            touched: set[tuple[str, str]] = set()
            for aid, name, path, text, chash, title, published in self.db.execute(
                    "select id, name, path, text, content_hash, title, published from articles "
                    "where id not in (select article_id from mentions where kind = 'milestones')").fetchall():
                if not text or not _MILESTONE_HINT.search(text):
                    continue
                try:
                    found = milestones_of(RawArticle(name=name, text=text, content_hash=chash, path=path or "",
                                                     title=title, published=published))
                except Exception:  # an article the pipeline cannot read keeps its old facts
                    continue
                touched |= self._insert_mentions(aid, {"milestones": found})
            for kind, key in sorted(touched):
                self._remerge(kind, key)
            rel.rebuild(self.db, rel.all_pairs(self.db))
            set_version(self.db, 2)

    def close(self) -> None:
        self.db.close()

    def is_empty(self) -> bool:
        return self.db.execute("select count(*) from articles").fetchone()[0] == 0

    # ---------------------------------------------------------------- ingest
    def article_status(self, raw: RawArticle) -> str | None:
        """'unchanged' when this exact text is already loaded (under any name)."""
        row = self.db.execute("select 1 from articles where content_hash = ? limit 1",
                              [raw.content_hash]).fetchone()
        return "unchanged" if row else None

    def save_extraction(self, raw: RawArticle, ex: Extraction, defer: bool = False) -> str:
        """Write one article and its facts in one transaction. Returns new/updated/unchanged.

        With `defer`, the merged rows of the groups it touches are not rebuilt now:
        the groups are recorded in `pending_groups` in the same transaction and
        rebuilt by `flush_pending()` (a bulk load flushes every few hundred
        articles, so a busy pair is re-merged once per batch, not once per article).
        A load killed in between leaves them pending; the next open rebuilds them.
        """
        if self.article_status(raw):
            return "unchanged"
        source_key = raw.path or raw.name
        with self.db.atomic():
            old = self.db.execute("select id from articles where source_key = ?", [source_key]).fetchone()
            touched: set[tuple[str, str]] = set()
            if old:
                touched |= {(k, g) for k, g in self.db.execute(
                    "select kind, group_key from mentions where article_id = ?", [old[0]])}
                self._delete_article(old[0])
            facts = {"visits": ex.visits, "agreements": ex.agreements, "trade": ex.trade,
                     "milestones": getattr(ex, "milestones", None) or []}
            article = {
                "source_key": source_key, "name": raw.name, "path": raw.path,
                "content_hash": raw.content_hash, "title": ex.title or raw.title,
                "published": ex.published or raw.published, "text": raw.text,
                "loaded_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
                "n_facts": sum(len(v) for v in facts.values()),
            }
            # plain SQL: sqlite-utils' insert re-reads the schema each call, a third of
            # the parent's time per article when loading a large collection
            article_id = self.db.execute(
                f"insert into articles ({', '.join(f'[{k}]' for k in article)}) "
                f"values ({', '.join('?' * len(article))})", list(article.values())).lastrowid
            touched |= self._insert_mentions(article_id, facts)
            if defer:
                self.db.conn.executemany("insert or ignore into pending_groups (kind, group_key) values (?, ?)",
                                         sorted(touched))
            else:
                self._rebuild_groups(touched)
        return "updated" if old else "new"

    def _rebuild_groups(self, touched: set[tuple[str, str]]) -> None:
        for kind, key in sorted(touched):
            self._remerge(kind, key)
        rel.rebuild(self.db, {p for p in (rel.pair_of_key(k) for _, k in touched) if p})

    def flush_pending(self, batch: int = 500, yield_to_writers: bool = False) -> int:
        """Re-merge the pending groups, a batch per transaction. Returns how many.

        yield_to_writers: stop (leaving the rest pending) as soon as another
        connection holds the write lock, instead of waiting for it."""
        done = 0
        if yield_to_writers:
            self.db.execute("pragma busy_timeout = 0")
        try:
            while True:
                keys = self.db.conn.execute("select kind, group_key from pending_groups limit ?",
                                            [batch]).fetchall()
                if not keys:
                    return done
                try:
                    with self.db.atomic():
                        self._rebuild_groups(set(keys))
                        self.db.conn.executemany("delete from pending_groups where kind = ? and group_key = ?",
                                                 keys)
                except sqlite3.OperationalError as e:
                    if yield_to_writers and ("locked" in str(e) or "busy" in str(e)):
                        return done
                    raise
                done += len(keys)
        finally:
            if yield_to_writers:
                self.db.execute(f"pragma busy_timeout = {BUSY_TIMEOUT_MS}")

    def _insert_mentions(self, article_id: int, facts: dict[str, list[dict]]) -> set[tuple[str, str]]:
        touched: set[tuple[str, str]] = set()
        mention_rows = []
        for kind, items in facts.items():
            for fact in items:
                key = merging.group_key(kind, fact)
                ev = fact.get("evidence") or {}
                data = {k: v for k, v in fact.items() if k != "evidence"}
                mention_rows.append({
                    "article_id": article_id, "kind": kind, "group_key": key,
                    "data": json.dumps(data, ensure_ascii=False),
                    "sentence_index": ev.get("sentence_index"), "sentence": ev.get("sentence"),
                    "start": ev.get("start"), "end": ev.get("end"), "rule": ev.get("rule"),
                })
                touched.add((kind, key))
        if mention_rows:
            self.db["mentions"].insert_all(mention_rows)
        return touched

    def _delete_article(self, article_id: int) -> None:
        self.db.execute("delete from mentions where article_id = ?", [article_id])
        for view in VIEWS:
            self.db.execute(f"delete from {SOURCE_TABLES[view]} where article_id = ?", [article_id])
        self.db.execute("delete from articles where id = ?", [article_id])

    def _remerge(self, kind: str, key: str) -> None:
        src = SOURCE_TABLES[kind]
        self.db.execute(f"delete from {src} where fact_id in (select id from [{kind}] where group_key = ?)", [key])
        self.db.execute(f"delete from [{kind}] where group_key = ?", [key])
        mentions, where_from = [], {}
        for data, name, article_id, sentence, start, end, rule, sidx in self.db.execute(
                "select m.data, a.name, a.id, m.sentence, m.start, m.end, m.rule, m.sentence_index "
                "from mentions m join articles a on a.id = m.article_id "
                "where m.kind = ? and m.group_key = ? order by a.id, m.id", [kind, key]):
            fact = json.loads(data)
            fact["article"] = name
            fact["evidence"] = {"sentence_index": sidx, "sentence": sentence, "start": start,
                                "end": end, "rule": rule}
            mentions.append(fact)
            where_from[(name, start, end)] = article_id
        if not mentions:
            return
        conn = self.db.conn  # plain statements: sqlite-utils' insert() inspects the table on every call
        src_sql = f"insert into {src} (fact_id, article_id, sentence, start, [end], rule) values (?, ?, ?, ?, ?, ?)"
        for row in merging.merge(kind, mentions):
            sources = row.get("sources") or []
            record = self._fact_record(kind, key, row, sources)
            cols = list(record)
            fact_id = conn.execute(
                f"insert into [{kind}] ({', '.join(f'[{c}]' for c in cols)}) values ({', '.join('?' * len(cols))})",
                [record[c] for c in cols]).lastrowid
            conn.executemany(src_sql, [(
                fact_id,
                where_from.get((s.get("article"), s.get("start"), s.get("end"))) or next(iter(where_from.values())),
                s.get("sentence"), s.get("start"), s.get("end"), s.get("rule"),
            ) for s in sources])

    def _fact_record(self, kind: str, key: str, row: dict, sources: list[dict]) -> dict:
        cols = FACT_COLUMNS[kind]
        rec = {k: row.get(k) for k in cols if k in row and k != "id"}
        articles = sorted({s.get("article") for s in sources if s.get("article")})
        if kind == "visits":
            rec["visitor_country"] = names.country_name(row.get("visitor_iso3"))
            rec["host_country"] = names.country_name(row.get("host_iso3"))
            rec["year"] = _year(row.get("start"))
        elif kind == "agreements":
            a, b = (sorted(row.get("parties_iso3") or []) + [None, None])[:2]
            rec.update(party_a_iso3=a, party_b_iso3=b, party_a=names.country_name(a),
                       party_b=names.country_name(b))
            rec["parties"] = " – ".join(x for x in (rec["party_a"], rec["party_b"]) if x)
            rec["year"] = _year(row.get("signed_on"))
        elif kind == "milestones":
            a, b = (sorted(row.get("parties_iso3") or []) + [None, None])[:2]
            rec.update(party_a_iso3=a, party_b_iso3=b, party_a=names.country_name(a),
                       party_b=names.country_name(b))
            rec["parties"] = " – ".join(x for x in (rec["party_a"], rec["party_b"]) if x)
            rec["year"] = _year(row.get("date"))
        else:
            rec["exporter"] = names.country_name(row.get("exporter_iso3"))
            rec["importer"] = names.country_name(row.get("importer_iso3"))
            ps, pe = row.get("period_start"), row.get("period_end")
            rec["period"] = (f"{ps}–{pe}" if ps and pe and ps != pe else str(pe or ps or ""))
            rec["year"] = pe or ps
        disputes = row.get("disputes") or {}
        rec.update(group_key=key, disputed=1 if row.get("disputed") else 0,
                   disputes=json.dumps(disputes, ensure_ascii=False) if disputes else None,
                   n_sources=len(articles), articles="; ".join(articles))
        # Free words search what the row says, not the sentences it came from nor a
        # title naming several instruments at once: "mining" must leave the mining
        # rows, not every agreement of a sentence that also lists mining. The
        # `text:` and `title:` filters reach those.
        words = [str(v) for k, v in rec.items()
                 if v is not None and k not in ("group_key", "disputes", "title", "articles")]
        if kind == "agreements" and rec.get("sector"):
            words.append(names.sector_label(rec["sector"]))
        rec["search"] = " ".join(words)
        for k, v in rec.items():
            if isinstance(v, int) and not isinstance(v, bool) and not -2 ** 63 <= v < 2 ** 63:
                # "Sh 10000000 TRILLION": a figure beyond SQLite's integers is kept as a real, not refused
                rec[k] = float(v)
        return rec

    def rebuild_merged(self) -> None:
        """Re-merge every group (after a loaders change): facts follow the new rules."""
        with self.db.atomic():
            keys = list(self.db.execute("select distinct kind, group_key from mentions"))
            for view in VIEWS:
                self.db.execute(f"delete from {SOURCE_TABLES[view]}")
                self.db.execute(f"delete from [{view}]")
            for kind, key in keys:
                self._remerge(kind, key)
            self.db.execute("delete from relations")
            rel.rebuild(self.db, rel.all_pairs(self.db))

    # ---------------------------------------------------------------- query
    def columns(self, view: str, focus: str | None = None) -> list[Column]:
        """The view's columns; with a focus country, `partner` first: the other country
        of each row, computed by the same query (in relations, in place of the pair)."""
        ViewSpec(view)  # validates the name
        return columns_for(view, focus)

    def default_sort(self, view: str) -> list[tuple[str, str]]:
        from .views import DEFAULT_SORT
        return list(DEFAULT_SORT[view])

    def count(self, spec: ViewSpec) -> int:
        fts = fts_count_sql(spec, names.country_codes)
        if fts is not None:
            # free words only: the FTS index counts them without touching the rows
            return self.db.execute(*fts).fetchone()[0]
        where, params = where_sql(spec, names.country_codes)
        return self.db.execute(f"select count(*) from [{spec.view}] where {where}", params).fetchone()[0]

    def _window_plan(self, spec: ViewSpec, offset: int, limit: int, total: int | None) -> tuple[str | None, str | None]:
        """How to fetch a window of a filtered view: (index to walk, FTS expression to probe);
        index "" means: sort the matching rows, do not walk the order index.

        SQLite's own plan fetches every matching row and sorts them all, which
        costs in proportion to the matches. With free words only, and the count
        known (`total`), two walks along the default-order index do better:
        - when the words are short enough for the FTS prefix index and at least
          1 row in 20 matches, check each row in order against the index
          (a few thousand probes at most);
        - when many rows match, collect the matching ids once and walk the
          index keeping those (a filter on columns is left to SQLite: its rows
          may cluster in the order, as `year:` does)."""
        if total is not None and total <= 0 or not spec.filter.strip():
            return None, None
        index = default_order_index(spec)
        if index is None:
            return None, None
        if index not in self._indexes:
            self._indexes[index] = self.db.execute(
                "select 1 from sqlite_master where type = 'index' and name = ?", [index]).fetchone() is not None
        if not self._indexes[index]:
            return None, None
        match = parsed_filter(spec, names.country_codes).fts_match()
        size = self.db.execute(f"select max(rowid) from [{spec.view}]").fetchone()[0] or 0
        if total is None:
            # No count yet (the first page paints before it): count the matches
            # only as far as the choice below needs; a window is then read from
            # the start, as when the count is unknown.
            enough = max(size // 50, math.isqrt(10 * size) + 1, 1)
            if match is not None:
                sql = f"select rowid from [{spec.view}_fts] where [{spec.view}_fts] match ?"
                params = [match]
            else:
                where, params = where_sql(spec, names.country_codes)
                sql = f"select 1 from [{spec.view}] where {where}"
            total = self.db.execute(f"select count(*) from ({sql} limit ?)", [*params, enough]).fetchone()[0]
            if total >= enough:
                total = size  # many: as good as all, for choosing a plan (the window is read forwards)
            depth = offset + limit
        else:
            depth = min(offset + limit, max(0, total - offset))  # rows walked from the nearer end
        if match is None:
            # Field filters: SQLite walks the order index when it can, but the
            # matching rows may cluster far along it (`year:2020` in a view
            # newest first): unless most rows match, sort the matches instead.
            return (None, None) if total * total >= 10 * size else ("", None)
        words = re.findall(r'"((?:[^"]|"")*)"\*', match)
        if words and all(len(w) <= FTS_PREFIX_MAX for w in words) and depth * size <= 5000 * total:
            return index, match
        if total * total >= 10 * size:
            return index, None
        return None, None

    def _window_sql(self, spec: ViewSpec, keys: list[str], reverse: bool, index: str | None,
                    probe: str | None) -> tuple[str, list]:
        if index == "":
            return select_sql(spec, keys, names.country_codes, reverse=reverse, sort_matches=True)
        if probe is None:
            return select_sql(spec, keys, names.country_codes, reverse=reverse, index=index)
        fts = f"{spec.view}_fts"
        cols, params = select_list(spec, keys)
        return (f"select {cols} from [{spec.view}] indexed by [{index}] where exists "
                f"(select 1 from [{fts}] where [{fts}] match ? and rowid = [{spec.view}].id) "
                f"order by {order_by(spec, reverse)}", params + [probe])

    def rows(self, spec: ViewSpec, offset: int = 0, limit: int = 50, total: int | None = None) -> list[dict]:
        """One window of the view, as display rows (id + column keys)."""
        keys = ["id", "disputed"] + [c.key for c in columns_for(spec.view, spec.focus)]
        offset, limit = max(0, int(offset)), max(0, int(limit))
        index, probe = self._window_plan(spec, offset, limit, total)
        if total is not None and offset > total // 2:
            # Deep in the view: walk from the other end, so the end is as fast as the start.
            end = min(total, offset + limit)
            sql, params = self._window_sql(spec, keys, True, index, probe)
            cur = self.db.execute(f"{sql} limit ? offset ?", [*params, end - offset, total - end])
            return [dict(zip(keys, r)) for r in reversed(cur.fetchall())]
        sql, params = self._window_sql(spec, keys, False, index, probe)
        cur = self.db.execute(f"{sql} limit ? offset ?", [*params, limit, offset])
        return [dict(zip(keys, r)) for r in cur.fetchall()]

    def iter_rows(self, spec: ViewSpec, columns: list[str]) -> Iterator[tuple]:
        """Every row of the view, in order: the export's query (the screen's, unwindowed)."""
        sql, params = select_sql(spec, columns, names.country_codes)
        cur = self.db.conn.execute(sql, params)
        while True:
            batch = cur.fetchmany(5000)
            if not batch:
                return
            yield from batch

    def describe_filter(self, spec: ViewSpec) -> str:
        """The filter in words, with any term it ignored and why."""
        return parsed_filter(spec, names.country_codes).describe()

    def ignored_filter_terms(self, spec: ViewSpec) -> list[str]:
        """The terms of the filter that do not apply, each with its reason
        ("partner:kenya ignored: partner: needs a focus country ...")."""
        return list(parsed_filter(spec, names.country_codes).ignored)

    def facet(self, spec: ViewSpec, column: str) -> list[tuple[str, int]]:
        """Counts of each value of `column` under the filter, ignoring a filter on that field."""
        if column not in FACT_COLUMNS_ALL[spec.view]:
            raise ValueError(f"no column {column!r} in {spec.view}")
        where, params = where_sql(spec, names.country_codes, skip_field=column)
        return [(v, n) for v, n in self.db.execute(
            f"select [{column}], count(*) from [{spec.view}] where {where} "
            f"group by [{column}] order by count(*) desc, [{column}]", params)]

    def trade_series(self, spec: ViewSpec) -> list[dict]:
        """Whole-trade figures (no product named) under the filter of `spec` (read as a
        trade filter), one per direction, flow, metric, unit and year (the period's end;
        None when undated), the largest value when several: [{exporter_iso3, importer_iso3,
        flow, metric, unit, year, value}], ordered by direction, flow, metric, unit, year."""
        trade = ViewSpec("trade", spec.filter)
        where, params = where_sql(trade, names.country_codes)
        keys = ["exporter_iso3", "importer_iso3", "flow", "metric", "unit", "year", "value"]
        return [dict(zip(keys, r)) for r in self.db.execute(
            f"select exporter_iso3, importer_iso3, flow, metric, unit, year, max(value) from trade "
            f"where ({where}) and products is null and value is not null "
            f"group by exporter_iso3, importer_iso3, flow, metric, unit, year "
            f"order by exporter_iso3, importer_iso3, flow, metric, unit, (year is null), year", params)]

    def detail(self, view: str, row_id: int) -> dict | None:
        ViewSpec(view)
        rows = list(self.db.query(f"select * from [{view}] where id = ?", [row_id]))
        if not rows:
            return None
        row = rows[0]
        row.pop("search", None)
        if view not in SOURCE_TABLES:   # a derived view (relations)
            row["articles"] = [a for a in (row.get("articles") or "").split("; ") if a]
            return row
        row["disputes"] = json.loads(row["disputes"]) if row.get("disputes") else {}
        row["sources"] = list(self.db.query(
            f"select a.name as article, a.path, a.title, a.published, s.sentence, s.start, s.end, s.rule "
            f"from {SOURCE_TABLES[view]} s join articles a on a.id = s.article_id "
            f"where s.fact_id = ? order by a.name, s.start", [row_id]))
        return row

    def sources_for(self, view: str, ids: list[int]) -> dict[int, list[dict]]:
        out: dict[int, list[dict]] = {i: [] for i in ids}
        for chunk in range(0, len(ids), 500):
            part = ids[chunk:chunk + 500]
            marks = ",".join("?" * len(part))
            for fid, article, sentence, start, end, rule in self.db.execute(
                    f"select s.fact_id, a.name, s.sentence, s.start, s.end, s.rule from {SOURCE_TABLES[view]} s "
                    f"join articles a on a.id = s.article_id where s.fact_id in ({marks}) "
                    f"order by a.name, s.start", part):
                out[fid].append({"article": article, "sentence": sentence, "start": start, "end": end,
                                 "rule": rule})
        return out

    def article(self, name_or_path: str) -> dict | None:
        rows = list(self.db.query("select * from articles where name = ? or path = ? or source_key = ? limit 1",
                                  [name_or_path] * 3))
        return rows[0] if rows else None

    # ------------------------------------------------------ relationship profiles
    def profile(self, pair) -> list[dict]:
        """The pair's dated timeline ("AZE-RWA", ("AZE", "RWA"), "Rwanda-Azerbaijan"...).

        One dict per fact: date (ISO partial or None), end (a visit's), kind
        (relations_established | embassy_opened | consultations | joint_commission |
        visit | agreement | trade), summary, sources [{article, sentence}], disputed,
        view and id (for detail/linked), pair, and for visits/agreements `linked`
        (the ids of the agreements signed during a visit / the visits an agreement
        was signed during). Sorted by date, undated last. Raises relations.PairError
        (a ValueError) for text that is not two countries; [] for a pair with no facts.
        """
        return rel.profile(self, pair)

    def linked(self, view: str, row_id: int) -> list[dict]:
        """A visit's agreements (same parties, signed within its dates at the precision
        known, at least a month) or an agreement's visit(s), as detail-like dicts with
        `view`; [] for the other views."""
        ViewSpec(view)
        return rel.linked(self, view, row_id)

    def country(self, text: str) -> tuple[str, str] | None:
        """(ISO3, name) of the country a word names ("RWA", "rwanda", "Kazakh"), or None."""
        code = names.country_code(text)
        if code is None:
            return None
        return code, names.country_name(code) or code

    def relation(self, pair) -> dict | None:
        """The relations row of a pair, or None."""
        a, b = rel.parse_pair(pair)
        row = self.db.execute("select id from relations where pair = ?", [f"{a}-{b}"]).fetchone()
        return self.detail("relations", row[0]) if row else None

    def counts(self) -> dict[str, int]:
        out = {v: self.db.execute(f"select count(*) from [{v}]").fetchone()[0] for v in VIEWS}
        out["articles"] = self.db.execute("select count(*) from articles").fetchone()[0]
        return out

    # ---------------------------------------------------------------- export
    def export(self, spec: ViewSpec, fmt: str = "csv", out=None) -> int:
        from .export import export_view
        return export_view(self, spec, fmt, out)

    # ------------------------------------------------------------- loading
    def load_paths(self, paths: Iterable[str | os.PathLike], progress: Callable | None = None,
                   workers: int | None = None) -> LoadSummary:
        from .ingest import load_paths
        return load_paths(self, paths, progress=progress, workers=workers)

    def load_seeds(self) -> LoadSummary:
        from .ingest import seed_paths
        return self.load_paths(seed_paths())


# Words without which an article has no milestone (the schema-1 upgrade skips the rest).
_MILESTONE_HINT = re.compile(r"diplomatic|embass|consultation|commission|council|committee|mission", re.I)


# FTS5 prefix indexes for 1-4 letter prefixes: the first keystrokes of a filter
# word ("m", "mi", "min", "mini") match most rows, and without them each query
# merges the doclists of every term with that prefix.
FTS_PREFIX = "1 2 3 4"
FTS_PREFIX_MAX = max(int(n) for n in FTS_PREFIX.split())
_PREFIX_OPTION = re.compile(r",\s*prefix\s*=\s*'[^']*'", re.I)


def _ensure_order_indexes(db: sqlite_utils.Database) -> None:
    """Each view's default-order index (views.order_index_sql) and FTS prefix
    index; a file made before they existed gets them on its first writable open
    (the same rows and the same answers, only faster; older versions read it as before)."""
    from .views import DEFAULT_SORT, OLD_ORDER_INDEXES, order_index_sql
    tables = set(db.table_names())
    for view in DEFAULT_SORT:
        if view not in tables:
            continue
        try:
            db.execute(order_index_sql(view, {r[1] for r in db.execute(f"pragma table_info([{view}])")}))
            for old in OLD_ORDER_INDEXES:
                db.execute(f"drop index if exists [{old.format(view=view)}]")
            row = db.execute("select sql from sqlite_master where name = ?", [f"{view}_fts"]).fetchone()
            sql = (row[0] or "").rstrip() if row else ""
            if sql.endswith(")") and f"prefix='{FTS_PREFIX}'" not in sql:
                sql = _PREFIX_OPTION.sub("", sql[:-1]).rstrip()
                with db.atomic():
                    db.execute(f"drop table [{view}_fts]")  # the triggers name it and stay
                    db.execute(sql + f",\n    prefix='{FTS_PREFIX}'\n)")
                    db.execute(f"insert into [{view}_fts]([{view}_fts]) values ('rebuild')")
        except sqlite3.OperationalError:
            pass  # a read-only file: the same rows, only slower to sort and search


def _lock_path(db_path: str) -> str:
    return f"{db_path}-loading"


@contextmanager
def loading_lock(db_path: str):
    """Held (shared) by every process loading into db_path, for the whole load.

    Pending groups in a file with no holder are leftovers of a killed load,
    which opening the store completes; while a loader holds it they are that
    loader's own work in progress, and an opener leaves them alone instead of
    competing with it for the write lock.
    """
    if fcntl is None or db_path == ":memory:":
        yield
        return
    try:
        fh = open(_lock_path(db_path), "a")
    except OSError:  # a read-only folder: nothing to coordinate with
        yield
        return
    try:
        fcntl.flock(fh, fcntl.LOCK_SH)
        yield
    finally:
        fh.close()  # releases the lock


def loader_running(db_path: str) -> bool:
    if fcntl is None or db_path == ":memory:" or not os.path.exists(_lock_path(db_path)):
        return False
    try:
        with open(_lock_path(db_path), "a") as fh:
            try:
                fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                return True
            return False
    except OSError:
        return False


def _year(d: str | None) -> int | None:
    try:
        return int(str(d)[:4]) if d else None
    except ValueError:
        return None
