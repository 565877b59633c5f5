"""Sector facet beside the Agreements table."""

from __future__ import annotations

from rich.text import Text
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

ALL = "__all__"
NAME_CELLS = 24  # name + gap + count, after the 2-cell marker


class SectorList(OptionList):
    """"All" plus each sector with its count under the current filter."""

    DEFAULT_CSS = """
    SectorList {
        width: 28;
        height: 1fr;
        max-height: 100%;
        border: none;
        border-right: solid $primary 50%;
        padding: 0;
    }
    """

    class SectorChosen(Message):
        def __init__(self, sector: str | None) -> None:
            self.sector = sector
            super().__init__()

    def __init__(self, labels: dict[str, str] | None = None, **kwargs) -> None:
        super().__init__(**kwargs)
        self.labels = labels or {}
        self.selected: str | None = None
        self.counts: list[tuple[str, int]] = []

    def set_counts(self, counts: list[tuple[str, int]], total: int) -> None:
        self.counts = [(str(v), int(c)) for v, c in counts if v is not None]
        highlighted = self.highlighted_option.id if self.highlighted_option else None
        options = [self._option(ALL, "All", total)]
        options += [self._option(v, v, c) for v, c in self.counts]
        self.set_options(options)
        ids = [o.id for o in options]
        target = highlighted if highlighted in ids else (self.selected or ALL)
        if target in ids:
            self.highlighted = ids.index(target)

    def _option(self, ident: str, name: str, count: int) -> Option:
        chosen = (self.selected or ALL) == ident
        text = Text("● " if chosen else "  ", style="bold" if chosen else "")
        number = f"{count:,}"
        room = NAME_CELLS - len(number)
        if len(name) > room:
            name = name[: room - 1] + "…"
        text.append(name, style="bold" if chosen else "")
        text.append(" " * (room - len(name) + 1) + number, style="dim" if not chosen else "bold")
        return Option(text, id=ident)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        ident = event.option.id
        self.selected = None if ident == ALL else ident
        self.post_message(self.SectorChosen(self.selected))
