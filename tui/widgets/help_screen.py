"""The help screen: keys and the filter syntax."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

KEYS = [
    ("/", "focus the filter bar (typing filters live)"),
    ("Esc", "clear the filter (in the filter bar) / close this help"),
    ("1 2 3", "Visits, Agreements, Trade tab"),
    ("↑ ↓ PgUp PgDn Home End", "move the cursor; the detail pane follows"),
    ("s / S", "sort by the next column / reverse the sort"),
    ("click a header", "sort by that column (again: reverse)"),
    ("Tab", "move focus (table, sectors, detail)"),
    ("Enter (sectors)", "filter Agreements by that sector; 'All' clears it"),
    ("ctrl+e", "export the current view to CSV (filter, columns, order)"),
    ("r", "refresh: re-query the store"),
    ("?", "this help"),
    ("ctrl+q", "quit"),
]

FILTERS = [
    ("mining gold", "rows containing both words (prefix match)"),
    ("country:kazakhstan", "either party / visitor / host is Kazakhstan (name or ISO3)"),
    ("sector:mining", "agreement sector id (see the Agreements sector list)"),
    ("year:2025  year:2020..2025", "year or range of years"),
    ("kind:state  instrument:mou", "visit kind, agreement instrument"),
    ("flow:exports  metric:value", "trade flow and metric"),
    ("visitor:kagame  city:baku", "visitor name, city of a visit"),
    ("article:reuters", "rows with a source from a matching article"),
    ("-country:china", "a leading '-' negates a field filter"),
]


def help_text() -> Table:
    table = Table.grid(padding=(0, 2))
    table.add_column(style="bold cyan", no_wrap=True)
    table.add_column()
    table.add_row(Text("Keys", style="bold underline"), Text(""))
    for key, what in KEYS:
        table.add_row(Text(key), Text(what))
    table.add_row(Text(""), Text(""))
    table.add_row(Text("Filter syntax", style="bold underline"), Text(""))
    for example, what in FILTERS:
        table.add_row(Text(example), Text(what))
    table.add_row(Text(""), Text(""))
    table.add_row(Text(""), Text("Press Esc, q or ? to close.", style="dim"))
    return table


class HelpScreen(ModalScreen[None]):
    BINDINGS = [
        Binding("escape", "dismiss", "Close"),
        Binding("q", "dismiss", "Close", show=False),
        Binding("question_mark", "dismiss", "Close", show=False),
    ]

    DEFAULT_CSS = """
    HelpScreen { align: center middle; }
    HelpScreen > VerticalScroll {
        width: 90;
        max-width: 95%;
        height: auto;
        max-height: 90%;
        border: thick $primary;
        background: $surface;
        padding: 1 2;
    }
    """

    def compose(self) -> ComposeResult:
        with VerticalScroll():
            yield Static(help_text(), id="help-body")

    def action_dismiss(self, result=None) -> None:  # type: ignore[override]
        self.dismiss(None)
