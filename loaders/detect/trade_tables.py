"""Trade figures from tables (loaders/tables.py finds them; this reads them).

A cell is a trade figure only when the table itself says all of it:
- the unit: a currency and scale in the caption or the column's header
  ("(in US$ million)", "Exports (EUR m)"); a table without one (tonnes,
  shares) gives nothing;
- the two countries and the direction: either the rows are partner countries
  and the caption names the one reporting country ("Main destinations of X
  exports", "X's main trading partners"), with the flow from the column
  ("Exports", "Imports") or the caption ("destinations", "suppliers"); or the
  rows are years and each column names its own direction ("X exports to Y",
  "X imports from Y", "Total trade" between the two);
- the period: a year in the column's header ("2024", "Jan–Jun 2025(p)"), the
  row's year, or the one year the caption gives ("..., July–September 2024"),
  a comparison base ("change on the same period of 2023") not counted.
A "Change %" column is the change of the value column before it (the latest
period of that flow). Rows for totals, the world or "others", empty cells
("..", "-", "n.a.") and columns of shares, balances or volumes are skipped.
Precision first: a table any of these is unclear for gives no rows, and a
Rejection saying why.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from loaders.lexicon import load
from loaders.model import ArticleContext, Evidence, Rejection, Sentence, Table, TableRow
from loaders.resolve.countries import find_countries
from loaders.resolve.numbers import find_money, parse_number, tidy
from loaders.tables import is_number_cell

KIND = "trade"
_YEAR = re.compile(r"(?<![\d/])((?:19|20)\d\d)(?![\d/])")
_FISCAL = re.compile(r"\b(?:19|20)\d\d\s*[/-]\s*\d{2,4}\b|\bFY\b", re.I)
_SCALE_PLURAL = re.compile(r"\b(?:in\s+)?(thousand|million|billion)s\s+of\b", re.I)
# a caption line stating the unit alone: "(in US$ million)", "In thousands of euros"
_UNIT_LINE = re.compile(r"^\s*\(?\s*[Ii]n\s+(?:[Tt]housands?|[Mm]illions?|[Bb]illions?|[A-Z]{3}\b|US\$|\$|€|£)")
_SCALE = re.compile(r"(?<![\d.,])\b(thousand|million|billion|mln|mn|bn|bln|m|k)\b\.?|'000", re.I)


def _lexicon() -> dict:
    return load("tables")


def _phrase_re(words) -> re.Pattern:
    return _phrase_re_cached(tuple(words))


@lru_cache(maxsize=64)
def _phrase_re_cached(words: tuple[str, ...]) -> re.Pattern:
    alts = sorted(words, key=len, reverse=True)
    return re.compile(r"(?<![\w])(?:" + "|".join(re.escape(w) for w in alts) + r")(?![\w])", re.I)


def _has(text: str, group: str) -> bool:
    return bool(_phrase_re(_lexicon()[group]).search(text))


def _flows_in(text: str) -> set[str]:
    found = set()
    for flow, words in _lexicon()["flow_words"].items():
        if _phrase_re(words).search(text):
            found.add(flow)
    if "total" in found:
        # "total trade" is the two-way figure even beside "exports" in the same phrase
        return {"total"} if not re.search(r"\b(?:exports?|imports?)\b", text, re.I) else found - {"total"}
    return found


def _unit(text: str, hints: tuple[str, ...]) -> tuple[str, float] | None:
    """(currency, scale) of a unit phrase: "(in US$ million)" -> ("USD", 1e6)."""
    probe = _SCALE_PLURAL.sub(lambda m: f"1 {m.group(1)}", text)
    if probe == text:
        probe = _SCALE.sub(lambda m: "1 thousand" if m.group(0) == "'000" else f"1 {m.group(1)}", text, count=1)
    if probe == text:
        probe = re.sub(r"\b([A-Z]{3}|US\$|\$|€|£)(?=\W|$)", r"\1 1", text, count=1)
    money = [m for m in find_money(probe, hints) if m.currency]
    units = {(m.currency, float(m.value)) for m in money}
    if len(units) == 1:
        return units.pop()
    return None


def _period_of(text: str) -> int | None:
    if _FISCAL.search(text):
        return None  # a fiscal year is no calendar year: leave it out rather than guess
    years = set()
    for m in _YEAR.finditer(text):
        before = text[:m.start()].lower().split()
        if before and before[-1].strip("(,") in _lexicon()["comparison_words"]:
            continue  # "on the same period of 2023": the base of a change
        if len(before) >= 2 and " ".join(before[-2:]) in _lexicon()["comparison_words"]:
            continue
        years.add(int(m.group(1)))
    return years.pop() if len(years) == 1 else None


def _number(cell: str) -> float | None:
    s = re.sub(r"\([a-z]\)|\*+", "", cell).strip().replace("−", "-").replace("–", "-").rstrip("%").strip()
    if not s or not is_number_cell(s):
        return None
    sign = -1.0 if s.startswith("-") else 1.0
    s = s.lstrip("+-").strip()
    if re.fullmatch(r"\d{1,3}(?: \d{3})+(?:\.\d+)?", s):
        s = s.replace(" ", "")  # "2 930": thousands set off by spaces, as statistics offices print them
    value = parse_number(s)
    return None if value is None else sign * value


def _country_label(label: str, year: int | None) -> str | None:
    """The one country a row's label names ("United States", "China (p)"), else None."""
    bare = re.sub(r"\(.*?\)|\*+|\d+$", "", label).strip(" .,:")
    if not bare:
        return None
    ms = find_countries(bare, year)
    if len(ms) != 1 or len({m.iso3 for m in ms}) != 1:
        return None
    m = ms[0]
    if m.via not in ("name", "alias") or len(bare) - (m.end - m.start) > 4:
        return None
    return m.iso3


