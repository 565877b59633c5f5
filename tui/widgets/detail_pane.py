"""The detail pane: every field of the selected row and its source sentences.

All data is rendered through ``rich.text.Text`` objects (in a grid, so long
values wrap with a hanging indent) — article text is never parsed as markup.
"""

from __future__ import annotations

import json
from typing import Any

from tui.widgets.printable import printable
from rich.console import Group, RenderableType
from rich.padding import Padding
from rich.table import Table
from rich.text import Text
from textual.containers import VerticalScroll
from textual.widgets import Static

HIDDEN = {"id", "sources", "disputed", "disputes", "search", "group_key"}


def _value(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, (list, tuple)):
        return ", ".join(_value(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, float) and value.is_integer():
        return f"{int(value):,}"
    if isinstance(value, int):
        return f"{value:,}" if abs(value) >= 10000 else str(value)
    return str(value)


class _Builder:
    """Collects renderables and, alongside, their plain text (for tests)."""

    def __init__(self) -> None:
        self.parts: list[RenderableType] = []
        self.plain: list[str] = []

    def text(self, text: Text, indent: int = 0) -> None:
        self.parts.append(Padding(text, (0, 0, 0, indent)) if indent else text)
        self.plain.append(text.plain)

    def fields(self, rows: list[tuple[str, str]], style: str = "") -> None:
        if not rows:
            return
        grid = Table.grid(padding=(0, 2))
        grid.add_column(justify="right", no_wrap=True, style="bold " + style)
        grid.add_column(ratio=1, overflow="fold", style=style)
        for label, value in rows:
            grid.add_row(Text(label), Text(value))
            self.plain.append(f"{label}  {value}")
        self.parts.append(grid)


def build_detail(detail: dict | None, labels: dict[str, str] | None = None,
                 linked: list[dict] | None = None, view: str = "") -> tuple[RenderableType, str]:
    """The pane's renderable for one ``store.detail`` dict, and its plain text.
    ``linked``: ``store.linked(view, id)`` — the agreements signed during a
    visit ("Signed during this visit: …") or an agreement's visit ("During: …")."""
    labels = labels or {}
    detail, linked = printable(detail), printable(linked)
    if not detail:
        text = Text("No row selected.", style="italic dim")
        return text, text.plain
    out = _Builder()
    if detail.get("disputed"):
        line = Text(" DISPUTED ", style="bold reverse red")
        line.append("  sources disagree on some fields", style="red")
        out.text(line)
    shown = [k for k in labels if k in detail and k not in HIDDEN]
    others = [k for k in detail if k not in HIDDEN and k not in labels]
    out.fields([(labels.get(k, k), _value(detail.get(k))) for k in shown])
    disputes = detail.get("disputes") or {}
    if isinstance(disputes, dict) and disputes:
        out.text(Text("\nDisputes", style="bold red"))
        rows = []
        for field, options in disputes.items():
            parts = []
            for option in options or []:
                if isinstance(option, dict):
                    arts = ", ".join(str(a) for a in option.get("articles") or [])
                    parts.append(f"{_value(option.get('value'))} ({arts})")
                else:
                    parts.append(_value(option))
            rows.append((labels.get(field, field), "; ".join(parts)))
        out.fields(rows, "red")
    if linked is not None and view in ("visits", "agreements"):
        from tui.widgets.profile_screen import linked_heading, linked_summary

        head = Text("\n" + linked_heading(view), style="bold")
        if not linked:
            head.append(" none known", style="dim")
        out.text(head)
        for item in linked:
            out.text(Text("• " + linked_summary(item)), indent=2)
    sources = detail.get("sources") or []
    out.text(Text(f"\nSources ({len(sources)})", style="bold underline"))
    for source in sources:
        head = Text("• ")
        head.append(str(source.get("article") or "?"), style="bold cyan")
        if source.get("title"):
            head.append(f"  {source['title']}", style="italic")
        if source.get("published"):
            head.append(f"  ({source['published']})", style="dim")
        if source.get("rule"):
            head.append(f"  rule: {source['rule']}", style="dim")
        out.text(head)
        sentence = Text(str(source.get("sentence") or ""))
        start, end = source.get("start"), source.get("end")
        if isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(sentence.plain):
            sentence.stylize("bold yellow", start, end)
        out.text(sentence, indent=2)
    if others:
        out.text(Text("\nOther fields", style="bold underline"))
        out.fields([(k, _value(detail.get(k))) for k in others], "dim")
    return Group(*out.parts), "\n".join(out.plain)


def render_detail(detail: dict | None, labels: dict[str, str] | None = None) -> Text:
    """Plain-text view of the pane (what tests check)."""
    return Text(build_detail(detail, labels)[1])


class DetailPane(VerticalScroll):
    """Scrollable pane under the table."""

    DEFAULT_CSS = """
    DetailPane {
        height: 45%;
        border-top: solid $primary 50%;
        padding: 0 1;
        background: $surface;
    }
    DetailPane > Static { width: 1fr; }
    """

    can_focus = False

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._plain = "No row selected."

    def compose(self):
        yield Static(Text("No row selected.", style="italic dim"), classes="detail-body")

    def show(self, detail: dict | None, labels: dict[str, str] | None = None,
             linked: list[dict] | None = None, view: str = "") -> None:
        renderable, self._plain = build_detail(detail, labels, linked, view)
        self.query_one(".detail-body", Static).update(renderable)
        self.scroll_home(animate=False)

    @property
    def text(self) -> str:
        """Plain text on show (for tests)."""
        return self._plain
