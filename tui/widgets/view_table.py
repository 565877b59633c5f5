"""A virtual table over a store view, on Textual's Line API.

The table never holds the whole view: it knows the row count
(``store.count(spec)``) and fetches only the pages of rows that are drawn
(``store.rows(spec, offset, limit)``), keeping a small LRU cache of pages.
Store calls happen on the main thread (where the store's connection lives).
"""

from __future__ import annotations

import unicodedata
from collections import OrderedDict
from typing import Any

from rich.cells import cell_len, set_cell_size
from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.binding import Binding
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

try:  # the store package is written concurrently; keep the widget importable
    from store import ViewSpec
except ImportError:  # pragma: no cover - only before store/ lands
    from dataclasses import dataclass, field

    @dataclass
    class ViewSpec:  # type: ignore[no-redef]
        view: str
        filter: str = ""
        sort: list = field(default_factory=list)
        focus: str | None = None


PAGE_SIZE = 100
PAGE_FETCH_DELAY = 0.03  # seconds a background page fetch waits (drag coalescing)
PENDING = object()  # a row whose page is being fetched in the background
MAX_PAGES = 24
MIN_WIDTH = 4
MAX_WIDTH = 42
SEPARATOR = "  "
SEP_WIDTH = cell_len(SEPARATOR)
GUTTER = 2  # "! " marks a disputed row


def interrupt(conn: Any) -> None:
    """Stop a query running on ``conn`` in another thread (sqlite3's
    interrupt is safe to call from any thread)."""
    if conn is not None:
        try:
            conn.interrupt()
        except Exception:
            pass


