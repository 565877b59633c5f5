from loaders.detect.agreements import detect_agreements, field_sectors
from loaders.model import ArticleContext, PartialDate, Sentence


def run(*texts, pub=PartialDate(2024, 6, 14), pair=("GHA", "TGO")):
    sents = [Sentence(i, i * 1000, i * 1000 + len(t), t) for i, t in enumerate(texts)]
    ctx = ArticleContext(name="t", published=pub, reference=pub, main_pair=pair)
    facts, rejected = detect_agreements(sents, ctx)
    return [(a["sector"], a["instrument"], a["signed_on"]) for a in facts], rejected


def test_listed_instruments_one_row_per_sector():
    rows, _ = run("Ghana and Togo on Tuesday signed an air services agreement, a memorandum of understanding "
                  "on higher education and scientific research and a protocol on customs cooperation.")
    assert sorted(rows) == sorted([("aviation", "agreement", "2024-06-11"), ("education", "mou", "2024-06-11"),
                                   ("science_technology", "mou", "2024-06-11"), ("customs", "protocol", "2024-06-11")])


def test_count_larger_than_fields_gives_general_rows():
    rows, _ = run("Ghana and Togo signed six agreements, including ones on tourism and health.")
    assert sorted(r[0] for r in rows) == ["general"] * 4 + ["health", "tourism"]


def test_count_then_fields_in_next_sentence():
    rows, _ = run("Ghana and Togo signed three agreements on Monday.", "The agreements cover mining, energy and culture.")
    assert sorted(rows) == [("culture", "agreement", "2024-06-10"), ("energy", "agreement", "2024-06-10"),
                            ("mining", "agreement", "2024-06-10")]


def test_count_filled_by_instruments_listed_after():
    rows, _ = run("The two countries signed two documents.",
                  "A memorandum of understanding on tourism was signed by the ministers, while the central banks signed an agreement on payment systems.")
    assert sorted(r[:2] for r in rows) == [("finance", "agreement"), ("tourism", "mou")]


def test_not_signed_or_not_states():
    for text in ["Ghana and Togo reached an agreement on trade.",
                 "Ghana and Togo will sign a visa waiver agreement next month.",
                 "Ghana and Togo initialled a treaty on extradition.",
                 "A Ghanaian private firm and a Togolese company signed a memorandum on cocoa processing.",
                 "Ghana and Togo signed a joint declaration on climate.",
                 "Ghana signed an agreement with the World Bank on roads."]:
        rows, rejected = run(text)
        assert rows == [], text


def test_existing_instrument_with_its_year():
    rows, _ = run("The protocol amends the 1998 double taxation agreement between Ghana and Togo.")
    assert rows == [("taxation", "agreement", "1998")]


def test_field_sectors_coordination():
    assert field_sectors("on energy, covering renewables and petroleum", single=True) == ["energy"]
    assert field_sectors("on the construction of the Accra-Lome railway", single=True) == ["transport"]
    assert field_sectors("on rescheduling 145 mln marks of commercial credits", single=True) == ["finance"]


def test_fields_given_as_among_them():
    rows, _ = run("Ghana and Togo signed seven memoranda of understanding on Monday.",
                  "Among them are MoUs on tourism, health and the fight against drug trafficking.")
    assert sorted(r[0] for r in rows) == ["defence_security", "general", "general", "general", "general", "health", "tourism"]


def test_negotiated_instrument_in_a_signing_sentence_is_skipped():
    rows, _ = run("Ghana and Togo signed a memorandum on fisheries and agreed to begin talks on a free trade agreement.")
    assert rows == [("agriculture", "mou", "2024-06")]


def test_background_had_signed_without_date():
    rows, rejected = run("Togo said Ghana had signed a similar agreement with Benin.")
    assert rows == [] and rejected


def test_running_tallies_are_not_signings():
    for text in ["The two countries have signed more than 20 agreements since 1990.",
                 "Ghana and Togo have so far signed 15 cooperation agreements, officials said."]:
        rows, rejected = run(text)
        assert rows == [] and rejected, text


def test_bulleted_instruments_after_a_colon():
    rows, _ = run("Ghana and Togo on Saturday signed the following instruments: • Agreement on cooperation in the field "
                  "of energy; • Memorandum of Understanding on fisheries and aquaculture.")
    assert sorted(rows) == [("agriculture", "mou", "2024-06-08"), ("energy", "agreement", "2024-06-08")]


def test_memorandums_plural_is_an_instrument_noun():
    rows, _ = run("The two governments inked four memorandums of understanding covering agriculture, energy, "
                  "science and technology, and customs cooperation.")
    assert sorted(rows) == sorted([("agriculture", "mou", "2024-06"), ("energy", "mou", "2024-06"),
                                   ("science_technology", "mou", "2024-06"), ("customs", "mou", "2024-06")])


def test_field_words_biofuels_working_holiday_skilled_workers_automotive_delimitation():
    assert field_sectors(" on biofuels", single=True) == ["energy"]
    assert field_sectors(" establishing a working holiday scheme for young people", single=True) == ["visa_mobility"]
    assert field_sectors(" on specified skilled workers", single=True) == ["visa_mobility"]
    assert field_sectors(" on automotive supply chains", single=True) == ["industry"]
    assert field_sectors(" on the delimitation of the maritime boundary", single=True) == ["other"]


def test_programme_inside_another_instruments_clause_is_not_an_instrument():
    rows, _ = run("Ghana and Togo on Tuesday signed an agreement establishing a working holiday programme for young "
                  "people of both countries, and a memorandum of cooperation on automotive supply chains.")
    assert sorted(rows) == [("industry", "mou", "2024-06-11"), ("visa_mobility", "agreement", "2024-06-11")]
    rows, _ = run("The two governments signed an agreement on vocational training, under which Ghanaian firms will "
                  "set up apprenticeship programmes in Kumasi.")
    assert rows == [("education", "agreement", "2024-06")]


def test_one_on_x_and_the_other_on_y_names_each_instruments_field():
    rows, _ = run("Ghana and Togo yesterday inked two memoranda of understanding, one on farming cooperatives and plant health "
                  "and the other on integrated water resources management.")
    assert sorted(rows) == [("agriculture", "mou", "2024-06-13"), ("environment", "mou", "2024-06-13")]


def test_count_then_bare_plural_with_fields_fills_the_count():
    rows, _ = run("The two leaders oversaw the signing of three memoranda of understanding on Monday.",
                  "The two governments inked memoranda on the electricity interconnection, on seasonal work permits, "
                  "and on the protection of cultural heritage.")
    assert sorted(rows) == [("culture", "mou", "2024-06-10"), ("energy", "mou", "2024-06-10"),
                            ("visa_mobility", "mou", "2024-06-10")]


def test_counted_agreements_as_well_as_a_memorandum_is_one_more_instrument():
    rows, _ = run("After talks on Tuesday, the two governments signed three agreements, on fisheries, defence "
                  "industry cooperation and extradition, as well as a memorandum of understanding on tourism.")
    assert sorted(rows) == [("agriculture", "agreement", "2024-06-11"), ("defence_security", "agreement", "2024-06-11"),
                            ("justice", "agreement", "2024-06-11"), ("tourism", "mou", "2024-06-11")]


def test_reached_or_initialled_instrument_beside_a_signed_letter_of_intent_is_no_row():
    for text in ["Ghana and Togo have also reached an accord on the registration of generic medicines, and Ghana's "
                 "Ministry of Energy has signed a letter of intent with Togo on solar parks.",
                 "Ghana, Togo initial social security pact; gold letter of intent signed",
                 "Cocoa deal signed in Accra, new air services pact initialled"]:
        rows, _ = run(text)
        assert ("health", "agreement", "2024-06") not in rows and ("labour", "agreement", "2024-06") not in rows \
            and ("aviation", "agreement", "2024-06") not in rows, text
    rows, _ = run("The two governments signed an initial agreement on gold mining.")
    assert rows == [("mining", "agreement", "2024-06")]


def test_no_agreements_were_signed():
    for text in ["No government agreements were signed between Ghana and Togo.",
                 "Ghana and Togo signed no agreements during the visit.",
                 "No agreement was signed, the two countries said."]:
        rows, _ = run(text)
        assert rows == [], text


def test_headline_restating_the_body_adds_no_rows():
    rows, _ = run("Ghana, Togo sign five pacts as president wraps up state visit",
                  "After talks on Tuesday, the two governments signed four agreements, on fisheries, defence industry "
                  "cooperation, biofuels and extradition, as well as a memorandum of understanding on tourism.")
    assert sorted(r[0] for r in rows) == ["agriculture", "defence_security", "energy", "justice", "tourism"]
    rows, _ = run("Togo, Ghana sign labour-mobility pact; debt talks stall",
                  "The two ministers on Monday signed a memorandum of cooperation on specified skilled workers.")
    assert rows == [("visa_mobility", "mou", "2024-06-10")]
    # a headline alone still reports the signing
    rows, _ = run("Ghana, Togo sign fisheries pact", "The agreement will take effect in January.")
    assert rows == [("agriculture", "agreement", "2024-06")]


