"""Snapshot tests (pytest-textual-snapshot) of the three tabs on the seed database.

Update after an intended change with:  pytest tests/test_tui_snapshots.py --snapshot-update
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tui_support import seed_db_master, seed_store, wait_for  # noqa: F401 (fixtures)

from tui.app import RelationsApp

ROOT = Path(__file__).resolve().parents[1]
SIZE = (120, 36)


@pytest.fixture
def seed_app(seed_store):
    return RelationsApp(seed_store)


def settle(key: str):
    """Press `key`, then wait until the facet worker is done and the detail
    pane shows the cursor row, so the picture is deterministic."""

    async def run_before(pilot):
        app = pilot.app
        await pilot.pause()
        await pilot.press(key)
        await app.workers.wait_for_complete()
        table = app.active_table
        pane = app.query_one(f"#detail-{table.view}")
        if table.row_count:
            await wait_for(pilot, lambda: pane.text != "No row selected.")
        await pilot.pause(0.1)

    return run_before


def test_snapshot_visits(snap_compare, seed_app):
    assert snap_compare(seed_app, terminal_size=SIZE, run_before=settle("1"))


def test_snapshot_agreements(snap_compare, seed_app):
    assert snap_compare(seed_app, terminal_size=SIZE, run_before=settle("2"))


def test_snapshot_trade(snap_compare, seed_app):
    assert snap_compare(seed_app, terminal_size=SIZE, run_before=settle("3"))


def test_snapshot_help(snap_compare, seed_app):
    assert snap_compare(seed_app, press=["question_mark"], terminal_size=SIZE, run_before=settle("2"))
