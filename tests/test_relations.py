"""Relationship profiles: the relations view, a pair's timeline, visit–agreement links,
their export (API and CLI), and the upgrade of a schema-1 file."""
from __future__ import annotations

import csv
import hashlib
import io
import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from loaders.model import Extraction, RawArticle
from store import Store, ViewSpec
from store.relations import PairError, parse_pair, within
from store.schema import SCHEMA_VERSION

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def seeds_db(tmp_path_factory) -> Path:
    p = tmp_path_factory.mktemp("rel") / "seeds.db"
    s = Store.open(p)
    summary = s.load_paths([str(ROOT / "seeds")])
    assert not summary.failed and len(summary.new) == 3, summary.line()
    s.close()
    return p


@pytest.fixture
def store(seeds_db, tmp_path):
    p = tmp_path / "t.db"
    shutil.copy(seeds_db, p)
    s = Store.open(p)
    yield s
    s.close()


# ---------------------------------------------------------------- relations view
def test_relations_lists_the_seed_pairs(store):
    rows = store.rows(ViewSpec("relations"))
    by_pair = {r["parties"]: r for r in rows}
    assert set(by_pair) >= {"Azerbaijan – Rwanda", "Kazakhstan – Rwanda"}
    aze = by_pair["Azerbaijan – Rwanda"]
    assert aze["first_contact"] == "2004" and aze["last_contact"].startswith("2025-09")
    assert (aze["visits_ab"], aze["visits_ba"]) == (0, 1)          # Rwanda -> Azerbaijan
    assert aze["n_agreements"] == 7 and "aviation 1" in aze["agreements_by_sector"]
    assert "-39.6%" in aze["trade_latest"] and aze["n_milestones"] == 2 and aze["n_sources"] >= 1
    kaz = by_pair["Kazakhstan – Rwanda"]
    assert kaz["visits_ba"] == 2 and kaz["n_agreements"] >= 6 and "mining" in kaz["agreements_by_sector"]
    assert kaz["n_sources"] == 2


def test_relations_filters_sort_window_and_facets(store):
    count = lambda f: store.count(ViewSpec("relations", f))
    assert count("") == 2
    assert count("country:kazakhstan") == 1 and count("country:RWA") == 2 and count("country:france") == 0
    assert count("-country:kaz") == 1
    assert count("mining") == 1 and count("aviation") == 1 and count("Kagame") == 2
    assert count("sector:mining") == 1
    assert count("year:2004") == 1 and count("year:2015..2016") == 2 and count("year:>2025") == 0 and count("year:<2010") == 1
    assert count("article:001_") == 1 and count("pair:AZE") == 1
    for hostile in ['"', "a AND b", "NEAR(a b)", "year:x", "'; drop table relations; --"]:
        store.count(ViewSpec("relations", hostile))
        store.rows(ViewSpec("relations", hostile))
    spec = ViewSpec("relations", sort=[("first_contact", "asc")])
    assert [r["parties"] for r in store.rows(spec)] == ["Azerbaijan – Rwanda", "Kazakhstan – Rwanda"]
    assert store.rows(spec, 1, 1, total=2) == store.rows(spec)[1:]
    assert [c.key for c in store.columns("relations")][0] == "parties"
    assert dict(store.facet(ViewSpec("relations"), "a_iso3")) == {"AZE": 1, "KAZ": 1}
    assert "country is kazakhstan" in store.describe_filter(ViewSpec("relations", "country:kazakhstan"))
    detail = store.relation("RWA-AZE")
    assert detail["pair"] == "AZE-RWA" and detail["articles"] and "search" not in detail


def test_relations_follow_new_and_changed_articles(store):
    def raw(name, text):
        return RawArticle(name=name, text=text, content_hash=hashlib.sha256(text.encode()).hexdigest(), path=name)
    ev = {"sentence_index": 0, "sentence": "Ghana and Peru established diplomatic relations in 1962.",
          "start": 0, "end": 10, "rule": "t"}
    m = {"parties_iso3": ["GHA", "PER"], "kind": "relations_established", "date": "1962",
         "summary": "Diplomatic relations established (1962)", "evidence": ev}
    store.save_extraction(raw("x.txt", "v1"), Extraction("x.txt", None, None, milestones=[m]))
    (row,) = store.rows(ViewSpec("relations", "country:ghana"))
    assert row["first_contact"] == "1962" and row["n_milestones"] == 1
    store.save_extraction(raw("x.txt", "v2"), Extraction("x.txt", None, None))   # the article now says nothing
    assert store.count(ViewSpec("relations", "country:ghana")) == 0
    store.rebuild_merged()
    assert store.count(ViewSpec("relations")) == 2


