"""The store: merging across articles, filters as the user types them, windows, export."""
from __future__ import annotations

import csv
import io
import json
import sqlite3

import pytest

from loaders.model import Extraction, RawArticle
from store import Store, StoreError, ViewSpec
from store.export import neutralise


def raw(name: str, text: str) -> RawArticle:
    import hashlib
    return RawArticle(name=name, text=text, content_hash=hashlib.sha256(text.encode()).hexdigest(), path=name)


def ev(sentence: str, rule: str = "test") -> dict:
    return {"sentence_index": 0, "sentence": sentence, "start": 0, "end": len(sentence), "rule": rule}


def visit(start: str, kind="official", sentence="X visited Y.") -> dict:
    return {"visitor": "Ana Diaz", "visitor_role": "President", "visitor_iso3": "CHL", "host_iso3": "KEN",
            "city": "Nairobi", "start": start, "end": None, "kind": kind, "evidence": ev(sentence)}


def agreement(sector: str, signed_on: str, sentence="They signed.") -> dict:
    return {"parties_iso3": ["CHL", "KEN"], "signed_on": signed_on, "sector": sector, "instrument": "mou",
            "title": f"MoU on {sector}", "evidence": ev(sentence)}


def extraction(name: str, visits=(), agreements=(), trade=()) -> Extraction:
    return Extraction(name=name, title=name, published=None, visits=list(visits),
                      agreements=list(agreements), trade=list(trade))


@pytest.fixture
def store(tmp_path):
    s = Store.open(tmp_path / "t.db")
    yield s
    s.close()


def test_same_visit_in_two_articles_is_one_row_with_both_sources(store):
    store.save_extraction(raw("a.txt", "one"), extraction("a.txt", visits=[visit("2024-05")]))
    store.save_extraction(raw("b.txt", "two"), extraction("b.txt", visits=[visit("2024-05-21")]))
    rows = store.rows(ViewSpec("visits"))
    assert len(rows) == 1
    detail = store.detail("visits", rows[0]["id"])
    assert sorted(s["article"] for s in detail["sources"]) == ["a.txt", "b.txt"]
    assert detail["start"] == "2024-05-21"   # the more precise compatible date wins


def test_unchanged_article_adds_nothing(store):
    ex = extraction("a.txt", visits=[visit("2024-05")])
    assert store.save_extraction(raw("a.txt", "same text"), ex) == "new"
    assert store.save_extraction(raw("a.txt", "same text"), ex) == "unchanged"
    assert store.counts()["articles"] == 1 and store.counts()["visits"] == 1


def test_changed_article_replaces_its_facts(store):
    store.save_extraction(raw("a.txt", "v1"), extraction("a.txt", agreements=[agreement("mining", "2024-05")]))
    store.save_extraction(raw("a.txt", "v2"), extraction("a.txt", agreements=[agreement("energy", "2024-05")]))
    assert [r["sector"] for r in store.rows(ViewSpec("agreements"))] == ["energy"]


@pytest.fixture
def filled(store):
    sectors = ["mining", "energy", "education", "health", "mining"]
    for i, sector in enumerate(sectors):
        year = 2020 + i
        store.save_extraction(
            raw(f"art{i}.txt", f"text {i}"),
            extraction(f"art{i}.txt", agreements=[agreement(sector, f"{year}-01-0{i + 1}",
                                                            sentence=f"They signed an MoU on {sector} in {year}.")]))
    return store


def test_filter_free_words_fields_and_negation(filled):
    count = lambda f: filled.count(ViewSpec("agreements", f))
    assert count("") == 5
    assert count("mining") == 2
    assert count("sector:mining") == 2
    assert count("-sector:mining") == 3
    assert count("year:2021..2023") == 3
    assert count("year:2024 sector:mining") == 1
    assert count("country:kenya") == 5
    assert count("country:KEN") == 5
    assert count("country:france") == 0
    assert "mining" in filled.describe_filter(ViewSpec("agreements", "sector:mining"))


@pytest.mark.parametrize("text", ['"', "'", "a AND b", "*", "(", ")", "mining OR", 'NEAR(a b)', "x:", ":",
                                  "-", "year:abc", "sector:", "'; drop table agreements; --", "\x00", "[bold]"])
