"""The detail pane: every field of the selected row and its source sentences.

All data is rendered as ``rich.text.Text`` — article text is never parsed
as markup.
"""

from __future__ import annotations

import json
from typing import Any

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


def render_detail(detail: dict | None, labels: dict[str, str] | None = None) -> Text:
    """Build the pane's text for one row's ``store.detail`` dict."""
    labels = labels or {}
    if not detail:
        return Text("No row selected.", style="italic dim")
    out = Text()
    if detail.get("disputed"):
        out.append(" DISPUTED ", style="bold reverse red")
        out.append("  sources disagree on some fields\n", style="red")
    keys = [k for k in labels if k in detail and k not in HIDDEN]
    keys += [k for k in detail if k not in HIDDEN and k not in labels]
    width = max((len(labels.get(k, k)) for k in keys), default=0)
    for key in keys:
        out.append(f"{labels.get(key, key):>{width}}  ", style="bold")
        out.append(_value(detail.get(key)))
        out.append("\n")
    disputes = detail.get("disputes") or {}
    if isinstance(disputes, dict) and disputes:
        out.append("\nDisputes\n", style="bold red")
        for field, options in disputes.items():
            out.append(f"  {labels.get(field, field)}: ", style="bold")
            parts = []
            for option in options or []:
                if isinstance(option, dict):
                    arts = ", ".join(str(a) for a in option.get("articles") or [])
                    parts.append(f"{_value(option.get('value'))} ({arts})")
                else:
                    parts.append(_value(option))
            out.append("; ".join(parts) + "\n")
    sources = detail.get("sources") or []
    out.append(f"\nSources ({len(sources)})\n", style="bold underline")
    for source in sources:
        out.append("• ")
        out.append(str(source.get("article") or "?"), style="bold cyan")
        if source.get("rule"):
            out.append(f"  [{source['rule']}]", style="dim")
        out.append("\n  ")
        sentence = str(source.get("sentence") or "")
        start, end = source.get("start"), source.get("end")
        sentence_text = Text(sentence)
        if isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(sentence):
            sentence_text.stylize("bold yellow", start, end)
        out.append_text(sentence_text)
        out.append("\n")
    return out


class DetailPane(VerticalScroll):
    """Scrollable pane under the table."""

    DEFAULT_CSS = """
    DetailPane {
        height: 12;
        border-top: solid $primary 50%;
        padding: 0 1;
        background: $surface;
    }
    DetailPane > Static { width: 1fr; }
    """

    can_focus = False

    def compose(self):
        yield Static(Text("No row selected.", style="italic dim"), classes="detail-body")

    def show(self, detail: dict | None, labels: dict[str, str] | None = None) -> None:
        self.query_one(".detail-body", Static).update(render_detail(detail, labels))
        self.scroll_home(animate=False)

    @property
    def text(self) -> str:
        """Plain text on show (for tests)."""
        content = self.query_one(".detail-body", Static).content
        return content.plain if isinstance(content, Text) else str(content)
