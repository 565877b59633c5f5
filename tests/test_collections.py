"""Article collections (JSONL, CSV, gzipped or not) → ArticleBatch."""
import csv
import gzip
import hashlib
import io
import json

import pytest

from loaders.article_collections import ArticleBatch, iso_partial_date, is_collection, read_collection
from loaders.read import ReadError

STORIES = [
    {"newid": 101, "date": "1987-03-31T10:02:11", "title": "THATCHER SAYS TRADE TARGETS SET WITH MOSCOW",
     "dateline": "MOSCOW, March 31 -",
     "body": "British Prime Minister Margaret Thatcher\nsaid she and Soviet Premier Nikolai Ryzhkov "
             "had set targets for\nincreased trade.\n Reuter\n",
     "places": ["uk", "ussr"], "topics": []},
    {"newid": 102, "date": "1987-04-01T08:00:00", "title": "JAPAN TRADE SURPLUS WIDENS",
     "dateline": "", "body": "Japan's trade surplus with the United States widened in March.",
     "places": ["japan", "usa"], "topics": ["trade"]},
    # headline-only story: not an error, counted as skipped
    {"newid": 103, "date": "1987-04-01T08:05:00", "title": "SHORT HEADLINE ONLY", "dateline": "",
     "body": "", "places": [], "topics": []},
    {"newid": 104, "date": "1987-04-02T09:00:00", "title": "CHINA, BRAZIL SIGN STEEL PACT",
     "dateline": "PEKING, April 2 -", "body": "China and Brazil signed a steel agreement.",
     "places": ["china", "brazil"], "topics": []},
]


def _jsonl_bytes(items, extra_lines=()):
    lines = [json.dumps(x) for x in items]
    for pos, raw in extra_lines:
        lines.insert(pos, raw)
    return ("\n".join(lines) + "\n").encode("utf-8")


def _write(path, data: bytes, gz=False):
    path.write_bytes(gzip.compress(data) if gz else data)
    return path


@pytest.mark.parametrize("fname,gz", [("news.jsonl", False), ("news.jsonl.gz", True),
                                      ("news.ndjson", False), ("news.json", False)])
def test_jsonl_loads_with_identity_text_layout_and_dates(tmp_path, fname, gz):
    p = _write(tmp_path / fname, _jsonl_bytes(STORIES), gz)
    batch = read_collection(p)
    assert isinstance(batch, ArticleBatch) and isinstance(batch, list)
    assert [a.name for a in batch] == [f"{fname}#101", f"{fname}#102", f"{fname}#104"]
    assert batch[0].path == f"{p}#101"
    assert batch.skipped == 1 and batch.problems == []
    assert batch.fields_used == {"title": "title", "date": "date", "body": "body",
                                 "id": "newid", "dateline": "dateline"}
    first = batch[0]
    assert first.title == "THATCHER SAYS TRADE TARGETS SET WITH MOSCOW"
    assert first.published == "1987-03-31"
    assert first.text.split("\n")[:5] == [
        "THATCHER SAYS TRADE TARGETS SET WITH MOSCOW",
        "1987-03-31T10:02:11",          # the date line as the source gives it
        "MOSCOW, March 31 -",
        "",
        "British Prime Minister Margaret Thatcher",
    ]
    assert first.text.endswith("increased trade.\n Reuter")
    assert first.content_hash == hashlib.sha256(first.text.encode("utf-8")).hexdigest()
    # no dateline field value: no empty dateline line
    assert batch[1].text == ("JAPAN TRADE SURPLUS WIDENS\n1987-04-01T08:00:00\n\n"
                             "Japan's trade surplus with the United States widened in March.")


def test_identity_is_stable_and_distinct_per_item(tmp_path):
    p = _write(tmp_path / "a.jsonl", _jsonl_bytes(STORIES))
    names1 = [a.name for a in read_collection(p)]
    names2 = [a.name for a in read_collection(p)]
    assert names1 == names2 and len(set(names1)) == len(names1)
    # same story in two files: different names (provenance), same content hash (dedup)
    q = _write(tmp_path / "b.jsonl", _jsonl_bytes(STORIES[:1]))
    a, b = read_collection(p)[0], read_collection(q)[0]
    assert a.name != b.name and a.content_hash == b.content_hash


