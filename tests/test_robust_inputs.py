"""Bad input: a clear message by name, the rest loaded, a non-zero exit.

Each bad file is mixed into a folder of the good seed articles and loaded with
the real `relations-tui load` command (click's runner, in process); the load
summary must name it with its reason, every good article must still be in the
database, and the exit status must say that something failed.
"""
from __future__ import annotations

import gzip
import hashlib
import json
import os
import re
import shutil
import sqlite3
import tracemalloc
from pathlib import Path

import pytest
from click.testing import CliRunner

import loaders.read as reading
from store import Store, StoreError
from store.ingest import seed_paths
from tui.cli import cli

SEEDS = [Path(p) for p in seed_paths()]
IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0

CP1252_TEXT = "Kenya and Chile signed a mining agreement in Nairobi. Caf\u00e9 \u201cquoted\u201d \u2013 na\u00efve.\n"
LATIN1_TEXT = "C\u00f4te d'Ivoire and Ghana held talks in Abidjan. Stra\u00dfe \u00f1and\u00fa \u00ff.\n"
UTF16_TEXT = "Japan and Peru signed an air services agreement in Lima. \u00c5ngstr\u00f6m \u2014 \u65e5\u672c.\n"


def run_load(*args: str):
    return CliRunner().invoke(cli, ["load", *args], catch_exceptions=True)


def failed_lines(result) -> dict[str, str]:
    """{name: reason} from the `failed: NAME: reason` lines."""
    out = {}
    for line in result.stderr.splitlines():
        m = re.match(r"failed: (.+?): (.+)$", line)
        if m:
            out[m.group(1)] = m.group(2)
    return out


def summary_line(result) -> str:
    lines = [ln for ln in result.stdout.splitlines() if ln.startswith("articles:")]
    assert len(lines) == 1, result.stdout
    return lines[0]


def no_traceback(result) -> None:
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)


def article_texts(db: Path) -> dict[str, str]:
    conn = sqlite3.connect(db)
    try:
        return dict(conn.execute("select name, text from articles"))
    finally:
        conn.close()


@pytest.fixture
def folder(tmp_path) -> Path:
    d = tmp_path / "in"
    d.mkdir()
    for p in SEEDS:
        shutil.copy(p, d / p.name)
    return d


