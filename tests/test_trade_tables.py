"""Tables of trade figures: finding them (loaders/tables.py) and reading them
(loaders/detect/trade_tables.py, through the whole pipeline). Every table here
is invented for the tests."""
from loaders.model import RawArticle
from loaders.pipeline import extract
from loaders.tables import find_tables, split_cells


def art(text):
    return RawArticle(name="t.txt", text=text, content_hash="x")


def rows(text):
    ex = extract(art(text))
    return sorted((f["exporter_iso3"], f["importer_iso3"], f["flow"], f["metric"], f["value"], f["unit"],
                   f["period_start"]) for f in ex.trade)


PARTNERS = """Statistics office release

Accra, 3 March 2025 - Exports grew last year, the office said.

Main destinations of Ghanaian exports, 2023 and 2024
(In millions of euros)

Country | 2023 | 2024 | Change (%)
Netherlands | 1,210.4 | 1,305.0 | 7.8
Switzerland | 880.0 | 792.6 | -9.9
Total | 5,400.2 | 5,611.9 | 3.9

Source: national statistics office
"""


def test_partner_rows_give_one_figure_per_cell_with_the_caption_country_as_reporter():
    assert rows(PARTNERS) == [
        ("GHA", "CHE", "exports", "change_pct", -9.9, "percent", 2024),
        ("GHA", "CHE", "exports", "value", 792_600_000, "EUR", 2024),
        ("GHA", "CHE", "exports", "value", 880_000_000, "EUR", 2023),
        ("GHA", "NLD", "exports", "change_pct", 7.8, "percent", 2024),
        ("GHA", "NLD", "exports", "value", 1_210_400_000, "EUR", 2023),
        ("GHA", "NLD", "exports", "value", 1_305_000_000, "EUR", 2024),
    ]


def test_a_table_figure_keeps_its_row_and_caption_as_its_source():
    ex = extract(art(PARTNERS))
    fact = next(f for f in ex.trade if f["importer_iso3"] == "CHE" and f["period_start"] == 2023)
    ev = fact["evidence"]
    assert ev["rule"] == "trade:table"
    assert PARTNERS[ev["start"]:ev["end"]] == "Switzerland | 880.0 | 792.6 | -9.9"
    assert "Main destinations of Ghanaian exports" in ev["sentence"] and "2023: 880.0" in ev["sentence"]


YEARS = """Kenya-Japan trade

The embassy gives the trade between Kenya and Japan as follows:

(in US$ million)
Year | Kenya exports to Japan | Kenya imports from Japan | Total trade
2022 | 61.5 | 1,020.8 | 1,082.3
2023 | 70.2 | 998.1 | 1,068.3
"""


def test_year_rows_take_each_columns_own_direction():
    assert rows(YEARS) == [
        ("JPN", "KEN", "imports", "value", 998_100_000, "USD", 2023),
        ("JPN", "KEN", "imports", "value", 1_020_800_000, "USD", 2022),
        ("JPN", "KEN", "total", "value", 1_068_300_000, "USD", 2023),
        ("JPN", "KEN", "total", "value", 1_082_300_000, "USD", 2022),
        ("KEN", "JPN", "exports", "value", 61_500_000, "USD", 2022),
        ("KEN", "JPN", "exports", "value", 70_200_000, "USD", 2023),
    ]


FLOWS = """Customs release, 14 May 2025

Peru's main trading partners, January–March 2025
(USD million, change % on the same period of 2024)

| Country | Exports | Change % | Imports | Change % |
|---|---|---|---|---|
| Chile | 410 | +2.0 | .. | .. |
| Mexico | 1 250 | -4.5 | 980 | +1.2 |
"""


def test_change_columns_follow_their_flow_and_the_comparison_year_is_no_period():
    assert rows(FLOWS) == [
        ("MEX", "PER", "imports", "change_pct", 1.2, "percent", 2025),
        ("MEX", "PER", "imports", "value", 980_000_000, "USD", 2025),
        ("PER", "CHL", "exports", "change_pct", 2.0, "percent", 2025),
        ("PER", "CHL", "exports", "value", 410_000_000, "USD", 2025),
        ("PER", "MEX", "exports", "change_pct", -4.5, "percent", 2025),
        ("PER", "MEX", "exports", "value", 1_250_000_000, "USD", 2025),
    ]


def test_a_figure_in_a_sentence_and_in_the_table_is_one_row_the_sentences():
    text = FLOWS.replace("Customs release, 14 May 2025\n",
                         "Customs release, 14 May 2025\n\nPeru's exports to Chile rose 2.0% to US$410 million in "
                         "the first quarter of 2025.\n")
    ex = extract(art(text))
    chile = [f for f in ex.trade if f["importer_iso3"] == "CHL"]
    assert len(chile) == 2
    assert all(f["evidence"]["rule"] != "trade:table" for f in chile)


def test_tables_that_do_not_say_everything_give_nothing():
    no_unit = PARTNERS.replace("(In millions of euros)\n", "")
    assert rows(no_unit) == []
    two_reporters = PARTNERS.replace("Main destinations of Ghanaian exports", "Ghana and Togo: main destinations of exports")
    assert rows(two_reporters) == []
    tonnes = PARTNERS.replace("(In millions of euros)", "(In thousand tonnes)")
    assert rows(tonnes) == []


def test_shares_balances_and_unpublished_cells_are_not_figures():
    text = """Kenya's main export markets, 2024
(KSh billion)

Country | Exports | Share (%) | Trade balance
Uganda | 120.5 | 12.1 | 60.2
Tanzania | .. | 5.0 | -10.0
"""
    assert rows(text) == [("KEN", "UGA", "exports", "value", 120_500_000_000, "KES", 2024)]


def test_a_table_says_why_it_gave_nothing():
    ex = extract(art(PARTNERS.replace("(In millions of euros)\n", "")))
    assert any("table: no currency unit" in r.why for r in ex.rejected)


def test_menus_and_contact_lines_are_no_tables():
    text = ("Home | News | Business | Contact\n"
            "Tel: +233 30 266 4951 | Fax: +233 30 266 4952\n"
            "Email: info@example.org | 12 Liberation Road | Accra\n")
    assert find_tables(text) == []


def test_a_table_stops_where_the_cells_stop_lining_up():
    text = "Country | 2024\nTogo | 12.5\nBenin | 9.0\nSource: customs | 2025 | preliminary\n"
    (table,) = find_tables(text)
    assert [r.cells for r in table.rows] == [("Togo", "12.5"), ("Benin", "9.0")]


def test_caption_reaches_the_lead_in_above_a_unit_line_only():
    text = "Earlier paragraph.\n\nTrade was as follows:\n\n(in US$ million)\nYear | Exports\n2024 | 5.0\n"
    (table,) = find_tables(text)
    assert table.caption == ("Trade was as follows:", "(in US$ million)")
    assert split_cells("| a | b |") == ("a", "b")
