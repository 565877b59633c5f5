"""The relations-tui benchmark: ingest, dashboard and export figures against the targets.

    python -m bench.run                    # everything, on a 1,000,000-row database
    python -m bench.run --rows 100000 --skip-ingest

Each dashboard measurement runs in its own subprocess (so peak memory is that
table's alone) with Textual's headless driver (`App.run_test`), three times:
our store-backed table, Textual's built-in DataTable and textual-fastdatatable,
the last two holding all rows in memory as a user of those tables would load
them. Times are measured to the moment the table's `render_line` draws the
awaited state (a row, the filtered rows, the last row), not to when the test
pilot returns. See bench/README.md.
"""
from __future__ import annotations

import argparse
import asyncio
import csv
import json
import os
import re
import resource
import shlex
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "reuters21578.jsonl.gz"
PY = sys.executable
CLI = str(Path(PY).with_name("relations-tui"))
VIEW = "agreements"
WORD = "mining"
SIZE = (120, 40)
TARGETS = {
    "ingest_s": 30.0, "reload_s": 3.0, "first_paint_s": 1.0, "keystroke_ms": 100.0, "end_ms": 100.0,
    "peak_mb": 250.0, "export_s": 5.0,
}


def _maxrss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


# --------------------------------------------------------------------- painting
class Paints:
    """Times at which the measured table drew a body line, with the state it drew."""

    def __init__(self):
        self.events: list[tuple[float, str, float, float, int]] = []
        self.shown_filter = ""

    def hook(self, cls, enabled=lambda self: True):
        orig = cls.render_line
        paints = self

        def render_line(self, y):
            strip = orig(self, y)
            if y >= 1 and enabled(self):
                paints.events.append((time.perf_counter(), paints.shown_filter, self.scroll_y,
                                      self.max_scroll_y, y))
            return strip
        cls.render_line = render_line

    async def wait(self, since: float, cond, timeout: float = 600.0) -> float | None:
        """Seconds from `since` to the first paint after it that satisfies cond."""
        deadline = time.perf_counter() + timeout
        i = 0
        while time.perf_counter() < deadline:
            while i < len(self.events):
                ev = self.events[i]
                i += 1
                if ev[0] >= since and cond(ev):
                    return ev[0] - since
            await asyncio.sleep(0.001)
        return None


async def _settle(pilot, seconds: float = 0.3):
    await pilot.pause()
    await asyncio.sleep(seconds)
    await pilot.pause()


async def _type_and_end(app, pilot, paints: Paints, table, focus_filter, clear_filter, end_key: str) -> dict:
    out = {}
    await focus_filter()
    await _settle(pilot)
    lat = []
    prefix = ""
    for ch in WORD:
        prefix += ch
        t0 = time.perf_counter()
        await pilot.press(ch)
        dt = await paints.wait(t0, lambda ev, p=prefix: ev[1] == p, timeout=120)
        lat.append(None if dt is None else dt * 1000)
        await _settle(pilot, 0.05)
    out["keystrokes_ms"] = lat
    good = [x for x in lat if x is not None]
    out["keystroke_ms"] = statistics.median(good) if len(good) == len(lat) else None
    out["filtered_rows"] = _row_count(table())
    await clear_filter()
    await paints.wait(time.perf_counter() - 5, lambda ev: ev[1] == "", timeout=120)
    await _settle(pilot)
    table().focus()
    await _settle(pilot)
    t0 = time.perf_counter()
    await pilot.press(end_key)
    dt = await paints.wait(t0, lambda ev: ev[3] > 0 and ev[2] >= ev[3], timeout=120)
    out["end_ms"] = None if dt is None else dt * 1000
    return out


def _row_count(table) -> int:
    return int(getattr(table, "row_count", 0))


# ------------------------------------------------------------------ our table
async def child_ours(db: str) -> dict:
    from tui.app import RelationsApp
    from tui.widgets.view_table import ViewTable
    from store import Store

    paints = Paints()
    paints.hook(ViewTable, lambda t: t.view == VIEW and t.loaded)
    # A filter is shown once the table has its rows and its count (the count
    # may come from a worker thread after the first page has painted).
    orig_reload = ViewTable.reload

    def reload(self, *a, **kw):
        r = orig_reload(self, *a, **kw)
        if self.view == VIEW:
            paints.shown_filter = None if getattr(self, "count_pending", False) else self.filter_text
        return r
    ViewTable.reload = reload
    orig_done = getattr(ViewTable, "_count_done", None)
    if orig_done is not None:
        def _count_done(self, *a, **kw):
            r = orig_done(self, *a, **kw)
            if self.view == VIEW and not getattr(self, "count_pending", False):
                paints.shown_filter = self.filter_text
            return r
        ViewTable._count_done = _count_done

    t0 = time.perf_counter()
    store = Store.open(db, create=False)
    app = RelationsApp(store)
    out = {}
    try:
        async with app.run_test(headless=True, size=SIZE) as pilot:
            dt = await paints.wait(t0, lambda ev: True, timeout=300)
            out["first_paint_s"] = dt
            out["rows"] = app.table(VIEW).row_count
            await _settle(pilot, 1.0)

            async def focus_filter():
                await pilot.press("slash")

            async def clear_filter():
                await pilot.press("escape")

            out.update(await _type_and_end(app, pilot, paints, lambda: app.table(VIEW), focus_filter,
                                           clear_filter, "end"))
    except Exception as exc:  # an app error after (or during) the measurements: say so, keep the figures
        out["app_error"] = f"{type(exc).__name__}: {exc}"[:200]
    store.close()
    out["peak_mb"] = _maxrss_mb()
    return out