def test_signed_arrangement_is_an_instrument_of_type_other():
    rows, _ = run("On Monday, Ghana's Ministry of Food and Togo's Ministry of Agriculture signed an arrangement on "
                  "phytosanitary requirements for fresh pineapples.")
    assert rows == [("agriculture", "other", "2024-06-10")]
    for text in ["The ministers signed an agreement on roads and discussed arrangements for the next summit.",
                 "Ghana and Togo agreed to explore a preferential trade arrangement."]:
        rows, _ = run(text)
        assert all(r[1] != "other" for r in rows), text


def test_agreed_on_something_else_before_a_signed_accord_keeps_it():
    rows, _ = run("Both sides agreed on the need to boost trade links in keeping with an accord signed last year "
                  "between Ghana and Togo calling for more commercial exchanges.")
    assert rows == [("trade", "agreement", "2023")]


def test_university_as_a_field_word_is_no_company():
    rows, _ = run("Following the talks, the two sides signed a memorandum of understanding between Ghana's Ministry of "
                  "Education and the Togolese Ministry of Higher Education on scholarships and university exchanges.")
    assert rows == [("education", "mou", "2024-06")]
    rows, _ = run("The University of Ghana and the University of Lome signed a memorandum on student exchanges.")
    assert rows == []


def test_reporting_clause_after_the_instrument_names_no_field():
    rows, _ = run("During the visit, the two governments signed a memorandum of understanding on youth and sports, "
                  "the commerce ministry said in a press release.")
    assert rows == [("youth_sports", "mou", "2024-06")]


def test_companies_described_by_trade_and_group():
    for text in ["On the sidelines, Ghanaian meatpacker Accra Meats and Togolese poultry group Lome Volaille signed "
                 "a memorandum of understanding to build a processing plant.",
                 "Togolese cement group Ciments du Golfe signed an agreement with Ghana on the supply of clinker."]:
        rows, _ = run(text)
        assert rows == [], text


def test_participle_after_the_instrument_introduces_its_field():
    rows, _ = run("Ghana's Ministry of Energy and Togo's Ministry of Mines signed an agreement renewing the supply of "
                  "crude oil to Togo by tanker trucks; the two central banks signed a memorandum on payment systems.")
    assert sorted(rows) == [("energy", "agreement", "2024-06"), ("finance", "mou", "2024-06")]


def test_long_between_phrase_of_ministries_before_the_field():
    rows, _ = run("The two sides signed an agreement on road transport and a memorandum of understanding between "
                  "Ghana's Ministry of Higher Education and Scientific Research and the Togolese Ministry of Education "
                  "on scholarships.")
    assert sorted(rows) == [("education", "mou", "2024-06"), ("transport", "agreement", "2024-06")]


def test_host_of_the_signing_venue_is_the_second_party_on_a_tour():
    texts = ["Chancellor Gruber returned to Vienna on Sunday from a tour of Ghana and Togo.",
             "Gruber arrived in Accra on Wednesday and was received by the president, where the two governments "
             "signed an agreement on vocational training, under which Austrian firms will help set up apprenticeships.",
             "On Friday he moved on from Ghana to Togo, where talks produced no agreement."]
    sents = [Sentence(i, i * 1000, i * 1000 + len(t), t) for i, t in enumerate(texts)]
    pub = PartialDate(2024, 6, 14)
    ctx = ArticleContext(name="t", published=pub, reference=pub, main_pair=("AUT", "TGO"))
    facts, _ = detect_agreements(sents, ctx)
    assert [(f["parties_iso3"], f["sector"]) for f in facts] == [(["AUT", "GHA"], "education")]
    # a venue in a country the article does not otherwise report on stays a venue
    texts = ["Chancellor Gruber held talks with Togo's president.",
             "In Geneva, where the two leaders signed an agreement on vocational training, Austrian officials said more would follow.",
             "Togo hopes to send apprentices to Austria."]
    sents = [Sentence(i, i * 1000, i * 1000 + len(t), t) for i, t in enumerate(texts)]
    facts, _ = detect_agreements(sents, ctx)
    assert [(f["parties_iso3"], f["sector"]) for f in facts] == [(["AUT", "TGO"], "education")]


def test_year_named_instrument_in_a_sentence_naming_only_the_pair():
    rows, _ = run("Ghana's exports to Togo rose 12 per cent in 2023, the first full year in which the tariff cuts "
                  "under the 2022 free trade agreement applied.")
    assert rows == [("trade", "agreement", "2022")]
    for text in ["Ghana's exports to Togo rose 12 per cent in 2023, helped by the 2015 Paris climate agreement.",
                 "Ghana's exports to Togo rose 12 per cent in 2023 under the 1994 Uruguay Round agreement.",
                 "Ghana's exports to Togo rose 12 per cent in 2023 under the 2019 continental free trade agreement "
                 "with Nigeria."]:
        rows, _ = run(text)
        assert rows == [], text


def test_colon_list_after_a_count_with_a_session_protocol_and_a_non_state_fourth():
    rows, _ = run("On Monday, the sides signed four documents: the protocol of the fifth session of the joint "
                  "commission, an agreement on cooperation in the field of solar energy, and a memorandum of "
                  "understanding between the Ghana Investment Promotion Centre and the Togolese Export Agency, both "
                  "state agencies, on the promotion of trade and investment.",
                  "A fourth document, a memorandum on cooperation between the Accra and Lome chambers of commerce, "
                  "was signed by their presidents.")
    assert sorted(rows) == [("energy", "agreement", "2024-06-10"), ("general", "protocol", "2024-06-10"),
                            ("investment", "mou", "2024-06-10"), ("trade", "mou", "2024-06-10")]


def test_field_words_news_pages_use_resolve_to_the_taxonomy():
    from loaders.resolve.sectors import sectors_in
    cases = {"cooperation in the peaceful uses of atomic energy": ["energy"],
             "a memorandum on judicial cooperation in civil matters": ["justice"],
             "an agreement on the mutual recognition of diplomas": ["education"],
             "a protocol on liquefied natural gas supplies": ["energy"],
             "cooperation between the two stock exchanges": ["finance"],
             "an agreement on museums and libraries": ["culture"],
             "a memorandum on waste management": ["environment"],
             "a programme on broadcasting and news exchange": ["media"],
             "a deal to open airports to more carriers": ["aviation"]}
    for text, want in cases.items():
        assert sectors_in(text) == want, text
    # broad words that describe a purpose, not a field, stay out
    assert sectors_in("rules for hiring foreign workers") == []
    assert sectors_in("the recruitment of foreign workers") == ["visa_mobility"]  # labour mobility
    assert sectors_in("limiting textile export growth") == ["trade"]


# --- documents listed one per line after the announcing sentence --------------------------
# (invented articles; each list item is a signed instrument of the announced signing)

from loaders.model import RawArticle  # noqa: E402
from loaders.pipeline import extract  # noqa: E402


def run_page(text):
    ex = extract(RawArticle(name="t.txt", text=text, content_hash="x"))
    return sorted((a["sector"], a["instrument"], a["signed_on"], "/".join(a["parties_iso3"])) for a in ex.agreements)


_PAGE_HEAD = ("THE HARBOUR TIMES\n\nKenya, Portugal sign five documents\n\nPublished: Friday, 14 June 2024\n\n"
              "NAIROBI - President Amani Wekesa and Portuguese Prime Minister Tiago Moreira Lopes held talks at "
              "State House on Tuesday, after which Kenya and Portugal signed five cooperation documents.\n\n")


def test_numbered_list_of_signed_documents():
    rows = run_page(_PAGE_HEAD +
                    "According to the presidency, the documents signed are:\n\n"
                    "1. An Agreement on cooperation in tourism;\n"
                    "2. A Memorandum of Understanding between the Ministry of Health of Kenya and the Ministry of "
                    "Health of Portugal on hospital management;\n"
                    "3. A Protocol amending the 1998 Agreement between the two countries for the Avoidance of Double Taxation;\n"
                    "4. A Memorandum of Understanding on youth and sports;\n"
                    "5. An Executive Programme of Cultural Cooperation for the years 2024-2027.\n\n"
                    "Mr Lopes later visited the port of Mombasa.\n")
    assert rows == [("culture", "other", "2024-06-11", "KEN/PRT"), ("health", "mou", "2024-06-11", "KEN/PRT"),
                    ("taxation", "agreement", "1998", "KEN/PRT"), ("taxation", "protocol", "2024-06-11", "KEN/PRT"),
                    ("tourism", "agreement", "2024-06-11", "KEN/PRT"), ("youth_sports", "mou", "2024-06-11", "KEN/PRT")]


def test_bulleted_list_fills_the_count_and_names_parties():
    rows = run_page("Published: 3 March 2025\n\n"
                    "Chile and Vietnam deepen ties\n\n"
                    "Following the talks on Monday, the presidents of Chile and Vietnam witnessed the signing of "
                    "five documents:\n\n"
                    "- Agreement between the Government of the Republic of Chile and the Government of the Socialist "
                    "Republic of Vietnam on the mutual exemption of visa requirements for holders of ordinary passports;\n"
                    "- Joint Statement on the comprehensive partnership;\n"
                    "- Memorandum of Understanding between the Central Bank of Chile and the State Bank of Vietnam on "
                    "payment systems;\n"
                    "- Memorandum of Understanding on the establishment of a joint committee;\n"
                    "- Memorandum of Understanding between the Ministry of Science, Technology and Innovation of Chile "
                    "and the Ministry of Information and Communications of Vietnam on cybersecurity;\n"
                    "- Agreement on the transfer of sentenced persons.\n\n"
                    "The visit continues on Tuesday in Valparaiso.\n")
    assert rows == [("finance", "mou", "2025-03-03", "CHL/VNM"), ("general", "mou", "2025-03-03", "CHL/VNM"),
                    ("ict", "mou", "2025-03-03", "CHL/VNM"), ("justice", "agreement", "2025-03-03", "CHL/VNM"),
                    ("visa_mobility", "agreement", "2025-03-03", "CHL/VNM")]