# ---------------------------------------------------------------- profile
def test_profile_timeline_aze_rwa(store):
    rows = store.profile("AZE-RWA")
    assert rows == store.profile(("RWA", "AZE")) == store.profile("Rwanda-Azerbaijan")
    kinds = [r["kind"] for r in rows]
    assert rows[0]["kind"] == "relations_established" and rows[0]["date"] == "2004"
    for r in rows:
        assert r["sources"] and all(s["article"] and s["sentence"] for s in r["sources"]), r
        assert set(r) >= {"date", "kind", "summary", "sources", "disputed"}
    # 2023: the MoU on political consultations and the visa agreement
    signed_2023 = [r for r in rows if r["kind"] == "agreement" and (r["date"] or "").startswith("2023")]
    assert len(signed_2023) == 2
    assert any("political consultations" in r["summary"] for r in signed_2023)
    assert any("visa" in r["summary"] for r in signed_2023)
    # 2025: the first political consultations, then the September visit with its five agreements
    (visit,) = [r for r in rows if r["kind"] == "visit"]
    assert visit["date"] == "2025-09" and "Kagame" in visit["summary"]
    assert "5 agreements signed during the visit" in visit["summary"] and len(visit["linked"]) == 5
    during = [r for r in rows if r["kind"] == "agreement" and (r["date"] or "").startswith("2025-09")]
    assert len(during) == 5 and all("during" in r["summary"] for r in during)
    assert kinds.index("visit") < min(i for i, r in enumerate(rows) if r in during)
    assert "consultations" in kinds and kinds.index("consultations") < kinds.index("visit")
    trade = [r for r in rows if r["kind"] == "trade"]
    assert len(trade) == 2 and any("-39.6%" in r["summary"] for r in trade)
    dated = [r["date"] for r in rows if r["date"]]
    assert dated == sorted(dated) and rows[-1]["date"] is not None or all(r["date"] is None for r in rows[len(dated):])


def test_profile_kaz_rwa_links_the_may_visit(store):
    rows = store.profile("KAZ-RWA")
    visits = [r for r in rows if r["kind"] == "visit"]
    assert [v["date"][:4] for v in visits] == ["2015", "2025"]
    assert visits[0]["linked"] == [] and len(visits[1]["linked"]) >= 6
    undated = [r for r in rows if r["date"] is None]
    assert rows[len(rows) - len(undated):] == undated          # undated last


def test_linked_both_ways(store):
    (visit,) = store.rows(ViewSpec("visits", "country:azerbaijan"))
    agreements = store.linked("visits", visit["id"])
    assert sorted(a["sector"] for a in agreements) == ["agriculture", "aviation", "education", "public_service", "trade"]
    assert all(a["view"] == "agreements" for a in agreements)
    back = store.linked("agreements", agreements[0]["id"])
    assert [v["id"] for v in back] == [visit["id"]]
    mou = next(r for r in store.rows(ViewSpec("agreements"), 0, 100)
               if r["parties"] == "Azerbaijan – Rwanda" and (r["signed_on"] or "").startswith("2023"))
    assert store.linked("agreements", mou["id"]) == []
    assert store.linked("trade", 1) == [] and store.linked("visits", 10 ** 9) == []


@pytest.mark.parametrize("date, start, end, ok", [
    ("2025-09-20", "2025-09", None, True),
    ("2025-05-28", "2025-05-27", None, True),
    ("2025-05-28", "2025-05-27", "2025-05-29", True),
    ("2025-05-30", "2025-05-27", "2025-05-29", False),
    ("2025-05-26", "2025-05-27", None, False),
    ("2025-06-02", "2025-05-27", None, False),
    ("2025-05-28", "2025", None, False),       # a year alone links nothing
    (None, "2025-05", None, False),
])
def test_within(date, start, end, ok):
    assert within(date, start, end) is ok


def test_parse_pair():
    assert parse_pair("AZE-RWA") == parse_pair("rwa/aze") == parse_pair(("RWA", "AZE")) == ("AZE", "RWA")
    assert parse_pair("Rwanda, Kazakhstan") == ("KAZ", "RWA")
    for bad in ("AZE", "AZE-AZE", "AZE-XXX", "", "a-b-c-d"):
        with pytest.raises(PairError):
            parse_pair(bad)


# ---------------------------------------------------------------- export
def test_export_relations_csv_and_json(store):
    out = io.StringIO()
    assert store.export(ViewSpec("relations", "country:kaz"), "csv", out) == 1
    (row,) = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert row["Pair"] == "Kazakhstan – Rwanda" and row["Visits b→a"] == "2"
    out = io.StringIO()
    store.export(ViewSpec("relations"), "json", out)
    data = json.loads(out.getvalue())
    assert {r["pair"] for r in data} == {"AZE-RWA", "KAZ-RWA"} and isinstance(data[0]["articles"], list)


