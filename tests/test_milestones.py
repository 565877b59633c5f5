"""Milestones: the detector on invented sentences (positive and negative), the merge, and the seeds."""
from __future__ import annotations

import pytest

from loaders.detect.milestones import detect_milestones, ordinal_value
from loaders.merge import group_key, merge
from loaders.model import ArticleContext, PartialDate, Sentence

CTX = ArticleContext(name="t.txt", published=PartialDate(2024, 3, 14), reference=PartialDate(2024, 3, 14),
                     main_pair=("CHL", "KEN"))


def detect(text: str, ctx: ArticleContext = CTX):
    facts, rejected = detect_milestones([Sentence(0, 0, len(text), text)], ctx)
    return facts, rejected


def one(text: str, ctx: ArticleContext = CTX) -> dict:
    facts, _ = detect(text, ctx)
    assert len(facts) == 1, (text, facts)
    return facts[0]


@pytest.mark.parametrize("text, parties, date", [
    ("Ghana and Peru established diplomatic relations in 1962.", ["GHA", "PER"], "1962"),
    ("Diplomatic relations between Accra and Lima were established on 5 June 1962.", ["GHA", "PER"], "1962-06-05"),
    ("The two countries established diplomatic relations in 1971.", ["CHL", "KEN"], "1971"),
    ("Kenya and Chile have had diplomatic relations since 1965, the minister said.", ["CHL", "KEN"], "1965"),
    ("This year marks the 40th anniversary of diplomatic relations between Norway and Nepal.", ["NOR", "NPL"], "1984"),
    ("Norway and Nepal celebrated the 60th anniversary of diplomatic ties in 2019.", ["NOR", "NPL"], "1959"),
    ("In 1990, Chile and Kenya formally established full diplomatic relations.", ["CHL", "KEN"], "1990"),
    ("Diplomatic relations were established in 1992.", ["CHL", "KEN"], "1992"),   # the article's pair
    ("Ghana and Peru marked 30 years of diplomatic relations on Monday.", ["GHA", "PER"], "1994"),
    ("Diplomatic relations between Ghana and Peru, established in 1965, have grown steadily.", ["GHA", "PER"], "1965"),
    ("Peru severed diplomatic ties with Ghana, which had been established in 1970.", ["GHA", "PER"], "1970"),
    ("Since the establishment of diplomatic relations in 1965, trade has grown.", ["CHL", "KEN"], "1965"),
])
def test_relations_established(text, parties, date):
    f = one(text)
    assert f["kind"] == "relations_established"
    assert f["parties_iso3"] == parties and f["date"] == date
    assert f["summary"].startswith("Diplomatic relations established")
    assert f["evidence"]["sentence"] == text and f["evidence"]["rule"].startswith("milestone:")


def test_restored_relations_say_so():
    f = one("Chile and Kenya restored diplomatic relations in 2016 after a five-year break.")
    assert f["kind"] == "relations_established" and f["date"] == "2016" and "restored" in f["summary"]


@pytest.mark.parametrize("text, parties, date, owner", [
    ("Peru opened an embassy in Accra in 2019.", ["GHA", "PER"], "2019", "PER"),
    ("Chile opened its embassy in Kenya's capital last year.", ["CHL", "KEN"], "2023", "CHL"),
    ("The Embassy of Ghana in Lima was inaugurated on Monday.", ["GHA", "PER"], "2024-03-11", "GHA"),
])
def test_embassy_opened(text, parties, date, owner):
    f = one(text)
    assert f["kind"] == "embassy_opened" and f["parties_iso3"] == parties and f["date"] == date
    assert f["by_iso3"] == owner


@pytest.mark.parametrize("text, parties, date, ordinal", [
    ("They held their first political consultations in 2022.", ["CHL", "KEN"], "2022", 1),
    ("The third round of political consultations between Ghana and Peru was held in Lima on Monday.",
     ["GHA", "PER"], "2024-03-11", 3),
    ("Deputy ministers of Chile and Kenya conducted political consultations in Nairobi in February.",
     ["CHL", "KEN"], "2024-02", None),
    ("The fourth round of bilateral consultations between Ghana and Peru took place in Accra on Monday.",
     ["GHA", "PER"], "2024-03-11", 4),
])
def test_consultations(text, parties, date, ordinal):
    f = one(text)
    assert f["kind"] == "consultations" and f["parties_iso3"] == parties and f["date"] == date
    assert f.get("ordinal") == ordinal


@pytest.mark.parametrize("text, parties, date, ordinal", [
    ("Ghana and Peru signed nine instruments during the fourth session of their Joint Cooperation Commission.",
     ["GHA", "PER"], None, 4),
    ("On Tuesday, the two foreign ministers co-chaired the seventh meeting of the Chilean-Kenyan "
     "Intergovernmental Commission on Trade and Economic Cooperation.", ["CHL", "KEN"], "2024-03-12", 7),
    ("The joint commission met in Nairobi on Monday.", ["CHL", "KEN"], "2024-03-11", None),
])
def test_joint_commission(text, parties, date, ordinal):
    f = one(text)
    assert f["kind"] == "joint_commission" and f["parties_iso3"] == parties and f["date"] == date
    assert f.get("ordinal") == ordinal