def test_plain_lines_after_colon_are_items_not_headings():
    rows = run_page("Published: 14 June 2024\n\nGhana, Togo sign three agreements\n\n"
                    "ACCRA - Ghana and Togo on Wednesday signed three agreements during the visit of the Togolese "
                    "president. The following agreements were signed:\n"
                    "Air Services Agreement\n"
                    "Memorandum of Understanding on Fisheries\n"
                    "Protocol on Customs Cooperation\n\n"
                    "The two presidents also discussed security in the Sahel.\n")
    assert rows == [("agriculture", "mou", "2024-06-12", "GHA/TGO"), ("aviation", "agreement", "2024-06-12", "GHA/TGO"),
                    ("customs", "protocol", "2024-06-12", "GHA/TGO")]


def test_list_shorter_than_count_leaves_general_rows():
    rows = run_page("Published: 14 June 2024\n\nGhana, Togo sign six agreements\n\n"
                    "ACCRA - Ghana and Togo signed six agreements on Wednesday, among them:\n"
                    "1) An agreement on the exploration of offshore oil fields.\n"
                    "2) An agreement on the mutual recognition of university degrees.\n\n"
                    "The presidents then addressed the press.\n")
    assert rows == [("education", "agreement", "2024-06-12", "GHA/TGO"), ("energy", "agreement", "2024-06-12", "GHA/TGO")] + \
        [("general", "agreement", "2024-06-12", "GHA/TGO")] * 4


def test_items_ending_with_full_stops_and_lettered_items():
    rows = run_page("Published: 14 June 2024\n\nGhana and Togo sign accords\n\n"
                    "At the end of the meeting on Wednesday, Ghana and Togo signed the following instruments:\n"
                    "(a) Memorandum of Understanding between the Ghana Police Service and the Togolese National Police "
                    "on border security cooperation.\n"
                    "(b) Agreement on the construction of a railway line from Aflao to Lome.\n"
                    "(c) Memorandum of Understanding between the Ministries of Health on malaria control.\n\n"
                    "Trade between the two countries remains modest.\n")
    assert rows == [("defence_security", "mou", "2024-06-12", "GHA/TGO"), ("health", "mou", "2024-06-12", "GHA/TGO"),
                    ("transport", "agreement", "2024-06-12", "GHA/TGO")]


def test_list_under_sentence_not_about_signing_gives_nothing():
    for head in ["The talks between Ghana and Togo on Wednesday covered:",
                 "Planned projects of Ghana and Togo include:",
                 "Ghana and Togo will sign the following documents next month:",
                 "Ghana and Togo are expected to sign the following:"]:
        rows = run_page("Published: 14 June 2024\n\nGhana and Togo hold talks\n\n"
                        "ACCRA - The presidents of Ghana and Togo met in Accra on Wednesday.\n\n" + head + "\n"
                        "- An agreement on air services;\n"
                        "- A memorandum of understanding on fisheries;\n"
                        "- Protocol on customs cooperation.\n\n"
                        "The two presidents also discussed security in the Sahel.\n")
        assert rows == [], head


def test_count_after_the_list_restates_it():
    rows = run_page("Published: 14 June 2024\n\nGhana and Togo sign documents\n\n"
                    "ACCRA - The presidents of Ghana and Togo held talks in Accra. The following documents were then "
                    "signed in the presence of the two presidents:\n\n"
                    "- Agreement on cooperation in the field of fisheries;\n"
                    "- Joint Declaration on regional security;\n"
                    "- Memorandum of Understanding between the Ghana Tourism Authority and the Togolese Ministry of "
                    "Tourism on joint promotion;\n"
                    "- Agreement on the avoidance of double taxation.\n\n"
                    "\"Today we have signed a joint declaration and three other documents,\" the Ghanaian president said.\n")
    assert rows == [("agriculture", "agreement", "2024-06-14", "GHA/TGO"), ("taxation", "agreement", "2024-06-14", "GHA/TGO"),
                    ("tourism", "mou", "2024-06-14", "GHA/TGO")]


def test_bulleted_sentences_are_not_listed_instruments():
    rows = run_page("Published: 14 June 2024\n\nGhana and Togo sign pacts\n\n"
                    "ACCRA - Ghana and Togo signed four agreements on Wednesday, on energy, mining, health and trade.\n\n"
                    "\"Now that we have signed the agreement on energy, our engineers must meet often,\" the minister said.\n\n"
                    "- The four agreements signed on Wednesday have set a foundation for cooperation in many fields.\n"
                    "- Ghana is eager to increase trade and investment with its neighbour.\n")
    assert rows == [("energy", "agreement", "2024-06-12", "GHA/TGO"), ("health", "agreement", "2024-06-12", "GHA/TGO"),
                    ("mining", "agreement", "2024-06-12", "GHA/TGO"), ("trade", "agreement", "2024-06-12", "GHA/TGO")]


def test_an_instruments_age_does_not_hide_its_determiner():
    # "their 20-year-old treaty" is the existing one the protocol updates, not a new instrument
    rows, _ = run("Ghana and Togo on Tuesday signed seven documents, among them a protocol to update their "
                  "20-year-old double taxation treaty.")
    assert ("taxation", "protocol", "2024-06-11") in rows
    assert not [r for r in rows if r[1] == "treaty"]


def test_listed_document_with_a_bloc_or_companies_uses_its_place_without_a_row():
    rows = run_page("Published: 14 June 2024\n\nGhana, Togo talks\n\n"
                    "ACCRA - Ghana and Togo signed three documents on Wednesday:\n"
                    "- Agreement on road transport;\n"
                    "- Memorandum of Understanding between Ghana, Togo and the African Union on migration;\n"
                    "- Memorandum of Understanding between Volta Cement Ltd and Lome Builders Inc on a cement plant.\n")
    assert rows == [("transport", "agreement", "2024-06-12", "GHA/TGO")]


def test_passive_signing_followed_by_the_fields():
    visit = "Ghanaian President Kofi Asante arrived in Lome on Monday for a two-day state visit to Togo."
    rows, _ = run(visit, "Agreements were signed on air services, maritime transport and energy.")
    assert sorted(r[0] for r in rows) == ["aviation", "energy", "transport"]
    # a day, a place or an occasion after "signed on/in" is no field
    for text in ("The agreements were signed on Tuesday in Lome.",
                 "Agreements were signed in the presence of the two presidents."):
        rows, _ = run(visit, text)
        assert all(r[0] == "general" for r in rows), text


def test_a_count_with_as_many_fields_gives_one_instrument_per_field_even_in_one_sector():
    rows, _ = run("Ghana and Togo signed three memoranda of understanding on fisheries, livestock development and port "
                  "management, at the end of the joint commission held in Accra this week.")
    assert sorted(r[0] for r in rows) == ["agriculture", "agriculture", "transport"]
    # a serial comma keeps "science and technology" one field
    rows, _ = run("Ghana and Togo signed four memorandums covering agriculture, energy, science and technology, and customs.")
    assert sorted(r[0] for r in rows) == ["agriculture", "customs", "energy", "science_technology"]


def test_a_newspaper_lead_in_capitals_names_its_country_and_picture_captions_are_chrome():
    from loaders.clean import clean
    from loaders.resolve.countries import find_countries
    assert [c.iso3 for c in find_countries("PAPUA New Guinea and Australia signed a policing agreement.", 2024)] == ["PNG", "AUS"]
    segs = clean("Headline about two states\n\nPICTURE: The ministers exchange the signed agreement. Picture by A. B.\n\nBody.\n")
    assert [s.kind for s in segs][1] == "chrome"


def test_listed_documents_confirmed_signed_by_the_next_sentence():
    head = ("Following the talks, the two presidents witnessed the exchange of three documents, namely: "
            "1. Memorandum of Understanding on Cooperation in Fisheries; 2. Agreement on Visa Exemption for Holders "
            "of Diplomatic Passports; 3. Letter of Intent on a Joint Working Group on Trade.")
    rows, _ = run(head, "All documents were signed by the relevant ministers on Tuesday.")
    assert sorted(rows) == [("agriculture", "mou", "2024-06-11"), ("visa_mobility", "agreement", "2024-06-11")]
    # an exchange alone, or a next sentence about something else, says nothing was signed
    rows, _ = run(head)
    assert rows == []
    rows, _ = run(head, "All documents will be signed by the ministers next month.")
    assert rows == []


def test_a_document_named_in_apposition_is_one_instrument():
    rows, _ = run("Ghana and Togo on Tuesday signed an agreement on judicial cooperation.",
                  "A second document, a memorandum on animal health, was signed on the same occasion by the two "
                  "agriculture ministries.")
    assert sorted(rows) == [("agriculture", "mou", "2024-06-11"), ("justice", "agreement", "2024-06-11")]


