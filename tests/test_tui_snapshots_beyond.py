"""Snapshots of the Relations tab, a pair's profile and the charts (seed database).

Update after an intended change with:  pytest tests/test_tui_snapshots_beyond.py --snapshot-update
"""

from __future__ import annotations

import shutil

import pytest

from tui_support import seed_db_master, seed_store, wait_for  # noqa: F401 (fixtures)

from tui.app import RelationsApp

SIZE = (120, 36)


@pytest.fixture
def seed_app(seed_store):
    return RelationsApp(seed_store)


def settle(*keys: str):
    async def run_before(pilot):
        app = pilot.app
        await pilot.pause()
        for key in keys:
            await pilot.press(key)
            await pilot.pause()
        await app.workers.wait_for_complete()
        table = app.active_table
        pane = app.query_one(f"#detail-{table.view}")
        if table.row_count and pane.display:
            await wait_for(pilot, lambda: pane.text != "No row selected.")
        await pilot.pause(0.1)

    return run_before


def test_snapshot_relations(snap_compare, seed_app):
    assert snap_compare(seed_app, terminal_size=SIZE, run_before=settle("4"))


def test_snapshot_profile(snap_compare, seed_app):
    async def run_before(pilot):
        await settle("4")(pilot)
        await pilot.press("enter")
        await wait_for(pilot, lambda: pilot.app.screen.__class__.__name__ == "ProfileScreen")
        await pilot.pause(0.1)

    assert snap_compare(seed_app, terminal_size=SIZE, run_before=run_before)


def test_snapshot_charts(snap_compare, seed_app):
    assert snap_compare(seed_app, terminal_size=SIZE, run_before=settle("2", "c"))


def test_snapshot_focused_visits(snap_compare, seed_db_master, tmp_path):
    """--focus RWA: the Visits table starts with the store's Partner column."""
    from store import Store

    path = tmp_path / "t.db"
    shutil.copy(seed_db_master, path)
    store = Store.open(path)
    try:
        assert snap_compare(RelationsApp(store, focus="RWA"), terminal_size=SIZE, run_before=settle("1"))
    finally:
        store.close()
