"""Command palette (ctrl+p) commands of the dashboard.

``RelationsCommands`` offers: show each tab, focus a country (asks for it, or
type ``focus rwanda``), load a folder (asks, or ``load ~/news``; runs in a
thread on its own store connection), export the current view, toggle the
detail pane and the charts, refresh.
"""

from __future__ import annotations

from functools import partial
from typing import Any, Callable

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Static


class PromptScreen(ModalScreen[str | None]):
    """One question, one line of answer (Enter answers, Esc cancels)."""

    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    DEFAULT_CSS = """
    PromptScreen { align: center middle; }
    PromptScreen > Vertical {
        width: 70; height: auto; border: thick $primary; background: $surface; padding: 1 2;
    }
    PromptScreen Input { margin-top: 1; }
    """

    def __init__(self, question: str, placeholder: str = "", value: str = "") -> None:
        super().__init__()
        self.question = question
        self.placeholder = placeholder
        self.value = value

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(Text(self.question, style="bold"))
            yield Input(value=self.value, placeholder=self.placeholder, id="prompt-input")

    def on_mount(self) -> None:
        self.query_one(Input).focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.dismiss(event.value.strip() or None)

    def action_cancel(self) -> None:
        self.dismiss(None)


def _commands(app: Any) -> list[tuple[str, Callable[[], Any], str]]:
    views = [("visits", "Visits"), ("agreements", "Agreements"), ("trade", "Trade"), ("relations", "Relations")]
    out: list[tuple[str, Callable[[], Any], str]] = [
        (f"Show {title}", partial(app.action_show_tab, view), f"switch to the {title} tab")
        for view, title in views
    ]
    out += [
        ("Focus a country…", app.action_ask_focus, "show one country's partners and facts (country:X)"),
        ("Clear the focus country", partial(app.set_focus_country, None), "back to every country"),
        ("Load a folder…", app.action_ask_load, "load article files from a folder in the background"),
        ("Export the current view (CSV)", app.action_export, "the rows on screen: filter, columns, order"),
        ("Toggle the detail pane", app.action_toggle_detail, "show or hide the pane under the table"),
        ("Toggle charts", app.action_toggle_chart, "bar charts of this tab under the current filter"),
        ("Refresh", app.action_refresh, "re-query the store"),
    ]
    return out


class RelationsCommands(Provider):
    """The dashboard's own commands."""

    async def discover(self) -> Hits:
        for name, callback, help_text in _commands(self.app):
            yield DiscoveryHit(name, callback, help=help_text)

    async def search(self, query: str) -> Hits:
        app = self.app
        matcher = self.matcher(query)
        for name, callback, help_text in _commands(app):
            score = matcher.match(name)
            if score > 0:
                yield Hit(score, matcher.highlight(name), callback, help=help_text)
        # "focus rwanda" / "load ~/news": the argument typed in the palette itself
        word, _, rest = query.strip().partition(" ")
        rest = rest.strip()
        if rest and word.lower() in ("focus", "country"):
            yield Hit(1.0, Text(f"Focus country: {rest}"), partial(app.set_focus_country, rest),
                      text=f"Focus country: {rest}", help="filter every tab by country:" + rest)
        if rest and word.lower() in ("load", "open"):
            yield Hit(1.0, Text(f"Load folder: {rest}"), partial(app.load_folder, rest),
                      text=f"Load folder: {rest}", help="load its article files in the background")
