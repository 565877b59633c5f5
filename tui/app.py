"""The relations-tui dashboard (Textual).

``RelationsApp(store)`` shows the three store views in tabs. The tables ask
the store only for the rows in sight; filtering, sorting, facets and export
all go through the store's query API with one ``ViewSpec`` per table, so the
CSV is exactly the query on screen.
"""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

from rich.text import Text
from textual import on, work
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.timer import Timer
from textual.worker import get_current_worker
from textual.widgets import Footer, Header, Input, TabbedContent, TabPane

from tui.commands import RelationsCommands
from tui.state import StateMixin, load_state, with_focus
from tui.watch import LoadingMixin
from tui.widgets.charts import ChartPanel
from tui.widgets.detail_pane import DetailPane
from tui.widgets.filter_bar import FilterBar
from tui.widgets.help_screen import HelpScreen
from tui.widgets.profile_screen import ProfileScreen
from tui.widgets.relations_pane import RelationsTable
from tui.widgets.sector_list import SectorList
from tui.widgets.status_line import StatusLine
from tui.widgets.view_table import ViewSpec, ViewTable, interrupt

VIEWS = [("visits", "Visits"), ("agreements", "Agreements"), ("trade", "Trade"), ("relations", "Relations")]
FILTER_DEBOUNCE = 0.1  # seconds after the last keystroke
FACET_DELAY = 0.35  # seconds a facet query waits in its thread: it runs when typing pauses, not between keys
DETAIL_DELAY = 0.05  # the detail pane follows the cursor this much later
SECTORS_JSON = Path("/work/shared/spec/sectors.json")


def _sector_labels() -> dict[str, str]:
    for path in (Path(__file__).resolve().parent.parent / "loaders" / "lexicon" / "sectors.json", SECTORS_JSON):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            sectors = data.get("sectors", data)
            if isinstance(sectors, dict):
                return {str(k): str(v) for k, v in sectors.items()}
        except (OSError, ValueError, AttributeError):
            continue
    return {}


