"""The Relations tab's table: one row per country pair (``ViewSpec("relations")``).

The same virtual ViewTable, with short header labels for its many count
columns ("Visits a→b" → "a→b") so the pair's names keep their room; the
detail pane and the CSV keep the store's full labels.
"""

from __future__ import annotations

from contextlib import contextmanager
from dataclasses import replace

from tui.widgets.view_table import ViewTable

SHORT_LABELS = {
    "visits_ab": "a→b",
    "visits_ba": "b→a",
    "n_agreements": "Agr",
    "n_milestones": "Mil",
    "agreements_by_sector": "By sector",
    "trade_latest": "Latest trade",
}


class RelationsTable(ViewTable):
    """ViewTable over the relations view with compact headers. With a focus
    country the store's columns start with ``partner`` in place of the pair (its
    rows, like its CSV export, come from the same query); the header names it
    "Partner of Rwanda"."""

    focus_name: str | None = None

    def set_focus(self, name: str | None) -> None:
        """The focus country's name, for the partner column's header."""
        if name != self.focus_name:
            self.focus_name = name
            if self.loaded:
                self._fit_widths()
                self._update_virtual_size()
            self.refresh()

    @contextmanager
    def _short_headers(self):
        full = self.columns
        labels = dict(SHORT_LABELS)
        if self.focus_name:
            labels["partner"] = f"Partner of {self.focus_name}"
        self.columns = [replace(c, label=labels[c.key]) if c.key in labels else c for c in full]
        try:
            yield
        finally:
            self.columns = full

    def _fit_widths(self) -> None:
        with self._short_headers():
            super()._fit_widths()

    def _fit_to_screen(self) -> None:
        with self._short_headers():
            super()._fit_to_screen()
        # the pair's (or the partner's) names first: cells from the long summary columns
        keys = [c.key for c in self.columns]
        desired = getattr(self, "_desired_widths", None)
        names = next((k for k in ("parties", "partner") if k in keys), None)
        if names is None or desired is None or len(self.widths) != len(keys):
            return
        p = keys.index(names)
        for donor in ("agreements_by_sector", "trade_latest"):
            if donor not in keys:
                continue
            d = keys.index(donor)
            give = min(desired[p] - self.widths[p], self.widths[d] - 12)
            if give > 0:
                self.widths[p] += give
                self.widths[d] -= give

    def _header_segments(self, base):
        with self._short_headers():
            return super()._header_segments(base)