def test_counted_instruments_described_one_by_one_with_ordinals():
    rows, _ = run("Ghana and Togo on Tuesday signed two memoranda of understanding.",
                  "The first, between the two cocoa boards, covers cocoa cultivation and support for smallholder growers.",
                  "The second provides for the mutual recognition of certificates issued to seafarers by the maritime authorities.")
    assert sorted(rows) == [("agriculture", "mou", "2024-06-11"), ("transport", "mou", "2024-06-11")]
    # without the ordinals' fields the count stays general
    rows, _ = run("Ghana and Togo on Tuesday signed two memoranda of understanding.",
                  "The first was welcomed by both delegations.")
    assert sorted(rows) == [("general", "mou", "2024-06-11")] * 2


def test_a_year_named_boundary_agreement_is_other():
    rows, _ = run("The leaders praised the 2020 agreement delimiting the two countries' exclusive economic zones.")
    assert rows == [("other", "agreement", "2020")]


def test_talks_that_frame_a_signing_do_not_make_it_planned():
    rows, _ = run("Following the talks at the presidential palace, a Ghana-Togo agreement on cooperation in the field of energy was "
                  "signed on Tuesday.")
    assert rows == [("energy", "agreement", "2024-06-11")]
    rows, _ = run("The talks on an agreement on cooperation in the field of energy, to be signed next year, went well.")
    assert rows == []


def test_a_signing_body_named_for_its_fields_gives_no_field():
    rows, _ = run("The documents signed by Ghana and Togo on Tuesday were: - an agreement on air services; - a memorandum "
                  "of understanding between the Ghana Investment Office and the Commission for the Promotion of Togo for "
                  "Export and Tourism on investment promotion.")
    assert sorted(rows) == [("aviation", "agreement", "2024-06-11"), ("investment", "mou", "2024-06-11")]


def test_a_signing_after_the_talks_takes_the_day_of_the_meeting_before():
    rows, _ = run("Foreign Minister Kofi Mensah today received his Togolese counterpart at the ministry in Accra.",
                  "Following the session of talks, the two ministers signed a memorandum of understanding on tourism.")
    assert rows == [("tourism", "mou", "2024-06-14")]
    rows, _ = run("Togolese President Yao Agbeko was received at the Jubilee House on Wednesday, on the second day of a "
                  "three-day state visit to Ghana that began on Tuesday.",
                  "After talks with Ghanaian President Kofi Asante, the two heads of state witnessed the signing of an "
                  "agreement on defence cooperation.")
    assert rows == [("defence_security", "agreement", "2024-06-12")]


def test_two_counted_sets_in_one_sentence_and_their_fields_told_after():
    rows, _ = run("Ghana and Togo on Tuesday signed one agreement and three memoranda of understanding.",
                  "The agreement allows Togolese traders to use the port of Tema at the same tariffs as Ghanaian importers.",
                  "The MoUs cover cooperation in the power sector, including hydropower; agriculture and fisheries; and a "
                  "cultural exchange programme.")
    assert sorted(rows) == [("agriculture", "mou", "2024-06-11"), ("culture", "mou", "2024-06-11"),
                            ("energy", "mou", "2024-06-11"), ("transport", "agreement", "2024-06-11")]
    # one count shared by two nouns stays one set
    rows, _ = run("Ghana and Togo on Tuesday signed five agreements and memoranda of understanding.")
    assert len(rows) == 5


def test_signing_after_high_level_talks_takes_their_day():
    rows, _ = run("The presidents held talks in narrow and extended formats in Accra on 11 June 2024.",
                  "Following the high-level talks, an agreement on international road transport was signed by Ghana and Togo.")
    assert rows == [("transport", "agreement", "2024-06-11")]


def test_the_other_memoranda_restating_fields_already_counted():
    rows, _ = run("Ghana and Togo on Tuesday signed four memoranda of understanding covering fisheries, critical minerals, "
                  "higher education and tourism.",
                  "The fisheries memorandum covers aquaculture and fish processing.",
                  "The other two memoranda deal with scholarships and student exchanges between universities, and with "
                  "the promotion of tourism between the two countries.")
    assert sorted(rows) == [("agriculture", "mou", "2024-06-11"), ("education", "mou", "2024-06-11"),
                            ("mining", "mou", "2024-06-11"), ("tourism", "mou", "2024-06-11")]


def test_an_agreement_of_a_bloc_is_not_the_pairs():
    rows, _ = run("Traders want the two governments to address barriers under the CARICOM-Togo Free Trade Agreement, "
                  "signed in 1998, which Ghana also applies.")
    assert rows == []


def test_trade_as_what_an_agreement_allows_is_no_field():
    rows, _ = run("Ghana's national utility and the state-owned Electricity Authority of Togo on Friday signed a power "
                  "exchange agreement.",
                  "The agreement, signed in Accra in the presence of Energy Ministry officials, will allow the two "
                  "utilities to trade renewable electricity, the utility said.", pair=("GHA", "TGO"))
    assert [r[0] for r in rows] == ["energy"]
    assert field_sectors("an agreement to trade facilitation", single=True) == ["trade"]


def test_a_pair_of_memoranda_told_one_and_another_between_dashes():
    rows, _ = run("Ghana and Togo on Tuesday signed two memoranda of understanding.",
                  "The two memoranda – one on cooperation in fisheries and marine resources, and another on the mutual "
                  "recognition of certificates of competency for seafarers – were signed on Wednesday in Accra.")
    assert sorted(r[0] for r in rows) == ["agriculture", "transport"]


def test_two_memoranda_after_a_colon_and_a_field_that_names_an_office():
    rows, _ = run("Ghana and Togo on Tuesday signed two memoranda of understanding: one on agricultural production and food "
                  "security, under which farmers will be allocated land, and another on the supply of natural gas.")
    assert sorted(r[0] for r in rows) == ["agriculture", "energy"]
    rows, _ = run("Ghana and Togo on Tuesday signed a Memorandum of Understanding on the Establishment of a Mechanism for "
                  "Foreign Office Consultations.")
    assert [r[0] for r in rows] == ["political_consultations"]


def test_an_existing_pact_named_with_its_month_and_year():
    rows, _ = run("Ghana imposed tariffs over Togo's failure to honour a July 2023 agreement to stop dumping cement in "
                  "Ghanaian markets.")
    assert rows == [("trade", "agreement", "2023-07")]
    rows, _ = run("Ghana raised tariffs to penalize Togo for breaking a 2022 pact governing trade in cement.")
    assert rows == [("trade", "agreement", "2022")]
    # beside a year-named instrument, an unsigned one is no fact
    rows, _ = run("The status mirrors a similar accord for Ghana and Togo under a 1984 agreement on their border.")
    assert [r[2] for r in rows] == ["1984"]


def test_the_agreement_described_next_gets_its_field():
    rows, _ = run("During the visit the two governments signed a Status of Forces Agreement on Tuesday.",
                  "The agreement sets the legal framework for Defence Force personnel taking part in military exercises.")
    assert rows == [("defence_security", "agreement", "2024-06-11")]


def test_a_titled_instrument_signed_by_its_full_name():
    rows, _ = run("At the conclusion of the talks, Ghana and Togo concluded and signed the Agreement for the Avoidance of "
                  "Double Taxation and the Prevention of Fiscal Evasion, which had been under negotiation since 2018.")
    assert rows == [("taxation", "agreement", "2024-06")]


def test_among_them_a_list_and_the_other_memoranda_by_field():
    rows, _ = run("At the end of the meeting on Tuesday, seven documents were signed by Ghanaian and Togolese ministers.",
                  "Among them are an additional protocol extending by five years the Agreement on cooperation between the "
                  "border police authorities signed in 2010, a memorandum on the interconnection of the two electricity "
                  "networks, and an agreement on the recognition of work experience for social security purposes.",
                  "Three other memoranda deal with health, public administration reform and the digitalisation of public "
                  "services.")
    now = sorted(r[0] for r in rows if r[2] == "2024-06-11")
    # seven counted, six told: the seventh stays general
    assert now == ["defence_security", "energy", "general", "health", "ict", "labour", "public_service"]
    assert not [r for r in rows if r[2] == "2010" and r[1] != "agreement"]


def test_eight_signed_agreements_is_a_count():
    rows, _ = run("The Togolese President wrapped up a visit to Ghana on Tuesday, leaving behind three signed agreements.")
    # Tuesday ended the visit; the agreements were signed during it, on a day the sentence does not fix
    assert rows == [("general", "agreement", "2024-06")] * 3


def test_a_headline_does_not_hide_the_body_signing_it_announces():
    rows, _ = run("Ghana and Togo sign Protocol amending 1992 tax agreement",
                  "On 11 June, the two ministers signed the Protocol amending the Agreement between the Government of Ghana "
                  "and the Government of Togo for the Avoidance of Double Taxation.")
    assert ("taxation", "protocol", "2024-06-11") in rows
    assert not [r for r in rows if r[1] == "protocol" and r[2] == "1992"]


def test_documents_listed_as_a_table_with_numbered_rows():
    page = (_PAGE_HEAD.replace("signed five cooperation documents", "held talks") +
            "After the meeting, the two leaders witnessed the exchange of the following documents, signed by the "
            "representatives of both sides:\n\nDocument | Signed by\n"
            "1. Memorandum of Understanding on Cooperation in the Field of Digital Economy | Minister of ICT (Kenya) / "
            "Minister of Digital Affairs (Portugal)\n"
            "2. Memorandum of Understanding on Local Currency Settlement | Governor, Central Bank of Kenya / Governor, "
            "Bank of Portugal\n\nThe leaders also discussed trade.\n")
    rows = run_page(page)
    assert [(r[0], r[1]) for r in rows] == [("finance", "mou"), ("ict", "mou")]


