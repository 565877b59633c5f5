"""One line: how many rows match, the filter in words, the sort."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static


class StatusLine(Static):
    DEFAULT_CSS = """
    StatusLine {
        height: 1;
        padding: 0 1;
        background: $panel;
        color: $foreground;
    }
    """

    def show(self, count: int, total: int | None, description: str,
             sort: str = "", error: str | None = None, counting: bool = False) -> None:
        text = Text()
        if counting:
            text.append(f"{count:,}+", style="bold")
            text.append(" rows (counting…)")
        else:
            text.append(f"{count:,}", style="bold")
            text.append(" row" if count == 1 else " rows")
        if total is not None and total != count and not counting:
            text.append(f" of {total:,}")
        text.append(" · ")
        if error:
            text.append(f"filter error: {error}", style="bold red")
        else:
            text.append(description or "no filter", style="" if description else "dim")
        if sort:
            text.append(f" · sorted by {sort}", style="dim")
        self.update(text, layout=False)  # one line, fixed height

    @property
    def text(self) -> str:
        content = self.content
        return content.plain if isinstance(content, Text) else str(content)