def test_hostile_filter_text_never_raises(filled, text):
    filled.count(ViewSpec("agreements", text))
    filled.rows(ViewSpec("agreements", text))
    assert filled.count(ViewSpec("agreements")) == 5  # and nothing was dropped


def test_window_from_the_end_matches_window_from_the_start(filled):
    spec = ViewSpec("agreements", sort=[("signed_on", "asc")])
    forward = filled.rows(spec, 0, 10)
    assert [r["signed_on"][:4] for r in forward] == ["2020", "2021", "2022", "2023", "2024"]
    assert filled.rows(spec, 3, 2, total=5) == forward[3:5]


def test_facet_counts_ignore_their_own_field(filled):
    facets = dict(filled.facet(ViewSpec("agreements", "sector:mining"), "sector"))
    assert facets["mining"] == 2 and facets["energy"] == 1


def test_csv_export_is_the_screen_query(filled):
    spec = ViewSpec("agreements", "mining", [("signed_on", "desc")])
    out = io.StringIO()
    n = filled.export(spec, "csv", out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert n == 2 and [r["Signed"] for r in rows] == [r["signed_on"] for r in filled.rows(spec)]


def test_json_export_keeps_the_contract(filled):
    out = io.StringIO()
    filled.export(ViewSpec("agreements", "sector:energy"), "json", out)
    (row,) = json.loads(out.getvalue())
    assert row["parties_iso3"] == ["CHL", "KEN"] and row["sector"] == "energy"
    assert row["sources"][0]["article"] == "art1.txt" and "energy" in row["sources"][0]["sentence"]


def test_formula_cells_are_neutralised_numbers_are_not():
    assert neutralise("=HYPERLINK(1)") == "'=HYPERLINK(1)"
    assert neutralise("@SUM") == "'@SUM" and neutralise("-x") == "'-x"
    assert neutralise(-39.6) == -39.6 and neutralise("Kenya") == "Kenya"


def test_not_a_database_is_refused_and_left_untouched(tmp_path):
    p = tmp_path / "notes.db"
    p.write_text("my notes, not a database\n" * 100)
    before = p.read_bytes()
    with pytest.raises(StoreError, match="not a relations-tui database"):
        Store.open(p)
    assert p.read_bytes() == before


def test_newer_schema_is_refused(tmp_path):
    p = tmp_path / "new.db"
    Store.open(p).close()
    conn = sqlite3.connect(p)
    conn.execute("update meta set value = '999' where key = 'schema_version'")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="newer"):
        Store.open(p)


def test_database_opens_with_plain_sqlite_utils(filled, tmp_path):
    import sqlite_utils
    db = sqlite_utils.Database(filled.path)
    assert {"articles", "visits", "agreements", "trade", "agreements_fts"} <= set(db.table_names())
    assert len(list(db["agreements"].search("mining"))) == 2


def test_unknown_dates_sort_last_in_either_direction(store):
    store.save_extraction(raw("a.txt", "a"), extraction("a.txt", agreements=[agreement("mining", None)]))
    store.save_extraction(raw("b.txt", "b"), extraction("b.txt", agreements=[agreement("energy", "2020")]))
    store.save_extraction(raw("c.txt", "c"), extraction("c.txt", agreements=[agreement("health", "2024")]))
    for direction, expected in (("desc", ["2024", "2020", None]), ("asc", ["2020", "2024", None])):
        spec = ViewSpec("agreements", sort=[("signed_on", direction)])
        assert [r["signed_on"] for r in store.rows(spec)] == expected
        assert [r["signed_on"] for r in store.rows(spec, 1, 2, total=3)] == expected[1:]


def test_free_words_search_the_row_and_text_filter_the_sentences(store):
    sentence = "They signed agreements on agriculture and mining with Kenya's minister Otieno."
    store.save_extraction(raw("a.txt", "a"), extraction("a.txt", agreements=[
        agreement("agriculture", "2024-01", sentence), agreement("mining", "2024-01", sentence)]))
    assert [r["sector"] for r in store.rows(ViewSpec("agreements", "mining"))] == ["mining"]
    assert store.count(ViewSpec("agreements", "text:otieno")) == 2
    assert store.count(ViewSpec("agreements", "otieno")) == 0
