from loaders.merge import group_key, merge


def visit(article, start, kind="unspecified", city=None, end=None):
    return {"visitor": "Paul Kagame", "visitor_role": "President", "visitor_iso3": "RWA",
            "host_iso3": "KAZ", "city": city, "start": start, "end": end, "kind": kind,
            "article": article, "evidence": {"sentence_index": 0, "sentence": "s", "start": 1, "end": 2, "rule": "r"}}


def test_visits_merge_most_precise_and_keep_sources():
    rows = merge("visits", [visit("a", "2025-05", "official"), visit("b", "2025-05-27"),
                            visit("a", "2015", "official"), visit("b", "2015")])
    assert len(rows) == 2
    may = next(r for r in rows if r["start"].startswith("2025"))
    assert may["start"] == "2025-05-27" and may["kind"] == "official"
    assert sorted(s["article"] for s in may["sources"]) == ["a", "b"]
    assert may["disputed"] is False


def test_visit_dispute_on_real_disagreement():
    [row] = merge("visits", [visit("a", "2025-05", "official"), visit("b", "2025-05", "state")])
    assert row["disputed"] is True
    assert {d["value"] for d in row["disputes"]["kind"]} == {"official", "state"}


def agr(article, sector, signed, instrument="agreement"):
    return {"parties_iso3": ["RWA", "KAZ"], "sector": sector, "signed_on": signed,
            "instrument": instrument, "article": article}


def test_agreements_same_article_twice_stays_two_rows():
    rows = merge("agreements", [agr("x", "justice", "2024-09-04", "treaty"), agr("x", "justice", "2024-09-04", "treaty"),
                                agr("y", "justice", "2024-09", "treaty")])
    assert len(rows) == 2
    assert sorted(len(r["sources"]) for r in rows) == [1, 2]
    assert rows[0]["parties_iso3"] == ["KAZ", "RWA"]


def test_agreements_incompatible_dates_split():
    rows = merge("agreements", [agr("x", "mining", "2025-05"), agr("y", "mining", "2025-05-28"), agr("z", "mining", "2023")])
    assert sorted(r["signed_on"] for r in rows) == ["2023", "2025-05-28"]


def test_trade_merge_within_one_percent():
    t = {"exporter_iso3": "KAZ", "importer_iso3": "RWA", "flow": "total", "metric": "value", "unit": "USD",
         "period_start": None, "period_end": None}
    rows = merge("trade", [dict(t, value=1_000_000_000, article="a"), dict(t, value=1_005_000_000, article="b"),
                           dict(t, value=2_000_000_000, article="c")])
    assert len(rows) == 2
    assert group_key("trade", t) == "trade|KAZ|RWA|total|value"
    assert group_key("agreements", agr("a", "mining", None)) == "agreements|KAZ-RWA|mining"


def test_trade_restated_in_one_article_is_one_row():
    t = {"exporter_iso3": "GHA", "importer_iso3": "TUR", "flow": "total", "metric": "value", "unit": "USD",
         "period_start": 2023, "period_end": 2023, "value": 1_200_000_000}
    rows = merge("trade", [dict(t, article="a"), dict(t, article="a", value=1_200_000_001), dict(t, article="b")])
    assert len(rows) == 1 and len(rows[0]["sources"]) == 3
