"""Snapshot tests (pytest-textual-snapshot) of the three tabs on the seed database.

Update after an intended change with:  pytest tests/test_tui_snapshots.py --snapshot-update
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tui_support import seed_db_master  # noqa: F401 (fixture)

from tui.app import RelationsApp

ROOT = Path(__file__).resolve().parents[1]
SIZE = (120, 36)


@pytest.fixture
def seed_app(seed_db_master, tmp_path):
    from store import Store

    path = tmp_path / "t.db"
    shutil.copy(seed_db_master, path)
    store = Store.open(path)
    yield RelationsApp(store)
    store.close()


async def settle(pilot):
    """Let the sector facet worker finish so the picture is deterministic."""
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause(0.2)  # the detail pane follows the cursor 50 ms later


def test_snapshot_visits(snap_compare, seed_app):
    assert snap_compare(seed_app, press=["1"], terminal_size=SIZE, run_before=settle)


def test_snapshot_agreements(snap_compare, seed_app):
    assert snap_compare(seed_app, press=["2"], terminal_size=SIZE, run_before=settle)


def test_snapshot_trade(snap_compare, seed_app):
    assert snap_compare(seed_app, press=["3"], terminal_size=SIZE, run_before=settle)


def test_snapshot_help(snap_compare, seed_app):
    assert snap_compare(seed_app, press=["question_mark"], terminal_size=SIZE, run_before=settle)
