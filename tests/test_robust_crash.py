"""Crashes and concurrency: a killed load leaves a consistent file that a
re-run completes; a reader keeps reading while another process loads.

The articles are the seed articles' leads with their countries swapped for
other pairs (so facts fall into many merge groups, as in a real corpus) and a
distinguishing line appended (so every content hash differs).
"""
from __future__ import annotations

import itertools
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from store import Store, StoreError, ViewSpec
from store.ingest import seed_paths
from store.schema import SOURCE_TABLES, VIEWS

# A few hundred in a thorough run (ROBUST_ARTICLES=300); fewer keeps the normal run fast.
N_ARTICLES = int(os.environ.get("ROBUST_ARTICLES", "120"))
NAMES = ["Chile", "Kenya", "Peru", "Ghana", "Norway", "Vietnam", "Uruguay", "Senegal", "Finland", "Mongolia",
         "Portugal", "Tanzania", "Jordan", "Nepal", "Ecuador", "Zambia", "Austria", "Malaysia", "Morocco",
         "Paraguay", "Ireland", "Botswana", "Iceland", "Oman", "Bolivia", "Namibia", "Croatia", "Laos"]
CLI = [sys.executable, "-c", "from tui.cli import main; main()"]
ROOT = Path(__file__).resolve().parents[1]


def _lead(text: str, limit: int = 900) -> str:
    out = []
    for line in text.splitlines():
        out.append(line)
        if sum(len(x) + 1 for x in out) > limit:
            break
    return "\n".join(out)


def make_articles(folder: Path, n: int) -> None:
    seeds = [_lead(Path(p).read_text(encoding="utf-8")) for p in seed_paths()]
    pairs = list(itertools.permutations(NAMES, 2))
    folder.mkdir()
    for i in range(n):
        a, b = pairs[(i * 37) % len(pairs)]
        t = seeds[i % len(seeds)]
        for old, new in (("Rwandan", a), ("Rwanda", a), ("Azerbaijani", b), ("Azerbaijan", b),
                         ("Kazakhstan", b), ("Kazakh", b)):
            t = t.replace(old, new)
        trade = (f"In 2024, {a} exported goods worth ${100 + i % 7} million to {b}, "
                 f"up {i % 5 + 1}.5 percent from 2023, officials said.")
        (folder / f"a{i:04d}.txt").write_text(f"{t}\n{trade}\nCopy {i} of this report.\n", encoding="utf-8")


def start_load(folder: Path, db: Path) -> subprocess.Popen:
    return subprocess.Popen([*CLI, "load", str(folder), "--db", str(db), "--quiet"], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            start_new_session=True)  # its own group: kill -9 takes the workers too


def n_articles(db: Path) -> int:
    if not db.exists():
        return 0
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
    try:
        return conn.execute("select count(*) from articles").fetchone()[0]
    except sqlite3.OperationalError:  # tables not created yet
        return 0
    finally:
        conn.close()


def table_counts(db: Path) -> dict[str, int]:
    """Rows in every table (FTS shadow tables aside), whatever the schema version holds."""
    conn = sqlite3.connect(db)
    try:
        tables = [t for (t,) in conn.execute("select name from sqlite_master where type = 'table' "
                                             "and name not like '%\\_fts%' escape '\\'")]
        return {t: conn.execute(f"select count(*) from [{t}]").fetchone()[0] for t in tables}
    finally:
        conn.close()


def assert_consistent(db: Path) -> None:
    """The file opens, SQLite and FTS5 say it is sound, and every row has its partners.

    A killed load may leave groups waiting for their re-merge (pending_groups, written
    in the same transaction as the mentions); opening the store completes them, after
    which nothing is pending and every mention has its merged row.
    """
    _check(db, allow_pending=True)
    Store.open(db, create=False).close()
    _check(db, allow_pending=False)


