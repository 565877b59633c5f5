"""A focus country: Visits, Agreements and Trade show a `partner` column first.

The partner (the other country of each row) is computed by the store in the
query that serves the rows, so sorting, filtering, counts, windows and the
CSV/JSON export all see it; without a focus nothing changes.
"""
from __future__ import annotations

import csv
import hashlib
import io
import json

import pytest

from loaders.model import Extraction, RawArticle
from store import Store, ViewSpec
from tui_support import filter_settled, seed_db_master, seed_store, sync, wait_for  # noqa: F401 (fixtures)

SIZE = (120, 36)


def _raw(name: str) -> RawArticle:
    return RawArticle(name=name, text=name, content_hash=hashlib.sha256(name.encode()).hexdigest(), path=name)


def _ev() -> dict:
    return {"sentence_index": 0, "sentence": "s.", "start": 0, "end": 2, "rule": "test"}


def _visit(visitor: str, host: str, start: str, who: str = "Ana Diaz") -> dict:
    return {"visitor": who, "visitor_role": "President", "visitor_iso3": visitor, "host_iso3": host,
            "city": None, "start": start, "end": None, "kind": "official", "evidence": _ev()}


def _agreement(a: str, b: str, sector: str, signed_on: str) -> dict:
    return {"parties_iso3": sorted([a, b]), "signed_on": signed_on, "sector": sector, "instrument": "mou",
            "title": f"MoU on {sector}", "evidence": _ev()}


def _trade(exporter: str, importer: str, value: float, year: int) -> dict:
    return {"exporter_iso3": exporter, "importer_iso3": importer, "flow": "exports", "metric": "value",
            "value": value, "unit": "USD", "period_start": year, "period_end": year, "products": None,
            "evidence": _ev()}


@pytest.fixture
def small(tmp_path):
    """RWA as visitor and as host, as first and second party, as exporter and importer;
    plus a row of two other countries (no partner)."""
    s = Store.open(tmp_path / "f.db")
    facts = [
        ("a.txt", dict(visits=[_visit("AZE", "RWA", "2024-03")],          # focus is the host
                       agreements=[_agreement("AZE", "RWA", "mining", "2024-03-02")],   # RWA party b
                       trade=[_trade("RWA", "KEN", 5e6, 2022)])),          # focus exports
        ("b.txt", dict(visits=[_visit("RWA", "KAZ", "2025-05", who="Paul Kagame")],     # focus is the visitor
                       agreements=[_agreement("RWA", "ZAF", "energy", "2025-01-10")],   # RWA party a
                       trade=[_trade("AZE", "RWA", 7e6, 2023)])),          # focus imports
        ("c.txt", dict(visits=[_visit("CHL", "KEN", "2023-01")],
                       agreements=[_agreement("CHL", "KEN", "health", "2023-02-01")],
                       trade=[_trade("CHL", "KEN", 1e6, 2021)])),
    ]
    for name, kw in facts:
        s.save_extraction(_raw(name), Extraction(name=name, title=name, published=None, **kw))
    yield s
    s.close()


PARTNERS = {  # rows involving RWA, default order (newest first): the partner of each
    "visits": ["Kazakhstan", "Azerbaijan"],
    "agreements": ["South Africa", "Azerbaijan"],
    "trade": ["Azerbaijan", "Kenya"],
}


@pytest.mark.parametrize("view", ["visits", "agreements", "trade"])
def test_focus_puts_the_partner_first_whichever_side_the_focus_is_on(small, view):
    keys = [c.key for c in small.columns(view, "RWA")]
    assert keys[0] == "partner" and small.columns(view, "RWA")[0].label == "Partner"
    assert keys[1:] == [c.key for c in small.columns(view)]
    rows = small.rows(ViewSpec(view, "country:RWA", focus="RWA"))
    assert [r["partner"] for r in rows] == PARTNERS[view]
    assert list(rows[0])[:3] == ["id", "disputed", "partner"]
    # a name works as the focus as well as the code; a row without the focus has no partner
    assert [r["partner"] for r in small.rows(ViewSpec(view, "country:RWA", focus="rwanda"))] == PARTNERS[view]
    everything = small.rows(ViewSpec(view, focus="RWA"))
    assert len(everything) == 3 and [r["partner"] for r in everything].count(None) == 1