VISIT_LEDE = "Ghanaian President Kofi Asante arrived in Lome on Monday for a two-day state visit to Togo."


def test_a_total_signed_during_a_visit_is_a_signing_and_a_perfect_total_is_a_tally():
    rows, _ = run(VISIT_LEDE, "A total of seven agreements were signed, covering areas such as health, education and agriculture.")
    assert sorted(r[0] for r in rows) == ["agriculture", "education"] + ["general"] * 4 + ["health"]
    for text in ("A total of 45 agreements have been signed between the two countries.",
                 "Altogether the two countries have signed 30 agreements."):
        rows, rejected = run(VISIT_LEDE, text)
        assert rows == [] and any("tally" in r.why for r in rejected), text


def test_an_exchange_programme_ends_a_list_and_a_deal_inked_by_two_states():
    rows, _ = run(VISIT_LEDE, "The two countries signed an agreement on visa exemption, a memorandum of understanding "
                              "on tourism and a cultural exchange programme.")
    assert sorted(r[:2] for r in rows) == [("culture", "other"), ("tourism", "mou"), ("visa_mobility", "agreement")]
    rows, _ = run("Ghana and Togo inked a deal on visa exemption for holders of diplomatic and service passports.")
    assert [r[0] for r in rows] == ["visa_mobility"]
    # a deal reached, not signed, stays out
    assert run("Ghana and Togo reached a deal on visa exemption.")[0] == []


def test_a_trade_missions_commercial_deals_are_not_state_instruments():
    rows, rejected = run(VISIT_LEDE, "Ghanaian participants signed 14 commercial agreements and memoranda with Togolese "
                                     "partners, with an estimated value of more than $190 million.")
    assert rows == [] and any("compan" in r.why for r in rejected)
    rows, rejected = run(VISIT_LEDE, "Ghana Railway and Togo Railway signed a protocol on cargo tariffs for 2026.")
    assert rows == []


def test_a_signing_during_an_event_dated_before_it_takes_that_month():
    rows, _ = run("President Kofi Asante of Ghana paid a state visit to Lome on 12 July 2023, during which the two "
                  "countries signed a memorandum on infrastructure and urban development.")
    assert rows == [("infrastructure", "mou", "2023-07")]
    rows, _ = run("The joint commission of Ghana and Togo last met in Lome in July 2023, during which the two countries "
                  "signed a memorandum on infrastructure.")
    assert rows == [("infrastructure", "mou", "2023-07")]


def test_an_existing_memorandum_named_with_its_year():
    rows, _ = run("The negotiations build on the 2017 Memorandum of Understanding on energy cooperation between Ghana and Togo.")
    assert rows == [("energy", "mou", "2017")]


def test_the_unmarked_tail_of_a_signed_list_is_one_more_item():
    rows = run_page("Kenya, Portugal sign documents\n\nPublished: Friday, 14 June 2024\n\n"
                    "NAIROBI - President Amani Wekesa held talks with Portuguese Prime Minister Tiago Moreira Lopes "
                    "at State House on Tuesday.\n\nThe following documents were signed by Kenya and Portugal:\n\n"
                    "- Agreement on air services between the two governments;\n"
                    "- Memorandum of understanding on cooperation in the field of renewable energy;\n\n"
                    "as well as two further memoranda of understanding between relevant agencies.\n\n"
                    "The ministers also discussed regional security.\n")
    assert sorted((r[0], r[1]) for r in rows) == [("aviation", "agreement"), ("energy", "mou"),
                                                   ("general", "mou"), ("general", "mou")]


def test_a_list_numbered_in_roman_numerals_one_item_a_line():
    rows = run_page("Ghana and Togo sign documents\n\nPublished: Friday, 14 June 2024\n\n"
                    "Following the talks, the two Governments signed the following instruments:\n\n"
                    "i. Agreement for the Avoidance of Double Taxation;\n\n"
                    "ii. Memorandum of Understanding on Cooperation in Fisheries;\n\n"
                    "iii. Agreement on Cooperation in Vocational Education and Training and Youth Development.\n\n"
                    "The leaders also discussed Ghana and Togo's regional security.\n")
    assert sorted((r[0], r[1]) for r in rows) == [("agriculture", "mou"), ("education", "agreement"),
                                                   ("taxation", "agreement"), ("youth_sports", "agreement")]


def test_fields_after_signed_and_exchanged_on_a_weekday():
    rows, _ = run(VISIT_LEDE, "Four memoranda of understanding were signed and exchanged on Tuesday in the fields of "
                              "fisheries, youth and sports, tourism and political consultations.")
    assert sorted(r[0] for r in rows) == ["agriculture", "political_consultations", "tourism", "youth_sports"]


def test_the_counted_agreements_by_field_in_the_next_sentence():
    rows, _ = run("The presidents of Ghana and Togo headed the fifth binational cabinet on June 12, 2024 in Lome, "
                  "where their ministers signed six cooperation agreements.",
                  "Among the agreements signed by the ministers are those on integrated border control at Aflao, "
                  "on cross-border health care, and on tourism promotion around Lake Volta.")
    assert sorted(r[0] for r in rows) == ["customs", "general", "general", "general", "health", "tourism"]


def test_titled_instruments_coordinated_before_one_plural_passive_are_each_signed():
    rows, _ = run(VISIT_LEDE, "On that occasion, the Agreement on Cooperation in the Field of Tourism, the Memorandum of "
                              "Understanding on Cooperation in the Field of Youth and Sports and the Programme of Cultural "
                              "Cooperation for the period 2025-2028 were signed.")
    assert sorted(r[:2] for r in rows) == [("culture", "other"), ("tourism", "agreement"), ("youth_sports", "mou")]


def test_a_protocol_on_consultations_between_foreign_ministries():
    rows, _ = run(VISIT_LEDE, "The two ministers also signed a Protocol on Consultations between the Ministry of Foreign "
                              "Affairs of Ghana and the Ministry of Foreign Affairs and Regional Integration of Togo.")
    assert rows == [("political_consultations", "protocol", "2024-06")]


def test_a_count_previewed_itemised_and_its_rest_and_a_separate_signing():
    rows, _ = run("Ghana and Togo signed eight government-level agreements and memorandums of understanding on Tuesday, "
                  "including a pact on critical minerals supply chains.",
                  "Among them were an MOU on critical minerals supply chain cooperation; an agreement on e-government "
                  "cooperation; an MOU on health and medical cooperation; and a new agreement on the promotion and "
                  "protection of investments.",
                  "The remaining four were MOUs on space research, higher education, customs cooperation and cultural heritage.",
                  "On the same day, the Export-Import Bank of Ghana and Togo's Ministry of Economy and Finance signed "
                  "a framework agreement on concessional loans.")
    assert sorted(r[0] for r in rows) == ["culture", "customs", "education", "finance", "health", "ict", "investment",
                                          "mining", "science_technology"]


def test_an_instrument_creating_something_names_its_field_after_the_bodies():
    rows, _ = run(VISIT_LEDE, "The immigration service of Ghana and Togo's Ministry of the Interior signed an inter-institutional "
                              "agreement creating a binational border mobility card for residents of border provinces.")
    assert [r[0] for r in rows] == ["visa_mobility"]


def test_the_rest_of_a_count_told_as_company_deals_gives_no_rows():
    rows, _ = run(VISIT_LEDE, "Following the talks, eleven documents were signed. Four of them are intergovernmental: an agreement on "
                  "the avoidance of double taxation, an agreement on investment protection, a memorandum on renewable "
                  "energy and a memorandum on youth and sports.",
                  "The remaining seven are commercial agreements worth about $1.4 billion concluded between Ghanaian "
                  "and Togolese companies.")
    assert sorted(r[0] for r in rows) == ["energy", "investment", "taxation", "youth_sports"]


def test_memoranda_also_signed_covering_fields_after_an_acronym():
    rows, _ = run("Ghana and Togo today signed an agreement on visa exemption for diplomatic passports.",
                  "Four memoranda of understanding (MoUs) were also signed, covering cooperation in the fields of "
                  "fisheries, vocational training, youth, and labour and employment.")
    assert sorted(r[0] for r in rows) == ["agriculture", "education", "labour", "visa_mobility", "youth_sports"]


def test_countries_joined_by_hyphens_name_a_project_not_parties():
    rows, _ = run("President Kofi Asante on Thursday welcomed his Togolese counterpart to Accra, where the two leaders "
                  "held talks before presiding over the signing of two bilateral agreements.",
                  "The agreements signed on Thursday cover the supply of electricity through the Cote d'Ivoire-Ghana-"
                  "Togo-Benin interconnection line, and public health.")
    assert sorted(rows) == [("energy", "agreement", "2024-06-13"), ("health", "agreement", "2024-06-13")]


def test_agreements_on_one_field_after_another():
    rows, _ = run(VISIT_LEDE, "After the talks, five agreements were signed, including agreements on the "
                              "transfer of sentenced persons, on cooperation in tourism, on cooperation between the state "
                              "television and radio broadcasters and on cooperation in standardisation.")
    assert sorted(r[0] for r in rows) == ["general", "justice", "media", "other", "tourism"]