class RelationsApp(LoadingMixin, StateMixin, App):
    """Visits, agreements and trade figures from news articles."""

    COMMANDS = App.COMMANDS | {RelationsCommands}
    VIEW_LIST = VIEWS

    CSS_PATH = "app.tcss"
    AUTO_FOCUS = "#table-agreements"  # never the filter bar: '/' must not be typed into it
    TITLE = "relations-tui"
    SUB_TITLE = "bilateral visits · agreements · trade"

    BINDINGS = [
        Binding("slash", "focus_filter", "Filter"),
        Binding("s", "sort_next", "Sort column"),
        Binding("S", "sort_reverse", "Reverse sort"),
        Binding("ctrl+e", "export", "Export CSV", priority=True),
        Binding("r", "refresh", "Refresh"),
        Binding("question_mark", "help", "Help"),
        Binding("ctrl+q", "quit", "Quit", priority=True),
        Binding("1", "show_tab('visits')", "Visits", show=False),
        Binding("2", "show_tab('agreements')", "Agreements", show=False),
        Binding("3", "show_tab('trade')", "Trade", show=False),
        Binding("4", "show_tab('relations')", "Relations", show=False),
        Binding("enter", "open_profile", "Profile"),
        Binding("c", "toggle_chart", "Chart"),
    ]

    def __init__(
        self,
        store: Any,
        *,
        export_dir: str | Path | None = None,
        threaded_facets: bool = True,
        threaded_counts: bool = True,
        state_path: str | Path | None = None,
        focus: str | None = None,
        watch: str | Path | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        self.state_path = Path(state_path) if state_path is not None else None
        self._focus_arg = focus
        self._watch_arg = str(watch) if watch is not None else None
        self.threaded_facets = threaded_facets
        self.threaded_counts = threaded_counts
        self.store = store
        self.export_dir = Path(export_dir) if export_dir is not None else None
        self.filter_text = ""
        self._filter_timer: Timer | None = None
        self._last_filter_at = 0.0
        self._detail_timer: Timer | None = None
        self._facet_conn: Any = None  # the connection of a facet running in a thread
        self._detail_shown: dict[str, tuple] = {}
        self._totals: dict[str, int] = {}
        self._stale: set[str] = set()
        self.last_export: Path | None = None
        self.sector_descriptions = _sector_labels()
        self.show_charts = False

    # --------------------------------------------------------------- compose
    def compose(self) -> ComposeResult:
        yield Header()
        yield FilterBar(id="filter")
        with TabbedContent(id="tabs", initial="agreements"):
            for view, title in VIEWS:
                with TabPane(title, id=view):
                    with Horizontal(classes="view-body"):
                        if view == "agreements":
                            yield SectorList(self.sector_descriptions, id="sectors")
                        with Vertical(classes="view-main"):
                            yield (RelationsTable if view == "relations" else ViewTable)(
                                self.store, view, id=f"table-{view}",
                                threaded_counts=self.threaded_counts,
                            )
                            yield ChartPanel(view, id=f"chart-{view}")
                            yield DetailPane(id=f"detail-{view}")
        yield StatusLine(id="status")
        yield Footer()

    def on_mount(self) -> None:
        self.theme = "textual-dark"
        self.restore_state(load_state(self.state_path))
        if self._focus_arg:
            self.focus_country = self._focus_arg
            self._set_filter_text(with_focus(self.filter_text, self._focus_arg))
        self.show_focus()
        self.active_table.reload()
        self.active_table.focus()
        if self._watch_arg:
            self.start_watch(self._watch_arg)

    NARROW = 90  # below this many columns the sector list gives its room to the table

    def on_resize(self, event) -> None:
        self.screen.set_class(event.size.width < self.NARROW, "-narrow")

    # --------------------------------------------------------------- helpers
    @property
    def active_view(self) -> str:
        return self.query_one("#tabs", TabbedContent).active or "agreements"

    def table(self, view: str) -> ViewTable:
        return self.query_one(f"#table-{view}", ViewTable)

    @property
    def active_table(self) -> ViewTable:
        return self.table(self.active_view)

    def total(self, view: str) -> int | None:
        table = self.table(view)
        if (view not in self._totals and table.loaded and not table.count_pending
                and not table.spec.filter and table.error is None):
            self._totals[view] = table.row_count  # unfiltered: the count on screen is the total
        if view not in self._totals:
            if table.count_pending and not table.spec.filter:
                return None  # the unfiltered count is on its way
            try:
                self._totals[view] = int(self.store.count(ViewSpec(view=view)))
            except Exception:
                return None
        return self._totals[view]

    def update_status(self, table: ViewTable | None = None) -> None:
        table = table or self.active_table
        if table.view != self.active_view:
            return
        description = ""
        if table.error is None and table.spec.filter:
            try:
                description = self.store.describe_filter(table.spec)
            except Exception as exc:
                table.error = str(exc) or type(exc).__name__
        sort = ""
        if table.sort:
            key, direction = table.sort[0]
            label = next((c.label for c in table.columns if c.key == key), key)
            sort = f"{label} {'▲' if direction == 'asc' else '▼'}"
        self.query_one(StatusLine).show(
            table.row_count, self.total(table.view), description, sort, table.error,
            counting=table.count_pending,
        )

    def update_facets(self) -> None:
        """Sector counts under the Agreements filter. On a file database this
        runs in a thread with its own connection, after the table repaints."""
        spec = self.table("agreements").spec
        path = getattr(self.store, "path", None)
        if self.threaded_facets and isinstance(path, str) and path != ":memory:":
            interrupt(self._facet_conn)  # the facet of the previous filter is moot
            self._facet_worker(spec, path)
            return
        try:
            counts = list(self.store.facet(spec, "sector"))
        except Exception:
            counts = []
        self._apply_facets(spec, counts)

    @work(thread=True, exclusive=True, group="facets", exit_on_error=False)
    def _facet_worker(self, spec: ViewSpec, path: str) -> None:
        from store import Store

        worker = get_current_worker()
        # Typing fast starts a facet per keystroke; wait a moment so only the
        # last one of a burst queries (an exclusive worker cancels the others),
        # and the table's own query has the CPU first.
        time.sleep(FACET_DELAY)
        if worker.is_cancelled:
            return
        conn = None
        try:
            store = Store.open(path, create=False)
            try:
                conn = self._facet_conn = store.db.conn
                counts = list(store.facet(spec, "sector"))
            finally:
                if self._facet_conn is conn:
                    self._facet_conn = None
                store.close()
        except Exception:
            counts = []
        if not worker.is_cancelled:
            self.call_from_thread(self._apply_facets, spec, counts)

    def _apply_facets(self, spec: ViewSpec, counts: list) -> None:
        if spec != self.table("agreements").spec:
            return  # a newer filter is on screen; its own facet is coming
        total = sum(int(c) for _, c in counts)  # the facet ignores the sector filter
        self.query_one(SectorList).set_counts(list(counts), total)

    def show_detail(self, table: ViewTable, row: dict | None) -> None:
        pane = self.query_one(f"#detail-{table.view}", DetailPane)
        labels = {c.key: c.label for c in table.columns}
        if row is None:
            pane.show(None)
            return
        try:
            detail = self.store.detail(table.view, row["id"])
        except Exception as exc:
            pane.show({"error": str(exc)})
            return
        linked = None
        if table.view in ("visits", "agreements") and hasattr(self.store, "linked"):
            try:
                linked = list(self.store.linked(table.view, row["id"]))
            except Exception:
                linked = None
        pane.show(detail, labels, linked, table.view)

    # ---------------------------------------------------------------- events
    @on(ViewTable.Counted)
    def _table_counted(self, event: ViewTable.Counted) -> None:
        event.stop()
        self.update_status(event.table)

    def chart(self, view: str) -> ChartPanel:
        return self.query_one(f"#chart-{view}", ChartPanel)

    def update_chart(self, force: bool = False) -> None:
        """The active tab's charts, under its table's filter (when shown)."""
        if not self.show_charts:
            return
        table = self.active_table
        panel = self.chart(table.view)
        if force or panel.filter_text != table.spec.filter:
            panel.update_chart(self.store, table.spec.filter)

    def action_toggle_chart(self) -> None:
        self.show_charts = not self.show_charts
        for view, _ in VIEWS:  # the charts take the detail pane's place
            self.chart(view).set_class(self.show_charts, "-shown")
            self.query_one(f"#detail-{view}", DetailPane).display = not self.show_charts
        self.update_chart(force=True)

    @on(ViewTable.Reloaded)
    def _table_reloaded(self, event: ViewTable.Reloaded) -> None:
        self.update_status(event.table)
        if event.table.view == self.active_view:
            self.update_chart(force=True)
            self.save_current_state()  # filter and sort: remembered as they change
        if event.table.view == "agreements":
            self.update_facets()

    @on(ViewTable.CursorMoved)
    def _cursor_moved(self, event: ViewTable.CursorMoved) -> None:
        """The detail pane follows the cursor a moment later: the table paints
        first, and a held arrow key queries only the row it stops on."""
        if self._detail_timer is not None:
            self._detail_timer.stop()
        table = event.table
        self._detail_timer = self.set_timer(
            DETAIL_DELAY, lambda: self._show_cursor_detail(table)
        )

    def _show_cursor_detail(self, table: ViewTable) -> None:
        self._detail_timer = None
        if not table.is_attached:
            return  # the app is closing
        row = table.cursor_row_data
        key = (table.view, None if row is None else row.get("id"))
        if self._detail_shown.get(table.view) == key and row is not None:
            return  # same row as on show (e.g. after a refresh that kept it)
        self._detail_shown[table.view] = key
        self.show_detail(table, row)

    @on(TabbedContent.TabActivated)
    def _tab_activated(self, event: TabbedContent.TabActivated) -> None:
        table = self.active_table
        self.save_current_state()
        self.refresh_bindings()
        if not table.loaded or table.view in self._stale or table.filter_text != self.filter_text:
            self._stale.discard(table.view)
            table.filter_text = self.filter_text
            table.reload(keep_cursor=True)
        else:
            self.update_status(table)
            self.update_chart()
            # a quick tab switch may have cancelled this table's pending detail
            self._show_cursor_detail(table)
        if not isinstance(self.focused, Input):
            table.focus()

    @on(Input.Changed, "#filter")
    def _filter_changed(self, event: Input.Changed) -> None:
        """Debounce on both edges: a keystroke after a pause filters at once;
        a burst of keystrokes is coalesced and filtered FILTER_DEBOUNCE after
        the last one."""
        now = time.monotonic()
        if self._filter_timer is None and now - self._last_filter_at >= FILTER_DEBOUNCE:
            self.apply_filter()
            # keystrokes within the next FILTER_DEBOUNCE wait for the trailing edge
            self._filter_timer = self.set_timer(FILTER_DEBOUNCE, self._filter_window_closed)
            return
        if self._filter_timer is not None:
            self._filter_timer.stop()
        self._filter_timer = self.set_timer(FILTER_DEBOUNCE, self._filter_window_closed)

    def _filter_window_closed(self) -> None:
        self._filter_timer = None
        bars = self.query(FilterBar)
        if not bars:  # the app is closing: the debounce window outlived the screen
            return
        if bars.first().value != self.filter_text:
            self.apply_filter()

    @on(Input.Submitted, "#filter")
    def _filter_submitted(self, event: Input.Submitted) -> None:
        self.apply_filter()
        self.active_table.focus()

    @on(FilterBar.Cleared)
    def _filter_cleared(self) -> None:
        self.apply_filter()
        self.active_table.focus()

    def apply_filter(self) -> None:
        self._last_filter_at = time.monotonic()
        text = self.query_one(FilterBar).value
        self.filter_text = text
        active = self.active_view
        for view, _ in VIEWS:
            if view == active:
                self.table(view).set_filter(text)
            elif self.table(view).filter_text != text:
                self._stale.add(view)

    @on(SectorList.SectorChosen)
    def _sector_chosen(self, event: SectorList.SectorChosen) -> None:
        self.table("agreements").set_sector(event.sector)

    # --------------------------------------------------------------- actions
    def action_focus_filter(self) -> None:
        self.query_one(FilterBar).focus()

    def action_show_tab(self, view: str) -> None:
        self.query_one("#tabs", TabbedContent).active = view

    def check_action(self, action: str, parameters: tuple) -> bool | None:
        if action == "open_profile":  # in the footer on the Relations tab only
            return self.active_view == "relations" and not isinstance(self.screen, ProfileScreen)
        return True

    def action_open_profile(self) -> None:
        """Enter on the Relations tab: the selected pair's timeline."""
        if self.active_view != "relations" or isinstance(self.focused, Input):
            return
        table = self.active_table
        if not table.loaded or table.filter_text != self.filter_text:
            table.filter_text = self.filter_text  # Enter right after '4': the tab's query has not run yet
            table.reload(keep_cursor=True)
        row = table.cursor_row_data
        if not row:
            return
        pair = row.get("pair")
        if not pair:
            try:
                pair = (self.store.detail("relations", row["id"]) or {}).get("pair")
            except Exception:
                pair = None
        if pair:
            self.push_screen(ProfileScreen(self.store, pair))

    def action_sort_next(self) -> None:
        self.active_table.cycle_sort()

    def action_sort_reverse(self) -> None:
        self.active_table.reverse_sort()

    def refresh_views(self) -> None:
        """Re-query every tab (the active one now, the others when shown)."""
        self._totals.clear()
        self._detail_shown.clear()
        self._stale = {v for v, _ in VIEWS if v != self.active_view}
        self.active_table.reload(keep_cursor=True)

    def action_refresh(self) -> None:
        self.refresh_views()
        self.notify("Re-queried the store.", timeout=2)

    def action_toggle_detail(self) -> None:
        pane = self.query_one(f"#detail-{self.active_view}", DetailPane)
        shown = not pane.display
        for view, _ in VIEWS:
            self.query_one(f"#detail-{view}", DetailPane).display = shown

    async def action_quit(self) -> None:
        self.save_current_state()
        await super().action_quit()

    def action_help(self) -> None:
        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())

    def export_path(self, view: str) -> Path:
        directory = self.export_dir if self.export_dir is not None else Path.cwd()
        stamp = time.strftime("%Y%m%d-%H%M%S")
        path = directory / f"relations-{view}-{stamp}.csv"
        n = 1
        while path.exists():
            n += 1
            path = directory / f"relations-{view}-{stamp}-{n}.csv"
        return path

    def action_export(self) -> None:
        table = self.active_table
        path = self.export_path(table.view)
        try:
            written = self.store.export(table.spec, fmt="csv", out=str(path))
        except Exception as exc:
            self.notify(
                Text(f"Could not write {path}: {exc}").plain,
                title="Export failed",
                severity="error",
                markup=False,
            )
            return
        self.last_export = path
        rows = written if isinstance(written, int) else table.row_count
        self.notify(f"{rows:,} row{'' if rows == 1 else 's'} → {path}", title="Exported CSV", markup=False)


def run(db_path: str, *, watch: str | None = None, focus: str | None = None,
        state_path: str | Path | None = None) -> None:
    """Open the database at ``db_path`` and run the dashboard."""
    from store import Store

    from tui.state import default_state_path

    store = Store.open(db_path)
    RelationsApp(store, watch=watch, focus=focus,
                 state_path=state_path if state_path is not None else default_state_path()).run()
