"""A country pair's profile: its dated timeline from ``store.profile(pair)``.

Each line: date, kind, summary, the facts it links to (agreements signed
during a visit, the visit an agreement was signed during), and its sources
(article + sentence). Disputed facts are marked. All data is ``rich.text.Text``
(never markup). Escape returns to the dashboard.
"""

from __future__ import annotations

import re
from typing import Any

from tui.widgets.printable import printable
from rich.console import Group
from rich.padding import Padding
from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Static

KIND_LABELS = {
    "relations_established": "relations established",
    "embassy_opened": "embassy opened",
    "consultations": "consultations",
    "joint_commission": "joint commission",
    "visit": "visit",
    "agreement": "agreement",
    "trade": "trade",
}
KIND_STYLES = {"visit": "cyan", "agreement": "green", "trade": "magenta"}


def linked_summary(item: dict) -> str:
    """One line for a fact from ``store.linked`` (a visit or an agreement)."""
    if item.get("view") == "agreements":
        parts = [item.get("signed_on") or "undated", item.get("sector") or "", item.get("instrument") or ""]
        line = " ".join(p for p in parts if p)
        if item.get("title"):
            line += f" — {item['title']}"
        return line
    who = item.get("visitor") or item.get("visitor_country") or "?"
    role = ", ".join(x for x in (item.get("visitor_role"), item.get("visitor_country")) if x)
    line = f"{who} ({role})" if role else who
    line += f" → {item.get('host_country') or item.get('host_iso3') or '?'}"
    if item.get("city"):
        line += f", {item['city']}"
    span = item.get("start") or "undated"
    if item.get("end"):
        span += f"–{item['end']}"
    return f"{line} {span}"


def linked_heading(view: str) -> str:
    return "Signed during this visit:" if view == "visits" else "During:"


def _clean(value: Any) -> str:
    return " ".join(str(value if value is not None else "").split())


def _short(value: Any) -> str:
    """A summary without its "(during …)" / "(N agreements signed …)" tail."""
    return re.sub(r"\s*\((during|\d+ agreements? signed)[^)]*\)\s*$", "", _clean(value))


def build_profile(pair: str, timeline: list[dict], relation: dict | None = None) -> tuple[Group, str]:
    """The profile's renderable and its plain text (for tests)."""
    timeline, relation = printable(timeline), printable(relation)
    parts: list[Any] = []
    plain: list[str] = []

    def add(text: Text, indent: int = 0) -> None:
        parts.append(Padding(text, (0, 0, 0, indent)) if indent else text)
        plain.append(" " * indent + text.plain)

    title = Text(_clean((relation or {}).get("parties") or pair), style="bold")
    title.append(f"  {pair}", style="dim")
    add(title)
    if relation:
        facts = Text(style="dim")
        facts.append(
            f"first contact {relation.get('first_contact') or '?'} · last {relation.get('last_contact') or '?'} · "
            f"visits {relation.get('visits_ab') or 0}/{relation.get('visits_ba') or 0} · "
            f"agreements {relation.get('n_agreements') or 0} · milestones {relation.get('n_milestones') or 0} · "
            f"sources {relation.get('n_sources') or 0}"
        )
        add(facts)
    if not timeline:
        add(Text("No facts about this pair.", style="italic dim"))
        return Group(*parts), "\n".join(plain)
    summaries = {(t.get("view"), t.get("id")): _short(t.get("summary")) for t in timeline}
    add(Text(""))
    grid = Table.grid(padding=(0, 1))
    grid.add_column(no_wrap=True, width=2)
    grid.add_column(no_wrap=True, style="bold")
    grid.add_column(no_wrap=True)
    grid.add_column(ratio=1, overflow="fold")
    for item in timeline:
        kind = str(item.get("kind") or "")
        date = _clean(item.get("date") or "undated")
        if item.get("end"):
            date += f"–{_clean(item['end'])}"
        label = Text(KIND_LABELS.get(kind, kind), style=KIND_STYLES.get(kind, "yellow"))
        body = Text(_clean(item.get("summary")))
        mark = Text("!", style="bold red") if item.get("disputed") else Text("")
        if item.get("disputed"):
            body.append("  DISPUTED", style="bold red")
        grid.add_row(mark, Text(date), label, body)
        plain.append(f"{mark.plain:2} {date} {label.plain} {body.plain}")
        links = item.get("linked") or []
        if links:
            other = "agreements" if item.get("view") == "visits" else "visits"
            names = [summaries.get((other, i)) or f"#{i}" for i in links]
            link = Text(linked_heading(item.get("view") or "") + " ", style="bold")
            link.append("; ".join(names))
            grid.add_row(Text(""), Text(""), Text(""), link)
            plain.append("    " + link.plain)
        for source in item.get("sources") or []:
            src = Text("↳ ", style="dim")
            src.append(_clean(source.get("article") or "?"), style="cyan")
            src.append(": ")
            src.append(_clean(source.get("sentence")), style="italic")
            grid.add_row(Text(""), Text(""), Text(""), src)
            plain.append("    " + src.plain)
    parts.append(grid)
    return Group(*parts), "\n".join(plain)


class ProfileScreen(Screen[None]):
    """The timeline of one country pair."""

    BINDINGS = [
        Binding("escape", "close", "Back"),
        Binding("q", "close", "Back", show=False),
    ]

    DEFAULT_CSS = """
    ProfileScreen > VerticalScroll { padding: 0 1; background: $surface; }
    ProfileScreen #profile-body { width: 1fr; }
    """

    AUTO_FOCUS = "VerticalScroll"

    def __init__(self, store: Any, pair: str, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.store = store
        self.pair = pair
        self.timeline: list[dict] = []
        self.text = ""

    def compose(self) -> ComposeResult:
        try:
            self.timeline = list(self.store.profile(self.pair))
            relation = self.store.relation(self.pair)
            renderable, self.text = build_profile(self.pair, self.timeline, relation)
        except Exception as exc:  # a pair the store rejects
            renderable = Text(f"Cannot show the profile of {self.pair}: {exc}", style="bold red")
            self.text = renderable.plain
        with VerticalScroll(id="profile-scroll"):
            yield Static(renderable, id="profile-body")
        yield Footer()

    def on_mount(self) -> None:
        self.sub_title = f"profile {self.pair}"

    def action_close(self) -> None:
        self.dismiss(None)