@pytest.mark.parametrize("view", ["visits", "agreements", "trade"])
def test_focus_on_both_sides_has_no_partner(tmp_path, view):
    s = Store.open(tmp_path / "both.db")
    s.save_extraction(_raw("x.txt"), Extraction(
        name="x.txt", title="x", published=None, visits=[_visit("RWA", "RWA", "2020")],
        agreements=[_agreement("RWA", "RWA", "mining", "2020")], trade=[_trade("RWA", "RWA", 1.0, 2020)]))
    assert [r["partner"] for r in s.rows(ViewSpec(view, focus="RWA"))] == [None]
    s.close()


def test_partner_shows_names_like_the_other_country_columns(small):
    row = small.rows(ViewSpec("visits", "country:RWA", focus="RWA"))[0]
    assert row["partner"] == row["host_country"] == "Kazakhstan"
    row = small.rows(ViewSpec("trade", "country:RWA", focus="RWA"))[0]
    assert row["partner"] == row["exporter"] == "Azerbaijan"


@pytest.mark.parametrize("view", ["visits", "agreements", "trade"])
def test_sort_by_partner(small, view):
    asc = small.rows(ViewSpec(view, "country:RWA", [("partner", "asc")], focus="RWA"))
    desc = small.rows(ViewSpec(view, "country:RWA", [("partner", "desc")], focus="RWA"))
    assert [r["partner"] for r in asc] == sorted(PARTNERS[view])
    assert [r["partner"] for r in desc] == sorted(PARTNERS[view], reverse=True)
    # without a focus there is no partner to sort by: the key is ignored, not an error
    assert len(small.rows(ViewSpec(view, "", [("partner", "asc")]))) == 3


def test_filter_count_and_windows_see_the_partner(small):
    spec = ViewSpec("visits", "country:RWA kagame", focus="RWA")
    assert small.count(spec) == 1
    assert [r["partner"] for r in small.rows(spec)] == ["Kazakhstan"]
    # free words only: the window may probe the FTS index along the order index
    words = ViewSpec("visits", "ana", focus="RWA")
    total = small.count(words)
    assert total == 2
    assert [r["partner"] for r in small.rows(words, 0, 10, total=total)] == ["Azerbaijan", None]
    spec = ViewSpec("visits", focus="RWA")
    full = small.rows(spec, 0, 10)
    total = small.count(spec)
    for offset in range(total):   # windows from either end are slices of the whole
        assert small.rows(spec, offset, 1, total=total) == full[offset:offset + 1]


@pytest.mark.parametrize("view", ["visits", "agreements", "trade"])
@pytest.mark.parametrize("sort", [[], [("partner", "desc")]])
def test_csv_export_of_a_focused_view_is_the_screen(small, view, sort):
    spec = ViewSpec(view, "country:RWA", sort, focus="RWA")
    out = io.StringIO()
    n = small.export(spec, "csv", out)
    lines = list(csv.reader(io.StringIO(out.getvalue())))
    columns = small.columns(view, "RWA")
    assert lines[0] == [c.label for c in columns] and lines[0][0] == "Partner"
    screen = [["" if r[c.key] is None else str(r[c.key]) for c in columns] for r in small.rows(spec, 0, 100)]
    assert lines[1:] == screen and n == len(screen)


def test_json_export_of_a_focused_view_has_the_partner(small):
    out = io.StringIO()
    small.export(ViewSpec("trade", "country:RWA", focus="RWA"), "json", out)
    assert [r["partner"] for r in json.loads(out.getvalue())] == PARTNERS["trade"]


