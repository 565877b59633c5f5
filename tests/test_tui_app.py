"""Pilot tests of the dashboard against an in-memory fake of the store API."""

from __future__ import annotations

import asyncio
import csv
import time

import pytest

from tui_support import FakeStore, filter_settled, sync, wait_for

from tui.app import RelationsApp
from tui.widgets.detail_pane import DetailPane
from tui.widgets.help_screen import HelpScreen
from tui.widgets.sector_list import SectorList
from tui.widgets.status_line import StatusLine
from tui.widgets.view_table import ViewTable

SIZE = (120, 36)


def make_app(tmp_path=None, n=40):
    return RelationsApp(FakeStore(n), export_dir=tmp_path)


@sync
async def test_starts_on_agreements_with_rows():
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        table = app.active_table
        assert table.view == "agreements"
        assert table.row_count == 40
        assert app.focused is table
        assert app.query_one(StatusLine).text.startswith("40 rows")


@sync
async def test_switch_tabs_with_keys_and_clicks():
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("1")
        await pilot.pause()
        assert app.active_view == "visits"
        assert app.active_table.row_count == 40
        await pilot.press("3")
        await pilot.pause()
        assert app.active_view == "trade"
        await pilot.click("Tab#--content-tab-agreements")
        await pilot.pause()
        assert app.active_view == "agreements"


@sync
async def test_filter_live_and_escape_clears():
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("slash")
        assert app.focused.id == "filter"
        await pilot.press(*"mining")
        await filter_settled(pilot)
        table = app.active_table
        assert table.row_count == 8  # every 5th of 40 fake agreements
        rows = table.visible_rows()
        assert rows and all("mining" in table.row_text(i).lower() for i in range(len(rows)))
        status = app.query_one(StatusLine).text
        assert status.startswith("8 rows of 40") and "'mining'" in status
        # the filter follows to the other tabs
        await pilot.press("escape")
        await filter_settled(pilot)
        assert table.row_count == 40
        assert app.focused is table
        assert app.query_one(StatusLine).text.startswith("40 rows")


@sync
async def test_filter_is_debounced():
    store = FakeStore()
    app = RelationsApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("slash")
        await filter_settled(pilot)
        store.calls.clear()
        bar = app.query_one("#filter")
        for prefix in ("e", "en", "ene", "ener", "energ", "energy"):  # a fast burst
            bar.value = prefix
        await filter_settled(pilot)
        queries = [c[3] for c in store.calls if c[0] == "rows" and c[1] == 0]
        # the first keystroke filters at once, the rest of the burst once at the end
        assert queries[-1] == "energy" and len(queries) <= 2, queries
        assert app.active_table.row_count == 8


@sync
async def test_filter_error_is_shown_not_raised():
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("slash", *"bogus:x")
        await filter_settled(pilot)
        assert app.active_table.row_count == 0
        assert "filter error" in app.query_one(StatusLine).text


@sync
async def test_sort_keys_and_header_click():
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        table = app.active_table
        await pilot.press("s")
        await pilot.pause()
        assert table.sort == [("signed_on", "asc")]
        dates = [r["signed_on"] for r in table.visible_rows()]
        assert dates == sorted(dates)
        await pilot.press("S")
        await pilot.pause()
        assert table.sort == [("signed_on", "desc")]
        dates = [r["signed_on"] for r in table.visible_rows()]
        assert dates == sorted(dates, reverse=True)
        await pilot.press("s")
        assert table.sort == [("parties", "asc")]
        assert "sorted by Parties ▲" in app.query_one(StatusLine).text
        # click the "Sector" header: sorts by sector, again reverses
        x = 2 + sum(w + 2 for w in table.widths[:2]) + 1
        await pilot.click(table, offset=(x, 0))
        await pilot.pause()
        assert table.sort == [("sector", "asc")]
        await pilot.click(table, offset=(x, 0))
        await pilot.pause()
        assert table.sort == [("sector", "desc")]
        sectors = [r["sector"] for r in table.visible_rows()]
        assert sectors == sorted(sectors, reverse=True)


@sync
async def test_cursor_keys_and_detail_follows():
    app = make_app(n=200)
    async with app.run_test(size=SIZE) as pilot:
        table = app.active_table
        detail = app.query_one("#detail-agreements", DetailPane)
        assert await wait_for(pilot, lambda: "#0" in detail.text)
        await pilot.press("down", "down")
        assert await wait_for(pilot, lambda: "#2" in detail.text)
        assert table.cursor_row == 2
        await pilot.press("pagedown")
        assert table.cursor_row > 10
        await pilot.press("end")
        assert await wait_for(pilot, lambda: "#199" in detail.text)
        assert table.cursor_row == 199
        assert table.scroll_y > 0
        assert table.row_at(199)["id"] in [r["id"] for r in table.visible_rows()]
        await pilot.press("pageup")
        assert table.cursor_row < 199
        await pilot.press("home")
        await pilot.pause()
        assert table.cursor_row == 0 and table.scroll_y == 0
        # click a row
        await pilot.click(table, offset=(5, 3))
        await pilot.pause()
        assert table.cursor_row == 2


@sync
async def test_article_markup_shows_literally():
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        pane = app.query_one("#detail-agreements", DetailPane)
        assert await wait_for(pilot, lambda: "Sources" in pane.text)
        text = pane.text
        assert "[bold]five[/]" in text
        assert "[link=x]here[/link]" in text
        assert "reuters_[x].txt" in text
        # row 0 of the fake is disputed
        assert "DISPUTED" in text
        # visitor names with brackets show literally in the table too
        await pilot.press("1")
        visits = app.query_one("#detail-visits", DetailPane)
        assert await wait_for(pilot, lambda: "Minister 0 [bold]" in visits.text)
        assert "[bold]" in app.active_table.row_text(0)