def _check(db: Path, allow_pending: bool) -> None:
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("pragma integrity_check").fetchall() == [("ok",)]
        assert conn.execute("pragma foreign_key_check").fetchall() == []
        for view in VIEWS:
            conn.execute(f"insert into [{view}_fts]([{view}_fts]) values ('integrity-check')")
        # each article has exactly the mentions it was saved with
        bad = conn.execute("select a.name, a.n_facts, count(m.id) from articles a "
                           "left join mentions m on m.article_id = a.id group by a.id "
                           "having a.n_facts != count(m.id)").fetchall()
        assert bad == [], f"articles missing mentions: {bad[:5]}"
        assert conn.execute("select count(*) from articles group by content_hash having count(*) > 1"
                            ).fetchall() == []
        for view in VIEWS:
            src = SOURCE_TABLES[view]
            # every mention's group has merged rows, and every merged row comes from mentions
            pending = ("and not exists (select 1 from pending_groups p where p.kind = m.kind "
                       "and p.group_key = m.group_key)") if allow_pending else ""
            orphan_mentions = conn.execute(
                f"select count(*) from mentions m where m.kind = ? and not exists "
                f"(select 1 from [{view}] v where v.group_key = m.group_key) {pending}", [view]).fetchone()[0]
            orphan_rows = conn.execute(
                f"select count(*) from [{view}] v where not exists "
                f"(select 1 from mentions m where m.kind = ? and m.group_key = v.group_key)", [view]).fetchone()[0]
            sourceless = conn.execute(
                f"select count(*) from [{view}] v where not exists (select 1 from {src} s where s.fact_id = v.id)"
            ).fetchone()[0]
            dangling = conn.execute(
                f"select count(*) from {src} s where not exists (select 1 from [{view}] v where v.id = s.fact_id) "
                f"or not exists (select 1 from articles a where a.id = s.article_id)").fetchone()[0]
            assert (orphan_mentions, orphan_rows, sourceless, dangling) == (0, 0, 0, 0), view
        if not allow_pending:
            assert conn.execute("select count(*) from pending_groups").fetchone()[0] == 0
    finally:
        conn.close()


_CLEAN: dict[str, dict[str, int]] = {}


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("crash") / "articles"
    make_articles(folder, N_ARTICLES)
    return folder


def clean_counts(folder: Path, tmp_path: Path) -> dict[str, int]:
    """Table counts after one uninterrupted load of the folder (the reader test's load, if it ran)."""
    if "counts" not in _CLEAN:
        s = Store.open(tmp_path / "clean.db")
        summary = s.load_paths([folder])
        s.close()
        assert len(summary.new) == N_ARTICLES and not summary.failed
        _CLEAN["counts"] = table_counts(tmp_path / "clean.db")
    counts = _CLEAN["counts"]
    assert counts["articles"] == N_ARTICLES and counts["mentions"] > N_ARTICLES
    assert counts["visits"] > 0 and counts["agreements"] > 0 and counts["trade"] > 0
    return counts


def test_a_reader_keeps_reading_while_another_process_loads(folder, tmp_path):
    db = tmp_path / "shared.db"
    Store.open(db).close()  # the dashboard's file exists before the load starts
    reader = Store.open(db, create=False)
    specs = [ViewSpec(v, f) for v in VIEWS for f in ("", "Chile", "country:kenya year:2025")]
    seen: list[int] = []
    errors: list[BaseException] = []
    proc = start_load(folder, db)
    late = None
    try:
        while proc.poll() is None:
            try:
                seen.append(reader.counts()["articles"])
                for spec in specs:
                    reader.count(spec)
                    reader.rows(spec, 0, 50)
                reader.facet(ViewSpec("agreements"), "sector")
                if late is None and seen[-1] >= N_ARTICLES // 3:
                    # a dashboard started mid-load (its open may finish the load's pending merges)
                    late = Store.open(db, create=False)
                    late.rows(ViewSpec("visits"), 0, 50)
            except (sqlite3.Error, StoreError) as e:  # "database is locked" and friends
                errors.append(e)
            time.sleep(0.03)
        out, err = proc.communicate()
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.communicate()
    assert proc.returncode == 0, err
    print(f"reader: {len(seen)} rounds of reads during the load, article counts seen "
          f"{sorted(set(seen))[:3]}...{sorted(set(seen))[-3:]}, errors {len(errors)}")
    assert errors == [], f"reads failed during the load: {errors[:3]}"
    mid_load = {n for n in seen if 0 < n < N_ARTICLES}
    assert len(mid_load) >= 2, f"the reader never saw the load in progress: {sorted(set(seen))[:10]}"
    assert seen == sorted(seen), "the reader saw articles disappear"
    # the same open Store, asked again (the dashboard's refresh), sees everything
    after = reader.counts()
    reader.close()
    assert late is not None, "no store was opened mid-load"
    assert late.counts() == after  # the late reader sees the same, finished, file
    late.close()
    assert_consistent(db)
    _CLEAN.setdefault("counts", table_counts(db))  # an uninterrupted load: the kill test's reference
    assert after["articles"] == N_ARTICLES
    assert {v: after[v] for v in VIEWS} == {v: table_counts(db)[v] for v in VIEWS}
    assert after["visits"] > 0 and after["agreements"] > 0 and after["trade"] > 0