@pytest.mark.parametrize("view", ["visits", "agreements", "trade", "relations"])
def test_no_focus_no_partner(small, view):
    assert "partner" not in [c.key for c in small.columns(view)]
    assert all("partner" not in r for r in small.rows(ViewSpec(view)))
    out = io.StringIO()
    small.export(ViewSpec(view), "csv", out)
    assert out.getvalue().splitlines()[0].split(",")[0] != "Partner"


def test_focus_text_is_a_parameter_never_sql(small):
    for focus in ["RWA'; drop table visits; --", "atlantis", '"]) or 1=1 --']:
        rows = small.rows(ViewSpec("visits", focus=focus))
        assert len(rows) == 3 and all(r["partner"] is None for r in rows)
        out = io.StringIO()
        assert small.export(ViewSpec("visits", focus=focus), "csv", out) == 3
    assert small.count(ViewSpec("visits")) == 3


def test_formula_like_partner_is_neutralised_in_csv(small):
    small.db.execute("update visits set host_country = '=HYPERLINK(1)' where host_iso3 = 'KAZ'")
    out = io.StringIO()
    small.export(ViewSpec("visits", "country:RWA", focus="RWA"), "csv", out)
    first = list(csv.reader(io.StringIO(out.getvalue())))[1]
    assert first[0] == "'=HYPERLINK(1)"


def test_cli_export_with_focus(small):
    from click.testing import CliRunner

    from tui.cli import cli

    result = CliRunner().invoke(cli, ["export", "visits", "--db", small.path, "--focus", "RWA",
                                      "--sort", "partner"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].startswith("Partner,Start,")
    assert [line.split(",")[0] for line in lines[1:]] == ["Azerbaijan", "Kazakhstan"]
    plain = CliRunner().invoke(cli, ["export", "visits", "--db", small.path])
    assert plain.output.splitlines()[0].startswith("Start,") and len(plain.output.splitlines()) == 4


# ---------------------------------------------------------------- the dashboard
def _header(table) -> str:
    return "".join(s.text for s in table._header_segments(table.rich_style))


@sync
async def test_focus_argument_puts_the_partner_first_on_visits(seed_store):
    from tui.app import RelationsApp

    app = RelationsApp(seed_store, focus="RWA")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("1")
        await pilot.pause()
        await app.workers.wait_for_complete()
        table = app.active_table
        assert table.view == "visits" and table.spec.focus == "RWA"
        assert table.columns[0].key == "partner"
        assert _header(table).strip().startswith("Partner")
        partners = [table.row_at(i)["partner"] for i in range(table.row_count)]
        assert set(partners) == {"Azerbaijan", "Kazakhstan"}
        assert table.row_text(0).strip().startswith(partners[0])
        # the user can sort by it: `s` sorts by the first column
        await pilot.press("s")
        await pilot.pause()
        assert table.sort == [("partner", "asc")]
        assert [table.row_at(i)["partner"] for i in range(table.row_count)] == sorted(partners)
        # the other fact tabs too
        for key, view in (("2", "agreements"), ("3", "trade")):
            await pilot.press(key)
            await pilot.pause()
            assert app.active_table.columns[0].key == "partner"
            assert {app.active_table.row_at(i)["partner"] for i in range(app.active_table.row_count)} <= {
                "Azerbaijan", "Kazakhstan"}


@sync
async def test_palette_focus_changes_the_partner_column(seed_store):
    from tui.app import RelationsApp

    app = RelationsApp(seed_store, focus="RWA")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("1")
        await pilot.pause()
        table = app.active_table
        assert {table.row_at(i)["partner"] for i in range(table.row_count)} == {"Azerbaijan", "Kazakhstan"}
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"focus kazakhstan")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await filter_settled(pilot)
        await app.workers.wait_for_complete()
        assert app.focus_country == "kazakhstan" and table.spec.focus == "kazakhstan"
        assert table.columns[0].key == "partner"
        assert [table.row_at(i)["partner"] for i in range(table.row_count)] == ["Rwanda", "Rwanda"]
        assert table.row_text(0).strip().startswith("Rwanda")
        # Agreements, shown later, follows the new focus too
        await pilot.press("2")
        await pilot.pause()
        agreements = app.active_table
        assert {agreements.row_at(i)["partner"] for i in range(agreements.row_count)} == {"Rwanda"}
        # clearing the focus takes the column away
        await pilot.press("1", "ctrl+p")
        await pilot.pause()
        await pilot.press(*"clear the focus")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await filter_settled(pilot)
        assert app.focus_country is None and table.spec.focus is None
        assert "partner" not in [c.key for c in table.columns]
        assert table.row_count == seed_store.count(ViewSpec("visits"))
        assert not _header(table).strip().startswith("Partner")


