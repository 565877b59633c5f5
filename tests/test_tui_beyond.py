"""Beyond the tables: the Relations tab, pair profiles, linked facts, charts,
the command palette, watching a folder and the remembered state — on the seed
database built through the real loaders and store."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tui_support import filter_settled, seed_db_master, seed_store, sync, wait_for  # noqa: F401 (fixture)

from tui.app import RelationsApp
from tui.widgets.detail_pane import DetailPane
from tui.widgets.profile_screen import ProfileScreen

ROOT = Path(__file__).resolve().parents[1]
SIZE = (120, 36)



@sync
async def test_relations_tab_and_profile(seed_store):
    from store import ViewSpec

    app = RelationsApp(seed_store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("4")
        await pilot.pause()
        table = app.active_table
        assert app.active_view == "relations"
        assert table.row_count == seed_store.count(ViewSpec("relations")) > 0
        first = table.cursor_row_data
        pair = seed_store.detail("relations", first["id"])["pair"]
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, ProfileScreen))
        screen = app.screen
        assert isinstance(screen, ProfileScreen) and screen.pair == pair
        timeline = seed_store.profile(pair)
        assert timeline
        for item in timeline:  # each fact: its date, summary and every source sentence
            assert " ".join(str(item["summary"]).split()) in screen.text
            for source in item["sources"]:
                assert " ".join(source["sentence"].split()) in screen.text
        await pilot.press("escape")
        await wait_for(pilot, lambda: not isinstance(app.screen, ProfileScreen))
        assert app.active_view == "relations"


@sync
async def test_relations_follow_the_filter(seed_store):
    from store import ViewSpec

    app = RelationsApp(seed_store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("4", "slash", *"country:kazakhstan")
        await filter_settled(pilot)
        table = app.active_table
        assert table.row_count == seed_store.count(ViewSpec("relations", "country:kazakhstan")) == 1
        assert "Kazakhstan" in table.row_at(0)["parties"]


@sync
async def test_visit_detail_lists_agreements_signed_during_it(seed_store):
    from store import ViewSpec

    visit = next(r for r in seed_store.rows(ViewSpec("visits"), 0, 50) if seed_store.linked("visits", r["id"]))
    signed = seed_store.linked("visits", visit["id"])
    app = RelationsApp(seed_store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("1")
        await pilot.pause()
        table = app.active_table
        index = next(i for i in range(table.row_count) if table.row_at(i)["id"] == visit["id"])
        table.move_cursor(index)
        pane = app.query_one("#detail-visits", DetailPane)
        await wait_for(pilot, lambda: "Signed during this visit:" in pane.text)
        assert "Signed during this visit:" in pane.text
        for agreement in signed:
            assert agreement["sector"] in pane.text
        # and the agreement's pane names the visit
        await pilot.press("2")
        await pilot.pause()
        table = app.active_table
        index = next(i for i in range(table.row_count) if table.row_at(i)["id"] == signed[0]["id"])
        table.move_cursor(index)
        pane = app.query_one("#detail-agreements", DetailPane)
        await wait_for(pilot, lambda: "During:" in pane.text)
        assert "During:" in pane.text, (index, table.cursor_row, signed[0]["id"], pane.text[:300])
        assert visit["visitor"] in pane.text.split("During:")[1]


@sync
async def test_charts_follow_the_filter(seed_store):
    from store import ViewSpec

    from tui.widgets.charts import ChartPanel

    app = RelationsApp(seed_store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("2", "c")
        await pilot.pause()
        panel = app.query_one("#chart-agreements", ChartPanel)
        assert panel.display

        def facet(view, column, f):
            return [("undated" if v is None else str(v), float(n)) for v, n in seed_store.facet(ViewSpec(view, f), column)]

        assert panel.data("Agreements by sector") == facet("agreements", "sector", "")
        await pilot.press("slash", *"country:kazakhstan", "enter")
        await filter_settled(pilot)
        await wait_for(pilot, lambda: panel.filter_text == "country:kazakhstan")
        f = "country:kazakhstan"
        assert panel.data("Agreements by sector") == facet("agreements", "sector", f)
        assert sum(v for _, v in panel.data("Agreements by sector")) == seed_store.count(ViewSpec("agreements", f))
        assert sorted(panel.data("Agreements per year")) == sorted(facet("agreements", "year", f))
        assert sorted(panel.data("Visits per year")) == sorted(facet("visits", "year", f))
        # the trade tab charts each pair's figures over time, same filter
        await pilot.press("3")
        await pilot.pause()
        trade = app.query_one("#chart-trade", ChartPanel)
        await wait_for(pilot, lambda: trade.filter_text == f)
        rows = seed_store.trade_series(ViewSpec("trade", f))
        assert sum(len(s.points) for s in trade.series) == len(rows) > 0
        assert all("KAZ" in s.title for s in trade.series)
        await pilot.press("c")
        await pilot.pause()
        assert not panel.display and not trade.display


def test_trade_series_follows_the_filter(seed_store):
    from store import ViewSpec

    everything = seed_store.trade_series(ViewSpec("trade"))
    assert everything and all(r["value"] is not None for r in everything)
    kaz = seed_store.trade_series(ViewSpec("trade", "country:kazakhstan"))
    assert kaz and all("KAZ" in (r["exporter_iso3"], r["importer_iso3"]) for r in kaz)
    assert len(kaz) < len(everything)


@sync
async def test_palette_switches_views_and_toggles_detail(seed_store):
    app = RelationsApp(seed_store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"show rel")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await wait_for(pilot, lambda: app.active_view == "relations")
        assert app.active_view == "relations"
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"detail pane")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert not app.query_one("#detail-relations", DetailPane).display


@sync
async def test_palette_focus_country(seed_store):
    from store import ViewSpec

    app = RelationsApp(seed_store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("4", "ctrl+p")
        await pilot.pause()
        await pilot.press(*"focus kazakhstan")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await filter_settled(pilot)
        assert app.focus_country == "kazakhstan"
        assert app.filter_text == "country:kazakhstan"
        table = app.active_table
        assert table.row_count == seed_store.count(ViewSpec("relations", "country:kazakhstan"))
        assert [table.row_at(i)["partner"] for i in range(table.row_count)] == ["Rwanda"]  # its partners


@sync
async def test_palette_load_folder_in_a_thread(seed_db_master, tmp_path):
    from store import Store, ViewSpec

    path = tmp_path / "empty.db"
    store = Store.open(path)
    app = RelationsApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("1")
        await pilot.pause()
        assert app.active_table.row_count == 0
        app.load_folder(str(ROOT / "seeds"))
        # the timeouts bound a failure only: on a busy machine the first extraction (patterns
        # compiled, lexicons read) and the table's refresh after it can take several seconds
        await wait_for(pilot, lambda: app.activity.startswith("loaded"), timeout=60)
        assert app.activity.startswith("loaded 3 articles from")
        await app.workers.wait_for_complete()
        await wait_for(pilot, lambda: app.active_table.row_count > 0, timeout=30)
        assert app.active_table.row_count == store.count(ViewSpec("visits")) > 0
    store.close()


@sync
async def test_watch_folder_loads_a_dropped_file(tmp_path):
    import time

    from store import Store, ViewSpec

    folder = tmp_path / "inbox"
    folder.mkdir()
    store = Store.open(tmp_path / "w.db")
    app = RelationsApp(store, watch=folder)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("2")
        await pilot.pause(0.6)  # the watcher has seen the folder empty
        assert app.active_table.row_count == 0
        seed = sorted((ROOT / "seeds").glob("*.txt"))[0]
        start = time.monotonic()
        shutil.copy(seed, folder / seed.name)
        await wait_for(pilot, lambda: app.active_table.row_count > 0, timeout=2.0)
        elapsed = time.monotonic() - start
        assert app.active_table.row_count == store.count(ViewSpec("agreements")) > 0
        assert elapsed < 2.0
        assert app.activity.startswith(f"loaded 1 article from {folder}:")
        assert "agreements" in app.activity


@sync
async def test_state_remembered_between_runs(seed_store, tmp_path):
    state = tmp_path / "state.json"
    app = RelationsApp(seed_store, state_path=state)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("3", "slash", *"exports", "enter")
        await filter_settled(pilot)
        await pilot.press("s")
        await pilot.pause()
        sort = list(app.active_table.sort)
    assert state.exists()
    app = RelationsApp(seed_store, state_path=state)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert app.active_view == "trade"
        assert app.query_one("#filter").value == "exports"
        assert app.active_table.filter_text == "exports"
        assert app.active_table.sort == sort
        assert app.active_table.row_count == seed_store.count(app.active_table.spec)


@sync
async def test_focus_argument_shows_the_partners(seed_store):
    from store import ViewSpec

    app = RelationsApp(seed_store, focus="AZE")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("4")
        await pilot.pause()
        table = app.active_table
        assert table.filter_text == "country:AZE"
        assert table.row_count == seed_store.count(ViewSpec("relations", "country:AZE")) == 1
        # the first column names the partner (the store's, in place of the pair)
        assert table.row_at(0)["partner"] == "Rwanda" and table.columns[0].key == "partner"
        assert "Partner of Azerbaijan" in "".join(s.text for s in table._header_segments(table.rich_style))
        assert table.row_text(0).strip().startswith("Rwanda")
        await pilot.press("enter")  # the profile still opens on the pair
        await wait_for(pilot, lambda: isinstance(app.screen, ProfileScreen))
        assert app.screen.pair == "AZE-RWA"


def test_store_country_names_a_focus(seed_store):
    assert seed_store.country("RWA") == ("RWA", "Rwanda")
    assert seed_store.country("kazakh") == ("KAZ", "Kazakhstan")
    assert seed_store.country("nowhere") is None


def test_with_focus_replaces_the_country_filter():
    from tui.state import with_focus

    assert with_focus("mining country:china year:2020", "RWA") == "country:RWA mining year:2020"
    assert with_focus("country:RWA mining", None) == "mining"
    assert with_focus("", "south africa") == 'country:"south africa"'


@sync
async def test_palette_load_and_export(tmp_path):
    from store import Store, ViewSpec

    store = Store.open(tmp_path / "p.db")
    app = RelationsApp(store, export_dir=tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*f"load {ROOT / 'seeds'}")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await wait_for(pilot, lambda: app.activity.startswith("loaded"), timeout=10)
        await wait_for(pilot, lambda: app.active_table.row_count > 0)
        assert app.active_table.row_count == store.count(ViewSpec("agreements"))
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"export the current")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await wait_for(pilot, lambda: app.last_export is not None)
        lines = app.last_export.read_text(encoding="utf-8").splitlines()
        assert len(lines) == 1 + store.count(ViewSpec("agreements"))
    store.close()


@sync
async def test_clearing_the_filter_drops_the_focus(seed_store):
    app = RelationsApp(seed_store, focus="RWA")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("4")
        await pilot.pause()
        assert app.table("relations").focus_name == "Rwanda"
        await pilot.press("slash", "escape")
        await filter_settled(pilot)
        assert app.focus_country is None
        assert app.table("relations").focus_name is None
        assert "–" in app.active_table.row_at(0)["parties"]


def test_sparklines_draw_the_yearly_series_with_gaps_as_zero():
    from tui.widgets.charts import ChartPanel, Series

    panel = ChartPanel("visits")
    panel.series = [Series("Visits per year", [("2015", 1.0), ("2018", 2.0), ("undated", 4.0)]),
                    Series("Agreements by sector", [("mining", 3.0)])]
    assert panel.timelines() == [("Visits per year, 2015–2018", [1.0, 0.0, 0.0, 2.0])]