@dataclass
class _Column:
    index: int
    kind: str               # "value" | "change" | "skip"
    period: int | None
    flow: str | None = None
    exporter: str | None = None   # when the header names its own direction
    importer: str | None = None


def _own_direction(cell: str, year: int | None) -> tuple[str, str, str] | None:
    """A header naming its direction: "X exports to Y", "X imports from Y", "Exports to Y"."""
    ms = find_countries(cell, year)
    isos = [m.iso3 for m in ms]
    low = cell.lower()
    m = re.search(r"\b(exports?|imports?)\s+(to|from)\b", low)
    if m and len(isos) == 2:
        a, b = isos
        if m.group(1).startswith("export") and m.group(2) == "to":
            return a, b, "exports"
        if m.group(1).startswith("import") and m.group(2) == "from":
            return b, a, "imports"
    return None


def _columns(table: Table, year: int | None) -> list[_Column]:
    cols: list[_Column] = []
    for i, cell in enumerate(table.header[1:], start=1):
        if _has(cell, "not_a_trade_column"):
            cols.append(_Column(i, "skip", None))
            continue
        kind = "change" if _has(cell, "change_words") else "value"
        col = _Column(i, kind, _period_of(cell))
        own = _own_direction(cell, year)
        if own:
            col.exporter, col.importer, col.flow = own
        else:
            flows = _flows_in(cell)
            col.flow = flows.pop() if len(flows) == 1 else None
        cols.append(col)
    last_value: _Column | None = None
    for col in cols:
        if col.kind == "value":
            last_value = col
        elif col.kind == "change" and last_value is not None and col.flow is None and col.exporter is None:
            # "Exports | Change % | Imports | Change %": a change is that of the value column before it
            col.flow, col.exporter, col.importer = last_value.flow, last_value.exporter, last_value.importer
    return cols


def _reporter(caption: tuple[str, ...], partners: set[str], year: int | None) -> str | None:
    """The one country the caption reports for (the rows being its partners). Asides in
    brackets are left out: they state units ("(in millions of US dollars)"), not countries."""
    said = re.sub(r"\([^)]*\)", " ", " ".join(line for line in caption if not _UNIT_LINE.match(line)))
    isos = {m.iso3 for m in find_countries(said, year)} - partners
    return isos.pop() if len(isos) == 1 else None


def _row_sentence(table: Table, row: TableRow) -> str:
    caption = " ".join(c for c in table.caption if not c.endswith(":") or len(c) < 120)
    pairs = "; ".join(f"{h or '—'}: {c}" for h, c in zip(table.header, row.cells))
    return f"{caption.strip()} [table] {pairs}".strip()


def _sentence_for(row: TableRow, sentences: list[Sentence]) -> int:
    best = -1
    for s in sentences:
        if s.start <= row.start:
            best = s.index
        else:
            break
    return best


