from loaders.resolve.countries import find_countries


def isos(text, year=None):
    return [m.iso3 for m in find_countries(text, year)]


def test_names_demonyms_capitals_longest_first():
    assert isos("Hungarian Minister Gábor Szilágyi arrived in Astana") == ["HUN", "KAZ"]
    assert isos("Papua New Guinea and Guinea") == ["PNG", "GIN"]
    assert isos("South Africans and Nigerians") == ["ZAF", "NGA"]
    assert isos("Côte d'Ivoire and the State of Qatar") == ["CIV", "QAT"]
    assert isos("Việt Nam and Türkiye") == ["VNM", "TUR"]


def test_historic_states():
    assert isos("WEST GERMANY, TANZANIA AGREE") == ["DEU", "TZA"]
    assert isos("talks in Moscow with Russian officials", 1987) == ["SUN", "SUN"]
    assert isos("talks in Moscow with Russian officials", 2024) == ["RUS", "RUS"]
    assert isos("the Soviet Union") == ["SUN"]


def test_not_countries():
    assert isos("across the Indian Ocean") == []
    assert isos("the Trans-Afghan railway and Pan-African bank") == []
    m = find_countries("Kazakhstan's clout")[0]
    assert (m.start, m.end, m.via) == (0, 10, "name")


def test_second_cities_place_a_visit_and_no_city_is_a_country_word():
    import json
    from pathlib import Path
    from loaders.resolve.countries import find_countries
    assert [c.iso3 for c in find_countries("He arrived in Busan on Monday.", 2024)] == ["KOR"]
    assert [c.iso3 for c in find_countries("talks in Medellín and Kaohsiung", 2024)] == ["COL", "TWN"]
    lex = json.loads((Path(__file__).resolve().parent.parent / "loaders" / "lexicon" / "countries.json").read_text(encoding="utf-8"))
    words = {w.lower() for e in lex["countries"] for w in [e["name"], *e.get("aliases", []), *e.get("demonyms", [])]}
    clash = sorted({c for e in lex["countries"] for c in e.get("cities", []) if c.lower() in words and c != e["name"]})
    assert clash == [] or all(c in ("Singapore", "Djibouti", "Kuwait", "Mexico", "Panama", "Guatemala", "Luxembourg",
                                    "Monaco", "San Marino", "Vatican", "Andorra", "Bahrain", "Qatar") for c in clash), clash


def test_a_city_word_inside_another_countrys_proper_name_is_no_mention():
    assert isos("TNB said in a filing with Bursa Malaysia.") == ["MYS"]
    assert isos("The agreement was signed in Bursa on Monday.") == ["TUR"]
    assert isos("talks in Kuala Lumpur Malaysia") == ["MYS", "MYS"]


def test_a_dollar_sign_after_us_is_a_currency():
    assert isos("a grant to Ghana (US$ 12 million, 2024-2028)") == ["GHA"]
    assert isos("talks with the US on Monday") == ["USA"]


def test_accented_spellings_the_lexicon_lacks_are_found_with_their_offsets():
    text = "She recalled that the president had visited Rīga in October."
    (m,) = find_countries(text, 2024)
    assert (m.iso3, m.surface, text[m.start:m.end]) == ("LVA", "Rīga", "Rīga")


def test_an_accented_first_name_spelled_like_a_capital_is_not_the_country():
    # "Sofía" is no spelling of Bulgaria's capital: before a surname it is a first name
    assert isos("Ecuador's minister, Sofía Kaya, signed the agreement.", 2024) == ["ECU"]


def test_bih_is_bosnia_and_herzegovina():
    from loaders.resolve.countries import find_countries
    assert [c.iso3 for c in find_countries("trade between BiH and Türkiye")] == ["BIH", "TUR"]


def test_the_republic_of_congo_is_congo_brazzaville():
    from loaders.resolve.countries import find_countries
    assert [c.iso3 for c in find_countries("a working visit to the Republic of Congo", 2025)] == ["COG"]
    assert [c.iso3 for c in find_countries("the Democratic Republic of Congo", 2025)] == ["COD"]


def test_a_city_that_is_a_first_name_before_a_family_name_particle():
    from loaders.resolve.countries import find_countries
    assert find_countries("The Minister of Foreign Affairs, Adelaide da Costa Pinto, signed the agreement.", 2025) == []
    assert [c.iso3 for c in find_countries("direct flights to Adelaide from Jakarta", 2025)] == ["AUS", "IDN"]


def test_two_states_named_with_one_shared_noun():
    from loaders.resolve.countries import find_countries
    assert [c.iso3 for c in find_countries("talks between North and South Korea", 2020)] == ["PRK", "KOR"]
    assert [c.iso3 for c in find_countries("trade between West and East Germany", 1987)] == ["DEU", "DDR"]
    assert [c.iso3 for c in find_countries("the West and the Soviet Union", 1987)] == ["SUN"]
