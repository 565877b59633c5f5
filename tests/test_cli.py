"""The command line as a user types it: load, export, explain, errors."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from click.testing import CliRunner

from tui.cli import cli

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)


def test_load_summary_then_unchanged_reload(tmp_path):
    db = tmp_path / "r.db"
    first = run("load", SEEDS, "--db", db)
    assert first.exit_code == 0
    assert "3 new" in first.output and "0 failed" in first.output
    assert "5 visits" in first.output and "19 agreements" in first.output  # mentions, before merging
    again = run("load", SEEDS, "--db", db)
    assert "0 new" in again.output and "3 unchanged" in again.output
    rows = json.loads(run("export", "visits", "--db", db, "--format", "json").output)
    assert len(rows) == 3  # the same trip reported by two articles is one row


def test_seeds_give_three_visits_thirteen_agreements_three_trade_figures(tmp_path):
    db = tmp_path / "r.db"
    run("load", SEEDS, "--db", db)
    views = {v: json.loads(run("export", v, "--db", db, "--format", "json").output)
             for v in ("visits", "agreements", "trade")}
    assert [len(views[v]) for v in ("visits", "agreements", "trade")] == [3, 13, 3]
    may = [v for v in views["visits"] if v["host_iso3"] == "KAZ" and str(v["start"]).startswith("2025-05")]
    assert len(may) == 1
    assert {s["article"] for s in may[0]["sources"]} == {"001_5b43a52bba41df8b.txt", "002_0e6a385cafd52ccf.txt"}
    for row in views["agreements"]:
        assert set(row) >= {"parties_iso3", "signed_on", "sector", "instrument", "sources"}
        assert row["sources"] and all({"article", "sentence"} <= set(s) for s in row["sources"])


def test_export_csv_with_a_filter_to_a_file(tmp_path):
    db, out = tmp_path / "r.db", tmp_path / "mining.csv"
    run("load", SEEDS, "--db", db)
    result = run("export", "agreements", "--db", db, "--filter", "sector:mining", "-o", out)
    assert result.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert rows and {r["Sector"] for r in rows} == {"mining"}


def test_explain_shows_each_fact_with_its_sentence_and_rule():
    result = run("explain", SEEDS / "000_7afa914f850ccd43.txt")
    assert result.exit_code == 0
    assert "rule: agreement:" in result.output and "rule: visit:" in result.output
    assert "page chrome dropped" in result.output


def test_errors_are_one_line_not_a_traceback(tmp_path):
    bad = tmp_path / "notes.db"
    bad.write_text("not a database")
    result = CliRunner().invoke(cli, ["export", "visits", "--db", str(bad)])
    assert result.exit_code != 0
    assert result.output.startswith("Error: ") and "Traceback" not in result.output
    assert bad.read_text() == "not a database"


def test_explain_says_when_a_detector_failed_on_the_whole_article(monkeypatch):
    # a detector bug costs its facts, never the article: explain must show that it happened
    import loaders.detect.agreements as agreements

    def broken(sentences, ctx):
        raise KeyError("text")

    monkeypatch.setattr(agreements, "detect_agreements", broken)
    import loaders.pipeline as pipeline
    monkeypatch.setattr(pipeline, "_detectors", lambda: [("agreements", broken)])
    result = run("explain", SEEDS / "000_7afa914f850ccd43.txt")
    assert result.exit_code == 0
    assert "not tied to a sentence" in result.output and "detector error: KeyError('text')" in result.output


def test_load_summary_names_articles_a_detector_failed_on(tmp_path, monkeypatch):
    # the article is saved with its other facts, and the summary says some facts are missing
    import loaders.pipeline as pipeline

    real = pipeline._detectors()

    def broken(sentences, ctx):
        raise KeyError("text")

    monkeypatch.setattr(pipeline, "_detectors", lambda: [d if d[0] != "agreements" else ("agreements", broken) for d in real])
    db = tmp_path / "r.db"
    result = run("load", SEEDS / "000_7afa914f850ccd43.txt", "--db", db)
    assert result.exit_code == 0
    assert "1 new" in result.output and "0 agreements" in result.output
    assert "a detector failed on 1 article(s)" in result.output and "000_7afa914f850ccd43.txt" in result.output
    monkeypatch.undo()
    clean = run("load", SEEDS / "001_5b43a52bba41df8b.txt", "--db", tmp_path / "ok.db")
    assert "detector failed" not in clean.output
