"""What the dashboard remembers between runs, and the focus country.

A small JSON file (``state.json`` in the user config folder, or the path given
by ``--state`` / ``$RELATIONS_TUI_STATE``): the last tab, the filter, each
tab's sort, the focus country. A missing or broken file is an empty state.

The focus country (``--focus RWA``, or from the palette) is a ``country:X``
field filter kept at the front of the filter, so every tab shows that
country's facts and the Relations tab lists its partners; every tab passes
it to the store in its ``ViewSpec`` and shows the store's ``partner`` column
first (Relations: in place of the pair), the same query as its CSV export.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

STATE_ENV = "RELATIONS_TUI_STATE"
VERSION = 1


def default_state_path() -> Path:
    if os.environ.get(STATE_ENV):
        return Path(os.environ[STATE_ENV])
    from platformdirs import user_config_dir

    return Path(user_config_dir("relations-tui", appauthor=False)) / "state.json"


def load_state(path: str | os.PathLike | None) -> dict:
    if path is None:
        return {}
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def save_state(path: str | os.PathLike | None, state: dict) -> bool:
    if path is None:
        return False
    p = Path(path)
    try:
        p.parent.mkdir(parents=True, exist_ok=True)
        tmp = p.with_name(p.name + ".tmp")
        tmp.write_text(json.dumps({"version": VERSION, **state}, indent=2, ensure_ascii=False), encoding="utf-8")
        tmp.replace(p)  # never a half-written file
        return True
    except OSError:
        return False


_COUNTRY_TOKEN = re.compile(r"(?<!\S)country:(\"[^\"]*\"|\S+)\s*")


def with_focus(filter_text: str, country: str | None) -> str:
    """The filter with the focus country's ``country:X`` first (replacing any
    other ``country:`` filter); ``country`` None takes it away."""
    rest = _COUNTRY_TOKEN.sub("", filter_text).strip()
    if not country:
        return rest
    value = f'"{country}"' if " " in country else country
    return f"country:{value} {rest}".strip()


class StateMixin:
    """Remembered state and the focus country for ``RelationsApp``."""

    state_path: Path | None = None
    focus_country: str | None = None

    def collect_state(self) -> dict:
        sorts = {}
        for view, _ in self.VIEW_LIST:
            try:
                sorts[view] = [list(s) for s in self.table(view).sort]
            except Exception:
                continue
        return {"view": self.active_view, "filter": self.filter_text, "sort": sorts,
                "focus": self.focus_country}

    def save_current_state(self) -> bool:
        if self.focus_country and with_focus(self.filter_text, self.focus_country) != self.filter_text.strip():
            self.focus_country = None  # its country: filter was edited away (Esc, typing)
            self.show_focus()
            if not self.active_table.loaded:  # its partner column went with the focus
                self.active_table.reload(keep_cursor=True)
        if self.state_path is None:
            return False
        try:
            state = self.collect_state()
        except Exception:  # the widgets are gone (closing)
            return False
        if state == getattr(self, "_saved_state", None):
            return True
        self._saved_state = state
        return save_state(self.state_path, state)

    def restore_state(self, state: dict) -> None:
        """Before the first query: sorts, filter text and the tab (no reloads)."""
        columns = {view: {c.key for c in self.table(view).columns} for view, _ in self.VIEW_LIST}
        if isinstance(state.get("focus"), str) and state["focus"]:
            for keys in columns.values():
                keys.add("partner")  # a sort by partner, for the views that will show it
        for view, sort in (state.get("sort") or {}).items():
            if view in columns and isinstance(sort, list):
                good = [(str(k), "desc" if d == "desc" else "asc") for k, d in
                        (s for s in sort if isinstance(s, (list, tuple)) and len(s) == 2) if k in columns[view]]
                self.table(view).sort = good
        text = state.get("filter") if isinstance(state.get("filter"), str) else ""
        if isinstance(state.get("focus"), str) and state["focus"]:
            self.focus_country = state["focus"]
            text = with_focus(text, self.focus_country)
        if text:
            self._set_filter_text(text)
        view = state.get("view")
        if view in columns:
            self.query_one("#tabs").active = view

    def _set_filter_text(self, text: str) -> None:
        from tui.widgets.filter_bar import FilterBar

        bar = self.query_one(FilterBar)
        with bar.prevent(bar.Changed):
            bar.value = text
        self.filter_text = text
        for view, _ in self.VIEW_LIST:
            self.table(view).filter_text = text

    def set_focus_country(self, country: str | None) -> None:
        """Focus one country (``None``: every country) on every tab."""
        from tui.widgets.filter_bar import FilterBar

        country = (country or "").strip() or None
        self.focus_country = country
        self.show_focus()
        bar = self.query_one(FilterBar)
        bar.value = with_focus(bar.value, country)
        self.apply_filter()
        self.notify(f"focus: {country}" if country else "focus cleared", timeout=2, markup=False)

    def show_focus(self) -> None:
        """Every tab shows the store's partner column first (Relations: in place of
        the pair, headed "Partner of <name>")."""
        for view, _ in self.VIEW_LIST:
            try:
                self.table(view).set_focus_country(self.focus_country)
            except Exception:
                continue
        name = None
        if self.focus_country and hasattr(self.store, "country"):
            try:
                found = self.store.country(self.focus_country)
            except Exception:
                found = None
            name = found[1] if found else None
        try:
            table = self.table("relations")
        except Exception:
            return
        if hasattr(table, "set_focus"):
            table.set_focus(name)

    def action_ask_focus(self) -> None:
        from tui.commands import PromptScreen

        def answer(country: str | None) -> None:
            if country:
                self.set_focus_country(country)

        self.push_screen(PromptScreen("Focus which country? (name, demonym or ISO3)", "rwanda",
                                      self.focus_country or ""), answer)
