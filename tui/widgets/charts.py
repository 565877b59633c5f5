"""Charts that follow the current filter: bars drawn with block characters.

``chart_series(store, view, filter_text)`` asks the store (facets and
``trade_series`` under the same filter text the tables use) for the numbers;
``ChartPanel`` draws them side by side. The numbers behind the bars are kept
on the panel (``panel.series``) so tests can compare them with the store.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from rich.table import Table
from rich.text import Text
from textual.containers import VerticalScroll
from textual.widgets import Sparkline, Static

BLOCKS = " ▏▎▍▌▋▊▉█"
BAR_CELLS = 22
LABEL_CELLS = 16
MAX_BARS = 14  # per series; the rest is summed into "others"

try:
    from store import ViewSpec
except ImportError:  # pragma: no cover
    ViewSpec = None  # type: ignore[assignment]


@dataclass
class Series:
    title: str
    points: list[tuple[str, float]] = field(default_factory=list)
    note: str = ""  # e.g. the filter does not apply to this view
    unit: str = ""


def _spec(view: str, filter_text: str, sort: list | None = None) -> Any:
    if ViewSpec is None:
        from types import SimpleNamespace

        return SimpleNamespace(view=view, filter=filter_text, sort=sort or [])
    return ViewSpec(view, filter_text, sort or [])


def _facet(store: Any, view: str, filter_text: str, column: str, title: str, by_label: bool = False) -> Series:
    try:
        counts = [(v, int(n)) for v, n in store.facet(_spec(view, filter_text), column)]
    except Exception as exc:
        return Series(title, note=f"not under this filter ({str(exc) or type(exc).__name__})")
    points = [("undated" if v is None else str(v), float(n)) for v, n in counts]
    if by_label:  # years in time order, undated last
        points.sort(key=lambda p: (p[0] == "undated", p[0]))
    return Series(title, points)


def _trade(store: Any, filter_text: str) -> list[Series]:
    if not hasattr(store, "trade_series"):
        return []
    try:
        rows = list(store.trade_series(_spec("trade", filter_text)))
    except Exception as exc:
        return [Series("Trade per pair", note=f"not under this filter ({str(exc) or type(exc).__name__})")]
    out: dict[tuple, Series] = {}
    for r in rows:
        key = (r["exporter_iso3"], r["importer_iso3"], r["flow"], r["metric"], r["unit"])
        arrow = "–" if r["flow"] == "total" else "→"
        what = "change %" if r["metric"] == "change_pct" else (r["unit"] or "")
        title = f"Trade {r['exporter_iso3']}{arrow}{r['importer_iso3']} {r['flow']} ({what})"
        series = out.setdefault(key, Series(title, unit="%" if r["metric"] == "change_pct" else ""))
        series.points.append(("undated" if r["year"] is None else str(r["year"]), float(r["value"])))
    return list(out.values()) or [Series("Trade per pair", note="no whole-trade figures under this filter")]


def chart_series(store: Any, view: str, filter_text: str) -> list[Series]:
    """The series the chart panel shows for ``view`` under ``filter_text``."""
    f = filter_text.strip()
    per_year = [
        _facet(store, "visits", f, "year", "Visits per year", by_label=True),
        _facet(store, "agreements", f, "year", "Agreements per year", by_label=True),
    ]
    if view == "agreements":
        return [_facet(store, "agreements", f, "sector", "Agreements by sector"), *per_year]
    if view == "visits":
        return per_year
    if view == "trade":
        return _trade(store, f)
    if view == "relations":
        try:
            rows = store.rows(_spec("relations", f, [("n_agreements", "desc")]), offset=0, limit=MAX_BARS)
            pairs = Series("Agreements per pair", [(str(r.get("parties")), float(r.get("n_agreements") or 0))
                                                    for r in rows])
        except Exception as exc:
            pairs = Series("Agreements per pair", note=str(exc) or type(exc).__name__)
        return [pairs, *per_year, _facet(store, "agreements", f, "sector", "Agreements by sector")]
    return []


def _number(value: float, unit: str = "") -> str:
    if unit == "%":
        return f"{value:+.1f}%"
    a = abs(value)
    for size, suffix in ((1e12, "tn"), (1e9, "bn"), (1e6, "m")):
        if a >= size:
            return f"{value / size:.1f}{suffix}"
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.1f}"


def bar(value: float, largest: float, cells: int = BAR_CELLS) -> str:
    if largest <= 0 or value <= 0:
        return ""
    eighths = round(value / largest * cells * 8)
    full, part = divmod(max(1, eighths), 8)
    return "█" * full + (BLOCKS[part] if part else "")


def render_series(series: Series, width: int = LABEL_CELLS + BAR_CELLS + 10) -> tuple[Text, str]:
    """One series as lines of ``label bar value``, fitting in ``width`` cells."""
    text = Text()
    text.append(series.title, style="bold underline")
    if series.note or not series.points:
        text.append("\n" + (series.note or "nothing under this filter"), style="dim italic")
        return text, text.plain
    points = series.points
    if len(points) > MAX_BARS:
        rest = sum(v for _, v in points[MAX_BARS - 1:])
        points = points[: MAX_BARS - 1] + [(f"{len(series.points) - MAX_BARS + 1} others", rest)]
    largest = max(abs(v) for _, v in points) or 1.0
    numbers = [_number(v, series.unit) for _, v in points]
    room = max(len(n) for n in numbers)
    label_cells = min(LABEL_CELLS, max(len(label) for label, _ in points), max(4, width // 3))
    cells = max(4, width - label_cells - room - 2)
    for label, value in points:
        name = label if len(label) <= label_cells else label[: label_cells - 1] + "…"
        text.append("\n" + name.ljust(label_cells) + " ")
        text.append(bar(abs(value), largest, cells).ljust(cells), style="red" if value < 0 else "cyan")
        text.append(" " + _number(value, series.unit), style="bold")
    return text, text.plain


class ChartPanel(VerticalScroll):
    """Bar charts of the current tab under the current filter (key c)."""

    DEFAULT_CSS = """
    ChartPanel {
        height: 1fr;
        border-top: solid $primary 50%;
        padding: 0 1;
        background: $surface;
        display: none;
    }
    ChartPanel.-shown { display: block; }
    ChartPanel > Static { width: 1fr; }
    ChartPanel > Sparkline { height: 2; margin-bottom: 1; }
    """

    can_focus = False

    def __init__(self, view: str, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.view = view
        self.series: list[Series] = []
        self.filter_text: str | None = None
        self.text = ""

    def compose(self):
        # Over time: Textual's own Sparkline, one per yearly series, then the bars.
        for i in range(2):
            yield Static(Text(""), classes=f"spark-title spark-title-{i}")
            yield Sparkline([], classes=f"spark spark-{i}")
        yield Static(Text(""), classes="chart-body")

    def update_chart(self, store: Any, filter_text: str) -> None:
        self.filter_text = filter_text
        self.series = chart_series(store, self.view, filter_text)
        self._draw()

    def on_resize(self) -> None:
        if self.series:
            self._draw()

    def timelines(self) -> list[tuple[str, list[float]]]:
        """Yearly series as continuous years (gaps are zero): what the sparklines draw."""
        out = []
        for series in self.series:
            years = {int(label): value for label, value in series.points if label.isdigit() and len(label) == 4}
            if len(years) < 1 or series.note:
                continue
            lo, hi = min(years), max(years)
            out.append((f"{series.title}, {lo}–{hi}" if lo != hi else f"{series.title}, {lo}",
                        [years.get(y, 0.0) for y in range(lo, hi + 1)]))
        return out[:2]

    def _draw_sparklines(self) -> None:
        lines = self.timelines()
        for i in range(2):
            title = self.query_one(f".spark-title-{i}", Static)
            spark = self.query_one(f".spark-{i}", Sparkline)
            shown = i < len(lines)
            title.display = spark.display = shown
            if shown:
                name, values = lines[i]
                title.update(Text(name, style="bold"))
                spark.data = values

    def _draw(self) -> None:
        self._draw_sparklines()
        per_row = max(1, min(3 if self.view != "trade" else 2, len(self.series)))
        room = self.scrollable_content_region.width or 110
        width = max(24, (room - 3 * (per_row - 1)) // per_row)
        grid = Table.grid(padding=(0, 3))
        for _ in range(per_row):
            grid.add_column(width=width, no_wrap=True, overflow="crop")
        rendered = [render_series(s, width) for s in self.series]
        plain = []
        for start in range(0, len(rendered), per_row):
            chunk = rendered[start:start + per_row]
            grid.add_row(*[t for t, _ in chunk])
            plain += [p for _, p in chunk]
        if not rendered:
            grid.add_row(Text("No chart for this view.", style="dim italic"))
        self.text = "\n\n".join(plain)
        self.query_one(".chart-body", Static).update(grid)

    def data(self, title: str) -> list[tuple[str, float]]:
        """The numbers behind one series (for tests)."""
        return next((s.points for s in self.series if s.title == title), [])