def test_a_tally_too_large_for_one_signing_and_a_road_built_under_an_agreement():
    rows, rejected = run("More than 100 agreements, protocols and memoranda have been signed between Ghana and Togo since 2010.")
    assert rows == [] and any("tally" in r.why for r in rejected)
    rows, _ = run("Ghana and Togo signed an agreement on the construction and maintenance of a new road between Ho and Kpalime.")
    assert [r[0] for r in rows] == ["transport"]
    rows, _ = run("Ghana and Togo signed an agreement under which Ghanaian companies will reconstruct the roads between Ho and Kpalime.")
    assert [r[0] for r in rows] == ["transport"]


def test_an_agencys_signing_with_another_state_body_in_the_storys_pair():
    rows, _ = run("On Monday, the heads of the National Revenue Authority and the Customs Service of Togo signed a "
                  "protocol on joint customs control at the border crossing.")
    assert [r[:2] for r in rows] == [("customs", "protocol")]
    rows, _ = run("On Monday, the World Customs Organization and the Customs Service of Togo signed a protocol on training.")
    assert rows == []


def test_what_companies_will_do_under_an_instrument_does_not_make_them_its_signers():
    rows, _ = run(VISIT_LEDE, "During the visit, the Ghanaian ambassador and Togo's vocational education commission signed "
                              "a memorandum of understanding on dual vocational training, under which Ghanaian companies "
                              "will offer apprenticeships to Togolese students.")
    assert [r[0] for r in rows] == ["education"]


def test_a_private_meeting_is_no_private_company():
    rows = run_page("Ghana, Togo sign instruments\n\nPublished: Friday, 14 June 2024\n\n"
                    "After a private meeting, the two heads of state of Ghana and Togo witnessed the signing of the "
                    "following instruments:\n\n"
                    "1) An agreement on mutual administrative assistance in customs matters;\n\n"
                    "2) A memorandum of understanding on cooperation in higher education.\n\n"
                    "The leaders then met the press.\n")
    assert sorted((r[0], r[1]) for r in rows) == [("customs", "agreement"), ("education", "mou")]


def test_ministries_named_after_fields_name_no_field_of_the_instrument():
    rows, _ = run(VISIT_LEDE, "\"Memorandum of Understanding between the Ministry of Energy of the Republic of Ghana and "
                              "the Ministry of Mining and Energy of the Republic of Togo on cooperation in the field of "
                              "renewable energy\" was signed.")
    assert rows == [("energy", "mou", "2024-06")]


def test_the_date_of_an_amended_agreement_is_not_the_protocols():
    rows, _ = run(VISIT_LEDE, "Ghana and Togo signed a Protocol on amendments to the Agreement on air communication "
                              "signed on 13 March 2013.")
    assert sorted(rows) == [("aviation", "agreement", "2013-03-13"), ("aviation", "protocol", "2024-06")]


def test_tallies_told_as_a_number_or_since_relations_began():
    for text in ("Ghana and Togo have signed more than 150 bilateral agreements since establishing diplomatic relations in 1974.",
                 "The signing brings to 14 the number of agreements and memoranda concluded between Ghana and Togo "
                 "since the establishment of diplomatic relations in 1993."):
        rows, rejected = run(text)
        assert rows == [] and any("tally" in r.why for r in rejected), text


def test_two_other_accords_itemised_in_the_sentences_after():
    rows, _ = run("Ghana and Togo on Wednesday signed an agreement on defence cooperation, along with two other accords.",
                  "Meanwhile, the labour ministers signed a memorandum of understanding on the recruitment of migrant workers.",
                  "The finance ministers signed a protocol amending the 1992 agreement on the avoidance of double taxation.")
    assert sorted(r[:2] for r in rows) == [("defence_security", "agreement"), ("taxation", "agreement"),
                                           ("taxation", "protocol"), ("visa_mobility", "mou")]


def test_a_numbered_paragraph_after_a_list_is_not_its_last_item():
    rows = run_page("Ghana, Togo sign documents\n\nPublished: Friday, 14 June 2024\n\n"
                    "3. In the presence of the ministers of Ghana and Togo, the following documents were signed on "
                    "12 June 2024:\n\n"
                    "i. Programme of Cooperation between the Ministries of Culture in the fields of culture and arts;\n\n"
                    "ii. Memorandum of Understanding between the state broadcasters on cooperation in broadcasting.\n\n"
                    "4. A Letter of Intent between a Ghanaian company and a Togolese park was also exchanged.\n")
    assert sorted((r[0], r[1]) for r in rows) == [("culture", "other"), ("media", "mou")]


def test_a_non_profit_academy_is_no_state_signer():
    rows, rejected = run(VISIT_LEDE, "The non-profit e-Governance Academy also signed an agreement with Togo's "
                                     "Information Society Authority on a three-year digital identity project.")
    assert rows == []


def test_the_financing_and_construction_of_a_bridge_is_about_the_bridge():
    rows, _ = run("Ghana and Togo signed a memorandum of understanding on the design, financing and construction of "
                  "a bridge across the Volta.")
    assert [r[0] for r in rows] == ["transport"]


def test_a_signing_during_a_past_visit_told_just_before_takes_its_month():
    rows, _ = run("The issue was raised when Ghanaian President Kofi Asante visited Lome in October, the first visit by "
                  "a Ghanaian head of state in 12 years.",
                  "During the visit, the two sides signed a memorandum of understanding on cooperation in youth and sports.")
    assert rows == [("youth_sports", "mou", "2023-10")]


def test_programmes_in_what_an_instrument_will_do_are_no_instruments():
    rows, _ = run("Ghana and Togo also signed a memorandum of understanding on sport, under which Ghana will support "
                  "football and netball development programmes in the provinces.")
    assert rows == [("youth_sports", "mou", "2024-06")]


def test_a_full_title_signed_by_named_ministers_is_a_first_mention():
    rows, _ = run("Following the meetings, documents were signed between Ghana and Togo.",
                  "The Memorandum of Understanding between the Ministry of Energy of the Republic of Ghana and the "
                  "Ministry of Economy of the Republic of Togo on cooperation in the field of energy was signed by "
                  "Minister of Energy Kofi Mensah and Minister of Economy Ama Boateng.",
                  "The Protocol on consultations between the Ministry of Foreign Affairs of the Republic of Ghana and the "
                  "Ministry of Foreign Affairs of the Republic of Togo was signed by the foreign ministers.")
    assert sorted(r[:2] for r in rows) == [("energy", "mou"), ("political_consultations", "protocol")]
    # a definite instrument signed by someone, with no title of its own, refers back
    rows, _ = run("Ghana and Togo signed an agreement on tourism on Monday.", "The agreement was signed by the two ministers.")
    assert rows == [("tourism", "agreement", "2024-06-10")]


def test_a_programme_for_a_year_is_its_term_not_its_signing():
    rows, _ = run(VISIT_LEDE, "Also signed were an agreement on cooperation in education and human resource training "
                              "for 2025 and an agreement on road transport facilitation.", pub=PartialDate(2025, 1, 9))
    assert sorted(rows) == [("education", "agreement", "2025-01"), ("transport", "agreement", "2025-01")]


def test_the_fields_of_a_counted_set_with_a_qualifier_between_them():
    rows, _ = run("Ghana and Togo on Wednesday signed six cooperation documents after the presidents held talks in Accra.",
                  "The agreements cover visa exemption for holders of diplomatic and service passports and the avoidance "
                  "of double taxation, while two of the memoranda concern fisheries and aquaculture, and mining.")
    assert sorted(r[0] for r in rows) == ["agriculture", "general", "general", "mining", "taxation", "visa_mobility"]



def test_signed_in_may_is_a_signing_not_a_maybe():
    rows, _ = run("Ghana and Togo in May signed an agreement on tourism.")
    assert rows == [("tourism", "agreement", "2024-05")]
    rows, _ = run("Ghana and Togo may sign an agreement on tourism.")
    assert rows == []


def test_part_of_a_count_by_field_and_the_other_part_itemised():
    rows, _ = run("Following the talks, five agreements were signed in the presence of the two presidents.",
                  "Three of them, signed by the foreign ministers, cover air services; the waiver of visa requirements "
                  "for ordinary passports; and cooperation in information technology and innovation.",
                  "The other two are a memorandum of understanding on investment promotion between the two investment "
                  "agencies, and a memorandum of understanding on tax cooperation between the revenue authorities.")
    assert sorted(rows) == sorted([
        ("aviation", "agreement", "2024-06"), ("visa_mobility", "agreement", "2024-06"),
        ("ict", "agreement", "2024-06"), ("science_technology", "agreement", "2024-06"),
        ("investment", "mou", "2024-06"), ("taxation", "mou", "2024-06")])


def test_the_date_of_an_amended_agreement_dates_only_that_agreement():
    rows, _ = run("Four cooperation documents were signed today between Ghana and Togo.",
                  "An agreement on the avoidance of double taxation was signed by the finance ministers.",
                  "A memorandum of understanding on fisheries, an executive programme for cultural cooperation for the "
                  "years 2025-2027, and a protocol amending the air services agreement signed between the two countries "
                  "in 2014 were also signed.")
    assert sorted(rows) == sorted([
        ("taxation", "agreement", "2024-06-14"), ("agriculture", "mou", "2024-06-14"),
        ("culture", "other", "2024-06-14"), ("aviation", "protocol", "2024-06-14"), ("aviation", "agreement", "2014")])


