"""The three seed articles, alone and merged (gold: shared/corpus/seeds)."""
import json
from pathlib import Path

import pytest

from loaders.merge import merge
from loaders.pipeline import extract
from loaders.read import read_path

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT.parent / "shared" / "corpus" / "seeds"
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


def _gold():
    if not GOLD.is_dir():
        pytest.skip("shared gold not available")
    return {json.loads(p.read_text())["article"]: json.loads(p.read_text()) for p in GOLD.glob("*.gold.json")}


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name)
def test_each_seed_matches_gold_keys(path):
    gold = _gold()[path.name]
    ex = extract(read_path(path)[0])
    got_v = sorted((v["visitor_iso3"], v["host_iso3"], v["start"]) for v in ex.visits)
    want_v = sorted((v["visitor_iso3"], v["host_iso3"], v["start"]) for v in gold["visits"])
    assert got_v == want_v
    got_a = sorted((tuple(a["parties_iso3"]), a["sector"], a["signed_on"], a["instrument"]) for a in ex.agreements)
    want_a = sorted((tuple(sorted(a["parties_iso3"])), a["sector"], a["signed_on"], a["instrument"]) for a in gold["agreements"])
    assert got_a == want_a


def test_seeds_merged():
    mentions = {"visits": [], "agreements": []}
    for p in SEEDS:
        ex = extract(read_path(p)[0])
        for kind in mentions:
            mentions[kind] += [dict(f, article=p.name) for f in getattr(ex, kind)]
    visits = merge("visits", mentions["visits"])
    agreements = merge("agreements", mentions["agreements"])
    assert len(visits) == 3 and len(agreements) == 13
    kaz = [v for v in visits if v["host_iso3"] == "KAZ"]
    assert sorted(v["start"] for v in kaz) == ["2015", "2025-05-27"]
    for v in kaz:
        assert len({s["article"] for s in v["sources"]}) == 2
    kaz_agr = [a for a in agreements if "KAZ" in a["parties_iso3"]]
    assert len(kaz_agr) == 6 and all(len({s["article"] for s in a["sources"]}) == 2 for a in kaz_agr)