@pytest.mark.parametrize("text", [
    "Peru plans to open an embassy in Accra.",
    "Chile will open an embassy in Nairobi next year.",
    "The two countries agreed to open embassies in each other's capitals.",
    "The ministers discussed the possibility of opening embassies.",
    "Chile and Kenya will hold consultations next year.",
    "Chile and Kenya will hold political consultations next year.",
    "Political consultations between the two foreign ministries are expected to take place in Santiago next year.",
    "The sides agreed to hold regular political consultations.",
    "In 2023, both countries signed a memorandum of understanding on political consultations.",
    "The two ministers agreed to establish a Joint Commission on Cooperation.",
    "The leaders instructed their governments to hold the next meeting of the intergovernmental commission in Lima.",
    "Ghana and Peru have not established diplomatic relations.",
    "Ghana established diplomatic relations with many countries after independence.",
    "Investment exceeded $5 billion, according to the Chinese embassy.",
    "Kenya's ambassador met officials at the embassy on Monday.",
    "The two countries discussed the establishment of diplomatic relations.",
    "Chile broke off diplomatic relations with Peru in 1980.",
    "He has worked for 30 years in diplomatic relations.",
    "Peru said it would restore diplomatic relations with Ghana.",
    "Ghana and Peru agreed to establish diplomatic relations.",
    "Ghana and Peru will hold the fifth round of bilateral consultations in Accra.",
])
def test_not_milestones(text):
    facts, _ = detect(text)
    assert facts == [], facts


def test_rejections_say_why():
    facts, rejected = detect("Ghana and Peru have not restored diplomatic relations.")
    assert facts == [] and rejected and "denied" in rejected[0].why and rejected[0].kind == "milestone"


def test_one_fact_per_event_in_an_article():
    s1 = "Ghana and Peru established diplomatic relations in 1962."
    s2 = "Diplomatic relations between Ghana and Peru were established in June 1962."
    facts, _ = detect_milestones([Sentence(0, 0, len(s1), s1), Sentence(1, len(s1) + 1, len(s1) + 1 + len(s2), s2)], CTX)
    assert len(facts) == 1 and facts[0]["date"] == "1962-06"


def test_ordinals():
    assert ordinal_value("fifth") == 5 and ordinal_value("9th") == 9 and ordinal_value("twenty-first") == 21
    assert ordinal_value("sixtieth") == 60 and ordinal_value("xyz") is None


def _m(kind, date, article, ordinal=None):
    f = {"parties_iso3": ["GHA", "PER"], "kind": kind, "date": date, "summary": f"{kind} {date}",
         "article": article, "evidence": {"sentence": f"{kind} in {article}", "start": 0, "end": 1, "rule": "t"}}
    if ordinal:
        f["ordinal"] = ordinal
    return f


def test_merge_same_milestone_from_two_articles():
    rows = merge("milestones", [_m("relations_established", "1962", "a.txt"),
                                _m("relations_established", "1962-06", "b.txt")])
    assert len(rows) == 1 and rows[0]["date"] == "1962-06" and len(rows[0]["sources"]) == 2
    assert not rows[0]["disputed"]
    assert group_key("milestones", _m("consultations", None, "a")) == "milestones|GHA-PER|consultations"


def test_merge_keeps_different_sessions_apart():
    rows = merge("milestones", [_m("joint_commission", None, "a.txt", 4), _m("joint_commission", None, "b.txt", 5),
                                _m("joint_commission", "2024", "c.txt", 4)])
    assert sorted((r.get("ordinal"), len(r["sources"])) for r in rows) == [(4, 2), (5, 1)]


# ------------------------------------------------------------------ seeds
@pytest.fixture(scope="module")
def seed_store(tmp_path_factory):
    from store import Store
    s = Store.open(tmp_path_factory.mktemp("seeds") / "seeds.db")
    summary = s.load_paths(["seeds"])
    assert not summary.failed and len(summary.new) == 3
    yield s
    s.close()


def test_seed_milestones(seed_store):
    from store import ViewSpec
    rows = seed_store.rows(ViewSpec("milestones", sort=[("date", "asc")]))
    got = [(r["parties"], r["kind"], r["date"]) for r in rows]
    assert got == [("Azerbaijan – Rwanda", "relations_established", "2004"),
                   ("Azerbaijan – Rwanda", "consultations", "2025")]
    # the teaser about another pair's joint commission (page chrome) gives nothing
    assert seed_store.count(ViewSpec("milestones", "country:morocco")) == 0
    detail = seed_store.detail("milestones", rows[0]["id"])
    assert "established in 2004" in detail["sources"][0]["sentence"]
    assert seed_store.count(ViewSpec("milestones", "kind:consultations")) == 1
    assert seed_store.count(ViewSpec("milestones", "text:kigali")) == 1   # text: searches the source sentence


def test_commission_acronym_and_previous_session():
    s1 = ("Ghana and Peru signed four agreements at the close of the sixth session of the Ghana-Peru "
          "Joint Permanent Commission (JPC) in Accra.")
    s2 = "The previous session of the JPC was held in Lima in 2019."
    s3 = "The JPC will hold its next session in Lima."
    sents, pos = [], 0
    for i, t in enumerate((s1, s2, s3)):
        sents.append(Sentence(i, pos, pos + len(t), t))
        pos += len(t) + 1
    ctx = ArticleContext(name="t", reference=PartialDate(2024), main_pair=("GHA", "PER"))
    facts, _ = detect_milestones(sents, ctx)
    got = sorted((f["ordinal"], f["date"]) for f in facts)
    assert got == [(5, "2019"), (6, None)]
    assert all(f["body"] == "Ghana-Peru Joint Permanent Commission" for f in facts)


def test_milestones_of_reads_like_the_pipeline():
    from pathlib import Path

    from loaders.detect.milestones import milestones_of
    from loaders.pipeline import extract
    from loaders.read import read_path
    root = Path(__file__).resolve().parents[1] / "seeds"
    for p in sorted(root.glob("*.txt")):
        for raw in read_path(p):
            assert milestones_of(raw) == extract(raw).milestones
