"""The help screen: keys and the filter syntax."""

from __future__ import annotations

from rich.console import Group
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
    ("1 2 3 4", "Visits, Agreements, Trade, Relations tab"),
    ("Enter (relations)", "the pair's profile: dated timeline with sources (Esc returns)"),
    ("↑ ↓ PgUp PgDn Home End", "move the cursor; the detail pane follows"),
    ("s / S", "sort by the next column / reverse the sort"),
    ("click a header", "sort by that column (again: reverse)"),
    ("Tab", "move focus (table, sectors, detail)"),
    ("Enter (sectors)", "filter Agreements by that sector; 'All' clears it"),
    ("c", "charts of this tab under the current filter (again: hide)"),
    ("ctrl+e", "export the current view to CSV (filter, columns, order)"),
    ("r", "refresh: re-query the store"),
    ("ctrl+p", "commands: show a tab, focus a country ('focus rwanda'), load a folder ('load ~/news'), "
               "export, toggle the detail pane / charts"),
    ("?", "this help"),
    ("ctrl+q", "quit"),
]

FILTERS = [
    ("mining gold", "rows containing both words anywhere (prefix match)"),
    ('"air services"', "quotes keep words together as one value"),
    ("country:kazakhstan", "a party / visitor / host / trader (name, demonym or ISO3)"),
    ("partner:kenya", "with a focus country: rows whose other country is Kenya (name or ISO3)"),
    ("from:rwa  to:kaz", "visits: visitor's country, host country"),
    ("exporter:  importer:", "trade: direction of the flow"),
    ("sector:mining", "agreements: sector id or its start (science → science_technology)"),
    ("year:2025  year:2020..2025  year:>2020", "a year, a range, or after/before"),
    ("kind:state  instrument:mou", "visit kind; agreement instrument"),
    ("flow:exports  metric:value  unit:USD", "trade flow, metric and currency"),
    ("visitor:kagame  role:minister  city:baku", "visits: text contained in the field"),
    ("title:aviation  products:oil", "agreement title; traded products"),
    ("article:astana  disputed:yes", "rows from an article named like …; disputed rows"),
    ("-country:china", "a leading '-' negates a filter"),
]


def _grid(title: str, rows: list[tuple[str, str]]) -> Table:
    table = Table.grid(padding=(0, 2))
    table.add_column(style="bold cyan", no_wrap=True)
    table.add_column(ratio=1)
    table.add_row(Text(title, style="bold underline"), Text(""))
    for left, right in rows:
        table.add_row(Text(left), Text(right))
    return table


def help_text() -> Group:
    return Group(
        _grid("Keys", KEYS),
        Text(""),
        _grid("Filter syntax", FILTERS),
        Text(""),
        Text("Press Esc, q or ? to close.", style="dim"),
    )


class HelpScreen(ModalScreen[None]):
    AUTO_FOCUS = "*"  # the scrolling body, so arrows/PgDn scroll the help

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