def test_the_unnamed_rest_of_a_count_beside_itemised_documents():
    # six documents: a declaration (no instrument, but one of the six), two named instruments, one
    # memorandum whose field only its signers tell, and two documents not described at all
    rows, _ = run("The two presidents of Ghana and Togo held talks in Accra.",
                  "A total of six documents were signed by the two countries after the talks.",
                  "Among them were the Declaration on Strategic Partnership, signed by the two presidents, an Agreement "
                  "on international road transport, a Memorandum of Understanding between the State Customs Committee of "
                  "Ghana and the State Customs Service of Togo on the exchange of information on goods, and a Memorandum "
                  "of Understanding on cooperation in the field of health.")
    assert sorted(r[:2] for r in rows) == sorted([
        ("transport", "agreement"), ("customs", "mou"), ("health", "mou"), ("general", "other"), ("general", "other")])


def test_a_count_itemised_as_one_on_each_field():
    rows, _ = run("Ghana and Togo signed three memoranda of understanding: one on energy cooperation, including a "
                  "power cable; one on labour migration and vocational training, under which Ghana will train workers; "
                  "and one on health cooperation.")
    assert sorted(r[:2] for r in rows) == sorted([("energy", "mou"), ("visa_mobility", "mou"), ("education", "mou"),
                                                   ("health", "mou")])


def test_a_listed_memorandum_takes_the_field_its_signing_authority_is_named_for():
    rows, _ = run("The following documents were signed yesterday by Ghana and Togo:\n"
                  "• Memorandum of understanding on cooperation in the field of youth and sports;\n"
                  "• Memorandum of understanding between the Development Agency of Ghana and the General Authority "
                  "for Investment and Free Zones of Togo.")
    assert sorted(r[0] for r in rows) == ["investment", "youth_sports"]


def test_a_protocol_amending_an_agreement_of_a_year_is_signed_now():
    rows, _ = run("Ghana and Togo on Tuesday signed an agreement on road transport.",
                  "A Protocol amending the Agreement on Tourism Cooperation of 2008 was also signed.")
    assert ("tourism", "protocol", "2024-06-11") in rows and ("tourism", "agreement", "2008") in rows


def test_a_protocol_amending_their_dated_agreement():
    rows, _ = run("Ghana and Togo yesterday signed an air services agreement and a protocol amending their 2016 "
                  "agreement for the avoidance of double taxation.")
    assert sorted(rows) == sorted([("aviation", "agreement", "2024-06-13"), ("taxation", "protocol", "2024-06-13"),
                                   ("taxation", "agreement", "2016")])


def test_a_blocs_meeting_where_the_two_signed_is_no_party():
    rows, _ = run("Ghanaian President Kofi Mensah, who was in Lome for the ECOWAS Heads of State summit, held talks with "
                  "President Ama Boateng of Togo on Wednesday, after which the two governments signed a memorandum of "
                  "understanding on cross-border transport.")
    assert rows == [("transport", "mou", "2024-06-12")]
    rows, _ = run("Ghana and Togo signed a memorandum of understanding with ECOWAS on cross-border transport.")
    assert rows == []


def test_a_non_binding_statement_signed_is_no_agreement():
    rows, _ = run("The two ministers also signed the Ghana-Togo Statement of Partnership 2025-2029, a non-binding "
                  "document setting out shared priorities on climate change and health.")
    assert rows == []
    # a memorandum is one even when the text calls it non-binding
    rows, _ = run("The two ministers also signed a non-binding memorandum on climate change.")
    assert rows == [("environment", "mou", "2024-06")]


def test_a_count_told_part_by_part_first_second_third_and_the_remaining_two():
    rows, _ = run("Ghanaian President Kofi Mensah and Togolese President Ama Boateng held talks at the palace on "
                  "Wednesday, after which the parties signed five documents.",
                  "The first document, an intergovernmental agreement, deals with customs cooperation.",
                  "The second, a memorandum of understanding, covers geological exploration.",
                  "The third is the programme of cultural cooperation between the two governments for 2025-2027.",
                  "The remaining two are agreements: one on veterinary and phytosanitary matters, which is expected to "
                  "open the market to meat, and the other on the transit of goods by rail to the ports.")
    assert sorted(r[0] for r in rows) == ["agriculture", "culture", "customs", "mining", "transport"]


def test_the_text_of_an_initialled_agreement_beside_a_signed_memorandum():
    rows, _ = run("Ghana and Togo on Wednesday initialled the text of a long-awaited Preferential Trade Agreement (PTA) "
                  "and signed a memorandum of understanding allowing Ghanaian cargo to use Togo's ports.")
    # the day governs both coordinated verbs: the initialling and the signing were on Wednesday
    assert rows == [("transport", "mou", "2024-06-12")]


def test_a_signing_during_a_one_day_visit_is_dated_to_that_day():
    rows, _ = run("Ghanaian Foreign Minister Kofi Mensah paid a one-day visit to Lome on Tuesday, during which the two "
                  "countries signed a memorandum of understanding on fisheries.")
    assert rows == [("agriculture", "mou", "2024-06-11")]
    # a longer visit's first day is not the signing's day: the month only
    rows, _ = run("Ghanaian Foreign Minister Kofi Mensah began a three-day visit to Lome on Tuesday, during which the two "
                  "countries signed a memorandum of understanding on fisheries.")
    assert rows == [("agriculture", "mou", "2024-06")]


def test_the_same_day_is_the_last_day_told_before():
    rows, _ = run("Ghanaian Foreign Minister Kofi Mensah held talks in Lome on Tuesday with his Togolese counterpart.",
                  "He was also received by the President.",
                  "Separately, on the same day, the two ministries of health signed a memorandum on disease surveillance.")
    assert rows == [("health", "mou", "2024-06-11")]


def test_at_the_conclusion_of_the_talks_is_the_talks_day():
    rows, _ = run("During the official talks held in Accra on 12 June, the two foreign ministers reviewed bilateral relations.",
                  "At the conclusion of the talks, Ghana and Togo signed an agreement on the avoidance of double taxation.")
    assert rows == [("taxation", "agreement", "2024-06-12")]


def test_a_meeting_told_without_its_day_is_the_welcome_told_before():
    rows, _ = run("On the morning of June 12, President Kofi Mensah welcomed President Ama Boateng of Togo at the "
                  "presidential palace in Accra.",
                  "The two presidents then held a closed-door meeting.",
                  "They witnessed the signing of a memorandum of understanding on tourism.")
    assert rows == [("tourism", "mou", "2024-06-12")]


def test_the_arrival_day_is_not_the_meeting_day():
    rows, _ = run("President Kofi Mensah received the President of Togo, Ama Boateng, at the palace on Wednesday, on the "
                  "second day of her state visit.",
                  "President Boateng arrived at Kotoka International Airport on Tuesday evening and was welcomed by the "
                  "foreign minister.",
                  "In the presence of the two presidents, the ministers signed a memorandum of understanding on tourism.")
    assert rows == [("tourism", "mou", "2024-06-12")]


def test_during_the_visit_is_not_the_day_of_the_signing_told_before():
    rows, _ = run("Ghana and Togo on Tuesday signed an air services agreement in Lome, as Ghanaian President Kofi Mensah "
                  "wrapped up a two-day working visit.",
                  "During the visit the two governments also signed a memorandum of understanding on tourism.")
    assert sorted(rows) == [("aviation", "agreement", "2024-06-11"), ("tourism", "mou", "2024-06")]


def test_a_signing_still_to_come_after_before_once_until():
    for text in ["Opposition parties in Ghana have demanded that the government publish the texts of all agreements with Togo "
                 "before they are signed.",
                 "The memorandum on tourism between Ghana and Togo will take effect once it is signed by the ministers."]:
        rows, rejected = run(text)
        assert rows == [] and "future" in rejected[0].why, text


def test_a_protocol_extending_for_years_an_older_memorandum_is_dated_now():
    rows, _ = run("Today, at the headquarters of the Ministry of Foreign Affairs, Foreign Secretary Ana Osei and Togo's Minister of Labour and "
                  "Social Welfare, Kofi Mensah, signed a Protocol extending for five years the Memorandum of Understanding "
                  "on Temporary Labour Mobility signed by the two countries in 2014.", pub=PartialDate(2024, 6, 14))
    assert sorted(rows) == [("visa_mobility", "mou", "2014"), ("visa_mobility", "protocol", "2024-06-14")]


def test_insured_workers_are_social_security():
    rows, _ = run("The social security institutes of Ghana and Togo signed an agreement on the exchange of information on "
                  "insured workers, so that Togolese workers in Ghana can receive medical care.")
    assert [r[0] for r in rows] == ["labour"]


def test_a_named_free_trade_agreement_signed_as_the_object_is_a_new_instrument():
    rows, _ = run("Ghana and Togo on Tuesday signed the Ghana-Togo Free Trade Agreement (GTFTA) in Accra, eight years "
                  "after negotiations were launched.")
    assert rows == [("trade", "agreement", "2024-06-11")]
    # lower case, "the free trade agreement" refers back to one already told: no second row
    rows, _ = run("Ghana and Togo signed a free trade agreement on Monday.",
                  "The free trade agreement was signed by the two trade ministers.")
    assert rows == [("trade", "agreement", "2024-06-10")]