def test_broken_lines_are_problems_and_good_lines_around_them_load(tmp_path):
    data = _jsonl_bytes(STORIES, extra_lines=[
        (1, '{"newid": 900, "title": "CUT OFF", "body": "unterminated'),
        (3, '["not", "an", "object"]'),
        (4, ""),                                   # blank line: ignored
        (5, '{"newid": 901, "places": ["usa"]}'),  # no title, no body
    ])
    p = _write(tmp_path / "mixed.jsonl", data)
    batch = read_collection(p)
    assert [a.name for a in batch] == ["mixed.jsonl#101", "mixed.jsonl#102", "mixed.jsonl#104"]
    assert batch.skipped == 1
    names = [n for n, _ in batch.problems]
    reasons = [r for _, r in batch.problems]
    assert names == ["mixed.jsonl#2", "mixed.jsonl#4", "mixed.jsonl#901"]
    assert reasons[0].startswith("bad JSON")
    assert reasons[1].startswith("not a JSON object")
    assert reasons[2].startswith("no text")


def test_duplicate_id_is_reported_not_silently_overwritten(tmp_path):
    dup = dict(STORIES[1], body="A different story reusing id 102.")
    p = _write(tmp_path / "d.jsonl", _jsonl_bytes(STORIES + [dup]))
    batch = read_collection(p)
    assert [a.name for a in batch].count("d.jsonl#102") == 1
    assert batch.problems and "duplicate id '102'" in batch.problems[0][1]


def test_items_without_id_are_named_by_line_number(tmp_path):
    items = [{"headline": "Kenya and Uganda agree on oil pipeline", "text": "Body one."},
             {"headline": "Ghana hosts Togo leader", "text": "Body two."}]
    p = _write(tmp_path / "noid.jsonl", _jsonl_bytes(items, extra_lines=[(1, "   ")]))
    batch = read_collection(p)
    assert [a.name for a in batch] == ["noid.jsonl#1", "noid.jsonl#3"]
    assert batch[1].path == f"{p}#3"
    assert batch.fields_used == {"title": "headline", "body": "text"}
    assert batch[0].text == "Kenya and Uganda agree on oil pipeline\n\nBody one."
    assert batch[0].published is None


def test_field_mapping_common_names_case_insensitive(tmp_path):
    items = [{"UUID": "u-1", "Headline": "Talks in Baku", "Published_At": "2025-05-28 09:30:00",
              "Content": ["First paragraph.", "Second paragraph."]},
             {"guid": "g-2", "title": "Visit to Astana", "pubdate": "Wed, 28 May 2025 09:30:00 +0000",
              "story": "Story text."}]
    batch = read_collection(_write(tmp_path / "m.jsonl", _jsonl_bytes(items)))
    assert [a.name for a in batch] == ["m.jsonl#u-1", "m.jsonl#g-2"]
    assert [a.published for a in batch] == ["2025-05-28", "2025-05-28"]
    assert batch[0].text.endswith("\n\nFirst paragraph.\nSecond paragraph.")
    assert batch.fields_used == {"id": "UUID, guid", "title": "Headline, title",
                                 "date": "Published_At, pubdate", "body": "Content, story"}


CSV_ROWS = [
    ["id", "headline", "published", "text"],
    ["a1", "Rwanda, Azerbaijan sign air services deal", "2025-09-20",
     'Rwanda and Azerbaijan signed an air services agreement, "a milestone", officials said.\n'
     "Direct flights start next year."],
    ["a2", "Headline only", "2025-09-21", ""],
    ["a3", "Kazakhstan exports rise", "March 2024", "Exports to China rose 12 percent."],
]


def _csv_bytes(rows, delimiter=","):
    buf = io.StringIO()
    csv.writer(buf, delimiter=delimiter).writerows(rows)
    return buf.getvalue().encode("utf-8")


@pytest.mark.parametrize("fname,gz", [("n.csv", False), ("n.csv.gz", True)])
def test_csv_loads_rows_with_multiline_quoted_bodies(tmp_path, fname, gz):
    batch = read_collection(_write(tmp_path / fname, _csv_bytes(CSV_ROWS), gz))
    assert [a.name for a in batch] == [f"{fname}#a1", f"{fname}#a3"]
    assert batch.skipped == 1 and batch.problems == []
    assert batch.fields_used == {"title": "headline", "date": "published", "body": "text", "id": "id"}
    a1, a3 = batch
    assert a1.text == ("Rwanda, Azerbaijan sign air services deal\n2025-09-20\n\n"
                       'Rwanda and Azerbaijan signed an air services agreement, "a milestone", '
                       "officials said.\nDirect flights start next year.")
    assert a1.published == "2025-09-20" and a3.published == "2024-03"


def test_csv_broken_rows_are_problems(tmp_path):
    rows = CSV_ROWS + [["a4", "Too", "many", "fields", "here"], ["a5", "", "", ""],
                       ["a6", "Last good row", "2025-01-02", "Body six."]]
    batch = read_collection(_write(tmp_path / "b.csv", _csv_bytes(rows)))
    assert [a.name for a in batch] == ["b.csv#a1", "b.csv#a3", "b.csv#a6"]
    assert batch.problems[0] == ("b.csv#4", "row has 5 fields, the header has 4")
    assert batch.problems[1][0] == "b.csv#a5" and batch.problems[1][1].startswith("no text")


