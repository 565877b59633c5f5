"""Hostile text: CSV cells a spreadsheet would run, filter text that looks like SQL or FTS syntax."""
from __future__ import annotations

import csv
import hashlib
import json
import sqlite3

import pytest
from click.testing import CliRunner
from hypothesis import given, strategies as st

from loaders.model import Extraction, RawArticle
from robust_profiles import PROFILE
from store import Store, ViewSpec
from store.export import neutralise
from store.schema import QUERY_VIEWS
from store.views import COLUMNS
from tui.cli import cli

EVIL = "=cmd|' /C calc'!A0"


def _raw(name: str, text: str) -> RawArticle:
    return RawArticle(name=name, text=text, content_hash=hashlib.sha256(text.encode()).hexdigest(), path=name)


def _ev(sentence: str) -> dict:
    return {"sentence_index": 0, "sentence": sentence, "start": 0, "end": len(sentence), "rule": "test"}


def hostile_extraction() -> tuple[RawArticle, Extraction]:
    sentence = f"{EVIL} visited Nairobi; exports fell 39.6 percent."
    visit = {"visitor": EVIL, "visitor_role": "+President", "visitor_iso3": "CHL", "host_iso3": "KEN",
             "city": "@Nairobi", "start": "2025-05-01", "end": None, "kind": "official", "evidence": _ev(sentence)}
    agreement = {"parties_iso3": ["CHL", "KEN"], "signed_on": "2025-05-02", "sector": "mining", "instrument": "mou",
                 "title": '=HYPERLINK("http://evil.example","click")', "evidence": _ev(sentence)}
    trade = [
        {"exporter_iso3": "CHL", "importer_iso3": "KEN", "flow": "exports", "metric": "change_pct", "value": -39.6,
         "unit": "percent", "period_start": 2024, "period_end": 2024, "products": EVIL, "evidence": _ev(sentence)},
        {"exporter_iso3": "KEN", "importer_iso3": "CHL", "flow": "exports", "metric": "value", "value": 1.5e9,
         "unit": "USD", "period_start": 2023, "period_end": 2023, "products": "\t-tea\r", "evidence": _ev(sentence)},
    ]
    raw = _raw("evil.txt", sentence)
    return raw, Extraction(name=raw.name, title=EVIL, published="2025-05-03", visits=[visit],
                           agreements=[agreement], trade=trade)


@pytest.fixture(scope="module")
def evil_db(tmp_path_factory):
    db = tmp_path_factory.mktemp("hostile") / "evil.db"
    s = Store.open(db)
    s.save_extraction(*hostile_extraction())
    s.close()
    return db