def test_an_instrument_signed_by_many_states_is_multilateral():
    rows, _ = run("Both countries are also members of the Comprehensive and Progressive Agreement for Trans-Pacific "
                  "Partnership (CPTPP), signed in 2018 by 11 Asia-Pacific economies.")
    assert rows == []
    rows, _ = run("Ghana and Togo are parties to the Agreement on Fisheries, signed in 2018 by 12 coastal states.",
                  "Ghana and Togo signed an agreement on tourism on Tuesday.")
    assert rows == [("tourism", "agreement", "2024-06-11")]


def test_the_agreement_signed_on_monday_providing_for_x_is_the_one_just_told():
    rows, _ = run("Ghana's defence minister returned home on Tuesday after a two-day visit to Lome during which Ghana and "
                  "Togo signed an intergovernmental agreement on defence industry cooperation.",
                  "The agreement, signed on Monday by the two ministers, provides for the transfer of technology and the "
                  "production of armaments in Ghanaian plants.")
    assert rows == [("defence_security", "agreement", "2024-06-10")]


def test_a_table_of_outcomes_under_a_section_heading():
    page = (_PAGE_HEAD.replace("signed five cooperation documents", "held talks") +
            "The following documents were signed at State House, Nairobi, on June 11, 2024, following delegation-level "
            "talks:\n\nI. MoUs/Agreements signed\n\n"
            "S.No. | Name of MoU/Agreement | Signatory from Kenyan side | Signatory from Portuguese side\n"
            "1. | Agreement between Kenya and Portugal on Mutual Legal Assistance in Criminal Matters | Shri Amani Odhiambo, "
            "Minister | Mr. Rui Costa, Minister\n"
            "2. | Renewal of the MoU on Cooperation in the field of Tourism signed in 2018 | Smt. Wanjiru Kamau, Secretary | "
            "Mr. Joao Pires, Secretary of State\n"
            "3. | MoU between the Central Bank of Kenya and the Bank of Portugal on Cooperation in the Supervision of Banks | "
            "Governor | Governor\n"
            "4. | Grant Agreement between the Kenya Development Agency and the Ministry of Finance of Portugal on the "
            "e-Government Integrated Data Centre project | Director | Secretary of State\n\nII. Announcements\n\n1. Launch of negotiations on a Bilateral Investment Treaty.\n")
    rows = run_page(page)
    assert [(r[0], r[1], r[2]) for r in rows] == [
        ("finance", "mou", "2024-06-11"), ("ict", "agreement", "2024-06-11"), ("justice", "agreement", "2024-06-11"),
        ("tourism", "mou", "2018"), ("tourism", "mou", "2024-06-11")]


def test_documents_listed_with_em_dashes_and_a_foreign_ministries_programme():
    page = (_PAGE_HEAD.replace("signed five cooperation documents", "held talks") +
            "Then, in the presence of the heads of state, the signing of a package of Kenyan-Portuguese documents took "
            "place, including:\n\n"
            "— Agreement between the Government of Kenya and the Government of Portugal on international road transport;\n"
            "— Programme of cooperation between the Ministry of Foreign Affairs of Kenya and the Ministry of Foreign "
            "Affairs of Portugal for 2026–2027;\n"
            "— Memorandum of Understanding between the Ministry of Health of Kenya and the Ministry of Health of "
            "Portugal on cooperation in the field of healthcare.\n\n"
            "Then the heads of state made statements for the press.\n")
    rows = run_page(page)
    assert [(r[0], r[1]) for r in rows] == [("health", "mou"), ("political_consultations", "other"),
                                            ("transport", "agreement")]


def test_ordinals_two_to_a_sentence_and_one_signed_in_an_aside():
    rows, _ = run("Following the talks, the two sides signed five memoranda of understanding.",
                  "The first MoU deals with cooperation in the field of tourism, while the second covers cooperation in "
                  "culture and heritage.",
                  "The third MoU pertains to cooperation in agriculture, and the fourth is related to cooperation in the "
                  "field of ports and maritime transport.",
                  "The fifth MoU, signed between the Ghana Investment Promotion Centre and its Togolese counterpart, aims "
                  "at the promotion of mutual investments.")
    assert sorted(r[0] for r in rows) == ["agriculture", "culture", "investment", "tourism", "transport"]


def test_a_list_numbered_i_ii_iii_with_closing_brackets_across_sentences():
    rows, _ = run("In presence of the two Foreign Ministers, the following instruments were signed on 11 June 2024: i) Agreement "
                  "on the Exemption of Visa Requirements for Holders of Diplomatic Passports; ii) Memorandum of Understanding "
                  "on Cooperation in the Field of Tourism; and",
                  "iii) Memorandum of Understanding on Bilateral Political Consultations between the two Ministries of "
                  "Foreign Affairs.")
    assert sorted(rows) == [("political_consultations", "mou", "2024-06-11"), ("tourism", "mou", "2024-06-11"),
                            ("visa_mobility", "agreement", "2024-06-11")]


def test_long_field_items_establishment_training_and_a_ceremonial_welcome_day():
    rows, _ = run("The President of Togo, Ama Boateng, who arrived in Ghana yesterday (10) on a three-day State Visit, was "
                  "accorded a ceremonial welcome in Accra this morning (11) by President Kofi Mensah.",
                  "Following the bilateral discussions, four Memoranda of Understanding were signed in the presence of the "
                  "two Heads of State.",
                  "The MoUs cover the second phase of the electrical interconnection between the two countries, the "
                  "establishment of a joint economic zone on the common border, cooperation in the field of health, and "
                  "the training of Togolese public servants at the Ghana Institute of Management.",
                  pub=PartialDate(2024, 6, 11))
    assert sorted(rows) == [("energy", "mou", "2024-06-11"), ("health", "mou", "2024-06-11"),
                            ("investment", "mou", "2024-06-11"), ("public_service", "mou", "2024-06-11")]


def test_a_bloc_agreement_yet_to_be_ratified_by_all_members_is_no_bilateral_row():
    rows, _ = run("The summit will focus on the long-delayed implementation of the Regional Trade Agreement, which leaders "
                  "of Ghana, Togo and their neighbours signed in 2017 but which has yet to be ratified by all members.")
    assert rows == []


def test_of_the_four_agreements_signed_the_first_relates_to_and_the_second_to():
    rows, _ = run("The session ended on Friday in Lome with the signing of four cooperation agreements between Ghana and Togo.",
                  "Of the four agreements signed, the first relates to the international road transport of goods and "
                  "passengers, and the second to the sanitary control of cross-border livestock movements.",
                  "The third organises mutual administrative assistance between the customs administrations.",
                  "The fourth agreement, signed by the two ministers in charge of water, establishes a framework for the "
                  "management of the water resources of the shared rivers.")
    assert sorted(r[0] for r in rows) == ["agriculture", "customs", "environment", "transport"]


def test_the_other_memoranda_after_a_count_told_one_signing_a_sentence():
    rows, _ = run("Ghana and Togo on Thursday signed five cooperation instruments in Accra.",
                  "The Minister of Foreign Affairs, Adelaide da Costa Pinto, and her Togolese counterpart signed the "
                  "Agreement on Visa Exemption for Holders of Ordinary Passports.",
                  "The second agreement, on air services, was signed by the two ministers of transport.",
                  "The ministers of health signed an MoU on health cooperation.",
                  "The police chiefs signed an MoU on police cooperation and combating transnational crime.",
                  "The other MoUs cover cooperation in agriculture, including coffee and rice production.")
    assert sorted(r[0] for r in rows) == ["agriculture", "aviation", "defence_security", "health", "visa_mobility"]


def test_at_the_end_of_the_session_is_the_sessions_day():
    rows, _ = run("The governments of Ghana and Togo held their second joint session in Kpalime on Monday, co-chaired by the "
                  "two prime ministers.",
                  "At the end of the session, ministers of the two governments signed an agreement on tourism.")
    assert rows == [("tourism", "agreement", "2024-06-10")]


def test_a_quoted_treaty_title_between_the_two_republics_is_signed_here():
    rows, _ = run('The presidents signed the "Treaty on Strategic Partnership between the Republic of Ghana and the Togolese '
                  'Republic" and the "Joint Declaration of the Presidents" on Tuesday.')
    assert rows == [("general", "treaty", "2024-06-11")]


def test_a_dated_count_dates_its_instruments_told_after_and_bloc_members_are_the_states():
    rows, _ = run("Ghana and Togo on Thursday signed two agreements between the two ECOWAS member states.",
                  "A memorandum of understanding on agriculture was signed by the two ministers of agriculture, during a "
                  "three-day visit by the Ghanaian President.",
                  "An agreement for the avoidance of double taxation was signed by the two ministers of finance.")
    assert sorted(rows) == [("agriculture", "mou", "2024-06-13"), ("taxation", "agreement", "2024-06-13")]


def test_a_national_service_of_a_field_is_a_body_not_the_instruments_field():
    rows, _ = run("Ghana and Togo signed a cooperation agreement between the Plant Protection Directorate of Ghana and the "
                  "National Service of Agricultural Health and Food Safety of Togo on phytosanitary matters on Tuesday.")
    assert rows == [("agriculture", "agreement", "2024-06-11")]
