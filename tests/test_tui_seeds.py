"""The dashboard on a real database built from the seeds (loaders + store)."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from tui_support import filter_settled, seed_db_master, seed_store, sync, wait_for  # noqa: F401 (fixture)

from tui.app import RelationsApp
from tui.widgets.detail_pane import DetailPane
from tui.widgets.sector_list import SectorList
from tui.widgets.status_line import StatusLine

ROOT = Path(__file__).resolve().parents[1]
SIZE = (120, 36)



def test_seed_db_has_rows(seed_store):
    from store import ViewSpec

    for view in ("visits", "agreements", "trade"):
        assert seed_store.count(ViewSpec(view)) > 0, view


@sync
async def test_tabs_show_the_views(seed_store):
    from store import ViewSpec

    app = RelationsApp(seed_store)
    async with app.run_test(size=SIZE) as pilot:
        for key, view in (("1", "visits"), ("2", "agreements"), ("3", "trade")):
            await pilot.press(key)
            await pilot.pause()
            table = app.active_table
            assert app.active_view == view
            assert table.row_count == seed_store.count(ViewSpec(view))
            assert table.visible_rows()
            assert app.query_one(StatusLine).text.startswith(f"{table.row_count} row")


@sync
async def test_filter_mining(seed_store):
    from store import ViewSpec

    app = RelationsApp(seed_store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("2", "slash", *"mining")
        await filter_settled(pilot)
        table = app.active_table
        expected = seed_store.count(ViewSpec("agreements", filter="mining"))
        assert 0 < expected < seed_store.count(ViewSpec("agreements"))
        assert table.row_count == expected
        for i, row in enumerate(table.visible_rows()):
            shown = table.row_text(i).lower()
            detail = str(seed_store.detail("agreements", row["id"])).lower()
            assert "mining" in shown or "mining" in detail or "mineral" in shown
        status = app.query_one(StatusLine).text
        assert status.startswith(f"{expected} row") and "mining" in status


@sync
async def test_sort_and_export_round_trip(seed_store, tmp_path):
    app = RelationsApp(seed_store, export_dir=tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("2", "s")  # sort by the first column, ascending
        await pilot.pause()
        table = app.active_table
        key = table.columns[0].key
        assert table.sort == [(key, "asc")]
        await pilot.press("S")
        await pilot.pause()
        assert table.sort == [(key, "desc")]
        await pilot.press("ctrl+e")
        await pilot.pause()
        path = app.last_export
        assert path is not None and path.exists()
        with path.open(newline="", encoding="utf-8") as fh:
            rows = list(csv.DictReader(fh))
        assert len(rows) == table.row_count
        # same order as on screen
        shown = [table.row_at(i) for i in range(table.row_count)]
        firsts = [r[key] or "" for r in shown]
        header = next(iter(rows[0])) if rows else None
        assert header is not None
        assert [r[header] for r in rows] == [str(v) if v is not None else "" for v in firsts]


@sync
async def test_pick_a_sector(seed_store):
    from store import ViewSpec

    app = RelationsApp(seed_store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("2")
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        sectors = app.query_one(SectorList)
        assert sectors.counts
        sector, count = sectors.counts[0]
        sectors.focus()
        sectors.highlighted = [o.id for o in sectors.options].index(sector)
        await pilot.press("enter")
        await pilot.pause()
        table = app.active_table
        assert table.spec.filter == f"sector:{sector}"
        assert table.row_count == count == seed_store.count(ViewSpec("agreements", filter=f"sector:{sector}"))
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert dict(sectors.counts)[sector] == count  # the facet ignores its own field
        sectors.highlighted = 0
        await pilot.press("enter")
        await pilot.pause()
        assert table.row_count == seed_store.count(ViewSpec("agreements"))


@sync
async def test_detail_pane_shows_sources(seed_store):
    app = RelationsApp(seed_store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("2")
        pane = app.query_one("#detail-agreements", DetailPane)
        assert await wait_for(pilot, lambda: "Sources (" in pane.text)
        text = pane.text
        assert "Sources (" in text
        assert ".txt" in text  # article names


@sync
async def test_screenshots_of_each_tab(seed_store, tmp_path):
    app = RelationsApp(seed_store)
    async with app.run_test(size=SIZE) as pilot:
        for key, view in (("1", "visits"), ("2", "agreements"), ("3", "trade")):
            await pilot.press(key)
            await pilot.pause()
            out = app.save_screenshot(f"tab-{view}.svg", path=str(tmp_path))
            assert Path(out).stat().st_size > 1000


@pytest.fixture
def big_seed_store(seed_store):
    """The seed database with 350 more agreement rows (clones), so the first
    page is full and the exact count comes from a worker thread."""
    db = seed_store.db
    template = dict(next(iter(db["agreements"].rows)))
    template.pop("id")
    db["agreements"].insert_all(
        [dict(template, group_key=f"clone-{i}", title=f"clone {i}",
              search=f"clone {i} " + (template.get("search") or "")) for i in range(350)]
    )
    return seed_store


@sync
async def test_count_arrives_from_a_worker(big_seed_store):
    from store import ViewSpec

    store = big_seed_store
    total = store.count(ViewSpec("agreements"))
    assert total > 350
    app = RelationsApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        table = app.active_table
        assert not table.count_pending
        assert table.row_count == total
        assert app.query_one(StatusLine).text.startswith(f"{total} rows")
        await pilot.press("end")
        await pilot.pause()
        assert table.cursor_row == total - 1
        assert table.row_at(total - 1) is not None
        # a filter that matches the clones: first page at once, count after
        await pilot.press("slash", *"clone")
        await filter_settled(pilot)
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert table.row_count == store.count(ViewSpec("agreements", filter="clone")) == 350
        assert "counting" not in app.query_one(StatusLine).text


MARKUP_ARTICLE = (
    "Rwanda and Kenya sign [bold]mining[/] pact\n"
    "Kigali, May 28, 2025 - Rwanda and Kenya signed an agreement on mining cooperation "
    "[link=x]in Kigali[/link] on Wednesday, May 28, 2025, officials said [/].\n"
)


@pytest.fixture
def markup_store(tmp_path):
    """A database whose one article is full of Textual/Rich markup."""
    from store import Store

    article = tmp_path / "markup_[b]article[x].txt"
    article.write_text(MARKUP_ARTICLE, encoding="utf-8")
    store = Store.open(tmp_path / "m.db")
    store.load_paths([article], workers=1)
    yield store
    store.close()


@sync
async def test_article_markup_is_shown_literally(markup_store):
    app = RelationsApp(markup_store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("2")
        table = app.active_table
        assert table.row_count >= 1
        pane = app.query_one("#detail-agreements", DetailPane)
        assert await wait_for(pilot, lambda: "Sources (" in pane.text)
        text = pane.text
        assert "[link=x]in Kigali[/link]" in text
        assert "officials said [/]." in text
        assert "Rwanda and Kenya sign [bold]mining[/] pact" in text  # the article title
        assert "markup_[b]article[x].txt" in text  # the article name
        assert "[link=x]" in table.row_at(0)["title"]  # cells are plain Segments
        # and what is painted on screen, not only the model: the raw characters
        await pilot.pause(0.1)
        shot = app.export_screenshot()
        assert "[link=x]in" in shot.replace("&#160;", " ")


@sync
async def test_scrolling_deep_fetches_pages_in_the_background(big_seed_store):
    """Scrolled (not cursor-moved) windows paint placeholders at once and fill
    in from a worker thread."""
    app = RelationsApp(big_seed_store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        table = app.active_table
        total = table.row_count
        target = total // 2 + 10  # a tail-anchored page not fetched yet
        table.scroll_to(y=target, animate=False)
        await pilot.pause()
        assert await wait_for(pilot, lambda: table._page_key(target) in table._pages)
        await pilot.pause()
        assert table.cursor_row == 0  # scrolling does not move the cursor
        line = table.row_text(target)
        assert "…" != line.strip() and table.row_at(target)["id"] is not None