def export_csv(db, view: str, tmp_path) -> list[dict]:
    out = tmp_path / f"{view}.csv"
    result = CliRunner().invoke(cli, ["export", view, "--db", str(db), "--format", "csv", "-o", str(out)])
    assert result.exit_code == 0, result.output
    with open(out, newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def test_csv_export_neutralises_formula_text_and_keeps_numbers(evil_db, tmp_path):
    (visit,) = export_csv(evil_db, "visits", tmp_path)
    assert visit["Visitor"] == "'" + EVIL
    assert visit["Role"] == "'+President" and visit["City"] == "'@Nairobi"
    assert visit["Src"] == "1"

    (agreement,) = export_csv(evil_db, "agreements", tmp_path)
    assert agreement["Title"] == "'" + '=HYPERLINK("http://evil.example","click")'

    trade = {r["Metric"]: r for r in export_csv(evil_db, "trade", tmp_path)}
    pct, value = trade["change_pct"], trade["value"]
    assert pct["Products"] == "'" + EVIL
    assert pct["Value"] == "-39.6" and float(pct["Value"]) == -39.6  # a negative number is not prefixed
    assert float(value["Value"]) == 1.5e9 and not value["Value"].startswith("'")
    assert value["Products"] == "'\t-tea\r"  # tab and carriage return leads too

    # no text cell anywhere starts with a formula character unless it is a plain number
    for view in ("visits", "agreements", "trade"):
        for row in export_csv(evil_db, view, tmp_path):
            for cell in row.values():
                if cell[:1] in ("=", "+", "-", "@", "\t", "\r"):
                    float(cell)  # only numbers may


def test_json_export_keeps_the_text_as_it_was(evil_db, tmp_path):
    out = tmp_path / "v.json"
    result = CliRunner().invoke(cli, ["export", "visits", "--db", str(evil_db), "--format", "json", "-o", str(out)])
    assert result.exit_code == 0
    (row,) = json.loads(out.read_text(encoding="utf-8"))
    assert row["visitor"] == EVIL  # JSON is data for programs, not a spreadsheet: unchanged


@pytest.mark.parametrize("value,expected", [
    ("=1+1", "'=1+1"), ("+1+1", "'+1+1"), ("-1+1", "'-1+1"), ("@SUM(A1)", "'@SUM(A1)"), ("\tx", "'\tx"),
    ("\rx", "'\rx"), ("-", "'-"), ("-39.6", "-39.6"), ("+5", "+5"), ("-1e-3", "-1e-3"), (-39.6, -39.6),
    (0, 0), (None, None), ("Kenya", "Kenya"), ("", ""),
])
def test_neutralise_cells(value, expected):
    assert neutralise(value) == expected


# ------------------------------------------------------------------ filters

FILTER_ATOMS = st.sampled_from([
    '"', "'", "(", ")", "*", "^", ":", "-", "+", "AND", "OR", "NOT", "NEAR(", "NEAR/2", "{", "}", "[", "]",
    "country:", "sector:", "year:", "year:2020..2025", "year:>2020", "kind:", "article:", "visitor:",
    "-country:kenya", "disputed:yes", "title:", "products:%", "city:_", "\\", "%", "_", ";", "--",
    "'; drop table agreements; --", "\x00", "Chile", "Kenya", "mining", "ZZZ", "2025", "٢٠٢٥", "é", "ß",
    "\u200b", "\ufeff", " ", "\t", "\n",
])
FILTERS = st.one_of(st.text(max_size=60), st.lists(FILTER_ATOMS, max_size=8).map(" ".join),
                    st.lists(FILTER_ATOMS, max_size=8).map("".join))


@pytest.fixture(scope="module")
def filled(tmp_path_factory):
    db = tmp_path_factory.mktemp("filters") / "f.db"
    s = Store.open(db)
    s.save_extraction(*hostile_extraction())
    s.load_seeds()
    yield s
    s.close()


@PROFILE
@given(text=FILTERS, view=st.sampled_from(QUERY_VIEWS))
def test_filter_text_never_raises_and_never_runs(filled, text, view):
    before = filled.counts()
    spec = ViewSpec(view, text)
    n = filled.count(spec)
    rows = filled.rows(spec, 0, 20)
    assert len(rows) == min(n, 20)  # the count and the table agree ("_ chile" once did not)
    if n:
        assert len(filled.rows(spec, max(0, n - 5), 5, total=n)) == min(n, 5)  # the end window too
    assert n <= filled.count(ViewSpec(view))
    filled.describe_filter(spec)
    facetable = [c.key for c in COLUMNS[view] if c.kind == "text"]
    if facetable:
        try:
            filled.facet(spec, facetable[0])
        except ValueError:  # a display column that is not a table column: a caller error, not the filter's
            pass
    assert filled.counts() == before  # nothing the filter said was executed


@pytest.mark.parametrize("text,view,expect", [
    ('"calc\'!A0"', "visits", 1),          # quotes and punctuation searched literally
    ("cmd|'", "visits", 1),
    ("HYPERLINK(", "visits", 0),             # FTS function syntax is a word here (not in this row)
    ("title:HYPERLINK(", "agreements", 1),   # a LIKE value, parenthesis and all
    ("title:evil.example*", "agreements", 0),  # '*' is literal in a field value
    ("title:evil.example", "agreements", 1),
    ("visitor:=cmd", "visits", 1),           # a field value with a formula char is a LIKE value
    ("visitor:%", "visits", 0),              # LIKE wildcards are literal
    ("city:_airobi", "visits", 0),
    ("'; drop table visits; --", "visits", 0),
    ("_ calc", "visits", 1),                  # "_" is no FTS token: ignored, not a term matching nothing
])
def test_filter_syntax_is_searched_literally(filled, text, view, expect):
    spec = ViewSpec(view, text + " country:chl")
    assert filled.count(spec) == expect
    conn = sqlite3.connect(filled.path)
    assert conn.execute("select count(*) from visits").fetchone()[0] >= 1  # the table is still there
    conn.close()


@pytest.mark.parametrize("text", [
    "mining " * 5000,                  # a pasted paragraph: past SQLite's expression depth of 1000
    "country:kenya " * 1200, "year:2020 " * 1500, "-kind:state " * 1500, "visitor:x " * 1100,
    '"' + "chile " * 30000 + '"',       # one quoted phrase of 30,000 words
    "x" * 200_000,
], ids=["5000-words", "1200-countries", "1500-years", "1500-negations", "1100-likes", "30000-word-phrase",
        "200k-chars"])
def test_very_long_filter_text_never_raises(filled, text):
    for view in QUERY_VIEWS:
        spec = ViewSpec(view, text)
        n = filled.count(spec)
        assert len(filled.rows(spec, 0, 20)) == min(n, 20)
        filled.describe_filter(spec)


def test_long_filter_says_what_it_ignored(filled):
    assert "ignored" in filled.describe_filter(ViewSpec("visits", "mining " * 500))
    assert "ignored" not in filled.describe_filter(ViewSpec("visits", "mining chile"))
