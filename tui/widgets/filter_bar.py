"""The filter bar: free words and field filters, parsed by the store."""

from __future__ import annotations

from textual.binding import Binding
from textual.message import Message
from textual.widgets import Input

PLACEHOLDER = (
    "/ filter: words  country:kazakhstan  sector:mining  year:2020..2025  "
    "-country:china   (Esc clears)"
)


class FilterBar(Input):
    """An Input whose Escape clears the filter and hands focus back."""

    BINDINGS = [Binding("escape", "clear_filter", "Clear filter", show=True)]

    DEFAULT_CSS = """
    FilterBar {
        height: 1;
        border: none;
        padding: 0 1;
        background: $boost;
        &:focus { border: none; background: $primary 20%; }
    }
    """

    class Cleared(Message):
        """Escape was pressed in the filter bar."""

    def __init__(self, **kwargs) -> None:
        kwargs.setdefault("placeholder", PLACEHOLDER)
        # "/" is pressed to refine the filter (often "country:RWA" from a focus): typing
        # appends at the end instead of replacing a selected filter
        kwargs.setdefault("select_on_focus", False)
        super().__init__(**kwargs)

    def on_focus(self) -> None:
        self.cursor_position = len(self.value)

    def action_clear_filter(self) -> None:
        self.value = ""
        self.post_message(self.Cleared())