def clean_cell(value: Any, kind: str = "text") -> str:
    """Display string for a cell: one line, no control characters."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if kind == "number" and isinstance(value, (int, float)):
        if isinstance(value, float) and not value.is_integer():
            return f"{value:,.2f}"
        return f"{int(value):,}"
    if isinstance(value, (list, tuple)):
        value = ", ".join("" if v is None else str(v) for v in value)
    text = str(value)
    if text.isprintable():
        return text
    return "".join(
        " " if ch in "\n\r\t\v\f" else ch
        for ch in text
        if ch in "\n\r\t\v\f" or unicodedata.category(ch)[0] != "C"
    )


def fit(text: str, width: int, right: bool = False) -> str:
    """Pad or truncate ``text`` to exactly ``width`` cells."""
    length = cell_len(text)
    if length > width:
        return set_cell_size(text, max(0, width - 1)) + "…" if width > 0 else ""
    pad = " " * (width - length)
    return pad + text if right else text + pad


class ViewTable(ScrollView, can_focus=True):
    """Rows of one store view (visits, agreements or trade)."""

    BINDINGS = [
        Binding("up", "cursor_up", "Up", show=False),
        Binding("down", "cursor_down", "Down", show=False),
        Binding("pageup", "page_up", "Page up", show=False),
        Binding("pagedown", "page_down", "Page down", show=False),
        Binding("home", "cursor_home", "First row", show=False),
        Binding("end", "cursor_end", "Last row", show=False),
        Binding("ctrl+home", "cursor_home", "First row", show=False),
        Binding("ctrl+end", "cursor_end", "Last row", show=False),
    ]

    COMPONENT_CLASSES = {
        "view-table--header",
        "view-table--cursor",
        "view-table--even",
        "view-table--disputed",
        "view-table--empty",
    }

    DEFAULT_CSS = """
    ViewTable {
        background: $surface;
        color: $foreground;
        height: 1fr;
        overflow-x: hidden;
        & > .view-table--header {
            text-style: bold;
            background: $panel;
            color: $foreground;
        }
        & > .view-table--cursor {
            background: $block-cursor-blurred-background;
            color: $block-cursor-blurred-foreground;
        }
        &:focus > .view-table--cursor {
            background: $block-cursor-background;
            color: $block-cursor-foreground;
            text-style: $block-cursor-text-style;
        }
        & > .view-table--even {
            background: $surface-lighten-1 50%;
        }
        & > .view-table--disputed {
            color: $warning;
            text-style: bold;
        }
        & > .view-table--empty {
            color: $text-muted;
            text-style: italic;
        }
    }
    """

    class _TableMessage(Message):
        """A message about this table; `control` lets handlers use @on(..., "#id")."""

        def __init__(self, table: "ViewTable") -> None:
            self.table = table
            super().__init__()

        @property
        def control(self) -> "ViewTable":
            return self.table

    class CursorMoved(_TableMessage):
        """The cursor is on another row (or the rows under it changed)."""

        def __init__(self, table: "ViewTable", index: int, row: dict | None) -> None:
            self.index = index
            self.row = row
            super().__init__(table)

    class Reloaded(_TableMessage):
        """The table re-queried the store (filter, sort or refresh)."""

    class Counted(_TableMessage):
        """The exact row count arrived (after a full first page)."""

    def __init__(self, store: Any, view: str, *, threaded_counts: bool = True, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.threaded_counts = threaded_counts
        self.count_pending = False
        self._generation = 0
        self._wanted_cursor = 0
        self._inflight: set[tuple[str, int]] = set()
        self._wanted: set[tuple[str, int]] = set()
        self._count_conn: Any = None  # the connection of a count running in a thread
        self.store = store
        self.view = view
        self.filter_text = ""
        self.sector: str | None = None  # an extra `sector:ID` field filter
        self.sort: list[tuple[str, str]] = []
        self.focus_country: str | None = None  # with one, the store puts a `partner` column first
        self.columns = self._store_columns()
        self.widths = [max(MIN_WIDTH, cell_len(c.label) + 2) for c in self.columns]
        self.row_count = 0
        self.cursor_row = 0
        self.error: str | None = None
        # (anchor, n) -> (offset, rows); pages in the second half are anchored
        # to the end, so the last rows are always one `rows()` call away.
        self._pages: OrderedDict[tuple[str, int], tuple[int, list[dict]]] = OrderedDict()
        self._loaded = False

    # ------------------------------------------------------------------ spec
    @property
    def spec(self) -> ViewSpec:
        """The query the table shows (also what export uses)."""
        text = self.filter_text.strip()
        if self.sector:
            text = f"{text} sector:{self.sector}".strip()
        if self.focus_country:
            return ViewSpec(view=self.view, filter=text, sort=list(self.sort), focus=self.focus_country)
        return ViewSpec(view=self.view, filter=text, sort=list(self.sort))

    def _store_columns(self) -> list:
        if self.focus_country:
            return list(self.store.columns(self.view, self.focus_country))
        return list(self.store.columns(self.view))

    def set_focus_country(self, country: str | None) -> None:
        """A focus country (None: none): the columns are the store's for it
        (``partner`` first); the table re-queries the next time it is shown."""
        country = country or None
        if country == self.focus_country:
            return
        self.focus_country = country
        self.columns = self._store_columns()
        keys = {c.key for c in self.columns}
        self.sort = [s for s in self.sort if s[0] in keys]  # a sort by partner goes with the focus
        if self._loaded:
            self._loaded = False  # set_filter / the tab's activation reload it
            self._fit_widths()
            self._update_virtual_size()
            self.refresh()

    # --------------------------------------------------------------- loading
    def reload(self, *, keep_cursor: bool = False) -> None:
        """Re-query the store, drop cached pages and repaint.

        The first page is fetched at once and painted; when it is full, the
        exact count follows — in a thread with its own connection when the
        store is a file (so the rows paint before a slow count), else inline.
        """
        interrupt(self._count_conn)  # a count for the old query is wasted work now
        self._generation += 1
        generation = self._generation
        self._pages.clear()
        self._inflight.clear()
        self.error = None
        self.count_pending = False
        wanted_cursor = self.cursor_row if keep_cursor else 0
        spec = self.spec
        try:
            first = list(self.store.rows(spec, offset=0, limit=PAGE_SIZE))
        except Exception as exc:  # a filter the store rejects, a locked db…
            first = []
            self.error = str(exc) or type(exc).__name__
        self._pages[("head", 0)] = (0, first)
        self.row_count = len(first)
        self._loaded = True
        if len(first) == PAGE_SIZE:
            path = self._thread_path()
            if path is not None:
                self.count_pending = True
                self._wanted_cursor = wanted_cursor
                self.run_worker(
                    lambda: self._count_in_thread(path, spec, generation),
                    thread=True, exclusive=True, group=f"count-{self.view}", exit_on_error=False,
                )
            else:
                try:
                    self.row_count = int(self.store.count(spec))
                except Exception as exc:
                    self.error = str(exc) or type(exc).__name__
        self.cursor_row = max(0, min(wanted_cursor, self.row_count - 1))
        self._fit_widths()
        self._update_virtual_size()
        if not keep_cursor:
            self.scroll_to(y=0, animate=False, immediate=True)
        else:
            self._scroll_to_cursor()
        self.refresh()
        self.post_message(self.Reloaded(self))
        self._announce_cursor()

    def _thread_path(self) -> str | None:
        """The database file, when counts may run on their own connection."""
        if not self.threaded_counts:
            return None
        path = getattr(self.store, "path", None)
        return path if isinstance(path, str) and path != ":memory:" else None

    def _count_in_thread(self, path: str, spec: Any, generation: int) -> None:
        from store import Store

        conn = None
        try:
            store = Store.open(path, create=False)
            try:
                conn = store.db.conn
                if generation == self._generation:
                    self._count_conn = conn  # so a newer reload can interrupt it
                    result: int | str = int(store.count(spec))
                else:
                    result = "stale"
            finally:
                if self._count_conn is conn:
                    self._count_conn = None
                store.close()
        except Exception as exc:
            result = str(exc) or type(exc).__name__
        try:
            self.app.call_from_thread(self._count_done, generation, result)
        except Exception:
            pass  # the app is closing

    def _count_done(self, generation: int, result: int | str) -> None:
        if generation != self._generation or not self.count_pending:
            return  # a newer query is on screen, or the count came inline
        self.count_pending = False
        if isinstance(result, int):
            self.row_count = result
        else:
            self.error = result
        if self.cursor_row < self._wanted_cursor < self.row_count:
            self.cursor_row = self._wanted_cursor
        self._pages = OrderedDict((k, v) for k, v in self._pages.items() if k[0] == "head")
        self._generation += 1  # background pages anchored on the old count are void
        self._inflight.clear()
        self._update_virtual_size()
        self._scroll_to_cursor()
        self.refresh()
        self.post_message(self.Counted(self))

    def set_filter(self, text: str) -> None:
        if text != self.filter_text or not self._loaded:
            self.filter_text = text
            self.reload()

    def set_sector(self, sector: str | None) -> None:
        if sector != self.sector:
            self.sector = sector
            self.reload()

    def set_sort(self, key: str, direction: str = "asc") -> None:
        self.sort = [(key, direction)]
        self.reload(keep_cursor=False)

    def cycle_sort(self) -> None:
        """Sort by the next column (ascending)."""
        keys = [c.key for c in self.columns]
        if not keys:
            return
        if self.sort and self.sort[0][0] in keys:
            nxt = keys[(keys.index(self.sort[0][0]) + 1) % len(keys)]
        else:
            nxt = keys[0]
        self.set_sort(nxt, "asc")

    def reverse_sort(self) -> None:
        if not self.sort:
            if not self.columns:
                return
            self.set_sort(self.columns[0].key, "desc")
            return
        key, direction = self.sort[0]
        self.set_sort(key, "desc" if direction == "asc" else "asc")

    def sort_by_column(self, key: str) -> None:
        """Header click: sort by this column; again toggles the direction."""
        if self.sort and self.sort[0][0] == key:
            self.reverse_sort()
        else:
            self.set_sort(key, "asc")

    def _page_key(self, index: int) -> tuple[str, int]:
        if index < self.row_count // 2 or self.row_count <= 2 * PAGE_SIZE:
            return ("head", index // PAGE_SIZE)
        return ("tail", (self.row_count - 1 - index) // PAGE_SIZE)

    def _page_bounds(self, key: tuple[str, int]) -> tuple[int, int]:
        anchor, number = key
        if anchor == "head":
            return number * PAGE_SIZE, PAGE_SIZE
        end = self.row_count - number * PAGE_SIZE
        offset = max(0, end - PAGE_SIZE)
        return offset, end - offset

    def _store_page(self, key: tuple[str, int], page: tuple[int, list[dict]]) -> None:
        self._pages[key] = page
        self._pages.move_to_end(key)
        while len(self._pages) > MAX_PAGES:
            self._pages.popitem(last=False)

    def _page(self, key: tuple[str, int]) -> tuple[int, list[dict]]:
        page = self._pages.get(key)
        if page is not None:
            self._pages.move_to_end(key)
            return page
        offset, limit = self._page_bounds(key)
        try:
            rows = list(self.store.rows(self.spec, offset=offset, limit=limit, total=self.row_count))
        except Exception as exc:
            self.error = str(exc) or type(exc).__name__
            rows = []
        page = (offset, rows)
        self._store_page(key, page)
        return page

    # Pages the screen needs but the cache lacks, when the view is scrolled
    # (scrollbar drag, mouse wheel) rather than the cursor moved, are fetched
    # in a thread on their own connection: the frame paints at once with
    # placeholder rows and fills in when the page arrives. A deep window can
    # cost the store a few hundred ms; the UI never waits for it.
    def _row_for_render(self, index: int) -> dict | None | object:
        key = self._page_key(index)
        page = self._pages.get(key)
        if page is None:
            path = self._thread_path()
            if path is None or index == self.cursor_row:
                return self.row_at(index)
            self._request_page(path, key)
            return PENDING
        offset, rows = page
        position = index - offset
        return rows[position] if 0 <= position < len(rows) else None

    def _request_page(self, path: str, key: tuple[str, int]) -> None:
        if key in self._inflight:
            return
        self._inflight.add(key)
        offset, limit = self._page_bounds(key)
        args = (path, self.spec, key, offset, limit, self.row_count, self._generation)
        self.run_worker(
            lambda: self._fetch_in_thread(*args),
            thread=True, group=f"pages-{self.view}", exit_on_error=False,
        )

    def _fetch_in_thread(self, path, spec, key, offset, limit, total, generation) -> None:
        import time

        time.sleep(PAGE_FETCH_DELAY)  # a drag passes many pages: fetch where it stops
        if key not in self._wanted or generation != self._generation:
            try:  # not on screen any more: drop it (the next frame asks again if needed)
                self.app.call_from_thread(self._page_done, generation, key, offset, None)
            except Exception:
                pass
            return
        from store import Store

        try:
            store = Store.open(path, create=False)
            try:
                rows = list(store.rows(spec, offset=offset, limit=limit, total=total))
            finally:
                store.close()
        except Exception:
            rows = None
        try:
            self.app.call_from_thread(self._page_done, generation, key, offset, rows)
        except Exception:
            pass  # the app is closing

    def _page_done(self, generation: int, key, offset: int, rows: list[dict] | None) -> None:
        self._inflight.discard(key)
        if generation != self._generation or rows is None:
            self.refresh()  # still wanted? the next frame asks again
            return
        self._store_page(key, (offset, rows))
        self.refresh()

    def render_lines(self, crop):
        top = round(self.scroll_y)
        body = self._body_height()
        if self.row_count:
            last = min(self.row_count - 1, top + body - 1)
            self._wanted = {self._page_key(top), self._page_key(max(top, last))}
        return super().render_lines(crop)

    def row_at(self, index: int) -> dict | None:
        """The display row at ``index`` (fetching its page if needed)."""
        if index < 0 or index >= self.row_count:
            return None
        offset, rows = self._page(self._page_key(index))
        position = index - offset
        return rows[position] if 0 <= position < len(rows) else None

    @property
    def cursor_row_data(self) -> dict | None:
        return self.row_at(self.cursor_row)

    def visible_rows(self) -> list[dict]:
        """Rows currently drawn on screen (for tests and captures)."""
        top = round(self.scroll_y)
        return [
            row
            for i in range(top, min(self.row_count, top + self._body_height()))
            if (row := self.row_at(i)) is not None
        ]

    # ---------------------------------------------------------------- layout
    def _fit_widths(self) -> None:
        """Column widths from the labels and the first page of rows, fitted
        to the width on screen (widest columns give way first; spare room
        goes to the last text column)."""
        sample = self._page(("head", 0))[1] if self.row_count else []
        natural, desired = [], []
        for column in self.columns:
            width = cell_len(column.label) + 2  # room for the sort arrow
            for row in sample:
                width = max(width, cell_len(clean_cell(row.get(column.key), column.kind)))
            desired.append(width)
            natural.append(max(MIN_WIDTH, min(MAX_WIDTH, width)))
        self._natural_widths = natural
        self._desired_widths = desired
        self._fit_to_screen()

    def _fit_to_screen(self) -> None:
        widths = list(getattr(self, "_natural_widths", self.widths))
        available = self.scrollable_content_region.width - GUTTER - SEP_WIDTH * max(0, len(widths) - 1)
        if available <= 0 or not widths:
            self.widths = widths
            return
        floors = [
            w if c.kind in ("date", "number") else max(MIN_WIDTH, min(8, cell_len(c.label) + 2))
            for c, w in zip(self.columns, widths)
        ]
        excess = sum(widths) - available
        while excess > 0:
            i = max(range(len(widths)), key=lambda k: (widths[k] - floors[k], k))
            if widths[i] <= floors[i]:
                break
            widths[i] -= 1
            excess -= 1
        # Spare room goes to columns whose values were cut (long titles).
        desired = getattr(self, "_desired_widths", widths)
        while excess < 0:
            short = [i for i in range(len(widths)) if desired[i] > widths[i]]
            if not short:
                break
            i = max(short, key=lambda k: desired[k] - widths[k])
            grow = min(-excess, desired[i] - widths[i])
            widths[i] += grow
            excess += grow
        self.widths = widths

    @property
    def line_width(self) -> int:
        if not self.widths:
            return GUTTER
        return GUTTER + sum(self.widths) + SEP_WIDTH * (len(self.widths) - 1)

    def _update_virtual_size(self) -> None:
        # one line for the header, one per row (at least one for "no rows")
        self.virtual_size = Size(self.line_width, max(1, self.row_count) + 1)

    def _body_height(self) -> int:
        return max(1, self.scrollable_content_region.height - 1)

    def on_resize(self, event: events.Resize) -> None:
        self._fit_to_screen()
        self._update_virtual_size()
        self._scroll_to_cursor()

    @property
    def loaded(self) -> bool:
        """Whether the table has queried the store yet (tables in hidden tabs
        wait until they are shown)."""
        return self._loaded

    # ---------------------------------------------------------------- render
    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        scroll_x, scroll_y = self.scroll_offset
        base = self.rich_style
        if y == 0:
            return self._crop(self._header_segments(base), scroll_x, width, base)
        index = scroll_y + y - 1
        if self.row_count == 0:
            if y == 1:
                if self.error:
                    message = f"  {self.error}"
                elif self.spec.filter:
                    message = "  No rows match the filter (Esc in the filter bar clears it)."
                else:
                    message = "  No rows yet: load articles with  relations-tui load FILES…"
                style = base + self.get_component_rich_style("view-table--empty")
                return Strip([Segment(message, style)]).adjust_cell_length(width, base)
            return Strip.blank(width, base)
        if index >= self.row_count:
            return Strip.blank(width, base)
        return self._crop(self._row_segments(index, base), scroll_x, width, base)

    def _crop(self, segments: list[Segment], x: int, width: int, base: Style) -> Strip:
        strip = Strip(segments)
        return strip.crop(x, x + width).adjust_cell_length(width, base)

    def _header_segments(self, base: Style) -> list[Segment]:
        style = base + self.get_component_rich_style("view-table--header")
        sort_key, direction = self.sort[0] if self.sort else (None, None)
        segments = [Segment(" " * GUTTER, style)]
        for i, (column, width) in enumerate(zip(self.columns, self.widths)):
            label = column.label
            if column.key == sort_key:
                label = f"{label} {'▲' if direction == 'asc' else '▼'}"
            if i:
                segments.append(Segment(SEPARATOR, style))
            segments.append(Segment(fit(label, width, column.kind == "number"), style))
        return segments

    def _row_segments(self, index: int, base: Style) -> list[Segment]:
        row = self._row_for_render(index)
        if index == self.cursor_row:
            style = base + self.get_component_rich_style("view-table--cursor")
        elif index % 2:
            style = base + self.get_component_rich_style("view-table--even")
        else:
            style = base
        if row is None:
            return [Segment(" " * self.line_width, style)]
        if row is PENDING:
            dim = style + self.get_component_rich_style("view-table--empty")
            return [Segment(" " * GUTTER, style), Segment(fit("…", self.line_width - GUTTER), dim)]
        if row.get("disputed"):
            mark = Segment("! ", style + self.get_component_rich_style("view-table--disputed"))
        else:
            mark = Segment(" " * GUTTER, style)
        segments = [mark]
        for i, (column, width) in enumerate(zip(self.columns, self.widths)):
            if i:
                segments.append(Segment(SEPARATOR, style))
            text = clean_cell(row.get(column.key), column.kind)
            segments.append(Segment(fit(text, width, column.kind == "number"), style))
        return segments

    def row_text(self, index: int) -> str:
        """The plain text of a row as drawn (without cropping)."""
        return "".join(s.text for s in self._row_segments(index, Style()))

    # ---------------------------------------------------------------- cursor
    def move_cursor(self, index: int) -> None:
        if self.row_count == 0:
            index = 0
        else:
            index = max(0, min(index, self.row_count - 1))
        old = self.cursor_row
        top = round(self.scroll_y)
        self.cursor_row = index
        self._scroll_to_cursor()
        if old != index:
            if round(self.scroll_y) == top:
                # same window: repaint just the two rows (line 0 is the header)
                self.refresh_line(old + 1)
                self.refresh_line(index + 1)
            else:
                self.refresh()
            self._announce_cursor()

    def _scroll_to_cursor(self) -> None:
        body = self._body_height()
        top = round(self.scroll_y)
        if self.cursor_row < top:
            self.scroll_to(y=self.cursor_row, animate=False, immediate=True)
        elif self.cursor_row >= top + body:
            self.scroll_to(y=self.cursor_row - body + 1, animate=False, immediate=True)

    def _announce_cursor(self) -> None:
        self.post_message(self.CursorMoved(self, self.cursor_row, self.cursor_row_data))

    def action_cursor_up(self) -> None:
        self.move_cursor(self.cursor_row - 1)

    def action_cursor_down(self) -> None:
        self.move_cursor(self.cursor_row + 1)

    def action_page_up(self) -> None:
        self.move_cursor(self.cursor_row - self._body_height())

    def action_page_down(self) -> None:
        self.move_cursor(self.cursor_row + self._body_height())

    def action_cursor_home(self) -> None:
        self.move_cursor(0)

    def action_cursor_end(self) -> None:
        if self.count_pending:
            # the last row needs the exact count: get it now rather than later
            try:
                result: int | str = int(self.store.count(self.spec))
            except Exception as exc:
                result = str(exc) or type(exc).__name__
            self._count_done(self._generation, result)
        self.move_cursor(self.row_count - 1)

    # ----------------------------------------------------------------- mouse
    def column_at(self, x: int) -> int | None:
        """Index of the column under content x (before horizontal scroll)."""
        x -= GUTTER
        for i, width in enumerate(self.widths):
            if x < width + (SEP_WIDTH if i < len(self.widths) - 1 else 0):
                return i if x >= -GUTTER else None
            x -= width + SEP_WIDTH
        return None

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None:
            return
        if offset.y == 0:
            column = self.column_at(offset.x + round(self.scroll_x))
            if column is not None:
                self.sort_by_column(self.columns[column].key)
            return
        index = round(self.scroll_y) + offset.y - 1
        if 0 <= index < self.row_count:
            self.focus()
            self.move_cursor(index)
