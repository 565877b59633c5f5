"""The dashboard under hostile filter text and while another process loads."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tui_support import filter_settled, seed_db_master, seed_store, sync, wait_for  # noqa: F401 (fixture)

from tui.app import RelationsApp
from tui.widgets.status_line import StatusLine

ROOT = Path(__file__).resolve().parents[1]
SIZE = (120, 36)
HOSTILE = ['"', "'; drop table agreements; --", "a AND (b", "*", 'NEAR("x" "y")', "[bold]x[/]", "\\", "%_",
           "year:abc", "country:", "-", ":", "sector:\"mining"]



@sync
async def test_hostile_filter_text_never_breaks_the_table(seed_store):
    from store import ViewSpec

    app = RelationsApp(seed_store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("2")
        for text in HOSTILE:
            await pilot.press("slash")
            app.query_one("#filter").value = text
            await filter_settled(pilot)
            table = app.active_table
            assert table.row_count == seed_store.count(ViewSpec("agreements", filter=text)), text
            assert app.query_one(StatusLine).text  # a status, not a crash
            await pilot.press("escape")
        assert seed_store.count(ViewSpec("agreements")) > 0  # nothing was dropped


@sync
async def test_new_rows_from_another_process_appear_on_refresh(seed_store, tmp_path):
    from store import ViewSpec

    article = tmp_path / "new.txt"
    article.write_text("Chile and Kenya sign energy pact\nNairobi, 3 March 2025 - Chile and Kenya signed an "
                       "agreement on energy cooperation in Nairobi on Monday, officials said.\n", encoding="utf-8")
    app = RelationsApp(seed_store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("2")
        before = app.active_table.row_count
        # another process writes into the same file while the dashboard has it open
        done = subprocess.run([sys.executable, "-c", "from tui.cli import main; main()", "load", str(article),
                               "--db", seed_store.path, "--quiet"], cwd=ROOT, capture_output=True, text=True,
                              timeout=120)
        assert done.returncode == 0, done.stderr
        await pilot.press("r")
        assert await wait_for(pilot, lambda: app.active_table.row_count == before + 1)
        assert seed_store.count(ViewSpec("agreements", "country:chile")) == 1


@sync
async def test_ansi_escapes_and_control_characters_never_reach_the_terminal(tmp_path):
    from store import Store

    article = tmp_path / "ansi.txt"
    article.write_text("Chile and Kenya sign energy pact\nNairobi, 3 March 2025 - Chile and Kenya signed an "
                       "agreement on energy \x1b[31mcooperation\x1b[0m in Nairobi\x07 on Monday, officials "
                       "said.\n", encoding="utf-8")
    store = Store.open(tmp_path / "a.db")
    store.load_paths([article], workers=1)
    app = RelationsApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("2")
        assert await wait_for(pilot, lambda: app.active_table.row_count == 1)
        await pilot.pause(0.2)
        shot = app.export_screenshot()
        assert "\x1b[31m" not in shot and "\x07" not in shot
        assert "cooperation" in shot  # the words themselves still show
    store.close()