def test_bad_files_are_named_with_reasons_and_good_ones_load(folder, tmp_path):
    # encodings: told apart and decoded right
    (folder / "cp1252.txt").write_bytes(CP1252_TEXT.encode("cp1252"))
    (folder / "latin1.txt").write_bytes(LATIN1_TEXT.encode("latin-1"))
    (folder / "utf16.txt").write_bytes(UTF16_TEXT.encode("utf-16"))  # with its BOM
    # encodings that cannot be told: reported
    (folder / "utf16-nobom.txt").write_bytes(UTF16_TEXT.encode("utf-16-le"))
    (folder / "undecodable.txt").write_bytes(b"Kenya \x81\x8d\x8f\x90\x9d and Chile\n")
    # not articles
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 40)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blank.md").write_bytes(b" \n\t\n")
    (folder / "nobody.html").write_text(
        "<html><head><title>Home</title></head><body><nav><a href='/'>Home</a> <a href='/x'>News</a></nav>"
        "</body></html>", encoding="utf-8")
    line = "Kazakhstan exported 1,000 tonnes of wheat to Rwanda in 2024. " * 16 + "\n"
    with open(folder / "big.txt", "w", encoding="utf-8") as fh:
        fh.write(line * (50 * 1024 * 1024 // len(line) + 1))
    # collections: the good items load, the bad ones are named
    (folder / "wire.jsonl").write_text("\n".join([
        json.dumps({"id": "a1", "title": "Chile and Kenya", "body": "Chile and Kenya signed an energy MoU."}),
        '{"id": "a2", "title": "broken',
        json.dumps({"id": "a3", "title": "Peru", "body": "Peru exported copper worth $2 billion to China in 2023."}),
        "[1, 2]",
    ]) + "\n", encoding="utf-8")
    blob = gzip.compress(b"".join(
        json.dumps({"id": f"g{i}", "title": f"T{i}", "body": f"Ghana and Togo held talks. Ref {os.urandom(300).hex()}."}
                   ).encode() + b"\n" for i in range(40)))
    (folder / "cut.jsonl.gz").write_bytes(blob[: len(blob) * 2 // 3])
    # a symlink loop
    (folder / "loop1.txt").symlink_to(folder / "loop2.txt")
    (folder / "loop2.txt").symlink_to(folder / "loop1.txt")
    (folder / "sub").mkdir()
    (folder / "sub" / "up").symlink_to(folder)  # a folder loop: walked once, not forever

    db = tmp_path / "r.db"
    result = run_load(str(folder), "--db", str(db))
    no_traceback(result)
    assert result.exit_code == 1, result.output
    failed = failed_lines(result)

    expected = {
        "utf16-nobom.txt": "binary",
        "undecodable.txt": "cannot decode",
        "binary.txt": "binary",
        "empty.txt": "empty",
        "blank.md": "empty",
        "nobody.html": "no article body",
        "big.txt": "too large for one article (50.0 MB > 1 MB)",
        "wire.jsonl#2": "bad JSON",
        "wire.jsonl#4": "not a JSON object",
        "cut.jsonl.gz": "truncated gzip",
        "loop1.txt": "symlink loop",
        "loop2.txt": "symlink loop",
    }
    for name, reason in expected.items():
        assert name in failed, f"{name} not reported:\n{result.stderr}"
        assert reason in failed[name], (name, failed[name])
        assert not failed[name].startswith(name), "reason repeats the name"
    assert set(failed) == set(expected), f"unexpected failures: {set(failed) - set(expected)}"

    texts = article_texts(db)
    # every good article is in: the seeds, the decodable encodings, the good collection items
    for p in SEEDS:
        assert texts[p.name] == p.read_text(encoding="utf-8").replace("\r\n", "\n")
    assert texts["cp1252.txt"] == CP1252_TEXT
    assert texts["latin1.txt"] == LATIN1_TEXT
    assert texts["utf16.txt"] == UTF16_TEXT
    assert "wire.jsonl#a1" in texts and "wire.jsonl#a3" in texts
    gz_items = [n for n in texts if n.startswith("cut.jsonl.gz#")]
    assert 0 < len(gz_items) < 40  # what was read before the cut, not nothing
    # the folder loop did not load anything twice
    conn = sqlite3.connect(db)
    assert conn.execute("select count(*), count(distinct content_hash) from articles").fetchone()[0] == len(texts)
    conn.close()

    line = summary_line(result)
    assert f"{len(texts)} new" in line and f"{len(expected)} failed" in line


def test_a_50mb_file_is_refused_in_bounded_memory(tmp_path):
    big = tmp_path / "big.txt"
    with open(big, "wb") as fh:
        fh.write(b"Kenya and Chile. " * (50 * 1024 * 1024 // 17 + 1))
    tracemalloc.start()
    try:
        with pytest.raises(reading.ReadError, match=r"too large for one article \(50\.0 MB > 1 MB\)"):
            reading.read_path(big)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 4 * reading.MAX_TEXT_BYTES, f"peak {peak / 1e6:.1f} MB while refusing a 50 MB file"


def test_collection_item_over_the_cap_is_named_and_the_rest_load(tmp_path):
    p = tmp_path / "c.jsonl"
    huge = "Kenya and Chile signed. " * (reading.MAX_TEXT_BYTES // 24 + 10)
    p.write_text(json.dumps({"id": "big", "title": "x", "body": huge}) + "\n"
                 + json.dumps({"id": "ok", "title": "y", "body": "Chile and Kenya signed an MoU."}) + "\n")
    db = tmp_path / "c.db"
    result = run_load(str(p), "--db", str(db))
    assert result.exit_code == 1
    assert "too large for one article" in failed_lines(result)["c.jsonl#big"]
    assert set(article_texts(db)) == {"c.jsonl#ok"}


@pytest.mark.skipif(IS_ROOT, reason="root reads chmod 000 files; see the simulated variant")
def test_unreadable_file_is_named_the_rest_load(folder, tmp_path):
    bad = folder / "locked.txt"
    bad.write_text("Kenya and Chile signed a deal.\n")
    bad.chmod(0)
    try:
        result = run_load(str(folder), "--db", str(tmp_path / "u.db"))
    finally:
        bad.chmod(0o644)
    assert result.exit_code == 1
    assert "Permission denied" in failed_lines(result)["locked.txt"]
    assert {p.name for p in SEEDS} <= set(article_texts(tmp_path / "u.db"))


def test_unreadable_file_mid_load_simulated(folder, tmp_path, monkeypatch):
    """As the OS answers for a chmod 000 file (whoever runs the tests)."""
    bad = folder / "locked.txt"
    bad.write_text("Kenya and Chile signed a deal.\n")
    real_open = open

    def guarded_open(file, *a, **kw):
        if Path(file).name == "locked.txt":
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *a, **kw)

    monkeypatch.setattr(reading, "open", guarded_open, raising=False)
    result = run_load(str(folder), "--db", str(tmp_path / "u.db"))
    no_traceback(result)
    assert result.exit_code == 1
    assert failed_lines(result) == {"locked.txt": "cannot read: Permission denied"}
    assert {p.name for p in SEEDS} == set(article_texts(tmp_path / "u.db"))


def test_file_deleted_between_the_walk_and_the_read(folder, tmp_path, monkeypatch):
    victim = folder / "zz_vanishes.txt"
    victim.write_text("Kenya and Chile signed a deal.\n")
    real_read = reading.read_path

    def read_and_delete(path):
        if victim.exists():  # the folder was already listed; the file goes before its turn
            victim.unlink()
        return real_read(path)

    monkeypatch.setattr(reading, "read_path", read_and_delete)
    result = run_load(str(folder), "--db", str(tmp_path / "v.db"))
    no_traceback(result)
    assert result.exit_code == 1
    assert "no such file" in failed_lines(result)["zz_vanishes.txt"]
    assert {p.name for p in SEEDS} == set(article_texts(tmp_path / "v.db"))


def test_good_folder_exits_zero(folder, tmp_path):
    result = run_load(str(folder), "--db", str(tmp_path / "g.db"))
    assert result.exit_code == 0, result.output
    assert failed_lines(result) == {} and f"{len(SEEDS)} new" in summary_line(result)


# ------------------------------------------------------------------ --db


def _digest(p: Path) -> str:
    return hashlib.sha256(p.read_bytes()).hexdigest()


def _assert_refused(result, db: Path, before: str, words: str) -> None:
    no_traceback(result)
    assert result.exit_code != 0
    assert result.stderr.startswith("Error: ") and words in result.stderr, result.stderr
    assert _digest(db) == before, "the database file was changed"


@pytest.mark.parametrize("content", [b"my notes, not a database\n" * 200, os.urandom(8192),
                                     b"SQLite format 3\x00" + b"\x00" * 50])
def test_db_that_is_not_sqlite_is_refused_and_untouched(folder, tmp_path, content):
    db = tmp_path / "notes.db"
    db.write_bytes(content)
    before = _digest(db)
    for args in (["load", str(folder), "--db", str(db)], ["export", "visits", "--db", str(db)]):
        result = CliRunner().invoke(cli, args)
        _assert_refused(result, db, before, "not a relations-tui database")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in", "notes.db"]  # no -wal/-shm left behind


def test_db_of_another_program_is_refused_and_untouched(folder, tmp_path):
    db = tmp_path / "other.db"
    conn = sqlite3.connect(db)
    conn.execute("create table photos (id integer primary key, path text)")
    conn.execute("insert into photos (path) values ('a.jpg')")
    conn.commit()
    conn.close()
    before = _digest(db)
    _assert_refused(run_load(str(folder), "--db", str(db)), db, before, "not a relations-tui one")


def test_newer_schema_is_refused_and_untouched(folder, tmp_path):
    db = tmp_path / "new.db"
    Store.open(db).close()
    conn = sqlite3.connect(db)
    conn.execute("update meta set value = '999' where key = 'schema_version'")
    conn.commit()
    conn.close()
    before = _digest(db)
    _assert_refused(run_load(str(folder), "--db", str(db)), db, before, "newer relations-tui")


@pytest.mark.skipif(IS_ROOT, reason="root may write a chmod 444 file; see the simulated variant")
def test_read_only_db_is_refused_and_untouched(folder, tmp_path):
    db = tmp_path / "ro.db"
    s = Store.open(db)
    s.load_paths(SEEDS[:1])
    s.close()
    db.chmod(0o444)
    before = _digest(db)
    _assert_refused(run_load(str(folder), "--db", str(db)), db, before, "read-only")


def test_read_only_db_simulated(folder, tmp_path, monkeypatch):
    """SQLite answering 'attempt to write a readonly database' mid-load: one Error line."""
    db = tmp_path / "ro.db"
    s = Store.open(db)
    s.load_paths(SEEDS[:1])
    s.close()
    before = _digest(db)
    import store.store as store_mod
    real_connect = sqlite3.connect

    def read_only_connect(path, *a, **kw):
        kw.pop("uri", None)
        return real_connect(f"file:{Path(path).as_posix()}?mode=ro", *a, uri=True, **kw)

    monkeypatch.setattr(store_mod.sqlite3, "connect", read_only_connect)
    _assert_refused(run_load(str(folder), "--db", str(db)), db, before, "read-only")
    fresh = tmp_path / "fresh.db"
    fresh.write_bytes(b"")  # an empty file is an empty database: it cannot even get its tables
    with pytest.raises(StoreError, match="read-only"):
        Store.open(fresh)
    assert fresh.read_bytes() == b""


# ---------------------------------------------------------------- export


@pytest.mark.parametrize("target", ["missing-dir/out.csv", "/dev/full", "."])
def test_export_to_a_path_that_cannot_be_written(tmp_path, target):
    if target == "/dev/full" and not os.path.exists("/dev/full"):
        pytest.skip("no /dev/full here")
    db = tmp_path / "e.db"
    s = Store.open(db)
    s.load_paths(SEEDS)
    s.close()
    out = target if target.startswith("/") else str(tmp_path / target)
    for fmt in ("csv", "json"):
        result = CliRunner().invoke(cli, ["export", "agreements", "--db", str(db), "--format", fmt, "-o", out])
        no_traceback(result)
        assert result.exit_code != 0
        assert "Error:" in result.stderr and "Traceback" not in result.stderr, result.stderr


def test_export_from_a_missing_db_is_an_error_not_a_new_file(tmp_path):
    db = tmp_path / "typo.db"
    result = CliRunner().invoke(cli, ["export", "visits", "--db", str(db)])
    no_traceback(result)
    assert result.exit_code != 0 and "does not exist" in result.stderr
    assert not db.exists()


def test_dashboard_on_an_empty_read_only_db_is_an_error_line(tmp_path, monkeypatch):
    db = tmp_path / "empty.db"
    Store.open(db).close()  # the tables, no articles: the dashboard would load the seeds
    before = _digest(db)
    import store.store as store_mod
    real_connect = sqlite3.connect
    monkeypatch.setattr(store_mod.sqlite3, "connect", lambda path, *a, **kw: real_connect(
        f"file:{Path(path).as_posix()}?mode=ro", *a, uri=True, **kw))
    result = CliRunner().invoke(cli, ["--db", str(db)])
    _assert_refused(result, db, before, "read-only")


def test_an_oversized_saved_page_is_refused_before_parsing(tmp_path):
    page = tmp_path / "huge.html"
    para = "<p>Kenya and Chile signed a mining agreement in Nairobi on May 28, 2025.</p>\n"
    page.write_text("<html><body><article>" + para * (6 * 1024 * 1024 // len(para)) + "</article></body></html>")
    with pytest.raises(reading.ReadError, match=r"too large for one article \(6\.0 MB > 5 MB\)"):
        reading.read_path(page)


def test_files_of_other_types_in_a_folder_are_counted_not_silently_dropped(folder, tmp_path):
    (folder / "report.pdf").write_bytes(b"%PDF-1.4")
    (folder / "notes.docx").write_bytes(b"PK")
    (folder / ".DS_Store").write_bytes(b"\x00")
    result = run_load(str(folder), "--db", str(tmp_path / "k.db"))
    assert result.exit_code == 0, result.output  # nothing failed: these are not articles
    assert "skipped: 2 files of other types in the folders (.docx, .pdf)" in result.stderr


def test_jsonl_with_a_lone_surrogate_escape_keeps_the_whole_file(tmp_path):
    """'\\ud800' is valid JSON but no UTF-8 text: the item loads with U+FFFD, its neighbours too."""
    p = tmp_path / "s.jsonl"
    p.write_text('{"id": "a", "title": "Good", "body": "Kenya and Chile signed an MoU."}\n'
                 '{"id": "b\\ud800", "title": "Odd \\udc00", "body": "Kenya \\ud800 and Chile held talks."}\n'
                 '{"id": "c", "title": "Good too", "body": "Peru and Chile held talks."}\n', encoding="utf-8")
    db = tmp_path / "s.db"
    result = run_load(str(p), "--db", str(db))
    no_traceback(result)
    assert result.exit_code == 0, result.output
    texts = article_texts(db)
    assert set(texts) == {"s.jsonl#a", "s.jsonl#b\ufffd", "s.jsonl#c"}
    assert "Kenya \ufffd and Chile" in texts["s.jsonl#b\ufffd"]


def test_an_article_the_store_cannot_save_is_named_and_the_rest_load(folder, tmp_path, monkeypatch):
    import store.store as store_mod
    real_save = store_mod.Store.save_extraction

    def save(self, raw, ex, **kwargs):
        if raw.name == SEEDS[1].name:
            with self.db.atomic():  # half-written, then a bug: the transaction must roll back
                self.db["articles"].insert({"source_key": "half", "name": "half", "content_hash": "x"})
                raise TypeError("Object of type set is not JSON serializable")
        return real_save(self, raw, ex, **kwargs)

    monkeypatch.setattr(store_mod.Store, "save_extraction", save)
    db = tmp_path / "b.db"
    result = run_load(str(folder), "--db", str(db))
    no_traceback(result)
    assert result.exit_code == 1
    assert failed_lines(result) == {SEEDS[1].name: "cannot save: TypeError: Object of type set is not JSON serializable"}
    assert set(article_texts(db)) == {p.name for p in SEEDS} - {SEEDS[1].name}  # and no half-written row