# ------------------------------------------------- all rows in memory (theirs)
def _load_rows(db: str, limit: int | None):
    """All display rows of the view in the dashboard's order, as a table user would load them."""
    from store import Store, ViewSpec
    store = Store.open(db, create=False)
    cols = store.columns(VIEW)
    rows = list(store.iter_rows(ViewSpec(VIEW), [c.key for c in cols]))
    if limit is not None:
        rows = rows[:limit]
    store.close()
    return cols, rows


def _haystack(row) -> str:
    return " ".join("" if v is None else str(v) for v in row).lower()


def _export_rows(cols, rows, path: str) -> float:
    t0 = time.perf_counter()
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow([c.label for c in cols])
        w.writerows(rows)
    return time.perf_counter() - t0


async def child_builtin(db: str, limit: int | None, export_to: str) -> dict:
    from textual.app import App
    from textual.widgets import DataTable, Input

    class Table(DataTable):
        pass

    paints = Paints()
    paints.hook(Table)

    class BuiltinApp(App):
        def compose(self):
            yield Input(id="filter")
            yield Table(id="t", cursor_type="row")

        def on_mount(self):
            t = self.query_one(Table)
            t.add_columns(*[c.label for c in cols])
            t.add_rows(rows)
            t.focus()

        def on_input_changed(self, event):
            word = event.value.lower()
            t = self.query_one(Table)
            t.clear()
            t.add_rows([r for r, h in zip(rows, hay) if word in h])
            paints.shown_filter = event.value

    t0 = time.perf_counter()
    cols, rows = _load_rows(db, limit)
    hay = [_haystack(r) for r in rows]
    app = BuiltinApp()
    out = {"rows": len(rows)}
    async with app.run_test(headless=True, size=SIZE) as pilot:
        out["first_paint_s"] = await paints.wait(t0, lambda ev: True, timeout=900)
        await _settle(pilot, 1.0)

        async def focus_filter():
            app.query_one("#filter").focus()

        async def clear_filter():
            app.query_one("#filter").value = ""

        out.update(await _type_and_end(app, pilot, paints, lambda: app.query_one(Table), focus_filter,
                                       clear_filter, "ctrl+end"))
    out["export_s"] = _export_rows(cols, rows, export_to)
    out["peak_mb"] = _maxrss_mb()
    return out


async def child_fast(db: str, limit: int | None, export_to: str) -> dict:
    import pyarrow as pa
    import pyarrow.compute as pc
    import pyarrow.csv as pacsv
    from textual.app import App
    from textual.widgets import Input
    from textual_fastdatatable import ArrowBackend
    from textual_fastdatatable.data_table import DataTable

    class Table(DataTable):
        pass

    paints = Paints()
    paints.hook(Table)

    class FastApp(App):
        def compose(self):
            yield Input(id="filter")
            yield Table(backend=ArrowBackend(table), id="t", cursor_type="row")

        def on_mount(self):
            self.query_one(Table).focus()

        async def on_input_changed(self, event):
            word = event.value.lower()
            shown = table if not word else table.filter(pc.match_substring(hay, word))
            old = self.query_one(Table)
            await old.remove()
            await self.mount(Table(backend=ArrowBackend(shown), id="t", cursor_type="row"))
            paints.shown_filter = event.value

    t0 = time.perf_counter()
    cols, rows = _load_rows(db, limit)
    table = pa.Table.from_pydict({c.label: [r[i] for r in rows] for i, c in enumerate(cols)})
    hay = pa.array([_haystack(r) for r in rows])
    del rows
    app = FastApp()
    out = {"rows": table.num_rows}
    async with app.run_test(headless=True, size=SIZE) as pilot:
        out["first_paint_s"] = await paints.wait(t0, lambda ev: True, timeout=900)
        await _settle(pilot, 1.0)

        async def focus_filter():
            app.query_one("#filter").focus()

        async def clear_filter():
            app.query_one("#filter").value = ""

        out.update(await _type_and_end(app, pilot, paints, lambda: app.query_one(Table), focus_filter,
                                       clear_filter, "ctrl+end"))
    t1 = time.perf_counter()
    pacsv.write_csv(table, export_to)
    out["export_s"] = time.perf_counter() - t1
    out["peak_mb"] = _maxrss_mb()
    return out