def test_csv_without_text_columns_raises(tmp_path):
    p = _write(tmp_path / "x.csv", b"a,b\n1,2\n")
    with pytest.raises(ReadError, match="no title or body column"):
        read_collection(p)


def test_csv_legacy_encoding_and_bom(tmp_path):
    rows = [["title", "body"], ["Café talks", "São Tomé and Côte d’Ivoire signed a deal."]]
    text = "\r\n".join(",".join(r) for r in rows) + "\r\n"
    latin = read_collection(_write(tmp_path / "l.csv", text.encode("cp1252")))
    assert latin[0].text == "Café talks\n\nSão Tomé and Côte d’Ivoire signed a deal."
    bom = read_collection(_write(tmp_path / "u.csv", b"\xef\xbb\xbf" + text.encode("utf-8")))
    assert bom.fields_used["title"] == "title" and bom[0].title == "Café talks"


def test_truncated_gzip_keeps_what_was_read(tmp_path):
    items = [dict(STORIES[0], newid=i, body=f"Story number {i} about trade. " * 20) for i in range(1, 401)]
    whole = gzip.compress(_jsonl_bytes(items))
    p = _write(tmp_path / "cut.jsonl.gz", whole[: len(whole) // 2])
    batch = read_collection(p)
    assert 0 < len(batch) < 400
    assert [a.name for a in batch] == [f"cut.jsonl.gz#{i}" for i in range(1, len(batch) + 1)]
    assert batch.problems == [("cut.jsonl.gz", f"truncated gzip stream after {len(batch)} articles")]


def test_truncated_csv_gzip(tmp_path):
    rows = [CSV_ROWS[0]] + [[f"r{i}", f"Title {i}", "2025-01-01", f"Body {i} text. " * 30] for i in range(300)]
    whole = gzip.compress(_csv_bytes(rows))
    batch = read_collection(_write(tmp_path / "cut.csv.gz", whole[: len(whole) // 2]))
    assert 0 < len(batch) < 300
    assert batch.problems[-1] == ("cut.csv.gz", f"truncated gzip stream after {len(batch)} articles")


def test_json_array_file(tmp_path):
    p = _write(tmp_path / "arr.json", json.dumps(STORIES, indent=2).encode())
    batch = read_collection(p)
    assert [a.name for a in batch] == ["arr.json#101", "arr.json#102", "arr.json#104"]


def test_unknown_suffix_and_missing_file(tmp_path):
    assert is_collection("x.jsonl.gz") and is_collection("x.CSV") and not is_collection("x.txt")
    with pytest.raises(ReadError):
        read_collection(_write(tmp_path / "x.txt", b"hello"))
    with pytest.raises(ReadError):
        read_collection(tmp_path / "missing.jsonl")


def test_empty_file_is_a_problem_not_a_crash(tmp_path):
    batch = read_collection(_write(tmp_path / "e.jsonl", b""))
    assert list(batch) == [] and batch.problems == [("e.jsonl", "no articles in the file")]


@pytest.mark.parametrize("value,expected", [
    ("1987-02-26T15:01:01", "1987-02-26"), ("2025-05", "2025-05"), ("2025", "2025"),
    ("26-FEB-1987 15:01:01.79", "1987-02-26"), ("Wed, 28 May 2025 09:30:00 +0000", "2025-05-28"),
    ("May 2025", "2025-05"), ("20250528", "2025-05-28"), (1748424600, "2025-05-28"),
    ("1748424600000", "2025-05-28"), ("", None), (None, None), ("soon", None),
    ("2025-13-01", None), ("28 May", None),
])
def test_iso_partial_date(value, expected):
    assert iso_partial_date(value) == expected


from hypothesis import given, settings, strategies as st  # noqa: E402


@settings(max_examples=60, deadline=None)
@given(data=st.binary(max_size=1500), suffix=st.sampled_from([".jsonl", ".csv", ".jsonl.gz", ".json"]),
       gz=st.booleans())
def test_any_bytes_give_a_batch_or_a_read_error(tmp_path_factory, data, suffix, gz):
    p = tmp_path_factory.mktemp("fuzz") / f"f{suffix}"
    p.write_bytes(gzip.compress(data) if gz else data)
    try:
        batch = read_collection(p)
    except ReadError:
        return
    assert all(a.name.startswith(f"f{suffix}#") for a in batch)
    assert len({a.name for a in batch}) == len(batch)