@sync
async def test_export_csv_matches_screen(tmp_path):
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("slash", *"energy", "enter")
        await filter_settled(pilot)
        await pilot.press("S")
        await pilot.press("ctrl+e")
        await pilot.pause()
        path = app.last_export
        assert path is not None and path.parent == tmp_path
        assert path.name.startswith("relations-agreements-") and path.suffix == ".csv"
        with path.open(newline="", encoding="utf-8") as fh:
            rows = list(csv.reader(fh))
        table = app.active_table
        assert rows[0] == [c.label for c in table.columns]
        assert len(rows) - 1 == table.row_count == 8
        assert [r[0] for r in rows[1:]] == [table.row_at(i)["signed_on"] for i in range(8)]
        assert all(r[2] == "energy" for r in rows[1:])
        assert any(str(path) in n.message and n.message.startswith("8 rows") for n in app._notifications)


@sync
async def test_export_unwritable_path_notifies(tmp_path):
    app = make_app(tmp_path / "missing" / "dir")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+e")
        await pilot.pause()
        assert app.last_export is None
        notes = list(app._notifications)
        assert notes and notes[-1].severity == "error"
        assert app.is_running


@sync
async def test_sector_facet_filters_agreements():
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        sectors = app.query_one(SectorList)
        ids = [o.id for o in sectors.options]
        assert ids[0] == "__all__" and set(ids[1:]) == {"mining", "energy", "education", "trade", "agriculture"}
        table = app.active_table
        # choose "mining" with the keyboard
        sectors.focus()
        sectors.highlighted = ids.index("mining")
        await pilot.press("enter")
        await pilot.pause()
        assert table.sector == "mining"
        assert table.spec.filter == "sector:mining"
        assert table.row_count == 8
        assert all(r["sector"] == "mining" for r in table.visible_rows())
        # the facet counts follow the free-text filter
        await pilot.press("slash", *"Kenya")
        await filter_settled(pilot)
        counts = dict(sectors.counts)
        assert sum(counts.values()) < 40
        assert table.spec.filter == "Kenya sector:mining"
        # "All" clears the sector
        await pilot.press("escape")
        sectors.focus()
        sectors.highlighted = 0
        await pilot.press("enter")
        await pilot.pause()
        assert table.sector is None and table.row_count == 40


@sync
async def test_help_screen_and_refresh():
    store = FakeStore()
    app = RelationsApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, HelpScreen)
        store.data["agreements"].append(dict(store.data["agreements"][0], id=999))
        await pilot.press("r")
        await pilot.pause()
        assert app.active_table.row_count == 41


@sync
async def test_large_view_fetches_only_what_is_seen():
    store = FakeStore(100_000)
    app = RelationsApp(store)
    t0 = time.perf_counter()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        mounted = time.perf_counter() - t0
        table = app.active_table
        assert table.row_count == 100_000
        rows_calls = [c for c in store.calls if c[0] == "rows"]
        assert all(c[2] <= 100 for c in rows_calls) and len(rows_calls) <= 4
        store.calls.clear()
        await pilot.press("end")
        await pilot.pause()
        assert table.cursor_row == 99_999
        assert [c for c in store.calls if c[0] == "rows"] and all(
            c[2] <= 100 for c in store.calls if c[0] == "rows")
        assert mounted < 5


# --------------------------------------------------------------- properties
from hypothesis import given, settings, strategies as st  # noqa: E402
from rich.cells import cell_len  # noqa: E402

from tui.widgets.detail_pane import render_detail  # noqa: E402
from tui.widgets.view_table import clean_cell, fit  # noqa: E402


@settings(max_examples=200, deadline=None)
@given(st.text(), st.integers(min_value=0, max_value=60), st.booleans())
def test_cells_always_fit_exactly(text, width, right):
    out = fit(clean_cell(text), width, right)
    assert cell_len(out) == width
    assert "\n" not in out and "\x1b" not in out


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=["Cs", "Cc"]), max_size=80))
def test_detail_text_is_never_markup(sentence):
    detail = {"id": 1, "title": sentence,
              "sources": [{"article": sentence, "sentence": sentence, "start": 0, "end": 3, "rule": "r"}]}
    plain = render_detail(detail, {"title": "Title"}).plain
    assert plain.count(sentence) >= 3


@sync
async def test_click_a_sector_and_quit():
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        sectors = app.query_one(SectorList)
        ids = [o.id for o in sectors.options]
        row = ids.index("energy")
        await pilot.click(SectorList, offset=(3, row))
        await pilot.pause()
        table = app.active_table
        assert table.sector == "energy" and table.row_count == 8
        await pilot.click(SectorList, offset=(3, 0))  # "All"
        await pilot.pause()
        assert table.sector is None and table.row_count == 40
        await pilot.press("ctrl+q")
        await pilot.pause()
    assert not app.is_running


@sync
async def test_slash_then_typing_refines_the_filter_instead_of_replacing_it():
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("slash")
        await pilot.press(*"mining")
        await filter_settled(pilot)
        app.set_focus(app.active_table)  # leave the filter bar, keep its text
        await pilot.pause()
        await pilot.press("slash")
        await pilot.pause()
        assert app.focused.id == "filter"
        await pilot.press(*" gas")
        await filter_settled(pilot)
        assert app.query_one("#filter").value == "mining gas"