# ------------------------------------------------------------------- parent
def _child(kind: str, db: str, limit: int | None, timeout: float) -> dict:
    export_to = f"/tmp/bench-{kind}-{os.getpid()}.csv"
    cmd = [PY, "-m", "bench.run", "--child", kind, "--db", db, "--export-to", export_to]
    if limit:
        cmd += ["--limit", str(limit)]
    try:
        p = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return {"error": f"did not finish within {timeout:.0f} s"}
    finally:
        if os.path.exists(export_to):
            os.remove(export_to)
    for line in reversed(p.stdout.splitlines()):
        if line.startswith("{"):
            return json.loads(line)
    return {"error": (p.stderr.strip().splitlines() or ["no output"])[-1][:200]}


def _median_runs(runs: list[dict]) -> dict:
    out = dict(runs[0])
    for key in ("first_paint_s", "keystroke_ms", "end_ms", "peak_mb", "export_s"):
        vals = [r.get(key) for r in runs if r.get(key) is not None]
        out[key] = statistics.median(vals) if vals and len(vals) == len(runs) else None
    out["runs"] = len(runs)
    return out


def measure_ingest(workdir: Path) -> dict:
    db = workdir / "ingest.db"
    for s in ("", "-wal", "-shm"):
        Path(str(db) + s).unlink(missing_ok=True)
    cmd = [CLI, "load", str(CORPUS), "--db", str(db)]
    tty = shutil.which("script")
    if tty:
        # under a pseudo-terminal, so the live progress bar is drawn (and paid for) as a user sees it
        cmd = [tty, "-qefc", " ".join(shlex.quote(c) for c in cmd), "/dev/null"]
    t0 = time.perf_counter()
    p = subprocess.run(cmd, capture_output=True, text=True)
    t1 = time.perf_counter()
    q = subprocess.run(cmd, capture_output=True, text=True)
    t2 = time.perf_counter()

    def summary(out: str) -> str:
        lines = re.findall(r"articles: [^\r\n\x1b]*", out)
        return lines[-1].strip() if lines else "(no summary line)"
    return {"ingest_s": t1 - t0, "reload_s": t2 - t1, "ingest_line": summary(p.stdout),
            "reload_line": summary(q.stdout), "ingest_rc": p.returncode, "progress_bar": bool(tty)}


def measure_export(db: str) -> float:
    out = f"/tmp/bench-export-{os.getpid()}.csv"
    t0 = time.perf_counter()
    subprocess.run([CLI, "export", VIEW, "--db", db, "-o", out], check=True, capture_output=True)
    dt = time.perf_counter() - t0
    os.remove(out)
    return dt


def _fmt(key: str, v) -> str:
    if v is None:
        return "n/a"
    if key.endswith("_ms"):
        return f"{v:,.0f} ms"
    if key.endswith("_mb"):
        return f"{v:,.0f} MB"
    return f"{v:,.2f} s"