@sync
async def test_editing_the_focus_away_drops_the_partner_column(seed_store):
    from tui.app import RelationsApp

    app = RelationsApp(seed_store, focus="RWA")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("1")
        await pilot.pause()
        table = app.active_table
        assert table.columns[0].key == "partner"
        await pilot.press("slash", "escape")
        await filter_settled(pilot)
        await wait_for(pilot, lambda: table.loaded and table.columns[0].key != "partner")
        assert app.focus_country is None
        assert table.columns[0].key == "start"
        assert "partner" not in table.row_at(0)


@sync
async def test_export_of_the_focused_view_matches_the_screen(seed_store, tmp_path):
    from tui.app import RelationsApp

    app = RelationsApp(seed_store, focus="RWA", export_dir=tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("1")
        await pilot.pause()
        await pilot.press("ctrl+e")
        await wait_for(pilot, lambda: app.last_export is not None)
        table = app.active_table
        lines = list(csv.reader(io.StringIO(app.last_export.read_text(encoding="utf-8"))))
        assert lines[0] == [c.label for c in table.columns] and lines[0][0] == "Partner"
        assert [line[0] for line in lines[1:]] == [table.row_at(i)["partner"] for i in range(table.row_count)]


@sync
async def test_a_sort_by_partner_is_remembered_with_the_focus(seed_store, tmp_path):
    from tui.app import RelationsApp

    state = tmp_path / "state.json"
    app = RelationsApp(seed_store, focus="RWA", state_path=state)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("1")
        await pilot.pause()
        await pilot.press("S")  # reverse: the first column, descending
        await pilot.pause()
        assert app.active_table.sort == [("partner", "desc")]
    app = RelationsApp(seed_store, state_path=state)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        table = app.active_table
        assert app.focus_country == "RWA" and table.view == "visits"
        assert table.sort == [("partner", "desc")]
        partners = [table.row_at(i)["partner"] for i in range(table.row_count)]
        assert partners == sorted(partners, reverse=True)


# ------------------------------------------------ Relations: the partner from the store
RELATION_PARTNERS = ["Kazakhstan", "South Africa", "Azerbaijan", "Kenya"]   # RWA's pairs, newest contact first


def test_focused_relations_put_the_partner_in_place_of_the_pair(small):
    plain = [c.key for c in small.columns("relations")]
    assert plain[0] == "parties"   # unfocused: the pair, as before
    focused = small.columns("relations", "RWA")
    assert [c.key for c in focused] == ["partner"] + plain[1:] and focused[0].label == "Partner"
    rows = small.rows(ViewSpec("relations", "country:RWA", focus="RWA"))
    assert [r["partner"] for r in rows] == RELATION_PARTNERS
    assert list(rows[0])[:3] == ["id", "disputed", "partner"] and "parties" not in rows[0]
    # by name as well as by code; a pair without the focus still names itself
    assert [r["partner"] for r in small.rows(ViewSpec("relations", "country:RWA", focus="rwanda"))] == RELATION_PARTNERS
    others = small.rows(ViewSpec("relations", "country:CHL", focus="RWA"))
    assert [r["partner"] for r in others] == ["Chile – Kenya"]
    # the default order is unchanged by the focus (last contact, then the pair)
    assert [r["id"] for r in rows] == [r["id"] for r in small.rows(ViewSpec("relations", "country:RWA"))]


@pytest.mark.parametrize("sort", [[], [("partner", "asc")], [("partner", "desc")], [("n_agreements", "desc")]])
def test_csv_export_of_focused_relations_is_the_screen(small, sort):
    spec = ViewSpec("relations", "country:RWA", sort, focus="RWA")
    out = io.StringIO()
    n = small.export(spec, "csv", out)
    lines = list(csv.reader(io.StringIO(out.getvalue())))
    columns = small.columns("relations", "RWA")
    assert lines[0] == [c.label for c in columns] and lines[0][0] == "Partner" and "Pair" not in lines[0]
    screen = [["" if r[c.key] is None else str(r[c.key]) for c in columns] for r in small.rows(spec, 0, 100)]
    assert lines[1:] == screen and n == len(screen) == 4
    if sort and sort[0][0] == "partner":
        assert [line[0] for line in lines[1:]] == sorted(RELATION_PARTNERS, reverse=sort[0][1] == "desc")


def test_unfocused_relations_export_keeps_the_pair(small):
    out = io.StringIO()
    small.export(ViewSpec("relations", "country:RWA"), "csv", out)
    lines = list(csv.reader(io.StringIO(out.getvalue())))
    assert lines[0][0] == "Pair" and "Partner" not in lines[0]
    assert all(" – " in line[0] for line in lines[1:])


def test_json_export_of_focused_relations_has_the_partner(small):
    out = io.StringIO()
    small.export(ViewSpec("relations", "country:RWA", focus="RWA"), "json", out)
    rows = json.loads(out.getvalue())
    assert [r["partner"] for r in rows] == RELATION_PARTNERS and all("pair" in r for r in rows)


def test_cli_export_relations_with_focus(small):
    from click.testing import CliRunner

    from tui.cli import cli

    result = CliRunner().invoke(cli, ["export", "relations", "--db", small.path, "--focus", "RWA"])
    assert result.exit_code == 0, result.output
    lines = list(csv.reader(io.StringIO(result.stdout)))
    assert lines[0][:3] == ["Partner", "First", "Last"]
    spec = ViewSpec("relations", "country:RWA", focus="RWA")
    assert [line[0] for line in lines[1:]] == [r["partner"] for r in small.rows(spec)] == RELATION_PARTNERS
    plain = CliRunner().invoke(cli, ["export", "relations", "--db", small.path])
    assert plain.stdout.splitlines()[0].startswith("Pair,")


# ------------------------------------------------------------- the partner: filter
@pytest.mark.parametrize("view,value,expected", [
    ("visits", "kazakhstan", ["Kazakhstan"]),        # RWA the visitor
    ("visits", "AZE", ["Azerbaijan"]),               # RWA the host; by ISO3
    ("visits", "azerbaijani", ["Azerbaijan"]),       # a demonym, as country: reads it
    ("agreements", '"south africa"', ["South Africa"]),
    ("agreements", "aze", ["Azerbaijan"]),
    ("trade", "kenya", ["Kenya"]),
    ("trade", "azer", ["Azerbaijan"]),               # a name's start
    ("relations", "kaz", ["Kazakhstan"]),
    ("relations", "south", ["South Africa"]),
])
def test_partner_filter_with_a_focus(small, view, value, expected):
    spec = ViewSpec(view, f"country:RWA partner:{value}", focus="RWA")
    rows = small.rows(spec)
    assert [r["partner"] for r in rows] == expected and small.count(spec) == len(expected)
    # the same without the country: term: the partner is relative to the focus alone
    assert [r["partner"] for r in small.rows(ViewSpec(view, f"partner:{value}", focus="RWA"))] == expected
    assert small.describe_filter(spec) == f"country is RWA and partner of RWA is {value.strip(chr(34))}"
    assert small.ignored_filter_terms(spec) == []


def test_partner_filter_does_not_match_rows_without_the_focus(small):
    # CHL → KEN: Kenya is on the row, but not as RWA's partner
    assert small.count(ViewSpec("visits", "partner:kenya", focus="RWA")) == 0
    assert small.count(ViewSpec("visits", "country:kenya")) == 1
    # a pair without the focus is not a partner either, whatever its first column shows
    assert small.count(ViewSpec("relations", "partner:chile", focus="RWA")) == 0


@pytest.mark.parametrize("view", ["visits", "agreements", "trade", "relations"])
def test_negated_partner_filter(small, view):
    focused = ViewSpec(view, "country:RWA", focus="RWA")
    partners = [r["partner"] for r in small.rows(focused)]
    first = partners[0]
    spec = ViewSpec(view, f'country:RWA -partner:"{first}"', focus="RWA")
    assert [r["partner"] for r in small.rows(spec)] == [p for p in partners if p != first]
    assert small.count(spec) == len(partners) - 1
    assert f"not partner of RWA is {first}" in small.describe_filter(spec)
    # rows with no partner (the focus on neither side) are "not that partner"
    assert small.count(ViewSpec(view, f'-partner:"{first}"', focus="RWA")) == small.count(ViewSpec(view)) - 1


def test_negated_partner_filter_keeps_a_row_whose_partner_is_unknown(small):
    small.db.execute("update visits set visitor_iso3 = null, visitor_country = null where visitor_iso3 = 'AZE'")
    spec = ViewSpec("visits", "country:RWA -partner:kazakhstan", focus="RWA")
    assert small.count(spec) == 1 and [r["partner"] for r in small.rows(spec)] == [None]


@pytest.mark.parametrize("view", ["visits", "agreements", "trade", "relations"])
@pytest.mark.parametrize("term", ["partner:kenya", "-partner:kenya", 'partner:"south africa"'])
def test_partner_filter_without_a_focus_is_ignored_and_said(small, view, term):
    spec = ViewSpec(view, f"country:RWA {term}")
    # nothing else is lost: the other terms filter as without it
    assert small.count(spec) == small.count(ViewSpec(view, "country:RWA"))
    assert small.rows(spec) == small.rows(ViewSpec(view, "country:RWA"))
    said = small.describe_filter(spec)
    assert said.startswith("country is RWA (") and "ignored" in said and "needs a focus country" in said
    assert term.replace('"', "") in said.replace('"', "")
    [note] = small.ignored_filter_terms(spec)
    assert "--focus" in note
    # alone, it is still all rows, and says why
    assert small.describe_filter(ViewSpec(view, term)).startswith("all rows (")
    assert small.count(ViewSpec(view, term)) == small.count(ViewSpec(view))


def test_partner_filter_with_a_focus_that_is_no_country(small):
    spec = ViewSpec("visits", "kagame partner:kazakhstan", focus="atlantis")
    assert small.count(spec) == small.count(ViewSpec("visits", "kagame")) == 1
    assert "'atlantis' is not a country" in small.describe_filter(spec)


def test_partner_filter_values_are_parameters_never_sql(small):
    for value in ['"\'; drop table visits; --"', "%", "_", '"RWA\') or 1=1 --"', "ken%"]:
        spec = ViewSpec("visits", f"partner:{value}", focus="RWA")
        assert small.count(spec) == 0 and small.rows(spec) == []
    assert small.count(ViewSpec("visits")) == 3


def test_cli_export_says_partner_needs_a_focus(small):
    from click.testing import CliRunner

    from tui.cli import cli

    result = CliRunner().invoke(cli, ["export", "visits", "--db", small.path, "--filter", "partner:kenya"])
    assert result.exit_code == 0
    assert "partner:kenya ignored" in result.stderr and "--focus" in result.stderr
    assert len(result.stdout.splitlines()) == 4   # the header and every row, as without the term
    focused = CliRunner().invoke(cli, ["export", "visits", "--db", small.path, "--focus", "RWA",
                                       "--filter", "partner:kaz"])
    assert focused.exit_code == 0 and focused.stderr == ""
    assert [line.split(",")[0] for line in focused.stdout.splitlines()] == ["Partner", "Kazakhstan"]


@sync
async def test_export_of_the_focused_relations_tab_matches_the_screen(seed_store, tmp_path):
    from tui.app import RelationsApp

    app = RelationsApp(seed_store, focus="RWA", export_dir=tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("4")
        await pilot.pause()
        await app.workers.wait_for_complete()
        table = app.active_table
        assert table.view == "relations" and table.spec.focus == "RWA"
        assert table.columns[0].key == "partner" and "parties" not in [c.key for c in table.columns]
        assert _header(table).strip().startswith("Partner of Rwanda")
        screen = [table.row_at(i) for i in range(table.row_count)]
        assert screen and all(r["partner"] and " – " not in r["partner"] for r in screen)
        assert table.row_text(0).strip().startswith(screen[0]["partner"])
        await pilot.press("ctrl+e")
        await wait_for(pilot, lambda: app.last_export is not None)
        lines = list(csv.reader(io.StringIO(app.last_export.read_text(encoding="utf-8"))))
        assert lines[0] == [c.label for c in table.columns] and lines[0][0] == "Partner"
        assert lines[1:] == [["" if r[c.key] is None else str(r[c.key]) for c in table.columns] for r in screen]
        # sorted by the partner (`s`: the first column), the export follows
        await pilot.press("s")
        await pilot.pause()
        assert table.sort == [("partner", "asc")]
        app.last_export = None
        await pilot.press("ctrl+e")
        await wait_for(pilot, lambda: app.last_export is not None)
        lines = list(csv.reader(io.StringIO(app.last_export.read_text(encoding="utf-8"))))
        partners = [table.row_at(i)["partner"] for i in range(table.row_count)]
        assert partners == sorted(partners) and [line[0] for line in lines[1:]] == partners
        # clearing the focus brings the pair back, on screen and in the export
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"clear the focus")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await filter_settled(pilot)
        await wait_for(pilot, lambda: table.loaded)
        assert table.columns[0].key == "parties" and table.spec.focus is None
        assert " – " in table.row_at(0)["parties"]


@sync
async def test_partner_filter_in_the_filter_bar(seed_store):
    from tui.app import RelationsApp
    from tui.widgets.status_line import StatusLine

    app = RelationsApp(seed_store, focus="RWA")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("1")
        await pilot.pause()
        table = app.active_table
        await pilot.press("slash", "end", *" partner:kaz", "enter")
        await filter_settled(pilot)
        await wait_for(pilot, lambda: table.loaded)
        assert table.filter_text == "country:RWA partner:kaz"
        assert {table.row_at(i)["partner"] for i in range(table.row_count)} == {"Kazakhstan"}
        assert table.row_count == seed_store.count(table.spec) > 0
        assert "partner of RWA is kaz" in app.query_one(StatusLine).text
    app = RelationsApp(seed_store)   # no focus: the term is ignored, and the status line says so
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("1", "slash", *"partner:kaz", "enter")
        await filter_settled(pilot)
        await wait_for(pilot, lambda: app.active_table.loaded)
        assert app.active_table.row_count == seed_store.count(ViewSpec("visits"))
        status = app.query_one(StatusLine).text
        assert "partner:kaz ignored" in status and "focus" in status


def test_many_ignored_partner_terms_stay_a_short_description(small):
    said = small.describe_filter(ViewSpec("visits", "partner:kenya " * 1500 + "kagame"))
    assert said.count("needs a focus country") == 1 and len(said) < 400 and "ignored" in said
    assert small.count(ViewSpec("visits", "partner:kenya " * 1500)) == 3