def test_cli_export_profile_and_relations(seeds_db, tmp_path):
    from tui.cli import cli
    runner = CliRunner()
    res = runner.invoke(cli, ["export", "profile", "--db", str(seeds_db), "--pair", "AZE-RWA"])
    assert res.exit_code == 0, res.output
    rows = list(csv.DictReader(io.StringIO(res.output)))
    assert list(rows[0]) == ["date", "end", "kind", "summary", "sources", "disputed"]
    assert rows[0]["kind"] == "relations_established" and all(r["sources"] for r in rows)
    out = tmp_path / "p.json"
    res = runner.invoke(cli, ["export", "profile", "--db", str(seeds_db), "--pair", "Rwanda-Azerbaijan",
                              "--format", "json", "-o", str(out)])
    assert res.exit_code == 0
    data = json.loads(out.read_text())
    assert data[0]["date"] == "2004" and all({"date", "kind", "summary", "sources"} <= set(r) for r in data)
    res = runner.invoke(cli, ["export", "relations", "--db", str(seeds_db), "--format", "json"])
    assert res.exit_code == 0 and len(json.loads(res.output)) == 2
    for args, msg in ((["--pair", "AZE-XXX"], "not a country"), (["--pair", "AZE-FRA"], "no facts"),
                      ([], "needs --pair"), (["--pair", "AZE"], "not a pair")):
        res = runner.invoke(cli, ["export", "profile", "--db", str(seeds_db), *args])
        assert res.exit_code != 0 and "Error:" in res.output and msg in res.output, res.output
        assert "Traceback" not in res.output


# ---------------------------------------------------------------- schema upgrade
def test_schema_1_file_opens_and_upgrades(tmp_path):
    """tests/data/schema_v1_seeds.sqlite was written by the schema-1 store (commit 94e7018) from the seeds."""
    p = tmp_path / "old.db"
    shutil.copy(ROOT / "tests" / "data" / "schema_v1_seeds.sqlite", p)
    import sqlite3
    conn = sqlite3.connect(p)
    assert conn.execute("select value from meta where key = 'schema_version'").fetchone()[0] == "1"
    assert "milestones" not in {r[0] for r in conn.execute("select name from sqlite_master")}
    before = {v: conn.execute(f"select count(*) from {v}").fetchone()[0] for v in ("visits", "agreements", "trade")}
    conn.close()
    s = Store.open(p)
    try:
        assert s.db.execute("select value from meta where key = 'schema_version'").fetchone()[0] == str(SCHEMA_VERSION)
        counts = s.counts()
        assert {v: counts[v] for v in before} == before            # the old facts are kept
        assert counts["milestones"] == 2                            # extracted from the stored texts
        assert s.count(ViewSpec("relations")) == 2
        assert s.profile("AZE-RWA")[0]["kind"] == "relations_established"
        assert s.count(ViewSpec("milestones", "consultations")) == 1   # FTS works on the new table
    finally:
        s.close()
    s = Store.open(p)   # a second open does nothing more
    assert s.counts()["milestones"] == 2
    s.close()


@pytest.mark.parametrize("view", ["milestones", "relations"])
@pytest.mark.parametrize("text", ['"', "*", "(", "kind:", "-", "year:abc", "x:y", "'; drop table milestones; --",
                                  "\x00", "[bold]", "country:", "article:%", "disputed:yes"])
def test_hostile_filters_on_the_new_views(store, view, text):
    store.count(ViewSpec(view, text))
    store.rows(ViewSpec(view, text))
    store.describe_filter(ViewSpec(view, text))
    assert store.count(ViewSpec(view)) == 2


def test_milestones_view_export_json(store):
    out = io.StringIO()
    store.export(ViewSpec("milestones", "kind:relations_established"), "json", out)
    (row,) = json.loads(out.getvalue())
    assert row["parties_iso3"] == ["AZE", "RWA"] and row["date"] == "2004"
    assert row["sources"] and "2004" in row["sources"][0]["sentence"]


def test_interrupted_upgrade_is_done_again_on_the_next_open(tmp_path, monkeypatch):
    import sqlite3

    import store.relations as rel
    from store import StoreError
    p = tmp_path / "old.db"
    shutil.copy(ROOT / "tests" / "data" / "schema_v1_seeds.sqlite", p)

    def boom(db, pairs):
        raise sqlite3.OperationalError("database is locked")
    real = rel.rebuild
    monkeypatch.setattr(rel, "rebuild", boom)
    with pytest.raises(StoreError, match="locked"):
        Store.open(p)
    monkeypatch.setattr(rel, "rebuild", real)
    conn = sqlite3.connect(p)
    assert conn.execute("select value from meta where key = 'schema_version'").fetchone()[0] == "1"
    assert conn.execute("select count(*) from mentions where kind = 'milestones'").fetchone()[0] == 0
    conn.close()
    s = Store.open(p)
    try:
        assert s.counts()["milestones"] == 2 and s.count(ViewSpec("relations")) == 2
        assert s.db.execute("select value from meta where key = 'schema_version'").fetchone()[0] == str(SCHEMA_VERSION)
    finally:
        s.close()


def test_visit_summary_gives_the_duration():
    from store.relations import _visit_summary
    v = {"visitor": "Ana Diaz", "visitor_role": "President", "visitor_iso3": "CHL", "host_iso3": "KEN",
         "city": "Nairobi", "start": "2024-05-20", "end": "2024-05-22", "kind": "state"}
    text = _visit_summary(v, 2)
    assert "2024-05-20–2024-05-22 (3 days)" in text and "(2 agreements signed during the visit)" in text
    assert "state visit to Nairobi, Kenya" in text
