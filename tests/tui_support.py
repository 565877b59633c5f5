"""A small in-memory stand-in for store.Store (same query API) for TUI tests.

It lets the widget tests run without the loaders, and with views of any size
(the real store is used by the seed-database tests and snapshots).
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Column:
    key: str
    label: str
    kind: str = "text"
    width: int = 12


@dataclass
class FakeSpec:
    view: str
    filter: str = ""
    sort: list = field(default_factory=list)


COLUMNS = {
    "visits": [
        Column("start", "Start", "date"),
        Column("visitor", "Visitor"),
        Column("visitor_country", "From"),
        Column("host_country", "To"),
        Column("city", "City"),
        Column("kind", "Kind"),
    ],
    "agreements": [
        Column("signed_on", "Signed", "date"),
        Column("parties", "Parties"),
        Column("sector", "Sector"),
        Column("instrument", "Instrument"),
        Column("title", "Title"),
    ],
    "trade": [
        Column("period", "Period"),
        Column("exporter", "Exporter"),
        Column("importer", "Importer"),
        Column("flow", "Flow"),
        Column("value", "Value", "number"),
    ],
    "relations": [
        Column("parties", "Pair"),
        Column("first_contact", "First", "date"),
        Column("last_contact", "Last", "date"),
        Column("n_agreements", "Agreements", "number"),
    ],
}

SECTORS = ["mining", "energy", "education", "trade", "agriculture"]
COUNTRIES = ["Kazakhstan", "Rwanda", "Azerbaijan", "Kenya", "China", "Uzbekistan"]


class FakeStore:
    def __init__(self, n: int = 40) -> None:
        self.data = {v: [] for v in COLUMNS}
        self.calls: list[tuple] = []
        for i in range(n):
            a, b = COUNTRIES[i % 6], COUNTRIES[(i + 1) % 6]
            sector = SECTORS[i % 5]
            self.data["agreements"].append({
                "id": i + 1, "disputed": i % 7 == 0,
                "signed_on": f"20{10 + i % 16:02d}-0{1 + i % 9}-1{i % 10}",
                "parties": f"{a} – {b}", "sector": sector,
                "instrument": ["agreement", "mou", "treaty"][i % 3],
                "title": f"agreement on {sector} cooperation #{i}",
            })
            self.data["visits"].append({
                "id": i + 1, "disputed": False, "start": f"2025-0{1 + i % 9}-0{1 + i % 9}",
                "visitor": f"Minister {i} [bold]", "visitor_country": a, "host_country": b,
                "city": "Baku", "kind": "official",
            })
            self.data["trade"].append({
                "id": i + 1, "disputed": False, "period": str(2000 + i % 25),
                "exporter": a, "importer": b, "flow": "exports", "value": 1000 * (i + 1),
            })
        for i in range(6):
            a, b = sorted((COUNTRIES[i], COUNTRIES[(i + 1) % 6]))
            self.data["relations"].append({
                "id": i + 1, "disputed": False, "parties": f"{a} – {b}", "pair": f"{a[:3].upper()}-{b[:3].upper()}",
                "first_contact": "2010", "last_contact": "2025", "n_agreements": sum(
                    1 for r in self.data["agreements"] if r["parties"] in (f"{a} – {b}", f"{b} – {a}")),
            })
        self.sentence = "Rwanda and Azerbaijan signed [bold]five[/] deals [link=x]here[/link] in Baku."

    # -- query API ---------------------------------------------------------
    def columns(self, view):
        return list(COLUMNS[view])

    def _match(self, spec):
        rows = self.data[spec.view]
        for token in spec.filter.split():
            neg = token.startswith("-") and ":" in token
            t = token[1:] if neg else token
            if ":" in t:
                fld, val = t.split(":", 1)
                val = val.lower()
                if fld == "sector":
                    pred = lambda r, v=val: str(r.get("sector", "")).lower() == v
                elif fld == "country":
                    pred = lambda r, v=val: v in " ".join(str(x) for x in r.values()).lower()
                elif fld == "year":
                    pred = lambda r, v=val: any(str(x).startswith(v) for x in r.values())
                else:
                    raise ValueError(f"unknown field {fld!r}")
            else:
                pred = lambda r, v=t.lower(): v in " ".join(str(x) for x in r.values()).lower()
            rows = [r for r in rows if bool(pred(r)) != neg]
        for key, direction in reversed(spec.sort or []):
            rows = sorted(rows, key=lambda r: (r.get(key) is None, r.get(key) or 0 if isinstance(r.get(key), (int, float)) else str(r.get(key) or "")),
                          reverse=direction == "desc")
        return rows

    def count(self, spec):
        self.calls.append(("count", spec.filter))
        return len(self._match(spec))

    def rows(self, spec, offset=0, limit=50, total=None):
        self.calls.append(("rows", offset, limit, spec.filter))
        return [dict(r) for r in self._match(spec)[offset:offset + limit]]

    def detail(self, view, row_id):
        row = dict(next(r for r in self.data[view] if r["id"] == row_id))
        row["sources"] = [{"article": "reuters_[x].txt", "sentence": self.sentence,
                           "start": 0, "end": 6, "rule": "signed-verb"}]
        if row.get("disputed"):
            row["disputes"] = {"signed_on": [{"value": "2025", "articles": ["a.txt"]},
                                             {"value": "2024", "articles": ["b.txt"]}]}
        return row

    def facet(self, spec, column):
        spec = FakeSpec(spec.view, " ".join(t for t in spec.filter.split()
                                            if not t.lstrip("-").startswith(column + ":")))
        counts = {}
        for r in self._match(spec):
            counts[r[column]] = counts.get(r[column], 0) + 1
        return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))

    def describe_filter(self, spec):
        return " and ".join(f"'{t}'" for t in spec.filter.split())

    def export(self, spec, fmt="csv", out=None):
        keys = [c.key for c in COLUMNS[spec.view]]
        rows = self._match(spec)
        with open(out, "w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh)
            w.writerow([c.label for c in COLUMNS[spec.view]])
            for r in rows:
                w.writerow([r.get(k) for k in keys])
        return len(rows)


def sync(fn):
    """Run an async pilot test without an asyncio pytest plugin."""
    import asyncio
    import functools

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        return asyncio.run(fn(*args, **kwargs))

    return wrapper


import pytest  # noqa: E402


@pytest.fixture(scope="session")
def seed_db_master(tmp_path_factory):
    """A database built from seeds/ through the real loaders and store."""
    from pathlib import Path

    from store import Store

    root = Path(__file__).resolve().parents[1]
    path = tmp_path_factory.mktemp("seeddb") / "t.db"
    store = Store.open(path)
    store.load_paths([root / "seeds"], workers=1)  # one worker: deterministic ids
    store.close()
    return path


@pytest.fixture
def seed_store(seed_db_master, tmp_path):
    """A copy of the seed database for one test, opened through the store."""
    import shutil

    from store import Store

    path = tmp_path / "t.db"
    shutil.copy(seed_db_master, path)
    store = Store.open(path)
    yield store
    store.close()


async def wait_for(pilot, condition, timeout: float = 3.0) -> bool:
    """Pause until condition() holds (timers and workers run meanwhile)."""
    import time

    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            return False
        await pilot.pause(0.02)
    return True


async def filter_settled(pilot) -> None:
    """Wait until the text in the filter bar is the filter on the active table."""
    app = pilot.app
    bar = app.query_one("#filter")
    await wait_for(
        pilot,
        lambda: app._filter_timer is None and app.active_table.filter_text == bar.value,
    )
    await pilot.pause()