def test_kill_9_mid_load_leaves_a_consistent_file_and_a_rerun_completes_it(folder, tmp_path):
    """Killed twice at growing points, each time resumed: the file is always sound,
    and the last run completes it to exactly what one uninterrupted load gives."""
    db = tmp_path / "killed.db"
    before = 0
    for fraction in (0.15, 0.6):
        target = max(before + 1, int(N_ARTICLES * fraction))
        proc = start_load(folder, db)
        deadline = time.monotonic() + 60
        try:
            while n_articles(db) < target:
                assert proc.poll() is None, f"load ended before it could be killed: {proc.communicate()}"
                assert time.monotonic() < deadline, "load made no progress"
                time.sleep(0.01)
        finally:
            os.killpg(proc.pid, signal.SIGKILL)  # kill -9, its extraction workers too
            proc.communicate()
        assert proc.returncode == -signal.SIGKILL
        loaded = n_articles(db)
        assert before < loaded < N_ARTICLES, f"killed after {loaded} articles: not mid-load"
        assert_consistent(db)
        print(f"kill -9 at {loaded}/{N_ARTICLES} articles: file consistent")
        before = loaded

    rerun = subprocess.run([*CLI, "load", str(folder), "--db", str(db)], cwd=ROOT, capture_output=True,
                           text=True, timeout=120)
    assert rerun.returncode == 0, rerun.stderr
    assert "Traceback" not in rerun.stderr and "failed:" not in rerun.stderr
    assert f"{N_ARTICLES - before} new, 0 updated, {before} unchanged, 0 failed" in rerun.stdout
    assert_consistent(db)
    assert table_counts(db) == clean_counts(folder, tmp_path)  # no duplicates, nothing missing
    print(f"re-run: {rerun.stdout.strip()}; counts = clean load: {table_counts(db)}")


def test_opening_during_a_load_never_waits_for_the_loaders_lock(tmp_path):
    """Store.open finishes merges a killed load left pending, but while a loader holds the
    write lock it leaves them to it: it must neither wait for the lock nor hold it long
    (a 500-group flush on open once made a running load fail with 'locked for more than 5 s')."""
    db = tmp_path / "p.db"
    s = Store.open(db)
    s.load_paths(seed_paths())
    s.db.conn.executemany("insert or ignore into pending_groups (kind, group_key) values (?, ?)",
                          s.db.conn.execute("select kind, group_key from mentions").fetchall())
    s.db.conn.commit()
    pending = s.db.conn.execute("select count(*) from pending_groups").fetchone()[0]
    s.close()
    assert pending > 0

    loader = sqlite3.connect(db, timeout=5)
    loader.execute("begin immediate")  # a load mid-transaction
    try:
        start = time.monotonic()
        late = Store.open(db, create=False)
        took = time.monotonic() - start
        assert late.count(ViewSpec("agreements")) > 0
        late.close()
    finally:
        loader.rollback()
        loader.close()
    assert took < 2.5, f"open waited {took:.1f} s for the loader's lock"
    # once the loader is gone, the next open does the work
    s = Store.open(db, create=False)
    assert s.db.conn.execute("select count(*) from pending_groups").fetchone()[0] == 0
    s.close()
    assert_consistent(db)