def main(argv=None) -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=1_000_000)
    ap.add_argument("--db", default=None, help="database to use (generated if missing)")
    ap.add_argument("--skip-ingest", action="store_true")
    ap.add_argument("--repeat", type=int, default=3, help="runs of each dashboard measurement (median)")
    ap.add_argument("--builtin-rows", type=int, default=100_000,
                    help="rows for Textual's DataTable (it cannot load 1,000,000 in reasonable time)")
    ap.add_argument("--child", choices=["ours", "builtin", "fast"])
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--export-to", default=None)
    args = ap.parse_args(argv)

    if args.child:
        fn = {"ours": lambda: child_ours(args.db),
              "builtin": lambda: child_builtin(args.db, args.limit, args.export_to),
              "fast": lambda: child_fast(args.db, args.limit, args.export_to)}[args.child]
        print(json.dumps(asyncio.run(fn())))
        return

    workdir = Path(os.environ.get("BENCH_DIR", "/tmp/relations-bench"))
    workdir.mkdir(parents=True, exist_ok=True)
    db = args.db or str(workdir / f"bench-{args.rows}.db")
    print(f"# relations-tui benchmark  {time.strftime('%Y-%m-%d %H:%M:%S %Z')}  "
          f"cores={os.cpu_count()}  python={sys.version.split()[0]}  "
          f"load average at start={os.getloadavg()[0]:.1f}", flush=True)
    if not os.path.exists(db):
        from bench.generate import generate
        info = generate(db, args.rows)
        print(f"generated {db}: {info['rows']} in {info['seconds']:.1f} s", flush=True)
    import sqlite3
    with sqlite3.connect(db) as c:
        n_rows = c.execute(f"select count(*) from [{VIEW}]").fetchone()[0]
    print(f"database: {db} ({n_rows:,} rows in {VIEW}; dashboard figures are on that tab)", flush=True)

    results: dict[str, dict] = {}
    if not args.skip_ingest:
        ing = measure_ingest(workdir)
        print(f"ingest: {ing['ingest_s']:.1f} s ({ing['ingest_line']}); unchanged reload: "
              f"{ing['reload_s']:.2f} s ({ing['reload_line']}); progress bar drawn: {ing['progress_bar']}",
              flush=True)
        results["ingest"] = ing

    builtin_rows = min(args.builtin_rows, n_rows) if args.builtin_rows else None
    for kind, limit in (("ours", None), ("fast", None), ("builtin", builtin_rows)):
        runs = []
        for i in range(args.repeat):
            r = _child(kind, db, limit, timeout=900)
            print(f"  {kind} run {i + 1}: {json.dumps(r)}", flush=True)
            if "error" in r:
                break
            runs.append(r)
        results[kind] = _median_runs(runs) if runs else r

    exports = [measure_export(db) for _ in range(args.repeat)]
    results["ours"]["export_s"] = statistics.median(exports)
    print(f"  export runs: {', '.join(f'{x:.2f}' for x in exports)} s", flush=True)
    report(results, n_rows, builtin_rows)
    print(f"load average at end: {os.getloadavg()[0]:.1f} (1 min), {os.getloadavg()[1]:.1f} (5 min) "
          f"on {os.cpu_count()} cores: other processes share the machine; figures are medians of the runs above")


def report(results: dict, n_rows: int, builtin_rows: int | None) -> None:
    ours, fast, builtin = results["ours"], results["fast"], results["builtin"]
    rows = [("first paint", "first_paint_s"), (f"filter keystroke → repaint (median, '{WORD}')", "keystroke_ms"),
            ("jump to end → repaint", "end_ms"), ("peak memory (RSS)", "peak_mb"),
            (f"export all rows to CSV", "export_s")]
    print()
    print(f"{'measurement':44} {'relations-tui':>14} {'target':>9} {'':5} "
          f"{'fastdatatable':>14} {'ratio':>7} {'DataTable':>12} {'ratio':>7}")
    print("-" * 122)
    if "ingest" in results:
        ing = results["ingest"]
        for label, key in (("ingest 21,578 Reuters articles", "ingest_s"), ("reload unchanged", "reload_s")):
            v = ing[key]
            ok = "PASS" if v <= TARGETS[key] else "FAIL"
            print(f"{label:44} {_fmt(key, v):>14} {'≤ ' + _fmt(key, TARGETS[key]):>9} {ok:5} "
                  f"{'—':>14} {'':>7} {'—':>12} {'':>7}")
    for label, key in rows:
        v = ours.get(key)
        ok = "n/a" if v is None else ("PASS" if v <= TARGETS[key] else "FAIL")

        def ratio(other):
            o = other.get(key)
            if o is None or v is None or v == 0:
                return "n/a"
            return f"{o / v:,.1f}x"
        print(f"{label:44} {_fmt(key, v):>14} {'≤ ' + _fmt(key, TARGETS[key]):>9} {ok:5} "
              f"{_fmt(key, fast.get(key)):>14} {ratio(fast):>7} {_fmt(key, builtin.get(key)):>12} "
              f"{ratio(builtin):>7}")
    print("-" * 122)
    print(f"relations-tui and fastdatatable: {n_rows:,} rows. "
          f"Textual's DataTable: {builtin.get('rows', builtin_rows) or 0:,} rows"
          + (f" ONLY (loading all {n_rows:,} rows into it does not finish in reasonable time), so its "
             f"figures are for a table {n_rows / max(1, builtin.get('rows') or builtin_rows or 1):.0f}x smaller."
             if (builtin.get('rows') or builtin_rows or n_rows) < n_rows else "."))
    print("ratio = their time (or memory) / ours: above 1x means relations-tui is faster (smaller).")
    print("Dashboard figures are medians of the runs above; our keystroke figure includes the filter "
          "debounce; the in-memory tables filter on every keystroke without one, and their first paint "
          "includes reading the rows from SQLite.")
    if "error" in builtin or "error" in fast:
        print(f"errors: fastdatatable={fast.get('error')} DataTable={builtin.get('error')}")


if __name__ == "__main__":
    main()