def _read_table(table: Table, sentences: list[Sentence], ctx: ArticleContext):
    year = (ctx.reference or ctx.published).year if (ctx.reference or ctx.published) else None
    caption = " ".join(table.caption)
    reject = lambda why: ([], [Rejection(_sentence_for(table.rows[0], sentences), _row_sentence(table, table.rows[0]),
                                         KIND, f"table: {why}")])
    caption_isos = tuple(m.iso3 for m in find_countries(caption, year))
    unit = None
    for text in (caption, " ".join(table.header)):
        unit = _unit(text, caption_isos)
        if unit:
            break
    if unit is None:
        return reject("no currency unit stated in the caption or header")
    currency, scale = unit
    cols = _columns(table, year)
    labels = [r.cells[0] for r in table.rows]
    aggregates = _phrase_re(_lexicon()["aggregate_rows"])
    row_years = [_YEAR.fullmatch(re.sub(r"\(.*?\)|\*+", "", lb).strip()) for lb in labels]
    row_countries = [_country_label(lb, year) for lb in labels]
    by_years = all(row_years[k] or aggregates.fullmatch(labels[k].strip()) for k in range(len(labels)))
    by_countries = any(row_countries) and all(
        row_countries[k] or aggregates.fullmatch(labels[k].strip()) for k in range(len(labels)))
    caption_period = _period_of(caption)
    facts = []
    if by_countries:
        reporter = _reporter(table.caption, {c for c in row_countries if c}, year)
        if reporter is None:
            return reject("the caption does not name the one country whose partners the rows are")
        caption_flows = _flows_in(caption)
        for col in cols:
            if col.kind == "skip" or col.exporter:
                continue
            if col.flow is None and len(caption_flows) == 1:
                col.flow = next(iter(caption_flows))
    elif not by_years:
        return reject("rows are neither partner countries nor years")
    # a change column's period: the latest period of the value columns of its flow
    for col in cols:
        if col.kind == "change" and col.period is None:
            periods = [c.period for c in cols if c.kind == "value" and c.flow == col.flow and c.period]
            col.period = max(periods) if periods else None
    for row, label_year, partner in zip(table.rows, row_years, row_countries):
        if by_countries and partner is None:
            continue
        if by_years and label_year is None:
            continue
        for col in cols:
            if col.kind == "skip" or col.flow is None:
                continue
            value = _number(row.cells[col.index])
            if value is None:
                continue
            if by_countries:
                if partner == reporter:
                    continue
                exporter, importer = (reporter, partner) if col.flow == "exports" else (partner, reporter)
                period = col.period or caption_period
            else:
                if col.exporter is None and col.flow == "total":
                    pair = {c.exporter for c in cols if c.exporter} | {c.importer for c in cols if c.importer}
                    if len(pair) != 2:
                        continue
                    exporter, importer = sorted(pair)
                elif col.exporter is None:
                    continue
                else:
                    exporter, importer = col.exporter, col.importer
                period = int(label_year.group(1))
            if col.flow == "total":
                exporter, importer = sorted((exporter, importer))
            if col.kind == "change":
                metric, unit_code, amount = "change_pct", "percent", value
            else:
                if value < 0:
                    continue  # a negative value is a balance, not a flow
                metric, unit_code, amount = "value", currency, tidy(value * scale)
            facts.append({
                "exporter_iso3": exporter, "importer_iso3": importer, "flow": col.flow,
                "metric": metric, "value": amount, "unit": unit_code,
                "period_start": period, "period_end": period, "products": None,
                "evidence": Evidence(_sentence_for(row, sentences), _row_sentence(table, row), row.start, row.end,
                                     "trade:table").as_dict(),
            })
    return facts, []


def detect_trade_tables(tables: list[Table], sentences: list[Sentence],
                        ctx: ArticleContext) -> tuple[list[dict], list[Rejection]]:
    facts: list[dict] = []
    rejections: list[Rejection] = []
    for table in tables:
        try:
            f, r = _read_table(table, sentences, ctx)
        except Exception as exc:  # an odd table costs its rows, never the article
            f, r = [], [Rejection(-1, "", KIND, f"table reader error: {exc!r}")]
        facts.extend(f)
        rejections.extend(r)
    return facts, rejections
