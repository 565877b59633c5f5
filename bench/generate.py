"""Make a large, realistic relations-tui database for the benchmark.

    python -m bench.generate --rows 1000000 --db /tmp/big.db

`--rows` is the number of rows in the Agreements view (the tab the dashboard
opens on, so the one every dashboard figure is measured on); Visits and Trade
get `--other-rows` each (default rows/10), so every tab has data.

The schema is the project's own (`Store.open` creates it); the rows are then
written in one transaction with `executemany` (indexes and FTS triggers are
dropped for the bulk insert and rebuilt afterwards: measured faster than
inserting with them on). Every merged row has one mention, one article and
one source row, and the same `search` text the store would build
(`Store._fact_record`: field values, sector label, evidence sentence).
Deterministic: the same arguments give the same file.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import sqlite3
import sys
import time
from datetime import date, timedelta

from loaders import lexicon
from store import Store
from store import names
from store.schema import SOURCE_TABLES

INSTRUMENTS = [("agreement", "agreement", 0.45), ("mou", "memorandum of understanding", 0.35),
               ("treaty", "treaty", 0.06), ("protocol", "protocol", 0.08), ("other", "programme", 0.06)]
VISIT_KINDS = [("state", 0.15), ("official", 0.45), ("working", 0.25), ("unspecified", 0.15)]
SIGN_VERBS = ["signed", "inked", "concluded", "initialled", "sealed"]
FIRST = ["Ahmed", "Maria", "Li", "John", "Fatima", "Olga", "Carlos", "Aiko", "Samuel", "Ingrid", "Ravi",
         "Amina", "Pierre", "Elena", "Kwame", "Yusuf", "Hana", "Diego", "Nadia", "Tomas", "Chen", "Leila"]
LAST = ["Haddad", "Silva", "Wei", "Smith", "Okafor", "Petrova", "Mendez", "Tanaka", "Mensah", "Larsen",
        "Sharma", "Diallo", "Dubois", "Ivanova", "Boateng", "Demir", "Kim", "Rossi", "Karimi", "Novak"]
PRODUCTS = ["crude oil", "coffee", "copper", "wheat", "cocoa", "machinery", "textiles", "rice", "natural gas",
            "iron ore", "vehicles", "electronics", "palm oil", "sugar", "cotton", "fertiliser", None, None, None]
UNITS = [("USD", 0.7), ("EUR", 0.12), ("GBP", 0.05), ("JPY", 0.05), ("CNY", 0.04), ("INR", 0.04)]
FILLER = ("the two sides said the deal would deepen cooperation and boost bilateral ties between their "
          "governments officials told reporters after talks in the capital on regional security economic "
          "growth investment projects infrastructure and energy supply chains ministers welcomed progress").split()


def _weighted(rng: random.Random, items):
    r, acc = rng.random(), 0.0
    for item in items:
        acc += item[-1]
        if r < acc:
            return item
    return items[-1]


def _iso_date(rng: random.Random) -> str | None:
    """A partial ISO date: mostly full days, some months or years, a few unknown."""
    r = rng.random()
    if r < 0.03:
        return None
    d = date(1985, 1, 1) + timedelta(days=rng.randrange(0, 41 * 365))
    if r < 0.10:
        return f"{d.year}"
    if r < 0.25:
        return f"{d.year}-{d.month:02d}"
    return d.isoformat()


def _year(d):
    return int(d[:4]) if d else None


class Gen:
    def __init__(self, seed: int):
        self.rng = random.Random(seed)
        countries = lexicon.countries()["countries"]
        self.countries = [(c["iso3"], c["name"], (c.get("cities") or [c.get("capital") or c["name"]])[0])
                          for c in countries]
        # A few countries dominate the news, as in real coverage.
        self.cweights = [1.0 / (1 + i % 40) for i in range(len(self.countries))]
        self.sectors = [k for k in lexicon.sectors()["sectors"].keys()] + ["general"]
        self.sector_words = {k: (v[0].rstrip("*") if v else k) for k, v in lexicon.sectors()["sectors"].items()}
        self.sector_words["general"] = "economic"
        self.roles = [r for r in lexicon.roles()["heads"] if r not in ("VP", "PM")]

    def pair(self):
        a, b = self.rng.choices(self.countries, weights=self.cweights, k=2)
        while b[0] == a[0]:
            b = self.rng.choice(self.countries)
        return a, b

    def filler(self, n: int) -> str:
        return " ".join(self.rng.choice(FILLER) for _ in range(n))

    def agreement(self, city: bool = True):
        rng = self.rng
        a, b = self.pair()
        sector = rng.choice(self.sectors)
        inst, inst_words, _ = _weighted(rng, INSTRUMENTS)
        signed = _iso_date(rng)
        word = self.sector_words.get(sector, sector)
        title = f"{inst_words} on {word} cooperation"
        sentence = (f"{a[1]} and {b[1]} {rng.choice(SIGN_VERBS)} a {title} in {b[2]}"
                    f"{' on ' + signed if signed else ''}, {self.filler(rng.randrange(4, 12))}.")
        pa, pb = sorted([a, b])
        fact = {"parties_iso3": [pa[0], pb[0]], "signed_on": signed, "sector": sector,
                "instrument": inst, "title": title}
        rec = {"signed_on": signed, "party_a_iso3": pa[0], "party_a": pa[1], "party_b_iso3": pb[0],
               "party_b": pb[1], "parties": f"{pa[1]} – {pb[1]}", "sector": sector, "instrument": inst,
               "title": title, "year": _year(signed)}
        extra = [names.sector_label(sector)]
        return fact, rec, sentence, extra

    def visit(self):
        rng = self.rng
        a, b = self.pair()
        role = rng.choice(self.roles)
        person = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        start = _iso_date(rng)
        end = start
        if start and len(start) == 10 and rng.random() < 0.6:
            end = (date.fromisoformat(start) + timedelta(days=rng.randrange(1, 5))).isoformat()
        kind = _weighted(rng, VISIT_KINDS)[0]
        sentence = (f"{a[1]}n {role} {person} arrived in {b[2]} for a {kind if kind != 'unspecified' else ''} "
                    f"visit to {b[1]}{' on ' + start if start else ''}, {self.filler(rng.randrange(4, 12))}.")
        fact = {"visitor": person, "visitor_role": role, "visitor_iso3": a[0], "host_iso3": b[0],
                "city": b[2], "start": start, "end": end, "kind": kind}
        rec = {"start": start, "end": end, "visitor": person, "visitor_role": role, "visitor_iso3": a[0],
               "visitor_country": a[1], "host_iso3": b[0], "host_country": b[1], "city": b[2], "kind": kind,
               "year": _year(start)}
        return fact, rec, sentence, []

    def trade(self):
        rng = self.rng
        a, b = self.pair()
        flow = rng.choice(["exports", "exports", "imports", "total"])
        metric = "value" if rng.random() < 0.8 else "change_pct"
        unit = _weighted(rng, UNITS)[0] if metric == "value" else "%"
        value = round(rng.lognormvariate(19, 2.5), -3) if metric == "value" else round(rng.uniform(-40, 60), 1)
        pe = rng.randrange(1985, 2026)
        ps = pe - 1 if rng.random() < 0.1 else pe
        products = rng.choice(PRODUCTS)
        sentence = (f"{a[1]}'s {flow} {'to' if flow == 'exports' else 'from'} {b[1]}"
                    f"{' of ' + products if products else ''} were {value:,.0f} {unit} in {pe}, "
                    f"{self.filler(rng.randrange(4, 10))}.")
        fact = {"exporter_iso3": a[0], "importer_iso3": b[0], "flow": flow, "metric": metric, "value": value,
                "unit": unit, "period_start": ps, "period_end": pe, "products": products}
        rec = {"period_start": ps, "period_end": pe, "period": f"{ps}–{pe}" if ps != pe else str(pe),
               "exporter_iso3": a[0], "exporter": a[1], "importer_iso3": b[0], "importer": b[1], "flow": flow,
               "metric": metric, "value": value, "unit": unit, "products": products, "year": pe}
        return fact, rec, sentence, []


def generate(db_path: str, rows: int, other_rows: int | None = None, seed: int = 1, quiet: bool = False) -> dict:
    t0 = time.perf_counter()
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(db_path + suffix):
            os.remove(db_path + suffix)
    Store.open(db_path).close()  # the project's schema, exactly
    other = rows // 10 if other_rows is None else other_rows
    plan = [("agreements", rows), ("visits", other), ("trade", other)]
    gen = Gen(seed)

    conn = sqlite3.connect(db_path, isolation_level=None)
    conn.execute("pragma synchronous = off")
    conn.execute("pragma cache_size = -400000")
    conn.execute("pragma temp_store = memory")
    # Indexes and FTS triggers off for the bulk insert, rebuilt after.
    saved = [(t, n, sql) for t, n, sql in conn.execute(
        "select type, name, sql from sqlite_master where type in ('index', 'trigger') and sql is not null "
        "and tbl_name in ('articles','mentions','visits','agreements','trade',"
        "'visit_sources','agreement_sources','trade_sources')")]
    conn.execute("begin")
    for kind, name, _ in saved:
        conn.execute(f"drop {kind} [{name}]")

    article_id = 0
    fact_ids = {v: 0 for v, _ in plan}
    loaded_at = "2026-01-01T00:00:00+00:00"
    articles, mentions, facts, sources = [], [], {v: [] for v, _ in plan}, {v: [] for v, _ in plan}
    cols = {}
    from store.schema import FACT_COLUMNS
    for view, _ in plan:
        cols[view] = [c for c in FACT_COLUMNS[view]]

    def flush():
        conn.executemany("insert into articles (id, source_key, name, path, content_hash, title, published, "
                         "text, loaded_at, n_facts) values (?,?,?,?,?,?,?,?,?,?)", articles)
        conn.executemany("insert into mentions (article_id, kind, group_key, data, sentence_index, sentence, "
                         "start, [end], rule) values (?,?,?,?,?,?,?,?,?)", mentions)
        for view in facts:
            marks = ",".join("?" * len(cols[view]))
            conn.executemany(f"insert into [{view}] ({', '.join(f'[{c}]' for c in cols[view])}) values ({marks})",
                             facts[view])
            conn.executemany(f"insert into {SOURCE_TABLES[view]} (fact_id, article_id, sentence, start, [end], "
                             f"rule) values (?,?,?,?,?,?)", sources[view])
            facts[view].clear()
            sources[view].clear()
        articles.clear()
        mentions.clear()

    # Interleave the views; about three facts per article.
    total = sum(n for _, n in plan)
    remaining = {v: n for v, n in plan}
    done = 0
    art_facts: list = []
    rng = gen.rng
    while done < total:
        # pick a view with probability proportional to what is left
        r = rng.randrange(total - done)
        for view, _ in plan:
            if r < remaining[view]:
                break
            r -= remaining[view]
        remaining[view] -= 1
        done += 1
        fact, rec, sentence, extra = getattr(gen, {"agreements": "agreement", "visits": "visit",
                                                  "trade": "trade"}[view])()
        art_facts.append((view, fact, rec, sentence, extra))
        if len(art_facts) >= 3 or done == total:
            article_id += 1
            name = f"synthetic-{article_id:07d}.txt"
            published = next((r.get("signed_on") or r.get("start") for _, _, r, _, _ in art_facts
                              if r.get("signed_on") or r.get("start")), None)
            body = " ".join(s for _, _, _, s, _ in art_facts) + " " + gen.filler(30) + "."
            title = art_facts[0][3].split(",")[0][:80]
            text = f"{title}\n\n{body}"
            articles.append((article_id, f"/bench/{name}", name, f"/bench/{name}",
                             f"{article_id:064x}", title, published, text, loaded_at, len(art_facts)))
            pos = len(title) + 2
            for i, (v, fact, rec, sentence, extra) in enumerate(art_facts):
                fact_ids[v] += 1
                fid = fact_ids[v]
                gkey = f"{v}:{article_id}:{i}"
                s_start, s_end = pos, pos + len(sentence)
                pos = s_end + 1
                mentions.append((article_id, v, gkey, json.dumps(fact, ensure_ascii=False), i + 1, sentence,
                                 s_start, s_end, f"bench.{v}"))
                rec = dict(rec, id=fid, group_key=gkey, disputed=1 if rng.random() < 0.02 else 0,
                           disputes=None, n_sources=1, articles=name)
                words = [str(x) for k, x in rec.items() if x is not None and k not in ("group_key", "disputes")]
                rec["search"] = " ".join(words + extra + [sentence])
                facts[v].append(tuple(rec.get(c) for c in cols[v]))
                sources[v].append((fid, article_id, sentence, s_start, s_end, f"bench.{v}"))
            art_facts = []
            if len(articles) >= 20000:
                flush()
                if not quiet:
                    print(f"\r  {done:,}/{total:,} rows", end="", file=sys.stderr, flush=True)
    flush()
    t_insert = time.perf_counter()
    for kind, name, sql in saved:
        if kind == "index":
            conn.execute(sql)
    t_index = time.perf_counter()
    for view, _ in plan:
        conn.execute(f"insert into [{view}_fts]([{view}_fts]) values ('rebuild')")
    for kind, name, sql in saved:
        if kind == "trigger":
            conn.execute(sql)
    conn.execute("commit")
    t_fts = time.perf_counter()
    conn.close()
    t_end = time.perf_counter()
    if not quiet:
        print(file=sys.stderr)
    return {"rows": dict(plan), "articles": article_id, "seconds": t_end - t0,
            "insert_s": t_insert - t0, "index_s": t_index - t_insert, "fts_s": t_fts - t_index,
            "bytes": os.path.getsize(db_path)}


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--rows", type=int, default=1_000_000, help="rows in the Agreements view")
    ap.add_argument("--other-rows", type=int, default=None, help="rows in Visits and in Trade (default rows/10)")
    ap.add_argument("--db", required=True)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args(argv)
    info = generate(args.db, args.rows, args.other_rows, args.seed)
    r = info["rows"]
    print(f"{args.db}: {r['agreements']:,} agreements, {r['visits']:,} visits, {r['trade']:,} trade rows, "
          f"{info['articles']:,} articles, {info['bytes'] / 1e6:,.0f} MB in {info['seconds']:.1f} s "
          f"(insert {info['insert_s']:.1f} s, indexes {info['index_s']:.1f} s, FTS {info['fts_s']:.1f} s)")


if __name__ == "__main__":
    main()
